"""The review grid computed at ingest (review/extract.py) in extractive answers. The grid reads each item with its
own cues and roles — a sub-processor's notice, not an audit's; the processor's breach deadline, not the controller's
towards the authority — so when a question asks for an item's value, the clause the grid found stating it joins
the candidates and leads the answer, and the abstainer weighs whether the grid found it stated at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.metadata import date_spans, find_dates
from ingest.text import fold
from review.items import ADDENDUM, BY_ID, ITEMS
from review.models import NOT_APPLICABLE, NOT_STATED, STATED, Cell
from review.values import EEA, amounts, countries, durations, governing_law

from .features import asked_kinds, asks_keeping, folded_role_words, roles_in
from .grids import grids_in_force
from .models import Retrieved
from .routing import unknown_names

# The kind of answer a question asks for (features.asked_kinds) that a review item's value is (Item.kind)
_ITEM_ANSWERS = {"duration": "duration", "duration or present": "duration", "term": "duration", "amount": "amount",
                 "date": "date", "signed": "date", "person": "party", "countries": "place"}
_SIDES = frozenset({"processor", "controller"})
_KEEPING_ITEMS = ("deletion_period", "backup_retention")  # the items whose period is one of keeping data

# Questions that ask for an item's content in words its sentences need not use (matched on folded text, each group
# of words anywhere in the question):
# - what becomes of the data when the agreement ends ("Wat moet X met onze gegevens doen als het contract afloopt?",
#   "Que deviennent les données à la fin du contrat ?"): the return and the deletion at the end, though it names
#   neither — words of the data, of the end and of what is done;
_DATA = r"(?:persoons)?gegevens|data|donnees|documents?|dossiers?|bestanden|fichiers?|files?|records|informati\w*"
_AT_END = r"einde|afloop\w*|beeindig\w*|eindigt|stopzetting|ends?|ended|expir\w*|terminat\w*|fin\b|prend fin|" \
          r"termine\w*|resili\w*|cessation"
_DONE = r"gebeur\w*|happens?|becomes?|deviennent|devient|advient|doen|do|done|faire|fait"
# - whether sub-processors need the controller's permission ("Does X need our permission before using a new
#   sub-processor?") and which there are ("Quels sous-traitants ultérieurs …?"): the authorisation, the list;
_SUBPROCESSORS = r"subverwerkers?|sub-?processors?|sous-traitants? ulterieurs?|onderaannemers?|sub-?contractors?|" \
                 r"(?:nouveaux?|autres?) sous-traitants?|(?:nieuwe|andere) verwerkers?|" \
                 r"(?:new|another|other) processors?"
# (also "sans l'accord de la Ville", "zonder akkoord van de stad", "without the City's agreement")
_PERMISSION = r"permission|authori[sz]\w*|consent\w*|approv\w*|toestemming|goedkeuring|toelating|autoris\w*|" \
              r"accord prealable|approbation|(?:sans|zonder|without) (?:l'|het |the |de |son |zijn |its |their )?" \
              r"(?:\w+'s )?(?:accord|akkoord|agreement)"
_WHICH = r"welke?|which|what(?! happens)|quels?|quelles?|wie zijn|who are|lijst|list|liste"
# - data leaving the EU ("Zit er een subverwerker buiten Europa?", "Compare the international transfers …"): the
#   transfers, whatever kind of answer it wants;
_OUTSIDE_EU = r"(?:buiten|outside(?: of)?|hors|en dehors)\s+(?:de |het |the |l'|de l'|d')?" \
              r"(?:eer|eea|eee|eu|ue|europ\w*|union\w*|espace economique)|" \
              r"international\w* (?:data )?(?:transfers?|doorgifte\w*)|transferts? internationa\w*|" \
              r"third countr\w*|derde land\w*|pays tiers"
# - how long the agreement itself runs ("Hoe lang loopt de geheimhoudingsovereenkomst?"; not "How long do the
#   confidentiality obligations last?", which survive it): the term.
_HOW_LONG = r"hoe lang|how long|combien de temps"
# - which personal data, and whose, are processed ("Welke persoonsgegevens van inwoners verwerkt X?", "Quelles
#   données traite X ?", "Whose data does X process?"): the types of data, the data subjects.
_WHICH_KIND_OF = r"(?:welke|which|what|quelles?|quels?) (?:soorten |categorieen (?:van )?|types? (?:of |de )?|" \
                 r"kinds? of |categories (?:of |de )?)?"
_WHICH_DATA = rf"{_WHICH_KIND_OF}(?:(?:persoons)?gegevens|(?:personal )?(?:data|donnees))"
_WHOSE_DATA = rf"wiens (?:persoons)?gegevens|van wie|whose (?:personal )?data|donnees de qui|about whom|over wie|" \
              rf"{_WHICH_KIND_OF}(?:betrokkenen|data subjects|personnes concernees)|" \
              r"(?:welke|which|what|quelles?|quels?) (?:categorieen|categories|soorten|types?|kinds?) (?:of |van |de )?" \
              r"(?:people|persons|individuals|personen|mensen|personnes)\b"
_RUNS = r"loopt|duurt|runs?|lasts?|appl(?:y|ies)|dure|valable|geldig|geldt|in force|en vigueur|van kracht"
# - from when it runs ("From which date does the agreement apply?", "Vanaf wanneer geldt de overeenkomst?"): the
#   effective date.
_FROM_WHEN = r"from (?:which|what) (?:date|day)|(?:from|since) when|vanaf (?:wanneer|welke datum)|sinds wanneer|" \
             r"a partir de quand|a partir de quelle date|depuis quand"
_AGREEMENT = r"\w*overeenkomst\w*|agreements?|contracts?|contrats?|nda|accords?|conventions?|protocol\w*"


def _speaks_of(item, folded: str) -> bool:
    """The (folded) question speaks of the item's topic and not of what the item avoids ("… aan de GBA melden?" is
    no processor's breach notice)."""
    return bool(item.topic.search(folded)) and not (item.avoid is not None and item.avoid.search(folded))


