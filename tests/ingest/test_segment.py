
import pytest

from ingest.loaders import load_pages
from ingest.pages import assemble
from ingest.parse import parse_document
from ingest.segment import segment_clauses

from ..conftest import CORPUS


def _segment(text: str, document: str = "doc"):
    clean, starts = assemble([text])
    return {c.label: c for c in segment_clauses(document, clean, starts)}


def _sample(name: str):
    path = CORPUS / f"{name}.txt"
    return parse_document(path, path.read_bytes())


def test_gent_sample_labels_scopes_and_pages():
    parsed = _sample("gent-inetum-meldjeaan")
    clauses = {c.label: c for c in parsed.clauses}
    articles = [str(n) for n in range(1, 13)]
    subs = ["2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4",
            "6.5", "7.1", "7.2", "7.3", "7.4", "8.1", "9.1", "9.2", "10.1", "10.2", "11.1", "12.1", "12.2", "12.3"]
    for label in articles + subs + ["Bijlage 1", "Bijlage 2", "Bijlage 3", "Preamble", "Signatures"]:
        assert label in clauses, label
    # The council decision's own "Artikel 1" is kept apart from the agreement's "Artikel 1: Definities".
    assert clauses["1"].title == "Definities"
    decision = clauses["Deel 1 – 1"]
    assert "Keurt goed" in decision.text and "Definities" not in decision.text
    assert "VERWERKINGSOVEREENKOMST" in clauses["Preamble"].text
    assert "Inetum Belgium NV" in clauses["Preamble"].text
    # "Sensitivity: Company" footers end pages and never reach clause text.
    assert parsed.info.page_count == 12
    assert all("Sensitivity: Company" not in c.text for c in parsed.clauses)
    assert clauses["7.3"].pages == (6, 6) and "24 uur" in clauses["7.3"].text
    assert clauses["7.3"].parent == "7" and clauses["7.3"].title == "Bijstand bij Datalekken"
    assert clauses["Bijlage 2"].pages == (9, 12)
    assert clauses["Bijlage 3"].text.endswith("Geen")
    assert parsed.text[clauses["8.1"].char_start:clauses["8.1"].char_end] == clauses["8.1"].text


def test_koekelare_sample_labels_and_annexes():
    parsed = _sample("koekelare-digitaal-vlaanderen-vip")
    clauses = {c.label: c for c in parsed.clauses}
    for label in [str(n) for n in range(1, 13)] + ["7.3", "9.1", "11.1", "12.3"]:
        assert label in clauses, label
    assert "8.1" not in clauses and "Europese Economische Ruimte" in clauses["8"].text
    assert clauses["Bijlage 2"].title == "Opsomming van Subverwerkers"
    assert clauses["Bijlage 1"].title == "omschrijving Opdracht"  # taken from the list of annexes
    assert "Cronos Public Services" in clauses["Bijlage 2"].text
    assert "informatieklasse 4" in clauses["Bijlage 3"].text
    assert "Frank Geets" in clauses["Signatures"].text
    assert "6 maanden" in clauses["11.1"].text and "Beëindiging" == clauses["11"].title
    assert all("[bookmark:" not in c.text for c in parsed.clauses)


def test_english_clause_and_schedule_pdf(english_pdf):
    parsed = parse_document(english_pdf, english_pdf.read_bytes())
    clauses = {c.label: c for c in parsed.clauses}
    assert parsed.info.page_count == 4 and parsed.info.language == "en"
    assert clauses["6"].title == "Breaches" and clauses["6.1"].pages == (3, 3)
    assert "48 hours" in clauses["6.1"].text
    assert clauses["Schedule 1"].pages == (4, 4) and "Beta Hosting" in clauses["Schedule 1"].text
    assert clauses["Schedule 2"].title == "Security measures"
    # "Article 28(4) GDPR applies" at the start of a line is a reference, not a heading.
    assert "Article 28(4)" in clauses["4.2"].text
    assert all("pagina" not in c.text for c in parsed.clauses)
    assert "Signed at Northbridge" in clauses["Signatures"].text


def test_french_article_premier_and_paragraphs(french_pdf):
    parsed = parse_document(french_pdf, french_pdf.read_bytes())
    clauses = {c.label: c for c in parsed.clauses}
    assert parsed.info.language == "fr"
    assert clauses["1"].title == "Objet"
    assert clauses["2 §1"].parent == "2" and "72 heures" in clauses["2 §1"].text
    assert clauses["2 §1"].pages == (1, 1) and clauses["2 §2"].pages == (2, 2)
    assert clauses["Annexe 1"].pages == (3, 3)
    assert "Fait à Beauval" in clauses["Signatures"].text
    assert all("confidentiel" not in c.text and "sur 3" not in c.text for c in parsed.clauses)


def test_art_paragraph_markdown_and_plain_numbering():
    clauses = _segment(
        "# Overeenkomst\n\nTussen partijen.\n\n## Art. 1 – Voorwerp\nDe verwerker verwerkt.\n\n"
        "## Art. 2 §1 De verwerker meldt inbreuken.\n§2 Hij helpt bij audits.\n\n## Bijlage B – Maatregelen\nVersleuteling."
    )
    assert {"1", "2 §1", "2 §2", "Bijlage B"} <= set(clauses) and clauses["2 §2"].parent == "2"
    assert clauses["Bijlage B"].title == "Maatregelen"
    plain = _segment("AGREEMENT\n\n1. Definitions\nWords mean things.\n\n2. Term\n2.1 It starts today.\n"
                     "2.2 It ends tomorrow.\n\n3. Law\nBelgian law applies.\n")
    assert {"1", "2", "2.1", "2.2", "3"} <= set(plain) and plain["2"].title == "Term"


def test_cross_references_are_not_headings():
    clauses = _segment("Artikel 7: Bijstand\n7.1. Algemeen\nDe verwerker meldt conform artikel\n"
                       "33.3 van de AVG en\n7.3 van deze overeenkomst.\n7.2. Datalekken\nBinnen 24 uur.\n"
                       "Artikel 9 van de wet blijft gelden.\n")
    assert set(clauses) >= {"7", "7.1", "7.2"} and "7.3" not in clauses and "9" not in clauses
    assert "33.3 van de AVG" in clauses["7.1"].text


@pytest.mark.parametrize("footer", ["Vertrouwelijk – pagina {n} van 3", "Page {n} of 3"])
def test_footer_lines_end_pages_in_plain_text(footer):
    body = ["Artikel 1: Voorwerp\nDe verwerker verwerkt.", "Artikel 2: Duur\nTot het einde.",
            "Artikel 3: Recht\nBelgisch recht."]
    text = "\n".join(f"{page}\n{footer.format(n=i + 1)}" for i, page in enumerate(body))
    clean, starts = assemble([text])
    clauses = {c.label: c for c in segment_clauses("d", clean, starts)}
    assert len(starts) == 3 and [clauses[str(n)].pages for n in (1, 2, 3)] == [(1, 1), (2, 2), (3, 3)]
    assert "pagina" not in clean.lower() and "page" not in clean.lower()


