"""PDF and HTML readers on the samples and on broken files."""
from __future__ import annotations

import re

import pytest

from conftest import SAMPLES, TESTS_DATA

import planparse
from planparse.errors import BadInput, Unsupported
from planparse.readers.blocks import Paragraph, TableBlock
from planparse.readers.html import read_html
from planparse.readers.pdf import read_pdf

STEM = "000_2e09f0fb1ab2e70d"


@pytest.fixture(scope="module")
def pdf_blocks():
    return read_pdf((SAMPLES / f"{STEM}.pdf").read_bytes())


def test_page_numbers_are_dropped(pdf_blocks):
    paras = [b.text for b in pdf_blocks if isinstance(b, Paragraph)]
    assert not [p for p in paras if re.fullmatch(r"[—-]\s*\d+\s*[—-]", p)]


def test_lines_are_joined_into_paragraphs_without_spaces_between_cjk(pdf_blocks):
    paras = [b.text for b in pdf_blocks if isinstance(b, Paragraph)]
    lead = [p for p in paras if p.startswith("根据《常州市深入推进")]
    assert len(lead) == 1 and lead[0].endswith("制定本方案。") and " " not in lead[0]


def test_table_over_several_pages_is_one_table_with_its_header_once(pdf_blocks):
    tables = [b for b in pdf_blocks if isinstance(b, TableBlock)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [c.text for c in rows[0]][:3] == ["序号", "重点任务", "具体内容"]
    assert sum(1 for r in rows if r[0].text == "序号") == 1
    txt = planparse.parse(SAMPLES / f"{STEM}.txt").tables[0]
    assert len(rows) - 1 == len(txt.rows)


def test_pdf_cells_keep_their_lines_and_owners():
    doc = planparse.parse(SAMPLES / f"{STEM}.pdf")
    t = doc.tables[0]
    assert t.kind == "decomposition" and t.columns[-1] == "责任单位"
    owners = [x for x in doc.targets if x.source.table == 0 and x.value == 43]
    assert owners and owners[0].owners == ["社会事业局", "财政局", "医保分局"]


def test_group_cell_centred_across_a_row_border_keeps_its_line_whole():
    # 002's indicator table: "资源配置" stands in a cell spanning four rows, its second line
    # centred on a grid line between two of them
    stem = "002_490fc4a074af44c1"
    pdf = [t for t in planparse.parse(SAMPLES / f"{stem}.pdf").tables if t.kind == "indicator"]
    html = [t for t in planparse.parse(SAMPLES / f"{stem}.html").tables if t.kind == "indicator"]
    assert pdf and len(pdf) == len(html)
    groups = {r[0] for t in pdf for r in t.rows if r and r[0]}
    assert "资源\n配置" in groups
    assert groups == {r[0] for t in html for r in t.rows if r and r[0]}


@pytest.mark.parametrize("stem", ["000_2e09f0fb1ab2e70d", "001_b1675a748ef562c5", "002_490fc4a074af44c1"])
def test_runs_placed_whole_read_as_character_by_character(stem, monkeypatch):
    data = (SAMPLES / f"{stem}.pdf").read_bytes()
    fast = read_pdf(data)
    from planparse.readers import pdf as reader
    monkeypatch.setattr(reader, "_RUN", re.compile(r"[^\r\n]"))  # every character a run of its own
    assert read_pdf(data) == fast


def test_pages_drawn_as_form_objects_read_the_same(pdf_blocks):
    # tools that stamp or impose pages wrap each one in a form XObject: its text and
    # ruling lines are then one level down
    import io

    import pypdfium2 as pdfium

    src = pdfium.PdfDocument((SAMPLES / f"{STEM}.pdf").read_bytes())
    wrapped = pdfium.PdfDocument.new()
    for i in range(len(src)):
        page = wrapped.new_page(*src[i].get_size())
        page.insert_obj(src.page_as_xobject(i, wrapped).as_pageobject())
        page.gen_content()
    out = io.BytesIO()
    wrapped.save(out)
    assert read_pdf(out.getvalue()) == pdf_blocks


@pytest.mark.parametrize("change", ["rotate 90", "rotate 270", "crop"])
def test_pages_turned_or_cropped_in_a_viewer_read_the_same(pdf_blocks, change):
    # /Rotate turns the page for display but not its coordinates; PDFium then hands the
    # text over in another order, and get_height() answers for the turned page
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument((SAMPLES / f"{STEM}.pdf").read_bytes())
    for i in range(len(pdf)):
        if change == "crop":
            pdf[i].set_cropbox(10, 15, 585, 830)
        else:
            pdf[i].set_rotation(int(change.split()[1]))
    out = io.BytesIO()
    pdf.save(out)
    assert read_pdf(out.getvalue()) == pdf_blocks


def _ruled_table_pdf(heights: list[float], texts: list[list[str]]) -> bytes:
    """A one-page PDF holding nothing but a two-column table ruled in lines, rows of the
    given heights (pt), Latin text in Helvetica."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    xs, ys = [80, 300, 520], [780.0]
    for h in heights:
        ys.append(ys[-1] - h)

    def line(x0, y0, x1, y1):
        path = c.FPDFPageObj_CreateNewPath(x0, y0)
        c.FPDFPath_LineTo(path, x1, y1)
        c.FPDFPath_SetDrawMode(path, 0, True)
        c.FPDFPage_InsertObject(page.raw, path)

    for y in ys:
        line(xs[0], y, xs[-1], y)
    for x in xs:
        line(x, ys[0], x, ys[-1])
    for r, row in enumerate(texts):
        for k, text in enumerate(row):
            obj = c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 12)
            utf16 = (text + "\0").encode("utf-16-le")
            c.FPDFText_SetText(obj, (ctypes.c_ushort * (len(utf16) // 2)).from_buffer_copy(utf16))
            c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, xs[k] + 6, ys[r] - 18)
            c.FPDFPage_InsertObject(page.raw, obj)
    c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_row_taller_than_half_a_page_stays_in_its_table():
    # a task table's 具体内容 cell can fill most of a page: its ruling lines are far apart
    data = _ruled_table_pdf([30, 450, 30], [["Item", "Owner"], ["Long row", "Health bureau"],
                                            ["Last row", "Finance bureau"]])
    blocks = read_pdf(data)
    assert len(blocks) == 1 and isinstance(blocks[0], TableBlock)
    assert [[c.text for c in row] for row in blocks[0].rows] == [
        ["Item", "Owner"], ["Long row", "Health bureau"], ["Last row", "Finance bureau"]]


def test_a_pdf_whose_text_is_all_in_a_table_is_not_taken_for_a_scan():
    data = _ruled_table_pdf([30, 30], [["Indicator", "Target value"], ["Coverage rate", "95 percent"]])
    assert isinstance(read_pdf(data)[0], TableBlock)


def test_scanned_and_encrypted_pdfs_get_clear_errors():
    with pytest.raises(Unsupported, match="no text layer"):
        read_pdf((TESTS_DATA / "pdf" / "scanned.pdf").read_bytes(), "scanned.pdf")
    with pytest.raises(Unsupported, match="encrypted"):
        read_pdf((TESTS_DATA / "pdf" / "encrypted.pdf").read_bytes(), "encrypted.pdf")
    with pytest.raises(BadInput, match="not a readable PDF"):
        read_pdf((SAMPLES / f"{STEM}.pdf").read_bytes()[:3000], "truncated.pdf")


def test_symbols_of_the_symbol_font_are_read_as_their_characters():
    # symbols.pdf: Word's Insert > Symbol (≥ and ≤ from the Symbol font) printed to PDF by
    # LibreOffice, which keeps them as U+F0B3 and U+F0A3
    doc = planparse.parse(TESTS_DATA / "pdf" / "symbols.pdf")
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("适龄儿童免疫规划疫苗接种率", 95, "%", ">="), ("麻疹发病率", 1, "1/10万", "<=")]


def test_html_article_is_found_and_navigation_left_out():
    blocks = read_html((SAMPLES / f"{STEM}.html").read_bytes())
    text = "\n".join(b.text for b in blocks if isinstance(b, Paragraph))
    for noise in ("首页", "网站地图", "分享到", "相关链接", "统计代码", "备案号"):
        assert noise not in text
    assert "常经办发〔2023〕41号" in text


def test_html_information_box_gives_the_doc_number_and_is_no_table_of_the_notice():
    # government sites print 索引号/发文字号/成文日期 in a box above the article, which itself
    # often leaves the 发文字号 out
    body = "".join(f"<p>{i}. 家庭医生重点人群签约率达到{70 + i}%以上，新增家庭病床{i}00张。</p>" for i in range(1, 9))
    page = ('<html><head><title>关于印发某区2024年卫生健康工作要点的通知_某区人民政府</title></head><body>'
            '<table class="xxgk"><tr><td>索引号：</td><td>1132/2024-00012</td><td>发文字号：</td>'
            '<td>某卫发〔2024〕5号</td></tr><tr><td>成文日期：</td><td>2024-03-01</td></tr></table>'
            '<div class="article"><h1>关于印发某区2024年卫生健康工作要点的通知</h1><p>各街道：</p>'
            '<p>现将工作要点印发给你们。</p><p>某区卫生健康局</p><p>2024年3月1日</p><p>一、提升基层服务能力</p>'
            + body + "</div></body></html>")
    doc = planparse.parse(page.encode(), name="page.html")
    assert doc.header.doc_number == "某卫发〔2024〕5号"
    assert doc.header.title == "关于印发某区2024年卫生健康工作要点的通知"
    assert doc.tables == [] and len(doc.targets) == 16


def test_html_paragraphs_know_their_alignment():
    page = ('<html><body><div class="TRS_Editor"><p style="text-align: center">某卫发〔2024〕8号</p>'
            '<p align="center"><span>关于印发工作要点的通知</span></p><div align="center"><p>内文居中</p>'
            '<p style="text-align:left">左对齐</p></div><p>各镇人民政府：</p></div></body></html>')
    got = [(b.text, b.centered) for b in read_html(page.encode())]
    assert got == [("某卫发〔2024〕8号", True), ("关于印发工作要点的通知", True), ("内文居中", True),
                   ("左对齐", False), ("各镇人民政府：", False)]


def test_html_rowspan_and_colspan_become_merged_cells():
    html = """<html><head><meta charset="gbk"></head><body><div><p>导航</p></div><div id="zoom">
    <p>关于做好卫生健康工作的通知</p><p>一、总体要求</p><p>到2025年，签约率达到45%，覆盖全体居民人群。</p>
    <table><tr><th>序号</th><th colspan="2">工作任务</th><th>责任单位</th></tr>
    <tr><td rowspan="2">1</td><td>签约</td><td>签约率达80%</td><td>卫健局<br>财政局</td></tr>
    <tr><td>培训</td><td>培训不少于2次</td><td>卫健局</td></tr></table></div></body></html>"""
    blocks = read_html(html.encode("gbk"))
    table = [b for b in blocks if isinstance(b, TableBlock)][0]
    rows = [[(c.text, c.merged) for c in r] for r in table.rows]
    assert rows[0][1:3] == [("工作任务", False), ("工作任务", True)]
    assert rows[2][0] == ("", True)
    assert rows[1][3] == ("卫健局\n财政局", False)
    doc = planparse.parse(html.encode("gbk"))
    assert [(t.value, t.owners) for t in doc.targets if t.source.table is not None] == [
        (80, ["卫健局", "财政局"]), (2, ["卫健局"])]


def test_html_script_payload_in_a_cell_stays_plain_text():
    html = ("<html><body><div><p>关于印发方案的通知</p><p>一、目标</p><table><tr><td>序号</td><td>指标</td>"
            "<td>责任单位</td></tr><tr><td>1</td><td>签约率达80%<script>alert(1)</script>"
            "<img src=x onerror=alert(2)></td><td>&lt;b&gt;卫健局&lt;/b&gt;</td></tr></table></div></body></html>")
    doc = planparse.parse(html.encode())
    assert doc.tables[0].rows[0][1] == "签约率达80%"
    assert doc.targets[0].owners == ["<b>卫健局</b>"]  # text, never markup


def test_a_cell_line_ended_short_by_chinese_line_breaking_runs_on():
    from planparse.readers.pdf import _cell_text

    def line(text, x1, cy):
        return [None, cy, x1, 306.0, [(306.0, x1, text)]]

    # geometry of 000.pdf's task table: a full line of five ends at 358.5 in a cell ending
    # at 374.2; 室， cannot be parted (， never starts a line), so 工作 ends a character short
    wrapped = [line("积极创建名", 358.5, 10), line("中医工作", 348.0, 24), line("室，引优质", 358.5, 38)]
    assert _cell_text(wrapped, right=374.2, char_w=10.0) == "积极创建名中医工作室，引优质"
    # a short line whose next line's first character would have fit ends its paragraph
    listed = [line("卫健局", 337.5, 10), line("财政局", 337.5, 24)]
    assert _cell_text(listed, right=374.2, char_w=10.0) == "卫健局\n财政局"
    # no paragraph ends inside a quotation: LibreOffice broke '妇女“两癌”' after 两 in Noto fonts
    quoted = [line("妇女“两", 338.0, 10), line("癌”免费筛查", 368.5, 24)]
    assert _cell_text(quoted, right=374.2, char_w=10.0) == "妇女“两癌”免费筛查"
    # a number goes down with the closing punctuation after it: 65%。 needed more than 65%
    number = [line("2025年达到", 344.0, 10),  # 30 short: 65% (16) would have fit, 65%。 (26) not
              [None, 24, 332.0, 306.0, [(306.0, 322.0, "65%"), (322.0, 332.0, "。")]]]
    assert _cell_text(number, right=374.2, char_w=10.0) == "2025年达到65%。"
    # no paragraph starts with closing punctuation: a line that does ran on, however short
    # the line above (LibreOffice put 62% | ，2025年 so in a cell of health.pdf)
    comma = [line("2024年达到62%", 330.0, 10), line("，2025年达到65%。", 360.0, 24)]
    assert _cell_text(comma, right=374.2, char_w=10.0) == "2024年达到62%，2025年达到65%。"


def test_a_run_that_cannot_stand_whole_in_a_cell_is_split_at_its_leading_word():
    from planparse.readers.pdf import _CharBoxes

    chars = object.__new__(_CharBoxes)
    chars.box = lambda k: (10.0 * k, 0.0, 10.0 * k + 10, 10.0)  # characters ten apart

    def split(text):
        return [p[4] for p in chars.split((0.0, 0.0, 10.0 * len(text), 10.0, text, 0, 5.0, 10.0 * len(text) - 5))]

    assert split("1.依托医联体") == ["1.", "依托医联体"]  # each part can go whole
    assert split("依托4项") == ["依", "托", "4", "项"]  # CJK leads: character by character
    assert split("ICU") == ["I", "C", "U"]


def test_a_row_split_by_a_page_break_joins_even_where_a_group_column_comes_first():
    from planparse.readers.blocks import Cell
    from planparse.readers.pdf import _split_row

    def row(*texts):
        return [Cell(t) for t in texts]

    last = row("智慧", "25", "居民电子健康档案规范", "%", "≥ 90", "约束性")
    assert _split_row([last], [row("健康", "", "化建档管理率", "", "", "")])
    assert not _split_row([last], [row("", "26", "县级以上医院面向基层远程医疗服务比例", "%", "100", "预期性")])


def test_a_row_split_where_one_cell_ended_a_sentence_joins_when_its_items_are_numbered():
    from planparse.readers.blocks import Cell
    from planparse.readers.pdf import _split_row

    def row(*texts):
        return [Cell(t) for t in texts]

    header = row("任务", "具体内容", "责任单位")
    rows = [header, row("9.提升服务", "完善制度。", "卫健局"), row("10.强化医疗质", "制订巡查制度。", "社会事业")]
    # the content cell ended its sentence at the page break, but every item above is numbered
    # and the text at the top of the new page is not: it is the rest of item 10
    assert _split_row(rows, [row("量监督管理", "开展全覆盖督查1次。", "局")])
    assert not _split_row(rows, [row("11.完善公卫体系", "建成公共卫生科。", "卫健局")])


def test_a_group_cell_that_goes_on_over_a_page_break_takes_its_text_along():
    from planparse.readers.blocks import Cell, TableBlock
    from planparse.readers.pdf import _join_tables

    def row(*texts):
        return [Cell(t) for t in texts]

    header = row("序号", "重点任务", "具体内容", "责任单位")
    before = TableBlock([header, row("一、", "提升医疗", "1.依托医联体", "社会事业")])
    # on the new page the group cell (一、医疗服务能力提升行动) goes on down, merged
    after = TableBlock([header, row("医疗服务能力提升行动", "服务能力", "建设提升专科能力", "局"),
                        [Cell("", merged=True), Cell("提升基层"), Cell("2.依托自有优势"), Cell("财政局")]])
    _join_tables(before, after, None)
    assert [c.text for c in before.rows[1]] == ["一、医疗服务能力提升行动", "提升医疗服务能力",
                                                "1.依托医联体建设提升专科能力", "社会事业局"]
    assert [c.text for c in before.rows[2]][1:] == ["提升基层", "2.依托自有优势", "财政局"]

def test_a_title_line_does_not_run_into_the_text_below_it():
    from planparse.readers.pdf import _Line, _runs_on

    # Noto Sans CJK: the title's last line reaches the margin, the 主送机关 line starts at it
    title = _Line("两年行动方案（2024—2025年）》的通知", 88.0, 513.0, 330.7, 349.9, 0, size=19.2)
    body = _Line("各镇人民政府、街道办事处，各职能机构、有关单位：", 112.0, 496.0, 374.2, 389.1, 0, size=14.9)
    wrapped = _Line("全面提升基层服务能力，到2025年，", 81.0, 512.0, 400.0, 414.9, 0, size=14.9)
    margins = (81.0, 521.0, 14.9)
    assert not _runs_on(title, body, margins, 81.0, 14.9)
    assert _runs_on(body.__class__("推进“卫生强基”行动，加快补齐短板，持续提升服务能力和水平，", 81.0, 520.0, 360.0,
                                   374.9, 0, size=14.9), wrapped, margins, 81.0, 14.9)


@pytest.mark.parametrize("short_by,next_line,runs_on", [
    (3, "个、400个、500个。", True),  # 、400 cannot be parted: the line breaker moved 个、400 down whole
    (11, "95%、90%、85%。", True),  # the whole list is one unit, as wide as the line (12 characters)
    (3, "个、万人次的服务。", False),  # 、 joins no number: 个、 would have fitted
    (3, "全面推进健康乡村建设。", False),
    (11, "个、400个。", False),  # 个、400 would have fitted in eleven characters
])
def test_a_line_short_of_the_margin_runs_on_where_what_starts_the_next_could_not_have_fitted(
        short_by, next_line, runs_on):
    from planparse.readers.pdf import _Line, _runs_on

    # a full line on this page ends at 520.6; the one above stopped `short_by` characters short
    char_w, right = 13.5, 520.6
    prev = _Line("分别新增托位300", 111.5, right - short_by * char_w, 100.0, 115.0, 0, 15.0)
    line = _Line(next_line, 79.5, 79.5 + 12 * char_w, 120.0, 135.0, 0, 15.0)
    assert _runs_on(prev, line, (79.5, right, char_w), 79.5, char_w) is runs_on


def _cell_line(text: str, x1: float, x0: float = 232.2) -> list:
    """A cell line as the PDF reader holds it: [text, baseline, right end, left end, pieces]."""
    return [None, 0.0, x1, x0, [(x0, x1, text)]]


@pytest.mark.parametrize("first,first_end,second,joined", [
    # (right ends as LibreOffice drew them in a cell 226.7–300.4 whose text starts 5.5 in)
    # a line breaker keeps the numbers closing punctuation joins to a character: 年、2025 moved down
    ("2024", 258.9, "年、2025", True),
    ("80岁以", 268.7, "上。PM2.5", True),
    # a character that would not have fitted in the cell's width less its inner margin
    ("降到30微", 281.3, "克/立方米以", True),
    # a numbered item starts a line of its own; so does a paragraph after one that stopped short
    ("首席医生。", 290.0, "3.按照不低于", False),
    ("达到全省", 274.2, "平均水平", False),
])
def test_a_cell_line_runs_on_where_what_starts_the_next_could_not_have_fitted(first, first_end, second, joined):
    from planparse.readers.pdf import _cell_text, _padding

    second_end = 232.2 + sum(5.8 if ord(ch) < 0x3000 else 10.5 for ch in second)
    lines = [_cell_line(first, first_end), _cell_line(second, second_end)]
    right = 300.4 - _padding([[lines]], [226.7, 300.4], 10.5)
    assert _cell_text(lines, right, 10.5) == (first + second if joined else first + "\n" + second)


def test_a_tables_character_width_is_read_to_half_a_point():
    from planparse.readers.pdf import _char_width

    # 五号 type is 10.5 points: rounded to whole points it read 10, and every slack with it
    cells = [[[[None, 0.0, 0.0, 0.0, [(100.0, 142.0, "达到全省")]]] for _ in range(10)]]
    assert _char_width(cells) == 10.5


def test_a_cell_line_of_one_opening_mark_is_measured():
    # found by fuzz/fuzz_readers.py: a table cell line of only "（" indexed past its end
    from planparse.readers import pdf as reader

    assert reader._first_word_width("（", [(0.0, 10.0, "（")], 10.0) == 10.0
