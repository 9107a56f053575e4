"""Batch conversion of a folder: parallel, atomic, resumable, every failure reported."""
from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


@dataclass
class Outcome:
    path: Path
    ok: bool
    targets: int = 0
    skipped: bool = False
    error: str | None = None
    code: int = 0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


def find_inputs(root: Path) -> list[Path]:
    """Notices below `root`, following no symlinked folders (so a link loop cannot trap us)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if p.suffix.lower() in SUFFIXES and not name.startswith("."):
                found.append(p)
    return found


def _stamp(data: bytes) -> str:
    from . import __version__

    return hashlib.sha256(data).hexdigest() + ":" + __version__


def convert_one(src: str, dst: str, fmt: str, targets_only: bool, force: bool) -> tuple[bool, int, bool, str | None, int]:
    """Runs in a worker: (ok, targets, skipped, error, exit code)."""
    from .errors import PlanparseError
    from .pipeline import parse
    from .writers import render, write_atomic

    src_p, dst_p = Path(src), Path(dst)
    stamp_p = dst_p.with_name(f".{dst_p.name}.stamp")
    try:
        data = src_p.read_bytes()
    except OSError as e:
        return False, 0, False, f"cannot read: {e.strerror or e}", 2
    stamp = _stamp(data)
    if not force and dst_p.exists() and stamp_p.exists() and stamp_p.read_text() == stamp:
        return True, 0, True, None, 0
    try:
        doc = parse(data, name=src)
    except PlanparseError as e:
        return False, 0, False, e.message, e.exit_code
    except Exception as e:  # a bug must not stop the batch; it is reported with the file
        return False, 0, False, f"internal error: {type(e).__name__}: {e}", 70
    try:
        write_atomic(dst_p, render(doc, fmt, targets_only=targets_only, file_label=src))
        write_atomic(stamp_p, stamp)
    except OSError as e:
        return False, 0, False, f"cannot write {dst_p}: {e.strerror or e}", 5
    return True, len(doc.targets), False, None, 0


def run_batch(root: Path, out: Path, fmt: str, jobs: int, targets_only: bool, force: bool,
              progress=None) -> Report:
    start = time.perf_counter()
    inputs = find_inputs(root)
    report = Report()
    ext = {"json": ".json", "yaml": ".yaml", "csv": ".csv"}[fmt]
    tasks = {str(p): str(out / p.relative_to(root).with_suffix(ext)) for p in inputs}
    if jobs <= 1:
        results = ((src, convert_one(src, dst, fmt, targets_only, force)) for src, dst in tasks.items())
        for src, res in results:
            report.outcomes.append(Outcome(Path(src), *res[:2], skipped=res[2], error=res[3], code=res[4]))
            if progress:
                progress(Path(src), len(report.outcomes), len(tasks))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futs = {pool.submit(convert_one, src, dst, fmt, targets_only, force): src for src, dst in tasks.items()}
            for fut in as_completed(futs):
                src = futs[fut]
                try:
                    res = fut.result()
                except Exception as e:  # the worker itself died (memory, signal)
                    res = (False, 0, False, f"worker failed: {e}", 70)
                report.outcomes.append(Outcome(Path(src), *res[:2], skipped=res[2], error=res[3], code=res[4]))
                if progress:
                    progress(Path(src), len(report.outcomes), len(tasks))
    report.outcomes.sort(key=lambda o: str(o.path))
    report.seconds = time.perf_counter() - start
    return report


def failures_json(report: Report) -> str:
    return json.dumps([{"file": str(o.path), "error": o.error, "code": o.code} for o in report.failures],
                      ensure_ascii=False, indent=2)
