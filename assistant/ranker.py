"""Which sentence answers the question: a logistic model over the sentence features of assistant/features.py,
fitted on the tune part of the development material by `python -m evals.fit_ranker` (writes ranker.json beside
this file). Its probability is the sentence's score; the abstainer weighs the best one."""

from __future__ import annotations

from pathlib import Path

from .linear import LinearModel

FITTED = Path(__file__).with_name("ranker.json")


def load_ranker(path: Path = FITTED) -> LinearModel:
    return LinearModel.from_json(LinearModel.read(path))


class FirstVersionScore:
    """The first version's hand-set score over the same features, kept to measure what the fitted model adds
    (AKKOORD_RANKER=first-version): question coverage, half for heading words, a bonus for the kind of answer asked
    and for clause rank, less outside the main numbering."""

    def probability(self, f: dict[str, float]) -> float:
        score = f["coverage"] + 0.5 * f["framed"] + 0.1 * f["kind_match"] + 0.1 * f["clause_rank"]
        return score * (0.85 if f["secondary"] else 1.0)


def make_ranker(name: str):
    return FirstVersionScore() if name == "first-version" else load_ranker()
