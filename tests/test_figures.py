"""find_figures on real sentences: one row per case of issue 4, with exact spans and fields.

A row's text marks each expected figure span with ``[[...]]``; the expectations give the fields
under test, in text order (fields not named are not checked, except value, unit and qualifier)."""
import re

import pytest

from extractors import find_figures


def marked(s: str) -> tuple[str, list[tuple[int, int]]]:
    """'có [[trên 3.900 tài khoản]]' -> ('có trên 3.900 tài khoản', [(3, 23)])."""
    spans, out, pos = [], [], 0
    for m in re.finditer(r"\[\[(.*?)\]\]", s):
        out.append(s[pos:m.start()])
        start = sum(map(len, out))
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), spans


def fig(value, unit, qualifier="=", **fields):
    return dict(value=value, unit=unit, qualifier=qualifier, **fields)


CASES = [
    # Vietnamese numbers
    ("Toàn tỉnh có [[trên 3.900 tài khoản]] thư điện tử công vụ.",
     [fig(3900, "tài khoản", ">", indicator="tài khoản thư điện tử công vụ")]),
    ("Tỷ lệ hồ sơ trực tuyến [[đạt 53,5%]].", [fig(53.5, "%", indicator="Tỷ lệ hồ sơ trực tuyến")]),
    ("Dân số toàn tỉnh là [[1.497.360 người]].", [fig(1497360, "người", indicator="Dân số toàn tỉnh")]),
    ("Tỷ lệ thu ngân sách [[đạt 100,12%]] dự toán.", [fig(100.12, "%")]),
    ("Có [[1,2 triệu người]] tham gia bảo hiểm xã hội.",
     [fig(1_200_000, "người", indicator="người tham gia bảo hiểm xã hội")]),
    ("Tổng vốn đầu tư là [[8.585 tỷ đồng]].", [fig(8_585_000_000_000, "đồng", indicator="Tổng vốn đầu tư")]),
    ("Doanh thu [[đạt 15 nghìn tỷ đồng]].", [fig(15_000_000_000_000, "đồng", indicator="Doanh thu")]),
    ("Trong thời hạn [[ba mươi (30) ngày]] kể từ ngày nhận hồ sơ.", [fig(30, "ngày")]),
    ("Kinh phí đã phân bổ [[11,7/12,7 nghìn tỷ đồng]].", [fig(11_700_000_000_000, "đồng")]),
    ("Thời gian thông quan là [[21 giờ 34 phút 12 giây]] đối với hàng xuất khẩu.",
     [fig(21.57, "giờ", indicator="Thời gian thông quan đối với hàng xuất khẩu")]),
    ("Thời điểm 31/10/2016 là [[107 tỷ 396 triệu đồng]].", [fig(107_396_000_000, "đồng")]),
    ("Tỷ lệ dân số trưởng thành có chữ ký số [[≥ 70%]], tăng [[~10%]] so với tháng 3.",
     [fig(70, "%", ">="), fig(10, "%", "~")]),
    ("Có [[từ 40 - 50 tổ chức]] khoa học và công nghệ được xếp hạng.", [fig(40, "tổ chức", "range", value_max=50)]),
    ("Diện tích [[10.000m2]], đường dài [[20km]] qua [[100ha]] rừng.",
     [fig(10000, "m2"), fig(20, "km"), fig(100, "ha")]),
    # ranks
    ("Chỉ số PCI của tỉnh [[xếp thứ 25/63]] tỉnh, thành phố.", [fig(25, "hạng")]),
    ("Tỉnh [[đứng thứ hai]] cả nước về thu hút đầu tư.", [fig(2, "hạng")]),
    ("Còn [[22/63 địa phương]] chưa gửi báo cáo.", [fig(22, "địa phương")]),
    # qualifiers
    ("Còn [[hơn 10%]] vốn đầu tư chưa giải ngân.", [fig(10, "%", ">", indicator="vốn đầu tư chưa giải ngân")]),
    ("Tỷ lệ giải ngân [[vượt 90%]].", [fig(90, "%", ">")]),
    ("Thu ngân sách [[vượt 5%]] kế hoạch.", [fig(5, "%", "=")]),
    ("100% các sở, ngành có tỷ lệ xử lý văn bản trên môi trường mạng đạt [[từ 80% trở lên]].",
     [fig(100, "%", indicator="sở, ngành có tỷ lệ xử lý văn bản trên môi trường mạng"), fig(80, "%", ">=")]),
    ("100% cơ quan, tổ chức sử dụng [[ít nhất 01 ứng dụng]] AI.", [fig(100, "%"), fig(1, "ứng dụng", ">=")]),
    ("Bảo đảm mức [[tối thiểu 3%]] tổng chi ngân sách nhà nước cho khoa học.",
     [fig(3, "%", ">=", kind="target")]),
    ("Tỷ lệ che phủ rừng [[không dưới 50%]].", [fig(50, "%", ">=")]),
    ("Không bố trí vốn cho dự án giải ngân [[dưới 30%]] kế hoạch.", [fig(30, "%", "<")]),
    ("Thời gian giải quyết [[tối đa 05 ngày làm việc]].", [fig(5, "ngày", "<=", indicator="Thời gian giải quyết")]),
    ("Thời gian thông quan [[không quá 30 ngày]].", [fig(30, "ngày", "<=")]),
    ("Có [[khoảng 500 hộ]] bị ảnh hưởng.", [fig(500, "hộ", "~", indicator="hộ bị ảnh hưởng")]),
    ("[[Gần 2.000 người]] tham gia hội nghị.", [fig(2000, "người", "~")]),
    ("Tỷ lệ hộ nghèo giảm [[xấp xỉ 20%]].", [fig(20, "%", "~")]),
    ("Lũy kế vốn giải ngân [[ước đạt 8.150 tỷ đồng]].", [fig(8_150_000_000_000, "đồng", "~", kind="result")]),
    ("Ước số giải ngân đến hết ngày 31/1/2017, lũy kế vốn đầu tư là [[304.219,4 tỷ đồng]], [[đạt 89,8%]] so với kế hoạch.",
     [fig(304_219_400_000_000, "đồng", "~", indicator="lũy kế vốn đầu tư"), fig(89.8, "%", "=")]),
    ("Tỷ lệ kê khai thuế điện tử [[đạt từ 60% đến 80%]].", [fig(60, "%", "range", value_max=80)]),
    ("Tỷ lệ bao phủ [[đạt 60-80%]].", [fig(60, "%", "range", value_max=80)]),
    ("Đơn vị giải ngân [[từ 10% đến dưới 30%]] bị cắt giảm vốn.", [fig(10, "%", "range", value_max=30)]),
    ("Chỉ số sản xuất công nghiệp tăng [[4,9%]] so cùng kỳ.",
     [fig(4.9, "%", "=", indicator="Chỉ số sản xuất công nghiệp tăng", kind="result")]),
    ("Tỷ lệ thất nghiệp giảm [[0,1%]].", [fig(0.1, "%", "=")]),
    # not figures
    ("Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.", []),
    ("Trong năm 2022, giai đoạn 2021 - 2025, theo Điều 5 và khoản 2 Điều 3.", []),
    ("Trong thời đại cách mạng công nghiệp 4.0, Kiến trúc phiên bản 2.0, mạng 5G và Đề án 06.", []),
    ("Trong đó có [[21 phiên họp]] 4 cấp, chính quyền địa phương 2 cấp.", [fig(21, "phiên họp")]),
    ("Dịch vụ công trực tuyến mức độ 3, 4 và mức độ 3 và 4.", []),
    ("Lượt xem: 117", []),
    ("Điện thoại: 0215.3825.123", []),
    ("Chương trình 135 được triển khai theo Nghị quyết 19 và Kế hoạch 02.", []),
    ("1. Mục tiêu chung\na) Nâng cao chất lượng.\n(1) ban hành văn bản;", []),
    ("Luật Khoáng sản năm 2010 có hiệu lực đến ngày 01/7/2025.", []),
    ("Báo cáo kết quả giám sát tài chính 6 tháng đầu năm 2016.", []),
    ("Nguyên tắc “6 rõ” và QCVN:109/2017/BTTTT, mạng 3G/4G.", []),
    ("Số lượng đường dây 500 kV được đầu tư.", []),
    ("Cập nhật 2017-05-17 09:53, chuyển từ khu vực 3 sang khu vực 2.", []),
    ("Công ty Việt Hân chịu [[80%]] và Vinafood 2 chịu [[20%]] theo tỷ lệ vốn góp.", [fig(80, "%"), fig(20, "%")]),
    ("1 Tỷ lệ vốn vay ngoại tệ [[80%]]\n2\nTỷ lệ vốn vay nội tệ [[20%]]", [fig(80, "%"), fig(20, "%")]),
    # coordination shares the indicator; trong đó gives the parent
    ("Tỷ lệ số hóa hồ sơ của cấp tỉnh [[đạt 98%]], cấp huyện [[49%]], cấp xã [[38%]].",
     [fig(98, "%", indicator="Tỷ lệ số hóa hồ sơ", scope="cấp tỉnh"),
      fig(49, "%", indicator="Tỷ lệ số hóa hồ sơ", scope="cấp huyện"),
      fig(38, "%", indicator="Tỷ lệ số hóa hồ sơ", scope="cấp xã")]),
    # a subject over 30 words is cut at its last indicator head (tỷ lệ, số lượng, tổng số, ...), not
    # at a word count: the seed's "tỷ lệ" was read as "lệ số hóa hồ sơ, ..."
    ("Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được nâng cấp và bổ sung nhiều chức năng mới "
     "phục vụ người dân, doanh nghiệp; tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính (TTHC) điện tử đối với TTHC thuộc thẩm quyền giải quyết của cấp tỉnh [[đạt 98%]], cấp huyện [[49%]], cấp xã [[38%]].",
     [fig(98, "%", indicator="tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính (TTHC) điện tử đối với TTHC thuộc thẩm quyền giải quyết", scope="cấp tỉnh"),
      fig(49, "%", indicator="tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính (TTHC) điện tử đối với TTHC thuộc thẩm quyền giải quyết", scope="cấp huyện"),
      fig(38, "%", indicator="tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính (TTHC) điện tử đối với TTHC thuộc thẩm quyền giải quyết", scope="cấp xã")]),
    # Nghị định 170/2025/NĐ-CP, Điều 13 (the 30-word cut gave "viết và phỏng vấn thì tổng điểm ... theo tỷ lệ
    # điểm của bài thi viết")
    ("Trường hợp lựa chọn hình thức thi kết hợp viết và phỏng vấn thì tổng điểm bài thi viết và bài thi phỏng "
     "vấn được quy đổi về thang điểm 100 theo tỷ lệ điểm của bài thi viết là [[70%]], của bài thi phỏng vấn là "
     "[[30%]].",
     [fig(70, "%", indicator="tỷ lệ điểm của bài thi viết"), fig(30, "%")]),
    ("Tỷ lệ hồ sơ trực tuyến [[đạt 53%]], trong đó tỷ lệ hồ sơ trực tuyến toàn trình [[đạt 82%]].",
     [fig(53, "%", id="f1", parent=None), fig(82, "%", id="f2", parent="f1",
                                               indicator="tỷ lệ hồ sơ trực tuyến toàn trình")]),
    ("Đã thực hiện [[trên 90 hội nghị]] truyền hình trực tuyến, trong đó có [[21 phiên họp]] 4 cấp, [[5 phiên]] quốc tế.",
     [fig(90, "hội nghị", ">", parent=None), fig(21, "phiên họp", parent="f1"), fig(5, "phiên", parent="f1")]),
    ("Tổng doanh thu là [[431.417.950 triệu đồng]] (trong đó: Khối bộ là [[358.608.484 triệu đồng]], [[chiếm 83,1%]]).",
     [fig(431_417_950_000_000, "đồng", parent=None),
      fig(358_608_484_000_000, "đồng", parent="f1", scope="Khối bộ"),
      fig(83.1, "%", parent=None, scope="Khối bộ", indicator="tỷ trọng trong Tổng doanh thu")]),
    ("Đặc biệt như Đồng Nai là [[1,84 ngày]], Lai Châu và Hậu Giang là [[1,5 ngày]].",
     [fig(1.84, "ngày", scope="Đồng Nai"), fig(1.5, "ngày", scope="Lai Châu và Hậu Giang")]),
    ("Nhất là các địa phương như Đồng Nai, Gia Lai ([[đều đạt 100%]]), Bình Thuận ([[99,84%]]), Tp. Hồ Chí Minh ([[99,37%]]).",
     [fig(100, "%", scope="Đồng Nai, Gia Lai"), fig(99.84, "%", scope="Bình Thuận"),
      fig(99.37, "%", scope="Tp. Hồ Chí Minh")]),
    ("Bộ Y tế thực hiện [[85 thủ tục]] hành chính.", [fig(85, "thủ tục", scope="Bộ Y tế")]),
    ("Bộ Giao thông vận tải thực hiện [[56 thủ tục]] hành chính.",
     [fig(56, "thủ tục", scope="Bộ Giao thông vận tải", indicator="thủ tục hành chính thực hiện")]),
    ("Các bộ, ngành [[đạt 98%]], các địa phương [[đạt 90%]].",
     [fig(98, "%", scope="Các bộ, ngành"), fig(90, "%", scope="các địa phương")]),
    ("Tổng số thu tiền cấp quyền khai thác khoáng sản đạt được: [[291.881.108.667 đồng]].",
     [fig(291_881_108_667, "đồng", indicator="Tổng số thu tiền cấp quyền khai thác khoáng sản")]),
    # kind and period
    ("Mục tiêu đến năm 2025 tỷ lệ dân số có tài khoản thanh toán [[đạt 80%]].",
     [fig(80, "%", kind="target", period="2025", indicator="tỷ lệ dân số có tài khoản thanh toán")]),
    ("Kết quả giải ngân [[đạt 45,2%]] kế hoạch.", [fig(45.2, "%", kind="result")]),
    ("Phấn đấu đến năm 2030 có [[1,5 triệu doanh nghiệp]].", [fig(1_500_000, "doanh nghiệp", kind="target", period="2030")]),
    ("Trong năm 2022 Sở đã tham mưu ban hành [[4 văn bản]] quy phạm pháp luật.",
     [fig(4, "văn bản", kind="result", period="2022", indicator="văn bản quy phạm pháp luật tham mưu ban hành")]),
    ("Bộ Tài chính tổng hợp kết quả 6 tháng đầu năm 2016 của [[425 doanh nghiệp]].",
     [fig(425, "doanh nghiệp", period="6 tháng đầu năm 2016")]),
    ("Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027\n+ [[100%]] dịch vụ công trực tuyến toàn trình.\n"
     "- Giai đoạn 2028-2030\n+ [[99%]] người dân, doanh nghiệp đánh giá hài lòng.",
     [fig(100, "%", kind="target", period="2025-2027", indicator="dịch vụ công trực tuyến toàn trình"),
      fig(99, "%", kind="target", period="2028-2030", indicator="người dân, doanh nghiệp đánh giá hài lòng")]),
    # a subject that only names a period shares the indicator of the figure before it (NQ 380/NQ-CP 2025)
    ("phấn đấu tăng trưởng kinh tế cả năm 2025 đạt [[trên 8%]] và năm 2026 đạt [[từ 10% trở lên]].",
     [fig(8, "%", ">", period="2025", indicator="tăng trưởng kinh tế cả năm 2025"),
      fig(10, "%", ">=", period="2026", indicator="tăng trưởng kinh tế")]),
    ("Dân số trung bình năm 2023 là [[1.250.400 người]], năm 2024 là [[1.262.100 người]].",
     [fig(1250400, "người", period="2023", indicator="Dân số trung bình năm 2023"),
      fig(1262100, "người", period="2024", indicator="Dân số trung bình")]),
    # the counted noun said before ends at the figure's own clause, and no verb is said twice
    ("Năm 2020 toàn tỉnh có [[1.230 hợp tác xã]] nông nghiệp, đến năm 2024 tăng [[215 hợp tác xã]].",
     [fig(1230, "hợp tác xã", period="2020", indicator="hợp tác xã nông nghiệp"),
      fig(215, "hợp tác xã", period="2024", indicator="hợp tác xã nông nghiệp tăng")]),
    ("thu từ hoạt động xuất, nhập khẩu [[500 tỷ đồng]], [[vượt 58,73%]] so dự toán, tăng [[15,47%]] so cùng kỳ",
     [fig(500e9, "đồng", indicator="thu từ hoạt động xuất, nhập khẩu"),
      fig(58.73, "%", indicator="tỷ lệ thu từ hoạt động xuất, nhập khẩu so dự toán"),
      fig(15.47, "%", indicator="tỷ lệ thu từ hoạt động xuất, nhập khẩu so dự toán tăng")]),
    # a comma before a change verb starts the next figure's clause
    # "lượt" is a classifier: the known noun after it is counted with it
    ("Trong 9 tháng đầu năm 2024, tỉnh đã đón [[1,8 triệu lượt khách du lịch]], tăng [[12,5%]] so với cùng kỳ.",
     [fig(1_800_000, "lượt khách du lịch", indicator="lượt khách du lịch đón"),
      fig(12.5, "%", indicator="tỷ lệ lượt khách du lịch đón tăng so với cùng kỳ")]),
    # a list of abbreviations stays in the noun phrase (KH 617/KH-UBND 2025); a clause after "%" that
    # starts with "nên", "do", "vì" ... is no indicator (KH 0204/KH-UBND 2025)
    ("b) Đến hết năm 2030: Có [[≥ 60%]] DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.",
     [fig(60, "%", ">=", period="2030", indicator="DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số")]),
    ("- Tỷ lệ tiêu thụ vé số đạt [[trên 99%]] nên thu từ hoạt động xổ số ước [[vượt 19%]] dự toán năm.",
     [fig(99, "%", ">", indicator="Tỷ lệ tiêu thụ vé số"), fig(19, "%", "~")]),
    # a numbered heading that ends with a period gives it to the lines under it (KH 144/KH-UBND 2025)
    ("II. MỤC TIÊU\n\n1. Phát triển kinh tế số đến năm 2030\n\n"
     "- Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số [[đạt 60%]].\n",
     [fig(60, "%", kind="target", period="2030",
          indicator="Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số")]),
    ("1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.\n- Vòng hoa [[tối đa 1.500.000 đồng]].",
     [fig(1_500_000, "đồng", "<=", period=None)]),
    # table rows flattened to lines
    ("| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2025 | Thực hiện 2025 |\n"
     "| 1 | Tỷ lệ hồ sơ trực tuyến | % | [[80]] | [[85,5]] |\n"
     "| 2 | Vốn giải ngân | tỷ đồng | [[150]] | [[120]] |",
     [fig(80, "%", indicator="Tỷ lệ hồ sơ trực tuyến", kind="target", period="2025"),
      fig(85.5, "%", indicator="Tỷ lệ hồ sơ trực tuyến", kind="result", period="2025"),
      fig(150_000_000_000, "đồng", indicator="Vốn giải ngân", kind="target"),
      fig(120_000_000_000, "đồng", indicator="Vốn giải ngân", kind="result")]),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_find_figures(source, expected):
    text, spans = marked(source)
    figs = find_figures(text)
    assert len(figs) == len(expected), [f.text for f in figs]
    marked_spans = iter(spans)
    for f, exp in zip(figs, expected):
        assert f.value == pytest.approx(exp["value"])
        assert f.unit == exp["unit"]
        assert f.qualifier == exp["qualifier"]
        for key in ("value_max", "indicator", "scope", "kind", "period", "parent", "id"):
            if key in exp:
                assert getattr(f, key) == exp[key], (key, getattr(f, key))
    # every marked span is the span of a figure, in order
    found = [(f.start, f.end) for f in figs]
    for span in marked_spans:
        assert span in found, (text[span[0]:span[1]], [f.text for f in figs])


def test_ids_in_text_order_and_text_is_the_span():
    text = "Đã thực hiện trên 90 hội nghị, trong đó có 21 phiên họp 4 cấp, 5 phiên quốc tế."
    figs = find_figures(text)
    assert [f.id for f in figs] == ["f1", "f2", "f3"]
    assert all(text[f.start:f.end] == f.text for f in figs)
    assert [f.start for f in figs] == sorted(f.start for f in figs)


@pytest.mark.parametrize("metadata_type, kind", [("Nghị định", None), ("Kế hoạch", "target"), ("Báo cáo", "result")])
def test_kind_defaults_to_the_document_type(metadata_type, kind):
    from corpus.document import Metadata

    figs = find_figures("Mức phạt tiền không quá 50.000.000 đồng.", Metadata(type=metadata_type))
    assert [f.kind for f in figs] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Tổ chức đã được cấp phép phải có ít nhất 03 năm kinh nghiệm.", None),  # a threshold, despite "đã", "phải"
    ("Mục tiêu đến năm 2030 có 50% hồ sơ được số hóa.", "target"),
    ("Kết quả đạt được: 12 cơ sở được kiểm tra.", "result"),
])
def test_regulations_name_their_goals_and_results(text, kind):
    from corpus.document import Metadata

    assert [f.kind for f in find_figures(text, Metadata(type="Nghị định"))] == [kind]


