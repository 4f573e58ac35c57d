"""OCR of scanned agreements: the parts (layout, straightening, rules, blank paper) on images made here, and
whole scans read by the real Tesseract."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from ingest.errors import IngestError
from ingest.loaders import load_document
from ingest.ocr import (OcrOptions, Word, correct_numbering, layout, read_image, skew_angle, tesseract_problem,
                        without_rules)
from ingest.parse import parse_pages
from ingest.tables import layout_to_text

from ..agreements import DUTCH_BLOCKS, ENGLISH_PAGES, FRENCH_PAGES
from ..pdfs import write_document_pdf, write_pdf
from evals.scanner import blank_page, mixed_pdf, page_images, scan_pdf, scanned, write_image_pdf


def _words(line: str, top: int, starts: list[int]) -> list[Word]:
    """Words of `line` split on ' | ' into cells that start at the given x positions (20 px per letter)."""
    words = []
    for cell, left in zip(line.split(" | "), starts):
        for word in cell.split():
            words.append(Word(left, top, 20 * len(word), 30, 95.0, word))
            left += 20 * len(word) + 10  # a space is half a letter wide
    return words


def test_layout_gives_a_table_row_per_line_and_a_sentence_its_single_spaces():
    rows = ["Subverwerker | Land | Verwerking", "Datahaven BV | Nederland | Hosting", "Nordlicht GmbH | Duitsland | E-mails"]
    words = _words("De verwerker schakelt enkel deze subverwerkers in.", 100, [100])
    for n, row in enumerate(rows):
        words += _words(row, 200 + 45 * n, [100, 500, 900])
    assert layout_to_text(layout(words)).split("\n") == ["De verwerker schakelt enkel deze subverwerkers in.", *rows]


def test_table_rows_further_apart_than_wrapped_lines_stay_rows_when_a_cell_starts_in_lower_case():
    """A scanned sub-processor table whose task column is in lower case came out as one row (every line read as the
    wrapped continuation of the one above), with what was left of a vertical rule read as a word "|"."""
    words = _words("De verwerker schakelt enkel deze", 100, [100]) + _words("subverwerkers in.", 145, [100])
    rows = ["Subverwerker | Taak | Land", "Westhost BV | hosting van het dossier | België",
            "Archivum GmbH | externe back-up | Duitsland"]
    for n, row in enumerate(rows):
        words += _words(row, 215 + 70 * n, [100, 500, 1100])
    words.append(Word(480, 250, 8, 30, 40.0, "|"))
    assert layout_to_text(layout(words)).split("\n") == ["De verwerker schakelt enkel deze", "subverwerkers in.", *rows]


def test_an_email_address_read_in_pieces_is_one_word():
    assert layout(_words("via privacy @ ocmw.be of dpo@ ocmw.be", 100, [100])) == "via privacy@ocmw.be of dpo@ocmw.be"


@pytest.mark.parametrize("angle", [2.0, -1.25])
def test_skew_is_measured_from_the_text_lines(tmp_path, angle):
    page = page_images(write_pdf(tmp_path / "lines.pdf", ENGLISH_PAGES[:1], footer=None), dpi=150)[0]
    turned = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=True)
    assert abs(skew_angle(turned) + angle) <= 0.3


def test_ruled_borders_are_whitened_and_letters_kept():
    image = Image.new("L", (1200, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((50, 50, 1150, 550), outline=0, width=3)
    draw.line((600, 50, 600, 550), fill=0, width=3)
    draw.text((100, 100), "Datahaven BV", fill=0, font_size=40)
    cleaned = np.asarray(without_rules(image))
    assert (cleaned[45:56, 60:1140] > 128).all() and (cleaned[60:540, 595:606] > 128).all()
    letters = np.asarray(image)[90:150, 95:400] < 128
    assert (cleaned[90:150, 95:400] < 128).sum() == letters.sum() > 500


def test_a_blank_scanned_page_is_skipped_without_reading_it():
    reading = read_image(blank_page(1654, 2339), 0, "nld", tesseract="/nonexistent/tesseract")
    assert reading.blank and reading.text == "" and reading.words == 0


def test_a_machine_without_tesseract_is_told_what_to_install(tmp_path):
    problem = tesseract_problem("/nonexistent/tesseract")
    assert "not installed" in problem and "apt-get install -y tesseract-ocr tesseract-ocr-nld" in problem
    scan = scan_pdf(write_pdf(tmp_path / "t.pdf", FRENCH_PAGES[:1]), tmp_path / "scan.pdf")
    with pytest.raises(IngestError, match="apt-get install"):
        load_document(scan, scan.read_bytes(), ocr=OcrOptions(tesseract="/nonexistent/tesseract"))


def test_misread_numbering_is_restored_from_its_sequence():
    pages = ["Article ler - Définitions\n81 Pour l'application\n82 Les termes du §1er\nArt. 2. Objet\n$1. Le Sous-traitant",
             "S2 La convention\n83 De verwerker\n85 employees work here\n8.1 Scope\nAnnex Il - Measures\nAnnexe Ill"]
    assert correct_numbering(pages) == [
        "Article 1er - Définitions\n§1 Pour l'application\n§2 Les termes du §1er\nArt. 2. Objet\n§1. Le Sous-traitant",
        "§2 La convention\n§3 De verwerker\n85 employees work here\n8.1 Scope\nAnnex II - Measures\nAnnexe III"]
    assert correct_numbering(["82 employees before any article"]) == ["82 employees before any article"]


# -- whole scans, real Tesseract -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dutch(tmp_path_factory):
    """The Dutch agreement as a text PDF and as a scan: pages turned 1.2°, upside down and -1.5°, a blank sheet
    after page 2 (so the annex is on page 4), noise and specks."""
    folder = tmp_path_factory.mktemp("scans")
    text = write_document_pdf(folder / "zonnebeke-privewolk.pdf", DUTCH_BLOCKS)
    scan = scan_pdf(text, folder / "zonnebeke-privewolk-scan.pdf", angles=[1.2, 180.8, -1.5], blank_after=2)
    return text, scan


@pytest.fixture(scope="module")
def dutch_read(dutch):
    _, scan = dutch
    loaded = load_document(scan, scan.read_bytes())
    return loaded, parse_pages(scan, scan.read_bytes(), loaded.pages, loaded.ocr)


def test_a_scanned_agreement_is_read_with_its_accents_labels_and_table(dutch, dutch_read):
    text, _ = dutch
    loaded, parsed = dutch_read
    assert [(p.page, p.blank) for p in loaded.ocr] == [(1, False), (2, False), (3, True), (4, False)]
    assert all(p.confidence > 80 for p in loaded.ocr if not p.blank)
    labels = {c.label: c for c in parsed.clauses}
    as_text = {c.label for c in parse_pages(text, text.read_bytes(), load_document(text, text.read_bytes()).pages).clauses}
    assert as_text <= set(labels)  # every clause of the text PDF is found in its scan
    assert "36" in labels["4.1"].text and labels["4.1"].pages == (2, 2)  # the upside-down page, turned
    assert labels["Bijlage 1"].pages[0] == 4  # the blank sheet keeps its page number
    assert "Nordlicht GmbH | Duitsland | Verzending van e-mails" in labels["Bijlage 1"].text
    assert all(word in parsed.text for word in ("Privéwolk", "Eléonore", "beëindiging", "Réunis"))
    assert "blank scanned page skipped: 3" in " ".join(parsed.warnings)


def test_a_mixed_pdf_keeps_its_text_pages_and_reads_only_the_scanned_one(tmp_path):
    text = write_pdf(tmp_path / "dpa.pdf", ENGLISH_PAGES)
    signature = write_pdf(tmp_path / "signature.pdf", [["Signed for the Processor: Jane Smith, 14 April 2024"]])
    mixed = mixed_pdf(text, scan_pdf(signature, tmp_path / "signature-scan.pdf", angles=[0.6]), tmp_path / "m.pdf")
    untouched = load_document(text, text.read_bytes()).pages
    loaded = load_document(mixed, mixed.read_bytes())
    assert loaded.pages[:4] == untouched
    assert [p.page for p in loaded.ocr] == [5]
    assert "Jane Smith, 14 April 2024" in loaded.pages[4]
    never = load_document(mixed, mixed.read_bytes(), ocr=OcrOptions(mode="never"))
    assert never.pages[:4] == untouched and never.ocr == () and not never.pages[4].strip()


def test_ocr_never_refuses_a_scan_and_says_how_to_read_it(dutch):
    _, scan = dutch
    with pytest.raises(IngestError, match="--ocr auto"):
        load_document(scan, scan.read_bytes(), ocr=OcrOptions(mode="never"))


def test_a_page_of_only_blank_paper_is_no_agreement(tmp_path):
    empty = write_image_pdf(tmp_path / "empty.pdf", [blank_page(1654, 2339), blank_page(1654, 2339, seed=2)])
    with pytest.raises(IngestError, match="no text found in the PDF, not even by OCR"):
        load_document(empty, empty.read_bytes())


def test_french_scan_keeps_its_paragraph_signs_and_a_sideways_page_is_turned(tmp_path):
    scan = scan_pdf(write_pdf(tmp_path / "fr.pdf", FRENCH_PAGES), tmp_path / "fr-scan.pdf", angles=[0.7, 89.0, 0.0])
    loaded = load_document(scan, scan.read_bytes(), ocr=OcrOptions(workers=1))
    parsed = parse_pages(scan, scan.read_bytes(), loaded.pages, loaded.ocr)
    labels = {c.label for c in parsed.clauses}
    assert {"2 §1", "2 §2", "2 §3", "Annexe 1"} <= labels, labels
    assert "données" in parsed.text and "sécurité" in parsed.text
    assert "Les données ne quittent pas l'Union européenne." in loaded.pages[1]  # the page scanned sideways


def test_always_reads_text_pages_too(tmp_path):
    text = write_pdf(tmp_path / "fr.pdf", FRENCH_PAGES[2:])
    loaded = load_document(text, text.read_bytes(), ocr=OcrOptions(mode="always"))
    assert [p.page for p in loaded.ocr] == [1] and "Chiffrement des sauvegardes" in loaded.pages[0]


def test_progress_counts_pages(tmp_path):
    seen = []
    scan = write_image_pdf(tmp_path / "s.pdf", [scanned(page) for page in
                                                 page_images(write_pdf(tmp_path / "e.pdf", ENGLISH_PAGES[:2]))])
    load_document(scan, scan.read_bytes(), ocr=OcrOptions(progress=lambda done, total: seen.append((done, total))))
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_pages_read_with_low_confidence_are_named_in_the_warnings(tmp_path):
    from ingest.models import OcrPage

    path = tmp_path / "scan.pdf"
    pages = ["Artikel 1 – Voorwerp\n1.1 De verwerker verwerkt persoonsgegevens in opdracht.",
             "Artikel 2 – Duur\n2.1 Deze overeenkomst geldt vijf jaar.", ""]
    ocr = (OcrPage(1, 91.0), OcrPage(2, 54.4), OcrPage(3, 0.0, blank=True))
    parsed = parse_pages(path, b"%PDF", pages, ocr, low_confidence=70.0)
    assert parsed.info.ocr == ocr
    assert any("page 2 (54%) with low confidence" in w for w in parsed.warnings), parsed.warnings
    assert not any("page 1 " in w for w in parsed.warnings)


def test_ocr_progress_lines_count_pages_with_the_time_left():
    from assistant.progress import ProgressLines

    lines, now = [], [0.0]
    progress = ProgressLines(lines.append, interval=10, clock=lambda: now[0])
    progress("scan", 0, 4, "ocr")
    now[0] = 20.0
    progress("scan", 1, 4, "ocr")
    assert lines == ["ocr scan: 1/4 pages (25%), 20s elapsed, about 1m00s left"]


def test_a_sideways_page_is_told_from_an_upright_one(tmp_path):
    from ingest.ocr import sideways

    page = page_images(write_pdf(tmp_path / "p.pdf", ENGLISH_PAGES[:1]), dpi=100)[0]
    assert not sideways(page) and sideways(page.rotate(90, expand=True)) and sideways(page.rotate(270, expand=True))
