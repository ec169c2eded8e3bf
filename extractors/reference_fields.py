"""Reference fields that need the whole document: where titles end among sibling references,
which names are someone else's title, dates written before a mention, issuers from the clause's
subject or another mention of the same number, and the full mentions short forms abbreviate.

A mixin of ``references._Finder``: it works on ``self.text``, ``self.ctx`` (the province) and the
document's own ``self.own_title``/``self.metadata``.
"""
from __future__ import annotations

import datetime
import re

from .dates import date_before, iso_date
from .patterns import DATE_BEFORE_NO_YEAR, FULL_DATE
from .reference_anchors import _M
from .issuers import _ORG_HEAD as _ORG_START, _md, issuer_from_symbol, issuer_regex, match_issuer, match_org
from .resolve import is_local_number
from .symbols import number_key, symbol_codes

_SUBJECT_VERB = re.compile(r"(?:\s*\([^()\n]{1,60}\))?"  # "Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành"
                           r"\s+(?:(?:đã|vừa|cũng|mới|kịp\s+thời|đã\s+kịp\s+thời)\s+)*"
                           r"(?:ban\s+hành|ký\s+ban\s+hành|ký|có|gửi|ra|trình|phê\s+duyệt)\b")
_DIRECTED_BY = re.compile(r"(?:chỉ\s+đạo|kết\s+luận|yêu\s+cầu)\s+của\s+(?P<org>[^;:.,\n]{3,80}?)\s+(?:tại|theo)\s+$")
# "... (Thông tư số 39/2017/TT-BTTTT)": the mention restated in parentheses after its trích yếu is no part of it.
_RESTATED = re.compile(r"\s*\)\s*\*?(?:$|[,;.]|\s(?:và|thì|như|nhằm|để|do|đã|được|là|mà)\b)")


def _after_name_word(before: str) -> re.Match | None:
    """The white space at the end of ``before`` when the word it follows is capitalised ("... tỉnh Bắc Ninh ")."""
    w = re.search(r"(\w+)([ \t]+)$", before)
    return re.search(r"[ \t]+$", before) if w and w.group(1)[0].isupper() and not w.group(1).isupper() else None

_SHARED_JOIN = re.compile(r"[ \t]*(?:,[ \t]*và|,|và)[ \t]+")
# "... về diện tích tối thiểu khi tách thửa và tại Quyết định 54": a new place cited, a sibling.
_SEPARATOR_BEFORE = re.compile(r"(?:,|;|\bvà|,\s*và)\s*(?:các\s+|tại\s+|theo\s+)?$|\s\($", re.IGNORECASE)
# "Theo đề nghị của Giám đốc Sở Xây dựng và Sở Tài chính tại Tờ trình số 265/TTr-LSXDTC"
_PROPOSED_BY = re.compile(r"(?:đề\s+nghị|ý\s+kiến)\s+của\s+(?:(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Trưởng\s+ban)\s+)?"
                          r"(?P<org>[^;:.\n]{3,80}?)\s+(?:tại|theo)\s+$")
_OLD_AGRI, _NEW_AGRI = "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"
_STEERING = re.compile(r"Ban [Cc]hỉ đạo (về [^,.;:()\n]+?)(?=\s+(?:của|do|tỉnh|thành\s+phố|được|đã)\b|[,.;:()\n])")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _similar(a: str, b: str) -> bool:
    """Are 80% of the words of title ``a`` in ``b`` (the document's own title, retyped or cut)?"""
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return bool(wa and wb) and len(wa & wb) / len(wa) >= 0.8