@pytest.mark.parametrize("text, date, kinds", [
    # "đến năm" sets a goal for a year to come, not for one the sentence measures from an earlier year
    ("Năm 2020 toàn tỉnh có 1.230 hợp tác xã nông nghiệp, đến năm 2024 tăng 215 hợp tác xã.", None,
     ["result", "result"]),
    ("Đến năm 2024, toàn tỉnh có 215 hợp tác xã.", "2025-01-10", ["result"]),   # before the report's year
    ("Đến năm 2025, toàn tỉnh có 215 hợp tác xã.", "2025-01-10", ["target"]),
    ("So với năm 2020, đến năm 2030 tỷ lệ hộ nghèo giảm 2%.", None, ["target"]),   # the base of a goal
])
def test_to_a_year_is_a_goal_only_for_a_year_to_come(text, date, kinds):
    from corpus.document import Metadata

    assert [f.kind for f in find_figures(text, Metadata(type="Báo cáo", date=date))] == kinds


@pytest.mark.parametrize("text, periods", [
    # the base of a comparison and the year in a law's name are not the figure's period
    ("Năm 2024 tỉnh có 1.250 doanh nghiệp thành lập mới, tăng 12% so với năm 2023.", ["2024", "2024"]),
    ("Doanh thu đạt 500 tỷ đồng, tăng 12% so với cùng kỳ năm 2023.", [None, None]),
    ("Sơ kết thực hiện Luật Hợp tác xã năm 2012, tỉnh có 120 hợp tác xã.", [None]),
    ("Thực hiện Luật Đầu tư công trong năm 2022, tỉnh giải ngân 1.200 tỷ đồng.", ["2022"]),
])
def test_period_is_not_a_base_year_nor_a_law_year(text, periods):
    assert [f.period for f in find_figures(text)] == periods


