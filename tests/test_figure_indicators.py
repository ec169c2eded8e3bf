"""Indicator and scope of figures (GUIDELINES "Figures"): one row per rule, exact values.

The sentences are constructed for the rule (news text is never copied here); legal and administrative
text, where quoted, is public."""
import pytest

from extractors import find_figures
from extractors.figure_fields import _join_split_words

# (text, figure text, indicator, scope)
CASES = [
    # anaphora: "Chỉ số này" is the measure named in the sentence before
    ("Nhiều tỉnh đã vượt cam kết về thời gian đăng ký kinh doanh. Chỉ số này của đa số các tỉnh chỉ còn 3 ngày.",
     "3 ngày", "thời gian đăng ký kinh doanh", "đa số các tỉnh"),
    ("Tỉnh theo dõi sát tỷ lệ giải ngân vốn đầu tư công. Tỷ lệ này đến cuối tháng đạt 45%.",
     "đạt 45%", "tỷ lệ giải ngân vốn đầu tư công", None),
    # any noun pointing back is looked up in the sentence before
    ("Khoản nợ đọng xây dựng cơ bản đã được các địa phương tập trung xử lý. Hiện số nợ này còn khoảng 900 tỷ đồng.",
     "900 tỷ đồng", "nợ đọng xây dựng cơ bản", None),
    # the body named in a list label is the scope (Kế hoạch of a provincial People's Committee)
    ("- Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;", "05 cá nhân", "cá nhân", "Ủy ban bầu cử của tỉnh"),
    # a sibling after a change: "(giảm 1 ngày so với năm trước)" gives the next sentence no "giảm"
    ("Nhiều tỉnh đã vượt cam kết về thời gian đăng ký kinh doanh. Chỉ số này của đa số các tỉnh chỉ còn 3 ngày"
     " (giảm 1 ngày so với năm trước). Riêng Bắc Ninh là 2,5 ngày.",
     "2,5 ngày", "thời gian đăng ký kinh doanh", "Bắc Ninh"),
    # a quantifier as subject is the scope; the topic of the sentence before is what is measured
    ("Công tác cấp phiếu lý lịch tư pháp trực tuyến được các tỉnh/thành phố đẩy mạnh. Đa số đều đạt từ 90% đến 100%.",
     "từ 90% đến 100%", "tỷ lệ cấp phiếu lý lịch tư pháp trực tuyến", "đa số các tỉnh/thành phố"),
    # ... and the stray space of a badly extracted text does not hide it
    ("Công tác cấp phiếu lý lịch tư pháp trực tuyến được c ác tỉnh/thành phố đẩy mạnh. Đ a số đều đạt từ 90% đến 100%.",
     "từ 90% đến 100%", "tỷ lệ cấp phiếu lý lịch tư pháp trực tuyến", "đa số các tỉnh/thành phố"),
    # units that reach a measure are no part of it
    ("Nổi bật có nhiều tỉnh đạt thời gian xử lý hồ sơ ngắn như Nam Định là 4 giờ.",
     "4 giờ", "thời gian xử lý hồ sơ ngắn", "Nam Định"),
]


def _one(text: str, fig: str, exact: bool = False):
    """The one figure of ``text`` whose text holds ``fig`` (is ``fig``, with ``exact``)."""
    figs = [f for f in find_figures(text) if (f.text == fig if exact else fig in f.text)]
    assert len(figs) == 1, fig
    return figs[0]


@pytest.mark.parametrize("text,fig,indicator,scope", CASES)
def test_indicator_and_scope(text, fig, indicator, scope):
    f = _one(text, fig)
    assert (f.indicator, f.scope) == (indicator, scope)


@pytest.mark.parametrize("text,joined", [
    ("về t hời gian", "về thời  gian"),
    ("Đ a số đều đạt", "Đa  số đều đạt"),
    ("mô hình t rung tâm", "mô hình trung  tâm"),
    ("điểm b khoản 1", "điểm b khoản 1"),  # a point label
    ("dài 5 m đường", "dài 5 m đường"),  # a unit
    ("ở 60°C hoặc", "ở 60°C hoặc"),
])
def test_stray_space_is_moved_after_the_syllable(text, joined):
    assert _join_split_words(text) == joined