def test_form_feeds_are_page_breaks(tmp_path):
    path = tmp_path / "ff.txt"
    path.write_text("Artikel 1: A\nTekst een.\fArtikel 2: B\nTekst twee.\f\fArtikel 3: C\nTekst drie.", "utf-8")
    text, starts = assemble(load_pages(path, path.read_bytes()))
    clauses = {c.label: c for c in segment_clauses("ff", text, starts)}
    assert clauses["3"].pages == (4, 4) and clauses["2"].pages == (2, 2)


def test_an_annex_word_in_the_first_line_is_the_documents_title():
    clauses = _segment("ADDENDUM 1\nbij de verwerkersovereenkomst van 3 maart 2023 tussen Stad Lier en Dataflow BV\n\n"
                       "Artikel 1 – Wijzigingen\n1.1 Artikel 7.3 wordt vervangen door wat volgt.\n"
                       "1.2 De verwerker meldt een datalek binnen 36 uur.\n"
                       "Artikel 2 – Inwerkingtreding\nDit addendum geldt vanaf 1 januari 2024.\n\n"
                       "Bijlage 1 – Nieuwe lijst van subverwerkers\nCloudhost NV, Antwerpen\n")
    assert {"Preamble", "1", "1.1", "1.2", "2", "Bijlage 1"} <= set(clauses)
    assert "Addendum 1" not in clauses and "36 uur" in clauses["1.2"].text
    # a few short lines of a title block: "ATTACHMENT 9" names the document, it heads no annex
    clauses = _segment("NON DISCLOSURE AGREEMENT\nPRICE BENCHMARKING SERVICES\nREFERENCE NUMBER\nRM 1160\n"
                       "ATTACHMENT 9\nTHIS AGREEMENT is made between the Authority and the Organisation.\n"
                       "1 Interpretation\n1.1 Words have their ordinary meaning.\n2 Confidentiality\n"
                       "2.1 Each party keeps the information secret.\n")
    assert {"Preamble", "1", "1.1", "2", "2.1"} <= set(clauses) and "Attachment 9" not in clauses


def test_inline_headings_and_headingless_numbered_paragraphs_are_articles():
    inline = _segment("MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is made between Alpha Ltd and Beta plc.\n"
                      "1. Definitions: In this Agreement the following terms apply to both parties equally and "
                      "without exception.\n"
                      "2. Limited Purpose. The Recipient shall use Confidential Information only to evaluate the "
                      "transaction.\n4. Term and Termination. This Agreement ends three years after signature.\n"
                      "5. Governing Law. The laws of England govern this Agreement.\n")
    assert [label for label in inline if label != "Preamble"] == ["1", "2", "4", "5"]
    assert inline["2"].title == "Limited Purpose" and "evaluate the transaction" in inline["2"].text
    bare = _segment("CONFIDENTIALITY AGREEMENT\nBetween Gamma Inc. and the City of Delta.\n"
                    "1. Recipient may be given access to selected information of the other party.\n"
                    "2. Recipient shall not disclose Confidential Information to any person.\n"
                    "3. Recipient shall return all copies within ten days of a request.\n")
    assert {"1", "2", "3"} <= set(bare) and "ten days" in bare["3"].text
    # a number the agreement skips (no 4): the paragraphs after it are articles all the same
    gap = _segment("CONFIDENTIALITY AGREEMENT\nBetween Gamma Inc. and the City of Delta.\n"
                   "1. Recipient may be given access to selected information of the other party.\n"
                   "2. Recipient shall not disclose Confidential Information to any person.\n"
                   "3. Recipient shall return all copies within ten days of a request.\n"
                   "5. Each party submits to the exclusive jurisdiction of the courts of Delta.\n"
                   "6. This Agreement is governed by the laws of the State of Ohio.\n")
    assert [label for label in gap if label != "Preamble"] == ["1", "2", "3", "5", "6"]
    assert "courts of Delta" in gap["5"].text and "courts of Delta" not in gap["3"].text


def test_capitalised_headings_over_paragraphs_numbered_through_title_them_and_leave_the_paragraph_before():
    clauses = _segment("DATA PROCESSING AGREEMENT\nBetween the City of Delta and Caseline Limited.\nAGREED TERMS\n"
                       "DEFINITIONS AND INTERPRETATION\n1. Terms such as \"personal data\" have the meaning given "
                       "to them in the GDPR.\n2. A reference to a paragraph is to a paragraph of this Agreement.\n"
                       "SUB-PROCESSORS\n3. The City gives a general written authorisation to engage sub-processors.\n"
                       "PERSONAL DATA BREACHES\n4. The Processor shall notify the City of a breach within 24 hours.\n"
                       "5. The City decides whether the breach is notified to the authority within 72 hours.\n"
                       "THE PROCESSOR'S OBLIGATIONS\n6. The Processor shall process the data only on instructions.\n")
    assert [label for label in clauses if label != "Preamble"] == ["1", "2", "3", "4", "5", "6"]
    assert "BREACHES" not in clauses["3"].text and "SUB-PROCESSORS" not in clauses["2"].text
    assert clauses["4"].title == clauses["5"].title == "Personal Data Breaches"
    assert clauses["4"].heading_path[0] == "PERSONAL DATA BREACHES" and clauses["1"].title.startswith("Definitions")
    assert clauses["6"].title == "The Processor's Obligations" and "AGREED TERMS" in clauses["Preamble"].text


def test_inline_headings_of_numbered_parts_are_their_titles():
    clauses = _segment("DATA PROCESSING AGREEMENT\nBetween the Council and Tidewater Ltd.\nARTICLE IV – INCIDENTS\n"
                       "Section 4.01 Notification. The Contractor notifies a breach within 24 hours.\n"
                       "Section 4.02 Regulator. The Council reports breaches to the regulator.\n"
                       "4.03 Art. 33 GDPR applies to the notice.\n"
                       "4.04 In deze overeenkomst: de termen hebben hun gewone betekenis.\n")
    assert clauses["4.01"].title == "Notification" and clauses["4.02"].title == "Regulator"
    assert "within 24 hours" in clauses["4.01"].text
    # an abbreviation or a colon opening a sentence heads nothing
    assert clauses["4.03"].title is None and clauses["4.04"].title is None
    # articles too, their text opening with a sentence or its first numbered point
    articles = _segment("CONTRAT DE SOUS-TRAITANCE\nEntre la Commune et Numeria SRL.\n"
                        "Article 1er. Objet. Le présent contrat fixe les conditions du traitement.\n"
                        "Article 2. Violations de données. (1) Numeria notifie toute violation dans les trois jours "
                        "ouvrables. (2) La notification décrit la violation.\n"
                        "Article 3. Numeria aide la Commune à répondre aux demandes.\n")
    assert articles["1"].title == "Objet" and articles["2"].title == "Violations de données"
    assert "trois jours" in articles["2"].text and articles["3"].title is None


