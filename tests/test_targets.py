"""Targets on the sample notices: fields a user rebuilding the ledger would check,
and overall agreement with the hand-made answers in tests/data/gold."""
from __future__ import annotations

import re

import pytest

from conftest import TESTS_DATA, gold_pairs, match_quantities


def notice(body: str, signature: str = "") -> "planparse.Document":
    """A notice made of a title, the body given and, where given, a signature and date."""
    import planparse

    text = "关于印发《示例方案》的通知\n\n" + body + (f"\n\n{signature}\n" if signature else "")
    return planparse.parse(text.encode())


def work_points(items: str) -> "planparse.Document":
    """A 2024 工作要点 whose one heading (一、任务) holds the numbered items given, parsed."""
    import planparse

    return planparse.parse(("关于印发2024年工作要点的通知\n\n一、任务\n" + items).encode())


def named(items: str) -> list[tuple]:
    """(value, indicator) of every target of the 工作要点 made of `items`, in order."""
    return [(t.value, t.indicator) for t in work_points(items).targets]


def find(doc, value, needle, unit=None):
    hits = [t for t in doc.targets if t.value == value and needle in (t.text + (t.context or ""))
            and (unit is None or t.unit == unit)]
    assert hits, f"no target {value} {unit} in {needle!r}"
    return hits


def test_body_target_fields(parsed):
    doc = parsed["000_2e09f0fb1ab2e70d"]
    t = find(doc, 45, "医疗技术服务性收入占比达45%")[0]
    assert (t.unit, t.comparator, t.kind, t.indicator) == ("%", "=", "target", "医疗技术服务性收入占比")
    assert t.source.section_path[0] == "二、重点任务" and t.source.table is None
    assert t.text[t.source.start:t.source.end] == "45"
    r = find(doc, 5, "按5-8%比例逐年提高")[0]
    assert (r.value_max, r.comparator, r.change) == (8, "range", "increase")
    v = find(doc, 100, "100%的村卫生室")[0]
    assert v.deadline.end.isoformat() == "2025-12-31" and v.deadline.text.startswith("至2025年")


def test_table_target_takes_row_owners_and_column_year(parsed):
    doc = parsed["000_2e09f0fb1ab2e70d"]
    hits = find(doc, 43, "医疗技术服务性收入占比达43%")
    t = [h for h in hits if h.source.table is not None][0]
    assert t.owners == ["社会事业局", "财政局", "医保分局"]
    assert t.deadline.end.isoformat() == "2024-12-31"
    assert " | " in t.context and t.source.column == 3


def test_indicator_table_unit_column_baseline_and_actuals(parsed):
    doc = parsed["002_490fc4a074af44c1"]
    life = [t for t in doc.targets if t.source.table == 0 and t.indicator == "人口平均期望寿命"]
    assert [(t.value, t.kind, t.comparator, t.unit) for t in life] == [
        (83.19, "actual", "=", "岁"), (80, "target", ">=", "岁")]
    base = find(doc, 12.93, "比2015年（12.93）降低10%")[0]
    assert base.kind == "actual" and base.deadline.end.year == 2015
    dec = find(doc, 10, "比2015年（12.93）降低10%")[0]
    assert dec.change == "decrease" and dec.unit == "%"


def test_excluded_numbers_do_not_appear(parsed):
    for doc in parsed.values():
        for t in doc.targets:
            assert not re.fullmatch(r"(19|20)\d\d", str(t.value)) or t.unit not in (None, "年")
            assert t.value == t.value and abs(t.value) < 1e12  # finite
    doc = parsed["002_490fc4a074af44c1"]
    assert not [t for t in doc.targets if "5岁以下儿童死亡率" in t.text and t.value == 5 and t.unit == "岁"]


def test_agreement_with_the_hand_made_answers(parsed):
    n_gold = n_pred = n_match = 0
    fields = {"comparator": [0, 0], "change": [0, 0], "kind": [0, 0], "deadline": [0, 0], "owners": [0, 0]}
    for gold, doc in gold_pairs(parsed):
        pairs = match_quantities(gold, doc)
        n_gold, n_pred, n_match = n_gold + len(gold["quantities"]), n_pred + len(doc.targets), n_match + len(pairs)
        for g, t in pairs:
            for f in ("comparator", "change", "kind"):
                fields[f][0] += g[f] == getattr(t, f)
                fields[f][1] += 1
            if g["deadline_end"]:
                fields["deadline"][0] += bool(t.deadline) and t.deadline.end.isoformat() == g["deadline_end"]
                fields["deadline"][1] += 1
            if g["owners"] is not None:
                fields["owners"][0] += sorted(g["owners"]) == sorted(t.owners)
                fields["owners"][1] += 1
    recall, precision = n_match / n_gold, n_match / n_pred
    assert recall >= 0.97 and precision >= 0.95, (recall, precision)
    for f, (ok, n) in fields.items():
        assert ok / n >= 0.92, (f, ok, n)


def test_work_points_with_inline_owner_notes():
    import planparse

    text = ("XX市卫生健康委员会关于印发2024年卫生健康工作要点的通知\n\n各区卫生健康局：\n现将工作要点印发给你们。\n\n"
            "XX市卫生健康委员会\n2024年2月1日\n\n一、提升基层服务能力\n"
            "1. 推进家庭医生签约。年内重点人群签约率不低于80%，新增家庭病床200张。"
            "(责任科室(单位):基层卫生处、各医疗集团)\n"
            "2. 加强疾病防控。全年开展应急演练不少于2次（疾控处牵头，应急办、各区参与）\n")
    doc = planparse.parse(text.encode("gb18030"))
    assert doc.header.date.isoformat() == "2024-02-01" and doc.header.recipients == ["各区卫生健康局"]
    rows = [(t.value, t.unit, t.comparator, t.deadline and t.deadline.end.isoformat(), t.owners) for t in doc.targets]
    assert rows == [
        (80, "%", ">=", "2024-12-31", ["基层卫生处", "各医疗集团"]),
        (200, "张", "=", "2024-12-31", ["基层卫生处", "各医疗集团"]),
        (2, "次", ">=", "2024-12-31", ["疾控处", "应急办", "各区"]),
    ]


def test_work_points_with_month_deadlines_and_an_unbracketed_owner_sentence():
    import planparse

    text = ("XX市卫生健康委员会关于印发2024年卫生健康工作要点的通知\n\n各区卫生健康局：\n现将工作要点印发给你们。\n\n"
            "XX市卫生健康委员会\n2024年2月1日\n\n一、重点工作\n"
            "1. 9月底前完成村卫生室标准化建设，达标率100%。\n"
            "2. 第二季度完成首批10家社区医院评审，11月份前开展2轮医疗质量专项检查，推进新一轮医院评审。\n"
            "3. 年底前建成5个智慧医院示范点。牵头单位：市卫生健康委；责任单位：各区卫生健康局。\n")
    doc = planparse.parse(text.encode())
    rows = [(t.value, t.unit, t.deadline and t.deadline.end.isoformat(), t.owners) for t in doc.targets]
    assert rows == [
        (100, "%", "2024-09-30", []),
        (10, "家", "2024-06-30", []), (2, "轮", "2024-11-30", []),  # 新一轮 is no count
        (5, "个", "2024-12-31", ["市卫生健康委", "各区卫生健康局"]),
    ]
    assert doc.targets[0].indicator.endswith("达标率")  # 达 is a verb, 达标 is not


def test_a_time_in_an_owner_note_is_the_items_deadline_not_an_owner():
    import planparse

    text = ("XX市卫生健康委员会关于印发2024年卫生健康工作要点的通知\n\n各区卫生健康局：\n现将工作要点印发给你们。\n\n"
            "XX市卫生健康委员会\n2024年2月1日\n\n一、重点工作\n"
            "1. 新增普惠托位500个（责任单位：市卫生健康委、市教育局，9月底前完成）。\n"
            "2. 到2026年建成区域医疗中心2个（责任单位：市卫生健康委，2025年底前完成）。\n"
            "3. 建设示范点5个（市卫生健康委牵头，市财政局配合，第三季度完成）。\n")
    rows = [(t.value, t.deadline and t.deadline.end.isoformat(), t.owners) for t in planparse.parse(text.encode()).targets]
    assert rows == [
        (500, "2024-09-30", ["市卫生健康委", "市教育局"]),
        (2, "2026-12-31", ["市卫生健康委"]),  # the item's own date stands before the note's
        (5, "2024-09-30", ["市卫生健康委", "市财政局"]),
    ]


def test_a_number_nothing_else_names_is_named_by_its_clause():
    text = ("1. 年内开展培训3次。\n"
            "2. 累计建成省示范村卫生室53家，其中新增42家。\n")  # a count after 其中 still counts those things
    got = named(text)
    assert got == [(3, "开展培训"), (53, "累计建成省示范村卫生室"), (42, "新增省示范村卫生室")]


def test_more_than_written_after_the_number_is_a_lower_bound():
    text = ("1. 全年培训基层医务人员3000余人次，组织义诊活动20多场。\n"
            "2. 开展筛查1万余人以上。\n")  # a bound written out wins
    got = [(t.indicator, t.comparator, t.value, t.unit) for t in work_points(text).targets]
    assert got == [("基层医务人员", ">", 3000, "人次"), ("义诊活动", ">", 20, "场"), ("筛查", ">=", 1, "万人")]