# (text, figure text, indicator): what a percentage counts, read forward
FORWARD = [
    # a list of names goes on past its comma (QĐ 2629/QĐ-TTg)
    ("+ 100% nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho các bộ, ngành, địa phương được theo dõi.",
     "100%", "nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho các bộ, ngành, địa phương được theo dõi"),
    # the first line of an item wrapped before a name (QĐ 2629/QĐ-TTg)
    ("+ 100% các hệ thống thông tin phục vụ phát triển\nChính phủ số phải được phê duyệt hồ sơ đề xuất bảo đảm"
     " an ninh mạng theo cấp độ trước khi đưa vào vận hành, sử dụng; được kiểm tra, đánh giá định kỳ.",
     "100%", "hệ thống thông tin phục vụ phát triển Chính phủ số phải được phê duyệt hồ sơ đề xuất bảo đảm"),
    # no dangling verb before the next figure, and the rate named after the first figure is the second's
    ("Đến nay, 100% các sở, ngành và tương đương có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng"
     " đạt từ 80% trở lên.", "100%",
     "sở, ngành và tương đương có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng"),
    ("Đến nay, 100% các sở, ngành và tương đương có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng"
     " đạt từ 80% trở lên.", "từ 80% trở lên",
     "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng của sở, ngành và tương đương"),
    # a verb alone after a comma adds to the subject before it (Thông báo 624/TB-VPCP)
    ("đã đạt kết quả nổi bật: (2) công tác xây dựng thể chế được đẩy mạnh; (3) nguồn lực tài chính được quan tâm"
     " tăng cường, bổ sung 25.000 tỷ đồng từ nguồn tăng thu năm 2025.", "25.000 tỷ đồng", "nguồn lực tài chính bổ sung"),
    # a goal word and a time are no verb of the figure (Kế hoạch of a provincial People's Committee)
    ("- Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ số, phấn đấu đến năm 2030 đạt 30% doanh"
     " nghiệp nhỏ và vừa thực hiện.", "đạt 30%", "doanh nghiệp nhỏ và vừa thực hiện"),
    ("Phấn đấu đến năm 2030 đạt ít nhất 50% số xã, phường trên toàn tỉnh không ma túy.", "ít nhất 50%",
     "xã, phường trên toàn tỉnh không ma túy"),
    # what follows "thì" is the consequence, not the counted thing (Nghị quyết of the Government)
    ("Trường hợp dự án nằm trên địa bàn từ 02 đơn vị hành chính cấp tỉnh trở lên thì thẩm quyền giải quyết thuộc"
     " Bộ trưởng.", "02 đơn vị", "đơn vị hành chính cấp tỉnh trở lên"),
    # a quoted noun phrase after the percentage
    ("Phấn đấu đạt mục tiêu xây dựng 20% xã, phường “không ma túy” ngay trong năm 2025; đến năm 2030 đạt 100%"
     " “xã, phường không ma túy”.", "đạt 100%", "“xã, phường không ma túy”"),
    # nothing after the percentage but a time: the subject before it
    ("- Chỉ tiêu 3: Tỷ lệ nữ học viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30% vào năm 2025.",
     "trên 30%", "Tỷ lệ nữ học viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp"),
    # the second of "đạt A% X và B% Y" is measured against Y; a change against the same period
    ("Tổng thu ngân sách nhà nước thực hiện 13.966 tỷ đồng, đạt 104,24% dự toán Trung ương giao và 85,63% dự toán"
     " tỉnh giao.", "85,63%", "tỷ lệ Tổng thu ngân sách nhà nước so với dự toán tỉnh giao"),
    ("Tổng kim ngạch xuất khẩu đạt 2,6 tỷ USD, đạt 116,8% kế hoạch, tăng 42% so cùng kỳ.", "42%",
     "tỷ lệ Tổng kim ngạch xuất khẩu tăng so cùng kỳ"),
    # a verb before a share of the plan: the rate of doing it (Thông báo 623/TB-VPCP)
    ("Theo dõi, đôn đốc từng dự án trọng điểm, quyết tâm giải ngân 100% kế hoạch vốn năm 2025 đã được Thủ tướng"
     " Chính phủ giao.", "100%", "tỷ lệ giải ngân kế hoạch vốn năm 2025 đã được Thủ tướng Chính phủ giao"),
    # a change in parentheses is the one before's, changed; so is "gấp N lần"
    ("Số tiêu chí đạt chuẩn bình quân là 13,47 tiêu chí/xã (tăng 1,23 tiêu chí/xã).", "1,23",
     "Số tiêu chí đạt chuẩn bình quân tăng"),
    ("Cả nước có 30 đơn vị cấp huyện đạt chuẩn, gấp 2 lần so với cuối năm 2015.", "2 lần",
     "đơn vị cấp huyện đạt chuẩn gấp"),
    # the figure right after a counted noun qualifies it
    ("Còn 257 xã dưới 5 tiêu chí (chiếm 2,88% tổng số xã).", "257 xã", "xã dưới 5 tiêu chí"),
    # a percentage in parentheses after "X là N" is X's share
    ("Số hồ sơ đang xử lý là 717 (chiếm 2%).", "2%", "tỷ trọng hồ sơ đang xử lý"),
    # a measure named just before a count
    ("Tỉnh có diện tích rộng thứ 3 cả nước với quy mô dân số trên 3,3 triệu người.", "3,3 triệu", "quy mô dân số"),
    # what an amount is for
    ("Về đề nghị hỗ trợ khoảng 200 tỷ đồng để kịp thời khắc phục hậu quả sau cơn bão số 13.", "200 tỷ",
     "Về đề nghị hỗ trợ để kịp thời khắc phục hậu quả sau cơn bão số 13"),
    # an amount followed by what it is, after "và"
    ("Bộ phải trình giao tiếp 4.074 tỷ đồng còn lại của vốn ngân sách và 55.000 tỷ đồng vốn trái phiếu Chính phủ"
     " chưa được giao.", "55.000", "vốn trái phiếu Chính phủ chưa được giao"),
    # a discourse opener is no part of the subject
    ("Như vậy, đến nay vốn trái phiếu Chính phủ chưa giao vẫn còn gần 55.000 tỷ đồng.", "55.000",
     "vốn trái phiếu Chính phủ chưa giao vẫn"),
    # a time limit named on the line above (Quyết định công bố thủ tục hành chính)
    ("2.3. Thành phần, số lượng hồ sơ: Không quy định.\n\n2.4. Thời hạn giải quyết:\n\n30 ngày kể từ ngày công bố kết"
     " thúc giai đoạn tổ chức ứng phó sự cố môi trường.", "30 ngày", "Thời hạn giải quyết"),
    # the owner of a share stays in it; a closing ")" leads nothing
    ("Vốn của các tổ chức kinh tế là 576 triệu đồng (19,64%) và vốn của các hộ nông dân là 237 triệu đồng (8,08%).",
     "237", "vốn của các hộ nông dân"),
    # no verb holds a number: "ít nhất 01 trong 03 tiêu chí"
    # ("ít nhất 01" is a figure of its own now, GUIDELINES: each number that quantifies; the "trong" after it is read
    # into the whole's indicator: to be trimmed in figure_indicators)
    ("Thôn đặc biệt khó khăn là thôn đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:", "02 tiêu chí", "tiêu chí sau đây trong"),
    # "đưa được": a "được" after the verb is no passive; the verb goes before its direction
    ("Đến nay đã đưa được 493 sản phẩm lên sàn thương mại điện tử.", "493 sản phẩm",
     "sản phẩm đưa lên sàn thương mại điện tử"),
]


