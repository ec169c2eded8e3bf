"""Full-text search over the store: a Whoosh index in ``<data>/whoosh/`` kept in step with the store.

Schema (why it is fast enough in pure Python):
- ``fold`` / ``exact`` / ``fold2`` hold term *counts* (as posting weights, no positions) computed by
  ``analysis.text_codes`` with numpy; ``fold2`` holds syllable bigrams, so a phrase is an AND of a few
  bigram posting lists instead of a positional phrase check;
- the document number is one token (``numkey``: ``number_key``, "942/qd-ttg") in a field of its own, with
  ``numhead`` ("942") and ``typekey`` ("quyet dinh") for "QĐ 942" / "quyết định 942";
- the title is a small field of its own (unigrams and bigrams) that lifts documents named by the query;
- ``cites`` holds the numbers of the document's references, so that a number lookup puts the documents
  that cite it (not those where the digits merely occur) right after the document itself;
- display fields are stored in the index; only snippets read the text from the store;
- the full-text fields are written by ``writer.BulkWriter`` from arrays of term codes (the same files
  Whoosh's own writer makes, without its Python step per posting).

Queries are parsed and planned in ``query.py`` and evaluated over the posting lists as arrays in
``rank.py`` (Whoosh's own matchers cost ~10x more on common syllables); snippets in ``snippets.py``.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
from whoosh import fields, formats, index as windex
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

from extractors.symbols import number_key

from .analysis import bigrams, fold, nfc, term_texts, text_codes, words
from .query import (Filters, SearchError, _key, filter_terms, loose_plan, make_plan, parse_query, type_key,
                    type_names)
from .rank import Arrays, rank
from .snippets import highlight_terms, make_snippet
from .store import Store
from .writer import BulkWriter

INDEX_DIR = "whoosh"
# Bump when the schema or the analysis changes: an index of another version is rebuilt.
INDEX_VERSION = "6"
# Text per commit of a full sync: BulkWriter's flush holds ~4 bytes per character of text at its peak.
COMMIT_TEXT_MB = 64


# -- schema --------------------------------------------------------------------------------------

_LAST: list = [None, None]  # the last text analysed and its term codes: its three fields share one analysis


def _codes_of(text: str) -> dict:
    if _LAST[0] is not text:
        _LAST[:] = [text, text_codes(text)]
    return _LAST[1]


class CountsField(fields.FieldType):
    """A text field indexed from term counts ({term: count}), or from a text whose ``terms`` part of
    ``analysis.text_terms`` it takes (so that with several writer processes, analysis runs in them)."""

    def __init__(self, stored: bool = False, terms: str | None = None):
        self.terms = terms
        # Existence: no per-posting value bytes; the count goes in the posting's weight, which is all
        # the ranker reads (a Frequency format would store it twice)
        self.format = formats.Existence()
        self.analyzer = None
        self.scorable = True
        self.stored = stored
        self.unique = False
        self.vector = None
        self.column_type = None

    def codes(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(term codes, counts) of a text's ``terms`` part (``analysis.text_codes``): what BulkWriter takes."""
        return _codes_of(text)[self.terms]

    def index(self, value, **kwargs):
        # Whoosh's own writers: (term bytes, frequency, weight, value) per term
        if isinstance(value, str):
            codes, counts = self.codes(value)
            value = dict(zip(term_texts(self.terms, codes.tolist()), counts.tolist()))
        return ((w.encode("utf-8"), n, float(n), b"") for w, n in value.items())


def make_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        stamp=fields.STORED(),
        numkey=fields.ID(), numhead=fields.ID(), typekey=fields.ID(), year=fields.ID(), date=fields.ID(),
        kind=fields.ID(), issuer=CountsField(), title=CountsField(), cites=CountsField(),
        fold=CountsField(terms="fold"), fold2=CountsField(terms="fold2"), exact=CountsField(terms="exact"),
        display=fields.STORED(),
    )


DISPLAY = ("number", "type", "date", "issuer", "title", "source", "kind")


def _num_head(number: str | None) -> str | None:
    m = re.match(r"0*(\d+)", number or "")
    return (m.group(1) or "0") if m else None


