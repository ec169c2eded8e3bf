"""Kind and period of a figure (GUIDELINES "Figures"): whether the text sets it as a target or reports
it as a result, and the year or period it refers to, read from the sentence's cues, the headings above
it and the type of the document.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path

from . import figure_patterns as P

DATA = Path(__file__).resolve().parent / "data"

# ... a heading that names how results will be judged reports none: "TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI VÀ CÁCH THỨC XẾP HẠNG",
# nor the item of a procedure that names what it issues: "g) Kết quả thực hiện thủ tục hành chính: Quyết định ..."
_HEADING_KIND = re.compile(r"(?P<t>mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|phấn\s+đấu|định\s+hướng)|(?P<r>kết\s+quả(?!\s+(?:thực\s+hiện\s+)?(?:thủ\s+tục|TTHC|giải\s+quyết))|đạt\s+được|tình\s+hình"
                           r"|thực\s+trạng|(?<!chí\s)(?<!pháp\s)(?<!thức\s)đánh\s+giá)", re.I)
# a list label that ends what stands before a cue: "(4) ", "2. ", "b) " at the start of an item
_LIST_LABEL_END = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))[ \t]*$")
_INTRO_CUE = re.compile(r"(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)|phấn\s+đấu|định\s+hướng|kết\s+quả|đạt\s+được|đến\s+nay|lũy\s+kế", re.I)
# an item of a list: "(1) 100% số người ...", "- 95% người dân ...", "a) 100% ..."
_ITEM_LINE = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•*–])[ \t]")
# a heading's label or an upper-case heading ("II. KẾT QUẢ", "1. Mục\ntiêu đến hết năm 2026", "KẾT QUẢ THỰC HIỆN")
_HEADING_LABEL = re.compile(r"\s*(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s|[^\w]*[A-ZĐÂĂÊÔƠƯ][^a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]{6,}$)")
# ... the next line going on in lower case: the line before was wrapped in a sentence
_WRAPS = re.compile(r"[ \t]*\n[ \t]*[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")
_TARGET_TYPES = {"Kế hoạch", "Chương trình", "Đề án", "Chiến lược", "Quy hoạch", "Nghị quyết"}
_RESULT_TYPES = {"Báo cáo", "Thông báo"}


@lru_cache(maxsize=1)
def _kind_cues() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    table = {}
    for e in json.loads((DATA / "kind_cues.json").read_text(encoding="utf-8"))["entries"]:
        for v in [e["name"], *e.get("variants", [])]:
            table[v.lower()] = (e["kind"] or "", e["strength"])  # "": a cue that the figure has no kind
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w])", re.I), table



def _headings(text: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"^[^\n]{3,150}$", text, re.M):
        line = m.group().strip()
        if re.search(r"[.;]$", line) and not re.match(r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s", line):
            continue
        out.append((m.start(), line))
    return out


# a year the sentence measures from: "Năm 2011", "từ năm 2011" (not "giai đoạn 2011-2015", nor the base of a
# goal: "so với năm 2020")
_EARLIER_YEAR = re.compile(r"(?<!so với )(?<!so )\b(?:năm|từ)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)", re.I)


# A year that is not the period of the figures around it: the base of a comparison ("tăng 16% so với
# năm 2015", "so với cùng kỳ năm 2016") or the year in a law's name ("Luật Hợp tác xã năm 2012")
_NOT_PERIOD_BEFORE = re.compile(r"(?:\bso(?:\s+với)?(?:\s+cùng\s+kỳ)?|\b(?:Luật|Bộ\s+luật|Hiến\s+pháp)(?:\s+[^\s,.;:()\d]+){1,6}"
                                r"(?<!\strong)(?<!\sđến)(?<!\stới)(?<!\svào)(?<!\scả)(?<!\shết))\s+$")


# "cần" governing the figure within a few words (not "cần thiết", "không cần", "chỉ cần", "hậu cần")
_NEED = re.compile(r"(?<!không )(?<!chỉ )(?<!hậu )(?<!\w)cần\s+(?!thiết)(?:[^\W\d]+\s+){0,3}$", re.I)
_GOAL_VALUE = re.compile(r"[\s(:]*(?:(?:đề|đặt)\s+ra\s+)?(?:là\s+)?[\s(]*", re.I)
_CONTRAST = re.compile(r"(?:[,;]\s*(?:tuy\s+nhiên|nhưng|song(?!\s+song))|\s+nhưng)\b", re.I)


# words before a target cue that make it the measure of a result, not the setting of a goal: "theo kế hoạch",
# "so với chỉ tiêu", "vượt kế hoạch", "hoàn thành chỉ tiêu kế hoạch giao"
# "đạt 90,2% kế hoạch", "chưa giao kế hoạch vốn", "không đảm bảo nguồn chi số tiền 517 tỷ đồng"
# ... unless the goal's number follows it: "rất xa so với mục tiêu 6,7%"
_TARGET_NAMED = re.compile(r"(?:(?:^|[^\w])(?:theo|so\s+với|vượt)\s+(?:[^\W\d]+\s+){0,2}|\d\s*%\s+(?:GDP\s+|GRDP\s+)?|(?:^|[^\w])(?:chưa|không)\s+)$", re.I)
# what "phải" sets in news: a level to reach ("phải đạt trên 7%", "phải tăng trên 9,5%", "phải giảm tối thiểu 15%")
_MUST_REACH = re.compile(r"\s+(?:(?:được|là)\s+)?(?:đạt|tăng|giảm(?!\s+trừ)|hoàn\s+thành|giải\s+ngân|duy\s+trì|bảo\s+đảm|đảm\s+bảo"
                         r"|trên|ít\s+nhất|tối\s+thiểu|từ|dưới|không\s+quá|tối\s+đa|có|chiếm)\b", re.I)
# "số tiền phải thu năm 2025", "tổng số phải thu", "khoản phải trả": an amount due, no duty set
_DUE = re.compile(r"(?:số|tiền|khoản|nợ)\s+(?:còn\s+)?$", re.I)


class _Context:
    """What every figure of one text looks up, found once: kind cues, periods, headings."""

    def __init__(self, text: str, metadata=None):
        self.text = text
        self.regulation = getattr(metadata, "type", None) in _REGULATION_TYPES
        # a news article has a headline, not headings: "Việt Nam có khả năng đạt mục tiêu đón 13 triệu khách"
        # names the goal the article weighs, it does not make every growth rate reported under it a target
        # (the reader gives a news article no type and its first line as title; a document's excerpt has no title)
        title = getattr(metadata, "title", None)
        self.news = getattr(metadata, "type", None) is None and bool(title) and text.lstrip().startswith(title[:40])
        # ... and its headline is a sentence of its own, also when a long one seems to wrap into the lead
        self.headline_end = (text.find("\n") + 1 or len(text)) if self.news else 0

        dm = re.match(r"(?:19|20)\d\d", str(getattr(metadata, "date", None) or ""))
        self.year = int(dm.group()) if dm else None
        self._cues: dict[int, list] = {}
        self._periods: dict[int, list] = {}
        headings = _headings(text)
        self.heading_pos = [h[0] for h in headings]
        # for each heading, the kind and the period of the nearest heading at or above it that says one
        self.heading_kind, self.heading_period = [], []
        kind = period = None
        for hpos, line in headings:
            hm = _HEADING_KIND.search(line)
            if hm and not _HEADING_LABEL.match(line) and (line[:1].islower() or _WRAPS.match(text, max(0, text.find("\n", hpos)))):
                hm = None  # a line of running text wrapped, no heading: "Bước 3: Lập báo cáo kết quả xác" + "định ..."
            if self.regulation and re.match(r"(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+[IVXLC\d]+)\b", line):
                kind = None  # a regulation's article says its own kind: "Điều 3. Mục tiêu" does not reach "Điều 12"
            if hm and self.regulation and not re.search(r"mục\s+tiêu|phấn\s+đấu", line, re.I):
                hm = None  # a regulation's headings name procedures ("Công nhận kết quả thăm dò"), not results
            if hm and len(line) < 120 and not self.news:
                kind = "target" if hm.group("t") else "result"
            pm = P.HEADING_PERIOD.match(line) or P.HEADING_PERIOD_END.match(line)
            if pm:
                period = re.sub(r"\s*[-–]\s*", "-", pm.group("p") or pm.group("r"))
            elif re.match(r"^(?:[IVX]+|\d+)[.)]\s", line):
                period = None  # a new numbered section ends the period of the one before
            self.heading_kind.append(kind)
            self.heading_period.append(period)

    def sentence_start(self, s0: int, pos: int) -> int:
        return self.headline_end if s0 < self.headline_end <= pos else s0

    def cues(self, s0: int, s1: int) -> tuple[list[int], list[tuple]]:
        """Starts and (start, end, kind, strength) of the kind cues of the sentence [s0, s1) that count."""
        if s0 not in self._cues:
            text = self.text
            cue_rx, table = _kind_cues()
            out = []
            for m in cue_rx.finditer(text, s0, s1):
                start, end = m.span()
                if not m.group()[:1].islower() and (lm := _LIST_LABEL_END.search(text, max(s0, start - 8), start)) \
                        and re.match(r"(?:kết\s+quả|yêu\s+cầu|chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)$", m.group(), re.I):
                    continue  # a noun heading a list item, no cue: "c) Kết quả thử nghiệm sản phẩm có thời hạn ..."
                if not m.group()[:1].islower() and (text[max(s0, start - 8):lm.start()] if lm else text[max(s0, start - 4):start]).strip(" \t+-•*(\"“") \
                        and not text[max(s0, start - 4):start].rstrip().endswith(":"):
                    continue  # "Cần Thơ" is no cue; "Cần ..." opening a sentence, a list item ("(4) Phấn đấu có ít nhất
                    # 70% số người", "a) Hiện nay tổng khối lượng ...") or a clause after ":" is
                if self.regulation and not _REGULATION_CUES.fullmatch(m.group()):
                    continue
                if re.search(r"(?:chương\s+trình|quỹ|ban|văn\s+phòng)\s+$", text[max(0, start - 14):start], re.I):
                    continue  # a cue inside a name: "Chương trình mục tiêu quốc gia"
                if m.group().lower() == "phải" and not _MUST_REACH.match(text, end) \
                        and re.search(r"\d[ \t]+(?:[^\W\d]+[ \t]+){1,2}$", text[max(s0, start - 24):start]):
                    continue  # what a number of them had to do, no duty set: "gần 20.000 hộ phải sơ tán"
                if m.group().lower() == "phải" and self.news and (
                        not _MUST_REACH.match(text, end) or re.search(r"(?:đã|đang|vẫn|còn|cũng)\s+$", text[max(s0, start - 6):start], re.I)) \
                        and not re.search(r"(?:sẽ|ít\s+nhất|tối\s+thiểu)\s+$", text[max(s0, start - 10):start], re.I):
                    continue  # news tells what someone had to do: "10 dự án ... phải ứng vốn ... với dư nợ gần 200 triệu
                    # USD", "đang phải nhập khẩu khoảng 90%"; a goal must reach: "6 tháng cuối năm phải tăng trên 9,5%"
                if m.group().lower() == "phải" and _DUE.search(text, max(s0, start - 12), start) \
                        and re.match(r"\s+(?:thu|nộp|trả|chi)\b", text[end:end + 6]):
                    continue
                if table[m.group().lower()][0] == "target" and _TARGET_NAMED.search(text, max(s0, start - 30), start) \
                        and not re.match(_GOAL_VALUE.pattern + r"\d", text[end:end + 16], re.I):
                    continue  # the goal a result is measured by: "thực hiện theo chỉ tiêu kế hoạch giao đạt 140.929 tỷ đồng"
                if m.group().lower() == "ước" and re.search(r"(?:hương|quy|điều|công|thỏa|mơ|ao|mong)\s+$", text[max(s0, start - 8):start], re.I):
                    continue  # "hương ước", "quy ước", "điều ước": no estimate
                if m.group().lower() == "thu" and not re.match(r"\s+(?:ngân\s+sách|nợ|tiền|phí|lệ\s+phí|thuế|về|hồi|được|nộp|ngoại\s+tệ|NSNN)\b", text[end:end + 14], re.I):
                    continue  # revenue collected, not "máy thu thanh, thu hình", "thu hút", "thu hoạch"
                if m.group().lower() == "ước" and re.match(r"\s+(?:tính\s+)?(?:tổng\s+)?nhu\s+cầu", text[end:end + 25], re.I):
                    continue  # a need estimated is no result: "Ước nhu cầu vốn đầu tư ... tương đương 130,0 tỷ USD"
                if re.match(r"\s+(?:số\s+)?\d", text[end:end + 6]) and m.group().lower() == "kế hoạch":
                    continue  # a document named: "Kế hoạch số 12/KH-UBND"
                if re.match(r"(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|kết\s+quả)$", m.group(), re.I) \
                        and re.search(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d+[ \t]*$", text[max(s0, start - 8):start]):
                    continue  # the counted noun of a figure: "trong số 13 chỉ tiêu Quốc hội giao có 11 chỉ tiêu đạt"
                if re.match(r"dự\s+(?:báo|đoán)$", m.group(), re.I) and (
                        re.search(r"(?:trung\s+tâm|công\s+tác|mức|hệ\s+thống|bản\s+tin|số\s+liệu|khả\s+năng)\s+$",
                                  text[max(s0, start - 14):start], re.I)
                        or re.match(r"\s+(?:khí\s+tượng|thời\s+tiết|thủy\s+văn)", text[end:end + 12], re.I)):
                    continue  # a forecast's service or trade named ("Trung tâm dự báo khí tượng thủy văn"), none made
                if re.match(r"\s+độ\b", text[end:end + 5]):
                    continue  # "theo quy định mức độ 1": a level named, no rule stated
                if self._past_year(m.group(), end, s0):
                    continue
                out.append((start, end) + table[m.group().lower()])
            self._cues[s0] = ([c[0] for c in out], out)
        return self._cues[s0]

    def _past_year(self, cue: str, end: int, s0: int) -> bool:
        """"đến năm 2016" sets no goal when 2016 is before the document's own year, or when the sentence
        measures from an earlier year ("năm 2011 ... có 54.448 đơn vị, đến năm 2016 giảm 534 đơn vị")."""
        if not re.fullmatch(r"(?:đến|tới|vào)\s+năm", cue, re.I):
            return False
        ym = re.match(r"\s*((?:19|20)\d\d)\b", self.text[end:end + 8])
        if not ym:
            return False
        year = int(ym.group(1))
        if self.year is not None and year < self.year:
            return True
        before = self.text[s0:end - len(cue)]
        return any(int(y) < year for y in _EARLIER_YEAR.findall(before))

    def periods(self, s0: int, s1: int) -> list[tuple[int, str]]:
        if s0 not in self._periods:
            out = []
            for m in P.PERIOD_IN_SENTENCE.finditer(self.text, s0, s1):
                p = m.group("p") or m.group("r") or m.group("y")
                if _NOT_PERIOD_BEFORE.search(self.text, max(0, m.start() - 60), m.start()):
                    continue
                out.append((m.start(), re.sub(r"\s*[-–]\s*", "-", p)))
            self._periods[s0] = out
        return self._periods[s0]

    def heading_before(self, pos: int) -> int:
        return bisect.bisect_left(self.heading_pos, pos) - 1


def _period(text, c, s0, s1, ctx) -> str | None:
    best, dist = None, None
    for start, p in ctx.periods(s0, s1):
        d = abs(start - c.num_start) + (0 if start < c.num_start else 1000)
        if dist is None or d < dist:
            best, dist = p, d
    if best:
        return best
    h = ctx.heading_before(c.start)
    return ctx.heading_period[h] if h >= 0 else None


# A table column's name: "Kế hoạch 2025", "Chỉ tiêu" set targets; "Thực hiện 2025", "Ước TH", "% so với KH"
# report results; a bare "Kết quả" is what the document and the heading above the table make it: the
# targets of a plan ("PHỤ LỤC I. DANH MỤC CÁC CHỈ TIÊU | ... | Kết quả |"), the results of a report.
_COLUMN_RESULT = re.compile(r"thực\s+hiện|ước|lũy\s+kế|đạt\s+được|so\s+(?:với\s+)?(?:kế\s+hoạch|KH|cùng\s+kỳ)|(?-i:TH)\b", re.I)
_COLUMN_TARGET = re.compile(r"kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|cần\s+đạt|phải\s+đạt|phấn\s+đấu|dự\s+kiến|(?-i:KH)\b", re.I)


def table_kind(column: str, ctx, table_start: int, doc_kind) -> str | None:
    """The kind a table column's name gives its figures, None when it says nothing."""
    if _COLUMN_RESULT.search(column):
        return "result"
    if _COLUMN_TARGET.search(column):
        return "target"
    if re.search(r"kết\s+quả", column, re.I):
        if doc_kind:
            return doc_kind
        h = ctx.heading_before(table_start)
        return (ctx.heading_kind[h] if h >= 0 else None) or "result"
    return None


