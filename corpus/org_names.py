"""Issuer names in their written capitals (Nghị định 30/2020/NĐ-CP, Annex II): 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN'
-> 'Ủy ban nhân dân tỉnh Nghệ An', and the words that open the name of a body."""
from __future__ import annotations

import re
import unicodedata

# Names written with fixed capitals (Nghị định 30/2020/NĐ-CP, Annex II, "Viết hoa tên cơ quan, tổ chức").
_FIXED = {
    "quốc hội": "Quốc hội", "chính phủ": "Chính phủ", "thủ tướng chính phủ": "Thủ tướng Chính phủ",
    "văn phòng chính phủ": "Văn phòng Chính phủ", "chủ tịch nước": "Chủ tịch nước",
    "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội", "bộ công thương": "Bộ Công Thương",
    "ngân hàng nhà nước việt nam": "Ngân hàng Nhà nước Việt Nam", "ngân hàng nhà nước": "Ngân hàng Nhà nước",
    "kiểm toán nhà nước": "Kiểm toán Nhà nước", "tòa án nhân dân tối cao": "Tòa án nhân dân tối cao",
    "viện kiểm sát nhân dân tối cao": "Viện kiểm sát nhân dân tối cao", "bộ chính trị": "Bộ Chính trị",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương", "ban bí thư": "Ban Bí thư",
    "văn phòng quốc hội": "Văn phòng Quốc hội", "văn phòng chủ tịch nước": "Văn phòng Chủ tịch nước",
    "kho bạc nhà nước": "Kho bạc Nhà nước", "thanh tra chính phủ": "Thanh tra Chính phủ",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "ủy ban trung ương mặt trận tổ quốc việt nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
}
# Proper nouns that keep their capitals inside a longer name ("Sở Công Thương", "Ban Chỉ đạo Trung ương").
_PROPER = {"chính phủ": "Chính phủ", "quốc hội": "Quốc hội", "nhà nước": "Nhà nước", "việt nam": "Việt Nam",
           "trung ương": "Trung ương", "công thương": "Công Thương", "mặt trận tổ quốc": "Mặt trận Tổ quốc",
           "ủy ban trung ương": "Ủy ban Trung ương"}
# Words that open the name of a body: a new one in the issuer block is a lower level ("BỘ TÀI CHÍNH / CỤC THUẾ").
_HEADS = ("ủy ban nhân dân", "hội đồng nhân dân", "ủy ban", "hội đồng", "tổng cục", "chi cục", "bộ", "sở",
          "cục", "vụ", "văn phòng", "ban", "thanh tra", "trung tâm", "viện", "phòng", "thuế", "kho bạc",
          "tòa án", "đoàn", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "công an",
          "bộ chỉ huy", "ngân hàng", "kiểm toán", "thủ tướng", "chủ tịch", "quốc hội", "chính phủ", "đại học", "trường", "học viện",
          "tập đoàn", "tổng công ty", "công ty")
# A Party committee is named by its place alone: "Tỉnh ủy Lào Cai", "Thành ủy Hà Nội".
_PARTY_COMMITTEES = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
_ADMIN = ("thành phố", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn")
_ACRONYMS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "tp.": "thành phố", "tp": "thành phố"}


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng


def tone_fold(s: str) -> str:
    """Lower case without tone marks, keeping the letters (â, ă, ê, ô, ơ, ư, đ): OCR misreads tones most
    ('TÍNH' for 'TỈNH'), while 'quản' and 'quận' stay apart."""
    s = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in s if c not in _TONES))


_ADMIN_FOLDED = {tone_fold(a): a for a in _ADMIN}
# After these the next word is the administrative unit, whatever OCR made of its tone ("ỦY BAN NHÂN DÂN / TÍNH LÀO CAI")
_UNIT_FOLLOWS = ("ủy ban nhân dân", "hội đồng nhân dân")


