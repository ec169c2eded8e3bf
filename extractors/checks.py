"""Citation checks for reviewers: what a citing text states against the cited document's own header.

Pure: takes the text, its references, their resolutions (``resolve.py``) and the citing document's
date; returns ``Problem``s with line numbers. Kinds:

- ``date``: ``Quyết định số 942/QĐ-TTg ngày 15/6/2020`` when 942/QĐ-TTg is dated 2021-06-15;
- ``issuer``: a different issuing body than the target's header;
- ``type_symbol``: a type word contradicting the symbol (``Quyết định số 06/CT-UBND``: CT is Chỉ thị);
- ``malformed_number``: a symbol malformed for its type (``942/QĐ-TT``: no issuer "TT" signs a QĐ;
  ``35/2022/NĐ-CP ngày 20/6/2023``: the year inside the symbol is not the year of issue;
  ``Nghị định số 35/NĐ-CP ngày 20/6/2023``: a decree number since 2006 carries its year);
- ``cited_after``: the cited document is dated after the citing one;
- ``not_in_corpus``: listed for information (severity ``info``), not a problem.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from enum import Enum
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from .models import Reference
from .resolve import Known, is_short_number, same_issuer


class CheckKind(str, Enum):
    DATE = "date"
    ISSUER = "issuer"
    TYPE_SYMBOL = "type_symbol"
    MALFORMED_NUMBER = "malformed_number"
    CITED_AFTER = "cited_after"
    NOT_IN_CORPUS = "not_in_corpus"


@dataclass(frozen=True)
class Problem:
    kind: str
    ref_id: str
    start: int
    end: int
    text: str
    line: int
    message: str
    stated: str | None = None
    actual: str | None = None
    severity: str = "error"  # "error", "warning" or "info" (not a problem: "not in corpus")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["kind"] = str(self.kind.value if isinstance(self.kind, Enum) else self.kind)
        return d


# Issuer codes that sign documents of the central government and of provinces (Nghị định
# 30/2020/NĐ-CP, Phụ lục III): a symbol's last part should be one of them or a ministry's code.
# The issuers data file of the references extractor, when present, adds its codes.
_ISSUER_CODES = frozenset({
    "TTg", "CP", "VPCP", "UBND", "HĐND", "TW", "TU", "BCĐ", "BCT", "BTC", "BTTTT", "BKHCN", "BKHĐT", "BNV",
    "BCA", "BQP", "BYT", "BGDĐT", "BTP", "BXD", "BGTVT", "BNNPTNT", "BNNMT", "BTNMT", "BLĐTBXH", "BVHTTDL",
    "BNG", "NHNN", "TTCP", "KTNN", "VKSNDTC", "TANDTC", "UBTVQH", "VPQH", "SCT", "STTTT", "SNV", "STC",
    "SKHĐT", "SYT", "SGDĐT", "STP", "SXD", "SNNPTNT", "STNMT", "SKHCN", "VPĐU", "ĐKT", "BTCTW", "BTGTW"})
# Types whose numbers carry the year of issue ("35/2023/NĐ-CP") since the 2006 numbering rules.
_YEAR_IN_SYMBOL = {"NĐ", "TT", "TTLT", "NQLT"}


@lru_cache(maxsize=1)
def _type_by_code() -> dict[str, str]:
    data = json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))
    return {t["code"]: t["name"] for t in data if t.get("code")}


@lru_cache(maxsize=1)
def issuer_codes() -> frozenset[str]:
    codes = set(_ISSUER_CODES)
    try:
        data = json.loads(resources.files("extractors").joinpath("data/issuers.json").read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        data = []
    for entry in data if isinstance(data, list) else []:
        for key in ("code", "codes"):
            v = entry.get(key) if isinstance(entry, dict) else None
            for c in ([v] if isinstance(v, str) else v or []):
                if isinstance(c, str) and re.fullmatch(r"[A-Za-zĐđ]+", c):
                    codes.add(c)
    return frozenset(codes)


# "942/QĐ-TTg", "35/2023/NĐ-CP", "04/TTr-BKHCN-BTTTT", "57-NQ/TW", "20/2023/QH15", "211/BTC-TCDN"
_SYMBOL = re.compile(r"""^(?P<n>\d+[a-z]?)
    (?: -(?P<ptype>[A-ZĐ]+)/(?P<pissuer>[A-ZĐ]+)                      # Party: 57-NQ/TW
      | (?:/(?P<year>\d{4}))? /(?P<type>[A-Za-zĐđ]+\d*)(?P<rest>(?:-[A-Za-zĐđ0-9]+)*) )$""", re.X)


def symbol_parts(number: str) -> dict | None:
    """{'n', 'year', 'type', 'issuers'} of a standard symbol, None when it is not one."""
    m = _SYMBOL.match(number or "")
    if not m:
        return None
    if m.group("ptype"):
        return {"n": m.group("n"), "year": None, "type": m.group("ptype"), "issuers": [m.group("pissuer")],
                "party": True}
    return {"n": m.group("n"), "year": m.group("year"), "type": m.group("type"),
            "issuers": [p for p in (m.group("rest") or "").split("-") if p], "party": False}


def type_of_symbol(number: str) -> str | None:
    """The type a symbol's type code names ('06/CT-UBND' -> 'Chỉ thị'); None when the code is an
    issuer's (a Công văn: '211/BTC-TCDN') or unknown."""
    parts = symbol_parts(number)
    if not parts:
        return None
    if re.fullmatch(r"(?:UBTV)?QH\d+", parts["type"]):
        return None  # a Luật, Bộ luật, Nghị quyết or Pháp lệnh of the Quốc hội: the code does not say
    return _type_by_code().get(parts["type"])


