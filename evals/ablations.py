"""What each component adds: the settings that switch one off, run beside the default configuration by
`akkoord eval SET --ablations` (and by hand with the AKKOORD_* variables of the same names)."""

from __future__ import annotations

from .fit_abstainer import FIRST_VERSION_RULE

# name -> the Settings fields that switch the component off (or put back what it replaced)
ABLATIONS: dict[str, dict] = {
    "dense retrieval only": {"retrieval": "dense"},
    "lexical retrieval only": {"retrieval": "lexical"},
    "no routing by names": {"routing": False},
    "two-part questions answered whole": {"question_parts": False},
    "first-version sentence score": {"ranker": "first-version"},
    "first-version abstention thresholds": {"min_coverage": FIRST_VERSION_RULE[0], "min_dense": FIRST_VERSION_RULE[1],
                                            "min_best_score": 1.01},
    "abstention without the ranker's probability": {"min_best_score": 1.01},
    "no check of the kind of value asked": {"abstain_without_asked_kind": False},
    "no review grid in answers": {"grid_lead": False, "grid_decides": False},
    "logistic abstainer": {"abstainer": "fitted"},
}
# The figures an ablation table shows, each against the default configuration.
COLUMNS = ("answer_pass", "citation_recall", "citation_precision", "abstention_accuracy", "false_abstention",
           "retrieval_hit@5", "utility")
HEADERS = {"answer_pass": "answer pass", "citation_recall": "recall", "citation_precision": "precision",
           "abstention_accuracy": "abstention", "false_abstention": "false abst.", "retrieval_hit@5": "hit@5"}


def ablation_rows(default: dict, ablated: dict[str, dict]) -> list[tuple[str, list[tuple]]]:
    """Per configuration, (metric, value, value minus the default's) for COLUMNS; the default first."""
    rows = [("default", [(c, default.get(c), None) for c in COLUMNS])]
    for name, metrics in ablated.items():
        rows.append((name, [(c, metrics.get(c), None if metrics.get(c) is None or default.get(c) is None
                             else round(metrics[c] - default[c], 4)) for c in COLUMNS]))
    return rows
