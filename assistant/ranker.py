"""Which sentence answers the question: a logistic model over the sentence features of assistant/features.py,
fitted on the tune part of the development material by `python -m evals.fit_ranker` (writes ranker.json beside
this file). Its probability is the sentence's score; the abstainer weighs the best one."""

from __future__ import annotations

from pathlib import Path

from .linear import LinearModel

FITTED = Path(__file__).with_name("ranker.json")


def load_ranker(path: Path = FITTED) -> LinearModel:
    return LinearModel.from_json(LinearModel.read(path))
