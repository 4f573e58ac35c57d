"""The `akkoord` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .config import Settings, open_store

app = typer.Typer(help="Answers questions about signed agreements, citing the clauses it rests on.",
                  no_args_is_help=True, add_completion=False)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """`akkoord show DOC | head`: the reader has all it wanted; that is not an error (rich exits 1)."""
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0)


# soft_wrap: a message is one line, whatever the terminal width, so scripts and logs can grep it.
console = _Console(soft_wrap=True)
errors = _Console(stderr=True, soft_wrap=True)


def _fail(message: str, code: int) -> NoReturn:
    """An error line on stderr (the message shown as written, never read as markup) and the exit status."""
    errors.print("[red]error:[/red] " + escape(message), highlight=False)
    raise typer.Exit(code)


@app.callback()
def main(
    ctx: typer.Context,
    store: Annotated[Optional[Path], typer.Option("--store", help="Store directory [env AKKOORD_STORE].")] = None,
    llm_base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint [env AKKOORD_LLM_BASE_URL].")] = None,
    llm_model: Annotated[Optional[str], typer.Option(help="Model name [env AKKOORD_LLM_MODEL].")] = None,
    chroma_url: Annotated[Optional[str], typer.Option(help="Chroma server URL [env AKKOORD_CHROMA_URL].")] = None,
) -> None:
    from .logs import send_logs_to

    overrides = {k: v for k, v in {"store": store, "llm_base_url": llm_base_url, "llm_model": llm_model,
                                   "chroma_url": chroma_url}.items() if v is not None}
    ctx.obj = Settings(**overrides)
    os.umask(0o077)  # every file we create (catalogue, vectors, logs, uploads) is the owner's only
    send_logs_to(ctx.obj.log_path)


def _open(ctx: typer.Context):
    from store.clause_store import EmbedderMismatch, StoreUnavailable

    try:
        store = open_store(ctx.obj)
        if ctx.obj.chroma_url:
            store.collection  # a server that is down is named now, not as a traceback mid-command
        return store
    except (EmbedderMismatch, StoreUnavailable, ValueError) as exc:
        _fail(str(exc), 2)


def _known_document(store, document: str) -> None:
    """Exit 1 with a "did you mean" for an id that is not in the store."""
    import difflib

    if store.document(document) is not None:
        return
    ids = [info.document for info, _ in store.documents()]
    close = ([i for i in ids if document.lower() in i.lower()][:3]
             or difflib.get_close_matches(document, ids, n=3, cutoff=0.5))
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "; see `akkoord list`"
    _fail(f"no document '{document}' in the store{hint}", 1)


def _question(ctx: typer.Context, text: str) -> str:
    """The question stripped, or exit 2 for an empty or overlong one (before any store or model is opened)."""
    from .answering import QuestionError, check_question

    try:
        return check_question(text, ctx.obj.max_question_chars)
    except QuestionError as exc:
        _fail(str(exc), 2)


def _parties(info) -> str:
    return "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in info.parties)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Agreement files or folders (recursive).")],
    password: Annotated[Optional[str], typer.Option(help="Password for encrypted PDFs.")] = None,
    max_file_mb: Annotated[Optional[float], typer.Option(help="Skip files larger than this.")] = None,
    ocr: Annotated[Optional[str], typer.Option(
        help="OCR of scanned PDF pages: auto (pages without a text layer), always, never [env AKKOORD_OCR].")] = None,
) -> None:
    """Ingest agreements (PDF, DOCX, TXT, Markdown) into the store."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from ingest.pipeline import expand_paths, ingest_paths
    from store.clause_store import StoreUnavailable

    from .progress import ProgressLines

    settings: Settings = ctx.obj
    if ocr not in (None, "auto", "always", "never"):
        _fail(f"--ocr must be auto, always or never, not '{ocr}'", 2)
    store = _open(ctx)
    limit = int((max_file_mb or settings.max_file_mb) * 1_000_000)
    files = expand_paths(paths)
    # A terminal gets live bars with totals and time left; a file or pipe gets a line every few seconds.
    live = errors.is_terminal
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TimeRemainingColumn(), console=errors, transient=True, disable=not live) as progress:
        task = progress.add_task("files", total=len(files))
        chunks = progress.add_task("embedding", total=None, visible=False)
        lines = ProgressLines(lambda line: errors.print(line, markup=False, highlight=False),
                              settings.progress_seconds)

        def on_progress(document: str, done: int, total: int, stage: str) -> None:
            if live:
                progress.update(chunks, description=f"{stage} {document}", completed=done, total=total,
                                visible=True)
            else:
                lines(document, done, total, stage)

        def on_file(result) -> None:
            progress.advance(task)
            progress.update(chunks, visible=False)
            if result.status == "failed":
                errors.print(f"[red]failed[/red] {escape(f'{result.path}: {result.reason}')}", highlight=False)
            elif result.status == "duplicate":
                console.print(f"duplicate {result.path}  ({result.reason})", markup=False, highlight=False)
            else:
                scanned = f", {result.ocr_pages} read by OCR" if result.ocr_pages else ""
                console.print(f"{result.status:9} {result.path}  ({result.clauses} clauses, {result.pages} pages"
                              f"{scanned}, {result.embedded} texts embedded)", markup=False, highlight=False)
                if result.reason:
                    errors.print(f"[yellow]warning[/yellow] {escape(f'{result.path}: {result.reason}')}",
                                 highlight=False)

        try:
            report = ingest_paths(store, files, password, limit, on_file, on_progress, settings.ocr_options(ocr))
        except StoreUnavailable as exc:
            _fail(str(exc), 2)
    done = [r for r in report.results if r.status not in ("failed", "duplicate")]
    failed = len(report.failed)
    console.print(
        f"{len(done)} documents ({report.count('ingested')} ingested, {report.count('unchanged')} unchanged"
        + (f", {report.count('repaired')} repaired" if report.count("repaired") else "")
        + f"), {report.count('duplicate')} duplicates not stored again, "
        f"{sum(r.clauses for r in done)} clauses, {sum(r.pages for r in done)} pages, {failed} failed, "
        f"{report.seconds:.1f} s"
    )
    store.close()
    if failed:
        raise typer.Exit(1)


