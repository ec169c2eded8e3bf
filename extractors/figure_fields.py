"""The context fields of figures: parent, indicator, scope, period and kind (GUIDELINES "Figures").

Each field is read from the figure's sentence, the clause around it and the headings above it:
``figure_indicators`` reads indicator and scope (with the phrases of ``figure_phrases``), ``figure_context``
kind and period; this module finds the sentences, the parts after ``trong đó`` (parent) and the estimates
(``ước``), and runs them in order.
"""
from __future__ import annotations

import bisect
import re

from . import figure_patterns as P
from . import figure_phrases as I
from .figure_context import _Context, _doc_kind, _kind, _period, table_kind
from .figure_indicators import _indicator_scope

# Sentences that go on with the one before: their figures keep its period
_CONTINUES = re.compile(r"[\s(]*(?:trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|trong\s+số\s+này|ngoài\s+ra)\b", re.I)
# a list label at a line start ("1.", "2.1.", "a)", "II."), not a number's thousands dot ("3.071 TTHC")
_BULLET = re.compile(r"[ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)](?!\d)|[a-zđ]\)|[IVXL]+\.)")
# a line that a number goes on: it ends with a lower-case word ("... đơn giản hóa là\n3.071 TTHC"), not with a
# name or a bracket, as a table's label cell does ("... thành phố Hà Nội\n40.000.000 đồng")
_LOWER_END = re.compile(r"(?<!\S)[^\W\d_A-ZĐ]\w*$")
_PART = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm\s+có)\b", re.I)


def _sentences(text: str) -> list[int]:
    """Sentence starts. A line break ends a sentence unless it only wraps a long line mid-sentence
    ("... phục vụ phát triển\nChính phủ số phải được ...")."""
    starts = [0]
    for m in P.SENTENCE_END.finditer(text):
        if m.group()[0] == "." and P.NO_SENTENCE_END.search(text, max(0, m.start() - 6), m.start()):
            continue
        if "\n" in m.group():
            ls = text.rfind("\n", 0, m.start()) + 1
            line = text[ls:m.start()].rstrip()
            if len(line) >= 60 and not re.search(r"[.;:!?…\"”]$", line) and not _BULLET.match(text, m.end()) \
                    and not (text[m.end():m.end() + 1].isdigit() and not _LOWER_END.search(line)):
                continue
            # the first line of an indented item, wrapped before a name: "+ 100% các hệ thống thông tin
            # phục vụ phát triển\nChính phủ số phải được phê duyệt ..." (the next line is a long one)
            if len(line) >= 40 and line.lstrip()[:1] in "-+•–" and re.match(r"[ \t]*[-+•–]\s", line) \
                    and not re.search(r"[.;:!?…\"”)]$", line):
                nl = text.find("\n", m.end())
                nxt = text[m.end():nl if nl >= 0 else len(text)]
                if len(nxt) >= 60 and not _BULLET.match(nxt):
                    continue
        starts.append(m.end())
    return starts



# A consonant split from the rest of its syllable by a stray space (OCR, PDF kerning): "t hời gian",
# "Đ a số", "c ác tỉnh", "t rung tâm". Only a consonant or onset that can start a syllable is joined;
# a point label ("điểm b khoản 1") or a unit after a number ("5 m dài") is not.
_V = "aàáảãạăắằẳẵặâấầẩẫậeèéẻẽẹêếềểễệiìíỉĩịoòóỏõọôốồổỗộơớờởỡợuùúủũụưứừửữựyỳýỷỹỵ"
_SPLIT = re.compile(r"(?=[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]\x20)(?<![^\s(“\"])(?<!\d )(?<!điểm )(?<!tiết )(?<!mục )"
                    r"(?:([bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX])\x20(?=[" + _V + r"])|([cgknptCGKNPT])\x20(?=h[" + _V + r"])"
                    r"|([tT])\x20(?=r[" + _V + r"])|([nN])\x20(?=gh?[" + _V + r"])|([gG])\x20(?=i[" + _V + r"]))"
                    r"(?=\w+\b)")


def _join_split_words(text: str) -> str:
    """``text`` with each such stray space moved after the syllable ("t hời gian" -> "thời  gian"):
    the same length, so every offset still holds."""
    def move(m):
        k = m.end()
        w = re.match(r"\w+", text[k:])
        return m.group().rstrip() + w.group() + " " if w else m.group()
    out, last = [], 0
    for m in _SPLIT.finditer(text):
        if m.start() < last:
            continue
        w = re.match(r"\w+", text[m.end():])
        out.append(text[last:m.start()])
        out.append(move(m))
        last = m.end() + (len(w.group()) if w else 0)
    out.append(text[last:])
    return "".join(out)


# a subject that only points back: "Chỉ số này", "con số đó", "tỷ lệ nói trên"
_ANAPHOR = re.compile(r"(?:chỉ\s+số|chỉ\s+tiêu|con\s+số|t[ỷỉ]\s+lệ|số\s+liệu|mức|tiêu\s+chí|thời\s+gian|số\s+lượng|kết\s+quả)"
                      r"\s+(?:(?:này|nói\s+trên)\b|(?:đó|trên)(?=\s*$|\s+(?:của|đã|đạt|là|chỉ|giảm|tăng|chiếm|ở|tại)\b))", re.I)
