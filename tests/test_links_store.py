"""The store side of links (index/links.py) and its commands: resolution persisted in refs, cites,
cited-by (short forms, numbers not in the corpus), the graph, progress along a plan chain, check."""
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from cli import main
from corpus.document import Document, Metadata
from extractors.models import Extraction, Figure, Reference
from index import Store
from index.link_graph import graph, to_dot, to_graphml
from index.links import cited_by, cites, progress, refresh

NQ57 = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 57-NQ/TW\nHà Nội, ngày 22 tháng 12 năm 2024\nNGHỊ QUYẾT\n"
        "CỦA BỘ CHÍNH TRỊ\nVề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\n"
        "Đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP.\n")
NQ03 = ("CHÍNH PHỦ\nSố: 03/NQ-CP\nHà Nội, ngày 09 tháng 01 năm 2025\nNGHỊ QUYẾT\n"
        "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 "
        "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\n"
        "| 23.4| Phủ sóng 5G cho người dân | % dân số | 99 | Bộ Thông tin và Truyền thông |\n"
        "| 31 | Tỷ lệ dân số trưởng thành có chữ ký hoặc chữ ký điện tử cá nhân | % | ≥ 70 | Bộ Thông tin và Truyền thông |\n")
REPORT = ("DỰ THẢO BÁO CÁO\nKết quả triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
          "Chính phủ đã ban hành Nghị quyết số 71/NQ-CP ngày 01/4/2025 sửa đổi, bổ sung cập nhật Chương trình hành "
          "động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW.\n"
          "Tỷ lệ % dân số có khả năng tiếp cận dịch vụ 5G: 26%.\n"
          "Các bộ đã triển khai Nghị quyết 57 và Nghị định số 35/2023/NĐ-CP ngày 20/6/2024.\n")
NEWS = "Thực hiện Nghị quyết số 57-NQ/TW, tỉnh đã đạt nhiều kết quả. <script>alert(1)</script>\n"


