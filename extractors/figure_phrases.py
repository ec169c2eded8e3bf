"""Phrases around a figure's number, for its indicator and scope (``figure_indicators``): the clause before
it, the noun phrase after it, the subject a measure is named by and the verb that governs it.

"Tỷ lệ hồ sơ trực tuyến đạt 98%" gives the subject "Tỷ lệ hồ sơ trực tuyến"; "100% các sở, ngành có tỷ lệ xử
lý văn bản ..." the noun phrase after the number; "đã đưa được 493 sản phẩm lên sàn" the verb "đưa".
"""
from __future__ import annotations

import re

# the units a quantifier counts: "các tỉnh/thành phố", "nhiều tỉnh đạt ..."
_UNIT_NOUN = r"(?:tỉnh|thành\s+phố|địa\s+phương|bộ|ngành|sở|huyện|quận|xã|phường|đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|trường)"

# Discourse openers dropped from the front of a subject: "Trong đó, ", "Cụ thể, ", "Đến nay, "
_LEAD = re.compile(r"""^(?:[\s,.;:+\-–•*]|[()]|\d+(?:\.\d+)*[.)]\s|\[\d+\]|[a-zđ]{1,2}\d*(?:\.\d+)?\)\s
    |(?:(?:đến|tới|vào|trong)\s+năm\s+\d{4}|trong\s+đó|bao\s+gồm|cụ\s+thể|đến\s+nay|hiện\s+nay|đặc\s+biệt|ngoài\s+ra|đồng\s+thời|theo\s+đó
      |tuy\s+nhiên|nhất\s+là|như\s+vậy|trong\s+khi(?:\s+đó)?|như|và|hay|còn|với|có|trong\s+số|ước|riêng|tính\s+đến|tổng\s+cộng
      |nổi\s+bật|chủ\s+yếu(?:\s+là)?|tiếp\s+(?:theo|đến)(?:\s+là)?|cuối\s+cùng(?:\s+là)?|tính\s+chung
      |(?:cũng\s+)?trong\s+năm(?:\s+qua|\s+nay)?(?=\s*,)|tức(?:\s+là)?|bởi\s+lẽ|qua\s+[^,\d]{1,30}?(?=\s*,)|trong\s+thời\s+gian\s+qua(?=\s*,))\b\s*:?)+""", re.X | re.I)
# Verbs and qualifiers dropped from the end of a subject: "Tỷ lệ hồ sơ trực tuyến đạt"
_TRAIL = re.compile(r"""(?:[\s,:]|\b(?:đạt|là|chiếm|đều|được|có|đã|ước|ước\s+tính|chỉ\s+còn|còn|khoảng|trên|hơn|gần
    |dưới|tối\s+thiểu|tối\s+đa|ít\s+nhất|từ|lên|xuống|tới|đến|bằng|với|cho|của|ở\s+mức|mức|vào|khoảng|gồm|thêm|như|hay|chỉ
    |lần\s+lượt)\b)+$""",
                    re.X | re.I)
# Words that, right after "%", say what the percentage is measured against rather than what it counts
_AGAINST = re.compile(r"\s*(?:so\b|kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|cùng\s+kỳ|trở\b|trên\s+tổng|tổng\s+số\b|$|[,;.:)(])",
                      re.I)
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
_FORWARD_STOP = re.compile(r"[;:.()\n|]|,\s*(?-i:(?=[" + _UPPER + r"])(?![" + _UPPER + r"]{2,}\b))|\s+là\b|\s+và\s+(?:đã|đạt|đang|sẽ|tăng|giảm|tiếp\s+tục|(?:đến|hiện)\s+nay)\b|\s+thì\b|,\s*(?:đạt|chiếm|trong\s+đó|(?:bao\s+)?gồm|tăng|giảm|gấp|bảo\s+đảm|đảm\s+bảo|phấn\s+đấu|đồng\s+thời|nhưng|song|tiếp\s+(?:theo|đến)|cuối\s+cùng)\b|,\s*(?:(?:đến|tới|trong|vào|hết)\s+)?(?:cả\s+)?năm\s+(?:19|20)\d\d\b|\s+với\s+(?:tổng|số)\b"
                           r"|\s+(?:trong\s+đó|so\s+với|bởi)\b|(?<!không)(?<!chưa)(?<!\bcó)(?<!\bbao)\s+(?:bao\s+)?gồm\b", re.I)
