"""Targets: every quantity in the body text and the tables, with all its fields.

The grammars (numbers, deadline, owners, indicator, qualifiers) are pure
functions; this module only walks the document and tells each number where
it stands: its clause, sentence, paragraph, table row and headings.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Deadline, Target
from ..numerals import despace, fold
from ..structure.assemble import Placed, Structure, section_name
from ..structure.outline import Heading, match_label, without_label
from ..structure.tables import YEAR_NAME, TableView
from . import qualifiers
from .deadline import (Found, column_deadline, find_deadlines, is_schedule_column, says_start,
                       schedule_deadlines, without_starts)
from .indicator import (LEVEL_UNITS, clause_words, count_subject, counted_again, indicator, names_a_place,
                        parallel_part, parallel_share, parallel_subject, part_of, recount, respectively,
                        shared_predicate, shares_per_base)
from .numbers import LIST_JOINS, Mention, find_mentions, listed_together, may_hold_number, says_more_than
from .owners import inline_owners, notes_within, owner_line, split_owners

_SENTENCE_END = "。！？!?"
_CLAUSE_END = "，,；;：:。！？!?\n"
_CLAUSE_BREAK = re.compile(f"[{_CLAUSE_END}]")
_MAX_NAME = 40  # the longest row label taken as a name (the indicator grammar's max_chars)
_SKIP_COLUMNS = re.compile(r"^(?:序号|编号|单位|计量单位|性质|属性|指标属性|备注|类别|领域|类型)$")


@dataclass
class _Unit:
    """A stretch of text the numbers are read from, and what it inherits."""

    text: str
    offset: int  # where the readable part starts (after a heading label)
    end: int  # where it ends (before an owner note)
    owners: list[str]
    fallback_deadlines: list[Deadline]
    path: list[str]
    attachment: str | None
    context: str | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    require_unit: bool = True
    default_unit: str | None = None
    fixed_indicator: str | None = None
    row_label: str | None = None  # what names the row, for a number nothing else names
    actual_context: bool = False
    year_in_force: int | None = None  # what 年内/全年 mean here (a year column's year)
    column_change: str | None = None  # a column of changes (年均增长, 降幅): its numbers' change


def extract_targets(structure: Structure) -> list[Target]:
    out: list[Target] = []
    year = structure.year or _plan_start(structure.header.title)
    cache: dict = {}
    item: list[Target] = []  # the targets of the item a paragraph of owners would close
    for placed in structure.placed:
        if placed.table is not None:
            for unit in _table_units(placed, year, cache):
                out.extend(_read_unit(unit, year))
            item = []
        elif placed.text:
            if placed.heading is not None:
                item = []  # a heading starts an item
            owners = owner_line(placed.text) if item else None
            if owners:
                # 1. 新建社区卫生服务中心5个。 / 责任单位：市卫生健康委、市财政局: a paragraph of owners
                # closes the item above it, as a note at the item's end would
                for target in item:
                    target.owners = target.owners or list(owners)
                item = []
                continue
            found = [t for u in _paragraph_units(placed, year, cache) for t in _read_unit(u, year)]
            out.extend(found)
            item += found
    return out


def _plan_start(title: str | None) -> int | None:
    """The first year of the five-year plan a title names (“十四五”卫生健康发展规划 → 2021):
    the document's year where neither its date nor its number gives one."""
    for f in find_deadlines(fold(title or "")):
        if f.deadline.start:
            return f.deadline.start.year
    return None


# ------------------------------------------------------------------ units

def _heading_deadlines(heads: list[Heading], year: int | None, cache: dict) -> list[Deadline]:
    """Deadlines a heading or its lead sentence sets for what stands under it, nearest first.

    Built per heading from its parent's list (a heading keeps its ancestors while text
    stands under it); the headings live as long as the walk, so their ids are stable."""
    out: list[Deadline] = []
    for h in heads:
        key = ("deadlines", id(h))
        found = cache.get(key)
        if found is None:
            own = _own_deadline(h, year)
            found = cache[key] = ([own] + out) if own else out
        out = found
    return out


def _heading_owners(heads: list[Heading], cache: dict) -> list[str]:
    """Owners a note closing a heading names (（一）加强…建设。（牵头单位：…）) for the items under it
    that name none of their own: the nearest heading's. Looked up once per heading."""
    for h in reversed(heads):
        key = ("owners", id(h))
        found = cache.get(key)
        if found is None:
            note = inline_owners(h.text)
            found = cache[key] = note[0] if note else []
        if found:
            return list(found)
    return []


def _own_deadline(h: Heading, year: int | None) -> Deadline | None:
    for text in (h.title, h.text, h.body[0] if h.body else ""):
        lead = fold(text[:14])
        found = [f for f in find_deadlines(lead, year) if f.start <= 3]
        if found:
            return found[0].deadline
    return None


