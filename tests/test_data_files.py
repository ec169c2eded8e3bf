"""Every vocabulary file under extractors/data: schema, order, formatting, and examples.

A file is a list of entries, or {"description": ..., "entries": [...]}. Every entry has a ``name``
and at least one example; entries are sorted by name (case folded); every example is matched by its
entry: by the extractor that uses the file where one is registered in MATCHERS, else by containing
the entry's name or one of its ``variants``/``names``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest

DATA = resources.files("extractors").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".json"))


def entries(name: str) -> list[dict]:
    d = json.loads(DATA.joinpath(name).read_text("utf-8"))
    return d if isinstance(d, list) else d["entries"]


def _doc_type(entry: dict, example: str) -> bool:
    """The type word is recognised, and a numbered example is found as a reference of that type."""
    from extractors.reference_anchors import _type_by_word, anchor_regex
    from extractors.references import find_references

    a = anchor_regex().search(example)
    if not a or not a.group("type") or _type_by_word()[re.sub(r"\s+", " ", a.group("type")).casefold()] != entry["name"]:
        return False
    refs = find_references(example)
    if re.search(r"\d[/-]", example):
        return any(r.type == entry["name"] and r.number for r in refs)
    return True


def _issuer(entry: dict, example: str) -> bool:
    """A written issuer ("... của Bộ Chính trị") is read as the entry, or the symbol names it."""
    from extractors.issuers import issuer_from_symbol, match_issuer
    from extractors.symbols import type_codes

    of = re.search(r"\bcủa\s+", example)
    if of:
        got = match_issuer(example, of.end())
        return bool(got) and got[0].startswith(entry["name"])
    num = re.search(r"\S*\d\S*[/-]\S+", example)
    got = issuer_from_symbol(num.group(), None, type_codes()) if num else None
    return bool(got) and entry["name"] in got


def _unit(entry: dict, example: str) -> bool:
    from extractors import find_figures

    return any(f.unit == entry["name"] for f in find_figures(example))


MATCHERS = {"doc_types.json": _doc_type, "issuers.json": _issuer, "units.json": _unit}


def _contains(entry: dict, example: str) -> bool:
    words = [entry["name"], *entry.get("variants", []), *entry.get("names", [])]
    return any(w.casefold() in example.casefold() for w in words)


def test_there_are_data_files():
    assert {"doc_types.json", "issuers.json"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_schema_and_order(name):
    raw = DATA.joinpath(name).read_text("utf-8")
    assert raw.endswith("\n") and unicodedata.normalize("NFC", raw) == raw
    assert "\\u" not in raw  # written as UTF-8, not escaped
    es = entries(name)
    assert es, name
    names = [e["name"] for e in es]
    for e in es:
        assert isinstance(e["name"], str) and e["name"] == e["name"].strip() and e["name"]
        assert isinstance(e["examples"], list) and e["examples"], e["name"]
        assert all(isinstance(x, str) and x.strip() for x in e["examples"]), e["name"]
        for key in ("variants", "names", "codes"):
            assert isinstance(e.get(key, []), list), (e["name"], key)
    assert len(set(names)) == len(names), "duplicate names"
    assert names == sorted(names, key=lambda s: (s.casefold(), s)), "entries must be sorted by name"


@pytest.mark.parametrize("name", FILES)
def test_every_example_is_matched(name):
    match = MATCHERS.get(name)
    missed = [(e["name"], x) for e in entries(name) for x in e["examples"]
              if not (_contains(e, x) if match is None else (match(e, x) or (name == "units.json" and _contains(e, x))))]
    assert missed == []


def test_doc_type_codes_are_unique():
    codes = [c for e in entries("doc_types.json") for c in {e["code"], *e.get("codes", [])} if c]
    assert len(codes) == len(set(codes))


def test_issuer_codes_are_unique():
    codes = [c for e in entries("issuers.json") for c in e["codes"]]
    assert len(codes) == len(set(codes))
