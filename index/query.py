"""Queries as people type them: words, "phrases", -excluded words, document numbers however written,
and inline fields (``type:"Kế hoạch" year:2025 chuyển đổi số``), parsed and planned as sets of terms of
the search index's fields (``rank.Plan``)."""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

from extractors.symbols import number_key

from .analysis import bigrams, fold, has_diacritics, nfc, query_words, words
from .rank import Plan, Term

FIELDS = ("type", "issuer", "year", "from", "to", "kind", "number")
KINDS = ("document", "news")
# Boosts: an exact number match beats any text score; phrases and exact diacritics lift a document.
BOOST = {"numkey": 60.0, "numhead_type": 40.0, "numhead": 8.0, "fold2": 4.0, "exact": 4.0, "title": 3.0,
         "phrase": 40.0, "cites": 10.0}


class SearchError(Exception):
    """A query or an index that cannot be used; the message is one line for the user."""


def _key(value: str | None) -> str | None:
    return " ".join(words(fold(nfc(value).lower()))) if value else None


@dataclass
class Filters:
    type: str | None = None
    issuer: str | None = None
    year: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    number: str | None = None


@dataclass
class ParsedQuery:
    segments: list[tuple[str, str]]  # ("words" | "phrase" | "not", text)
    filters: Filters


# "942/QĐ-TTg", "45/2020/NĐ-CP", "57-NQ/TW", "01/2025/TT-BTTTT"
NUMBER = re.compile(r"(?<![\w/])(\d+[A-Za-zĐđ]*(?:/[\wĐđ.-]*[A-Za-zĐđ][\wĐđ.-]*|(?:/\d{4})+/[\wĐđ.-]+)"
                    r"|\d+-[A-Za-zĐđ]+/[A-Za-zĐđ]+)(?![\w/])")
TOKEN = re.compile(r'\s*(?:(?P<field>[A-Za-z_]+):(?:"(?P<fq>[^"]*)"|(?P<fv>[^\s"]+))'
                   r'|"(?P<phrase>[^"]*)"|-(?P<neg>[^\s"-][^\s"]*)|(?P<word>[^\s"]+))')


@lru_cache(maxsize=1)
def type_names() -> dict[str, str]:
    """Folded type names and codes -> the type name: 'qd' / 'quyet dinh' -> 'Quyết định'."""
    data = json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))
    out = {}
    for t in data:
        for n in [t["name"], *t["names"]] + ([t["code"]] if t["code"] else []):
            out[_key(n)] = t["name"]
    return out


@lru_cache(maxsize=1)
def _type_then_number() -> re.Pattern:
    alts = sorted(type_names(), key=len, reverse=True)
    return re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, alts)) + r")\s+(?:so\s+)?0*(\d+)(?!\S*/)")