def span(text, s, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(s, i + 1)
    return i, i + len(s), s


def ref(text, s, id, occurrence=0, **kw):
    a, b, t = span(text, s, occurrence)
    return Reference(a, b, t, id=id, **kw)


def fig(text, s, id, value, unit="%", **kw):
    a, b, t = span(text, s)
    return Figure(a, b, t, value, unit, id=id, **kw)


DOCS = [
    ("nq57.txt", NQ57, Metadata("Nghị quyết", "57-NQ/TW", "2024-12-22", "Ban Chấp hành Trung ương", "Hà Nội",
                                "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
     [], [fig(NQ57, "tối thiểu 30% GDP", "f1", 30, "% GDP", qualifier=">=", indicator="quy mô kinh tế số",
              kind="target", period="2030")]),
    ("nq03.txt", NQ03, Metadata("Nghị quyết", "03/NQ-CP", "2025-01-09", "Chính phủ", "Hà Nội",
                                NQ03.splitlines()[4]),
     [ref(NQ03, "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị", "r1", type="Nghị quyết",
          number="57-NQ/TW", date="2024-12-22", issuer="Bộ Chính trị")],
     [fig(NQ03, "99", "f1", 99, "% dân số", indicator="Phủ sóng 5G cho người dân", kind="target", period="2030"),
      fig(NQ03, "≥ 70", "f2", 70, "%", qualifier=">=", kind="target", period="2030",
          indicator="Tỷ lệ dân số trưởng thành có chữ ký hoặc chữ ký điện tử cá nhân")]),
    ("report.txt", REPORT, Metadata("Báo cáo", None, "2025-05-24", "Đảng ủy Chính phủ"),
     [ref(REPORT, "Nghị quyết số 57-NQ/TW của Bộ Chính trị", "r1", type="Nghị quyết", number="57-NQ/TW",
          issuer="Bộ Chính trị"),
      ref(REPORT, "Nghị quyết số 71/NQ-CP ngày 01/4/2025", "r2", type="Nghị quyết", number="71/NQ-CP",
          date="2025-04-01", title="sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị "
                                   "quyết số 57-NQ/TW"),
      ref(REPORT, "Nghị quyết số 57-NQ/TW", "r3", 1, type="Nghị quyết", number="57-NQ/TW"),
      ref(REPORT, "Nghị quyết 57", "r4", type="Nghị quyết", number="57-NQ/TW", short_form=True, antecedent="r1"),
      ref(REPORT, "Nghị định số 35/2023/NĐ-CP ngày 20/6/2024", "r5", type="Nghị định", number="35/2023/NĐ-CP",
          date="2024-06-20")],
     [fig(REPORT, "26%", "f1", 26, "%", indicator="Tỷ lệ % dân số có khả năng tiếp cận dịch vụ 5G", kind="result")]),
    ("news.txt", NEWS, Metadata(),
     [ref(NEWS, "Nghị quyết số 57-NQ/TW", "r1", type="Nghị quyết", number="57-NQ/TW")], []),
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    for name, text, md, refs, figs in DOCS:
        doc = Document(str(tmp_path / name), name, text, "txt", "news" if name == "news.txt" else "document", md)
        s.put(doc, Extraction(refs, figs), "test")
    yield s
    s.close()


def test_refresh_resolves_and_is_idempotent(store):
    assert refresh(store) is True
    assert refresh(store) is False
    rows = store.db.execute("SELECT d.source, r.id, r.resolved_to FROM refs r JOIN documents d ON d.id = r.doc_id"
                            " ORDER BY r.doc_id, r.id").fetchall()
    assert [(r[0].rsplit("/", 1)[1], r[1], r[2]) for r in rows] == [
        ("nq03.txt", "r1", 1), ("report.txt", "r1", 1), ("report.txt", "r2", None), ("report.txt", "r3", 1),
        ("report.txt", "r4", 1), ("report.txt", "r5", None), ("news.txt", "r1", 1)]


def test_cites(store):
    assert [(c["id"], c["line"], c["resolved_to"], c["target_number"]) for c in cites(store, 3)] == [
        ("r1", 2, 1, "57-NQ/TW"), ("r2", 3, None, None), ("r3", 3, 1, "57-NQ/TW"), ("r4", 5, 1, "57-NQ/TW"),
        ("r5", 5, None, None)]
    # the reviewer's fields of each citation, the title with them
    assert [(c["type"], c["number"], c["date"], c["issuer"], c["title"]) for c in cites(store, 3)][:2] == [
        ("Nghị quyết", "57-NQ/TW", None, "Bộ Chính trị", None),
        ("Nghị quyết", "71/NQ-CP", "2025-04-01", None,
         "sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW")]


def test_cited_by_lists_citing_documents_with_their_mentions(store):
    res = cited_by(store, "57-NQ/TW")
    assert res["in_corpus"] is True
    assert [(c["source"].rsplit("/", 1)[1], [(m["id"], m["line"], m["text"]) for m in c["mentions"]])
            for c in res["citing"]] == [
        ("news.txt", [("r1", 1, "Nghị quyết số 57-NQ/TW")]),
        ("nq03.txt", [("r1", 5, "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị")]),
        ("report.txt", [("r1", 2, "Nghị quyết số 57-NQ/TW của Bộ Chính trị"), ("r3", 3, "Nghị quyết số 57-NQ/TW"),
                        ("r4", 5, "Nghị quyết 57")]),
    ]


def test_cited_by_a_number_not_in_the_corpus(store):
    res = cited_by(store, "35/2023/ND-CP")
    assert (res["in_corpus"], [c["number"] for c in res["citing"]], res["citing"][0]["mentions"][0]["line"]) == (
        False, [None], 5)


def test_graph_and_its_formats(store):
    g = graph(store)
    assert g["edges"] == [{"source": "d2", "target": "d1", "mentions": 1},
                          {"source": "d3", "target": "d1", "mentions": 2},
                          {"source": "d3", "target": "n:35/2023/nd-cp", "mentions": 1},
                          {"source": "d3", "target": "n:71/nq-cp", "mentions": 1},
                          {"source": "d4", "target": "d1", "mentions": 1}]
    assert [e["target"] for e in graph(store, internal=True)["edges"]] == ["d1", "d1", "d1"]
    near = graph(store, around="news.txt", depth=1)
    assert [n["id"] for n in near["nodes"]] == ["d1", "d4"]
    assert [n["id"] for n in graph(store, around="news.txt", depth=2)["nodes"]] == ["d1", "d2", "d3", "d4"]
    root = ET.fromstring(to_graphml(g))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(g["nodes"]) and len(root.findall(".//g:edge", ns)) == 5
    dot = to_dot(g)
    assert dot.startswith("digraph citations {") and '"d3" -> "d1" [weight=2, label="2"];' in dot


def test_progress_follows_the_plan_to_the_programme_implementing_it(store):
    res = progress(store, "57-NQ/TW")
    assert [d["number"] for d in res["documents"]] == ["57-NQ/TW", "03/NQ-CP"]
    assert [(r["plan"], r["target_id"], r["target_value"], r["result_value"], r["status"], r["result_date"])
            for r in res["rows"]] == [
        ("57-NQ/TW", "f1", 30, None, None, None),
        ("03/NQ-CP", "f1", 99, 26, "not met", "2025-05-24"),
        ("03/NQ-CP", "f2", 70, None, None, None),
    ]


def test_the_programme_does_not_report_on_the_plan_it_implements(store):
    refresh(store)
    kinds = store.db.execute("SELECT doc_id, kind, ref_id, plan_doc, target_doc FROM links ORDER BY doc_id, rowid")
    assert [tuple(r) for r in kinds] == [(3, "plan", "r1", 1, None), (3, "plan", "r3", 1, None),
                                         (3, "target", "r1", 2, 2)]


def test_cli_links_commands(store, tmp_path):
    data = str(tmp_path / "data")
    run = CliRunner().invoke
    r = run(main, ["cited-by", "57-NQ/TW", "--data", data, "--format", "json"])
    assert r.exit_code == 0 and [c["number"] for c in json.loads(r.output)["citing"]] == [None, "03/NQ-CP", None]
    r = run(main, ["cited-by", "942/QĐ-TTg", "--data", data])
    assert (r.exit_code, r.output) == (0, "942/QĐ-TTg (not in the corpus) is cited by 0 document(s)\n(none)\n")
    r = run(main, ["cites", "nq03.txt", "--data", data, "--format", "csv"])
    assert r.output.splitlines()[1].startswith("r1,5,Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024")
    r = run(main, ["graph", "--data", data, "--format", "dot", "--around", "03/NQ-CP", "--depth", "1"])
    assert r.exit_code == 0 and '"d2" -> "d1"' in r.output
    xlsx = tmp_path / "p.xlsx"
    r = run(main, ["progress", "57-NQ/TW", "--data", data, "--format", "xlsx", "-o", str(xlsx)])
    assert r.exit_code == 0
    from openpyxl import load_workbook
    rows = list(load_workbook(xlsx).active.values)
    assert rows[0][:5] == ("plan", "target_id", "indicator", "target_qualifier", "target_value") and len(rows) == 4
    r = run(main, ["progress", "999/QĐ-XX", "--data", data])
    assert r.exit_code == 1 and "no stored document matches '999/QĐ-XX'" in r.output
    r = run(main, ["progress", "57-NQ/TW", "--data", data, "--format", "xlsx"])
    assert r.exit_code == 2 and "give its path with -o FILE" in r.output
    r = run(main, ["cites", "x", "--data", str(tmp_path / "nothing")])
    assert r.exit_code == 1 and "no store at" in r.output
