"""The document model: the single source of planparse's output schema.

Everything planparse writes (JSON, YAML, CSV rows, `planparse schema`) is
derived from these classes, so a field added here appears everywhere.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Number = Union[int, float]
Comparator = Literal[">=", ">", "<=", "<", "=", "~", "range"]
Change = Literal["increase", "decrease"]
Kind = Literal["target", "actual"]
TableKind = Literal["decomposition", "indicator", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceFile(_Model):
    """The file a document was read from."""

    path: Optional[str] = Field(None, description="Path as given, or null when parsed from bytes")
    format: Literal["txt", "docx", "pdf", "html"]
    sha256: str


class Header(_Model):
    """GB/T 9704-2012 elements of the notice (absent elements are null or [])."""

    doc_number: Optional[str] = Field(None, description="发文字号, inner spaces removed")
    issuer: Optional[str] = Field(None, description="发文机关标志 without 文件, else the signatory")
    signatory: Optional[str] = Field(None, description="发文机关署名 (the lead organ of a joint notice)")
    signatories: list[str] = Field(default_factory=list, description="All organs that sign")
    date: Optional[dt.date] = Field(None, description="成文日期")
    title: Optional[str] = Field(None, description="标题, lines joined")
    recipients: list[str] = Field(default_factory=list, description="主送机关")
    attachments: list[str] = Field(default_factory=list, description="附件说明 titles, without numbers")
    copy_number: Optional[str] = Field(None, description="份号, the copy's six-digit number")
    classification: Optional[str] = Field(None, description="密级和保密期限")
    urgency: Optional[str] = Field(None, description="紧急程度")
    signer: Optional[str] = Field(None, description="签发人 (upward reports)")
    note: Optional[str] = Field(None, description="附注, e.g. （此件公开发布）")
    copy_to: list[str] = Field(default_factory=list, description="抄送机关")
    printed_by: Optional[str] = Field(None, description="印发机关")
    printed_date: Optional[dt.date] = Field(None, description="印发日期")


class Section(_Model):
    """A heading with its body text and sub-headings."""

    level: int = Field(description="Rank of the label style: 1 一、 2 （一） 3 1. 4 （1） 5 ①; 0 第X章")
    label: Optional[str] = Field(None, description="The label as written; null where the document left it out")
    title: str
    text: str = Field("", description="Body text under the heading, before its first sub-heading")
    children: list["Section"] = Field(default_factory=list)


class Attachment(_Model):
    """An attached document (附件1 …) with its own outline."""

    label: str
    title: Optional[str] = None
    sections: list[Section] = Field(default_factory=list)


class Table(_Model):
    kind: TableKind
    caption: Optional[str] = None
    columns: list[str]
    rows: list[list[str]] = Field(description="Body rows; vertically merged cells filled down")
    merged: list[tuple[int, int]] = Field(
        default_factory=list, description="(row, column) of cells filled down from a vertical merge"
    )
    section_path: list[str] = Field(default_factory=list, description="Headings the table stands under")


class Deadline(_Model):
    start: Optional[dt.date] = None
    end: dt.date
    text: str = Field(description="The words the deadline came from")


class Source(_Model):
    """Where a target stands, so a reader can jump to it."""

    section_path: list[str] = Field(default_factory=list)
    attachment: Optional[str] = None
    table: Optional[int] = Field(None, description="Index into `tables`")
    row: Optional[int] = None
    column: Optional[int] = None
    start: int = Field(description="Offset of the number in `text`")
    end: int


class Target(_Model):
    text: str = Field(description="The sentence, list item or table cell the number stands in")
    context: Optional[str] = Field(None, description="For a table cell, the whole row joined by ' | '")
    indicator: Optional[str] = None
    value: Number
    value_max: Optional[Number] = None
    unit: Optional[str] = None
    comparator: Comparator = "="
    change: Optional[Change] = None
    kind: Kind = "target"
    deadline: Optional[Deadline] = None
    owners: list[str] = Field(default_factory=list)
    source: Source


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    source: SourceFile
    header: Header
    sections: list[Section] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)


Section.model_rebuild()
