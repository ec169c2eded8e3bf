"""Headers of many layouts: joint and Party documents, letters whose lines were joined or wrapped, scans, .docx
tables, drafts; excerpts from the middle of a document (gold/GUIDELINES.md, "Document metadata"). Headers copied
from ../shared/corpus/legal and ../shared/corpus/pdf (read with --ocr), as read, or constructed."""
import pytest

from corpus.metadata import read_metadata
from extractors.symbols import canonical_number

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"

# (header, type, number, date, place, issuer, title)
CASES = [
    # Nghị quyết liên tịch 102/2025: three bodies one after the other, the symbol's codes spaced
    ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCHÍNH PHỦ - ĐOÀN CHỦ TỊCH\n\nỦY BAN TRUNG ƯƠNG\n\nMẶT TRẬN TỔ QUỐC VIỆT NAM\n\n"
     + MOTTO + "Số: 102/2025/NQLT - UBTVQH15 - CP - ĐCTUBTWMTQVN\n\nHà Nội, ngày 26 tháng 9 năm 2025\n\n"
     "NGHỊ QUYẾT LIÊN TỊCH\n\nHướng dẫn quy trình hiệp thương, giới thiệu người ứng cử\n\n"
     "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     "Nghị quyết liên tịch", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTQVN", "2025-09-26", "Hà Nội",
     "Ủy ban Thường vụ Quốc hội - Chính phủ - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử"),
    # Quyết định 144/2025/QĐ-CTUBND: "ỦY / BAN" cut by a line end; CTUBND (Chủ tịch UBND) is one code
    ("CHỦ TỊCH ỦY\nBAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 144/2025/QĐ-CTUBND\nĐồng Tháp, ngày 02 tháng 12 năm 2025\n"
     "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ VỀ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;",
     "Quyết định", "144/2025/QĐ-CTUBND", "2025-12-02", "Đồng Tháp", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp",
     "Ban hành quy chế về quản lý, sử dụng chữ ký số"),
    # Công văn 5387/CT-CS: a lower-case "v/v" joined to the number's line (CT is Cục Thuế here, not Chỉ thị)
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "---------------\nSố: 5387/CT-CS v/v trả lời phản ánh kiến nghị\nHà Nội, ngày 20 tháng 11 năm 2025 *\n"
     "Kính gửi: Độc giả Hoàng Văn Trung",
     "Công văn", "5387/CT-CS", "2025-11-20", "Hà Nội", "Cục Thuế", "trả lời phản ánh kiến nghị"),
    # a scan (Nghị quyết 19/2026/NQ-CP): specks above the header, "Số," after a rule of em dashes
    ("#\nTTPT(4, v)\n\nCHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "~- sze—————Số, 19/2026/NQ-CP | Hà Nội, ngày 29 tháng 4 năm 2026\n\n- | NGHỊ QUYÉT\n"
     "Cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15,",
     "Nghị quyết", "19/2026/NQ-CP", "2026-04-29", "Hà Nội", "Chính phủ",
     "Cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính"),
    # a scan (Kế hoạch 1105/KH-ĐKT): the slash lost between the number and the type code
    ("SỞ CÔNG THƯƠNG | CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n\nĐOÀN KIÊM TRA | Độc lập - Tự do - Hạnh Phúc\n"
     "Lào Cai, ngày 10 tháng 3 năm 2026\n\nSố: 1105KH-ĐKT\n\nKÉ HOẠCH\nKiểm tra việc chấp hành Quy định pháp luật\n\n"
     "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026;",
     "Kế hoạch", "1105/KH-ĐKT", "2026-03-10", "Lào Cai", "Đoàn Kiêm tra", "Kiểm tra việc chấp hành Quy định pháp luật"),
    # a scan (Quyết định 2336/QĐ-UBND): day and month misread, the place stays
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 45 ŠŠ /QĐ-UBND | Lào Cai, ngày 0Â tháng † năm 2026\n\nQUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư\n\n"
     "Căn cứ Luật Đầu tư;",
     "Quyết định", None, None, "Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", "Chấp thuận chủ trương đầu tư"),
    # a V/v line cut after a word that wants its object; the next line goes on with a capital
    ("ỦY BAN NHÂN DÂN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc\n"
     "Số: /UBND-KT | Lào Cai, ngày tháng năm 2026\nV/v triển khai thực hiện thủ tục cấp\n"
     "Giấy phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9\nKính gửi: Sở Công Thương",
     "Công văn", None, None, "Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai",
     "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9"),
    # a scan (Công văn of Bộ Công Thương): the V/v line cut after "câp" (OCR for "cấp"), a blank line, then its end
    ("BỘ CÔNG THƯƠNG | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n2 | Độc lập - Tự do - Hạnh phúc\n"
     "V/v triên khai thực hiện thủ tục câp | Hà Nội, ngày). thángh năm 2026\n\n"
     "Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phó",
     "Công văn", None, None, "Hà Nội", "Bộ Công Thương",
     "triên khai thực hiện thủ tục câp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"),
    # Party documents: the committee under its Đảng bộ, the lower-case title joined to the type line
    ("ĐẢNG BỘ TỈNH LÀO CAI\nTỈNH ỦY\n*\nSố 45-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 12 tháng 3 năm 2025\n"
     "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển kinh tế số đến năm 2030\n-----\nI. TÌNH HÌNH",
     "Nghị quyết", "45-NQ/TU", "2025-03-12", "Lào Cai", "Tỉnh ủy Lào Cai", "Về phát triển kinh tế số đến năm 2030"),
    ("TỈNH ỦY ĐIỆN BIÊN | ĐẢNG CỘNG SẢN VIỆT NAM\n* |\nSố 328-KH/TU | Điện Biên, ngày 24 tháng 4 năm 2025\n"
     "KẾ HOẠCH thực hiện Nghị quyết số 57-NQ/TW\n\nThực hiện Nghị quyết",
     "Kế hoạch", "328-KH/TU", "2025-04-24", "Điện Biên", "Tỉnh ủy Điện Biên", "Thực hiện Nghị quyết số 57-NQ/TW"),
    # "SỐ" inside the body's name does not end the block
    ("BAN CHỈ ĐẠO\nPHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ TỈNH\n-------\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1332/KH-BCĐ\n"
     "Nghệ An, ngày 10 tháng 7 năm 2025\nKẾ HOẠCH\nTriển khai Nền tảng địa chỉ số\nI. MỤC ĐÍCH",
     "Kế hoạch", "1332/KH-BCĐ", "2025-07-10", "Nghệ An",
     "Ban Chỉ đạo phát triển khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số tỉnh", "Triển khai Nền tảng địa chỉ số"),
    # Công văn 5363/CT-CS read twice: line repair joined the place-and-date line to the V/v line
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "---------------\nSố: 5363/CT-CS\nV/v xây dựng, ban hành Bảng giá tính lệ phí trước bạ ô tô, xe máy Hà Nội, ngày 20 "
     "tháng 11 năm 2025\nKính gửi: Các Thuế tỉnh, thành phố.",
     "Công văn", "5363/CT-CS", "2025-11-20", "Hà Nội", "Cục Thuế",
     "xây dựng, ban hành Bảng giá tính lệ phí trước bạ ô tô, xe máy"),
    # Thông báo 627/TB-VPCP: a name in an ALL CAPS title takes its capitals from the opening paragraph
    ("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
     "Số: 627/TB-VPCP\nHà Nội, ngày 18 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH "
     "TẠI PHIÊN HỌP\nNgày 15 tháng 11 năm 2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp.\n"
     + "Các bộ, ngành xử lý vi phạm, rà soát phạm vi quản lý.\n" * 80,  # a long text: the name is only at its opening
     "Thông báo", "627/TB-VPCP", "2025-11-18", "Hà Nội", "Văn phòng Chính phủ",
     "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại phiên họp"),
    # OCR marks on the words a header is found by: "Só:", "ngảy ... nắm", the type before "số"
    ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------\n"
     "Só: 224/CĐ-TTg\nHà Nội, ngảy 20 tháng 11 nắm 2025\nCÔNG ĐIỆN\nVỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ\n- Bộ trưởng;",
     "Công điện", "224/CĐ-TTg", "2025-11-20", "Hà Nội", "Thủ tướng Chính phủ", "Về việc khẩn trương chuẩn bị"),
    ("QUỐC HỘI\n\n-------\n\nCỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "Nghị quyét só: 248/2025/QH15\n\nNGHỊ QUYẾT\n\nVỀ MỘT SỐ CƠ CHẾ ĐẶC THÙ\n\nQUỐC HỘI\n\nCăn cứ Hiến pháp;",
     "Nghị quyết", "248/2025/QH15", None, None, "Quốc hội", "Về một số cơ chế đặc thù"),
    # Nghị định 332/2025/NĐ-CP as vbpl.vn gives it, every line break doubled: a title of five wrapped lines
    ("CHÍNH PHỦ\n\n\n\n_________\n\n\n\nSố: 332/2025/NĐ-CP\n\n\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n\n\n"
     "Hà Nội, ngày 18 tháng 12 năm 2025\n\n\n\nNGHỊ ĐỊNH\n\n\n\n"
     + "\n\n\n\n".join(["Quy định chi tiết và biện pháp thi hành một số điều của Luật Năng lượng",
                         "nguyên tử về bảo đảm an toàn bức xạ, an toàn, an ninh, thanh sát hạt nhân,",
                         "thông báo, khai báo, cấp phép, thanh tra, kiểm tra về an toàn bức xạ",
                         "và hạt nhân, ứng phó sự cố bức xạ, sự cố hạt nhân và bồi thường",
                         "thiệt hại hạt nhân", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"]),
     "Nghị định", "332/2025/NĐ-CP", "2025-12-18", "Hà Nội", "Chính phủ",
     "Quy định chi tiết và biện pháp thi hành một số điều của Luật Năng lượng nguyên tử về bảo đảm an toàn bức xạ, "
     "an toàn, an ninh, thanh sát hạt nhân, thông báo, khai báo, cấp phép, thanh tra, kiểm tra về an toàn bức xạ và "
     "hạt nhân, ứng phó sự cố bức xạ, sự cố hạt nhân và bồi thường thiệt hại hạt nhân"),
    # a V/v line wrapped over a blank line: the acronym goes on it
    ("THUẾ TỈNH TÂY NINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 3257/TNI-QLDN1\n\nV/v thuế suất thuế\n\nGTGT\n\n"
     "Tây Ninh, ngày 01 tháng 12 năm 2025\n\nKính gửi: Công ty",
     "Công văn", "3257/TNI-QLDN1", "2025-12-01", "Tây Ninh", "Thuế tỉnh Tây Ninh", "thuế suất thuế GTGT"),
]


@pytest.mark.parametrize("text,type_,number,date,place,issuer,title", CASES, ids=range(len(CASES)))
def test_header(text, type_, number, date, place, issuer, title):
    kind, md = read_metadata(text)
    assert (kind, md.type, md.number, md.date, md.place, md.issuer, md.title) == \
        ("document", type_, number, date, place, issuer, title)


@pytest.mark.parametrize("text", [
    # the end of Thông tư 110/2025/TT-BTC: a clause, then the recipients
    ("Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế.\n"
     "6. Trong quá trình thực hiện, trường hợp có vướng mắc, đề nghị phản ánh kịp thời về Bộ Tài chính./.\n"
     "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;"),
    # an article of a decree
    ("thực hiện theo quy định tại khoản 2 Điều này.\nĐiều 12. Hiệu lực thi hành\nNghị định này có hiệu lực."),
    # the signature block
    "các cơ quan, đơn vị phản ánh về Sở Tài chính để tổng hợp./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
])
def test_excerpt_from_the_middle_is_a_document(text):
    kind, md = read_metadata(text)
    assert (kind, md.type, md.number, md.issuer, md.title) == ("document", None, None, None, None)


def test_a_second_code_is_not_unglued():
    assert canonical_number("144/2025/QĐ-CTUBND") == "144/2025/QĐ-CTUBND"
    assert canonical_number("1626/QĐTTg") == "1626/QĐ-TTg"  # the type code still is


# (issuer block, issuer): bodies under a body, named in full (Nghị định 30/2020/NĐ-CP, Annex I)
BLOCKS = [
    ("UBND HUYỆN MƯỜNG ẢNG\nPHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch huyện Mường Ảng"),
    ("TỈNH ỦY LÀO CAI\nBAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy Lào Cai"),
    ("TỈNH ỦY LÀO CAI\nVĂN PHÒNG", "Văn phòng Tỉnh ủy Lào Cai"),
    ("HĐND TỈNH ĐIỆN BIÊN\nTHƯỜNG TRỰC", "Thường trực Hội đồng nhân dân tỉnh Điện Biên"),
    ("UBND TỈNH LÀO CAI\nSỞ NỘI VỤ", "Sở Nội vụ tỉnh Lào Cai"),
]


@pytest.mark.parametrize("block,issuer", BLOCKS)
def test_issuer_under_its_body(block, issuer):
    text = (block + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 12/HD-BTG\nLào Cai, ngày 3 tháng 4 năm 2025\nV/v hướng dẫn tuyên truyền\nKính gửi: Các đơn vị")
    assert read_metadata(text)[1].issuer == issuer


def test_a_treaty_protocol_is_no_decree():
    # Nghị định thư (pdf/, read with --ocr): "NGHỊ ĐỊNH THƯ" is no Nghị định, and its name on top is no issuer block
    text = ("NGHỊ ĐỊNH THƯ\nGIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA NHÂN DÂN TRUNG HOA\nVỀ VIỆC\nTHỰC HIỆN HIỆP ĐỊNH VẬN TẢI ĐƯỜNG BỘ\n"
            "Căn cứ Hiệp định vận tải đường bộ;")
    kind, md = read_metadata(text)
    assert (md.type, md.issuer) == (None, None)


def test_an_acronym_in_a_title_keeps_its_capitals():
    # Nghị quyết 35/2025/NQ-HĐND: "... CỦA HĐND TỈNH THỪA THIÊN HUẾ": a word with no vowel is no syllable
    from corpus.casing import sentence_case
    assert sentence_case("SỬA ĐỔI QUY ĐỊNH CỦA HĐND TỈNH VỀ TTHC") == "Sửa đổi quy định của HĐND tỉnh về TTHC"


# (issuer block as OCR read it, issuer): heads, fixed names and units whatever marks OCR gave or took
OCR_BLOCKS = [
    ("UBND TỈNH LÀO CAI CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nSỚ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc",
     "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"),
    ("THÚ TƯỚNG CHÍNH PHÚ\n-------\nCỌNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", "Thủ tướng Chính phủ"),
    ("BỌ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bộ Nội vụ"),
    ("ÚY BAN NHÂN DÂN\nTHÀNH PHÓ CẦN THƠ\n-------\nCỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Ủy ban nhân dân thành phố Cần Thơ"),
]


@pytest.mark.parametrize("block,issuer", OCR_BLOCKS)
def test_issuer_block_misread_by_ocr(block, issuer):
    text = block + "\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nLào Cai, ngày 3 tháng 4 năm 2025\nKẾ HOẠCH\nPhát triển du lịch"
    assert read_metadata(text)[1].issuer == issuer


@pytest.mark.parametrize("line,date,place", [
    ("Nghệ An, ngày 20/11/2025", "2025-11-20", "Nghệ An"),
    ("Hà Nội ngày 20 tháng 11 năm 2025", "2025-11-20", "Hà Nội"),  # OCR lost the comma
    ("Thành phố Hồ Chí Minh ngày 20 tháng 11 năm 2025", "2025-11-20", "Thành phố Hồ Chí Minh"),
])
def test_less_usual_place_and_date_lines(line, date, place):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 987/KH-UBND\n{line}\nKẾ HOẠCH\nPhát triển hạ tầng số\nI. MỤC ĐÍCH")
    md = read_metadata(text)[1]
    assert (md.date, md.place, md.title) == (date, place, "Phát triển hạ tầng số")


def test_a_date_cited_in_a_v_v_title_stays_in_it():
    # the title cites a document with its date: only a place-and-date line that ends the line is cut off
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/CT-CS\nV/v thực hiện Quyết định số 3103/QĐ-BTC, ngày 05 tháng 9 năm 2025 của Bộ Tài chính\n"
            "Hà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế tỉnh")
    md = read_metadata(text)[1]
    assert md.title == "thực hiện Quyết định số 3103/QĐ-BTC, ngày 05 tháng 9 năm 2025 của Bộ Tài chính"
    assert md.date == "2025-11-20"


@pytest.mark.parametrize("number,mark,type_", [
    ("12/UBND-KT", "Về việc:", "Công văn"),  # the trích yếu written out
    ("12/QĐ-UBND", "Về việc:", "Quyết định"),  # its type line lost: the symbol says the type
    ("5387/CT-CS", "V/v", "Công văn"),  # V/v is a letter's; CT is Cục Thuế's code here, not Chỉ thị's
])
def test_a_letters_subject_line(number, mark, type_):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\n{mark} triển khai thực hiện Nghị quyết số 57-NQ/TW\nLào Cai, ngày 3 tháng 4 năm 2025\n"
            "Kính gửi: Các sở")
    md = read_metadata(text)[1]
    assert (md.type, md.title) == (type_, "triển khai thực hiện Nghị quyết số 57-NQ/TW")


