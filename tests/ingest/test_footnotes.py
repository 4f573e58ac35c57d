"""Footnotes at the foot of a PDF page follow the sentence that references them (ingest/footnotes.py)."""

from pathlib import Path

from ingest.footnotes import inline_footnotes
from ingest.parse import parse_document
from tests.pdfs import FOOTNOTE, PAGE_BREAK, write_document_pdf
from tests.word import add_footnotes, add_text_with_notes

PAGE_1 = ("Artikel 1. Voorwerp\n§ 1. De Verwerker verwerkt persoonsgegevens in de zin van\nartikel 28 van de AVG1.\n"
          "§ 2. De Verwerker bewaart de logbestanden gedurende\ntwaalf maanden.\n"
          "1 Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 april\n2016 (AVG).")
PAGE_2 = ("Artikel 2. Inbreuken\nDe Gemeente meldt de inbreuk aan de Gegevensbeschermingsautoriteit2, die daarvan "
          "binnen\n72 uur in kennis moet worden gesteld.\nArtikel 3. Einde\nDe Verwerker wist de gegevens.\n"
          "2 Drukpersstraat 35, 1000 Brussel.")


def test_a_note_follows_the_sentence_that_references_it_and_leaves_the_clause_that_ends_the_page():
    first, second = inline_footnotes([PAGE_1, PAGE_2])
    assert "artikel 28 van de AVG. (¹ Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 " \
           "april 2016 (AVG).)\n§ 2." in first
    assert first.endswith("twaalf maanden.")
    # numbered on from the first page's note; the sentence goes on over the line's end
    assert "Gegevensbeschermingsautoriteit, die daarvan binnen\n72 uur in kennis moet worden gesteld. " \
           "(² Drukpersstraat 35, 1000 Brussel.)\nArtikel 3." in second
    assert second.endswith("De Verwerker wist de gegevens.")


def test_numbers_that_are_no_footnotes_stay():
    wrapped = "7.5 The contract is managed by the Party indicated in Annex\n1.\n8. Security\n8.1 The Parties shall act."
    unreferenced = ("Artikel 1. Voorwerp\nDe Verwerker verwerkt gegevens.\n"
                    "2 De Verwerker meldt een datalek binnen 48 uur.")
    numbered = "1 Onderwerp\nDe dienst1 omvat hosting.\n2 Duur\nDrie jaar2.\n3 Einde\nDe gegevens worden gewist."
    # the note is numbered 1 again on the next page only where notes start over on every page
    out_of_turn = "Artikel 4. Audit\nDe Gemeente mag een audit laten uitvoeren3.\n1 Eenmaal per jaar."
    pages = [wrapped, unreferenced, numbered, PAGE_1.replace("AVG1", "AVG 1")]
    assert inline_footnotes(pages) == pages
    assert inline_footnotes([PAGE_1, out_of_turn])[1] == out_of_turn


def test_notes_numbered_per_page_start_again_at_one():
    restarted = PAGE_2.replace("autoriteit2", "autoriteit1").replace("2 Drukpers", "1 Drukpers")
    assert "(¹ Drukpersstraat 35, 1000 Brussel.)" in inline_footnotes([PAGE_1, restarted])[1]


