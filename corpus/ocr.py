"""OCR of PDF pages that have no usable text layer: pypdfium2 renders, Tesseract (``vie``) reads.

Tesseract is called as a program (``tesseract stdin stdout tsv``), so there is no Python binding to
install and every word comes back with its box and confidence. Words are laid back into lines
by Tesseract's own block/paragraph/line numbers; a wide gap inside a line (the two columns of an
administrative header: ``ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ...``) becomes `` | ``, the same
column mark the .docx reader uses, so the metadata reader sees one layout.

Handwritten numbers and days (``Số: 2336/QĐ-UBND`` filled in by pen after signing) come out of
OCR as ``số: 4 46 /QĐ-UBND``: :func:`vet_metadata` nulls a header field whose words were not read
cleanly, with a warning, so a scan never yields a wrong number or date.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable

from .document import Metadata
from .errors import NeedsOCR, ReadError

LANG = "vie"
# 150 dpi: benchmarks/ocr.py (15 born-digital first pages, 20 scans) measured the same or better
# quality than 200 and 300 dpi (median page CER 2.0% vs 2.0% and 2.6%; 95.6% Vietnamese syllables
# on the scans vs 95.4%) at the lowest cost: 1.0 CPU s a page vs 1.07 and 1.47.
DPI = 150
PSM = 3  # fully automatic page segmentation: headers come in two columns
TIMEOUT = 180  # seconds for one page; a stuck tesseract must not stop a build
DOUBTFUL = 60.0  # a header word read with less confidence than this is not trusted
MISSING = "needs OCR: install tesseract-ocr-vie"
MODES = ("auto", "always", "never")


@dataclass(frozen=True)
class OcrWord:
    text: str
    conf: float  # 0-100, Tesseract's word confidence
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line) as Tesseract numbers them


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0-1
    words: tuple[OcrWord, ...] = ()
    width: int = 0
    height: int = 0


@dataclass
class PdfOcr:
    """The pages of one PDF after OCR: text per page (text layer or OCR), per-page confidence
    (1.0 for a page whose text layer was kept), and the OCR'd pages by index."""

    texts: list[str]
    confidence: list[float]
    pages: dict[int, OcrPage]
    warnings: list[str]

    @property
    def ocr(self) -> bool:
        return bool(self.pages)


@lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        r = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in r.stdout.splitlines()[1:] if line.strip())


def tesseract(lang: str = LANG) -> str | None:
    """The tesseract program, if it is installed with the ``lang`` model; else None."""
    exe = shutil.which("tesseract")
    if exe and lang in _languages(exe):
        return exe
    return None


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Words of Tesseract's TSV output (level 5 rows), empty words dropped."""
    words = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        words.append(OcrWord(text=f[11].strip(), conf=float(f[10]), left=int(f[6]), top=int(f[7]),
                             width=int(f[8]), height=int(f[9]), line=(int(f[2]), int(f[3]), int(f[4]))))
    return words


def layout_text(words: Iterable[OcrWord]) -> str:
    """Words back into text: one line per Tesseract line, a blank line between paragraphs, and
    `` | `` where a gap wider than three word heights splits a line into columns."""
    words = list(words)
    if not words:
        return ""
    gap_limit = 3 * statistics.median(w.height for w in words)
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out: list[str] = []
    last_par = None
    for key, ws in lines.items():  # TSV order is Tesseract's reading order
        if last_par is not None and key[:2] != last_par:
            out.append("")
        last_par = key[:2]
        ws.sort(key=lambda w: w.left)
        parts = [ws[0].text]
        for prev, w in zip(ws, ws[1:]):
            parts.append(" | " if w.left - (prev.left + prev.width) > gap_limit else " ")
            parts.append(w.text)
        out.append(fix_line("".join(parts)))
    return "\n".join(out)


# "số: 1894/TB-SCT", "Só: 45 /QĐ-UBND": Tesseract often reads the capital S of a header line as lower
# case, and the ố of "Số:" as another o.
_SO_LINE = re.compile(r"^[sS][oòóỏõọôồốổỗộ](?=\s*:)")


def fix_line(line: str) -> str:
    return _SO_LINE.sub("Số", line)


def ocr_image(image, lang: str = LANG, psm: int = PSM) -> OcrPage:
    """Read one page image (a PIL image) with Tesseract; raise NeedsOCR when it is missing."""
    exe = tesseract(lang)
    if exe is None:
        raise NeedsOCR("", MISSING)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    # One thread per tesseract: parallelism comes from pages and files, not from OpenMP, which
    # only adds overhead on a busy machine.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        r = subprocess.run([exe, "stdin", "stdout", "-l", lang, "--psm", str(psm), "tsv"],
                           input=buf.getvalue(), capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise ReadError("", f"OCR timed out after {TIMEOUT} s on a page") from None
    if r.returncode != 0:
        raise ReadError("", f"tesseract failed ({r.stderr.decode(errors='replace').strip()[:120]})")
    words = parse_tsv(r.stdout.decode("utf-8", errors="replace"))
    confs = [w.conf for w in words if w.conf >= 0]
    return OcrPage(text=layout_text(words), confidence=round(statistics.fmean(confs) / 100, 3) if confs else 0.0,
                   words=tuple(words), width=image.width, height=image.height)


