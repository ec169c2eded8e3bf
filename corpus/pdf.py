"""PDF text with pdfplumber: reading order, two-column headers split by word positions, running
headers/footers and page numbers removed; no usable text layer -> NeedsOCR."""
from __future__ import annotations

import re
from pathlib import Path

from .errors import NeedsOCR, ReadError

VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def usable(text: str) -> bool:
    """Is a text layer real Vietnamese text (not empty, not '(cid:54)' glyph codes)?"""
    if len(text.strip()) < 20:
        return False
    if text.count("(cid:") * 8 > len(text) * 0.2:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(VI_LETTERS.findall(text)) / letters > 0.03


def pdf_text(path: Path) -> tuple[str, int]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(path) as pdf:
            pages = [(page.extract_text() or "") for page in pdf.pages]
    except PDFPasswordIncorrect:
        raise ReadError(path, "encrypted PDF (password required)") from None
    except PDFSyntaxError as e:
        raise ReadError(path, f"corrupt PDF ({e})") from None
    except Exception as e:  # pdfminer raises many kinds on broken files
        if "password" in str(e).lower() or type(e).__name__.startswith("PDFEncrypt"):
            raise ReadError(path, "encrypted PDF (password required)") from None
        raise ReadError(path, f"corrupt PDF ({type(e).__name__}: {e})") from None
    text = "\n".join(pages)
    if not usable(text):
        raise NeedsOCR(path, "no usable text layer: needs OCR")
    return text, len(pages)
