"""Scanned agreements through the installed `akkoord` command: ingest with OCR, show, ask."""

import json
import os
import subprocess

import pytest

from .agreements import DUTCH_BLOCKS, FRENCH_PAGES
from .pdfs import write_document_pdf, write_pdf
from evals.scanner import scan_pdf
from .test_cli import AKKOORD, run


@pytest.fixture(scope="module")
def scanned_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    text = write_document_pdf(folder / "text.pdf", DUTCH_BLOCKS)
    scan = scan_pdf(text, folder / "zonnebeke-privewolk.pdf", angles=[1.2, 180.8, -1.5], blank_after=2)
    text.unlink()
    store = tmp_path_factory.mktemp("store") / "store"
    ingested = run("ingest", str(scan), store=store)
    return store, ingested


def test_ingest_reads_the_scan_and_names_its_blank_page(scanned_store):
    _, ingested = scanned_store
    assert "ingested  " in ingested.stdout and "4 pages, 3 read by OCR" in ingested.stdout
    assert "blank scanned page skipped: 3" in ingested.stderr


def test_show_lists_the_pages_read_by_ocr(scanned_store):
    store, _ = scanned_store
    shown = run("show", "zonnebeke-privewolk", store=store).stdout
    assert "Read by OCR: pages 1 (" in shown and "Blank scanned page skipped: 3" in shown
    as_json = json.loads(run("show", "zonnebeke-privewolk", "--json", store=store).stdout)
    assert [p["page"] for p in as_json["ocr_pages"] if not p["blank"]] == [1, 2, 4]


def test_the_breach_deadline_and_a_table_row_come_back_with_clause_and_page_marked_ocr(scanned_store):
    store, _ = scanned_store
    breach = json.loads(run("ask", "Binnen welke termijn meldt de verwerker een datalek?", "--json",
                            store=store).stdout)
    assert not breach["abstained"] and "36" in breach["answer"]
    first = breach["citations"][0]
    assert (first["clause"], first["page"], first["ocr"]) == ("4.1", 2, True)
    row = json.loads(run("ask", "In welk land verwerkt Nordlicht GmbH de gegevens?", "--json", store=store).stdout)
    assert not row["abstained"] and "Duitsland" in row["answer"]
    cited = row["citations"][0]
    assert (cited["clause"], cited["page"], cited["ocr"]) == ("Bijlage 1", 4, True)
    table = run("ask", "Binnen welke termijn meldt de verwerker een datalek?", store=store).stdout
    assert "2, OCR" in table


def test_without_tesseract_a_scan_fails_in_one_line_saying_what_to_install(tmp_path):
    scan = scan_pdf(write_pdf(tmp_path / "fr.pdf", FRENCH_PAGES), tmp_path / "beauval-scan.pdf")
    store = tmp_path / "store"
    done = subprocess.run([AKKOORD, "--store", str(store), "ingest", str(scan)], capture_output=True, text=True,
                          env={**os.environ, "AKKOORD_TESSERACT": "/nonexistent/tesseract"})
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    failed = [line for line in done.stderr.splitlines() if "beauval-scan.pdf" in line]
    assert len(failed) == 1 and "sudo apt-get install -y tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra" in failed[0]
    assert run("list", "--json", store=store).stdout.strip() == "[]"
    never = run("ingest", "--ocr", "never", str(scan), store=store, check=False)
    assert never.returncode == 1 and "--ocr auto" in never.stderr


def test_ingesting_again_with_another_ocr_mode_reads_the_file_again(tmp_path):
    text = write_pdf(tmp_path / "beauval.pdf", FRENCH_PAGES)
    store = tmp_path / "store"
    assert "ingested" in run("ingest", str(text), store=store).stdout
    assert "unchanged" in run("ingest", str(text), store=store).stdout
    again = run("ingest", "--ocr", "always", str(text), store=store).stdout
    assert "ingested" in again and "3 read by OCR" in again
    bad = run("ingest", "--ocr", "sometimes", str(text), store=store, check=False)
    assert bad.returncode == 2 and "--ocr must be auto, always or never" in bad.stderr