_LEVEL = re.compile(r"(?:của\s+|tại\s+|ở\s+)?(?P<s>cấp\s+(?:tỉnh|huyện|xã|bộ|trung\s+ương|cơ\s+sở|thành\s+phố|quận|thôn))\s*$",
                    re.I)
# a sector of the economy, a part of a total split "trong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%;
# khu vực công nghiệp và xây dựng ước đạt 9,34%" (named with or without "khu vực"/"ngành")
_SECTOR = re.compile(
    r"(?:(?:khu\s+vực|ngành|lĩnh\s+vực)\s+)?(?:nông(?:\s*,\s*|\s+)lâm(?:\s+nghiệp)?(?:\s*,\s*ngư\s+nghiệp)?"
    r"(?:\s*(?:,|và)\s*th(?:ủy|uỷ)\s+sản)?|nông\s+nghiệp|công\s+nghiệp(?:\s*(?:-|–|,|và)\s*xây\s+dựng)?|xây\s+dựng"
    r"|(?:thương\s+mại\s*(?:-|–|,|và)\s*)?dịch\s+vụ|thuế\s+sản\s+phẩm(?:\s+trừ\s+trợ\s+cấp(?:\s+sản\s+phẩm)?)?"
    r"|khu\s+vực\s+(?:kinh\s+tế\s+)?(?:nhà\s+nước|trong\s+nước|ngoài\s+nhà\s+nước|ngoài\s+quốc\s+doanh|tư\s+nhân|FDI"
    r"|có\s+vốn\s+đầu\s+tư\s+nước\s+ngoài|(?:vốn\s+)?đầu\s+tư\s+nước\s+ngoài|doanh\s+nghiệp\s+nhà\s+nước))", re.I)
# what a sector does to its figure: "chiếm 34,86%" (its share), "ước đạt 5,39%", "tăng 4,2%"; right after the figure
# before or a colon/semicolon, not inside a noun phrase ("tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1%")
_SECTOR_PART = re.compile(r"(?:^[\s,(]*(?:và\s+)?|[;:(]\s*)(?:(?:trong\s+đó|cụ\s+thể)\s*[,:]?\s*)?(?P<s>" + _SECTOR.pattern + r")\s+(?P<v>(?:ước\s+)?(?:tính\s+)?"
                          r"(?:đạt|chiếm|tăng|giảm|là)?)\s*(?:khoảng|gần|xấp\s+xỉ|trên|hơn)?\s*$", re.I)
_SET_APART = re.compile(r"\s*(?:riêng|đối\s+với)\s+(?P<np>(?:các|những|mỗi|từng)?\s*[^\W\d][^,;:()\d]*?)"
                        r"(?<!\bđã)(?<!\bsẽ)(?<!\bđang)(?<!\bcũng)(?<!\bvẫn)(?<!\bkhông)(?<!\bchưa)(?<!\bnăm)\s+(?:thì\s+|đều\s+)?"
                        r"(?=(?P<v>có|đạt|phải|chiếm|đáp\s+ứng|tăng|giảm|còn)\b)", re.I)
# a unit of a breakdown and its verb, after the figure before: ", doanh nghiệp nhà nước nợ", "; khối địa phương đạt"
_PARALLEL = re.compile(r"[\s,;]*(?:và\s+)?(?P<np>(?:các\s+)?(?P<kind>doanh\s+nghiệp|khối|ngành|lĩnh\s+vực|nhóm|hộ|công\s+ty"
                       r"|tỉnh|thành\s+phố|huyện|xã|quận|vùng|khu\s+vực|hợp\s+tác\s+xã)(?:\s+[^\W\d]+){1,6}?)\s+"
                       r"(?P<v>nợ|đạt|có|thu|chi|chiếm|xuất\s+khẩu|nhập\s+khẩu|giải\s+ngân|thực\s+hiện)\s*", re.I)
