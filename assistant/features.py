"""What is known about a candidate sentence for a question, as numbers a fitted model weighs
(assistant/ranker.json, refit by `python -m evals.fit_ranker`). Pure functions: no store, no model.

- coverage: the idf-weighted share of the question's terms the sentence holds (or a word of the same meaning in
  another language, ingest/lexicon.py); `framed`: the share only its clause heading holds;
- the kind of answer asked (a duration, an amount, a date, a place, a party, how often) and whether the sentence
  holds one;
- the roles the question and the sentence speak of (processor, controller, supervisory authority — also by the
  parties' names), so that the controller's duty towards the authority is not quoted for the processor's;
- where the sentence stands: its clause's retrieval rank and scores, its position in the clause, its length,
  whether it lies outside the main numbering (a cover decision) or in an annex, and whether it is written in
  another language than the question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ingest.labels import is_annex_label
from ingest.lexicon import LANGUAGES, covered, meets
from ingest.segment import is_secondary_scope
from ingest.text import STOPWORDS, compound_stems, fold, stems
from review.items import AUTHORITY
from review.values import countries

FEATURES = (
    "coverage", "content_coverage", "framed", "term_share", "clause_rank", "clause_score", "dense_gap", "lexical",
    "kind_match", "kind_missing", "has_number", "role_match", "role_missing", "authority_extra",
    "position", "length", "secondary", "annex", "cross_language", "heading_share", "list",
)

_TENS = r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
_NUMBER_WORD = (rf"een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|{_TENS}|\w+(?:en|ën){_TENS}|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|un|une|deux|trois|quatre|"
                r"cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|"
                r"quatre-vingt-dix")
_ORDINAL = (r"\d{1,2}(?:ste|de|e|st|nd|rd|th|ème|er)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|"
            r"negende|tiende|vijftiende|twintigste|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"fifteenth|twentieth|premier|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|"
            r"neuvième|dixième|quinzième|vingtième")
_DURATION = re.compile(rf"\b(?:\d+|(?:[a-zà-ÿ]+-)*(?:{_NUMBER_WORD}))\)?\s*(?:\(\d+\)\s*)?(?:kalender|werk|working |business |"
                       r"calendar |ouvrables? )?(?:uur|uren|u|hours?|heures?|h|dagen|dag|days?|jours?|"
                       r"weken|weeks?|semaines?|maanden|months?|mois|jaren|jaar|years?|ans?|années?|minuten|minutes?)\b"
                       # (French qualifies the unit after it: "cinq jours ouvrables", "trente jours calendrier")
                       r"(?:\s+(?:ouvrables?|ouvrés|calendaires?|calendrier)\b)?|"
                       # a deadline as a day of each period: "uiterlijk op de tiende werkdag van elke maand", "by the
                       # fifth business day", "au plus tard le cinquième jour ouvrable"
                       rf"\b(?:{_ORDINAL})\s+(?:(?:werk|kalender)?dag|(?:working |business |calendar )?day|"
                       r"jour(?:\s+(?:ouvrable|ouvré|calendrier))?)\b",
                       re.IGNORECASE)
# money, and the amounts that are money or a percentage
_MONEY = re.compile(r"(?:€|EUR\b|euros?\b|USD|\$|£|GBP)\s*\d[\d.,]*(?:\s\d{3})*(?:,\d+)?|"
                    r"\d[\d.,]*(?:\s\d{3})*\)?\s*(?:€|EUR\b|euros?\b|USD|\$|dollars?\b|£|GBP)", re.IGNORECASE)
_AMOUNT = re.compile(rf"{_MONEY.pattern}|\d[\d.,]*(?:\s\d{{3}})*\)?\s*(?:%|procent\b|percent\b|pour\s?cent\b)",
                     re.IGNORECASE)
# A number of things ("twee exemplaren", "ten (10) consecutive attempts", "3 sub-processors"): a number (not "een",
# "one", "un", which are articles too) before a word that is no unit of time, money or share, nor a month (a date)
_COUNT = re.compile(r"\b(?:\d{1,5}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|deux|trois|quatre|"
                    r"cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt))(?:\s*\(\d{1,5}\))?\s+"
                    r"(?!(?i:(?:kalender|werk|working|business|calendar|uur|uren|hours?|heures?|dagen|dag|days?|"
                    r"jours?|weken|weeks?|semaines?|maanden|months?|mois|jaren|jaar|years?|ans?|années?|minuten|"
                    r"minutes?|euros?|eur|procent|percent|pour|keer|times|fois|van|of|de|du|des|et|en|and|or|ou)\b|"
                    r"(?:janua|februa|maart|april|mei|juni|juli|augus|septe|oktob|octob|novem|decem|janvi|févri|mars|"
                    r"avril|mai|juin|juil|août|march|may|june|july)\w*\b))"
                    # (a word in lower case: "3390 Hemelrijk" is a postcode and its town)
                    r"[a-zà-ÿ][\w-]{2,}")
# ... that is no reference ("artikel 28 lid 3", "Article 32 GDPR", "bijlage 2 bevat")
_COUNT_REFERENCE = re.compile(r"(?:artikel|article|art\.|clause|clausule|section|bijlage|annexe?|schedule|lid|"
                              r"paragraph|punt|point|nr\.|no\.|nummer|number|numéro|§)\s*$", re.IGNORECASE)
_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|janvier|"
           r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|"
           r"may|june|july|august|october")
_DATE = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
                   rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\s+\d{{4}}|\b(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}",
                   re.IGNORECASE)
_PLACE = re.compile(r"\b(?:land|landen|lidsta\w*|ruimte|EER|EEA|EU|Europ\w*|Belgi\w*|countr\w+|territor\w*|pays|"
                    r"datacent\w*|data cent\w+|locatie\w*|location\w*|région\w*|regio\w*|[A-Z][a-z]+land|"
                    r"Frankrijk|France|Duitsland|Germany|Allemagne|Ierland|Ireland|Irlande|Nederland|Netherlands|"
                    r"Pays-Bas|Luxemb\w+|Verenigde Staten|United States|États-Unis|USA|US|India|Inde)\b")
# A person as a text names one: introduced ("mevrouw …", "represented by") or by an e-mail address ...
_PERSON_NAMED = (r"\b(?:de heer|mevrouw|dhr\.|mevr\.|Mr|Mrs|Ms|Dr|Monsieur|Madame|Mme|M\.|Me)\.?\s+[A-ZÀ-Ý]|@|"
                 r"\b(?:vertegenwoordigd door|represented by|représentée? par|ondertekend door|signed by|signé par|"
                 r"Naam|Name|Nom)\b")
# ... or on a signature line, a name and its function (": Lotte Verbeke, zaakvoerder"; a person asked: also at a
# line's start, "Voor Parkora NV,\nSofie Maes, gedelegeerd bestuurder")
_SIGNATURE_LINE = r"\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+(?:van |de |le |du )?[A-ZÀ-Ý][\w'’-]+)+,\s*[a-zà-ÿ]"
_PERSON_STATED = re.compile(rf"{_PERSON_NAMED}|(?:^|\n|:){_SIGNATURE_LINE}")
# ... and a party: also a company by its legal form, or whoever signs on behalf of one
_PARTY = re.compile(r"\b[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*\s+(?:NV|BV|BVBA|SA|SAS|SRL|SPRL|ASBL|VZW|Ltd|LLC|Inc|"
                    rf"GmbH|bv|nv)\b|\b(?:namens|on behalf of|pour le compte de)\b|{_PERSON_NAMED}|:{_SIGNATURE_LINE}")
# The kind of answer a question asks for, by the question words of the three languages.
_ASKS = {
    "duration": re.compile(r"\b(?:hoe lang|hoeveel (?:uur|uren|dagen|werkdagen|weken|maanden|jaar|tijd)|"
                           r"binnen (?:welke|hoeveel)|\w*termijn(?:en)?|hoe snel|tegen wanneer|by when|d'ici quand|"
                           r"how much notice|how far (?:ahead|in advance)|how (?:long|many (?:hours|days|"
                           r"weeks|months|years|business days|working days)|quickly|soon|much time)|within what|"
                           r"what period|what notice|combien de (?:temps|jours|heures|mois|semaines|ans)|"
                           r"dans quel délai|quel délai|délais?|préavis|periods?|deadlines?|notice periods?)\b",
                           re.IGNORECASE),
    # (Dutch compounds: "aansprakelijkheidsplafond", "maximumbedrag")
    # (an availability or uptime is a percentage, which the amounts hold: "99,5 %")
    "amount": re.compile(r"\b(?:hoeveel (?:bedraagt|kost|euro|betaalt|betalen|rekent)|welk bedrag|\w*bedrag(?:en)?|"
                         r"\w*plafonds?|maximum|how much|amounts?|caps?|fees?|prices?|wat kost(?:en|t)?\b|"
                         r"\bwhat (?:does|do|did|will) (?:[\w'-]+ ){1,10}?cost\b|"
                         r"combien (?:coûte|co[uû]te|paie|paye|payer|facture)|quels? montants?|"
                         r"montants?|prix|percentage|pourcentage|"
                         # "Quelle est la limite de responsabilité ?": the cap
                         r"(?:limite|limit|grens) (?:de |of |van )?(?:la |the |de )?(?:responsabilit\w*|liabilit\w*|"
                         r"aansprakelijk\w*)|"
                         r"(?:what|which|welke?|quel(?:le)?) (?:\w+ ){0,2}(?:uptime|availability|beschikbaarheid|"
                         r"disponibilité)|taux de disponibilité|"
                         # "Welke vergoeding betaalt …?", "Quelle redevance …?": a sum of money
                         r"(?:what|which|welke?|quel(?:le)?s?) (?:\w+ )?(?:\w*vergoeding(?:en)?|prijs|prijzen|"
                         r"redevances?|tarifs?|rémunération|charges?))\b", re.IGNORECASE),
    # "by when" / "tegen wanneer" / "d'ici quand" ask for a deadline: a duration, not a date (a signature's date
    # is no deadline)
    # "when" asks for a date where it opens the question or a part of it ("When …", "Since when …", "…, and when
    # …"), not as a conjunction ("What happens to our data when the contract ends?", "Wat gebeurt er wanneer …")
    "date": re.compile(r"(?:^\W*|[,;]\s*|\b(?:and|en|et|or|of|ou)\s+)(?:(?:since|until|from|sinds|vanaf|tot|depuis|"
                       r"jusqu'à|à partir de)\s+)?(?:when|wanneer|quand)\b|"
                       r"\b(?:op welke datum|datum|what date|which date|effective date|quelle date|date)\b",
                       re.IGNORECASE),
    "place": re.compile(r"\b(?:waar|waarheen|in welk(?:e)? land\w*|welke landen|where|which countr\w+|what countr\w+|"
                        r"où|dans quel\w* pays|quels pays)\b", re.IGNORECASE),
    "party": re.compile(r"\b(?:wie|welke partij|door wie|who|whom|which party|qui|quelle partie|par qui)\b",
                        re.IGNORECASE),
    # "How many people work …?", "Combien de rappels …?": a number of things (not of hours, euros or times: the
    # kinds above, which asked_kinds keeps instead)
    "count": re.compile(r"\b(?:how many|hoeveel|combien (?:de |d['’]))", re.IGNORECASE),
    "frequency": re.compile(r"\b(?:hoe vaak|hoe dikwijls|hoe frequent|hoeveel keer|frequentie|periodiciteit|"
                            r"how often|how frequently|how many times|frequency|à quelle fréquence|fréquence|"
                            r"combien de fois|périodicité)\b", re.IGNORECASE),
}
_FREQUENCY = re.compile(
    r"\b(?:dagelijks\w*|wekelijks\w*|maandelijks\w*|driemaandelijks\w*|jaarlijks\w*|eenmaal|tweemaal|"
    r"(?:één|een|twee) keer|per (?:dag|week|maand|kwartaal|jaar|kalenderjaar)|elke (?:dag|werkdag|week|maand|jaar)|"
    r"daily|weekly|monthly|quarterly|annually|yearly|once|twice|per (?:day|week|month|quarter|year|calendar year)|"
    r"(?:every|each) (?:day|business day|working day|week|month|quarter|year)|quotidien\w*|hebdomadaire\w*|"
    r"mensuel\w*|trimestriel\w*|annuel\w*|(?:une|deux) fois|par (?:jour|semaine|mois|trimestre|an|année)|"
    r"chaque (?:jour|semaine|mois|trimestre|année))\b", re.IGNORECASE)
_VALUE = {"duration": _DURATION, "amount": _AMOUNT, "date": _DATE, "place": _PLACE, "party": _PARTY,
          "frequency": _FREQUENCY, "count": _COUNT}
# A price or fee asked ("Hoeveel bedraagt de maandvergoeding?") is money: a percentage of it ("nooit meer dan 25 %
# van de maandvergoeding") does not state it; a share, credit or availability asked is a percentage.
_ASKS_MONEY = re.compile(r"\b(?:\w*vergoeding(?:en)?|prijs|prijzen|\w*kost(?:en|prijs)?|tarie\w*|fees?|prices?|"
                         r"costs?|charges?|redevances?|tarifs?|prix|co[uû]ts?|abonnement\w*|subscription)\b",
                         re.IGNORECASE)
# (a change of a price is a share of it too: "De combien les prix peuvent-ils être révisés ?" — 4 %)
_ASKS_SHARE = re.compile(r"%|\b(?:\w*percent\w*|procent|pourcentage|\w*krediet\w*|credits?|crédits?|korting|"
                         r"discount|remise|uptime|availability|beschikbaarheid|disponibilité|révis\w*|revis\w*|"
                         r"herzien\w*|herziening|index\w*|augment\w*|increas\w*|verhog\w*|stijg\w*)\b",
                         re.IGNORECASE)


# A number of a unit asked ("Within how many hours …", "Combien d'années …") is no period of the other end of the
# scale: hours and minutes are not answered by months or years, nor years by hours.
_ASKED_UNIT = re.compile(r"\b(?:how many|hoeveel|combien d['e]\s*)\s*(hours?|uur|uren|heures?|minutes?|minuten|"
                         r"months?|maanden|mois|years?|jaar|jaren|ans|années)\b", re.IGNORECASE)
_SHORT = re.compile(r"\b(?:hours?|uur|uren|heures?|minutes?|minuten|u|h)\b", re.IGNORECASE)
_LONG = re.compile(r"\b(?:months?|maanden|maand|mois|years?|jaar|jaren|ans?|années?)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _asked_scale(question: str) -> re.Pattern | None:
    """The units that cannot answer the number of a unit the question asks for."""
    unit = _ASKED_UNIT.search(question)
    if unit is None:
        return None
    return _LONG if _SHORT.fullmatch(unit.group(1)) else _SHORT


@lru_cache(maxsize=1024)
def asks_money(question: str) -> bool:
    return bool(_ASKS_MONEY.search(question)) and not _ASKS_SHARE.search(question)


# How long something is kept, asked ("Combien de temps X conserve-t-il les rapports d'audit ?") and said — or when it
# is deleted, which ends the keeping ("De logbestanden worden na twee jaar gewist")
# ("keep supporting the migration" is to go on doing, not to keep something; the words whole, not the start of a
# name: "Archivia", "Stockholm")
_KEEP = (r"bewaar\w*|bewaring|bijgehouden|bijhouden|bijhoudt|opgeslagen|opslaan|conserv\w*|"
         r"(?:stock|archiv)(?:e|es|er|ez|é|ée|és|ées|ed|ing|age)\b|archiveer\w*|gearchiveerd|"
         r"keeps?\b(?!\s+\w+ing\b)|keeping|kept|retain\w*|retention|stor(?:e|ed|es|age)\b")
_KEEPING = re.compile(rf"\b(?:{_KEEP})", re.IGNORECASE)
_KEEPING_OR_DELETING = re.compile(rf"\b(?:{_KEEP}|verwijder\w*|gewist|wissen|vernietig\w*|delet\w*|eras\w*|"
                                  r"destroy\w*|destruction|supprim\w*|suppression|effac\w*|detrui\w*|détrui\w*|"
                                  r"overschreven|overwritten|écras\w*|ecras\w*|purg\w*|"
                                  # a log for a period is kept for it: "journalisation des accès pendant un an"
                                  r"(?:journali\w*|journaux|logg\w*|logbestand\w*|logs?)\b[^.;\n]{0,40}?\b"
                                  r"(?:pendant|durant|gedurende|during|for)\s+(?:\S+\s+){0,2}?(?:ans?|années?|jaar|"
                                  r"jaren|maanden|mois|months?|years?|jours|dagen|days|weken|weeks|semaines)\b)",
                                  re.IGNORECASE)


def asks_keeping(question: str) -> bool:
    """The question speaks of keeping something: how long is then a period of keeping."""
    return bool(_KEEPING.search(question))


# When an agreement ends or starts, asked ("When does the NDA expire?"), is also said relative to another date:
# "This Agreement expires three (3) years after the Effective Date"
_ASKS_END_OR_START = re.compile(r"\b(?:expir\w*|ends?|ended|terminat\w*|eindigt|afloop\w*|loopt af|vervalt|"
                                r"prend fin|fin|begin\w*|starts?|ingaat|gaat in|in werking|takes effect|effect\w*|"
                                r"vigueur)\b", re.IGNORECASE)
# "Until when does the agreement run?" asks for the date it ends, which the text may give after the one it starts
_ASKS_END = re.compile(r"\b(?:until|till|tot wanneer|jusqu'(?:à|a) quand|expir\w*|ends?|ended|eindigt|afloop\w*|"
                       r"loopt af|vervalt|prend fin|end date|einddatum|date de fin)\b", re.IGNORECASE)
_ENDS_ON = re.compile(r"\b(?:tot(?: en met)?|until|till|through|up to(?: and including)?|jusqu'(?:au|à)|"
                      r"expires? on|ends? on|eindigt op|vervalt op|prend fin le|expire le)\s+(?:the\s+|le\s+)?$",
                      re.IGNORECASE)
# "When are the data of an appointment deleted?" — "thirty days after the appointment": when something happens may
# be a period after another event; "On which date …" asks for a date, and so does when the agreement was signed
_ASKS_WHEN = re.compile(r"\b(?:when|wanneer|quand)\b(?!.*\b(?:sign\w*|ondertek\w*|dated|gedateerd|dat[ée]e?)\b)",
                        re.IGNORECASE)
_RELATIVE_DATE = re.compile(rf"(?:{_DURATION.pattern})\s+(?:after|before|following|from|na|vóór|voor|vanaf|"
                            r"après|avant|à compter)\b[^.,;:()]{0,40}", re.IGNORECASE)


def _counts_asked(counted: str, question: str) -> bool:
    """Whether the words a number counts (the three after it) are what the question counts, in any of the three
    languages: "ten (10) consecutive incorrect password attempts" answers "after how many … attempts", "in twee
    originelen" does not answer how many parking permits are issued."""
    words = re.findall(r"[^\W\d_][\w'-]+", counted)[:3]
    asked = {stem for language in LANGUAGES for stem in stems(question, language)}
    return any(meets(stem, language, asked, foreign=True)
               for language in LANGUAGES for stem in stems(" ".join(words), language))


