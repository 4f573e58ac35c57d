import json

from assistant.config import Settings
from evals.bench import Plan, run


def test_a_small_benchmark_run_measures_everything_it_reports(tmp_path):
    """A miniature plan through the real code path (hashing embedder, so no model time): every section is
    measured and written; the invariants the targets rest on hold."""
    plan = Plan(agreements=3, filler=0, sizes=(100, 200), questions=3, cold_runs=1, serve_size=200)
    settings = Settings(store=tmp_path / "unused", embedder="hashing")
    results = run(False, tmp_path / "out", tmp_path / "work", settings, log=lambda _: None, plan=plan)
    written = json.loads((tmp_path / "out" / "bench.json").read_text())
    assert written["ingest"]["files"] == 3 and written["ingest"]["pages"] >= 6
    assert written["ingest"]["reingest_unchanged"] == {"seconds": written["ingest"]["reingest_unchanged"]["seconds"],
                                                      "embedded": 0, "unchanged_files": 3}
    assert written["ingest"]["reingest_one_clause_edit"]["embedded"] == 1
    naive = written["ingest"]["naive"]  # no content hashes, so the whole edited document is embedded again
    assert naive["reingest_unchanged"]["embedded"] == 0 and naive["reingest_one_clause_edit"]["embedded"] > 1
    assert written["ingest"]["naive"]["chunks"] > 0 and written["ingest"]["answers"]["questions"] == 4
    assert [row["size"] for row in written["scale"]] == [100, 200]
    assert all(row["clauses"] >= row["size"] and row["retrieval"]["p95_ms"] > 0 and row["ask_process"]["peak_rss_mb"] > 0
               and row["disk_mb"]["catalogue"] > 0 for row in written["scale"])
    assert written["cold_start"]["akkoord"]["peak_rss_mb"] > 0 and written["serve"]["akkoord_serve_peak_rss_mb"] > 0
    assert written["serve_model"]["clauses"] == written["ingest"]["clauses"]
    table = (tmp_path / "out" / "bench.md").read_text()
    assert table.count("| Retrieval p50 / p95 at ") == 2 and "`akkoord serve` peak RSS" in table
    assert (tmp_path / "out" / "bench.png").read_bytes()[:4] == b"\x89PNG"
    assert results["date"] == written["date"]