@pytest.mark.parametrize("block,lines,issuer,title", [
    # a draft: its remark beside or under the type line is no title
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "QUYẾT ĐỊNH (Dự thảo lần 2)\nVề việc ủy quyền cho Giám đốc Sở Công Thương",
     "Ủy ban nhân dân tỉnh Lào Cai", "Về việc ủy quyền cho Giám đốc Sở Công Thương"),
    # what comes with the document is no part of its name
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch (Kèm theo Tờ trình số 12/TTr-SCT)",
     "Ủy ban nhân dân tỉnh Lào Cai", "Về việc phê duyệt Kế hoạch"),
    # "khoáng" keeps its mark where the old placing "hoá" is made new; a company's group over it
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC ĐỊA CHẤT VÀ KHOÁNG SẢN VIỆT NAM", "QUYẾT ĐỊNH\nVề việc phê duyệt trữ lượng",
     "Cục Địa chất và Khoáng sản Việt Nam", "Về việc phê duyệt trữ lượng"),
    ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "QUYẾT ĐỊNH\nVề việc phê duyệt phương án",
     "Tổng công ty Điện lực miền bắc", "Về việc phê duyệt phương án"),
])
def test_drafts_annexes_and_companies(block, lines, issuer, title):
    text = (block + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 125/QĐ-UBND\n"
            "Lào Cai, ngày 5 tháng 3 năm 2026\n" + lines + "\nCăn cứ Luật Tổ chức chính quyền địa phương;")
    md = read_metadata(text)[1]
    assert (md.issuer, md.title) == (issuer, title)


