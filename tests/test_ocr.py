"""OCR of scanned PDF pages (Tesseract vie), and header fields a scan does not show cleanly.

Fixtures (tests/fixtures/ocr): the header third of page 1 of two real decisions, as image-only PDFs
at 200 dpi: QĐ 2336/QĐ-UBND of Lào Cai (a signed scan: number and day written in by pen) and
QĐ 1074/QĐ-BXD (typed, rendered from its born-digital PDF)."""
import pytest
from click.testing import CliRunner
from PIL import Image

from cli import main
from conftest import FIXTURES
from corpus import NeedsOCR, read_document
from corpus import ocr
from corpus.document import Metadata
from corpus.ocr import OcrPage, OcrWord, fill_pages, layout_text, parse_tsv, vet_metadata

SCAN = FIXTURES / "ocr" / "qd-2336-header-scan.pdf"
TYPED = FIXTURES / "ocr" / "qd-1074-header-image.pdf"

TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def tsv(*rows) -> str:
    """Level-5 TSV rows from (block, par, line, left, top, width, height, conf, text)."""
    return TSV_HEAD + "".join("5\t1\t{}\t{}\t{}\t1\t{}\t{}\t{}\t{}\t{}\t{}\n".format(*r) for r in rows)


def page(*lines, height=1000) -> OcrPage:
    """An OCR page from lines of (text, conf) words; "||" marks a column gap."""
    words = []
    for n, line in enumerate(lines):
        left = 100
        for item in line:
            if item == "||":
                left += 400
                continue
            text, conf = item
            words.append(OcrWord(text, conf, left, 50 * n + 20, 20 * len(text), 30, (1, 1, n + 1)))
            left += 20 * len(text) + 12
    return OcrPage(text="", confidence=0.9, words=tuple(words), width=1600, height=height)


def clean(text, conf=96.0):
    return [(w, conf) for w in text.split()]


def test_tsv_words_and_layout():
    words = parse_tsv(tsv(
        (1, 1, 1, 277, 189, 50, 32, 95.3, "ỦY"), (1, 1, 1, 337, 197, 74, 25, 94.9, "BAN"),
        (1, 1, 1, 767, 194, 104, 36, 95.0, "CỘNG"), (1, 1, 1, 882, 190, 80, 33, 96.6, "HÒA"),
        (2, 1, 1, 371, 284, 128, 5, 95.0, " "),  # an empty word (a rule line) is dropped
        (3, 1, 1, 276, 320, 43, 33, 88.4, "số:"), (3, 1, 1, 335, 317, 47, 38, 44.1, "4"),
        (3, 1, 1, 393, 315, 35, 41, 36.5, "46"), (3, 1, 1, 439, 328, 175, 32, 66.8, "/QĐ-UBND"),
        (3, 1, 1, 883, 330, 60, 28, 96.7, "Lào"), (3, 1, 2, 276, 380, 60, 30, 96.0, "Căn"),
        (3, 2, 1, 276, 450, 60, 30, 96.0, "QUYẾT"),
    ))
    assert [w.text for w in words] == ["ỦY", "BAN", "CỘNG", "HÒA", "số:", "4", "46", "/QĐ-UBND", "Lào", "Căn",
                                       "QUYẾT"]
    assert words[5] == OcrWord("4", 44.1, 335, 317, 47, 38, (3, 1, 1))
    # a gap wider than three word heights is a column; "số:" opening a line is "Số:"
    assert layout_text(words) == "ỦY BAN | CỘNG HÒA\n\nSố: 4 46 /QĐ-UBND | Lào\nCăn\n\nQUYẾT"


@pytest.mark.parametrize("line, expected", [
    ("số: 1894/TB-SCT", "Số: 1894/TB-SCT"), ("Só: 45 /QĐ-UBND", "Số: 45 /QĐ-UBND"),
    ("Sô : 12/KH-UBND", "Số : 12/KH-UBND"), ("số 72/2025/QH15 ngày", "số 72/2025/QH15 ngày"),
    ("Số: 2820/QĐ-UBND", "Số: 2820/QĐ-UBND"),
])
def test_header_number_word_repaired(line, expected):
    assert ocr.fix_line(line) == expected


