import base64
import re

from evals.report import compare, failed_checks, to_html, to_markdown


def _run(mode="extractive", passed=True, answer="Binnen 24 uur [1]."):
    checks = {"abstained": False, "hit@1": True, "hit@3": True, "hit@5": True, "citations": 1,
              "matched_citations": 1, "missing_sources": [] if passed else ["kk:7.3"], "wrong_agreement": [],
              "missing_text": [] if passed else [["24 uur", "24 hours"]], "must_not_include_violations": []}
    return {"set": "dev", "mode": mode,
            "metrics": {"questions": 1, "answer_pass": 1.0 if passed else 0.0, "page_accuracy": None,
                        "latency_p50_ms": 12.5},
            "results": [{"id": "breach", "question": "Hoe snel <b>melden</b>?", "answer": answer,
                         "abstained": False, "citations": [{"document": "kk", "clause": "7.3", "title": "Datalek",
                                                            "page": 2, "pages": [2, 3], "quote": "24 uur"}],
                         "retrieved": [], "checks": checks, "passed": passed, "latency_ms": 12.5}]}


def test_failed_checks_name_what_went_wrong():
    assert failed_checks(_run()["results"][0]) == []
    assert failed_checks(_run(passed=False)["results"][0]) == ["not cited: kk:7.3", "answer lacks: 24 uur / 24 hours"]


def test_html_is_self_contained_escaped_and_embeds_the_chart():
    html = to_html([_run(passed=False, answer="<script>alert(1)</script> [link](http://evil)")])
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Hoe snel &lt;b&gt;melden&lt;/b&gt;?" in html
    assert not re.search(r"(src|href)=['\"]https?:", html)  # nothing loaded from the network
    png = base64.b64decode(re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html).group(1))
    assert png.startswith(b"\x89PNG") and len(png) > 1000
    assert "class='fail'" in html and "not cited: kk:7.3" in html


def test_markdown_table_survives_pipes_and_newlines():
    md = to_markdown([_run(passed=False)])
    assert "| answer_pass | 0.000 |" in md and "| page_accuracy | – |" in md
    row = next(line for line in md.splitlines() if line.startswith("| breach"))
    assert row.count("|") == 5 and "**no**" in row


def test_compare_gives_deltas_and_flips():
    diff = compare(_run("baseline", passed=False), _run("extractive"))
    assert diff["metrics"]["answer_pass"] == {"before": 0.0, "after": 1.0, "delta": 1.0}
    assert "page_accuracy" not in diff["metrics"]
    assert diff["flipped"] == [{"id": "breach", "before": False, "after": True}]