@pytest.mark.parametrize("text, kinds", [
    # a rule stated has no kind, also when news reports it (NQ 111/2025/UBTVQH15; own sentences)
    ("trường hợp quy định mức tối thiểu là từ 02 công trình trở lên", [None]),
    ("Từ ngày 1/7, mức phí thẩm định hồ sơ được quy định là 500.000 đồng/hồ sơ.", [None]),
    ("Theo báo cáo, năm 2024 tỉnh đã cấp 120 giấy phép theo quy định.", ["result"]),
    ("Tỷ lệ trường đạt chuẩn theo quy định mức độ 1 đạt 45%.", ["result"]),
])
def test_a_rule_stated_has_no_kind(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


@pytest.mark.parametrize("text, doc_type, kinds", [
    # a deadline a procedure sets has no kind (QĐ 138/QĐ-UBND 2025, NQ 24/2026/NQ-CP)
    ("a) Thời gian thực hiện: Không quá 08 ngày làm việc. Hẹn lần 1: không quá 05 ngày làm việc.", "Quyết định",
     [None, None]),
    ("d) Sở Nội vụ trong thời gian 05 ngày làm việc kể từ ngày tiếp nhận biên bản giám định y khoa.", "Nghị quyết",
     [None]),
    ("Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ, Công an tỉnh cấp giấy phép.", "Kế hoạch", [None]),
    # a duration reported is still a result
    ("Kết quả: thời gian giải quyết thủ tục đã giảm còn 5 ngày.", "Báo cáo", ["result"]),
])
def test_a_deadline_set_has_no_kind(text, doc_type, kinds):
    from corpus.document import Metadata

    assert [f.kind for f in find_figures(text, Metadata(type=doc_type))] == kinds


def test_a_regulation_heading_kind_ends_with_its_article():
    from corpus.document import Metadata

    text = ("Điều 3. Mục tiêu\nĐến năm 2030 có 80% hồ sơ được số hóa.\n"
            "Điều 12. Vi phạm quy định về quản lý hóa chất\n1. Phạt tiền từ 2.000.000 đồng đến 4.000.000 đồng.\n")
    assert [f.kind for f in find_figures(text, Metadata(type="Nghị định"))] == ["target", None]


def test_a_share_under_a_goal_heading_is_a_target():
    from corpus.document import Metadata

    # "chiếm" says what share, not whether it is reached (KH 144/KH-UBND 2025; QĐ 768/QĐ-TTg 2025)
    text = "II. MỤC TIÊU\n\n1. Phát triển kinh tế số đến năm 2030\n\n- Kinh tế số chiếm 45% GRDP tỉnh.\n"
    assert [(f.kind, f.period) for f in find_figures(text, Metadata(type="Kế hoạch"))] == [("target", "2030")]
    assert [f.kind for f in find_figures("Năm 2024, kinh tế số chiếm 15% GRDP.", Metadata(type="Báo cáo"))] == ["result"]


def test_cue_inside_a_name_is_no_cue():
    figs = find_figures("Nguồn vốn Chương trình mục tiêu quốc gia là 5.793,5 tỷ đồng.")
    assert [f.kind for f in figs] == ["result"]


def test_bad_input_gives_no_figure():
    assert find_figures("") == []
    assert find_figures("%%% /// ... 1.2.3.4 ,,, (((") == []


@pytest.mark.parametrize("text, kinds", [
    # a goal the result is measured by sets no goal: "theo chỉ tiêu", "vượt kế hoạch đề ra", "đạt 90% kế hoạch"
    ("Dư nợ thực hiện theo chỉ tiêu kế hoạch giao đạt 140 tỷ đồng, hoàn thành 100% kế hoạch.", ["result", "result"]),
    ("Toàn tỉnh có 629 trường đạt chuẩn, vượt kế hoạch đề ra; 03 trường ngoài công lập đạt chuẩn.", ["result", "result"]),
    ("Vốn trong nước giải ngân đạt 90,2% kế hoạch, vốn khác là 46 tỷ đồng.", ["result", "result"]),
    # ... unless the goal's number follows it
    ("Tăng trưởng quý I đạt 5,1%, rất xa so với mục tiêu 6,7%.", ["result", "target"]),
    # the goal's own verb ("thu", "giải ngân") does not make it a result
    ("Ngân hàng sẽ phấn đấu thu nợ khoảng 450 tỷ đồng.", ["target"]),
    ("Phấn đấu giải ngân đạt 100% kế hoạch vốn.", ["target"]),
    # an amount due is observed: "số tiền phải thu"
    ("Số tiền phải thu năm 2025: 133.582.810.235 đồng.", ["result"]),
    # a plan, an estimate planned ("dự tính") or a proposal sets a target; a clause after ":" opens with its cue
    ("Ông cho biết: Kế hoạch của ngành là trong năm 2017 đạt mức tăng trưởng 15%.", ["target"]),
    ("Tổng vốn cho vay dự tính năm 2017 là 58.300 tỷ đồng.", ["target"]),
    ("Năm 2017, thành phố đề xuất thực hiện 4 đề án trong 3 lĩnh vực.", ["target", "target"]),
    ("Kế hoạch số 12/KH-UBND được triển khai, đã tổ chức 20 hội nghị.", ["result"]),
    # a plan named before a list is not the goal of its items
    ("Tỉnh phê duyệt kế hoạch đấu thầu, gồm: Gói thầu số 6: giá gói thầu là 36.300 triệu đồng.", ["result"]),
    # an estimated need is no result
    ("Định hướng giai đoạn 2031 - 2035: Ước nhu cầu vốn đầu tư tương đương 130,0 tỷ USD.", ["target"]),
])
def test_kind_cues_in_context(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


def test_a_news_headline_is_no_heading():
    from corpus.metadata import read_metadata

    text = ("Ngành du lịch có khả năng đạt mục tiêu đón 13 triệu khách quốc tế\n"
            "Trong sáu tháng đầu năm, mỗi tháng ngành đón hơn 1 triệu lượt khách quốc tế.\n")
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == ["target", "result"]


@pytest.mark.parametrize("text, figures", [
    # "cấp" after a number names levels, also as OCR misreads its marks (QĐ 11/2026/QĐ-UBND, a scan)
    ("thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý", []),
    ("thâm quyên của chính quyên địa phương 02 cáp trong lĩnh vực quản lý", []),
    # ... but "cấp phó" counts deputies (Nghị định 303/2025/NĐ-CP)
    ("Số lượng cấp phó của người đứng đầu không quá 03 cấp phó.", [(3, "cấp phó")]),
])
def test_levels_are_no_figures(text, figures):
    assert [(f.value, f.unit) for f in find_figures(text)] == figures


@pytest.mark.parametrize("text, figures", [
    # a magnitude after the high end of a range is both ends'
    ("Tổng tồn kho lên đến [[13 - 14 triệu tấn]].", [fig(13e6, "tấn", "range", value_max=14e6)]),
    ("Dự kiến đón [[từ 12,5-13 triệu lượt khách]] quốc tế.", [fig(12.5e6, "lượt khách", "range", value_max=13e6)]),
    ("Sản lượng điện sản xuất và nhập khẩu [[560,4 - 624,6 tỷ kWh]].", [fig(560.4e9, "kWh", "range", value_max=624.6e9)]),
    # "một" written as a digit in set phrases is no count
    ("Ngân hàng huy động 1 số nguồn vốn khác và xây dựng hệ thống 1 cửa điện tử.", []),
])
def test_ranges_and_set_phrases(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    ("Đến nay đã chi trả cho [[41.766 đối tượng]] bị thiệt hại.", [fig(41766, "đối tượng")]),
    ("Sở tiến hành khảo sát tại [[6 Sở]] chuyên ngành.", [fig(6, "Sở")]),
    ("Ủy ban nhân dân thành phố ban hành danh mục [[201 dịch vụ công]] trực tuyến.", [fig(201, "dịch vụ công")]),
    # a footnote's or heading's number at a line start, before a capital, is no count
    ("Ghi chú:\n2 Đối tượng được tập huấn: người điều khiển phương tiện vận chuyển.", []),
])
def test_counted_nouns_and_line_labels(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # the span of a plan names it, it measures nothing (Kế hoạch 0204/KH-UBND Cà Mau, Quyết định 4385/QĐ-BVHTTDL)
    ("Căn cứ Nghị định số 45/2017/NĐ-CP quy định chi tiết lập kế hoạch tài chính 05 năm và kế hoạch "
     "tài chính - ngân sách nhà nước 03 năm;", []),
    ("phù hợp với Chiến lược phát triển kinh tế-xã hội 10 năm 2021-2030", []),
    # ... but a plan's period or review cycle stated is a duration (Luật Đường bộ 2024, Nghị định 178/2025/NĐ-CP)
    ("Thời kỳ quy hoạch kết cấu hạ tầng đường bộ là [[10 năm]].", [fig(10, "năm")]),
    ("Quy hoạch được rà soát theo định kỳ [[05 năm]].", [fig(5, "năm")]),
])
def test_plan_spans_are_no_durations(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # an amount in "tỷ" with no unit after it is in đồng
    ("Nguồn vốn vay nước ngoài [[67.235 tỷ]]. Sẽ có [[hơn 20 nghìn tỷ]] cho dự án.",
     [fig(67_235e9, "đồng"), fig(20e12, "đồng", ">")]),
    ("những mỏ có giá trị [[từ 50 -150 tỷ]] sẽ thu trong [[05 năm]]",
     [fig(50e9, "đồng", "range", value_max=150e9), fig(5, "năm")]),
    ("Dân số toàn tỉnh 1,2 triệu.", []),
])
def test_amounts_in_ty_are_in_dong(text, figures):
    test_find_figures(text, figures)


