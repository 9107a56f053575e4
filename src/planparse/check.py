"""`planparse check`: fail when a folder of notices no longer parses as expected.

Each notice is parsed and compared with its snapshot (`EXPECTED/<name>.json`,
e.g. `notice.docx.json`); per-file minimum expectations can be declared in a
`planparse-check.yaml` in the folder:

    "*.docx":            {min_targets: 10}
    "000_*.txt":         {doc_number: "常经办发〔2023〕41号", min_tables: 1}
"""
from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .batch import find_inputs

RULES_FILE = "planparse-check.yaml"
# Where the file was read from says nothing about how it parses.
_IGNORED = {("source", "path")}


@dataclass
class FileResult:
    path: Path
    problems: list[str] = field(default_factory=list)
    updated: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def snapshot_path(expected: Path, root: Path, notice: Path) -> Path:
    rel = notice.relative_to(root)
    return expected / rel.parent / f"{rel.name}.json"


def load_rules(root: Path, rules_file: Path | None) -> dict[str, dict[str, Any]]:
    path = rules_file or root / RULES_FILE
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of file patterns to expectations")
    return data


def check_rules(doc, name: str, rules: dict[str, dict[str, Any]]) -> list[str]:
    problems = []
    for pattern, want in rules.items():
        if not fnmatch.fnmatch(name, pattern):
            continue
        for key, value in (want or {}).items():
            if key == "min_targets" and len(doc.targets) < value:
                problems.append(f"expected at least {value} targets, found {len(doc.targets)}")
            elif key == "min_tables" and len(doc.tables) < value:
                problems.append(f"expected at least {value} tables, found {len(doc.tables)}")
            elif key == "min_sections" and len(doc.sections) + len(doc.attachments) < value:
                problems.append(f"expected at least {value} sections, found {len(doc.sections)}")
            elif key in ("doc_number", "title", "issuer", "signatory", "date"):
                got = getattr(doc.header, key)
                got = got.isoformat() if hasattr(got, "isoformat") else got
                if value is True and not got:
                    problems.append(f"expected a {key}, found none")
                elif value is not True and str(got) != str(value):
                    problems.append(f"expected {key} {value!r}, found {got!r}")
            elif key not in ("min_targets", "min_tables", "min_sections"):
                problems.append(f"unknown expectation {key!r} in {RULES_FILE}")
    return problems


def _strip(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    for a, b in _IGNORED:
        data.get(a, {}).pop(b, None)
    return data


def diff(old: dict, new: dict) -> list[str]:
    """What changed between two outputs, said the way a reader of the ledger would."""
    old, new = _strip(old), _strip(new)
    out: list[str] = []
    for key in sorted(set(old.get("header", {})) | set(new.get("header", {}))):
        a, b = old.get("header", {}).get(key), new.get("header", {}).get(key)
        if a != b:
            out.append(f"header.{key}: {a!r} → {b!r}")
    if old.get("sections") != new.get("sections") or old.get("attachments") != new.get("attachments"):
        titles = lambda d: [s["title"] for s in _walk(d)]  # noqa: E731
        a, b = titles(old), titles(new)
        gone, came = [t for t in a if t not in b], [t for t in b if t not in a]
        out.append(f"outline: {len(a)} → {len(b)} headings" + (f"; lost {gone[:3]}" if gone else "")
                   + (f"; new {came[:3]}" if came else ""))
    ta, tb = old.get("tables", []), new.get("tables", [])
    if ta != tb:
        out.append(f"tables: {len(ta)} → {len(tb)}" + ("" if len(ta) != len(tb) else " (cells changed)"))
    out += _target_diff(old.get("targets", []), new.get("targets", []))
    return out


def _walk(d: dict):
    stack = list(d.get("sections", [])) + [s for a in d.get("attachments", []) for s in a.get("sections", [])]
    while stack:
        s = stack.pop(0)
        yield s
        stack[0:0] = s.get("children", [])


def _key(t: dict) -> tuple:
    s = t.get("source", {})
    return (s.get("table"), s.get("row"), s.get("column"), tuple(s.get("section_path", [])), t.get("text"),
            s.get("start"))


def _target_diff(a: list[dict], b: list[dict]) -> list[str]:
    out = []
    ka = {_key(t): t for t in a}
    kb = {_key(t): t for t in b}
    for k, t in ka.items():
        if k not in kb:
            out.append(f"target removed: {t.get('value')}{t.get('unit') or ''} in “{(t.get('text') or '')[:40]}”")
    for k, t in kb.items():
        if k not in ka:
            out.append(f"target added: {t.get('value')}{t.get('unit') or ''} in “{(t.get('text') or '')[:40]}”")
            continue
        old = ka[k]
        for f in sorted(set(old) | set(t)):
            if f != "source" and old.get(f) != t.get(f):
                out.append(f"target {t.get('value')}{t.get('unit') or ''} “{(t.get('text') or '')[:30]}”: "
                           f"{f} {old.get(f)!r} → {t.get(f)!r}")
    return out


def run_check(root: Path, expected: Path, update: bool, rules_file: Path | None = None) -> list[FileResult]:
    from .errors import PlanparseError
    from .model import Document
    from .pipeline import parse
    from .writers import render, write_atomic

    rules = load_rules(root, rules_file)
    results = []
    expected_abs = expected.resolve()
    for notice in find_inputs(root):
        if expected_abs in notice.resolve().parents:
            continue
        res = FileResult(notice)
        results.append(res)
        try:
            doc = parse(notice)
        except PlanparseError as e:
            res.problems.append(f"cannot be parsed: {e.message}")
            continue
        except Exception as e:  # a bug: reported with the file, the check goes on
            res.problems.append(f"internal error: {type(e).__name__}: {e}")
            continue
        text = render(doc, "json")
        data = json.loads(text)
        try:
            Document.model_validate(data)
        except Exception as e:  # the output no longer fits its own schema
            res.problems.append(f"output breaks the schema: {e}")
        res.problems += check_rules(doc, notice.name, rules)
        snap = snapshot_path(expected, root, notice)
        if update:
            write_atomic(snap, text)
            res.updated = True
            continue
        if not snap.exists():
            res.problems.append(f"no snapshot at {snap} (run with --update to write it)")
            continue
        changes = diff(json.loads(snap.read_text(encoding="utf-8")), data)
        if changes:
            res.problems.append("differs from its snapshot:\n    " + "\n    ".join(changes[:40])
                                + (f"\n    … and {len(changes) - 40} more" if len(changes) > 40 else ""))
    return results
