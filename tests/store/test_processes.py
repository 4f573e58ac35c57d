"""Two real processes on one store: what one commits, the other sees; recovery never takes a live writer's work."""

import os
import subprocess
import sys
from pathlib import Path

from ingest.pipeline import ingest_paths
from store.clause_store import ClauseStore
from store.embedders import HashingEmbeddings

from ..conftest import CORPUS, ROOT
from ..test_cli import AKKOORD

ENV = {**os.environ, "AKKOORD_EMBEDDER": "hashing"}  # the store's behaviour, not the model's, is under test
KOEKELARE = "koekelare-digitaal-vlaanderen-vip"


def cli(store: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([AKKOORD, "--store", str(store), *args], capture_output=True, text=True, env=ENV)


def test_a_running_process_answers_from_an_agreement_another_process_ingests(tmp_path):
    store_dir = tmp_path / "store"
    reader = ClauseStore(store_dir, HashingEmbeddings())  # the long-running process, e.g. `akkoord serve`
    assert not ingest_paths(reader, [CORPUS / "gent-inetum-meldjeaan.txt"]).failed
    assert reader.search("datalek melden", k=3)  # its index is loaded now

    done = cli(store_dir, "ingest", str(CORPUS / f"{KOEKELARE}.txt"))
    assert done.returncode == 0, done.stderr
    hits = reader.search("datalek melden binnen 24 uur", k=5, documents=[KOEKELARE])
    assert hits and {h.clause.document for h in hits} == {KOEKELARE}

    assert cli(store_dir, "remove", KOEKELARE).returncode == 0
    assert reader.search("datalek melden", k=5, documents=[KOEKELARE]) == []
    assert reader.search("datalek melden", k=3)  # and the rest still answers


WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from ingest.pipeline import ingest_paths
from store.clause_store import ClauseStore
from store.embedders import HashingEmbeddings

write = ClauseStore._write_chunks
def write_then_wait(self, *args):
    write(self, *args)
    print("chunks written", flush=True)  # the catalogue is not committed yet: the version is pending
    sys.stdin.readline()
ClauseStore._write_chunks = write_then_wait
store = ClauseStore(Path({store!r}), HashingEmbeddings())
print(ingest_paths(store, [Path({path!r})]).results[0].status, flush=True)
"""


def test_recovery_in_another_process_leaves_a_live_writers_chunks_alone(tmp_path):
    store_dir = tmp_path / "store"
    path = str(CORPUS / f"{KOEKELARE}.txt")
    writer = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), store=str(store_dir), path=path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "chunks written"
    # Another process opens the store meanwhile (its open runs recovery) and searches.
    assert cli(store_dir, "search", "datalek").returncode == 0
    writer.stdin.write("\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "ingested"
    assert writer.wait(timeout=60) == 0

    store = ClauseStore(store_dir, HashingEmbeddings())
    assert not store.missing_vectors(KOEKELARE)
    assert store.search("datalek melden", k=3, documents=[KOEKELARE])


def test_ingest_repairs_a_live_document_whose_vectors_are_gone(tmp_path):
    store_dir = tmp_path / "store"
    path = CORPUS / f"{KOEKELARE}.txt"
    assert cli(store_dir, "ingest", str(path)).returncode == 0
    store = ClauseStore(store_dir, HashingEmbeddings())
    store.collection.delete(where={"document": KOEKELARE})  # what the old recovery did to a live writer
    assert store.missing_vectors(KOEKELARE) and store.search("datalek", documents=[KOEKELARE]) == []
    store.close()

    again = cli(store_dir, "ingest", str(path))
    assert again.returncode == 0, again.stderr
    assert "repaired" in again.stdout and "1 repaired" in again.stdout
    store = ClauseStore(store_dir, HashingEmbeddings())
    assert not store.missing_vectors(KOEKELARE) and store.search("datalek", documents=[KOEKELARE])
    assert "unchanged" in cli(store_dir, "ingest", str(path)).stdout  # repaired once, then left alone
