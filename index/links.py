"""Links across the corpus: references resolved to stored documents, the citation graph, and
results linked to the plans and targets they report on.

``refresh(store)`` recomputes everything when the stored documents changed (it is cheap to call:
it compares a fingerprint first): it sets ``refs.resolved_to`` and fills the ``links`` table.
The reasoning lives in the pure modules ``extractors.resolve``, ``extractors.checks`` and
``extractors.progress``; this module only gathers the corpus and persists.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field, fields
from typing import Callable, Iterable

from extractors.checks import check_references, line_of
from extractors.models import Figure, Reference
from extractors.progress import (cited_plan_numbers, clause_before, in_document, match_target, plan_targets, source_plans,
                                 target_link)
from extractors.resolve import Known, Resolution, index_known, resolve_references
from extractors.symbols import number_key

LINKS_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    figure_id TEXT NOT NULL,
    kind TEXT NOT NULL,           -- 'plan': a result -> the reference of its source plan;
                                  -- 'target': a result -> the target it reports on
    ref_id TEXT,                  -- 'plan': the reference in doc_id
    plan_doc INTEGER,             -- the plan document when it is in the corpus
    target_doc INTEGER, target_figure TEXT,
    status TEXT, score REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS links_doc ON links(doc_id, figure_id);
CREATE INDEX IF NOT EXISTS links_target ON links(target_doc, target_figure);
CREATE INDEX IF NOT EXISTS refs_resolved ON refs(resolved_to);
"""

# Types that ask, report or announce rather than set out a programme of their own.
NOT_PROGRAMMES = frozenset({"Công văn", "Báo cáo", "Thông báo", "Tờ trình", "Công điện", "Giấy phép"})
_REF_FIELDS = {f.name for f in fields(Reference)}
_FIG_FIELDS = {f.name for f in fields(Figure)}


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)


def reference_from(data: dict) -> Reference:
    return Reference(**{k: v for k, v in data.items() if k in _REF_FIELDS})


def figure_from(data: dict) -> Figure:
    return Figure(**{k: v for k, v in data.items() if k in _FIG_FIELDS})


@dataclass
class Entry:
    """One document of the corpus being linked."""

    known: Known
    text: str = ""
    refs: list[Reference] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    kind: str = "document"
    resolutions: list[Resolution] = field(default_factory=list)


