"""Append-only JSON-lines logs of the web chat: the audit log (who asked what, when, and what was cited) and
the feedback file (answers users marked helpful or wrong), which `akkoord feedback-set` turns into a question set.
Rotation is the standard library's RotatingFileHandler; it renames files, so each serve process needs its own path."""

from __future__ import annotations

import json
import logging
import logging.handlers
from datetime import datetime, timezone
from pathlib import Path

from .logs import private_file
from .models import Answer


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _cited(answer: Answer) -> list[dict]:
    return [{"document": c.document, "clause": c.clause, "page": c.page} for c in answer.citations]


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the log and each new one after a rotation) is readable by its owner only: the lines
    hold questions, user names and cited clauses."""

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()


class JsonLines:
    def __init__(self, path: Path, max_mb: float = 10.0, backups: int = 10) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # A private logger per file: records never reach the root logger (and so never the console).
        self._logger = logging.getLogger(f"akkoord.jsonl.{self.path.resolve()}")
        self._logger.propagate = False
        self._logger.setLevel(logging.INFO)
        if not self._logger.handlers:
            handler = _PrivateRotatingFileHandler(self.path, maxBytes=int(max_mb * 1_000_000),
                                                  backupCount=backups, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(message)s"))
            self._logger.addHandler(handler)

    def write(self, record: dict) -> None:
        self._logger.info(json.dumps({"time": _now(), **record}, ensure_ascii=False))


class AuditLog(JsonLines):
    def __init__(self, path: Path, max_mb: float = 10.0, backups: int = 10, include_answers: bool = False) -> None:
        super().__init__(path, max_mb, backups)
        self.include_answers = include_answers

    def event(self, user: str | None, action: str, **details) -> None:
        """Who did what besides asking: login, login_failed, login_refused, download, download_denied, upload,
        remove. Never a password."""
        self.write({"user": user, "action": action, **details})

    def record(self, user: str | None, answer: Answer, filters: dict | None = None) -> None:
        entry = {"user": user, "action": "answer", "question": answer.question, "mode": answer.mode, "cited": _cited(answer),
                 "abstained": answer.abstained, "latency_ms": answer.latency_ms,
                 "scope": (filters or {}).get("documents")}
        if self.include_answers:
            entry["answer"] = answer.text
        self.write(entry)


class FeedbackLog(JsonLines):
    def record(self, user: str | None, answer: Answer, rating: str) -> None:
        # The answer text is kept here: a reviewer needs it to turn "wrong" into a corrected question.
        self.write({"user": user, "rating": rating, "question": answer.question, "mode": answer.mode,
                    "abstained": answer.abstained, "cited": _cited(answer), "answer": answer.text})
