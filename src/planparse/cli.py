"""The `planparse` command line.

Exit codes: 0 success; 1 a batch or check found failures; 2 bad input (or a
usage error); 3 unsupported input (scanned or encrypted PDF, .doc); 4 a
resource limit was hit; 5 the output could not be written.
"""
from __future__ import annotations

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
    text = render(doc, format.value, targets_only=targets_only, file_label=str(file))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as e:
        _fail(f"{output}: cannot write: {e.strerror or e}", EXIT_OUTPUT)


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
