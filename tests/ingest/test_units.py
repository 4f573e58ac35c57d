"""Sentences as the answering and the grid read them."""

from ingest.units import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, whole_short=False)]


def test_a_legal_form_in_initials_ends_no_sentence():
    """Found by a blind agreement (thirteenth session): "Mollie B.V. (…, Pays-Bas)." was cut after "B.V.", and the
    sub-processor's country with it."""
    text = ("La Commune autorise Brevo SAS (courriels, France) et Mollie B.V. (paiement en ligne, Pays-Bas). "
            "Pour tout autre sous-traitant, Solfeo demande une autorisation.")
    assert _sentences(text) == ["La Commune autorise Brevo SAS (courriels, France) et Mollie B.V. (paiement en "
                                "ligne, Pays-Bas).", "Pour tout autre sous-traitant, Solfeo demande une autorisation."]
    assert len(_sentences("De verwerker is Dataflow N.V. Hij meldt elk datalek.")) == 1  # (the price of the rule)


def test_a_legal_form_before_the_brackets_that_follow_the_name_ends_no_sentence():
    """Found by a blind agreement (fourteenth session): "Esri Inc. (map services, United States)" was cut after
    "Inc.", and the sub-processor's country with it; "Ltd." before a new sentence still ends one."""
    text = "These are Microsoft Ireland Ltd (hosting) and Esri Inc. (map services, United States). Others need consent."
    assert _sentences(text)[0].endswith("(map services, United States).")
    assert len(_sentences("The importer is Datawise Ltd. Contact person: the DPO.")) == 2