def _paragraph_units(placed: Placed, year: int | None, cache: dict) -> list[_Unit]:
    """A paragraph's text to read, as one unit, or one per owner note where notes close
    sentences inside it (each note's owners for the sentences since the note before)."""
    whole = _paragraph_unit(placed, year, cache)
    if "。（" not in whole.text and "。(" not in whole.text and "；（" not in whole.text and "。【" not in whole.text:
        return [whole]  # (most paragraphs: no bracket right after a sentence's end)
    notes = notes_within(whole.text, whole.offset, whole.end)
    if not notes:
        return [whole]
    heads = placed.heads[:-1] if placed.heading is not None else placed.heads
    heads_dl = _heading_deadlines(heads, year, cache)
    units, start = [], whole.offset
    for owners, a, b in notes:
        # a time in the note (（市卫健委负责，6月底前完成）) is its sentences' deadline, as at the end
        times = [f.deadline for f in find_deadlines(fold(whole.text[a:b]), year)]
        units.append(replace(whole, offset=start, end=a, owners=owners, fallback_deadlines=times + heads_dl))
        start = b
    units.append(replace(whole, offset=start))
    return units


def _paragraph_unit(placed: Placed, year: int | None, cache: dict) -> _Unit:
    text = placed.text or ""
    offset = 0
    m = match_label(text)
    if m and placed.heading is not None:
        offset = len(m[0].text)
    end = len(text)
    owners: list[str] = []
    fallback: list[Deadline] = []
    note = inline_owners(text)
    heads = placed.heads[:-1] if placed.heading is not None else placed.heads
    if note:
        owners, end = note
        # a time in the note (（责任单位：…，9月底前完成）) covers the item it closes, as its owners do
        fallback = [f.deadline for f in find_deadlines(fold(text[end:]), year)]
    else:
        owners = _heading_owners(heads, cache)
    path, actual = _section(placed, year, cache)
    heads_dl = _heading_deadlines(heads, year, cache)
    return _Unit(
        text=text, offset=offset, end=end, owners=owners,
        fallback_deadlines=fallback + heads_dl,
        path=path, attachment=placed.attachment, actual_context=actual,
        year_in_force=_year_of(heads_dl[0]) if heads_dl else None,
    )


def _year_of(heading: Deadline) -> int | None:
    """The year a heading names alone (一、2023年工作回顾, 二、2024年主要目标): what 全年, 年内 and
    a month alone mean under it; not a deadline it sets (到2025年) nor a span."""
    return heading.end.year if heading.start is None and YEAR_NAME.fullmatch(despace(heading.text)) else None


def _section(placed: Placed, year: int | None, cache: dict) -> tuple[list[str], bool]:
    """The section path of a paragraph and whether it reports what was done (一、工作成效, or a
    heading of a year before the document's own: 一、2023年主要工作 in a notice of 2024).

    Worked out once per heading, from its parent's: a heading keeps the same ancestors
    for as long as text stands under it, so its own identity is the key."""
    path: list[str] = []
    actual = False
    for h in placed.heads:
        key = ("section", id(h))
        found = cache.get(key)
        if found is None:
            name = section_name(h)
            found = cache[key] = (path + [name], actual or qualifiers.is_actual_section([name])
                                  or _of_a_past_year(name, year))
        path, actual = found
    return path, actual


def _of_a_past_year(heading: str, year: int | None) -> bool:
    """A heading whose every date ends before the document's year, with no plan word in it; a
    title, not an item that is a sentence (1. …每年降低0.5个百分点（2023年为52.3%）。)."""
    if not year or "年" not in heading or len(heading) > 24 or _CLAUSE_BREAK.search(heading):
        return False
    folded = fold(heading)
    dates = find_deadlines(folded, year)
    return bool(dates) and all(f.deadline.end.year < year for f in dates) \
        and not qualifiers.has_future_marker(folded, year)


