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
)


@lru_cache(maxsize=100_000)  # the same words and names are folded over and over, per question and per clause
def fold(text: str) -> str:
    """Lower-case without accents, so "beëindiging" meets "beeindiging"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(_STEMMER_NAMES.get(language, "dutch"))


# Dutch separable verbs split by "te": "aan te stellen" is the verb "aanstellen" a question asks about.
_SEPARABLE = re.compile(r"\b(aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg)\s+te\s+(\w+)",
                        re.IGNORECASE)


def tokens(text: str) -> list[str]:
    return [fold(t) for t in _TOKEN.findall(_SEPARABLE.sub(r"\1\2", text))]


@lru_cache(maxsize=200_000)  # Snowball is pure Python; a vocabulary is small and repeats
def _stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


def stems(text: str, language: str = "nl", keep_stopwords: bool = False) -> list[str]:
    return [_stem(t, language) for t in tokens(text) if keep_stopwords or t not in STOPWORDS]