_ORG = re.compile(r"^(?:khối|bộ|sở|ubnd|ủy\s+ban|tỉnh|thành\s+phố|tp\.|huyện|xã|quận|các\s+bộ|các\s+địa\s+phương"
                  r"|các\s+tỉnh|đa\s+số|tất\s+cả)\b", re.I)


def _caps_tail(head: str) -> str | None:
    """The run of capitalized words (joined by commas or "và") that ends ``head``: a place or body."""
    toks = re.findall(r"[^\s,]+|,", head)
    out = []
    for t in reversed(toks):
        if t == "," or t == "và" or t[:1].isupper():
            out.append(t)
        else:
            break
    while out and out[-1] in (",", "và"):
        out.pop()
    if not out:
        return None
    return re.sub(r"\s+,", ",", " ".join(reversed(out)))


# A subject that is only a time: "năm 2026", "cả năm 2025", "đến năm 2030", "6 tháng đầu năm 2017",
# "quý I/2017", "giai đoạn 2021-2025"; and the same time at the end of an indicator shared with it
_TIME = (r"(?:(?:đến|tới|trong|vào|hết)\s+){0,2}(?:cả\s+)?(?:năm\s+(?:19|20)\d\d|giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
         r"|(?:\d+\s+tháng\s+(?:(?:đầu|cuối)\s+)?|cùng\s+kỳ\s+)năm\s+(?:19|20)\d\d|quý\s+[IV1-4]+\s*/\s*(?:19|20)\d\d|tháng\s+\d{1,2}\s*/\s*(?:19|20)\d\d)")
_PERIOD_ONLY = re.compile(_TIME, re.I)
_PERIOD_TAIL = re.compile(r"\s+" + _TIME + r"$", re.I)

# A subject that names only an amount, not what it is of: "với số tiền", "tổng kinh phí"
# a verb that gives or spends the amount named after it
_GIVE = re.compile(r"(?:tạm\s+ứng|bổ\s+sung|hỗ\s+trợ|bố\s+trí|cấp|giải\s+ngân|huy\s+động|phân\s+bổ|ứng|chi|giao)$", re.I)
_WITH_AMOUNT = re.compile(r"(?:^|\s)(?:với|tương\s+ứng(?:\s+với)?)\s+(?P<g>(?:tổng\s+)?(?:số\s+tiền|số\s+vốn|kinh\s+phí|giá"
                          r"\s+trị))$", re.I)
# the measure of what a count counts, named before its own number: "02 dự án điện gió (Cà Mau 1A, Cà Mau 1B) với
# công suất 176 MW", "16 dự án ... với tổng công suất 870,2 MW", "22 dự án tổng công suất 1.393 MW"
_WITH_MEASURE = re.compile(r"(?P<w>(?:^|\s+)với)?(?:^|\s+)(?P<g>(?:tổng\s+)?(?:công\s+suất|diện\s+tích|chiều\s+dài|dung\s+tích"
                           r"|sản\s+lượng)|tổng\s+vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?|tổng\s+mức\s+đầu\s+tư)$", re.I)
_GENERIC = re.compile(r"(?:tổng\s+)?(?:số\s+tiền|số\s+vốn|kinh\s+phí|giá\s+trị|số|tổng|tổng\s+số|con\s+số)$", re.I)


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    for _ in range(3):
        s = _LEAD.sub("", s).strip()
        s = _TRAIL.sub("", s).strip()
    return s.strip(" ,;:-")


def _back_clause(text: str, lo: int, pos: int) -> tuple[int, str]:
    """The clause before ``pos`` back to ``lo``, a clause break or an open parenthesis."""
    depth, i = 0, pos - 1
    while i >= lo:
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                break
            depth -= 1
        elif ch in ";:\n|" and depth == 0:
            if ch == "\n" and _wrapped(text, i):
                i -= 1
                continue
            break
        i -= 1
    return i + 1, text[i + 1:pos]


