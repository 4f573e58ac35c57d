"""Per-question checks and set metrics, exactly as ../shared/README.md defines them. Pure functions over the
JSON result of one question (the shape `Answer.to_json()` produces), so hand-made results test them."""

from __future__ import annotations

from statistics import quantiles

from ingest.labels import labels_match

from .questions import Question, Source


def source_matches(source: Source, document: str, clause: str | None) -> bool:
    if source.document != document:
        return False
    return source.clause is None or (clause is not None and labels_match(source.clause, clause))


def _matches_any(sources, document, clause) -> bool:
    return any(source_matches(s, document, clause) for s in sources)


def _includes(answer: str, item) -> bool:
    alternatives = (item,) if isinstance(item, str) else item
    return any(a.lower() in answer for a in alternatives)


def check_result(question: Question, result: dict, pages: dict | None = None) -> dict:
    """The checks of one answered question. `pages` is the optional sidecar: document -> clause -> start page."""
    answer = result["answer"].lower()
    citations = result["citations"]
    retrieved = result["retrieved"]
    allowed = question.expected_sources + question.acceptable_sources
    checks: dict = {"abstained": result["abstained"]}
    checks["must_not_include_violations"] = [s for s in question.answer_must_not_include if s.lower() in answer]
    if not question.answerable:
        checks["passed"] = result["abstained"] and not checks["must_not_include_violations"]
        return checks

    for k in (1, 3, 5):
        checks[f"hit@{k}"] = any(_matches_any(question.expected_sources, r["document"], r["clause"])
                                 for r in retrieved[:k])
    checks["missing_sources"] = [
        f"{s.document}:{s.clause or '*'}" for s in question.expected_sources
        if not any(source_matches(s, c["document"], c["clause"]) for c in citations)]
    checks["citations"] = len(citations)
    checks["matched_citations"] = sum(_matches_any(allowed, c["document"], c["clause"]) for c in citations)
    expected_documents = {s.document for s in allowed}
    checks["wrong_agreement"] = sorted({c["document"] for c in citations} - expected_documents)
    checks["missing_text"] = [item if isinstance(item, str) else list(item)
                              for item in question.answer_must_include if not _includes(answer, item)]
    checks["page_checks"], checks["page_hits"] = 0, 0
    for c in citations:
        start = (pages or {}).get(c["document"], {}).get(c["clause"])
        if start is not None and _matches_any(allowed, c["document"], c["clause"]):
            checks["page_checks"] += 1
            checks["page_hits"] += c["pages"][0] <= start <= c["pages"][1]
    checks["answer_pass"] = (not result["abstained"] and not checks["missing_text"]
                             and not checks["must_not_include_violations"])
    checks["passed"] = (checks["answer_pass"] and not checks["missing_sources"] and not checks["wrong_agreement"])
    return checks


def _share(values) -> float | None:
    values = list(values)
    return round(sum(values) / len(values), 4) if values else None


def percentile(values: list[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(quantiles(values, n=100, method="inclusive")[q - 1], 1)


def _utility(question: Question, result: dict) -> int:
    """+1 for a right answer or an abstention on an unanswerable question, -1 for any other answer, 0 for an
    abstention on an answerable one."""
    if result["abstained"]:
        return 0 if question.answerable else 1
    return 1 if question.answerable and result["passed"] else -1


def set_metrics(questions: list[Question], results: list[dict]) -> dict:
    """results[i] holds the JSON result of questions[i] with its "checks"."""
    answerable = [r["checks"] for q, r in zip(questions, results) if q.answerable]
    unanswerable = [r for q, r in zip(questions, results) if not q.answerable]
    citations = sum(c["citations"] for c in answerable)
    page_checks = sum(c["page_checks"] for c in answerable)
    latencies = [r["latency_ms"] for r in results]
    return {
        "questions": len(results),
        "answerable": len(answerable),
        "retrieval_hit@1": _share(c["hit@1"] for c in answerable),
        "retrieval_hit@3": _share(c["hit@3"] for c in answerable),
        "retrieval_hit@5": _share(c["hit@5"] for c in answerable),
        "citation_recall": _share(not c["missing_sources"] for c in answerable),
        "citation_precision": round(sum(c["matched_citations"] for c in answerable) / citations, 4) if citations else None,
        "answer_pass": _share(c["answer_pass"] for c in answerable),
        "abstention_accuracy": _share(r["passed"] for r in unanswerable),
        "false_abstention": _share(c["abstained"] for c in answerable),
        # of the abstentions, the share on questions no agreement answers; of those questions, the share abstained on
        "abstention_precision": _share(not q.answerable for q, r in zip(questions, results) if r["abstained"]),
        "abstention_recall": _share(r["abstained"] for r in unanswerable),
        "page_accuracy": round(sum(c["page_hits"] for c in answerable) / page_checks, 4) if page_checks else None,
        "wrong_agreement": sum(bool(c["wrong_agreement"]) for c in answerable),
        "must_not_include_violations": sum(bool(r["checks"]["must_not_include_violations"]) for r in results),
        "passed": sum(r["passed"] for r in results),
        # right answers (every check passed) minus wrong ones plus abstentions on unanswerable questions: what a
        # wrong answer costs against "I could not find it" (the objective evals/fit_abstainer.py fits)
        "utility": sum(_utility(q, r) for q, r in zip(questions, results)),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }
