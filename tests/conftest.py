from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).parent / "data" / "gold"
NOTICES = sorted(SAMPLES.glob("*.txt"))
TESTS_DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def parsed():
    """Each sample notice parsed once: {stem: Document}."""
    import planparse

    return {p.stem: planparse.parse(p) for p in NOTICES}


def gold_pairs(parsed):
    """(hand-made answers, parsed document) for each annotated sample."""
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield gold, parsed[path.name.split(".")[0]]


def _squash(s):
    return re.sub(r"[\s|]", "", (s or "").replace("％", "%"))


def match_quantities(gold, doc):
    """Pairs (gold quantity, target): same value and unit, the quote inside the target's text or row."""
    used, pairs = set(), []
    for g in gold["quantities"]:
        q = _squash(g["quote"])
        for i, t in enumerate(doc.targets):
            if i not in used and abs(t.value - g["value"]) < 1e-9 and (t.unit or None) == g["unit"] \
                    and q in _squash(t.text) + "\0" + _squash(t.context):
                used.add(i)
                pairs.append((g, t))
                break
    return pairs
