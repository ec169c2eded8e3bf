"""One normalization for every reader: NFC, clean whitespace, and line-wrap repair.

Every offset in vanban indexes into the text this module returns, so it runs once, in ``corpus``.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator

# Upper- and lower-case letters of Vietnamese as regex classes. ("À-Ỹ" is not one: Latin Extended
# Additional interleaves the cases, "Ạạ Ảả ...", so such a range matches both.)
_VI = "".join(map(chr, range(0xC0, 0x1EFA))) + "ĐđƠơƯư"
UPPER = "A-Z" + "".join(sorted({c for c in _VI if c.isupper()}))
LOWER = "a-z" + "".join(sorted({c for c in _VI if c.islower()}))


# Characters that carry no text: zero-width spaces and joiners, soft hyphen, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Letters that PDF fonts put for Vietnamese ones: "ƣ" (U+01A3, oi) for "ư", as in "hƣớng dẫn".
_INVISIBLE.update({ord("ƣ"): "ư", ord("Ƣ"): "Ư"})
# Line and page breaks other than "\n": CR, CRLF, form feed, vertical tab, Unicode line/paragraph separators.
_BREAKS = re.compile(r"\r\n?|[\f\v\u2028\u2029\x1c\x1d\x1e\x85]")
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
      | (?:Căn\scứ|Theo\sđề\snghị|Xét\sđề\snghị)\s
    )""",
    re.VERBOSE,
)
# A line that ends a sentence, a heading that introduces a list, or a table row.
_ENDS_BLOCK = re.compile(r"""[.;!?:…”"|]\s*$|^-{3,}$|^_{3,}$""")
# A continuation starts with a lower-case letter, or a digit that is not a list label
# ("Số:\n2820/QĐ-UBND", "ngày 19\ntháng 11 năm 2025").
_CONTINUES = re.compile(rf"^(?:[{LOWER}(\[“\"]|\d)")
_NUMBER_LINE = re.compile(r"^\d[\d./-]*(?:/[A-ZĐ]|$)")


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


# A wrapped line is long; a capitalised continuation ("... của Bộ\nChính trị") is only joined after
# a physical line at least this long that ends in a lower-case letter.
_WRAP_WIDTH = 50
_UPPER_CONTINUES = re.compile(rf"^[{UPPER}][{LOWER}]")
_ENDS_LOWER = re.compile(rf"[{LOWER},]$")


# A line holding one word only, as thuvienphapluat breaks the first word of a paragraph off
# ("ỦY\nBAN NHÂN DÂN", "QUYẾT\nĐỊNH", "Quảng\nNinh, ngày 19 tháng 11 năm 2025"). "LUẬT" and "LỆNH" are
# whole type lines, and a Roman numeral is a heading label: those stay alone.
_ONE_WORD = re.compile(rf"^[{UPPER}{LOWER}]+$")
_ALONE = {"LUẬT", "LỆNH", "PHỤ", "MẪU", "BIỂU"}
_ROMAN = re.compile(r"^[IVXLC]+$")
# Upper-case words that open the name of another body in the issuer block ("BỘ TÀI\nCHÍNH\nCỤC HẢI QUAN").
_NEW_BODY = {"CỤC", "SỞ", "BỘ", "TỔNG", "CHI", "VỤ", "THUẾ", "BAN", "VIỆN", "KHO", "TRUNG"}
# The place of the place-and-date line, wrapped: "Thành phố Hồ\nChí Minh, ngày 19 tháng 11 năm 2025".
_PLACE_TAIL = re.compile(rf"^[{UPPER}][^\s,|]*(?:\s[{UPPER}][^\s,|]*){{0,3}},\s*ngày\b")
_ENDS_CAPITALISED = re.compile(rf"(?:^|\s)[{UPPER}][{LOWER}]*$")
_HEADING = re.compile(r"^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+")


def _joins(head: str, tail: str, nxt: str, single: bool) -> bool:
    """Should ``nxt`` continue the paragraph whose first physical line is ``head`` and last is ``tail``
    (``single``: the same line)? Lines are clean. Looking at the two ends only keeps this linear."""
    if not tail or not nxt:
        return False
    if head.startswith("|") or _BLOCK_START.match(nxt):
        return False
    if re.search(r"\bSố\s*:?$", tail) and _NUMBER_LINE.match(nxt):
        return True  # "Số:\n2820/QĐ-UBND"
    if _ENDS_BLOCK.search(tail):
        return False
    if _CONTINUES.match(nxt):
        return True
    if single and _ONE_WORD.match(tail) and tail not in _ALONE and not _ROMAN.match(tail):
        first = nxt.split(" ", 1)[0]
        if tail.isupper() and first.isupper() and len(tail) > 1 and (first not in _NEW_BODY or tail in ("ỦY", "UỶ")):
            return True  # "ỦY\nBAN NHÂN DÂN", "QUYẾT\nĐỊNH"
        if not tail.isupper() and _UPPER_CONTINUES.match(nxt) and _PLACE_TAIL.match(nxt):
            return True  # "Quảng\nNinh, ngày ..."
    if _ENDS_CAPITALISED.search(tail) and _PLACE_TAIL.match(nxt) and not tail.isupper():
        return True  # "Thành phố Hồ\nChí Minh, ngày ..."
    if (_ENDS_CAPITALISED.search(tail) and re.search(rf"[{LOWER}]\s+\S+$", tail)
            and not _HEADING.match(head) and (len(tail) >= _WRAP_WIDTH or not _BLOCK_START.match(head))
            and re.match(rf"^[{UPPER}][{LOWER}]*\s+[{LOWER}]", nxt)):
        return True  # a proper name cut in two: "... Thuế tỉnh Vĩnh\nLong có nhận được ..."
    return len(tail) >= _WRAP_WIDTH and bool(_ENDS_LOWER.search(tail)) and bool(_UPPER_CONTINUES.match(nxt))


def repair_wraps(lines: Iterable[str]) -> Iterator[str]:
    """Join lines wrapped mid-sentence into paragraphs; keep headings, list items and blank lines.
    Streams: holds one paragraph at a time."""
    parts: list[str] = []
    for line in lines:
        if parts and _joins(parts[0], parts[-1], line, len(parts) == 1):
            parts.append(line)
        else:
            if parts:
                yield " ".join(parts)
            parts = [line]
    if parts:
        yield " ".join(parts)


def _clean_lines(raw_lines: Iterable[str]) -> Iterator[str]:
    for raw in raw_lines:
        raw = unicodedata.normalize("NFC", raw.translate(_INVISIBLE))
        for part in _BREAKS.split(raw):
            yield clean_line(part)


def normalize_lines(raw_lines: Iterable[str]) -> str:
    """:func:`normalize_text` over an iterable of raw lines (a file being decoded), so a large file is
    never held twice before it is normalized."""
    out: list[str] = []
    for line in repair_wraps(_clean_lines(raw_lines)):
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def normalize_text(raw: str) -> str:
    """NFC, invisible characters dropped, spaces folded, wraps repaired, at most one blank line."""
    return normalize_lines(raw.split("\n"))
