"""Chinese numerals and full-width characters: pure conversion functions."""
from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"

# Same-length folding: full-width digits, letters and signs to ASCII, so that
# offsets found in the folded text point at the same characters of the original.
_FOLD = {0xFF10 + i: 0x30 + i for i in range(10)}
_FOLD.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FOLD.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FOLD.update({ord("％"): ord("%"), ord("．"): ord("."), ord("～"): ord("~"), ord("－"): ord("-"),
              ord("／"): ord("/"), ord("＋"): ord("+"), ord("＜"): ord("<"), ord("＞"): ord(">"),
              ord("＝"): ord("="), ord("\u3000"): ord(" ")})


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(k)) for k in _FOLD) + "]")


_CN_YEAR = re.compile("[一二][〇○零Ｏ][〇○零Ｏ一二三四五六七八九]{2}(?=\\s*年)")


def fold(text: str) -> str:
    """Full-width digits/letters/signs to ASCII, and a year written in Chinese digits (二〇二五年)
    in Arabic ones, one character for one."""
    if _FOLDABLE.search(text):
        text = text.translate(_FOLD)
    if "〇" in text or "○" in text or "零" in text:  # (str's own scans: a class regex costs 5×)
        text = _CN_YEAR.sub(lambda m: str(chinese_to_int(m.group())), text)
    return text


def despace(text: str) -> str:
    """Every whitespace character out: 发文机关 and titles are letter-spaced in print."""
    return "".join(text.split())  # str.split knows the same whitespace as re's \s, in C


def chinese_to_int(s: str) -> int | None:
    """`十五` → 15, `一百二十` → 120, `二〇二二` → 2022 (digit by digit), `两` → 2."""
    s = s.strip()
    if not s:
        return None
    if s[0] in CIRCLED:
        return CIRCLED.index(s[0]) + 1
    if s[0] in PAREN_CIRCLED:
        return PAREN_CIRCLED.index(s[0]) + 1
    if all(ch in _DIGITS for ch in s):
        if len(s) == 1:
            return _DIGITS[s]
        # written digit by digit, as years are: 二〇二二
        return int("".join(str(_DIGITS[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        elif ch in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def to_number(x: float) -> int | float:
    """An int where the value is whole, so 45 prints as 45 and not 45.0."""
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return x
