"""Numbers written as words in Dutch, French and English (1-999), as agreements write them before the figure in
brackets ("zesendertig (36) uur", "quarante-huit (48) heures") or without it."""

from __future__ import annotations

import re

from .text import fold

_UNIT_NAMES = ("een één one un une", "twee two deux", "drie three trois", "vier four quatre", "vijf five cinq",
               "zes six", "zeven seven sept", "acht eight huit", "negen nine neuf", "tien ten dix",
               "elf eleven onze", "twaalf twelve douze", "dertien thirteen treize", "veertien fourteen quatorze",
               "vijftien fifteen quinze", "zestien sixteen seize", "zeventien seventeen dix-sept",
               "achttien eighteen dix-huit", "negentien nineteen dix-neuf")
_TEN_NAMES = ("twintig twenty vingt", "dertig thirty trente", "veertig forty quarante", "vijftig fifty cinquante",
              "zestig sixty soixante", "zeventig seventy soixante-dix", "tachtig eighty quatre-vingt quatre-vingts",
              "negentig ninety quatre-vingt-dix")


def _number_words() -> dict[str, int]:
    words = {fold(w): n for n, names in enumerate(_UNIT_NAMES, 1) for w in names.split()}
    units = dict(words)
    for n, names in enumerate(_TEN_NAMES, 2):
        for ten in map(fold, names.split()):
            words[ten] = 10 * n
            for unit, value in units.items():
                if value < 10:
                    # forty-eight, quarante-huit, vingt-et-un; achtenveertig, tweeentwintig (ë folded)
                    for form in (f"{ten}-{unit}", f"{ten} {unit}", f"{ten}-et-{unit}", f"{unit}en{ten}"):
                        words.setdefault(form, 10 * n + value)
                elif ten in ("soixante", "quatre-vingt"):  # soixante-douze, quatre-vingt-quinze
                    words.setdefault(f"{ten}-{unit}", 10 * n + value)
    words["honderd"] = words["cent"] = words["hundred"] = 100
    return words


NUMBER_WORDS = _number_words()
_HUNDRED = "honderd|hundred|cents?"
_ANY_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))  # longest first
# 101-999 by their parts ("honderdtwintig", "tweehonderd", "cent vingt", "deux cents", "one hundred and twenty"):
# written out, they would make the word list ten times longer
_HUNDREDS_PATTERN = (rf"(?:(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)})[\s-]?)?(?:{_HUNDRED})"
                     rf"(?:(?:\s+and\s+|[\s-])?(?:{_ANY_WORD}))?")
# A number written in words, for a regular expression (1-999)
NUMBER_WORD_PATTERN = f"{_HUNDREDS_PATTERN}|{_ANY_WORD}"
_HUNDREDS = re.compile(rf"(?:(.+?)[\s-]?)?({_HUNDRED})(?:(?:\s+and\s+|[\s-])?(.+))?")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\W*$")


def number_from_words(text: str) -> int | None:
    """'achtenveertig' -> 48, 'tweeënzeventig' -> 72, 'quarante-huit' -> 48, 'forty eight' -> 48."""
    key = re.sub(r"\s+", " ", fold(text.strip().lower()))
    value = NUMBER_WORDS.get(key, NUMBER_WORDS.get(key.replace(" ", "-")))
    hundreds = _HUNDREDS.fullmatch(key) if value is None else None
    if hundreds:
        times = number_from_words(hundreds.group(1)) if hundreds.group(1) else 1
        rest = number_from_words(hundreds.group(3)) if hundreds.group(3) else 0
        if times is not None and rest is not None and 1 <= times <= 9 and rest < 100:
            return 100 * times + rest
    return value



def ends_with_number_word(line: str) -> bool:
    """'… en uiterlijk zestig' (the figure "(60)" follows on the next line)."""
    match = _LAST_WORD.search(line)
    return bool(match) and fold(match.group(1)) in NUMBER_WORDS
