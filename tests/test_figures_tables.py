"""Figures of table rows: header, unit column, section periods and the kind of a "Kết quả" column.

The rows are taken from PHỤ LỤC I of Nghị quyết 03/NQ-CP (2025) and Phụ lục II of Nghị định
21/2026/NĐ-CP, as the corpus flattens tables to ``|`` lines."""
import pytest

from corpus.document import Metadata
from extractors import find_figures

NQ03 = """PHỤ LỤC I

DANH MỤC CÁC CHỈ TIÊU CỤ THỂ

| TT  | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
| --- | -------- | ------ | ------- | ---------------------------------- |
| I | Đến năm 2030 |  |  |  |
| 1   | Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo | Thứ bậc | Đạt mức tiên tiến ở nhiều lĩnh vực quan trọng | Bộ Khoa học và Công nghệ |
| 4   | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Bộ Thông tin và Truyền thông |
| 7   | Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến | Doanh nghiệp | ≥ 5 | Bộ Thông tin và Truyền thông |
| 10  | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông |
| 11  | Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công |  |  |  |
| 11.2| Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện | % | 90 | Văn phòng Chính phủ |
| 11.8| Tỉ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép | % | >= 30 | Văn phòng Chính phủ |
| 17  | Chi ngân sách hàng năm cho phát triển khoa học, công nghệ | % tổng chi NSNN | ≥ 3% và tăng dần theo yêu cầu phát triển | Bộ Tài chính |
| 19  | Tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới | Tổ chức | 40 - 50 | Bộ Khoa học và Công nghệ |
| 21  | Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình | %/năm | 16 - 18 | Bộ Khoa học và Công nghệ |
| 23.1| Tỉ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s. | % | 100% | Bộ Thông tin và Truyền thông |
| 29  | Hình thành các Trung tâm dữ liệu quốc gia | Trung tâm dữ liệu quốc gia | ≥ 03 | Bộ Công an |
| II| Đến năm 2045 |  |  |  |
| 37  | Chỉ số đổi mới sáng tạo toàn cầu | Thứ bậc | ≤ 30 | Bộ Khoa học và Công nghệ |
| 38  | Tỉ lệ doanh nghiệp công nghệ số | Số doanh nghiệp/1000 dân | 1 | Bộ Thông tin và Truyền thông |
"""

# (text, value, value_max, unit, qualifier, period, indicator[, scope]) of each figure, in order
NQ03_FIGURES = [
    ("≤ 3", 3, None, "hạng", "<=", "2030", "Xếp hạng năng lực cạnh tranh số", "Đông Nam Á"),
    ("≤ 50", 50, None, "hạng", "<=", "2030", "Xếp hạng năng lực cạnh tranh số", "Thế giới"),
    ("≥ 5", 5, None, "doanh nghiệp", ">=", "2030", "Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến"),
    ("≥ 30", 30, None, "%", ">=", "2030", "Quy mô kinh tế số"),
    ("90", 90, None, "%", "=", "2030",
     "Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện"),
    (">= 30", 30, None, "%", ">=", "2030", "Tỉ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép"),
    ("≥ 3%", 3, None, "%", ">=", "2030", "Chi ngân sách hàng năm cho phát triển khoa học, công nghệ"),
    ("40 - 50", 40, 50, "tổ chức", "range", "2030", "Tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới"),
    ("16 - 18", 16, 18, "%", "range", "2030",
     "Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình"),
    ("100%", 100, None, "%", "=", "2030",
     "Tỉ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s."),
    ("≥ 03", 3, None, "trung tâm dữ liệu quốc gia", ">=", "2030", "Hình thành các Trung tâm dữ liệu quốc gia"),
    ("≤ 30", 30, None, "hạng", "<=", "2045", "Chỉ số đổi mới sáng tạo toàn cầu"),
    ("1", 1, None, "số doanh nghiệp/1000 dân", "=", "2045", "Tỉ lệ doanh nghiệp công nghệ số"),
]


