"""Header, outline and tables of the sample notices, as a user would check them."""
from __future__ import annotations

import datetime as dt

import pytest

from planparse.structure.header import parse_date, parse_header
from planparse.structure.outline import find_headings, match_label, without_label


def test_header_of_a_printed_notice(parsed):
    h = parsed["000_2e09f0fb1ab2e70d"].header
    assert h.doc_number == "常经办发〔2023〕41号"
    assert h.title == "常州经开区党政办公室关于印发《常州经开区深入推进“卫生强基”两年行动方案（2024—2025年）》的通知"
    assert h.recipients == ["各镇人民政府", "街道办事处", "各职能机构", "有关单位"]
    assert h.signatory == h.issuer == "江苏常州经济开发区党政办公室"
    assert h.date == dt.date(2023, 10, 30)
    assert h.note == "（此件公开发布）"


def test_header_with_spaced_number_and_attachment_list(parsed):
    h = parsed["001_b1675a748ef562c5"].header
    assert h.doc_number == "常钟卫〔2020〕44号"
    assert h.title == "关于印发《钟楼区卫生健康工作争先进位行动方案》的通知"
    assert len(h.attachments) == 9 and h.attachments[0] == "钟楼区疾病预防控制工作争先进位三年行动方案"
    assert h.signatory is None and h.date is None and h.issuer is None  # not written: not guessed


def test_header_without_notice_title_takes_the_plan_title(parsed):
    h = parsed["002_490fc4a074af44c1"].header
    assert h.doc_number is None
    assert h.title == "通州区“十四五”卫生健康事业发展规划"
    assert h.date == dt.date(2022, 11, 22)


def test_dates_in_chinese_numerals():
    assert parse_date("二〇二二年十一月二十二日") == dt.date(2022, 11, 22)
    assert parse_date("2023年10月30日") == dt.date(2023, 10, 30)
    assert parse_date("2023年13月30日") is None


def test_doc_number_variants():
    for line, want in [("国卫办发[2020]12号", "国卫办发[2020]12号"), ("苏政办发（2021）第3号", "苏政办发（2021）第3号"),
                       ("常钟卫〔2020〕44 号", "常钟卫〔2020〕44号")]:
        assert parse_header([line, "关于做好某项工作的通知"]).header.doc_number == want


def test_label_levels():
    cases = {"一、总体要求": 1, "（二）工作原则": 2, "(三)实施": 2, "（八 ）人才": 2, "3. 加强": 3, "4、完善": 3,
             "5．提高": 3, "（1）签约": 4, "①首诊": 5, "第二章 总则": 0, "第十二条 本办法": 3}
    for text, level in cases.items():
        assert match_label(text)[0].level == level, text
    assert match_label("1.5%的增长") is None


def test_without_label_agrees_with_match_label():
    # the clause before a number loses its label the way a heading does
    for text in ["（二）新增床位", "3. 建成", "①首诊", "第二章 总则", "1.5%的增长", "全市建成", "  （1）签约"]:
        m = match_label(text)
        assert without_label(text) == (m[1] if m else text), text
    assert without_label("（２）新建") == "新建"  # full-width digits fold as in match_label


def test_slips_in_numbering_are_mended():
    paras = ["1、 指导思想", "正文。", "二、工作目标", "（五）老年", "正文。", "构建生育友好型服务体系", "正文。", "（七）数字化"]
    heads = find_headings(paras)
    assert [(h.level, h.label, h.title) for h in heads] == [
        (1, "1、", "指导思想"), (1, "二、", "工作目标"), (2, "（五）", "老年"),
        (2, None, "构建生育友好型服务体系"), (2, "（七）", "数字化")]


def test_outline_tree_and_attachments(parsed):
    doc = parsed["001_b1675a748ef562c5"]
    assert [a.label for a in doc.attachments] == [f"附件{i}" for i in range(1, 10)]
    first = doc.attachments[0]
    assert first.title == "钟楼区疾病预防控制工作争先进位三年行动方案"
    assert [s.title for s in first.sections] == ["指导思想", "工作目标", "工作措施"]
    assert [c.label for c in first.sections[1].children][:2] == ["1.", "2."]
    sixth = doc.attachments[5]
    assert sixth.sections[0].label == "1、" and sixth.sections[0].level == 1


