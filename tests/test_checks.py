"""Citation checks (extractors/checks.py): each kind on real sentences, with exact lines and messages."""
import pytest

from extractors.checks import check_references, number_problems, symbol_parts, type_of_symbol
from extractors.models import Reference
from extractors.resolve import Known

QD942 = Known(1, "Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ", source="qd-942.txt")
CT06 = Known(2, "Chỉ thị", "06/CT-UBND", "2022-06-03", "Ủy ban nhân dân tỉnh Điện Biên", source="ct-06.txt")


def mention(text: str, sentence: str, **fields) -> Reference:
    start = sentence.index(text)
    return Reference(start, start + len(text), text, id=fields.pop("id", "r1"), **fields)


@pytest.mark.parametrize("sentence, mention_text, fields, target, citing_date, expected", [
    # a different date
    ("ĐBP - Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược",
     "Quyết định số 942/QĐ-TTg ngày 15/6/2020 của Thủ tướng Chính phủ",
     dict(type="Quyết định", number="942/QĐ-TTg", date="2020-06-15", issuer="Thủ tướng Chính phủ"), QD942, None,
     [("date", 1, "error", "dated 2020-06-15 here, 2021-06-15 in 942/QĐ-TTg")]),
    # a different issuer
    ("Thực hiện Chỉ thị 06/CT-UBND ngày 03/06/2022 của UBND tỉnh Lai Châu", "Chỉ thị 06/CT-UBND ngày 03/06/2022",
     dict(type="Chỉ thị", number="06/CT-UBND", date="2022-06-03", issuer="Ủy ban nhân dân tỉnh Lai Châu"), CT06, None,
     [("issuer", 1, "error",
       "issued by 'Ủy ban nhân dân tỉnh Lai Châu' here, by 'Ủy ban nhân dân tỉnh Điện Biên' in 06/CT-UBND")]),
    # the type contradicts the symbol (found in or out of the corpus)
    ("UBND tỉnh đã ban hành\nQuyết định số 06/CT-UBND ngày 03/06/2022 phát triển Chính quyền điện tử",
     "Quyết định số 06/CT-UBND ngày 03/06/2022",
     dict(type="Quyết định", number="06/CT-UBND", date="2022-06-03"), CT06, None,
     [("type_symbol", 2, "error", "'Quyết định' but the symbol 06/CT-UBND is a Chỉ thị")]),
    # a number malformed for its type: no issuer "TT" signs a Quyết định
    ("Thực hiện Quyết định số 942/QĐ-TT ngày 15/6/2021 của Thủ tướng Chính phủ",
     "Quyết định số 942/QĐ-TT ngày 15/6/2021 của Thủ tướng Chính phủ",
     dict(type="Quyết định", number="942/QĐ-TT", date="2021-06-15", issuer="Thủ tướng Chính phủ"), None, None,
     [("malformed_number", 1, "error",
       "942/QĐ-TT: issuer code 'TT' is not a known code (did you mean 942/QĐ-TTg?)"),
      ("not_in_corpus", 1, "info", "942/QĐ-TT is not in the corpus")]),
    # the year inside the symbol is not the year of issue
    ("Căn cứ Quyết định số 18/2019/QĐ-TTg ngày 19/4/2018 của Thủ tướng Chính phủ",
     "Quyết định số 18/2019/QĐ-TTg ngày 19/4/2018 của Thủ tướng Chính phủ",
     dict(type="Quyết định", number="18/2019/QĐ-TTg", date="2018-04-19"), None, None,
     [("malformed_number", 1, "error",
       "18/2019/QĐ-TTg: the year in the symbol (2019) is not the year of issue (2018)"),
      ("not_in_corpus", 1, "info", "18/2019/QĐ-TTg is not in the corpus")]),
    # a decree number since 2006 carries its year
    ("Căn cứ Nghị định số 35/NĐ-CP ngày 20/6/2023 của Chính phủ", "Nghị định số 35/NĐ-CP ngày 20/6/2023 của Chính phủ",
     dict(type="Nghị định", number="35/NĐ-CP", date="2023-06-20"), None, None,
     [("malformed_number", 1, "error",
       "35/NĐ-CP: a Nghị định number issued in 2023 carries its year (35/2023/NĐ-...)"),
      ("not_in_corpus", 1, "info", "35/NĐ-CP is not in the corpus")]),
    # the cited document is dated after the citing one
    ("Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021", "Quyết định số 942/QĐ-TTg ngày 15/6/2021",
     dict(type="Quyết định", number="942/QĐ-TTg", date="2021-06-15"), QD942, "2021-01-05",
     [("cited_after", 1, "warning", "942/QĐ-TTg is dated 2021-06-15, after this document (2021-01-05)")]),
    # all agrees: nothing to say
    ("Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ",
     "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ",
     dict(type="Quyết định", number="942/QĐ-TTg", date="2021-06-15", issuer="Thủ tướng Chính phủ"), QD942,
     "2022-12-01", []),
    # Party resolutions: "của Bộ Chính trị" under the header of the Ban Chấp hành Trung ương
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
     "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
     dict(type="Nghị quyết", number="57-NQ/TW", date="2024-12-22", issuer="Bộ Chính trị"),
     Known(3, "Nghị quyết", "57-NQ/TW", "2024-12-22", "Ban Chấp hành Trung ương đảng cộng sản Việt Nam"),
     "2025-01-09", []),
    # a Party rule: "Quy định số 178-QĐ/TW" (QĐ marks Quy định too)
    ("Căn cứ Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị", "Quy định số 178-QĐ/TW ngày 27/6/2024",
     dict(type="Quy định", number="178-QĐ/TW", date="2024-06-27"), None, None,
     [("not_in_corpus", 1, "info", "178-QĐ/TW is not in the corpus")]),
    # an older Tờ trình numbered with TT
    ("Theo Tờ trình số 338/TT-ĐC của Đoàn", "Tờ trình số 338/TT-ĐC", dict(type="Tờ trình", number="338/TT-ĐC"), None,
     None, [("not_in_corpus", 1, "info", "338/TT-ĐC is not in the corpus")]),
    # "theo quy định 15/2026/TT-BCT": the verb, not a type word
    ("thực hiện theo quy định 15/2026/TT-BCT", "quy định 15/2026/TT-BCT",
     dict(type="Quy định", number="15/2026/TT-BCT"), None, None,
     [("not_in_corpus", 1, "info", "15/2026/TT-BCT is not in the corpus")]),
    # a resolution of the Quốc hội shares the QH code with laws: no contradiction
    ("Căn cứ Nghị quyết số 98/2023/QH15 ngày 24 tháng 6 năm 2023 của Quốc hội",
     "Nghị quyết số 98/2023/QH15 ngày 24 tháng 6 năm 2023 của Quốc hội",
     dict(type="Nghị quyết", number="98/2023/QH15", date="2023-06-24", issuer="Quốc hội"), None, None,
     [("not_in_corpus", 1, "info", "98/2023/QH15 is not in the corpus")]),
])
def test_checks(sentence, mention_text, fields, target, citing_date, expected):
    r = mention(mention_text, sentence, **fields)
    problems = check_references(sentence, [r], {"r1": target}, citing_date)
    assert [(p.kind, p.line, p.severity, p.message) for p in problems] == expected
    assert all((p.start, p.end, p.text) == (r.start, r.end, mention_text) for p in problems)


