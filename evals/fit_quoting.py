"""Fit how much an extractive answer quotes, on the tune part only: `python -m evals.fit_quoting [--work dev-work]`.

A grid over the quoting parameters of AnswerParams (whole_clause_chars: clauses up to this length are quoted whole;
min_gain and second_quote_ratio: when a second sentence is added) is run on every development collection's tune
questions; the combination with the highest mean share of passed questions (each collection weighing the same; a
passed answer has the required text, the expected clauses, nothing it must not say and no other agreement's
clause) wins. Quoting more finds more answers but also quotes the neighbouring figure a question warns against.
Writes assistant/quoting.json, which AnswerParams reads."""

from __future__ import annotations

import argparse
import itertools
import json
from datetime import date
from pathlib import Path

from .dev import COLLECTIONS, open_collection, scope_of
from .runner import run_set

GRID = {"whole_clause_chars": [350, 500, 700], "min_gain": [0.1, 0.2], "second_quote_ratio": [0.5, 0.7, 0.85]}


def main(argv: list[str] | None = None) -> None:
    from assistant.answering import QUOTING, AnswerParams, Assistant
    from assistant.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", action="append", choices=sorted(COLLECTIONS))
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--out", type=Path, default=QUOTING)
    args = parser.parse_args(argv)
    opened = [(name, *open_collection(name, args.work, Settings())) for name in args.collection or list(COLLECTIONS)]
    scores = []
    for values in itertools.product(*GRID.values()):
        combo = dict(zip(GRID, values))
        shares = []
        for name, store, settings, parts in opened:
            assistant = Assistant(store, settings, params=AnswerParams(**combo))
            report = run_set(parts["tune"], lambda q, f=None: assistant.ask(q, filters=f).to_json(), "extractive",
                             scope=scope_of(name))
            shares.append(report["metrics"]["passed"] / report["metrics"]["questions"])
        scores.append((round(sum(shares) / len(shares), 4), combo))
        print(scores[-1])
    best_score, best = max(scores, key=lambda item: item[0])
    for _, store, _, _ in opened:
        store.close()
    fitted = best | {"fitted": {"on": "tune part of evals/dev/split.yaml", "date": date.today().isoformat(),
                                "command": "python -m evals.fit_quoting", "mean_passed_share": best_score,
                                "grid": GRID}}
    args.out.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(fitted, indent=2))


if __name__ == "__main__":
    main()
