"""Read agreement files into a list of page texts, with clear errors for bad input.

PDF pages come from pypdf; DOCX pages from explicit and rendered page breaks (a DOCX without
them is one page); TXT/Markdown pages from form feeds (footer lines are handled in `pages`).
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .docx_numbering import Numbering
from .errors import IngestError
from .footnotes import WordFootnotes, inline_markdown_footnotes
from .language import detect_language
from .models import OcrPage
from .ocr import OcrOptions, correct_numbering, has_text, read_pages, sure_language
from .segment import heads_section
from .tables import CELL_SEPARATOR, layout_to_text, tab_separated_rows

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")


def sniff(data: bytes) -> str:
    """Name what the bytes look like, to explain a mismatched extension."""
    if data.startswith(b"%PDF"):
        return "a PDF"
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP/Office file"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old binary Office file (.doc/.xls)"
    if data[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8"):
        return "an image"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data"
    return "text"


@dataclass(frozen=True)
class LoadedPages:
    pages: tuple[str, ...]
    ocr: tuple[OcrPage, ...] = ()  # the pages read by OCR, with their confidence


def load_pages(path: Path, data: bytes, password: str | None = None, ocr: OcrOptions = OcrOptions()) -> list[str]:
    return list(load_document(path, data, password, ocr).pages)


def load_document(path: Path, data: bytes, password: str | None = None,
                  ocr: OcrOptions = OcrOptions()) -> LoadedPages:
    suffix = path.suffix.lower()
    if not data.strip():
        raise IngestError("empty file: nothing to ingest")
    kind = sniff(data)
    if suffix == ".pdf":
        if kind != "a PDF":
            raise IngestError(f"has a .pdf extension but its content is {kind}; check the file or rename it")
        return _pdf_pages(data, password, ocr)
    if suffix == ".docx":
        if kind != "a ZIP/Office file":
            raise IngestError(f"has a .docx extension but its content is {kind}; save it again as .docx")
        return LoadedPages(tuple(_docx_pages(data)))
    if suffix in (".txt", ".md", ".markdown"):
        if kind != "text":
            raise IngestError(f"has a {suffix} extension but its content is {kind}; rename it to its real type")
        text = tab_separated_rows(decode_text(data))
        return LoadedPages(tuple((plain_markdown(text) if suffix != ".txt" else text).split("\f")))
    raise IngestError(f"unsupported file type '{suffix or path.name}'; supported: {', '.join(SUPPORTED_SUFFIXES)}")


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")


def plain_markdown(text: str) -> str:
    """Markdown inline syntax removed, so that quotes carry the words and nothing else and a heading written
    "**1. Binding Agreement.**" or "#### 1\\. Introductie" reads as "1. Binding Agreement." and "1. Introductie".
    Line structure, `#` headings, list markers and table pipes stay: segmentation reads them."""
    text = inline_markdown_footnotes(text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    return _MD_ESCAPE.sub(r"\1", text)


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Belgian files saved by older Windows tools are often Windows-1252.
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError("cannot decode the text: it is neither UTF-8 nor Windows-1252; save it as UTF-8") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > len(text) * 0.01:
        raise IngestError("cannot decode the text: it contains control characters; save it as UTF-8 text")
    return text


def _page_text(page, ruled) -> str:
    """The page in layout mode, so that tables come out as rows (ingest/tables.py); plain mode when layout mode
    fails on the page's fonts or operators."""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 — pypdf's layout mode raises assorted errors on odd fonts
        return page.extract_text() or ""
    return layout_to_text(side_by_side_columns(layout), ruled)


_GUTTER = re.compile(r"\S( {3,})(?=\S)")


