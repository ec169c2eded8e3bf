"""``vanban_figures``: a thin spaCy adapter over ``extractors.find_figures``.

It writes one span per figure to ``doc.spans["figures"]`` (overlaps allowed, ``doc.ents`` left
alone); each span carries its ``Figure`` in ``span._.figure``. Spans are aligned to the tokenizer's
tokens with ``alignment_mode="expand"``, so a figure always covers whole tokens.
"""
from __future__ import annotations

from spacy.language import Language

from extractors.figures import find_figures

from .component import SpanComponent


class FiguresComponent(SpanComponent):
    """Finds the figures of ``doc.text``; settings are JSON-safe so the pipeline serializes."""

    extension = "figure"

    def __init__(self, nlp: Language, name: str = "vanban_figures", spans_key: str = "figures",
                 label: str | None = "FIGURE"):
        super().__init__(nlp, name, spans_key, label)

    def find(self, text: str, metadata) -> list:
        return find_figures(text, metadata)


@Language.factory("vanban_figures", default_config={"spans_key": "figures", "label": "FIGURE"})
def make_figures(nlp: Language, name: str, spans_key: str, label: str) -> FiguresComponent:
    return FiguresComponent(nlp, name, spans_key, label)
