"""Resolution of references to corpus documents (extractors/resolve.py), with hand-made corpora."""
import pytest

from extractors.models import Reference
from extractors.resolve import Known, index_known, resolve_references, same_issuer, title_similarity

CORPUS = [
    Known(1, "Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ",
          "Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, "
          "định hướng đến năm 2030"),
    Known(2, "Nghị định", "35/2023/NĐ-CP", "2023-06-20", "Chính phủ",
          "Sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực quản lý nhà nước của Bộ Xây dựng"),
    Known(3, "Kế hoạch", "718/KH-UBND", "2022-03-15", "Ủy ban nhân dân tỉnh Điện Biên",
          "Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số tỉnh Điện Biên"),
    Known(4, "Kế hoạch", "1001/KH-UBND", "2022-08-01", "Ủy ban nhân dân tỉnh Điện Biên",
          "Triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số trên địa bàn tỉnh Điện Biên"),
    Known(5, "Kế hoạch", "88/KH-UBND", "2023-01-10", "Ủy ban nhân dân tỉnh Lai Châu",
          "Triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số trên địa bàn tỉnh Lai Châu"),
    Known(6, "Nghị quyết", "57-NQ/TW", "2024-12-22", "Ban Chấp hành Trung ương",
          "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    Known(7, "Luật", "147/2025/QH15", "2025-12-11", "Quốc hội",
          "Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa"),
]
BY_NUMBER, BY_TYPE = index_known(CORPUS)


def ref(id="r1", **kw):
    kw.setdefault("text", "x")
    return Reference(kw.pop("start", 0), kw.pop("end", 1), id=id, **kw)


@pytest.mark.parametrize("reference, expected_doc, method", [
    # by number, however it is typed
    (ref(type="Quyết định", number="942/QĐ-TTg"), 1, "number"),
    (ref(type="Quyết định", number="942/QD-TTg"), 1, "number"),
    (ref(type="Nghị quyết", number="57-NQ/TW"), 6, "number"),
    (ref(type="Nghị định", number="35/2023/NĐ-CP"), 2, "number"),
    # a symbol cut by a line break ("Nghị định số 35/2023/NĐ-\nCP"): the one document it begins
    (ref(type="Nghị định", number="35/2023/NĐ"), 2, "prefix"),
    (ref(type="Nghị định", number="35/2023/NĐ-"), 2, "prefix"),
    (ref(type="Nghị định", number="35/2024/NĐ"), None, "none"),
    # a number not in the corpus
    (ref(type="Quyết định", number="2001/QĐ-UBND"), None, "none"),
    (ref(type="Nghị định", number="35/2015/NĐ-CP"), None, "none"),
    # a short form without an antecedent: only when one document of the type and date fits
    (ref(type="Quyết định", number="942", date="2021-06-15"), 1, "short_form"),
    (ref(type="Quyết định", number="942"), None, "none"),
    (ref(type="Quyết định", number="942", date="2020-01-01"), None, "none"),
    # unnumbered: by title, above the threshold, the issuer agreeing
    (ref(type="Kế hoạch", title="triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số trên địa bàn tỉnh Điện Biên",
         issuer="Ủy ban nhân dân tỉnh Điện Biên"), 4, "title"),
    # the same title in two provinces and no issuer: ambiguous, no link
    (ref(type="Kế hoạch", title="triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số"), None, "none"),
    # a different issuer rules a candidate out
    (ref(type="Kế hoạch", title="triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số trên địa bàn tỉnh Điện Biên",
         issuer="Ủy ban nhân dân tỉnh Sơn La"), None, "none"),
    # too different a title
    (ref(type="Kế hoạch", title="thực hiện Đề án phát triển thanh toán không dùng tiền mặt",
         issuer="Ủy ban nhân dân tỉnh Điện Biên"), None, "none"),
])
def test_resolution(reference, expected_doc, method):
    (res,) = resolve_references([reference], BY_NUMBER, BY_TYPE)
    assert (res.doc_id, res.method) == (expected_doc, method)


def test_short_form_takes_its_antecedents_document():
    refs = [ref("r1", type="Nghị quyết", number="57-NQ/TW"),
            ref("r2", type="Nghị quyết", number="57", short_form=True, antecedent="r1")]
    assert [(r.ref_id, r.doc_id, r.method) for r in resolve_references(refs, BY_NUMBER, BY_TYPE)] == [
        ("r1", 6, "number"), ("r2", 6, "antecedent")]