def _is_against(text: str, c) -> bool:
    """What follows a percentage is what it is measured against: "đạt 45% kế hoạch", "tăng 4,9% so cùng kỳ", a
    share "chiếm 71,4% tổng nợ đóng" (but "đáp ứng 39% tổng nhu cầu vốn" counts the total)."""
    return bool(_AGAINST.match(text, c.end) or text[c.start:c.start + 5].lower() == "chiếm" and re.match(
        r"\s*tổng\b", text[c.end:c.end + 8], re.I))


def _skip_space(text: str, pos: int) -> int:
    """``pos`` past the spaces there: a forward phrase that opens with "so với" is kept whole."""
    return pos + len(text[pos:pos + 20]) - len(text[pos:pos + 20].lstrip(" \t"))


def _wrapped(text: str, nl: int) -> bool:
    """The line break at ``nl`` only wraps a long line mid-sentence: "(1) Tổng số TTHC sẽ cắt giảm, đơn giản
    hóa là\n3.071 TTHC/4.888 TTHC"."""
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    nxt = text[nl + 1:nl + 12].lstrip(" \t")
    if len(line) < 60 or "|" in line or not re.search(r"[^\W\d_]$", line):
        return False
    if nxt[:1].isdigit():  # a number goes on a sentence only after a lower-case word, not after a table label
        return bool(re.search(r"(?<!\S)[^\W\d_A-ZĐ]\w*$", line)) and bool(re.match(r"\d[\d.,]*\s", nxt))
    return bool(re.match(r"[^\W\d_]", nxt)) and nxt[:1].islower()


def _forward(text: str, pos: int, hi: int, limit: int = 22, names: bool = False) -> str:
    chunk = text[pos:hi]
    # a parenthetical inside the noun phrase is kept: "cơ quan, đơn vị các cấp (tỉnh, huyện, xã) ..."
    chunk = re.sub(r"\(([^()\n]{0,80})\)", lambda m: " " * len(m.group()) if re.search(r"\d", m.group(1)) else
                   " " + m.group(1) + " ", chunk)
    chunk = re.sub(r"\n(?![ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)))", " ", chunk)
    # "3.071 TTHC/4.888 TTHC liên quan đến ...": the total out of which is no part of the noun phrase
    chunk = re.sub(r"^(\s*)([^\W\d]+(?:\s[^\W\d]+){0,3}?)\s*/\s*\d[\d.,]*\s+\2(?!\w)", r"\1\2", chunk)
    cut = False
    for m in _FORWARD_STOP.finditer(chunk):
        # a list of names goes on past its comma: "nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao"
        before = chunk[:m.start()].split()
        if names and re.fullmatch(r",\s*", m.group()) and len(before) > 2 and any(w[:1].isupper() for w in before[-2:]) \
                and not re.search(r"\b(?:như|gồm|là)\b|\[", chunk[:m.start()]):
            continue
        chunk, cut = chunk[:m.start()], True
        break
    words = chunk.split()
    cut = cut or len(words) > limit
    words = words[:limit]
    out = re.sub(r"(?:(?:^|\s+)(?:và|hoặc|với|của|cho|tại|như|là|từ))+$", "", " ".join(words).strip(" ,)")).strip(" ,)")
    out = re.sub(r"(?:^|\s+)(?:ngay\s+)?(?:(?:trong|vào|đến|hết)\s+)?năm\s+(?:19|20)\d\d$", "", out)  # "... năm 2025"
    if not cut:  # "... trên môi trường mạng đạt" just before the next figure
        out = _WITH_AMOUNT.sub("", out)  # "940 tàu cá với kinh phí 12,92 tỷ đồng"
        out = _WITH_MEASURE.sub(lambda m: "" if m.group("w") else m.group(), out)  # "16 dự án ... với tổng công suất 870,2 MW"
        out = re.sub(r"(?:(?:^|\s+)(?:đều\s+)?(?:đạt|là|chiếm|ở\s+mức|với|xuống|(?:xuống\s+|chỉ\s+)?còn))+$", "", out)
    return out if re.search(r"[^\W\d_]{2,}", out) else ""


