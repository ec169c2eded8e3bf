"""Results to targets (extractors/progress.py): source plans, matching, status, in-document links."""
import pytest

from extractors.models import Figure, Reference
from extractors.progress import (cited_plan_numbers, in_document, indicator_similarity, match_target,
                                 plan_references, source_plans, status, unit_key)

# The seed's references as in gold/dev/000_b5c0d0c8d5d614a7.json (spans into the normalized text).
SEED_REFS = [
    ("r1", 159, 222, "Quyết định", "942/QĐ-TTg", "phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số"),
    ("r2", 763, 800, "Kế hoạch", "1332/KH-BCĐ", "về Chương trình hoạt động của Ban Chỉ đạo về chuyển đổi số"),
    ("r3", 1313, 1347, "Chỉ thị", "06/CT-UBND", "phát triển Chính quyền điện tử hướng tới Chính quyền số"),
    ("r4", 1457, 1499, "Quyết định", "2001/QĐ-UBND", "về việc phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số"),
    ("r5", 1677, 1715, "Kế hoạch", "718/KH-UBND", "Nâng cao nhận thức, phổ cập kỹ năng"),
    ("r6", 1849, 1915, "Kế hoạch", None, "triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số"),
]


def seed_refs(text):
    return [Reference(s, e, text[s:e], type=t, number=n, title=title, id=i) for i, s, e, t, n, title in SEED_REFS]


def fig(id, value, unit="%", kind="result", indicator=None, qualifier="=", start=0, end=1, text="x", **kw):
    return Figure(start, end, text, value, unit, qualifier, indicator=indicator, kind=kind, id=id, **kw)


def test_seed_results_link_to_942_and_1332(seed_text):
    refs = seed_refs(seed_text)
    assert [r.number for r in plan_references(seed_text, refs)] == ["942/QĐ-TTg", "1332/KH-BCĐ"]
    start = seed_text.index("cấp tỉnh đạt 98%")
    results = [fig("f3", 98, start=start, end=start + 16, text="cấp tỉnh đạt 98%", scope="cấp tỉnh"),
               fig("f9", 4, unit="văn bản", kind=None, start=2510, end=2538)]
    links = source_plans(seed_text, refs, results)
    assert [(pl.figure_id, pl.ref_id, pl.cue, pl.score) for pl in links] == [
        ("f3", "r1", "lead", 0.9), ("f3", "r2", "section", 0.8)]


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện <Quyết định số 942/QĐ-TTg> của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển", True),
    ("Triển khai <Kế hoạch số 176/KH-UBND> ngày 29/7/2022 của UBND tỉnh, kết quả như sau", True),
    ("Báo cáo kết quả triển khai thực hiện <Nghị quyết số 57-NQ/TW> của Bộ Chính trị", True),
    ("CSDL chuyên ngành theo <Nghị quyết số 71/NQ-CP> chưa đảm bảo nguyên tắc", True),
    ("Ban Chỉ đạo đã ban hành <Kế hoạch số 1332/KH-BCĐ> về Chương trình hoạt động, trong đó đề ra các mục tiêu", True),
    # listed among issued documents: not the plan this text reports on
    ("UBND tỉnh đã ban hành nhiều văn bản: <Kế hoạch số 718/KH-UBND> ngày 15/3/2022 Nâng cao nhận thức", False),
    # a law is a legal basis, whatever its name
    ("Căn cứ <Luật Quy hoạch đô thị> ngày 17 tháng 6 năm 2009", False),
    ("Thực hiện <Nghị định số 107/2021/NĐ-CP> của Chính phủ", False),
])
def test_plan_cues(text, expected):
    start = text.index("<")
    end = text.index(">") - 1
    plain = text.replace("<", "").replace(">", "")
    words = plain[start:end]
    kind = next(k for k in ("Quyết định", "Kế hoạch", "Nghị quyết", "Luật", "Nghị định") if words.startswith(k))
    number = words.split("số ")[-1] if "số " in words else None
    title = "phê duyệt Chiến lược phát triển" if kind == "Quyết định" else None
    r = Reference(start, end, words, type=kind, number=number, title=title or (None if number else "Quy hoạch đô thị"),
                  id="r1")
    assert bool(plan_references(plain, [r])) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("Tỷ lệ dân số trưởng thành có chữ ký số", "Tỉ lệ dân số trưởng thành có chữ ký hoặc chữ ký điện tử cá nhân", 0.701),
    ("tỷ lệ hồ sơ trực tuyến", "Tỷ lệ hồ sơ trực tuyến", 1.0),
    ("phủ sóng 5G", "Tổng dung lượng thiết kế cáp quang trên biển", 0.0),
    (None, "Quy mô kinh tế số", 0.0),
    ("Tỷ lệ % dân số có khả năng tiếp cận dịch vụ 5G", "Phủ sóng 5G cho người dân", 0.5),
])
def test_indicator_similarity(a, b, expected):
    assert indicator_similarity(a, b) == expected


@pytest.mark.parametrize("unit, key", [("%", "%"), ("% dân số", "%"), ("phần trăm", "%"), ("% GDP", "%"),
                                       ("Doanh nghiệp", "doanh nghiep"), ("Thứ bậc", "thu bac")])
def test_unit_key(unit, key):
    assert unit_key(unit) == key


