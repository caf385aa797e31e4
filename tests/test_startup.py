"""Start-up stays cheap: the CLI loads Ibis, pandas and SciPy only for the commands that need them.

Behavioural checks (which modules a fresh interpreter has loaded), not timings; benchmarks/README.md has those.
"""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from dyadscope.actors.registry import Registry
from dyadscope.cache import read_cached
from dyadscope.cli import cli

HEAVY = ("pandas", "scipy", "ibis", "numpy", "duckdb", "pyarrow")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json; print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_importing_the_cli_loads_no_heavy_library():
    assert _loaded_after("import dyadscope.cli") == []


def test_help_and_the_registry_load_no_heavy_library():
    code = "from dyadscope.cli import main\nmain(['--help'])\nfrom dyadscope import Registry\nRegistry.load()"
    assert _loaded_after(code) == []


def test_a_query_command_does_load_what_it_needs(tmp_path):
    # the other side of the coin: the lazy group really runs the command, which needs DuckDB
    code = f"from dyadscope.cli import main\nmain(['--db', {str(tmp_path / 's.duckdb')!r}, 'actors', 'coverage'])"
    assert "duckdb" in _loaded_after(code)


@pytest.mark.parametrize("limit", [30, 45, 80, 200])
def test_lazy_help_lines_match_each_commands_own_help(limit):
    ctx = click.Context(cli)
    for name, (_, short_help) in cli.lazy.items():
        command = cli.get_command(ctx, name)
        assert command is not None, name
        lazy_line = click.Command(name, help=short_help).get_short_help_str(limit)
        assert lazy_line == command.get_short_help_str(limit), f"update cli/__init__.py's line for {name!r}"


def test_root_help_lists_every_command(capsys):
    from dyadscope.cli import main

    main(["--help"])
    listed = capsys.readouterr().out.split("Commands:")[1]
    for name in cli.list_commands(click.Context(cli)):
        assert f"  {name} " in listed


def test_registry_is_compiled_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    first = Registry.load()
    entries = list(tmp_path.glob("registry-*.pickle"))
    assert len(entries) == 1 and read_cached(entries[0].stem).fingerprint == first.fingerprint
    again = Registry.load()
    assert again.fingerprint == first.fingerprint and again.find("Daesh").id == "isis"
    entries[0].write_bytes(b"not a pickle")  # a damaged entry is a miss, never an error
    assert Registry.load().expand("isis") == first.expand("isis")


def test_a_user_registry_gets_its_own_cache_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path / "cache"))
    user = tmp_path / "mine.yaml"
    user.write_text("actors:\n  - id: zeta_brigade\n    name: Zeta Brigade\n    class: rebel\n", encoding="utf-8")
    shipped = Registry.load()
    mine = Registry.load(user)
    assert mine.fingerprint != shipped.fingerprint
    assert mine.find("Zeta Brigade").id == "zeta_brigade"
    assert shipped.find_or_none("Zeta Brigade") is None
    assert len(list((tmp_path / "cache").glob("registry-*.pickle"))) == 2


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert Registry.load().find("ISIS").id == "isis"
    assert not any(tmp_path.rglob("*.pickle"))


def test_python_dash_m_runs_the_cli_and_loads_no_heavy_library():
    # `python -m dyadscope` is the same CLI as the `dyadscope` command, as cheap to start
    out = subprocess.run([sys.executable, "-m", "dyadscope", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("dyadscope, version")
    run = "import runpy, sys\nsys.argv = ['dyadscope']\ntry:\n    runpy.run_module('dyadscope', run_name='__main__')\n"
    assert _loaded_after(run + "except SystemExit:\n    pass") == []