# A count that is a rate, not a number of things: "107 trẻ sơ sinh trai/100 trẻ sơ sinh gái", "23 ca
# sinh/1.000 phụ nữ", "cao gấp từ 4,0 lần trở lên so với ...", "còn 1,7 lần vào năm 2025": what is measured
# is the subject before the number
_PER_NUMBER = re.compile(r"(?:\s+[^\W\d]+){0,3}\s*/\s*\d[\d.,]*\s+[^\W\d]")
_TIMES_END = re.compile(r"\s*(?:trở\s+lên\b|so\s+(?:với\b)?|vào\s+năm\b|[,;.)]|$)", re.I)


def _is_rate(text: str, c, clause: str, after_rate: bool) -> bool:
    """``after_rate``: the figure before is a rate of the same unit ("giảm từ 23 ca sinh/1.000 phụ nữ xuống 18
    ca sinh/1.000 phụ nữ")."""
    if _PER_NUMBER.match(text, c.end):
        return after_rate or bool(re.search(r"t[ỷỉ]\s+(?:số|suất|lệ)|mật\s+độ|bình\s+quân|trung\s+bình", clause, re.I))
    return c.unit.lower() == "lần" and bool(_TIMES_END.match(text, c.end)) and bool(
        after_rate or re.search(r"\b(?:gấp|hơn|tăng|giảm|còn|bằng|xuống)(?:\s+\S+){0,2}\s*$", clause, re.I)
        or re.match(r"\s*(?:trở\s+lên\s+)?so\s+với\b", text[c.end:], re.I))


def _against(text: str, c, hi: int, ind: str) -> str:
    """``ind`` and the base a rate is measured against: "tỷ lệ nghèo đa chiều cao gấp" + "so với tỷ lệ nghèo
    đa chiều chung của cả nước"."""
    m = re.match(r"\s*(?:trở\s+lên\s*)?(?=so\s+với\b)", text[c.end:hi], re.I)
    base = _forward(text, c.end + m.end(), hi, 12) if m else ""
    return f"{ind} {base}" if base and base not in ind else ind


_VERB_WORDS = re.compile(r"(?:bổ\s+sung|đơn\s+giản\s+hóa|huy\s+động|giải\s+ngân|thu|chi|hỗ\s+trợ|đầu\s+tư|bố\s+trí|phân\s+bổ|cấp|tiết\s+kiệm"
                         r"|cắt\s+giảm|tăng\s+thêm|tăng|giảm|thu\s+hút|vay|nộp|trích|dành|chi\s+trả|thu\s+hồi)$", re.I)


def _verb_subject(text, raw_subj, subj, prev, cstart, s0) -> str:
    """``subj``, or when it is only a verb after a comma, the subject before the comma and the verb: "(3) nguồn
    lực tài chính được quan tâm tăng cường, bổ sung 25.000 tỷ đồng" gives "nguồn lực tài chính bổ sung"."""
    head, _, last = _clean(raw_subj).rpartition(",") if len(subj.split()) <= 3 else ("", "", "")
    last = last.strip()
    if last == subj and _is_verb(last):
        np = _np_before_verb(re.sub(r"^.*\(\d+\)", "", head)) if head else None
        if not head and prev is None and text[cstart - 1:cstart] == ",":
            np = _subject_before_comma(text, s0, cstart - 1)
        if np:
            return f"{np} {last}"
    return subj


def _is_verb(phrase: str) -> bool:
    if _VERB_WORDS.fullmatch(phrase):
        return True
    tagged = _pos_tag(phrase) if _SEGMENT[0] else None
    return bool(tagged) and tagged[0][1] == "V" and all(t in ("V", "R", "A") for _, t in tagged)


