"""PDF notices: text lines joined into paragraphs, tables found by their ruling lines.

Measured on the samples (see docs/performance.md): pdfplumber's `find_tables`
costs ~50 ms a page, PDFium's text ~1 ms. So everything is read through
PDFium (pypdfium2): the text in content order with a box for every
character (content order is not reading order: lines are rebuilt from the
boxes), and the ruling lines from the page's path objects. Characters inside
a table's ruling go to the grid cell under them.
"""
from __future__ import annotations

import ctypes
import re
import struct
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace

from ..errors import BadInput, ResourceLimit, Unsupported
from ..structure.outline import attachment_marker
from .blocks import Block, Cell, Paragraph, TableBlock
from .limits import LIMITS
from .symbol_font import PRIVATE, is_symbol_font, symbol_char

_PAGE_NUMBER = re.compile(r"^[—–\-－一~～]*\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[—–\-－一~～]*$|^\d{1,4}\s*/\s*\d{1,4}$")
# Chinese text: CJK punctuation, unified ideographs, full-width forms
_CJK_RANGES = (("\u3000", "\u303f"), ("\u4e00", "\u9fff"), ("\uff00", "\uffef"))
_CJK_SET = "".join(f"{a}-{b}" for a, b in _CJK_RANGES)
_CJK = re.compile(f"[{_CJK_SET}]")
_NOT_CJK = re.compile(f"[^{_CJK_SET}]")
_END_PUNCT = "。！？；：!?;:"


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    size: float = 0.0  # the height of its Chinese characters' boxes: its type size, near enough


@dataclass
class _Table:
    xs: list[float]  # column borders, left to right
    ys: list[float]  # row borders, top to bottom (top-down coordinates)
    h_segments: list[tuple[float, float, float]]  # (y, x0, x1)
    v_segments: list[tuple[float, float, float]]  # (x, y0, y1)
    page: int
    # per grid cell, its lines: [text, baseline middle, right end, left end, pieces (x0, x1, text)]
    cells: list[list[list[list]]] = field(init=False, repr=False)

    def __post_init__(self):
        self.cells = [[[] for _ in range(len(self.xs) - 1)] for _ in range(len(self.ys) - 1)]

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]


def read_pdf(data: bytes, name: str | None = None) -> list[Block]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg or "security" in msg:
            raise Unsupported("the PDF is encrypted (password protected)", name) from None
        raise BadInput(f"not a readable PDF ({e})", name) from None
    try:
        n = len(pdf)
        if n == 0:
            raise BadInput("the PDF has no pages", name)
        if n > LIMITS.max_pages:
            raise ResourceLimit(f"the PDF has {n:,} pages, over the limit of {LIMITS.max_pages:,}", name)
        lines: list[_Line] = []
        tables: list[_Table] = []
        heights: list[float] = []
        for i in range(n):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as e:
                raise BadInput(f"page {i + 1} of the PDF cannot be read ({e})", name) from None
            try:
                top, height = _frame(page)
                page_lines, page_tables = _read_page(page, i, top)
                heights.append(height)
            finally:
                page.close()
            lines += page_lines
            tables += page_tables
        text_chars = sum(len(line.text) for line in lines)
        if text_chars < 20 and text_chars + sum(_table_chars(t) for t in tables) < 20:
            raise Unsupported("the PDF has no text layer (a scan?); run OCR on it first", name)
        return _blocks(_drop_furniture(lines, heights), tables)
    finally:
        pdf.close()


def _table_chars(table: _Table) -> int:
    """Characters placed in a table's cells: text too (a PDF may hold nothing else)."""
    return sum(len(piece[2]) for row in table.cells for cell in row for line in cell for piece in line[4])


# ------------------------------------------------------------------ one page

_RECT = struct.Struct("4f")  # four floats as PDFium fills them: an FS_RECTF, or an object's bounds


class _Pointer(ctypes.c_void_p):
    """A pointer PDFium returns, kept as ctypes made it: a subclass of c_void_p is not
    turned into an int, so it goes back into PDFium as it came."""


@lru_cache(maxsize=None)
def _plain(pdfium_c) -> SimpleNamespace:
    """The PDFium functions called once per character or page object, unchecked.

    They are declared without argument types, so ctypes neither checks nor
    converts what it is given (measured: pypdfium2's bindings 1,450 ns a call,
    these 800; a notice makes tens of thousands of calls). Callers must pass
    pointers as c_void_p (`_pointer`, or a `_Pointer` PDFium returned) and
    indexes as int; the one unsigned long index as c_ulong.
    """
    def plain(name, restype):
        return ctypes.CFUNCTYPE(restype)(ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value)

    I = ctypes.c_int
    return SimpleNamespace(
        char_box=plain("FPDFText_GetLooseCharBox", I),  # (text page, index, FS_RECTF*)
        is_generated=plain("FPDFText_IsGenerated", I),  # (text page, index)
        count_objects=plain("FPDFPage_CountObjects", I),  # (page)
        get_object=plain("FPDFPage_GetObject", _Pointer),  # (page, index)
        count_form_objects=plain("FPDFFormObj_CountObjects", I),  # (form object)
        get_form_object=plain("FPDFFormObj_GetObject", _Pointer),  # (form object, c_ulong index)
        object_type=plain("FPDFPageObj_GetType", I),  # (object)
        bounds=plain("FPDFPageObj_GetBounds", I),  # (object, float* left, bottom, right, top)
    )


