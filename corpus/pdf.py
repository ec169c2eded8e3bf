"""PDF text with pdfplumber, page by page: words laid into lines by their positions, the two columns of
an administrative header split apart, running headers/footers and page numbers removed.

A plain ``extract_text()`` puts both header columns on one line (``BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM``, ``Số: 1074/QĐ-BXD Hà Nội, ngày 29 tháng 6 năm 2026``). Here a wide gap between two
words of a line is a column boundary and becomes `` | ``, the mark the .docx reader gives table cells
and the OCR reader gives columns, so the metadata reader sees one layout:
``Số: 1074/QĐ-BXD | Hà Nội, ngày 29 tháng 6 năm 2026``.

A page whose text layer is not :func:`usable` (an image-only scan, or ``(cid:54)`` glyph codes) goes to
OCR (``corpus.ocr.fill_pages``) when OCR is enabled; without OCR a PDF with no usable page is reported
"no usable text layer: needs OCR", never stored empty or as garbage.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NeedsOCR, ReadError

VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
COLUMN_GAP = 18.0  # points: wider than any word space of justified text, narrower than a header's gutter
LINE_TOLERANCE = 3.0  # points: words whose tops differ by less share a line
NEEDS_OCR = "no usable text layer: needs OCR"
# A line that is only a page number: "2", "- 2 -", "Trang 2", "2/10", "Page 2 of 10"
PAGE_NUMBER = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:Trang|Page)\s+\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?|"
                         r"\d{1,4}\s*/\s*\d{1,4})$", re.I)


def usable(text: str) -> bool:
    """Is a text layer real Vietnamese text (not empty, not '(cid:54)' glyph codes, not mojibake)?"""
    if len(text.strip()) < 20:
        return False
    if text.count("(cid:") * 8 > len(text) * 0.2:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(VI_LETTERS.findall(text)) / letters > 0.03


@dataclass
class PdfText:
    """The text of each page (a page left unread is ''), and what happened on the way."""

    pages: list[str]
    ocr: bool = False
    page_confidence: list[float] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ocr_pages: dict = field(default_factory=dict)  # index -> corpus.ocr.OcrPage

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.pages if p)


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines (by top), each line sorted left to right."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_text(line: list[dict], width: float) -> str:
    """One line's words. The widest gap (over COLUMN_GAP) before a word in the right part of the page
    is the gutter between the header's two columns (`` | ``); other gaps, such as the blank left for a
    number written in after signing (``Số:      /QĐ-UBND``), are spaces."""
    split, widest = None, COLUMN_GAP
    for i in range(1, len(line)):
        gap = line[i]["x0"] - line[i - 1]["x1"]
        if gap > widest and line[i]["x0"] >= 0.38 * width:
            split, widest = i, gap
    words = [w["text"] for w in line]
    if split is None:
        return " ".join(words)
    return " ".join(words[:split]) + " | " + " ".join(words[split:])


def page_lines(page) -> list[str]:
    """The lines of one pdfplumber page in reading order."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=3)
    return [_line_text(line, float(page.width)) for line in _lines(words)]


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the running header/footer lines that repeat (digits aside) at the top or
    bottom of most pages."""
    n = len(pages)
    edge: Counter = Counter()
    for lines in pages:
        keys = {_furniture_key(ln) for ln in lines[:2] + lines[-2:] if ln.strip()}
        edge.update(keys)
    repeated = {k for k, c in edge.items() if n >= 3 and c >= max(3, 0.6 * n) and len(k) < 120}
    out = []
    for lines in pages:
        keep = list(lines)
        for idx in {0, 1, len(keep) - 1, len(keep) - 2}:
            if not 0 <= idx < len(keep):
                continue
            ln = keep[idx].strip()
            if PAGE_NUMBER.match(ln) or _furniture_key(ln) in repeated:
                keep[idx] = ""
        out.append([ln for ln in keep if ln != ""] if any(keep) else [])
    return out


def check_pdf_bytes(path: Path) -> None:
    """A PDF starts with '%PDF-' and ends with '%%EOF'. pdfminer rebuilds a cut file from the objects it
    finds, so without this a truncated download would be stored as a silently shortened document."""
    with open(path, "rb") as f:
        head = f.read(1024)
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 2048))
        tail = f.read()
    if b"%PDF-" not in head:
        raise ReadError(path, "not a PDF file (no %PDF header)")
    if b"%%EOF" not in tail:
        raise ReadError(path, "truncated PDF (no %%EOF end marker)")


def pdf_pages(path: Path) -> list[str]:
    """The text layer of every page ('' for a page without one), furniture removed. Raises ReadError
    for a file pdfplumber cannot open."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    check_pdf_bytes(path)
    try:
        with pdfplumber.open(path) as pdf:
            raw = []
            for page in pdf.pages:
                raw.append(page_lines(page))
                page.flush_cache()  # pdfplumber keeps every parsed object of a page otherwise
    except (MemoryError, RecursionError):
        raise ReadError(path, "PDF too complex to read") from None
    except Exception as e:  # pdfminer/pdfplumber raise many kinds on broken files
        inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e  # pdfplumber wraps pdfminer's
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(inner).lower():
            raise ReadError(path, "encrypted PDF (password required)") from None
        msg = f"{type(inner).__name__}: {inner}".strip(": ")
        raise ReadError(path, f"corrupt PDF ({msg[:160]})") from None
    return ["\n".join(lines) for lines in strip_furniture(raw)]


def pdf_text(path: Path, ocr: str = "auto", progress=None) -> PdfText:
    """The text of a PDF; pages without a usable text layer go to OCR when ``ocr`` allows it and
    Tesseract is installed. Raises NeedsOCR when no page can be read."""
    texts = pdf_pages(path)
    if not texts:
        raise ReadError(path, "PDF has no pages")
    from .legacy import fix_pages

    texts, _ = fix_pages(texts)  # a text layer typed in TCVN3 (.VnTime) or VNI fonts
    try:
        from . import ocr as ocr_module
    except ImportError:  # OCR not part of this installation
        ocr_module = None
    if ocr_module is not None and hasattr(ocr_module, "fill_pages"):
        filled = ocr_module.fill_pages(path, texts, usable, mode=ocr, progress=progress)
        result = PdfText(pages=filled.texts, ocr=filled.ocr, page_confidence=filled.confidence,
                         warnings=list(filled.warnings), ocr_pages=dict(filled.pages))
    else:
        bad = [i for i, t in enumerate(texts) if not usable(t)]
        if len(bad) == len(texts):
            raise NeedsOCR(path, NEEDS_OCR)
        result = PdfText(pages=[("" if i in bad else t) for i, t in enumerate(texts)])
        if bad:
            result.warnings.append(f"{len(bad)} of {len(texts)} pages have no usable text layer ({NEEDS_OCR})")
    if not usable(result.text):
        raise NeedsOCR(path, NEEDS_OCR)
    return result
