"""The one result type of every answering mode."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.models import Clause


@dataclass(frozen=True)
class Retrieved:
    clause: Clause
    score: float  # fused score
    dense_score: float | None = None
    lexical_score: float | None = None


@dataclass(frozen=True)
class Citation:
    number: int
    document: str
    clause: str
    title: str | None
    page: int
    pages: tuple[int, int]
    quote: str
    quote_start: int  # offsets of the quote inside the clause text
    quote_end: int
    valid: bool = True
    ocr: bool = False  # the quoted page was read by OCR: check it against the scan


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: tuple[Citation, ...]
    retrieved: tuple[Retrieved, ...]
    abstained: bool
    mode: str
    timings: dict[str, float] = field(default_factory=dict)
    documents: tuple[str, ...] = ()  # the scope the question was answered in (for follow-ups)
    notes: tuple[str, ...] = ()
    evidence: dict[str, float] = field(default_factory=dict, compare=False)  # what the abstainer weighed

    @property
    def latency_ms(self) -> float:
        return round(sum(self.timings.values()) * 1000, 1)

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "abstained": self.abstained,
            "mode": self.mode,
            "citations": [{"document": c.document, "clause": c.clause, "title": c.title, "page": c.page,
                           "pages": list(c.pages), "quote": c.quote, "ocr": c.ocr} for c in self.citations],
            "retrieved": [{"document": r.clause.document, "clause": r.clause.label, "score": round(r.score, 5)}
                          for r in self.retrieved],
            "latency_ms": self.latency_ms,
        }