def _short_terms(text: str) -> dict[str, int]:
    toks = words(fold(nfc(text).lower()))
    out: dict[str, int] = {}
    for t in toks + bigrams(toks):
        out[t] = out.get(t, 0) + 1
    return out


def _cites_terms(cites) -> dict[str, int]:
    """The numbers a document cites, as ``cites`` terms: the number key ("942/qd-ttg") and its number
    with the type ("942 quyet dinh", also for a short form "Quyết định 942")."""
    out: dict[str, int] = {}
    for number, type_ in cites:
        terms = [number_key(number)] if re.search(r"[/-]", number) else []
        head = _num_head(number)
        if head and type_:
            terms.append(f"{head} {_key(type_)}")
        for t in terms:
            out[t] = out.get(t, 0) + 1
    return out


def document_fields(row, cites=()) -> dict:
    """The index fields of one stored document row (with its text) and the (number, type) of the
    references it makes."""
    text = row["text"]  # the same object in the three text fields: analysed once, by the field
    doc = {"id": str(row["id"]), "stamp": f"{row['sha256']}:{row['extractor_version']}",
           "kind": row["kind"], "fold": text, "fold2": text, "exact": text,
           "display": {k: row[k] for k in DISPLAY}}
    if row["number"]:
        doc["numkey"] = number_key(row["number"])
        doc["numhead"] = _num_head(row["number"])
    if row["type"]:
        doc["typekey"] = _key(row["type"])
    if row["date"]:
        doc["date"] = row["date"]
        doc["year"] = row["date"][:4]
    if row["issuer"]:
        doc["issuer"] = _short_terms(row["issuer"])
    if row["title"]:
        doc["title"] = _short_terms(row["title"])
    if cites:
        doc["cites"] = _cites_terms(cites)
    return doc


# -- the index -----------------------------------------------------------------------------------

