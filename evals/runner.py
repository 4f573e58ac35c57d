"""Run question sets against an answering function and collect results, checks and metrics."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from .metrics import check_result, set_metrics
from .questions import QuestionSet


def load_pages_sidecar(question_set: QuestionSet) -> dict | None:
    """Optional `pages.json` beside the set: {document: {clause label: start page}} — the ground truth of
    page_accuracy for PDFs, since the question format itself has no pages."""
    if question_set.path is None:
        return None
    sidecar = question_set.path.parent / "pages.json"
    return json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else None


def run_set(question_set: QuestionSet, answer: Callable[..., dict], mode: str,
            progress: Callable[[Iterable], Iterable] = iter,
            scope: Callable[[object], list[str]] | None = None) -> dict:
    """`answer(question)` returns the JSON shape of `Answer.to_json()`. With `scope`, each question is asked
    within the agreements `scope(question)` names, as a user who picked them in the scope control would:
    `answer(question, {"documents": [...]})`."""
    pages = load_pages_sidecar(question_set)
    results = []
    for question in progress(question_set.questions):
        result = (answer(question.question, {"documents": scope(question)}) if scope
                  else answer(question.question))
        checks = check_result(question, result, pages)
        results.append({"id": question.id, "question": question.question, "tags": list(question.tags), **result,
                        "checks": checks, "passed": checks.pop("passed")})
    questions = list(question_set.questions)
    tags = sorted({tag for q in questions for tag in q.tags})
    by_tag = {tag: set_metrics(*zip(*[(q, r) for q, r in zip(questions, results) if tag in q.tags]))
              for tag in tags}
    return {"set": question_set.name, "mode": mode, "metrics": set_metrics(questions, results),
            "by_tag": by_tag, "results": results}


def write_json(report: dict | list[dict], path: str | Path) -> None:
    Path(path).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def make_answerer(store, settings, baseline: bool = False) -> tuple[Callable[[str], dict], str]:
    """The function an eval run calls per question, and the label of its configuration."""
    if baseline:
        from .baseline import NaivePipeline

        pipeline = NaivePipeline(store)
        pipeline.index()
        return pipeline.answer, "baseline (1000/200 chunks, dense, top chunk)"
    from assistant.answering import Assistant

    assistant = Assistant(store, settings)
    label = settings.mode
    if settings.retrieval != "hybrid":
        label += f" (retrieval={settings.retrieval})"
    if not settings.routing:
        label += " (no routing)"
    return (lambda question, filters=None: assistant.ask(question, filters=filters, mode=settings.mode).to_json()), \
        label
