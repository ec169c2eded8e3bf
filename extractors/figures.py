"""Figures: quantities a text reports or sets (gold/GUIDELINES.md, "Figures"; issue 4).

``find_figures(text)`` runs in two stages. ``candidates`` finds every number that quantifies
something (value, unit, qualifier, span), passing over dates, periods, symbols, labels, versions and
modifiers; ``figure_fields.fill`` then reads each figure's context for indicator, scope, period, kind
and parent. Both are pure functions of the text.
"""
from __future__ import annotations

import re

from . import figure_patterns as P
from .figure_words import (Candidate, _FROM_ON_AFTER, _dur, _magnitude_re, _per_re, _qualifier_before, _qualifiers,
                           _rank, _unit_at, _units, _word_counts)
from .models import Figure
from .numbers import compound_duration, magnitude_of, parse_number, parse_number_words

# the subject naming what a bare number counts: "số lượng doanh nghiệp giải thể ", "tổng số hồ sơ là "
_COUNT_SUBJECT = re.compile(r"(?<![Mm]ã )(?P<lead>\b(?:[Ss]ố[ \t]+lượng|[Tt]ổng[ \t]+số|[Ss]ố))(?=[ \t]+[^\W\d])[^\d,;.:()=\n]{1,60}?"
                            r"[ \t]+(?:là|đạt|lên[ \t]+đến|lên[ \t]+tới)(?:[ \t]+(?:hơn|trên|khoảng|gần|chỉ))?[ \t]+$")
# ... "số lượng" and "tổng số" also with no verb: "số lượng doanh nghiệp giải thể 4.067 tạm ngừng hoạt động"
_COUNT_SUBJECT_BARE = re.compile(r"(?<![Mm]ã )(?P<lead>\b(?:[Ss]ố[ \t]+lượng|[Tt]ổng[ \t]+số))(?=[ \t]+[^\W\d])[^\d,;.:()=\n]{1,60}?[ \t]+$")



def _bare_subject(text: str, s: int) -> re.Match | None:
    """``_COUNT_SUBJECT_BARE`` before ``s``, unless the word right before the number labels it ("số lượng học sinh
    đăng ký vào lớp 10")."""
    m = _COUNT_SUBJECT_BARE.search(text, max(0, s - 80), s)
    last = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, s - 20):s])
    if m and last and (last.group(1).lower() in P.LABEL_WORDS or last.group(1).lower() in ("lớp", "khối", "cấp", "hạng", "bậc")):
        return None
    return m


# -- stage 1: candidates ----------------------------------------------------------------------------

_LABEL_AT = re.compile(r"\d+(?:\.\d+)*(?:[.)](?=\s|$)|\.?[ \t]*$)", re.M)


def _not_quantity_at(text: str, s: int) -> bool:
    """Whether the number starting at ``s`` begins a date, a period or a list label: "15/6/2021",
    "2021 - 2025", "6 tháng đầu năm 2016", "3.1." at a line start, "(1)" in running text."""
    if P.DATE.match(text, s) or P.PERIOD.match(text, s):
        return True
    w0 = max(0, s - 12)
    ls = text.rfind("\n", w0, s) + 1
    at_line_start = (ls > 0 or w0 == 0) and text[ls or w0:s].strip(" \t-+•*(") == ""
    if at_line_start and _LABEL_AT.match(text, s):
        return True
    return text[s - 1:s] == "(" and re.match(r"\d{1,2}\)\s", text[s:s + 4]) is not None


def _time_of_day(text: str, s: int, end: int) -> bool:
    """Whether the hours at [s, end) tell a time of day: "Hồi 16h ngày 26/11/2025", "Lúc 14 giờ 30 phút ngày 5/6"."""
    return bool(re.search(r"\b(?:[Hh]ồi|[Ll]úc|[Vv]ào)\s+$", text[max(0, s - 8):s])
                or re.match(r"(?:[ \t]*\d{1,2}[ \t]*(?:phút|p)\b)?[ \t]*(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)\b", text[end:end + 20]))


