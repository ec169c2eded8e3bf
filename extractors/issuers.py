"""Issuers of cited documents: written ("của Thủ tướng Chính phủ"), expanded ("UBND tỉnh" ->
"Ủy ban nhân dân tỉnh Điện Biên"), or inferred from the symbol ("QĐ-TTg" -> "Thủ tướng Chính phủ").

The vocabulary is ``data/issuers.json``: each entry has its full ``name``, the symbol ``codes`` that
name it, the ``names`` it is written as, ``examples``, and ``local`` when the name needs its place
("Ủy ban nhân dân" of which province).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from .patterns import TITLE_START, UPPER, words_alternation

# Cities governed directly by the centre: "Thành phố Hồ Chí Minh", not "tỉnh Hồ Chí Minh".
CITIES = ("Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế")
# Words that can follow a level word without being a place name.
_NOT_PLACE = {"Ủy", "Uỷ", "UBND", "HĐND", "Đảng", "Trung", "Chính", "Thủ", "Bộ", "Ban", "Sở", "Về", "V/v",
              "Việt", "Ngày", "Căn", "Tổ", "Và", "Các", "Đồng", "Điều", "Nghị", "Quyết", "Kế", "Chỉ", "Thông",
              "Luật", "Hội", "Tỉnh", "Thành", "Giám", "Chủ", "Phó", "Nhân", "Trong", "Tại", "Theo"}


@lru_cache(maxsize=1)
def issuer_table() -> list[dict]:
    return json.loads(resources.files("extractors").joinpath("data/issuers.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, dict]:
    return {c.upper(): e for e in issuer_table() for c in e["codes"]}


@lru_cache(maxsize=1)
def _by_written() -> dict[str, dict]:
    return {_fold(n): e for e in issuer_table() for n in e["names"]}


# The old placement of the tone mark ("Thanh Hoá", "Khánh Hoà", "Uỷ ban") and the new ("Thanh Hóa").
_OLD_TONE = {"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỷ": "ủy", "uý": "úy", "uỳ": "ùy",
             "uỹ": "ũy", "uỵ": "ụy", "oé": "óe", "oè": "òe"}
_OLD_TONE_RE = re.compile(r"(?:" + "|".join(_OLD_TONE) + r")(?!\w)")


def _fold(s: str) -> str:
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONE[m.group()], re.sub(r"\s+", " ", s).casefold())


def _either_tone(pattern: str) -> str:
    """A regex for a name in the new tone placement that also takes the old: 'hóa' -> 'h(?:óa|oá)'."""
    for old, new in _OLD_TONE.items():
        pattern = pattern.replace(new, f"(?:{new}|{old})")
    return pattern


# "Ủy ban nhân dân tỉnh Yên Bái", "UBND tỉnh", "Thành ủy Thành phố", "Ban chấp hành Đảng bộ tỉnh
# Nghệ An", "CỦA THỦ TƯỚNG CHÍNH PHỦ" (upper case): a known name, then for local bodies the level and
# the place, each optional.
_PLACE_WORD = rf"[{UPPER}]\w*"


@lru_cache(maxsize=1)
def issuer_regex() -> re.Pattern:
    names = [n for e in issuer_table() for n in e["names"]]
    names += ["Ban Chấp hành Đảng bộ", "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Thường vụ Thành ủy",
              "BTV Tỉnh ủy", "BTV Thành ủy"]
    return re.compile(rf"""
        (?P<name>(?i:{words_alternation(names)}))
        (?:\s+(?P<level>(?i:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường)))?
        (?:[ \t]*\((?:nay|trước\s+đây)[^()\n]{{1,30}}\))?     # "UBND thị xã (nay là TP) Rạch Giá"
        (?P<place>(?:[ \t\n]+{_PLACE_WORD}){{1,4}})?
        (?![\w])
    """, re.VERBOSE)


def _norm_level(level: str | None) -> str | None:
    if not level:
        return None
    lv = re.sub(r"\s+", " ", level).lower()
    return "thành phố" if lv.startswith("tp") else lv


def _place_words(place: str | None) -> str | None:
    if not place:
        return None
    words = place.split()
    out = []
    for w in words:
        if w in _NOT_PLACE or TITLE_START.match(w):
            break
        out.append(w.capitalize() if w.isupper() and len(w) > 1 else w)
    return " ".join(out) or None


@lru_cache(maxsize=1)
def _provinces() -> dict[str, dict]:
    """Folded name or variant -> entry of data/provinces.json."""
    es = json.loads(resources.files("extractors").joinpath("data/provinces.json").read_text("utf-8"))
    return {_fold(n): e for e in es for n in [e["name"], *e["variants"]]}


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern:
    return re.compile(rf"[ \t\n]*(?P<p>(?i:{_either_tone(words_alternation(list(_provinces())))}))(?!\w)")


def known_place(text: str, pos: int) -> tuple[str, int] | None:
    """The province or centrally governed city named at ``pos`` (white space first allowed), as
    (its standard name, end offset): "YÊN BÁI" -> "Yên Bái"."""
    m = _province_regex().match(text, pos)
    if not m:
        return None
    return _provinces()[_fold(m.group("p"))]["name"], m.end()


def province(text: str, metadata=None) -> tuple[str, str] | None:
    """The document's province as (level, name): ("tỉnh", "Điện Biên"), ("Thành phố", "Hồ Chí Minh");
    from its header issuer or place, else the place the text names most often."""
    md_issuer = _md(metadata, "issuer") or ""
    m = re.search(rf"(tỉnh|[Tt]hành phố)\s+((?:[{UPPER}]\w*\s?){{1,4}})", md_issuer)
    if m:
        return _level_of(m.group(2).strip(), m.group(1))
    place = _md(metadata, "place")
    if place:
        place = re.sub(r"^(?:[Tt]hành phố|TP\.?|[Tt]ỉnh)\s+", "", place).strip()
        if place and len(place.split()) <= 4:
            return _level_of(place, "tỉnh")
    counts: Counter = Counter()
    for m in re.finditer(r"\b(?:(?:TP|Tp)\.?[ ]?HCM|TPHCM)(?!\w)", text[:200000]):
        counts[("Thành phố", "Hồ Chí Minh")] += 1
    for m in re.finditer(r"\b(tỉnh|[Tt]hành phố|TP\.?)[ \t\n]+", text[:200000]):
        known = known_place(text, m.end())
        if known:
            counts[_level_of(known[0], m.group(1))] += 1
    if counts:
        return counts.most_common(1)[0][0]
    for m in re.finditer(rf"\b(tỉnh|[Tt]hành phố|TP\.)\s+([{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}})",
                         text[:200000]):
        name = _place_words(m.group(2))
        if name and len(name) > 2:
            counts[_level_of(name, m.group(1))] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _level_of(name: str, level: str) -> tuple[str, str]:
    known = _provinces().get(_fold(name))
    if known:
        return (known["level"], known["name"])
    if name in CITIES or level.lower().startswith(("thành", "tp")):
        return ("Thành phố", name)
    return ("tỉnh", name)


def _md(metadata, key):
    if metadata is None:
        return None
    if isinstance(metadata, dict):
        return metadata.get(key)
    return getattr(metadata, key, None)


def _local_name(entry_name: str, level: str | None, place: str | None, ctx: tuple[str, str] | None) -> str:
    """'Ủy ban nhân dân' + level + place, the place taken from ``ctx`` when the text leaves it out."""
    if entry_name.endswith(("Tỉnh ủy", "Thành ủy")) and entry_name not in ("Tỉnh ủy", "Thành ủy"):
        # "Ban Thường vụ Tỉnh ủy" + "Nghệ An"
        return f"{entry_name} {place or (ctx[1] if ctx else '')}".strip()
    if entry_name in ("Tỉnh ủy", "Thành ủy"):
        if place and entry_name == "Thành ủy" and (level or "").lower() == "thành phố":
            return f"Thành ủy Thành phố {place}"  # "Thành ủy Thành phố Hồ Chí Minh", as written with its level
        if place:
            return f"{entry_name} {place}"
        if ctx and (level or "").lower() == "thành phố" or (ctx and ctx[0] == "Thành phố" and entry_name == "Thành ủy"):
            return f"Thành ủy Thành phố {ctx[1]}" if ctx else entry_name
        if ctx:
            return f"{'Thành ủy Thành phố' if ctx[0] == 'Thành phố' else 'Tỉnh ủy'} {ctx[1]}"
        return entry_name
    if place:
        lv = level or ("Thành phố" if place in CITIES else "tỉnh")
        if lv == "thành phố" and place in CITIES:
            lv = "Thành phố"
        return f"{entry_name} {lv} {place}"
    if ctx and (level is None or level.lower() == ctx[0].lower()):
        return f"{entry_name} {ctx[0]} {ctx[1]}"
    return f"{entry_name} {level}" if level else entry_name


# An office holder who signs for a body: "của Bộ trưởng Bộ Tài chính", "của Chủ tịch UBND TP Thái Bình",
# "Thống đốc Ngân hàng Nhà nước". The issuer is the body (as the dev gold writes "Giám đốc Sở Xây dựng"
# as "Sở Xây dựng ..."); "Chủ tịch nước" is a body of its own and matches first.
# "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": two offices of one holder.
_OFFICE = re.compile(r"(?i:(?:Phó\s+)?(?:Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|Thống\s+đốc|Cục\s+trưởng"
                     r"|Trưởng\s+ban|Thủ\s+trưởng|Chủ\s+nhiệm)(?:\s*,\s*(?:Phó\s+)?Chủ\s+nhiệm)?)[ \t\n]+(?=\S)")
# A provincial department, named like its ministry: "Sở Công Thương", "Sở Tài nguyên và Môi trường".
_DEPARTMENT = re.compile(r"(?:Sở|SỞ)[ \t\n]+")


# Hồ Chí Minh City as news writes it: "TP.HCM", "TPHCM", "Tp. HCM", "TP Hồ Chí Minh".
_HCM = re.compile(r"[ \t]+(?:(?:TP|Tp|tp)\.?[ ]?HCM|TPHCM|(?:TP|Tp)\.?[ ]?Hồ[ ]Chí[ ]Minh)(?!\w)")


# A Party body's plenum or term: "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII", "của Bộ
# Chính trị khóa XI", "Ban Chấp hành Trung ương Đảng (khóa XIII)". The plenum issues as the body; the term
# is part of the issuer as written, so that the trích yếu after it ("về ...") is read.
_PLENUM_HEAD = re.compile(r"(?:Hội[ \t\n]+nghị[ \t\n]+(?:lần[ \t\n]+thứ[ \t\n]+[^\s,;.]+[ \t\n]+)?"
                          r"|Hội[ \t\n]+nghị[ \t\n]+(?:[Tt]rung[ \t\n]+ương[ \t\n]+)?\d+[ \t\n]+)(?=Ban[ \t\n]+Chấp)")
# News names the plenum alone, by its number: "Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX) về phát triển
# kinh tế tập thể", "của Hội nghị Trung ương lần thứ tư khóa XII"; it issues as the Ban Chấp hành Trung ương.
_PLENUM_ALONE = re.compile(r"Hội[ \t\n]+nghị[ \t\n]+(?:lần[ \t\n]+thứ[ \t\n]+[^\s,;.]+[ \t\n]+)?[Tt]rung[ \t\n]+ương"
                           r"[ \t\n]+(?:\d{1,2}|lần[ \t\n]+thứ[ \t\n]+[^\s,;.()]+)(?![\w/])")
_PARTY = frozenset({"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"})
_PARTY_JOINT = re.compile(r"[ \t]*(?:,|và)[ \t]+(?P<other>Bộ Chính trị|Ban Bí thư)(?!\w)")
_TERM = re.compile(r"[ \t\n]*(?:\([ \t]*)?[Kk]h[oó][áa][ \t\n]+[IVXL]+(?![\w])(?:[ \t]*\))?")


def match_issuer(text: str, pos: int, ctx: tuple[str, str] | None = None) -> tuple[str, int] | None:
    """The issuer written at ``pos`` (after "của") as (full name, end offset), or None."""
    alone = _PLENUM_ALONE.match(text, pos) if not _PLENUM_HEAD.match(text, pos) else None
    if alone:
        term = _TERM.match(text, alone.end())
        ok = term and term.group().count("(") == term.group().count(")")
        return "Ban Chấp hành Trung ương", term.end() if ok else alone.end()
    plenum = _PLENUM_HEAD.match(text, pos)
    r = _match_issuer(text, plenum.end() if plenum else pos, ctx)
    if plenum and (not r or r[0] != "Ban Chấp hành Trung ương"):
        return _match_issuer(text, pos, ctx)
    if r and r[0] in _PARTY:
        term = _TERM.match(text, r[1])
        if term and term.group().count("(") == term.group().count(")"):
            return r[0], term.end()
        both = _PARTY_JOINT.match(text, r[1])
        if both and both.group("other") != r[0]:  # "Kết luận số 127-KL/TW ... của Bộ Chính trị, Ban Bí thư về ..."
            return f"{r[0]}, {both.group('other')}", both.end()
    return r


def _match_issuer(text: str, pos: int, ctx: tuple[str, str] | None = None) -> tuple[str, int] | None:
    m = issuer_regex().match(text, pos)
    if not m:
        office = _OFFICE.match(text, pos)
        if office:
            return _match_issuer(text, office.end(), ctx)
        return _department(text, pos, ctx)
    entry = _by_written().get(_fold(m.group("name")))
    name_fold = _fold(m.group("name"))
    hcm = _HCM.match(text, m.end("name"))
    if hcm and (entry is None or entry.get("local")):  # "UBND TP.HCM", "UBND TPHCM"
        return _local_name(entry["name"] if entry else m.group("name"), "Thành phố", "Hồ Chí Minh", None), hcm.end()
    level = _norm_level(m.group("level"))
    end = m.end("level") if m.group("level") else m.end("name")
    if level in (None, "tỉnh", "thành phố"):
        # a province or a city is one the gazetteer knows ("UBND tỉnh Mai Văn Huỳnh" names a person);
        # a city under a province ("UBND TP Rạch Giá") is written with its level
        known = known_place(text, m.start("place")) if m.group("place") else None
        place, end = (known[0], known[1]) if known else (None, end)
        if known and level == "thành phố" and re.match(rf"[ \t]+[{UPPER}]", text[known[1]:known[1] + 2]):
            known = None  # "thành phố Điện Biên Phủ": a city that bears its province's name and more
            place, end = None, (m.end("level") if m.group("level") else m.end("name"))
        line = m.group("place").lstrip(" \t").split("\n")[0] if m.group("place") else ""
        city = _place_words(line) if level == "thành phố" and not known and line else None
        if city and len(city.split()) <= 3:
            pm = re.match(r"[ \t]+" + r"[ \t]+".join(re.escape(w) for w in city.split()), text[m.start("place"):])
            if pm:
                place, end = city, m.start("place") + pm.end()
    else:
        place = _place_words(m.group("place"))
        if place and TITLE_START.match(text, m.start("place") + len(m.group("place")) - len(m.group("place").lstrip())):
            place = None  # "của UBND huyện Sửa đổi, bổ sung ...": the title starts, not a place
    if place and level not in (None, "tỉnh", "thành phố"):
        # the place stops at the first word that is not a place word
        pm = re.match(r"[ \t\n]+" + r"[ \t\n]+".join(re.escape(w) for w in place.split()),
                      text[m.start("place"):]) if m.group("place") else None
        if pm:
            end = m.start("place") + pm.end()
    if entry is None:
        base = {"ban chấp hành đảng bộ": "Ban Chấp hành Đảng bộ", "ban thường vụ tỉnh ủy": "Ban Thường vụ Tỉnh ủy",
                "thường trực tỉnh ủy": "Thường trực Tỉnh ủy", "ban thường vụ thành ủy": "Ban Thường vụ Thành ủy",
                "btv tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "btv thành ủy": "Ban Thường vụ Thành ủy"}
        name = base.get(name_fold, m.group("name"))
        return _local_name(name, level, place, ctx), end
    if entry["name"] == "Ban Chỉ đạo":
        return _steering(text, m.end("name"), ctx)
    if entry.get("local"):
        return _local_name(entry["name"], level, place, ctx), end
    return entry["name"], m.end("name")


@lru_cache(maxsize=1)
def _department_regex() -> re.Pattern:
    fields = [n[3:] for e in issuer_table() if e["name"].startswith("Bộ ") and e["name"] != "Bộ Chính trị"
              for n in e["names"] if n.startswith("Bộ ")]
    return re.compile(rf"(?P<field>(?i:{words_alternation(fields)}))(?!\w)")


def _department(text: str, pos: int, ctx) -> tuple[str, int] | None:
    """'Sở Công Thương' (+ its province, written or the document's): 'Sở Công Thương tỉnh Lào Cai'."""
    d = _DEPARTMENT.match(text, pos)
    f = _department_regex().match(text, d.end()) if d else None
    if not f:
        return None
    field = next((e["name"][3:] for e in issuer_table() for n in e["names"]
                  if n.startswith("Bộ ") and _fold(n[3:]) == _fold(re.sub(r"\s+", " ", f.group("field")))), f.group("field"))
    end = f.end()
    hcm = _HCM.match(text, end)
    if hcm:  # "Công văn 789/STNMT-QLĐĐ của Sở TN&MT TP.HCM về ..."
        return f"Sở {field} Thành phố Hồ Chí Minh", hcm.end()
    lv = re.compile(r"[ \t]+(?P<level>tỉnh|thành\s+phố|TP\.?)").match(text, end)
    known = known_place(text, lv.end()) if lv else known_place(text, end)
    if known:
        return f"Sở {field} {_level_of(known[0], lv.group('level') if lv else 'tỉnh')[0]} {known[0]}", known[1]
    return (f"Sở {field} {ctx[0]} {ctx[1]}" if ctx else f"Sở {field}"), end


# A body the table does not know, named by its kind and its name: "Cục Chăn nuôi", "Tổ giúp việc Ban chỉ đạo
# Trung ương về ...", "Ban Kinh tế ngân sách", "Bảo hiểm xã hội VN". Read only where the symbol names no issuer.
_ORG_HEAD = re.compile(r"(?:Bộ|Tổng[ ]cục|Chi[ ]cục|Cục|Vụ|Văn[ ]phòng|Ban|Tổ|Hội[ ]đồng|Ủy[ ]ban|Uỷ[ ]ban|Viện|Học[ ]viện"
                       r"|Trung[ ]tâm|Kho[ ]bạc|Bảo[ ]hiểm[ ]xã[ ]hội|Ngân[ ]hàng|Tập[ ]đoàn|Tổng[ ]công[ ]ty|Công[ ]an"
                       r"|Thanh[ ]tra|Liên[ ]đoàn|Mặt[ ]trận|Đoàn|Sở|Công[ ][Tt]y|CÔNG[ ]TY)(?=[ \t\n])")
_ORG_WORD = re.compile(r"[ \t\n]+(?P<w>[^\s,;:.()“”\"…]+)")
_ORG_STOP = frozenset("""đã đang được bị có là sẽ của cho theo tại trong để nhằm với khi thì mà này đó nay hiện do từ
đến về các những cũng vẫn phải không chưa đều hoặc hay nên ngày số năm nêu trên vừa ký gửi ra trình thông báo
kính tham""".split())


_ORG_END = re.compile(r"(?:về|V/v|v/v|quy\s+định|hướng\s+dẫn|phê\s+duyệt|ban\s+hành|sửa\s+đổi|bổ\s+sung|thực\s+hiện"
                     r"|triển\s+khai|giao|yêu\s+cầu|đề\s+nghị|tổ\s+chức)(?!\w)")


# A province's tax office since 2025, named by its place: "của Thuế tỉnh Vĩnh Long", "Thuế thành phố Hà Nội".
_TAX_OFFICE = re.compile(r"Thuế[ \t]+(?P<level>tỉnh|thành[ \t]+phố)(?=[ \t]+[A-ZĐ" + UPPER[4:] + r"])")


def match_org(text: str, pos: int, ctx=None) -> tuple[str, int] | None:
    """An organization the issuer table does not know, written at ``pos``, as (name, end), or None."""
    tax = _TAX_OFFICE.match(text, pos)
    known = known_place(text, tax.end()) if tax else None
    if known:
        return f"Thuế {_level_of(known[0], tax.group('level'))[0]} {known[0]}", known[1]
    office = _OFFICE.match(text, pos)  # "Cục trưởng Cục Bảo vệ thực vật"
    pos = office.end() if office else pos
    h = _ORG_HEAD.match(text, pos)
    first = _ORG_WORD.match(text, h.end()) if h else None
    if not first or not (first.group("w")[0].isupper() or first.group("w") in ("giúp", "công")
                         or (h.group().casefold() == "công ty" and first.group("w") == "cổ")):  # "Công ty cổ phần ..."
        return None  # "Ban hành ...", "Ủy ban nhân dân ..." (the table's), but "Tổ giúp việc", "Tổ công tác"
    end, n = h.end(), 0
    while n < 9:
        inner = issuer_regex().match(text, _skip(text, end)) if n else None
        if inner and ("\n" in text[end:inner.start()] or (
                re.match(r"(?:Cục|Tổng cục|Chi cục|Vụ)\b", h.group()) and _fold(inner.group("name")).startswith("ủy ban"))):
            break  # a new line that starts another body (a table's next cell); a Cục is no Ủy ban's
        if inner and inner.group("name")[0].isupper():
            # a known body inside the name: "Tổ giúp việc Ban chỉ đạo Trung ương về ..."
            iss = match_issuer(text, inner.start(), ctx)
            if iss:
                name = re.sub(r"\s+", " ", text[pos:inner.start()]).strip() + " " + iss[0]
                return name, iss[1]
        w = _ORG_WORD.match(text, end)
        if not w or w.group("w").casefold() in _ORG_STOP or w.group("w")[0].isdigit():
            break
        if _ORG_END.match(text, w.start("w")):
            break
        if h.group().isupper() and not w.group("w").isupper() and w.group("w") not in "–-":
            break  # "CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc ...": a name in capitals ends in capitals
        end, n = w.end(), n + 1
    if n == 0:
        return None
    return re.sub(r"\s+", " ", text[pos:end]).strip(), end


def _skip(text: str, p: int) -> int:
    while p < len(text) and text[p] in " \t\n":
        p += 1
    return p


def _steering(text: str, pos: int, ctx) -> tuple[str, int]:
    """'Ban Chỉ đạo' and its description: "Ban Chỉ đạo Trung ương", "Ban Chỉ đạo phát triển khoa
    học, công nghệ, ... và đề án 06" (up to the title, the date or the clause end)."""
    rest = re.match(r"(?:[ \t\n]+(?!về\b|ngày\b|số\s*:?\s*\d|đã\b|ban\b|tại\b|theo\b|và\s+[A-ZĐ])[^\s;.:]+,?)*", text[pos:pos + 200])
    desc = rest.group(0) if rest else ""
    desc = desc.rstrip(",")
    name = "Ban Chỉ đạo" + re.sub(r"\s+", " ", desc)
    end = pos + len(desc)
    low = name.casefold()
    if ctx and not any(w in low for w in ("trung ương", "quốc gia", "tỉnh", "thành phố", "chính phủ")):
        name = f"{name} {ctx[0]} {ctx[1]}"
    return name, end


def issuer_from_symbol(number: str, ctx: tuple[str, str] | None = None, type_codes=frozenset()) -> str | None:
    """The issuer a symbol names: '942/QĐ-TTg' -> 'Thủ tướng Chính phủ', '45/2020/NĐ-CP' -> 'Chính phủ',
    '20/2023/QH15' -> 'Quốc hội', '211/BTC-TCDN' -> 'Bộ Tài chính', '12/SNNMT-KS' -> 'Sở Nông nghiệp và
    Môi trường tỉnh ...', '2001/QĐ-UBND' -> 'Ủy ban nhân
    dân tỉnh Điện Biên' (the place from ``ctx``), '328-KH/TU' -> 'Tỉnh ủy ...'. '57-NQ/TW' gives None:
    Ban Chấp hành Trung ương or Bộ Chính trị, only the text can say."""
    party = re.match(r"[\d.]+-([^/]+)/(.+)$", number)
    if party:
        codes = party.group(2).split("-")
    else:
        parts = number.split("/")
        if len(parts) < 2:
            return None
        codes = parts[-1].split("-")
        if len(codes) > 1 and re.sub(r"\d+$", "", codes[0]).upper() in type_codes:
            codes = codes[1:]
        elif len(codes) == 1 and re.sub(r"\d+$", "", codes[0]).upper() in type_codes - {"QH"}:
            return None
    names = []
    for c in codes:
        key = re.sub(r"\d+$", "", c).upper().replace("&", "")  # "BNN&MT" is "BNNMT"
        e = _by_code().get(key)
        if e is None:
            # a provincial department is coded like its ministry: "SNNMT" is the Sở of "BNNMT"
            ministry = _by_code().get("B" + key[1:]) if key.startswith("S") and len(key) > 2 else None
            if ministry and ministry["name"].startswith("Bộ "):
                names.append("Sở " + ministry["name"][3:] + (f" {ctx[0]} {ctx[1]}" if ctx else ""))
            break
        if e.get("local"):
            if e["name"] == "Tỉnh ủy":
                names.append(_local_name("Tỉnh ủy", None, None, ctx))
            elif e["name"] == "Ban Chỉ đạo":
                names.append(f"Ban Chỉ đạo {ctx[0]} {ctx[1]}" if ctx else "Ban Chỉ đạo")
            else:
                names.append(_local_name(e["name"], None, None, ctx))
        else:
            names.append(e["name"])
    if not names:
        return None
    return " và ".join(names)


def canonical_issuer(written: str, ctx: tuple[str, str] | None = None) -> str:
    """A written issuer in full: 'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh Điện Biên'."""
    r = match_issuer(written.strip(), 0, ctx)
    return r[0] if r else written.strip()


__all__ = ["CITIES", "canonical_issuer", "issuer_from_symbol", "issuer_regex", "issuer_table", "match_issuer", "match_org",
           "province"]
