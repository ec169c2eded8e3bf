"""Document numbers and symbols: canonical form, and the type a symbol implies.

"44 /2025/QĐ-TTg" -> "44/2025/QĐ-TTg"; "942/QD-TTg" -> "942/QĐ-TTg"; "06/QĐ-TTG" -> "06/QĐ-TTg".
"""
from __future__ import annotations

import re
import unicodedata

# Codes whose letters are not all upper case in the standard form.
_MIXED_CASE = {"TTG": "TTg", "TTR": "TTr", "VPCP": "VPCP"}
# Type codes written without Đ ("QD" for "QĐ"): restore it.
_D_TO_DD = {"QD": "QĐ", "ND": "NĐ", "CD": "CĐ", "HD": "HĐ", "BCD": "BCĐ", "DKT": "ĐKT", "CDS": "CĐS",
            "HDND": "HĐND", "QDLT": "QĐLT", "TTLT": "TTLT", "VPDU": "VPĐU", "DU": "ĐU"}


def _canon_code(code: str) -> str:
    up = code.upper()
    if up in _MIXED_CASE:
        return _MIXED_CASE[up]
    if up in _D_TO_DD:
        return _D_TO_DD[up]
    return up


def canonical_number(raw: str) -> str:
    """The standard written form of a document number/symbol: no spaces, Đ restored, standard case."""
    s = unicodedata.normalize("NFC", raw)
    s = re.sub(r"\s+", "", s).replace("–", "-").replace("—", "-")
    s = re.sub(r"/{2,}", "/", s).strip("/.,;:")
    parts = re.split(r"([/-])", s)
    out = []
    for p in parts:
        if p in "/-" or not p:
            out.append(p)
        elif re.fullmatch(r"[A-Za-zĐđ]+\d*", p) and not re.fullmatch(r"QH\d+", p, re.I):
            m = re.fullmatch(r"([A-Za-zĐđ]+)(\d*)", p)
            out.append(_canon_code(m.group(1)) + m.group(2))
        else:
            out.append(p.upper() if re.fullmatch(r"[a-z]+\d+", p) else p)
    return "".join(out)


def number_key(raw: str) -> str:
    """A folded key for matching numbers however they are typed: '942/qd-ttg' == '942/QĐ-TTg'."""
    s = canonical_number(raw).casefold().replace("đ", "d")
    return s
