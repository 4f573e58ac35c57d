"""Review grids scored against gold grids: `python -m evals.grid [--part tune|check] [--fit]`.

A gold grid (evals/dev/<collection>/grids/<document>.yaml) gives, per item, the value and the clause(s) that state
it, or "not stated"; items it does not list are not scored (an item that does not apply to the agreement's kind is
never listed). Split like the question sets (evals/dev/split.yaml): tune grids are read and fitted on, check grids
only measured. Metrics per item and overall:
- value_accuracy: of the cells the gold states, the share with the right value (and status "stated");
- clause_accuracy: of the cells the gold states, the share citing one of its clauses;
- not_stated_precision: of the cells we report "not stated", the share the gold says are not stated;
- not_stated_recall: of the cells the gold says are not stated, the share we report so;
- false_present: cells the gold says are not stated that we report stated (with a quote from elsewhere).
`--fit` chooses each item's minimum candidate score on the tune part and writes review/grid_thresholds.json."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import yaml

from ingest.labels import labels_match
from ingest.text import fold

from .dev import COUNT_MARGIN, DEV, MARGIN, load_split

GRID_COLLECTIONS = ("seed", "corpus", "real", "contractnli")
# the CI gate on each collection's check grids: measured minus MARGIN (`--write-floors`)
FLOORS = DEV / "grid_floors.json"
SCORE_GRID = (1, 2, 3, 4, 5, 6)
FALSE_PRESENT_COST = 2.0  # a clause reported present that is not: worse than a miss


def load_gold(collection: str) -> dict[str, dict]:
    folder = DEV / collection / "grids"
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))}


def _options(value) -> list[str]:
    return [fold(str(v)) for v in (value if isinstance(value, list) else [value])]


def compare(gold: dict, cell) -> dict:
    """One cell against its gold entry: which of the metrics it counts in, and how."""
    if gold == "not stated":
        return {"gold_stated": False, "said_not_stated": cell.status != "stated"}
    clauses = gold.get("clause") or []
    clauses = clauses if isinstance(clauses, list) else [clauses]
    stated = cell.status == "stated"
    return {"gold_stated": True, "said_not_stated": not stated,
            "value_right": stated and fold(str(cell.value)) in _options(gold.get("value", "stated")),
            "clause_right": stated and any(labels_match(c, cell.clause or "") for c in clauses)}


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def metrics(rows: list[dict]) -> dict:
    stated = [r for r in rows if r["gold_stated"]]
    absent = [r for r in rows if not r["gold_stated"]]
    said_absent = [r for r in rows if r["said_not_stated"]]
    return {"cells": len(rows), "stated": len(stated), "not_stated": len(absent),
            "value_accuracy": _share(sum(r["value_right"] for r in stated), len(stated)),
            "clause_accuracy": _share(sum(r["clause_right"] for r in stated), len(stated)),
            "not_stated_precision": _share(sum(not r["gold_stated"] for r in said_absent), len(said_absent)),
            "not_stated_recall": _share(sum(r["said_not_stated"] for r in absent), len(absent)),
            "false_present": sum(not r["said_not_stated"] for r in absent)}


def score(grids: dict, gold: dict[str, dict]) -> dict:
    """grids: document -> Grid. Overall metrics, per item, and the agreements whose kind was misread."""
    rows: list[dict] = []
    kinds_wrong = []
    for document, expected in gold.items():
        grid = grids.get(document)
        if grid is None:
            continue
        if expected.get("kind") and expected["kind"] != grid.kind:
            kinds_wrong.append(f"{document}: {grid.kind} (gold {expected['kind']})")
        for item, entry in expected["items"].items():
            cell = grid.cell(item)
            rows.append({"item": item, "document": document, "cell": cell, **compare(entry, cell)})
    items = sorted({r["item"] for r in rows})
    return {"overall": metrics(rows), "by_item": {i: metrics([r for r in rows if r["item"] == i]) for i in items},
            "kind_errors": kinds_wrong, "rows": rows}


def fit(rows_by_threshold) -> dict[str, int]:
    """Each item's minimum score: the one with the best utility on the tune grids (a right value +1, a right "not
    stated" +1, a wrong value -1, a clause reported present that is not -FALSE_PRESENT_COST); ties go to the
    lower minimum."""
    chosen = {}
    for item in sorted({r["item"] for rows in rows_by_threshold.values() for r in rows}):
        def utility(t):
            total = 0.0
            for r in (r for r in rows_by_threshold[t] if r["item"] == item):
                if r["gold_stated"]:
                    total += 1 if r["value_right"] else (0 if r["said_not_stated"] else -1)
                else:
                    total += 1 if r["said_not_stated"] else -FALSE_PRESENT_COST
            return total
        chosen[item] = max(SCORE_GRID, key=lambda t: (utility(t), -t))
    return chosen


def floors_from(overall: dict) -> dict:
    return {"min": {k: round(overall[k] - MARGIN, 2) for k in ("value_accuracy", "clause_accuracy")},
            "max": {"false_present": overall["false_present"] + COUNT_MARGIN}}


def gate_failures(overall: dict, floors: dict) -> list[str]:
    return ([f"{k} {overall[k]} < {v}" for k, v in floors["min"].items() if overall[k] < v]
            + [f"{k} {overall[k]} > {v}" for k, v in floors["max"].items() if overall[k] > v])


def check_grids(store, collection: str) -> dict:
    """The collection's check grids as the store holds them (computed at ingest, addenda applied), scored."""
    from assistant.grids import grids_in_force

    split = load_split()[collection]["check"]
    gold = {d: g for d, g in load_gold(collection).items() if d in split}
    return score({g.document: g for g in grids_in_force(store, sorted(gold))}, gold)


