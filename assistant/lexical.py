"""BM25 over clauses with language-aware stemming: the lexical half of hybrid retrieval."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ingest.models import Clause

from .text import stems


@dataclass(frozen=True)
class LexicalHit:
    document: str
    seq: int
    score: float


class BM25Index:
    """Okapi BM25 (k1, b explicit). Each clause is stemmed in its own language and in the query's, so a French
    question still meets a Dutch clause on shared words (names, numbers)."""

    def __init__(self, clauses: list[Clause], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.keys = [(c.document, c.seq) for c in clauses]
        self.languages = [c.language for c in clauses]
        self.postings: dict[str, dict[int, int]] = {}
        self.lengths = []
        for i, clause in enumerate(clauses):
            text = f"{clause.title or ''} {clause.text}"
            counts = Counter(stems(text, clause.language))
            self.lengths.append(sum(counts.values()))
            for term, n in counts.items():
                self.postings.setdefault(term, {})[i] = n
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0

    def search(self, query: str, language: str, k: int = 20, documents: set[str] | None = None) -> list[LexicalHit]:
        terms = set(stems(query, language))
        n = len(self.keys)
        scores: dict[int, float] = {}
        for term in terms:
            posting = self.postings.get(term, {})
            if not posting:
                continue
            idf = math.log(1 + (n - len(posting) + 0.5) / (len(posting) + 0.5))
            for i, tf in posting.items():
                if documents is not None and self.keys[i][0] not in documents:
                    continue
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.average)
                scores[i] = scores.get(i, 0.0) + idf * tf * (self.k1 + 1) / norm
        ranked = sorted(scores.items(), key=lambda item: -item[1])[:k]
        return [LexicalHit(self.keys[i][0], self.keys[i][1], s) for i, s in ranked]