def test_a_change_and_a_level_name_each_other():
    text = ("1. 全市门急诊量达到560万人次，同比增长8.5%。\n"  # a change in per cent: of any quantity
            "2. 与上年相比，基层诊疗量占比提高3个百分点，达到62%。\n"  # points, then the rate they moved
            "3. 卫生健康总投入年均增长8%以上，到2025年突破100亿元。\n")  # a growth in per cent, then the level
    got = [(t.value, t.unit, t.indicator) for t in work_points(text).targets]
    assert got == [(560, "万人次", "全市门急诊量"), (8.5, "%", "全市门急诊量"),
                   (3, "百分点", "基层诊疗量占比"), (62, "%", "基层诊疗量占比"),
                   (8, "%", "卫生健康总投入"), (100, "亿元", "卫生健康总投入")]


def test_a_list_of_numbers_takes_a_list_of_names_in_order():
    text = ("1. 孕产妇、婴儿死亡率分别控制在10/10万、5‰以下。\n"
            "2. 二级和三级公立医院平均住院日不超过8天和9天。\n"  # no 分别: the numbers list too
            "3. 高血压、糖尿病患者规范管理率均达到65%。\n")  # one number for the list: it names both
    got = named(text)
    assert got == [(10, "孕产妇死亡率"), (5, "婴儿死亡率"), (8, "二级公立医院平均住院日"),
                   (9, "三级公立医院平均住院日"), (65, "高血压、糖尿病患者规范管理率")]


def test_a_column_of_yearly_growth_holds_changes():
    import planparse

    text = ("某某市卫生健康事业发展“十四五”规划\n\n二、发展目标\n\n表1 主要发展指标\n\n"
            "\t指标名称\n\t单位\n\t2020年\n\t2025年\n\t年均增长\n\n"
            "\t卫生总费用\n\t亿元\n\t120\n\t180\n\t8.4%\n\n")
    got = [(t.value, t.unit, t.change, t.kind) for t in planparse.parse(text.encode()).targets]
    assert got == [(120, "亿元", None, "actual"), (180, "亿元", None, "target"), (8.4, "%", "increase", "target")]


def test_a_list_of_levels_and_what_each_counts():
    text = ("1. 一、二、三级公立医院分别达到10家、15家和8家。\n"  # grades by their numerals alone
            "2. 市级、县级疾控中心实验室检测能力分别达到90%、80%。\n"  # levels of any name
            "3. 社区卫生服务中心、乡镇卫生院分别配备全科医生不少于6名、4名。\n")  # what 分别 says each counts
    assert named(text) == [(10, "一级公立医院"), (15, "二级公立医院"), (8, "三级公立医院"),
                           (90, "市级疾控中心实验室检测能力"), (80, "县级疾控中心实验室检测能力"),
                           (6, "社区卫生服务中心全科医生"), (4, "乡镇卫生院全科医生")]


def test_a_list_of_institutions_shares_the_measure_after_the_last():
    text = "1. 城市社区卫生服务中心和乡镇卫生院中医馆设置比例分别达到100%和95%。\n"
    assert named(text) == [(100, "城市社区卫生服务中心中医馆设置比例"), (95, "乡镇卫生院中医馆设置比例")]


def test_a_count_for_the_things_a_condition_picks_out_counts_what_the_one_before_did():
    text = "1. 每所二级以上公立医院配备不少于2名专职感染防控人员，床位数300张以上的配备不少于4名。\n"
    got = [(t.value, t.unit, t.indicator) for t in work_points(text).targets]
    assert got == [(2, "名", "每所二级以上公立医院专职感染防控人员"), (4, "名", "每所二级以上公立医院专职感染防控人员")]


def test_coordinated_counts_share_their_subject():
    text = ("1. 社区卫生服务站至少配备1名执业医师和1名执业护士。\n"
            "2. 年底之前建成1个示范点和1家服务机构。\n")  # a date is no subject
    got = named(text)
    assert got == [(1, "社区卫生服务站执业医师"), (1, "社区卫生服务站执业护士"), (1, "示范点"), (1, "服务机构")]


def test_a_part_of_a_total_counts_what_its_own_verb_does():
    text = ("1. 累计建成省示范村卫生室53家，占全区村卫生室总数的25.5%，其中，“十三五”期间新增42家。\n")
    got = named(text)
    assert got[0] == (53, "累计建成省示范村卫生室") and got[-1] == (42, "新增省示范村卫生室")


def test_a_clause_that_says_when_it_starts_borrows_no_deadline():
    import planparse

    text = ("关于印发《示例方案》的通知\n\n一、任务\n"
            "1. 2023年底前完成500名乡村医生培训，2024年起每年培训不少于600人次。\n")
    got = [(t.value, t.deadline and t.deadline.end.isoformat()) for t in planparse.parse(text.encode()).targets]
    assert got == [(500, "2023-12-31"), (600, None)]


def test_a_start_named_from_this_year_is_no_deadline_and_no_part_of_the_name():
    # 明年起 says when yearly training starts, not when it is due; nor is it what is counted
    doc = work_points("1. 明年起每年开展1次全员培训。\n2. 2025年起每年培训基层医生不少于600人次。\n")
    got = [(t.value, t.indicator, t.deadline) for t in doc.targets]
    assert got == [(1, "全员培训", None), (600, "每年培训基层医生", None)]


def test_a_vague_count_is_no_quantity_but_hundreds_and_more_is_a_lower_bound():
    # 数十家, 几十个, 上百名 state no number; 千余个 says more than a thousand
    doc = work_points("1. 培育数十家骨干企业，新建几十个站点，培训上百名医生，建成千余个服务点。\n")
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(1000, "个", ">")]


@pytest.mark.parametrize("note, owners", [
    ("（牵头部门：市卫生健康委；协同部门：市财政局、市医保局）", ["市卫生健康委", "市财政局", "市医保局"]),
    ("（实施单位：各区卫生健康局）", ["各区卫生健康局"]),
    ("（主要责任单位：市卫生健康委）", ["市卫生健康委"]),
    ("〔责任单位：市卫生健康委〕", ["市卫生健康委"]),
])
def test_owner_notes_name_their_units_by_any_role(note, owners):
    # every role a note may name its units by is a label, not a part of a name
    (t,) = work_points(f"1. 新建村卫生室20个。{note}\n").targets
    assert t.owners == owners


@pytest.mark.parametrize("column", ["基准值", "现状值", "基线值", "2023年完成值"])
def test_a_column_of_where_things_stand_holds_actuals(column):
    import planparse

    rows = [["序号", "指标", "单位", column, "目标值", "属性"], ["1", "家庭医生签约率", "%", "40", "≥45", "预期性"]]
    table = "\n\n".join("\n".join("\t" + c for c in r) for r in rows)
    doc = planparse.parse(f"关于印发某区卫生健康行动方案的通知\n\n某区卫生健康局\n2024年3月5日\n\n一、主要指标\n\n{table}\n".encode())
    assert [(t.value, t.kind, t.comparator) for t in doc.targets] == [(40, "actual", "="), (45, "target", ">=")]


def test_a_clause_saying_after_what_frames_the_next_and_names_nothing():
    # 建成…后 says when the count holds, not what is counted
    assert named("1. 建成区域医疗中心后，新增床位约800张。\n") == [(800, "床位")]


def test_a_part_of_a_sum_of_money_that_names_its_funds_is_named_by_them():
    # a part (其中…) of a level is named by the whole's measure; one that names funds is a sum
    # of its own
    assert named("1. 项目总投资5.2亿元，其中中央资金1.5亿元。\n") == [(5.2, "项目总投资"), (1.5, "中央资金")]


def test_what_takes_a_share_written_with_zhan_is_named_as_a_share():
    # X占60%: X's share, not "X占"
    assert named("1. 护理型床位占60%以上，具有本科学历的占50%。\n") == [(60, "护理型床位占比"), (50, "具有本科学历占比")]


def test_grades_listed_by_their_numerals_share_the_last_ones_words():
    # 一、二、三级医院: each grade's own word is its numeral; 级医院… is all of theirs
    assert named("1. 一、二、三级医院平均住院日分别不超过6天、8天和9天。\n") == [
        (6, "一级医院平均住院日"), (8, "二级医院平均住院日"), (9, "三级医院平均住院日")]


def test_a_list_item_that_names_its_people_whole_shares_only_the_measure():
    # 婴儿、5岁以下儿童死亡率: the infants' rate, not the rate of 婴儿童
    assert named("1. 婴儿、5岁以下儿童死亡率分别控制在3‰、4‰以下。\n") == [(3, "婴儿死亡率"), (4, "5岁以下儿童死亡率")]


def test_items_naming_people_by_age_are_split_at_their_joins_only():
    # 及 in 65岁及以上 joins no items, and 0-6岁儿童 are people of their own
    assert named("1. 65岁及以上老年人和0-6岁儿童健康管理率分别达到70%和90%。\n") == [
        (70, "65岁及以上老年人健康管理率"), (90, "0-6岁儿童健康管理率")]


def test_grades_run_together_are_no_number_and_a_level_of_grades_is_a_measure():
    # 三四级手术 (grade 3 and 4 surgery) is no 34; 平均级别 measures, so 三级医院 takes it
    assert named("1. 县级医院住院手术占比、三四级手术占比分别达到45%、20%。\n") == [
        (45, "县级医院住院手术占比"), (20, "县级医院三四级手术占比")]
    assert named("1. 全市二级及以上公立医院电子病历应用水平平均级别达到4级，三级医院达到5级。\n") == [
        (4, "全市二级及以上公立医院电子病历应用水平平均级别"), (5, "三级医院电子病历应用水平平均级别")]


def test_a_count_that_says_which_things_a_share_is_of_is_no_quantity():
    # spec §1: 6类以上 picks out the clinics whose share is measured, as 100张以上床位的 does
    doc = work_points("1. 其中能够提供6类以上中医药技术服务的占比达到70%。\n2. 做好家庭医生签约服务，签约率保持在75%以上。\n")
    assert [(t.value, t.unit) for t in doc.targets] == [(70, "%"), (75, "%")]
    assert doc.targets[1].indicator == "家庭医生签约服务签约率"


