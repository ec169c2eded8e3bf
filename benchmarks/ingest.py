"""Ingest speed and memory: ``vanban build`` over a folder, timed and measured.

    python benchmarks/ingest.py                 # ../shared/corpus when present, else corpus/samples
    python benchmarks/ingest.py --runs 1        # quicker
    python benchmarks/ingest.py --corpus DIR --json out.json

Every measured build runs in a fresh process (so peak RSS is that build's own) into a fresh data folder.
Reported, each as the median of ``--runs`` runs, with ``--jobs 1`` and ``--jobs 2``:

- ``baseline``: read every file's bytes and hash them (sha256): the cost of touching the data at all;
- ``read+store``: ``vanban build`` with extraction and the link refresh after it switched off inside
  this benchmark (references, figures and links are other stages, measured by benchmarks/extract.py
  and their own): reading, decoding, normalizing, header metadata and the SQLite store;
- ``build``: the whole ``vanban build``, extraction and link refresh included.

Goal (issue 2): read+store of the 298 legal texts >= 5 MB/s on one core, and a peak memory that does
not grow with the number of documents (the ``memory`` rows build 1/4, 1/2 and all of them).
OCR is off (``--ocr never``): scanned PDFs are named and passed over; benchmarks/ocr.py times OCR.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def worker(args) -> dict:
    """One measured run, in this (fresh) process."""
    sys.path.insert(0, str(ROOT))
    paths = [line for line in Path(args.list).read_text(encoding="utf-8").splitlines() if line]
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    if args.mode == "baseline":
        n = size = 0
        for p in paths:
            h = hashlib.sha256()
            with open(p, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
                    size += len(chunk)
            n += 1
        seconds, stored, failed = time.perf_counter() - t0, n, 0
    else:
        import importlib

        from extractors.models import Extraction
        from index import Store

        building = importlib.import_module("index.build")  # the module (index.build is also a function)
        if args.mode == "read+store":  # this benchmark only: no extraction, no link refresh after it
            building.extract = lambda text, metadata=None: Extraction()
            try:
                links = importlib.import_module("index.links")
                links.after_build = lambda store: False
            except ImportError:
                pass
        store = Store(args.data)
        t0 = time.perf_counter()
        summary = building.build(paths, store, jobs=args.jobs, ocr="never")
        seconds = time.perf_counter() - t0
        store.close()
        stored, failed, size = summary.stored, len(summary.failed), summary.bytes
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"docs": stored, "failed": failed, "bytes": size, "seconds": seconds,
            "peak_rss_mb": max(own, kids) / 1024, "import_rss_mb": base / 1024}


def measure(mode: str, files: list[Path], jobs: int, runs: int) -> dict:
    out = []
    with tempfile.TemporaryDirectory(prefix="vanban-bench-") as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        for i in range(runs):
            data = Path(tmp) / f"data{i}"
            cmd = [sys.executable, __file__, "--worker", "--mode", mode, "--list", str(listing),
                   "--data", str(data), "--jobs", str(jobs)]
            r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                sys.exit(f"benchmark run failed: {r.stderr.strip()[-500:]}")
            out.append(json.loads(r.stdout.strip().splitlines()[-1]))
    sec = statistics.median(r["seconds"] for r in out)
    first = out[0]
    return {"mode": mode, "jobs": jobs, "files": len(files), "docs": first["docs"], "failed": first["failed"],
            "mb": first["bytes"] / 1e6, "seconds": sec, "docs_per_s": first["docs"] / sec,
            "mb_per_s": first["bytes"] / 1e6 / sec,
            "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in out), "runs": runs}


def readable(folder: Path) -> list[Path]:
    from corpus import SUFFIXES

    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def row(label: str, m: dict) -> str:
    return (f"{label:<34} {m['jobs']:>4} {m['docs']:>5} {m['failed']:>6} {m['mb']:>7.1f} {m['seconds']:>8.2f} "
            f"{m['docs_per_s']:>7.1f} {m['mb_per_s']:>7.2f} {m['peak_rss_mb']:>8.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="folder to ingest (default ../shared/corpus, else corpus/samples)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--memory-only", action="store_true", help="only the peak-memory rows")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="read+store", help=argparse.SUPPRESS)
    ap.add_argument("--list", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args)))
        return
    sys.path.insert(0, str(ROOT))
    corpus = args.corpus or (SHARED if SHARED.is_dir() else ROOT / "corpus" / "samples")
    legal = corpus / "legal" if (corpus / "legal").is_dir() else corpus
    sets = {"legal": readable(legal)}
    if legal != corpus:
        sets["all"] = readable(corpus)
    results = []
    print(f"corpus: {corpus} (median of {args.runs} runs; OCR off; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cpus)")
    print(f"{'':<34} {'jobs':>4} {'docs':>5} {'failed':>6} {'MB':>7} {'seconds':>8} {'docs/s':>7} {'MB/s':>7} "
          f"{'peakMB':>8}")
    for name, files in sets.items() if not args.memory_only else ():
        for mode in ("baseline", "read+store", "build"):
            for jobs in ((1,) if mode == "baseline" else (1, 2)):
                m = measure(mode, files, jobs, args.runs) | {"set": name}
                results.append(m)
                print(row(f"{name}: {mode}", m), flush=True)
    files = sets["legal"]
    for frac in (4, 2, 1):
        part = files[::frac]  # every frac-th file: the same mix of sizes at each fraction
        m = measure("read+store", part, 1, 1) | {"set": f"legal 1/{frac}"}
        results.append(m)
        largest = max(p.stat().st_size for p in part) / 1e6
        print(row(f"memory: read+store legal 1/{frac}", m) + f"   (largest file {largest:.1f} MB)", flush=True)
    mem = [r["peak_rss_mb"] for r in results if r["set"].startswith("legal 1/")]
    goal = next((r for r in results if r["set"] == "legal" and r["mode"] == "read+store" and r["jobs"] == 1), None)
    if goal:
        print(f"goal read+store legal, 1 job >= 5 MB/s: {goal['mb_per_s']:.2f} MB/s "
              f"({'met' if goal['mb_per_s'] >= 5 else 'NOT met'})")
    print("peak RSS for 1/4, 1/2, all of legal: " + ", ".join(f"{x:.0f}" for x in mem) + " MB")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
