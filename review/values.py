"""Typed values read from agreement text: durations, amounts, countries, governing law, dates. Pure functions.

"48 uur", "achtenveertig (48) uur" and "48 hours" are one value, Duration(48, "hours"); "dertig (30)
kalenderdagen" is Duration(30, "days") and "vijf (5) Werkdagen" Duration(5, "working days"). Amounts keep their
currency ("EUR 2.000.000" -> Amount(2000000, "EUR")), countries are ISO 3166 codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.countries import COUNTRIES as _COUNTRIES
from ingest.countries import country_names
from ingest.metadata import find_dates
from ingest.numbers import NUMBER_WORD_PATTERN, number_from_words
from ingest.text import fold

_NUMBER_WORD = NUMBER_WORD_PATTERN

# --- durations
_UNIT_WORDS = [
    ("working days", r"werkdag(?:en)?|working days?|business days?|jours? ouvr(?:es|e|ables?)|banking days?"),
    ("days", r"kalenderdag(?:en)?|dag(?:en)?|calendar days?|days?|jours?(?: calendaires?| civils?)?"),
    ("hours", r"uur|uren|hours?|heures?|h"),
    ("minutes", r"minut(?:en|es?)|min"),
    ("weeks", r"(?:kalender)?we(?:ek|ken)|(?:calendar )?weeks?|semaines?"),
    ("months", r"(?:kalender)?maand(?:en)?|(?:calendar )?months?|mois"),
    ("years", r"(?:kalender)?jaar|jaren|(?:calendar )?years?|ans?|annees?"),
]
_UNIT = "|".join(f"(?P<u{i}>{pattern})" for i, (_, pattern) in enumerate(_UNIT_WORDS))
# "[one (1)] year": a template's bracketed choice
_AMOUNT_PART = rf"(?:(?P<word>(?:{_NUMBER_WORD}))\s*(?:\(\s*(?P<digits>\d+)\s*\)\]?)?|(?P<plain>\d+(?:[.,]\d+)?))"
_DURATION = re.compile(rf"(?<![\w.,]){_AMOUNT_PART}\s*(?:-\s*)?(?:{_UNIT})(?![\w])", re.IGNORECASE)
# "without undue delay", "onverwijld": a deadline with no number
_PROMPTLY = re.compile(r"\b(?:onverwijld|onmiddellijk|zo (?:snel|spoedig) mogelijk|zonder (?:onnodige |onredelijke )?"
                       r"(?:vertraging|uitstel)|without (?:undue )?delay|immediately|promptly|forthwith|"
                       r"as soon as (?:possible|practicable)|sans (?:délai|retard)(?: (?:injustifié|indu))?|"
                       r"dans les meilleurs délais|immédiatement)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    amount: float | None  # None: "without undue delay"
    unit: str  # hours, days, working days, weeks, months, years, minutes; "undue delay" when amount is None

    def __str__(self) -> str:
        if self.amount is None:
            return "without undue delay"
        number = int(self.amount) if float(self.amount).is_integer() else self.amount
        unit = self.unit[:-1] if number == 1 and self.unit.endswith("s") else self.unit
        return f"{number} {unit}"

    def hours(self) -> float | None:
        """At least this many hours: a working day counts as a day (a lower bound, for policy limits)."""
        if self.amount is None:
            return None
        per = {"minutes": 1 / 60, "hours": 1, "days": 24, "working days": 24, "weeks": 168, "months": 730,
               "years": 8760}
        return self.amount * per[self.unit]


def durations(text: str) -> list[tuple[Duration, int, int]]:
    """Every duration in the text with its span, in order: 'binnen zesendertig (36) uur' -> Duration(36, 'hours')."""
    found = []
    for match in _DURATION.finditer(_folded(text)):
        amount = _amount_of(match)
        if amount is None:
            continue
        unit = next(_UNIT_WORDS[i][0] for i in range(len(_UNIT_WORDS)) if match.group(f"u{i}"))
        if unit == "hours" and match.group(f"u{2}").lower() == "h" and not match.group("plain"):
            continue  # "h" only after a figure: "24h"
        found.append((Duration(amount, unit), match.start(), match.end()))
    return found


def _folded(text: str) -> str:
    """Accents off, so number words match as folded ("tweeënzeventig"); spans stay those of `text`."""
    folded = fold(text)
    return folded if len(folded) == len(text) else text.lower()


def _amount_of(match: re.Match) -> float | None:
    if match.group("digits"):
        return float(match.group("digits"))
    if match.group("plain"):
        return float(match.group("plain").replace(",", "."))
    return number_from_words(match.group("word")) if match.group("word") else None


def first_duration(text: str, promptly: bool = False) -> tuple[Duration, int, int] | None:
    found = durations(text)
    if found:
        return found[0]
    if promptly and (match := _PROMPTLY.search(text)):
        return Duration(None, "undue delay"), match.start(), match.end()
    return None


# --- amounts
_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "usd": "USD", "dollar": "USD",
             "dollars": "USD", "us$": "USD", "£": "GBP", "gbp": "GBP", "chf": "CHF", "cad": "CAD", "c$": "CAD"}
_CURRENCY_WORD = r"€|EUR\b|euros?\b|US\$|C\$|\$|USD\b|dollars?\b|£|GBP\b|CHF\b|CAD\b"
_FIGURE = r"\d{1,3}(?:[.,  ]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SCALE = r"(?:\s*(?P<scale>miljoen|million|millions|mio|M)\b)?"
_AMOUNT = re.compile(rf"(?P<c1>{_CURRENCY_WORD})\s*(?P<f1>{_FIGURE}){_SCALE}|"
                     rf"(?P<f2>{_FIGURE})(?:\s*(?P<scale2>miljoen|million|millions))?\s*(?P<c2>{_CURRENCY_WORD})",
                     re.IGNORECASE)
_PERIOD = [
    # (not a yearly fee named beside the cap: "beperkt tot het bedrag van de jaarlijkse vergoeding, met een maximum
    # van 50.000 euro", "the annual fees or EUR 100,000", "la redevance annuelle")
    ("per year", r"per (?:kalender)?jaar|jaarlijks(?!e? (?:vergoeding|prijs|bijdrage|abonnement))|"
                 r"per (?:calendar |contract )?year|annual(?! (?:fees?|charges?|price|subscription))|yearly|par an|"
                 r"in (?:any|each|a|one) (?:calendar |contract )?year|"
                 r"par année|(?<!redevance )(?<!rémunération )(?<!prix )annuel\w*|in any (?:twelve|12)[- ]month"),
    ("per claim", r"per schadegeval|per (?:gebeurtenis|voorval)|per (?:claim|incident|event|occurrence)|par sinistre|"
                  r"par (?:incident|événement)"),
    ("per month", r"per maand|maandelijks|per month|monthly|par mois|mensuel\w*"),
]


# an amount written out in words before its figure in brackets: "tweehonderdvijftigduizend euro (", "two million
# pounds sterling ("
_WRITTEN_OUT = re.compile(r"\b[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,3}\s+(?:euros?|pounds?(?:\s+sterling)?|dollars?|francs?)"
                          r"\s*\($")


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    period: str | None = None  # "per year", "per claim", "per month"

    def __str__(self) -> str:
        number = f"{self.value:,.2f}".rstrip("0").rstrip(".") if not float(self.value).is_integer() \
            else f"{int(self.value):,}"
        return f"{self.currency} {number}" + (f" {self.period}" if self.period else "")


def _figure(text: str) -> float:
    text = text.replace(" ", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", text):  # 2.000.000 / 2.500,50
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", text):  # 2,000,000.00
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _period(text: str) -> str | None:
    return next((name for name, pattern in _PERIOD if re.search(pattern, text, re.IGNORECASE)), None)


# An amount of thousands in words alone ("cent vingt-cinq mille euros", "honderdvijftigduizend euro", "two hundred
# thousand pounds"), not the words before its figure ("… euro (€ 150.000)")
_WORD_AMOUNT = re.compile(rf"\b(?P<w>{NUMBER_WORD_PATTERN})\s*-?(?:mille|duizend|thousand)\s+"
                          rf"(?P<c>euros?|EUR|pounds?(?: sterling)?|dollars?)\b(?!\s*\()", re.IGNORECASE)
_WORD_CURRENCY = {"pound": "GBP", "dollar": "USD"}


def _amount_matches(text: str) -> list[tuple[float, str, int, int]]:
    """(value, currency, start, end) of each amount, in figures or in words, in order."""
    found = []
    for match in _AMOUNT.finditer(text):
        value = _figure(match.group("f1") or match.group("f2"))
        if match.group("scale") or match.group("scale2"):
            value *= 1_000_000
        found.append((value, _CURRENCY.get((match.group("c1") or match.group("c2")).lower(), "EUR"), *match.span()))
    for match in _WORD_AMOUNT.finditer(text):
        number = number_from_words(match.group("w"))
        if number is not None:
            currency = next((c for word, c in _WORD_CURRENCY.items() if match.group("c").lower().startswith(word)),
                            "EUR")
            found.append((1000.0 * number, currency, *match.span()))
    return sorted(found, key=lambda m: m[2])


_MAXIMUM_OF = re.compile(r"(?:met een maximum van|tot maximaal|with a maximum of|up to a maximum of|subject to a "
                         r"maximum of|avec un maximum de|à concurrence d'un maximum de)\s*$", re.IGNORECASE)


def amounts(text: str) -> list[tuple[Amount, int, int]]:
    found = []
    previous_end = 0
    for value, currency, start, end in _amount_matches(text):
        # this amount's period, not the next one's
        tail = re.sub(r"\s+", " ", re.split(r"[;.]\s", text[end:end + 60])[0])
        # ... or the one just before it, since the last amount: "per kalenderjaar beperkt tot 50.000 euro", "per
        # schadegeval beperkt tot tweehonderdvijftigduizend euro (250.000 EUR)" (before the amount written out)
        written = _WRITTEN_OUT.search(text, max(previous_end, start - 80), start)
        head = re.split(r"[;.]\s", text[max(previous_end, (written.start() if written else start) - 50):start])[-1]
        if _MAXIMUM_OF.search(text, max(previous_end, start - 40), start):
            # the maximum of a formula takes the period the cap was given before it: "is per schadegeval beperkt
            # tot het bedrag dat … betaalde, met een maximum van 150.000 euro" (not a floor: "sans que ce plafond
            # puisse être inférieur à 500.000 euros")
            head = re.split(r"[;.]\s", text[previous_end:start])[-1]
        found.append((Amount(value, currency, _period(tail) or _period(head)), start, end))
        previous_end = end
    return found


# --- countries (ISO 3166-1 alpha-2), by their names in the three languages
# The EEA: the Union's 27 and Iceland, Liechtenstein, Norway
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())
_COUNTRY_OF: dict[str, str] = {}
for _code in _COUNTRIES:
    for _name in country_names(_code):
        _COUNTRY_OF.setdefault(fold(_name), _code)
# adjectives name a country only beside a word for law ("droit luxembourgeois"): "Frans" or "English" alone is a
# language
_ADJECTIVES = {fold(w) for w in "belgisch belgische belge belges belgian françaises allemands "
                                "néerlandais néerlandaise nederlands nederlandse "
                                "dutch "
                                "french français française frans franse german allemand allemande duits duitse "
                                "irish irlandais irlandaise iers ierse luxembourgeois luxembourgeoise luxemburgs "
                                "luxemburgse amerikaans américain american english anglais swiss canadees canadien "
                                "canadian indian".split()}
_COUNTRY = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(n) for n in _COUNTRY_OF), key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)


# Belgian towns a company's seat may be given by alone ("Hostéa SA, établie à Namur"), in their Dutch, French and
# English names (not "Namen" or "Bergen": Dutch words, and a Norwegian city)
_BELGIAN_TOWNS = re.compile(r"(?<![\w-])(?:brussel|bruxelles|brussels|antwerpen|anvers|antwerp|gent|gand|ghent|"
                            r"brugge|bruges|leuven|louvain(?:-la-neuve)?|mechelen|malines|hasselt|genk|kortrijk|"
                            r"courtrai|oostende|ostende|ostend|aalst|alost|roeselare|sint-niklaas|luik|liege|namur|"
                            r"charleroi|mons|wavre|waver|arlon|tournai|doornik|nivelles|nijvel|gembloux|zaventem|"
                            r"diegem|machelen|ottignies|eupen|verviers|seraing|herstal|marche-en-famenne)(?![\w-])")


def countries(text: str, adjectives: bool = False, towns: bool = False) -> list[str]:
    """ISO codes of the countries the text names, in order, once each ('Pune (India)' -> ['IN']). With
    `adjectives`, also 'Belgisch recht', 'droit belge'; with `towns`, Belgium for a Belgian town named alone."""
    found: list[str] = []
    folded = _folded(text)
    for match in _COUNTRY.finditer(folded):
        name = match.group(1).lower()
        if len(name) <= 3 and not text[match.start():match.end()].isupper():
            continue  # "US", "UK", "USA" only in capitals: "us" is a word
        if (adjectives or name not in _ADJECTIVES) and _COUNTRY_OF[name] not in found:
            found.append(_COUNTRY_OF[name])
    if towns and "BE" not in found and _BELGIAN_TOWNS.search(folded.lower()):
        found.append("BE")
    return found


# --- governing law: "Belgisch recht", "droit belge", "the laws of Belgium", "laws of the State of California"
_STATES = ("AL alabama|AK alaska|AZ arizona|AR arkansas|CA california,californie,californië|CO colorado|"
           "CT connecticut|DE delaware|DC district of columbia|FL florida,floride|GA state of georgia|HI hawaii|"
           "ID idaho|IL illinois|IN indiana|IA iowa|KS kansas|KY kentucky|LA louisiana,louisiane|ME maine|"
           "MD maryland|MA massachusetts|MI michigan|MN minnesota|MS mississippi|MO missouri|MT montana|"
           "NE nebraska|NV nevada|NH new hampshire|NJ new jersey|NM new mexico|NY new york|"
           "NC north carolina,caroline du nord|ND north dakota|OH ohio|OK oklahoma|OR oregon|PA pennsylvania,"
           "pennsylvanie|RI rhode island|SC south carolina,caroline du sud|SD south dakota|TN tennessee|TX texas|"
           "UT utah|VT vermont|VA virginia,virginie|WA washington|WV west virginia|WI wisconsin|WY wyoming")
_PROVINCES = ("AB alberta|BC british columbia,colombie-britannique|MB manitoba|NB new brunswick,nouveau-brunswick|"
              "NL newfoundland|NS nova scotia,nouvelle-écosse|ON ontario|PE prince edward island|QC quebec,québec|"
              "SK saskatchewan")
# "the laws of the State of Illinois" -> US-IL; "Ontario" -> CA-ON (longest names first: "west virginia")
_SUBDIVISION_OF = {fold(name): f"{country}-{entry[:2]}" for country, table in (("US", _STATES), ("CA", _PROVINCES))
                   for entry in table.split("|") for name in entry[3:].split(",")}
_SUBDIVISION = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _SUBDIVISION_OF), key=len, reverse=True))
                          + r")(?![\w-])")
_LAW = re.compile(r"\b(?:recht|droit|lois?|law|laws|wetgeving|législation|legislation)\b", re.IGNORECASE)


def governing_law(text: str) -> str | None:
    """The country (or US state / Canadian province) whose law the sentence names."""
    if not _LAW.search(text):
        return None
    state = _SUBDIVISION.search(fold(text.lower()))
    if state:
        return _SUBDIVISION_OF[state.group(1)]
    found = countries(text, adjectives=True)
    return found[0] if found else None


dates = find_dates  # ISO dates in the text, as ingest reads them
