"""index/reports.py: what the commands print, assembled outside cli.py (exact lines and records)."""
from collections import Counter

import pytest

import cli
from index.build import BuildSummary
from index.reports import build_lines, check_lines, cited_by_rows, problem_count, render, stats_lines

NQ57 = "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị"
QD942 = "Quyết định số 942/QĐ-TTg ngày 15/6/2021"


def problem(kind, line, severity, message, text):
    return {"kind": kind, "line": line, "severity": severity, "message": message, "text": text}


CHECKED = [{"source": "kh-179.txt", "problems": [
    problem("cited_after", 12, "warning", "942/QĐ-TTg is dated 2021-06-15, after this document (2021-01-05)", QD942),
    problem("not_in_corpus", 16, "info", "57-NQ/TW is not in the corpus", NQ57)]},
    {"source": "cv-37951.txt", "problems": []}]


@pytest.mark.parametrize("show_all, expected", [
    (False, ["== kh-179.txt: 1 problem(s), 1 reference(s) not in the corpus",
             f"kh-179.txt:12: warning: cited_after: 942/QĐ-TTg is dated 2021-06-15, after this document"
             f" (2021-01-05)  [{QD942}]",
             "== cv-37951.txt: 0 problem(s), 0 reference(s) not in the corpus"]),
    (True, ["== kh-179.txt: 1 problem(s), 1 reference(s) not in the corpus",
            f"kh-179.txt:12: warning: cited_after: 942/QĐ-TTg is dated 2021-06-15, after this document"
            f" (2021-01-05)  [{QD942}]",
            f"kh-179.txt:16: info: not_in_corpus: 57-NQ/TW is not in the corpus  [{NQ57}]",
            "== cv-37951.txt: 0 problem(s), 0 reference(s) not in the corpus"]),
])
def test_check_lines(show_all, expected):
    assert check_lines(CHECKED, show_all) == expected
    assert problem_count(CHECKED) == 1


@pytest.mark.parametrize("summary, expected", [
    (BuildSummary(stored=2, unchanged=1, failed=[("scan.pdf", "no usable text layer: needs OCR")],
                  by_type=Counter({"Kế hoạch": 2, "Quyết định": 1}), bytes=1_234_567, seconds=2.345),
     ["stored 2, unchanged 1, failed 1 (1.2 MB in 2.3 s) into vanban-data/vanban.sqlite",
      "by type: Kế hoạch 2, Quyết định 1"]),
    (BuildSummary(unchanged=3, seconds=0.04), ["stored 0, unchanged 3, failed 0 (0.0 MB in 0.0 s) into"
                                               " vanban-data/vanban.sqlite"]),
])
def test_build_lines(summary, expected):
    assert build_lines(summary, "vanban-data") == expected


def test_stats_lines():
    stats = {"documents": 36, "characters": 1067245, "data": "vanban-data", "references": 512, "figures": 301,
             "by_kind": {"document": 35, "news": 1}, "by_format": {"txt": 30, "pdf": 6},
             "by_type": {"Công văn": 7, "Quyết định": 7}}
    assert stats_lines(stats) == ["documents: 36 (1,067,245 characters) in vanban-data",
                                  "references: 512, figures: 301", "by kind: document 35, news 1",
                                  "by format: txt 30, pdf 6", "by type: Công văn 7, Quyết định 7"]


def test_cited_by_rows():
    res = {"citing": [{"id": 4, "number": "03/NQ-CP", "date": "2025-01-09", "source": "/vb/nq03.txt",
                       "mentions": [{"line": 5}, {"line": 40}]}]}
    assert cited_by_rows(res) == [{"id": 4, "number": "03/NQ-CP", "date": "2025-01-09", "mentions": 2,
                                   "lines": "5,40", "source": "/vb/nq03.txt"}]


@pytest.mark.parametrize("fmt, expected", [
    ("csv", "value,unit,indicator\n98,%,\"hồ sơ, trực tuyến\"\n2.5,,\n"),
    ("jsonl", '{"value": 98.0, "unit": "%", "indicator": "hồ sơ, trực tuyến"}\n'
              '{"value": 2.5, "unit": null, "indicator": null}\n'),
    ("table", "value  unit  indicator\n-----  ----  -----------------\n98     %     hồ sơ, trực tuyến\n2.5\n"),
])
def test_render_is_the_cli_renderer(fmt, expected):
    records = [{"value": 98.0, "unit": "%", "indicator": "hồ sơ, trực tuyến"},
               {"value": 2.5, "unit": None, "indicator": None}]
    assert render(records, fmt) == cli.render(records, fmt) == expected


def test_clip_cuts_table_cells_and_names_files():
    records = [{"title": "Phát triển kinh tế số và xã hội số", "source": "/work/vb/kh-179-kh-ubnd-2025.txt",
                "issuer": None, "score": 2.0}]
    assert cli.clip(records, {"title": 11, "source": 6, "issuer": 5}, names=("source",)) == [
        {"title": "Phát triển ", "source": "kh-179", "issuer": "", "score": 2.0}]