def test_plan_table_rows_are_targets_with_their_section_period_and_unit_column():
    figs = find_figures(NQ03, Metadata(type="Nghị quyết"))
    got = [(f.text, f.value, f.value_max, f.unit, f.qualifier, f.period, f.indicator, f.scope) for f in figs]
    # a row without a scope has none
    assert got == [(t, float(v), None if m is None else float(m), u, q, p, i, scope[0] if scope else None)
                   for t, v, m, u, q, p, i, *scope in NQ03_FIGURES]
    assert {f.kind for f in figs} == {"target"}
    assert all(NQ03[f.start:f.end] == f.text for f in figs)


@pytest.mark.parametrize("doc_type, heading, kind", [
    ("Nghị quyết", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ", "target"),   # a plan's "Kết quả" column is what it sets
    ("Quyết định", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ", "target"),   # the heading above the table decides
    ("Quyết định", "DANH SÁCH ĐƠN VỊ", "result"),
    ("Báo cáo", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ", "result"),      # a report's "Kết quả" column is what was done
])
def test_a_bare_result_column_takes_the_kind_of_the_document(doc_type, heading, kind):
    text = (f"{heading}\n\n| TT | Chỉ tiêu | Đơn vị | Kết quả |\n"
            "| 1 | Tỉ lệ giao dịch không dùng tiền mặt | % | ≥ 80 |\n")
    assert [(f.value, f.kind) for f in find_figures(text, Metadata(type=doc_type))] == [(80.0, kind)]


@pytest.mark.parametrize("column, kind", [
    ("Kế hoạch 2025", "target"), ("Chỉ tiêu năm 2025", "target"), ("Thực hiện 2025", "result"),
    ("Ước TH năm 2025", "result"), ("% so với KH", "result"), ("Kết quả cần đạt", "target"),
])
def test_a_column_name_gives_its_kind(column, kind):
    text = f"| TT | Nội dung | Đơn vị | {column} |\n| 1 | Vốn giải ngân | tỷ đồng | 150 |\n"
    assert [(f.value, f.kind) for f in find_figures(text, Metadata(type="Báo cáo"))] == [(150e9, kind)]


def test_unit_column_with_a_magnitude_word_and_one_figure_per_cell():
    text = ("Phụ lục II\nQUY MÔ TÀI NGUYÊN, TRỮ LƯỢNG KHOÁNG SẢN PHÂN TÁN, NHỎ LẺ\n"
            "TT | Loại khoáng sản | Đơn vị tính | Tổng trữ lượng, tài nguyên dự tính\n"
            "1 | Than | Ngàn tấn | < 500\n2 | Sắt | Ngàn tấn kim loại | < 200\n3 | Wolfram | Tấn kim loại | < 50\n")
    figs = find_figures(text, Metadata(type="Nghị định"))
    assert [(f.text, f.value, f.unit, f.qualifier, f.indicator) for f in figs] == [
        ("< 500", 500_000.0, "tấn", "<", "Than"), ("< 200", 200_000.0, "tấn kim loại", "<", "Sắt"),
        ("< 50", 50.0, "tấn kim loại", "<", "Wolfram")]


def test_a_unit_in_the_column_header_and_numbered_columns():
    # Quyết định 768/QĐ-TTg 2025 (Quy hoạch điện VIII điều chỉnh), Bảng 1: "(MW)" at the end of the column's name
    text = ("TT | Dự án | Công suất dự kiến (MW) | Giai đoạn vận hành | Ghi chú\n"
            "1 | LNG Quảng Ninh | 1500 | 2025-2030\n"
            "5 | NMĐ Nhơn Trạch 3 và Nhơn Trạch 4 | 1624 | 2025-2030\n")
    figs = find_figures(text, Metadata(type="Quyết định"))
    assert [(f.text, f.value, f.unit) for f in figs] == [("1500", 1500.0, "MW"), ("1624", 1624.0, "MW")]
    # Nghị định 178/2026/NĐ-CP, a form: the row numbering the columns is no data, "(đồng)" notwithstanding
    text = ("STT | Tên tài sản | Địa chỉ | Năm đưa vào sử dụng | Thông số | Diện tích | Giá trị tài sản (đồng)\n"
            "1 | 2 | 3 | 4 | 5 | 6 | 7\n")
    assert find_figures(text, Metadata(type="Nghị định")) == []