def test_outline_of_a_plan_with_a_skipped_number(parsed):
    secs = parsed["002_490fc4a074af44c1"].sections
    assert [s.label for s in secs] == ["一、", "二、", "三、", "五、"]
    tasks = secs[2].children
    assert len(tasks) == 14 and tasks[5].label is None and tasks[5].title == "构建生育友好型服务体系"


def test_decomposition_table_with_merged_cells_and_owners(parsed):
    doc = parsed["000_2e09f0fb1ab2e70d"]
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.kind == "decomposition"
    assert t.caption == "常州经开区深入推进“卫生强基”两年行动方案重点任务分解表"
    assert t.columns == ["序号", "重点任务", "具体内容", "2024年任务分解", "2025年任务分解", "责任单位"]
    assert len(t.rows) == 28 and all(len(r) == 6 for r in t.rows)
    # the group cell of the second row was merged with the first and is filled down
    assert t.rows[1][1] == t.rows[0][1] == "提升医疗\n服务能力"
    assert (1, 1) in t.merged


def test_indicator_tables_and_boxes(parsed):
    tables = parsed["002_490fc4a074af44c1"].tables
    kinds = [t.kind for t in tables]
    assert kinds[:2] == ["indicator", "indicator"] and kinds[2:] == ["other"] * 7
    assert tables[0].columns == ["类别", "序号", "指标", "单位", "2020年完成情况", "2020年规划目标"]
    assert len(tables[0].rows) == 20 and len(tables[1].rows) == 27
    assert tables[2].caption.startswith("专栏一")


def test_header_spanning_two_columns_is_aligned_right(parsed):
    t = parsed["001_b1675a748ef562c5"].tables[0]
    assert t.columns == ["序号", "工作任务", "工作任务", "工作进度或措施", "责任部门"]


def test_an_item_broken_across_lines_is_read_as_one_sentence():
    import planparse

    text = ("关于印发《示例行动方案》的通知\n\n一、工作目标\n"
            "1. 提升签约服务能力。到2025年，全区家庭医生一般人群签约率\n达到45%，重点人群签约率达到80%以上。\n"
            "（二）保障措施\n")
    doc = planparse.parse(text.encode("utf-8"))
    got = [(t.value, t.comparator, t.deadline and t.deadline.end.year) for t in doc.targets]
    assert got == [(45, "=", 2025), (80, ">=", 2025)]
    assert "签约率达到45%" in doc.targets[0].text
    assert [s.title for s in doc.sections] == ["工作目标"] and doc.sections[0].children[0].title == "提升签约服务能力"


@pytest.mark.parametrize("line,want", [
    ("某省卫生健康委员会          某省财政厅", ["某省卫生健康委员会", "某省财政厅"]),  # as typed
    ("某省卫生健康委员会 某省财政厅", ["某省卫生健康委员会", "某省财政厅"]),  # as a PDF line keeps the gap
    ("国 家 能 源 局", ["国家能源局"]),  # letter-spaced, one organ
    ("某市卫生健康 委员会", ["某市卫生健康委员会"]),  # a space inside one name
])
def test_joint_signatures(line, want):
    paras = ["关于做好某项工作的通知", "各区：", "现将方案印发给你们。", line, "2024年3月15日"]
    assert parse_header(paras).header.signatories == want


def test_departments_and_groups_sign_too():
    # national ministries' departments (…司) sign their joint letters, on two lines; a
    # leading group or an office named short signs in its own name
    paras = ["关于做好某项工作的通知", "各省卫生健康委：", "现就有关事项通知如下。",
             "国家卫生健康委办公厅        国家中医药局综合司", "国家疾控局综合司", "2024年3月15日"]
    assert parse_header(paras).header.signatories == ["国家卫生健康委办公厅", "国家中医药局综合司", "国家疾控局综合司"]
    for organ in ("某区深化医药卫生体制改革领导小组", "某区爱卫办"):
        paras = ["关于做好某项工作的通知", "各街道：", "现就有关事项通知如下。", organ, "2024年3月15日"]
        assert parse_header(paras).header.signatory == organ


