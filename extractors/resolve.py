"""Resolution: which corpus document each reference names (eyecite's ``resolve_citations`` step).

Pure: the corpus is seen only through lookup functions passed in, so the same code resolves against
the SQLite store, a folder given on the command line, or a list in a test.

- A numbered reference resolves by its folded number (``number_key``): ``942/QD-TTg`` names the
  document whose header says ``Số: 942/QĐ-TTg``.
- A short form (``Quyết định 942``) takes its antecedent's document; without an antecedent it resolves
  only when exactly one corpus document of that type carries that number and the dates agree.
- A reference without a number (``Kế hoạch triển khai Nền tảng địa chỉ số quốc gia``) resolves by
  type, issuer and title similarity, only above ``TITLE_THRESHOLD`` and clearly ahead of the runner-up:
  a wrong link is worse than none.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Sequence

from .models import Reference
from .symbols import number_key

TITLE_THRESHOLD = 0.8  # Dice similarity of folded title words; below it, no link
TITLE_MARGIN = 0.1  # the best candidate must lead the next one by this much


@dataclass(frozen=True)
class Known:
    """A corpus document as the resolver sees it: its identity from its own header."""

    id: Hashable
    type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    source: str | None = None
    place: str | None = None  # "Điện Biên", from the place-and-date line


@dataclass(frozen=True)
class Resolution:
    ref_id: str
    doc: Known | None
    method: str  # "number", "prefix", "antecedent", "short_form", "title" or "none"
    score: float = 0.0

    @property
    def doc_id(self):
        return self.doc.id if self.doc else None


ByNumber = Callable[[str], Sequence[Known]]  # number_key -> documents carrying that number
ByType = Callable[[str | None], Sequence[Known]]  # type (None: any) -> documents of that type


def fold(s: str | None) -> str:
    """Lower case without diacritics, 'đ' as 'd', single spaces: for comparing free text."""
    return _fold(s) if s else ""


@lru_cache(maxsize=200_000)
def _fold(s: str) -> str:
    # NFD splits the tone and vowel marks off; what is left of Vietnamese is ASCII.
    s = unicodedata.normalize("NFD", s.casefold().replace("đ", "d")).encode("ascii", "ignore").decode()
    return " ".join(_WORD.findall(s))


_WORD = re.compile(r"\w+")


# Phrases and words that carry no identity in a trích yếu.
_TITLE_STOP_PHRASES = re.compile(r"\b(?:tren dia ban|ban hanh|phe duyet|ve viec|thuc hien|trien khai|giai doan)\b")
_TITLE_STOP = frozenset(fold(w) for w in (
    "về", "việc", "của", "và", "các", "cho", "trên", "đến", "năm", "tại", "với", "trong", "theo"))


def _title_words(s: str | None) -> set[str]:
    return {w for w in _TITLE_STOP_PHRASES.sub(" ", fold(s)).split() if w not in _TITLE_STOP}


def title_similarity(a: str | None, b: str | None) -> float:
    """Dice coefficient of the content words of two titles, accents and case folded (0..1)."""
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


# A symbol cut after its type code by a line break: "217/2025/NĐ", "75/2025/NQ-", "01/2026/TT".
_CUT_SYMBOL = re.compile(r"^\d+/\d{4}/[A-ZĐ][A-Za-zĐđ]*-?$")


def is_short_number(number: str | None) -> bool:
    """'942' or '57' (a short form's number), not '942/QĐ-TTg' nor '57-NQ/TW'."""
    return bool(number) and not re.search(r"[/\-]", number)


def same_issuer(a: str | None, b: str | None) -> bool | None:
    """True when both name the same body (one may name it more fully), False when they differ,
    None when either is missing."""
    fa, fb = _issuer_key(a), _issuer_key(b)
    if not fa or not fb:
        return None
    return fa == fb or fa in fb or fb in fa


# Bodies that sign for one another: a Party resolution "của Bộ Chính trị" carries the header of
# the Ban Chấp hành Trung ương.
_SAME_BODY = (("ban chap hanh trung uong", "bo chinh tri", "ban bi thu", "trung uong dang"),)


@lru_cache(maxsize=20_000)
def _issuer_key(s: str | None) -> str:
    f = fold(s)
    for group in _SAME_BODY:
        if any(g in f for g in group):
            return group[0]
    for short, full in (("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("tp", "thanh pho"),
                        ("uy ban nhan dan", "uy ban nhan dan")):
        f = re.sub(rf"\b{short}\b", full, f)
    return f


# Issuer codes of provinces and their bodies: "22/2025/NQ-HĐND" exists in every province, so such a
# number names a corpus document only when the province agrees too. Sở codes start with S (SCT, STC).
_LOCAL_CODES = frozenset({"UBND", "HĐND", "TU", "HU", "ĐU", "BCĐ", "BTV"})
_LOCAL_CODE = re.compile(r"S[A-ZĐ]{1,7}")


def is_local_number(number: str | None) -> bool:
    """'22/2025/NQ-HĐND', '310/KH-UBND', '245/UBND-KGVX', '1894/TB-SCT', '328-KH/TU': yes;
    '942/QĐ-TTg', '35/2023/NĐ-CP': no."""
    parts = re.split(r"[/-]", number or "")[1:]
    return any(p.upper() in _LOCAL_CODES or _LOCAL_CODE.fullmatch(p) for p in parts)


def place_of(issuer: str | None) -> str:
    """The province or city an issuer names, folded: 'Ủy ban nhân dân tỉnh Điện Biên' -> 'dien bien',
    'Tỉnh ủy Lào Cai' -> 'lao cai'; '' when it names none ('Ủy ban nhân dân tỉnh')."""
    f = fold(issuer)
    m = re.search(r"\b(?:tinh uy|thanh uy)\s+(.+)$", f) or re.search(r"\b(?:tinh|thanh pho|tp)\s+(.+)$", f)
    return m.group(1).strip() if m else ""


def _local_ok(c: Known, ref: Reference, citing: Known | None) -> bool:
    """Whether a local document ``c`` is the one ``ref`` names: its province is the one the mention
    states, or else the citing document's own; without a province on either side, the dates agree."""
    if ref.date and c.date and ref.date != c.date:
        return False
    want = place_of(ref.issuer) or (citing and (place_of(citing.issuer) or fold(citing.place)))
    have = place_of(c.issuer) or fold(c.place)
    if want and have:
        return want == have or want in have or have in want
    return bool(ref.date) and ref.date == c.date


def _pick(cands: Sequence[Known], ref: Reference, exclude, citing: Known | None = None) -> Known | None:
    """Among copies carrying the same number (a .docx and a .txt of one text), the one that agrees
    best with what the mention states; ties go to the first stored. A local number only names a
    document of the same province (``_local_ok``)."""
    cands = [c for c in cands if c.id != exclude]
    if ref.number and is_local_number(ref.number):
        cands = [c for c in cands if _local_ok(c, ref, citing)]
    if not cands:
        return None

    def agreement(c: Known):
        return (c.date == ref.date if ref.date else 0, c.type == ref.type if ref.type else 0,
                bool(same_issuer(c.issuer, ref.issuer)))
    best = max(agreement(c) for c in cands)
    return next(c for c in cands if agreement(c) == best)


def resolve_reference(ref: Reference, by_number: ByNumber, by_type: ByType | None = None,
                      exclude=None, before: str | None = None, citing: Known | None = None) -> Resolution:
    """The corpus document ``ref`` names, without following antecedents (see ``resolve_references``).
    ``exclude`` is the citing document's own id: a document does not cite itself. ``before`` is the
    citing document's date: a document named by its title only is one that already existed (a
    law "to be drafted" is not the law passed later)."""
    if ref.number and not is_short_number(ref.number):
        doc = _pick(by_number(number_key(ref.number)), ref, exclude, citing)
        if doc:
            return Resolution(ref.id, doc, "number", 1.0)
        if by_type is not None and _CUT_SYMBOL.match(ref.number):
            # "Nghị định số 217/2025/NĐ-\nCP" read as "217/2025/NĐ": the one document it begins.
            prefix = number_key(ref.number).rstrip("-") + "-"
            hits = {number_key(c.number): c for c in by_type(None)
                    if c.id != exclude and c.number and number_key(c.number).startswith(prefix)}
            doc = _pick([c for c in by_type(None) if c.number and number_key(c.number) in hits], ref, exclude,
                        citing) if len(hits) == 1 else None
            if doc:
                return Resolution(ref.id, doc, "prefix", 0.9)
        return Resolution(ref.id, None, "none")
    if ref.number and by_type is not None and ref.date:
        n = ref.number.strip()
        hits = [c for c in by_type(ref.type) if c.id != exclude and c.number
                and re.match(rf"{re.escape(n)}(?:[/\-]|$)", c.number) and c.date == ref.date]
        if len(hits) == 1:
            return Resolution(ref.id, hits[0], "short_form", 0.9)
        return Resolution(ref.id, None, "none")
    if not ref.number and ref.title and by_type is not None and ref.type:
        scored = []
        for c in by_type(ref.type):
            if c.id == exclude or same_issuer(c.issuer, ref.issuer) is False:
                continue
            if ref.date and c.date and ref.date != c.date:
                continue
            if before and c.date and c.date > before:
                continue
            scored.append((title_similarity(ref.title, c.title), c))
        scored.sort(key=lambda t: -t[0])
        if scored and scored[0][0] >= TITLE_THRESHOLD and (
                len(scored) == 1 or scored[0][0] - scored[1][0] >= TITLE_MARGIN):
            return Resolution(ref.id, scored[0][1], "title", round(scored[0][0], 3))
    return Resolution(ref.id, None, "none")


def resolve_references(refs: Iterable[Reference], by_number: ByNumber, by_type: ByType | None = None,
                       exclude=None, before: str | None = None, citing: Known | None = None
                       ) -> list[Resolution]:
    """One ``Resolution`` per reference, in order. A short form with an antecedent takes the
    antecedent's document (``Nghị quyết 57`` after ``Nghị quyết số 57-NQ/TW``)."""
    refs = list(refs)
    out: dict[str, Resolution] = {}
    for r in refs:
        if not r.antecedent:
            out[r.id] = resolve_reference(r, by_number, by_type, exclude, before, citing)
    for r in refs:
        if r.antecedent:
            ante = out.get(r.antecedent)
            if ante and ante.doc:
                out[r.id] = Resolution(r.id, ante.doc, "antecedent", ante.score)
            else:
                out[r.id] = resolve_reference(r, by_number, by_type, exclude, before, citing)
    return [out[r.id] for r in refs]


def index_known(docs: Iterable[Known]) -> tuple[ByNumber, ByType]:
    """Lookup functions over an in-memory list of documents."""
    by_key: dict[str, list[Known]] = {}
    by_type: dict[str | None, list[Known]] = {}
    docs = list(docs)
    for d in docs:
        if d.number:
            by_key.setdefault(number_key(d.number), []).append(d)
        by_type.setdefault(d.type, []).append(d)
    return (lambda key: by_key.get(key, [])), (lambda t: docs if t is None else by_type.get(t, []))


__all__ = ["Known", "Resolution", "TITLE_THRESHOLD", "fold", "index_known", "is_local_number", "is_short_number",
           "place_of",
           "resolve_reference", "resolve_references", "same_issuer", "title_similarity"]
