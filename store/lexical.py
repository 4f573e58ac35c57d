"""The lexical half of hybrid retrieval: BM25 over language-stemmed clauses in SQLite FTS5.

The index lives in the catalogue database and changes in the same transaction as the clauses it indexes, so it
is persistent, incremental (one document at a time) and shared by every process that opens the store: nothing is
loaded into memory per process. Stems come from our own Snowball analysis (FTS5's tokenizer only splits the
pre-stemmed text on spaces), so a clause is stemmed in its own language and a question in its own.
FTS5's bm25() fixes k1 = 1.2 and b = 0.75.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.lexicon import equivalents
from ingest.models import Clause
from ingest.lexicon import SECTION_WORDS
from ingest.text import stems

from .commit_cache import CommitCache

# Bump when the analysis changes: stores built with another version are re-indexed on open.
VERSION = "fts5-19"

SCHEMA = ("CREATE VIRTUAL TABLE IF NOT EXISTS lexical USING fts5(stems, document UNINDEXED, seq UNINDEXED, "
          "tokenize='unicode61 remove_diacritics 0');"
          "CREATE VIRTUAL TABLE IF NOT EXISTS lexical_terms USING fts5vocab(lexical, 'row');")


@dataclass(frozen=True)
class LexicalHit:
    document: str
    seq: int
    score: float


def _indexed_text(clause: Clause) -> str:
    section = SECTION_WORDS.get(clause.label, "")
    return " ".join(stems(f"{clause.title or ''} {clause.text}", clause.language) + stems(section, "en")
                    + stems(section, "nl") + stems(section, "fr"))


def _match_expression(terms: Iterable[str]) -> str:
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in sorted(terms))


class LexicalIndex:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.executescript(SCHEMA)
        self._statistics = CommitCache(db)  # the clause count and idf per term

    # -- writing: called inside the catalogue's transactions ----------------------------------------
    def replace(self, document: str, clauses: Iterable[Clause]) -> None:
        self.remove(document)
        self.db.executemany("INSERT INTO lexical (stems, document, seq) VALUES (?, ?, ?)",
                            [(_indexed_text(c), c.document, c.seq) for c in clauses])
        self._statistics.clear()

    def remove(self, document: str) -> None:
        self.db.execute("DELETE FROM lexical WHERE document=?", (document,))
        self._statistics.clear()

    # -- reading ----------------------------------------------------------------------------------
    def search(self, query: str, language: str, k: int = 20, documents: set[str] | None = None) -> list[LexicalHit]:
        # Each term with its equivalents in the other languages: a question in English finds a Dutch clause.
        terms = {e for t in stems(query, language) for e in equivalents(t, language)}
        if not terms or documents is not None and not documents:
            return []
        sql = "SELECT document, seq, bm25(lexical) FROM lexical WHERE lexical MATCH ?"
        params: list = [_match_expression(terms)]
        if documents is not None:
            sql += f" AND document IN ({','.join('?' * len(documents))})"
            params += sorted(documents)
        rows = self.db.execute(sql + " ORDER BY bm25(lexical) LIMIT ?", (*params, k)).fetchall()
        return [LexicalHit(document, int(seq), -score) for document, seq, score in rows]

    def idf(self, term: str) -> float:
        """BM25's idf of a stem over all clauses; cached until this or another process changes the index."""
        statistics = self._statistics.fresh()
        if ("idf", term) not in statistics:
            if "count" not in statistics:
                statistics["count"] = self.db.execute("SELECT count(*) FROM lexical").fetchone()[0]
            row = self.db.execute("SELECT doc FROM lexical_terms WHERE term=?", (term,)).fetchone()
            n, df = max(1, statistics["count"]), row[0] if row else 0
            statistics[("idf", term)] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return statistics[("idf", term)]
