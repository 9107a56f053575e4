"""Writers: a Document (or its targets) as JSON, YAML or CSV, written atomically."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .model import Document, Target

FORMATS = ("json", "yaml", "csv")

CSV_COLUMNS = ["file", "indicator", "value", "value_max", "unit", "comparator", "change", "kind",
               "deadline_start", "deadline_end", "deadline_text", "owners", "section", "table", "row",
               "text"]


def document_data(doc: Document, targets_only: bool = False) -> Any:
    data = doc.model_dump(mode="json")
    return data["targets"] if targets_only else data


def render(doc: Document, fmt: str, targets_only: bool = False, file_label: str | None = None) -> str:
    if fmt == "json":
        return json.dumps(document_data(doc, targets_only), ensure_ascii=False, indent=2) + "\n"
    if fmt == "yaml":
        return yaml.safe_dump(document_data(doc, targets_only), allow_unicode=True, sort_keys=False, width=1000)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(CSV_COLUMNS)
        for t in doc.targets:
            w.writerow(target_row(t, file_label if file_label is not None else (doc.source.path or "")))
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def target_row(t: Target, file_label: str) -> list[Any]:
    d = t.deadline
    return [
        file_label, t.indicator or "", t.value, "" if t.value_max is None else t.value_max, t.unit or "",
        t.comparator, t.change or "", t.kind,
        d.start.isoformat() if d and d.start else "", d.end.isoformat() if d else "", d.text if d else "",
        "、".join(t.owners), " / ".join(t.source.section_path),
        "" if t.source.table is None else t.source.table, "" if t.source.row is None else t.source.row,
        t.text,
    ]


def write_atomic(path: Path, content: str) -> None:
    """Write through a temporary file in the same folder and rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
