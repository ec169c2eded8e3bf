"""Word files: .docx paragraphs and tables in document order; .doc via antiword."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from .errors import ReadError


def docx_text(path: Path) -> str:
    if not zipfile.is_zipfile(path):
        raise ReadError(path, "not a .docx file (not a zip archive)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises KeyError, BadZipFile, ValueError, ...
        raise ReadError(path, f"corrupt .docx ({type(e).__name__}: {e})") from None
    out: list[str] = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(block, d).text)
        elif tag == "tbl":
            out.extend(_table_lines(Table(block, d)))
            out.append("")
    return "\n".join(out)


def _table_lines(table) -> list[str]:
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
            cells.append([p.strip() for p in cell.text.split("\n") if p.strip()])
        depth = max((len(c) for c in cells), default=0)
        for i in range(depth):
            parts = [c[i] if i < len(c) else "" for c in cells]
            while parts and not parts[-1]:
                parts.pop()
            lines.append(" | ".join(parts).strip())
    return lines


def doc_text(path: Path) -> str:
    exe = shutil.which("antiword")
    if not exe:
        raise ReadError(path, "old Word .doc needs antiword: apt-get install antiword")
    try:
        r = subprocess.run([exe, "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise ReadError(path, "antiword timed out") from None
    if r.returncode != 0:
        raise ReadError(path, f"antiword could not read it ({r.stderr.decode(errors='replace').strip()[:120]})")
    return r.stdout.decode("utf-8", errors="replace")
