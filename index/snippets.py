"""Snippets: the passage of a document where a query's words are densest, its matches marked.

Matches are found in the original text by a regex whose letters accept every diacritic
(``[aàáảãạăằắẳẵặâầấẩẫậ...]``), so no folded copy of a long text is made per hit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .analysis import exact, fold, has_diacritics, query_words, words

_VARIANTS = {base: base + letters + letters.upper() + base.upper() for base, letters in
             {"a": "àáảãạăằắẳẵặâầấẩẫậ", "e": "èéẻẽẹêềếểễệ", "i": "ìíỉĩị", "o": "òóỏõọôồốổỗộơờớởỡợ",
              "u": "ùúủũụưừứửữự", "y": "ỳýỷỹỵ", "d": "đ"}.items()}


def _syllable_pattern(folded: str) -> str:
    # Both cases spelled out: re.IGNORECASE on Unicode text is several times slower.
    return "".join(f"[{_VARIANTS[c]}]" if c in _VARIANTS else f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c)
                   for c in folded)


def highlight_terms(segments: list[tuple[str, str]]) -> list[tuple[tuple[str, ...], tuple[str, ...] | None]]:
    """(folded words, exact words or None) to highlight: phrases and runs of words whole, then their
    bigrams, then each word alone; exact words when the query had diacritics."""
    out: dict = {}
    for kind, text in segments:
        if kind == "not":
            continue
        ex, fo = query_words(text)
        accented = has_diacritics(text)
        spans = [(0, len(fo))] if kind == "phrase" else (
            [(0, len(fo))] + [(i, i + 2) for i in range(len(fo) - 1)] + [(i, i + 1) for i in range(len(fo))])
        for a, b in spans:
            if b > a:
                key = tuple(fo[a:b])
                exact_words = tuple(ex[a:b]) if accented and len(ex) == len(fo) else None
                if key not in out or out[key] is None:
                    out[key] = exact_words
    return list(out.items())


@lru_cache(maxsize=256)
def _snippet_regex(terms: tuple[tuple[str, ...], ...]) -> re.Pattern | None:
    if not terms:
        return None
    alts = sorted(terms, key=lambda t: (-len(t), t))
    body = "|".join(r"\W+".join(_syllable_pattern(w) for w in t) for t in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def make_snippet(text: str, terms, mark=("<b>", "</b>"), width: int = 160) -> str:
    """The passage of ``text`` where the query's words are densest, matches wrapped in ``mark``.

    ``terms`` are (folded words, exact words or None); where the query had diacritics, only matches
    with the same diacritics (either tone placement) are marked, unless the text has none of them."""
    terms = [(tuple(f), tuple(e) if e else None) for f, e in (t if isinstance(t, tuple) and len(t) == 2
                                                               and isinstance(t[0], (tuple, list)) else (t, None)
                                                               for t in terms)]
    want = dict(terms)
    rx = _snippet_regex(tuple(f for f, _ in terms))
    loose, strict = [], []
    if rx is not None:
        for m in rx.finditer(text):
            key = tuple(words(fold(m.group(0).lower())))
            item = (m.start(), m.end(), key)
            loose.append(item)
            if want.get(key) is None or tuple(words(exact(m.group(0)))) == want[key]:
                strict.append(item)
            if len(loose) >= 80:
                break
    matches = strict or loose
    if not matches:
        return _clip(text, 0, width)
    best, best_score = 0, -1
    for i, (start, _, _) in enumerate(matches):
        near = [w for s, e, w in matches[i:i + 40] if e <= start + width]
        score = len({x for w in near for x in w}) * 10 + sum(len(w) for w in near)
        if score > best_score:
            best, best_score = i, score
    start = matches[best][0]
    lo = max(0, start - 40)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < 60:
        lo -= 1
    hi = min(len(text), lo + width)
    while hi < len(text) and not text[hi].isspace() and hi - lo < width + 20:
        hi += 1
    out, pos = [], lo
    for s, e, _ in matches:
        if s >= lo and e <= hi and s >= pos:
            out += [text[pos:s], mark[0], text[s:e], mark[1]]
            pos = e
    out.append(text[pos:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def _clip(text: str, lo: int, width: int) -> str:
    body = " ".join(text[lo:lo + width].split())
    return body + ("…" if len(text) > lo + width else "")


__all__ = ["highlight_terms", "make_snippet"]