def _stated(kind: str, text: str, question: str) -> re.Match | None:
    """The first value of the kind in the text that can answer the question: a fee asked is money (a percentage of
    it is not), a number of hours asked is no period of months or years (nor the reverse), how long something is
    kept is stated where keeping (or deleting) is spoken of — not by an audit's notice period — and when an
    agreement ends or starts, or when something happens, may be a period after another date."""
    if kind == "amount" and asks_money(question):
        return _MONEY.search(text)
    if kind == "party" and _ASKS_PERSON.search(question):  # a person asked: a company's name does not answer
        return _PERSON_STATED.search(text)
    if kind == "date" and (_ASKS_END_OR_START.search(question) or _ASKS_WHEN.search(question)):
        dates = list(_DATE.finditer(text))
        if _ASKS_END.search(question):  # "… treedt in werking op 1 januari 2027 en loopt … tot en met 31 december 2031"
            dates = [d for d in dates if _ENDS_ON.search(text[max(0, d.start() - 30):d.start()])] + dates
        return dates[0] if dates else _RELATIVE_DATE.search(text)
    if kind == "duration" and asks_keeping(question) and not _KEEPING_OR_DELETING.search(text) and "|" not in text:
        return None  # (a table's row says it in its header: "Durée de conservation")
    if kind == "count":
        return next((m for m in _COUNT.finditer(text) if _counts_asked(text[m.start():m.end() + 40], question)
                     and not _COUNT_REFERENCE.search(text[max(0, m.start() - 12):m.start()])), None)
    other_scale = _asked_scale(question) if kind == "duration" else None
    if other_scale is not None:
        return next((m for m in _DURATION.finditer(text) if not other_scale.search(m.group())), None)
    return _VALUE[kind].search(text)


