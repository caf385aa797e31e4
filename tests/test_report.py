"""The HTML report on real UCDP extracts: self-contained, rendered by headless Chromium without any network
request, numbers from the targeting analysis, Danish formatting, PNG export, and the CLI."""

from __future__ import annotations

import json
import re

import pytest

from dyadscope.cli import main
from dyadscope.errors import QueryError
from dyadscope.i18n import check_lang
from dyadscope.i18n.formats import date, number, percent
from dyadscope.report.build import build_report

WINDOW = {"country": "SYR", "start": "2016-04-01", "end": "2017-03-31"}


@pytest.fixture(scope="module")
def report_en(fixture_store):
    return build_report(fixture_store, "ISIS", **WINDOW, permutations=99)


def test_the_page_is_self_contained(report_en):
    html = report_en.html
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert html.count("<svg") == 5  # shares and monthly series (each for wide and narrow screens), map


def test_numbers_come_from_the_targeting_analysis(fixture_store, report_en):
    shares = fixture_store.targets("ISIS", by="class", **WINDOW)
    top = shares.table.iloc[0]
    assert f"{shares.total_events:,} events involving" in report_en.html
    assert f"{100 * top.share:.1f}%" in report_en.html and f"{100 * top.ci_low:.1f}%–" in report_en.html
    places = fixture_store.targets("ISIS", by="admin1", **WINDOW).table
    for name in places["label"]:
        assert f'<td class="name">{name}</td>' in report_en.html


