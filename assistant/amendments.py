"""Addenda: which clauses of an agreement a later addendum changes, so that an answer quotes the rule in force.

Pure functions over catalogue data. An addendum is an agreement whose title says so ("Addendum 2 bij de
Verwerkersovereenkomst", "Avenant n° 1", "Amendment No. 3"); the agreement it amends is the stored one it shares
its parties with (and, among several, whose title its opening names most). A clause of the addendum changes a
clause of that agreement when one of its sentences says so with a verb of changing and a reference to a clause
"of the agreement" ("Artikel 12.2 van de Verwerkersovereenkomst wordt gewijzigd en luidt …", "Clause 7.1 of the
Agreement is replaced by …", "L'article 5 de la convention est remplacé par …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.labels import is_annex_label
from ingest.metadata import MONTH_NAMES
from ingest.models import Clause, DocumentInfo
from ingest.text import STOPWORDS, fold, tokens
from ingest.units import split_sentences

# ("Variation No. 1 to the Data Processing Agreement", "Deed of Variation": the British word)
_ADDENDUM_TITLE = re.compile(r"\b(?:addendum|avenant|amendment|amending agreement|wijzigingsovereenkomst|"
                             r"bijakte|allonge|variation|deed of variation)\b", re.IGNORECASE)
_CHANGES = re.compile(r"\b(?:vervangen|vervangt|gewijzigd|wijzigt|luidt|luiden|geschrapt|aangevuld|vervalt|"
                      r"ingevoegd|replaced|replaces|amended|amends|deleted|shall read|reads as follows|inserted|"
                      r"remplacée?s?|remplace|modifiée?s?|modifie|supprimée?s?|complétée?s?|insérée?s?|"
                      r"est rédigée?|se lit)\b", re.IGNORECASE)
# "artikel 12.2 (Aansprakelijkheid) van de Verwerkersovereenkomst", "Clause 7.1 of the Agreement",
# "l'article 5 du contrat": a reference to a clause of the amended agreement, not to the addendum's own
# ("Artikel 6, lid 1, van de verwerkersovereenkomst": a paragraph of the clause)
# ("Paragraph D1 of the Agreement": a paragraph numbered by its part's letter)
_REFERENCE = (r"\b(artikel|article|art\.|clause|section|paragraph|bijlage|annexe?|annex|schedule|appendix)\s+"
              r"(\d+(?:\.\d+)*|[A-Z]\d{1,2}\b|[A-Z]\b|[IVX]{1,4}\b)(?:\s*\([^)]{0,60}\))?"
              r"(?:,?\s*(?:lid|alinéa|paragraph|§)\s*(\d+)(?:er|e)?,?)?\s+")  # ("alinéa 1er")
# the number a paragraph opens with ("3. De Gemeente kan …", "§ 2 …", "(2) …"), at the start of a quote or after
# the end of a sentence in it
_PARAGRAPH_NUMBER = re.compile(r"(?:^\W{0,3}|(?<=[.;:]\s))(?:§\s*)?\(?(\d{1,2})(?:[.)]|er\b)\s")
_TARGET = re.compile(
    _REFERENCE + r"(?:van de|van het|of the|de la|de l'|du|des)\s+\w*(?:overeenkomst|agreement|contract|contrat|"
    r"convention|accord)", re.IGNORECASE)
# a clause named bare and changed at once ("Artikel 5, lid 4, vervalt", "Annex 2 is replaced"): in an addendum,
# one of the amended agreement
_BARE_TARGET = re.compile(
    _REFERENCE + r"(?:(?:wordt|worden|is|are|est|sont|shall be)\s+(?:hereby\s+)?)?(?:vervalt|vervallen|vervangen|"
    r"gewijzigd|geschrapt|replaced|amended|deleted|remplacée?s?|modifiée?s?|supprimée?s?|abrogée?s?)\b",
    re.IGNORECASE)
# the old wording asked for: "oorspronkelijk", "before Addendum 2", "vóór de inwerkingtreding van het avenant"
_PAST = re.compile(r"(?<!\w)(?:oorspronkelijk\w*|vroeger\w*|original\w*|previous\w*|formerly|initial\w*|ancien\w*|"
                   r"auparavant|précédent\w*|(?:vóór|voor|before|prior to|avant)\s+(?:[\w'’]+\s+){0,3}?"
                   r"(?:[ldLD]['’])?(?:addendum|avenant|amendment|wijziging|inwerkingtreding|ingangsdatum|entrée|effective))(?!\w)",
                   re.IGNORECASE)
_MONTH_NUMBERS = {m: i + 1 for names in MONTH_NAMES.values() for i, m in enumerate(names)}
_MONTH_YEAR = re.compile(rf"\b({'|'.join(_MONTH_NUMBERS)})\s+(\d{{4}})\b|\b(\d{{4}})-(\d{{2}})\b", re.IGNORECASE)
_LEGAL_FORM = re.compile(r"\b(?:nv|bv|b\.v\.|sa|sas|srl|bvba|vzw|asbl|ltd|inc|gmbh|limited)\.?$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:de|het|la|le|les|l'|the)\s+", re.IGNORECASE)


# where an addendum's new wording begins: "… les mots « quarante-huit heures » sont remplacés par les mots
# « vingt-quatre heures »", "Artikel 6, lid 1, … wordt vervangen door: …", "Clause 7.1 is amended to read: …"
_REPLACED_BY = re.compile(r"\b(?:remplacée?s?\s+par|replaced\s+(?:by|with)|vervangen\s+door|gewijzigd\s+in|"
                          r"amended\s+to\s+read|luidt\s+(?:voortaan|als\s+volgt)|se\s+lit\s+désormais)\b",
                          re.IGNORECASE)


def new_wording(text: str) -> str:
    """What an amending sentence puts in force: the words after "is replaced by", else the whole text (the old
    words it names are no value of the agreement any more)."""
    found = _REPLACED_BY.search(text)
    return text[found.end():] if found else text


def is_addendum(info: DocumentInfo) -> bool:
    return _is_addendum_title(info.title or "")


# Cached: the review grid asks for every stored agreement, whose titles and party names repeat.
@lru_cache(maxsize=8192)
def _is_addendum_title(title: str) -> bool:
    return bool(_ADDENDUM_TITLE.search(title))


@lru_cache(maxsize=8192)
def _party_key(name: str) -> str:
    return fold(_LEGAL_FORM.sub("", _DETERMINER.sub("", name.strip())).strip(" ,."))


def amended_agreement(addendum: DocumentInfo, opening: str, documents: Iterable[DocumentInfo]) -> str | None:
    """The stored agreement an addendum amends: one that is no addendum itself and shares a party with it; among
    several, the one whose title shares most words with the addendum's opening text; None when that leaves a tie."""
    own = {_party_key(p.name) for p in addendum.parties}
    if not own:
        return None
    candidates = [d for d in documents if d.document != addendum.document and not is_addendum(d)
                  and own & {_party_key(p.name) for p in d.parties}]
    if len(candidates) <= 1:
        return candidates[0].document if candidates else None
    words = set(tokens(opening)) - STOPWORDS
    scored = sorted(((len(words & (set(tokens(d.title)) - STOPWORDS)), d.document) for d in candidates), reverse=True)
    return scored[0][1] if scored[0][0] > scored[1][0] else None


