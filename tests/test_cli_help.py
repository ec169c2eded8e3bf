"""Every command documents itself, and the README mentions it."""
import re

from click.testing import CliRunner

import cli
from conftest import ROOT


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in sorted(cli.main.commands.items()):
        assert command.help and len(command.help) > 20, f"vanban {name} lacks help"
        result = runner.invoke(cli.main, [name, "--help"])
        assert result.exit_code == 0, name
        assert result.output.startswith(f"Usage: main {name}") or result.output.startswith("Usage: "), name
        assert f"vanban {name}" in readme, f"the README does not document vanban {name}"


def test_build_help_lists_every_format_it_reads():
    from corpus import SUFFIXES

    out = CliRunner().invoke(cli.main, ["build", "--help"]).output
    assert [s for s in sorted(SUFFIXES) if not re.search(re.escape(s) + r"\b", out)] == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [s for s in sorted(SUFFIXES) if f"`{s}`" not in readme] == []


def test_extract_takes_the_ocr_option_of_build():
    def ocr_option(name):
        return next(p for p in cli.main.commands[name].params if p.name == "ocr")

    assert ocr_option("extract").type.choices == ocr_option("build").type.choices == ("auto", "always", "never")
    assert ocr_option("extract").default == ocr_option("build").default == "auto"
    assert ocr_option("extract").help == ocr_option("build").help
