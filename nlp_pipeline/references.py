"""``vanban_references``: a thin spaCy adapter over ``extractors.find_references``.

It writes one span per reference to ``doc.spans["references"]`` (overlaps allowed: a law cited
inside an amending law's title; ``doc.ents`` left alone); each span carries its ``Reference`` in
``span._.reference`` and its label is the reference's type ("Quyết định", "Luật", ...). Spans are
aligned to tokens with ``alignment_mode="expand"``. The document's own header metadata, when
known, goes in ``doc.user_data["vanban_metadata"]`` (it expands "UBND tỉnh" and keeps the
document's own number out).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.references import find_references

if not Span.has_extension("reference"):
    Span.set_extension("reference", default=None)


class ReferencesComponent:
    """Finds the references of ``doc.text``; settings are JSON-safe so the pipeline serializes."""

    def __init__(self, nlp: Language, name: str = "vanban_references", spans_key: str = "references",
                 label: str | None = None):
        self.name = name
        self.spans_key = spans_key
        self.label = label  # None: each span is labelled with its reference's type

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ref in find_references(doc.text, doc.user_data.get("vanban_metadata")):
            span = doc.char_span(ref.start, ref.end, label=self.label or ref.type or "REFERENCE",
                                 alignment_mode="expand")
            if span is None:
                continue
            span._.reference = ref
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def to_disk(self, path, exclude=()):
        return None

    def from_disk(self, path, exclude=()):
        return self

    def to_bytes(self, exclude=()):
        return b""

    def from_bytes(self, data, exclude=()):
        return self


@Language.factory("vanban_references", default_config={"spans_key": "references", "label": None})
def make_references(nlp: Language, name: str, spans_key: str, label: str | None) -> ReferencesComponent:
    return ReferencesComponent(nlp, name, spans_key, label)
