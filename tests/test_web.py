"""`dyadscope serve` over HTTP: a real uvicorn subprocess on a free port, serving the demo store read-only.

The browser journeys (real Chromium) are in test_web_browser.py; both use the servers of conftest.py (web_server).
"""

from __future__ import annotations

import html
import json
import re
import shlex
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import duckdb
import pytest

from dyadscope.cli import main
from dyadscope.errors import QueryError
from test_avoidance import figures
from web_server import Server

ISIS_2014 = "actor=ISIS&country=SYR&from=2014-01-01&to=2014-12-31"
AVOID_2014 = "a=ISIS&b=Government+of+Syria&country=SYR&from=2014-01-01&to=2014-12-31&permutations=999"
MALFORMED = Path(__file__).parent / "data" / "web" / "malformed_ucdp.csv"


def test_api_targets_gives_the_cli_numbers(web_server: Server, demo_db: Path, capsys) -> None:
    status, _, body = web_server.get(f"/api/targets?{ISIS_2014}")
    assert status == 200
    data = json.loads(body)
    state = next(r for r in data["rows"] if r["key"] == "state")
    assert (state["events"], round(state["share"], 3)) == (613, 0.290)
    assert data["total_events"] == 2111
    assert data["command"] == f"dyadscope --db {demo_db} targets ISIS --country SYR --from 2014-01-01 --to 2014-12-31"
    assert main([*shlex.split(data["command"])[1:], "--format", "json"]) == 0  # the command, as a user would paste it
    cli = json.loads(capsys.readouterr().out)
    assert cli["rows"] == data["rows"] and cli["caveats"] == data["caveats"]


def test_explore_page_table_footer_and_command(web_server: Server) -> None:
    status, headers, page = web_server.get(f"/explore?{ISIS_2014}")
    assert status == 200
    assert ">613<" in page and "29.0%" in page and "27.1%–31.0%" in page
    assert "Counted: 2,111 engagements between sides" in page  # the CLI's footer, word for word
    assert "targets ISIS --country SYR --from 2014-01-01 --to 2014-12-31" in page
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-eval" not in csp
    assert "http://" not in page.replace(web_server.base, "") and "https://" not in page  # nothing from outside


def test_danish_numbers_and_labels(web_server: Server) -> None:
    _, _, page = web_server.get(f"/explore?{ISIS_2014}&lang=da")
    assert '<html lang="da">' in page and "Hændelser" in page and "29,0\u00a0%" in page and "2.111" in page


@pytest.mark.parametrize(("lang", "named"), [("en", "in Syria"), ("da", "i Syrien")])
def test_headings_and_pickers_name_the_country(web_server: Server, lang: str, named: str) -> None:
    """A heading says "in Syria" / "i Syrien", never the store's code ("in SYR"); the pickers show both."""
    _, _, page = web_server.get(f"/explore?{ISIS_2014}&lang={lang}")
    heading = re.search(r'<h2 id="result-title">(.*?)</h2>', page).group(1)
    assert named in heading and "SYR" not in heading
    assert re.search(rf'<option value="SYR" selected>{named.split()[1]} \(SYR\)</option>', page)
    _, _, page = web_server.get(f"/avoidance?{AVOID_2014}&lang={lang}")
    heading = re.search(r'<h2 id="avoid-title">(.*?)</h2>', page, re.S).group(1)
    assert f"({named.split()[1]})" in heading and "SYR" not in heading


