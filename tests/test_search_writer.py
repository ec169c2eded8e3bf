"""BulkWriter writes the same index files as Whoosh's own SegmentWriter, faster."""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from corpus import normalize_text, read_metadata
from index.search import SearchIndex, document_fields
from index.writer import BulkWriter, _length_bytes
from tests.conftest import SAMPLES

TEXTS = sorted(p for p in SAMPLES.glob("*.txt"))


def _rows() -> list[dict]:
    rows = []
    for i, p in enumerate(TEXTS, 1):
        text = normalize_text(p.read_text("utf-8"))
        kind, md = read_metadata(text)
        rows.append({"id": i, "sha256": f"{i:064x}", "extractor_version": "t", "kind": kind, "text": text,
                     "number": md.number, "type": md.type, "date": md.date, "issuer": md.issuer,
                     "title": md.title, "source": p.name})
    return rows


def _build(path: Path, bulk: bool) -> SearchIndex:
    """Three commits, then two documents indexed again (deletions) and everything merged into one."""
    rows = _rows()
    ix = SearchIndex(path)
    for k in range(3):
        w = ix.writer(bulk=bulk)
        for row in rows[k::3]:
            w.update_document(**document_fields(row))
        w.commit(merge=False)
    w = ix.writer(bulk=bulk)
    for row in rows[:2]:
        w.update_document(**document_fields(row))
    w.commit(optimize=True)
    return ix


def _files(ix: SearchIndex) -> Counter:
    # segment names are random; the files' contents are what must agree
    return Counter((p.suffix, hashlib.sha256(p.read_bytes()).hexdigest())
                   for p in ix.path.glob("*.*") if p.suffix != ".toc")


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return (_build(tmp_path_factory.mktemp("whoosh"), bulk=False),
            _build(tmp_path_factory.mktemp("bulk"), bulk=True))


def test_the_writers_agree_byte_for_byte_after_commits_updates_and_a_merge(both):
    plain, bulk = both
    assert len(TEXTS) == 27
    assert plain.count() == bulk.count() == 27
    files = _files(bulk)
    assert {suffix for suffix, _ in files} == {".col", ".pst", ".trm"}
    assert files == _files(plain)


def test_the_default_writer_is_the_bulk_one(tmp_path):
    w = SearchIndex(tmp_path).writer()
    try:
        assert isinstance(w, BulkWriter)
    finally:
        w.cancel()


@pytest.mark.parametrize("query", ["chuyển đổi số", '"dịch vụ công trực tuyến"', "vat lieu no cong nghiep",
                                   "942/QĐ-TTg", "an toàn"])
def test_search_answers_the_same_from_either_index(both, query):
    plain, bulk = both

    def ranked(ix):
        with ix.searcher() as s:
            from index.query import make_plan, parse_query
            from index.rank import rank
            hits, total = rank(ix.arrays(s), make_plan(parse_query(query)), None, 0, 10)
            return [(s.stored_fields(d)["id"], round(score, 4)) for d, score in hits], total

    got = ranked(bulk)
    assert got[1] > 0
    assert got == ranked(plain)


def test_length_bytes_match_whoosh_length_to_byte():
    import numpy as np
    from whoosh.util.numeric import length_to_byte
    lengths = list(range(0, 3000)) + [50_000, 106_373, 106_374, 10**7]
    assert _length_bytes(np.asarray(lengths)).tolist() == [length_to_byte(n) for n in lengths]
    assert _length_bytes(np.asarray([10**7])).tolist() == [255]


def test_a_sync_commits_by_text_volume_and_searches_the_same(tmp_path):
    from index import Store, build
    from index.search import search
    files = TEXTS[:8]
    with Store(tmp_path / "one") as one, Store(tmp_path / "many") as many:
        for store in (one, many):
            assert build(files, store).stored == 8
        big = SearchIndex(one.data_dir)
        small = SearchIndex(many.data_dir)
        assert big.sync(one) == 8
        assert small.sync(many, text_mb=0.02) == 8  # a commit after every ~20,000 characters
        assert len(list(big.path.glob("*.trm"))) == 1
        assert len(list(small.path.glob("*.trm"))) >= 3
        for query in ("chuyển đổi số", '"thủ tục hành chính"', "khoang san"):
            a = [(h.source, h.score) for h in search(one.data_dir, query, store=one, index=big, snippets=False)]
            b = [(h.source, h.score) for h in search(many.data_dir, query, store=many, index=small, snippets=False)]
            assert a and [s for s, _ in a] == [s for s, _ in b]