def test_title_above_the_doc_number_as_web_pages_print_it():
    paras = ["国家卫生健康委办公厅关于印发2024年医疗卫生工作要点的通知", "国卫办医政发〔2024〕5号",
             "各省、自治区、直辖市卫生健康委：", "现将工作要点印发给你们。", "国家卫生健康委办公厅", "2024年3月15日"]
    h = parse_header(paras).header
    assert h.title == "国家卫生健康委办公厅关于印发2024年医疗卫生工作要点的通知"
    assert h.doc_number == "国卫办医政发〔2024〕5号"
    # levels alone are of the organ after them: one recipient, as written
    assert h.recipients == ["各省、自治区、直辖市卫生健康委"]
    assert parse_header(["关于做好某项工作的通知", "各市、县（市、区）卫生健康委（局）、财政局："]).header.recipients == [
        "各市、县（市、区）卫生健康委（局）", "财政局"]
    # only across 、: after a comma a level alone is a recipient of its own
    assert parse_header(["关于做好某项工作的通知", "各区，市政府各部门："]).header.recipients == ["各区", "市政府各部门"]
    assert parse_header(["关于做好某项工作的通知", "各县（市、区）人民政府，市政府各部门："]).header.recipients == [
        "各县（市、区）人民政府", "市政府各部门"]
    assert h.signatory == "国家卫生健康委办公厅" and h.date == dt.date(2024, 3, 15)


def test_banner_elements_copy_number_classification_urgency():
    h = parse_header(["000123", "秘密★1年", "特急", "某某市人民政府文件", "某政发〔2023〕5号",
                      "某某市人民政府关于做好工作的通知"]).header
    assert (h.copy_number, h.classification, h.urgency, h.issuer) == ("000123", "秘密★1年", "特急", "某某市人民政府")
    assert h.doc_number == "某政发〔2023〕5号" and h.title == "某某市人民政府关于做好工作的通知"


def test_the_signer_of_a_report_on_a_line_of_its_own_is_no_part_of_the_title():
    # an upward report sets 签发人 right of the number; a two-column layout reads it as its own line
    for lines in (["某卫发〔2024〕8号", "签发人：李四"], ["签发人：李 四", "某卫发〔2024〕8号"]):
        h = parse_header(["某市卫生健康委员会文件", *lines, "某市卫生健康委员会关于2023年工作情况的报告",
                          "市人民政府："]).header
        assert (h.doc_number, h.signer, h.title) == ("某卫发〔2024〕8号", "李四", "某市卫生健康委员会关于2023年工作情况的报告")


def test_recipients_wrapped_over_two_lines():
    h = parse_header(["某卫发〔2024〕3号", "关于印发行动方案的通知", "各区卫生健康局、财政局、医疗保障局，",
                      "市直各医疗卫生单位：", "现将方案印发给你们。"]).header
    assert h.recipients == ["各区卫生健康局", "财政局", "医疗保障局", "市直各医疗卫生单位"]


def test_a_title_whose_type_a_line_break_cuts():
    # a PDF line breaker leaves 知 of 通知 alone on the title's last line
    h = parse_header(["某卫发〔2024〕3号", "某市卫生健康委员会 某市财政局关于印发行动方案的通", "知",
                      "各区卫生健康局、财政局，", "市直各医疗卫生单位：", "现将方案印发给你们。"]).header
    assert h.title == "某市卫生健康委员会某市财政局关于印发行动方案的通知"
    assert h.recipients == ["各区卫生健康局", "财政局", "市直各医疗卫生单位"]


def test_a_joint_banner_names_its_lead_organ():
    # GB/T 9704 7.2.2: a joint banner stacks the organs, the lead one first, 文件 after the last
    h = parse_header(["特急", "某某省卫生健康委员会", "某某省财政厅", "某某省医疗保障局文件", "某卫发〔2024〕8号",
                      "关于做好某项工作的通知"]).header
    assert (h.urgency, h.issuer, h.doc_number) == ("特急", "某某省卫生健康委员会", "某卫发〔2024〕8号")
    assert h.title == "关于做好某项工作的通知"


def test_rules_style_chapters_and_articles():
    import planparse

    text = ("XX市家庭医生签约服务管理办法\n\n第一章 总则\n第一条 为规范家庭医生签约服务，制定本办法。\n"
            "第二章 服务要求\n第三条 每个家庭医生团队签约居民原则上不超过2000人。\n")
    doc = planparse.parse(text.encode())
    assert [(s.level, s.label, [c.label for c in s.children]) for s in doc.sections] == [
        (0, "第一章", ["第一条"]), (0, "第二章", ["第三条"])]
    t = doc.targets[0]
    assert (t.value, t.comparator, t.indicator) == (2000, "<=", "每个家庭医生团队签约居民")


