"""Structural regex fragments for references, in one place.

Every fragment is compiled in verbose mode and shows a real example from the corpus above it.
Alternations are ordered longest and most specific first, so that the first alternative that
matches is the one meant ("Thông tư liên tịch" before "Thông tư", "57-NQ/TW" before "57/...").
Vocabulary (type names, issuer names) is not here: it lives in ``data/*.json`` and is turned into
alternations by ``words_alternation``.
"""
from __future__ import annotations

import re

# Upper-case Vietnamese letters (a range like À-Ỹ would take lower-case letters in too).
UPPER = "A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ"

# A letter of a symbol code: Latin capitals and Đ ("QĐ", "BCĐ", "CĐSQG"), lower case inside mixed
# codes ("TTg", "TTr", "QĐi").
_CODE = r"[A-ZĐ][A-Za-zĐđ]*(?:&[ ]?[A-ZĐ][A-Za-zĐđ]*)?\d*"  # also "QLN&TTBĐS", "BNN&MT"

# A document number/symbol as written (a line break may fall inside it: "52/2021/QĐ-\nUBND").
# "57-NQ/TW", "328-KH/TU", "01-KH/BCĐ", "459-KHHĐ/TU", "57- NQ/TW" (Party: number-type/issuer)
# "942/QĐ-TTg", "44 /2025/QĐ-TTg", "24/2026//NQ-CP", "66.2/2025/NQ-CP", "20/2023/QH15",
# "211/BTC-TCDN", "4338/BTTTT-CĐSQG", "57/VBHN-BCT", "29/2025/TTLT-BTP-BCA", "30a/2008/NQ-CP",
# "1947/QĐ–UBND" (en dash), "19-2017/NQ-CP" (news: the year joined by a hyphen)
SYMBOL_SRC = rf"""
(?:
    QCVN\s?:?\s?\d+[A-Z]?(?:-\d+)?(?:[:/]\d{{4}})?/{_CODE}                    # "QCVN:109/2017/BTTTT", "QCVN 16-1:2025/BYT"
  | \d+ - (?:19|20)\d\d / {_CODE} (?:-{_CODE})*                            # news: "19-2017/NQ-CP"
  | \d+(?:\.\d+)? \s?[-–](?:[ \t]*\n[ \t]*\n[ \t]*|\s?) {_CODE} \s?/\s? {_CODE} (?:-{_CODE})*  # Party: "57-NQ/TW",
                                                                        # "40 – CT/TW", "10-\n\nNQ/TW" (a page break)
  | \d+(?:\.\d+)?[a-z]? \s?/{{1,2}}\s? (?:\d{{4}}\s?/{{1,2}}\s?)? {_CODE}   # "942/QĐ" "45/2020/NĐ" "30a/2008/NQ"
    (?:\s?-\s?{_CODE}|–{_CODE})*                                           # "-CP" "-BTP-BCA" "–UBND"
)
(?:(?![\w/])
  | (?=(?:ngày|của|về|và|năm|do|tại|quy|ban|phê|sửa|hướng|được|đã)(?!\w)))  # glued: "NĐ-CPngày", "QĐ-TTgcủa"
"""
SYMBOL = re.compile(SYMBOL_SRC, re.VERBOSE)

# An OCR-split number right after "số": "Nghị định số 1 25/2025/NĐ-CP" is 125/2025/NĐ-CP; a stray
# letter keeps its place as written ("số I 40/2025/NĐ-CP" is "I40/2025/NĐ-CP").
SPLIT_SYMBOL = re.compile(rf"""
    (?:\d{{1,3}}[ ](?=\d{{1,3}}[ ]?/)                                        # "1 " of "1 25/2025/NĐ-CP"
      | [IJl][ ]?(?=\d)                                                    # "I " of "I 40/2025/NĐ-CP"
    )
    {SYMBOL_SRC}
""", re.VERBOSE)

# "số", "số:", "SỐ" between a type word and its number: "Nghị quyết số: 170/2024/QH15".
NUMBER_MARK = re.compile(r"""
    \s*(?:số|Số|SỐ|sô|sổ)?\s*:?\s*                       # OCR: "Nghị định sô 10/2021/NĐ-CP"
""", re.VERBOSE)

