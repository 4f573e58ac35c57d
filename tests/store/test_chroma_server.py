"""The store against a real Chroma server (`chroma run` from the chromadb package), started and stopped here."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.answering import Assistant
from ingest.pipeline import ingest_paths
from store.clause_store import ClauseStore

from ..conftest import free_port
from ..test_cli import AKKOORD

CHROMA = shutil.which("chroma") or str(Path(AKKOORD).with_name("chroma"))


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    port = free_port()
    process = subprocess.Popen([CHROMA, "run", "--path", str(tmp_path_factory.mktemp("chroma")), "--host",
                                "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, env={**os.environ, "NO_COLOR": "1"})
    for line in process.stdout:  # the server says when it listens
        if "listening on address" in line:
            break
    else:
        pytest.fail(f"chroma run exited with {process.wait()}")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=30)


def test_same_behaviour_on_a_chroma_server(chroma_url, embedder, english_pdf, french_pdf, tmp_path):
    store = ClauseStore(tmp_path / "store", embedder, chroma_url=chroma_url)
    try:
        assert not ingest_paths(store, [english_pdf, french_pdf]).failed
        assert not (tmp_path / "store" / "chroma").exists()  # vectors live on the server only
        embedded = embedder.embedded
        again = ingest_paths(store, [english_pdf, french_pdf])
        assert [r.status for r in again.results] == ["unchanged", "unchanged"] and embedder.embedded == embedded
        hits = store.search("sub-processors", k=3, documents=["northbridge-acme-dpa"])
        assert hits and {h.clause.document for h in hits} == {"northbridge-acme-dpa"}
        answer = Assistant(store).ask("Within how many hours must Acme Cloud notify a breach?")
        assert "48 hours" in answer.text and {c.document for c in answer.citations} == {"northbridge-acme-dpa"}
        assert store.remove("beauval-nuage")
        assert not store.search("sous-traitant", k=5, documents=["beauval-nuage"])
    finally:
        store.close()


def test_cli_uses_the_server_from_the_environment(chroma_url, english_pdf, tmp_path):
    env = {**os.environ, "AKKOORD_CHROMA_URL": chroma_url, "AKKOORD_STORE": str(tmp_path / "cli-store")}
    subprocess.run([AKKOORD, "ingest", str(english_pdf)], check=True, capture_output=True, env=env)
    result = json.loads(subprocess.run([AKKOORD, "ask", "Who audits the Processor and with how much notice?",
                                        "--json"], check=True, capture_output=True, text=True, env=env).stdout)
    assert result["citations"] and result["citations"][0]["document"] == "northbridge-acme-dpa"
    assert not (tmp_path / "cli-store" / "chroma").exists()
