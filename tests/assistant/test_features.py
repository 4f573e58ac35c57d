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


def test_the_value_asked_until_when_who_signed_and_which_fee():
    """Found by the twelfth session's blind questions: "Until when does the agreement run?" was answered with the date
    it starts, "Who signed for Parkora?" by a sentence naming its sub-processors' companies, and "Welke vergoeding
    betaalt de gemeente?" asked for no amount (so the liability cap "beperkt tot het totaal van de vergoedingen"
    answered it)."""
    from assistant.features import _stated, asked_kinds

    term = ("Deze overeenkomst treedt in werking op 1 januari 2027 en loopt zolang de opdracht loopt, namelijk tot en "
            "met 31 december 2031.")
    assert _stated("date", term, "Until when does the Parkora agreement run?").group() == "31 december 2031"
    assert _stated("date", term, "Wanneer treedt de overeenkomst in werking?").group() == "1 januari 2027"
    assert _stated("date", term, "Tot wanneer loopt de overeenkomst?").group() == "31 december 2031"
    companies = "Op de datum van ondertekening doet Parkora een beroep op Cloudvista BV en Tolkom NV."
    assert _stated("party", companies, "Wie ondertekende namens Parkora?") is None
    assert _stated("party", "Voor Parkora NV,\nSofie Maes, gedelegeerd bestuurder", "Wie ondertekende namens Parkora?")
    assert _stated("party", companies, "Welke subverwerkers gebruikt Parkora?")  # (a company is asked)
    assert "amount" in asked_kinds("Welke vergoeding betaalt de gemeente Heistvelde aan Parkora?")
    assert "amount" in asked_kinds("What fee does the city pay?") and "amount" in asked_kinds("Quelle redevance ?")
    assert "amount" not in asked_kinds("Welke gegevens verwerkt Parkora?")
    # (thirteenth session: "how much does … pay" in Dutch and French)
    assert "amount" in asked_kinds("Hoeveel betaalt de gemeente Wervelde aan Klachtlijn per melding?")
    assert "amount" in asked_kinds("Combien paie la Commune pour le logiciel de Solfeo ?")
    # (an unanswerable blind question of the seventeenth session was answered with a preamble's numbers)
    assert "amount" in asked_kinds("What does a day of after-school care cost?") and "amount" in asked_kinds(
        "Wat kost een rit met een deelfiets?")
    assert "amount" in asked_kinds("Quelle est la limite de responsabilité d'Orbitly ?")
    assert "amount" not in asked_kinds("Quelle est la date limite de notification ?")


def test_how_many_things_asks_a_count_that_a_number_of_things_states():
    """Found by the fourteenth session's blind questions: "How many people work in Streetwise's support team?" was
    answered by the sentence saying where the team works, which states no number; "how many hours" stays a
    duration; a number of other things ("in twee originelen") does not say how many parking permits are issued."""
    from assistant.features import _stated, asked_kinds, states_asked_kind

    question = "How many people work in Streetwise's support team in Novi Sad?"
    assert asked_kinds(question) == {"count"}
    assert asked_kinds("Combien de rappels par SMS Orbitly envoie-t-elle ?") == {"count"}
    assert asked_kinds("Within how many hours must Streetwise notify a breach?") == {"duration"}
    assert asked_kinds("Hoeveel tijd heeft de gemeente om bezwaar te maken?") == {"duration"}
    assert not states_asked_kind("The Processor's support team works from Novi Sad, Serbia, under article 28 GDPR.",
                                 {"count"}, question)
    assert not states_asked_kind("Opgemaakt te Gent op 3 maart 2026.", {"count"}, "Hoeveel exemplaren?")
    assert not states_asked_kind("Stationsstraat 2, 8790 Lindehoeve, represented by Mr Desmet", {"count"}, question)
    assert _stated("count", "The support team counts twelve (12) people.", question).group() == \
        "twelve (12) people"
    # what is counted is what the question counts, in any language
    assert not _stated("count", "Aldus opgemaakt te Hemelrijk in twee originelen.",
                       "How many parking permits does Hemelrijk issue each year?")
    assert _stated("count", "Orbitly stuurt twee herinneringen per sms.", "Combien de rappels Orbitly envoie-t-elle ?")
    assert _stated("count", "Accounts are locked after more than ten (10) consecutive incorrect password attempts.",
                   "After how many consecutive incorrect password attempts are accounts locked?")
    assert _stated("count", "Opgemaakt in twee exemplaren.", "In hoeveel exemplaren?").group() == "twee exemplaren"
