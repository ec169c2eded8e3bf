"""Read one file into one normalized :class:`Document`: txt, pdf, docx, html (and .doc).

Each reader returns raw text; :func:`read_document` normalizes it once and reads the header.
A file that cannot be read raises :class:`ReadError` with a one-line reason.

Text files are streamed: the bytes are hashed and checked in 1 MiB chunks, then decoded and
normalized line by line, so a 50 MB file is held once (as its normalized text), not four times.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
from pathlib import Path
from typing import Iterator

from .document import Document
from .errors import NeedsOCR, ReadError
from .metadata import read_metadata
from .normalize import normalize_blocks, normalize_text

SUFFIXES = {".txt": "txt", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".doc": "doc"}
CHUNK = 1 << 20
MAX_BYTES = 512 * CHUNK  # a "document" larger than this is not one; refuse rather than exhaust memory
# Letters only Vietnamese uses: a decoded text with none of them is not Vietnamese.
VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def sha256_file(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def decode_text(data: bytes, path: Path | str = "") -> str:
    """Bytes of a .txt file to str: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1258."""
    enc = detect_encoding_from(data[:4], [data], path)
    return data.decode(enc)


def detect_encoding_from(head: bytes, chunks, path) -> str:
    """The encoding of the bytes ``chunks`` (``head``: the first bytes, for a BOM); ReadError if none fits."""
    if head.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16"
    else:
        enc = "utf-8"
    decoder = codecs.getincrementaldecoder(enc)()
    offset = 0
    first = b""
    try:
        for i, chunk in enumerate(chunks):
            if i == 0:
                first = chunk[:CHUNK]
                if enc == "utf-8" and b"\x00" in chunk[:65536]:
                    raise ReadError(path, "binary file, not text (NUL bytes)")
            text = decoder.decode(chunk)
            if i == 0 and CONTROL.search(text[:65536]):
                raise ReadError(path, "binary file, not text (control characters)")
            offset += len(chunk)
        decoder.decode(b"", final=True)
        return enc
    except UnicodeDecodeError as e:
        if enc == "utf-16":
            raise ReadError(path, f"not valid UTF-16 text ({e.reason} at byte {offset + e.start})") from None
        error_at = offset + e.start
    # Not UTF-8: TCVN3 or VNI (legacy 8-bit Vietnamese, which Windows-1258 would wrongly accept), then
    # Windows-1258 (the Vietnamese ANSI code page) if it gives Vietnamese text.
    from .legacy import detect_bytes

    legacy = detect_bytes(first)
    if legacy:
        return legacy
    try:
        sample = first.decode("cp1258")
    except UnicodeDecodeError:
        sample = None
    if sample is not None and VI_LETTERS.search(sample) and not CONTROL.search(sample):
        return "cp1258"
    raise ReadError(path, f"not UTF-8, UTF-16 or Windows-1258 text (undecodable byte at {error_at})")


def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        yield from iter(lambda: f.read(CHUNK), b"")


def detect_encoding(path: Path) -> str:
    """The encoding of a text file, checked over all of it in chunks (nothing is kept)."""
    with open(path, "rb") as f:
        head = f.read(4)
    return detect_encoding_from(head, _file_chunks(path), path)


def iter_blocks(path: Path, encoding: str, size: int = CHUNK) -> Iterator[str]:
    """The decoded text of a file in blocks of whole lines (about ``size`` characters), streamed."""
    with open(path, "rb") as raw:
        with io.TextIOWrapper(raw, encoding=encoding, newline=None) as f:
            rest = ""
            while True:
                piece = f.read(size)
                if not piece:
                    break
                piece = rest + piece
                cut = piece.rfind("\n") + 1
                if cut == 0:
                    rest = piece
                    continue
                rest = piece[cut:]
                yield piece[:cut]
            if rest:
                yield rest


def read_txt(path: Path) -> str:
    """A text file, decoded and normalized as it streams (the returned text is already normal)."""
    return normalize_blocks(iter_blocks(path, detect_encoding(path)))


def read_pdf(path: Path, ocr: str = "auto", progress=None):
    from .pdf import pdf_text

    return pdf_text(path, ocr=ocr, progress=progress)


def read_docx(path: Path) -> str:
    from .office import docx_text

    return docx_text(path)


def read_html(path: Path) -> str:
    from .html import html_text

    return html_text(decode_html_bytes(path.read_bytes(), path))


def decode_html_bytes(data: bytes, path: Path) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.I)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def check_file(p: Path) -> int:
    """The size of a readable regular file, or a ReadError saying why it is not one."""
    if p.is_symlink() and not p.exists():
        raise ReadError(p, "broken symbolic link")
    if p.is_dir():
        raise ReadError(p, "is a directory, not a file")
    if not p.exists():
        raise ReadError(p, "no such file")
    if not p.is_file():
        raise ReadError(p, "not a regular file")
    size = p.stat().st_size
    if size == 0:
        raise ReadError(p, "empty file (0 bytes)")
    if size > MAX_BYTES:
        raise ReadError(p, f"too large ({size / CHUNK:.0f} MiB; vanban reads files up to {MAX_BYTES // CHUNK} MiB)")
    if not os.access(p, os.R_OK):
        raise ReadError(p, "permission denied")
    return size


def read_document(path: str | os.PathLike, source: str | None = None, ocr: str = "auto",
                  progress=None) -> Document:
    """Read ``path`` into a normalized Document; raise ReadError (one-line reason) when it cannot.
    ``ocr`` (auto|always|never) says what to do with PDF pages that have no usable text layer;
    ``progress(done, total)`` is called after each OCR'd page of a long scan."""
    p = Path(path)
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise ReadError(p, f"unsupported file type {p.suffix or '(none)'!r}; vanban reads " +
                        ", ".join(sorted(SUFFIXES)))
    pages, warnings, confidence, ocr_used, ocr_pages = None, [], [], False, {}
    try:
        check_file(p)
        digest = sha256_file(p)
        if fmt == "txt":
            from .legacy import decode_lines, sniff_utf8

            legacy = sniff_utf8(p)  # TCVN3/VNI mojibake saved as UTF-8: convert before normalizing
            text = normalize_text(decode_lines(p.read_text("utf-8-sig"), legacy)) if legacy else read_txt(p)
        else:
            if fmt == "pdf":
                got = read_pdf(p, ocr, progress)
                raw, pages = got.text, len(got.pages)
                warnings, confidence, ocr_used, ocr_pages = got.warnings, got.page_confidence, got.ocr, got.ocr_pages
            elif fmt == "docx":
                raw = read_docx(p)
            elif fmt == "html":
                raw = read_html(p)
            else:
                from .office import doc_text

                raw = doc_text(p)
            text = normalize_text(raw)
            del raw
    except PermissionError:
        raise ReadError(p, "permission denied") from None
    except IsADirectoryError:
        raise ReadError(p, "is a directory, not a file") from None
    except UnicodeDecodeError as e:
        raise ReadError(p, f"undecodable text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise ReadError(p, (e.strerror or str(e)).lower()) from None
    if not text.strip():
        raise ReadError(p, "no text in file")
    kind, md = read_metadata(text)
    if ocr_pages:
        try:
            from .ocr import vet_metadata

            first = ocr_pages.get(0)
            if first is not None:
                md, more = vet_metadata(md, first)
                warnings = list(warnings) + list(more)
        except ImportError:
            pass
    return Document(source=source or str(path), sha256=digest, text=text, format=fmt, kind=kind,
                    metadata=md, pages=pages, ocr=ocr_used, page_confidence=list(confidence),
                    warnings=list(warnings))


__all__ = ["read_document", "check_file", "decode_text", "detect_encoding", "sha256_file", "SUFFIXES", "ReadError", "NeedsOCR"]
