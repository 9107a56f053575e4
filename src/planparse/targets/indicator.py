"""The indicator grammar: what a number measures, in the document's own words."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import regex

from .. import grammar
from ..numerals import chinese_to_int, despace
from .numbers import find_mentions, is_unit

_OPEN, _CLOSE = "（(“《", "）)”》"
_BRACKET = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")
_SEPARATORS = ("、", "和", "及", "以及", "与")
# units of a level or rate: the words after them are no thing counted
LEVEL_UNITS = {"%", "‰", "‱", "1/10万", "1/万", "百分点", "千分点", "十万分点", "岁", "元", "万元", "亿元"}
_DIGIT = re.compile(r"\d")
_LIST_SPLIT = regex.compile(r"[、和与]|及(?!以[上下]|时)")  # (65岁及以上老年人, 报告及时率: no join)
# the bound's words after a number (（含）: the bound holds the number itself)
_POST_WORDS = ("及以上", "以上", "以下", "左右", "以内", "（含）", "(含)")
_POST_LEAD = regex.compile(f"^(?:{'|'.join(map(regex.escape, _POST_WORDS))})+")
# a condition that says which things a count is for (床位数300张以上的配备不少于4名): no part of
# what is counted, where only the count verb follows it
_CONDITION_LEAD = regex.compile(r"^\p{Han}{0,12}?[0-9][0-9.]*\p{Han}{0,3}?(?:及以上|及以下|以上|以下|以内)的")


_YEAR = regex.compile(r"(?:19|20)\d{2}\s*年")


def _states_a_number(clause: str) -> bool:
    """A clause with a number (also a count in Chinese numerals: 建设三个省级培训基地) or a year is
    about its own number or time: the clause after it borrows nothing from it."""
    # (a year frames it too: 根据2023年统计，覆盖率为80%; an age only says who, spec §1:
    # 对35岁及以上人群首诊测血压，覆盖率达100%)
    return bool(_YEAR.search(clause)) or bool(find_mentions(clause))


class _Words:
    """A word list as `_strip` uses it: all at once for str.endswith, and by the character
    a word ends or starts with, longest first (the lists run to dozens of words); `keep`,
    words that start like one of them but are none (有效 for 有); `keep_end`, words that
    end like one (签约 for 约)."""

    def __init__(self, words: list[str], keep: list[str] = (), keep_end: list[str] = (),
                 unkept: list[str] = ()):
        self.keep = grammar.by_char(keep, last=False)
        self.unkept = tuple(unkept)  # a verb and its object that start like a kept word (建成区域)
        self.keep_end = grammar.by_char(keep_end, last=True)
        self.all = tuple(sorted(set(words), key=len, reverse=True))
        self.by_last = grammar.by_char(words, last=True)
        self.by_first = grammar.by_char(words, last=False)


@lru_cache(maxsize=None)
def _g():
    g = grammar.load("indicator")
    return {
        "trailing": _Words(g["trailing"], keep_end=g["not_approx"] + g["per_head"]),
        "leading": _Words(g["leading"], keep=g["not_verbs"], unkept=g["verb_objects"]),
        "count_verbs": _Words(g["count_verbs"], keep=g["not_verbs"], unkept=g["verb_objects"]),
        # a count verb of two characters or more inside a name (…中心配备全科医生)
        "verb_inside": regex.compile(grammar.alternation(w for w in g["count_verbs"] if len(w) >= 2)),
        "stop_after": regex.compile(g["stop_after"]),
        "share_stop": regex.compile(g["share_stop"]),
        "described": regex.compile(g["described"]),
        "bound_verb": regex.compile(g["bound_verb"]),
        "share_verbs": tuple(g["share_verbs"]),
        "purpose": tuple(g["purpose"]),
        "modal": _Words(g["modal"]),
        "bound": regex.compile(grammar.alternation(g["bounds"])),
        "shared_heads": regex.compile("|".join(sorted(g["shared_heads"], key=len, reverse=True))),
        "people": tuple(g["people"]),
        "scope": tuple(sorted(g["scope"], key=len, reverse=True)),
        "scope_words": frozenset(g["scope"]),
        "places": tuple(g["place_ends"]),
        "institutions": tuple(g["institution_ends"]),
        "institution": regex.compile(grammar.alternation(g["institution_ends"])),
        "areas": frozenset(g["areas"]),
        "new_words": tuple(g["new_words"]),
        "period": regex.compile(g["period"]),
        "predicate": regex.compile(g["predicate"]),
        "things_end": regex.compile("(?:全部|均|都|基本)?" + grammar.alternation(g["share_verbs"])),
        "things_do": regex.compile("(?:能够|能|可以|可|全部|均|都|基本)?" + grammar.alternation(g["share_verbs"])),
        "frame_end": grammar.compile_pattern(g["frame_end"]),
        "baseline": grammar.compile_pattern(g["baseline"]),
        "max": g["max_chars"],
        "measure_ends": tuple(g["measure_ends"]),
        "total": _Words(g["total_words"]),
        "per_base": regex.compile(g["per_base"]),
        "per_base_lead": regex.compile(g["per_base_lead"]),
        "frame_phrase": regex.compile(g["frame_phrase"]),
        "share_of_whole": regex.compile(g["share_of_whole"]["pattern"]),
        "whole_ends": tuple(g["share_of_whole"]["whole_ends"]),
        "part_ends": tuple(g["share_of_whole"]["part_ends"]),
    }


def _strip(s: str, words: _Words, end: bool) -> str:
    """Take the words off one end of s, longest first, as long as one matches.

    A word joined to the next by 、 stays: it is one of a list (新建、改扩建中小学校),
    not a verb or particle around the name."""
    while s:
        if end:
            kept = words.keep_end.get(s[-1])
            if kept and s.endswith(kept):
                return s  # 签约: a word that ends like one of them
            for w in words.by_last.get(s[-1], ()):
                if s.endswith(w):
                    rest = s[: -len(w)].rstrip()
                    if rest.endswith("、") and w != "、":
                        return s
                    s = rest
                    break
            else:
                return s
        else:
            kept = words.keep.get(s[0])
            if kept and s.startswith(kept) and not (words.unkept and s.startswith(words.unkept)):
                return s  # 有效治理率, 创新平台, 创伤中心: a word that starts like a verb
            for w in words.by_first.get(s[0], ()):
                if s.startswith(w):
                    rest = s[len(w):].lstrip()
                    if rest.startswith("、") and w != "、":
                        return s
                    s = rest
                    break
            else:
                return s
    return s


def _balanced(s: str) -> str:
    """Drop a dangling bracket left by cutting a clause."""
    if not _BRACKET.search(s):
        return s.strip()
    for o, c in zip(_OPEN, _CLOSE):
        if s.count(o) < s.count(c) and s.startswith(c):
            s = s[1:]
        if s.count(o) > s.count(c) and s.endswith(o):
            s = s[:-1]
    return s.strip()


def indicator(before: str, after: str, previous: str | Callable[[], str | None] | None = None,
              unit: str | None = None) -> str | None:
    """What is measured: the words before the number, the noun after its unit, or both.

    `before` is the clause up to the number (deadline words already taken out),
    `after` the clause after the unit, `previous` the clause before this one, or a function
    that finds it (called only where this clause names too little).
    """
    g = _g()
    squashed = despace(before)
    if squashed.startswith(_POST_WORDS):
        # 80%以上的医院达到3级: the bound of the number before, and its 的, are none of this one's
        squashed = _POST_LEAD.sub("", squashed).removeprefix("的")
    if "以" in squashed or "在" in squashed:
        if (lead := _CONDITION_LEAD.match(squashed)) and squashed.startswith(g["count_verbs"].all, lead.end()):
            squashed = squashed[lead.end():]
        squashed = g["frame_phrase"].sub("", squashed)  # 以乡镇为单位, 以全科医生为核心的, 在全市范围内
    counted = unit is not None and unit not in LEVEL_UNITS
    if squashed.endswith(_SEPARATORS) or counted and squashed.endswith("等"):
        # 新增1个A、2个B: what stands before the separator named the number before;
        # A、B等29种遗传代谢性疾病: a list of examples, what is counted follows the unit
        squashed = ""
    # (the end is stripped again only where a base or a baseline was taken off it)
    pre = _strip(_enumeration_tail(squashed, counted), g["trailing"], end=True)
    if pre.endswith("占") and unit in ("%", "‰") and len(pre) >= 3:
        # 护理型床位占60%以上, 具有本科学历的占50%: what takes the share, named as one
        pre = pre[:-1].removesuffix("的") + "占比"
    if unit == "%" and pre.endswith(g["whole_ends"]) and (share := g["share_of_whole"].search(pre)) \
            and len(part := pre[: share.start()]) >= 2 and part.endswith(g["part_ends"]):
        # 儿科床位数不少于床位总数的5%: the share one measure is of a whole, bounded
        return f"{part}占{share['whole']}比例"[: g["max"]]
    if pre.endswith(("）", ")")):
        pre = _without_unit_bracket(pre)  # 每千人口床位数（张）达到6.5: the unit is the number's
    based = _without_per_base(pre, g)
    if based != pre:
        pre = _strip(based, g["trailing"], end=True)
    short = len(pre) <= 4  # the clause itself is short, not made short by taking verbs off
    pre = _strip(pre, g["leading"], end=False)
    if "年" in pre:
        based = g["baseline"].sub("", pre)
        if based != pre:
            pre = _strip(based, g["trailing"], end=True)
    bare = _strip(pre, g["count_verbs"], end=False).removeprefix("的")  # 新建的社区医院…
    scope = _scope(pre, g) if bare == pre and pre.startswith(g["scope"]) else None
    if scope:
        # 全市建成5G智慧医院示范点3个: a scope word before the verb goes with it, and so do
        # the adverbs between them (全市已建成…, 全区力争建成…)
        said = pre[len(scope):]
        rest = _strip(_strip(said, g["leading"], end=False), g["total"], end=False)  # 全市累计建成…
        without_verb = _strip(rest, g["count_verbs"], end=False)
        # (a verb the adverbs' list holds too goes with them: 全市现有执业医师)
        verb_gone = without_verb != rest or said[: len(said) - len(rest)].endswith(g["count_verbs"].all)
        bare = without_verb if verb_gone else pre
    if len(bare) < 2 <= len(pre) and not pre.endswith(g["count_verbs"].all):
        bare = pre  # 配置率: the verb is part of the name
    elif (pre.endswith(_RATIO_ENDS) and ("的" in pre or pre.startswith(g["new_words"]))) \
            or (len(bare) <= 3 and bare.endswith(g["measure_ends"])):
        # 建立电子健康档案的居民比例, 培训合格率, 培训人数: the verb is in the name of the measure;
        # 新建养老机构护理型床位占比: 新建 says which things a share is of, it counts nothing
        bare = pre
    post = despace(after)
    if post.startswith(_POST_WORDS):
        post = _POST_LEAD.sub("", post)
    # 设置床位800张的新院区: after 的, what a named count describes, not what it counts
    describes = post.startswith("的") and len(bare) >= 2
    if unit in ("%", "‰") and post.startswith(g["purpose"]) and len(pre) >= 2:
        # 收支结余可提取60%用于人员奖励: the share of the things before put to what follows
        stop = g["share_stop"].search(post)
        return _share(_with_verb(squashed, pre, g) + (post[: stop.start()] if stop else post), g["max"])
    # 100%的村卫生室达到省定基本标准: the share of what the rest of the clause says; so too
    # without 的 (全市90%以上乡镇卫生院达到…) where the words before name no measure and what
    # follows is no verb the things do (100%达到…) nor the level's own word (60%左右水平)
    of_things = unit in ("%", "‰") and (post.startswith("的") or (
        len(bare) <= 4 and not bare.endswith(g["measure_ends"]) and _names_things(post, g)))
    if of_things:
        noun = post.removeprefix("的")
        stop = g["share_stop"].search(noun)
        noun = noun[: stop.start()] if stop else noun
    elif post.startswith(_SEPARATORS):
        noun = ""  # 2个、市级特色科室3个: what follows the separator is the next item's
        nxt = _NEXT_COUNT.match(post) if counted else None
        if nxt and post.startswith(unit, nxt.end()):
            # 分别完成30家、50家医疗机构改造: a list of counts, the last naming what all count
            rest = post[nxt.end() + len(unit):]
            stop = g["stop_after"].search(rest)
            noun = rest[: stop.start()] if stop else rest
    else:
        post = post.lstrip("的")
        stop = g["stop_after"].search(post)
        noun = post[: stop.start()] if stop else post
        if not noun and counted and stop and stop.group()[0] not in _CLAUSE_ENDS:
            # 建成1家达到推荐标准的社区医院: what is counted is described by a verb first
            described = g["described"].match(post)
            noun = described.group() if described else ""
    noun = _balanced(noun)
    if of_things and len(noun) >= 2 and len(bare) <= 4:
        # 全市80%以上的社区卫生服务中心…: the share of what follows; the scope word may lead it
        return _share(bare + noun, g["max"])
    if of_things and len(noun) >= 2 and not bare.endswith(g["measure_ends"]):
        # 签约服务覆盖全区90%以上的失能老年人: the share of the things after that the words before
        # do to (less the scope they are in); 天府新区、高新区、锦江区50%的城市社区…: a list of
        # places says where, not what
        if "、" in bare and bare.endswith(g["places"]):
            return _share(noun, g["max"])
        scope = next((w for w in g["scope"] if bare.endswith(w)), "")
        return _share(bare[: len(bare) - len(scope)] + noun, g["max"])
    if unit in ("%", "‰") and post.startswith(g["share_verbs"]):
        # 社区卫生服务机构100%达到规范化建设标准: the share of the things before that do what
        # follows; …全部达到基本标准，30%以上达到推荐标准: of the things the clause before was about
        stop = g["share_stop"].search(post)
        things = bare
        if len(bare) < 2 and short:
            previous = previous() if callable(previous) else previous
            said = g["things_end"].search(despace(previous)) if previous else None
            things = _strip(despace(previous)[: said.start()], g["leading"], end=False) if said else ""
            # (…医院100%达到二级甲等水平，50%达到…: the share the clause before set is none of the things)
            things = _SHARE_AT_END.sub("", things)
        if len(things) >= 2:
            return _share(things + (post[: stop.start()] if stop else post), g["max"])
    if len(noun) >= 2:
        # 新增1个院前医疗急救站点 / 村卫生室至少配备1名执业医师: the thing counted follows the unit,
        # where a count verb stands right before the number or its bound (配备2名, 配备不少于2名),
        # or the clause names nothing else; not after a rate (比重达到20%左右的要求: 比重's level)
        subject = _count_subject_of(pre, g)
        ends_in_verb = squashed.endswith(g["count_verbs"].all) or pre.endswith(g["count_verbs"].all)
        rate_named = unit in ("%", "‰") and subject.endswith(_RATIO_ENDS)
        # (每个乡镇1个卫生院: a subject per which things are counted names no thing itself)
        per_subject = counted and bare.startswith("每") and not describes
        if not rate_named and (len(bare) < 2 or ends_in_verb or per_subject
                               or (counted and len(noun) >= 4 and not describes)):
            return _balanced((subject if len(subject) >= 2 else "") + noun)[: g["max"]] or None
    if bare in g["scope_words"] or bare.endswith(("年", "年度")) and g["period"].fullmatch(bare):
        # 全市累计达到30家, 三年累计3000人次: a scope word or a period alone names nothing; the
        # caller names it
        bare = ""
    if len(bare) >= 2:
        # keep the end of a long clause: the measured thing stands right before the number;
        # a short name (辐射人群) takes what the clause before it was about, unless words of
        # its own led it (招聘医务人员30人, 二是开展应急演练2次 name what they count)
        if len(bare) <= 4 and short and callable(previous):
            previous = previous()
        if len(bare) <= 4 and short and previous and not _states_a_number(previous) \
                and not g["frame_end"].search(despace(previous)):
            prev = _strip(_enumeration_tail(despace(previous)), g["leading"], end=False)
            prev = _strip(prev, g["count_verbs"], end=False) or prev
            if 2 <= len(prev) <= 16:
                # 实施…适老化改造，完成改造5000户: the clause before said it whole already
                return _balanced(_joined(prev, bare))[-g["max"]:] or None
        return _balanced(bare[-g["max"]:]) or None
    if callable(previous):
        previous = previous()
    if previous and not _states_a_number(previous):
        prev = _enumeration_tail(despace(previous))
        said = g["predicate"].search(prev)  # 全科医生数保持在全市领先，达到4.2人: the measure, not what it does
        prev = prev[: said.start()] if said else prev
        prev = _strip(_strip(prev, g["trailing"], end=True), g["leading"], end=False)
        if prev.endswith(("）", ")")):
            prev = _without_unit_bracket(prev)  # 签约率（%）：45
        return _balanced(prev[-g["max"]:]) or None
    if counted and len(noun) == 1 and not bare:
        # 在50个村开展健康村试点: one character counted, and what is done there, name the count
        stop = _CLAUSE_END.search(post)
        done = post[: stop.start()] if stop else post
        if len(done) >= 3 and not _DIGIT.search(done):
            return done[: g["max"]]
    return None  # where the clause before counted something, the caller names it after that


_RATIO_ENDS = ("率", "比例", "比重", "占比")
_SHARE_AT_END = re.compile(r"[0-9.]+[%‰](?:及以上|以上|以下|左右)?的?$")
_YEAR_ITEM = regex.compile(r"(?:到|至|于)?(?:19|20)\d{2}年(?:底|末|度)?")
_CLAUSE_ENDS = "，,。；;：:"
_CLAUSE_END = re.compile(f"[{_CLAUSE_ENDS}]")
_NEXT_COUNT = regex.compile(r"(?:、|和|及|与)\s*[0-9][0-9.]*\s*")  # the next number of a list
_ADMIN_LEVEL = regex.compile(r"(?:国家|省|市|县|区|乡|镇|村)级")
_HAN = regex.compile(r"\p{Han}")


def _joined(first: str, then: str) -> str:
    """Two parts of a name one after the other, the words the second repeats of the first's
    end said once (检查检验结果互认 + 互认项目 → 检查检验结果互认项目)."""
    for k in range(min(len(first), len(then)), 1, -1):
        if first.endswith(then[:k]):
            return first + then[k:]
    return first + then


def _names_things(post: str, g: dict) -> bool:
    """Whether the words right after a share name things (乡镇卫生院达到…): a word of three
    characters or more up to the first stop, not a verb (达到, 纳入…) or a measure word (水平)."""
    if not post or not _HAN.match(post) or post.startswith(g["share_verbs"]) \
            or post.startswith(_SEPARATORS):
        return False
    stop = g["stop_after"].search(post)
    head = post[: stop.start()] if stop else post
    return len(head) >= 3 and not head.endswith(g["measure_ends"])


def _count_subject_of(pre: str, g: dict) -> str:
    """What a count is for: the clause without its count verbs and bounds (每个村卫生室配备不少于
    → 每个村卫生室), nor a verb the grammar does not list, told by the bound before it
    (每个县至少办好 → 每个县)."""
    subject = _strip(_strip(pre, g["count_verbs"], end=True), g["trailing"], end=True)
    subject = _strip(subject, g["count_verbs"], end=False) or subject
    # (looked for only where a bound's last character stands: most subjects have none)
    bound_verb = g["bound_verb"].search(subject, max(0, len(subject) - 5)) \
        if "少" in subject or "多" in subject or "超" in subject else None
    if bound_verb:
        subject = _strip(subject[: bound_verb.start()], g["trailing"], end=True)
    return subject


def _with_verb(clause: str, name: str, g: dict) -> str:
    """The name with the verb it lost at the end of the clause put back, less the modal and
    bound words before it (收支结余可提取 → 收支结余提取)."""
    k = clause.rfind(name)
    if k < 0:
        return name
    verb = _strip(clause[k + len(name):], g["modal"], end=False)
    return name + verb if 2 <= len(verb) <= 3 and not g["bound"].search(verb) else name


def _without_per_base(pre: str, g: dict) -> str:
    """`…设置密度不低于每平方公里` → `…设置密度不低于`, `…床位每10万人口` → `…床位`: a base
    right before the number goes with it. One a count verb follows (达到每万名常住人口配备1.5名…)
    is the subject of the count, and one that is all there is names it."""
    if "每" not in pre:
        return pre
    m = g["per_base"].search(pre)
    return pre[: m.start()] if m and m.start() > 0 else pre


def shares_per_base(name: str, before: str, listed: bool = False) -> str | None:
    """`每千常住人口执业（助理）医师数达到3.5人、注册护士数达到4.2人`: a measure per head listed
    after one whose name leads with its base (每千常住人口) is per the same base, where it ends
    as that one does (数), or whatever it ends in where the two are `listed` in one clause
    (每千人口拥有执业医师3.5人、注册护士4.2人); a scope before the base (全市每千人口…) goes with
    it. The name it takes, or None."""
    g = _g()
    m = g["per_base_lead"].match(before, len(_scope(before, g) or ""))
    if not m or name.startswith("每") or not (listed or name.endswith(before[-1])):
        return None
    return (before[: m.end()] + name)[: g["max"]]


def parallel_part(name: str, before: str) -> str | None:
    """`三级医院平均住院日不超过8天，二级医院不超过9天`, `反应时间城市地区不超过12分钟、农村地区不超过
    30分钟`: a short name that names no measure, ending like a part of the name before it
    (医院, 地区: two characters at least), or a kind of institution where the name before starts
    with another (医疗机构…比例, 三级医院), is that part's parallel: the name before with the
    part put in its place; so is an administrative level alone (国家级示范区3个、省级5个), and an
    area alone after a name ending or starting with another (…城市不超过5公里、农村不超过10公里;
    城区急救平均反应时间…，农村地区…).
    None where it is not one."""
    g = _g()
    level = _ADMIN_LEVEL.match(before)
    if level and _ADMIN_LEVEL.fullmatch(name) and name != level.group():
        # 国家级示范区3个、省级5个: a level in place of the level the name before starts with
        return (name + before[level.end():])[: g["max"]]
    if name in g["areas"]:
        # 服务半径城市不超过5公里、农村不超过10公里: an area in place of the one the name before ends in;
        # 城区急救平均反应时间缩短至12分钟以内，农村地区缩短至20分钟以内: or starts with
        area = next((a for a in (before[-4:], before[-2:]) if a in g["areas"] and a != name), None)
        if area and len(before) > len(area):
            return before[: -len(area)] + name
        area = next((a for a in (before[:4], before[:2]) if a in g["areas"] and a != name), None)
        if area and len(before) > len(area) + 1:
            return (name + before[len(area):])[: g["max"]]
    if len(name) < 3 or name.endswith(g["measure_ends"]) or not before.endswith(g["measure_ends"] + g["places"]) \
            or name in before:
        return None
    tail = name[-2:]
    k = before.find(tail)
    if k >= 0:
        end = k + len(tail)
    elif name.endswith(g["institutions"]) and (kind := g["institution"].search(before)):
        end = kind.end()  # 医疗机构日间手术占择期手术比例…，三级医院…: another kind of institution
    else:
        return None
    if end == len(before):  # the part closes the name: a part as long as this one
        return before[: len(before) - len(name)] + name if len(before) > len(name) + 1 else None
    rest = before[end:]
    return (name + rest)[: g["max"]] if rest.endswith(g["measure_ends"]) and len(rest) >= 2 else None


def parallel_share(name: str, before: str) -> str | None:
    """`二级以上中医医院设置康复科的比例达到85%，治未病科的比例达到90%`: a share of things alone,
    after a share of what a verb did to other things, is the share of what it did to these:
    the name before with these things in place of its own. None where it is not one."""
    g = _g()
    if not (name.endswith("的比例") and before.endswith("的比例")) or name in before \
            or g["verb_inside"].search(name):
        return None
    verbs = list(g["verb_inside"].finditer(before))
    if not verbs or len(before) - 3 - verbs[-1].end() < 1:
        return None
    return (before[: verbs[-1].end()] + name)[: g["max"]]


def shared_predicate(name: str, after: str) -> str | None:
    """`100%的社区卫生服务中心和80%以上的村卫生室能够提供中医药服务`: a share of things listed
    before another share whose things are said to do something does it too: the name of the
    share after, with these things in place of its own. None where it is not one."""
    g = _g()
    if not (name.endswith("比例") and after.endswith("比例")) or g["things_end"].search(name):
        return None
    said = g["things_do"].search(after)
    if said is None or said.start() < 2:
        return None
    return (name[:-2] + after[said.start():])[: g["max"]]


def parallel_subject(name: str, before: str, counted: str = "") -> str | None:
    """`每个社区卫生服务中心配备全科医生不少于6名，每个乡镇卫生院不少于4名`: a name with no verb
    of its own, parallel to the subject of the count named before it (the two start or end
    alike: 每个…, …医院), counts what that one's verb does, for itself: the name before with
    this subject in its place. None where it is not one."""
    g = _g()
    if len(name) < 3 or name in before or name.endswith(g["measure_ends"]) or g["verb_inside"].search(name):
        return None
    verb = g["verb_inside"].search(before, 2)
    if verb is not None and len(before) - verb.end() >= 2:
        subject, done = before[: verb.start()], before[verb.start():]
    else:
        # 每个中心至少有1名公共卫生医师，每个卫生院至少有2名: the name before is its subject and
        # the things its number counted, written after that number (`counted`)
        stop = _CLAUSE_END.search(counted)
        done = counted[: stop.start()] if stop else counted
        if len(done) < 2 or not before.endswith(done) or len(before) - len(done) < 2:
            return None
        subject = before[: -len(done)]
    if subject[:2] != name[:2] and subject[-2:] != name[-2:]:
        return None
    return (name + done)[: g["max"]]


def names_a_place(name: str) -> bool:
    """Whether a name ends like a place (重点城市, 农村地区, 各县): a part by where it is."""
    g = _g()
    return name.endswith(g["places"]) or name in g["areas"]


def part_of(name: str, whole: str, unit: str | None) -> str | None:
    """`健康素养水平提高到28%，其中农村居民达到22%`: a part (其中…) of a rate or level, named by
    who or where it is, with no measure of its own, measures what the whole's name does:
    农村居民健康素养水平 (the whole's name is a measure: it names a rate or level, 人均预期寿命…岁).
    None for a count (其中基层医疗卫生机构1400个 names what it counts)."""
    g = _g()
    if unit not in LEVEL_UNITS or len(name) < 2 or name in whole or name.endswith(g["measure_ends"]):
        return None
    # (全市老年人健康体检率…，其中农村地区提高8个百分点: the part's place is in place of the scope)
    whole = whole[len(_scope(whole, g) or ""):]
    return _joined(name, whole)[: g["max"]]  # 中医门诊 + 门诊量: 中医门诊量


def counted_again(name: str, before: str) -> str | None:
    """`培训24名基层首席医生，每年培训不少于8名`: a name that ends in its count verb names nothing
    counted; it counts what the number before it in the sentence (in the same unit) did. None
    where the name is no such name."""
    g = _g()
    verb = grammar.ending(name, g["count_verbs"].by_last)
    if verb is None or before in name or grammar.ending(before, g["count_verbs"].by_last):
        return None
    # (年均培训家庭医生500人次，三年累计培训1500人次: where the name before holds the same verb,
    # what it counts is what follows the verb there)
    k = before.find(verb) if len(verb) >= 2 else -1
    return (name + (before[k + len(verb):] if k >= 0 else before))[: g["max"]]


def count_subject(before: str) -> str | None:
    """What a count clause counts for: the words before its count verb (社区卫生服务站至少配备
    → 社区卫生服务站); None where the clause does not end in a count verb."""
    g = _g()
    pre = _strip(despace(before), g["trailing"], end=True)
    if not pre.endswith(g["count_verbs"].all):
        return None
    subject = _strip(_strip(pre, g["count_verbs"], end=True), g["trailing"], end=True)
    subject = _balanced(_strip(subject, g["leading"], end=False))
    return subject if len(subject) >= 2 else None


def recount(name: str, clause: str, earlier: str = "") -> str:
    """`累计建成省示范村卫生室53家，其中新增42家`: a number named after the count before it, whose
    own clause ends in a count verb, counts what that verb does to the same things
    (新增省示范村卫生室), not the total again; one whose clause starts with another scope word
    (全市 after 各区) counts them over that scope. A verb said `earlier` in the sentence
    counts the same again (2024年建成…3个，2025年建成5个)."""
    g = _g()
    pre = _strip(despace(clause), g["trailing"], end=True)
    scope = _scope(pre, g)
    if scope and _scope(name, g) not in (None, scope):
        # 各区至少建成1家…社区医院，全市累计达到30家: the same things, over its own scope
        name = scope + name[len(_scope(name, g)):]
    verb = grammar.ending(pre, g["count_verbs"].by_last)
    if verb is None:
        return name
    things = _after_verb_list(name, g)
    if things != name and verb in name[: len(name) - len(things)]:
        # 新建、改扩建村卫生室120个，其中新建40个: one verb of the list, done to the same things
        return verb + things
    if name.startswith(verb) or verb in despace(earlier):
        return name
    things = _strip(_strip(_strip(name, g["leading"], end=False), g["total"], end=False), g["count_verbs"], end=False)
    return (verb + things)[: g["max"]] if len(things) >= 2 else name


_UNIT_BRACKET = regex.compile(r"[（(](?P<u>[^（）()]{1,8})[）)]$")


def _without_unit_bracket(name: str) -> str:
    """A name less the unit in brackets it ends with (死亡率（1/10万）); other brackets stay
    (药占比（不含中药饮片）)."""
    m = _UNIT_BRACKET.search(name)
    return name[: m.start()] if m and is_unit(m.group("u")) else name


def _after_verb_list(s: str, g: dict) -> str:
    """What follows a list of count verbs (新建、改扩建村卫生室 → 村卫生室); `s` itself where it
    starts with no such list."""
    rest, verbs = s, 0
    while verb := next((w for w in g["count_verbs"].by_first.get(rest[:1], ()) if rest.startswith(w)), None):
        rest, verbs = rest[len(verb):], verbs + 1
        if not rest.startswith("、"):
            break
        rest = rest[1:]
    return rest if verbs >= 2 else s


def _scope(s: str, g: dict) -> str | None:
    if not s.startswith(g["scope"]):  # most names start with none: one C-level test
        return None
    return next(w for w in g["scope"] if s.startswith(w))


def clause_words(before: str) -> str | None:
    """The clause before a number with only its bound and the adverbs at its end taken off:
    the last resort where neither the clause nor what follows names the number."""
    g = _g()
    words = _strip(despace(before), g["trailing"], end=True)
    words = _balanced(_strip(g["baseline"].sub("", words), g["trailing"], end=True))  # 较上年 names nothing
    return words[-g["max"]:] if len(words) >= 2 else None


def _share(things: str, most: int) -> str | None:
    """A share named by what it counts (村卫生室达到省定基本标准) is the 比例 of those."""
    name = _balanced(things)
    if name and not name.endswith(_RATIO_ENDS):
        name += "比例"
    return name[:most] or None


_LIST_VERBS = ("组织", "开展", "加强", "推进", "实施", "做好", "完成", "举办", "落实", "提供", "建立", "建设")


def _enumeration_tail(s: str, counted: bool = False) -> str:
    """`组织A、B等应急技术培训` → `应急技术培训`: what a verb's list leads to is what is counted,
    and so is what a list leads to before a count (`A、B等应急技术培训不少于2次`);
    `老年康复、护理、安宁疗护等床位占比` names one rate and stays whole."""
    if "等" in s:
        k = s.rindex("等")
        if s.startswith(_LIST_VERBS) or counted and "、" in s[:k] and len(s) - k > 2:
            s = s[k + 1:] or s
    elif "、" in s and (s.startswith(_LIST_VERBS) or len(s) > 30):
        s = s[s.rindex("、") + 1:] or s
    return s


def respectively(subject: str, count: int, said: bool = True) -> list[str] | None:
    """`孕产妇死亡率、婴儿死亡率分别控制在…、…`: the i-th item names the i-th number. Unless
    `said` is False (the numbers themselves form a list: `孕产妇、婴儿死亡率控制在10/10万、5‰以下`),
    分别 must say so."""
    g = _g()
    head = despace(subject)
    if "分别" in head:
        head = head[: head.rindex("分别")]
    elif said:
        return None
    # 、 first: 和/及/与 also stand inside words (报告及时率, 参与率)
    items = [x for x in head.split("、") if x]
    if len(items) != count:
        items = [x for x in _LIST_SPLIT.split(head) if x]
    if len(items) != count or count < 2 or all(_YEAR_ITEM.fullmatch(x) for x in items):
        return None  # 2024年、2025年分别新增…: a list of dates (their deadlines), not of names
    items[0] = _strip(items[0], g["leading"], end=False)
    items[-1] = _strip(items[-1], g["trailing"], end=True)  # 控制在, 达到: the verb before the numbers
    items = _shared_people(_shared_tail(_counted_kinds(items), g["measure_ends"]))
    return [_balanced(x) for x in _shared_frame(_shared_thing_of_levels(items))]


def _shared_frame(items: list[str]) -> list[str]:
    """`新增设置儿科、精神科的医院`: a list inside one phrase. The things the last item's 的
    leads to (的医院) are every item's, where the others have no 的 of their own; and so are
    the verbs the first item starts with (新增设置), where the others start with none."""
    last = items[-1]
    k = last.rfind("的", 1, len(last) - 1)
    if k < 0 or any("的" in x for x in items[:-1]):
        return items
    tail = last[k:]
    verbs = _g()["count_verbs"]
    first = items[0]
    lead = first[: len(first) - len(_strip(first, verbs, end=False))]
    if len(lead) == len(first) or any(_strip(x, verbs, end=False) != x for x in items[1:]):
        lead = ""
    return [items[0] + tail] + [lead + x + tail for x in items[1:-1]] + [lead + last]


_LEVEL_THING = regex.compile(r"[^级]{1,4}?级(?P<thing>\p{Han}{2,})")
_NUMERAL = frozenset("一二三四五六七八九十")


def _shared_thing_of_levels(items: list[str]) -> list[str]:
    """`三级、二级医院`, `市级、县级疾控中心…能力`: the things the last level names (医院, 疾控中心…)
    are the earlier levels' too; a grade written as its numeral alone (`一、二、三级公立医院`) is
    one of them."""
    m = _LEVEL_THING.fullmatch(items[-1])
    if not m:
        return items
    thing = m.group("thing")
    return [x + thing if x.endswith("级") else x + "级" + thing if x in _NUMERAL else x
            for x in items[:-1]] + items[-1:]


_KINDS_COUNTED = regex.compile(r"(?P<own>\p{Han}{1,4}?)(?P<n>[两三四五六])(?P<kind>级|类)(?P<rest>\p{Han}.*)")


def _counted_kinds(items: list[str]) -> list[str]:
    """`市、县两级疾控中心达标率`, `城市、农村两类地区急救反应时间`: a count of levels or kinds
    after the last item, as many as the items, says each item is one (市级…, 县级…; 城市地区…,
    农村地区…). A level keeps its 级, a kind is named by the item alone. (Two are 两, not 二:
    二级医院 is a grade.)"""
    m = _KINDS_COUNTED.fullmatch(items[-1])
    if not m or chinese_to_int(m.group("n")) != len(items):
        return items
    own = [*items[:-1], m.group("own")]
    level = "级" if m.group("kind") == "级" else ""
    return [x + level + m.group("rest") for x in own]


def _shared_people(items: list[str]) -> list[str]:
    """`适龄妇女宫颈癌和乳腺癌筛查人数`: the people the first item starts with (适龄妇女) are the
    later items' too, where these name no people of their own."""
    m = _g()["shared_heads"].search(items[0], 1)
    if not m or m.end() >= len(items[0]) - 1:
        return items  # no people first, or nothing after them: the item is the people
    people = items[0][: m.end()]
    own = _g()["people"]  # (0-6岁儿童健康管理率 names its own)
    return items[:1] + [x if m.group() in x or any(p in x for p in own) else people + x for x in items[1:]]


def _shared_head(item: str) -> int | None:
    """Where the people or things a list of kinds shares start in its last item
    (糖尿病|患者规范管理率, 城市|家庭…): after the item's own word, however long."""
    m = _g()["shared_heads"].search(item, 1, 8)
    return m.start() if m else None


def _shared_tail(items: list[str], measure_ends: tuple[str, ...]) -> list[str]:
    """`孕产妇和婴儿死亡率`, `二级和三级公立医院平均住院日`: what the last item measures
    (死亡率, 公立医院平均住院日) is the earlier items' too, where they name no measure of their
    own. It starts after the last item's own word: up to the character the first item ends in
    where the last repeats it (二级 / 三级), as long as what follows the first item's 的 where
    it has one (基层单位的中、高级…比例: 中 / 高), else after a word's usual two characters
    (one, after a one-character item: 一、二、三类疫苗接种率); where the first item names its
    people whole (婴儿、5岁以下儿童死亡率), after the last item's people word; where it names
    its institutions whole (社区卫生服务中心和乡镇卫生院…比例), after the last's institution word;
    where the last has a 的 of its own near its start (儿童、老年人的健康体检人数), at that 的.
    What stands up to that 的 is every item's (基层单位的高级…比例)."""
    first, last = items[0], items[-1]
    if not last.endswith(measure_ends) or all(x.endswith(measure_ends) for x in items[:-1]):
        return items
    prefix = first[: first.rindex("的") + 1] if "的" in first[:-1] else ""
    own = len(first) - len(prefix)
    k = last.find(first[-1], 0, 5)
    head = _shared_head(last)
    if head is not None and first.endswith(_g()["people"]):
        # 婴儿、5岁以下儿童死亡率: the first names its people itself; the measure follows the last's
        cut = _g()["shared_heads"].match(last, head).end()
    elif first.endswith(_g()["institutions"]) and (place := _g()["institution"].search(last, 1, 12)):
        # 城市社区卫生服务中心和乡镇卫生院中医馆设置比例: so the first names its institutions
        cut = place.end()
    elif not prefix and 0 < (of := last.find("的", 0, 8)) and k < 1 and head is None:
        # 儿童、老年人的健康体检人数: the last item's own words end at its 的
        cut = of
    else:
        # (a one-character first item, 一、二、三类… or 一、二、三级医院…: the last item's own word is one too)
        cut = k + 1 if k >= 1 else 1 if own == 1 else head if head else own if prefix and own <= 3 else 2
    tail = last[cut:]
    if len(tail) < 2:
        return items
    named = [x if x.endswith(measure_ends) else x + tail for x in items[:-1]] + [last]
    return named[:1] + [prefix + x for x in named[1:]]