# A bare short-form number: "Quyết định 942", "Nghị quyết 57", "Chỉ thị số 06", "ĐA 06", "Nghị định 105
# năm 2014". Not a date, a decimal, a fraction, a percentage, a count ("Kế hoạch 5 năm", "Kế hoạch 5 năm 2021-2025").
SHORT_NUMBER = re.compile(r"""
    \s*(?:số\s*:?\s*)?
    (?P<num>\d{1,4}(?:/(?:19|20)\d\d)?)                                   # "942", "33/2014" (news)
    (?![\d/.,:%]\d|[\d/%⁄]|\s*/|\s*[-–]\s*[A-ZĐ]
       |\s+(?:\d|tháng|năm(?!\s+(?:19|20)\d\d(?!\s*[-–]\s*(?:19|20)?\d\d))|ngày(?!\s+\d{1,2}\s*(?:[/.-]\s*\d{1,2}|tháng))|người|%))
    (?!\w)
""", re.VERBOSE)

# Dates after "ngày": "15/6/2021", "03/06/2022", "01.4.2025"
NUM_DATE = r"(?P<d1>\d{1,2})\s*[/.\-]\s*(?P<m1>\d{1,2})\s*[/.\-]\s*(?P<y1>\d{4})"
# "15 tháng 6 năm 2021", "22 tháng 12 nám 2024" (OCR), "16\ntháng 6 năm 2025"
WORD_DATE = r"(?P<d2>\d{1,2})\s+(?:tháng|THÁNG)\s+(?P<m2>\d{1,2})\s*,?\s+(?:năm|NĂM|nám|nãm|nắm|nam)\s+(?P<y2>\d{4})"

# A date following the number: "ngày 15/6/2021", ", ngày 22/12/2024", "ban hành ngày 15 tháng 6 năm 2021"
# (A new line before a capitalised "Ngày" is the next paragraph, such as a dateline, not this date.)
DATE_AFTER = re.compile(rf"""
    [ \t]*,?[ \t]*(?:\n(?=[ \t]*(?:ngày|NGÀY|ban|được)))?[ \t]*
    (?:(?:được[ ]+)?ban[ ]+hành[ ]+)?
    (?:ngày|NGÀY|Ngày)\s+(?:{NUM_DATE}|{WORD_DATE})
""", re.VERBOSE)

# The year of a law as written after its name: "Luật Khoáng sản năm 2010" (no date: a year alone).
YEAR_AFTER = re.compile(r"""
    [ ]+(?:năm[ ]+)?(?P<y>(?:19|20)\d\d)(?![\d/])
""", re.VERBOSE)

# "của" before a written issuer: "... ngày 15/6/2021 của Thủ tướng Chính phủ"
OF = re.compile(r"""
    [ \t\n]*,?[ \t\n]*(?:của|CỦA)\s+
""", re.VERBOSE)

# "do" before a written issuer, which may be followed by "ban hành": "Thông tư 40/2017/TT-BTC do Bộ Tài
# chính quy định chế độ công tác phí", "Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành".
BY = re.compile(r"""
    [ \t]*,?[ \t]*(?:do|DO)[ \t\n]+
""", re.VERBOSE)
BY_TAIL = re.compile(r"""
    [ \t]+ban[ ]hành(?!\w)
""", re.VERBOSE)

# A date just before the mention: "Ngày 29/7/2022, UBND tỉnh ban hành Kế hoạch số 176/KH-UBND",
# "Ngày 3/11/2016, Bộ Tài chính đã có công văn số 15700/BTC-TCDN". Searched in the text before it.
DATE_BEFORE = re.compile(rf"""
    (?:^|[\s(,;])(?:[Nn]gày|NGÀY)\s+(?:{NUM_DATE}|{WORD_DATE})\s*,\s*
    (?P<between>[^.;:\n]{{0,80}}?)
    (?:ban[ ]hành|đã[ ]có|có|gửi|ký|ra|trình|phê[ ]duyệt)\s+(?:các\s+)?$
""", re.VERBOSE)

