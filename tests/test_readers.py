"""Reading real files: text encodings, PDF layout, .docx tables, HTML main text."""
import unicodedata

import pytest

from conftest import SAMPLES
from corpus import NeedsOCR, ReadError, read_document
from corpus.html import html_text
from corpus.normalize import normalize_text
from corpus.pdf import strip_furniture, usable

# The opening of Kế hoạch 987/KH-UBND (Nghệ An), as thuvienphapluat wraps it.
HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 987/KH-UBND\nNghệ An, ngày 20 tháng 11 năm 2025\n"
          "KẾ HOẠCH\nPhát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các khu công nghiệp\n"
          "Nghệ An giai đoạn 2026 - 2030, tầm nhìn đến năm 2045\n")


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: letters with their base in the code page, tone
    marks as combining characters ('ế' = 'ê' + U+0301)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in tones)
            out += unicodedata.normalize("NFC", d.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8 with BOM", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("utf-16 LE with BOM", lambda t: t.encode("utf-16")),
    ("utf-16 BE with BOM", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("NFD utf-8", lambda t: unicodedata.normalize("NFD", t).encode("utf-8")),
    ("windows-1258", cp1258),
    ("CRLF utf-8", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
]


@pytest.mark.parametrize("name,encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_text_encodings_give_the_same_document(tmp_path, name, encode):
    path = tmp_path / "kh-987.txt"
    path.write_bytes(encode(HEADER))
    doc = read_document(path)
    assert doc.text == normalize_text(HEADER)
    assert unicodedata.is_normalized("NFC", doc.text)
    md = doc.metadata
    assert (md.type, md.number, md.date, md.place, md.issuer) == \
        ("Kế hoạch", "987/KH-UBND", "2025-11-20", "Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An")
    assert md.title == ("Phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các khu công nghiệp "
                        "Nghệ An giai đoạn 2026 - 2030, tầm nhìn đến năm 2045")


def test_sha256_is_of_the_bytes(tmp_path):
    import hashlib
    path = tmp_path / "a.txt"
    path.write_bytes(HEADER.encode("utf-16"))
    assert read_document(path).sha256 == hashlib.sha256(HEADER.encode("utf-16")).hexdigest()


def test_thuvienphapluat_header_is_repaired():
    doc = read_document(SAMPLES / "qd-2820-qd-ubnd-2025.txt")
    lines = doc.text.split("\n")
    assert "Số: 2820/QĐ-UBND" in lines
    assert "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025" in lines
    assert lines[lines.index("QUYẾT ĐỊNH") + 2].startswith("BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG")
    assert "Luật Nhà ở số 27/2023/QH15" in doc.text


# -- PDF ---------------------------------------------------------------------------------------------

def test_pdf_header_columns_are_split_by_word_positions():
    doc = read_document(SAMPLES / "QD-1074-QD-BXD-29-6-2026.pdf", ocr="never")
    lines = doc.text.split("\n")
    assert lines[:5] == [
        "BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 1074/QĐ-BXD | Hà Nội, ngày 29 tháng 6 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy cho các cơ sở, công trình "
        "không bảo đảm yêu cầu về phòng cháy và chữa cháy và không có khả năng khắc phục theo các tiêu chuẩn, "
        "quy chuẩn kỹ thuật tại thời điểm đưa vào hoạt động đến trước ngày Luật Phòng cháy, chữa cháy và cứu "
        "nạn, cứu hộ có hiệu lực thi hành thuộc thẩm quyền quản lý của Bộ Xây dựng",
    ]
    assert lines[5] == "BỘ TRƯỞNG BỘ XÂY DỰNG"
    md = doc.metadata
    assert (doc.format, doc.pages, doc.kind) == ("pdf", 2, "document")
    assert (md.type, md.number, md.date, md.place, md.issuer, md.signer) == \
        ("Quyết định", "1074/QĐ-BXD", "2026-06-29", "Hà Nội", "Bộ Xây dựng", "Phạm Minh Hà")


def test_pdf_font_letters_are_repaired():
    doc = read_document(SAMPLES / "1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf", ocr="never")
    assert "ƣ" not in doc.text and "hướng dẫn" in doc.text


@pytest.mark.parametrize("name", ["TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf",  # (cid:54) glyph codes
                                  "CV-813-CucHoaChat.pdf"])  # an image-only scan
def test_pdf_without_a_usable_text_layer_needs_ocr(name):
    with pytest.raises(NeedsOCR) as e:
        read_document(SAMPLES / name, ocr="never")
    assert str(e.value) == "no usable text layer: needs OCR"


@pytest.mark.parametrize("text,ok", [
    ("(cid:54)(cid:1250) CÔNG TH(cid:1132)(cid:1130)NG (cid:264)(cid:1245)(cid:70) (cid:79)(cid:1201)(cid:83)", False),
    ("", False),
    ("Page 1 of 2 ................", False),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", True),
])
def test_usable_text_layer(text, ok):
    assert usable(text) is ok


def test_running_headers_and_page_numbers_are_dropped():
    body = [["Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định"], ["Điều 2. Đối tượng áp dụng", "Cơ quan"],
            ["Điều 3. Giải thích từ ngữ", "Trong Nghị định này"], ["Điều 4. Hiệu lực", "Nghị định này có hiệu lực"]]
    pages = [["CÔNG BÁO/Số 15 + 16/Ngày 05-01-2026"] + lines + [f"- {i} -"] for i, lines in enumerate(body, 1)]
    pages[2][0] = "CÔNG BÁO/Số 17 + 18/Ngày 06-01-2026"  # the same running header, other digits
    pages[3][-1] = "Trang 4/4"
    assert strip_furniture(pages) == body


# -- .docx, HTML ---------------------------------------------------------------------------------------

def test_docx_header_table_cells_side_by_side():
    doc = read_document(SAMPLES / "CV-597-HC-QLHC-CucHoaChat.docx")
    assert doc.text.split("\n")[:5] == [
        "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỤC HÓA CHẤT | Độc lập - Tự do - Hạnh phúc",
        "------- | ---------------",
        "Số: 597/HC-QLHC | Hà Nội, ngày 27 tháng 3 năm 2026",
        "V/v cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt",
    ]
    md = doc.metadata
    assert (md.type, md.number, md.date, md.place, md.issuer, md.title, md.signer) == (
        "Công văn", "597/HC-QLHC", "2026-03-27", "Hà Nội", "Cục Hóa chất",
        "cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt", "Vương Thành Chung")


def test_docx_paragraphs_and_tables_in_document_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Căn cứ Luật Hóa chất số 69/2025/QH15;")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate([("STT", "Chỉ tiêu", "Năm 2025"), ("1", "Tỷ lệ hồ sơ trực tuyến", "98%")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("Điều 1. Phạm vi điều chỉnh")
    d.save(tmp_path / "t.docx")
    assert read_document(tmp_path / "t.docx").text == (
        "Căn cứ Luật Hóa chất số 69/2025/QH15;\nSTT | Chỉ tiêu | Năm 2025\n1 | Tỷ lệ hồ sơ trực tuyến | 98%\n\n"
        "Điều 1. Phạm vi điều chỉnh")


PORTAL = """<html><head><title>Quyết định 942/QĐ-TTg</title><style>.x{color:red}</style>
<script>var dl = window.dataLayer;</script></head><body>
<div class="header-menu"><a href="/">Trang chủ</a> | <a href="/vb">Văn bản pháp luật</a></div>
<div class="breadcrumb">Trang chủ &gt; Văn bản</div>
<div id="toanvancontent">
<table><tr><td><p>THỦ TƯỚNG CHÍNH PHỦ</p><p>-------</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td><p>Số: 942/QĐ-TTg</p></td><td><p>Hà Nội, ngày 15 tháng 6 năm 2021</p></td></tr></table>
<p>QUYẾT ĐỊNH</p>
<p>PHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ HƯỚNG TỚI CHÍNH PHỦ SỐ GIAI ĐOẠN 2021 - 2025,
ĐỊNH HƯỚNG ĐẾN NĂM 2030</p>
<p>THỦ TƯỚNG CHÍNH PHỦ</p>
<p>Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật
Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;</p>
</div>
<div class="footer">Bản quyền thuộc về cổng thông tin. Hotline 1900 6192.</div>
<div class="related-news"><p>Tin liên quan: Nghị định 45/2020/NĐ-CP</p></div>
</body></html>"""


def test_html_main_text_without_chrome(tmp_path):
    path = tmp_path / "qd-942.html"
    path.write_text(PORTAL, encoding="utf-8")
    doc = read_document(path)
    assert doc.text.split("\n")[:4] == [
        "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "------- | Độc lập - Tự do - Hạnh phúc",
        "Số: 942/QĐ-TTg | Hà Nội, ngày 15 tháng 6 năm 2021",
        "",
    ]
    for chrome in ("Trang chủ", "dataLayer", "color:red", "Bản quyền", "Tin liên quan"):
        assert chrome not in doc.text
    md = doc.metadata
    assert (md.type, md.number, md.date, md.issuer) == ("Quyết định", "942/QĐ-TTg", "2021-06-15",
                                                         "Thủ tướng Chính phủ")
    assert md.title == ("Phê duyệt chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn "
                        "2021 - 2025, định hướng đến năm 2030")


def test_html_text_keeps_table_rows():
    assert normalize_text(html_text("<table><tr><td>Chỉ tiêu</td><td>98%</td></tr></table>")) == "Chỉ tiêu | 98%"


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert str(e.value) == "unsupported file type '.xlsx'; vanban reads .doc, .docx, .htm, .html, .pdf, .txt"
