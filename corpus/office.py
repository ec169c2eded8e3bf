"""Word files: .docx paragraphs and tables in document order; .doc via antiword."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .errors import ReadError


def docx_text(path: Path) -> str:
    """The text of a .docx: body paragraphs and tables in document order, table rows as lines with
    cells joined by `` | ``. Read as a stream (``_stream_text``); a document typed in legacy TCVN3/VNI
    fonts goes through python-docx, whose run fonts the conversion needs."""
    if not zipfile.is_zipfile(path):
        raise ReadError(path, "not a .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as z:
            part = _main_part(z)
            if not _legacy_fonts(z, part):
                with z.open(part) as f:
                    return _stream_text(f)
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError, EOFError, zlib.error) as e:
        raise ReadError(path, f"corrupt .docx ({type(e).__name__}: {e})") from None
    return _python_docx_text(path)


def _python_docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises KeyError, BadZipFile, ValueError, ...
        raise ReadError(path, f"corrupt .docx ({type(e).__name__}: {e})") from None
    from .legacy import docx_converter

    para = docx_converter(d) or (lambda p: p.text)  # runs typed in TCVN3/VNI fonts -> Unicode
    out: list[str] = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(para(Paragraph(block, d)))
        elif tag == "tbl":
            out.extend(_table_lines(Table(block, d), para))
            out.append("")
    return "\n".join(out)


# -- the stream reader: the same text as python-docx's Paragraph.text and _Row.cells give, without
# -- holding the document's XML tree (python-docx keeps ~200 MB of it for a 0.5 MB .docx of 770,000
# -- characters; this holds one body-level paragraph or table at a time)

_REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_FONT_ATTR = re.compile(rb'w:(?:ascii|hAnsi)="([^"]+)"')


def _main_part(z: zipfile.ZipFile) -> str:
    """The main document part named by the package relationships (``word/document.xml`` as a rule)."""
    try:
        rels = etree.fromstring(z.read("_rels/.rels"))
    except KeyError:
        return "word/document.xml"
    for rel in rels:
        if rel.get("Type") == _REL_DOC:
            return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


def _legacy_fonts(z: zipfile.ZipFile, part: str) -> bool:
    from .legacy import font_encoding

    names: set[bytes] = set()
    for name in ("word/styles.xml", part):
        if name in z.namelist():
            with z.open(name) as f:
                tail = b""
                while chunk := f.read(1 << 20):
                    names.update(_FONT_ATTR.findall(tail + chunk))
                    tail = chunk[-200:]
    return any(font_encoding(n.decode("utf-8", "replace")) for n in names)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = {f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}ptab": "\t", f"{_W}tab": "\t"}


def _run_text(r) -> str:
    out = []
    for e in r:
        tag = e.tag
        if tag == f"{_W}t":
            out.append(e.text or "")
        elif tag == f"{_W}br":
            out.append("\n" if e.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        elif tag in _RUN_TEXT:
            out.append(_RUN_TEXT[tag])
    return "".join(out)


def _para_text(p) -> str:
    """python-docx ``Paragraph.text``: its runs and the runs of its hyperlinks."""
    out = []
    for e in p:
        if e.tag == f"{_W}r":
            out.append(_run_text(e))
        elif e.tag == f"{_W}hyperlink":
            out.extend(_run_text(r) for r in e if r.tag == f"{_W}r")
    return "".join(out)


def _int(v, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _stream_table(tbl) -> list[str]:
    """``_table_lines`` of a ``w:tbl`` element: cells of a horizontal span once, a vertically
    continued cell as the cell it continues (python-docx ``_Row.cells``)."""
    lines: list[str] = []
    above: dict[int, tuple[int, list[str]]] = {}  # grid offset -> (root cell number, its lines)
    made = 0  # cells numbered in order (an lxml proxy's id() is reused once it is freed)
    for tr in tbl.iterchildren(f"{_W}tr"):
        trpr = tr.find(f"{_W}trPr")
        before = trpr.find(f"{_W}gridBefore") if trpr is not None else None
        offset = _int(before.get(f"{_W}val"), 0) if before is not None else 0
        row: dict[int, tuple[int, list[str]]] = {}
        cells: list[list[str]] = []
        seen = None
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = vmerge = None
            if tcpr is not None:
                span = tcpr.find(f"{_W}gridSpan")
                vmerge = tcpr.find(f"{_W}vMerge")
            width = _int(span.get(f"{_W}val"), 1) if span is not None else 1
            if vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue" and offset in above:
                cell = above[offset]
            else:
                made += 1
                cell = (made, [t.strip() for p in tc.iterchildren(f"{_W}p")
                               for t in _para_text(p).split("\n") if t.strip()])
            row[offset] = cell
            if cell[0] != seen:
                cells.append(cell[1])
                seen = cell[0]
            offset += width
        above = row
        lines.extend(_row_lines(cells))
    return lines


def _stream_text(f) -> str:
    out: list[str] = []
    body = f"{_W}body"
    for _, el in etree.iterparse(f, events=("end",), tag=(f"{_W}p", f"{_W}tbl"), huge_tree=True):
        parent = el.getparent()
        if parent is None or parent.tag != body:
            continue  # a paragraph of a table cell, or of a text box: read with what holds it
        if el.tag == f"{_W}p":
            out.append(_para_text(el))
        else:
            out.extend(_stream_table(el))
            out.append("")
        el.clear()
        while el.getprevious() is not None:  # the body's finished children: let them go
            del parent[0]
    return "\n".join(out)


def _table_lines(table, para=lambda p: p.text) -> list[str]:
    """A table's rows as lines, cells joined by `` | ``. A cell of several paragraphs (the header table:
    ``ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN`` beside ``CỘNG HÒA ... / Độc lập - Tự do - Hạnh phúc``) gives one
    line per paragraph, side by side with the paragraphs of the cells next to it."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[list[str]] = []
        seen = None
        for cell in row.cells:
            if cell._tc is seen:  # a merged cell is returned once per grid column it spans
                continue
            seen = cell._tc
            cells.append([t.strip() for p in cell.paragraphs for t in para(p).split("\n") if t.strip()])
        lines.extend(_row_lines(cells))
    return lines


