"""The context fields of figures: parent, indicator, scope, period and kind (GUIDELINES "Figures").

Each field is read from the figure's sentence, the clause around it and the headings above it.
Coordinated figures share what the text shares: ``cấp tỉnh đạt 98%, cấp huyện 49%`` gives the second
the first's indicator; a part after ``trong đó`` points to its whole.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path

from . import figure_patterns as P

DATA = Path(__file__).resolve().parent / "data"

# Discourse openers dropped from the front of a subject: "Trong đó, ", "Cụ thể, ", "Đến nay, "
_LEAD = re.compile(r"""^(?:[\s,.;:+\-–•*]|\(|\d+[.)]\s|[a-zđ]{1,2}\d*(?:\.\d+)?\)\s
    |(?:(?:đến|tới|vào|trong)\s+năm\s+\d{4}|trong\s+đó|bao\s+gồm|cụ\s+thể|đến\s+nay|hiện\s+nay|đặc\s+biệt|ngoài\s+ra|đồng\s+thời|theo\s+đó
      |tuy\s+nhiên|nhất\s+là|như|và|hay|còn|với|có|trong\s+số|ước|riêng|tính\s+đến|tổng\s+cộng
      |nổi\s+bật)\b\s*:?)+""", re.X | re.I)
# Verbs and qualifiers dropped from the end of a subject: "Tỷ lệ hồ sơ trực tuyến đạt"
_TRAIL = re.compile(r"""(?:[\s,:]|\b(?:đạt|là|chiếm|đều|được|có|đã|ước|ước\s+tính|chỉ\s+còn|còn|khoảng|trên|hơn|gần
    |dưới|tối\s+thiểu|tối\s+đa|ít\s+nhất|từ|lên|tới|đến|bằng|với|cho|của|mức|vào|khoảng|gồm|thêm|như|hay|chỉ)\b)+$""",
                    re.X | re.I)
# Words that, right after "%", say what the percentage is measured against rather than what it counts
_AGAINST = re.compile(r"\s*(?:so\b|kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|cùng\s+kỳ|trở\b|trên\s+tổng|tổng\s+số\b|$|[,;.:)(])",
                      re.I)
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
_FORWARD_STOP = re.compile(r"[;:.()\n|]|,\s*(?-i:(?=[" + _UPPER + r"]))|\s+là\b|\s+và\s+(?:đã|đạt)\b|,\s*(?:đạt|chiếm|trong\s+đó|bao\s+gồm)\b|\s+với\s+(?:tổng|số)\b"
                           r"|\s+(?:trong\s+đó|so\s+với)\b", re.I)
_LEVEL = re.compile(r"(?:của\s+|tại\s+|ở\s+)?(?P<s>cấp\s+(?:tỉnh|huyện|xã|bộ|trung\s+ương|cơ\s+sở|thành\s+phố|quận|thôn))\s*$",
                    re.I)
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
_HEADING_KIND = re.compile(r"(?P<t>mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|phấn\s+đấu|định\s+hướng)|(?P<r>kết\s+quả|đạt\s+được|tình\s+hình"
                           r"|thực\s+trạng|đánh\s+giá)", re.I)
_TARGET_TYPES = {"Kế hoạch", "Chương trình", "Đề án", "Chiến lược", "Quy hoạch", "Nghị quyết"}
_RESULT_TYPES = {"Báo cáo", "Thông báo"}
# Sentences that go on with the one before: their figures keep its period
_CONTINUES = re.compile(r"[\s(]*(?:trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|trong\s+số\s+này|ngoài\s+ra)\b", re.I)
_BULLET = re.compile(r"[ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXL]+\.)")
_GENERIC = re.compile(r"(?:tổng\s+)?(?:số\s+tiền|số\s+vốn|kinh\s+phí|giá\s+trị|số|tổng|tổng\s+số|con\s+số)$", re.I)
_PART = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm\s+có)\b", re.I)


@lru_cache(maxsize=1)
def _kind_cues() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    table = {}
    for e in json.loads((DATA / "kind_cues.json").read_text(encoding="utf-8"))["entries"]:
        for v in [e["name"], *e.get("variants", [])]:
            table[v.lower()] = (e["kind"], e["strength"])
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w])", re.I), table


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
            if len(line) >= 60 and not re.search(r"[.;:!?…\"”]$", line) and not _BULLET.match(text, m.end()):
                continue
        starts.append(m.end())
    return starts


def _words(s: str) -> list[str]:
    return s.split()


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
            break
        i -= 1
    return i + 1, text[i + 1:pos]


def _forward(text: str, pos: int, hi: int, limit: int = 22) -> str:
    chunk = text[pos:hi]
    # a parenthetical inside the noun phrase is kept: "cơ quan, đơn vị các cấp (tỉnh, huyện, xã) ..."
    chunk = re.sub(r"\(([^()\n]{0,80})\)", lambda m: " " * len(m.group()) if re.search(r"\d", m.group(1)) else
                   " " + m.group(1) + " ", chunk)
    chunk = re.sub(r"\n(?![ \t]*(?:[-+•*–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)))", " ", chunk)
    m = _FORWARD_STOP.search(chunk)
    if m:
        chunk = chunk[:m.start()]
    words = chunk.split()[:limit]
    out = re.sub(r"(?:(?:^|\s+)(?:và|hoặc|với|của|cho|tại|như|là))+$", "", " ".join(words).strip(" ,)")).strip(" ,)")
    return out if re.search(r"[^\W\d_]{2,}", out) else ""


def fill(text: str, cands: list, metadata=None, segment: bool = True) -> None:
    """Set parent, indicator, scope, period and kind on every candidate, in place. ``segment``: use
    underthesea's word segmentation and POS tags where a regex cannot tell a name from a verb."""
    if not cands:
        return
    _SEGMENT[0] = segment
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
            c.period = re.sub(r"\s*[-–]\s*", "-", ym.group()) if ym else _period(text, c, s0, s1, ctx)
            hm = re.search(r"(?P<t>kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|KH)|(?P<r>thực\s+hiện|kết\s+quả|ước|TH)", col, re.I)
            c.kind = ("target" if hm.group("t") else "result") if hm else _kind(text, c, s0, ctx, doc_kind)
            continue
        _indicator_scope(text, c, prev, cands, s0, nxt_start, earlier)
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