@pytest.mark.parametrize("text,fig,indicator", FORWARD)
def test_indicator_read_forward(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator): a rate or a multiple measures the subject before it, not a counted noun
RATES = [
    # a rate per a number of something (Kế hoạch 174/KH-UBND)
    ("- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống vào năm"
     " 2025.", "107", "Tỷ số giới tính khi sinh"),
    ("- Chỉ tiêu 3: Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ"
     " vào năm 2025.", "18", "Tỷ suất sinh ở trẻ vị thành niên giảm"),
    # "gấp N lần" against a base (Quyết định 2665/QĐ-UBND)
    ("- Có tỷ lệ nghèo đa chiều cao gấp từ 4,0 lần trở lên so với tỷ lệ nghèo đa chiều chung của cả nước.", "4,0",
     "tỷ lệ nghèo đa chiều cao gấp so với tỷ lệ nghèo đa chiều chung của cả nước"),
    ("Năng suất lao động của tỉnh thấp hơn gần 3 lần, chủ yếu do công nghệ lạc hậu.", "3 lần",
     "Năng suất lao động của tỉnh thấp"),
    # a number of times is a count: the verb before it
    ("Giấy phép chỉ được gia hạn 01 lần.", "01 lần", "lần gia hạn"),
    # the total out of which is no part of the counted noun; a line wrapped before the number (Công điện 220/CĐ-TTg)
    ("Thủ tướng Chính phủ đã phê duyệt Phương án cắt giảm thủ tục hành chính của các bộ; cụ thể như sau: (1) Tổng"
     " số TTHC sẽ cắt giảm, đơn giản hóa là\n3.071 TTHC/4.888 TTHC liên quan đến hoạt động sản xuất, kinh doanh.",
     "3.071", "tổng số TTHC đơn giản hóa"),
    ("Bộ đã cắt giảm 2.269 điều kiện/6.974 điều kiện kinh doanh thuộc ngành, nghề đầu tư có điều kiện.", "2.269",
     "điều kiện kinh doanh thuộc ngành, nghề đầu tư có điều kiện cắt giảm"),
    # ... but a table's label cell is no sentence the value goes on
    ("Nhóm 6: Cán bộ Lão thành cách mạng đang cư trú tại các xã, phường của thành phố Hà Nội\n40.000.000 đồng",
     "40.000.000", None),
]


