"""Writes the agreements of tests/review/agreements that are not plain text: a Dutch DOCX whose article numbers
Word draws from a multilevel list (none in the text) with its sub-processors in a Word table; an English PDF with
"Section 4.02" numbers under "ARTICLE IV" headings, a French one with "§1er." paragraphs and a ten-row retention
table, typeset by reportlab with tables and page breaks; a Dutch "Art. 5. / § 1." agreement as a scan (pages as
images, a little turned, no text layer); a French DOCX whose chapters are Word headings and whose articles carry
their titles inline ("Article 8. Violations de données. (1) …"); a Brussels agreement in Dutch and French side by side
in a two-column Word table; an English PDF of "4 PERSONAL DATA BREACHES" / "4.1" clauses whose schedule of
processing activities is a table over two pages, its header repeated; an English PDF of "Clause 7 – …" headings with
"(a)" paragraphs and appendix tables; a Dutch PDF of "1. Onderwerp" headings after a numbered party list; an English
DOCX whose key terms stand in a table on its cover page; a French PDF of "Art. 1er." articles under "TITRE I" headings
with annex tables; an English DOCX that opens with a table of contents; a French DOCX whose "Article 1." numbers Word
draws, its signatories in a table; an English PDF of three-level clauses with "Label: value" particulars; a Dutch
PDF of "Artikel 5 Subverwerkers" headings (no punctuation after the number) with annex tables; an English DOCX of
lettered parts whose paragraphs are numbered "C1.", "C2."; a French scan of "Article 1er" articles under Roman parts
with annex tables; a Dutch DOCX whose headings Word numbers through their style; a Dutch PDF whose "Artikel 4"
headings stand alone above their title; a French DOCX of "POINT 1 – OBJET" headings over "1°" enumerations; an
English PDF whose clause numbers stand alone on their line above the heading or text; an English PDF of
paragraphs numbered through the whole agreement ("11.") under unnumbered capitalised headings; a French
PDF of "Article premier" and "§ 1er." paragraphs with lettered annexes; a Dutch PDF of "Artikel 1. – Voorwerp"
headings with "a)" obligations, a running header and footer on every page and sentences going on over a page break;
a Dutch PDF of "Artikel 1." articles with "§ 1." paragraphs under "HOOFDSTUK I." chapters, with footnotes at the
foot of its pages; an English DOCX addendum to a principal agreement whose headings carry their numbers ("= 1.
Definitions") over "1.1" clauses, its definitions, particulars of processing and signatures in tables; an English
PDF whose schedule of processing activities is a table over two pages, its header row on the first only; a Dutch
DOCX with Word footnotes and a definitions article; a Dutch PDF of "ARTIKEL 1 – …" headings over "1.1." clauses with
an inserted article "6bis" and annex tables; a French DOCX whose "Article 1 –" numbers Word draws through the
heading style, over "(1)" alinéas.
Their text lives in
tests/review/sources; re-run after editing it: `python -m tests.review.build_agreements`."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

from evals.scanner import scan_pdf
from tests.pdfs import FOOTNOTE, PAGE_BREAK, write_document_pdf, write_pdf_from_text
from tests.word import add_footnotes, add_text_with_notes

HERE = Path(__file__).parent
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _blocks(source: Path) -> list:
    """Paragraphs; a run of "| a | b |" lines is a table; "<page>" a page break."""
    blocks: list = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            row = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if blocks and isinstance(blocks[-1], list):
                blocks[-1].append(row)
            else:
                blocks.append([row])
        elif line.strip():
            blocks.append(line.strip())
    return blocks


def _add_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def _level(ilvl: int, fmt: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


# Word's multilevel lists as the two agreements draw them: "Artikel 1 –" / "1.1."; "1." / "1.1" / "(a)"
ARTIKEL_LEVELS = (("decimal", "Artikel %1 –"), ("decimal", "%1.%2."))
CLAUSE_LEVELS = (("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"))
ARTICLE_LEVELS = (("decimal", "Article %1."), ("decimal", "%1.%2."))


def write_numbered_docx(source: Path, target: Path, formats=ARTIKEL_LEVELS) -> Path:
    """"# text" is a level-1 list item, "## text" level 2, "### text" level 3 (Word draws their numbers from
    `formats`), other lines plain."""
    document = docx.Document()
    levels = "".join(_level(i, fmt, text) for i, (fmt, text) in enumerate(formats))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {_W} w:abstractNumId="70">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for block in _blocks(source):
        if isinstance(block, list):
            _add_table(document, block)
            continue
        marks = len(block) - len(block.lstrip("#"))
        level = marks - 1 if marks and block[marks:marks + 1] == " " else None
        paragraph = document.add_paragraph(block.lstrip("# ").strip())
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="70"/></w:numPr>'))
    document.save(target)
    return target


def write_heading_docx(source: Path, target: Path, heading_format: str | None = None) -> Path:
    """"= text" is a Word heading (style Heading 1), "| … |" lines a table, "^1 text" a footnote that "{1}" in a
    paragraph references, other lines plain paragraphs. With
    `heading_format` ("Artikel %1."), Word numbers the headings through their style, as a template does, so that the
    text holds no number at all."""
    document = docx.Document()
    if heading_format:
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(f'<w:abstractNum {_W} w:abstractNumId="71">'
                                      f'{_level(0, "decimal", heading_format)}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {_W} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
        document.styles["Heading 1"].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
    notes: dict[str, str] = {}  # "^7 text" lines are footnotes, "{7}" in a paragraph a reference to one
    for block in _blocks(source):
        if isinstance(block, list):
            _add_table(document, block)
        elif block.startswith("= "):
            document.add_heading(block[2:], level=1)
        elif block.startswith(FOOTNOTE):
            number, note = block[len(FOOTNOTE):].split(" ", 1)
            notes[number] = note
        else:
            add_text_with_notes(document.add_paragraph(), block)
    if notes:
        add_footnotes(document, notes)
    document.save(target)
    return target


def write_parallel_docx(source: Path, target: Path) -> Path:
    """"left || right" lines are the rows of a two-column table (the two language versions side by side), the
    first line a title paragraph, "| … |" lines a table of their own."""
    document = docx.Document()
    lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    document.add_paragraph(lines[0])
    parallel = None
    for block in _blocks(source)[1:]:
        if isinstance(block, list):
            _add_table(document, block)
            parallel = None
            continue
        if parallel is None:
            parallel = document.add_table(rows=0, cols=2)
        for cell, text in zip(parallel.add_row().cells, block.split(" || ")):
            cell.text = text
    document.save(target)
    return target


def _pdf_blocks(name: str) -> list:
    return [PAGE_BREAK if b == "<page>" else b for b in _blocks(HERE / "sources" / f"{name}.txt")]


def main() -> None:
    folder = HERE / "agreements"
    write_numbered_docx(HERE / "sources" / "zwalmbeek-datavanger-vwo.txt", folder / "zwalmbeek-datavanger-vwo.docx")
    write_numbered_docx(HERE / "sources" / "brielmeers-quillon-participation.txt",
                        folder / "brielmeers-quillon-participation.docx", CLAUSE_LEVELS)
    write_numbered_docx(HERE / "sources" / "bellerive-archivio-etat-civil.txt",
                        folder / "bellerive-archivio-etat-civil.docx", ARTICLE_LEVELS)
    for name in ("harbourside-dpa-sections", "cpas-waremme-conservation", "scheldevallei-tallyo-permits",
                 "famenne-pse-medilogix", "oudenhoeve-kwadrant-afspraken",
                 "mechelen-tessaract-dpa", "ivam-recyclo-afvalloket", "florival-gastronomia-restoscol",
                 "scheldeland-nordlicht-meters", "wervelde-klachtlijn-meldingen",
                 "hemelrijk-parkplan-parkeren", "lindehoeve-streetwise-gis", "oostmeer-caseline-housing",
                 "ourthe-optimo-transport", "vlasmeer-tabulo-bevragingen",
                 "tervoort-mobilix-deelfietsen"):
        write_document_pdf(folder / f"{name}.pdf", _pdf_blocks(name))
    write_document_pdf(folder / "westerhaven-quaymark-port.pdf", _pdf_blocks("westerhaven-quaymark-port"),
                       repeat_header=False)
    write_heading_docx(HERE / "sources" / "lindegem-klantenkompas-contact.txt",
                       folder / "lindegem-klantenkompas-contact.docx")
    write_heading_docx(HERE / "sources" / "villers-numeria-paie.txt", folder / "villers-numeria-paie.docx")
    write_heading_docx(HERE / "sources" / "kortrijk-veridian-dpa.txt", folder / "kortrijk-veridian-dpa.docx")
    write_heading_docx(HERE / "sources" / "dijlemonde-brightwell-pulsecivic.txt",
                       folder / "dijlemonde-brightwell-pulsecivic.docx")
    write_heading_docx(HERE / "sources" / "brakelmeer-orbitly-afspraken.txt",
                       folder / "brakelmeer-orbitly-afspraken.docx")
    write_heading_docx(HERE / "sources" / "hoogmolen-kampido-jeugdwerking.txt",
                       folder / "hoogmolen-kampido-jeugdwerking.docx")
    write_heading_docx(HERE / "sources" / "wavreval-ferncastle-rendezvous.txt",
                       folder / "wavreval-ferncastle-rendezvous.docx")
    write_parallel_docx(HERE / "sources" / "evere-iristel-bilingue.txt", folder / "evere-iristel-bilingue.docx")
    write_heading_docx(HERE / "sources" / "dorpveld-aquatix-zwembad.txt", folder / "dorpveld-aquatix-zwembad.docx",
                       heading_format="Artikel %1.")
    write_heading_docx(HERE / "sources" / "lasnevoie-scolaris-accueil.txt", folder / "lasnevoie-scolaris-accueil.docx",
                       heading_format="Article %1 –")
    write_heading_docx(HERE / "sources" / "montrival-sepulcra-cimetieres.txt",
                       folder / "montrival-sepulcra-cimetieres.docx")
    write_pdf_from_text(folder / "rivierenland-docuflow-archief.pdf",
                        (HERE / "sources" / "rivierenland-docuflow-archief.txt").read_text(encoding="utf-8"),
                        lines_per_page=28, header="Verwerkersovereenkomst Rivierenland – Docuflow",
                        footer="Pagina {n} van {total}")
    with tempfile.TemporaryDirectory() as work:
        typeset = write_document_pdf(Path(work) / "typeset.pdf", _pdf_blocks("ocmw-tielt-scan"))
        scan_pdf(typeset, folder / "ocmw-tielt-scan.pdf", angles=[0.6, -0.4, 0.3])
        typeset = write_document_pdf(Path(work) / "typeset-fr.pdf", _pdf_blocks("cpas-sombreval-aidadom"))
        scan_pdf(typeset, folder / "cpas-sombreval-aidadom.pdf", angles=[-0.5, 0.4, 0.2])


if __name__ == "__main__":
    main()
