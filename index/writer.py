"""A Whoosh segment writer that writes the big text fields' posting lists from arrays.

Whoosh's ``SegmentWriter`` handles every posting as a Python tuple three times: into its pool, through
a sort, and one ``add_posting`` call each when the segment is written (with a field-length look-up
per posting). The three full-text fields (``fold``, ``fold2``, ``exact``) hold about 60,000 postings
per MB of legal text, so that per-posting work, not the analysis, bounded indexing at ~1.5 MB/s.

``BulkWriter`` keeps those fields' postings as arrays instead: each document adds the arrays of term
codes and counts that ``analysis.text_codes`` made with numpy; at commit the postings are sorted by
term with numpy, each distinct term is turned back into its string once, and the blocks of up to 128
postings are written with their statistics computed over all postings at once. What reaches the disk is byte for byte what Whoosh's W3
codec writes (same blocks, same term infos, same key order), so Whoosh and ``rank.py`` read the index
as before (a test compares the files). Other fields (ids, numbers, title, issuer) go through
Whoosh's own pool; merged segments are read back as arrays too, so merging stays array work.
"""
from __future__ import annotations

import heapq
import struct
from array import array
from hashlib import md5
from io import BytesIO
from itertools import accumulate, groupby, repeat
from operator import itemgetter
from pickle import dumps, load

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import _length_byte_cache
from whoosh.writing import SegmentWriter

from .analysis import term_code, term_texts

BULK_FIELDS = ("exact", "fold", "fold2")
_TERMINFO = W3TermInfo._struct
_EXTENT = struct.Struct("!qi")  # a term info's postings offset and length, after _TERMINFO
_LENGTHS = struct.Struct("!ii")  # filetables' key and value lengths
_LENGTH_CACHE = np.asarray(_length_byte_cache, dtype=np.int64)


class _Postings:
    """One field's postings in the segment being written, as runs: per document (or per term read
    back from a merged segment) an array of term codes (``analysis.text_codes``) and of counts."""

    def __init__(self, field: str):
        self.field = field
        self.codes: list[np.ndarray] = []
        self.counts: list[np.ndarray] = []
        self.docs = array("I")       # document number of each run
        self.sizes = array("I")      # postings in that run
        self.lengths: dict[int, int] = {}  # document number -> field length
        self.n = 0

    def add_codes(self, docnum: int, codes: np.ndarray, counts: np.ndarray) -> int:
        self.codes.append(codes)
        self.counts.append(counts.astype(np.uint32))
        self.docs.append(docnum)
        self.sizes.append(len(codes))
        self.n += len(codes)
        length = self.lengths[docnum] = int(counts.sum())
        return length

    def add_read(self, texts: list[str], sizes: list[int], docs: np.ndarray, counts: np.ndarray) -> None:
        """Postings read back from a merged segment, term by term: ``texts[i]`` has the next ``sizes[i]``
        of ``docs`` (new document numbers, ascending within a term; -1: deleted) and ``counts``."""
        keep = docs >= 0
        if not keep.any():
            return
        codes = np.fromiter((term_code(self.field, t) for t in texts), dtype=np.int64, count=len(texts))
        self.codes.append(np.repeat(codes, sizes)[keep])
        self.counts.append(counts[keep])
        self.docs.frombytes(docs[keep].astype(np.uint32).tobytes())
        self.sizes.frombytes(np.ones(int(keep.sum()), dtype=np.uint32).tobytes())
        self.n += int(keep.sum())

    def __len__(self) -> int:
        return self.n

    def sorted_postings(self):
        """(terms in key order, bounds, document numbers, counts): the postings of term ``terms[i]`` are
        ``[bounds[i], bounds[i + 1])``, documents ascending."""
        uniq, inv = np.unique(np.concatenate(self.codes), return_inverse=True)
        texts = term_texts(self.field, uniq.tolist())
        order = sorted(range(len(texts)), key=texts.__getitem__)  # str order = UTF-8 byte order
        rank = np.empty(len(texts), dtype=np.int64)
        rank[np.asarray(order, dtype=np.int64)] = np.arange(len(texts), dtype=np.int64)
        key = rank[inv.ravel()]
        docs = np.repeat(np.frombuffer(self.docs, dtype=np.uint32), np.frombuffer(self.sizes, dtype=np.uint32))
        # runs were added in ascending document order, so a stable sort by term keeps documents ascending
        perm = np.argsort(key, kind="stable")
        bounds = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(key, minlength=len(texts)), out=bounds[1:])
        counts = np.concatenate(self.counts)[perm]
        return [texts[i] for i in order], bounds, docs[perm].astype(np.int64), counts


