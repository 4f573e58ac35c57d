"""The README's set-up commands on a machine without chromium: `make test` installs it as root, and otherwise
stops with one line saying what to run (never raw Playwright errors)."""

import shutil
import subprocess

from .conftest import ROOT


def test_make_says_in_one_line_how_to_get_chromium_when_it_cannot_install_it(tmp_path):
    bin_dir = tmp_path / "bin"  # a PATH with no chromium and no apt-get, as a non-root user
    bin_dir.mkdir()
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "id").chmod(0o755)
    done = subprocess.run([shutil.which("make"), "-s", "-C", str(ROOT), "browser"], capture_output=True, text=True,
                          env={"PATH": str(bin_dir), "SHELL": "/bin/sh"})
    assert done.returncode != 0
    said = (done.stdout + done.stderr).strip().splitlines()
    assert said[0] == "The browser tests need chromium: run 'sudo apt-get install -y chromium', then make test again."