@pytest.mark.parametrize("text,fig,indicator", RATES)
def test_indicator_of_rates_and_totals(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator, scope): units set apart by "riêng" / "đối với" are the scope
SET_APART = [
    # Quyết định 2665/QĐ-UBND (criteria of a poor commune)
    ("- Có tỷ lệ nghèo đa chiều cao gấp từ 4,0 lần trở lên so với tỷ lệ nghèo đa chiều chung của cả nước; riêng các"
     " địa phương vùng đồng bằng sông Cửu Long có tỷ lệ nghèo đa chiều cao gấp từ 2,0 lần trở lên so với tỷ lệ nghèo"
     " đa chiều chung của cả nước.", "2,0",
     "tỷ lệ nghèo đa chiều cao gấp so với tỷ lệ nghèo đa chiều chung của cả nước",
     "các địa phương vùng đồng bằng sông Cửu Long"),
    # ... and the next one set apart the same way
    ("+ Chưa có nhà ở nội trú cho học sinh (đối với Trường phổ thông dân tộc nội trú đáp ứng dưới 80%, Trường phổ"
     " thông dân tộc bán trú đáp ứng dưới 60%);", "dưới 60%", "đáp ứng", "Trường phổ thông dân tộc bán trú"),
    # what is set apart and only changes is measured, no scope
    ("Đối với nguồn vốn bồi thường tăng lên 18.000 tỷ đồng.", "18.000", "Đối với nguồn vốn bồi thường tăng", None),
    # a time set apart is no scope
    ("Riêng năm 2016 đã có hơn 110 nghìn doanh nghiệp thành lập.", "110", "doanh nghiệp thành lập", None),
    # a breakdown: the same kind of unit with the same verb as before is another one of them
    ("Khối doanh nghiệp tư nhân nợ 5.160 tỷ đồng, khối doanh nghiệp nhà nước nợ 964 tỷ đồng.", "964", "nợ",
     "khối doanh nghiệp nhà nước"),
]


