"""The data a review grid is made of: one Cell per item and agreement."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

STATED, NOT_STATED, NOT_APPLICABLE = "stated", "not stated", "not applicable"


@dataclass(frozen=True)
class Cell:
    item: str  # an id of review.items.ITEMS
    status: str  # STATED, NOT_STATED or NOT_APPLICABLE
    value: str | None = None  # normalised: "36 hours", "EUR 2,000,000 per year", "BE", "IN, US", "general", "stated"
    data: dict = field(default_factory=dict, compare=False)  # typed parts: hours, amount, currency, countries, basis
    quote: str | None = None  # verbatim from the clause
    clause: str | None = None  # label, as citations give it
    pages: tuple[int, int] | None = None
    confidence: float = 0.0
    amended_by: str | None = None  # the addendum (document id) whose clause now states this value

    def to_json(self) -> dict:
        data = asdict(self)
        data["pages"] = list(self.pages) if self.pages else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> Cell:
        return cls(**{**data, "pages": tuple(data["pages"]) if data.get("pages") else None})


@dataclass(frozen=True)
class Grid:
    document: str
    kind: str  # "processing" (a data-processing agreement), "nda", "sla" or "other"
    cells: tuple[Cell, ...]

    def cell(self, item: str) -> Cell | None:
        return next((c for c in self.cells if c.item == item), None)

    def to_json(self) -> dict:
        return {"document": self.document, "kind": self.kind, "cells": [c.to_json() for c in self.cells]}

    @classmethod
    def from_json(cls, data: dict) -> Grid:
        return cls(data["document"], data["kind"], tuple(Cell.from_json(c) for c in data["cells"]))
