"""One agreement's review grid, read from its clauses: for each item the sentence that states it, its typed value
and its clause, or "not stated". Pure functions over ingest's Clause and DocumentInfo; no store, no model, so the
store computes a grid at ingest and tests run it on hand-made clauses.

A sentence is a candidate for an item when it or its clause heading speaks of the item's topic (items.Item);
its score adds the topic in the sentence (2) and in the heading (1), the item's cue (1) and a value of the
item's kind (1), and takes 2 off for words of another subject (the authority for the processor's breach notice).
The best candidate states the item when its score reaches the item's minimum, fitted on the tune part of the
development grids (`python -m evals.grid --fit`, review/grid_thresholds.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.models import Clause, DocumentInfo
from ingest.segment import PREAMBLE, unscoped
from ingest.tables import CELL_SEPARATOR, key_terms
from ingest.text import fold
from ingest.units import split_sentences

from . import values
from .items import ADDENDUM, BY_ID, ITEMS, NDA, OTHER, PROCESSING, SLA, Item
from .models import NOT_APPLICABLE, NOT_STATED, STATED, Cell, Grid

VERSION = "58"  # bump when extraction changes: stored grids of an older version are computed again
THRESHOLDS = Path(__file__).with_name("grid_thresholds.json")
DEFAULT_MIN_SCORE = 3
_FITTED = json.loads(THRESHOLDS.read_text(encoding="utf-8")) if THRESHOLDS.exists() else {}


def min_scores() -> dict[str, float]:
    return {item.id: _FITTED.get("min_score", {}).get(item.id, DEFAULT_MIN_SCORE) for item in ITEMS}


_ADDENDUM_TITLE = re.compile(r"^\W*(?:addendum|avenant|amendment|wijzigingsovereenkomst|bijakte|variation|"
                             r"deed of variation)\b", re.IGNORECASE)
_NDA_TITLE = re.compile(r"non[- ]?disclosure|geheimhouding|confidentialit|\bnda\b|vertrouwelijkheid", re.IGNORECASE)
_SLA_TITLE = re.compile(r"service level|\bsla\b|dienstverleningsniveau|niveaux? de service", re.IGNORECASE)
_PROCESSING_TITLE = re.compile(r"verwerkers?overeenkomst|verwerkingsovereenkomst|processing (?:agreement|addendum)|"
                               r"\bdpa\b|sous-traitance|traitement d(?:es|e) donn|data processing|"
                               r"verwerking van persoons",
                               re.IGNORECASE)
_PROCESSOR = re.compile(r"\b(?:verwerker|processor|sous-traitant)s?\b", re.IGNORECASE)
_JOINT = re.compile(r"gezamenlijk\w* verwerkingsverantwoordelijk|joint controller|responsables? conjoints?",
                    re.IGNORECASE)


def agreement_kind(info: DocumentInfo, clauses: list[Clause]) -> str:
    """What kind of agreement this is, for which items apply: an addendum (which states only what it changes),
    a processing agreement (art. 28 GDPR), an NDA, an SLA or another agreement (joint controllers, a data-sharing
    protocol, terms of use)."""
    title = info.title or ""
    if _ADDENDUM_TITLE.search(title):
        return ADDENDUM
    if _PROCESSING_TITLE.search(title) and not _JOINT.search(title):
        return PROCESSING
    if _NDA_TITLE.search(title):
        return NDA
    if _SLA_TITLE.search(title):
        return SLA
    text = " ".join(c.text for c in clauses)
    if len(_PROCESSOR.findall(text)) >= 5 and len(_JOINT.findall(text)) < 2:
        return PROCESSING
    return OTHER


@dataclass(frozen=True)
class Candidate:
    score: float
    seq: int
    clause: Clause
    sentence: str
    value: object


@dataclass(frozen=True)
class Unit:
    """A sentence or table row of a clause, with what every item's scoring reads of it: split and folded once per
    agreement, not once per item."""
    clause: Clause
    heading: str  # the clause's title and heading path, folded
    text: str
    folded: str  # (with the values of the key terms it names: "… within the Breach Notice Period (36 hours) …")
    reading: str = ""  # the text with those values, where the item's value is read; the quote is `text`

    @property
    def read(self) -> str:
        return self.reading or self.text


# the inline title at the start of a clause's first line: "5.1. Subprocessing. Customer agrees that …"
_INLINE_TITLE = re.compile(r"^[\w.()§]{0,8}\s*([^.;:]{2,50})[.:]\s")


# a clause's first line that ends a sentence of six words or more ("Section 9.03 Backup copies are deleted within
# ninety (90) days of termination.") is text, not a heading
_SENTENCE_LINE = re.compile(r"^\S+(?:\s+\S+){5,}[a-zà-ÿ)]\.$")


def _heading(clause: Clause) -> str:
    """The clause's title and the headings above it. A "heading" as long as a sentence is the clause's first line:
    only its inline title counts ("Subprocessing"), or nothing when it has none (a paragraph without a heading)."""
    short = []
    for heading in filter(None, (clause.title or "", *clause.heading_path)):
        if len(heading.split()) <= 12 and not _SENTENCE_LINE.search(heading):
            short.append(heading)
        elif inline := _INLINE_TITLE.match(heading):
            short.append(inline.group(1))
    return fold(" ".join(short))


def _is_preamble(label: str) -> bool:
    """The preamble, also of a secondary numbering ("Deel 1 – Preamble": a cover letter's own)."""
    return unscoped(label) == PREAMBLE


def units(clauses: list[Clause]) -> list[Unit]:
    """The sentences of every clause but the signatures, in order; a sentence that names a key term of a cover
    page ("within the Breach Notice Period") is read with that term's value."""
    terms = _key_terms(clauses)
    found = []
    for clause in clauses:
        if clause.label == "Signatures":
            continue
        heading = _heading(clause)
        for text in _sentences(clause):
            reading = text
            if not _is_preamble(clause.label):
                for term, value in terms:  # (right after the term, where the items' cues look for a value)
                    reading = term.sub(lambda m, value=value: f"{m.group()} ({value})", reading)
            reading = "" if reading == text else reading
            # (folded with its line breaks as spaces: a PDF wraps "outside the United Kingdom and the\nEuropean …")
            found.append(Unit(clause, heading, text, " ".join(fold(reading or text).split()), reading))
    return found


# a party's row of a cover page ("Supplier | Veridian Analytics Ltd, … company number …") is no term to read
_PARTY_ROW = re.compile(r"\b(?:controller|processor|company number|enterprise number|registered|kbo|"
                        r"verwerkingsverantwoordelijke|verwerker|responsable du traitement|sous-traitant)\b",
                        re.IGNORECASE)


def _key_terms(clauses: list[Clause]) -> list[tuple[re.Pattern, str]]:
    """The terms of a key-terms table on a cover page, as the clauses write them, with their values."""
    return [(key.mention, key.value) for clause in clauses if _is_preamble(clause.label)
            for key in key_terms(clause.text) if not _PARTY_ROW.search(key.value)]


def _sentences(clause: Clause) -> list[str]:
    """The clause's sentences and rows, without its heading line ("Artikel 2 – Voorwerp en instructies")."""
    found = [clause.text[s:e].strip() for s, e in split_sentences(clause.text, whole_short=False)]
    title = fold(clause.title or "")
    return [s for s in found if s and not (title and title in fold(s) and len(s) < len(title) + 25)]


def _score(item: Item, unit: Unit) -> float | None:
    folded = unit.folded
    in_sentence, in_heading = bool(item.topic.search(folded)), bool(item.topic.search(unit.heading))
    if not (in_sentence or in_heading):
        return None
    score = 2 * in_sentence + in_heading
    cue_in_sentence = item.cue is not None and bool(item.cue.search(folded))
    cue_in_heading = item.cue is not None and bool(item.cue.search(unit.heading))
    # (the heading may say it: "Choice of forum and jurisdiction" over "the courts of Ireland")
    if item.needs_cue and not (cue_in_sentence or in_heading and cue_in_heading):
        return None
    score += cue_in_sentence or item.cue_in_heading and cue_in_heading
    # an item that needs its cue avoids a sentence under another subject's heading too ("Audits" over "… moyennant
    # un préavis de dix jours")
    # ("conclue pour une durée indéterminée et chaque partie peut y mettre fin moyennant un préavis …" states the
    # term, whatever else it says)
    if item.avoid is not None and (item.avoid.search(folded) or item.needs_cue and not in_heading
                                   and item.avoid.search(unit.heading)) \
            and not (item.kind == "term" and _INDEFINITE.search(folded)):
        score -= 2
    return score


_INDEFINITE = re.compile(r"onbepaalde (?:duur|tijd)|duree indeterminee|(?:indefinite|unlimited) (?:period|term|"
                         r"duration)")


# --- values per kind: None when the sentence holds no value of the kind (the sentence is then no candidate)
_GENERAL = re.compile(r"algemene (?:schriftelijke |voorafgaande )*toestemming|general (?:prior |written )*"
                      r"(?:written )?authori[sz]ation|autorisation (?:ecrite |prealable )*generale|"
                      r"generally authori[sz]e|algemene machtiging|autorise de maniere generale", re.IGNORECASE)
# permission to engage sub-processors without the word "general" ("Het is de Verwerker toegestaan andere verwerkers
# aan te stellen", "La Ville autorise le Prestataire à recourir aux sous-traitants ultérieurs mentionnés …")
_EITHER = re.compile(r"specifieke of algemene|algemene of specifieke|specific or general|general or specific|"
                     r"specifique ou generale|generale ou specifique", re.IGNORECASE)
EITHER = "specific or general"
_PERMITTED = re.compile(r"toegestaan (?:om )?(?:andere verwerkers|subverwerkers)|"
                        r"(?:verleent|geeft) .{0,60}toestemming (?:voor het inschakelen van|om) .{0,40}subverwerkers|"
                        r"gaat akkoord met de lijst|may (?:engage|use|appoint) (?:sub-?processors|third)|"
                        r"(?:is|are) (?:hereby )?authori[sz]ed to (?:engage|use|appoint)|"
                        r"authori[sz]es (?:the )?\w+ to (?:engage|use|appoint)|"
                        r"autorise .{0,40}a (?:recourir|faire appel) a|accepte la liste|"
                        r"peut (?:faire appel|recourir) a (?:un autre sous-traitant|d'autres sous-traitants|des "
                        r"sous-traitants|d'autres prestataires|un autre prestataire|des tiers|un tiers)|"
                        r"mag (?:een beroep doen op|gebruik maken van) (?:andere verwerkers|subverwerkers)",
                        re.IGNORECASE)
# "specific" of the consent, not of the processing ("pour mener des activités de traitement spécifiques")
# consent as a noun or a verb ("specifieke goedkeuring", "specifiek goedgekeurd", "specifically approved")
_CONSENT = (r"(?:toestemming|goedkeuring|goedgekeurd|toelating|toegelaten|authori[sz]\w*|consent\w*|approv\w*|"
            r"autoris\w*|approb\w*|approuv\w*)")  # (not "accord": also the agreement itself)
_SPECIFIC = re.compile(rf"specifi\w*\W+(?:\w+\W+){{0,4}}?{_CONSENT}|{_CONSENT}\W+(?:\w+\W+){{0,4}}?specifi|"
                       r"specifically (?:authori[sz]|approv|consent)\w*|"
                       r"voorafgaande schriftelijke (?:en specifieke )?toestemming|"
                       r"prior (?:specific )?written (?:consent|authori[sz]ation)|autorisation (?:ecrite )?prealable|"
                       r"accord prealable (?:et )?(?:ecrit|expres)|accord (?:ecrit|expres) (?:et )?prealable|"
                       # each addition consented to: "may add or replace one only after the City has agreed in writing"
                       r"only (?:after|once|with|if) (?:\w+ ){0,4}(?:has |have )?(?:agreed|approved|consented) in "
                       r"writing|only with (?:the |its )?(?:prior )?written approval",
                       re.IGNORECASE)
# (also with the UK or Switzerland beside the EEA: "outside the United Kingdom and the European Economic Area")
_BESIDE = r"(?:(?:the )?(?:united kingdom|uk|switzerland)(?:,| and| or) |" \
          r"(?:het )?(?:verenigd koninkrijk|zwitserland) (?:en|of) |(?:du )?(?:royaume-uni|suisse) (?:et|ou) )?"
_OUTSIDE = re.compile(rf"buiten {_BESIDE}de (?:eer|europese)|outside {_BESIDE}(?:the )?(?:eea|european|eu\b)|"
                      rf"hors {_BESIDE}de l'(?:ue|eee|union|espace)|en dehors {_BESIDE}de l'(?:ue|eee|union|espace)|"
                      r"derde land|third countr|pays tiers", re.IGNORECASE)
_INSIDE_ONLY = re.compile(r"(?:uitsluitend|enkel|alleen|only|exclusively|uniquement|exclusivement|steeds|always|"
                          r"toujours)\b[^.;]{0,120}(?:binnen de|within the|in the|au sein de|dans l'|dans un etat|"
                          r"in een lidstaat|in a member state|en belgique|in belgie|in belgium|sur le territoire)",
                          re.IGNORECASE)
# the European area as a region ("the EEA, the UK and Switzerland"), not "la Commission européenne"
_EUROPE = re.compile(r"\b(?:eer|eea|eee|eu|ue|europe|europa|european (?:economic area|union)|europese (?:economische "
                     r"ruimte|unie)|espace economique europeen|union europeenne|(?:the )?union)\b", re.IGNORECASE)
# data sent to the UK: "transfer Customer Personal Data to the United Kingdom" (not the UK named as a party's
# seat, which for a British agreement is home)
_TO_THE_UK = re.compile(r"\b(?:transfer\w*|doorgifte\w*|doorgeven|doorgegeven|transfert\w*)\b[^.;]{0,80}?"
                        r"\b(?:to|naar|vers|au) (?:the |het |le )?(?:united kingdom|uk|verenigd koninkrijk|"
                        r"royaume-uni)\b", re.IGNORECASE)
_FORBIDDEN = re.compile(r"verboden|niet toegestaan|niet (?:worden )?doorgegeven|prohibited|aucun\w* transfert|"
                        r"aucune? donnees? (?:\w+ ){0,4}(?:n'est|ne sont|ne sera|ne seront) (?:\w+ )?transfer\w*|"
                        r"no transfers?\b|geen doorgifte|geen (?:\w+ )?gegevens (?:\w+ ){0,3}door\b|"
                        r"\bno (?:\w+ ){0,3}data (?:(?:shall|may|will) be|are|is) transferred|"
                        r"ne transf\w+ (?:aucun|pas|jamais)|(?:does|will) not transfer|not (?:be )?(?:permitted|"
                        r"allowed|transferred)|shall not|interdite?s?|n'est pas autorise|"
                        r"ne peu(?:t|vent) (?:pas )?etre",
                        re.IGNORECASE)
_BASIS = [("SCC", re.compile(r"standaardcontract\w*|standard contractual|clauses contractuelles|\bscc", re.IGNORECASE)),
          ("adequacy", re.compile(r"adequa\w*|adequation|adequaatheid\w*|privacy framework", re.IGNORECASE)),
          ("BCR", re.compile(r"bindende bedrijfsvoorschriften|binding corporate rules|regles d'entreprise "
                             r"contraignantes|\bbcr", re.IGNORECASE))]
_TRANSFER_BASIS = re.compile(r"adequacy decision|adequaatheidsbesluit|decision d'adequation|standard contractual|"
                             r"standaardcontractbepaling|clauses contractuelles types|binding corporate rules|"
                             r"bindende bedrijfsvoorschriften|regles d'entreprise contraignantes")
_COURT = re.compile(r"(?:rechtbank\w*|rechter|hoven|courts?|tribuna\w*|juridictions?|place of jurisdiction|"
                    r"venue|forum|gerichtsstand)\b", re.IGNORECASE)
_NATIONAL_COURTS = re.compile(r"\b[A-ZÀ-Ý]?[a-zà-ÿ]+ (?:courts|rechtbanken|hoven)\b|"
                              r"\b(?:tribunaux|juridictions|cours) [a-zà-ÿ]+\b")
_PLACE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+(?:[ -](?:am|sur|en|aan|and|et)?[ -]?[A-ZÀ-Ý][\w'’-]+)?"
                    r"(?: (?:wallon|flamand|occidentale?|orientale?)\b)?")  # "du Brabant wallon"
# capitalised words after "court" that name no place
_NOT_A_PLACE = set(fold(w) for w in "artikel article clause the de la le het belgisch belgian belge staat state etat "
                   "verwerker processor partijen parties party agreement overeenkomst eerste premiere first instance "
                   "aanleg koophandel commerce ondernemingsrechtbank tribunal tribunaux court courts nederlandstalige "
                   "franstalige francophones francophone neerlandophone dutch-speaking french-speaking "
                   "arrondissement district hof cour division afdeling "
                   # the first word of the next sentence, after a heading that names the court ("… bevoegde rechter
                   # Deze overeenkomst …")
                   "deze dit die this these ce cette ces les elk elke alle tout tous toute any all each".split())
_BEFORE_PLACE = {"of", "in", "at", "for", "te", "van", "in", "de", "d", "du", "des", "a", "aanleg", "instance", "is",
                 "arrondissement", "district", "county", "afdeling", "division", "located", "situes", "gevestigd"}
_FORMULA = re.compile(r"montant|amount|bedrag|fees|sommes|vergoeding\w*|prix|price|twice|tweemaal|deux fois|"
                      r"\d+\s?%|pour ?cent|percent|procent|redevance|charges|paid|betaald|versee?s?|facture\w*|"
                      r"gefactureerd|invoiced", re.IGNORECASE)
# a name as Dutch agreements write it too: initials with the first name in brackets ("L. (Lotte) Hagenaars")
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’-]+|(?:[A-Z]\.){1,4}|\([A-ZÀ-Ý][\w'’-]+\)|van|de|der|den|le|la)"
# honorifics and the Dutch academic titles before a name ("mr.", "drs.", "ir.", "ing.")
_PERSON = re.compile(rf"\b(?:de heer|mevrouw|dhr\.|mevr\.|Monsieur|Madame|Mme|M\.|Mr|Mrs|Ms|Dr|mr\.|drs\.|ir\.|"
                     rf"ing\.|prof\.)\.?(?:\s+(?:mr|drs|ir|ing|dr)\.)*\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})")
# "Eric Bernard, DPO", "Jan Peeters (functionaris voor gegevensbescherming)"
# ... or appointed as one: "Processor has appointed Anna Kowalski as its Data Protection Officer"
_NAMED_OFFICER = re.compile(r"([A-ZÀ-Ý][\w'’-]+(?: (?:van |de |le )?[A-ZÀ-Ý][\w'’-]+){1,3})"
                            r"(?:\s*[,(]\s*|\s+(?:as|als|en qualité de|comme)\s+(?:(?:its|the|zijn|haar|hun|son|sa|"
                            r"le|la|de)\s+)?)(?:DPO|DPD|"
                            r"(?i:data protection officer|functionaris (?:voor )?gegevensbescherming|délégué)|FG\b)")
# "The Processor's Data Protection Officer, Jane Miller, can be reached …", "DPO: Jan Peeters", a contacts table's
# row "Data Protection Officer | Tom Baker | …"
_OFFICER_NAMED = re.compile(r"(?:DPO|DPD|FG|[Dd]ata [Pp]rotection [Oo]fficer|"
                            r"[Ff]unctionaris (?:voor )?gegevensbescherming|"
                            # ("Data Protection Officer (DPO): …", "Data Protection Officer (Processor): …")
                            r"[Dd]élégué à la protection des données)(?: \w+){0,3}?(?:\s*\([^()]{1,30}\))?"
                            r"\s*(?:[,:|–]|-\s|is|est)\s*"
                            r"([A-ZÀ-Ý][\w'’-]+(?: (?:van |de |le )?[A-ZÀ-Ý][\w'’-]+){1,2})\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OFFICER_TITLE = re.compile(r"(?i:data protection|functionaris|délégué|privacy)")


# after a period: it is a notice period or one that runs after the end, not the agreement's term
# ("thirty (30) days' prior written notice", "two (2) years following its termination")
_NOT_THE_TERM = re.compile(r"^\W{0,3}(?:\w+\W+){0,3}(?:notice|opzeg\w*|preavis|kennisgeving|(?:following|after|na|"
                           r"apres) (?:the |its |het |de |la |l')?(?:terminat|expir|einde|beeindig|fin\b|resili))",
                           re.IGNORECASE)
# ... or before it: "met een opzegtermijn van drie (3) maanden", "un préavis de six mois"
_NOTICE_BEFORE = re.compile(r"(?:opzeg\w*|notice(?: period)?|preavis|kennisgeving)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)


# a term stated without a period: it has no end of its own (no period in the next paragraph replaces it)
_OPEN_ENDED = re.compile(r"onbepaalde (?:duur|tijd)|duree indeterminee|indefinite|zolang|so long as|as long as|"
                         r"aussi longtemps|tant que|until terminated|unless and until|for the duration of|"
                         r"voor de duur van|pour la duree d[eu]|pendant toute la duree|loopt samen met|"
                         r"gelijk(?:loopt| met)|runs? with", re.IGNORECASE)
_SEVERABILITY = re.compile(r"\b(?:invalid|unenforceable|severab\w*|ongeldig\w*|nietig\w*|nulles?|invalide\w*|"
                           r"inapplicables?|non valables?)\b", re.IGNORECASE)


# "once every twelve (12) months", "eenmaal per twaalf maanden": how often, not how long or how soon
_HOW_OFTEN = re.compile(r"\b(?:once|twice|(?:een|twee)maal|(?:een|twee) keer|(?:une|deux) fois)\s+"
                        r"(?:(?:every|per|in|any|each|par|periode|de|van|om)\s+){1,3}$")


# where one item of a list ends and the next begins inside a sentence: "… ; - d) …", "…; (b) …", "… ; 2° …"
_LIST_ITEM_BREAK = re.compile(r";\s*(?:[-–•*]\s*)?\(?[a-z0-9]{1,3}[).°]\s|;\s*[-–•*]\s")


def _duration(item: Item, sentence: str, folded: str) -> values.Duration | None:
    """The duration the item asks for: the first one that follows the item's cue within a few words ("op de hoogte
    ... ten minste dertig (30) kalenderdagen"), else one just before the cue ("thirty (30) days' notice"), else one
    after the topic ("terminate it by giving thirty (30) days"), else the sentence's first. A period that is only
    optional ("duration or present") must stand near them; a term is no notice or survival period."""
    every = values.durations(sentence)
    found = [f for f in every if not _HOW_OFTEN.search(folded[max(0, f[1] - 30):f[1]])]
    if every and not found:
        return None
    if item.kind == "term":  # (hours are no agreement's term: "a duration of four hours" is a maintenance window)
        found = [f for f in found if f[0].unit not in ("hours", "minutes")
                 and not _NOT_THE_TERM.match(folded[f[2]:f[2] + 60])
                 and not _NOTICE_BEFORE.search(folded[max(0, f[1] - 40):f[1]])]
        if not found:
            return None
    if not found:
        promptly = values.first_duration(sentence, promptly=item.promptly)
        return promptly[0] if promptly else None
    cues = list(item.cue.finditer(folded)) if item.cue is not None else []
    topics = list(item.topic.finditer(folded))
    breaks = [m.start() for m in _LIST_ITEM_BREAK.finditer(folded)]
    if topics and breaks:
        # a list of measures in one sentence ("; - c) une sauvegarde quotidienne … ; - d) … les journaux étant
        # conservés pendant deux ans"): only a period in an item that names the topic is the topic's
        def item_of(position: int) -> int:
            return sum(b < position for b in breaks)
        named = {item_of(m.start()) for m in topics}
        found = [f for f in found if item_of(f[1]) in named]
        if not found:
            return None
    optional = item.kind == "duration or present"
    if item.own_verb_period and len(found) > 1:
        # the period that follows the item's own verb with no other period between; further off ("return … in a
        # commonly used machine-readable format within fifteen (15) days …, and delete … within forty-five (45)
        # days") when no verb of the rival item stands between either
        rivals = [m.start() for m in BY_ID[item.rival].topic.finditer(folded)] if item.rival else []
        for duration, start, _ in found:
            if any(0 <= start - m.end() <= (40 if any(m.end() <= r < start for r in rivals) else 120)
                   and not any(m.end() <= s < start for _, s, _ in found) and ";" not in folded[m.end():start]
                   for m in topics):
                return duration
    if item.rival and not any(0 <= start - m.end() <= 40 for _, start, _ in found for m in topics):
        # "return the personal data within thirty (30) days … or delete them": the period is the return's
        rival = [m.end() for m in BY_ID[item.rival].topic.finditer(folded)]
        if all(any(0 <= start - end <= 40 for end in rival) for _, start, _ in found):
            return None
    for duration, start, _ in found:
        if any(0 <= start - m.end() <= 80 for m in cues):
            return duration
    # "thirty (30) days' prior written notice", "drie maanden vóór het verstrijken" (before a period the topic
    # names: "stilzwijgend verlengd met één jaar")
    for duration, _, end in found:
        if any(0 <= m.start() - end <= 20 for m in cues):
            return duration
    if optional:  # "binnen vijftien (15) kalenderdagen … bezwaar maken": the nearest before the topic ("… un mois
        # à l'avance ; la Commune dispose de quinze jours pour s'y opposer")
        near = [(m.start() - end, i) for i, (_, _, end) in enumerate(found) for m in topics
                if 0 <= m.start() - end <= 80]
        # "deux (2) jours de présence sur site" is no notice period
        return found[min(near)[1]][0] if near else None
    for duration, start, _ in found:
        if any(0 <= start - m.end() <= 80 for m in topics):
            return duration
    return found[0][0]


def _value(item: Item, sentence: str, folded: str):
    kind = item.kind
    if kind == "present":
        return "stated"
    if kind == "term" and _SEVERABILITY.search(folded):
        return None  # "the remaining provisions remain in full force and effect" sets no term
    if kind in ("duration", "duration or present", "term"):
        found = _duration(item, sentence, folded)
        return found or (None if kind == "duration" else "stated")
    if kind == "amount":
        found = values.amounts(sentence)
        if found:
            return found[0][0]
        # a cap as a formula ("the fees paid in the twelve months before") is stated without an amount; one "as
        # provided in the assignment" is stated in another document
        return "stated" if item.cue.search(folded) and _FORMULA.search(folded) else None
    if kind == "authorisation":
        if _EITHER.search(folded):
            return EITHER  # the regulation's own words, art. 28(2): the agreement does not choose here
        if _GENERAL.search(folded):
            return "general"
        if _SPECIFIC.search(folded):
            return "specific"
        return "general" if _PERMITTED.search(folded) else None
    if kind == "law":
        return values.governing_law(sentence)
    if kind == "court":
        national = _NATIONAL_COURTS.search(sentence)
        if national and values.countries(national.group(), adjectives=True):
            return national.group()  # "the English courts", "de Belgische rechtbanken", "les tribunaux belges"
        for court in _COURT.finditer(sentence):  # the heading's "bevoegde rechter" may name no place; the text's may
            for place in _PLACE.finditer(sentence, court.end(), court.end() + 100):
                before = sentence[court.end():place.start()].split()
                # "the courts of Leuven", "rechtbank van eerste aanleg Antwerpen", "ondernemingsrechtbank Gent";
                # not "notify the Recipient"
                if fold(place.group().split()[0]) not in _NOT_A_PLACE and (
                        not before or fold(before[-1]).strip("'’") in _BEFORE_PLACE or _COURT.search(before[-1])):
                    return place.group()
        return None
    if kind == "person":
        # (not the officer's own title: "Data Protection Officer (DPO): Sarah Lee")
        people = (_PERSON.search(sentence), _NAMED_OFFICER.search(sentence), _OFFICER_NAMED.search(sentence))
        person = next((m for m in people if m and not _OFFICER_TITLE.match(m.group(1))), None)
        email = _EMAIL.search(sentence)
        if person:
            return " ".join(person.group(1).split())
        return email.group() if email else None
    if kind == "date":
        found = values.dates(sentence)
        return found[0] if found else None
    return None


# The roles' own words in the three languages; the parties' names and aliases are added per agreement
_ROLE_WORDS = {"processor": r"verwerker|sous-traitant|processor|data importer|prestataire|leverancier|supplier|vendor",
               "controller": r"verwerkingsverantwoordelijke|responsable du traitement|controller|data exporter|"
                             r"opdrachtgever|customer"}


def _party_names(info: DocumentInfo, role: str | None = None) -> list[str]:
    """The parties' names and aliases (of one role, if given), but for short ones that name nothing alone."""
    return [n for p in info.parties if role is None or p.role == role for n in (p.name, *p.aliases) if len(n) > 3]


_ARTICLE = re.compile(r"^(?:(?:le|la|les|de|het|the)\s+|l')")


# the kind of public body a party's name starts with, by which the agreement also calls it ("de gemeente Kapelhoek"
# is "de gemeente", "Commune de Val-d'Ourthe" "la Commune")
_BODY = re.compile(r"^(gemeente|stad|ocmw|provincie|politiezone|commune|ville|cpas|province|zone|city|municipality|"
                   r"council|county)\b")


def _roles(info: DocumentInfo) -> dict[str, re.Pattern]:
    # (an alias without its article: "le CPAS" is "du CPAS" too)
    names = {role: [re.escape(_ARTICLE.sub("", fold(n))) for n in _party_names(info, role)] for role in _ROLE_WORDS}
    for role, own in names.items():
        other = next(r for r in names if r != role)
        bodies = {body.group(1) for name in own if (body := _BODY.match(name))}
        own.extend(b for b in bodies if not any(n.startswith(b) for n in names[other]))
    return {role: re.compile(r"\b(?:" + "|".join([words, *names[role]]) + r")\b")
            for role, words in _ROLE_WORDS.items()}


def _party_score(item: Item, folded: str, before: str, roles: dict[str, re.Pattern]) -> int:
    """+1 for a sentence about the item's party, -1 for one about the other; a sentence that names neither is
    read with the one before it in its clause ("Data importer: Datawise Ltd. Contact person: DPO, …")."""
    if item.party is None:
        return 0
    other = next(role for role in roles if role != item.party)
    for text in (folded, before):
        own, others = bool(roles[item.party].search(text)), bool(roles[other].search(text))
        if own != others:
            return 1 if own else -1
    return 0


# a sentence that says the same of the other party: "Celui de Domisoins est …", "That of the Processor is …"
_THE_OTHERS = re.compile(r"(?:celui|celle|ceux|that|those|die|dat|deze) (?:de|du|des|d'|of|van)\b")


def _candidates(item: Item, sentences: list[Unit], roles: dict[str, re.Pattern]) -> list[Candidate]:
    found = []
    for i, unit in enumerate(sentences):
        if _is_preamble(unit.clause.label) and not item.in_preamble:
            continue
        score = _score(item, unit)
        if score is None and i and sentences[i - 1].clause is unit.clause and _THE_OTHERS.match(unit.folded):
            score = _score(item, sentences[i - 1])  # "Celui de Domisoins est …" after "Le délégué … du CPAS est …"
        if score is None or item.not_opening is not None and item.not_opening.search(unit.folded):
            continue
        value = _value(item, unit.read, unit.folded)
        if value is None or value == "stated" and len(unit.text.split()) < 4:
            continue  # a heading on a line of its own ("Term of Agreement.") states nothing
        before = sentences[i - 1].folded if i and sentences[i - 1].clause is unit.clause else ""
        party = _party_score(item, unit.folded, before, roles)
        if party < 0 and item.kind == "person":
            continue  # the other party's officer ("The Council's data protection officer, Alan Reeve")
        score += party
        if item.weaker is not None and not item.topic.search(item.weaker.sub(" ", unit.folded)):
            score -= 1  # named by its weaker words only: the day it was made yields to the day it "takes effect"
        if item.kind != "present" and value not in ("stated", EITHER):
            score += 1  # a value of the item's kind; a sentence that chooses between general and specific beats
            # one that copies the regulation's "specific or general"
        found.append(Candidate(score, unit.clause.seq, unit.clause, unit.text, value))
    return found


# A sentence that only says where the item is written ("… de soorten persoonsgegevens … staan in Bijlage 1", "La
# description du traitement figure à l'annexe A", "are set out in Schedule 1"): of two that state the item as
# surely, the text it points to is quoted.
_POINTER = re.compile(r"\b(?:(?:staan|staat|zijn|is|worden|wordt)\s+(?:\w+\s+){0,2}in\s+bijlage|zie bijlage|"
                      r"figur\w*\s+(?:a|dans|en)\s+(?:l'|l’)?annexe|(?:sont|est)\s+(?:\w+\s+){0,2}(?:a|dans|en)\s+"
                      r"(?:l'|l’)?annexe|voir (?:l'|l’)?annexe|"
                      r"(?:are|is)\s+(?:\w+\s+){0,2}in\s+(?:the\s+)?(?:annex|schedule|appendix|exhibit)|"
                      r"see\s+(?:the\s+)?(?:annex|schedule|appendix|exhibit))\b")


def _rank(candidate: Candidate) -> tuple:
    return candidate.score, not _POINTER.search(fold(candidate.sentence)), -candidate.seq


_ANNEX_NAMED = re.compile(r"\b(bijlage|annexe?|schedule|appendix|exhibit)\s+(\d{1,2}|[a-z]\b|[ivx]{1,4}\b)")


def _pointed_to(best: Candidate, candidates: list[Candidate]) -> Candidate:
    """A sentence that only says where the item is written ("… are described in Appendix 1") yields to what the
    annex it names says of the item, however less surely that reads (a table's row: "Data subjects | applicants …")."""
    folded = fold(best.sentence)
    if best.value != "stated" or not _POINTER.search(folded):
        return best
    named = {" ".join(m.groups()) for m in _ANNEX_NAMED.finditer(folded)}
    there = [c for c in candidates if " ".join(fold(c.clause.label).split()[:2]) in named]
    # (or, when the annex says nothing of it, what the pointer's own article says: "1.1 Recyclo levert … het
    # digitale afvalloket" beside "1.2 De aard en het doel … staan in Bijlage A")
    there = there or [c for c in candidates if c.clause.parent is not None and c.clause.parent == best.clause.parent
                      and not _POINTER.search(fold(c.sentence))]
    return max(there, key=_rank, default=best)


def _cell(item: Item, best: Candidate, min_score: float, value: str, data: dict) -> Cell:
    return Cell(item.id, STATED, value, data, best.sentence, best.clause.label, best.clause.pages,
                round(min(1.0, best.score / (min_score + 2)), 2))


def _typed(value) -> tuple[str, dict]:
    if isinstance(value, values.Duration):
        return str(value), {"amount": value.amount, "unit": value.unit, "hours": value.hours()}
    if isinstance(value, values.Amount):
        return str(value), {"amount": value.value, "currency": value.currency, "period": value.period}
    return str(value), {}


_PLACED = re.compile(r"\b(?:located|gelegen|situes?|locati\w*|locali[sz]\w*|lokali\w*)\b")
_OF_DATA = re.compile(r"\b(?:data|gegevens|donnees?|persoonsgegevens|server\w*|serveur\w*|host\w*|heberg\w*|"
                      r"datacent\w*|data cent\w*|centres? de donnees|process\w*|verwerk\w*|traitement\w*|stor\w*|"
                      r"opgeslagen|opslag|stocke\w*|backups?|sauvegardes?|cloud|subverwerk\w*|sub-?process\w*|"
                      r"sous-traitant\w*)\b")


def _transfers(item: Item, sentences: list[Unit], min_score: float) -> Cell:
    """Countries outside the EEA that personal data may go to (named in sentences on transfers or location, and
    in the rows of sub-processor tables), with the basis the agreement gives; "none" when it keeps data inside."""
    outside: list[str] = []
    basis: list[str] = []
    best: Candidate | None = None
    inside: Candidate | None = None
    # "Support is provided by its affiliate in Bengaluru, India. That transfer is governed by the standard
    # contractual clauses …": the clause that gives the transfer its basis speaks of it in each of its sentences
    # (or names a basis only a transfer has: "processes personal data in the United Kingdom, on the basis of the
    # adequacy decision …")
    founded = {u.clause.seq for u in sentences if item.topic.search(u.folded)
               and any(pattern.search(u.folded) for _, pattern in _BASIS) or _TRANSFER_BASIS.search(u.folded)}
    for unit in sentences:
        if _is_preamble(unit.clause.label):
            continue
        sentence, folded, clause = unit.text, unit.folded, unit.clause
        if item.avoid is not None and item.avoid.search(folded):
            continue
        score = _score(item, unit)
        if score is not None and clause.seq in founded and "|" not in sentence:
            score += 1
        if score is not None and _PLACED.search(folded) and not _OF_DATA.search(folded):
            # "located", "gelegen", "situés" speak of where data are only in a sentence about data or systems
            # ("publishers located in the United States, Canada, …" is about people)
            score = None
        # the UK and Switzerland named beside the EEA are the regions protected ("the EEA, the UK and
        # Switzerland"), not where data goes; the UK only counts when the sentence says it is outside or sends
        # data there, or its clause gives a transfer its basis ("… support from the United Kingdom. That transfer
        # rests on the adequacy decision …")
        european = bool(_EUROPE.search(folded))
        named = [c for c in values.countries(sentence) if c not in values.EEA
                 and not (c in ("GB", "CH") and european)
                 and (c != "GB" or _OUTSIDE.search(folded) or _TO_THE_UK.search(folded) or clause.seq in founded)]
        if score is None and not (named and ("|" in sentence or clause.seq in founded
                                             or re.search(r"subverwerk|sub-?process|sous-traitant", folded))):
            continue
        score = score or 2
        if named or _OUTSIDE.search(folded):
            for code in named:
                if code not in outside:
                    outside.append(code)
            for name, pattern in _BASIS:
                if pattern.search(folded) and name not in basis:
                    basis.append(name)
            if named and (best is None or score + 1 > best.score):
                best = Candidate(score + 1, clause.seq, clause, sentence, named)
        forbidden = _OUTSIDE.search(folded) and not named and _FORBIDDEN.search(folded)
        if (_INSIDE_ONLY.search(folded) or forbidden) and (inside is None or score > inside.score):
            inside = Candidate(score, clause.seq, clause, sentence, "none")
    if best is not None and best.score >= min_score:
        return _cell(item, best, min_score, ", ".join(sorted(outside)), {"countries": outside, "basis": basis})
    if inside is not None and inside.score >= min_score:
        return _cell(item, inside, min_score, "none", {"countries": [], "basis": []})
    return Cell(item.id, NOT_STATED)


def _cells(row: str) -> list[str]:
    return [" ".join(fold(cell).split()) for cell in row.strip().strip("|").split("|")]


# an item of a bulleted or lettered list ("- Cloudhuis NV, Gent (België)", "b) Mailflow SAS, Paris")
_LIST_LINE = re.compile(r"^\s*(?:[-•·*–▪]|\(?[a-z0-9]{1,2}[.)])\s+\S")
# ... that names a company (a list of duties under a sub-processors heading names none)
_COMPANY = re.compile(r"\b(?:N\.?V|B\.?V|BVBA|SA|SAS|SARL|SRL|SPRL|Ltd|Limited|Inc|LLC|GmbH|AG|plc|Corp\w*|"
                      r"S\.A|S\.p\.A|Oy|AB|ApS)\b\.?|"
                      # in lower case after a name ("Archivault nv"; not "bv." for "bijvoorbeeld")
                      r"(?<=\w )(?:nv|bv|bvba|srl|sprl)\b(?!\.)")


def _table_list(item: Item, clauses: list[Clause], sentences: list[Unit], parties: list[str]) -> Cell:
    """A list given as a table (the sub-processors annex), or as a bulleted list under a heading that names it:
    the clause whose heading or table header speaks of the item's topic and holds the most rows; its value is the
    number of rows and the countries they name ("4: BE, DE, IN, NL"), its quote the table or list as written."""
    best: tuple[int, Clause, int, int, list[str]] | None = None
    for clause in clauses:
        lines = clause.text.split("\n")
        rows = [i for i, line in enumerate(lines) if CELL_SEPARATOR in line]
        if len(rows) >= 2:
            header = lines[rows[0]]
            if not (item.topic.search(_heading(clause)) or item.topic.search(fold(header))):
                continue
            # a header repeated on the next page, or a row's continuation (an empty first cell), is no new row
            data = [lines[i] for i in rows[1:] if _cells(lines[i]) != _cells(header) and _cells(lines[i])[0]]
        else:
            # (not the line that opens the list: "(4) Les sous-traitants ultérieurs autorisés sont :")
            rows = [i for i, line in enumerate(lines) if _LIST_LINE.match(line) and not line.rstrip().endswith(":")]
            if len(rows) < 2:
                # a list without bullets: a line per company under the heading ("Scanpoint Ltd, Manchester
                # (Verenigd Koninkrijk): indexering …" / "Archivault nv, Mechelen (België): …")
                rows = [i for i, line in enumerate(lines) if i and line[:1].isupper() and _COMPANY.search(line)]
            if (len(rows) < 2 or not item.topic.search(_heading(clause))
                    or 2 * sum(bool(_COMPANY.search(lines[i])) for i in rows) < len(rows)):
                continue
            header, data = lines[rows[0]], [lines[i] for i in rows]
        if best is None or len(data) > best[0]:
            found = sorted({code for line in data for code in values.countries(line, towns=True)})
            start = clause.text.index(header)
            end = clause.text.index(lines[rows[-1]], start) + len(lines[rows[-1]])
            best = (len(data), clause, start, end, found)
    if best is None or best[0] == 0:
        return _named_in_a_sentence(item, sentences, parties)
    count, clause, start, end, found = best
    value = f"{count}: {', '.join(found)}" if found else str(count)
    return Cell(item.id, STATED, value, {"count": count, "countries": found}, clause.text[start:end], clause.label,
                clause.pages, 1.0)


def _named_in_a_sentence(item: Item, sentences: list[Unit], parties: list[str]) -> Cell:
    """A short list written as a sentence ("The Council authorises Nimbus Cloud Services Limited, Dublin,
    Ireland, to host the platform."): the first sentence on the item's topic, in its words or under its heading,
    that names companies other than the parties; its value counts their legal forms."""
    for unit in sentences:
        if _is_preamble(unit.clause.label) or not (item.topic.search(unit.folded) or item.topic.search(unit.heading)):
            continue
        text = unit.text
        for name in parties:  # (the processor's own name: "Tessellate Analytics Limited shall not engage …")
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
        count = len(_COMPANY.findall(text))
        if count:
            found = sorted(set(values.countries(text, towns=True)))
            value = f"{count}: {', '.join(found)}" if found else str(count)
            return Cell(item.id, STATED, value, {"count": count, "countries": found}, unit.text, unit.clause.label,
                        unit.clause.pages, 0.5)
    return Cell(item.id, NOT_STATED)


# a start tied to the signing ("entre en vigueur le jour de sa signature par la dernière des parties", "treedt in
# werking op de datum van ondertekening", "takes effect on the date of its signature"), folded
_AT_SIGNATURE = re.compile(r"\b(?:jour|date) de (?:sa |la |leur )?signature|\bdes (?:sa |la )?signature|"
                           r"\ba compter de (?:sa |la |leur )?signature|\bvanaf (?:de |haar |zijn )?ondertekening|"
                           r"\b(?:datum|dag) van (?:de )?ondertekening|\bbij (?:de )?ondertekening|"
                           r"\b(?:date|day) (?:of|on which) (?:its |the )?(?:signature|signing|execution)|"
                           r"\bupon (?:its |the )?(?:signature|signing|execution)")


def _at_signature(item: Item, sentences: list[Unit], signed: str) -> list[Candidate]:
    """A date item stated as the day of signing: the signature block's date (the last party's)."""
    return [Candidate(score, unit.clause.seq, unit.clause, unit.text, signed) for unit in sentences
            if (score := _score(item, unit)) is not None and _AT_SIGNATURE.search(unit.folded)]


def _signed(item: Item, info: DocumentInfo, clauses: list[Clause]) -> Cell:
    if not info.signed:
        return Cell(item.id, NOT_STATED)
    block = next((c for c in clauses if c.label == "Signatures"), None)
    quote = next((s for s in (_sentences(block) if block else []) if info.signed in values.dates(s)), None)
    return Cell(item.id, STATED, info.signed, {}, quote, block.label if block else None,
                block.pages if block else None, 1.0 if quote else 0.5)


def extract_grid(info: DocumentInfo, clauses: list[Clause], thresholds: dict[str, float] | None = None,
                 kind: str | None = None) -> Grid:
    """The grid of one agreement: a cell per item of items.ITEMS, in that order. `kind`: read the clauses as
    this kind of agreement (an addendum's clause as part of the agreement it amends)."""
    kind = kind or agreement_kind(info, clauses)
    thresholds = thresholds or min_scores()
    sentences = units(clauses)
    roles = _roles(info)
    cells = []
    for item in ITEMS:
        if kind not in item.applies_to:
            cells.append(Cell(item.id, NOT_APPLICABLE))
        elif item.kind == "signed":
            cells.append(_signed(item, info, clauses))
        elif item.kind == "countries":
            cells.append(_transfers(item, sentences, thresholds[item.id]))
        elif item.kind == "list":
            cells.append(_table_list(item, clauses, sentences, _party_names(info)))
        else:
            candidates = _candidates(item, sentences, roles)
            if item.kind == "date" and not candidates and info.signed:
                candidates = _at_signature(item, sentences, info.signed)
            best = max(candidates, key=_rank, default=None)
            if best is not None:
                best = _pointed_to(best, candidates)
            if best is not None and best.value == "stated" and item.kind == "duration or present":
                # the period may stand in the next sentence of the same clause ("... préavis de dix (10) jours")
                best = next((c for c in candidates if c.clause.seq == best.clause.seq and c.value != "stated"), best)
            elif (best is not None and best.value == "stated" and item.kind == "term"
                  and values.dates(best.sentence) and not _OPEN_ENDED.search(fold(best.sentence))):
                # a sentence that only says when the agreement starts ("§1. … entre en vigueur le 1er mars 2025."):
                # the term may stand in the next paragraph of its article ("§2. Elle est conclue pour trois ans.")
                best = next((c for c in candidates if c.value != "stated" and c.score >= best.score - 1
                             and c.clause.parent == best.clause.parent), best)
            if best is None or best.score < thresholds[item.id]:
                cells.append(_nature_in_subject(item, cells, roles) or Cell(item.id, NOT_STATED))
            else:
                value, data = _typed(best.value)
                cells.append(_cell(item, best, thresholds[item.id], value, data))
    return Grid(info.document, kind, tuple(cells))


def _nature_in_subject(item: Item, cells: list[Cell], roles: dict[str, re.Pattern]) -> Cell | None:
    """The nature of the processing said only by what the processor does in the clause on the subject matter
    ("De Verwerker digitaliseert de papieren bouwdossiers …, indexeert ze en bewaart …", "Le sous-traitant organise
    … : planification des circuits, gestion des inscriptions …"): that sentence, less surely than in words that
    name a nature or purpose."""
    subject = next((c for c in cells if c.item == "subject_matter"), None)
    if item.id != "nature_purpose" or subject is None or subject.status != STATED \
            or not roles["processor"].search(fold(subject.quote or "")):
        return None
    return replace(subject, item=item.id, confidence=round(subject.confidence / 2, 2))
