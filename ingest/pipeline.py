"""Ingest a batch of files: each one fully or not at all, and the batch goes on past bad files."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import IngestError
from .loaders import SUPPORTED_SUFFIXES, load_document
from .ocr import OcrOptions
from .parse import content_hash, parse_pages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    path: Path
    document: str
    status: str  # "ingested" | "repaired" | "unchanged" | "duplicate" | "failed"
    reason: str = ""  # why it failed, or what a user should know (a duplicate's twin, text lost as page furniture)
    clauses: int = 0
    pages: int = 0
    embedded: int = 0
    ocr_pages: int = 0  # pages read by OCR
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
                progress: Callable[[str, int, int, str], None] | None = None,
                ocr: OcrOptions = OcrOptions(), store_lock: AbstractContextManager = nullcontext()) -> FileResult:
    """One file into the store, or a FileResult saying in one line why not. Errors of the store itself (a Chroma
    server that is down) are not the file's fault and propagate. `progress(document, done, total, stage)` reports
    pages read by OCR (stage "ocr") and texts embedded ("embedding"). `store_lock` is held while the store is
    used, not while the file is read: a web server keeps answering during a long OCR."""
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
        version = content_hash(data, ocr.mode)
        with store_lock:
            known = _known(store, path, document, version)
        if isinstance(known, FileResult):
            return known
        repair = known
        started = time.perf_counter()
        if progress:
            ocr = replace(ocr, progress=lambda done, total: progress(document, done, total, "ocr"))
        loaded = _read(load_document, path, data, password, ocr)
        extracted = time.perf_counter()
        parsed = _read(parse_pages, path, data, loaded.pages, loaded.ocr, ocr.low_confidence, ocr.mode)
        segmented = time.perf_counter()
        with store_lock:
            added = store.add(parsed, (lambda done, total: progress(document, done, total, "embedding"))
                              if progress else None)
        stored = time.perf_counter()
        timings = {"extract": extracted - started, "segment": segmented - extracted, "embed": added.embed_seconds,
                   "store": stored - segmented - added.embed_seconds}
        return FileResult(path, document, "repaired" if repair else "ingested", "; ".join(parsed.warnings),
                          clauses=len(parsed.clauses), pages=parsed.info.page_count, embedded=added.embedded,
                          ocr_pages=sum(not p.blank for p in loaded.ocr), timings=timings)
    except IngestError as exc:
        return FileResult(path, document, "failed", str(exc))
    except OSError as exc:
        return FileResult(path, document, "failed", f"cannot read the file ({exc.strerror or exc})")


def _known(store, path: Path, document: str, version: str) -> FileResult | bool:
    """What the store already holds of this file: a FileResult when there is nothing to do (unchanged, or a
    duplicate of another document), else whether this ingest repairs a live version whose vectors are missing."""
    existing = store.document(document)
    repair = existing is not None and existing.content_hash == version
    if repair and not store.missing_vectors(document):
        return FileResult(path, document, "unchanged", clauses=len(store.clauses(document)),
                          pages=existing.page_count)
    if existing and Path(existing.source_path) != path.resolve() and Path(existing.source_path).exists():
        raise IngestError(f"another file with the same name is already ingested from {existing.source_path}; "
                          f"rename one of them or `akkoord remove {document}` first")
    twin = store.document_with_content(version)
    if twin and twin != document:
        # One text, one document: answers would otherwise cite two copies of the same clause.
        twin_info = store.document(twin)
        return FileResult(path, document, "duplicate", f"same content as {twin}; not stored again",
                          clauses=len(store.clauses(twin)), pages=twin_info.page_count if twin_info else 0)
    return repair


def _read(step, path: Path, *args):
    """Run a reading step (load, parse); whatever a library raises on a malformed file becomes the file's
    one-line reason, with the traceback in the log for whoever debugs the loader."""
    try:
        return step(path, *args)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the batch
        log.exception("reading %s failed", path)
        detail = str(exc).splitlines()[0][:160] if str(exc) else ""
        raise IngestError(f"cannot read the file: {type(exc).__name__}{': ' + detail if detail else ''}; open it "
                          f"in the program that made it and save it again") from None


def ingest_paths(store, paths: Iterable[Path], password: str | None = None, max_bytes: int = 50_000_000,
                 on_file: Callable[[FileResult], None] | None = None,
                 progress: Callable[[str, int, int, str], None] | None = None,
                 ocr: OcrOptions = OcrOptions(), store_lock: AbstractContextManager = nullcontext()) -> BatchReport:
    started = time.perf_counter()
    results = []
    for path in expand_paths(paths):
        result = ingest_file(store, path, password, max_bytes, progress, ocr, store_lock)
        results.append(result)
        if on_file:
            on_file(result)
    return BatchReport(results, time.perf_counter() - started)
