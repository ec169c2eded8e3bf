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

from extractors.references import find_references

from .component import SpanComponent


class ReferencesComponent(SpanComponent):
    """Finds the references of ``doc.text``; settings are JSON-safe so the pipeline serializes."""

    extension = "reference"

    def __init__(self, nlp: Language, name: str = "vanban_references", spans_key: str = "references",
                 label: str | None = None):
        super().__init__(nlp, name, spans_key, label)

    def find(self, text: str, metadata) -> list:
        return find_references(text, metadata)

    def label_for(self, ref) -> str:
        return self.label or ref.type or "REFERENCE"  # None: each span is labelled with its type


@Language.factory("vanban_references", default_config={"spans_key": "references", "label": None})
def make_references(nlp: Language, name: str, spans_key: str, label: str | None) -> ReferencesComponent:
    return ReferencesComponent(nlp, name, spans_key, label)