def test_an_amount_still_due_is_observed():
    from corpus.document import Metadata

    figs = find_figures("Số tiền còn phải thu chuyển sang năm 2026: 100.340.859.020 đồng.", Metadata(type="Báo cáo"))
    assert [f.kind for f in figs] == ["result"]


@pytest.mark.parametrize("text, figures", [
    # a rate keeps what it is counted per (QĐ 2530/QĐ-TTg, KH 0204/KH-UBND, KH 165/KH-UBND)
    ("nồng độ bụi PM2.5 trung bình năm đạt [[dưới 40 μg/m3]] (giảm [[20%]] so với năm 2024)",
     [fig(40, "μg/m3", "<"), fig(20, "%")]),
    ("GRDP bình quân đầu người [[ước đạt 80 triệu đồng/người/năm]].", [fig(80e6, "đồng/người/năm", "~")]),
    ("Phấn đấu tổng tỷ suất sinh [[đạt 2,1 con/phụ nữ]].", [fig(2.1, "con/phụ nữ")]),
    ("Cơ sở có công suất [[từ 50 m3/ngày trở lên]].", [fig(50, "m3/ngày", ">=")]),
    ("Mức thu [[20.000 đồng]]/báo cáo tài chính.", [fig(20000, "đồng")]),
])
def test_rates_keep_what_they_are_per(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text", [
    # a slogan named by its count, its items each repeating the word (Thông báo 627/TB-VPCP 2025)
    "trong phân công công việc bảo đảm 6 rõ “rõ người, rõ việc, rõ thẩm quyền, rõ trách nhiệm”",
    "Tiêu chí 3 sạch: sạch nhà, sạch bếp, sạch ngõ.",
    "kiến trúc tổng thể quốc gia số bảo đảm nguyên tắc 6 rõ để triển khai",
])
def test_slogans_counted_by_their_words_are_no_figures(text):
    assert [f.text for f in find_figures(text)] == []


@pytest.mark.parametrize("text, figures", [
    # a kind of car is no count of seats (Kế hoạch 1105/KH-ĐKT, a scan); a class of cars by seats is a threshold
    ("5.2. Phương tiện cho hoạt động kiểm tra: Xe ô tô 7 chỗ do Văn phòng Sở Công Thương bố trí.", []),
    ("đối với xe ô tô chở người [[từ 9 chỗ trở xuống]]", [fig(9, "chỗ", "<=")]),
])
def test_a_kind_of_car_is_no_count(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, kinds", [
    # a contrast starts anew
    ("Dự kiến kinh phí khoảng 23.000 tỷ đồng, tuy nhiên giai đoạn này mới bố trí được 5.000 tỷ đồng.", ["target", "result"]),
    ("Muốn đạt được tăng trưởng cả năm 6,7%, thì 6 tháng cuối năm phải đạt 7,4%.", ["target", "target"]),
])
def test_contrast_and_intent(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


@pytest.mark.parametrize("text, figures", [
    # a rate per year after "năm" names no year; "2 năm 2017 và 2018" names a span
    ("Trong 2 năm 2017 và 2018, nếu giảm chi thường xuyên mỗi năm [[1%]] thì tiết kiệm [[hơn 20.000 tỷ đồng]].",
     [fig(1, "%"), fig(20e12, "đồng", ">")]),
    ("- Tỷ lệ hộ nghèo giảm hàng năm\n[[1%-1,5%]].", [fig(1, "%", "range", value_max=1.5)]),
    ("Phấn đấu đến năm 2030\n\n- 100% hồ sơ được số hóa.", [fig(100, "%")]),
])
def test_rates_per_year(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # the whole of a whole (Báo cáo of Lào Cai on Chỉ thị 38/CT-TTg); "22/22" alone stays ambiguous with a date
    ("thu hồi với số tiền [[5.373,4/5.373,4 triệu đồng]], [[đạt 100%]] tỷ lệ thu hồi.",
     [fig(5_373_400_000, "đồng"), fig(100, "%")]),
    ("Công ty Cổ phần công nghiệp hóa chất Lào Cai ban hành [[02 Kết luận]];", [fig(2, "Kết luận")]),
])
def test_whole_of_a_whole_and_conclusions(text, figures):
    test_find_figures(text, figures)


def test_what_an_issued_list_holds_is_set():
    # a news report of a list a decision issued: what it holds, and the parts that go on from it, are set
    # (kind target), not observed; constructed text
    from corpus.metadata import read_metadata

    text = ("Các bộ triển khai thủ tục trực tuyến\n"
            "Ủy ban nhân dân tỉnh vừa ban hành Danh mục thủ tục hành chính thực hiện trực tuyến năm 2026.\n"
            "Danh mục gồm 120 thủ tục hành chính. Trong đó, có 70 thủ tục để các sở thực hiện. "
            "Cụ thể, Sở Tư pháp thực hiện 15 thủ tục hành chính.\n"
            "Năm ngoái, tỉnh đã đưa 98 thủ tục lên mạng.")
    _, md = read_metadata(text)
    assert [(f.value, f.kind) for f in find_figures(text, md)] == [
        (120, "target"), (70, "target"), (15, "target"), (98, "result")]