@pytest.mark.parametrize("text,fig,indicator,scope", SET_APART)
def test_scope_set_apart(text, fig, indicator, scope):
    f = _one(text, fig)
    assert (f.indicator, f.scope) == (indicator, scope)


# (text, figure text, indicator): who acts on a measure is no part of it; an amount "với số tiền" after a count
AMOUNTS = [
    ("Ngoài ra, Ủy ban nhân dân tỉnh đề nghị được tiếp nhận khoản vay 200 triệu USD từ Ngân hàng Thế giới cho dự án"
     " cấp nước, đồng thời đề nghị điều chỉnh tổng mức đầu tư.", "200 triệu USD",
     "khoản vay từ Ngân hàng Thế giới cho dự án cấp nước"),
    ("Công ty kiến nghị Thủ tướng chấp thuận cho phép kéo dài thời hạn vay của các hợp đồng tín dụng thành 20 năm.",
     "20 năm", "thời hạn vay"),
    # Luật 106/2025/QH15 (time limits)
    ("Trường hợp việc thi hành án đã kết thúc thì thời hạn kháng nghị là 01 năm.", "01 năm", "thời hạn kháng nghị"),
    # a measure of another class is no head: "lãi suất vay" names no time
    ("Thời gian xét duyệt hồ sơ đề nghị hỗ trợ lãi suất vay là 30 ngày.", "30 ngày",
     "Thời gian xét duyệt hồ sơ đề nghị hỗ trợ lãi suất vay"),
    ("Tỉnh đã hỗ trợ bảo hiểm thân tàu cho 940 tàu cá với kinh phí 12,92 tỷ đồng.", "12,92",
     "kinh phí tàu cá hỗ trợ bảo hiểm thân tàu"),
]


@pytest.mark.parametrize("text,fig,indicator", AMOUNTS)
def test_indicator_of_amounts(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator): shares and changes of an amount said just before
SHARES = [
    ("Trong đó chủ yếu là nợ đóng bảo hiểm bắt buộc với 7.061 tỷ đồng, chiếm 71,4% tổng nợ đóng, tiếp theo là nợ đóng"
     " bảo hiểm y tế với 2.547 tỷ đồng chiếm 25,7% tổng nợ đóng; nợ lãi với số tiền 1.428 tỷ đồng.", "71,4%",
     "tỷ trọng nợ đóng bảo hiểm bắt buộc trong tổng nợ đóng"),
    ("Trong đó chủ yếu là nợ đóng bảo hiểm bắt buộc với 7.061 tỷ đồng, chiếm 71,4% tổng nợ đóng, tiếp theo là nợ đóng"
     " bảo hiểm y tế với 2.547 tỷ đồng chiếm 25,7% tổng nợ đóng; nợ lãi với số tiền 1.428 tỷ đồng.", "2.547",
     "nợ đóng bảo hiểm y tế"),
    ("Trong đó chủ yếu là nợ đóng bảo hiểm bắt buộc với 7.061 tỷ đồng, chiếm 71,4% tổng nợ đóng, tiếp theo là nợ đóng"
     " bảo hiểm y tế với 2.547 tỷ đồng chiếm 25,7% tổng nợ đóng; nợ lãi với số tiền 1.428 tỷ đồng.", "1.428",
     "nợ lãi"),
    # a change against a base keeps the change and the base; a year after "so với" is a period
    ("Trong năm, tổng số thu tiền nộp bảo hiểm đạt 217.700 tỷ đồng, tăng 6,89% so với dự toán được giao và tăng 10,1%"
     " so với năm 2014.", "6,89%", "tỷ lệ tổng số thu tiền nộp bảo hiểm tăng so với dự toán được giao"),
    ("Trong năm, tổng số thu tiền nộp bảo hiểm đạt 217.700 tỷ đồng, tăng 6,89% so với dự toán được giao và tăng 10,1%"
     " so với năm 2014.", "10,1%", "tỷ lệ tổng số thu tiền nộp bảo hiểm tăng"),
    # "đáp ứng 39% tổng nhu cầu": the total is what is counted
    ("Bộ chỉ bố trí 11.517 tỷ đồng, mới đáp ứng được 39% tổng nhu cầu vốn ODA.", "39%", "tổng nhu cầu vốn ODA mới đáp ứng"),
]