# "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng ... giao ...": the date
# and then at once the document that says it.
DATE_BEFORE_AT = re.compile(rf"""
    (?:^|[\s(,;])(?:[Nn]gày|NGÀY)\s+(?:{NUM_DATE}|{WORD_DATE})\s*,\s*tại\s+$
""", re.VERBOSE)

# The same without a year, as news writes it: "Trước đó, vào ngày 6/1, Bộ Tài chính đã gửi Công văn số
# 211/BTC-TCDN", "Ngày 24/4 vừa qua, Chính phủ đã chính thức ban hành Nghị định 49/2017/NĐ-CP". The year
# comes from elsewhere in the text (reference_fields.DocumentPasses.dates), when it can.
DATE_BEFORE_NO_YEAR = re.compile(r"""
    (?:^|[\s(,;])(?:[Nn]gày|NGÀY)\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![\d/.])
    (?:\s+(?:vừa\s+qua|vừa\s+rồi|mới\s+đây))?\s*,\s*
    (?P<between>[^.;:\n]{0,80}?)
    (?:ban[ ]hành|đã[ ]có|có|gửi|ký|ra|trình|phê[ ]duyệt)\s+(?:các\s+)?$
""", re.VERBOSE)

# A full date anywhere in a text, for the year of a date written without one: "31/12/2016", "28/2/2017",
# "tháng 2/2017".
FULL_DATE = re.compile(r"""
    (?<![\d/])(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})|tháng\s+(?P<m2>\d{1,2}))\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/])
""", re.VERBOSE)

# The document's own number in its header: "Số: 1332/KH-BCĐ" at the start of a line (or after "|").
# (A lower-case "số" opens a header line only with its colon: "...;\nsố 118/2025/NĐ-CP ngày 09/6/2025 về ..." is
# the next item of a list of Nghị định wrapped onto a new line.)
OWN_NUMBER_LINE = re.compile(r"""
    (?:^|\n|\|)[ \t]*(?:(?:Số|SỐ)[ \t]*:?|số[ \t]*:)[ \t]*$
""", re.VERBOSE)

# What joins items of a list sharing a type: "các Nghị định số 45/2020/NĐ-CP, 47/2020/NĐ-CP",
# "Nghị định số 87/2015/NĐ-CP và số 88/2015/NĐ-CP".
LIST_JOIN = re.compile(r"""
    \s*(?:,\s*và|,|và|;)\s*(?:số\s*:?\s*)?
""", re.VERBOSE)

# Where a title (trích yếu) ends: ";", a sentence end ". X", an ellipsis, a new line, or a clause
# that starts a new subject: ", UBND tỉnh đã chỉ đạo ...".
TITLE_END = re.compile(r"""
    ;
  | \s\|                                            # the next cell of a table row: "... về phí | Điều 43"
  | \.{2,}|…
  | \.(?=\s|$)
  | \.(?=[”"](?:\s|$))                                # the end of a quoted text: "... về lựa chọn nhà thầu.”"
  | \s(?=(?:Tuy\snhiên|Trong\sđó|Theo\sđó|Ngoài\sra|Đồng\sthời|Bên\scạnh\sđó|Do\sđó|Vì\svậy),)  # a lost period
  | \./                                                # the closing mark ("./", "./.") of a text: "... tầm nhìn đến năm 2050./."
  | \n
  | :\s
  | \s(?=\(sau\sđây|\((?:gọi|viết)\stắt|có\shiệu\slực|(?:đã\s)?được\ssửa\sđổi)
  | \s(?=(?:Đối\svới|Trường\shợp|Căn\scứ)\s)       # a table's next cell: "... của Thành phố Hà Nội Đối với chi hỗ trợ"
  | \s(?=đã\sđược\sban\shành|được\sban\shành\s(?:ngày|từ|năm)\b)   # "... Nghị định số 193/2025/NĐ-CP đã được ban hành ngày ..."
  | ,\s(?=được\ssửa\sđổi|đã\sđược)
  | ,\s+(?=(?:UBND|Ủy\sban|Uỷ\sban|HĐND|Bộ\s[A-ZĐ]\w*|Chính\sphủ|Thủ\stướng|Sở\s|Tỉnh\sủy|Thành\sủy|Ban\s(?!Bí\sthư)\w+
            |Cục\s|Tổng\scục\s|Văn\sphòng\s|Hội\sđồng\s|thì\s
            |trong\sđó|theo\sđó|cụ\sthể|đồng\sthời|tuy\snhiên|nhưng|qua\sđó|từ\sđó|đến\snay|chúng\s|các\sđịa|
            ngành|tỉnh\s(?:đã|đang)|nhằm\s|để\s)\b)
""", re.VERBOSE)

