"""The abstainer: fitted by code on labelled evidence, applied with plain arithmetic."""

import json
import random

from assistant.abstainer import FEATURES, FITTED, Abstainer
from assistant.linear import LinearModel
from evals.fit_abstainer import fit, utility


def _rows(n=200, seed=1):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        answerable = i % 4 != 0
        strong = answerable and rng.random() < 0.7
        evidence = {f: rng.random() for f in FEATURES}
        evidence["coverage"] = rng.uniform(0.6, 1.0) if strong else rng.uniform(0.0, 0.5)
        rows.append({"answerable": answerable, "right": strong, "evidence": evidence})
    return rows


def test_fitting_learns_the_signal_and_its_threshold_beats_never_abstaining(tmp_path):
    rows = _rows()
    fitted = fit(rows)
    abstainer = Abstainer(LinearModel.from_json(fitted), fitted["threshold"])
    assert fitted["weights"][FEATURES.index("coverage")] == max(fitted["weights"])
    probabilities = [abstainer.probability(r["evidence"]) for r in rows]
    assert utility(probabilities, rows, abstainer.threshold) > utility(probabilities, rows, -1.0)
    weak = {f: 0.5 for f in FEATURES} | {"coverage": 0.1}
    strong = weak | {"coverage": 0.95}
    assert abstainer.abstains(weak) and not abstainer.abstains(strong)
    (tmp_path / "a.json").write_text(json.dumps(fitted))
    assert Abstainer.load(tmp_path / "a.json") == abstainer


def test_the_committed_model_uses_todays_features_and_says_how_it_was_made():
    data = json.loads(FITTED.read_text())
    assert tuple(data["features"]) == FEATURES and len(data["weights"]) == len(FEATURES)
    assert data["fitted"]["command"] == "python -m evals.fit_abstainer" and "tune part" in data["fitted"]["on"]
    assert 0.0 <= data["threshold"] <= 1.01


def test_the_rule_abstains_when_the_kind_of_value_asked_stands_nowhere_in_the_candidates():
    from assistant.abstainer import ThresholdRule

    strong = {"coverage": 0.9, "dense": 0.9, "kind_absent": 0.0}
    assert not ThresholdRule().abstains(strong)
    assert ThresholdRule().abstains(strong | {"kind_absent": 1.0})
    assert not ThresholdRule(abstain_without_asked_kind=False).abstains(strong | {"kind_absent": 1.0})
    assert ThresholdRule().abstains({"coverage": 0.1, "dense": 0.8})  # evidence recorded before the feature


def test_the_rule_thresholds_are_fitted_where_right_and_wrong_answers_part():
    from evals.fit_abstainer import fit_rule

    rng = random.Random(3)
    rows = []
    for i in range(300):
        right = i % 3 != 0
        coverage = rng.uniform(0.45, 1.0) if right else rng.uniform(0.0, 0.35)
        rows.append({"answerable": right or i % 2 == 0, "right": right,
                     "evidence": {"coverage": coverage, "dense": rng.uniform(0.80, 0.86), "kind_absent": 0.0}})
    fitted = fit_rule(rows)
    assert 0.34 <= fitted["min_coverage"] <= 0.46  # between the wrong answers' coverage and the right ones'
    assert fitted["min_dense"] >= 0.86  # no dense score here vouches for an answer
    assert fitted["fitted"]["utility"] > fitted["fitted"]["utility_first_version_rule"]


def test_the_committed_rule_says_how_it_was_made_and_is_the_default():
    from assistant.abstainer import RULE, ThresholdRule
    from assistant.config import Settings

    data = json.loads(RULE.read_text())
    assert data["fitted"]["command"] == "python -m evals.fit_abstainer" and "tune part" in data["fitted"]["on"]
    fitted = (data["min_coverage"], data["min_dense"], data["min_best_score"])
    assert (ThresholdRule().min_coverage, ThresholdRule().min_dense, ThresholdRule().min_best_score) == fitted
    assert (Settings().min_coverage, Settings().min_dense, Settings().min_best_score) == fitted


def test_the_rule_keeps_the_development_sets_gate_where_utility_alone_would_not():
    from evals.fit_abstainer import fit_rule

    rows = [{"collection": "corpus", "answerable": i % 2 == 0, "right": False,
             "evidence": {"coverage": 0.35, "dense": 0.8, "kind_absent": 0.0}} for i in range(40)]
    rows += [{"collection": "corpus", "answerable": True, "right": True,
              "evidence": {"coverage": 0.6, "dense": 0.8, "kind_absent": 0.0}} for _ in range(10)]
    seed = [{"collection": "seed", "answerable": True, "right": True,
             "evidence": {"coverage": 0.3, "dense": 0.8, "kind_absent": 0.0}} for _ in range(10)]
    from assistant.abstainer import ThresholdRule

    def rule(fitted):
        return ThresholdRule(fitted["min_coverage"], fitted["min_dense"])

    alone = rule(fit_rule(rows))  # utility alone abstains on every answer covering 0.35 or less
    assert alone.abstains(rows[0]["evidence"]) and alone.abstains(seed[0]["evidence"])
    gated = rule(fit_rule(rows + seed, gate=0.9))  # the gate's right answers stay answered
    assert not gated.abstains(seed[0]["evidence"]) and not gated.abstains(rows[-1]["evidence"])


def test_a_sentence_the_ranker_is_sure_of_answers_a_question_worded_otherwise():
    """Right answers to questions in another language cover few of their words; the ranker's probability for
    the best sentence tells them from wrong ones, and the fit lets it answer them."""
    from assistant.abstainer import ThresholdRule
    from evals.fit_abstainer import fit_rule

    rng = random.Random(5)
    rows = []
    for i in range(300):
        right = i % 3 != 0
        rows.append({"answerable": right or i % 2 == 0, "right": right,
                     "evidence": {"coverage": rng.uniform(0.05, 0.3), "dense": rng.uniform(0.80, 0.86),
                                  "best_score": rng.uniform(0.9, 1.0) if right else rng.uniform(0.3, 0.8),
                                  "kind_absent": 0.0}})
    fitted = fit_rule(rows)
    assert 0.8 <= fitted["min_best_score"] <= 0.9
    assert fitted["fitted"]["utility"] > fitted["fitted"]["utility_without_best_score"]
    rule = ThresholdRule(fitted["min_coverage"], fitted["min_dense"], fitted["min_best_score"])
    assert not rule.abstains(rows[1]["evidence"]) and rule.abstains(rows[0]["evidence"])
