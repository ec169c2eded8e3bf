"""Figures of table rows flattened to ``| ... |`` lines (GUIDELINES "Figures").

A number alone in its cell (``80``, ``≥ 55``, ``100%``, ``40 - 50``) is a figure. Its unit comes from
the row's cell under a unit column (``Đơn vị``, ``ĐVT``: ``%``, ``% GDP``, ``Doanh nghiệp``,
``Thứ bậc``), else from any cell of the row that is a known unit, else its own ``%``; the indicator is
the row's longest text cell. The table's first row is its header: a column's name gives the figures
under it their kind and period (``Kế hoạch 2025``, ``Thực hiện 2025``). A later row with no number
that names a period (``| I | Đến năm 2030 |``) is a section: the rows under it refer to that period.
"""
from __future__ import annotations

import re

from .numbers import magnitudes, parse_number

_ROW = re.compile(r"^[ \t]*\|?(?:[^|\n]*\|){2,}[^|\n]*$", re.M)
# "80", "≥ 55", "tối thiểu 90%", "40 - 50", "16 - 18 %"
_CELL_NUMBER = re.compile(r"[ \t]*(?P<q>(?:trên|dưới|khoảng|tối\s+thiểu|tối\s+đa|ít\s+nhất|>=|<=|≥|≤|>|<)\s*)?"
                          r"(?P<n>\d+(?:[.,]\d+)*)[ \t]*(?P<pct>%)?"
                          r"(?:[ \t]*[-–][ \t]*(?P<n2>\d+(?:[.,]\d+)*)[ \t]*(?P<pct2>%)?)?[ \t]*$", re.I)
_CELL_NUMBER_HEAD = re.compile(_CELL_NUMBER.pattern.removesuffix(r"[ \t]*$"), re.I)  # words may follow
_CELL_Q = {"trên": ">", ">": ">", "dưới": "<", "<": "<", "khoảng": "~", "tối thiểu": ">=", "ít nhất": ">=",
           "≥": ">=", ">=": ">=", "tối đa": "<=", "≤": "<=", "<=": "<="}
# the header of the unit column: "Đơn vị", "Đơn vị tính", "ĐVT"
_UNIT_COLUMN = re.compile(r"(?:đơn\s+vị(?:\s+tính)?|đvt)\.?", re.I)
# a unit cell that names a rank: "Thứ bậc", "Thứ hạng", "Xếp hạng"
_RANK_UNIT = re.compile(r"(?:thứ\s+(?:bậc|hạng)|xếp\s+hạng|hạng)", re.I)
# the header of the column that names what is measured: "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung"
_INDICATOR_COLUMN = re.compile(r"(?:tên\s+)?(?:chỉ\s+tiêu|chỉ\s+số|nội\s+dung(?:\s+chỉ\s+tiêu)?)(?:\s+chủ\s+yếu)?", re.I)
# columns that name who answers for a row or add a remark, never what is measured
_NOT_INDICATOR_COLUMN = re.compile(r"chủ\s+trì|phối\s+hợp|cơ\s+quan|ghi\s+chú|thời\s+gian|thời\s+hạn", re.I)
# a section row's period: "Đến năm 2030", "Năm 2025", "Giai đoạn 2021 - 2025"
_SECTION_PERIOD = re.compile(r"(?:(?:đến|tới)\s+)?(?:năm|giai\s+đoạn)\s+(?P<p>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)", re.I)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    cells, pos = [], 0
    for part in line.split("|"):
        cells.append((offset + pos, offset + pos + len(part), part))
        pos += len(part) + 1
    return cells


# what may follow a number in its cell: the place it applies to ("≤ 3 Đông Nam Á; ≤ 50 Thế giới") or a
# remark that is not another quantity ("≥ 3% và tăng dần theo yêu cầu phát triển")
_CELL_REST = re.compile(r"[ \t]*(?:(?P<scope>(?-i:[" + "".join(
    ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha()) + r"])[^\d;|]{0,40})|(?:và|hoặc)\b[^\d;|]{0,80})$", re.I)


def _cell_parts(cell: str) -> list[tuple[int, re.Match, str | None]]:
    """(offset, number match, scope) of each quantity of a value cell: the whole cell ("≥ 55", "40 - 50")
    or its parts between ";" that each open with a number ("≤ 3 Đông Nam Á; ≤ 50 Thế giới")."""
    whole = _CELL_NUMBER.fullmatch(cell)
    if whole:
        return [(0, whole, None)]
    out = []
    for pm in re.finditer(r"[^;]+", cell):
        part = pm.group()
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        m = _CELL_NUMBER_HEAD.match(part)
        rest = _CELL_REST.fullmatch(part, m.end()) if m else None
        if rest is None:
            return []
        out.append((pm.start() + lead, m, rest.group("scope").strip() if rest.group("scope") else None))
    return out