# any other noun pointing back: "Hiện số nợ này còn khoảng 9.654 tỷ đồng" (the noun is looked up before)
_POINTER = re.compile(r"(?:hiện\s+)?(?:số|khoản|lượng|tổng\s+số)?\s*(?P<n>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+(?:này|nói\s+trên)$", re.I)
_QUANTIFIER = re.compile(r"(?:đa\s+số|phần\s+lớn|hầu\s+hết|tất\s+cả)\b", re.I)
# the units a quantifier counts, named in the sentence before: "các tỉnh/thành phố", "các địa phương"
_GROUP = re.compile(r"\bcác\s+" + I._UNIT_NOUN + r"(?:\s*(?:/|,|\s+và)\s*" + I._UNIT_NOUN + r")*\b", re.I)
# the head of what a sentence measures, for "Chỉ số này ..." in the next one
_MEASURE = re.compile(r"(?<!\w)(?:thời\s+gian|t[ỷỉ]\s+(?:lệ|trọng)|chỉ\s+số|số\s+lượng|tốc\s+độ|kim\s+ngạch|doanh\s+thu"
                      r"|tổng\s+(?:số|mức|vốn))(?!\w)", re.I)


def _sentence_before(text: str, s0: int) -> str:
    end = s0
    while end > 0 and text[end - 1] in " \t\n.!?…":
        end -= 1
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), text.rfind("? ", 0, end), end - 600) + 1
    return re.sub(r"\s+", " ", text[start:end]).strip(" .")


def _topic_before(text: str, s0: int, measure_first: bool) -> str | None:
    """What the sentence before ``s0`` is about: the last measure it names ("... như về thời gian thành
    lập doanh nghiệp"), else (or first, when not ``measure_first``) its subject ("Công tác kê khai nộp
    thuế điện tử cũng được ... triển khai" gives "kê khai nộp thuế điện tử")."""
    sent = _sentence_before(text, s0)
    if not sent:
        return None
    heads = [m for m in _MEASURE.finditer(sent) if not _ANAPHOR.match(sent, m.start())]
    measure = None
    if heads:
        np = re.split(r"\s*[,;:()]|\s+(?:là|đạt|chiếm|và\s+(?:đã|đạt))\b", sent[heads[-1].start():])[0].split()
        if len(np) >= 3 or measure_first:
            measure = " ".join(np[:12])
    if measure_first and measure:
        return measure
    subj = I._LEAD.sub("", sent)
    subj = re.split(r"\s*[,;:(]|\s+(?:cũng|được|đã|đang|sẽ|là|có|đạt|tiếp\s+tục|vẫn|đều|chiếm|tăng|giảm)\b", subj)[0]
    subj = re.sub(r"^(?:công\s+tác|việc|hoạt\s+động)\s+", "", subj, flags=re.I)
    if 2 <= len(subj.split()) <= 10 and not re.search(r"\d", subj):
        return subj[:1].lower() + subj[1:] if subj[1:2].islower() else subj
    return measure


def _resolve(text: str, c, prev, s0: int) -> None:
    """What the figure's own clause leaves open, read from the sentence before."""
    ind, scope = c.indicator, c.scope
    if not ind and prev is None and scope and _QUANTIFIER.match(scope):
        # "Công tác kê khai nộp thuế điện tử cũng được các tỉnh/thành phố triển khai tích cực. Đa số đều
        # đạt từ 96% đến 100%": the quantifier is the scope, what is measured is the sentence before's topic
        ind = _topic_before(text, s0, measure_first=False)
        if ind and c.unit_class == "percent" and not I._INDICATOR_HEAD.match(ind):
            ind = "tỷ lệ " + ind
        group = _GROUP.search(_sentence_before(text, s0))
        scope = scope[:1].lower() + scope[1:]
        if group and len(scope.split()) <= 2:
            scope = f"{scope} {group.group()}"
    am = _ANAPHOR.match(ind or "")
    pm = None if am else _POINTER.fullmatch(ind or "")
    if am:
        # "Chỉ số này của đa số các tỉnh chỉ còn 2 ngày": the measure named in the sentence before
        ante = _topic_before(text, s0, measure_first=True)
        if ante:
            rest = ind[am.end():].strip()
            keep = re.match(r"(?:(?:cắt\s+)?giảm|tăng|vượt|ở|tại|đối\s+với)\b", rest, re.I)
            ind = f"{ante} {rest}" if keep else ante
    elif pm:
        # "... nợ đọng xây dựng cơ bản đã được ... xử lý. Hiện số nợ này còn khoảng 9.654 tỷ đồng"
        sent = _sentence_before(text, s0)
        hits = list(re.finditer(r"(?<!\w)" + re.escape(pm.group("n")) + r"(?!\w)", sent, re.I))
        if hits:
            np = re.split(r"\s*[,;:()]|\s+(?:đã|đang|được|là|đạt|chiếm|và|của\s+các)\b", sent[hits[0].start():])[0].split()
            if len(np) > len(pm.group("n").split()):
                ind = " ".join(np[:10])
    c.indicator = (ind or "").strip(" ,;:-")[:300] or None
    c.scope = scope