# a plan named by its span: "kế hoạch tài chính 05 năm", "Chiến lược phát triển kinh tế - xã hội 10 năm"
# ("Thời kỳ quy hoạch ... là 10 năm", "Quy hoạch được rà soát theo định kỳ 05 năm" measure a duration)
_PLAN_SPAN = re.compile(r"(?:kế\s+hoạch|chiến\s+lược|quy\s+hoạch)(?:[ \t\n]+(?!(?:là|theo|kỳ|hạn|trong|được|thời|và|hoặc)\b)(?:[^\W\d]+|[-–]))*[ \t\n]+$", re.I)
_DOC_UNITS = frozenset({"luật", "nghị định", "thông tư", "nghị quyết", "chỉ thị", "quyết định"})
_RULE_WORDS = frozenset({"quy định", "kế hoạch", "hướng dẫn", "quyết định"})


def _label_before(text: str, s: int) -> bool:
    """Whether the word(s) right before the number make it a label: "Điều 5", "Biểu số 03", "năm 2022"."""
    w = text[max(0, s - 32):s]
    bare = w.rstrip(" \t:.")
    if not bare or not bare[-1].isalpha():
        return False
    toks = re.findall(r"[^\W\d_]+", bare.lower())[-4:]
    if w.rstrip(" \t").endswith(":") and " ".join(toks[-2:]) in _RULE_WORDS:
        return False  # what a rule sets, not a rule named: "Thời gian giải quyết theo quy định: 07 ngày kể từ ..."
    if toks and toks[-1] in ("số", "thứ"):
        if toks[-1] == "số" and len(toks) > 1 and toks[-2] in P.LABEL_SO_EXCEPT:
            return False
        if toks[-1] == "số" and len(toks) == 1:
            return True
        toks = toks[:-1] if len(toks) > 1 and any(" ".join(toks[i:-1]) in P.LABEL_WORDS for i in range(len(toks) - 1)) \
            else toks
    if toks[-2:] in (["danh", "mục"], ["hạ", "tầng"], ["thành", "phần"], ["cổ", "phần"], ["trong", "vòng"]):
        return False  # "ban hành danh mục 201 dịch vụ công", "hạ tầng 2 khu tái định cư", "Chỉ số thành phần
        # 57,14%": a noun, no label; "trong vòng 24 giờ" (within), no round named; "Công ty cổ phần 1.745 doanh nghiệp"
    for n in (1, 2, 3):
        if len(toks) >= n and " ".join(toks[-n:]) in P.LABEL_WORDS:
            return True
    return False


def _in_symbol(text: str, s: int, e: int) -> bool:
    """Whether the number at [s, e) is part of a document symbol ("942/QĐ-TTg", "57-NQ/TW")."""
    if text[e:e + 1] == "%":
        return False
    ls = max(text.rfind(" ", max(0, s - 40), s), text.rfind("\n", max(0, s - 40), s)) + 1
    m = re.match(r"[^\s]*", text[e:e + 40])
    token = text[ls:e + m.end()].strip("()[],;.\"“”'")
    return bool(P.SYMBOL_TOKEN.search(token) and P.SYMBOL_LETTER.search(token)
                and not re.fullmatch(r"[\d.,]+\s*[-–]\s*[\d.,]+%?", token))


def _table(text: str) -> list[Candidate]:
    from .figure_tables import table_candidates

    return table_candidates(text, _units(), Candidate)


def candidates(text: str) -> list[Candidate]:
    """Every figure's number, value, unit, qualifier and span, in text order."""
    found = _rank(text) + _word_counts(text) + (_table(text) if "|" in text else [])
    taken = {c.num_start for c in found}
    skip_until = 0
    for m in P.NUMBER.finditer(text):
        s, e = m.span()
        if s < skip_until or s in taken or _in_symbol(text, s, e):
            continue
        if _not_quantity_at(text, s) and not (text[s - 1:s] == "(" and P.NUMBER_WORDS_BEFORE.search(text[max(0, s - 40):s])):
            continue
        c = _candidate(text, m)
        if c is not None:
            found.append(c)
            skip_until = c.end
    found.sort(key=lambda c: c.num_start)
    return found