def _near(code: str, known: Iterable[str]) -> str | None:
    """A known code with one letter more or less ('TT' -> 'TTg'), for the message. Codes one
    letter *different* are left alone: 'SGTVT' (a Sở) is not a typo of 'BGTVT' (the Bộ)."""
    for k in sorted(known, key=lambda k: (len(k), k)):
        if k.upper() == "B" + code.upper():
            continue  # ministries long signed without the B: "QĐ-LĐTBXH" for "QĐ-BLĐTBXH"
        if abs(len(k) - len(code)) == 1 and _one_letter_apart(code.casefold(), k.casefold()):
            return k
    return None


def _one_letter_apart(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def number_problems(number: str, date: str | None = None) -> list[tuple[str, str | None]]:
    """Why a number is malformed for its type: (message, suggestion) pairs, [] when it looks right."""
    parts = symbol_parts(number)
    if not parts or parts["party"]:
        return []
    out = []
    code = parts["type"]
    issuers = parts["issuers"]
    if code in _type_by_code() and issuers:
        last = issuers[0]
        if last not in issuer_codes() and last.upper() not in {c.upper() for c in issuer_codes()}:
            near = _near(last, issuer_codes())
            if near:
                fixed = number[: len(number) - len("-".join(issuers))] + "-".join([near] + issuers[1:])
                out.append((f"issuer code {last!r} is not a known code (did you mean {fixed}?)", fixed))
    year = parts["year"]
    if year and date and date[:4] != year:
        out.append((f"the year in the symbol ({year}) is not the year of issue ({date[:4]})", None))
    if code in _YEAR_IN_SYMBOL and not year and date and date[:4] >= "2006":
        out.append((f"a {_type_by_code()[code]} number issued in {date[:4]} carries its year"
                    f" ({parts['n']}/{date[:4]}/{code}-...)", None))
    return out


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_references(text: str, refs: Iterable[Reference], targets: Mapping[str, Known | None],
                     citing_date: str | None = None) -> list[Problem]:
    """Problems of one document's references. ``targets`` maps a reference id to the corpus document
    it resolved to (None or absent: not in the corpus)."""
    out: list[Problem] = []
    refs = list(refs)
    by_id = {r.id: r for r in refs}

    def add(kind, r, msg, stated=None, actual=None, severity="error"):
        out.append(Problem(kind.value, r.id, r.start, r.end, r.text, line_of(text, r.start), msg,
                           stated, actual, severity))

    for r in refs:
        # Fields a short form copied from its antecedent were checked on the antecedent.
        if r.antecedent and r.antecedent in by_id:
            continue
        if r.number and not is_short_number(r.number):
            sym_type = type_of_symbol(r.number)
            # "Quy định số 178-QĐ/TW": in a Party symbol QĐ also marks a rule (Quy định)
            allowed = r.type == "Quy định" and bool(re.match(r"\d+-QĐ/", r.number))
            # Tờ trình were numbered "TT" before "TTr" was reserved for them: "Tờ trình số 338/TT-ĐC"
            allowed = allowed or (r.type == "Tờ trình" and sym_type == "Thông tư")
            typed = r.text[:1].isupper()  # "theo quy định 15/2026/TT-BCT" is the verb, not a type
            if r.type and sym_type and r.type != sym_type and r.type in _type_by_code().values() and typed \
                    and not allowed:
                add(CheckKind.TYPE_SYMBOL, r, f"'{r.type}' but the symbol {r.number} is a {sym_type}",
                    r.type, sym_type)
            for msg, fixed in number_problems(r.number, r.date):
                add(CheckKind.MALFORMED_NUMBER, r, f"{r.number}: {msg}", r.number, fixed)
        target = targets.get(r.id)
        if target is None:
            if r.number and not is_short_number(r.number):
                add(CheckKind.NOT_IN_CORPUS, r, f"{r.number} is not in the corpus", r.number, None, "info")
            continue
        if r.date and target.date and r.date != target.date:
            add(CheckKind.DATE, r, f"dated {r.date} here, {target.date} in {_name(target)}", r.date, target.date)
        if same_issuer(r.issuer, target.issuer) is False:
            add(CheckKind.ISSUER, r, f"issued by '{r.issuer}' here, by '{target.issuer}' in {_name(target)}",
                r.issuer, target.issuer)
        if citing_date and target.date and target.date > citing_date:
            add(CheckKind.CITED_AFTER, r, f"{_name(target)} is dated {target.date}, after this document"
                f" ({citing_date})", citing_date, target.date, "warning")
    out.sort(key=lambda p: (p.start, p.kind))
    return out


def _name(k: Known) -> str:
    return k.number or k.title or str(k.id)


def is_problem(p: Problem) -> bool:
    return p.severity != "info"


__all__ = ["CheckKind", "Problem", "check_references", "is_problem", "line_of", "number_problems",
           "symbol_parts", "type_of_symbol"]
