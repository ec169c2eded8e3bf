"""Look-ups in the store's tables: the documents citing a number, and figures by indicator
(``index.figures_query``, the one figures query)."""
from __future__ import annotations

from extractors.symbols import number_key

from .figures_query import document_passes
from .figures_query import search_figures as figures
from .query import Filters, SearchError, parse_query
from .search import Hit
from .store import Store


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
    rows = [r for r in rows if document_passes(r, f)][(page - 1) * limit: page * limit]
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


__all__ = ["citing", "figures"]