def _subject_before_comma(text: str, lo: int, comma: int) -> str | None:
    """The subject of the clause that ends at ``comma``: "(3) nguồn lực tài chính được quan tâm tăng cường"
    gives "nguồn lực tài chính"."""
    seg = text[lo:comma]
    cut = max(seg.rfind(ch) for ch in ";:\n,")
    seg = re.sub(r"\s+", " ", seg[cut + 1:])
    seg = re.sub(r"^\s*(?:\(\d+\)|\d+[.)]|[a-zđ]\))\s*", "", seg)
    return _np_before_verb(seg)


def _np_before_verb(seg: str) -> str | None:
    seg = _LEAD.sub("", re.sub(r"\s+", " ", seg).strip())
    m = re.search(r"\s(?:được|đã|đang|sẽ|cũng|vẫn|là|có|tiếp\s+tục|tăng|giảm|đạt)\b", seg)
    np = seg[:m.start()].strip() if m else ""
    if 2 <= len(np.split()) <= 8 and not re.search(r"\d", np):
        return np[:1].lower() + np[1:] if np[1:2].islower() else np
    return None


def _strip_scope(ind: str, scope: str | None) -> str:
    if scope and ind.endswith(" " + scope):
        return ind[:-len(scope) - 1]
    return ind


def _earlier_np(text: str, c, s0: int, earlier) -> str | None:
    """The fuller noun phrase of the same counted noun said just before: "Bộ Y tế thực hiện 85 thủ tục
    hành chính" after "353 thủ tục hành chính triển khai dịch vụ công trực tuyến ..."; "(trên 3.900 tài
    khoản)" after "được cấp tài khoản thư điện tử công vụ"."""
    unit = c.unit.lower()
    lo = min([e.num_end for e in earlier if e.unit.lower() == unit] or [s0])
    lo = max(0, min(lo, s0 - 600 if lo < s0 - 600 else lo))
    # the phrase ends where the figure's own clause starts: "54.448 đơn vị sự nghiệp công lập, đến năm
    # 2016 giảm 534 đơn vị" gives "đơn vị sự nghiệp công lập", not "..., đến năm 2016 giảm"
    own = max(text.rfind(",", lo, c.num_start), text.rfind(";", lo, c.num_start))
    hay = text[lo:c.num_start]
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(c.unit) + r"(?!\w)", hay, re.I):
        np = _forward(text, lo + m.start(), own if own > lo + m.start() else c.num_start, 22)
        np = re.split(r",(?=\s[^,]*\d)", np)[0].strip()  # what follows is another figure's clause
        np = re.split(r"\s+và\s+[^,\d]*?\d", np)[0].strip()  # "21 tàu cá và cải hoán 4 tàu khác": "tàu cá"
        if len(np.split()) > len(c.unit.split()) + 1:
            best = np
    return best


