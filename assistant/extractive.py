"""Extractive answering: quote the best sentences of the top clauses verbatim, with a short lead.

Pure functions over retrieved clauses; `idf` comes from the lexical index so rare question words weigh more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from math import fsum
from typing import Protocol

from ingest.lexicon import SECTION_WORDS, covered
from ingest.metadata import MONTH_NAMES
from ingest.segment import roman_number
from ingest.text import compound_stems, fold, stems
from ingest.units import row_headers, split_sentences, table_header
from review.values import durations
from store.chunking import is_heading_only

from .features import Question as QuestionFeatures
from .features import initials, kind_terms, name_terms, role_words, sentence_features
from .models import Retrieved

@dataclass(frozen=True)
class Sentence:
    rank: int  # rank of its clause in retrieval
    start: int  # offsets inside the clause text
    end: int
    text: str
    score: float = 0.0
    terms: frozenset[str] = frozenset()  # the question terms this sentence covers
    features: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


class Ranker(Protocol):
    def probability(self, features: dict[str, float]) -> float: ...


def clause_heading(clause) -> str:
    """What frames every sentence of a clause: its title, the headings above it, the words of its section
    ("Signatures" says that its lines say who signed)."""
    return f"{clause.title or ''} {' '.join(clause.heading_path)} {SECTION_WORDS.get(clause.label, '')}"


def score_sentences(question: str, language: str, retrieved: list[Retrieved], idf: Callable[[str], float],
                    ranker: Ranker, roles: dict[str, frozenset[str]] | None = None,
                    asked: str | None = None) -> list[Sentence]:
    """Every sentence of the retrieved clauses, best first, scored by `ranker` (the fitted model of
    assistant/ranker.json) over its features (assistant/features.py); `asked` is the question as written, when
    `question` lost the names that chose the agreement. Headings are skipped: a heading says what a
    clause is about, not what it says."""
    q = QuestionFeatures(question, language, idf, roles if roles is not None else role_words(), asked)
    best_clause = max((r.score for r in retrieved), default=0.0)
    best_dense = max((r.dense_score or 0.0 for r in retrieved), default=0.0)
    scored = []
    for rank, item in enumerate(retrieved):
        clause = item.clause
        if is_heading_only(clause):  # "Article 4 – Durée et reconduction": its parts hold what it says
            continue
        heading = clause_heading(clause)
        heading_terms = set(stems(heading, clause.language)) | set(stems(heading, language))
        spans = split_sentences(clause.text)
        headers = row_headers(clause.text)
        for index, (start, end) in enumerate(spans):
            text = clause.text[start:end]
            if len(spans) > 1 and (text.strip(" :–—-") == clause.title or text.strip() in clause.heading_path
                                   and not text.rstrip().endswith((".", ";", "!", "?"))):
                continue  # (an untitled "6.1 The Processor notifies …." stands in the heading path too, but is a
                # sentence)
            header = table_header(clause.text, start, headers)
            framing = heading_terms | (set(stems(header, clause.language)) if header else set())
            features, matched = sentence_features(q, text, clause, item, rank, index, len(spans), best_clause,
                                                  best_dense, framing)
            scored.append(Sentence(rank, start, end, text, ranker.probability(features), frozenset(matched),
                                   features))
    # "Wie is An Peeters?": a sentence naming another person of the same surname ("Mr Marc Peeters") comes after
    # every sentence that holds the whole name asked, when one does
    name = asked_name(asked or question)
    held = [names_held(s.text, name) for s in scored] if name else []
    if len(name) not in held:
        return sorted(scored, key=lambda s: -s.score)
    return [s for _, s in sorted(zip(held, scored), key=lambda pair: (0 < pair[0] < len(name), -pair[1].score))]


# a person asked about by name: the capitalised words after "who is" ("Wie is An Peeters?" -> An, Peeters)
_WHO_IS = re.compile(r"\b(?i:wie is|wie zijn|who is|who are|qui est|qui sont)\s+((?:[A-ZÀ-Ý][\w'’-]*\s*){2,4})")


def asked_name(question: str) -> tuple[str, ...]:
    who = _WHO_IS.search(question)
    return tuple(re.sub(r"['’]s$", "", word) for word in who.group(1).split()) if who else ()


def names_held(text: str, name: tuple[str, ...]) -> int:
    """How many of the name's words the text holds (case kept: "An" is no article "an")."""
    return sum(bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)) for word in name)


