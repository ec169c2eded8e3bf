"""A Vietnamese tokenizer for spaCy built on underthesea's word segmentation.

spaCy's own ``vi`` tokenizer needs pyvi; this one uses underthesea (already a dependency, offline)
and, unlike a plain ``Doc(words=...)`` from its output, always keeps ``doc.text == text``: each word
underthesea finds is located in the text, multi-syllable words ("Thủ tướng") stay one token when
their syllables are separated by single spaces, and any run of other white space becomes its own
token, as spaCy does.

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.vi_tokenizer.v1"}}})

or simply ``nlp_pipeline.blank()``. ``segmenter="syllable"`` splits at white space and punctuation
only, without the statistical model (fast; every syllable is a token).
"""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc
from spacy.util import registry

# A syllable, a number with its inner punctuation ("15/6/2021", "2,5", "942/QĐ-TTg"), or one mark.
_PIECE = re.compile(r"\d+(?:[.,/:-]\d+)*|\w+|[^\w\s]", re.UNICODE)


def _segments(text: str, segmenter: str) -> list[str]:
    if segmenter == "underthesea" and text.strip():
        from underthesea import word_tokenize

        return word_tokenize(text)
    return _PIECE.findall(text)


def align(text: str, pieces: list[str]) -> tuple[list[str], list[bool]]:
    """Words and spaces for ``Doc(vocab, words, spaces)`` such that the doc's text is ``text``.

    ``pieces`` are the segmenter's words in order; a piece that cannot be found where expected is
    skipped, and whatever text no piece covers is split at white space, so nothing is lost."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        syllables = piece.split()
        if not syllables:
            continue
        found, p, starts = True, pos, []
        for s in syllables:
            i = text.find(s, p)
            if i < 0 or text[p:i].strip():
                found = False
                break
            starts.append((i, i + len(s)))
            p = i + len(s)
        if not found:
            continue
        # one token when the syllables are joined by single spaces, else one per syllable
        if all(text[a[1]:b[0]] == " " for a, b in zip(starts, starts[1:])):
            spans.append((starts[0][0], starts[-1][1]))
        else:
            spans.extend(starts)
        pos = p
    # text no piece covered: split it at white space
    full: list[tuple[int, int]] = []
    last = 0
    for a, b in spans + [(len(text), len(text))]:
        for m in re.finditer(r"\S+", text[last:a]):
            full.append((last + m.start(), last + m.end()))
        if a < b:
            full.append((a, b))
        last = b
    words: list[str] = []
    spaces: list[bool] = []
    prev_end = 0
    for a, b in full:
        gap = text[prev_end:a]
        if gap:
            if words and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        words.append(text[a:b])
        spaces.append(False)
        prev_end = b
    tail = text[prev_end:]
    if tail:
        if words and tail[0] == " ":
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
    return words, spaces


class VietnameseTokenizer:
    """Callable tokenizer: ``text -> Doc`` with ``doc.text == text``."""

    def __init__(self, vocab, segmenter: str = "underthesea"):
        if segmenter not in ("underthesea", "syllable"):
            raise ValueError(f"segmenter must be 'underthesea' or 'syllable', not {segmenter!r}")
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        words, spaces = align(text, _segments(text, self.segmenter))
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for t in texts:
            yield self(t)

    # no state beyond the config: these keep nlp.to_disk()/from_disk() working
    def to_disk(self, path, **kwargs):
        return None

    def from_disk(self, path, **kwargs):
        return self

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self


@registry.tokenizers("vanban.vi_tokenizer.v1")
def create_tokenizer(segmenter: str = "underthesea"):
    def make(nlp):
        return VietnameseTokenizer(nlp.vocab, segmenter)
    return make


def blank(segmenter: str = "underthesea"):
    """A blank Vietnamese pipeline with this tokenizer (no pyvi needed)."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.vi_tokenizer.v1",
                                                            "segmenter": segmenter}}})