def _key(kind: str, number: str) -> tuple[str, str]:
    return ("annex" if is_annex_label(kind) or kind.lower().startswith("annex") else "clause", number.upper())


def label_key(label: str) -> tuple[str, str]:
    """("clause", "12.2") for "12.2", ("annex", "C") for "Bijlage C": how a reference and a label are compared."""
    if is_annex_label(label):
        return "annex", label.split()[-1].upper()
    return "clause", label.upper()


def _changes(text: str) -> set[tuple[tuple[str, str], str | None]]:
    """(label key, paragraph or None) of each clause of the amended agreement that a clause of an addendum changes:
    "Artikel 6, lid 1, van de verwerkersovereenkomst wordt vervangen" changes paragraph 1 of article 6."""
    found = set()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if _CHANGES.search(sentence):
            found |= {(_key(m.group(1), m.group(2)), m.group(3)) for pattern in (_TARGET, _BARE_TARGET)
                      for m in pattern.finditer(sentence)}
    return found


def changed_labels(text: str) -> set[tuple[str, str]]:
    """The clauses of the amended agreement that a clause of an addendum changes (as label keys)."""
    return {key for key, _ in _changes(text)}


def _paragraphs_changed(addendum_clauses: Iterable[Clause], label: str) -> set[str | None]:
    """The paragraphs of clause `label` (or of the article it belongs to: a new article 12 changes 12.2 too) that
    the addendum's clauses change; None stands for the whole clause."""
    kind, number = label_key(label)
    return {paragraph for clause in addendum_clauses for (k, n), paragraph in _changes(clause.text)
            if k == kind and (number == n or number.startswith(n + "."))}


def amends(addendum_clause: Clause, label: str, quote: str | None = None) -> bool:
    """Whether the addendum's clause changes the clause `label` of the amended agreement — and, when it names one
    paragraph ("lid 4") and the `quote` of that clause opens others only ("3. De Gemeente kan …"), not the quoted
    words."""
    opened = {m.group(1) for m in _PARAGRAPH_NUMBER.finditer(quote or "")}
    return any(paragraph is None or not opened or paragraph in opened
               for paragraph in _paragraphs_changed([addendum_clause], label))


def part_in_force(addendum_clauses: Iterable[Clause], label: str, quote: str) -> tuple[int, int] | None:
    """The span of the quote of clause `label` that the addendum's clauses leave in force, when they change some of
    its numbered paragraphs only and those open or close it ("1. … 3. De Gemeente kan binnen veertien dagen …
    4. Twilio …" when "lid 4" is struck: up to paragraph 4); None when nothing is left or the change is inside."""
    opened = [(m.group(1), m.start()) for m in _PARAGRAPH_NUMBER.finditer(quote)]
    changed = _paragraphs_changed(addendum_clauses, label)
    if not opened or not changed or None in changed:
        return None
    ends = [start for _, start in opened[1:]] + [len(quote)]
    kept = [i for i, (paragraph, _) in enumerate(opened) if paragraph not in changed]
    if not kept or len(kept) == len(opened) or kept != list(range(kept[0], kept[-1] + 1)):
        return None
    start = 0 if kept[0] == 0 else opened[kept[0]][1]  # (with the heading before the first paragraph)
    return start, len(quote[:ends[kept[-1]]].rstrip())


def asks_about_the_past(question: str, signed: str | None = None) -> bool:
    """Whether the old wording is asked, not the one in force: "vóór het addendum", "the original cap", or an
    event in a month before the addendum was signed (`signed`, ISO) — "schade door een datalek in november 2024"."""
    if _PAST.search(question):
        return True
    if signed:
        for m in _MONTH_YEAR.finditer(question):
            year, month = (int(m.group(2)), _MONTH_NUMBERS[m.group(1).lower()]) if m.group(1) else \
                (int(m.group(3)), int(m.group(4)))
            if (year, month) < (int(signed[:4]), int(signed[5:7])):
                return True
    return False
