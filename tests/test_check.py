"""`planparse check` on a folder whose snapshot no longer matches."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import NOTICES


def run(*args):
    return subprocess.run([sys.executable, "-m", "planparse", *map(str, args)], capture_output=True, text=True)


def test_check_passes_then_reports_a_changed_snapshot(tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    shutil.copy(NOTICES[0], folder / NOTICES[0].name)
    r = run("check", folder, "--update")
    assert r.returncode == 0 and "snapshot written" in r.stdout
    snap = folder / "expected" / f"{NOTICES[0].name}.json"
    assert run("check", folder).returncode == 0
    data = json.loads(snap.read_text(encoding="utf-8"))
    data["header"]["doc_number"] = "某发〔2023〕1号"
    data["targets"][0]["comparator"] = ">="
    removed = data["targets"].pop(1)
    snap.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = run("check", folder)
    assert r.returncode == 1 and "1 failed" in r.stdout
    assert "header.doc_number: '某发〔2023〕1号' → '常经办发〔2023〕41号'" in r.stdout
    assert "comparator '>=' → '='" in r.stdout
    assert f"target added: {removed['value']}" in r.stdout


def test_check_expectations_and_unparseable_files(tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    shutil.copy(NOTICES[1], folder / "a.txt")
    (folder / "b.txt").write_bytes(b"")
    (folder / "planparse-check.yaml").write_text('"a.txt": {min_targets: 100000, doc_number: true}\n', encoding="utf-8")
    run("check", folder, "--update")
    r = run("check", folder)
    assert r.returncode == 1
    assert "expected at least 100000 targets" in r.stdout
    assert "b.txt" in r.stdout and "cannot be parsed: the file is empty" in r.stdout
