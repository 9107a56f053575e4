"""Make .docx and .pdf samples that look like real notices from the .txt samples.

    python scripts/make_samples.py            # samples/*.txt → samples/*.docx, samples/*.pdf

Headings and items are numbered by Word's automatic numbering (the labels
live in numbering.xml, not in the text) wherever Word's counter gives the
label the notice has; slips in the original numbering stay literal. Group
cells of task tables are vertically merged, a header cell spanning two
columns is horizontally merged, the header row repeats on every page, the
banner is red with a red rule, and the footer carries `— N —` page numbers.
The PDF is LibreOffice's rendering of the .docx (Debian packages
libreoffice-writer-nogui and fonts-wqy-zenhei); the generated files are
committed so the tests need neither.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from planparse.readers.blocks import Paragraph, TableBlock  # noqa: E402
from planparse.readers.docx import Numbering  # noqa: E402
from planparse.readers.text import read_text  # noqa: E402
from planparse.structure.assemble import _split_parts  # noqa: E402
from planparse.structure.header import parse_header  # noqa: E402
from planparse.structure.outline import match_label  # noqa: E402

FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"

# One abstract numbering for the outline: 一、 （一） 1. （1）
ABSTRACT = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="900">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
    <w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
    <w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/>
    <w:suff w:val="space"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/>
    <w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""
STYLE_LEVEL = {"chinese": 0, "paren_chinese": 1, "arabic": 2, "paren_arabic": 3}


class Builder:
    def __init__(self) -> None:
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(16)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
        self.numbering = self.doc.part.numbering_part.element
        self.numbering.insert(0, parse_xml(ABSTRACT))
        self.next_num = 901
        self.num_id = self.new_list()
        self._footer()

    # -- numbering: a num per attached document, so each restarts at 一、
    def new_list(self) -> str:
        num_id = str(self.next_num)
        self.next_num += 1
        override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if num_id != "901" else ""
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="900"/>{override}</w:num>'))
        self.predict = Numbering.from_xml(self.numbering, None)
        self.predict.counters = getattr(self, "_counters", {})
        self._counters = self.predict.counters
        return num_id

    def would_render(self, ilvl: int) -> str:
        """The label Word will give the next paragraph at ilvl, without advancing the counter."""
        snapshot = {k: dict(v) for k, v in self.predict.counters.items()}
        label = self.predict.label(self.num_id, ilvl)
        self.predict.counters.clear()
        self.predict.counters.update(snapshot)
        return label

    def _footer(self) -> None:
        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("— ")
        run = p.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
            if kind:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)
            elif text:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
            else:
                t = OxmlElement("w:t")
                t.text = "1"
                run._r.append(t)
        p.add_run(" —")

    def para(self, text: str, *, center=False, bold=False, size=None, red=False, font=None, indent=True):
        p = self.doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if red:
            run.font.color.rgb = RGBColor(0xE0, 0, 0)
        if font:
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return p

    def red_rule(self) -> None:
        p = self.doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" '
                             'w:color="E00000"/></w:pBdr>'))

    def numbered(self, text: str) -> bool:
        """Write a heading or item with automatic numbering, if Word's counter gives its label."""
        m = match_label(text)
        if not m or m[0].style not in STYLE_LEVEL:
            return False
        label, rest = m
        ilvl = STYLE_LEVEL[label.style]
        if self.would_render(ilvl) != label.text.strip():
            return False  # a slip in the original (四、 skipped, 1、 for 一、): keep it literal
        self.predict.label(self.num_id, ilvl)
        p = self.doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{self.num_id}"/></w:numPr>')
        p._p.get_or_add_pPr().append(numpr)
        run = p.add_run(rest)
        if ilvl == 0:
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HEADING_FONT)
        return True

    def table(self, block: TableBlock) -> None:
        rows = [[c.text for c in r] for r in block.rows]
        if block.caption:
            self.para(block.caption, center=True, bold=True, indent=False)
        if len(rows[0]) == 1 and len(rows) > 1 and len(rows[1]) > 1:
            self.para(rows.pop(0)[0], center=True, bold=True, indent=False)  # a caption row
        width = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=width)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_short = len(rows[0]) < width and len(rows) > 1
        for i, row in enumerate(rows):
            cells = t.rows[i].cells
            if i == 0 and header_short:
                # the header cell over two columns (工作任务 over category and task)
                gap = width - len(row)
                cells[1].merge(cells[1 + gap])
                mapping = [0, 1] + list(range(2 + gap, width))
                for text, j in zip(row, mapping):
                    self._cell(t.cell(0, j), text)
                continue
            for j in range(width):
                text = row[j] if j < len(row) else ""
                if text == "" and i > 1 and j < 2:
                    above = t.cell(i - 1, j)
                    above.merge(t.cell(i, j))  # vertical merge of a group cell
                    continue
                self._cell(t.cell(i, j), text)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        self.doc.add_paragraph()

    @staticmethod
    def _cell(cell, text: str) -> None:
        lines = text.split("\n") if text else [""]
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(10.5)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(txt: Path) -> Path:
    blocks = read_text(txt.read_bytes(), str(txt))
    parts = _split_parts(blocks)
    paras = [b.text for b in parts[0].blocks if isinstance(b, Paragraph)]
    hr = parse_header(paras)
    h = hr.header
    b = Builder()
    if h.doc_number and h.signatory:
        b.para(f"{h.signatory}文件", center=True, size=26, red=True, font="方正小标宋简体")
    for k, part in enumerate(parts):
        if part.label:
            b.page_break()
            b.para(part.label, indent=False, font=HEADING_FONT)
            b.num_id = b.new_list()
        para_no = 0
        for block in part.blocks:
            if isinstance(block, TableBlock):
                b.table(block)
                continue
            text = block.text
            i = para_no
            para_no += 1
            if k == 0 and h.doc_number and text.replace(" ", "") == h.doc_number.replace(" ", ""):
                b.para(text, center=True, indent=False)
                if h.signatory:
                    b.red_rule()
            elif k == 0 and i in hr.consumed and h.title and text.replace(" ", "") in h.title:
                b.para(text, center=True, size=22, font="方正小标宋简体")
            elif k == 0 and (h.date and i in hr.consumed and text.strip() and text.strip()[0].isdigit()
                             or h.signatory and text.strip() == h.signatory):
                p = b.para(text.strip(), indent=False)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif not b.numbered(text):
                b.para(text)
    out = txt.with_suffix(".docx")
    b.doc.save(out)
    return out


PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_政府信息公开_示例市人民政府</title>
<meta name="ArticleTitle" content="{title}">
<script>var _hmt = _hmt || []; document.write('<div>统计代码</div>');</script>
<style>.nav a {{ margin: 0 8px }}</style></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a>
  <a href="/bsfw/">办事服务</a> <a href="/zjsz/">走进示例</a> <a href="/en/">English</a></div>
<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<table class="info"><tr><td>索引号：014010000/2023-00123</td><td>发布日期：2023-11-01</td></tr></table>
<h1 class="article-title">{title}</h1>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">关于开展某某专项行动的通知</a></li>
<li><a href="/b">关于印发某某实施方案的通知</a></li></ul></div>
<div class="footer"><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | 主办单位：示例市人民政府办公室
 | 网站标识码：1234000001 | 备案号：某ICP备00000000号</div>
</body></html>
"""


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(block: TableBlock) -> str:
    rows = [[c.text for c in r] for r in block.rows]
    out = ["<table border=\"1\" cellspacing=\"0\">"]
    if block.caption:
        out.append(f"<caption>{_esc(block.caption)}</caption>")
    if len(rows[0]) == 1 and len(rows) > 1 and len(rows[1]) > 1:
        out.append(f"<caption>{_esc(rows.pop(0)[0])}</caption>")
    width = max(len(r) for r in rows)
    # a run of empty group cells under a filled one becomes one cell with rowspan
    span = {}
    for j in range(min(2, width)):
        i = 1
        while i < len(rows):
            k = i + 1
            while k < len(rows) and j < len(rows[k]) and rows[k][j] == "" and rows[i][j] != "":
                k += 1
            if k - i > 1:
                span[(i, j)] = k - i
                for x in range(i + 1, k):
                    span[(x, j)] = 0
            i = k
    for i, row in enumerate(rows):
        cells = []
        if i == 0 and len(row) < width:
            gap = width - len(row) + 1
            for j, text in enumerate(row):
                attr = f' colspan="{gap}"' if j == 1 else ""
                cells.append(f"<th{attr}>{_esc(text)}</th>")
        else:
            for j in range(width):
                text = row[j] if j < len(row) else ""
                n = span.get((i, j), 1)
                if n == 0:
                    continue
                attr = f' rowspan="{n}"' if n > 1 else ""
                cells.append(f"<td{attr}>{'<br>'.join(_esc(x) for x in text.split(chr(10)))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def build_html(txt: Path) -> Path:
    blocks = read_text(txt.read_bytes(), str(txt))
    paras = [b.text for b in blocks if isinstance(b, Paragraph)]
    title = parse_header(paras).header.title or txt.stem
    body = []
    for block in blocks:
        if isinstance(block, TableBlock):
            body.append(html_table(block))
        else:
            body.append(f"<p style=\"text-indent:2em\">{_esc(block.text)}</p>")
    out = txt.with_suffix(".html")
    out.write_bytes(PAGE.format(title=_esc(title), body="\n".join(body)).encode("gb18030"))
    return out


def to_pdf(docx: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return docx.with_suffix(".pdf")


def main(argv: list[str]) -> int:
    usage = __doc__.strip() + "\n\n    python scripts/make_samples.py [--no-pdf] [NOTICE.txt ...]"
    if "-h" in argv or "--help" in argv:
        print(usage)
        return 0
    unknown = [a for a in argv if a.startswith("-") and a != "--no-pdf"]
    if unknown:  # an option it does not know must not fall through to rewriting samples/
        print(f"unknown option {unknown[0]}\n\n{usage}", file=sys.stderr)
        return 2
    txts = [Path(a) for a in argv if not a.startswith("--")] or sorted((ROOT / "samples").glob("*.txt"))
    for txt in txts:
        docx = build(txt)
        print(docx)
        print(build_html(txt))
        if "--no-pdf" not in argv:
            print(to_pdf(docx))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