def whole_clause(clause_text: str, label: str | None, sentence: Sentence, max_chars: int,
                 title: str | None = None) -> Sentence:
    """A short clause is quoted whole (minus its own number, and its heading line when it has one): an auditor sees
    the complete rule, and a two-part question ("which law, which court?") is answered by both sentences."""
    if len(clause_text) > max_chars:
        return sentence
    start = 0
    if label:
        # ("Article 1er –", "Article premier –": the number as the heading writes it)
        number = rf"(?:{re.escape(label)}(?:er|ère|re|ste|de|e)?|premier|première|eerste|first)" if label == "1" \
            else rf"{re.escape(label)}(?:er|ère|re|ste|de|e|bis|ter)?"
        lead = re.match(rf"[\s\-–•·]*(?:\w+\.?\s+)?{number}(?!\w)[.:)]?[ \t]*", clause_text, re.IGNORECASE)
        start = lead.end() if lead else 0
        line_end = clause_text.find("\n", start)
        if lead and line_end >= 0 and clause_text[start:line_end].strip(" -–—:.()").strip() in ("", title):
            start = line_end + 1  # "Bijlage 1 – Subverwerkers" / the table under it; "Datalekken" / its text
    end = len(clause_text.rstrip())
    if start >= end:
        return sentence
    return Sentence(sentence.rank, start, end, clause_text[start:end], sentence.score, sentence.terms)


def same_sentence(text: str, sentence: Sentence, twin: str) -> tuple[int, int] | None:
    """The span of `twin` (a clause's other language version) that says what `sentence` of `text` says: the one
    at the same place when both have as many sentences, else the only one with the same figures."""
    ours, theirs = split_sentences(text), split_sentences(twin)
    index = next((i for i, (start, end) in enumerate(ours) if start <= sentence.start < end), None)
    if index is not None and len(ours) == len(theirs):
        return theirs[index]
    figures = set(re.findall(r"\d+", sentence.text))
    same = [span for span in theirs if figures and set(re.findall(r"\d+", twin[span[0]:span[1]])) == figures]
    return same[0] if len(same) == 1 else None


def whole_table(clause_text: str, sentence: Sentence, max_chars: int) -> Sentence:
    """A table's header row is never quoted alone (it says what the cells are, not what they hold): the quote
    becomes the header and the rows under it, as many as fit in `max_chars` — "which sub-processors?" is
    answered by the whole list."""
    headers = row_headers(clause_text)
    rows = sorted(offset for offset, header in headers.items()
                  if offset > sentence.start and header.strip() == sentence.text.strip())
    if not rows:
        return sentence
    end = sentence.end
    for offset in rows:
        line_end = clause_text.find("\n", offset)
        line_end = len(clause_text) if line_end < 0 else line_end
        if line_end - sentence.start > max_chars:
            break
        end = line_end
    if end == sentence.end:
        return sentence
    return Sentence(sentence.rank, sentence.start, end, clause_text[sentence.start:end], sentence.score,
                    sentence.terms)


def table_of_row(clause_text: str, sentence: Sentence, max_chars: int) -> Sentence:
    """A table's row as its whole table (header and rows, as many as fit in `max_chars`): for a question that asks
    for the whole list ("Wie zijn de subverwerkers?"), not for one of its rows."""
    header = table_header(clause_text, sentence.start)
    start = clause_text.rfind(header, 0, sentence.start) if header else -1
    if start < 0:
        return sentence
    table = whole_table(clause_text, Sentence(sentence.rank, start, start + len(header), header, sentence.score,
                                              sentence.terms), max_chars)
    return table if table.end >= sentence.end else sentence


