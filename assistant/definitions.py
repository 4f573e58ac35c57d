"""Questions that ask what a term of the agreement means ("What counts as a Working Day?", "Wat wordt verstaan onder
een werkdag?", "Qu'entend-on par « jour ouvrable » ?"), and the sentence that defines it: the term followed by
"means", "betekent", "désigne" or a colon, or a definitions table's row that starts with it. Such a sentence answers
however few other words of the question it holds; none found, the question is answered as any other."""

from __future__ import annotations

import re

from ingest.tables import CELL_SEPARATOR
from ingest.text import fold

_QUOTE = "\"'“”‘’«» "
_ARTICLE = r"(?:(?:a|an|the|een|de|het|le|la|les|l'|un|une|des|du)\s+)?(?:(?:term|word|begrip|woord|terme|mot)\s+)?"
_TERM = rf"{_ARTICLE}(?P<term>[^?.]+?)"
_CONTEXT = r"(?:\s+(?:under|in|for|according to|volgens|bij|voor|au sens|selon|dans|chez|pour)\b.*)?\s*[?.]?\s*$"
# the ways the three languages ask what a term means; the term in the group "term"
_ASKED = [re.compile(rf"\b{pattern}") for pattern in (
    rf"what (?:does|do) {_TERM} mean{_CONTEXT}",
    rf"(?:what is meant by|what counts as|what qualifies as|what is the definition of) {_TERM}{_CONTEXT}",
    rf"how (?:is|are) {_TERM} defined{_CONTEXT}",
    rf"wat (?:betekent|betekenen) {_TERM}{_CONTEXT}",
    rf"wat (?:houdt|houden) {_TERM} in{_CONTEXT}",
    rf"wat (?:wordt|worden) (?:er )?(?:\w+ ){{0,4}}?verstaan onder {_TERM}{_CONTEXT}",
    rf"(?:wat (?:geldt|gelden|telt|tellen) als|wat is de definitie van) {_TERM}{_CONTEXT}",
    rf"hoe (?:wordt|worden|is|zijn) {_TERM} (?:gedefinieerd|omschreven){_CONTEXT}",
    rf"(?:que|qu'est-ce que) (?:signifie|signifient|designe|designent) {_TERM}{_CONTEXT}",
    rf"(?:qu'entend-on|qu'est-ce qu'on entend|que faut-il entendre) par {_TERM}{_CONTEXT}",
    rf"(?:quelle est la definition d(?:e |')|qu'est-ce qui (?:compte|est considere) comme ?) ?{_TERM}{_CONTEXT}",
    rf"comment {_TERM} (?:est|sont)[- ](?:il|elle|ils|elles) defini(?:e|s|es)?{_CONTEXT}",
)]
_DEFINING = r"(?:\s*(?:shall mean|means|has the meaning|betekent|wordt verstaan|designe|signifie|:|\(|,? ?hereafter))"


def asked_term(question: str) -> str | None:
    """The term whose meaning the question asks for, folded, or None."""
    folded = fold(question)
    found = next((m for pattern in _ASKED if (m := pattern.search(folded))), None)
    if not found:
        return None
    term = found.group("term").strip(_QUOTE)
    return term if 2 <= len(term) <= 60 and len(term.split()) <= 5 else None


def defines(term: str, sentence: str) -> bool:
    """Whether the sentence defines the (folded) term: '"Working Day" means …', "Werkdag: …", a table row
    "Working Day | a day other than …"."""
    text = fold(sentence).lstrip(_QUOTE + "•-–*")
    words = re.escape(term).replace(r"\ ", r"\s+")
    if text.startswith(term) and text[len(term):].lstrip(_QUOTE).startswith(CELL_SEPARATOR.strip()):
        return True
    return re.search(rf"(?:^|[\"“‘«'(]\s*){words}\w{{0,2}}[{re.escape(_QUOTE)}]*{_DEFINING}", text) is not None or \
        re.search(rf"\bonder {words}\w{{0,2}}[{re.escape(_QUOTE)}]* (?:wordt|worden) (?:\w+ ){{0,3}}verstaan",
                  text) is not None


def defining_first(question: str, sentences: list) -> tuple[list, bool]:
    """The sentences with the one defining the term asked about first, and whether there was one."""
    term = asked_term(question)
    lead = next((s for s in sentences if defines(term, s.text)), None) if term else None
    if lead is None:
        return sentences, False
    return [lead] + [s for s in sentences if s is not lead], True
