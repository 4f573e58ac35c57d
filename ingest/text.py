"""Tokenising and stemming for Dutch, French and English (Snowball), shared by BM25 and sentence scoring."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_STEMMER_NAMES = {"nl": "dutch", "fr": "french", "en": "english"}
STOPWORDS = set(
    # Dutch
    "de het een en van in op te dat die is voor met zijn aan door niet bij of wordt worden deze naar als ook zal om "
    "tot uit dan over welke welk wie hoeveel waar wat mag moet binnen hun haar hij zij ze er kan mogen moeten wordt "
    "werd heeft hebben zich dit na vooraf geen elk elke alle "
    # French
    "le la les un une des et du de en est que qui dans pour par sur au aux ne pas ce cette sont être avec quel quelle "
    "quels quelles combien où doit peut il elle ils se sa son ses leur "
    # English
    "the a an and of to in is that for on with by be are this shall or as at from which what who how where must may "
    "does do its it their within has have any many much".split()
    # Function words of questions: a question in another language than its agreement never finds them there, and
    # counted as terms the answer must cover they made right answers look weak ("namens", "on behalf of", "au nom
    # de": a signature block says "Voor Vigilo", "Pour Vigilo").
    + "kunnen zullen zou zouden als nog onze ons wij we jullie uw ik mij mijn hoe waarom wanneer sinds tijdens "
      "maar dus wel hier daar iets was waren had namens ".split()
    + "comment pourquoi quand si nous vous notre nos votre vos on leurs y ont était étaient avait été sera seront "
      "peuvent doivent faut mais donc aussi ainsi ces cet lui eux dont ni avant après nom ".split()
    + "can could if there when why whom whose before after since still they them our we us you your than then also "
      "will would should been was were into about these those his her he she did behalf".split()
)
# French inversion: "doit-il", "sont-ils", "a-t-elle" ask about the verb; the pronoun is no term of the question.
_INVERSION = re.compile(r"-(?:t-)?(?:il|ils|elle|elles|on|je|tu|nous|vous)$")


@lru_cache(maxsize=100_000)  # the same words and names are folded over and over, per question and per clause
def fold(text: str) -> str:
    """Lower-case without accents, so "beëindiging" meets "beeindiging"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


STOPWORDS = {fold(w) for w in STOPWORDS}  # tokens are folded: "où", "être", "était" as they come


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(_STEMMER_NAMES.get(language, "dutch"))


# Dutch separable verbs split by "te": "aan te stellen" is the verb "aanstellen" a question asks about.
_SEPARABLE = re.compile(r"\b(aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg)\s+te\s+(\w+)",
                        re.IGNORECASE)


# A word the layout broke at a line's end ("verwerkingsverant-" / "woordelijke", "Sub-" / "processor"): one token
# as if written on one line, and the two pieces joined without the hyphen, which may have been only the line's.
# (The second piece is looked at, not taken: it may itself end in a break.)
_BROKEN = re.compile(r"([^\W_]+)-[ \t]*\n[ \t]*(?=([a-zà-ÿ][^\W_]*))")


def tokens(text: str) -> list[str]:
    text = _SEPARABLE.sub(r"\1\2", text)
    joined = [fold(m.group(1) + m.group(2)) for m in _BROKEN.finditer(text)] if "\n" in text else []
    return [_INVERSION.sub("", fold(t)) for t in _TOKEN.findall(_BROKEN.sub(r"\1-", text))] + joined