def side_by_side_columns(layout: str) -> str:
    """A page laid out in two columns of two languages (Dutch left, French right, as Brussels agreements are
    printed) as the text of one language and then the other, section by section, like a two-column DOCX table
    (_side_by_side); any other page as it is. The right column starts at one position on the lines that have
    both; a line with one column only stands left of it or starts there."""
    lines = [line.rstrip() for line in layout.split("\n")]
    starts = Counter(m.end(1) for line in lines for m in _GUTTER.finditer(line))
    if not starts:
        return layout
    gutter, count = starts.most_common(1)[0]
    rows = []
    for line in lines:
        if len(line) > gutter and line[gutter - 2:gutter] == "  " and line[gutter] != " ":
            rows.append([" ".join(line[:gutter].split()), " ".join(line[gutter:].split())])
        elif line.strip():
            rows.append([" ".join(line.split()), ""])
    both = sum(1 for left, right in rows if left and right)
    if count < 4 or both < 0.5 * len(rows):
        return layout
    left, right = (" ".join(row[side] for row in rows) for side in (0, 1))
    languages = detect_language(left, ""), detect_language(right, "")
    if not all(languages) or languages[0] == languages[1] or min(len(left.split()), len(right.split())) < 20:
        return layout
    return "\n".join(_by_section(rows))


def _by_section(rows: list[list[str]]) -> list[str]:
    """Two columns of text, as the left column's lines and then the right column's, section by section (a new
    section where the left column heads one: "Artikel 8 – …")."""
    lines: list[str] = []
    group: list[list[str]] = []
    for row in rows + [None]:
        if group and (row is None or heads_section(row[0])):
            lines += [r[0] for r in group if r[0]] + [r[-1] for r in group if r[-1]]
            group = []
        if row is not None:
            group.append(row)
    return lines


class _RuledTables:
    """The tables drawn with borders on a page, cell by cell (pdfplumber): the file is opened once, when the first
    page with a table asks; a page it cannot read gives none (its table is then read from the layout)."""

    def __init__(self, data: bytes, password: str | None) -> None:
        self.data, self.password, self.pdf = data, password, None

    def __call__(self, index: int) -> list[list[list[str]]]:
        import io

        import pdfplumber

        try:
            if self.pdf is None:
                self.pdf = pdfplumber.open(io.BytesIO(self.data), password=self.password or "")
            return [table for table in self.pdf.pages[index].extract_tables() if table and len(table[0]) >= 2]
        except Exception:  # noqa: BLE001 — a table we cannot read exactly is still read from the layout
            return []

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _pdf_pages(data: bytes, password: str | None, ocr: OcrOptions) -> LoadedPages:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are encrypted only with an owner password and open with an empty one.
            if not reader.decrypt(password or ""):
                if password:
                    raise IngestError("encrypted PDF: the given --password is wrong")
                raise IngestError("encrypted PDF: pass its password with --password")
        ruled = _RuledTables(data, password)
        try:
            pages = [_page_text(page, lambda i=i: ruled(i)) for i, page in enumerate(reader.pages)]
        finally:
            ruled.close()
    except IngestError:
        raise
    except FileNotDecryptedError:
        raise IngestError("encrypted PDF: pass its password with --password") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise IngestError(f"corrupt or truncated PDF ({type(exc).__name__}: {exc}); get a fresh copy of the file") from None
    if not pages:
        raise IngestError("PDF has no pages; get a fresh copy of the file")
    if ocr.mode == "never":
        if sum(len(p.strip()) for p in pages) < 20 * len(pages):
            raise IngestError("PDF has no text layer (a scan?) and OCR is off: ingest it with --ocr auto")
        return LoadedPages(tuple(pages))
    scanned = [i for i, page in enumerate(pages) if ocr.mode == "always" or not has_text(page)]
    return _with_ocr(data, password, pages, scanned, ocr)