_DIGIT = re.compile(rf"\d|\b(?:{_NUMBER_WORD})\b", re.IGNORECASE)

# Roles, by the words of the three languages; the parties' own names are added per document (`role_words`).
_ROLE_WORDS = {
    "processor": "verwerker verwerkers sous-traitant prestataire leverancier dienstverlener processor vendor "
                 "supplier provider",
    "controller": "verwerkingsverantwoordelijke verantwoordelijke opdrachtgever klant responsable client "
                  "controller customer",
    "authority": "toezichthoudende gegevensbeschermingsautoriteit GBA toezichthouder autoriteit autorité APD CNIL "
                 "supervisory authority regulator ICO commissioner datenschutzbehörde",
    "subject": "betrokkene betrokkenen concernée concernées subject subjects",
}


# "Without undue delay" answers "how quickly" as much as "48 hours" does.
_PROMPTLY = re.compile(r"\b(?:onverwijld|onmiddellijk|zo (?:snel|spoedig) mogelijk|zonder (?:onnodige |onredelijke )?"
                       r"(?:vertraging|uitstel)|without (?:undue )?delay|immediately|promptly|forthwith|"
                       r"as soon as (?:possible|practicable)|sans (?:délai|retard)|dans les meilleurs délais|"
                       r"immédiatement|sans retard (?:injustifié|indu))\b", re.IGNORECASE)
