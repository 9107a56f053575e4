"""The text reader: encodings, the TAB-cell table rendering, and bad input."""
from __future__ import annotations

import pytest

from planparse.errors import BadInput
from planparse.readers.blocks import Paragraph, TableBlock
from planparse.readers.text import decode, parse_lines

NOTICE = "常卫〔2021〕7号\n\n关于印发《示例方案》的通知\n\n一、总体要求\n（一）目标\n到2025年，签约率达到45%。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "utf-16-le"])
def test_decodes_the_encodings_chinese_text_files_come_in(encoding):
    assert decode(NOTICE.encode(encoding)) == NOTICE


def test_normalises_line_endings():
    assert decode(NOTICE.replace("\n", "\r\n").encode("gbk")) == NOTICE


@pytest.mark.parametrize("data", [b"", b"   \n\n", bytes(range(256)) * 40])
def test_empty_or_binary_input_is_bad_input(data):
    with pytest.raises(BadInput):
        decode(data, "x.txt")


def _table(text: str) -> TableBlock:
    blocks = parse_lines(text.split("\n"))
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert len(tables) == 1
    return tables[0]


def test_tab_cells_rows_and_continuation_lines():
    t = _table("\t序号\n\t任务\n\t责任单位\n\n\t1\n\t建成1家\n\t卫健局\n财政局\n\n\t\n\t新增2个\n\t卫健局\n")
    assert [[c.text for c in r] for r in t.rows] == [
        ["序号", "任务", "责任单位"], ["1", "建成1家", "卫健局\n财政局"], ["", "新增2个", "卫健局"]]
    assert t.rows[2][0].merged and not t.rows[1][0].merged


def test_a_cell_with_paragraphs_of_its_own_keeps_its_row_together():
    text = "\t序号\n\t任务\n\t内容\n\n\t\n\t提升能力\n\n\n提升能力（续）\n\n\t5.标准\n\n\t1\n\t培训\n\t每年2次\n"
    t = _table(text)
    assert len(t.rows) == 3
    assert t.rows[1][1].text.startswith("提升能力") and t.rows[1][2].text == "5.标准"


def test_caption_above_a_table_is_taken():
    import planparse

    doc = planparse.parse("表1  主要指标\n\t指标\n\t单位\n\t2025年\n\n\t签约率\n\t%\n\t45\n".encode())
    assert doc.tables[0].caption == "表1  主要指标" and doc.tables[0].kind == "indicator"
    assert [(t.value, t.unit, t.deadline.end.year) for t in doc.targets] == [(45, "%", 2025)]


def test_one_tab_indented_line_is_a_paragraph_not_a_table():
    blocks = parse_lines("\t（四）完善平台。积极争取立项。\n（五）健全体系。建设平台。\n".split("\n"))
    assert all(isinstance(b, Paragraph) for b in blocks) and len(blocks) == 2


def test_prose_running_into_a_table_is_peeled_off():
    text = "\t（四）完善平台。积极争取。\n（五）健全体系。建设。\n某某任务分解表\n\t序号\n\t工作任务\n\n\t1\n\t任务一\n"
    blocks = parse_lines(text.split("\n"))
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Paragraph", "TableBlock"]
    assert blocks[2].caption == "某某任务分解表"
    assert [c.text for c in blocks[2].rows[0]] == ["序号", "工作任务"]


def test_tab_separated_rows_copied_from_word_or_a_spreadsheet_are_a_table():
    text = "主要指标\n序号\t指标\t单位\t2023年\t2026年\n1\t巩固率\t%\t96.5\t≥97\n\t优质均衡县比例\t%\t25\t40\n末段文字。\n"
    blocks = parse_lines(text.split("\n"))
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "TableBlock", "Paragraph"]
    rows = [[c.text for c in r] for r in blocks[1].rows]
    assert rows[0] == ["序号", "指标", "单位", "2023年", "2026年"]
    assert rows[2][0] == "" and blocks[1].rows[2][0].merged


def test_one_line_with_a_tab_inside_is_a_paragraph():
    blocks = parse_lines("联系人：张三\t电话：12345678\n一、总体要求\n".split("\n"))
    assert all(isinstance(b, Paragraph) for b in blocks)


def _hard_wrapped(text: str, width: int = 52, page: int = 28) -> str:
    """The text as copied out of a PDF: every paragraph broken where it reaches `width` half-width
    columns (a run of digits or Latin letters kept whole, as typesetting keeps it), and a page
    number (— N —) between blank lines every `page` lines."""
    import re

    lines = []
    for para in (p for p in text.split("\n") if p.strip()):
        line = ""
        for piece in re.findall(r"[\x21-\x7e]+|.", para):
            if line and len(line) * 2 - len(line.encode("ascii", "ignore")) + \
                    len(piece) * 2 - len(piece.encode("ascii", "ignore")) > width:
                lines.append(line)
                line = ""
            line += piece
        lines.append(line)
    out = []
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % page == 0:
            out += ["", f"—{k // page}—", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("stem", ["edu", "env", "lists"])
def test_hard_wrapped_text_reads_as_the_notice_it_was_copied_from(stem):
    import planparse
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "notices" / f"{stem}.txt").read_text(encoding="utf-8")
    wrapped = _hard_wrapped(text)
    assert len(wrapped.split()) > len(text.split())  # the test wraps something
    want, got = planparse.parse(text.encode(), name="a.txt"), planparse.parse(wrapped.encode(), name="b.txt")
    assert got.header == want.header
    assert [(t.value, t.unit, t.indicator, t.deadline) for t in got.targets] == \
        [(t.value, t.unit, t.indicator, t.deadline) for t in want.targets]


def test_an_indented_line_after_a_full_one_starts_a_paragraph_of_its_own():
    from planparse.readers.text import unwrap

    full = "加强基层医疗卫生服务体系建设，提升县域医疗服务能力和水平，推进"
    lines = [full] * 6 + ["\u3000\u3000二是完善公共卫生体系。", full, "落实责任。"] + ["短行。"] * 3
    assert [t.strip() for t in unwrap(lines)][:3] == [full * 6, "二是完善公共卫生体系。", full + "落实责任。"]