class Corpus:
    """The documents being linked, in memory, with the lookups the pure resolvers take."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries = {e.known.id: e for e in entries}
        self.by_number, self.by_type = index_known(e.known for e in self.entries.values())
        self._implementers: dict[str, list] | None = None
        self._targets: dict = {}
        # Set when the entries were loaded without their texts: fetches one text when it is needed.
        self.fetch_text: Callable[[int], str] | None = None

    def targets(self, doc_id) -> list[Figure]:
        """What a plan document sets out to reach (see ``extractors.progress.plan_targets``)."""
        if doc_id not in self._targets:
            e = self.entries[doc_id]
            text = e.text or (self.fetch_text(doc_id) if self.fetch_text else "")
            self._targets[doc_id] = plan_targets(text, e.figures)
        return self._targets[doc_id]

    def resolve(self, e: Entry) -> list[Resolution]:
        e.resolutions = resolve_references(e.refs, self.by_number, self.by_type, exclude=e.known.id,
                                           before=e.known.date, citing=e.known)
        return e.resolutions

    def implementers(self) -> dict[str, list]:
        """number key -> documents whose title says they carry it out or amend it."""
        if self._implementers is None:
            imp: dict[str, list] = {}
            for e in self.entries.values():
                if e.known.type in NOT_PROGRAMMES:
                    continue
                implements, amends = cited_plan_numbers(e.known.title)
                for n in implements + amends:
                    imp.setdefault(number_key(n), []).append(e.known.id)
            self._implementers = imp
        return self._implementers

    def plan_pool(self, ref: Reference, resolved: Known | None, exclude) -> list:
        """Documents whose targets a result reported under ``ref`` may answer: the plan itself and
        the programmes that implement or amend it (two steps: NQ 57 -> NQ 03/NQ-CP), also when the
        plan is known only by what its title says (NQ 71/NQ-CP 'sửa đổi ... thực hiện Nghị quyết số
        57-NQ/TW')."""
        keys = []
        if ref.number and ("/" in ref.number or "-" in ref.number):
            keys.append(number_key(ref.number))
        implements, amends = cited_plan_numbers(ref.title)
        keys += [number_key(n) for n in implements + amends]
        pool = [resolved.id] if resolved else []
        for k in keys:
            pool += [d.id for d in self.by_number(k)]
        if resolved and resolved.number:
            keys.append(number_key(resolved.number))
        imp = self.implementers()
        # Programmes implementing the plan count even when the plan's own text is not stored.
        frontier_keys = set(keys)
        seen_keys = set(keys)
        for _ in range(2):
            nxt = set()
            for k in frontier_keys:
                for other in imp.get(k, []):
                    if other not in pool:
                        pool.append(other)
                    number = self.entries[other].known.number
                    if number and number_key(number) not in seen_keys:
                        nxt.add(number_key(number))
            seen_keys |= nxt
            frontier_keys = nxt
        return [d for d in dict.fromkeys(pool) if d != exclude]

    def _implements(self, e: Entry, pool: list, ref: Reference | None = None) -> bool:
        """Whether ``e`` is itself one of the programmes carrying out the plan ``ref`` names."""
        implements, amends = cited_plan_numbers(e.known.title)
        mine = {number_key(n) for n in implements + amends}
        if ref is not None and ref.number and number_key(ref.number) in mine:
            return True
        return any(self.entries[d].known.number and number_key(self.entries[d].known.number) in mine for d in pool)

    def link(self, e: Entry) -> list[dict]:
        """Link rows for one document: plan links, then target links (across documents first, the
        document's own targets when no plan answers)."""
        if not e.resolutions:
            self.resolve(e)
        res = {r.ref_id: r for r in e.resolutions}
        refs = {r.id: r for r in e.refs}
        rows: list[dict] = []
        plans_of: dict[str, list] = {}
        for pl in source_plans(e.text, e.refs, e.figures):
            r = res.get(pl.ref_id)
            plan_doc = r.doc_id if r else None
            rows.append({"figure_id": pl.figure_id, "kind": "plan", "ref_id": pl.ref_id, "plan_doc": plan_doc,
                         "target_doc": None, "target_figure": None, "status": None, "score": pl.score,
                         "data": pl.to_dict() | {"plan": _plan_name(refs[pl.ref_id])}})
            plans_of.setdefault(pl.figure_id, []).append(pl.ref_id)
        own = {t.result_id: t for t in in_document(e.text, e.figures, e.known.type)}
        pools: dict[str, list] = {}
        def pool_of(ref_id):
            if ref_id not in pools:
                r = res.get(ref_id)
                pool = self.plan_pool(refs[ref_id], r.doc if r else None, e.known.id)
                # A programme carrying out a plan restates its goals; it does not report on them.
                pools[ref_id] = [] if self._implements(e, pool, refs[ref_id]) else pool
            return pools[ref_id]

        all_plans = list(dict.fromkeys(p for ps in plans_of.values() for p in ps))
        for f in e.figures:
            if f.kind != "result":
                continue
            best = None
            context = clause_before(e.text, f)
            # Its own plans first; then, discounted, any plan the document reports under.
            own_plans = plans_of.get(f.id, [])
            for ref_id, weight in [(p, 1.0) for p in own_plans] + [(p, 0.9) for p in all_plans if p not in own_plans]:
                for doc_id in pool_of(ref_id):
                    m = match_target(f, self.targets(doc_id), context)
                    if m and (best is None or m[1] * weight > best[2]):
                        best = (doc_id, m[0], m[1] * weight, ref_id)
            if best:
                doc_id, t, score, ref_id = best
                tl = target_link(f, t, score)
                rows.append({"figure_id": f.id, "kind": "target", "ref_id": ref_id, "plan_doc": doc_id,
                             "target_doc": doc_id, "target_figure": t.id, "status": tl.status, "score": tl.score,
                             "data": tl.to_dict() | {"plan": self.entries[doc_id].known.number}})
            if f.id in own:
                tl = own[f.id]
                rows.append({"figure_id": f.id, "kind": "target", "ref_id": None, "plan_doc": e.known.id,
                             "target_doc": e.known.id if tl.target_id else None, "target_figure": tl.target_id,
                             "status": tl.status, "score": tl.score,
                             "data": tl.to_dict() | {"plan": "(this document)"}})
        return rows

    def problems(self, e: Entry) -> list[dict]:
        if not e.resolutions:
            self.resolve(e)
        targets = {r.ref_id: r.doc for r in e.resolutions}
        return [p.to_dict() for p in check_references(e.text, e.refs, targets, e.known.date)]


def _plan_name(ref: Reference) -> str:
    return ref.number if ref.number and ("/" in ref.number or "-" in ref.number) else ref.text


# -- the store side ----------------------------------------------------------------------------------

def _known(row) -> Known:
    return Known(row["id"], row["type"], row["number"], row["date"], row["issuer"], row["title"], row["source"],
                 row["place"])


def load_corpus(store, with_text: bool = True, exclude_sources: Iterable[str] = ()) -> Corpus:
    db = store.db
    skip = set(exclude_sources)
    cols = "id, type, number, date, issuer, title, source, place, kind" + (", text" if with_text else "")
    entries = {}
    for row in db.execute(f"SELECT {cols} FROM documents ORDER BY id"):
        if row["source"] in skip:
            continue
        entries[row["id"]] = Entry(_known(row), row["text"] if with_text else "", kind=row["kind"])
    for row in db.execute('SELECT doc_id, data FROM refs ORDER BY doc_id, start, "end"'):
        if row["doc_id"] in entries:
            entries[row["doc_id"]].refs.append(reference_from(json.loads(row["data"])))
    for row in db.execute('SELECT doc_id, data FROM figures ORDER BY doc_id, start, "end"'):
        if row["doc_id"] in entries:
            entries[row["doc_id"]].figures.append(figure_from(json.loads(row["data"])))
    return Corpus(entries.values())


def _linking_code() -> bytes:
    """The source of the linking modules: a change to them re-links without re-reading."""
    from pathlib import Path
    here = Path(__file__).resolve()
    files = [here] + [here.parent.parent / "extractors" / n for n in ("resolve.py", "checks.py", "progress.py")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def fingerprint(store) -> str:
    h = hashlib.sha256(LINKS_VERSION.encode())
    h.update(_linking_code())
    for row in store.db.execute("SELECT id, sha256, extractor_version FROM documents ORDER BY id"):
        h.update(f"{row[0]}:{row[1]}:{row[2]};".encode())
    return h.hexdigest()[:16]


def refresh(store, force: bool = False) -> bool:
    """Resolve every stored reference and recompute every link, when the store changed since the
    last time (or ``force``). True when it recomputed."""
    db = store.db
    ensure_schema(db)
    fp = fingerprint(store)
    row = db.execute("SELECT value FROM meta WHERE key = 'links_state'").fetchone()
    if row and row[0] == fp and not force:
        return False
    # Texts are read one document at a time, so memory does not grow with the corpus.
    corpus = load_corpus(store, with_text=False)

    def fetch_text(doc_id: int) -> str:
        return db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]

    corpus.fetch_text = fetch_text
    with store.transaction():
        db.execute("UPDATE refs SET resolved_to = NULL")
        db.execute("DELETE FROM links")
        for doc_id, e in corpus.entries.items():
            updates = [(r.doc_id, doc_id, r.ref_id) for r in corpus.resolve(e) if r.doc_id is not None]
            db.executemany("UPDATE refs SET resolved_to = ? WHERE doc_id = ? AND id = ?", updates)
        for doc_id, e in corpus.entries.items():
            e.text = fetch_text(doc_id)
            rows = corpus.link(e)
            e.text = ""
            db.executemany(
                "INSERT INTO links (doc_id, figure_id, kind, ref_id, plan_doc, target_doc, target_figure, status,"
                " score, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, r["figure_id"], r["kind"], r["ref_id"], r["plan_doc"], r["target_doc"], r["target_figure"],
                  r["status"], r["score"], json.dumps(r["data"], ensure_ascii=False)) for r in rows])
        db.execute("INSERT OR REPLACE INTO meta VALUES ('links_state', ?)", (fp,))
    return True


