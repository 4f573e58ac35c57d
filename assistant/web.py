"""The staff web chat (`akkoord serve`): Gradio Blocks for chat, sources panel and documents, mounted on a FastAPI
app that also serves the original files of ingested agreements.

`WebApp` holds the behaviour (answering with per-user scope, audit, feedback, uploads, file access) as plain
methods taking a username, so tests call them without a browser; `build_blocks` and `create_server` only wire
them to Gradio and FastAPI. Every piece of document or user text is escaped before it reaches the page."""

import asyncio
import contextvars
import functools
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from html import escape
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
from fastapi import FastAPI, HTTPException, Request  # noqa: E402
from fastapi.responses import FileResponse, HTMLResponse, Response  # noqa: E402

from ingest.pipeline import ingest_paths  # noqa: E402
from ingest.loaders import SUPPORTED_SUFFIXES  # noqa: E402
from ingest.ocr import render_page_png  # noqa: E402

from review.export import cell_text, to_csv, to_json, write_xlsx  # noqa: E402
from review.deadlines import coming_due, deadlines, to_ics  # noqa: E402
from review.items import BY_ID, ITEMS  # noqa: E402
from review.policy import load_policy  # noqa: E402

from .answering import Assistant, QuestionError, check_question  # noqa: E402
from .audit import AuditLog, FeedbackLog  # noqa: E402
from .config import Settings  # noqa: E402
from .grids import grids_in_force  # noqa: E402
from .llm import LLMUnavailable  # noqa: E402
from .models import Answer  # noqa: E402
from .throttle import LoginThrottle  # noqa: E402
from .users import User, UsersFile  # noqa: E402

EXAMPLES = [
    "Binnen welke termijn moet een datalek gemeld worden?",
    "Wie zijn de subverwerkers?",
    "Où les données à caractère personnel peuvent-elles être traitées ?",
    "How many days in advance must an audit be announced?",
]
LOCAL_USER = User("local", "admin")  # without a users file: the one person at this computer (127.0.0.1 only)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
_MARKER = re.compile(r"\\\[(\d+)\\\]")
DUE_DAYS = 90  # the Review tab lists the deadlines of the next quarter


# The address of the client whose request is being handled (set by a middleware): Gradio's sign-in hook is
# given only a name and a password, and throttling also counts per address.
CLIENT_ADDRESS: contextvars.ContextVar[str | None] = contextvars.ContextVar("client_address", default=None)
# Around a cited passage, this many characters of the clause are shown; the whole clause loads on demand.
EXCERPT_CONTEXT = 400
EXCERPT_LIMIT = 1500  # clauses up to this length are shown whole


class AccessDenied(PermissionError):
    pass


def excerpt_bounds(text: str, spans: list[tuple[int, int]], context: int = EXCERPT_CONTEXT,
                   limit: int = EXCERPT_LIMIT) -> tuple[int, int]:
    """The part of a clause shown in the sources panel: the quoted passages with `context` characters around
    them, cut at word boundaries; the whole clause when it is short."""
    if len(text) <= limit:
        return 0, len(text)
    spans = [(a, b) for a, b in spans if 0 <= a < b <= len(text)]
    first = min((a for a, _ in spans), default=0)
    last = min(max((b for _, b in spans), default=0), first + limit)
    start, end = max(0, first - context), min(len(text), max(last, first) + context)
    if start > 0:
        start = next((i + 1 for i in range(start, first) if text[i].isspace()), start)
    if end < len(text):
        end = next((i for i in range(end, last, -1) if text[i].isspace()), end)
    return start, end


