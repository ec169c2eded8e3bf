"""Read a document's identity from its header (gold/GUIDELINES.md, "Document metadata").

The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Annex I):
the issuer block top left, the national motto top right, ``Số: 2820/QĐ-UBND`` under the issuer,
``Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025`` under the motto, then the type line
(``QUYẾT ĐỊNH``) and the trích yếu (title). Readers put the two columns on shared lines joined by
`` | `` (docx tables, PDF columns) or one after the other (text dumps). A file with no such header is
a news article (line 1 is its title) unless it opens like an excerpt of a document (``3. ...``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from extractors.symbols import canonical_number

from .casing import _known_names, _names_in_title, sentence_case  # noqa: F401 (sentence_case re-exported)
from .document import Metadata
from .header_patterns import (MOTTO, MOTTO2, NUMBER, PLACE_DATE, _ANNEX, _ANNEXED, _BLOCK_CUT, _BODY_START,
                              _DRAFT, _EXCERPT_START, _LEGAL_LINE, _NOISE, _PART, _PLACE_DATE_DIGITS,
                              _PLACE_DATE_NO_COMMA, _PLACE_WORD, _POINT, _SEPARATOR, _TITLE_STOP, _V_OPEN,
                              _V_STOP, _fold)
from .org_names import (_ACRONYMS, _ADMIN, _ADMIN_FOLDED, _FIXED, _HEADS, _PARTY_COMMITTEES, _org_case,  # noqa: F401
                        _starts_with_head, restore_head, title_case_org, tone_fold)
from .signer import signer as _signer

HEADER_CHARS = 4000  # the header sits in the first few hundred characters; titles can wrap long
HEADER_LINES = 60


def _loose_place_date(region: str) -> re.Match | None:
    for pattern in (_PLACE_DATE_DIGITS, _PLACE_DATE_NO_COMMA):
        for m in pattern.finditer(region):
            if _place(m.group("before")) == m.group("before").strip():
                return m
    return None


@lru_cache(maxsize=1)
def _types() -> list[dict]:
    return json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _type_by_heading() -> dict[str, str]:
    out = {}
    for t in _types():
        for n in t["names"] + [t["name"]]:
            out[n.upper()] = t["name"]
    out["CÔNG VĂN"] = "Công văn"
    out.pop("VĂN BẢN", None)
    return out


@lru_cache(maxsize=1)
def _type_by_folded_heading() -> dict[str, str]:
    return {_fold(k): v for k, v in _type_by_heading().items()}


@lru_cache(maxsize=1)
def _type_by_code() -> dict[str, str]:
    out = {}
    for t in _types():
        for c in [t["code"]] + t.get("codes", []):
            if c:
                out[c.upper()] = t["name"]
    return out


def type_from_symbol(number: str) -> str | None:
    """The type a symbol names: '942/QĐ-TTg' -> 'Quyết định', '20/2023/QH15' -> 'Luật',
    '57-NQ/TW' -> 'Nghị quyết', '211/BTC-TCDN' -> 'Công văn' (an issuer code where the type goes)."""
    m = re.search(r"(?:^|/)(?:\d{4}/)?([A-ZĐa-zđ]+)(?:-|$)", number.split("/", 1)[1] if "/" in number else "")
    party = re.match(r"\d+-([A-ZĐa-zđ]+)/", number)
    code = (party.group(1) if party else m.group(1) if m else "").upper()
    if re.search(r"/QH\d+$", number) and not code:
        return "Luật"
    if code in _type_by_code():
        return _type_by_code()[code]
    if re.fullmatch(r"QH\d+", code):
        return "Luật"
    if code and "/" in number:
        return "Công văn"
    return None


def _restore_slash(raw: str) -> str:
    """OCR drops the slash between the number and a type code: '1105KH-ĐKT' -> '1105/KH-ĐKT'."""
    m = re.fullmatch(r"(\d+)([A-ZĐ]{2,4})(-.+)", raw)
    return f"{m.group(1)}/{m.group(2)}{m.group(3)}" if m and m.group(2) in _type_by_code() else raw


def _left_column(line: str) -> str:
    return line.split("|", 1)[0].strip()


def _head_wrapped(last: str, words: list[str]) -> bool:
    """A head of several words cut by a line end: 'CHỦ TỊCH ỦY / BAN NHÂN DÂN' ('ủy' + 'ban nhân dân')."""
    rest = " ".join(words)
    return any(h.split()[0] == last and (rest + " ").startswith(h.split(" ", 1)[1] + " ")
               for h in _HEADS if " " in h)


def _issuer_levels(lines: list[str]) -> list[str]:
    """The upper-case lines of the top-left block, grouped into bodies, top level first."""
    block: list[str] = []
    in_columns = False  # the block sat in the left column beside the motto's last line
    for i, line in enumerate(lines[:25]):
        left = _left_column(line)
        if not left or _SEPARATOR.match(left) or not any(c.isalpha() for c in left):
            continue  # blank, a rule, or OCR specks (")")
        if in_columns and "|" not in line and not re.search(r"(?:,|\bVÀ)$", block[-1]) \
                and not _starts_with_head(left.lower().split()):
            break  # a line across the page after the two columns: "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ"
        in_columns = in_columns or bool(block and "|" in line and MOTTO2.search(line.split("|", 1)[1]))
        # text beyond the block on the same line: underscores, "Số:", the motto
        m = _BLOCK_CUT.search(left)
        if m:
            left = left[:m.start()].strip(" -_")
        if not left:
            if m and m.group().startswith("S") or block and m and m.group()[:1] in "CcĐđ":
                break  # "Số: ..." or the motto: the block is over
            continue
        if not block and i < 5 and m is None and left.upper() != left and not PLACE_DATE.search(left) and (
                _NOISE.search(left) or len(left) < 20 and re.search(r"[\d()\[\]{}#]", left)):
            continue  # a line a website or a scanner put above the header ("@ Cơ quan phát hành: ...", "Tr0r4 )",
            # "TTPT(4, v)")
        if PLACE_DATE.search(left) or left.upper() != left or _type_of_heading(left) or not block and any(
                _type_of_heading(" ".join(left.split()[:k])) for k in (1, 2)):
            break  # no block, a document's name on top ("NGHỊ ĐỊNH THƯ / GIỮA CHÍNH PHỦ NƯỚC ...", a treaty)
        block.append(left)
        if m and m.group().startswith("S"):
            break
    levels: list[list[str]] = []
    for left in block:
        words = restore_head([_ACRONYMS.get(w, w) for w in left.lower().replace("uỷ", "ủy").split()])
        if levels and (not _starts_with_head(words) or _head_wrapped(levels[-1][-1], words)):
            levels[-1].extend(words)  # "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN", "ỦY BAN NHÂN / DÂN", "CHỦ TỊCH ỦY / BAN NHÂN DÂN"
        elif levels and " ".join(levels[-1]) in _HEADS:
            levels[-1].extend(words)  # a bare head wrapped: "THỦ TƯỚNG / CHÍNH PHỦ", "VĂN PHÒNG / CHÍNH PHỦ"
        else:
            levels.append(words)
    return [" ".join(lv) for lv in levels if lv]


def _joint_issuer(levels: list[str]) -> str:
    """The bodies of a joint document, each named in full: the block's lines run one after another
    ('ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHÍNH PHỦ - ĐOÀN CHỦ TỊCH / ỦY BAN TRUNG ƯƠNG / MẶT TRẬN TỔ QUỐC VIỆT NAM'),
    parted by hyphens and where a name written with fixed capitals ends ('... QUỐC HỘI / CHÍNH PHỦ')."""
    parts = []
    for part in re.split(r"\s+[-–]\s+", " ".join(levels)):
        while True:
            name = next((f for f in sorted(_FIXED, key=len, reverse=True)
                         if part.startswith(f + " ") and _starts_with_head(part[len(f) + 1:].split())), None)
            if name is None:
                break
            parts.append(name)
            part = part[len(name) + 1:]
        parts.append(part)
    return " - ".join(_org_case(p) for p in parts if p)


def _issuer(lines: list[str], joint: bool = False) -> str | None:
    levels = _issuer_levels(lines)
    if not levels:
        return None
    if joint:
        return _joint_issuer(levels)
    low = levels[-1]
    name = _org_case(low)
    if len(levels) > 1 and low in _PARTY_COMMITTEES and levels[-2].startswith("đảng bộ "):
        # "ĐẢNG BỘ TỈNH LÀO CAI / TỈNH ỦY" -> "Tỉnh ủy Lào Cai"
        return _org_case(f"{low} {re.sub(r'^đảng bộ (?:(?:tỉnh|thành phố|huyện|quận|thị xã) )?', '', levels[-2])}")
    if low.endswith(" thường trực") and _starts_with_head(low.split()):
        return "Thường trực " + _org_case(low[:-len(" thường trực")])  # "HĐND TỈNH ĐIỆN BIÊN / THƯỜNG TRỰC"
    if len(levels) > 1 and levels[-2].startswith(tuple(f"{c} " for c in _PARTY_COMMITTEES)) and \
            re.match(r"(?:ban|văn phòng|ủy ban kiểm tra)\b", low):
        return f"{_org_case(low)} {_org_case(levels[-2])}"  # "TỈNH ỦY LÀO CAI / BAN TUYÊN GIÁO"
    # "UBND TỈNH LÀO CAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": the Sở of that province, named in full; a Phòng of a district
    if len(levels) > 1 and not any(f" {a} " in f" {low} " for a in _ADMIN):
        parent = levels[-2]
        m = re.search(r"(?:ủy ban nhân dân|hội đồng nhân dân)\s+(.+)$", parent)
        if m and re.match(r"(?:sở|ban|văn phòng|thanh tra|chi cục|trung tâm|phòng)\b", low):
            name = _org_case(f"{low} {m.group(1)}")
        elif f"{parent} {low}" in _FIXED:
            name = _FIXED[f"{parent} {low}"]  # "ỦY BAN THƯỜNG VỤ / QUỐC HỘI"
        elif low in _HEADS:
            name = _org_case(f"{low} {parent}")  # a bare office under its body: "ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG"
    return name


def _authority_issuer(lines: list[str], type_idx: int) -> str | None:
    """For a file without the top-left block: the authority line under the title ('THỦ TƯỚNG CHÍNH PHỦ')."""
    for line in lines[type_idx + 1:type_idx + 15]:
        s = line.strip()
        if _BODY_START.match(s):
            break
        if s and s.upper() == s and _starts_with_head(s.lower().split()) and len(s) < 80:
            return _org_case(s)
    return None


# -- title ----------------------------------------------------------------------------------------

def _type_of_heading(line: str) -> str | None:
    s = re.sub(r"\s+", " ", line.strip().strip("*").strip()).rstrip(":")
    s = re.sub(r"\s*\(\s*(?:dự|DỰ|Dự)\s+(?:thảo|THẢO)\b[^()]*\)$", "", s)  # "QUYẾT ĐỊNH (Dự thảo lần 2)"
    if not s or s.upper() != s or len(s) > 40:
        return None
    # OCR: marks misread ('QUYÉT ĐỊNH') and specks of punctuation ('QUYẾT: ĐỊNH'); digits stay ('1. QUYẾT ĐỊNH')
    return _type_by_heading().get(s) or _type_by_folded_heading().get(" ".join(re.sub(r"[^\w\s]", " ", _fold(s)).split()))


def _is_authority(line: str) -> bool:
    """'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'QUỐC HỘI', 'BỘ TRƯỞNG BỘ Y TẾ' under the title."""
    s = line.strip().rstrip(":")
    if s.upper() != s:
        return False
    w = s.lower().split()
    return (_starts_with_head(w) or bool(re.match(r"(?:bộ trưởng|chủ tịch|tổng giám đốc|giám đốc|cục trưởng|"
                                                  r"chánh|thủ trưởng|ban thường vụ|ban chấp hành)\b", s.lower())))


