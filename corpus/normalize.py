"""One normalization for every reader: NFC, clean whitespace, and line-wrap repair.

Every offset in vanban indexes into the text this module returns, so it runs once, in ``corpus``.
"""
from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: zero-width spaces and joiners, soft hyphen, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Spaces of every width become one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# A line that starts a new block and must never be glued to the line above:
# "- ...", "+ ...", "• ...", "1. ...", "1.2. ...", "a) ...", "đ) ...", "II. ...", "Điều 5.", "Chương II",
# table rows "| ... |", and the header's "Số:" / "Kính gửi:" lines.
_BLOCK_START = re.compile(
    r"""^(?:
        [-+•*–—]\s                      # bullets
      | \d+(?:\.\d+)*[.)]\s             # "1. " "1.2. " "3) "
      | \d+(?:\.\d+)+\s                 # "1.1 Tiêu đề"
      | [a-zđ]\)\s?                     # "a) " "đ)"
      | [IVXLC]+[.)]\s                  # "II. "
      | (?:Điều|Chương|Mục|Phần|PHẦN|CHƯƠNG|MỤC|Phụ\slục|PHỤ\sLỤC)\s+[\dIVXLC]+
      | \|
      | (?:Số|Kính\sgửi|Nơi\snhận)\s*:
    )""",
    re.VERBOSE,
)
# A line that ends a sentence, a heading that introduces a list, or a table row.
_ENDS_BLOCK = re.compile(r"""[.;!?:…”"|]\s*$|^-{3,}$|^_{3,}$""")
# A continuation starts with a lower-case letter, or a digit that is not a list label
# ("Số:\n2820/QĐ-UBND", "ngày 19\ntháng 11 năm 2025").
_CONTINUES = re.compile(r"^(?:[a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ(\[“\"]|\d)")
_NUMBER_LINE = re.compile(r"^\d[\d./-]*(?:/[A-ZĐ]|$)")


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


# A wrapped line is long; a capitalised continuation ("... của Bộ\nChính trị") is only joined after
# a physical line at least this long that ends in a lower-case letter.
_WRAP_WIDTH = 50
_UPPER_CONTINUES = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]")
_ENDS_LOWER = re.compile(r"[a-zà-ỹđ,]$")


def _joins(prev: str, nxt: str, prev_physical: str = "") -> bool:
    """Should ``nxt`` continue the paragraph that ``prev`` ends? ``prev`` and ``nxt`` are clean;
    ``prev_physical`` is the last physical line of ``prev``."""
    if not prev or not nxt:
        return False
    if prev.startswith("|") or _BLOCK_START.match(nxt):
        return False
    if re.search(r"\bSố\s*:?$", prev) and _NUMBER_LINE.match(nxt):
        return True  # "Số:\n2820/QĐ-UBND"
    if _ENDS_BLOCK.search(prev):
        return False
    if _CONTINUES.match(nxt):
        return True
    return (len(prev_physical) >= _WRAP_WIDTH and bool(_ENDS_LOWER.search(prev_physical))
            and bool(_UPPER_CONTINUES.match(nxt)))


def repair_wraps(lines: list[str]) -> list[str]:
    """Join lines wrapped mid-sentence into paragraphs; keep headings, list items and blank lines."""
    out: list[str] = []
    last = ""
    for line in lines:
        if out and _joins(out[-1], line, last):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        last = line
    return out


def normalize_text(raw: str) -> str:
    """NFC, invisible characters dropped, spaces folded, wraps repaired, at most one blank line."""
    text = unicodedata.normalize("NFC", raw).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = [clean_line(line) for line in text.split("\n")]
    lines = repair_wraps(lines)
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
