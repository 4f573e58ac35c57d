"""Metadata filters (document, party, language) resolved to the set of agreements a question may use."""

from __future__ import annotations

from ingest.models import DocumentInfo
from ingest.text import fold


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def allowed_documents(documents: list[DocumentInfo], filters: dict | None) -> set[str]:
    """filters: {"documents": [...], "party": [...], "language": [...]}; each given key must hold (AND), any
    value within a key may (OR). A party matches on a case- and accent-insensitive part of a name or alias.
    A "documents" list that is given but empty permits nothing: it is how a user allowed no agreements is scoped."""
    filters = filters or {}
    restrict_docs = filters.get("documents") is not None
    wanted_docs = set(_as_list(filters.get("documents")))
    parties = [fold(p) for p in _as_list(filters.get("party"))]
    languages = set(_as_list(filters.get("language")))
    allowed = set()
    for info in documents:
        if restrict_docs and info.document not in wanted_docs:
            continue
        if parties and not any(p in fold(n) for p in parties for party in info.parties
                               for n in (party.name, *party.aliases)):
            continue
        if languages and info.language not in languages:
            continue
        allowed.add(info.document)
    return allowed