def _all_of(*words: str) -> list[re.Pattern]:
    return [re.compile(rf"(?<![\w-])(?:{w})(?![\w-])") for w in words]


_DATA_WORD = _all_of(_DATA)[0]
# data of one kind ("les données des plaques d'immatriculation", "de gegevens van de camera's")
_DATA_OF = re.compile(r"\b(?:donnees|gegevens|data) (?:des|du|de la|de l'|d'|van de|van het|van|of the|of) ?\w")
_OUTSIDE = _all_of(_OUTSIDE_EU)[0]
# the date an agreement runs until, asked: its term ("Jusqu'à quand la convention est-elle conclue ?", "Tot wanneer
# loopt de overeenkomst?", "When does the agreement expire?"), not when data go (no data word may be asked of)
_UNTIL_WHEN = re.compile(r"\b(?:until when|till when|tot wanneer|jusqu['’]a quand|until what date|tot welke datum|"
                         r"jusqu['’]a quelle date)\b|^\W*(?:when|wanneer|quand)\b.*\b(?:ends?|expires?|eindigt|"
                         r"vervalt|loopt\b.*\baf|prend(?:-elle|-il)? fin)\b")
_CONTENT_QUESTIONS = ((_all_of(_DATA, _AT_END, _DONE), ("return_period", "deletion_period")),
                      (_all_of(_PERMISSION, _SUBPROCESSORS), ("subprocessor_authorisation",)),
                      (_all_of(_WHICH, _SUBPROCESSORS), ("subprocessor_list",)),
                      ([_OUTSIDE], ("transfers",)),
                      (_all_of(_HOW_LONG, _RUNS, _AGREEMENT), ("term",)),
                      (_all_of(_FROM_WHEN, _RUNS, _AGREEMENT), ("effective_date",)),
                      (_all_of(_WHICH_DATA), ("data_types",)),
                      (_all_of(_WHOSE_DATA), ("data_subjects",)))


