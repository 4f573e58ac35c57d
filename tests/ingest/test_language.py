"""Which language a question or clause is written in: it chooses the stemmer, the answer's language and whether
the quote counts as cross-language evidence."""

import pytest

from ingest.language import detect_language


@pytest.mark.parametrize("text, language", [
    # questions made of question words, pronouns and inverted verbs only: no article or preposition to go by
    ("Comment l'utilisateur peut-il résilier ces Conditions ?", "fr"),
    ("Quand peut-on résilier ?", "fr"),
    ("Can we collect health data through Brightform forms?", "en"),
    ("Hoe kunnen wij onze gegevens terugkrijgen?", "nl"),
    ("Wanneer mag de klant opzeggen?", "nl"),
    ("Le sous-traitant notifie la violation dans les 48 heures.", "fr"),
    ("The processor shall notify the controller without undue delay.", "en"),
])
def test_short_questions_are_told_apart(text, language):
    assert detect_language(text, default="xx") == language


def test_a_text_without_any_known_word_gets_the_default():
    assert detect_language("Orbis 2024 — SLA v3", default="xx") == "xx"
