"""The figure vocabularies in extractors/data: shape, order, canonical formatting, and every example
read by find_figures as its entry says."""
import json
from pathlib import Path

import pytest

from extractors import find_figures

DATA = Path(__file__).resolve().parent.parent / "extractors" / "data"
FILES = ["units.json", "qualifiers.json", "magnitudes.json", "kind_cues.json"]


def _entries(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))["entries"]


@pytest.mark.parametrize("name", FILES)
def test_shape_order_and_format(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert isinstance(data["description"], str) and data["description"]
    names = [e["name"] for e in data["entries"]]
    assert names == sorted(names, key=str.casefold), "entries sorted by name"
    assert len(set(n.casefold() for n in names)) == len(names), "names unique"
    for e in data["entries"]:
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"] != ""
        assert e["variants"] == sorted(e["variants"], key=str.casefold)
        assert e["examples"] and all(isinstance(x, str) and x for x in e["examples"]), e["name"]
    assert raw == json.dumps(data, ensure_ascii=False, indent=2) + "\n", "canonical formatting"


def _examples(name):
    return [(e, x) for e in _entries(name) for x in e["examples"]]


@pytest.mark.parametrize("entry, example", _examples("units.json"), ids=lambda v: v if isinstance(v, str) else "")
def test_unit_examples(entry, example):
    allowed = {v.casefold() for v in [entry["name"], *entry["variants"]]}
    assert any(f.unit.casefold() in allowed for f in find_figures(example)), [f.unit for f in find_figures(example)]


@pytest.mark.parametrize("entry, example", _examples("qualifiers.json"), ids=lambda v: v if isinstance(v, str) else "")
def test_qualifier_examples(entry, example):
    assert entry["qualifier"] in [f.qualifier for f in find_figures(example)]


@pytest.mark.parametrize("entry, example", _examples("magnitudes.json"), ids=lambda v: v if isinstance(v, str) else "")
def test_magnitude_examples(entry, example):
    from extractors.numbers import parse_number

    figs = find_figures(example)
    assert figs
    digits = parse_number(example[figs[0].start - figs[0].start:].split()[0])
    assert figs[0].value / digits % entry["multiplier"] == 0


@pytest.mark.parametrize("entry, example", _examples("kind_cues.json"), ids=lambda v: v if isinstance(v, str) else "")
def test_kind_cue_examples(entry, example):
    assert entry["kind"] in [f.kind for f in find_figures(example)]
