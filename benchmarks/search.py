"""Search speed: vanban's Whoosh index against SQLite FTS5 (unicode61 remove_diacritics 2) as the baseline.

Builds a corpus of N documents from ../shared/corpus (the .txt originals, then copies with altered
numbers and dates) in a temporary folder, indexes it both ways, runs 50 fixed queries (common words,
rare words, quoted phrases, number lookups, accent-free, filtered) and reports indexing MB/s and docs/s,
index size, and p50/p95 latency (each query run --runs times after a warm-up).

    python benchmarks/search.py --docs 2000
    python benchmarks/search.py --docs 10000 --json out.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import normalize_text, read_metadata  # noqa: E402
from extractors.symbols import number_key  # noqa: E402
from index.search import Filters, SearchIndex, document_fields, search  # noqa: E402
from index.store import Store  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"

# (query, filters) — fixed; numbers are real ones from the originals (they stay unique: copies get
# other numbers).
QUERIES: list[tuple[str, dict]] = [
    # common words
    ("ủy ban nhân dân", {}), ("quản lý nhà nước", {}), ("tổ chức thực hiện", {}), ("chuyển đổi số", {}),
    ("kinh tế xã hội", {}), ("cơ quan", {}), ("thủ tục hành chính", {}), ("ngân sách nhà nước", {}),
    ("báo cáo kết quả", {}), ("an toàn", {}),
    # rare words
    ("vật liệu nổ công nghiệp", {}), ("khoáng sản", {}), ("tiền chất thuốc nổ", {}), ("hóa chất", {}),
    ("viễn thông 5G", {}), ("thuỷ lợi", {}), ("đa dạng sinh học", {}), ("trí tuệ nhân tạo", {}),
    # quoted phrases
    ('"dịch vụ công trực tuyến"', {}), ('"chuyển đổi số"', {}), ('"cơ sở dữ liệu quốc gia"', {}),
    ('"khoa học, công nghệ, đổi mới sáng tạo"', {}), ('"đơn giản hóa thủ tục hành chính"', {}),
    ('"Ủy ban nhân dân tỉnh"', {}), ('"hồ sơ trực tuyến"', {}), ('"phòng, chống thiên tai"', {}),
    # number lookups
    ("942/QĐ-TTg", {}), ("942/qd-ttg", {}), ("QĐ 942", {}), ("quyết định 942", {}), ("45/2020/NĐ-CP", {}),
    ("57-NQ/TW", {}), ("170/2025/NĐ-CP", {}), ("03/NQ-CP", {}),
    # accent-free
    ("chuyen doi so", {}), ("dich vu cong truc tuyen", {}), ("quan ly nha nuoc", {}), ("khoang san", {}),
    ('"co so du lieu"', {}), ("uy ban nhan dan tinh", {}), ("thu tuc hanh chinh", {}), ("an toan thong tin", {}),
    # filtered
    ("chuyển đổi số", {"type": "Kế hoạch"}), ("kinh tế số", {"year": 2025}),
    ('type:"Kế hoạch" year:2025 chuyển đổi số', {}), ("khoáng sản", {"from": "2024-01-01", "to": "2025-12-31"}),
    ("quyết định", {"type": "QĐ", "year": 2025}), ("tin", {"kind": "news"}), ("", {"type": "Nghị định"}),
    ("báo cáo", {"issuer": "Ủy ban nhân dân"}),
]
assert len(QUERIES) == 50


def originals() -> list[dict]:
    """The .txt documents of ../shared/corpus with their header metadata."""
    out = []
    for sub in ("legal", "news", "pairs", "samples"):
        for p in sorted((SHARED / sub).rglob("*.txt")):
            text = normalize_text(p.read_text("utf-8", errors="replace"))
            kind, md = read_metadata(text)
            out.append({"text": text, "kind": kind, "type": md.type, "number": md.number, "date": md.date,
                        "issuer": md.issuer, "title": md.title, "source": str(p)})
    return out


def _alter(doc: dict, i: int, rng: random.Random) -> dict:
    """A copy of ``doc`` with other document numbers and years (so numbers stay unique per copy)."""
    shift = rng.randint(1, 9)
    base = 10000 + i

    def num(m):
        return f"{base}{m.group(2)}"

    def year(m):
        return str(int(m.group(0)) - shift)

    text = re.sub(r"\b(\d{1,4})(/(?:\d{4}/)?[A-ZĐ][\wĐ-]*)", num, doc["text"])
    text = re.sub(r"\b20[0-2]\d\b", year, text)
    out = dict(doc, text=text, source=f"{doc['source']}#copy{i}")
    if doc["number"]:
        out["number"] = re.sub(r"^\d+", str(base), doc["number"])
    if doc["date"]:
        out["date"] = str(int(doc["date"][:4]) - shift) + doc["date"][4:]
    return out


def make_corpus(n: int, seed: int = 5) -> list[dict]:
    base = originals()
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        d = base[i] if i < len(base) else _alter(base[i % len(base)], i, rng)
        docs.append(dict(d, id=i + 1, sha256=f"{i:064x}", extractor_version="bench", format="txt"))
    return docs


def store_docs(store: Store, docs: list[dict]) -> None:
    cols = ("id", "source", "sha256", "format", "kind", "type", "number", "number_key", "date", "issuer", "title",
            "text", "extractor_version")
    with store.transaction() as db:
        db.executemany(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                       [tuple(d.get(c) if c != "number_key" else (number_key(d["number"]) if d["number"] else None)
                              for c in cols) for d in docs])


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def index_whoosh(data: Path, store: Store) -> dict:
    """The index as ``vanban reindex`` builds it: texts read from the store, committed every 500
    documents, small segments merged (BulkWriter)."""
    ix = SearchIndex(data)
    t0, c0 = time.perf_counter(), _cpu()
    ix.rebuild(store)
    secs, cpu = time.perf_counter() - t0, _cpu() - c0
    ix.close()
    return {"seconds": secs, "cpu": cpu, "size": du(ix.path), "segments": len(list(ix.path.glob("*.trm")))}


def index_plain_whoosh(docs: list[dict], bulk: bool) -> dict:
    """The same schema written by Whoosh's own SegmentWriter (bulk=False) or by BulkWriter, in one
    commit, on a subset: the in-script baseline for what BulkWriter did."""
    tmp = Path(tempfile.mkdtemp(prefix="vanban-bench-plain-"))
    try:
        ix = SearchIndex(tmp)
        t0, c0 = time.perf_counter(), _cpu()
        w = ix.writer(limitmb=512, bulk=bulk)
        for d in docs:
            w.add_document(**document_fields(d))
        w.commit()
        return {"seconds": time.perf_counter() - t0, "cpu": _cpu() - c0, "size": du(ix.path)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def index_fts(path: Path, docs: list[dict]) -> dict:
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(text, type UNINDEXED, date UNINDEXED, kind UNINDEXED,"
               " issuer UNINDEXED, number_key UNINDEXED, tokenize='unicode61 remove_diacritics 2')")
    t0, c0 = time.perf_counter(), _cpu()
    with db:
        db.executemany("INSERT INTO fts (rowid, text, type, date, kind, issuer, number_key) VALUES (?,?,?,?,?,?,?)",
                       ((d["id"], d["text"], d["type"], d["date"], d["kind"], d["issuer"],
                         number_key(d["number"]) if d["number"] else None) for d in docs))
    secs, cpu = time.perf_counter() - t0, _cpu() - c0
    db.close()
    return {"seconds": secs, "cpu": cpu, "size": path.stat().st_size}


def fts_query(query: str, filters: dict) -> tuple[str, list]:
    """The same query for FTS5: words AND-ed, phrases quoted, a number as the phrase of its parts."""
    from index.search import parse_query, type_key

    pq = parse_query(query, Filters(type=filters.get("type"), issuer=filters.get("issuer"),
                                    year=filters.get("year"), date_from=filters.get("from"),
                                    date_to=filters.get("to"), kind=filters.get("kind")))
    parts = []
    for kind, text in pq.segments:
        toks = re.findall(r"\w+", text)
        if kind == "phrase" or re.search(r"\d+[/-]", text):
            parts.append('"' + " ".join(toks) + '"')
        else:
            parts += [f'"{t}"' for t in toks]
    where, args = [], []
    if parts:
        where.append("fts MATCH ?")
        args.append(" ".join(parts))
    f = pq.filters
    if f.type:
        where.append("type = ?")
        args.append(next((n for n in _type_names() if type_key(n) == type_key(f.type)), f.type))
    if f.year:
        where.append("substr(date, 1, 4) = ?")
        args.append(str(f.year))
    if f.date_from:
        where.append("date >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append("date <= ?")
        args.append(f.date_to)
    if f.kind:
        where.append("kind = ?")
        args.append(f.kind)
    if f.issuer:
        where.append("issuer LIKE ?")
        args.append(f"%{f.issuer}%")
    order = "ORDER BY rank" if parts else ""
    return f"SELECT rowid FROM fts WHERE {' AND '.join(where)} {order} LIMIT 10", args


def _type_names():
    from index.search import type_names
    return sorted(set(type_names().values()))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run_queries(fn, runs: int) -> dict:
    per_query, per_query_cpu = [], []
    for q, f in QUERIES:
        fn(q, f)  # warm-up
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            fn(q, f)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        per_query.append(statistics.median(times))
        per_query_cpu.append(statistics.median(cpu))
    # CPU time too: on a shared machine the wall clock also measures everyone else's work
    return {"p50_ms": round(pct(per_query, 50), 2), "p95_ms": round(pct(per_query, 95), 2),
            "max_ms": round(max(per_query), 2), "cpu_p50_ms": round(pct(per_query_cpu, 50), 2),
            "cpu_p95_ms": round(pct(per_query_cpu, 95), 2),
            "slowest": sorted(zip(per_query, (q for q, _ in QUERIES)), reverse=True)[:5]}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="Also write the report to this file.")
    ap.add_argument("--reuse", help="Only run the queries, over a folder an earlier --keep run left.")
    ap.add_argument("--writer-docs", type=int, default=1000,
                    help="Documents for the writer baseline (Whoosh's SegmentWriter vs BulkWriter, one commit).")
    ap.add_argument("--keep", help="Build in this folder and keep it (default: a temporary folder).")
    args = ap.parse_args(argv)

    reuse = Path(args.reuse) if args.reuse else None
    tmp = reuse or (Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vanban-bench-")))
    if not reuse:
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
    try:
        if reuse:  # queries only, over a corpus kept by an earlier --keep run
            store = Store(tmp, create=False)
            args.docs = store.count()
            mb = store.db.execute("SELECT sum(length(CAST(text AS BLOB))) FROM documents").fetchone()[0] / 1e6
            wh = fts = writers = None
        else:
            t0 = time.perf_counter()
            docs = make_corpus(args.docs)
            mb = sum(len(d["text"].encode()) for d in docs) / 1e6
            print(f"corpus: {len(docs)} documents, {mb:.0f} MB of text (made in {time.perf_counter() - t0:.0f} s)",
                  file=sys.stderr)
            store = Store(tmp)
            store_docs(store, docs)
            del docs

            wh = index_whoosh(tmp, store)
            print(f"whoosh indexed in {wh['seconds']:.0f} s", file=sys.stderr)
            rows = [dict(r) for r in store.db.execute("SELECT * FROM documents ORDER BY id")]
            fts = index_fts(tmp / "fts.sqlite", rows)
            sub = rows[:args.writer_docs]
            sub_mb = sum(len(d["text"].encode()) for d in sub) / 1e6
            writers = {name: index_plain_whoosh(sub, bulk) for name, bulk in (("whoosh_segmentwriter", False),
                                                                              ("bulkwriter", True))}
            writers = {"documents": len(sub), "text_mb": round(sub_mb, 1)} | {
                name: {"index_mb_per_s": round(sub_mb / r["seconds"], 2),
                       "index_mb_per_cpu_s": round(sub_mb / r["cpu"], 2)} for name, r in writers.items()}
            writers["speedup_cpu"] = round(writers["bulkwriter"]["index_mb_per_cpu_s"]
                                           / writers["whoosh_segmentwriter"]["index_mb_per_cpu_s"], 2)
            del rows, sub

        ix = SearchIndex(tmp, create=False)
        if not ix.exists():  # search() would quietly re-index everything: say so instead
            sys.exit(f"{ix.path} holds an index of another version: run without --reuse")

        def ours(q, f, snippets=False):
            return search(tmp, q, Filters(type=f.get("type"), issuer=f.get("issuer"), year=f.get("year"),
                                          date_from=f.get("from"), date_to=f.get("to"), kind=f.get("kind")),
                          store=store, index=ix, snippets=snippets)

        db = sqlite3.connect(tmp / "fts.sqlite")

        def baseline(q, f):
            sql, a = fts_query(q, f)
            return db.execute(sql, a).fetchall()

        def indexing(r):
            return {} if r is None else {
                "index_mb_per_s": round(mb / r["seconds"], 2), "index_mb_per_cpu_s": round(mb / r["cpu"], 2),
                "index_docs_per_s": round(args.docs / r["seconds"], 1), "index_size_mb": round(r["size"] / 1e6, 1)} | (
                {"segments": r["segments"]} if "segments" in r else {})

        report = {
            "documents": args.docs, "text_mb": round(mb, 1), "load_average": os.getloadavg(),
            "whoosh": indexing(wh) | {"search": run_queries(ours, args.runs),
                                      "search_with_snippets": run_queries(lambda q, f: ours(q, f, True), args.runs)},
            "fts5": indexing(fts) | {"search": run_queries(baseline, args.runs)},
            "writers": writers,
        }
        store.close()
        db.close()
    finally:
        if not args.keep and not reuse:
            shutil.rmtree(tmp, ignore_errors=True)
    out = json.dumps(report, ensure_ascii=False, indent=2)
    print(out)
    if args.json:
        Path(args.json).write_text(out + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
