"""Document metadata from the agreement's own preamble: title, parties with roles, dates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .language import detect_language
from .models import Party
from .segment import _SIGNATURE
from .text import STOPWORDS, tokens

_CONTROLLER = re.compile(r"verwerkingsverantwoordelijke|verwerkersverantwoordelij|verantwoordelijke voor de verwerking|"
                         r"\bcontroller\b|responsable (?:du|de) traitement|\bresponsable\b", re.IGNORECASE)
_PROCESSOR = re.compile(r"\bverwerker\b|\bprocessor\b|sous-traitant", re.IGNORECASE)
_SUBPROCESSOR = re.compile(r"subverwerker|sub-?processor|sous-traitant ultérieur", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:(?:tussen|between|by and between|entre)(?: (?:de ondergetekenden|the undersigned|"
                        r"les soussignés))?|en|and|et)\b[\s:,]*$", re.IGNORECASE)
_MARKDOWN_BOLD = re.compile(r"\*\*([^*]+)\*\*")
_LABELLED_PARTY = re.compile(r"^(?:[-•*]\s+)?((?:de |la |le |the )?(?:verwerkingsverantwoordelijke|verwerker|"
                             r"opdrachtgever|leverancier|klant|controller|processor|customer|supplier|vendor|"
                             r"responsable du traitement|sous-traitant|client|prestataire|data exporter|data importer))"
                             r"\s*:\s*(\S.*)$", re.IGNORECASE)
_SEPARATOR_WITH_PARTY = re.compile(r"^((?:tussen|between|entre|en|and|et)\s*:)\s*(\S.*)$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^(?:en|and|et)\b[\s:,]*$", re.IGNORECASE)
# Where a list of parties opens without a TUSSEN line: "Partijen", "De ondergetekenden:", "Les soussignés :"
_LIST_OPENING = re.compile(r"^(?:partijen|de partijen|parties|the parties|les parties|de ondergetekenden|"
                           r"the undersigned|les soussignés)\s*:?$", re.IGNORECASE)
_END_OF_PARTIES = re.compile(r"^(?:[-–•]\s*)?(?:na te hebben|wordt overeengekomen|overwegende|considérant|il est convenu|"
                             r"whereas|it is agreed|recitals|préambule|preamble|background|de partijen|the parties|"
                             r"les parties)\b",
                             re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)°]|[a-z][.)]|\(\w{1,3}\)|[-•·*])\s+")  # "2. Dossierdraad B.V." in a list of parties
_NUMBERED_PARTY = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)°])\s+")  # "(2) KESTREL …", "2. The City of …", "2° Mobilix …"
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|txt)\b", re.IGNORECASE)
# A title line ending in one of these words goes on on the next line ("… au sens de l'article" / "28 du RGPD").
_DANGLING = {"de", "du", "des", "van", "het", "of", "the", "and", "et", "en", "à", "au", "aux", "l'article",
             "article", "artikel", "n°", "nr.", "no."}
_NAME_END = re.compile(r"\s*(?:,|;|\(| met | with | avec | ayant | dont | whose | having | waarvan | ingeschreven"
                       r"| hierbij | vertegenwoordigd| represented| représenté)", re.IGNORECASE)
_ALIAS = re.compile(r"(?:hierna|hereinafter|ci-après)[^\n]{0,80}|"
                    r"\((?:(?:the|hierna|ci-après)\s+)?[\"“«][^)]{0,80}\)", re.IGNORECASE)
_UNCLOSED = re.compile(r"[«“][^»”]*$")
# A short name given in passing ("l'Intercommunale de Santé du Pays de Famenne, en abrégé « ISPF », dont …"): an
# alias, though not the line that ends the party's block as "ci-après …" does
_SHORT_NAME = re.compile(r"(?:en abrégé|afgekort|verkort|in short|abbreviated(?: as)?)\s*:?\s*"
                         r"[\"“«][^\"”»]{2,30}[\"”»]", re.IGNORECASE)
# "BRIGHTWATER BOROUGH COUNCIL of Town Hall": a name in capitals ends where the words in lower case begin
_CAPITALS_NAME = re.compile(r"^((?:[A-ZÀ-Ý0-9&'’.-]{2,}\s+)+[A-ZÀ-Ý0-9&'’.-]{2,})\s+[a-zà-ÿ]")
# How a company is introduced before its name: "La société à responsabilité limitée Solvapaie SRL" is Solvapaie SRL
_DESIGNATION = re.compile(r"^(?:la société|société|de vennootschap|the company|la sa|la srl)(?:\s+(?:à responsabilité limitée|"
                          r"anonyme|par actions simplifiée|coopérative))?\s+(?=[A-ZÀ-Ý0-9])|^(?:de|het)\s+(?:naamloze|"
                          r"besloten)\s+vennootschap\s+(?=[A-Z0-9])", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”«„']\s*([^\"“”«»„']{2,60}?)\s*[\"“”»']")

# The months in each language, January first (lower case)
MONTH_NAMES = {
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "en": tuple("january february march april may june july august september october november december".split()),
}
_MONTHS = {m: i + 1 for names in MONTH_NAMES.values() for i, m in enumerate(names)}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# abbreviated as the three languages abbreviate them ("3 Mar. 2025", "12 mrt. 2025", "1er févr. 2025")
_MONTHS |= {"jan": 1, "janv": 1, "feb": 2, "févr": 2, "fév": 2, "mar": 3, "mrt": 3, "apr": 4, "avr": 4, "jun": 6,
            "jul": 7, "juil": 7,
            "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "déc": 12}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WORD_DATE = re.compile(rf"\b(\d{{1,2}})\s?(?:er|e|st|nd|rd|th)?\s+({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE)
# "March 3, 2025"
_MONTH_FIRST_DATE = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_AGREEMENT_WORD = re.compile(r"overeenkomst(?:en)?\b|agreement|contrat|convention|addendum|avenant|accord|protocol|"
                             r"voorwaarden|\bterms\b|conditions|arrangement|service level", re.IGNORECASE)
# A part of another agreement, which may open a document as its title ("DATA PROCESSING SCHEDULE", "BIJLAGE
# VERWERKING"); further down the same words head annexes, so only a first line in capitals counts.
_PART_WORD = re.compile(r"\b(?:schedule|annex|appendix|exhibit|bijlage|annexe)\b", re.IGNORECASE)


# "23 August, 2019"
_DAY_MONTH_COMMA = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zéû]+),(\s+\d{4})\b")
# "this 11th day of August, 2015", and a template's blanks filled in: "this _11th__ day of ___August____, 2015__"
_DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]+)\s*,?\s*(\d{4})\b")


def find_dates(text: str) -> list[str]:
    """ISO dates in the order the text gives them: "12/03/2025", "2025-03-12", "12 maart 2025", "1er mars 2025",
    "March 3, 2025", "23 August, 2019", "the 30th day of April 2015"."""
    if "day of" in text:
        text = _DAY_OF.sub(r"\1 \2 \3", re.sub(r"_+", " ", text))
    text = _DAY_MONTH_COMMA.sub(r"\1\2", text)
    ordered: list[str] = []
    for value, _, _ in date_spans(text):
        if value not in ordered:
            ordered.append(value)
    return ordered


def date_spans(text: str) -> list[tuple[str, int, int]]:
    """Each date written as a number or with its month's name, as an ISO date with where it stands, in order."""
    found: list[tuple[int, int, str]] = []
    for match in _NUMERIC_DATE.finditer(text):
        found.append((*match.span(), _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))))
    for match in _ISO_DATE.finditer(text):
        found.append((*match.span(), _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))))
    for match in _WORD_DATE.finditer(text):
        found.append((*match.span(), _iso(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))))
    for match in _MONTH_FIRST_DATE.finditer(text):
        found.append((*match.span(), _iso(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))))
    return [(value, start, end) for start, end, value in sorted(found) if value]