@pytest.mark.parametrize("text,fig,indicator", SHARES)
def test_indicator_of_shares_and_changes(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator): a count inside the subject; an amount of funds named after a verb of giving
SUBJECTS = [
    ("Nhu cầu vốn ODA từ nguồn ngân sách trung ương giai đoạn 2016-2020 của 2 dự án trọng điểm là 29.512 tỷ đồng.",
     "29.512", "Nhu cầu vốn ODA từ nguồn ngân sách trung ương giai đoạn 2016-2020 của 2 dự án trọng điểm"),
    ("Trước mắt, thành phố đề xuất Chính phủ cho tạm ứng 3.303 tỷ đồng vốn ODA năm 2017 cho dự án tuyến metro số 1 bởi"
     " nhu cầu vốn năm 2017 rất lớn.", "3.303", "tạm ứng vốn ODA năm 2017 cho dự án tuyến metro số 1"),
    # Thông tư (a time limit with a count inside its subject)
    ("Thời gian tối thiểu cho 01 (một) đợt tập huấn là 40 giờ.", "40 giờ", "Thời gian tối thiểu cho 01 (một) đợt tập huấn"),
    # the same amount in other units after "tương đương", "tức"
    ("Tổng vốn đăng ký đầu tư đạt 4,5 tỷ USD, tương đương 113.229 tỷ đồng.", "113.229", "Tổng vốn đăng ký đầu tư"),
    # the members listed after "gồm" are no part of what is counted, "không bao gồm" is
    ("Thành lập Hội đồng thẩm định có 07 thành viên gồm đại diện các sở.", "07 thành viên", "thành viên"),
    ("Giá thuê bằng 35% giá bán lẻ điện bình quân chưa bao gồm thuế giá trị gia tăng.", "35%",
     "giá bán lẻ điện bình quân chưa bao gồm thuế giá trị gia tăng Giá thuê bằng"),
    # a place that sets the scene is no part of the subject
    ("Ở tỉnh cũng thế, sau khi triển khai, dự án tăng vốn gấp 2-3 lần.", "2-3 lần",
     "sau khi triển khai, dự án tăng vốn gấp"),
    # who says it, and "Qua X," are no part of the subject
    ("Kiểm toán Nhà nước cho biết Quỹ hưu trí dự báo chênh lệch thu chi âm 35.962 tỷ đồng.", "35.962",
     "Quỹ hưu trí dự báo chênh lệch thu chi âm"),
    ("Qua thanh tra, đã kiến nghị thu hồi về ngân sách nhà nước số tiền 18.799.810.000 đồng.", "18.799.810.000",
     "đã kiến nghị thu hồi về ngân sách nhà nước số tiền"),
    ("Gói thầu tiết kiệm được 22%, tương đương 138 tỷ đồng.", "138", "Gói thầu tiết kiệm"),
    # "trong khi" opens the next clause, it does not qualify the figure before
    ("Số tiền trúng thầu là 502 tỷ đồng, trong khi giá kế hoạch là 641 tỷ đồng.", "641", "giá kế hoạch"),
    # no dangling "từ" before the next figure
    ("Có 126 tên thuốc từ 18 đơn vị trúng thầu có giá cao.", "126", "tên thuốc"),
    # the fuller noun phrase said before stops at another count joined by "và"
    ("Ngư dân đã đóng mới 21 tàu cá và cải hoán 4 tàu khác; trong đó, đã hạ thủy 12 tàu.", "12 tàu", "tàu hạ thủy"),
]


