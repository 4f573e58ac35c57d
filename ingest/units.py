"""The units answers are quoted from: sentences, list items with the line that announces them, and table rows.
Pure functions over a clause's text."""

from __future__ import annotations

import re

from .numbers import ends_with_number_word
from .tables import CELL_SEPARATOR

# Not after an initial, a legal form in initials or a title ("mr. P. (Pieter) van Dalen", "Mollie B.V. (paiement en
# ligne, Pays-Bas)", "Ms. Smith", "drs. P. Jansen", "ir. J. Claes") nor "art." before its number, nor between a
# company's legal form and the brackets that follow its name ("Esri Inc. (map services, United States)")
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<![\s(][A-Z]\.)(?<!\.[A-Z]\.)"
                           r"(?!(?<=\bInc\.)\s+\()(?!(?<=\bLtd\.)\s+\()(?!(?<=\bCorp\.)\s+\()(?!(?<=\bCo\.)\s+\()(?<!\b[Mm]r\.)(?<!\b[Mm]s\.)(?<!\b[Dd]r\.)"
                           r"(?<!\bMrs\.)"
                           r"(?<!\b[Dd]rs\.)(?<!\b[Ii]r\.)(?<!\b[Ii]ng\.)(?<!\b[Pp]rof\.)(?<!\b[Dd]hr\.)"
                           r"(?<!\b[Mm]evr\.)"
                           r"(?<!\b[Aa]rt\.)(?<!\b[Nn]r\.)(?<!\bno\.)(?<!\bNo\.)\s+(?=[A-Z0-9\"“(«À-Ý])")
_RULE = re.compile(r"^[|\s:+-]+$")  # a Markdown table's rule line "|---|:--|"


def is_rule(line: str) -> bool:
    """A Markdown table's rule line ("|---|:--|"): a row of the table's layout, not of its content."""
    return bool(_RULE.match(line))


def is_row(line: str) -> bool:
    """A table row as ingest writes it (cells joined by " | "; Markdown rows too)."""
    return CELL_SEPARATOR.strip() in line and (CELL_SEPARATOR in line or line.lstrip().startswith("|"))


def row_headers(text: str) -> dict[int, str]:
    """The offset of every table row's line -> the header of its table: the first row of the run of rows it
    stands in (the header row itself has none); "" for the rows of a table of labels and values, which has no
    header row ("Categorieën van betrokkenen | Inwoners …"). One pass over the lines, so that a register of
    thousands of rows is cheap."""
    headers: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n") + [""]:
        if is_row(line):
            run.append((offset, line))
        elif run:
            keyed = _keyed(run)
            headers.update((start, "" if keyed else run[0][1]) for start, _ in run[0 if keyed else 1:])
            run = []
        offset += len(line) + 1
    return headers


_LEGAL_FORM = re.compile(r"\b(?:nv|bv|sa|srl|sprl|sas|asbl|vzw|ltd|llc|inc|gmbh|plc|bvba|cv|ag)\b\.?", re.IGNORECASE)


def _keyed(run: list[tuple[int, str]]) -> bool:
    """Whether a run of rows is a table of labels and values (an annex's "Beschrijving van de verwerking": Voorwerp |
    Beheer van …; Bewaartermijn | Twee jaar …) rather than a header row over records: two cells a row, at least
    three rows, labels of a few words without figures or company names (a list of sub-processors has those), and a
    first row whose value is no column name (three words or more, or a figure: "Item | Details" is a header)."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split(CELL_SEPARATOR.strip())] for _, line in run
            if not is_rule(line)]
    if len(rows) < 3 or any(len(row) != 2 or not all(row) for row in rows):
        return False
    first_value = rows[0][1]
    if len(first_value.split()) < 3 and not re.search(r"\d", first_value):
        return False
    return all(len(label.split()) <= 6 and not re.search(r"\d", label) and not _LEGAL_FORM.search(label)
               for label, _ in rows)


def table_header(text: str, start: int, headers: dict[int, str] | None = None) -> str | None:
    """The header of the table whose row starts at `start`; `headers` is row_headers(text), when already known."""
    end = text.find("\n", start)
    if not is_row(text[start: end if end >= 0 else len(text)]):
        return None
    return (row_headers(text) if headers is None else headers).get(text.rfind("\n", 0, start) + 1)


_LIST_ITEM = re.compile(r"^(?:[·•\-–*▪]|\(?[a-z0-9]{1,3}[.)])\s")
# "… uiterlijk zestig" / "(60) kalenderdagen …": the figure of a number in words, wrapped, is no list item "(60)"
_FIGURE_AFTER_WORDS = re.compile(r"^\(\d+\)\s")
_WRAP_WIDTH = 60  # a line at least this long that ends without punctuation was wrapped by the layout (PDF)


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines as written, re-joining lines a PDF layout wrapped mid-sentence: a line continues the one
    before when that one ends without punctuation and either is long, ends in a comma or is followed by a
    lower-case word, and the line is not a list item."""
    spans: list[tuple[int, int]] = []
    offset = 0
    previous = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            end = start + len(stripped)
            wrapped = (spans and previous and not previous.endswith((".", "!", "?", ":", ";"))
                       and (not _LIST_ITEM.match(stripped) or _FIGURE_AFTER_WORDS.match(stripped)
                            and ends_with_number_word(previous))
                       and not is_row(stripped) and not is_row(previous)
                       and (len(previous) >= _WRAP_WIDTH or stripped[0].islower() or stripped[0] == "("
                            # a line ending in a comma goes on: "Voor Parkora NV," / "Sofie Maes, bestuurder"
                            or previous.endswith(",")))
            if wrapped:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        previous = stripped
        offset += len(line) + 1
    return spans


def split_sentences(text: str, whole_short: bool = True) -> list[tuple[int, int]]:
    """Sentence spans; a line ending in ':' keeps the list that follows it (up to ~800 characters); a short
    clause ("BIJLAGE 3 – Subverwerkers: Geen") is one span, unless it holds a table, whose rows are one each, or
    `whole_short` is off (a reader of single facts: "… 30 days' notice of a new sub-processor. The Controller may
    object within 10 days." states two periods)."""
    if whole_short and len(text) <= 200 and CELL_SEPARATOR not in text:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for start, end in _logical_lines(text):
        if is_row(text[start:end]):  # a table row is one unit, whatever punctuation its cells hold
            if not is_rule(text[start:end]):
                spans.append((start, end))
            continue
        pos = start
        for boundary in _SENTENCE_END.finditer(text, start, end):
            spans.append((pos, boundary.start()))
            pos = boundary.end()
        spans.append((pos, end))
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if text[start:end].rstrip().endswith(":"):
            # The list (or table) a colon announces belongs to the sentence, up to a readable length.
            while i + 1 < len(spans) and spans[i + 1][1] - start <= 800 and not is_row(text[slice(*spans[i + 1])]):
                i += 1
                end = spans[i][1]
        merged.append((start, end))
        i += 1
    return merged

