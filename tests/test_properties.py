"""Property-based tests: the grammars and the text reader on any input string."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import planparse
from planparse.errors import PlanparseError
from planparse.numerals import fold
from planparse.readers.text import _PAGE_NUMBER, decode, parse_lines, unwrap
from planparse.targets.deadline import find_deadlines
from planparse.targets.indicator import indicator
from planparse.targets.numbers import find_mentions
from planparse.targets.owners import inline_owners, split_owners
from planparse.targets.qualifiers import change, comparator

# text made of what notices are made of, so that the grammars are exercised, plus anything
NOTICE_CHARS = "0123456789.-~%‰/万个家人次年月日到至达不低于以上以下左右提高降低（）()，。、；：一二两三十百“”《》\t\n 第条章"
notice_text = st.text(alphabet=st.sampled_from(list(NOTICE_CHARS)), max_size=300)
any_text = st.one_of(notice_text, st.text(max_size=300))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
@example("0\U00016d70")  # a digit of Unicode 16, which `regex` knows and Python 3.11's float does not
def test_mentions_are_finite_and_inside_the_text(text):
    folded = fold(text)
    assert len(folded) == len(text)  # folding keeps offsets
    for m in find_mentions(folded, require_unit=False):
        assert 0 <= m.start < m.number_end <= m.end <= len(text)
        assert math.isfinite(m.value)
        assert m.value_max is None or (math.isfinite(m.value_max) and m.value_max > m.value)


@SETTINGS
@given(any_text, st.one_of(st.none(), st.integers(1990, 2060)))
def test_deadlines_are_inside_the_text(text, year):
    for f in find_deadlines(fold(text), year):
        assert 0 <= f.start < f.end <= len(text)
        assert f.deadline.start is None or f.deadline.start <= f.deadline.end


@SETTINGS
@given(any_text, any_text, any_text)
def test_word_grammars_never_fail(before, after, previous):
    indicator(before, after, previous, "%")
    comparator(before, after, False)
    change(before, after)
    split_owners(before)
    inline_owners(after)


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_either_reads_or_says_why(data):
    try:
        text = decode(data)
    except PlanparseError as e:
        assert e.message
    else:
        assert "\r" not in text


@SETTINGS
@given(st.lists(st.one_of(notice_text, st.sampled_from(["\t", "\t序号", "\t1", "", "一、总体", "（一）目标"])),
                max_size=40))
def test_text_reader_and_pipeline_never_crash(lines):
    parse_lines(lines)
    try:
        doc = planparse.parse("\n".join(lines).encode("utf-8"))
    except PlanparseError:
        return
    for t in doc.targets:
        assert math.isfinite(t.value)
        assert 0 <= t.source.start <= t.source.end <= len(t.text)


# what the exclusion patterns start with and go on with: digits, numerals, the words
# that lead some (第, 附件, 连续, 利用 …), quotes and brackets, letters and the ٣ of
# another script's digits, which only a pattern that starts with \d can start at
EXCLUSION_CHARS = list("0123٣一二两三五十百第附件表出生后每连续利用经过通公示式是、“”\"《》〔〕（）[]"
                       "年月日岁周张床位级甲等星个项类种支批份内天工作时期阶段体系机制ABxz+:：-×%，。 ") \
                  + ["2025", "2020", "十四五", "一流", "一体化", "进一步"]


NUMBER_STARTS = frozenset("0123456789٣一二两三四五六七八九十百千")


@SETTINGS
@given(st.lists(st.sampled_from(EXCLUSION_CHARS), max_size=60).map("".join))
@example("0519-85681234")  # a telephone number
@example("12345-6789012")  # no area code: 6789012 is a number (found by this test)
@example("3个工作日和5个工作日内")  # the last number's own exclusion, looked for past it
def test_exclusions_tried_by_first_character_exclude_what_the_whole_alternation_excludes(text):
    """Tried where they can start (not inside a run of digits), the exclusions hold the same
    numbers as the whole alternation tried at every character: a number starts where a run
    of digits or a numeral starts, so every such place is asked about."""
    from planparse.targets.numbers import _grammar, _Spans

    exclusions = _grammar()["exclusions"]
    assert exclusions.by_char is not None  # every pattern's first characters were told
    whole = _Spans([m.span() for m in exclusions.whole.finditer(text, overlapped=True)])
    for a in range(len(text)):
        if text[a] not in NUMBER_STARTS or a and text[a].isdigit() and text[a - 1].isdigit():
            continue  # no number starts here
        # tried up to this number, as for the last number of a sentence (`last`)
        tried = _Spans(exclusions.spans(text, 0, len(text), a))
        for b in range(a + 1, len(text) + 1):
            assert tried.hold(a, b) == whole.hold(a, b), (a, b)


DATE_CHARS = list("0123456789年月日底末前至到-—～ 上下半季度第一二三四") + ["2020", "2025", "1999", "202", "12"]


@SETTINGS
@given(st.lists(st.sampled_from(DATE_CHARS), max_size=40).map("".join))
@example("12020年")  # a year inside a longer run of digits is tried, as a scan tries it
@example("1999年底前，2020-2022年，2024年3月至6月底")  # each pattern, in each century
def test_dates_tried_where_years_start_are_what_a_scan_finds(text):
    from planparse.targets.deadline import _from_years, _g, _year_starts

    for name in ("span", "month_span", "point"):  # the patterns that start with a year
        pattern = _g()["patterns"][name]
        tried = [m.span() for m in _from_years(pattern, text, _year_starts(text))]
        assert tried == [m.span() for m in pattern.finditer(text)], name


GATED_CHARS = DATE_CHARS + ["十四五", "十五", "“", "”", "末", "期间", "内", "以内", "之内", "时间", "争取", "力争",
                            "努力", "今后", "未来", "明年", "两", "连续", "份", "月底"]


@SETTINGS
@given(st.lists(st.sampled_from(GATED_CHARS), max_size=30).map("".join))
@example("三年内")
@example("今后五年")
@example("明年6月底前")
@example("十四五期间")
@example("5年力争")
def test_a_pattern_is_never_kept_from_a_text_it_matches(text):
    """The grammar's `needs` (words a deadline pattern is tried only where one stands) never
    stop a pattern that matches."""
    from planparse.targets.deadline import _g, _may

    for name in _g()["needs"]:
        if _g()["patterns"][name].search(text):
            assert _may(name, text), name


# lines as a hard-wrapped notice has them: full ones of Chinese, some ending a sentence,
# short last lines, page numbers, headings and cells among them
_full_line = st.text(alphabet=st.sampled_from(list("加强基层卫生服务能力建设提升水平，、")), min_size=24,
                     max_size=26)
wrapped_line = st.one_of(
    _full_line, _full_line, _full_line,
    st.sampled_from(["达到90%。", "", "—2—", "一、总体要求", "（一）目标", "\t序号", "\u3000\u3000新段落。", "关于印发方案的通知"]))


@SETTINGS
@given(st.lists(wrapped_line, max_size=60))
def test_unwrapping_loses_and_reorders_no_text(lines):
    # what comes back is what went in, in order, less page numbers and line breaks
    def squashed(ls):
        return "".join("".join(line.split()) for line in ls if not _PAGE_NUMBER.fullmatch(line))

    out = unwrap(lines)
    assert squashed(out) == squashed(lines) if out is not lines else out == lines
