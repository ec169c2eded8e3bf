"""Extraction speed: MB/s on one core over a folder of texts, median of N runs, beside a plain
``re.finditer(r"\\d+", text)`` pass over the same texts in the same run (the ratio is the figure that
travels between machines).

    python benchmarks/extract.py                       # every section on ../shared/corpus/legal
    python benchmarks/extract.py --only references --runs 5 path/to/folder

Texts are read and normalized once, before timing: only the extractor is measured. A section is one
function ``(texts) -> None`` in SECTIONS; add one for a new extractor.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "legal"


def load_texts(folder: Path) -> list[tuple[str, object]]:
    """(normalized text, header metadata) of every .txt file in ``folder``."""
    from corpus.metadata import read_metadata
    from corpus.normalize import normalize_text

    out = []
    for p in sorted(folder.glob("*.txt")):
        text = normalize_text(p.read_text(encoding="utf-8", errors="replace"))
        out.append((text, read_metadata(text)[1]))
    return out


def baseline(texts) -> None:
    """The yardstick: one regex pass over every text."""
    digits = re.compile(r"\d+")
    for text, _ in texts:
        for _m in digits.finditer(text):
            pass


def references(texts) -> None:
    from extractors.references import find_references

    for text, md in texts:
        find_references(text, md)


def figures(texts) -> None:
    """Figures with every field on (indicator, scope, period, kind, parent), underthesea included."""
    from extractors.figures import find_figures

    for text, md in texts:
        find_figures(text, md)


def figures_no_ut(texts) -> None:
    """The same without underthesea's segmentation and POS tags: what they cost."""
    from extractors.figures import find_figures

    for text, md in texts:
        find_figures(text, md, segment=False)


SECTIONS = {"references": references, "figures": figures, "figures_no_ut": figures_no_ut}


def median_seconds(fn, texts, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(texts)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS), help="folder of .txt files")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is reported)")
    ap.add_argument("--only", choices=sorted(SECTIONS), action="append", help="sections to run (default: all)")
    a = ap.parse_args(argv)
    folder = Path(a.folder)
    texts = load_texts(folder)
    if not texts:
        print(f"benchmark: no .txt files in {folder}", file=sys.stderr)
        return 1
    mb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6
    for fn in [SECTIONS[k] for k in (a.only or [])] or list(SECTIONS.values()):
        fn(texts[:3])  # warm up: compile patterns, load data files
    base = median_seconds(baseline, texts, a.runs)
    print(f"{len(texts)} texts, {mb:.1f} MB (UTF-8) in {folder}; median of {a.runs} runs, one core")
    print(f"{'section':12} {'seconds':>8} {'MB/s':>8} {'x baseline':>11}")
    print(f"{'baseline':12} {base:8.2f} {mb / base:8.1f} {1.0:11.2f}")
    for name in a.only or list(SECTIONS):
        s = median_seconds(SECTIONS[name], texts, a.runs)
        print(f"{name:12} {s:8.2f} {mb / s:8.2f} {base / s:11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
