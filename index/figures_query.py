"""Figures across the stored corpus: filter by indicator words (accents optional), kind, unit, period and
document, for analysts; export to an .xlsx workbook.

Records are plain dicts, sorted by (document, start), ready for ``cli.render``.
"""
from __future__ import annotations

import os
from pathlib import Path

from .analysis import fold
from .store import Store, StoreError

COLUMNS = ["document", "id", "text", "value", "value_max", "unit", "qualifier", "indicator", "scope", "period",
           "kind", "parent", "start", "end"]
KINDS = ("target", "result", "none")


def query_figures(store: Store, indicator: str | None = None, kind: str | None = None, unit: str | None = None,
                  period: str | None = None, doc: str | None = None) -> list[dict]:
    """Stored figures that match every filter given.

    ``indicator``: words that must all occur in the indicator, with or without accents
    (``ho so truc tuyen`` finds ``tỷ lệ hồ sơ trực tuyến``); ``kind``: target, result or none;
    ``unit``: the unit, case- and accent-insensitive (``%``, ``đồng``, ``ha``); ``period``: a year or a
    period that the figure's period contains (``2025`` finds ``2025-2027``); ``doc``: an id, a path, a
    file name or a document number, as ``vanban show`` takes."""
    if kind is not None and kind not in KINDS:
        raise StoreError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
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
    sql = ('SELECT d.source AS source, f.doc_id AS doc_id, f.id AS id, f.text AS text, f.value AS value,'
           ' f.value_max AS value_max, f.unit AS unit, f.qualifier AS qualifier, f.indicator AS indicator,'
           ' f.scope AS scope, f.period AS period, f.kind AS kind, f.parent AS parent, f.start AS start,'
           ' f."end" AS "end" FROM figures f JOIN documents d ON d.id = f.doc_id')
    if where:
        sql += " WHERE " + " AND ".join(where)
    words = fold(indicator).split() if indicator else []
    unit_key = fold(unit).strip() if unit else None
    out = []
    for r in store.db.execute(sql, args):
        if words:
            folded = fold(r["indicator"] or "")
            if not all(w in folded for w in words):
                continue
        if unit_key is not None and fold(r["unit"]) != unit_key:
            continue
        rec = {"document": Path(r["source"]).name, "doc_id": r["doc_id"], "source": r["source"]}
        rec.update({k: r[k] for k in COLUMNS[1:]})
        for k in ("value", "value_max"):
            if isinstance(rec[k], float) and rec[k].is_integer():
                rec[k] = int(rec[k])
        out.append(rec)
    out.sort(key=lambda x: (x["source"], x["start"]))
    return out


def write_xlsx(records: list[dict], path: str | os.PathLike, columns: list[str] | None = None) -> Path:
    """Write ``records`` to one sheet of an .xlsx workbook: a bold header row, numbers as numbers,
    the header frozen and filterable."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    columns = columns or COLUMNS
    wb = Workbook()
    ws = wb.active
    ws.title = "figures"
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
