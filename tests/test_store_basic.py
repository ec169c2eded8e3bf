from click.testing import CliRunner

import cli
from conftest import SEED


def test_build_twice_stores_nothing_twice(tmp_path):
    runner = CliRunner()
    r1 = runner.invoke(cli.main, ["build", "--data", str(tmp_path), str(SEED)])
    assert r1.exit_code == 0, r1.output
    assert r1.output.startswith("stored 1, unchanged 0, failed 0")
    r2 = runner.invoke(cli.main, ["build", "--data", str(tmp_path), str(SEED)])
    assert r2.output.startswith("stored 0, unchanged 1, failed 0")
    r3 = runner.invoke(cli.main, ["stats", "--data", str(tmp_path), "--format", "json"])
    assert '"documents": 1' in r3.output