class BulkWriter(SegmentWriter):
    """``SegmentWriter`` with array postings for the fields named in ``BULK_FIELDS`` (which must
    be ``CountsField``s: their ``codes(text)`` gives (term codes, counts))."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self._bulk = {name: _Postings(name) for name in BULK_FIELDS if name in self.schema}
        blocklimit = getattr(self.codec, "_blocklimit", 128)
        compression = getattr(self.codec, "_compression", 0)
        if compression or getattr(self.codec, "_inlinelimit", 1) > 1:
            raise ValueError("BulkWriter writes uncompressed, non-inlined W3 postings only")
        self._blocklimit = blocklimit

    # -- documents ---------------------------------------------------------------------------------

    def add_document(self, **fields):
        self._check_state()
        schema, pdw, docnum, add_post = self.schema, self.perdocwriter, self.docnum, self.pool.add
        names = sorted(n for n in fields if not n.startswith("_"))
        self._check_fields(schema, names)
        pdw.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    bulk = self._bulk.get(name)
                    if bulk is not None:
                        length = bulk.add_codes(docnum, *field.codes(value))
                    else:
                        for tbytes, freq, weight, vbytes in field.index(value):
                            if field.scorable:
                                length += freq
                            add_post((name, tbytes, docnum, weight, vbytes))
                if field.vector or field.column_type or field.separate_spelling():
                    raise ValueError(f"BulkWriter does not write vectors, columns or spelling ({name})")
                pdw.add_field(name, field, fields.get("_stored_" + name, value) if field.stored else None, length)
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def add_reader(self, reader):
        """A segment being merged in: per-document data as Whoosh does it, the bulk fields' postings as
        arrays (read in file order), the other fields' postings through the pool."""
        self._check_state()
        basedoc = self.docnum
        names = {f for f in reader.indexed_field_names() if f in self.schema}
        docmap = self.write_per_doc(set(self.schema.names()) | names, reader)
        n = reader.doc_count_all()
        newnum = np.full(n, -1, dtype=np.int64)
        if docmap is None:
            newnum[:] = np.arange(basedoc, basedoc + n)
        else:
            old = np.fromiter(docmap.keys(), dtype=np.int64, count=len(docmap))
            newnum[old] = np.fromiter(docmap.values(), dtype=np.int64, count=len(docmap))
        for name, bulk in self._bulk.items():
            if name not in names:
                continue
            texts, sizes, ids, counts = _read_field(reader, name)
            bulk.add_read(texts, sizes, newnum[ids], counts)
            for old in np.flatnonzero(newnum >= 0).tolist():
                bulk.lengths[int(newnum[old])] = reader.doc_field_length(old, name)
        add_post = self.pool.add
        for item in self._process_posts(self._other_postings(reader, names), basedoc, docmap):
            add_post(item)
        self._added = True

    def _other_postings(self, reader, names):
        for name in sorted(names):
            if name in self._bulk:
                continue
            for btext in reader.lexicon(name):
                m = reader.postings(name, btext)  # skips deleted documents
                while m.is_active():
                    yield name, btext, m.id(), m.weight(), m.value()
                    m.next()

    # -- the segment ---------------------------------------------------------------------------------

    def _flush_segment(self):
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        fw = self.fieldwriter
        # fields in name order, as Whoosh writes them: the pool's fields and the bulk ones interleaved
        pooled = groupby(self.pool.iter_postings(), key=itemgetter(0))
        bulk = [(name, None) for name in sorted(self._bulk) if len(self._bulk[name])]
        for name, items in heapq.merge(pooled, bulk, key=itemgetter(0)):
            if items is None:
                self._write_field(fw, name, self._bulk[name])
            else:
                fw.add_postings(self.schema, pdr, items)
        if pdr:
            pdr.close()
        fw.close()

    def _write_field(self, fw, name: str, bulk: _Postings) -> None:
        """Write one bulk field's terms and posting blocks as W3PostingsWriter and W3FieldWriter do,
        ``_CHUNK`` terms at a time (block and term statistics computed over each chunk at once)."""
        terms, bounds, docs, counts = bulk.sorted_postings()
        fw.start_field(name, self.schema[name])
        lookup = np.zeros(int(docs.max()) + 1, dtype=np.int64)
        lookup[np.fromiter(bulk.lengths.keys(), dtype=np.int64)] = np.fromiter(bulk.lengths.values(), dtype=np.int64)
        lbytes = _length_bytes(lookup[docs])
        del lookup
        out = _TermsOut(fw, self._blocklimit)
        for c0 in range(0, len(terms), _CHUNK):
            c1 = min(c0 + _CHUNK, len(terms))
            a, b = int(bounds[c0]), int(bounds[c1])
            out.write(terms[c0:c1], bounds[c0:c1 + 1] - a, docs[a:b], counts[a:b], lbytes[a:b])
        out.close()
        fw.finish_field()


