"""Figures: quantities reported or set (issue 4). Placeholder until the extractor lands."""
from __future__ import annotations

from .models import Figure


def find_figures(text: str, metadata=None) -> list[Figure]:
    """Every figure in ``text``."""
    return []
