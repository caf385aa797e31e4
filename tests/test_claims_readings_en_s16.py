"""English reading kinds of the sixteenth round (issue 9), from the misses of set 18: a ratio with its events
between the numbers ("one clash in ten", "six engagements out of ten"), lethality in other words ("killed ten or
more", "caused no deaths"), a pair of sides before the events ("ISIS-SDF clashes", "regime-rebel clashes"), a share
with only its year ("In 2016, 78%.", "18% of its fights were with ISIS in 2015, 20% in 2016"), sides named by kind
("jihadist rivals", "foreign states") or by a nationality before what its forces did ("Turkish strikes"), the day of
a one-day toll named again ("a day that left"), "the last year of the decade, 2019", "not one of X's engagements",
a month to the end of a year, "the rebels" named apart from ISIS, a count again elsewhere (", and in Iraq about 520"),
events "there", "as it closed in on Hajin", the total a sentence opens with ("Of its 254 engagements, ... half.").

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (marked), which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "value", "actor", "counterpart"),
    [
        ("In 2016 HTS spent only one engagement in five fighting ISIS.", 0.2, "Hay'at Tahrir al-Sham", "Islamic State"),
        (
            "In 2015 the regime was the SDF's adversary in barely one clash in twenty.",
            0.05,
            "Syrian Democratic Forces",
            "Government of Syria",
        ),
        (
            "In 2017 the SDF fought ISIS in nine battles out of ten.",
            0.9,
            "Syrian Democratic Forces",
            "Islamic State",
        ),
        (
            "Rebel factions were ISIS's main foe in 2014, facing it in three engagements out of four.",
            0.75,
            "Islamic State",
            "Rebel factions",
        ),
    ],
)
def test_a_ratio_with_its_events_between_the_numbers_is_a_share(
    lexicon: Lexicon, text: str, value: float, actor: str, counterpart: str
) -> None:
    """ "one clash in ten" was no figure, "six engagements out of ten" a count of six."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert claim.value == pytest.approx(value)
    assert claim.start is not None and claim.start.month == 1


@pytest.mark.parametrize(
    "text",
    [
        "ISIS fought one battle in three days at Palmyra in May 2015.",  # a time, not a ratio
        "The SDF recorded one clash in 2016 with the regime.",  # a year, not a ratio
    ],
)
def test_events_in_a_time_are_no_ratio(lexicon: Lexicon, text: str) -> None:
    """Guard: "one battle in three days" and "one clash in 2016" are no shares."""
    assert not [c for c in _claims(lexicon, text) if c.kind == "share"]


def test_a_ratio_with_its_events_keeps_the_year(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "The regime fought the rebels in two engagements out of three in 2018.")
    assert (claim.kind, claim.start, claim.end) == ("share", *year_window(2018))


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("In 2016 more than half of HTS's battles were big fights that killed twenty or more.", 20),
        ("Roughly one in four SDF engagements in 2018 caused no deaths at all.", 0),
        ("In 2015 two-thirds of the regime's clashes resulted in at least one death.", 1),
    ],
)
def test_lethality_in_other_words_is_an_attribute_share(lexicon: Lexicon, text: str, threshold: int) -> None:
    """ "killed twenty or more" (no people noun), "caused no deaths", "resulted in at least one death" were plain
    shares of all events (and "twenty" a toll of its own)."""
    from dyadscope.claims.lethality import deadly_of

    [claim] = _claims(lexicon, text)
    assert claim.kind == "attribute_share"
    deadly = deadly_of(claim.measure)
    assert deadly is not None and deadly.threshold == threshold


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("There were some 400 HTS-ISIS clashes in 2017.", "Hay'at Tahrir al-Sham", "Islamic State"),
        ("There were some 400 ISIS-HTS clashes in 2017.", "Islamic State", "Hay'at Tahrir al-Sham"),
        ("In 2016 about 300 regime-rebel engagements took place in Daraa.", "Government of Syria", "rebels"),
    ],
)
def test_a_pair_of_sides_before_the_events_acts_in_the_order_written(
    lexicon: Lexicon, text: str, actor: str, counterpart: str
) -> None:
    """ "HTS-ISIS clashes" were ISIS's (the side next to the noun), "regime-rebel engagements" had no other side."""
    [claim] = _claims(lexicon, text)
    assert claim.kind == "count" and claim.actor == actor
    assert claim.counterpart == counterpart or lexicon.lookup(claim.counterpart).key == counterpart


