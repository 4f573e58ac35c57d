"""Grid scoring against gold grids, on hand-made cells; and the fit of the minimum scores."""

from evals.grid import fit, gate_failures, floors_from, score
from review.models import Cell, Grid

GOLD = {"a": {"kind": "processing", "items": {
    "breach_notice": {"value": "48 hours", "clause": "8.1"},
    "liability_cap": "not stated",
    "court": {"value": ["Brussels", "Bruxelles"], "clause": ["14.3", "13"]},
    "dpo": "not stated"}}}


def test_value_clause_and_not_stated_metrics():
    grid = Grid("a", "processing", (
        Cell("breach_notice", "stated", "48 hours", clause="8.1"),
        Cell("liability_cap", "stated", "EUR 2,500 per claim", clause="12.3"),  # reported present: the worst error
        Cell("court", "stated", "bruxelles", clause="14.2"),  # right value (either spelling), wrong clause
        Cell("dpo", "not stated")))
    overall = score({"a": grid}, GOLD)["overall"]
    assert (overall["value_accuracy"], overall["clause_accuracy"]) == (1.0, 0.5)
    assert (overall["not_stated_precision"], overall["not_stated_recall"], overall["false_present"]) == (1.0, 0.5, 1)
    assert score({"a": Grid("a", "nda", grid.cells)}, GOLD)["kind_errors"] == ["a: nda (gold processing)"]
    floors = floors_from(overall)
    assert gate_failures(overall, floors) == []
    assert gate_failures(overall | {"false_present": 3}, floors) == ["false_present 3 > 2"]


def test_the_fit_prefers_the_minimum_that_keeps_absent_items_absent():
    def rows(present_wrongly: bool, right: bool):
        return [{"item": "liability_cap", "gold_stated": False, "said_not_stated": not present_wrongly},
                {"item": "liability_cap", "gold_stated": True, "said_not_stated": not right, "value_right": right}]
    # at minimum 1 both cells are stated (one wrongly); at 3 only the right one; at 5 neither
    chosen = fit({t: rows(t < 3, t < 5) for t in (1, 2, 3, 4, 5, 6)})
    assert chosen == {"liability_cap": 3}
