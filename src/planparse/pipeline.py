"""The pipeline, one way: bytes → blocks → structure → targets → Document."""
from __future__ import annotations

import gc
import hashlib
import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Union

from .errors import BadInput, PlanparseError, ResourceLimit
from .model import Document, SourceFile
from .readers import detect_format, read_blocks
from .readers.limits import LIMITS
from .structure.assemble import assemble
from .targets.extract import extract_targets


@contextmanager
def _time_limit(seconds: int, label: str | None):
    """Stop a parse that runs past the limit (main thread only: signals cannot reach others)."""
    usable = seconds > 0 and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum, frame):
        raise ResourceLimit(f"parsing took longer than {seconds} s (PLANPARSE_MAX_SECONDS)", label)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _cycle_collection_paused():
    """No cycle collection while a notice is parsed.

    A parse makes tens of thousands of short-lived lists and tuples; each few hundred
    of them start a collection, and now and then one that walks every object the
    process holds. Where it holds many (a notebook's data; python-docx's objects in the
    benchmark) that cost 2.7 ms of a 15 ms parse of 000.docx on average, the median
    parse 15-20 % slower (docs/performance.md). They are freed by their counts, not by
    the collector: a parse leaves no cycles (a PDF a hundred-odd small ones, collected
    later as usual). Where the collector is off already it stays off; where it was on it
    is on again after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse(source: Union[str, os.PathLike, bytes], *, name: str | None = None) -> Document:
    """Parse a notice (a path, or the file's bytes) into a validated Document.

    Raises a PlanparseError subclass (BadInput, Unsupported, ResourceLimit) for
    input it cannot read; limits are set by PLANPARSE_MAX_* environment variables.
    """
    if isinstance(source, (bytes, bytearray)):
        data, path = bytes(source), None
    else:
        path = str(source)
        p = Path(path)
        if not p.exists():
            raise BadInput("no such file", path)
        if p.is_dir():
            raise BadInput("is a directory, not a file", path)
        size = p.stat().st_size
        if size > LIMITS.max_bytes:
            raise ResourceLimit(f"file is {size:,} bytes, over the limit of {LIMITS.max_bytes:,}", path)
        try:
            data = p.read_bytes()
        except PermissionError:
            raise BadInput("permission denied", path) from None
        except OSError as e:
            raise BadInput(f"cannot read: {e.strerror or e}", path) from None
    label = path or name
    if not data:
        raise BadInput("the file is empty", label)
    if len(data) > LIMITS.max_bytes:
        raise ResourceLimit(f"input is {len(data):,} bytes, over the limit of {LIMITS.max_bytes:,}", label)
    with _time_limit(LIMITS.max_seconds, label), _cycle_collection_paused():
        try:
            return _document(data, path, label)
        except RecursionError:
            raise ResourceLimit("the document is nested too deeply", label) from None
        except MemoryError:
            raise ResourceLimit("the document needs more memory than there is", label) from None
        except PlanparseError as e:
            if e.path is None:
                e.path = label
            raise


def _document(data: bytes, path: str | None, label: str | None) -> Document:
    """The pipeline proper. (A function of its own: its blocks and structure are freed when
    it returns, before the collector, on again, walks what the parse left: that walk took
    0.15 ms of a 12 ms parse of 000.docx with them, 0.10 ms without.)"""
    fmt = detect_format(data, label)
    blocks = read_blocks(data, fmt, label)
    if not blocks:
        raise BadInput("no text found", label)
    structure = assemble(blocks)
    if not _looks_like_notice(structure):
        raise BadInput("this does not look like a notice: no header, headings or tables found", label)
    return Document(
        source=SourceFile(path=path, format=fmt, sha256=hashlib.sha256(data).hexdigest()),
        header=structure.header,
        sections=structure.sections,
        attachments=structure.attachments,
        tables=[v.table for v in structure.tables],
        targets=extract_targets(structure),
    )


def _looks_like_notice(s) -> bool:
    h = s.header
    has_header = any([h.doc_number, h.title, h.date, h.signatory])
    return has_header or bool(s.sections) or bool(s.attachments) or bool(s.tables)
