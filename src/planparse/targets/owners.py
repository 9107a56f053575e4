"""The owner grammar: responsible units from a table cell or an inline note."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import grammar
from ..numerals import despace


@lru_cache(maxsize=None)
def _g():
    g = grammar.load("owners")
    role = g["role"]
    g = {k: v.replace("{role}", role) if isinstance(v, str) else v for k, v in g.items()}
    return {
        "labelled": grammar.compile_pattern(g["labelled_note"]),
        # after a sentence's end in the item, or as a paragraph of its own
        "labelled_tail": grammar.compile_pattern("(?<=[。；;])\\s*" + g["labelled_words"]),
        "labelled_line": grammar.compile_pattern("\\s*" + g["labelled_words"]),
        "role": grammar.compile_pattern(g["role_note"]),
        "role_words": grammar.compile_pattern(g["role_words"]),
        "bare": grammar.compile_pattern(g["bare_note"]),
        # 市卫健委牵头，市财政局配合 written in a cell: the role after a name is no part of it
        "role_tail": grammar.compile_pattern(f"(?<=..)(?:{g['role_words']})+$"),
        "split": regex.compile(g["split"]),
        "not": set(g["not_owner"]),
        "not_pattern": grammar.compile_pattern(g["not_owner_pattern"]),
        "organ_end": grammar.compile_pattern(g["organ_end"]),
        "role_label": grammar.compile_pattern(g["role_label"]),
        "role_suffix": grammar.compile_pattern(g["role_suffix"]),
        "tail_end": grammar.compile_pattern(g["organ_or_place_end"] + "$"),
        "division": grammar.compile_pattern(g["division_end"]),
        # 各 starts a name of its own (各镇, 各医疗机构) after one that ends like an organ or place
        "each": grammar.compile_pattern("(?<=" + g["organ_or_place_end"] + ")(?=各)"),
    }


def split_owners(cell: str) -> list[str]:
    """`社会事业局\\n财政局、医保分局` → the organs, in order, each as written."""
    return list(_split_owners(cell))


@lru_cache(maxsize=4096)  # owner cells repeat down a table (merged cells)
def _split_owners(cell: str) -> tuple[str, ...]:
    g = _g()
    out: list[str] = []
    for part in g["split"].split(cell):
        name = g["role_label"].sub("", despace(part))
        name = g["role_tail"].sub("", g["role_suffix"].sub("", name)).strip("。.；;：:")
        if not name or name in g["not"] or g["not_pattern"].search(name) or len(name) > 40:
            continue
        for piece in _run_together(name):
            if piece not in out:
                out.append(piece)
    return tuple(out)


def _run_together(name: str) -> list[str]:
    """`社会事业局财政局` → `社会事业局`, `财政局`; `红十字会各镇` → `红十字会`, `各镇`: cut only
    where both sides end like organs (or the second is 各…), and not before a division of the
    organ (`市卫生健康委疾控处` is one; `规划发展处财务处` is two divisions)."""
    g = _g()
    parts = [p for p in g["each"].split(name) if p]
    if len(parts) > 1:
        return [piece for p in parts for piece in _run_together(p)]
    for m in g["organ_end"].finditer(name):
        head, tail = name[: m.end()], name[m.end():]
        if len(head) >= 3 and len(tail) >= 3 and g["tail_end"].search(tail) \
                and not (g["division"].search(tail) and not g["division"].search(head)):
            return [head] + _run_together(tail)
    return [name]


_AFTER_SENTENCE = regex.compile(r"[。；;]\s*[（(【\[]")
_OPENS, _CLOSES = "（(【[", "）)】]"


def notes_within(text: str, start: int, end: int) -> list[tuple[list[str], int, int]]:
    """Owner notes that close a sentence inside text[start:end], more of the item following
    (`新增托位1000个。（市卫健委负责）普惠托位占比达到60%。（市发展改革委负责）`): each note's owners
    and where it starts and ends. Each covers the sentences since the note before it."""
    out: list[tuple[list[str], int, int]] = []
    for m in _AFTER_SENTENCE.finditer(text, start, end):
        opened = m.end() - 1
        depth, k = 0, opened
        while k < end:  # the bracket's own close (names hold brackets: 各县（市、区）人民政府)
            depth += (text[k] in _OPENS) - (text[k] in _CLOSES)
            if depth == 0:
                break
            k += 1
        if k >= end or not text[k + 1:end].strip(" 。；;\n"):
            continue  # unclosed, or the item's last note (inline_owners reads that one)
        note = inline_owners(text[: k + 1])
        if note and note[1] == opened and note[0]:
            out.append((note[0], opened, k + 1))
    return out


def owner_line(text: str) -> list[str] | None:
    """The owners of a paragraph that is only a note of labelled owners (责任单位：A、B。): it
    closes the item above it."""
    m = _g()["labelled_line"].match(text) if "：" in text or ":" in text else None
    return (split_owners(m.group("names")) or None) if m else None


def inline_owners(text: str) -> tuple[list[str], int] | None:
    """Owners named in a note at the end of an item, and where the note starts."""
    g = _g()
    if not text.rstrip().rstrip("。；;").rstrip().endswith(("）", ")", "】", "]", "〕")):
        # the bracketed notes close the item with a bracket: most items end otherwise, and
        # an unbracketed one is a last sentence of labels (it is looked for near the end)
        tail = max(0, len(text) - 200)
        if "：" not in text[tail:] and ":" not in text[tail:]:
            return None  # a label ends in a colon: most items have none near their end
        m = g["labelled_tail"].search(text, tail)
        return (split_owners(m.group("names")), m.start("note")) if m else None
    m = g["labelled"].search(text)
    if m:
        return split_owners(m.group("names")), m.start()
    m = g["role"].search(text)
    if m:
        names = g["role_words"].sub("、", m.group("names"))
        owners = split_owners(names)
        if owners:
            return owners, m.start()
    m = g["bare"].search(text)
    if m:
        # organs alone, every one of them: (不含中药饮片) or (试行) is no note of owners
        parts = [p for p in g["split"].split(despace(m.group("names"))) if p]
        if parts and all(len(p) >= 3 and g["tail_end"].search(p) for p in parts):
            return split_owners(m.group("names")), m.start()
    return None
