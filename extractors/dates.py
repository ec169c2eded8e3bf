"""Issue dates of cited documents, as ``YYYY-MM-DD``.

"ngày 15/6/2021" -> "2021-06-15"; "ngày 15 tháng 6 năm 2021" -> "2021-06-15"; a year alone gives none.
"""
from __future__ import annotations

import datetime
import re

from .patterns import DATE_AFTER, DATE_BEFORE, DATE_BEFORE_AT


def iso_date(day: str | int, month: str | int, year: str | int) -> str | None:
    """'15', '6', '2021' -> '2021-06-15'; None when the date cannot exist ('31/2/2021')."""
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    if m.group("y1"):
        return iso_date(m.group("d1"), m.group("m1"), m.group("y1"))
    return iso_date(m.group("d2"), m.group("m2"), m.group("y2"))


def date_after(text: str, pos: int) -> tuple[str, int] | None:
    """The date written at ``pos`` (``ngày 15/6/2021``, ``, ngày 22/12/2024``) and where it ends."""
    m = DATE_AFTER.match(text, pos)
    if not m:
        return None
    d = _from_match(m)
    return (d, m.end()) if d else None


def date_before(text: str, pos: int, window: int = 140) -> str | None:
    """A date written just before a mention, in the same clause: "Ngày 29/7/2022, UBND tỉnh ban hành
    Kế hoạch số 176/KH-UBND" gives the Kế hoạch's date."""
    m = DATE_BEFORE.search(text[max(0, pos - window):pos])
    if not m or re.search(r"\d+/|ngày", m.group("between")):
        m = DATE_BEFORE_AT.search(text[max(0, pos - 60):pos])
        return _from_match(m) if m else None
    return _from_match(m)


def parse_date(s: str) -> str | None:
    """'ngày 15/6/2021' or '15 tháng 6 năm 2021' -> '2021-06-15'."""
    s = s.strip()
    if not s.lower().startswith("ngày"):
        s = "ngày " + s
    r = date_after(s, 0)
    return r[0] if r else None


__all__ = ["date_after", "date_before", "iso_date", "parse_date"]
