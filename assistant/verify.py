"""verify_citations: every [n] must point at a retrieved clause and every quote must stand in that clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .models import Citation

MARKER = re.compile(r"\[(\d{1,2})\]")
QUOTED = re.compile(r"[\"“«]\s*(.+?)\s*[\"”»]\s*\[(\d{1,2})\]", re.DOTALL)


def normalise(text: str) -> str:
    """Compare quotes ignoring whitespace, line-end hyphenation, quote styles and case."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass(frozen=True)
class Verification:
    citations: tuple[Citation, ...]  # with valid flags set
    unknown_markers: tuple[int, ...]  # [n] in the text with no source n
    altered_quotes: tuple[int, ...]  # quotes not found in the clause they cite

    @property
    def ok(self) -> bool:
        return not self.unknown_markers and not self.altered_quotes and any(c.valid for c in self.citations)


def verify_citations(text: str, citations: list[Citation], clause_texts: dict[int, str]) -> Verification:
    """`clause_texts` maps citation number to the full text of the clause it cites."""
    numbers = {c.number for c in citations}
    unknown = tuple(sorted({int(n) for n in MARKER.findall(text)} - numbers))
    altered = []
    for quote, n in QUOTED.findall(text):
        n = int(n)
        if n in clause_texts and normalise(quote.strip(" .…")) not in normalise(clause_texts[n]):
            altered.append(n)
    cited = {int(n) for n in MARKER.findall(text)}
    checked = tuple(
        replace(c, valid=c.number in cited and c.number not in altered
                and normalise(c.quote) in normalise(clause_texts.get(c.number, "")))
        for c in citations
    )
    return Verification(checked, unknown, tuple(sorted(set(altered))))


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of a quote inside a clause, whatever whitespace or case the quote was written with."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return match.span() if match else None
