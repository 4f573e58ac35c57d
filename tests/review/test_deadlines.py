"""Deadlines from a grid: end of term and the last day to give notice, a coming-due list, an iCalendar file."""

from datetime import date

from icalendar import Calendar

from review.deadlines import coming_due, deadlines, to_ics
from review.models import Cell, Grid


def grid(term: Cell, notice: Cell) -> Grid:
    start = Cell("effective_date", "stated", "2025-04-01", {}, "treedt in werking op 1 april 2025", "3.1")
    return Grid("vwo", "processing", (start, term, notice))


def test_end_of_term_and_notice_day_become_calendar_events():
    found = deadlines(grid(Cell("term", "stated", "3 years", {"amount": 3, "unit": "years"}, "drie (3) jaar", "3.2"),
                           Cell("termination_notice", "stated", "6 months", {"amount": 6, "unit": "months"},
                                "met een opzegtermijn van zes (6) maanden", "3.3")), "Verwerkersovereenkomst")
    assert [(d.what, d.day, d.clauses) for d in found] == [
        ("end of term", date(2028, 3, 31), ("3.1", "3.2")),
        ("last day to give notice before the end", date(2027, 9, 30), ("3.3", "3.2"))]
    assert [d.what for d in coming_due(found, date(2027, 8, 1), 90)] == ["last day to give notice before the end"]
    assert coming_due(found, date(2025, 8, 1), 90) == []
    events = Calendar.from_ical(to_ics(found)).walk("VEVENT")
    assert [(e.get("dtstart").dt, str(e.get("summary"))) for e in events] == [
        (date(2027, 9, 30), "Verwerkersovereenkomst: last day to give notice before the end"),
        (date(2028, 3, 31), "Verwerkersovereenkomst: end of term")]
    assert "3.3" in str(events[0].get("description"))


def test_a_term_without_a_period_sets_no_date():
    assert deadlines(grid(Cell("term", "stated", "stated", {}, "zolang de Hoofdovereenkomst loopt", "9.1"),
                          Cell("termination_notice", "not stated")), "x") == []


def _with_authorisation(quote: str, term: Cell) -> Grid:
    start = Cell("effective_date", "stated", "2025-04-01", {}, "treedt in werking op 1 april 2025", "3.1")
    return Grid("vwo", "processing", (start, term, Cell("subprocessor_authorisation", "stated", "general", {},
                                                        quote, "6.1")))


def test_a_sub_processor_authorisation_ends_when_its_sentence_says_or_with_the_agreement():
    three_years = Cell("term", "stated", "3 years", {"amount": 3, "unit": "years"}, "drie (3) jaar", "3.2")
    until = deadlines(_with_authorisation("De Opdrachtgever verleent algemene toestemming tot 31 december 2026 "
                                          "voor de inschakeling van subverwerkers.", three_years), "x")
    assert [(d.what, d.day, d.clauses) for d in until][-1] == (
        "end of the sub-processor authorisation", date(2026, 12, 31), ("6.1",))
    period = deadlines(_with_authorisation("Le Responsable autorise le recours à des sous-traitants ultérieurs "
                                           "pour une durée de deux (2) ans.", three_years), "x")
    assert (period[-1].what, period[-1].day) == ("end of the sub-processor authorisation", date(2027, 3, 31))
    plain = deadlines(_with_authorisation("Customer grants a general authorisation to engage Sub-processors.",
                                          three_years), "x")
    assert [(d.what, d.day, d.clauses) for d in plain][-1] == (
        "end of the sub-processor authorisation (with the agreement)", date(2028, 3, 31), ("6.1", "3.2"))
    # no term of its own and none of the agreement: no date to put in a calendar
    assert deadlines(_with_authorisation("Customer grants a general authorisation to engage Sub-processors.",
                                         Cell("term", "not stated")), "x") == []
