"""``vanban build``: read files, extract, and store them, incrementally and crash-safe."""
from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from corpus import SUFFIXES, ReadError, read_document
from corpus.readers import check_file, sha256_file
from extractors import EXTRACTOR_VERSION, extract

from .store import Store


@dataclass
class BuildSummary:
    stored: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0  # files in folders that vanban does not read (.md, .tsv, ...)
    by_type: Counter = field(default_factory=Counter)
    bytes: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"stored": self.stored, "unchanged": self.unchanged, "skipped": self.skipped,
                "failed": [{"source": s, "reason": r} for s, r in self.failed],
                "by_type": dict(self.by_type.most_common()), "bytes": self.bytes,
                "seconds": round(self.seconds, 3)}


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str | None]]:
    """Every readable file under ``paths`` (recursively, sorted) with None, or a path with a reason
    it cannot be read. Files of other types inside folders are passed over, with reason 'skip'."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            try:
                entries = sorted(p.rglob("*"))
            except OSError as e:
                yield p, f"cannot list folder ({e.strerror or e})"
                continue
            for f in entries:
                if not f.is_dir():  # files, broken links, FIFOs: the reader names what is wrong
                    yield (f, None) if f.suffix.lower() in SUFFIXES else (f, "skip")
        elif p.exists() or p.is_symlink():
            yield p, None
        else:
            yield p, "no such file or folder"


def analyse(path: str | os.PathLike, source: str | None = None, ocr: str = "auto"):
    """Read and extract one file: (Document, Extraction). Raises ReadError."""
    doc = read_document(path, source=source, ocr=ocr)
    return doc, extract(doc.text, doc.metadata)


def _work(args):
    path, source, ocr = args
    try:
        doc, ex = analyse(path, source, ocr)
        return source, doc, ex, None
    except ReadError as e:
        return source, None, None, str(e)
    except MemoryError:
        return source, None, None, "out of memory"
    except Exception as e:  # a bug of ours must not stop the build: name it, go on
        tb = traceback.extract_tb(e.__traceback__)[-1]
        return source, None, None, f"internal error {type(e).__name__}: {e} ({Path(tb.filename).name}:{tb.lineno})"


def build(paths: Iterable[str | os.PathLike], store: Store, jobs: int = 1, ocr: str = "auto",
          progress: Callable[[str], None] | None = None, force: bool = False,
          on_stored: Callable[[int], None] | None = None) -> BuildSummary:
    """Read, extract and store every file under ``paths``. Unchanged files (same bytes, same
    extractor version) are passed over; each document is committed on its own."""
    t0 = time.perf_counter()
    summary = BuildSummary()
    todo: list[tuple[str, str, str]] = []
    for path, reason in iter_files(paths):
        source = str(path.resolve()) if path.exists() else str(path)
        if reason == "skip":
            summary.skipped += 1
            continue
        if reason:
            summary.failed.append((str(path), reason))
            continue
        try:
            summary.bytes += check_file(path)  # a dangling link, a FIFO, an empty file: named, not read
            digest = sha256_file(path)
        except ReadError as e:
            summary.failed.append((str(path), str(e)))
            continue
        except OSError as e:
            summary.failed.append((str(path), (e.strerror or str(e)).lower()))
            continue
        if not force and store.is_current(source, digest, EXTRACTOR_VERSION):
            summary.unchanged += 1
            if progress:
                progress(source)
            continue
        todo.append((str(path), source, ocr))

    def results():
        if jobs <= 1 or len(todo) <= 1:
            yield from map(_work, todo)
        else:
            ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            with ctx.Pool(jobs, maxtasksperchild=50) as pool:
                yield from pool.imap_unordered(_work, todo, chunksize=1)

    for source, doc, ex, error in results():
        if error:
            summary.failed.append((source, error))
        else:
            doc_id = store.put(doc, ex, EXTRACTOR_VERSION)
            summary.stored += 1
            summary.by_type[doc.metadata.type or ("news" if doc.kind == "news" else "(unknown type)")] += 1
            if on_stored:
                on_stored(doc_id)
        if progress:
            progress(source)
    if summary.stored:
        from .links import after_build; after_build(store)  # resolve references, link results (issue 6)
    summary.seconds = time.perf_counter() - t0
    return summary


def count_files(paths) -> int:
    return sum(1 for _, reason in iter_files(paths) if reason != "skip")
