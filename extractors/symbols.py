"""Document numbers and symbols: canonical form, and the type a symbol implies.

"44 /2025/QĐ-TTg" -> "44/2025/QĐ-TTg"; "942/QD-TTg" -> "942/QĐ-TTg"; "06/QĐ-TTG" -> "06/QĐ-TTg";
"1626/QĐTTg" -> "1626/QĐ-TTg".
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Codes whose letters are not all upper case in the standard form.
_MIXED_CASE = {"TTG": "TTg", "TTR": "TTr", "CTR": "CTr", "QĐI": "QĐi", "QDI": "QĐi", "QYĐ": "QyĐ", "VPCP": "VPCP"}
# Type codes written without Đ ("QD" for "QĐ"): restore it.
# ("HD" stays: it is Hướng dẫn's own code; "HĐ" is a contract.)
_D_TO_DD = {"QD": "QĐ", "ND": "NĐ", "CD": "CĐ", "BCD": "BCĐ", "BCDTW": "BCĐTW", "DKT": "ĐKT",
            "HDND": "HĐND", "QDLT": "QĐLT", "TTLT": "TTLT", "VPDU": "VPĐU", "DU": "ĐU", "DA": "ĐA",
            "KHHD": "KHHĐ", "BGDDT": "BGDĐT", "BKHDT": "BKHĐT", "BLDTBXH": "BLĐTBXH", "CDSQG": "CĐSQG"}


@lru_cache(maxsize=1)
def _issuer_codes() -> frozenset[str]:
    issuers = json.loads(resources.files("extractors").joinpath("data/issuers.json").read_text("utf-8"))
    return frozenset(c.upper() for e in issuers for c in e["codes"])


def _canon_code(code: str) -> str:
    up = code.upper()
    glued = _unglue(up)
    if glued:
        return glued
    if up in _MIXED_CASE:
        return _MIXED_CASE[up]
    if up in _D_TO_DD:
        return _D_TO_DD[up]
    return up


def _unglue(up: str) -> str | None:
    """A type code glued to its issuer code, the hyphen lost: "QĐTTG" -> "QĐ-TTg", "NĐCP" -> "NĐ-CP"."""
    if up in _MIXED_CASE or up in _D_TO_DD or up in _type_codes() or up in _issuer_codes():
        return None
    for tc in sorted(_type_codes(), key=len, reverse=True):
        rest = up[len(tc):]
        if len(tc) >= 2 and up.startswith(tc) and rest in _issuer_codes():
            return _canon_code(tc) + "-" + _canon_code(rest)
    return None


@lru_cache(maxsize=65536)
def canonical_number(raw: str) -> str:
    """The standard written form of a document number/symbol: no spaces, Đ restored, standard case."""
    s = unicodedata.normalize("NFC", raw)
    s = re.sub(r"\s+", "", s).replace("–", "-").replace("—", "-")
    s = re.sub(r"/{2,}", "/", s).strip("/.,;:")
    s = re.sub(r"^(\d+)-((?:19|20)\d\d)/", r"\1/\2/", s)  # "19-2017/NQ-CP" -> "19/2017/NQ-CP"
    parts = re.split(r"([/-])", s)
    out = []
    codes = 0
    for p in parts:
        if p in "/-" or not p:
            out.append(p)
        elif re.fullmatch(r"[A-Za-zĐđ]+\d*", p) and not re.fullmatch(r"QH\d+", p, re.I):
            m = re.fullmatch(r"([A-Za-zĐđ]+)(\d*)", p)
            # only the type code may have its issuer glued on: after it, "CTUBND" (Chủ tịch UBND in
            # "144/2025/QĐ-CTUBND") is one issuer code, not Chỉ thị + UBND
            code = _canon_code(m.group(1)) if codes == 0 else _MIXED_CASE.get(m.group(1).upper()) or \
                _D_TO_DD.get(m.group(1).upper()) or m.group(1).upper()
            codes += 1
            out.append(code + m.group(2))
        else:
            out.append(p.upper() if re.fullmatch(r"[a-z]+\d+", p) else p)
    return "".join(out)


@lru_cache(maxsize=65536)
def number_key(raw: str) -> str:
    """A folded key for matching numbers however they are typed: '942/qd-ttg' == '942/QĐ-TTg'."""
    s = canonical_number(raw).casefold().replace("đ", "d")
    return s


@lru_cache(maxsize=65536)
def symbol_codes(number: str) -> tuple[str, ...]:
    """The letter codes of a symbol, digits dropped: '45/2020/NĐ-CP' -> ('NĐ', 'CP'),
    '57-NQ/TW' -> ('NQ', 'TW'), '20/2023/QH15' -> ('QH',)."""
    return tuple(re.sub(r"\d+[A-Z]?$", "", c) for c in re.split(r"[/:-]", number) if re.match(r"[A-Za-zĐđ]", c))


@lru_cache(maxsize=1)
def _type_codes() -> dict[str, str]:
    types = json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))
    out = {}
    for t in types:
        for c in [t["code"], *t.get("codes", [])]:
            if c:
                out[c.upper()] = t["name"]
    return out


def type_codes() -> frozenset[str]:
    """Every type code, upper case: 'QĐ', 'NĐ', 'KH', 'KHHĐ', ..."""
    return frozenset(_type_codes())


@lru_cache(maxsize=65536)
def type_from_symbol(number: str) -> str | None:
    """The type a symbol names: '942/QĐ-TTg' -> 'Quyết định', '20/2023/QH15' -> 'Luật',
    '57-NQ/TW' -> 'Nghị quyết', '211/BTC-TCDN' -> 'Công văn' (an issuer code where the type goes)."""
    codes = symbol_codes(number)
    if not codes:
        return None
    first = codes[0].upper()
    if first == "TT" and re.match(r"[\d.]+-", number):
        return "Thông tri"  # a Party document ("02-TT/TU"): TT is its Thông tri, not a Thông tư
    if first in _type_codes() and first != "QH":
        return _type_codes()[first]
    if first == "QH":
        return "Luật"
    if first == "UBTVQH":
        return "Nghị quyết"
    return "Công văn"
