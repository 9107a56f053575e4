"""Each grammar on its own: numbers and units, exclusions, comparators, change,
deadlines, owners and indicators (spec/targets.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from planparse import grammar
from planparse.numerals import chinese_to_int, fold
from planparse.targets.deadline import column_deadline, find_deadlines
from planparse.targets.indicator import indicator
from planparse.targets.numbers import find_mentions
from planparse.targets.owners import inline_owners, split_owners
from planparse.targets.qualifiers import change, comparator


def values(text: str):
    return [(m.value, m.value_max, m.unit) for m in find_mentions(fold(text))]


@pytest.mark.parametrize("text,want", [
    ("医疗技术服务性收入占比达45%", [(45, None, "%")]),
    ("覆盖率为0.23‰", [(0.23, None, "‰")]),
    ("累计改造卫生户厕89,699座", [(89699, None, "座")]),
    # typed full-width, thousands are parted by a full-width comma; a comma and fewer digits part clauses
    ("全年新增托位１，２００个", [(1200, None, "个")]), ("医生1，2名", [(2, None, "名")]),
    ("发病率达到１２０/10万", [(120, None, "1/10万")]),
    ("发病率低于 120/10 万", [(120, None, "1/10万")]),
    ("按5-8%比例逐年提高", [(5, 8, "%")]),
    ("结对1～2人", [(1, 2, "人")]),
    ("建成2至3家", [(2, 3, "家")]),
    ("服务15-20 万人", [(15, 20, "万人")]),
    ("引进7万名", [(7, None, "万名")]),
    ("降低1个百分点", [(1, None, "百分点")]),
    ("至少建设二家发热门诊", [(2, None, "家")]),
    ("每年招聘三十人", [(30, None, "人")]),
    ("达到百分之九十", [(90, None, "%")]),
    ("常住人口万分之1.19的比例", [(1.19, None, "1/万")]),
    ("电子病历系统应用水平达到4级以上", [(4, None, "级")]),
    ("存储容量不少于2PB", [(2, None, "PB")]),
    ("PM2.5平均浓度为32微克/立方米", [(32, None, "微克/立方米")]),
    ("开展义诊活动不少于200场次", [(200, None, "场次")]),
    ("人均预期寿命提高1岁左右", [(1, None, "岁")]),
    ("婴儿死亡率下降了1.2个千分点", [(1.2, None, "千分点")]),
    # a Latin unit right before Chinese text is no code (ISO9001 is)
    ("抗菌药物使用强度控制在40DDDs以下", [(40, None, "DDDs")]),
    ("存储容量达到2PB以上", [(2, None, "PB")]),
    # a duration set as a level is a quantity; one that frames when is not (below)
    ("平均住院日缩短至8天以内", [(8, None, "天")]),
    ("审批时间控制在3个工作日以内", [(3, None, "个工作日")]),
    # "more than" between the number and its unit is no part of the unit
    ("培训1000余人次", [(1000, None, "人次")]), ("服务群众3万余人", [(3, None, "万人")]),
    ("组织义诊活动20多场", [(20, None, "场")]), ("投入3000多万元", [(3000, None, "万元")]),
    # incidents and places (safety and emergency plans)
    ("较大及以上生产安全事故起数控制在2起以内", [(2, None, "起")]), ("新建应急避难场所15处", [(15, None, "处")]),
    ("每人每年培训时间不少于2周", [(2, None, "周")]),
    ("卫生总费用达到地区生产总值的1.5倍", [(1.5, None, "倍")]),
    ("聘请100位专家", [(100, None, "位")]), ("制定3部地方标准", [(3, None, "部")]), ("开设10门课程", [(10, None, "门")]),
    # a name in a list holds no digits: what follows 、三类 here is a list of rates
    ("一、二、三类疫苗接种率分别达到95%、90%", [(95, None, "%"), (90, None, "%")]),
    # 2所以上 is 2所 and 以上, not 所以
    ("新增托育机构2所以上", [(2, None, "所")]),
    # a score in points (分 is no unit where it begins a word: 分院, 分钟)
    ("患者满意度评分达到90分以上", [(90, None, "分")]), ("建成3分院", []),
    # a level with no unit, set for a measure named right before it, closing its clause
    ("亿元GDP生产安全事故死亡率控制在0.011以内", [(0.011, None, None)]), ("基尼系数保持在0.4以下", [(0.4, None, None)]),
    ("到2025年达到", []), ("达到3，", []),
    # a count after a verb of making is one; in digits, after a verb of attending, too
    ("新建两支应急队伍", [(2, None, "支")]), ("加强3支队伍建设", [(3, None, "支")]),
    ("每年新增10万—15万人参保", [(10, 15, "万人")]), ("投入3亿—5亿元", [(3, 5, "亿元")]),
    # years as a length of time, where they are the level set (spec §1)
    ("每3～5年参与一次", [(3, 5, "年"), (1, None, "次")]), ("服务期限不少于6年", [(6, None, "年")]),
    # things counted one by one: teeth sealed, doses, kits (剂量 and 针对 begin words)
    ("完成窝沟封闭1.5万颗", [(1.5, None, "万颗")]), ("发放避孕药具2万盒", [(2, None, "万盒")]),
    ("接种疫苗3万剂", [(3, None, "万剂")]), ("开展3针对性培训", []),
    # thousands parted by a space (and by a comma before a decimal point)
    ("门急诊量达到1 200万人次", [(1200, None, "万人次")]), ("投入资金1,250.5万元", [(1250.5, None, "万元")]),
    # money per head or per year, as written
    ("签约服务费提高2元/人", [(2, None, "元/人")]), ("补助标准提高到94元/人·年", [(94, None, "元/人·年")]),
    ("全年开展远程会诊5000例次以上", [(5000, None, "例次")]), ("入户随访1.2万户次", [(1.2, None, "万户次")]),
])
def test_numbers_units_and_ranges(text, want):
    assert values(text) == want


@pytest.mark.parametrize("text", [
    "到2025年底", "2020-2022年", "“十四五”时期", "常经办发〔2023〕41号", "附件3", "第一方阵",
    "党的二十大精神", "十九届五中全会", "3岁以下婴幼儿", "65周岁及以上老年人", "0-6岁儿童",
    "100张以上床位的养老机构", "出生后3-7天", "每万常住人口", "“531”行动计划", "“1+X”薪酬制度",
    "“333工程”", "5G网络", "H7N9流感", "P2实验室", "“五早”", "“两癌”筛查", "四大功能中心",
    "三项核心指标", "二级甲等医院", "三甲医院", "五级中医馆", "公示五个工作日", "连续三年",
    "利用3-5年时间", "于本文印发后3个月内", "一式三份", "×100%", "比例1：1", "拨打12320",
    "全覆盖", "一批", "百人传承工程", "一类疫苗", "在完成2024人员配备基础上", "个人卫生支出",
    "3级医院", "二级以上公立医院", "三级甲等医院", "努力形成一套符合卫生人才成长特点的梯队开发体系",
    "唐氏筛查、两种遗传代谢性疾病、听力障碍等免费筛查", "当前和今后一个时期",
    "要在30日内完成整改", "ISO9001认证",
    "自2024起施行", "发生一起事故", "对违规行为3处理", "设立1处室", "3部门联合", "位于城区",
    "排名后三位的县", "进入全省前10位", "绩效考核进入全国前100名的医院", "建党100周年", "满2周岁的儿童", "实施人才倍增计划",
    "打造城市社区15分钟健康服务圈", "构建30分钟急救圈", "实现县域内1小时、城区30分钟急救圈全覆盖",
    "加强两支应急队伍建设", "聚焦三大领域", "城市、农村两类地区",
    "聚焦3个重点领域", "围绕“一老一小”两个重点人群", "重点做好以下5个方面工作", "本方案共分为四个部分",
    "三年行动计划", "工作满3年的", "小学三年级", "近三年", "2024年至2026年", "1.2020年签约率",
    "参会人员为各区卫生健康局分管负责同志1名", "每单位限报2人",  # who comes to a meeting
    "村卫生室服务人口超过1000人的，", "床位100张以上的，",  # a condition: which ones are meant
    "智慧服务分级评估达到3级以上的医院",  # a grade that says which hospitals
    "床位数300张以上的配备不少于", "服务人口3万人以上的乡镇卫生院",  # a measure and its bound: which ones
    "实施一对夫妻可以生育三个子女政策", "鼓励生育两个孩子的家庭",
    # a measure compared, picking out the things bound to act
    "诊疗量占比不足50%的县要制定专项方案", "接种率低于90%的乡镇应开展查漏补种", "门诊量超过100万人次的医院应设置日间病房",
])
def test_what_is_no_quantity(text):
    assert values(text) == []


@pytest.mark.parametrize("before,after,want", [
    ("每年不少于", "", ">="), ("达", "以上", ">="), ("控制在", "以下", "<="), ("控制在", "", "="),
    ("超", "", ">"), ("低于", "", "<"), ("不超过", "", "<="), ("", "左右", "~"), ("约", "", "~"),
    ("村卫生室至少配备", "执业医师", ">="), ("力争达到", "", "="), ("≥ ", "", ">="),
    ("达到", "（含）以上", ">="), ("控制在", "（含）以下", "<="),  # 含: the bound holds the number
    # the bound further back, the thing bounded between it and the number
    ("按照不低于乡镇卫生院卫技人员总数", "的比例", ">="), ("每年至少优选出中医药适宜技术", "", ">="),
    # but not past a verb that sets a level of its own, nor from words that mean something else
    ("不低于国家标准的地区达到", "", "="), ("约束性指标", "", "="),
    ("拥有执业医师逾", "", ">"), ("累计服务群众近", "", "~"), ("就近", "", "="), ("最近", "", "="),
])
def test_comparators(before, after, want):
    assert comparator(before, after, False) == want


def test_range_comparator_wins():
    assert comparator("不低于", "", True) == "range"


@pytest.mark.parametrize("before,after,want", [
    ("力争每年平均降低", "", "decrease"), ("在2020年基础上增长", "", "increase"), ("按", "比例逐年提高", "increase"),
    ("提高到", "", None), ("新增", "院前急救站点", None), ("开展", "提升健康宣教人员能力培训", None),
    ("平均住院日缩短", "", "decrease"), ("平均住院日缩短至", "", None),
])
def test_change(before, after, want):
    assert change(before, after) == want


@pytest.mark.parametrize("text,end,start", [
    ("到2025年底，", dt.date(2025, 12, 31), None), ("至2025年", dt.date(2025, 12, 31), None),
    ("2020年12月", dt.date(2020, 12, 31), None), ("2021年上半年", dt.date(2021, 6, 30), None),
    ("2020-2022年", dt.date(2022, 12, 31), dt.date(2020, 1, 1)), ("十四五末", dt.date(2025, 12, 31), None),
    ("年内建成", dt.date(2020, 12, 31), None), ("三年内每年推广", dt.date(2022, 12, 31), None),
    ("用3年时间培训", dt.date(2022, 12, 31), None), ("明年年底前接入", dt.date(2021, 12, 31), None),
    # a month or part of the year in force (work points): 6月底前, 第三季度, 下半年
    ("6月底前完成", dt.date(2020, 6, 30), None), ("11月份前开展", dt.date(2020, 11, 30), None),
    ("第三季度完成", dt.date(2020, 9, 30), None), ("下半年启动", dt.date(2020, 12, 31), None),
    # 今后/未来 N年 as N年内; 2024年内 whole
    ("今后三年，培训", dt.date(2022, 12, 31), None), ("未来5年新增", dt.date(2024, 12, 31), None),
    ("2024年内完成", dt.date(2024, 12, 31), None), ("并在年底之前建成", dt.date(2020, 12, 31), None),
    # a part of this year or the next, the year named as such
    ("今年上半年完成", dt.date(2020, 6, 30), None), ("本年度第三季度前建成", dt.date(2020, 9, 30), None),
    ("今年6月底前", dt.date(2020, 6, 30), None), ("明年上半年完成", dt.date(2021, 6, 30), None),
    ("明年6月底前", dt.date(2021, 6, 30), None),
    ("“十四五”中期", dt.date(2023, 12, 31), None), ("2025年年中", dt.date(2025, 6, 30), None),
    # quarters in Arabic digits, with their end
    ("2024年3季度末，完成", dt.date(2024, 9, 30), None), ("2024年第2季度前", dt.date(2024, 6, 30), None),
    ("第1季度完成", dt.date(2020, 3, 31), None),
    # months of one year
    ("2023年1—11月，门急诊总量", dt.date(2023, 11, 30), dt.date(2023, 1, 1)),
    ("2024年3月至6月底前", dt.date(2024, 6, 30), dt.date(2024, 3, 1)),
    ("2024年4月1日—4月30日", dt.date(2024, 4, 30), dt.date(2024, 4, 1)),
])
def test_deadlines(text, end, start):
    found = find_deadlines(fold(text), doc_year=2020)
    assert found and found[0].deadline.end == end and found[0].deadline.start == start


def test_a_deadlines_words_are_whole():
    # the words taken out of an indicator: none may be left behind (村卫生室改造, not 内完成村卫生室改造)
    assert [f.deadline.text for f in find_deadlines(fold("2024年内完成村卫生室改造"), doc_year=2024)] == ["2024年内"]
    assert [f.deadline.text for f in find_deadlines(fold("今后三年，培训全科医生"), doc_year=2024)] == ["今后三年"]
    assert [f.deadline.text for f in find_deadlines(fold("今年上半年完成检查"), doc_year=2024)] == ["今年上半年"]
    assert [f.deadline.text for f in find_deadlines(fold("本年度内新增家庭病床200张"), doc_year=2024)] == ["本年度内"]
    assert [f.deadline.text for f in find_deadlines(fold("今年内完成"), doc_year=2024)] == ["今年内"]
    assert [f.deadline.text for f in find_deadlines(fold("2024年度完成培训300人"), doc_year=2024)] == ["2024年度"]


def test_base_years_and_names_are_no_deadline():
    assert find_deadlines("在2020年基础上增长50%", 2022) == []
    assert find_deadlines("2024年起每年培训不少于600人次", 2023) == []
    assert find_deadlines("比2015年降低10%", 2022) == []
    assert find_deadlines("以2023年为基数，门诊次均费用增幅控制在3%以内", 2024) == []
    assert find_deadlines("落实《行动方案（2023-2025年）》", 2022) == []


def test_year_in_force_for_this_year_words():
    assert find_deadlines("全年开展不少于600次", 2023, year_in_force=2024)[0].deadline.end == dt.date(2024, 12, 31)


def test_column_deadline():
    assert column_deadline("2024年任务分解").end == dt.date(2024, 12, 31)
    assert column_deadline("责任单位") is None


def test_owner_cells_and_notes():
    assert split_owners("社会事业局\n财政局、医保分局") == ["社会事业局", "财政局", "医保分局"]
    assert split_owners("卫健局          教育局") == ["卫健局", "教育局"]
    assert split_owners("/") == [] and split_owners("—") == []
    assert split_owners("市卫健委（牵头）\n市财政局（配合）") == ["市卫健委", "市财政局"]
    assert split_owners("市卫健委牵头，市发改委、市财政局配合") == ["市卫健委", "市发改委", "市财政局"]
    # names a narrow PDF cell ran together, cut where one ends like an organ and 各 or another begins
    assert split_owners("卫健局疾控中心医疗机构") == ["卫健局", "疾控中心", "医疗机构"]
    assert split_owners("红十字会各镇、街道") == ["红十字会", "各镇", "街道"]
    # and names that only look so: one committee, one hospital, one list of kinds
    assert split_owners("市卫生健康委员会") == ["市卫生健康委员会"]
    assert split_owners("市中心医院") == ["市中心医院"]
    assert split_owners("各级各类医疗机构") == ["各级各类医疗机构"]
    assert split_owners("市卫生健康委疾控处、区卫健局医政科") == ["市卫生健康委疾控处", "区卫健局医政科"]  # divisions
    assert split_owners("规划发展处财务处") == ["规划发展处", "财务处"]  # two divisions run together
    assert inline_owners("推进工作。(责任科室(单位):社区卫生服务管理中心、基层卫生与信息科,各医疗集团)")[0] == [
        "社区卫生服务管理中心", "基层卫生与信息科", "各医疗集团"]
    assert inline_owners("推进工作。（农业农村部、工业和信息化部负责）")[0] == ["农业农村部", "工业和信息化部"]
    assert inline_owners("推进工作。（A局牵头，B局、C局参与）")[0] == ["A局", "B局", "C局"]
    assert inline_owners("推进工作（列第一位者为牵头单位）") is None
    assert inline_owners("推进。（牵头单位：区卫健局；配合单位：区财政局、区医保局）")[0] == [
        "区卫健局", "区财政局", "区医保局"]
    assert inline_owners("推进。（国家卫生健康委牵头，国家发展改革委、财政部按职责分工负责）")[0] == [
        "国家卫生健康委", "国家发展改革委", "财政部"]
    # a time closing the note is no owner
    assert inline_owners("推进。（责任单位：市卫生健康委、市教育局，9月底前完成）")[0] == ["市卫生健康委", "市教育局"]
    assert inline_owners("推进。（牵头单位：市卫生健康委；完成时限：2025年6月）")[0] == ["市卫生健康委"]
    assert inline_owners("推进。（责任单位：市卫生健康委，长期坚持）")[0] == ["市卫生健康委"]
    # a name holding brackets of its own is one name, in a cell and in either kind of note
    assert split_owners("市卫生健康委、各县〔市、区〕人民政府") == ["市卫生健康委", "各县〔市、区〕人民政府"]
    assert inline_owners("推进。（责任单位：市卫生健康委，各县（市、区）人民政府）")[0] == [
        "市卫生健康委", "各县（市、区）人民政府"]
    assert inline_owners("推进。（各县（市、区）人民政府负责）")[0] == ["各县（市、区）人民政府"]
    assert inline_owners("推进。（市卫生健康委负责，第三季度完成）")[0] == ["市卫生健康委"]
    # where what follows the role is another owner, it stays one
    assert inline_owners("推进。（市卫生健康委负责，各区配合）")[0] == ["市卫生健康委", "各区"]
    # an unbracketed note of labels closing the item may mark a role in brackets
    # 【】 and [] close an item as （） do
    assert inline_owners("建成智慧医院3家。【责任单位：市卫生健康委】")[0] == ["市卫生健康委"]
    assert inline_owners("培训乡村医生500人次。[市卫生健康委、市人社局负责]")[0] == ["市卫生健康委", "市人社局"]
    from planparse.targets.owners import owner_line

    assert owner_line("责任主体：市卫生健康委、各区县政府。") == ["市卫生健康委", "各区县政府"]
    assert owner_line("建成胸痛中心3家。") is None and owner_line("联系人：张三") is None
    note = "新建社区卫生服务中心5个。责任单位：市卫生健康委（牵头）、市发展改革委、市财政局。"
    assert inline_owners(note) == (["市卫生健康委", "市发展改革委", "市财政局"], note.index("责任"))


@pytest.mark.parametrize("before,after,unit,want", [
    ("医疗技术服务性收入占比达", "", "%", "医疗技术服务性收入占比"),
    ("新增", "院前医疗急救站点", "个", "院前医疗急救站点"),
    ("", "的村卫生室达到省定基本标准", "%", "村卫生室达到省定基本标准比例"),
    ("争创省级特色科室", "", "个", "省级特色科室"),
    ("组织急性传染病、水污染事件等应急技术培训不少于", "", "次", "应急技术培训"),
    ("省级特色科室建设单位、", "市级基层特色科室", "个", "市级基层特色科室"),
    ("医疗机构老年康复、护理、安宁疗护等床位占比", "以上", "%", "医疗机构老年康复、护理、安宁疗护等床位占比"),
    ("争创省级特色科室", "、市级特色科室3个", "个", "省级特色科室"),
    ("培训", "基层糖尿病和高血压首席医生", "名", "基层糖尿病和高血压首席医生"),
    ("配置率达", "", "1/10万", "配置率"),
    ("建成石港、平潮", "省级农村区域性医疗卫生中心", "家", "石港、平潮省级农村区域性医疗卫生中心"),
    ("全市", "以上的社区卫生服务中心达到国家推荐标准", "%", "全市社区卫生服务中心达到国家推荐标准比例"),
    # a verb listed with another (新建、改扩建) is part of the name, not a verb to take off
    ("新建、改扩建中小学校不少于", "", "所", "新建、改扩建中小学校"),
    # the base year a change is measured from is not part of what is measured
    ("全省PM2.5平均浓度比2020年下降", "", "%", "全省PM2.5平均浓度"),
    ("排放总量在2020年基础上分别下降", "", "%", "排放总量"),
    ("建成胸痛、卒中、创伤中心各", "", "个", "胸痛、卒中、创伤中心"),
    ("建立疫情防控督查队伍各", "", "支", "疫情防控督查队伍"),
    ("将筛查病种扩大为", "", "种", "筛查病种"), ("门诊慢特病病种扩大至", "", "种", "门诊慢特病病种"),
    ("门诊患者满意度较上年提高", "以上", "百分点", "门诊患者满意度"),
    ("较去年同期下降", "", "%", None), ("报告法定传染病较上年同期下降", "", "%", "报告法定传染病"),
    ("平均预约等待时间缩短至", "以内", "分钟", "平均预约等待时间"),
    ("用于建设", "区域医疗中心", "个", "区域医疗中心"),
    ("全市建成5G智慧医院示范点", "", "个", "5G智慧医院示范点"),
    # an adverb between the scope word and the verb goes with them
    ("全市已建成紧密型医联体", "", "个", "紧密型医联体"), ("全区力争建成示范性村卫生室", "", "家", "示范性村卫生室"),
    # a count verb before a bound: the thing counted follows the unit
    ("每个村卫生室配备不少于", "医师", "名", "每个村卫生室医师"),
    ("市财政每年安排不少于", "专项资金", "万元", "市财政专项资金"),
    ("培养", "学科带头人", "名", "学科带头人"),
    ("二是每年开展应急演练不少于", "", "次", "每年开展应急演练"),  # 一是…二是… count items, name nothing
    ("建立电子健康档案的居民比例达到", "以上", "%", "建立电子健康档案的居民比例"),
    ("补助标准达到每人每年", "", "元", "补助标准"),
    # a base between the bound and the number goes with the number; one a count verb follows
    # is the subject of the count
    ("建成区公共厕所设置密度不低于每平方公里", "", "座", "建成区公共厕所设置密度"),
    ("达到每万名常住人口配备", "卫生健康执法人员", "名", "每万名常住人口卫生健康执法人员"),
    ("全市精神卫生医疗机构床位每10万人口不少于", "", "张", "全市精神卫生医疗机构床位"),
    ("全市每千人口医疗卫生机构床位数达到", "", "张", "全市每千人口医疗卫生机构床位数"),
    # the area a thing is done in frames the clause; a scope inside a name stays
    ("在全市范围内遴选", "医疗机构", "家", "医疗机构"),
    ("职工医保政策范围内住院费用基金支付比例稳定在", "左右", "%", "职工医保政策范围内住院费用基金支付比例"),
    # nouns that start like a verb (在, 建成) and two verbs in a row (新建改建)
    ("在册患者报告患病率不低于", "", "‰", "在册患者报告患病率"),
    # the bound of the number before (80%以上的医院达到3级) names nothing
    ("以上的医院达到", "", "级", "医院"),
    ("按照不低于在编人员总数", "的比例", "%", "在编人员总数"),  # a bound leads no name either
    # what a counted thing is built around describes it
    ("全区组建以全科医生为核心的家庭医生团队", "", "个", "家庭医生团队"),
    ("建成以县医院为龙头的紧密型县域医共体", "", "个", "紧密型县域医共体"),
    # a list that leads to a count names it by what it leads to (a rate stays whole: above)
    ("病媒生物监测、食物中毒事件等应急技术培训不少于", "", "次", "应急技术培训"),
    ("开展高血压、糖尿病等慢性病患者健康管理", "", "万人", "慢性病患者健康管理"),
    # a list of examples before the number: what is counted follows the unit
    ("重点管理高血压、糖尿病等", "慢性病", "类", "慢性病"),
    ("免费开展唐氏综合征、地中海贫血等", "出生缺陷疾病筛查", "种", "出生缺陷疾病筛查"),
    # the level a rate is counted at is no part of its name
    ("适龄儿童免疫规划疫苗接种率以乡镇为单位保持在", "以上", "%", "适龄儿童免疫规划疫苗接种率"),
    ("以县为单位适龄儿童麻疹疫苗接种率达到", "以上", "%", "适龄儿童麻疹疫苗接种率"),
    ("新建改建城市社区嵌入式养老服务设施", "", "处", "城市社区嵌入式养老服务设施"),
    # a word that starts like a one-character verb (有, 建, 创) keeps its first character
    ("有效治理率达到", "", "%", "有效治理率"), ("建成创新平台", "", "个", "创新平台"),
    ("建档立卡贫困人口签约率达到", "", "%", "建档立卡贫困人口签约率"),
    # a share names the things it counts and what they do, as the 比例 of those
    ("县级医院", "达到服务能力基本标准", "%", "县级医院达到服务能力基本标准比例"),
    ("力争", "的村卫生室达到省定基本标准、20%的村卫生室达到省定推荐标准", "%", "村卫生室达到省定基本标准比例"),
    # …and so without 的, where the words before name no measure
    ("全市", "以上乡镇卫生院达到服务能力基本标准", "%", "全市乡镇卫生院达到服务能力基本标准比例"),
    ("完成全市", "以上二级以上公立医院电子病历系统应用水平分级评价", "%",
     "全市二级以上公立医院电子病历系统应用水平分级评价比例"),
    ("住院率保持在", "以上水平", "%", "住院率"),  # 水平: the level the rate is kept at
    ("每个县区建设不少于", "（含）县级综合医院", "个", "每个县区县级综合医院"),  # 含 is the bound's
    ("所有乡镇卫生院均能开展至少", "中医适宜技术", "项", "乡镇卫生院中医适宜技术"),  # 均能: can; 所有: all of them
    ("设备功能完好率达到", "", "%", "设备功能完好率"), ("智能设备覆盖率达到", "", "%", "智能设备覆盖率"),
    # the year a reported value is of is no part of its name
    ("上年度全市婴儿死亡率为", "", "‰", "全市婴儿死亡率"),
])
def test_indicator(before, after, unit, want):
    assert indicator(before, after, None, unit) == want


def test_a_short_name_borrows_from_the_clause_before_only_where_that_one_counts_nothing():
    assert indicator("辐射人群达到", "", "加强公众急救科普知识培训", "人次") == "公众急救科普知识培训辐射人群"
    assert indicator("培训骨干人员", "", "建设三个省级培训基地", "名") == "骨干人员"
    # the words a short name repeats of the clause before's end are said once
    assert indicator("互认项目不少于", "", "全面实施检查检验结果互认", "项") == "检查检验结果互认项目"


def test_respectively_maps_items_to_numbers():
    from planparse.targets.indicator import respectively

    assert respectively("孕产妇死亡率、婴儿死亡率分别控制在", 2) == ["孕产妇死亡率", "婴儿死亡率"]
    assert respectively("孕产妇死亡率、婴儿死亡率分别控制在", 3) is None
    assert respectively("签约率达到", 2) is None
    # the measure written once, after the last item, is each item's
    assert respectively("孕产妇和婴儿死亡率分别控制在", 2) == ["孕产妇死亡率", "婴儿死亡率"]
    assert respectively("二级和三级公立医院平均住院日分别不超过", 2) == ["二级公立医院平均住院日", "三级公立医院平均住院日"]
    # and the people the first item starts with are every item's
    assert respectively("适龄妇女宫颈癌和乳腺癌筛查覆盖率分别达到", 2) == ["适龄妇女宫颈癌筛查覆盖率", "适龄妇女乳腺癌筛查覆盖率"]
    assert respectively("门诊和住院患者满意度分别达到", 2) == ["门诊患者满意度", "住院患者满意度"]
    # items that are counts of things take nothing from each other
    assert respectively("新建和改扩建乡镇卫生院分别为", 2) == ["新建", "改扩建乡镇卫生院"]
    # what stands before the first item's 的 is every item's; its own word is what the last repeats
    assert respectively("将基层单位的中、高级专业技术岗位比例提高到", 2, said=False) == [
        "基层单位的中级专业技术岗位比例", "基层单位的高级专业技术岗位比例"]
    assert respectively("一、二、三类疫苗接种率分别达到", 3) == ["一类疫苗接种率", "二类疫苗接种率", "三类疫苗接种率"]
    # a count of levels or kinds after the items, as many as they: each item is one
    assert respectively("市、县两级疾控中心实验室检测能力达标率分别达到", 2) == [
        "市级疾控中心实验室检测能力达标率", "县级疾控中心实验室检测能力达标率"]
    assert respectively("省、市、县三级疾控机构标准化建设达标率分别达到", 3) == [
        "省级疾控机构标准化建设达标率", "市级疾控机构标准化建设达标率", "县级疾控机构标准化建设达标率"]
    assert respectively("城市、农村两类地区急救反应时间分别不超过", 2) == ["城市地区急救反应时间", "农村地区急救反应时间"]
    # 和/及/与 inside a word (及时) part no items where 、 lists them
    assert respectively("突发公共卫生事件报告及时率、处置率分别达到", 2) == ["突发公共卫生事件报告及时率", "处置率"]
    # without 分别, a list of names is taken only where the numbers make a list too (said=False)
    assert respectively("孕产妇、婴儿死亡率控制在", 2) is None
    assert respectively("孕产妇、婴儿死亡率控制在", 2, said=False) == ["孕产妇死亡率", "婴儿死亡率"]
    # a list inside one phrase: the things after the last item's 的, and the verbs the first
    # starts with, are every item's
    assert respectively("新增设置儿科、精神科的医院分别为", 2) == ["新增设置儿科的医院", "新增设置精神科的医院"]
    assert respectively("儿童、老年人的健康体检人数分别达到", 2) == ["儿童的健康体检人数", "老年人的健康体检人数"]


def test_chinese_numerals():
    assert [chinese_to_int(s) for s in ("二", "两", "十五", "一百二十", "二〇二二", "三十")] == [2, 2, 15, 120, 2022, 30]


def test_before_after_a_date_is_part_of_its_words():
    from planparse.targets.deadline import find_deadlines

    for text, words in [("2025年第一季度前完成改造", "2025年第一季度前"), ("2024年6月底前完成评审", "2024年6月底前")]:
        (found,) = find_deadlines(text, 2024)
        assert found.deadline.text == words


@pytest.mark.parametrize("pattern,want", [
    (r"第\s*\d+", {"第"}),
    (r"(?:19|20)\d{2}年", {"1", "2"}),
    (r"\d+岁|[一二]\s*级", {grammar.DIGIT, "一", "二"}),
    (r"“?十[一二]五”?", {"“", "十"}),
    (r"(?<![A-Za-z])[ab]++\d+", {"a", "b"}),  # a lookbehind is passed over
    (r"(?=\p{Han})一|二", {"一", "二"}),
    (r"a?b*c", {"a", "b", "c"}),
])
def test_first_chars(pattern, want):
    assert grammar.first_chars(pattern) == want


@pytest.mark.parametrize("pattern", [
    r"a?", r"(?:x|)y?",  # can match the empty string
    r"[^a]b", r"\w+", r"\s*x", r"\p{Han}x",  # start with what is not a list of characters
    r"[[a-z]--[aeiou]]x", r"[\d&&[0-5]]",  # regex's set operations, which re would misread
    r"(?P<a>x)(?P=a",  # not a pattern
])
def test_first_chars_unknown(pattern):
    assert grammar.first_chars(pattern) is None


def test_by_char_looks_words_up_longest_first():
    ends = grammar.by_char(["达到", "到", "达", "为", "争创建", "创建"], last=True)
    assert ends["到"] == ("达到", "到") and ends["建"] == ("争创建", "创建") and ends["为"] == ("为",)
    starts = grammar.by_char(["达到", "达", "争创建"], last=False)
    assert starts == {"达": ("达到", "达"), "争": ("争创建",)}


@pytest.mark.parametrize("before,want", [("不低于达到", ">="), ("至少配备", ">="), ("不超过达到", "<="), ("控制在", "="), ("达到", "=")])
def test_comparator_looks_past_the_longest_verb(before, want):
    assert comparator(before, "", False) == want


def test_clause_words_keep_the_verbs_and_drop_bound_adverbs_and_baseline():
    from planparse.targets.indicator import clause_words

    assert clause_words("开展培训") == "开展培训"
    assert clause_words("每年开展培训不少于") == "每年开展培训"  # a leading period word stays: nothing else names it
    assert clause_words("较上年下降") is None and clause_words("达到") is None


@pytest.mark.parametrize("column,want", [
    ("年均增长", "increase"), ("2025年比2020年降低", "decrease"), ("增长率（%）", "increase"),
    ("卫生健康产业增加值（亿元）", None), ("提高到", None), ("2025年目标", None), ("新增床位数", None),
])
def test_a_column_of_changes(column, want):
    from planparse.targets.qualifiers import column_change

    assert column_change(column) == want


def test_count_subject_is_what_stands_before_the_count_verb():
    from planparse.targets.indicator import count_subject

    assert count_subject("社区卫生服务站至少配备") == "社区卫生服务站"
    assert count_subject("每个村卫生室配备不少于") == "每个村卫生室"
    assert count_subject("配备") is None and count_subject("并在建成") is None
    assert count_subject("门诊量达到") is None  # no count verb: no subject


def test_recount_names_what_a_count_verb_of_its_own_counts():
    from planparse.targets.indicator import recount

    assert recount("累计建成省示范村卫生室", "其中，新增") == "新增省示范村卫生室"
    assert recount("三级医院", "到2025年达到") == "三级医院"  # a level, not a count of its own
    assert recount("新增床位", "其中新增") == "新增床位"


def test_ending_finds_the_longest_word_a_text_ends_with():
    ends = grammar.by_char(["达到", "到", "建成"], last=True)
    assert grammar.ending("力争达到", ends) == "达到" and grammar.ending("建成", ends) == "建成"
    assert grammar.ending("标准", ends) is None and grammar.ending("", ends) is None


def test_a_year_in_chinese_digits_is_a_deadline_like_any_other():
    # 二〇二五年 (also with ○ or 零 for the zero) folds to 2025年, character for character
    assert fold("到二〇二五年，二○三五年，二零二四年三月") == "到2025年，2035年，2024年三月"
    assert [f.deadline.end.isoformat() for f in find_deadlines(fold("到二〇二五年底，婴儿死亡率降至4‰"))] == \
        ["2025-12-31"]


def test_a_month_led_by_to_is_a_deadline_of_the_year_in_force():
    # 到6月底, 截至10月底 as 6月底前 (their lead is part of the deadline's words)
    got = [(f.deadline.end.isoformat(), f.deadline.text) for f in find_deadlines(fold("到6月底，签约率达到40%；截至10月底，完成培训800人次"), 2024)]
    assert got == [("2024-06-30", "到6月底"), ("2024-10-31", "截至10月底")]
    assert find_deadlines(fold("每年10月底召开总结会"), None) == []  # no year in force: none
