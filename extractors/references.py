"""References: mentions of other specific documents (gold/GUIDELINES.md, "References").

One pass finds anchors (a type word such as "Quyết định", or a number/symbol such as "942/QĐ-TTg")
and grows each into a mention: number, then the date and the issuer that directly follow ("ngày
15/6/2021 của Thủ tướng Chính phủ"). Later passes, over the whole list, cut titles at the next
sibling reference, drop unnumbered names inside other titles, fill issuers (written, from the symbol,
from the clause's subject, from another mention of the same number) and resolve short forms
("Quyết định 942") to the full mention they abbreviate.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dates import date_after
from .issuers import issuer_from_symbol, match_issuer, match_org, province
from .models import Reference
from .patterns import (BY, BY_TAIL, LAW_NAME_STOP, LIST_JOIN, NAME_END, NUMBER_MARK, OF, OWN_NUMBER_LINE, SHORT_NUMBER,
                       SPLIT_SYMBOL, SYMBOL, TITLE_START, YEAR_AFTER)
from .reference_anchors import (NAMED_TYPES, PLAN_TYPES, _M, _anchors, _clean, _described_type, _known_symbol,
                                _line_start, anchor_regex, _no_slash, _short_code_type, _skip_ws, _type_by_word)
from .reference_fields import DocumentPasses, _md
from .reference_names import NamePasses
from .symbols import canonical_number, number_key, type_codes, type_from_symbol

# A document named by its trích yếu is identifiable by a proper name, a quotation or a period in it:
# "Kế hoạch triển khai Nền tảng địa chỉ số quốc gia", "Chương trình ... giai đoạn 2026 - 2030";
# "Quyết định giao đất" is not.
# Capitalised institutional nouns name a kind, not a document: "Quyết định thành lập Hội đồng thi hành án",
# "Quyết định công nhận kết quả đăng ký sản phẩm vào Danh mục ...", "Quyết định ban hành Biện pháp phòng ngừa".
_IDENTIFIABLE = re.compile(r"\s(?!(?:Quyết|Kế|Nghị|Chỉ|Thông|Luật|Bộ|Đề|Chương|Báo|Hội|Ban|Danh|Biện|Giấy|Tổ|Đoàn)\s"
                           r"|Văn\skiện)[A-ZĐ]|[“\"]|(?:19|20)\d\d")
_DRAFT = re.compile(r"(?:dự\s+án|dự\s+thảo)\s+$", re.IGNORECASE)
# A count or quantifier before a type word makes it generic: "02 Quyết định phê duyệt ...".
# (A whole word: "triển khai Chương trình ..." is no count "hai".)
_QUANTIFIED = re.compile(r"(?<!\w)(?:\d+|các|những|nhiều|một\s+số|mỗi|từng|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
# A Party congress's resolution, named by the congress and its number: "Nghị quyết Đại hội lần thứ XIII của
# Đảng", "Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Nghị quyết Đại hội đại biểu Đảng
# bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030".
_CONGRESS = re.compile(r"""[ \t\n]+(?:của[ \t\n]+)?[Đđ]ại[ \t\n]+hội(?:[ \t\n]+(?!lần\b)[^\s,;.:()“”]+){0,6}?
    [ \t\n]+(?:lần[ \t\n]+thứ[ \t\n]+(?:[IVXLC]+|\d+)|[IVXLC]+)(?![\w])
    (?:[ \t\n]+của[ \t\n]+Đảng(?![ \t\n]+bộ))?
    (?:,?[ \t\n]+nhiệm[ \t\n]+kỳ[ \t\n]+\d{4}[ \t]*[-–][ \t]*\d{4})?""", re.VERBOSE)
_FORM_BEFORE = re.compile(r"(?i:mẫu|biểu)(?:[ \t\n]+số)?[ \t\n]*:?[ \t\n]*(?:[\dA-Za-zĐđ./-]+[ \t\n]*(?:,|và)[ \t\n]*)*$")
_PLENUM = re.compile(r"""[ \t\n]+(?:Hội[ \t\n]+nghị[ \t\n]+)?(?:lần[ \t\n]+thứ[ \t\n]+)?Trung[ \t\n]+ương[ \t\n]+(?:\d+|[IVX]+)
    (?:[ \t\n]+(?:\([ \t]*)?khóa[ \t\n]+(?:\([ \t]*)?[IVXL]+[ \t]*\)?)?""", re.VERBOSE)
_ALIAS = re.compile(r"sau[ \t\n]+đây[ \t\n]+(?:gọi|viết)(?:[ \t\n]+tắt)?[ \t\n]+là[ \t\n]+[“\"]?"
                    r"(?P<t>Chương[ \t\n]+trình|Kế[ \t\n]+hoạch|Đề[ \t\n]+án|Chiến[ \t\n]+lược)[”\"]?[ \t]*\)")
# "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025": a programme by its proper name.
_NATIONAL_TARGET = re.compile(r"mục[ \t\n]+tiêu[ \t\n]+quốc[ \t\n]+gia[ \t\n]+(?:về[ \t\n]+)?"
                              r"(?!(?:sau|giai|và|các|của|theo|trên|đã|được|này|để|thì|tại|trong|do|là|chưa|cho|với)\b)\w", re.IGNORECASE)
# A plan inside an organization's name: "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng NTM".
_ORG_OF_PLAN = re.compile(r"(?:Ban[ \t\n]+[Cc]hỉ[ \t\n]+đạo|Văn[ \t\n]+phòng[ \t\n]+[Đđ]iều[ \t\n]+phối|Ban[ \t\n]+[Đđ]iều[ \t\n]+hành"
                          r"|Ban[ \t\n]+[Qq]uản[ \t\n]+lý)(?:[ \t\n]+các)?[ \t\n]*$")
# A plan attached to the document itself ("Ban hành kèm theo Quyết định này Kế hoạch triển khai ..."), or a form's
# name ("Mẫu số 04 | Quyết định ban hành Quy chế quản lý ..."): no reference.
_ATTACHED_OR_FORM = re.compile(r"(?:kèm[ \t\n]+theo[ \t\n]+\w+(?:[ \t\n]+\w+)?[ \t\n]+này|Mẫu[ \t]+(?:số[ \t]+)?[\w.]+)"
                               r"[ \t]*[|:.]?[ \t\n]*$", re.IGNORECASE)
_JOINT = re.compile(r"[ \t\n]*(?:,[ \t\n]*và|,|và)[ \t\n]+")
# A document named by its trích yếu and the numbered one that adopted it: "Quy chế bổ nhiệm cán bộ và giới thiệu
# cán bộ ứng cử (ban hành kèm theo Quyết định số 68-QĐ/TW ...)", "Điều lệ bảo hiểm xã hội ban hành kèm theo Nghị
# định số 12/CP", "Quy chế quản lý CCN ban hành kèm theo Quyết định số 105/2009/QĐ-TTg"; not "... kèm theo
# Quyết định này" (a part of the document itself).
_ADOPTED_TYPES = frozenset({"Quy chế", "Quy định", "Điều lệ", "Chương trình", "Kế hoạch", "Đề án", "Phương án"})
_ADOPTED = re.compile(r"""[ \t]+(?P<name>[^\W\d][^;.:()\n,“”"]{2,150}?)[ \t]*\(?[ \t]*(?:được[ \t]+)?ban[ \t]+hành[ \t]+kèm[ \t]+theo
    [ \t\n]+(?:Quyết[ \t]+định|Nghị[ \t]+định|Thông[ \t]+tư|Nghị[ \t]+quyết)[ \t\n]+số[ \t]*\d""", re.VERBOSE)
_ADOPTED_STOP = frozenset("này tại theo được phải đã sẽ là mẫu phụ lục gồm".split())
# A plan under the Law on Planning is named by its scope and its period ("thời kỳ"), commas and all:
# "Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021-2030, tầm nhìn đến năm
# 2050", "Quy hoạch tỉnh Lào Cai thời kỳ 2021 - 2030". Without the period ("Quy hoạch tỉnh", "Phương án
# khai thác khoáng sản nhóm IV") it is a kind, not one document.
_PLAN_PERIOD = re.compile(r"""[ \t\n]+(?P<name>[^;.:()\n“”"]{2,220}?[ \t\n]thời[ \t\n]+kỳ[ \t\n]+(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d
    (?:,?[ \t\n]+tầm[ \t\n]+nhìn[ \t\n]+(?:(?:đến|tới)[ \t\n]+)?(?:năm[ \t\n]+)?(?:19|20)\d\d)?)(?![\d])""", re.VERBOSE)


# The next number of a list of short forms: "Quyết định 19 và 54.", "Chỉ thị 13, 05 của Thủ tướng" (not "Quyết định
# 19 và 54 hộ dân").
_MORE_SHORT = re.compile(r"[ \t]*(?:,[ \t]*và|,|và)[ \t]+(?:số[ \t]+)?(?P<num>\d{1,4}(?:/(?:19|20)\d\d)?)"
                         r"(?=[.,;:)](?!\d)|[ \t]+(?:của|về|ngày|do|đã|được|và|thì|là|có|đều|cũng)\b|$)")
# A Party resolution's plenum written right after its date, without "của": "Nghị quyết 18-NQ/TW ngày 25/10/2017 Hội
# nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về ...".
_BARE_PLENUM = re.compile(r"[ \t\n]*,?[ \t\n]*(?=Hội[ \t\n]+nghị[ \t\n]+(?:lần[ \t\n]+thứ|[Tt]rung[ \t\n]+ương))")
_PROGRAMMES = frozenset({"Chương trình", "Đề án", "Kế hoạch", "Chiến lược"})
# The period that closes a programme's name: "giai đoạn 2013-2015", "đến năm 2030", "thời kỳ 2021 - 2030".
_NAME_PERIOD = re.compile(r"(?:giai[ \t\n]+đoạn|thời[ \t\n]+kỳ|đến[ \t\n]+năm)[ \t\n]+(?:19|20)\d\d"
                          r"(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?(?!\d)")


def _plan_name_end(text: str, p: int, tname: str) -> int:
    """Where the name of a plan or programme that starts at ``p`` ends. A quoted name runs to its closing
    quote ("Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm
    2030”"); a name goes on past "cho" and commas to the period that closes it ("Chương trình hỗ trợ giải
    quyết đất ở và giải quyết việc làm cho đồng bào dân tộc thiểu số nghèo, đời sống khó khăn vùng đồng bằng
    sông Cửu Long giai đoạn 2013-2015"), not past another stop."""
    limit = min(len(text), p + 300)
    if text[p:p + 1] in "“\"":
        close = text.find("”" if text[p] == "“" else "\"", p + 1, limit)
        if close > 0 and "\n" not in text[p:close]:
            return close + 1
    stop = NAME_END.search(text, p, limit)
    end = stop.start() if stop else limit
    if stop and tname in _PROGRAMMES and (stop.group() == "," or text.startswith("cho ", stop.end())):
        per = _NAME_PERIOD.search(text, end, min(len(text), end + 160))
        if per and all(s.group() == "," or text.startswith("cho ", s.end())
                       for s in NAME_END.finditer(text, end, per.start())):
            end = per.end()
    if text.count("“", p, end) > text.count("”", p, end) and text.startswith("”", end):
        end += 1  # "Kế hoạch triển khai thực hiện Đề án “Nâng cao ..., đến năm 2030”"
    while end > p and text[end - 1].isspace():
        end -= 1  # "... thông qua Cơ chế một cửa quốc gia  (NSW)"
    return end


class _Finder(NamePasses, DocumentPasses):
    def __init__(self, text: str, metadata=None):
        self.text = text
        self.metadata = metadata
        self.ctx = province(text, metadata)
        self.type_codes = type_codes()
        self.own_number = number_key(_md(metadata, "number")) if _md(metadata, "number") else None
        self.own_title = _clean(_md(metadata, "title") or "").casefold()
        # a document has a header (type or number); news and other prose have neither
        self.is_document = bool(_md(metadata, "type") or _md(metadata, "number"))
        # "(sau đây viết tắt là Chương trình)": after it, "Chương trình ..." is that document again, not a new
        # one named by its trích yếu
        self.aliases = {}
        for al in _ALIAS.finditer(text):
            self.aliases.setdefault(_type_by_word().get(_clean(al.group("t")).casefold()), al.end())

    def prose_line(self, p: int) -> bool:
        """In news, a paragraph that opens with a plan's name ("Chiến lược phát triển kinh tế - xã hội 10 năm
        2021-2030 xác định ba đột phá chiến lược ...") is prose, not a heading: a long line, with a sentence end."""
        if self.is_document:
            return False
        end = self.text.find("\n", p)
        line = self.text[p:end if end >= 0 else len(self.text)]
        return len(line) > 200 and bool(re.search(r"[.!?]\s", line))

    # -- the pieces of one mention ---------------------------------------------------------------
    def tail(self, m: _M) -> None:
        """The date and the written issuer that directly follow a number, in either order."""
        text = self.text
        for _ in range(2):
            if m.date is None:
                d = date_after(text, m.end)
                if d:
                    m.date, m.end = d
                    continue
            if m.issuer is None:
                o = OF.match(text, m.end) or (_BARE_PLENUM.match(text, m.end) if m.date else None)
                if o:
                    iss = match_issuer(text, o.end(), self.ctx)
                    if iss:
                        m.issuer, m.end = iss
                        m.issuer_src = "written"
                        self.joint(m)
                        continue
                    # a body the table does not know ("của Tổ giúp việc Ban chỉ đạo ...", "của Ban Kinh tế
                    # ngân sách"), when the symbol names none
                    org = match_org(text, o.end(), self.ctx)
                    if org and m.number and not issuer_from_symbol(m.number, self.ctx, self.type_codes):
                        m.issuer, m.end = org
                        m.issuer_src = "written"
                        continue
                # "do Bộ Tài chính ban hành", or "do" the body the symbol names; not "Nghị định số
                # 45/2023/NĐ-CP do Bộ trưởng Bộ Công Thương thực hiện" (who carries it out)
                o = BY.match(text, m.end)
                iss = match_issuer(text, o.end(), self.ctx) if o else None
                t = BY_TAIL.match(text, iss[1]) if iss else None
                if iss and (t or (m.number and issuer_from_symbol(m.number, self.ctx, self.type_codes) == iss[0])):
                    m.issuer, m.end = iss[0], (t.end() if t else iss[1])
                    m.issuer_src = "written"
                    continue
            break

    def joint(self, m: _M) -> None:
        """A joint document's issuers written one after another ("Thông tư liên tịch số
        38/2015/TTLT-BTTTT-BTC ... của Bộ trưởng Bộ Thông tin và Truyền thông, Bộ trưởng Bộ Tài chính"):
        all of them, as its symbol names them."""
        joint = issuer_from_symbol(m.number, self.ctx, self.type_codes) if m.number else None
        if not joint or m.issuer not in joint or not re.search(r" và (?:Bộ|Ủy|Tòa|Viện|Kiểm) ", joint):
            return
        m.issuer = joint
        while True:
            j = _JOINT.match(self.text, m.end)
            iss = match_issuer(self.text, j.end(), self.ctx) if j else None
            if not iss or iss[0] not in joint:
                return
            m.end = iss[1]

    def from_type(self, a: re.Match) -> tuple[list[_M], int]:
        """Mentions that start at a type word, and where the next anchor may start."""
        text = self.text
        word = a.group("type") or a.group("code")
        tname = (_type_by_word().get(_clean(word).casefold()) if a.group("type")
                 else _short_code_type().get(word))
        start, pos = a.start(), a.end()
        capital = word[0].isupper()
        # numbered: "Quyết định số 942/QĐ-TTg", "Nghị quyết số: 170/2024/QH15"
        mark = NUMBER_MARK.match(text, pos)
        sym = None
        if mark:
            if re.search(r"(?i)số", mark.group()):
                sym = SPLIT_SYMBOL.match(text, mark.end())
            sym = sym or SYMBOL.match(text, mark.end())
        if sym and a.group("type"):
            return [self.numbered(start, sym, tname)], sym.end()
        if mark and a.group("type"):
            ns = _no_slash().match(text, mark.end())
            if ns:  # "Quyết định 309 QĐ-TTg": the slash left out
                return [self.numbered(start, ns, tname, f"{ns.group(1)}/{ns.group(2)}")], ns.end()
        short = SHORT_NUMBER.match(text, pos)
        if short and (word.isupper() and a.group("type") or _DRAFT.search(text, max(0, start - 14), start)):
            short = None  # "LUẬT\n1" (a heading and a list label), "dự án Luật 39" (a count of drafts)
        if short and tname == "Hiến pháp" and re.fullmatch(r"(?:19|20)\d\d", short.group("num")):
            short = None  # "Hiến pháp 2013": the constitution of that year, not a short form
        if tname in NAMED_TYPES and capital and not short:
            return self.named_law(a, tname)
        if short and tname == "Phương án":
            short = None  # "Phương án 1", "Phương án 2": options, not documents
        if short and (capital or a.group("type")):
            # lower case ("theo nghị định 49"), it stands only as a short form of a document the text
            # names (short_forms drops it otherwise)
            m = _M(start, short.end("num"), tname, short.group("num"), short=True, confidence=0.8,
                   lower=not capital)
            y = YEAR_AFTER.match(text, m.end)
            if y and text[m.end:y.end()].strip().startswith("năm"):
                m.end = y.end()  # "Nghị định 105 năm 2014": the year, no date
            self.tail(m)  # "Chỉ thị 13 của Thủ tướng Chính phủ"
            out = [m]
            while out[-1].end == short.end("num") or len(out) > 1:
                more = _MORE_SHORT.match(text, out[-1].end)
                if not more or re.fullmatch(r"(?:19|20)\d\d", more.group("num")):
                    break
                # "thay thế Quyết định 19 và 54": the next document of the list, by its number alone
                out.append(_M(more.start("num"), more.end("num"), tname, more.group("num"), short=True,
                              confidence=0.7, lower=not capital))
            if len(out) > 1:
                self.tail(out[-1])  # "Các Nghị quyết 35, 19 và 02 của Chính phủ"
            return out, out[-1].end
        plenum = _PLENUM.match(text, pos) if tname == "Nghị quyết" and capital and a.group("type") else None
        if plenum:  # "Nghị quyết Trung ương 5 khóa XII": the Central Committee's plenum's resolution
            p = _skip_ws(text, pos)
            m = _M(start, plenum.end(), tname, named=True, title_start=p, title_end=plenum.end(), confidence=0.8)
            m.issuer, m.issuer_src = "Ban Chấp hành Trung ương", "written"
            return [m], plenum.end()
        congress = _CONGRESS.match(text, pos) if tname == "Nghị quyết" and capital and a.group("type") else None
        if congress:  # "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030"
            p = pos + re.search(r"[Đđ]ại", text[pos:congress.end()]).start()
            m = _M(start, congress.end(), tname, named=True, title_start=p, title_end=congress.end(), confidence=0.8)
            m.issuer = _clean(re.sub(r",?\s+nhiệm\s+kỳ.*$", "", text[p:congress.end()], flags=re.S))  # the congress
            m.issuer, m.issuer_src = m.issuer[0].upper() + m.issuer[1:], "written"
            return [m], congress.end()
        if tname in ("Quy hoạch", "Phương án") and capital and not word.isupper() and not _line_start(text, start):
            plan = _PLAN_PERIOD.match(text, pos)
            if plan and not any(t.group("type") and t.group()[0].isupper()
                                for t in anchor_regex().finditer(text, plan.start("name"), plan.end("name"))):
                m = _M(start, plan.end(), tname, named=True, title_start=plan.start("name"),
                       title_end=plan.end(), confidence=0.8)
                return [m], pos
        adopted = (_ADOPTED.match(text, pos) if tname in _ADOPTED_TYPES and capital and not word.isupper()
                   and a.group("type") else None)
        if adopted and not (set(adopted.group("name").casefold().split()) & _ADOPTED_STOP):
            m = _M(start, adopted.end("name"), tname, named=True, title_start=adopted.start("name"),
                   title_end=adopted.end("name"), confidence=0.8)
            return [m], adopted.end("name")
        if (tname in ("Báo cáo", "Tờ trình") and capital and not word.isupper() and a.group("type")
                and not _line_start(text, start)):
            # a report named by its known author and its subject: "trình bày Báo cáo của Ủy ban Thường vụ Quốc hội
            # về việc thực hiện chính sách, pháp luật về an toàn thực phẩm giai đoạn 2011-2016"
            o = OF.match(text, pos)
            iss = match_issuer(text, o.end(), self.ctx) if o else None
            if iss and re.match(r"[ \t]*(?:về|V/v)\s", text[iss[1]:iss[1] + 6]):
                m = _M(start, iss[1], tname, named=True, confidence=0.7)
                m.issuer, m.issuer_src = iss[0], "written"
                self.title(m)
                if m.title_start is not None:
                    m.end = m.title_end
                    return [m], m.end
        if (tname in PLAN_TYPES and capital and not word.isupper() and a.group("type")
                and self.aliases.get(tname, len(text)) > start
                and not _ATTACHED_OR_FORM.search(text, max(0, start - 40), start)
                and not _ORG_OF_PLAN.search(text, max(0, start - 30), start)
                and not (_line_start(text, start) and not self.prose_line(start))
                and not _QUANTIFIED.search(text, max(0, start - 12), start)):
            p = _skip_ws(text, pos)
            if p > pos and (TITLE_START.match(text, p) or (tname == "Chương trình" and _NATIONAL_TARGET.match(text, p))):
                end = _plan_name_end(text, p, tname)
                if (len(text[p:end].split()) >= 2 and _IDENTIFIABLE.search(text, p, end)
                        and not re.match(r"\s+số\b", text[end:end + 5])):
                    m = _M(start, end, tname, named=True, title_start=p, title_end=end, confidence=0.8)
                    d = date_after(text, end)
                    if d:
                        m.date, m.end = d
                    return [m], pos
        return [], pos

    def numbered(self, start: int, sym: re.Match, tname: str | None, raw: str | None = None) -> _M:
        number = canonical_number(raw or re.sub(r"^([IJl]|\d{1,3}) (?=\d)", r"\1", sym.group()))
        qh = re.match(r" (\d)(?!\w)", self.text[sym.end():sym.end() + 3])
        if qh and re.search(r"QH\d$", number):  # OCR "QH1 5"
            number += qh.group(1)
        sym_type = type_from_symbol(number)
        if tname in (None, "Công văn") and sym_type and sym_type != "Công văn":
            tname = sym_type
        m = _M(start, sym.end(), tname or sym_type, number)
        self.tail(m)
        return m

    def from_symbol(self, a: re.Match, prev: _M | None) -> _M | None:
        text = self.text
        s = a.start()
        if OWN_NUMBER_LINE.search(text, max(0, s - 12), s) or (
                s < 3000 and self.own_number and number_key(a.group()) == self.own_number
                and re.search(r"(?i)số\s*:?\s*$", text[max(0, s - 8):s])):
            return None  # the document's own "Số:" line
        if _FORM_BEFORE.search(text, max(0, s - 40), s):
            return None  # a form's number: "Mẫu số 01/QĐ-QLDA", "các Mẫu số 03, 04, 05 và 06/BHYT-QĐ"
        number = canonical_number(a.group())
        tname = None
        if prev and prev.number and not prev.short:
            j = LIST_JOIN.fullmatch(text, prev.end, s)
            if j:
                tname = prev.type  # "các Nghị định số 45/2020/NĐ-CP, 47/2020/NĐ-CP"
        start = s
        if tname is None:
            # "Báo cáo thẩm tra số 165/BC-KTNS", "Báo cáo tiếp thu, giải trình số 507/UBND-KT": the type
            # word, a few words that say which, then the number
            t = _described_type().search(text, max(0, s - 60), s)
            if t and all(w.casefold() not in LAW_NAME_STOP for w in re.findall(r"[^\s,]+", t.group("desc"))):
                tname, start = _type_by_word().get(_clean(t.group("type")).casefold()), t.start("type")
                sym_type = type_from_symbol(number)
                if tname == "Công văn" and sym_type:
                    tname = sym_type
        if tname is None and not _known_symbol(number):
            return None
        m = _M(start, a.end(), tname or type_from_symbol(number), number)
        self.tail(m)
        return m

    # -- the whole text ---------------------------------------------------------------------------
    def find(self) -> list[_M]:
        text = self.text
        out: list[_M] = []
        consumed = 0
        prev = None
        for a in _anchors(text):
            if a.start() < consumed:
                continue
            if a.group("sym"):
                m = self.from_symbol(a, prev)
                ms, nxt = ([m], m.end) if m else ([], a.end())
            else:
                ms, nxt = self.from_type(a)
            for m in ms:
                out.append(m)
                if m.number and not m.short:
                    prev = m
            consumed = max(consumed, nxt, *(m.end for m in ms if not m.named))
        out.sort(key=lambda m: m.start)
        for m in out:
            if m.title_start is None:
                self.title(m)
        self.cut_titles(out)
        self.shared_titles(out)
        out = self.drop(out)
        self.dates(out)
        self.issuers(out)
        self.short_forms(out)
        return out


def find_references(text: str, metadata=None) -> list[Reference]:
    """Every reference in ``text``; ``metadata`` (the document's own header: number, issuer, place,
    title) keeps its own number out and gives the province that expands "UBND tỉnh"."""
    ms = _Finder(text, metadata).find()
    ids = {id(m): f"r{i}" for i, m in enumerate(ms, 1)}
    out = []
    for m in ms:
        ante = getattr(m, "antecedent", None)
        title = _clean(text[m.title_start:m.title_end]) if m.title_start is not None else None
        ref = Reference(start=m.start, end=m.end, text=text[m.start:m.end], type=m.type, number=m.number,
                        date=m.date, issuer=m.issuer, title=title, id=ids[id(m)], short_form=m.short,
                        title_start=m.title_start, title_end=m.title_end, confidence=m.confidence)
        if ante is not None:
            # a short form keeps only what its own words state (GUIDELINES "Short forms"); the full
            # mention it abbreviates is named by id, and links and checks follow it there
            ref = replace(ref, antecedent=ids[id(ante)], confidence=0.9)
        out.append(ref)
    return out


__all__ = ["find_references"]
