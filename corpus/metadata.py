"""Read a document's identity from its header (gold/GUIDELINES.md, "Document metadata").

The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Annex I):
the issuer block top left, the national motto top right, ``Số: 2820/QĐ-UBND`` under the issuer,
``Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025`` under the motto, then the type line
(``QUYẾT ĐỊNH``) and the trích yếu (title). Readers may put the two columns on shared lines joined by
`` | `` (docx tables) or one after the other (text dumps, PDF columns).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from extractors.symbols import canonical_number

from .document import Metadata

HEADER_CHARS = 3000  # the header sits in the first few hundred characters; titles can wrap long
MOTTO = re.compile(r"C[ỘO]NG\s+H[ÒOÓ][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM", re.I)
MOTTO2 = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc\.?", re.I)
# "Số: 44 /2025/QĐ-TTg", "Số 363/2025/NĐ-CP", "Số:          /BC-UBND" (a blank number in a draft)
NUMBER = re.compile(r"(?m)(?:^|\|\s*)Số\s*:?[ \t]*(?P<num>[0-9A-Za-zĐđ.]*[ \t]*(?:/+[ \t]*[0-9A-Za-zĐđ.-]+)+)")
PARTY_NUMBER = re.compile(r"(?m)(?:^|\|\s*)Số\s*:?[ \t]*(?P<num>\d+[ \t]*-[ \t]*[A-ZĐ]+/[A-ZĐ]+)")
# "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025"; "Hà Nội, ngày 29 tháng 6 năm 2026"
PLACE_DATE = re.compile(
    r"(?:^|\|)[ \t]*(?P<place>[A-ZĐÀ-Ỹ][^\n|,]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2}|\.+|…+)?\s*tháng\s+"
    r"(?P<m>\d{1,2}|\.+|…+)?\s*năm\s+(?P<y>\d{4})", re.M)

_LOWER_WORDS = {
    "ủy", "uỷ", "ban", "nhân", "dân", "hội", "đồng", "bộ", "tỉnh", "thành", "phố", "huyện", "xã",
    "phường", "quận", "thị", "sở", "văn", "phòng", "chính", "phủ", "và", "của", "tư", "pháp", "tài",
    "nguyên", "môi", "trường", "công", "thương", "nông", "nghiệp", "xây", "dựng", "y", "tế", "giáo",
    "dục", "đào", "tạo", "khoa", "học", "nghệ", "thông", "tin", "truyền", "nội", "vụ", "kế", "hoạch",
    "đầu", "cục", "tổng", "chi", "tổ", "chức", "thường", "trực", "chỉ", "đạo", "quốc", "phòng", "an",
    "ninh", "ngoại", "giao", "lao", "động", "binh", "xã", "hội", "văn", "hóa", "hoá", "thể", "thao",
    "du", "lịch", "giao", "vận", "tải", "ngân", "hàng", "nhà", "nước", "kiểm", "toán", "thanh", "tra",
    "trung", "ương", "đảng", "ủy", "uỷ", "đoàn", "hải", "quan", "thuế", "quản", "lý", "lực", "lượng",
    "cảnh", "sát", "hành", "trung", "tâm", "phục", "vụ", "chủ", "tịch", "thủ", "tướng", "đặc", "khu",
    "kinh", "tế", "môi", "trường", "dân", "tộc", "tôn", "giáo", "hóa", "chất", "điện", "lực", "năng",
    "lượng", "mỏ", "địa", "chất", "khoáng", "sản", "sinh", "thái", "bảo", "hiểm",
}
_ACRONYMS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TP": "Thành phố"}


@lru_cache(maxsize=1)
def _types() -> list[dict]:
    return json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _type_by_heading() -> dict[str, str]:
    out = {}
    for t in _types():
        for n in t["names"]:
            out[n.upper()] = t["name"]
    out["CÔNG VĂN"] = "Công văn"
    return out


@lru_cache(maxsize=1)
def _type_by_code() -> dict[str, str]:
    return {t["code"].upper(): t["name"] for t in _types() if t["code"]}


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


def title_case_org(words: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' -> 'Ủy ban nhân dân tỉnh Nghệ An'."""
    out = []
    after_place_word = False
    for i, w in enumerate(words.split()):
        if w in _ACRONYMS:
            out.append(_ACRONYMS[w] if i == 0 else _ACRONYMS[w].lower())
            continue
        lw = w.lower()
        if lw in _LOWER_WORDS and not after_place_word:
            out.append(lw.capitalize() if i == 0 else lw)
            after_place_word = lw in {"tỉnh", "phố", "huyện", "xã", "phường", "quận"}
        else:
            out.append(w if not w.isupper() or len(w) <= 1 else w.capitalize())
    s = " ".join(out)
    s = s.replace("Uỷ ban", "Ủy ban").replace("uỷ ban", "ủy ban")
    return s


def _left_column(line: str) -> str:
    return line.split("|", 1)[0].strip()


