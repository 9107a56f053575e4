from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).parent / "data" / "gold"
NOTICES = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def parsed():
    """Each sample notice parsed once: {stem: Document}."""
    import planparse

    return {p.stem: planparse.parse(p) for p in NOTICES}