@pytest.mark.parametrize("text,fig,indicator", SUBJECTS)
def test_indicator_around_another_figure(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator, scope): a sector in a split after "trong đó" is the scope; the whole's measure
# (or the share in it, after "chiếm") is the indicator. Legal text: TB 623/TB-VPCP, KH 0204/KH-UBND Cà Mau (2025)
TB623 = ("Theo đó, kinh tế duy trì đà tăng trưởng, tăng trưởng tổng sản phẩm quốc nội (GRDP) trên địa bàn tỉnh Quý III"
         " đạt 6,26%, 9 tháng năm 2025 tăng 6,9%.\nTrong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%; khu vực"
         " công nghiệp và xây dựng ước đạt 9,34%; khu vực dịch vụ ước đạt 7,22%.")
KH0204 = ("Cơ cấu kinh tế có sự chuyển dịch tích cực, tổng giá trị sản phẩm trong tỉnh (GRDP) theo giá hiện hành ước đạt"
          " 172.033 tỷ đồng, trong đó: Khu vực nông, lâm nghiệp và thuỷ sản chiếm 34,86%, công nghiệp - xây dựng chiếm"
          " 24,23% và dịch vụ chiếm 36,49% trong GRDP.")


@pytest.mark.parametrize("text, fig, indicator, scope", [
    (TB623, "5,39%", "tăng trưởng tổng sản phẩm quốc nội (GRDP)", "khu vực nông, lâm nghiệp và thủy sản"),
    (TB623, "9,34%", "tăng trưởng tổng sản phẩm quốc nội (GRDP)", "khu vực công nghiệp và xây dựng"),
    (TB623, "7,22%", "tăng trưởng tổng sản phẩm quốc nội (GRDP)", "khu vực dịch vụ"),
    (KH0204, "34,86%", "tỷ trọng trong GRDP", "Khu vực nông, lâm nghiệp và thuỷ sản"),
    (KH0204, "24,23%", "tỷ trọng trong GRDP", "công nghiệp - xây dựng"),
    (KH0204, "36,49%", "tỷ trọng trong GRDP", "dịch vụ"),
    # (constructed) a split in parentheses right after the whole; the economic sectors by ownership
    ("Tăng trưởng kinh tế đạt 7,2% (công nghiệp - xây dựng tăng 9,1%, dịch vụ tăng 6,5%).", "6,5%",
     "Tăng trưởng kinh tế", "dịch vụ"),
    ("Tổng vốn đầu tư đạt 5.000 tỷ đồng (khu vực nhà nước 2.000 tỷ đồng, khu vực ngoài nhà nước 3.000 tỷ đồng).",
     "3.000 tỷ đồng", "Tổng vốn đầu tư", "khu vực ngoài nhà nước"),
    ("Kim ngạch nhập khẩu tăng 15,8% so cùng kỳ; trong đó, khu vực kinh tế trong nước tăng 15,6%.", "15,6%",
     "Kim ngạch nhập khẩu tăng", "khu vực kinh tế trong nước"),
    # "dịch vụ" inside a noun phrase is no sector of a split
    ("Trong đó, nông nghiệp duy trì phát triển ổn định; tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1%.", "15,1%",
     "tổng mức bán lẻ hàng hóa và dịch vụ tăng", None),
])
def test_sector_in_a_split(text, fig, indicator, scope):
    f = _one(text, fig)
    assert (f.indicator, f.scope) == (indicator, scope)


