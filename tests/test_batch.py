"""`planparse batch` on a folder with a corrupt file among good ones."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import NOTICES


def run(*args):
    return subprocess.run([sys.executable, "-m", "planparse", *map(str, args)], capture_output=True, text=True)


def test_batch_converts_the_good_files_and_reports_the_bad(tmp_path):
    src = tmp_path / "in"
    (src / "sub dir").mkdir(parents=True)
    shutil.copy(NOTICES[0], src / "a.txt")
    shutil.copy(NOTICES[1], src / "sub dir" / "通知 二.txt")
    (src / "broken.txt").write_bytes(b"\x00\xff" * 500)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    r = run("batch", src, "-o", out, "--jobs", "2")
    assert r.returncode == 1
    assert "broken.txt" in r.stderr and "empty.txt" in r.stderr and "Traceback" not in r.stderr
    good = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert good["header"]["doc_number"] == "常经办发〔2023〕41号"
    assert (out / "sub dir" / "通知 二.json").exists()
    assert not (out / "broken.json").exists() and not (out / "empty.json").exists()
    assert not [p for p in out.rglob("*.tmp")]
    # a second run leaves what did not change alone, and --force converts it again
    before = (out / "a.json").stat().st_mtime_ns
    r2 = run("batch", src, "-o", out, "--jobs", "1")
    assert r2.returncode == 1 and (out / "a.json").stat().st_mtime_ns == before
    run("batch", src, "-o", out, "--jobs", "1", "--force")
    assert (out / "a.json").stat().st_mtime_ns != before
