from evals.generator import LANGUAGES, agreement, write_pdf
from ingest.parse import parse_document


def test_agreements_are_deterministic_and_cycle_languages():
    assert agreement(7).text() == agreement(7).text() and agreement(7).text() != agreement(8).text()
    assert [agreement(i).language for i in range(6)] == [*LANGUAGES, *LANGUAGES]


def test_generated_pdf_ingests_with_the_clauses_its_questions_name(tmp_path):
    for i in range(3):  # one per language and numbering style
        item = agreement(i)
        first, second = write_pdf(item, tmp_path / "a.pdf").read_bytes(), write_pdf(item, tmp_path / "b.pdf").read_bytes()
        assert first == second  # same bytes on every run: re-ingest is "unchanged"
        parsed = parse_document(tmp_path / f"{item.document}.pdf", first)
        assert parsed.info.language == item.language and parsed.info.page_count >= 2
        clauses = {c.label: c for c in parsed.clauses}
        for question in item.questions:
            assert question.expected in clauses[question.clause].text
        assert not any("page" in c.text.lower() or "pagina" in c.text.lower() for c in parsed.clauses)  # footers


def test_an_edit_changes_one_clause():
    before = {b.text for b in agreement(4).blocks}
    after = {b.text for b in agreement(4, edit=True).blocks}
    assert len(before - after) == 1 and len(after - before) == 1
