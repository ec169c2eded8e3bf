"""The one normalized document every later stage reads."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Metadata:
    """A document's own identity, read from its header (gold/GUIDELINES.md, "Document metadata")."""

    type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    place: str | None = None
    title: str | None = None
    signer: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Document:
    """One file, read and normalized once. Every offset anywhere indexes into ``text``."""

    source: str
    sha256: str
    text: str
    format: str  # txt, pdf, docx, html, doc
    kind: str = "document"  # "document" or "news"
    metadata: Metadata = field(default_factory=Metadata)
    pages: int | None = None
    ocr: bool = False
    page_confidence: list[float] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["metadata"] = self.metadata.to_dict()
        return d
