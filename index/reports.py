"""Records the commands print, assembled from the store and the extractors: the extraction contract of
a file, a stored document's summary, the rows of ``cited-by``, the check summary of reviewed files,
and the review inputs of a data folder. Plain dicts and lines of text, and ``render``, the one renderer of records as text (table, json,
jsonl, csv) that every command prints with; no command-line parsing here."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterable, Iterator

from .store import DB_NAME, Store, StoreError

DOCUMENT_KEYS = ("id", "number", "type", "date", "issuer", "title", "place", "signer", "kind", "format", "pages",
                 "source")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v).replace("\n", " ")


def render(records: list[dict], fmt: str, columns: list[str] | None = None, max_width: int = 60) -> str:
    """Records as text: ``table`` for people, ``json`` (a list), ``jsonl``, ``csv``."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    columns = columns or (list(records[0]) if records else [])
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in records:
            w.writerow({k: _cell(r.get(k)) for k in columns})
        return buf.getvalue()
    if not records:
        return "(none)\n"
    rows = [[_cell(r.get(c)) for c in columns] for r in records]
    rows = [[v if len(v) <= max_width else v[:max_width - 1] + "…" for v in row] for row in rows]
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def build_and_index(paths: Iterable[str], store: Store, progress=None, **options):
    """``index.build`` with the search index (<data>/whoosh) kept in step with the store; returns its
    BuildSummary. ``options``: jobs, ocr, force."""
    from .build import build
    from .search import Updater

    updater = Updater.for_store(store)
    summary = build(paths, store, progress=progress, on_stored=updater, **options)
    updater.finish()
    return summary


def build_lines(summary, data_dir: str | os.PathLike) -> list[str]:
    """``vanban build`` for people: what was stored, and how many of each type."""
    lines = [f"stored {summary.stored}, unchanged {summary.unchanged}, failed {len(summary.failed)}"
             f" ({summary.bytes / 1e6:.1f} MB in {summary.seconds:.1f} s) into {Path(data_dir) / DB_NAME}"]
    if summary.by_type:
        lines.append("by type: " + ", ".join(f"{t} {n}" for t, n in summary.by_type.most_common()))
    return lines


def stats_lines(s: dict) -> list[str]:
    """``vanban stats`` for people."""
    return [f"documents: {s['documents']} ({s['characters']:,} characters) in {s['data']}",
            f"references: {s['references']}, figures: {s['figures']}"] + \
        [f"{name.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in s[name].items())
         for name in ("by_kind", "by_format", "by_type")]


def reindex(data_dir: str | os.PathLike) -> dict:
    """Rebuild the search index from the store: how many documents, in how many seconds, where."""
    import time

    from .search import SearchIndex

    t0 = time.perf_counter()
    with Store(data_dir, create=False) as store:
        n = SearchIndex(data_dir, create=False).rebuild(store)
    return {"indexed": n, "seconds": round(time.perf_counter() - t0, 3), "index": str(Path(data_dir) / "whoosh")}


def extraction_record(path: str, doc, ex, with_text: bool = False) -> dict:
    """One file's record of the contract of ``schema/extraction.schema.json``."""
    rec = {"schema_version": "1", "source": path, "sha256": doc.sha256}
    if with_text:
        rec["text"] = doc.text
    rec["metadata"] = doc.metadata.to_dict() | {"kind": doc.kind}
    rec["references"] = [r.to_dict() for r in ex.references]
    rec["figures"] = [f.to_dict() for f in ex.figures]
    if doc.ocr:
        rec["ocr"] = True
    if doc.warnings:
        rec["warnings"] = doc.warnings
    return rec


def extraction_table(rec: dict) -> str:
    """``vanban extract`` for people: the metadata, then a table of references and one of figures."""
    md = rec["metadata"]
    head = [f"== {rec['source']}"] + [f"{k:>8}: {v}" for k, v in md.items() if v is not None]
    refs = render(rec["references"], "table", ["id", "text", "type", "number", "date", "issuer", "title"], 40)
    figs = render(rec["figures"], "table", ["id", "text", "value", "unit", "qualifier", "indicator", "scope",
                                             "period", "kind"], 40)
    return "\n".join(head) + f"\n-- references ({len(rec['references'])})\n" + refs + \
        f"-- figures ({len(rec['figures'])})\n" + figs


