"""The patterns a document's header is read by (gold/GUIDELINES.md, "Document metadata"), longest and most
specific first. OCR misreads the marks of Vietnamese vowels, so the header's closed vocabulary (the motto, "Số",
"ngày ... tháng ... năm", the type before a number) is matched whatever marks its vowels carry."""
from __future__ import annotations

import re
import unicodedata

from .normalize import LOWER, UPPER


def _fold(s: str) -> str:
    """Upper case without diacritics, for headings mangled by OCR ('QUYÉT ĐỊNH' == 'QUYẾT ĐỊNH')."""
    s = unicodedata.normalize("NFD", s.upper().replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


_VIET_VOWELS = "aăâeêioôơuưy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def _any_marks(words: str) -> str:
    """A regex for ``words`` whatever marks OCR gave or took from their vowels ('CỘNG HÕA', 'CONG HOA' for
    'CỘNG HÒA'): for the motto, a closed phrase. Case-insensitive use."""
    out = []
    for c in words.lower():
        base = _fold(c).lower()
        if c == " ":
            out.append(r"\s+")
        elif base in "aeiouy":
            out.append("[" + "".join(sorted({v for v in _VIET_VOWELS if _fold(v).lower() == base})) + "]")
        else:
            out.append(re.escape(c))
    return "".join(out)


MOTTO = re.compile(_any_marks("cộng hòa xã hội chủ nghĩa việt nam"), re.I)
MOTTO2 = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc\.?", re.I)
# "Số: 44 /2025/QĐ-TTg", "Số 363/2025/NĐ-CP", "Luật số: 106/2025/QH15", "Nghị quyết số: 170/2024/QH15",
# "Số:          /BC-UBND" (a draft: blank number), "Số: II /2026/QĐ-UBND" (OCR), "Số: 57-NQ/TW"
# "Số: 102/2025/NQLT - UBTVQH15 - CP - ĐCTUBTWMTQVN" (a joint symbol, its codes spaced), OCR: "—————Số, 19/2026/NQ-CP"
# the type before "số" whatever marks OCR gave it ("Nghị quyét só: 248/2025/QH15")
_NUMBER_TYPES = "|".join(_any_marks(t) for t in ("bộ luật", "luật", "pháp lệnh", "lệnh", "nghị quyết", "nghị định",
                                                  "quyết định", "thông tư", "chỉ thị"))
NUMBER = re.compile(
    r"""(?:^[ \t]*|\|[ \t]*|[_\-–—]{2,}[ \t]*)
        (?:(?i:""" + _NUMBER_TYPES + r""")[ \t]+[Ss][ốỐóÓôÔổỔ][ \t]*:   # "Luật số:" (not "Nghị định số 231/..." cited)
          | S[ốỐóÓôÔổỔ][ \t]*(?:hiệu)?[ \t]*[:,]?)   # OCR: "Só:", "SÓ", "Sổ:"; a line's "số 231/..." goes on a sentence
        [ \t]*
        (?P<num>
            \d+[ \t]*-[ \t]*[A-ZĐa-zđ]+/[A-ZĐa-zđ.\-]+          # party: "57-NQ/TW"
          | [0-9A-Za-zĐđ.]*[ \t]*(?:/+[ \t]*[0-9A-Za-zĐđ.\-]+)+  # state: "44 /2025/QĐ-TTg", " /BC-UBND"
            (?:[ \t]+[-–][ \t]+[A-ZĐ][0-9A-ZĐ]*(?=[ \t]*(?:[-–|]|$)))*  # " - UBTVQH15 - CP - ĐCTUBTWMTQVN"
          | \d+[A-ZĐ]{2,4}-[A-ZĐ][A-ZĐa-zđ\-]*                  # OCR lost the slash: "1105KH-ĐKT"
        )""", re.M | re.X)
# "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025"; "Hà Tĩnh, ngày 01 tháng12 năm 2025";
# "Lào Cai, ngày      tháng 8 năm 2025" (a draft: day left blank)
# OCR: "ngày | tháng 7 năm 2026" (a speck for the blank day), "thắng"/"thẳng" for "tháng", a day or month
# misread ("ngày 0Â tháng † năm 2026", "ngày *ÈÌ tháng 4 năm 2026", "ngày 08 tháng } năm 2026"): the place stays
# ("ngảy", "nắm": the words compared whatever marks OCR gave them)
PLACE_DATE = re.compile(
    r"(?P<before>[^\n|]*?)[ \t]*,[ \t]*" + _any_marks("ngày") + r"[ \t]*(?P<d>\d{1,2})?[^\n|,\d]{0,4}?[ \t.…_|]*"
    + _any_marks("tháng") + r"[ \t]*(?P<m>\d{1,2})?[^\n|,\d]{0,4}?[ \t.…_]*" + _any_marks("năm")
    + r"[ \t]*(?P<y>\d{4})", re.I)
# Less usual place-and-date lines, each alone on its line (or its column): "Nghệ An, ngày 20/11/2025";
# "Hà Nội ngày 20 tháng 11 năm 2025" (OCR lost the comma: the line is the place and the date, nothing else).
_PLACE_DATE_DIGITS = re.compile(r"(?m)(?:^|\|)[ \t]*(?P<before>[^\n|,]+?)[ \t]*,[ \t]*" + _any_marks("ngày")
                                + r"[ \t]*(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})[ \t*]*(?=\||$)", re.I)
_PLACE_DATE_NO_COMMA = re.compile(r"(?m)(?:^|\|)[ \t]*(?P<before>[^\n|,\d]{2,40}?)[ \t]+" + _any_marks("ngày")
                                  + r"[ \t]*(?P<d>\d{1,2})[ \t]+" + _any_marks("tháng") + r"[ \t]*(?P<m>\d{1,2})[ \t]+"
                                  + _any_marks("năm") + r"[ \t]*(?P<y>\d{4})[ \t*]*(?=\||$)", re.I)

_PLACE_WORD = re.compile(rf"^[{UPPER}][{LOWER}{UPPER}]*\.?$")
# Lines where the header ends and the body begins.
_BODY_START = re.compile(r"^(?:Căn\s+cứ|Kính\s+gửi|Điều\s+\d|Chương\s+[IVX\d]|Thực\s+hiện|Theo\s+đề\s+nghị|"
                         r"Trả\s+lời|Ngày\s+\d)")
# The last word of a V/v line that the next line goes on from, and lines that open the letter instead.
# (compared without tones, which OCR misreads: "thủ tục câp" for "thủ tục cấp")
_V_OPEN = re.compile(r"\b(?:câp|cua|vê|va|cho|cac|tai|theo|vơi|đôi|thưc\s+hiên|triên\s+khai|sô|trong)$")
_V_STOP = re.compile(r"(?:Kính\s+gửi|Số\b|Độc\s+lập|CỘNG\s+HÒA)", re.I)
_TITLE_STOP = re.compile(r"^(?:Căn\s+cứ|Kính\s+gửi|Điều\s+\d|Chương\s+[IVX\d])")
# the motto of a Party document stands where the state's does: "ĐẢNG CỘNG SẢN VIỆT NAM"
# ("... CHUYỂN ĐỔI SỐ TỈNH": "số" in a body's name goes on, the number's "Số:", "Số 57-NQ/TW" ends the block)
_BLOCK_CUT = re.compile(r"[_\-–]{2,}|\bS[ốỐóÓôÔổỔ]\b(?=\s*(?:[:,.]|hiệu\b|\d|/))\s*:?|" + _any_marks("cộng hòa") + r"\b|Độc\s+lập\b|"
                        + _any_marks("đảng cộng sản việt nam") + r"\b", re.I)
_SEPARATOR = re.compile(r"^[-_=*.–—~\s]+$")
# A heading that opens an excerpt of a document: "3. Công tác ...", "I. VỀ KẾT QUẢ", "Điều 5.", "a) ..."
_EXCERPT_START = re.compile(r"^(?:\d+(?:\.\d+)*\.\s|[IVXLC]+\.\s|[a-zđ]\)\s|Điều\s+\d|Chương\s+[IVXLC\d]|PHẦN\s|Phần\s|"
                            r"PHỤ\s+LỤC|Phụ\s+lục)")

_NOISE = re.compile(r":|@|\b[^\W\d_]+\d+[^\W\d_]+")  # a label, a mark, letters and digits mixed (OCR)
_DRAFT = re.compile(r"^\(?\s*(?:dự\s+thảo|DỰ\s+THẢO|Dự\s+thảo)\b[^()]*\)?$")
_ANNEXED = re.compile(r"^\((?:ban\s+hành\s+)?kèm\s+theo\b", re.I)

# The layout of a legal text (Nghị định 30/2020/NĐ-CP, Annex I): parts in capitals numbered I., II.
# ("I. THÀNH PHẦN, SỐ LƯỢNG HỒ SƠ"), points a), b), an annex or a form heading ("Phụ lục IV", "Mẫu số 01").
_PART = re.compile(rf"^[IVX]{{1,4}}\.\s+[{UPPER}][{UPPER}\s,\-–]{{5,}}$")
_POINT = re.compile(r"^[a-zđ]\)\s")
_ANNEX = re.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục|MẪU\s+SỐ|Mẫu\s+số|BIỂU\s+MẪU|Biểu\s+mẫu|Biểu\s+số)\b")
# An article heading, the recipients' list or the signature block: "Điều 12. Hiệu lực thi hành", "Nơi nhận:",
# "KT. BỘ TRƯỞNG" (an excerpt from the middle or the end of a document; news has none of them)
_LEGAL_LINE = re.compile(r"^(?:Điều\s+\d+[a-zđ]?\.\s|Nơi\s+nhận\s*:|(?:KT|TM|TL)\.\s+[A-ZĐ]{2})")