# A duration set as a deadline (GUIDELINES: a legal threshold has no kind): "Thời hạn giải quyết: tối đa 15 ngày",
# "Thời gian thực hiện: không quá 08 ngày làm việc", "Hẹn lần 2: không quá 03 ngày", "trong 05 ngày làm việc kể từ ..."
_DEADLINE_BEFORE = re.compile(r"(?:thời\s+hạn|thời\s+gian\s+(?:giải\s+quyết|thực\s+hiện|xử\s+lý|cấp)|hẹn\s+lần\s+\d)[^.;\n]*$", re.I)
_DEADLINE_AFTER = re.compile(r"[^.;\n\d]{0,20}?\bkể\s+từ\b", re.I)


# A reduction of a fee stated is a rule, no goal or result: "nộp hồ sơ qua dịch vụ công trực tuyến: giảm 50 % mức
# phí, lệ phí theo Nghị quyết số 89/2022/NQ-HĐND", "Đối tượng giảm 50% mức phí"
_FEE_CUT_BEFORE = re.compile(r"(?<!\w)(?:miễn,\s+)?giảm\s+$", re.I)
_FEE_AFTER = re.compile(r"\s*(?:mức\s+)?(?:thu\s+)?(?:phí|lệ\s+phí)\b", re.I)
# A procedure's time cut that a decision makes, written at the head of its line or cell: "Cắt giảm thời gian giải
# quyết từ 24 ngày xuống 22 ngày", "Giảm 02 ngày so với quy định", "Rút ngắn thời gian thực hiện còn 05 ngày"
_TIME_CUT = re.compile(r"(?:^|\n|:)[ \t\-+•*]*(?:cắt\s+giảm|giảm|rút\s+ngắn)(?:\s+thời\s+(?:gian|hạn)(?:\s+(?:giải\s+quyết|thực\s+hiện))?)?"
                       r"(?:\s+(?:từ\s+\d[\d.,]*\s+ngày(?:\s+làm\s+việc)?\s+xuống|xuống|còn|được)(?:\s+còn)?)?\s+$", re.I)