def test_a_numbered_party_list_before_keyword_articles_is_not_a_list_of_articles():
    clauses = _segment("DATA PROCESSING AGREEMENT\nBETWEEN\n"
                       "1. NORTHBRIDGE CITY COUNCIL, with offices at 1 Market Square, hereinafter the Controller;\n"
                       "2. ACME CLOUD LTD, with registered office at 5 Harbour Road, hereinafter the Processor;\n"
                       "3. ACME HOLDINGS LTD, its parent company, which guarantees the Processor's duties;\n"
                       "Article 1 – Scope\nThe Processor hosts the portal.\nArticle 2 – Breaches\n"
                       "The Processor notifies a breach within 48 hours.\n")
    assert [label for label in clauses] == ["Preamble", "1", "2"] and "NORTHBRIDGE" in clauses["Preamble"].text


def test_markdown_exports_number_their_articles_however_they_write_them(tmp_path):
    """Bold inline headings, escaped numbers ("1\\."), "2.0" headings: the syntax differs, the articles do not;
    and quotes carry no Markdown syntax."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Advertising Terms\n\n**Important notice: read [Sections 5](https://example.org/x) carefully.**\n\n"
        "**1. Binding Agreement.** This is an agreement between you and *Example Ltd*.\n\n"
        "**2. Payments.** We pay within forty-five (45) days after the end of each month.\n\n"
        "**3. Termination.** Either party may end this agreement at any time.\n", encoding="utf-8")
    clauses = {c.label: c for c in parse_document(path, path.read_bytes()).clauses}
    assert clauses["2"].title == "Payments" and "forty-five (45) days" in clauses["2"].text
    assert not any(mark in c.text for c in clauses.values() for mark in ("**", "](", "*Example"))

    listed = tmp_path / "tos.md"  # a web page's numbered list whose items hold headings
    listed.write_text("# Servicevoorwaarden\n\n1. #### Inleiding\n\n    Deze voorwaarden gelden.\n\n"
                      "2. #### Accounts\n\n    U maakt een account aan.\n", encoding="utf-8")
    clauses = {c.label: c for c in parse_document(listed, listed.read_bytes()).clauses}
    assert clauses["2"].title == "Accounts" and clauses["2"].text.startswith("2. Accounts")
    escaped = tmp_path / "tou.md"
    escaped.write_text("# Gebruiksvoorwaarden\n\n#### 1\\. Introductie\nDeze voorwaarden gelden.\n\n"
                       "#### 2\\. Accountregistratie\nU maakt een account aan.\n", encoding="utf-8")
    clauses = {c.label: c for c in parse_document(escaped, escaped.read_bytes()).clauses}
    assert clauses["2"].title == "Accountregistratie" and "\\." not in clauses["1"].text

    whole = tmp_path / "dpa.md"
    whole.write_text("# Data Processing Agreement\n\n### Definitions\nTerms have their GDPR meaning.\n\n"
                     "### 2.0 Applicability\n2.1 This DPA applies to Customer Data.\n\n2.2 It ends with the MSA.\n\n"
                     "### 3.0 Security\n3.1 Vendor keeps the data secure.\n\n"
                     "### 4.0 Deletion/return of Personal Data.\n4.1 Vendor deletes the data within 90 days.\n\n"
                     "### Exhibit B – Security Measures\nVendor applies these measures.\n\n"
                     "**12. Access Control**\n\na. Accounts lock after ten (10) failed attempts.\n", encoding="utf-8")
    clauses = {c.label: c for c in parse_document(whole, whole.read_bytes()).clauses}
    assert clauses["2"].title == "Applicability" and clauses["3"].title == "Security"
    assert {"2.1", "2.2", "3.1", "4.1"} <= set(clauses) and clauses["4"].title == "Deletion/return of Personal Data"
    # an exhibit is an annex: its own numbered headings are part of it, not articles 12, 13 of the agreement
    assert clauses["Exhibit B"].title == "Security Measures" and "ten (10) failed" in clauses["Exhibit B"].text
    assert "12" not in clauses


def test_a_wrapped_line_that_starts_with_an_annex_reference_opens_no_annex():
    clauses = _segment("Artikel 9 – Einde\n9.4 Kopieën in back-ups worden overschreven binnen de cyclus beschreven in\n"
                       "Bijlage 3; tot dan blijven ze versleuteld.\n9.5 De Verwerker bevestigt de verwijdering.\n"
                       "Artikel 10 – Slot\n10.1 Belgisch recht is van toepassing.\nBijlage 3 – Back-ups\nDagelijks.")
    assert {"9.4", "9.5", "10", "10.1", "Bijlage 3"} <= set(clauses)
    assert "tot dan blijven ze versleuteld" in clauses["9.4"].text and clauses["Bijlage 3"].text.endswith("Dagelijks.")


def test_an_annex_reference_wrapped_alone_onto_its_line_opens_no_annex():
    # a PDF line break before "Appendix 3." (the whole line): the sentence goes on, the clauses after it stay clauses
    clauses = _segment("Clause 5 – Sub-processors\n(a) The City gives Tessaract a general written authorisation to "
                       "engage the sub-processors listed in\nAppendix 3.\n(b) Tessaract shall inform the City.\n"
                       "Clause 6 – Transfers\n(a) Data stay in the EEA.\nAppendix 3\nBlackwater Ltd, Dublin.")
    assert {"5(a)", "5(b)", "6", "6(a)", "Appendix 3"} <= set(clauses)
    assert clauses["5(a)"].text.endswith("Appendix 3.") and clauses["Appendix 3"].text.endswith("Dublin.")


def test_a_signatures_heading_of_its_own_opens_the_signature_block():
    for heading in ("Signatures", "## Ondertekening", "**Signatures of the Parties**"):
        clauses = _segment(
            "Article 1 – Law\n1.1 This Agreement is governed by Belgian law.\n1.2 Disputes go to the courts of "
            f"Leuven.\n{heading}\nFor Riverside Clinic\n• Dr Ann Peeters, Medical Director – Leuven, 3 October 2025\n")
        assert "Ann Peeters" in clauses["Signatures"].text and "Peeters" not in clauses["1.2"].text, heading
    # "signatures" inside a sentence, or a form's "Signature:" line, is no heading
    clauses = _segment("Article 1 – Form\n1.1 The form bears two\nsignatures and a date.\nSignature:\n")
    assert "Signatures" not in clauses
    # an agreement signed electronically says so where others give the place and date
    for line in ("Signed electronically on 2025-03-12 by both parties.", "Elektronisch ondertekend op 12/03/2025.",
                 "Signé électroniquement le 12 mars 2025."):
        clauses = _segment(f"Article 1 – Law\n1.1 This Agreement is governed by Belgian law.\n{line}\n")
        assert clauses["Signatures"].text == line and line not in clauses["1.1"].text


def test_a_numbered_party_list_is_preamble_and_the_articles_start_after_it():
    clauses = _segment("ARRANGEMENT BETWEEN JOINT CONTROLLERS\nBETWEEN:\n1. The City of Oostmere, a municipality,\n"
                       "acting as joint controller;\n2. The City of Valmont, acting as joint controller;\n"
                       "3. The Municipality of Eichfeld, acting as joint controller.\nPreamble\n"
                       "(A) They run a portal.\n1. Definitions\n1.1 Terms have the GDPR's meaning.\n"
                       "2. Subject matter\n2.1 This governs the portal.\n"
                       "3. Roles\n3.1 The Lead Party hosts the portal.\n")
    assert list(clauses) == ["Preamble", "1", "1.1", "2", "2.1", "3", "3.1"]
    assert "The Municipality of Eichfeld" in clauses["Preamble"].text
    assert clauses["1"].title == "Definitions"


def test_articles_parted_by_letters_and_a_wrapped_reference_that_heads_nothing():
    clauses = _segment("DATA PROCESSING ADDENDUM\nSection 1. Scope\n(a) Vendor processes Customer data.\n"
                       "(b) Customer remains the controller.\nSection 2. Transfers\n(a) The SCCs apply, save that\n"
                       "Clause 11(a) does not apply; and the optional\nClause 7 does not apply either.\n"
                       "(b) Data stay in the EU.\nSection 3. Deletion\nVendor deletes the data within 30 days. It may\n"
                       "(a) keep backups for (b) ninety days.\n")
    assert list(clauses) == ["Preamble", "1", "1(a)", "1(b)", "2", "2(a)", "2(b)", "3"]
    assert "Clause 11(a) does not apply" in clauses["2(a)"].text
    assert clauses["2(b)"].text.startswith("(b) Data stay in the EU.")


def test_an_annex_without_a_number_after_the_signatures():
    clauses = _segment("Convention\nArticle 1 – Objet\nLe Club confie les données.\nArticle 2 – Durée\nUn an.\n"
                       "Fait à Namur, le 3 mars 2025\nPour le Club\nAnnexe – Données traitées\n"
                       "Personnes | Données | Durée\nMembres | Nom | Un an\nAnnexes : aucune autre.\n")
    assert "Annexe" in clauses and clauses["Annexe"].title == "Données traitées"
    assert "Membres | Nom | Un an" in clauses["Annexe"].text


def test_a_paragraph_whose_first_line_wraps_a_sentence_has_no_title():
    clauses = _segment("Art. 6. Betrokkenen\n§1 De mededeling heeft betrekking op de afnemers en de\n"
                       "referentiepersonen van huishoudens. Zij worden maandelijks opgevolgd.\n"
                       "§2 Bewaartermijn\nDe gegevens worden vijf (5) jaar bewaard.\n"
                       "§3 Alleen de gegevens van Bijlage 1 worden meegedeeld. Andere niet.\n")
    assert clauses["6 §1"].title is None and clauses["6 §3"].title is None
    assert clauses["6 §2"].title == "Bewaartermijn" and clauses["6"].title == "Betrokkenen"


NUMBERING_STYLES = {
    # Roman numerals with a keyword, and the annex numbered the same way
    "Article I – Definitions\nTerms have the GDPR meaning.\nArticle II – Breaches\nThe Processor notifies breaches "
    "within 48 hours.\nArticle III – Term\nThree years.\nAnnex I – Sub-processors\nCloudy Ltd, Ireland.\n":
        ["I", "II", "III", "Annex I"],
    # Roman numerals without one, in capitals
    "I. DEFINITIONS\nTerms have the GDPR meaning.\nII. OBLIGATIONS OF THE PROCESSOR\n1. It follows instructions.\n"
    "2. It notifies breaches within 48 hours.\nIII. TERM\nThree years.\n": ["I", "II", "III"],
    # a closing parenthesis after the number
    "1) Definities\nBegrippen als in de AVG.\n2) Datalekken\n2.1) De verwerker meldt een datalek binnen 24 uur.\n"
    "2.2) De melding is volledig.\n3) Duur\nDrie jaar.\n": ["1", "2", "2.1", "2.2", "3"],
    # letters
    "A. Scope\nThis addendum applies to all processing.\nB. Breach notification\nWithin 72 hours.\nC. Audits\n"
    "Once per year.\n": ["A", "B", "C"],
    # the keyword before every part
    "Clause 1 Definitions\nClause 1.1 Terms have the GDPR meaning.\nClause 2 Security\nClause 2.1 The Processor "
    "encrypts data.\nClause 2.2 The Processor notifies breaches within 24 hours.\nSchedule 1 Processing details\n"
    "Payroll.\n": ["1", "1.1", "2", "2.1", "2.2", "Schedule 1"],
    # paragraph signs as the articles
    "§ 1 Voorwerp\nDe verwerker verwerkt gegevens.\n§ 2 Datalekken\nDe verwerker meldt datalekken binnen 24 uur.\n"
    "§ 3 Duur\nDrie jaar.\n": ["§1", "§2", "§3"],
    # paragraphs numbered in parentheses right under the article's heading, as the GDPR numbers them
    "Article 1 – Definitions\nTerms.\nArticle 2 – Obligations\n(1) The Processor follows instructions.\n"
    "(2) The Processor notifies breaches within 48 hours.\nArticle 3 – Term\nThree years.\n":
        ["1", "2", "2(1)", "2(2)", "3"],
    # "premier", and an article inserted by an amendment after article 2
    "Article premier – Objet\nLa convention a pour objet le traitement.\nArticle 2 – Violations\n"
    "Dans les 24 heures.\nArticle 2bis – Procédure\nLe formulaire est utilisé.\nArticle 3 – Durée\nTrois ans.\n":
        ["1", "2", "2bis", "3"],
    # Belgian legal style: the first paragraph on the article's own line, "§ 1er."
    "Art. 1er. Objet\nLe sous-traitant traite les données.\nArt. 2. § 1er. Le sous-traitant notifie toute violation "
    "dans les 24 heures.\n§ 2. Il assiste le responsable.\nArt. 3. Durée\nTrois ans.\n": ["1", "2 §1", "2 §2", "3"],
    # numbers written out
    "ARTICLE ONE – SCOPE\nThe processor hosts data.\nARTICLE TWO – BREACHES\nWithin 48 hours.\nARTICLE THREE – "
    "TERM\nThree years.\n": ["1", "2", "3"],
}


@pytest.mark.parametrize("text,labels", list(NUMBERING_STYLES.items()))
def test_numbering_styles_of_other_agreements(text, labels):
    clauses = _segment("DATA PROCESSING AGREEMENT\n" + text)
    assert [label for label in clauses if label != "Preamble"] == labels
    assert all(clauses[label].text.strip() for label in labels)


def test_lists_and_references_in_those_styles_head_nothing():
    clauses = _segment("1. Definitions\nTerms.\n2. Obligations\nThe Processor:\nII. Other list item here\n"
                       "3. Term\nThree years.\n")
    # "II." inside article 2 of an arabic numbering: a list
    assert [label for label in clauses if label != "Preamble"] == ["1", "2", "3"]
    clauses = _segment("Article I – Scope\nAll processing.\nArticle II – Breaches\nArticle I applies mutatis "
                       "mutandis.\nClause 1.1 of the GDPR addendum does not apply.\nArticle III – Term\nThree years.\n")
    assert [label for label in clauses if label != "Preamble"] == ["I", "II", "III"]
    parties = _segment("BETWEEN\n1) <Company name> with registered offices in Leuven, hereinafter the Processor\n"
                       "2) <Client name> with registered offices in Gent\n1. Definitions\nTerms.\n2. Term\nTwo years.\n")
    assert parties["1"].title == "Definitions" and parties["2"].title == "Term"
    listed = _segment("Article 1 – Data\nThe Processor processes:\n(1) Names;\n(2) Addresses.\nArticle 2 – Term\n"
                      "Two years.\n")
    assert [label for label in listed if label != "Preamble"] == ["1", "2"]  # a list after the article's own text
    initials = _segment("Signed by A. Peeters\nB. Claes\n1. Definitions\nTerms.\n")
    assert "A" not in initials and "B" not in initials


def test_a_part_that_leads_into_a_list_has_no_title():
    clauses = _segment("1. Obligations\n1.1 The Processor shall:\n(i) notify breaches within 48 hours;\n"
                       "(ii) assist the Controller.\n1.2 Definitions:\nTerms have the GDPR meaning.\n")
    assert clauses["1.1"].title is None and "(i) notify breaches" in clauses["1.1"].text
    assert clauses["1.2"].title == "Definitions"


def test_a_title_on_the_line_under_the_article_number():
    clauses = _segment("AGREEMENT\nARTICLE 1\nDEFINITIONS\nTerms have the GDPR meaning.\nARTICLE 2\nBREACHES\nThe "
                       "Processor notifies the Controller\nwithin 48 hours.\nClause 3 (Term)\nThree years.\n"
                       "Article 4\nThe Processor keeps records of all processing\nactivities.\n")
    assert [clauses[label].title for label in ("1", "2", "3")] == ["DEFINITIONS", "BREACHES", "Term"]
    assert clauses["4"].title is None  # a first sentence wrapped by the layout is no title


def test_articles_may_jump_ahead_under_a_heading_but_a_wrapped_reference_does_not():
    extract = _segment("VERWERKERSOVEREENKOMST\nArtikel 1 – Voorwerp\nDe verwerker verwerkt gegevens.\n"
                       "Artikel 9 – Duur\nDrie jaar.\nArtikel 12 – Slot\n12.1 Belgisch recht.\n")
    assert [label for label in extract if label != "Preamble"] == ["1", "9", "12", "12.1"]
    wrapped = _segment("AGREEMENT\nArticle 1 – Scope\nThe processor assists the controller as required by\n"
                       "Article 5 - Security of processing\nArticle 2 – Term\nThree years.\n")
    assert [label for label in wrapped if label != "Preamble"] == ["1", "2"]
    assert "Article 5 - Security of processing" in wrapped["1"].text


def test_markdown_headings_before_the_first_article_are_the_preamble(tmp_path):
    """"# Verwerkersovereenkomst", "## Partijen", "## Overwegingen" are parts of the preamble, as in the PDF of the
    same agreement; a document without articles keeps its sections; "## Execution" heads the signatures."""
    path = tmp_path / "vwo.md"
    path.write_text("# Verwerkersovereenkomst\nReferentie: IDDN/VWO/2024/017\n\n## Partijen\n\nTUSSEN:\n\n"
                    "**Stad Nethoven**, met zetel te Markt 1, hierna \"de Verwerkingsverantwoordelijke\",\n\nEN:\n\n"
                    "**Wachtlijn bv**, met zetel te Leuven, hierna \"de Verwerker\" genoemd.\n\n## Overwegingen\n\n"
                    "A. De Stad beheert wachtlijsten.\n\n## Artikel 1 – Voorwerp\n\n1.1 De Verwerker host de "
                    "toepassing.\n\n## Artikel 2 – Datalekken\n\n2.1 De Verwerker meldt een datalek binnen 48 uur.\n\n"
                    "## Ondertekening\n\nVoor de Stad:\n\nGent, 14 februari 2024\n\nAn Peeters, burgemeester\n\n"
                    "Jan Claes, algemeen directeur\n\nVoor Wachtlijn bv:\n\nLeuven, 6 februari 2024\n\nPieter Maes\n",
                    encoding="utf-8")
    parsed = parse_document(path, path.read_bytes())
    assert [c.label for c in parsed.clauses] == ["Preamble", "1", "1.1", "2", "2.1", "Signatures"]
    assert "A. De Stad beheert wachtlijsten." in parsed.clauses[0].text
    assert [(p.name, p.role) for p in parsed.info.parties] == [("Stad Nethoven", "controller"),
                                                               ("Wachtlijn bv", "processor")]
    assert parsed.info.signed == "2024-02-14"  # the block's latest date, found across its blank lines
    listed = tmp_path / "protocol.md"
    listed.write_text("# Protocol\n\n## Partijen\n\nDe verstrekkende instantie:\n\nHet Agentschap Wonen, met zetel te "
                      "Antwerpen,\n\nhierna \"VAW\";\n\nDe ontvangende instantie:\n\nHet OCMW Hasselbeke, met zetel te "
                      "Hasselbeke,\n\nhierna \"het OCMW\";\n\nhierna samen \"de partijen\".\n\n## Artikel 1 – Voorwerp"
                      "\n\nGegevens.\n\n## Execution\n\nSigned for the OCMW at Hasselbeke on 3 March 2025.\n",
                      encoding="utf-8")
    parsed = parse_document(listed, listed.read_bytes())
    assert [p.name for p in parsed.info.parties] == ["Het Agentschap Wonen", "Het OCMW Hasselbeke"]
    assert parsed.clauses[-1].label == "Signatures" and parsed.info.signed == "2025-03-03"
    sla = tmp_path / "sla.md"
    sla.write_text("# Accord sur les niveaux de services\n\nLe présent accord décrit le service.\n\n"
                   "## Responsabilités\n\nLe SNC est responsable de l'hébergement.\n\n## Disponibilité du service\n\n"
                   "Le service est disponible 99,5 % du temps.\n", encoding="utf-8")
    labels = [c.label for c in parse_document(sla, sla.read_bytes()).clauses]
    assert labels == ["Preamble", "Responsabilités", "Disponibilité du service"]


def test_a_paragraph_sign_after_a_wrapped_reference_heads_no_paragraph():
    clauses = _segment("Art. 11. Inbreuken\n§1 Elke partij meldt een inbreuk binnen 48 uur.\n§2 De verstrekkende "
                       "instantie kan de mededeling opschorten, overeenkomstig artikel 14,\n§4.\nArt. 12. Rechten\n"
                       "§1 De betrokkenen hebben rechten.\n")
    assert [label for label in clauses if label != "Preamble"] == ["11", "11 §1", "11 §2", "12", "12 §1"]
    assert clauses["11 §2"].text.endswith("artikel 14,\n§4.")


def test_a_heading_wrapped_after_a_small_word_keeps_its_last_words():
    clauses = _segment("Article 15 – Délégués à la protection des données et points de\ncontact\n"
                       "15.1 Le DPO du CPAS est Madame Nathalie Coppée.\nArticle 16 – Durée\nTrois ans.\n")
    assert clauses["15"].title == "Délégués à la protection des données et points de contact"
    assert clauses["16"].title == "Durée"


def test_dutch_clausule_headings_and_their_numbered_sub_clauses():
    """The Dutch text of the Commission's standard clauses: "Clausule 7 – …", then "7.1. Instructies"."""
    clauses = _segment("Standaardcontractbepalingen\nTussen de gemeente en de verwerker.\n"
                       "Clausule 7 – Verplichtingen van de partijen\n7.1. Instructies\n"
                       "a) De verwerker verwerkt persoonsgegevens enkel op basis van gedocumenteerde instructies.\n"
                       "7.7. Gebruik van subverwerkers\n"
                       "a) De verwerker heeft de algemene toestemming van de verwerkingsverantwoordelijke.\n"
                       "Clausule 8 – Bijstand aan de verwerkingsverantwoordelijke\n"
                       "De verwerker staat de verwerkingsverantwoordelijke bij.\n")
    assert {"7", "7.1", "7.7", "8"} <= set(clauses)
    assert "algemene toestemming" in clauses["7.7"].text and "algemene toestemming" not in clauses["7.1"].text