def _candidate(text: str, m: re.Match) -> Candidate | None:
    s, e = m.span()
    tok = m.group()
    nxt = text[e:e + 1]
    if P.VERSION.search(tok):
        return None  # "4.0", "2.0"
    if tok == "1" and re.match(r"[ \t]+(?:số[ \t]+[^\W\d]|cửa\b)", text[e:e + 8]):
        return None  # "một" written as a digit in set phrases: "1 số nguồn vốn" (some), "hệ thống 1 cửa" (one-stop)
    if nxt.isalpha():
        gm = _units()[0].match(text, e)
        if not (gm and gm.group("g")):
            return None  # "5G", "4G": glued letters that are no unit; "500m2", "20km", "12h" are
    try:
        value = parse_number(tok)
    except ValueError:
        return None
    start, pos, whole = s, e, None
    # "22/63 địa phương", "11,7/12,7 nghìn tỷ đồng": a part of a whole
    fm = re.match(r"\s*/\s*(\d+(?:[.,]\d+)*)", text[e:])
    if fm:
        try:
            whole = parse_number(fm.group(1))
        except ValueError:
            return None
        pos = e + fm.end()
    mw = P.NUMBER_WORDS_BEFORE.search(text[max(0, s - 40):s])
    if mw and text[e:e + 1] == ")":
        try:
            if parse_number_words(mw.group("w")) == value:
                start, pos = s - (len(text[max(0, s - 40):s]) - mw.start()), e + 1
        except ValueError:
            pass
    aw = P.NUMBER_WORDS_AFTER.match(text, pos)
    if aw:
        pos = aw.end()
    value_max, qualifier = None, "="
    rt = P.RANGE_TAIL.match(text, pos) if whole is None else None
    unit = None
    mag = _magnitude_re().match(text, pos)
    if mag:
        value *= magnitude_of(mag.group())
        pos = mag.end()
        # "107 tỷ 396 triệu đồng": a smaller group after the first is added to it
        while (more := re.match(r"[ \t]+(\d{1,3}(?:,\d+)?)(?=[ \t]+(?:nghìn|ngàn|triệu)\b)", text[pos:pos + 20])):
            m2 = _magnitude_re().match(text, pos + more.end())
            add = parse_number(more.group(1)) * magnitude_of(m2.group()) if m2 else 0
            if not m2 or add >= magnitude_of(mag.group()):
                break
            value += add
            pos = m2.end()
    # durations in several units: "21 giờ 34 phút 12 giây"
    d0 = P.DURATION_FIRST.match(text, pos)
    if d0:
        parts, p = [(value, _dur(d0.group("u")))], d0.end()
        while (dm := P.DURATION_PART.match(text, p)) and len(parts) < 4:
            parts.append((parse_number(dm.group("n")), _dur(dm.group("u"))))
            p = dm.end()
        if len(parts) > 1 and parts[0][1] == "giờ" and _time_of_day(text, s, p):
            return None
        if len(parts) > 1:
            return Candidate(start, p, s, e, round(compound_duration(parts), 6), parts[0][1], "duration",
                             unit_end=p)
    unit_start = pos
    u = _unit_at(text, pos)
    if u is None and rt is not None and whole is None:
        # "60-80%", "từ 5 đến 10 năm": the unit comes after the high end
        try:
            hi = parse_number(rt.group("n"))
        except ValueError:
            hi = None
        # "12,5-13 triệu lượt khách", "13 - 14 triệu tấn": a magnitude after the high end is both ends'
        hmag = _magnitude_re().match(text, rt.end()) if hi is not None and not mag else None
        hend = hmag.end() if hmag else rt.end()
        u2 = _unit_at(text, hend) if hi is not None else None
        if u2 and (u2[1] != "count?" or text[max(0, s - 4):s].lower().startswith("từ")):
            if hmag:
                value *= magnitude_of(hmag.group())
                hi *= magnitude_of(hmag.group())
            value_max, qualifier, pos = hi * (magnitude_of(mag.group()) if mag else 1), "range", hend
            u = u2
    if u is None and rt is not None and whole is None and not mag:
        # "từ 50 -150 tỷ sẽ thu": the high end's magnitude with no unit after it
        try:
            hi = parse_number(rt.group("n"))
            hmag = _magnitude_re().match(text, rt.end())
        except ValueError:
            hmag = None
        if hmag and "tỷ" in hmag.group().lower().replace("tỉ", "tỷ") and not _unit_at(text, hmag.end()):
            value, value_max, qualifier = value * magnitude_of(hmag.group()), hi * magnitude_of(hmag.group()), "range"
            u = ("đồng", "currency", hmag.end())
    if u is None and whole is None and re.search(r"\btừ[ \t]+$", text[max(0, s - 6):s], re.I):
        # "tăng từ 1.210.000 lên 1.300.000 đồng": the first of a change takes the unit of the second
        lm = re.match(r"[ \t]+(?:lên|xuống|thành)[ \t]+(\d+(?:[.,]\d+)*)", text[pos:pos + 30])
        if lm:
            lmag = None if mag else _magnitude_re().match(text, pos + lm.end())
            lu = _unit_at(text, lmag.end() if lmag else pos + lm.end())
            if lu and lu[1] != "count?":
                if lmag:
                    value *= magnitude_of(lmag.group())
                lunit, lp = lu[0], lu[2]
                while lu[1] != "percent" and (rm := _per_re().match(text, lp)) and len(lunit) < 40:
                    lunit, lp = lunit + "/" + rm.group(1), rm.end()  # "từ 354.000 lên 677.000 đồng/người"
                u = (lunit, lu[1], pos)
    if u is None and whole is None and not mag and tok != "1" and (om := _ONE_OF.match(text, pos)):
        # a part named before its whole: "đáp ứng ít nhất 01 trong 02 tiêu chí", "3 trong số 5 dự án" ("là 1 trong 4
        # xã làm điểm": one of them, no count)
        ou = _unit_at(text, om.end())
        if ou and ou[1] == "count":
            u = (ou[0], "count", pos)
    if u is None and whole is not None and (pm := re.match(r"[ \t]*\([^()\n]{1,30}%[^()\n]{0,5}\)", text[pos:pos + 40])):
        # a share given in brackets before what is counted: "3.507/6.708 (chiếm 52,3%) giấy tờ"
        pu = _unit_at(text, pos + pm.end())
        if pu and pu[1] in ("count", "count?"):
            u = (pu[0], pu[1], pos)
    if u is None and not mag and whole is None and (am := re.search(r"\b(?:ở|độ)[ \t]+tuổi[ \t]+$", text[max(0, s - 12):s], re.I)):
        u, start = ("tuổi", "measure", pos), max(0, s - 12) + am.start() + text[max(0, s - 12) + am.start():s].lower().index("tuổi")
        # an age named before it: "ở tuổi 54", "ở độ tuổi 60" (span "tuổi 54")
    if u is None and not (mag and "t" in mag.group().lower()) and whole is None and not re.fullmatch(r"(?:19|20)\d\d", tok) \
            and re.match(r"(?:[,;)]|\.(?!\d)|[ \t]+[^\W\d])", text[pos:pos + 2]) and (sm := _COUNT_SUBJECT.search(text, max(0, s - 80), s)
                                                                            or _bare_subject(text, s)):
        # a bare number whose count the clause names: "số lượng doanh nghiệp giải thể 4.067", "số dự án ... là 39"
        su = _unit_at(text, sm.end("lead"))
        if su and su[1] == "count":
            u = (su[0], "count", pos)
    if u is None and mag and "tỷ" in mag.group().lower().replace("tỉ", "tỷ"):
        u = ("đồng", "currency", pos)  # "hơn 20 nghìn tỷ", "thu về 6,4 tỷ": an amount in tỷ is in đồng when no unit follows
    if u is None:
        return None
    unit, ucls, pos = u
    if unit in ("m", "km", "cm", "dm", "mm") and (sq := re.match(r"[ \t]([23])(?![\d.,/])", text[pos:pos + 3])):
        unit, pos = unit + sq.group(1), pos + sq.end()  # a superscript lost: "2.053,71m 2" is m2
    if ucls != "percent":
        # a rate: "40 μg/m3", "80 triệu đồng/người/năm", "500 người/km2", "2,1 con/phụ nữ", "50.000 đồng/hồ sơ"
        while (rm := _per_re().match(text, pos)) and len(unit) < 40:
            unit, pos = unit + "/" + rm.group(1), rm.end()
    unit_end = pos
    # modifiers and labels are not figures
    if P.MODIFIER_AFTER.match(text, e) and ucls != "percent":
        return None
    if unit.lower().startswith("luật") and re.search(r"một\s+số\s+điều\s+của\s+$", text[max(0, s - 25):s], re.I):
        return None  # a law's name: "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"
    if ucls == "duration" and unit in ("tháng", "năm", "quý", "tuần") and _PERIOD_OPENER.search(text, max(0, s - 12), s) \
            and re.match(r"[ \t]*(?:qua|vừa[ \t]+qua|đầu[ \t]+năm)?[ \t]*,", text[pos:pos + 16]):
        return None  # a reporting period opening a clause, no duration measured: "Trong 5 tháng, toàn tỉnh thu hút ..."
    if ucls == "duration" and unit in ("ngày", "tuần", "tháng", "năm") and _tenor_before(text, s):
        return None  # a tenor names a product, no duration measured: "lãi suất kỳ hạn 1 tuần ở 4,08%; 2 tuần giảm còn
        # 3,3%", "gọi thầu ở ba kỳ hạn 5 năm (200 tỷ đồng), 10 năm (400 tỷ đồng) và 15 năm"
    if ucls == "duration" and unit in ("giờ", "h") and _time_of_day(text, s, pos):
        return None
    if re.match(r"[ \t]+độ[ \t]+(?:vĩ|kinh)\b", text[e:e + 12]):
        return None  # a position: "tâm bão ở khoảng 12,5 độ vĩ bắc, 116,1 độ kinh đông"
    if unit == "năm" and re.search(r"(?:kỷ\s+niệm|chào\s+mừng|nhân\s+dịp)\s+$", text[max(0, s - 16):s], re.I):
        return None  # an anniversary named: "chào mừng 50 năm ngày giải phóng miền Nam", "kỷ niệm 79 năm ngày ..."
    if unit.lower() in _DOC_UNITS and (re.match(r"[ \t]+(?:này|số)\b", text[pos:pos + 6])
                                       or re.search(r"\d[ \t]*(?:,|và|hoặc)[ \t]*$", text[max(0, s - 8):s])):
        return None  # the last of a list of articles: "tại Điều 14, 15, 22, ..., 29 Nghị định này" (not "21 Luật, 153 Nghị định")
    if unit.lower() in _DOC_UNITS and (re.match(r"[ \t]+[A-ZĐ]", text[pos:pos + 3]) or re.search(r"sửa\s+đổi,?\s+bổ\s+sung\s+$", text[max(0, s - 20):s], re.I)):
        return None  # a document named: "tại Điễu 57 Luật Đầu tư ..." (an article misspelt), "Luật sửa đổi, bổ sung 10 Luật có liên quan"
    if ucls == "count?" and unit.isupper() and not re.fullmatch(r"\d{1,3}(?:\.\d{3})*", tok):
        return None  # an acronym counts whole things: "mạch 3,4 ĐD 500 kV" (circuits 3 and 4), "0,5 HW + 0,025 HN"
    if ucls == "count?" and unit.isupper() and text[s - 1:s] in ("\n", "") and re.match(r"[ \t]*(?:\n|$)", text[pos:pos + 3]):
        return None  # a line of a number and letters alone is page furniture or OCR noise ("2 PS")
    if ucls == "count?" and unit.isupper() and re.match(r"[ \t]+" + re.escape(tok) + r"[ \t]*kV\b", text[pos:pos + 16], re.I):
        return None  # a voltage named twice, no count: "đấu nối về thanh cái 220 TBA 220kV Đắk Nông"
    if unit.lower() in _DOC_UNITS and tok == "1":
        return None  # "một" written as a digit: "nếu không có 1 Nghị quyết riêng" (a count writes "01 Quyết định")
    if unit.startswith("chỗ") and re.search(r"(?:xe|ô\s*tô)(?:\s+(?:ô\s*tô|con|khách|du\s+lịch))*\s+$", text[max(0, s - 20):s], re.I):
        return None  # a kind of car, not seats counted: "Xe ô tô 7 chỗ do Văn phòng Sở bố trí"
    if _label_before(text, s) and unit != "tuổi" and not (ucls == "percent" and re.match(r"[ \t]*(?:%|phần\s+trăm)", text[e:e + 12])
                                       and not re.fullmatch(r"(?:19|20)\d\d", tok)
                                       and re.search(r"(?:năm|tháng|quý|tuần|ngày)[ \t]+$", text[max(0, s - 8):s], re.I)):
        return None  # ("mỗi năm 1%", "hằng năm 10%": a rate per year, no year named; an age is no label: "nghỉ hưu lúc
        # 54 tuổi")
    if unit.lower() == "năm" and (re.match(r"[ \t]+(?:19|20)\d\d\s*(?:[-–]|và|,)\s*(?:19|20)\d\d", text[pos:pos + 16])
                                  or _PLAN_SPAN.search(text, max(0, s - 70), s)):
        return None  # the span of a plan, not a duration measured: "kế hoạch tài chính 05 năm", "ngân sách 03 năm 2026 - 2028"
    if unit.lower() == "năm" and "," in tok and re.match(r"[ \t]+(?:19|20)\d\d\b", text[pos:pos + 6]):
        return None  # a rate that lost its "%" before the year: "mục tiêu tăng trưởng GDP 6,7 năm 2017"
    if ucls in ("count", "count?") and unit[:1].isupper() and not unit.isupper() and whole is None \
            and re.fullmatch(r"[1-9]\d?", tok) and text[s - 1:s] == "\n":
        return None  # a heading's number without its dot: "2 Đối tượng được tập huấn: ..."
    if re.fullmatch(r"(?:19|20)\d\d", tok) and (ucls not in ("percent", "currency", "count") or unit[:1].isupper()):
        return None  # a bare year
    if re.search(r"[“\"]\s*$", text[max(0, s - 3):s]) and re.match(r"[^”\"\n]{0,20}[”\"]", text[e:]):
        return None  # part of a quoted name: "“6 rõ”"
    if (q := text.rfind("“", max(0, s - 20), s)) >= 0 and "”" not in text[q:s] and text[q + 1:q + 2].isdigit() \
            and re.match(r"[^”\n]{0,20}”", text[e:]):
        return None  # ... and the later counts of a quoted slogan: "làm việc “3 ca, 4 kíp”"
    if ucls == "count?" and re.match(r"[\s*]*[“\"(:]\s*\*?" + re.escape(unit.split()[0]) + r"\b", text[pos:pos + 40]):
        return None  # a slogan named by its count, its items each repeating the word: "6 rõ “rõ người, rõ việc, ...”"
    if ucls == "count?" and re.search(r"(?:nguyên\s+tắc|phương\s+châm|tinh\s+thần|khẩu\s+hiệu)[\s“\"*]+$", text[max(0, s - 20):s], re.I):
        return None  # a principle named by its count: "bảo đảm nguyên tắc 6 rõ", "tinh thần “3 có”"
    if ucls != "percent" and P.LABEL_LIST.search(text[max(0, s - 40):s]):
        return None  # "mức độ 3 và 4", "khoản 1, 2"
    if ucls == "count?" and (re.fullmatch(r"(?:19|20)\d\d", tok) or whole is not None and not whole >= parse_number(tok)):
        return None
    if ucls == "count?" and re.search(r"(?:^|[^\w])[A-ZĐ][\w]*[ \t]+$", text[max(0, s - 20):s]) \
            and not re.search(r"(?:^|[.!?:;\n]\s*)[A-ZĐ][\w]*[ \t]+$", text[max(0, s - 20):s]):
        return None  # "Vinafood 2 chịu": a number in a name, not a count
    if whole is not None and (whole < parse_number(tok) or whole == parse_number(tok) and not re.search(r"[.,]", tok)
                              and ucls not in ("count", "count?")):
        # a part of a whole; "5.373,4/5.373,4 triệu đồng", "9/9 báo cáo", "63/63 tỉnh" are all of it ("24/24 giờ",
        # "7/7 ngày" are round the clock)
        return None
    conf = 0.6 if ucls == "count?" else 1.0
    if ucls == "count?":
        ucls = "count"
    end = pos
    # the high end of a range after the unit: "từ 10% đến dưới 30%"
    if value_max is None and whole is None:
        rt2 = P.RANGE_TAIL.match(text, pos)
        if rt2 and (ucls == "percent" or re.search(r"\b(?:từ|trên)\s+$", text[max(0, s - 6):s], re.I)):
            # ... and "trên 15 tấn đến dưới 250 tấn", "trên 12 người đến 50 người": a bracket of a regulation
            tail = text[rt2.end():rt2.end() + 40]
            if not P.LIST_LABEL.match(text, rt2.start("n")) and not re.match(r"\s*/", tail):
                try:
                    hi = parse_number(rt2.group("n"))
                    hmag = _magnitude_re().match(text, rt2.end())
                    hpos = hmag.end() if hmag else rt2.end()
                    hu = _unit_at(text, hpos)
                    if ucls == "percent" and hu and hu[1] == "percent" or ucls != "percent" and (hu is None or hu[0] == unit):
                        value_max = hi * (magnitude_of(hmag.group()) if hmag else (value / parse_number(tok) if mag else 1))
                        qualifier = "range"
                        end = hu[2] if hu else hpos
                except ValueError:
                    pass
    # qualifiers
    if qualifier == "range":
        fr = re.search(r"\b(?:từ|trên)\s+$", text[max(0, start - 6):start], re.I)
        if fr:
            start -= 6 - fr.start() if start >= 6 else start - fr.start()
    else:
        after_q = None
        for word, q in _qualifiers()[1]:
            am = re.match(r"\s+" + re.escape(word) + r"\b", text[end:end + 20], re.I)
            if am:
                after_q = (q, end + am.end())
                break
        if after_q is None and re.search(r"\btừ\s+$", text[max(0, start - 6):start], re.I):
            # "từ 50% số thôn (ấp) trở lên", "có từ 15% người dân tộc thiểu số trở lên": the bound closes after what
            # is counted; the span stays on the number and its unit
            fm = _FROM_ON_AFTER.match(text, end)
            if fm:
                after_q = ({"lên": ">=", "xuống": "<="}[fm.group(1).lower()], end)
        if after_q:
            qualifier, end = after_q
            fr = re.search(r"\btừ\s+$", text[max(0, start - 6):start], re.I)
            if fr:
                start = max(0, start - 6) + fr.start()
        else:
            qb = _qualifier_before(text, start)
            if qb and re.match(r"(?:cao|thấp)\s+nhất", text[qb[1]:qb[1] + 9], re.I) \
                    and not re.search(r"\bmức\b[^\d,;.]{0,25}$", text[max(0, qb[1] - 30):qb[1]], re.I):
                qb = None  # the highest value reported, no bound: "đạt chỉ số thành phần ... cao nhất 90,48%"
                # ("mức phạt tiền cao nhất 50 triệu đồng" bounds it)
            if qb:
                qualifier, start = qb
                if qualifier == ">" and text[start:start + 4].lower() == "vượt" and re.match(
                        r"\s*(?:so\b|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|KH\b)", text[end:end + 20], re.I):
                    qualifier = "="  # an overrun against a plan is its size: "vượt 5% kế hoạch"
    if qualifier == "=" or qualifier == "range":
        vm = re.search(r"(?:^|(?<=[^\w]))(?:đều\s+đạt|đạt|chiếm)\s+$", text[max(0, start - 12):start], re.I)
        if vm:
            start = max(0, start - 12) + vm.start()
    return Candidate(start, end, s, e, value, unit, ucls, qualifier, value_max, unit_end=unit_end,
                     confidence=conf, extra={"whole": whole, "unit_start": unit_start} if whole else {"unit_start": unit_start})


