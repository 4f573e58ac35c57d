"""Reranking stage behind one interface. None ships offline here; a sentence-transformers CrossEncoder from a
local path plugs in with AKKOORD_RERANKER_MODEL."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from .models import Retrieved


class Reranker(Protocol):
    def rerank(self, question: str, retrieved: list[Retrieved]) -> list[Retrieved]: ...


class CrossEncoderReranker:
    def __init__(self, model_path: str, max_chars: int = 2000) -> None:
        from sentence_transformers import CrossEncoder  # torch only when a reranker is configured

        self.model = CrossEncoder(model_path, device="cpu", local_files_only=True)
        self.max_chars = max_chars

    def rerank(self, question: str, retrieved: list[Retrieved]) -> list[Retrieved]:
        if not retrieved:
            return []
        scores = self.model.predict([(question, r.clause.text[: self.max_chars]) for r in retrieved])
        ranked = sorted(zip(retrieved, scores), key=lambda pair: -float(pair[1]))
        return [replace(r, score=float(score)) for r, score in ranked]


def make_reranker(model_path: str | None) -> Reranker | None:
    return CrossEncoderReranker(model_path) if model_path else None