# Kinds whose question words ask for nothing else and whose values the patterns find in all three languages:
# "when" may ask for a condition and "who" or "where" for a name the patterns do not know, so only these four
# say that an agreement does not state what is asked when no candidate sentence holds one.
CHECKABLE_KINDS = frozenset({"duration", "amount", "frequency", "count"})


# Words that name a kind of value, or ask for how often: a text holding a value of that kind answers them ("on what
# date?" is answered by "3 October 2025", "what is the deadline?" by "within 48 hours", "how often?" by "twice in
# any twelve-month period"). Not "how long": too many neighbouring periods answer it ("How long are access logs
# kept?" and the backups' 35 days).
_KIND_WORDS = {
    "date": "datum date dates",
    "duration": "termijn termijnen deadline deadlines délai délais period periode période",
    "amount": "bedrag bedragen amount amounts montant montants",
    "frequency": "frequentie frequency fréquence périodicité periodiciteit vaak dikwijls often frequently souvent "
                 "fois keer times",
}


# Countries outside the European Economic Area, as agreements name them in the three languages (the usual
# destinations of transfers): a text naming one answers "buiten de EER?", "hors de l'Union ?", "outside Europe?".
_OUTSIDE_EEA = re.compile(
    r"\b(?:Verenigde Staten|United States|(?:É|E)tats-Unis|USA|U\.S\.A?\.?|Verenigd Koninkrijk|United Kingdom|"
    r"Royaume-Uni|Groot-Brittannië|Great Britain|Grande-Bretagne|UK(?! GDPR)|Zwitserland|Switzerland|Suisse|"
    r"India|Inde|"
    r"Canada|Isra[eë]l|Japan|Japon|China|Chine|Marokko|Morocco|Maroc|Oekraïne|Ukraine|Singapore|Singapour|"
    r"Australi[eë]|Australia|Filipijnen|Philippines|Brazilië|Brazil|Brésil|Zuid-Korea|South Korea|Corée du Sud|"
    r"Nieuw-Zeeland|New Zealand|Nouvelle-Zélande|Turkije|Turkey|Turquie|Servië|Serbia|Serbie|Rusland|Russia|"
    r"Russie|Zuid-Afrika|South Africa|Afrique du Sud|Mexico|Mexique|Argentinië|Argentina|Argentine|Vietnam|"
    r"Tunesië|Tunisia|Tunisie|Egypte|Egypt|Indonesië|Indonesia|Indonésie|Maleisië|Malaysia|Malaisie|Pakistan|"
    r"Bangladesh|Sri Lanka)\b")