def main(argv: list[str] | None = None) -> None:
    from assistant.config import Settings
    from assistant.grids import grids_in_force
    from review.extract import THRESHOLDS, extract_grid, min_scores

    from .dev import open_collection

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--part", choices=["tune", "check"])
    parser.add_argument("--fit", action="store_true", help="fit the minimum scores on the tune part")
    parser.add_argument("--json", type=Path, help="write the metrics here")
    parser.add_argument("--write-floors", action="store_true", help="set the CI gate to these check figures")
    args = parser.parse_args(argv)
    results = {}
    stores = {c: open_collection(c, args.work, Settings(), log=print)[0] for c in GRID_COLLECTIONS}
    gold = {c: load_gold(c) for c in GRID_COLLECTIONS}
    split = load_split()

    def grids(thresholds, part):
        """Every collection's grids of `part` as they stand with the addenda stored beside them (the cells an
        addendum changed carry its value), with the gold they are scored against."""
        made, chosen = {}, {}
        for collection, store in stores.items():
            extracted = {info.document: extract_grid(info, store.clauses(info.document), thresholds)
                         for info, _ in store.documents()}
            for grid in grids_in_force(store, grids=extracted):
                if grid.document in gold[collection] and grid.document in split[collection][part]:
                    made[grid.document] = grid
                    chosen[grid.document] = gold[collection][grid.document]
        return made, chosen

    thresholds = min_scores()
    if args.fit:
        by_threshold = {t: score(*grids({item: t for item in thresholds}, "tune"))["rows"] for t in SCORE_GRID}
        thresholds = fit(by_threshold)
        THRESHOLDS.write_text(json.dumps({
            "min_score": thresholds,
            "fitted": {"on": "tune gold grids of " + ", ".join(GRID_COLLECTIONS), "date": date.today().isoformat(),
                       "command": "python -m evals.grid --fit"}}, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(thresholds))
    for part in [args.part] if args.part else ["tune", "check"]:
        result = score(*grids(thresholds, part))
        results[part] = {k: v for k, v in result.items() if k != "rows"}
        print(report(part, result))
    if args.write_floors:  # per collection, as the CI gate ingests each collection on its own
        floors = {c: floors_from(check_grids(stores[c], c)["overall"]) for c in GRID_COLLECTIONS
                  if any(d in split[c]["check"] for d in gold[c])}
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    for store in stores.values():
        store.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def report(title: str, result: dict) -> str:
    columns = ("cells", "value_accuracy", "clause_accuracy", "not_stated_precision", "not_stated_recall",
               "false_present")
    lines = [f"## {title}", "", "| item | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name, values in [("**all**", result["overall"]), *result["by_item"].items()]:
        lines.append(f"| {name} | " + " | ".join("–" if values[c] is None else str(values[c]) for c in columns) + " |")
    misses = [f"- {r['document']} {r['item']}: {r['cell'].status} {r['cell'].value!r} ({r['cell'].clause})"
              for r in result["rows"] if (r["gold_stated"] and not r["value_right"])
              or (not r["gold_stated"] and not r["said_not_stated"])]
    if result["kind_errors"]:
        lines += ["", "Kinds misread: " + "; ".join(result["kind_errors"])]
    return "\n".join(lines + ["", *misses, ""])


if __name__ == "__main__":
    main()
