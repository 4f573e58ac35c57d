"""The catalogue beside Chroma: which version of each document is live, its metadata and clauses.

Chroma has no transactions, so visibility is decided here: a document's chunks count only when
their version is the one this SQLite catalogue marks live. An ingest writes the new chunks,
commits the catalogue in one transaction, then deletes the old chunks; `pending` remembers
versions whose chunks may be left over after a crash so they can be removed on the next open.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from ingest.models import Clause, DocumentInfo, Party

from . import lexical
from .commit_cache import CommitCache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    document TEXT PRIMARY KEY, version TEXT NOT NULL, title TEXT NOT NULL, parties TEXT NOT NULL,
    dates TEXT NOT NULL, source_path TEXT NOT NULL, language TEXT NOT NULL, page_count INTEGER NOT NULL,
    clause_count INTEGER NOT NULL, ingested_at REAL NOT NULL, text TEXT NOT NULL, page_starts TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clauses (
    document TEXT NOT NULL, seq INTEGER NOT NULL, label TEXT NOT NULL, parent TEXT, title TEXT,
    heading_path TEXT NOT NULL, text TEXT NOT NULL, page_start INTEGER NOT NULL, page_end INTEGER NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, language TEXT NOT NULL,
    PRIMARY KEY (document, seq)
);
CREATE TABLE IF NOT EXISTS pending (document TEXT NOT NULL, version TEXT NOT NULL, PRIMARY KEY (document, version));
"""


_INFO_COLUMNS = "document, version, title, parties, dates, source_path, language, page_count"


def _info_from_row(row: sqlite3.Row) -> DocumentInfo:
    return DocumentInfo(
        document=row["document"],
        title=row["title"],
        parties=tuple(Party(p["name"], p.get("role"), tuple(p.get("aliases", ()))) for p in json.loads(row["parties"])),
        dates=tuple(json.loads(row["dates"])),
        source_path=row["source_path"],
        content_hash=row["version"],
        language=row["language"],
        page_count=row["page_count"],
    )


def _clause_from_row(row: sqlite3.Row) -> Clause:
    return Clause(
        document=row["document"], label=row["label"], parent=row["parent"], title=row["title"],
        heading_path=tuple(json.loads(row["heading_path"])), text=row["text"],
        pages=(row["page_start"], row["page_end"]), char_start=row["char_start"], char_end=row["char_end"],
        language=row["language"], seq=row["seq"],
    )


class Catalogue:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The web app calls the store from Gradio's worker threads (serialised by its own lock).
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        self.lexical = lexical.LexicalIndex(self.db)
        self._cache = CommitCache(self.db)  # the documents list
        if self.get_meta("lexical") != lexical.VERSION:
            self._reindex()

    def _reindex(self) -> None:
        """(Re)build the lexical index of a store made before it existed or with another analysis."""
        with self.db:
            self.db.execute("BEGIN")
            for document in self.versions():
                self.lexical.replace(document, self.clauses(document))
            self.set_meta("lexical", lexical.VERSION)

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def version(self, document: str) -> str | None:
        row = self.db.execute("SELECT version FROM documents WHERE document=?", (document,)).fetchone()
        return row["version"] if row else None

    def versions(self) -> dict[str, str]:
        return {r["document"]: r["version"] for r in self.db.execute("SELECT document, version FROM documents")}

    def mark_pending(self, document: str, version: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO pending VALUES (?, ?)", (document, version))

    def pending(self) -> list[tuple[str, str]]:
        return [(r["document"], r["version"]) for r in self.db.execute("SELECT document, version FROM pending")]

    def clear_pending(self, document: str) -> None:
        self.db.execute("DELETE FROM pending WHERE document=?", (document,))

    def replace(self, info: DocumentInfo, clauses: list[Clause], text: str, page_starts: list[int]) -> None:
        """Make this version of the document live, in one transaction."""
        self._cache.clear()
        parties = json.dumps([{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in info.parties])
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM clauses WHERE document=?", (info.document,))
            self.db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (info.document, info.content_hash, info.title, parties, json.dumps(list(info.dates)),
                 info.source_path, info.language, info.page_count, len(clauses), time.time(), text,
                 json.dumps(page_starts)),
            )
            self.db.executemany(
                "INSERT INTO clauses VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(c.document, c.seq, c.label, c.parent, c.title, json.dumps(list(c.heading_path)), c.text,
                  c.pages[0], c.pages[1], c.char_start, c.char_end, c.language) for c in clauses],
            )
            self.lexical.replace(info.document, clauses)

    def remove(self, document: str) -> bool:
        self._cache.clear()
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM clauses WHERE document=?", (document,))
            self.lexical.remove(document)
            return self.db.execute("DELETE FROM documents WHERE document=?", (document,)).rowcount > 0

    def documents(self) -> list[tuple[DocumentInfo, int]]:
        """Every document's metadata, read again only after a write by this or another process: routing reads
        this list for every question."""
        cache = self._cache.fresh()
        if "documents" not in cache:
            rows = self.db.execute(f"SELECT {_INFO_COLUMNS}, clause_count FROM documents ORDER BY document")
            cache["documents"] = [(_info_from_row(r), r["clause_count"]) for r in rows]
        return list(cache["documents"])

    def document(self, document: str) -> DocumentInfo | None:
        row = self.db.execute(f"SELECT {_INFO_COLUMNS} FROM documents WHERE document=?", (document,)).fetchone()
        return _info_from_row(row) if row else None

    def page_starts(self, document: str) -> list[int]:
        row = self.db.execute("SELECT page_starts FROM documents WHERE document=?", (document,)).fetchone()
        return json.loads(row["page_starts"]) if row else [0]

    def text(self, document: str) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE document=?", (document,)).fetchone()
        return row["text"] if row else ""

    def clauses(self, document: str) -> list[Clause]:
        rows = self.db.execute("SELECT * FROM clauses WHERE document=? ORDER BY seq", (document,)).fetchall()
        return [_clause_from_row(r) for r in rows]

    def clause_by_seq(self, document: str, seq: int) -> Clause | None:
        row = self.db.execute("SELECT * FROM clauses WHERE document=? AND seq=?", (document, seq)).fetchone()
        return _clause_from_row(row) if row else None

    def close(self) -> None:
        self.db.close()
