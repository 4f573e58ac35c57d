"""Which roles a text names, by the generic words of the three languages."""

from assistant.features import role_words, roles_in


def test_supervisory_authorities_by_their_names_in_the_three_languages_and_the_uk():
    words = role_words()
    for text in ("the Trust notifies the Commissioner within 72 hours", "meldt het aan de Autoriteit Persoonsgegevens",
                 "notifie l'Autorité de protection des données", "an die Datenschutzbehörde"):
        assert "authority" in roles_in(text, words), text
    assert "authority" not in roles_in("The Supplier notifies the Trust within 24 hours.", words)

