"""Vietnamese text analysis for the search index: the terms a text is indexed under.

Two spellings of every syllable are indexed:

- ``exact``: lower case, with its diacritics, the tone mark moved to one fixed place so that both
  placements match (``hoà`` / ``hòa``, ``thuỷ`` / ``thủy``, ``uỷ ban`` / ``ủy ban``);
- ``fold``: lower case ASCII, every diacritic dropped and ``đ`` read as ``d`` (``chuyển đổi số`` ->
  ``chuyen doi so``), so that a query typed without accents finds the same words.

Phrases and multi-syllable words are matched through syllable bigrams (``chuyen doi``, ``doi so``)
indexed as terms of their own, rather than through positions: a bigram is one posting list, where a
positional phrase query reads and compares the positions of every syllable.

Every step is a C-level string operation (``str.translate``, ``re.findall``, ``Counter``) so that
indexing costs a few passes over the text, not Python work per syllable. Folding maps one code
point to one code point, so offsets in the folded text are offsets in the original (snippets rely
on it). No stop list: ``an``, ``to`` and one-letter syllables are words in Vietnamese.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import chain
from operator import itemgetter

import numpy as np

# Vietnamese letters with diacritics, by their base letter (NFC precomposed forms).
_GROUPS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
    "d": "đ",
}


def _fold_table() -> dict[int, str]:
    table = {}
    for base, letters in _GROUPS.items():
        for ch in letters:
            table[ord(ch)] = base
            table[ord(ch.upper())] = base
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(ch)] = ch.lower()
    return table


FOLD = _fold_table()
# Lower case for the Vietnamese alphabet, one code point to one code point (str.lower() could change
# the length on rare letters, and offsets must hold).
LOWER = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"} | {
    ord(ch.upper()): ch for letters in _GROUPS.values() for ch in letters}

# Old and new tone placement differ only in the clusters oa, oe, uy without a final consonant:
# "hoà" / "hòa", "khoẻ" / "khỏe", "thuỷ" / "thủy". Both sides (index and query) move the tone to the
# first vowel; for "hoàn" (tone always on a) this gives "hòan" on both sides, which still matches.
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"a": ("o", "òóỏõọ"), "e": ("o", "òóỏõọ"), "y": ("u", "ùúủũụ")}
TONE_MOVES = [(_FIRST[v][0] + marked, _FIRST[v][1][i] + v)
              for v, marks in _TONES.items() for i, marked in enumerate(marks)]

WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``'Chuyển đổi số'`` -> ``'chuyen doi so'``; same length as ``text``."""
    return text.translate(FOLD)


def exact(text: str) -> str:
    """Lower case with diacritics, tone marks in one fixed place: ``'Hoà'`` -> ``'hòa'``."""
    s = text.translate(LOWER)
    for old, new in TONE_MOVES:
        if old in s:
            s = s.replace(old, new)
    return s


def words(text: str) -> list[str]:
    return WORD.findall(text)


def bigrams(tokens: list[str]) -> list[str]:
    return list(map("{} {}".format, tokens, tokens[1:]))


def has_diacritics(text: str) -> bool:
    return fold(text) != text.translate(LOWER)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Every syllable gets a number, for the life of the process: a text's terms are counted as arrays of
# numbers (a bigram is two numbers in one int64), and turned back into strings once per distinct term
# of an index segment, not once per document (index/writer.py).
_IDS: dict[str, int] = {}
_WORDS: list[str] = []
_PAIR = 32  # a bigram's code: first syllable << 32 | second


def _ids(syllables: list[str]) -> tuple[int, ...]:
    out = []
    for w in syllables:
        i = _IDS.get(w)
        if i is None:
            i = _IDS[w] = len(_WORDS)
            _WORDS.append(w)
        out.append(i)
    return tuple(out)


# raw (space-separated, lower-cased) token -> (exact syllable ids, folded syllable ids); texts of one
# corpus share most tokens, so each is analysed once rather than once a document.
_TOKENS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
_TOKENS_MAX = 400_000


def _token(raw: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    got = _TOKENS.get(raw)
    if got is None:
        if len(_TOKENS) >= _TOKENS_MAX:
            _TOKENS.clear()
        ex, fo = words(exact(raw)), words(fold(raw))
        # exact forms only where they differ from the folded ones: a query asks for no others
        got = _TOKENS[raw] = (_ids([e for e, f in zip(ex, fo) if e != f] if len(ex) == len(fo) else ex), _ids(fo))
    return got


def text_codes(text: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """(term codes, counts) of a text for each text field: ``fold`` (folded syllables), ``fold2`` (folded
    bigrams), ``exact`` (only the syllables that have diacritics); codes ascending.

    Splits on white space at C speed, analyses each distinct token once (cached), expands the token
    stream with ``map``/``chain`` and counts with numpy: no Python step per syllable."""
    raw = text.lower().split()
    table = {r: _token(r) for r in set(raw)}
    toks = list(map(table.__getitem__, raw))
    ex = np.fromiter(chain.from_iterable(map(itemgetter(0), toks)), dtype=np.int64)
    fo = np.fromiter(chain.from_iterable(map(itemgetter(1), toks)), dtype=np.int64)
    pairs = (fo[:-1] << _PAIR) | fo[1:]
    return {name: np.unique(a, return_counts=True) for name, a in (("fold", fo), ("fold2", pairs), ("exact", ex))}


def term_texts(field: str, codes) -> list[str]:
    """The terms (``'chuyen'``, ``'chuyen doi'``) of a field's codes."""
    w = _WORDS
    if field == "fold2":
        mask = (1 << _PAIR) - 1
        return [f"{w[c >> _PAIR]} {w[c & mask]}" for c in codes]
    return [w[c] for c in codes]


def term_code(field: str, term: str) -> int:
    """The code of one term of a field (the reverse of ``term_texts``)."""
    if field == "fold2":
        a, b = _ids(term.split(" ", 1))
        return (a << _PAIR) | b
    return _ids([term])[0]


def text_terms(text: str) -> dict[str, Counter]:
    """The term counts of a text for each text field, as strings (``text_codes`` decoded)."""
    return {name: Counter(dict(zip(term_texts(name, codes.tolist()), counts.tolist())))
            for name, (codes, counts) in text_codes(text).items()}


def query_words(text: str) -> tuple[list[str], list[str]]:
    """(exact words, folded words) of a query string, in order."""
    return words(exact(nfc(text))), words(fold(nfc(text).lower()))


__all__ = ["FOLD", "bigrams", "exact", "fold", "has_diacritics", "nfc", "query_words", "term_code", "term_texts",
           "text_codes", "text_terms", "words"]
