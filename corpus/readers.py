"""Read one file into one normalized :class:`Document`: txt, pdf, docx, html.

Each reader returns raw text; :func:`read_document` normalizes it once and reads the header.
A file that cannot be read raises :class:`ReadError` with a one-line reason.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .document import Document
from .errors import NeedsOCR, ReadError
from .metadata import read_metadata
from .normalize import normalize_text

SUFFIXES = {".txt": "txt", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".doc": "doc"}
# Letters only Vietnamese uses: a decoded text with none of them is not Vietnamese.
VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def decode_text(data: bytes, path: Path | str = "") -> str:
    """Bytes of a .txt file to str: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ReadError(path, f"not valid UTF-16 text ({e.reason} at byte {e.start})") from None
    if b"\x00" in data[:65536]:
        raise ReadError(path, "binary file, not text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and VI_LETTERS.search(text) and not re.search(r"[\x00-\x08\x0e-\x1f\x7f]", text):
        return text
    raise ReadError(path, f"not UTF-8, UTF-16 or Windows-1258 text (undecodable byte at {utf8_error.start})")


def read_txt(path: Path) -> str:
    return decode_text(path.read_bytes(), path)


def read_pdf(path: Path) -> tuple[str, int]:
    from .pdf import pdf_text

    return pdf_text(path)


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


def read_document(path: str | os.PathLike, source: str | None = None) -> Document:
    """Read ``path`` into a normalized Document; raise ReadError (one-line reason) when it cannot."""
    p = Path(path)
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise ReadError(p, f"unsupported file type {p.suffix or '(none)'!r}; vanban reads " +
                        ", ".join(sorted(SUFFIXES)))
    try:
        if not p.is_file():
            raise ReadError(p, "not a file" if p.exists() else "no such file")
        if p.stat().st_size == 0:
            raise ReadError(p, "empty file")
        digest = sha256_file(p)
        pages = None
        if fmt == "txt":
            raw = read_txt(p)
        elif fmt == "pdf":
            raw, pages = read_pdf(p)
        elif fmt == "docx":
            raw = read_docx(p)
        elif fmt == "html":
            raw = read_html(p)
        else:
            from .office import doc_text

            raw = doc_text(p)
    except PermissionError:
        raise ReadError(p, "permission denied") from None
    except IsADirectoryError:
        raise ReadError(p, "is a directory") from None
    except OSError as e:
        raise ReadError(p, e.strerror or str(e)) from None
    text = normalize_text(raw)
    if not text.strip():
        raise ReadError(p, "no text in file")
    kind, md = read_metadata(text)
    return Document(source=source or str(path), sha256=digest, text=text, format=fmt, kind=kind,
                    metadata=md, pages=pages)


__all__ = ["read_document", "decode_text", "sha256_file", "SUFFIXES", "ReadError", "NeedsOCR"]
