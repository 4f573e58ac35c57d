"""End to end in a real browser: `akkoord serve` in its own process, Debian's chromium driven by playwright."""

import contextlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from assistant.users import UsersFile

from .conftest import CORPUS, free_port
from .pdfs import write_pdf_from_text
from .test_cli import AKKOORD

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BREACH = "Binnen welke termijn moet Digitaal Vlaanderen een datalek melden?"
SCREENSHOT = os.environ.get("AKKOORD_SCREENSHOT")  # set to write the README's screenshot


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The Koekelare sample typeset as a real PDF (so the source link opens a PDF page) and the Gent sample as
    text, ingested by the CLI; an admin, a reader and a reader of the Gent agreement only; the server on a free
    port."""
    folder = tmp_path_factory.mktemp("agreements")
    write_pdf_from_text(folder / "koekelare-digitaal-vlaanderen-vip.pdf",
                        (CORPUS / "koekelare-digitaal-vlaanderen-vip.txt").read_text(encoding="utf-8"))
    shutil.copy(CORPUS / "gent-inetum-meldjeaan.txt", folder)
    store = tmp_path_factory.mktemp("web") / "store"
    subprocess.run([AKKOORD, "--store", str(store), "ingest", str(folder)], check=True, capture_output=True)
    (folder / "register.txt").write_text(register_annex(), encoding="utf-8")
    subprocess.run([AKKOORD, "--store", str(store), "ingest", str(folder / "register.txt")], check=True,
                   capture_output=True)
    users = UsersFile(store / "users.json")
    users.add("alice", "correct horse", "admin")
    users.add("bob", "battery staple", "reader")
    users.add("carol", "gent only", "reader", ("gent-*",))  # may read the Gent agreement only
    with serving(store) as (url, _):
        yield url, store


@contextlib.contextmanager
def serving(store, *args, env=None):
    """`akkoord serve` in its own process on a free port; yields its URL and the lines it printed before."""
    port = free_port()
    process = subprocess.Popen([AKKOORD, "--store", str(store), "serve", "--port", str(port), *args],
                               stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", **(env or {})})
    printed = []
    for line in process.stdout:  # uvicorn says so once the port is open
        printed.append(line)
        if "Uvicorn running on" in line:
            break
    else:
        pytest.fail(f"akkoord serve exited with {process.wait()}: {''.join(printed)}")
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
    try:
        yield f"http://127.0.0.1:{port}", printed
    finally:
        process.terminate()
        process.wait(timeout=30)


def register_annex(rows: int = 400) -> str:
    """A register annex that is one long clause: one row names a fire-brigade
    archive kept 17 years, far from the start (about 30,000 characters)."""
    kinds = ["bouwvergunning", "milieuvergunning", "huwelijksakte", "rijbewijsaanvraag", "parkeerkaart",
             "subsidiedossier", "klachtendossier", "personeelsdossier"]
    lines = ["Verwerkersovereenkomst Stad Aalst – Archiefdiensten NV", "",
             "Artikel 1 – Voorwerp", "De verwerker bewaart de dossiers van het register in bijlage 1.", "",
             "Bijlage 1 – Register van bewaartermijnen"]
    for n in range(1, rows + 1):
        kind = "archief van de brandweerzone" if n == rows - 10 else kinds[n % len(kinds)]
        lines.append(f"Rij {n:04d}: {kind} nummer {n * 37 % 9973} – bewaartermijn "
                     f"{17 if n == rows - 10 else 1 + n % 9} jaar na afsluiting.")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"the browser tests need Debian's chromium at {CHROMIUM}: run 'sudo apt-get install -y "
                    f"chromium' (make test does it when run as root)", pytrace=False)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def _login(browser, url, name, password):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="load")
    page.get_by_label("username").fill(name)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#akkoord-question textarea")
    return context, page, requests


def test_staff_member_asks_sees_the_clause_and_opens_the_pdf(server, browser):
    url, store = server
    context, page, requests = _login(browser, url, "alice", "correct horse")
    page.get_by_text("Signed in as alice (admin)").wait_for()  # filled in by the page's load event
    page.fill("#akkoord-question textarea", BREACH)
    page.keyboard.press("Enter")
    page.wait_for_selector("#akkoord-src-1", state="attached")
    answer = page.locator("#akkoord-chat .message").last
    assert "24 uur" in answer.inner_text()
    card = page.locator(".akkoord-source", has=page.locator("#akkoord-src-1"))
    assert "7.3 — Bijstand bij Datalekken" in card.inner_text()
    assert "24 uur" in card.locator("mark").first.inner_text()
    if SCREENSHOT:
        page.screenshot(path=SCREENSHOT)

    link = card.locator("a.akkoord-open")
    href = link.get_attribute("href")
    assert href.startswith("document/koekelare-digitaal-vlaanderen-vip#page=") and link.inner_text().startswith(
        "Open PDF at p.")
    with context.expect_page() as opened:
        link.click()
    pdf_page = opened.value
    assert pdf_page.url == f"{url}/{href}"
    response = context.request.get(f"{url}/{href.split('#')[0]}")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    # without the session cookie the same file is refused
    assert browser.new_context().request.get(f"{url}/{href.split('#')[0]}").status == 401

    page.click("#akkoord-new")
    page.wait_for_selector("#akkoord-src-1", state="detached")
    assert all(r.startswith(url) or r.startswith("data:") or r.startswith("blob:") for r in requests), \
        [r for r in requests if not r.startswith(url)]
    audit = (store / "audit.jsonl").read_text()
    assert '"user": "alice"' in audit and BREACH in audit
    assert '"action": "download", "document": "koekelare-digitaal-vlaanderen-vip"' in audit
    assert '"action": "download_denied"' in audit
    context.close()


def test_a_reader_cannot_upload(server, browser):
    from playwright.sync_api import expect

    url, _ = server
    context, page, _ = _login(browser, url, "bob", "battery staple")
    page.get_by_text("Signed in as bob (reader)").wait_for()
    page.get_by_role("tab", name="Documents").click()
    expect(page.locator("#akkoord-documents")).to_contain_text("koekelare-digitaal-vlaanderen-vip")
    assert page.locator("#akkoord-upload").count() == 0 or not page.locator("#akkoord-upload").is_visible()
    context.close()
    # the same tab for an admin holds the upload control, so the check above can fail
    context, page, _ = _login(browser, url, "alice", "correct horse")
    page.get_by_text("Signed in as alice (admin)").wait_for()
    page.get_by_role("tab", name="Documents").click()
    expect(page.locator("#akkoord-upload")).to_be_visible()
    context.close()


def _ask(page, question):
    """Type a question, send it, wait for its answer to finish; returns the answer's text."""
    before = page.locator("#akkoord-chat .message").count()
    page.fill("#akkoord-question textarea", question)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#akkoord-chat .message').length >= n + 2", arg=before)
    page.wait_for_function("() => !document.querySelector('#akkoord-chat .pending, #akkoord-chat .generating')")
    page.wait_for_timeout(0)
    return page.locator("#akkoord-chat .message").last.inner_text()


