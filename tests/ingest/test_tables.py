"""Tables in PDFs come out as rows, each with its header, and a row is what a question about it quotes."""

from assistant.extractive import lead_sentence, score_sentences
from assistant.models import Retrieved
from assistant.ranker import load_ranker
from ingest.parse import parse_document
from ingest.tables import layout_to_text
from ingest.units import split_sentences, table_header

from ..pdfs import write_table_pdf

HEADER = ["Subverwerker", "Vestigingsplaats", "Werkzaamheden", "Locatie van de verwerking", "Bewaartermijn"]
ROWS = [["Amstelrek Datacenters B.V.", "Amsterdam, Nederland", "Hosting en back-up van de productieomgeving",
         "Amsterdam en Rotterdam", "zeventien (17) jaar"],
        ["Tungabhadra Software Services Pvt. Ltd.", "Bangalore, India", "Tweedelijnsondersteuning op afstand",
         "Toegang op afstand vanuit India", "geen opslag"],
        ["Boyne Data Services Limited", "Dublin, Ierland", "Conversie van archiefdocumenten", "Dublin, Ierland",
         "dertig (30) dagen"]]


def _agreement(tmp_path, rows=ROWS):
    path = tmp_path / "register.pdf"
    write_table_pdf(path, ["Artikel 1 – Voorwerp", "De Verwerker verwerkt persoonsgegevens voor de Gemeente.",
                           "Bijlage 2 – Subverwerkers", "De Verwerker doet een beroep op de volgende Subverwerkers:"],
                    HEADER, rows, ["Bijlage 3 – Contact", "Vragen gaan naar privacy@example.org."],
                    [95, 85, 110, 95, 70])
    return parse_document(path, path.read_bytes())


def test_a_wrapped_pdf_table_becomes_one_line_per_row_with_its_header(tmp_path):
    annex = {c.label: c for c in _agreement(tmp_path).clauses}["Bijlage 2"]
    lines = annex.text.split("\n")
    assert "Subverwerker | Vestigingsplaats | Werkzaamheden | Locatie van de verwerking | Bewaartermijn" in lines
    row = next(line for line in lines if line.startswith("Tungabhadra"))
    assert row == ("Tungabhadra Software Services Pvt. Ltd. | Bangalore, India | Tweedelijnsondersteuning op afstand"
                   " | Toegang op afstand vanuit India | geen opslag")
    assert any(line.endswith("| zeventien (17) jaar") and line.startswith("Amstelrek") for line in lines)


def test_a_table_row_is_the_unit_a_question_quotes_with_its_header(tmp_path):
    annex = {c.label: c for c in _agreement(tmp_path).clauses}["Bijlage 2"]
    spans = split_sentences(annex.text)
    assert any(annex.text[a:b].startswith("Boyne Data Services Limited |") and annex.text[a:b].endswith("dagen")
               for a, b in spans)
    best = score_sentences("Hoe lang bewaart Amstelrek de gegevens (bewaartermijn)?", "nl",
                           [Retrieved(annex, 1.0)], lambda term: 1.0, load_ranker())[0]
    assert best.text.startswith("Amstelrek") and "zeventien (17) jaar" in best.text
    header = table_header(annex.text, best.start)
    assert header.startswith("Subverwerker | Vestigingsplaats")
    lead = lead_sentence("nl", "Bijlage 2", "Subverwerkers", "Verwerkersovereenkomst", best.text, 1, header)
    assert lead.endswith("[1] (kolommen: Subverwerker | Vestigingsplaats | Werkzaamheden | Locatie van de verwerking "
                         "| Bewaartermijn)")


def test_a_table_over_two_pages_keeps_its_rows_and_header(tmp_path):
    rows = [[f"Partner {n} NV", "Gent, België", "Ondersteuning van de dienst en het beheer van de infrastructuur",
             "Gent", f"{n} maanden"] for n in range(1, 41)]
    parsed = _agreement(tmp_path, rows)
    annex = {c.label: c for c in parsed.clauses}["Bijlage 2"]
    assert annex.pages[1] > annex.pages[0]
    for n in (1, 25, 40):
        line = next(line for line in annex.text.split("\n") if line.startswith(f"Partner {n} NV |"))
        assert line.endswith(f"| {n} maanden") and table_header(annex.text, annex.text.index(line)).startswith(
            "Subverwerker |")


def test_running_text_and_two_column_lists_are_left_as_text():
    page = ("Artikel 4 – Beveiliging\n  •    de Verwerker versleutelt alle gegevens;\n"
            "  c.   de Gemeente stelt het doel vast.\nDe partijen   overleggen jaarlijks.")
    assert layout_to_text(page).split("\n") == ["Artikel 4 – Beveiliging", "• de Verwerker versleutelt alle gegevens;",
                                                "c. de Gemeente stelt het doel vast.",
                                                "De partijen overleggen jaarlijks."]


def test_cells_wrapping_at_the_left_margin_keep_the_table_and_the_heading_above_it():
    page = ("Annexe 3 – Sous-traitants ultérieurs\n"
            "Sous-traitant                                        Localisation\n"
            "ultérieur        Siège            Prestation         des données\n"
            "Hexaterre        Wavre            Hébergemen         Wavre\n"
            "Datacenters                       t du centre        (Belgique)\n"
            "SA                                principal\n"
            "Postivo SRL      Charleroi        Impression         Charleroi\n"
            "                                  des fiches         (Belgique)\n"
            "Fin de l'annexe.")
    assert layout_to_text(page).split("\n") == [
        "Annexe 3 – Sous-traitants ultérieurs",
        "Sous-traitant ultérieur | Siège | Prestation | Localisation des données",
        "Hexaterre Datacenters SA | Wavre | Hébergement du centre principal | Wavre (Belgique)",
        "Postivo SRL | Charleroi | Impression des fiches | Charleroi (Belgique)",
        "Fin de l'annexe."]


def test_a_table_of_labels_and_values_has_no_header_row_but_a_table_of_records_has():
    from ingest.units import row_headers

    keyed = ("Bijlage 1\nVoorwerp | Beheer van bewonersparkeerkaarten\nCategorieën van betrokkenen | Inwoners met een "
             "bewonerskaart\nBewaartermijn | Twee jaar na afloop\nEinde.")
    assert set(row_headers(keyed).values()) == {""} and len(row_headers(keyed)) == 3
    records = "Subverwerker | Dienst\nCloudhuis NV | Hosting in het datacenter van Gent\nMailflow SAS | E-mail\n"
    assert set(row_headers(records).values()) == {"Subverwerker | Dienst"}
    generic = ("| Item | Details |\n|---|---|\n| Subject matter | Case management for adult care |\n"
               "| Nature | Recording |")
    assert set(row_headers(generic).values()) == {"| Item | Details |"}
    columns = "Betrokkenen | Persoonsgegevens\nInwoners die een aanvraag indienen | naam, adres\nAgenten | naam"
    assert set(row_headers(columns).values()) == {"Betrokkenen | Persoonsgegevens"}