# Words Snowball stems like a lexicon word of another meaning, each with a stem of its own: "information" (what is
# disclosed) became "inform" (to notify), so that through the lexicon an English question about information searched
# Dutch and French clauses for "melden" and "notifier"; likewise the supervisory authority and an authorisation, the
# controller and a control, an objective and an objection, an office and an officer, a period and how often
# (periodicity), public and a publication, a commune and a communication, a purpose (finalité) and "finale", training
# (formation) and a format, a user and to use, an earlier (eerdere) and the EEA (EER), a part (deel) and to share.
# Listed by the collisions of the lexicon's stems with the words of the development agreements.
_OWN_STEMS = {
    **dict.fromkeys(("information", "informations", "informatie"), "informat"),
    **dict.fromkeys(("authority", "authorities", "authority's"), "authorit"),
    **dict.fromkeys(("controller", "controllers", "controller's"), "controller"),
    **dict.fromkeys(("objective", "objectives", "objectif", "objectifs"), "objectiv"),
    **dict.fromkeys(("office", "offices"), "office"),
    **dict.fromkeys(("periodicity", "periodic", "periodically", "periodicite", "periodique", "periodiciteit",
                     "periodiek", "periodieke"), "periodic"),
    **dict.fromkeys(("publication", "publications", "publicatie", "publicaties"), "publicat"),
    **dict.fromkeys(("commune", "communes"), "commune"),
    **dict.fromkeys(("finalite", "finalites"), "finalit"),
    **dict.fromkeys(("formation", "formations"), "formation"),
    **dict.fromkeys(("utilisateur", "utilisateurs", "utilisatrice", "utilisatrices"), "utilisateur"),
    **dict.fromkeys(("eerder", "eerdere"), "eerder"),
    **dict.fromkeys(("deel", "gedeelte", "gedeelten"), "gedeelte"),
}


@lru_cache(maxsize=200_000)  # Snowball is pure Python; a vocabulary is small and repeats
def _stem(word: str, language: str) -> str:
    stem = _OWN_STEMS.get(word) or _stemmer(language).stemWord(word)
    if language == "nl" and word[-1:] in ("t", "d") and len(word) >= 5 and stem not in _lexicon_stems("nl"):
        return _dutch_verb_stem(word) or stem
    if language == "fr" and word.endswith(("ee", "ees")) and stem not in _lexicon_stems("fr"):
        # a feminine participle ("supprimées", "notifiée", folded) stems as the lexicon's masculine ("supprimé")
        masculine = _stemmer("fr").stemWord(word[:-1] if word.endswith("ee") else word[:-2])
        return masculine if masculine in _lexicon_stems("fr") else stem
    return stem


def _dutch_verb_stem(word: str) -> str | None:
    """The lexicon's stem of a Dutch verb form Snowball leaves apart from its infinitive: "verwijdert" and
    "verwijderd" (verwijderen), "terugbezorgd" (terugbezorgen), "vernietigt" (vernietigen) — so that "De
    Verwerker verwijdert de gegevens" meets "delete" and "supprimer". Only a stem the lexicon knows: a noun ending in
    "t" or "d" ("kwaliteit") keeps its own."""
    stemmer = _stemmer("nl")
    candidates = [stemmer.stemWord(word)[:-1], stemmer.stemWord(word[:-1] + "en")]
    if word.startswith("ge"):
        candidates.append(stemmer.stemWord(word[2:-1] + "en"))
    return next((c for c in candidates if c in _lexicon_stems("nl")), None)


@lru_cache(maxsize=2)
def _lexicon_stems(language: str) -> frozenset[str]:
    """Snowball's stems of the lexicon's words of one language."""
    from .lexicon import GROUPS

    column = ("nl", "fr", "en").index(language)
    return frozenset(_stemmer(language).stemWord(fold(w)) for row in GROUPS for w in row[column].split())


# A company's legal form written out says nothing of a limit or a liability: "Caseline Limited" and "société à
# responsabilité limitée" are no liability cap ("Liability Is Limited" in a title-case heading is one)
_LEGAL_FORM = re.compile(r"\b([A-Z][\w&'’-]*\)?) (?:Limited|LIMITED)\b|"
                         r"\b(?i:soci[ée]t[ée] (?:priv[ée]e |coop[ée]rative )?[àa] responsabilit[ée] limit[ée]e|"
                         r"(?:vennootschap|BV|CV) met beperkte aansprakelijkheid)\b")