def _title(lines: list[str], type_idx: int, body: str) -> str | None:
    parts: list[str] = []
    # up to 15 lines of text, blank lines between them not counted (vbpl.vn texts double every line break)
    for line in [ln for ln in lines[type_idx + 1:type_idx + 46] if ln.strip()][:15]:
        s = line.strip().strip("*").strip()
        cells = [c.strip() for c in s.split("|") if c.strip()]
        if "|" in s and len(cells) == 1:
            s = cells[0]  # a cell of a .docx table: "| Về việc phê duyệt kế hoạch |"
        if not s or _DRAFT.match(s):
            continue  # "(Dự thảo lần 2)" above or under the type line
        if parts and _ANNEXED.match(s):
            break  # "(Kèm theo Tờ trình số 12/TTr-SCT)": what comes with it, not its name
        if _TITLE_STOP.match(s) or s.startswith(("-", "+", "•")) or _SEPARATOR.match(s):
            if parts or not _SEPARATOR.match(s):
                break
            continue
        if parts and _is_authority(s) and not parts[-1].isupper():
            break
        if parts and s.isupper() and not parts[-1].isupper():
            break
        if parts and s.isupper() and _is_authority(s) and not re.search(r"\b(?:CỦA|VỀ|VÀ|TẠI)$", parts[-1]):
            break
        if parts and not s.isupper() and parts[-1].isupper():
            break
        if parts and not s[:1].islower() and not s[:1].isdigit() and not parts[-1].isupper() \
                and not re.search(r"[,\-–(]$|\b(?:và|của|về|tại|cho|các|số|đến|năm)$", parts[-1]):
            break  # a new paragraph, not a wrapped title line
        parts.append(s)
        if re.search(r"[.;:]$", s):
            break
    if not parts:
        return None
    title = " ".join(parts)
    title = re.sub(r"^(?:V/v|Về\s+việc\s*:)\s*:?\s*", "", title, flags=re.I)
    title = re.sub(r"\s*\((?:ban\s+hành\s+)?kèm\s+theo\b[^()]*\)?$", "", title, flags=re.I)  # "(Kèm theo Tờ trình ...)"
    # a Party resolution names its organ under the type line: "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / về ..."
    organ = re.match(r"CỦA(?:\s+(?![a-zđ])\w+)+\s+(?=\w)", title)
    if organ and organ.group().isupper() and title[organ.end()].islower():
        title = title[organ.end():]
    if sum(c.isupper() for c in title) > 0.6 * sum(c.isalpha() for c in title):
        title = _known_names(sentence_case(title, body))
    title = title.strip(" .;:")
    return title[:1].upper() + title[1:] if title else None