def _table_units(placed: Placed, year: int | None, cache: dict) -> list[_Unit]:
    view: TableView = placed.table  # type: ignore[assignment]
    table = view.table
    cols = table.columns
    heads_dl = _heading_deadlines(placed.heads, year, cache)
    units: list[_Unit] = []
    if view.is_box:
        for r, row in enumerate(view.cells):
            for c, cell in enumerate(row):
                for line in _nonblank_lines(cell.text):
                    units.append(_Unit(text=line, offset=0, end=len(line), owners=[],
                                       fallback_deadlines=heads_dl, path=table.section_path,
                                       attachment=placed.attachment, table=placed.table_index, row=r, column=c))
        return units
    unit_col = next((j for j, c in enumerate(cols) if re.fullmatch(r"(?:计量)?单位", c)), None)
    indicator_col = next((j for j, c in enumerate(cols) if re.search(r"指标", c) and j != unit_col), None)
    schedule_cols = [j for j, c in enumerate(cols) if is_schedule_column(c)]
    # what names a row where nothing else names a number: its indicator column, else its
    # first column of text (1家 | 2家 under 2024年 | 2025年, in the row of 县级医院达到三级医院服务能力)
    label_col = indicator_col if indicator_col is not None else next(
        (j for j, c in enumerate(cols) if j not in view.owner_columns and j not in schedule_cols
         and j != unit_col and not _SKIP_COLUMNS.match(c) and column_deadline(c) is None
         and _header_unit(c) is None), None)
    for r, row in enumerate(view.cells):
        texts = [c.text for c in row]
        context = " | ".join(texts)
        owners: list[str] = []
        for j in view.owner_columns:
            if j < len(texts):
                owners += [o for o in split_owners(texts[j]) if o not in owners]
        # 注册护士总数（万人）: an indicator that names its unit (the row's, where no column does)
        name_unit = _header_unit(texts[indicator_col]) \
            if indicator_col is not None and indicator_col < len(texts) else None
        row_unit = name_unit if unit_col is None else None
        named = indicator_col is not None and (table.kind == "indicator" or row_unit is not None)
        fixed = None  # what the row's numbers measure, where an indicator column says it
        if named:
            name_cell = texts[indicator_col]
            fixed = despace(_HEADER_UNIT.sub("", name_cell) if name_unit else name_cell) or None
        label = despace(texts[label_col]) if label_col is not None and label_col < len(texts) else ""
        row_label = label if 2 <= len(label) <= _MAX_NAME else None
        # a table turned on its side (年份 | 签约率（%） | 床位数（张）, a row a year): the row's
        # year is its numbers' deadline, and their columns name what they measure
        row_year = column_deadline(label) if fixed is None and label and YEAR_NAME.fullmatch(label) else None
        if row_year:
            row_label = None
        row_dl: list[Deadline] = []
        for j in schedule_cols:
            found = schedule_deadlines(fold(texts[j]), year) if j < len(texts) else []
            if found:
                row_dl.append(_merge(found))
        for c, cell in enumerate(row):
            name = cols[c] if c < len(cols) else ""
            if cell.merged or not may_hold_number(cell.text) or c in view.owner_columns or _SKIP_COLUMNS.match(name):
                continue  # (a cell with no digit or numeral holds no quantity: most cells are text)
            if c == indicator_col and named:
                continue  # numbers in an indicator's name are qualifiers (5岁以下儿童死亡率)
            col_dl = column_deadline(name) or row_year
            col_year = col_dl.end.year if col_dl else None
            by_column = _column_name(name) if row_year and c != label_col else None
            # a year column is nearer than the row's schedule: 1家 | 2家 under 2024年 | 2025年 with 2026年底 at the end
            fallback = ([col_dl] if col_dl else []) + ([] if c in schedule_cols else row_dl) + heads_dl
            units.append(_Unit(
                text=cell.text, offset=0, end=len(cell.text), owners=owners, fallback_deadlines=fallback,
                path=table.section_path, attachment=placed.attachment, context=context,
                table=placed.table_index, row=r, column=c,
                require_unit=unit_col is None and _header_unit(name) is None and row_unit is None,
                default_unit=_unit_cell(texts[unit_col]) if unit_col is not None
                else (_header_unit(name) or row_unit),
                fixed_indicator=fixed or by_column,
                row_label=row_label if c != label_col else None,
                actual_context=qualifiers.is_actual_column(label if row_year else name, year),
                year_in_force=col_year,
                column_change=qualifiers.column_change(name),
            ))
    return units


_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]{1,6})\s*[）)]\s*$")


def _column_name(column: str) -> str | None:
    """What a column names, less the unit in brackets after it (家庭医生签约率（%）)."""
    name = despace(_HEADER_UNIT.sub("", column))
    return name if 2 <= len(name) <= _MAX_NAME and column_deadline(name) is None else None


@lru_cache(maxsize=1024)
def _header_unit(column: str) -> str | None:
    """`2025年目标值（%）`, `床位数(张)`: a column that names its unit in brackets."""
    m = _HEADER_UNIT.search(column)
    if not m:
        return None
    found = find_mentions(fold("1" + m.group(1)))
    return found[0].unit if found and found[0].start == 0 and found[0].end == len(m.group(1)) + 1 else None


@lru_cache(maxsize=1024)
def _unit_cell(text: str) -> str | None:
    t = despace(text)
    if not t:
        return None
    found = find_mentions(fold("1" + t))
    return found[0].unit if found and found[0].start == 0 else t


def _nonblank_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _merge(found: list[Found]) -> Deadline:
    """A schedule cell with several dates (2020年启动，2022年完成) runs to the last."""
    if len(found) == 1:
        return found[0].deadline
    last = max(found, key=lambda f: f.deadline.end)
    return last.deadline


# ------------------------------------------------------------------ reading

class _Dates:
    """The deadlines found in a unit, in order, looked up by position in O(log n)."""

    def __init__(self, found: list[Found]):
        self.found = found
        self.starts = [f.start for f in found]

    def within(self, a: int, b: int) -> list[Found]:
        lo = bisect_left(self.starts, a)
        hi = bisect_left(self.starts, b, lo)
        if lo == hi:
            return []  # most spans asked about hold no date
        return [f for f in self.found[lo:hi] if f.end <= b]

    def words_without(self, folded: str, a: int, b: int, since: int | None = None) -> str:
        """folded[since or a:b] less the words of the deadlines found in [a, b), and of a
        start: what a clause says besides when (到2025年建成… → 建成…, 2024年起每年… → 每年…)."""
        words = folded[a if since is None else max(a, since):b]
        for f in self.within(a, b):
            words = words.replace(folded[f.start:f.end], "")
        return without_starts(words)

    def last_before(self, pos: int) -> Found | None:
        k = bisect_left(self.starts, pos)
        while k > 0:
            k -= 1
            if self.found[k].end <= pos:
                return self.found[k]
        return None


