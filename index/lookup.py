"""Look-ups in the store's tables: the documents citing a number, and figures by indicator."""
from __future__ import annotations

from extractors.symbols import number_key

from .analysis import fold, nfc, words
from .search import Filters, Hit, SearchError, parse_query, type_key
from .store import Store

def _row_passes(row, f: Filters) -> bool:
    if f.type and type_key(row["type"] or "") != type_key(f.type):
        return False
    if f.issuer and not set(words(fold(nfc(f.issuer).lower()))) <= set(words(fold((row["issuer"] or "").lower()))):
        return False
    date = row["date"] or ""
    if f.year and date[:4] != str(f.year):
        return False
    if (f.date_from and (not date or date < f.date_from)) or (f.date_to and (not date or date > f.date_to)):
        return False
    return not (f.kind and row["kind"] != f.kind)


def citing(store: Store, number: str, filters: Filters | None = None, limit: int = 10, page: int = 1,
           mark: tuple[str, str] = ("<b>", "</b>")) -> list[Hit]:
    """Documents whose references cite ``number`` (however typed), whether or not the cited document is
    stored; newest first, score = how many times each cites it."""
    if not number or not number.strip():
        raise SearchError("--cites needs a document number such as 942/QĐ-TTg")
    f = parse_query("", filters).filters
    rows = store.db.execute(
        'SELECT d.id, d.number, d.type, d.date, d.issuer, d.title, d.source, d.kind, count(*) AS n,'
        ' min(r.start) AS s FROM refs r JOIN documents d ON d.id = r.doc_id WHERE r.number_key = ?'
        ' GROUP BY d.id ORDER BY d.date DESC, d.id', (number_key(number),)).fetchall()
    rows = [r for r in rows if _row_passes(r, f)][(page - 1) * limit: page * limit]
    out = []
    for r in rows:
        ref = store.db.execute('SELECT start, "end" FROM refs WHERE doc_id = ? AND number_key = ? ORDER BY start'
                               ' LIMIT 1', (r["id"], number_key(number))).fetchone()
        text = store.db.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                (max(1, ref["start"] - 79), 80 + (ref["end"] - ref["start"]) + 80 + 1, r["id"])).fetchone()[0]
        a = ref["start"] - max(0, ref["start"] - 80)
        b = a + ref["end"] - ref["start"]
        snippet = " ".join((text[:a] + mark[0] + text[a:b] + mark[1] + text[b:]).split())
        out.append(Hit(id=r["id"], number=r["number"], type=r["type"], date=r["date"], issuer=r["issuer"],
                       title=r["title"], source=r["source"], kind=r["kind"], score=float(r["n"]),
                       snippet=("…" if ref["start"] > 80 else "") + snippet + "…"))
    return out


def figures(store: Store, indicator: str, filters: Filters | None = None, limit: int = 20,
            page: int = 1) -> list[dict]:
    """Stored figures whose indicator has every word of ``indicator`` (accents optional); those with
    the words as one phrase first, then newest documents first."""
    want = words(fold(nfc(indicator or "").lower()))
    if not want:
        raise SearchError("--figures needs indicator words, such as \"hồ sơ trực tuyến\"")
    f = parse_query("", filters).filters
    phrase = " " + " ".join(want) + " "
    found = []
    for r in store.db.execute(
            'SELECT f.doc_id, f.id, f.start, f."end", f.text, f.value, f.value_max, f.unit, f.qualifier,'
            ' f.indicator, f.scope, f.period, f.kind AS figure_kind, d.number, d.type, d.date, d.issuer, d.title,'
            ' d.source, d.kind FROM figures f JOIN documents d ON d.id = f.doc_id WHERE f.indicator IS NOT NULL'):
        have = words(fold(r["indicator"].lower()))
        if not set(want) <= set(have) or not _row_passes(r, f):
            continue
        score = 2 if phrase in " " + " ".join(have) + " " else 1
        found.append((score, r))
    found.sort(key=lambda x: (-x[0], _neg_date(x[1]["date"]), x[1]["doc_id"], x[1]["start"]))
    out = []
    for score, r in found[(page - 1) * limit: page * limit]:
        out.append({"value": _num(r["value"]), "value_max": _num(r["value_max"]), "unit": r["unit"],
                    "qualifier": r["qualifier"], "kind": r["figure_kind"], "period": r["period"],
                    "indicator": r["indicator"], "scope": r["scope"], "text": r["text"], "number": r["number"],
                    "type": r["type"], "date": r["date"], "title": r["title"], "source": r["source"],
                    "doc_id": r["doc_id"], "figure": r["id"], "start": r["start"], "end": r["end"]})
    return out


def _neg_date(date: str | None) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


__all__ = ["citing", "figures"]
