"""The words around a number, for ``figures.candidates``: the figure being built (``Candidate``), the
vocabularies of ``data/`` (units and counted nouns, qualifiers, magnitudes) and how they match before and
after a number ("trên 3.900 tài khoản", "319 VBQPPL", "khoảng hơn 9.700 tỷ đồng"), ranks ("xếp thứ 6"), and
counts written in words ("hai dự án", "gấp ba lần", "hơn một triệu lượt người").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import figure_patterns as P
from .numbers import ORDINAL_WORDS, magnitude_of, magnitudes, parse_number_words

DATA = Path(__file__).resolve().parent / "data"

_FROM_ON_AFTER = re.compile(r"[^\d,;.:\n]{0,40}?\s+trở\s+(lên|xuống)\b", re.I)


@dataclass
class Candidate:
    """A figure being built: mutable until ``find_figures`` freezes it into a ``Figure``."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str
    unit_class: str
    qualifier: str = "="
    value_max: float | None = None
    unit_end: int = 0  # end of the unit word(s): the counted noun phrase continues from here
    indicator: str | None = None
    scope: str | None = None
    period: str | None = None
    kind: str | None = None
    parent: int | None = None
    confidence: float = 1.0
    extra: dict = field(default_factory=dict)


# -- vocabularies ---------------------------------------------------------------------------------

def _load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["entries"]


