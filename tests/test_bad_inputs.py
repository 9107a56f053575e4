"""The catalogue of bad inputs (tests/bad/make_bad.py): a one-line error naming the file
and the reason, the documented exit code, no partial output — and a batch goes on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "bad"))
from make_bad import CATALOGUE, build  # noqa: E402

from conftest import NOTICES  # noqa: E402


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    return {e.name: (e, p) for e, p in build(tmp_path_factory.mktemp("bad"))}


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "planparse", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("name", [e.name for e in CATALOGUE])
def test_each_bad_input(catalogue, tmp_path, name):
    entry, path = catalogue[name]
    out = tmp_path / "out.json"
    r = run("extract", path, "-o", out, env=entry.env)
    assert r.returncode == entry.code, r.stderr
    assert "Traceback" not in r.stderr
    if entry.code == 0:
        assert entry.says in out.read_text(encoding="utf-8")
        json.loads(out.read_text(encoding="utf-8"))
    else:
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and entry.says in lines[0], r.stderr
        assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_batch_over_the_catalogue_and_the_samples(catalogue, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for entry, path in catalogue.values():
        if not entry.env:
            os.link(path, folder / path.name)
    for p in NOTICES:
        os.link(p, folder / p.name)
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a symlink loop
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")  # an unreadable entry
    (folder / "a-folder.txt").mkdir()
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "planparse", "batch", folder, "-o", out, "--jobs", "2"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    bad = [e for e, _ in catalogue.values() if not e.env and e.code != 0]
    good = [e for e, _ in catalogue.values() if not e.env and e.code == 0]
    def written(name: str) -> bool:  # x.json, or x.docx.json where another x.* is there too
        return (out / f"{Path(name).stem}.json").exists() or (out / f"{name}.json").exists()

    for e in bad:
        assert f"{e.name}:" in r.stderr and not written(e.name)
    for e in good:
        assert written(e.name), e.name
    for p in NOTICES:
        assert written(p.name)
    assert "dangling.txt" in r.stderr
    assert not list(out.rglob("*.tmp"))
