from ingest.pipeline import ingest_paths

from ..pdfs import write_scanned_pdf


def test_bad_files_do_not_stop_the_batch(store, tmp_path, english_pdf):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_text("not a pdf")
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".hidden.txt").write_text("ignored")
    write_scanned_pdf(folder / "scan.pdf")
    (folder / "big.txt").write_text("Artikel 1: Groot\n" + "tekst " * 3000)
    english_pdf.rename(folder / "good.pdf")
    report = ingest_paths(store, [folder], max_bytes=10_000)
    by_name = {r.path.name: r for r in report.results}
    assert set(by_name) == {"empty.txt", "fake.pdf", "notes.xlsx", "scan.pdf", "big.txt", "good.pdf"}
    assert by_name["good.pdf"].status == "ingested" and by_name["good.pdf"].pages == 4
    assert "over the" in by_name["big.txt"].reason and "MAX_FILE_MB" in by_name["big.txt"].reason
    assert "OCR" in by_name["scan.pdf"].reason
    assert len(report.failed) == 5
    assert [info.document for info, _ in store.documents()] == ["good"]


def test_same_name_from_another_folder_is_refused(store, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "dpa.txt").write_text("Artikel 1: A\nDe eerste overeenkomst.\n")
    (tmp_path / "b" / "dpa.txt").write_text("Artikel 1: B\nEen andere overeenkomst.\n")
    ingest_paths(store, [tmp_path / "a"])
    report = ingest_paths(store, [tmp_path / "b"])
    assert report.results[0].status == "failed" and "already ingested from" in report.results[0].reason
    assert "eerste" in store.clauses("dpa")[0].text