_OUTSIDE_EEA_WORDS = ("buiten derde landen eer eu europa europese unie outside third countries eea europe european "
                      "union hors tiers pays eee ue union européenne")


# The GDPR's names written out, which agreements and questions also write as their initials ("de EER", "GDPR")
_SPELLED_OUT = [
    (re.compile(r"europese economische ruimte|european economic area|espace [ée]conomique europ[ée]en", re.I),
     "eer eea eee"),
    (re.compile(r"europese unie|european union|union europ[ée]enne", re.I), "eu ue"),
    (re.compile(r"algemene verordening gegevensbescherming|general data protection regulation|"
                r"r[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es", re.I), "avg gdpr rgpd"),
    (re.compile(r"functionaris (?:voor )?(?:de )?gegevensbescherming|data protection officer|"
                r"d[ée]l[ée]gu[ée]e? (?:à|a) la protection des donn[ée]es", re.I), "dpo"),
]


@lru_cache(maxsize=1)
def _outside_eea_stems() -> frozenset[str]:
    return frozenset(t for language in ("nl", "fr", "en") for t in stems(_OUTSIDE_EEA_WORDS, language))


def outside_eea_terms(text: str) -> frozenset[str]:
    """The stems of "outside the EEA" in the three languages when the text names a country there."""
    return _outside_eea_stems() if _OUTSIDE_EEA.search(text) else frozenset()