def _unit_of(cell: str, table: dict) -> tuple[str, str, float] | None:
    """(unit, class, multiplier) of a unit cell: "%", "% GDP" -> %; "tỷ đồng" -> đồng x 1e9;
    "Thứ bậc" -> hạng; "Doanh nghiệp" -> doanh nghiệp."""
    low = re.sub(r"\s+", " ", cell.strip().lower())
    if not low or not re.search(r"[^\W\d_]|%", low):
        return None
    if low.startswith("%") or low.startswith("phần trăm"):
        return "%", "percent", 1.0
    if _RANK_UNIT.fullmatch(low):
        return "hạng", "rank", 1.0
    words = low.split()
    mult = 1.0
    while len(words) > 1 and words[0] in magnitudes():
        mult *= magnitudes()[words.pop(0)]
    rest = " ".join(words)
    if rest in table:
        name, cls = table[rest]
        return (name if cls != "count" else rest), cls, mult
    return rest, "count", mult


# a column's unit in brackets at the end of its header: "Công suất dự kiến (MW)", "Giai đoạn 2025 - 2030 (MW)"
_HEADER_UNIT = re.compile(r"\(([^()\d]{1,15})\)\s*$")


def _header_unit(header: list[str], i: int, table: dict) -> tuple[str, str, float] | None:
    """The unit of column ``i`` named in its header, when it is a known unit ("MW", "ha", "tỷ đồng", "%")."""
    hm = _HEADER_UNIT.search(header[i]) if i < len(header) else None
    u = _unit_of(hm.group(1), table) if hm else None
    if u is None or u[1] == "count" and u[0] not in table:
        return None
    return u


def table_candidates(text: str, units: tuple, make) -> list:
    """Candidates of the table rows of ``text``; ``units`` is figures' (pattern, table) of known units,
    ``make`` builds one candidate (figures.Candidate)."""
    _, table = units
    out = []
    header: list[str] = []
    section_period = None
    prev_end, table_start = -1, 0
    for m in _ROW.finditer(text):
        # a table starts after prose (blank lines alone do not part the rows of one table)
        first = prev_end < 0 or bool(text[prev_end:m.start()].strip())
        prev_end = m.end()
        cells = _cells(m.group(), m.start())
        while cells and not cells[0][2].strip():
            cells.pop(0)
        while cells and not cells[-1][2].strip():
            cells.pop()
        texts = [c[2].strip() for c in cells]
        if first:
            header, section_period, table_start = [], None, m.start()
        if len(texts) > 2 and texts == [str(k) for k in range(1, len(texts) + 1)]:
            continue  # the columns numbered under the header: "1 | 2 | 3 | 4 | 5 | 6 | 7"
        nums = [(i, off, n, scope) for i, t in enumerate(texts) if i > 0 for off, n, scope in _cell_parts(t)]
        nums = [x for x in nums if not re.fullmatch(r"(?:19|20)\d\d", x[2].group("n"))]
        if not nums:
            if any(re.search(r"[^\W\d_]", t) for t in texts):
                if not header:
                    header = texts
                else:
                    pm = _SECTION_PERIOD.search(" ".join(texts[:3]))
                    if pm and len(" ".join(texts)) < 80:
                        section_period = re.sub(r"\s*[-–]\s*", "-", pm.group("p"))
            continue
        unit, unit_at = None, next((i for i, h in enumerate(header) if _UNIT_COLUMN.fullmatch(h)), None)
        if unit_at is not None and unit_at < len(texts):
            unit = _unit_of(texts[unit_at], table)
        if unit is None:
            unit_at = next((i for i, t in enumerate(texts) if t.lower() in table
                            or t.lower().replace("tỷ ", "").replace("triệu ", "") in table), None)
            unit = _unit_of(texts[unit_at], table) if unit_at is not None else None
        words = [t for i, t in enumerate(texts) if re.search(r"[^\W\d_]{2,}", t) and i != unit_at
                 and not (i < len(header) and _NOT_INDICATOR_COLUMN.search(header[i]))]
        named = [texts[i] for i, h in enumerate(header) if i < len(texts) and _INDICATOR_COLUMN.fullmatch(h)
                 and re.search(r"[^\W\d_]{2,}", texts[i])]
        indicator = named[0] if named else max(words, key=len) if words else None
        for i, off, n, scope in nums:
            u = ("%", "percent", 1.0) if n.group("pct") or n.group("pct2") else unit or _header_unit(header, i, table)
            if not u:
                continue
            try:
                value = parse_number(n.group("n"))
                hi = parse_number(n.group("n2")) if n.group("n2") else None
            except ValueError:
                continue
            name, cls, mult = u
            start = cells[i][0] + len(cells[i][2]) - len(cells[i][2].lstrip()) + off
            end = start + len(n.group().rstrip())
            q = n.group("q")
            qual = _CELL_Q.get(re.sub(r"\s+", " ", q.strip().lower()), "=") if q else "="
            if hi is not None:
                qual = "range"
            c = make(start, end, start + n.start("n"), start + n.end("n"), value * mult, name, cls, qual, unit_end=end)
            if hi is not None:
                c.value_max = hi * mult
            c.indicator = indicator
            c.scope = scope
            c.extra["table"] = True
            c.extra["column"] = header[i] if i < len(header) else ""
            c.extra["section_period"] = section_period
            c.extra["table_start"] = table_start
            out.append(c)
    return out

