"""Figures across the stored corpus, one query for ``vanban figures`` and ``vanban search --figures``:
filter by indicator words (accents optional), kind, unit, period, and the document's type, issuer,
date, kind or number; export to an .xlsx workbook.

Every record has one shape (``FIELDS``): the figure (value, unit, qualifier, kind, period, indicator,
scope, text, offsets) and its document (number, type, date, issuer, title, source).
"""
from __future__ import annotations

import os
from pathlib import Path

from .analysis import fold, nfc, words
from .query import Filters, SearchError, parse_query, type_key
from .store import Store, StoreError

COLUMNS = ["document", "id", "text", "value", "value_max", "unit", "qualifier", "indicator", "scope", "period",
           "kind", "parent", "start", "end"]
DOCUMENT_FIELDS = ["number", "type", "date", "issuer", "title", "source", "doc_id"]
FIELDS = COLUMNS + DOCUMENT_FIELDS
KINDS = ("target", "result", "none")
ORDERS = ("document", "relevance")

_SQL = ('SELECT f.doc_id, f.id, f.text, f.value, f.value_max, f.unit, f.qualifier, f.indicator, f.scope,'
        ' f.period, f.kind, f.parent, f.start, f."end", d.number, d.type, d.date, d.issuer, d.title, d.source,'
        ' d.kind AS doc_kind FROM figures f JOIN documents d ON d.id = f.doc_id')


def document_passes(row, f: Filters) -> bool:
    """Whether a document row (type, issuer, date, kind) passes the document filters ``f``."""
    if f.type and type_key(row["type"] or "") != type_key(f.type):
        return False
    if f.issuer and not set(words(fold(nfc(f.issuer).lower()))) <= set(words(fold((row["issuer"] or "").lower()))):
        return False
    date = row["date"] or ""
    if f.year and date[:4] != str(f.year):
        return False
    if (f.date_from and (not date or date < f.date_from)) or (f.date_to and (not date or date > f.date_to)):
        return False
    doc_kind = row["doc_kind"] if "doc_kind" in row.keys() else row["kind"]
    return not (f.kind and doc_kind != f.kind)


def query_figures(store: Store, indicator: str | None = None, kind: str | None = None, unit: str | None = None,
                  period: str | None = None, doc: str | None = None, filters: Filters | None = None,
                  order: str = "document", limit: int | None = None, page: int = 1) -> list[dict]:
    """Stored figures that match every filter given, as records of ``FIELDS``.

    ``indicator``: words that must all be words of the indicator, with or without accents
    (``ho so truc tuyen`` finds ``tỷ lệ hồ sơ trực tuyến``); ``kind``: target, result or none;
    ``unit``: the unit, case- and accent-insensitive (``%``, ``đồng``, ``ha``); ``period``: a year or a
    period that the figure's period contains (``2025`` finds ``2025-2027``); ``doc``: an id, a path, a
    file name or a document number, as ``vanban show`` takes; ``filters``: the documents' type,
    issuer, year, dates and kind (document or news), as ``vanban search`` takes them.

    ``order``: ``document`` sorts by (source, start); ``relevance`` puts the indicators holding the
    words as one phrase first, then the newest documents. ``limit``/``page`` cut one page."""
    if kind is not None and kind not in KINDS:
        raise StoreError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    if order not in ORDERS:
        raise StoreError(f"unknown order {order!r}: choose one of {', '.join(ORDERS)}")
    f = parse_query("", filters).filters if filters is not None else None
    where, args = [], []
    if doc is not None:
        rows = store.find(doc)
        if not rows:
            raise StoreError(f"no stored document matches {doc!r}")
        where.append(f"f.doc_id IN ({','.join('?' * len(rows))})")
        args += [r["id"] for r in rows]
    if kind == "none":
        where.append("f.kind IS NULL")
    elif kind:
        where.append("f.kind = ?")
        args.append(kind)
    if period:
        where.append("f.period LIKE ?")
        args.append(f"%{period.strip()}%")
    want = words(fold(nfc(indicator).lower())) if indicator else []
    if want:
        where.append("f.indicator IS NOT NULL")
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "")
    unit_key = fold(unit).strip() if unit else None
    phrase = " " + " ".join(want) + " "
    found = []
    for r in store.db.execute(sql, args):
        score = 0
        if want:
            have = words(fold(r["indicator"].lower()))
            if not set(want) <= set(have):
                continue
            score = 2 if phrase in " " + " ".join(have) + " " else 1
        if unit_key is not None and fold(r["unit"] or "") != unit_key:
            continue
        if f is not None and not document_passes(r, f):
            continue
        found.append((score, r))
    if order == "relevance":
        found.sort(key=lambda x: (-x[0], _neg_date(x[1]["date"]), x[1]["doc_id"], x[1]["start"]))
    else:
        found.sort(key=lambda x: (x[1]["source"], x[1]["start"]))
    if limit is not None:
        found = found[(page - 1) * limit: page * limit]
    return [_record(r) for _, r in found]


def search_figures(store: Store, indicator: str, filters: Filters | None = None, limit: int = 20,
                   page: int = 1) -> list[dict]:
    """``vanban search --figures``: figures by indicator words, best match first (see ``query_figures``)."""
    if not words(fold(nfc(indicator or "").lower())):
        raise SearchError("--figures needs indicator words, such as \"hồ sơ trực tuyến\"")
    return query_figures(store, indicator, filters=filters or Filters(), order="relevance", limit=limit, page=page)


def _record(r) -> dict:
    rec = {k: r[k] for k in FIELDS if k != "document"}
    rec["document"] = Path(r["source"]).name
    for k in ("value", "value_max"):
        if isinstance(rec[k], float) and rec[k].is_integer():
            rec[k] = int(rec[k])
    return {k: rec[k] for k in FIELDS}


def _neg_date(date: str | None) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def write_xlsx(records: list[dict], path: str | os.PathLike, columns: list[str] | None = None,
               sheet: str = "figures") -> Path:
    """Write ``records`` to one sheet of an .xlsx workbook: a bold header row, numbers as numbers,
    the header frozen and filterable (figures, and a plan's progress)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    columns = columns or COLUMNS
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in records:
        ws.append([r.get(c) for c in columns])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i, c in enumerate(columns, start=1):
        width = max([len(str(c))] + [min(60, len(str(r.get(c) or ""))) for r in records[:500]])
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width + 2
    path = Path(path)
    try:
        wb.save(path)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    return path


__all__ = ["COLUMNS", "FIELDS", "KINDS", "document_passes", "query_figures", "search_figures", "write_xlsx"]