def fill(text: str, cands: list, metadata=None, segment: bool = True) -> None:
    """Set parent, indicator, scope, period and kind on every candidate, in place. ``segment``: use
    underthesea's word segmentation and POS tags where a regex cannot tell a name from a verb."""
    if not cands:
        return
    text = _join_split_words(text)
    I._SEGMENT[0] = segment
    starts = _sentences(text)
    sent_of = [bisect.bisect_right(starts, c.num_start) - 1 for c in cands]
    _parents(text, cands, starts, sent_of)
    _estimates(text, cands, starts, sent_of)
    ctx = _Context(text, metadata)
    doc_kind = _doc_kind(metadata)
    for i, c in enumerate(cands):
        si = sent_of[i]
        s0 = starts[si]
        s1 = starts[si + 1] if si + 1 < len(starts) else len(text)
        prev = cands[i - 1] if i and sent_of[i - 1] == si else None
        nxt_start = cands[i + 1].start if i + 1 < len(cands) and sent_of[i + 1] == si else s1
        c.extra["sentence_end"] = s1
        earlier = []
        for j in range(i - 1, max(-1, i - 25), -1):
            if sent_of[j] < si - 2:
                break
            earlier.append(cands[j])
        if c.extra.get("table"):
            col = c.extra.get("column", "")
            ym = re.search(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", col)
            c.period = (re.sub(r"\s*[-–]\s*", "-", ym.group()) if ym else c.extra.get("section_period")
                        or _period(text, c, s0, s1, ctx))
            c.kind = table_kind(col, ctx, c.extra.get("table_start", c.start), doc_kind) or _kind(text, c, s0, ctx, doc_kind)
            continue
        _indicator_scope(text, c, prev, cands, s0, nxt_start, earlier)
        _resolve(text, c, prev, s0)
        c.period = _period(text, c, s0, s1, ctx)
        if c.period is None and i and sent_of[i - 1] in (si, si - 1) and (
                prev is not None or _CONTINUES.match(text, s0)):
            c.period = cands[i - 1].period  # "..., năm 2016 ... Trong đó, giải ngân ... 257.586,6 tỷ đồng"
        c.kind = _kind(text, c, s0, ctx, doc_kind)


def _parents(text, cands, starts, sent_of) -> None:
    cstarts = [c.start for c in cands]
    for m in _PART.finditer(text):
        cue = m.start()
        si = bisect.bisect_right(starts, cue) - 1
        k = bisect.bisect_left(cstarts, cue)
        before = []
        for j in range(k - 1, max(-1, k - 30), -1):
            if sent_of[j] < si - 1:
                break
            if cands[j].end <= cue:
                before.append(j)
        before.reverse()
        if not before:
            continue
        at_start = not text[starts[si]:cue].strip(" (,")
        same = [j for j in before if sent_of[j] == si]
        if not same and not at_start:
            continue
        # close parenthesis ends the parts of "(trong đó ...)"
        w0 = max(starts[si], cue - 2000)
        open_paren = text.rfind("(", w0, cue) > text.rfind(")", w0, cue)
        limit = text.find(")", cue) if open_paren else -1
        semi = -1 if open_paren else text.find(";", cue, starts[si + 1] if si + 1 < len(starts) else len(text))
        parts = []
        for j in range(k, min(len(cands), k + 60)):
            c = cands[j]
            if sent_of[j] != si or (limit >= 0 and c.start >= limit) or (semi >= 0 and c.start >= semi):
                break
            if c.start > cue:
                parts.append(j)
        pool = same or before
        for j in parts:
            if cands[j].parent is not None:
                continue
            pct = cands[j].unit_class == "percent"
            wholes = [w for w in pool if (cands[w].unit_class == "percent") == pct
                      and (pct or _same_kind_unit(cands[w], cands[j]))]
            if wholes:
                cands[j].parent = wholes[-1]


_ESTIMATE = re.compile(r"(?=[Ưư])(?<![\w])(?<!công )(?<!hiệp )(?<!quy )(?<!điều )[Ưư]ớc(?!\s+(?:mơ|muốn|vọng|lượng|tính\s+chất))\b")


def _estimates(text, cands, starts, sent_of) -> None:
    cstarts = [c.num_start for c in cands]
    """GUIDELINES, fine points: "ước" gives "~" to the figure it introduces ("Ước số giải ngân ..., lũy kế
    ... là 304.219,4 tỷ đồng, đạt 89,8% so với kế hoạch": the first only)."""
    for m in _ESTIMATE.finditer(text):
        si = bisect.bisect_right(starts, m.start()) - 1
        k = bisect.bisect_left(cstarts, m.end())
        after = [cands[j] for j in range(k, min(k + 3, len(cands))) if sent_of[j] == si and cands[j].num_start > m.end()]
        if after and after[0].qualifier == "=":
            after[0].qualifier = "~"


def _same_kind_unit(w, p) -> bool:
    if w.unit_class != p.unit_class:
        return False
    return w.unit_class == "count" or w.unit == p.unit
