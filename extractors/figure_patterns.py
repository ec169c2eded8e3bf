"""Structural regex fragments of figures, in verbose mode, each with a real example.

Order inside an alternation: longest and most specific first. Vocabularies (units, qualifier words,
magnitude words, kind cues) live in ``data/*.json``; only the shapes of text live here.
"""
from __future__ import annotations

import re

# A digit run with Vietnamese separators, not glued to a word, a symbol or a decimal before it.
# "3.900", "304.219,4", "53,5", "0.4944", "1.497.360"
NUMBER = re.compile(r"""
    (?<![\w.,/⁄\\-])(?<!\d:)
    \d+(?:[.,]\d+)*
""", re.X)

# The same shape, anchored, to read a second number (the high end of a range, the whole of a rank).
NUMBER_AT = re.compile(r"\d+(?:[.,]\d+)*")

# Dates: "15/6/2021", "31/01/2016", "tháng 2/2017" (the 2/2017), "01-7-2025". Dates led by a word
# ("ngày 6/1", "ngày 15 tháng 6 năm 2021") are passed over by LABEL_WORDS. Every alternative starts at a
# digit: the text is scanned once and cheaply.
DATE = re.compile(r"""
    (?<![\w.,/])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b
  | (?<![\w.,/])\d{1,2}/\d{4}\b
  # ... a day and month written out without "ngày" before it: "(dịp 30 tháng 4 năm 2025)", "từ 15 tháng 6"
  # (not "6 tháng 2 ngày", nor "3 tháng 10 năm" with no year after it)
  | (?<![\w.,/])(?:0?[1-9]|[12]\d|3[01])[ \t]+tháng[ \t]+(?:0?[1-9]|1[0-2])\b(?![ \t]*(?:ngày|tuần|lần|đợt|năm\b(?![ \t]+\d)))
""", re.X)

# Periods: "6 tháng đầu năm 2016", "2021 - 2025", "2025-2027" ("giai đoạn 2021" and "năm 2022" are
# labels: LABEL_WORDS)
PERIOD = re.compile(r"""
    (?<![\w.,/])\d+\s+tháng\s+(?:(?:đầu|cuối|giữa)\s+năm(?:\s+\d{4})?|năm\s+\d{4}|(?:vừa\s+)?qua|ước)
  # ... and a span of months that a change or a result is measured over: "Tăng trưởng kinh tế 9 tháng của Tỉnh ước
  # đạt 8,19%", "sản xuất công nghiệp 10 tháng tăng 15,55%"
  | (?<![\w.,/])(?:[1-9]|1[0-2])\s+tháng\s+(?:của|tăng|giảm|đạt|ước)\b
  | (?<![\w.,/])(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b
""", re.X | re.I)

# Document numbers and symbols: a number in a whitespace-free token that holds a slash or a dash and
# letters: "942/QĐ-TTg", "66.2/2025/NQ-CP", "57-NQ/TW", "QCVN:109/2017/BTTTT", "7⁄202%⁄QHI5", "3G/4G"
SYMBOL_TOKEN = re.compile(r"[/⁄-]")
SYMBOL_LETTER = re.compile(r"[^\W\d_]")

# Numbers that label rather than count, by the word(s) just before them: "Điều 5", "khoản 2",
# "Đề án 06", "Nghị quyết 19", "mức độ 3", "cấp độ 4", "Biểu số 03", "Lượt xem: 117", "năm 2022",
# "Phiên họp thứ 4", "lần thứ 2", "Chương trình 135", "Quốc lộ 4D". Looked up as words, not scanned.
LABEL_WORDS = frozenset("""
điều khoản điểm tiết mục tiểu_mục chương phần phụ_lục biểu bảng mẫu hình số luật bộ_luật nghị_quyết
nghị_định quyết_định chỉ_thị thông_tư kế_hoạch công_văn đề_án chương_trình kết_luận thông_báo báo_cáo
tờ_trình công_điện hướng_dẫn quy_định mức_độ cấp_độ nhóm loại thứ phiên_họp kỳ_họp khóa hội_nghị tầng
phòng quốc_lộ ql tỉnh_lộ đường xóm thôn tổ khu lô tuyến lượt_xem tel điện_thoại đt fax hotline mã version
phiên_bản công_nghiệp iso tcvn qcvn năm tháng ngày quý tuần giai_đoạn thời_kỳ nhiệm_kỳ niên_độ top trang
tập câu bước vòng lần đợt giờ lúc trung_ương thứ_tự vùng article clause chapter decree bậc_thợ điêu lớp hôm tốp
""".split())
LABEL_WORDS = frozenset(w.replace("_", " ") for w in LABEL_WORDS)
# "tổng số 425 doanh nghiệp", "với số 20 hộ": "số" after these words counts
LABEL_SO_EXCEPT = frozenset({"tổng", "với", "trong"})  # ... and "trong số 13 chỉ tiêu" (among)

# The later numbers of a list of labels: "mức độ 3 và 4", "mức độ 3, 4", "khoản 1, 2 và 3"
LABEL_LIST = re.compile(r"""
    (?:điều|khoản|điểm|mục|mức\s+độ|cấp\s+độ|nhóm|loại|phụ\s+lục|giai\s+đoạn|phần|chương|lần|đợt|kỳ|mẫu(?:\s+biểu)?|biểu|thứ\s+tự)
    (?:\s+số)?\s+\d+(?:\.\d+)*(?:\s*(?:,|và|hoặc|-|–)\s*\d+(?:\.\d+)*)*
    \s*(?:,|và|hoặc|-|–)\s*$
""", re.X | re.I)