def test_a_document_does_not_resolve_to_itself():
    (res,) = resolve_references([ref(number="942/QĐ-TTg")], BY_NUMBER, BY_TYPE, exclude=1)
    assert res.doc_id is None


def test_title_resolution_never_reaches_a_later_document():
    # NQ 03/NQ-CP (January 2025) asks for "Luật sửa đổi, bổ sung ... Luật Chất lượng sản phẩm": the law
    # passed in December 2025 is not what it cites.
    r = ref(type="Luật", title="Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa")
    assert resolve_references([r], BY_NUMBER, BY_TYPE)[0].doc_id == 7
    assert resolve_references([r], BY_NUMBER, BY_TYPE, before="2025-01-09")[0].doc_id is None


def test_copies_of_one_number_prefer_the_one_that_agrees():
    corpus = [Known(10, "Quyết định", "942/QĐ-TTg", "2021-01-01"), Known(11, "Quyết định", "942/QĐ-TTg", "2021-06-15")]
    by_number, by_type = index_known(corpus)
    (res,) = resolve_references([ref(number="942/QĐ-TTg", date="2021-06-15")], by_number, by_type)
    assert res.doc_id == 11


@pytest.mark.parametrize("a, b, expected", [
    ("Ủy ban nhân dân tỉnh Điện Biên", "UBND tỉnh Điện Biên", True),
    ("Thủ tướng Chính phủ", "Chính phủ", True),
    ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", True),
    ("Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Sơn La", False),
    ("Bộ Tài chính", None, None),
])
def test_same_issuer(a, b, expected):
    assert same_issuer(a, b) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("Triển khai Nền tảng địa chỉ số quốc gia", "triển khai nền tảng địa chỉ số quốc gia", 1.0),
    ("Nền tảng địa chỉ số quốc gia", "Chuyển đổi số quốc gia", 0.5),
    ("", "Chuyển đổi số", 0.0),
])
def test_title_similarity(a, b, expected):
    assert round(title_similarity(a, b), 3) == expected


DIEN_BIEN = Known("x", "Báo cáo", "12/BC-UBND", "2023-01-10", "Ủy ban nhân dân tỉnh Điện Biên", place="Điện Biên")
LAI_CHAU = Known("y", "Báo cáo", "5/BC-UBND", "2023-01-10", "Ủy ban nhân dân tỉnh Lai Châu", place="Lai Châu")


@pytest.mark.parametrize("reference, citing, expected_doc", [
    # a provincial number exists in every province: the province must agree
    (ref(number="718/KH-UBND", issuer="Ủy ban nhân dân tỉnh Điện Biên"), None, 3),
    (ref(number="718/KH-UBND", issuer="Ủy ban nhân dân tỉnh Lai Châu"), None, None),
    (ref(number="718/KH-UBND"), DIEN_BIEN, 3),  # the citing document's own province
    (ref(number="718/KH-UBND", issuer="Ủy ban nhân dân tỉnh"), LAI_CHAU, None),
    (ref(number="718/KH-UBND"), None, None),  # nothing says which province
    (ref(number="718/KH-UBND", date="2022-03-15"), None, 3),  # ... but the date agrees
    (ref(number="718/KH-UBND", date="2022-04-15", issuer="Ủy ban nhân dân tỉnh Điện Biên"), None, None),
    # central numbers are unique: a differing issuer is a citation error to report, not another document
    (ref(number="942/QĐ-TTg", issuer="Chính phủ"), LAI_CHAU, 1),
])
def test_local_numbers_need_their_province(reference, citing, expected_doc):
    (res,) = resolve_references([reference], BY_NUMBER, BY_TYPE, citing=citing)
    assert res.doc_id == expected_doc


@pytest.mark.parametrize("issuer, place", [
    ("Ủy ban nhân dân tỉnh Điện Biên", "dien bien"), ("Hội đồng nhân dân Thành phố Hà Nội", "ha noi"),
    ("Tỉnh ủy Lào Cai", "lao cai"), ("Ban Chỉ đạo về chuyển đổi số tỉnh Điện Biên", "dien bien"),
    ("Ủy ban nhân dân tỉnh", ""), (None, ""),
])
def test_place_of(issuer, place):
    from extractors.resolve import place_of
    assert place_of(issuer) == place