def escape_markdown(text: str) -> str:
    """Text shown literally by a Markdown renderer: HTML escaped, then every Markdown punctuation backslashed, so
    a `<script>` or a `[link](http://…)` inside an agreement or a question renders as the characters it is."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escape(text, quote=False))


def render_answer(text: str) -> str:
    """The answer for the chat: escaped, with each [n] a link to source n in the sources panel."""
    return _MARKER.sub(lambda m: f"[\\[{m.group(1)}\\]](#akkoord-src-{m.group(1)})", escape_markdown(text))


class WebApp:
    def __init__(self, store, settings: Settings, assistant: Assistant | None = None) -> None:
        self.store = store
        self.settings = settings
        self.assistant = assistant or Assistant(store, settings)
        self.users = UsersFile(settings.users_path)
        self.audit = AuditLog(settings.audit_path, settings.audit_max_mb, settings.audit_backups,
                              settings.audit_answers)
        self.feedback_log = FeedbackLog(settings.feedback_path, settings.audit_max_mb, settings.audit_backups)
        self.uploads = Path(settings.store) / "uploads"
        # One store, one SQLite connection and one Chroma client for all sessions: calls are serialised. A Lock,
        # not an RLock: Gradio may resume a streaming generator on another worker thread than the one that
        # acquired it, and only a Lock may be released from any thread.
        self.lock = threading.Lock()
        self.throttle = LoginThrottle(settings.login_slow_after, settings.login_max_failures,
                                      settings.login_window_seconds, settings.login_lockout_seconds)
        # A policy that cannot be read is named at start (serve fails with its message), not at the first grid.
        self.policy = load_policy(Path(settings.review_policy)) if settings.review_policy else None
        self._review = None  # (catalogue generation, titles, {readable agreements: grids in force}): see review_grids

    # -- who may do what -------------------------------------------------------------------------
    @property
    def login_required(self) -> bool:
        return bool(self.users)

    def user(self, username: str | None) -> User:
        if not self.login_required:
            return LOCAL_USER
        user = self.users.get(username)
        if user is None:
            raise AccessDenied("not signed in")
        return user

    def readable(self, username: str | None) -> list[str]:
        user = self.user(username)
        with self.lock:
            return [info.document for info, _ in self.store.documents() if user.may_read(info.document)]

    def filters(self, username: str | None, scope: list[str] | None) -> dict:
        """The documents a question may use: the chosen scope within what the user may read. Always a list, so
        an empty one searches nothing (a user allowed no agreement gets no answer, not every agreement)."""
        readable = self.readable(username)
        return {"documents": [d for d in scope if d in readable] if scope else readable}

    @property
    def open_to_network(self) -> bool:
        """Bound to an address other computers can reach, without a login."""
        import ipaddress

        try:
            loopback = self.settings.host == "localhost" or ipaddress.ip_address(self.settings.host).is_loopback
        except ValueError:
            loopback = False
        return not self.login_required and not loopback

    def llm_configured(self) -> bool:
        return bool(self.settings.llm_base_url or self.settings.ollama_host)

    # -- chat ------------------------------------------------------------------------------------
    def respond(self, question: str, chat: list[dict], answers: list[Answer], scope: list[str] | None,
                mode: str | None, username: str | None) -> Iterator[tuple[list[dict], list[Answer], str]]:
        """Yields (chat messages, answers, sources panel HTML) as the answer streams in."""
        if not (question or "").strip():
            yield chat, answers, self.sources_html(answers[-1] if answers else None)
            return
        try:
            question = check_question(question, self.settings.max_question_chars)
        except QuestionError as exc:  # refused before it can hold the answer lock
            shown = question.strip()[:200] + ("…" if len(question.strip()) > 200 else "")
            yield ([*chat, {"role": "user", "content": escape_markdown(shown)},
                    {"role": "assistant", "content": escape_markdown(f"⚠ {exc}")}], answers, "")
            return
        filters = self.filters(username, scope)
        chat = [*chat, {"role": "user", "content": escape_markdown(question)}, {"role": "assistant", "content": ""}]
        text, answer = "", None
        with self.lock:
            try:
                for event in self.assistant.stream(question, history=answers, filters=filters, mode=mode):
                    if isinstance(event, Answer):
                        answer = event
                    else:
                        text += event
                        chat[-1] = {"role": "assistant", "content": render_answer(text)}
                        yield chat, answers, ""
            except LLMUnavailable as exc:
                chat[-1] = {"role": "assistant", "content": escape_markdown(f"⚠ {exc}")}
                yield chat, answers, ""
                return
        chat[-1] = {"role": "assistant", "content": render_answer(answer.text)}
        answers = [*answers, answer]
        self.audit.record(self.user(username).name, answer, filters)
        yield chat, answers, self.sources_html(answer)

    def record_feedback(self, answers: list[Answer], message_index: int, helpful: bool,
                        username: str | None) -> None:
        answer_index = message_index // 2  # messages alternate user, assistant
        if 0 <= answer_index < len(answers):
            self.feedback_log.record(self.user(username).name, answers[answer_index],
                                     "helpful" if helpful else "wrong")

    # -- sources panel ---------------------------------------------------------------------------
    def sources_html(self, answer: Answer | None) -> str:
        if answer is None:
            return "<div class='akkoord-sources'><p>Sources of the selected answer appear here.</p></div>"
        with self.lock:
            infos = {info.document: info for info, _ in self.store.documents()}
        parts = ["<div class='akkoord-sources'>"]
        if answer.abstained:
            parts.append("<h3>Possibly related</h3>")
            for r in answer.retrieved[:3]:
                parts.append(self._clause_card([], r.clause, infos.get(r.clause.document), [], r.clause.pages))
        else:
            parts.append("<h3>Sources</h3>")
            by_key = {(r.clause.document, r.clause.label): r.clause for r in answer.retrieved}
            grouped: dict[tuple[str, str], list] = {}  # one card per clause, however often it is quoted
            for c in answer.citations:
                grouped.setdefault((c.document, c.clause), []).append(c)
            for (document, label), citations in grouped.items():
                clause = by_key.get((document, label)) or self._clause(document, label)
                parts.append(self._clause_card([c.number for c in citations], clause, infos.get(document),
                                               [(c.quote_start, c.quote_end) for c in citations],
                                               citations[0].pages))
        for note in answer.notes:
            parts.append(f"<p class='akkoord-note'>{escape(note)}</p>")
        parts.append("</div>")
        return "\n".join(parts)

    def _clause(self, document: str, label: str):
        with self.lock:
            return next((c for c in self.store.clauses(document) if c.label == label), None)

    @staticmethod
    def _highlight(text: str, spans: list[tuple[int, int]]) -> str:
        marks = sorted((a, b) for a, b in spans if 0 <= a < b <= len(text))
        out, pos = [], 0
        for start, end in marks:
            start = max(start, pos)
            if start >= end:
                continue
            out += [escape(text[pos:start]), "<mark>", escape(text[start:end]), "</mark>"]
            pos = end
        return "".join(out) + escape(text[pos:])

    def _clause_card(self, numbers: list[int], clause, info, spans, pages) -> str:
        if clause is None:
            return ""
        title = escape(info.title) if info else escape(clause.document)
        parties = ", ".join(escape(p.name) + (f" ({escape(p.role)})" if p.role else "")
                            for p in (info.parties if info else ()))
        first, last = pages
        page_text = f"p. {first}" if first == last else f"pp. {first}–{last}"
        scanned = [info.ocr_page(n) for n in range(first, last + 1)] if info else []
        scanned = [p for p in scanned if p and not p.blank]
        if scanned:
            page_text += ", OCR"
        is_pdf = bool(info) and info.source_path.lower().endswith(".pdf")
        link = (f"<a class='akkoord-open' href='document/{escape(clause.document)}"
                f"{f'#page={first}' if is_pdf else ''}' target='_blank' rel='noopener'>"
                f"{f'Open PDF at p. {first}' if is_pdf else 'Open original'}</a>")
        anchors = "".join(f"<span id='akkoord-src-{n}'></span>" for n in numbers)
        markers = "".join(f"[{n}]" for n in numbers) + " " if numbers else ""
        heading = escape(clause.label) + (f" — {escape(clause.title)}" if clause.title else "")
        start, end = excerpt_bounds(clause.text, spans)
        shown = self._highlight(clause.text[start:end], [(a - start, b - start) for a, b in spans])
        whole = ""
        if (start, end) != (0, len(clause.text)):
            shown = ("… " if start else "") + shown + (" …" if end < len(clause.text) else "")
            marks = ",".join(f"{a}-{b}" for a, b in spans)
            whole = (f"<a class='akkoord-whole' href='clause/{escape(clause.document)}/{clause.seq}?marks={marks}'>"
                     f"Whole clause ({len(clause.text):,} characters)</a>")
        scans = "".join(  # the page image beside the text OCR read from it, to check the reading
            f"<details class='akkoord-scan'><summary>Scan of p. {p.page} (read by OCR, {p.confidence:.0f}% "
            f"confidence)</summary><img loading='lazy' alt='Scan of page {p.page}' "
            f"src='page/{escape(clause.document)}/{p.page}'></details>" for p in scanned)
        return (f"<div class='akkoord-source'>{anchors}<div class='akkoord-doc'>{markers}<b>{title}</b></div>"
                f"<div class='akkoord-parties'>{parties}</div>"
                f"<div class='akkoord-clause'>{heading} · {page_text} · {link}</div>"
                f"<div class='akkoord-body'><div class='akkoord-text'>{shown}</div>{scans}</div>{whole}</div>")

    def clause_html(self, document: str, seq: int, spans: list[tuple[int, int]], username: str | None) -> str:
        """A whole clause of a readable agreement, escaped, with the quoted passages marked (for the panel's
        "Whole clause" control)."""
        if document not in self.readable(username):
            raise FileNotFoundError(document)
        with self.lock:
            clause = self.store.catalogue.clause_by_seq(document, seq)
        if clause is None:
            raise FileNotFoundError(f"{document}#{seq}")
        return self._highlight(clause.text, spans)

    # -- review grid -----------------------------------------------------------------------------
    def review_grids(self, username: str | None):
        """The grids (as in force) of the agreements the user may read, and their titles. Only the addenda she may
        read are applied. Applying them is done once per catalogue generation and set of readable agreements, not
        on every filter or sort of the Review tab."""
        readable = frozenset(self.readable(username))
        with self.lock:
            generation = self.store.catalogue.generation()
            if self._review is None or self._review[0] != generation:
                titles = {info.document: info.title for info, _ in self.store.documents()}
                self._review = (generation, titles, {})
            _, titles, by_scope = self._review
            if readable not in by_scope:
                by_scope[readable] = grids_in_force(self.store, readable=set(readable))
            return by_scope[readable], titles

    def review_html(self, username: str | None, contains: str = "", status: str = "all",
                    sort_by: str | None = None) -> str:
        """One row per readable agreement, one column per item; a cell shows its value and clause, is coloured
        by the policy, and links to its clause with the quote marked. `contains` filters on the title, `status`
        keeps agreements with a cell that deviates or is missing, `sort_by` orders the rows by an item's value."""
        grids, titles = self.review_grids(username)
        wanted = contains.strip().lower()
        if wanted:
            grids = [g for g in grids if wanted in titles[g.document].lower() or wanted in g.document]
        if status in ("deviates", "missing") and self.policy:
            grids = [g for g in grids if any((f := self.policy.evaluate(c)) and f.status == status for c in g.cells)]
        if sort_by in {i.id for i in ITEMS}:
            grids.sort(key=lambda g: _sort_key(g.cell(sort_by)))
        head = "".join((f"<th title='GDPR art. {escape(i.article)}'>" if i.article else "<th>")
                       + f"{escape(i.labels['en'])}</th>" for i in ITEMS)
        rows = []
        for grid in grids:
            cells = []
            for item in ITEMS:
                cell = grid.cell(item.id)
                flag = self.policy.evaluate(cell) if self.policy and cell else None
                css = f"akkoord-{flag.status}" if flag else ""
                tip = f"{flag.status}: {flag.rule}" + (f" ({flag.reason})" if flag.reason else "") if flag else ""
                text = escape(cell_text(cell))
                if cell is not None and cell.quote:
                    text = (f"<a href='review/{escape(grid.document)}/{escape(item.id)}' target='_blank' "
                            f"rel='noopener'>{text}</a>")
                cells.append(f"<td class='{css}' title='{escape(tip)}' data-item='{item.id}'>{text}</td>")
            rows.append(f"<tr data-document='{escape(grid.document)}'><th>{escape(titles[grid.document])}</th>"
                        + "".join(cells) + "</tr>")
        legend = (f"<p>Policy: {escape(self.policy.name)} · <span class='akkoord-meets'>meets</span> "
                  "<span class='akkoord-deviates'>deviates</span> <span class='akkoord-missing'>missing</span></p>"
                  if self.policy else "<p>No policy set (AKKOORD_REVIEW_POLICY).</p>")
        return (f"<div class='akkoord-review'>{legend}<table><thead><tr><th>Agreement</th>{head}</tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table><p>{len(rows)} agreement(s)</p>"
                f"{self._coming_due_html(grids, titles)}</div>")

    @staticmethod
    def _coming_due_html(grids, titles, within_days: int = DUE_DAYS) -> str:
        """The deadlines of the agreements shown that fall within the next `within_days` days, soonest first."""
        due = coming_due([d for g in grids for d in deadlines(g, titles[g.document])], date.today(), within_days)
        if not due:
            return f"<p id='akkoord-review-due'>No deadline in the next {within_days} days.</p>"
        rows = "".join(f"<tr><td>{d.day.isoformat()}</td><td>{escape(d.title)}</td><td>{escape(d.what)}</td>"
                       f"<td>{escape(', '.join(filter(None, d.clauses)))}</td></tr>" for d in due)
        return (f"<h4>Coming due in the next {within_days} days</h4><table id='akkoord-review-due'><thead><tr>"
                f"<th>Date</th><th>Agreement</th><th>Deadline</th><th>Clauses</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")

    def review_cell_html(self, document: str, item: str, username: str | None) -> str:
        """A page for one cell: its value, the policy's word on it, and its clause with the quote marked, with a
        link to the original at the clause's page."""
        grids, titles = self.review_grids(username)
        grid = next((g for g in grids if g.document == document), None)
        cell = grid.cell(item) if grid else None
        if cell is None or not cell.quote:
            raise FileNotFoundError(f"{document}/{item}")
        source = cell.amended_by or document  # an amended cell's clause is the addendum's
        with self.lock:
            clause = next((c for c in self.store.clauses(source) if c.label == cell.clause), None)
            info = self.store.document(source)
        if clause is None:
            raise FileNotFoundError(f"{source}/{cell.clause}")
        start = clause.text.find(cell.quote)
        body = self._highlight(clause.text, [(start, start + len(cell.quote))] if start >= 0 else [])
        label = BY_ID[item].labels["en"]
        flag = self.policy.evaluate(cell) if self.policy else None
        is_pdf = info.source_path.lower().endswith(".pdf")
        link = (f"<a class='akkoord-open' href='../../document/{escape(source)}"
                f"{f'#page={clause.pages[0]}' if is_pdf else ''}' target='_blank' rel='noopener'>"
                f"{f'Open PDF at p. {clause.pages[0]}' if is_pdf else 'Open original'}</a>")
        amended = ""
        if cell.amended_by:
            before = cell.data["replaces"]
            since = f" from {escape(cell.data['in_force_from'])}" if cell.data.get("in_force_from") else ""
            amended = (f"<p>Changed by {escape(info.title)}{since}; before: {escape(str(before['value']))} "
                       f"({escape(before['clause'])})</p>")
        policy = (f"<p class='akkoord-{flag.status}'>{flag.status}: {escape(flag.rule)}</p>" if flag else "")
        return (f"<html><head><meta charset='utf-8'><title>{escape(label)}</title></head><body>"
                f"<h2>{escape(titles[document])}</h2><h3>{escape(label)}: {escape(str(cell.value))}</h3>{policy}"
                f"{amended}<p id='akkoord-cell-clause'>{escape(clause.label)}"
                f"{' — ' + escape(clause.title) if clause.title else ''} · p. {clause.pages[0]} · {link}</p>"
                f"<div id='akkoord-cell-text' style='white-space: pre-wrap'>{body}</div></body></html>")

    def review_exports(self, username: str | None, folder: Path) -> list[str]:
        """The grid of the user's readable agreements as XLSX, CSV, JSON and ICS files in `folder`."""
        grids, titles = self.review_grids(username)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        paths = [folder / name for name in ("review.xlsx", "review.csv", "review.json", "deadlines.ics")]
        write_xlsx(paths[0], grids, titles, self.policy)
        paths[1].write_text(to_csv(grids, titles, self.policy), encoding="utf-8")
        paths[2].write_text(json.dumps(to_json(grids, titles, self.policy), ensure_ascii=False, indent=2),
                            encoding="utf-8")
        paths[3].write_bytes(to_ics([d for g in grids for d in deadlines(g, titles[g.document])]))
        for path in paths:
            path.chmod(0o600)
        self.audit.event(self.user(username).name, "review_export", documents=len(grids))
        return [str(p) for p in paths]

    # -- documents -------------------------------------------------------------------------------
    def document_rows(self, username: str | None) -> list[list]:
        user = self.user(username)
        with self.lock:
            documents = self.store.documents()
        rows = []
        for info, count in documents:
            if user.may_read(info.document):
                other = [d for d in info.dates if d != info.signed]
                rows.append([info.document, info.title, "; ".join(p.name for p in info.parties), info.signed or "—",
                             ", ".join(other[:4]) + (", …" if len(other) > 4 else ""), info.language,
                             info.page_count, count])
        return rows

    def original_file(self, document: str, username: str | None) -> Path:
        """The ingested file of a document the user may read — looked up in the catalogue, never a path from
        the request."""
        if document not in self.readable(username):
            self.audit.event(username, "download_denied", document=document)
            raise FileNotFoundError(document)
        with self.lock:
            info = self.store.document(document)
        path = Path(info.source_path)
        if not path.is_file():
            raise FileNotFoundError(f"{document}: the original file {path} is no longer there")
        self.audit.event(self.user(username).name, "download", document=document)
        return path

    def page_image(self, document: str, page: int, username: str | None) -> bytes:
        """A page of a readable PDF agreement as a PNG (for checking an OCR reading against its scan)."""
        path = self.original_file(document, username)
        if path.suffix.lower() != ".pdf":
            raise FileNotFoundError(f"{document} is not a PDF")
        return render_page_png(path.read_bytes(), page)

    # -- sign-in ---------------------------------------------------------------------------------
    async def sign_in(self, name: str, password: str) -> bool:
        """Gradio's login hook. The scrypt check runs on a worker thread (the event loop keeps serving others);
        repeated failures per name and per address are slowed down, then refused for a while."""
        address = CLIENT_ADDRESS.get()
        keys = self.throttle.keys(name, address)
        wait = self.throttle.attempt(keys)
        if wait:
            self.audit.event(name, "login_refused", address=address)
            raise HTTPException(429, f"Too many failed sign-ins; try again in {int(wait // 60) + 1} minutes.")
        user = await asyncio.to_thread(self.users.authenticate, name, password)
        if user is not None:
            self.throttle.succeeded(keys)
            self.audit.event(user.name, "login", address=address)
            return True
        self.audit.event(name, "login_failed", address=address)
        await asyncio.sleep(self.throttle.delay(keys))  # holds this answer back, not the server
        return False

    def ingest_uploads(self, paths: list[str], username: str | None, ocr: str | None = None,
                       progress=None) -> str:
        """Admins only. Uploaded files are copied into <store>/uploads (Gradio's temporary copies disappear)
        and ingested one by one; each file gets a line, failures with the ingest error text. `ocr` is the OCR
        mode (auto, always, never); `progress(document, done, total, stage)` follows OCR pages and embedding.
        The store lock is held only while the store is used: questions are answered during a long OCR."""
        user = self.user(username)
        if not user.is_admin:
            self.audit.event(user.name, "upload_denied", files=[Path(p).name for p in paths or []])
            raise AccessDenied("only admins can upload agreements")
        self.uploads.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept, previous = [], {}
        for upload in paths or []:
            target = self.uploads / Path(upload).name  # the name only: an upload never chooses its directory
            if target.exists():  # a new version: keep the old file until the new one is in
                previous[target] = target.with_name(target.name + ".previous")
                target.replace(previous[target])
            shutil.copyfile(upload, target)
            kept.append(target)
        results = {}
        try:
            report = ingest_paths(self.store, kept, max_bytes=int(self.settings.max_file_mb * 1_000_000),
                                  progress=progress, ocr=self.settings.ocr_options(ocr), store_lock=self.lock)
            results = {r.path: r for r in report.results}
        finally:
            for target in kept:  # keep no file that is not the original of a stored document
                status = results[target].status if target in results else "failed"
                backup = previous.get(target)
                if status in ("failed", "duplicate"):
                    target.unlink(missing_ok=True)
                    if backup:
                        backup.replace(target)
                elif backup:
                    backup.unlink()
        for r in report.results:
            self.audit.event(user.name, "upload", file=r.path.name, document=r.document, status=r.status)
        return "\n".join(f"{r.path.name}: {r.status}" + (f" — {r.reason}" if r.reason else "")
                         + ("" if r.status in ("failed", "duplicate") else f" ({r.clauses} clauses, {r.pages} pages"
                            + (f", {r.ocr_pages} read by OCR" if r.ocr_pages else "") + ")")
                         for r in report.results)

    def remove_document(self, document: str, username: str | None) -> bool:
        user = self.user(username)
        if not user.is_admin:
            self.audit.event(user.name, "remove_denied", document=document)
            raise AccessDenied("only admins can remove agreements")
        with self.lock:
            removed = self.store.remove(document)
        self.audit.event(user.name, "remove", document=document, removed=removed)
        return removed


