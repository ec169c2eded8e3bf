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


# raw (space-separated, lower-cased) token -> (exact words, folded words); texts of one corpus share
# most tokens, so each is analysed once rather than once a document.
_TOKENS: dict[str, tuple[list[str], list[str]]] = {}
_TOKENS_MAX = 400_000


def _token(raw: str) -> tuple[list[str], list[str]]:
    got = _TOKENS.get(raw)
    if got is None:
        if len(_TOKENS) >= _TOKENS_MAX:
            _TOKENS.clear()
        ex, fo = words(exact(raw)), words(fold(raw))
        got = _TOKENS[raw] = ([e for e, f in zip(ex, fo) if e != f] if len(ex) == len(fo) else ex, fo)
    return got


def text_terms(text: str) -> dict[str, Counter]:
    """The term counts of a text for each text field: ``fold``, ``fold2`` (bigrams), ``exact`` (only
    the syllables that have diacritics).

    Splits on white space at C speed, analyses each distinct token once (cached), and expands the
    token stream through that table with ``map``/``chain`` rather than a Python loop per syllable."""
    raw = text.lower().split()
    table = {r: _token(r) for r in set(raw)}
    # _token keeps exact forms only where they differ from the folded ones: a query asks for no others
    ex = Counter(chain.from_iterable(t[0] for t in map(table.__getitem__, raw)))
    seq = list(chain.from_iterable(t[1] for t in map(table.__getitem__, raw)))
    pairs = Counter(zip(seq, seq[1:]))
    return {"fold": Counter(seq), "fold2": Counter({f"{a} {b}": n for (a, b), n in pairs.items()}), "exact": ex}


def query_words(text: str) -> tuple[list[str], list[str]]:
    """(exact words, folded words) of a query string, in order."""
    return words(exact(nfc(text))), words(fold(nfc(text).lower()))


__all__ = ["FOLD", "bigrams", "exact", "fold", "has_diacritics", "nfc", "query_words", "text_terms", "words"]
