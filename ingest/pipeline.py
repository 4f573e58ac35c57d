"""Ingest a batch of files: each one fully or not at all, and the batch goes on past bad files."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IngestError
from .loaders import SUPPORTED_SUFFIXES, load_pages
from .parse import content_hash, parse_pages


@dataclass(frozen=True)
class FileResult:
    path: Path
    document: str
    status: str  # "ingested" | "unchanged" | "failed"
    reason: str = ""
    clauses: int = 0
    pages: int = 0
    embedded: int = 0
    # Seconds per stage (extract, segment, embed, store): where an ingest spends its time.
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class BatchReport:
    results: list[FileResult]
    seconds: float

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and every non-hidden file under folders (unsupported ones are reported, not hidden)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.append(path)
    return found


def ingest_file(store, path: Path, password: str | None, max_bytes: int,
                progress: Callable[[int], None] | None = None) -> FileResult:
    document = path.stem
    try:
        if not path.exists():
            raise IngestError("no such file")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise IngestError(f"unsupported file type '{path.suffix or path.name}'; supported: "
                              f"{', '.join(SUPPORTED_SUFFIXES)}")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; "
                              f"raise AKKOORD_MAX_FILE_MB or --max-file-mb to ingest it")
        data = path.read_bytes()
        existing = store.document(document)
        if existing and existing.content_hash == content_hash(data):
            return FileResult(path, document, "unchanged", clauses=len(store.clauses(document)),
                              pages=existing.page_count)
        if existing and Path(existing.source_path) != path.resolve() and Path(existing.source_path).exists():
            raise IngestError(f"another file with the same name is already ingested from {existing.source_path}; "
                              f"rename one of them or `akkoord remove {document}` first")
        started = time.perf_counter()
        pages = load_pages(path, data, password)
        extracted = time.perf_counter()
        parsed = parse_pages(path, data, pages)
        segmented = time.perf_counter()
        added = store.add(parsed, progress)
        stored = time.perf_counter()
        timings = {"extract": extracted - started, "segment": segmented - extracted, "embed": added.embed_seconds,
                   "store": stored - segmented - added.embed_seconds}
        return FileResult(path, document, "ingested", clauses=len(parsed.clauses), pages=parsed.info.page_count,
                          embedded=added.embedded, timings=timings)
    except IngestError as exc:
        return FileResult(path, document, "failed", str(exc))
    except OSError as exc:
        return FileResult(path, document, "failed", f"cannot read the file ({exc.strerror or exc})")


def ingest_paths(store, paths: Iterable[Path], password: str | None = None, max_bytes: int = 50_000_000,
                 on_file: Callable[[FileResult], None] | None = None,
                 progress: Callable[[int], None] | None = None) -> BatchReport:
    started = time.perf_counter()
    results = []
    for path in expand_paths(paths):
        result = ingest_file(store, path, password, max_bytes, progress)
        results.append(result)
        if on_file:
            on_file(result)
    return BatchReport(results, time.perf_counter() - started)
