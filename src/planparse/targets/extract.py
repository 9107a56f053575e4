from __future__ import annotations


def extract_targets(structure):
    return []
