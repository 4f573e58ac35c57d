"""Which roles a text names, by the generic words of the three languages."""

from assistant.features import role_words, roles_in


def test_supervisory_authorities_by_their_names_in_the_three_languages_and_the_uk():
    words = role_words()
    for text in ("the Trust notifies the Commissioner within 72 hours", "meldt het aan de Autoriteit Persoonsgegevens",
                 "notifie l'Autorité de protection des données", "an die Datenschutzbehörde"):
        assert "authority" in roles_in(text, words), text
    assert "authority" not in roles_in("The Supplier notifies the Trust within 24 hours.", words)



def test_a_side_of_the_agreement_answers_who_unless_a_person_is_asked():
    from ingest.models import Party

    from assistant.features import names_a_side

    words = role_words([Party("Intercommunale de Santé du Pays de Famenne", "controller", ("ISPF",))])
    said = roles_in("Les frais de l'audit sont à charge de l'ISPF, sauf manquement grave.", words)
    assert names_a_side("Qui supporte les frais d'un audit ?", said)
    assert not names_a_side("Qui est le délégué à la protection des données ?", said)
    assert not names_a_side("Who signed the agreement for the Council?", said)
    assert not names_a_side("Qui supporte les frais ?", roles_in("Les frais sont partagés.", words))
