"""Readers turn a file's bytes into blocks. The format is told by content, not name."""
from __future__ import annotations

from ..errors import BadInput, Unsupported
from .blocks import Block, Cell, Paragraph, TableBlock

__all__ = ["Block", "Cell", "Paragraph", "TableBlock", "detect_format", "read_blocks"]


def detect_format(data: bytes, name: str | None = None) -> str:
    head = data[:2048]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise Unsupported("this is an old binary Word (.doc) or an encrypted Office file; save it as .docx", name)
    if head.startswith(b"{\\rtf"):
        raise Unsupported("this is a Rich Text (.rtf) document; save it as .docx", name)
    low = head.lower()
    if b"<html" in low or b"<!doctype html" in low or (b"<body" in low) or (b"<meta" in low and b"<div" in low):
        return "html"
    if name and name.lower().endswith((".html", ".htm")) and b"<" in head:
        return "html"
    return "txt"


def read_blocks(data: bytes, fmt: str, name: str | None = None) -> list[Block]:
    if fmt == "txt":
        from .text import read_text

        return read_text(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "html":
        from .html import read_html

        return read_html(data, name)
    raise BadInput(f"unknown format {fmt!r}", name)