# A proposal sets what it asks for: "Bộ Tài chính kiến nghị Chính phủ cho phép bộ này chuyển đổi hơn 22.000 tỷ
# đồng", "xin Chính phủ hỗ trợ trả nợ 162 triệu USD", "đề xuất được điều chỉnh lãi suất ... giảm xuống còn 3%";
# not what an audit or an inspection recommends ("kiến nghị thu hồi nộp NSNN 7,3 tỷ đồng", "đã kiến nghị xử lý
# kỷ luật ... 724 tập thể"), a settlement asked for ("đề nghị quyết toán 5.573 tỷ đồng") nor proposals counted
# ("850 kiến nghị được xử lý")
_PROPOSAL = re.compile(r"(?<![\w])(?:kiến\s+nghị|đề\s+nghị|đề\s+xuất|xin)\s+", re.I)
_PROPOSAL_NOT_BEFORE = re.compile(r"(?:\d[\d.,]*\s+(?:ý\s+kiến\s+)?|(?<!\w)(?:các|những|ý|số\s+tiền|bị|đã|việc|cơ\s+sở|theo|hồ\s+sơ|đơn|văn\s+bản"
                                  r"|thủ\s+tục|thời\s+gian|thời\s+hạn|trường\s+hợp|khu\s+vực)\s+)$", re.I)
