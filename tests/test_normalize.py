"""One normalization: NFC, clean spaces, wrapped lines joined, structure kept (real lines from the corpus)."""
import unicodedata

import pytest

from corpus.normalize import LOWER, UPPER, normalize_lines, normalize_text

WRAPS = [
    # thuvienphapluat wraps mid-sentence: joined
    ("Số:\n2820/QĐ-UBND", "Số: 2820/QĐ-UBND"),
    ("Hà Nội, ngày 19\ntháng 11 năm 2025", "Hà Nội, ngày 19 tháng 11 năm 2025"),
    ("Thành phố Hồ\nChí Minh, ngày 19 tháng 11 năm 2025", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025"),
    ("Căn cứ Luật Nhà ở\nsố 27/2023/QH15;", "Căn cứ Luật Nhà ở số 27/2023/QH15;"),
    ("Căn\ncứ Luật Lâm nghiệp số 16/2017/QH14;", "Căn cứ Luật Lâm nghiệp số 16/2017/QH14;"),
    ("Quảng\nNinh, ngày 19 tháng 11 năm 2025", "Quảng Ninh, ngày 19 tháng 11 năm 2025"),
    ("ỦY\nBAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("QUYẾT\nĐỊNH", "QUYẾT ĐỊNH"),
    ("Ngày 18/11/2025, Thuế tỉnh Vĩnh\nLong có nhận được Công văn số 144/2025/CV-BSGBTr",
     "Ngày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được Công văn số 144/2025/CV-BSGBTr"),
    ("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ\nChính trị về đột phá phát triển",
     "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển"),
    # structure stays: list items, headings, the type line, a new body in the issuer block
    ("Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027", "Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027"),
    ("2. Mục tiêu cụ thể\na) Cung cấp dịch vụ số bao trùm", "2. Mục tiêu cụ thể\na) Cung cấp dịch vụ số bao trùm"),
    ("Điều 1. Phạm vi điều chỉnh\nNghị định này quy định", "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định"),
    ("QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh", "QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh"),
    ("LUẬT\nAN NINH MẠNG", "LUẬT\nAN NINH MẠNG"),
    ("BỘ TÀI\nCHÍNH\nCỤC HẢI QUAN", "BỘ TÀI\nCHÍNH\nCỤC HẢI QUAN"),
    ("Về quản lý hoạt động vận tải đường bộ qua biên giới giữa hai nước\nCăn cứ Luật Điều ước quốc tế",
     "Về quản lý hoạt động vận tải đường bộ qua biên giới giữa hai nước\nCăn cứ Luật Điều ước quốc tế"),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NGHỆ AN | Độc lập - Tự do - Hạnh phúc",
     "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NGHỆ AN | Độc lập - Tự do - Hạnh phúc"),
    ("Kết quả đạt được.\nTrong năm 2025, tỉnh đã", "Kết quả đạt được.\nTrong năm 2025, tỉnh đã"),
    # blank lines: paragraph breaks stay, runs of them fold to one
    ("Đoạn một.\n\n\n\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
]


@pytest.mark.parametrize("raw,expected", WRAPS)
def test_wrap_repair(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    (unicodedata.normalize("NFD", "Quyết định số 942/QĐ-TTg"), "Quyết định số 942/QĐ-TTg"),
    ("Số:\u00a044 /2025/QĐ-TTg\u200b", "Số: 44 /2025/QĐ-TTg"),
    ("hƣớng dẫn về công tác quản lý", "hướng dẫn về công tác quản lý"),  # a PDF font's ƣ (U+01A3) for ư
    ("dòng một\r\ndòng hai.\rdòng ba\fdòng bốn", "dòng một dòng hai.\ndòng ba dòng bốn"),
    ("  \t Hà   Nội  \n\n", "Hà Nội"),
    ("\ufeffCỘNG HÒA", "CỘNG HÒA"),
])
def test_characters_and_spaces(raw, expected):
    assert normalize_text(raw) == expected


def test_normal_text_is_a_fixed_point(seed_text):
    assert normalize_text(seed_text) == seed_text


def test_streamed_lines_equal_whole_text():
    raw = "ỦY\nBAN NHÂN DÂN\nSố:\n2820/QĐ-UBND\nCăn cứ Luật Nhà ở\nsố 27/2023/QH15;\n\n\n- Giai đoạn"
    assert normalize_lines(iter(raw.split("\n"))) == normalize_text(raw)


def test_case_classes_are_exact():
    # "À-Ỹ" would match lower case letters too (Latin Extended Additional alternates cases)
    for ch in "ĐƠƯẠẢẤẦỲỸÀÉÔ":
        assert ch in UPPER and ch not in LOWER
    for ch in "đơưạảấầỳỹàéô":
        assert ch in LOWER and ch not in UPPER


def test_a_long_paragraph_is_joined_in_linear_time():
    raw = "\n".join(["dòng tiếp theo của một đoạn rất dài"] * 20000)
    out = normalize_text("Mở đầu.\n" + raw)
    assert out.count("\n") == 1 and len(out) == len("Mở đầu.\n") + len(raw)
