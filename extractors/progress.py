"""Results to targets: what each reported result is measured against.

Pure functions over one text and its references and figures; the store side (``index/links.py``)
follows plans across documents.

1. ``source_plans``: the plan, programme or strategy the text says it carries out
   (``Thực hiện Quyết định số 942/QĐ-TTg ...``, ``Triển khai Kế hoạch số ...``, ``theo Nghị quyết ...``,
   ``Kế hoạch số 1332/KH-BCĐ ..., trong đó đề ra các mục tiêu``), linked to every result figure it covers.
2. ``match_target``: among a plan's target figures, the one a result reports on: most similar
   indicator, same unit, compatible scope and period.
3. ``in_document``: a result stated against the plan in the same sentence (``đạt 45,2% kế hoạch``,
   ``vượt 5% kế hoạch``) or a target and a result of the same indicator in one document
   (``phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)``).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from enum import Enum
from typing import Iterable, Sequence

from .models import Figure, Reference
from .resolve import fold, is_short_number

# Types whose documents set goals; other types qualify through a title naming one
# ("Quyết định ... phê duyệt Chiến lược phát triển Chính phủ điện tử").
PLAN_TYPES = frozenset({"Kế hoạch", "Chương trình", "Chiến lược", "Đề án", "Quy hoạch", "Nghị quyết", "Chỉ thị",
                        "Kết luận"})
_ADOPTS_PLAN = re.compile(r"\b(?:phê\s+duyệt|ban\s+hành)\s+(?:\S+\s+){0,2}?(?:kế\s+hoạch|chương\s+trình|chiến\s+lược|"
                          r"đề\s+án|quy\s+hoạch)\b", re.I)
# A cue just before the mention: "Thực hiện Quyết định số 942/QĐ-TTg", "triển khai thực hiện Nghị
# quyết số 57-NQ/TW", "kết quả thực hiện Kế hoạch số 176/KH-UBND", "theo Nghị quyết số 71/NQ-CP".
_CUE_BEFORE = re.compile(r"""(?:\b(?:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|theo|
    so\s+với|căn\s+cứ)) (?:\s+(?:nghiêm|tốt|có\s+hiệu\s+quả|đầy\s+đủ|thực\s+hiện|các\s+mục\s+tiêu\s+của|
    mục\s+tiêu\s+của|chỉ\s+tiêu\s+của|nhiệm\s+vụ\s+của))* \s*$""", re.I | re.X)
# A cue after it in the same sentence: "Kế hoạch số 1332/KH-BCĐ ..., trong đó đề ra các mục tiêu".
_CUE_AFTER = re.compile(r"\b(?:đề\s+ra|đặt\s+ra|xác\s+định)\s+(?:các\s+|những\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)", re.I)
_SENTENCE_END = re.compile(r"[.;!?\n]")
# Between a target and the result reported on it: "(đến nay mới đạt", ", đã giải ngân", "thực hiện được".
_RESULT_VERB = re.compile(r"\b(?:đạt|đã|mới|hiện\s+nay|đến\s+nay|thực\s+hiện\s+được|giải\s+ngân)\b", re.I)
_PART_OF = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm)\b", re.I)
# "đạt 45,2% kế hoạch", "bằng 98% kế hoạch năm", "vượt 5% kế hoạch", "so với kế hoạch": right after a figure.
_OF_PLAN = re.compile(r"^\s*(?:so\s+với\s+|của\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|KH)\b", re.I)
# A plan symbol inside a title: "thực hiện Nghị quyết số 57-NQ/TW", "sửa đổi ... Nghị quyết số 03/NQ-CP".
SYMBOL = r"\d+[a-z]?(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ0-9]+)*|\d+-[A-ZĐ]+/[A-ZĐ]+"
_IMPLEMENTS = re.compile(rf"\b(?:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá)\b[^.;]{{0,80}}?"
                         rf"(?:số\s+)?(?P<num>{SYMBOL})", re.I)
_AMENDS = re.compile(rf"\b(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|cập\s+nhật)\b[^.;]{{0,120}}?(?:số\s+)?(?P<num>{SYMBOL})",
                     re.I)

NORMATIVE_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch"})
_REPORTS_ON = re.compile(r"\b(?:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá|báo\s+cáo)\s+(?:\S+\s+){0,3}?"
                         r"(?:thực\s+hiện|triển\s+khai)", re.I)
MATCH_THRESHOLD = 0.35  # indicator similarity below which a target is not the one reported on
IN_DOCUMENT_THRESHOLD = 0.6  # within one text, figures of unrelated sentences share words more easily
NEAR_CHARS = 80  # a result this close after a target of the same unit, in one sentence, reports on it
NEAR_SCORE = 0.7


class Status(str, Enum):
    MET = "met"
    NOT_MET = "not met"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PlanLink:
    """A result figure reported under the plan a reference names."""

    figure_id: str
    ref_id: str
    cue: str  # "lead" (the document says so up front), "section" (nearest before), "cited" (most cited)
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class TargetLink:
    """A result figure matched to the target it reports on."""

    result_id: str
    target_id: str | None  # None when the result is stated as a share of the plan ("đạt 45,2% kế hoạch")
    status: str
    score: float
    target_value: float | None = None
    target_qualifier: str | None = None
    target_value_max: float | None = None
    target_period: str | None = None
    target_indicator: str | None = None
    result_value: float | None = None
    result_period: str | None = None
    how: str = "indicator"  # "indicator" or "share_of_plan"

    def to_dict(self) -> dict:
        return asdict(self)


def _is_plan(ref: Reference) -> bool:
    """A plan-type document, or a decision adopting one ("Quyết định ... phê duyệt Chiến lược ...");
    a law or decree is a legal basis, not a plan, whatever its name ("Luật Quy hoạch đô thị")."""
    if ref.type in PLAN_TYPES:
        return True
    return ref.type in (None, "Quyết định") and bool(ref.title and _ADOPTS_PLAN.search(ref.title))


def _sentence_before(text: str, start: int, limit: int = 200) -> str:
    lo = max(0, start - limit)
    chunk = text[lo:start]
    ends = list(_SENTENCE_END.finditer(chunk))
    return chunk[ends[-1].end():] if ends else chunk


def _sentence_after(text: str, end: int, limit: int = 400) -> str:
    chunk = text[end:end + limit]
    m = _SENTENCE_END.search(chunk)
    return chunk[:m.start()] if m else chunk


def plan_references(text: str, refs: Sequence[Reference]) -> list[Reference]:
    """The references the text presents as the plan it carries out or that sets its goals."""
    out = []
    for r in refs:
        if not (r.number or r.title) or not _is_plan(r):
            continue
        before = _sentence_before(text, r.start)
        after = _sentence_after(text, r.end)
        if _CUE_BEFORE.search(before) or _CUE_AFTER.search(after):
            out.append(r)
    return out


def _lead_end(text: str) -> int:
    """Where the opening (a news lead, a document's header and preamble) ends: the first paragraph
    break after 200 characters, at most 1500 characters in."""
    m = re.compile(r"\n").search(text, 200)
    return min(m.start() if m else len(text), 1500)


def source_plans(text: str, refs: Sequence[Reference], figures: Sequence[Figure]) -> list[PlanLink]:
    """Every result figure linked to the plans it is reported under: the plans the opening names,
    the nearest plan named before it, or else the (at most three) plans the document cites most."""
    plans = plan_references(text, refs)
    lead_end = _lead_end(text)
    lead = [p for p in plans if p.start < lead_end]
    counts: dict[str, int] = {}
    first: dict[str, Reference] = {}
    for r in refs:
        if r.number and not is_short_number(r.number) and _is_plan(r):
            counts[r.number] = counts.get(r.number, 0) + 1
            first.setdefault(r.number, r)
    cited = [first[n] for n, c in sorted(counts.items(), key=lambda t: (-t[1], first[t[0]].start))][:3]
    out: list[PlanLink] = []
    for f in figures:
        if f.kind != "result":
            continue
        chosen: list[tuple[Reference, str, float]] = [(p, "lead", 0.9) for p in lead]
        before = [p for p in plans if p.end <= f.start and p.start >= lead_end]
        if before:
            chosen.append((before[-1], "section", 0.8))
        if not chosen:
            chosen = [(c, "cited", 0.5) for c in cited]
        seen = set()
        for p, cue, score in chosen:
            if p.id not in seen:
                seen.add(p.id)
                out.append(PlanLink(f.id, p.id, cue, score))
    return out


# -- targets ---------------------------------------------------------------------------------------

_IND_STOP = frozenset(fold(w) for w in ("của", "và", "các", "có", "được", "cho", "trên", "trong", "với", "đạt",
                                         "số", "lượng", "tổng", "đến", "năm", "người", "dân"))


def _words(s: str | None) -> list[str]:
    return [w.replace("ti", "ty") if w == "ti" else w for w in fold(s).split()]


def indicator_similarity(a: str | None, b: str | None) -> float:
    """How alike two indicators are (0..1): Dice of content syllables and of syllable pairs,
    accents folded, 'tỉ lệ' = 'tỷ lệ'."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    ua = {w for w in wa if w not in _IND_STOP}
    ub = {w for w in wb if w not in _IND_STOP}
    ba, bb = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    uni = 2 * len(ua & ub) / (len(ua) + len(ub)) if ua and ub else 0.0
    bi = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba and bb else 0.0
    score = 0.5 * uni + 0.5 * bi
    # A shared code of letters and digits names the thing measured on its own: "dịch vụ 5G" and
    # "phủ sóng 5G" are about the same network.
    if any(re.search(r"\d", w) and re.search(r"[a-z]", w) for w in ua & ub):
        score = max(score, 0.5)
    return round(score, 3)


def unit_key(unit: str | None) -> str:
    """'%', '% dân số', 'phần trăm' -> '%'; others folded ('Doanh nghiệp' -> 'doanh nghiep')."""
    u = (unit or "").strip()
    if u.startswith("%") or fold(u).startswith("phan tram"):
        return "%"
    return fold(u)


def _years(period: str | None) -> tuple[int, int] | None:
    ys = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", period or "")]
    return (min(ys), max(ys)) if ys else None


def compatible(result: Figure, target: Figure) -> bool:
    """Same unit; scopes equal when both are given; the result not later than the target's period."""
    if unit_key(result.unit) != unit_key(target.unit):
        return False
    if result.scope and target.scope and fold(result.scope) != fold(target.scope):
        return False
    ry, ty = _years(result.period), _years(target.period)
    return not (ry and ty and ry[0] > ty[1])


# Units where a smaller number is better (a rank: "≤ 3 Đông Nam Á").
_LOWER_IS_BETTER = {"hang", "thu bac", "thu hang", "vi tri"}


def status(result_value: float, target: Figure) -> Status:
    """Whether a result reaches a target. A target stated as a plain number is a level to reach
    (at least it; at most it for ranks); a range is met from its low end."""
    q = target.qualifier
    lower_better = unit_key(target.unit) in _LOWER_IS_BETTER
    if q in ("<", "<=") or (q in ("=", "~") and lower_better):
        ok = result_value < target.value if q == "<" else result_value <= target.value
    elif q == ">":
        ok = result_value > target.value
    elif q in (">=", "=", "~", "range"):
        ok = result_value >= target.value
    else:
        return Status.UNKNOWN
    return Status.MET if ok else Status.NOT_MET


CONTEXT_WEIGHT = 0.8  # the clause around a result counts a little less than its own indicator


def clause_before(text: str, figure: Figure, limit: int = 160) -> str:
    """The words that lead to a figure, from the last sentence break before it, at most ``limit``
    characters ("doanh nghiệp viễn thông phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm
    2025 (đến nay mới ")."""
    chunk = text[max(0, figure.start - limit):figure.start]
    breaks = list(re.finditer(r"[.;!?]\s|\n", chunk))
    return chunk[breaks[-1].end():] if breaks else chunk


def match_target(result: Figure, targets: Iterable[Figure], context: str | None = None
                 ) -> tuple[Figure, float] | None:
    """The target ``result`` reports on: the compatible one with the most similar indicator (or,
    slightly discounted, the most similar to the clause ``context`` the result stands in, for when
    the indicator came out short), when similar enough; ties go to the earlier target."""
    best: tuple[Figure, float] | None = None
    for t in targets:
        if t.kind != "target" or not compatible(result, t):
            continue
        s = indicator_similarity(result.indicator, t.indicator)
        if context:
            s = max(s, CONTEXT_WEIGHT * indicator_similarity(context, t.indicator))
        if result.scope and t.scope:
            s = min(1.0, s + 0.05)
        if s >= MATCH_THRESHOLD and (best is None or s > best[1]):
            best = (t, s)
    return best


def target_link(result: Figure, target: Figure, score: float) -> TargetLink:
    return TargetLink(result.id, target.id, status(result.value, target).value, round(score, 3), target.value,
                      target.qualifier, target.value_max, target.period, target.indicator, result.value,
                      result.period)


def in_document(text: str, figures: Sequence[Figure], doc_type: str | None = None) -> list[TargetLink]:
    """Results measured against a plan inside one document: a share of the plan stated with the
    result (``đạt 45,2% kế hoạch``), a target stated just before it in the same sentence, or a
    target of the same indicator elsewhere in the text (not in laws and decrees, whose deadlines
    and thresholds are rules, not goals)."""
    out: list[TargetLink] = []
    targets = [f for f in figures if f.kind == "target" and _content_words(f.indicator) >= 3] \
        if doc_type not in NORMATIVE_TYPES else []
    for f in figures:
        if f.kind != "result":
            continue
        if unit_key(f.unit) == "%" and _OF_PLAN.match(text[f.end:f.end + 30]):
            before = fold(text[max(0, f.start - 12):f.start])
            overrun = bool(re.search(r"\bvuot\b", before + " " + fold(f.text)))
            met = overrun or f.value >= 100
            out.append(TargetLink(f.id, None, (Status.MET if met else Status.NOT_MET).value, 1.0, 100.0, ">=",
                                  None, f.period, f.indicator, f.value, f.period, "share_of_plan"))
            continue
        near = _target_just_before(text, f, figures)
        if near is not None:
            out.append(target_link(f, near, NEAR_SCORE))
            continue
        m = match_target(f, [t for t in targets if t.start != f.start])
        if m and m[1] >= IN_DOCUMENT_THRESHOLD and _content_words(f.indicator) >= 3:
            out.append(target_link(f, m[0], m[1]))
    return out


def _content_words(s: str | None) -> int:
    return sum(1 for w in _words(s) if w not in _IND_STOP)


def _target_just_before(text: str, result: Figure, figures: Sequence[Figure]) -> Figure | None:
    """The target stated right before a result, in the same sentence, with the same unit and no
    figure between: "phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)",
    "kế hoạch giao 120 tỷ đồng, đã giải ngân 54 tỷ đồng"."""
    prev = [g for g in figures if g.end <= result.start]
    if not prev:
        return None
    t = prev[-1]
    if t.kind != "target" or unit_key(t.unit) != unit_key(result.unit) or result.start - t.end > NEAR_CHARS:
        return None
    between = text[t.end:result.start].replace("\n", " ")
    if _SENTENCE_END.search(between) or not _RESULT_VERB.search(between) or _PART_OF.search(between):
        return None
    return t


def plan_targets(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """The targets of a plan document: its ``target`` figures, the values of its chỉ tiêu table
    rows whatever kind the row got (a programme's table often heads the value column "Kết quả",
    the result to reach: ``| 31 | Tỷ lệ dân số trưởng thành có chữ ký ... | % | ≥ 70 |``), and the
    rows of a chỉ tiêu table as ``table_targets`` reads them."""
    rows = table_targets(text)
    read = [(t.start, t.end) for t in rows]
    out = list(rows)  # a row read whole knows its column's unit and its heading's period: it wins
    for f in figures:
        if any(a < f.end and f.start < b for a, b in read):
            continue
        if f.kind == "target":
            out.append(f)
        elif f.kind == "result" and text:
            line_start = text.rfind("\n", 0, f.start) + 1
            if text[line_start:f.start].lstrip().startswith("|"):
                out.append(replace(f, kind="target"))
    return sorted(out, key=lambda f: f.start)


# A chỉ tiêu cell: "≥ 70", ">= 30", "> 0,7", "≤ 3 Đông Nam Á", "40 - 50", "20% - 50%", "09", "100%".
_CELL_VALUE = re.compile(r"""^(?P<q>≥|>=|>|≤|<=|<|khoảng\s+|tối\s+thiểu\s+|ít\s+nhất\s+)?\s*
    (?P<v>\d+(?:[.,]\d+)?)\s*%?(?:\s*[-–]\s*(?P<max>\d+(?:[.,]\d+)?)\s*%?)?(?:\s|$|;)""", re.X | re.I)
_CELL_Q = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<", "khoảng": "~", "tối thiểu": ">=",
           "ít nhất": ">="}
# A heading row of the table: "| I | Đến năm 2030 |", "| II| Đến năm 2045 |".
_TABLE_PERIOD = re.compile(r"^\|\s*[IVX]+\.?\s*\|\s*(?:Đến|Tới)\s+năm\s+(?P<y>\d{4})", re.I)


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def table_targets(text: str) -> list[Figure]:
    """Targets read from a chỉ tiêu table flattened to ``| ... |`` rows: a header row naming
    "Chỉ tiêu" and "Đơn vị" columns, then rows whose value cell (the one after the unit) is a
    number with its qualifier. The period comes from heading rows ("| I | Đến năm 2030 |").
    Ids are "t" and the row's number ("t23.4")."""
    out: list[Figure] = []
    cols = None
    period = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.lstrip().startswith("|"):
            cols = None if line.strip() else cols
            continue
        cells = line.strip().strip("|").split("|")
        names = [fold(c) for c in cells]
        if "chi tieu" in names and "don vi" in names:
            ind, unit = names.index("chi tieu"), names.index("don vi")
            cols = (ind, unit, unit + 1)
            period = None
            continue
        if cols is None:
            continue
        m = _TABLE_PERIOD.match(line.strip())
        if m:
            period = m.group("y")
            continue
        ind, unit, val = cols
        if len(cells) <= val or not cells[unit].strip():
            continue
        raw = cells[val]
        v = _CELL_VALUE.match(raw.strip())
        if not v:
            continue
        lead = len(raw) - len(raw.lstrip())
        cell_start = start + line.index("|") + 1 + sum(len(c) + 1 for c in cells[:val]) + lead
        vs = cell_start + v.start()
        ve = cell_start + len(v.group(0).rstrip(" ;"))
        q = _CELL_Q.get(re.sub(r"\s+", " ", (v.group("q") or "").strip().lower()), "=")
        row_id = cells[0].strip().rstrip(".") or str(len(out) + 1)
        out.append(Figure(vs, ve, text[vs:ve], _num(v.group("v")), cells[unit].strip(),
                          "range" if v.group("max") else q, _num(v.group("max")) if v.group("max") else None,
                          indicator=cells[ind].strip() or None, period=period, kind="target", id=f"t{row_id}",
                          confidence=0.8))
    return out


def cited_plan_numbers(title: str | None) -> tuple[list[str], list[str]]:
    """Numbers a document's title says it implements, and numbers it amends:
    'Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ...' ->
    (['57-NQ/TW'], [])."""
    if not title:
        return [], []
    if _REPORTS_ON.search(title):
        return [], []  # "báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW" reports on the plan
    implements = [m.group("num") for m in _IMPLEMENTS.finditer(title)]
    amends = [m.group("num") for m in _AMENDS.finditer(title) if m.group("num") not in implements]
    return implements, amends


__all__ = ["MATCH_THRESHOLD", "PLAN_TYPES", "PlanLink", "Status", "TargetLink", "cited_plan_numbers", "plan_targets",
           "table_targets",
           "compatible", "in_document", "indicator_similarity", "match_target", "plan_references",
           "source_plans", "status", "target_link", "unit_key"]