def render_page(page, dpi: int = DPI):
    """A pypdfium2 page as a grayscale PIL image at ``dpi``."""
    return page.render(scale=dpi / 72, grayscale=True).to_pil()


def ocr_page(page, dpi: int = DPI, lang: str = LANG) -> OcrPage:
    """OCR one pypdfium2 page."""
    return ocr_image(render_page(page, dpi), lang)


def ocr_pdf(path: str | os.PathLike, pages: Iterable[int] | None = None, dpi: int = DPI, jobs: int = 1,
            progress: Callable[[int, int], None] | None = None, lang: str = LANG) -> dict[int, OcrPage]:
    """OCR the given pages (0-based; all when None) of a PDF. ``progress(done, total)`` is called
    after each page. ``jobs`` pages are read at once (one tesseract process each)."""
    import pypdfium2 as pdfium

    if tesseract(lang) is None:
        raise NeedsOCR(path, MISSING)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise ReadError(path, f"cannot render PDF for OCR ({e})") from None
    try:
        todo = list(range(len(pdf))) if pages is None else list(pages)
        out: dict[int, OcrPage] = {}
        # pdfium is not thread-safe: render here, one page ahead at most per job, OCR in threads.
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            pending = []
            for i in todo:
                pending.append((i, pool.submit(ocr_image, render_page(pdf[i], dpi), lang)))
                while len(pending) >= max(1, jobs):
                    j, fut = pending.pop(0)
                    out[j] = _result(fut, path, j)
                    if progress:
                        progress(len(out), len(todo))
            for j, fut in pending:
                out[j] = _result(fut, path, j)
                if progress:
                    progress(len(out), len(todo))
        return out
    finally:
        pdf.close()


def _result(fut, path, index: int) -> OcrPage:
    try:
        return fut.result()
    except ReadError as e:
        raise type(e)(path, f"page {index + 1}: {e.reason}") from None


def fill_pages(path: str | os.PathLike, texts: list[str], usable: Callable[[str], bool], mode: str = "auto",
               dpi: int = DPI, progress: Callable[[int, int], None] | None = None) -> PdfOcr:
    """Replace the pages whose text layer is not ``usable`` by OCR (every page with ``always``).

    Without Tesseract, or with ``never``: a document with no usable page raises NeedsOCR; one with
    some usable pages keeps them, with a warning naming the pages left unread."""
    if mode not in MODES:
        raise ValueError(f"ocr mode must be one of {', '.join(MODES)}, not {mode!r}")
    todo = list(range(len(texts))) if mode == "always" else [i for i, t in enumerate(texts) if not usable(t)]
    result = PdfOcr(texts=list(texts), confidence=[1.0] * len(texts), pages={}, warnings=[])
    if not todo:
        return result
    if mode == "never" or tesseract() is None:
        reason = "no usable text layer: needs OCR" if mode == "never" else MISSING
        if mode == "always":  # without Tesseract, pages with a text layer keep it
            todo = [i for i in todo if not usable(texts[i])]
            result.warnings.append(f"--ocr always: {MISSING}; text layers kept")
            if not todo:
                return result
        if len(todo) == len(texts):
            raise NeedsOCR(path, reason)
        pages = f"page {todo[0] + 1} has" if len(todo) == 1 else f"pages {_ranges(todo)} have"
        result.warnings.append(f"{pages} no usable text layer ({reason})")
        for i in todo:
            result.texts[i], result.confidence[i] = "", 0.0
        return result
    for i, page in ocr_pdf(path, todo, dpi=dpi, progress=progress).items():
        result.texts[i], result.confidence[i] = page.text, page.confidence
        result.pages[i] = page
    return result


def _ranges(pages: list[int]) -> str:
    """[0, 1, 2, 5] -> '1-3, 6' (1-based, as people count pages)."""
    out, start = [], None
    for k, i in enumerate(pages):
        if start is None:
            start = i
        if k + 1 == len(pages) or pages[k + 1] != i + 1:
            out.append(f"{start + 1}" if start == i else f"{start + 1}-{i + 1}")
            start = None
    return ", ".join(out)


# --- header fields a scan may not show cleanly -----------------------------------------------------

_SO = re.compile(r"^s[oòóỏõọôồốổỗộ]:?$", re.I)  # "Số:", OCR'd as "số:", "Sô:", "Só:"
_DIGITS = re.compile(r"^\d{1,5}$")
# "2336/QĐ-UBND", "44/2025/QĐ-TTg", "1894/TB-SCT" read as one word
_SYMBOL = re.compile(r"^\d{1,5}(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ]*(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]*)*$")
_NGAY = re.compile(r"^ngày$", re.I)
_THANG = re.compile(r"^tháng$", re.I)
_NAM = re.compile(r"^năm$", re.I)


