"""Question tags: derived from the question and its agreement, written into the set without disturbing it."""

from evals.dev import COLLECTIONS
from evals.questions import Question, load_question_set
from evals.tagging import question_tags, write_tags


def test_tags_name_the_language_pair_and_the_kind_of_clause(tmp_path):
    agreement = tmp_path / "dpa.txt"
    agreement.write_text("VERWERKERSOVEREENKOMST\n\nArtikel 1 – Datalekken\nDe verwerker meldt een datalek binnen "
                         "de 48 uur aan de verwerkingsverantwoordelijke en de overeenkomst loopt voor een jaar.\n\n"
                         "Bijlage 1 – Subverwerkers\nNaam  |  Land  |  Dienst\nAcme  |  BE  |  hosting\n"
                         "Beta  |  FR  |  back-up\nGamma  |  DE  |  support\n", encoding="utf-8")
    files = {"dpa": agreement}
    english = Question.model_validate({"id": "q1", "question": "Who are the sub-processors of the vendor?",
                                       "expected_sources": [{"document": "dpa", "clause": "Bijlage 1"}]})
    assert question_tags(english, files, ["dpa"], None) == ["answerable", "en-nl", "cross-language", "annex", "table"]
    dutch = Question.model_validate({"id": "dpa-na", "question": "Wie is de functionaris van de verwerker?",
                                     "answerable": False})
    assert question_tags(dutch, files, ["dpa"], None) == ["unanswerable", "nl-nl"]


def test_tags_are_inserted_after_the_id_keeping_comments(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text("# a comment\nname: s\nquestions:\n  - id: a\n    question: \"Wat?\"\n    expected_sources:\n"
                    "      - {document: d}\n- id: b\n  question: Hoe?\n  answerable: false\n", encoding="utf-8")
    assert write_tags(path, {"a": ["nl-nl"], "b": ["unanswerable", "nl-nl"]}) == 2
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# a comment\n") and "  - id: a\n    tags: [nl-nl]\n" in text
    assert "- id: b\n  tags: [unanswerable, nl-nl]\n" in text


def test_the_shared_sets_are_tagged():
    for _, sets in COLLECTIONS.values():
        for path in sets:
            assert all(q.tags for q in load_question_set(path).questions), path
