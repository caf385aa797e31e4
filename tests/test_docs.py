"""Docs stay honest: generated references match the code, every command has help and is in the docs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs"))

import generate  # noqa: E402


def test_schema_doc_is_generated_from_schema_py():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == generate.schema_markdown(), (
        "run: .venv/bin/python docs/generate.py"
    )


def test_cli_doc_is_generated_from_help():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == generate.cli_markdown(), (
        "run: .venv/bin/python docs/generate.py"
    )


@pytest.mark.parametrize(("path", "command"), generate.all_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_and_is_in_the_readme_or_guides(path, command):
    assert command.help and len(command.help.strip()) > 20, f"{path} needs a help text"
    name = path.removeprefix("dyadscope ").split()[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guides = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md") if p.name != "cli.md")
    assert f"dyadscope {name}" in readme or f"dyadscope {name}" in guides, f"`{path}` is in no guide"


def test_public_api_is_what_init_exports():
    import dyadscope

    for name in dyadscope.__all__:
        assert hasattr(dyadscope, name), name
        obj = getattr(dyadscope, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__, f"dyadscope.{name} needs a docstring"
