"""The number grammar: where a text states a quantity, its value(s) and unit.

Pure functions over text whose full-width characters were folded one for one
(`numerals.fold`), so every offset found here points into the original text.
"""
from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import grammar
from ..numerals import chinese_to_int, despace, to_number

# thousands parted by a comma, full-width too where a whole number is typed full-width (１，２００),
# or by a space (1 200万人次: the international style, and what a justified line may print)
_NUM = r"(?:\d{1,3}(?:(?:[,，]| (?=\d{3}(?!\d)))\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN = r"[一二两三四五六七八九十百千]+"
_CN_DEC = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_RANGE_SEP = r"\s*(?:-|~|—|–|－|～|至|到)\s*"


class Mention(NamedTuple):  # a tuple: made for every number read, five times cheaper than a dataclass
    start: int  # the first number
    end: int  # end of the unit (or of the last number where there is none)
    value: int | float
    value_max: int | float | None
    unit: str | None
    number_end: int  # end of the last number, before its unit


@lru_cache(maxsize=None)
def _grammar():
    g = grammar.load("quantities")
    units = g["units"]
    measure = grammar.alternation(units["measure_words"])
    mult = grammar.alternation(units["multipliers"])
    more = grammar.alternation(units["more_than"])
    symbols = grammar.alternation(units["symbols"])
    # "/10 万" and "1/10万" written with spaces; the symbols list holds the compact forms
    per100k = r"(?:1?\s*/\s*10\s*万|1?\s*/\s*十万)"
    # "more than" (余, 多) stands before the measure word, or between its multiplier and it
    unit = rf"(?P<unit>{per100k}(?:人)?|{symbols}|(?:{mult}{more}?|{more})?{measure}|{mult})"
    token = (
        rf"(?P<frac>百分之|千分之|万分之)(?P<fv>{_NUM}|{_CN_DEC})"
        rf"|(?<![\d.,])(?P<ar>{_NUM})(?![\d])"
        rf"|(?P<cn>{_CN})"
    )
    # (the unit and the range separator are plain alternations, matched at a place: the
    # standard re does that with a third fewer instructions; the token scan, regex does faster)
    return {
        "token": regex.compile(token),
        "unit": re.compile(rf"\s*{unit}"),
        "more_than": tuple(units["more_than"]),
        "multipliers": frozenset(units["multipliers"]),
        "more_chars": frozenset("".join(units["more_than"])),
        "range_sep": re.compile(_RANGE_SEP),
        "exclusions": _Exclusions(g["exclusions"], g["exclusion_digit_followers"]),
        "years_before": regex.compile(g["years_level"]["before"]),
        "years_unit": regex.compile(g["years_level"]["unit"]),
        "bare_before": regex.compile(g["bare_level"]["before"]),
        "bare_after": regex.compile(g["bare_level"]["after"]),  # matched where the number ends
        "bracket_unit": regex.compile(g["bare_level"]["bracket_unit"]),
        "normalise": g.get("normalise", {}),
        "fractions": g["fraction_words"],
        "not_before": {k: tuple(v) for k, v in units.get("not_before", {}).items()},
        "share_qualifier": regex.compile(g["share_qualifier"]),
    }


def _value(m: regex.Match) -> tuple[float | None, str | None]:
    """A token's value and, for 百分之N, its implied unit."""
    kind = m.lastgroup  # fv, ar or cn: the alternative that matched
    if kind == "fv":
        v = m.group("fv")
        if "点" in v:
            whole, _, dec = v.partition("点")
            n = chinese_to_int(whole)
            digits = "".join(str(chinese_to_int(ch)) for ch in dec)
            val = float(f"{n}.{digits}") if n is not None else None
        else:
            val = _float(v) if v[0].isdigit() else chinese_to_int(v)
        return val, _grammar()["fractions"][m.group("frac")]
    if kind == "ar":
        return _float(m.group("ar")), None
    n = chinese_to_int(m.group("cn"))
    return (float(n) if n is not None else None), None


def _float(digits: str) -> float | None:
    """The value of a run of digits; None for digits of a script newer than the interpreter's
    Unicode tables (`regex` knows them as digits, `float` does not)."""
    try:
        return float(digits)
    except ValueError:  # thousands parted by commas, or digits float does not know
        try:
            return float(digits.replace(",", "").replace("，", "").replace(" ", ""))
        except ValueError:
            return None


def _unit_at(text: str, pos: int) -> tuple[str | None, int]:
    g = _grammar()
    u = g["unit"].match(text, pos)
    if not u:
        return None, pos
    raw = u.group("unit")
    follows = g["not_before"].get(raw[-1])
    if follows and text.startswith(follows, u.end()):
        return None, pos
    return _normal_unit(raw), u.end()