def signature_date(text: str) -> str | None:
    """The date written in the signature block ("Opgemaakt te Gent op 12 maart 2024", "Fait à Namur, le …",
    "Signed on …"): from the last signature line on, the latest date of that block — the agreement is concluded
    when its last party signs."""
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n") if line.strip()]  # ("## Ondertekening")
    signing = [i for i, line in enumerate(lines) if _SIGNATURE.match(line)]
    if not signing:
        return None
    # the block's first signature line: one line per party may open it ("Signed for and on behalf of A … on
    # 14 January 2025" / "Signed for and on behalf of B … on 13 January 2025")
    first = len(signing) - 1
    while first and signing[first] - signing[first - 1] <= 12:
        first -= 1
    dates = find_dates("\n".join(lines[signing[first]:signing[-1] + 12]))
    return max(dates) if dates else None


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _role(block: str) -> str | None:
    if _CONTROLLER.search(block):
        return "controller"
    if _PROCESSOR.search(block) and not _SUBPROCESSOR.search(block):
        return "processor"
    return None


# What a processing agreement calls its two sides when it does not say controller and processor: the customer
# instructs, the vendor processes ("Acme Corp. ("Customer") and Secoda Inc. ("Vendor")"). Read from the aliases
# only: a description may mention the other side's services.
_CUSTOMER = re.compile(r"\b(?:customer|client|klant|opdrachtgever|bestuur)\b", re.IGNORECASE)
_VENDOR = re.compile(r"\b(?:vendor|supplier|(?:service )?provider|leverancier|dienstverlener|opdrachtnemer|"
                     r"prestataire|fournisseur)\b", re.IGNORECASE)


