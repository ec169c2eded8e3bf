"""Every command documents itself, and the README mentions it."""
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