def extract_files(files: Iterable[str], ocr: str = "auto",
                  with_text: bool = False) -> Iterator[tuple[str, dict | None, str | None]]:
    """``(path, record, None)`` for each file read, ``(path, None, reason)`` for each that could not be."""
    from corpus import ReadError

    from .build import analyse

    for path in files:
        try:
            doc, ex = analyse(path, source=path, ocr=ocr)
        except ReadError as e:
            yield path, None, str(e)
            continue
        yield path, extraction_record(path, doc, ex, with_text), None


def one_document(store: Store, key: str, example: str = "942/QĐ-TTg"):
    """The stored document named by ``key`` (id, path, file name or number); StoreError when none is."""
    rows = store.find(key)
    if not rows:
        raise StoreError(f"no stored document matches {key!r} (try an id, a path or a number"
                         f" such as {example}; 'vanban stats' shows what is stored)")
    return rows[0]


def document_record(store: Store, key: str, with_text: bool = False) -> dict:
    """``vanban show``: a stored document's fields and how many references and figures it holds."""
    row = one_document(store, key)
    rec = {k: row[k] for k in DOCUMENT_KEYS}
    rec["references"] = len(store.references(row["id"]))
    rec["figures"] = len(store.figures(row["id"]))
    if with_text:
        rec["text"] = row["text"]
    return rec


def document_lines(rec: dict) -> list[str]:
    """``vanban show`` for people: one ``field: value`` line each, then the text when it was asked for."""
    lines = [f"{k:>10}: {'' if v is None else v}" for k, v in rec.items() if k != "text"]
    return lines + (["", rec["text"]] if rec.get("text") else [])


def cited_by_rows(res: dict) -> list[dict]:
    """The rows of ``vanban cited-by``: one per citing document, its mentions counted and their lines."""
    return [{"id": c["id"], "number": c["number"], "date": c["date"], "mentions": len(c["mentions"]),
             "lines": ",".join(str(m["line"]) for m in c["mentions"]), "source": c["source"]}
            for c in res["citing"]]


def review_inputs(paths: Iterable[str], data_dir: str | os.PathLike) -> tuple[list[dict], list]:
    """The review records of ``paths``, checked against the store of ``data_dir`` when there is one
    (otherwise the given files form the corpus), and the files that could not be read."""
    from .link_review import review_records

    store = Store(data_dir) if (Path(data_dir) / DB_NAME).exists() else None
    try:
        return review_records(paths, store)
    finally:
        if store:
            store.close()


def problem_count(records: list[dict]) -> int:
    """Problems found, references not in the corpus (severity info) left out."""
    return sum(1 for r in records for p in r["problems"] if p["severity"] != "info")


def check_lines(records: list[dict], show_all: bool = False) -> list[str]:
    """``vanban check`` for people: a heading per file, then one ``file:line: severity: kind`` line per
    problem (references not in the corpus only with ``show_all``)."""
    lines = []
    for r in records:
        shown = [p for p in r["problems"] if show_all or p["severity"] != "info"]
        missing = sum(1 for p in r["problems"] if p["severity"] == "info")
        lines.append(f"== {r['source']}: {len(r['problems']) - missing} problem(s),"
                     f" {missing} reference(s) not in the corpus")
        lines += [f"{r['source']}:{p['line']}: {p['severity']}: {p['kind']}: {p['message']}  [{p['text']}]"
                  for p in shown]
    return lines


__all__ = ["build_and_index", "build_lines", "check_lines", "cited_by_rows", "document_lines",
           "document_record", "extract_files", "extraction_record", "extraction_table", "one_document",
           "problem_count", "reindex", "render", "review_inputs", "stats_lines"]
