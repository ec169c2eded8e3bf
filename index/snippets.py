"""Snippets: the passage of a document where a query's words are densest, its matches marked.

Matches are found by a regex of folded literals over the folded text (``fold`` keeps offsets), then
checked against the query's own diacritics in the original text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .analysis import exact, fold, has_diacritics, query_words, words

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


WIDTH = 160  # characters of a snippet
CHUNK, OVERLAP = 8_192, 256  # a match never spans more than OVERLAP characters past a chunk
SCAN_LIMIT = 400_000  # characters; past that a snippet shows the start of a very long document


@lru_cache(maxsize=256)
def _snippet_regex(terms: tuple[tuple[str, ...], ...]) -> re.Pattern | None:
    """Folded literals, longest first: run over the folded text, where sre's literal prefix scan is fast."""
    if not terms:
        return None
    alts = sorted(terms, key=lambda t: (-len(t), t))
    body = "|".join(r"\W+".join(re.escape(w) for w in t) for t in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _scan(text, spans, rx, want, longest, loose, strict) -> None:
    """Collect matches of ``rx`` in the folded ``spans`` of ``text`` (in order; overlaps skipped) until
    the query's words appear whole as written (and a snippet's width after), or there are plenty.
    For a query of several words, "plenty" counts matches of two words or more: a common syllable
    alone ("số" of "chuyển đổi số") must not use up the budget before the words come together."""
    last, until = 0, None
    several = 0
    for lo, hi in spans:
        lo = max(lo, last)
        if lo >= hi:
            continue
        for m in rx.finditer(fold(text[lo:hi + OVERLAP])):
            a, b = lo + m.start(), lo + m.end()
            if a >= hi or a < last:
                continue
            if until is not None and a > until:
                return
            last = b
            key = tuple(words(m.group(0)))
            loose.append((a, b, key))
            if want.get(key) is None or tuple(words(exact(text[a:b]))) == want[key]:
                strict.append((a, b, key))
                if until is None and len(key) == longest:  # the query's words as written: enough
                    until = b + WIDTH
            several += len(key) > 1
            if (several if longest > 1 else len(strict)) >= 40 or len(loose) >= 400:
                return
        if until is not None:
            return


def make_snippet(text: str, terms, mark=("<b>", "</b>"), width: int = WIDTH) -> str:
    """The passage of ``text`` where the query's words are densest, matches wrapped in ``mark``.

    ``terms`` are (folded words, exact words or None); where the query had diacritics, only matches
    with the same diacritics (either tone placement) are marked, unless the text has none of them."""
    terms = [(tuple(f), tuple(e) if e else None) for f, e in (t if isinstance(t, tuple) and len(t) == 2
                                                               and isinstance(t[0], (tuple, list)) else (t, None)
                                                               for t in terms)]
    want = dict(terms)
    rx = _snippet_regex(tuple(f for f, _ in terms))
    loose: list = []
    strict: list = []
    if rx is not None:
        longest = max(len(f) for f, _ in terms)
        # A number in the query ("942") is found by a plain substring search, far faster than
        # folding: look around its occurrences first.
        digits = {w for f, _ in terms for w in f if w.isdigit() and len(w) >= 2}
        spans = sorted((max(0, m.start() - 200), m.end() + 200) for d in digits
                       for m in islice(re.finditer(re.escape(d), text), 20))
        if spans:
            _scan(text, spans, rx, want, longest, loose, strict)
        if not strict:
            loose.clear()
            # Fold and scan the text a chunk at a time, stopping once there is enough to choose from:
            # folding is the cost (a C loop, but ~25 MB/s), and some documents run to megabytes.
            stop = min(len(text), SCAN_LIMIT)
            _scan(text, [(a, a + CHUNK) for a in range(0, stop, CHUNK)], rx, want, longest, loose, strict)
    matches = strict or loose
    if not matches:
        return _clip(text, 0, width)
    best, best_score = 0, -1
    for i, (start, _, _) in enumerate(matches):
        near = [w for s, e, w in matches[i:i + 40] if e <= start + width - 40]  # shown from 40 before
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
    shown = [(s, e, w) for s, e, w in matches if s >= lo and e <= hi]
    # a syllable alone is not marked where the window shows it inside the query's words together:
    # "<b>chuyển đổi số</b>" without the "Số:" of the header line
    together = {x for _, _, w in shown if len(w) > 1 for x in w}
    out, pos = [], lo
    for s, e, w in shown:
        if len(w) == 1 and w[0] in together:
            continue
        if s >= pos:
            out += [text[pos:s], mark[0], text[s:e], mark[1]]
            pos = e
    out.append(text[pos:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def _clip(text: str, lo: int, width: int) -> str:
    body = " ".join(text[lo:lo + width].split())
    return body + ("…" if len(text) > lo + width else "")


__all__ = ["highlight_terms", "make_snippet"]
