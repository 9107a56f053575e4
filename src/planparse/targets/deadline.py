"""The deadline grammar: `到2025年底`, `2021年上半年`, `2020-2022年`, `年内`, `十四五末`.

Pure functions: `find_deadlines(text, doc_year)` lists every deadline
expression in a (folded) text with its span, so the caller can pick the
nearest one to a number.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, insort
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import grammar
from ..model import Deadline
from ..numerals import chinese_to_int

_PARTS_END = {"上半年": (6, 30), "年中": (6, 30), "第一季度": (3, 31), "一季度": (3, 31), "第二季度": (6, 30),
              "二季度": (6, 30), "第三季度": (9, 30), "三季度": (9, 30),
              "第1季度": (3, 31), "1季度": (3, 31), "第2季度": (6, 30), "2季度": (6, 30),
              "第3季度": (9, 30), "3季度": (9, 30)}  # the others end the year


_YEARS = re.compile(r"年|五|(?:19|20)\d\d")  # what every pattern but month_only needs


class Found(NamedTuple):  # a tuple: cheap to make
    start: int
    end: int
    deadline: Deadline


@lru_cache(maxsize=None)
def _g():
    g = grammar.load("deadlines")
    return {
        "patterns": {k: grammar.compile_pattern(v) for k, v in g["patterns"].items()},
        "needs": {k: tuple(v) for k, v in g["needs"].items()},
        # one alternation, one pass (a pass a pattern cost three times as much): where two
        # would match over each other the first found wins, and both cover the same year
        "not": grammar.compile_pattern("|".join(f"(?:{p})" for p in [*g["not_deadline"], g["starts"]])),
        "starts": grammar.compile_pattern(g["starts"]),
        "plan_base": g["plan_base"],
        "lead": {k: regex.compile(grammar.alternation(ws) + r"\s*$") for k, ws in g["lead_words"].items()},
        "column_year": grammar.compile_pattern(g["column_year"]),
        "schedule": grammar.compile_pattern(g["schedule_columns"]),
        "schedule_month": grammar.compile_pattern(g["schedule_month"]),
    }


def _year_end(y: int) -> dt.date:
    return dt.date(y, 12, 31)


def _point(y: int, m: str | None, d: str | None, part: str | None) -> dt.date | None:
    if not 1900 < y < 2200:
        return None
    if m:
        mo = int(m)
        if not 1 <= mo <= 12:
            return None
        if d and 1 <= int(d) <= calendar.monthrange(y, mo)[1]:
            return dt.date(y, mo, int(d))
        return dt.date(y, mo, calendar.monthrange(y, mo)[1])
    if part in _PARTS_END:
        mo, day = _PARTS_END[part]
        return dt.date(y, mo, day)
    return _year_end(y)


def find_deadlines(text: str, doc_year: int | None = None, year_in_force: int | None = None) -> list[Found]:
    """Deadline expressions in `text`, in order, not overlapping (see _find_deadlines)."""
    return list(_find_deadlines(text, doc_year, year_in_force))


@lru_cache(maxsize=4096)  # schedule cells and lead sentences repeat
def _find_deadlines(text: str, doc_year: int | None, year_in_force: int | None) -> tuple[Found, ...]:
    """Deadline expressions in `text`, in order, not overlapping.

    `doc_year` counts `三年内` from the document's year; `year_in_force` is what
    `年内`/`全年` mean where the text stands (a table column's year), by default
    the document's.
    """
    year_in_force = year_in_force or doc_year
    # every deadline expression names a year or a plan (十四五), or a month or part of the
    # year in force: cheap tests first, most texts have none
    years = bool(_YEARS.search(text))
    months = bool(year_in_force) and (("月" in text and ("前" in text or "底" in text or "末" in text))
                                      or "季度" in text or "半年" in text)
    if not years and not months:
        return ()
    g = _g()
    blocked: _Intervals | None = None  # looked for only once something could be a deadline
    taken = _Intervals(())
    found: list[Found] = []

    def free(a: int, b: int) -> bool:
        nonlocal blocked
        if blocked is None:
            blocked = _Intervals(m.span() for m in g["not"].finditer(text))
        return not blocked.overlaps(a, b) and not taken.overlaps(a, b)

    def add(f: Found) -> None:
        found.append(f)
        taken.add(f.start, f.end)

    pats = g["patterns"]
    if years:
        _year_words(text, doc_year, year_in_force, pats, g["plan_base"], free, add)
    if months:
        for m in pats["month_only"].finditer(text):
            end = _point(year_in_force, m.group("m"), None, m.group("part"))
            if end and free(*m.span()):
                a = _lead(text, m.start(), "point")  # 到6月底, 截至10月底: the lead is the deadline's
                add(Found(a, m.end(), Deadline(end=end, text=text[a:m.end()])))
    found.sort(key=lambda f: f.start)
    return tuple(found)


def _may(pattern: str, text: str) -> bool:
    """Whether `text` holds a word the pattern needs (the grammar's `needs`)."""
    words = _g()["needs"].get(pattern)
    if words is None:
        return True
    for w in words:  # (a loop: any() over a generator cost as much as the tests)
        if w in text:
            return True
    return False


def _year_starts(text: str) -> list[int]:
    """Where a year (19xx, 20xx) starts, overlapping as a scan would try them (2020 in
    12020), in order; found with str.find, which passes over the rest far faster than a
    regex scan."""
    out = []
    for lead in ("19", "20"):
        k = text.find(lead)
        while k >= 0:
            if len(text) >= k + 4 and text[k + 2:k + 4].isdigit():
                out.append(k)
            k = text.find(lead, k + 1)
    out.sort()
    return out


def _from_years(pattern: regex.Pattern, text: str, years: list[int]):
    """The matches `pattern.finditer(text)` finds, for a pattern that starts with a year:
    tried only where a year starts (a text has a few; a scan visits every character)."""
    end = 0
    for p in years:
        if p >= end and (m := pattern.match(text, p)):
            end = m.end()
            yield m


def _year_words(text: str, doc_year: int | None, year_in_force: int | None, pats: dict, base: dict,
                free, add) -> None:
    """The expressions that name a year or a plan, in order of precedence (a span before
    the points in it)."""
    # where a year starts (overlapping, as a scan would try 2020 in 12020): span, month_span
    # and point start there; the plan and years-from-now patterns are tried only where a word
    # they need stands (the grammar's `needs`)
    years = _year_starts(text)
    for m in _from_years(pats["span"], text, years):
        y1, y2 = int(m.group("y")), int(m.group("y2"))
        if y2 > y1 and free(*m.span()):
            add(Found(m.start(), m.end(), Deadline(start=dt.date(y1, 1, 1), end=_year_end(y2),
                                                            text=text[m.start():m.end()])))
    for m in _from_years(pats["month_span"], text, years) if _may("month_span", text) else ():
        y = int(m.group("y"))
        start, end = _point(y, m.group("m"), m.group("d") or "1", None), _point(y, m.group("m2"), m.group("d2"), None)
        if start and end and end > start and free(*m.span()):
            add(Found(m.start(), m.end(), Deadline(start=start, end=end, text=text[m.start():m.end()])))
    for m in _from_years(pats["point"], text, years):
        y, mo, d, part = m.group("y", "m", "d", "part")
        end = _point(int(y), mo, d, part)
        if end and free(m.start(), m.end()):
            a, b = _lead(text, m.start(), "point"), m.end()
            add(Found(a, b, Deadline(end=end, text=text[a:b])))
    for m in pats["plan_period"].finditer(text) if _may("plan_period", text) else ():
        n = chinese_to_int(m.group("plan")) or 0
        n = 10 + n  # 十四 → 14
        y = base["end_year"] + 5 * (n - base["number"])
        if free(*m.span()):
            # 十四五末 is a point in time; 十四五期间 the whole period; 十四五中期 its third year
            mid = m.group().endswith("中期")
            start = None if m.group().endswith("末") or mid else dt.date(y - 4, 1, 1)
            add(Found(m.start(), m.end(), Deadline(start=start, end=_year_end(y - 2 if mid else y),
                                                            text=text[m.start():m.end()])))
    if year_in_force:
        for name, lead in (("within_years", True), ("from_now", False)):
            for m in pats[name].finditer(text) if _may(name, text) else ():
                n = int(m.group("n")) if m.group("n").isdigit() else chinese_to_int(m.group("n"))
                a = _lead(text, m.start(), "within_years") if lead else m.start()
                if doc_year and n and n < 20 and free(a, m.end()):
                    add(Found(a, m.end(), Deadline(end=_year_end(doc_year + n - 1), text=text[a:m.end()])))
        for m in pats["next_year"].finditer(text) if _may("next_year", text) else ():
            end = _point(year_in_force + 1, m.group("m"), None, m.group("part"))
            if end and free(*m.span()):
                add(Found(m.start(), m.end(), Deadline(end=end, text=m.group())))
        for m in pats["this_year"].finditer(text):
            if free(*m.span()):
                add(Found(m.start(), m.end(), Deadline(end=_year_end(year_in_force), text=m.group())))


class _Intervals:
    """Non-overlapping-or-not spans, asked whether any overlaps [a, b) in O(log n)."""

    def __init__(self, spans):
        self.spans = sorted(spans)

    def add(self, a: int, b: int) -> None:
        insort(self.spans, (a, b))

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_left(self.spans, (b, -1))  # spans starting before b
        # spans are short (a few words), so only the nearest few can reach a
        for _, e in self.spans[max(0, k - 8):k]:
            if e > a:
                return True
        return False


def _lead(text: str, start: int, kind: str) -> int:
    """Where a deadline's words start: at the 到/至/截至 (or 利用 …) right before it, if any."""
    m = _g()["lead"][kind].search(text, max(0, start - 8), start)
    return m.start() if m else start


@lru_cache(maxsize=1024)
def column_deadline(column: str) -> Deadline | None:
    """`2024年任务分解` or `2025年` as a table column: that year's end."""
    m = _g()["column_year"].search(column)
    if not m:
        return None
    return Deadline(end=_year_end(int(m.group("y"))), text=column)


def says_start(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] says when something starts (2024年起, 明年起): no deadline is due there."""
    if text.find("起", a, b) < 0 and text.find("开始", a, b) < 0:
        return False  # most clauses: a test in C first
    return _g()["starts"].search(text, a, b) is not None


def without_starts(words: str) -> str:
    """`words` less what says when something starts (2024年起每年开展… → 每年开展…)."""
    if "起" not in words and "开始" not in words:
        return words
    return _g()["starts"].sub("", words)


def is_schedule_column(column: str) -> bool:
    return bool(_g()["schedule"].search(column))


def schedule_deadlines(cell: str, doc_year: int | None) -> list[Found]:
    """The deadlines of a schedule cell (完成时限, 时间节点 …): as in running text, and a month
    alone (10月底, 12月), which the column says is a time to be done by, of the year in force."""
    found = find_deadlines(cell, doc_year)
    if found or not doc_year:
        return found
    m = _g()["schedule_month"].fullmatch(cell)
    end = _point(doc_year, m.group("m"), None, None) if m else None
    return [Found(m.start(), m.end(), Deadline(end=end, text=cell.strip()))] if end else []
