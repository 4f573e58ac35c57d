"""Generative mode's text side: prompts from `prompts/`, sources fenced as data, citations read back."""

from __future__ import annotations

import re
from pathlib import Path

from .extractive import clause_reference
from .models import Answer, Retrieved
from .verify import MARKER, QUOTED

_FENCE = re.compile(r"<<<|>>>")


def load_prompt(directory: Path, name: str, language: str | None = None) -> str:
    """`answer` + `nl` -> prompts/answer_nl.txt; a language without its own file falls back to English."""
    candidates = [f"{name}_{language}.txt", f"{name}_en.txt"] if language else [f"{name}.txt"]
    for candidate in candidates:
        path = Path(directory) / candidate
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no prompt {candidates[0]} in {directory}")


def fence_sources(sources: list[Retrieved], titles: dict[str, str]) -> str:
    """Each clause between numbered markers. Marker characters inside a clause are neutralised, so a document
    cannot close its own fence and pose as the instructions around it."""
    blocks = []
    for n, item in enumerate(sources, start=1):
        clause = item.clause
        first, last = clause.pages
        where = f"p. {first}" if first == last else f"p. {first}-{last}"
        header = (f"<<<BRON {n}>>> {titles.get(clause.document, clause.document)} — "
                  f"{clause_reference(clause.label, clause.title, 'en')} (document {clause.document}, {where})")
        blocks.append(f"{header}\n{_FENCE.sub('', clause.text)}\n<<<EINDE BRON {n}>>>")
    return "\n\n".join(blocks)


def answer_messages(directory: Path, language: str, question: str, sources: list[Retrieved],
                    titles: dict[str, str]) -> list[tuple[str, str]]:
    system = load_prompt(directory, "answer", language).replace("{sources}", fence_sources(sources, titles))
    return [("system", system), ("human", question)]


def condense_messages(directory: Path, history: list[Answer], question: str) -> list[tuple[str, str]]:
    turns = "\n".join(f"Q: {a.question}\nA: {a.text[:500]}" for a in history[-3:])
    prompt = load_prompt(directory, "condense").replace("{history}", turns).replace("{question}", question)
    return [("human", prompt)]


def cited_numbers(text: str) -> list[int]:
    return list(dict.fromkeys(int(n) for n in MARKER.findall(text)))


def quoted_passages(text: str) -> dict[int, list[str]]:
    """Passages the model put in quotes right before a marker: "…" [n]."""
    quotes: dict[int, list[str]] = {}
    for quote, n in QUOTED.findall(text):
        quotes.setdefault(int(n), []).append(quote)
    return quotes