def test_sources_panel_shows_the_passage_and_loads_the_whole_clause_on_demand(server, browser):
    url, _ = server
    context, page, _ = _login(browser, url, "bob", "battery staple")
    _ask(page, "Hoelang wordt het archief van de brandweerzone bewaard?")
    card = page.locator(".akkoord-source", has=page.locator("#akkoord-src-1"))
    card.wait_for()
    assert "17 jaar" in card.locator("mark").first.inner_text()
    panel = page.locator("#akkoord-sources").inner_html()
    assert len(panel.encode()) < 6000, len(panel.encode())  # the clause itself is about 30,000 characters
    assert "Rij 0001" not in card.inner_text()
    card.locator("a.akkoord-whole").click()
    card.get_by_text("Rij 0001", exact=False).wait_for()
    assert "17 jaar" in card.locator("mark").first.inner_text() and card.locator("a.akkoord-whole").count() == 0
    # the whole-clause route checks access like the file route
    href = "clause/register/2?marks="
    assert browser.new_context().request.get(f"{url}/{href}").status == 401
    context.close()


def test_admin_uploads_and_removes_in_the_page_and_a_bad_file_leaves_nothing(server, browser, tmp_path):
    from playwright.sync_api import expect

    from .agreements import ENGLISH_PAGES
    from .pdfs import write_pdf
    from .test_cli_robustness import _malformed_docx

    url, store = server
    agreement = write_pdf(tmp_path / "northbridge-acme-dpa.pdf", ENGLISH_PAGES)
    broken = _malformed_docx(tmp_path / "broken-upload.docx")
    context, page, _ = _login(browser, url, "alice", "correct horse")
    page.get_by_text("Signed in as alice (admin)").wait_for()
    page.get_by_role("tab", name="Documents").click()
    page.locator("#akkoord-upload input[type=file]").set_input_files([str(agreement), str(broken)])
    page.locator("#akkoord-upload", has_text="broken-upload").wait_for()
    page.click("#akkoord-ingest")
    log = page.locator("#akkoord-ingest-log textarea")
    page.wait_for_function("() => (document.querySelector('#akkoord-ingest-log textarea') || {}).value"
                           " && document.querySelector('#akkoord-ingest-log textarea').value.includes('northbridge')")
    text = log.input_value()
    assert "northbridge-acme-dpa.pdf: ingested" in text
    assert "broken-upload.docx: failed — cannot read the file" in text
    expect(page.locator("#akkoord-documents")).to_contain_text("northbridge-acme-dpa")
    assert not (store / "uploads" / "broken-upload.docx").exists()  # nothing of a failed upload is kept
    assert (store / "uploads" / "northbridge-acme-dpa.pdf").exists()

    page.get_by_role("tab", name="Chat").click()
    answer = _ask(page, "Within how many hours must Acme Cloud notify a breach?")
    assert "48 hours" in answer  # the running server answers from what was just uploaded

    page.get_by_role("tab", name="Documents").click()
    page.locator("#akkoord-removable input").fill("northbridge-acme-dpa")
    page.get_by_role("option", name="northbridge-acme-dpa").click()
    page.click("#akkoord-remove")
    expect(log).to_have_value("removed northbridge-acme-dpa")
    expect(page.locator("#akkoord-documents")).not_to_contain_text("northbridge-acme-dpa")
    audit = (store / "audit.jsonl").read_text()
    assert '"action": "upload"' in audit and '"action": "remove"' in audit and '"action": "login"' in audit
    context.close()