def _trim_subject(subj: str, cls: str = "") -> str:
    """The measured thing of a long subject: after a goal word ("mục tiêu tỷ lệ phủ sóng ..."), after a
    lead-in that holds a date or a source ("Bộ Tài chính cho biết, ..., lũy kế vốn ...")."""
    m = list(re.finditer(r"\b(?:mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu)\b(?!\s+(?:quốc\s+gia|Nghị))", subj, re.I))
    if m and len(subj[m[-1].end():].split()) >= 2:
        subj = subj[m[-1].end():]
    # "Kiểm toán Nhà nước cho biết Quỹ hưu trí - tử tuất ...": who says it is no part of it
    sm = re.match(r"[^,]{0,60}?\b(?:cho\s+(?:biết|hay|rằng|thấy)|khẳng\s+định|nhấn\s+mạnh)\b[,:]?\s+", subj, re.I)
    if sm and len(subj[sm.end():].split()) >= 3:
        subj = subj[sm.end():]
    parts = subj.split(",")
    if len(parts) > 1:
        keep = len(parts)
        for k in range(len(parts) - 1):
            if re.search(r"\d|cho\s+(?:biết|thấy)|theo\b|\bngày\b|tính\s+đến", parts[k], re.I) or not k and re.match(r"\s*(?:ở|tại)\s", parts[k], re.I):
                keep = len(parts) - k - 1  # "Ở Hà Nội cũng thế, sau khi triển khai, dự án tăng vốn gấp 2-3 lần"
        if keep < len(parts) and len(",".join(parts[-keep:]).split()) >= 2:
            subj = ",".join(parts[-keep:])
    words = subj.split()
    bare = _LEAD.sub("", subj).strip()
    hm = _MEASURE_HEAD.search(bare, 1)
    if 6 < len(words) <= 45 and hm and not _MEASURE_HEAD.match(bare) and cls in _HEAD_CLASS[hm.lastgroup] and (_TRAIL.sub("", bare[hm.end():]).strip() or re.match(r"khoản|dư|lãi", hm.group(), re.I)) \
            and _ACTOR.search(bare, 1, hm.start()):
        # "Đạm Ninh Bình cũng kiến nghị Thủ tướng chấp thuận cho phép kéo dài thời hạn vay": who asks or acts
        # is no part of the measure the sentence names
        return bare[hm.start():]
    if len(words) > 30:
        # cut at the last indicator head ("... được nâng cấp; tỷ lệ số hóa hồ sơ, ... thuộc thẩm quyền giải
        # quyết"), never inside its noun phrase; with no head, at the last ';', then at 30 words
        heads = [m for m in _INDICATOR_HEAD.finditer(subj) if len(subj[m.end():].split()) >= 2]
        if heads and len(subj[heads[-1].start():].split()) <= 45:
            return subj[heads[-1].start():]
        marks = [m.end() for m in re.finditer(r";\s", subj) if len(subj[m.end():].split()) >= 2]
        if marks and len(subj[marks[-1]:].split()) <= 30:
            return subj[marks[-1]:]
        subj = " ".join(words[-30:])
    return subj


# the head of an indicator's noun phrase: "tỷ lệ ...", "số lượng ...", "tổng số ...", "tổng mức ..."
# ("giá trị" is no head: "thuế giá trị gia tăng", "còn giá trị trong ...")
_INDICATOR_HEAD = re.compile(r"(?<!\w)(?:t[ỷỉ]\s+(?:lệ|trọng)|số\s+lượng|tổng\s+(?:số|mức|vốn))(?!\w)", re.I)


# nouns that name an amount or a measure, and what comes before a measure that names who acts on it
# (by the class of unit they are measured in)
_MEASURE_HEAD = re.compile(r"(?<!\w)(?:(?P<money>khoản\s+(?:vay|nợ)|dư\s+nợ|số\s+nợ|tổng\s+vốn|nguồn\s+vốn|vốn\s+vay|tổng\s+mức\s+đầu"
                           r"\s+tư|tổng\s+tài\s+sản|doanh\s+thu|lợi\s+nhuận|chi\s+phí|nhu\s+cầu\s+vốn|kim\s+ngạch)"
                           r"|(?P<time>thời\s+(?:hạn|gian))|(?P<rate>lãi\s+suất|t[ỷỉ]\s+(?:lệ|trọng))"
                           r"|(?P<amount>số\s+lượng|tổng\s+số|sản\s+lượng))(?!\w)", re.I)
_HEAD_CLASS = {"money": ("currency",), "time": ("duration",), "rate": ("percent",), "amount": ("count", "measure")}
_ACTOR = re.compile(r"(?<!^)\b[A-ZĐ]\w*|\b(?:đã|được|đề\s+nghị|đề\s+xuất|kiến\s+nghị|mong\s+muốn|cho\s+phép)\b")


def _strip_doi_voi(ind: str) -> str:
    return re.split(r"(?:^|\s+)đối\s+với\s+", ind)[0]


def _is_common_start(head: str) -> bool:
    first = head.split()[0]
    return len(head.split()) == 1 and first.lower() in ("tổng", "tỷ", "tỉ", "số", "việc", "toàn")


def _head_np(ind: str) -> str:
    m = re.match(r"(.+?)\s+(?:đạt|được|có|là)\b", ind)
    return m.group(1) if m else ind