def test_coordinated_numbers_share_their_comparator():
    import planparse

    text = ("关于印发《示例方案》的通知\n\n一、任务\n"
            "1. 村卫生室至少配备1名执业医师和1名执业护士，新增家庭病床200张。\n")
    got = [(t.value, t.comparator) for t in planparse.parse(text.encode()).targets]
    assert got == [(1, ">="), (1, ">="), (200, "=")]


def test_a_bound_after_the_last_of_a_list_of_numbers_bounds_them_all():
    doc = notice("一、任务\n1. 小学、初中班额分别控制在45人、50人以内，中医阁标准化率达60%、示范中医馆达20%左右。")
    got = [(t.value, t.comparator) for t in doc.targets]
    # 左右 bounds only the number it follows: another indicator stands between the two
    assert got == [(45, "<="), (50, "<="), (60, "="), (20, "~")]
    doc = notice("一、任务\n1. 孕产妇死亡率和婴儿死亡率分别控制在10/10万和4‰以下。")
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(10, "1/10万", "<="), (4, "‰", "<=")]


def test_this_year_words_take_the_year_from_the_title_when_nothing_else_gives_it():
    import planparse

    doc = planparse.parse("关于印发2024年卫生健康工作要点的通知\n\n一、目标\n年内新增家庭病床200张。\n".encode())
    assert [(t.value, t.deadline.end.isoformat()) for t in doc.targets] == [(200, "2024-12-31")]


def test_a_column_that_names_its_unit_in_brackets():
    import planparse

    text = ("关于印发《示例规划》的通知\n\n一、主要指标\n表1  主要指标\n"
            "\t序号\n\t主要指标\n\t2020年基数（%）\n\t2025年目标（%）\n\t属性\n\n"
            "\t1\n\t居民健康素养水平\n\t27.5\n\t≥35\n\t预期性\n")
    doc = planparse.parse(text.encode())
    assert [(t.value, t.unit, t.kind, t.comparator, t.deadline.end.year) for t in doc.targets] == [
        (27.5, "%", "actual", "=", 2020), (35, "%", "target", ">=", 2025)]
    assert all(t.indicator == "居民健康素养水平" for t in doc.targets)


def test_a_report_of_what_was_done_is_actual_and_names_keep_their_digits():
    import planparse

    text = ("XX市“十四五”全民健康信息化发展规划\n\n一、发展基础\n"
            "截至2020年底，全市累计发放电子健康卡520万张。\n二、主要任务\n"
            "推进5G+医疗健康应用，建成5个5G应用示范场景。\n")
    doc = planparse.parse(text.encode())
    assert [(t.value, t.unit, t.kind, t.indicator) for t in doc.targets] == [
        (520, "万张", "actual", "全市累计发放电子健康卡"), (5, "个", "target", "5G应用示范场景")]


def test_a_section_that_says_how_last_years_work_went_reports():
    import planparse

    text = ("某区卫生健康局2023年工作总结和2024年工作计划\n\n一、2023年工作完成情况\n"
            "全区新建社区卫生服务站5个，家庭医生签约率达到45%。\n二、2024年工作思路\n"
            "新建社区卫生服务站3个，家庭医生签约率提高到50%。\n\n某区卫生健康局\n2024年1月10日\n")
    got = [(t.value, t.kind) for t in planparse.parse(text.encode()).targets]
    assert got == [(5, "actual"), (45, "actual"), (3, "target"), (50, "target")]
    # so does a heading of a year before the document's own, where it names no plan
    text = text.replace("2023年工作完成情况", "2023年主要工作").replace("2024年工作思路", "2023—2025年目标")
    got = [(t.value, t.kind) for t in planparse.parse(text.encode()).targets]
    assert got == [(5, "actual"), (45, "actual"), (3, "target"), (50, "target")]


def test_a_column_named_by_a_year_before_the_documents_own_holds_actuals():
    doc = notice("一、目标\n主要指标\n指标\t单位\t2023年\t2026年\n巩固率\t%\t96.5\t97", "示例局\n2024年3月15日")
    got = [(t.value, t.kind, t.deadline.end.year) for t in doc.targets]
    # a plan dated 2024 sets nothing for 2023: that column is where things stood
    assert got == [(96.5, "actual", 2023), (97, "target", 2026)]
    # so is one of that year's results (2023年完成), beside the target of the year in force
    doc = notice("一、目标\n主要指标\n指标\t目标值\t2023年完成\n签约率\t≥45%\t42.3%", "示例局\n2024年3月15日")
    assert [(t.value, t.kind) for t in doc.targets] == [(45, "target"), (42.3, "actual")]


def test_from_a_level_to_another_the_first_is_where_things_stand():
    doc = notice("一、目标\n到2025年，三级医院数量由5家增加到8家，床位使用率从75%提高至85%。")
    got = [(t.value, t.kind, t.deadline and t.deadline.end.year, t.indicator) for t in doc.targets]
    assert got == [(5, "actual", None, "三级医院数量"), (8, "target", 2025, "三级医院数量"),
                   (75, "actual", None, "床位使用率"), (85, "target", 2025, "床位使用率")]


def test_a_from_to_after_a_named_level_and_a_plans_own_words_name_nothing():
    doc = notice("一、目标\n1. 二级综合医院设置老年医学科的比例达到80%以上，由目前的45%提高到80%。"
                 "现有三级医院12家，计划新增3家，达到15家。")
    got = [(t.value, t.kind, t.indicator) for t in doc.targets]
    assert got == [(80, "target", "二级综合医院设置老年医学科的比例"),
                   (45, "actual", "二级综合医院设置老年医学科的比例"),
                   (80, "target", "二级综合医院设置老年医学科的比例"),
                   # the increment counts what its own verb does (the gold's 新增省示范卫生院, 新增床位)
                   (12, "actual", "三级医院"), (3, "target", "新增三级医院"), (15, "target", "三级医院")]
    # but the words only begin names they are part of
    doc = notice("一、目标\n1. 计划生育家庭特别扶助金标准提高到每人每月800元。")
    assert doc.targets[0].indicator == "计划生育家庭特别扶助金标准"


def test_a_count_led_by_its_own_verb_borrows_no_name_from_the_clause_before():
    doc = notice("一、任务\n1. 优化人员用人管理，2024年计划招聘医务人员30人；由于基础薄弱，预计新建发热门诊8个。")
    assert [t.indicator for t in doc.targets] == ["医务人员", "发热门诊"]


def test_a_five_year_plan_without_a_date_dates_itself_by_its_first_year():
    import planparse

    text = ("ZZ市“十四五”卫生健康发展规划\n\n一、发展目标\n主要指标\n"
            "指标\t单位\t2020年\t2025年\n人均预期寿命\t岁\t79.5\t80.5\n")
    got = [(t.value, t.kind, t.deadline.end.year) for t in planparse.parse(text.encode()).targets]
    assert got == [(79.5, "actual", 2020), (80.5, "target", 2025)]


def test_words_that_tell_where_things_stand_make_actuals_and_a_bare_clause_names_nothing_new():
    doc = notice("一、目标\n1. 现有三级医院8家，到2025年达到10家。\n2. 目前，全市家庭医生签约率为45%。\n"
                 "3. 今年以来，累计接种疫苗52万剂次。", "示例局\n2024年5月6日")
    got = [(t.value, t.kind, t.deadline and t.deadline.end.year, t.indicator) for t in doc.targets]
    assert got == [(8, "actual", None, "三级医院"), (10, "target", 2025, "三级医院"),
                   (45, "actual", None, "全市家庭医生签约率"), (52, "actual", 2024, "累计接种疫苗")]


def test_an_indicator_cell_that_names_its_unit_gives_the_row_its_unit():
    doc = notice("一、目标\n序号\t指标\t2025年目标\t责任单位\n"
                 "1\t注册护士总数（万人）\t6.5\t医政处\n2\t每千人口注册护士数（人）\t4.0\t医政处")
    got = [(t.indicator, t.value, t.unit, t.deadline.end.year, t.owners) for t in doc.targets]
    assert got == [("注册护士总数", 6.5, "万人", 2025, ["医政处"]), ("每千人口注册护士数", 4, "人", 2025, ["医政处"])]


def test_a_clause_that_frames_a_plan_neither_reports_nor_names():
    doc = notice("一、目标\n1. 在现有基础上，新增床位200张。\n2. 当前和今后一个时期，基层诊疗量占比达到65%。")
    assert [(t.value, t.kind, t.indicator) for t in doc.targets] == [
        (200, "target", "床位"), (65, "target", "基层诊疗量占比")]


def test_a_clause_that_starts_with_respectively_names_its_numbers_after_the_earlier_ones():
    doc = notice("一、目标\n1. 农村自来水普及率达到92%，城市污水处理率达到97%以上，分别比2023年提高2个和1个百分点。")
    got = [(t.value, t.unit, t.change, t.indicator) for t in doc.targets]
    assert got == [(92, "%", None, "农村自来水普及率"), (97, "%", None, "城市污水处理率"),
                   (2, "百分点", "increase", "农村自来水普及率"), (1, "百分点", "increase", "城市污水处理率")]