@app.command("list")
def list_documents(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List ingested agreements with parties, dates and clause counts."""
    store = _open(ctx)
    documents = store.documents()
    if as_json:
        print(json.dumps([_document_json(info) | {"clause_count": count} for info, count in documents],
                         ensure_ascii=False, indent=2))
        return
    table = Table(_id_column(info.document for info, _ in documents), "title", "parties", "dates", "clauses",
                  "pages")
    for info, count in documents:
        table.add_row(info.document, info.title, _parties(info), ", ".join(info.dates[:3]), str(count),
                      str(info.page_count))
    console.print(table)


@app.command()
def review(
    ctx: typer.Context,
    documents: Annotated[Optional[list[str]], typer.Option("--documents", "-d",
                                                           help="Only these agreements (repeat).")] = None,
    policy: Annotated[Optional[Path], typer.Option(help="Policy YAML: flags each cell meets/deviates/missing.")] = None,
    xlsx: Annotated[Optional[Path], typer.Option(help="Write the grid as an Excel workbook here.")] = None,
    csv_path: Annotated[Optional[Path], typer.Option("--csv", help="Write the grid as CSV here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the grid as JSON.")] = False,
    link: Annotated[Optional[str], typer.Option(help="Web app address: XLSX cells link to their clause.")] = None,
    ics: Annotated[Optional[Path], typer.Option(help="Write the deadlines (end of term, last day to give notice) "
                                                     "as an iCalendar file here.")] = None,
    due: Annotated[Optional[int], typer.Option(help="Only list the deadlines coming due within this many days.")
                   ] = None,
    user: Annotated[Optional[str], typer.Option(help="Only what this web-chat user may read (an export to hand "
                                                     "to her): her agreements, and only her addenda applied.")
                    ] = None,
) -> None:
    """The review grid: per agreement, the GDPR art. 28(3) terms and key clauses, each with its clause."""
    from datetime import date

    from review.deadlines import coming_due, deadlines, to_ics
    from review.export import cell_text, to_csv, to_json, write, write_xlsx
    from review.items import ITEMS
    from review.policy import PolicyError, load_policy

    from .grids import grids_in_force

    try:
        rules = load_policy(policy) if policy else None
    except PolicyError as exc:
        _fail(str(exc), 2)
    store = _open(ctx)
    for document in documents or []:
        _known_document(store, document)
    readable = _readable_by(ctx, store, user, documents) if user else None
    grids = grids_in_force(store, documents, readable=readable)
    titles = {info.document: info.title for info, _ in store.documents()}
    if csv_path:
        write(csv_path, to_csv(grids, titles, rules))
    if xlsx:
        write_xlsx(xlsx, grids, titles, rules, link)
        xlsx.chmod(0o600)
    found = [d for grid in grids for d in deadlines(grid, titles[grid.document])]
    if ics:
        ics.write_bytes(to_ics(found))
        ics.chmod(0o600)
    if due is not None:
        table = Table("date", "agreement", "deadline", "clauses", title=f"Coming due within {due} days")
        for d in coming_due(found, date.today(), due):
            table.add_row(d.day.isoformat(), escape(d.title), d.what, ", ".join(filter(None, d.clauses)))
        console.print(table)
        return
    if as_json:
        print(json.dumps(to_json(grids, titles, rules), ensure_ascii=False, indent=2))
        return
    colours = {"meets": "green", "deviates": "red", "missing": "yellow"}
    for grid in grids:
        table = Table("item", "value (clause)", *(["policy"] if rules else []), title=escape(titles[grid.document]),
                      title_justify="left")
        for item in ITEMS:
            cell = grid.cell(item.id)
            flag = rules.evaluate(cell) if rules else None
            policy_text = f"[{colours[flag.status]}]{flag.status}[/] {escape(flag.reason)}" if flag else ""
            table.add_row(item.labels["en"], escape(cell_text(cell)), *([policy_text] if rules else []))
        console.print(table)


def _readable_by(ctx: typer.Context, store, name: str, documents: list[str] | None) -> set[str]:
    """The agreements a web-chat user may read; exit 1 for an unknown user or an agreement asked for that she
    may not read (an export for her must not hold it)."""
    reader = _users_file(ctx).get(name)
    if reader is None:
        _fail(f"no user '{name}' in {ctx.obj.users_path}; see `akkoord users list`", 1)
    readable = {info.document for info, _ in store.documents() if reader.may_read(info.document)}
    hidden = [document for document in documents or [] if document not in readable]
    if hidden:
        _fail(f"{name} may not read {', '.join(hidden)}; leave it out or change her agreements with "
              f"`akkoord users add {name} --documents …`", 1)
    return readable


def _is_gold_grid(path: Path) -> bool:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and "items" in data and "document" in data


def _eval_grids(ctx: typer.Context, paths: list[Path], json_out: Path | None) -> None:
    """Score the store's review grids (addenda applied) against gold grids: files, or folders of them."""
    import yaml

    from evals.grid import report, score

    from .grids import grids_in_force

    gold = {}
    for path in paths:
        for file in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "items" in data:
                gold[data["document"]] = data
    store = _open(ctx)
    missing = sorted(set(gold) - {info.document for info, _ in store.documents()})
    if missing:
        _fail(f"gold grids for agreements not in the store: {', '.join(missing)}; ingest them first", 2)
    result = score({g.document: g for g in grids_in_force(store, sorted(gold))}, gold)
    console.print(report(f"review grids ({len(gold)} agreements)", result), markup=False, highlight=False)
    if json_out:
        json_out.write_text(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=2) + "\n",
                            encoding="utf-8")


