"""``vanban build``: incremental, exit codes, summary, and a build killed with SIGKILL mid-run."""
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import cli
from conftest import FIXTURES, ROOT, SAMPLES
from index import Store

HEADERS = sorted((FIXTURES / "corpus" / "headers").glob("*.txt"))


def make_corpus(folder, n):
    """``n`` small real documents (header excerpts), each made distinct by a last line."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = HEADERS[i % len(HEADERS)].read_bytes()
        (folder / f"vb-{i:03d}.txt").write_bytes(src + f"\nBản sao số {i}.\n".encode())
    return folder


def run_build(*args):
    return CliRunner().invoke(cli.main, ["build", "--ocr", "never", *map(str, args)])


def test_second_build_adds_nothing_and_a_changed_file_is_read_again(tmp_path):
    docs = make_corpus(tmp_path / "vb", 6)
    data = tmp_path / "data"
    r1 = run_build("--data", data, docs)
    assert r1.exit_code == 0, r1.output
    assert r1.stdout.startswith("stored 6, unchanged 0, failed 0 ")
    r2 = run_build("--data", data, docs)
    assert r2.exit_code == 0
    assert r2.stdout.startswith("stored 0, unchanged 6, failed 0 ")
    (docs / "vb-002.txt").write_bytes((docs / "vb-002.txt").read_bytes() + "Đã sửa.\n".encode())
    r3 = run_build("--data", data, docs)
    assert r3.stdout.startswith("stored 1, unchanged 5, failed 0 ")
    with Store(data) as store:
        assert store.count() == 6
        row = store.find(str(docs / "vb-002.txt"))[0]
        assert row["text"].endswith("Đã sửa.")


def test_summary_by_type_and_json(tmp_path):
    r = run_build("--data", tmp_path / "data", "--format", "json", SAMPLES / "qd-2820-qd-ubnd-2025.txt",
                  SAMPLES / "kh-179-kh-ubnd-2025.txt", SAMPLES / "000_b5c0d0c8d5d614a7.txt")
    assert r.exit_code == 0
    import json
    summary = json.loads(r.stdout)
    assert summary["stored"] == 3 and summary["failed"] == []
    assert summary["by_type"] == {"Quyết định": 1, "Kế hoạch": 1, "news": 1}


@pytest.mark.parametrize("args,code", [
    ([], 2),  # usage error: no PATHS
    (["--jobs", "0", "x"], 2),
    (["--ocr", "sometimes", "x"], 2),
])
def test_usage_errors_exit_2(tmp_path, args, code):
    r = CliRunner().invoke(cli.main, ["build", "--data", str(tmp_path), *args])
    assert r.exit_code == code
    assert "Traceback" not in r.output


def test_missing_path_exits_1_with_one_line(tmp_path):
    r = run_build("--data", tmp_path / "data", tmp_path / "khong-co.txt", SAMPLES / "kh-179-kh-ubnd-2025.txt")
    assert r.exit_code == 1
    assert r.stderr == f"failed: {tmp_path / 'khong-co.txt'}: no such file or folder\n"
    assert r.stdout.startswith("stored 1, unchanged 0, failed 1 ")


def test_parallel_build_stores_the_same(tmp_path):
    docs = make_corpus(tmp_path / "vb", 12)
    r = run_build("--jobs", "2", "--data", tmp_path / "data", docs)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("stored 12, unchanged 0, failed 0 ")
    assert run_build("--data", tmp_path / "data", docs).stdout.startswith("stored 0, unchanged 12,")


def _count(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_build_leaves_a_consistent_store_and_the_rerun_finishes(tmp_path):
    n = 200
    docs = make_corpus(tmp_path / "vb", n)
    data = tmp_path / "data"
    db = data / "vanban.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", "import cli; cli.main()", "build", "--ocr", "never",
                             "--data", str(data), str(docs)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with Store(data) as store:
        stored = store.count()
        assert 20 <= stored < n
        for row in store.documents(with_text=True):  # every stored document is whole, and is its file
            path = docs / os.path.basename(row["source"])
            assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert row["text"].endswith(f"Bản sao số {int(path.stem[3:])}.")
            assert row["type"] is not None

    r = run_build("--data", data, docs)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"stored {n - stored}, unchanged {stored}, failed 0 ")
    with Store(data) as store:
        assert store.count() == n
