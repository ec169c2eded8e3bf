"""References to other documents (issue 3). Placeholder until the extractor lands."""
from __future__ import annotations

from .models import Reference


def find_references(text: str, metadata=None) -> list[Reference]:
    """Every reference in ``text``; ``metadata`` (the document's own header) helps expand issuers."""
    return []