def _pointer(handle) -> ctypes.c_void_p:
    """A pypdfium2 handle as the plain pointer `_plain`'s functions take."""
    return ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)


def _frame(page) -> tuple[float, float]:
    """Where the page's top edge stands in its own coordinates, which the reader turns
    top-down from, and its height. Not get_height(): that one turns with /Rotate, and
    character boxes and paths do not (nor do they start at 0 where a crop box is set)."""
    _left, bottom, _right, top = page.get_bbox()
    return top, top - bottom


def _read_page(page, index: int, page_top: float) -> tuple[list[_Line], list[_Table]]:
    import pypdfium2.raw as pdfium_c

    tables = _find_tables(page, page_top, index)
    tp = page.get_textpage()
    try:
        text = tp.get_text_range()
        raw = tp.raw
        n = pdfium_c.FPDFText_CountChars(raw)
        if len(text) != n:  # characters outside the BMP: fall back to per-character text
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, k) or 32) for k in range(n))
        if _PRIVATE.search(text):
            text = _symbols_mapped(text, raw, pdfium_c)
        chars = _CharBoxes(raw, page_top, pdfium_c)
        pieces = chars.pieces(text)
        if tables:
            pieces = _fill_tables(pieces, tables, chars)
        return _lines(pieces, index), tables
    finally:
        tp.close()


_PRIVATE = re.compile(PRIVATE)


def _symbols_mapped(text: str, raw, pdfium_c) -> str:
    """Characters of the Symbol font as themselves: a PDF keeps ≥ inserted from it as
    U+F0B3 (one character for one, so the boxes still match)."""
    buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    chars = list(text)
    for m in _PRIVATE.finditer(text):
        k = m.start()
        pdfium_c.FPDFText_GetFontInfo(raw, k, buf, len(buf), ctypes.byref(flags))
        mapped = symbol_char(ord(chars[k]))
        if mapped and is_symbol_font(buf.value.decode("latin-1")):
            chars[k] = mapped
    return "".join(chars)


# What PDFium wrote without a line break or a space, or a space.
_RUN = re.compile(r"[^\r\n ]+| ")
# Punctuation a CJK font often lacks: drawn in a fallback font, it can come in the text
# after the character it stands before.
_FALLBACK_PUNCT = re.compile("[“”‘’]")

# A piece of a page's text, top-down like the rest of the reader, as a plain tuple (the
# reader makes thousands): (x0, top, x1, bottom, text, index of its first character,
# middle x of its first character, middle x of its last); top and bottom are its first
# character's.
_Piece = tuple


