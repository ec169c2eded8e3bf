"""End to end with the real readers and extractors: a build resolves references and links the
seed's results to the targets of the plan it names (Kế hoạch số 1332/KH-BCĐ, here as a fixture)."""
from click.testing import CliRunner

from cli import main
from conftest import FIXTURES, SEED
from index import Store, build

PLAN = FIXTURES / "links" / "kh-1332-kh-bcd.txt"


def test_build_links_the_seed_to_its_plan(tmp_path):
    store = Store(tmp_path / "data")
    build([SEED, PLAN], store)
    ids = {r["source"].rsplit("/", 1)[1]: r["id"] for r in store.db.execute("SELECT id, source FROM documents")}
    seed, plan = ids[SEED.name], ids[PLAN.name]
    resolved = store.db.execute("SELECT number, resolved_to FROM refs WHERE doc_id = ? AND resolved_to IS NOT NULL",
                                (seed,)).fetchall()
    assert [tuple(r) for r in resolved] == [("1332/KH-BCĐ", plan)]
    plans = {r[0] for r in store.db.execute(
        "SELECT json_extract(data, '$.plan') FROM links WHERE doc_id = ? AND kind = 'plan'", (seed,))}
    assert plans == {"942/QĐ-TTg", "1332/KH-BCĐ"}
    store.close()
    r = CliRunner().invoke(main, ["progress", "1332/KH-BCĐ", "--data", str(tmp_path / "data"), "--format", "csv"])
    assert r.exit_code == 0
    rows = [line.split(",") for line in r.output.splitlines()[1:]]
    head = r.output.splitlines()[0].split(",")
    got = {(row[head.index("indicator")], row[head.index("result_value")], row[head.index("status")]) for row in rows}
    assert ("tỷ lệ hồ sơ trực tuyến", "53", "met") in got
    assert ("tỷ lệ văn bản điện tử có ký số", "97", "met") in got


def test_a_result_under_nq57_reaches_the_target_row_of_nq03(tmp_path):
    # TB 624/TB-VPCP reports "phủ sóng 5G ... (đến nay mới đạt 39,5%)" under NQ 57 and NQ 71; NQ 57's
    # text is not stored, but NQ 03/NQ-CP says it carries NQ 57 out, and its Phụ lục I row 23.4 sets
    # "Phủ sóng 5G cho người dân | % dân số | 99" for 2030.
    store = Store(tmp_path / "data")
    build([FIXTURES / "links" / "nq03-nq-cp-phu-luc-1.txt", FIXTURES / "links" / "tb-624-tb-vpcp-trich.txt"], store)
    store.close()
    r = CliRunner().invoke(main, ["progress", "03/NQ-CP", "--data", str(tmp_path / "data"), "--format", "json"])
    import json
    rows = [row for row in json.loads(r.output)["rows"] if row["result_doc"]]
    got = [(row["target_id"], row["target_value"], row["target_period"], row["reported_in"], row["result_value"],
            row["status"]) for row in rows]
    assert ("t23.4", 99, "2030", "624/TB-VPCP", 39.5, "not met") in got