def test_an_indicator_table_that_names_who_answers_for_each_row_stays_an_indicator_table():
    table = ("\t序号\n\t指标名称\n\t单位\n\t2023年完成值\n\t2024年目标值\n\t责任处室\n\n"
             "\t1\n\t人均预期寿命\n\t岁\n\t79.8\n\t≥80\n\t规划发展处\n\n"
             "\t2\n\t家庭医生签约服务覆盖率（%）\n\t%\n\t42\n\t45\n\t基层卫生处\n")
    doc = notice("附件\n\n2024年主要指标\n\n" + table)
    assert doc.tables[0].kind == "indicator"
    got = [(t.indicator, t.value, t.kind, t.owners) for t in doc.targets]
    assert got == [("人均预期寿命", 79.8, "actual", ["规划发展处"]), ("人均预期寿命", 80, "target", ["规划发展处"]),
                   ("家庭医生签约服务覆盖率", 42, "actual", ["基层卫生处"]),
                   ("家庭医生签约服务覆盖率", 45, "target", ["基层卫生处"])]


def test_a_count_described_after_de_keeps_its_name_and_implementation_verbs_are_no_name():
    doc = notice("一、任务\n1. 设置床位800张的市第一人民医院新院区于2025年6月投入使用。\n"
                 "2. 落实每月不少于4次的健康巡诊服务，政策落实率达到100%。\n"
                 "3. 年度内完成老年人健康管理60万人。", "XX市卫生健康委员会\n2024年2月1日")
    got = [(t.value, t.indicator, t.deadline and t.deadline.end.isoformat()) for t in doc.targets]
    assert got == [(800, "床位", "2025-06-30"), (4, "健康巡诊服务", None), (100, "政策落实率", None),
                   (60, "老年人健康管理", "2024-12-31")]


def test_year_columns_of_a_task_table_take_the_rows_name_and_their_own_year():
    table = ("\t序号\n\t重点任务\n\t2024年\n\t2025年\n\t完成时限\n\t牵头单位\n\n"
             "\t1\n\t县级医院达到三级医院服务能力\n\t1家\n\t2家\n\t2025年底\n\t县卫健局\n")
    doc = notice("附件\n\n重点任务分解表\n\n" + table)
    got = [(t.indicator, t.value, t.deadline.end.isoformat(), t.owners) for t in doc.targets]
    assert got == [("县级医院达到三级医院服务能力", 1, "2024-12-31", ["县卫健局"]),
                   ("县级医院达到三级医院服务能力", 2, "2025-12-31", ["县卫健局"])]


def test_what_a_report_lists_and_changes_is_where_things_stand_and_signing_is_no_approximation():
    doc = notice("一、工作成效\n1. 目前全市共有医疗卫生机构1560个，其中医院86家。\n"
                 "2. 目前家庭医生签约率为42%，较上年提高2个百分点。\n"
                 "二、工作目标\n3. 全年家庭医生签约120万人，诊疗人次同比增长12.5%。",
                 "XX市卫生健康委员会\n2024年2月1日")
    got = [(t.value, t.kind, t.comparator, t.indicator) for t in doc.targets]
    assert got == [(1560, "actual", "=", "医疗卫生机构"), (86, "actual", "=", "医院"),
                   (42, "actual", "=", "家庭医生签约率"), (2, "actual", "=", "家庭医生签约率"),
                   (120, "target", "=", "家庭医生签约"), (12.5, "target", "=", "诊疗人次")]
    # a bracketed baseline is an aside: the change after it is still a target
    doc = notice("一、目标\n1. 重大慢性病过早死亡率比2015年（12.93%）降低10%。")
    assert [(t.value, t.kind) for t in doc.targets] == [(12.93, "actual"), (10, "target")]


def test_district_key_tasks_ledger():
    """A notice written for the tests (tests/data/notices/tasks.txt): owner notes closing with a
    time, a task table whose 完成时间 column dates each row, an indicator table by year."""
    import planparse

    doc = planparse.parse(TESTS_DATA / "notices" / "tasks.txt")
    rows = [(t.indicator, t.comparator, t.value, t.unit, t.kind, t.deadline and t.deadline.end.isoformat(),
             t.owners) for t in doc.targets]
    assert rows[:2] == [
        ("普惠托位", "=", 500, "个", "target", "2024-09-30", ["区卫生健康委", "区教育局"]),
        ("智慧健康养老示范点", "=", 5, "个", "target", "2024-09-30", ["区卫生健康委"]),
    ]
    # the task table: each measure's numbers, dated by the row's 完成时间, owned by its 责任单位
    assert ("每所乡村医生", ">=", 2, "名", "target", "2024-06-30", ["区卫生健康局", "各镇人民政府"]) in rows
    assert ("适龄儿童国家免疫规划疫苗接种率", ">=", 95, "%", "target", None, ["区疾控中心"]) in rows  # 长期坚持
    # the indicator table: the base year reports, each target year sets its own bound
    infant = [r[1:6] for r in rows if r[0] == "婴儿死亡率"]
    assert infant == [("=", 2.8, "‰", "actual", "2023-12-31"), ("<", 4, "‰", "target", "2024-12-31"),
                      ("<", 3.5, "‰", "target", "2025-12-31")]
    share = [t for t in doc.targets if t.indicator == "基层诊疗量占比" and t.change]
    assert [(t.value, t.unit, t.change) for t in share] == [(2, "百分点", "increase")]


def test_elderly_care_plan_ledger():
    """A notice written for the tests (tests/data/notices/elder.txt): a plan whose basis section
    reports, owner names with brackets and divisions, per-area bases, a task table of short cells."""
    import planparse

    doc = planparse.parse(TESTS_DATA / "notices" / "elder.txt")
    rows = [(t.indicator, t.comparator, t.value, t.unit, t.kind, t.deadline and t.deadline.end.isoformat(),
             t.owners) for t in doc.targets]
    # 截至目前…已有120家，护理型床位1.2万张: both report; a plan word after a past clause does not
    assert [r[2:5] for r in rows[:4]] == [(120, "家", "actual"), (1.2, "万张", "actual"), (62, "%", "actual"),
                                         (65, "%", "target")]
    assert ("建成区老年人日间照料中心设置密度", ">=", 1, "处", "target", "2025-12-31", []) in rows
    assert ("全市每年举办老年健康讲座", ">=", 200, "场", "target", None,
            ["市卫生健康委疾控处", "各县（市、区）卫生健康局"]) in rows
    assert ("医疗机构", "=", 10, "家", "target", "2025-06-30", ["各县〔市、区〕人民政府"]) in rows
    assert ("老年人住院次均费用增幅", "<=", 3, "%", "target", None, []) in rows  # 以2023年为基数
    # the task table: a cell of a change verb or a short name is named by its row
    assert rows[-3:] == [
        ("门诊慢特病病种", "=", 60, "种", "target", "2024-09-30", ["市医保局待遇保障处", "各县（市、区）医保局"]),
        ("每人每年培训时间", ">=", 2, "周", "target", "2024-12-31", ["市卫生健康委医政处", "市人社局"]),
        ("安宁疗护病区床位", ">=", 3, "张", "target", "2025-12-31", ["市卫生健康委", "各县（市、区）人民政府"]),
    ]


def test_a_base_year_is_no_deadline_and_makes_no_report():
    text = ("1. 以2023年为基数，门诊次均费用增幅控制在3%以内。\n")
    (t,) = work_points(text).targets
    assert (t.indicator, t.comparator, t.kind, t.deadline) == ("门诊次均费用增幅", "<=", "target", None)


def test_a_cell_of_only_a_change_verb_takes_the_rows_name():
    import planparse

    text = ("关于印发2024年医疗保障工作要点的通知\n\n附件\n重点任务分解表\n\n"
            "序号\t工作任务\t目标值\t完成时限\t牵头单位\n"
            "1\t门诊慢特病病种\t扩大至60种\t2024年第三季度\t待遇保障处\n")
    (t,) = planparse.parse(text.encode()).targets
    assert (t.indicator, t.value, t.unit, t.deadline.end.isoformat(), t.owners) == \
        ("门诊慢特病病种", 60, "种", "2024-09-30", ["待遇保障处"])


def test_numbers_after_a_report_in_its_sentence_report_too():
    text = ("1. 截至目前，全市已有家庭医生团队860个，签约居民320万人。\n"
            "2. 现有三级医院8家，到2025年达到10家。\n"  # a plan word between: a target
            "3. 2023年全市建成智慧医院12家，2024年再建成8家。\n"  # a date of its own: a target
            "4. 三级医院数量由5家增加到8家。\n")  # one clause, from one level to another
    got = [(t.value, t.kind) for t in work_points(text).targets]
    assert got == [(860, "actual"), (320, "actual"), (8, "actual"), (10, "target"), (12, "actual"),
                   (8, "target"), (5, "actual"), (8, "target")]


def test_a_name_said_again_in_short_is_the_full_name_and_a_past_clause_reports():
    text = ("1. 2023年，全市家庭医生签约率为42%，到2025年签约率达到60%。\n"
            "2. 三级医院达到8家，二级医院达到20家。\n")  # 二级医院 is no 三级医院 in short
    got = [(t.value, t.indicator, t.kind) for t in work_points(text).targets]
    assert got == [(42, "全市家庭医生签约率", "actual"), (60, "全市家庭医生签约率", "target"),
                   (8, "三级医院", "target"), (20, "二级医院", "target")]


def test_a_thing_counted_described_by_a_verb_and_a_total_over_another_scope():
    text = ("1. 各区至少建成1家达到推荐标准的社区医院，全市累计达到30家。\n"
            "2. 新建3所符合国家标准的发热门诊，达到10所。\n"  # 达到 after a comma: a level
            # a total word between the scope and the verb goes with them
            "3. 各区至少建成1个智慧健康养老示范社区，全市共建成10个以上。\n"
            "4. 全市累计建成胸痛中心12家。\n")
    got = named(text)
    assert got == [(1, "各区达到推荐标准的社区医院"), (30, "全市达到推荐标准的社区医院"),
                   (3, "符合国家标准的发热门诊"), (10, "符合国家标准的发热门诊"),
                   (1, "各区智慧健康养老示范社区"), (10, "全市智慧健康养老示范社区"), (12, "胸痛中心")]


