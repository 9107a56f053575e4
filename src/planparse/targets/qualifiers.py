"""Comparator, change and kind of a quantity, from the words around it (spec §3.2)."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import grammar
from ..numerals import despace


@lru_cache(maxsize=None)
def _g():
    g = grammar.load("quantities")
    before = [(w, op) for op, ws in g["comparators"]["before"].items() for w in ws]
    after = [(w, op) for op, ws in g["comparators"]["after"].items() for w in ws]
    k = g["kind"]
    return {
        "before": sorted(before, key=lambda x: len(x[0]), reverse=True),
        "before_words": tuple(w for w, _ in before),
        "after": sorted(after, key=lambda x: len(x[0]), reverse=True),
        "after_words": tuple(w for w, _ in after) + tuple("的" + w for w, _ in after),
        # the bound, then up to 40 characters with no number or clause mark, then the number
        "distant": regex.compile(f"(?P<w>{grammar.alternation(g['comparators']['distant'])})"
                                 r"(?P<rest>[^0-9，,；;。]{1,40})$"),
        "level_words": tuple(g["plain_before"]) + tuple(g["change"]["increase"]) + tuple(g["change"]["decrease"]),
        "raise_to": regex.compile(grammar.alternation(g["raise_to"])),
        "between": grammar.by_char(g["between"] + grammar.load("indicator")["count_verbs"], last=True),
        "not_approx": tuple(grammar.load("indicator")["not_approx"]),
        "increase": g["change"]["increase"],
        "decrease": g["change"]["decrease"],
        "increase_words": tuple(g["change"]["increase"]),
        "decrease_words": tuple(g["change"]["decrease"]),
        "level": tuple(g["change"]["level_markers"]),
        "from_words": tuple(g["change"]["from_words"]),
        "from_word": regex.compile(grammar.alternation(g["change"]["from_words"])),
        "from_to": regex.compile(f"^{grammar.alternation(g['change']['from_to_verbs'])}?"
                                 f"{grammar.alternation(g['change']['level_markers'])}$"),
        "actual_columns": grammar.compile_pattern(k["actual_columns"]),
        "year_column": grammar.compile_pattern(k["year_column"]),
        "actual_sections": grammar.compile_pattern(k["actual_sections"]),
        "future": grammar.compile_pattern(k["future_markers"]),
        "current": grammar.compile_pattern(k["current_markers"]),
        "baseline": grammar.compile_pattern(k["baseline"]),
    }


# (and a bound: 减少至少20%, 增幅控制在5%以内 are changes, the bound their comparator)
_TRAIL_WORDS = ("平均", "逐年", "每年", "年均", "分别", "了", "约", "至少", "不少于", "不低于", "超过", "不超过", "控制在")
_TRAIL = regex.compile(f"(?:{'|'.join(_TRAIL_WORDS)})+$")
_THINGS = regex.compile(r"\p{Han}{2}")
_AFTER_CHANGE = regex.compile(r"^(?:的)?(?:比例|幅度|逐年|每年|年均|同比)+(?P<w>\p{Han}{2})")


_squash = despace
_INCLUSIVE = ("（含）", "(含)")


def comparator(before: str, after: str, is_range: bool) -> str:
    """`before` is the clause up to the number, `after` the clause after its unit."""
    return comparator_and_source(before, after, is_range)[0]


def comparator_and_source(before: str, after: str, is_range: bool) -> tuple[str, str | None]:
    """The comparator, and whether words before or after the number said it (None: nothing did)."""
    if is_range:
        return "range", None
    g = _g()
    post = _squash(after)
    if post.startswith(_INCLUSIVE):
        post = post[3:]  # 95%（含）以上: the bound holds the number itself
    if post.startswith(g["after_words"]):
        for w, op in g["after"]:
            if post.startswith(w) or post.startswith("的" + w):
                return op, "after"
    pre = clause = _squash(before)
    for _ in range(3):
        if pre.endswith(g["before_words"]) and not pre.endswith(g["not_approx"]):
            for w, op in g["before"]:
                if pre.endswith(w):
                    return op, "before"
        # 不低于达到50%, 至少配备1名: look past a verb
        verb = grammar.ending(pre, g["between"])
        if verb is None:
            break
        pre = pre[: -len(verb)]
    far = g["distant"].search(clause)
    if far and not any(w in far.group("rest") for w in g["level_words"]):
        return dict(g["before"])[far.group("w")], "before"
    return "=", None


_COORDINATED = regex.compile(r"^[^，,；;。]{0,30}?(?:和|及|以及|、|或)[^，,；;。达为到至提降增减]{0,30}$")


def shares_comparator(between: str) -> bool:
    """`至少配备1名医师和1名护士`: a number joined to the one before by 和/及/、 shares its comparator."""
    return bool(_COORDINATED.match(_squash(between)))


def change(before: str, after: str, counted: bool = False) -> str | None:
    """`提高5%` / `按5-8%比例逐年提高`: increase; `降低1个百分点`: decrease; `提高到60%`: a level.

    `counted`: the number counts things with its measure word (个, 所, 张), where the things
    named after it (改造提升10所乡镇卫生院) make it a count of what the verb acts on, not a change."""
    g = _g()
    pre = _squash(before)
    if pre.endswith(_TRAIL_WORDS):  # the pattern is anchored at the end: tried at every start
        pre = _TRAIL.sub("", pre)
    post = _squash(after)
    for kind in ("increase", "decrease"):
        if pre.endswith(g[kind + "_words"]):
            if counted and _THINGS.match(post) and not post.startswith(g["after_words"]):
                return None
            return kind
    m = _AFTER_CHANGE.match(post)
    if m:
        w = m.group("w")
        rest = post[m.end():]
        if not rest.startswith(g["level"]):
            for kind in ("increase", "decrease"):
                if w in g[kind]:
                    return kind
    return None


@lru_cache(maxsize=1024)
def column_change(column: str) -> str | None:
    """A table column of changes (年均增长, 比2020年降低, 增幅): what its numbers do, where a
    change word names it and no level marker follows the word (提高到 names a level)."""
    g = _g()
    name = despace(column)
    for kind in ("increase", "decrease"):
        for w in g[kind]:
            k = name.find(w)
            if k >= 0 and not name.startswith(g["level"] + ("值",), k + len(w)):  # 增加值 is a quantity
                return kind
    return None


def from_to(before_first: str, between: str) -> bool:
    """`由5家增加到8家`: the text before the first number ends with 由/从 and only a change
    verb and 到/至 stand between the two (each number's unit aside); each number may have
    its year before it (由2020年的79.6岁提高到2023年的80.4岁)."""
    g = _g()
    if not g["from_word"].search(before_first):
        return False  # most numbers have no 由/从 before them: the cheap test first
    before, between = (_OF_YEAR.sub("", _squash(t)) for t in (before_first, between))
    return before.endswith(g["from_words"]) and bool(g["from_to"].match(between))


_OF_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?的?$")


def year_right_before(text: str) -> tuple[int, str] | None:
    """The year a number is of, written right before it (由2020年的79.6岁): the year and its words."""
    m = _OF_YEAR.search(text)
    return (int(m.group(1)), m.group().rstrip("的")) if m else None


@lru_cache(maxsize=1024)
def is_actual_column(column: str, doc_year: int | None = None) -> bool:
    """A column of values reached or measured: 2020年完成情况, 现状值; or one named by a year
    alone that is before the document's own (a plan of 2024 sets nothing for 2023)."""
    g = _g()
    if g["actual_columns"].search(column):
        return True
    m = g["year_column"].fullmatch(despace(column)) if doc_year else None
    return bool(m) and int(m.group("y")) < doc_year


def is_actual_section(path: list[str]) -> bool:
    return any(_g()["actual_sections"].search(p) for p in path)


def has_future_marker(text: str, year: int | None = None) -> bool:
    """A plan word, or 到/至 a year that is not before the document's `year` (when known)."""
    for m in _g()["future"].finditer(text):
        y = m.group("y")
        if not (y and year and int(y) < year):
            return True
    return False


def tells_current_state(clause: str, year: int | None = None) -> bool:
    """目前 / 现有 / 已建成 / 今年以来 in a clause without a future marker: it reports."""
    return bool(_g()["current"].search(clause)) and not has_future_marker(clause, year)


def baseline_year(before: str) -> int | None:
    """`比2015年（` right before a number: it is the 2015 baseline."""
    if not before.rstrip().endswith(("（", "(")):
        return None  # such a baseline stands in brackets: most numbers have none before them
    m = _g()["baseline"].search(before)
    return int(m.group("y")) if m else None


def raises_to(clause: str) -> bool:
    """Whether a verb that raises levels to the numbers after it stands in the clause (达到, 提高到…)."""
    return _g()["raise_to"].search(clause) is not None