@pytest.mark.parametrize("text, kinds", [
    # a goal noun counted is no cue; "chỉ đạt/chỉ là" report what was reached; a goal's own value stays a goal
    ("Trong số 13 chỉ tiêu Quốc hội giao có 11 chỉ tiêu đạt và vượt, 2 chỉ tiêu xấp xỉ đạt kế hoạch.",
     ["result", "result", "result"]),
    ("Chỉ tiêu quan trọng nhất là GDP chỉ đạt 6,21%, thấp hơn so với kế hoạch đề ra là 6,7%.", ["result", "target"]),
    ("Chỉ số CPI chỉ là 4,74% so với kế hoạch (5%).", ["result", "target"]),
])
def test_goal_nouns_counted_and_goal_values(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


@pytest.mark.parametrize("text, figures", [
    ("Nghị quyết Trung ương 5 khóa XII về kinh tế tư nhân.", []),
    ("trong số [[13 chỉ tiêu]] được giao", [fig(13, "chỉ tiêu")]),
])
def test_plenum_labels_and_among(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    ("Nghị quyết được thông qua với [[454 ĐB]] tán thành; có [[380 DNNN]] chưa công bố thông tin.",
     [fig(454, "ĐB"), fig(380, "DNNN")]),
    ("bao gồm xây dựng hạ tầng [[2 khu]] tái định cư", [fig(2, "khu")]),
])
def test_abbreviated_nouns_and_infrastructure(text, figures):
    text_, _ = marked(text)
    assert [(f.value, f.unit.split()[0]) for f in find_figures(text_)] == [(e["value"], e["unit"]) for e in figures]


@pytest.mark.parametrize("text, figures", [
    # "quá" (over) alone; "không được vượt quá", also across a line break, bounds from above
    ("bố trí vốn cho 5 dự án nhóm B [[quá 5 năm]]", [fig(5, "năm", ">")]),
    ("Mức cho vay không được vượt quá [[10%]] vốn tự có.", [fig(10, "%", "<=")]),
    ("số lần nhận thuốc tối đa không\n[[quá 03 lần]] trong năm", [fig(3, "lần", "<=")]),
])
def test_over_and_not_over(text, figures):
    text_, spans = marked(text)
    figs = [f for f in find_figures(text_) if (f.start, f.end) != (0, 0)]
    got = [(f.value, f.unit, f.qualifier) for f in figs if any(f.start <= s < f.end for s, _ in spans)]
    assert got == [(e["value"], e["unit"], e["qualifier"]) for e in figures]


def test_a_negated_goal_is_no_goal():
    from corpus.document import Metadata

    text = "Việc giao dự toán chưa đúng quy định dẫn đến mất cân đối, không đảm bảo nguồn chi số tiền 517 tỷ đồng."
    assert [f.kind for f in find_figures(text, Metadata(type="Báo cáo"))] == ["result"]


@pytest.mark.parametrize("text, figures", [
    # the first of a change takes the unit of the second
    ("mức lương cơ sở tăng từ [[1.210.000]] lên [[1.300.000 đồng]]", [fig(1_210_000, "đồng"), fig(1_300_000, "đồng")]),
    ("Nâng công suất trang trại phong điện (từ [[50]] lên [[100MW]])", [fig(50, "MW"), fig(100, "MW")]),
    ("tỷ lệ tăng từ [[8%]] lên [[10%]]", [fig(8, "%"), fig(10, "%")]),
])
def test_a_change_from_takes_the_unit_of_to(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # a bare number whose count the subject names
    ("Số doanh nghiệp quay trở lại hoạt động [[đạt 11.545]], tăng [[1,9%]].", [fig(11545, "doanh nghiệp"), fig(1.9, "%")]),
    ("Có 64 đơn vị tham gia dự thầu; số nhà thầu trúng thầu là [[52]].", [fig(64, "đơn vị"), fig(52, "nhà thầu")]),
    ("Mã số hồ sơ 1:…………", []),
    # "số lượng" names the count also with no verb; a grade or a class named after it is no count
    ("Trong quý, số lượng hợp tác xã giải thể [[2.310]] tạm ngừng hoạt động cũng tăng.", [fig(2310, "hợp tác xã")]),
    ("Số lượng học sinh đăng ký vào lớp 10 không chuyên tăng mạnh.", []),
])
def test_bare_numbers_counted_by_their_subject(text, figures):
    text_, _ = marked(text)
    assert [(f.value, f.unit) for f in find_figures(text_)] == [(e["value"], e["unit"]) for e in figures]


@pytest.mark.parametrize("text, figures", [
    # a span of months a change is measured over is a period (Thông báo 634/TB-VPCP 2025)
    ("Tăng trưởng kinh tế 9 tháng của Tỉnh [[ước đạt 8,19%]]; sản xuất công nghiệp 10 tháng tăng [[15,55%]].",
     [fig(8.19, "%", "~"), fig(15.55, "%")]),
    ("Sau [[04 tháng]] vận hành, bộ máy hoạt động thông suốt.", [fig(4, "tháng")]),
])
def test_months_measured_over_are_periods(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, kinds", [
    # "thu" is revenue collected only before what is collected; "quy ước", "hương ước" estimate nothing
    ("Đến năm 2030, tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển đạt 100%.", ["target"]),
    ("Năm 2025, ngân sách thu được 1.250 tỷ đồng.", ["result"]),
])
def test_collecting_and_covenants(text, kinds):
    from corpus.document import Metadata

    assert [f.kind for f in find_figures(text, Metadata(type="Kế hoạch"))] == kinds


@pytest.mark.parametrize("text, figures", [
    # a superscript lost in a scraped page: "m 2" is m2, and its "2" no count
    ("thu hồi đất với diện tích [[2.053,71m 2]] tạm giao cho hộ gia đình", [fig(2053.71, "m2")]),
    ("thửa đất [[trên 2.000 m 2]] muốn tách thửa phải lập dự án", [fig(2000, "m2", ">")]),
    ("kiểm toán tại [[2 chủ đầu tư]] và Ban quản lý dự án", [fig(2, "chủ đầu tư")]),
])
def test_lost_superscripts(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text", [
    # lists of labels after "Mẫu số", "Phụ lục số", "số thứ tự"; a law named by the laws it amends; English articles
    "(Chi tiết theo các Mẫu biểu số 01, 02, 03, 04, 05 ban hành kèm theo Thông tư)",
    "(Chi tiết tại Phụ lục số 2.1 và 2.2 ban hành kèm theo Nghị quyết này)",
    "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
    "hàng dệt may tại số thứ tự 01, 02, 03 quy định tại Phụ lục I",
    "2. Amendments to Clause 2 Article 2 are as follows:",
])
def test_label_lists_and_names(text):
    assert [f.text for f in find_figures(text)] == []


@pytest.mark.parametrize("doc_type, text, kinds", [
    # "còn" reports what is left in news; in a plan it sets it (Kế hoạch 174/KH-UBND 2025)
    ("Kế hoạch", "II. MỤC TIÊU\n- Chỉ tiêu 1: Giảm số giờ làm việc nhà không được trả công của phụ nữ còn 1,7 lần vào năm 2025.",
     ["target"]),
    (None, "Cả nước đã có 2.358 xã đạt chuẩn; còn 257 xã dưới 5 tiêu chí.", ["result", "result", "result"]),
])
def test_what_is_left(doc_type, text, kinds):
    from corpus.document import Metadata

    md = Metadata(type=doc_type) if doc_type else Metadata(title="Nông thôn mới")
    text = text if doc_type else "Nông thôn mới\n" + text
    assert [f.kind for f in find_figures(text, md)] == kinds


def test_a_duty_named_sets_no_goal():
    from corpus.metadata import read_metadata

    text = ("Tai nạn giao thông giảm\n"
            "Báo cáo về công tác đảm bảo trật tự, an toàn giao thông 6 tháng đầu năm cho thấy, trong 6 tháng đầu năm, "
            "toàn quốc xảy ra 9.593 vụ tai nạn giao thông.")
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == ["result"]