def test_gradio_client_upload_and_remove_for_an_admin_and_a_reader(server, tmp_path):
    from gradio_client import Client, handle_file

    from .agreements import FRENCH_PAGES
    from .pdfs import write_pdf

    url, store = server
    agreement = write_pdf(tmp_path / "beauval-nuage.pdf", FRENCH_PAGES)
    reader = Client(url + "/", auth=("bob", "battery staple"), verbose=False)
    with pytest.raises(Exception, match="only admins can upload"):
        reader.predict([handle_file(str(agreement))], api_name="/ingest")
    with pytest.raises(Exception, match="only admins can remove"):
        reader.predict("register", api_name="/remove")
    admin = Client(url + "/", auth=("alice", "correct horse"), verbose=False)
    log, *_ = admin.predict([handle_file(str(agreement))], api_name="/ingest")
    assert log.startswith("beauval-nuage.pdf: ingested")
    removed, *_ = admin.predict("beauval-nuage", api_name="/remove")
    assert removed == "removed beauval-nuage"
    audit = (store / "audit.jsonl").read_text()
    assert '"action": "upload_denied"' in audit and '"action": "remove_denied"' in audit


def test_an_agreement_ingested_by_the_cli_is_answerable_in_the_running_server(server, browser, tmp_path):
    from .agreements import ENGLISH_PAGES
    from .pdfs import write_pdf

    url, store = server
    context, page, _ = _login(browser, url, "bob", "battery staple")
    _ask(page, BREACH)  # the server has its vector index in memory now
    agreement = write_pdf(tmp_path / "harbour-cloud-dpa.pdf",
                          [[line.replace("Acme Cloud", "Harbour Cloud") for line in p] for p in ENGLISH_PAGES])
    subprocess.run([AKKOORD, "--store", str(store), "ingest", str(agreement)], check=True, capture_output=True)
    page.reload()
    page.wait_for_selector("#akkoord-question textarea")
    answer = _ask(page, "Within how many hours must Harbour Cloud notify a breach?")
    assert "48 hours" in answer and "Error" not in answer
    page.get_by_role("tab", name="Documents").click()
    assert "harbour-cloud-dpa" in page.locator("#akkoord-documents").inner_text()
    context.close()