_PROPOSAL_ASKS = re.compile(r"(?<!\w)(?:cho\s+phép|xem\s+xét|hỗ\s+trợ|bổ\s+sung|bố\s+trí|tạm\s+ứng|được|phê\s+duyệt|cấp|chuyển"
                            r"|điều\s+chỉnh|sử\s+dụng|giao|khoanh|tăng|nâng|mở\s+rộng|dành|ưu\s+tiên|trích|miễn|giãn)(?!\w)", re.I)
_PROPOSAL_NOT = re.compile(r"(?<!\w)(?:quyết\s+toán|thu\s+hồi|xử\s+lý|thanh\s+toán|thẩm\s+tra|thanh\s+tra|tổng\s+số|đã|hiện|diện\s+tích"
                           r"|kèm\s+theo|cho\s+biết|cho\s+hay)(?!\w)|[.;:!?]|\n\s*(?:[-+•*]|\(?\d|[a-zđ]\))", re.I)


def _proposal(text: str, s0: int, pos: int) -> bool:
    m = None
    for m in _PROPOSAL.finditer(text, max(s0, pos - 200), pos):
        pass
    if m is None or _PROPOSAL_NOT_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
            or re.match(r"(?:về|của|cấp|chấp\s+thuận|gia\s+hạn|thẩm\s+định|công\s+nhận)\s", text[m.end():m.end() + 12]):
        # "đề nghị cấp Giấy phép", "khu vực đề nghị chấp thuận": an application in a procedure, nothing asked of a figure
        return False
    between = text[m.end():pos]
    return bool(_PROPOSAL_ASKS.search(between)) and not _PROPOSAL_NOT.search(between)


