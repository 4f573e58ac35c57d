"""The CI quality gate on the check part of the development material: agreements the answering code was not tuned
on, ingested from scratch, may not fall below the floors `python -m evals.dev --write-floors` measured (minus a
small margin). Floors per collection in evals/dev/floors.json."""

import json

import pytest

from assistant.config import Settings
from evals import grid
from evals.dev import FLOORS, floors_from, gate_failures, open_collection, run

LIMITS = json.loads(FLOORS.read_text(encoding="utf-8"))


def test_floors_are_the_measured_figures_minus_the_margin_and_catch_a_regression():
    measured = {"corpus": {"check": {"metrics": {"questions": 150, "answerable": 100,
                                                 "answer_pass": 0.5, "citation_recall": 0.4, "citation_precision": None,
                                                 "abstention_accuracy": 0.6, "retrieval_hit@5": 0.8,
                                                 "page_accuracy": 1.0, "wrong_agreement": 1,
                                                 "must_not_include_violations": 2}}}}
    limits = floors_from(measured)["corpus"]
    assert limits["min"] == {"answer_pass": 0.47, "citation_recall": 0.37, "abstention_accuracy": 0.57,
                             "retrieval_hit@5": 0.77, "page_accuracy": 0.97}
    assert gate_failures(measured["corpus"]["check"]["metrics"], limits) == []
    worse = measured["corpus"]["check"]["metrics"] | {"answer_pass": 0.4, "must_not_include_violations": 3}
    assert limits["max"] == {"wrong_agreement": 2, "must_not_include_violations": 3}
    assert gate_failures(worse, limits) == ["answer_pass 0.4 < 0.47"]
    assert gate_failures(worse | {"must_not_include_violations": 4}, limits)[-1] == "must_not_include_violations 4 > 3"
    # on a small set the floor leaves room for one question that flips, no more
    small = {"questions": 36, "answerable": 24, "answer_pass": 0.5833, "abstention_accuracy": 0.1667,
             "wrong_agreement": 3, "must_not_include_violations": 0}
    limits = floors_from({"real": {"check": {"metrics": small}}})["real"]
    assert limits["min"] == {"answer_pass": 0.54, "abstention_accuracy": 0.08}
    assert gate_failures(small | {"answer_pass": 13 / 24}, limits) == []
    assert gate_failures(small | {"answer_pass": 12 / 24}, limits) == ["answer_pass 0.5 < 0.54"]


@pytest.mark.parametrize("collection", sorted(LIMITS))
def test_check_part_meets_its_floors(collection, tmp_path):
    figures = run([collection], tmp_path, Settings(), log=lambda line: None, parts=("check",))[collection]
    metrics = figures["check"]["metrics"]
    failed = [r["id"] for r in figures["check"]["results"] if not r["passed"]]
    assert gate_failures(metrics, LIMITS[collection]) == [], (metrics, failed)
    grid_floors = json.loads(grid.FLOORS.read_text(encoding="utf-8"))
    if collection in grid_floors:  # and the review grids computed at this ingest, on the check agreements' gold
        store, _, _ = open_collection(collection, tmp_path, Settings(), log=lambda line: None)
        scored = grid.check_grids(store, collection)
        store.close()
        assert grid.gate_failures(scored["overall"], grid_floors[collection]) == [], scored["overall"]
