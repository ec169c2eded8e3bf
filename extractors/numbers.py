"""Vietnamese numbers: digits with Vietnamese separators, magnitude words, numbers in words.

``.`` groups thousands and ``,`` marks decimals (``3.900`` = 3900, ``53,5`` = 53.5, ``1.497.360``);
where ``.`` cannot group thousands (``0.4944``, ``3.14``) it is a decimal point. Magnitude words
(``nghìn``, ``triệu``, ``tỷ``) multiply, and multiply each other (``15 nghìn tỷ`` = 1.5e13).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# "1.497.360", "304.219,4", "3.900": dots that group thousands (1-3 digits, then groups of exactly 3)
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# "53,5", "100,12", "98"
_COMMA_DECIMAL = re.compile(r"\d+(?:,\d+)?")
# "0.4944", "3.14": a dot that cannot group thousands is a decimal point
_DOT_DECIMAL = re.compile(r"\d+\.\d+")


def parse_number(raw: str) -> float:
    """The value of a number written the Vietnamese way; ``ValueError`` when it is not one.

    >>> parse_number("3.900"), parse_number("53,5"), parse_number("1.497.360"), parse_number("0.4944")
    (3900.0, 53.5, 1497360.0, 0.4944)
    """
    s = raw.strip().replace(" ", "")
    if _GROUPED.fullmatch(s) and not s.startswith("0"):
        return float(s.replace(".", "").replace(",", "."))
    if _COMMA_DECIMAL.fullmatch(s):
        return float(s.replace(",", "."))
    if _DOT_DECIMAL.fullmatch(s):
        return float(s)
    raise ValueError(f"not a Vietnamese number: {raw!r}")


@lru_cache(maxsize=1)
def magnitudes() -> dict[str, float]:
    """Magnitude word (lower case, every variant) -> multiplier, from data/magnitudes.json."""
    entries = json.loads((DATA / "magnitudes.json").read_text(encoding="utf-8"))["entries"]
    out: dict[str, float] = {}
    for e in entries:
        for v in [e["name"], *e.get("variants", [])]:
            out[v.lower()] = float(e["multiplier"])
    return out


def magnitude_of(words: str) -> float:
    """The product of the magnitude words in ``words`` (``"nghìn tỷ"`` -> 1e12); 1 when none."""
    table = magnitudes()
    m = 1.0
    for w in words.lower().split():
        m *= table.get(w, 1.0)
    return m


# Numbers in words, as written in legal texts before the digits: "ba mươi (30) ngày".
_UNITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
          "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10}
_MULT = {"mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000,
         "tỉ": 1_000_000_000}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_MULT) | {"linh", "lẻ"}


def parse_number_words(words: str) -> int:
    """The value of a number in Vietnamese words: ``"ba mươi"`` -> 30, ``"mười lăm"`` -> 15,
    ``"một trăm linh năm"`` -> 105. ``ValueError`` when a word is not a number word."""
    toks = words.lower().split()
    if not toks or any(t not in NUMBER_WORDS for t in toks):
        raise ValueError(f"not a number in words: {words!r}")
    total, current = 0, 0
    for t in toks:
        if t in ("linh", "lẻ"):
            continue
        if t in _UNITS:
            current += _UNITS[t]
        elif t == "mươi":
            current = (current or 1) * 10
        elif t == "trăm":
            current = (current or 1) * 100
        else:  # nghìn, triệu, tỷ close a group
            total = (total + (current or 1)) * _MULT[t]
            current = 0
    return total + current


# Ordinal words of ranks: "đứng thứ hai" -> 2.
ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                 "tám": 8, "chín": 9, "mười": 10}


def compound_duration(parts: list[tuple[float, str]]) -> float:
    """A duration written in several units, valued in its first: [(21,'giờ'),(34,'phút')] -> 21.566..."""
    seconds = {"năm": 365 * 86400, "tháng": 30 * 86400, "tuần": 7 * 86400, "ngày": 86400, "giờ": 3600,
               "h": 3600, "phút": 60, "giây": 1}
    first = seconds[parts[0][1]]
    return sum(v * seconds[u] for v, u in parts) / first
