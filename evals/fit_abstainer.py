"""Fit when to abstain, on the tune part only: `python -m evals.fit_abstainer [--work dev-work]`.

Every tune question of the development collections whose questions check the answer's text (CHECKS_TEXT) is
answered without abstaining; each answer's evidence features (assistant/abstainer.FEATURES) are recorded with
whether that answer is right (`is_right`: it says what is expected and cites an expected clause and no other
agreement; an answer to an unanswerable question is never right). Agreements are listed as the committed rule
lists them. A logistic regression (scikit-learn) estimates the probability that an answer is right; the threshold
is the one that maximises, over cross-validated probabilities, a utility in which a right answer gains 1, a
wrong one (or a right one citing the wrong agreement) costs WRONG_COST and an abstention on an unanswerable
question gains 1 — "I could not find it" costs nothing. Each collection weighs the same in the fit
and the utility, so 117 questions on one kind of agreement do not outvote 28 on real ones. Writes
assistant/abstainer.json; and, from the same answers, the three thresholds of the default rule
(assistant/abstention_rule.json, `fit_rule`)."""

from __future__ import annotations

import argparse
import itertools
import json
from datetime import date
from pathlib import Path

from .dev import COLLECTIONS, open_collection, scope_of
from .metrics import check_result
from .runner import load_pages_sidecar
from .thresholds import MINIMUM as GATE_MINIMUM

WRONG_COST = 1.0  # a wrong answer costs as much as a right one gains
# By default the collections whose questions check what the answer says. ContractNLI's questions only check that
# every clause of its automatically mapped evidence is cited, so most of its right answers count as wrong there and
# a model fitted with them learns to abstain on answerable questions (see README, "When to abstain, fitted").
CHECKS_TEXT = ("seed", "corpus", "real")


def collect(collections: list[str], work: Path, settings, log=print) -> list[dict]:
    from assistant.abstainer import NeverAbstain, ThresholdRule
    from assistant.answering import AnswerParams, Assistant

    rows = []
    for name in collections:
        store, store_settings, parts = open_collection(name, work, settings, log)
        # every question answered, but agreements listed as the committed rule lists them (an unscoped question
        # answered by several agreements is right only when the others it lists answer too)
        assistant = Assistant(store, store_settings,
                              params=AnswerParams(abstainer=NeverAbstain(), listing_abstainer=ThresholdRule()))
        tune = parts["tune"]
        pages = load_pages_sidecar(tune)
        scope = scope_of(name)
        for question in tune.questions:
            answer = assistant.ask(question.question, filters={"documents": scope(question)} if scope else None)
            if not answer.evidence:  # nothing to quote at all: abstains whatever the model says
                continue
            checks = check_result(question, answer.to_json(), pages)
            rows.append({"collection": name, "id": question.id, "answerable": question.answerable,
                         "right": is_right(question, checks), "evidence": answer.evidence})
        store.close()
        log(f"{name}: {sum(r['collection'] == name for r in rows)} tune questions")
    return rows


def is_right(question, checks: dict) -> bool:
    """An answer worth giving: it says what the question expects (answer_pass), cites at least one expected
    source and no other agreement. One of two expected clauses left uncited costs citation recall, not the
    answer: abstaining on it would lose a right answer."""
    return bool(question.answerable and checks["answer_pass"] and not checks["wrong_agreement"]
                and len(checks["missing_sources"]) < len(question.expected_sources))


