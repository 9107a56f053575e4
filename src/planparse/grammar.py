"""Loads the grammars kept as data in the top-level `grammars/` folder.

Patterns and word lists live in YAML so that a user can add a unit or a
comparator word without touching code; they are read and compiled once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import regex
import yaml


def grammar_dir() -> Path:
    packaged = Path(__file__).parent / "grammars"  # in a wheel
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "grammars"  # in a source checkout


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    path = grammar_dir() / f"{name}.yaml"
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.VERBOSE | regex.V1)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
