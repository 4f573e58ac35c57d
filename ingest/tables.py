"""Tables in PDF text, rebuilt as rows.

pypdf's plain extraction emits a table one cell fragment per line ("Délai de", "rétablisseme", "nt", "8 heures"),
so no unit holds a row. Its layout mode keeps the columns where they stand; from that, `layout_to_text` rebuilds
each table as one line per row, cells joined by " | " (the first row is the header, as Word and Markdown tables
have it), and gives every other line as plain text with its spacing collapsed. Pure functions over page text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CELL_SEPARATOR = " | "
_FRAGMENT = re.compile(r"\S+(?: {1,2}\S+)*")  # text separated from the next by three spaces or more
_TOLERANCE = 2  # characters a fragment may stand off its column's start
_MIN_COLUMNS = 3  # two-column layouts are mostly lists ("•   text", "c.   text"); tables have three columns or more
_CONTINUES = ("–", "-", ",", "/", "(", "&")
_SHORT_WORDS = set("a à an as at be by de du en et il in is je la le of on op ou om or te to un we y ze and are "
                   "but for its not the was aan bij dat die een het met nog ook van wat zijn naar voor door aux "
                   "ces des est les pas par que qui sur une dans with from that this into upon".split())


@dataclass(frozen=True)
class _Fragment:
    start: int
    text: str


def _fragments(line: str) -> list[_Fragment]:
    return [_Fragment(m.start(), m.group()) for m in _FRAGMENT.finditer(line)]


def _column_of(start: int, columns: list[int]) -> int | None:
    candidates = [i for i, c in enumerate(columns) if c - _TOLERANCE <= start]
    if not candidates:
        return None
    i = candidates[-1]
    return i if start - columns[i] <= _TOLERANCE or i == len(columns) - 1 or start < columns[i + 1] else None


def _aligned(fragments: list[_Fragment], columns: list[int]) -> bool:
    return bool(fragments) and all(any(abs(f.start - c) <= _TOLERANCE for c in columns) for f in fragments)


def _mostly_aligned(fragments: list[_Fragment], columns: list[int]) -> bool:
    """A row may fill columns the rows above left empty, but most of its cells stand where theirs did."""
    hits = sum(any(abs(f.start - c) <= _TOLERANCE for c in columns) for f in fragments)
    return hits * 2 >= len(fragments)


def _columns(rows: list[list[_Fragment]]) -> list[int]:
    starts = sorted(f.start for row in rows for f in row)
    clusters: list[list[int]] = []
    for start in starts:
        if clusters and start - clusters[-1][-1] <= _TOLERANCE:
            clusters[-1].append(start)
        else:
            clusters.append([start])
    return [c[0] for c in clusters if len(c) >= 2]


def render_table(lines: list[str]) -> list[str]:
    """The block's rows, one line each. A row starts where the first column has text, unless that text
    continues the row above (it starts in lower case, or the text above ends in a dash or comma); lines above the
    first such line belong to the header. A blank line (a gap wider than a line's, as OCR's layout marks it) ends
    a row: after it a row starts even when a cell begins in lower case ("hosting van het dossier")."""
    rows = [_fragments(line) for line in lines]
    columns = _columns([r for r in rows if len(r) >= _MIN_COLUMNS])
    cells: list[list[list[str]]] = []
    after_gap = False
    for fragments in rows:
        if not fragments:
            after_gap = True
            continue
        placed = [(_column_of(f.start, columns), f.text) for f in fragments]
        first = next((text for column, text in placed if column == 0), None)
        # A row's first line starts every cell afresh (no cell text in lower case, unless after a gap); a line with a
        # cell in lower case, or after a first-column text ending in a dash or comma, continues the row above.
        starts_row = (first is not None and not first[:1].islower()
                      and (after_gap or not any(text[:1].islower() for _, text in placed))
                      and not (cells and cells[-1][0] and cells[-1][0][-1].endswith(_CONTINUES)))
        after_gap = False
        if not cells or (starts_row and (cells[-1][0] or len(cells) > 1)):
            cells.append([[] for _ in columns])
        for column, text in placed:
            if column is not None:
                cells[-1][column].append(text)
    return _render(cells)


def _cell(parts: list[str], width: int) -> str:
    """A cell's lines, top to bottom, as one text. A word too long for its column is split over lines; its pieces
    are joined without a space: after a hyphen ("Sub-" + "processor"), after a line holding one word as wide as the
    column's widest line and before a piece of up to four letters ("Tweedelijnsondersteu" + "ning"), or before a
    piece too short to be a word ("performance" + "s d'un"). A longer piece is taken for a word of its own."""
    text, previous = "", ""
    for part in parts:
        first = part.split(" ")[0]
        broken = part[:1].isalpha() and part[:1].islower() and (
            previous.endswith("-") or previous[-1:].isalpha() and first not in _SHORT_WORDS and (
                len(first) <= 2 or len(first) <= 4 and " " not in previous and len(previous) >= width - 1))
        text = text + part if broken else f"{text} {part}" if text else part
        previous = part
    return text


def _render(rows: list[list[list[str]]]) -> list[str]:
    """Rows of cells (each a list of lines) as text lines, cells joined by CELL_SEPARATOR."""
    count = max(len(row) for row in rows)
    widths = [max((len(line) for row in rows if i < len(row) for line in row[i]), default=0) for i in range(count)]
    return [CELL_SEPARATOR.join(_cell(parts, widths[i]) for i, parts in enumerate(row)) for row in rows]


def _is_row(fragments: list[_Fragment]) -> bool:
    return len(fragments) >= _MIN_COLUMNS


def layout_to_text(page: str, ruled: Callable[[], list[list[list[str]]]] | None = None) -> str:
    """A page extracted in pypdf's layout mode, as text: tables as rows, other lines with single spaces.

    Where a table has ruled borders, its rows are known exactly: `ruled()` gives the page's ruled tables (cells as
    drawn, read by pdfplumber; called only when the page holds a table), and a table with as many columns as the
    block found here takes its rows from there. Borderless tables are read from the layout alone."""
    lines = [line.rstrip() for line in page.split("\n")]
    out: list[str] = []
    tables: list[list[list[str]]] | None = None
    i = previous_end = 0
    while i < len(lines):
        end = _table_end(lines, i)
        if end is None:
            if lines[i].strip():
                out.append(" ".join(lines[i].split()))
            i += 1
            continue
        start = i
        # Header lines above the first full row: indented, aligned with the table's columns.
        columns = _columns([f for f in (_fragments(line) for line in lines[i:end]) if _is_row(f)])
        # (never into the table before: its rows are in `out` already, fewer than its lines)
        while out and start > previous_end and _header_line(lines[start - 1], columns):
            start -= 1
            out.pop()
        rows = render_table(lines[start:end])
        if tables is None:
            tables = ruled() if ruled else []
        drawn = next((t for t in tables if t and len(t[0]) == rows[0].count(CELL_SEPARATOR) + 1), None)
        if drawn is not None:
            tables.remove(drawn)
            rows = _render([[[p for p in (cell or "").split("\n") if p.strip()] for cell in row] for row in drawn])
        out += rows
        i = previous_end = end
    return "\n".join(out)


def tab_separated_rows(text: str) -> str:
    """A table saved as plain text (Word's "save as text", a spreadsheet pasted into a mail) has its cells apart
    by tabs: each run of two lines or more with the same number of cells, three at least, becomes rows of cells
    joined like the PDF tables'. (Two cells are no table: Word saves a numbered paragraph as "5.1<tab>text"; nor
    are two columns set apart by several tabs, as signature blocks are: "Gemeente Koekelare<tab><tab>Digitaal
    Vlaanderen".)"""
    lines = text.split("\n")
    counts = [sum(bool(cell.strip()) for cell in line.split("\t")) if "\t" in line.strip() else 0 for line in lines]
    out, i = [], 0
    while i < len(lines):
        end = i
        while end < len(lines) and counts[end] == counts[i]:
            end += 1
        if counts[i] >= _MIN_COLUMNS and end - i >= 2:
            out.extend(CELL_SEPARATOR.join(c.strip() for c in line.strip().split("\t")) for line in lines[i:end])
        else:
            out.extend(lines[i:end])
        i = end
    return "\n".join(out)


def _header_line(line: str, columns: list[int]) -> bool:
    """A line above a table's first full row that belongs to its header: indented or in several cells, and
    standing in the table's columns (a title line above the table is neither)."""
    fragments = _fragments(line)
    return bool(fragments) and (line[:1] == " " or len(fragments) >= 2) and _aligned(fragments, columns)


def _table_end(lines: list[str], i: int) -> int | None:
    """Where the table starting at line i ends (exclusive), or None when line i does not start a table: two rows of
    three cells or more, with the lines between them indented continuations aligned to the columns."""
    if not _is_row(_fragments(lines[i])):
        return None
    rows = [_fragments(lines[i])]
    end = i + 1
    full_rows = 1
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        fragments = _fragments(line)
        seen = [f.start for r in rows for f in r]
        if _is_row(fragments) and _mostly_aligned(fragments, seen):
            full_rows += 1
        elif not ((line[:1] == " " or len(fragments) >= 2) and _aligned(fragments, seen)):
            break  # a line of running text: the table is over
        rows.append(fragments)
        end = j + 1
    return end if full_rows >= 2 else None


@dataclass(frozen=True)
class KeyTerm:
    """A row of a two-column key-terms table ("Breach Notice Period | thirty-six (36) hours"), as a cover page gives
    the values its clauses name ("within the Breach Notice Period")."""
    term: str
    value: str
    row: str

    @property
    def mention(self) -> re.Pattern:
        """The term as a clause names it, a whole phrase."""
        return re.compile(rf"(?<![\w-]){re.escape(self.term)}(?![\w-])")


def key_terms(text: str) -> list[KeyTerm]:
    """The rows of the text's key-terms tables: each capitalised term of a few words with its value."""
    found = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(CELL_SEPARATOR.strip())]
        if CELL_SEPARATOR in line and len(cells) == 2 and cells[1] and cells[0][:1].isupper() \
                and len(cells[0].split()) <= 6:
            found.append(KeyTerm(cells[0], cells[1], line.strip()))
    return found