@pytest.mark.parametrize("text", [
    # cut mid-sentence, at a list's item, at a table's row (Kế hoạch 0129/KH-UBND, Quyết định 768/QĐ-TTg)
    "tượng dễ bị tổn thương.\n\n- Hướng dẫn người dân sử dụng nước sạch, hóa chất khử khuẩn.",
    "- Chủ trì, tham mưu, đề xuất các đề tài, dự án nghiên cứu và chuyển giao ứng dụng.\n- Tăng cường quản lý.",
    "Các đồng chí là Ủy viên Ủy ban kiểm tra Thành ủy;\nPhó Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân.",
    "5 | Nhà máy điện gió Easin 1 | 100 | 2025-2030 | ĐZ 220 kV\n6 | Nhà máy điện gió Easin 2 | 100 | 2025-2030",
    # a citation at a line's start is no header ('Nghị định số 231/2025/NĐ-CP' with no colon, 'số ...' in a sentence)
    ("nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia quy định tại Điều 6\n"
     "Nghị định số 231/2025/NĐ-CP ngày 26 tháng 8 năm 2025 của Chính phủ;\n"
     "số 118/2025/NĐ-CP ngày 09/6/2025 về thực hiện thủ tục hành chính."),
])
def test_excerpt_from_the_middle_without_headings(text):
    kind, md = read_metadata(text)
    assert (kind, md.type, md.number, md.issuer) == ("document", None, None, None)


