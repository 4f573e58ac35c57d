"""The fixed split of the development material: every document in exactly one part, questions placed by the
documents they are about."""

from evals.dev import COLLECTIONS, documents_of, load_split, split_questions
from evals.questions import Question


def test_every_document_is_in_exactly_one_part():
    split = load_split()
    assert set(split) == set(COLLECTIONS)
    for name, (files, sets) in COLLECTIONS.items():
        tune, check = set(split[name]["tune"]), set(split[name]["check"] or [])
        assert not tune & check and tune | check == {f.stem for f in files}, name
        assert all(path.exists() for path in sets)


def test_questions_are_placed_by_their_documents():
    stems = ["secoda-dpa", "secoda-msa", "orbis-mutual-nda"]
    both = Question.model_validate({"id": "x", "question": "?", "expected_sources": [
        {"document": "secoda-dpa"}, {"document": "secoda-msa"}]})
    assert documents_of(both, stems) == {"secoda-dpa", "secoda-msa"}
    unanswerable = Question.model_validate({"id": "secoda-msa-na-dpo", "question": "?", "answerable": False})
    assert documents_of(unanswerable, stems) == {"secoda-msa"}
    by_file = Question.model_validate({"id": "onda-x", "question": "?", "answerable": False})
    assert documents_of(by_file, stems, "orbis-mutual-nda") == {"orbis-mutual-nda"}
    assert documents_of(by_file, stems) == set()


def test_a_question_is_tuned_on_only_when_all_its_documents_are_tune_documents():
    split = load_split()
    for name, (files, sets) in COLLECTIONS.items():
        parts = split_questions(sets, split[name]["tune"], [f.stem for f in files])
        tune = set(split[name]["tune"])
        for question in parts["tune"].questions:
            assert documents_of(question, [f.stem for f in files]) <= tune
        assert parts["check"].questions  # every collection keeps questions to measure on


def test_segmentation_finds_every_numbered_label_of_the_tune_documents_on_its_page():
    from evals.dev import label_coverage

    coverage = label_coverage("corpus")
    assert coverage["tune"]["labels"] > 300
    assert coverage["tune"]["found"] == coverage["tune"]["right_page"] == 1.0


def test_the_word_and_markdown_versions_of_the_agreements_segment_like_their_pdfs():
    from evals.dev import COLLECTIONS, OTHER_FORMATS
    from ingest.parse import parse_document

    def labels(path):
        return [c.label for c in parse_document(path, path.read_bytes()).clauses]

    pdfs = {path.stem: labels(path) for path in COLLECTIONS["corpus"][0]}
    for files in OTHER_FORMATS.values():
        assert len(files) == len(pdfs)
        for path in files:
            assert labels(path) == pdfs[path.stem], path.name