# A sentence that opens by pointing at the one before it ("In that case …", "À l'issue de cette durée, …", "Binnen
# die termijn …") says nothing whole without it.
_REFERS_BACK = re.compile(
    r"^(?:\d[\d.]*\s+|\(\w{1,3}\)\s+|§\s*\d+\s+)?(?:in (?:that|such|this|which) (?:case|event)|in such a case|if so\b|"
    r"thereafter|after (?:that|this|which)\b|otherwise\b|however\b|"
    r"in dat geval|in voorkomend geval|in die gevallen|daarna\b|vervolgens\b|nadien\b|echter\b|evenwel\b|"
    r"dans (?:ce|cette|un tel) (?:cas|hypothèse)|en ce cas|toutefois\b|cependant\b|ensuite\b|"
    r"(?:(?:na afloop|binnen|tijdens|gedurende|at the end|on expiry|upon expiry|within|during|after|before|"
    r"à l'issue|à l'expiration|passé|au-delà|dans|pendant|avant|après)\s+(?:of\s+|van\s+|de\s+)?)?"
    r"(?:this|that|such|these|those|deze|die|dit|dat|ce|cette|ces|cet)\s+(?:period|term|time|notice|deadline|"
    r"delay|date|termijn|periode|datum|tijd|délai|période|durée|date|préavis))",
    re.IGNORECASE)


def refers_back(text: str) -> bool:
    return bool(_REFERS_BACK.match(text.strip()))


def with_context(clause_text: str, sentence: Sentence) -> Sentence:
    """The sentence with the sentence before it when it opens by pointing back to that one, and with the sentence
    after it when that one does ("… without the prior notice. In that case Brightform informs Customer within
    five days.")."""
    spans = split_sentences(clause_text)
    inside = [i for i, (start, end) in enumerate(spans) if start < sentence.end and sentence.start < end]
    if not inside:
        return sentence
    first, last = inside[0], inside[-1]
    start, end = sentence.start, sentence.end
    if first > 0 and refers_back(clause_text[spans[first][0]:spans[first][1]]):
        start = min(start, spans[first - 1][0])
    if last + 1 < len(spans) and refers_back(clause_text[spans[last + 1][0]:spans[last + 1][1]]):
        end = max(end, spans[last + 1][1])
    if (start, end) == (sentence.start, sentence.end):
        return sentence
    return Sentence(sentence.rank, start, end, clause_text[start:end], sentence.score, sentence.terms)


def coverage_of(question: str, language: str, text: str, idf: Callable[[str], float],
                text_language: str | None = None) -> float:
    q_terms = set(stems(question, language)) | initials(question) | name_terms(question)
    terms = set(stems(text, language)) | (set(stems(text, text_language)) if text_language else set())
    terms |= kind_terms(text)  # "on what date?" is covered by a date
    total = fsum(idf(t) for t in q_terms) or 1.0
    foreign = text_language is not None and text_language != language
    matched = covered(q_terms, language, terms, foreign, compound_stems(question, language))
    return fsum(idf(t) for t in matched) / total


_ARTICLE_WORD = {"nl": "artikel", "fr": "l'article", "en": "clause"}
_SPECIAL = {
    "Preamble": {"nl": "de aanhef", "fr": "le préambule", "en": "the preamble"},
    "Signatures": {"nl": "de ondertekening", "fr": "les signatures", "en": "the signatures"},
}
_LEAD = {
    "nl": "Volgens {ref} {of}: \"{quote}\" [{n}]",
    "fr": "Selon {ref} {of} : « {quote} » [{n}]",
    "en": "According to {ref} {of}: \"{quote}\" [{n}]",
}
# French nouns for agreements that take "la": "de la convention", not "du convention"
_FEMININE = set("convention charte entente annexe politique déclaration lettre offre commande licence "
                "clause note décision délibération".split())
# Dutch nouns for agreements that take "het": "van het protocol", "van het addendum"
_NEUTER = set("protocol addendum contract akkoord reglement charter convenant memorandum raamcontract "
              "samenwerkingsakkoord samenwerkingsprotocol document".split())


def _of(language: str, document_title: str) -> str:
    """"of the <title>" in the answer's language: "van de verwerkersovereenkomst", "van het protocol", "de la
    convention …", "de l'accord-cadre …", "des conditions d'utilisation", "du protocole …"."""
    doc = document_title[:1].lower() + document_title[1:] if not document_title[:2].isupper() else document_title
    first = doc.split()[0].lower() if doc.split() else ""
    if language == "nl":
        return f"van het {doc}" if first in _NEUTER else f"van de {doc}"
    if language != "fr":
        return f"of the {doc}"
    if first[:1] in "aeéèêiouyh" and first:
        return f"de l'{doc}"
    if first.endswith(("s", "x")):
        return f"des {doc}"
    return f"de la {doc}" if first in _FEMININE else f"du {doc}"


