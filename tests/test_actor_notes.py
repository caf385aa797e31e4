"""Actor notes in English and Danish: the shipped registry has a Danish note beside every English one, and the
CLI's `actors show` and the web app's actor page show the note in the reader's language (the English only where an
actor has no Danish note: a user's own actor)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.cli import main
from web_server import Server

NUSRA = "jabhat_al_nusra"  # an actor with a note in the demo data's Syria, whose Danish note quotes producer names
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # "1990s" and "1990'erne" both hold 1990
_ID = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # a registry id written in a note (global_coalition)


def _one_line(text: str) -> str:
    return " ".join(text.split())  # rich wraps a long note over lines


def test_every_english_note_has_its_danish(registry: Registry) -> None:
    noted = [a for a in registry.actors.values() if a.note]
    assert len(noted) > 300  # the shipped registry, not an empty one
    missing = [a.id for a in noted if not a.note_da]
    assert not missing, f"actors with an English note and no note_da: {missing}"
    orphans = [a.id for a in registry.actors.values() if a.note_da and not a.note]
    assert not orphans, f"actors with a note_da and no English note: {orphans}"
    untranslated = [a.id for a in noted if a.note_da == a.note]
    assert not untranslated, untranslated
    # Years and ids stay as they are in a translation (the English note's facts, not new ones).
    for actor in noted:
        for pattern in (_YEAR, _ID):
            english, danish = set(pattern.findall(actor.note)), set(pattern.findall(actor.note_da))
            assert english == danish, (actor.id, english ^ danish)


def test_note_in_falls_back_to_english_only_without_a_danish_note(registry: Registry, tmp_path: Path) -> None:
    nusra = registry.actors[NUSRA]
    assert nusra.note_in("da") == (nusra.note_da, "da")
    assert nusra.note_in("en") == (nusra.note, "en")
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "actors:\n"
        "  - id: nobody_brigade\n    name: Nobody Brigade\n    class: rebel\n    note: an English note only\n"
        "  - id: somebody_brigade\n    name: Somebody Brigade\n    class: rebel\n"
        "    note: an English note\n    note_da: en dansk note\n",
        encoding="utf-8",
    )
    user = Registry.load(mine)
    assert user.actors["nobody_brigade"].note_in("da") == ("an English note only", "en")
    assert user.actors["somebody_brigade"].note_in("da") == ("en dansk note", "da")
    assert user.actors["somebody_brigade"].note_in("en") == ("an English note", "en")
    assert Registry.load(mine).actors["somebody_brigade"].note_da == "en dansk note"  # the same from the cache


def _show(capsys: pytest.CaptureFixture[str], demo_db: Path, *args: str) -> str:
    assert main(["--db", str(demo_db), *args]) == 0
    return _one_line(capsys.readouterr().out)


def test_cli_shows_the_note_in_danish(registry: Registry, demo_db: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    nusra = registry.actors[NUSRA]
    danish = _show(capsys, demo_db, "--lang", "da", "actors", "show", "Jabhat al-Nusra")
    assert f"note: {_one_line(nusra.note_da)}" in danish and _one_line(nusra.note) not in danish
    english = _show(capsys, demo_db, "actors", "show", "Jabhat al-Nusra")
    assert f"note: {_one_line(nusra.note)}" in english and _one_line(nusra.note_da) not in english
    # A note the library writes for an actor known only by a producer's naming convention is Danish too.
    haftar = "Military Forces of Libya (2014-) Haftar Faction"
    assert "navngivet efter producentens navnekonvention (årene 2014-)" in _show(
        capsys, demo_db, "--lang", "da", "actors", "show", haftar
    )
    assert "named by producer convention (years 2014-)" in _show(capsys, demo_db, "actors", "show", haftar)


def _note_on_page(page: str) -> tuple[str, str]:
    found = re.search(r'<dd lang="(\w+)">([^<]*)</dd>', page)
    assert found, page
    return found.group(1), html.unescape(found.group(2))


def test_web_actor_page_shows_the_note_in_the_pages_language(registry: Registry, web_server: Server) -> None:
    nusra = registry.actors[NUSRA]
    status, _, page = web_server.get(f"/actors/{NUSRA}?lang=da")
    assert status == 200 and '<html lang="da">' in page
    assert _note_on_page(page) == ("da", nusra.note_da)
    status, _, page = web_server.get(f"/actors/{NUSRA}?lang=en")
    assert status == 200 and _note_on_page(page) == ("en", nusra.note)
    # The JSON API keeps the English (its values are an API, as `--format json` is).
    assert json.loads(web_server.get(f"/api/actors/{NUSRA}?lang=da")[2])["note"] == nusra.note