def _date_bound(value: str, end: bool, name: str) -> str:
    v = value.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", v)
    if m:
        v = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", v)
    if not m:
        raise SearchError(f"{name} {value!r} is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    mo = f"{int(mo):02d}" if mo else ("12" if end else "01")
    d = f"{int(d):02d}" if d else ("31" if end else "01")
    return f"{y}-{mo}-{d}"


def parse_query(text: str, filters: Filters | None = None) -> ParsedQuery:
    """Split a query into words, quoted phrases, excluded words and inline fields
    (``type:"Kế hoạch" year:2025 chuyển đổi số``). Raises SearchError on a malformed query."""
    text = nfc(text or "").replace("“", '"').replace("”", '"')
    f = Filters(**asdict(filters)) if filters else Filters()
    if text.count('"') % 2:
        raise SearchError(f"unbalanced quote in the query {text!r}")
    segments: list[tuple[str, str]] = []
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() != pos and text[pos:m.start()].strip():
            raise SearchError(f"cannot read the query near {text[pos:]!r}")
        pos = m.end()
        if m.group("field"):
            name, value = m.group("field").lower(), m.group("fq") if m.group("fq") is not None else m.group("fv")
            if name not in FIELDS:
                raise SearchError(f"unknown field {name!r} in the query (fields: {', '.join(FIELDS)})")
            if not value.strip():
                raise SearchError(f"field {name!r} has no value")
            _set_filter(f, name, value)
        elif m.group("phrase") is not None:
            if m.group("phrase").strip():
                segments.append(("phrase", m.group("phrase")))
        elif m.group("neg"):
            segments.append(("not", m.group("neg")))
        elif m.group("word"):
            if segments and segments[-1][0] == "words":
                segments[-1] = ("words", segments[-1][1] + " " + m.group("word"))
            else:
                segments.append(("words", m.group("word")))
    if text[pos:].strip():
        raise SearchError(f"cannot read the query near {text[pos:]!r}")
    _check_filters(f)
    return ParsedQuery(segments, f)


def _set_filter(f: Filters, name: str, value: str) -> None:
    if name == "year":
        if not re.fullmatch(r"\d{4}", value.strip()):
            raise SearchError(f"year {value!r} is not a year (like 2025)")
        f.year = int(value)
    elif name == "from":
        f.date_from = value
    elif name == "to":
        f.date_to = value
    else:
        setattr(f, name, value)


def _check_filters(f: Filters) -> None:
    if f.kind and f.kind not in KINDS:
        raise SearchError(f"kind {f.kind!r} is not one of: {', '.join(KINDS)}")
    if f.date_from:
        f.date_from = _date_bound(f.date_from, False, "from")
    if f.date_to:
        f.date_to = _date_bound(f.date_to, True, "to")
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise SearchError(f"from {f.date_from} is after to {f.date_to}")


def type_key(value: str) -> str:
    k = _key(value) or ""
    return _key(type_names().get(k, value)) or k


def filter_terms(f: Filters) -> list[Term]:
    """The terms a document must have to pass the filters (the date range apart)."""
    terms: list[Term] = []
    if f.type:
        terms.append(("typekey", type_key(f.type)))
    if f.issuer:
        terms += [("issuer", w) for w in words(fold(nfc(f.issuer).lower()))]
    if f.year:
        terms.append(("year", str(f.year)))
    if f.kind:
        terms.append(("kind", f.kind))
    if f.number:
        terms.append(("numkey", number_key(f.number)))
    return terms


def _text_plan(plan: Plan, text: str, phrase: bool) -> None:
    """The required words (or, for a phrase, bigrams) of a run of words, and what ranks it."""
    ex, fo = query_words(text)
    if not fo:
        return
    grams = bigrams(fo)
    plan.required.append([("fold2", g) for g in grams] if phrase and grams else [("fold", w) for w in fo])
    plan.scored += [(("fold2", g), BOOST["fold2"]) for g in grams]
    if not phrase and len(grams) > 1:
        # every bigram of the query in one document: almost always the words as written, together;
        # a flat bonus puts those documents above any with the syllables scattered
        plan.bonuses.append(([("fold2", g) for g in grams], BOOST["phrase"]))
    if has_diacritics(text):
        # A flat bonus per word found with the query's own diacritics: documents that have the
        # words themselves all get it (the folded ranking stands), those matching only other words
        # that fold alike ("số" for "sở") fall behind.
        plan.bonuses += [([("exact", e)], BOOST["exact"]) for e, f in zip(ex, fo) if e != f]
    # Titles lift documents named by the query's words together; a title's single common syllable
    # ("thông" in "Thông tư") says little, so unigrams count only for one-word queries.
    plan.scored += [(("title", t), BOOST["title"]) for t in (grams or fo)]


def make_plan(pq: ParsedQuery) -> Plan:
    """The plain words of a query are all required, its phrases too; number lookups are alternatives
    that rank first; -words exclude."""
    plan = Plan()
    for kind, text in pq.segments:
        if kind == "not":
            plan.excluded += [("fold", w) for w in query_words(text)[1]]
            continue
        for m in NUMBER.finditer(text):
            plan.alternatives.append(([("numkey", number_key(m.group(1)))], BOOST["numkey"]))
            plan.alternatives.append(([("cites", number_key(m.group(1)))], BOOST["cites"]))
        folded = " ".join(query_words(text)[1])
        for m in _type_then_number().finditer(folded):
            plan.alternatives.append(([("numhead", m.group(2)), ("typekey", type_key(m.group(1)))],
                                      BOOST["numhead_type"]))
            plan.alternatives.append(([("cites", f"{m.group(2)} {type_key(m.group(1))}")], BOOST["cites"]))
        if kind == "words":
            plan.alternatives += [([("numhead", w.lstrip("0") or "0")], BOOST["numhead"])
                                  for w in folded.split() if w.isdigit() and len(w) <= 5]
        _text_plan(plan, text, kind == "phrase")
    return plan


def loose_plan(pq: ParsedQuery) -> Plan | None:
    """Fallback when no document has every word: any of them, bigrams and titles still rank."""
    plan = Plan()
    for kind, text in pq.segments:
        fo = query_words(text)[1]
        if kind == "not":
            plan.excluded += [("fold", w) for w in fo]
        elif len(fo) > 1:
            plan.alternatives += [([("fold", w)], 1.0) for w in fo]
            plan.alternatives += [([("fold2", g)], BOOST["fold2"]) for g in bigrams(fo)]
            plan.alternatives += [([("title", t)], BOOST["title"]) for t in fo + bigrams(fo)]
    return plan if plan.alternatives else None


__all__ = ["BOOST", "FIELDS", "Filters", "KINDS", "ParsedQuery", "SearchError", "filter_terms", "loose_plan",
           "make_plan", "parse_query", "type_key", "type_names"]