# A scenario in news: what would be reached if something were done is set as a goal, no result ("nếu tiết kiệm 1%
# là đã có trên 10.000 tỷ đồng", "nếu không có các yếu tố bất thường tác động, mức tăng trưởng 25-30% ... là hoàn
# toàn khả thi"); one that is not reached has no kind ("nếu ... không đạt được tốc độ tăng trưởng GDP bình quân 7%");
# not a way of counting ("nếu tính cả vốn đăng ký bổ sung đạt 1.013,4 triệu USD", "nếu loại trừ yếu tố giá tăng 6,7%")
_IF = re.compile(r"(?<!\w)nếu\s+(?!(?:tính|loại\s+trừ|phân|xét|so|theo|như|kể|tổng)(?!\w))", re.I)
_IF_STOP = re.compile(r"[.;!?\n]|(?<!\w)(?:cho\s+biết|cho\s+hay|thay\s+vào\s+đó)(?!\w)", re.I)


def _scenario(text: str, s0: int, pos: int) -> str | None:
    m = None
    for m in _IF.finditer(text, max(s0, pos - 200), pos):
        pass
    if m is None or _IF_STOP.search(text, m.end(), pos):
        return None
    if re.search(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?!\w)", text[m.end():pos], re.I):
        return None  # the goal named decides: "Nếu năm 2017 không đạt được mục tiêu 6,7%"
    if re.search(r"(?<!\w)(?:(?:không|chưa)\s+(?!có\s+(?:các\s+)?yếu\s+tố)|bị\s)", text[m.end():pos], re.I):
        return ""  # ... nor a loss it would bring: "nếu thực hiện theo đúng thỏa thuận trên thì Ngân sách nhà nước bị
        # thất thoát (80%)"
    return "target"


