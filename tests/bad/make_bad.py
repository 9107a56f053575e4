"""The catalogue of bad inputs: each file, what `planparse extract` must say, and its exit code.

    python tests/bad/make_bad.py DIR      # write the catalogue into DIR

The files are made here rather than committed (some inflate to hundreds of
megabytes or hold thousands of pages); tests build them in a temporary folder.
"""
from __future__ import annotations

import io
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
NOTICE = SAMPLES / "000_2e09f0fb1ab2e70d.txt"
DOCX = SAMPLES / "000_2e09f0fb1ab2e70d.docx"
PDF = SAMPLES / "000_2e09f0fb1ab2e70d.pdf"


@dataclass
class Entry:
    name: str
    make: Callable[[Path], None]
    code: int  # exit code of `planparse extract`
    says: str  # what the one-line error says (0: what the output must hold)
    env: dict | None = None  # limits lowered for the test


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _docx_with(document_xml: bytes | None = None, drop: str | None = None, extra: dict | None = None) -> bytes:
    src = zipfile.ZipFile(DOCX)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == drop:
                continue
            data = src.read(info.filename)
            if info.filename == "word/document.xml" and document_xml is not None:
                data = document_xml
            z.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def _entity_bomb(p: Path) -> None:
    lol = b'<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahahaha">' + b"".join(
        b'<!ENTITY %c "%s">' % (98 + k, (b"&%c;" % (97 + k)) * 10) for k in range(9)) + b"]>"
    xml = (b'<?xml version="1.0" encoding="UTF-8"?>' + lol +
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           b'<w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    p.write_bytes(_docx_with(xml))


def _zip_bomb(p: Path) -> None:
    # one part that inflates to 1 GB of zeros, stored in about 1 MB
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", zipfile.ZipFile(DOCX).read("[Content_Types].xml"))
        z.writestr("word/document.xml", b"<w:document/>")
        with z.open("word/media/bomb.bin", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):
                fh.write(chunk)
    p.write_bytes(buf.getvalue())


def _many_pages(p: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(3000):
        pdf.new_page(595, 842)
    pdf.save(str(p))


def _scanned(p: Path) -> None:
    p.write_bytes((ROOT / "tests" / "data" / "pdf" / "scanned.pdf").read_bytes())


def _encrypted(p: Path) -> None:
    p.write_bytes((ROOT / "tests" / "data" / "pdf" / "encrypted.pdf").read_bytes())


def _long_text(repeat: int) -> str:
    head = "关于印发《示例行动方案》的通知\n\n一、工作目标\n"
    return head + "到2025年，签约率达到45%，新增家庭病床200张。" * repeat + "\n"


def _long_line(p: Path) -> None:
    p.write_text(_long_text(10000), encoding="utf-8")


def _table_rows(p: Path) -> None:
    rows = "\t序号\n\t工作任务\n\t责任单位\n\n" + "".join(
        f"\t{i}\n\t建成{i % 9 + 1}家示范机构\n\t卫健局\n\n" for i in range(1, 10001))
    p.write_text("关于印发《示例行动方案》的通知\n\n一、任务分解\n" + rows, encoding="utf-8")


def _nested_html(p: Path, depth: int = 30) -> None:
    p.write_text("<html><body><p>关于做好某项工作的通知</p>" + "<table><tr><td>" * depth + "新增2家"
                 + "</td></tr></table>" * depth + "</body></html>", encoding="utf-8")


def _nested_docx(p: Path, depth: int = 60) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    inner = "<w:p><w:r><w:t>新增2家</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
           f"<w:p><w:r><w:t>关于做好某项工作的通知</w:t></w:r></w:p>{inner}</w:body></w:document>").encode()
    p.write_bytes(_docx_with(xml))


def _script_html(p: Path) -> None:
    p.write_text("<html><body><div><p>关于印发方案的通知</p><p>一、目标</p><table><tr><td>序号</td><td>任务</td>"
                 "<td>责任单位</td></tr><tr><td>1</td><td>签约率达80%<script>alert(1)</script></td>"
                 "<td>&lt;script&gt;alert(2)&lt;/script&gt;卫健局</td></tr></table></div></body></html>",
                 encoding="utf-8")


def _gb18030(p: Path) -> None:
    p.write_bytes(NOTICE.read_text(encoding="utf-8").encode("gb18030"))


def _utf16(p: Path) -> None:
    p.write_bytes(NOTICE.read_text(encoding="utf-8").encode("utf-16"))


def _mixed_endings(p: Path) -> None:
    lines = NOTICE.read_text(encoding="utf-8").split("\n")
    p.write_bytes("".join(line + ("\r\n" if k % 3 == 0 else "\r" if k % 3 == 1 else "\n")
                          for k, line in enumerate(lines)).encode("utf-8"))


CATALOGUE: list[Entry] = [
    Entry("empty.txt", _write(b""), 2, "the file is empty"),
    Entry("zero-byte.docx", _write(b""), 2, "the file is empty"),
    Entry("truncated.docx", lambda p: p.write_bytes(DOCX.read_bytes()[:4000]), 2, "corrupt or truncated"),
    Entry("not-a-docx.docx", lambda p: p.write_bytes(_plain_zip()), 2, "not a Word document"),
    # a part the relationships name is missing: what can be read is read
    Entry("missing-styles.docx", lambda p: p.write_bytes(_docx_with(drop="word/styles.xml")), 0, "常经办发〔2023〕41号"),
    Entry("missing-numbering.docx", lambda p: p.write_bytes(_docx_with(drop="word/numbering.xml")), 0,
          "常经办发〔2023〕41号"),
    Entry("no-body.docx", lambda p: p.write_bytes(_docx_with(drop="word/document.xml")), 2, "not a Word document"),
    Entry("entity-bomb.docx", _entity_bomb, 2, "corrupt Word document"),
    # found by fuzzing: a document part whose root is not w:document
    Entry("no-body-element.docx", lambda p: p.write_bytes(_docx_with(
        b'<w:documnt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')), 2, "has no body"),
    Entry("zip-bomb.docx", _zip_bomb, 4, "inflate"),
    Entry("truncated.pdf", lambda p: p.write_bytes(PDF.read_bytes()[:3000]), 2, "not a readable PDF"),
    Entry("encrypted.pdf", _encrypted, 3, "encrypted"),
    Entry("scanned.pdf", _scanned, 3, "no text layer"),
    Entry("3000-pages.pdf", _many_pages, 4, "over the limit of 2,000"),
    Entry("garbage.txt", lambda p: p.write_bytes(os.urandom(64 * 1024)), 2, "binary"),
    Entry("old-word.doc", _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048), 3, ".doc"),
    Entry("gb18030.txt", _gb18030, 0, "常经办发〔2023〕41号"),
    Entry("utf16.txt", _utf16, 0, "常经办发〔2023〕41号"),
    Entry("mixed-line-endings.txt", _mixed_endings, 0, "常经办发〔2023〕41号"),
    Entry("long-line.txt", _long_line, 0, "签约率"),
    Entry("long-line-slow.txt", lambda p: p.write_text(p.name and _long_text(40000), encoding="utf-8"), 4,
          "longer than 1 s", env={"PLANPARSE_MAX_SECONDS": "1"}),
    Entry("10000-rows.txt", _table_rows, 0, "示范机构"),
    Entry("nested-tables.html", _nested_html, 0, "新增2家"),
    Entry("nested-3000-deep.html", lambda p: _nested_html(p, 3000), 4, "nested 3000 deep"),
    Entry("nested-tables.docx", _nested_docx, 0, "新增2家"),
    Entry("nested-300-deep.docx", lambda p: _nested_docx(p, 300), 4, "nested too deeply"),
    Entry("script-in-cell.html", _script_html, 0, "<script>alert(2)</script>卫健局"),
    # found by fuzzing: control characters made lxml refuse to edit the tree
    Entry("control-chars.html", lambda p: p.write_bytes(
        b"<html><body><p>\x00\x01\xe5\x85\xb3\xe4\xba\x8e\x07</p><script>x</script>\x00\x1b<p>"
        + "关于做好某项工作的通知".encode() + b"</p></body></html>"), 0, "关于做好某项工作的通知"),
    Entry("名称 有空格 通知.txt", lambda p: p.write_bytes(NOTICE.read_bytes()), 0, "常经办发〔2023〕41号"),
    Entry("over-size-limit.txt", lambda p: p.write_bytes(NOTICE.read_bytes()), 4, "over the limit",
          env={"PLANPARSE_MAX_BYTES": "1000"}),
]


def _plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "just a zip")
    return buf.getvalue()


def build(dest: Path) -> list[tuple[Entry, Path]]:
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for e in CATALOGUE:
        path = dest / e.name
        e.make(path)
        out.append((e, path))
    return out


if __name__ == "__main__":
    for e, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")):
        print(f"{p}  → exit {e.code}: {e.says}")
