"""Clauses embedded in Chroma, with the SQLite catalogue deciding what is live."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from ingest.models import Clause, DocumentInfo, ParsedDocument
from review.extract import VERSION as GRID_VERSION
from review.extract import extract_grid
from review.models import Grid

from .catalogue import Catalogue
from .chunking import chunk_clause, is_heading_only

COLLECTION = "akkoord-clauses"
# How many candidates the HNSW search explores. Chroma's default (100) for the 4 x k chunks a search asks for missed
# 1 in 25 of the exact nearest ones, and which ones changed between processes (the index is rebuilt from the log
# when it opens): the same question could get another answer after a restart. At 500 the search found all 80 of
# 80 in a store of 674 chunks (README, "Limits" says what it costs at 10k clauses).
SEARCH_EF = 500


class EmbedderMismatch(Exception):
    pass


class StoreUnavailable(Exception):
    """The vector store cannot be reached (a Chroma server that is down): the message names the setting."""


@dataclass(frozen=True)
class Hit:
    clause: Clause
    score: float
    chunk: str


@dataclass(frozen=True)
class AddResult:
    chunks: int
    embedded: int  # texts sent to the embedder
    reused: int  # chunks whose vector was kept from the previous version
    embed_seconds: float = 0.0  # time spent in the embedder


class ClauseStore:
    def __init__(self, path: Path, embedder: Embeddings, chunk_size: int = 1200, chunk_overlap: int = 150,
                 chroma_url: str | None = None) -> None:
        self.path = Path(path)
        # Agreement text and questions live here: the owner's only (also a store made before this rule).
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.path.stat().st_uid == os.getuid():
            os.chmod(self.path, 0o700)
        self.chroma_url = chroma_url  # a Chroma server instead of the on-disk client; the catalogue stays here
        self.embedder = embedder
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.catalogue = Catalogue(self.path / "catalogue.sqlite")
        self._client = None
        self._collection = None
        self._generation = -1  # the catalogue generation the open collection reflects
        self._written = False  # this client wrote since it opened its index
        self._grids: tuple[int, list[Grid]] | None = None  # (generation, every live grid), read once per generation
        self._check_embedder()

    # -- set-up -------------------------------------------------------------------------------
    def _check_embedder(self) -> None:
        recorded = self.catalogue.get_meta("embedder")
        wanted = self.embedder.spec
        if recorded is None:
            self.catalogue.set_meta("embedder", wanted)
        elif recorded != wanted:
            raise EmbedderMismatch(
                f"the store at {self.path} was built with the embedder '{recorded}', but '{wanted}' is configured; "
                f"set AKKOORD_EMBEDDER (and AKKOORD_EMBEDDER_MODEL) to match, or ingest into a new --store"
            )

    @property
    def collection(self):
        generation = self.catalogue.generation()
        if self._collection is not None and generation != self._generation and not self.chroma_url:
            # Another process committed vectors: the on-disk client holds its index in memory and would not
            # find their ids ("Error finding id"), so it is loaded again. A Chroma server is shared: no reload.
            self._client.close()
            self._client = self._collection = None
        if self._collection is None:
            self._client, self._collection = self._open_collection()
            self._generation = generation
            self._recover()
        self._generation = generation
        return self._collection

    def _open_collection(self):
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False)
        try:
            if self.chroma_url:
                url = urlparse(self.chroma_url)
                client = chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 80),
                                             ssl=url.scheme == "https", settings=settings)
            else:
                client = chromadb.PersistentClient(path=str(self.path / "chroma"), settings=settings)
            # No embedding function in Chroma: vectors come from our embedder (Chroma's default downloads a model).
            collection = client.get_or_create_collection(
                COLLECTION, embedding_function=None,
                configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}})
        except Exception as exc:
            if not self.chroma_url:
                raise
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StoreUnavailable(f"cannot reach the Chroma server at {self.chroma_url} ({reason[:200]}); start it, "
                                   f"or fix AKKOORD_CHROMA_URL / --chroma-url") from None
        return client, collection

    def _recover(self) -> None:
        """Remove chunks of versions an interrupted ingest left behind; a live writer's are not ours to touch."""
        for document, _ in self.catalogue.abandoned():
            self._delete_stale(document, self.catalogue.version(document))
            self.catalogue.clear_pending(document)

    def _delete_stale(self, document: str, live: str | None) -> None:
        where = {"document": document} if live is None else {"$and": [{"document": document},
                                                                      {"version": {"$ne": live}}]}
        self.collection.delete(where=where)

    # -- writing ------------------------------------------------------------------------------
    def is_current(self, document: str, version: str) -> bool:
        return self.catalogue.version(document) == version

    def chunks(self, parsed: ParsedDocument) -> list:
        """What `add` embeds and stores for a document."""
        return [chunk for clause in parsed.clauses if not is_heading_only(clause)
                for chunk in chunk_clause(clause, parsed.info.title, self.chunk_size, self.chunk_overlap)]

    def add(self, parsed: ParsedDocument, progress: Callable[[int, int], None] | None = None) -> AddResult:
        """Embed and store a document version; `progress(done, total)` is called as texts are embedded."""
        info, version = parsed.info, parsed.info.content_hash
        chunks = self.chunks(parsed)
        started = time.perf_counter()
        vectors, embedded = self._embed(info.document, chunks, progress)
        embed_seconds = time.perf_counter() - started
        self.catalogue.mark_pending(info.document, version)
        try:
            self._write_chunks(parsed, chunks, vectors)
            grid = extract_grid(info, list(parsed.clauses))
            with self._own_commit():
                self.catalogue.replace(info, list(parsed.clauses), parsed.text, list(parsed.page_starts),
                                       len(chunks), (json.dumps(grid.to_json()), GRID_VERSION))
        except BaseException:
            # Leave nothing half-written; the lease on a killed process's work is taken over by recovery.
            self._delete_stale(info.document, self.catalogue.version(info.document))
            self.catalogue.clear_pending(info.document)
            raise
        self._delete_stale(info.document, version)
        self.catalogue.clear_pending(info.document)
        return AddResult(chunks=len(chunks), embedded=embedded, reused=len(chunks) - embedded,
                         embed_seconds=embed_seconds)

    @contextmanager
    def _own_commit(self):
        """A commit of ours needs no reload of the index for writing (it holds our writes), unless another came
        between; the next search reloads it all the same (see `search`)."""
        current = self._collection is not None and self.catalogue.generation() == self._generation
        yield
        if current:
            self._generation = self.catalogue.generation()
        self._written = True

    def _write_chunks(self, parsed: ParsedDocument, chunks, vectors) -> None:
        info, version = parsed.info, parsed.info.content_hash
        if chunks:
            if (self.collection.configuration.get("hnsw") or {}).get("ef_search", SEARCH_EF) < SEARCH_EF:
                # a store made before SEARCH_EF, at its first write (opening a store writes nothing)
                self.collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})
            clause_pages = {c.seq: c.pages for c in parsed.clauses}
            labels = {c.seq: c.label for c in parsed.clauses}
            for start in range(0, len(chunks), 1000):
                self.catalogue.mark_pending(info.document, version)  # renews the lease
                batch = chunks[start:start + 1000]
                self.collection.upsert(
                    ids=[f"{info.document}:{version[:16]}:{c.clause_seq}:{c.index}" for c in batch],
                    embeddings=[vectors[c.embed_hash] for c in batch],
                    documents=[c.text for c in batch],
                    metadatas=[{"document": info.document, "version": version, "seq": c.clause_seq,
                                "label": labels[c.clause_seq], "chunk": c.index, "embed_hash": c.embed_hash,
                                "page_start": clause_pages[c.clause_seq][0], "page_end": clause_pages[c.clause_seq][1],
                                "language": info.language} for c in batch],
                )

    def _embed(self, document: str, chunks, progress) -> tuple[dict[str, list[float]], int]:
        """Vectors by embed_hash, reusing those of the document's previous version (a one-clause edit
        embeds one clause)."""
        known: dict[str, list[float]] = {}
        wanted = {c.embed_hash for c in chunks}
        if self.catalogue.version(document):
            old = self.collection.get(where={"document": document}, include=["embeddings", "metadatas"])
            for meta, vector in zip(old["metadatas"], old["embeddings"]):
                if meta["embed_hash"] in wanted:
                    known[meta["embed_hash"]] = list(vector)
        todo: dict[str, str] = {}
        for chunk in chunks:
            if chunk.embed_hash not in known:
                todo.setdefault(chunk.embed_hash, chunk.embed_text)
        items = list(todo.items())
        if progress:
            progress(0, len(items))
        for start in range(0, len(items), 16):
            batch = items[start:start + 16]
            for (key, _), vector in zip(batch, self.embedder.embed_documents([t for _, t in batch])):
                known[key] = vector
            if progress:
                progress(start + len(batch), len(items))
        return known, len(items)

    def remove(self, document: str) -> bool:
        if self.catalogue.version(document) is None:
            return False
        self.catalogue.mark_pending(document, "")
        with self._own_commit():
            self.catalogue.remove(document)
        self._delete_stale(document, None)
        self.catalogue.clear_pending(document)
        return True

    def missing_vectors(self, document: str) -> bool:
        """A live document whose chunks are not all in Chroma (lost to a crash or to someone else's recovery)."""
        version = self.catalogue.version(document)
        if version is None:
            return False
        expected = self.catalogue.chunk_count(document)
        found = len(self.collection.get(where={"$and": [{"document": document}, {"version": version}]},
                                        include=[])["ids"])
        return found < expected if expected >= 0 else found == 0 and bool(self.catalogue.clauses(document))

    # -- reading ------------------------------------------------------------------------------
    def documents(self) -> list[tuple[DocumentInfo, int]]:
        return self.catalogue.documents()

    def document(self, document: str) -> DocumentInfo | None:
        return self.catalogue.document(document)

    def document_with_content(self, content_hash: str) -> str | None:
        return self.catalogue.with_content(content_hash)

    def clauses(self, document: str) -> list[Clause]:
        return self.catalogue.clauses(document)

    def grids(self, documents: list[str] | None = None) -> list[Grid]:
        """The review grids of the live documents (or of `documents`), as computed at ingest; a grid from an
        older extractor is computed again from the stored clauses and kept."""
        wanted = set(documents) if documents is not None else None
        generation = self.catalogue.generation()
        if self._grids is not None and self._grids[0] == generation:  # the Review tab re-renders on every filter
            return [g for g in self._grids[1] if wanted is None or g.document in wanted]
        found = []
        for document, version, data, grid_version in self.catalogue.grids():
            if wanted is not None and document not in wanted:
                continue
            if data and grid_version == GRID_VERSION:
                found.append(Grid.from_json(json.loads(data)))
                continue
            grid = extract_grid(self.catalogue.document(document), self.catalogue.clauses(document))
            self.catalogue.set_grid(document, version, json.dumps(grid.to_json()), GRID_VERSION)
            found.append(grid)
        if wanted is None:
            self._grids = (generation, found)
        return found

    def search(self, query: str, k: int = 5, documents: list[str] | None = None) -> list[Hit]:
        live = self.catalogue.versions()
        if documents is not None:
            live = {d: v for d, v in live.items() if d in documents}
        if not live:
            return []
        where = None if documents is None else (
            {"document": next(iter(live))} if len(live) == 1 else {"document": {"$in": sorted(live)}})
        if self._written and self._client is not None and not self.chroma_url:
            # The on-disk client's index, grown write by write in this process, can leave a vector unreachable
            # (1 ingest in 4 of two near-identical agreements lost one chunk to every search, a different one
            # each time); the index it loads from disk holds them all. So a search after our own writes reloads.
            self._client.close()
            self._client = self._collection = None
        self._written = False
        collection = self.collection
        total = collection.count()
        if total == 0:
            return []
        result = collection.query(query_embeddings=[self.embedder.embed_query(query)], n_results=min(total, k * 4),
                                  where=where, include=["metadatas", "documents", "distances"])
        best: dict[tuple[str, int], tuple[float, str]] = {}
        for meta, text, distance in zip(result["metadatas"][0], result["documents"][0], result["distances"][0]):
            if live.get(meta["document"]) != meta["version"]:
                continue  # a version an interrupted ingest left behind
            key = (meta["document"], meta["seq"])
            score = 1.0 - distance
            if key not in best or score > best[key][0]:
                best[key] = (score, text)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])[:k]
        hits = []
        for (document, seq), (score, text) in ranked:
            clause = self.catalogue.clause_by_seq(document, seq)
            if clause:
                hits.append(Hit(clause, score, text))
        return hits

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # the last client of a path stops its Chroma system (and frees its index)
            self._client = self._collection = None
        self.catalogue.close()