_NOT_A_NAME = {"is", "are", "be", "been", "being", "not", "strictly", "hereby", "liability", "shall", "will"}


def _without_legal_forms(text: str) -> str:
    lowered = text.lower()
    if "imit" not in lowered and "ansprakelijkheid" not in lowered:
        return text  # (stems runs for every sentence scored: most hold neither word, and the substitution costs)
    return _LEGAL_FORM.sub(lambda m: m.group() if m.group(1) and m.group(1).lower() in _NOT_A_NAME
                           else (m.group(1) or " "), text)


def stems(text: str, language: str = "nl", keep_stopwords: bool = False) -> list[str]:
    """The stems of the text's words; a Dutch compound also gives the stems of its parts
    ("aansprakelijkheidsplafond": aansprakelijk, plafond), so that it meets a clause or question that writes them
    apart, and through the lexicon the words of the other languages ("liability cap")."""
    found = []
    words = tokens(_without_legal_forms(text))
    for i, t in enumerate(words):
        if keep_stopwords or t not in STOPWORDS:
            found.append(_stem(t, language))
            found += [_stem(part, language) for part in _indexed_parts(t, language)]
            # a level code joined to its noun ("P2-incident", "Sev1-tickets") is the code of the table's rows too
            found += [part for part in t.split("-")[:1] if "-" in t and _CODE.match(part)]
        # "priorité 2", "priority 2", "severity 2" is the "P2" of an SLA's table, in any language
        if t.isdigit() and len(t) == 1 and i and _LEVEL.match(words[i - 1]):
            found.append(f"p{t}")
    return found


_LEVEL = re.compile(r"^(?:priorit|severit|sévérit|ernst)")
_CODE = re.compile(r"^[a-z]{1,3}\d{1,2}$")


def _indexed_parts(token: str, language: str) -> list[str]:
    """The parts of a Dutch compound that `stems` gives besides it: those the lexicon knows (also of a compound
    written with a hyphen, "sms-herinneringen", in any language)."""
    if "-" in token:
        return [part for part in token.split("-") if part in lexicon_words()]
    if language != "nl" or len(token) < 2 * _MIN_PART:
        return []
    return [part for part in compound_parts(token) if part in lexicon_words()]


def compound_stems(text: str, language: str) -> dict[str, frozenset[str]]:
    """The stem of each Dutch compound of the text -> the stems of its parts that `stems` gives besides it
    ("aansprakelijkheidsplafond" -> {aansprakelijk, plafond}). A text that holds the parts says what the compound
    says: a question's compound is met by them."""
    return {_stem(t, language): frozenset(_stem(p, language) for p in parts)
            for t in tokens(text) if t not in STOPWORDS and (parts := _indexed_parts(t, language))}


_MIN_PART = 4  # shorter heads and tails ("lek", "sub") split words that are no compounds


@lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """The two known Dutch words a compound is made of, with the linking "s" or "e" of its head left out
    ("geheimhoudingsovereenkomst" -> geheimhouding, overeenkomst); () when it is none. Known words are those of
    `compound_words`: the lexicon's and the common nouns of agreements."""
    known = compound_words()
    for i in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):  # the longest head first
        head, tail = word[:i], word[i:]
        if tail not in known:
            continue
        for candidate in (head, head[:-1] if head[-1] in "se" else None):
            if candidate and len(candidate) >= _MIN_PART and candidate in known:
                return candidate, tail
    return ()


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """The lexicon's Dutch words: the parts worth indexing (the common nouns only help split)."""
    from .lexicon import GROUPS

    return frozenset(fold(w) for row in GROUPS for w in row[0].split() if len(w) >= _MIN_PART and "-" not in w)


@lru_cache(maxsize=1)
def compound_words() -> frozenset[str]:
    from .lexicon import COMPOUND_WORDS

    return lexicon_words() | {fold(w) for w in COMPOUND_WORDS.split() if len(w) >= _MIN_PART and "-" not in w}