_CSS = """
.akkoord-review{overflow:auto;max-height:75vh}
.akkoord-review table{border-collapse:collapse;font-size:.8em}
.akkoord-review th,.akkoord-review td{border:1px solid #ddd;padding:.25em .4em;vertical-align:top;min-width:7em}
.akkoord-review thead th{position:sticky;top:0;background:#f7f7f7}
.akkoord-meets{background:#c6efce}.akkoord-deviates{background:#ffc7ce}.akkoord-missing{background:#ffeb9c}
.akkoord-source{border:1px solid #ddd;border-radius:6px;padding:.5em .7em;margin:.5em 0}
.akkoord-source.akkoord-flash{outline:3px solid #f5c400}
.akkoord-text{white-space:pre-wrap;font-size:.9em;max-height:18em;overflow:auto;margin-top:.3em}
.akkoord-scan summary{cursor:pointer;font-size:.85em;color:#555}
.akkoord-scan img{max-width:100%;border:1px solid #ccc;margin-top:.3em}
.akkoord-clause,.akkoord-parties,.akkoord-whole{font-size:.85em;color:#555}
mark{background:#fff1a8}
#akkoord-documents, #akkoord-documents *{font-family:inherit !important}
#akkoord-documents td, #akkoord-documents th{white-space:normal !important;word-break:break-word}
"""