@lru_cache(maxsize=None)
def _normal_unit(raw: str) -> str:
    """The unit planparse reports for one written form: spaces out, /10万 and 1/十万 alike."""
    raw = despace(raw)
    for w in _grammar()["more_than"]:
        raw = raw.replace(w, "")  # 3万余人: 万人 (no unit holds the word)
    if raw.endswith("万人") and "/" in raw:
        raw = raw[:-1]
    if "/" in raw and raw.endswith("万") and ("10" in raw or "十" in raw):
        raw = "1/10万"
    return _grammar()["normalise"].get(raw, raw)


class _Exclusions:
    """The exclusion patterns, each tried only where it can start.

    Tried as one alternation at every character, the forty patterns were the costliest
    pass of the targets; most start with a digit, a numeral or one of a few words. So
    each character a pattern can start with (`grammar.first_chars`) gets the alternation
    of just those patterns, in the grammar's order, and only those characters are
    visited: where two match at one place the first still wins. Where a pattern's first
    characters cannot be told, all of them are tried everywhere, as one alternation.
    """

    def __init__(self, patterns: list[str], digit_followers: str = r"[\s\S]"):
        def compiled(some: list[str]) -> regex.Pattern:
            return regex.compile("|".join(f"(?:{p})" for p in some), regex.VERBOSE | regex.V1)

        def plain_first(some: list[str]) -> regex.Pattern | re.Pattern:
            # the standard re where it reads the patterns (no \p{…}, no lookbehind of varying
            # width): its match at a place costs fewer instructions
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")  # a FutureWarning is a pattern re reads otherwise
                    return re.compile("|".join(f"(?:{p})" for p in some), re.VERBOSE)
            except (re.error, FutureWarning):
                return compiled(some)

        self.whole = compiled(patterns)
        firsts = [grammar.first_chars(p) for p in patterns]
        self.by_char: dict[str, regex.Pattern] | None = None
        if any(f is None for f in firsts):
            return
        digit = regex.compile(r"\d")
        chars = set().union(*firsts) - {grammar.DIGIT}
        self.by_char = {
            ch: plain_first([p for p, f in zip(patterns, firsts)
                          if ch in f or (grammar.DIGIT in f and digit.match(ch))])
            for ch in chars
        }
        # a digit no pattern names (٣): the patterns that start with any digit
        self.any_digit = compiled([p for p, f in zip(patterns, firsts) if grammar.DIGIT in f] or ["(?!)"])
        # a digit is visited only where its run of digits starts: a match from inside the run
        # starts after the number it is in, so cannot hold it (`_Spans.hold`), and one that
        # holds a later number matches from the run's start too (the patterns start \d+ or
        # look behind for a digit); and only where what follows the run can go on a match
        # (`digit_followers`): the digits of numbers were most of the visits, and the
        # costliest. The standard `re` finds the places twice as fast (a class of plain
        # characters means the same to both).
        others = "".join(re.escape(ch) for ch in sorted(chars) if not digit.match(ch))
        starts = [f"[{others}]"] if others else []
        if any(grammar.DIGIT in f or any(digit.match(ch) for ch in f) for f in firsts):
            starts.append(rf"(?<!\d)(?:\d{{5,}}|\d+(?=\s*{digit_followers}))")
        self.starts = re.compile("|".join(starts) or "(?!)")

    def spans(self, text: str, a: int, b: int, last: int) -> list[tuple[int, int]]:
        """Where the patterns match in text[a:b], starting at or before `last` (one match
        a place, overlapping)."""
        if self.by_char is None:
            out = []
            for m in self.whole.finditer(text, a, b, overlapped=True):
                if m.start() > last:
                    break
                out.append(m.span())
            return out
        by_char, any_digit = self.by_char, self.any_digit
        out = []
        # (scanned to the sentence's end, not to `last`: a start's lookahead reads past it)
        for s in self.starts.finditer(text, a, b):
            p = s.start()
            if p > last:
                break
            m = by_char.get(text[p], any_digit).match(text, p, b)
            if m:
                out.append(m.span())
        return out


_EXCLUSION_BOUND = re.compile(r"[。！？!?；;]")  # what no exclusion runs past (re: a class scan twice as fast)


def _excluded_spans(text: str, around: list[Mention]) -> list[tuple[int, int]]:
    """Where the exclusion patterns match (overlapping), in the sentences (to 。！？ or ；)
    that hold one of `around` (in order), up to the last of those in each: no exclusion
    runs past the end of a sentence, and one that starts after a mention cannot hold it
    (`_Spans.hold`)."""
    exclusions: _Exclusions = _grammar()["exclusions"]
    ends = [m.start() for m in _EXCLUSION_BOUND.finditer(text)]
    last_in: dict[int, int] = {}  # sentence -> start of the last mention in it
    for c in around:
        last_in[bisect_left(ends, c.start)] = c.start
    spans: list[tuple[int, int]] = []
    for k, last in last_in.items():
        a = ends[k - 1] + 1 if k else 0
        b = ends[k] if k < len(ends) else len(text)
        spans += exclusions.spans(text, a, b, last)
    return spans


