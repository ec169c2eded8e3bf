"""Reference names and titles: the trích yếu after a mention, and the proper names of laws
("Luật Đầu tư công số 39/2019/QH14", "Luật sửa đổi, bổ sung một số điều của Luật ...").

A mixin of ``references._Finder``: it works on ``self.text`` and builds on ``self.numbered`` and
``self.tail``.
"""
from __future__ import annotations

import re

from .dates import date_after
from .issuers import issuer_regex
from .patterns import UPPER, LAW_NAME_STOP, LIST_JOIN, PROSE_TITLE_END, SPLIT_SYMBOL, SYMBOL, TITLE_END, TITLE_START, WORD, YEAR_AFTER
from .reference_anchors import (NAMED_TYPES, _M, _clean, _next_word, _skip_ws, _type_by_word, anchor_regex,
                                word_is_upper)
from .reference_fields import _md, _similar

_LAW_BIGRAM_STOP = frozenset({"quy định", "hướng dẫn", "ban hành", "sửa đổi", "thi hành", "bổ sung", "trên địa",
                              "đối với", "yêu cầu", "bảo đảm", "đảm bảo"})  # "... thi hành Luật Việc làm bảo đảm kịp thời"
# Where a law named inside an amending law's name stops: "... của Luật Tiêu chuẩn và quy chuẩn kỹ thuật về Sở Khoa học
# và Công nghệ để tổng hợp", "... KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU".
_INNER_STOP = frozenset("về để nhằm theo tại".split())
_NOT_AFTER_COMMA = frozenset("nhà phù trình cơ thành người hồ tổ pháp nội văn nghị thông chỉ".split())
# A new clause after a law's name: "Luật Đất đai, trừ ...", "Luật PPP, căn cứ ...", "Luật Bảo hiểm y tế, mức
# tham gia ...", "Luật Thống kê, đồng thời gửi ...", "Luật PPP và dự án áp dụng ..."
_CLAUSE_AFTER_AND = frozenset("trừ căn cụ kể mức nguồn lập biện nhiệm sự thỏa đơn bên dự thư việc tôi nằm trường hạng"
                              .split())
_CLAUSE_AFTER_COMMA = _CLAUSE_AFTER_AND | frozenset("đồng kiểm quy doanh đất thuyết".split())
_FIRST_STOP = frozenset("mới cũ hiện nói và liên chung riêng mẫu gốc khác sau trước nêu trên cơ mà vào".split())
_LAW_BIGRAM_GO = frozenset({"chưa thành", "không gian", "trong nước", "theo phương", "có công", "với cách"})
_CONSTITUTION = re.compile(r"[ \t\n]+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam", re.IGNORECASE)
_AMEND = re.compile(r"[ \t\n]+(?:[Ss]ửa|SỬA)\s+đổi\s*,?\s*bổ\s+sung\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?(?:các\s+|\d+\s+)?",
                    re.IGNORECASE)
_NEXT_LAW = re.compile(r"[^;.:\n]{0,60}?(?P<sep>,\s*và\s+|,\s+|\s+và\s+)(?P<next>(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\b)")
_OF_UNKNOWN = re.compile(r"(?:của|CỦA)\s+[A-ZĐ]\w*(?:\s+\w+){0,3}?\s+(?=(?:về|V/v)\s)")
_NAME_THEN_NUMBER = re.compile(r"[^;.:()\n]{0,80}?\ssố\s*:?\s*\d")
# The law's own number ahead, in the same clause: "... của người nước ngoài tại Việt Nam số 47/2014/QH13".
_LAW_NUMBER_AHEAD = re.compile(r"[^;.:()\n]{0,80}?(?=\s(?:số|Số)\s*:?\s*\d{1,4}/(?:19|20)\d\d/QH\d)")
_NOT_TITLE = re.compile(r"(?i:và|hoặc|tại|theo|trong|ngày|năm|Căn)\b")
_VIA = re.compile(r"(?:gửi|báo\scáo|trình)\b")
# Normative documents are not sent with a subject line: after "Thông tư số 44/2022/TT-BTC gửi Bộ Tài chính
# tổng hợp, ..." a later "về ..." is no trích yếu of the Thông tư.
_NOT_SENT = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết",
                       "Chỉ thị", "Quyết định"})
# A law's number written without its symbol: "số 64/2025" (not a date "số 15/6/2021").
_LAW_NUMBER_CUT = re.compile(r"[ \t\n]+(?:số|Số)\s*:?\s*(?P<num>\d{1,4}/(?:19|20)\d\d)(?![\d/⁄]|\s*/)")
_AFTER_COMMA_TITLE = re.compile(r"(?:về|V/v|v/v)\s|(?:quy\s+định|phê\s+duyệt|ban\s+hành|sửa\s+đổi)\s(?!của\s)")
_DATE_AFTER_TITLE = re.compile(r"(?<!từ)(?<!đến)(?<!trước)(?<!sau)(?<!hết)[ \t]+ngày[ \t]+\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}"
                               r"[ \t]*[/.-][ \t]*(?:19|20)\d\d[ \t]*$")
