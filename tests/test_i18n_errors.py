"""Every error dyadscope raises on purpose comes from the catalogue, so `--lang da` shows it in Danish.

The checker reads the package's source: an error built from a plain string literal, an f-string, a `+`/`%`
join or `.format` is English-only, and fails here with its file and line. The rest of the file checks real
errors from real inputs in both languages.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from conftest import DATA
from dyadscope import errors
from dyadscope.cli import main
from dyadscope.errors import DyadscopeError, InputError, RegistryError
from dyadscope.i18n import Message, localized

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadscope"
# Every DyadscopeError class, by name: a call to one of these builds an error a person reads.
ERROR_CLASSES = {name for name, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, DyadscopeError)}
# Helpers that wrap a message into an error: name -> index of the message argument.
MESSAGE_HELPERS = {"error": 1}


def _plain(node: ast.expr) -> bool:
    """A message written in English in place: a string literal, an f-string, a join or a `.format` of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _plain(node.left) or _plain(node.right)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def english_only_errors(root: Path = SRC) -> list[str]:
    """`file:line: Class` for each error built from a plain English string under `root`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            index = 0 if name in ERROR_CLASSES else MESSAGE_HELPERS.get(name)
            if index is not None and len(node.args) > index and _plain(node.args[index]):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {name}")
    return found


def test_no_error_is_raised_in_english_only() -> None:
    """A new `raise InputError(f"...")` fails here: give it an `errors.*` entry and raise `msg(key, ...)`."""
    assert {"InputError", "QueryError", "RegistryError", "UnknownActor", "StoreBusy"} <= ERROR_CLASSES
    assert english_only_errors() == []


def test_the_checker_finds_each_kind_of_plain_message(tmp_path: Path) -> None:
    """The other side: each way of writing an English-only message is caught, and msg(...) is not."""
    (tmp_path / "bad.py").write_text(
        "raise InputError('a literal')\n"
        "raise QueryError(f'an {f}-string')\n"
        "bomb = InputError('a ' + word)\n"
        "raise RegistryError('{} format'.format(x))\n"
        "raise mapping.error('delimiter', 'plain help')\n"
        "raise InputError(msg('errors.file_empty', path=p))\n"
        "raise ValueError('a programming error, not shown to users')\n"
        "raise mapping.error('delimiter', msg('errors.delimiter_one'))\n",
        encoding="utf-8",
    )
    assert english_only_errors(tmp_path) == [
        "bad.py:1: InputError",
        "bad.py:2: QueryError",
        "bad.py:3: InputError",
        "bad.py:4: RegistryError",
        "bad.py:5: error",
    ]


def _error(capsys, *args: object) -> str:
    """The one line a failing command prints (it must fail)."""
    assert main([str(a) for a in args]) != 0
    return capsys.readouterr().err.strip()


def test_file_errors_in_danish(tmp_path: Path, demo_db: Path, capsys, monkeypatch) -> None:
    """Import and check refuse unreadable files with the catalogue's Danish sentence."""
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    missing = tmp_path / "mangler.csv"
    err = _error(capsys, "--lang", "da", "--db", tmp_path / "s.duckdb", "import", missing)
    assert err == f"fejl: {missing}: filen findes ikke"
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    err = _error(capsys, "--lang", "da", "--db", tmp_path / "s.duckdb", "import", empty)
    assert err == "fejl: tom.csv: filen er tom"
    err = _error(capsys, "--db", tmp_path / "s.duckdb", "import", empty)
    assert err == "error: tom.csv: the file is empty"
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,date\n1,Århus\n".encode("latin-1"))
    err = _error(capsys, "--lang", "da", "--db", tmp_path / "s.duckdb", "import", latin)
    assert err.startswith("fejl: latin.csv: ikke gyldig utf-8 (byte 0xc5 ved position 10); kod den om")
    binary = tmp_path / "artikel.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    err = _error(capsys, "--lang", "da", "--db", demo_db, "check", binary)
    assert err == "fejl: artikel.txt: ligner en binær fil, ikke tekst, Markdown eller HTML"


def test_mapping_file_errors_name_the_line_in_danish(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns:\n  id: a\n  date: b\n  side_a: c\ndelimiter: ';;'\n", encoding="utf-8")
    data = DATA / "ucdp" / "ged_libya_2014_sample.csv"
    args = ["--db", tmp_path / "s.duckdb", "import", data, "--mapping", mapping]
    err = _error(capsys, "--lang", "da", *args)
    assert err == f"fejl: {mapping} linje 5: delimiter skal være ét tegn, f.eks. ',' eller ';' eller '\\t'"
    err = _error(capsys, *args)
    assert err == f"error: {mapping} line 5: delimiter must be one character, e.g. ',' or ';' or '\\t'"


def test_registry_errors_in_danish(tmp_path: Path) -> None:
    from dyadscope.actors.registry import Registry

    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - id: x\n    name: X\n    class: wizard\n", encoding="utf-8")
    with pytest.raises(RegistryError) as caught:
        Registry.load(user)
    assert str(caught.value).startswith(f"{user} actor #1: class 'wizard' is not one of state, ")
    assert localized(caught.value, "da").startswith(f"{user} aktør nr. 1: class 'wizard' er ikke en af state, ")


def test_errors_keep_their_key_across_processes() -> None:
    """An import in a worker process sends its error back pickled: the key and the Danish survive."""
    import pickle

    from dyadscope.sources.reading import check_readable

    with pytest.raises(InputError) as caught:
        check_readable(Path("/no/such/file.csv"))
    again = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(again.args[0], Message)
    assert localized(again, "da") == "/no/such/file.csv: filen findes ikke"


def test_layout_descriptions_have_their_catalogue_entry() -> None:
    """The import names the file's layout in the CLI's language: each built-in layout's description is the English
    of its `layouts.<name>` entry (so changing one without the other fails here)."""
    from dyadscope.i18n import area, stored
    from dyadscope.sources import LAYOUTS, gdelt

    layouts = [*LAYOUTS, *gdelt.RAW_LAYOUTS.values()]
    assert len(layouts) >= 13
    entries = area("layouts")
    assert {layout.name: layout.description for layout in layouts} == {
        layout.name: entries[layout.name]["en"] for layout in layouts
    }
    assert stored(LAYOUTS[0].description, "layouts").in_lang("da") == entries[LAYOUTS[0].name]["da"]