def test_avoidance_api_equals_the_cli(web_server: Server, demo_db: Path, capsys) -> None:
    status, _, body = web_server.get(f"/api/avoidance?{AVOID_2014}")
    assert status == 200
    web = json.loads(body)
    args = ["ISIS", "Government of Syria", "--country", "SYR", "--from", "2014-01-01", "--to", "2014-12-31"]
    assert main(["--db", str(demo_db), "avoidance", *args, "--permutations", "999", "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    for key in ("observed", "expected", "p_two_sided", "p_lower", "p_upper", "permutations", "ratio_ci"):
        assert web[key] == pytest.approx(cli[key]), key
    assert web["no_exposure"] == cli["no_exposure"]
    _, _, page = web_server.get(f"/avoidance?{AVOID_2014}")
    assert f"{cli['p_two_sided']:.4f}" in page


def _caveats(page: str) -> list[str]:
    """The lines of a page's caveats list, unescaped."""
    block = page.split('<div class="caveats"', 1)[1].split("</div>", 1)[0]
    return [html.unescape(li) for li in re.findall(r"<li>(.*?)</li>", block, re.S)]


def test_danish_avoidance_page_has_danish_caveats(web_server: Server) -> None:
    english = _caveats(web_server.get(f"/avoidance?{AVOID_2014}")[2])
    page = web_server.get(f"/avoidance?{AVOID_2014}&lang=da")[2]
    danish = _caveats(page)
    assert not any(s in page for s in ("finest period", "as asked", "dated only to the year", "× month"))
    assert len(danish) == len(english) >= 2
    for en, da in zip(english, danish, strict=True):
        assert en != da and figures(da, "da") == figures(en, "en"), (en, da)
    assert not any(s in " ".join(danish) for s in ("UCDP GED records", "Engagements are undirected", "Left out"))


def test_pages_and_their_json_twins(web_server: Server) -> None:
    for path in ("/", "/actors/isis", "/check", "/imports", "/quarantine", "/api"):
        status, _, page = web_server.get(path)
        assert status == 200, path
        assert "<h1>" in page
    spec = json.loads(web_server.get("/api/openapi.json")[2])
    assert spec["openapi"].startswith("3.")
    for path in ("/api/targets", "/api/avoidance", "/api/check", "/api/actors/{actor_id}", "/api/quarantine"):
        assert path in spec["paths"]
    overview = json.loads(web_server.get("/api/overview")[2])
    assert overview["events"] == sum(s["events"] for s in overview["sources"]) > 60_000
    actor = json.loads(web_server.get("/api/actors/isis")[2])
    assert actor["name"] == "Islamic State" and "Daesh" in actor["aliases"] and actor["activity"]


def test_check_api_finds_the_article_claims(web_server: Server) -> None:
    text = (Path(__file__).parent / "data" / "claims" / "article_excerpt.txt").read_text(encoding="utf-8")
    body = json.dumps({"text": text}).encode()
    status, _, reply = web_server.request("/api/check", body, {"Content-Type": "application/json"})
    assert status == 200
    verdicts = {c["value_text"]: c["verdict"] for c in json.loads(reply)["claims"]}
    assert verdicts["Just 13%"]["indicative"]["matching_events"] == 613
    # A form-encoded POST without a CSRF token (what another site could send) is refused.
    status, _, reply = web_server.request(
        "/api/check", b"text=x", {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 403 and json.loads(reply)["error"]["status"] == 403


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/explore?actor=%3Cscript%3Ealert(1)%3C/script%3E", 404),
        ("/explore?actor=ISIS&from=2014-02-30", 400),
        ("/explore?actor=ISIS&by=%27%3B%20DROP%20TABLE%20events", 400),
        ("/explore?%ZZ=%%%&actor=%E0%A4%&country=SYR", 404),
        ("/explore?actor=" + "A" * 5000, 400),
        ("/explore?actor=ISIS&country=%00%01", 400),
        ("/api/targets?actor=ISIS&weight=x", 400),
        ("/avoidance?a=ISIS&b=ISIS", 400),
        ("/avoidance?a=ISIS&b=IS&permutations=1e9", 400),
        ("/quarantine?page=-1&import_id=x", 400),
        ("/actors/%3Cimg%20src=x%20onerror=alert(1)%3E", 404),
        ("/nowhere", 404),
    ],
)
def test_hostile_input_gets_a_message_not_a_traceback(web_server: Server, path: str, status: int) -> None:
    got, _, body = web_server.get(path)
    assert got == status, body[:300]
    assert "Traceback" not in body and "<script>alert" not in body and "<img src=x" not in body
    assert 'class="error"' in body or '"error"' in body


def test_script_in_an_actor_name_is_escaped(web_server: Server) -> None:
    _, _, body = web_server.get("/explore?actor=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body or "&#39;&lt;script&gt;" in body
    assert "<script>alert(1)</script>" not in body


def test_a_50_mb_paste_is_refused_before_it_is_read(web_server: Server) -> None:
    _, headers, page = web_server.get("/check")
    token = next(part.split("=", 1)[1] for part in headers["Set-Cookie"].split(";") if "dyadscope_csrf" in part)
    body = b"csrf=" + token.encode() + b"&text=" + b"x" * 50_000_000
    start = time.monotonic()
    status, _, page = web_server.request(
        "/check",
        body,
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"dyadscope_csrf={token}"},
    )
    assert status == 413 and "5 MB" in page and time.monotonic() - start < 20


def test_post_without_csrf_token_is_refused(web_server: Server) -> None:
    status, _, page = web_server.request(
        "/check", b"text=ISIS+attacked", {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 403 and "reload the page" in page


def test_uploads_are_off_unless_allowed(web_server: Server) -> None:
    _, _, page = web_server.get("/imports")
    assert "--allow-import" in page and 'type="file"' not in page
    status, _, _ = web_server.request("/api/imports", b"", {"X-Requested-By": "test"}, method="POST")
    assert status == 403


def test_busy_store_says_so_and_asks_to_retry(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "busy.duckdb"
    copy.write_bytes(demo_db.read_bytes())
    running = Server(copy)
    try:
        time.sleep(3)  # the startup's readers are closed when idle, so another process may lock the file
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import duckdb, time; c = duckdb.connect({str(copy)!r}); print('x', flush=True); time.sleep(60)",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "x"
            status, headers, page = running.get(f"/explore?{ISIS_2014}")
            assert status == 503 and headers["Retry-After"] == "2"
            assert "The store is busy, retrying" in page and 'http-equiv="refresh"' in page
            status, _, body = running.get(f"/api/targets?{ISIS_2014}")
            assert status == 503 and json.loads(body)["error"]["status"] == 503
        finally:
            holder.kill()
            holder.wait()
        status, _, page = running.get(f"/explore?{ISIS_2014}")
        assert status == 200 and ">613<" in page
    finally:
        log = running.stop()
    assert "Traceback" not in log, log


def _parse(name: str, args: list[str]) -> dict:
    """A command's parsed options, in the root group's context (as `dyadscope NAME ARGS` parses them)."""
    from dyadscope.cli.app import cli

    parent = cli.make_context("dyadscope", [name])
    return cli.get_command(parent, name).make_context(name, args, parent=parent).params


def test_serve_defaults_and_missing_store(tmp_path: Path, capsys) -> None:
    defaults = _parse("serve", [])
    assert defaults["host"] == "127.0.0.1" and defaults["allow_import"] is False
    assert main(["--db", str(tmp_path / "none.duckdb"), "serve"]) == 2
    assert "dyadscope demo" in capsys.readouterr().err


def test_read_only_server_holds_no_write_lock(web_server: Server, demo_db: Path) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)  # a second reader is allowed: nobody holds a write lock
    try:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 60_000
    finally:
        con.close()


def test_explore_query_url_and_command_round_trip() -> None:
    from dyadscope.web.query import ExploreQuery, query_from_command

    params = {
        "actor": ["Islamisk Stat"],
        "country": ["syr"],
        "from": ["2014-01-01"],
        "to": ["2014-12-31"],
        "by": ["admin1"],
        "with": ["Government of Syria"],
        "source": ["ucdp-ged"],
        "dedupe": ["on"],
        "engagements_only": ["1"],
    }
    q = ExploreQuery.from_params(params)
    assert q.country == "SYR" and q.dedupe and q.sources == ("ucdp-ged",)
    assert q.kwargs()["exclude_one_sided"] and "--engagements-only" in q.command()
    assert query_from_command(q.command()) == q  # the claim checker's commands open the same Explore view
    words = shlex.split(q.command())
    parsed = _parse("targets", words[2:])  # the CLI accepts the command as written
    assert (parsed["actor"], parsed["by"], parsed["with_actor"], parsed["dedupe"], parsed["exclude_one_sided"]) == (
        "Islamisk Stat",
        "admin1",
        "Government of Syria",
        True,
        True,
    )
    assert query_from_command("rm -rf / --country SYR") is None
    assert query_from_command("dyadscope targets ISIS --evil 1") is None


@pytest.mark.parametrize(("typed", "code"), [("Syrien", "SYR"), ("syria", "SYR"), ("IQ", "IRQ"), ("xkx", "XKX")])
def test_explore_takes_country_names_as_the_cli_does(typed: str, code: str) -> None:
    from dyadscope.web.query import ExploreQuery

    assert ExploreQuery.from_params({"actor": ["ISIS"], "country": [typed]}).country == code


def test_explore_suggests_the_country_meant() -> None:
    from dyadscope.web.query import ExploreQuery

    with pytest.raises(QueryError, match="did you mean SYR"):
        ExploreQuery.from_params({"actor": ["ISIS"], "country": ["Syriaa"]})


def test_downloads_csv_charts_and_report(web_server: Server) -> None:
    status, headers, csv_text = web_server.get(f"/api/targets.csv?{ISIS_2014}")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert csv_text.splitlines()[0].startswith("key,label,events,share,ci_low,ci_high")
    assert any(line.startswith("state,state forces,613,") for line in csv_text.splitlines())
    status, headers, svg = web_server.get(f"/explore/chart/shares.svg?{ISIS_2014}&lang=da")
    assert status == 200 and headers["Content-Type"].startswith("image/svg+xml") and "<svg" in svg
    assert "29,0" in svg  # the chart's labels follow the page's language
    req = urllib.request.Request(f"{web_server.base}/explore/chart/shares.png?{ISIS_2014}")
    with urllib.request.urlopen(req, timeout=120) as response:
        assert response.read(8) == b"\x89PNG\r\n\x1a\n"
    status, _, _ = web_server.get(f"/explore/chart/monthly.svg?{ISIS_2014}")
    assert status == 400  # 2014 is dated only to the year in the demo data: no monthly series, said so
    status, headers, html = web_server.get(f"/explore/report?{ISIS_2014}")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert html.lower().startswith("<!doctype html>") and "613" in html and "<svg" in html


def test_check_cards_show_figures_as_the_claims_module_does(demo, tmp_path: Path) -> None:
    """A card shows "17 of the 25" as written (not "~ 1") and a vague word as its stated range, in the page's
    language."""
    from dyadscope.claims import check_article
    from dyadscope.web.views.check import layout

    text = tmp_path / "a.txt"
    text.write_text(
        "The Iraqi government estimates that 17 of the 25 most senior ISIS leaders were former army officers.\n\n"
        "ISIS and the Syrian government clashed dozens of times in Raqqa province in 2017.\n",
        encoding="utf-8",
    )
    report = check_article(demo, text)
    cards = {
        lang: {c["id"]: c for row in layout(report, lang, demo.registry)[0] for c in row["cards"]}
        for lang in ("en", "da")
    }
    claims = {c.value_text: c for c in report.claims}
    assert cards["en"][claims["17 of the 25"].id]["claim"] == "“17 of the 25”"
    vague = next(c for c in claims.values() if c.operator == "in")
    assert cards["da"][vague.id]["claim"] == f"“{vague.value_text}” læst som 24–99"
    assert cards["en"][vague.id]["claim"] == f"“{vague.value_text}” read as 24–99"


def test_check_cards_name_kinds_actors_and_means_in_danish(demo) -> None:
    """An English article's cards under ?lang=da: the kind, the registry's Danish names and the means in Danish."""
    from dyadscope.claims import check_article
    from dyadscope.web.views.check import layout

    report = check_article(demo, Path(__file__).parent / "data" / "claims" / "article_excerpt.txt")
    cards = {lang: [c for row in layout(report, lang, demo.registry)[0] for c in row["cards"]] for lang in ("en", "da")}
    means = {lang: next(c for c in cards[lang] if c["measure"] in ("airstrikes", "luftangreb")) for lang in cards}
    assert (means["en"]["kind"], means["en"]["actor"]) == ("share with a trait", "Government of Syria")
    assert (means["da"]["kind"], means["da"]["actor"]) == ("andel med et kendetegn", "Syriens regering")
    assert "(luftangreb)" in means["da"]["reason"] and "(airstrikes)" in means["en"]["reason"]
    shown = " ".join(
        str(c[k]) for c in cards["da"] for k in ("kind", "actor", "counterpart", "place", "measure", "data")
    )
    shown += " ".join(c["nearest"]["text"] for c in cards["da"] if c["nearest"])  # "(95 %-interval 43,6 %–47,8 %)"
    assert "Islamisk Stat" in shown and "Syrien" in shown and "95 %-interval" in shown
    for english in ("Government of Syria", "Islamic State", "share", "count", "95%"):
        assert english not in shown, english


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("2014-12-31", "2014-12-31"), ("31.12.2014", "2014-12-31"), ("1.2.2014", "2014-02-01")],
)
def test_typed_dates_in_either_form_are_read(web_server: Server, typed: str, shown: str) -> None:
    """A date picker sends ISO; a browser without one sends what was typed: the Danish 31.12.2014 is read as well."""
    status, _, page = web_server.get(f"/explore?actor=ISIS&country=SYR&from={typed}&to=2014-12-31&lang=da")
    assert status == 200 and f'name="from" value="{shown}"' in page


@pytest.mark.parametrize("typed", ["12/31/2014", "31/12/2014", "2014", "31.02.2014"])
def test_other_typed_dates_are_refused_in_one_sentence(web_server: Server, typed: str) -> None:
    status, _, page = web_server.get(f"/avoidance?a=ISIS&b=Government+of+Syria&from={typed}&lang=da")
    assert status == 400
    message = f"from '{typed}' er ikke en dato som 2014-12-31 eller 31.12.2014 (dag.måned.år)"
    assert message in html.unescape(page) and "Traceback" not in page


def test_the_check_pages_as_of_takes_a_typed_date(web_server: Server) -> None:
    """The check form's "as of" date, typed as 11.12.2014, anchors 'this year' as the ISO date would."""
    text = "ISIS and the Syrian government clashed about 150 times in Syria this year.\n"
    _, headers, _ = web_server.get("/check")
    token = next(part.split("=", 1)[1] for part in headers["Set-Cookie"].split(";") if "dyadscope_csrf" in part)
    pages = {}
    for typed in ("2014-12-11", "11.12.2014", "12/11/2014"):
        body = urllib.parse.urlencode({"csrf": token, "text": text, "as_of": typed, "lang": "en"}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"dyadscope_csrf={token}"}
        status, _, page = web_server.request("/check", body, form)
        pages[typed] = (status, html.unescape(page))
    assert pages["2014-12-11"][0] == pages["11.12.2014"][0] == 200
    assert "2014-01-01" in pages["11.12.2014"][1] or "1 January 2014" in pages["11.12.2014"][1]
    assert pages["12/11/2014"][0] == 400 and "is not a date like 2014-12-31 or 31.12.2014" in pages["12/11/2014"][1]


def test_danish_check_cards_speak_danish(demo) -> None:
    """The check page's cards under ?lang=da: reasons, tolerances, caveats and proxy lines in Danish, same figures."""
    from dyadscope.claims import check_article
    from dyadscope.web.views.check import layout
    from test_claims import ENGLISH_SENTENCES, _article

    report = check_article(demo, _article())
    cards = {lang: [c for row in layout(report, lang, demo.registry)[0] for c in row["cards"]] for lang in ("en", "da")}
    assert len(cards["da"]) == len(cards["en"]) >= 10
    for en, da in zip(cards["en"], cards["da"], strict=True):
        texts = [(en[k], da[k]) for k in ("reason", "tolerance")]
        texts += [(e["text"], d["text"]) for e, d in zip(en["notes"], da["notes"], strict=True) if d["lang"] == "da"]
        if da["nearest"]:
            texts.append((en["nearest"]["note"], da["nearest"]["note"]))
        for english, danish in texts:
            assert figures(danish, "da") == figures(english, "en"), (english, danish)
            assert not any(s in danish for s in ENGLISH_SENTENCES), danish
    assert any("data har" in c["reason"] or "hændelser" in c["reason"] for c in cards["da"])
