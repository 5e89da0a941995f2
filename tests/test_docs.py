"""The README stays true: every command documented, every JSON field explained, CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzfacts.cli import app
from kzfacts.models import Quote, Source, Stat

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented(command):
    assert f"`kzfacts {command}" in README


@pytest.mark.parametrize(
    "field", sorted(set(Quote.__dataclass_fields__) | set(Stat.__dataclass_fields__) | set(Source.__dataclass_fields__))
)
def test_every_json_field_is_documented(field):
    assert f"`{field}`" in README


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"## Run the tests\n\n```\n(.+?)\n```", README)
    assert blocks, "README lost its test command"
    assert blocks[0] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_install_command_runs_a_real_query():
    assert "pip install . && kzfacts quote tokayev" in README


def test_readme_examples_are_real_output():
    """The README's example citations and ids are what the bundled corpus gives today."""
    import json

    from typer.testing import CliRunner

    runner = CliRunner()
    block = re.search(r"\$ kzfacts quote tokayev --json \| jq '\.\[0\]\.source'\n(\{.*?\n\})", README, re.S)
    assert block, "README lost its jq example"
    first = json.loads(runner.invoke(app, ["quote", "tokayev", "--json"]).stdout)[0]
    assert json.loads(block.group(1)) == first["source"]
    examples = str(REPO / "examples" / "disagreeing-articles")
    for example_id in re.findall(r"\b[qs]-[0-9a-f]{12}\b", README):
        found = runner.invoke(app, ["show", example_id, "--json"]).exit_code == 0
        assert found or runner.invoke(app, ["show", example_id, "--corpus", examples]).exit_code == 0, example_id


def test_readme_check_example_is_real_output():
    import json

    from typer.testing import CliRunner

    m = re.search(
        r"\$ cat draft.txt\n(.*?)\n\$ kzfacts check < draft.txt --json \| jq [^\n]*\n(.*?)\n\$ echo", README, re.S
    )
    assert m, "README lost its check example"
    result = CliRunner().invoke(app, ["check", "--json"], input=m.group(1) + "\n")
    rows = ["\t".join([i["verdict"], i["claim"], i["note"]]) for i in json.loads(result.stdout)]
    assert rows == m.group(2).splitlines()
    assert result.exit_code == 1


def test_readme_link_example_is_real_output():
    import json

    from typer.testing import CliRunner

    m = re.search(
        r"--corpus tests/fixtures/pages --json \| jq -r '\.\[0\]\.source \| \.path, \.link'\n(.+)\n(.+)\n", README
    )
    assert m, "README lost its link example"
    out = CliRunner().invoke(app, ["quote", "sadykov", "--corpus", str(REPO / "tests/fixtures/pages"), "--json"])
    source = json.loads(out.stdout)[0]["source"]
    assert [source["path"], source["link"]] == [m.group(1), m.group(2)]
