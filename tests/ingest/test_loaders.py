import docx
import pytest
from pypdf import PdfReader, PdfWriter

from ingest.errors import IngestError
from ingest.loaders import load_pages
from ingest.parse import parse_document

from ..agreements import ENGLISH_PAGES
from ..pdfs import write_document_pdf, write_pdf, write_scanned_pdf


def _error(path, password=None) -> str:
    with pytest.raises(IngestError) as info:
        load_pages(path, path.read_bytes(), password)
    return str(info.value)


def test_pdf_pages_kept(english_pdf):
    pages = load_pages(english_pdf, english_pdf.read_bytes())
    assert len(pages) == 4 and "Clause 6 – Breaches" in pages[2]


def test_encrypted_pdf_needs_password(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", ENGLISH_PAGES, encrypt="s3cret")
    assert "encrypted PDF" in _error(path) and "--password" in _error(path)
    assert "wrong" in _error(path, "nope")
    parsed = parse_document(path, path.read_bytes(), "s3cret")
    assert any(c.label == "6.1" for c in parsed.clauses)


def test_owner_password_only_pdf_opens(tmp_path, english_pdf):
    writer = PdfWriter(clone_from=PdfReader(english_pdf))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "owner-only.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert len(load_pages(path, path.read_bytes())) == 4


def test_scanned_pdf_says_ocr(tmp_path):
    assert "OCR" in _error(write_scanned_pdf(tmp_path / "scan.pdf"))


def test_truncated_pdf(tmp_path, english_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(english_pdf.read_bytes()[:400])
    assert "corrupt or truncated PDF" in _error(path)


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("fake.pdf", b"Artikel 1: this is text", "content is text"),
        ("fake.docx", b"%PDF-1.4 ...", "content is a PDF"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "content is an image"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported file type"),
        ("latin.txt", b"Artikel 1: caf\x81\x8d \x90\x9d" * 3, "cannot decode"),
    ],
)
def test_bad_input_messages(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert expected in _error(path)


def test_windows_1252_text_is_read(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Artikel 1: Beëindiging\nDe overeenkomst eindigt.".encode("cp1252"))
    assert "Beëindiging" in load_pages(path, path.read_bytes())[0]


def test_a_table_saved_as_text_with_tabs_reads_as_rows_of_cells(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("Bijlage I : Subverwerkers\nNaam\tDienst\tVestiging\nCloudnest nv\thosting\tBelgië\n"
                    "Smsbird bv\tsms-berichten\tNederland\n5.1\tDe verwerker meldt een inbreuk.\n"
                    "5.2\tDe verwerker helpt.\n", encoding="utf-8")
    text = load_pages(path, path.read_bytes())[0]
    assert "Naam | Dienst | Vestiging\nCloudnest nv | hosting | België\nSmsbird bv | sms-berichten | Nederland" in text
    assert "5.1\tDe verwerker" in text  # a number and its text, as Word saves a numbered list, are no table
    columns = tmp_path / "signed.txt"  # nor two columns set apart by tabs, as a signature block is
    columns.write_text("Voor de Gemeente\t\t\tVoor de Verwerker\nGemeente Koekelare\t\tDigitaal Vlaanderen\n"
                       "Patrick Lansens\t\tFrank Geets\n", encoding="utf-8")
    assert "Gemeente Koekelare\t\tDigitaal Vlaanderen" in load_pages(columns, columns.read_bytes())[0]


def test_docx_tables_in_reading_order_and_page_breaks(tmp_path):
    document = docx.Document()
    document.add_paragraph("VERWERKERSOVEREENKOMST")
    document.add_paragraph("Artikel 1: Definities")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "AVG", "Algemene verordening gegevensbescherming"
    table.cell(1, 0).text, table.cell(1, 1).text = "Datalek", "Een inbreuk op de beveiliging"
    document.add_paragraph("Artikel 2: Voorwerp")
    document.add_page_break()
    document.add_paragraph("Artikel 3: Duur")
    document.add_paragraph("3.1. De overeenkomst loopt een jaar.")
    path = tmp_path / "contract.docx"
    document.save(path)
    parsed = parse_document(path, path.read_bytes())
    clauses = {c.label: c for c in parsed.clauses}
    assert "Datalek | Een inbreuk op de beveiliging" in clauses["1"].text
    assert clauses["1"].text.index("AVG") < clauses["1"].text.index("Datalek")
    assert clauses["2"].pages == (1, 1) and clauses["3.1"].pages == (2, 2)


def _auto_numbered_docx(path, lvl_texts: dict[int, tuple[str, str]], paragraphs: list[tuple[int | None, str]]):
    """A DOCX whose article numbers Word draws from a multilevel list (numbering.xml), not from the text."""
    from docx.oxml import parse_xml

    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in lvl_texts.items())
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.add_paragraph("Eerste punt van een opsomming", style="List Bullet")
    document.save(path)
    return parse_document(path, path.read_bytes())


def test_a_docx_numbered_by_words_own_lists_keeps_its_article_labels(tmp_path):
    parsed = _auto_numbered_docx(tmp_path / "auto.docx", {0: ("decimal", "Artikel %1."), 1: ("decimal", "%1.%2")}, [
        (None, "VERWERKERSOVEREENKOMST"), (0, "Voorwerp"), (1, "De verwerker verwerkt gegevens voor de gemeente."),
        (0, "Datalekken"), (1, "De verwerker meldt een datalek binnen 24 uur."), (1, "De melding is volledig."),
        (0, "Duur"), (1, "De overeenkomst loopt drie jaar.")])
    clauses = {c.label: c for c in parsed.clauses}
    assert [label for label in clauses if label != "Preamble"] == ["1", "1.1", "2", "2.1", "2.2", "3", "3.1"]
    assert clauses["2"].title == "Datalekken" and "binnen 24 uur" in clauses["2.1"].text
    assert "• Eerste punt" in clauses["3.1"].text  # a bullet list's bullet, drawn by Word too


def test_roman_and_lettered_word_numbering(tmp_path):
    parsed = _auto_numbered_docx(tmp_path / "roman.docx", {0: ("upperRoman", "Article %1 –"),
                                                           1: ("lowerLetter", "(%2)")}, [
        (0, "Definitions"), (0, "Breaches"), (1, "The Processor notifies the Controller within 48 hours."),
        (1, "The notice describes the breach."), (0, "Term")])
    clauses = {c.label: c for c in parsed.clauses}
    assert [label for label in clauses if label != "Preamble"] == ["I", "II", "II(a)", "II(b)", "III"]
    assert clauses["III"].title == "Term"


def test_a_docx_whose_sections_are_word_headings_without_numbers_is_parted_by_them(tmp_path):
    """Word's Title and Heading styles head sections as Markdown's # does; the text keeps no '#'."""
    document = docx.Document()
    document.add_heading("Verwerkersovereenkomst", 0)
    document.add_paragraph("Tussen de Stad Lokeren, hierna de verwerkingsverantwoordelijke, en Datavault NV, hierna "
                           "de verwerker.")
    for heading, text in (("Voorwerp", "De verwerker host het zaaksysteem van de Stad."),
                          ("Datalekken", "De verwerker meldt een datalek binnen zesendertig (36) uur.")):
        document.add_heading(heading, 1)
        document.add_paragraph(text)
    path = tmp_path / "headings.docx"
    document.save(path)
    parsed = parse_document(path, path.read_bytes())
    clauses = {c.label: c for c in parsed.clauses}
    assert list(clauses) == ["Preamble", "Voorwerp", "Datalekken"]
    assert clauses["Datalekken"].text == "Datalekken\nDe verwerker meldt een datalek binnen zesendertig (36) uur."
    assert [p.name for p in parsed.info.parties] == ["Stad Lokeren", "Datavault NV"]
    assert not any("#" in c.text for c in parsed.clauses)


def test_a_docx_of_two_languages_side_by_side_reads_as_each_article_in_one_language_then_the_other(tmp_path):
    rows = [("Artikel 1 – Voorwerp", "Article 1 – Objet"),
            ("De verwerker beheert voor de gemeente de toepassing voor de burgerzaken en alle gegevens daarin.",
             "Le sous-traitant gère pour la commune l'application de l'état civil et toutes les données "
             "qu'elle contient."),
            ("Artikel 2 – Datalekken", "Article 2 – Violations de données"),
            ("De verwerker meldt elk datalek binnen vierentwintig uur aan de gemeente en geeft daarbij alle "
             "informatie.",
             "Le sous-traitant notifie toute violation dans les vingt-quatre heures à la commune avec toutes les "
             "informations."),
            ("Artikel 3 – Duur", "Article 3 – Durée"),
            ("Deze overeenkomst loopt drie jaar vanaf de ondertekening en wordt daarna niet stilzwijgend verlengd.",
             "Le présent contrat vaut trois ans à compter de sa signature et n'est pas reconduit tacitement ensuite.")]
    document = docx.Document()
    document.add_paragraph("VERWERKERSOVEREENKOMST – CONTRAT DE SOUS-TRAITANCE")
    table = document.add_table(rows=0, cols=2)
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    sub = document.add_table(rows=0, cols=2)  # a table of the agreement's own: rows, not languages
    for name, country in (("Subverwerker", "Land"), ("Cloudea SAS", "Frankrijk")):
        cells = sub.add_row().cells
        cells[0].text, cells[1].text = name, country
    path = tmp_path / "bilingue.docx"
    document.save(path)
    clauses = parse_document(path, path.read_bytes()).clauses
    two = [c for c in clauses if c.label == "2"]
    assert [c.title for c in two] == ["Datalekken", "Violations de données"]
    assert "|" not in two[0].text and "vierentwintig uur" in two[0].text and "vingt-quatre heures" in two[1].text
    assert "Cloudea SAS | Frankrijk" in clauses[-1].text


def test_a_pdf_of_two_languages_in_two_columns_reads_as_each_article_in_one_language_then_the_other(tmp_path):
    rows = [["Artikel 1 – Voorwerp", "Article 1 – Objet"],
            ["De verwerker beheert voor de gemeente de toepassing voor de burgerzaken en alle gegevens daarin.",
             "Le sous-traitant gère pour la commune l'application de l'état civil et toutes les données."],
            ["Artikel 2 – Datalekken", "Article 2 – Violations de données"],
            ["De verwerker meldt elk datalek binnen vierentwintig uur aan de gemeente met alle informatie.",
             "Le sous-traitant notifie toute violation dans les vingt-quatre heures à la commune."]]
    path = write_document_pdf(tmp_path / "bilingue.pdf", ["VERWERKERSOVEREENKOMST – CONTRAT DE SOUS-TRAITANCE", rows])
    clauses = parse_document(path, path.read_bytes()).clauses
    two = [c for c in clauses if c.label == "2"]
    assert [c.title for c in two] == ["Datalekken", "Violations de données"]
    assert "vierentwintig uur" in two[0].text and "heures" not in two[0].text
    assert "vingt-quatre heures" in two[1].text and "uur" not in two[1].text