# In running prose (news) a title also ends where the sentence's own verb starts: "Nghị định 89/1999/NĐ-CP
# về bảo hiểm tiền gửi đã quy định ..."; in a legal text "đã" belongs to titles ("quân nhân ... đã phục viên").
PROSE_TITLE_END = re.compile(r"""
    \s(?=(?:đã|sẽ|đang|vừa|cũng|thì|là)\s)
  | \s(?=(?:được\sban\shành|nêu\srõ|chỉ\srõ|đề\sra|khẳng\sđịnh|nhấn\smạnh|cho\sbiết|cho\sthấy)\b)
  | ,\s+(?=(?:các|những|nhiều|mọi)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?\s+(?:đã|đang|sẽ|phải|cần|đều|vẫn|còn|chưa|tiếp\stục)\s)
                                                    # "... phong cách Hồ Chí Minh, các cấp ủy đã triển khai"
  | ,\s+(?=[^\s,.;]+(?:\s+[^\s,.;]+){0,2}\s+(?:đã|đang|sẽ|phải|cần|vẫn|chưa|đều|cũng)\s)
                                                    # "Luật số 71/2014/QH13 sửa đổi các luật về thuế, doanh nghiệp đã ..."
  | \s(?=đặt\s(?:mục\stiêu|ra)\b)                   # "... năm 2025 đặt mục tiêu tăng trưởng 8%"
  | \s(?=(?:xác\sđịnh|yêu\scầu|quy\sđịnh|chỉ\sđạo|nêu)(?:\s+rõ)?\s*[:“"])   # "... hiện đại hóa đất nước xác định “phải ..."
  | ,?\s(?=nhưng\s)                                  # "... ưu tiên các vùng đặc biệt khó khăn nhưng trong quá trình ..."
  | ,\s+(?=(?:trường\shợp|nếu|do\sđó|vì\svậy|như\svậy|song|mặc\sdù)\s)   # "... Luật Đất đai số 45/2013/QH13, trường hợp ..."
  | \s(?=lại\s(?:quy\sđịnh|yêu\scầu|cho\sphép|không|chưa)\b)             # "... “Những trải nghiệm đặc biệt” lại quy định"
  | \svà\s(?=(?:Quốc\shội|Chính\sphủ|Thủ\stướng|Bộ\s[A-ZĐ]|UBND|Ủy\sban|HĐND|Hội\sđồng|Ban\s[A-ZĐ])[^,.;]{0,50}?
             \s(?:đã\s|vừa\s|cũng\s)?(?:thông\squa|ban\shành|ký|phê\sduyệt)\b)   # "... và Quốc hội thông qua Nghị quyết ..."  # "... về công tác dân tộc đề ra mục tiêu"
  | ,\s+(?=(?:Thanh\stra|Đoàn|Đại\sbiểu|Ông|Bà|Phó|NHCSXH|Ngân\shàng)\s)    # "..., Thanh tra Chính phủ đã ..."
  | \s(?=do\s+(?:Phó\s+)?(?:Chủ\stịch|Bộ\strưởng|Thủ\stướng|Giám\sđốc|UBND|Ủy\sban|Bộ\s[A-ZĐ]|Sở\s)) # "... do Phó Chủ tịch UBND tỉnh ký"
""", re.VERBOSE)