class _CharBoxes:
    """The characters of a text page as pieces with boxes."""

    def __init__(self, raw, page_top: float, pdfium_c):
        calls = _plain(pdfium_c)
        self._box, self._generated = calls.char_box, calls.is_generated
        self._rect = pdfium_c.FS_RECTF()
        self._page, self._at, self._top = _pointer(raw), ctypes.byref(self._rect), page_top

    def pieces(self, text: str) -> list[_Piece]:
        """Each run PDFium wrote without a break as one piece, from the boxes of its first
        and last characters, where these show it in reading order: it ends on the row it
        starts on, right of its start, and holds no fallback punctuation. Otherwise, and
        for a space PDFium did not make up, a piece per character.

        A box per character was the reader's main cost; the loop runs once per run of
        the document and is kept to plain locals.
        """
        box, generated, page, at, rect, h = self._box, self._generated, self._page, self._at, self._rect, self._top
        unpack = _RECT.unpack_from  # left, top, right, bottom, y upwards
        out: list[_Piece] = []
        append = out.append
        for m in _RUN.finditer(text):
            start, run = m.start(), m.group()
            if run == " " and generated(page, start) == 1:
                continue  # PDFium's guess at a gap: spaces are put back from the boxes
            box(page, start, at)
            x0, top, x1, bottom = unpack(rect)
            mid = (x0 + x1) / 2
            n = len(run)
            if n == 1:
                append((x0, h - top, x1, h - bottom, run, start, mid, mid))
                continue
            box(page, start + n - 1, at)
            lx0, ltop, lx1, lbottom = unpack(rect)
            if bottom <= (ltop + lbottom) / 2 <= top and lx0 >= x0 and not _FALLBACK_PUNCT.search(run):
                append((x0, h - top, lx1, h - bottom, run, start, mid, (lx0 + lx1) / 2))
            else:
                out += self.each_char(start, run)
        return out

    def box(self, k: int) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of character k."""
        self._box(self._page, k, self._at)
        x0, top, x1, bottom = _RECT.unpack_from(self._rect)
        return x0, self._top - top, x1, self._top - bottom

    def run(self, start: int, text: str) -> _Piece:
        """A run as one piece, from the boxes of its first and last characters."""
        first = self.box(start)
        last = self.box(start + len(text) - 1) if len(text) > 1 else first
        return (first[0], first[1], last[2], first[3], text, start,
                (first[0] + first[2]) / 2, (last[0] + last[2]) / 2)

    def each_char(self, start: int, text: str) -> list[_Piece]:
        out = []
        for k, ch in enumerate(text, start):
            x0, top, x1, bottom = self.box(k)
            mid = (x0 + x1) / 2
            out.append((x0, top, x1, bottom, ch, k, mid, mid))
        return out

    def split(self, piece: _Piece) -> list[_Piece]:
        """A run that cannot stand in a table cell whole: its leading Latin word or number
        and the rest, else its characters (a part that cannot either is split again)."""
        text, start = piece[4], piece[5]
        k = _LATIN_WORD.match(text).end()  # the leading word's length, 0 where CJK leads
        if 0 < k < len(text):
            return [self.run(start, text[:k]), self.run(start + k, text[k:])]
        return self.each_char(start, text)


def _fill_tables(pieces: list[_Piece], tables: list[_Table], chars: _CharBoxes) -> list[_Piece]:
    """Put the pieces that lie in a table into its grid cells; the others are returned."""
    # the band of the page the tables cover: a piece outside it needs no table lookup
    band_top = min(t.top for t in tables) - 2
    band_bottom = max(t.bottom for t in tables) + 2
    bounds = [(t.xs[0] - 1, t.xs[-1] + 1, t.ys[0] - 1, t.ys[-1] + 1, t) for t in tables]

    def table_under(p: _Piece) -> _Table | None:
        cx, cy = p[6], (p[1] + p[3]) / 2
        for left, right, upper, lower, table in bounds:
            if left <= cx <= right and upper <= cy <= lower:
                return table
        return None

    outside: list[_Piece] = []
    for piece in pieces:
        if piece[1] < band_top or piece[3] > band_bottom:
            outside.append(piece)
            continue
        table = table_under(piece)
        if table is None:
            outside.append(piece)
        elif not _into_table(table, piece):
            todo = chars.split(piece)[::-1]  # rare: a run that cannot stand whole in its cell
            while todo:
                p = todo.pop()
                table = table_under(p)
                if table is None:
                    outside.append(p)
                elif not _into_table(table, p):
                    todo += reversed(chars.split(p))
    return outside


def _whole_in_cell(run: str) -> bool:
    """A run can stand in a cell as one piece where the width of its first word is known
    without its inner boxes (see `_first_word_width`): it starts with CJK, or has none."""
    return _is_cjk(run[0]) or not _CJK.search(run)


def _into_table(table: _Table, piece: _Piece) -> bool:
    """Put a piece into the grid cell under the middle of its first character, on a new
    line of the cell where the baseline moves down. False where a run cannot stand in it
    whole: it ends in another cell, or its first word's width would be unknown."""
    x0, top, x1, bottom, text, _, cx, cx_last = piece
    xs = table.xs
    c = bisect_right(xs, cx) - 1
    if len(text) > 1 and (bisect_right(xs, cx_last) - 1 != c or not _whole_in_cell(text)):
        return False
    cy = (top + bottom) / 2
    r = bisect_right(table.ys, cy) - 1
    if not (0 <= r < len(table.cells) and 0 <= c < len(xs) - 1):
        return True  # on the border: not in any cell
    cell = table.cells[r][c]
    # a piece goes on the cell's last line or starts one (lines on the same baseline are
    # joined once sorted, `_same_baseline_joined`)
    if cell and -0.6 * (bottom - top) < cell[-1][1] - cy < 0.6 * (bottom - top):
        line = cell[-1]
        line[4].append((x0, x1, text))
        if x1 > line[2]:
            line[2] = x1
        if x0 < line[3]:
            line[3] = x0
    else:
        cell.append([None, cy, x1, x0, [(x0, x1, text)]])
    return True


def _lines(pieces: list[_Piece], page: int) -> list[_Line]:
    rows: list[list] = []  # [top, bottom, pieces]
    last = None
    for p in pieces:
        # text mostly comes in reading order: a piece goes on the row of the one before it,
        # or starts a row (rows on the same line are joined once sorted)
        if last is not None and last[0] <= (p[1] + p[3]) / 2 <= last[1]:
            last[2].append(p)
        else:
            last = [p[1], p[3], [p]]
            rows.append(last)
    out = []
    for top, bottom, ps in _same_rows_joined(rows):
        ps.sort(key=lambda p: p[0])
        text = _join_pieces(ps, 0.25 * (bottom - top)).strip()
        if text:
            out.append(_Line(text, ps[0][0], ps[-1][2], top, bottom, page, _type_size(ps)))
    return out


