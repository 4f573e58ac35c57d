"""Turn raw page texts into one clean text plus page boundaries.

Page headers and footers ("Sensitivity: Company", "Vertrouwelijk – pagina 3 van 9") are
dropped from the text: lines at page edges that repeat on most pages, as the same text or the same text with the
page's own number in it (never a heading or sentence whose number merely follows the pages). Where the input has no
real page breaks (text extracted from a PDF without form feeds) each such footer line is taken as the end of a page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .footnotes import inline_footnotes
from .tables import CELL_SEPARATOR

# "Vertrouwelijk – pagina 3 van 9", "Page 2 of 7", "p. 4/9": marks a page edge wherever it stands.
PAGE_LABEL_RE = re.compile(
    r"^(?:.{0,60}?\b)?(?:pagina|page|p\.|blz\.?)\s*\d+\s*(?:(?:van|of|sur|/|de)\s*\d+)?\s*$", re.IGNORECASE
)
# "3", "- 3 -", "3/9": only furniture when it sits at a page edge.
BARE_PAGE_NUMBER_RE = re.compile(r"^[-–—\s]*\d{1,4}\s*(?:/\s*\d{1,4})?[-–—\s]*$")


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


# A line that opens a clause or annex ("Artikel 4 – Beveiliging", "4.2 …", "§ 3", "Bijlage 2") is content even when
# its number happens to follow the page number; it is furniture only when the very same line repeats.
_HEADING_LIKE = re.compile(
    r"^\s*(?:(?:artikel|article|art\.|clause|section|bijlage|annexe?|schedule|appendix|addendum|hoofdstuk|chapitre|"
    r"chapter|titel|titre|title)\s*\d|§\s*\d|\d{1,3}(?:\.\d{1,3})*\.?\s+\S)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")
# More than this share of a document's text dropped as furniture is reported: something that repeats on most
# pages but is long is more likely content than a running header.
MAX_FURNITURE_SHARE = 0.10


def _variants(line: str, page: int) -> set[str]:
    """The line with each number either kept or written relative to its page number ("Pagina 3 van 9" on page 3
    gives "pagina {p+0} van 9"): running headers and footers repeat in one of these forms on most pages."""
    text = line.strip().lower()
    numbers = list(_NUMBER.finditer(text))[:4]
    if not numbers or _HEADING_LIKE.match(line) or len(text) > 120 or text.endswith((".", ":", ";", ",")):
        return {text}  # only short, unpunctuated lines may carry a page number: running headers, not sentences
    variants = set()
    for mask in range(1 << len(numbers)):
        out, pos = [], 0
        for bit, match in enumerate(numbers):
            out.append(text[pos:match.start()])
            out.append(f"{{p{int(match.group()) - page:+d}}}" if mask >> bit & 1 else match.group())
            pos = match.end()
        variants.add("".join(out) + text[pos:])
    return variants


def strip_page_furniture(pages: list[str]) -> tuple[list[str], float]:
    """Drop lines at page edges that repeat on most pages (the same text, or the same text with the page number
    in it) and bare page numbers. Returns the cleaned pages and the share of characters dropped."""
    counts: Counter[str] = Counter()
    for number, page in enumerate(pages, start=1):
        counts.update(set().union(*(_variants(l, number) for l in _edge_lines(page))) if page.strip() else set())
    threshold = max(2, (len(pages) + 1) // 2)
    cleaned, dropped = [], 0
    table_headers: set[str] = set()  # a table's header row repeated on the pages it runs over: kept the first time
    for number, page in enumerate(pages, start=1):
        edges = set(_edge_lines(page))
        # A running header that the first page also states as its title (the same line twice at its top): the
        # second occurrence is the title and stays.
        top = _edge_lines(page)[:2] if number == 1 else []
        title_line = top[0] if len(top) == 2 and top[0] == top[1] else None
        kept, seen = [], False
        for line in page.split("\n"):
            furniture = line in edges and (_is_page_number(line.strip())
                                           or any(counts[v] >= threshold for v in _variants(line, number)))
            title = line == title_line and seen
            seen = seen or line == title_line
            header = furniture and CELL_SEPARATOR in line and line not in table_headers
            if header:
                table_headers.add(line)
            elif furniture and not title:
                dropped += len(line)
                continue
            kept.append(line)
        cleaned.append("\n".join(kept))
    total = sum(len(p) for p in pages)
    return cleaned, dropped / total if total else 0.0


def _is_page_number(line: str) -> bool:
    return bool(PAGE_LABEL_RE.match(line) or BARE_PAGE_NUMBER_RE.match(line))


# Word-to-text converters leave "[bookmark: _Hlk1]" and "[image: ]" markers: not agreement text.
_CONVERTER_MARKERS = re.compile(r"\[(?:bookmark|image):[^\]\n]*\]")


def assemble(pages: list[str]) -> tuple[str, list[int]]:
    """Clean text and the offset where each page starts (page n starts at starts[n-1])."""
    text, starts, _ = assemble_pages(pages)
    return text, starts


def assemble_pages(pages: list[str]) -> tuple[str, list[int], float]:
    """`assemble`, plus the share of the text dropped as page headers and footers."""
    pages = [_CONVERTER_MARKERS.sub("", p.replace("\r\n", "\n").replace("\r", "\n")) for p in pages]
    dropped = 0.0
    if len(pages) == 1:
        pages = split_on_footers(pages[0])
    if len(pages) > 1:
        pages, dropped = strip_page_furniture(pages)
        pages = inline_footnotes(pages)
    parts, starts, offset = [], [], 0
    for page in pages:
        page = page.strip("\n") + "\n"
        starts.append(offset)
        parts.append(page)
        offset += len(page)
    return "".join(parts), starts, dropped


def page_at(starts: list[int], offset: int) -> int:
    return max(1, bisect.bisect_right(starts, offset))