def test_kinds_listed_before_the_people_they_are_of_share_them_and_a_list_of_durations():
    text = ("1. 将高血压、糖尿病患者规范管理率分别提高到65%和60%。\n"
            "2. 城市和农村学校达标率分别达到95%和90%。\n"  # 农村 is no head: 村 is in the kind
            "3. 二级和三级公立医院平均住院日分别控制在8天和9天以内。\n"  # levels, both
            "4. 群众来信3天和5天内办结率达到95%。\n")  # durations that frame when: neither
    got = [(t.value, t.unit, t.indicator) for t in work_points(text).targets]
    assert got == [(65, "%", "高血压患者规范管理率"), (60, "%", "糖尿病患者规范管理率"),
                   (95, "%", "城市学校达标率"), (90, "%", "农村学校达标率"),
                   (8, "天", "二级公立医院平均住院日"), (9, "天", "三级公立医院平均住院日"),
                   (95, "%", "群众来信3天和5天内办结率")]


def test_a_short_name_after_a_clause_that_says_it_whole_takes_it_once():
    text = ("1. 实施特殊困难老年人家庭适老化改造，全年完成改造5000户。\n"
            "2. 9月底前完成全部村卫生室标准化建设，达标率100%。\n")  # its verb names nothing
    got = named(text)
    assert got == [(5000, "特殊困难老年人家庭适老化改造"), (100, "全部村卫生室标准化建设达标率")]


def test_a_verb_after_a_bound_is_no_part_of_the_counts_subject():
    text = ("1. 每个县至少办好两所县级公立医院。\n"
            "2. 每个乡镇最少培育1个特色产业。\n")
    got = [(t.value, t.comparator, t.indicator) for t in work_points(text).targets]
    assert got == [(2, ">=", "每个县县级公立医院"), (1, ">=", "每个乡镇特色产业")]


def test_a_verb_put_after_its_object_and_a_total_now_held():
    text = ("1. 对辖区内60家养老机构开展消防安全检查。\n"  # 对 and the area lead no name
            "2. 对口支援医院达到10家。\n"  # 对口 is a word of the name
            "3. 全市共有护士1.2万人，到2025年达到1.5万人。\n")  # 共有: where things stand now
    got = [(t.value, t.kind, t.indicator) for t in work_points(text).targets]
    assert got == [(60, "target", "养老机构"), (10, "target", "对口支援医院"),
                   (1.2, "actual", "护士"), (1.5, "target", "护士")]


def test_a_bound_after_a_list_bounds_all_of_it_and_a_per_head_base_is_shared():
    text = ("1. 婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别控制在3‰、4‰、8/10万以下。\n"
            "2. 每千常住人口执业（助理）医师数达到3.5人、注册护士数达到4.2人，每万常住人口全科医生数达到4.5人。\n")
    got = [(t.value, t.comparator, t.indicator) for t in work_points(text).targets]
    assert got == [(3, "<=", "婴儿死亡率"), (4, "<=", "5岁以下儿童死亡率"), (8, "<=", "孕产妇死亡率"),
                   (3.5, "=", "每千常住人口执业（助理）医师数"), (4.2, "=", "每千常住人口注册护士数"),
                   (4.5, "=", "每万常住人口全科医生数")]


def test_a_ceiling_after_a_list_raised_to_its_numbers_is_the_last_ones_own():
    # 达到 raises the levels listed; 以下 after the last bounds the one rate to keep down
    text = "1. 健康素养水平、体育锻炼人数比例、15岁以上人群吸烟率分别达到30%、40%和20%以下。\n"
    got = [(t.value, t.comparator) for t in work_points(text).targets]
    assert got == [(30, "="), (40, "="), (20, "<=")]


def test_owner_notes_of_other_shapes():
    text = ("1. 新增托位1000个（市卫健委牵头负责，各县（市、区）人民政府落实）。\n"
            "2. 开展健康讲座100场。（责任单位：市卫健委；责任领导：张三）\n"  # a person is no owner
            "3. 培训乡村医生500人次。（市卫健委，市人社局）\n"  # organs alone, after the sentence
            "4. 药占比控制在30%以下。（不含中药饮片）\n"  # no organ: no owner
            "5. 到2025年，建成区域医疗中心2个。\n")  # 建成 区域…, not 建成区 (the built-up area)
    got = [(t.value, t.indicator, t.owners) for t in work_points(text).targets]
    assert got == [(1000, "托位", ["市卫健委", "各县（市、区）人民政府"]), (100, "健康讲座", ["市卫健委"]),
                   (500, "乡村医生", ["市卫健委", "市人社局"]), (30, "药占比", []),
                   (2, "区域医疗中心", [])]


def test_an_owner_note_whose_first_field_is_a_time_or_a_leader():
    text = ("1. 建设智慧医院10家。（责任领导：张三；责任单位：市卫健委规划信息处）\n"
            "2. 培训基层医生2000人次。（完成时限：2024年12月；责任单位：市卫健委科教处、市人社局）\n"
            "3. 新建社区医院5家。（牵头单位：市卫健委；配合单位：市财政局）\n")
    got = [(t.value, t.owners, t.deadline and t.deadline.end.isoformat()) for t in work_points(text).targets]
    assert got == [(10, ["市卫健委规划信息处"], None),
                   (2000, ["市卫健委科教处", "市人社局"], "2024-12-31"),
                   (5, ["市卫健委", "市财政局"], None)]


def test_a_share_put_to_a_purpose_is_named_by_both():
    text = ("1. 落实收支结余可提取60%用于人员奖励。\n"
            "2. 公共卫生服务经费的60%以上用于村卫生室。\n")
    got = [(t.value, t.comparator, t.indicator) for t in work_points(text).targets]
    assert got == [(60, "=", "收支结余提取用于人员奖励比例"), (60, ">=", "公共卫生服务经费用于村卫生室比例")]


def test_a_date_in_brackets_is_the_bracketed_numbers_not_the_one_outside():
    text = ("1. 全市儿童青少年总体近视率每年降低0.5个百分点以上（2023年为52.3%）。\n"
            "2. 到2025年，基层诊疗量占比达到65%（2023年为58%）。\n")
    got = [(t.value, t.kind, t.deadline.end.year if t.deadline else None) for t in work_points(text).targets]
    assert got == [(0.5, "target", None), (52.3, "actual", 2023), (65, "target", 2025), (58, "actual", 2023)]


def test_last_year_and_recent_years_report_what_was():
    text = ("1. 近年来，我市人均预期寿命提高到81.2岁。\n"
            "2. 去年全市完成义诊活动500场，今年达到600场。\n"
            "3. 全市现有执业医师1.5万人。\n"
            "4. 门诊量较上年增长10%。\n"  # a change from last year is still a target
            "5. 近三年累计投入资金5亿元，三年内再投入6亿元。\n")  # the last three years, not the next
    got = [(t.value, t.kind, t.indicator) for t in work_points(text).targets]
    assert [(v, k) for v, k, _ in got] == [(81.2, "actual"), (500, "actual"), (600, "target"),
                                           (1.5, "actual"), (10, "target"), (5, "actual"), (6, "target")]
    assert got[3][2] == "执业医师"


def test_the_same_verb_again_counts_the_same_things_and_a_period_names_nothing():
    text = ("1. 2024年建成紧密型医联体3个，2025年建成5个。\n"  # not 建成紧密型医联体 for the 5
            "2. 累计建成省示范村卫生室53家，其中新增42家。\n"  # another verb: a part of the total
            "3. 每年培训基层医务人员不少于1000人次，三年累计3000人次。\n")  # not 三年
    got = named(text)
    assert got == [(3, "紧密型医联体"), (5, "紧密型医联体"), (53, "累计建成省示范村卫生室"),
                   (42, "新增省示范村卫生室"), (1000, "每年培训基层医务人员"), (3000, "每年培训基层医务人员")]


def test_a_year_gone_by_is_no_plan_word():
    import planparse

    text = ("某市“十四五”卫生健康发展规划\n\n第一章 发展基础\n\n"
            "人均预期寿命由2015年的79.5岁提高到2020年的81.2岁，孕产妇死亡率下降至8.2/10万。\n\n"
            "第二章 发展目标\n\n到2025年，人均预期寿命达到82岁。\n")
    got = [(t.value, t.kind, t.deadline.end.year if t.deadline else None)
           for t in planparse.parse(text.encode()).targets]
    assert got == [(79.5, "actual", 2015), (81.2, "actual", 2020), (8.2, "actual", 2020), (82, "target", 2025)]


def test_a_rates_level_with_the_words_of_a_real_plan():
    text = ("1. 到2025年，人均预期寿命在2020年基础上继续提高1岁左右。\n"
            "2. 围绕2025年非化石能源消费比重达到20%左右的要求，可再生能源年发电量达到3.3万亿千瓦时左右。\n")
    got = [(t.value, t.unit, t.comparator, t.indicator) for t in work_points(text).targets]
    assert got == [(1, "岁", "~", "人均预期寿命"), (20, "%", "~", "非化石能源消费比重"),
                   (3.3, "万亿千瓦时", "~", "可再生能源年发电量")]


def test_an_age_after_a_count_is_part_of_what_is_counted():
    text = ("1. 为3.078万60岁以上老年人免费接种流感疫苗。\n")
    (t,) = work_points(text).targets
    assert (t.value, t.unit, t.indicator) == (3.078, "万", "60岁以上老年人免费接种流感疫苗")


