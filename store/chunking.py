"""Cut over-long clauses into chunks that keep the clause's label and carry a context header."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from ingest.models import Clause
from ingest.units import is_rule, row_headers


@dataclass(frozen=True)
class Chunk:
    clause_seq: int
    index: int
    text: str  # shown to users: the clause's own words
    embed_text: str  # what is embedded: context header + text

    @property
    def embed_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode()).hexdigest()[:32]


def context_header(clause: Clause, document_title: str) -> str:
    parts = [document_title]
    if clause.heading_path and clause.heading_path[0] != clause.text.split("\n", 1)[0].strip():
        parts.append(clause.heading_path[0])
    parts.append(clause.label + (f" {clause.title}" if clause.title else ""))
    return " › ".join(parts)


def chunk_clause(clause: Clause, document_title: str, size: int = 1200, overlap: int = 150) -> list[Chunk]:
    """The clause in pieces of up to `size` characters, each embedded under its context header; and each row of
    a table on its own, under the table's header row: a question about one sub-processor or one retention period
    meets that row, not a whole register's average (the clause's dense score is its best piece's)."""
    splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=overlap)
    pieces = [clause.text] if len(clause.text) <= size else splitter.split_text(clause.text)
    header = context_header(clause, document_title)
    chunks = [Chunk(clause.seq, i, piece, f"{header}\n{piece}") for i, piece in enumerate(pieces)]
    for offset, table_header in row_headers(clause.text).items():
        row = clause.text[offset:].split("\n", 1)[0]
        if not is_rule(row):
            chunks.append(Chunk(clause.seq, len(chunks), row, f"{header}\n{table_header}\n{row}"))
    return chunks


def is_heading_only(clause: Clause) -> bool:
    """A heading ("Artikel 7: Bijstand", or "6." / "PERSONAL DATA BREACHES" on two lines) whose text lives in its
    sub-clauses: nothing worth embedding."""
    text = clause.text.strip()
    if text.count("\n") > 1 or len(text) > 150:
        return False
    text = " ".join(text.split())
    return clause.title is not None and text.rstrip(":. ").endswith(clause.title) or not any(
        ch.isalpha() for ch in text.split(None, 1)[-1]
    )