_SIGNER = re.compile(rf"(?:[{UPPER}]\w*[ \t]+){{1,4}}(?:đã[ \t]+)?ký(?!\w)")
_ABOUT = re.compile(r"\b(?:về\s+việc|V/v|về)\s")
# The issuer's present name in an aside, before the trích yếu: "Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của
# Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường) về việc phê duyệt Chương trình ...".
_NOW_ASIDE = re.compile(r"\((?:nay|hiện\s+nay|trước\s+đây|trước)(?:\s+là)?\s[^()\n]{2,100}\)[ \t]*")
# In prose, who issued it ends the trích yếu: "Quyết định 26 về CPXD do TP ban hành", "... do UBND tỉnh ký ban hành".
# More verbs a trích yếu starts with right after the mention (not names of plans: "Quyết định công bố dịch" is none):
# "Quyết định số 9589/QĐ-UBND ngày 26/9/2016 của Chủ tịch UBND TP Thái Bình giải quyết khiếu nại của ông", "Quyết
# định số 1717/QĐ- UBND ngày 18/12/2024 của UBND tỉnh Bắc Ninh công bố thủ tục hành chính ...".
_TITLE_VERB = re.compile(r"(?:giải\s+quyết\s+khiếu|thu\s+hồi\s+đất|công\s+bố|thay\s+thế)\b")
_BY_UNKNOWN = re.compile(r"do\s+(?:[^\s,;.]+\s+){1,5}?(?:ký\s+)?ban\s+hành\s+(?=(?:về|V/v|quy\s+định)\s)")
_BY_ISSUER = re.compile(r"\s(?=do\s+(?:[^\s,;.]+\s+){1,6}?(?:ký\s+)?ban\s+hành\b)")