def test_a_second_numbered_series_under_its_own_section_heading_keeps_its_numbers():
    """"A. Definitions" numbered 1.–3., then "B. General provisions" numbered 1.–4. again: the articles are B's, the
    definitions a secondary numbering, the preamble stays the preamble."""
    clauses = _segment("NON-DISCLOSURE AGREEMENT\nThis Agreement is made between Alpha Ltd and Beta plc.\n"
                       "A. Definitions\n1. “Agreement” means this agreement.\n2. “Party” means Alpha or Beta.\n"
                       "3. “Information” means all information disclosed.\n"
                       "B. General Provisions\nThe following provisions govern the Information.\n"
                       "1. Use. The Recipient uses the Information only for the Project.\n"
                       "2. Disclosure. The Recipient discloses nothing to third parties.\n"
                       "3. Return. The Recipient returns the Information on request.\n"
                       "4. Term. This Agreement remains in effect for two years.\n")
    assert "Preamble" in clauses and {"1", "2", "3", "4"} <= set(clauses)
    assert "two years" in clauses["4"].text and "only for the Project" in clauses["1"].text
    assert [label for label, c in clauses.items() if "“Party” means" in c.text][0].endswith(" 1 – 2")  # "Part 1 – 2"


def test_numbered_markdown_headings_that_jump_ahead_are_still_articles():
    """An extract, or an agreement whose articles were struck out: "## 1. Scope" then "## 4. Security" heads
    article 4, whose "### 4.1 Measures" is 4.1 — not clauses labelled with their whole heading."""
    clauses = _segment("# Data Processing Agreement\n\nBetween Acme (Controller) and Beta (Processor).\n\n"
                       "## 1. Scope\n\n1.1 This Agreement governs the processing.\n\n## 4. Security\n\n"
                       "### 4.1 Measures\nThe Processor protects the data.\n\n### 4.2 Breaches\nThe Processor "
                       "notifies breaches within 36 hours.\n")
    assert list(clauses) == ["Preamble", "1", "1.1", "4", "4.1", "4.2"]
    assert (clauses["4"].title, clauses["4.1"].title) == ("Security", "Measures")