def test_a_centred_organ_name_above_the_number_is_the_banner():
    paras = ["某某市卫生健康委员会", "某卫发〔2023〕9号", "关于做好某项工作的通知", "各区卫生健康局：",
             "现将有关事项通知如下。", "某某市卫生健康委员会办公室", "2023年5月1日"]
    assert parse_header(paras, [True, True, True] + [False] * 4).header.issuer == "某某市卫生健康委员会"
    # without layout the name alone is not taken for a banner: the signature gives the issuer
    assert parse_header(paras).header.issuer == "某某市卫生健康委员会办公室"


def test_an_attachment_that_is_a_table_alone_takes_its_caption_as_title():
    import planparse

    text = ("关于印发2024年工作要点的通知\n\n附件：1. 工作要点\n2. 重点任务分解表\n\n示例委\n2024年2月5日\n\n"
            "附件1\n\n工作要点\n\n一、任务\n新增社区医院5家。\n\n附件2\n\n重点任务分解表\n"
            "\t序号\n\t重点任务\n\t牵头单位\n\n\t1\n\t培训基层卫生人员3000人次\n\t基层卫生处\n")
    doc = planparse.parse(text.encode())
    assert [(a.label, a.title) for a in doc.attachments] == [("附件1", "工作要点"), ("附件2", "重点任务分解表")]
    assert doc.tables[0].caption == "重点任务分解表"


def test_a_web_page_printed_with_its_navigation_keeps_its_title():
    import planparse

    text = ("首页 政务公开 互动交流 办事服务\n当前位置：首页> 政府信息公开> 通知公告\n"
            "索引号：014010000/2023-00123 发布日期：2023-11-01\n通州区“十四五”卫生健康事业发展规划\n"
            "分享到：微信 微博\n一、发展基础\n全区人均预期寿命达到83岁。\n")
    assert planparse.parse(text.encode()).header.title == "通州区“十四五”卫生健康事业发展规划"


def test_sections_of_a_plan_stand_under_their_chapters():
    import planparse

    text = ("XX市“十四五”卫生健康事业发展规划\n\n第一章 发展基础\n\n第一节 主要成就\n\n人均预期寿命达到79.5岁。\n\n"
            "第二章 主要任务\n\n第一节 公共卫生\n\n一、健全疾控体系\n\n（一）提升能力。建成3个区域性疾控实验室。\n")
    doc = planparse.parse(text.encode())
    tree = [(s.label, [(c.label, [g.label for g in c.children]) for c in s.children]) for s in doc.sections]
    assert tree == [("第一章", [("第一节", [])]), ("第二章", [("第一节", ["一、"])])]
    assert [t.source.section_path for t in doc.targets][1] == [
        "第二章主要任务", "第一节公共卫生", "一、健全疾控体系", "（一）提升能力"]


def test_a_first_row_of_sentences_is_content_not_a_header():
    from planparse.readers.blocks import Cell, TableBlock
    from planparse.structure.tables import build_table

    one_row = TableBlock([[Cell("重点工程"), Cell("1.区域医疗中心建设工程。建成省级区域医疗中心2个。")]])
    view = build_table(one_row, [])
    assert view.table.rows == [["重点工程", "1.区域医疗中心建设工程。建成省级区域医疗中心2个。"]]
    headed = TableBlock([[Cell("序号"), Cell("重点任务")], [Cell("1"), Cell("建成区域医疗中心2个。")]])
    assert build_table(headed, []).table.columns == ["序号", "重点任务"]


def test_a_plan_in_parts_nests_its_chapters_and_numbered_headings():
    import planparse

    text = ("某某市卫生健康事业发展规划\n\n第一部分 发展基础\n\n一、主要成就\n\n“十三五”期间，全市新增床位2000张。\n\n"
            "第二部分 总体要求\n\n第一章 发展目标\n\n到2025年，人均预期寿命达到80岁。\n\n第二篇 保障措施\n\n一、加强领导\n")
    doc = planparse.parse(text.encode())
    tree = [(s.label, [c.label for c in s.children]) for s in doc.sections]
    assert tree == [("第一部分", ["一、"]), ("第二部分", ["第一章"]), ("第二篇", ["一、"])]
    # what a plan reports of its achievements is where things stand
    assert [(t.value, t.kind) for t in doc.targets] == [(2000, "actual"), (80, "target")]