def _side(aliases: str) -> str | None:
    return "controller" if _CUSTOMER.search(aliases) else "processor" if _VENDOR.search(aliases) else None


def find_parties(preamble: str) -> list[Party]:
    """Parties are the blocks between TUSSEN / EN (BETWEEN / AND, ENTRE / ET) lines of the preamble."""
    lines = []
    for line in (line.strip().lstrip("#").strip() for line in preamble.split("\n")):  # ("## Partijen")
        # on one line, the role's label and its party ("- **Controller:** City of Bruges, …"), or the separator and
        # its party ("Entre : la Ville de Namur, …" / "Et : Logisoft SA, …")
        line = _MARKDOWN_BOLD.sub(r"\1", line)
        if labelled := _LABELLED_PARTY.match(line):
            lines += [labelled.group(1) + ":", labelled.group(2)]
        elif opening := _SEPARATOR_WITH_PARTY.match(line):
            lines += [opening.group(1), opening.group(2)]
        else:
            lines.append(line)
    blocks: list[list[str]] = []
    started = False
    for index, line in enumerate(lines):
        if not line:
            continue
        if _END_OF_PARTIES.match(line) and started:
            break
        if _SEPARATOR.match(line):
            if not started and _CONJUNCTION.match(line):
                # "1. De gemeente …; en 2. …" under "De ondergetekenden:": the first party came before the "en"
                blocks.append(_first_listed(lines[:index]))
            started = True
            blocks.append([])
        elif started:
            if blocks[-1] and _NUMBERED_PARTY.match(line) and _NUMBERED_PARTY.match(blocks[-1][0]):
                blocks.append([])  # "(1) A …; and" / "(2) B …": the "and" ends a line instead of standing alone
            blocks[-1].append(line)
    if not blocks:
        blocks = _listed_blocks(lines) or _inline_blocks(preamble)
    elif sum(1 for block in blocks if block) == 1:
        # "Between: A, … (the "Municipality"); and B, … (the "Supplier")": both parties on the separator's line
        blocks = _inline_blocks(preamble) or blocks
    parties: list[Party] = []
    languages: list[str] = []  # the language each party's block is written in
    group_role = None
    for block in blocks:
        if block and block[0].isupper() and block[0].endswith(":"):
            # "DE VERWERKINGSVERANTWOORDELIJKEN ZOALS HIERONDER GENOEMD:" heads a group of parties.
            group_role = _role(block[0])
            block = block[1:]
        if not block:
            continue
        # The block proper ends at its "Hierna: de Verwerker" line; what follows is shared text.
        end = next((i + 1 for i, line in enumerate(block) if _ALIAS.search(line)), len(block))
        if _UNCLOSED.search(block[end - 1]):  # "ci-après « le" / "sous-traitant »." wraps
            end = min(end + 1, len(block))
        own = "\n".join(block[:end])
        aliases = []
        one_line = own.replace("\n", " ")  # (a quote may wrap: "ci-après « le" / "sous-traitant »")
        for alias_text in _SHORT_NAME.findall(one_line) + _ALIAS.findall(one_line):
            # "hereinafter each a "Party" and together the "Parties"" names them all, not this one
            aliases += [a.strip() for a in _QUOTED.findall(alias_text) if not _ALL_PARTIES.fullmatch(a.strip())]
        role = _role(" ".join(aliases)) or _role(own) or group_role or _side(" ".join(aliases))
        first = block[1] if len(block) > 1 and _ROLE_LABEL.match(block[0]) else block[0]
        opening = _DESIGNATION.sub("", _LIST_MARK.sub("", first))
        name = _NAME_END.split(opening, maxsplit=1)[0].strip().rstrip(":;,")
        name = capitals.group(1) if (capitals := _CAPITALS_NAME.match(name)) else name
        if other := _OTHER_NAME.match(opening[len(name):]):  # "The City of Ravelstede (Stad Ravelstede), …"
            aliases.append(other.group(1))
        if name:
            parties.append(Party(name=name, role=role, aliases=tuple(dict.fromkeys(aliases))))
            languages.append(detect_language(own, "") if len(own.split()) >= 8 else "")
    parties = _one_per_language(parties, languages)
    roles = [p.role for p in parties]
    for known, other in (("processor", "controller"), ("controller", "processor")):
        if len(parties) == 2 and sorted(roles, key=str) == sorted([known, None], key=str):
            # A processing agreement between two: the party facing the processor is its controller, however it is
            # introduced ("de Gemeente"), and the one facing the controller (the "Customer") its processor
            parties = [p if p.role else replace(p, role=other) for p in parties]
    return parties


