"""Search: analysis, query parsing, and a query set over corpus/samples with expected top results."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from index import Store, build
from index.analysis import exact, fold, text_terms
from index.lookup import citing, figures
from index.search import Filters, SearchError, SearchIndex, Updater, parse_query, search
from index.snippets import highlight_terms, make_snippet
from tests.conftest import SAMPLES

# -- analysis ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, folded", [
    ("Chuyển đổi số", "chuyen doi so"),
    ("DỊCH VỤ CÔNG TRỰC TUYẾN", "dich vu cong truc tuyen"),
    ("Đường Điện Biên Phủ", "duong dien bien phu"),
    ("942/QĐ-TTg", "942/qd-ttg"),
])
def test_fold_keeps_length_and_drops_diacritics(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("a, b", [("hoà", "hòa"), ("Thuỷ lợi", "thủy lợi"), ("uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"),
                                  ("HOÀ BÌNH", "hòa bình"), ("quý", "qúy")])
def test_both_tone_placements_are_one_exact_term(a, b):
    assert exact(a) == exact(b)


@pytest.mark.parametrize("a, b", [("số", "sở"), ("hoà", "hoa"), ("đổi", "đối")])
def test_exact_keeps_different_words_apart(a, b):
    assert exact(a) != exact(b)


def test_text_terms_count_syllables_bigrams_and_exact_forms_without_a_stop_list():
    t = text_terms("An toàn thông tin; an toàn, hoà nhập. Ủy ban và uỷ ban")
    assert t["fold"] == {"an": 2, "toan": 2, "thong": 1, "tin": 1, "hoa": 1, "nhap": 1, "uy": 2, "ban": 2, "va": 1}
    assert t["fold2"]["an toan"] == 2 and t["fold2"]["uy ban"] == 2 and t["fold2"]["toan thong"] == 1
    assert t["exact"] == {"tòan": 2, "thông": 1, "hòa": 1, "nhập": 1, "ủy": 2, "và": 1}


# -- query parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize("query, segments, filters", [
    ('type:"Kế hoạch" year:2025 chuyển đổi số', [("words", "chuyển đổi số")],
     {"type": "Kế hoạch", "year": 2025}),
    ('"dịch vụ công trực tuyến" -thử issuer:"Lào Cai"', [("phrase", "dịch vụ công trực tuyến"), ("not", "thử")],
     {"issuer": "Lào Cai"}),
    ("from:2025-03 to:2025 kind:news 942/QĐ-TTg", [("words", "942/QĐ-TTg")],
     {"date_from": "2025-03-01", "date_to": "2025-12-31", "kind": "news"}),
    ("from:5/3/2025 quyết định", [("words", "quyết định")], {"date_from": "2025-03-05"}),
    ("“An toàn” 57-NQ/TW", [("phrase", "An toàn"), ("words", "57-NQ/TW")], {}),
])
def test_parse_query(query, segments, filters):
    pq = parse_query(query)
    assert pq.segments == segments
    got = {k: v for k, v in vars(pq.filters).items() if v is not None}
    assert got == filters


@pytest.mark.parametrize("query, message", [
    ('"chuyển đổi số', "unbalanced quote in the query '\"chuyển đổi số'"),
    ("tyep:KH chuyển đổi", "unknown field 'tyep' in the query (fields: type, issuer, year, from, to, kind, number)"),
    ("year:20x5 số", "year '20x5' is not a year (like 2025)"),
    ("from:hôm-qua số", "from 'hôm-qua' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)"),
    ("from:2025 to:2024 số", "from 2025-01-01 is after to 2024-12-31"),
    ("kind:blog số", "kind 'blog' is not one of: document, news"),
    ('type:"" số', "field 'type' has no value"),
])
def test_malformed_queries_give_one_line_errors(query, message):
    with pytest.raises(SearchError) as e:
        parse_query(query)
    assert str(e.value) == message


# -- snippets ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, query, snippet", [
    ("Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.", "chuyen doi so",
     "Đẩy mạnh <b>chuyển đổi số</b> trong cơ quan nhà nước."),
    ("Số liệu của Sở; sở ngành và số hóa.", "sở", "Số liệu của <b>Sở</b>; <b>sở</b> ngành và số hóa."),
    ("Ủy ban nhân dân tỉnh Hoà Bình", "uỷ ban hòa bình", "<b>Ủy ban</b> nhân dân tỉnh <b>Hoà Bình</b>"),
    ("Không có từ nào khớp ở đây.", "khoáng sản", "Không có từ nào khớp ở đây."),
    # a syllable alone is left unmarked where the words stand together (kh-617-kh-ubnd-2025 header)
    ("Số: 617/KH-UBND Đồng Tháp, ngày 01 tháng 12 năm 2025 KẾ HOẠCH CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP",
     "chuyen doi so",
     "Số: 617/KH-UBND Đồng Tháp, ngày 01 tháng 12 năm 2025 KẾ HOẠCH <b>CHUYỂN ĐỔI SỐ</b> CHO CÁC DOANH NGHIỆP"),
    # many lone "số" before the phrase do not keep the snippet from reaching it
    ("Theo số liệu, số hồ sơ và số người tăng. " * 30 + "Tỉnh đẩy mạnh chuyển đổi số.", "chuyển đổi số",
     "…số liệu, số hồ sơ và số người tăng. Theo số liệu, số hồ sơ và số người tăng. Theo số liệu, số hồ sơ và số "
     "người tăng. Tỉnh đẩy mạnh <b>chuyển đổi số</b>."),
])
def test_snippet_marks_matches(text, query, snippet):
    assert make_snippet(text, highlight_terms(parse_query(query).segments)) == snippet


# -- the sample corpus ---------------------------------------------------------------------------

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt")) + sorted((SAMPLES / "pairs").rglob("*.txt"))


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """The .txt samples built into a store, the search index kept in step through on_stored."""
    d = tmp_path_factory.mktemp("search-data")
    with Store(d) as store:
        up = Updater.for_store(store)
        summary = build(SAMPLE_FILES, store, on_stored=up)
        up.finish()
        assert summary.stored == len(SAMPLE_FILES) and not summary.failed
    return d


def names(data, query, **filters) -> list[str]:
    return [Path(h.source).name for h in search(data, query, Filters(**filters), limit=10)]


NUMBER_QUERIES = [
    ("2629/QĐ-TTg", "qd-2629-qd-ttg-2025.txt"),
    ("2629/qd-ttg", "qd-2629-qd-ttg-2025.txt"),
    ("2629/QD-TTG", "qd-2629-qd-ttg-2025.txt"),
    ("QĐ 2629", "qd-2629-qd-ttg-2025.txt"),
    ("quyết định 2629", "qd-2629-qd-ttg-2025.txt"),
    ("quyet dinh so 2629", "qd-2629-qd-ttg-2025.txt"),
    ("170/2025/NĐ-CP", "nd-170-2025-nd-cp-2025.txt"),
    ("170/2025/nd-cp", "nd-170-2025-nd-cp-2025.txt"),
    ("nghị định 170", "nd-170-2025-nd-cp-2025.txt"),
    ("nghị quyết 170", "nq-170-2024-qh15.txt"),
    ("57-NQ/TW", "plan.txt"),
    ("57-nq/tw", "plan.txt"),
    ("NQ 57", "plan.txt"),
    ("44/2025/QĐ-TTg", "qd-44-2025-qd-ttg-2025.txt"),
    ("KH 179", "kh-179-kh-ubnd-2025.txt"),
    ("kế hoạch 987", "kh-987-kh-ubnd-2025.txt"),
    ("147/2025/QH15", "luat-147-2025-qh15-2025.txt"),
    ("number:624/TB-VPCP", "report_2_tb624-vpcp_2025-11-16.txt"),
]


@pytest.mark.parametrize("query, first", NUMBER_QUERIES)
def test_every_number_variant_finds_its_document_first(data, query, first):
    got = names(data, query)
    assert got and got[0] in {first, "tb-624-tb-vpcp-2025.txt" if "624" in query else first}


@pytest.mark.parametrize("query, first", [
    ("luật 45", "nd-35-2023-nd-cp-2023.txt"),  # cites Luật 45/2013/QH13; luat-147 only has the words
    ("công văn 45", "bc-laocai-draft-bc-tinh-ket-qua-chi-thi-38-ttg.txt"),  # cites 45/BNNMT-ĐCKS
    ("45/BNNMT-ĐCKS", "bc-laocai-draft-bc-tinh-ket-qua-chi-thi-38-ttg.txt"),
])
def test_a_number_not_in_the_corpus_finds_the_documents_citing_it_first(data, query, first):
    assert names(data, query)[0] == first


WORD_QUERIES = [
    ('"dịch vụ công trực tuyến"', "qd-2629-qd-ttg-2025.txt"),
    ("phát triển kinh tế số và xã hội số", "kh-179-kh-ubnd-2025.txt"),
    ("sóng viễn thông 5G", "kh-987-kh-ubnd-2025.txt"),
    ("tuyển dụng công chức", "nd-170-2025-nd-cp-2025.txt"),
    ("An toàn thực phẩm", "tt-51-2025-tt-byt-2006.txt"),
    ('"cắt giảm, đơn giản hóa thủ tục hành chính"', "cd-220-cd-ttg-2025.txt"),
]


@pytest.mark.parametrize("query, first", WORD_QUERIES)
def test_words_and_phrases_find_the_document_about_them_first(data, query, first):
    assert names(data, query)[0] == first


ACCENT_PAIRS = [
    ("chuyển đổi số", "chuyen doi so"),
    ("dịch vụ công trực tuyến", "dich vu cong truc tuyen"),
    ('"dịch vụ công trực tuyến"', '"dich vu cong truc tuyen"'),
    ("khoáng sản", "khoang san"),
    ("an toàn thông tin", "an toan thong tin"),
    ("thủ tục hành chính", "thu tuc hanh chinh"),
    ("đổi mới sáng tạo", "doi moi sang tao"),
    ("Ủy ban nhân dân tỉnh Lào Cai", "uy ban nhan dan tinh lao cai"),
    ("quản lý nhà nước", "quan ly nha nuoc"),
    ("vật liệu nổ công nghiệp", "vat lieu no cong nghiep"),
    ("Chính phủ điện tử", "chinh phu dien tu"),
    ("hoá chất", "hoa chat"),
    ("viễn thông 5G", "vien thong 5g"),
    ("ngân sách nhà nước", "ngan sach nha nuoc"),
    ("cơ sở dữ liệu", "co so du lieu"),
    ("kinh tế số", "kinh te so"),
    ("phòng cháy chữa cháy", "phong chay chua chay"),
]


@pytest.mark.parametrize("accented, plain", ACCENT_PAIRS)
def test_accent_free_queries_return_the_same_top_ten(data, accented, plain):
    # The same ten documents, the same first. Where several documents match, the accented query may
    # order them by exact diacritics ("nổ" before "no"); where the folded words are other words
    # ("tuyển" / "tuyến"), the top ten rightly differ: see the next test.
    a, p = names(data, accented), names(data, plain)
    assert a and set(a) == set(p) and a[0] == p[0]
    assert len(a) == min(10, len(search(data, accented, limit=50)))


def test_accented_query_puts_words_with_its_diacritics_before_words_that_fold_alike(data):
    # the seed has "công chức" and "tuyến" (not "tuyển"); luat-147 has "tuyển" but not as a phrase
    a, p = names(data, "tuyển dụng công chức"), names(data, "tuyen dung cong chuc")
    assert a.index("luat-147-2025-qh15-2025.txt") < a.index("000_b5c0d0c8d5d614a7.txt") if \
        "000_b5c0d0c8d5d614a7.txt" in a else "luat-147-2025-qh15-2025.txt" in a
    assert p.index("000_b5c0d0c8d5d614a7.txt") < 10
    assert set(a) != set(p)


def test_tone_placement_does_not_matter(data):
    assert names(data, "hoà nhập") == names(data, "hòa nhập")
    assert names(data, "uỷ ban nhân dân") == names(data, "ủy ban nhân dân")


def test_exact_diacritics_rank_first(data):
    # "sở" (department) and "số" (number) fold alike; the accented query prefers the real word.
    top = search(data, "Sở Tư pháp", limit=1)[0]
    assert "<b>Sở Tư pháp</b>" in top.snippet


def test_one_syllable_words_are_not_stop_words(data):
    # "an" is a word: the phrase needs it, so only texts with "an toàn thông tin" itself are found.
    got = search(data, '"An toàn thông tin"', limit=20)
    assert {"kh-179-kh-ubnd-2025.txt", "nd-35-2023-nd-cp-2023.txt"} <= {Path(h.source).name for h in got}
    assert all("<b>an toàn thông tin</b>" in h.snippet.lower() for h in got)


@pytest.mark.parametrize("query, filters, expected", [
    ("chuyển đổi số", {"type": "Kế hoạch"}, {"kh-179-kh-ubnd-2025.txt", "kh-987-kh-ubnd-2025.txt"}),
    ("chuyển đổi số", {"type": "KH", "year": 2025}, {"kh-179-kh-ubnd-2025.txt", "kh-987-kh-ubnd-2025.txt"}),
    ('type:"Kế hoạch" year:2025 chuyển đổi số', {}, {"kh-179-kh-ubnd-2025.txt", "kh-987-kh-ubnd-2025.txt"}),
    ("", {"type": "Thông tư"}, {"tt-51-2025-tt-byt-2006.txt", "tt-67-2025-tt-bct-2025.txt"}),
    ("quyết định", {"issuer": "Thủ tướng", "date_from": "2025-12-01", "date_to": "2025-12-01"},
     {"qd-2629-qd-ttg-2025.txt", "qd-44-2025-qd-ttg-2025.txt"}),
    ("chuyển đổi số", {"kind": "news"}, {"000_b5c0d0c8d5d614a7.txt"}),
    ("khoáng sản -Lào", {"year": 2025}, set()),
])
def test_filters(data, query, filters, expected):
    got = set(names(data, query, **filters))
    assert got == expected if expected else all("laocai" not in n for n in got)


def test_pages_do_not_overlap(data):
    p1 = search(data, "nhà nước", limit=3, page=1)
    p2 = search(data, "nhà nước", limit=3, page=2)
    assert len(p1) == len(p2) == 3 and not {h.id for h in p1} & {h.id for h in p2}
    assert [h.score for h in p1] == sorted((h.score for h in p1), reverse=True)


def test_cites_lists_documents_citing_a_number_not_in_the_corpus(data):
    with Store(data) as store:
        got = {Path(h.source).name for h in citing(store, "942/qd-ttg")}
        assert {"000_b5c0d0c8d5d614a7.txt", "qd-2629-qd-ttg-2025.txt"} <= got
        hit = citing(store, "942/QĐ-TTg", Filters(kind="news"))[0]
        assert hit.snippet.count("<b>") == 1 and "942/QĐ-TTg" in hit.snippet


def test_figures_by_indicator(data):
    with Store(data) as store:
        rows = figures(store, "ho so truc tuyen")
    assert rows and all("trực tuyến" in r["indicator"] for r in rows)
    assert {"value", "unit", "kind", "period", "number", "source"} <= set(rows[0])


def test_reindex_matches_incremental_index(data, tmp_path):
    before = names(data, "chuyển đổi số")
    with Store(data) as store:
        assert SearchIndex(data, create=False).rebuild(store) == len(SAMPLE_FILES)
    assert names(data, "chuyển đổi số") == before


# -- the command ---------------------------------------------------------------------------------


def test_cli_search_json(data):
    r = CliRunner().invoke(main, ["search", "--data", str(data), "--format", "json", "--limit", "2",
                                  "quyết định 2629"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert len(out) == 1 and out[0]["number"] == "2629/QĐ-TTg" and out[0]["type"] == "Quyết định"
    assert list(out[0]) == ["id", "number", "type", "date", "issuer", "title", "source", "kind", "score", "snippet"]
    assert "<b>" in out[0]["snippet"]


@pytest.mark.parametrize("args, error", [
    (['"chuyển đổi'], "Error: unbalanced quote in the query '\"chuyển đổi'\n"),
    ([], "Error: empty query: give words, a \"phrase\", a number or a filter (--type, --year, ...)\n"),
    (["--from", "x", "số"], "Error: from 'x' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)\n"),
])
def test_cli_search_errors_are_one_line(data, args, error):
    r = CliRunner().invoke(main, ["search", "--data", str(data), *args])
    assert r.exit_code == 1 and r.output == error


def test_cli_search_without_a_store(tmp_path):
    r = CliRunner().invoke(main, ["search", "--data", str(tmp_path / "none"), "số"])
    assert r.exit_code == 1 and r.output.startswith("Error: no store at ")


def test_cli_cites_figures_and_reindex(data):
    r = CliRunner().invoke(main, ["search", "--data", str(data), "--cites", "57-NQ/TW", "--format", "csv"])
    assert r.exit_code == 0 and r.output.startswith("number,type,date,issuer,title,source,score,snippet\n")
    assert "plan_nq03-nq-cp.txt" in r.output
    r = CliRunner().invoke(main, ["search", "--data", str(data), "--figures", "hồ sơ trực tuyến", "--format", "jsonl"])
    assert r.exit_code == 0 and all("indicator" in json.loads(line) for line in r.output.splitlines())
    r = CliRunner().invoke(main, ["reindex", "--data", str(data), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)["indexed"] == len(SAMPLE_FILES)


def test_build_keeps_the_index_in_step_with_the_store(tmp_path):
    docs, data = tmp_path / "docs", tmp_path / "data"
    docs.mkdir()
    text = (SAMPLES / "cv-37951-chq-gsql-2025.txt").read_text("utf-8")
    (docs / "cv.txt").write_text(text, "utf-8")
    (docs / "pl.txt").write_text((SAMPLES / "pl-09-2025-ubtvqh15-2025.txt").read_text("utf-8"), "utf-8")
    run = CliRunner().invoke
    assert run(main, ["build", str(docs), "--data", str(data)]).exit_code == 0
    assert [Path(h.source).name for h in search(data, "37951/CHQ-GSQL")][:1] == ["cv.txt"]
    assert search(data, "quokka") == []
    (docs / "cv.txt").write_text(text.replace("Kính gửi", "Kính gửi quokka", 1), "utf-8")
    assert run(main, ["build", str(docs), "--data", str(data)]).exit_code == 0
    assert [Path(h.source).name for h in search(data, "quokka")] == ["cv.txt"]
    assert SearchIndex(data).count() == 2  # replaced, not added twice


def test_a_damaged_index_gives_a_one_line_error(tmp_path):
    data = tmp_path / "data"
    with Store(data) as store:
        build([SAMPLES / "pl-09-2025-ubtvqh15-2025.txt"], store, on_stored=Updater.for_store(store))
        SearchIndex(data).sync(store)
    for toc in (data / "whoosh").glob("*.toc"):
        toc.write_bytes(b"not an index")
    r = CliRunner().invoke(main, ["search", "--data", str(data), "pháp lệnh"])
    assert r.exit_code == 1 and r.output.startswith("Error: the search index at ") and r.output.endswith(
        "run 'vanban reindex'\n") and r.output.count("\n") == 1
    assert CliRunner().invoke(main, ["reindex", "--data", str(data)]).exit_code == 0
    assert search(data, "pháp lệnh")
