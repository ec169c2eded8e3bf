"""Old Word .doc files: antiword, LibreOffice where antiword cannot, a clear line when neither is there.

The fixtures are real: CV 597/HC-QLHC (Cục Hóa chất) saved as .doc by LibreOffice, and the header of
QĐ 2820/QĐ-UBND typed in TCVN3 .VnTime/.VnTimeH fonts (tests/fixtures/ocr/make_fixtures.py)."""
import shutil

import pytest
from click.testing import CliRunner

from cli import main
from conftest import FIXTURES
from corpus import ReadError, read_document
from corpus import office
from corpus.office import DOC_MISSING, _antiword_line

OCR = FIXTURES / "ocr"
CV597 = OCR / "cv-597-unicode.doc"
QD2820 = OCR / "qd-2820-tcvn3.doc"
CV597_HEAD = ("BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "CỤC HÓA CHẤT | Độc lập - Tự do - Hạnh phúc\n")


def without(monkeypatch, *tools):
    real = shutil.which
    monkeypatch.setattr(office.shutil, "which", lambda name, *a, **k: None if name in tools else real(name, *a, **k))


@pytest.mark.parametrize("line, expected", [
    ("|BỘ CÔNG THƯƠNG        |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM       |",
     "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("|Số: 597/HC-QLHC        |Hà Nội, ngày 27 tháng 3 năm 2026         |",
     "Số: 597/HC-QLHC | Hà Nội, ngày 27 tháng 3 năm 2026"),
    ("|kiểm soát đặc biệt     |                                         |", "kiểm soát đặc biệt"),
    ("Kính gửi: Sở Công Thương tỉnh Quảng Ngãi", "Kính gửi: Sở Công Thương tỉnh Quảng Ngãi"),
    ("|", "|"),
])
def test_antiword_table_rows_become_cells(line, expected):
    assert _antiword_line(line) == expected


def test_doc_read_with_antiword():
    doc = read_document(CV597)
    assert doc.format == "doc"
    assert doc.text.startswith(CV597_HEAD)
    md = doc.metadata
    assert (md.type, md.number, md.date, md.issuer, md.place) == (
        "Công văn", "597/HC-QLHC", "2026-03-27", "Cục Hóa chất", "Hà Nội")


def test_doc_without_antiword_falls_back_to_libreoffice(monkeypatch):
    without(monkeypatch, "antiword")
    doc = read_document(CV597)
    assert "Số: 597/HC-QLHC" in doc.text
    assert doc.metadata.number == "597/HC-QLHC"


def test_doc_without_any_tool_says_what_to_install(monkeypatch):
    without(monkeypatch, "antiword", "soffice", "libreoffice")
    with pytest.raises(ReadError) as err:
        read_document(CV597)
    assert str(err.value) == DOC_MISSING == "old Word .doc needs antiword or LibreOffice: apt-get install antiword"


def test_doc_typed_in_tcvn3_comes_out_in_unicode_with_its_capitals():
    doc = read_document(QD2820)
    assert doc.text.startswith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 2820/QĐ-UBND\n")
    assert "của Thủ tướng Chính phủ" in doc.text  # "ư" is byte 0xAD, which antiword drops
    assert doc.text.endswith("Nơi nhận: Như Điều 3; Lưu: VT.")
    assert (doc.metadata.number, doc.metadata.date) == ("2820/QĐ-UBND", "2025-11-19")


def test_doc_in_tcvn3_without_libreoffice_is_still_converted(monkeypatch):
    without(monkeypatch, "soffice", "libreoffice")
    text = read_document(QD2820).text
    assert text.startswith("ủy ban nhân dân")  # no font names: capitals typed in .VnTimeH are lost
    assert "Số: 2820/QĐ-UBND" in text
    assert "của Thủ tướng Chính phủ" in text  # antiword drops "ư" (0xAD): put back by the syllable list


@pytest.mark.parametrize("content, reason", [
    (b"This is not a Word file at all, just text.", "not a Word .doc file (no OLE2 header)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, None),  # an OLE2 header and nothing else
], ids=["text", "empty-ole2"])
def test_bad_doc_files_give_one_line(tmp_path, monkeypatch, content, reason):
    without(monkeypatch, "soffice", "libreoffice")  # LibreOffice fails on them too, only slower
    p = tmp_path / "bad.doc"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_document(p)
    msg = str(err.value)
    assert "\n" not in msg
    if reason:
        assert msg == reason
    else:
        assert msg.startswith("antiword could not read it")


def test_docx_named_doc_is_read_as_docx(tmp_path):
    p = tmp_path / "renamed.doc"
    p.write_bytes((OCR / "cv-597-unicode.docx").read_bytes())
    assert read_document(p).text.startswith(CV597_HEAD)


def test_cli_names_the_file_and_the_missing_tool(monkeypatch):
    without(monkeypatch, "antiword", "soffice", "libreoffice")
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(CV597)])
    assert result.exit_code == 1
    assert result.output == f"failed: {CV597}: {DOC_MISSING}\n"