def test_examples_ask_the_chat_follows_and_the_documents_fit_the_screen(server, browser):
    url, _ = server
    context, page, _ = _login(browser, url, "bob", "battery staple")
    context.close()
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.get_by_label("username").fill("bob")
    page.get_by_label("password").fill("battery staple")
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#akkoord-question textarea")
    # no label sits on top of the first message
    assert not page.locator("#akkoord-chat label", has_text="akkoord").is_visible()

    page.get_by_role("button", name="Wie zijn de subverwerkers?").click()
    page.wait_for_function("() => document.querySelectorAll('#akkoord-chat .message').length >= 2")
    page.wait_for_function("() => !document.querySelector('#akkoord-chat .pending, #akkoord-chat .generating')")
    for question in ("Binnen welke termijn moet een datalek gemeld worden?", BREACH,
                     "Hoeveel dagen vooraf moet een audit aangekondigd worden?"):
        _ask(page, question)
    # scroll up to the first answer and open one of its citations, then ask again
    shown = page.locator("#akkoord-sources").inner_html()
    page.locator("#akkoord-chat a[href='#akkoord-src-1']").first.click()  # scrolls up to it, as a user does
    page.wait_for_function("html => document.querySelector('#akkoord-sources').innerHTML !== html", arg=shown)
    _ask(page, "Wie is de verwerker?")
    at_end = page.evaluate("""() => Array.from(document.querySelectorAll('#akkoord-chat *'))
        .filter(el => el.scrollHeight > el.clientHeight + 2)
        .every(el => el.scrollTop + el.clientHeight >= el.scrollHeight - 30)""")
    assert at_end

    page.get_by_role("tab", name="Documents").click()
    table = page.locator("#akkoord-documents")
    cell = table.locator("[role=gridcell]", has_text="koekelare-digitaal-vlaanderen-vip").first
    cell.wait_for()
    box = table.bounding_box()
    assert box["x"] + box["width"] <= 1440
    overflow = page.evaluate("""() => Array.from(document.querySelectorAll('#akkoord-documents *'))
        .some(el => el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible')""")
    assert not overflow
    assert "mono" not in cell.evaluate("el => getComputedStyle(el.querySelector('*') || el).fontFamily")
    assert "signed" in table.inner_text() and "2022-12-19" in table.inner_text()
    context.close()


