"""`vanban refs DOC`: a stored document's references as a table, JSON or CSV; errors in one line."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

import cli
from conftest import SEED


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    r = CliRunner().invoke(cli.main, ["build", "--data", str(d), str(SEED)])
    assert r.exit_code == 0, r.output
    return str(d)


def run(*args):
    return CliRunner().invoke(cli.main, ["refs", *args])


def test_json_lists_every_reference_in_text_order(data):
    r = run(SEED.name, "--data", data, "--format", "json")
    assert r.exit_code == 0, r.output
    refs = json.loads(r.output)
    assert [x["id"] for x in refs] == [f"r{i}" for i in range(1, 9)]
    assert refs[0]["text"] == "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ"
    assert (refs[0]["number"], refs[0]["date"], refs[0]["issuer"]) == ("942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ")


def test_csv_has_the_columns_and_one_row_per_reference(data):
    r = run(SEED.name, "--data", data, "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert list(rows[0]) == cli.REF_COLUMNS
    assert [row["number"] for row in rows] == ["942/QĐ-TTg", "1332/KH-BCĐ", "06/CT-UBND", "2001/QĐ-UBND",
                                               "718/KH-UBND", "", "", ""]
    assert rows[5]["title"] == "triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số"


def test_table_for_people(data):
    r = run(SEED.name, "--data", data)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == cli.REF_COLUMNS
    assert [c for c in lines[2].split("  ") if c.strip()][:6] == [
        "r1", "Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ",
        "phê duyệt Chiến lược phát triển Chính phủ điện tử"]
    assert len(lines) == 2 + 8


def test_unknown_document_is_one_line(data):
    r = run("999/QĐ-XYZ", "--data", data)
    assert r.exit_code == 1
    assert r.output == ("Error: no stored document matches '999/QĐ-XYZ' (try an id, a path or a number such as "
                        "942/QĐ-TTg; 'vanban stats' shows what is stored)\n")


def test_help_says_what_doc_is():
    r = CliRunner().invoke(cli.main, ["refs", "--help"])
    assert r.exit_code == 0 and "DOC is its id, path, file name or\n  number" in r.output