# Whose behalf the data are processed on, where the text says it: "Alertis traite des données … pour le compte de la
# Zone", "verwerkt … in opdracht van de Gemeente", "processes … on behalf of the Council" (not a signature's "for and
# on behalf of", which stands in no sentence about processing)
_ON_BEHALF = r"(?:pour le compte|au nom) (?:de (?:la |l'|l’)?|du |des )|on behalf of (?:the )?|" \
             r"(?:namens|in opdracht van|ten behoeve van) (?:de |het )?"
_PROCESSING_VERB = r"(?:trait|process|verwerk)\w*"
_ARTICLE = re.compile(r"^(?:de|het|la|le|les|l'|l’|the)\s+", re.IGNORECASE)


def roles_from_text(parties: list[Party], text: str) -> list[Party]:
    """Two parties the preamble gives no roles ("ci-après « la Zone »", "(« Alertis »)"): the one the text says the
    data are processed on behalf of is the controller, the other the processor."""
    if len(parties) != 2 or any(p.role for p in parties):
        return parties

    # each party's name and aliases without their article, as alternatives
    alternatives = ["|".join(re.escape(_ARTICLE.sub("", n)) for n in (party.name, *party.aliases)
                             if len(_ARTICLE.sub("", n)) > 2) for party in parties]

    def behalf_of(names: str) -> bool:
        return bool(names) and bool(re.search(rf"\b{_PROCESSING_VERB}[^.;]{{0,120}}?(?:{_ON_BEHALF})(?:{names})\b",
                                              text, re.IGNORECASE))

    def acts_as(names: str) -> str | None:
        # "IVAM treedt op als verwerkingsverantwoordelijke", "Recyclo acts as processor", "agissant en qualité de"
        found = re.search(rf"\b(?:{names})\b[^.;]{{0,40}}?{_ACTS_AS}", text, re.IGNORECASE) if names else None
        return None if found is None else "processor" if found.group(1).lower() in _PROCESSOR_WORDS else "controller"

    other = {"controller": "processor", "processor": "controller"}
    said = [acts_as(names) for names in alternatives]
    if said[0] != said[1] and (said[0] is None or said[1] is None or said[0] == other[said[1]]):
        first = said[0] or other[said[1]]
        return [replace(parties[0], role=first), replace(parties[1], role=other[first])]
    found = [behalf_of(names) for names in alternatives]
    if found.count(True) != 1:
        return parties
    return [replace(p, role="controller" if on_behalf else "processor") for p, on_behalf in zip(parties, found)]


