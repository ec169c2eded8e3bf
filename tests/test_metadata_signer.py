"""The signer (người ký) under the signature block: excerpts of real documents of ../shared/corpus/legal."""
import pytest

from corpus.metadata import read_metadata
from corpus.signer import TAIL_CHARS, signer

# A real appendix row (Quyết định 768/QĐ-TTg, Phụ lục): long appendices follow many signature blocks.
_APPENDIX = "\nPHỤ LỤC\nTT | Vùng/tỉnh | Giai đoạn 2025 - 2030 (MW) | Giai đoạn 2031 - 2035 (MW) | Ghi chú\n" + \
    "1 | Lào Cai | 311 | 261 |\n" * (TAIL_CHARS // 20)

CASES = [
    # a footnote after the name, on its line (Công điện 224/CĐ-TTg)
    ("Nơi nhận:\n- Lưu: VT, CN.\nTHỦ TƯỚNG\nPhạm Minh Chính [1] Thông báo số 627/TB-VPCP ngày 18/11/2025",
     "Phạm Minh Chính"),
    # a military rank before the name (Thông tư 98/2025/TT-BQP, 62/2019/TT-BCA)
    ("- Lưu: VT, PC.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nThượng tướng Vũ Hải Sản", "Vũ Hải Sản"),
    ("- Lưu: VT, V19.\nBỘ TRƯỞNG\nĐại tướng Tô Lâm", "Tô Lâm"),
    # the surname wrapped onto its own line (Nghị quyết 48/2025/NQ-HĐND)
    ("- Lưu: VT.\nCHỦ TỊCH\nPhùng\nThị Hồng Hà", "Phùng Thị Hồng Hà"),
    # two columns of a .docx table: Nơi nhận left, the block right (Thông tư 24/2025/TT-BCT)
    ("Nơi nhận: | KT. BỘ TRƯỞNG\n- Văn phòng Tổng bí thư; | THỨ TRƯỞNG\n- Văn phòng Chủ tịch nước; | "
     "Trương Thanh Hoài\n- Văn phòng Quốc hội;", "Trương Thanh Hoài"),
    # the block before long appendices (Quyết định 2109/QĐ-BXD)
    ("- Lưu: VT, QLN.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Sinh" + _APPENDIX, "Nguyễn Văn Sinh"),
    # a text dump in two columns: the role after "Nơi nhận:", the name alone at the end (Công văn 5973/UBND-KT)
    ("Nơi nhận:                                               KT. CHỦ TỊCH\n- Như trên;\n"
     "- Bộ Nông nghiệp và Môi trường (để báo cáo);            PHÓ CHỦ TỊCH\n- Lưu: VT, KT(Thủy, Nho).\n\n\n"
     "                                                      Nguyễn Thành Sinh", "Nguyễn Thành Sinh"),
    # the same with the spaces squeezed: the name joined to a recipient (Quyết định 16/2026/QĐ-UBND, OCR)
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Văn phòng Chính phủ;\n- Bộ Công Thương; KT. CHỦ TỊCH\n"
     "- Cục KTVB và QLXPVPHC - Bộ Tư pháp; PHÓ CHỦ TỊCH\n- Công ty Điện lực Lào Cai;\n"
     "- Các BQL dự án ĐTXD tỉnh, Khu vực; Nguyễn Thế Phước\n- Trung tâm TT và HN tỉnh;", "Nguyễn Thế Phước"),
    # OCR: the role joined to a recipient, dashes read as tildes, a long list before the name (Quyết định
    # 11/2026/QĐ-UBND); the recipients' lines do not count against the distance from the role
    ("Nơi nhận: Ti h ˆ\n- Chính phủ; TM. ỦY BAN NHÂN DÂN\n- Vụ pháp chế - Bộ Xây dựng (b/e); HỦ TỊCH\n\n" +
     "".join(f"~ Sở số {i};\n- UBND xã số {i};\n" for i in range(10)) + "- Lưu: VT, CV, XD.\n\nNguyễn Tuấn Anh\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Tuấn Anh"),
    # a recipients' line that is a table row (three cells) is passed over, not split
    ("- Lưu: VT | CN | 02 bản;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân", "Hoàng Văn Thuân"),
    # "T/M." for "TM.", the role beside a recipient without ';' (Kế hoạch 1105/KH-ĐKT of an inspection team)
    ("Nơi nhận: T/M. ĐOÀN KIỂM TRA\n- Giám đốc Sở (để báo cáo và phê duyệt);\n"
     "- Văn phòng Sở (Bố trí kinh phí, phương TRƯỞNG ĐOÀN\ntiện Phục vụ Đoàn kiểm tra);\n"
     "- Lưu: VT, CN(M. Cường).\n\nHoàng Văn Thuân\nPHÓ GIÁM ĐỐC\nSỞ CÔNG THƯƠNG LÀO CAI\nPHỤ LỤC I", "Hoàng Văn Thuân"),
    # "(Đã ký)" and the name on one line, the block's cells joined (Nghị định 16/2025/NĐ-CP, 158/2025/NĐ-CP)
    ("- Lưu: VT, NC (02). MC |\n( Đã ký) Lê Thành Long |", "Lê Thành Long"),
    ("- Lưu: VT, KTTH(2b) | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc |", "Hồ Đức Phớc"),
    ("- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo; - Lưu: VT, CN (2). | "
     "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Bùi Thanh Sơn\nTT | Vùng/tỉnh | Giai đoạn 2025 - 2030 (MW)", "Bùi Thanh Sơn"),
    # the next heading joined to the name's line (Kế hoạch 0204/KH-UBND, Thông tư 112/2025/TT-BTC)
    ("- Lưu: VT, DT (KH03), M.A166/11.\nTM. ỦY BAN NHÂN\nDÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
     "Lâm Văn Bi Mẫu biểu số 01\n\nDỰ BÁO MỘT SỐ CHỈ TIÊU", "Lâm Văn Bi"),
    ("- Lưu: VT, KTN (100 bản)\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Thị Bích Ngọc Thông tư 112/2025/TT-BTC sửa đổi",
     "Nguyễn Thị Bích Ngọc"),
    # the last word of a two-word name wrapped (Quyết định 2637/QĐ-UBND); a heading in capitals is no name
    ("- Lưu: VT, 06.PVHCC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Quỳnh\nThiện\nPHỤ LỤC I", "Nguyễn Quỳnh Thiện"),
    ("- Lưu: VT, TTPVHCC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn\nPHỤ LỤC\nDANH MỤC THỦ TỤC", "Mai Sơn"),
    # no name: a data table after a header, a form to fill in
    ("THỦ TƯỚNG CHÍNH PHỦ\nTổng toàn quốc | 3.780,5 | 3.939,3\nI | Bắc Bộ | 2.411,5 | 2.067,3", None),
    ("CHỦ TỊCH (Ký, ghi rõ họ tên, đóng dấu)\nỦY BAN NHÂN DÂN\nXÃ/PHƯỜNG …", None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_signer(text, expected):
    assert signer(text) == expected


def test_signer_in_read_metadata():
    head = "BỘ XÂY DỰNG\nSố: 2109/QĐ-BXD\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\nCăn cứ Luật;\n"
    kind, md = read_metadata(head + CASES[5][0])
    assert (kind, md.number, md.signer) == ("document", "2109/QĐ-BXD", "Nguyễn Văn Sinh")