@pytest.mark.parametrize("lines, number, date, warnings", [
    # typed number and date
    ([clean("Số: 2336/QĐ-UBND") + ["||"] + clean("Lào Cai, ngày 02 tháng 7 năm 2026")],
     "2336/QĐ-UBND", "2026-07-02", []),
    ([clean("Số: 2336 /QĐ-UBND") + ["||"] + clean("Lào Cai, ngày 02 tháng 7 năm 2026")],
     "2336/QĐ-UBND", "2026-07-02", []),
    # handwritten after signing: digits split, a stray letter, low confidence
    ([[("Số:", 88.4), ("4", 44.1), ("46", 36.5), ("/QĐ-UBND", 66.8)]],
     None, "2026-07-02", ["OCR could not read the number cleanly (Số: 4 46 /QĐ-UBND): left empty"]),
    ([[("Số:", 90.0), ("đ", 40.0), ("5", 50.0), ("29", 45.0), ("/QĐ-UBND", 80.0)]],
     None, "2026-07-02", ["OCR could not read the number cleanly (Số: đ 5 29 /QĐ-UBND): left empty"]),
    ([[("Só:", 82.0), ("45", 54.0), ("ŠŠ", 3.0), ("/QĐ-UBND", 81.0)]],
     None, "2026-07-02", ["OCR could not read the number cleanly (Só: 45 ŠŠ /QĐ-UBND): left empty"]),
    ([[("Số:", 90.0), ("2336", 41.0), ("/QĐ-UBND", 80.0)]],
     None, "2026-07-02", ["OCR could not read the number cleanly (Số: 2336 /QĐ-UBND): left empty"]),
    # digits printed with the symbol are typed: their form decides, not Tesseract's low confidence
    ([[("Số:", 93.0), ("1074/QĐ-BXD", 37.0)]], "2336/QĐ-UBND", "2026-07-02", []),
    ([[("Số:", 93.0), ("44/2025/QĐ-TTg", 40.0)]], "2336/QĐ-UBND", "2026-07-02", []),
    ([[("Số:", 90.0), ("23j6/QĐ-UBND", 52.0)]],
     None, "2026-07-02", ["OCR could not read the number cleanly (Số: 23j6/QĐ-UBND): left empty"]),
    # a blank number in a draft is not an unclean one
    ([clean("Số: /BC-UBND")], "2336/QĐ-UBND", "2026-07-02", []),
    # the day and month by pen
    ([clean("Lào Cai,") + [("ngày", 96.2), ("0Â", 92.9), ("tháng", 93.3), ("†", 64.6)] + clean("năm 2026")],
     "2336/QĐ-UBND", None, ["OCR could not read the date cleanly (ngày 0Â tháng † năm 2026): left empty"]),
    ([clean("Lào Cai,") + [("ngày", 96.2), ("04", 35.0)] + clean("tháng 7 năm 2026")],
     "2336/QĐ-UBND", None, ["OCR could not read the date cleanly (ngày 04 tháng 7 năm 2026): left empty"]),
    ([clean("Hà Nội, ngày 32 tháng 13 năm 2026")],
     "2336/QĐ-UBND", None, ["OCR could not read the date cleanly (ngày 32 tháng 13 năm 2026): left empty"]),
    # "số 72/2025/QH15 ngày l6 tháng 6" inside a sentence is a citation, not the header
    ([clean("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày l6 tháng 6 năm 2025;")],
     "2336/QĐ-UBND", "2026-07-02", []),
])
def test_vet_metadata(lines, number, date, warnings):
    md = Metadata(type="Quyết định", number="2336/QĐ-UBND", date="2026-07-02")
    got, said = vet_metadata(md, page(*lines))
    assert (got.number, got.date, said) == (number, date, warnings)
    assert got.type == "Quyết định"


@pytest.mark.parametrize("lines", [
    [clean("Số hiệu nguy hiểm gồm 2 hoặc 3 chữ số")],  # a body line that opens with "Số"
    [clean("Số 1")],
])
def test_lines_opening_with_so_that_are_no_number_line(lines):
    md = Metadata(number="2336/QĐ-UBND")
    assert vet_metadata(md, page(*lines)) == (md, [])


@pytest.mark.parametrize("issuer, kept", [
    ("Ủy ban nhân dân tỉnh Lào Cai", True),
    ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", True),
    ("Sở Công Thương tỉnh Lào Cai", True),
    ("UBND tỉnh Lào Cai", True),
    ("£", False),
    ("Bộ Công Thương )", False),
    ("Đoàn Kiêm tra theo quyet định", False),
])
def test_issuer_misread_by_ocr_is_left_empty(issuer, kept):
    got, said = vet_metadata(Metadata(issuer=issuer), page(clean("Căn cứ")))
    assert got.issuer == (issuer if kept else None)
    assert said == ([] if kept else [f"OCR could not read the issuer cleanly ({issuer}): left empty"])


def test_header_fields_below_the_first_lines_are_not_vetted():
    lines = [clean("Căn cứ")] * 10 + [[("Số:", 90.0), ("4", 40.0), ("46", 40.0), ("/QĐ-UBND", 80.0)]]
    md = Metadata(number="2336/QĐ-UBND")
    assert vet_metadata(md, page(*lines)) == (md, [])
    assert vet_metadata(md, page(*lines[1:]))[0].number is None