def initials(text: str) -> frozenset[str]:
    """The initials of the GDPR names a text writes out ("Europese Economische Ruimte": eer, eea, eee)."""
    return frozenset(t for pattern, letters in _SPELLED_OUT if pattern.search(text) for t in letters.split())


# a short word of a person's or a company's name that is also a stopword ("mevrouw An Peeters", "Wie is An
# Peeters?"), mid-sentence before another capitalised word: a term of its own, or the name's other words alone meet
# another person ("Dr. Lena Peeters")
_NAME_PART = re.compile(r"(?<!\S)[a-zà-ÿ][\w'’-]*,? ([A-ZÀ-Ý][a-zà-ÿ]{1,2})(?= [A-ZÀ-Ý][a-zà-ÿ]+)")


def name_terms(text: str) -> frozenset[str]:
    """Names as terms of their own: the short words of names (_NAME_PART), and the countries named, in any language
    ("Royaume-Uni" meets "Verenigd Koninkrijk")."""
    return frozenset(f"{fold(m.group(1))}:name" for m in _NAME_PART.finditer(text) if fold(m.group(1)) in STOPWORDS) \
        | {f"{code}:country" for code in countries(text)}


def implied_terms(text: str) -> frozenset[str]:
    """Terms a text holds without writing them: initials, and "outside the EEA" when it names a country there; and
    the names' short words and countries (name_terms)."""
    return outside_eea_terms(text) | initials(text) | name_terms(text)


def kind_terms(text: str) -> frozenset[str]:
    """The stems, in the three languages, of the words naming a kind of value the text holds, and the terms it
    implies (implied_terms)."""
    words = " ".join(_KIND_WORDS[k] for k in value_kinds(text) & _KIND_WORDS.keys())
    return frozenset(t for language in ("nl", "fr", "en") for t in stems(words, language)) | implied_terms(text)


def states_asked_kind(text: str, kinds: frozenset[str], question: str = "") -> bool:
    """Whether the text holds a value of one of the checkable `kinds` ("48 uur", "€ 250.000", "onverwijld") that can
    answer the question (_stated)."""
    return any(_stated(k, text, question) for k in kinds & CHECKABLE_KINDS) or (
        "duration" in kinds and bool(_PROMPTLY.search(text)))


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of answer a question asks for ("Binnen hoeveel uur …" -> {"duration"})."""
    kinds = frozenset(kind for kind, pattern in _ASKS.items() if pattern.search(question))
    return kinds - {"count"} if len(kinds) > 1 else kinds  # ("how many hours": a duration)


def value_kinds(text: str) -> frozenset[str]:
    return frozenset(kind for kind, pattern in _VALUE.items() if pattern.search(text))


# A sentence that opens on a condition states one case of several ("Indien geen dossier wordt geopend, …", "If the
# breach concerns special categories, …"); its label ("§2", "(b)", "7.3") may come first.
_CASE = re.compile(r"^\W*(?:(?:§\s*)?\d+(?:[.)]\d+)*[.)]?\s+|\(?[a-z]\)\s+)?"
                   r"(?:indien|als|ingeval|in (?:het )?geval|si|dans le cas|en cas|au cas|if|where|"
                   r"in (?:the )?(?:case|event))\b", re.IGNORECASE)
# A question that names a case, however it words it (the answer is that case's alone) ...
_ASKS_CASE = re.compile(r"\b(?:indien|als|ingeval|in (?:het )?geval|si|lorsque|en cas|au cas|if|"
                        r"in (?:the )?(?:case|event)|unless|tenzij|sauf|when)\b", re.IGNORECASE)
# ... and the words of the case, where they can be told from the rest: up to the next comma ("… en cas de faute
# grave de Zorgdata ?" -> "faute grave de Zorgdata"; "als" only where it opens the question: elsewhere mostly "as")
_CASE_ASKED = re.compile(r"(?:^\W*als|\b(?:indien|ingeval|in (?:het )?geval (?:van|dat)|si|en cas d[e'’]|au cas où|"
                         r"dans le cas où|if|in (?:the )?(?:case|event) (?:of|that)|unless|tenzij|sauf si))"
                         r"\s+([^,;?]+)", re.IGNORECASE)


def asked_case(question: str) -> str | None:
    """The words of the case a question names ("If no file is opened, …" -> "no file is opened"), if any."""
    match = _CASE_ASKED.search(question)
    return match.group(1) if match else None


def states_a_case(text: str) -> bool:
    """Whether a sentence opens on a condition: it gives the answer for one case only."""
    return bool(_CASE.match(text))


def asks_a_case(question: str) -> bool:
    """Whether a question names the case it asks about ("If no file is opened, how long …")."""
    return bool(_ASKS_CASE.search(re.sub(r"^\W*when\b", "", question, flags=re.IGNORECASE)))  # "When must …" asks when


def role_words(parties: Iterable = ()) -> dict[str, frozenset[str]]:
    """role -> lower-case words naming it: the generic ones, and each party's name words and aliases."""
    words = {role: set(text.lower().split()) for role, text in _ROLE_WORDS.items()}
    for party in parties:
        role = getattr(party, "role", None)
        if role in words:
            for name in (party.name, *party.aliases):
                words[role] |= {w for w in re.findall(r"\w[\w-]{2,}", name.lower())
                                if w not in _LEGAL_FORMS}
    return {role: frozenset(w) for role, w in words.items()}