def test_a_share_with_only_its_year_in_the_next_sentence_is_the_share_before_again(lexicon: Lexicon) -> None:
    """ "In 2016, 78%." after a share: the same sides in its own year (it was no claim)."""
    text = "In 2015 HTS fought the regime in about 60% of its battles. In 2016, 45%. And in 2017, 30 per cent."
    claims = _claims(lexicon, text)
    assert [(c.value, c.start.year) for c in claims] == [(0.6, 2015), (0.45, 2016), (0.3, 2017)]
    assert {(c.kind, c.actor, c.counterpart) for c in claims} == {
        ("share", "Hay'at Tahrir al-Sham", "Government of Syria")
    }


def test_a_share_with_only_its_year_in_the_same_sentence_keeps_the_side(lexicon: Lexicon) -> None:
    """ "18% of its fights were with IS in 2015, 20% in 2016": the later shares had no counterpart."""
    text = "The SDF: 70% of its battles were with IS in 2016, 85% in 2017, and about half again in 2019."
    claims = _claims(lexicon, text)
    assert [c.start.year for c in claims] == [2016, 2017, 2019]
    assert {c.counterpart for c in claims} == {"Islamic State"}


def test_each_share_takes_the_side_of_its_own_part(lexicon: Lexicon) -> None:
    """ "..., the SDF in 20% and the rebels in 30%": the 20% was read against the rebels of the next part."""
    text = "In 2016 ISIS fought the regime in 40% of its battles, the SDF in 20% and the rebels in 30%."
    claims = _claims(lexicon, text)
    assert [c.counterpart for c in claims] == ["Government of Syria", "Syrian Democratic Forces", "the rebels"]