def test_dates_listed_before_numbers_listed_with_respectively_pair_in_order():
    import planparse

    text = ("关于印发健康行动实施方案的通知\n\n一、目标\n"
            "1. 到2023年底和2030年，全区居民健康素养水平分别不低于24%和30%。\n"
            "2. 到2025年，签约率和覆盖率分别达到45%和90%。\n")  # one date: both
    got = [(t.value, t.deadline.end.isoformat()) for t in planparse.parse(text.encode()).targets]
    assert got == [(24, "2023-12-31"), (30, "2030-12-31"), (45, "2025-12-31"), (90, "2025-12-31")]


def test_a_share_of_things_named_after_it_and_what_the_words_before_do_to_them():
    text = ("1. 家庭医生签约服务覆盖全区90%以上的失能老年人。\n"  # the scope word goes
            "2. 确保天府新区、高新区、锦江区50%的城市社区建成嵌入式服务综合体。\n")  # places say where
    got = named(text)
    assert got == [(90, "家庭医生签约服务覆盖失能老年人比例"), (50, "城市社区建成嵌入式服务综合体比例")]


def test_a_part_said_like_the_one_before_names_the_same_measure():
    text = ("1. 三级医院平均住院日不超过8天，二级医院不超过9天。\n"
            "2. 院前急救平均反应时间城市地区不超过12分钟、农村地区不超过30分钟。\n"
            "3. 二级以上医院门诊患者平均预约诊疗率不低于50%，其中三级医院不低于60%。\n"
            "4. 新增博士研究生5名，硕士研究生20名。\n")  # counts of kinds: each its own
    got = named(text)
    assert got == [(8, "三级医院平均住院日"), (9, "二级医院平均住院日"),
                   (12, "院前急救平均反应时间城市地区"), (30, "院前急救平均反应时间农村地区"),
                   (50, "二级以上医院门诊患者平均预约诊疗率"), (60, "三级医院门诊患者平均预约诊疗率"),
                   (5, "博士研究生"), (20, "硕士研究生")]


def test_a_thing_done_is_reported_and_a_remark_on_roles_closes_an_owner_note():
    text = ("1. 创建了3个国家级慢性病综合防控示范区和2个省慢性病防控示范区。\n"
            "2. 普通中小学每学期开设健康教育课不少于7课时。（市卫生计生委、市教育局负责，排第一位的为牵头单位，"
            "其他为参与单位，下同）\n")
    got = [(t.value, t.kind, t.owners) for t in work_points(text).targets]
    assert got == [(3, "actual", []), (2, "actual", []), (7, "target", ["市卫生计生委", "市教育局"])]


def test_the_leader_in_charge_is_no_owner_and_a_co_organiser_is():
    import planparse

    text = ("关于印发2024年重点工作任务清单的通知\n\n附件\n\n重点工作任务清单\n\n"
            "\t序号\n\t工作任务\n\t牵头领导\n\t牵头单位\n\t协办单位\n\t完成时限\n\n"
            "\t1\n\t新增托育机构2所以上\n\t张三\n\t县卫健局\n\t各乡镇\n\t2024年12月\n")
    (t,) = planparse.parse(text.encode()).targets
    assert (t.value, t.owners, t.deadline.end.isoformat()) == (2, ["县卫健局", "各乡镇"], "2024-12-31")
    # 协同单位 / 参与单位 are co-organisers too; 责任人 a person
    text = ("关于印发重点任务清单的通知\n\n附件\n\n重点任务清单\n\n"
            "\t序号\n\t工作任务\n\t主责单位\n\t协同单位\n\t参与单位\n\t责任人\n\t推进时限\n\n"
            "\t1\n\t新增重症床位20张\n\t县卫健局\n\t县发改局\n\t县财政局\n\t张三\n\t2025年12月\n")
    (t,) = planparse.parse(text.encode()).targets
    assert (t.value, t.owners, t.deadline.end.isoformat()) == (20, ["县卫健局", "县发改局", "县财政局"], "2025-12-31")


def test_a_name_does_not_start_with_de_and_an_amount_names_what_it_is():
    text = ("1. 对新建的社区医院给予一次性补助50万元。\n"
            "2. 对每名全科医生给予每月500元的岗位补贴。\n")
    got = named(text)
    assert got == [(50, "社区医院给予一次性补助"), (500, "每名全科医生岗位补贴")]


def test_a_county_plan_of_this_sessions_shapes():
    """tests/data/notices/health.txt: the ledger rows a user would check first."""
    import planparse

    doc = planparse.parse(TESTS_DATA / "notices" / "health.txt")
    rows = {(t.indicator, t.value): t for t in doc.targets}
    first, second = rows[("全县人均预期寿命", 79.6)], rows[("全县人均预期寿命", 80.4)]
    assert (first.kind, first.deadline.end.year, second.kind, second.deadline.end.year) == ("actual", 2020, "actual", 2023)
    assert [(t.value, t.deadline.end.year) for t in doc.targets if t.indicator == "全县居民健康素养水平"] == [(30, 2024), (35, 2026)]
    assert rows[("二级医院平均住院日", 9)].comparator == "<="
    assert rows[("全县达到推荐标准的社区医院", 8)].owners == ["县卫健局", "县财政局"]
    assert rows[("健康县城发展指数", 80)].unit is None
    assert rows[("紧密型医共体", 3)].owners == ["县卫健局", "县医保局"]  # not 李四, the leader


def test_a_plan_titled_by_its_years_is_of_its_first_year():
    import planparse

    text = ("关于印发某县健康行动方案（2024—2026年）的通知\n\n一、目标\n\n"
            "1. 到2025年，签约率达到50%。\n\n2. 2024年，覆盖率达到40%。\n")  # neither is past
    got = [(t.value, t.kind) for t in planparse.parse(text.encode()).targets]
    assert got == [(50, "target"), (40, "target")]


def test_a_level_after_what_its_measure_does_is_named_by_the_measure():
    text = ("1. 每万人口全科医生数保持在全市领先，达到4.2人。\n")
    (t,) = work_points(text).targets
    assert (t.value, t.indicator) == (4.2, "每万人口全科医生数")


def test_a_count_verb_alone_counts_what_the_count_before_did():
    text = ("1. 用3年时间培训24名基层首席医生，每年培训不少于8名。\n")
    got = named(text)
    assert got == [(24, "基层首席医生"), (8, "每年培训基层首席医生")]
    # where the name before holds the verb too, the count is of what follows it there
    text = ("1. 年均培训家庭医生500人次以上，三年累计培训1500人次。\n"
            "2. 2024年完成50个村卫生室标准化建设，2025年再完成60个。\n")
    got = named(text)
    assert got == [(500, "年均培训家庭医生"), (1500, "三年累计培训家庭医生"),
                   (50, "村卫生室标准化建设"), (60, "村卫生室标准化建设")]


def test_a_paragraph_of_owners_closes_the_item_above_it():
    doc = work_points("1. 新建社区卫生服务中心5个。\n"
                      "培训基层医务人员3000人次。\n"
                      "责任单位：市卫生健康委（牵头）、市财政局。\n"
                      "2. 新增托位2000个。（市卫生健康委负责）\n"  # a note of its own stays
                      "配合单位：市教育局\n"
                      "3. 建成智慧医院3家。\n")  # no owners written: none
    assert [(t.value, t.owners) for t in doc.targets] == [
        (5, ["市卫生健康委", "市财政局"]), (3000, ["市卫生健康委", "市财政局"]),
        (2000, ["市卫生健康委"]), (3, [])]


def test_a_part_of_a_rate_named_by_who_it_is_measures_what_the_whole_did():
    text = ("1. 健康素养水平提高到28%以上，其中农村居民达到22%。\n"
            "2. 人均预期寿命达到80岁，其中农村居民达到78岁。\n"
            "3. 门诊量增长10%，其中中医门诊增长15%。\n"
            # a part of a count names what it counts
            "4. 全市医疗卫生机构总数达到1500个，其中基层医疗卫生机构1400个。\n")
    got = named(text)
    assert got == [(28, "健康素养水平"), (22, "农村居民健康素养水平"),
                   (80, "人均预期寿命"), (78, "农村居民人均预期寿命"),
                   (10, "门诊量"), (15, "中医门诊量"),
                   (1500, "全市医疗卫生机构总数"), (1400, "基层医疗卫生机构")]


def test_a_subject_like_the_one_before_counts_what_its_verb_did():
    text = ("1. 每个社区卫生服务中心配备全科医生不少于6名，每个乡镇卫生院不少于4名。\n"
            "2. 三级医院新增床位500张，二级医院300张。\n"
            # the things counted after the unit name themselves (建设单位 is no verb's object)
            "3. 新增1个省级特色科室建设单位、2个市级基层特色科室。\n"
            # a subject per which things are counted names no thing itself
            "4. 每个县建设1个县级医院，每个乡镇1个卫生院。\n")
    got = named(text)
    assert got == [(6, "每个社区卫生服务中心配备全科医生"), (4, "每个乡镇卫生院配备全科医生"),
                   (500, "三级医院新增床位"), (300, "二级医院新增床位"),
                   (1, "省级特色科室建设单位"), (2, "市级基层特色科室"),
                   (1, "每个县县级医院"), (1, "每个乡镇卫生院")]


def test_a_list_of_years_before_respectively_dates_the_numbers_and_names_nothing():
    text = ("1. 2024年、2025年、2026年分别新增托位300个、400个、500个。\n")
    got = [(t.value, t.indicator, t.deadline.end.year) for t in work_points(text).targets]
    assert got == [(300, "托位", 2024), (400, "托位", 2025), (500, "托位", 2026)]


