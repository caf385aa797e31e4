"""What the CLI prints and accepts: one --format convention, data printed verbatim (never read as markup),
countries and actors as people type them, coverage that does not count one-sided events as unresolved.

tests/data/cli/hostile.csv holds invented rows whose names look like Rich markup, and rows naming one side only.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest

from conftest import DATA
from dyadscope.api import Dyadscope
from dyadscope.cli import cli, main
from dyadscope.countries import country_code
from dyadscope.errors import QueryError, UnknownActor

HOSTILE = DATA / "cli" / "hostile.csv"
HOSTILE_MAPPING = DATA / "cli" / "hostile.yaml"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("hostile") / "h.duckdb"
    ds = Dyadscope(db)
    ds.import_file(HOSTILE, mapping=HOSTILE_MAPPING)
    ds.close()
    return str(db)


def test_names_that_look_like_markup_print_verbatim(hostile_db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = _run(capsys, "--db", hostile_db, "targets", "ISIS", "--by", "actor")
    assert code == 0, err
    assert "Militia [pro-government]" in out and "[/data] brigade" in out
    code, out, err = _run(capsys, "--db", hostile_db, "targets", "ISIS", "--by", "admin1")
    assert code == 0, err
    assert "[bold red]Aleppo[/]" in out
    code, out, err = _run(capsys, "--db", hostile_db, "actors", "unresolved")
    assert code == 0 and "Militia [pro-government]" in out and "[/data] brigade" in out


def test_unresolved_lists_no_blank_name_and_coverage_counts_one_sided_events(hostile_db, capsys):
    code, out, _ = _run(capsys, "--db", hostile_db, "actors", "unresolved", "--format", "json")
    data = json.loads(out)
    names = [row["name"] for row in data["unresolved"]]
    assert code == 0 and sorted(names) == ["Militia [pro-government]", "[/data] brigade"]
    # H-4 and H-5 name one side, which resolves: they are resolved events, not unresolved ones
    assert data["coverage"]["events"] == 6 and data["coverage"]["resolved"] == 3
    assert data["coverage"]["one_sided"] == 2


def test_actors_coverage_command(hostile_db, capsys):
    code, out, _ = _run(capsys, "--db", hostile_db, "actors", "coverage", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["by_source"] == [
        {"source": "hostile", "events": 6, "resolved": 3, "share": 0.5, "one_sided": 2, "unresolved_names": 2}
    ]
    code, out, _ = _run(capsys, "--db", hostile_db, "actors", "coverage")
    assert code == 0 and "3 of 6 events (50.00%)" in out and "2 of them name only one side" in out
    code, out, _ = _run(capsys, "--db", hostile_db, "actors", "coverage", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["unresolved_names"] == "2"


@pytest.mark.parametrize("spelling", ["SYR", "syr", "SY", "Syria", "Syrien", "Syrian Arab Republic"])
def test_country_spellings_give_the_same_events(fixture_store, spelling):
    assert country_code(spelling) == "SYR"
    result = fixture_store.targets("ISIS", country=spelling, start="2016-01-01", end="2016-12-31")
    assert result.query.country == "SYR" and result.total_events > 0


def test_danish_and_iso2_names_of_iraq():
    assert [country_code(v) for v in ("Irak", "IQ", "Iraq", "IRQ")] == ["IRQ"] * 4


def test_unknown_country_is_refused_with_a_suggestion(fixture_store, hostile_db, capsys):
    with pytest.raises(QueryError, match=r"did you mean SYR \(Syria\)\?"):
        fixture_store.targets("ISIS", country="Syira")
    code, _, err = _run(capsys, "--db", hostile_db, "avoidance", "ISIS", "Government of Syria", "--country", "Syirien")
    assert code == 2 and "did you mean SYR" in err


def test_unknown_actor_is_refused_with_the_closest_aliases(fixture_store, hostile_db, capsys):
    with pytest.raises(UnknownActor, match=r"did you mean 'Daesh' \(Islamic State\)"):
        fixture_store.targets("Daesj", country="SYR")
    with pytest.raises(UnknownActor, match="did you mean 'Government of Syria'"):
        fixture_store.targets("ISIS", with_actor="Govt of Syria")
    code, _, err = _run(capsys, "--db", hostile_db, "avoidance", "Islamc State", "Government of Syria")
    assert code == 2 and "did you mean 'Islamic State'" in err and "Traceback" not in err


def _commands(group, prefix=()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # the CLI loads its commands lazily: ask, do not read .commands
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_one_output_convention_everywhere():
    """Every command that prints results takes --format table|json|csv; none shows a --json of its own."""
    printing = {("targets",), ("avoidance",), ("demo",), ("import",), ("link",), ("check",)}
    printing |= {("actors", "unresolved"), ("actors", "coverage")}
    found = set()
    for path, command in _commands(cli):
        options = {opt: param for param in command.params for opt in param.opts}
        if "--format" in options and path != ("export",):  # export's --format is the file it writes
            found.add(path)
            assert list(options["--format"].type.choices) == ["table", "json", "csv"], path
        if "--json" in options:
            assert options["--json"].hidden, f"{' '.join(path)} shows --json; use --format json"
    assert printing <= found


def test_scope_options_are_one_declaration():
    """--country/--from/--to read the same in every command that has them."""
    helps = {}
    for _path, command in _commands(cli):
        for param in command.params:
            if param.name in ("country", "start", "end"):
                helps.setdefault(param.name, set()).add(param.help)
    assert helps and all(len(texts) == 1 for texts in helps.values()), helps


def test_deprecated_json_flag_still_works(hostile_db, capsys):
    code, out, _ = _run(capsys, "--db", hostile_db, "actors", "unresolved", "--json")
    assert code == 0 and "coverage" in json.loads(out)


def test_csv_from_import_and_avoidance(tmp_path: Path, fixture_store, capsys):
    db = tmp_path / "c.duckdb"
    code, out, _ = _run(capsys, "--db", db, "import", HOSTILE, "--mapping", HOSTILE_MAPPING, "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert code == 0 and row["imported"] == "6"
    args = ["--db", fixture_store.store.path, "avoidance", "ISIS", "Government of Syria", "--country", "SYR"]
    code, out, _ = _run(capsys, *args, "--permutations", "99", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {"space", "period", "observed", "expected"} <= set(rows[0]), _
    assert (
        sum(int(r["observed"]) for r in rows)
        == fixture_store.avoidance("ISIS", "Government of Syria", country="SYR", permutations=99).test.observed
    )


def test_demo_never_replaces_a_store_holding_your_imports(tmp_path, capsys):
    db = tmp_path / "mine.duckdb"
    assert _run(capsys, "--db", db, "import", HOSTILE, "--mapping", HOSTILE_MAPPING)[0] == 0
    code, _, err = _run(capsys, "--db", db, "demo")
    assert code == 2 and "holds your own imports (hostile.csv)" in err and "--db demo.duckdb demo" in err
    assert Dyadscope(db).store.count() == 6  # untouched
    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("my notes", encoding="utf-8")
    code, _, err = _run(capsys, "--db", not_a_store, "demo")
    assert code == 2 and "cannot be opened as a store" in err
    assert not_a_store.read_text(encoding="utf-8") == "my notes"


def test_an_earlier_demo_store_may_be_rebuilt(tmp_path):
    """A store whose imports are all bundled files is the demo's own: refuse_to_replace lets it go."""
    import gzip
    import shutil

    from conftest import SYRIA_191
    from dyadscope.demo import BUNDLED_FILES, refuse_to_replace

    bundled_name = tmp_path / BUNDLED_FILES[1]
    with open(SYRIA_191, "rb") as src, gzip.open(bundled_name, "wb") as dst:
        shutil.copyfileobj(src, dst)
    db = tmp_path / "demo.duckdb"
    ds = Dyadscope(db)
    ds.import_file(bundled_name)
    ds.close()
    refuse_to_replace(db)  # no error
    refuse_to_replace(tmp_path / "absent.duckdb")


def test_actor_commands_on_an_empty_store_say_what_to_do(tmp_path, capsys):
    db = tmp_path / "empty.duckdb"
    Dyadscope(db).close()  # a store with no events (e.g. an interrupted demo)
    for command in (["actors", "unresolved"], ["actors", "coverage"]):
        code, _, err = _run(capsys, "--db", db, *command)
        assert code == 2 and "the store is empty: run `dyadscope demo`" in err and "Traceback" not in err


def test_actors_show_suggests_the_closest_names(capsys):
    code, _, err = _run(capsys, "actors", "show", "Islamisk Sat")
    assert code == 2 and "did you mean 'Islamisk Stat' (Islamic State)," in err