def test_lettered_and_roman_articles_with_numbered_parts():
    """"A. General" with "A.1", "A.2" (two lettered headings are enough when their parts are numbered after
    them) and "I. Dispositions générales" with "I.1", "I.2"."""
    lettered = _segment("DATA PROCESSING AGREEMENT\n\nBetween A and B.\n\nA. General\nA.1 This Agreement governs the "
                        "processing.\nA.2 The Processor acts on instructions.\nB. Security\nB.1 The Processor protects "
                        "the data.\nB.2 It notifies breaches within 36 hours.\n")
    assert list(lettered) == ["Preamble", "A", "A.1", "A.2", "B", "B.1", "B.2"]
    assert lettered["B.2"].text == "B.2 It notifies breaches within 36 hours." and lettered["B.2"].parent == "B"
    roman = _segment("CONTRAT DE SOUS-TRAITANCE\n\nEntre A et B.\n\nI. Dispositions générales\nI.1 Le présent "
                     "contrat a pour objet le traitement.\nI.2 Le sous-traitant agit sur instruction.\nII. Sécurité\n"
                     "II.1 Le sous-traitant protège les données.\nII.2 Il notifie toute violation dans les 48 "
                     "heures.\n")
    assert list(roman) == ["Preamble", "I", "I.1", "I.2", "II", "II.1", "II.2"]


