"""Word (.docx) notices: paragraphs and tables in body order, automatic numbering rendered.

Most real notices number their headings through numbering.xml, so `一、`
`（一）` `1.` are not in the paragraph text. They are rendered here as Word
renders them and put back in front of the text, so that everything after the
reader sees the notice as it is printed.

The package is read with zipfile and lxml directly (python-docx is used to
write the samples): see read_docx for the measurement behind that.
"""
from __future__ import annotations

import codecs
import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from lxml import etree

from ..errors import BadInput, ResourceLimit, Unsupported
from .blocks import Block, Cell, Paragraph, TableBlock
from .limits import LIMITS
from .symbol_font import is_symbol_font, symbol_char

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _SDT = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc", "sdt"))
_CUSTOM_XML, _SDT_CONTENT = f"{{{W}}}customXml", f"{{{W}}}sdtContent"
_T, _TAB, _BR, _CR, _TXBX = (f"{{{W}}}{t}" for t in ("t", "tab", "br", "cr", "txbxContent"))
_SYM, _SYM_FONT, _SYM_CHAR = f"{{{W}}}sym", f"{{{W}}}font", f"{{{W}}}char"


@lru_cache(maxsize=None)
def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_VAL = _w("val")
_PPR, _NUMPR, _TCPR, _VMERGE = (_w(t) for t in ("pPr", "numPr", "tcPr", "vMerge"))
_PSTYLE, _JC, _GRIDSPAN = _w("pStyle"), _w("jc"), _w("gridSpan")
_HMERGE, _TRPR, _GRID_BEFORE, _GRID_AFTER = _w("hMerge"), _w("trPr"), _w("gridBefore"), _w("gridAfter")
_ALT_CHUNK = _w("altChunk")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _int(value, default: int = 0, lo: int = -1_000_000, hi: int = 1_000_000) -> int:
    """An integer attribute as Word writes it; anything else (or out of range) is the default."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return default
    return n if lo <= n <= hi else default


def _val(el, tag: str):
    """The w:val of el's child `tag` (a bare name, e.g. "numId")."""
    # iterchildren filters in C; find() compiles a path on every call (measured 2× slower)
    child = next(el.iterchildren(_w(tag)), None) if el is not None else None
    return None if child is None else child.get(_VAL)


def _first(el, tag: str):
    """el's first child when it is `tag`: where the schema puts w:pPr and w:tcPr."""
    return el[0] if len(el) and el[0].tag == tag else None


# ------------------------------------------------------------------ numbering

_CN = "〇一二三四五六七八九"