def weights(rows: list[dict]) -> list[float]:
    """Each collection weighs the same in total; the mean weight is 1."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.get("collection", "")] = counts.get(row.get("collection", ""), 0) + 1
    return [len(rows) / (len(counts) * counts[row.get("collection", "")]) for row in rows]


def utility(probabilities, rows, threshold: float) -> float:
    total = 0.0
    for p, row, weight in zip(probabilities, rows, weights(rows)):
        if p >= threshold:
            total += weight * (1.0 if row["right"] else -WRONG_COST)
        elif not row["answerable"]:
            total += weight
    return round(total, 2)


def fit(rows: list[dict]) -> dict:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from assistant.abstainer import FEATURES

    x = np.array([[r["evidence"][f] for f in FEATURES] for r in rows])
    y = np.array([r["right"] for r in rows])
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    sample_weight = np.array(weights(rows))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    held_out = cross_val_predict(model, x, y, cv=folds, method="predict_proba",
                                 params={"logisticregression__sample_weight": sample_weight})[:, 1]
    candidates = sorted(set(np.round(held_out, 4))) + [1.01]
    threshold = max(candidates, key=lambda t: (utility(held_out, rows, t), -t))
    model.fit(x, y, logisticregression__sample_weight=sample_weight)
    scaler, regression = model[0], model[1]
    return {
        "features": list(FEATURES),
        "mean": scaler.mean_.round(6).tolist(),
        "scale": scaler.scale_.round(6).tolist(),
        "weights": regression.coef_[0].round(6).tolist(),
        "bias": round(float(regression.intercept_[0]), 6),
        "threshold": float(threshold),
        "fitted": {
            "on": f"tune part of evals/dev/split.yaml ({len(rows)} questions: {int(y.sum())} right when answered, "
                  f"{sum(not r['answerable'] for r in rows)} unanswerable)",
            "date": date.today().isoformat(),
            "command": "python -m evals.fit_abstainer",
            "wrong_cost": WRONG_COST,
            "cross_validated_utility": utility(held_out, rows, threshold),
            "utility_never_abstaining": utility(held_out, rows, -1.0),
            "utility_first_version_rule": rule_utility(rows, FIRST_VERSION_RULE),
        },
    }


FIRST_VERSION_RULE = (0.30, 0.87)  # the thresholds set by hand on the first 19 questions, for comparison
COVERAGE_GRID = [round(0.02 * i, 2) for i in range(40)]
DENSE_GRID = [round(0.80 + 0.005 * i, 3) for i in range(30)]
BEST_SCORE_GRID = [round(0.5 + 0.05 * i, 2) for i in range(10)] + [1.01]  # 1.01: the ranker's word not taken


def rule_utility(rows: list[dict], thresholds: tuple[float, ...]) -> float:
    from assistant.abstainer import ThresholdRule

    rule = ThresholdRule(*thresholds)
    return utility([0.0 if rule.abstains(r["evidence"]) else 1.0 for r in rows], rows, 0.5)


def fit_rule(rows: list[dict], gate: float = GATE_MINIMUM["answer_pass"]) -> dict:
    """The rule's three thresholds: the point of a grid whose utility, averaged with its neighbours', is highest
    (a plateau rather than a peak that one question made), among those that keep the development set's CI gate
    (answered right on `gate` of its answerable questions; evals/thresholds.py). An approximation: the answers
    were given without abstaining and agreements listed by the committed thresholds, not the new ones, so a sample
    question can come out otherwise in a real run; `python -m evals.dev --collection seed` says."""
    from assistant.abstainer import ThresholdRule

    grids = (COVERAGE_GRID, DENSE_GRID, BEST_SCORE_GRID)
    points = list(itertools.product(*(range(len(g)) for g in grids)))
    value = {ijk: rule_utility(rows, _thresholds(ijk)) for ijk in points}
    gated = [r for r in rows if r.get("collection") == "seed" and r["answerable"]]

    def keeps_gate(ijk) -> bool:
        rule = ThresholdRule(*_thresholds(ijk))
        return not gated or sum(r["right"] and not rule.abstains(r["evidence"]) for r in gated) >= gate * len(gated)

    def smoothed(ijk) -> float:
        near = [value[n] for n in itertools.product(*(range(max(0, i - 1), min(len(g), i + 2))
                                                      for i, g in zip(ijk, grids)))]
        return sum(near) / len(near)

    best = max((ijk for ijk in points if keeps_gate(ijk)),
               key=lambda ijk: (smoothed(ijk), -ijk[0], -ijk[1], ijk[2]))
    coverage, dense, best_score = _thresholds(best)
    return {"min_coverage": coverage, "min_dense": dense, "min_best_score": best_score,
            "fitted": {"on": f"tune part of evals/dev/split.yaml ({len(rows)} questions)",
                       "date": date.today().isoformat(), "command": "python -m evals.fit_abstainer",
                       "utility": value[best], "utility_smoothed": round(smoothed(best), 2),
                       "utility_without_best_score": max(v for ijk, v in value.items()
                                                         if ijk[2] == len(BEST_SCORE_GRID) - 1),
                       "utility_first_version_rule": rule_utility(rows, FIRST_VERSION_RULE)}}


def _thresholds(ijk: tuple[int, int, int]) -> tuple[float, float, float]:
    return COVERAGE_GRID[ijk[0]], DENSE_GRID[ijk[1]], BEST_SCORE_GRID[ijk[2]]


def main(argv: list[str] | None = None) -> None:
    from assistant.abstainer import FITTED, RULE
    from assistant.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", action="append", choices=sorted(COLLECTIONS))
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--out", type=Path, default=FITTED)
    args = parser.parse_args(argv)
    rows = collect(args.collection or list(CHECKS_TEXT), args.work, Settings())
    fitted = fit(rows)
    args.out.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: fitted[k] for k in ("features", "weights", "threshold", "fitted")}, indent=2))
    rule = fit_rule(rows)
    args.out.with_name(RULE.name).write_text(json.dumps(rule, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(rule, indent=2))


if __name__ == "__main__":
    main()