# -- the header -----------------------------------------------------------------------------------

def _place(before: str) -> str | None:
    """The place name that ends ``before`` (the text up to ', ngày'): 'Số: II /2026/QĐ-UBND Lào Cai' ->
    'Lào Cai'; 'Thành phố Hồ Chí Minh' stays whole."""
    toks = before.split()
    out: list[str] = []
    while toks:
        t = toks[-1]
        if _PLACE_WORD.match(t) and len(out) < 5:
            out.insert(0, toks.pop())
        elif t == "phố" and len(toks) > 1 and toks[-2] in ("Thành", "thành") and len(out) < 5:
            out.insert(0, toks.pop())
        elif t in ("-", "–") and out and len(toks) > 1 and _PLACE_WORD.match(toks[-2]):
            out.insert(0, toks.pop())
        else:
            break
    while out and out[0] in ("-", "–", "Phúc", "phúc"):
        out.pop(0)
    if not out:
        # OCR lost the capitals: "Tĩnh lào cai" -> "Lào Cai" (a place after an administrative word)
        words = before.split()
        for j in range(len(words) - 2, max(-1, len(words) - 7), -1):
            if _ADMIN_FOLDED.get(tone_fold(words[j])) and all(w.isalpha() for w in words[j + 1:]):
                return " ".join(w[:1].upper() + w[1:].lower() for w in words[j + 1:])
    return " ".join(out) or None