def folded_role_words(parties: Iterable = ()) -> dict[str, frozenset[str]]:
    """role_words folded like question text is (no accents), for matching folded text."""
    return {role: frozenset(fold(w) for w in names) for role, names in role_words(parties).items()}


_GENERIC_ROLE_WORDS = {w for text in _ROLE_WORDS.values() for w in text.lower().split()}
_LEGAL_FORMS = {"nv", "bv", "bvba", "sa", "srl", "sprl", "asbl", "vzw", "ltd", "llc", "inc", "gmbh", "the", "de",
                "het", "la", "le", "les", "van", "des", "and", "en", "et", "stad", "gemeente", "ville", "city"}


def roles_in(text: str, words: dict[str, frozenset[str]]) -> frozenset[str]:
    tokens = set(re.findall(r"\w[\w-]*", text.lower()))
    return frozenset(role for role, names in words.items() if tokens & names)


_SIDES = frozenset({"processor", "controller"})
# a "who" question that asks for a person, whom a side of the agreement named by its role or name does not answer
_ASKS_PERSON = re.compile(r"\b(?:wie is|who is|qui est|dpo|functionaris\w*|délégué|data protection officer|"
                          r"contact\w*|aanspreekpunt\w*|signe?\w*|ondertek\w*|sign\w*|vertegenwoordig\w*|"
                          r"représent\w*|represent\w*)\b", re.IGNORECASE)


def names_a_side(question: str, roles: frozenset[str]) -> bool:
    """A side of the agreement, named by its role or name (`roles`, from roles_in), answers "who" unless a person
    is asked: "Qui supporte les frais de l'audit ?" — "… sont à charge de l'ISPF"."""
    return bool(roles & _SIDES) and not _ASKS_PERSON.search(question)


def other_sides_duty(question: str, text: str, folded_words: dict[str, frozenset[str]]) -> bool:
    """The question speaks of one side only (the processor, by a role word or its name: `folded_words`, from
    folded_role_words) and the text of the other side only: "Binnen hoeveel uur moet Datavanger de GBA
    verwittigen?" is not answered by "De Verwerkingsverantwoordelijke beslist of de inbreuk binnen tweeënseventig
    uur aan de GBA wordt gemeld". A question that asks who ("Who must notify the authority of a breach at
    Datavanger?") asks which side's duty it is: either side's answers it."""
    if "party" in asked_kinds(question):
        return False
    # (folded, without the authority's words: they name no side, also in "Port Authority of Ostend")
    asked, said = (roles_in(AUTHORITY.sub(" ", fold(t)), folded_words) & _SIDES for t in (question, text))
    return len(asked) == 1 and bool(said) and not asked & said


class Question:
    """What is computed once per question for its candidate sentences."""

    def __init__(self, text: str, language: str, idf: Callable[[str], float], roles: dict[str, frozenset[str]],
                 asked: str | None = None):
        """`text` is what is asked, without the words that only chose the agreement; `asked` the question as the
        user wrote it, whose party names say which role it is about ("Wie vertegenwoordigt Digitaal
        Vlaanderen?")."""
        self.text, self.language, self.idf, self.roles = text, language, idf, roles
        self.terms = set(stems(text, language)) | initials(text) | name_terms(text)
        self.compounds = compound_stems(text, language)
        self.total = math.fsum(idf(t) for t in self.terms) or 1.0
        self.kinds = asked_kinds(text)
        self.asked_roles = roles_in(asked or text, roles)
        # Words of the parties' names pick the agreement; what is asked about it is in the other words.
        names = set(stems(" ".join(w for role in ("processor", "controller") for w in roles.get(role, ())
                                   if w not in _GENERIC_ROLE_WORDS), language))
        self.content = self.terms - names
        self.content_total = math.fsum(idf(t) for t in self.content) or 1.0


