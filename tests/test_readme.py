"""The README's examples are true: each `$ vanban ...` line runs against a store built from
corpus/samples and prints the line the README shows under it."""
import os
import re
import shlex

import pytest
from click.testing import CliRunner

import cli
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def examples():
    block = re.search(r"```console\n(.*?)```", README, re.S).group(1).splitlines()
    out = []
    for i, line in enumerate(block):
        if line.startswith("$ vanban "):
            expected = block[i + 1] if i + 1 < len(block) and not block[i + 1].startswith("$ ") else None
            out.append((line[len("$ vanban "):], expected))
    return out


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    data = tmp_path_factory.mktemp("data") / "vanban-data"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = CliRunner().invoke(cli.main, ["build", "--data", str(data), "corpus/samples"])
    finally:
        os.chdir(cwd)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].startswith("stored 36, unchanged 0, failed 0 ")
    return data


def test_readme_has_examples():
    assert len(examples()) >= 8


@pytest.mark.parametrize("command,expected", examples())
def test_readme_example(samples_store, command, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    result = runner.invoke(cli.main, shlex.split(command), env={"VANBAN_DATA": str(samples_store)})
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    expected = expected.replace("vanban-data", str(samples_store)) if expected.startswith("documents:") else expected
    assert first.rstrip() == expected.rstrip()


def test_readme_build_summary_line_is_the_real_one(samples_store):
    shown = re.search(r"which ends with its summary:\n\n    (stored .*)\n", README).group(1)
    assert shown.startswith("stored 36, unchanged 0, failed 0 (3.8 MB")
