"""References: mentions of other specific documents (gold/GUIDELINES.md, "References").

One pass finds anchors (a type word such as "Quyết định", or a number/symbol such as "942/QĐ-TTg")
and grows each into a mention: number, then the date and the issuer that directly follow ("ngày
15/6/2021 của Thủ tướng Chính phủ"). Later passes, over the whole list, cut titles at the next
sibling reference, drop unnumbered names inside other titles, fill issuers (written, from the symbol,
from the clause's subject, from another mention of the same number) and resolve short forms
("Quyết định 942") to the full mention they abbreviate.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .dates import date_after
from .issuers import issuer_from_symbol, issuer_regex, match_issuer, match_org, province
from .models import Reference
from .reference_fields import DocumentPasses, _md, _similar
from .patterns import (UPPER, BY, BY_TAIL, LAW_NAME_STOP, LIST_JOIN, NAME_END, NUMBER_MARK, OF, OWN_NUMBER_LINE, PROSE_TITLE_END,
                       SHORT_NUMBER, SPLIT_SYMBOL, SYMBOL, SYMBOL_SRC, TITLE_END, TITLE_START, WORD, YEAR_AFTER,
                       trie_alternation, words_alternation)
from .symbols import canonical_number, number_key, symbol_codes, type_codes, type_from_symbol

# Documents named by a proper name ("Luật Đầu tư công", "Bộ luật Lao động").
NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh", "Công ước"})
# Documents that a text may name by their trích yếu ("Kế hoạch triển khai Nền tảng địa chỉ số ...").
PLAN_TYPES = frozenset({"Kế hoạch", "Quyết định", "Chương trình", "Đề án", "Chiến lược", "Nghị quyết", "Chỉ thị"})
# Short codes standing for a type before a short number: "ĐA 06".
SHORT_CODES = ("ĐA", "NQ", "QĐ", "CT", "KH", "NĐ")
_LAW_BIGRAM_STOP = frozenset({"quy định", "hướng dẫn", "ban hành", "sửa đổi", "thi hành", "bổ sung", "trên địa",
                              "đối với"})
_NOT_AFTER_COMMA = frozenset("nhà phù trình cơ thành người hồ tổ pháp nội văn nghị thông chỉ".split())
# A new clause after a law's name: "Luật Đất đai, trừ ...", "Luật PPP, căn cứ ...", "Luật Bảo hiểm y tế, mức
# tham gia ...", "Luật Thống kê, đồng thời gửi ...", "Luật PPP và dự án áp dụng ..."
_CLAUSE_AFTER_AND = frozenset("trừ căn cụ kể mức nguồn lập biện nhiệm sự thỏa đơn bên dự thư việc tôi nằm trường hạng"
                              .split())
_CLAUSE_AFTER_COMMA = _CLAUSE_AFTER_AND | frozenset("đồng kiểm quy doanh đất thuyết".split())
_FIRST_STOP = frozenset("mới cũ hiện nói và liên chung riêng mẫu gốc khác sau trước nêu trên cơ mà".split())
_LAW_BIGRAM_GO = frozenset({"chưa thành", "không gian", "trong nước", "theo phương", "có công", "với cách"})
_CONSTITUTION = re.compile(r"[ \t\n]+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam", re.IGNORECASE)
# A document named by its trích yếu is identifiable by a proper name, a quotation or a period in it:
# "Kế hoạch triển khai Nền tảng địa chỉ số quốc gia", "Chương trình ... giai đoạn 2026 - 2030";
# "Quyết định giao đất" is not.
# Capitalised institutional nouns name a kind, not a document: "Quyết định thành lập Hội đồng thi hành án",
# "Quyết định công nhận kết quả đăng ký sản phẩm vào Danh mục ...", "Quyết định ban hành Biện pháp phòng ngừa".
_IDENTIFIABLE = re.compile(r"\s(?!(?:Quyết|Kế|Nghị|Chỉ|Thông|Luật|Bộ|Đề|Chương|Báo|Hội|Ban|Danh|Biện|Giấy|Tổ|Đoàn)\s"
                           r"|Văn\skiện)[A-ZĐ]|[“\"]|(?:19|20)\d\d")
_AMEND = re.compile(r"[ \t\n]+(?:[Ss]ửa|SỬA)\s+đổi\s*,?\s*bổ\s+sung\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?(?:các\s+|\d+\s+)?",
                    re.IGNORECASE)
_NEXT_LAW = re.compile(r"[^;.:\n]{0,60}?(?P<sep>,\s*và\s+|,\s+|\s+và\s+)(?P<next>(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\b)")
_OF_UNKNOWN = re.compile(r"(?:của|CỦA)\s+[A-ZĐ]\w*(?:\s+\w+){0,3}?\s+(?=(?:về|V/v)\s)")
_NAME_THEN_NUMBER = re.compile(r"[^;.:()\n]{0,80}?\ssố\s*:?\s*\d")
_DRAFT = re.compile(r"(?:dự\s+án|dự\s+thảo)\s+$", re.IGNORECASE)
_NOT_TITLE = re.compile(r"(?i:và|hoặc|tại|theo|trong|ngày|năm|Căn)\b")
# A count or quantifier before a type word makes it generic: "02 Quyết định phê duyệt ...".
_QUANTIFIED = re.compile(r"(?:\d+|các|những|nhiều|một\s+số|mỗi|từng|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
_VIA = re.compile(r"(?:gửi|báo\scáo|trình)\b")
# A law's number written without its symbol: "số 64/2025" (not a date "số 15/6/2021").
_LAW_NUMBER_CUT = re.compile(r"[ \t\n]+(?:số|Số)\s*:?\s*(?P<num>\d{1,4}/(?:19|20)\d\d)(?![\d/⁄]|\s*/)")
_AFTER_COMMA_TITLE = re.compile(r"(?:về|V/v|v/v)\s|(?:quy\s+định|phê\s+duyệt|ban\s+hành|sửa\s+đổi)\s(?!của\s)")
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
_DATE_AFTER_TITLE = re.compile(r"(?<!từ)(?<!đến)(?<!trước)(?<!sau)(?<!hết)[ \t]+ngày[ \t]+\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}"
                               r"[ \t]*[/.-][ \t]*(?:19|20)\d\d[ \t]*$")
_SIGNER = re.compile(rf"(?:[{UPPER}]\w*[ \t]+){{1,4}}(?:đã[ \t]+)?ký(?!\w)")
_JOINT = re.compile(r"[ \t\n]*(?:,[ \t\n]*và|,|và)[ \t\n]+")
_ABOUT = re.compile(r"\b(?:về\s+việc|V/v|về)\s")


@lru_cache(maxsize=1)
def _types() -> list[dict]:
    return json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _type_by_word() -> dict[str, str]:
    return {n.casefold(): t["name"] for t in _types() for n in t["names"]}


@lru_cache(maxsize=1)
def _short_code_type() -> dict[str, str]:
    by_code = {t["code"]: t["name"] for t in _types() if t["code"]}
    return {c: by_code[c] for c in SHORT_CODES if c in by_code}


@lru_cache(maxsize=1)
def anchor_regex() -> re.Pattern:
    """A type word, a short type code before a number, or a number/symbol standing alone."""
    names = [n for t in _types() for n in t["names"]]
    return re.compile(rf"""
        (?<![\w])(?P<type>(?i:{words_alternation(names)}))(?![\w])
      | (?<![\w])(?P<code>{'|'.join(SHORT_CODES)})(?=[ ]+(?:số[ ]+)?\d{{1,3}}\b)
      | (?<![\w./-])(?P<sym>{SYMBOL_SRC})
    """, re.VERBOSE)


@lru_cache(maxsize=1)
def _described_type() -> re.Pattern:
    """A type word, up to four lower-case words that describe it, and "số" just before a number."""
    names = [n for t in _types() for n in t["names"]]
    return re.compile(rf"(?<![\w])(?P<type>(?i:{words_alternation(names)}))"
                      rf"(?P<desc>(?:,?[ \t\n]+[a-zđà-ỹ][^\s;.:()“”\"\d,]*){{1,4}})[ \t\n]+(?:số|Số)[ \t]*:?[ \t]*$")


@lru_cache(maxsize=1)
def _scan_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """For the scan over a whole text: type words over the lower-cased text (a case-sensitive trie is
    many times faster than an IGNORECASE alternation), short codes, and symbols. Word boundaries are
    checked by the caller: a leading look-behind would stop the engine from skipping ahead."""
    names = [n.lower() for t in _types() for n in t["names"]]
    return (re.compile(rf"{trie_alternation(names)}(?!\w)"),
            re.compile(rf"(?:{'|'.join(SHORT_CODES)})(?=[ ]+(?:số[ ]+)?\d{{1,3}}\b)"),
            SYMBOL)


class _Anchor:
    """One anchor of the scan, with the little of the ``re.Match`` API the finder uses."""
    __slots__ = ("kind", "s", "e", "text")

    def __init__(self, kind: str, s: int, e: int, text: str):
        self.kind, self.s, self.e, self.text = kind, s, e, text

    def group(self, name=0):
        return self.text if name == 0 or name == self.kind else None

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _anchors(text: str) -> list[_Anchor]:
    """Type words, short codes and symbols of ``text``, in text order."""
    types, codes, symbols = _scan_regexes()
    low = text.lower()
    out = []
    if len(low) == len(text):
        found = ((m.start(), m.end()) for m in types.finditer(low))
    else:  # a character whose lower case is longer: scan the text itself
        found = ((m.start("type"), m.end("type")) for m in anchor_regex().finditer(text) if m.group("type"))
    for s, e in found:
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_"):
            out.append(_Anchor("type", s, e, text[s:e]))
    for m in codes.finditer(text):
        s = m.start()
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_"):
            out.append(_Anchor("code", s, m.end(), m.group()))
    for m in symbols.finditer(text):
        s = m.start()
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_./-⁄"):  # "số -⁄2026/NĐ-CP": a form's blank
            out.append(_Anchor("sym", s, m.end(), m.group()))
    out.sort(key=lambda a: a.s)
    return out


@lru_cache(maxsize=1)
def _no_slash() -> re.Pattern:
    codes = sorted((c for c in type_codes() if c.isupper() and len(c) > 1), key=lambda c: (-len(c), c))
    return re.compile(rf"(\d+)[ ]+((?:{'|'.join(map(re.escape, codes))})-[A-ZĐ][A-Za-zĐđ]*\d*)(?![\w/])")


@dataclass
class _M:
    """A mention while it is being built."""
    start: int
    end: int
    type: str | None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_src: str = ""
    title_start: int | None = None
    title_end: int | None = None
    short: bool = False
    named: bool = False  # a document named without a number
    nested: bool = False  # written inside another reference's title
    lower: bool = False  # a short form whose type word is in lower case
    confidence: float = 1.0


_SPACES = re.compile(r"\s+")


def _clean(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def _known_symbol(number: str) -> bool:
    codes = [c.upper() for c in symbol_codes(number)]
    from .issuers import _by_code
    return any(c in type_codes() or c in _by_code() or c == "QH" for c in codes)


class _Finder(DocumentPasses):
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
                o = OF.match(text, m.end)
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

    def title(self, m: _M) -> None:
        """The trích yếu after the mention, up to ';', the sentence end or a new clause."""
        text = self.text
        p = re.compile(r"[ \t]*,?[ \t]*").match(text, m.end).end()
        if p >= len(text):
            return
        paren = None if self.is_document else re.match(r"\((?=(?:về|V/v)\s)([^()\n]{3,400})\)", text[p:p + 405])
        if paren:  # (news only: in a legal text a parenthesis after a mention is no trích yếu)  # "Nghị quyết 94 của Quốc hội (về việc thông qua chủ trương đầu tư ...)"
            m.title_start, m.title_end = p + 1, p + 1 + len(paren.group(1).rstrip())
            return
        of = _OF_UNKNOWN.match(text, p)
        if of:
            p = of.end()  # "của Chỉnh phú về ...": an issuer OCR mangled, then the title
        if _VIA.match(text, p):
            stop = re.compile(r"[;.\n]").search(text, p, p + 400)
            about = _ABOUT.search(text, p, stop.start() if stop else p + 400)
            if not about:
                return
            p = about.start()
        elif "," in text[m.end:p]:
            # after a comma a trích yếu starts as one ("..., quy định về ...", "..., về việc ..."); else
            # the next clause or a sibling starts ("Nghị quyết số 39-NQ/TW, một số đơn vị ...")
            if not _AFTER_COMMA_TITLE.match(text, p):
                return
        elif _SIGNER.match(text, p):
            return  # "... do Giám đốc Sở Y tế Lê Quang Hùng ký ...": the signer's name, not a title
        elif not (TITLE_START.match(text, p) or (text[p].isupper() and text[p:p + 4] != "Điều"
                                                    and not _NOT_TITLE.match(text, p)
                                                    and not anchor_regex().match(text, p)
                                                    and not issuer_regex().match(text, p))):
            return
        stop = TITLE_END.search(text, p, p + 700)
        end = stop.start() if stop else min(len(text), p + 700)
        if not self.is_document:
            verb = PROSE_TITLE_END.search(text, p, end)
            end = verb.start() if verb else end
        while end > p and text[end - 1] in " ,\t":
            end -= 1
        late = _DATE_AFTER_TITLE.search(text, p, end) if m.date is None else None
        if late and late.end() == end and len(text[p:late.start()].split()) <= 8:
            # "Nghị định 89/1999/NĐ-CP của Chính phủ về BHTG ngày 1-9-1999 đã quy định": the date after a
            # short title is the document's
            d = date_after(text, late.start())
            if d:
                m.date, end = d[0], late.start()
        lone = TITLE_START.match(text, p, end)
        if end - p >= 3 and len(text[p:end].split()) > 1 and not (lone and lone.end() >= end):
            m.title_start, m.title_end = p, end  # not a lone verb: "... do UBND tỉnh Quảng Bình phê duyệt"

    def law_name(self, pos: int, inner: bool = False, lower_ok: bool = False) -> int | None:
        """Where the proper name of a law that starts after ``pos`` ends ("Luật Đầu tư công ..."),
        or None when no name follows."""
        text = self.text
        ws = re.compile(r"[ \t\n]+").match(text, pos)
        if not ws:
            return None
        p, end, n, prev_low = ws.end(), None, 0, ""
        while n < 20:
            w = WORD.match(text, p)
            if not w:
                break
            word = w.group()
            low = word.casefold()
            if n == 0:
                if word[0].isdigit():
                    return None
                if low == "các" and _next_word(text, w.end()) == "tổ":
                    pass  # "Luật Các tổ chức tín dụng", written "Luật các tổ chức tín dụng" too
                elif not word[0].isupper() and (not (inner or lower_ok) or low in LAW_NAME_STOP or (low in _FIRST_STOP and not inner)
                                              or (not inner and f"{low} {_next_word(text, w.end())}" in _LAW_BIGRAM_STOP)):
                    return None  # "Luật này", "Luật mới", "Luật quy định"; but "Luật an toàn thực phẩm"
            elif inner:
                if low in ("ngày", "năm", "số", "sô", "sổ") and re.match(r"\s*:?\s*\d", text[w.end():w.end() + 4]):
                    break
                if low == "và" and anchor_regex().match(text, _skip_ws(text, w.end())):
                    break
            else:
                nxt = WORD.match(text, _skip_ws(text, w.end()))
                nlow = nxt.group().casefold() if nxt else ""
                if low in ("số", "sô", "sổ") and re.match(r"\s*:?\s*[A-Za-z]{1,2}\s?\d", text[w.end():w.end() + 8]):
                    break  # "số J 58/2024/QH1 5": a mangled number follows
                if low in ("số", "sô", "sổ") and not re.match(r"\s*:?\s*\d", text[w.end():w.end() + 4]):
                    pass  # "Luật Chuyển đổi số": part of the name
                elif f"{low} {nlow}" in _LAW_BIGRAM_GO:
                    pass
                elif low in LAW_NAME_STOP or f"{low} {nlow}" in _LAW_BIGRAM_STOP:
                    break
                elif low == "mới" and prev_low != "đổi":
                    break  # "Luật thuế tiêu thụ đặc biệt mới", but "đổi mới sáng tạo"
                elif word.isdigit():
                    break  # a footnote mark ("Luật Đất đai 1") or a year
                elif low == "và" and (not nxt or nlow in LAW_NAME_STOP or nlow in _NOT_AFTER_COMMA
                                      or nlow in _CLAUSE_AFTER_AND or nlow in ("các", "những")
                                      or (nxt and f"{nlow} {_next_word(text, nxt.end())}" in _LAW_BIGRAM_STOP)
                                      or (nxt and anchor_regex().match(text, nxt.start()))):
                    break
                elif anchor_regex().match(text, w.start()) and word[0].isupper():
                    break
            end, n, prev_low = w.end(), n + 1, low
            if w.end() < len(text) and text[w.end()] == "," and not inner:
                # "Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức": a lower-case word that
                # is no verb, no function word and no type goes on with the name
                nxt = WORD.match(text, _skip_ws(text, w.end() + 1))
                if (n <= 8 and nxt and nxt.group()[0].islower() and nxt.group().casefold() not in LAW_NAME_STOP
                        and nxt.group().casefold() not in _NOT_AFTER_COMMA
                        and nxt.group().casefold() not in _CLAUSE_AFTER_COMMA
                        and nxt.group() != "và" and not anchor_regex().match(text, nxt.start())
                        and not TITLE_START.match(text, nxt.start())):
                    p = nxt.start()
                    continue
                if (n <= 6 and nxt and nxt.group()[0].isupper() and not anchor_regex().match(text, nxt.start())
                        and not issuer_regex().match(text, nxt.start()) and "\n" not in text[w.end():nxt.start()]
                        and _NAME_THEN_NUMBER.match(text, nxt.start())):
                    p = nxt.start()  # "Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15"
                    continue
                break
            if w.end() < len(text) and text[w.end()] in ",;:.()“”\"…":
                break
            p = _skip_ws(text, w.end())
            if p == w.end() or ("\n" in text[w.end():p] and not text[p:p + 1].islower()):
                break  # a new paragraph ("...KHOÁNG SẢN\nCăn cứ Luật ...") ends the name
        return end

    # -- one anchor -------------------------------------------------------------------------------
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
            return [m], m.end
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
        if (tname in PLAN_TYPES and capital and not word.isupper() and a.group("type")
                and self.aliases.get(tname, len(text)) > start
                and not _ORG_OF_PLAN.search(text, max(0, start - 30), start)
                and not _line_start(text, start) and not _QUANTIFIED.search(text, max(0, start - 12), start)):
            p = _skip_ws(text, pos)
            if p > pos and (TITLE_START.match(text, p) or (tname == "Chương trình" and _NATIONAL_TARGET.match(text, p))):
                stop = NAME_END.search(text, p, p + 300)
                end = stop.start() if stop else min(len(text), p + 300)
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

    def named_law(self, a: re.Match, tname: str) -> tuple[list[_M], int]:
        """'Luật Đầu tư công', 'Luật Tổ chức Quốc hội số 57/2014/QH13', 'Luật sửa đổi, bổ sung một số
        điều của Luật ...', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam'."""
        text = self.text
        start, pos = a.start(), a.end()
        amend = _AMEND.match(text, pos) if tname == "Luật" else None
        if amend:
            return self.amending_law(a, amend)
        name_end = self.law_name(pos, lower_ok=text[start:pos] in ("Luật", "Bộ luật"))
        if tname == "Hiến pháp":
            c = _CONSTITUTION.match(text, pos)
            name_end = c.end() if c else None
        if name_end is not None and word_is_upper(text[start:name_end]):
            return [], name_end  # a heading in capitals ("LUẬT ĐƯỢC ĐỀ XUẤT")
        if name_end is None:
            if tname == "Hiến pháp":
                m = _M(start, pos, tname, named=True)
                y = YEAR_AFTER.match(text, pos)
                if y:
                    m.end = y.end()
                return [m], pos
            return [], pos
        name_start = _skip_ws(text, pos)
        so = re.compile(r"[ \t\n]+(?:số|Số|SỐ|sô|sổ)\s*:?\s*").match(text, name_end)
        sym = (SPLIT_SYMBOL.match(text, so.end()) or SYMBOL.match(text, so.end())) if so else None
        if sym:
            m = self.numbered(start, sym, tname)
            m.title_start, m.title_end = name_start, name_end
            return [m], sym.end()
        if re.match(r"[ \t\n]+(?:số|Số)\s*:?\s*[A-Za-z]{1,2}\s?\d", text[name_end:name_end + 12]):
            return [], name_end  # "Luật Đầu tư công số J 58/2024/QH1 5": a number OCR has mangled
        cut = _LAW_NUMBER_CUT.match(text, name_end)
        if cut:  # "Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được sửa đổi": the number as written
            m = _M(start, cut.end("num"), tname, cut.group("num"), short=True, title_start=name_start,
                   title_end=name_end, confidence=0.8)
            self.tail(m)
            return [m], m.end
        m = _M(start, name_end, tname, named=True, title_start=name_start, title_end=name_end)
        d = date_after(text, name_end)
        y = YEAR_AFTER.match(text, name_end)
        if d:
            m.date, m.end = d
        elif y:
            m.end = y.end()
        return [m], name_end

    def amending_law(self, a: re.Match, amend: re.Match) -> tuple[list[_M], int]:
        """'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14 ngày ...' is the
        amending law numbered 62/2020/QH14; with several laws listed, it is unnamed by number and
        each listed law that carries a number is its own reference."""
        text = self.text
        pos, inner, numbers = amend.end(), [], []
        while True:
            t = anchor_regex().match(text, pos)
            if not t or not t.group("type") or _type_by_word().get(_clean(t.group("type")).casefold()) not in NAMED_TYPES:
                break
            end = self.law_name(t.end(), inner=True)
            if end is None:
                break
            so = re.compile(r"[ \t\n]+(?:số|Số|sô|sổ)\s*:?\s*").match(text, end)
            sym = SYMBOL.match(text, so.end()) if so else None
            inner.append((t.start(), sym.end() if sym else end))
            numbers.append((sym, end) if sym else None)
            j = LIST_JOIN.match(text, inner[-1][1])
            if j and re.match(r"(?:,|và)", text[inner[-1][1]:j.end()].strip()) and anchor_regex().match(text, j.end()):
                pos = j.end()
                continue
            # "Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư": the name went on past a comma
            more = _NEXT_LAW.match(text, inner[-1][1])
            if not more:
                break
            inner[-1] = (inner[-1][0], more.start("next") - len(more.group("sep")))
            pos = more.start("next")
        if not inner:
            return [], a.end()
        title_start = _skip_ws(text, a.end())
        amending = _clean(text[title_start:numbers[-1][1] if numbers[-1] else inner[-1][1]]).casefold()
        if _md(self.metadata, "type") == "Luật" and self.own_title and _similar(amending, self.own_title):
            # the document itself ("Quốc hội ban hành Luật sửa đổi, bổ sung ... của Luật Địa chất và
            # khoáng sản số 54/2024/QH15"): no reference to itself; the laws it amends are references
            return [], inner[0][0]
        if len(inner) == 1 and numbers[0]:
            sym, name_end = numbers[0]
            m = self.numbered(a.start(), sym, "Luật")
            m.title_start, m.title_end = title_start, name_end
            return [m], sym.end()
        m = _M(a.start(), inner[-1][1], "Luật", named=True, title_start=title_start, title_end=inner[-1][1])
        self.tail(m)
        return [m], a.end()

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
        out = self.drop(out)
        self.dates(out)
        self.issuers(out)
        self.short_forms(out)
        return out

def _next_word(text: str, p: int) -> str:
    w = WORD.match(text, _skip_ws(text, p))
    return w.group().casefold() if w else ""


def word_is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _skip_ws(text: str, p: int) -> int:
    while p < len(text) and text[p] in " \t\n":
        p += 1
    return p


def _line_start(text: str, p: int) -> bool:
    """Is ``p`` the first word of its line, after a list label at most ("1. ", "- ", "a) ")?"""
    ls = text.rfind("\n", 0, p) + 1
    return re.fullmatch(r"[ \t]*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.)?[ \t]*", text[ls:p]) is not None


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
