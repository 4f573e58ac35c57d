"""The development material, measured on its fixed split: `python -m evals.dev [--collection NAME ...]`.

Each collection (the two samples, dev-corpus PDFs, real public agreements, ContractNLI NDAs) is ingested into its
own store under `--work` (unchanged files are skipped on later runs), and its questions are run in two parts:
`tune`, about documents we may read and tune on, and `check`, about the others (`evals/dev/split.yaml`, fixed
before any tuning). The check figures are the ones that count."""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

import yaml

from .questions import QuestionSet, load_question_set

DEV = Path(__file__).resolve().parent / "dev"
CORPUS = Path(__file__).resolve().parent / "corpus"
# Questions that say only "the agreement" are asked with that agreement chosen in the scope, as a user would.
SCOPED = {"contractnli"}
# collection -> (files to ingest, question set files)
COLLECTIONS = {
    "seed": (sorted(CORPUS.glob("*.txt")), [Path(__file__).resolve().parent / "sets" / "seed-dev.yaml"]),
    "corpus": (sorted((DEV / "corpus" / "pdf").glob("*.pdf")), sorted((DEV / "corpus" / "questions").glob("*.yaml"))),
    "real": (sorted(p for p in (DEV / "real").glob("*.md") if p.stem != "SOURCES"), [DEV / "real" / "questions.yaml"]),
    "contractnli": (sorted((DEV / "contractnli" / "docs").glob("*.txt")), [DEV / "contractnli" / "questions.yaml"]),
}

# The dev-corpus agreements as a user may also receive them: the Word file the PDF was printed from, and the
# Markdown it was written in. Segmentation must find the same labels in each (only the PDF's pages are checked).
OTHER_FORMATS = {"docx": sorted((DEV / "corpus" / "docx").glob("*.docx")),
                 "md": sorted((DEV / "corpus" / "md").glob("*.md"))}


def load_split(path: Path = DEV / "split.yaml") -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def documents_of(question, stems: list[str], file_document: str | None = None) -> set[str]:
    """The documents a question is about: those it expects to be cited; for an unanswerable one, the document
    its set file is about (dev-corpus has one file per agreement) or whose stem starts its id."""
    if question.expected_sources:
        return {s.document for s in question.expected_sources}
    if file_document in stems:
        return {file_document}
    prefix = max((s for s in stems if question.id.startswith(s)), key=len, default=None)
    return {prefix} if prefix else set()


def split_questions(set_paths: list[Path], tune: list[str], stems: list[str]) -> dict[str, QuestionSet]:
    """The collection's questions as one tune and one check set. A question is tune when every document it is
    about is a tune document; otherwise check (a question we cannot place is never tuned on)."""
    parts: dict[str, list] = {"tune": [], "check": []}
    for path in set_paths:
        for question in load_question_set(path).questions:
            about = documents_of(question, stems, path.stem)
            parts["tune" if about and about <= set(tune) else "check"].append(question)
    # Placed beside the collection's pages.json (read as the sidecar for page accuracy).
    where = set_paths[0].parent.parent if set_paths[0].parent.name == "questions" else set_paths[0].parent
    return {part: QuestionSet(name=f"{where.name}-{part}", questions=tuple(qs), path=where / "questions.yaml")
            for part, qs in parts.items()}


def open_collection(name: str, work: Path, settings, log=print):
    """The collection's store under `work` (its files ingested; unchanged ones are skipped), the settings that
    open it, and its tune and check question sets."""
    from assistant.config import open_store
    from ingest.pipeline import ingest_paths

    files, set_paths = COLLECTIONS[name]
    store_settings = settings.model_copy(update={"store": work / name})
    store = open_store(store_settings)
    for failed in ingest_paths(store, files).failed:
        log(f"{name}: failed {failed.path.name}: {failed.reason}")
    return store, store_settings, split_questions(set_paths, load_split()[name]["tune"], [f.stem for f in files])


def run(collections: list[str], work: Path, settings, log=print, parts: tuple[str, ...] = ("tune", "check")) -> dict:
    """{collection: {part: run result}} for the collections and parts asked."""
    from .runner import make_answerer, run_set

    results = {}
    for name in collections:
        store, store_settings, sets = open_collection(name, work, settings, log)
        answer, label = make_answerer(store, store_settings)
        results[name] = {part: run_set(subset, answer, label, scope=scope_of(name)) for part, subset in sets.items()
                         if subset.questions and part in parts}
        store.close()
    return results


def scope_of(name: str):
    """For a scoped collection, the agreements a question is asked within; None elsewhere."""
    if name not in SCOPED:
        return None
    stems = [f.stem for f in COLLECTIONS[name][0]]
    return lambda question: sorted(documents_of(question, stems))


FLOORS = DEV / "floors.json"
MARGIN = 0.03  # a floor is the measured check figure minus this: room for noise, not for a regression
COUNT_MARGIN = 1  # likewise for counts: one more wrong-agreement answer or forbidden figure than measured fails
# Shares that may not drop below their floor, and counts that may not rise above their ceiling.
GATED_SHARES = ("answer_pass", "citation_recall", "citation_precision", "abstention_accuracy", "retrieval_hit@5",
                "page_accuracy")