class SearchIndex:
    """The Whoosh index of a store's documents."""

    def __init__(self, data_dir, create: bool = True):
        self.path = Path(data_dir) / INDEX_DIR
        self._ix = None
        if create:
            self._open(create=True)

    def _version_file(self) -> Path:
        return self.path / "VERSION"

    def exists(self) -> bool:
        # Files only: whether it opens is _open's question (a damaged index gets a clear error there).
        return (self._version_file().exists() and self._version_file().read_text().strip() == INDEX_VERSION
                and any(self.path.glob("_MAIN_*.toc")))

    def _open(self, create: bool):
        if self._ix is not None:
            return self._ix
        try:
            if not self.exists():
                if not create:
                    raise SearchError(f"no search index at {self.path}: run 'vanban reindex'")
                if self.path.exists():
                    shutil.rmtree(self.path)
                self.path.mkdir(parents=True)
                self._ix = windex.create_in(self.path, make_schema())
                self._version_file().write_text(INDEX_VERSION + "\n")
            else:
                self._ix = windex.open_dir(self.path)
        except OSError as e:
            raise SearchError(f"cannot open the search index at {self.path}: {e}") from None
        except SearchError:
            raise
        except Exception as e:  # a damaged index: name it and the way out, never a traceback
            raise SearchError(f"the search index at {self.path} is damaged ({type(e).__name__}: {e}):"
                              " run 'vanban reindex'") from None
        return self._ix

    def writer(self, limitmb: int = 256, bulk: bool = True):
        # Whoosh's inlined postings are broken in whoosh-reloaded 2.7.5 (W3TermInfo.set_inline), so the
        # default inlinelimit stays; zlib is off: it costs more than it saves on short bigram lists.
        # Separate segment files, not one compound file: Whoosh reads a compound file's parts through
        # BytesIO copies of the whole mapped file each time a searcher opens.
        # Another build writing the index: wait for it a while rather than fail at once.
        kw = {"limitmb": limitmb, "codec": W3Codec(compression=0), "compound": False, "timeout": 120.0, "delay": 0.5}
        try:
            # BulkWriter: the full-text fields' postings as arrays (writer.py); Whoosh's own for comparison
            return (BulkWriter if bulk else SegmentWriter)(self._open(True), **kw)
        except windex.LockError:
            raise SearchError(f"the search index at {self.path} is locked by another 'vanban build' or"
                              " 'vanban reindex'; try again when it has finished") from None

    def stamps(self) -> dict[str, str]:
        with self._open(True).searcher() as s:
            return {f["id"]: f["stamp"] for f in s.all_stored_fields()}

    def count(self) -> int:
        return self._open(True).doc_count()

    def sync(self, store: Store, ids: Iterable[int] | None = None, batch: int = 5000,
             progress: Callable[[int], None] | None = None, text_mb: float = COMMIT_TEXT_MB) -> int:
        """Bring the index in step with the store: the documents ``ids`` (or, without ids, every document
        whose stored version differs from the indexed one, and none that the store no longer has).
        Commits every ``batch`` documents or ``text_mb`` MB of text, whichever comes first (fewer, larger
        segments cost less to write and search; the text bounds the writer's memory). Returns how many
        documents were (re)indexed."""
        if ids is None:
            have = self.stamps()
            want = {str(r["id"]): f"{r['sha256']}:{r['extractor_version']}" for r in
                    store.db.execute("SELECT id, sha256, extractor_version FROM documents")}
            todo = sorted(int(i) for i, st in want.items() if have.get(i) != st)
            gone = [i for i in have if i not in want]
        else:
            todo, gone = sorted(set(ids)), []
        done = 0
        w = None
        try:
            if gone:
                w = self.writer()
                for i in gone:
                    w.delete_by_term("id", i)
            docs = chars = 0
            for start in range(0, len(todo), 200):
                chunk = todo[start:start + 200]
                marks = ",".join("?" * len(chunk))
                cites: dict[int, list] = {}
                for r in store.db.execute(f"SELECT doc_id, number, type FROM refs WHERE doc_id IN ({marks})"
                                          " AND number IS NOT NULL", chunk):
                    cites.setdefault(r["doc_id"], []).append((r["number"], r["type"]))
                for row in store.db.execute(f"SELECT * FROM documents WHERE id IN ({marks})", chunk):
                    w = w or self.writer()
                    w.update_document(**document_fields(row, cites.get(row["id"], ())))
                    done += 1
                    docs += 1
                    chars += len(row["text"] or "")
                    if progress:
                        progress(1)
                    if docs >= batch or chars >= text_mb * 1e6:
                        w.commit()
                        w, docs, chars = None, 0, 0
            if w is not None:
                w.commit()
        except BaseException:
            if w is not None:
                w.cancel()
            raise
        return done

    def close(self) -> None:
        s = getattr(self, "_searcher", None)
        if s is not None:
            s.close()
            self._searcher = None

    def rebuild(self, store: Store, progress: Callable[[int], None] | None = None) -> int:
        """Drop the index and index every stored document again."""
        self.close()
        if self.path.exists():
            shutil.rmtree(self.path)
        self._ix = None
        self._open(True)
        return self.sync(store, progress=progress)

    def searcher(self):
        """A searcher, kept open between queries and refreshed when the index has changed."""
        s = getattr(self, "_searcher", None)
        if s is None:
            s = self._open(False).searcher()
        elif not s.up_to_date():
            s = s.refresh()
        if s is not getattr(self, "_searcher", None):
            self._arrays = None
        self._searcher = s
        return _Borrowed(s)

    def arrays(self, searcher) -> Arrays:
        """Field lengths and live documents of the open searcher (kept), with an empty cache of posting
        lists for one query."""
        base = getattr(self, "_arrays", None)
        if base is None or base.searcher is not searcher:
            base = self._arrays = Arrays(searcher)
        return base.for_query()


class _Borrowed:
    """``with index.searcher() as s``: the shared searcher stays open after the block."""

    def __init__(self, s):
        self.s = s

    def __enter__(self):
        return self.s

    def __exit__(self, *exc):
        return False


