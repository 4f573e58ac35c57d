"""End to end in a real browser: `akkoord serve` in its own process, Debian's chromium driven by playwright."""

import os
import shutil
import subprocess
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
    text, ingested by the CLI; an admin and a reader; the server on a free port."""
    folder = tmp_path_factory.mktemp("agreements")
    write_pdf_from_text(folder / "koekelare-digitaal-vlaanderen-vip.pdf",
                        (CORPUS / "koekelare-digitaal-vlaanderen-vip.txt").read_text(encoding="utf-8"))
    shutil.copy(CORPUS / "gent-inetum-meldjeaan.txt", folder)
    store = tmp_path_factory.mktemp("web") / "store"
    subprocess.run([AKKOORD, "--store", str(store), "ingest", str(folder)], check=True, capture_output=True)
    users = UsersFile(store / "users.json")
    users.add("alice", "correct horse", "admin")
    users.add("bob", "battery staple", "reader")
    port = free_port()
    process = subprocess.Popen([AKKOORD, "--store", str(store), "serve", "--port", str(port)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    for line in process.stderr:  # uvicorn says so once the port is open
        if "Uvicorn running on" in line:
            break
    else:
        pytest.fail(f"akkoord serve exited with {process.wait()}")
    yield f"http://127.0.0.1:{port}", store
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

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
