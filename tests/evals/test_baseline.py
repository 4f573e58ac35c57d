from evals.baseline import NaivePipeline
from ingest.pipeline import ingest_paths


def test_naive_pipeline_indexes_incrementally_and_answers_with_the_top_chunk(store, english_pdf):
    assert not ingest_paths(store, [english_pdf]).failed
    pipeline = NaivePipeline(store)
    chunks = pipeline.index()
    text = store.catalogue.text("northbridge-acme-dpa")
    assert chunks >= len(text) // 1000 and pipeline.index() == 0  # second run embeds nothing
    result = pipeline.answer("How many hours to notify a personal data breach?")
    assert result["mode"] == "baseline" and not result["abstained"]
    assert result["answer"] in text and len(result["answer"]) <= 1000
    top = result["citations"][0]
    assert top["document"] == "northbridge-acme-dpa" and top["quote"] == result["answer"]
    assert top["pages"][0] <= top["pages"][1] and len(result["retrieved"]) == min(5, chunks)