def _bare(s: str) -> str:
    """Lower case without any mark, đ as d: OCR misreads tones and hats alike ('BỌ' for 'BỘ', 'SỚ' for 'SỞ')."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


_HEAD_BY_BARE = {_bare(h): h for h in _HEADS}
_ADMIN_BARE = {_bare(a): a for a in _ADMIN}
_FIXED_BY_BARE = {_bare(k): v for k, v in _FIXED.items()}


def restore_head(words: list[str]) -> list[str]:
    """The words of an issuer line with the head OCR misread written right: ['sớ', 'nông', ...] -> ['sở', 'nông', ...],
    ['thú', 'tướng', 'chính', 'phú'] -> ['thủ', 'tướng', 'chính', 'phủ'] (a name written with fixed capitals)."""
    whole = _FIXED_BY_BARE.get(_bare(" ".join(words)))
    if whole:
        return whole.lower().split()
    bare = [_bare(w) for w in words]
    for bh in sorted(_HEAD_BY_BARE, key=len, reverse=True):
        n = bh.count(" ") + 1
        if bare[:n] == bh.split():
            return _HEAD_BY_BARE[bh].split() + words[n:]
    return words


def _starts_with_head(words: list[str]) -> bool:
    s = " ".join(words)
    return any(s == h or s.startswith(h + " ") for h in _HEADS)


def _title_place(words: list[str]) -> list[str]:
    return [w[:1].upper() + w[1:] for w in words]


def _org_case(name: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' -> 'Ủy ban nhân dân tỉnh Nghệ An'; 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' ->
    'Sở Nông nghiệp và Môi trường'; 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH' -> 'Bộ Văn hóa, Thể thao và Du lịch'."""
    # the old placing of the tone ("uỷ", "hoá") made new, in a syllable's end only: "khoáng" stays
    low = re.sub(r"\s+", " ", re.sub(r"hoá\b", "hóa", name.lower().replace("uỷ", "ủy"))).strip(" -_.,")
    words = [_ACRONYMS.get(w, w) for w in low.split()]
    low = " ".join(words)
    if low in _FIXED:
        return _FIXED[low]
    # joint issuers "BỘ TƯ PHÁP - BỘ CÔNG AN - ...": each part on its own
    parts = re.split(r"\s+[-–]\s+", low)
    if len(parts) > 1 and all(_starts_with_head(p.split()) for p in parts):
        return " - ".join(_org_case(p) for p in parts)
    words = low.split()
    # the place after an administrative word is a proper name: "tỉnh Nghệ An", "Thành phố Hồ Chí Minh"
    for i, w in enumerate(words):
        two = " ".join(words[i:i + 2])
        unit = next((a for a in _ADMIN if two == a or w == a), None) if two != "xã hội" else None
        if unit is None and " ".join(words[:i]).endswith(_UNIT_FOLLOWS):
            unit = _ADMIN_BARE.get(_bare(two)) or _ADMIN_BARE.get(_bare(w))  # "TÍNH", "THÀNH PHÓ" (OCR)
        if unit and i > 0 and i + len(unit.split()) < len(words):
            n = len(unit.split())
            place = words[i + n:]
            head = _org_case(" ".join(words[:i]))
            unit_text = unit
            if unit == "thành phố" and place == ["hồ", "chí", "minh"]:
                unit_text = "Thành phố"
            return f"{head} {unit_text} {' '.join(_title_place(place))}"
    head = next((h for h in sorted(_HEADS, key=len, reverse=True)
                 if low == h or low.startswith(h + " ")), None)
    if head is None:
        return low[:1].upper() + low[1:]
    rest = low[len(head):].strip()
    out = head[:1].upper() + head[1:]
    if rest and head in _PARTY_COMMITTEES:
        return f"{out} {' '.join(_title_place(rest.split()))}"  # "TỈNH ỦY ĐIỆN BIÊN" -> "Tỉnh ủy Điện Biên"
    if rest:
        # each field of the name starts with a capital: "Khoa học và Công nghệ", "Lao động - Thương binh và Xã hội"
        fields = re.split(r"(\s+và\s+|,\s+|\s+[-–]\s+)", rest)
        rest = "".join(f if re.fullmatch(r"\s+và\s+|,\s+|\s+[-–]\s+", f) else f[:1].upper() + f[1:] for f in fields)
        for k, v in _PROPER.items():
            rest = re.sub(rf"(?i)\b{k}\b", v, rest)
        out += " " + rest
    return out


def title_case_org(words: str) -> str:
    """Kept for callers of the skeleton: the issuer name in its written capitals."""
    return _org_case(words)
