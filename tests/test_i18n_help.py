"""`--help` and click's usage errors under `--lang da`: every help text the CLI shows has its Danish in
`help.yaml`, found by its English, and the output of real runs is Danish (English runs are unchanged)."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import click
import pytest

from dyadscope.cli import cli, main
from dyadscope.cli.help import early_lang
from dyadscope.i18n import area

# The words cli/help.py asks for by key (click's own headings and usage errors), not by a help text's English,
# and the help of click's --help option (click makes it per context; asking for it would cache it here).
WORDS = {"usage", "options", "commands", "default", "required", "env_var", "range", "try", "help"}


def _help_texts() -> set[str]:
    """Every help text the CLI shows: each command's docstring and each option's help, as click cleans them."""
    ctx = click.Context(cli)
    texts: set[str] = set()

    def walk(command: click.Command) -> None:
        texts.add(inspect.cleandoc(command.help or ""))
        texts.update(inspect.cleandoc(p.help) for p in command.params if getattr(p, "help", None))
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name))

    walk(cli)
    return texts - {""}


def _commands() -> list[tuple[str, ...]]:
    """The path of every command: (), ('actors',), ('actors', 'show'), ..."""
    ctx = click.Context(cli)
    paths: list[tuple[str, ...]] = []

    def walk(command: click.Command, path: tuple[str, ...]) -> None:
        paths.append(path)
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name), (*path, name))

    walk(cli, ())
    return paths


def _metavars_shown() -> set[str]:
    """The placeholders click shows in English help: usage lines' ACTOR, options' FILE, types' INTEGER.

    Read from the parameters, not `collect_usage_pieces`: that would make (and cache) a --help option here."""
    words: set[str] = set()
    for path in _commands():
        command = cli
        for name in path:
            command = command.get_command(click.Context(command), name)
        ctx = click.Context(command, info_name=path[-1] if path else "dyadscope")
        pieces = [command.options_metavar or "", getattr(command, "subcommand_metavar", None) or ""]
        pieces += [w for p in command.params for w in p.get_usage_pieces(ctx)]
        pieces += [r[0] for p in command.params if (r := p.get_help_record(ctx))]
        words.update(re.findall(r"\b[A-Z][A-Z_]+\b", " ".join(pieces)))
    return words


def test_every_help_text_has_its_danish_and_no_entry_is_stale() -> None:
    shown = _help_texts()
    assert len(shown) > 60
    english = {texts["en"]: key for key, texts in area("help").items()}
    assert sorted(shown - set(english)) == []  # a new or changed help text needs its help.yaml entry
    from dyadscope.cli.help import _CLICK_ERRORS

    used = shown | {area("help")[key]["en"] for key in WORDS | {key for _, key in _CLICK_ERRORS}} | _metavars_shown()
    assert sorted(set(english) - used) == []  # an entry whose English the CLI no longer shows


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def test_root_and_command_help_in_danish(capsys, monkeypatch) -> None:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    code, out, _ = _run(capsys, "--lang", "da", "--help")
    assert code == 0
    for danish in ("Brug: dyadscope", "Tilvalg:", "Kommandoer:", "Databasefil (standard:", "[standard: duckdb]"):
        assert danish in out, danish
    flat = " ".join(out.split())
    assert "quarantine Rækkerne, som importer har lagt til side" in flat  # a command's summary from the catalogue
    assert "Options:" not in out and "Store file" not in out and "The rows imports set aside" not in flat
    code, out, _ = _run(capsys, "--lang", "da", "targets", "--help")
    flat = " ".join(out.split())
    assert "Hvem AKTØR kæmpede mod" in flat and "Periodens start, ÅÅÅÅ-MM-DD (medregnet)." in flat
    assert "[standard: class]" in flat and "Vis denne besked og afslut." in flat and "Window start" not in flat
    monkeypatch.setenv("DYADSCOPE_LANG", "da")
    code, out, _ = _run(capsys, "actors", "--help")
    assert "Hvor mange hændelser der har alle navngivne sider opløst" in " ".join(out.split())


def test_english_help_is_unchanged(capsys, monkeypatch) -> None:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    code, out, _ = _run(capsys, "targets", "--help")
    assert code == 0 and out.startswith("Usage: dyadscope targets [OPTIONS] ACTOR")
    assert "Options:" in out and "Window start, YYYY-MM-DD (inclusive)." in out and "[default: class]" in out


@pytest.mark.parametrize(
    ("args", "danish", "english"),
    [
        (["targets"], "fejl: Argumentet 'AKTØR' mangler.", "Error: Missing argument 'ACTOR'."),
        (
            ["targets", "ISIS", "--by", "foo"],
            "fejl: Ugyldig værdi for '--by': 'foo' er ikke en af 'class', 'actor', 'admin1', 'month', 'source'.",
            "Error: Invalid value for '--by': 'foo' is not one of",
        ),
        (["targets", "ISIS", "--countryy", "SYR"], "Mente du '--country'?", "Did you mean '--country'?"),
        (["bogus"], "fejl: Ingen kommando hedder 'bogus'.", "Error: No such command 'bogus'."),
    ],
)
def test_usage_errors_in_danish(capsys, monkeypatch, args, danish, english) -> None:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    code, _, err = _run(capsys, "--lang", "da", *args)
    assert code == 2 and danish in err and err.startswith("Brug: dyadscope") and "for at få hjælp" in err
    assert "Usage:" not in err and "Error:" not in err
    code, _, err = _run(capsys, *args)
    assert code == 2 and english in err and err.startswith("Usage: dyadscope")


def test_the_language_is_read_before_the_command() -> None:
    assert early_lang(["--lang", "da", "--help"], cli) == "da" and early_lang(["--lang=da", "targets"], cli) == "da"
    assert early_lang(["--db", "x.duckdb", "--debug", "--lang", "da", "targets", "--help"], cli) == "da"
    assert early_lang(["--db", "x.duckdb", "report", "ISIS", "--lang", "da"], cli) == "en"  # report's own --lang
    assert early_lang(["--lang", "fr", "--help"], cli) == "en"


def test_danish_help_loads_no_heavy_library() -> None:
    probe = (
        "from dyadscope.cli import main\nmain(['--lang', 'da', '--help'])\n"
        "import sys; print([m for m in ('pandas', 'ibis', 'duckdb', 'numpy') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_a_danish_run_leaves_click_english(capsys) -> None:
    """After `main(['--lang', 'da', ...])`, click used directly (docs/generate.py) writes English help again."""
    main(["--lang", "da", "--help"])
    capsys.readouterr()
    root = click.Context(cli, info_name="dyadscope", **cli.context_settings)
    assert cli.get_help(root).startswith("Usage: dyadscope [OPTIONS]") and "Store file" in cli.get_help(root)


def test_danish_help_shows_danish_placeholders(capsys, monkeypatch) -> None:
    """Every placeholder click shows (metavars, its types' names) has a Danish word, and no Danish --help or usage
    error shows the English one: `--from DATO`, `[TILVALG] AKTØR`, `Argumentet 'AKTØR_A' mangler`."""
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    shown = _metavars_shown()
    assert {"ACTOR", "FILE", "DATE", "OPTIONS", "INTEGER", "FOLDER"} <= shown
    english = {area("help")[key]["en"] for key in area("help") if key.startswith("metavar_")}
    assert sorted(shown - english) == []  # a new metavar needs its help.metavar_* entry
    pattern = re.compile(r"\b(" + "|".join(sorted(shown, key=len, reverse=True)) + r")\b")
    for path in _commands():
        code, out, _ = _run(capsys, "--lang", "da", *path, "--help")
        assert code == 0 and not pattern.findall(out), (path, pattern.findall(out))
    code, out, _ = _run(capsys, "--lang", "da", "report", "--help")
    assert out.startswith("Brug: dyadscope report [TILVALG] AKTØR") and "--from DATO" in out
    assert "om AKTØR" in " ".join(out.split())  # the help text names the placeholder as the usage line does
    code, _, err = _run(capsys, "--lang", "da", "avoidance")
    assert code == 2 and "[TILVALG] AKTØR_A AKTØR_B" in err and "Argumentet 'AKTØR_A' mangler." in err
    code, out, _ = _run(capsys, "targets", "--help")  # English as click writes it
    assert out.startswith("Usage: dyadscope targets [OPTIONS] ACTOR") and "--from DATE" in out