def _indicator_scope(text, c, prev, cands, s0, nxt_start, earlier=()) -> None:
    lo = s0 if prev is None else prev.end
    cstart, clause = _back_clause(text, lo, c.start)
    if prev is not None and cstart == lo:
        comma = text.find(",", prev.end, c.start)
        if comma >= 0:
            lo = cstart = comma + 1
            clause = text[cstart:c.start]
    if not clause.strip() and text[cstart - 1:cstart] == ":":
        _, lab = _back_clause(text, max(lo, s0), cstart - 1)
        clause = lab
    clause = re.sub(r"\s+", " ", clause)
    # what follows the previous figure and belongs to it: "dưới 10 ngày đối với hàng xuất khẩu và ..."
    if prev is not None and re.match(r"\s*(?:đối\s+với|của|tại|ở|so\s+với|trong(?!\s+(?:đó|số))|theo|kế\s+hoạch)\b", clause, re.I):
        clause = ""
    scope = None
    paren_head = None
    before_clause = text[max(0, cstart - 40):cstart].rstrip()
    if not clause.strip() and before_clause.endswith("("):
        # "Bình Thuận (99,84%)": the place before the parenthesis is the scope
        bpos = max(0, cstart - 40) + len(before_clause) - 1
        b0 = max(s0, prev.end if prev is not None and prev.end <= bpos else s0)
        paren_head = _caps_tail(re.sub(r"\s+", " ", text[b0:bpos]).strip())
    # a level just before the number: "cấp huyện 49%", "của cấp tỉnh đạt 98%"
    subj = re.sub(r"\s*(?:đều\s+)?(?:đạt|là|chiếm|chỉ\s+còn|còn|thực\s+hiện)\s*$", "", clause, flags=re.I)
    lm = _LEVEL.search(subj)
    if lm:
        scope = lm.group("s")
        subj = subj[:lm.start()]
    subj = _clean(_trim_subject(subj))
    change = ""
    if len(subj.split()) <= 2 and re.fullmatch(r"(?:cắt\s+)?(?:tăng|giảm)(?:\s+thêm)?|vượt", subj, re.I):
        change, subj = subj, ""
    fwd = _forward(text, c.extra.get("unit_start", c.num_end) if c.unit_class == "count" else c.end, nxt_start)
    if c.unit_class != "count" and re.match(r"\s*[,;]", text[c.end:c.end + 3]):
        fwd = ""  # "cấp tỉnh đạt 98%, cấp huyện 49%": what follows the comma is the next figure's
    if c.unit_class == "count":
        sm = re.search(r"\bđể\s+(.+?)\s+thực\s+hiện\b", fwd)
        if sm:
            scope = sm.group(1)
    if scope is None and subj:
        upto = re.sub(r"\s+", " ", text[cstart:c.num_start]).strip() if clause else ""
        vm = re.search(r"^(?P<s>.*?)\s*\b(?:thực\s+hiện|có|ban\s+hành|giải\s+ngân|là|đạt|chiếm)(?:\s+[^\s\d]+){0,2}\s*$",
                       upto, re.I)
        head = _clean(vm.group("s")) if vm and vm.group("s") else subj
        cm = _caps_tail(head)
        dm = re.search(r"\b(?:của|để|tại)\s+((?:đa\s+số|tất\s+cả|các|mỗi)\s+[\w/ ,]+)$", head, re.I)
        if dm:
            scope = dm.group(1).strip()
        elif head and (_ORG.match(head) and vm and len(head.split()) <= 12
                       or cm and cm == head and len(head.split()) <= 8 and not _is_common_start(head)):
            scope = head
        elif cm and len(cm.split()) >= 2 and re.search(r"(?:\bnhư|\bhay|\blà|,)\s+" + re.escape(cm) + "$", head):
            scope = cm
    if scope is None and paren_head:
        scope = paren_head
    if scope and subj.endswith(scope):
        subj = _clean(subj[:-len(scope)])
    ind = None
    verb = ""
    if c.unit_class == "count":
        # the counted noun and what qualifies it, then the verb before: "văn bản ... tham mưu ban hành"
        ind = re.sub(r"^\s*(?:/\s*\d[\d.,]*\s*)?", "", fwd)
        if len(ind.split()) <= len(c.unit.split()) + 1 or re.match(
                re.escape(c.unit) + r"\s+(?:về|trong|tại|của|thuộc|với)\b", ind, re.I):
            ind = _earlier_np(text, c, s0, earlier) or ind
        verb = _verb_before(text, lo, c.start)
        if verb and len(ind.split()) < 16:
            ind = f"{ind} {verb}"
        if subj and re.search(r"\b(?:là|chiếm)\s*$", clause):
            ind = subj  # "Dân số toàn tỉnh là 1.497.360 người": the subject is what is measured
        ind = ind or subj or None
    elif c.unit_class == "percent" and not _AGAINST.match(text, c.end) and re.match(r"\s+[^\W\d]", text[c.end:c.end + 3]) \
            and not re.match(r"\s*(?:và|hoặc|theo|trên|của|cho|với|trong|tại|từ|đến|tới|nhưng|thì|mà|là)\b", text[c.end:c.end + 12], re.I):
        ind = re.sub(r"^(?:các|những|số)\s+", "", fwd, flags=re.I)
        if re.match(r"(?:đạt|được|là)\b", ind) and prev is not None and prev.indicator:
            ind = _head_np(prev.indicator) + " " + ind
        tm = re.search(r"\btại\s+(cấp\s+[^,]+(?:,\s*[^,]+?)*?)\s+(?:được|đã|có)\b", ind)
        if scope is None and tm:
            scope = tm.group(1)
        verb = _verb_before(text, lo, c.start)
        if verb and ind and len(ind.split()) < 16:
            ind = f"{ind} {verb}"
        ind = ind or None
    elif subj:
        ind = subj
        if _GENERIC.fullmatch(subj) and prev is not None and prev.extra.get("verb"):
            ind = f"{subj} {prev.extra['verb']}"  # "19 trường hợp với số tiền 20.429.461.000 đồng"
        if c.unit_class != "percent" and re.match(r"đối\s+với\b", fwd):
            ind = f"{ind} {fwd}"
    c.extra["verb"] = verb
    if not ind:
        same = [e for e in earlier if (e.unit_class == "percent") == (c.unit_class == "percent")]
        base_fig = prev if prev is not None and (c.unit_class == "percent" or prev.unit_class != "percent") else (
            same[0] if same else prev)
        if base_fig is not None:
            against = _forward(text, c.end, nxt_start, 10) if _AGAINST.match(text, c.end) else ""
            if c.unit_class == "percent" and base_fig.unit_class != "percent":
                word = "tỷ trọng" if text[c.start:c.start + 5].lower() == "chiếm" else "tỷ lệ"
                base = base_fig.indicator or ""
                if word == "tỷ trọng" and base_fig.parent is not None:
                    base = "trong " + (cands[base_fig.parent].indicator or "")
                tail = against if against.lower().startswith("so") else ("so với " + against if against else "")
                ind = " ".join(x for x in (word, base, tail) if x)
            else:
                ind = base_fig.indicator or ""
                if ind and scope and _ORG.match(scope) and base_fig.scope != scope:
                    ind = f"{_strip_scope(ind, base_fig.scope)} {scope}"
                if change:
                    ind = f"{ind} {change}"
                if re.match(r"đối\s+với\b", fwd):
                    ind = f"{_strip_doi_voi(ind)} {fwd}"
            if scope is None and base_fig is prev:
                scope = prev.scope
    if not ind:
        ind = " ".join(x for x in (change, fwd) if x)
    c.indicator = (ind or "").strip(" ,;:-")[:300] or None
    c.scope = scope


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
    hay = text[lo:c.num_start]
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(c.unit) + r"(?!\w)", hay, re.I):
        np = _forward(text, lo + m.start(), c.num_start, 22)
        if len(np.split()) > len(c.unit.split()) + 1:
            best = np
    return best


