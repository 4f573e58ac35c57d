"""Fit which sentence answers a question, on the tune part only: `python -m evals.fit_ranker [--work dev-work]`.

For every answerable tune question of every development collection, the question is routed and retrieved as
`ask` does, and each sentence of the clauses the answer may quote becomes a row of features
(assistant/features.py). A sentence is a positive when its clause is an expected (or acceptable) source and it
holds one of the texts the answer must include — or, when no sentence of those clauses holds one (a translated
answer), any sentence of them. A logistic regression (scikit-learn) is fitted with every question weighing the same
and every collection the same in total; grouped cross-validation (by question) reports how often the top sentence
is a positive (hit@1), against the hand-set score of the first version. Writes assistant/ranker.json."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ingest.labels import labels_match

from .dev import COLLECTIONS, open_collection, scope_of
from .fit_abstainer import weights as collection_weights


class _Constant:
    def probability(self, features):
        return 0.0


def _is_expected(question, clause) -> bool:
    return any(s.document == clause.document and (s.clause is None or labels_match(s.clause, clause.label))
               for s in question.expected_sources + question.acceptable_sources)


def _holds_answer(question, text: str) -> bool:
    text = text.lower()
    return any(any(a.lower() in text for a in ((item,) if isinstance(item, str) else item))
               for item in question.answer_must_include)


def collect(collections: list[str], work: Path, settings, log=print) -> list[dict]:
    """One row per candidate sentence: collection, question id, features, positive."""
    from assistant.answering import Assistant

    rows = []
    for name in collections:
        store, store_settings, parts = open_collection(name, work, settings, log)
        assistant = Assistant(store, store_settings, ranker=_Constant())
        scope = scope_of(name)
        for question in parts["tune"].questions:
            if not question.answerable:
                continue
            filters = {"documents": scope(question)} if scope else None
            context = assistant._retrieve(question.question, question.question, None, filters, {})
            candidates = context.retrieved[: assistant.params.top_clauses]
            sentences = assistant._sentences(context.focused, context.language, candidates, question.question)
            expected = [s for s in sentences if _is_expected(question, candidates[s.rank].clause)]
            holding = [s for s in expected if _holds_answer(question, s.text)]
            positives = {id(s) for s in (holding or expected)}
            for s in sentences:
                rows.append({"collection": name, "question": question.id, "features": s.features,
                             "positive": id(s) in positives, "old_score": _old_score(s)})
        store.close()
        log(f"{name}: {len({r['question'] for r in rows if r['collection'] == name})} tune questions")
    return rows


def _old_score(sentence) -> float:
    from assistant.ranker import FirstVersionScore

    return FirstVersionScore().probability(sentence.features)


def row_weights(rows: list[dict]) -> list[float]:
    """Each question's sentences weigh 1 together (half positives, half negatives), scaled so that every
    collection weighs the same."""
    counts: dict[tuple[str, bool], int] = {}
    for row in rows:
        key = (row["question"], row["positive"])
        counts[key] = counts.get(key, 0) + 1
    per_question = [0.5 / counts[(r["question"], r["positive"])] for r in rows]
    questions = [{"collection": c} for c in
                 {r["question"]: r["collection"] for r in rows}.values()]
    by_collection = dict(zip({r["question"]: r["collection"] for r in rows}.values(),
                             collection_weights(questions)))
    return [w * by_collection[r["collection"]] for w, r in zip(per_question, rows)]


def hit_at_1(rows: list[dict], scores) -> float:
    """Share of questions (with a positive among their candidates) whose best-scored sentence is a positive."""
    best: dict[str, tuple[float, bool]] = {}
    has_positive = {r["question"] for r in rows if r["positive"]}
    for row, score in zip(rows, scores):
        if row["question"] in has_positive and (row["question"] not in best or score > best[row["question"]][0]):
            best[row["question"]] = (score, row["positive"])
    return round(sum(p for _, p in best.values()) / len(best), 4) if best else 0.0


def fit_pairwise(rows: list[dict], sample_weight: list[float], features: tuple[str, ...], c: float = 1.0) -> dict:
    """A linear ranking model: logistic regression on the differences between a positive and a negative sentence
    of the same question (each question's pairs weigh as its sentences do), then a one-feature logistic fit on the
    resulting score so that it reads as the probability that a sentence is a positive (the abstainer weighs it)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r["features"].get(f, 0.0) for f in features] for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    by_question: dict[str, tuple[list[int], list[int]]] = {}
    for i, row in enumerate(rows):
        by_question.setdefault(row["question"], ([], []))[0 if row["positive"] else 1].append(i)
    diffs, targets, pair_weight = [], [], []
    for positives, negatives in by_question.values():
        if not positives or not negatives:
            continue
        weight = sum(sample_weight[i] for i in positives + negatives) / (len(positives) * len(negatives))
        for i in positives:
            for j in negatives:  # both orders, so that the model needs no intercept
                diffs += [z[i] - z[j], z[j] - z[i]]
                targets += [1, 0]
                pair_weight += [weight, weight]
    ranking = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    ranking.fit(np.array(diffs), np.array(targets), sample_weight=np.array(pair_weight))
    direction = ranking.coef_[0]
    calibration = LogisticRegression(max_iter=1000)
    calibration.fit((z @ direction).reshape(-1, 1), np.array([r["positive"] for r in rows]),
                    sample_weight=np.array(sample_weight))
    slope = float(calibration.coef_[0][0])
    return {"features": list(features), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "weights": (direction * slope).round(6).tolist(), "bias": round(float(calibration.intercept_[0]), 6)}


def fit(rows: list[dict]) -> dict:
    from sklearn.model_selection import GroupKFold

    from assistant.features import FEATURES
    from assistant.linear import LinearModel

    sample_weight = row_weights(rows)
    groups = [r["question"] for r in rows]
    held_out = [0.0] * len(rows)
    for train, test in GroupKFold(n_splits=5).split(rows, groups=groups):
        model = LinearModel.from_json(fit_pairwise([rows[i] for i in train], [sample_weight[i] for i in train],
                                                   FEATURES))
        for i in test:
            held_out[i] = model.probability(rows[i]["features"])
    fitted = fit_pairwise(rows, sample_weight, FEATURES)
    questions = {r["question"] for r in rows}
    return fitted | {"fitted": {
        "on": f"tune part of evals/dev/split.yaml ({len(questions)} answerable questions, {len(rows)} sentences, "
              f"{sum(r['positive'] for r in rows)} positive)",
        "date": date.today().isoformat(),
        "command": "python -m evals.fit_ranker",
        "cross_validated_hit@1": hit_at_1(rows, held_out),
        "hand_set_score_hit@1": hit_at_1(rows, [r["old_score"] for r in rows]),
    }}


def main(argv: list[str] | None = None) -> None:
    from assistant.config import Settings
    from assistant.ranker import FITTED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", action="append", choices=sorted(COLLECTIONS))
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--out", type=Path, default=FITTED)
    parser.add_argument("--rows", type=Path, help="also write the feature rows here (for analysis)")
    args = parser.parse_args(argv)
    rows = collect(args.collection or list(COLLECTIONS), args.work, Settings())
    if args.rows:
        args.rows.write_text(json.dumps(rows), encoding="utf-8")
    fitted = fit(rows)
    args.out.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"weights": dict(zip(fitted["features"], fitted["weights"])), **fitted["fitted"]}, indent=2))


if __name__ == "__main__":
    main()
