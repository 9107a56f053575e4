"""Web pages of notices as saved from government sites.

Parsed with lxml.html: it is already a dependency (python-docx needs lxml),
it is libxml2's forgiving HTML parser (real pages are rarely valid), and it
is an order of magnitude faster than BeautifulSoup over html.parser. The
article is found by where the Chinese text is densest, so navigation,
footers and share links fall away; tables keep rowspan/colspan as merged cells.
"""
from __future__ import annotations

import codecs
import re

from ..errors import BadInput
from ..numerals import despace
from .blocks import Block, Cell, Paragraph, TableBlock
from .limits import LIMITS
from .text import _CONTROL, _plausible

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select",
         "button", "svg", "canvas", "template", "object", "embed")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "pre",
          "center", "dd", "dt", "ul", "ol", "dl", "main", "td", "th", "tr", "tbody", "thead", "table"}
_HEADING_TAGS = ("h1", "h2")
_TITLE_META = ("ArticleTitle", "title", "og:title")
# The information box of a government site (索引号, 发文字号, 成文日期 …): the page's, not the notice's
# text; its 发文字号 is often the only place the page gives the document number
_INFO_LABEL = re.compile(r"\s*(?:索\s*引\s*号|发文字号|文\s*号|成文日期|发布日期|发文日期|发布机构|发文机关|主题分类|"
                         r"公开方式|公开范围|有\s*效\s*性|信息来源|所属机构|生成日期|组配分类|主\s*题\s*词)\s*[:：]?\s*")
_INFO_DOC_NUMBER = re.compile(r"(?:发文字号|文\s*号)\s*[:：]?\s*([^\s:：]{1,20}?[〔\[［【(（]\s*(?:19|20)\d{2}\s*"
                              r"[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)")


