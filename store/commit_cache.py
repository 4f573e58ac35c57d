"""Values derived from a SQLite database, kept until the database changes."""

from __future__ import annotations

import sqlite3


class CommitCache(dict):
    """A dict emptied when the database changes. A commit by another connection (another process) shows in
    PRAGMA data_version; writes through this connection do not, so their code calls clear()."""

    def __init__(self, db: sqlite3.Connection) -> None:
        super().__init__()
        self.db = db
        self._seen_version: int | None = None

    def fresh(self) -> CommitCache:
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._seen_version:
            self.clear()
            self._seen_version = version
        return self