@pytest.mark.parametrize("pages, expected", [([0], "1"), ([0, 1, 2, 5], "1-3, 6"), ([3, 5, 6], "4, 6-7")])
def test_page_ranges(pages, expected):
    assert ocr._ranges(pages) == expected


def test_a_signed_scan_gives_no_wrong_number_or_date():
    doc = read_document(SCAN)
    assert doc.ocr is True and doc.pages == 1
    assert len(doc.page_confidence) == 1 and 0.8 < doc.page_confidence[0] < 1.0
    assert doc.text.startswith("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert (doc.metadata.number, doc.metadata.date) == (None, None)
    assert len(doc.warnings) == 2
    assert doc.warnings[0].startswith("OCR could not read the number cleanly (Số: ")
    assert doc.warnings[0].endswith(" /QĐ-UBND): left empty")
    assert doc.warnings[1].startswith("OCR could not read the date cleanly (ngày ")
    assert doc.metadata.issuer.startswith("Ủy ban nhân dân")


def test_a_typed_page_image_reads_cleanly():
    doc = read_document(TYPED)
    assert doc.ocr is True and doc.warnings == []
    assert doc.text.startswith("BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                               "Số: 1074/QĐ-BXD | Hà Nội, ngày 29 tháng 6 năm 2026\n")
    md = doc.metadata
    assert (md.number, md.date, md.place, md.issuer) == ("1074/QĐ-BXD", "2026-06-29", "Hà Nội", "Bộ Xây dựng")


def test_progress_per_page(tmp_path):
    import pypdfium2 as pdfium

    images = [pdfium.PdfDocument(str(p))[0].render(scale=100 / 72, grayscale=True).to_pil() for p in (SCAN, TYPED)]
    two = tmp_path / "two-pages.pdf"
    images[0].save(two, "PDF", resolution=100.0, save_all=True, append_images=images[1:])
    seen = []
    pages = ocr.ocr_pdf(two, dpi=100, progress=lambda done, total: seen.append((done, total)), jobs=2)
    assert seen == [(1, 2), (2, 2)]
    assert sorted(pages) == [0, 1] and "1074/QĐ-BXD" in pages[1].text


def test_read_document_reports_ocr_progress():
    seen = []
    read_document(TYPED, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1)]


def test_without_tesseract_a_scan_needs_ocr(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(NeedsOCR) as err:
        read_document(SCAN)
    assert str(err.value) == "needs OCR: install tesseract-ocr-vie"
    result = CliRunner().invoke(main, ["extract", str(SCAN)])
    assert result.exit_code == 1
    assert result.output == f"failed: {SCAN}: needs OCR: install tesseract-ocr-vie\n"


def test_tesseract_without_the_vietnamese_model_needs_ocr(monkeypatch):
    monkeypatch.setattr(ocr, "_languages", lambda exe: frozenset({"eng", "osd"}))
    with pytest.raises(NeedsOCR, match="^needs OCR: install tesseract-ocr-vie$"):
        read_document(SCAN)


def test_ocr_never():
    with pytest.raises(NeedsOCR, match="^no usable text layer: needs OCR$"):
        read_document(SCAN, ocr="never")


@pytest.mark.parametrize("mode, texts, reason", [
    ("auto", ["", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", ""],
     "pages 1, 3 have no usable text layer (needs OCR: install tesseract-ocr-vie)"),
    ("never", ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "(cid:54)(cid:1250)", ""],
     "pages 2-3 have no usable text layer (no usable text layer: needs OCR)"),
])
def test_pages_left_unread_are_named(monkeypatch, mode, texts, reason):
    from corpus.pdf import usable

    monkeypatch.setattr(ocr.shutil, "which", lambda name, *a, **k: None)
    got = fill_pages("x.pdf", texts, usable, mode=mode)
    assert got.warnings == [reason]
    assert got.ocr is False
    assert [bool(t) for t in got.texts] == [bool(t) and usable(t) for t in texts]


def test_ocr_always_without_tesseract_keeps_text_layers(monkeypatch):
    from corpus.pdf import usable

    monkeypatch.setattr(ocr.shutil, "which", lambda name, *a, **k: None)
    texts = ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", ""]
    got = fill_pages("x.pdf", texts, usable, mode="always")
    assert got.texts == [texts[0], ""]
    assert got.warnings == ["--ocr always: needs OCR: install tesseract-ocr-vie; text layers kept",
                            "page 2 has no usable text layer (needs OCR: install tesseract-ocr-vie)"]


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="auto, always, never"):
        fill_pages("x.pdf", [""], lambda t: False, mode="sometimes")


def test_image_ocr_directly():
    img = Image.new("L", (200, 60), 255)
    got = ocr.ocr_image(img)
    assert (got.text, got.words, got.confidence) == ("", (), 0.0)
