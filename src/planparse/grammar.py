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


def by_char(words: Iterable[str], last: bool) -> dict[str, tuple[str, ...]]:
    """Words by their last (or first) character, longest first: a text's end (or start) then
    looks up the handful of words it could be, not the whole list."""
    out: dict[str, tuple[str, ...]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        k = w[-1] if last else w[0]
        out[k] = out.get(k, ()) + (w,)
    return out


def ending(text: str, by_last: dict[str, tuple[str, ...]]) -> str | None:
    """The longest of the words (`by_char(words, last=True)`) that `text` ends with, if any."""
    return next((w for w in by_last.get(text[-1:], ()) if text.endswith(w)), None)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


# ------------------------------------------------------------------ first characters

try:  # the standard library's regular-expression parser (private, stable since 3.11)
    from re import _constants as _sc, _parser as _sp
except ImportError:  # Python 3.10
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

DIGIT = r"\d"  # in a first-character set: any decimal digit
_STAND_IN = "\ue000"  # a private-use character put where a \p{...} property stood
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_REPEATS = tuple(op for op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, getattr(_sc, "POSSESSIVE_REPEAT", None)) if op)
_ZERO_WIDTH = (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT)


class _Unknown(Exception):
    pass


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of a (VERBOSE) pattern can start with, `DIGIT` standing for
    any decimal digit; None where that cannot be told: the pattern can match the empty
    string, starts with a negated set, another class (\\w, \\s) or a property, or uses
    syntax the standard library's parser does not read the way `regex` does.

    What it returns may hold characters a match never starts with, never the other way:
    lookarounds and anchors are passed over as if they always held.
    """
    if _set_operations(pattern):
        return None  # regex's V1 nested sets and set operations (a--b): re would misread them
    try:
        parsed = _sp.parse(_PROPERTY.sub(_STAND_IN, pattern), regex.VERBOSE)
        chars, empty = _first_of(parsed)
    except (_Unknown, _sc.error):
        return None
    if empty or _STAND_IN in chars:
        return None
    return frozenset(chars)


def _first_of(items) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    out: set[str] = set()
    for op, arg in items:
        chars, empty = _first_op(op, arg)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_op(op, arg) -> tuple[set[str], bool]:
    if op is _sc.LITERAL:
        return {chr(arg)}, False
    if op is _sc.IN:
        return _first_in(arg), False
    if op is _sc.SUBPATTERN:
        return _first_of(arg[-1])
    if op is _sc.BRANCH:
        out: set[str] = set()
        any_empty = False
        for branch in arg[1]:
            chars, empty = _first_of(branch)
            out |= chars
            any_empty |= empty
        return out, any_empty
    if op in _REPEATS:
        low, _high, item = arg
        chars, empty = _first_of(item)
        return chars, empty or low == 0
    if getattr(_sc, "ATOMIC_GROUP", None) is op:
        return _first_of(arg)
    if op in _ZERO_WIDTH:
        return set(), True
    raise _Unknown(op)


def _first_in(members) -> set[str]:
    out: set[str] = set()
    for op, arg in members:
        if op is _sc.LITERAL:
            out.add(chr(arg))
        elif op is _sc.RANGE and arg[1] - arg[0] < 256:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is _sc.CATEGORY and arg is _sc.CATEGORY_DIGIT:
            out.add(DIGIT)
        else:  # a negated set, a wide range, \w, \s …
            raise _Unknown(op)
    return out


def _set_operations(pattern: str) -> bool:
    """Whether a character set in the pattern nests a set or holds --, &&, || or ~~."""
    in_set, k = False, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_set:
            if ch == "[" or pattern[k:k + 2] in ("--", "&&", "||", "~~"):
                return True
            if ch == "]":
                in_set = False
        elif ch == "[":
            in_set = True
            k += 2 if pattern[k + 1:k + 2] in ("]", "^") else 1  # []…] and [^]…]: a literal ]
            continue
        k += 1
    return False
