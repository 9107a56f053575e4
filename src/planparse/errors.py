"""Errors a user can act on. Each carries the exit code the CLI returns."""
from __future__ import annotations


class PlanparseError(Exception):
    """Base class: a problem with one input file, reported without a traceback."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BadInput(PlanparseError):
    """The file is corrupt, empty, undecodable or not a notice."""

    exit_code = 2


class Unsupported(PlanparseError):
    """The file is of a kind planparse cannot read (scanned PDF, encrypted, unknown format)."""

    exit_code = 3


class ResourceLimit(PlanparseError):
    """The file exceeds a configured limit (size, pages, inflated size)."""

    exit_code = 4
