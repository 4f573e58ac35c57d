"""Review grids as they stand today: each agreement's grid (computed at ingest, store.grids) with the cells that a
stored addendum changed replaced by the addendum's value — cited to the addendum's clause, with the date it
applies from and the value it replaced."""

from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentInfo
from review.extract import extract_grid
from review.items import BY_ID
from review.models import STATED, Grid

from .amendments import amended_agreement, amends, is_addendum, new_wording


def grids_in_force(store, documents: list[str] | None = None, grids: dict[str, Grid] | None = None,
                    readable: set[str] | None = None) -> list[Grid]:
    """`documents`: the grids wanted (all when None); `grids`: the grids to start from (document -> Grid), when
    not those stored at ingest; `readable`: the agreements a user may read (all when None) — only their grids are
    returned and only their addenda applied, so an addendum she may not read never shows through a cell."""
    infos = {info.document: info for info, _ in store.documents()
             if readable is None or info.document in readable}
    grids = dict(grids) if grids is not None else {grid.document: grid for grid in store.grids()}
    grids = {document: grid for document, grid in grids.items() if document in infos}
    for addendum in (info for info in infos.values() if is_addendum(info)):
        clauses = store.clauses(addendum.document)
        target = amended_agreement(addendum, clauses[0].text[:600] if clauses else addendum.title, infos.values())
        if target is None or target not in grids or addendum.document not in grids:
            continue
        grids[target] = _amend(grids[target], addendum.document, clauses, infos[target],
                               in_force_from(grids[addendum.document], addendum))
    wanted = set(documents) if documents is not None else None
    return [grid for document, grid in sorted(grids.items()) if wanted is None or document in wanted]


def in_force_from(grid: Grid, addendum: DocumentInfo) -> str | None:
    """The ISO date an addendum takes effect: its grid's effective date, else the day it was signed."""
    effective = grid.cell("effective_date")
    return effective.value if effective and effective.status == STATED else addendum.signed


def _amend(grid: Grid, addendum: str, clauses, target_info, from_date: str | None) -> Grid:
    """A cell changes only when the addendum says it changes the clause the cell rests on ("Artikel 12.2 van de
    Verwerkersovereenkomst wordt gewijzigd en luidt …") and that clause of the addendum states the item. A list
    (the sub-processors annex) that the addendum replaces ("Bijlage C wordt vervangen door de nieuwe Bijlage C die
    als Bijlage 1 aan dit Addendum is gehecht") is read from the addendum's own table."""
    cells = list(grid.cells)
    whole = None  # the addendum read as a whole, for the tables it attaches (once, when a list is replaced)
    for clause in clauses:
        amended = [i for i, cell in enumerate(cells) if cell.status == STATED and cell.clause
                   and cell.amended_by != addendum and amends(clause, cell.clause, cell.quote)]
        if not amended:
            continue
        new = extract_grid(target_info, [replace(clause, text=new_wording(clause.text))], kind=grid.kind)
        for i in amended:
            if BY_ID[cells[i].item].kind == "list":
                whole = whole or extract_grid(target_info, clauses, kind=grid.kind)
                cell = whole.cell(cells[i].item)
            else:
                cell = new.cell(cells[i].item)
            if cell is not None and cell.status == STATED and cell.value != cells[i].value:
                cells[i] = replace(cell, amended_by=addendum,
                                   data={**cell.data, "in_force_from": from_date,
                                         "replaces": {"value": cells[i].value, "clause": cells[i].clause}})
    return replace(grid, cells=tuple(cells))
