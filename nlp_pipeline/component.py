"""What every vanban spaCy component shares: run a pure extractor over ``doc.text`` and write its
results to ``doc.spans[spans_key]`` (overlaps allowed, ``doc.ents`` left alone), each span aligned
to whole tokens (``alignment_mode="expand"``) and carrying its result in ``span._.<extension>``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


class SpanComponent:
    """Subclasses set ``extension`` and implement ``find`` (and ``label_for`` when labels vary)."""

    extension = ""

    def __init__(self, nlp: Language, name: str, spans_key: str, label: str | None):
        self.name = name
        self.spans_key = spans_key
        self.label = label
        if not Span.has_extension(self.extension):
            Span.set_extension(self.extension, default=None)

    def find(self, text: str, metadata) -> list:
        raise NotImplementedError

    def label_for(self, item) -> str:
        return self.label

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for item in self.find(doc.text, doc.user_data.get("vanban_metadata")):
            span = doc.char_span(item.start, item.end, label=self.label_for(item), alignment_mode="expand")
            if span is None:
                continue
            span._.set(self.extension, item)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    # No state beyond the config; these keep nlp.to_disk()/from_disk() working.
    def to_disk(self, path, exclude=()):
        return None

    def from_disk(self, path, exclude=()):
        return self

    def to_bytes(self, exclude=()):
        return b""

    def from_bytes(self, data, exclude=()):
        return self
