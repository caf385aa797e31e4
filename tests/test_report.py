"""The HTML report on real UCDP extracts: self-contained, rendered by headless Chromium without any network
request, numbers from the targeting analysis, Danish formatting, PNG export, and the CLI."""

from __future__ import annotations

import re

import pytest

from dyadscope.cli import main
from dyadscope.errors import QueryError
from dyadscope.report import i18n
from dyadscope.report.build import build_report

WINDOW = {"country": "SYR", "start": "2016-04-01", "end": "2017-03-31"}


@pytest.fixture(scope="module")
def report_en(fixture_store):
    return build_report(fixture_store, "ISIS", **WINDOW, permutations=99)


def test_the_page_is_self_contained(report_en):
    html = report_en.html
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert html.count("<svg") == 3  # shares, monthly series, map


def test_numbers_come_from_the_targeting_analysis(fixture_store, report_en):
    shares = fixture_store.targets("ISIS", by="class", **WINDOW)
    top = shares.table.iloc[0]
    assert f"{shares.total_events:,} events involving" in report_en.html
    assert f"{100 * top.share:.1f}%" in report_en.html and f"{100 * top.ci_low:.1f}%–" in report_en.html
    places = fixture_store.targets("ISIS", by="admin1", **WINDOW).table
    for name in places["label"]:
        assert f"<td>{name}</td>" in report_en.html


def test_chromium_renders_charts_map_and_tables_without_network(browser, report_en, tmp_path):
    path = report_en.write(tmp_path / "report.html")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    attempted: list[str] = []
    page.on("request", lambda request: attempted.append(request.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(path.as_uri())
    for chart in ("shares", "monthly", "map"):
        box = page.locator(f'figure[data-chart="{chart}"] svg').bounding_box()
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
    assert 'lang="da"' in report.html and "Hvem Islamic State kæmpede mod i Syrien" in report.html


def test_i18n_formats():
    assert i18n.number(1234.5, "da", 1) == "1.234,5" and i18n.number(1234.5, "en", 1) == "1,234.5"
    assert i18n.percent(0.1234, "da") == "12,3\u00a0%"
    import datetime as dt

    assert i18n.date(dt.date(2014, 11, 21), "da") == "21. november 2014"
    with pytest.raises(QueryError):
        i18n.check_lang("fr")


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
