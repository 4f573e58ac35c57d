"""Page furniture: only lines that really repeat are headers and footers, in generated PDFs as a user's would be."""

from pathlib import Path

from ingest.loaders import load_pages
from ingest.pages import MAX_FURNITURE_SHARE, assemble_pages
from ingest.parse import parse_document

from ..pdfs import write_pdf

TITLES = ["Voorwerp", "Duur", "Instructies", "Vertrouwelijkheid", "Beveiliging", "Subverwerkers", "Datalekken",
          "Audit", "Einde", "Toepasselijk recht"]


def _one_article_per_page(path: Path, pages: int, titled: bool = True) -> Path:
    content = []
    for n in range(1, pages + 1):
        heading = [f"Artikel {n} – {TITLES[(n - 1) % len(TITLES)]}"] if titled else [f"Artikel {n}",
                                                                                  TITLES[(n - 1) % len(TITLES)]]
        body = [f"{n}.1 De verwerker houdt zich aan deze bepaling over {TITLES[(n - 1) % 10].lower()}.",
                f"{n}.2 De verwerkingsverantwoordelijke kan dit nagaan na een termijn van {n + 4} dagen."]
        filler = [f"De partijen werken te goeder trouw samen en overleggen over elke vraag ({k})." for k in range(20)]
        content.append(heading + body + filler)  # a page about as full as a real one
    return write_pdf(path, content, header="Verwerkersovereenkomst Stad Brugge – Cloudleverancier NV")


def test_an_article_heading_at_the_top_of_every_page_is_not_a_running_header(tmp_path):
    for titled in (True, False):
        path = _one_article_per_page(tmp_path / f"brugge-{titled}.pdf", 10, titled)
        parsed = parse_document(path, path.read_bytes())
        articles = [c.label for c in parsed.clauses if c.parent is None and c.label.isdigit()]
        assert articles == [str(n) for n in range(1, 11)], titled
        assert "Stad Brugge – Cloudleverancier" not in parsed.text  # the real header is still removed
        assert "pagina" not in parsed.text  # and so is the numbered footer
        assert not parsed.warnings


def test_a_long_document_keeps_all_its_articles(tmp_path):
    path = _one_article_per_page(tmp_path / "long.pdf", 200)
    parsed = parse_document(path, path.read_bytes())
    assert len([c for c in parsed.clauses if c.parent is None and c.label.isdigit()]) == 200


def test_numbered_footers_with_an_offset_and_exact_headers_are_furniture():
    body = "\n".join(f"Le sous-traitant agit uniquement sur instruction documentée du responsable ({k})."
                     for k in range(20))
    pages = [f"Contrat de sous-traitance – confidentiel\nArticle {n} – Objet {n}\n{body}\nPage {n - 1} sur 9"
             for n in range(2, 11)]  # an unnumbered cover page before
    text, starts, dropped = assemble_pages(pages)
    assert "confidentiel" not in text and "sur 9" not in text and text.count("Article") == 9 and len(starts) == 9
    assert 0 < dropped < MAX_FURNITURE_SHARE


def test_a_document_losing_much_text_to_furniture_says_so(tmp_path):
    disclaimer = ("Dit document is eigendom van de opdrachtgever en mag niet worden verspreid zonder schriftelijke "
                  "toestemming; elke verspreiding is verboden")
    pages = [[disclaimer, f"Artikel {n} – Punt {n}", "Korte tekst."] for n in range(1, 7)]
    path = write_pdf(tmp_path / "disclaimer.pdf", pages, footer=None)
    parsed = parse_document(path, path.read_bytes())
    assert parsed.warnings and "dropped as page headers and footers" in parsed.warnings[0]
    assert "akkoord show disclaimer" in parsed.warnings[0]
    assert load_pages(path, path.read_bytes())[0].count("eigendom") == 1


def test_a_title_the_running_header_repeats_stays_once_on_the_first_page():
    body = "\n".join(f"De verwerker volgt de instructies van de verwerkingsverantwoordelijke ({k})." for k in range(8))
    pages = ["Verwerkersovereenkomst\nVerwerkersovereenkomst\nToepassing Wachtwijzer\nArtikel 1 – Voorwerp\n" + body]
    pages += [f"Verwerkersovereenkomst\nArtikel {n} – Punt {n}\n{body}\n{n}" for n in range(2, 6)]
    text, _, _ = assemble_pages(pages)
    assert text.startswith("Verwerkersovereenkomst\nToepassing Wachtwijzer\n")
    assert text.count("Verwerkersovereenkomst") == 1


def test_a_tables_header_row_repeated_on_every_page_it_runs_over_is_kept_once():
    header = "Processing activity | Data subjects | Retention"
    pages = ["DATA PROCESSING AGREEMENT\n1. Scope\nThe processor hosts the permit platform.\nACME DPA – confidential",
             f"Schedule 1 – Activities\n{header}\nPermits | applicants | 10 years\nACME DPA – confidential",
             f"{header}\nHelp-desk tickets | users | 18 months\nACME DPA – confidential"]
    text, _, _ = assemble_pages(pages)
    assert text.count(header) == 1 and text.index(header) < text.index("Permits | applicants")
    assert "ACME DPA – confidential" not in text  # the running footer is still furniture