def test_counts_per_head_listed_in_one_clause_share_the_base():
    text = ("1. 每千人口拥有执业（助理）医师3.5人、注册护士4.2人、药师0.54人。\n")
    got = named(text)
    assert got == [(3.5, "每千人口拥有执业（助理）医师"), (4.2, "每千人口拥有注册护士"), (0.54, "每千人口拥有药师")]


def test_a_share_with_no_things_of_its_own_is_of_what_the_clause_before_was_about():
    text = ("1. 乡镇卫生院和社区卫生服务中心全部达到国家基本标准，30%以上达到推荐标准。\n")
    (t,) = work_points(text).targets
    assert (t.value, t.comparator, t.indicator) == (30, ">=", "乡镇卫生院和社区卫生服务中心达到推荐标准比例")


def test_a_rate_named_with_its_count_verb_keeps_the_verb():
    # 培训 counts what follows it in 培训医生500人; in 培训合格率 it is the rate's own word
    text = ("1. 完成1.2万名基层医务人员岗位培训，培训合格率达到95%。\n"
            "2. 创建无烟医疗卫生机构比例达到100%。\n"
            "3. 培训人数达到2.5万人次。\n"
            # 新建 before a share says which things it is of (a part of the whole before it)
            "4. 护理型床位占比提高到60%，其中新建养老机构护理型床位占比不低于80%。\n")
    assert named(text) == [(1.2, "基层医务人员岗位培训"), (95, "培训合格率"),
                           (100, "无烟医疗卫生机构比例"), (2.5, "培训人数"),
                           (60, "护理型床位占比"), (80, "新建养老机构护理型床位占比")]


def test_a_per_head_base_stays_in_the_name():
    # 均 after a name says "all of them" (均达到); 人均 is the base the amount is measured by
    text = "1. 财政投入公共卫生服务经费人均89元。\n"
    assert named(text) == [(89, "财政投入公共卫生服务经费人均")]


def test_a_part_of_a_total_done_by_one_verb_of_a_list():
    text = ("1. 新建、改扩建村卫生室120个，其中新建40个。\n"
            "2. 新建、改扩建社区卫生服务站30个，其中改扩建20个。\n")
    assert named(text) == [(120, "新建、改扩建村卫生室"), (40, "新建村卫生室"),
                           (30, "新建、改扩建社区卫生服务站"), (20, "改扩建社区卫生服务站")]


def test_a_change_with_a_bound_between_verb_and_number():
    text = ("1. 抗菌药物使用强度减少至少20%。\n"
            "2. 卫生健康支出每年递增10%，医疗费用增长控制在8%以内。\n"
            # 增幅 and 增速 name a rate of growth: the number is its level, not a change of it
            "3. 门诊次均费用增幅不超过5%，健康服务业总规模年均增速8.5%左右。\n")
    got = [(t.value, t.comparator, t.change, t.indicator) for t in work_points(text).targets]
    assert got == [(20, ">=", "decrease", "抗菌药物使用强度"), (10, "=", "increase", "卫生健康支出"),
                   (8, "<=", "increase", "医疗费用"), (5, "<=", None, "门诊次均费用增幅"),
                   (8.5, "~", None, "健康服务业总规模年均增速")]


def test_a_change_verb_before_things_counted_is_no_change():
    text = ("1. 改造提升十所乡镇卫生院，床位增加500张。\n"
            # a change in 万 and one in ones measure the same thing
            "2. 全市卫生技术人员总数达到3.5万人，较2020年增加5000人。\n"
            "3. 孕产妇死亡率较2021年下降1.3个十万分点。\n")
    got = [(t.value, t.unit, t.change, t.indicator) for t in work_points(text).targets]
    assert got == [(10, "所", None, "改造乡镇卫生院"), (500, "张", "increase", "床位"),
                   (3.5, "万人", None, "全市卫生技术人员总数"), (5000, "人", "increase", "全市卫生技术人员总数"),
                   (1.3, "十万分点", "decrease", "孕产妇死亡率")]


def test_a_report_of_a_years_work_is_actual():
    text = ("1. 2023年，全市签约率为45.6%，完成年度目标的105%。\n"  # 目标 here is what was done
            "2. 一年来，累计培训基层医务人员2000余人次。\n"
            "3. 去年全市共接种流感疫苗30万剂次，较前年增长12%。\n")
    got = [(t.value, t.kind, t.indicator) for t in work_points(text).targets]
    assert got == [(45.6, "actual", "全市签约率"), (105, "actual", "年度目标"),
                   (2000, "actual", "累计培训基层医务人员"),
                   (30, "actual", "全市共接种流感疫苗"), (12, "actual", "全市共接种流感疫苗")]


def test_a_list_of_counts_named_by_what_follows_the_last():
    text = "1. 2024年、2025年分别完成30家、50家医疗机构改造。\n"
    got = [(t.value, t.indicator, t.deadline.end.year) for t in work_points(text).targets]
    assert got == [(30, "医疗机构改造", 2024), (50, "医疗机构改造", 2025)]


def test_a_measure_with_its_unit_in_brackets_sets_a_bare_number():
    text = ("1. 每千人口床位数（张）达到6.5。\n"
            "2. 孕产妇死亡率（1/10万）≤10。\n"  # the 1 of the bracket is no count
            "3. 药占比（不含中药饮片）控制在30%以下。\n"  # a bracket of no unit stays in the name
            "4. 家庭医生签约率（%）：45。\n")
    got = [(t.value, t.unit, t.comparator, t.indicator) for t in work_points(text).targets]
    assert got == [(6.5, "张", "=", "每千人口床位数"), (10, "1/10万", "<=", "孕产妇死亡率"),
                   (30, "%", "<=", "药占比（不含中药饮片）"), (45, "%", "=", "家庭医生签约率")]


@pytest.mark.parametrize("text,want", [
    pytest.param("1. 每个社区卫生服务中心至少有1名公共卫生医师，每个乡镇卫生院至少有2名。\n",
                 [(1, "每个社区卫生服务中心公共卫生医师"), (2, "每个乡镇卫生院公共卫生医师")],
                 id="a subject, the things named after its number"),
    pytest.param("1. 全市建成国家级慢性病综合防控示范区3个、省级5个，市级重点专科10个、县级20个。\n",
                 [(3, "国家级慢性病综合防控示范区"), (5, "省级慢性病综合防控示范区"),
                  (10, "市级重点专科"), (20, "县级重点专科")],
                 id="a level alone"),
    pytest.param("1. 100%的社区卫生服务中心和80%以上的村卫生室能够提供中医药服务。\n",
                 [(100, "社区卫生服务中心能够提供中医药服务比例"), (80, "村卫生室能够提供中医药服务比例")],
                 id="shares listed, the last one's predicate"),
    pytest.param("1. 平均服务半径城市不超过5公里、农村不超过10公里。\n",
                 [(5, "平均服务半径城市"), (10, "平均服务半径农村")],
                 id="an area alone"),
    pytest.param("1. 城区急救平均反应时间缩短至12分钟以内，农村地区缩短至20分钟以内。\n",
                 [(12, "城区急救平均反应时间"), (20, "农村地区急救平均反应时间")],
                 id="an area alone, after a name starting with another"),
    pytest.param("1. 全市每千人口执业（助理）医师数达到3.5人、注册护士数达到4.2人。\n",
                 [(3.5, "全市每千人口执业（助理）医师数"), (4.2, "全市每千人口注册护士数")],
                 id="a measure per the base of the one before, past its scope"),
    pytest.param("1. 实现二级以上医院电子病历评级4级以上全覆盖，三级医院达到5级以上。\n",
                 [(4, "二级以上医院电子病历评级"), (5, "三级医院电子病历评级")],
                 id="another kind of institution alone, after a rating"),
    pytest.param("1. 全市老年人健康体检率较上年提高5个百分点，其中农村地区提高8个百分点。\n",
                 [(5, "全市老年人健康体检率"), (8, "农村地区老年人健康体检率")],
                 id="a part's place in place of the whole's scope"),
    pytest.param("1. 城乡每万名居民拥有2至3名合格的全科医生。\n",
                 [(2, "城乡每万名居民合格的全科医生")],
                 id="拥有 is a verb whole"),
    pytest.param("1. 市疾控中心实验室检测项目达到300项，区县疾控中心达到200项。\n",
                 [(300, "市疾控中心实验室检测项目"), (200, "区县疾控中心实验室检测项目")],
                 id="a part like the one before, of a measure of items"),
    pytest.param("1. 全省县级医院100%达到二级甲等水平，50%达到三级医院服务能力。\n",
                 [(100, "全省县级医院达到二级甲等水平比例"), (50, "全省县级医院达到三级医院服务能力比例")],
                 id="a share of the things the clause before named, less its share"),
    pytest.param("1. 二级以上中医医院设置康复科的比例达到85%，治未病科的比例达到90%。\n",
                 [(85, "二级以上中医医院设置康复科的比例"), (90, "二级以上中医医院设置治未病科的比例")],
                 id="a share of other things"),
    pytest.param("1. 全市三级、二级医院分别设置不少于20张、10张的安宁疗护床位。\n",
                 [(20, "全市三级医院安宁疗护床位"), (10, "二级医院安宁疗护床位")],
                 id="levels listed, the things after the numbers"),
    pytest.param("1. 学生近视率每年下降1个百分点，重点城市下降1.5个百分点。\n",
                 [(1, "学生近视率"), (1.5, "重点城市学生近视率")],
                 id="a place alone after a rate"),
    pytest.param("1. 医疗机构日间手术占择期手术比例达到15%，三级医院不低于20%。\n",
                 [(15, "医疗机构日间手术占择期手术比例"), (20, "三级医院日间手术占择期手术比例")],
                 id="another kind of institution alone"),
    pytest.param("1. 社区卫生服务中心中医诊疗量占比达到35%，乡镇卫生院达到30%。\n",
                 [(35, "社区卫生服务中心中医诊疗量占比"), (30, "乡镇卫生院中医诊疗量占比")],
                 id="another kind of institution alone, ending otherwise"),
])
def test_a_name_completed_from_the_name_before_it(text, want):
    """A short name after a number named before it in the sentence: a subject, level, area,
    place or share like that one's, or things listed, measures or counts what that one did."""
    assert named(text) == want