def after_build(store) -> bool:
    """``refresh`` once a build stored documents. A failure here must not undo a build that
    stored everything: the link commands refresh again and report it."""
    try:
        return refresh(store)
    except Exception:  # noqa: BLE001 - see above
        return False


def _doc_brief(row) -> dict:
    return {"id": row["id"], "number": row["number"], "type": row["type"], "date": row["date"],
            "issuer": row["issuer"], "source": row["source"]}


def cites(store, doc_id: int) -> list[dict]:
    """What one stored document cites: each reference with the corpus document it resolved to."""
    refresh(store)
    text = store.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    out = []
    for r in store.db.execute(
            'SELECT r.id, r.start, r."end", r.text, r.type, r.number, r.date, r.issuer, r.title, r.resolved_to,'
            " d.number AS target_number, d.source AS target_source FROM refs r LEFT JOIN documents d"
            ' ON d.id = r.resolved_to WHERE r.doc_id = ? ORDER BY r.start, r."end"', (doc_id,)):
        out.append({"id": r["id"], "line": line_of(text, r["start"]), "text": r["text"], "type": r["type"],
                    "number": r["number"], "date": r["date"], "issuer": r["issuer"], "title": r["title"],
                    "resolved_to": r["resolved_to"], "target_number": r["target_number"],
                    "target_source": r["target_source"], "start": r["start"], "end": r["end"]})
    return out


