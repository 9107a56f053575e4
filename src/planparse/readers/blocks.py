"""What every reader produces: the document as a flat list of blocks in body order."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass
class Paragraph:
    text: str
    # Centred or otherwise set apart (titles, banners); readers that cannot tell leave it False.
    centered: bool = False


@dataclass
class Cell:
    text: str
    # True where the cell continues a vertical merge from the cell above (Word vMerge,
    # an HTML rowspan, or an empty cell in the text rendering).
    merged: bool = False


@dataclass
class TableBlock:
    rows: list[list[Cell]]
    caption: str | None = None


Block = Union[Paragraph, TableBlock]
