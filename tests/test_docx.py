"""The Word reader: automatic numbering as Word renders it, merged cells, body order."""
from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from planparse.readers.blocks import Paragraph, TableBlock
from planparse.readers.docx import chinese_counting, format_number, read_docx

LEVELS = """
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/>{restart}</w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/></w:lvl>
"""


def make(paragraphs, restart="", nums=("91",), overrides=None) -> bytes:
    """A .docx whose paragraphs (text, numId, ilvl) are numbered through numbering.xml."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="907">'
                                  f'{LEVELS.format(restart=restart)}</w:abstractNum>'))
    for n in nums:
        ov = (overrides or {}).get(n, "")
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="907"/>{ov}</w:num>'))
    for text, num, ilvl in paragraphs:
        p = doc.add_paragraph(text)
        if num:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def texts(data: bytes):
    return [b.text for b in read_docx(data) if isinstance(b, Paragraph)]


def test_labels_are_rendered_and_deeper_levels_restart():
    data = make([("总体要求", "91", 0), ("指导思想", "91", 1), ("原则", "91", 1), ("重点任务", "91", 0),
                 ("提升能力", "91", 1), ("加强培训", "91", 2), ("开展演练", "91", 2), ("每年两次", "91", 3)])
    assert texts(data) == ["一、 总体要求", "（一） 指导思想", "（二） 原则", "二、 重点任务", "（一） 提升能力",
                           "1. 加强培训", "2. 开展演练", "① 每年两次"]


def test_a_list_continues_across_sections_and_interruptions():
    # items keep counting past plain paragraphs and a table, and (lvlRestart 0) past a new section
    doc = make([("一", "91", 0), ("甲", "91", 2), ("说明文字", None, 0), ("乙", "91", 2), ("二", "91", 0), ("丙", "91", 2)],
               restart='<w:lvlRestart w:val="0"/>')
    assert texts(doc) == ["一、 一", "1. 甲", "说明文字", "2. 乙", "二、 二", "3. 丙"]


def test_start_override_restarts_a_new_num():
    ov = {"92": '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'}
    data = make([("附件一总体", "91", 0), ("附件一任务", "91", 0), ("附件二总体", "92", 0)], nums=("91", "92"), overrides=ov)
    assert texts(data) == ["一、 附件一总体", "二、 附件一任务", "一、 附件二总体"]


@pytest.mark.parametrize("n,fmt,want", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (23, "chineseCounting", "二十三"), (105, "chineseCounting", "一百零五"),
    (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"), (4, "upperRoman", "IV"),
    (12, "decimal", "12"), (28, "lowerLetter", "bb"),
])
def test_number_formats(n, fmt, want):
    assert format_number(n, fmt) == want
    assert chinese_counting(3) == "三"


def test_merged_cells_both_ways():
    doc = Document()
    t = doc.add_table(rows=4, cols=3)
    for i, row in enumerate([["序号", "任务", "责任单位"], ["1", "建成2家", "卫健局"], ["", "新增3个", "财政局"],
                             ["合计", "", ""]]):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    t.cell(1, 0).merge(t.cell(2, 0))  # vertical
    t.cell(3, 0).merge(t.cell(3, 2))  # horizontal
    buf = io.BytesIO()
    doc.save(buf)
    table = [b for b in read_docx(buf.getvalue()) if isinstance(b, TableBlock)][0]
    rows = [[(c.text, c.merged) for c in r] for r in table.rows]
    assert rows[1][0] == ("1", False) and rows[2][0] == ("", True)  # vMerge continues
    assert rows[3] == [("合计", False), ("合计", True), ("合计", True)]  # gridSpan stands for each column


def test_rows_short_of_the_grid_and_the_old_horizontal_merge_keep_their_columns():
    # WPS and converters write a row that starts a column in (w:gridBefore) or merges across
    # with w:hMerge instead of gridSpan: the cells after must stay under their own columns
    ns = nsdecls("w")

    def cell(text, props=""):
        return f'<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'

    doc = Document()
    t = doc.add_table(rows=1, cols=3)
    for j, text in enumerate(["序号", "指标", "目标值"]):
        t.cell(0, j).text = text
    t._tbl.append(parse_xml(f'<w:tr {ns}><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
                            f'{cell("接种率")}{cell("95%")}</w:tr>'))
    restart, goes_on = cell("合计", '<w:hMerge w:val="restart"/>'), cell("", "<w:hMerge/>")
    t._tbl.append(parse_xml(f'<w:tr {ns}>{restart}{goes_on}{cell("3家")}</w:tr>'))
    t._tbl.append(parse_xml(f'<w:tr {ns}><w:trPr><w:gridAfter w:val="1"/></w:trPr>{cell("2")}{cell("床位")}</w:tr>'))
    buf = io.BytesIO()
    doc.save(buf)
    (table,) = [b for b in read_docx(buf.getvalue()) if isinstance(b, TableBlock)]
    assert [[(c.text, c.merged) for c in r] for r in table.rows[1:]] == [
        [("", False), ("接种率", False), ("95%", False)],
        [("合计", False), ("合计", True), ("3家", False)],
        [("2", False), ("床位", False), ("", False)]]


def test_sample_docx_reads_like_its_text(parsed):
    import planparse
    from conftest import SAMPLES

    for stem, txt_doc in parsed.items():
        doc = planparse.parse(SAMPLES / f"{stem}.docx")
        assert doc.source.format == "docx"
        assert doc.header.model_dump(exclude={"note"}) == txt_doc.header.model_dump(exclude={"note"}), stem
        assert [s.title for s in doc.sections] == [s.title for s in txt_doc.sections]


def test_corrupt_and_foreign_zips(tmp_path):
    import zipfile

    from planparse.errors import BadInput

    with pytest.raises(BadInput, match="corrupt or truncated"):
        read_docx(make([("一", None, 0)])[:500])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a document")
    with pytest.raises(BadInput, match="not a Word document"):
        read_docx(buf.getvalue())


@pytest.mark.parametrize("entries, said", [
    ({"OFD.xml": "<ofd:OFD/>"}, "an OFD document"),
    ({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, r"OpenDocument text \(.odt\)"),
    ({"xl/workbook.xml": "<x/>"}, "an Excel workbook"),
])
def test_other_packages_are_named_with_what_to_do(entries, said):
    # a government site's OFD, an .odt from WPS or LibreOffice, a workbook saved beside the notices
    import zipfile

    from planparse.errors import Unsupported

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in entries.items():
            z.writestr(name, text)
    with pytest.raises(Unsupported, match=said):
        read_docx(buf.getvalue(), "notice")


def test_numbering_linked_through_a_paragraph_style():
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="907">'
                                  f'{LEVELS.format(restart="")}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="95"><w:abstractNumId w:val="907"/></w:num>'))
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Level1">'
                            '<w:name w:val="Level1"/><w:pPr><w:numPr><w:numId w:val="95"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Level1Red">'
                            '<w:name w:val="Level1Red"/><w:basedOn w:val="Level1"/></w:style>'))
    for text, style in (("总体要求", "Level1"), ("说明", None), ("重点任务", "Level1Red")):
        p = doc.add_paragraph(text)
        if style:
            p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style}"/>'))
    buf = io.BytesIO()
    doc.save(buf)
    assert texts(buf.getvalue()) == ["一、 总体要求", "说明", "二、 重点任务"]


def test_a_text_box_drawn_twice_for_old_and_new_word_is_read_once():
    doc = Document()
    p = doc.add_paragraph("正文")
    box = ('<w:txbxContent {ns}><w:p><w:r><w:t>框内新增2家</w:t></w:r></w:p></w:txbxContent>')
    ns = nsdecls("w")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    p._p.append(parse_xml(
        f'<w:r {ns} {mc}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box.format(ns=ns)}</w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict>{box.format(ns=ns)}</w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    buf = io.BytesIO()
    doc.save(buf)
    assert texts(buf.getvalue()) == ["正文", "框内新增2家"]


def test_content_wrapped_in_custom_xml_or_content_controls_is_read():
    # OA systems tag a notice's parts with custom XML; forms wrap table rows in content controls
    ns = nsdecls("w")
    doc = Document()
    doc.add_paragraph("正文")
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:customXml {ns} w:element="target"><w:p><w:r><w:t>新增托位500个</w:t></w:r></w:p></w:customXml>'))
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "任务", "责任单位"
    table._tbl.append(parse_xml(
        f'<w:sdt {ns}><w:sdtContent><w:tr>'
        f'<w:tc><w:p><w:r><w:t>建成3个示范点</w:t></w:r></w:p></w:tc>'
        f'<w:customXml w:element="owner"><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>区卫健局</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt></w:tc></w:customXml>'
        f'</w:tr></w:sdtContent></w:sdt>'))
    buf = io.BytesIO()
    doc.save(buf)
    blocks = read_docx(buf.getvalue())
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["正文", "新增托位500个"]
    (tb,) = [b for b in blocks if isinstance(b, TableBlock)]
    assert [[c.text for c in row] for row in tb.rows] == [["任务", "责任单位"], ["建成3个示范点", "区卫健局"]]


def test_tracked_changes_read_as_accepted():
    # a draft sent round with changes tracked: what was deleted or moved away is gone, what was
    # inserted or moved here stands (Word writes a move's source with w:t, not w:delText)
    data = _paragraphs_of_runs(
        ['<w:r><w:t>新增托位</w:t></w:r>', '<w:del w:id="1" w:author="a"><w:r><w:delText>800</w:delText></w:r></w:del>',
         '<w:ins w:id="2" w:author="a"><w:r><w:t>1000</w:t></w:r></w:ins>', '<w:r><w:t>个。</w:t></w:r>'],
        ['<w:moveFrom w:id="3" w:author="a"><w:r><w:t>培训护士300人。</w:t></w:r></w:moveFrom>'],
        ['<w:moveTo w:id="4" w:author="a"><w:r><w:t>培训护士300人。</w:t></w:r></w:moveTo>'])
    assert texts(data) == ["新增托位1000个。", "培训护士300人。"]


def _paragraphs_of_runs(*paragraphs: list[str]) -> bytes:
    """A .docx of paragraphs, each made of the run-level XML given (w: prefix, no namespace)."""
    ns = nsdecls("w")
    doc = Document()
    for runs in paragraphs:
        p = doc.add_paragraph()
        for run in runs:
            p._p.append(parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {ns}", run, count=1)))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_symbols_inserted_from_the_symbol_font_are_read_as_their_characters():
    # Insert > Symbol writes ≥ as w:sym (Symbol font, F0B3 or 00B3); a Wingdings tick is no text
    data = _paragraphs_of_runs(['<w:r><w:t>接种率</w:t></w:r>', '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>',
                                '<w:r><w:t>95%，死亡率</w:t></w:r>',
                                '<w:r><w:sym w:font="Symbol" w:char="00A3"/><w:t>5</w:t></w:r>',
                                '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'])
    assert texts(data) == ["接种率≥95%，死亡率≤5"]


def _with_chunk(chunk_name: str, chunk: bytes, before: str = "") -> bytes:
    """A .docx whose body imports `chunk` (w:altChunk), as a web system's "download as Word"
    writes it, after a paragraph `before` where given."""
    import zipfile

    doc = Document()
    if before:
        doc.add_paragraph(before)
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:altChunk {nsdecls("w", "r")} r:id="chunk1"/>'))
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="chunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/aFChunk" Target="{chunk_name}"/></Relationships>').encode())
            dst.writestr(item, data)
        dst.writestr(f"word/{chunk_name}", chunk)
    return out.getvalue()


def test_a_notice_imported_as_an_html_chunk_is_read_in_place():
    # "download as Word" buttons write the notice as HTML (often MIME HTML) the body imports
    html = ("<html><head><title>Document</title></head><body><p>关于印发某方案的通知</p>"
            "<p>一、到2025年，家庭医生签约率达到75%。</p>"
            "<table><tr><td>指标</td><td>目标值</td></tr><tr><td>床位数</td><td>500张</td></tr></table>"
            "</body></html>")
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"=mhtPart\"\r\n\r\n"
           "--=mhtPart\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + __import__("base64").encodebytes(html.encode("gb2312")).decode() + "\r\n--=mhtPart--\r\n")
    for chunk_name, chunk in (("afchunk.htm", html.encode("utf-8")), ("afchunk.mht", mht.encode("ascii"))):
        blocks = read_docx(_with_chunk(chunk_name, chunk, before="某市卫生健康委员会文件"))
        assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
            "某市卫生健康委员会文件", "关于印发某方案的通知", "一、到2025年，家庭医生签约率达到75%。"], chunk_name
        (table,) = [b for b in blocks if isinstance(b, TableBlock)]
        assert [[c.text for c in r] for r in table.rows] == [["指标", "目标值"], ["床位数", "500张"]]
