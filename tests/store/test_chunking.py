"""Which clauses are embedded: a heading whose text lives in its parts is not."""

from ingest.models import Clause
from store.chunking import is_heading_only


def _clause(text: str, title: str | None) -> Clause:
    return Clause("doc", "6", None, title, (), text, (1, 1), 0, len(text), "en")


def test_a_heading_on_one_or_two_lines_is_only_a_heading():
    """Found by a blind PDF (fourteenth session): "6." above "PERSONAL DATA BREACHES" was embedded and quoted as the
    agreement's answer to a comparison of breach deadlines."""
    assert is_heading_only(_clause("Artikel 7: Bijstand", "Bijstand"))
    assert is_heading_only(_clause("6.\nPERSONAL DATA BREACHES", "PERSONAL DATA BREACHES"))
    assert is_heading_only(_clause("Artikel 8\nInbreuken in verband met persoonsgegevens",
                                   "Inbreuken in verband met persoonsgegevens"))
    assert not is_heading_only(_clause("Artikel 10\nPlaats van verwerking\nDe gegevens blijven in de EER.",
                                       "Plaats van verwerking"))
    assert not is_heading_only(_clause("6.\nThe Processor notifies a breach within 48 hours.", None))
