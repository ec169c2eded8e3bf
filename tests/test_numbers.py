"""Vietnamese number parsing (extractors/numbers.py): separators, magnitude words, numbers in words."""
import pytest

from extractors.numbers import compound_duration, magnitude_of, parse_number, parse_number_words


@pytest.mark.parametrize("raw, value", [
    ("3.900", 3900),            # "." groups thousands
    ("1.497.360", 1497360),
    ("53,5", 53.5),             # "," marks decimals
    ("100,12", 100.12),
    ("304.219,4", 304219.4),
    ("20.429.461.000", 20429461000),
    ("98", 98),
    ("01", 1),
    ("0.4944", 0.4944),         # a leading 0: "." cannot group thousands
    ("3.14", 3.14),             # not three digits after ".": a decimal point
    ("12.5", 12.5),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["3.1.", "1.2.3", "abc", "", "4,5,6"])
def test_parse_number_rejects(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


@pytest.mark.parametrize("words, value", [
    ("ba mươi", 30),
    ("mười lăm", 15),
    ("hai mươi mốt", 21),
    ("một trăm linh năm", 105),
    ("bảy", 7),
    ("hai nghìn", 2000),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def test_parse_number_words_rejects_other_words():
    with pytest.raises(ValueError):
        parse_number_words("ba trụ cột")


@pytest.mark.parametrize("words, mult", [
    ("nghìn", 1e3), ("ngàn", 1e3), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9),
    ("nghìn tỷ", 1e12), ("", 1.0),
])
def test_magnitude_of(words, mult):
    assert magnitude_of(words) == mult


@pytest.mark.parametrize("parts, value", [
    ([(21, "giờ"), (34, "phút"), (12, "giây")], 21.57),
    ([(4, "ngày"), (12, "giờ")], 4.5),
    ([(1, "ngày"), (12, "giờ"), (52, "phút")], 1.536111),
])
def test_compound_duration(parts, value):
    assert compound_duration(parts) == pytest.approx(value, abs=1e-5)