def _with_ocr(data: bytes, password: str | None, pages: list[str], scanned: list[int],
              ocr: OcrOptions) -> LoadedPages:
    """The pages without a usable text layer (or all, with --ocr always) replaced by their OCR reading; the text
    pages stay exactly as extracted. OCR reads in the language the text pages are in, when they tell it."""
    if not scanned:
        return LoadedPages(tuple(pages))
    read = set(scanned)
    text_pages = "\n".join(p for i, p in enumerate(pages) if i not in read)
    readings = read_pages(data, password, scanned, ocr, sure_language(text_pages))
    pages = list(pages)
    for reading, text in zip(readings, correct_numbering([r.text for r in readings])):
        pages[reading.index] = text
    if not any(has_text(p) for p in pages):
        raise IngestError("no text found in the PDF, not even by OCR: check that the scan shows the agreement "
                          "(at 200 dpi or more)")
    return LoadedPages(tuple(pages), tuple(OcrPage(r.index + 1, r.confidence, r.blank) for r in readings))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_pages(data: bytes) -> list[str]:
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"not a readable DOCX ({exc}); open it in Word and save it again as .docx") from None

    numbering = Numbering(document)
    notes = WordFootnotes(document)
    levels: dict[str | None, int] = {}  # heading level per paragraph style id: a style is looked up once
    bilingual = False  # the last table held the text in two languages side by side
    pages: list[list[str]] = [[]]
    for element in document.element.body.iterchildren():
        if element.tag == f"{_W}p":
            paragraph = Paragraph(element, document)
            if _starts_new_page(element) and pages[-1]:
                pages.append([])
            number = numbering.label(element)  # Word draws it; the paragraph's text does not hold it
            text = notes.text(element) if notes.referenced(element) else paragraph.text
            text = f"{number} {text}" if number and text.strip() else text
            style_id = element.style
            if style_id not in levels:  # a heading styled as one, numbered or not, reads as Markdown's
                levels[style_id] = _heading_level(paragraph)
            level = levels[style_id]
            pages[-1].append(f"{'#' * level} {text.strip()}" if level and text.strip() else text)
        elif element.tag == f"{_W}tbl":
            rows: list[list[str]] = []
            for row in Table(element, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip().replace("\n", " ")
                    if not cells or cells[-1] != text:  # merged cells repeat their text
                        cells.append(text)
                rows.append(cells)
            lines = _side_by_side(rows, bilingual)
            bilingual = bilingual or lines is not None
            pages[-1].extend(lines or [CELL_SEPARATOR.join(cells) for cells in rows])
    return ["\n".join(lines) for lines in pages]


def _side_by_side(rows: list[list[str]], bilingual: bool) -> list[str] | None:
    """A two-column table holding the agreement's text in two languages side by side (as Brussels agreements are
    often laid out) as the text of one language and then the other, section by section ("Artikel 8 – …" and its
    text, then "Article 8 – …" and its): segmentation then reads it as a bilingual text. None for a table.
    `bilingual`: the table before was such a text (the next part of it may be a few rows: an annex)."""
    pairs = [row for row in rows if len(row) == 2 and all(row)]
    if len(pairs) < 0.8 * len(rows) or len(pairs) < (1 if bilingual else 3):
        return None
    left, right = (detect_language(" ".join(row[side] for row in pairs), "") for side in (0, 1))
    long_enough = bilingual or sum(len(row[0].split()) for row in pairs) >= 40
    if not long_enough or not left or not right or left == right:
        return None
    return _by_section(rows)


_HEADING_STYLE = re.compile(r"^(?:heading|kop|titre|überschrift)\s*(\d)$|^(?:title|titel|titre)$", re.IGNORECASE)


def _heading_level(paragraph) -> int:
    """1–6 for a paragraph in Word's Title or Heading N style (by its name or its parent's), else 0."""
    style, depth = paragraph.style, 0
    while style is not None and depth < 5:
        found = _HEADING_STYLE.match(style.name or "")
        if found:
            return int(found.group(1) or 1)
        style, depth = style.base_style, depth + 1
    return 0


def _starts_new_page(element) -> bool:
    for br in element.iter(f"{_W}br"):
        if br.get(f"{_W}type") == "page":
            return True
    return next(element.iter(f"{_W}lastRenderedPageBreak"), None) is not None
