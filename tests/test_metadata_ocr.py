"""Headers misread by OCR and texts without a header (gold/GUIDELINES.md, "Document metadata").

The header vocabulary is closed (types, administrative units), so it is compared without the marks OCR
misreads. Excerpts of scanned administrative documents of Lào Cai (../shared/corpus/pdf, read with --ocr)
and of a guidance text of Bộ Công Thương (../shared/corpus/docx), copied as read.
"""
import pytest

from corpus.metadata import read_metadata
from corpus.org_names import tone_fold

MOTTO = " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"


@pytest.mark.parametrize("word,folded", [
    ("TÍNH", "tinh"), ("tỉnh", "tinh"), ("Tĩnh", "tinh"),
    ("quận", "quân"), ("quản", "quan"),  # a letter is no tone: these stay apart
    ("PHƯỜNG", "phương"), ("Đặc", "đăc"),
])
def test_tone_fold(word, folded):
    assert tone_fold(word) == folded


# (header, type, number, date, place, issuer, title)
CASES = [
    # "TÍNH" read for "TỈNH"; the type and the title's first line on one line
    ("ỦY BAN NHÂN DÂN" + MOTTO + "\nTÍNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n"
     "Số: 446/QĐ-UBND | Lào Cai, ngày 04 tháng 7 năm 2026\n\n"
     "QUYÉT ĐỊNH CHẮP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\n\nCăn cứ Luật Tổ chức chính quyển địa phương;\n"
     "Xét hồ sơ đề nghị chấp thuận chủ trương đầu tư của nhà đầu tư;",
     "Quyết định", "446/QĐ-UBND", "2026-07-04", "Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai",
     "Chắp thuận chủ trương đầu tư"),  # the title as read: its words are no closed vocabulary
    # a speck of punctuation inside the type words; a speck for the blank day; "Tĩnh lào cai" in the date line
    ("ỦY BAN NHÂN DÂN" + MOTTO + "TỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 57/QĐ-UBND | Tĩnh lào cai, ngày | thắng 7 năm 2026\n\n"
     "QUYẾT: ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\n\nXét hồ sơ đề nghị chấp thuận chủ trương đầu tư của nhà đầu tư;",
     "Quyết định", "57/QĐ-UBND", None, "Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai",
     "Chấp thuận chủ trương đầu tư"),
    # a line of specks under the issuer is no part of its name
    ("BỘ CÔNG THƯƠNG" + MOTTO + "\n) | Độc lập - Tự do - Hạnh phúc\nSố: 2265/BCT-ATMT | "
     "Hà Nội, ngày 06 tháng 4 năm 2026\nV/v triển khai thực hiện thủ tục cấp Giấy phép\n\nKính gửi: Ủy ban nhân dân",
     "Công văn", "2265/BCT-ATMT", "2026-04-06", "Hà Nội", "Bộ Công Thương",
     "triển khai thực hiện thủ tục cấp Giấy phép"),
]


@pytest.mark.parametrize("text,type_,number,date,place,issuer,title", CASES)
def test_ocr_header(text, type_, number, date, place, issuer, title):
    kind, md = read_metadata(text)
    assert (kind, md.type, md.number, md.date, md.place, md.issuer, md.title) == \
        ("document", type_, number, date, place, issuer, title)


_GUIDE = ("Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT sửa đổi, bổ sung một số "
          "điều của Thông tư số 38/2025/TT-BCT, thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm như sau:\n")


@pytest.mark.parametrize("text,kind", [
    # parts in capitals numbered I., II.: a guidance text, not news
    (_GUIDE + "I. THÀNH PHẦN, SỐ LƯỢNG HỒ SƠ\nSố lượng hồ sơ: 01 bộ.\n", "document"),
    # points a), b)
    (_GUIDE + "1. Hồ sơ đề nghị cấp Giấy phép gồm:\na) Giấy đề nghị cấp Giấy phép theo mẫu;\n"
     "b) Bản sao Bảng kê danh sách phương tiện.\n", "document"),
    # an annex heading in a column of a scan
    ("`=\\ | Phụ lục II\nSỐ HIỆU NGUY HIỂM\nMục 1\nSố hiệu nguy hiểm gồm 2 hoặc 3 chữ số.\n", "document"),
    # one numbered list and a single point are not enough: written like news
    (_GUIDE + "1. Hồ sơ đề nghị cấp Giấy phép gồm giấy đề nghị.\na) Giấy đề nghị cấp Giấy phép theo mẫu;\n", "news"),
])
def test_kind_without_header(text, kind):
    assert read_metadata(text)[0] == kind
