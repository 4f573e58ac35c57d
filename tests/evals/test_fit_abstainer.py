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