def _type_size(ps: list[tuple]) -> float:
    """The height of a line's Chinese runs (a label's digits or a fallback font's quote are
    boxed otherwise), the tallest where there are several."""
    heights = [p[3] - p[1] for p in ps if _is_cjk(p[4][0])] or [p[3] - p[1] for p in ps]
    return max(heights)


(_PUNCT_A, _PUNCT_B), (_HAN_A, _HAN_B), (_FULL_A, _FULL_B) = _CJK_RANGES


def _is_cjk(ch: str) -> bool:
    """`_CJK.match` for one character, without a regex call (made once per piece or more)."""
    return _HAN_A <= ch <= _HAN_B or _PUNCT_A <= ch <= _PUNCT_B or _FULL_A <= ch <= _FULL_B


def _same_rows_joined(rows: list[list]) -> list[list]:
    """Rows top to bottom, one where two stand on the same line: text that comes back to a
    line after another (a quote from a fallback font, a PDF written in an unusual order)
    started a new row."""
    out: list[list] = []
    for row in sorted(rows, key=lambda r: r[0]):
        if out and out[-1][0] <= (row[0] + row[1]) / 2 <= out[-1][1]:
            out[-1][2].extend(row[2])
        else:
            out.append(row)
    return out


def _join_pieces(ps: list[tuple], space_gap: float) -> str:
    """A line's pieces, with a space where Latin words stand apart (never next to CJK)."""
    plain = "".join([p[4] for p in ps])
    if not _NOT_CJK.search(plain):
        return plain
    parts = [ps[0][4]]
    for prev, p in zip(ps, ps[1:]):
        if p[4] != " " and parts[-1][-1] != " " and p[0] - prev[2] > space_gap \
                and not (_is_cjk(p[4][0]) or _is_cjk(prev[4][-1])):
            parts.append(" ")
        parts.append(p[4])
    return "".join(parts)


# ------------------------------------------------------------------ ruling lines

def _segments(page, page_top: float):
    """Horizontal and vertical ruling segments drawn by the page's paths."""
    import pypdfium2.raw as pdfium_c

    hs, vs = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    box = (ctypes.c_float * 4)()
    corners = [ctypes.byref(box, 4 * k) for k in range(4)]
    bounds = _plain(pdfium_c).bounds
    matrix = pdfium_c.FS_MATRIX()
    # the raw API: wrapping every object of a page in Python costs more than the text
    for obj in _path_objects(_pointer(page.raw), _plain(pdfium_c), pdfium_c):
        bounds(obj, *corners)
        left, bottom, right, top = _RECT.unpack_from(box)
        w, h = right - left, top - bottom
        if w < 3 and h > 3:
            vs.append(((left + right) / 2, page_top - top, page_top - bottom))
            continue
        if h < 3 and w > 3:
            hs.append((page_top - (top + bottom) / 2, left, right))
            continue
        # a path of several segments (a box, or a grid drawn in one go)
        raw = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
        pdfium_c.FPDFPageObj_GetMatrix(raw, matrix)
        m = matrix
        pts = []
        for k in range(pdfium_c.FPDFPath_CountSegments(raw)):
            seg = pdfium_c.FPDFPath_GetPathSegment(raw, k)
            pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            px = m.a * x.value + m.c * y.value + m.e
            py = m.b * x.value + m.d * y.value + m.f
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not pts:
                pts = [(px, py)]
                start = (px, py)
            else:
                x0_, y0_ = pts[-1]
                _add_segment(hs, vs, x0_, y0_, px, py, page_top)
                pts.append((px, py))
            if pdfium_c.FPDFPathSegment_GetClose(seg) and pts:
                _add_segment(hs, vs, pts[-1][0], pts[-1][1], start[0], start[1], page_top)
    return hs, vs


def _path_objects(parent: ctypes.c_void_p, calls: SimpleNamespace, pdfium_c, depth: int = 0):
    """Path objects of a page, and of the form objects it draws (up to three deep)."""
    if depth == 0:
        count, get = calls.count_objects(parent), calls.get_object
    else:
        count, get = calls.count_form_objects(parent), lambda form, k: calls.get_form_object(form, ctypes.c_ulong(k))
    kind_of, path, form = calls.object_type, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for k in range(count):
        obj = get(parent, k)
        if not obj:  # NULL
            continue
        kind = kind_of(obj)
        if kind == path:
            yield obj
        elif kind == form and depth < 3:
            yield from _path_objects(obj, calls, pdfium_c, depth + 1)