class _Breaks:
    """Where the sentences and clauses of a unit's text end, looked up by position in O(log n)."""

    def __init__(self, text: str):
        self.clause = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        self.sentence = [k for k in self.clause if text[k] in _SENTENCE_END]  # a sentence end ends a clause

    def clause_at(self, pos: int, lo: int, hi: int) -> tuple[int, int, int, int]:
        """The sentence and the clause around `pos` within [lo, hi): (s_a, s_b, c_a, c_b)."""
        s_a, s_b = self.around(self.sentence, pos, lo, hi)
        c_a, c_b = self.around(self.clause, pos, s_a, s_b)
        return s_a, s_b, c_a, c_b

    @staticmethod
    def around(ends: list[int], pos: int, lo: int, hi: int) -> tuple[int, int]:
        """The span around `pos`, within [lo, hi), that none of `ends` interrupts."""
        k = bisect_left(ends, pos)
        a = ends[k - 1] + 1 if k and ends[k - 1] >= lo else lo
        b = ends[k] if k < len(ends) and ends[k] < hi else hi
        return a, b


def _read_unit(u: _Unit, year: int | None) -> list[Target]:
    folded = fold(u.text)
    region = folded[u.offset:u.end]
    mentions = find_mentions(region, require_unit=u.require_unit)
    if not mentions:
        return []
    found = find_deadlines(folded[: u.end], year, u.year_in_force)
    if u.offset:  # (what stands before the unit, in another owner note's sentences, is not its)
        found = [f for f in found if f.start >= u.offset]
    deadlines = _Dates(found)
    breaks = _Breaks(folded)
    out: list[Target] = []
    names: list[str | None] = []  # what each measures, before a part of a total is recounted
    spans: list[tuple[int, int]] = []
    prev_end = 0
    for m in mentions:
        if u.offset:
            m = Mention(m.start + u.offset, m.end + u.offset, m.value, m.value_max, m.unit, m.number_end + u.offset)
        spans.append((m.start, m.end))
        target = _target(u, folded, m, deadlines, breaks, year, prev_end)
        base = target.indicator
        if base is not None and len(base) <= 10:
            before = out[-1] if out and out[-1].text == target.text and _rate(out[-1].unit) == _rate(target.unit) \
                else None
            if len(base) <= 4:
                base = target.indicator = _unabbreviated(base, before, target, u.row_label)
            if before and before.indicator:
                base = target.indicator = _completed(base, before, target, folded[prev_end:m.start])
        if base is None:
            base = _named_before(out, names, target)
            if base:  # a part of a total counts what its own verb does (其中新增42家)
                s_a, _, c_a, _ = breaks.clause_at(m.start, u.offset, u.end)
                target.indicator = recount(base, _own_words(u, folded, m, breaks, deadlines, prev_end),
                                           folded[s_a:c_a])
            else:  # the row's name, else the clause's own words (开展培训3次)
                target.indicator = u.row_label or clause_words(_own_words(u, folded, m, breaks, deadlines, prev_end))
        out.append(target)
        names.append(base or target.indicator)
        prev_end = m.end
    _share_comparators(out, spans, folded)
    _share_subjects(out, spans, folded, breaks, deadlines, u)
    _share_per_base(out, spans, folded)
    _share_predicates(out, spans, folded)
    _from_to(out, spans, folded)
    _actual_lists(out, spans, folded)
    _assign_respectively(out, mentions, folded, breaks, u)
    if "分别" in folded:
        _respective_deadlines(out, spans, folded, breaks, deadlines, u)
    return out


def _completed(name: str, before: Target, target: Target, said: str) -> str:
    """A short name completed from the name of the number before it in its sentence (`said`
    is what stands between the two numbers):

    - `三级医院平均住院日不超过8天，二级医院不超过9天`: a part like the one before names the same
      measure (`parallel_part`);
    - `培训24名首席医生，每年培训不少于8名`: a count verb alone counts the same things;
    - `每个中心配备全科医生不少于6名，每个卫生院不少于4名`: a subject like the one before,
      written before its number, counts what that one's verb did (`2个市级基层特色科室`
      names what it counts);
    - `…，其中农村居民达到22%`, `…下降1个百分点，重点城市下降1.5个百分点`: a part of the whole
      before, named by who (after 其中) or where it is, measures what the whole did;
    - `设置康复科的比例达到85%，治未病科的比例达到90%`: a share of other things, what the verb
      before did to them (`parallel_share`).
    """
    whole = before.indicator
    same_unit = before.unit == target.unit
    if len(name) <= 6:
        named = parallel_part(name, whole) or (same_unit and counted_again(name, whole))
        if named:
            return named
    if not same_unit:
        return name
    if name.endswith("的比例"):
        return parallel_share(name, whole) or name
    return (name in said and parallel_subject(name, whole, said)) \
        or (("其中" in said or names_a_place(name)) and part_of(name, whole, target.unit)) or name


def _named_before(earlier: list[Target], names: list[str | None], target: Target) -> str | None:
    """A number whose clause names nothing measures what the last number of its sentence in
    the same unit did: 现有三级医院8家，到2025年达到10家; 累计建成省示范村卫生室53家，占总数的
    25.5%，其中新增42家 (not the share between them); a rate and its change in points, each
    what the other did (签约率达到42%，较上年提高2个百分点 / 提高3个百分点，达到62%); a change
    in per cent, what any quantity did (门急诊量达到560万人次，同比增长8.5%), and the level that
    change leads to (总投入年均增长8%以上，到2025年突破100亿元); a count, what one of the same
    measure in 万 did (达到3.5万人，较2020年增加5000人)."""
    unit = _measure(target.unit)
    relative = target.change is not None and target.unit == "%"
    for t, name in zip(reversed(earlier), reversed(names)):
        if t.text != target.text:
            break
        if name and (_measure(t.unit) == unit or relative or t.change is not None and t.unit == "%"):
            return name
    return None