# Clicking a [n] marker in the chat scrolls to source n in the panel (the panel first switches to that message's
# answer through the chatbot's select event, hence the second attempt). "Whole clause" loads the clause into its
# card from the server (access-checked, escaped there).
_HEAD = """<script>
document.addEventListener('click', function (e) {
  const whole = e.target.closest && e.target.closest('a.akkoord-whole');
  if (whole) {
    e.preventDefault();
    fetch(whole.getAttribute('href'), {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (html) {
      const card = whole.closest('.akkoord-source');
      card.querySelector('.akkoord-text').innerHTML = html;
      whole.remove();
    }).catch(function () { whole.textContent = 'The clause could not be loaded; sign in again?'; });
    return;
  }
  const a = e.target.closest && e.target.closest('a[href^="#akkoord-src-"]');
  if (!a) return;
  e.preventDefault();
  const id = a.getAttribute('href').slice(1);
  const show = function () {
    const el = document.getElementById(id);
    const card = el && el.closest('.akkoord-source');
    if (card) { card.scrollIntoView({behavior: 'smooth', block: 'nearest'}); card.classList.add('akkoord-flash');
                setTimeout(function () { card.classList.remove('akkoord-flash'); }, 1500); }
  };
  show(); setTimeout(show, 400);
}, true);
</script>"""