@lru_cache(maxsize=256)  # (one question asks it of its candidates, its lead and its evidence, per agreement)
def asked_items(question: str) -> tuple[str, ...]:
    """The grid items whose value a question asks for: it speaks of the item's topic in one of the three languages
    and asks for a value of its kind ("Binnen welke termijn moet … een datalek melden?" -> breach_notice; "Om welke
    redenen kan … de overeenkomst beëindigen?" asks no termination notice), or for a law, a court or the term in the
    item's own words ("Welk recht is van toepassing?"), and it does not speak of what the item avoids ("… aan de GBA
    melden?" asks for no processor's breach notice)."""
    folded, kinds = fold(question), asked_kinds(question)
    # (how long something is kept asks for no audit's or sub-processor's notice: "Combien de temps X conserve-t-il
    # les rapports d'audit ?")
    keeping = "duration" in kinds and asks_keeping(question)
    # (of data of one kind, the deletion at the end of the contract is asked where the end is: "Après combien de
    # jours les données des plaques d'immatriculation sont-elles effacées ?" asks how long those data are kept)
    # (the date an agreement runs until asks for its term in no word of the term's own: "Jusqu'à quand la
    # convention est-elle conclue ?")
    until = "date" in kinds and bool(_UNTIL_WHEN.search(folded)) and not _DATA_WORD.search(folded)
    return tuple(item.id for item in ITEMS if (_speaks_of(item, folded)
                 and (not item.cue_in_heading or item.cue.search(folded) or not _DATA_OF.search(folded))
                 and (not keeping or item.id in _KEEPING_ITEMS)
                 and (_ITEM_ANSWERS.get(item.kind) in kinds
                      or item.kind in ("law", "court", "term") and item.cue is not None and item.cue.search(folded)))
                 or item.kind == "term" and until and item.cue.search(folded) and not item.avoid.search(folded))


@lru_cache(maxsize=256)
def content_items(question: str) -> tuple[str, ...]:
    """The grid items whose content, not only a value, a question asks for: the items it asks the value of; else
    those its words ask for (_CONTENT_QUESTIONS: "What happens to our data when the contract ends?" asks no period,
    and an agreement that states none still answers it) and an art. 28 duty asked in its item's own topic and cue
    words."""
    folded, asked = fold(question), asked_items(question)
    if asked:  # ("Welke termijn geldt voor een nieuwe subverwerker?" asks for the notice, not the list)
        return asked
    worded = [i for patterns, items in _CONTENT_QUESTIONS if all(p.search(folded) for p in patterns) for i in items]
    if _DATA_WORD.search(folded) and set(countries(question)) - EEA:  # "Les données vont-elles au Royaume-Uni ?"
        worded.append("transfers")
    # a duty in the item's own words ("Moet X de gemeente helpen bij verzoeken van betrokkenen?"), unless a value is
    # asked that the duty need not state ("Hoeveel dagen heeft X om een verzoek … te beantwoorden?")
    duties = () if asked_kinds(question) else (
        item.id for item in ITEMS if item.kind == "present" and item.cue is not None and item.cue.search(folded)
        and _speaks_of(item, folded))
    return tuple(dict.fromkeys((*worded, *duties)))


def grid_cells(store, question: str, document: str, asked: str | None = None) -> list[Cell]:
    """The cells of the agreement's grid for the items the question asks for (content_items: their value, else their
    content); not an item of one party's (the processor's DPO) when the question speaks of the other party only
    ("Who is the Port Authority's DPO?"), by its role or its name in the question as asked (`asked`: the names
    that chose the agreement are gone from `question`)."""
    items = content_items(question)
    grid = next(iter(store.grids([document])), None) if items else None
    if grid is None:
        return []
    info = store.document(document)
    words = folded_role_words(info.parties if info else ())
    folded = fold(asked or question)

    def other_side_only(item) -> bool:
        # (the words naming the item are no party's name: "Data" of "Quayside Data Ltd" in "data protection officer")
        sides = roles_in(item.topic.sub(" ", folded), words) & _SIDES
        return bool(item.party and sides and item.party not in sides)

    return [cell for id_ in items if (cell := grid.cell(id_)) is not None and not other_side_only(BY_ID[id_])]


def other_item(store, question: str, clause, text: str) -> bool:
    """The sentence is the one where the grid found the amount of an item the question does not speak of, while
    the question asks for an amount ("Hoeveel kost het abonnement?" and the liability cap's sentence): its figure
    is another item's. Likewise a period, where the question says neither the item's topic nor its cue ("Within how
    many hours must X restore the module after an outage?" and the breach deadline's sentence; "Dans quel délai …
    notifier une violation ?" says the breach's cue): a period is asked in more words than an item's topic holds."""
    kinds = asked_kinds(question) & {"amount", "duration"}
    grid = next(iter(store.grids([clause.document])), None) if kinds else None
    if grid is None:
        return False
    folded = fold(question)

    def speaks_of(item) -> bool:
        return bool(item.topic.search(folded)) or (_ITEM_ANSWERS.get(item.kind) == "duration"
                                                   and (item.cue is None or bool(item.cue.search(folded))))
    return any(c.status == STATED and c.clause == clause.label and _quotes(c, text)
               and _ITEM_ANSWERS.get(BY_ID[c.item].kind) in kinds and not speaks_of(BY_ID[c.item])
               for c in grid.cells if c.item in BY_ID)