def test_a_share_in_a_sentence_naming_a_side_is_no_repetition(lexicon: Lexicon) -> None:
    """Guard: "In 2016, 45% were against the SDF" names its own side."""
    text = "In 2015 HTS fought the regime in about 60% of its battles. In 2016, 45% were against the rebels."
    assert _claims(lexicon, text)[1].counterpart != "Government of Syria"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Jihadist rivals were HTS's opponent in about a third of its battles in 2017.", "jihadists"),
        ("Foreign powers accounted for some 5 per cent of ISIS's engagements in Iraq in 2017.", "foreign"),
        ("Foreign militaries were the other side in one in ten of ISIS's Syrian battles in 2016.", "foreign"),
    ],
)
def test_rivals_and_foreign_powers_named_by_kind_are_groups(lexicon: Lexicon, text: str, group: str) -> None:
    """ "jihadist rivals", "foreign states", "foreign militaries" were no side at all."""
    claim = _claims(lexicon, text)[0]
    assert claim.kind == "share" and claim.counterpart is not None
    assert lexicon.lookup(claim.counterpart).key == group


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Turkish strikes on the PKK in Iraq: about 60 recorded engagements in 2018.", "Government of Turkey"),
        ("Iraqi operations against ISIS in Anbar numbered some 200 in 2016.", "Government of Iraq"),
    ],
)
def test_a_nationality_before_what_its_forces_did_is_the_state(lexicon: Lexicon, text: str, actor: str) -> None:
    """ "Turkish strikes", "Iraqi operations": the count had no actor."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.actor) == ("count", actor)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2017 the SDF suffered a day that left some forty dead in Raqqa province.",
        "When the regime retook Palmyra on 2 March 2017, more than thirty were killed on that first day in Homs.",
    ],
)
def test_a_day_named_in_a_one_day_toll_is_its_day(lexicon: Lexicon, text: str) -> None:
    """ "a day that left", "that first day" were time words left unread (not checkable)."""
    [claim] = _claims(lexicon, text)
    assert claim.kind == "single_event" and claim.start == claim.end and claim.unread == []


def test_the_last_year_of_a_period_named_with_its_year_is_that_year(lexicon: Lexicon) -> None:
    """ "Last year of the decade, 2019:" was read as "last year" (relative) and left unread."""
    [claim] = _claims(lexicon, "The last year of the decade, 2019: HTS did not fight the SDF at all.")
    assert (claim.kind, claim.start, claim.end, claim.unread) == (
        "absence",
        dt.date(2019, 1, 1),
        dt.date(2019, 12, 31),
        [],
    )


def test_last_year_alone_stays_relative(lexicon: Lexicon) -> None:
    """Guard: "last year" with no article date is a time the checker cannot place."""
    [claim] = _claims(lexicon, "Last year HTS did not fight the SDF at all.")
    assert claim.start is None and claim.unread


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        (
            "Not one of the SDF's recorded battles in 2016 was with the regime.",
            "Syrian Democratic Forces",
            "Government of Syria",
        ),
        (
            "In 2015 none of HTS's engagements were against Turkish troops.",
            "Hay'at Tahrir al-Sham",
            "Government of Turkey",
        ),
    ],
)
def test_none_of_an_actors_events_with_a_side_is_an_absence(
    lexicon: Lexicon, text: str, actor: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", actor, counterpart)


def test_none_of_a_counted_number_is_no_absence(lexicon: Lexicon) -> None:
    """Guard: "None of the 300 clashes ... involved Turkey" is no absence of Turkey's own events."""
    assert not [c for c in _claims(lexicon, "None of the 300 clashes in 2017 involved Turkey.") if c.kind == "absence"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("From June 2016, when Manbij fell, to the end of 2017, the SDF fought ISIS about 900 times.", (2017, 12, 31)),
        ("From March 2015 to the end of 2016 HTS fought the regime some 700 times.", (2016, 12, 31)),
        ("From October 2017, after Raqqa fell, to March 2018, the SDF fought IS about 300 times.", (2018, 3, 31)),
    ],
)
def test_a_month_to_the_end_of_a_year_with_an_aside_is_one_window(lexicon: Lexicon, text: str, end: tuple) -> None:
    """ "From October 2017, when Raqqa fell, to the end of 2018" was October 2017 alone, 2018 left unread."""
    [claim] = _claims(lexicon, text)
    assert claim.end == dt.date(*end) and claim.start.day == 1 and claim.unread == []


def _counted_as(lexicon: Lexicon, claim) -> tuple[str, ...]:
    """The counterpart classes the verifier counts for a claim (claims/resolve.py)."""
    from dyadscope.claims.resolve import apart_from_jihadists, resolve_counterpart

    return apart_from_jihadists(lexicon, claim, resolve_counterpart(lexicon, claim.counterpart)).classes


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the regime fought the rebels in three engagements out of four, and ISIS in most of the rest.",
        "Over 80 per cent of the army's fighting in 2014 was against rebel groups, not against ISIS.",
    ],
)
def test_rebels_named_apart_from_a_jihadist_side_are_counted_without_jihadists(lexicon: Lexicon, text: str) -> None:
    """ "the rebels ..., and ISIS in most of the rest" counted ISIS among the rebels (set 18 en136's wrong verdict)."""
    claim = _claims(lexicon, text)[0]
    assert lexicon.lookup(claim.counterpart).key == "rebels"  # the words as read; the count is the narrower one
    assert _counted_as(lexicon, claim) == ("rebel",)


