"""Indicator and scope of a figure (GUIDELINES "Figures"): what is measured, and the level or unit it
applies to, read from the clause around the number and the figures said just before it.

Coordinated figures share what the text shares: ``cấp tỉnh đạt 98%, cấp huyện 49%`` gives the second
the first's indicator.
"""
from __future__ import annotations

import re

from .figure_phrases import (
    _AGAINST,
    _GENERIC,
    _GIVE,
    _INDICATOR_HEAD,
    _LEVEL,
    _MEASURE_HEAD,
    _ORG,
    _PARALLEL,
    _PERIOD_ONLY,
    _PERIOD_TAIL,
    _SECTOR_PART,
    _SET_APART,
    _TIME,
    _TRAIL,
    _UNIT_NOUN,
    _WITH_AMOUNT,
    _WITH_MEASURE,
    _against,
    _back_clause,
    _caps_tail,
    _clean,
    _earlier_np,
    _forward,
    _head_np,
    _is_against,
    _is_common_start,
    _is_rate,
    _skip_space,
    _strip_doi_voi,
    _strip_scope,
    _trim_subject,
    _verb_before,
    _verb_subject,
)


def _sector_part(text, c, prev, s0, earlier):
    """Scope and indicator of a sector in a split after "trong đó": "GRDP ... Quý III đạt 6,26%, 9 tháng năm 2025 tăng
    6,9%. Trong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%; khu vực công nghiệp và xây dựng ước đạt
    9,34%" (the sector is the scope, the growth of the whole is measured); "GRDP ... ước đạt 172.033 tỷ đồng, trong
    đó: Khu vực nông, lâm nghiệp và thuỷ sản chiếm 34,86%, công nghiệp - xây dựng chiếm 24,23% và dịch vụ chiếm
    36,49% trong GRDP" (its share in the whole). None when the figure is no such part."""
    lo = prev.end if prev is not None else s0
    seg = text[lo:c.num_start] if c.num_start - lo <= 300 else "\x00" + text[c.num_start - 300:c.num_start]
    m = _SECTOR_PART.search(re.sub(r"\s+", " ", seg))
    if not m:
        return None
    scope, verb = m.group("s").strip(), m.group("v").lower()
    paren = text.rfind("(", s0, c.start)
    if prev is not None and prev.extra.get("sector"):
        whole = prev.extra["sector"]
    elif paren >= 0 and ")" not in text[paren:c.start] and prev is not None and not text[prev.end:paren].strip():
        whole = prev  # "Tăng trưởng kinh tế đạt 7,2% (công nghiệp - xây dựng tăng 9,1%, dịch vụ tăng 6,5%)"
    elif cue := list(re.finditer(r"\b(?:trong\s+đó|cụ\s+thể|bao\s+gồm)\b", text[s0:c.start], re.I)):
        cue_at = s0 + cue[-1].start()
        before = [e for e in earlier if e.end <= cue_at]
        whole = before[0] if before else None
    else:
        return None
    if whole is None or not whole.indicator:
        return None
    c.extra["sector"] = whole
    if verb.endswith("chiếm"):
        if c.unit_class != "percent":
            return None
        tm = re.search(r"%\s+trong\s+((?:tổng\s+)?[^\W\d][^,;.()\d]{0,40}?)\s*(?=[,;.()]|$)",
                       text[c.num_start:c.extra.get("sentence_end", len(text))])
        within = tm.group(1) if tm else re.sub(r"^t[ỷỉ]\s+(?:lệ|trọng)\s+(?:trong\s+)?", "", whole.indicator)
        return scope, f"tỷ trọng trong {within}"
    if (whole.unit_class == "percent") != (c.unit_class == "percent"):
        return None
    ind = whole.indicator
    if len((last := re.split(r",\s*", ind)[-1]).split()) >= 3:
        ind = last  # "kinh tế duy trì đà tăng trưởng, tăng trưởng tổng sản phẩm quốc nội (GRDP) ...": the measure
    ind = re.sub(r"\s+(?:trên\s+địa\s+bàn|của|tại|ở)\s.*$", "", ind)  # the sector stands for the place
    return scope, ind