# Before a question is sent the chat scrolls to its end: after a user scrolled up (to click a citation of an
# older answer) Gradio stops following new messages until the view is back at the bottom.
_SCROLL_TO_END = """(...args) => {
  document.querySelectorAll('#akkoord-chat *').forEach(function (el) {
    if (el.scrollHeight > el.clientHeight + 2) { el.scrollTop = el.scrollHeight; }
  });
  return args;
}"""

DOCUMENT_COLUMNS = ["document", "title", "parties", "signed", "other dates in the text", "language", "pages",
                    "clauses"]


def _sort_key(cell):
    """Stated cells first, by number (hours, amount) when they have one, else by text."""
    if cell is None or cell.status != "stated":
        return (1, 0.0, "")
    number = cell.data.get("hours") if cell.data.get("hours") is not None else cell.data.get("amount")
    return (0, float(number) if number is not None else 0.0, str(cell.value))


def build_blocks(app: WebApp):
    def username(request: gr.Request) -> str | None:
        return getattr(request, "username", None)

    def guarded(fn):
        # functools.wraps keeps fn's signature visible (inspect follows __wrapped__): Gradio reads it to know
        # that fn wants the gr.Request.
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except AccessDenied as exc:
                raise gr.Error(str(exc)) from None
        return wrapper

    with gr.Blocks(title="akkoord") as blocks:
        banner = gr.Markdown()
        with gr.Tabs():
            with gr.Tab("Chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="akkoord", show_label=False, height=520, elem_id="akkoord-chat",
                                             sanitize_html=True, allow_tags=False, latex_delimiters=[],
                                             feedback_options=("Like", "Dislike"))
                        question = gr.Textbox(placeholder="Ask about your agreements (NL / FR / EN)…",
                                              show_label=False, submit_btn=True, elem_id="akkoord-question",
                                              max_length=app.settings.max_question_chars)
                        with gr.Row(elem_id="akkoord-examples"):
                            examples = [gr.Button(example, size="sm", variant="secondary") for example in EXAMPLES]
                        with gr.Row():
                            scope = gr.Dropdown([], multiselect=True, label="Agreements (none selected = all)",
                                                elem_id="akkoord-scope")
                            mode = gr.Radio(["extractive", "llm"], value=app.settings.mode, label="Answer mode")
                            new = gr.Button("New conversation", elem_id="akkoord-new")
                    with gr.Column(scale=2):
                        sources = gr.HTML(app.sources_html(None), elem_id="akkoord-sources")
            with gr.Tab("Documents", elem_id="akkoord-documents-tab"):
                gr.Markdown("*signed*: the date in the agreement's signature block (— when it has none); *other "
                            "dates*: dates the text mentions, in order (laws, decisions, earlier agreements).")
                table = gr.Dataframe(headers=DOCUMENT_COLUMNS, interactive=False, elem_id="akkoord-documents",
                                     wrap=True, column_widths=["17%", "22%", "20%", "9%", "14%", "6%", "5%", "7%"])
                with gr.Group(visible=False, elem_id="akkoord-admin") as admin:
                    upload = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES),
                                     label="Upload agreements to ingest", elem_id="akkoord-upload")
                    ocr_mode = gr.Radio(["auto", "always", "never"], value=app.settings.ocr, elem_id="akkoord-ocr",
                                        label="OCR of scanned PDF pages (auto: pages without a text layer)")
                    ingest_button = gr.Button("Ingest", elem_id="akkoord-ingest")
                    ingest_log = gr.Textbox(label="Ingest result", interactive=False, lines=4,
                                            elem_id="akkoord-ingest-log")
                    with gr.Row():
                        removable = gr.Dropdown([], label="Remove an agreement", elem_id="akkoord-removable",
                                                allow_custom_value=True)  # checked by remove_document
                        remove_button = gr.Button("Remove", variant="stop", elem_id="akkoord-remove")
            with gr.Tab("Review", elem_id="akkoord-review-tab"):
                gr.Markdown("One row per agreement: the GDPR art. 28(3) terms and key clauses, each with the clause "
                            "that states it (click a value to read it). Colours follow the policy.")
                with gr.Row():
                    review_filter = gr.Textbox(label="Agreement contains", elem_id="akkoord-review-filter")
                    review_status = gr.Radio(["all", "deviates", "missing"], value="all", label="Show",
                                             elem_id="akkoord-review-status")
                    review_sort = gr.Dropdown([("agreement", "")] + [(i.labels["en"], i.id) for i in ITEMS],
                                              value="", label="Sort by", elem_id="akkoord-review-sort")
                review_grid = gr.HTML(elem_id="akkoord-review-grid")
                export_button = gr.Button("Prepare downloads (XLSX, CSV, JSON, calendar)",
                                          elem_id="akkoord-review-export")
                export_files = gr.File(file_count="multiple", interactive=False, label="Downloads",
                                       elem_id="akkoord-review-files")
        answers = gr.State([])

        def on_load(request: gr.Request):
            name = username(request)
            user = app.user(name)
            readable = app.readable(name)
            if app.login_required:
                text = f"Signed in as **{escape_markdown(user.name)}** ({user.role}) · [sign out](logout)"
            elif app.open_to_network:
                text = ("⚠ **No users are configured and akkoord is open to the network: anyone who can reach "
                        "this address can read every agreement.** Add users with `akkoord users add`.")
            else:
                text = ("No users are configured, so akkoord is reachable only from this computer "
                        "(127.0.0.1). Add users with `akkoord users add` to share it.")
            modes = ["extractive", "llm"] if app.llm_configured() else ["extractive"]
            return (text, gr.update(choices=readable, value=[]), gr.update(choices=modes),
                    app.document_rows(name), gr.update(visible=user.is_admin), gr.update(choices=readable))

        blocks.load(on_load, None, [banner, scope, mode, table, admin, removable])

        def review(contains, status, sort_by, request: gr.Request):
            return app.review_html(username(request), contains or "", status, sort_by or None)

        review_inputs = [review_filter, review_status, review_sort]
        blocks.load(guarded(review), review_inputs, review_grid)
        for control in review_inputs:
            control.change(guarded(review), review_inputs, review_grid)

        def export(request: gr.Request):
            import tempfile

            return app.review_exports(username(request), Path(tempfile.mkdtemp(prefix="akkoord-review-")))

        export_button.click(guarded(export), None, export_files, api_name="review_export")

        def respond(q, chat, past, chosen, chosen_mode, request: gr.Request):
            for chat_now, past_now, panel in app.respond(q, chat, past, chosen, chosen_mode, username(request)):
                yield chat_now, past_now, panel or gr.update(), ""

        ask_inputs, ask_outputs = [question, chatbot, answers, scope, mode], [chatbot, answers, sources, question]
        question.submit(respond, ask_inputs, ask_outputs, js=_SCROLL_TO_END)
        for button, example in zip(examples, EXAMPLES):  # an example asks at once
            button.click(lambda text=example: text, None, question, queue=False).then(
                respond, ask_inputs, ask_outputs, js=_SCROLL_TO_END)
        new.click(lambda: ([], [], app.sources_html(None), ""), None, [chatbot, answers, sources, question])

        def select(past, evt: gr.SelectData):
            index = evt.index if isinstance(evt.index, int) else evt.index[0]
            return app.sources_html(past[index // 2]) if 0 <= index // 2 < len(past) else gr.update()

        chatbot.select(select, [answers], [sources])

        def like(past, evt: gr.LikeData, request: gr.Request):
            index = evt.index if isinstance(evt.index, int) else evt.index[0]
            app.record_feedback(past, index, bool(evt.liked), username(request))

        chatbot.like(like, [answers], None)

        def ingest(files, ocr, request: gr.Request, bar=gr.Progress()):
            name = username(request)

            def progress(document, done, total, stage):
                bar((done, total), desc=f"{stage} {document}", unit="pages" if stage == "ocr" else "texts")

            log = app.ingest_uploads([getattr(f, "name", f) for f in files or []], name, ocr, progress)
            readable = app.readable(name)
            return log, app.document_rows(name), gr.update(choices=readable), gr.update(choices=readable), None

        ingest_button.click(guarded(ingest), [upload, ocr_mode], [ingest_log, table, scope, removable, upload],
                            show_progress="full", api_name="ingest").then(guarded(review), review_inputs, review_grid)

        def remove(document, request: gr.Request):
            name = username(request)
            done = app.remove_document(document, name) if document else False
            readable = app.readable(name)
            return (f"removed {document}" if done else "nothing removed", app.document_rows(name),
                    gr.update(choices=readable, value=[]), gr.update(choices=readable, value=None))

        remove_button.click(guarded(remove), [removable], [ingest_log, table, scope, removable],
                            api_name="remove").then(guarded(review), review_inputs, review_grid)
    return blocks


class _ClientAddress:
    """ASGI middleware: the client's address for the sign-in throttle (see CLIENT_ADDRESS)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            CLIENT_ADDRESS.set((scope.get("client") or ("unknown",))[0])
        await self.app(scope, receive, send)


def create_server(app: WebApp):
    """FastAPI: /document/{id} serves originals and /clause/{id}/{seq} whole clauses of readable agreements;
    Gradio is mounted at /."""
    server = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    server.add_middleware(_ClientAddress)
    blocks = build_blocks(app)

    def current_user(request: Request) -> str | None:
        # Gradio keeps its login sessions in the mounted app's token table, keyed by this cookie.
        gradio_app = server.routes[-1].app  # the Mount that mount_gradio_app appended last
        token = (request.cookies.get(f"access-token-{gradio_app.cookie_id}")
                 or request.cookies.get(f"access-token-unsecure-{gradio_app.cookie_id}"))
        return gradio_app.tokens.get(token)

    @server.get("/document/{document}")
    def original(document: str, request: Request):
        try:
            path = app.original_file(document, current_user(request))
        except AccessDenied:
            app.audit.event(None, "download_denied", document=document, reason="not signed in")
            raise HTTPException(401, "sign in first") from None
        except FileNotFoundError:
            raise HTTPException(404, "no such agreement") from None
        media = {".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
                 ".md": "text/plain; charset=utf-8"}.get(path.suffix.lower(), "application/octet-stream")
        return FileResponse(path, media_type=media, content_disposition_type="inline", filename=path.name)

    @server.get("/page/{document}/{page}")
    def page_image(document: str, page: int, request: Request):
        try:
            png = app.page_image(document, page, current_user(request))
        except AccessDenied:
            raise HTTPException(401, "sign in first") from None
        except (FileNotFoundError, IndexError):
            raise HTTPException(404, "no such page") from None
        return Response(png, media_type="image/png")

    @server.get("/review/{document}/{item}")
    def review_cell(document: str, item: str, request: Request):
        try:
            return HTMLResponse(app.review_cell_html(document, item, current_user(request)))
        except AccessDenied:
            raise HTTPException(401, "sign in first") from None
        except FileNotFoundError:
            raise HTTPException(404, "no such cell") from None

    @server.get("/clause/{document}/{seq}")
    def whole_clause(document: str, seq: int, request: Request, marks: str = ""):
        try:
            spans = [tuple(int(x) for x in mark.split("-", 1)) for mark in marks.split(",") if mark]
            html = app.clause_html(document, seq, spans, current_user(request))
        except ValueError:
            raise HTTPException(400, "marks must be start-end pairs") from None
        except AccessDenied:
            raise HTTPException(401, "sign in first") from None
        except FileNotFoundError:
            raise HTTPException(404, "no such clause") from None
        return HTMLResponse(html)

    return gr.mount_gradio_app(server, blocks, path="/", auth=app.sign_in if app.login_required else None,
                               auth_message="akkoord — sign in", css=_CSS, head=_HEAD, run_history=False,
                               footer_links=[], ssr_mode=False, allowed_paths=[])
