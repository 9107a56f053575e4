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


def test_batch_names_each_output_by_its_stem_unless_two_share_it(tmp_path):
    # the stem alone pairs an output with an answer file (score.py: <stem>.json); a notice
    # kept as both .txt and .docx keeps its suffix so that neither output overwrites the other
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(NOTICES[0], src / "a.txt")
    shutil.copy(NOTICES[1], src / "b.txt")
    shutil.copy(NOTICES[1].with_suffix(".docx"), src / "b.docx")
    out = tmp_path / "out"
    r = run("batch", src, "-o", out, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.json", "b.docx.json", "b.txt.json"]
    assert json.loads((out / "b.docx.json").read_text(encoding="utf-8"))["source"]["format"] == "docx"


def test_batch_ledger_has_every_target_with_its_file(tmp_path):
    import csv

    src = tmp_path / "in"
    src.mkdir()
    for p in NOTICES[:2]:
        shutil.copy(p, src / p.name)
    ledger = tmp_path / "ledger.csv"
    r = run("batch", src, "-o", tmp_path / "out", "--format", "csv", "--ledger", ledger, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    per_file = {p.name: len(json.loads(run("extract", p, "--targets-only").stdout)) for p in NOTICES[:2]}
    assert {name: sum(1 for x in rows if x["file"] == name) for name in per_file} == per_file


def test_batch_into_a_folder_that_cannot_be_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(NOTICES[0], src / "a.txt")
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be")
    r = run("batch", src, "-o", blocker, "--jobs", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "a.txt" in r.stderr and "cannot write" in r.stderr
    assert blocker.read_text() == "a file where the output folder should be"