def _id_column(ids, header: str = "document"):
    """Document ids are what a user types next: never cut or wrapped, whatever the width (other columns give)."""
    from rich.table import Column

    return Column(header, no_wrap=True, min_width=max((len(i) for i in ids), default=len(header)))


def _document_json(info) -> dict:
    return {
        "document": info.document,
        "title": info.title,
        "parties": [{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in info.parties],
        "dates": list(info.dates),
        "language": info.language,
        "pages": info.page_count,
        "source_path": info.source_path,
        "content_hash": info.content_hash,
        "ocr_pages": [{"page": p.page, "confidence": p.confidence, "blank": p.blank} for p in info.ocr],
        "references": list(info.references),
    }


def _ocr_summary(info, low_confidence: float) -> str:
    read = [p for p in info.ocr if not p.blank]
    lines = [f"Read by OCR: page{'s' if len(read) != 1 else ''} "
             + ", ".join(f"{p.page} ({p.confidence:.0f}%)" for p in read)]
    low = [str(p.page) for p in read if p.confidence < low_confidence]
    if low:
        lines.append(f"Low OCR confidence (under {low_confidence:.0f}%): check page{'s' if len(low) > 1 else ''} "
                     f"{', '.join(low)} against the scan")
    blank = [str(p.page) for p in info.ocr if p.blank]
    if blank:
        lines.append(f"Blank scanned page{'s' if len(blank) > 1 else ''} skipped: {', '.join(blank)}")
    return "\n".join(lines)


def _clause_json(clause) -> dict:
    return {"clause": clause.label, "parent": clause.parent, "title": clause.title, "pages": list(clause.pages),
            "language": clause.language, "char_range": [clause.char_start, clause.char_end], "text": clause.text}


@app.command()
def show(
    ctx: typer.Context,
    document: str,
    clause: Annotated[Optional[str], typer.Argument(help="Clause label, e.g. 7.3 or 'Bijlage 2'.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show a document's clauses, or one clause (with its sub-clauses)."""
    from ingest.labels import labels_match, normalize_label

    store = _open(ctx)
    _known_document(store, document)
    info = store.document(document)
    clauses = store.clauses(document)
    if clause:
        exact = [c for c in clauses if normalize_label(c.label) == normalize_label(clause)]
        clauses = exact or [c for c in clauses if labels_match(c.label, clause)
                            and len(normalize_label(c.label)) > len(normalize_label(clause))]
        if not clauses:
            _fail(f"no clause '{clause}' in '{document}'; see `akkoord show {document}`", 1)
    if as_json:
        print(json.dumps(_document_json(info) | {"clauses": [_clause_json(c) for c in clauses]},
                         ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{info.title}[/bold]  ({info.document})\n{_parties(info)}\n")
    if info.ocr:
        console.print(_ocr_summary(info, ctx.obj.ocr_low_confidence) + "\n", markup=False, highlight=False)
    for c in clauses:
        pages = f"p. {c.pages[0]}" if c.pages[0] == c.pages[1] else f"pp. {c.pages[0]}–{c.pages[1]}"
        console.print(f"[bold cyan]{c.label}[/bold cyan] {c.title or ''}  [dim]{pages}[/dim]", markup=True)
        if clause:
            console.print(c.text, markup=False, highlight=False)
            console.print()


@app.command()
def remove(ctx: typer.Context, document: str) -> None:
    """Remove a document and all its clauses from the store."""
    store = _open(ctx)
    _known_document(store, document)
    store.remove(document)
    console.print(f"removed {document}")


@app.command()
def search(
    ctx: typer.Context,
    text: str,
    document: Annotated[Optional[list[str]], typer.Option("--document", "-d", help="Only these documents.")] = None,
    k: Annotated[int, typer.Option("-k", help="Number of clauses.")] = 5,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Find the clauses closest to a text."""
    text = _question(ctx, text)
    store = _open(ctx)
    for name in document or ():
        _known_document(store, name)
    hits = store.search(text, k=k, documents=document or None)
    if as_json:
        print(json.dumps([{"document": h.clause.document, "clause": h.clause.label, "title": h.clause.title,
                           "pages": list(h.clause.pages), "score": round(h.score, 4), "text": h.clause.text}
                          for h in hits], ensure_ascii=False, indent=2))
        return
    table = Table("score", _id_column(h.clause.document for h in hits), "clause", "title", "page", "text")
    for h in hits:
        table.add_row(f"{h.score:.3f}", h.clause.document, h.clause.label, h.clause.title or "",
                      str(h.clause.pages[0]), h.chunk[:80].replace("\n", " "))
    console.print(table)


def _print_answer(answer, streamed: bool) -> None:
    if not streamed:
        console.print(answer.text, markup=False, highlight=False)
    for note in answer.notes:
        errors.print(f"note: {note}", markup=False, highlight=False)
    if answer.citations:
        table = Table("#", "document", "clause", "title", "page")
        for c in answer.citations:
            table.add_row(str(c.number), c.document, c.clause, c.title or "", str(c.page) + (", OCR" if c.ocr else ""))
        console.print(table)


def _answer(assistant, question: str, history, filters, mode, as_json: bool = False):
    """Stream an answer to the terminal (LLM tokens as they come); returns the final Answer."""
    from store.clause_store import StoreUnavailable

    from .answering import QuestionError
    from .llm import LLMUnavailable
    from .models import Answer

    streamed = False
    try:
        for event in assistant.stream(question, history=history, filters=filters, mode=mode):
            if isinstance(event, Answer):
                answer = event
            elif mode == "llm" and not as_json:
                console.print(event, end="", markup=False, highlight=False)
                streamed = True
    except (LLMUnavailable, QuestionError, StoreUnavailable) as exc:
        _fail(str(exc), 2)
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return answer
    if streamed:
        console.print()
        if answer.mode != "llm":  # the generated text did not verify: show what replaces it
            console.print(answer.text, markup=False, highlight=False)
    _print_answer(answer, streamed and answer.mode == "llm")
    return answer


Mode = Annotated[Optional[str], typer.Option("--mode", help="extractive | llm [env AKKOORD_MODE].")]
Documents = Annotated[Optional[list[str]], typer.Option("--document", "-d", help="Only these documents.")]
Parties = Annotated[Optional[list[str]], typer.Option("--party", help="Only agreements with this party.")]
Languages = Annotated[Optional[list[str]], typer.Option("--language", help="Only agreements in nl, fr or en.")]


def _filters(document, party, language) -> dict | None:
    filters = {k: v for k, v in {"documents": document, "party": party, "language": language}.items() if v}
    return filters or None


def _assistant(ctx: typer.Context, mode: str | None, documents: list[str] | None = None):
    from .answering import Assistant

    if mode not in (None, "extractive", "llm"):
        _fail(f"--mode must be extractive or llm, not {mode!r}", 2)
    store = _open(ctx)
    for document in documents or ():
        _known_document(store, document)
    return Assistant(store, ctx.obj)


@app.command()
def ask(ctx: typer.Context, question: str, document: Documents = None, party: Parties = None,
        language: Languages = None, mode: Mode = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Answer a question from the agreements, citing the clauses."""
    _question(ctx, question)
    assistant = _assistant(ctx, mode, document)
    _answer(assistant, question, None, _filters(document, party, language), mode, as_json)


@app.command()
def chat(ctx: typer.Context, document: Documents = None, party: Parties = None, language: Languages = None,
         mode: Mode = None) -> None:
    """Interactive chat in the terminal; follow-up questions keep the conversation's scope. Empty line ends."""
    from .answering import QuestionError, check_question

    assistant = _assistant(ctx, mode, document)
    history = []
    filters = _filters(document, party, language)
    console.print("akkoord chat — ask about your agreements; an empty line or Ctrl-D ends.", highlight=False)
    while True:
        try:
            question = console.input("[bold]> [/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            check_question(question, ctx.obj.max_question_chars)
        except QuestionError as exc:  # said, and the chat goes on
            errors.print(str(exc), markup=False, highlight=False)
            continue
        history.append(_answer(assistant, question, history, filters, mode))


@app.command("eval")
def eval_(
    ctx: typer.Context,
    sets: Annotated[Optional[list[Path]], typer.Argument(help="Question sets (YAML).")] = None,
    mode: Mode = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write results as JSON here.")] = None,
    report: Annotated[Optional[Path], typer.Option(help="Write an HTML report here (and Markdown beside it).")] = None,
    retrieval: Annotated[Optional[str], typer.Option(help="Ablation: hybrid | dense | lexical.")] = None,
    no_routing: Annotated[bool, typer.Option("--no-routing", help="Ablation: no document routing.")] = False,
    baseline: Annotated[bool, typer.Option("--baseline", help="The naive pipeline: 1000/200 chunks, dense, "
                                                              "top chunk as the answer.")] = False,
    compare: Annotated[Optional[tuple[Path, Path]], typer.Option(help="Compare two JSON results: A B.")] = None,
    gate: Annotated[bool, typer.Option("--gate", help="Exit 1 when a metric is below the floors in "
                                                      "evals/thresholds.py.")] = False,
    ablations: Annotated[bool, typer.Option("--ablations", help="Run each set again with each component switched "
                                                                "off (evals/ablations.py) and show the differences."
                                            )] = False,
) -> None:
    """Run question sets against the store and report the metrics; or compare two runs."""
    from evals import report as reports
    from evals.questions import QuestionSetError, load_question_set
    from evals.runner import make_answerer, run_set, write_json

    if compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in compare)
        _print_comparison(reports.compare(before, after))
        return
    if not sets:
        _fail("give one or more question sets, or --compare A.json B.json", 2)
    grids = [p for p in sets if p.is_dir() or _is_gold_grid(p)]
    if grids:  # gold review grids (evals/grid.py): score the store's grids against them
        _eval_grids(ctx, grids, json_out)
        sets = [p for p in sets if p not in grids]
        if not sets:
            return
    try:
        question_sets = [load_question_set(p) for p in sets]
    except QuestionSetError as exc:
        _fail(str(exc), 2)
    settings: Settings = ctx.obj
    overrides = {"retrieval": retrieval, "routing": False if no_routing else None, "mode": mode}
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})
    answer, label = make_answerer(_open(ctx), settings, baseline)
    from rich.progress import track

    results = [run_set(qs, answer, label, lambda items, n=qs.name: track(items, description=n, console=errors))
               for qs in question_sets]
    for result in results:
        table = Table("metric", "value", title=f"{result['set']} — {result['mode']}")
        for key, value in result["metrics"].items():
            table.add_row(key, reports._fmt(value))
        console.print(table)
        if result.get("by_tag"):
            columns = ("questions", "answer_pass", "citation_recall", "abstention_accuracy", "false_abstention")
            tags = Table("tag", *columns, title=f"{result['set']} — by tag")
            for tag, metrics in result["by_tag"].items():
                tags.add_row(tag, *(reports._fmt(metrics[c]) for c in columns))
            console.print(tags)
        for r in result["results"]:
            if not r["passed"]:
                console.print(f"FAIL {r['id']}: " + "; ".join(reports.failed_checks(r)), markup=False,
                              highlight=False)
    if ablations:
        _run_ablations(ctx, settings, question_sets, results)
    if json_out:
        write_json(results[0] if len(results) == 1 else results, json_out)
    if report:
        report.write_text(reports.to_html(results), encoding="utf-8")
        report.with_suffix(".md").write_text(reports.to_markdown(results), encoding="utf-8")
    if gate:
        from evals.thresholds import gate_failures

        failures = [f"{r['set']}: {f}" for r in results for f in gate_failures(r["metrics"])]
        for failure in failures:
            errors.print(f"[red]gate:[/red] {escape(failure)}", highlight=False)
        if failures:
            raise typer.Exit(1)


def _run_ablations(ctx: typer.Context, settings: Settings, question_sets, results: list[dict]) -> None:
    """Each set again under each ablation; a table per set, and `ablations` in each result's JSON."""
    from evals import report as reports
    from evals.ablations import ABLATIONS, HEADERS, ablation_rows
    from evals.runner import make_answerer, run_set

    store = _open(ctx)
    runs = {name: make_answerer(store, settings.model_copy(update=change))[0] for name, change in ABLATIONS.items()}
    for question_set, result in zip(question_sets, results):
        result["ablations"] = {name: run_set(question_set, answer, name)["metrics"] for name, answer in runs.items()}
        rows = ablation_rows(result["metrics"], result["ablations"])
        table = Table(title=f"{result['set']} — ablations (the default's figures, then each one's difference)")
        table.add_column("configuration", no_wrap=True)
        for column, _, _ in rows[0][1]:
            table.add_column(HEADERS.get(column, column))
        for name, cells in rows:
            table.add_row(name, *(reports._fmt(value) if name == "default" else "–" if delta is None
                                  else f"{delta:+g}" for _, value, delta in cells))
        _Console(width=max(console.width, 130)).print(table)  # names and figures unwrapped, also in a pipe


def _print_comparison(diff: dict) -> None:
    table = Table("metric", "before", "after", "delta", title=f"{diff['before']} → {diff['after']}")
    for key, row in diff["metrics"].items():
        table.add_row(key, str(row["before"]), str(row["after"]), f"{row['delta']:+g}")
    console.print(table)
    for flip in diff["flipped"]:
        console.print(f"{flip['id']}: {'pass' if flip['before'] else 'fail'} → {'pass' if flip['after'] else 'fail'}",
                      highlight=False)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[Optional[str], typer.Option(help="Address to bind [env AKKOORD_HOST; default 127.0.0.1].")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port [env AKKOORD_PORT; default 7860].")] = None,
    allow_anonymous_network: Annotated[bool, typer.Option(
        "--allow-anonymous-network", help="Bind to a non-loopback address without users (anyone who can reach "
                                          "it can read every agreement).")] = False,
) -> None:
    """Start the web chat."""
    import uvicorn

    from .users import UsersError
    from .web import WebApp, create_server

    settings: Settings = ctx.obj.model_copy(update={k: v for k, v in {"host": host, "port": port}.items()
                                                    if v is not None})
    from review.policy import PolicyError

    try:
        web = WebApp(_open(ctx), settings)
    except (UsersError, PolicyError) as exc:
        _fail(str(exc), 2)
    if web.open_to_network and not allow_anonymous_network:
        _fail(f"no users are configured ({settings.users_path}), so akkoord only binds to 127.0.0.1; add users "
              f"with `akkoord users add NAME --role admin`, or pass --allow-anonymous-network to serve "
              f"{settings.host} without login", 2)
    web.assistant.warm_up()
    if web.open_to_network:
        errors.print(f"[bold red]WARNING: no login. Anyone who can reach http://{settings.host}:{settings.port} "
                     f"can read every agreement and upload or remove agreements.[/bold red] Add users with "
                     f"`akkoord users add NAME --role admin` to require a login.", highlight=False)
    who = (f"login required ({len(web.users.users())} users in {settings.users_path})" if web.login_required
           else "open to the network WITHOUT LOGIN" if web.open_to_network
           else "no users configured: only this computer can connect")
    console.print(f"akkoord web chat on http://{settings.host}:{settings.port} — {who}; audit log "
                  f"{settings.audit_path}", markup=False, highlight=False)
    # log_level info prints "Uvicorn running on …" once the port is open (scripts and tests wait for it);
    # access_log off: request lines would put questions and user names in the console.
    # A stop (Ctrl-C, SIGTERM) waits at most 5 s for open streams: a browser tab left open must not hold it.
    uvicorn.run(create_server(web), host=settings.host, port=settings.port, log_level="info", access_log=False,
                timeout_graceful_shutdown=5)


users_app = typer.Typer(help="Users of the web chat (a users file with salted password hashes).",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")


def _users_file(ctx: typer.Context):
    from .users import UsersError, UsersFile

    try:
        return UsersFile(ctx.obj.users_path)
    except UsersError as exc:
        _fail(str(exc), 2)


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: str,
    role: Annotated[str, typer.Option(help="reader | admin (admins upload and remove agreements).")] = "reader",
    documents: Annotated[Optional[list[str]], typer.Option(
        "--documents", help="Agreements this user may read: document ids or patterns like 'gent-*' "
                            "(repeat the option; none = all).")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Add a user, or replace one's password, role and agreements."""
    from .users import UsersError

    password = (sys.stdin.readline().rstrip("\n") if password_stdin
                else typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    users = _users_file(ctx)
    try:
        user = users.add(name, password, role, tuple(documents or ()))
    except UsersError as exc:
        _fail(str(exc), 2)
    scope = ", ".join(user.documents) or "all agreements"
    console.print(f"{user.name} ({user.role}, {scope}) in {users.path}", markup=False, highlight=False)


@users_app.command("list")
def users_list(ctx: typer.Context) -> None:
    """List users, their roles and the agreements they may read."""
    for user in _users_file(ctx).users():
        console.print(f"{user.name}\t{user.role}\t{', '.join(user.documents) or '*'}", markup=False,
                      highlight=False)


@users_app.command("remove")
def users_remove(ctx: typer.Context, name: str) -> None:
    """Remove a user."""
    if not _users_file(ctx).remove(name):
        _fail(f"no user {name!r}", 1)
    console.print(f"removed {name}", markup=False, highlight=False)


@app.command()
def bench(
    ctx: typer.Context,
    quick: Annotated[bool, typer.Option("--quick", help="20 short agreements, 1k and 10k clauses (< 3 min).")] = False,
    out: Annotated[Path, typer.Option(help="Where bench.json, bench.md and bench.png go.")] = Path("bench-results"),
    work: Annotated[Path, typer.Option(help="Scratch directory (emptied first).")] = Path("bench-work"),
) -> None:
    """Measure ingest, query latency, cold start and memory against a naive LangChain pipeline."""
    from evals.bench import markdown, run

    settings: Settings = ctx.obj
    if settings.chroma_url:
        _fail("the benchmark builds its own stores on disk; unset AKKOORD_CHROMA_URL / --chroma-url", 2)
    results = run(quick, out, work, settings, log=lambda line: errors.print(line, markup=False, highlight=False))
    console.print(markdown(results), markup=False, highlight=False)
    console.print(f"written: {out / 'bench.json'}, {out / 'bench.md'}, {out / 'bench.png'}", markup=False,
                  highlight=False)


@app.command("feedback-set")
def feedback_set(
    ctx: typer.Context,
    output: Annotated[Path, typer.Argument(help="Question set to write (YAML).")],
    feedback: Annotated[Optional[Path], typer.Option(help="Feedback file [default <store>/feedback.jsonl].")] = None,
) -> None:
    """Turn the web chat's helpful/wrong feedback into a question set."""
    from evals.feedback import feedback_to_set

    source = feedback or ctx.obj.feedback_path
    if not source.exists():
        _fail(f"no feedback file at {source}", 1)
    output.write_text(feedback_to_set(source, output.stem), encoding="utf-8")
    console.print(f"wrote {output}", markup=False, highlight=False)


def run() -> None:
    """The console entry point: `akkoord show DOC | head` closing the pipe early is not an error."""
    try:
        app()
    except SystemExit:
        # Typer answers a closed pipe (EPIPE, from print()) with exit 1, after wrapping stdout in a
        # PacifyFlushWrapper (which has .wrapped).
        if hasattr(sys.stdout, "wrapped"):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())  # nothing more to flush
            sys.exit(0)
        raise


if __name__ == "__main__":
    run()
