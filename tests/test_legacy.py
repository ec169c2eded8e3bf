"""TCVN3 (ABC, .VnTime) and VNI text back to Unicode; Unicode text never touched."""
import io
import json
import unicodedata
from importlib import resources

import docx
import pytest

from conftest import FIXTURES, SEED
from corpus import legacy, read_document
from corpus.legacy import convert_runs, decode_bytes, detect, encodings, fix_text, font_encoding

OCR = FIXTURES / "ocr"
DATA = "data/legacy_encodings.json"

# Real sentences of administrative documents, in Unicode.
SENTENCES = [
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 125/TTr-SKHĐT,",
    "Quyết định này có hiệu lực thi hành kể từ ngày ký. Những quy định trước đây trái với Quyết định này đều bãi bỏ.",
    "Chánh Văn phòng, Thủ trưởng các sở, ban, ngành và Chủ tịch huyện chịu trách nhiệm thi hành Quyết định này.",
    "Ưu tiên bố trí vốn đầu tư công cho các dự án trọng điểm, cấp bách; bảo đảm tiến độ, chất lượng công trình.",
    "Nơi nhận: Như Điều 3; Lưu: VT, KT.",
]

# (encoding, Unicode, legacy) written out by hand: the tables must give exactly these.
KNOWN = [
    ("tcvn3", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Céng hßa x· héi chñ nghÜa ViÖt Nam"),
    ("tcvn3", "Độc lập - Tự do - Hạnh phúc", "§éc lËp - Tù do - H¹nh phóc"),
    ("tcvn3", "Như Điều 3", "Nh\u00ad §iÒu 3"),
    ("tcvn3", "Ủy ban nhân dân tỉnh Lào Cai".lower(), "ñy ban nh©n d©n tØnh lµo cai"),
    ("vni", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"),
    ("vni", "Độc lập - Tự do - Hạnh phúc", "Ñoäc laäp - Töï do - Haïnh phuùc"),
    ("vni", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "UÛY BAN NHAÂN DAÂN TÆNH LAØO CAI"),
    ("vni", "Ưu tiên bố trí vốn", "Öu tieân boá trí voán"),
]


def test_data_file_is_canonical_sorted_and_complete():
    raw = resources.files("corpus").joinpath(DATA).read_text("utf-8")
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert [e["name"] for e in data] == ["tcvn3", "vni"]
    for e in data:
        assert set(e) == {"name", "title", "fonts", "capital_fonts", "note", "map", "examples"}
        keys = list(e["map"])
        assert keys == sorted(keys), e["name"]
        assert all(unicodedata.is_normalized("NFC", k) and len(k) == 1 for k in keys)
        assert len(set(e["map"].values())) == len(keys), "two letters share a legacy code"
        assert len(e["examples"]) >= 5
    # TCVN3 has every lower-case letter with a mark and the 7 plain capitals; VNI has both cases
    assert len(data[0]["map"]) == 67 + 7
    assert len(data[1]["map"]) == 2 * 67


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_every_example_round_trips_and_uses_the_table(name):
    enc = encodings()[name]
    for unicode, legacy_text in enc.examples:
        assert enc.decode(legacy_text) == unicode
        assert enc.encode(unicode) == legacy_text
        assert legacy_text != unicode
        assert detect(legacy_text) == name
        assert detect(unicode) is None


@pytest.mark.parametrize("name, unicode, legacy_text", KNOWN)
def test_known_mojibake(name, unicode, legacy_text):
    assert encodings()[name].encode(unicode) == legacy_text
    assert encodings()[name].decode(legacy_text) == unicode


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_sentences_both_ways(name, sentence):
    enc = encodings()[name]
    typed = enc.encode(sentence)
    assert typed != sentence
    assert fix_text(typed) == (sentence, name)
    assert fix_text(sentence) == (sentence, None)


@pytest.mark.parametrize("text", [
    "Kèm theo Nghị định số 161/2024/NĐ-CP",  # Latin-1 letters that are TCVN3 codes too
    "500 ÷ 1.000 | 250 ÷ <500 | <250",  # ÷ is TCVN3 "ữ"
    "Kèm theo\nDanh mục\nPhụ lục II",  # a line with no Unicode-only letter beside Unicode lines
    "Café, naïve, Ångström, São Paulo, Zürich, Ñuñoa",  # foreign words with Latin-1 letters
    "ADR Dangerous Goods list UN 0004 - 0099",
    "",
])
def test_unicode_and_foreign_text_is_never_touched(text):
    assert detect(text) is None
    assert fix_text(text) == (text, None)


def test_seed_article_is_not_touched():
    text = SEED.read_text("utf-8")
    assert fix_text(text) == (text, None)


def test_mixed_text_converts_only_its_legacy_lines():
    enc = encodings()["tcvn3"]
    mixed = enc.encode(SENTENCES[2]) + "\n" + SENTENCES[7] + "\n" + enc.encode(SENTENCES[4])
    assert fix_text(mixed) == ("\n".join([SENTENCES[2], SENTENCES[7], SENTENCES[4]]), "tcvn3")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_bytes_and_streaming_codec(name):
    enc = encodings()[name]
    text = "\n".join(SENTENCES[:6])
    data = enc.encode(text).encode("cp1252")
    assert decode_bytes(data) == (text, name)
    assert legacy.detect_bytes(data) == f"vanban-{name}"
    # the codec streams in small chunks: a VNI letter split between chunks ("o" | "ä") stays whole
    with io.TextIOWrapper(io.BufferedReader(io.BytesIO(data * 50), buffer_size=7), encoding=f"vanban-{name}") as f:
        assert f.read() == text * 50
    assert decode_bytes(SENTENCES[0].encode("utf-8")) is None


@pytest.mark.parametrize("font, expected", [
    (".VnTime", "tcvn3"), (".VnTimeH", "tcvn3"), (".VnArial", "tcvn3"), ("VNI-Times", "vni"),
    ("VNI-Helve", "vni"), ("Times New Roman", None), ("UVnTime", None), (None, None),
])
def test_font_encoding(font, expected):
    assert font_encoding(font) == expected


def test_runs_convert_together_and_capital_fonts_give_capitals():
    tcvn3 = encodings()["tcvn3"]
    runs = [(tcvn3.encode("ủy ban nhân dân"), ".VnTimeH"), (" ", None),
            (tcvn3.encode("Căn cứ Luật Đất đai"), ".VnTime"), ("Nơi nhận", "Times New Roman"),
            ("Như Điều 3", ".VnTime")]  # Unicode typed in a .VnTime font, among legacy runs
    assert convert_runs(runs) == ["ỦY BAN NHÂN DÂN", " ", "Căn cứ Luật Đất đai", "Nơi nhận", "Như Điều 3"]


def test_unicode_in_legacy_fonts_is_left_alone():
    runs = [("Kèm theo Nghị định số", ".VnTime"), ("Phụ lục", ".VnTimeH"), ("DANH MỤC HÀNG NGUY HIỂM", ".VnTime")]
    assert convert_runs(runs) is None


@pytest.mark.parametrize("name, suffix", [("tcvn3", "docx"), ("vni", "docx"), ("vni", "txt")])
def test_documents_read_in_unicode(name, suffix):
    doc = read_document(OCR / f"qd-2820-{name}.{suffix}")
    assert doc.text.startswith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 2820/QĐ-UBND\n"
                               "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\n")
    assert "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" in doc.text
    md = doc.metadata
    assert (md.type, md.number, md.date, md.issuer) == ("Quyết định", "2820/QĐ-UBND", "2025-11-19",
                                                        "Ủy ban nhân dân Thành phố Hồ Chí Minh")
    if suffix == "docx":
        assert doc.text.endswith("Nơi nhận: Như Điều 3; Lưu: VT.")  # the Unicode run is kept


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_mojibake_saved_as_utf8_is_converted(tmp_path, name):
    p = tmp_path / "mojibake.txt"
    p.write_text("\n\n".join(encodings()[name].encode(s) for s in SENTENCES[2:6]), "utf-8")
    assert read_document(p).text == "\n\n".join(SENTENCES[2:6])


def test_tcvn3_txt_has_no_fonts_so_capitals_come_out_lower_case():
    doc = read_document(OCR / "qd-2820-tcvn3.txt")
    assert doc.text.startswith("ủy ban nhân dân thành phố hồ chí minh\nSố: 2820/QĐ-UBND\n")
    assert (doc.metadata.number, doc.metadata.date) == ("2820/QĐ-UBND", "2025-11-19")


def test_pdf_text_layer_in_tcvn3():
    doc = read_document(OCR / "qd-2820-tcvn3.pdf")  # LibreOffice's PDF of the .docx: no .VnTimeH capitals
    assert doc.ocr is False
    assert doc.text.startswith("ủy ban nhân dân thành phố hồ chí minh\nSố: 2820/QĐ-UBND\n")
    assert "của Thủ tướng Chính phủ" in doc.text  # "ư" (a soft hyphen, not drawn) restored
    assert (doc.metadata.number, doc.metadata.date) == ("2820/QĐ-UBND", "2025-11-19")


@pytest.mark.parametrize("typed, expected", [
    ("cña Thñ tíng ChÝnh phñ", "của Thủ tướng Chính phủ"),  # "t­íng" with its 0xAD lost
    ("®Þa ph¬ng, ®îc, tr¬ng", "địa phương, được, trương"),
    ("m¬i, n¬i, ng\u00adêi", "mơi, nơi, người"),  # real syllables are left as they are
])
def test_tcvn3_u_lost_with_its_soft_hyphen_is_restored(typed, expected):
    assert encodings()["tcvn3"].decode(typed) == expected


def test_docx_with_vntime_font_but_unicode_text_is_unchanged(tmp_path):
    d = docx.Document()
    for line in SENTENCES[:3]:
        d.add_paragraph().add_run(line).font.name = ".VnTime"
    d.save(tmp_path / "u.docx")
    assert read_document(tmp_path / "u.docx").text.replace("\n", " ") == " ".join(SENTENCES[:3])
