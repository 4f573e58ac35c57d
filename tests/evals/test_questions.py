from pathlib import Path

import pytest

from evals.questions import QuestionSetError, load_question_set


def _write(tmp_path, body):
    path = tmp_path / "set.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_development_set_loads_with_alternatives():
    qs = load_question_set("evals/sets/seed-dev.yaml")
    assert qs.name == "seed-dev" and len(qs.questions) == 19
    first = qs.questions[0]
    assert first.answer_must_include[0] == ("24 uur", "24 hours", "24u")
    assert sum(not q.answerable for q in qs.questions) == 2


def test_the_set_written_for_our_own_agreements_names_clauses_they_have():
    from ingest.labels import labels_match
    from ingest.parse import parse_document

    folder = Path("tests/review/agreements")
    qs = load_question_set("evals/sets/own-agreements.yaml")
    labels = {}
    for source in {s.document for q in qs.questions for s in q.expected_sources}:
        path = next(p for p in folder.glob(source + ".*") if p.suffix != ".yaml")
        labels[source] = [c.label for c in parse_document(path, path.read_bytes()).clauses]
    assert all(any(labels_match(s.clause, label) for label in labels[s.document])
               for q in qs.questions for s in q.expected_sources)
    assert sum(not q.answerable for q in qs.questions) == 168


@pytest.mark.parametrize("body, message", [
    ("name: x\nquestions:\n  - {id: a, question: q, expected_sources: [{document: d}], colour: red}\n",
     "question 1 (a): colour: Extra inputs are not permitted"),
    ("name: x\nquestions:\n  - {id: a, question: q, expected_sources: [{document: d}]}\n"
     "  - {id: a, question: r, expected_sources: [{document: d}]}\n", "question 2 (a): duplicate id 'a'"),
    ("name: x\nquestions:\n  - {id: b, expected_sources: [{document: d}]}\n", "question 1 (b): question: Field required"),
    ("name: x\nquestions:\n  - {id: c, question: q}\n", "question 1 (c): an answerable question needs expected_sources"),
    ("name: x\nvragen: []\n", "expected a mapping with 'name' and a list 'questions'"),
    ("name: x\nquestions: []\nowner: me\n", "unknown top-level key(s) ['owner']"),
])
def test_invalid_sets_name_the_question(tmp_path, body, message):
    with pytest.raises(QuestionSetError) as error:
        load_question_set(_write(tmp_path, body))
    assert message in str(error.value) and "set.yaml" in str(error.value)
