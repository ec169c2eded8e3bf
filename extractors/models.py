"""Result types of the extractors: frozen dataclasses with offsets into the normalized text.

Field names follow ../shared/schema/extraction.schema.json; ``to_dict`` gives the JSON form.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class FigureKind(str, Enum):
    TARGET = "target"
    RESULT = "result"


@dataclass(frozen=True)
class Reference:
    """A mention of another specific document (gold/GUIDELINES.md, "References")."""

    start: int
    end: int
    text: str
    type: str | None = None
    number: str | None = None
    date: str | None = None  # YYYY-MM-DD
    issuer: str | None = None
    title: str | None = None
    id: str = ""
    antecedent: str | None = None  # id of the full mention a short form abbreviates
    short_form: bool = False
    title_start: int | None = None
    title_end: int | None = None
    confidence: float = 1.0
    resolved_to: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Figure:
    """A quantity the text reports or sets (gold/GUIDELINES.md, "Figures")."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str = "="
    value_max: float | None = None
    indicator: str | None = None
    scope: str | None = None
    period: str | None = None
    kind: str | None = None  # "target", "result" or None
    parent: str | None = None  # id of the whole this figure is part of
    id: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict:
        d = asdict(self)
        if isinstance(d["value"], float) and d["value"].is_integer():
            d["value"] = int(d["value"])
        if isinstance(d.get("value_max"), float) and d["value_max"].is_integer():
            d["value_max"] = int(d["value_max"])
        return d


@dataclass
class Extraction:
    references: list[Reference] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