class NamePasses:
    """Titles and law names, for ``references._Finder``."""

    def title(self, m: _M) -> None:
        """The trích yếu after the mention, up to ';', the sentence end or a new clause."""
        text = self.text
        p = re.compile(r"[ \t]*,?[ \t]*").match(text, m.end).end()
        if p >= len(text):
            return
        if text[p] == '"' and not text[p + 1:p + 2].isalnum():
            return  # a quotation that closes here: '... theo đúng tinh thần Nghị quyết 39 của Bộ Chính trị", ông nói'
        paren = None if self.is_document else re.match(
            r"\((?=(?:về|V/v|sửa\s+đổi|quy\s+định|hướng\s+dẫn|phê\s+duyệt|ban\s+hành|thay\s+thế)[\s,])([^()\n]{3,400})\)",
            text[p:p + 405])  # "Quyết định 54 (sửa đổi, bổ sung Quyết định 19)"
        if paren:  # (news only: in a legal text a parenthesis after a mention is no trích yếu)  # "Nghị quyết 94 của Quốc hội (về việc thông qua chủ trương đầu tư ...)"
            m.title_start, m.title_end = p + 1, p + 1 + len(paren.group(1).rstrip())
            return
        aside = _NOW_ASIDE.match(text, p)
        if aside and m.issuer:
            p = aside.end()
        by = None if self.is_document else _BY_UNKNOWN.match(text, p)
        if by:
            p = by.end()  # "Quyết định 19/2009 do TP ban hành về diện tích tối thiểu khi tách thửa"
        of = _OF_UNKNOWN.match(text, p)
        if of:
            p = of.end()  # "của Chỉnh phú về ...": an issuer OCR mangled, then the title
        if _VIA.match(text, p) and m.type not in _NOT_SENT:
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
        elif not (TITLE_START.match(text, p) or _TITLE_VERB.match(text, p) or (text[p].isupper() and text[p:p + 4] != "Điều"
                                                    and not _NOT_TITLE.match(text, p)
                                                    and not anchor_regex().match(text, p)
                                                    and not issuer_regex().match(text, p))):
            return
        stop = TITLE_END.search(text, p, p + 700)
        end = stop.start() if stop else min(len(text), p + 700)
        if not self.is_document:
            verb = min((v for v in (PROSE_TITLE_END.search(text, p, end), _BY_ISSUER.search(text, p, end)) if v),
                       key=lambda v: v.start(), default=None)
            end = verb.start() if verb else end
            if verb and text.count("(", p, end) > text.count(")", p, end):
                end = text.rfind("(", p, end)  # "(thường được gọi là ...)": the verb is inside an aside
        while end > p and text[end - 1] in " ,\t":
            end -= 1
        if text.count("(", p, end) > text.count(")", p, end):
            # an aside the end cut off: "... Nghị định số 209/2013/NĐ-CP (đã\n", "... (hiệu lực từ 13/4/2025;"
            end = text.rfind("(", p, end)
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
        p, end, n, prev_low, through = ws.end(), None, 0, "", -1
        while n < 20:
            w = WORD.match(text, p)
            if not w:
                break
            word = w.group()
            low = word.casefold()
            if n == 0:
                if word[0].isdigit() or not word[0].isalpha():
                    return None  # "Luật 1", "Luật\n\n- Cơ quan chủ trì"
                if len(word) == 1 and text[w.end():w.end() + 1] in ").":
                    return None  # "Luật\na) ...": a list label on the next line
                if low == "các" and _next_word(text, w.end()) == "tổ":
                    pass  # "Luật Các tổ chức tín dụng", written "Luật các tổ chức tín dụng" too
                elif not word[0].isupper() and (not (inner or lower_ok) or low in LAW_NAME_STOP or (low in _FIRST_STOP and not inner)
                                              or (not inner and f"{low} {_next_word(text, w.end())}" in _LAW_BIGRAM_STOP)):
                    return None  # "Luật này", "Luật mới", "Luật quy định"; but "Luật an toàn thực phẩm"
            elif inner:
                if low in ("ngày", "năm", "số", "sô", "sổ") and re.match(r"\s*:?\s*\d", text[w.end():w.end() + 4]):
                    break
                bigram = f"{low} {_next_word(text, w.end())}"
                if (low in _INNER_STOP or bigram in _LAW_BIGRAM_STOP) and bigram not in _LAW_BIGRAM_GO:
                    break  # but "... Luật Đầu tư theo phương thức đối tác công tư"
                if low == "và" and (anchor_regex().match(text, _skip_ws(text, w.end()))
                                    or _next_word(text, w.end()) in _NOT_AFTER_COMMA):
                    break  # "... của Luật các tổ chức tín dụng và trình bày Báo cáo thẩm tra"
            else:
                nxt = WORD.match(text, _skip_ws(text, w.end()))
                nlow = nxt.group().casefold() if nxt else ""
                if low in ("số", "sô", "sổ") and re.match(r"\s*:?\s*[A-Za-z]{1,2}\s?\d", text[w.end():w.end() + 8]):
                    break  # "số J 58/2024/QH1 5": a mangled number follows
                if low in ("số", "sô", "sổ") and not re.match(r"\s*:?\s*\d", text[w.end():w.end() + 4]):
                    pass  # "Luật Chuyển đổi số": part of the name
                elif f"{low} {nlow}" in _LAW_BIGRAM_GO:
                    pass
                elif w.start() < through:
                    pass
                elif low == "của" and nxt and not issuer_regex().match(text, nxt.start()) and (
                        prev_low == "hại" or _LAW_NUMBER_AHEAD.match(text, w.end())):
                    # "Luật Phòng, chống tác hại của thuốc lá", "Luật Trách nhiệm bồi thường của Nhà nước số
                    # 10/2017/QH14", "... cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13"
                    ahead = _LAW_NUMBER_AHEAD.match(text, w.end())
                    through = ahead.end() if ahead else through
                elif low in LAW_NAME_STOP or f"{low} {nlow}" in _LAW_BIGRAM_STOP:
                    break
                elif low == "mới" and prev_low != "đổi":
                    break  # "Luật thuế tiêu thụ đặc biệt mới", but "đổi mới sáng tạo"
                elif re.fullmatch(r"năm(?:19|20)\d\d", low):
                    break  # "Luật Bảo vệ môi trường năm2020": the year glued on
                elif word.isdigit() or (word[0].isdigit() and SYMBOL.match(text, w.start())):
                    break  # a footnote mark ("Luật Đất đai 1"), a year, or the number ("Luật Thuế GTGT 13/2008/QH12")
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

    def named_law(self, a: re.Match, tname: str) -> tuple[list[_M], int]:
        """'Luật Đầu tư công', 'Luật Tổ chức Quốc hội số 57/2014/QH13', 'Luật sửa đổi, bổ sung một số
        điều của Luật ...', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam'."""
        text = self.text
        start, pos = a.start(), a.end()
        if re.search(r"Pháp\s+$", text[max(0, start - 8):start]):
            return [], pos  # "Pháp Luật TP.HCM": a newspaper's name
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
        if not so and re.match(r"[ \t]+\d{1,4}/(?:19|20)\d\d/QH\d", text[name_end:name_end + 20]):
            sym = SYMBOL.match(text, _skip_ws(text, name_end))  # "Luật Thuế GTGT 13/2008/QH12": "số" left out
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
