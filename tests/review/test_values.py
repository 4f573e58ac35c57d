"""Typed values read from agreement text, in the three languages."""

import pytest

from review.values import Duration, amounts, countries, durations, first_duration, governing_law


@pytest.mark.parametrize("text", ["binnen 48 uur", "uiterlijk achtenveertig (48) uur", "within 48 hours",
                                  "dans les quarante-huit (48) heures", "within forty-eight hours"])
def test_one_duration_in_every_wording(text):
    assert [d for d, _, _ in durations(text)] == [Duration(48, "hours")]


@pytest.mark.parametrize("text, days", [("binnen honderdtwintig dagen", 120), ("dans les cent vingt jours", 120),
                                        ("within one hundred and eighty (180) days", 180),
                                        ("gedurende driehonderdvijfenzestig dagen", 365),
                                        ("pendant deux cents jours", 200), ("binnen twintig dagen", 20)])
def test_hundreds_written_out(text, days):
    assert [d for d, _, _ in durations(text)] == [Duration(days, "days")]


def test_units_are_kept():
    found = [str(d) for d, _, _ in durations("tweeënzeventig (72) uur, vijf (5) Werkdagen, dertig (30) "
                                              "kalenderdagen, cinq (5) jours ouvrés, ten (10) Business Days, un an")]
    assert found == ["72 hours", "5 working days", "30 days", "5 working days", "10 working days", "1 year"]
    assert Duration(5, "working days").hours() == 120 and Duration(3, "months").hours() == 2190


def test_without_undue_delay_is_a_deadline_without_hours():
    duration, _, _ = first_duration("notifie sans délai injustifié", promptly=True)
    assert duration.amount is None and duration.hours() is None and str(duration) == "without undue delay"
    assert first_duration("notifie sans délai injustifié") is None


def test_amounts_keep_currency_and_period():
    assert [str(a) for a, _, _ in amounts("beperkt tot EUR 2.000.000 (twee miljoen euro) per kalenderjaar")] == \
        ["EUR 2,000,000 per year"]
    assert [str(a) for a, _, _ in amounts("capped at USD 1,000,000 in aggregate; 2 500 000 euros par sinistre")] == \
        ["USD 1,000,000", "EUR 2,500,000 per claim"]
    assert amounts("99,9 % of the time, 30 days") == []
    # the period before a figure written out first
    assert [str(a) for a, _, _ in amounts("De aansprakelijkheid van de verwerker is per schadegeval beperkt tot "
                                          "tweehonderdvijftigduizend euro (250.000 EUR).")] == ["EUR 250,000 per claim"]
    # thousands in words alone (twelfth session: "limitée à cent vingt-cinq mille euros par année civile" was none)
    assert [str(a) for a, _, _ in amounts("La responsabilité est limitée à cent vingt-cinq mille euros par année "
                                          "civile.")] == ["EUR 125,000 per year"]
    assert [str(a) for a, _, _ in amounts("limited to two hundred thousand pounds per claim")] == ["GBP 200,000 per claim"]
    assert [str(a) for a, _, _ in amounts("beperkt tot vijftig duizend euro")] == ["EUR 50,000"]


def test_countries_and_law():
    assert countries("Pune (India) en Frankfurt am Main (Duitsland); the US, not us") == ["IN", "DE", "US"]
    assert countries("Indien de Verwerker …") == []  # Dutch 'if', not 'Indian'
    # a sub-processor's seat given by a Belgian town alone, only when asked (a court's town is no country)
    seats = "Hostéa SA, établie à Namur, et Luxbackup SARL, Bertrange (Luxembourg)"
    assert countries(seats, towns=True) == ["LU", "BE"]
    assert countries("Hostéa SA, établie à Namur") == []
    assert countries("de namen van de kinderen; Bergen", towns=True) == []
    assert governing_law("Deze Overeenkomst wordt beheerst door het Belgisch recht.") == "BE"
    assert governing_law("La présente convention est régie par le droit français.") == "FR"
    assert governing_law("governed by the laws of the State of Delaware") == "US-DE"
    assert governing_law("governed by the laws of the State of Illinois") == "US-IL"
    assert governing_law("the laws of the State of West Virginia apply") == "US-WV"  # not Virginia
    assert governing_law("the laws of India") == "IN"  # not Indiana
    assert governing_law("régie par les lois de la province de Québec") == "CA-QC"
    assert governing_law("de wet van 30 juli 2018 betreffende de bescherming") is None


def test_template_brackets_and_dates_with_a_comma():
    from review.values import dates

    assert [str(d) for d, _, _ in durations("remain in force for [one (1)] year; then [five (5)] years")] == \
        ["1 year", "5 years"]
    assert dates("This NDA is effective 23 August, 2019 (the Effective Date)") == ["2019-08-23"]
    assert dates("IT IS HEREBY AGREED, this 30th day of April 2015, as follows") == ["2015-04-30"]
    assert dates("is made this _11th__ day of ___August______, 2015__ by and between") == ["2015-08-11"]
    assert dates("made as of the _____ day of _________ 20___ between") == []  # a blank template


def test_a_yearly_fee_named_beside_a_cap_gives_the_cap_no_period():
    """Found by a blind agreement (thirteenth session): "beperkt tot het bedrag van de jaarlijkse vergoeding, met een
    maximum van 50.000 euro" was a cap of EUR 50,000 per year."""
    assert [str(a) for a, _, _ in amounts("De aansprakelijkheid is beperkt tot het bedrag van de jaarlijkse "
                                          "vergoeding, met een maximum van 50.000 euro.")] == ["EUR 50,000"]
    assert [str(a) for a, _, _ in amounts("limited to the annual fees or EUR 100,000, whichever is higher")] == [
        "EUR 100,000"]
    assert [str(a) for a, _, _ in amounts("per kalenderjaar beperkt tot 50.000 euro")] == ["EUR 50,000 per year"]


def test_the_maximum_of_a_formula_takes_the_period_the_cap_was_given_before_it():
    """Found by blind agreements (sixteenth and seventeenth sessions): "is per kalenderjaar beperkt tot het bedrag van
    de vergoedingen die … in de twaalf maanden vóór het schadegeval heeft betaald, met een maximum van 75.000 euro"
    was a cap of EUR 75,000 without its period; a floor under a yearly formula is no yearly cap."""
    assert [str(a) for a, _, _ in amounts(
        "De aansprakelijkheid van de Verwerker is per kalenderjaar beperkt tot het bedrag van de vergoedingen die de "
        "Verwerkingsverantwoordelijke in de twaalf maanden vóór het schadegeval heeft betaald, met een maximum van "
        "75.000 euro.")] == ["EUR 75,000 per year"]
    assert [str(a) for a, _, _ in amounts(
        "De aansprakelijkheid van de Verwerker is per schadegeval beperkt tot het bedrag dat de "
        "Verwerkingsverantwoordelijke hem in de twaalf maanden voor het schadegeval betaalde, met een maximum van "
        "150.000 euro.")] == ["EUR 150,000 per claim"]
    assert [str(a) for a, _, _ in amounts(
        "Liability in each contract year is limited to the fees paid for the services, subject to a maximum of "
        "EUR 300,000.")] == ["EUR 300,000 per year"]
    assert [str(a) for a, _, _ in amounts(
        "La responsabilité est limitée par année contractuelle au montant des redevances, sans que ce plafond puisse "
        "être inférieur à 500.000 euros.")] == ["EUR 500,000"]