def _quotes(cell: Cell, text: str) -> bool:
    """The sentence is (or holds, or is part of) the one the grid quotes for the cell, or that sentence in the
    other language of a bilingual agreement (the same durations and amounts, in the same clause)."""
    if not cell.quote:
        return False
    if cell.quote in text or text in cell.quote:
        return True
    figures = [[value for value, _, _ in read(text)] for read in (durations, amounts)]
    return any(figures) and figures == [[value for value, _, _ in read(cell.quote)] for read in (durations, amounts)]


def _asks_outside(question: str) -> bool:
    """The question asks about data leaving the EEA: in those words, or naming a country outside it."""
    return bool(_OUTSIDE.search(fold(question)) or set(countries(question)) - EEA)


def grid_evidence(store, question: str, clause, text: str, asked: str | None = None) -> dict[str, float]:
    """For the abstainer, of the best sentence (`text`, in `clause`): `grid_absent`, the grid of its agreement found
    the items asked for not stated (no neighbouring clause's figure answers), or not applicable to its kind with
    no clause speaking of them (an NDA's "return within 15 days" is no breach deadline); `grid_cell`, its clause
    is the one the grid found stating one of them; `grid_other`, a question that asks for no item has it quote
    another item's figure (other_item). Only a value asked for and not found is absent: the grid reads a return or
    a deletion without a period as not stated, yet "what happens to our data at the end?" is answered by it."""
    cells = grid_cells(store, question, clause.document, asked)
    # (cells of a value asked, not of content asked; the transfers cell lists countries outside the EEA only, so its
    # "not stated" leaves open a place inside it that the sentence names: "Waar is de hostingpartner gevestigd?" —
    # "… Nimbus Cloud Services Limited, Dublin, Ireland, to host the platform")
    valued = [c for c in cells if c.item != "transfers" or _asks_outside(question) or not countries(text)] \
        if asked_items(question) else []
    return {"grid_absent": float(bool(valued) and all(c.status == NOT_STATED or c.status == NOT_APPLICABLE
                                                      and not _spoken_of(store, clause.document, c.item)
                                                      for c in valued)),
            "grid_cell": float(any(c.status == STATED and c.clause == clause.label for c in cells)),
            "grid_other": float(not cells and other_item(store, question, clause, text))}


def on_topic(store, question: str, clause, candidates):
    """Whether a further sentence belongs with a quote the grid found stating the items asked (in `clause`): it
    stands in a clause the grid found stating one of them, or speaks of one's topic (the transfers clause beside
    the sub-processor row naming a country outside the EEA), not of the parties' names only (the preamble)."""
    cells = [c for c in grid_cells(store, question, clause.document) if c.status == STATED]
    labels = {clause.label} | {c.clause for c in cells}
    topics = [BY_ID[c.item].topic for c in cells]

    def keeps(sentence) -> bool:
        found = candidates[sentence.rank].clause
        return found.label in labels or any(t.search(fold(sentence.text)) for t in topics)
    return keeps


def keeps_data_inside(store, question: str, document: str) -> Cell | None:
    """The agreement's transfers cell when the question asks about data leaving the EEA and the grid found that
    this agreement keeps them inside ("Les données sont hébergées exclusivement en Belgique"): in a scan of all
    agreements for those that let data leave, such an agreement is named, not quoted as one of them."""
    if "transfers" not in content_items(question):
        return None
    cell = next((c for c in grid_cells(store, question, document) if c.item == "transfers"), None)
    return cell if cell is not None and cell.status == STATED and cell.value == "none" else None


# How a question compares the value it names with an agreement's: "within 24 hours" is at most 24 hours, "longer
# than 48 hours" more; otherwise the same value.
_AT_MOST = re.compile(r"\b(?:within|binnen|dans les|dans un delai de|en moins de|at most|no more than|ten hoogste|"
                      r"maximaal|maximum|au plus|uiterlijk|up to|tot)\b")
_MORE = re.compile(r"\b(?:longer than|more than|over|meer dan|langer dan|plus de|plus long que|au-dela de|"
                   r"exceed\w*|overschrijd\w*|depass\w*)\b")


@dataclass(frozen=True)
class ValueMatch:
    """An agreement's grid cell for the item a question names a value of, and whether it has that value."""
    document: str
    cell: Cell
    matches: bool