GATED_COUNTS = ("wrong_agreement", "must_not_include_violations")


def floors_from(figures: dict) -> dict:
    """The CI gate's limits per collection, from measured check figures."""
    limits = {}
    for name, parts in figures.items():
        if "check" not in parts:
            continue
        m = parts["check"]["metrics"]
        limits[name] = {"min": {k: _floor(m[k], _margin(k, m)) for k in GATED_SHARES if m.get(k) is not None},
                        "max": {k: m[k] + COUNT_MARGIN for k in GATED_COUNTS}}
    return limits


def _margin(metric: str, m: dict) -> float:
    """MARGIN, or one question's worth when that is more: on a set of 24 answerable questions one question that
    flips between machines (float rounding in a tie) moves a share by 0.042, which is noise, not a regression."""
    over = m["questions"] - m["answerable"] if metric == "abstention_accuracy" else m["answerable"]
    return max(MARGIN, 1 / over + 0.001) if over else MARGIN


def _floor(value: float, margin: float) -> float:
    return max(0.0, math.floor(round((value - margin) * 100, 6)) / 100)


def gate_failures(metrics: dict, limits: dict) -> list[str]:
    failures = [f"{k} {metrics.get(k)} < {v}" for k, v in limits["min"].items()
                if metrics.get(k) is None or metrics[k] < v]
    return failures + [f"{k} {metrics.get(k)} > {v}" for k, v in limits["max"].items() if metrics.get(k, 0) > v]


# Sections the pages sidecar names by the document's own heading ("Partijen", "Préambule"): akkoord labels them
# Preamble and Signatures, and questions about them name no clause, so the label check leaves them out.
_NAMED_SECTION = re.compile(r"^(?:partijen|aanhef|overwegingen|recitals|préambule|preambule|ondertekening|signatures|"
                            r"parties|considérants)$", re.IGNORECASE)


def label_coverage(name: str = "corpus", files: list[Path] | None = None,
                   parse=None) -> dict[str, dict[str, float]]:
    """Per part: the share of the numbered and annex labels of the pages sidecar that segmentation finds, and the
    share found with the right start page. `files` (named like the collection's) and `parse(path)` measure
    other versions of its documents, such as scans."""
    from ingest.labels import normalize_label
    from ingest.parse import parse_document

    own, set_paths = COLLECTIONS[name]
    files = files or own
    parse = parse or (lambda path: parse_document(path, path.read_bytes()))
    sidecar = set_paths[0].parent.parent / "pages.json"
    pages = json.loads(sidecar.read_text(encoding="utf-8"))
    tune = set(load_split()[name]["tune"])
    counts = {"tune": [0, 0, 0], "check": [0, 0, 0]}
    for path in files:
        clauses = {normalize_label(c.label): c for c in parse(path).clauses}
        part = counts["tune" if path.stem in tune else "check"]
        for label, page in pages.get(path.stem, {}).items():
            if _NAMED_SECTION.match(label):
                continue
            clause = clauses.get(normalize_label(label))
            part[0] += 1
            part[1] += clause is not None
            part[2] += clause is not None and clause.pages[0] == page
    return {part: {"labels": n, "found": round(f / n, 4), "right_page": round(r / n, 4)}
            for part, (n, f, r) in counts.items() if n}


COLUMNS = ("questions", "answer_pass", "citation_recall", "abstention_accuracy", "false_abstention",
           "retrieval_hit@5")


def markdown(figures: dict) -> str:
    lines = ["| collection | part | " + " | ".join(COLUMNS) + " |", "|---|---|" + "---|" * len(COLUMNS)]
    for name, parts in figures.items():
        for part in ("tune", "check"):
            if part in parts:
                m = parts[part]["metrics"]
                lines.append(f"| {name} | {part} | " + " | ".join(
                    "—" if m[c] is None else f"{m[c]:.2f}" if isinstance(m[c], float) else str(m[c]) for c in COLUMNS)
                    + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from assistant.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", action="append", choices=sorted(COLLECTIONS))
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--labels", action="store_true",
                        help="only check segmentation: dev-corpus labels found, with their start page")
    parser.add_argument("--part", action="append", choices=("tune", "check"), help="only this part (default both)")
    parser.add_argument("--write-floors", action="store_true",
                        help=f"set the CI gate ({FLOORS.name}) to these check figures minus {MARGIN}")
    args = parser.parse_args(argv)
    if args.labels:
        other = {fmt: {part: {k: v for k, v in figures.items() if k != "right_page"}  # pages are the PDF's
                       for part, figures in label_coverage(files=files).items()}
                 for fmt, files in OTHER_FORMATS.items()}
        print(json.dumps({"pdf": label_coverage()} | other, indent=2))
        return
    figures = run(args.collection or list(COLLECTIONS), args.work, Settings(), parts=tuple(args.part or ("tune", "check")))
    print(markdown(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.write_floors:
        limits = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
        FLOORS.write_text(json.dumps(limits | floors_from(figures), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