def test_all_of_them_is_no_part_of_what_is_counted():
    # 全部 / 所有 say the count covers every one of the things, not which things they are
    got = named("1. 年底前完成全部300家村卫生室标准化建设。\n"
                "2. 所有乡镇卫生院均能开展至少1项中医适宜技术。\n")
    assert got == [(300, "村卫生室标准化建设"), (1, "乡镇卫生院中医适宜技术")]


def test_the_year_of_a_from_to_first_number_dates_that_number_only():
    # 由2020年的75%: 2020 is when the 75 was measured; the 85 it rises to is a target, due when
    # the sentence says (到2025年) or undated
    text = ("1. 居民电子健康档案建档率由2020年的75%提高到85%以上。\n"
            "2. 到2025年，人均预期寿命由2020年的78.3岁提高到79.5岁。\n")
    got = [(t.value, t.kind, t.deadline.end.year if t.deadline else None, t.indicator)
           for t in work_points(text).targets]
    assert got == [(75, "actual", 2020, "居民电子健康档案建档率"), (85, "target", None, "居民电子健康档案建档率"),
                   (78.3, "actual", 2020, "人均预期寿命"), (79.5, "target", 2025, "人均预期寿命")]


def test_an_owner_note_closing_a_heading_covers_the_items_under_it():
    # a heading's own note names who answers for its items; an item's own note comes first
    text = ("二、重点任务\n"
            "（一）加强基层机构建设。（牵头单位：市卫生健康委；责任单位：各县人民政府）\n"
            "1. 每个县至少建设1个县域医疗卫生次中心。\n"
            "2. 每年招聘医学本科生不少于50名。（市人力资源社会保障局负责）\n"
            "（二）加强人才培养。\n"
            "1. 村医中具备执业医师资格的人员比例提高到45%以上。\n")
    got = [(t.value, t.owners) for t in work_points(text).targets]
    assert got == [(1, ["市卫生健康委", "各县人民政府"]), (50, ["市人力资源社会保障局"]), (45, [])]


@pytest.mark.parametrize("text,want", [
    pytest.param("1. 在50个村开展健康村试点，覆盖人口约20万人。\n", [(50, "村开展健康村试点"), (20, "覆盖人口")],
                 id="one character counted, and what is done there"),
    pytest.param("1. 启动建设市第一人民医院新院区，总投资15亿元。\n2. 安排启动资金500万元。\n",
                 [(15, "市第一人民医院新院区总投资"), (500, "启动资金")],
                 id="启动 starts a clause, 启动资金 is a thing"),
])
def test_a_count_named_by_the_words_around_it(text, want):
    assert named(text) == want


def test_a_measure_compared_to_pick_out_things_is_no_target_but_a_share_of_them_is():
    text = ("1. 基层诊疗量占比不足50%的县要制定专项方案。\n"
            "2. 到2025年，90%以上的县要建成县域医共体。\n")
    assert [(t.value, t.comparator) for t in work_points(text).targets] == [(90, ">=")]


def test_a_date_alone_in_brackets_after_a_number_is_its_deadline():
    # …（2023年为52.3%） dates the number inside the brackets, not the one before them
    text = ("1. 托位数达到每千人口4.5个（2025年），签约率达到45%（2025年底前）。\n"
            "2. 近视率每年降低0.5个百分点（2023年为52.3%）。\n")
    got = [(t.value, t.deadline.end.isoformat() if t.deadline else None) for t in work_points(text).targets]
    assert got == [(4.5, "2025-12-31"), (45, "2025-12-31"), (0.5, None), (52.3, "2023-12-31")]


def test_a_clause_that_only_says_when_lends_no_name():
    # 过去五年， / 今年以来，: a time, not what the short name after it counts
    text = ("1. 过去五年，新增床位2000张。\n"
            "2. 今年以来，培训护士300人。\n")
    assert named(text) == [(2000, "床位"), (300, "护士")]


def test_an_age_in_the_clause_before_does_not_keep_a_short_name_from_it():
    # 35岁及以上 says who (spec §1), not a number the clause is about
    text = "1. 对辖区内35岁及以上人群首诊测血压，覆盖率达100%。\n2. 到2025年，签约率达到45%。\n"
    assert named(text) == [(100, "35岁及以上人群首诊测血压覆盖率"), (45, "签约率")]


def test_a_verb_after_what_it_hands_out_is_no_part_of_the_name():
    # (before it, as other verbs the grammar does not take for count verbs, it stays:
    # 累计发放电子健康卡, as the gold's 累计改造卫生户厕)
    text = "1. 80岁以上老年人高龄津贴每人每月发放100元。\n2. 发放宣传资料5000份。\n"
    assert named(text) == [(100, "80岁以上老年人高龄津贴"), (5000, "发放宣传资料")]


def test_a_measure_bounded_as_a_share_of_a_whole_is_named_as_that_share():
    text = ("1. 儿科床位数不少于床位总数的5%，科研经费投入不低于医院业务收入的2%。\n"
            "2. 基层中医诊疗量占基层诊疗总量比例力争达37%。\n")  # named a share already: as written
    assert named(text) == [(5, "儿科床位数占床位总数比例"), (2, "科研经费投入占医院业务收入比例"),
                           (37, "基层中医诊疗量占基层诊疗总量比例")]


def test_a_month_alone_in_a_schedule_column_is_due_in_the_documents_year():
    import planparse

    text = ("关于印发某县2024年民生实事任务分解表的通知\n\n某县人民政府办公室\n2024年2月1日\n\n"
            "\t序号\n\t建设内容及目标\n\t责任领导\n\t牵头单位\n\t完成时间\n\n"
            "\t1\n\t完成50个村卫生室标准化改造\n\t张三\n\t县卫健局\n\t10月底\n\n"
            "\t2\n\t新建老年助餐点20个\n\t李四\n\t县民政局\n\t12月\n")
    got = [(t.value, t.deadline and t.deadline.end.isoformat(), t.owners) for t in planparse.parse(text.encode()).targets]
    assert got == [(50, "2024-10-31", ["县卫健局"]), (20, "2024-12-31", ["县民政局"])]


def test_adverbs_of_movement_encouragement_and_a_ranking_are_no_part_of_a_target():
    text = ("1. 全市居民健康素养水平稳步提升，达到30%以上。\n"
            "2. 鼓励有条件的医院设置不少于10张的安宁疗护床位。\n"
            "3. 力争我市进入全国健康城市前50名。\n")  # a place in a ranking (spec §1: 前10位)
    assert named(text) == [(30, "全市居民健康素养水平"), (10, "有条件的医院安宁疗护床位")]


def test_a_table_turned_on_its_side_takes_names_from_its_columns_and_years_from_its_rows():
    import planparse

    text = ("关于印发某区卫生健康发展目标的通知\n\n某区卫生健康局\n2024年1月5日\n\n表1 分年度目标\n\n"
            "\t年份\n\t家庭医生签约率（%）\n\t孕产妇死亡率（1/10万）\n\n"
            "\t2023年\n\t38\n\t12.5\n\n"
            "\t2025年\n\t45\n\t≤10\n")
    got = [(t.value, t.unit, t.kind, t.deadline.end.year, t.indicator) for t in planparse.parse(text.encode()).targets]
    assert got == [(38, "%", "actual", 2023, "家庭医生签约率"), (12.5, "1/10万", "actual", 2023, "孕产妇死亡率"),
                   (45, "%", "target", 2025, "家庭医生签约率"), (10, "1/10万", "target", 2025, "孕产妇死亡率")]


def test_owner_notes_closing_sentences_inside_an_item_each_cover_their_own():
    text = ("1. 新增托位1000个。（市卫健委负责）普惠托位占比达到60%以上。（市发展改革委负责）\n"
            "2. 建成示范点5个。（责任单位：市卫健委）培训护士300人。（责任单位：市人社局、各县〔市、区〕政府）\n")
    got = [(t.value, t.owners, t.indicator) for t in work_points(text).targets]
    assert got == [(1000, ["市卫健委"], "托位"), (60, ["市发展改革委"], "普惠托位占比"),
                   (5, ["市卫健委"], "示范点"), (300, ["市人社局", "各县〔市、区〕政府"], "护士")]


def test_a_time_in_an_owner_note_inside_an_item_dates_its_own_sentences():
    text = "1. 新增托位1000个。（市卫健委负责，6月底前完成）普惠托位占比达到60%以上。（市发展改革委负责，年底前完成）\n"
    got = [(t.value, t.deadline.end.isoformat(), t.owners) for t in work_points(text).targets]
    assert got == [(1000, "2024-06-30", ["市卫健委"]), (60, "2024-12-31", ["市发展改革委"])]


def test_a_year_a_heading_names_is_the_year_of_its_whole_year_words():
    import planparse

    text = ("关于印发某区2024年卫生健康工作要点的通知\n\n某区卫生健康局\n2024年2月1日\n\n"
            "一、2023年工作回顾\n\n全年新增家庭医生团队20个。\n\n"
            "二、2024年主要目标\n\n全年新增社区医院1家。\n")
    got = [(t.value, t.kind, t.deadline.end.isoformat()) for t in planparse.parse(text.encode()).targets]
    assert got == [(20, "actual", "2023-12-31"), (1, "target", "2024-12-31")]
