"""`dyadscope --lang da check` of an English article: the table's structured column, the reasons and the --html page
read in Danish (kinds, the registry's Danish actor names, means, countries); without --lang the same run is English,
so each check can fail. The article is the bundled excerpt of 'ISIS a US proxy?' (tests/data/claims).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.claims.wording import kind_word, measure_word, note, note_text
from dyadscope.cli import main

ARTICLE = Path(__file__).parent / "data" / "claims" / "article_excerpt.txt"


def _run(capsys, monkeypatch, *args: object) -> str:
    monkeypatch.delenv("DYADSCOPE_LANG", raising=False)
    monkeypatch.setattr("dyadscope.cli.render.PIPE_WIDTH", 4000)  # one table row per line: each cell reads whole
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return " ".join(out.out.replace("│", " ").split())  # the table's cells as one line of words


@pytest.fixture(scope="module")
def runs(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The table and the --html page of one check, in Danish (--lang da) and in English (no --lang)."""
    folder = tmp_path_factory.mktemp("check-da")
    pages = {}
    for lang in ("da", "en"):
        page = folder / f"{lang}.html"
        args = ["--lang", lang] if lang == "da" else []
        pages[f"{lang}.args"] = json.dumps([*args, "--db", str(demo_db), "check", str(ARTICLE), "--html", str(page)])
        pages[f"{lang}.page"] = str(page)
    return pages


def test_the_check_table_of_an_english_article_in_danish(runs, capsys, monkeypatch):
    danish = _run(capsys, monkeypatch, *json.loads(runs["da.args"]))
    # "other rebel groups" counted first as the rebel class (docs/claims.md, round 22, defs)
    for word in ("andel Islamisk Stat → ikke-jihadistiske oprørsgrupper", "andel Islamisk Stat → Syriens regering"):
        assert word in danish, word
    assert "andel med et kendetegn Syriens regering" in danish and "antal Syriens regering" in danish
    assert "(luftangreb)" in danish and "ikke hændelsesdata" in danish
    for english in ("Government of Syria", "Islamic State", "attribute_share", "not_event_data", "(airstrikes)"):
        assert english not in danish, english
    english = _run(capsys, monkeypatch, *json.loads(runs["en.args"]))
    for word in ("share Islamic State → other rebel groups", "attribute_share Government of Syria", "(airstrikes)"):
        assert word in english, word


def test_the_check_page_of_an_english_article_in_danish(runs, capsys, monkeypatch):
    _run(capsys, monkeypatch, *json.loads(runs["da.args"]))
    page = Path(runs["da.page"]).read_text(encoding="utf-8")
    assert '<html lang="da">' in page and "Påstande i article_excerpt.txt" in page and "Lavet med dyadscope" in page
    cards = dict(re.findall(r"<dt>([^<]*)</dt><dd>([^<]*)</dd>", page))  # the last card's rows, for the labels
    assert {"påstand", "slags", "aktør", "modpart", "sted", "periode", "mål", "data", "kilder"} <= set(cards)
    for row in (
        "<dt>slags</dt><dd>andel med et kendetegn</dd>",
        "<dt>mål</dt><dd>luftangreb</dd>",
        "<dt>aktør</dt><dd>Syriens regering</dd>",
        "<dt>mål</dt><dd>“troops”</dd>",
    ):
        assert row in page, row
    outside_article = re.sub(r'<div class="para".*?</div>|<code>.*?</code>|<footer>.*?</footer>', "", page, flags=re.S)
    for english in ("Claims in", "Made by", "<dt>claim</dt>", "Government of Syria", "airstrikes", "not checkable"):
        assert english not in outside_article, english
    _run(capsys, monkeypatch, *json.loads(runs["en.args"]))  # without --lang: the article's language, English
    english = Path(runs["en.page"]).read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "<dt>kind</dt><dd>share with a trait</dd>" in english
    assert "<dt>measure</dt><dd>airstrikes</dd>" in english and "<dt>actor</dt><dd>Government of Syria</dd>" in english


def test_json_keeps_machine_values_and_carries_danish_texts(demo_db, capsys, monkeypatch):
    args = ["--db", demo_db, "check", ARTICLE, "--format", "json"]
    english, danish = _run(capsys, monkeypatch, *args), _run(capsys, monkeypatch, "--lang", "da", *args)
    assert english == danish  # the JSON is an API: the same under every --lang (docs/i18n.md)
    claims = {c["id"]: c for c in json.loads(danish)["claims"]}
    share = next(c for c in claims.values() if c["kind"] == "attribute_share")
    assert share["actor"] == "Government of Syria" and share["country"] == "SYR" and share["measure"] == "airstrikes"
    assert "(luftangreb)" in share["verdict"]["da"]["reason"] and share["verdict"]["da"]["actor"] == "Syriens regering"


def test_kinds_means_and_note_names_in_danish():
    assert [kind_word(k, "da") for k in ("share", "count", "attribute_share")] == [
        "andel",
        "antal",
        "andel med et kendetegn",
    ]
    assert measure_word("Airstrikes", "da") == "luftangreb" and measure_word("airstrikes", "en") == "airstrikes"
    assert measure_word("camps", "da") == "camps"  # not listed: as the article wrote it
    stored = note("note_based", country="SYR", actor="Government of Syria")
    assert (
        note_text(stored, "da", Registry.load())[0]
        == "land: Syrien, hvor Syriens regering har base (sætningen nævner intet)"
    )
    assert note_text(stored, "da")[0].startswith("land: Syrien, hvor Government of Syria")  # no registry: as stored
    assert note_text(stored, "en")[0] == stored


def test_the_danish_check_page_fits_a_phone(runs, browser, capsys, monkeypatch):
    """The --html page in Danish at 390 px: one column, no sideways scroll, the card's rows in Danish."""
    _run(capsys, monkeypatch, *json.loads(runs["da.args"]))
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(Path(runs["da.page"]).as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        card = page.locator(".card", has_text="more than two-thirds")
        assert "slags" in card.inner_text() and "luftangreb" in card.inner_text()
        box = card.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    finally:
        context.close()


def test_the_articles_own_words_in_a_danish_note_are_quoted():
    """'the same period' inside a Danish note is the article's English, quoted as such."""
    stored = note("note_same_as", text="the same period")
    assert note_text(stored, "da")[0] == "samme som den forrige påstand (“the same period”)"
    assert note_text(stored, "en")[0] == "same as the previous claim (the same period)"