class Updater:
    """Collects the ids ``build`` stores (its ``on_stored`` callback) and indexes them in batches."""

    def __init__(self, index: SearchIndex, store: Store, batch: int = 200):
        self.index, self.store, self.batch, self.ids, self.fresh = index, store, batch, [], False

    def __call__(self, doc_id: int) -> None:
        self.ids.append(doc_id)
        if len(self.ids) >= self.batch:
            self.flush()

    def flush(self) -> None:
        ids, self.ids = self.ids, []
        if ids:
            self.index.sync(self.store, ids, batch=self.batch)

    def finish(self) -> None:
        """Index what is left; if the index still differs from the store (a new index, an earlier build
        stopped between the store and the index), compare them document by document."""
        self.flush()
        if self.index.count() != self.store.count() or self.fresh:
            self.index.sync(self.store)

    @classmethod
    def for_store(cls, store: Store, batch: int = 200) -> "Updater":
        ix = SearchIndex(store.data_dir, create=False)
        fresh = not ix.exists()
        try:
            ix._open(True)
        except SearchError:  # damaged: a build starts it again rather than stop
            shutil.rmtree(ix.path, ignore_errors=True)
            ix._ix, fresh = None, True
            ix._open(True)
        up = cls(ix, store, batch)
        up.fresh = fresh
        return up


def _allowed(arrays: Arrays, f: Filters) -> np.ndarray | None:
    terms = filter_terms(f)
    if not terms and not (f.date_from or f.date_to):
        return None
    ok = arrays.present(terms) if terms else np.ones(arrays.n, dtype=bool)
    if f.date_from or f.date_to:
        lo, hi = f.date_from or "", f.date_to or "9999"
        dated = np.zeros(arrays.n, dtype=bool)
        for d in arrays.searcher.reader().field_terms("date"):
            if lo <= d <= hi:
                dated[arrays.postings(("date", d))[0]] = True
        ok &= dated
    return ok


# -- results -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    id: int
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    title: str | None
    source: str
    kind: str
    score: float
    snippet: str

    def to_dict(self) -> dict:
        return asdict(self)


def search(data_dir, query: str = "", filters: Filters | None = None, limit: int = 10, page: int = 1,
           mark: tuple[str, str] = ("<b>", "</b>"), store: Store | None = None,
           index: SearchIndex | None = None, snippets: bool = True) -> list[Hit]:
    """Ranked documents for ``query`` (words, "phrases", -excluded, inline fields) and ``filters``."""
    if limit < 1 or page < 1:
        raise SearchError("limit and page must be at least 1")
    pq = parse_query(query, filters)
    plan = make_plan(pq)
    if not plan.required and not plan.alternatives and not filter_terms(pq.filters) and not (
            pq.filters.date_from or pq.filters.date_to):
        raise SearchError("empty query: give words, a \"phrase\", a number or a filter (--type, --year, ...)")
    own_store = store is None
    store = store or Store(data_dir, create=False)
    try:
        ix = index or SearchIndex(data_dir, create=False)
        if not ix.exists():  # first search after a build made without an index: make it now
            ix.sync(store)
        with ix.searcher() as s:
            arrays = ix.arrays(s)
            allowed = _allowed(arrays, pq.filters)
            hits, _ = rank(arrays, plan, allowed, (page - 1) * limit, limit)
            if not hits:
                loose = loose_plan(pq)
                if loose is not None:
                    hits, _ = rank(arrays, loose, allowed, (page - 1) * limit, limit)
            terms = highlight_terms(pq.segments) if snippets else []
            return [_hit(store, s.stored_fields(docnum), score, terms, mark, snippets) for docnum, score in hits]
    finally:
        if own_store:
            store.close()


def _hit(store, f, score, terms, mark, snippets) -> Hit:
    d = f["display"]
    snippet = ""
    if snippets:
        row = store.db.execute("SELECT text FROM documents WHERE id = ?", (int(f["id"]),)).fetchone()
        snippet = make_snippet(row["text"], terms, mark) if row else ""
    return Hit(id=int(f["id"]), number=d["number"], type=d["type"], date=d["date"], issuer=d["issuer"],
               title=d["title"], source=d["source"], kind=d["kind"], score=round(score or 0.0, 3),
               snippet=snippet)




__all__ = ["Filters", "Hit", "SearchError", "SearchIndex", "Updater", "filter_terms", "make_plan", "parse_query",
           "search", "type_key", "type_names"]
