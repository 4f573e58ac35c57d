"""The naive pipeline every figure is compared with: LangChain's RecursiveCharacterTextSplitter (1000/200) over
each document's full text, langchain-chroma with the store's own embedder, dense search only, and the top chunk
as the answer. It is built from the same store contents and kept in its own Chroma directory inside the store,
so a second run embeds nothing new."""

from __future__ import annotations

import bisect
import json
import sys
import time
from pathlib import Path

from ingest.pages import page_at


class NaivePipeline:
    COLLECTION = "naive-baseline"

    def __init__(self, store, directory: Path | None = None, chunk_size: int = 1000, chunk_overlap: int = 200,
                 client=None) -> None:
        from chromadb.config import Settings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.store = store
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap,
                                                       add_start_index=True)
        kwargs = {"client": client} if client is not None else {
            "persist_directory": str(directory or Path(store.path) / "naive-baseline"),
            "client_settings": Settings(anonymized_telemetry=False)}
        self.vectors = Chroma(collection_name=self.COLLECTION, embedding_function=store.embedder,
                              collection_metadata={"hnsw:space": "cosine"}, **kwargs)

    def index(self) -> int:
        """Bring the baseline up to the store's live versions; returns the number of chunks embedded."""
        live = self.store.catalogue.versions()
        got = self.vectors.get(include=["metadatas"])
        indexed = {(m["document"], m["version"]) for m in got["metadatas"]}
        stale = [i for i, m in zip(got["ids"], got["metadatas"]) if live.get(m["document"]) != m["version"]]
        if stale:
            self.vectors.delete(ids=stale)
        embedded = 0
        for document, version in live.items():
            if (document, version) in indexed:
                continue
            pieces = self.splitter.create_documents([self.store.catalogue.text(document)],
                                                    metadatas=[{"document": document, "version": version}])
            self.vectors.add_documents(pieces, ids=[f"{document}:{version[:12]}:{i}" for i in range(len(pieces))])
            embedded += len(pieces)
        return embedded

    def _clause_at(self, document: str, offset: int):
        clauses = self.store.clauses(document)
        starts = [c.char_start for c in clauses]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return clauses[i] if clauses else None

    def answer(self, question: str, k: int = 5) -> dict:
        """The JSON shape of Answer.to_json(): the top chunk is the answer; the clause where the chunk's middle
        falls is what it cites."""
        started = time.perf_counter()
        hits = self.vectors.similarity_search_with_score(question, k=k)
        retrieved, citations = [], []
        for rank, (doc, distance) in enumerate(hits):
            document = doc.metadata["document"]
            middle = doc.metadata["start_index"] + len(doc.page_content) // 2
            clause = self._clause_at(document, middle)
            if clause is None:
                continue
            retrieved.append({"document": document, "clause": clause.label, "score": round(1 - distance, 5)})
            if rank == 0:
                starts = self.store.catalogue.page_starts(document)
                first = page_at(starts, doc.metadata["start_index"])
                last = page_at(starts, doc.metadata["start_index"] + len(doc.page_content) - 1)
                citations.append({"document": document, "clause": clause.label, "title": clause.title,
                                  "page": first, "pages": [first, last], "quote": doc.page_content})
        return {"answer": hits[0][0].page_content if hits else "", "abstained": not hits, "mode": "baseline",
                "citations": citations, "retrieved": retrieved,
                "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


def main(argv: list[str] | None = None) -> None:
    """`python -m evals.baseline STORE QUESTION`: the naive pipeline's answer as JSON, in a new process (the cold
    start the benchmark compares `akkoord ask` with)."""
    from assistant.config import Settings, open_store

    store, question = argv or sys.argv[1:]
    pipeline = NaivePipeline(open_store(Settings(store=store)))
    pipeline.index()
    print(json.dumps(pipeline.answer(question), ensure_ascii=False))


if __name__ == "__main__":
    main()
