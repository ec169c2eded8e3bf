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


# (header, number, issuer)
ISSUERS = [
    # a line a website put above the header (Nghị định 217/2026/NĐ-CP, scanned); the motto on the issuer's line
    ("@ Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ.\n\nCHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nSố: 217/2026/NĐ-CP Hà Nội, ngày 19 tháng 6 năm 2026\nNGHỊ ĐỊNH\n\n"
     "Quy định chi tiết một số điều của Luật Xây dựng về quản lý hoạt động xây dựng\nCăn cứ Luật Xây dựng;",
     "217/2026/NĐ-CP", "Chính phủ"),
    # OCR specks above the header
    ("£\nTr0r4 )\n\nCHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n| Độc lập - Tự do - Hạnh phúc\n"
     "Số: 19/NQ-CP | Hà Nội, ngày 29 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề phiên họp Chính phủ\nCăn cứ Luật;",
     "19/NQ-CP", "Chính phủ"),
    # a name of fixed capitals split over two lines of the block (Nghị quyết 95/2025/UBTVQH15)
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "---------------\nNghị quyết số: 95/2025/UBTVQH15\nHà Nội, ngày 13 tháng 8 năm 2025\nNGHỊ QUYẾT\n"
     "Quy định danh mục nhiệm vụ, hoạt động\nCăn cứ Hiến pháp;", "95/2025/UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
    # after the two columns, a line across the page is no part of the block; a wrapped name is
    ("UBND TỈNH LÀO CAI | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ KHU KINH TẾ | Độc lập - Tự do - Hạnh phúc\n"
     "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ\nMã số dự án: 4275604886\nSố: 12/GCN-BQL\nCăn cứ Luật Đầu tư;",
     "12/GCN-BQL", "Ban Quản lý khu kinh tế tỉnh Lào Cai"),
    ("BỘ CÔNG THƯƠNG | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC ĐỔI MỚI SÁNG TẠO, | Độc lập - Tự do - Hạnh phúc\n"
     "CHUYỂN ĐỔI XANH VÀ\nKHUYẾN CÔNG\nSố: 1178/ĐCK-CTT | Hà Nội, ngày 10 tháng 7 năm 2025\n"
     "V/v hướng dẫn về công tác quản lý cụm công nghiệp\nKính gửi: Sở Công Thương tỉnh Lào Cai",
     "1178/ĐCK-CTT", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"),
    # a sentence-case line above the block is no noise: the header does not start there
    ("Phụ lục VIII\n\nMẪU GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY HIỂM\n(Kèm theo Nghị định số 161/2024/NĐ-CP)\n"
     "Số: 01/GP-BCT\nCăn cứ Nghị định;", "01/GP-BCT", None),
]


@pytest.mark.parametrize("text,number,issuer", ISSUERS)
def test_issuer_block(text, number, issuer):
    kind, md = read_metadata(text)
    assert (kind, md.number, md.issuer) == ("document", number, issuer)


# (header, number, issuer): the motto whatever marks OCR gave it; the number whose symbol names the type
MOTTO_NUMBER = [
    ("UBND TỈNH LÀO CAI CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 1894 /TB-SCT Lào Cai, ngày 09 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết quả kiểm tra\nCăn cứ Quyết định;",
     "1894/TB-SCT", "Sở Công Thương tỉnh Lào Cai"),
    ("SỞ CÔNG THƯƠNG CONG HOA XA HOI CHU NGHIA VIET NAM\nĐOÀN KIỂM TRA Độc lập - Tự do - Hạnh Phúc\n"
     "THEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026\n\nSố: 1105/KH-ĐKT\n\nKẾ HOẠCH\n"
     "Kiểm tra việc chấp hành Quy định pháp luật\n\nThực hiện Quyết định số 1050/QĐ-SCT;",
     "1105/KH-ĐKT", "Đoàn Kiểm tra theo quyết định"),  # the block names the team by its decision
    # a consolidated text: its own number, not the decree it consolidates (Văn bản hợp nhất 81/VBHN-BNNMT)
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n-------\nSố: 81/VBHN-BNNMT\nHà Nội, ngày 20 tháng 11 năm 2025\nNGHỊ ĐỊNH\n"
     "Quy định về bồi thường, hỗ trợ, tái định cư\n"
     "Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường;",
     "81/VBHN-BNNMT", "Bộ Nông nghiệp và Môi trường"),
]


@pytest.mark.parametrize("text,number,issuer", MOTTO_NUMBER)
def test_motto_and_number(text, number, issuer):
    kind, md = read_metadata(text)
    assert (kind, md.number, md.issuer) == ("document", number, issuer)
