"""Chat-model backends for generative mode, behind one factory: an OpenAI-compatible endpoint (vLLM, llama.cpp
server, LM Studio, OpenAI/Azure) through langchain-openai, or Ollama through langchain-ollama."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .config import Settings


class LLMUnavailable(RuntimeError):
    """Generative mode was asked for, but no LLM is configured or it does not answer."""


def _openai(settings: Settings, **overrides):
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model or "default", api_key=key,
                      timeout=settings.llm_timeout, max_retries=0, temperature=0.0,
                      max_tokens=settings.llm_max_tokens, **overrides)


def _ollama(settings: Settings, **overrides):
    from langchain_ollama import ChatOllama

    return ChatOllama(base_url=settings.ollama_host, model=settings.llm_model or "llama3.1", temperature=0.0,
                      num_predict=settings.llm_max_tokens, client_kwargs={"timeout": settings.llm_timeout}, **overrides)


BACKENDS: dict[str, Callable[..., object]] = {"openai": _openai, "ollama": _ollama}


def backend_name(settings: Settings) -> str | None:
    return "openai" if settings.llm_base_url else "ollama" if settings.ollama_host else None


def make_chat_model(settings: Settings, **overrides):
    """`overrides` go to the LangChain model (tests pass an httpx client that records requests)."""
    name = backend_name(settings)
    if name is None:
        raise LLMUnavailable("generative mode needs an LLM: set AKKOORD_LLM_BASE_URL (an OpenAI-compatible "
                             "endpoint such as http://127.0.0.1:8080/v1) and AKKOORD_LLM_MODEL, or "
                             "AKKOORD_OLLAMA_HOST; or use --mode extractive")
    return BACKENDS[name](settings, **overrides)


def _where(model) -> str:
    return str(getattr(model, "openai_api_base", None) or getattr(model, "base_url", None) or "the LLM")


def stream_text(model, messages) -> Iterator[str]:
    """Tokens of the model's reply; connection failures and timeouts become LLMUnavailable with what to do."""
    try:
        for chunk in model.stream(messages):
            if chunk.content:
                yield chunk.content if isinstance(chunk.content, str) else str(chunk.content)
    except LLMUnavailable:
        raise
    except Exception as exc:  # the backends raise their own connection/timeout types
        kind = "timed out" if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower() else "failed"
        raise LLMUnavailable(f"the LLM at {_where(model)} {kind} ({type(exc).__name__}: {exc}); check the server "
                             f"and AKKOORD_LLM_TIMEOUT, or use --mode extractive") from exc