class DocumentPasses:
    """The passes over all the mentions of one text, in the order ``find`` runs them."""

    def cut_titles(self, ms: list[_M]) -> None:
        """A title ends at the next sibling reference ("...; Quyết định số 790/QĐ-TTg", "... và
        Quyết định số 1437/QĐ-UBND"); references governed by the title ("thực hiện Nghị quyết số
        71/NQ-CP ... và Kế hoạch ...") stay inside it and are marked nested."""
        for i, m in enumerate(ms):
            if m.title_start is None or m.named:
                continue
            nested = False
            for o in ms[i + 1:]:
                if o.start >= m.title_end:
                    break
                if o.start < m.title_start or (o.named and o.type in ("Quy hoạch", "Phương án")):
                    continue  # a plan named in the title is its object, not a sibling: "phê duyệt Quy hoạch
                    # Thủ đô Hà Nội thời kỳ 2021-2030, tầm nhìn đến năm 2050 và Nghị quyết số 18-NQ/TU"
                before = self.text[m.title_start:o.start]
                sep = _SEPARATOR_BEFORE.search(before)
                if sep and sep.group().strip() == "(" and not (
                        o.end < m.title_end and _RESTATED.match(self.text[o.end:m.title_end])):
                    sep = None  # "... mục tiêu Dự án 2 (Chương trình 135) thuộc Chương trình ...": an aside inside
                if not sep and not nested and o.number and not o.short and (o.date or o.issuer_src == "written") \
                        and _after_name_word(before):
                    sep = _after_name_word(before)  # a table's next cell joined on: "... trên địa bàn tỉnh
                    # Bắc Ninh Nghị quyết số 16/2024/NQ-HĐND ngày 11/12/2024 của HĐND tỉnh Bắc Ninh ..."
                if not nested and sep:
                    end = sep.start() + m.title_start
                    while end > m.title_start and self.text[end - 1].isspace():
                        end -= 1
                    m.title_end = end if end > m.title_start + 2 else None
                    if m.title_end is None:
                        m.title_start = None
                    break
                if nested and re.search(r",\s*$", before) and o.date and o.issuer_src == "written" and o.title_start:
                    # after a document the title names, a comma and one cited in full, with its own trích yếu,
                    # is the next item of a list: "Thông tư 151/2014/TT-BTC ngày 10/10/2014 hướng dẫn thực hiện
                    # Nghị định số 91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ quy định ..."
                    end = m.title_start + len(before.rstrip().rstrip(",").rstrip())
                    m.title_end = end
                    break
                if o.named and o.type not in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"):
                    continue  # the programme a decision adopted, and no more: "về việc phê duyệt Chương trình “Quan
                    # trắc môi trường ... đến năm 2040” và Kế hoạch 223/KH- UBND ..." (a sibling); but a law is what
                    # the document carries out, and a document after it goes with it ("hướng dẫn thi hành một số
                    # điều của Luật Hóa chất và Nghị định số 26/2026/NĐ-CP ...")
                nested = True
                o.nested = True

    def shared_titles(self, ms: list[_M]) -> None:
        """Documents of one kind listed before the trích yếu they share take it: "Nghị quyết số 916/NQ-UBTVQH13
        ngày 05/05/2015 và Nghị quyết số 1096/NQ- UBTVQH13 ngày 22/12/2015 của Ủy ban Thường vụ Quốc hội về phân
        bổ vốn ...", "Quyết định 135/2007, Quyết định 45/2012 của TP về quy chế quản lý kiến trúc ..." (each dated
        or neither: "Nghị định số 91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ quy
        định ..." is two documents, the second with its own trích yếu). Only a subject ("về ...") is shared, and
        only by documents that name no issuer of their own: "Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020
        và Nghị định số 82/2022/NĐ-CP ngày ... của Chính phủ sửa đổi, bổ sung ..." is the second's alone."""
        for m, o in reversed(list(zip(ms, ms[1:]))):
            own = m.issuer_src == "written"
            if (m.issuer is None and o.issuer_src == "written" and m.number and o.number and not m.nested
                    and not m.short and not o.short and o.type == m.type
                    and issuer_from_symbol(m.number, self.ctx, self.type_codes) in (None, o.issuer)
                    and _SHARED_JOIN.fullmatch(self.text, m.end, o.start)):
                # "Nghị quyết số 57-NQ/TW, Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị"
                m.issuer, m.issuer_src = o.issuer, "written"
            if (m.title_start is not None or m.named or m.nested or o.named or o.title_start is None
                    or own or not self.text.startswith("về ", o.title_start)
                    or o.type != m.type or (m.date is None) != (o.date is None)
                    or not _SHARED_JOIN.fullmatch(self.text, m.end, o.start)):
                continue
            m.title_start, m.title_end = o.title_start, o.title_end
            if m.issuer is None and o.issuer_src == "written":
                m.issuer, m.issuer_src = o.issuer, "written"

    def drop(self, ms: list[_M]) -> list[_M]:
        """Names without a number inside another reference (its span or title), and the document's
        own title, are not references."""
        keep = []
        for i, m in enumerate(ms):
            if m.number and not m.short and number_key(m.number) == self.own_number:
                continue  # the document citing itself by its own number
            if m.named:
                # ms is in text order: only mentions starting before m can hold it
                inside = any(o.start < m.start < max(o.end, o.title_end or 0)
                             for o in ms[max(0, i - 40):i])
                if inside:
                    continue
                if (m.named and self.own_title and m.title_start is not None
                        and m.type == _md(self.metadata, "type")):
                    t = _clean(self.text[m.title_start:m.title_end]).casefold()
                    if t and _similar(t, self.own_title):
                        continue
            keep.append(m)
        return keep

    def dates(self, ms: list[_M]) -> None:
        for m in ms:
            if m.date is None and not m.nested:
                m.date = date_before(self.text, m.start) or self.date_without_year(m)

    def date_without_year(self, m: _M) -> str | None:
        """A date before the mention written without its year ("Ngày 24/4 vừa qua, Chính phủ đã ban hành
        Nghị định 49/2017/NĐ-CP"): the year its own number states; in news, else the year of the latest
        full date of the article (its present), one year earlier when that would put the date months after it."""
        b = DATE_BEFORE_NO_YEAR.search(self.text[max(0, m.start - 140):m.start])
        if not b or re.search(r"\d+/|ngày", b.group("between")):
            return None
        day, month = int(b.group("d")), int(b.group("m"))
        y = re.search(r"/((?:19|20)\d\d)(?:/|$)", m.number or "")
        if y:
            return iso_date(day, month, y.group(1))
        if self.is_document:
            return None
        latest = None
        for f in FULL_DATE.finditer(self.text):
            d = iso_date(f.group("d") or 1, f.group("m") or f.group("m2"), f.group("y"))
            latest = max(latest or "", d or "") or None
        if not latest:
            return None
        year = int(latest[:4])
        d = iso_date(day, month, year)
        if d and (datetime.date.fromisoformat(d) - datetime.date.fromisoformat(latest)).days > 60:
            d = iso_date(day, month, year - 1)  # "ngày 20/12" in an article of January
        return d

    def issuers(self, ms: list[_M]) -> None:
        written = {}
        for m in ms:
            if m.issuer and m.number and not m.short and m.issuer_src == "written":
                written.setdefault(number_key(m.number), (m.issuer, m.date))
        for m in ms:
            if m.issuer is None and m.number and not m.short:
                m.issuer = issuer_from_symbol(m.number, self.ctx, self.type_codes)
                m.issuer_src = "symbol" if m.issuer else ""
                if m.issuer == _OLD_AGRI and "BNN" in symbol_codes(m.number):
                    m.issuer = self.agriculture(m)
                if m.issuer and is_local_number(m.number):
                    # a local symbol ("01/QĐ-UBND") names a body of some province: the one another
                    # mention of the number writes, or the clause's subject ("Ủy ban nhân dân tỉnh Yên Bái
                    # đã phê duyệt ... tại Quyết định số 1658/QĐ-UBND"), before the document's own
                    w = written.get(number_key(m.number))
                    other = (w[0] if w and (not w[1] or not m.date or w[1] == m.date) else None) or (
                        None if m.nested else self.subject(m))
                    if other and other.split()[:2] == m.issuer.split()[:2]:
                        m.issuer, m.issuer_src = other, "subject"
            if m.issuer is None and m.type in ("Luật", "Bộ luật", "Hiến pháp"):
                m.issuer, m.issuer_src = "Quốc hội", "type"
        for m in ms:
            if m.issuer is None and m.number and not m.short:
                m.issuer = (written.get(number_key(m.number)) or (None,))[0]
            if m.issuer is None and not m.nested:
                m.issuer = self.subject(m)
                m.issuer_src = "subject" if m.issuer else ""
            if m.issuer and m.issuer_src != "written" and m.issuer.startswith("Ban Chỉ đạo"):
                m.issuer = self.steering_in_full(m.issuer)
            if m.issuer == "Ban Chỉ đạo Trung ương":
                m.issuer = self.central_steering_in_full() or m.issuer
        known = {}
        for m in ms:
            if m.issuer and m.number and not m.short:
                known.setdefault(number_key(m.number), m.issuer)
        for m in ms:  # "Nghị quyết 08-NQ/TW" again, its issuer said once before
            if m.issuer is None and m.number and not m.short:
                m.issuer = known.get(number_key(m.number))

    def agriculture(self, m: _M) -> str:
        """'BNN' coded the Bộ Nông nghiệp và Phát triển nông thôn, and is still written for the Bộ Nông
        nghiệp và Môi trường that took its place on 1 March 2025 ("QĐ số 2490/QĐ- BNN ngày 01/7/2025"): the
        new ministry for a document of that date or later, or, undated, when the text names only it."""
        year = re.search(r"/((?:19|20)\d\d)/", m.number or "")
        when = m.date or (f"{year.group(1)}-12-31" if year else None)
        if when:
            return _NEW_AGRI if when >= "2025-03-01" else _OLD_AGRI
        if not hasattr(self, "_agri"):
            names = {iss[0] for s in issuer_regex().finditer(self.text) if s.group("name").startswith("Bộ")
                     for iss in [match_issuer(self.text, s.start(), self.ctx)] if iss}
            self._agri = _NEW_AGRI if _NEW_AGRI in names and _OLD_AGRI not in names else _OLD_AGRI
        return self._agri

    def steering_in_full(self, name: str) -> str:
        """A bare "Ban Chỉ đạo" named in full where the text introduces it: "thành lập Ban Chỉ đạo về
        chuyển đổi số của tỉnh" -> "Ban Chỉ đạo về chuyển đổi số tỉnh Điện Biên"."""
        bare = "Ban Chỉ đạo" + (f" {self.ctx[0]} {self.ctx[1]}" if self.ctx else "")
        if name not in ("Ban Chỉ đạo", bare):
            return name
        full = _STEERING.search(self.text)
        if not full:
            return name
        return "Ban Chỉ đạo " + _clean(full.group(1)) + name[len("Ban Chỉ đạo"):]

    def central_steering_in_full(self) -> str | None:
        """A bare "Ban Chỉ đạo Trung ương" is the one the text names in full elsewhere ("chỉ đạo của Ban
        Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"), when
        it names exactly one."""
        if not hasattr(self, "_central"):
            found = {iss[0] for s in issuer_regex().finditer(self.text)
                     if re.match(r"(?i)ban\s+chỉ\s+đạo\s+trung\s+ương\s+về\s", s.group("name"))
                     for iss in [match_issuer(self.text, s.start(), self.ctx)] if iss}
            self._central = found.pop() if len(found) == 1 else None
        return self._central

    def subject(self, m: _M) -> str | None:
        """The issuer as the subject of the clause: "UBND tỉnh đã ban hành ...: Chỉ thị ...; Kế
        hoạch ..." (within the sentence)."""
        text = self.text
        prop = _PROPOSED_BY.search(text, max(0, m.start - 140), m.start)
        directed = _DIRECTED_BY.search(text, max(0, m.start - 140), m.start)
        if directed:  # "theo chỉ đạo của Bộ Chính trị tại Thông báo Kết luận số 99-TB/TW": a known body only
            org = _clean(directed.group("org"))
            iss = match_issuer(org, 0, self.ctx)
            if iss and iss[1] == len(org):
                return iss[0]
        if prop:
            org = _clean(prop.group("org"))
            iss = match_issuer(org, 0, self.ctx)
            if iss and iss[1] == len(org):
                return iss[0]
            if org.startswith("Sở ") and self.ctx and self.ctx[1] not in org:
                org = f"{org} {self.ctx[0]} {self.ctx[1]}"
            return org
        lo = max(0, m.start - 1500)
        cut = max(text.rfind(". ", lo, m.start), text.rfind("\n", lo, m.start))
        lo = cut + 1 if cut >= 0 else lo
        found = None
        for s in issuer_regex().finditer(text, lo, m.start):
            if not s.group("name")[0].isupper():
                continue
            iss = match_issuer(text, s.start(), self.ctx)
            if iss and _SUBJECT_VERB.match(text, iss[1]):
                found = iss[0]
        if found is None and not (m.number and not m.short
                                  and issuer_from_symbol(m.number, self.ctx, self.type_codes)):
            # a body the table does not know: "Cục Chăn nuôi đã ban hành Công văn số 133/CN-VP"
            for h in _ORG_START.finditer(text, lo, m.start):
                org = match_org(text, h.start(), self.ctx)
                if org and _SUBJECT_VERB.match(text, org[1]):
                    found = org[0]
        return found

    def short_forms(self, ms: list[_M]) -> None:
        """'Quyết định 942' -> the full mention of 942/QĐ-TTg in this document (its id and fields);
        with none, it stays as written (a year-like number with none is no reference at all)."""
        full = [m for m in ms if m.number and not m.short]
        for m in list(ms):
            if not m.short:
                continue
            cands = [f for f in full if re.match(re.escape(m.number.lstrip("0") or "0") + r"[/-]",
                                                    f.number.lstrip("0")) and f.type == m.type]
            keys = {number_key(f.number) for f in cands}
            if len(keys) == 1:
                before = [f for f in cands if f.start < m.start]
                m.antecedent = before[-1] if before else cands[0]
            elif re.fullmatch(r"(?:19|20)\d\d", m.number):
                ms.remove(m)
            elif m.lower and not any(o.short and not o.lower and o.type == m.type and o.number == m.number
                                     for o in ms):
                ms.remove(m)  # "theo kế hoạch 2": no document of the text is "Kế hoạch 2"
