"""`vanban figures`: stored figures queried across the corpus and exported (CliRunner, exact output)."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from cli import main
from tests.conftest import FIXTURES, SAMPLES, SEED

PLAN = FIXTURES / "figures" / "qd-2629-qd-ttg-2025-muc-tieu.txt"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    r = CliRunner().invoke(main, ["build", "--data", str(d), str(PLAN), str(SEED)])
    assert r.exit_code == 0, r.output
    return str(d)


def run(*args):
    return CliRunner().invoke(main, ["figures", *args])


def rows(output):
    return list(csv.DictReader(io.StringIO(output)))


def test_indicator_without_accents(data):
    r = run("--data", data, "--indicator", "tai khoan thu dien tu", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.output == (
        "document,id,text,value,value_max,unit,qualifier,indicator,scope,period,kind,parent,start,end\n"
        "000_b5c0d0c8d5d614a7.txt,f15,100%,100,,%,=,"
        "\"cán bộ, công chức được cấp tài khoản thư điện tử công vụ\",,,result,,3991,3995\n"
        "000_b5c0d0c8d5d614a7.txt,f16,trên 3.900 tài khoản,3900,,tài khoản,>,"
        "tài khoản thư điện tử công vụ,,,result,,4054,4074\n")


@pytest.mark.parametrize("args, count, check", [
    (["--kind", "target"], 18, lambda r: r["kind"] == "target"),
    (["--kind", "result", "--doc", "000_b5c0d0c8d5d614a7.txt"], 25, lambda r: r["kind"] == "result"),
    (["--unit", "%", "--period", "2028"], 8, lambda r: r["unit"] == "%" and "2028" in r["period"]),
    (["--unit", "TAI KHOAN"], 1, lambda r: r["text"] == "trên 3.900 tài khoản"),
    (["--indicator", "phiên"], 2, lambda r: r["parent"] == "f18"),
    (["--kind", "none"], 0, None),
    # indicator words match whole syllables: 'ha' (hecta) is no part of 'phạm' or 'bản' (20 figures before)
    (["--indicator", "ha"], 0, None),
])
def test_filters(data, args, count, check):
    r = run("--data", data, "--format", "csv", *args)
    assert r.exit_code == 0, r.output
    got = rows(r.output)
    assert len(got) == count
    assert all(check(x) for x in got)


def test_table_is_sorted_by_document_then_offset(data):
    r = run("--data", data, "--indicator", "hồ sơ trực tuyến")
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert lines[0].split() == ["document", "id", "text", "value", "unit", "qualifier", "kind", "period", "scope",
                                "indicator"]
    assert [ln.split()[1] for ln in lines[2:]] == ["f7", "f8"]


def test_xlsx_export(data, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "chi-tieu.xlsx"
    r = run("--data", data, "--doc", PLAN.name, "--format", "xlsx", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert r.output == f"wrote 18 figures to {out}\n"
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]][:6] == ["document", "id", "text", "value", "value_max", "unit"]
    assert [c.value for c in ws[2]][:4] == [PLAN.name, "f1", "100%", 100]
    assert ws.max_row == 19


@pytest.mark.parametrize("args, message", [
    (["--format", "xlsx"], "Error: --format xlsx writes a workbook: give its path with -o FILE"),
    (["--doc", "nope.txt"], "Error: no stored document matches 'nope.txt'"),
    (["--kind", "maybe"], "Error: Invalid value for '--kind': 'maybe' is not one of 'target', 'result', 'none'."),
])
def test_errors_are_one_line(data, args, message):
    r = run("--data", data, *args)
    assert r.exit_code != 0
    assert r.output.strip().splitlines()[-1] == message


def test_no_store(tmp_path):
    r = run("--data", str(tmp_path / "none"))
    assert r.exit_code == 1
    assert "no store at" in r.output and "vanban build" in r.output


def test_help_documents_every_option():
    r = run("--help")
    assert r.exit_code == 0
    for opt in ("--indicator", "--kind", "--unit", "--period", "--doc", "--type", "--issuer", "--doc-kind", "--format",
                "--output"):
        assert opt in r.output


# -- one query for `vanban figures` and `vanban search --figures` -----------------------------------

PLAN_KH = SAMPLES / "kh-179-kh-ubnd-2025.txt"
CHI_THI = SAMPLES / "ct-07-ct-ttg-2012.txt"


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    """Documents with a type, an issuer and a date: a Kế hoạch of UBND Đồng Nai, a Chỉ thị of the TTg."""
    d = tmp_path_factory.mktemp("typed")
    r = CliRunner().invoke(main, ["build", "--data", str(d), str(PLAN_KH), str(CHI_THI), str(SEED)])
    assert r.exit_code == 0, r.output
    return str(d)


def test_both_commands_give_one_record_shape(data):
    from index.figures_query import FIELDS

    a = CliRunner().invoke(main, ["search", "--data", data, "--figures", "ho so truc tuyen", "--format", "json"])
    b = run("--data", data, "--indicator", "hồ sơ trực tuyến", "--format", "json")
    assert a.exit_code == b.exit_code == 0
    a, b = json.loads(a.output), json.loads(b.output)
    assert [list(r) for r in a] == [list(r) for r in b] == [FIELDS, FIELDS]
    assert sorted((r["document"], r["id"], r["indicator"]) for r in a) == \
        sorted((r["document"], r["id"], r["indicator"]) for r in b) == [
        ("000_b5c0d0c8d5d614a7.txt", "f7", "Tỷ lệ hồ sơ trực tuyến"),
        ("000_b5c0d0c8d5d614a7.txt", "f8", "tỷ lệ hồ sơ trực tuyến của dịch vụ công trực tuyến toàn trình")]


@pytest.mark.parametrize("args, count, check", [
    (["--type", "KH"], 41, lambda r: r["document"] == PLAN_KH.name),
    (["--type", "Kế hoạch", "--kind", "target", "--unit", "%"], 28, lambda r: r["kind"] == "target"),
    (["--issuer", "thu tuong"], 1, lambda r: r["text"] == "2 năm" and r["period"] == "2009"),
    (["--issuer", "Thủ tướng", "--type", "KH"], 0, None),
    (["--doc", "179/KH-UBND"], 41, lambda r: r["document"] == PLAN_KH.name),
    (["--type", "CT", "--indicator", "đánh giá kết quả"], 1, lambda r: r["id"] == "f1"),
    (["--doc-kind", "news"], 25, lambda r: r["document"] == SEED.name),
    (["--doc-kind", "document", "--unit", "%"], 28, lambda r: r["document"] == PLAN_KH.name),
])
def test_document_filters(typed, args, count, check):
    r = run("--data", typed, "--format", "csv", *args)
    assert r.exit_code == 0, r.output
    got = rows(r.output)
    assert len(got) == count
    assert all(check(x) for x in got)


def test_search_figures_puts_the_best_match_first(typed):
    r = CliRunner().invoke(main, ["search", "--data", typed, "--figures", "doanh nghiep", "--issuer", "Dong Nai",
                                  "--limit", "2", "--format", "csv"])
    assert r.exit_code == 0, r.output
    src = str(PLAN_KH.resolve())
    assert r.output == (
        "value,unit,qualifier,kind,period,indicator,number,date,source\n"
        "10,doanh nghiệp,>=,target,,\"doanh nghiệp công nghệ số mới cung cấp sản phẩm, dịch vụ nền tảng phục vụ"
        f" phát triển kinh tế số ngành\",179/KH-UBND,2025-11-18,{src}\n"
        f"70,%,>,target,,Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử phấn đấu,179/KH-UBND,2025-11-18,{src}\n")
    r = CliRunner().invoke(main, ["search", "--data", typed, "--figures", "doanh nghiep", "--type", "CT",
                                  "--format", "csv"])
    assert r.exit_code == 0 and r.output == "value,unit,qualifier,kind,period,indicator,number,date,source\n"


def test_csv_to_a_file(data, tmp_path):
    out = tmp_path / "figures.csv"
    r = run("--data", data, "--indicator", "tai khoan thu dien tu", "--format", "csv", "-o", str(out))
    assert r.exit_code == 0 and r.output == f"wrote 2 figures to {out}\n"
    assert [x["id"] for x in rows(out.read_text("utf-8"))] == ["f15", "f16"]
    r = run("--data", data, "--format", "csv", "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    assert r.exit_code == 1
    assert r.output == f"Error: cannot write {tmp_path / 'no' / 'such' / 'dir.csv'}: No such file or directory\n"


# -- extract --ocr, the same option and errors as build ------------------------------------------

SCAN = FIXTURES / "ocr" / "qd-2336-header-scan.pdf"


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_scan_read_without_ocr_says_how_to_read_it(command, tmp_path):
    r = CliRunner().invoke(main, [command, "--ocr", "never", str(SCAN)], env={"VANBAN_DATA": str(tmp_path)})
    assert r.exit_code == 1
    assert r.stderr == f"failed: {SCAN}: no usable text layer: needs OCR; read it with --ocr auto\n"


def test_extract_reads_a_scan_with_ocr():
    r = CliRunner().invoke(main, ["extract", "--ocr", "auto", str(SCAN), "--format", "json"])
    assert r.exit_code == 0, r.output
    rec = json.loads(r.output)
    assert rec["ocr"] is True and rec["source"] == str(SCAN)
