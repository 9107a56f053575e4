"""planparse: structured extraction from Chinese government notices (公文).

    >>> import planparse
    >>> doc = planparse.parse("notice.docx")
    >>> doc.header.doc_number, len(doc.targets)
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["parse", "PlanparseError", "BadInput", "Unsupported", "ResourceLimit", "__version__"]


def __getattr__(name: str):
    # Imported on first use so that `planparse --help` starts fast.
    if name == "parse":
        from .pipeline import parse

        return parse
    if name in ("PlanparseError", "BadInput", "Unsupported", "ResourceLimit"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(name)