def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else ("一" + chinese_counting(rest) if rest < 20 else chinese_counting(rest)))
        return _CN[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting"):
        return chinese_counting(n)
    if fmt == "ideographDigital":
        return "".join(_CN[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "decimalEnclosedFullstop"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "ideographEnclosedCircle":
        return chr(0x3280 + n - 1) if 1 <= n <= 10 else chinese_counting(n)
    if fmt == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12]
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False
    suffix: str = " "  # w:suff: a tab (the default) or a space after the label, or nothing


@dataclass
class Numbering:
    """numbering.xml: abstract definitions, the nums that point at them, and live counters."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)  # read when first asked for
    abstract_xml: dict[str, object] = field(default_factory=dict)  # w:abstractNum by id, not yet read
    nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    # styleId → (basedOn, numId, ilvl) as written; resolved through basedOn when asked
    style_defs: dict[str, tuple[str | None, str | None, int | None]] = field(default_factory=dict)

    _styles_xml: object = None

    def _load_styles(self) -> None:
        # styles.xml is large and rarely needed: read when a paragraph first asks for it
        styles, self._styles_xml = self._styles_xml, None
        if styles is None:
            return
        if callable(styles):
            styles = styles()
        if styles is None:
            return
        for st in styles.iter(_w("style")):
            sid = st.get(_w("styleId"))
            numpr = st.find(f"{_w('pPr')}/{_w('numPr')}")
            ilvl = _val(numpr, "ilvl") if numpr is not None else None
            self.style_defs[sid] = (_val(st, "basedOn"), _val(numpr, "numId") if numpr is not None else None,
                                    _int(ilvl, 0, 0, 8) if ilvl is not None else None)

    def style_numbering(self, style: str | None) -> tuple[str, int] | None:
        """The list a paragraph style puts its paragraphs in, following basedOn."""
        if not style or not self.nums:
            return None
        self._load_styles()
        seen = set()
        while style and style not in seen:
            seen.add(style)
            based, num_id, ilvl = self.style_defs.get(style, (None, None, None))
            if num_id:
                return num_id, ilvl or 0
            style = based
        return None

    @classmethod
    def from_xml(cls, numbering, styles) -> "Numbering":
        nb = cls()
        if numbering is not None:
            # (a document defines dozens of lists and uses a few: each is read when first used)
            for an in numbering.iter(_w("abstractNum")):
                nb.abstract_xml[an.get(_w("abstractNumId"))] = an
            for num in numbering.iter(_w("num")):
                starts: dict[int, int] = {}
                levels: dict[int, _Level] = {}
                for ov in num.iter(_w("lvlOverride")):
                    ilvl = _int(ov.get(_w("ilvl")), 0, 0, 8)
                    so = _val(ov, "startOverride")
                    if so is not None:
                        starts[ilvl] = _int(so, 1)
                    lvl = ov.find(_w("lvl"))
                    if lvl is not None:
                        levels[ilvl] = _parse_level(lvl)
                nb.nums[num.get(_w("numId"))] = (_val(num, "abstractNumId"), starts, levels)
        nb._styles_xml = styles
        return nb

    def _level(self, num_id: str, ilvl: int) -> _Level | None:
        entry = self.nums.get(num_id)
        if not entry:
            return None
        abstract_id, _, override_levels = entry
        return override_levels.get(ilvl) or self._abstract(abstract_id).get(ilvl)

    def _abstract(self, abstract_id: str) -> dict[int, _Level]:
        levels = self.abstract.get(abstract_id)
        if levels is None:
            an = self.abstract_xml.get(abstract_id)
            levels = self.abstract[abstract_id] = {} if an is None else {
                _int(lvl.get(_w("ilvl")), 0, 0, 8): _parse_level(lvl) for lvl in an.iter(_w("lvl"))}
        return levels

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (numId, ilvl) and render its label, as Word does."""
        lvl = self._level(num_id, ilvl)
        if lvl is None or num_id == "0":
            return ""
        abstract_id, starts, _ = self.nums[num_id]
        counters = self.counters.setdefault(num_id, {})
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = starts.get(ilvl, lvl.start)
        # deeper levels restart after this one, unless their lvlRestart says otherwise
        for deeper in [k for k in counters if k > ilvl]:
            dl = self._level(num_id, deeper)
            if dl is None or dl.restart is None or (dl.restart != 0 and dl.restart <= ilvl + 1):
                del counters[deeper]
        text = lvl.text
        for k, token in enumerate(_LEVEL_TOKENS):
            if token not in text:
                continue
            kl = self._level(num_id, k)
            if k not in counters:
                counters[k] = starts.get(k, kl.start if kl else 1)
            fmt = "decimal" if (lvl.legal and k < ilvl) else (kl.fmt if kl else "decimal")
            text = text.replace(token, format_number(counters[k], fmt))
        return text + lvl.suffix if text else text


_LEVEL_TOKENS = tuple(f"%{k + 1}" for k in range(9))  # lvlText's placeholders, %1 to %9


def _parse_level(lvl) -> _Level:
    restart = _val(lvl, "lvlRestart")
    return _Level(
        start=_int(_val(lvl, "start"), 1),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(restart, 0, 0, 9) if restart is not None else None,
        legal=lvl.find(_w("isLgl")) is not None,
        suffix="" if _val(lvl, "suff") == "nothing" else " ",
    )


# ------------------------------------------------------------------ text

def _symbol(node) -> str:
    """A w:sym's character (Insert > Symbol): ≥ stored as F0B3 in the Symbol font."""
    if not is_symbol_font(node.get(_SYM_FONT) or ""):
        return ""  # a Wingdings tick: no text
    try:
        code = int(node.get(_SYM_CHAR) or "", 16)
    except ValueError:
        return ""
    return symbol_char(code) or ""


def _node_text(node) -> str:
    tag = node.tag
    if tag == _T:
        return node.text or ""
    if tag == _TAB:
        return " "
    if tag == _SYM:
        return _symbol(node)
    return "\n"


_TEXT_TAGS = (_T, _TAB, _BR, _CR, _TXBX)
_TEXT_TAGS_SYM = (*_TEXT_TAGS, _SYM)  # one tag more costs a tenth of the walk: only where w:sym is


def _run_text(el, tags: tuple[str, ...] = _TEXT_TAGS) -> tuple[str, bool]:
    """Text of a paragraph, text boxes and field codes left out; and whether it holds a box."""
    parts: list[str] = []
    for node in el.iter(*tags):
        tag = node.tag
        if tag == _T:
            parts.append(node.text or "")
        elif tag == _TXBX:
            return _run_text_around_boxes(el), True  # rare: worth a second, slower pass
        else:
            parts.append(_node_text(node))
    return "".join(parts), False


def _run_text_around_boxes(el) -> str:
    return "".join(_node_text(node) for node in el.iter(_T, _TAB, _BR, _CR, _SYM)
                   if not _has_ancestor(node, _TXBX, el))


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _has_ancestor(node, tag: str, stop) -> bool:
    """Whether `node` lies inside a `tag` element below `stop`."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


class _Walker:
    def __init__(self, numbering: Numbering, symbols: bool = False,
                 chunk: Callable[[str], list[Block]] | None = None):
        self.numbering = numbering
        self.chunk = chunk  # the blocks of an imported chunk (w:altChunk), by relationship id
        self.text_tags = _TEXT_TAGS_SYM if symbols else _TEXT_TAGS
        self.blocks: list[Block] = []
        self.cells = 0

    def paragraph_text(self, p) -> tuple[str, bool, bool]:
        """The paragraph's text with its numbering label, whether it is centred, and whether
        it holds text boxes."""
        ppr = _first(p, _PPR)
        text, has_box = _run_text(p, self.text_tags)
        label = ""
        num_id, ilvl = None, 0
        numpr = style = jc = None
        if ppr is not None:
            for child in ppr:  # one pass for the three properties read (pPr has a dozen kinds)
                tag = child.tag
                if tag == _NUMPR:
                    numpr = child
                elif tag == _PSTYLE:
                    style = child.get(_VAL)
                elif tag == _JC:
                    jc = child.get(_VAL)
            if numpr is not None:
                num_id = _val(numpr, "numId")
                il = _val(numpr, "ilvl")
                ilvl = _int(il, 0, 0, 8)
            if num_id is None:
                linked = self.numbering.style_numbering(style)
                if linked:
                    num_id, ilvl = linked
                    il = _val(numpr, "ilvl") if numpr is not None else None
                    ilvl = _int(il, ilvl, 0, 8) if il is not None else ilvl
        if num_id and num_id != "0" and text.strip():
            label = self.numbering.label(num_id, ilvl)
        centered = jc in ("center", "distribute")
        return (label + text), centered, has_box

    def walk(self, container) -> None:
        for el in container:
            if el.tag == _P:
                text, centered, has_box = self.paragraph_text(el)
                for line in text.split("\n"):
                    if line.strip():
                        self.blocks.append(Paragraph(line.strip(), centered))
                for box in el.iter(_TXBX) if has_box else ():
                    # a text box drawn twice (mc:Choice for new Word, mc:Fallback for old) is read once
                    if not _has_ancestor(box, _FALLBACK, el):
                        self.walk(box)
            elif el.tag == _TBL:
                self.blocks.append(self.table(el))
            elif el.tag == _SDT or el.tag == _CUSTOM_XML:
                self.walk(_unwrapped(el))
            elif el.tag == _ALT_CHUNK and self.chunk is not None:
                self.blocks.extend(self.chunk(el.get(_R_ID, "")))

    def table(self, tbl) -> TableBlock:
        rows: list[list[Cell]] = []
        for tr in _children(tbl, _TR):  # a nested table's rows belong to its cell
            before, after = _grid_skipped(tr)
            row: list[Cell] = [Cell("") for _ in range(before)]  # no cell stands there
            for tc in _children(tr, _TC):
                self.cells += 1
                if self.cells > LIMITS.max_table_cells:
                    raise ResourceLimit(f"more than {LIMITS.max_table_cells:,} table cells")
                tcpr = _first(tc, _TCPR)
                span, continues = 1, False
                for prop in tcpr if tcpr is not None else ():  # one pass over the cell's properties
                    if prop.tag == _GRIDSPAN:
                        span = _int(prop.get(_VAL), 1, 1, 63)  # Word allows 63 columns; more is damage
                    elif prop.tag == _VMERGE:
                        continues = prop.get(_VAL) in (None, "continue")
                    elif prop.tag == _HMERGE and prop.get(_VAL) in (None, "continue") and row:
                        continues = None  # the old way of merging across (WPS, converters)
                if continues is None:
                    row.append(Cell(row[-1].text, merged=True))
                    continue
                text = "" if continues else self.cell_text(tc)
                row.append(Cell(text, merged=continues))
                if span > 1:  # a horizontally merged cell stands for each column it spans
                    row.extend(Cell(text, merged=True) for _ in range(span - 1))
            if after:
                row.extend(Cell("") for _ in range(after))
            rows.append(row)
        return TableBlock(rows)

    def cell_text(self, tc) -> str:
        lines = []
        for el in _children(tc, (_P, _TBL)):
            if el.tag == _P:
                lines.append(self.paragraph_text(el)[0])
            elif el.tag == _TBL:
                nested = self.table(el)
                lines.extend(" ".join(c.text for c in r if not c.merged) for r in nested.rows)
        return "\n".join(lines).strip()


def _grid_skipped(tr) -> tuple[int, int]:
    """The grid columns a row leaves out before its first cell and after its last
    (w:gridBefore, w:gridAfter: a row that starts or ends short of the table's edge)."""
    before = after = 0
    for child in tr:
        if child.tag == _TRPR:
            for prop in child:  # one pass over the row's properties
                if prop.tag == _GRID_BEFORE:
                    before = _int(prop.get(_VAL), 0, 0, 63)
                elif prop.tag == _GRID_AFTER:
                    after = _int(prop.get(_VAL), 0, 0, 63)
            break
        if child.tag == _TC:
            break  # w:trPr comes before the cells
    return before, after


def _unwrapped(el):
    """What a content control (w:sdt) or a custom XML tag (w:customXml) holds: the body's
    paragraphs and tables, a table's rows or a row's cells, wrapped."""
    if el.tag == _CUSTOM_XML:
        return el
    content = el.find(_SDT_CONTENT)
    return content if content is not None else ()


def _children(el, tags: str | tuple[str, ...]):
    """The children of `el` with one of `tags`, also those wrapped in content controls or
    custom XML (a repeating section of a form's table, an OA system's tagged rows)."""
    for child in el:
        tag = child.tag
        if tag in tags if isinstance(tags, tuple) else tag == tags:
            yield child
        elif tag == _SDT or tag == _CUSTOM_XML:
            yield from _children(_unwrapped(child), tags)


_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"


def read_docx(data: bytes, name: str | None = None, depth: int = 0) -> list[Block]:
    """Read the three parts that matter straight from the zip.

    python-docx opens every part of the package; measured on the samples, the
    main document alone parses in a quarter of that time, and styles.xml
    (the largest part) is only needed for style-linked numbering.
    """
    zf = _check_zip(data, name)
    try:
        main = _main_part(zf)
        xml = zf.read(main)
        document = _parse(xml)
        rels, targets = _relations(zf, main)
        numbering = _parse(zf.read(rels[_REL_NUMBERING])) if rels.get(_REL_NUMBERING) in zf.NameToInfo else None
        styles_name = rels.get(_REL_STYLES)
    except KeyError as e:
        raise BadInput(f"not a readable Word document (missing part {e})", name) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error) as e:
        raise BadInput(f"not a readable Word document ({type(e).__name__}: {e})", name) from None
    except etree.XMLSyntaxError as e:
        if "depth" in str(e).lower():
            raise ResourceLimit("the Word document is nested too deeply", name) from None
        raise BadInput(f"corrupt Word document: {e}", name) from None
    body = document.find(_w("body"))
    if body is None:
        raise BadInput("corrupt Word document: word/document.xml has no body", name)
    if b"moveFrom>" in xml or b"del>" in xml:
        # tracked changes, read as accepted: text deleted or moved away is no longer there (a
        # move's source holds w:t, not w:delText, and was read twice)
        etree.strip_elements(body, _w("del"), _w("moveFrom"), with_tail=False)

    def styles():
        try:
            return _parse(zf.read(styles_name)) if styles_name in zf.NameToInfo else None
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, OSError):
            return None  # numbering through styles is lost, the text is not

    chunks = (lambda rid: _chunk_blocks(zf, targets.get(rid), name, depth)) if b"altChunk" in xml else None
    walker = _Walker(Numbering.from_xml(numbering, styles), symbols=b"sym" in xml, chunk=chunks)
    walker.walk(body)
    return walker.blocks


def _chunk_blocks(zf: zipfile.ZipFile, target: str | None, name: str | None, depth: int) -> list[Block]:
    """The blocks of a chunk the document imports (w:altChunk) in place: HTML, MIME HTML or
    another Word document. A "download as Word" button of a web system often writes the
    whole notice so, leaving the body nothing but the reference; Word reads it on opening."""
    if target is None or target not in zf.NameToInfo:
        return []
    try:
        data = zf.read(target)  # its size is within the package's, checked before
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as e:
        raise BadInput(f"corrupt Word document: its imported part {target} cannot be read ({e})", name) from None
    lower = target.lower()
    if data.startswith(b"PK\x03\x04"):
        return read_docx(data, name, depth + 1) if depth < 2 else []  # (a chunk in a chunk in a chunk: no)
    from .html import read_html

    head = data[:1024].lower()
    if lower.endswith((".mht", ".mhtml")) or b"mime-version" in head:
        html = _mime_html(data)
        return read_html(html, name, page=False) if html else []
    if lower.endswith((".htm", ".html", ".xhtml")) or b"<html" in head or b"<body" in head or b"<p" in head:
        return read_html(data, name, page=False)
    return []  # RTF or plain text chunks: not written by the systems that make such files


def _mime_html(data: bytes) -> bytes | None:
    """The HTML of a MIME HTML (.mht) chunk, as UTF-8 with a BOM (its charset is in the
    MIME header, which the HTML reader does not see)."""
    import email

    for part in email.message_from_bytes(data).walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            try:
                text = payload.decode(charset, errors="replace")
            except LookupError:  # a charset Python does not know
                text = payload.decode("utf-8", errors="replace")
            return codecs.BOM_UTF8 + text.encode("utf-8")
    return None


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _parse(xml: bytes):
    return etree.fromstring(xml, _PARSER)


def _main_part(zf: zipfile.ZipFile) -> str:
    """The main document part, from the package relationships (usually word/document.xml)."""
    if "_rels/.rels" in zf.NameToInfo:
        for rel in _parse(zf.read("_rels/.rels")).iter(f"{{{_PKG_REL}}}Relationship"):
            if rel.get("Type") == _OFFICE_DOC:
                target = rel.get("Target", "").lstrip("/")
                if target in zf.NameToInfo:
                    return target
    return "word/document.xml"


def _relations(zf: zipfile.ZipFile, part: str) -> tuple[dict[str, str], dict[str, str]]:
    """A part's relationships: type → the zip name of the (first) target, and id → target."""
    folder, _, leaf = part.rpartition("/")
    rels_name = f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"
    by_type: dict[str, str] = {}
    by_id: dict[str, str] = {}
    if rels_name not in zf.NameToInfo:
        return by_type, by_id
    for rel in _parse(zf.read(rels_name)).iter(f"{{{_PKG_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        by_type.setdefault(rel.get("Type", ""), full)
        by_id[rel.get("Id", "")] = full
    return by_type, by_id


def _other_package(names: set[str], zf: zipfile.ZipFile) -> str | None:
    """What a zip package that is no Word document is, said with what to do, where it can be told."""
    if "OFD.xml" in names or "ofd.xml" in names:
        return "an OFD document (GB/T 33190), which planparse does not read; export it as PDF from an OFD reader"
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook, not a notice; planparse reads .docx, .pdf, .html and .txt"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation, not a notice; planparse reads .docx, .pdf, .html and .txt"
    try:
        odt = "mimetype" in names and zf.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
        odt = False  # a damaged entry: said as no Word document
    return "an OpenDocument text (.odt); save it as .docx" if odt else None


def _check_zip(data: bytes, name: str | None) -> zipfile.ZipFile:
    """Refuse what is no Word package, an encrypted one, or a zip bomb, before parsing."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BadInput("not a Word document: the zip container is corrupt or truncated", name) from None
    names = set(zf.namelist())
    if "EncryptedPackage" in names:
        raise Unsupported("the Word document is encrypted", name)
    if "word/document.xml" not in names:
        other = _other_package(names, zf)
        if other:
            raise Unsupported(other, name)
        raise BadInput("a zip file, but not a Word document (no word/document.xml)", name)
    total = sum(i.file_size for i in zf.infolist())
    if total > LIMITS.max_inflated_bytes:
        raise ResourceLimit(f"the document would inflate to {total:,} bytes, over the limit of "
                            f"{LIMITS.max_inflated_bytes:,}", name)
    for info in zf.infolist():
        if info.compress_size and info.file_size / info.compress_size > LIMITS.max_compression_ratio \
                and info.file_size > 10_000_000:
            raise ResourceLimit(f"{info.filename} is compressed {info.file_size // info.compress_size}:1, "
                                "a zip bomb", name)
    return zf
