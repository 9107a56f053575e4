"""The command line as a user runs it: output formats, the schema, and errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import yaml

from conftest import NOTICES, SAMPLES

from planparse.model import Document


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "planparse", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def test_extract_prints_valid_json(tmp_path):
    r = run("extract", NOTICES[0])
    assert r.returncode == 0, r.stderr
    doc = Document.model_validate_json(r.stdout)
    assert doc.header.doc_number == "常经办发〔2023〕41号" and "常经办发" in r.stdout  # not \u-escaped


def test_yaml_round_trips_to_the_same_data(tmp_path):
    j, y = tmp_path / "a.json", tmp_path / "a.yaml"
    assert run("extract", NOTICES[1], "-o", j).returncode == 0
    assert run("extract", NOTICES[1], "--format", "yaml", "-o", y).returncode == 0
    assert json.loads(j.read_text(encoding="utf-8")) == yaml.safe_load(y.read_text(encoding="utf-8"))


def test_targets_only_and_csv_ledger(tmp_path):
    r = run("extract", NOTICES[0], "--targets-only")
    targets = json.loads(r.stdout)
    assert isinstance(targets, list) and targets and "value" in targets[0]
    out = tmp_path / "ledger.csv"
    assert run("extract", NOTICES[0], "--format", "csv", "-o", out).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(targets)
    owned = [r for r in rows if r["owners"]]
    assert owned and "、" in owned[0]["owners"]


def test_schema_is_the_models_json_schema():
    r = run("schema")
    schema = json.loads(r.stdout)
    assert r.returncode == 0 and {"header", "sections", "tables", "targets"} <= set(schema["properties"])


def test_samples_match_their_expected_output():
    for notice in NOTICES:
        expected = json.loads((SAMPLES / "expected" / f"{notice.name}.json").read_text(encoding="utf-8"))
        r = run("extract", f"samples/{notice.name}", cwd=SAMPLES.parent)
        got = json.loads(r.stdout)
        assert got["source"].pop("path") == f"samples/{notice.name}"
        expected["source"].pop("path")
        assert got == expected, notice.name


@pytest.mark.parametrize("content,code,words", [
    (b"", 2, "empty"),
    (b"\x00\x01\x02\x03garbage" * 200, 2, "binary"),
    (b"just some words with no notice in them at all\n", 2, "does not look like a notice"),
    (b"%PDF-1.7\n...", 2, "not a readable PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, 3, ".doc"),
    (b"{\\rtf1\\ansi 2025\\par}", 3, ".rtf"),
])
def test_bad_input_gets_a_clear_error_and_exit_code(tmp_path, content, code, words):
    f = tmp_path / "input.txt"
    f.write_bytes(content)
    out = tmp_path / "out.json"
    r = run("extract", f, "-o", out)
    assert r.returncode == code
    assert str(f) in r.stderr and words in r.stderr and "Traceback" not in r.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.json*"))


def test_missing_file_and_unwritable_output(tmp_path):
    r = run("extract", tmp_path / "nope.txt")
    assert r.returncode == 2 and "no such file" in r.stderr
    blocked = tmp_path / "file"
    blocked.write_text("x")
    r = run("extract", NOTICES[0], "-o", blocked / "out.json")
    assert r.returncode == 5 and "cannot write" in r.stderr and "Traceback" not in r.stderr


def test_python_api_accepts_bytes():
    import planparse

    doc = planparse.parse(NOTICES[2].read_bytes())
    assert doc.source.path is None and doc.source.format == "txt" and doc.targets


def test_the_python_api_leaves_the_cycle_collector_as_it_found_it():
    # parse pauses the collector while it runs (pipeline._cycle_collection_paused): a caller's
    # process must get it back on after a parse, a failed one too, and off where it was off
    import gc

    import planparse
    from planparse.errors import BadInput

    assert gc.isenabled()
    planparse.parse(NOTICES[2].read_bytes())
    assert gc.isenabled()
    with pytest.raises(BadInput):
        planparse.parse(b"%PDF-1.7 not really")
    assert gc.isenabled()
    gc.disable()
    try:
        planparse.parse(NOTICES[2].read_bytes())
        assert not gc.isenabled()
    finally:
        gc.enable()
