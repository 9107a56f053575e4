"""Plain-text notices, including two renderings of tables.

In the TAB-cell rendering a table cell starts with a TAB; a line without TAB that
follows continues the cell before it; rows are split by blank lines; an empty
cell usually continues a vertical merge. In the tab-separated rendering (a table
copied from Word or a spreadsheet into a text editor) each row is one line of
cells separated by TABs.
"""
from __future__ import annotations

import bisect
import codecs
import re

from ..errors import BadInput
from .blocks import Block, Cell, Paragraph, TableBlock

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str | None = None) -> str:
    """Decode a text file: BOM, UTF-8, UTF-16 without BOM, then GB18030 (a superset of GBK)."""
    if not data.strip():
        raise BadInput("the file is empty", path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _clean(data.decode(enc, errors="replace"), path)
    try:
        return _clean(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    # GB18030 decodes almost any bytes, so UTF-16 without a BOM is weighed against it
    candidates = []
    for enc in ("utf-16-le", "utf-16-be", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausible(text[:4000]), enc, text))
    if candidates:
        score, enc, text = max(candidates)
        if score >= 0.6:
            return _clean(text, path)
    # a few damaged bytes in an otherwise good file: keep the text, mark what was lost
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, errors="replace")
        if text.count("\ufffd") <= max(3, len(text) // 200) and _plausible(text[:4000]) >= 0.6:
            return _clean(text, path)
    raise BadInput("the file is binary, or text in an encoding planparse does not know "
                   "(tried UTF-8, UTF-16, GB18030)", path)


def _plausible(text: str) -> float:
    """Share of characters a Chinese notice is made of."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    ascii_ = sum(1 for ch in text if ch < "\x7f")
    return min(ok, han + ascii_) / len(text)


# "[bookmark: _GoBack]": an artefact of Word-to-text conversion
_ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")


def _clean(text: str, path: str | None) -> str:
    text = _ARTEFACT.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    head = text[:20000]
    bad = len(_CONTROL.findall(head.replace("\f", ""))) + len(_PRIVATE.findall(head))
    if bad > max(8, len(head) // 50):
        raise BadInput("the file is binary, not text", path)
    return _CONTROL.sub("", text.replace("\f", "\n"))


def read_text(data: bytes, path: str | None = None) -> list[Block]:
    return parse_lines(unwrap(decode(data, path).split("\n")))


# Text copied out of a PDF (or made by pdftotext) breaks every line at the page margin and
# prints page numbers (— 1 —) between pages: the lines of a paragraph are put together again.
_PAGE_NUMBER = re.compile(r"\s*(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)\s*")
# where a line may end its paragraph (a line ending in ； or ， at the margin goes on; one ending in
# 。 there may too, but an owner note or a 版记 line standing on its own reads the same)
_SENTENCE_ENDS = tuple("。！？：!?:")


def _width(line: str) -> int:
    """How wide a line prints, in half-width columns: a Chinese character is two, a digit or
    a Latin letter one."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def unwrap(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined into paragraphs, page numbers left out.

    A text is hard-wrapped where half or more of its longest lines (about as wide as the
    widest of nine lines in ten) end without a stop. There a line that fills the width and
    ends without a stop runs on into the next line of prose, across a page break, unless that
    line is indented or starts an item of its own (一、, （一）, 1. …), or the full one ends a
    title (…的通知). Texts with a paragraph to a line come back as they were."""

    # first, in C: a text whose longest lines run far past what nine lines in ten reach has a
    # paragraph to a line (the Python below costs ~1 % of a .txt parse)
    lengths = sorted(map(len, lines))
    filled = len(lengths) - bisect.bisect_left(lengths, 1)
    if filled < 8:
        return lines
    most = lengths[len(lengths) - filled + int(filled * 0.9)]
    if len(lengths) - bisect.bisect_right(lengths, 1.6 * most + 4) >= 3:
        return lines
    prose = [t for t in map(str.strip, lines) if t and t[0] != "\t"]  # (a cell's TAB: only after spaces)
    if len(prose) < 8:
        return lines
    widths = [_width(t) for t in prose]
    margin = 0.9 * sorted(widths)[int(len(widths) * 0.9)]
    long = [t for t, w in zip(prose, widths) if w >= margin]
    if len(long) < 6 or sum(1 for t in long if not t.endswith(_SENTENCE_ENDS)) < 0.5 * len(long):
        return lines  # the long lines end sentences: a paragraph to a line
    from .. import grammar
    from ..structure.outline import match_label

    title_ends = tuple(grammar.load("header")["title_types"])
    out: list[str] = []
    runs_on = False  # whether the last line of prose filled the line
    for line in lines:
        t = line.strip()
        if _PAGE_NUMBER.fullmatch(line) or (not t and runs_on):
            continue
        if runs_on and not line.startswith(("\u3000", "  ")) and not _is_cell(line) \
                and not _is_tsv_row(line) and not match_label(t):  # (an indented line starts a paragraph)
            out[-1] += t
        else:
            out.append(line)
        runs_on = bool(t) and not _is_cell(line) and _width(t) >= margin \
            and not t.endswith(_SENTENCE_ENDS) and not t.endswith(title_ends)
    return out


def parse_lines(lines: list[str]) -> list[Block]:
    """Group lines into paragraphs and TAB-rendered tables."""
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if _is_tsv_row(line) and i + 1 < n and _is_tsv_row(lines[i + 1]):
            table, i = _read_tsv(lines, i)
            blocks.append(table)
            continue
        if _is_cell(line):
            table, i = _read_table(lines, i)
            if not table.rows:
                continue  # cells with nothing in them
            if len(table.rows) == 1 and len(table.rows[0]) == 1:
                # one TAB-indented line and what follows it: paragraphs, not a table
                blocks.extend(Paragraph(t.strip()) for t in table.rows[0][0].text.split("\n") if t.strip())
                continue
            blocks.extend(_peel_leading_prose(table))
            blocks.append(table)
            continue
        if line.strip():
            blocks.append(Paragraph(line.strip()))
        i += 1
    return blocks


def _is_cell(line: str) -> bool:
    return line.lstrip(" \u3000").startswith("\t")


def _is_tsv_row(line: str) -> bool:
    """A row of tab-separated cells: a TAB after its first character (a TAB-rendered
    cell has its TAB in front only)."""
    return "\t" in line.lstrip(" \u3000")[1:].rstrip()


def _read_tsv(lines: list[str], i: int) -> tuple[TableBlock, int]:
    """Consecutive tab-separated rows, up to a line that is not one."""
    rows: list[list[str]] = []
    while i < len(lines) and _is_tsv_row(lines[i]):
        rows.append(lines[i].lstrip(" \u3000").rstrip().split("\t"))
        i += 1
    width = max(len(r) for r in rows)
    return _to_table([r + [""] * (width - len(r)) for r in rows]), i


def _read_table(lines: list[str], i: int) -> tuple[TableBlock, int]:
    rows: list[list[str]] = []
    row: list[str] = []
    ncols = 0  # width of the widest multi-cell row so far: a shorter row is not finished
    n = len(lines)
    while i < n:
        line = lines[i]
        if _is_cell(line):
            row.append(line.lstrip(" \u3000")[1:])
            i += 1
            continue
        if line.strip():
            if not row:
                break
            row[-1] += "\n" + line
            i += 1
            continue
        j = _skip_blank(lines, i)
        if j >= n:
            i = j
            break
        short = bool(row) and len(row) < ncols
        if not _is_cell(lines[j]):
            if short:
                # a cell holding paragraphs of its own goes on after a blank line
                row[-1] += "\n" * (j - i + 1) + lines[j]
                i = j + 1
                continue
            i = j
            break
        if short and len(row) + _group_width(lines, j) <= ncols:
            i = j
            continue
        if row:
            rows.append(row)
            if len(row) > 1:
                ncols = max(ncols, len(row))
            row = []
        i = j
    if row:
        rows.append(row)
    return _to_table(rows), i


def _blank(line: str) -> bool:
    return "\t" not in line and not line.strip()


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and _blank(lines[i]):
        i += 1
    return i


def _group_width(lines: list[str], j: int) -> int:
    """Number of cells in the blank-delimited group of lines starting at j."""
    k = j
    while k < len(lines) and not _blank(lines[k]):
        k += 1
    return sum(1 for line in lines[j:k] if _is_cell(line))


def _to_table(raw: list[list[str]]) -> TableBlock:
    rows = [[c.strip() for c in r] for r in raw]
    # a row with no text is the second line of a merged header
    rows = [r for r in rows if any(r)]
    return TableBlock([[Cell(t, merged=(t == "" and k > 0)) for t in r] for k, r in enumerate(rows)])


def _peel_leading_prose(table: TableBlock) -> list[Paragraph]:
    """Prose that runs straight into a table's first cell (no blank line between) is not a cell.

    Leading lines of the first cell that are headings or sentences come out as
    paragraphs; a caption-like line left after them is the table's caption.
    """
    from ..structure.outline import match_label
    from ..structure.tables import looks_like_caption

    first = table.rows[0][0]
    lines = [t for t in first.text.split("\n") if t.strip()]
    k = 0
    while k < len(lines) - 1 and ("。" in lines[k] or match_label(lines[k].strip())):
        k += 1
    if k == 0:
        return []
    rest = lines[k:]
    first.text = "\n".join(rest)
    if len(rest) == 1 and looks_like_caption(rest[0]) and len(table.rows[0]) > 1:
        table.caption = rest[0].strip()
        table.rows[0].pop(0)
    return [Paragraph(t.strip()) for t in lines[:k]]
