""".docx read as a stream: the same text python-docx gives, merged table cells included."""
from __future__ import annotations

import zipfile

import pytest

from corpus.errors import ReadError
from corpus.office import _python_docx_text, docx_text
from tests.conftest import SAMPLES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _docx(path, body: str):
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '</Types>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W} {R}><w:body>{body}</w:body></w:document>')
    return path


def p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tc(*paras: str, span: int = 1, vmerge: str | None = None) -> str:
    pr = ""
    if span > 1 or vmerge is not None:
        pr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
            "<w:vMerge/>" if vmerge == "continue" else f'<w:vMerge w:val="{vmerge}"/>' if vmerge else "") + "</w:tcPr>"
    return "<w:tc>" + pr + "".join(paras) + "</w:tc>"


BODY = (
    p(r("ỦY BAN NHÂN DÂN"), "<w:r><w:br/></w:r>", r("TỈNH LÀO CAI"))
    + p(r("Điều 1."), "<w:r><w:tab/></w:r>", r("Phê duyệt"), "<w:r><w:br w:type=\"page\"/></w:r>",
        f'<w:hyperlink r:id="x">{r(" Kế hoạch số 02-KH/BCĐTW")}</w:hyperlink>',
        "<w:ins>" + r("(chèn, không đọc)") + "</w:ins>")
    + "<w:tbl>"
    + "<w:tr>" + tc(p(r("Chỉ tiêu")), vmerge="restart") + tc(p(r("Năm 2025")), p(r("(%)")), span=2) + "</w:tr>"
    + "<w:tr>" + tc(p(), vmerge="continue") + tc(p(r("Kế hoạch"))) + tc(p(r("Kết quả"))) + "</w:tr>"
    + "<w:tr>" + tc(p(r("Hồ sơ trực tuyến"))) + tc(p(r("80"))) + tc(p(r("82,5"))) + "</w:tr>"
    + "</w:tbl>"
    + p(r("Nơi nhận:"))
)


def test_paragraphs_runs_breaks_hyperlinks_and_merged_cells(tmp_path, monkeypatch):
    import corpus.office

    path = _docx(tmp_path / "t.docx", BODY)
    want = _python_docx_text(path)
    monkeypatch.setattr(corpus.office, "_python_docx_text", None)
    assert docx_text(path) == (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n"
        "Điều 1.\tPhê duyệt Kế hoạch số 02-KH/BCĐTW\n"
        "Chỉ tiêu | Năm 2025\n"
        "| (%)\n"
        "Chỉ tiêu | Kế hoạch | Kết quả\n"
        "Hồ sơ trực tuyến | 80 | 82,5\n"
        "\n"
        "Nơi nhận:")
    assert docx_text(path) == want


@pytest.mark.parametrize("name", ["CV-597-HC-QLHC-CucHoaChat.docx", "TT-13-2026-BQP.docx"])
def test_real_documents_read_as_python_docx_reads_them(name, monkeypatch):
    import corpus.office

    want = _python_docx_text(SAMPLES / name)
    monkeypatch.setattr(corpus.office, "_python_docx_text", None)  # the stream reader, not the fallback
    text = docx_text(SAMPLES / name)
    assert len(text) > 5000
    assert text == want


@pytest.mark.parametrize("files, reason", [
    ({"_rels/.rels": "<x/>"}, "corrupt .docx (KeyError: \"There is no item named 'word/document.xml' in the archive\")"),
    ({"word/document.xml": "<w:document"}, "corrupt .docx (XMLSyntaxError:"),
])
def test_a_broken_docx_is_one_clear_error(tmp_path, files, reason):
    path = tmp_path / "hong.docx"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    with pytest.raises(ReadError) as e:
        docx_text(path)
    assert e.value.path == str(path) and str(e.value).startswith(reason) and "\n" not in str(e.value)
