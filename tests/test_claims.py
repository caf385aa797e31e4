"""The claim checker on the bundled UCDP data (a demo store built once for this module).

Expected figures come from independent SQL over the events table (tests/data/claims/derive_expected.py):
ISIS in Syria in 2014 had 2,111 dated-to-the-year engagements, 949 of them with rebel counterparts (incl.
coalitions; 965 with rebel or jihadist ones, the other reach of "rebel groups") and 613 with the Syrian government.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
import time
from pathlib import Path

import pytest
import yaml

from conftest import one_verdict
from dyadscope.claims import check_article, dump_claims, load_claims
from dyadscope.claims.evaluate import evaluate
from dyadscope.claims.html import render_html, verdict_tally
from dyadscope.claims.reading import read_article
from dyadscope.cli import main
from dyadscope.errors import InputError

ARTICLE = Path("/work/shared/articles/isis-us-proxy.en.txt")
LOCAL_ARTICLE = Path(__file__).parent / "data" / "claims" / "article_excerpt.txt"
EVAL = Path(__file__).parent / "data" / "claims" / "eval.yaml"


def _article() -> Path:
    return ARTICLE if ARTICLE.exists() else LOCAL_ARTICLE


def test_eval_set_scores(demo) -> None:
    scores = evaluate(demo, EVAL)
    assert scores["en"].expected >= 40 and scores["da"].expected >= 20
    for lang in ("en", "da"):
        s = scores[lang]
        assert s.precision >= 0.9, s.misses
        assert s.recall >= 0.9, s.misses
        assert s.field_accuracy >= 0.9, s.misses
        assert s.verdict_agreement >= 0.9, s.misses


def test_verdict_tally_counts_each_verdict_in_either_language(demo) -> None:
    report = check_article(demo, _article())
    counts = report.verdict_counts()
    assert sum(counts.values()) == len(report.verdicts) and counts.get("not checkable", 0) > 1
    english, danish = verdict_tally(report, "en"), verdict_tally(report, "da")
    assert f"{counts['not checkable']} not checkable" in english.split(", ")
    # Danish counts take the plural: "12 ikke efterprøvelige", not the verdict word itself
    assert f"{counts['not checkable']} ikke efterprøvelige" in danish.split(", ")
    assert report.to_dict()["summary"] == counts


def test_article_claims_and_verdicts(demo) -> None:
    report = check_article(demo, _article())
    by_text = {c.value_text: (c, v) for c, v in zip(report.claims, report.verdicts, strict=True)}
    claim, verdict = by_text["around 64%"]
    assert (claim.actor, claim.counterpart, claim.country) == ("Islamic State", "other rebel groups", "SYR")
    assert (str(claim.start), str(claim.end)) == ("2013-11-21", "2014-11-21")
    # The window is not whole years and 2013-2014 events are dated to the year only: not checkable, with figures.
    assert verdict.verdict == "not checkable" and verdict.events == 0
    assert any("left out" in c.lower() for c in verdict.caveats)
    assert verdict.indicative["events"] == 2111 and verdict.indicative["matching_events"] == 949
    _, verdict13 = by_text["Just 13%"]
    assert verdict13.indicative["matching_events"] == 613
    kinds = {c.kind for c in report.claims}
    assert {"share", "count", "attribute_share", "concentration", "absence", "single_event"} <= kinds
    assert by_text["250,000 troops"][1].verdict == "not event data"
    assert all(v.verdict != "supported" and v.verdict != "contradicted" for v in report.verdicts)


def test_claims_yaml_round_trip_and_edit(demo, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("On June 6, 2017, the fighting killed more than 20 people in Syria.\n", encoding="utf-8")
    report = check_article(demo, text)
    assert report.verdicts[0].verdict == "not checkable"  # no actor named
    out = tmp_path / "claims.yaml"
    dump_claims(report.claims, out)
    edited = (
        out.read_text(encoding="utf-8")
        .replace("actor: null", "actor: Syrian army")
        .replace("counterpart: null", "counterpart: ISIS")
    )
    out.write_text(edited, encoding="utf-8")
    claims = load_claims(out)
    rerun = check_article(demo, text, claims_file=out)
    assert claims[0].actor == "Syrian army"
    # 6 June 2017: government v IS, 24 deaths in the day-dated events (independent SQL); "more than 20" holds whatever
    # the 5 of 19 events dated only to a month or year around that day add (an exact "24" is not checkable for them)
    assert rerun.verdicts[0].verdict == "supported" and rerun.verdicts[0].figure == 24


def test_bad_claims_yaml(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("claims:\n  - {id: c1, kind: share, sentence: x, colour: red}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown key"):
        load_claims(bad)


def test_cli_json(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "da.txt"
    text.write_text(
        "Mixed page.\n\nI 2017 var 47 procent af Islamisk Stats angreb i Syrien rettet mod kurdiske styrker.\n\n"
        "In 2017, two-thirds of ISIS attacks in Syria targeted other rebel groups.\n",
        encoding="utf-8",
    )
    code = main(["--db", str(demo.store.path), "check", str(text), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["lang"] for c in data["claims"]] == ["da", "en"]
    assert [c["verdict"]["verdict"] for c in data["claims"]] == ["supported", "contradicted"]
    first = data["claims"][0]["verdict"]
    # ISIS in Syria 2017: 1,345 of 2,853 engagements with Kurdish counterparts (independent SQL).
    assert (first["matching_events"], first["events"]) == (1345, 2853)
    assert first["ci_low"] < 1345 / 2853 < first["ci_high"] and first["tolerance"]
    # the Danish texts ride along: the same figures in Danish form
    danish = first["da"]
    assert danish["reason"].startswith("1.345 af 2.853 hændelser: 47,1") and "procentpoint" in danish["tolerance"]


def test_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_article(empty)
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError, match="binary"):
        read_article(binary)
    latin = tmp_path / "l.txt"
    latin.write_bytes("Københavns 64% angreb".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        read_article(latin)


def test_huge_file_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = b"In 2017, 47% of ISIS attacks in Syria targeted Kurdish forces. " * 16 + b"\n"
    with big.open("wb") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    started = time.monotonic()
    with pytest.raises(InputError, match="MB"):
        read_article(big)
    assert time.monotonic() - started < 5  # a cap check, not a parse; generous for slow CI disks


def test_html_with_scripts_and_boilerplate(demo, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><script>var x = '99% of ISIS attacks';</script><style>p{}</style></head><body>"
        "<nav>Home | 12 attacks menu</nav><article><p>In 2017, 47% of ISIS attacks in Syria targeted "
        "Kurdish forces.</p></article><footer>50% off today</footer></body></html>",
        encoding="utf-8",
    )
    report = check_article(demo, page)
    assert "99%" not in report.article.text and "menu" not in report.article.text
    assert [c.value_text for c in report.claims] == ["47%"]


def test_numbers_that_are_not_claims(demo, tmp_path: Path) -> None:
    noise = tmp_path / "n.txt"
    noise.write_text(
        "Call 555 1234 before 10:30. Page 45 of the 2019 report, chapter 3, section 2.1. "
        "The match ended 3-1 after 90 minutes; tickets cost 20 dollars. Room 12, floor 4, 2017-2018 season.\n",
        encoding="utf-8",
    )
    report = check_article(demo, noise)
    # the price is listed as a sum of money, not event data (round 20); nothing else is read
    assert [(c.kind, c.value, c.measure) for c in report.claims] == [("not_event_data", 20, "money")]


def test_hostile_text_is_escaped(demo, tmp_path: Path) -> None:
    text = tmp_path / "h.txt"
    text.write_text(
        'In 2017, 47% of ISIS attacks in Syria targeted Kurdish forces <script>alert("x")</script> '
        "said <img src=x onerror=alert(1)>.\n",
        encoding="utf-8",
    )
    report = check_article(demo, text)
    page = render_html(report, ["UCDP"])
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_html_page_in_browser(demo, browser, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    report = check_article(demo, _article())
    out.write_text(render_html(report, demo.credits()), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    marks = page.locator("mark")
    assert marks.count() == len(report.claims)
    assert page.locator("mark.not-checkable").count() >= 5
    assert page.locator("mark.not-event-data").count() >= 5
    first = page.locator("#card-c1")
    assert first.is_visible() and "not checkable" in first.inner_text().lower()
    assert "45.0%" in first.inner_text()  # the 2014 figure shown as context: 949 / 2,111 (rebel class, round 22)
    page.locator("#c16").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/claims_page.png", full_page=False)
    assert all(url.startswith("file://") for url in requests), requests
    page.close()
    narrow = browser.new_page(viewport={"width": 390, "height": 844})
    narrow.goto(out.as_uri())
    # no sideways scroll at phone width: the cards stack under the paragraph
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 390
    narrow.screenshot(path="/tmp/claims_page_390.png", full_page=False)
    narrow.close()


# Each definition that decides a claim the other way, on real queries; expected figures from independent SQL over
# the events table (ISIS in Syria, UCDP GED): 2013 IS alone 75 of 103 v. with its coalitions 75 of 235 against the
# government; 2014 Kurdish class alone 464 v. incl. mixed coalitions 616 of 2,111; 2016 engagements only 926 of 2,010
# v. 926 of 2,153 with one-sided violence; 2017 Homs 341 events, 280 with a governorate the source gave.
DEFINITION_CASES = [
    (
        "In 2013, about 70% of ISIS's battles in Syria were against the Syrian government.",
        (75, 235),
        "contradicted",
        "actor_alone",
        (75, 103),
        "supported",
        "fought alone",
    ),
    (
        "In 2014, about 22% of ISIS's battles in Syria were against Kurdish forces.",
        (616, 2111),
        "contradicted",
        "counterpart_alone",
        (464, 2111),
        "supported",
        "Kurdish forces alone",
    ),
    (
        "In 2016, about 51% of ISIS's battles in Syria were against government forces.",
        (926, 2153),
        "contradicted",
        "engagements",
        (926, 2010),
        "supported",
        "one-sided violence is left out",
    ),
    (
        "In 2017, ISIS fought about 290 battles in Homs.",
        (341, 341),
        "contradicted",
        "given_admin1",
        (280, 280),
        "supported",
        "governorate the source gave",
    ),
    # the same four in Danish
    (
        "I 2013 var omkring 70 procent af IS' kampe i Syrien mod den syriske regering.",
        (75, 235),
        "contradicted",
        "actor_alone",
        (75, 103),
        "supported",
        "fought alone",
    ),
    (
        "I 2014 var omkring 22 procent af IS' kampe i Syrien mod kurdiske styrker.",
        (616, 2111),
        "contradicted",
        "counterpart_alone",
        (464, 2111),
        "supported",
        "Kurdish forces alone",
    ),
    (
        "I 2016 var omkring 51 procent af IS' kampe i Syrien mod regeringsstyrker.",
        (926, 2153),
        "contradicted",
        "engagements",
        (926, 2010),
        "supported",
        "one-sided violence is left out, as 'kampe' suggests",
    ),
    (
        "I 2017 udkæmpede IS omkring 290 kampe i Homs.",
        (341, 341),
        "contradicted",
        "given_admin1",
        (280, 280),
        "supported",
        "governorate the source gave",
    ),
    # Which classes a phrase covers: the regime's 4,694 events of 2016 (every country), 3,736 with a rebel side,
    # 4,662 with a rebel or jihadist one ("rebels" counted first as the rebel class: round 22); ISIS's 1,887 in 2015,
    # 1,059 with the state, 1,097 with the state or pro-government militias.
    (
        "In 2016, about 80 percent of the regime's battles were against rebels.",
        (3736, 4694),
        "supported",
        "broader",
        (4662, 4694),
        "contradicted",
        "if 'rebels' covers rebel/insurgent + jihadist",
    ),
    (
        "I 2015 var omkring 64 procent af IS' kampe i Syrien mod regeringsstyrker.",
        (1059, 1887),
        "contradicted",
        "broader",
        (1097, 1887),
        "supported",
        "if 'regeringsstyrker' covers state forces + pro-government militia",
    ),
    # A renamed actor (the registry's lineage): HTS in Syria in 2017 is a side of 236 events under its own name,
    # 263 with Jabhat Fateh al-Sham (UCDP files al-Nusra under that name); the SNA in 2017-2018 of 295, 456 with
    # the Hawar Kilis Operations Room it continues (independent SQL: side_a_ids/side_b_ids LIKE '%|id|%'). Both
    # windows hold the day the group took its name: counted under it, the lineage the other definition.
    (
        "Hayat Tahrir al-Sham fought 263 engagements in Syria in 2017.",
        (236, 236),
        "contradicted",
        "lineage",
        (263, 263),
        "supported",
        "if the events recorded under its other names (Jabhat Fateh al-Sham) count as Hay'at Tahrir al-Sham's too",
    ),
    (
        "HTS udkæmpede 263 kampe i Syrien i 2017.",
        (236, 236),
        "contradicted",
        "lineage",
        (263, 263),
        "supported",
        "as counted here, Hay'at Tahrir al-Sham under its own name, which it took on 2017-01-28",
    ),
    # the counterpart renamed: of ISIS's 2,853 events in Syria in 2017, 140 with HTS, 157 with HTS or Jabhat Fateh
    # al-Sham
    (
        "I 2017 kæmpede IS mod HTS omkring 160 gange i Syrien.",
        (140, 2853),
        "contradicted",
        "lineage",
        (157, 2853),
        "supported",
        "Hay'at Tahrir al-Sham under its own name, which it took on 2017-01-28",
    ),
    (
        "From 2017 to 2018 the Syrian National Army fought about 450 battles in Syria.",
        (295, 295),
        "contradicted",
        "lineage",
        (456, 456),
        "supported",
        "its other names (Hawar Kilis Operations Room)",
    ),
]


@pytest.mark.parametrize("sentence,counted,as_counted,key,other,other_verdict,words", DEFINITION_CASES)
def test_definitions_that_decide_a_verdict_are_stated(
    demo, demo_db: Path, capsys, tmp_path: Path, sentence, counted, as_counted, key, other, other_verdict, words
) -> None:
    from dyadscope.claims.wording import verdict_text

    verdict = one_verdict(demo, tmp_path, sentence)
    # the headline says the definition decides; the figure and query stay those of `dyadscope targets`
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", as_counted)
    assert verdict.matching_events == counted[0] and verdict.events == counted[1]
    [alt] = [a for a in verdict.alternatives if a["decides"]]  # an agreeing other name is a note, not a decision
    assert (alt["definition"], alt["verdict"]) == (key, other_verdict)
    assert (alt["matching_events"], alt["events"]) == other
    assert f"{as_counted} as counted here" in verdict.reason and f"{other_verdict} if" in verdict.reason
    assert words in verdict.reason
    if "share" in alt:  # a share names its interval under the other definition too
        assert alt["ci_low"] < other[0] / other[1] < alt["ci_high"]
        assert f"{100 * other[0] / other[1]:.1f}%" in verdict.reason
    danish = verdict_text(verdict, "reason", "da")
    assert "som talt her" in danish and " if " not in danish
    assert verdict.to_dict()["alternatives"][0]["definition_text"].startswith("if ")
    switches = ("actor_alone", "engagements", "given_admin1", "name_alone", "lineage")
    if key in switches:  # a query switch: its command prints it
        assert main(["--db", str(demo_db), *shlex.split(alt["query"])[1:], "--format", "json"]) == 0
        table = json.loads(capsys.readouterr().out)
        assert table["total_events"] == other[1]
        with_total = (table["with_total"] or {}).get("with_events")  # a named counterpart: its own column
        assert other[0] in [row["events"] for row in table["rows"]] or other[0] in (other[1], with_total)
    elif "query" in alt:  # "regeringsstyrker" counted against Syria's government: the class is the table by class
        assert "--with" in verdict.query and "--with" not in alt["query"] and "--by class" in alt["query"]
        assert main(["--db", str(demo_db), *shlex.split(alt["query"])[1:], "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)["rows"]
        broader = {"state", "pro_government_militia"}
        assert sum(r["events"] for r in rows if broader & set(r["key"].split("+"))) == other[0]
    else:  # a reading of the counterpart: the same table, so no other command
        assert "query" not in alt


def test_definitions_that_agree_leave_the_verdict_alone(demo, tmp_path: Path) -> None:
    # 2016: 926 of 2,153 (43.0%) with the government; 926 of 2,010 (46.1%) engagements only: both support "about 45%"
    text = tmp_path / "d.txt"
    text.write_text("In 2016, about 45% of ISIS's battles in Syria were against government forces.\n", encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    assert (verdict.verdict, verdict.as_counted, verdict.alternatives) == ("supported", "supported", [])
    assert "if" not in verdict.reason


def test_a_renamed_actor_that_agrees_is_a_note(demo, tmp_path: Path) -> None:
    from dyadscope.claims.wording import verdict_text

    # HTS in Idlib, 2017: 63 of 236 events under its own name (counted: 2017 holds the day it took it), 72 of 263
    # with its other names (independent SQL); both support "about a third"; HTS alone on its side (63 of 116) does
    # not, so the headline depends on that.
    text = tmp_path / "d.txt"
    text.write_text("In 2017, about a third of HTS's battles in Syria took place in Idlib.\n", encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", "supported")
    rows = {row["definition"]: row for row in verdict.alternatives}
    assert (rows["actor_alone"]["decides"], rows["lineage"]["decides"]) == (True, False)
    assert (rows["lineage"]["matching_events"], rows["lineage"]["events"]) == (72, 263)
    assert "also supported if the events recorded under its other names (Jabhat Fateh al-Sham) count" in verdict.reason
    assert "63 of 236 events: 26.7% (95% CI 21.5%–32.7%)" in verdict.reason
    danish = verdict_text(verdict, "reason", "da")
    assert "også understøttet, hvis hændelserne registreret under dens andre navne (Jabhat Fateh al-Sham)" in danish
    assert "72 af 263, 27,4\xa0%" in danish


def test_an_actor_without_a_lineage_has_no_name_alone_reading(demo, tmp_path: Path) -> None:
    # ISIS's lineage (al-Qaida in Iraq, Islamic State of Iraq) has no events of its own in UCDP: the same figure
    text = tmp_path / "d.txt"
    text.write_text(
        "In 2013, about 70% of ISIS's battles in Syria were against the Syrian government.\n", encoding="utf-8"
    )
    [verdict] = check_article(demo, text).verdicts
    assert [row["definition"] for row in verdict.alternatives] == ["actor_alone"]
    assert "other names" not in verdict.reason


def test_proxy_verdict_states_the_definitions_and_its_limits(demo, tmp_path: Path) -> None:
    from dyadscope.claims.wording import verdict_text

    text = tmp_path / "d.txt"
    text.write_text(
        "From 1 April 2013 to 31 March 2014, about 70% of ISIS's battles in Syria were against the Syrian "
        "government.\n\nBetween September and November 2014, about 40% of ISIS's battles in Syria were against "
        "Kurdish forces.\n",
        encoding="utf-8",
    )
    nine_months, three_months = check_article(demo, text).verdicts
    # calendar 2013 holds 9 of the window's 12 months: judged there, where IS alone (75 of 103) decides otherwise
    proxy = nine_months.indicative
    assert nine_months.verdict == "not checkable"
    assert (proxy["verdict"], proxy["as_counted"], proxy["matching_events"], proxy["events"]) == (
        "depends on definition",
        "contradicted",
        75,
        235,
    )
    assert "which covers 9 of the window's 12 months" in proxy["text"]
    assert "supported if only events where Islamic State fought alone count" in proxy["text"]
    assert "--from 2013-01-01 --to 2013-12-31" in proxy["query"]
    danish = verdict_text(nine_months, "indicative_text", "da")
    assert "i kalenderåret 2013, som dækker 9 af periodens 12 måneder" in danish and "understøttet, hvis" in danish
    # three months are too small a part of a year for its share to judge them: the figure, no verdict
    other = three_months.indicative
    assert "verdict" not in other and other["matching_events"] == 616 and other["events"] == 2111
    assert "too small a part" in other["note"]
    assert "for lille en del" in verdict_text(three_months, "indicative_note", "da")


def test_proxy_verdict_on_the_nearest_covered_year(demo) -> None:
    report = check_article(demo, _article())
    by_text = {c.value_text: v for c, v in zip(report.claims, report.verdicts, strict=True)}
    proxy = by_text["Just 13%"].indicative
    assert proxy["verdict"] == "contradicted" and proxy["matching_events"] == 613 and proxy["events"] == 2111
    assert "on calendar 2014, which covers 11 of the window's 12 months: 29.0%" in proxy["text"]
    assert "contradicted on the proxy" in proxy["text"]
    assert all("(None)" not in v.reason for v in report.verdicts)
    # "most of the last few months fighting in Kobani": a town, so the year's Aleppo figure is context, no verdict
    assert report.to_dict()["on_proxy"] == {"contradicted": 3, "supported": 2}
    kobani = by_text["most"].indicative
    assert "verdict" not in kobani and "all of Aleppo, not Kobani alone" in kobani["note"]
    assert "Kobani is a town" in by_text["zero al-Assad regime presence"].reason
    # "In the ISIS stronghold of Raqqa, there were 22 counterterrorism operations but just half targeted ISIS": the
    # stronghold is a place, the operations stay al-Assad's; 2014 in Ar Raqqah: 108 of the government's 129 events
    # were with IS (independent SQL), 83.7% against the claimed half
    claims = {c.value_text: c for c in report.claims}
    assert (claims["just half"].actor, claims["just half"].counterpart) == ("Government of Syria", "Islamic State")
    raqqa = by_text["just half"].indicative
    assert (raqqa["verdict"], raqqa["matching_events"], raqqa["events"]) == ("contradicted", 108, 129)
    assert claims["22 counterterrorism operations"].actor == "Government of Syria"
    # a single day's death toll has no proxy: a year's events say nothing of it
    tolls = [v for c, v in zip(report.claims, report.verdicts, strict=True) if c.kind == "single_event"]
    assert tolls and all(v.verdict == "not checkable" and v.indicative is None for v in tolls)


def test_check_page_shows_what_was_claimed(demo, tmp_path: Path) -> None:
    text = tmp_path / "p.txt"
    text.write_text(
        # a share with no counterpart ("were deadly" is now an attribute share, grammar's round 12)
        "17 of the 25 prisoners were freed in 2010. In 2014, around 40% of ISIS attacks in Syria were unprovoked.\n",
        encoding="utf-8",
    )
    report = check_article(demo, text)
    page = render_html(report, ["UCDP"])
    assert "~ 1<" not in page and "“17 of the 25”</dd>" in page
    assert "no share computed (2,111 events of the actor in scope)" in page  # not a bare event count
    assert '<span class="arg">--from 2014-01-01</span>' in page  # a query never wraps inside a date


# --- Danish verdict texts: every template in both languages, the same figures in each
# Sentences the bundled article lacks: a count, a class share (coalitions change it), an absence, a town, a death toll.
MORE_CLAIMS = (
    "ISIS fought rebel groups in more than 30% of its engagements in Syria in 2016.\n\n"
    "In 2017, ISIS and the Syrian government clashed around 150 times in Syria.\n\n"
    "ISIS had zero presence in Latakia in 2016.\n\n"
    "In 2015, Kurdish forces were the target of about half of ISIS's attacks in Syria.\n\n"
    "In 2013, about 70% of ISIS's battles in Syria were against the Syrian government.\n\n"
    "In 2014, about 22% of ISIS's battles in Syria were against Kurdish forces.\n"
)
ENGLISH_SENTENCES = (
    "the data has",
    "events of the actor",
    "is not covered",
    "dated only to the year",
    "supported if",
    "contradicted if",
    "if only",
    "percentage points",
    "of the claimed number",
    "read as",
    "whole calendar year",
    "proxy",
    "on calendar",
    "is a town",
    "counted as",
    "no direct equivalent",
    "counts depend",
    "is not an actor",
    "a number about",
    "not checkable",
    "Left out",
    "Counted:",
    "no events matched",
)


def _text_fields(verdict, lang: str) -> list[str]:
    from dyadscope.claims.wording import verdict_text

    fields = [
        verdict_text(verdict, name, lang) for name in ("reason", "tolerance", "indicative_text", "indicative_note")
    ]
    return (
        [f for f in fields if f] + verdict_text(verdict, "caveats", lang) + verdict_text(verdict, "alternatives", lang)
    )


def test_danish_verdict_texts(demo, tmp_path: Path, monkeypatch) -> None:
    """The article and a few more claims: no Danish text holds an English sentence; each has the English figures."""
    from dyadscope.claims import wording
    from test_avoidance import figures

    used: set[str] = set()
    render = wording.render
    monkeypatch.setattr(wording, "render", lambda text, lang: used.add(text.key) or render(text, lang))
    for module in ("verify_judge", "verify_definitions"):  # the verifier's modules that render texts
        monkeypatch.setattr(f"dyadscope.claims.{module}.render", wording.render)
    article = tmp_path / "article.txt"
    article.write_text(_article().read_text(encoding="utf-8") + "\n\n" + MORE_CLAIMS, encoding="utf-8")
    report = check_article(demo, article, lang="en")
    for verdict in report.verdicts:
        english, danish = _text_fields(verdict, "en"), _text_fields(verdict, "da")
        assert len(danish) == len(english)
        for en, da in zip(english, danish, strict=True):
            assert figures(da, "da") == figures(en, "en"), (en, da)
            assert not any(s in da for s in ENGLISH_SENTENCES), da
    # the kinds of sentence this article reaches (the rest are checked for both languages below)
    assert {"share", "data_events", "not_covered", "proxy", "absence", "not_event_data", "as_counted"} <= used
    assert {"if_share", "if_actor_alone", "if_counterpart_alone"} <= used
    assert {"share_tolerance", "count_tolerance", "absence_tolerance", "counter_terror", "count_rules"} <= used


def test_every_claim_template_has_a_danish_twin() -> None:
    """Same blanks in both languages, and the Danish differs from the English."""
    import string

    from dyadscope.claims.wording import TEMPLATES

    for key, text in TEMPLATES.items():
        blanks = {lang: {f for _, f, _, _ in string.Formatter().parse(text[lang]) if f} for lang in ("en", "da")}
        assert blanks["en"] == blanks["da"] and text["en"] != text["da"], key


def test_html_page_speaks_the_articles_language(demo, tmp_path: Path) -> None:
    """A Danish article gets a Danish --html page (labels, verdicts, numbers); an English one stays English."""
    from dyadscope.claims.html import page_lang
    from dyadscope.i18n.formats import number, percent

    article = tmp_path / "artikel.txt"
    article.write_text(
        "ISIS og den syriske regering kæmpede omkring 150 gange mod hinanden i Syrien i 2017.\n\n"
        "I 2016 var over 30 % af ISIS' kampe i Syrien mod oprørsgrupper.\n",
        encoding="utf-8",
    )
    report = check_article(demo, article)
    assert report.claims and page_lang(report) == "da"
    page = render_html(report, ["UCDP"])
    assert '<html lang="da">' in page and "Påstande i artikel.txt" in page and "Kilde: UCDP" in page
    for english in ("Claims in", "Made by", "nearest year", "<dt>claim</dt>", "the data has", " events"):
        assert english not in page, english
    count, share = report.verdicts[0], report.verdicts[-1]
    assert f"data har {number(count.figure, 'da')} hændelser" in page  # e.g. "data har 1.130 hændelser"
    assert percent(share.figure, "da").replace("\u00a0", " ") in page.replace("\u00a0", " ") and "modsagt" in page
    assert '<html lang="en">' in render_html(check_article(demo, LOCAL_ARTICLE), ["UCDP"])


# --- HTML through a main-text extractor (trafilatura), the stdlib reader as the fallback
NEWS_PAGE = Path(__file__).parent / "data" / "pages" / "news_page.html"  # written for this test; not a real site
BOILERPLATE = ("847 partners", "Most read", "Top 10", "50% off", "16.7 percent", "41%", "90%", "70 percent", "30%")


def test_news_page_boilerplate_numbers_are_not_claims(demo) -> None:
    report = check_article(demo, NEWS_PAGE)
    assert report.article.reader == "trafilatura"
    assert not any(b in report.article.text for b in (*BOILERPLATE, "1.2k shares", "250,000 readers", "555 0100"))
    assert [c.value_text for c in report.claims] == ["47 percent", "around 1,130 times", "Just 2 percent"]
    # the page's headline is read; its publication date (byline) anchors relative times
    assert report.article.paragraph_text(report.article.paragraphs[0]).startswith("Islamic State's war on the Kurds")
    assert str(report.as_of) == "2018-02-12" and "publication date" in report.as_of_basis
    first = report.verdicts[0]  # 2017: 1,345 of 2,853 ISIS engagements in Syria against Kurdish forces
    assert (first.matching_events, first.events) == (1345, 2853)


def test_stdlib_reader_is_the_fallback(demo, monkeypatch) -> None:
    from dyadscope.claims import reading

    markup = NEWS_PAGE.read_text(encoding="utf-8")
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)  # not installed: import fails
    article = reading.parse_article(markup, fmt="html")
    assert article.reader == "html.parser" and article.published is None
    assert "47 percent" in article.text
    assert "90% of ISIS's battles" in article.text  # what the extractor is for: the stdlib keeps "Most read"
    monkeypatch.undo()
    # trafilatura installed but finding no main text: the stdlib reader still reads what there is
    assert reading.parse_article("<p>In 2017, 47% of ISIS attacks</p>", fmt="html").reader == "html.parser"


# --- Danish all the way: the --html page and the web app's check page for a Danish article, at phone width
DANISH_ARTICLE = Path(__file__).parent / "data" / "pages" / "artikel_da.txt"  # written for these tests
ENGLISH_ON_A_DANISH_PAGE = (
    *ENGLISH_SENTENCES,
    "window",
    "carried over",
    "relative to",
    "classes",
    "coalitions",
    "as counted",
    " if ",
    "fought alone",
    "one-sided",
    "Islamic State",
    "Government of",
    "Kurdish forces",
    "rebel and jihadist",
    "latest date",
)
# The page's text without the query (a command) and the data's citation, which stay as they are.
_VISIBLE_PROSE = """() => { const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll('code').forEach(e => e.remove());
  main.querySelectorAll('details').forEach(e => e.setAttribute('open', ''));
  return main.innerText + ' ' + (document.querySelector('header') || {innerText: ''}).innerText; }"""


def _no_english(page) -> None:
    prose = page.evaluate(_VISIBLE_PROSE)
    left = [s for s in ENGLISH_ON_A_DANISH_PAGE if s in prose]
    assert not left, left
    assert "afhænger af definitionen" in prose and "perioden er overtaget fra den forrige påstand" in prose
    assert "periode: regnet fra 2014-12-11; 3 måneder" in prose and "Islamisk Stat" in prose
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll at phone width


def test_danish_html_page_has_no_english_at_390_px(demo, browser, tmp_path: Path) -> None:
    out = tmp_path / "side.html"
    report = check_article(demo, DANISH_ARTICLE)
    out.write_text(render_html(report, ["UCDP"]), encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(out.as_uri())
    _no_english(page)
    assert page.locator("mark.depends-on-definition").count() == 3  # IS against "oprørsgrupper" (7.2%): decided
    assert "seneste dato nævnt i teksten (2014-12-11)" in page.locator("header").inner_text()
    page.close()


def test_danish_web_check_page_has_no_english_at_390_px(browser, web_server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(web_server.base + "/check?lang=da")
    page.locator("textarea[name=text]").fill(DANISH_ARTICLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Tjek").click()
    page.wait_for_selector("article.card", timeout=60_000)
    _no_english(page)
    assert page.locator("article.card.depends-on-definition").count() == 3
    context.close()


def test_danish_actor_names_fall_back_sensibly(demo) -> None:
    from dyadscope.claims.wording import actor_name

    actors = demo.registry.actors
    assert actor_name(actors["isis"]).da == "Islamisk Stat"  # the registry's name_da
    assert actor_name(actors["govt_fra"]).da == "Frankrigs regering"  # no name_da: '<land>s regering'
    assert actor_name(actors["govt_gbr"]).da == "Storbritanniens regering"
    assert actor_name(actors["hts"]).da == "Hay'at Tahrir al-Sham"  # a proper name stays as it is


def test_reading_notes_read_back_in_danish() -> None:
    from dyadscope.claims.wording import note, note_text

    stored = note("note_window", basis=note("note_twelve_months", date="2014-11-21"))
    assert stored == "window: relative to 2014-11-21; read as the twelve months ending then"  # what YAML keeps
    assert note_text(stored, "da") == ("periode: regnet fra 2014-11-21; læst som de tolv måneder, der slutter da", "da")
    assert note_text(note("note_months_back", date="2014-12-11", n=3), "da")[0] == "regnet fra 2014-12-11; 3 måneder"
    assert note_text("a note written by hand", "da") == ("a note written by hand", "en")  # kept, marked English


def test_every_counterpart_group_has_a_danish_label() -> None:
    from dyadscope.claims.resolve import _phrases
    from dyadscope.claims.wording import GROUP_DA

    labels = {group["label"] for group in _phrases()["groups"].values()}
    assert labels <= set(GROUP_DA), labels - set(GROUP_DA)


def test_a_side_named_only_by_an_orphan_reference_is_not_checkable(demo, tmp_path: Path) -> None:
    from dyadscope.claims.wording import verdict_text

    verdict = one_verdict(demo, tmp_path, "Government troops fought the group in roughly 700 battles during 2015.")
    assert verdict.verdict == "not checkable" and "“the group” refers to no actor named before it" in verdict.reason
    assert "henviser ikke til en aktør" in str(verdict_text(verdict, "reason", "da"))


def test_every_registry_name_that_is_also_a_class_phrase_is_found(demo) -> None:
    from dyadscope.claims.resolve import Lexicon

    lexicon = Lexicon(demo.registry)
    found = {" ".join(key): entry.key for key, entry in lexicon.class_readings.items()}
    # UCDP's umbrella actors for unnamed rebels, in every spelling the registry gives them; never a state named by
    # its own nationality ("Syrian government"), never an actor that is its class ("civilians")
    assert found["syrian rebels"] == found["syriske oprørere"] == found["iraqi insurgents"] == "rebels"
    assert {"syrian opposition", "den syriske opposition"} <= set(found)
    assert not any(word in key for key in found for word in ("government", "civil", "regering"))
    assert lexicon.class_reading("the Syrian rebels'").classes == ("rebel", "jihadist")
    assert lexicon.class_reading("Syrian army") is None and lexicon.class_reading("rebels") is None
    assert lexicon.class_words("Syrian insurgents", "SYRREB fought IS.") is None  # written as the actor's code


CLASS_OR_ACTOR = [
    # ISIS in Syria 2015: 282 events against rebel/jihadist sides, 0 with UCDP's actor "Syrian insurgents"
    (
        "Syrian rebels never fought the Islamic State in 2015, the report claims.",
        "contradicted",
        (282, 1887),
        (0, 1887),
    ),
    ("I 2015 kæmpede syriske oprørere aldrig mod Islamisk Stat.", "contradicted", (282, 1887), (0, 1887)),
    # 2017: 216 of 2,853 (7.6%) against the class; 0 with the umbrella actor
    ("In 2017, ISIS fought Syrian rebels in about 10 percent of its battles.", "supported", (216, 2853), (0, 2853)),
]


@pytest.mark.parametrize("sentence,as_counted,counted,other", CLASS_OR_ACTOR)
def test_a_class_phrase_that_names_one_actor_is_a_definition(
    demo, demo_db: Path, capsys, tmp_path: Path, sentence, as_counted, counted, other
) -> None:
    from dyadscope.claims.wording import verdict_text

    text = tmp_path / "d.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    # never a silent "supported" absence on the umbrella actor while the class has events
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", as_counted)
    assert (verdict.matching_events, verdict.events) == counted
    [alt] = [a for a in verdict.alternatives if a["definition"] == "registry_actor"]
    assert (alt["definition"], alt["decides"], (alt["matching_events"], alt["events"])) == (
        "registry_actor",
        True,
        other,
    )
    assert "as the class rebel and jihadist groups" in verdict.reason
    assert "means the data's actor Syrian insurgents alone" in verdict.reason
    danish = verdict_text(verdict, "reason", "da")
    assert (
        "som klassen oprørs- og jihadistgrupper" in danish and "betyder aktøren Syriske oprørere i data alene" in danish
    )
    # the other definition's own command prints its figure
    assert "--with 'Syrian insurgents'" in alt["query"]
    assert main(["--db", str(demo_db), *shlex.split(alt["query"])[1:], "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["with_total"]["with_events"] == other[0]
    assert main(["--db", str(demo_db), "check", str(text), "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["claims"]
    assert row["verdict"]["verdict"] == "depends on definition"
    assert "if 'Syrian rebels' means" in str(row["verdict"]["alternatives"]) or "syriske" in sentence
    report = check_article(demo, text)
    assert "Syrian insurgents alone" in render_html(report, ["UCDP"], "en")
    assert "Syriske oprørere i data alene" in render_html(report, ["UCDP"], "da")


def test_agreement_counting_any_stated_definition_is_a_separate_figure(demo, tmp_path: Path) -> None:
    from dyadscope.claims.evaluate import format_scores

    # 2013: 75 of 235 (31.9%) as counted, contradicted; IS alone on its side 75 of 103 (72.8%), supported.
    # A tester who counted IS alone expects "supported": the headline figure (as counted) disagrees, the other
    # column agrees; a plain verdict counts the same in both.
    items = [
        {
            "id": "d1",
            "lang": "en",
            "text": "In 2013, about 70% of ISIS's battles in Syria were against the Syrian government.",
            "expect": [{"kind": "share", "value": 0.7, "verdict": "supported"}],
        },
        {
            "id": "d2",
            "lang": "en",
            "text": "In 2016, about 45% of ISIS's battles in Syria were against government forces.",
            "expect": [{"kind": "share", "value": 0.45, "verdict": "supported"}],
        },
    ]
    path = tmp_path / "set.yaml"
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    scores = evaluate(demo, path)["en"]
    assert (scores.depends, scores.verdicts_right, scores.verdicts_right_any) == (1, 1, 2)
    assert (scores.verdict_agreement, scores.agreement_any_definition) == (0.5, 1.0)
    header, en = format_scores({"en": scores}).splitlines()
    assert header.index("verdicts (any def.)") < header.index("hidden wrong")
    assert en.split()[-3:] == ["100.0%", "0", "0"] and " 50.0%" in en


def test_a_figure_read_as_another_kind_still_counts_its_opposite_verdict_as_a_hidden_wrong(
    demo, tmp_path: Path
) -> None:
    # 2016: ISIS against the government about 45%, supported as a share. A tester who wrote the same figure as
    # another kind with the opposite verdict is not matched by kind, but the wrong verdict must not disappear.
    text = "In 2016, about 45% of ISIS's battles in Syria were against government forces."
    items = [
        {
            "id": "h1",
            "lang": "en",
            "text": text,
            "expect": [{"kind": "attribute_share", "value": 0.45, "verdict": "contradicted"}],
        },
        {
            "id": "h2",
            "lang": "en",
            "text": text,
            "expect": [{"kind": "attribute_share", "value": 0.45, "verdict": "supported"}],
        },
        {"id": "h3", "lang": "en", "text": text, "expect": []},
    ]
    path = tmp_path / "set.yaml"
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    scores = evaluate(demo, path)["en"]
    assert (scores.matched, scores.hidden_wrong, scores.spurious_judged) == (0, 1, 1)
    assert any(
        m.startswith("h1: missed attribute_share 0.45 (read as share: 'supported') HIDDEN WRONG") for m in scores.misses
    )
    assert "h3: spurious share 'about 45%' judged 'supported'" in scores.misses


CONTEXT = Path(__file__).parent / "data" / "claims" / "context"


def test_a_text_files_header_lines_date_it_and_hold_no_claims() -> None:
    from dyadscope.claims.reading import parse_article

    article = parse_article("URL: https://example.org/n524186\nDate: 2019-06-24 (AFP)\n\nHeadline\n\nBody 2019.")
    assert (article.published, article.dated_by, article.url) == (
        dt.date(2019, 6, 24),
        "dateline",
        "https://example.org/n524186",
    )
    assert article.text.startswith("Headline") and "524186" not in article.text
    # a month-only date line gives no day: the full date the line gives in words instead, else none
    assert parse_article("Dato: 2019-12 (mandag 2. december 2019)\n\nTekst").published == dt.date(2019, 12, 2)
    assert parse_article("Date: 2019-12\n\nText").published is None
    assert parse_article("BEIRUT, May 14, 2019 (Reuters) - Text.").published == dt.date(2019, 5, 14)
    assert parse_article("Plain text about 2019.").published is None
    # a note or source line with no text after it is the text, never an empty article
    note = "Note: HTS grew out of al-Nusra, which renamed itself twice."
    assert parse_article(note).text == note
    assert parse_article("Kilde: UCDP GED viser 613 kampe i 2014.").text.startswith("Kilde: UCDP")


def test_an_article_completes_what_its_quotes_leave_out(demo) -> None:
    from dyadscope.claims.wording import note_text

    report = check_article(demo, CONTEXT / "articles" / "is-syrien-2017.txt")
    assert report.as_of == dt.date(2017, 12, 18) and "date line" in report.as_of_basis
    count, toll, share = report.claims
    # "I år": 1 January to the date line; the country from the headline ("i Syrien"), each said in the notes
    assert (count.start, count.end, count.country) == (dt.date(2017, 1, 1), dt.date(2017, 12, 18), "SYR")
    assert "window from the article's date, 2017-12-18" in count.notes
    assert "country from the article's headline and lead: SYR (the sentence names none)" in count.notes
    assert (
        note_text("window from the article's date, 2017-12-18", "da")[0]
        == "perioden regnet fra artiklens dato, 2017-12-18"
    )
    assert (toll.start, toll.kind) == (dt.date(2017, 12, 16), "single_event")  # "Lørdag" before the date line
    verdicts = {c.id: v for c, v in zip(report.claims, report.verdicts, strict=True)}
    # the toll matches the Saturday's one dated event, but 3 of the 5 events in scope are dated only to a month or year
    assert [verdicts[c.id].verdict for c in (count, toll, share)] == ["supported", "not checkable", "supported"]
    assert (verdicts[count.id].figure, verdicts[toll.id].figure) == (2810, 33)


def test_a_claim_without_a_side_takes_the_articles_main_actor(demo) -> None:
    from dyadscope.claims.context import Context, apply_context, article_context
    from dyadscope.claims.model import Claim
    from dyadscope.claims.reading import parse_article
    from dyadscope.claims.resolve import Lexicon

    lexicon = Lexicon(demo.registry)
    article = parse_article("Date: 2017-12-18\n\nIS mister terræn i Syrien\n\nIS og hæren kæmper; IS trækker sig.")
    assert article_context(article, lexicon) == Context("Islamic State", "SYR", dt.date(2017, 12, 18))
    bare = Claim("c1", "count", "Over 2.000 kampe i år.", value=2000)
    named = Claim("c2", "count", "SDF fought 50 times in Iraq.", value=50, actor="SDF", country="IRQ")
    apply_context([bare, named], article_context(article, lexicon))
    assert (bare.actor, bare.country) == ("Islamic State", "SYR")
    assert "actor from the article's headline and lead: Islamic State (the sentence names none)" in bare.notes
    assert (named.actor, named.country, named.notes) == ("SDF", "IRQ", [])


def test_the_evaluator_checks_a_quote_inside_its_article(demo, tmp_path: Path) -> None:
    import shutil

    inside = evaluate(demo, CONTEXT / "articles.yaml")["all"]
    assert (inside.expected, inside.matched, inside.verdicts_right, inside.fields_right) == (4, 4, 4, 4), inside.misses
    from dyadscope.claims.evaluate import quote_span

    # the quote is found whatever its spacing, quote marks or an editor's brackets
    text = "A year: the militants’ “battles”\nrose. Half of 22 million has been dis[...] since."
    assert quote_span(text, 'the militants\' "battles" rose.') == (8, 38)
    assert quote_span(text, "Half of 22 million has been dis[placed]") == (39, 70)
    assert quote_span(text, "not in it") is None
    shutil.copy(CONTEXT / "articles.yaml", tmp_path)  # no article texts beside it: each quote alone
    alone = evaluate(demo, tmp_path / "articles.yaml")["all"]
    # alone, only the toll's "not checkable" agrees (for want of a window, not for its coarse events)
    assert alone.verdicts_right == 1 and alone.expected == 4


def test_an_absence_is_judged_on_the_readings_that_can_find_more_events(demo) -> None:
    from dyadscope.claims import definitions
    from dyadscope.claims.model import Claim
    from dyadscope.claims.resolve import Counterpart
    from dyadscope.claims.wording import Name

    result = demo.targets("ISIS", country="SYR", start="2016-01-01", end="2016-12-31")
    state = Counterpart("state forces", classes=("state",))
    name = Name("Islamic State", "Islamisk Stat")
    umbrella = ("Syrian rebels", "syrian_insurgents", Name("Syrian insurgents", "Syrian insurgents"))
    for kind, keys in (
        ("absence", ["registry_actor", "broader"]),  # leaving events out (actor alone, engagements) cannot undo one
        ("count", ["registry_actor", "broader", "actor_alone", "engagements"]),
    ):
        claim = Claim("c1", kind, "ISIS never fought government forces.", value=0, counterpart="government forces")
        readings = definitions.readings(claim, result, name, state, False, (), umbrella)
        assert [r.key for r in readings] == keys


def test_a_days_toll_with_no_event_against_its_counterpart_is_not_judged(demo, tmp_path: Path) -> None:
    from dyadscope.claims.wording import verdict_text

    # 23 June 2019 in Idlib: the Syrian government has an event that day (SQL: 1, against Syrian insurgents), none
    # against civilians; "killed five civilians" was contradicted by the day's 0 civilian deaths: now not checkable
    verdict = one_verdict(
        demo, tmp_path, "On 23 June 2019 government aircraft killed five civilians in Idlib province."
    )
    assert verdict.verdict == "not checkable" and "none with that counterpart" in verdict.reason
    assert "ingen med den modpart" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    "sentence",
    [
        # the US government has no event with ISIS in Syria in 2017 (SQL: 0); "a handful" (2-9) and "about two"
        # are within the count tolerance (±2) of 0, and were supported
        "The US military fought a handful of ground engagements with ISIS in Syria in 2017.",
        "Det amerikanske militær udkæmpede omkring to kampe mod IS i Syrien i 2017.",
    ],
)
def test_no_event_at_all_never_supports_a_count_of_some(demo, tmp_path: Path, sentence: str) -> None:
    from dyadscope.claims.wording import verdict_text

    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("not checkable", 0.0)
    assert "none at all where the claim says there were some" in verdict.reason
    assert "slet ingen, hvor påstanden siger" in str(verdict_text(verdict, "reason", "da"))


def test_a_class_phrase_as_the_acting_side_of_a_share_is_not_silently_the_umbrella_actor(demo, tmp_path: Path) -> None:
    from dyadscope.claims.wording import verdict_text

    # UCDP's "Syrian insurgents" has 2,478 events in Syria in 2017, none with IS (SQL): contradicted on the umbrella
    # actor alone, while the rebel class as the acting side cannot be counted by targets
    sentence = "In 2017, Syrian rebels fought the Islamic State in about 7 percent of its battles in Syria."
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.as_counted, verdict.events) == ("not checkable", None, 2478)
    assert "contradicted if 'Syrian rebels' means the data's actor Syrian insurgents alone" in verdict.reason
    assert "kan ikke tælles som den handlende part" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the regime's events with ISIS in Syria in 2017 sum to 10,711 deaths (demo store): a year's toll sums many
        # events, so it is judged like a count (±10%), not like one day's toll (±25%, which supported "about 9,000");
        # since round 18 contradicted beyond ±10%, as a count is (it was not checkable up to ±50%, where every tester
        # with such an item contradicts)
        ("Fighting between the regime and ISIS killed about 9,000 people in Syria in 2017.", "contradicted"),
        ("Kampene mellem regimet og IS kostede omkring 9.000 menneskeliv i Syrien i 2017.", "contradicted"),
        ("Fighting between the regime and ISIS killed about 10,000 people in Syria in 2017.", "supported"),
        ("Fighting between the regime and ISIS killed about 5,000 people in Syria in 2017.", "contradicted"),
    ],
)
def test_a_toll_over_a_year_is_judged_like_a_count(demo, tmp_path: Path, sentence: str, expected: str) -> None:
    from dyadscope.claims.wording import verdict_text

    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == expected and verdict.reason.endswith("10,711 deaths")
    assert "±10%" in verdict.tolerance and "bedømt som et antal" in str(verdict_text(verdict, "tolerance", "da"))


def test_a_tester_may_write_a_date_as_a_number_that_is_not_event_data(demo, tmp_path: Path) -> None:
    # Set 24's tester wrote `value: '2018-01-20'` for a date in a sentence; the scorer crashed on it. A value that
    # is no number is matched by its kind, as an absence without a value is.
    items = [
        {
            "id": "t1",
            "lang": "en",
            "text": "Turkey launched its Afrin operation on 20 January 2018.",
            "expect": [{"kind": "not_event_data", "value": "2018-01-20", "verdict": "not event data"}],
        },
        {
            "id": "t2",
            "lang": "en",
            "text": "In 2016, about 45% of ISIS's battles in Syria were against government forces.",
            "expect": [{"kind": "share", "value": 0.45, "verdict": "supported"}],
        },
    ]
    path = tmp_path / "set.yaml"
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    scores = evaluate(demo, path)["en"]
    assert scores.expected == 2 and scores.verdicts_right >= 1  # scored to the end: the share's verdict is right
    assert not any(miss.startswith("t2: verdict") for miss in scores.misses), scores.misses


def test_the_evaluators_margin_holds_at_its_edge(demo, tmp_path: Path) -> None:
    # "knap 60 pct." is read as 60%; a tester who wrote 0.58 is 0.02 away, the margin's edge, which binary floating
    # point put just outside (0.60 - 0.58 = 0.020000000000000018): the same words must pair
    sentence = "I 2016 var regeringsstyrkerne modpart i knap 60 pct. af Islamisk Stats kampe i Syrien."
    expect = {"kind": "share", "actor": "isis", "counterpart": "govt_syr", "country": "SYR", "verdict": "supported"}
    items = [{"id": f"edge_{n}", "lang": "da", "text": sentence, "expect": [{**expect, "value": v}]}
             for n, v in enumerate((0.58, 0.57))]  # fmt: skip
    path = tmp_path / "edge.yaml"
    path.write_text(yaml.safe_dump({"items": items}, allow_unicode=True), encoding="utf-8")
    scores = evaluate(demo, path)["da"]
    assert scores.matched == 1, scores.misses  # 0.58 pairs; 0.57 is beyond the margin
