"""The CLI with bad input and bad luck, run as a user would: one line per problem, the right exit status,
nothing lost, nothing private left readable by others."""

import io
import os
import shutil
import stat
import subprocess
import zipfile

from .conftest import CORPUS, free_port
from .pdfs import write_pdf
from .test_cli import AKKOORD

KOEKELARE = "koekelare-digitaal-vlaanderen-vip"


def akkoord(store, *args, env=None, input=None):
    return subprocess.run([AKKOORD, "--store", str(store), *args], capture_output=True, text=True, input=input,
                          env={**os.environ, "AKKOORD_EMBEDDER": "hashing", **(env or {})})


def _malformed_docx(path):
    good = io.BytesIO()
    import docx

    document = docx.Document()
    document.add_paragraph("Artikel 1 – Voorwerp")
    document.save(good)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data.replace(b"</w:body>", b"<w:p><w:r>") if item.filename == "word/document.xml"
                            else data)
    return path


def test_a_malformed_docx_is_one_line_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _malformed_docx(folder / "a-broken.docx")
    shutil.copy(CORPUS / f"{KOEKELARE}.txt", folder)
    done = akkoord(tmp_path / "store", "ingest", str(folder))
    assert done.returncode == 1
    failed = [line for line in done.stderr.splitlines() if "a-broken.docx" in line]
    assert len(failed) == 1 and "cannot read the file" in failed[0] and "Traceback" not in done.stderr
    assert "1 documents (1 ingested" in done.stdout
    assert "Traceback" in (tmp_path / "store" / "akkoord.log").read_text()  # the detail is in the log


def test_pypdf_warnings_go_to_the_log_not_the_terminal(tmp_path):
    pdf = write_pdf(tmp_path / "noeof.pdf", [["Artikel 1 – Voorwerp", "De verwerker verwerkt gegevens."]])
    data = pdf.read_bytes()
    pdf.write_bytes(data[:data.rfind(b"%%EOF")])
    done = akkoord(tmp_path / "store", "ingest", str(pdf))
    assert "EOF marker" not in done.stderr + done.stdout
    assert len(done.stderr.strip().splitlines()) == 1 and "noeof.pdf" in done.stderr
    assert "EOF marker not found" in (tmp_path / "store" / "akkoord.log").read_text()


def test_progress_lines_with_totals_when_output_is_not_a_terminal(tmp_path):
    done = akkoord(tmp_path / "store", "ingest", str(CORPUS), env={"AKKOORD_PROGRESS_SECONDS": "0"})
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("embedding ")]
    assert any(f"embedding {KOEKELARE}: " in line and "/49 texts (" in line and "left" in line for line in lines)
    assert any(line.endswith("elapsed") and "(100%)" in line for line in lines)  # the last one says it is done


def test_identical_content_under_another_name_is_stored_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / f"{KOEKELARE}.txt", folder / f"{KOEKELARE}.txt")
    shutil.copy(CORPUS / f"{KOEKELARE}.txt", folder / "scan-copy-koekelare.txt")
    store = tmp_path / "store"
    done = akkoord(store, "ingest", str(folder))
    assert done.returncode == 0, done.stderr
    assert f"same content as {KOEKELARE}" in done.stdout and "1 duplicates not stored again" in done.stdout
    listed = akkoord(store, "list", "--json").stdout
    assert "scan-copy-koekelare" not in listed
    answer = akkoord(store, "search", "datalek melden 24 uur", "-k", "5", "--json").stdout
    assert "scan-copy-koekelare" not in answer


def test_an_unreachable_chroma_server_is_one_line_and_exit_2(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    for args in (("ingest", str(CORPUS)), ("ask", "Wie is de verwerker?"), ("search", "verwerker")):
        done = akkoord(tmp_path / "store", *args, env={"AKKOORD_CHROMA_URL": url})
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and url in done.stderr and "AKKOORD_CHROMA_URL" in done.stderr


def test_files_with_agreement_text_or_questions_are_the_owners_only(tmp_path):
    store = tmp_path / "store"
    assert akkoord(store, "ingest", str(CORPUS)).returncode == 0
    from assistant.audit import AuditLog

    AuditLog(store / "audit.jsonl").event("alice", "login")
    private = [store, store / "catalogue.sqlite", store / "akkoord.log", store / "audit.jsonl", store / "chroma"]
    private += [p for p in (store / "chroma").rglob("*")]
    private += [p for p in store.glob("catalogue.sqlite-*")]
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, (path, oct(path.stat().st_mode))


def test_empty_questions_unknown_documents_and_closed_pipes(tmp_path):
    store = tmp_path / "store"
    assert akkoord(store, "ingest", str(CORPUS)).returncode == 0
    empty = akkoord(store, "ask", "  ")
    assert empty.returncode == 2 and "the question is empty" in empty.stderr
    long = akkoord(store, "ask", "datalek " * 400)
    assert long.returncode == 2 and "the limit is 2,000" in long.stderr and "AKKOORD_MAX_QUESTION_CHARS" in long.stderr
    for args in (("ask", "Wie is de verwerker?", "--document", "koekelare"), ("search", "verwerker", "-d", "koekelare"),
                 ("show", "koekelare")):
        unknown = akkoord(store, *args)
        assert unknown.returncode == 1, args
        assert f"did you mean '{KOEKELARE}'" in unknown.stderr, args
    assert akkoord(store, "search", "x", "-d", "zzzz").stderr.strip().endswith("see `akkoord list`")

    listed = akkoord(store, "list")  # piped: 80 columns
    assert KOEKELARE in listed.stdout and "gent-inetum-meldjeaan" in listed.stdout
    found = akkoord(store, "search", "datalek", "-k", "3")
    assert KOEKELARE in found.stdout or "gent-inetum-meldjeaan" in found.stdout

    for command in (f"{AKKOORD} --store {store} show {KOEKELARE} | head -1",
                    f"{AKKOORD} --store {store} show {KOEKELARE} --json | head -1"):
        piped = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True,
                               env={**os.environ, "AKKOORD_EMBEDDER": "hashing"})
        assert piped.returncode == 0 and piped.stdout.strip() and not piped.stderr, (command, piped.stderr)
