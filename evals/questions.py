"""Question sets: the YAML format of the development set, validated on load."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class QuestionSetError(ValueError):
    """A question set that cannot be run; the message names the file and the question."""


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    document: str
    clause: str | None = None


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    question: str = Field(min_length=1)
    answerable: bool = True
    expected_sources: tuple[Source, ...] = ()
    acceptable_sources: tuple[Source, ...] = ()
    # Each item must appear in the answer; an item that is a list is satisfied by any of its alternatives.
    answer_must_include: tuple[str | tuple[str, ...], ...] = ()
    answer_must_not_include: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # labels for breaking metrics down (language pair, table, comparison, …)

    @field_validator("answer_must_include", mode="before")
    @classmethod
    def _alternatives(cls, value):
        return [tuple(v) if isinstance(v, list) else v for v in value or ()]


class QuestionSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    questions: tuple[Question, ...]
    path: Path | None = None


def load_question_set(path: str | Path) -> QuestionSet:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QuestionSetError(f"{path}: cannot read the question set ({exc})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise QuestionSetError(f"{path}: expected a mapping with 'name' and a list 'questions'")
    unknown = set(raw) - {"name", "questions"}
    if unknown:
        raise QuestionSetError(f"{path}: unknown top-level key(s) {sorted(unknown)}")
    questions, seen = [], set()
    for position, item in enumerate(raw["questions"], start=1):
        ident = item.get("id") if isinstance(item, dict) else None
        where = f"{path}: question {position}" + (f" ({ident})" if ident else "")
        if not isinstance(item, dict):
            raise QuestionSetError(f"{where}: expected a mapping")
        try:
            question = Question.model_validate(item)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'question'}: {e['msg']}" for e in exc.errors())
            raise QuestionSetError(f"{where}: {problems}") from None
        if question.id in seen:
            raise QuestionSetError(f"{where}: duplicate id {question.id!r}")
        if question.answerable and not question.expected_sources:
            raise QuestionSetError(f"{where}: an answerable question needs expected_sources")
        seen.add(question.id)
        questions.append(question)
    name = raw.get("name") or path.stem
    return QuestionSet(name=str(name), questions=tuple(questions), path=path)