_CHUNK = 20_000  # terms converted to Python lists at a time: bounds the memory of a segment's flush


class _TermsOut:
    """Appends terms to a W3FieldWriter's terms file (OrderedHashWriter.add, in one write per chunk) and
    their posting blocks to its postings file (W3PostingsWriter's bytes)."""

    def __init__(self, fw, blocklimit: int):
        self.fieldkey = pack_ushort(fw._fieldid)
        self.postfile, self.tindex = fw._postfile, fw._tindex
        self.offset, self.tpos = self.postfile.tell(), self.tindex.dbfile.tell()
        self.blocklimit = blocklimit
        self.key = b""

    def write(self, terms: list[str], bounds: np.ndarray, docs: np.ndarray, counts: np.ndarray,
              lbytes: np.ndarray) -> None:
        weights = counts.astype(np.float64)
        # blocks: each term's postings cut every ``blocklimit``
        df = np.diff(bounds)
        first = np.repeat(bounds[:-1], df)
        starts = np.flatnonzero((np.arange(len(docs), dtype=np.int64) - first) % self.blocklimit == 0)
        ends = np.append(starts[1:], len(docs))
        deltas = docs.copy()
        deltas[1:] -= docs[:-1]
        deltas[starts] = docs[starts]
        b_maxw = np.maximum.reduceat(weights, starts).tolist()
        b_minl = np.minimum.reduceat(lbytes, starts).tolist()
        b_maxl = np.maximum.reduceat(lbytes, starts).tolist()
        b_last = docs[ends - 1].tolist()
        t_first = bounds[:-1]
        t_total = np.add.reduceat(weights, t_first).tolist()
        t_maxw = np.maximum.reduceat(weights, t_first).tolist()
        t_minl = np.minimum.reduceat(lbytes, t_first).tolist()
        t_maxl = np.maximum.reduceat(lbytes, t_first).tolist()
        t_ids = docs[t_first].tolist()
        t_last = docs[bounds[1:] - 1].tolist()
        t_blocks = np.searchsorted(starts, bounds).tolist()  # block index range of each term
        d_l, w_l, starts_l, ends_l, df_l = deltas.tolist(), weights.tolist(), starts.tolist(), ends.tolist(), df.tolist()

        buckets, tindex_pos, fieldkey = self.tindex.buckets, self.tindex.index, self.fieldkey
        offset, tpos = self.offset, self.tpos
        out: list[bytes] = []
        tout: list[bytes] = []
        key = self.key
        for i, term in enumerate(terms):
            start = offset
            out.append(WHOOSH3_HEADER_MAGIC)
            offset += 4
            j0, j1 = t_blocks[i], t_blocks[i + 1]
            for j in range(j0, j1):
                s, e = starts_l[j], ends_l[j]
                ws = w_l[s:e]
                n = e - s
                wmini = None if ws.count(1.0) == n else ws[0] if ws.count(ws[0]) == n else tuple(ws)
                data = dumps((tuple(d_l[s:e]), wmini, None), 2)
                info = dumps((n, b_last[j], b_maxw[j], 0, b_minl[j], b_maxl[j]), 2)
                size = len(info) + len(data)
                out += (pack_int(-size if j == j1 - 1 else size), info, data)
                offset += 4 + size
            value = _TERMINFO.pack(0, t_total[i], df_l[i], t_minl[i], t_maxl[i],
                                   t_maxw[i], t_ids[i], t_last[i]) + pack_long(start) + pack_int(offset - start)
            key = fieldkey + term.encode("utf-8")
            tout += (_LENGTHS.pack(len(key), len(value)), key, value)
            buckets[(h := _md5(key)) & 255].append((h, tpos))
            tindex_pos.append(tpos)
            tpos += 8 + len(key) + len(value)
        self.postfile.write(b"".join(out))
        self.tindex.dbfile.write(b"".join(tout))
        self.offset, self.tpos, self.key = offset, tpos, key

    def close(self) -> None:
        self.tindex.lastkey = self.key