def test_chromium_renders_charts_map_and_tables_without_network(browser, report_en, tmp_path):
    path = report_en.write(tmp_path / "report.html")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    attempted: list[str] = []
    page.on("request", lambda request: attempted.append(request.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(path.as_uri())
    for chart in ("shares", "monthly", "map"):
        box = page.locator(f'figure[data-chart="{chart}"] svg').locator("visible=true").bounding_box()
        assert box and box["width"] > 300 and box["height"] > 150, chart
    assert page.locator('figure[data-chart="map"] svg path').count() > 5  # country outlines
    assert page.locator("#governorates tbody tr").count() >= 3
    assert page.locator("#avoidance tbody tr").count() >= 1
    assert "UCDP" in page.locator("#credits").inner_text()
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    page.close()
    assert [url for url in attempted if not url.startswith("file:")] == []


def test_danish_formats_numbers_and_dates(fixture_store):
    report = build_report(fixture_store, "ISIS", **WINDOW, lang="da", permutations=99)
    assert "1. april 2016" in report.html and "31. marts 2017" in report.html
    assert re.search(r"\d+,\d\u00a0%", report.html)  # 12,3 %
    assert 'lang="da"' in report.html and "Hvem Islamisk Stat kæmpede mod i Syrien" in report.html


def test_i18n_formats():
    assert number(1234.5, "da", 1) == "1.234,5" and number(1234.5, "en", 1) == "1,234.5"
    assert percent(0.1234, "da") == "12,3\u00a0%"
    import datetime as dt

    assert date(dt.date(2014, 11, 21), "da") == "21. november 2014"
    with pytest.raises(QueryError):
        check_lang("fr")


def test_cli_writes_html_and_pngs(fixture_store, tmp_path, capsys):
    out, pngs = tmp_path / "r.html", tmp_path / "png"
    args = [
        "--db",
        fixture_store.store.path,
        "report",
        "ISIS",
        "--country",
        "SYR",
        "--from",
        "2016-04-01",
        "--to",
        "2017-03-31",
        "-o",
        str(out),
        "--png-dir",
        str(pngs),
        "--versus",
        "class:rebel",
    ]
    assert main(args) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    written = sorted(p.name for p in pngs.iterdir())
    assert written == ["map.png", "monthly.png", "shares.png"]
    assert all((pngs / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for name in written)
    assert main([*args[:3], "report", "Nobody at all", "-o", str(out)]) == 2


# --- any window, any store size: aggregated before charting, the map binned and saying so


def _map_values(report) -> list[dict]:
    dots = report.charts["map"].layer[1].data  # the layer of dots: the table the chart is given
    return dots.to_dict(orient="records")


@pytest.mark.parametrize("window", [{}, {"start": "2016-01-01", "end": "2017-12-31"}])
def test_reports_on_large_windows_of_the_demo_store(demo_store, window):
    """Issue 12: more than 5,000 events in the window crashed the report (Altair's MaxRowsError)."""
    from dyadscope.report import charts

    shares = demo_store.targets("ISIS", country="SYR", **window)
    assert shares.total_events > 5_000  # the size that crashed
    report = build_report(demo_store, "ISIS", country="SYR", **window, versus=[])
    dots = _map_values(report)
    assert 0 < len(dots) <= charts.MAP_POINTS
    assert sum(d["events"] for d in dots) <= shares.total_events
    note = r"Each dot gathers the events .* grid cell of [\d.]+° .*: [\d,]+ dots for [\d,]+ events"
    assert re.search(note, report.html)


def test_the_map_coarsens_its_grid_until_the_dots_fit(fixture_store, monkeypatch):
    from dyadscope.report import charts

    fine = build_report(fixture_store, "ISIS", **WINDOW, versus=[], permutations=9)
    monkeypatch.setattr(charts, "MAP_POINTS", 25)
    coarse = build_report(fixture_store, "ISIS", **WINDOW, versus=[], permutations=9)
    fine_dots, coarse_dots = _map_values(fine), _map_values(coarse)
    assert len(coarse_dots) <= 25 < len(fine_dots)
    assert sum(d["events"] for d in coarse_dots) == sum(d["events"] for d in fine_dots)  # binned, none dropped
    step = lambda html: float(re.search(r"grid cell of ([\d.]+)°", html).group(1))  # noqa: E731
    assert step(coarse.html) > step(fine.html)


# --- avoidance: one computation, both intervals, colour only where significant


def test_report_avoidance_is_the_cli_computation(fixture_store, capsys):
    """The same question gives the same p and intervals in the report as `dyadscope avoidance` (defaults)."""
    report = build_report(fixture_store, "ISIS", **WINDOW, versus=["Government of Syria"])
    result = fixture_store.avoidance("ISIS", "Government of Syria", "SYR", WINDOW["start"], WINDOW["end"])
    assert result.test.permutations == 9_999
    args = ["--db", fixture_store.store.path, "avoidance", "ISIS", "Government of Syria", "--country", "SYR"]
    assert main([*args, "--from", WINDOW["start"], "--to", WINDOW["end"], "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli["p_two_sided"] == result.test.p_two_sided and cli["ratio_ci_cells"] == list(result.ratio_ci_cells)
    row = re.search(r'<tr><td class="name">Government of Syria</td>(.*?)</tr>', report.html, re.S).group(1)
    low, high = result.ratio_ci
    clow, chigh = result.ratio_ci_cells
    assert f">{result.test.p_two_sided:.4f}<" in row
    assert f">{low:.2f}–{high:.2f}<" in row and f">{clow:.2f}–{chigh:.2f}<" in row
    assert "9,999 within-cell permutations (seed 1)" in report.html


def test_ratio_is_coloured_only_when_every_test_agrees(fixture_store):
    report = build_report(
        fixture_store, "ISIS", **WINDOW, versus=["Government of Syria", "class:rebel"], permutations=999
    )
    for other in ("Government of Syria", "class:rebel"):
        result = fixture_store.avoidance("ISIS", other, "SYR", WINDOW["start"], WINDOW["end"], permutations=999)
        cells_low, cells_high = result.ratio_ci_cells
        significant = result.test.p_two_sided < 0.05 and not cells_low <= 1 <= cells_high
        assert (result.verdict != "inconclusive") == significant
        ratio = f"{result.ratio:.2f}"
        coloured = re.search(rf'class="num (fewer|more)" data-label="Ratio">{re.escape(ratio)}<', report.html)
        assert bool(coloured) == significant, other


# --- Danish all through, and a page that fits a phone


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(style|svg)\b.*?</\1>", " ", html, flags=re.S))


@pytest.fixture(scope="module")
def reports_both_versus(fixture_store):
    versus = ["Government of Syria", "class:rebel"]
    return {
        lang: build_report(fixture_store, "ISIS", **WINDOW, lang=lang, versus=versus, permutations=99)
        for lang in ("en", "da")
    }


def test_danish_report_has_no_english_left(reports_both_versus):
    text = _visible_text(reports_both_versus["da"].html)
    for english in (
        "Counted:",
        "Source:",
        "Intervals:",
        "Government of Syria",
        "Islamic State",
        "UCDP GED records only",
        "Engagements are undirected",
        "Country outlines",
        "any rebel",
    ):
        assert english not in text, english
    for danish in ("Islamisk Stat", "Syriens regering", "Talt:", "Kilde: UCDP", "Landegrænser", " 99 permutationer"):
        assert danish in text, danish
    assert not re.search(r"\d,\d{3}(?!\d)", text)  # no English thousands separator beside Danish ones
    assert re.search(r">\d+\u00a0%<", reports_both_versus["da"].html)  # chart axes read "20 %", as Danish writes it
    # Vega's own descriptions of axes and marks are English only: the charts carry none ("X-axis titled ...").
    assert "X-axis" not in reports_both_versus["da"].html and 'aria-label="share' not in reports_both_versus["da"].html


@pytest.mark.parametrize("lang", ["en", "da"])
def test_no_sideways_scroll_and_readable_charts_at_390px(browser, reports_both_versus, tmp_path, lang):
    path = reports_both_versus[lang].write(tmp_path / f"report-{lang}.html")
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(path.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate("document.body.scrollWidth") <= 390
    for chart in ("shares", "monthly"):
        sizes = page.eval_on_selector_all(
            f'figure[data-chart="{chart}"] svg text',
            "els => els.filter(e => e.getClientRects().length).map(e => e.getBoundingClientRect().height)",
        )
        assert sizes and min(sizes) >= 9, (chart, min(sizes or [0]))  # not the 6 px of a shrunken wide chart
    page.close()


def test_a_report_asked_again_renders_no_chart_and_reads_the_same(fixture_store, report_en, monkeypatch):
    """vl-convert's engine costs ~0.9 s to start: an SVG is cached by its spec, locale and vl-convert version."""
    from dyadscope.report import charts

    def no_render(*args, **kwargs):
        raise AssertionError("rendered a chart the cache holds")

    monkeypatch.setattr(charts.vlc, "vegalite_to_svg", no_render)
    assert build_report(fixture_store, "ISIS", **WINDOW, permutations=99).html == report_en.html
    with pytest.raises(AssertionError, match="the cache holds"):  # a chart no test has asked for is rendered
        build_report(fixture_store, "ISIS", country="SYR", start="2016-04-02", end="2017-03-30", versus=[])