def test_an_agreement_numbered_nowhere_is_parted_by_its_headings_in_capitals():
    clauses = _segment("NON-DISCLOSURE AGREEMENT\n\nThis Agreement is made on 3 March 2025 between Helix BV and the "
                       "City of Lier.\n\nPURPOSE\nThe parties wish to discuss a data project.\n\nTERM\nThis Agreement "
                       "remains in force for three (3) years.\n\nGOVERNING LAW\nThis Agreement is governed by Belgian "
                       "law.\n\n"
                       "Signed at Lier on 3 March 2025.\n")
    assert list(clauses) == ["Preamble", "Purpose", "Term", "Governing Law", "Signatures"]
    assert clauses["Term"].text == "TERM\nThis Agreement remains in force for three (3) years."
    assert clauses["Preamble"].text.startswith("NON-DISCLOSURE AGREEMENT")  # the title block is no heading
    # a numbered agreement keeps its numbers: a line in capitals inside it heads nothing
    numbered = _segment("AGREEMENT\n\nBetween A and B.\n\n1. Scope\nThe scope.\nIMPORTANT NOTICE\nRead this.\n"
                        "2. Term\nThree years.\n3. Law\nBelgian law.\n")
    assert list(numbered) == ["Preamble", "1", "2", "3"]


def test_titles_and_chapters_that_group_articles_are_no_clause_and_end_none():
    """"TITRE II – SÉCURITÉ" between two articles is no part of article 2 (its quotes would end with it), and
    "Hoofdstuk 1" above article 1 no part of the preamble; "§ 1." under a heading "Article 3" alone on its line
    parts article 3 (the heading is no reference the layout wrapped)."""
    clauses = _segment("CONVENTION DE TRAITEMENT\n\nEntre la Commune de Huy et Datalux SA.\n\nTITRE I – DISPOSITIONS "
                       "GÉNÉRALES\n\nChapitre 1er – Objet\n\nArticle 1\nLe prestataire traite les données pour le "
                       "compte de la commune.\n\nArticle 2\nChaque partie désigne un point de contact.\n\nTITRE II – "
                       "SÉCURITÉ\n\nArticle 3\n§ 1. Le prestataire prend des mesures appropriées.\n§ 2. Il notifie "
                       "toute violation de données dans les 36 heures.\n")
    assert list(clauses) == ["Preamble", "1", "2", "3", "3 §1", "3 §2"]
    assert clauses["2"].text == "Article 2\nChaque partie désigne un point de contact."
    assert clauses["Preamble"].text.endswith("Datalux SA.")
    assert clauses["3 §2"].text == "§ 2. Il notifie toute violation de données dans les 36 heures."
    dutch = _segment("VERWERKERSOVEREENKOMST\n\nHOOFDSTUK I. ALGEMENE BEPALINGEN\n\nArtikel 1 – Voorwerp\nDe Verwerker "
                     "verwerkt gegevens.\n\nHoofdstuk II\n\nArtikel 2 – Duur\nDeze overeenkomst geldt voor drie "
                     "jaar.\n")
    assert list(dutch) == ["Preamble", "1", "2"] and dutch["1"].text.endswith("verwerkt gegevens.")
    # a wrapped sentence that starts with a chapter of a law heads nothing
    wrapped = _segment("OVEREENKOMST\n\nArtikel 1 – Voorwerp\nDe Verwerker past de regels toe van\nHoofdstuk III van "
                       "de AVG.\n\nArtikel 2 – Duur\nDrie jaar.\n")
    assert "Hoofdstuk III van de AVG." in wrapped["1"].text


