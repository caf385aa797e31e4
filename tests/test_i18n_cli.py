"""The command line in Danish: every printing command with `--lang da` on the demo store prints Danish headers and
footers and none of the catalogue's English; without it, the same commands print the English (so the check can fail).
`serve` is left out (it runs until stopped); its one line is a catalogue entry like the rest.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import DATA
from dyadscope.cli import main
from dyadscope.i18n import catalogue

# The areas whose words the CLI prints (the web's and the report's pages are checked by their own tests).
CLI_AREAS = ("cli.", "errors.", "targeting.", "avoidance.", "common.")
ARTICLE = (  # two claims the demo data can check (sentences as in tests/test_claims.py)
    "ISIS og den syriske regering kæmpede omkring 150 gange mod hinanden i Syrien i 2017.\n\n"
    "I 2016 var over 30 % af ISIS' kampe i Syrien mod oprørsgrupper.\n"
)
UCDP_FILE = DATA / "ucdp" / "ged_libya_2014_sample.csv"


def _english_phrases() -> dict[str, str]:
    """Each distinctive English phrase of the CLI's catalogue entries (the text between placeholders, 12+
    characters with a space, absent from the Danish) -> its key."""
    phrases = {}
    for key, texts in catalogue().items():
        if not key.startswith(CLI_AREAS) or texts["en"] == texts["da"]:
            continue
        for piece in re.split(r"\{\w+\}", texts["en"]):
            piece = " ".join(piece.split()).strip(" ,;:.()")
            if len(piece) >= 12 and " " in piece and piece not in texts["da"]:
                phrases[piece] = key
    return phrases


def _run(capsys, *args: object) -> tuple[int, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, " ".join((out.out + "\n" + out.err).split())  # one line: a wrapped footer reads as written


@pytest.fixture(scope="module")
def writable_db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo store for the commands that write (resolve, link, import)."""
    path = tmp_path_factory.mktemp("i18n") / "copy.duckdb"
    shutil.copy(demo_db, path)
    return path


def _commands(demo_db: Path, writable_db: Path, tmp: Path) -> dict[str, tuple[list[object], list[str]]]:
    """Each printing command -> its arguments and Danish words its table output must hold."""
    scope = ["--country", "SYR", "--from", "2014-01-01", "--to", "2014-12-31"]
    read, write = ["--db", demo_db], ["--db", writable_db]
    article = tmp / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return {
        "targets": (
            [*read, "targets", "ISIS", *scope],
            ["hændelser", "andel", "95 %-KI", "Talt:", "Kilde:", "i alt", "Islamisk Stat", "i Syrien, 2014"],
        ),
        "targets by actor": ([*read, "targets", "ISIS", *scope, "--by", "actor"], ["efter aktør", "Syriens regering"]),
        "targets by admin1": (
            [*read, "targets", "Government of Syria", *scope, "--by", "admin1", "--with", "ISIS"],
            ["provins", "mod ISIS", "Usikkert:"],
        ),
        "targets deaths": ([*read, "targets", "ISIS", *scope, "--weight", "fatalities"], ["andel af dødsfald"]),
        "avoidance": (
            [*read, "avoidance", "ISIS", "Government of Syria", *scope, "--permutations", "99"],
            ["Islamisk Stat mod Syriens regering i Syrien", "Celler der bidrager mest", "konklusion:", "Udeladt"],
        ),
        "actors show": ([*read, "actors", "show", "ISIS"], ["klasse: jihadister", "andre navne:", "afstamning"]),
        "actors search": ([*read, "actors", "search", "Kurdi"], ["kurdisk/etnisk milits"]),
        "actors unresolved": ([*read, "actors", "unresolved"], ["Uopløste sidenavne", "hændelser"]),
        "actors coverage": ([*read, "actors", "coverage"], ["Aktøropløsning", "Selve navnene"]),
        "actors resolve": ([*write, "actors", "resolve"], ["opløst igen", "sider ændret"]),
        "status": ([*read, "status"], ["Kilder", "Hændelser efter kilde og år", "Importer, nyeste først", "karantæne"]),
        "quarantine": ([*read, "quarantine"], ["ingen rækker i karantæne"]),
        "link": ([*write, "link"], ["sammenkædning", "poster", "kandidatpar"]),
        "export": ([*read, "export", tmp / "export", "--format", "csv"], ["rækker", "skrevet til"]),
        "report": ([*read, "report", "ISIS", *scope, "-o", tmp / "r.html"], ["skrev"]),
        "check": ([*read, "check", article], ["Påstande i", "påstand", "vurdering", "hvorfor", "Pr. ", "Kilde:"]),
        "import": (
            [*write, "import", UCDP_FILE],
            ["læst", "nye", "i karantæne", "læste 20 rækker; opløser steder og aktører", "UCDP GED-udgivelse med 42"],
        ),
        "demo": (
            ["--db", tmp / "demo.duckdb", "demo"],
            ["Bygger", "Hvem ISIS kæmpede mod i Syrien, 2014", "Den syriske regerings kampe", "Færdig på", "nye"],
        ),
    }