def test_a_header_far_down_an_excerpt_is_a_form_not_its_header():
    # an excerpt whose 16th line of text opens a form annexed to the document
    text = "".join(f"{i}. Nội dung thứ {i} của phụ lục;\n" for i in range(1, 17)) + (
        "TÊN CƠ QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: ....../BC\nBÁO CÁO\nVề việc vận hành")
    assert read_metadata(text) == ("document", read_metadata("1. Nội dung")[1])


def test_a_consolidated_text_without_its_own_number():
    # Thông tư 43/2015/TT-BGTVT as consolidated: no "Số:" line; it opens by naming the document it consolidates
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG TƯ\n\n"
            "QUY ĐỊNH THỦ TỤC CẤP, THU HỒI BẢN CÔNG BỐ PHÙ HỢP LAO ĐỘNG HÀNG HẢI\n\n____________________-\n\n"
            "Thông tư số 43/2015/TT-BGTVT ngày 20 tháng 8 năm 2015 của Bộ trưởng Bộ Giao thông vận tải quy định "
            "thủ tục cấp, có hiệu lực kể từ ngày 01 tháng 11 năm 2015, được sửa đổi, bổ sung bởi:\n\nCăn cứ Luật;")
    md = read_metadata(text)[1]
    assert (md.type, md.number) == ("Thông tư", "43/2015/TT-BGTVT")


def test_a_title_in_a_docx_tables_cell():
    text = ("ỦY BAN NHÂN DÂN | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI | | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/QĐ-UBND | | Lào Cai, ngày 3 tháng 4 năm 2025\n| QUYẾT ĐỊNH |\n| Về việc phê duyệt kế hoạch |\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;")
    md = read_metadata(text)[1]
    assert (md.type, md.title) == ("Quyết định", "Về việc phê duyệt kế hoạch")
