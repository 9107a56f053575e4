"""From blocks to the document's structure: header, outline per part, tables.

A notice is split into parts: the notice itself, then each attachment
(`附件1` …) with its own outline. Every block is placed under the headings
it stands beneath, which is what the target extractor reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Attachment, Header, Section
from ..numerals import despace
from ..readers.blocks import Block, Paragraph, TableBlock
from .header import parse_header, parse_imprint
from .outline import Heading, attachment_marker, find_headings, match_label
from .tables import TableView, build_table, looks_like_caption

_LINE_END = "。！？；;：:!?）)”\""


@dataclass
class Placed:
    """A paragraph or table with where it stands."""

    text: str | None  # a paragraph's text; None for a table
    table: TableView | None
    table_index: int | None
    heads: list[Heading]  # the headings above it, outermost first
    attachment: str | None
    heading: Heading | None = None  # set where the paragraph is itself a heading

    @property
    def path(self) -> list[str]:
        return [section_name(h) for h in self.heads]


@dataclass
class Structure:
    header: Header
    sections: list[Section]
    attachments: list[Attachment]
    tables: list[TableView]
    placed: list[Placed] = field(default_factory=list)
    year: int | None = None  # the document's own year, for 年内 / 今年


@dataclass
class _Part:
    label: str | None
    blocks: list[Block] = field(default_factory=list)


def section_name(h: Heading) -> str:
    return f"{h.label or ''}{h.title}"


def assemble(blocks: list[Block]) -> Structure:
    parts = _split_parts(blocks)
    main = parts[0]
    main_paras = [b.text for b in main.blocks if isinstance(b, Paragraph)]
    hr = parse_header(main_paras, [b.centered for b in main.blocks if isinstance(b, Paragraph)])
    header = hr.header
    skip = {0: set(hr.consumed)}
    for k, part in enumerate(parts):
        paras = [b.text for b in part.blocks if isinstance(b, Paragraph)]
        skip.setdefault(k, set()).update(parse_imprint(header, paras))

    structure = Structure(header, [], [], [])
    for k, part in enumerate(parts):
        title = None
        blocks_k = part.blocks
        para_no = 0
        kept: list[Block] = []
        for b in blocks_k:
            if isinstance(b, Paragraph):
                if para_no not in skip[k]:
                    kept.append(b)
                para_no += 1
            else:
                kept.append(b)
        if part.label is not None:
            title, kept = _attachment_title(kept)
        kept = _join_wrapped(kept)
        sections = _place(kept, part.label, structure)
        if part.label is None:
            structure.sections = sections
        else:
            structure.attachments.append(Attachment(label=part.label, title=title, sections=sections))
    structure.year = _document_year(header, structure)
    return structure


def _attach_captions(blocks: list[Block]) -> list[Block]:
    """A short paragraph right above a table that names it is its caption."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TableBlock) and not b.caption and out and isinstance(out[-1], Paragraph) \
                and looks_like_caption(out[-1].text):
            b.caption = out.pop().text
        out.append(b)
    return out


def _split_parts(blocks: list[Block]) -> list[_Part]:
    parts = [_Part(None)]
    for b in _attach_captions(blocks):
        if isinstance(b, Paragraph) and (label := attachment_marker(b.text)):
            parts.append(_Part(despace(label)))
            continue
        parts[-1].blocks.append(b)
    return parts


def _join_wrapped(blocks: list[Block]) -> list[Block]:
    """Join a sentence broken over lines (text taken from a PDF or a narrow page).

    A line continues the one before when that one is a long unfinished
    sentence: no closing punctuation, not a heading, and this line starts
    with no label of its own.
    """
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (isinstance(b, Paragraph) and isinstance(prev, Paragraph)
                and len(prev.text) >= 25 and prev.text.rstrip()[-1] not in _LINE_END
                and not _bare_heading(prev.text) and not match_label(b.text)
                and not attachment_marker(b.text) and not looks_like_caption(b.text)):
            out[-1] = Paragraph(prev.text.rstrip() + b.text.strip(), prev.centered)
            continue
        out.append(b)
    return out


def _bare_heading(text: str) -> bool:
    m = match_label(text)
    return bool(m) and "。" not in m[1] and len(m[1]) <= 30


def _attachment_title(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """An attachment's first short paragraph is its title; where the attachment is a table
    alone (附件2 重点任务分解表), the table's caption is the title too."""
    if blocks and isinstance(blocks[0], Paragraph):
        t = blocks[0].text.strip()
        if len(t) <= 80 and "。" not in t:
            return despace(t), blocks[1:]
    if blocks and isinstance(blocks[0], TableBlock) and blocks[0].caption:
        return despace(blocks[0].caption), blocks
    return None, blocks


def _place(blocks: list[Block], attachment: str | None, structure: Structure) -> list[Section]:
    paras = [b.text for b in blocks if isinstance(b, Paragraph)]
    heads = find_headings(paras)
    by_index = {h.index: h for h in heads}
    roots: list[Heading] = []
    stack: list[Heading] = []
    para_no = 0
    for b in blocks:
        if isinstance(b, TableBlock):
            view = build_table(b, [section_name(h) for h in stack])
            structure.tables.append(view)
            structure.placed.append(Placed(None, view, len(structure.tables) - 1, list(stack), attachment))
            continue
        h = by_index.get(para_no)
        para_no += 1
        if h is not None:
            while stack and stack[-1].nesting >= h.nesting:
                stack.pop()
            (stack[-1].children if stack else roots).append(h)
            stack.append(h)
            structure.placed.append(Placed(b.text, None, None, list(stack), attachment, heading=h))
        else:
            if stack:
                stack[-1].body.append(b.text)
            structure.placed.append(Placed(b.text, None, None, list(stack), attachment))
    return [_to_section(h) for h in roots]


def _to_section(h: Heading) -> Section:
    text = "\n".join(([h.text] if h.text else []) + h.body)
    return Section(level=h.level, label=h.label, title=h.title, text=text,
                   children=[_to_section(c) for c in h.children])


def _document_year(header: Header, structure: Structure) -> int | None:
    if header.date:
        return header.date.year
    m = re.search(r"[〔\[［(（](\d{4})[〕\]］)）]", header.doc_number or "")
    if m:
        return int(m.group(1))
    # 2024年卫生健康工作要点, 行动方案（2023—2025年）: the first year the title names
    m = re.search(r"((?:19|20)\d{2})\s*(?:年|[-—–~～至到]\s*(?:19|20)\d{2})", header.title or "")
    return int(m.group(1)) if m else None