def _drafted(lines: list[str]) -> bool:
    """The opening lines of a text without a header read like a legal document, not like news."""
    s = [c.strip() for ln in lines for c in ln.split("|")]  # a column of a .docx or PDF: "... | Phụ lục II"
    return (any(_PART.match(x) or _ANNEX.match(x) or _LEGAL_LINE.match(x) for x in s)
            or sum(bool(_POINT.match(x)) for x in s) >= 2)


def _header_end(lines: list[str]) -> int:
    for i, line in enumerate(lines[:HEADER_LINES]):
        if _BODY_START.match(line.strip()):
            return i
    return min(len(lines), HEADER_LINES)


def _has_number_line(region: str) -> bool:
    """A 'Số:' line of any kind, a blank draft's included ('Số:      /BC-UBND')."""
    return bool(re.search(r"(?m)^\s*(?:\S.*\|\s*)?S[ốỐóÓôÔổỔ]\s*:", region))


def _header_at_top(lines: list[str], limit: int = 15) -> bool:
    """A header opens the text: the motto, the number or the type line within its first lines of text (in the
    corpus at most 11 in, after a scanner's specks). One further down belongs to an excerpt from the middle of a
    document: a citation at a line's start, a form annexed to it ('TÊN CƠ QUAN ... BÁO CÁO')."""
    top = [ln for ln in lines[:HEADER_LINES] if ln.strip()][:limit]
    return any(MOTTO.search(ln) or MOTTO2.search(ln) or NUMBER.search(ln) or _type_of_heading(ln) for ln in top)


