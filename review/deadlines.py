"""Dates an agreement sets, from its grid: the end of its term (start + term) and the last day to give notice
before that end (end - notice period), each with the clauses it rests on; a "coming due" list and an iCalendar
export. Only periods the grid reads as durations give dates: a term "for as long as the main contract runs" has
no end date of its own."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .models import STATED, Grid


@dataclass(frozen=True)
class Deadline:
    document: str
    title: str
    what: str  # "end of term" or "last day to give notice before the end"
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
    if not (start_cell and start_cell.status == STATED and term and term.status == STATED
            and term.data.get("amount")):
        return []
    start = date.fromisoformat(start_cell.value)
    end = _add(start, term.data["amount"], term.data["unit"])
    if end is None:
        return []
    end -= timedelta(days=1)  # a term of three years from 1 April 2025 ends on 31 March 2028
    found = [Deadline(grid.document, title, "end of term", end, (start_cell.clause, term.clause), term.quote or "")]
    if notice and notice.status == STATED and notice.data.get("amount"):
        last = _add(end, notice.data["amount"], notice.data["unit"], sign=-1)
        if last is not None:
            found.append(Deadline(grid.document, title, "last day to give notice before the end", last,
                                  (notice.clause, term.clause), notice.quote or ""))
    return found


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
