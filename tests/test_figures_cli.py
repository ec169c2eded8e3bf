"""`vanban figures`: stored figures queried across the corpus and exported (CliRunner, exact output)."""
import csv
import io

import pytest
from click.testing import CliRunner

from cli import main
from tests.conftest import FIXTURES, SEED

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
    for opt in ("--indicator", "--kind", "--unit", "--period", "--doc", "--format", "--output"):
        assert opt in r.output