_ACTS_AS = (r"\b(?:treedt op als|optreedt als|handelt als|acts? as|acting as|agit en qualit[ée] de|agissant en "
            r"qualit[ée] de|intervient en qualit[ée] de)\s+(?:de |the |le |la |a )?(verwerkingsverantwoordelijke|"
            r"verwerker|controller|processor|responsable du traitement|sous-traitant)\b")
_PROCESSOR_WORDS = {"verwerker", "processor", "sous-traitant"}


def _one_per_language(parties: list[Party], languages: list[str]) -> list[Party]:
    """A bilingual preamble names every party once per language ("het OCMW van Evere …, en Iristel NV …" then "le
    CPAS d'Evere …, et Iristel SA …"): each party once, its other-language name as an alias. The second half of
    the list translates the first when each pair has the same role, blocks in two languages and a name word in
    common ("Evere", "Iristel")."""
    half = len(parties) // 2
    if half < 2 or len(parties) % 2:
        return parties

    def words(party: Party) -> set[str]:
        # ("d'evere" is Evere)
        found = (t.split("'")[-1] for t in tokens(" ".join((party.name, *party.aliases))))
        return {t for t in found if len(t) >= 3 and t not in STOPWORDS}

    pairs = list(zip(parties[:half], parties[half:], languages[:half], languages[half:]))
    if not all(a.role == b.role and la and lb and la != lb and words(a) & words(b) for a, b, la, lb in pairs):
        return parties
    return [replace(a, aliases=tuple(dict.fromkeys((*a.aliases, b.name, *b.aliases)))) for a, b, _, _ in pairs]


def _first_listed(lines: list[str]) -> list[str]:
    """The lines of a party listed before the first "en" of a list: from the list's opening line on, or
    nothing when the list has no opening line near it."""
    openings = [i for i, line in enumerate(lines) if _LIST_OPENING.match(line)]
    if not openings or len(lines) - openings[-1] > 15:
        return []
    return [line for line in lines[openings[-1] + 1:] if line and not _LIST_OPENING.match(line)]


_PARTIES_HEADING = re.compile(r"^(?:partijen|de partijen|parties|the parties|les parties|de ondergetekenden|"
                              r"the undersigned|les soussignés)\s*:?$", re.IGNORECASE)
_ROLE_LABEL = re.compile(r"^[^,;.]{3,60}:$")  # "De verstrekkende instantie:", "Le fournisseur :"
_ALL_PARTIES = re.compile(r"(?:(?:de|het|la|les?|the|une?|een|a)\s+)?part(?:y|ies|ij|ijen|ie|ies)", re.IGNORECASE)
# The same party's name in another language, in parentheses right after it
_OTHER_NAME = re.compile(r"^\s*\(([A-ZÀ-Ý][^()\"“”«»]{2,60})\)")
_TOGETHER = re.compile(r"(?:hierna|hereinafter|ci-après)[^\n]{0,30}\b(?:samen|together|ensemble|gezamenlijk|collectively)|"
                       r"\band together the\b",
                       re.IGNORECASE)


def _listed_blocks(lines: list[str]) -> list[list[str]]:
    """Parties listed under a "Partijen" / "Parties" heading rather than between TUSSEN / EN lines: each after
    its role label ("De ontvangende instantie:") and up to its "hierna …" line; the list ends at the line naming
    them together ("hierna samen de partijen") or where the preamble goes on."""
    try:
        start = next(i for i, line in enumerate(lines) if _PARTIES_HEADING.match(line))
    except StopIteration:
        return []
    blocks: list[list[str]] = []
    open_block = False
    for line in lines[start + 1:]:
        if not line:
            continue
        if _TOGETHER.search(line) or _END_OF_PARTIES.match(line):
            break
        if _ROLE_LABEL.match(line):
            blocks.append([line])  # (the label says the role: "Controller:")
            open_block = True
            continue
        numbered = bool(blocks and _NUMBERED_PARTY.match(line) and _NUMBERED_PARTY.match(blocks[-1][0]))
        if not open_block or numbered:  # "(2) …" after "(1) …" opens the next party, with or without an alias
            if blocks and not numbered:
                break  # past the last party: the preamble goes on
            blocks.append([])
            open_block = True
        blocks[-1].append(line)
        if _ALIAS.search(line):
            open_block = False
    return [b for b in blocks if b and not (len(b) == 1 and _ROLE_LABEL.match(b[0]))]  # (a label and no party)


