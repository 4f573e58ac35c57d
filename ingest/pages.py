"""Turn raw page texts into one clean text plus page boundaries.

Page headers and footers ("Sensitivity: Company", "Vertrouwelijk – pagina 3 van 9") are
dropped from the text; where the input has no real page breaks (text extracted from a PDF
without form feeds) each such footer line is taken as the end of a page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

# "Vertrouwelijk – pagina 3 van 9", "Page 2 of 7", "p. 4/9": marks a page edge wherever it stands.
PAGE_LABEL_RE = re.compile(
    r"^(?:.{0,60}?\b)?(?:pagina|page|p\.|blz\.?)\s*\d+\s*(?:(?:van|of|sur|/|de)\s*\d+)?\s*$", re.IGNORECASE
)
# "3", "- 3 -", "3/9": only furniture when it sits at a page edge.
BARE_PAGE_NUMBER_RE = re.compile(r"^[-–—\s]*\d{1,4}\s*(?:/\s*\d{1,4})?[-–—\s]*$")


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _is_footer_candidate(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 8 and len(line) <= 60 and not line.rstrip().endswith((":", ";", ","))


def repeated_footer_lines(text: str) -> set[str]:
    """Short lines that repeat at least three times far apart: page furniture, not content."""
    lines = text.split("\n")
    positions: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.strip() and _is_footer_candidate(line.strip()):
            # Exact repeats only: numbered furniture is caught by PAGE_LABEL_RE, and "Bijlage 1/2/3" is not furniture.
            positions.setdefault(line.strip().lower(), []).append(i)
    found = set()
    for key, where in positions.items():
        if len(where) >= 3 and min(b - a for a, b in zip(where, where[1:])) > 8:
            found.add(key)
    return found


def split_on_footers(text: str) -> list[str]:
    """Split a text without form feeds at its page footer lines (each ends a page)."""
    footers = repeated_footer_lines(text)
    pages: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip() and (line.strip().lower() in footers or PAGE_LABEL_RE.match(line.strip())):
            pages.append([])
        else:
            pages[-1].append(line)
    if pages and not any(l.strip() for l in pages[-1]):
        pages.pop()
    return ["\n".join(p) for p in pages] or [""]


def _edge_lines(page: str, depth: int = 2) -> list[str]:
    lines = [l for l in page.split("\n") if l.strip()]
    return lines[:depth] + lines[-depth:] if len(lines) > depth * 2 else lines


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop header/footer lines repeated across pages and bare page numbers at page edges."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_norm(l) for l in _edge_lines(page)})
    threshold = max(2, (len(pages) + 1) // 2)
    furniture = {k for k, n in counts.items() if n >= threshold}
    cleaned = []
    for page in pages:
        edges = set(_edge_lines(page))
        kept = [
            line
            for line in page.split("\n")
            if not (line in edges and (_norm(line) in furniture or _is_page_number(line.strip())))
        ]
        cleaned.append("\n".join(kept))
    return cleaned


def _is_page_number(line: str) -> bool:
    return bool(PAGE_LABEL_RE.match(line) or BARE_PAGE_NUMBER_RE.match(line))


# Word-to-text converters leave "[bookmark: _Hlk1]" and "[image: ]" markers: not agreement text.
_CONVERTER_MARKERS = re.compile(r"\[(?:bookmark|image):[^\]\n]*\]")


def assemble(pages: list[str]) -> tuple[str, list[int]]:
    """Clean text and the offset where each page starts (page n starts at starts[n-1])."""
    pages = [_CONVERTER_MARKERS.sub("", p.replace("\r\n", "\n").replace("\r", "\n")) for p in pages]
    if len(pages) == 1:
        pages = split_on_footers(pages[0])
    if len(pages) > 1:
        pages = strip_page_furniture(pages)
    parts, starts, offset = [], [], 0
    for page in pages:
        page = page.strip("\n") + "\n"
        starts.append(offset)
        parts.append(page)
        offset += len(page)
    return "".join(parts), starts


def page_at(starts: list[int], offset: int) -> int:
    return max(1, bisect.bisect_right(starts, offset))