def test_a_table_of_contents_heads_nothing():
    """Its lines ("4. Datalekken ...... 3", "Bijlage 1 – Subverwerkers ...... 5") stay in the preamble: the annex
    line in it would otherwise open the annex and hold the whole agreement."""
    clauses = _segment("VERWERKERSOVEREENKOMST\n\nInhoud\n1. Definities ............ 2\n2. Datalekken ............ 3\n"
                       "Bijlage 1 – Subverwerkers ............ 5\n\nTussen Stad Mechelen en Cloudo NV.\n\n"
                       "1. Definities\n"
                       "De begrippen van de AVG.\n\n2. Datalekken\nDe Verwerker meldt een datalek binnen 24 uur.\n\n"
                       "Bijlage 1 – Subverwerkers\n| Naam | Land |\n|---|---|\n| Hostco BV | Nederland |\n")
    assert list(clauses) == ["Preamble", "1", "2", "Bijlage 1"]
    assert clauses["2"].text == "2. Datalekken\nDe Verwerker meldt een datalek binnen 24 uur."
    assert clauses["Bijlage 1"].title == "Subverwerkers" and "Hostco BV" in clauses["Bijlage 1"].text


def test_an_article_set_again_in_the_other_language_is_its_other_version():
    clauses = segment_clauses("doc", *assemble(["\n".join([
        "VERWERKERSOVEREENKOMST / CONTRAT DE SOUS-TRAITANCE",
        "Tussen de Gemeente Vorst en Brusoft NV. Entre la Commune de Forest et Brusoft SA.",
        "Artikel 1 – Voorwerp",
        "De verwerker beheert de toepassing voor de burgerzaken van de gemeente en de gegevens daarin.",
        "Article 1 – Objet",
        "Le sous-traitant gère l'application de l'état civil de la commune et les données qu'elle contient.",
        "Artikel 2 – Datalekken",
        "2.1 De verwerker meldt een datalek binnen 24 uur aan de gemeente, met alle gegevens die hij heeft.",
        "Article 2 – Fuites de données",
        "2.1 Le sous-traitant notifie une violation dans les 24 heures à la commune, avec toutes les informations.",
        "Bijlage 1 – Subverwerkers",
        "Annexe 1 – Sous-traitants ultérieurs",
        "Cloudea SAS, hébergement, France",
    ])])[0:2])
    labels = [(c.label, c.title) for c in clauses]
    # each version keeps the article's number, none is a restart ("Partie 2 – 1") or dropped as a duplicate
    assert labels == [("Preamble", None), ("1", "Voorwerp"), ("1", "Objet"), ("2", "Datalekken"),
                      ("2.1", None), ("2", "Fuites de données"), ("2.1", None),
                      ("Bijlage 1", "Subverwerkers"), ("Bijlage 1", "Sous-traitants ultérieurs")]
    assert "24 heures" in clauses[6].text and "24 uur" in clauses[4].text


def test_the_same_article_number_twice_in_one_language_is_still_one_article():
    clauses = segment_clauses("doc", *assemble(["\n".join([
        "Artikel 1 – Voorwerp", "De verwerker beheert de toepassing voor de burgerzaken van de gemeente.",
        "Artikel 2 – Duur", "Deze overeenkomst loopt drie jaar.",
        "Artikel 2 – Duur", "Deze overeenkomst loopt drie jaar vanaf de ondertekening door beide partijen.",
    ])])[0:2])
    assert [c.label for c in clauses].count("2") == 1


def test_articles_lettered_after_their_keyword_keep_their_letters_the_ninth_too():
    letters = "ABCDEFGHIJ"
    lines = ["CONTRAT DE SOUS-TRAITANCE", "Entre la Commune de Ciney et Datapol SA."]
    for n, letter in enumerate(letters, 1):
        lines += [f"Article {letter}. Point {n}", f"Le sous-traitant respecte l'obligation numéro {n} du contrat."]
    clauses = segment_clauses("doc", *assemble(["\n".join(lines)])[0:2])
    assert [c.label for c in clauses] == ["Preamble", *letters]
    assert clauses[9].title == "Point 9" and "numéro 9" in clauses[9].text


def test_signed_for_a_party_below_the_last_clause_opens_the_signatures():
    clauses = segment_clauses("doc", *assemble(["\n".join([
        "DATA PROCESSING AGREEMENT", "1 SCOPE", "1.1 Tallyo hosts the permit platform for the Association.",
        "2 LAW AND COURTS", "2.1 This Agreement is governed by Belgian law.",
        "Signed for Intercommunale Scheldevallei on 18 May 2027: Bart Vanneste, general manager.",
        "Signed for Tallyo Software Limited on 20 May 2027: Conor Walsh, chief executive officer.",
    ])])[0:2])
    assert [c.label for c in clauses][-2:] == ["2.1", "Signatures"]
    assert "Conor Walsh" in clauses[-1].text and "Signed" not in clauses[-2].text