def _value_test(question: str):
    """(items, test) for a question that names a value of grid items ("… a data breach within 24 hours", "droit
    néerlandais", "GBP 2,000,000", "in India"), else None."""
    folded = fold(question)

    def topical(kinds) -> tuple[str, ...]:
        return tuple(i.id for i in ITEMS if i.kind in kinds and _speaks_of(i, folded))

    law = governing_law(question)
    if law:
        return ("governing_law",), lambda cell: cell.value == law
    found = durations(question)
    items = topical(("duration", "duration or present", "term")) if found else ()
    if items:
        fits = _period_test(found[0][0], question)
        return items, lambda cell: fits(cell.data.get("hours"), cell.value)
    money = amounts(question)
    items = topical(("amount",)) if money else ()
    if items:
        asked = money[0][0]
        return items, lambda cell: (cell.data.get("amount"), cell.data.get("currency")) == (asked.value,
                                                                                           asked.currency)
    places = countries(question)
    if places:
        def sends_there(cell: Cell) -> bool:
            held = cell.data.get("countries") or re.findall(r"\b[A-Z]{2}\b", cell.value.split(":")[-1])
            return any(code in held for code in places)
        return ("transfers", "subprocessor_list"), sends_there
    return None


def _period_test(asked, question: str):
    """Whether a period (its hours, and as written when it has none) is the period `asked` that the question names:
    equal, or longer ("more than 36 hours") or no longer ("within 24 hours") as it says."""
    hours, folded = asked.hours(), fold(question)
    more, at_most = bool(_MORE.search(folded)), bool(_AT_MOST.search(folded))

    def fits(held: float | None, written: str) -> bool:
        if hours is None or held is None:
            return written == str(asked)
        return held > hours if more else held <= hours if at_most else abs(held - hours) < 1e-6
    return fits


def holds_named_value(question: str):
    """For a question naming a period, an amount or a date of no grid item, or someone by name ("Which agreement
    keeps access logs for ten years?", "… loopt tot 31 december 2031?", "… signed by Declan Byrne?"): whether a
    sentence holds it, and the question without it (what the sentence must speak of); None when it names none."""
    found = durations(question)
    if found:
        asked, start, end = found[0]
        fits = _period_test(asked, question)
        return (lambda text: any(fits(d.hours(), str(d)) for d, _, _ in durations(text))), \
            question[:start] + question[end:]
    money = amounts(question)
    if money:
        asked, start, end = money[0]
        return (lambda text: any((a.value, a.currency) == (asked.value, asked.currency)
                                 for a, _, _ in amounts(text))), question[:start] + question[end:]
    dates = date_spans(question)
    if dates:
        day, start, end = dates[0]
        return (lambda text: day in find_dates(text)), question[:start] + question[end:]
    names = _person_or_company(question) + tuple(m.group(1) for m in _STANDARD.finditer(question))
    if names:
        words = [re.compile(rf"(?<!\w){re.escape(fold(n))}(?!\w)") for n in names]
        rest = re.sub("|".join(re.escape(n) for n in names), " ", question)
        return (lambda text: all(w.search(fold(text)) for w in words)), rest
    return None


# a standard by its number ("ISO 27001", "ISO/IEC 27701", "ISAE 3402"): the number is what a clause must hold
_STANDARD = re.compile(r"\b[A-Z]{2,}(?:/[A-Z]{2,})?[ -]?(\d{3,5})\b")


def _person_or_company(question: str) -> tuple[str, ...]:
    """The names in a question that are neither an agreement's (routing took those out), nor a country's ("the
    United States" is written "Verenigde Staten" too), nor common words: a person's or a company's, which a clause
    writes as the question does."""
    named = countries(question)
    return tuple(n for n in unknown_names(question) if countries(question.replace(n, " ")) == named)


def value_matches(store, question: str, documents, readable: set[str] | None = None) -> list[ValueMatch] | None:
    """For a question that names a value of a grid item ("Which of our processors must report a breach within 24
    hours?"), each agreement whose grid reads the item (not an NDA for a breach deadline), and whether it has that
    value (its cell is "not stated" when it states none); None when the question names no such value. The value is
    the one in force: a cell an addendum changed (of those `readable`) is the addendum's, and quotes it."""
    test = _value_test(question)
    if test is None:
        return None
    items, has_value = test
    found = []
    for grid in grids_in_force(store, list(documents), readable=readable):
        if grid.kind == ADDENDUM:  # (its changes are read into the grid of the agreement it amends)
            continue
        cells = [c for i in items if (c := grid.cell(i)) is not None and c.status != NOT_APPLICABLE]
        stated = [c for c in cells if c.status == STATED and c.value != "none"]
        hit = next((c for c in stated if has_value(c)), None)
        if hit is not None or stated or cells:
            cell = hit or (stated or cells)[0]
            found.append(ValueMatch(cell.amended_by or grid.document, cell, hit is not None))
    return found