# (constructed) a share of GDP right after an amount ("tương đương"/"bằng") is that amount's rate to GDP
@pytest.mark.parametrize("text, fig, indicator", [
    ("Bội chi ngân sách: 226.000 tỷ đồng, tương đương 5,0% GDP.", "5,0%", "tỷ lệ Bội chi ngân sách so với GDP"),
    ("Quyết toán số bội chi là 263.135 tỷ đồng, bằng 6,28% GDP thực hiện.", "6,28%",
     "tỷ lệ Quyết toán số bội chi so với GDP thực hiện"),
])
def test_indicator_of_a_share_of_gdp(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator): the measure of what a count counts, named before its own number (KH 0204/KH-UBND
# Cà Mau, 2025); a source "X cho thấy," is no part of the subject (constructed)
KH0204_MW = ("Trong năm dự kiến hoàn thành đưa vào sử dụng khai thác 02 dự án điện gió (Cà Mau 1A, Cà Mau 1B) với công suất"
             " 176 MW, lũy kế đến cuối năm có 16 dự án được vận hành khai thác với tổng công suất 870,2 MW; 10 dự án đang"
             " tiếp tục triển khai thực hiện và 22 dự án tổng công suất 1.393 MW trong quy hoạch.")


@pytest.mark.parametrize("text, fig, indicator", [
    (KH0204_MW, "02 dự án", "dự án điện gió"),
    (KH0204_MW, "176 MW", "công suất dự án điện gió"),
    (KH0204_MW, "870,2 MW", "tổng công suất dự án được vận hành khai thác"),
    (KH0204_MW, "1.393 MW", "tổng công suất dự án"),
    # a count that gives a size is no owner of the amount after it
    ("Dự án được phê duyệt với quy mô 700 giường bệnh với tổng mức đầu tư 999 tỷ đồng.", "999 tỷ đồng", "tổng mức đầu tư"),
    # (constructed) "tức" after a rate opens the same change in other units, no noun phrase of the rate
    ("Năm 2024, dự toán chi thường xuyên là 7.407 tỷ đồng, tăng 75,8% tức khoảng 3.193 tỷ đồng so với năm 2023.", "75,8%",
     "tỷ lệ dự toán chi thường xuyên tăng"),
    ("Còn báo cáo của Sở Tài chính cho thấy, kết quả giải ngân vốn đầu tư công 6 tháng đạt 1.400 tỷ đồng.", "1.400 tỷ đồng",
     "kết quả giải ngân vốn đầu tư công 6 tháng"),
])
def test_indicator_of_a_measure_after_a_count(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (text, figure text, indicator): an apposition "là <noun>" after a counted noun says which ones are counted
# (NĐ 144/2025/NĐ-CP; constructed); not a name ("1 địa phương là Cần Thơ") nor "là về ..."
@pytest.mark.parametrize("text, fig, indicator", [
    ("Hội đồng thẩm định gồm đại diện các bộ, ngành, trong đó có 02 thành viên là ủy viên phản biện.", "02 thành viên",
     "thành viên là ủy viên phản biện"),
    ("Ngân hàng đã giải ngân cho 38 lượt khách hàng là ngư dân để làm vốn lưu động.", "38 lượt khách hàng",
     "lượt khách hàng là ngư dân giải ngân"),
    ("Đợt này chỉ có 1 địa phương là Cần Thơ.", "1 địa phương", "địa phương"),
])
def test_indicator_of_a_count_with_apposition(text, fig, indicator):
    f = _one(text, fig)
    assert f.indicator == indicator


# (constructed) a rate moved from one value to another: both values measure it, "đối với" after the pair is its scope
FROM_TO = ("Trong năm qua, các nhà đầu tư đã đẩy nhanh tiến độ, tăng tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện từ gần 40%"
           " năm 2019 lên hơn 44% năm 2020 đối với dự án đầu tư nước ngoài và từ 41% lên 46% đối với dự án đầu tư trong nước.")


@pytest.mark.parametrize("text, fig, indicator, scope", [
    (FROM_TO, "gần 40%", "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện", "dự án đầu tư nước ngoài"),
    (FROM_TO, "hơn 44%", "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện", "dự án đầu tư nước ngoài"),
    (FROM_TO, "41%", "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện", "dự án đầu tư trong nước"),
    (FROM_TO, "46%", "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện", "dự án đầu tư trong nước"),
    ("Tỉnh đã giảm tỷ lệ hộ nghèo từ 12,5% năm 2020 xuống 6,1% năm 2025.", "6,1%", "tỷ lệ hộ nghèo", None),
])
def test_rate_from_one_value_to_another(text, fig, indicator, scope):
    f = _one(text, fig, exact=True)
    assert (f.indicator, f.scope) == (indicator, scope)