def _issuer(lines: list[str]) -> str | None:
    block: list[str] = []
    for line in lines:
        left = _left_column(line)
        if re.match(r"C[ỘO]NG\s+H[ÒOÓ][AÀ]", left, re.I):
            break
        if MOTTO.search(left):
            left = MOTTO.split(left, 1)[0].strip()
            if left:
                block.append(left)
            if block:
                break
            continue
        if re.match(r"^(Số|Số:|Độc lập)", left) or PLACE_DATE.search(left):
            break
        if not left or re.fullmatch(r"[-_=*.–—\s]+", left):
            if block and not left:
                continue
            continue
        if left.isupper() or left.upper() == left:
            block.append(re.sub(r"[-_]{2,}.*$", "", left).strip())
        elif block:
            break
    if not block:
        return None
    text = " ".join(block)
    text = re.sub(r"\s+", " ", text).strip(" -")
    # Two-level blocks ("BỘ TÀI CHÍNH / CỤC THUẾ"): the issuer is the lower level, named in full.
    return title_case_org(text) if text else None


def _title(lines: list[str], type_idx: int) -> str | None:
    parts: list[str] = []
    for line in lines[type_idx + 1:type_idx + 12]:
        s = line.strip()
        if not s:
            if parts:
                break
            continue
        if re.match(r"^(Căn cứ|Kính gửi|Theo|Thực hiện|Xét|Để|Điều|Chương|Phần|I\.|1\.)", s) or s.startswith("-"):
            break
        if re.fullmatch(r"[-_=*.–—\s]+", s):
            break
        if s.isupper() and parts and not parts[-1].isupper():
            break
        parts.append(s)
    if not parts:
        return None
    title = " ".join(parts)
    title = re.sub(r"^(V/v|Về việc)\s*:?\s*", "", title, flags=re.I) if title.lower().startswith("v/v") else title
    if title.isupper():
        title = _sentence_case(title)
    return title.strip(" .") or None


def _sentence_case(s: str) -> str:
    """'BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG' -> 'Ban hành kế hoạch triển khai
    quyết định số 06/QĐ-TTg' (numbers keep their canonical form)."""
    words = []
    for w in s.split():
        if re.search(r"\d", w) and "/" in w:
            words.append(canonical_number(w))
        else:
            words.append(w.lower())
    out = " ".join(words)
    return out[:1].upper() + out[1:]


_SIGNER = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
_SIGN_ROLE = re.compile(r"^(?:KT\.|TM\.|TL\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
                        r"THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH|TRƯỞNG|PHÓ TRƯỞNG|CHỦ NHIỆM|TỔNG BÍ THƯ|"
                        r"BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|\(Đã ký\)|\(đã ký\))")


def _signer(text: str) -> str | None:
    lines = text[-4000:].split("\n")
    seen_role = False
    for line in lines:
        s = _left_column(line[::-1])[::-1].strip() if "|" in line else line.strip()
        if _SIGN_ROLE.match(s) or "(Đã ký)" in s:
            seen_role = True
            continue
        if seen_role and _SIGNER.match(s):
            return s
    return None


def read_metadata(text: str) -> tuple[str, Metadata]:
    """The document's kind ('document' or 'news') and its header metadata."""
    head = text[:HEADER_CHARS]
    lines = head.split("\n")
    has_motto = bool(MOTTO.search(head) or MOTTO2.search(head))
    num_m = PARTY_NUMBER.search(head) or NUMBER.search(head)
    type_idx, type_name = -1, None
    headings = _type_by_heading()
    for i, line in enumerate(lines[:60]):
        s = re.sub(r"\s+", " ", line.strip().strip("*")).strip()
        if s in headings:
            type_idx, type_name = i, headings[s]
            break
    if not (has_motto or num_m or type_name):
        first = next((ln.strip() for ln in lines if ln.strip()), None)
        return "news", Metadata(title=first)
    md = Metadata()
    if num_m:
        raw = num_m.group("num").strip()
        if re.match(r"^\s*/", raw) or not re.search(r"\d", raw.split("/")[0]):
            md.number = None  # a draft with the number left blank
        else:
            md.number = canonical_number(raw)
    md.type = type_name
    if md.type is None and md.number:
        md.type = type_from_symbol(md.number)
    elif md.type is None and num_m:
        md.type = type_from_symbol("0" + num_m.group("num").strip())
    pd = PLACE_DATE.search(head)
    if pd:
        md.place = re.sub(r"\s+", " ", pd.group("place")).strip()
        d, mth, y = pd.group("d"), pd.group("m"), pd.group("y")
        if d and mth and d.isdigit() and mth.isdigit():
            md.date = f"{int(y):04d}-{int(mth):02d}-{int(d):02d}"
    md.issuer = _issuer(lines)
    if type_idx >= 0:
        md.title = _title(lines, type_idx)
    elif num_m:
        v = re.search(r"V/v\s*:?\s*(.+)", head)
        if v:
            md.title = v.group(1).split("|")[0].strip()
    md.signer = _signer(text)
    return "document", md
