"""The outline: heading labels, their levels, and the section tree."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .. import grammar
from ..numerals import chinese_to_int, fold


@dataclass(frozen=True)
class Label:
    style: str
    level: int
    number: int | None
    text: str  # as written, e.g. "（八 ）"
    rank: float = 0  # where it nests: its level, or between two (第X节)


@dataclass(frozen=True)
class _Style:
    name: str
    level: int
    rank: float


@lru_cache(maxsize=None)
def _styles() -> tuple[_Style, ...]:
    return tuple(_Style(s["name"], s["level"], s.get("rank", s["level"]))
                 for s in grammar.load("outline")["levels"])


_LABEL_REACH = 40


@dataclass(frozen=True)
class _Labels:
    pattern: regex.Pattern
    styles: tuple[tuple[int, _Style], ...]  # (index in groups(), style), in the grammar's order
    num: int  # index in groups() of `num` (one group, shared by the styles that name it)
    circ: int


@lru_cache(maxsize=None)
def _labels() -> _Labels:
    """All label styles as one pattern, style k as group `s<k>`, tried in the grammar's order
    as the alternatives of one match (one match where trying style by style costs up to seven).
    Which style matched is read from `groups()`: a third of the cost of `groupdict()`."""
    levels = grammar.load("outline")["levels"]
    pattern = grammar.compile_pattern("|".join(f"(?P<s{k}>{s['pattern']})" for k, s in enumerate(levels)))
    index = {name: i - 1 for name, i in pattern.groupindex.items()}
    styles = tuple((index[f"s{k}"], st) for k, st in enumerate(_styles()))
    return _Labels(pattern, styles, index.get("num", -1), index.get("circ", -1))


def without_label(text: str) -> str:
    """The text after the heading label at its start, or the text as it is where none.

    What a number's clause needs (`1.新增床位200张`): the label alone, without the
    `Label` that `match_label` builds and caches for a heading; these clauses do not repeat."""
    m = _labels().pattern.match(fold(text[:_LABEL_REACH]))
    return text[m.end():].strip() if m else text


@lru_cache(maxsize=8192)
def match_label(text: str) -> tuple[Label, str] | None:
    """The heading label at the start of `text`, and the text after it."""
    labels = _labels()
    folded = fold(text[:_LABEL_REACH])  # a label is short: fold no more than it could span
    m = labels.pattern.match(folded)
    if not m:
        return None
    groups = m.groups()
    style = next(st for k, st in labels.styles if groups[k] is not None)
    raw = groups[labels.num] if labels.num >= 0 else None
    circ = groups[labels.circ] if labels.circ >= 0 else None
    number = int(raw) if raw and raw.isdigit() else chinese_to_int(raw or circ or "")
    label = text[: m.end()].rstrip()
    return Label(style.name, style.level, number, label, style.rank), text[m.end():].strip()


def attachment_marker(text: str) -> str | None:
    """`附件1` → "附件1" where the paragraph is only an attachment marker."""
    m = grammar.compile_pattern(grammar.load("outline")["attachment_marker"]).match(fold(text.strip()))
    return text.strip().rstrip("：:") if m else None


def split_title(rest: str) -> tuple[str, str]:
    """A heading's title runs to its first full stop; the rest is body text."""
    m = _title_end().search(rest)
    if m:
        return rest[:m.start()].strip(), rest[m.end():].strip()
    return rest.strip(), ""


@lru_cache(maxsize=None)
def _title_end():
    return regex.compile("[" + regex.escape(grammar.load("outline")["title_end"]) + "]")


def looks_like_bare_title(text: str) -> bool:
    """A line that could be a heading whose label was lost: short, no sentence punctuation."""
    t = text.strip()
    limit = grammar.load("outline")["max_title_chars"]
    return 2 <= len(t) <= limit and not any(ch in t for ch in "。；;：:") and not t[-1] in "，,、"


@dataclass
class Heading:
    """A heading found in the body, before the tree is built."""

    index: int  # position among the part's paragraphs
    level: int
    label: str | None
    number: int | None
    style: str
    title: str
    text: str
    children: list["Heading"] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    rank: float | None = None  # where it nests, where that is not its level (第X节)

    @property
    def nesting(self) -> float:
        return self.level if self.rank is None else self.rank


def find_headings(paragraphs: list[str]) -> list[Heading]:
    """Headings among a part's paragraphs, with real-world slips mended."""
    heads: list[Heading] = []
    for i, text in enumerate(paragraphs):
        m = match_label(text)
        if not m:
            continue
        label, rest = m
        if not rest:
            continue  # a bare "1." is no heading
        title, body = split_title(rest)
        heads.append(Heading(i, label.level, label.text, label.number, label.style, title, body,
                             rank=label.rank if label.rank != label.level else None))
    _promote_misnumbered_top(heads)
    heads = _restore_lost_labels(heads, paragraphs)
    return heads


def _promote_misnumbered_top(heads: list[Heading]) -> None:
    """A level-1 heading typed `1、` (where `一、` was meant) takes level 1.

    It is recognised by its place: the next heading of level 1–3 is `二、`
    (number + 1), and the level-1 counter before it stands at number - 1.
    """
    last_top = 0
    for k, h in enumerate(heads):
        if h.level == 1:
            last_top = h.number or last_top
            continue
        if h.style != "arabic" or h.number is None or h.number != last_top + 1:
            continue
        nxt = next((x for x in heads[k + 1:] if x.level <= 3), None)
        if nxt and nxt.level == 1 and nxt.number == h.number + 1:
            h.level = 1
            last_top = h.number


def _restore_lost_labels(heads: list[Heading], paragraphs: list[str]) -> list[Heading]:
    """Between `（五）` and `（七）` a short label-less line is the lost `（六）`."""
    out: list[Heading] = []
    for k, h in enumerate(heads):
        out.append(h)
        if h.level != 2 or h.number is None:
            continue
        nxt = next((x for x in heads[k + 1:] if x.level <= 2), None)
        if not nxt or nxt.level != 2 or nxt.number != h.number + 2:
            continue
        taken = {x.index for x in heads}
        for i in range(h.index + 1, nxt.index):
            if i not in taken and looks_like_bare_title(paragraphs[i]):
                out.append(Heading(i, 2, None, h.number + 1, "paren_chinese", paragraphs[i].strip(), ""))
                break
    out.sort(key=lambda x: x.index)
    return out
