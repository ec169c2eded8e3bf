"""Document numbers: canonical form, the type and the issuer a symbol names."""
import pytest

from extractors.issuers import issuer_from_symbol
from extractors.symbols import canonical_number, number_key, symbol_codes, type_codes, type_from_symbol

CANONICAL = [
    ("942/QĐ-TTg", "942/QĐ-TTg"),
    ("44 /2025/QĐ-TTg", "44/2025/QĐ-TTg"),
    ("24/2026//NQ-CP", "24/2026/NQ-CP"),
    ("942/QD-TTg", "942/QĐ-TTg"),
    ("06/QĐ-TTG", "06/QĐ-TTg"),
    ("57- NQ/TW", "57-NQ/TW"),
    ("02-KH/BCDTW", "02-KH/BCĐTW"),
    ("66.2/2025/NQ-CP", "66.2/2025/NQ-CP"),
    ("05/HD-UBND", "05/HD-UBND"),  # HD is Hướng dẫn's own code, not HĐ
    ("12/CTr-UBND", "12/CTr-UBND"),
    ("08-QĐi/TW", "08-QĐi/TW"),
    ("4338/BTTTT-CĐSQG", "4338/BTTTT-CĐSQG"),
    ("6676/BYT-CDS", "6676/BYT-CDS"),  # a unit's code, not a type's: Đ is restored in type codes only
    ("20/2023/QH15", "20/2023/QH15"),
    ("265/TTr-LSXDTC", "265/TTr-LSXDTC"),
    ("1626/QĐTTg", "1626/QĐ-TTg"),  # the hyphen lost
    ("10/2020/NĐCP", "10/2020/NĐ-CP"),
    ("211/BTC-TCDN", "211/BTC-TCDN"),
    ("09/2025/UBTVQH15", "09/2025/UBTVQH15"),
    ("12/KH-UBND", "12/KH-UBND"),
]


@pytest.mark.parametrize("raw,canon", CANONICAL)
def test_canonical_number(raw, canon):
    assert canonical_number(raw) == canon


def test_number_key_folds_case_and_d():
    assert number_key("942/qd-ttg") == number_key("942/QĐ-TTg") == number_key("942 /QD-TTG")
    assert number_key("942/QĐ-TTg") != number_key("942/QĐ-UBND")


SYMBOLS = [
    # number, type, issuer (province context: tỉnh Điện Biên)
    ("942/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"),
    ("45/2020/NĐ-CP", "Nghị định", "Chính phủ"),
    ("71/NQ-CP", "Nghị quyết", "Chính phủ"),
    ("20/2023/QH15", "Luật", "Quốc hội"),
    ("188/2025/QH15", "Luật", "Quốc hội"),
    ("13/2023/TT-BTTTT", "Thông tư", "Bộ Thông tin và Truyền thông"),
    ("211/BTC-TCDN", "Công văn", "Bộ Tài chính"),
    ("57/VBHN-BCT", "Văn bản hợp nhất", "Bộ Công Thương"),
    ("2001/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Điện Biên"),
    ("02-TT/TU", "Thông tri", "Tỉnh ủy Điện Biên"),  # a Party's TT is a Thông tri, not a Thông tư
    ("328-KH/TU", "Kế hoạch", "Tỉnh ủy Điện Biên"),
    ("459-KHHĐ/TU", "Kế hoạch", "Tỉnh ủy Điện Biên"),
    ("1332/KH-BCĐ", "Kế hoạch", "Ban Chỉ đạo tỉnh Điện Biên"),
    ("02-KH/BCĐTW", "Kế hoạch", "Ban Chỉ đạo Trung ương"),
    ("57-NQ/TW", "Nghị quyết", None),  # Ban Chấp hành Trung ương or Bộ Chính trị: only the text says
    ("01/2017/TTLT-TANDTC-VKSNDTC", "Thông tư liên tịch",
     "Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao"),
    ("09/2025/UBTVQH15", "Nghị quyết", "Ủy ban Thường vụ Quốc hội"),
    ("265/TTr-LSXDTC", "Tờ trình", None),
    ("5141/SNNMT-KS", "Công văn", "Sở Nông nghiệp và Môi trường tỉnh Điện Biên"),
    ("12/TTr-STP", "Tờ trình", "Sở Tư pháp tỉnh Điện Biên"),
    ("QCVN:109/2017/BTTTT", "Quy chuẩn kỹ thuật quốc gia", "Bộ Thông tin và Truyền thông"),
]


@pytest.mark.parametrize("number,type_,issuer", SYMBOLS)
def test_type_and_issuer_from_symbol(number, type_, issuer):
    assert type_from_symbol(number) == type_
    assert issuer_from_symbol(number, ("tỉnh", "Điện Biên"), type_codes()) == issuer


def test_symbol_codes():
    assert symbol_codes("45/2020/NĐ-CP") == ("NĐ", "CP")
    assert symbol_codes("57-NQ/TW") == ("NQ", "TW")
    assert symbol_codes("20/2023/QH15") == ("QH",)