def _spoken_of(store, document: str, item: str) -> bool:
    """Whether any clause of the agreement speaks of the item's topic: an item the grid does not read for this
    kind of agreement (a breach deadline in an NDA) is not stated there when none does."""
    topic = BY_ID[item].topic
    return any(topic.search(fold(c.text)) for c in store.clauses(document))


def with_grid_clauses(store, question: str, candidates: list[Retrieved], documents) -> list[Retrieved]:
    """The candidates, and last the clauses that the grids of `documents` found stating the items the question
    asks for, when retrieval missed them."""
    lowest, added = min(r.score for r in candidates), []
    for document in documents:
        wanted = {c.clause for c in grid_cells(store, question, document) if c.status == STATED} - {
            r.clause.label for r in candidates if r.clause.document == document}
        added += [Retrieved(clause, lowest) for clause in store.clauses(document) if clause.label in wanted]
    return list(candidates) + added if added else candidates


_PLURAL_SUBPROCESSORS = re.compile(r"\b(?:subverwerkers|sub-?processors|sous-traitants ulterieurs|onderaannemers|"
                                   r"sub-?contractors)\b")


def asks_whole_list(question: str) -> bool:
    """Whether a question asks for the sub-processors, all of them ("Wie zijn de subverwerkers van X?"), not for
    one ("Which sub-processor sends the letters?") nor for those in some place ("Which sub-processors are located
    outside the EEA?")."""
    items = content_items(question)
    return ("subprocessor_list" in items and "transfers" not in items and not countries(question)
            and not asked_kinds(question) & {"place", "duration", "amount", "date"}
            and bool(_PLURAL_SUBPROCESSORS.search(fold(question))))


def stating_clauses(store, question: str, document: str) -> set[str]:
    """The labels of the clauses the agreement's grid found stating the items the question asks for."""
    return {c.clause for c in grid_cells(store, question, document) if c.status == STATED}


def grid_lead(store, question: str, sentences: list, candidates) -> list:
    """The sentences, the best one of the clause the grid found stating the item asked for first, within the
    likeliest sentence's agreement."""
    document = candidates[sentences[0].rank].clause.document
    clauses = stating_clauses(store, question, document)
    lead = next((s for s in sentences if candidates[s.rank].clause.document == document
                 and candidates[s.rank].clause.label in clauses), None)
    return sentences if lead is None or lead is sentences[0] else [lead] + [s for s in sentences if s is not lead]


def grid_parts(store, question: str, chosen: list, sentences: list, candidates) -> list:
    """For a question that asks for several items ("Which law applies, and which courts?", "What happens to our
    data at the end?": the return and the deletion), the sentence stating each item the grid found in the answer's
    agreement that no quote holds yet: its quote's sentence, else its clause's likeliest one."""
    document = candidates[chosen[0].rank].clause.document
    quoted = {candidates[s.rank].clause.label for s in chosen}
    extra = []
    for cell in grid_cells(store, question, document):
        if cell.status != STATED or cell.clause in quoted:
            continue
        own = [s for s in sentences if candidates[s.rank].clause.document == document
               and candidates[s.rank].clause.label == cell.clause]
        stating = next((s for s in own if _quotes(cell, s.text)), own[0] if own else None)
        if stating is not None:
            extra.append(stating)
            quoted.add(cell.clause)
    return extra


def grid_value(store, question: str, clause, text: str) -> str | None:
    """The period the grid read for the item asked, as the quote of its clause writes it: of two periods in one
    sentence ("reconduit tacitement par périodes d'un an, sauf dénonciation … au moins trois (3) mois avant son
    échéance") the one that is the item's, not the first."""
    for cell in grid_cells(store, question, clause.document) if asked_items(question) else ():
        if cell.status == STATED and cell.clause == clause.label:
            for duration, start, end in durations(text):
                if str(duration) == cell.value:
                    return " ".join(text[start:end].split())
    return None