def _unabbreviated(name: str, before: Target | None, target: Target, row_label: str | None) -> str:
    """`经费补助标准达到83元，到2022年经费标准不低于100元`: a short name said again in short of
    the number before it in the sentence, in the same unit, is that number's name; a cell's
    short name said in short of its row's (`床位` in the row of 安宁疗护病区床位), the row's."""
    for full in (before.indicator if before and before.text == target.text and before.unit == target.unit
                 else None, row_label):
        if full and _said_in_short(name, full):
            return full
    return name


def _said_in_short(name: str, full: str) -> bool:
    """Whether the characters of `name` all stand, in order, in a longer `full`."""
    if len(full) <= len(name):
        return False
    k = 0
    for ch in name:
        k = full.find(ch, k) + 1
        if not k:
            return False
    return True


def _rate(unit: str | None) -> str | None:
    return _RATE_OF_POINTS.get(unit, unit)


def _measure(unit: str | None) -> str | None:
    """What a unit measures: a change in points what a rate does, 万人 what 人 does
    (达到3.5万人，较2020年增加5000人)."""
    if unit and len(unit) > 1 and unit[0] in "万亿千百":
        unit = _MULTIPLIER.sub("", unit) or unit
    return _rate(unit)


_MULTIPLIER = re.compile(r"^(?:[千百]?万|万?亿)")

_RATE_OF_POINTS = {"百分点": "%", "千分点": "‰", "十万分点": "1/10万"}


def _own_words(u: _Unit, folded: str, m: Mention, breaks: _Breaks, deadlines: _Dates, prev_end: int) -> str:
    """The words of a number's clause since the number before it, less its date and label."""
    c_a = breaks.clause_at(m.start, u.offset, u.end)[2]
    return without_label(deadlines.words_without(folded, c_a, m.start, prev_end))


def _actual_lists(targets: list[Target], spans: list[tuple[int, int]], folded: str) -> None:
    """`目前全市共有医疗卫生机构1560个，其中医院86家`, `签约率达到42%，较上年提高2个百分点`
    (in a report of 2023), `截至目前，已有家庭医生团队860个，签约居民320万人`: what 其中 lists
    of a number that tells where things stand, the change it made, and the numbers after it
    in its sentence that set no other date, tell it too, as of the same date (unless a plan
    word comes between)."""
    for i in range(1, len(targets)):
        before, here = targets[i - 1], targets[i]
        if before.kind != "actual" or here.kind != "target" or before.text != here.text:
            continue
        between = despace(folded[spans[i - 1][1]:spans[i][0]])
        if between.startswith(("）", ")")):
            continue  # the number before was an aside in brackets (比2015年（12.93）降低10%)
        next_clause = between[:1] in "，,；;"  # not 由5家增加到8家: one clause, two levels
        listed = between[-1:] in LIST_JOINS  # 创建了3个A和2个B: one verb, one report
        between = between.lstrip("，,；;")
        if between.startswith("其中") or not qualifiers.has_future_marker(between) \
                and (here.change or (next_clause or listed) and here.deadline == before.deadline):
            here.kind, here.deadline = "actual", before.deadline


def _share_comparators(targets: list[Target], spans: list[tuple[int, int]], folded: str) -> None:
    """Numbers listed together share a bound written once.

    Forward, a bound before the first: `至少配备1名医师和1名护士` (joined by 和/及/、, in one
    sentence, the first's bound not written after it). Backward, a bound after the last:
    `分别控制在45人、50人以内`, `10/10万和4‰以下` (only 、/和/及/与 between them, each with
    its unit)."""
    for i in range(1, len(targets)):
        here, before = targets[i], targets[i - 1]
        prev_end, start = spans[i - 1][1], spans[i][0]
        if here.comparator == "=" and before.comparator in (">=", ">", "<=", "<") and before.text == here.text \
                and qualifiers.shares_comparator(folded[prev_end:start]) \
                and qualifiers.comparator_and_source(folded[max(0, prev_end - 40):prev_end], "", False)[1] != "after":
            here.comparator = before.comparator
        if here.change is None and before.change and before.text == here.text \
                and qualifiers.shares_comparator(folded[prev_end:start]):
            here.change = before.change  # 提高2个和1个百分点: the verb governs both
    bound_after = False  # whether the next number's bound is the one written after the list
    for i in range(len(targets) - 2, -1, -1):
        here, nxt = targets[i], targets[i + 1]
        if here.comparator == "=" and nxt.comparator in (">=", "<=", "~") \
                and listed_together(folded, spans[i][1], spans[i + 1][0]) \
                and (bound_after or qualifiers.comparator_and_source(
                    "", folded[spans[i + 1][1]:spans[i + 1][1] + 8], False)[1] == "after") \
                and not (nxt.comparator == "<=" and qualifiers.raises_to(_clause_head(folded, spans[i][0]))):
            here.comparator = nxt.comparator  # 3‰、4‰、8/10万以下: back along the whole list
            bound_after = True
        else:
            bound_after = False