def test_rebels_joined_to_a_jihadist_side_keep_the_jihadists(lexicon: Lexicon) -> None:
    """Guard: "Rebel groups and the Nusra Front together" counts both."""
    [claim] = _claims(
        lexicon, "Rebel groups and the Nusra Front together were ISIS's opponent in about half its battles in 2015."
    )
    assert set(_counted_as(lexicon, claim)) == {"rebel", "jihadist"}


def test_a_count_again_in_another_place_with_its_events_left_out(lexicon: Lexicon) -> None:
    """ "..., and in Iraq about 520": no second count, and "Iraq" left the first one unread."""
    text = "In 2017 the regime's battles in Syria numbered about 3,600, and in Idlib some 700."
    first, second = _claims(lexicon, text)
    assert (first.value, first.country, first.place, first.unread) == (3600, "SYR", None, [])
    assert (second.kind, second.value, second.place, second.actor) == ("count", 700, "Idlib", first.actor)
    assert second.start == dt.date(2017, 1, 1) and second.unread == []


def test_a_count_in_two_countries_stays_unread_beside_a_third(lexicon: Lexicon) -> None:
    """Guard: "in Syria and Iraq" is still more than the count's one country."""
    claims = _claims(lexicon, "In 2016 ISIS fought some 2,000 times in Syria and Iraq, and in Turkey about 40.")
    assert all(c.unread for c in claims)


def test_a_share_of_events_there_is_a_concentration_in_the_place_named(lexicon: Lexicon) -> None:
    """ "Aleppo was the regime's main front, with some 40 per cent of its battles there" was a share, not checkable."""
    text = "In 2016 Aleppo was the regime's main front, with some 40 per cent of its battles there."
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.place, claim.value) == ("concentration", "Aleppo", 0.4)


@pytest.mark.parametrize(
    "text",
    [
        "In the last quarter of 2018 the SDF fought ISIS some 200 times as it closed in on Hajin.",
        "In 2017 the SDF fought ISIS about 1,300 times as they pushed into Raqqa.",
    ],
)
def test_where_a_side_was_heading_meanwhile_is_no_place_of_the_claim(lexicon: Lexicon, text: str) -> None:
    """ "... as it closed in on Hajin" made the count Hajin's (a town: not checkable)."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.place, claim.country, claim.unread) == ("count", None, "SYR", [])


def test_a_comparison_with_as_keeps_its_time_unread(lexicon: Lexicon) -> None:
    """Guard: "as it did in 2016" is no side clause; its year stays unread."""
    [claim] = _claims(lexicon, "In 2017 the SDF fought ISIS about 400 times in Raqqa as it did in 2016.")
    assert claim.unread == ["2016"]


def test_a_country_before_a_verb_is_no_state_acting(lexicon: Lexicon) -> None:
    """Guard: "kampe i Syrien angreb på civile" ("angreb" a verb here) is no Syrian attack; "Turkish strikes" are."""
    [claim] = _claims(lexicon, "I 2016 var omkring 7 procent af IS' kampe i Syrien angreb på civile.", lang="da")
    assert claim.actor == "Islamic State"


def test_the_total_a_sentence_opens_with_is_the_owners_and_half_closes_the_share(lexicon: Lexicon) -> None:
    """ "Of its 254 engagements in 2018, HTS fought the regime in about half.": the 254 were read as HTS's against
    the regime, and "in about half." was no figure."""
    count, share = _claims(lexicon, "Of its 250 engagements in 2017, the SDF fought the regime in about half.")
    assert (count.kind, count.value, count.actor, count.counterpart) == ("count", 250, "Syrian Democratic Forces", None)
    assert (share.kind, share.value, share.counterpart) == ("share", 0.5, "Government of Syria")


def test_half_as_a_division_is_no_share(lexicon: Lexicon) -> None:
    """Guard: "cut ... in half" names no events."""
    assert not _claims(lexicon, "In 2017 the SDF cut the ISIS-held area in half.")