def _add_segment(hs, vs, x0, y0, x1, y1, page_top) -> None:
    if abs(y0 - y1) < 1 and abs(x1 - x0) > 3:
        hs.append((page_top - y0, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < 1 and abs(y1 - y0) > 3:
        vs.append((x0, page_top - max(y0, y1), page_top - min(y0, y1)))


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _find_tables(page, page_top: float, index: int) -> list[_Table]:
    hs, vs = _segments(page, page_top)
    if len(hs) < 2 or len(vs) < 2:
        return []
    # group segments into tables: a table is a run of horizontal lines whose x-extents overlap
    # and that a vertical line joins (however far apart: a row can fill most of a page)
    groups: list[list[tuple[float, float, float]]] = []
    for seg in sorted(hs):
        for g in groups:
            gy = g[-1][0]
            if seg[1] < max(s[2] for s in g) and seg[2] > min(s[1] for s in g) \
                    and any(v[1] - 2 <= seg[0] <= v[2] + 2 and v[1] - 2 <= gy <= v[2] + 2 for v in vs):
                g.append(seg)
                break
        else:
            groups.append([seg])
    tables = []
    for g in groups:
        ys = _cluster([s[0] for s in g])
        if len(ys) < 2:
            continue
        top, bottom = ys[0], ys[-1]
        left, right = min(s[1] for s in g), max(s[2] for s in g)
        vsel = [v for v in vs if left - 2 <= v[0] <= right + 2 and v[2] > top + 1 and v[1] < bottom - 1]
        xs = _cluster([v[0] for v in vsel])
        if len(xs) < 2:
            continue
        tables.append(_Table(xs, ys, g, vsel, index))
    return tables


def _along(segments: list[tuple[float, float, float]], borders: list[float]) -> list[list[tuple[float, float]]]:
    """For each border of the grid, the (start, end) of the ruling segments drawn on it."""
    return [[(s0, s1) for p, s0, s1 in segments if abs(p - pos) <= 2] for pos in borders]


def _covered(segments: list[tuple[float, float]], a: float, b: float) -> bool:
    """Whether ruling segments (on one border) run from a to b, most of the way."""
    got = 0.0
    for s0, s1 in segments:
        got += max(0.0, min(b, s1) - max(a, s0))
    return got >= (b - a) * 0.6


# ------------------------------------------------------------------ assembling

def _cell_text(lines: list[list], right: float, char_w: float) -> str:
    """A cell's lines: a wrapped line runs on, a line that stops short ends a paragraph.

    A line is wrapped where the first word of the next one would not have fit
    in what was left of it (a Latin word or number wraps as a whole), or where a
    quotation or bracket it opened is not yet closed: no paragraph ends inside one.
    """
    for line in lines:
        pieces = line[4]
        if len(pieces) == 1:  # most lines are one run
            line[0] = pieces[0][2]
        else:
            pieces.sort()
            line[0] = "".join([text for _, _, text in pieces])
    out = ""
    for k, line in enumerate(lines):
        text = line[0]
        if k and out:
            slack = right - lines[k - 1][2]
            # (no paragraph starts with closing punctuation: a line that does ran on; a numbered
            # item starts a line of its own, as in the body)
            wrapped = text[:1] in _NO_LINE_START or slack < _first_word_width(text, line[4], char_w) + 0.9 * char_w
            if wrapped and out[-1:] in _END_PUNCT and _LABEL.match(text) and not _DECIMAL.match(text):
                wrapped = False
            if wrapped or _open_mark(out):
                out += _wrap_sep(out, text)
            else:
                out += "\n"
        out += text
    return out.strip()


_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("(", ")"))


def _open_mark(text: str) -> bool:
    """Whether the paragraph so far has a quotation or bracket still open (妇女“两 | 癌”)."""
    para = text[text.rfind("\n") + 1:]
    return any(para.count(o) > para.count(c) for o, c in _PAIRS)


def _wrap_sep(before: str, after: str) -> str:
    """What stands between two halves of a wrapped line: nothing in Chinese or after a
    hyphen, a space between Latin words."""
    if not before or not after or _is_cjk(before[-1]) or _is_cjk(after[0]) or before[-1] in "-/（(“":
        return ""
    return " "


# Chinese line breaking (GB/T 15834): these never start a line, so the character before
# them moves down with them; an opening mark never ends one, so it moves down with the
# character after it.
_NO_LINE_START = "，。、；：？！）》」』”’〉】〕］｝〗…—%‰,.;:?!)]}"
_NO_LINE_END = "（《「『“‘〈【〔［｛〖([{"


def _unbreakable_start(text: str) -> int:
    """How many characters of a CJK line's start could not have been parted: the first with
    an opening mark before it and the closing punctuation after it."""
    n = min(2, len(text)) if text[:1] in _NO_LINE_END else 1  # (a line of one opening mark: one)
    while n < len(text) and text[n] in _NO_LINE_START:
        n += 1
    return n


def _first_word_width(text: str, pieces: list[tuple[float, float, str]], char_w: float) -> float:
    """How wide the first unbreakable part of a cell line is: a CJK character with the
    punctuation that cannot be parted from it (see above), or a Latin word or number to
    its end (a piece that does not start with CJK holds none, `_whole_in_cell`)."""
    if not pieces:
        return char_w
    if _is_cjk(pieces[0][2][0]):
        n = _unbreakable_start(text)
        joined = _joined_after(text, n) if n >= 2 else ""  # 年、2025 moves down whole
        if not joined:
            return n * char_w
        if n + len(joined) == len(text):
            return pieces[-1][1] - pieces[0][0]  # the unit is the whole line: its own width
        return n * char_w + _estimated_width(joined, char_w)
    end = pieces[0][1]
    for x0, x1, piece in pieces:
        if piece == " ":
            break
        if _is_cjk(piece[0]):
            # closing punctuation goes down with the word before it (65%。)
            k = 0
            while k < len(piece) and piece[k] in _NO_LINE_START:
                k += 1
            if k:
                end = x1 if k == len(piece) else x0 + k * char_w
            break
        end = x1
    return end - pieces[0][0]


def _grid_to_block(t: _Table) -> TableBlock:
    nrows, ncols = len(t.ys) - 1, len(t.xs) - 1
    cells = t.cells
    char_w = _char_width(cells)
    # which grid cells are one merged cell: no ruling line between them
    owner = {(r, c): (r, c) for r in range(nrows) for c in range(ncols)}
    verticals, horizontals = _along(t.v_segments, t.xs), _along(t.h_segments, t.ys)
    for r in range(nrows):
        for c in range(ncols):
            if c + 1 < ncols and not _covered(verticals[c + 1], t.ys[r], t.ys[r + 1]):
                owner[(r, c + 1)] = owner[(r, c)]
            if r + 1 < nrows and not _covered(horizontals[r + 1], t.xs[c], t.xs[c + 1]):
                owner[(r + 1, c)] = owner[(r, c)]
    padding = _padding(cells, t.xs, char_w)
    texts: dict[tuple[int, int], list] = {}
    right: dict[tuple[int, int], float] = {}  # where each merged cell ends
    for (r, c), o in owner.items():
        texts.setdefault(o, []).extend(cells[r][c])
        right[o] = max(right.get(o, 0.0), t.xs[c + 1])
    rows: list[list[Cell]] = []
    for r in range(nrows):
        row = []
        for c in range(ncols):
            o = owner[(r, c)]
            if o == (r, c):
                lines = _same_baseline_joined(texts[o], 0.6 * char_w)
                lines.sort(key=lambda x: (round(x[1]), x[3]))
                row.append(Cell(_cell_text(lines, right[o] - padding, char_w)))
            elif o[0] == r:  # spans columns: stands for each
                row.append(Cell(row[o[1]].text, merged=True))
            else:  # continues a vertical merge
                row.append(Cell("", merged=True))
        rows.append(row)
    return TableBlock(rows)


def _padding(cells: list[list[list[list]]], xs: list[float], char_w: float) -> float:
    """The table's inner cell margin, as far as its text shows it: the nearest any line starts
    to its cell's left border, taken to stand on the right as well (Word and LibreOffice pad
    a cell alike on both sides); at most half a character."""
    near = 0.5 * char_w
    for row in cells:
        for c, cell in enumerate(row):
            for line in cell:
                gap = line[3] - xs[c]
                if 0.0 <= gap < near:
                    near = gap
    return near


def _same_baseline_joined(lines: list[list], near: float) -> list[list]:
    """A cell's lines, one where they share a baseline: a merged cell gathers lines from its
    grid cells (text centred across a grid line falls on both sides), and text that comes
    back to a line after another (unusual content order) started a new one."""
    out: list[list] = []
    for line in sorted(lines, key=lambda x: x[1]):
        if out and line[1] - out[-1][1] < near:
            last = out[-1]
            last[4] = last[4] + line[4]
            last[2], last[3] = max(last[2], line[2]), min(last[3], line[3])
        else:
            out.append(list(line))
    return out


def _char_width(cells, enough: int = 200) -> float:
    """The commonest width of a full-width character in the table: its font size.
    A couple of hundred characters settle it; a long table need not be read through."""
    counts: dict[float, int] = {}  # characters by width, to half a point (10.5 is common: 五号 type)
    seen = 0
    for row in cells:
        for cell in row:
            for ln in cell:
                for x0, x1, text in ln[4]:
                    if not _NOT_CJK.search(text):  # a run of CJK: its characters' mean width
                        w = round((x1 - x0) / len(text) * 2) / 2
                        counts[w] = counts.get(w, 0) + len(text)
                        seen += len(text)
            if seen >= enough:
                break
        if seen >= enough:
            break
    return max(counts, key=counts.get) if counts else 10.0  # the first seen of equals, as Counter


def _drop_furniture(lines: list[_Line], heights: list[float]) -> list[_Line]:
    """Page numbers (— 3 —) and running heads repeated on most pages are not body text."""
    npages = len(heights)
    repeated = Counter(line.text for line in lines if line.top < 90 or line.bottom > heights[line.page] - 90)
    out = []
    for line in lines:
        h = heights[line.page]
        edge = line.top < 90 or line.bottom > h - 90
        if edge and _PAGE_NUMBER.match(line.text.replace(" ", "")):
            continue
        if edge and npages >= 3 and repeated[line.text] >= max(3, npages // 2):
            continue
        out.append(line)
    return out


def _blocks(lines: list[_Line], tables: list[_Table]) -> list[Block]:
    items: list[tuple[int, float, object]] = [(ln.page, ln.top, ln) for ln in lines]
    items += [(t.page, t.top, t) for t in tables]
    items.sort(key=lambda x: (x[0], x[1], x[2].x0 if isinstance(x[2], _Line) else 0))
    margins = _margins(lines)
    blocks: list[Block] = []
    prev: _Line | None = None
    last_table: tuple[_Table, TableBlock] | None = None
    for page, _top, item in items:
        if isinstance(item, _Table):
            block = _grid_to_block(item)
            if last_table and _continues(last_table, item, blocks):
                _join_tables(last_table[1], block, last_table[0])
                last_table = (item, last_table[1])
            else:
                blocks.append(block)
                last_table = (item, block)
            prev = None
            continue
        left, right, char_w = margins.get(page, (item.x0, item.x1, 16.0))
        if prev is not None and blocks and isinstance(blocks[-1], Paragraph) \
                and _runs_on(prev, item, margins.get(prev.page, (left, right, char_w)), left, char_w):
            blocks[-1] = Paragraph(blocks[-1].text + _wrap_sep(blocks[-1].text, item.text) + item.text,
                                   blocks[-1].centered)
        else:
            centered = abs((item.x0 - left) - (right - item.x1)) < 2 * char_w and item.x0 - left > 2 * char_w
            blocks.append(Paragraph(item.text, centered))
            last_table = None
        prev = item
    return blocks


def _margins(lines: list[_Line]) -> dict[int, tuple[float, float, float]]:
    """Each page's left and right text margins and character height. A page of a few lines
    (an attachment marker alone, the end of a table) tells little: it takes the margins
    most pages have."""
    by_page: dict[int, list[_Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    out = {}
    for page, lns in by_page.items():
        left = Counter(round(ln.x0) for ln in lns).most_common(1)[0][0]
        ends = sorted(ln.x1 for ln in lns)
        right = ends[int(len(ends) * 0.9)] if len(ends) >= 5 else ends[-1]
        heights = Counter(round(ln.bottom - ln.top) for ln in lns).most_common(1)[0][0]
        out[page] = (left, right, max(6.0, heights * 0.9))
    full = [out[p] for p, lns in by_page.items() if len(lns) >= 5]
    if full:
        usual = (Counter(round(m[0]) for m in full).most_common(1)[0][0],
                 Counter(round(m[1]) for m in full).most_common(1)[0][0])
        for page, lns in by_page.items():
            if len(lns) < 5:
                out[page] = (usual[0], usual[1], out[page][2])
    return out


def _runs_on(prev: _Line, line: _Line, prev_margins: tuple[float, float, float], left: float,
             char_w: float) -> bool:
    """A line continues the paragraph above: that one ran from its page's left margin (or a
    first-line indent) to its right margin, this one is not indented from its own page's
    `left`. Over a page break the two pages' margins may differ: each line is measured
    against its own. An attachment marker (附件1 at the top of a page) starts a part."""
    prev_left, right, _ = prev_margins
    # a line that ends a sentence and stops short ends its paragraph, unless what starts the
    # next line could not have stood in the gap: （医 moves down whole (line breaking, below)
    if prev.text[-1:] in _END_PUNCT and right - prev.x1 > (_unbreakable_start(line.text) - 0.5) * char_w:
        return False
    if _LABEL.match(line.text) and not _DECIMAL.match(line.text):
        return False  # a numbered item starts on its own line
    if prev.x0 > prev_left + 2.5 * char_w:
        return False  # a centred or right-aligned line (a signature, a date) is whole
    if ("附" in line.text and attachment_marker(line.text)) or ("附" in prev.text and attachment_marker(prev.text)):
        return False
    high, low = sorted((prev.size, line.size), reverse=True)
    if high > 1.2 * low:
        return False  # a paragraph keeps its type size: the title (二号) does not run into the text (三号)
    # Chinese line breaking keeps punctuation off a line's start, so a full line may stop
    # up to two characters short of the margin, and a Latin word or number moves down whole
    # (most lines reach the margin: the unit is measured only where the line above fell short)
    short = right - 2.6 * char_w - prev.x1
    reached = short <= 0 or _leading_unit_width(line, char_w) >= short
    indented = line.x0 > left + 1.2 * char_w
    return reached and not indented


def _continues(last: tuple[_Table, TableBlock], t: _Table, blocks: list[Block]) -> bool:
    """A table at the top of the next page with the same columns goes on from the last one."""
    prev, _ = last
    same_cols = len(prev.xs) == len(t.xs) and all(abs(a - b) < 3 for a, b in zip(prev.xs, t.xs))
    return same_cols and t.page == prev.page + 1 and blocks and isinstance(blocks[-1], TableBlock)


def _join_tables(into: TableBlock, more: TableBlock, prev: _Table) -> None:
    rows = more.rows
    header = [c.text for c in into.rows[0]]
    if rows and [c.text for c in rows[0]] == header:
        rows = rows[1:]  # the header row repeated on the new page
    if rows and into.rows and _split_row(into.rows, rows):
        # a row split by the page break: its cells run on (a group column's into its group)
        for k, cell in enumerate(rows[0]):
            if k < len(into.rows[-1]) and cell.text:
                held = _holder(into.rows, k)
                held.text = (held.text + cell.text).strip()
        rows = rows[1:]
    into.rows.extend(rows)


def _holder(rows: list[list[Cell]], k: int) -> Cell:
    """The cell holding the text of column k of the last row: itself, or the top of the
    vertical merge it continues."""
    for row in reversed(rows):
        if k < len(row) and not (row[k].merged and not row[k].text):
            return row[k]
    return rows[-1][k]


_LABEL = re.compile(r"^\s*(?:\d{1,3}\s*[.、．]|[（(]?[一二三四五六七八九十]+[、）)])")
_DECIMAL = re.compile(r"\d+\.\d")  # 1.5 starts a line, not an item
_BARE_NUMBER = re.compile(r"\d{1,4}")
_LATIN_WORD = re.compile(f"[^{_CJK_SET} ]*")
# numbers or words joined by punctuation that cannot start a line (95%、90%、85%。): a line
# breaker may keep them together, as one unit
_LEADING_UNIT = re.compile(f"(?:[^{_CJK_SET} ]+[{re.escape(_NO_LINE_START)}]*)+")


def _joined_after(text: str, n: int) -> str:
    """The numbers or words that the closing punctuation ending text[:n] joins to it (年、2025,
    上。PM2.5: a line breaker does not part them), else ""."""
    if n < 2 or text[n - 1] not in _NO_LINE_START:
        return ""
    m = _LEADING_UNIT.match(text, n)
    return m.group() if m else ""


def _estimated_width(text: str, char_w: float) -> float:
    """A Latin character half a CJK one, anything else a whole."""
    latin = len(_NOT_CJK.findall(text))
    return (latin * 0.55 + (len(text) - latin)) * char_w


def _leading_unit_width(line: _Line, char_w: float) -> float:
    """What the margin test adds for the unit a line starts with, which could not have been
    parted at the line above. Where numbers or words lead, their width: the line's own where
    they are the whole line, else an estimate (a Latin character half a CJK one, punctuation
    a whole). Where CJK leads, the width of the numbers its closing punctuation joins to it
    (个、400个: a line breaker keeps 、400 together); the character itself the test allows."""
    text = line.text
    if text[:1] and _is_cjk(text[0]):
        return _estimated_width(_joined_after(text, _unbreakable_start(text)), char_w)
    m = _LEADING_UNIT.match(text)
    if not m:
        return 0.0
    return line.x1 - line.x0 if m.end() == len(text) else _estimated_width(m.group(), char_w)


def _split_row(before: list[list[Cell]], after: list[list[Cell]]) -> bool:
    """The first row on the new page (`after[0]`) is the rest of the last row before it.

    It has no 序号 of its own (it is empty wherever the row above holds a bare
    number, or in its first column where none does: the 序号 need not come
    first), except where a group column's merged cell goes on down the new page
    (its text continues the group); it starts no numbered item; and each of its
    cells goes on from a cell above that did not end its sentence, or, in a
    column whose every item starts with a label (10.强化…), it holds text with none.
    """
    last, first = before[-1], after[0]
    if not first or not last:
        return False
    below = after[1] if len(after) > 1 else []

    def group_goes_on(k: int) -> bool:
        return k < len(below) and below[k].merged and not below[k].text \
            and not _BARE_NUMBER.fullmatch(first[k].text)

    numbered = [k for k, cell in enumerate(last) if _BARE_NUMBER.fullmatch(cell.text)]
    labelled = [] if numbered else _label_columns(before)  # 10.强化… : the label is the 序号
    if not numbered and not labelled:
        numbered = [0]
    if any(k < len(first) and first[k].text and not group_goes_on(k) for k in numbered):
        return False
    pairs = [(_holder(before, k).text, b.text) for k, b in enumerate(first) if b.text and k < len(last)]
    if not pairs or any(_LABEL.match(b) for _, b in pairs):
        return False
    if any(k < len(first) and first[k].text for k in labelled):
        return True  # every item of the column is numbered, and the text here is not: item 10 goes on
    return all(a and a[-1] not in "。；;" for a, _ in pairs)


def _label_columns(rows: list[list[Cell]]) -> list[int]:
    """Columns whose every filled body cell (two at least) starts with an item label."""
    out = []
    for k in range(max(len(r) for r in rows)):
        texts = [r[k].text for r in rows[1:] if k < len(r) and r[k].text and not r[k].merged]
        if len(texts) >= 2 and all(_LABEL.match(t) for t in texts):
            out.append(k)
    return out