def test_a_scan_uploaded_in_the_page_is_answered_with_its_ocr_page_and_its_image(server, browser, tmp_path):
    from .agreements import DUTCH_BLOCKS
    from .pdfs import write_document_pdf
    from evals.scanner import scan_pdf

    url, _ = server
    scan = scan_pdf(write_document_pdf(tmp_path / "text.pdf", DUTCH_BLOCKS), tmp_path / "zonnebeke-ocr.pdf",
                    angles=[0.8, -1.2, 1.0])
    context, page, _ = _login(browser, url, "alice", "correct horse")
    page.get_by_text("Signed in as alice (admin)").wait_for()
    page.get_by_role("tab", name="Documents").click()
    page.locator("#akkoord-ocr").get_by_label("always").check()
    page.locator("#akkoord-ocr").get_by_label("auto").check()  # the setting a user would pick for a scan
    page.locator("#akkoord-upload input[type=file]").set_input_files([str(scan)])
    page.locator("#akkoord-upload", has_text="zonnebeke-ocr").wait_for()
    page.click("#akkoord-ingest")
    page.wait_for_function("() => (document.querySelector('#akkoord-ingest-log textarea') || {}).value"
                           " && document.querySelector('#akkoord-ingest-log textarea').value.includes('zonnebeke')",
                           timeout=180_000)
    assert "3 read by OCR" in page.locator("#akkoord-ingest-log textarea").input_value()
    page.get_by_role("tab", name="Chat").click()
    answer = _ask(page, "Binnen welke termijn meldt Privéwolk een datalek?")
    assert "36" in answer
    card = page.locator(".akkoord-source", has=page.locator("#akkoord-src-1"))
    assert "p. 2, OCR" in card.inner_text()
    card.locator(".akkoord-scan summary").click()
    image = card.locator(".akkoord-scan img")
    image.wait_for()
    page.wait_for_function("img => img.complete && img.naturalWidth > 500", arg=image.element_handle())
    assert browser.new_context().request.get(f"{url}/page/zonnebeke-ocr/2").status == 401
    context.close()


def test_review_tab_cell_opens_its_clause_and_a_reader_sees_only_her_agreements(server, browser):
    url, store = server
    context, page, _ = _login(browser, url, "alice", "correct horse")
    page.get_by_role("tab", name="Review").click()
    grid = page.locator("#akkoord-review-grid")
    row = grid.locator("tr[data-document='koekelare-digitaal-vlaanderen-vip']")
    row.wait_for()
    shown = {r.get_attribute("data-document") for r in grid.locator("tbody tr").all()}
    assert {"koekelare-digitaal-vlaanderen-vip", "gent-inetum-meldjeaan", "register"} <= shown  # earlier tests add more
    assert "in the next 90 days" in grid.inner_text()  # the deadlines coming due, under the grid
    cell = row.locator("td[data-item='breach_notice']")
    assert cell.inner_text() == "24 hours (7.3)"
    assert "akkoord-meets" in cell.get_attribute("class")  # the example policy: at most 48 hours
    with context.expect_page() as opened:
        cell.locator("a").click()
    clause = opened.value
    clause.wait_for_load_state()
    assert "7.3" in clause.locator("#akkoord-cell-clause").inner_text()
    assert "24 uur" in clause.locator("#akkoord-cell-text mark").inner_text()
    assert "#page=" in clause.locator("a.akkoord-open").get_attribute("href")  # the PDF at the clause's page
    # filter by title, then only agreements with a missing cell
    page.fill("#akkoord-review-filter textarea, #akkoord-review-filter input", "Koekelare")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('#akkoord-review-grid tbody tr').length === 1")
    context.close()
    # a reader allowed only the Gent agreement sees its row and no other, and cannot open another's cell
    context, page, _ = _login(browser, url, "carol", "gent only")
    page.get_by_role("tab", name="Review").click()
    page.locator("#akkoord-review-grid tr[data-document='gent-inetum-meldjeaan']").wait_for()
    assert page.locator("#akkoord-review-grid tbody tr").count() == 1
    response = page.request.get(f"{url}/review/koekelare-digitaal-vlaanderen-vip/breach_notice")
    assert response.status == 404
    context.close()
    # her downloads hold her agreement only: the XLSX read back, the calendar parsed
    from gradio_client import Client
    from icalendar import Calendar
    from openpyxl import load_workbook

    files = Client(url + "/", auth=("carol", "gent only"), verbose=False).predict(api_name="/review_export")
    paths = {Path(f).name: Path(f) for f in files}
    sheet = load_workbook(paths["review.xlsx"])["Review"]
    assert sheet.max_row == 2  # the header and her one agreement
    assert "koekelare" not in paths["review.csv"].read_text() and "gent-inetum" in paths["review.csv"].read_text()
    Calendar.from_ical(paths["deadlines.ics"].read_bytes())