def test_a_pdf_with_footnotes_keeps_each_note_with_its_reference(tmp_path: Path):
    """As Word sets them: notes in a small font at the foot of the page under a short rule, the reference a small
    number glued to its word."""
    path = write_document_pdf(tmp_path / "vwo.pdf", [
        "VERWERKERSOVEREENKOMST",
        "Artikel 1. Voorwerp",
        'De Verwerker verwerkt persoonsgegevens in de zin van artikel 28 van de AVG<font size="6">1</font>.',
        "Artikel 2. Logbestanden",
        "De Verwerker bewaart de logbestanden van de toegang tot het beheerpaneel gedurende twaalf maanden.",
        FOOTNOTE + "1 Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 april 2016.",
        PAGE_BREAK,
        "Artikel 3. Einde",
        'De Verwerker wist alle gegevens binnen zestig dagen, ook in de back-ups<font size="6">2</font>.',
        "Artikel 4. Toepasselijk recht",
        "Deze overeenkomst wordt beheerst door het Belgisch recht.",
        FOOTNOTE + "2 De back-ups staan in een tweede datacenter in Antwerpen.",
    ])
    clauses = {c.label: c for c in parse_document(path, path.read_bytes()).clauses}
    assert "Verordening" not in clauses["2"].text and "AVG1" not in clauses["1"].text
    assert "AVG. (¹ Verordening (EU) 2016/679" in clauses["1"].text
    assert clauses["3"].text.endswith("ook in de back-ups. (² De back-ups staan in een tweede datacenter in "
                                      "Antwerpen.)")
    assert clauses["3"].pages == (2, 2) and "Antwerpen" not in clauses["4"].text


def test_markdown_footnotes_follow_their_reference_and_leave_the_last_clause():
    """As pandoc writes a Word file's footnotes: "GDPR[^1]" in the text, "[^1]: …" at the end of the file (a note
    may go on in indented lines; numbered as rendered, whatever its label); a note referenced nowhere stays."""
    text = ("## 2. Security\n\n2.3 The Processor implements the measures of Article 32 of the GDPR[^1], as described "
            "in Schedule 2.\n\n## 4. Breaches\n\n4.2 The City notifies the Authority[^auth] within 72 hours.\n\n"
            "## Schedule 2 – Security measures\n\n- Encryption of data at rest.\n\n"
            "[^1]: Regulation (EU) 2016/679 of the European Parliament\n    and of the Council.\n"
            "[^auth]: Rue de la Presse 35, 1000 Brussels.\n[^9]: Never referenced.\n")
    clauses = {c.label: c.text for c in parse_document(Path("dpa.md"), text.encode()).clauses}
    assert clauses["2.3"].endswith("of the GDPR, as described in Schedule 2. (¹ Regulation (EU) 2016/679 of the "
                                   "European Parliament and of the Council.)")
    assert clauses["4.2"].endswith("the Authority within 72 hours. (² Rue de la Presse 35, 1000 Brussels.)")
    assert "Regulation" not in clauses["Schedule 2"] and "Brussels" not in clauses["Schedule 2"]
    assert "[^" not in "".join(clauses.values()).replace("[^9]: Never referenced.", "")


def _docx_with_footnotes(path: Path, paragraphs: list[str], notes: dict[str, str]) -> Path:
    """A Word file whose paragraphs reference footnotes where they say "{id}", and its footnotes part."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        add_text_with_notes(document.add_paragraph(), text)
    add_footnotes(document, notes)
    document.save(path)
    return path


def test_a_word_files_footnotes_follow_their_references(tmp_path: Path):
    path = _docx_with_footnotes(tmp_path / "vwo.docx", [
        "VERWERKERSOVEREENKOMST",
        "Artikel 1. Voorwerp",
        "De Verwerker verwerkt persoonsgegevens in de zin van artikel 28 van de AVG{7}, namens de Gemeente.",
        "Artikel 2. Einde",
        "De Verwerker wist alle gegevens binnen zestig dagen, ook in de back-ups{8}. Hij bevestigt dat schriftelijk.",
    ], {"7": "Verordening (EU) 2016/679.", "8": "De back-ups staan in een tweede datacenter in Antwerpen."})
    clauses = {c.label: c.text for c in parse_document(path, path.read_bytes()).clauses}
    assert clauses["1"].endswith("artikel 28 van de AVG, namens de Gemeente. (¹ Verordening (EU) 2016/679.)")
    assert "ook in de back-ups. (² De back-ups staan in een tweede datacenter in Antwerpen.) Hij bevestigt" \
           in clauses["2"]
