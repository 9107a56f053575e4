"""Resource limits for untrusted input, each settable by an environment variable."""
from __future__ import annotations

import os
from dataclasses import dataclass


def _env(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class Limits:
    max_bytes: int = _env("PLANPARSE_MAX_BYTES", 200 * 1024 * 1024)
    max_inflated_bytes: int = _env("PLANPARSE_MAX_INFLATED_BYTES", 500 * 1024 * 1024)
    max_compression_ratio: int = _env("PLANPARSE_MAX_COMPRESSION_RATIO", 200)
    max_pages: int = _env("PLANPARSE_MAX_PAGES", 2000)
    max_table_cells: int = _env("PLANPARSE_MAX_TABLE_CELLS", 500_000)
    max_seconds: int = _env("PLANPARSE_MAX_SECONDS", 120)


LIMITS = Limits()
