"""Assistant: route, retrieve, answer extractively (or abstain), verify — one Answer for every mode."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.labels import article_of
from ingest.language import detect_language
from ingest.lexicon import translations
from ingest.models import DocumentInfo
from ingest.pages import page_at
from ingest.segment import PREAMBLE, SIGNATURES
from ingest.tables import key_terms
from ingest.text import STOPWORDS, fold, stems, tokens
from ingest.units import split_sentences, table_header
from review.items import AUTHORITY
from review.models import STATED

from .abstainer import FITTED, Abstainer, ThresholdRule
from .amendments import (amended_agreement, amends, asks_about_the_past, is_addendum, new_wording,
                         part_in_force)
from .config import Settings
from .definitions import defining_first
from .extractive import (Ranker, Sentence, agreement_line, agreement_name, amended_line, clause_heading,
                         clause_reference, coverage_of, direct_answer, lead_sentence, referenced_annexes,
                         referenced_clauses, refers_back, same_sentence, score_sentences, stated_value,
                         table_of_row, whole_clause, whole_table, with_context)
from .features import (CHECKABLE_KINDS, STATED_KINDS, asked_case, asked_kinds, asked_value, asks_a_case,
                       folded_role_words, other_sides_duty, role_words, states_a_case, states_asked_kind, value_kinds)
from .filters import allowed_documents
from .grid_answers import (asks_whole_list, grid_evidence, grid_lead, grid_parts, grid_value, holds_named_value,
                           keeps_data_inside, on_topic, stating_clauses, value_matches, with_grid_clauses)
from .grids import in_force_from
from .generation import answer_messages, condense_messages, cited_numbers, quoted_passages
from .llm import make_chat_model, stream_text
from .models import Answer, Citation, Retrieved
from .parts import question_parts
from .ranker import make_ranker
from .rerank import Reranker, make_reranker
from .retriever import HybridRetriever, RetrievalParams
from .routing import Route, route_question
from .verify import find_quote, normalise, verify_citations

_FOLLOW_UP = re.compile(r"^\s*(?:en|and|et|of|or|ou|maar|but|mais|wat met|en wat|what about|and what|et pour|"
                        r"en voor|and for|idem)\b", re.IGNORECASE)

_ABSTAIN = {
    "nl": "De overeenkomsten beantwoorden deze vraag niet.",
    "fr": "Les conventions ne répondent pas à cette question.",
    "en": "The agreements do not answer this question.",
}
_FALLBACK = {
    "nl": "(Het gegenereerde antwoord kon niet aan de overeenkomsten getoetst worden; hieronder het letterlijke antwoord.)",
    "fr": "(La réponse générée n'a pas pu être vérifiée dans les conventions ; voici la réponse littérale.)",
    "en": "(The generated answer could not be verified against the agreements; here is the verbatim answer.)",
}
_RELATED = {"nl": "Mogelijk verwant", "fr": "Peut-être lié", "en": "Possibly related"}
_NOT_FOUND = {
    "nl": "Ik vond in de overeenkomsten geen bepaling die deze vraag beantwoordt.",
    "fr": "Je n'ai trouvé dans les conventions aucune clause qui réponde à cette question.",
    "en": "I found no clause in the agreements that answers this question.",
}
_SEARCHED = {"nl": "Gezocht naar", "fr": "Termes recherchés", "en": "Searched for"}
_NOT_STATED = {"nl": "niet vermeld.", "fr": "non précisé.", "en": "not stated."}
_COMPARED = {"nl": "Per overeenkomst:", "fr": "Par convention :", "en": "Per agreement:"}
# "Which of our processors may transfer data outside the EEA?" names those that keep them inside on one line
_BY_CASE = {"nl": "Naargelang het geval:", "fr": "Selon le cas :", "en": "Depending on the case:"}
# ("Quelle convention mentionne Mollie B.V. ?", "Welk contract …": the singular asks which ones too)
_WHICH = re.compile(r"\b(?:which|welke?|quel(?:le)?s?|lesquel(?:le)?s|lequel|laquelle)\b", re.IGNORECASE)
_INSIDE = {"nl": "Houden de gegevens binnen de EER: {}.", "fr": "Gardent les données dans l'EEE : {}.",
           "en": "Keep the data inside the EEA: {}."}
# ... and those whose grid holds another value than the one a question names, with theirs
_OTHERWISE = {"nl": "Andere overeenkomsten bepalen iets anders: {}.", "fr": "D'autres conventions prévoient autre "
              "chose : {}.", "en": "Other agreements state otherwise: {}."}
_INSTEAD = {"nl": "Wat de overeenkomsten wel bepalen: {}.", "fr": "Ce que prévoient les conventions : {}.",
            "en": "What the agreements state instead: {}."}
_SEVERAL = {"nl": "Meerdere overeenkomsten beantwoorden deze vraag:",
            "fr": "Plusieurs conventions répondent à cette question :",
            "en": "Several agreements answer this question:"}


def _inside(quote: Sentence, picked: list[Sentence]) -> list[Sentence]:
    """The sentences picked to answer that a quote (their whole clause) holds."""
    return [p for p in picked if p.rank == quote.rank and quote.start <= p.start and p.end <= quote.end
            and (p.start, p.end) != (quote.start, quote.end)]


def _squeezed(text: str) -> str:
    return normalise(text).replace(" ", "")


class QuestionError(ValueError):
    """A question that cannot be asked as given (empty, too long, about an unknown agreement)."""


def check_question(question: str, max_chars: int) -> str:
    """The question, stripped; a clear error for an empty or overlong one. Checked before any work, so that one
    pasted document cannot hold the answering pipeline (and every other user waiting for it) for a minute."""
    question = (question or "").strip()
    if not question:
        raise QuestionError("the question is empty; ask something about the agreements")
    if len(question) > max_chars:
        raise QuestionError(f"the question has {len(question):,} characters; the limit is {max_chars:,} "
                            f"(AKKOORD_MAX_QUESTION_CHARS). Ask about one point at a time")
    return question


QUOTING = Path(__file__).with_name("quoting.json")  # fitted by `python -m evals.fit_quoting`
_QUOTING = json.loads(QUOTING.read_text(encoding="utf-8")) if QUOTING.exists() else {}


@dataclass(frozen=True)
class AnswerParams:
    """Thresholds are explicit; the quoting ones are fitted on the tune part (assistant/quoting.json)."""

    top_clauses: int = 5  # clauses whose sentences may be quoted
    # Abstain or answer: an object with abstains(evidence); None = as AKKOORD_ABSTAINER says ("rule": the
    # ThresholdRule below; "fitted": the model in assistant/abstainer.json, refit by `python -m evals.fit_abstainer`)
    abstainer: object = None
    # Whether one agreement answers on its own evidence, in a comparison or an unscoped question answered by
    # several; None = the abstainer. Fitting answers every question (NeverAbstain) but lists agreements as the
    # rule in use would, so that its answers are the ones users get
    listing_abstainer: object = None
    # A second quote when it covers this share of question terms the best quote does not, and the ranker finds it
    # nearly as likely to answer (a sibling that only restates the best quote's terms is left out)
    min_gain: float = _QUOTING.get("min_gain", 0.2)
    second_quote_ratio: float = _QUOTING.get("second_quote_ratio", 0.5)
    # An unscoped question answered by several agreements lists those whose quote covers the question within
    # this share of the best-covering one (0: as fully). The tune part has no question meant for several
    # agreements to fit it on: all its unscoped questions are about one, which words of the question tell
    listing_margin: float = 0.0
    # clauses up to this length are quoted whole (twice this in comparisons)
    whole_clause_chars: int = _QUOTING.get("whole_clause_chars", 350)
    # A signature block is one unit (who signed, for whom, where and when belong together), and so is a table
    # under its header row: quoted whole up to this
    signature_chars: int = 1200


@dataclass(frozen=True)
class _Context:
    """What retrieval hands to every answering mode."""

    question: str
    focused: str  # the (standalone) question minus words that only named agreements
    language: str
    scope: tuple[str, ...]
    retrieved: list[Retrieved]
    comparison: bool
    targets: tuple[str, ...] = ()  # a comparison's agreements (the scope, or every agreement that may be read)
    names_unknown: bool = False  # the question names something no stored agreement is known by
    allowed: frozenset[str] = frozenset()  # the agreements this question may read (filters, permissions)


class Assistant:
    """`ask` returns an Answer; `stream` yields text pieces and then the Answer. Retrieval, evidence thresholds
    and verification are the same in both modes; generative mode only changes who writes the text."""

    def __init__(self, store, settings: Settings | None = None, *, retrieval: RetrievalParams | None = None,
                 params: AnswerParams | None = None, llm=None, reranker: Reranker | None = None,
                 ranker: Ranker | None = None) -> None:
        self.settings = settings or Settings()
        s = self.settings
        self.store = store
        self.retriever = HybridRetriever(store, retrieval or RetrievalParams(mode=s.retrieval, rrf_k=s.rrf_k))
        self.params = params or AnswerParams()
        self.abstainer = self.params.abstainer or (
            Abstainer.load(FITTED) if s.abstainer == "fitted"
            else ThresholdRule(s.min_coverage, s.min_dense, s.min_best_score, s.abstain_without_asked_kind,
                               s.grid_decides, s.abstain_without_authority, s.abstain_on_other_item,
                               s.abstain_without_asked_case))
        self.listing_abstainer = self.params.listing_abstainer or self.abstainer
        self.ranker = ranker or make_ranker(s.ranker)
        self.routing = s.routing
        self.reranker = reranker if reranker is not None else make_reranker(s.reranker_model)
        self._llm = llm

    @property
    def llm(self):
        if self._llm is None:
            self._llm = make_chat_model(self.settings)
        return self._llm

    def warm_up(self) -> None:
        """Load the embedder and open the store now, so that the first question is not the slow one."""
        self.store.embedder.embed_query("warm-up")
        self.store.search("warm-up", k=1)
        self.store.catalogue.lexical.search("warm-up", "en", 1)

    def _roles(self, document: str) -> dict[str, frozenset[str]]:
        info = self.store.document(document)
        return folded_role_words(info.parties if info else ())

    def _idf(self, term: str) -> float:
        return self.store.catalogue.lexical.idf(term)

    def _sentences(self, question: str, language: str, candidates: list[Retrieved],
                   asked: str | None = None) -> list[Sentence]:
        """The candidates' sentences, best first; the parties of their agreements name the roles."""
        infos = (self.store.document(d) for d in dict.fromkeys(r.clause.document for r in candidates))
        roles = role_words(p for info in infos if info for p in info.parties)
        return score_sentences(question, language, candidates, self._idf, self.ranker, roles, asked)

    def ask(self, question: str, history: list[Answer] | None = None, filters: dict | None = None,
            mode: str | None = None) -> Answer:
        answer = None
        for event in self.stream(question, history, filters, mode):
            if isinstance(event, Answer):
                answer = event
        return answer

    def stream(self, question: str, history: list[Answer] | None = None, filters: dict | None = None,
               mode: str | None = None) -> Iterator[str | Answer]:
        question = check_question(question, self.settings.max_question_chars)
        mode = mode or self.settings.mode
        timings: dict[str, float] = {}
        started = time.perf_counter()
        standalone = question
        if mode == "llm" and history:
            standalone = "".join(stream_text(self.llm, condense_messages(self.settings.prompts_dir, history,
                                                                         question))).strip() or question
            timings["condense"] = time.perf_counter() - started
        context = self._retrieve(question, standalone, history, filters, timings)

        started = time.perf_counter()
        answer = self._extract(context)
        if mode == "llm" and not answer.abstained:
            pieces: list[str] = []
            sources = self._sources(context)
            messages = answer_messages(self.settings.prompts_dir, context.language, standalone, sources,
                                       {i.document: i.title for i, _ in self.store.documents()})
            for piece in stream_text(self.llm, messages):
                pieces.append(piece)
                yield piece
            answer = self._verified_generation(context, "".join(pieces).strip(), sources, answer)
        else:
            yield answer.text
        timings["answer"] = time.perf_counter() - started
        yield replace(answer, timings=timings)

    def _retrieve(self, question: str, standalone: str, history, filters, timings) -> _Context:
        started = time.perf_counter()
        language = detect_language(question, default="nl")
        documents = [info for info, _ in self.store.documents()]
        allowed = allowed_documents(documents, filters)
        candidates = [d for d in documents if d.document in allowed]
        route = route_question(standalone, candidates) if self.routing else Route((), False)
        scope = list(route.documents)
        asked_before = None  # the previous turn's route, when this turn asks its question again
        if history and standalone == question and _FOLLOW_UP.match(question):
            # "En wat met een datalek?" asks a new thing in the old scope; "and for Inetum?" asks the old
            # thing in a new scope.
            previous = history[-1]
            if not stems(route.without_names(_FOLLOW_UP.sub("", question)), language):
                standalone = previous.question
                asked_before = route_question(standalone, candidates) if self.routing else None
            # The previous scope only within what this turn may search (filters or permissions may differ).
            scope = scope or [d for d in previous.documents if d in allowed]
        if not scope and len(allowed) < len(documents):
            scope = sorted(allowed)
        timings["route"] = time.perf_counter() - started

        started = time.perf_counter()
        focused = route.without_names(standalone)
        if asked_before is not None:  # "En voor Inetum?": the names that chose the old scope say nothing in the new
            focused = asked_before.without_names(focused)
        if not allowed:  # the filters exclude every agreement: nothing may be searched
            return _Context(question, focused, language, (), [], route.comparison)
        targets: list[str] = []
        if route.comparison:
            targets = scope or sorted(allowed)
            retrieved = [r for d in targets for r in self.retriever.run(standalone, language, [d], 3, focused)]
            retrieved.sort(key=lambda r: -r.score)
        else:
            retrieved = self.retriever.run(standalone, language, scope or None, 8, focused)
        if self.reranker is not None:
            retrieved = self.reranker.rerank(focused, retrieved)
        timings["retrieve"] = time.perf_counter() - started
        return _Context(question, focused, language, tuple(scope), retrieved, route.comparison, tuple(targets),
                        bool(route.unknown_names), frozenset(allowed))

    def _sources(self, context: _Context) -> list[Retrieved]:
        return context.retrieved if context.comparison else context.retrieved[: self.params.top_clauses]

    def _verified_generation(self, context: _Context, text: str, sources: list[Retrieved],
                             extractive: Answer) -> Answer:
        """Keep the model's answer only with at least one citation that verifies; else the extractive one."""
        citations = []
        quotes = quoted_passages(text)
        for n in cited_numbers(text):
            if not 1 <= n <= len(sources):
                continue
            clause = sources[n - 1].clause
            span = next(filter(None, (find_quote(clause.text, q) for q in quotes.get(n, []))), None)
            if span is not None:
                sentence = Sentence(0, span[0], span[1], clause.text[span[0]:span[1]])
            else:  # a paraphrase: point at the sentence of the clause closest to the question
                ranked = self._sentences(context.focused, context.language, [sources[n - 1]])
                sentence = ranked[0] if ranked else Sentence(0, 0, len(clause.text), clause.text)
            citations.append(self._citation(n, clause, sentence))
        verification = verify_citations(text, citations, {c.number: sources[c.number - 1].clause.text
                                                          for c in citations})
        valid = tuple(c for c in verification.citations if c.valid)
        notes = [f"[{n}] does not point at a source and was removed" for n in verification.unknown_markers]
        notes += [f"[{c.number}] could not be verified against clause {c.clause} and was removed"
                  for c in verification.citations if not c.valid]
        if not valid:
            note = _FALLBACK.get(context.language, _FALLBACK["en"])
            return replace(extractive, text=f"{note}\n{extractive.text}", notes=(note, *notes))
        return Answer(context.question, text, valid, tuple(context.retrieved), False, "llm",
                      documents=context.scope or tuple(dict.fromkeys(c.document for c in valid)),
                      notes=tuple(notes))

    def _citation(self, number: int, clause, sentence) -> Citation:
        starts = self.store.catalogue.page_starts(clause.document)
        page = page_at(starts, clause.char_start + sentence.start)
        info = self.store.document(clause.document)
        return Citation(number, clause.document, clause.label, clause.title or self._parent_title(clause),
                        page, clause.pages, sentence.text, sentence.start, sentence.end,
                        ocr=bool(info and info.ocr_page(page)))

    def _extract(self, context: _Context) -> Answer:
        p = self.params
        question, standalone, language = context.question, context.focused, context.language
        retrieved, comparison, scope = context.retrieved, context.comparison, context.scope
        candidates = retrieved[: p.top_clauses] if not comparison else retrieved
        if candidates and self.settings.grid_lead:
            # (compared: each agreement's own; else the agreement in scope, or the best retrieved clause's)
            documents = context.targets if comparison else [scope[0] if len(scope) == 1
                                                            else candidates[0].clause.document]
            candidates = with_grid_clauses(self.store, standalone, candidates, documents)
        sentences = self._sentences(standalone, language, candidates, question)
        if sentences and not comparison:
            # the likeliest sentence points to an annex retrieval left out: score that annex's rows too
            widened = self._with_referenced_annex(candidates, candidates[sentences[0].rank].clause.document,
                                                  sentences[0].text)
            if widened is not candidates:
                candidates = widened
                sentences = self._sentences(standalone, language, candidates, question)
        if sentences and self.settings.grid_lead:
            sentences = grid_lead(self.store, standalone, sentences, candidates)
        sentences, defined = defining_first(question, sentences)
        best = sentences[0] if sentences else None
        evidence = self._evidence(standalone, language, sentences, candidates, scope, asked=question) if best else {}
        if defined:  # the sentence defining the term asked about answers, whatever else it holds
            evidence["defined"] = 1.0
        if best is None or (not comparison and self.abstainer.abstains(evidence)):
            return replace(self._abstain(question, language, retrieved, scope), evidence=evidence)
        if comparison:
            matches = value_matches(self.store, standalone, context.targets, context.allowed) if not scope else None
            if matches is not None:  # "Which of our processors must report a breach within 24 hours?"
                return self._with_value(context, list(candidates), matches, evidence)
            answers = {d: self._own_evidence(standalone, language, sentences, candidates, d) for d in context.targets}
            named = holds_named_value(standalone) if not scope and _WHICH.search(question) else None
            if named is not None:  # "Which agreement keeps access logs for ten years?": those whose quote holds it
                answers = self._holding(named, language, answers, candidates)
                if not answers:
                    return replace(self._abstain(question, language, retrieved, scope), evidence=evidence)
            answers, amended = self._one_per_agreement(context, answers, candidates)
            return self._by_agreement(context, candidates, sentences, answers, evidence, amended)
        if not scope and not context.names_unknown:  # naming no agreement, answered in several: list them all
            answering = self._answering_agreements(standalone, language, sentences, candidates)
            if len(answering) > 1:
                return self._by_agreement(context, candidates, sentences, answering, evidence)
            if answering and candidates[best.rank].clause.document not in answering:
                # the likeliest sentence's agreement covers the question less fully than another: answer from
                # that one ("ces Conditions" asked in French of a French and a Dutch version)
                sentences = next(iter(answering.values()))
                best = sentences[0]

        keeps = None
        if self.settings.grid_lead and evidence.get("grid_cell"):
            keeps = on_topic(self.store, standalone, candidates[best.rank].clause, candidates)
        # (a definition is its own answer: the sentence that adds "addendum" only repeats the question's frame)
        picked = [best] if defined else self._complementary(best, sentences, standalone, language, candidates, keeps)
        if self.settings.grid_lead:
            picked += grid_parts(self.store, standalone, picked, sentences, candidates)
        picked, candidates = self._in_question_language(picked, candidates, language)
        chosen = [self._quoted(c, candidates) for c in picked]
        if asks_whole_list(standalone):  # the sub-processors asked: their table, not its likeliest row
            chosen = [table_of_row(candidates[c.rank].clause.text, c, self.params.signature_chars) for c in chosen]
        chosen = [c for i, c in enumerate(chosen)  # drop a quote the whole-clause quote before it already holds
                  if not any(o.rank == c.rank and o.start <= c.start and c.end <= o.end for o in chosen[:i])]
        candidates = list(candidates)
        chosen += self._other_parts(context, chosen, candidates)
        chosen, amended = self._in_force(context, chosen, candidates)
        context_first = self._preceding(chosen, candidates)
        chosen = context_first + chosen
        chosen += self._follow_references(standalone, language, chosen, candidates)
        citations, parts = [], []
        headers = [table_header(candidates[s.rank].clause.text, s.start) for s in chosen]
        for number, (sentence, header) in enumerate(zip(chosen, headers), start=1):
            clause = candidates[sentence.rank].clause
            info = self.store.document(clause.document)
            citation = self._citation(number, clause, sentence)
            citations.append(citation)
            parts.append(lead_sentence(language, clause.label, citation.title,
                                       agreement_name(info, clause.document), sentence.text, number, header))
        # a duration, amount or date asked for: stated first, from the first quote that states it (the countries
        # or the person asked for: from the first quote only) — the answer's own quotes before the sentence quoted
        # ahead of them, which only says what they point back at ("Vervolgens vernietigt … na die teruggave")
        skip = len(context_first)
        quotes = list(zip(chosen, headers))
        searched = len(chosen) if set(STATED_KINDS) & asked_kinds(question) else 1
        stated = [(v, s) for s, h in (quotes[skip:] + quotes[:skip])[:searched]
                  if (v := self._stated_value(standalone, question, s, h, candidates, language, tuple(picked)))]
        if stated:
            # quotes for several cases (_complementary) each state their own value; else the first one answers
            cases = [(v, s) for v, s in stated if states_a_case(s.text)] if states_a_case(stated[0][1].text) else []
            lines = [direct_answer(v, candidates[s.rank].clause.label, language, candidates[s.rank].clause.language)
                     for v, s in (cases if len(cases) > 1 else stated[:1])]
            parts.insert(0, " ".join([_BY_CASE.get(language, _BY_CASE["en"])] * (len(lines) > 1) + lines))
        text = "\n".join(parts + amended)
        clause_texts = {c.number: candidates[s.rank].clause.text for c, s in zip(citations, chosen)}
        verification = verify_citations(text, citations, clause_texts)
        return Answer(question, text, verification.citations, tuple(retrieved), False, "extractive",
                      documents=scope or tuple(dict.fromkeys(c.document for c in citations)), evidence=evidence)

    def _in_question_language(self, picked: list, candidates, language: str) -> tuple[list, list]:
        """A bilingual agreement states each clause in both its languages under one label: a quote of the version
        in the other language becomes the same sentence of the version in the question's, when there is one."""
        candidates = list(candidates)
        out = []
        for sentence in picked:
            clause = candidates[sentence.rank].clause
            twin = None if clause.language == language else next(
                (c for c in self.store.clauses(clause.document)
                 if c.label == clause.label and c.seq != clause.seq and c.language == language), None)
            span = same_sentence(clause.text, sentence, twin.text) if twin is not None else None
            if span is None:
                out.append(sentence)
                continue
            rank = next((i for i, r in enumerate(candidates) if r.clause.document == twin.document
                         and r.clause.seq == twin.seq), None)
            if rank is None:
                candidates.append(Retrieved(twin, 0.0))
                rank = len(candidates) - 1
            out.append(Sentence(rank, span[0], span[1], twin.text[span[0]:span[1]], sentence.score, sentence.terms,
                                sentence.features))
        return out, candidates

    def _stated_value(self, standalone: str, question: str, sentence: Sentence, header: str | None, candidates,
                      language: str, picked: tuple[Sentence, ...] = ()) -> str | None:
        """The value a quote states of the kind asked: the grid's reading of its clause when it is the item asked,
        else the first of that kind in the sentences `picked` that it holds (a short clause quoted whole holds the
        processor's 36 hours before the controller's 72 asked about), else in the quote."""
        grid = grid_value(self.store, standalone, candidates[sentence.rank].clause, sentence.text) \
            if self.settings.grid_lead else None
        return grid or next(filter(None, (asked_value(question, new_wording(part.text), header, language)
                                          for part in (*_inside(sentence, picked), sentence))), None)

    def _quoted(self, sentence: Sentence, candidates) -> Sentence:
        """What an answer quotes for a sentence: its whole clause when short (a signature block up to
        signature_chars), a table's header with the rows under it."""
        clause, p = candidates[sentence.rank].clause, self.params
        if table_header(clause.text, sentence.start) is not None:  # a table's row answers with its header ("" in a
            # table of labels and values), not the whole table
            return sentence
        limit = p.signature_chars if clause.label == SIGNATURES else p.whole_clause_chars
        quoted = with_context(clause.text, whole_clause(clause.text, clause.label, sentence, limit, clause.title))
        return whole_table(clause.text, quoted, p.signature_chars)

    def _evidence(self, question: str, language: str, sentences, candidates, scope,
                  document: str | None = None, asked: str | None = None) -> dict[str, float]:
        """What the abstainer weighs (assistant/abstainer.FEATURES); with `document`, for that agreement alone;
        `asked`: the question as written, whose party names say which side it is about."""
        best = sentences[0]
        second = next((s.score for s in sentences[1:] if s.rank != best.rank or s.start != best.start), 0.0)
        clause = candidates[best.rank].clause
        own = [r for r in candidates if document is None or r.clause.document == document]
        checkable = asked_kinds(question) & CHECKABLE_KINDS
        quote = self._quoted(best, candidates).text
        quoted = "\n".join((quote, clause_heading(clause), table_header(clause.text, best.start) or ""))
        stating = [s for s in sentences if candidates[s.rank].clause.document == clause.document
                   and states_asked_kind(s.text, checkable, question)]
        # the sentence whose figure answers: the best, or when it holds none of the kind asked the likeliest that
        # does (_complementary adds it)
        valued = best if not stating or stating[0] is best or states_asked_kind(best.text, checkable, question) \
            else stating[0]
        grid = grid_evidence(self.store, question, clause, best.text, asked)
        case = asked_case(question)
        if case is not None and not set(stems(case, language)):
            case = None  # (only names or function words)
        if valued is not best:
            grid["grid_other"] = max(grid["grid_other"], grid_evidence(
                self.store, question, candidates[valued.rank].clause, valued.text)["grid_other"])
        return {
            # of what the answer quotes (a short clause whole, a signature block, a table's rows), with the words
            # only its clause's heading holds: "3 October 2025" under the signatures says who signed
            "coverage": coverage_of(question, language, quoted, self._idf, clause.language),
            "dense": max((r.dense_score or 0.0 for r in own), default=0.0),
            "best_score": best.score,
            "margin": best.score - second,
            "lexical": math.log1p(max((r.lexical_score or 0.0 for r in own), default=0.0)),
            "cross_language": float(clause.language != language),
            "question_terms": math.log1p(len(set(stems(question, language)))),
            "scoped": float(bool(scope)),
            # the kind of value asked missing from the best sentence, and (a duration, an amount, how often) from
            # every candidate sentence of its agreement: a neighbouring clause without the figure does not answer
            "kind_missing": best.features.get("kind_missing", 0.0),
            "kind_absent": float(bool(checkable) and not stating),
            "content_coverage": best.features.get("content_coverage", 0.0),
            "role_missing": best.features.get("role_missing", 0.0),
            # the case the question names ("en cas de faute grave") met by no word where the answer stands: the
            # answer is another case's (the ordinary notice period)
            "case_missing": float(bool(case) and coverage_of(case, language, quoted, self._idf, clause.language) == 0),
            # the supervisory authority asked about, and not named where the answer stands, or named there in a
            # duty of the other side than the one asked about (the controller's own deadline towards it)
            "authority_missing": float(bool(AUTHORITY.search(fold(question))) and self._authority_missing(
                asked or question, quote, quoted, clause.document)),
            **grid,
        }

    def _authority_missing(self, question: str, quote: str, quoted: str, document: str) -> bool:
        """The supervisory authority asked about is named neither in the quote nor in what stands with it
        (`quoted`: its clause's heading, its table's header), or only in duties of the other side than the one asked
        about — sentence by sentence: a whole short clause quoted holds the processor's deadline towards the
        controller and, in its next sentence, the controller's towards the authority, which does not answer when
        the processor must notify the authority."""
        if not AUTHORITY.search(fold(quoted)):
            return True
        roles = self._roles(document)
        naming = [sentence for start, end in split_sentences(quote)
                  if AUTHORITY.search(fold(sentence := quote[start:end]))]
        return all(other_sides_duty(question, sentence, roles) for sentence in naming or [quoted])

    def _complementary(self, best, sentences, question: str, language: str, candidates,
                       keeps: Callable[[Sentence], bool] | None = None) -> list:
        """The best sentence, plus one more when it answers a part of the question the best one leaves open
        (idf-weighted share of new question terms >= min_gain) and is nearly as likely an answer — and `keeps` it
        (grid_answers.on_topic: the review grid found the best one stating what is asked, and a preamble that only
        holds more of the question's words adds nothing); then, for a kind of value asked that no quote holds yet
        ("what must Orbis do, and by when?"), the likeliest sentence of the same agreement that holds one."""
        p = self.params
        q_terms = set(stems(question, language))
        total = math.fsum(self._idf(t) for t in q_terms) or 1.0
        document = candidates[best.rank].clause.document
        # one answer, one agreement: a sentence of another agreement completes nothing (several agreements that
        # answer are listed apart, _by_agreement; an addendum's wording is added by _in_force)
        near = [s for s in sentences[1:10] if (s.rank, s.start) != (best.rank, best.start)
                and s.score >= p.second_quote_ratio * best.score and candidates[s.rank].clause.document == document]
        chosen = [best] + next(([s] for s in near if keeps is None or keeps(s)
                                if math.fsum(self._idf(t) for t in s.terms - best.terms) / total >= p.min_gain), [])
        for kind in sorted(asked_kinds(question)):
            if any(kind in value_kinds(c.text) for c in chosen):
                continue
            holder = next((s for s in near if s not in chosen and kind in value_kinds(s.text)), None)
            if holder is not None:
                chosen.append(holder)
        # a quote stating the value for one case ("Indien geen dossier wordt geopend, … drie maanden"), to a question
        # that names none: the same article's sentence for another case too, when it states that kind of value and
        # is nearly as likely an answer, or one the abstainer would give on its own (the ranker may much prefer the
        # case worded like the question)
        kinds = asked_kinds(question) & set(STATED_KINDS)
        if kinds and states_a_case(best.text) and not asks_a_case(question):
            article = article_of(candidates[best.rank].clause.label)
            other = next((s for s in sentences[1:10] if s not in chosen and states_a_case(s.text)
                          and kinds & value_kinds(s.text) and candidates[s.rank].clause.document == document
                          and article_of(candidates[s.rank].clause.label) == article
                          and (s in near or not self.abstainer.abstains(
                              self._evidence(question, language, [s], candidates, (document,), document)))), None)
            if other is not None:
                chosen.append(other)
        return chosen

    def _other_parts(self, context: _Context, chosen: list, candidates: list) -> list:
        """For a question of two parts (assistant/parts.py), each part's own likeliest sentence in the answer's
        agreement, when the abstainer would give it as the answer to that part and no quote holds it yet.
        `candidates` grows by the clauses added."""
        parts = question_parts(context.focused, context.language) if self.settings.question_parts else []
        if len(parts) < 2:
            return []
        document = candidates[chosen[0].rank].clause.document
        extra: list = []
        for part in parts:
            found = self.retriever.run(part, context.language, [document], self.params.top_clauses)
            sentences = self._sentences(part, context.language, found, part) if found else []
            if not sentences or self.abstainer.abstains(
                    self._evidence(part, context.language, sentences, found, (document,), document)):
                continue
            best = sentences[0]
            clause = found[best.rank].clause
            if any(candidates[s.rank].clause == clause and s.start < best.end and best.start < s.end
                   for s in chosen + extra):
                continue
            index = next((i for i, r in enumerate(candidates) if r.clause == clause), None)
            if index is None:
                candidates.append(found[best.rank])
                index = len(candidates) - 1
            extra.append(self._quoted(replace(best, rank=index), candidates))
        return extra

    def _own_evidence(self, question: str, language: str, sentences, candidates, document: str,
                      coverage: dict | None = None):
        """An agreement's own best sentences and the evidence for them, or None when the abstainer would not
        answer from that agreement alone; `coverage` collects the coverage of the agreement's quote."""
        own = [s for s in sentences if candidates[s.rank].clause.document == document]
        if not own:
            return None
        if self.settings.grid_lead:
            own = grid_lead(self.store, question, own, candidates)
        evidence = self._evidence(question, language, own, candidates, (document,), document)
        if coverage is not None:
            coverage[document] = evidence["coverage"]
        return None if self.listing_abstainer.abstains(evidence) else own

    def _answering_agreements(self, question: str, language: str, sentences, candidates) -> dict[str, list]:
        """The agreements among the candidates that answer on their own evidence with a best sentence nearly as
        likely as the overall best (the fitted second-quote ratio), best first, with their own sentences — of
        those, the ones whose quote covers the question as fully as the best-covering one. Agreements made from
        one template cover it alike and are all listed; one that leaves out a word the question turns on (the
        service, the counter, the party it names) does not answer it, however likely its sentence."""
        best = sentences[0].score
        answering, coverage = {}, {}
        for document in dict.fromkeys(candidates[s.rank].clause.document for s in sentences):
            own = self._own_evidence(question, language, sentences, candidates, document, coverage)
            if own and own[0].score >= self.params.second_quote_ratio * best:
                answering[document] = own
        if len(answering) > 1:  # with what each agreement says it is about: "the citizen request platform"
            coverage = {d: max(coverage[d], self._described_coverage(question, language, own[0], candidates))
                        for d, own in answering.items()}
        fullest = max((coverage[d] for d in answering), default=0.0)
        return {d: own for d, own in answering.items() if coverage[d] >= fullest - self.params.listing_margin}

    def _holding(self, named, language: str, answers: dict[str, list | None], candidates) -> dict[str, list]:
        """Of each agreement's sentences, those that hold the value or name the question names (`named`:
        holds_named_value) and cover the rest of the question — as fully as the fullest one does, within the fitted
        listing margin: ten years for the access logs, not ten years of a retention table whose header only says
        "kept"."""
        holds, rest = named
        covered = {d: [(s, coverage_of(rest, language, self._with_header(s, candidates), self._idf,
                                       candidates[s.rank].clause.language)) for s in own or () if holds(s.text)]
                   for d, own in answers.items()}
        fullest = max((c for found in covered.values() for _, c in found), default=0.0)
        return {d: kept for d, found in covered.items()
                if (kept := [s for s, c in found if c > 0 and c >= fullest - self.params.listing_margin])}

    @staticmethod
    def _with_header(sentence: Sentence, candidates) -> str:
        """A sentence with its clause's heading, and a table row with its header too: "Payconiq … | Luxembourg" is
        a row of "ANNEXE II – SOUS-TRAITANTS ULTÉRIEURS AUTORISÉS"."""
        clause = candidates[sentence.rank].clause
        return " ".join(filter(None, (clause_heading(clause), table_header(clause.text, sentence.start),
                                      sentence.text)))

    def _described_coverage(self, question: str, language: str, sentence: Sentence, candidates) -> float:
        """How much of the question a sentence covers together with its agreement's title and preamble, which say
        what the agreement is about: a question that names no party may name the service."""
        clause = candidates[sentence.rank].clause
        info = self.store.document(clause.document)
        preamble = next((c.text for c in self.store.clauses(clause.document) if c.label == PREAMBLE), "")
        text = "\n".join((sentence.text, clause_heading(clause), info.title if info else "", preamble))
        return coverage_of(question, language, text, self._idf, clause.language)

    def _with_value(self, context: _Context, candidates: list, matches, evidence) -> Answer:
        """A scan of all agreements for those whose grid holds the value the question names: a line quoting the
        grid's clause for each that does, and one naming the others with their own value; "not found" when none
        does (no neighbouring figure answers "which processor must report within 12 hours?")."""
        language = context.language
        by_value: dict[str, list[str]] = {}  # the others, grouped by their value
        for m in matches:
            if not m.matches:
                name = agreement_name(self.store.document(m.document), m.document)
                value = m.cell.value if m.cell.status == STATED else _NOT_STATED.get(language, "not stated.")[:-1]
                by_value.setdefault(value, []).append(
                    f"{name} ({clause_reference(m.cell.clause, None, language)})" if m.cell.clause else name)
        others = "; ".join(f"{value}: {', '.join(names)}" for value, names in by_value.items())
        hits = [m for m in matches if m.matches]
        template = _OTHERWISE if hits else _INSTEAD
        after = [template.get(language, template["en"]).format(others)] if others else []
        if not hits:
            answer = self._abstain(context.question, language, context.retrieved, context.scope)
            return replace(answer, text="\n".join([answer.text, *after]), evidence=evidence)
        answers = {}
        for match in hits:
            clause = next((c for c in self.store.clauses(match.document) if c.label == match.cell.clause), None)
            if clause is not None:  # (a grid stored for a version whose clauses are gone quotes nothing)
                answers[match.document] = [self._best_of(context, [clause], candidates)]
        if not answers:
            return replace(self._abstain(context.question, language, context.retrieved, context.scope),
                           evidence=evidence)
        return self._by_agreement(context, candidates, next(iter(answers.values())), answers, evidence, after)

    def _by_agreement(self, context: _Context, candidates, sentences, answers: dict[str, list | None],
                      evidence, after: list[str] = ()) -> Answer:
        """One line per agreement of `answers` (each with its own sentences, or None when it does not state the
        answer), each quoting its own clause, or saying the agreement does not state it; a quote is the clause
        numbered like the best answer's when that one scores near the agreement's best (agreements drawn from one
        template number alike)."""
        p, language = self.params, context.language
        label = candidates[sentences[0].rank].clause.label
        lines, citations, texts = [_SEVERAL.get(language, _SEVERAL["en"]) if not context.comparison else
                                   _COMPARED.get(language, _COMPARED["en"])], [], {}
        titles = {d: agreement_name(self.store.document(d), d) for d in answers}
        which = context.comparison and not context.scope and _WHICH.search(context.question)
        inside, silent = [], []
        for document, own in answers.items():
            title = titles[document]
            if list(titles.values()).count(title) > 1:  # agreements made from one template: tell them apart
                title = f"{title} ({document})"
            kept = keeps_data_inside(self.store, context.focused, document) if which else None
            if kept is not None:
                inside.append(f"{title} ({clause_reference(kept.clause, None, language)})")
                continue
            if own is None:  # (asked which of them: those that do not state it on one line, not one line each)
                if which:
                    silent.append(title)
                else:
                    lines.append(f"- {title}: {_NOT_STATED.get(language, _NOT_STATED['en'])}")
                continue
            parallel = next((o for o in own if candidates[o.rank].clause.label == label), None)
            sentence = own[0]
            # (not over the clause the agreement's grid found stating what is asked: numbered like the best
            # answer's, "Artikel 6 (Datalekken)" was quoted for a transfer that Artikel 5 states; the grid is read
            # only when the numbered clause would replace the agreement's best)
            if parallel is not None and parallel is not own[0] and parallel.score >= 0.8 * own[0].score and not (
                    self.settings.grid_lead and candidates[own[0].rank].clause.label in stating_clauses(
                        self.store, context.focused, document)):
                sentence = parallel
            clause = candidates[sentence.rank].clause
            # a clause quoted whole up to twice the usual length: each line is the whole answer for its agreement
            if table_header(clause.text, sentence.start) is None:  # (a table's row stands with its header)
                sentence = whole_clause(clause.text, clause.label, sentence, p.signature_chars
                                        if clause.label == SIGNATURES else 2 * p.whole_clause_chars, clause.title)
            citation = self._citation(len(citations) + 1, clause, sentence)
            citations.append(citation)
            texts[citation.number] = clause.text
            header = table_header(clause.text, sentence.start)
            value = self._stated_value(context.focused, context.question, sentence, header, candidates, language)
            lines.append(agreement_line(language, title, clause.label, citation.title, sentence.text,
                                        citation.number, header,
                                        value and stated_value(value, language, clause.language)))
        if not citations:
            return replace(self._abstain(context.question, language, context.retrieved, context.scope),
                           evidence=evidence)
        if silent:
            lines.append(f"- {'; '.join(silent)}: {_NOT_STATED.get(language, _NOT_STATED['en'])}")
        if inside:
            lines.append(_INSIDE.get(language, _INSIDE["en"]).format("; ".join(inside)))
        lines += after
        text = "\n".join(lines)
        verification = verify_citations(text, citations, texts)
        return Answer(context.question, text, verification.citations, tuple(context.retrieved), False, "extractive",
                      documents=tuple(answers), evidence=evidence)

    def _bases(self, infos: list[DocumentInfo]) -> dict[str, str]:
        """Each addendum among the stored documents `infos` -> the agreement among them that it amends."""
        found = {}
        for info in infos:
            if is_addendum(info):
                clauses = self.store.clauses(info.document)
                base = amended_agreement(info, clauses[0].text[:600] if clauses else info.title, infos)
                if base:
                    found[info.document] = base
        return found

    def _one_per_agreement(self, context: _Context, answers: dict[str, list | None],
                           candidates: list) -> tuple[dict[str, list | None], list[str]]:
        """A comparison's agreements once each: an addendum compared beside the agreement it amends is no agreement
        of its own, and the agreement's line quotes the wording in force (the addendum's, when it changed the
        clause the line would quote), with the lines saying what changed it."""
        amended_by: dict[str, list[str]] = {}
        for addendum, base in self._bases([info for info, _ in self.store.documents()
                                           if info.document in answers]).items():
            amended_by.setdefault(base, []).append(addendum)
        if not amended_by:
            return answers, []
        folded = {d for addenda in amended_by.values() for d in addenda}
        kept, lines = {}, []
        for document, own in answers.items():
            if document in folded:
                continue
            if own and document in amended_by:
                chosen, changed = self._in_force(context, own[:1], candidates)
                newest = [s for s in chosen if candidates[s.rank].clause.document in amended_by[document]]
                own = (newest or chosen)[:1] + own[1:]
                lines += [line for line in changed if line not in lines]
            kept[document] = own
        return kept, lines

    def _in_force(self, context: _Context, chosen: list, candidates: list) -> tuple[list, list[str]]:
        """Quotes of a clause that a stored addendum changed (assistant/amendments.py) give way to the addendum's
        wording, with a line saying which clause changed which. When the question asks about the old wording, or
        the quoted words stand unchanged in the new one, the old quote stays and the new one follows it (and a
        quote of the addendum is preceded by the wording it replaced). `candidates` grows by the clauses added."""
        infos = {info.document: info for info, _ in self.store.documents() if info.document in context.allowed}
        base_of = self._bases(list(infos.values()))
        if not base_of:
            return chosen, []
        newest_first = sorted(base_of, key=lambda d: infos[d].signed or "", reverse=True)
        grids = {grid.document: grid for grid in self.store.grids(list(base_of))}
        since = {document: in_force_from(grid, infos[document]) for document, grid in grids.items()}
        asks_when = "date" in asked_kinds(context.question)
        result, lines = [], []
        quoted = {candidates[s.rank].clause for s in chosen}
        for sentence in chosen:
            clause = candidates[sentence.rank].clause
            if clause.document in base_of:  # a quote of the addendum: what it replaced, when that is asked
                base = base_of[clause.document]
                replaced = [c for c in self.store.clauses(base) if amends(clause, c.label)]
                if replaced and asks_about_the_past(context.question, infos[clause.document].signed) \
                        and not quoted & set(replaced):
                    result.append(self._best_of(context, replaced, candidates))
                line = amended_line(context.language, replaced[0].label, infos[base].title, clause.label,
                                    infos[clause.document].title, since.get(clause.document)) if replaced else None
                if line and line not in lines:  # which clause it changed, and from when ("Depuis quand …?")
                    lines.append(line)
                if asks_when and "date" not in value_kinds(sentence.text):
                    result += self._taking_effect(context, grids.get(clause.document), quoted, candidates)
                result.append(sentence)
                continue
            changing = next((found for d in newest_first if base_of[d] == clause.document
                             if (found := [c for c in self.store.clauses(d)
                                           if amends(c, clause.label, sentence.text)])), [])
            if not changing:
                result.append(sentence)
                continue
            addendum = infos[changing[0].document]
            left = None  # the paragraphs the addendum left alone, without the one it changed
            if asks_about_the_past(context.question, addendum.signed) or any(  # spaces aside: PDF cells wrap
                    _squeezed(sentence.text) in _squeezed(c.text) for c in changing):
                result.append(sentence)
            elif part := part_in_force(changing, clause.label, sentence.text):
                start, end = sentence.start + part[0], sentence.start + part[1]
                left = replace(sentence, start=start, end=end, text=clause.text[start:end])
                if part[0] == 0:  # (after the new wording when that replaces the quote's opening)
                    result.append(left)
                    left = None
            if not quoted & set(changing):
                if asks_when:
                    result += self._taking_effect(context, grids.get(addendum.document), quoted, candidates)
                result.append(self._best_of(context, changing, candidates))
                quoted |= set(changing)
            if left is not None:
                result.append(left)
            lines.append(amended_line(context.language, clause.label, infos[clause.document].title,
                                      changing[0].label, addendum.title, since.get(addendum.document)))
        return result, lines

    def _taking_effect(self, context: _Context, grid, quoted: set, candidates: list) -> list:
        """When a date is asked of an addendum's change ("Vanaf wanneer geldt de nieuwe meldtermijn?"): the
        sentence of the addendum that says when it takes effect, from its grid (nothing when that is quoted
        already or not stated). `quoted` grows by its clause."""
        cell = grid.cell("effective_date") if grid else None
        if cell is None or cell.status != STATED or not cell.clause:
            return []
        stating = [c for c in self.store.clauses(grid.document) if c.label == cell.clause and c not in quoted]
        quoted |= set(stating)
        return [self._best_of(context, stating, candidates)] if stating else []

    def _best_of(self, context: _Context, clauses: list, candidates: list) -> Sentence:
        """The likeliest sentence of `clauses` (added to `candidates`), quoted whole when its clause is short."""
        offset = len(candidates)
        candidates.extend(Retrieved(c, 0.0) for c in clauses)
        ranked = self._sentences(context.focused, context.language, candidates[offset:])
        if not ranked:  # a clause that is only a heading: quoted as it stands
            return Sentence(offset, 0, len(clauses[0].text), clauses[0].text)
        best = replace(ranked[0], rank=offset + ranked[0].rank)
        clause = candidates[best.rank].clause
        return whole_clause(clause.text, clause.label, best, self.params.whole_clause_chars, clause.title)

    def _preceding(self, chosen, candidates) -> list:
        """A clause that opens by pointing back ("4.2 À l'issue de cette durée, …") is preceded by the last
        sentence of the clause before it, which says what it points at."""
        first = chosen[0]
        clause = candidates[first.rank].clause
        lead = clause.text[:first.start]
        if lead.strip() not in ("", clause.label) or not refers_back(first.text):
            return []
        clauses = self.store.clauses(clause.document)
        index = next((i for i, c in enumerate(clauses) if c.seq == clause.seq), 0)
        before = clauses[index - 1] if index else None
        # (the article heading right above its first part says nothing the part points at)
        if before is None or before.label in (PREAMBLE, SIGNATURES, clause.parent):
            return []
        spans = split_sentences(before.text)
        start, end = spans[-1]
        candidates.append(Retrieved(before, 0.0))
        return [Sentence(len(candidates) - 1, start, end, before.text[start:end])]

    def _annex(self, document: str, label: str):
        """The agreement's clause a reference names ("bijlage 2" is its "Bijlage 2"), or None."""
        return next((c for c in self.store.clauses(document) if c.label.lower() == label.lower()), None)

    def _with_referenced_annex(self, candidates: list, document: str, text: str) -> list:
        """The candidates, and the annex a sentence (`text`, of `document`) points to when retrieval left it out
        ("Schedule 1 lists the processing activities, the data subjects and the retention periods")."""
        held = {(r.clause.document, r.clause.label) for r in candidates}
        for label in referenced_annexes(text):
            annex = self._annex(document, label)
            if annex is not None and (annex.document, annex.label) not in held:
                return list(candidates) + [Retrieved(annex, 0.0)]
        return candidates

    def _follow_references(self, question, language, chosen, candidates) -> list:
        """A quote saying "the list in Bijlage 2" is completed by the best sentence of Bijlage 2 itself; one that
        lacks the date, duration or amount asked and points to a clause of its agreement that states it ("treedt
        in werking op de Ingangsdatum bepaald in artikel 12.4") by that clause's sentence stating it."""
        extra = []
        references = [(candidates[s.rank].clause, label) for s in chosen for label in referenced_annexes(s.text)]
        for clause, label in references:
            annex = self._annex(clause.document, label)
            if annex is None or annex.label == clause.label or any(
                    candidates[s.rank].clause.seq == annex.seq and candidates[s.rank].clause.document == annex.document
                    for s in chosen):  # (already quoted)
                continue
            candidates.append(Retrieved(annex, 0.0))
            sentences = self._sentences(question, language, [candidates[-1]])
            if sentences:
                extra.append(whole_table(annex.text, replace(sentences[0], rank=len(candidates) - 1),
                                         self.params.signature_chars))
            break
        missing = [k for k in STATED_KINDS if k in asked_kinds(question)
                   and not any(k in value_kinds(s.text) for s in chosen + extra)]
        first = candidates[chosen[0].rank].clause
        if missing and first.label != PREAMBLE:
            # "applies from the Effective Date": the cover page's key-terms row for it ("Effective Date | 1 May 2026")
            cover = next((c for c in self.store.clauses(first.document) if c.label == PREAMBLE), None)
            rows = [key.row for key in key_terms(cover.text if cover else "")
                    if key.mention.search(chosen[0].text) and value_kinds(key.value) & set(missing)]
            if rows:
                candidates.append(Retrieved(cover, 0.0))
                row = next((s for s in self._sentences(question, language, [candidates[-1]]) if rows[0] in s.text),
                           None)
                if row is not None:
                    return extra + [replace(row, rank=len(candidates) - 1)]
        labels = referenced_clauses(chosen[0].text) if missing else []
        by_label = {c.label: c for c in self.store.clauses(first.document)} if labels else {}
        for label in labels:
            target = by_label.get(label)
            if target is None or target.label == first.label or not value_kinds(target.text) & set(missing):
                continue
            candidates.append(Retrieved(target, 0.0))
            stating = [s for s in self._sentences(question, language, [candidates[-1]])
                       if value_kinds(s.text) & set(missing)]
            if stating:
                extra.append(replace(stating[0], rank=len(candidates) - 1))
                break
        return extra

    @staticmethod
    def _searched(question: str, language: str, written: list[str]) -> str:
        """The question's words and, for each language the agreements are written in, the lexicon's words for
        them: "Searched for: breach, notify (nl: datalek, melden)." — so that a user can rephrase."""
        words = list(dict.fromkeys(w for w in tokens(question) if w not in STOPWORDS and len(w) > 2))
        parts = [", ".join(words[:8])]
        for target in written:
            found = list(dict.fromkeys(t for w in words for t in translations(w, language, target)[:1]))
            if found:
                parts.append(f"({target}: {', '.join(found[:8])})")
        return f"{_SEARCHED.get(language, _SEARCHED['en'])}: {' '.join(parts)}."

    def _parent_title(self, clause) -> str | None:
        if not clause.parent:
            return None
        for other in self.store.clauses(clause.document):
            if other.label == clause.parent:
                return other.title
        return None

    def _abstain(self, question: str, language: str, retrieved: list[Retrieved], scope: tuple[str, ...]) -> Answer:
        related = ", ".join(f"{r.clause.label} ({r.clause.document})" for r in retrieved[:3])
        text = _ABSTAIN.get(language, _ABSTAIN["en"])
        written = sorted({r.clause.language for r in retrieved[:3]} - {language})
        if written:  # asked in another language than the agreements: say what was looked for in theirs
            text = _NOT_FOUND.get(language, _NOT_FOUND["en"]) + " " + self._searched(question, language, written)
        if related:
            text += f" {_RELATED.get(language, _RELATED['en'])}: {related}."
        return Answer(question, text, (), tuple(retrieved), True, "extractive", documents=scope)
