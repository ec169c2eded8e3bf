"""spaCy adapters over the pure extractors: a Vietnamese tokenizer and the ``vanban_references`` and
``vanban_figures`` components (added by issues 3 and 4)."""
from . import figures as _figures  # noqa: F401  registers the "vanban_figures" factory
from . import references as _references  # noqa: F401  registers the "vanban_references" factory
from .tokenizer import VietnameseTokenizer, blank

__all__ = ["VietnameseTokenizer", "blank"]