def _clause_head(folded: str, at: int) -> str:
    """The words of the clause before position `at` (at most 40 characters back)."""
    head = folded[max(0, at - 40):at]
    return head[max(head.rfind(c) for c in _CLAUSE_END) + 1:]


def _joined(folded: str, a: int, b: int) -> bool:
    """Whether folded[a:b] ends in a list join (和, 及, 与, 、) after its spaces: a number at b
    is listed with what came before."""
    k = b - 1
    while k >= a and folded[k].isspace():
        k -= 1
    return k >= a and folded[k] in LIST_JOINS


def _share_subjects(targets: list[Target], spans: list[tuple[int, int]], folded: str, breaks: _Breaks,
                    deadlines: _Dates, u: _Unit) -> None:
    """`社区卫生服务站至少配备1名执业医师和1名执业护士`: a count joined to the one before (and
    its noun) by 和/及/与/、 in one clause counts for the same subject, the words before the
    clause's count verb."""
    for i in range(1, len(targets)):
        here = targets[i]
        if here.text != targets[i - 1].text or not here.indicator or not _joined(folded, spans[i - 1][1], spans[i][0]):
            continue
        c_a = breaks.clause_at(spans[i][0], u.offset, u.end)[2]
        if spans[i - 1][0] < c_a:
            continue  # the number before stands in another clause
        first = next(a for a, _ in spans if a >= c_a)  # the clause's first number
        subject = count_subject(without_label(deadlines.words_without(folded, c_a, first)))
        if subject and not here.indicator.startswith(subject):
            here.indicator = subject + here.indicator


def _share_per_base(targets: list[Target], spans: list[tuple[int, int]], folded: str) -> None:
    """A measure named right after the number before it, in a list (、 or ，), is per the base
    that number's measure is per (see `indicator.shares_per_base`)."""
    for i in range(1, len(targets)):
        here, before = targets[i], targets[i - 1]
        if not (before.indicator and "每" in before.indicator and here.indicator) or here.text != before.text:
            continue
        gap = despace(folded[spans[i - 1][1]:spans[i][0]])
        gap = gap.removeprefix("以上").removeprefix("以下").removeprefix("左右")
        if gap[:1] in ("、", "，", ",") and here.indicator in gap:
            here.indicator = shares_per_base(here.indicator, before.indicator, listed=gap[0] == "、") \
                or here.indicator


def _share_predicates(targets: list[Target], spans: list[tuple[int, int]], folded: str) -> None:
    """Shares of things listed (70%的A和80%的B达到…): each does what the last is said to do
    (see `indicator.shared_predicate`); from the last back, so that a list of three passes it on."""
    for i in range(len(targets) - 2, -1, -1):
        here, after = targets[i], targets[i + 1]
        if not (here.indicator and here.indicator.endswith("比例") and after.indicator
                and after.indicator.endswith("比例")) or here.text != after.text or after.unit != here.unit:
            continue
        if _SHARE_JOIN.fullmatch(despace(folded[spans[i][1]:spans[i + 1][0]])):
            here.indicator = shared_predicate(here.indicator, after.indicator) or here.indicator


_SHARE_JOIN = re.compile(r"(?:以上|以下|左右)?的[^，,；;。]{1,20}?[和、及与](?:至少|不少于|不低于)?")


def _from_to(targets: list[Target], spans: list[tuple[int, int]], folded: str) -> None:
    """`三级医院数量由5家增加到8家`: 5 is where things stand (an actual, dated only by a year
    of its own: 由2020年的79.6岁), 8 the target; the target measures what the first number does."""
    for i in range(len(targets) - 1):
        (a, end), (b, _) = spans[i], spans[i + 1]
        before = folded[max(0, a - 10):a]
        if qualifiers.from_to(before, folded[end:b]):
            first, second = targets[i], targets[i + 1]
            year = qualifiers.year_right_before(before)
            first.kind = "actual"
            first.deadline = Deadline(end=dt.date(year[0], 12, 31), text=year[1]) if year else None
            second.indicator = first.indicator or second.indicator