def test_a_web_pages_article_info_between_title_and_number_is_passed_over():
    import planparse

    text = ("关于印发某区2024年卫生健康工作要点的通知\n\n"
            "发布时间：2024-03-05 来源：区卫健委 浏览次数：1234 【字体：大 中 小】\n\n"
            "某卫发〔2024〕8号\n\n各镇人民政府、街道办事处：\n\n现将工作要点印发给你们。\n\n"
            "某区卫生健康委员会\n\n2024年3月1日\n\n一、提升医疗服务能力\n\n1.全年新增三级医院1家。\n\n"
            "【打印本页】【关闭窗口】\n")
    h = planparse.parse(text.encode()).header
    assert (h.title, h.doc_number, h.date.isoformat()) == \
        ("关于印发某区2024年卫生健康工作要点的通知", "某卫发〔2024〕8号", "2024-03-01")


def test_a_header_cell_spanning_the_year_columns_below_it():
    import planparse
    from planparse.readers.blocks import Cell, TableBlock
    from planparse.structure.tables import build_table

    # as the text rendering has it: the spanning cell once, the row below it with its years
    text = ("关于印发行动计划的通知\n\n附件\n\n主要指标\n\n"
            "\t序号\n\t指标名称\n\t单位\n\t目标值\n\t指标属性\n\n"
            "\t\n\t\n\t\n\t2024年\n\t2025年\n\t\n\n"
            "\t1\n\t家庭医生签约率\n\t%\n\t40\n\t45\n\t预期性\n")
    got = [(t.indicator, t.value, t.unit, t.deadline.end.year) for t in planparse.parse(text.encode()).targets]
    assert got == [("家庭医生签约率", 40, "%", 2024), ("家庭医生签约率", 45, "%", 2025)]
    # as Word has it: the spanning cell repeated, merged
    rows = [[Cell("序号"), Cell("指标名称"), Cell("单位"), Cell("目标值"), Cell("目标值", merged=True), Cell("属性")],
            [Cell("", merged=True)] * 3 + [Cell("2024年"), Cell("2025年"), Cell("", merged=True)],
            [Cell("1"), Cell("家庭医生签约率"), Cell("%"), Cell("40"), Cell("45"), Cell("预期性")]]
    view = build_table(TableBlock(rows), [])
    assert view.table.columns == ["序号", "指标名称", "单位", "目标值2024年", "目标值2025年", "属性"]
    assert view.table.rows == [["1", "家庭医生签约率", "%", "40", "45", "预期性"]]
    # the text rendering of a spanning cell at the row's end: its other column empty
    text = ("关于印发规划的通知\n\n某市人民政府\n2022年5月6日\n\n附件\n\n主要指标\n\n"
            "\t指标\n\t单位\n\t2020年\n\t2025年目标\n\t\n\n"
            "\t\n\t\n\t\n\t全省\n\t本市\n\n"
            "\t婴儿死亡率\n\t‰\n\t3.2\n\t5\n\t4\n")
    doc = planparse.parse(text.encode())
    assert doc.tables[0].columns == ["指标", "单位", "2020年", "2025年目标全省", "2025年目标本市"]
    got = [(t.value, t.kind, t.deadline.end.year) for t in doc.targets]
    assert got == [(3.2, "actual", 2020), (5, "target", 2025), (4, "target", 2025)]


def test_a_row_of_one_cell_heads_a_group_and_takes_nothing_from_above():
    import planparse

    text = ("关于印发重点任务的通知\n\n附件\n\n重点工作任务分解表\n\n"
            "\t序号\n\t工作任务\n\t目标要求\n\t责任科室\n\n\t一、医疗服务\n\n"
            "\t1\n\t推进互联网医院\n\t建成互联网医院1家\n\t医政科\n\n\t二、公共卫生\n\n"
            "\t2\n\t慢病管理\n\t高血压规范管理率达到65%\n\t疾控科\n")
    doc = planparse.parse(text.encode())
    assert doc.tables[0].rows[2] == ["二、公共卫生", "", "", ""]
    assert [(t.value, t.owners) for t in doc.targets] == [(1, ["医政科"]), (65, ["疾控科"])]
