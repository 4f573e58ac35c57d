"""Tag the questions of a set by what they test, so that reports break every metric down by kind:
`python -m evals.tagging [--collection NAME ...]` (writes `tags:` into the question files of evals/dev and the
samples' set; questions that already carry tags keep them).

Tags derived from the question and its expected sources, never from wording lists:
- `answerable` / `unanswerable`
- the language pair `<question>-<agreement>` ("en-nl"), and `cross-language` when the two differ
- `comparison` (more than one agreement expected), `preamble`, `signatures`, `annex` (an annex, schedule or
  appendix expected), `table` (the expected clause is laid out as a table), `addendum` (the agreement in question
  amends another)
"""

from __future__ import annotations

import argparse
import re
from functools import cache
from pathlib import Path

from ingest.labels import is_annex_label
from ingest.language import detect_language
from ingest.parse import parse_document

from .dev import COLLECTIONS, documents_of
from .questions import Question, load_question_set

_AMENDS = re.compile(r"\b(?:addendum|avenant|wijzigingsovereenkomst|amendment)\b", re.IGNORECASE)
_CHANGES = re.compile(r"\b(?:wordt\s+(?:als\s+volgt\s+)?(?:gewijzigd|vervangen)|(?:is|are)\s+(?:hereby\s+)?(?:amended|replaced)|"
                      r"(?:est|sont)\s+(?:modifiée?s?|remplacée?s?))\b", re.IGNORECASE)
# A table row: three or more cells separated by a pipe or by runs of spaces or tabs.
_ROW = re.compile(r"^(?:[^|\n]*\|){2,}[^|\n]*$|^\S.*?(?:\s{2,}|\t)\S.*?(?:\s{2,}|\t)\S", re.MULTILINE)


@cache
def _parsed(path: Path):
    return parse_document(path, path.read_bytes())


def question_tags(question: Question, files: dict[str, Path], stems: list[str], file_document: str | None) -> list[str]:
    tags = ["answerable" if question.answerable else "unanswerable"]
    about = sorted(documents_of(question, stems, file_document))
    asked = detect_language(question.question, default="en")
    for document in about[:1]:
        parsed = _parsed(files[document])
        written = parsed.info.language
        tags += [f"{asked}-{written}"] + (["cross-language"] if asked != written else [])
        # An addendum that changes an earlier agreement (not a "data processing addendum" that only adds terms).
        if _AMENDS.search(f"{parsed.info.title} {parsed.text[:300]}") and _CHANGES.search(parsed.text):
            tags.append("addendum")
        clauses = {c.label: c for c in parsed.clauses}
        for source in question.expected_sources:
            clause = clauses.get(source.clause or "")
            if source.clause in ("Preamble", "Signatures"):
                tags.append(source.clause.lower())
            elif is_annex_label(source.clause):
                tags.append("annex")
            if clause is not None and len(_ROW.findall(clause.text)) >= 3:
                tags.append("table")
    if len(about) > 1:
        tags.append("comparison")
    return list(dict.fromkeys(tags))


def write_tags(path: Path, tags: dict[str, list[str]]) -> int:
    """Insert a `tags:` line after each tagged question's `id:` line, keeping the file's layout and comments."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out, written = [], 0
    for line in lines:
        out.append(line)
        match = re.match(r"^(\s*)- id:\s*['\"]?([^'\"\s]+)", line)
        if match and match.group(2) in tags:
            out.append(f"{match.group(1)}  tags: [{', '.join(tags[match.group(2)])}]")
            written += 1
    path.write_text("\n".join(out), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", action="append", choices=sorted(COLLECTIONS))
    args = parser.parse_args(argv)
    for name in args.collection or list(COLLECTIONS):
        documents, set_paths = COLLECTIONS[name]
        files = {p.stem: p for p in documents}
        stems = list(files)
        for path in set_paths:
            tags = {q.id: question_tags(q, files, stems, path.stem)
                    for q in load_question_set(path).questions if not q.tags}
            print(f"{path}: tagged {write_tags(path, tags)} questions")


if __name__ == "__main__":
    main()
