"""Tables: caption, columns, merged cells filled down, and what kind of table it is."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import grammar
from ..model import Table
from ..numerals import despace
from ..readers.blocks import Cell, TableBlock


def _pattern(name: str):
    return grammar.compile_pattern(grammar.load("tables")[name])


def looks_like_caption(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= 80 and "。" not in t and bool(_pattern("caption").search(despace(t)))


def column_name(text: str) -> str:
    return despace(text)


@dataclass
class TableView:
    """A table as the target extractor sees it: the model plus which cells were filled."""

    table: Table
    cells: list[list[Cell]]  # body rows, padded, with `merged` marking filled cells
    owner_columns: list[int]
    is_box: bool


def build_table(block: TableBlock, section_path: list[str]) -> TableView:
    rows = [list(r) for r in block.rows]
    caption = block.caption
    # a first row of one cell that names the table is its caption (or a box's title)
    if rows and len([c for c in rows[0] if c.text]) == 1 and len(rows) > 1:
        only = next(c.text for c in rows[0] if c.text)
        if looks_like_caption(only) or len(rows[1]) > len(rows[0]):
            caption = only if not caption else caption + " " + only
            rows.pop(0)
    width = max((len(r) for r in rows), default=0)
    # a row short of cells continues the merges above it (the header's names span the gap:
    # _align_columns), but a body row of one cell spans the table (一、医疗服务 over the rows of
    # its group): nothing above goes on in it
    rows = [r + [Cell("", merged=k == 0 or len(r) > 1) for _ in range(width - len(r))] for k, r in enumerate(rows)]
    is_box = bool(caption and caption.startswith("专栏")) or width == 1
    if is_box or not rows or not _reads_like_a_header(rows[0]):
        header: list[Cell] = []
        body = rows
    else:
        header, body = rows[0], rows[1:]
        # a header row split over two rows (merged header cells) is folded into one
        while body and _is_header_continuation(header, body[0]):
            header = [Cell((a.text + b.text).strip()) for a, b in zip(_spread(header, body[0]), body[0])]
            body = body[1:]
    names = [column_name(c.text) for c in header if c.text or not c.merged]
    spanned = _spanned_header(names, body[0], width) if header and body and len(names) < width else None
    if spanned:
        names, body = spanned, body[1:]
    columns = _align_columns(names, width)
    body = _fill_down(body)
    kind, owners = classify(columns, caption)
    table = Table(
        kind=kind,
        caption=caption,
        columns=columns,
        rows=[[c.text for c in r] for r in body],
        merged=[(i, j) for i, r in enumerate(body) for j, c in enumerate(r) if c.merged and c.text],
        section_path=section_path,
    )
    return TableView(table, body, owners, is_box)


def _spanned_header(names: list[str], sub: list[Cell], width: int) -> list[str] | None:
    """A header row short of the body's width, over a row that names only a run of columns
    as long as the gap and one (目标值 over 2024年 | 2025年): the name over the run spans it,
    and each of its columns is named by both. None where the row below is no such row."""
    filled = [j for j, c in enumerate(sub) if c.text]
    gap = width - len(names)
    if not filled or filled != list(range(filled[0], filled[0] + gap + 1)) or filled[0] >= len(names):
        return None
    if any(not _reads_like_a_header([sub[j]]) or len(despace(sub[j].text)) > 12 for j in filled):
        return None
    k = filled[0]
    return names[:k] + [names[k] + column_name(sub[j].text) for j in filled] + names[k + 1:]


def _align_columns(names: list[str], width: int) -> list[str]:
    """A header with fewer cells than the body has a cell spanning several columns.

    The text rendering does not say which; in task tables it is the second
    (工作任务 over a category and a task column), so the first name keeps column
    0, the last names align right, and the second fills the gap.
    """
    names = [n for n in names]
    if len(names) >= width or len(names) < 2:
        return names + [""] * (width - len(names))
    gap = width - len(names)
    return names[:2] + [names[1]] * gap + names[2:]


def _reads_like_a_header(row: list[Cell]) -> bool:
    """Column names are short and end no sentence; a first row of sentences is content (a
    table without a header row, or a one-row table whose only row would otherwise be lost)."""
    return not any("。" in c.text or len(despace(c.text)) > 40 for c in row)


def _spread(header: list[Cell], row: list[Cell]) -> list[Cell]:
    """The header with a name spanning several columns written over each (the text rendering
    writes it once, its other columns empty: 2025年目标 | "" over 全省 | 本市)."""
    out = list(header)
    for j in range(1, len(out)):
        if not out[j].text and out[j - 1].text and row[j].text and row[j - 1].text:
            out[j] = out[j - 1]
    return out


def _is_header_continuation(header: list[Cell], row: list[Cell]) -> bool:
    """Every filled cell of the row sits under an empty header cell, or under one spanning
    several columns (目标值 over 2024年 | 2025年); it holds no number but a year's name."""
    if not any(c.text for c in row):
        return False
    texts = [h.text for h in _spread(header, row)]
    for j, (h, c) in enumerate(zip(header, row)):
        if not c.text:
            continue
        h = Cell(texts[j])
        spans = bool(h.text) and ((j > 0 and texts[j - 1] == h.text) or (j + 1 < len(texts) and texts[j + 1] == h.text))
        if h.text and not spans or re.search(r"\d", c.text) and not YEAR_NAME.fullmatch(despace(c.text)):
            return False
    return True


# a cell that only names a year (2024年, 2025年目标): a column's or, in a table turned on its
# side, a row's
YEAR_NAME = re.compile(r"(?:19|20)\d{2}年?度?(?:目标|目标值|任务)?")


def _fill_down(body: list[list[Cell]]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for i, row in enumerate(body):
        new = []
        for j, c in enumerate(row):
            if c.merged and not c.text and i > 0 and j < len(out[i - 1]):
                new.append(Cell(out[i - 1][j].text, merged=True))
            else:
                new.append(Cell(c.text, merged=c.merged and i > 0))
        out.append(new)
    return out


def classify(columns: list[str], caption: str | None) -> tuple[str, list[int]]:
    """The table's kind, and the columns that name its responsible units (organs first)."""
    owner_cols = [j for j, c in enumerate(columns) if _pattern("owner_columns").search(c)]
    organ_cols = [j for j in owner_cols if not _pattern("division_columns").search(columns[j])]
    owners = organ_cols or owner_cols
    has_indicator = any(_pattern("indicator_column").search(c) for c in columns)
    hints = sum(1 for j, c in enumerate(columns) if j not in owner_cols and _pattern("indicator_hints").search(c))
    tasks = any(_pattern("decomposition_hints").search(c) for c in columns)
    # an indicator table may name who answers for each row (责任处室) and stays one (the
    # owner columns are no hint: 责任单位 holds 单位); a task table with an indicator
    # column (主要指标) is a task table
    if has_indicator and hints and not tasks:
        return "indicator", owners
    if owners:
        return "decomposition", owners
    if caption and "任务分解" in caption:
        return "decomposition", []
    return "other", []
