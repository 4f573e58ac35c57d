"""Scanned versions of the dev-corpus agreements against their text PDFs: `python -m evals.scans`.

Every page of each dev-corpus PDF goes through the simulated scanner (`evals/scanner.py`: 200 dpi, turned up to
1.5° either way, noise and specks, no text layer); both versions are ingested into their own stores and asked the
same questions. Prints OCR pages per minute, the share of the pages sidecar's labels found (with the right start
page) in each version, and the answer figures side by side, per part of the fixed split."""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from types import SimpleNamespace

from .dev import COLLECTIONS, label_coverage, load_split, split_questions

FIGURES = ("questions", "answer_pass", "citation_recall", "citation_precision", "abstention_accuracy",
           "false_abstention", "retrieval_hit@5", "page_accuracy")


def make_scans(files: list[Path], folder: Path, seed: int = 0) -> list[Path]:
    from .scanner import page_images, scanned, write_image_pdf

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = []
    for path in files:
        target = folder / path.name
        if not target.exists():
            pages = [scanned(page, rng.uniform(-1.5, 1.5), seed=rng.randrange(1 << 30)) for page in page_images(path)]
            write_image_pdf(target, pages)
        out.append(target)
    return out


def main(argv: list[str] | None = None) -> None:
    from assistant.config import Settings, open_store
    from ingest.pipeline import ingest_paths

    from .runner import make_answerer, run_set

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("dev-work"))
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    files, set_paths = COLLECTIONS["corpus"]
    scans = make_scans(files, args.work / "scans" / "pdf")
    settings = Settings()
    figures: dict = {}
    for version, paths in (("text", files), ("scan", scans)):
        store_settings = settings.model_copy(update={"store": args.work / "scans" / f"store-{version}"})
        store = open_store(store_settings)
        started = time.perf_counter()
        report = ingest_paths(store, paths, ocr=settings.ocr_options())
        ocr_pages = sum(r.ocr_pages for r in report.results)
        extract = sum(r.timings.get("extract", 0.0) for r in report.results)
        figures[version] = {"ingest_seconds": round(time.perf_counter() - started, 1), "ocr_pages": ocr_pages,
                            "failed": [f"{r.path.name}: {r.reason}" for r in report.failed]}
        if ocr_pages:
            figures[version]["ocr_pages_per_minute"] = round(ocr_pages / extract * 60, 1)
        sets = split_questions(set_paths, load_split()["corpus"]["tune"], [f.stem for f in files])
        answer, label = make_answerer(store, store_settings)
        for part, subset in sets.items():
            figures[version][part] = {k: run_set(subset, answer, label)["metrics"].get(k) for k in FIGURES}
        figures[version]["labels"] = label_coverage(
            "corpus", paths, lambda path: SimpleNamespace(clauses=store.clauses(path.stem)))
        store.close()
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