def _kind(text, c, s0, ctx, doc_kind) -> str | None:
    strong, weak, prev_end = None, None, 0
    s0 = ctx.sentence_start(s0, c.num_start)
    s1 = c.extra.get("sentence_end", len(text))
    starts, cues = ctx.cues(s0, s1)
    if c.unit == "%" and _FEE_CUT_BEFORE.search(text, max(0, c.start - 12), c.num_start) and _FEE_AFTER.match(text, c.end):
        return None
    if not ctx.regulation and c.unit_class == "duration" and _TIME_CUT.search(text, max(0, c.start - 90), c.start):
        return "target"
    sent0 = s0
    # a contrast starts anew: "dự kiến kinh phí khoảng 23.000 tỷ đồng, tuy nhiên ... mới bố trí được 5.000 tỷ đồng",
    # "đặt mục tiêu tăng trưởng 6,7% nhưng mới đạt 6,21%"
    cm = None
    for cm in _CONTRAST.finditer(text, s0, c.num_start):
        pass
    if cm is not None:
        s0 = cm.end()
    if (ctx.news or doc_kind == "result") and _proposal(text, s0, c.start):
        return "target"
    if ctx.news and (scenario := _scenario(text, s0, c.start)) is not None:
        return scenario or None
    # the cues of the sentence before the figure, within 500 characters of it
    for i in range(bisect.bisect_left(starts, max(s0, c.num_start - 500)), len(cues)):
        start, end, kind, strength = cues[i]
        if end > c.end:
            break
        if kind == "target" and end <= c.start and _GOAL_VALUE.fullmatch(text, end, c.start):
            return "target"  # the goal's own value: "so với kế hoạch (5%)", "kế hoạch đặt ra là 4%", "mục tiêu 6,7%"
        if start >= c.num_start and strength == "strong" and kind == "target":
            continue
        if kind == "target" and re.fullmatch(r"(?:bảo|đảm)\s+(?:đảm|bảo)", text[start:end], re.I) and (
                c.num_start - end > 80 or re.search(r"công\s+tác\s+$", text[max(s0, start - 12):start], re.I)):
            continue  # "Báo cáo về công tác đảm bảo trật tự, ATGT ... xảy ra 9.593 vụ": the duty named, no goal of the figure
        if strength == "strong" and not ctx.news and text[start:end].lower() == "còn":
            strength = "weak"  # a plan's "giảm ... còn 1,7 lần vào năm 2025" sets what is left; news reports it
        if strength == "strong":
            if kind == "result" and strong == "target" and re.fullmatch(r"[ \t]*(?:[^\W\d]+[ \t]+){0,2}", text[prev_end:start]):
                continue  # the goal's verb: "phấn đấu thu nợ khoảng 45.000 tỷ đồng", "mục tiêu giải ngân 95%"
            strong, prev_end = kind, end
        elif weak is None and not (kind == "target" and ":" in text[end:c.num_start]):
            weak = kind  # the first; a goal before a list is not that of its items: "phê duyệt kế hoạch đấu thầu ..., gồm: Gói thầu số 6: giá ..."
    if strong is None and not ctx.regulation and (k := _goes_on_kind(text, sent0, ctx)):
        return k
    if strong is None and not ctx.regulation and _NEED.search(text, max(s0, c.start - 30), c.start):
        return "target"  # a need stated right before the figure: "thời gian miễn thị thực cần tăng lên 30 ngày"
    if strong is not None:
        return strong or None
    if c.unit_class == "duration" and (_DEADLINE_BEFORE.search(text, max(s0, c.start - 60), c.start)
                                       or _DEADLINE_AFTER.match(text, c.end)):
        return None  # a time limit a procedure sets: "Thời hạn giải quyết: tối đa 15 ngày", "05 ngày kể từ ngày ..."
    intro = _list_intro_kind(text, s0, ctx)
    if intro:
        return intro
    h = ctx.heading_before(s0)
    if h >= 0 and ctx.heading_kind[h]:
        return ctx.heading_kind[h]
    if weak:
        return weak
    if not ctx.regulation and _content_of_a_document(text, s0, c.num_start):
        return "target"  # what a document issued sets: "Danh mục gồm 707 thủ tục hành chính ..."
    return doc_kind


