"""The store: one SQLite database (WAL) under the data folder. It owns every byte on disk.

Each document is written in one transaction with its references and figures, so a crash or a
kill -9 mid-run leaves the last committed state; the next build finishes the job.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from corpus.document import Document, Metadata
from extractors.models import Extraction, Figure, Reference
from extractors.symbols import number_key

DB_NAME = "vanban.sqlite"
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT, number TEXT, number_key TEXT, date TEXT, issuer TEXT, place TEXT, title TEXT, signer TEXT,
    text TEXT NOT NULL,
    pages INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0,
    page_confidence TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    extractor_version TEXT NOT NULL,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_number_key ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS refs (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT, number TEXT, number_key TEXT, date TEXT, issuer TEXT, title TEXT,
    antecedent TEXT, resolved_to INTEGER,
    data TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS refs_number_key ON refs(number_key);
CREATE TABLE IF NOT EXISTS figures (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL NOT NULL, value_max REAL, unit TEXT NOT NULL, qualifier TEXT NOT NULL,
    indicator TEXT, scope TEXT, period TEXT, kind TEXT, parent TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def default_data_dir() -> Path:
    return Path(os.environ.get("VANBAN_DATA") or "vanban-data")


class StoreError(Exception):
    pass


class Store:
    """Documents, references and figures in ``<data>/vanban.sqlite``."""

    def __init__(self, data_dir: str | os.PathLike | None = None, create: bool = True):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.path = self.data_dir / DB_NAME
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run 'vanban build PATHS' first (or pass --data DIR)")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from None
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path} is not a vanban store ({e})") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- writing -----------------------------------------------------------------------------

    def is_current(self, source: str, sha256: str, extractor_version: str) -> bool:
        row = self.db.execute("SELECT sha256, extractor_version FROM documents WHERE source = ?",
                              (source,)).fetchone()
        return bool(row) and row["sha256"] == sha256 and row["extractor_version"] == extractor_version

    def put(self, doc: Document, extraction: Extraction, extractor_version: str) -> int:
        """Store (or replace) one document with its references and figures, atomically."""
        md = doc.metadata
        with self.transaction() as db:
            row = db.execute("SELECT id FROM documents WHERE source = ?", (doc.source,)).fetchone()
            values = (doc.sha256, doc.format, doc.kind, md.type, md.number,
                      number_key(md.number) if md.number else None, md.date, md.issuer, md.place, md.title,
                      md.signer, doc.text, doc.pages, int(doc.ocr), json.dumps(doc.page_confidence),
                      json.dumps(doc.warnings, ensure_ascii=False), extractor_version)
            if row:
                doc_id = row["id"]
                db.execute("DELETE FROM refs WHERE doc_id = ?", (doc_id,))
                db.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
                db.execute(
                    "UPDATE documents SET sha256=?, format=?, kind=?, type=?, number=?, number_key=?, date=?,"
                    " issuer=?, place=?, title=?, signer=?, text=?, pages=?, ocr=?, page_confidence=?, warnings=?,"
                    " extractor_version=?, stored_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id=?",
                    values + (doc_id,))
            else:
                cur = db.execute(
                    "INSERT INTO documents (sha256, format, kind, type, number, number_key, date, issuer, place,"
                    " title, signer, text, pages, ocr, page_confidence, warnings, extractor_version, source)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values + (doc.source,))
                doc_id = cur.lastrowid
            db.executemany(
                'INSERT INTO refs (doc_id, id, start, "end", text, type, number, number_key, date, issuer, title,'
                " antecedent, resolved_to, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, r.id, r.start, r.end, r.text, r.type, r.number,
                  number_key(r.number) if r.number else None, r.date, r.issuer, r.title, r.antecedent, None,
                  json.dumps(r.to_dict(), ensure_ascii=False)) for r in extraction.references])
            db.executemany(
                'INSERT INTO figures (doc_id, id, start, "end", text, value, value_max, unit, qualifier, indicator,'
                " scope, period, kind, parent, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, f.id, f.start, f.end, f.text, f.value, f.value_max, f.unit, f.qualifier, f.indicator,
                  f.scope, f.period, f.kind, f.parent, json.dumps(f.to_dict(), ensure_ascii=False))
                 for f in extraction.figures])
        return doc_id

    # -- reading -----------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self, with_text: bool = False) -> Iterator[sqlite3.Row]:
        cols = "*" if with_text else ", ".join(c for c in DOC_COLUMNS)
        yield from self.db.execute(f"SELECT {cols} FROM documents ORDER BY id")

    def get(self, doc_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()

    def find(self, key: str) -> list[sqlite3.Row]:
        """Documents named by ``key``: an id, a source path (or its file name), or a number."""
        key = key.strip()
        if key.isdigit():
            row = self.get(int(key))
            if row:
                return [row]
        rows = self.db.execute("SELECT * FROM documents WHERE source = ?", (key,)).fetchall()
        if not rows:
            absolute = str(Path(key).resolve()) if key else key
            rows = self.db.execute("SELECT * FROM documents WHERE source = ? OR source LIKE ? ORDER BY id",
                                   (absolute, "%/" + Path(key).name)).fetchall() if Path(key).name else []
        if not rows:
            rows = self.db.execute("SELECT * FROM documents WHERE number_key = ? ORDER BY id",
                                   (number_key(key),)).fetchall()
        return rows

    def references(self, doc_id: int) -> list[dict]:
        return [json.loads(r["data"]) | {"resolved_to": r["resolved_to"]} for r in self.db.execute(
            'SELECT data, resolved_to FROM refs WHERE doc_id = ? ORDER BY start, "end"', (doc_id,))]

    def figures(self, doc_id: int) -> list[dict]:
        return [json.loads(r["data"]) for r in self.db.execute(
            'SELECT data FROM figures WHERE doc_id = ? ORDER BY start, "end"', (doc_id,))]

    def stats(self) -> dict:
        db = self.db
        by_type = {(r[0] or "(unknown)"): r[1] for r in db.execute(
            "SELECT type, count(*) FROM documents GROUP BY type ORDER BY count(*) DESC, type")}
        by_kind = {r[0]: r[1] for r in db.execute("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind")}
        by_format = {r[0]: r[1] for r in db.execute(
            "SELECT format, count(*) FROM documents GROUP BY format ORDER BY format")}
        return {
            "documents": self.count(),
            "references": db.execute("SELECT count(*) FROM refs").fetchone()[0],
            "figures": db.execute("SELECT count(*) FROM figures").fetchone()[0],
            "characters": db.execute("SELECT coalesce(sum(length(text)), 0) FROM documents").fetchone()[0],
            "by_kind": by_kind,
            "by_type": by_type,
            "by_format": by_format,
            "data": str(self.data_dir),
        }


DOC_COLUMNS = ("id", "source", "sha256", "format", "kind", "type", "number", "date", "issuer", "place", "title",
               "signer", "pages", "ocr", "warnings", "extractor_version", "stored_at")


def row_metadata(row: sqlite3.Row) -> Metadata:
    return Metadata(type=row["type"], number=row["number"], date=row["date"], issuer=row["issuer"],
                    place=row["place"], title=row["title"], signer=row["signer"])


__all__ = ["Store", "StoreError", "default_data_dir", "row_metadata", "DOC_COLUMNS", "Reference", "Figure"]