def _trim_subject(subj: str) -> str:
    """The measured thing of a long subject: after a goal word ("mục tiêu tỷ lệ phủ sóng ..."), after a
    lead-in that holds a date or a source ("Bộ Tài chính cho biết, ..., lũy kế vốn ...")."""
    m = list(re.finditer(r"\b(?:mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu)\b(?!\s+(?:quốc\s+gia|Nghị))", subj, re.I))
    if m and len(subj[m[-1].end():].split()) >= 2:
        subj = subj[m[-1].end():]
    parts = subj.split(",")
    if len(parts) > 1:
        keep = len(parts)
        for k in range(len(parts) - 1):
            if re.search(r"\d|cho\s+biết|theo\b|\bngày\b|tính\s+đến", parts[k], re.I):
                keep = len(parts) - k - 1
        if keep < len(parts) and len(",".join(parts[-keep:]).split()) >= 2:
            subj = ",".join(parts[-keep:])
    words = subj.split()
    if len(words) > 30:
        subj = " ".join(words[-30:])
    return subj


def _strip_doi_voi(ind: str) -> str:
    return re.split(r"\s+đối\s+với\s+", ind)[0]


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
    m = list(re.finditer(r"\b(?:đã|đều|sẽ|đang|được|cũng|và|mà|thì|nhưng|để)\b", chunk))
    if m:
        chunk = chunk[m[-1].end():]
    chunk = _LEAD.sub("", chunk.strip())
    if re.search(r"\bvới\s*$", chunk):
        return ""  # "thôn, bản với trên 5.500 người": no verb governs the number
    chunk = re.sub(r"\b(?:cho|với|của|là|có|gồm|trên|hơn|khoảng|gần|dưới|tối\s+thiểu|ít\s+nhất|từ|đạt|thêm)\s*$", "",
                   chunk.strip(), flags=re.I).strip()
    words = chunk.split()
    if not words or len(words) > 10 or any(w[:1].isupper() for w in words[1:]) or (
            words[0][:1].isupper() and text[lo:pos].split()[:1] != words[:1]):
        return ""
    return " ".join(words)