# the cues of a sentence that a "Trong đó" after it goes on with: goals and results named, not a duty ("... 1 đơn vị
# do ngân sách đảm bảo chi. Trong đó, đơn vị sự nghiệp giáo dục thuộc Bộ có 38 trường")
_GOES_ON_CUE = re.compile(_INTRO_CUE.pattern + r"|đã|đã\s+được|dự\s+kiến|dự\s+tính|hiện\s+nay|hiện\s+đã|tính\s+đến|ước(?:\s+(?:đạt|tính|thực\s+hiện))?",
                          re.I)


def _goes_on_kind(text: str, s0: int, ctx) -> str | None:
    """A sentence that goes on from the one before ("Trong đó: Giá trị sản phẩm nông sản ... đạt 395 triệu USD"
    after "Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD ...") has its kind:
    the last strong cue of that sentence."""
    if s0 <= 0 or not _GOES_ON.match(text, s0):
        return None
    prev = [m.end() for m in P.SENTENCE_END.finditer(text, max(0, s0 - 800), s0 - 1)]
    p0 = prev[-1] if prev else max(0, s0 - 800)
    kind = None
    for start, end, k, strength in ctx.cues(p0, s0)[1]:
        if end <= s0 and strength == "strong" and _GOES_ON_CUE.fullmatch(text, start, end):
            kind = k
    return kind or None