def _candidates(text: str, g: dict, require_unit: bool) -> list[Mention]:
    """Numbers with their units and ranges, before exclusions."""
    tokens = list(g["token"].finditer(text))
    range_sep = g["range_sep"]
    out: list[Mention] = []
    k = 0
    while k < len(tokens):
        m = tokens[k]
        k += 1
        kind = m.lastgroup  # fv (百分之N), ar (arabic) or cn (Chinese numeral)
        # 百分之N implies its unit; any other number is read with the unit written after it
        unit, end = (None, m.end()) if kind == "fv" else _unit_at(text, m.end())
        sep = range_sep.match(text, end) if k < len(tokens) else None
        bare_level = False
        if unit is None and sep is None and kind != "fv" and (kind == "cn" or require_unit):
            years = _years_set(text, m.start(), m.end(), g)
            if years:
                unit, end = "年", years
            else:
                bare_level = kind == "ar" and require_unit and _bare_level(text, m.start(), m.end(), g)
                if not bare_level and kind == "ar" and require_unit:
                    unit = _bracket_unit(text, m.start(), m.end(), g)
                if not bare_level and not unit:
                    continue  # 进一步, 统一, a bare year: no unit and no range, decided before reading the value
        val, implied = _value(m)
        if val is None:
            continue
        if implied:
            unit = implied
        cn = kind == "cn"
        value_max = None
        number_end = m.end()
        # a range: 5-8%, 5%-8%, 1～2个, 2至3家, 15-20 万人
        if sep:
            nxt = tokens[k]
            if sep.end() == nxt.start() and (nxt.lastgroup == "cn") == cn:
                v2, implied2 = _value(nxt)
                u2, end2 = (implied2, nxt.end()) if implied2 else _unit_at(text, nxt.end())
                # (10万—15万人: a multiplier alone before the second's whole unit is its first part)
                if unit in g["multipliers"] and u2 and u2.startswith(unit):
                    unit = u2
                if v2 is not None and v2 > val and (unit is None or u2 is None or u2 == unit):
                    value_max, unit = v2, unit or u2
                    number_end = nxt.end()
                    end = end2 if u2 else max(end, nxt.end())
                    k += 1
        if unit is None and value_max is not None:
            years = _years_set(text, m.start(), number_end, g)  # 每3～5年
            if years:
                unit, end = "年", years
        if cn and (not unit or (text[m.start()] in "百千" and not says_more_than(text[m.end():end]))):
            continue  # a Chinese numeral is a count only with its measure word (百人 is a name; 百余家 counts)
        if require_unit and not unit and not bare_level:
            continue
        while k < len(tokens) and tokens[k].start() < end:
            k += 1  # the 10 of "120/10万" belongs to the unit
        out.append(Mention(m.start(), end, to_number(val), None if value_max is None else to_number(value_max),
                           unit, number_end))
    return out


def _years_set(text: str, a: int, b: int, g: dict) -> int | None:
    """Where `年` ends after the number text[a:b], where the years are a length of time set as a
    level (see the grammar's `years_level`); else None. The character after the number is
    looked at first: most numbers have no 年 after them, and most that have are years."""
    k = b
    while k < len(text) and text[k] == " ":
        k += 1
    if text[k:k + 1] != "年" or not g["years_before"].search(text, max(0, a - 8), a):
        return None
    m = g["years_unit"].match(text, b)
    return m.end() if m else None


_LEVEL_VERB_ENDS = frozenset("到达在至为于低高过≤≥<>")  # the last characters of bare_level's verbs


def _bare_level(text: str, a: int, b: int, g: dict) -> bool:
    """A number with no unit set as the level of a measure named before it (see the grammar's
    `bare_level`); the character before it and what follows are looked at first, as most
    numbers (years: 到2025年) fail there."""
    k = a - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] not in _LEVEL_VERB_ENDS:
        return False
    return bool(g["bare_after"].match(text, b)) and bool(g["bare_before"].search(text, max(0, a - 14), a))


def is_unit(text: str) -> bool:
    """Whether `text` is a unit alone (%, 张, 1/10万, 万人次)."""
    return bool(_grammar()["unit"].fullmatch(text))


def _bracket_unit(text: str, a: int, b: int, g: dict) -> str | None:
    """The unit of a bare number set for a measure whose unit is named in brackets after it
    (死亡率（1/10万）≤10); the character before the number is looked at first."""
    k = a - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] not in _BRACKET_ENDS:
        return None
    start = max(0, a - 24)
    if (text.find("）", start, a) < 0 and text.find(")", start, a) < 0) or not g["bare_after"].match(text, b):
        return None
    m = g["bracket_unit"].search(text, start, a)
    if not m:
        return None
    u = g["unit"].fullmatch(m.group("u"))
    return _normal_unit(u.group("unit")) if u else None


