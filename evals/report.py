"""Reports of eval runs: self-contained HTML (metric table, embedded bar chart, per-question detail with failed
checks highlighted), Markdown, and the comparison of two JSON results."""

from __future__ import annotations

import base64
import io
from html import escape

RATE_METRICS = ["retrieval_hit@1", "retrieval_hit@3", "retrieval_hit@5", "citation_recall", "citation_precision",
                "answer_pass", "abstention_accuracy", "abstention_precision", "abstention_recall", "false_abstention",
                "page_accuracy"]


def failed_checks(result: dict) -> list[str]:
    c = result["checks"]
    failed = []
    if c.get("missing_sources"):
        failed.append("not cited: " + ", ".join(c["missing_sources"]))
    if c.get("wrong_agreement"):
        failed.append("cites another agreement: " + ", ".join(c["wrong_agreement"]))
    if c.get("missing_text"):
        failed.append("answer lacks: " + "; ".join(" / ".join(m) if isinstance(m, list) else m
                                                   for m in c["missing_text"]))
    if c.get("must_not_include_violations"):
        failed.append("answer must not contain: " + ", ".join(c["must_not_include_violations"]))
    if "hit@5" in c and result["abstained"]:
        failed.append("abstained on an answerable question")
    if "hit@5" not in c and not result["abstained"]:
        failed.append("answered an unanswerable question")
    return failed


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def bar_chart_png(report: dict) -> bytes:
    import matplotlib

    matplotlib.use("Agg")  # no display; import here so the CLI's other commands never load matplotlib
    import matplotlib.pyplot as plt

    metrics = report["metrics"]
    names = [m for m in RATE_METRICS if metrics.get(m) is not None]
    fig, ax = plt.subplots(figsize=(8, 3.2), dpi=100)
    bars = ax.barh(names[::-1], [metrics[m] for m in names[::-1]], color="#3b6ea8")
    ax.bar_label(bars, fmt="%.2f", padding=3)
    ax.set_xlim(0, 1.1)
    ax.set_title(f"{report['set']} — {report['mode']}")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


_CSS = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;
vertical-align:top}.fail{background:#fde2e1}.pass{background:#e3f4e1}.checks{color:#a40000}
blockquote{margin:.3em 0 .3em 1em;color:#444;white-space:pre-wrap}"""


def to_html(reports: list[dict]) -> str:
    """One page, no external resources: the chart is an embedded PNG and all text is escaped."""
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>akkoord eval</title>"
             f"<style>{_CSS}</style></head><body><h1>akkoord evaluation</h1>"]
    for report in reports:
        m = report["metrics"]
        parts.append(f"<h2>{escape(report['set'])} — {escape(report['mode'])}</h2>")
        parts.append("<table><tr><th>metric</th><th>value</th></tr>" + "".join(
            f"<tr><td>{escape(k)}</td><td>{_fmt(v)}</td></tr>" for k, v in m.items()) + "</table>")
        chart = base64.b64encode(bar_chart_png(report)).decode()
        parts.append(f"<img alt='metrics of {escape(report['set'])}' src='data:image/png;base64,{chart}'>")
        parts.append("<table><tr><th>question</th><th>answer</th><th>citations</th><th>result</th></tr>")
        for r in report["results"]:
            failed = failed_checks(r)
            citations = "<br>".join(f"[{i}] {escape(c['document'])} {escape(c['clause'])} p. {c['page']}"
                                    for i, c in enumerate(r["citations"], start=1))
            verdict = ("passed" if r["passed"] else "<span class='checks'>" +
                       "<br>".join(escape(f) for f in failed or ["failed"]) + "</span>")
            parts.append(f"<tr class='{'pass' if r['passed'] else 'fail'}'><td><b>{escape(r['id'])}</b><br>"
                         f"{escape(r['question'])}</td><td><blockquote>{escape(r['answer'])}</blockquote></td>"
                         f"<td>{citations}</td><td>{verdict}<br>{r['latency_ms']:.0f} ms</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def to_markdown(reports: list[dict]) -> str:
    lines = ["# akkoord evaluation", ""]
    for report in reports:
        lines += [f"## {report['set']} — {report['mode']}", "", "| metric | value |", "|---|---|"]
        lines += [f"| {k} | {_fmt(v)} |" for k, v in report["metrics"].items()]
        lines += ["", "| id | passed | citations | failed checks |", "|---|---|---|---|"]
        for r in report["results"]:
            cited = ", ".join(f"{c['document']} {c['clause']}" for c in r["citations"])
            lines.append(f"| {r['id']} | {'yes' if r['passed'] else '**no**'} | {_md_cell(cited)} | "
                         f"{_md_cell('; '.join(failed_checks(r)))} |")
        lines.append("")
    return "\n".join(lines)


def compare(before: dict, after: dict) -> dict:
    """Metric deltas (after − before) and the questions whose pass/fail flipped."""
    deltas = {}
    for key, new in after["metrics"].items():
        old = before["metrics"].get(key)
        if isinstance(new, (int, float)) and isinstance(old, (int, float)):
            deltas[key] = {"before": old, "after": new, "delta": round(new - old, 4)}
    old_pass = {r["id"]: r["passed"] for r in before["results"]}
    flipped = [{"id": r["id"], "before": old_pass[r["id"]], "after": r["passed"]}
               for r in after["results"] if r["id"] in old_pass and old_pass[r["id"]] != r["passed"]]
    return {"before": f"{before['set']} ({before['mode']})", "after": f"{after['set']} ({after['mode']})",
            "metrics": deltas, "flipped": flipped}
