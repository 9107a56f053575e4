"""The same notice gives the same result whichever format it comes in (.txt, .docx, .pdf, .html)."""
from __future__ import annotations

import pytest

from conftest import SAMPLES, TESTS_DATA, gold_pairs, match_quantities

import planparse


def _f1(gold, doc) -> float:
    m = len(match_quantities(gold, doc))
    p, r = m / max(1, len(doc.targets)), m / len(gold["quantities"])
    return 2 * p * r / (p + r) if p + r else 0.0


def _outline(doc):
    out = []

    def walk(secs):
        for s in secs:
            if s.level in (1, 2):
                out.append((s.level, s.title))
            walk(s.children)

    walk(doc.sections)
    for a in doc.attachments:
        walk(a.sections)
    return out


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_parity_with_the_text_version(parsed, fmt):
    for gold, txt_doc in gold_pairs(parsed):
        stem = gold["document"].rsplit(".", 1)[0]
        doc = planparse.parse(SAMPLES / f"{stem}.{fmt}")
        assert doc.source.format == fmt
        assert _f1(gold, doc) >= 0.95 * _f1(gold, txt_doc), (stem, fmt)
        want = [(o["level"], o["title"]) for o in gold["outline"]]
        got = _outline(doc)
        assert sum(1 for x in want if x in got) >= 0.95 * sum(1 for x in want if x in _outline(txt_doc))
        for field in ("doc_number", "issuer", "signatory", "date", "title", "recipients", "attachments"):
            assert getattr(doc.header, field) == getattr(txt_doc.header, field), (stem, fmt, field)


def test_format_is_told_by_content_not_extension(tmp_path):
    wrong = tmp_path / "notice.txt"
    wrong.write_bytes((SAMPLES / "000_2e09f0fb1ab2e70d.docx").read_bytes())
    doc = planparse.parse(wrong)
    assert doc.source.format == "docx" and doc.header.doc_number == "常经办发〔2023〕41号"


def _ledger(doc):
    """The rows an analyst copies into the 台账: what, how much, when, who."""
    return sorted(
        (t.indicator or "", t.value, t.value_max or 0, t.unit or "", t.kind, t.comparator or "",
         str(t.deadline.end) if t.deadline else "", tuple(t.owners))
        for t in doc.targets)


@pytest.mark.parametrize("stem", ["000_2e09f0fb1ab2e70d", "001_b1675a748ef562c5", "002_490fc4a074af44c1"])
def test_a_pdf_printed_from_the_docx_gives_the_same_ledger(stem):
    # the .pdf is LibreOffice's print of the .docx: cells wrapped by Chinese line breaking,
    # rows split by page breaks, must read back as the cells the .docx holds
    docx = planparse.parse(SAMPLES / f"{stem}.docx")
    pdf = planparse.parse(SAMPLES / f"{stem}.pdf")
    assert _ledger(pdf) == _ledger(docx)


NOTICES = sorted(p.stem for p in (TESTS_DATA / "notices").glob("*.txt"))


@pytest.mark.parametrize("stem", NOTICES)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_notices_written_for_the_tests_read_alike_in_every_format(stem, fmt):
    """Notices not in the corpus (tests/data/notices/README.md), made into .docx and .pdf by
    scripts/make_samples.py. Their PDFs start each attachment on a new page after a
    right-aligned date: the reader once joined the date with the next page's 附件1; wp2's
    owner note （医政科牵头，…） starts a line after a sentence that stops short of the
    margin, because its bracket cannot end a line: the reader once made it a paragraph."""
    txt = planparse.parse(TESTS_DATA / "notices" / f"{stem}.txt")
    doc = planparse.parse(TESTS_DATA / "notices" / f"{stem}.{fmt}")
    assert doc.header == txt.header
    assert _outline(doc) == _outline(txt)
    assert [(a.label, a.title) for a in doc.attachments] == [(a.label, a.title) for a in txt.attachments]
    assert _ledger(doc) == _ledger(txt)