HEADER_LINES = 10  # Số and the date sit in the first lines of a first page, scanned whole or cropped


def _header_lines(page: OcrPage) -> list[list[OcrWord]]:
    """The first lines of a page, top to bottom, words left to right."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: min(w.top for w in ws))
    return [sorted(ws, key=lambda w: w.left) for ws in ordered[:HEADER_LINES]]


def _number_clean(words: list[OcrWord]) -> tuple[bool, str]:
    """The words after "Số:" up to the symbol: clean when one confident run of digits leads it
    ("2336 /QĐ-UBND", "2336/QĐ-UBND") or nothing does (a blank draft number "/BC-UBND")."""
    head: list[OcrWord] = []
    for w in words:
        head.append(w)
        if "/" in w.text:
            break
    shown = " ".join(w.text for w in head)
    if not head or "/" not in head[-1].text:
        return False, shown
    *lead, symbol = head
    if not lead:
        # Digits printed together with the symbol were typed, not written in: Tesseract gives such
        # long mixed words a low confidence even when it reads them right, so their form decides.
        return bool(_SYMBOL.match(symbol.text)) or symbol.text.startswith("/"), shown
    ok = len(lead) == 1 and bool(_DIGITS.match(lead[0].text)) and symbol.text.startswith("/")
    return ok and lead[0].conf >= DOUBTFUL, shown


def _date_clean(words: list[OcrWord]) -> tuple[bool, str] | None:
    """The words "<place>, ngày D tháng M năm Y": clean when D, M, Y are confident numbers in
    range. None when the line has no such date."""
    for k, w in enumerate(words):
        if k and _NGAY.match(w.text) and words[k - 1].text.endswith(","):
            rest = words[k + 1:]
            t = next((i for i, x in enumerate(rest) if _THANG.match(x.text)), None)
            n = next((i for i, x in enumerate(rest) if _NAM.match(x.text)), None)
            if t is None or n is None or n < t:
                return False, " ".join(x.text for x in words[k:])
            shown = " ".join(x.text for x in words[k:k + n + 3])
            ok = True
            for part, lo, hi in ((rest[:t], 1, 31), (rest[t + 1:n], 1, 12), (rest[n + 1:n + 2], 1945, 2100)):
                value = part[0].text.rstrip(".,") if len(part) == 1 else ""
                if not value.isdigit() or part[0].conf < DOUBTFUL or not lo <= int(value) <= hi:
                    ok = False
            return ok, shown
    return None


def vet_metadata(md: Metadata, page: OcrPage) -> tuple[Metadata, list[str]]:
    """Null the number and date read from an OCR'd first page when their words were not read
    cleanly (split digits, stray letters, low confidence, out of range), and an issuer that is not
    plain Vietnamese words, with one warning each."""
    warnings: list[str] = []
    number_seen = date_seen = False
    for ws in _header_lines(page):
        for k, w in enumerate(ws):
            # "Số:" opens a line or a column; "số 72/2025/QH15" inside a sentence is a citation, and
            # "Số hiệu nguy hiểm ..." opening a line is no number line
            if not number_seen and _SO.match(w.text) and (
                    w.text.endswith(":") or k == 0 and any("/" in x.text for x in ws[k + 1:k + 4])):
                number_seen = True
                ok, shown = _number_clean(ws[k + 1:])
                if not ok:
                    warnings.append(f"OCR could not read the number cleanly ({w.text} {shown}): left empty")
                    md = replace(md, number=None)
        found = None if date_seen else _date_clean(ws)
        if found is not None:
            date_seen = True
            ok, shown = found
            if not ok:
                warnings.append(f"OCR could not read the date cleanly ({shown}): left empty")
                md = replace(md, date=None)
    if md.issuer and not _issuer_clean(md.issuer):
        warnings.append(f"OCR could not read the issuer cleanly ({md.issuer}): left empty")
        md = replace(md, issuer=None)
    return md, warnings


def _issuer_clean(issuer: str) -> bool:
    """An issuer read from OCR is words of Vietnamese (or an acronym such as UBND), nothing else:
    "£", "Bộ Công Thương )" or "Đoàn Kiêm tra theo quyet định" are misreadings."""
    from .legacy import syllables

    words = issuer.split()
    known = syllables()
    ok = [w.lower() in known or re.fullmatch(r"[A-ZĐ]{2,}|[-–]", w) is not None for w in words]
    return bool(words) and all(ok)


__all__ = ["DPI", "LANG", "MISSING", "MODES", "OcrPage", "OcrWord", "PdfOcr", "fill_pages", "layout_text",
           "ocr_image", "ocr_page", "ocr_pdf", "parse_tsv", "render_page", "tesseract", "vet_metadata"]
