"""A question that asks two things ("Quel droit s'applique, et quels tribunaux sont compétents ?") in its two
parts, so that each part can find and quote its own clause: the words of the whole question favour the clause
that answers its first, longer half."""

from __future__ import annotations

import re

from ingest.text import stems

# What opens the second question after "and" / "en" / "et": a question word or the verb of a yes/no question.
_OPENS_QUESTION = (
    r"what|which|when|where|who|whom|how|why|is|are|can|could|may|must|does|do|did|will|should|has|have|"
    r"wat|welke?|wanneer|waar|wie|hoe|hoeveel|waarom|is|zijn|mag|mogen|moet|moeten|kan|kunnen|wordt|worden|"
    r"heeft|hebben|quel|quelle|quels|quelles|quand|où|qui|comment|combien|pourquoi|est-ce|peut-il|peut-elle|"
    r"peuvent-ils|doit-il|doit-elle|a-t-il|a-t-elle|y a-t-il|sont-ils|est-il|est-elle"
)
_JOIN = re.compile(rf"(?:,\s*|\s+)(?:and|en|et)\s+(?=(?:{_OPENS_QUESTION})(?![\w-]))", re.IGNORECASE)


def question_parts(question: str, language: str) -> list[str]:
    """The question's two parts when it joins two questions with "and"/"en"/"et", the second has words of its own
    to search on ("and on what date?" has none: the kind of value it asks is completed from the first part's
    agreement) and the first is a question of its own; else the question alone. More than one join is left whole:
    a list, not two questions."""
    pieces = _JOIN.split(question.strip())
    if len(pieces) != 2:
        return [question]
    first, second = (p.strip(" ,;") for p in pieces)
    own = set(stems(second, language)) - set(stems(first, language))
    if len(first.split()) < 3 or not own:  # "Which data and which categories …?" asks one thing
        return [question]
    return [first, second]