def test_lettered_parts_whose_paragraphs_carry_the_part_letter():
    """Found by a blind agreement (thirteenth session): "PART C – SUB-PROCESSORS" over "C1.", "C2." paragraphs
    were one clause per part, and the signature block after "G3." went unseen."""
    clauses = _segment("DATA PROCESSING AGREEMENT\nBetween: A and B.\n# PART A – GENERAL\n"
                       "A1. Terms have the meaning the GDPR gives them.\nA2. This Agreement enters into force today.\n"
                       "# PART C – BREACHES\nC1. The Supplier shall notify a breach within 36 hours.\n"
                       "C2. The notice describes the breach.\nSigned on 20 January 2026.\nFor A: X, Mayor.\n"
                       "# ANNEX 1 – DESCRIPTION\nSubject matter | Booking\n")
    assert [label for label in clauses if label != "Preamble"] == ["A1", "A2", "C1", "C2", "Signatures", "Annex 1"]
    assert clauses["C1"].text.startswith("C1. The Supplier shall notify")
    assert "C2" not in clauses["C1"].text


def test_a_letter_and_number_out_of_sequence_heads_nothing():
    clauses = _segment("AGREEMENT\n\n1. Scope\nThe parties agree.\n\n2. Security\nB2 The standard applies.\n")
    assert list(clauses) == ["Preamble", "1", "2"]


def test_roman_parts_over_articles_numbered_on_their_own():
    """Found by trying numbering styles (thirteenth session): "I. GENERAL PROVISIONS" over "1. Definitions" read
    the Roman numerals as the articles, so articles 1-4 vanished into "I" and "II"."""
    clauses = _segment("AGREEMENT\nBetween A and B.\nI. GENERAL PROVISIONS\n1. Definitions\nTerms have GDPR meanings."
                       "\n2. Scope\nThis applies to the service.\nII. OBLIGATIONS\n3. Breaches\nThe Processor "
                       "notifies within 24 hours.\n4. Audits\nThe Controller may audit.\n")
    assert list(clauses) == ["Preamble", "1", "2", "3", "4"]
    assert "OBLIGATIONS" not in clauses["2"].text and clauses["3"].text.startswith("3. Breaches")
    # Roman numerals that number the articles themselves stay articles
    roman = _segment("AGREEMENT\nBetween A and B.\nI. DEFINITIONS\nTerms have GDPR meanings.\nII. BREACHES\n"
                     "The Processor notifies within 24 hours.\n")
    assert list(roman) == ["Preamble", "I", "II"]


def test_a_signature_line_read_by_ocr_without_its_accent_opens_the_signatures():
    """Found by a blind scan (thirteenth session): OCR read "Fait à Sombreval" as "Fait a Sombreval", and the
    signatures stayed inside the last article."""
    clauses = _segment("CONVENTION\nEntre A et B.\nArticle 1 – Objet\nLe sous-traitant traite des données.\n"
                       "Article 2 – Droit applicable\nLe droit belge s'applique.\n"
                       "Fait a Sombreval, le 27 novembre 2026, en deux exemplaires.\nPour le CPAS : C. Lemaire.\n")
    assert list(clauses) == ["Preamble", "1", "2", "Signatures"]
    assert "Fait a" not in clauses["2"].text


def test_numbers_alone_on_their_line_head_the_articles_whose_title_follows():
    """Found by a blind PDF (fourteenth session): "6." on its line above "PERSONAL DATA BREACHES", and "6.1" above
    its text, left the headings in the clause before ("… within 4 business hours. / 7. / ASSISTANCE")."""
    clauses = _segment("DATA PROCESSING AGREEMENT\nBetween A and B.\n1.\nSCOPE\n1.1\nThe Processor hosts the system."
                       "\n2.\nPERSONAL DATA BREACHES\n2.1\nThe Processor notifies within 48 hours.\n2.2\n"
                       "Tickets are answered within 4 business hours.\n3.\nASSISTANCE\n3.1\nThe Processor assists.\n")
    assert list(clauses) == ["Preamble", "1", "1.1", "2", "2.1", "2.2", "3", "3.1"]
    assert clauses["2"].title == "PERSONAL DATA BREACHES"
    assert "ASSISTANCE" not in clauses["2.2"].text
    assert clauses["2.1"].heading_path[0] == "2. PERSONAL DATA BREACHES"


def test_an_article_title_on_the_line_below_names_the_article_of_its_parts():
    """Found by a blind PDF (fourteenth session): "Artikel 8" / "Inbreuken in verband met persoonsgegevens" (five
    words) lost its title, and the parts below "Artikel 1" / "Voorwerp" did not carry it in their heading path."""
    clauses = _segment("OVEREENKOMST\nTussen A en B.\nArtikel 1\nVoorwerp\n1.1 De Verwerker beheert de kaarten.\n"
                       "Artikel 2\nInbreuken in verband met persoonsgegevens\n2.1 De Verwerker meldt elke inbreuk "
                       "binnen 36 uur.\n")
    assert clauses["2"].title == "Inbreuken in verband met persoonsgegevens"
    assert clauses["1.1"].heading_path[0] == "Artikel 1 Voorwerp"
    # the article's first sentence below its heading is no title
    plain = _segment("OVEREENKOMST\nTussen A en B.\nArtikel 1\nDe Verwerker beheert de kaarten van de gemeente.\n")
    assert plain["1"].title is None


def test_point_headings_number_the_articles():
    """Found by a blind DOCX (fourteenth session): "POINT 1 – OBJET" headings were labelled by their whole text."""
    clauses = _segment("CONVENTION\nEntre A et B.\n## POINT 1 – OBJET\nLe sous-traitant traite des données.\n"
                       "## POINT 2 – VIOLATIONS DE DONNÉES\nIl notifie toute violation dans les 24 heures.\n"
                       "Fait à Montrival, le 14 octobre 2026.\nPour la Commune : C. Lambert.\n")
    assert list(clauses) == ["Preamble", "1", "2", "Signatures"]
    assert clauses["2"].title == "VIOLATIONS DE DONNÉES"


def test_an_upper_case_premier_and_a_number_dashed_from_its_title_head_articles():
    """Found by probing numbering styles (fourteenth session): "ARTICLE 1ER – OBJET" was titled "ER – OBJET", and
    "1 - OBJET" / "2 - DURÉE" headed nothing."""
    clauses = _segment("CONVENTION\nEntre A et B.\nARTICLE 1ER – OBJET\nLe sous-traitant traite.\nARTICLE 2 – DURÉE\n"
                       "La convention dure un an.\n")
    assert clauses["1"].title == "OBJET"
    dashed = _segment("CONVENTION\nEntre A et B.\n1 - OBJET\nLe sous-traitant traite.\n2 - DURÉE\nLa convention dure "
                      "un an.\n")
    assert list(dashed) == ["Preamble", "1", "2"] and dashed["2"].title == "DURÉE"
