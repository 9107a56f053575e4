"""The `planparse` command line.

Exit codes: 0 success; 1 a batch or check found failures; 2 bad input (or a
usage error); 3 unsupported input (scanned or encrypted PDF, .doc); 4 a
resource limit was hit; 5 the output could not be written; 70 an internal error (a bug).
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Parse Chinese government notices (公文) into structured JSON: header, outline, tables, targets.",
)

EXIT_OUTPUT = 5
EXIT_INTERNAL = 70


class Format(str, Enum):
    json = "json"
    yaml = "yaml"
    csv = "csv"


def _fail(message: str, code: int) -> None:
    typer.echo(f"planparse: {message}", err=True)
    raise typer.Exit(code)


@app.command(
    epilog="Examples:\n\n"
    "  planparse extract samples/000_2e09f0fb1ab2e70d.txt\n\n"
    "  planparse extract notice.docx --format yaml -o notice.yaml\n\n"
    "  planparse extract notice.pdf --targets-only --format csv -o ledger.csv"
)
def extract(
    file: Path = typer.Argument(..., help="The notice: .docx, .pdf, .html or .txt (format told by content)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of standard output."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, yaml, or csv (one row per target)."),
    targets_only: bool = typer.Option(False, "--targets-only", help="Only the list of targets."),
) -> None:
    """Extract one notice's header, outline, tables and targets."""
    from .errors import PlanparseError
    from .pipeline import parse
    from .writers import render, write_atomic

    try:
        doc = parse(file)
    except PlanparseError as e:
        _fail(str(e), e.exit_code)
    except Exception as e:  # a bug: say so in one line, with what to report
        if os.environ.get("PLANPARSE_DEBUG"):
            raise
        _fail(f"{file}: internal error ({type(e).__name__}: {e}); please report it with the file "
              "(PLANPARSE_DEBUG=1 shows the traceback)", EXIT_INTERNAL)
    text = render(doc, format.value, targets_only=targets_only, file_label=str(file))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as e:
        _fail(f"{output}: cannot write: {e.strerror or e}", EXIT_OUTPUT)


@app.command(epilog="Example:\n\n  planparse batch notices/ -o out/ --format json --jobs 2")
def batch(
    folder: Path = typer.Argument(..., help="Folder of notices, searched recursively."),
    output: Path = typer.Option(..., "-o", "--output", help="Output folder; mirrors the input tree (a/x.docx → a/x.json; x.docx.json where x.pdf is there too)."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, yaml, or csv."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: all cores)."),
    targets_only: bool = typer.Option(False, "--targets-only", help="Only the list of targets."),
    force: bool = typer.Option(False, "--force", help="Convert again files whose content did not change."),
    ledger: Optional[Path] = typer.Option(None, "--ledger", help="Also write one CSV of all targets of all files."),
) -> None:
    """Convert a folder of notices. One bad file never stops the batch; exit 1 if any failed."""

    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from .batch import run_batch

    if not folder.is_dir():
        _fail(f"{folder}: not a folder", 2)
    jobs = jobs or os.cpu_count() or 1
    err = Console(stderr=True)
    with Progress(console=err, disable=not err.is_terminal, transient=True) as bar:
        task = bar.add_task("parsing", total=None)

        def step(path: Path, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"{path.name}")

        report = run_batch(folder, output, format.value, jobs, targets_only, force, progress=step,
                           ledger=ledger)
    for o in report.failures:
        # one plain line per failure, never wrapped, so scripts can grep it
        typer.echo(f"failed {o.path}: {o.error} (exit {o.code})", err=True)
    summary = Table(title="planparse batch")
    for col in ("files", "converted", "unchanged", "failed", "targets", "seconds"):
        summary.add_column(col, justify="right")
    ok = [o for o in report.outcomes if o.ok]
    summary.add_row(str(len(report.outcomes)), str(len([o for o in ok if not o.skipped])),
                    str(len([o for o in ok if o.skipped])), str(len(report.failures)),
                    str(sum(o.targets for o in ok)), f"{report.seconds:.1f}")
    err.print(summary)
    if report.failures:
        raise typer.Exit(1)


@app.command(epilog="Examples:\n\n  planparse check samples/\n\n  planparse check notices/ --expected snapshots/ --update")
def check(
    folder: Path = typer.Argument(..., help="Folder of notices, searched recursively."),
    expected: Optional[Path] = typer.Option(None, "--expected", help="Snapshot folder (default: FOLDER/expected)."),
    update: bool = typer.Option(False, "--update", help="Rewrite the snapshots from the current output."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Expectations file (default: FOLDER/planparse-check.yaml)."),
) -> None:
    """Fail (exit 1) when a notice no longer parses, breaks the schema, misses an expectation,
    or differs from its snapshot."""
    from .check import run_check

    if not folder.is_dir():
        _fail(f"{folder}: not a folder", 2)
    try:
        results = run_check(folder, expected or folder / "expected", update, rules)
    except (ValueError, OSError) as e:
        _fail(str(e), 2)
    bad = [r for r in results if not r.ok]
    for r in results:
        if r.ok:
            typer.echo(f"ok      {r.path}" + ("  (snapshot written)" if r.updated else ""))
        else:
            typer.echo(f"FAILED  {r.path}")
            for p in r.problems:
                typer.echo(f"  - {p}")
    typer.echo(f"{len(results) - len(bad)} passed, {len(bad)} failed")
    if not results:
        _fail(f"{folder}: no notices found", 2)
    if bad:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (the Document model)."""
    import json

    from .model import Document

    typer.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))


def _version_callback(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"planparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    pass


def main() -> None:
    app()
