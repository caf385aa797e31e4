"""The string catalogue: every key in every language, the same placeholders in each, no key unused, no twins."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from dyadscope.i18n import LANGS, Message, area, area_text, catalogue, from_english, localized, msg, placeholders, t
from dyadscope.i18n.formats import class_name, date, number, percent

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadscope"


def test_every_key_has_every_language() -> None:
    missing = {key: sorted(set(LANGS) - set(texts)) for key, texts in catalogue().items() if set(texts) != set(LANGS)}
    assert not missing
    empty = [key for key, texts in catalogue().items() if not all(isinstance(texts[lang], str) for lang in LANGS)]
    assert not empty


def test_no_key_is_written_twice_in_a_file() -> None:
    """YAML keeps the last of two equal keys silently: each top-level line of a file must be an entry of its own."""
    for path in (SRC / "i18n" / "catalogue").glob("*.yaml"):
        written = len(re.findall(r"^[^\s#]", path.read_text(encoding="utf-8"), re.M))
        assert written == len(area(path.stem)), path.name


def test_placeholders_match_between_languages() -> None:
    differ = {
        key: {lang: sorted(placeholders(texts[lang])) for lang in LANGS}
        for key, texts in catalogue().items()
        if len({frozenset(placeholders(texts[lang])) for lang in LANGS}) > 1
    }
    assert not differ


def _source_strings() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every string literal in the package and its templates, and each f-string as a pattern."""
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):  # f"area.{name}"
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values]
                patterns.append(re.compile("".join(parts)))
    for path in [*SRC.rglob("*.html"), *SRC.rglob("*.j2")]:
        text = path.read_text(encoding="utf-8")
        literals.update(re.findall(r"""["']([a-z0-9_]+)["']""", text))
        patterns += [re.compile(re.escape(p) + ".+") for p in re.findall(r"""["']([a-z0-9_]+)["'] *\+""", text)]
    return literals, patterns


def test_no_key_is_unused() -> None:
    """A key counts as used when the code names it, in full or without its area, literally or by an f-string."""
    literals, patterns = _source_strings()
    unused = []
    for key in catalogue():
        names = (key, key.split(".", 1)[1])
        if not any(n in literals or any(p.fullmatch(n) for p in patterns) for n in names):
            unused.append(key)
    assert not unused


def test_one_entry_per_phrase() -> None:
    """Two keys with the same English and Danish phrase are one thing defined twice (put it in common.yaml).

    A word or two ('events', 'Sources') may name different things (a column, a menu choice) and part ways in
    some language later; a phrase of three words or more, or one with placeholders, is a copy."""
    by_text: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, texts in catalogue().items():
        if len(texts["en"].split()) >= 3 or placeholders(texts["en"]):
            by_text[tuple(texts[lang] for lang in LANGS)].append(key)
    assert not [keys for keys in by_text.values() if len(keys) > 1]


def test_lookup_fills_fields_and_falls_back_to_common() -> None:
    assert t("report.title", "da", actor="ISIS", where=" i Syrien") == "Hvem ISIS kæmpede mod i Syrien"
    assert area_text("report", "total", "da") == "I alt" == t("common.total", "da")
    with pytest.raises(KeyError):
        t("report.no such key", "en")


def test_formats() -> None:
    import datetime as dt

    assert number(1234.5, "da", 1) == "1.234,5" and number(1234.5, "en", 1) == "1,234.5"
    assert percent(0.123, "da") == "12,3\u00a0%" and percent(0.123, "en") == "12.3%"
    assert date(dt.date(2014, 3, 1), "da") == "1. marts 2014" and date(dt.date(2014, 3, 1), "en") == "1 March 2014"
    assert class_name("state forces + jihadist", "da") == "statsstyrker + jihadister"


def test_message_is_english_and_knows_its_danish() -> None:
    from dyadscope.errors import QueryError

    error = QueryError(msg("errors.lang", langs="en, da", lang="'fr'"))
    assert str(error) == "--lang must be one of en, da, not 'fr'"
    assert localized(error, "da") == "--lang skal være en af en, da, ikke 'fr'"
    assert localized(QueryError("plain English"), "da") == "plain English"
    note = msg("targeting.note_dedupe_counted", linked=1234, records=5000)
    assert isinstance(note, Message)
    assert note == "--dedupe: 1,234 of 5,000 records describe an event already counted (linked)"
    assert from_english(note, "da").startswith("--dedupe: 1.234 af 5.000 poster")


def test_from_english_translates_stored_notes() -> None:
    english = t("targeting.note_fatality_interval")
    assert from_english(english, "da", "targeting") == t("targeting.note_fatality_interval", "da") != english
    assert from_english("a note nobody wrote", "da", "targeting") == "a note nobody wrote"


def test_web_pages_show_errors_in_their_language(web_server) -> None:
    """An unknown actor on a Danish page is refused in Danish; the English page keeps the English sentence."""
    status, _, page = web_server.get("/explore?actor=Daesx&lang=da")
    assert status == 404 and "ingen aktør hedder" in page and "no actor named" not in page
    status, _, page = web_server.get("/explore?actor=Daesx&lang=en")
    assert status == 404 and "no actor named" in page