# Parties named in one sentence: "between A (the "Controller") and B", "Entre A, ci-après « le Responsable », et B",
# "This Addendum is entered into (on 2 October 2027) by A and B", "gesloten tussen A, hierna "de Verwerker", en B".
_INLINE_OPENING = re.compile(r"\b(?:by and between|between|"
                             r"(?:entered into|concluded|made)(?: on [\w ,]{6,30}?)? by(?! and)|"
                             r"(?:conclue?|passée?) entre|entre|gesloten tussen|tussen):?\s+"
                             r"(?:(?:de ondergetekenden|the undersigned|les soussignés)\s*:?\s*)?", re.IGNORECASE)
# Where the sentence naming the parties ends: the next sentence, or the words that open the agreement proper.
_INLINE_END = re.compile(r"\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})|\b(?:it is agreed|agree as follows|"
                         r"komen (?:het volgende|als volgt) overeen|il est convenu|conviennent|whereas|overwegende)\b",
                         re.IGNORECASE)
_LINE_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bDr)(?<!\bMe)(?<!\bSt)(?<!\bMs)(?<!\b[A-Za-z])"
                                r"\.[ \t]*\n(?=[ \t]*[A-ZÀ-Ý])")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|Inc|Ltd|Co|Corp|Mr|Dr|Me|St|nr|n°)$")  # "B.V." or "Inc." ends no sentence
# "and" / "et" / "en" before the next party's name (a capital, perhaps after an article), outside parentheses
_INLINE_AND = re.compile(r"\s*[,;]?\s+(?i:and|et|en)\s+(?=(?:the|la|le|de|het)\b|l['’]|[A-ZÀ-Ý0-9])|;\s*")
# a party's representatives, joined by "and" ("represented by Ms A and Mr B")
_REPRESENTED = re.compile(r"\b(?:vertegenwoordigd|represented|représentée?s?|agissant|acting)\b", re.IGNORECASE)
_HONORIFIC = re.compile(r"(?:de heer|mevrouw|dhr\.?|mevr\.?|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme|monsieur|madame)\s",
                        re.IGNORECASE)
