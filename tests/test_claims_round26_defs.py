"""Definition kinds of the twenty-sixth round (issue 9), from the article quotes of sets 32-34 and set 34.

- A one-day toll whose day only the article gives ("killed 30 people ... today", a lead's "on Wednesday" and a toll
  in a later paragraph with no day of its own) is that day's toll; a source's dateline ("Xinhua, July 27, 2018") is
  no day of the events. A toll so dated is the reported attack's: fewer dead than the day's data is no contradiction.
- Danish press scans spell æ, ø, å as ae, oe, aa ("blev draebt", "militaeret", "40 saaret") and split words after a
  ligature ("mindst fi re mennesker"): read as the words they are, every offset kept.
- Bombers and bombings counted ("two attackers blew themselves up", "tre selvmordsbombere", "the third suicide
  bombing in Ankara in 2016", "for fjerde gang i år ... bombeangreb") count the means: not checkable, as sets 1, 29
  and 33 label them; bombers among the dead ("including two suicide bombers") are no count of their own.

Sentences and articles are our own, written for the kind; each kind's tests fail on the code before the change it
covers, except the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import checked_claims as _checked
from dyadscope.claims import check_article
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import scanned_text
from dyadscope.claims.verify import Verdict

SWEIDA_DAY = dt.date(2018, 7, 25)  # the Islamic State's attack on As Suwayda: 325 deaths that day in the demo data


def _toll(demo, tmp_path: Path, value: float, *paragraphs: str) -> tuple[Claim, Verdict]:
    """The claim of `value` in an article of these paragraphs (the first its header), with its verdict."""
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    report = check_article(demo, path)
    [pair] = [(c, v) for c, v in zip(report.claims, report.verdicts, strict=True) if c.value == value]
    return pair


# a report of the day after the attack whose lead dates it by its weekday
WEDNESDAY_LEAD = (
    "Date: 2018-07-26",
    "IS attackers strike villages in southern Syria",
    "Islamic State fighters stormed villages east of Sweida city on Wednesday, officials said.",
)


# --- one-day tolls the article dates ---------------------------------------------------------------------------------


def test_a_toll_with_no_day_takes_the_one_day_the_lead_names(demo, tmp_path: Path) -> None:
    toll = "Hospital officials said more than 250 people were killed in Sweida province."
    claim, verdict = _toll(demo, tmp_path, 250, *WEDNESDAY_LEAD, toll)
    assert (claim.kind, claim.start, claim.end, verdict.verdict) == (
        "single_event",
        SWEIDA_DAY,
        SWEIDA_DAY,
        "supported",
    )


def test_a_dateline_is_no_day_of_the_events(demo, tmp_path: Path) -> None:
    lead = "Islamic State fighters stormed villages in Sweida province on Wednesday, officials said."
    paragraphs = ("Date: 2018-07-27", "Sweida mourns its dead", "Xinhua, July 27, 2018", lead)
    claim, verdict = _toll(demo, tmp_path, 250, *paragraphs, "More than 250 people were killed, a monitor said.")
    assert (claim.start, claim.end, verdict.verdict) == (SWEIDA_DAY, SWEIDA_DAY, "supported")


def test_today_is_the_articles_date_and_its_toll_a_part_of_the_day(demo, tmp_path: Path) -> None:
    toll = "The jihadists of the Islamic State killed 30 people in Sweida province today, a monitor said."
    claim, verdict = _toll(demo, tmp_path, 30, "Date: 2018-07-25", "Gunmen strike Sweida", toll)
    assert (claim.start, claim.end) == (SWEIDA_DAY, SWEIDA_DAY)
    assert any("2018-07-25" in n and "today" in n for n in claim.notes)
    assert verdict.verdict == "not checkable"  # 30 of the day's 325: the report's attack, not all of the day
    assert "the day is the article's" in verdict.reason


def test_two_days_in_the_lead_date_no_toll(demo, tmp_path: Path) -> None:
    """Guard: a lead naming two days leaves a toll with no day of its own undated."""
    lead = "Islamic State fighters stormed villages on Wednesday; the army struck back on 26 July 2018, officials said."
    toll = "More than 250 people were killed in Sweida province, a monitor said."
    claim, verdict = _toll(demo, tmp_path, 250, "Date: 2018-07-27", "Sweida after the attack", lead, toll)
    assert (claim.start, verdict.verdict) == (None, "not checkable")


def test_a_toll_with_its_own_day_keeps_it(demo, tmp_path: Path) -> None:
    """Guard: the lead's day is for tolls with none; a sentence's own date wins."""
    toll = "On 24 July 2018, three people were killed in Sweida province, officials said."
    claim, _ = _toll(demo, tmp_path, 3, *WEDNESDAY_LEAD, toll)
    assert claim.start == claim.end == dt.date(2018, 7, 24)


# --- Danish press scans: ae for æ, words split after a ligature -----------------------------------------------------


def test_danish_words_spelt_with_ae_are_read(demo, tmp_path: Path) -> None:
    text = "Otte tyrkiske soldater blev draebt i kampe med PKK i Hakkari-provinsen den 30. juli 2016."
    [(claim, _)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.value, claim.actor, claim.place) == ("single_event", 8, "Government of Turkey", "Hakkari")
    pairs = _checked(
        demo, tmp_path, "Mindst 20 mennesker blev draebt og 40 saaret ved et bombeangreb den 13. marts 2016."
    )
    assert sorted((c.value, c.measure) for c, _ in pairs) == [(20, "deaths"), (40, "wounded")]


def test_a_word_split_after_its_ligature_is_one_word(demo, tmp_path: Path) -> None:
    text = "Ifølge militaeret blev mindst fi re mennesker dræbt i Diyarbakir den 12. juni 2016."
    [(claim, _)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.value, claim.operator, claim.place) == ("single_event", 4, ">=", "Diyarbakir")


def test_scanned_text_keeps_offsets_and_real_words() -> None:
    """Guard: every offset stays, and words that end in fi or hold ae are left as written."""
    for text in ("The Sufi rebels and the wifi", "Israel's aerial raids", "Raqqa, Saar, Michael"):
        assert scanned_text(text) == text
    text = "blev draebt, mindst fi re saarede"
    assert len(scanned_text(text)) == len(text)
    assert scanned_text(text).split() == ["blev", "dræbt,", "mindst", "fire", "sårede"]


# --- counts of bombers and bombings: the means ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "At least two attackers blew themselves up in Sweida on 25 July 2018, one near a marketplace.",
            2,
            "suicide bombers",
        ),
        ("Tre selvmordsbombere sprængte sig selv i luften i Kirkuk den 21. oktober 2016.", 3, "suicide bombers"),
        ("It was the third suicide bombing in Ankara in 2016.", 3, "bombings"),
        ("For fjerde gang i år blev Tyrkiet ramt af et bombeangreb, skriver avisen den 19. marts 2016.", 4, "bombings"),
    ],
)
def test_bombers_and_bombings_counted_are_the_means(demo, tmp_path: Path, text: str, value: int, measure: str) -> None:
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.value, claim.measure) == ("count", value, measure)
    assert verdict.verdict == "not checkable" and "means" in verdict.reason


def test_bombers_among_the_dead_are_no_count(demo, tmp_path: Path) -> None:
    """Guard: the bombers a toll includes are a part of its dead, not a figure of their own."""
    text = "The army killed six IS militants in Ramadi on 17 April 2016, including two suicide bombers."
    assert [c.value for c, _ in _checked(demo, tmp_path, text)] == [6]
