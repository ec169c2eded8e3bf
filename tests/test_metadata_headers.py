"""Document identity from real headers (gold/GUIDELINES.md, "Document metadata").

Each fixture is the opening of a real document from ../shared/corpus/legal, copied unchanged: different
types, issuers and sources (thuvienphapluat wraps, vbpl.vn, docx conversions, a draft, OCR text).
"""
import pytest

from conftest import FIXTURES
from corpus import read_document
from corpus.metadata import read_metadata, sentence_case, title_case_org

HEADERS = FIXTURES / "corpus" / "headers"

# (file, type, number, date, place, issuer, title)
CASES = [
    ("cd-220-cd-ttg-2025.txt",
     'Công điện', '220/CĐ-TTg', '2025-11-18', 'Hà Nội',
     'Thủ tướng Chính phủ',
     'Tập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh năm 2025'),
    ("ct-09-ct-ubnd-2025.txt",
     'Chỉ thị', '09/CT-UBND', '2025-11-18', 'Cần Thơ',
     'Ủy ban nhân dân thành phố Cần Thơ',
     'Về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ'),
    ("cv-3257-tni-qldn1-2025.txt",
     'Công văn', '3257/TNI-QLDN1', '2025-12-01', 'Tây Ninh',
     'Thuế tỉnh Tây Ninh',
     'thuế suất thuế GTGT'),
    ("cv-37951-chq-gsql-2025.txt",
     'Công văn', '37951/CHQ-GSQL', '2025-11-24', 'Hà Nội',
     'Cục Hải quan',
     'hướng dẫn thủ tục hải quan'),
    ("cv-5141-snnmt-ks-2025.txt",
     'Công văn', '5141/SNNMT-KS', '2025-12-29', 'Lào Cai',
     'Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
     'quản lý, thống kê, kê khai và báo cáo sản lượng, kết quả khai thác, thu hồi khoáng sản'),
    ("cv-laocai-draft-cv-snnmt-8-2025-huong-da.txt",
     'Công văn', None, None, 'Lào Cai',
     'Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
     'thực hiện các quy định của Luật địa chất và khoáng sản 2024, các văn bản hướng dẫn triển khai Luật và tăng cường công tác quản lý hoạt động khoáng sản trên địa bàn tỉnh'),
    ("kh-987-kh-ubnd-2025.txt",
     'Kế hoạch', '987/KH-UBND', '2025-11-20', 'Nghệ An',
     'Ủy ban nhân dân tỉnh Nghệ An',
     'Phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu công nghiệp Nghệ An giai đoạn 2026 - 2030, tầm nhìn đến năm 2045'),
    ("luat-106-2025-qh15-2025.txt",
     'Luật', '106/2025/QH15', '2025-12-05', 'Hà Nội',
     'Quốc hội',
     'Thi hành án dân sự'),
    ("nd-170-2025-nd-cp-2025.txt",
     'Nghị định', '170/2025/NĐ-CP', None, None,
     'Chính phủ',
     'Quy định về tuyển dụng, sử dụng và quản lý công chức'),
    ("nd-363-2025-nd-cp-2025.txt",
     'Nghị định', '363/2025/NĐ-CP', '2025-12-31', 'Hà Nội',
     'Chính phủ',
     'Quy định chính sách thu hút, trọng dụng nhân tài đối với quân đội nhân dân Việt Nam'),
    ("nq-57-nq-tw-2024.txt",  # a Party document: its motto is "ĐẢNG CỘNG SẢN VIỆT NAM", its organ under the type
     'Nghị quyết', '57-NQ/TW', '2024-12-22', 'Hà Nội',
     'Ban Chấp hành Trung ương',
     'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
    ("nq-170-2024-qh15.txt",
     'Nghị quyết', '170/2024/QH15', None, None,
     'Quốc hội',
     'Cơ chế, chính sách ddawwcj thù để tháo gỡ khó khăn, vướng mắc đối với các dự án, đất đai trong kết luận thanh tra, kiểm tra, bản án tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng và tỉnh Khánh Hòa'),
    ("nq-33-2025-nq-hdnd-2025.txt",
     'Nghị quyết', '33/2025/NQ-HĐND', '2025-11-18', 'Thành phố Huế',
     'Hội đồng nhân dân thành phố Huế',
     'Sửa đổi, bổ sung một số điều của quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Thừa Thiên Huế quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh Thừa Thiên Huế (nay là Thành phố Huế)'),
    ("pl-09-2025-ubtvqh15-2025.txt",
     'Pháp lệnh', '09/2025/UBTVQH15', None, None,
     'Ủy ban Thường vụ Quốc hội',
     'Sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường'),
    ("qd-11-2026-qd-ubnd-laocai-ocr.txt",
     'Quyết định', 'II/2026/QĐ-UBND', '2026-01-29', 'Lào Cai',
     'Ủy ban nhân dân tỉnh Lào Cai',
     'Ban hành Quy định một số nội dung về quản lý đầu tư và xây dựng trên địa bàn tỉnh Lào Cai'),
    ("qd-2820-qd-ubnd-2025.txt",
     'Quyết định', '2820/QĐ-UBND', '2025-11-19', 'Thành phố Hồ Chí Minh',
     'Ủy ban nhân dân Thành phố Hồ Chí Minh',
     'Ban hành kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính'),
    ("qd-4385-qd-bvhttdl-2025.txt",
     'Quyết định', '4385/QĐ-BVHTTDL', '2025-11-18', 'Hà Nội',
     'Bộ Văn hóa, Thể thao và Du lịch',
     'Về việc ban hành Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045'),
    ("qd-44-2025-qd-ttg-2025.txt",
     'Quyết định', '44/2025/QĐ-TTg', '2025-12-01', 'Hà Nội',
     'Thủ tướng Chính phủ',
     'Bãi bỏ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ'),
    ("qd-758-2024-qd-ctn-2024.txt",
     'Quyết định', '758/2024/QĐ-CTN', '2024-07-30', 'Hà Nội',
     'Chủ tịch nước',
     'Về đặc xá năm 2024'),
    ("qd-768-qd-ttg-2025-quy-hoach-dien-viii.txt",
     'Quyết định', None, None, None,
     'Thủ tướng Chính phủ',
     'Phê duyệt điều chỉnh Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050'),
    ("tb-624-tb-vpcp-2025.txt",
     'Thông báo', '624/TB-VPCP', '2025-11-16', 'Hà Nội',
     'Văn phòng Chính phủ',
     'Kết luận Phiên họp lần thứ năm của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06'),
    ("tt-51-2025-tt-byt-2006.txt",
     'Thông tư', '51/2025/TT-BYT', '2025-12-31', 'Hà Nội',
     'Bộ Y tế',
     'Ban hành Quy chuẩn kỹ thuật quốc gia đối với thuốc lá điếu'),
    ("ttlt-29-2025-ttlt-btp-bca-bqp-btc-tandtc.txt",
     'Thông tư liên tịch', '29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC', '2025-12-31', 'Hà Nội',
     'Bộ Tư pháp - Bộ Công an - Bộ Quốc phòng - Bộ Tài chính - Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao',
     'Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 29 tháng 6 năm 2018 quy định về phối hợp thực hiện trợ giúp pháp lý trong hoạt động tố tụng'),
    ("nqlt-102-2025-nqlt-2025.txt",  # joint: the bodies on lines of their own, the symbol's codes spaced
     'Nghị quyết liên tịch', '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTQVN', '2025-09-26', 'Hà Nội',
     'Ủy ban Thường vụ Quốc hội - Chính phủ - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
     'Hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân '
     'các cấp nhiệm kỳ 2026 - 2031'),
]


@pytest.mark.parametrize("name,type_,number,date,place,issuer,title", CASES, ids=[c[0] for c in CASES])
def test_header_metadata(name, type_, number, date, place, issuer, title):
    doc = read_document(HEADERS / name)
    md = doc.metadata
    assert doc.kind == "document"
    assert (md.type, md.number, md.date, md.place) == (type_, number, date, place)
    assert md.issuer == issuer
    assert md.title == title


def test_at_least_fifteen_headers_of_many_types_and_issuers():
    assert len(CASES) >= 15
    assert len({c[1] for c in CASES}) >= 10
    assert len({c[5] for c in CASES}) >= 15


@pytest.mark.parametrize("text,number", [
    ("CHÍNH PHỦ\nSố: 44 /2025/QĐ-TTg\nQUYẾT ĐỊNH", "44/2025/QĐ-TTg"),
    ("QUỐC HỘI\nNghị quyết số: 170/2024/QH15\nNGHỊ QUYẾT", "170/2024/QH15"),
    ("CHÍNH PHỦ\nSố 363/2025/NĐ-CP\nNGHỊ ĐỊNH", "363/2025/NĐ-CP"),
    ("QUỐC HỘI\nLuật số: 106/2025/QH15\nLUẬT", "106/2025/QH15"),
    ("UBND TỈNH LÀO CAI\nSố:          /BC-UBND\nBÁO CÁO", None),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: /2024/TT-BGDĐT\nTHÔNG TƯ", None),
    ("TỈNH ỦY ĐIỆN BIÊN\nSố 328-KH/TU\nKẾ HOẠCH", "328-KH/TU"),
    ("ỦY BAN NHÂN DÂN\nSố: 942/QD-UBND\nQUYẾT ĐỊNH", "942/QĐ-UBND"),
])
def test_number_line(text, number):
    kind, md = read_metadata(text)
    assert kind == "document"
    assert md.number == number


@pytest.mark.parametrize("text,place,date", [
    ("Hà Nội, ngày 29 tháng 6 năm 2026", "Hà Nội", "2026-06-29"),
    ("Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026", "Lào Cai", "2026-01-29"),
    ("Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025", "Thành phố Hồ Chí Minh", "2025-11-19"),
    ("Hà Tĩnh, ngày 01 tháng12 năm 2025", "Hà Tĩnh", "2025-12-01"),
    ("SỞ CÔNG THƯƠNG | Lào Cai, ngày      tháng 8 năm 2025", "Lào Cai", None),
    ("Độc lập - Tự do - Hạnh phúc Điện Biên, ngày 6 tháng 5 năm 2022", "Điện Biên", "2022-05-06"),
])
def test_place_and_date(text, place, date):
    _, md = read_metadata("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + text)
    assert (md.place, md.date) == (place, date)


@pytest.mark.parametrize("block,issuer", [
    ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("ỦY BAN NHÂN\nDÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ", "Cục Thuế"),
    ("CỤC THUẾ\nTHUẾ TỈNH VĨNH LONG", "Thuế tỉnh Vĩnh Long"),
    ("UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"),
    ("THỦ TƯỚNG\nCHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("BỘ CÔNG THƯƠNG", "Bộ Công Thương"),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐIỆN BIÊN", "Hội đồng nhân dân tỉnh Điện Biên"),
    ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "Ngân hàng Nhà nước Việt Nam"),
])
def test_issuer_block(block, issuer):
    _, md = read_metadata(block + "\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/QĐ-X\nQUYẾT ĐỊNH")
    assert md.issuer == issuer


@pytest.mark.parametrize("upper,org", [
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ"),
    ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    ("UBND TỈNH ĐIỆN BIÊN", "Ủy ban nhân dân tỉnh Điện Biên"),
])
def test_org_capitals(upper, org):
    assert title_case_org(upper) == org


def test_all_caps_title_takes_capitals_from_the_body():
    body = "Phát triển hạ tầng số tại tỉnh Đồng Nai, kết nối Internet vạn vật (IoT) và mạng 5G."
    assert sentence_case("PHÁT TRIỂN MẠNG 5G, INTERNET VẠN VẬT (IOT) TỈNH ĐỒNG NAI", body) == \
        "Phát triển mạng 5G, Internet vạn vật (IoT) tỉnh Đồng Nai"


def test_capitals_of_a_heading_on_a_mixed_line_are_no_casing():
    # Quyết định 2629/QĐ-TTg: the annex heading runs on into "(Kèm theo ...)" on one line
    body = ("Điều 1. Phê duyệt Chương trình kèm theo Quyết định này.\nPHỤ LỤC II\n"
            "CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ (Kèm theo Quyết định số 2629/QĐ-TTg)\n"
            "Các bộ, ngành chịu trách nhiệm thi hành Chương trình này, xây dựng Chính phủ số.")
    assert sentence_case("VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ", body) == \
        "Về việc phê duyệt Chương trình phát triển Chính phủ số"


@pytest.mark.parametrize("text,kind,title", [
    ("Còn hơn 10% vốn đầu tư chưa giải ngân\nTheo Bộ Kế hoạch và Đầu tư, ...", "news",
     "Còn hơn 10% vốn đầu tư chưa giải ngân"),
    ("3. Công tác điều tra cơ bản địa chất\n3.1. Công tác phê duyệt", "document", None),
    ("I. VỀ KẾT QUẢ ĐẠT ĐƯỢC\nThực hiện nghiêm chỉ đạo", "document", None),
])
def test_news_and_excerpts(text, kind, title):
    k, md = read_metadata(text)
    assert (k, md.title, md.number, md.issuer) == (kind, title, None, None)


def test_seed_is_news(seed_text):
    kind, md = read_metadata(seed_text)
    assert kind == "news"
    assert md.title.startswith("ĐBP - Trong thời đại cách mạng công nghiệp 4.0")
    assert (md.type, md.number, md.date, md.issuer) == (None, None, None, None)
