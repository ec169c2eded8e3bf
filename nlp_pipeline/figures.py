"""``vanban_figures``: a thin spaCy adapter over ``extractors.find_figures``.

It writes one span per figure to ``doc.spans["figures"]`` (overlaps allowed, ``doc.ents`` left
alone); each span carries its ``Figure`` in ``span._.figure``. Spans are aligned to the tokenizer's
tokens with ``alignment_mode="expand"``, so a figure always covers whole tokens.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.figures import find_figures

if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)


class FiguresComponent:
    """Finds the figures of ``doc.text``; settings are JSON-safe so the pipeline serializes."""

    def __init__(self, nlp: Language, name: str = "vanban_figures", spans_key: str = "figures",
                 label: str = "FIGURE"):
        self.name = name
        self.spans_key = spans_key
        self.label = label

    def __call__(self, doc: Doc) -> Doc:
        metadata = doc.user_data.get("vanban_metadata")
        spans = []
        for fig in find_figures(doc.text, metadata):
            span = doc.char_span(fig.start, fig.end, label=self.label, alignment_mode="expand")
            if span is None:
                continue
            span._.figure = fig
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    # The component has no state beyond its config; these keep nlp.to_disk()/from_disk() working.
    def to_disk(self, path, exclude=()):
        return None

    def from_disk(self, path, exclude=()):
        return self

    def to_bytes(self, exclude=()):
        return b""

    def from_bytes(self, data, exclude=()):
        return self


@Language.factory("vanban_figures", default_config={"spans_key": "figures", "label": "FIGURE"})
def make_figures(nlp: Language, name: str, spans_key: str, label: str) -> FiguresComponent:
    return FiguresComponent(nlp, name, spans_key, label)