def test_a_short_form_is_checked_on_its_antecedent():
    text = "Quyết định số 06/CT-UBND ngày 03/06/2022; Quyết định 06"
    full = mention("Quyết định số 06/CT-UBND ngày 03/06/2022", text, type="Quyết định", number="06/CT-UBND")
    short = Reference(42, 55, "Quyết định 06", type="Quyết định", number="06/CT-UBND", id="r2", antecedent="r1",
                      short_form=True)
    problems = check_references(text, [full, short], {"r1": CT06, "r2": CT06})
    assert [(p.ref_id, p.kind) for p in problems] == [("r1", "type_symbol")]


@pytest.mark.parametrize("number, expected", [
    ("942/QĐ-TTg", "Quyết định"), ("06/CT-UBND", "Chỉ thị"), ("1332/KH-BCĐ", "Kế hoạch"),
    ("57-NQ/TW", "Nghị quyết"), ("35/2023/NĐ-CP", "Nghị định"), ("04/TTr-BKHCN-BTTTT", "Tờ trình"),
    ("20/2023/QH15", None), ("211/BTC-TCDN", None), ("Đề án 06", None),
])
def test_type_of_symbol(number, expected):
    assert type_of_symbol(number) == expected


@pytest.mark.parametrize("number, date, expected", [
    ("942/QĐ-TTg", "2021-06-15", []),
    ("942/QĐ-TT", None, ["issuer code 'TT' is not a known code (did you mean 942/QĐ-TTg?)"]),
    ("123/QĐ-SGTVT", None, []),  # a Sở's code one letter from the Bộ's is not a typo
    ("128/QĐ-LĐTBXH", None, []),  # the ministry's code as it long was, without the B
    ("36/2025/TT-BNMT", "2025-07-02", ["issuer code 'BNMT' is not a known code (did you mean 36/2025/TT-BNNMT?)"]),
    ("35/2023/NĐ-CP", "2023-06-20", []),
    ("35/2022/NĐ-CP", "2023-06-20", ["the year in the symbol (2022) is not the year of issue (2023)"]),
    ("64/NĐ-CP", "1995-09-01", []),
    ("57-NQ/TW", "2024-12-22", []),
])
def test_number_problems(number, date, expected):
    assert [m for m, _ in number_problems(number, date)] == expected


def test_symbol_parts():
    assert symbol_parts("04/2025/TTr-BKHCN-BTTTT") == {"n": "04", "year": "2025", "type": "TTr",
                                                       "issuers": ["BKHCN", "BTTTT"], "party": False}
    assert symbol_parts("57-NQ/TW") == {"n": "57", "year": None, "type": "NQ", "issuers": ["TW"], "party": True}
    assert symbol_parts("Quyết định 942") is None