@pytest.mark.parametrize("text, kinds", [
    # a need stated right before the figure sets it; "cần thiết", "không cần", "hậu cần" do not
    ("Thời gian miễn thị thực cần tăng lên 30 ngày thay vì 15 ngày như hiện nay.", ["target", "result"]),
    ("Đơn vị hậu cần có 44 tàu.", ["result"]),
])
def test_a_need_stated(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


@pytest.mark.parametrize("doc_type, text, kinds", [
    # the line that opens a list gives its items their kind (Kế hoạch 157/KH-UBND 2025, Cần Thơ)
    (None, "Nâng cao nhận thức của người hưởng trợ cấp, các nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể "
           "như sau:\n\n(1) 100% số người hưởng trợ cấp xã hội chưa có tài khoản được tuyên truyền;\n\n"
           "(2) Ít nhất 85% người hưởng trợ cấp xã hội mở mới tài khoản ngân hàng;", ["target", "target"]),
    # ... a list item's own cue after its label counts (Thông báo 627/TB-VPCP 2025)
    (None, "2. Đối với dự án\n\na) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61% trong khi thời gian "
           "còn lại của năm 2025 chỉ khoảng 2 tháng.", ["result", "result"]),
    # ... but not a duty the opening line names, nor a noun heading an item
    (None, "2. Về cơ sở vật chất\nCơ sở phải đảm bảo các điều kiện tối thiểu về cơ sở vật chất sau:\n"
           "a) Diện tích đất tự nhiên: Bình quân 20 m2/đối tượng ở khu vực nông thôn.", ["result"]),
    ("Nghị định", "2. Điều kiện công bố:\nc) Kết quả thử nghiệm sản phẩm có thời hạn không quá 06 tháng kể từ ngày "
                  "công bố.", [None]),
    # a heading naming how results will be judged reports none
    ("Kế hoạch", "III. TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI\n1. Mỗi xã vận động 50 người mở tài khoản.", ["target"]),
])
def test_list_items_and_their_opening_line(doc_type, text, kinds):
    from corpus.document import Metadata

    md = Metadata(type=doc_type) if doc_type else None
    assert [f.kind for f in find_figures(text, md)] == kinds


@pytest.mark.parametrize("text, figures", [
    # a rank word at a heading's end does not rank the next line's list label (Kế hoạch 157/KH-UBND 2025)
    ("III. NỘI DUNG THI ĐUA, TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI VÀ CÁCH THỨC XẾP HẠNG\n\n1. Nội dung thi đua", []),
    # what a rule sets after "quy định:" is a figure, no rule named (Quyết định 2843/QĐ-UBND 2025)
    ("- Thời gian giải quyết theo quy định: [[07 ngày]] kể từ ngày Sở Nội vụ tiếp nhận đủ giấy tờ.",
     [fig(7, "ngày")]),
    # "từ ... trở lên / trở xuống" closing after what is counted (Quyết định 2740/QĐ-UBND 2025)
    ("đồng thời có [[từ 50%]] số thôn (ấp) trở lên của xã được phân định là thôn (ấp) đặc biệt khó khăn",
     [fig(50, "%", ">=")]),
    ("Các đơn vị có vốn nhà nước [[từ 50%]] vốn điều lệ trở xuống", [fig(50, "%", "<=")]),
    # "điều kiện" is a counted noun, not an article ("điều") named (Công điện 220/CĐ-TTg 2025)
    ("cắt giảm [[2.049 điều kiện]] kinh doanh thuộc phạm vi quản lý của 14 bộ", [fig(2049, "điều kiện"), fig(14, "bộ")]),
    # a verb after a bare number counts nothing
    ("Trong năm có [[1.250 doanh nghiệp]] giải thể, 3.046 tạm ngừng hoạt động.", [fig(1250, "doanh nghiệp")]),
    # the later counts of a quoted slogan (Công điện 224/CĐ-TTg 2025)
    ("phát huy tinh thần làm việc “3 ca, 4 kíp”, “ăn tranh thủ, ngủ khẩn trương”", []),
])
def test_ranks_rules_bounds_and_parts(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("body, kinds", [
    # news tells what someone had to do; "phải" sets a goal only before a level to reach
    ("Mỗi năm, các công ty trong ngành vẫn đang phải nhập khẩu khoảng 70% nguyên liệu.", ["result"]),
    ("Tổng công ty đã phải bỏ ra hơn 300 tỷ đồng để trả nợ thay cho công ty con.", ["result"]),
    ("Có 8 dự án phải ứng vốn từ quỹ để trả nợ với dư nợ gần 150 triệu USD.", ["result", "result"]),
    ("Để hoàn thành kế hoạch cả năm, quý IV phải tăng trên 8%.", ["target"]),
    ("Theo dự kiến, ngân sách sẽ phải ứng trước 90 triệu USD.", ["target"]),
])
def test_what_news_says_had_to_be_done(body, kinds):
    from corpus.metadata import read_metadata

    text = "Doanh nghiệp ngành nhựa gặp khó\n" + body
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == kinds


@pytest.mark.parametrize("text, figures", [
    # a count written in words before a counted noun
    ("Tập đoàn lỗ trong năm qua với [[hai dự án]] khai khoáng.", [fig(2, "dự án")]),
    ("Cả nước có [[ba mươi cơ sở]] chế biến được kiểm tra.", [fig(30, "cơ sở")]),
    ("Chi phí vận chuyển đắt gấp [[ba lần]] so với đường thủy.", [fig(3, "lần")]),
    # ... a bound around it (Luật 146/2025/QH15)
    ("khu bảo tồn có diện tích nằm trên địa bàn [[từ hai tỉnh, thành phố]] trực thuộc trung ương trở lên",
     [fig(2, "tỉnh, thành phố", ">=")]),
    # ... not a set phrase, a fraction, a repeat, nor the cases a text goes on to list
    ("thực hiện theo một trong hai trường hợp sau đây:", []),
    ("Nếu có ít nhất hai phần ba học sinh dự họp nhất trí", []),
    ("Hiệp định tránh đánh thuế hai lần", []),
    ("Trường hợp áp dụng cả hai hình thức thì nộp hồ sơ", []),
])
def test_counts_in_words(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # centimetres and millimetres are measures, "x" no part of them (Nghị định 332/2025/NĐ-CP, Thông tư 34/2025/TT-BXD)
    ("Ảnh chân dung cỡ [[03 cm]] x [[04 cm]] của người đề nghị cấp chứng chỉ", [fig(3, "cm"), fig(4, "cm")]),
    ("Gờ giảm tốc là một dạng vạch sơn kẻ đường, có chiều dày [[không quá 06 milimét]] (mm)", [fig(6, "mm", "<=")]),
    # a worker's grade is a level, no count (Thông tư 39/2025/TT-BXD)
    ("Nhân công\nBậc thợ 3/7 công 0,50\nMáy thi công", []),
])
def test_small_lengths_and_grades(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # a day and month written out without "ngày" is a date (Thông tư 36/2025/TT-BNNMT, Công điện 224/CĐ-TTg 2025)
    ("kỳ báo cáo là năm (từ 01 tháng 01 đến 31 tháng 12);", []),
    ("các công trình khánh thành dịp 19 tháng 12 năm 2025", []),
    # ... but not a frequency (Luật 127/2025/QH15)
    ("d) Định kỳ [[01 tháng]] 01 lần nhận xét quá trình chấp hành án", [fig(1, "tháng")]),
    # a rate that lost its "%" before a year is no duration
    ("quyết tâm đạt mục tiêu tăng trưởng GDP 6,7 năm 2017 của Chính phủ", []),
])
def test_dates_written_out_and_lost_percent(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # "thành phần" is a component, no "Phần" label; "cao nhất" names the highest value, a bound only after "mức"
    ("Bộ xếp ở vị trí cuối cùng, đạt Chỉ số thành phần [[57,14%]].", [fig(57.14, "%")]),
    ("Đơn vị đạt chỉ số thành phần hiện đại hóa hành chính cao nhất [[90,48%]].", [fig(90.48, "%")]),
    ("Hành vi vi phạm bị áp dụng mức phạt tiền [[cao nhất 50 triệu đồng]].", [fig(50_000_000, "đồng", "<=")]),
])
def test_components_and_the_highest(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("text, figures", [
    # documents counted (Công điện 220/CĐ-TTg 2025) ...
    ("[[21 Luật]], [[153 Nghị định]], 08 Quyết định của Thủ tướng Chính phủ, [[134 Thông tư]]",
     [fig(21, "Luật"), fig(153, "Nghị định"), fig(8, "Quyết định"), fig(134, "Thông tư")]),
    # ... not the last of a list of articles, nor "a" written as "1"
    ("vi phạm hành chính quy định tại Điều 14, 15, 22, 23, 24, 25, 26, 27, 28, 29 Nghị định này", []),
    ("nếu không có 1 Nghị quyết riêng với cơ chế đặc thù thì không thể làm được", []),
    ("quy định tại điểm d khoản 1 Điễu 57 Luật Đầu tư theo phương thức đối tác công tư", []),
    ("được sửa đổi, bổ sung bởi Điều 9 Luật sửa đổi, bổ sung 10 Luật có liên quan đến an ninh, trật tự", []),
])
def test_documents_counted(text, figures):
    text_, _ = marked(text)
    assert [(f.value, f.unit) for f in find_figures(text_)] == [(e["value"], e["unit"]) for e in figures]


@pytest.mark.parametrize("text, figures", [
    # "trong vòng" is "within", no round named (Nghị định 146/2025/NĐ-CP)
    ("Trường hợp chưa đủ hồ sơ hợp lệ, trong vòng [[03 ngày làm việc]] kể từ ngày tiếp nhận", [fig(3, "ngày")]),
    # a time of day, a position and an anniversary are no quantities (Công điện 231/CĐ-TTg, 224/CĐ-TTg 2025)
    ("Hồi 16h ngày 26/11/2025, vị trí tâm bão vào khoảng 12,5 độ vĩ bắc, 116,1 độ kinh đông, cách đảo Song Tử Tây "
     "[[khoảng 230km]]", [fig(230, "km", "~")]),
    ("không cử nhạc tang trước 06 giờ sáng và sau 22 giờ đêm", []),
    ("các công trình chào mừng 80 năm Cách mạng Tháng Tám thành công", []),
])
def test_within_times_positions_anniversaries(text, figures):
    test_find_figures(text, figures)


def test_what_a_number_of_them_had_to_do_is_no_duty():
    # Kế hoạch 0129/KH-UBND 2025 (Đắk Lắk): a damage count, though the plan sets goals elsewhere
    from corpus.document import Metadata

    text = ("I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI\n"
            "- Hơn 200.000 nhà bị ngập, gần 20.000 hộ phải sơ tán; trên 63.000 ha cây trồng ngắn ngày bị thiệt hại.")
    assert [f.kind for f in find_figures(text, Metadata(type="Kế hoạch"))] == ["result", "result", "result"]


@pytest.mark.parametrize("text", [
    # a school grade and a day named after "hôm" are labels
    "Năm học mới, chỉ tiêu vào lớp 10 công lập tăng so với năm trước",
    "báo cáo do Giám đốc Sở ký hôm 11.7 gửi Bộ Y tế",
])
def test_grades_and_days_are_labels(text):
    assert [f.text for f in find_figures(text)] == []


@pytest.mark.parametrize("text, figures", [
    # an estimate before a bound makes the figure an estimate (GUIDELINES: "ước" gives "~" to what it introduces)
    ("Các khoản nợ quá hạn là [[khoảng hơn 9.700 tỷ đồng]].", [fig(9_700_000_000_000, "đồng", "~")]),
    ("Tổng thu ngân sách [[ước trên 4.500 tỷ đồng]].", [fig(4_500_000_000_000, "đồng", "~")]),
])
def test_estimates_before_bounds(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("body, kinds", [
    # a proposal sets what it asks for
    ("Bộ Công Thương kiến nghị Chính phủ cho phép chuyển 6.000 tỷ đồng sang năm sau.", ["target"]),
    ("Tỉnh xin Trung ương hỗ trợ 300 tỷ đồng để khắc phục hậu quả bão.", ["target"]),
    ("Doanh nghiệp đề xuất được điều chỉnh lãi suất vay xuống còn 3%/năm.", ["target"]),
    # ... not what an audit recommends, a settlement asked for, nor proposals counted
    ("Qua kiểm toán, Kiểm toán Nhà nước kiến nghị thu hồi nộp ngân sách 7,5 tỷ đồng.", ["result"]),
    ("Bảo hiểm xã hội mới đề nghị quyết toán 4.200 tỷ đồng.", ["result"]),
    ("Đến nay đã có 900 kiến nghị được xử lý, đạt 80%.", ["result", "result"]),
    # ... nor what the one who reports goes on to say
    ("Xin Chính phủ gánh nợ Trong công văn, Bộ Tài chính cho biết, dự án được triển khai với vốn tự có 100 "
     "triệu USD.", ["result"]),
])
def test_proposals_in_news(body, kinds):
    from corpus.metadata import read_metadata

    text = "Tỉnh gửi kiến nghị lên Chính phủ\n" + body
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == kinds


@pytest.mark.parametrize("doc_type, text, kinds", [
    # a decision's cut of a procedure's time sets it (Quyết định 1949/QĐ-UBND 2025, Cao Bằng; QĐ 2843/QĐ-UBND 2025)
    ("Quyết định", "14/2025/TT-BNNMT ngày 19/6/2025.\nCắt giảm thời gian giải quyết\ntừ 24 ngày xuống 22 ngày",
     [None, "target"]),
    ("Quyết định", "a. Nội dung cắt giảm, đơn giản hóa: Giảm 02 ngày so với quy định.", ["target"]),
    # ... not a law's reduction of a sentence
    ("Luật", "mỗi năm có thể được xét giảm thời hạn chấp hành án 01 lần, mỗi lần có thể được giảm từ 03 tháng "
             "đến 09 tháng.", [None, None]),
    # a fee cut stated is a rule (Quyết định 1949/QĐ-UBND 2025; Nghị quyết 66/2025/NQ-HĐND Hà Nội)
    ("Quyết định", "- Trường hợp nộp hồ sơ qua dịch\nvụ công trực tuyến: giảm 50 % mức phí, lệ phí theo Nghị quyết "
                   "số 89/2022/NQ-HĐND", [None]),
    ("Nghị quyết", "4. Đối tượng giảm 50% mức phí\nNgười khuyết tật nặng.", [None]),
])
def test_time_cuts_and_fee_cuts(doc_type, text, kinds):
    from corpus.document import Metadata

    assert [f.kind for f in find_figures(text, Metadata(type=doc_type))] == kinds


def test_a_sentence_going_on_keeps_the_kind_of_the_one_before():
    # "Trong đó:" after a goal (Quyết định 2954/QĐ-UBND 2025, the excerpt without its heading)
    text = ("3. Phấn đấu giá trị hàng\nhóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, tăng bình quân hàng "
            "năm\ntrong giai đoạn này đạt 10 - 13%/năm. Trong đó: Giá trị sản phẩm nông sản, thực\nphẩm tham gia "
            "xuất khẩu đạt 395 triệu USD; Giá trị hàng công nghiệp, tiểu thủ\ncông nghiệp tham gia xuất khẩu đạt "
            "05 triệu USD.")
    assert [f.kind for f in find_figures(text)] == ["target"] * 4
    # ... after a state reported in a plan (Kế hoạch 987/KH-UBND 2025)
    text = ("II. MỤC TIÊU\nSố trạm 5G trong các KCN đã đi vào hoạt động là 87 trạm. Trong đó, có 28 trạm 5G trên "
            "nền hạ tầng 3G/4G.")
    from corpus.document import Metadata
    assert [f.kind for f in find_figures(text, Metadata(type="Kế hoạch"))] == ["result", "result"]


@pytest.mark.parametrize("text, figures", [
    # data sets are counted nouns (Kế hoạch 144/KH-UBND 2025, Bắc Ninh)
    ("Phấn đấu mỗi năm phát triển từ\n[[05 bộ dữ liệu]] mở chất lượng cao", [fig(5, "bộ dữ liệu")]),
    ("Đến năm 2030, tỉnh Bắc Ninh có [[ít nhất 20 tập dữ liệu]] mở", [fig(20, "tập dữ liệu", ">=")]),
])
def test_data_sets_counted(text, figures):
    test_find_figures(text, figures)


@pytest.mark.parametrize("body, kinds", [
    # "nhưng" starts a clause of its own also without a comma, and "mới đạt" reports what was reached
    ("Năm 2016 Chính phủ đặt mục tiêu tăng trưởng 6,7% nhưng mới đạt 6,21%.", ["target", "result"]),
    ("Kế hoạch giao 500 tỷ đồng mà mới đạt 300 tỷ đồng.", ["target", "result"]),
])
def test_a_goal_and_what_was_reached_in_one_sentence(body, kinds):
    from corpus.metadata import read_metadata

    text = "Tăng trưởng kinh tế chưa đạt kỳ vọng\n" + body
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == kinds


def test_a_bound_after_nhung_in_a_law_has_no_kind():
    # Luật 84/2025/QH15: the earlier "kết quả" names a report, no result of the limit after "nhưng"
    from corpus.document import Metadata

    text = ("thời gian xây dựng báo cáo kết quả thanh tra không quá 20 ngày, trường hợp phức tạp thì có thể kéo dài "
            "nhưng không quá 30 ngày;")
    assert [f.kind for f in find_figures(text, Metadata(type="Luật"))][-1] is None


@pytest.mark.parametrize("body, kinds", [
    # a forecast is no goal nor result (GUIDELINES: null for "a forecast of someone else's")
    ("Quỹ ốm đau - thai sản dự báo đến năm 2025 chênh lệch thu - chi quỹ bắt đầu âm 1.400 tỷ đồng.", [None]),
    # ... but a forecasting service named makes none
    ("Trung tâm dự báo khí tượng thủy văn cho biết lượng mưa đã đạt 300 mm.", ["result"]),
])
def test_a_forecast_has_no_kind(body, kinds):
    from corpus.metadata import read_metadata

    text = "Quỹ bảo hiểm xã hội sẽ mất cân đối\n" + body
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == kinds


@pytest.mark.parametrize("body, kinds", [
    # a scenario sets what would be reached, no result, also with "đã" after it
    ("Năm nay, nếu tiết kiệm 2% chi thường xuyên là đã có trên 15.000 tỷ đồng.", ["target", "target"]),
    # ... a scenario not reached or a loss it would bring has no kind
    ("Nếu trong 10 năm tới kinh tế không đạt tốc độ tăng trưởng bình quân 7%/năm thì khó bắt kịp.", ["target", None]),
    ("Nếu thực hiện đúng thỏa thuận thì ngân sách bị thất thoát trên 50 tỷ đồng.", [None]),
    # ... a goal named decides, and a way of counting is no scenario
    ("Nếu năm nay không đạt được mục tiêu 6,5% thì hai năm liền hụt kế hoạch.", ["target"]),
    ("Vốn đăng ký đạt 830 triệu USD (nếu tính cả vốn bổ sung đạt 1.010 triệu USD).", ["result", "result"]),
])
def test_scenarios_in_news(body, kinds):
    from corpus.metadata import read_metadata

    text = "Tiết kiệm chi để có vốn làm sân bay\n" + body
    _, md = read_metadata(text)
    assert [f.kind for f in find_figures(text, md)] == kinds


@pytest.mark.parametrize("text", [
    # a procedure's item naming what it issues heads no results (Quyết định 2740/QĐ-UBND 2025)
    "g) Kết quả thực hiện thủ tục\nhành chính: Quyết định phê duyệt danh sách.\n2. Tiêu chí xác định\n"
    "- Tỉnh miền núi là tỉnh đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:\n+ Có ít nhất 2/3 diện tích tự nhiên",
    # ... nor a line of running text wrapped in a sentence
    "Bước 3: Lập báo cáo kết quả xác\nđịnh thôn (ấp) thuộc vùng đồng bào dân tộc thiểu số\n"
    "+ Có từ 15% người dân tộc thiểu số trở lên sinh sống ổn định",
])
def test_headings_that_report_no_results(text):
    from corpus.document import Metadata

    figs = find_figures(text, Metadata(type="Quyết định"))
    assert figs and all(f.kind is None for f in figs), [(f.text, f.kind) for f in figs]


@pytest.mark.parametrize("text, expected", [
    # an acronym of a counted noun (Công điện 220/CĐ-TTg 2025, Thông báo 624/TB-VPCP 2025)
    ("đơn giản hóa 2.163 TTHC, cắt giảm 2.049 ĐKKD đã được Thủ tướng Chính phủ phê duyệt, trong đó đặc biệt ưu tiên"
     " hoàn thành ngay 319 VBQPPL[10] cần phải sửa đổi",
     [("2.163 TTHC", 2163, "TTHC"), ("2.049 ĐKKD", 2049, "ĐKKD"), ("319 VBQPPL", 319, "VBQPPL")]),
    ("(2) Cắt giảm 2.269/6.974 ĐKKD", [("2.269/6.974 ĐKKD", 2269, "ĐKKD")]),
    ("Kết quả đến nay có 28 ngân hàng và 04 TGTT đã triển khai liên kết", [("28 ngân hàng", 28, "ngân hàng"),
                                                                         ("04 TGTT", 4, "TGTT")]),
    # ... not a type named before its number, a Roman numeral, an upper-case heading, nor a voltage or a name after it
    ("Theo QĐ 66 của Ủy ban nhân dân tỉnh và PL 6 kèm theo, mục III", []),
    ("01 QUY TRÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", []),
    ("ĐZ 220kV đấu nối về thanh cái 220 TBA 220kV Đắk Nông", []),
    ("đấu nối vào ĐZ 110 kV, xuất tuyến 171 TBA Cầu Đỏ", []),
    ("Xây mới, chuyển tiếp trên mạch 3,4 ĐD 500 kV Vĩnh Tân", []),
    # measures written as acronyms (Quy hoạch điện VIII, Thông tư 43/2015/TT-BGTVT) and 'mã lực'
    ("Xây dựng mới 102.900 MVA và cải tạo 23.250 MVA trạm biến áp; lắp 01 MBA công suất 63MVA",
     [("102.900 MVA", 102900, "MVA"), ("23.250 MVA", 23250, "MVA"), ("01 MBA", 1, "MBA"), ("63MVA", 63, "MVA")]),
    ("tàu biển Việt Nam có tổng dung tích từ 500 GT trở lên", [("từ 500 GT trở lên", 500, "GT")]),
    ("tàu cá có công suất 900 CV, máy phụ 120 mã lực", [("900 CV", 900, "CV"), ("120 mã lực", 120, "CV")]),
    # a three-syllable counted noun is the vocabulary's, not its first two syllables
    ("Tiêm vắc xin viêm gan B cho 1.200 trẻ sơ sinh", [("1.200 trẻ sơ sinh", 1200, "trẻ sơ sinh")]),
    # a share in brackets between the number and what it counts
    ("Bên cạnh đó, còn 3.507/6.708 (chiếm 52,3%) giấy tờ kết quả giải quyết",
     [("3.507/6.708", 3507, "giấy tờ"), ("chiếm 52,3%", 52.3, "%")]),
    # 'cổ phần' is no 'Phần' label
    ("Loại hình công ty cổ phần 1.745 doanh nghiệp", [("1.745 doanh nghiệp", 1745, "doanh nghiệp")]),
    # an age after 'tuổi' and after 'lúc'
    ("Ông mất ở tuổi 54; bình quân người lao động nghỉ hưu lúc 56 tuổi",
     [("tuổi 54", 54, "tuổi"), ("56 tuổi", 56, "tuổi")]),
    # a multiple in words with an estimate or a bound before it
    ("Tổng mức đầu tư tăng gần ba lần, chi phí tăng gần gấp ba lần và doanh thu hơn hai lần",
     [("gần ba lần", 3, "lần"), ("gần gấp ba lần", 3, "lần"), ("hơn hai lần", 2, "lần")]),
    # a reporting period opening a clause is no duration; a time limit is
    ("Trong 5 tháng, toàn tỉnh thu hút 12 dự án. Dự án phải hoàn thành trong 5 tháng.",
     [("12 dự án", 12, "dự án"), ("5 tháng", 5, "tháng")]),
    # a part named before its whole takes the whole's noun; 'một' written as '1' is no count
    ("Tỉnh miền núi là tỉnh đáp ứng ít nhất 01 trong 02 tiêu chí sau đây",
     [("ít nhất 01", 1, "tiêu chí"), ("02 tiêu chí", 2, "tiêu chí")]),
    ("xã Sơn Hải là 1 trong 4 xã làm điểm", [("4 xã", 4, "xã")]),
])
def test_acronyms_wholes_ages_multiples_and_periods(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, segment=False)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count in words before a magnitude, 'một' too (Nghị định 254/2025/NĐ-CP, Luật 131/2025/QH15, QĐ 2530/QĐ-TTg)
    ("Chi phí kiểm toán độc lập tối thiểu là một triệu đồng và cộng với thuế giá trị gia tăng",
     [("tối thiểu là một triệu đồng", 1e6, "đồng", ">=")]),
    ("giá trị không quá một tỷ đồng", [("không quá một tỷ đồng", 1e9, "đồng", "<=")]),
    ("trồng một tỷ cây xanh, thu hơn hai triệu lượt người", [("một tỷ cây", 1e9, "cây", "="),
                                                            ("hơn hai triệu lượt người", 2e6, "lượt người", ">")]),
    # ... not 'một' alone
    ("một trong hai trường hợp và một số người", []),
    # 'tốp' is 'top': a rank of a group, no count (Quyết định 768/QĐ-TTg 2025)
    ("độ tin cậy cung cấp điện năng thuộc tốp 4 nước dẫn đầu ASEAN", []),
])
def test_word_counts_with_a_magnitude_and_top(text, expected):
    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, segment=False)] == expected