_QUAL = r"(?:mức\s+)?(?:gần|khoảng|hơn|trên|dưới|xấp\s+xỉ)?\s*"


def _from_to(text, c, prev, s0):
    """A rate moved from one value to another: "tăng tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện từ gần 41% năm 2015
    lên hơn 45% năm 2016 đối với dự án đầu tư nước ngoài và từ 42% lên 45% đối với dự án đầu tư trong nước": both
    values measure the rate after the verb; what follows "đối với" is the scope of the pair. None otherwise."""
    if c.unit_class != "percent":
        return None
    seg = re.sub(r"\s+", " ", text[max(prev.end if prev is not None else s0, c.num_start - 300):c.num_start])
    back = prev.extra.get("from_to") if prev is not None else None
    if back and re.fullmatch(r"\s*(?:(?:năm\s+)?(?:19|20)\d\d\s+)?(?:lên|xuống|đến|tới)\s+" + _QUAL, seg, re.I):
        ind, role = back, "to"
    elif back and re.fullmatch(r"[^,;.]{0,80}\bvà\s+từ\s+" + _QUAL, seg, re.I):
        ind, role = back, "from"  # "... và từ 42% lên 45% đối với ...": the next pair
    elif (m := re.search(r"\b(?:tăng|giảm|nâng|đưa|hạ)\s+(?P<np>t[ỷỉ]\s+(?:lệ|trọng|suất)\b[^,;.\d]{0,80}?)\s+từ\s+" + _QUAL + "$",
                         seg, re.I)):
        ind, role = m.group("np"), "from"
    else:
        return None
    c.extra["from_to"] = ind
    scope = None
    if role == "to" and (sm := re.match(r"\s*(?:(?:năm\s+)?(?:19|20)\d\d\s+)?đối\s+với\s+(?P<z>[^,;.()\d]{3,60}?)"
                                        r"(?=\s*(?:[,;.()]|\bvà\b|$))", text[c.end:c.end + 100], re.I)):
        scope = sm.group("z").strip()
        if prev.scope is None:
            prev.scope = scope
    return scope, ind


