"""Ranking over the Whoosh index's posting lists as numpy arrays.

Whoosh's own matchers walk a query tree in Python once per matching document and term; a query of
common syllables ("ủy ban nhân dân tỉnh") matches nearly every document, so that walk grows with the
corpus (about 100 ms at 10,000 documents). Here each term's posting list is read block by block
(one unpickle per 128 postings, ids delta-decoded with ``cumsum``) into arrays, and matching and
BM25 scoring are array operations over all documents at once. The index and its files stay Whoosh's:
only the query evaluation is done here. Scores follow Whoosh's BM25F (B=0.75, K1=1.2, its idf).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher, _lenfield, LENGTHS_COLUMN
from whoosh.reading import TermNotFound
from whoosh.util.numeric import _length_byte_cache

B, K1 = 0.75, 1.2
_BYTE_TO_LENGTH = np.asarray(_length_byte_cache, dtype=np.float32)

Term = tuple[str, str]  # (field, text)


@dataclass
class Plan:
    """A query as sets of terms: documents must match every ``required`` group (all of its terms), or
    one of the ``alternatives``; ``scored`` terms add BM25 (times a boost) to documents that match the
    required groups, ``bonuses`` a flat score when all their terms are present."""

    required: list[list[Term]] = field(default_factory=list)
    scored: list[tuple[Term, float]] = field(default_factory=list)
    bonuses: list[tuple[list[Term], float]] = field(default_factory=list)
    alternatives: list[tuple[list[Term], float]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)


class Arrays:
    """Posting lists and field lengths of one open searcher as arrays over global document numbers."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.leaves = searcher.reader().leaf_readers()
        self.n = searcher.doc_count_all()
        self.docs = max(1, searcher.doc_count())
        self._lengths: dict[str, np.ndarray] = {}
        self._postings: dict[Term, tuple[np.ndarray, np.ndarray]] = {}
        self.live = np.ones(self.n, dtype=bool)
        for r, off in self.leaves:
            if r.has_deletions():
                dead = np.fromiter(r.deleted_docs_set, dtype=np.int64)
                self.live[dead + off] = False

    def for_query(self) -> "Arrays":
        """A view sharing lengths and deletions, with its own posting cache (nothing kept between queries)."""
        view = object.__new__(Arrays)
        view.__dict__.update(self.__dict__)
        view._postings = {}
        return view

    def postings(self, term: Term) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, weights) of a term; one query reads each list once."""
        got = self._postings.get(term)
        if got is None:
            fieldname, text = term
            ids, ws = [], []
            for r, off in self.leaves:
                try:
                    m = r._terms.matcher(fieldname, text.encode("utf-8"), r.schema[fieldname].format)
                except (TermNotFound, KeyError):
                    continue
                i, w = _read_all(m)
                ids.append(i + off)
                ws.append(w)
            got = ((np.concatenate(ids), np.concatenate(ws)) if ids else
                   (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)))
            self._postings[term] = got
        return got

    def lengths(self, fieldname: str) -> np.ndarray:
        got = self._lengths.get(fieldname)
        if got is None:
            got = np.zeros(self.n, dtype=np.float32)
            for r, off in self.leaves:
                col = r._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
                if col is None:
                    continue
                raw = np.frombuffer(bytes(col._dbfile.get(col._basepos, col._count)), dtype=np.uint8)
                got[off:off + len(raw)] = _BYTE_TO_LENGTH[raw]
            self._lengths[fieldname] = got
        return got

    def present(self, terms: list[Term]) -> np.ndarray:
        """Documents holding every one of ``terms``."""
        mask = np.ones(self.n, dtype=bool) if terms else np.zeros(self.n, dtype=bool)
        for t in sorted(terms, key=lambda t: len(self.postings(t)[0])):
            ids, _ = self.postings(t)
            has = np.zeros(self.n, dtype=bool)
            has[ids] = True
            mask &= has
        return mask

    def bm25(self, term: Term, boost: float, into: np.ndarray) -> None:
        ids, ws = self.postings(term)
        if not len(ids):
            return
        fieldname = term[0]
        total = self.searcher.field_length(fieldname) or 1
        avg = total / self.docs
        idf = math.log(self.docs / (len(ids) + 1)) + 1.0
        dl = self.lengths(fieldname)[ids]
        into[ids] += boost * idf * ((ws * (K1 + 1)) / (ws + K1 * ((1 - B) + B * dl / avg)))


def _read_all(m) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(m, W3LeafMatcher) and not m._byteids:
        ids, ws = [], []
        while m.is_active():
            if m._data is None:
                m._read_data()
            data, n = m._data, m._blocklength
            ids.append(np.cumsum(np.asarray(data[0], dtype=np.int64)))
            w = data[1]
            ws.append(np.full(n, 1.0 if w is None else w, dtype=np.float32) if w is None or isinstance(w, float)
                      else np.asarray(w, dtype=np.float32))
            m._next_block()
        if ids:
            return np.concatenate(ids), np.concatenate(ws)
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
    ids, ws = [], []
    while m.is_active():  # inlined or other posting lists: the matcher's own way
        ids.append(m.id())
        ws.append(m.weight())
        m.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(ws, dtype=np.float32)


def rank(arrays: Arrays, plan: Plan, allowed: np.ndarray | None, offset: int, limit: int
         ) -> tuple[list[tuple[int, float]], int]:
    """The page of (document number, score), best first (ties: index order), and how many matched."""
    n = arrays.n
    score = np.zeros(n, dtype=np.float32)
    text_ok = None
    if plan.required:
        text_ok = np.ones(n, dtype=bool)
        for group in plan.required:
            text_ok &= arrays.present(group)
        text_score = np.zeros(n, dtype=np.float32)
        for group in plan.required:
            for t in group:
                arrays.bm25(t, 1.0, text_score)
        for t, boost in plan.scored:
            arrays.bm25(t, boost, text_score)
        for terms, bonus in plan.bonuses:
            text_score += bonus * arrays.present(terms)
        score += np.where(text_ok, text_score, 0)
    match = text_ok.copy() if text_ok is not None else np.zeros(n, dtype=bool)
    for terms, boost in plan.alternatives:
        ok = arrays.present(terms)
        alt = np.zeros(n, dtype=np.float32)
        for t in terms:
            arrays.bm25(t, boost, alt)
        score += np.where(ok, alt, 0)
        match |= ok
    if not plan.required and not plan.alternatives:
        match[:] = True  # filters alone
    match &= arrays.live
    if allowed is not None:
        match &= allowed
    for t in plan.excluded:
        ids, _ = arrays.postings(t)
        match[ids] = False
    idx = np.flatnonzero(match)
    order = idx[np.argsort(-score[idx], kind="stable")][offset:offset + limit]
    return [(int(d), float(score[d])) for d in order], len(idx)


__all__ = ["Arrays", "Plan", "rank"]
