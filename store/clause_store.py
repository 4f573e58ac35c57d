"""Clauses embedded in Chroma, with the SQLite catalogue deciding what is live."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from ingest.models import Clause, DocumentInfo, ParsedDocument

from .catalogue import Catalogue
from .chunking import chunk_clause, is_heading_only

COLLECTION = "akkoord-clauses"


class EmbedderMismatch(Exception):
    pass


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
        self.chroma_url = chroma_url  # a Chroma server instead of the on-disk client; the catalogue stays here
        self.embedder = embedder
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.catalogue = Catalogue(self.path / "catalogue.sqlite")
        self._collection = None
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
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings

            settings = Settings(anonymized_telemetry=False)
            if self.chroma_url:
                url = urlparse(self.chroma_url)
                client = chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 80),
                                             ssl=url.scheme == "https", settings=settings)
            else:
                client = chromadb.PersistentClient(path=str(self.path / "chroma"), settings=settings)
            # No embedding function in Chroma: vectors come from our embedder (Chroma's default downloads a model).
            self._collection = client.get_or_create_collection(
                COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
            self._recover()
        return self._collection

    def _recover(self) -> None:
        """Remove chunks of versions an interrupted ingest left behind."""
        for document, _ in self.catalogue.pending():
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

    def add(self, parsed: ParsedDocument, progress: Callable[[int], None] | None = None) -> AddResult:
        info, version = parsed.info, parsed.info.content_hash
        collection = self.collection
        chunks = self.chunks(parsed)
        started = time.perf_counter()
        vectors, embedded = self._embed(info.document, chunks, progress)
        embed_seconds = time.perf_counter() - started
        self.catalogue.mark_pending(info.document, version)
        if chunks:
            clause_pages = {c.seq: c.pages for c in parsed.clauses}
            labels = {c.seq: c.label for c in parsed.clauses}
            for start in range(0, len(chunks), 1000):
                batch = chunks[start:start + 1000]
                collection.upsert(
                    ids=[f"{info.document}:{version[:16]}:{c.clause_seq}:{c.index}" for c in batch],
                    embeddings=[vectors[c.embed_hash] for c in batch],
                    documents=[c.text for c in batch],
                    metadatas=[{"document": info.document, "version": version, "seq": c.clause_seq,
                                "label": labels[c.clause_seq], "chunk": c.index, "embed_hash": c.embed_hash,
                                "page_start": clause_pages[c.clause_seq][0], "page_end": clause_pages[c.clause_seq][1],
                                "language": info.language} for c in batch],
                )
        self.catalogue.replace(info, list(parsed.clauses), parsed.text, list(parsed.page_starts))
        self._delete_stale(info.document, version)
        self.catalogue.clear_pending(info.document)
        return AddResult(chunks=len(chunks), embedded=embedded, reused=len(chunks) - embedded,
                         embed_seconds=embed_seconds)

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
        for start in range(0, len(items), 16):
            batch = items[start:start + 16]
            for (key, _), vector in zip(batch, self.embedder.embed_documents([t for _, t in batch])):
                known[key] = vector
            if progress:
                progress(len(batch))
        return known, len(items)

    def remove(self, document: str) -> bool:
        if self.catalogue.version(document) is None:
            return False
        self.catalogue.mark_pending(document, "")
        self.catalogue.remove(document)
        self._delete_stale(document, None)
        self.catalogue.clear_pending(document)
        return True

    # -- reading ------------------------------------------------------------------------------
    def documents(self) -> list[tuple[DocumentInfo, int]]:
        return self.catalogue.documents()

    def document(self, document: str) -> DocumentInfo | None:
        return self.catalogue.document(document)

    def clauses(self, document: str) -> list[Clause]:
        return self.catalogue.clauses(document)

    def search(self, query: str, k: int = 5, documents: list[str] | None = None) -> list[Hit]:
        live = self.catalogue.versions()
        if documents is not None:
            live = {d: v for d, v in live.items() if d in documents}
        if not live:
            return []
        where = None if documents is None else (
            {"document": next(iter(live))} if len(live) == 1 else {"document": {"$in": sorted(live)}})
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
        self.catalogue.close()
