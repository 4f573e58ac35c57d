"""The README's set-up commands on a machine without chromium or Tesseract: `make test` installs them as root, and
otherwise stops with one line saying what to run (never raw Playwright errors); `make demo` goes on without OCR."""

import shutil
import subprocess

from .conftest import ROOT


def _make(tmp_path, *targets):
    bin_dir = tmp_path / "bin"  # a PATH with no chromium, no tesseract and no apt-get, as a non-root user
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "id").chmod(0o755)
    done = subprocess.run([shutil.which("make"), "-s", "-C", str(ROOT), *targets], capture_output=True, text=True,
                          env={"PATH": str(bin_dir), "SHELL": "/bin/sh"})
    return done.returncode, (done.stdout + done.stderr).strip().splitlines()


def test_make_says_in_one_line_how_to_get_chromium_when_it_cannot_install_it(tmp_path):
    code, said = _make(tmp_path, "browser")
    assert code != 0
    assert said[0] == "The browser tests need chromium: run 'sudo apt-get install -y chromium', then make test again."


def test_make_says_in_one_line_how_to_get_tesseract_and_the_demo_goes_on_without_it(tmp_path):
    code, said = _make(tmp_path, "ocr")
    assert code != 0
    assert said[:1] == ["OCR of scanned PDFs needs Tesseract: run 'sudo apt-get install -y tesseract-ocr "
                    "tesseract-ocr-nld tesseract-ocr-fra', then make test again."]
    code, said = _make(tmp_path, "ocr", "OCR_OPTIONAL=1")
    assert code == 0 and said == ["OCR of scanned PDFs needs Tesseract: run 'sudo apt-get install -y tesseract-ocr "
                                  "tesseract-ocr-nld tesseract-ocr-fra'."]
