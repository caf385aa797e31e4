"""The web app's journeys in real Chromium (Debian's, driven by playwright): explore, actor page, shared URL,
claim check, upload into quarantine, Danish, 390 px, and axe-core (vendored by axe-playwright-python) on every page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from web_server import Server

ARTICLE = Path(__file__).parent / "data" / "claims" / "article_excerpt.txt"
MALFORMED = Path(__file__).parent / "data" / "web" / "malformed_ucdp.csv"
ISIS_2014 = "/explore?actor=ISIS&country=SYR&from=2014-01-01&to=2014-12-31"
PAGES = {
    "overview": "/",
    "explore": ISIS_2014,
    "actor": "/actors/isis",
    "avoidance": "/avoidance?a=ISIS&b=Government+of+Syria&country=SYR&from=2014-01-01&to=2014-12-31",
    "check": "/check",
    "imports": "/imports",
    "quarantine": "/quarantine",
    "api": "/api",
}


@pytest.fixture
def page(browser, web_server: Server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    outside: list[str] = []
    tab.on(
        "request", lambda r: outside.append(r.url) if not r.url.startswith((web_server.base, "data:", "blob:")) else 0
    )
    yield tab
    context.close()
    assert not outside, f"the page asked the network for {outside}"


def _row(page, label: str) -> list[str]:
    return [c.strip() for c in page.locator("#results tbody tr", has_text=label).first.inner_text().split("\t")]


def test_explore_isis_in_syria_2014_by_class(page, web_server: Server) -> None:
    page.goto(web_server.base + "/explore")
    page.locator("input[name=actor]").fill("ISIS")
    page.locator("select[name=country]").select_option("SYR")
    page.locator("input[name=from]").fill("2014-01-01")
    page.locator("input[name=to]").fill("2014-12-31")
    page.get_by_role("button", name="Show").click()
    page.wait_for_selector("#results")
    row = _row(page, "state forces")
    assert row[:3] == ["state forces", "613", "29.0%"]
    assert "27.1%–31.0%" in row[3]
    assert "actor=ISIS" in page.url and "country=SYR" in page.url and "from=2014-01-01" in page.url
    page.wait_for_selector("div.vega svg", timeout=20_000)  # the chart drew (CSP-safe Vega)
    page.wait_for_selector(".leaflet-interactive", timeout=20_000)  # the map drew its binned events
    assert "Counted: 2,111 engagements" in page.locator(".caveats").inner_text()


def test_explore_counts_a_renamed_actor_under_its_own_name(browser, web_server: Server) -> None:
    # HTS in Syria, 2017: 263 events with its other name (Jabhat Fateh al-Sham), 236 under the name HTS alone,
    # as `dyadscope targets HTS --name-alone` counts them; the checkbox works in both languages at 390 px.
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        for lang, label, counted in (("en", "Only the actor's own name", "Counted: 236"), ("da", "eget navn", "236")):
            page.goto(web_server.base + f"/explore?actor=HTS&country=SYR&from=2017-01-01&to=2017-12-31&lang={lang}")
            page.wait_for_selector("#results")
            assert "263" in page.locator(".caveats").inner_text()
            box = page.get_by_label(label)
            box.check()
            page.locator("form button[type=submit]").first.click()
            page.wait_for_selector("#results")
            assert "name_alone=1" in page.url and page.get_by_label(label).is_checked()
            assert counted in page.locator(".caveats").inner_text()
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_actor_page_from_the_table_and_a_shared_url(page, browser, web_server: Server) -> None:
    page.goto(web_server.base + ISIS_2014 + "&by=actor")
    first = page.locator("#results tbody th a").first
    name = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == f"Actor: {name}"
    assert "/actors/" in page.url and page.locator("dl.facts").is_visible()
    # The actor's own page links back: ISIS from the lede of the class table.
    page.goto(web_server.base + ISIS_2014)
    page.locator("p.lede a").click()
    assert page.locator("h1").inner_text() == "Actor: Islamic State"
    assert "Daesh" in page.locator("dl.facts").inner_text()
    # A shared URL, opened in a fresh browser context, shows the same table.
    shared = web_server.base + ISIS_2014 + "&by=admin1&with=Government+of+Syria"
    page.goto(shared)
    before = page.locator("#results").inner_text()
    other = browser.new_context()
    try:
        fresh = other.new_page()
        fresh.goto(shared)
        assert fresh.locator("#results").inner_text() == before
        assert fresh.get_by_label("Break down by").input_value() == "admin1"
    finally:
        other.close()


def test_check_the_bundled_article(page, web_server: Server) -> None:
    page.goto(web_server.base + "/check")
    page.get_by_label("Article text").fill(ARTICLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("article.card", timeout=60_000)
    cards = page.locator("article.card")
    assert cards.count() >= 8
    assert page.locator("mark").count() >= 8
    card = page.locator("article.card", has_text="Just 13%")
    assert "not checkable" in card.inner_text().lower()
    assert "613 / 2,111 = 29.0%" in card.inner_text()  # the nearest whole year, as context
    card.get_by_role("link", name="Open in Explore").click()
    page.wait_for_selector("#results")
    assert "actor=" in page.url and page.locator("#results").is_visible()


def test_upload_a_malformed_csv_and_find_it_in_quarantine(browser, web_import_server: Server) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(web_import_server.base + "/imports")
        page.get_by_label("File").set_input_files(str(MALFORMED))
        page.get_by_role("button", name="Import").click()
        page.wait_for_selector("#see-quarantine", timeout=60_000)  # htmx polled the job until it ended
        assert "Imported malformed_ucdp.csv" in page.locator("#job h2").inner_text()
        page.locator("#see-quarantine").click()
        page.wait_for_selector("#quarantine")
        text = page.locator("#quarantine").inner_text()
        for reason in ("bad-date", "bad-coordinates", "negative-deaths", "missing-side", "malformed-row"):
            assert reason in text
        assert "2016-13-45" in text and "123.5" in text
        page.get_by_label("Reason").select_option("bad-date")
        page.get_by_role("button", name="Filter").click()
        rows = page.locator("#quarantine tbody tr")
        assert rows.count() == 1 and "2016-13-45" in rows.first.inner_text()
        # An imported side name that is a script shows as text in the table and the chart, and never runs.
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(web_import_server.base + "/explore?actor=Government+of+Syria&from=2016-01-02&to=2016-01-02&by=actor")
        page.wait_for_selector("div.vega svg", timeout=20_000)
        assert '</script><script>alert("side")</script>' in page.locator("#results").inner_text()
        assert not dialogs
    finally:
        context.close()


def test_switch_to_danish(page, web_server: Server) -> None:
    page.goto(web_server.base + ISIS_2014)
    page.get_by_role("link", name="Vis på dansk").click()
    page.wait_for_selector("html[lang=da]")
    assert "lang=da" in page.url
    assert _row(page, "statsstyrker")[:3] == ["statsstyrker", "613", "29,0\u00a0%"]
    assert page.locator("h1").inner_text().startswith("Udforsk")
    page.get_by_role("link", name="Tjek en artikel").click()  # the language follows the navigation
    assert page.locator("h1").inner_text() == "Tjek tallene i en artikel"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            {
                "heading": "Whom Islamic State engaged in Syria",
                "actor": "Government of Syria",
                "axis": "0%",
                "zoom": "Zoom in",
                "tip": "events",
            },
        ),
        (
            "da",
            {
                "heading": "Hvem Islamisk Stat kæmpede mod i Syrien",
                "actor": "Syriens regering",
                "axis": "0\u00a0%",
                "zoom": "Zoom ind",
                "tip": "hændelser",
            },
        ),
    ],
)
def test_explore_by_actor_names_actors_countries_and_map_controls_in_the_page_language(
    browser, web_server: Server, lang: str, words: dict[str, str]
) -> None:
    """At 390 px: the heading, the table, the chart's bars and axis, the map's buttons and tips in one language,
    and none of Vega's English descriptions of axes and marks ("X-axis titled ...") for a screen reader."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(web_server.base + ISIS_2014 + f"&by=actor&lang={lang}")
        page.wait_for_selector("div.vega svg", timeout=20_000)
        page.wait_for_selector(".leaflet-interactive", timeout=20_000)
        assert page.locator("#result-title").inner_text().startswith(words["heading"])
        assert page.locator("#results tbody th", has_text=words["actor"]).count() == 1
        chart = page.locator("figure.chart").first
        assert words["actor"] in chart.locator("svg").inner_html() and words["axis"] in chart.inner_text()
        assert not page.locator("div.vega [aria-label*='axis'], div.vega [aria-label*='label:']").count()
        zoom = page.locator(".leaflet-control-zoom-in")
        assert zoom.get_attribute("title") == words["zoom"] == zoom.get_attribute("aria-label")
        page.locator(".leaflet-interactive").first.hover(force=True)
        tip = page.locator(".leaflet-tooltip").first
        tip.wait_for(timeout=5_000)
        assert words["tip"] in tip.inner_text() and "†" not in tip.inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_short_tables_fit_a_phone_and_the_api_page_is_danish(browser, web_server: Server) -> None:
    """At 390 px the actor page's and the overview's short tables show every number whole (no scroll region cutting
    '390' to '39', or hiding the counts of events by year); the API page's column headers follow the page language."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        for lang in ("en", "da"):
            page.goto(web_server.base + f"/actors/govt_syr?lang={lang}")
            regions = page.locator(".scroll:has(table.compact)")
            assert regions.count() == 2
            assert lang == "en" or page.locator("h1").inner_text() == "Aktør: Syriens regering"
            for i in range(2):
                assert regions.nth(i).evaluate("el => el.scrollWidth <= el.clientWidth"), (lang, i)
            page.goto(web_server.base + f"/?lang={lang}")
            years = page.locator(".scroll.overview-years")
            assert years.evaluate("el => el.scrollWidth <= el.clientWidth") and "2014" in years.inner_text()
        page.goto(web_server.base + "/api?lang=da")
        assert page.locator("thead").inner_text().split() == ["Sti", "Metode", "Note"]
        assert page.locator(".scroll").evaluate("el => el.scrollWidth <= el.clientWidth")
        page.goto(web_server.base + "/explore?actor=ISIS&country=SYR&from=2017-01-01&to=2017-12-31&lang=da")
        page.locator("details", has_text="Måned for måned").locator("summary").click()
        months = page.locator("details .scroll")
        assert "12" in months.inner_text() and months.evaluate("el => el.scrollWidth <= el.clientWidth")
    finally:
        context.close()


def test_same_command_follows_the_page_language(page, web_server: Server, capsys) -> None:
    """The 'same command' box of a Danish page asks for Danish; pasted, it prints the Danish table."""
    import shlex

    from dyadscope.cli import main

    for path in (ISIS_2014, PAGES["avoidance"]):
        page.goto(web_server.base + path + "&lang=en")  # the toggle's cookie would keep the last language
        assert "--lang" not in page.locator("#cli-command").inner_text()
        page.goto(web_server.base + path + "&lang=da")
        words = shlex.split(page.locator("#cli-command").inner_text())
        assert words[:3] == ["dyadscope", "--lang", "da"]
    assert main([*words[1:], "--permutations", "19"]) == 0  # the avoidance command, as a user would paste it
    assert "konklusion:" in capsys.readouterr().out


@pytest.mark.parametrize("name", list(PAGES))
def test_390_px_without_sideways_scroll(browser, web_server: Server, name: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        for lang in ("en", "da"):
            path = PAGES[name]
            page.goto(web_server.base + path + ("&" if "?" in path else "?") + f"lang={lang}")
            page.wait_for_load_state("networkidle")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{name} ({lang}) is {width} px wide"
    finally:
        context.close()


def test_keyboard_reaches_the_form_and_the_skip_link(page, web_server: Server) -> None:
    page.goto(web_server.base + "/explore")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "actor":
            break
    assert page.evaluate("document.activeElement.name") == "actor"
    page.keyboard.type("ISIS")
    page.keyboard.press("Enter")
    page.wait_for_selector("#results")


def test_axe_finds_no_serious_violation(page, web_server: Server) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for name, path in PAGES.items():
        page.goto(web_server.base + path)
        page.wait_for_load_state("networkidle")
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in violation["nodes"]][:3]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {targets}")
    assert not problems, "\n".join(problems)


def test_check_the_bundled_article_in_danish_at_390_px(browser, web_server: Server) -> None:
    """The English article checked on the Danish page of a phone: the card's kind, actor and means in Danish, and the
    page never scrolls sideways."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(web_server.base + "/check?lang=da")
        page.get_by_label("Artiklens tekst").fill(ARTICLE.read_text(encoding="utf-8"))
        page.get_by_role("button", name="Tjek").click()
        page.wait_for_selector("article.card", timeout=60_000)
        card = page.locator("article.card", has_text="more than two-thirds")
        card.locator("summary").click()
        text = card.inner_text()
        for danish in ("andel med et kendetegn", "Syriens regering", "luftangreb", "ikke efterprøvelig"):
            assert danish in text.lower() or danish in text, danish
        assert "Government of Syria" not in text and "airstrikes" not in text
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()
