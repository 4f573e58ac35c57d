"""Review grids written out: JSON (everything), CSV (one row per agreement) and XLSX (colours from the policy,
a frozen header, each cell's clause and quote as a comment, a sheet with the policy)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .deadlines import deadlines
from .items import ITEMS
from .models import NOT_APPLICABLE, NOT_STATED, Grid
from .policy import DEVIATES, MEETS, MISSING, Policy

_COLOURS = {MEETS: "C6EFCE", DEVIATES: "FFC7CE", MISSING: "FFEB9C"}  # Excel's green, red and yellow


def cell_text(cell) -> str:
    if cell is None or cell.status == NOT_APPLICABLE:
        return "n/a"
    if cell.status == NOT_STATED:
        return "not stated"
    if cell.amended_by:  # "EUR 2,000,000 per year (1.4 of addendum-2, from 2025-02-01)"
        since = cell.data.get("in_force_from")
        return f"{cell.value} ({cell.clause} of {cell.amended_by}" + (f", from {since})" if since else ")")
    return f"{cell.value} ({cell.clause})" if cell.clause else str(cell.value)


def to_json(grids: list[Grid], titles: dict[str, str], policy: Policy | None = None) -> dict:
    """Everything: the items, each agreement's cells (with the policy's flag) and the deadlines."""
    result = {"items": [{"id": i.id, "label": i.labels["en"], "gdpr": i.article} for i in ITEMS],
              "policy": policy.name if policy else None, "agreements": [],
              "deadlines": [{"document": d.document, "what": d.what, "date": d.day.isoformat(),
                             "clauses": list(d.clauses)}
                            for grid in grids for d in deadlines(grid, titles.get(grid.document, grid.document))]}
    for grid in grids:
        cells = []
        for cell in grid.cells:
            entry = cell.to_json()
            flag = policy.evaluate(cell) if policy else None
            if flag:
                entry["policy"] = {"status": flag.status, "rule": flag.rule, "reason": flag.reason}
            cells.append(entry)
        result["agreements"].append({"document": grid.document, "title": titles.get(grid.document, grid.document),
                                     "kind": grid.kind, "cells": cells})
    return result


def to_csv(grids: list[Grid], titles: dict[str, str], policy: Policy | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["document", "title", "kind"]
    for item in ITEMS:
        header += [item.id, f"{item.id} clause"] + ([f"{item.id} policy"] if policy else [])
    writer.writerow(header)
    for grid in grids:
        row = [grid.document, titles.get(grid.document, grid.document), grid.kind]
        for item in ITEMS:
            cell = grid.cell(item.id)
            value = cell.value if cell and cell.status not in (NOT_STATED, NOT_APPLICABLE) else cell.status
            row += [value, cell.clause or ""]
            if policy:
                flag = policy.evaluate(cell)
                row.append(flag.status if flag else "")
        writer.writerow(row)
    return out.getvalue()


def write_xlsx(path: Path, grids: list[Grid], titles: dict[str, str], policy: Policy | None = None,
               link: str | None = None) -> None:
    """`link`: the web app's address; each stated cell then links to its clause there."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Review"
    sheet.append(["Agreement", "Kind"] + [item.labels["en"] for item in ITEMS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    for grid in grids:
        sheet.append([titles.get(grid.document, grid.document), grid.kind]
                     + [cell_text(grid.cell(item.id)) for item in ITEMS])
        row = sheet.max_row
        for column, item in enumerate(ITEMS, start=3):
            cell, target = grid.cell(item.id), sheet.cell(row=row, column=column)
            flag = policy.evaluate(cell) if policy else None
            if flag:
                target.fill = PatternFill("solid", fgColor=_COLOURS[flag.status])
            if cell is not None and cell.quote:
                note = f"{cell.clause}, p. {cell.pages[0] if cell.pages else '?'}: {cell.quote[:900]}"
                if flag:
                    note += f"\n\nPolicy: {flag.status} — {flag.rule}"
                target.comment = Comment(note, "akkoord")
                if link:  # the web app's page for this cell: its clause with the quote marked (assistant/web.py)
                    target.hyperlink = f"{link.rstrip('/')}/review/{grid.document}/{item.id}"
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = 24
    if policy:
        rules = book.create_sheet("Policy")
        rules.append(["Policy", policy.name])
        rules.append(["Item", "Rule"])
        for rule in policy.rules:
            rules.append([rule.item, rule.describe()])
    book.save(path)


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # agreement text: the owner's only

