"""The Symbol font's own encoding, where Word's Insert > Symbol leaves it.

A character inserted from the Symbol font is stored by its code in that font
(0xB3 for ≥), in a .docx as w:sym and in a PDF as the private-use character
U+F0B3; an indicator cell's ≥95 would otherwise read as 95 with no bound.
Only the characters that can stand in a quantity are mapped.
"""
from __future__ import annotations

_CHARS = {0x25: "%", 0x28: "(", 0x29: ")", 0x2B: "+", 0x2C: ",", 0x2D: "−", 0x2E: ".", 0x2F: "/",
          0x3C: "<", 0x3D: "=", 0x3E: ">", 0xA3: "≤", 0xA5: "∞", 0xB0: "°", 0xB1: "±", 0xB3: "≥",
          0xB4: "×", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈", **{0x30 + d: str(d) for d in range(10)}}

# the private-use block fonts with their own encoding are mapped to (U+F020–U+F0FF)
PRIVATE = "[\uf020-\uf0ff]"


def symbol_char(code: int) -> str | None:
    """The character at `code` of the Symbol font (as 0xB3 or 0xF0B3); None for one no
    quantity holds."""
    return _CHARS.get(code - 0xF000 if code >= 0xF000 else code)


def is_symbol_font(name: str) -> bool:
    """Symbol, a PDF's subset of it (ABCDEF+Symbol), or OpenSymbol that stands in for it."""
    return "symbol" in name.lower()
