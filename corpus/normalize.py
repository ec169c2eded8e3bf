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
# The same, matching only what must change (a run of two, or a space other than " "): most spaces are
# already plain single spaces, and substituting each of them costs a third of normalizing a big file.
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
                         r"| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

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
# The number after a bare "Số:" ("Số:\n2820/QĐ-UBND"). Otherwise a line continues the one above when it
# starts with a lower-case letter or a digit ("ngày 19\ntháng 11 năm 2025"), see _joins.
_NUMBER_LINE = re.compile(r"^\d[\d./-]*(?:/[A-ZĐ]|$)")


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


# A wrapped line is long; a capitalised continuation ("... của Bộ\nChính trị") is only joined after
# a physical line at least this long that ends in a lower-case letter.
_WRAP_WIDTH = 50


# A line holding one word only, as thuvienphapluat breaks the first word of a paragraph off
# ("ỦY\nBAN NHÂN DÂN", "QUYẾT\nĐỊNH", "Quảng\nNinh, ngày 19 tháng 11 năm 2025"). "LUẬT" and "LỆNH" are
# whole type lines, and a Roman numeral is a heading label: those stay alone.
_ALONE = {"LUẬT", "LỆNH", "PHỤ", "MẪU", "BIỂU"}
_ROMAN = re.compile(r"^[IVXLC]+$")
# Upper-case words that open the name of another body in the issuer block ("BỘ TÀI\nCHÍNH\nCỤC HẢI QUAN").
_NEW_BODY = {"CỤC", "SỞ", "BỘ", "TỔNG", "CHI", "VỤ", "THUẾ", "BAN", "VIỆN", "KHO", "TRUNG"}
# The place of the place-and-date line, wrapped: "Thành phố Hồ\nChí Minh, ngày 19 tháng 11 năm 2025".
_PLACE_TAIL = re.compile(rf"^[{UPPER}][^\s,|]*(?:\s[{UPPER}][^\s,|]*){{0,3}},\s*ngày\b")
_HEADING = re.compile(r"^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+")


def _capitalised(word: str) -> bool:
    """'Hồ', 'Vĩnh': a capital and then lower-case letters only."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].isalpha() and word[1:].islower())


_ENDINGS = frozenset(".;!?:…”\"|")


def _joins(head: str, tail: str, nxt: str, single: bool) -> bool:
    """Should ``nxt`` continue the paragraph whose first physical line is ``head`` and last is ``tail``
    (``single``: the same line)? Lines are clean. Only the two ends are looked at (linear time), and
    with string tests rather than regex searches anchored at the end (which rescan the line)."""
    if not tail or not nxt:
        return False
    if head[0] == "|" or _BLOCK_START.match(nxt) or " | " in tail or " | " in nxt:
        return False  # table rows and column lines stay rows
    last_word = tail.rsplit(" ", 1)[-1]
    if last_word in ("Số:", "Số", "số:") and _NUMBER_LINE.match(nxt):
        return True  # "Số:\n2820/QĐ-UBND"
    if tail[-1] in _ENDINGS or (len(tail) >= 3 and (tail.strip("-") == "" or tail.strip("_") == "")):
        return False
    c = nxt[0]
    if c.islower() or c.isdigit() or c in "([“\"":
        return True
    nxt_capitalised = c.isupper() and nxt[1:2].islower()
    if single and tail not in _ALONE and last_word == tail and tail.isalpha() and not _ROMAN.match(tail):
        first = nxt.split(" ", 1)[0]
        if tail.isupper() and first.isupper() and len(tail) > 1 and (first not in _NEW_BODY or tail in ("ỦY", "UỶ")):
            return True  # "ỦY\nBAN NHÂN DÂN", "QUYẾT\nĐỊNH"
        if not tail.isupper() and nxt_capitalised and _PLACE_TAIL.match(nxt):
            return True  # "Quảng\nNinh, ngày ..."
    ends_capitalised = _capitalised(last_word)
    if ends_capitalised and not tail.isupper() and _PLACE_TAIL.match(nxt):
        return True  # "Thành phố Hồ\nChí Minh, ngày ..."
    if ends_capitalised and nxt_capitalised and len(tail) > len(last_word) + 1:
        before = tail[-len(last_word) - 2]
        if (before.islower() and not _HEADING.match(head)
                and (len(tail) >= _WRAP_WIDTH or not _BLOCK_START.match(head))
                and _NAME_GOES_ON.match(nxt)):
            return True  # a proper name cut in two: "... Thuế tỉnh Vĩnh\nLong có nhận được ..."
    return len(tail) >= _WRAP_WIDTH and (tail[-1].islower() or tail[-1] == ",") and nxt_capitalised


_NAME_GOES_ON = re.compile(rf"^[{UPPER}][{LOWER}]*\s+[{LOWER}]")


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


_SPECIAL = re.compile("[" + "".join(chr(k) for k in _INVISIBLE) + "]")
_EDGE_SPACES = re.compile(r" \n ?|\n ")


def clean_block(text: str) -> list[str]:
    """A block of raw text (whole lines) as clean lines: breaks unified, invisible characters dropped,
    NFC, spaces folded, lines stripped. Works on the whole block at once (C speed), not line by line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if any(ch in text for ch in "\r\f\v\u2028\u2029\x1c\x1d\x1e\x85"):
        text = _BREAKS.sub("\n", text)
    if _SPECIAL.search(text):
        text = text.translate(_INVISIBLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _EDGE_SPACES.sub("\n", _ODD_SPACES.sub(" ", text)).strip(" ")
    lines = text.split("\n")
    if text.endswith("\n"):  # a block of whole lines: its last "\n" ends a line, it does not start one
        lines.pop()
    return lines


def normalize_blocks(blocks: Iterable[str]) -> str:
    """:func:`normalize_text` over raw text in blocks of whole lines (a file being decoded), so a large
    file is never held twice before it is normalized."""
    out: list[str] = []
    for line in repair_wraps(line for block in blocks for line in clean_block(block)):
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def normalize_lines(raw_lines: Iterable[str]) -> str:
    """:func:`normalize_text` over raw lines."""
    return normalize_blocks(line + "\n" for line in raw_lines)


def normalize_text(raw: str) -> str:
    """NFC, invisible characters dropped, spaces folded, wraps repaired, at most one blank line."""
    return normalize_blocks([raw])