def clause_reference(label: str, title: str | None, language: str) -> str:
    if label in _SPECIAL:
        return _SPECIAL[label].get(language, _SPECIAL[label]["en"])
    # an article numbered "7.3", "IV" or "B" takes the word for article; "Bijlage 2", "§2" stand as they are
    numbered = label[:1].isdigit() or roman_number(label) or len(label) == 1 and label.isupper()
    ref = f"{_ARTICLE_WORD.get(language, 'clause')} {label}" if numbered else label
    return f"{ref} ({title})" if title and title != label else ref  # ("Datalekken", not "Datalekken (Datalekken)")


_COLUMNS = {"nl": "kolommen", "fr": "colonnes", "en": "columns"}


# A period's unit in the question's language (singular, plural), for a value quoted in another language
_UNITS = {
    "nl": {"minutes": ("minuut", "minuten"), "hours": ("uur", "uur"), "days": ("dag", "dagen"),
           "working days": ("werkdag", "werkdagen"), "weeks": ("week", "weken"), "months": ("maand", "maanden"),
           "years": ("jaar", "jaar")},
    "fr": {"minutes": ("minute", "minutes"), "hours": ("heure", "heures"), "days": ("jour", "jours"),
           "working days": ("jour ouvrable", "jours ouvrables"), "weeks": ("semaine", "semaines"),
           "months": ("mois", "mois"), "years": ("an", "ans")},
}


def in_language(value: str, language: str) -> str | None:
    """A period quoted in another language, in the question's: "Trente-six heures" asked in English is "36 hours";
    None for any other value."""
    found = durations(value)
    if len(found) != 1 or found[0][0].amount is None:
        return None
    duration = found[0][0]
    if language not in _UNITS:
        return str(duration)
    amount = int(duration.amount) if float(duration.amount).is_integer() else duration.amount
    return f"{amount} {_UNITS[language][duration.unit][amount != 1]}"


def direct_answer(value: str, label: str, language: str, quote_language: str | None = None) -> str:
    """The short answer stated first, taken from the quote that proves it: "Zesendertig (36) uur (artikel 6.1).",
    "24 heures (article 3)."; a period quoted in another language also in the question's, its words kept: "36 hours
    ("trente-six heures", clause 5)."."""
    reference = clause_reference(label, None, language).removeprefix("l'")
    translated = in_language(value, language) if quote_language not in (None, language) else None
    if translated:
        return f'{_capital(translated)} ("{value}", {reference}).'
    return f"{_capital(value)} ({reference})."


def stated_value(value: str, language: str, quote_language: str) -> str:
    """A value as a comparison's line states it: a period quoted in another language in the question's first,
    "36 hours ("Trente-six heures")"."""
    translated = in_language(value, language) if quote_language != language else None
    return f'{translated} ("{value}")' if translated else value