def _assign_respectively(targets: list[Target], mentions: list[Mention], folded: str, breaks: _Breaks,
                         u: _Unit) -> None:
    """A、B分别为x、y (or A、B控制在x、y以下: a list of numbers for a list of names): give
    each number its item of the list. A clause that starts with 分别 after as many numbers
    of its sentence (A达到x，B达到y，分别比2020年提高m和n个百分点) gives its numbers their
    names, in order."""
    said = "分别" in folded
    if len(mentions) < 2 or not said and not any(j in folded for j in LIST_JOINS):
        return
    off = u.offset
    # two numbers are a list where only a join stands between them (10/10万、5‰)
    listed = [listed_together(folded, a.end + off, b.start + off) for a, b in zip(mentions, mentions[1:])]
    if not said and not any(listed):
        return

    def clause_of(i: int) -> tuple[int, int]:
        s_a, _, c_a, _ = breaks.clause_at(mentions[i].start + off, off, u.end)
        return c_a, s_a

    groups: dict[tuple[int, int], list[int]] = {}
    if said:
        for i in range(len(mentions)):
            groups.setdefault(clause_of(i), []).append(i)
    else:
        # without 分别 only a clause whose numbers are all one list counts: look at the runs of
        # listed numbers alone (most units have none), each as long as its clause
        i = 0
        while i < len(listed):
            if not listed[i]:
                i += 1
                continue
            j = i
            while j < len(listed) and listed[j]:
                j += 1
            clause = clause_of(i)
            if clause_of(j) == clause and (i == 0 or clause_of(i - 1) != clause) \
                    and (j + 1 >= len(mentions) or clause_of(j + 1) != clause):
                groups[clause] = list(range(i, j + 1))
            i = j + 1
    for (c_a, s_a), idx in groups.items():
        first = mentions[idx[0]].start + u.offset
        a_list = len(idx) >= 2 and all(listed[i] for i in idx[:-1])
        if not a_list and not said:
            continue
        names = respectively(folded[c_a:first], len(idx), said=not a_list)
        if names is None and despace(folded[c_a:first]).startswith("分别"):
            earlier = [j for j in range(idx[0]) if mentions[j].start + u.offset >= s_a]
            if len(earlier) == len(idx):
                names = [targets[j].indicator for j in earlier]
        said_at = folded.rfind("分别", c_a, first)
        if names and said_at >= 0:
            # 社区卫生服务中心、乡镇卫生院分别配备全科医生不少于6名、4名: what 分别 says each does
            # names what each counts
            thing = indicator(folded[said_at + 2:first], "", None, targets[idx[-1]].unit)
            if thing:
                names = [n + thing if n and thing not in n else n for n in names]
        if names and targets[idx[-1]].unit not in LEVEL_UNITS and count_subject(folded[c_a:first]) is not None:
            # 三级、二级医院分别设置不少于20张、10张的安宁疗护床位: each counts the things after the last
            thing = _thing_after(folded, mentions[idx[-1]].end + u.offset, u.end)
            names = [n + thing if n and thing and thing not in n else n for n in names]
        if names:
            for i, name in zip(idx, names):
                targets[i].indicator = name or targets[i].indicator


_THING_AFTER = re.compile(r"\s*的?\s*(?P<thing>[\u4e00-\u9fff]{2,16}?)\s*(?:[，,。；;：:]|$)")


def _thing_after(folded: str, a: int, b: int) -> str:
    """The things a list of counts counts, named after its last number up to the clause's end
    (…20张、10张的安宁疗护床位。), else ""."""
    m = _THING_AFTER.match(folded, a, b)
    return m.group("thing") if m else ""


def _respective_deadlines(targets: list[Target], spans: list[tuple[int, int]], folded: str, breaks: _Breaks,
                          deadlines: _Dates, u: _Unit) -> None:
    """`到2023年底和2030年，…分别不低于24%和30%`: as many dates listed together as the numbers
    分别 lists after them in the sentence: each number is due by its date, in order."""
    clauses: dict[tuple[int, int], list[int]] = {}
    for i, (a, _) in enumerate(spans):
        s_a, _, c_a, _ = breaks.clause_at(a, u.offset, u.end)
        clauses.setdefault((s_a, c_a), []).append(i)
    for (s_a, c_a), idx in clauses.items():
        first = spans[idx[0]][0]
        if len(idx) < 2 or "分别" not in folded[c_a:first]:
            continue
        dates = deadlines.within(s_a, first)
        run = dates[-1:]
        for f in reversed(dates[:-1]):  # back along the dates joined by 和, 、 … alone
            if despace(folded[f.end:run[0].start]) not in LIST_JOINS:
                break
            run.insert(0, f)
        if len(run) == len(idx):
            for i, f in zip(idx, run):
                targets[i].deadline = f.deadline


