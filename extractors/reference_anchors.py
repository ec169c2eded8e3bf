"""The anchors a reference grows from, and the mention being built.

The type words and short codes of ``data/doc_types.json`` and the number/symbol pattern, scanned in
one pass over a text (``_anchors``); ``_M``, a mention while ``references._Finder`` builds it; and the
small text helpers its passes share.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .patterns import SYMBOL, SYMBOL_SRC, WORD, trie_alternation, words_alternation
from .symbols import symbol_codes, type_codes

# Documents named by a proper name ("Luật Đầu tư công", "Bộ luật Lao động").
NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh", "Công ước"})
# Documents that a text may name by their trích yếu ("Kế hoạch triển khai Nền tảng địa chỉ số ...").
PLAN_TYPES = frozenset({"Kế hoạch", "Quyết định", "Chương trình", "Đề án", "Chiến lược", "Nghị quyết", "Chỉ thị"})
# Short codes standing for a type before a short number: "ĐA 06".
SHORT_CODES = ("ĐA", "NQ", "QĐ", "CT", "KH", "NĐ")


@lru_cache(maxsize=1)
def _types() -> list[dict]:
    return json.loads(resources.files("extractors").joinpath("data/doc_types.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _type_by_word() -> dict[str, str]:
    return {n.casefold(): t["name"] for t in _types() for n in t["names"]}


@lru_cache(maxsize=1)
def _short_code_type() -> dict[str, str]:
    by_code = {t["code"]: t["name"] for t in _types() if t["code"]}
    return {c: by_code[c] for c in SHORT_CODES if c in by_code}


@lru_cache(maxsize=1)
def anchor_regex() -> re.Pattern:
    """A type word, a short type code before a number, or a number/symbol standing alone."""
    names = [n for t in _types() for n in t["names"]]
    return re.compile(rf"""
        (?<![\w])(?P<type>(?i:{words_alternation(names)}))(?![\w])
      | (?<![\w])(?P<code>{'|'.join(SHORT_CODES)})(?=[ ]+(?:số[ ]+)?\d{{1,3}}\b)
      | (?<![\w./-])(?P<sym>{SYMBOL_SRC})
    """, re.VERBOSE)


@lru_cache(maxsize=1)
def _described_type() -> re.Pattern:
    """A type word, up to four lower-case words that describe it, and "số" just before a number."""
    names = [n for t in _types() for n in t["names"]]
    return re.compile(rf"(?<![\w])(?P<type>(?i:{words_alternation(names)}))"
                      rf"(?P<desc>(?:,?[ \t\n]+[a-zđà-ỹ][^\s;.:()“”\"\d,]*){{1,4}})[ \t\n]+(?:số|Số)[ \t]*:?[ \t]*$")


@lru_cache(maxsize=1)
def _scan_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """For the scan over a whole text: type words over the lower-cased text (a case-sensitive trie is
    many times faster than an IGNORECASE alternation), short codes, and symbols. Word boundaries are
    checked by the caller: a leading look-behind would stop the engine from skipping ahead."""
    names = [n.lower() for t in _types() for n in t["names"]]
    return (re.compile(rf"{trie_alternation(names)}(?!\w)"),
            re.compile(rf"(?:{'|'.join(SHORT_CODES)})(?=[ ]+(?:số[ ]+)?\d{{1,3}}\b)"),
            SYMBOL)


class _Anchor:
    """One anchor of the scan, with the little of the ``re.Match`` API the finder uses."""
    __slots__ = ("kind", "s", "e", "text")

    def __init__(self, kind: str, s: int, e: int, text: str):
        self.kind, self.s, self.e, self.text = kind, s, e, text

    def group(self, name=0):
        return self.text if name == 0 or name == self.kind else None

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _anchors(text: str) -> list[_Anchor]:
    """Type words, short codes and symbols of ``text``, in text order."""
    types, codes, symbols = _scan_regexes()
    low = text.lower()
    out = []
    if len(low) == len(text):
        found = ((m.start(), m.end()) for m in types.finditer(low))
    else:  # a character whose lower case is longer: scan the text itself
        found = ((m.start("type"), m.end("type")) for m in anchor_regex().finditer(text) if m.group("type"))
    for s, e in found:
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_"):
            out.append(_Anchor("type", s, e, text[s:e]))
    for m in codes.finditer(text):
        s = m.start()
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_"):
            out.append(_Anchor("code", s, m.end(), m.group()))
    for m in symbols.finditer(text):
        s = m.start()
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_./-⁄"):  # "số -⁄2026/NĐ-CP": a form's blank
            out.append(_Anchor("sym", s, m.end(), m.group()))
    out.sort(key=lambda a: a.s)
    return out


@lru_cache(maxsize=1)
def _no_slash() -> re.Pattern:
    codes = sorted((c for c in type_codes() if c.isupper() and len(c) > 1), key=lambda c: (-len(c), c))
    return re.compile(rf"(\d+)[ ]+((?:{'|'.join(map(re.escape, codes))})-[A-ZĐ][A-Za-zĐđ]*\d*)(?![\w/])")


@dataclass
class _M:
    """A mention while it is being built."""
    start: int
    end: int
    type: str | None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    issuer_src: str = ""
    title_start: int | None = None
    title_end: int | None = None
    short: bool = False
    named: bool = False  # a document named without a number
    nested: bool = False  # written inside another reference's title
    lower: bool = False  # a short form whose type word is in lower case
    confidence: float = 1.0


_SPACES = re.compile(r"\s+")


def _clean(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def _known_symbol(number: str) -> bool:
    codes = [c.upper() for c in symbol_codes(number)]
    from .issuers import _by_code
    return any(c in type_codes() or c in _by_code() or c == "QH" for c in codes)


def _next_word(text: str, p: int) -> str:
    w = WORD.match(text, _skip_ws(text, p))
    return w.group().casefold() if w else ""


def word_is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _skip_ws(text: str, p: int) -> int:
    while p < len(text) and text[p] in " \t\n":
        p += 1
    return p


def _line_start(text: str, p: int) -> bool:
    """Is ``p`` the first word of its line, after a list label at most ("1. ", "- ", "a) ")?"""
    ls = text.rfind("\n", 0, p) + 1
    return re.fullmatch(r"[ \t]*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.)?[ \t]*", text[ls:p]) is not None
