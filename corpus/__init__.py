"""Reading files into normalized documents."""
from .document import Document, Metadata
from .errors import NeedsOCR, ReadError
from .metadata import read_metadata
from .normalize import normalize_text
from .readers import SUFFIXES, read_document

__all__ = ["Document", "Metadata", "NeedsOCR", "ReadError", "SUFFIXES", "normalize_text", "read_document",
           "read_metadata"]
