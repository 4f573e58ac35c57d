"""Footnotes put back where they are referenced: a PDF page's, Markdown's, a Word file's.

Word sets a footnote at the foot of its page and its reference as a small raised number, which text extraction
glues to the word before it ("… in de zin van artikel 28 van de AVG1."). Left alone, the note ("1 Verordening (EU)
2016/679 …") runs on as the text of whichever clause ends the page, and the number sticks to its word. A trailing
block of numbered notes counts as footnotes only when each number is referenced so on the same page and the numbers
go on from the previous page's notes; each note then follows the sentence that references it, in brackets with its
number raised ("… van de AVG. (¹ Verordening (EU) 2016/679 …)"), on the page where it stood. Markdown's footnotes
(pandoc's "[^1]") and a Word file's (its footnotes part, which python-docx does not read) go to the same place."""

from __future__ import annotations

import re

_NOTE_START = re.compile(r"^\s*(\d{1,3})\s+(?=\S)")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Markdown's footnotes (pandoc, GitHub): "… of the GDPR[^1], as …" and, on a line of its own, "[^1]: Regulation …"
# with indented lines going on
_MARKDOWN_NOTE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]+.*|[ \t]*(?=\n[ \t]+\S)))*)", re.MULTILINE)
# where the referencing sentence ends: a full stop, semicolon, colon, ! or ? before a space or the line's end
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)")


def _marker(number: int) -> re.Pattern[str]:
    # the number right after a letter or a closing quote or bracket, then a space, a punctuation mark or the end
    return re.compile(rf"(?<=[^\W\d_]|[)\]»”\"'’]){number}(?=[\s.,;:!?)]|$)")


def _notes(lines: list[str], first: int) -> tuple[int, list[tuple[int, str]]] | None:
    """Where the page's trailing block of notes numbered first, first + 1, … starts, and the notes; None when the
    page does not end with such a block."""
    for start in range(len(lines) - 1, -1, -1):
        found = _NOTE_START.match(lines[start])
        if not found or int(found.group(1)) != first:
            continue
        notes: list[tuple[int, str]] = []
        for line in lines[start:]:
            opening = _NOTE_START.match(line)
            if opening and int(opening.group(1)) == (notes[-1][0] + 1 if notes else first):
                notes.append((int(opening.group(1)), line[opening.end():].strip()))
            elif notes and line.strip():
                notes[-1] = (notes[-1][0], f"{notes[-1][1]} {line.strip()}")
        # (a page that is mostly "numbered notes" is numbered text: "1 Onderwerp … 2 Duur …")
        filled = [line for line in lines if line.strip()]
        return (start, notes) if len(lines) - start <= len(filled) // 2 else None
    return None


def _inline(body: str, marker: re.Pattern[str], label: str, note: str) -> str | None:
    """The body with the note after the sentence that references it (`marker`), or None when nothing does."""
    reference = marker.search(body)
    if reference is None:
        return None
    body = body[:reference.start()] + body[reference.end():]
    end = _SENTENCE_END.search(body, reference.start())
    at = end.end() if end else len(body.rstrip())
    return f"{body[:at]} ({label.translate(_SUPERSCRIPT)} {note}){body[at:]}"


def inline_footnotes(pages: list[str]) -> list[str]:
    """The pages with their footnotes moved from the foot of the page to the sentences that reference them."""
    out, following = [], 1
    for page in pages:
        lines = page.split("\n")
        block = _notes(lines, following)
        if block is None:
            # notes numbered per page start at 1 again
            block = _notes(lines, 1) if following != 1 else None
        if block is not None:
            start, notes = block
            body: str | None = "\n".join(lines[:start])
            for number, note in notes:
                body = _inline(body, _marker(number), str(number), note)
                if body is None:  # a note nothing on the page references: these are no footnotes
                    break
            if body is not None:
                out.append(body)
                following = notes[-1][0] + 1
                continue
        out.append(page)
    return out


def inline_markdown_footnotes(text: str) -> str:
    """Markdown's footnotes put after the sentences that reference them, as inline_footnotes does for a PDF's; a
    note referenced nowhere stays where it is."""
    notes = [(m, " ".join(m.group(2).split())) for m in _MARKDOWN_NOTE.finditer(text)]
    if not notes:
        return text
    body = text
    for found, note in reversed(notes):  # (from the end, so that earlier offsets hold)
        body = body[:found.start()] + body[found.end():]
    for number, (found, note) in enumerate(notes, start=1):  # (numbered as rendered, whatever their labels)
        inlined = _inline(body, re.compile(rf"\[\^{re.escape(found.group(1))}\]"), str(number), note)
        body = inlined if inlined is not None else body + "\n" + found.group(0)
    return re.sub(r"\n{3,}", "\n\n", body).rstrip() + "\n"


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REFERENCE = "\ue000"  # where a footnote reference stood in a paragraph's text, until its note takes its place
_REFERENCE_MARK = re.compile(_REFERENCE)


class WordFootnotes:
    """A Word document's footnotes (its footnotes part), numbered in the order the text references them, as Word
    numbers them; python-docx reads neither the notes nor their references."""

    def __init__(self, document) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from lxml import etree

        self.notes: dict[str, str] = {}
        self.numbered = 0
        part = next((r.target_part for r in document.part.rels.values()
                     if r.reltype == RT.FOOTNOTES and not r.is_external), None)
        if part is None:
            return
        for note in etree.fromstring(part.blob).iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in (None, "normal"):  # not the separator lines Word keeps there
                text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
                if text:
                    self.notes[note.get(f"{_W}id")] = text

    def referenced(self, paragraph) -> bool:
        return bool(self.notes) and next(paragraph.iter(f"{_W}footnoteReference"), None) is not None

    def text(self, paragraph) -> str:
        """The paragraph's text with each note it references after the sentence that references it."""
        parts, notes = [], []
        for element in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}footnoteReference"):
            if element.tag == f"{_W}t":
                parts.append(element.text or "")
            elif element.tag == f"{_W}tab":
                parts.append("\t")
            elif element.tag != f"{_W}footnoteReference":
                parts.append("\n")
            elif element.get(f"{_W}id") in self.notes:
                parts.append(_REFERENCE)
                notes.append(self.notes[element.get(f"{_W}id")])
        text = "".join(parts)
        for note in notes:
            self.numbered += 1
            text = _inline(text, _REFERENCE_MARK, str(self.numbered), note) or text
        return text