def read_metadata(text: str) -> tuple[str, Metadata]:
    """The document's kind ('document' or 'news') and its header metadata."""
    head = text[:HEADER_CHARS]
    lines = head.split("\n")
    end = _header_end(lines)
    region = "\n".join(lines[:end])
    has_motto = bool(MOTTO.search(region) or MOTTO2.search(region))
    num_m = NUMBER.search(region)
    type_idx, type_name = -1, None
    for i, line in enumerate(lines[:end]):
        t = _type_of_heading(line)
        if t:
            type_idx, type_name = i, t
            break
    if type_name is None and (has_motto or num_m):
        # "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ": the type line and the title's first line in one; a Party
        # document's lower-case title joined to it ("KẾ HOẠCH thực hiện Nghị quyết số 57-NQ/TW")
        for i, line in enumerate(lines[:end]):
            s = line.strip()
            m = re.match(r"^([^\W\d_]+:?(?: [^\W\d_]+){0,3}) ([^\W\d_].*)$", s)  # "QUYẾT: ĐỊNH ..." (OCR)
            words = s.split()
            caps = next((j for j, w in enumerate(words) if w.upper() != w), len(words))
            if not m or "|" in s or _starts_with_head(s.lower().split()) or \
                    caps < len(words) and not (caps and words[caps][:1].islower()):
                continue
            # the title's part has two words at least: "NGHỊ ĐỊNH THƯ" (a treaty protocol) is no Nghị định
            for k in range(min(len(words) - 2, caps), 0, -1):
                head_words = " ".join(s.split()[:k])
                t = _type_of_heading(head_words)
                if t:
                    type_name, type_idx = t, i
                    lines = lines[:i] + [head_words, " ".join(s.split()[k:])] + lines[i + 1:]
                    break
            if type_name:
                break
    first = next((ln.strip() for ln in lines if ln.strip()), None)
    if not (has_motto or num_m or type_name) or not _header_at_top(lines):
        letters = [c for c in (first or "")[:200] if c.isalpha()]
        if first and (_EXCERPT_START.match(first) or len(letters) >= 4 and all(c.isupper() for c in letters)
                      or first[:1].islower() or first.startswith(("-", "+", "•", "*")) or first.endswith(";")
                      or " | " in first
                      or _drafted(lines[:HEADER_LINES])):
            # an excerpt of a document without its header, a document headed in capitals (an annex,
            # a technical regulation), or one laid out as a legal text: news headlines are written in
            # sentence case and news is not divided into I./II. parts and a), b) points; an excerpt cut
            # mid-sentence ('tượng dễ bị tổn thương.'), at a list's item ('- Hướng dẫn người dân ...',
            # '... Thành ủy;') or a table's row ('5 | Nhà máy điện gió Easin 1 | 100') opens as no headline does
            return "document", Metadata()
        return "news", Metadata(title=first)
    md = Metadata()
    if num_m and type_name:
        # "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT" above "Số: 1105/KH-ĐKT" under a KẾ HOẠCH: the number
        # whose symbol names the type heading is the document's own
        num_m = next((m for m in NUMBER.finditer(region) if re.match(r"S[ốóôổ]", m.group(0).lstrip(" \t|_-–—"), re.I)
                      and type_from_symbol(canonical_number(_restore_slash(m.group("num").strip()))) == type_name),
                     num_m)
    if num_m:
        raw = num_m.group("num").strip()
        lead = raw.split("/")[0].split("-")[0].strip()
        if lead and (re.search(r"\d", lead) or re.fullmatch(r"[IlO]{1,4}", lead)):
            md.number = canonical_number(_restore_slash(raw))
        # else: a draft with the number left blank
    elif type_name and not _has_number_line(region):
        # a consolidated text without its own number opens by naming the document it consolidates:
        # "THÔNG TƯ / QUY ĐỊNH THỦ TỤC ... / Thông tư số 43/2015/TT-BGTVT ngày 20 tháng 8 năm 2015 của Bộ trưởng ..."
        own = re.search(rf"(?m)^{re.escape(type_name)}\s+số\s+(\S+/\S+)\s+ngày\b", region)
        if own:
            md.number = canonical_number(own.group(1))
    # "V/v Chính sách thuế"; "Số: 5387/CT-CS v/v trả lời phản ánh kiến nghị" (a lower-case line joined to the number's);
    # "Về việc: triển khai ..." written out
    v_line = re.search(r"(?m)^\s*(?:\S.*\|\s*)?(?:S[ốóôổ]\b[^|\n]*?\s)?(?P<mark>[Vv]/[Vv]|Về\s+việc)\b\s*:?\s*(?P<t>[^|\n]+)", region)
    md.type = type_name
    if md.type is None and num_m and not (v_line and "/" in v_line.group("mark")):
        raw = num_m.group("num").strip()
        md.type = type_from_symbol(md.number or "0" + raw)  # "Về việc" under a "Số: 12/QĐ-UBND": a Quyết định
    if md.type is None and v_line:
        md.type = "Công văn"
    # the first date after a place: not one cited in a V/v title above it ('V/v ... Quyết định số 3103/QĐ-BTC,
    # ngày 05 tháng 9 năm 2025 ...')
    pd = next((m for m in PLACE_DATE.finditer(region) if _place(m.group("before"))), None) \
        or PLACE_DATE.search(region) or _loose_place_date(region)
    if pd:
        md.place = _place(pd.group("before"))
        d, mth, y = pd.group("d"), pd.group("m"), pd.group("y")
        if d and mth and 1 <= int(d) <= 31 and 1 <= int(mth) <= 12:
            md.date = f"{int(y):04d}-{int(mth):02d}-{int(d):02d}"
    # a joint document: its symbol's type code ends in LT (liên tịch) or LN (liên ngành): "NQLT-UBTVQH15-CP-..."
    joint = bool(md.number and re.search(r"/[A-ZĐ]+L[TN]-", md.number)) or "liên tịch" in (md.type or "")
    md.issuer = _issuer(lines[:max(end, 1)], joint)
    body = text[:200000]
    if type_idx >= 0:
        md.title = _title(lines, type_idx, body)
        if md.title:
            names = [md.place] + re.findall(r"(?:tỉnh|thành phố|Thành phố) (.+)$", md.issuer or "")
            md.title = _names_in_title(md.title, [n for n in names if n])
        if md.issuer is None and type_idx <= 1:
            md.issuer = _authority_issuer(lines, type_idx)
    elif v_line:
        t = v_line.group("t").strip()
        # the V/v line wraps: go on while the next lines are lower case continuations
        rest = head[v_line.end():].split("\n")[1:]
        blank_ok = True  # a blank line inside the title: a scan ('... thủ tục câp / (blank) / Giấy phép ...'), vbpl.vn
        for nxt in rest:
            n = _left_column(nxt) if "|" in nxt else nxt.strip()
            if not n and blank_ok:
                blank_ok = False
                continue
            if not n or PLACE_DATE.search(n):
                break
            # a capital goes on a title cut after a word that wants its object ('V/v triển khai thực hiện thủ
            # tục cấp / Giấy phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9')
            if not (n[:1].islower() or n.isupper() and len(n) < 12 or _V_OPEN.search(tone_fold(t)) and n[:1].isupper()
                    and not n.isupper() and len(n) < 150 and not _BODY_START.match(n) and not _V_STOP.match(n)):
                break
            t += " " + n
        # the place-and-date line joined to the title by line repair ('V/v ... ô tô, xe máy Hà Nội, ngày 20 tháng 11 năm 2025')
        joined = PLACE_DATE.search(t)
        if joined and not t[joined.end():].strip(" *"):  # the date ends the line: not a date cited in the title
            before = joined.group("before")
            place = _place(before)
            if place and before.endswith(place):
                t = before[:len(before) - len(place)]
        md.title = t.strip(" .;") or None
    md.signer = _signer(text)
    return "document", md
