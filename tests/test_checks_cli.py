"""`vanban check PATHS`: problems per document with line numbers; exit 1 when one is found."""
import json

from click.testing import CliRunner

from cli import main
from conftest import FIXTURES

CHECK = str(FIXTURES / "links" / "cv-check.txt")
CLEAN = str(FIXTURES / "links" / "bc-script.txt")


def test_check_reports_problems_with_lines_and_exits_1(tmp_path):
    r = CliRunner().invoke(main, ["check", CHECK, CLEAN, "--data", str(tmp_path / "none")])
    assert r.exit_code == 1
    assert r.output.splitlines() == [
        f"== {CHECK}: 2 problem(s), 2 reference(s) not in the corpus",
        f"{CHECK}:8: error: malformed_number: 942/QĐ-TT: issuer code 'TT' is not a known code (did you mean"
        f" 942/QĐ-TTg?)  [Quyết định số 942/QĐ-TT ngày 15/6/2021 của Thủ tướng Chính phủ]",
        f"{CHECK}:9: error: type_symbol: 'Quyết định' but the symbol 06/CT-UBND is a Chỉ thị  [Quyết định số"
        f" 06/CT-UBND ngày 03/6/2022 của Ủy ban nhân dân tỉnh Điện Biên]",
        f"== {CLEAN}: 0 problem(s), 1 reference(s) not in the corpus",
    ]


def test_check_csv_is_one_row_per_problem_for_a_reviewers_sheet(tmp_path):
    r = CliRunner().invoke(main, ["check", CHECK, CLEAN, "--format", "csv", "--data", str(tmp_path / "none")])
    assert r.exit_code == 1
    assert r.output.splitlines() == [
        "source,line,severity,kind,message,text,stated,actual,start,end",
        f"{CHECK},8,error,malformed_number,942/QĐ-TT: issuer code 'TT' is not a known code (did you mean"
        f" 942/QĐ-TTg?),Quyết định số 942/QĐ-TT ngày 15/6/2021 của Thủ tướng Chính phủ,942/QĐ-TT,942/QĐ-TTg,133,195",
        f"{CHECK},9,error,type_symbol,'Quyết định' but the symbol 06/CT-UBND is a Chỉ thị,Quyết định số 06/CT-UBND"
        f" ngày 03/6/2022 của Ủy ban nhân dân tỉnh Điện Biên,Quyết định,Chỉ thị,324,398",
    ]


def test_references_not_in_the_corpus_are_no_problem(tmp_path):
    r = CliRunner().invoke(main, ["check", CLEAN, "--all", "--data", str(tmp_path / "none")])
    assert r.exit_code == 0
    assert r.output.splitlines()[1] == (f"{CLEAN}:7: info: not_in_corpus: 1332/KH-BCĐ is not in the corpus  "
                                        f"[Kế hoạch số 1332/KH-BCĐ ngày 6/5/2022 của Ban Chỉ đạo]")
    r = CliRunner().invoke(main, ["check", CLEAN, "--format", "json", "--data", str(tmp_path / "none")])
    assert [(p["kind"], p["line"], p["severity"]) for p in json.loads(r.output)[0]["problems"]] == [
        ("not_in_corpus", 7, "info")]


def test_bad_paths_are_one_line_each(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "missing.txt"), str(empty), "--data", str(tmp_path / "d")])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0] == f"failed: {tmp_path / 'missing.txt'}: no such file or folder"
    assert lines[1].startswith(f"failed: {empty}: ") and len(lines) == 2
    assert "Traceback" not in r.output
