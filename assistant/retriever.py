"""HybridRetriever: dense (the store's embedder) + BM25 (the catalogue's FTS5 index), fused by reciprocal rank,
with document scoping."""

from __future__ import annotations

from dataclasses import dataclass

from .fusion import reciprocal_rank_fusion
from .models import Retrieved


@dataclass(frozen=True)
class RetrievalParams:
    dense_k: int = 20
    lexical_k: int = 20
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    mode: str = "hybrid"  # hybrid | dense | lexical


class HybridRetriever:
    def __init__(self, store, params: RetrievalParams | None = None) -> None:
        self.store = store
        self.params = params or RetrievalParams()

    def run(self, question: str, language: str, documents: list[str] | None = None, k: int = 8,
            lexical_question: str | None = None) -> list[Retrieved]:
        p = self.params
        dense = self.store.search(question, k=p.dense_k, documents=documents) if p.mode != "lexical" else []
        lexical = (self.store.catalogue.lexical.search(lexical_question or question, language, p.lexical_k,
                                                       set(documents) if documents else None)
                   if p.mode != "dense" else [])
        dense_scores = {(h.clause.document, h.clause.seq): h.score for h in dense}
        lexical_scores = {(h.document, h.seq): h.score for h in lexical}
        clauses = {(h.clause.document, h.clause.seq): h.clause for h in dense}
        fused = reciprocal_rank_fusion(
            [[(h.clause.document, h.clause.seq) for h in dense], [(h.document, h.seq) for h in lexical]],
            k=p.rrf_k, weights=[p.dense_weight, p.lexical_weight],
        )
        out = []
        for key, score in fused[:k]:
            clause = clauses.get(key) or self.store.catalogue.clause_by_seq(*key)
            if clause is not None:
                out.append(Retrieved(clause, score, dense_scores.get(key), lexical_scores.get(key)))
        return out
