"""The sentence ranker: fitted by code on labelled sentences, so that the best-scored sentence of a question is its
answer; applied with plain arithmetic."""

import random

from assistant.features import FEATURES
from assistant.linear import LinearModel
from assistant.ranker import FirstVersionScore, load_ranker
from evals.fit_ranker import fit, hit_at_1, row_weights


def _rows(questions=60, per_question=8, seed=3):
    """Sentences whose answer holds the asked kind of value; coverage alone misleads half the time."""
    rng = random.Random(seed)
    rows = []
    for q in range(questions):
        answer = rng.randrange(per_question)
        for i in range(per_question):
            features = {f: rng.random() for f in FEATURES} | {"kind_match": float(i == answer), "secondary": 0.0}
            rows.append({"collection": "c" if q % 2 else "d", "question": f"q{q}", "features": features,
                         "positive": i == answer, "old_score": FirstVersionScore().probability(features)})
    return rows


def test_the_fitted_ranker_finds_the_signal_the_hand_set_score_misses():
    rows = _rows()
    fitted = fit(rows)
    model = LinearModel.from_json(fitted)
    assert fitted["weights"][FEATURES.index("kind_match")] == max(fitted["weights"])
    assert fitted["fitted"]["cross_validated_hit@1"] > 0.9 > fitted["fitted"]["hand_set_score_hit@1"]
    assert hit_at_1(rows, [model.probability(r["features"]) for r in rows]) > 0.9


def test_every_question_and_collection_weighs_the_same():
    rows = _rows(questions=3, per_question=4)
    rows.remove(next(r for r in rows if r["question"] == "q2" and not r["positive"]))  # q2 has fewer sentences
    weights = row_weights(rows)
    per_question = {}
    for row, weight in zip(rows, weights):
        per_question[row["question"]] = per_question.get(row["question"], 0.0) + weight
    assert per_question["q0"] == per_question["q2"]  # q0 and q2 are both in collection "d"
    assert abs(sum(w for r, w in zip(rows, weights) if r["collection"] == "c")
               - sum(w for r, w in zip(rows, weights) if r["collection"] == "d")) < 1e-9


def test_the_committed_model_covers_the_features():
    model = load_ranker()
    assert set(model.features) == set(FEATURES) and len(model.weights) == len(FEATURES)