_PERIOD_OPENER = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))[ \t]*[Tt]rong[ \t]+$", re.M)
_TENOR = re.compile(r"kỳ\s+hạn\b(?:(?!\.\s)[^\n])*$", re.I)


def _tenor_before(text: str, s: int) -> bool:
    """Whether "kỳ hạn" opens the sentence's list the duration at ``s`` is part of, with no measure word right
    before it ("kỳ hạn trả nợ tối đa 5 năm", "trong 5 năm" measure)."""
    if not _TENOR.search(text, max(0, s - 120), s):
        return False
    return not re.search(r"(?:trong|sau|tối\s+đa|tối\s+thiểu|quá|là|từ|dưới|trên|hơn|đến|của|thời\s+(?:hạn|gian)|vòng)\s+$",
                         text[max(0, s - 12):s], re.I)


# "01 trong 02 tiêu chí", "3 trong số 5 dự án": the number before its whole
_ONE_OF = re.compile(r"[ \t]+trong(?:[ \t]+(?:số|tổng[ \t]+số))?[ \t]+(?=\d)\d+(?:[.,]\d+)*(?=[ \t]+[^\W\d])")


# -- the extractor ----------------------------------------------------------------------------------

def find_figures(text: str, metadata=None, *, segment: bool = True) -> list[Figure]:
    """Every figure in ``text``, ids "f1", "f2", ... in text order (gold/GUIDELINES.md, "Figures").

    ``segment=False`` leaves underthesea out (indicators of counts after names are then guessed by regex)."""
    from .figure_fields import fill

    cands = candidates(text)
    fill(text, cands, metadata, segment)
    figs = []
    for i, c in enumerate(cands):
        figs.append(Figure(
            start=c.start, end=c.end, text=text[c.start:c.end], value=float(c.value), unit=c.unit,
            qualifier=c.qualifier, value_max=None if c.value_max is None else float(c.value_max),
            indicator=c.indicator, scope=c.scope, period=c.period, kind=c.kind,
            parent=None if c.parent is None else f"f{c.parent + 1}", id=f"f{i + 1}", confidence=c.confidence))
    return figs