def decode_html(data: bytes, name: str | None) -> str:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "hz-gb-2312"):
        declared = "gb18030"
    encodings = [e for e in (declared, "utf-8", "gb18030") if e]
    for enc in encodings:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text[:4000]) >= 0.6:
            return text
    # a few damaged bytes: keep the page, mark what was lost
    for enc in encodings:
        try:
            text = data.decode(enc, errors="replace")
        except LookupError:
            continue
        if text.count("\ufffd") <= max(3, len(text) // 200):
            return text
    raise BadInput("the web page's encoding could not be determined", name)


def read_html(data: bytes, name: str | None = None, page: bool = True) -> list[Block]:
    """A notice's blocks from a web page; `page=False` for HTML that is all document (a
    .docx's imported HTML chunk): no article to find among a site's furniture, no title
    or information box to bring in."""
    import lxml.html
    from lxml import etree

    text = decode_html(data, name)
    # control characters are no part of a page, and lxml refuses them when it edits the tree
    text = _CONTROL.sub("", re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    _check_nesting(text, name)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise BadInput(f"not a readable web page ({e})", name) from None
    title = _page_title(root)
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    etree.strip_elements(root, etree.Comment, with_tail=False)
    body = root.find("body") if root.find("body") is not None else root
    if not page:
        walker = _Walker()
        walker.walk(body)
        return walker.flush()
    number = _INFO_DOC_NUMBER.search(body.text_content())
    article = _densest(body)
    walker = _Walker()
    walker.walk(article)
    blocks = walker.flush()
    at = next((k for k, b in enumerate(blocks[:8]) if isinstance(b, Paragraph) and title
               and _squash(title) in _squash(b.text)), None)
    if title and at is None:
        blocks.insert(0, Paragraph(title, True))
        at = 0
    if number and not any(isinstance(b, Paragraph) and _squash(number.group(1)) in _squash(b.text) for b in blocks):
        # above the title, where GB/T 9704 has it
        blocks.insert(at or 0, Paragraph(number.group(1).strip(), True))
    return blocks


_TABLE_TAG = re.compile(r"<(/?)table\b", re.I)
MAX_TABLE_NESTING = 50


def _check_nesting(text: str, name: str | None) -> None:
    """libxml2 silently drops what lies deeper than 256 elements: refuse such a page instead."""
    depth = deepest = 0
    for m in _TABLE_TAG.finditer(text):
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > MAX_TABLE_NESTING:
        from ..errors import ResourceLimit

        raise ResourceLimit(f"tables nested {deepest} deep (more than {MAX_TABLE_NESTING})", name)


def _squash(s: str) -> str:
    return despace(s)


def _page_title(root) -> str | None:
    for meta in root.iter("meta"):
        if (meta.get("name") or meta.get("property") or "") in _TITLE_META and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    for tag in _HEADING_TAGS:
        for h in root.iter(tag):
            t = h.text_content().strip()
            if len(_CJK.findall(t)) >= 4:
                return t
    t = root.find(".//title")
    if t is not None and t.text:
        # "标题_某某市人民政府" / "标题-网站名": the site name after the separator goes
        return re.split(r"\s*[_|｜]\s*|\s+-\s+", t.text.strip())[0] or None
    return None


def _cjk_score(el) -> int:
    """Chinese characters in an element, less those inside links (navigation is links)."""
    total = len(_CJK.findall(el.text_content()))
    links = sum(len(_CJK.findall(a.text_content())) for a in el.iter("a"))
    return total - 2 * links


def _densest(body):
    """The element holding the article: descend while one child holds most of the text."""
    node = body
    while True:
        kids = [k for k in node if isinstance(k.tag, str)]
        if not kids:
            return node
        scored = sorted(((_cjk_score(k), k) for k in kids), key=lambda x: x[0], reverse=True)
        best, child = scored[0]
        whole = _cjk_score(node)
        if whole <= 0 or best < 0.8 * whole or (child.tag == "table" and not _is_layout(child)):
            return node
        node = child


def _is_layout(table) -> bool:
    """A table that lays out the page (the article sits in one of its cells), not data."""
    if table.find(".//table") is not None:
        return True
    return any(len(_CJK.findall(td.text_content())) > 300 and td.find(".//p") is not None
               for td in table.iter("td"))


_ALIGN = re.compile(r"text-align\s*:\s*(\w+)", re.I)


def _centered(el, inherited: bool) -> bool:
    """Whether a block is centred: by its tag (<center>, a top heading), its align attribute
    or its style; a block that says nothing is as its parent is."""
    if el.tag in ("center", "h1", "h2"):
        return True
    m = _ALIGN.search(el.get("style") or "")
    align = (m.group(1) if m else el.get("align") or "").lower()
    return align == "center" if align else inherited


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.cells = 0
        self.centered = False  # the alignment of the block whose text is in `buf`

    def flush(self) -> list[Block]:
        self._end_paragraph()
        return self.blocks

    def _end_paragraph(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        for line in text.split("\n"):
            line = re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip()
            if line:
                self.blocks.append(Paragraph(line, self.centered))

    def walk(self, el) -> None:
        if el.tag == "table" and _is_info_box(el):
            if el.tail:
                self.buf.append(el.tail)
            return
        if el.tag == "table" and not _is_layout(el):
            self._end_paragraph()
            self.blocks.append(self.table(el))
            if el.tail:
                self.buf.append(el.tail)
            return
        outer = self.centered
        if el.tag == "br":
            self.buf.append("\n")
        elif el.tag in _BLOCK:
            self._end_paragraph()
            self.centered = _centered(el, outer)
        if el.text:
            self.buf.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child)
            elif child.tail:
                self.buf.append(child.tail)
        if el.tag in _BLOCK:
            self._end_paragraph()
            self.centered = outer
        if el.tail:
            self.buf.append(el.tail)

    def table(self, tbl) -> TableBlock:
        grid: dict[tuple[int, int], Cell] = {}
        rows = [tr for tr in tbl.iter("tr") if _owner_table(tr) is tbl]
        for r, tr in enumerate(rows):
            c = 0
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                self.cells += 1
                if self.cells > LIMITS.max_table_cells:
                    from ..errors import ResourceLimit

                    raise ResourceLimit(f"more than {LIMITS.max_table_cells:,} table cells")
                while (r, c) in grid:
                    c += 1
                rs, cs = _span(td.get("rowspan")), _span(td.get("colspan"))
                text = _cell_text(td)
                for dr in range(rs):
                    for dc in range(cs):
                        if dr == 0 and dc == 0:
                            grid[(r, c)] = Cell(text)
                        elif dr == 0:
                            grid[(r, c + dc)] = Cell(text, merged=True)
                        elif r + dr < len(rows):
                            grid[(r + dr, c + dc)] = Cell("", merged=True)
                c += cs
        width = max((c for _, c in grid), default=-1) + 1
        out = [[grid.get((r, c), Cell("", merged=True)) for c in range(width)] for r in range(len(rows))]
        return TableBlock([row for row in out if any(cell.text for cell in row) or len(out) < 3])


def _is_info_box(table) -> bool:
    """A table of the site's information box: two cells or more that are its labels."""
    labels = 0
    for td in table.iter("td", "th"):
        if _INFO_LABEL.fullmatch(td.text_content()):
            labels += 1
            if labels >= 2:
                return True
    return False


def _owner_table(tr):
    p = tr.getparent()
    while p is not None and p.tag != "table":
        p = p.getparent()
    return p


def _span(v: str | None) -> int:
    try:
        return max(1, min(int(v or 1), 1000))
    except ValueError:
        return 1


def _cell_text(td) -> str:
    w = _Walker()
    if td.text:
        w.buf.append(td.text)
    for child in td:
        if isinstance(child.tag, str):
            if child.tag == "table":
                nested = w.table(child)
                w.buf.append("\n".join(" ".join(c.text for c in r if not c.merged) for r in nested.rows))
                if child.tail:
                    w.buf.append(child.tail)
            else:
                w.walk(child)
        elif child.tail:
            w.buf.append(child.tail)
    return "\n".join(b.text for b in w.flush() if isinstance(b, Paragraph))