_BRACKET_ENDS = _LEVEL_VERB_ENDS | frozenset("）)：:")


class _Spans:
    """Excluded spans, asked whether one holds [a, b) in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach = []  # the furthest end among the spans starting at or before each
        far = -1
        for _, e in spans:
            far = max(far, e)
            self.reach.append(far)

    def hold(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a)
        return k > 0 and self.reach[k - 1] >= b


_ANY_NUMBER = re.compile(r"[0-9０-９一二两三四五六七八九十百千]")  # full-width digits too: text not yet folded (re: faster)


def may_hold_number(text: str) -> bool:
    """Whether a text, folded or not, has a digit or a numeral: without one it holds no quantity."""
    return _ANY_NUMBER.search(text) is not None


def says_more_than(written: str) -> bool:
    """Whether what stands between a number and its unit says "more than" (3000余人次)."""
    return not _grammar()["more_chars"].isdisjoint(written)  # the words are one character each


def find_mentions(text: str, require_unit: bool = True) -> list[Mention]:
    """Every quantity in `text` (folded), one per number or range, in order."""
    if not _ANY_NUMBER.search(text):
        return []
    g = _grammar()
    candidates = _candidates(text, g, require_unit)
    if not candidates:
        return []
    # exclusions cost a pass over the text: only where there is something to exclude
    spans = _Spans(_excluded_spans(text, candidates))
    out = [m for m in candidates if not spans.hold(m.start, m.number_end)
           and not ("的" in text[m.end:m.end + 5] and _is_condition(text, m))
           and not (text.startswith(_BOUNDS_AFTER, m.end) and m.unit not in ("%", "‰")
                    and g["share_qualifier"].match(text, m.end))]
    _share_units(text, out)
    return out


# a number that ends a condition (服务人口超过1000人的，配备2名…: those whose population is over
# 1000) says which things are meant, as 100张以上床位的养老机构 does (spec §1)
_CONDITION = regex.compile(r"\s*(?:及以上|及以下|以上|以下|以内)?\s*的\s*[，,]")
# …, or a measure compared before it and the things it picks out bound to act after it (诊疗量占比
# 不足50%的县要制定方案: the counties below 50% are meant; 90%以上的县要建成… is a share, kept)
_MEASURE_COMPARED = regex.compile(r"(?:率|比|比例|比重|占比|数|量|水平)\s*(?:不足|低于|未达到|未达|高于|超过|小于|大于|不到)\s*$")
_BOUND_TO_ACT = regex.compile(r"\s*(?:及以上|及以下|以上|以下|以内)?\s*的\s*\p{Han}{1,8}?(?:要|应|需|须|必须)")
# …, or a measure named right before it and bounded after it (床位数300张以上的配备不少于4名, 服务人口
# 10万以上的乡镇: those whose beds are 300 or more; a level set is said with a verb, 床位数达到300张)
_MEASURE_RIGHT_BEFORE = regex.compile(r"(?:率|比例|比重|占比|数|量|人口|面积|规模)\s*$")
_BOUNDED_WHICH = regex.compile(r"\s*(?:及以上|及以下|以上|以下|以内)\s*的")


def _is_condition(text: str, m: Mention) -> bool:
    return bool(_CONDITION.match(text, m.end) or (
        _BOUND_TO_ACT.match(text, m.end) and _MEASURE_COMPARED.search(text, max(0, m.start - 12), m.start)) or (
        _BOUNDED_WHICH.match(text, m.end) and _MEASURE_RIGHT_BEFORE.search(text, max(0, m.start - 4), m.start)))


_BOUNDS_AFTER = ("以上", "以下", "及以")  # where a count may say which things a share is of

LIST_JOINS = ("、", "和", "及", "与")  # what joins the numbers of a list (3个、6个月; 10/10万和4‰)


def listed_together(text: str, a: int, b: int) -> bool:
    """Whether only a list join (and spaces) stands in text[a:b], between two numbers.
    (Most pairs stand far apart: their length tells first.)"""
    return b - a <= 8 and text[a:b].strip() in LIST_JOINS


def _share_units(text: str, mentions: list[Mention]) -> None:
    """`提高2个和1个百分点`, `3个、6个月`: a 个 joined to the next number whose unit is
    written starting with 个 is the first part of that unit."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.unit == "个" and b.unit != "个" and listed_together(text, a.end, b.start) \
                and text[b.number_end:b.end].lstrip().startswith("个"):
            mentions[i] = a._replace(unit=b.unit)
