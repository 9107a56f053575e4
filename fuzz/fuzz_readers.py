"""Fuzz the .docx, .pdf and .html readers with mutated samples (hypothesis-driven).

    python fuzz/fuzz_readers.py                 # 1000 inputs per reader
    python fuzz/fuzz_readers.py --examples 5000 --reader docx

Each input is a sample with random byte edits (flips, deletions, insertions,
truncation); for .docx the edits go into word/document.xml and numbering.xml
inside a valid zip, and the `docx-xml` reader keeps the XML well-formed while
it changes attribute values (numId, ilvl, gridSpan, vMerge, lvlText …) and
drops or copies elements, so the walk and the numbering are what get exercised. A crash is any
exception other than planparse's own errors (BadInput, Unsupported,
ResourceLimit): it is printed with the input saved under fuzz/crashes/.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import sys
import time
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import planparse  # noqa: E402
from planparse.errors import PlanparseError  # noqa: E402

SAMPLE = ROOT / "samples" / "000_2e09f0fb1ab2e70d"
CRASHES = Path(__file__).parent / "crashes"

edit = st.tuples(st.sampled_from(["flip", "delete", "insert", "truncate"]), st.floats(0, 1),
                 st.integers(1, 64), st.binary(min_size=1, max_size=16))


def mutate(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for kind, where, size, junk in edits:
        if not buf:
            break
        at = int(where * (len(buf) - 1))
        if kind == "flip":
            for k in range(at, min(len(buf), at + size)):
                buf[k] ^= 0xFF
        elif kind == "delete":
            del buf[at:at + size]
        elif kind == "insert":
            buf[at:at] = junk
        else:
            del buf[at:]
    return bytes(buf)


def mutate_docx(data: bytes, edits) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename in ("word/document.xml", "word/numbering.xml"):
                part = mutate(part, edits)
            z.writestr(info.filename, part)
    return out.getvalue()


WEIRD = ["", "0", "-1", "1", "2", "8", "9", "99", "1000000000", "x", "%1、", "%9", "decimal", "chineseCounting",
         "bullet", "restart", "continue", "center"]


def mutate_docx_xml(data: bytes, picks) -> bytes:
    """Keep the XML well-formed and change what the walker reads: attribute values, elements."""
    from lxml import etree

    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {}
    for name in ("word/document.xml", "word/numbering.xml"):
        root = etree.fromstring(src.read(name))
        elements = list(root.iter())
        for where, action, value in picks:
            el = elements[int(where * (len(elements) - 1))]
            if action == "attr" and el.attrib:
                key = list(el.attrib)[int(where * 1000) % len(el.attrib)]
                el.set(key, WEIRD[value % len(WEIRD)])
            elif action == "drop" and el.getparent() is not None:
                el.getparent().remove(el)
                elements = list(root.iter())
            elif action == "copy" and el.getparent() is not None:
                el.addnext(etree.fromstring(etree.tostring(el)))
                elements = list(root.iter())
        parts[name] = etree.tostring(root)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, parts.get(info.filename, src.read(info.filename)))
    return out.getvalue()


pick = st.tuples(st.floats(0, 1), st.sampled_from(["attr", "attr", "drop", "copy"]), st.integers(0, 100))


class Tally:
    def __init__(self) -> None:
        self.tried = self.parsed = self.refused = 0
        self.crashes: dict[str, bytes] = {}


def fuzz(reader: str, examples: int) -> Tally:
    data = SAMPLE.with_suffix(f".{reader.replace('-xml', '')}").read_bytes()
    tally = Tally()

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(pick if reader == "docx-xml" else edit, min_size=1, max_size=6))
    def one(edits):
        if reader == "docx-xml":
            blob = mutate_docx_xml(data, edits)
        else:
            blob = mutate_docx(data, edits) if reader == "docx" else mutate(data, edits)
        tally.tried += 1
        try:
            planparse.parse(blob, name=f"fuzz.{reader}")
            tally.parsed += 1
        except PlanparseError:
            tally.refused += 1
        except Exception as e:  # a crash
            key = f"{type(e).__name__}: {str(e)[:120]}"
            if key not in tally.crashes:
                tally.crashes[key] = blob

    one()
    return tally


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=1000)
    ap.add_argument("--reader", choices=["docx", "docx-xml", "pdf", "html", "txt"], action="append")
    a = ap.parse_args()
    failed = False
    for reader in a.reader or ["docx", "docx-xml", "pdf", "html", "txt"]:
        t0 = time.perf_counter()
        t = fuzz(reader, a.examples)
        print(f"{reader:5} tried {t.tried:6}  parsed {t.parsed:6}  refused with a clear error {t.refused:6}  "
              f"crashes {len(t.crashes)}  ({time.perf_counter() - t0:.0f} s)")
        for key, blob in t.crashes.items():
            failed = True
            CRASHES.mkdir(exist_ok=True)
            path = CRASHES / f"{reader}-{hashlib.sha1(blob).hexdigest()[:10]}.{reader.replace('-xml', '')}"
            path.write_bytes(blob)
            print(f"   CRASH {key}  → {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