@lru_cache(maxsize=1)
def _units() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """A regex of every unit variant (longest first) and variant (lower) -> (name, class)."""
    table: dict[str, tuple[str, str]] = {}
    for e in _load("units.json"):
        for v in [e["name"], *e.get("variants", [])]:
            table.setdefault(v.lower(), (e["name"], e["class"]))
    alts = sorted(table, key=len, reverse=True)
    glued = [v for v in alts if table[v][1] in ("percent", "measure", "duration") and v.isascii() or v == "%"]
    # an entry marked "as_written" is matched as written: "500 GT", "900 CV" ("gt", "cv" are no units)
    upper = {v.lower(): v for e in _load("units.json") if e.get("as_written") for v in [e["name"], *e.get("variants", [])]
             if v.isupper()}
    esc = lambda v: "(?-i:" + re.escape(upper[v]) + ")" if v in upper else re.escape(v)  # noqa: E731
    pat = re.compile(
        r"(?:[ \t]*(?P<g>" + "|".join(map(esc, glued)) + r")|[ \t]+(?P<w>" + "|".join(map(esc, alts)) + r"))"
        r"(?![\w²³])", re.I)
    return pat, table


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(before, after) lists of (variant, qualifier), longest variant first."""
    before, after = [], []
    for e in _load("qualifiers.json"):
        for v in [e["name"], *e.get("variants", [])]:
            (after if e["position"] == "after" else before).append((v, e["qualifier"]))
    key = lambda p: -len(p[0])  # noqa: E731
    return sorted(before, key=key), sorted(after, key=key)


_MAGNITUDE = None


def _magnitude_re() -> re.Pattern:
    global _MAGNITUDE
    if _MAGNITUDE is None:
        words = sorted(magnitudes(), key=len, reverse=True)
        # lower case and on the same line: "2\nTỷ lệ vốn" is no "2 tỷ"
        _MAGNITUDE = re.compile(r"(?:[ \t]+(?:" + "|".join(map(re.escape, words)) + r")\b)+")
    return _MAGNITUDE


# Words that never begin a counted noun when no unit of the vocabulary follows a number.
_STOP = frozenset("""và của các đến tại trong theo với là đã được so như hoặc trên dưới từ cho về để có không này
đó đây những một mỗi mới thì mà nên vào ra lên xuống còn cũng đều sẽ đang bị do bởi vì nếu khi thuộc gồm
trở kể tính đối nhằm sau trước giữa ngoài qua bằng tới hay hơn lại rồi vẫn chưa nay ngày tháng năm quý
giai đoạn điều khoản điểm mục sang phải cần nên đi về http https www lên xuống
tạm tăng giảm đạt chiếm tương nhưng thấp""".split())
# ... the last line: a verb or an adverb after a bare number, no noun counted ("doanh nghiệp giải thể 4.067 tạm
# ngừng hoạt động", "bằng 122 tương tự", "thấp hơn 0,7 nhưng người ...")




# what a rate is counted per, after a unit: "/m3", "/người/năm", "/hồ sơ", "/km2": a known unit, a symbol, or a
# syllable that ends the phrase ("đồng/trang", not "đồng/báo" of "đồng/báo cáo")
@lru_cache(maxsize=1)
def _per_re() -> re.Pattern:
    words = sorted((w for w in _units()[1] if not w.startswith("%")), key=len, reverse=True)
    words = ["phụ nữ", "trẻ em", "lượt người", "bé gái", "hộ dân", *words]
    return re.compile(r"[ \t]*/[ \t]*((?:" + "|".join(map(re.escape, words)) + r")(?![\w²³])|[A-Za-zμ]{1,3}[23²³]?(?!\w)"
                      r"|[^\W\d_]{2,7}(?!\w)(?![ \t]+[a-zà-ỹđ]))", re.I)


def _unit_at(text: str, pos: int) -> tuple[str, str, int] | None:
    """(unit, class, end) of the unit or counted noun starting after ``pos``."""
    pat, table = _units()
    m = pat.match(text, pos)
    if m:
        written = m.group("g") or m.group("w")
        name, cls = table[written.lower()]
        unit = written if cls == "count" else name
        if cls == "count" and written.isupper() is False and written[:1].isupper() and name[:1].islower():
            unit = written  # as written: "Tổ", "Quyết định"
        if written.lower() == "lượt":
            # a classifier: what is counted follows it ("6,2 triệu lượt khách", "2.297 nghìn lượt hộ")
            nm = pat.match(text, m.end())
            if nm and nm.group("w") and table[nm.group("w").lower()][1] == "count" and nm.group("w").lower() not in ("lượt", "lần"):
                return f"{written} {nm.group('w')}", cls, nm.end()
        return unit, cls, m.end()
    # not in the vocabulary: the next word, with the syllable after it when that is lower case too
    # ("03 tiêu chí", "3 nghị định"), since a Vietnamese noun is often two syllables
    m = re.match(r"[ \t]+([^\W\d_]+)\b(?:[ \t]+([^\W\d_]+)\b)?", text[pos:pos + 40])
    if m and m.group(1).islower() and m.group(1) not in _STOP and len(m.group(1)) > 1:
        if m.group(2) and m.group(2).islower() and m.group(2) not in _STOP:
            return f"{m.group(1)} {m.group(2)}", "count?", pos + m.end()
        return m.group(1), "count?", pos + m.end(1)
    # an acronym of a counted noun: "319 VBQPPL", "2.049 ĐKKD", "21 NHTM", "01 MBA 33/220kV", not a Roman numeral, a
    # document's type named before its number, nor a word of an upper-case heading ("NĂM 2030 TRÊN ĐỊA BÀN")
    m = _ACRONYM.match(text, pos)
    if m and not re.fullmatch(r"[IVXLC]+", m.group(1)) and m.group(1) not in _ACRONYM_NOT \
            and not _upper_word_before(text, pos):
        return m.group(1), "count?", m.end(1)
    return None


def _upper_word_before(text: str, pos: int) -> bool:
    w = re.findall(r"[^\W\d_]+", text[max(0, pos - 30):pos].split("\n")[-1])
    return bool(w) and len(w[-1]) > 1 and w[-1].isupper()


_ACRONYM = re.compile(r"[ \t]+([A-ZĐ]{2,8})(?![\w/-])(?![ \t]+[A-ZĐ])")
# ... nor one naming a thing after it ("xuất tuyến 171 TBA Cầu Đỏ", "01 QUY TRÌNH"), and these (a type before a
# number: "QĐ 66", "TCVN 1.12")
_ACRONYM_NOT = frozenset("QĐ NĐ TT CT NQ KH TB BC PL TW UBND HĐND ĐT TS MR KV TP TCVN QCVN ISO".split())


@lru_cache(maxsize=1)
def _qualifier_before_re() -> tuple[re.Pattern, dict[str, str]]:
    before = _qualifiers()[0]
    table = {w.lower(): q for w, q in before}
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in before)  # "không\nquá": a line may break inside
    return re.compile(r"(?:^|(?<=[^\w]))(?P<q>" + alts + r")\s+$", re.I), table


_SYMBOL_QUALIFIER = {"≥": ">=", "≤": "<=", ">": ">", "<": "<", "~": "~", "≈": "~", ">=": ">=", "<=": "<="}


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    # "≥ 70", "~10%", "≤ 0,4%"
    sm = re.search(r"(?:>=|<=|[≥≤<>~≈])[ \t]*$", text[max(0, start - 4):start])
    if sm:
        return _SYMBOL_QUALIFIER[sm.group().strip()], start - (len(text[max(0, start - 4):start]) - sm.start())
    rx, table = _qualifier_before_re()
    lo = max(0, start - 25)
    m = rx.search(text, lo, start)
    if m:
        q = table[re.sub(r"\s+", " ", m.group("q").lower())]
        am = _ABOUT_BEFORE.search(text, max(0, m.start("q") - 16), m.start("q"))
        if am and q in (">", "<") and not m.group("q").lower().startswith("vượt"):
            return "~", am.start()  # an estimate first: "khoảng hơn 9.700 tỷ đồng", "ước trên 5.000 tỷ đồng"
        return q, m.start("q")
    return None


_ABOUT_BEFORE = re.compile(r"(?:^|(?<=[^\w]))(?:khoảng|ước(?:\s+(?:tính|đạt))?|xấp\s+xỉ)\s+$", re.I)


def _rank(text: str) -> list[Candidate]:
    out = []
    for m in P.RANK.finditer(text):
        n = m.group("n")
        num = re.match(r"\d+", n)
        value = float(num.group()) if num else float(ORDINAL_WORDS.get(n.lower(), 0))
        if not value:
            continue
        out.append(Candidate(m.start(), m.end(), m.start("n"), m.end("n"), value, "hạng", "rank", unit_end=m.end()))
    return out


# A count written in words before a counted noun of the vocabulary: "hai dự án bauxit", "ba mươi doanh nghiệp",
# "gấp ba lần" ("một" is mostly "a", and "năm" a year: both left out)
_WORD_COUNT = re.compile(r"""(?P<w>(?:hai|ba|bốn|sáu|bảy|tám|chín)(?:[ \t]+mươi(?:[ \t]+(?:mốt|hai|ba|tư|bốn|lăm|năm|sáu|bảy|tám|chín))?)?
    |mười(?:[ \t]+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?
    |một(?=[ \t]+(?:nghìn|ngàn|triệu|tỷ|tỉ)\b))(?=[ \t])""", re.I | re.X)
# ... "một" only before a magnitude: "hơn một triệu lượt người", "một nghìn tỷ đồng"
# ... not in set phrases: "một trong hai trường hợp", "cả hai hình thức", "giữa hai nhóm", "thứ hai", "hai trường hợp
# sau", "đánh thuế hai lần"
_WORD_COUNT_NOT_BEFORE = re.compile(r"(?:một\s+trong|cả|giữa|thứ|hoặc|phần)\s+$", re.I)  # ... "hai phần ba học sinh"
_WORD_COUNT_NOT_AFTER = re.compile(r"[ \t]+(?:sau|trên|nêu|này|đó)\b", re.I)


_WORD_COUNT_HEADS = [h + " " for h in ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "một")]


def _word_count_starts(text: str) -> list[int]:
    # str.find per head word in the lower-cased text: several times faster than one regex scan over it
    low = text.lower()
    if len(low) != len(text):
        return [m.start() for m in re.finditer(r"(?<!\w)(?=[hbstcmHBSTCM])", text)]
    out = []
    for h in _WORD_COUNT_HEADS:
        i = low.find(h)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                out.append(i)
            i = low.find(h, i + 1)
    return sorted(out)


def _word_counts(text: str) -> list[Candidate]:
    out = []
    for i in _word_count_starts(text):
        m = _WORD_COUNT.match(text, i)
        if m is None:
            continue
        s, e = m.span()
        if _WORD_COUNT_NOT_BEFORE.search(text, max(0, s - 12), s):
            continue
        value = float(parse_number_words(m.group("w")))
        mag = _magnitude_re().match(text, e)
        if mag:
            # a magnitude after the word: "hơn một triệu lượt người", "hai nghìn tỷ đồng", "ba triệu USD"
            value *= magnitude_of(mag.group())
            u = _unit_at(text, mag.end())
            if u is None and "tỷ" in mag.group().lower().replace("tỉ", "tỷ"):
                u = ("đồng", "currency", mag.end())
            if u is None or u[1] == "count?" or u[1] == "percent":
                continue
        else:
            u = _unit_at(text, e)
            if u is None or u[1] != "count" or _WORD_COUNT_NOT_AFTER.match(text, u[2]):
                continue
        gm = re.search(r"gấp\s+$", text[max(0, s - 8):s], re.I)
        qb = _qualifier_before(text, max(0, s - 8) + gm.start() if gm else s)
        if u[0].lower() == "lần" and not gm and not (qb and qb[0] in ("~", ">")):
            continue  # "gấp ba lần", "gần ba lần", "hơn hai lần" measure; "đánh thuế hai lần" counts no quantity
        start, qualifier = s, "="
        if qb:
            qualifier, start = qb
        elif (fr := re.search(r"\btừ\s+$", text[max(0, s - 6):s], re.I)) and (fm := _FROM_ON_AFTER.match(text, u[2])):
            qualifier, start = {"lên": ">=", "xuống": "<="}[fm.group(1).lower()], max(0, s - 6) + fr.start()
        out.append(Candidate(start, u[2], s, e, value, u[0], u[1], qualifier,
                             unit_end=u[2], confidence=0.8))
    return out


def _dur(u: str) -> str:
    u = u.lower()
    return "giờ" if u == "h" else u