def cited_by(store, key: str) -> dict:
    """Who cites the document ``key`` names (an id, a path, or a number, also one not in the
    corpus): each citing document with its source and the citing mentions, short forms included."""
    refresh(store)
    db = store.db
    targets = store.find(key)
    ids = [t["id"] for t in targets]
    nkey = number_key(targets[0]["number"]) if targets and targets[0]["number"] else number_key(key)
    marks = ",".join("?" * len(ids)) or "NULL"
    rows = db.execute(
        f'SELECT doc_id, id, start, "end", text, antecedent, resolved_to, number_key FROM refs'
        f" WHERE resolved_to IN ({marks}) OR number_key = ? OR antecedent IS NOT NULL"
        f' ORDER BY doc_id, start, "end"', (*ids, nkey)).fetchall()
    direct = {(r["doc_id"], r["id"]) for r in rows if r["resolved_to"] in ids or r["number_key"] == nkey}
    hits = [r for r in rows if (r["doc_id"], r["id"]) in direct or (r["doc_id"], r["antecedent"]) in direct]
    by_doc: dict[int, list] = {}
    for r in hits:
        if r["doc_id"] in ids:
            continue  # a document naming itself
        by_doc.setdefault(r["doc_id"], []).append(r)
    out = []
    for doc_id, mentions in by_doc.items():
        d = store.get(doc_id)
        out.append(_doc_brief(d) | {"mentions": [
            {"id": m["id"], "line": line_of(d["text"], m["start"]), "start": m["start"], "end": m["end"],
             "text": m["text"]} for m in mentions]})
    out.sort(key=lambda d: (d["date"] or "", d["source"]))
    # Copies of one text (a .docx and a .txt of one decree) count once.
    distinct = len({number_key(d["number"]) if d["number"] else d["source"] for d in out})
    return {"target": [_doc_brief(t) for t in targets], "key": key, "in_corpus": bool(targets), "citing": out,
            "distinct_documents": distinct}


def progress(store, plan_key: str) -> dict:
    """A plan's targets (its own and those of the programmes implementing it) with every result
    reported against them across the corpus, oldest first."""
    refresh(store)
    db = store.db
    plans = store.find(plan_key)
    if not plans:
        return {"plan": plan_key, "in_corpus": False, "documents": [], "rows": []}
    corpus = load_corpus(store)
    pool: list = []
    for p in plans:
        ref = Reference(0, 0, p["number"] or "", number=p["number"], id="plan")
        pool += corpus.plan_pool(ref, corpus.entries[p["id"]].known, None)
    pool = list(dict.fromkeys(pool))
    rows = []
    for doc_id in pool:
        e = corpus.entries[doc_id]
        for t in corpus.targets(doc_id):
            base = {"plan_doc": doc_id, "plan": e.known.number, "target_id": t.id, "indicator": t.indicator,
                    "target_qualifier": t.qualifier, "target_value": t.value, "target_value_max": t.value_max,
                    "unit": t.unit, "target_period": t.period, "target_text": t.text}
            found = db.execute(
                "SELECT l.doc_id, l.figure_id, l.status, l.score, d.date, d.number, d.source, f.value, f.text,"
                " f.period, f.indicator FROM links l JOIN documents d ON d.id = l.doc_id JOIN figures f"
                " ON f.doc_id = l.doc_id AND f.id = l.figure_id WHERE l.kind = 'target' AND l.target_doc = ?"
                " AND l.target_figure = ? ORDER BY coalesce(d.date, '9999'), d.id, f.start", (doc_id, t.id)).fetchall()
            if not found:
                rows.append(base | {"result_doc": None, "result_date": None, "result_number": None, "reported_in": None,
                                    "result_value": None, "result_text": None, "result_period": None,
                                    "result_indicator": None, "status": None, "score": None, "result_source": None})
            for r in found:
                rows.append(base | {"result_doc": r["doc_id"], "result_date": r["date"], "result_number": r["number"],
                                    "reported_in": r["number"] or r["source"].rsplit("/", 1)[-1],
                                    "result_value": r["value"], "result_text": r["text"], "result_period": r["period"],
                                    "result_indicator": r["indicator"], "status": r["status"], "score": r["score"],
                                    "result_source": r["source"]})
    docs = [_doc_brief(store.get(d)) for d in pool]
    return {"plan": plan_key, "in_corpus": True, "documents": docs, "rows": rows}


def figure_links(store, doc_id: int) -> list[dict]:
    refresh(store)
    return [json.loads(r["data"]) | {"figure_id": r["figure_id"], "kind": r["kind"], "ref_id": r["ref_id"],
                                     "plan_doc": r["plan_doc"], "target_doc": r["target_doc"],
                                     "target_figure": r["target_figure"], "status": r["status"], "score": r["score"]}
            for r in store.db.execute("SELECT * FROM links WHERE doc_id = ? ORDER BY rowid", (doc_id,))]


__all__ = ["Corpus", "Entry", "SCHEMA", "after_build", "cited_by", "cites", "ensure_schema", "figure_links", "fingerprint",
           "load_corpus", "progress", "refresh"]