_QUOTED_ALIAS = re.compile(r"\(\s*(?:the\s+|la\s+|le\s+|de\s+)?[\"“«][^)]{1,60}\)", re.IGNORECASE)
_LEADING_AND = re.compile(r"^(?:and|et|en)\s+", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|de|het)\s+|l['’])", re.IGNORECASE)
_PROPER = re.compile(r"^(?:\S+\s+){0,2}[A-ZÀ-Ý0-9]")  # a name, not a description: a capital in its first words
# "A en B komen het volgende overeen" / "A and B agree as follows": the parties open the sentence
_AGREE = re.compile(r"\b(?:komen (?:het volgende|als volgt) overeen|agree as follows|conviennent de ce qui suit)\b",
                    re.IGNORECASE)


def _inline_blocks(preamble: str) -> list[list[str]]:
    """The parties of a preamble that names them in one sentence, one block each (a line naming the party,
    its aliases after it); nothing unless at least two are found."""
    # (a full stop that ends its line before a capital ends the sentence, also after a legal form: "Between the
    # Municipality of X and Orbitly Ltd." / "The parties agree …"; not after a title or an initial: "Mr." / "John")
    text = " ".join(_LINE_SENTENCE_END.sub(".\ue000", preamble).split())
    opening = _INLINE_OPENING.search(text[:3000])
    if opening:
        sentence = text[opening.end():opening.end() + 800]
    else:
        sentence = _agreeing_sentence(preamble)
    sentence = sentence.split("\ue000", 1)[0]
    sentence = sentence[:next((start for start, _ in _sentence_ends(sentence)), len(sentence))]
    pieces, start = [], 0
    # Where semicolons part the parties ("A, represented by X and Y; and B"), a bare "and" joins within one.
    semicolons = ";" in sentence
    splits = list(_INLINE_AND.finditer(sentence))
    # Where a party's alias closes right before an "and", the parties part there: the "and" of "a company
    # registered in England and Wales" within the next party's description parts nothing.
    after_alias = [m for m in splits if sentence[:m.start()].rstrip().endswith((")", "»", '"', "”"))]
    for match in after_alias or splits:  # split only outside parentheses and quotes
        if semicolons and ";" not in match.group():
            continue
        before = sentence[start:match.start()]
        if _REPRESENTED.search(before) and _HONORIFIC.match(sentence, match.end()):
            continue  # "vertegenwoordigd door mevrouw A, voorzitter, en de heer B, algemeen directeur": one party
        if before.count("(") <= before.count(")") and before.count("«") == before.count("»") \
                and before.count('"') % 2 == 0:
            pieces.append(before)
            start = match.end()
    pieces.append(sentence[start:])
    blocks = []
    for piece in pieces:
        # ("(1) Northshire County Council, …; and (2) Paylink Ltd …": the numbers of a list in one sentence)
        piece = _LIST_MARK.sub("", _LEADING_AND.sub("", piece.strip(" ,;:")))
        piece = _LEADING_ARTICLE.sub("", _DESIGNATION.sub("", piece))
        aliases = [a for found in _ALIAS.findall(piece) + _QUOTED_ALIAS.findall(piece) for a in _QUOTED.findall(found)]
        name = _NAME_END.split(piece, maxsplit=1)[0].strip().rstrip(":;,")
        # ("Clubnet SRL.", "Parkplan nv." at the sentence's end)
        name = name[:-1] if re.search(r"\b(?:[A-Z]{2,5}|[a-z]{2,3})\.$", name) else name
        if 2 <= len(name) <= 100 and name[:1].isalnum() and _PROPER.match(name):
            # the role as the piece states it ("acting as processor"), before the alias line that ends the block
            role = _role(piece[len(name):])
            blocks.append([name] + ([role] if role else [])
                          + ([f"(hierna {' '.join(f'«{a}»' for a in aliases)})"] if aliases else []))
    # one sentence naming two sides, of which one may be a blank or a description ("the customer identified …")
    return blocks if len(pieces) >= 2 else []


def _agreeing_sentence(preamble: str) -> str:
    """The sentence whose parties agree ("De Gemeente X en Y B.V. komen het volgende overeen"), title lines (in
    capitals) left out; empty when there is none."""
    text = " ".join(line.strip() for line in preamble.split("\n") if not line.strip().isupper())
    agree = _AGREE.search(text)
    if not agree:
        return ""
    before = text[:agree.start()]
    return before[max((end for _, end in _sentence_ends(before)), default=0):]


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """Where the sentences of `text` end (start and end of each boundary): a full stop before a capitalised word
    that follows no abbreviation ("Dataflow B.V. en …"), or the words that open the agreement proper."""
    return [(m.start(), m.end()) for m in _INLINE_END.finditer(text) if not _ABBREVIATION.search(text[:m.start()])]


def find_title(text: str, fallback: str) -> str:
    """The first line near the top of the document that names a kind of agreement and reads as a title (not a
    sentence: no closing punctuation, no lower-case start), with its wrapped second line; a Markdown document's
    first heading otherwise; else `fallback`."""
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n") if line.strip()][:80]
    for i, line in enumerate(lines):
        if len(line) > 150 or not _AGREEMENT_WORD.search(line) or line[:1].islower() or line.endswith(
                (".", ";", ",", ":")) or _LIST_MARK.match(line) or _FILE_NAME.search(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        dangling = line.rsplit(" ", 1)[-1].lower() in _DANGLING
        if (following[:1].islower() or following[:1].isdigit() and dangling) and len(following) <= 60 \
                and not following.endswith((".", ";", ",", ":")) and not _SEPARATOR.match(following):
            line = f"{line} {following}"  # a title wrapped over two lines ("between" opens the parties)
        return line.capitalize() if line.isupper() else line
    if lines and lines[0].isupper() and len(lines[0]) <= 100 and _PART_WORD.search(lines[0]) \
            and not lines[0].endswith((".", ";", ",", ":")):
        return lines[0].capitalize()
    if text.lstrip().startswith("#") and lines:
        return lines[0]
    return fallback


def display_title(title: str, parties: list[Party]) -> str:
    """A one-word title ("Verwerkingsovereenkomst") is made specific with the parties' names."""
    if len(title.split()) <= 2 and parties:
        names = [p.name for p in parties[:2]]
        return f"{title} {' – '.join(names)}"
    return title


# An agreement's own reference as a question may cite it: letters and digits joined by "/" or "-", holding a digit
# and a letter ("VAEW/PROT/2024/031", "DPA-MTL-2025-11", "UZD-TTO/NDA/2025-0611"), not a date or a law's number.
_REFERENCE = re.compile(r"(?<![\w/-])(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+){2,}(?![\w/-])")


def find_references(text: str, limit: int = 4000) -> list[str]:
    """The reference codes near the top of an agreement (title block, preamble), in order."""
    return list(dict.fromkeys(m.group() for m in _REFERENCE.finditer(text[:limit]) if len(m.group()) >= 8))


# A product or service the agreement names in quotes near its top, after the word for what it is ("de online
# afsprakenmodule "Loketwijzer"", "le logiciel « Alertis Ops »", "the platform "Samen Brielmeers""): a question may
# name the agreement by it. Capitalised words only, and neither an alias ("hierna "de Verwerker"", "(the
# "Supplier")") nor a defined term (""Personal Data" means …", ""Security Incident": …").
_PRODUCT_NOUN = re.compile(r"(?:module|software|logiciel|platform\w*|plate-?forme|applica\w*|toepassing|app|"
                           r"solution|oplossing|system\w*|syst[eè]me|porta\w*|tool|outil|programm\w*|pakket|"
                           r"suite|progiciel|dienst|service)[^\w.;:!?]+(?:[\w’']+[^\w.;:!?]+){0,7}$", re.IGNORECASE)
_PRODUCT = re.compile(r"[«\"“„]\s*([A-ZÀ-Ý][\w'’-]*[a-zà-ÿ0-9][\w'’-]*(?:\s+[A-ZÀ-Ý0-9][\w'’-]*){0,2})\s*[»\"”]")
_NAMING = re.compile(r"(?:hierna|hereinafter|ci-après|afgekort|en abrégé|in short|referred to as|genoemd|"
                     r"dénommée?s?)[^«\"“„]{0,20}$|\((?:the |de |het |la |le |les )?$", re.IGNORECASE)
_DEFINES = re.compile(r"^\s*(?:means|betekent|désigne|shall mean|:)", re.IGNORECASE)
# or unquoted when its name is written as one word with an inner capital ("the TessPermit portal", "module KlantPunt")
_PRODUCT_WORD = r"(?i:portal|portaal|portail|module|platform|plate-?forme|software|logiciel|app|applica\w*|system\w*)"
_CAMEL_PRODUCT = re.compile(rf"\b([A-Z][a-z]+[A-Z]\w*)\s+{_PRODUCT_WORD}\b|\b{_PRODUCT_WORD}\s+([A-Z][a-z]+[A-Z]\w*)\b")


def find_product_names(text: str, limit: int = 4000) -> list[str]:
    """The names of the product or service an agreement gives near its top, in order."""
    head = text[:limit]
    quoted = [m.group(1) for m in _PRODUCT.finditer(head)
              if _PRODUCT_NOUN.search(head[max(0, m.start() - 60):m.start()])
              and not _NAMING.search(head[max(0, m.start() - 40):m.start()]) and not _DEFINES.match(head[m.end():])]
    return list(dict.fromkeys(quoted + [m.group(1) or m.group(2) for m in _CAMEL_PRODUCT.finditer(head)]))