@pytest.mark.parametrize("text, expected", [
    # a tenor names a product, no duration measured (Nghị định 320/2025/NĐ-CP; a constructed market report)
    ("là lãi suất trái phiếu kho bạc loại kỳ hạn 05 năm hoặc kỳ hạn 10 năm", []),
    ("Lãi suất kỳ hạn 1 tuần ở mức 4,08%; 2 tuần giảm còn 3,3%.", [("4,08%", 4.08, "%"), ("3,3%", 3.3, "%")]),
    ("Kho bạc gọi thầu 1.000 tỷ đồng ở ba kỳ hạn 5 năm (200 tỷ đồng), 10 năm (400 tỷ đồng) và 15 năm (400 tỷ đồng).",
     [("1.000 tỷ đồng", 1e12, "đồng"), ("200 tỷ đồng", 2e11, "đồng"), ("400 tỷ đồng", 4e11, "đồng"),
      ("400 tỷ đồng", 4e11, "đồng")]),
    # ... a time measured after it still is (Thông tư 33/2025/TT-BXD, Thông tư 54/2025/TT-BCT)
    ("đã báo tin hàng đến và hết kỳ hạn nhận hàng, sau thời gian 03 ngày mà người nhận hàng không đến",
     [("03 ngày", 3, "ngày")]),
    ("lãi suất tiền gửi kỳ hạn 12 tháng trả sau của ngày đầu tiên của 60 tháng trước liền kề",
     [("60 tháng", 60, "tháng")]),
    # the first of a change takes the second's rate too
    ("Giá tăng từ 354.000 lên 677.000 đồng/người.", [("354.000", 354000, "đồng/người"),
                                                    ("677.000 đồng/người", 677000, "đồng/người")]),
])
def test_tenors_and_rates_of_a_change(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, segment=False)] == expected


