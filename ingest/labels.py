"""Clause label comparison as the question sets define it."""

from __future__ import annotations

import re

_LEADING_WORD = re.compile(r"^(?:artikel|article|artículo|art\.?|clausule|clause|section|sectie|punt|point|"
                           r"bepaling)\s*",
                           re.IGNORECASE)


_ANNEX_LABEL = re.compile(r"^(?:bijlage|annexe?|schedule|appendix|exhibit|attachment)\b", re.IGNORECASE)


def is_annex_label(label: str | None) -> bool:
    """"Bijlage 2", "Annexe B", "Schedule 1", "Exhibit C": the label of an annex rather than of an article."""
    return bool(label and _ANNEX_LABEL.match(label))


def normalize_label(label: str) -> str:
    """"Artikel 7.3" -> "7.3"; "BIJLAGE 2" -> "bijlage 2"; "8 § 1" -> "8 §1"."""
    label = _LEADING_WORD.sub("", label.strip())
    label = re.sub(r"\s*§\s*", " §", label).strip()
    label = re.sub(r"\s+", " ", label).rstrip(".:")
    label = re.sub(r"(?<=\w) \((\w{1,4})\)", r"(\1)", label)  # "4 (a)" -> "4(a)"
    return label.lower()


def labels_match(a: str, b: str) -> bool:
    """Equal, or one is the parent of the other ("7" ~ "7.3", "8" ~ "8 §1", "4" ~ "4(a)")."""
    a, b = normalize_label(a), normalize_label(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short)] in ". ("


def article_of(label: str) -> str:
    """The article a label belongs to: "7.3" -> "7", "8 §1" -> "8", "4(a)" -> "4", "Bijlage 2" -> "bijlage 2"."""
    return re.match(r"^(.*?)(?=[.(]| §|$)", normalize_label(label)).group(1)
