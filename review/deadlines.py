"""Dates an agreement sets, from its grid: the end of its term (start + term), the last day to give notice
before that end (end - notice period) and the end of the sub-processor authorisation, each with the clauses it
rests on; a "coming due" list and an iCalendar export. Only periods the grid reads as durations give dates: a term
"for as long as the main contract runs" has no end date of its own.

A sub-processor authorisation ends on the date or after the period its own sentence sets ("tot 31 december 2027",
"for a period of two years"); otherwise it is part of the agreement and ends with its term."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .models import STATED, Cell, Grid
from .values import dates, durations


# an end the authorisation's own sentence sets: a date after "until", a period after "for a period of"
_UNTIL = re.compile(r"\b(?:until|till|up to and including|through|tot en met|tot|jusqu.(?:au|à|a)|"
                    r"expir\w* on|vervalt op|verloopt op)\s+", re.IGNORECASE)
_FOR_PERIOD = re.compile(r"\b(?:for a (?:period|term) of|voor een (?:periode|duur|termijn) van|"
                         r"pour une (?:dur[ée]e|p[ée]riode) de)\s+", re.IGNORECASE)
AUTHORISATION_END = "end of the sub-processor authorisation"


@dataclass(frozen=True)
class Deadline:
    document: str
    title: str
    what: str  # "end of term", "last day to give notice before the end" or AUTHORISATION_END
    day: date
    clauses: tuple[str, ...]
    quote: str


def _add(start: date, amount: float, unit: str, sign: int = 1) -> date | None:
    amount = int(amount) * sign
    if unit in ("days", "working days"):  # a working day counts as a day: the deadline errs early, never late
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    months = amount * (12 if unit == "years" else 1) if unit in ("months", "years") else None
    if months is None:
        return None
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def deadlines(grid: Grid, title: str) -> list[Deadline]:
    start_cell, term, notice = grid.cell("effective_date"), grid.cell("term"), grid.cell("termination_notice")
    start = date.fromisoformat(start_cell.value) if start_cell and start_cell.status == STATED else None
    found = []
    end = None
    if start and term and term.status == STATED and term.data.get("amount"):
        end = _last_day(start, term.data["amount"], term.data["unit"])
    if end is not None:
        found.append(Deadline(grid.document, title, "end of term", end, (start_cell.clause, term.clause),
                              term.quote or ""))
        if notice and notice.status == STATED and notice.data.get("amount"):
            last = _add(end, notice.data["amount"], notice.data["unit"], sign=-1)
            if last is not None:
                found.append(Deadline(grid.document, title, "last day to give notice before the end", last,
                                      (notice.clause, term.clause), notice.quote or ""))
    authorisation = grid.cell("subprocessor_authorisation")
    if authorisation and authorisation.status == STATED:
        own = _authorisation_end(authorisation, start)
        if own is not None:
            found.append(Deadline(grid.document, title, AUTHORISATION_END, own,
                                  (authorisation.clause,), authorisation.quote or ""))
        elif end is not None:
            found.append(Deadline(grid.document, title, AUTHORISATION_END + " (with the agreement)", end,
                                  (authorisation.clause, term.clause), authorisation.quote or ""))
    return found


def _authorisation_end(cell: Cell, start: date | None) -> date | None:
    quote = cell.quote or ""
    for match in _UNTIL.finditer(quote):
        found = dates(quote[match.end():match.end() + 40])
        if found:
            return date.fromisoformat(found[0])
    for match in _FOR_PERIOD.finditer(quote):
        found = durations(quote[match.end():match.end() + 40])
        if start and found and found[0][1] == 0:
            return _last_day(start, found[0][0].amount, found[0][0].unit)
    return None


def _last_day(start: date, amount: float, unit: str) -> date | None:
    """A period's last day: three years from 1 April 2025 end on 31 March 2028."""
    end = _add(start, amount, unit)
    return end - timedelta(days=1) if end else None


def coming_due(found: list[Deadline], today: date, within_days: int) -> list[Deadline]:
    return sorted((d for d in found if today <= d.day <= today + timedelta(days=within_days)), key=lambda d: d.day)


def to_ics(found: list[Deadline]) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//akkoord//review deadlines//EN")
    cal.add("version", "2.0")
    for deadline in sorted(found, key=lambda d: d.day):
        event = Event()
        event.add("uid", f"{deadline.document}-{deadline.what.replace(' ', '-')}-{deadline.day.isoformat()}@akkoord")
        event.add("dtstamp", date.today())
        event.add("dtstart", deadline.day)
        event.add("summary", f"{deadline.title}: {deadline.what}")
        event.add("description", f"Clauses {', '.join(c for c in deadline.clauses if c)}: {deadline.quote[:500]}")
        cal.add_component(event)
    return cal.to_ical()