def _read_field(reader, name: str) -> tuple[list[str], list[int], np.ndarray, np.ndarray]:
    """A segment's postings of one field in term order, read straight from its files (the reverse of
    ``_write_field``): (term texts, postings per term, document numbers, counts)."""
    terms = reader._terms
    fieldnum = terms._fieldmap.get(name)
    if fieldnum is None:
        return [], [], np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint32)
    prefix = pack_ushort(fieldnum)
    postfile = terms._postfile
    texts, sizes, ids, ws = [], [], array("I"), array("d")
    for key, value in terms._tindex.items_from(prefix):
        if key[:2] != prefix:
            break
        texts.append(key[2:].decode("utf-8"))
        if value[0]:  # inlined postings (not written by W3 with inlinelimit 1; read them Whoosh's way)
            d, w, _ = W3TermInfo.from_bytes(value).inlined_postings()
            ids.extend(d)
            ws.extend(w)
            sizes.append(len(d))
            continue
        offset, length = _EXTENT.unpack_from(value, _TERMINFO.size)
        raw = postfile.get(offset, length)
        p, n = 4, 0  # after the magic
        while True:
            size = int.from_bytes(raw[p:p + 4], "big", signed=True)
            f = BytesIO(raw[p + 4:p + 4 + abs(size)])
            info = load(f)
            deltas, w, _ = load(f)
            ids.extend(accumulate(deltas))
            ws.extend(repeat(1.0 if w is None else w, info[0]) if w is None or isinstance(w, float) else w)
            n += info[0]
            p += 4 + abs(size)
            if size < 0:
                break
        sizes.append(n)
    return texts, sizes, np.frombuffer(ids, dtype=np.uint32).astype(np.int64), np.frombuffer(ws).astype(np.uint32)


def _md5(key: bytes) -> int:  # filetables.md5_hash
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")


def _length_bytes(lengths: np.ndarray) -> np.ndarray:
    """``length_to_byte`` of each length."""
    return np.minimum(np.searchsorted(_LENGTH_CACHE, lengths, side="left"), 255).astype(np.uint8)


__all__ = ["BULK_FIELDS", "BulkWriter"]
