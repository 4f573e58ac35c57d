"""Turn the web chat's feedback file into a question set: answers marked helpful become regression questions
(their citations the expected sources; a helpful abstention an unanswerable question); answers marked wrong
become commented-out entries for a reviewer to complete, since only a person knows the right clause."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml


def _slug(text: str, taken: set[str]) -> str:
    base = "-".join(re.findall(r"\w+", text.lower())[:6]) or "question"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def feedback_to_set(feedback_path: Path, name: str) -> str:
    entries = [json.loads(line) for line in Path(feedback_path).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    latest = {}
    for entry in entries:  # the last rating of a question wins
        latest[entry["question"]] = entry
    taken: set[str] = set()
    questions, review = [], []
    for entry in latest.values():
        item = {"id": _slug(entry["question"], taken), "question": entry["question"]}
        if entry["rating"] == "helpful" and entry["abstained"]:
            questions.append({**item, "answerable": False})
        elif entry["rating"] == "helpful" and entry["cited"]:
            sources = list({(c["document"], c["clause"]): {"document": c["document"], "clause": c["clause"]}
                            for c in entry["cited"]}.values())
            questions.append({**item, "expected_sources": sources})
        else:
            cited = ", ".join(f"{c['document']} {c['clause']}" for c in entry["cited"]) or "nothing"
            block = yaml.safe_dump([{**item, "expected_sources": [{"document": "?", "clause": "?"}]}],
                                   allow_unicode=True, sort_keys=False)
            review.append(f"# marked {entry['rating']} by {entry.get('user') or 'anonymous'}; it cited {cited}\n"
                          + "".join(f"# {line}\n" for line in block.splitlines()))
    text = yaml.safe_dump({"name": name, "questions": questions}, allow_unicode=True, sort_keys=False)
    if review:
        text += "\n# To review: answers marked wrong. Fill in the right sources and uncomment.\n" + "\n".join(review)
    return text