def _target(u: _Unit, folded: str, m: Mention, deadlines: _Dates, breaks: _Breaks, year: int | None,
            prev_end: int) -> Target:
    s_a, s_b, c_a, c_b = breaks.clause_at(m.start, u.offset, u.end)
    before = folded[c_a:m.start]
    after = folded[m.end:c_b]
    # what is measured: the clause since the number before it (A2个、B3个), less deadline words
    ind_before = deadlines.words_without(folded, c_a, m.start, prev_end)
    def prev_clause() -> str | None:  # asked for only where the clause names too little
        return _previous_clause(folded, c_a, s_a, s_b, deadlines, breaks)

    base_year = qualifiers.baseline_year(folded[max(0, m.start - 12):m.start])
    deadline, own_sentence = _pick_deadline(m, deadlines, u, folded, s_a, s_b, c_a, c_b)
    kind = "target"
    if u.actual_context and u.table is not None:
        kind = "actual"
    elif base_year:
        kind = "actual"
        deadline = Deadline(end=dt.date(base_year, 12, 31), text=f"{base_year}年")
    elif u.table is None and qualifiers.tells_current_state(folded[max(s_a, prev_end):m.start], year):
        # 现有三级医院8家，到2025年达到10家 / 今年以来，累计接种52万剂次: what was said since the
        # number before tells where things stand; a date elsewhere in the sentence is not its own
        kind = "actual"
        own = deadlines.within(max(s_a, prev_end), m.start)
        deadline = own[-1].deadline if own else None
    elif u.table is None and not qualifiers.has_future_marker(folded[_aside_start(folded, s_a, m.start):c_b], year):
        # a date before the document's year, written in the number's own sentence (with no plan
        # word up to its clause: 2023年，签约率为42%，到2025年达到60%; or in its own brackets:
        # 到2025年达到65%（2023年为58%）), reports
        past = own_sentence and deadline is not None and year is not None and deadline.end.year < year
        if u.actual_context or past:
            kind = "actual"

    unit = m.unit or u.default_unit
    text, start_in_text = _quote(u, s_a, s_b, m.start)
    comparator = qualifiers.comparator(before, after, m.value_max is not None)
    if comparator == "=" and m.unit and says_more_than(folded[m.number_end:m.end]):
        comparator = ">"  # 3000余人次, 20多家: read with the unit, left out of it
    # (model_validate of a dict: the same validation, without __init__'s keyword packing; 15 %
    # of the 42,000 instructions a Target cost)
    return Target.model_validate(dict(
        text=text,
        context=u.context,
        indicator=u.fixed_indicator or indicator(without_label(ind_before), after, prev_clause, unit),
        value=m.value,
        value_max=m.value_max,
        unit=unit,
        comparator=comparator,
        change=qualifiers.change(before, after, counted=unit not in LEVEL_UNITS) or u.column_change,
        kind=kind,
        deadline=deadline,
        owners=list(u.owners),
        # a dict, not Source(...): validated with the Target in one call (measured: a third cheaper)
        source=dict(section_path=u.path, attachment=u.attachment, table=u.table, row=u.row,
                    column=u.column, start=start_in_text, end=start_in_text + (m.number_end - m.start)),
    ))


def _quote(u: _Unit, s_a: int, s_b: int, pos: int) -> tuple[str, int]:
    """What a target's `text` holds (a table cell whole, else the sentence) and where its number is."""
    if u.context is not None:
        return u.text, pos
    sentence = u.text[s_a:s_b]
    lead = len(sentence) - len(sentence.lstrip())
    return sentence.strip(), pos - s_a - lead


def _previous_clause(folded: str, c_a: int, s_a: int, s_b: int, deadlines: _Dates,
                     breaks: _Breaks) -> str | None:
    """The clause before this one in the sentence, passing over one that is only a date."""
    while c_a > s_a:
        p_a, _ = breaks.around(breaks.clause, c_a - 1, s_a, s_b)
        rest = deadlines.words_without(folded, p_a, c_a - 1)
        if len(rest.strip()) >= 2:
            return rest
        c_a = p_a
    return None


def _aside_start(folded: str, a: int, pos: int) -> int:
    """Where the brackets that hold `pos` open, if they open after `a`; else `a`."""
    k = max(folded.rfind("（", a, pos), folded.rfind("(", a, pos))
    if k < 0 or folded.find("）", k, pos) >= 0 or folded.find(")", k, pos) >= 0:
        return a
    return k


_CLOSE_BRACKET = re.compile(r"[）)]")
_HAS_DIGIT = re.compile(r"[0-9]")


def _aside(folded: str, f: Found, m: Mention) -> bool:
    """Whether a date stands in brackets the number does not: 每年降低0.5个百分点（2023年为52.3%）
    gives the 52.3 its year, not the 0.5. (Counted in place: a sentence may be long.)"""
    a, b, after = (m.end, f.start, True) if f.start >= m.end else (f.end, m.start, False)
    opened = folded.count("（", a, b) + folded.count("(", a, b)
    closed = folded.count("）", a, b) + folded.count(")", a, b)
    if not after or opened <= closed:
        return closed > opened and not after
    # 每千人口4.5个（2025年）, 45%（2025年底前）: a date alone in brackets right after the number
    # is the number's own
    k = max(folded.rfind("（", a, b), folded.rfind("(", a, b))
    close = _CLOSE_BRACKET.search(folded, f.end)
    alone = k - a <= 3 and close is not None and not _HAS_DIGIT.search(folded, f.end, close.start()) \
        and not _HAS_DIGIT.search(folded, k, f.start)
    return not alone


def _pick_deadline(m: Mention, found: _Dates, u: _Unit, folded: str, s_a: int, s_b: int, c_a: int,
                   c_b: int) -> tuple[Deadline | None, bool]:
    """The nearest deadline: own clause, earlier in the sentence or paragraph, then what the row,
    column or heading sets; and whether it was written in the number's own sentence.
    A clause that says when it starts (2024年起每年…) borrows none."""
    in_clause = found.within(c_a, c_b)
    if in_clause:
        in_clause = [f for f in in_clause if not _aside(folded, f, m)]
    if not in_clause and says_start(folded, c_a, c_b):
        return None, False
    if in_clause:
        before = [f for f in in_clause if f.end <= m.start]
        return (before[-1] if before else in_clause[0]).deadline, True
    earlier = found.last_before(c_a)
    if earlier and earlier.start >= s_a and not _aside(folded, earlier, m):
        return earlier.deadline, True
    later = found.within(c_b, s_b)  # …新增1个…，到2022年每家…: the sentence's own date
    if later:
        later = [f for f in later if not _aside(folded, f, m)]
    if later:
        return later[0].deadline, True
    if earlier:
        return earlier.deadline, False
    return (u.fallback_deadlines[0] if u.fallback_deadlines else None), False
