"""The spaCy side: our tokenizer keeps doc.text == text; vanban_references writes doc.spans."""
import pytest
import spacy

import nlp_pipeline
from corpus.document import Metadata
from nlp_pipeline.tokenizer import align

AWKWARD = [
    "",
    " ",
    "a  b\n\nc\t d ",
    "  Quyết định\nsố 942/QĐ-TTg  ",
    "Thủ tướng\nChính phủ phê\u00a0duyệt",
    "“Chiến lược” đạt 2,5%... (QCVN:109/2017/BTTTT)",
    "Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\n\nĐiều 1.",
]


@pytest.fixture(scope="module")
def nlp():
    n = nlp_pipeline.blank("syllable")
    n.add_pipe("vanban_references")
    return n


@pytest.mark.parametrize("segmenter", ["underthesea", "syllable"])
@pytest.mark.parametrize("text", AWKWARD)
def test_doc_text_is_the_text(text, segmenter):
    doc = nlp_pipeline.blank(segmenter)(text)
    assert doc.text == text


def test_underthesea_words_stay_whole():
    doc = nlp_pipeline.blank()("Thủ tướng Chính phủ phê duyệt")
    assert [t.text for t in doc] == ["Thủ tướng", "Chính phủ", "phê duyệt"]


def test_align_keeps_text_a_segmenter_lost():
    words, spaces = align("Quyết định 942 xyz", ["Quyết định", "942"])
    assert words == ["Quyết định", "942", "xyz"] and spaces == [True, True, False]


def test_component_writes_spans_with_the_reference(nlp):
    text = ("Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành "
            "Kế hoạch số 718/KH-UBND ngày 15/3/2022.")
    doc = nlp(text)
    spans = doc.spans["references"]
    assert [(s.text, s.label_) for s in spans] == [
        ("Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ", "Quyết định"),
        ("Kế hoạch số 718/KH-UBND ngày 15/3/2022", "Kế hoạch")]
    assert spans[0]._.reference.number == "942/QĐ-TTg"
    assert doc.ents == ()


def test_component_reads_the_document_metadata(nlp):
    doc = nlp.make_doc("Căn cứ Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh;")
    doc.user_data["vanban_metadata"] = Metadata(issuer="Ủy ban nhân dân tỉnh Nghệ An")
    doc = nlp.get_pipe("vanban_references")(doc)
    assert doc.spans["references"][0]._.reference.issuer == "Ủy ban nhân dân tỉnh Nghệ An"


def test_pipeline_saves_and_loads(nlp, tmp_path):
    nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert again.pipe_names == ["vanban_references"]
    doc = again("theo Nghị định số 45/2020/NĐ-CP.")
    assert [s.text for s in doc.spans["references"]] == ["Nghị định số 45/2020/NĐ-CP"]


def test_custom_spans_key_and_label():
    n = nlp_pipeline.blank("syllable")
    n.add_pipe("vanban_references", config={"spans_key": "refs", "label": "REF"})
    doc = n("theo Luật số 20/2023/QH15")
    assert [s.label_ for s in doc.spans["refs"]] == ["REF"]
