"""From a file's bytes to a ParsedDocument: load pages, clean, segment, describe."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import IngestError
from .language import detect_language
from .loaders import load_pages
from .metadata import (display_title, find_dates, find_parties, find_product_names, find_references, find_title,
                       roles_from_text, signature_date)
from .models import DocumentInfo, OcrPage, ParsedDocument
from .ocr import LOW_CONFIDENCE
from .pages import MAX_FURNITURE_SHARE, assemble_pages
from .segment import PREAMBLE, segment_clauses

# Part of every document's version: a new segmenter re-ingests documents it would cut differently.
PIPELINE_VERSION = "57"


def content_hash(data: bytes, ocr_mode: str = "auto") -> str:
    """The version of a document: its bytes, the pipeline version, and an OCR mode other than the default (so
    that ingesting again with `--ocr always` reads the file again)."""
    mode = b"" if ocr_mode == "auto" else b"\0ocr=" + ocr_mode.encode()
    return hashlib.sha256(PIPELINE_VERSION.encode() + b"\0" + data + mode).hexdigest()


def parse_document(path: Path, data: bytes, password: str | None = None) -> ParsedDocument:
    return parse_pages(path, data, load_pages(path, data, password))


def parse_pages(path: Path, data: bytes, pages: list[str], ocr: tuple[OcrPage, ...] = (),
                low_confidence: float = LOW_CONFIDENCE, ocr_mode: str = "auto") -> ParsedDocument:
    """The extracted page texts of a file, cleaned, segmented and described; `ocr` names the pages read by OCR."""
    text, page_starts, dropped = assemble_pages(list(pages))
    if len(text.strip()) < 20:
        raise IngestError("no text found in the file; check that it is the agreement and not an empty template")
    language = detect_language(text[:20000])
    document = path.stem
    clauses = segment_clauses(document, text, page_starts, language)
    preamble = next((c.text for c in clauses if c.label == PREAMBLE), "")
    parties = roles_from_text(find_parties(preamble), text)
    info = DocumentInfo(
        document=document,
        title=display_title(find_title(text, document), parties),
        parties=tuple(parties),
        dates=tuple(find_dates(text)),
        source_path=str(path.resolve()),
        content_hash=content_hash(data, ocr_mode),
        language=language,
        page_count=len(page_starts),
        signed=signature_date(text),
        ocr=tuple(ocr),
        references=tuple(find_references(text) + find_product_names(text)),
    )
    warnings = ((f"{dropped:.0%} of the text was dropped as page headers and footers (lines repeated on most "
                 f"pages); check the clauses with `akkoord show {document}`",) if dropped > MAX_FURNITURE_SHARE else ())
    warnings += _ocr_warnings(document, ocr, low_confidence)
    return ParsedDocument(info=info, clauses=tuple(clauses), text=text, page_starts=tuple(page_starts),
                          warnings=warnings)


def _ocr_warnings(document: str, ocr: tuple[OcrPage, ...], low_confidence: float) -> tuple[str, ...]:
    low = [p for p in ocr if not p.blank and p.confidence < low_confidence]
    blank = [p.page for p in ocr if p.blank]
    warnings = []
    if low:
        pages = ", ".join(f"{p.page} ({p.confidence:.0f}%)" for p in low)
        warnings.append(f"OCR read page{'s' if len(low) > 1 else ''} {pages} with low confidence; check "
                        f"{'them' if len(low) > 1 else 'it'} against the scan (`akkoord show {document}` lists them)")
    if blank:
        warnings.append(f"blank scanned page{'s' if len(blank) > 1 else ''} skipped: {', '.join(map(str, blank))}")
    return tuple(warnings)