def _indicator_scope(text, c, prev, cands, s0, nxt_start, earlier=()) -> None:
    if (part := _from_to(text, c, prev, s0)) is not None:
        c.scope, c.indicator = part
        c.extra["verb"], c.extra["change"] = "", ""
        return
    if (part := _sector_part(text, c, prev, s0, earlier)) is not None:
        c.scope, c.indicator = part
        c.extra["verb"], c.extra["change"] = "", ""
        return
    lo = s0 if prev is None else prev.end
    cstart, clause = _back_clause(text, lo, c.start)
    if prev is not None and cstart == lo:
        comma = text.find(",", prev.end, c.start)
        hm = list(re.finditer(r"(?<=\bcó\s)t[ỷỉ]\s+(?:lệ|trọng)\b", text[:c.start][prev.end:])) if comma >= 0 else []
        if hm and c.unit_class == "percent":
            # "100% các sở, ngành có tỷ lệ xử lý văn bản, hồ sơ ... đạt từ 80% trở lên": the rate named after
            # the first figure, of what that figure counts
            cstart = prev.end + hm[-1].start()
            clause = text[cstart:c.start]
            if prev.unit_class == "percent" and re.search(r"\bcó\s*$", text[prev.end:cstart]) and \
                    " có " in (prev.indicator or ""):
                own = prev.indicator.split(" có ")[0]
                if len(own.split()) <= 8 and own[:1].islower():
                    c.extra["owner"] = own
        elif comma >= 0:
            lo = cstart = comma + 1
            clause = text[cstart:c.start]
    label, colon_label = "", False
    if not clause.strip() and text[cstart - 1:cstart] == ":":
        _, lab = _back_clause(text, max(lo, s0), cstart - 1)
        clause, colon_label = lab, True
    elif not clause.strip() and re.search(r":[ \t]*\n\s*$", text[max(0, cstart - 80):cstart]):
        # "2.4. Thời hạn giải quyết:\n30 ngày kể từ ...": a time limit named on the line above
        colon = text.rfind(":", 0, cstart)
        lab = _clean(text[text.rfind("\n", 0, colon) + 1:colon])
        if re.search(r"\bthời\s+(?:hạn|gian)\b", lab, re.I) and len(lab.split()) <= 10:
            label = lab
    clause = re.sub(r"\s+", " ", clause)
    # what follows the previous figure and belongs to it: "dưới 10 ngày đối với hàng xuất khẩu và ..."
    if prev is not None and re.match(r"\s*(?:/\s*\d|đối\s+với|của|tại|ở|so\s+với|trong(?!\s+(?:đó|số|khi))|theo|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu"
                                     r"|cùng\s+kỳ)\b", clause, re.I):
        clause = ""
    elif prev is not None and text[prev.start:prev.start + 5].lower() == "chiếm":
        # "... chiếm 9,7% tổng nợ và doanh nghiệp có vốn đầu tư nước ngoài nợ 1.202 tỷ đồng": the total is the one before's
        clause = re.sub(r"^\s*tổng(?:\s+[^\W\d]+){1,3}?\s*(?:,|\bvà\b|;)\s*", " ", clause, flags=re.I)
    scope = None
    # "...; riêng các địa phương vùng đồng bằng sông Cửu Long có tỷ lệ nghèo đa chiều cao gấp từ 2,0 lần": the
    # units set apart are the scope, what they have is measured
    sm = _SET_APART.match(clause)
    verb = prev.extra.get("apart_verb") if prev is not None else None
    if sm and len(sm.group("np").split()) <= 10 and (sm.group("v") in ("có", "phải", "đáp ứng") or _ORG.match(
            sm.group("np")) or sm.group("np")[:1].isupper()):
        # ("Đối với nguồn vốn GPMB tăng lên 18.000 tỉ đồng": what is set apart is measured, no scope)
        scope, clause = sm.group("np"), clause[sm.end():]
        c.extra["apart_verb"] = sm.group("v")
    elif verb and prev.scope and (sm := re.match(r"[\s,]*(?:và\s+)?(?P<np>" + re.escape(prev.scope.split()[0])
                                                 + r"\b[^,;:()]*?)\s+(?=" + re.escape(verb) + r"\b)", clause)) \
            and len(sm.group("np").split()) <= 10:
        # "(đối với Trường phổ thông dân tộc nội trú đáp ứng dưới 80%, Trường phổ thông dân tộc bán trú đáp ứng
        # dưới 60%)": the next one set apart the same way
        scope, clause = sm.group("np"), clause[sm.end():]
        c.extra["apart_verb"] = verb
    elif prev is not None and (sm := _PARALLEL.fullmatch(clause)) and re.search(
            r"\b" + re.escape(sm.group("kind")) + r"\b[^,;]*?\s" + re.escape(sm.group("v")) + r"\b", text[s0:prev.start], re.I):
        # "... doanh nghiệp ngoài quốc doanh nợ 5.160 tỷ đồng, doanh nghiệp nhà nước nợ 964,2 tỷ đồng": the same
        # kind of unit with the same verb as before, another one of them
        scope, clause = sm.group("np"), sm.group("v")
    paren_head = None
    before_clause = text[max(0, cstart - 40):cstart].rstrip()
    if not clause.strip() and before_clause.endswith("("):
        # "Bình Thuận (99,84%)": the place before the parenthesis is the scope
        bpos = max(0, cstart - 40) + len(before_clause) - 1
        b0 = max(s0, prev.end if prev is not None and prev.end <= bpos else s0)
        paren_head = _caps_tail(re.sub(r"\s+", " ", text[b0:bpos]).strip())
        pm = re.search(r"([^,;:.()]+?)\s+là\s+[\d.,]+\s*$", text[b0:bpos])
        if paren_head is None and pm and c.unit_class == "percent":
            c.extra["paren_subj"] = _clean(pm.group(1))  # "số hồ sơ đang xử lý là 717 (chiếm 2%)"
    # a level just before the number: "cấp huyện 49%", "của cấp tỉnh đạt 98%"
    subj = re.sub(r"\s*(?:đều\s+)?(?:đạt|là|chiếm|chỉ\s+còn|còn|thực\s+hiện)\s*$", "", clause, flags=re.I)
    lm = _LEVEL.search(subj)
    if lm:
        scope = lm.group("s")
        subj = subj[:lm.start()]
    if prev is not None and prev.unit_class == "count" and c.unit_class != "count" and re.search(r"\blà\s*$", clause) \
            and len(_clean(subj).split()) <= 3 and not re.search(r"[,;:()]", text[prev.end:c.start]):
        # "nhu cầu vốn ODA ... của 2 dự án trọng điểm là 29.512 tỷ đồng": the count before is inside the subject
        head = _back_clause(text, s0, prev.start)[1]
        if not re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", head)) and len(head.split()) >= 2:
            subj = re.sub(r"\s+", " ", re.sub(r"\s*\blà\s*$", "", head + text[prev.start:c.start]))
    raw_subj = subj
    subj = _clean(_trim_subject(subj, c.unit_class))
    # "nhiều tỉnh đạt thời gian tương đối tối ưu như Quảng Ninh là ...": the units that reach it are no
    # part of what is measured
    qm = re.match(r"(?:nhiều|một\s+số|đa\s+số|hầu\s+hết|tất\s+cả|các)\s+" + _UNIT_NOUN + r"\s+(?:đều\s+)?(?:đạt|có)\s+",
                  subj, re.I)
    if qm and len(subj[qm.end():].split()) >= 2:
        subj = subj[qm.end():]
    if prev is not None and re.fullmatch(r"(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?|hay|hoặc)", subj, re.I):
        subj = ""  # "gói thầu tiết kiệm được 22%, tương đương 138 tỷ đồng": the one before, in other units
        c.extra["same_as"] = prev
    period_only = bool(_PERIOD_ONLY.fullmatch(subj))
    if period_only:
        subj = ""  # the figure shares the indicator of the one before, for another period
    change = ""
    tm = re.match(_TIME + r"\s+(?=(?:cắt\s+)?(?:tăng|giảm|vượt|gấp)\b)", subj, re.I)
    if tm:
        subj = subj[tm.end():]  # "9 tháng năm 2025 tăng 6,9%": the same measure, for another period
    if len(subj.split()) <= 2 and re.fullmatch(r"(?:cắt\s+)?(?:tăng|giảm)(?:\s+thêm)?|vượt|(?:tăng\s+)?gấp", subj, re.I):
        change, subj = subj, ""
    fwd = _forward(text, c.extra.get("unit_start", c.num_end) if c.unit_class == "count" else c.end, nxt_start,
                   names=c.unit_class == "percent")
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
        dm = re.search(r"\b(?:của|để|tại)\s+((?:đa\s+số|tất\s+cả|các|mỗi)\s+(?:" + _UNIT_NOUN[3:-1] + r"|[A-ZĐ])[\w/ ,]*)$",
                       head, re.I)
        if dm and not re.search(r"\s(?:đã|đều|được|đang|sẽ|vẫn|cũng|giảm|tăng)\b", dm.group(1)):
            scope = dm.group(1).strip()
        elif head and (_ORG.match(head) and vm and len(head.split()) <= 12
                       or cm and cm == head and len(head.split()) <= 8 and not _is_common_start(head)):
            scope = head
        elif cm and len(cm.split()) >= 2 and re.search(r"(?:\bnhư|\bhay|\blà|,)\s+" + re.escape(cm) + "$", head):
            scope = cm
        elif colon_label and len(head.split()) <= 8 and c.unit_class == "count" and fwd and re.match(
                r"(?:Ban|Tổ|Ủy\s+ban|Đoàn|Hội\s+đồng|Sở|Bộ|UBND|Phòng|Văn\s+phòng|Thanh\s+tra|Cơ\s+quan|Trung\s+tâm|Công\s+an"
                r"|Chi\s+cục|Cục|Tỉnh|Huyện|Xã|Phường)\b", head):
            scope = head  # "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân"
    if scope is None and paren_head:
        scope = paren_head
    if scope and subj.endswith(scope) and (len(_clean(subj[:-len(scope)]).split()) != 1 or not scope.startswith("các ")):
        subj = _clean(subj[:-len(scope)])  # "vốn của các tổ chức kinh tế là 576 triệu đồng" keeps its owner
    ind = None
    verb = ""
    rate = c.unit_class == "count" and _is_rate(text, c, clause, bool(
        prev is not None and prev.extra.get("rate") and prev.unit == c.unit and not subj))
    c.extra["rate"] = rate
    if c.unit_class == "count" and change and prev is not None and len(fwd.split()) <= len(c.unit.split()) + 1:
        pass  # "13,47 tiêu chí/xã (tăng 1,23 tiêu chí/xã)", "30 đơn vị ..., gấp 2 lần": the one before's, changed
    elif c.unit_class == "count" and not rate:
        # the counted noun and what qualifies it, then the verb before: "văn bản ... tham mưu ban hành"
        ind = re.sub(r"^\s*(?:/\s*\d[\d.,]*\s*)?", "", fwd)
        after = re.sub(r"\s+", " ", text[c.extra.get("unit_start", c.num_end):c.extra.get("sentence_end", nxt_start)][:200])
        if ind and len(ind.split()) <= len(c.unit.split()) + 2 and (am := re.match(
                re.escape(ind) + r" là (?!(?:do|vì|nhờ|bởi|những|các|một|về)\b)(?P<a>[^\W\d]+(?: [^\W\d]+){0,3}?)"
                r"(?=[,;.:()]|$| (?:được|đã|đang|để|với|có|và|thuộc|tham\s+gia|cũng|sẽ|phải|tại|ở|từ|trên)\b)", after.strip(),
                re.I)) and am.group("a")[:1].islower():
            ind = f"{ind} là {am.group('a')}"  # "cho vay 38 lượt khách hàng là ngư dân để làm vốn lưu động"
        if nxt_start < c.extra.get("sentence_end", nxt_start) and not text[c.end:nxt_start].strip() and ind == c.unit \
                and re.match(r"(?:dưới|trên|từ|không\s+quá|tối\s+thiểu)\s+\d[\d.,]*\s+(?!" + re.escape(c.unit) + r")[^\W\d]",
                             text[nxt_start:nxt_start + 40], re.I):
            qm = re.match(r"[^\d]*\d[\d.,]*\s+[^(),;.:\d]+", text[nxt_start:nxt_start + 60])
            ind = f"{ind} {' '.join(qm.group().split()[:5])}"  # "257 xã dưới 5 tiêu chí (chiếm 2,88%)"
        if len(ind.split()) <= len(c.unit.split()) + 1 or re.match(
                re.escape(c.unit) + r"\s+(?:về|trong|tại|của|thuộc|với)\b", ind, re.I):
            ind = _earlier_np(text, c, s0, earlier) or ind
        verb = _verb_before(text, lo, c.start)
        dm = re.match(re.escape(c.unit) + r"\s+(?=(?:lên|vào|ra|xuống)\s)", ind, re.I) if verb else None
        if dm and len(verb.split()) <= 3:
            ind = f"{ind[:dm.end()]}{verb} {ind[dm.end():]}"  # "đưa được 493 sản phẩm lên sàn": "sản phẩm đưa lên sàn"
        elif verb and len(ind.split()) < 16 and not ind.endswith(verb):
            ind = f"{ind} {verb}"
        if period_only and re.search(r"\b(?:là|chiếm|có|đạt)\s*$", clause):
            ind = ""  # "Số người ... năm 2011 là 1.812.259 người, năm 2016 là 1.978.086 người": the one before's
        if subj and re.search(r"\b(?:là|chiếm)\s*$", clause):
            ind = _verb_subject(text, raw_subj, subj, prev, cstart, s0)  # "Dân số toàn tỉnh là 1.497.360 người"
        mm = re.search(r"(?:^|\b(?:với|có|và)\s)((?:quy\s+mô|dân\s+số|diện\s+tích|sản\s+lượng|kim\s+ngạch|doanh\s+thu)(?:\s+[^\s\d]+){1,3})$",
                       subj, re.I)
        if mm:
            ind = mm.group(1)  # "..., với quy mô dân số trên 3,3 triệu người"
        ind = ind or subj or None
    elif c.unit_class == "percent" and fwd and not _is_against(text, c) and re.match(r"\s+[“\"‘]?[^\W\d]", text[c.end:c.end + 4]) \
            and not re.match(r"\s*(?:và|hoặc|theo|trên|của|cho|với|trong|tại|từ|đến|tới|nhưng|thì|mà|là|nên|do|vì|để|khi|song|nhờ|bởi|tức|hay|tương\s+đương)\b", text[c.end:c.end + 12], re.I):
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
    elif c.unit_class == "currency" and re.match(r"(?:vốn|kinh\s+phí|nguồn\s+vốn|tiền|ngân\s+sách)\b", fwd) and (
            not subj or re.search(r"\bvà\s*$", clause) or _GIVE.search(subj) and fwd.startswith("vốn")):
        ind = fwd  # "... và 55.000 tỷ đồng vốn trái phiếu Chính phủ chưa được giao"
        if subj and _GIVE.search(subj):
            ind = f"{_GIVE.search(subj).group()} {fwd}"  # "đề xuất Chính phủ cho tạm ứng 3.303 tỷ đồng vốn ODA ..."
    elif subj and re.search(r"[^\W\d_]{2,}", subj) and subj.lower() not in ("hoặc", "và", "nhưng", "hay", "mà", "thì", "nếu"):
        ind = subj
        ind = _verb_subject(text, raw_subj, subj, prev, cstart, s0)
        if rate:
            ind = _against(text, c, nxt_start, ind)
        gm = _WITH_AMOUNT.search(subj) if prev is not None and prev.unit_class == "count" else None
        if _GENERIC.fullmatch(subj) and prev is not None and prev.extra.get("verb"):
            ind = f"{subj} {prev.extra['verb']}"  # "19 trường hợp với số tiền 20.429.461.000 đồng"
        elif gm and prev.indicator and c.unit_class == "currency":
            # "... bảo hiểm thân tàu cho 940 tàu cá với kinh phí 12,92 tỷ đồng", "... là 116.096 thẻ, tương ứng số
            # tiền hơn 54 tỷ đồng": the amount of what the count before counts
            ind = f"{gm.group('g')} {prev.indicator}"
        elif (wm := _WITH_AMOUNT.search(ind)) and 2 <= len(ind[:wm.start()].split()) <= 5 and c.unit_class == "currency":
            ind = ind[:wm.start()]  # "nợ lãi với số tiền 1.428 tỷ đồng"
        if c.unit_class != "percent" and re.match(r"đối\s+với\b", fwd) or c.unit_class == "currency" and (re.match(
                r"để\s", fwd) or re.match(r"(?:từ|cho|của)\s", fwd) and _MEASURE_HEAD.match(ind)) and len(ind.split()) <= 8:
            ind = f"{ind} {fwd}"  # "Về đề nghị hỗ trợ khoảng 200 tỷ đồng để kịp thời khắc phục ..."
        last = re.sub(r"^.*,\s*|^(?:quyết\s+tâm|phấn\s+đấu|bảo\s+đảm|đảm\s+bảo)\s+", "", ind)
        if c.unit_class == "percent" and _AGAINST.match(text, c.end) and re.search(
                r"\b(?:giải\s+ngân|thực\s+hiện|hoàn\s+thành|thu|chi|huy\s+động)$", last) and not _INDICATOR_HEAD.match(last):
            # "quyết tâm giải ngân 100% kế hoạch vốn năm 2025": the rate of what is done against the plan
            last = re.sub(r"^(?:quyết\s+tâm|phấn\s+đấu|bảo\s+đảm|đảm\s+bảo)\s+", "", last)
            plan = _forward(text, c.end, nxt_start, 12).strip(" …")
            if len(last.split()) > 6:
                # "... không bố trí vốn cho những dự án đến ngày 30/9/2016 giải ngân dưới 30% kế hoạch"
                vm = re.search(r"(?:(?:\bcho|\bcủa|\bvới)\s+(?:những\s+|các\s+)?(?P<np>[^,]*?)\s+)?"
                               r"(?P<v>giải\s+ngân|thực\s+hiện|hoàn\s+thành|thu|chi|huy\s+động)$", last)
                own = f"của {vm.group('np')}" if vm.group("np") else ""
                ind = " ".join(x for x in ("tỷ lệ", vm.group("v"), plan, own) if x)
            else:
                ind = " ".join(x for x in ("tỷ lệ", last, plan) if x)
    c.extra["verb"] = verb
    c.extra["change"] = change
    if not ind and c.extra.get("same_as") is not None and c.extra["same_as"].indicator:
        ind = c.extra["same_as"].indicator
        if c.unit_class != "percent" and c.extra["same_as"].unit_class == "percent":
            ind = re.sub(r"^t[ỷỉ]\s+(?:lệ|trọng)\s+", "", ind)  # "22%, tương đương 138 tỷ đồng"
    if not ind and c.extra.get("paren_subj"):
        word = "tỷ trọng" if text[c.start:c.start + 5].lower() == "chiếm" else "tỷ lệ"
        ind = re.sub(r"^số\s+", "", c.extra["paren_subj"], flags=re.I)
        ind = ind if re.match(r"t[ỷỉ]\s+(?:lệ|trọng|suất)\b", ind, re.I) else f"{word} {ind}"
    if not ind:
        same = [e for e in earlier if (e.unit_class == "percent") == (c.unit_class == "percent")]
        base_fig = prev if prev is not None and (c.unit_class == "percent" or prev.unit_class != "percent") else (
            same[0] if same else prev)
        if base_fig is not None:
            against = _forward(text, _skip_space(text, c.end), nxt_start, 10) if _is_against(text, c) else ""
            if re.fullmatch(r"so(?:\s+với)?", against, re.I):
                against = ""  # "tăng 6,7% so với năm 2015": the year is the period
            if c.unit_class == "percent" and base_fig.unit_class != "percent":
                word = "tỷ trọng" if text[c.start:c.start + 5].lower() == "chiếm" else "tỷ lệ"
                base = base_fig.indicator or ""
                tail = against if against.lower().startswith("so") else ("so với " + against if against else "")
                if word == "tỷ trọng" and against.lower().startswith("tổng"):
                    tail = "trong " + against  # "7.061,4 tỷ đồng, chiếm 71,4% tổng nợ đóng"
                elif word == "tỷ trọng" and base_fig.parent is not None:
                    base = "trong " + (cands[base_fig.parent].indicator or "")
                if change and re.search(r"(?:^|\s)" + re.escape(change) + r"$", base):
                    change = ""
                ind = " ".join(x for x in (word, base, change, tail) if x)  # "..., tăng 6,89% so với dự toán"
                change = ""
            else:
                ind = base_fig.indicator or ""
                if c.unit_class == "percent" and " so với " in ind and not against and re.match(r"\s*so\b", text[c.end:]):
                    ind = ind.split(" so với ")[0]  # "..., tăng 6,89% so với dự toán và tăng 10,1% so với năm 2014"
                if against and c.unit_class == "percent" and " so với " in ind:
                    # "đạt 104,24% dự toán Trung ương giao và 85,63% dự toán tỉnh giao"; "tăng 42% so cùng kỳ"
                    ind = ind.split(" so với ")[0]
                    if change:
                        ind, change = f"{ind} {change}", ""
                    ind += " " + (against if against.lower().startswith("so") else "so với " + against)
                bc = base_fig.extra.get("change")
                if bc and base_fig is not prev and ind.endswith(" " + bc):
                    ind = ind[:-len(bc) - 1]  # "(giảm 1 ngày so với cam kết). Đồng Nai là 1,84 ngày"
                if period_only:
                    ind = _PERIOD_TAIL.sub("", ind) or ind
                if ind and scope and _ORG.match(scope) and base_fig.scope != scope:
                    ind = f"{_strip_scope(ind, base_fig.scope)} {scope}"
                if change and not ind.endswith(change):
                    ind = f"{ind} {change}"
                if re.match(r"đối\s+với\b", fwd):
                    ind = f"{_strip_doi_voi(ind)} {fwd}".strip()
            if scope is None and base_fig is prev:
                scope = prev.scope
    if not ind:
        ind = " ".join(x for x in (change, fwd) if x)
    if c.unit_class == "percent" and prev is not None and prev.unit_class != "percent" and prev.indicator and (gm := re.match(
            r"[\d.,]+\s*%\s*(?:của\s+)?(GDP(?:\s+(?:thực\s+hiện|thực\s+tế|kế\s+hoạch|dự\s+toán))?)\b",
            text[c.num_start:c.num_start + 40])) and \
            re.search(r"(?:tương\s+đương|bằng)(?:\s+với)?\s*$", text[prev.end:c.num_start]) and len(text[prev.end:c.num_start]) < 20:
        ind = f"tỷ lệ {prev.indicator} so với {gm.group(1)}"  # "Bội chi: 226.000 tỷ đồng, tương đương 5,0% GDP"
        # (was the words after it: "GDP tương đương")
    between = re.sub(r"\s+", " ", text[prev.end:c.num_start]) if prev is not None else ""
    if prev is not None and prev.unit_class == "count" and c.unit_class not in ("count", "percent") and prev.indicator \
            and len(between) < 80 and not re.search(r"[;:]", between) and (wm := _WITH_MEASURE.search(between.rstrip())) \
            and not re.search(r"quy\s+mô\s*$", text[max(0, prev.start - 12):prev.start]):  # "quy mô 700 giường bệnh với ..." 
        own = re.sub(r"(?:,?\s+(?:quy\s+mô|với|có))*\s+" + re.escape(wm.group("g")) + "$", "", prev.indicator)  # "22 dự án tổng công suất 1.393 MW"
        ind = f"{wm.group('g')} {own}"  # "02 dự án điện gió (...) với công suất 176 MW": "công suất dự án điện gió"
    if label and re.fullmatch(r"(?:ngày|tháng|năm|giờ|phút|tuần)(?:\s+làm\s+việc)?", c.unit, re.I):
        ind = label  # "Thời hạn giải quyết:\n30 ngày kể từ ..."
    if ind and c.extra.get("owner") and c.extra["owner"] not in ind:
        ind = f"{_TRAIL.sub('', ind)} của {c.extra['owner']}"
    c.indicator = (ind or "").strip(" ,;:-")[:300] or None
    c.scope = scope
