"""Whole agreements of our own (tests/review/agreements: processing agreements in Dutch, French and English in seven
numbering styles, roman numerals among them; a US-style addendum with "Section 4." and "(a)"; the Commission's art.
28 clauses in English and Dutch; a Dutch NDA; a French SLA; four written with their gold before their grid was
run: a Dutch OCMW agreement with a table of contents and chapters, an English council's agreement with Schedules, a
Walloon commune's convention with "1°" obligations, a US-style mutual NDA; then a Brussels police zone's contract
with "ARTICLE 1 - OBJET" headings and "1.1." numbers, a Dutch VNG-style Markdown agreement with its annexes in
tables, both signed below their annexes; an Irish county council's agreement with "(a)" obligations and its
schedules after the signatures); then a Dutch DOCX whose article numbers Word draws from its lists, and an English
PDF of "Section 4.01 Notification. …" clauses (made by build_agreements.py; 49 of 54 cells right at first run),
and a French PDF of "§1er." paragraphs with a retention table (24 of 27 at first run); then a Dutch "Art. 5. / § 1."
agreement as a scan read by OCR and a French DOCX with Word headings and inline article titles (47 of 54 at first
run), then two Brussels agreements in Dutch and French (43 of 54 at first run), then a Dutch Markdown agreement whose
paragraphs are lists restarting at "1." under each article (27 of 27 at first run) and an English processing
schedule to a master agreement numbered "1 SCOPE" / "1.1" without dots, lean and with a specific authorisation (12
of 27 at first run: read as no processing agreement, its title "DATA PROCESSING SCHEDULE" missed), and a French one
with "Art. 1 – …" and "(1)" paragraphs whose duties are in other words than the regulation's (23 of 27 at first
run), a Dutch SLA with its service levels in tables (8 of 8 at first run) and an English mutual NDA with inline
headings (7 of 7 at first run); then an English PDF of "Clause 7 – …" with "(a)" paragraphs (9 of 27 at first run: a
wrapped "Appendix 3." line opened an annex), a French Markdown agreement of "Article premier" (21 of 27), a Dutch PDF
of "1. Onderwerp" headings after a numbered party list (24 of 27) and an English DOCX whose values stand on a cover
page (15 of 27); then a Dutch plain-text agreement of "§ 1." paragraphs and articles "3bis" (26 of 27), a French PDF
of "Art. 1er." articles under "TITRE" headings (25 of 27), an English DOCX opening with a table of contents (26 of
27), a French DOCX whose "Article 1." numbers Word draws (23 of 27) and an English PDF of three-level clauses (24 of
27); then a Dutch PDF of "Artikel 5 Subverwerkers" headings (25 of 27), a French Markdown agreement of "Article
premier" over unnumbered paragraphs (25 of 27), an English DOCX of lettered parts with "C1." paragraphs (6 of 27), a
French scan of "Article 1er" under Roman parts (26 of 27) and a Dutch DOCX whose headings Word numbers through their
style (24 of 27); then a Dutch PDF whose "Artikel 4" headings stand alone above their title (24 of 27), a French DOCX of
"POINT 1 – OBJET" headings (25 of 27) and an English PDF whose clause numbers stand alone on their line (22 of 27);
then a Dutch PDF of "§ 1." paragraphs with footnotes (27 of 27) and an English DOCX addendum with its particulars in
tables (26 of 27: a return's fifteen days and the deletion's forty-five in one sentence), a French convention of
"Article 1er. Objet. La présente …" articles (27 of 27) and an English Markdown agreement with pandoc footnotes (27 of
27), a Dutch DOCX with Word footnotes (26 of 27) and an English PDF whose schedule runs over two pages (25 of 27: its
subject under a "PURPOSE" heading, "No personal data are transferred"); read by the real parser: every item
of the grid against the gold grid beside each, but for the misses a gold grid lists with their reason."""

from pathlib import Path

import pytest
import yaml

from evals.grid import compare
from ingest.parse import parse_document
from review.extract import extract_grid

FOLDER = Path(__file__).parent / "agreements"
GOLD = sorted(FOLDER.glob("*.yaml"))


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_every_item_of_a_whole_agreement(gold_path):
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    source = next(p for p in FOLDER.glob(gold_path.stem + ".*") if p.suffix != ".yaml")
    parsed = parse_document(source, source.read_bytes())
    grid = extract_grid(parsed.info, list(parsed.clauses))
    assert grid.kind == gold["kind"]
    wrong = []
    for item, expected in gold["items"].items():
        cell, scored = grid.cell(item), compare(expected, grid.cell(item))
        right = scored["said_not_stated"] if not scored["gold_stated"] else (
            scored["value_right"] and scored["clause_right"])
        if not right and item not in gold.get("misses", {}):
            wrong.append(f"{item}: expected {expected}, got {cell.status} {cell.value!r} ({cell.clause})")
        if right and item in gold.get("misses", {}):
            wrong.append(f"{item}: right now; take it off the gold grid's misses")
    assert not wrong, "\n".join(wrong)
