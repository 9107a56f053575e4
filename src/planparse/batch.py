"""Batch conversion of a folder: parallel, atomic, resumable, every failure reported."""
from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

# .doc is listed so that a batch reports it (unsupported) rather than passing over it
SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc")


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


def output_names(inputs: list[Path], root: Path, ext: str) -> list[Path]:
    """Where each input's output goes below the output folder: the same folders, the file's
    stem and `ext` (a/notice.docx → a/notice.json, the name tools that pair outputs with
    answers by stem expect); where two inputs of a folder share a stem (notice.docx and
    notice.pdf), each keeps its suffix too (notice.docx.json, notice.pdf.json)."""
    stems = Counter((p.parent, p.stem) for p in inputs)
    return [p.relative_to(root).with_suffix((p.suffix if stems[p.parent, p.stem] > 1 else "") + ext)
            for p in inputs]


def _stamp(data: bytes) -> str:
    from . import __version__

    return hashlib.sha256(data).hexdigest() + ":" + __version__


def convert_one(src: str, dst: str, fmt: str, targets_only: bool, force: bool,
                rows_for: str | None = None) -> tuple[bool, int, bool, str | None, int, list]:
    """Runs in a worker: (ok, targets, skipped, error, exit code, ledger rows)."""
    from .errors import PlanparseError
    from .pipeline import parse
    from .writers import render, target_row, write_atomic

    src_p, dst_p = Path(src), Path(dst)
    stamp_p = dst_p.with_name(f".{dst_p.name}.stamp")
    try:
        data = src_p.read_bytes()
    except OSError as e:
        return False, 0, False, f"cannot read: {e.strerror or e}", 2, []
    stamp = _stamp(data)
    if not force and rows_for is None and dst_p.exists() and stamp_p.exists() and stamp_p.read_text() == stamp:
        return True, 0, True, None, 0, []
    try:
        doc = parse(data, name=src)
    except PlanparseError as e:
        return False, 0, False, e.message, e.exit_code, []
    except Exception as e:  # a bug must not stop the batch; it is reported with the file
        return False, 0, False, f"internal error: {type(e).__name__}: {e}", 70, []
    try:
        write_atomic(dst_p, render(doc, fmt, targets_only=targets_only, file_label=src))
        write_atomic(stamp_p, stamp)
    except OSError as e:
        return False, 0, False, f"cannot write {dst_p}: {e.strerror or e}", 5, []
    rows = [target_row(t, rows_for) for t in doc.targets] if rows_for is not None else []
    return True, len(doc.targets), False, None, 0, rows


def run_batch(root: Path, out: Path, fmt: str, jobs: int, targets_only: bool, force: bool,
              progress=None, ledger: Path | None = None) -> Report:
    start = time.perf_counter()
    inputs = find_inputs(root)
    report = Report()
    ext = {"json": ".json", "yaml": ".yaml", "csv": ".csv"}[fmt]
    tasks = {str(p): str(out / rel) for p, rel in zip(inputs, output_names(inputs, root, ext))}
    rows: dict[str, list] = {}

    def record(src: str, res) -> None:
        ok, n, skipped, error, code, ledger_rows = res
        report.outcomes.append(Outcome(Path(src), ok, n, skipped=skipped, error=error, code=code))
        rows[src] = ledger_rows
        if progress:
            progress(Path(src), len(report.outcomes), len(tasks))

    label = (lambda src: str(Path(src).relative_to(root))) if ledger else (lambda src: None)
    if jobs <= 1:
        for src, dst in tasks.items():
            record(src, convert_one(src, dst, fmt, targets_only, force, label(src)))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futs = {pool.submit(convert_one, src, dst, fmt, targets_only, force, label(src)): src
                    for src, dst in tasks.items()}
            for fut in as_completed(futs):
                try:
                    res = fut.result()
                except Exception as e:  # the worker itself died (memory, signal)
                    res = (False, 0, False, f"worker failed: {e}", 70, [])
                record(futs[fut], res)
    report.outcomes.sort(key=lambda o: str(o.path))
    if ledger:
        _write_ledger(ledger, [r for src in sorted(rows) for r in rows[src]])
    report.seconds = time.perf_counter() - start
    return report


def _write_ledger(path: Path, rows: list[list]) -> None:
    import csv
    import io

    from .writers import CSV_COLUMNS, write_atomic

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    w.writerows(rows)
    write_atomic(path, buf.getvalue())