def _capital(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


def lead_sentence(language: str, label: str, title: str | None, document_title: str, quote: str, number: int,
                  header: str | None = None) -> str:
    """One quote with where it stands; a table row is followed by its table's header, which says what its cells
    are."""
    template = _LEAD.get(language, _LEAD["en"])
    text = template.format(ref=clause_reference(label, title, language), of=_of(language, document_title),
                           quote=" ".join(quote.split()), n=number)
    return f"{text} ({_COLUMNS.get(language, 'columns')}: {' '.join(header.split())})" if header else text


def agreement_name(info, document: str) -> str:
    """How a comparison names an agreement: its title, and the other party when the title names no party ("Data
    processing agreement – Cloudbridge Solutions Limited": many agreements share a generic title)."""
    if info is None:
        return document
    parties = info.parties
    other = next((p for p in parties if p.role == "processor"), parties[-1] if parties else None)
    title = set(re.findall(r"[\w-]{4,}", fold(info.title)))
    if other is None or any(title & set(re.findall(r"[\w-]{4,}", fold(p.name))) for p in parties):
        return info.title
    return f"{info.title} – {other.name}"


def agreement_line(language: str, document_title: str, label: str, title: str | None, quote: str, number: int,
                   header: str | None = None, value: str | None = None) -> str:
    """One agreement's line in a comparison: "- Title: 48 uur. Artikel 6.1 (Datalekken): "…" [1]"."""
    ref = clause_reference(label, title, language)
    head = f"{_capital(value)}. " if value else ""
    line = f"- {document_title}: {head}{ref[:1].upper()}{ref[1:]}: \"{' '.join(quote.split())}\" [{number}]"
    return f"{line} ({_COLUMNS.get(language, 'columns')}: {' '.join(header.split())})" if header else line


_AMENDED = {
    "nl": "{ref} {of} is gewijzigd door {by} ({addendum}).",
    "fr": "{ref} {of} a été modifié par {by} ({addendum}).",
    "en": "{ref} {of} was amended by {by} ({addendum}).",
}


_SINCE = {"nl": " met ingang van {date}", "fr": " à partir du {date}", "en": " with effect from {date}"}


def spelled_date(iso: str, language: str) -> str:
    """"2025-06-01" as the question's language writes it: "1 juni 2025", "1er juin 2025", "1 June 2025"."""
    year, month, day = (int(part) for part in iso.split("-"))
    language = language if language in MONTH_NAMES else "en"
    name = MONTH_NAMES[language][month - 1]
    return f"{'1er' if day == 1 and language == 'fr' else day} {name.capitalize() if language == 'en' else name} {year}"


def amended_line(language: str, label: str, document_title: str, by_label: str, addendum_title: str,
                 since: str | None = None) -> str:
    """"Artikel 12.2 van de verwerkersovereenkomst … is gewijzigd door artikel 1.4 (Addendum 2 bij …) met ingang
    van 1 juni 2025." — `since`, the ISO date the addendum takes effect, when known."""
    text = _AMENDED.get(language, _AMENDED["en"]).format(ref=clause_reference(label, None, language),
                                                         of=_of(language, document_title),
                                                         by=clause_reference(by_label, None, language),
                                                         addendum=addendum_title)
    if since:
        text = text[:-1] + _SINCE.get(language, _SINCE["en"]).format(date=spelled_date(since, language)) + "."
    return text[:1].upper() + text[1:]


_ANNEX_REFERENCE = re.compile(r"\b(bijlage|annexe|annex|schedule|appendix)\s+(\d{1,2}|[A-Z]\b|[IVX]{1,4}\b)",
                              re.IGNORECASE)


_CLAUSE_REFERENCE = re.compile(r"\b(?:artikel|article|art\.|clause|section|punt|point)\s+"
                               r"(\d{1,3}(?:\.\d{1,3}){0,3})\b(?!\.\d)(?=(?P<after>.{0,40}))", re.IGNORECASE)
# "artikel 33 van de AVG", "artikel 28, lid 3, AVG", "Article 28(3) GDPR", "article 4 de la loi": a law's article
_LAW = re.compile(r"^\W*(?:\(\w{1,3}\)\s*)*(?:,?\s*(?:lid|paragraph|alinéa|§)\s*\d+,?\s*)?"
                  r"(?:(?:van|of|du|de|des|der)\s+(?:de\s+|het\s+|the\s+|la\s+|l['’]\s*)?)?"
                  r"(?:AVG|GDPR|RGPD|Verordening|Regulation|R[èe]glement|Directive|Richtlijn|wet\b|law\b|loi\b|Act\b|"
                  r"Code\b|Wetboek|Convention|Verdrag|Decision|Besluit|décret|decreet|arrêté)", re.IGNORECASE)


def referenced_clauses(text: str) -> list[str]:
    """Labels of the agreement's own clauses a sentence points to ("bepaald in artikel 12.4" -> "12.4"); not the
    articles of a law ("artikel 33 van de AVG")."""
    return list(dict.fromkeys(m.group(1) for m in _CLAUSE_REFERENCE.finditer(text)
                              if not _LAW.match(m.group("after"))))


def referenced_annexes(text: str) -> list[str]:
    """Annex labels a sentence points to ("opgesomd in bijlage 2" -> "Bijlage 2")."""
    return list(dict.fromkeys(f"{m.group(1).capitalize()} {m.group(2).upper()}" for m in _ANNEX_REFERENCE.finditer(text)))