def _list_intro_kind(text: str, s0: int, ctx) -> str | None:
    """The kind the line that opens a list gives an item of it that says none itself: "..., các nội dung này
    được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:" then "(1) 100% số người hưởng trợ cấp ..."; the
    first strong cue of that line decides ("Kết quả thực hiện các chỉ tiêu như sau:" reports results)."""
    ls = text.rfind("\n", 0, s0 + 1) + 1 if text[s0:s0 + 1] != "\n" else s0
    if not _ITEM_LINE.match(text, ls):
        return None
    pos, lines = ls, 0
    while pos > 0 and lines < 12 and ls - pos < 3000:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        pos = prev
        if not line.strip() or _ITEM_LINE.match(line):
            lines += line.strip() != ""
            continue
        if not line.rstrip().endswith(":"):
            return None
        ends = [m.end() for m in P.SENTENCE_END.finditer(text, prev, prev + len(line.rstrip()) - 1)]
        i0 = ends[-1] if ends else prev
        # ... its last clause, and a cue that names goals or results, not a duty ("Cơ sở phải đảm bảo các điều kiện
        # tối thiểu về cơ sở vật chất sau:" lists a regulation's thresholds; "quyết định trực tiếp đến mục tiêu và
        # quy mô đầu tư của dự án; thông số cụ thể như sau:" a project's size)
        clauses = [m.end() for m in re.finditer(r"[,;]\s", text[i0:prev + len(line)])]
        i0 += clauses[-1] if clauses else 0
        for start, end, kind, strength in ctx.cues(i0, prev + len(line))[1]:
            if strength == "strong" and kind and _INTRO_CUE.fullmatch(text[start:end]):
                return kind
        return None
    return None


# A sentence that says what a document holds: "Danh mục gồm 707 thủ tục hành chính ...", "Kế hoạch đặt ra ...";
# the sentences that go on from it ("Trong đó, có 354 ...", "Cụ thể, Bộ Y tế thực hiện 85 ...") say it too
_DOC_CONTENT = re.compile(r"[\s\"“(]*(?:Theo\s+đó,\s*)?(?:Danh\s+mục|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Dự\s+thảo|Dự\s+án\s+Luật)"
                          r"(?!\s+(?:số\s+)?\d)[^.;:\n]{0,100}?\s(?:gồm|bao\s+gồm|đặt\s+ra|yêu\s+cầu)\s")
_GOES_ON = re.compile(r"[\s\"“(]*(?:Trong\s+đó|Cụ\s+thể|Bao\s+gồm)\b", re.I)


def _content_of_a_document(text: str, s0: int, pos: int, depth: int = 0) -> bool:
    # the figure's own sentence, also where a line break after a full stop was read as a wrapped line
    head = text[s0:pos].rstrip()
    bounds = [s0] + [s0 + b.end() for b in re.finditer(r"[.!?…]\s+|\n", head) if b.end() < len(head)]
    s0 = bounds[-1]
    m = _DOC_CONTENT.match(text, s0)
    if m and m.end() <= pos:
        return True
    if depth < 3 and s0 > 0 and _GOES_ON.match(text, s0):
        prev = [m.end() for m in P.SENTENCE_END.finditer(text, max(0, s0 - 800), s0 - 1)]
        p0 = prev[-1] if prev else max(0, s0 - 800)
        return p0 < s0 and _content_of_a_document(text, p0, s0, depth + 1)
    return False


# Normative documents set thresholds, not goals or results (GUIDELINES: kind null for "a legal threshold
# in a regulation"): there only these cues decide a kind.
_REGULATION_TYPES = {"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch", "Quy chế",
                     "Quy định"}
_REGULATION_CUES = re.compile(r"mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu|định\s+hướng|kết\s+quả|đạt\s+được|cùng\s+kỳ|đến\s+nay"
                              r"|ước", re.I)


def _doc_kind(metadata) -> str | None:
    t = getattr(metadata, "type", None) if metadata is not None else None
    if t is None:
        return "result"
    if t in _TARGET_TYPES:
        return "target"
    if t in _RESULT_TYPES:
        return "result"
    return None