# Word segmentation and POS tags (underthesea) are used on the few words before a count whose subject
# holds a name, to tell the name's lower-case syllables from the verb; off: a regex guess.
_SEGMENT = [True]
_TAGGER = []


def _pos_tag(chunk: str) -> list[tuple[str, str]] | None:
    if not _TAGGER:
        try:
            from underthesea import pos_tag
        except Exception:  # noqa: BLE001 - no tagger: fall back to the regex guess
            pos_tag = None
        _TAGGER.append(pos_tag)
    if _TAGGER[0] is None:
        return None
    try:
        return _TAGGER[0](chunk)
    except Exception:  # noqa: BLE001 - a tagger failure must not lose the figure
        return None


def _verb_before(text: str, lo: int, pos: int) -> str:
    chunk = re.sub(r"\s+", " ", text[lo:pos])
    chunk = re.split(r"[,();:|]", chunk)[-1].strip()
    # a goal or a time is no verb of the figure: "phấn đấu đến năm 2030 đạt 30%", "bảo đảm đến hết năm 2030"
    if re.match(r"(?:trường\s+hợp|nếu|khi)\b", chunk, re.I):
        return ""  # "Trường hợp dự án nằm trên địa bàn từ 02 đơn vị ...": a condition, no verb
    parts = re.split(r"\b(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu)\b", chunk, flags=re.I)
    if len(parts) > 1:
        chunk = parts[-1].strip()
        if _PERIOD_ONLY.fullmatch(chunk):
            return ""
    if re.search(r"\b(?:có|là|còn)\s*$", chunk):
        return ""  # "Toàn tỉnh có 500 hộ": a subject, not a verb of the count
    caps = [m for m in re.finditer(r"\b[^\W\d_][\w]*", chunk) if m.group()[:1].isupper()]
    if caps and caps[-1].start() > 0:
        # "Bộ Giao thông vận tải thực hiện", "UBND tỉnh Lào Cai phê duyệt ...": the verb phrase starts at the
        # first verb after the name, which word segmentation and POS tags find ("vận tải" is part of the name)
        tagged = _pos_tag(chunk) if _SEGMENT[0] else None
        if tagged:
            last_cap = max((i for i, (w, _) in enumerate(tagged) if w[:1].isupper()), default=-1)
            verb = next((i for i in range(last_cap + 1, len(tagged)) if tagged[i][1] in ("V", "R")), None)
            chunk = " ".join(w for w, _ in tagged[verb:]) if verb is not None else ""
        else:
            chunk = chunk[caps[-1].end():]
    # "đã đưa được 493 sản phẩm": a "được" after the verb says it succeeded, it is no passive
    if not re.search(r"\b(?:đã|sẽ|đang|cũng|đều|chưa|không|thì|mà|và|phải|cần|bị|thể|mới|vẫn|nên|chỉ)\s+được\s*$", chunk):
        chunk = re.sub(r"(?<=\w)\s+được\s*$", "", chunk)
    m = list(re.finditer(r"\b(?:đã|đều|sẽ|đang|được|cũng|và|mà|thì|nhưng|để|vẫn)\b", chunk))
    if m:
        chunk = chunk[m[-1].end():]
    chunk = _LEAD.sub("", chunk.strip())
    if re.search(r"\bvới\s*$", chunk):
        return ""  # "thôn, bản với trên 5.500 người": no verb governs the number
    chunk = re.sub(r"\b(?:cho|với|của|là|có|gồm|trên|hơn|khoảng|gần|dưới|tối\s+thiểu|ít\s+nhất|từ|đạt|thêm)\s*$", "",
                   chunk.strip(), flags=re.I).strip()
    if re.search(r"\d", chunk):
        return ""  # "giai đoạn 2012 - 2020 tại 6 huyện": a time, no verb
    words = chunk.split()
    if not words or len(words) > 10 or any(w[:1].isupper() for w in words[1:]) or (
            words[0][:1].isupper() and text[lo:pos].split()[:1] != words[:1]):
        return ""
    return " ".join(words)
