"""Real multi-page PDFs for tests, made with reportlab: each page's lines land on that page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def write_pdf(path: Path, pages: list[list[str]], footer: str | None = "Vertrouwelijk – pagina {n} van {total}",
              header: str | None = None, encrypt: str | None = None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    for n, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, height - 30, header)
        y = height - 60
        c.setFont("Helvetica", 10)
        for line in lines:
            c.drawString(50, y, line)
            y -= 14
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(50, 30, footer.format(n=n, total=len(pages)))
        c.showPage()
    c.save()
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with only drawn shapes: what a scan without OCR looks like to a text extractor."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.rect(50, 50, 400, 600, fill=1)
        c.showPage()
    c.save()
    return path


def write_pdf_from_text(path: Path, text: str, lines_per_page: int = 50, width: int = 95, **furniture) -> Path:
    """A text agreement typeset as a real PDF: paragraphs wrapped, pages filled top to bottom (a sentence goes on
    on the next page); `furniture`: write_pdf's footer and header."""
    import textwrap

    lines = [wrapped for paragraph in text.splitlines()
             for wrapped in (textwrap.wrap(paragraph, width) or [""])]
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return write_pdf(path, pages, **furniture)


def write_table_pdf(path: Path, before: list[str], header: list[str], rows: list[list[str]], after: list[str],
                    col_widths: list[float]) -> Path:
    """Paragraphs, then a bordered table whose narrow cells wrap their text over several lines and whose header
    repeats on every page (as Word lays one out), then more paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(line, style) for line in before]
    table = Table([[Paragraph(cell, style) for cell in row] for row in [header, *rows]], colWidths=col_widths,
                  repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table] + [Paragraph(line, style) for line in after]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


PAGE_BREAK = "<page>"
FOOTNOTE = "^"


def write_document_pdf(path: Path, blocks: list, repeat_header: bool = True) -> Path:
    """An agreement as Word lays one out: paragraphs (strings), ruled tables (lists of rows, the first the
    header), page breaks (PAGE_BREAK) and footnotes (strings starting with FOOTNOTE, at the foot of their page;
    a reference to one is its number in a small font, "<font size=\"6\">1</font>": Word raises it by
    positioning it apart, which layout-mode extraction reads as glued to the word before it, "AVG1"; reportlab's
    <super> rise instead lifts the rest of the line into a line of its own). Without `repeat_header`, a table's
    header row stands on its first page only, as Word's tables have it unless told otherwise."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import (HRFlowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.platypus.flowables import TopPadder

    style = getSampleStyleSheet()["BodyText"]
    note = ParagraphStyle("footnote", parent=style, fontSize=7, leading=8)
    story = []
    for block in blocks:
        if block == PAGE_BREAK:
            story.append(PageBreak())
        elif isinstance(block, str) and block.startswith(FOOTNOTE):
            # Word sets its footnotes at the foot of the page, under a short rule, in a small font
            story.append(TopPadder(KeepTogether([HRFlowable(width="30%", hAlign="LEFT", thickness=0.5),
                                                 Paragraph(block[len(FOOTNOTE):], note)])))
        elif isinstance(block, str):
            story.append(Paragraph(block, style))
        else:
            table = Table([[Paragraph(cell, style) for cell in row] for row in block], repeatRows=int(repeat_header))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 6), table, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def ingested_assistant(tmp_path_factory, model, agreements: dict[str, list[list[str]]]):
    """An Assistant over a real Chroma store on disk that holds these agreements, each written as a PDF
    (file name -> pages of lines) and ingested the way `akkoord ingest` does. Close its store when done."""
    folder = tmp_path_factory.mktemp("agreements")
    for name, pages in agreements.items():
        write_pdf(folder / name, pages)
    return assistant_over(tmp_path_factory, model, folder)


def assistant_over(tmp_path_factory, model, folder: Path):
    """An Assistant over a real Chroma store on disk holding the agreements of `folder` (any format), ingested the
    way `akkoord ingest` does. Close its store when done."""
    from assistant.answering import Assistant
    from ingest.pipeline import ingest_paths
    from store.clause_store import ClauseStore

    store = ClauseStore(tmp_path_factory.mktemp("store") / "store", model)
    assert not ingest_paths(store, [folder]).failed
    return Assistant(store)