# A number that modifies the noun before it, not counted: "phiên họp 4 cấp", "chính quyền 2 cấp",
# "mức độ 3, 4", "5G", "công nghiệp 4.0"
# ... and voltage classes naming a line or a station: "đường dây 500 kV", "TBA 220 kV"
# "cấp" also as OCR reads its marks ("chính quyền địa phương 02 cáp": no cable is counted there); a
# "cấp phó"/"cấp trưởng" is a person counted: "không quá 03 cấp phó"
MODIFIER_AFTER = re.compile(r"\s*(?:(?:cấp|cáp|câp|cắp|cap)(?!\s+(?:độ|phép|giấy|mới|quyền|cho|bù|phó|trưởng|quang|ngầm|điện|treo)\b)\b"
                            r"|sao\b|tầng\b|kV\b)", re.I)
VERSION = re.compile(r"\d\.0$")

# List labels at a line start: "1.", "3.1.", "a)", "(1)", "- 2." and in running text "(1) ban hành"
LIST_LABEL = re.compile(r"""
    ^[ \t]*(?:[-+•*][ \t]*)?\(?\d+(?:\.\d+)*(?:[.)](?=\s|$)|\.?[ \t]*$)
  | \(\d{1,2}\)(?=\s)
""", re.X | re.M)

# Ranks: "xếp thứ 6", "xếp hạng thứ 24/63", "đứng thứ hai", "thứ 24/63"
RANK = re.compile(r"""
    (?=[xđhtXĐHT])(?:(?:xếp|đứng)(?:\s+hạng)?\s+thứ|hạng\s+thứ|xếp\s+hạng|thứ(?=\s+\d+\s*/\s*\d+))
    # ... on its line or the next, not across a blank line nor into the next line's list label: "CÁCH THỨC XẾP
    # HẠNG\n\n1. Nội dung thi đua" ranks nothing
    (?:[ \t]+|[ \t]*\n[ \t]*(?!\d+[.)]\s))
    (?P<n>\d+(?:\s*/\s*\d+)?|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b
""", re.X | re.I)

# A compound duration, valued in its first unit: "21 giờ 34 phút 12 giây", "4 ngày 12h",
# "1 ngày 12 giờ 52 phút"
DURATION_PART = re.compile(r"\s*(?P<n>\d+(?:,\d+)?)\s*(?P<u>ngày|giờ|h|phút|giây)\b", re.I)
DURATION_FIRST = re.compile(r"\s*(?P<u>ngày|giờ|h|phút|giây)\b", re.I)

# The high end of a range: "60-80%", "từ 60% đến 80%", "từ 10% đến dưới 30%", "từ 96 % đến 100%"
RANGE_TAIL = re.compile(r"""
    \s*(?:-|–|—|đến|tới)\s*(?:dưới\s+|trên\s+|khoảng\s+)?
    (?P<n>\d+(?:[.,]\d+)*)
""", re.X)

# Number words spelled out before digits in parentheses: "ba mươi (30) ngày"
NUMBER_WORDS_BEFORE = re.compile(r"""
    (?P<w>(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ
              |nghìn|ngàn|triệu|tỷ)\s+)+)\($
""", re.X | re.I)
# ... and after: "01 (một) năm"
NUMBER_WORDS_AFTER = re.compile(r"\s*\((?:(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ|lăm|mốt|tư)\s*)+\)", re.I)

# Sentence ends: ". " before a capital or a line break; line breaks; "!" "?"
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
SENTENCE_END = re.compile(r"[.!?…]\s+(?=[\"“(]?[0-9" + _UPPER + r"])|\n+")
# abbreviations whose dot ends no sentence: "Tp. Hồ Chí Minh", "TS. Nguyễn ..."
NO_SENTENCE_END = re.compile(r"(?:^|\W)(?:Tp|TP|TS|ThS|PGS|GS|BS|Th\.S)$")

# Headings that set a period for the lines under them: "- Giai đoạn 2025-2027", "Năm 2025:"
HEADING_PERIOD = re.compile(r"""
    ^[ \t]*(?:[-+•*a-zđ0-9.)]+[ \t]*)?(?:giai\s+đoạn|năm|thời\s+kỳ)\s+
    (?P<p>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)[ \t:.]*$
""", re.X | re.I | re.M)

# Numbered headings that end with the period of their section: "1. Phát triển kinh tế số đến năm 2030",
# "1. Tình hình thực hiện năm 2024",
# "II. MỤC TIÊU GIAI ĐOẠN 2026 - 2030", "2. Chỉ tiêu cụ thể đến năm 2030, tầm nhìn đến năm 2045" (the first)
HEADING_PERIOD_END = re.compile(r"""
    ^[ \t]*(?:[IVX]+|\d+(?:\.\d+)*)[.)][ \t]+[^\n]*?
    (?:(?<!tháng\s)(?<!tháng\s\d)(?<!tháng\s\d\d)\b(?:(?:đến|tới|trong|vào)\s+(?:hết\s+)?)?năm\s+(?P<p>(?:19|20)\d\d)|\bgiai\s+đoạn\s+(?P<r>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d))
    (?:,?\s+tầm\s+nhìn\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d)?[ \t:]*$   # a sentence ends with ".", a heading not
""", re.X | re.I)

# A period mentioned in a sentence: "trong năm 2022", "6 tháng đầu năm 2016", "giai đoạn 2021 - 2025"
PERIOD_IN_SENTENCE = re.compile(r"""
    (?P<p>\d+\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:19|20)\d\d)
  | (?:giai\s+đoạn|thời\s+kỳ)\s+(?P<r>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)
  | (?:năm|kế\s+hoạch|vốn)\s+(?P<y>(?:19|20)\d\d)\b
""", re.X | re.I)