def _row_lines(cells: list[list[str]]) -> list[str]:
    """One row's cells side by side: line i joins each cell's i-th paragraph with `` | ``."""
    lines = []
    for i in range(max((len(c) for c in cells), default=0)):
        parts = [c[i] if i < len(c) else "" for c in cells]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(" | ".join(parts).strip())
    return lines


DOC_MISSING = "old Word .doc needs antiword or LibreOffice: apt-get install antiword"
DOC_TIMEOUT = 120  # seconds


def doc_text(path: Path) -> str:
    """An old Word (97-2003) .doc: antiword first (fast, small), LibreOffice headless where antiword
    cannot read the file (Word 6/95, RTF saved as .doc) or is not installed. Text typed in TCVN3 or
    VNI fonts is converted to Unicode. A .docx named .doc is read as a .docx."""
    if zipfile.is_zipfile(path):
        return docx_text(path)
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"{\\rtf"):
        text, why = _soffice_text(path), "RTF file named .doc: needs LibreOffice (apt-get install libreoffice-writer-nogui)"
    elif head != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # the OLE2 container every .doc lives in
        raise ReadError(path, "not a Word .doc file (no OLE2 header)")
    else:
        text, why = _antiword_text(path)
        if text is None:
            text = _soffice_text(path)
    if text is None:
        raise ReadError(path, why if shutil.which("antiword") or shutil.which("soffice") else DOC_MISSING)
    from .legacy import detect, fix_text

    if detect(text):
        # TCVN3/VNI: antiword drops byte 0xAD (TCVN3 "ư", a soft hyphen to it) and every font name;
        # through LibreOffice to .docx both survive, and capitals typed in .VnTimeH come back.
        better = _soffice_text(path, to="docx")
        if better is not None:
            return better
    return fix_text(text)[0]


def _antiword_text(path: Path) -> tuple[str | None, str]:
    """(text, None) or (None, why antiword could not read it)."""
    exe = shutil.which("antiword")
    if not exe:
        return None, DOC_MISSING
    try:
        r = subprocess.run([exe, "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=DOC_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "antiword timed out"
    if r.returncode != 0 or not r.stdout.strip():
        return None, f"antiword could not read it ({r.stderr.decode(errors='replace').strip()[:120] or 'no text'})"
    return "\n".join(_antiword_line(line) for line in r.stdout.decode("utf-8", errors="replace").splitlines()), ""


def _antiword_line(line: str) -> str:
    """antiword draws a table row as ``|BỘ CÔNG THƯƠNG     |CỘNG HÒA XÃ HỘI ...|``: cells joined by
    `` | `` like the .docx reader's, padding and empty cells dropped."""
    if len(line) > 1 and line.startswith("|") and line.rstrip().endswith("|"):
        return " | ".join(c.strip() for c in line.strip()[1:-1].split("|") if c.strip())
    return line


def _soffice_text(path: Path, to: str = "txt") -> str | None:
    """LibreOffice headless to UTF-8 text (or to .docx, then read as one) in a scratch folder; None
    when it is missing or fails."""
    import tempfile

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as tmp:
        # A profile of its own: a second LibreOffice (another build worker) must not share the lock.
        target = "txt:Text (encoded):UTF8" if to == "txt" else to
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", target,
               "--outdir", tmp, str(path)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=DOC_TIMEOUT)
        except (subprocess.TimeoutExpired, OSError):
            return None
        out = Path(tmp) / f"{path.stem}.{to}"
        if not out.exists():
            return None
        if to == "docx":
            try:
                return docx_text(out)
            except ReadError:
                return None
        return out.read_text("utf-8-sig", errors="replace")