def _headings(text: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"^[^\n]{3,150}$", text, re.M):
        line = m.group().strip()
        if re.search(r"[.;]$", line) and not re.match(r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s", line):
            continue
        out.append((m.start(), line))
    return out


class _Context:
    """What every figure of one text looks up, found once: kind cues, periods, headings."""

    def __init__(self, text: str, metadata=None):
        self.text = text
        self.regulation = getattr(metadata, "type", None) in _REGULATION_TYPES
        self._cues: dict[int, list] = {}
        self._periods: dict[int, list] = {}
        headings = _headings(text)
        self.heading_pos = [h[0] for h in headings]
        # for each heading, the kind and the period of the nearest heading at or above it that says one
        self.heading_kind, self.heading_period = [], []
        kind = period = None
        for _, line in headings:
            hm = _HEADING_KIND.search(line)
            if hm and len(line) < 120:
                kind = "target" if hm.group("t") else "result"
            pm = P.HEADING_PERIOD.match(line)
            if pm:
                period = re.sub(r"\s*[-–]\s*", "-", pm.group("p"))
            elif re.match(r"^(?:[IVX]+|\d+)[.)]\s", line):
                period = None  # a new numbered section ends the period of the one before
            self.heading_kind.append(kind)
            self.heading_period.append(period)

    def cues(self, s0: int, s1: int) -> tuple[list[int], list[tuple]]:
        """Starts and (start, end, kind, strength) of the kind cues of the sentence [s0, s1) that count."""
        if s0 not in self._cues:
            text = self.text
            cue_rx, table = _kind_cues()
            out = []
            for m in cue_rx.finditer(text, s0, s1):
                start, end = m.span()
                if not m.group()[:1].islower() and text[max(s0, start - 4):start].strip(" \t+-•*(\"“"):
                    continue  # "Cần Thơ" is no cue; "Cần ..." opening a sentence is
                if self.regulation and not _REGULATION_CUES.fullmatch(m.group()):
                    continue
                if re.search(r"(?:chương\s+trình|quỹ|ban|văn\s+phòng)\s+$", text[max(0, start - 14):start], re.I):
                    continue  # a cue inside a name: "Chương trình mục tiêu quốc gia"
                out.append((start, end) + table[m.group().lower()])
            self._cues[s0] = ([c[0] for c in out], out)
        return self._cues[s0]

    def periods(self, s0: int, s1: int) -> list[tuple[int, str]]:
        if s0 not in self._periods:
            out = []
            for m in P.PERIOD_IN_SENTENCE.finditer(self.text, s0, s1):
                p = m.group("p") or m.group("r") or m.group("y")
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


def _kind(text, c, s0, ctx, doc_kind) -> str | None:
    strong, weak = None, None
    s1 = c.extra.get("sentence_end", len(text))
    starts, cues = ctx.cues(s0, s1)
    # the cues of the sentence before the figure, within 500 characters of it
    for i in range(bisect.bisect_left(starts, max(s0, c.num_start - 500)), len(cues)):
        start, end, kind, strength = cues[i]
        if end > c.end:
            break
        if start >= c.num_start and strength == "strong" and kind == "target":
            continue
        if strength == "strong":
            strong = kind
        elif weak is None:
            weak = kind
    if strong:
        return strong
    h = ctx.heading_before(s0)
    if h >= 0 and ctx.heading_kind[h]:
        return ctx.heading_kind[h]
    if weak:
        return weak
    return doc_kind


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
