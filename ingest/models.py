"""Value types shared by ingestion, the store and the assistant."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Party:
    name: str
    role: str | None = None  # "controller" | "processor" | None when the agreement does not say
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clause:
    document: str  # document id = file stem
    label: str  # as the evals use it: "7.3", "12", "4 §2", "Bijlage 2", "Preamble"
    parent: str | None
    title: str | None
    heading_path: tuple[str, ...]
    text: str
    pages: tuple[int, int]
    char_start: int
    char_end: int
    language: str
    seq: int = 0  # position in the document, for stable ordering


@dataclass(frozen=True)
class OcrPage:
    """A page whose text was read by OCR."""
    page: int  # 1-based
    confidence: float  # Tesseract's mean word confidence, 0-100
    blank: bool = False  # blank paper (or nothing legible): no text stored for it


@dataclass(frozen=True)
class DocumentInfo:
    document: str
    title: str
    parties: tuple[Party, ...]
    dates: tuple[str, ...]  # ISO dates in order of appearance
    source_path: str
    content_hash: str
    language: str
    page_count: int
    signed: str | None = None  # ISO date of the signature block, when it has one
    ocr: tuple[OcrPage, ...] = ()  # pages read by OCR
    # the agreement's own reference codes ("VAEW/PROT/2024/031") and the names it gives its product ("Loketwijzer")
    references: tuple[str, ...] = ()

    def ocr_page(self, page: int) -> OcrPage | None:
        return next((p for p in self.ocr if p.page == page), None)


@dataclass(frozen=True)
class ParsedDocument:
    info: DocumentInfo
    clauses: tuple[Clause, ...]
    text: str = field(repr=False)
    page_starts: tuple[int, ...] = (0,)
    warnings: tuple[str, ...] = ()  # what a user should check (e.g. much text dropped as page furniture)
