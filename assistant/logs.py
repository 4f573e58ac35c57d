"""Where diagnostics go: library warnings (pypdf's "EOF marker not found"), Python warnings and tracebacks of files
that could not be read are written to the log file, never between the lines a user reads on the terminal."""

from __future__ import annotations

import logging
import os
from pathlib import Path


def private_file(path: Path) -> Path:
    """Create (or tighten) a file readable and writable by its owner only; its folder too when we create it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)
    return path


def send_logs_to(path: Path, level: int = logging.WARNING) -> None:
    """Route every logger without handlers of its own (pypdf, chromadb, …) and Python warnings to one file."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.StreamHandler) and not isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path.resolve() for h in root.handlers):
        handler = logging.FileHandler(private_file(path), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
