from evals.metrics import check_result, percentile, set_metrics
from evals.questions import Question


def _question(**kw):
    return Question.model_validate({"id": "q", "question": "?", **kw})


def _result(answer="", citations=(), retrieved=(), abstained=False, latency=10.0):
    return {"answer": answer, "abstained": abstained, "latency_ms": latency,
            "citations": [{"document": d, "clause": c, "title": None, "page": p[0], "pages": list(p), "quote": ""}
                          for d, c, p in citations],
            "retrieved": [{"document": d, "clause": c, "score": 0.1} for d, c in retrieved]}


BREACH = _question(expected_sources=[{"document": "kk", "clause": "7.3"}],
                   acceptable_sources=[{"document": "kk", "clause": "Bijlage 2"}],
                   answer_must_include=[["24 uur", "24 hours"]], answer_must_not_include=["72 uur"])


def test_label_normalisation_and_parent_child_matching():
    checks = check_result(BREACH, _result("Binnen 24 UUR.", [("kk", "Artikel 7", (3, 4))],
                                          [("kk", "9.1"), ("kk", "Artikel 7.3.2")]))
    assert checks["missing_sources"] == [] and checks["answer_pass"] and not checks["hit@1"] and checks["hit@3"]


def test_alternatives_forbidden_text_and_wrong_agreement():
    checks = check_result(BREACH, _result("within 24 hours, not 72 uur", [("other", "7.3", (1, 1))]))
    assert checks["missing_text"] == [] and checks["must_not_include_violations"] == ["72 uur"]
    assert not checks["answer_pass"] and checks["wrong_agreement"] == ["other"]
    assert check_result(BREACH, _result("binnen 48 uur", [("kk", "7.3", (1, 1))]))["missing_text"] == [
        ["24 uur", "24 hours"]]


def test_abstention_scoring_and_set_metrics():
    unanswerable = _question(answerable=False, answer_must_not_include=["euro"])
    questions = [BREACH, unanswerable, unanswerable]
    results = [_result("24 uur", [("kk", "7.3", (2, 2)), ("kk", "4", (1, 1))], [("kk", "7.3")], latency=100),
               _result("Niet gevonden.", abstained=True, latency=200),
               _result("1000 euro", abstained=True, latency=300)]
    for question, result in zip(questions, results):
        result["checks"] = check_result(question, result, pages={"kk": {"7.3": 2}})
        result["passed"] = result["checks"].pop("passed")
    metrics = set_metrics(questions, results)
    assert metrics["abstention_accuracy"] == 0.5 and metrics["false_abstention"] == 0.0
    assert metrics["abstention_precision"] == 1.0 and metrics["abstention_recall"] == 1.0
    results[0]["abstained"] = True  # an answerable question abstained on: precision drops, recall does not
    assert set_metrics(questions, results)["abstention_precision"] == 0.6667
    results[0]["abstained"] = False
    assert metrics["citation_precision"] == 0.5 and metrics["citation_recall"] == 1.0
    assert metrics["retrieval_hit@1"] == 1.0 and metrics["page_accuracy"] == 1.0
    assert metrics["latency_p50_ms"] == 200 and percentile([1.0], 95) == 1.0


def test_the_two_newer_label_rules():
    """ "4" ~ "4(a)" (also written "4 (a)"), and a leading "Bepaling" is ignored; siblings never match."""
    from ingest.labels import labels_match

    assert labels_match("4", "4(a)") and labels_match("Clause 4", "4 (a)") and labels_match("Bepaling 11", "11")
    assert labels_match("bepaling 11.2", "Artikel 11") and not labels_match("4(a)", "4(b)")
    assert not labels_match("4", "40") and not labels_match("4", "14(a)")
    question = _question(expected_sources=[{"document": "nda", "clause": "4"}])
    assert check_result(question, _result("x", [("nda", "4(b)", (1, 1))]))["missing_sources"] == []


def test_tags_break_the_metrics_down(tmp_path):
    from evals.questions import load_question_set
    from evals.runner import run_set

    (tmp_path / "set.yaml").write_text(
        "name: t\nquestions:\n"
        "  - {id: a, question: '1?', expected_sources: [{document: kk}], tags: [nl-nl, deadline]}\n"
        "  - {id: b, question: '2?', answerable: false, tags: [nl-nl]}\n")
    answers = {"1?": _result("ok", [("kk", "7", (1, 1))]), "2?": _result("no", abstained=True)}
    run = run_set(load_question_set(tmp_path / "set.yaml"), answers.__getitem__, "x")
    assert run["by_tag"]["nl-nl"]["questions"] == 2 and run["by_tag"]["deadline"]["questions"] == 1
    assert run["by_tag"]["nl-nl"]["abstention_accuracy"] == 1.0 and run["results"][0]["tags"] == ["nl-nl", "deadline"]


def test_utility_and_ablation_rows():
    from evals.ablations import ablation_rows

    default = {"answer_pass": 0.5, "utility": 3, "citation_precision": None}
    rows = dict(ablation_rows(default, {"no routing": {"answer_pass": 0.25, "utility": -1}}))
    cells = {c: (v, d) for c, v, d in rows["no routing"]}
    assert cells["answer_pass"] == (0.25, -0.25) and cells["utility"] == (-1, -4)
    assert cells["citation_precision"] == (None, None) and rows["default"][0] == ("answer_pass", 0.5, None)