@pytest.mark.parametrize("text, expected", [
    # all of a whole is a count (Công điện 220/CĐ-TTg 2025, Quyết định 05/2026/QĐ-TTg)
    ("đã có 34/34 địa phương hoàn thành", [("34/34 địa phương", 34, "địa phương")]),
    ("Xã đạt 6/6 tiêu chí", [("đạt 6/6 tiêu chí", 6, "tiêu chí")]),
    # ... a round-the-clock service is none
    ("Trực ban 24/24 giờ trong những ngày nghỉ", []),
])
def test_all_of_a_whole(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, segment=False)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket of a regulation opened by 'trên' is one range (Nghị định 80/2026/NĐ-CP)
    ("phương tiện không có động cơ trọng tải toàn phần trên 15 tấn đến dưới 250 tấn hoặc có sức chở trên 12 người"
     " đến 50 người", [("trên 15 tấn đến dưới 250 tấn", 15, 250, "range"), ("trên 12 người đến 50 người", 12, 50, "range")]),
    ("tàu cuốc, tàu hút có sản lượng trên 500 m3/h", [("trên 500 m3/h", 500, None, ">")]),
    # all of a whole counted by a noun out of the vocabulary
    ("đã công bố 9/9 báo cáo đến thời hạn công bố", [("9/9 báo cáo", 9, None, "=")]),
])
def test_brackets_from_above_and_all_of_a_whole(text, expected):
    assert [(f.text, f.value, f.value_max, f.qualifier) for f in find_figures(text, segment=False)] == expected
