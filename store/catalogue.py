"""The catalogue beside Chroma: which version of each document is live, its metadata and clauses.

Chroma has no transactions, so visibility is decided here: a document's chunks count only when
their version is the one this SQLite catalogue marks live. An ingest writes the new chunks,
commits the catalogue in one transaction, then deletes the old chunks; `pending` remembers
versions whose chunks may be left over after a crash so they can be removed on the next open. Each pending row
carries its writer's lease (host, pid, last heartbeat): recovery leaves alone the work of a writer that is alive.
Every commit that changes which vectors are live bumps the `generation` counter, so a process that holds Chroma's
index in memory knows when to load it again.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from pathlib import Path

from ingest.models import Clause, DocumentInfo, OcrPage, Party

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
# Columns added after the first release: (table, column, declaration) added to stores made before them.
_ADDED_COLUMNS = [
    ("pending", "host", "TEXT NOT NULL DEFAULT ''"),
    ("pending", "pid", "INTEGER NOT NULL DEFAULT 0"),
    ("pending", "heartbeat", "REAL NOT NULL DEFAULT 0"),
    ("documents", "chunk_count", "INTEGER NOT NULL DEFAULT -1"),  # -1: stored before chunks were counted
    ("documents", "signed", "TEXT"),
    ("documents", "ocr", "TEXT NOT NULL DEFAULT '[]'"),  # [[page, confidence, blank], ...] of pages read by OCR
    ("documents", "refs", "TEXT NOT NULL DEFAULT '[]'"),  # the agreement's own reference codes
    ("documents", "grid", "TEXT"),  # the review grid (review/extract.py) of this version, as JSON
    ("documents", "grid_version", "TEXT"),  # review.extract.VERSION it was computed with
]
# A writer on another host that has not written for this long is taken for dead.
LEASE_SECONDS = 600.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


_INFO_COLUMNS = "document, version, title, parties, dates, source_path, language, page_count, signed, ocr, refs"


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
        signed=row["signed"],
        ocr=tuple(OcrPage(page, confidence, bool(blank)) for page, confidence, blank in json.loads(row["ocr"])),
        references=tuple(json.loads(row["refs"])),
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
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))  # SQLite's -wal and -shm copy this mode
        os.chmod(path, 0o600)  # also a catalogue made before this rule
        # The web app calls the store from Gradio's worker threads (serialised by its own lock).
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        for table, column, declaration in _ADDED_COLUMNS:
            if column not in {r["name"] for r in self.db.execute(f"PRAGMA table_info({table})")}:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
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

    def generation(self) -> int:
        """Bumped by every commit that changes which vectors are live."""
        return int(self.get_meta("generation") or 0)

    def _bump_generation(self) -> None:
        self.db.execute("INSERT INTO meta VALUES ('generation', '1') "
                        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def mark_pending(self, document: str, version: str) -> None:
        """Claim (or renew) the lease on a version this process is writing."""
        self.db.execute("INSERT OR REPLACE INTO pending (document, version, host, pid, heartbeat) VALUES (?,?,?,?,?)",
                        (document, version, socket.gethostname(), os.getpid(), time.time()))

    def abandoned(self) -> list[tuple[str, str]]:
        """Pending versions whose writer is gone: dead on this host, or silent past its lease on another one."""
        host, now = socket.gethostname(), time.time()
        rows = self.db.execute("SELECT document, version, host, pid, heartbeat FROM pending").fetchall()
        return [(r["document"], r["version"]) for r in rows
                if not (_alive(r["pid"]) if r["host"] == host else now - r["heartbeat"] < LEASE_SECONDS)]

    def clear_pending(self, document: str) -> None:
        self.db.execute("DELETE FROM pending WHERE document=?", (document,))

    def replace(self, info: DocumentInfo, clauses: list[Clause], text: str, page_starts: list[int],
                chunk_count: int, grid: tuple[str, str] | None = None) -> None:
        """Make this version of the document live, in one transaction."""
        self._cache.clear()
        parties = json.dumps([{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in info.parties])
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM clauses WHERE document=?", (info.document,))
            self.db.execute(
                "INSERT OR REPLACE INTO documents (document, version, title, parties, dates, source_path, language, "
                "page_count, clause_count, ingested_at, text, page_starts, chunk_count, signed, ocr, refs, grid, "
                "grid_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (info.document, info.content_hash, info.title, parties, json.dumps(list(info.dates)),
                 info.source_path, info.language, info.page_count, len(clauses), time.time(), text,
                 json.dumps(page_starts), chunk_count, info.signed,
                 json.dumps([[p.page, p.confidence, p.blank] for p in info.ocr]), json.dumps(list(info.references)),
                 *(grid or (None, None))),
            )
            self.db.executemany(
                "INSERT INTO clauses VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(c.document, c.seq, c.label, c.parent, c.title, json.dumps(list(c.heading_path)), c.text,
                  c.pages[0], c.pages[1], c.char_start, c.char_end, c.language) for c in clauses],
            )
            self.lexical.replace(info.document, clauses)
            self._bump_generation()

    def grids(self) -> list[tuple[str, str, str | None, str | None]]:
        """(document, version, grid JSON, grid version) of every live document, in one read."""
        rows = self.db.execute("SELECT document, version, grid, grid_version FROM documents ORDER BY document")
        return [(r["document"], r["version"], r["grid"], r["grid_version"]) for r in rows]

    def set_grid(self, document: str, version: str, grid: str, grid_version: str) -> None:
        """Store a grid computed again (by a newer extractor), unless the document changed meanwhile."""
        self.db.execute("UPDATE documents SET grid=?, grid_version=? WHERE document=? AND version=?",
                        (grid, grid_version, document, version))

    def chunk_count(self, document: str) -> int | None:
        row = self.db.execute("SELECT chunk_count FROM documents WHERE document=?", (document,)).fetchone()
        return row["chunk_count"] if row else None

    def with_content(self, version: str) -> str | None:
        """The live document whose file has this content hash, if any."""
        row = self.db.execute("SELECT document FROM documents WHERE version=? ORDER BY document", (version,)).fetchone()
        return row["document"] if row else None

    def remove(self, document: str) -> bool:
        self._cache.clear()
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM clauses WHERE document=?", (document,))
            self.lexical.remove(document)
            self._bump_generation()
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
