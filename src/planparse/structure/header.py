"""The notice's header elements after GB/T 9704-2012.

Works on the paragraphs of the notice part (before its first attachment):
banner, 发文字号, 标题, 主送机关, 附件说明, 署名, 成文日期, 附注, and the 版记
(抄送, 印发). What a notice leaves out stays null: nothing is guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import grammar
from ..model import Header
from ..numerals import chinese_to_int, despace, fold
from .outline import match_label

_SENTENCE_END = "。！？；"
# a separator outside brackets: 各县（市、区）人民政府 is one organ
_RECIPIENT_SPLIT = re.compile(r"([、，,；;])(?![^（(]*[）)])")


def _organs(text: str) -> list[str]:
    """The organs of a 主送 or 抄送 line, in order; a level alone before a 、 stays with the organ
    after it (各市、县卫生健康委; not 各区，市政府各部门: two recipients)."""
    out: list[str] = []
    pieces = _RECIPIENT_SPLIT.split(text)  # names, each followed by its separator
    for k in range(0, len(pieces), 2):
        name = despace(pieces[k])
        if not name:
            continue
        joined = k >= 2 and pieces[k - 1] == "、" and out and _pattern("level_alone").fullmatch(out[-1].rpartition("、")[2])
        if joined:
            out[-1] += "、" + name
        else:
            out.append(name)
    return out


def _pattern(name: str):
    return grammar.compile_pattern(grammar.load("header")[name])


@dataclass
class HeaderResult:
    header: Header
    consumed: set[int] = field(default_factory=set)  # paragraph indices that belong to the header
    plan_title: int | None = None  # the carried plan's own title line, if any


def parse_date(text: str) -> dt.date | None:
    m = _pattern("date_line").match(fold(text.strip()))
    if not m:
        return None
    y, mo, d = (_num(m.group(k)) for k in ("y", "m", "d"))
    try:
        return dt.date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else chinese_to_int(s)


def _is_sentence(text: str, longest: int = 80) -> bool:
    return any(ch in text for ch in _SENTENCE_END) or len(text) > longest


def _organ_names(line: str) -> list[str]:
    """Organ names on a signature line: `国 家 能 源 局` is one name, `A局  B局` two."""
    parts = [p for p in re.split(r"\s{2,}|\u3000+", line.strip()) if p]
    words = line.split()
    if all(len(p) == 1 for p in words):
        return [despace(line)]
    if len(parts) < len(words) and all(len(w) >= 4 and _looks_like_organ(w) for w in words):
        return words  # a PDF line keeps one space for the gap between two organs set apart
    return [despace(p) for p in parts]


def _looks_like_organ(text: str) -> bool:
    t = despace(text)
    if not (2 <= len(t) <= 60) or _is_sentence(t) or any(ch in t for ch in "：:，,（(《"):
        return False
    return any(t.endswith(s) for s in grammar.load("header")["organ_suffixes"])


def _is_title_type(text: str) -> bool:
    # a trailing period in brackets belongs to the name: …行动方案（2024—2025年）
    t = re.sub(r"[（(][^（()）]*[）)]$", "", despace(text))
    return any(t.endswith(w) for w in grammar.load("header")["title_types"])


def parse_header(paras: list[str], centered: list[bool] | None = None) -> HeaderResult:
    """`centered` says which paragraphs are set centred, where the reader can tell (.docx, .pdf)."""
    h = Header()
    used: set[int] = set()
    n = len(paras)
    first_heading = next((i for i, p in enumerate(paras) if _is_top_heading(p)), n)

    # 版头: 份号, 密级, 紧急程度, banner, 发文字号 — within the first lines
    i = 0
    num_at = None
    furniture: set[int] = set()  # a printed web page's navigation and article info
    while i < min(n, first_heading, 12):
        t = fold(paras[i].strip())
        m = _pattern("doc_number").search(t)
        if m and len(despace(t)) <= len(despace(m.group("num"))) + 30 and num_at is None:
            h.doc_number = despace(paras[i].strip()[m.start("num"):m.end("num")])
            s = _pattern("signer").search(t)
            if s:
                h.signer = despace(s.group("name"))
            used.add(i)
            num_at = i
            i += 1
            # 签发人 set beside the number in a two-column layout reads as a line of its own
            if h.signer is None and i < n and (s := _pattern("signer").match(fold(paras[i].strip()))):
                h.signer = despace(s.group("name"))
                used.add(i)
                i += 1
            break
        if _pattern("web_furniture").match(t):
            furniture.add(i)
            used.add(i)
        elif _pattern("copy_number").match(t):
            h.copy_number = t
            used.add(i)
        elif (c := _pattern("classification").match(t)):
            h.classification = despace(c.group("v"))
            used.add(i)
        elif (u := _pattern("urgency").match(t)):
            h.urgency = u.group("v")
            used.add(i)
        elif (s := _pattern("signer").match(t)):
            h.signer = despace(s.group("name"))
            used.add(i)
        elif _pattern("banner_suffix").search(t) and not _is_sentence(t):
            h.issuer = despace(re.sub(r"文\s*件$", "", paras[i].strip()))
            used.add(i)
            # a joint banner stacks its organs, the lead (主办机关) on top: 委员会 / 财政厅 / …局文件
            joint = []
            for k in range(i - 1, -1, -1):
                if k in used or not _looks_like_organ(paras[k]):
                    break
                joint.insert(0, k)
            if joint:
                h.issuer = despace(paras[joint[0]])
                used.update(joint)
        i += 1
    if num_at is None:
        banner = used - furniture  # the title comes after these (furniture is passed over below)
        i = min(i, max(banner) + 1) if banner else 0
        # a banner without 文件 (the organ's name alone) cannot be told from a title
        # line without a doc number below it, so it is not guessed.
    elif h.issuer is None and centered:
        # the organ's full name alone, centred above the number, is the banner
        above = [k for k in range(num_at) if k not in used]
        if len(above) == 1 and centered[above[0]] and _looks_like_organ(paras[above[0]]):
            h.issuer = despace(paras[above[0]])
            used.add(above[0])

    # 标题: the lines after the number up to the recipients or the first sentence
    start = i
    title_lines: list[int] = []
    while i < min(n, first_heading):
        if i in furniture:  # 首页 / 当前位置 / 分享到… of a printed web page
            i += 1
            continue
        t = paras[i].strip()
        # (a joint notice's title, three organs and a plan's name, runs past 80 characters)
        if _is_sentence(t, 160) or t.endswith(("：", ":")) or parse_date(t) or match_label(t):
            break
        title_lines.append(i)
        # (the type may be cut by the line's end: …的通 / 知)
        if _is_title_type(t) or len(title_lines) >= 4 \
                or len(title_lines) > 1 and _is_title_type("".join(despace(paras[k]) for k in title_lines)):
            i += 1
            break
        i += 1
    title = "".join(despace(paras[k]) for k in title_lines)
    if title_lines and _is_title_type(title) and len(title) >= 6:
        h.title = title
        used.update(title_lines)
    else:
        i = start
        if num_at:
            # web pages and some layouts put the title above the number
            above = [k for k in range(num_at) if k not in used and not _is_sentence(paras[k])]
            title = "".join(despace(paras[k]) for k in above)
            # (a web page's article info may stand between them: 发布时间：… 来源：…)
            between = [k for k in range(above[0], num_at) if k not in furniture] if above else []
            if above and above == between and _is_title_type(title) and len(title) >= 6:
                h.title = title
                used.update(above)

    # 主送机关: a line ending in a colon, straight after the title (or lines ending in 、 or ，
    # before it: a long list wraps)
    k = i
    while k < min(n, first_heading, i + 4) and paras[k].strip().endswith(("，", ",", "、")) \
            and not _is_sentence(paras[k]):
        k += 1
    if k < n and k < first_heading:
        t = "".join(paras[j].strip() for j in range(i, k + 1))
        if t.endswith(("：", ":")) and not _is_sentence(t[:-1]) and len(t) <= 200:
            h.recipients = _organs(t[:-1])
            used.update(range(i, k + 1))
            i = k + 1

    # 附件说明
    for k in range(i, n):
        m = _pattern("attachments_lead").match(paras[k].strip())
        if not m:
            continue
        used.add(k)
        rest = m.group("rest").strip()
        items: list[str] = []
        first = _pattern("attachment_item").match(fold(rest))
        if rest:
            items.append(rest[first.start("title"):].strip() if first else rest)
        if first or not rest:
            for j in range(k + 1, n):
                it = _pattern("attachment_item").match(fold(paras[j].strip()))
                if not it or _is_sentence(paras[j]):
                    break
                items.append(paras[j].strip()[it.start("title"):].strip())
                used.add(j)
        h.attachments = [despace(x) for x in items if x.strip()]
        break

    # 署名 and 成文日期: the first date alone on its line, organs right above it
    date_at = next((k for k in range(i, n) if parse_date(paras[k])), None)
    plan_title = None
    if date_at is not None:
        h.date = parse_date(paras[date_at])
        used.add(date_at)
        names: list[str] = []
        k = date_at - 1
        while k >= i and k not in used and _looks_like_organ(paras[k]) and len(names) < 8:
            names[:0] = _organ_names(paras[k])
            used.add(k)
            k -= 1
        if names:
            h.signatories = names
            h.signatory = names[0]
        after = date_at + 1
        if after < n and (m := _pattern("note").match(paras[after].strip())):
            h.note = paras[after].strip()
            used.add(after)
            after += 1
        # the plan carried by a 印发 notice often follows with its own title
        if after < min(n, first_heading):
            t = paras[after].strip()
            if not _is_sentence(t) and not match_label(t) and _is_title_type(t):
                plan_title = after
                used.add(after)
    if h.title is None and plan_title is not None:
        h.title = despace(paras[plan_title])
    if h.issuer is None:
        h.issuer = h.signatory

    return HeaderResult(h, used, plan_title)


def parse_imprint(h: Header, paras: list[str]) -> set[int]:
    """版记: 抄送机关 and 印发机关/印发日期, wherever they stand; returns the lines used."""
    used: set[int] = set()
    for k, p in enumerate(paras):
        t = p.strip()
        if (c := _pattern("copy_to").match(t)):
            h.copy_to = _organs(c.group("v"))
            used.add(k)
        elif (pr := _pattern("printed").match(fold(t))):
            h.printed_by = despace(pr.group("org"))
            h.printed_date = parse_date(pr.group("date"))
            used.add(k)
    return used


def _is_top_heading(text: str) -> bool:
    m = match_label(text)
    return bool(m and m[0].level <= 1 and m[1])