@pytest.mark.parametrize("result, target, expected", [
    (39.5, fig("t", 90, kind="target"), "not met"),
    (99, fig("t", 99, kind="target"), "met"),
    (72, fig("t", 70, kind="target", qualifier=">="), "met"),
    (70, fig("t", 70, kind="target", qualifier=">"), "not met"),
    (2, fig("t", 3, unit="Thứ bậc", kind="target", qualifier="<="), "met"),
    (5, fig("t", 3, unit="hạng", kind="target"), "not met"),  # a rank: smaller is better
    (45, fig("t", 40, kind="target", qualifier="range", value_max=50), "met"),
    (0.5, fig("t", 1, kind="target", qualifier="<"), "met"),
])
def test_status(result, target, expected):
    assert status(result, target).value == expected


NQ03_TARGETS = [  # rows of Phụ lục I of Nghị quyết 03/NQ-CP
    fig("t31", 70, kind="target", qualifier=">=", indicator="Tỷ lệ dân số trưởng thành có chữ ký hoặc chữ ký điện tử cá nhân",
        period="2030"),
    fig("t23.4", 99, unit="% dân số", kind="target", indicator="Phủ sóng 5G cho người dân", period="2030"),
    fig("t23.2", 9, unit="Tuyến cáp quang biển", kind="target", indicator="Số tuyến cáp quang biển mới đưa vào hoạt động",
        period="2030"),
    fig("t17", 3, kind="target", qualifier=">=", period="2030",
        indicator="Chi ngân sách hàng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia"),
]


@pytest.mark.parametrize("result, expected", [
    (fig("f1", 39.5, indicator="phủ sóng 5G trên phạm vi toàn quốc", period="2025"), ("t23.4", "not met")),
    (fig("f2", 3, indicator="tổng chi ngân sách nhà nước cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
         period="2025"), ("t17", "met")),
    (fig("f3", 2, unit="tuyến", indicator="tuyến cáp quang biển mới"), None),  # another unit
    (fig("f4", 80, indicator="tỷ lệ dân số trưởng thành có chữ ký số", period="2031"), None),  # after the period
    (fig("f5", 80, indicator="tỷ lệ giải ngân vốn đầu tư công"), None),  # nothing alike
])
def test_match_target(result, expected):
    m = match_target(result, NQ03_TARGETS)
    assert (m and (m[0].id, status(result.value, m[0]).value)) == expected


def test_in_document_share_of_plan_and_target_just_before():
    text = ("Giá trị giải ngân đạt 45,2% kế hoạch, thu ngân sách vượt 5% kế hoạch. Doanh nghiệp viễn thông phủ "
            "sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%). Quy mô kinh tế "
            "số đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%.")

    def at(s, id, value, kind, qualifier="="):
        i = text.index(s)
        return Figure(i, i + len(s), s, value, "%", qualifier, kind=kind, id=id)
    figures = [at("đạt 45,2%", "f1", 45.2, "result"), at("vượt 5%", "f2", 5, "result"),
               at("đạt 90%", "f3", 90, "target"), at("đạt 39,5%", "f4", 39.5, "result"),
               at("đạt 2%", "f5", 2, "target"), at("hơn 60%", "f6", 60, "result", ">")]
    links = in_document(text, figures)
    assert [(t.result_id, t.target_id, t.status, t.how, t.target_value) for t in links] == [
        ("f1", None, "not met", "share_of_plan", 100.0),
        ("f2", None, "met", "share_of_plan", 100.0),
        ("f4", "f3", "not met", "indicator", 90),
    ]


@pytest.mark.parametrize("title, expected", [
    ("Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 "
     "của Bộ Chính trị về đột phá phát triển khoa học", (["57-NQ/TW"], [])),
    ("sửa đổi, bổ sung, cập nhật Chương trình hành động ban hành kèm theo Nghị quyết số 03/NQ-CP", ([], ["03/NQ-CP"])),
    ("Về đột phá phát triển khoa học, công nghệ", ([], [])),
    ("xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", ([], [])),
    (None, ([], [])),
])
def test_cited_plan_numbers(title, expected):
    assert cited_plan_numbers(title) == expected


def test_table_targets_read_the_chi_tieu_table_of_nq03():
    from conftest import FIXTURES
    from corpus import read_document
    from extractors.progress import table_targets

    text = read_document(FIXTURES / "links" / "nq03-nq-cp-phu-luc-1.txt").text
    rows = table_targets(text)
    assert len(rows) == 52 and all(text[t.start:t.end] == t.text for t in rows)
    got = {t.id: (t.text, t.value, t.value_max, t.qualifier, t.unit, t.period) for t in rows}
    assert got["t4"] == ("≤ 3", 3, None, "<=", "Thứ bậc", "2030")
    assert got["t11.8"] == (">= 30", 30, None, ">=", "%", "2030")
    assert got["t14"] == ("> 0,7", 0.7, None, ">", "Chỉ số phát triển con người (HDI)", "2030")
    assert got["t17"] == ("≥ 3%", 3, None, ">=", "% tổng chi NSNN", "2030")
    assert got["t19"] == ("40 - 50", 40, 50, "range", "Tổ chức", "2030")
    assert got["t23.2"] == ("09", 9, None, "=", "Tuyến cáp quang biển", "2030")
    assert got["t23.4"] == ("99", 99, None, "=", "% dân số", "2030")
    assert got["t31"] == ("≥ 70", 70, None, ">=", "%", "2030")
    assert got["t36"] == ("≥ 50", 50, None, ">=", "% GDP", "2045")
    assert got["t41"] == ("20% - 50%", 20, 50, "range", "%", "2045")
    assert [t.indicator for t in rows if t.id == "t31"] == ["Tỷ lệ dân số trưởng thành có chữ ký hoặc chữ ký điện tử cá nhân"]
    # rows without a number in the value cell ("Đạt mức tiên tiến ...") are not targets
    assert "t1" not in got and "t23" not in got