def sentence_features(q: Question, text: str, clause, retrieved, rank: int, index: int, count: int,
                      best_clause_score: float, best_dense: float, heading_terms: set[str]) -> tuple[dict, set]:
    """The features of one sentence (FEATURES) and the question terms it covers."""
    foreign = clause.language != q.language
    terms = set(stems(text, clause.language)) | set(stems(text, q.language)) | implied_terms(text)
    matched = covered(q.terms, q.language, terms, foreign, q.compounds)
    framed = covered(q.terms - matched, q.language, heading_terms, foreign, q.compounds)
    # (a percentage does not state a fee, nor ten years a number of hours)
    kinds = frozenset(k for k in _VALUE if _stated(k, text, q.text))
    roles = roles_in(text, q.roles)
    if "party" in q.kinds and names_a_side(q.text, roles):
        kinds |= {"party"}
    features = {
        "coverage": math.fsum(q.idf(t) for t in matched) / q.total,
        "content_coverage": math.fsum(q.idf(t) for t in matched & q.content) / q.content_total,
        "framed": math.fsum(q.idf(t) for t in framed) / q.total,
        "term_share": len(matched) / (len(q.terms) or 1),
        "clause_rank": 1.0 / (rank + 1),
        "clause_score": retrieved.score / best_clause_score if best_clause_score else 0.0,
        "dense_gap": (retrieved.dense_score or 0.0) - best_dense if retrieved.dense_score else -0.1,
        "lexical": math.log1p(retrieved.lexical_score or 0.0),
        "kind_match": float(bool(q.kinds & kinds)),
        "kind_missing": float(bool(q.kinds) and not q.kinds & kinds),
        "has_number": float(bool(_DIGIT.search(text))),
        "role_match": len(q.asked_roles & roles) / len(q.asked_roles) if q.asked_roles else 0.0,
        "role_missing": float(bool(q.asked_roles) and not roles),
        "authority_extra": float("authority" in roles and "authority" not in q.asked_roles),
        "position": index / count if count > 1 else 0.0,
        "length": math.log1p(len(text)),
        "secondary": float(bool(clause.label) and is_secondary_scope(clause.label)),
        "annex": float(is_annex_label(clause.label)),
        "cross_language": float(foreign),
        "heading_share": math.fsum(q.idf(t) for t in q.terms
                                   if meets(t, q.language, heading_terms, foreign)) / q.total,
        "list": float(text.count("\n") >= 2),
    }
    return features, matched


# The kinds whose value can be stated on its own before the quote ("48 uur", "€ 250.000", "1 maart 2024").
STATED_KINDS = ("duration", "amount", "date")


# Countries of the EEA as agreements name them (those outside it: _OUTSIDE_EEA), for "where?" answered in one word
_EEA_COUNTRY = re.compile(
    r"\b(?:België|Belgique|Belgium|Nederland|Pays-Bas|Netherlands|Luxemburg|Luxembourg|Frankrijk|France|Duitsland|"
    r"Allemagne|Germany|Ierland|Irlande|Ireland|Spanje|Espagne|Spain|Portugal|Italië|Italie|Italy|Oostenrijk|"
    r"Autriche|Austria|Zweden|Suède|Sweden|Denemarken|Danemark|Denmark|Finland|Finlande|Polen|Pologne|Poland|"
    r"Tsjechië|Tchéquie|Czechia|Czech Republic|Hongarije|Hongrie|Hungary|Roemenië|Roumanie|Romania|Bulgarije|"
    r"Bulgarie|Bulgaria|Griekenland|Grèce|Greece|Kroatië|Croatie|Croatia|Slovenië|Slovénie|Slovenia|Slowakije|"
    r"Slovaquie|Slovakia|Estland|Estonie|Estonia|Letland|Lettonie|Latvia|Litouwen|Lituanie|Lithuania|Malta|Malte|"
    r"Cyprus|Chypre|Noorwegen|Norvège|Norway|IJsland|Islande|Iceland|Liechtenstein)\b")
# A person as agreements introduce one: "mevrouw Hilde Vercammen", "Madame Laure Koenig", "Mr John Smith"
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’-]+|van|de|der|den|le|la)"
_PERSON = re.compile(rf"\b(?:de heer|mevrouw|dhr\.|mevr\.|Monsieur|Madame|Mme|Mr|Mrs|Ms|Dr)\.?\s+"
                     rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})")


def _named(question: str, text: str) -> str | None:
    """For "where?", the countries the text names (up to three); for "who?", the one person it introduces."""
    kinds = asked_kinds(question)
    if "place" in kinds:
        countries = list(dict.fromkeys(m.group() for pattern in (_EEA_COUNTRY, _OUTSIDE_EEA)
                                       for m in pattern.finditer(text)))
        if 0 < len(countries) <= 3:
            return ", ".join(countries)
    if "party" in kinds:
        people = list(dict.fromkeys(" ".join(m.group().split()) for m in _PERSON.finditer(text)))
        if len(people) == 1:
            return people[0]
    return None


def asked_value(question: str, text: str, header: str | None = None, language: str = "en") -> str | None:
    """The value of the kind the question asks for, as the text writes it ("zesendertig (36) uur"), or None. In a
    table row, the cell under the header that shares most words with the question ("Délai de rétablissement").
    "Where?" is answered by the countries the text names, "who?" by the one person it introduces."""
    kinds = [kind for kind in STATED_KINDS if kind in asked_kinds(question)]
    if not kinds:
        return _named(question, text)
    places = [text]
    if header:
        cells, names = [c.strip() for c in text.split("|")], [h.strip() for h in header.split("|")]
        if len(cells) == len(names):
            asked = set(stems(question, language))
            overlap = [len(asked & set(stems(name, language))) for name in names]
            places = [cells[i] for i in sorted(range(len(cells)), key=lambda i: -overlap[i])]
    for place in places:
        for kind in kinds:
            if match := _stated(kind, place, question):
                return " ".join(match.group().split()).rstrip(" ,;.").lstrip(" ,;")
    return None