def test_every_command_in_danish_has_no_english_left(demo_db, writable_db, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    phrases = _english_phrases()
    assert len(phrases) > 100  # the check has something to look for
    for name, (args, danish) in _commands(demo_db, writable_db, tmp_path).items():
        code, out = _run(capsys, "--lang", "da", *args)
        assert code == 0, (name, out)
        missing = [word for word in danish if word not in out]
        assert not missing, (name, missing, out)
        left = {phrase: key for phrase, key in phrases.items() if phrase in out}
        assert not left, (name, left)


def test_the_same_commands_in_english_print_the_english(demo_db, writable_db, tmp_path, capsys, monkeypatch):
    """The other side: without --lang the phrases the Danish test looks for are there (so it can fail)."""
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    phrases = _english_phrases()
    seen: set[str] = set()
    for name in ("targets", "targets by admin1", "avoidance", "actors coverage", "status"):
        args, _ = _commands(demo_db, writable_db, tmp_path)[name]
        code, out = _run(capsys, *args)
        assert code == 0, (name, out)
        seen |= {key for phrase, key in phrases.items() if phrase in out}
    assert {"targeting.undirected", "targeting.caveat_intervals", "cli.top_cells", "cli.coverage_hint"} <= seen


def test_env_var_and_errors_in_danish(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("DYADSCOPE_LANG", "da")
    code, out = _run(capsys, "--db", demo_db, "targets", "ISIS", "--country", "Syrein")
    assert code == 2
    assert out == "fejl: --country 'Syrein' er hverken en landekode eller et landenavn; mente du SYR (Syrien)?"
    code, out = _run(capsys, "--db", demo_db, "targets", "Daesx")
    assert out.startswith("fejl: ingen aktør hedder 'Daesx'; mente du 'Daesh'")
    code, out = _run(capsys, "--db", demo_db.parent / "none.duckdb", "status")
    assert out.startswith("fejl: der er endnu ingen database i")
    monkeypatch.setenv("DYADSCOPE_LANG", "en")
    code, out = _run(capsys, "--db", demo_db, "targets", "ISIS", "--from", "2015-01-01", "--to", "2014-01-01")
    assert (code, out) == (2, "error: the window starts (2015-01-01) after it ends (2014-01-01)")
    code, out = _run(capsys, "--lang", "da", "--db", demo_db, "targets", "ISIS", "--from", "2015-01-01", "--to", "2014")
    assert out == "fejl: --to '2014' er ikke en dato som 2014-12-31"


def test_json_and_csv_keys_stay_english(demo_db, capsys):
    args = ["--db", demo_db, "targets", "ISIS", "--country", "SYR", "--format", "json"]
    code, english = _run(capsys, *args)
    code, danish = _run(capsys, "--lang", "da", *args)
    assert code == 0 and english == danish
    code, csv = _run(capsys, "--lang", "da", "--db", demo_db, "targets", "ISIS", "--format", "csv")
    assert csv.startswith("key,label,events")