# Where the name of a document without a number ends (stricter than a title: also at a comma).
NAME_END = re.compile(r"""
    [;,:()]|\.{2,}|…|\.(?=\s|$)|\n
  | \s(?=(?:là|đã|đang|được|sẽ|của|nhằm|để|do|vì|thì|mà|này|nêu|trên\scơ\ssở|theo|có\shiệu\slực|tại
            |hoặc|hay|gửi|cho)\b)
  | (?<![Cc]hương)\s(?=trình\b)                        # "trình" a verb, not "Chương trình"
  | (?<=\d)\s(?=(?:xác\sđịnh|đề\sra|đặt\sra|khẳng\sđịnh|nhấn\smạnh)\b)  # "... 10 năm 2021-2030 xác định ba đột phá"
  | \s(?=(?:Tuy\snhiên|Trong\sđó|Theo\sđó|Ngoài\sra|Đồng\sthời|Bên\scạnh\sđó|Do\sđó|Vì\svậy)\b)
                                                    # a sentence whose period was lost: "... Chương trình xây dựng NTM Tuy nhiên, ..."
""", re.VERBOSE)

# Words that start a trích yếu right after a reference: "phê duyệt ...", "về việc ...", "V/v ...".
TITLE_START = re.compile(r"""
    (?:về|V/v|v/v|Về)\b
  | (?:phê\sduyệt|ban\shành|quy\sđịnh|hướng\sdẫn|sửa\sđổi|bổ\ssung|thực\shiện|triển\skhai|phát\striển
     |nâng\scao|tăng\scường|đẩy\smạnh|đẩy\snhanh|thúc\sđẩy|công\snhận|yêu\scầu|đôn\sđốc|thành\slập
     |kiện\stoàn|điều\schỉnh|giao|phân\sbổ|phân\scông|chấn\schỉnh|tổ\schức|hỗ\strợ|bãi\sbỏ|cho\sphép
     |chấp\sthuận|xử\slý|khắc\sphục|cải\scách|xây\sdựng|đổi\smới|chuyển\sđổi|áp\sdụng|bảo\sđảm|đảm\sbảo
     |quản\slý|phòng\schống|phòng,\schống|tiếp\stục\sđẩy|tiếp\stục\sthực|ủy\squyền|uỷ\squyền|kế\shoạch
     |chương\strình|thí\sđiểm|một\ssố|các\sgiải\spháp|các\snhiệm\svụ|nhiệm\svụ|giải\spháp|định\shướng
     |phân\scấp|phân\sđịnh|hợp\snhất|tổng\skết|sơ\skết|ứng\sdụng|cắt\sgiảm|đơn\sgiản
     |thông\sbáo\s(?:kết\sluận|ý\skiến|về))\b                # "Thông báo số ... thông báo kết luận ..."
  | [“"]
""", re.VERBOSE | re.IGNORECASE)

# Where a "Luật ... " name stops: a verb or function word after the name ("Luật Đầu tư công đã ...").
LAW_NAME_STOP = frozenset("""
đã đang được bị có là sẽ của cho theo tại trong để nhằm với khi thì mà này đó nay hiện do từ đến về
các những cũng vẫn phải không chưa đều hoặc hay nên ngày số năm nêu trên hết
còn chỉ vừa gồm bao như thay qua trước sau lần tháng điểm khoản điều chương mục hoặc
nhưng thuộc bởi vì nếu tuy dù vê sô sổ lại
""".split())

WORD = re.compile(r"[^\s,;:.()“”\"…]+")


def trie_alternation(phrases: list[str]) -> str:
    """The same alternation with common prefixes factored out, which the regex engine fails fast on
    at each position: ["kế hoạch", "kết luận"] -> "kế(?:\\s+hoạch|t\\s+luận)"."""
    trie: dict = {}
    for p in set(phrases):
        node = trie
        for tok in re.findall(r"\s+|\S", p):
            node = node.setdefault(" " if tok.isspace() else tok, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if tok == " " else re.escape(tok)) + build(node[tok]) for tok in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")
    return build(trie)


def words_alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, any run of white space between words:
    ["quyết định", "nghị quyết"] -> "nghị\\s+quyết|quyết\\s+định"."""
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in uniq)
