"""The claim grammar on its own (no store): quantities in words, roles, references, time expressions, false friends.

Each case is a kind of phrasing found failing on sentences written by people who never read the rules (issue 9);
the checker is built for the kind, so the sentences here are new ones, not copies of the evaluation sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

from dyadscope.claims.dates import Window, find_window
from dyadscope.claims.extract import MAX_CLAIMS, extract_claims
from dyadscope.claims.figures import find_figures
from dyadscope.claims.html import claim_value
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("the two sides clashed 48 times", "count", 48, None),
        ("they fought twenty-five battles", "count", 25, None),
        ("over 100 gange", "count", 100, None),
        ("dozens of attacks on civilians", "count", 24, 99),
        ("hundredvis af angreb", "count", 200, 999),
        ("seven per cent of its attacks", "share", 0.07, None),
        ("otte procent af angrebene", "share", 0.08, None),
        ("three-fifths of its battles", "share", 0.6, None),
        ("one in five attacks", "share", 0.2, None),
        ("hver femte kamp", "share", 0.2, None),
        ("the overwhelming majority of its clashes", "share", 0.75, 1.0),
        ("hardly any of its attacks", "share", 0.0, 0.05),
        ("samtlige af gruppens angreb", "share", 1.0, 1.0),
    ],
)
def test_quantities_in_words_and_vague_ranges(text: str, kind: str, low: float, high: float | None) -> None:
    [figure] = find_figures(text, [])
    assert figure.kind == kind and figure.value == pytest.approx(low)
    assert figure.high == (pytest.approx(high) if high is not None else None)
    assert (figure.op == "in") == (high is not None)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy left 3 days later.",
        "ISIS left 2 towns in Syria in 2017.",
        "three times as many fighters",
        "in the first half of 2016",
        "one of the attacks",
    ],
)
def test_false_friends_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text, []) if f.kind != "other"] == []


def test_left_dead_is_a_death_toll() -> None:
    [figure] = find_figures("The bombing left 30 people dead.", [])
    assert (figure.kind, figure.value) == ("deaths", 30)


def test_month_abbreviation_is_not_an_alias(lexicon: Lexicon) -> None:
    # "JaN" is an alias of Jabhat al-Nusra; "Jan." is January
    assert [m.entry.key for m in lexicon.mentions("On Jan. 5 the SDF said")] == ["sdf"]
    assert [m.entry.key for m in lexicon.mentions("JaN fighters moved")] == ["jabhat_al_nusra"]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart"),
    [
        ("Kurdish fighters were IS's opponent in well over half of its clashes in Syria in 2017.", "en",
         "Islamic State", "Kurdish fighters"),
        ("Rival rebel and jihadist factions accounted for about a quarter of ISIS's fighting in 2015.", "en",
         "Islamic State", "Rival rebel and jihadist factions"),
        ("In 2016 the SDF fought ISIS in roughly 80 percent of its battles.", "en",
         "Syrian Democratic Forces", "Islamic State"),
        ("Fighting against ISIS made up about a fifth of the Syrian government's battles in 2016.", "en",
         "Government of Syria", "Islamic State"),
        ("I 2015 var den syriske hær modstanderen i over halvdelen af IS' kampe i Syrien.", "da",
         "Islamic State", "Government of Syria"),
        ("Tyrkiske styrker kæmpede mod IS 120 gange i Syrien i 2016.", "da", "Government of Turkey", "Islamic State"),
    ],
)  # fmt: skip
def test_roles_in_either_order(lexicon: Lexicon, text: str, lang: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_references_resolve_to_the_salient_actor(lexicon: Lexicon) -> None:
    text = (
        "Hayat Tahrir al-Sham dominates Idlib. In 2018 the group was involved in 174 battles, "
        "and half of them were against IS."
    )
    count, share = _claims(lexicon, text)
    assert (count.actor, count.counterpart, count.value) == ("Hay'at Tahrir al-Sham", None, 174)
    assert (share.actor, share.counterpart, share.base_count) == ("Hay'at Tahrir al-Sham", "Islamic State", 174)
    [da] = _claims(lexicon, "Kurdiske styrker kæmpede mod IS i hver femte af gruppens kampe i Irak i 2015.", "da")
    assert (da.actor, da.counterpart) == ("Islamic State", "Kurdiske styrker")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the third quarter of 2016", "2016-07-01", "2016-09-30"),
        ("i første halvår 2015", "2015-01-01", "2015-06-30"),
        ("from 1 January to 31 March 2016", "2016-01-01", "2016-03-31"),
        ("mellem juni og oktober 2017", "2017-06-01", "2017-10-31"),
        ("in the summer of 2017", "2017-06-01", "2017-08-31"),
        ("late Friday", "2016-12-09", "2016-12-09"),  # the article is dated Thursday 15 December 2016
        ("torsdag", "2016-12-15", "2016-12-15"),
        ("last month", "2016-11-01", "2016-11-30"),
    ],
)
def test_time_expressions(text: str, start: str, end: str) -> None:
    window = find_window(text, dt.date(2016, 12, 15))
    assert window is not None and (str(window.start), str(window.end)) == (start, end)


def test_year_from_context_is_said() -> None:
    previous = Window(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "March 2019", "explicit")
    window = find_window("I årets første kvartal kæmpede gruppen", None, previous)
    assert (str(window.start), str(window.end)) == ("2019-01-01", "2019-03-31")
    assert "context" in window.basis


def test_territory_and_people_are_not_event_shares(lexicon: Lexicon) -> None:
    assert _claims(lexicon, "HTS controls most of Idlib, and all of the senior leaders were arrested in 2014.") == []


def test_vague_range_is_stated(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Dozens of ISIS attacks in Syria in 2018 targeted civilians.")
    assert (claim.kind, claim.value, claim.upper, claim.operator) == ("count", 24, 99, "in")
    assert claim_value(claim) == "read as 24–99"


def test_extraction_is_bounded(lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    # 8 KB of "1%" took 69 s before; now each sentence piece is bounded and the claim count is capped. The reading's
    # time limit is lifted here, so that a loaded machine cannot stop it before the cap: the cap is what is tested
    monkeypatch.setattr("dyadscope.claims.extract.MAX_SECONDS", 3600.0)
    text = "ISIS attacks 1% " * 40_000
    extraction = extract_claims(parse_article(text, fmt="text"), lexicon, lang="en")
    assert len(extraction.claims) == MAX_CLAIMS and extraction.truncated


def test_extraction_stops_at_its_time_limit(lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    # past the time limit the rest of the text is not read, and the extraction says so
    monkeypatch.setattr("dyadscope.claims.extract.MAX_SECONDS", 0.0)
    extraction = extract_claims(parse_article("ISIS attacks 1% " * 100, fmt="text"), lexicon, lang="en")
    assert extraction.truncated and len(extraction.claims) < MAX_CLAIMS


def test_non_event_ratio_is_shown_as_written(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "17 of the 25 prisoners were released in 2010.")
    assert claim.kind == "not_event_data" and claim_value(claim) == ""


# --- Kinds behind the wrong verdicts on set 2 (docs/claims.md): new sentences in the style of each failure ---


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("During the first four months of 2015 the army lost ground", "2015-01-01", "2015-04-30"),
        ("I de sidste to måneder af 2017 faldt antallet", "2017-11-01", "2017-12-31"),
        ("From March to 14 November 2018, government troops advanced", "2018-03-01", "2018-11-14"),
        ("Mellem maj og 3. august 2016 rykkede hæren frem", "2016-05-01", "2016-08-03"),
        ("Rebels fought the army in nearly a third of their 2015 battles", "2015-01-01", "2015-12-31"),
        ("In its worst year, 2015, the group fought on", "2015-01-01", "2015-12-31"),
        ("I efteråret 2018, fra august til november, faldt tallet", "2018-08-01", "2018-11-30"),
    ],
)
def test_time_words_with_a_year_are_read(text: str, start: str, end: str) -> None:
    window = find_window(text, None)
    assert window is not None and (window.start.isoformat(), window.end.isoformat()) == (start, end)


def test_the_year_after_the_previous_window() -> None:
    previous = Window(*year_window(2015), "in 2015", "explicit")
    later = find_window("The following year the number of clashes halved.", None, previous)
    earlier = find_window("Året før var billedet et andet.", None, previous)
    assert (later.start, later.end) == year_window(2016)
    assert (earlier.start, earlier.end) == year_window(2014)


def test_a_state_acting_alone_is_counted_at_home(lexicon: Lexicon) -> None:
    [home] = _claims(lexicon, "Turkish soldiers clashed with the PKK in about 180 engagements in 2016.")
    [abroad] = _claims(lexicon, "Turkish soldiers clashed with ISIS in about 70 engagements in Syria in 2016.")
    assert (home.actor, home.counterpart, home.country) == ("Government of Turkey", "Kurdistan Workers' Party", "TUR")
    assert abroad.country == "SYR"


def test_a_part_and_its_total(lexicon: Lexicon) -> None:
    part, total = _claims(lexicon, "Regimet kæmpede i 2018 mest mod oprørerne: 1.200 af i alt 1.700 kampe.", "da")
    assert (part.kind, part.value, part.counterpart) == ("count", 1200, "oprørerne")
    assert (total.kind, total.value, total.counterpart) == ("count", 1700, None)


@pytest.mark.parametrize(
    ("text", "lang", "perpetrator"),
    [
        ("Two in five deadly attacks on civilians in Iraq in 2015 were committed by ISIS.", "en", "Islamic State"),
        ("The regime was behind a quarter of all attacks on civilians in Syria in 2016.", "en", "Government of Syria"),
        ("IS stod bag hvert femte angreb på civile i Irak i 2016.", "da", "Islamic State"),
    ],
)
def test_shares_of_attacks_on_civilians_by_perpetrator(
    lexicon: Lexicon, text: str, lang: str, perpetrator: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", "Civilians", perpetrator)


def test_a_count_of_the_perpetrators_own_attacks_is_not_inverted(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "ISIS carried out 60 attacks on civilians in Iraq in 2017.")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", "Islamic State", "civilians")


def test_a_share_of_the_fighting_against_someone(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In 2017 the regime's share of the fighting against ISIS in Syria fell to 40 percent.")
    assert (claim.actor, claim.counterpart, claim.value) == ("Islamic State", "Government of Syria", 0.4)


@pytest.mark.parametrize(
    ("text", "lang", "unread"),
    [
        ("In the first weeks of 2016, ISIS fought the SDF 90 times.", "en", "first weeks"),
        # an aside's time after the count ("90 times in 2016, most of them in March") is the aside's own, not the
        # count's scope since round 13 (sets 11 and 12 judge the count alone): test_claims_readings_grammar_s13.py
        ("ISIS fought the SDF 90 times in 2016, in March.", "en", "March"),
        ("ISIS fought some 900 battles in northern Syria in 2016.", "en", "northern"),
        ("IS kæmpede omkring 900 gange i Irak og Syrien i 2016.", "da", "Syrien"),
        ("ISIS fought 300 battles in Raqqa and Deir ez-Zor in 2017.", "en", "Deir ez-Zor"),
        # a named landscape is neither a governorate nor a country (set 9's kind: read without it, it was supported)
        (
            "Hezbollah fought ISIS in a third of its battles in the Anti-Lebanon Mountains in 2016.",
            "en",
            "Anti-Lebanon Mountains",
        ),
        ("Hizbollah kæmpede mod IS i en tredjedel af sine kampe i Zabadani-dalen i 2016.", "da", "Zabadani-dalen"),
    ],
)
def test_time_and_place_words_left_unread_are_listed(lexicon: Lexicon, text: str, lang: str, unread: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert unread in claim.unread


def test_side_clauses_and_read_words_are_not_unread(lexicon: Lexicon) -> None:
    [claim] = _claims(
        lexicon, "In 2018, during the battle for Hajin, the SDF fought ISIS 400 times in Deir ez-Zor province."
    )
    assert claim.unread == [] and claim.place == "Deir ez-Zor"
    [claim] = _claims(lexicon, "In 2017 the regime fought rebels 300 times in the Aleppo countryside.")
    assert claim.unread == [] and claim.place == "Aleppo"  # a landscape named by a known place is that place


def test_unread_words_give_not_checkable_in_both_languages(demo, lexicon: Lexicon) -> None:
    from dyadscope.claims.verify import verify_claims
    from dyadscope.claims.wording import verdict_text

    [claim] = _claims(lexicon, "ISIS fought the SDF 90 times in 2016, in October.")  # an aside's time is its own
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not checkable" and "October" in verdict.reason
    assert "October" in str(verdict_text(verdict, "reason", "da")) and "sætningen" in str(
        verdict_text(verdict, "reason", "da")
    )
    claim.unread = []  # the person fixed the window in the claims file: now it is checked
    [checked] = verify_claims(demo, lexicon, [claim])
    assert checked.verdict in ("supported", "contradicted")


def test_perpetrator_share_is_checked_on_attacks_on_civilians(demo, lexicon: Lexicon) -> None:
    from dyadscope.claims.verify import verify_claims

    [claim] = _claims(lexicon, "Nine in ten deadly attacks on civilians in Syria in 2016 were carried out by ISIS.")
    [verdict] = verify_claims(demo, lexicon, [claim])
    # 143 of the 185 attacks on civilians in Syria in 2016 were ISIS's (77.3%): nine in ten is contradicted
    assert (verdict.matching_events, verdict.events, verdict.verdict) == (143, 185, "contradicted")


@pytest.mark.parametrize(
    ("text", "lang", "actor", "place"),
    [
        (
            "Baghdad's forces fought ISIS in about 500 engagements in Anbar in 2015.",
            "en",
            "Government of Iraq",
            "Anbar",
        ),
        (
            "Syria's army fought rebels in three in four of its clashes in Hama in 2017.",
            "en",
            "Government of Syria",
            "Hama",
        ),
        ("Hama was the scene of a fifth of regime battles in 2017.", "en", "Government of Syria", "Hama"),
        (
            "I 2016 foregik en fjerdedel af regeringshærens kampe i Aleppo-provinsen.",
            "da",
            "Government of Syria",
            "Aleppo",
        ),
    ],
)
def test_states_named_by_roles_capitals_and_countries(
    lexicon: Lexicon, text: str, lang: str, actor: str, place: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.place) == (actor, place)


def test_the_province_and_the_group_refer_back(lexicon: Lexicon) -> None:
    text = (
        "Iraqi troops retook Anbar from ISIS in 2016. In 2017 the group fought about 90 battles in the province, "
        "roughly a fifth of them against the army."
    )
    count, share = _claims(lexicon, text)
    assert (count.actor, count.place) == ("Islamic State", "Anbar")
    assert (share.actor, share.value) == ("Islamic State", 0.2)


def test_counts_written_around_the_noun(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "The regime fought 2,900 battles in 2018, down from about 4,000 the year before.")
    assert [(c.value, c.start.year) for c in claims] == [(2900, 2018), (4000, 2017)]
    [after] = _claims(
        lexicon, "IS var involveret i 400 kampe i Irak i 2016. Året efter faldt tallet til omkring 300.", "da"
    )[1:]
    assert (after.value, after.start.year, after.measure) == (300, 2017, "kampe")
    [times] = _claims(lexicon, "The SDF and ISIS clashed about 900 times over the course of 2016.")
    assert (times.value, times.actor, times.counterpart) == (900, "Syrian Democratic Forces", "Islamic State")


def test_land_and_values_are_not_event_shares(lexicon: Lexicon) -> None:
    [land] = _claims(lexicon, "At its peak ISIS held roughly 40 percent of Iraq's territory.")
    assert (land.kind, land.measure) == ("not_event_data", "territory")
    assert _claims(lexicon, "The Iraqi dinar lost 20 percent of its value against the dollar in 2015.") == []


def test_a_total_then_its_subset(lexicon: Lexicon) -> None:
    total, part = _claims(lexicon, "Of the 1,100 clashes the SDF fought in Syria in 2016, 880 were against ISIS.")
    assert (total.kind, total.value, total.counterpart) == ("count", 1100, None)
    assert (part.kind, part.value, part.counterpart) == ("share", pytest.approx(0.8), "Islamic State")
    [some] = _claims(lexicon, "In 2016, 880 of the SDF's engagements were against ISIS.")
    assert (some.kind, some.value, some.actor, some.counterpart) == (
        "count",
        880,
        "Syrian Democratic Forces",
        "Islamic State",
    )


def test_seasons_and_regions_are_never_silently_dropped(lexicon: Lexicon) -> None:
    [summer] = _claims(lexicon, "Over the summer months of 2018 the regime fought ISIS in a fifth of its battles.")
    assert (summer.start, summer.end, summer.unread) == (dt.date(2018, 6, 1), dt.date(2018, 8, 31), [])
    [winter] = _claims(lexicon, "In the winter of 2017 the SDF fought ISIS around 150 times.")
    assert "winter" in winter.unread
    [east] = _claims(lexicon, "I det vestlige Irak kæmpede IS omkring 300 gange mod hæren i 2016.", "da")
    assert east.actor == "Islamic State" and "det vestlige" in east.unread  # the country is a place, not an actor


def test_allies_negated_sides_and_the_figures_own_clause(lexicon: Lexicon) -> None:
    [negated] = _claims(lexicon, "In 2016 the SDF, not the regime, took part in about 900 engagements.")
    assert (negated.actor, negated.counterpart) == ("Syrian Democratic Forces", None)
    [ally] = _claims(lexicon, "Hezbollah fought alongside the regime in about a third of its battles in 2015.")
    assert ally.counterpart is None  # an ally is not the other side: no verdict without a counterpart
    [own] = _claims(lexicon, "The SDF did not fight the regime in 2015, but it clashed with ISIS some 500 times.")
    assert (own.actor, own.counterpart) == ("Syrian Democratic Forces", "Islamic State")


def test_rates_and_joint_actors_are_unread(lexicon: Lexicon) -> None:
    [rate] = _claims(lexicon, "The regime fought about 300 battles a month in Syria in 2016.")
    assert "a month" in rate.unread
    [joint] = _claims(lexicon, "Regimet og Hizbollah kæmpede mod IS omkring 900 gange i 2016.", "da")
    assert joint.actor == "Government of Syria" and joint.unread == ["Hizbollah"]


def test_no_country_named_the_scope_is_where_the_named_side_is_based(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In 2016 the Kurdish YPG was ISIS's opponent in about a fifth of the group's battles.")
    assert (claim.actor, claim.country) == ("Islamic State", "SYR") and any("based" in n for n in claim.notes)


def test_absence_of_one_sides_battles_against_another(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Ingen af SDF's kampe i Idlib i 2018 var mod regimet.", "da")
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == (
        "absence",
        "Syrian Democratic Forces",
        "Government of Syria",
        "Idlib",
    )


def test_a_count_per_year_is_a_rate(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Since 2016 the SDF has fought ISIS more than 500 times a year.")
    assert "a year" in claim.unread
    [later] = _claims(lexicon, "The SDF was formed in 2015. A year later it fought ISIS about 600 times.")
    assert later.unread == [] and later.start == dt.date(2016, 1, 1)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Since the start of 2016 the army has fought ISIS about 800 times.", "2016-01-01"),
        ("Siden marts 2018 har SDF kæmpet mod IS over 700 gange.", "2018-03-01"),
        ("Since 20 January 2018 the SNA has fought the SDF some 300 times.", "2018-01-20"),
    ],
)
def test_since_runs_to_the_article_date(text: str, start: str) -> None:
    window = find_window(text, dt.date(2019, 6, 30))
    assert (window.start.isoformat(), window.end) == (start, dt.date(2019, 6, 30))


def test_a_leading_clause_gives_way_to_the_main_clause(lexicon: Lexicon) -> None:
    [main] = _claims(lexicon, "After losing Raqqa in 2017, ISIS fought about 1,000 battles in Syria in 2018.")
    assert (main.start, main.place, main.unread) == (dt.date(2018, 1, 1), None, [])
    [after] = _claims(lexicon, "After Raqqa fell in October 2017, ISIS fought about 300 battles in Syria.")
    assert after.unread == ["October 2017"]  # a time after that month, not that month


def test_of_which_is_a_subset_of_the_count_before(lexicon: Lexicon) -> None:
    total, part = _claims(lexicon, "SDF kæmpede i 2017 i alt 1.400 kampe, heraf 1.300 mod IS.", "da")
    assert (total.value, total.counterpart) == (1400, None)
    assert (part.kind, part.value, part.counterpart, part.base_count) == (
        "share",
        pytest.approx(1300 / 1400),
        "Islamic State",
        1400,
    )


# Set 3 kinds (sentences new here): who is who when the counterpart is the subject, and whose place a figure has.
def test_a_subject_pronoun_belongs_to_its_own_clause(lexicon: Lexicon) -> None:
    text = "The army was the jihadists' main foe in 2016: the SDF fought ISIS in two-thirds of its battles that year."
    (claim,) = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


def test_two_descriptions_in_a_clause_are_two_actors(lexicon: Lexicon) -> None:
    text = "The SDF kept up pressure on ISIS in 2018: the militants were the foe in 40% of the alliance's battles."
    (claim,) = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


def test_danish_af_after_a_figure_is_the_whole_not_the_perpetrator(lexicon: Lexicon) -> None:
    text = "Angreb på civile stod for omkring ti procent af regimets aktiviteter i Syrien i 2015."
    (claim,) = _claims(lexicon, text, "da")
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "civile")


def test_an_apposition_about_the_year_is_no_place(lexicon: Lexicon) -> None:
    (claim,) = _claims(lexicon, "Government forces fought some 900 battles in 2016, the year they retook Aleppo.")
    assert claim.kind == "count" and claim.place is None and not claim.unread


def test_a_count_keeps_its_place_apart_from_the_concentration_after_it(lexicon: Lexicon) -> None:
    text = "The regime fought about 4,000 battles in Syria in 2016, a third of them in Aleppo."
    count, share = _claims(lexicon, text)
    assert (count.kind, count.place, count.unread) == ("count", None, [])
    assert (share.kind, share.place) == ("concentration", "Aleppo")


def test_an_example_of_a_group_is_no_side_but_gives_its_country(lexicon: Lexicon) -> None:
    text = "Rebel groups, such as Ahrar al-Sham, were the opponent in a fifth of IS engagements in 2015."
    (claim,) = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart, claim.country) == ("Islamic State", "Rebel groups", "SYR")


def test_a_backer_before_a_rebel_noun_names_the_backed_force(lexicon: Lexicon) -> None:
    (claim,) = _claims(
        lexicon, "In 2019, Turkish-backed rebel groups were the enemy in a quarter of the SDF's clashes."
    )
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Syrian National Army")


def test_each_share_in_a_list_has_its_own_counterpart(lexicon: Lexicon) -> None:
    text = "In 2016, 40% of ISIS fighting was against the regime, while a further 25% involved battling Kurdish units."
    first, second = _claims(lexicon, text)
    assert first.counterpart == "Government of Syria"
    assert second.counterpart == "Kurdish units"


def test_the_neighbouring_country_is_not_the_actors_home(lexicon: Lexicon) -> None:
    text = "I 2017 var to tredjedele af de tyrkiske styrkers kampe i nabolandet rettet mod kurdiske militser."
    (claim,) = _claims(lexicon, text, "da")
    assert "i nabolandet" in claim.unread


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        # the attacks' other side is kept as written (round 12: set 7's testers expect it); still not checkable
        (
            "Suicide attacks made up about 10 per cent of ISIS clashes with the SDF in 2017.",
            "en",
            "Syrian Democratic Forces",
        ),
        ("Airstrikes accounted for two-thirds of the regime's attacks in Idlib in 2019.", "en", None),
        ("Bilbomber udgjorde en fjerdedel af IS' angreb i Irak i 2015.", "da", None),
    ],
)
def test_means_as_the_subject_of_a_share_are_an_attribute(
    lexicon: Lexicon, text: str, lang: str, counterpart: str | None
) -> None:
    (claim,) = _claims(lexicon, text, lang)
    assert claim.kind == "attribute_share" and claim.counterpart == counterpart


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Government troops fought the group in roughly 700 battles during 2015.", "en", "the group"),
        ("In 2018 Turkish forces took part in some 90 clashes with the militants.", "en", "the militants"),
        ("Regeringshæren kæmpede mod gruppen omkring 500 gange i 2016.", "da", "gruppen"),
    ],
)
def test_a_reference_with_nothing_to_refer_to_leaves_the_claim_unchecked(
    lexicon: Lexicon, text: str, lang: str, word: str
) -> None:
    # No organisation named before "the group"/"the militants": counting the actor's events against anyone
    # would check another claim than the one written.
    [claim] = _claims(lexicon, text, lang)
    assert claim.counterpart is None and word in claim.unread


def test_a_reference_after_its_organisation_still_resolves(lexicon: Lexicon) -> None:
    text = "ISIS lost Raqqa in 2017. That year Turkish forces took part in some 90 clashes with the militants."
    claim = _claims(lexicon, text)[-1]
    assert (claim.counterpart, claim.unread) == ("Islamic State", [])


# ---- set-4 kinds (new sentences; set 4 itself is scored by tests/test_claims_heldout.py) ----


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart"),
    [
        # state forces of no named state and one actor: the sides in the order written, the army's state left to
        # the verifier (the state dominating state forces' events in the scope: tests/test_claims_readings_en_s14.py)
        ("Hæren og Islamisk Stat stødte sammen cirka 700 gange i 2016.", "da", None, "Islamic State"),
        ("Government troops and ISIS clashed some 350 times in 2015.", "en", None, "Islamic State"),
        # with the other side's home known, government forces are that country's state
        ("Regeringsstyrkerne og HTS stødte sammen 120 gange i 2019.", "da", "Government of Syria", None),
        # a coordinate clause holds its own sides; Danish "den" before a number is a pronoun
        (
            "Tyrkiet angreb SDF 90 gange, mens oprørerne kæmpede mod den 40 gange i 2019.",
            "da",
            "Syrian Democratic Forces",
            "oprørerne",
        ),
        # "stødte sammen med X" is "clashed with X", not "together with X"
        ("Regimet stødte sammen med oprørerne omkring 900 gange i 2018.", "da", "Government of Syria", "oprørerne"),
    ],
)
def test_class_sides_and_coordinate_clauses(
    lexicon: Lexicon, text: str, lang: str, actor: str | None, counterpart: str | None
) -> None:
    claim = _claims(lexicon, text, lang)[-1]
    assert claim.actor == actor
    if counterpart is not None:
        assert claim.counterpart == counterpart


def test_government_forces_opposite_a_group_are_the_state_class_not_unread(lexicon: Lexicon) -> None:
    # which state's forces is asked of the data (verify.py compares all countries and the actor's main one)
    [claim] = _claims(lexicon, "I 2016 var hæren modpart i omkring 45 procent af IS' kampe.", "da")
    assert (claim.actor, claim.counterpart, claim.unread) == ("Islamic State", "hæren", [])
    # acting alone, with no country named, they are no actor (not checkable), never a guessed state
    [claim] = _claims(lexicon, "Government forces fought 900 battles in 2016.")
    assert claim.actor is None


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("About 60% of ISIS battles in 2018 were against the SDF and its Kurdish allies.", "en", "Kurdish forces"),
        ("Omkring 60 procent af IS' kampe i 2018 var mod SDF og allierede.", "da", "Kurdish forces"),
        ("Half of ISIS battles in 2018 were against the YPG and other Kurdish militias.", "en", "Kurdish militias"),
        ("Half of ISIS battles in 2018 were against rival insurgent factions.", "en", "rival insurgent factions"),
    ],
)
def test_an_actor_and_its_allies_are_its_class(lexicon: Lexicon, text: str, lang: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.counterpart == counterpart
    assert lexicon.lookup(claim.counterpart).kind == "group"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Roughly a third of the regime's battles in 2016 were recorded in Aleppo.", "en", "Aleppo"),
        ("Halvdelen af IS' kampe i 2017 blev udkæmpet i Deir ez-Zor.", "da", "Deir ez-Zor"),
        ("Tre ud af ti af regimets kampe i 2019 blev registreret i Hama-provinsen.", "da", "Hama"),
    ],
)
def test_where_the_events_were_recorded_is_a_concentration(lexicon: Lexicon, text: str, lang: str, place: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.counterpart) == ("concentration", place, None)


@pytest.mark.parametrize(
    ("text", "lang", "value", "op"),
    [
        ("Less than half of the regime's battles in 2015 were against ISIS.", "en", 0.5, "<"),
        ("Under halvdelen af regimets kampe i 2015 var mod IS.", "da", 0.5, "<"),
        ("Hama saw a little over half of the regime's activity in 2016.", "en", 0.5, "in"),
        ("The SDF fought ISIS in barely a fifth of its fights in 2019.", "en", 0.2, "~"),
        ("SDF kæmpede mod IS i cirka 70 procent af tilfældene i 2018.", "da", 0.7, "~"),
    ],
)
def test_bounds_and_nouns_of_shares(lexicon: Lexicon, text: str, lang: str, value: float, op: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.value == pytest.approx(value) and claim.operator == op


def test_most_of_a_year_is_a_time_and_not_all_is_no_figure(lexicon: Lexicon) -> None:
    text = "The regime spent most of 2016 besieging Aleppo, and not all of its battles were against rebels."
    assert [c.value_text for c in _claims(lexicon, text) if c.kind == "share"] == []
    # but "spent most of 2018 fighting in X" is the writer's concentration
    [claim] = _claims(lexicon, "The SDF spent most of 2018 fighting in Deir ez-Zor.")
    assert claim.kind == "concentration"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Dozens of clashes - 61, to be exact - pitted the SDF against ISIS in May 2018.", "en", 61),
        ("Hundredvis af kampe – omkring 450 – stod regimet for i Hama i 2019.", "da", 450),
    ],
)
def test_a_vague_count_restated_exactly_is_one_count(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    counts = [c for c in _claims(lexicon, text, lang) if c.kind == "count"]
    assert [c.value for c in counts] == [value]


def test_most_of_them_after_a_count_is_a_share_of_it(lexicon: Lexicon) -> None:
    count, share = _claims(lexicon, "Turkish forces fought 120 battles in 2019, most of them against the SDF.")
    assert (count.kind, count.value) == ("count", 120)
    assert (share.kind, share.counterpart, share.upper) == ("share", "Syrian Democratic Forces", 1.0)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iraqi army did not fight the SDF in northern Syria once in 2017.", "en"),
        ("Rusland kæmpede slet ikke mod SDF i 2019.", "da"),
    ],
)
def test_absences_with_the_negation_far_from_its_end(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "absence" and claim.counterpart == "Syrian Democratic Forces"


def test_a_capital_acting_is_its_state_and_a_side_clause_holds_no_scope(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Damascus and the SDF clashed in about 2% of the regime's battles in 2018.")
    assert (claim.actor, claim.counterpart, claim.place) == ("Government of Syria", "Syrian Democratic Forces", None)
    text = "In 2018, 10% of the SDF's battles were against Turkey's forces as Ankara moved on Afrin."
    [claim] = _claims(lexicon, text)
    assert claim.place is None and claim.unread == []
    [claim] = _claims(lexicon, "ISIS, which held Raqqa, fought the SDF in half of its battles in 2017.")
    assert claim.place is None


def test_the_subjects_country_carries_to_the_next_sentence(lexicon: Lexicon) -> None:
    text = "I 2016 var SDF's krig i Syrien en krig mod IS. Over 80 procent af dens kampe var mod gruppen."
    claim = _claims(lexicon, text, "da")[-1]
    assert (claim.actor, claim.country) == ("Syrian Democratic Forces", "SYR")


def test_a_nationality_adjective_before_the_events_is_their_country(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Rebels were on the other side in 40 per cent of ISIS's Iraqi engagements in 2015.")
    assert (claim.actor, claim.country) == ("Islamic State", "IRQ")
    [claim] = _claims(lexicon, "Oprørerne var modpart i 40 procent af IS' irakiske kampe i 2015.", "da")
    assert claim.country == "IRQ"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value"),
    [
        ("The fighting for Manbij on 12 June 2016 cost some 60 lives.", "en", "single_event", 60),
        ("Angrebet den 3. marts 2017 kostede omkring 20 liv.", "da", "single_event", 20),
        ("The camp holds some 2,000 suspects.", "en", "not_event_data", 2000),
        ("Lebanon hosts about one million refugees.", "en", "not_event_data", 1_000_000),
        ("Iraq fought IS in 90 of its 100 battles in 2016.", "en", "count", 100),
        ("Rebels fought the regime about 200 times over the whole of 2019.", "en", "count", 200),
        ("Fewer than one in a hundred of the SDF's battles in 2018 were against civilians.", "en", "share", 0.01),
        ("Over hele 2016 var SDF modpart i 40 procent af IS' kampe.", "da", "share", 0.4),
    ],
)
def test_more_ways_to_write_a_figure(lexicon: Lexicon, text: str, lang: str, kind: str, value: float) -> None:
    claims = _claims(lexicon, text, lang)
    assert any(c.kind == kind and c.value == pytest.approx(value) for c in claims), claims
    assert all(c.start is not None for c in claims if c.kind == "share")


def test_a_battle_named_as_the_subject_is_the_scope(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "The siege of Fallujah alone saw some 90 clashes between ISIS and Iraqi forces in 2016.")
    assert claim.place == "Fallujah"


def test_the_year_of_a_comparison_is_not_the_claims_window(lexicon: Lexicon) -> None:
    text = "By 2018 things had changed. The SDF fought ISIS in half of its battles, up sharply from the year before."
    claim = _claims(lexicon, text)[-1]
    assert (claim.start, claim.end) == year_window(2018)


def test_practically_every_event_is_a_vague_share_of_the_owners_events(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "The SDF was the opponent in practically every ISIS engagement in Raqqa in 2017.")
    assert (claim.actor, claim.counterpart, claim.value, claim.upper) == (
        "Islamic State",
        "Syrian Democratic Forces",
        0.9,
        1.0,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Angreb på civile var sjældne for SDF. I 2018 udgjorde de tre procent af dens kampe.", "da"),
        ("Attacks on civilians were rare for the SDF: in 2018 they were 3 per cent of its battles.", "en"),
    ],
)
def test_they_were_n_per_cent_takes_the_target_of_the_attacks_named_first(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    claim = _claims(lexicon, text, lang)[-1]
    assert (claim.actor, lexicon.lookup(claim.counterpart).key) == ("Syrian Democratic Forces", "civilians")


def test_a_level_after_fell_to_and_a_year_in_a_relative_clause(lexicon: Lexicon) -> None:
    text = "Fighting with the SDF, which had been rare in 2015, rose to about a quarter of ISIS's battles in 2017."
    [claim] = _claims(lexicon, text)
    assert (claim.counterpart, claim.value, claim.start) == ("Syrian Democratic Forces", 0.25, dt.date(2017, 1, 1))
    assert _claims(lexicon, "ISIS attacks rose 30 per cent in 2017.") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army fought in about 900 battles in the second quarter of 2017, many of them in Eastern Ghouta.", "en"),
        ("HTS was involved in some 60 clashes in Syria in 2018, many of them in Idlib.", "en"),
        ("Hæren kæmpede omkring 900 gange i 2017, heraf mange i Idlib.", "da"),
        ("Regeringsstyrkerne udkæmpede 800 kampe i Syrien i 2018, især i Idlib.", "da"),
    ],
)
def test_a_place_in_an_aside_does_not_narrow_the_count(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "count" and claim.place is None and claim.unread == [] and claim.country == "SYR"


@pytest.mark.parametrize(
    ("text", "lang", "value", "place"),
    [
        ("ISIS fought some 450 battles in Syria in 2019, most of them in Deir ez-Zor.", "en", 0.5, "Deir ez-Zor"),
        ("ISIS fought 300 battles in Syria in 2017, including 120 in Raqqa.", "en", 0.4, "Ar Raqqah"),
        ("IS udkæmpede 455 kampe i Syrien i 2019, heraf to tredjedele i Deir ez-Zor.", "da", 2 / 3, "Deir ez-Zor"),
        ("IS udkæmpede 455 kampe i Syrien i 2019, de fleste af dem i Deir ez-Zor.", "da", 0.5, "Deir ez-Zor"),
    ],
)
def test_an_aside_with_a_figure_is_its_own_concentration(
    lexicon: Lexicon, text: str, lang: str, value: float, place: str
) -> None:
    count, part = _claims(lexicon, text, lang)
    assert (count.kind, count.place, count.unread) == ("count", None, [])
    assert (part.kind, part.place, part.actor) == ("concentration", place, "Islamic State")
    assert part.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the spring of 2018, after Turkey's offensive on Afrin, the SDF fought in about 150 battles.", "en"),
        ("In 2019, following the regime's push into Idlib, the SDF clashed about 300 times with ISIS.", "en"),
        ("Efter Tyrkiets invasion i efteråret 2019 kæmpede SDF i over 200 kampe.", "da"),
        ("Da Tyrkiet rykkede ind i efteråret 2019, kæmpede SDF i over 200 kampe.", "da"),
    ],
)
def test_actors_in_a_fronted_clause_are_not_the_subject(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.actor == "Syrian Democratic Forces" and claim.country == "SYR"
    assert claim.counterpart in (None, "Islamic State")


def test_a_pronoun_after_a_fronted_clause_is_the_main_subject(lexicon: Lexicon) -> None:
    text = "Since Turkey launched its operation, the SDF has fought ISIS in about 40% of its battles in 2019."
    [claim] = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("In the autumn of 2016 ISIS fought some 500 battles in Syria.", "en", "2016-09-01", "2016-11-30"),
        ("I efteråret 2016 udkæmpede IS omkring 500 kampe i Syrien.", "da", "2016-09-01", "2016-11-30"),
        ("In late 2015 the regime fought about 2,000 battles.", "en", "2015-09-01", "2015-12-31"),
    ],
)
def test_a_season_states_the_window_it_was_read_as(
    lexicon: Lexicon, text: str, lang: str, start: str, end: str
) -> None:
    from dyadscope.claims.wording import note_text

    [claim] = _claims(lexicon, text, lang)
    assert (str(claim.start), str(claim.end)) == (start, end)
    [reading] = [n for n in claim.notes if "read as" in n]
    assert f"read as {start} to {end}" in reading
    assert f"læst som {start} til {end}" in note_text(reading, "da")[0]


def test_side_clauses_and_locatives_are_one_definition() -> None:
    from dyadscope.claims.clauses import in_side, located, side_spans

    text = "In 2017, after the fall of Raqqa, ISIS fought 300 battles near Palmyra, most of them in Homs."
    kinds = {s.kind for s in side_spans(text)}
    assert kinds == {"lead", "aside", "clause"}
    assert in_side(text, text.index("Raqqa")) and not in_side(text, text.index("2017"))
    assert in_side(text, text.index("Homs")) and not in_side(text, text.index("Homs"), own=text.index("most"))
    assert located(text, text.index("Homs"), near=False) and located(text, text.index("Palmyra"))
    assert not located(text, text.index("Palmyra"), near=False)


@pytest.mark.parametrize(
    ("text", "lang", "low", "counterpart", "place"),
    [
        ("The SDF fought about 500 battles in 2018, overwhelmingly against ISIS.", "en", 0.75, "Islamic State", None),
        (
            "The army fought 2,000 battles in Syria in 2016, mainly against rebel groups.",
            "en",
            0.5,
            "rebel groups",
            None,
        ),
        ("HTS fought some 60 battles in Syria in 2019, mostly in Idlib.", "en", 0.5, None, "Idlib"),
        ("Hæren udkæmpede over 3.000 kampe i Syrien i 2016, hovedsageligt mod oprørere.", "da", 0.5, "oprørere", None),
        (
            "Regimet udkæmpede 9.000 kampe i Syrien i 2015, langt de fleste mod oprørsgrupper.",
            "da",
            0.75,
            "oprørsgrupper",
            None,
        ),
    ],
)
def test_a_vague_aside_after_a_count_is_a_share_of_it(
    lexicon: Lexicon, text: str, lang: str, low: float, counterpart: str | None, place: str | None
) -> None:
    count, part = _claims(lexicon, text, lang)
    assert (count.kind, count.counterpart, count.place) == ("count", None, None)
    assert (part.kind, part.value, part.upper) == ("share" if counterpart else "concentration", low, 1.0)
    assert (part.counterpart, part.place, part.actor) == (counterpart, place, count.actor)


@pytest.mark.parametrize(
    ("text", "lang", "value", "op"),
    [
        ("The death toll from the car bomb in Azaz rose to 52 on Sunday.", "en", 52, "~"),
        ("Dødstallet efter angrebet i Qamishli er steget til 44.", "da", 44, "~"),
        ("At least 30 people have reportedly been killed in the shelling of Ariha.", "en", 30, ">="),
        ("Mindst 20 irakiske soldater er fredag blevet dræbt nær Tikrit.", "da", 20, ">="),
        ("Over 60 civile, heriblandt 12 børn, skal være blevet dræbt i angrebet.", "da", 60, ">"),
        ("Ifølge gruppen er 35 blevet dræbt.", "da", 35, "~"),
    ],
)
def test_death_tolls_in_passive_and_toll_phrasings(lexicon: Lexicon, text: str, lang: str, value: int, op: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.operator) == ("single_event", value, op)


def test_people_within_a_toll_are_not_a_count(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "The death toll stood at 80 by Friday, 30 of them children.")
    assert [c.kind for c in claims] == ["single_event"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Roughly 1,500 French special forces were deployed to the region in 2019.", "en", 1500),
        ("Syria's population fell to about 17 million by 2018.", "en", 17_000_000),
        ("Af de 4 millioner, der boede i provinsen, er mange flygtet.", "da", 4_000_000),
        ("Kampene har fordrevet over 300.000 fra deres hjem.", "da", 300_000),
    ],
)
def test_forces_populations_and_the_displaced_are_not_event_data(
    lexicon: Lexicon, text: str, lang: str, value: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Despite claims that Ankara and ISIS never met, the SDF fought some 300 battles in Syria in 2016.", "en"),
        ("Contrary to reports that Turkey held back, the SDF fought about 200 battles in Syria in 2018.", "en"),
        ("På trods af at Tyrkiet truede, udkæmpede SDF omkring 200 kampe i Syrien i 2018.", "da"),
    ],
)
def test_a_fronted_concession_holds_no_side(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.counterpart, claim.country) == ("Syrian Democratic Forces", None, "SYR")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Turkish troops fought the SDF only a handful of times in Syria in 2017, five in all.", "en", 5),
        ("Hæren og SDF stødte kun sammen en håndfuld gange i 2018, seks i alt.", "da", 6),
    ],
)
def test_a_vague_count_restated_exactly_is_the_exact_count(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.upper) == ("count", value, None)


def test_an_object_pronoun_is_the_previous_sentence_s_other_side(lexicon: Lexicon) -> None:
    text = "The regime's main worry in 2016 was the rebels. That year it fought them some 5,000 times in Syria."
    [claim] = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "the rebels")


@pytest.mark.parametrize(
    ("text", "lang", "value", "counterpart"),
    [
        ("In 2016 nearly all of the SDF's battles were against ISIS, some 92 per cent.", "en", 0.92, "Islamic State"),
        ("The army spent most of 2014 fighting rebels: more than 90 per cent of its battles.", "en", 0.9, "rebels"),
        ("Størstedelen af IS' kampe i Syrien i 2017 var mod kurderne, omkring 57 procent.", "da", 0.57, "kurderne"),
    ],
)
def test_a_vague_share_restated_exactly_is_one_claim_with_its_counterpart(
    lexicon: Lexicon, text: str, lang: str, value: float, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.upper, claim.counterpart) == ("share", value, None, counterpart)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There was not a single recorded battle between HTS and the SDF in 2018.", "en"),
        ("Not one clash between Hayat Tahrir al-Sham and the SDF was logged in 2018.", "en"),
        ("Der blev ikke optalt en eneste kamp mellem HTS og SDF i 2018.", "da"),
    ],
)
def test_absence_written_as_not_a_single_event(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == (
        "absence",
        "Hay'at Tahrir al-Sham",
        "Syrian Democratic Forces",
    )


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("In the winter quarter of 2016 the SDF fought about 100 battles.", "en", "2016-01-01", "2016-03-31"),
        ("In the autumn quarter of 2018 the SDF fought about 100 battles.", "en", "2018-10-01", "2018-12-31"),
        ("I sommerkvartalet 2015 udkæmpede SDF omkring 100 kampe.", "da", "2015-07-01", "2015-09-30"),
    ],
)
def test_a_quarter_named_by_its_season(lexicon: Lexicon, text: str, lang: str, start: str, end: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (str(claim.start), str(claim.end), claim.unread) == (start, end, [])
    assert any(f"read as {start} to {end}" in n for n in claim.notes)


def test_shares_after_a_colon_take_the_counterparts_of_their_own_part(lexicon: Lexicon) -> None:
    text = "In 2016 the SDF's fighting was lopsided: about 80% against ISIS and 10% against the rebels."
    first, second = _claims(lexicon, text)
    assert (first.counterpart, second.counterpart) == ("Islamic State", "the rebels")


def test_damascus_countryside_in_danish_is_rif_dimashq(lexicon: Lexicon) -> None:
    [claim] = _claims(
        lexicon, "Omkring 20 procent af regimets kampe i 2017 fandt sted i Damaskus' landdistrikter.", "da"
    )
    assert (claim.kind, claim.place) == ("concentration", "Rif Dimashq")


def test_its_after_someone_s_opponent_is_that_someone(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In 2016 the SDF was the Islamic State's adversary in about 30% of its battles.")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The SDF made up a third of the Islamic State's opponents in 2017.", "en"),
        ("SDF udgjorde en tredjedel af Islamisk Stats modstandere i 2017.", "da"),
    ],
)
def test_a_share_of_someone_s_opponents_is_a_share_of_its_events(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", "Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("HTS and the SDF rarely met. In 2018 the two sides clashed only 6 times.", "en"),
        ("HTS og SDF mødtes sjældent. I 2018 stødte de to parter kun sammen 6 gange.", "da"),
    ],
)
def test_the_two_sides_are_the_previous_sentence_s_sides(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("count", 6)
    assert {claim.actor, claim.counterpart} == {"Hay'at Tahrir al-Sham", "Syrian Democratic Forces"}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("About 90 per cent of Iraqis said the war had touched their family.", "en", 0.9),
        ("Omkring 70 procent af irakerne bor i byer.", "da", 0.7),
        ("The camps run schools for some 40,000 pupils.", "en", 40_000),
    ],
)
def test_shares_of_a_people_and_pupils_are_not_event_data(lexicon: Lexicon, text: str, lang: str, value: float) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The SDF fought ISIS about 400 times in 2017, the year Raqqa fell.", "en"),
        ("The SDF fought ISIS about 400 times in 2017, the year Raqqa was retaken.", "en"),
    ],
)
def test_an_apposition_naming_a_town_is_no_scope(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.place, claim.unread) == (None, [])


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("In 2015 some 40 percent of ISIS's battles were with Islamist rivals.", "en", "Islamist rivals"),
        (
            "In 2018 a fifth of the SDF's battles were against rebel or jihadist groups.",
            "en",
            "rebel or jihadist groups",
        ),
        ("Tyrkiet kæmpede omkring 60 gange mod kurdiske militante i Irak i 2018.", "da", "kurdiske militante"),
    ],
)
def test_more_group_phrases(lexicon: Lexicon, text: str, lang: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.counterpart == counterpart


def test_a_country_after_a_region_word_is_the_scope(lexicon: Lexicon) -> None:
    [claim] = _claims(
        lexicon, "Tyrkiet kæmpede omkring 60 gange mod kurdiske militante i det nordlige Irak i 2018.", "da"
    )
    assert (claim.country, claim.unread) == ("IRQ", ["det nordlige"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kun hver femte kamp, som SDF udkæmpede i 2019, var mod Islamisk Stat.", "da"),
        ("UCDP registrerede omkring 800 kampe med SDF i Syrien i 2019.", "da"),
        ("Analysts counted some 800 battles involving the SDF in Syria in 2019.", "en"),
    ],
)
def test_the_side_of_a_relative_clause_or_the_only_side_named_with_the_events(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.actor == "Syrian Democratic Forces"


def test_a_count_of_clashes_between_unnamed_sides_is_listed(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Tribal fighters clashed with local police some 15 times in Daraa in 2019.")
    assert (claim.kind, claim.value, claim.actor) == ("count", 15, None)


@pytest.mark.parametrize(
    ("text", "lang", "means"),
    [
        ("Barrel bombs were used in more than 800 regime attacks in 2015.", "en", "Barrel bombs"),
        ("Tøndebomber blev brugt i over 800 af regimets angreb i 2015.", "da", "Tøndebomber"),
    ],
)
def test_a_count_qualified_by_a_means_is_unread(lexicon: Lexicon, text: str, lang: str, means: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "count" and means in claim.unread


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I 2017 var en tredjedel af IS' kampe i Syrien i Deir ez-Zor-provinsen.", "da"),
        ("In 2017 a third of ISIS's battles in Syria were fought in Deir ez-Zor province.", "en"),
    ],
)
def test_a_share_of_fighting_in_a_governorate_is_a_concentration(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.actor) == ("concentration", "Deir ez-Zor", "Islamic State")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The SDF's fighting doubled between 2016 and 2017, to about 1,460 engagements.", "en"),
        ("SDF's kampe fordobledes mellem 2016 og 2017, til omkring 1.460 kampe.", "da"),
    ],
)
def test_a_level_reached_after_a_change_between_two_years_is_the_later_year(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.value, str(claim.start), str(claim.end), claim.unread) == (1460, "2017-01-01", "2017-12-31", [])


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        ("The SDF fought ISIS in most of its battles in 2016 - 310 out of 402.", "en", 402),
        ("Tyrkiske styrker kæmpede mod IS i 40 ud af 45 kampe i Syrien i 2016.", "da", 45),
    ],
)
def test_the_whole_of_n_out_of_m_is_a_count(lexicon: Lexicon, text: str, lang: str, total: int) -> None:
    claims = _claims(lexicon, text, lang)
    assert [(c.kind, c.value, c.counterpart) for c in claims if c.kind == "count"] == [("count", total, None)]


def test_a_ratio_out_of_ten_is_no_count(lexicon: Lexicon) -> None:
    assert [c.kind for c in _claims(lexicon, "ISIS fought the SDF in 9 out of 10 of its battles in 2017.")] == ["share"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hayat Tahrir al-Sham was set up in January 2017. In its first full year it fought about 300 battles.", "en"),
        ("HTS blev dannet i januar 2017. I sit første hele år udkæmpede den omkring 300 kampe.", "da"),
    ],
)
def test_a_first_full_year_after_a_founding_date(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (str(claim.start), str(claim.end), claim.unread) == ("2018-01-01", "2018-12-31", [])


# Set 7's wrong verdicts (issue 9), each by its kind; the sentences are new ones.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2018 Hay'at Tahrir al-Sham fought Turkish soldiers in about a fifth of its battles.", "en"),
        ("I 2018 kæmpede SDF mod tyrkiske soldater i omkring en femtedel af sine kampe.", "da"),
    ],
)
def test_a_foreign_state_as_the_other_side_keeps_the_actors_own_ground(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.counterpart == "Government of Turkey" and claim.country == "SYR"


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("In 2016 government troops faced IS in just over half of its clashes in Iraq.", "en", 0.5, 0.6),
        ("In 2016 the army fought ISIS in slightly more than half of its battles in Syria.", "en", 0.5, 0.6),
        ("I 2016 mødte hæren IS i lidt over halvdelen af gruppens kampe i Syrien.", "da", 0.5, 0.6),
        ("In 2016 the army fought ISIS in just under half of its battles in Syria.", "en", 0.4, 0.5),
    ],
)
def test_just_over_half_is_a_little_more_than_half(
    lexicon: Lexicon, text: str, lang: str, low: float, high: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.value, claim.upper, claim.operator) == (pytest.approx(low), pytest.approx(high), "in")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In May 2017, while the regime pushed east, the two sides clashed about 40 times.", "en"),
        ("I maj 2017, da hæren rykkede mod øst, stødte de to parter sammen omkring 40 gange.", "da"),
    ],
)
def test_two_sides_with_one_side_read_is_not_the_actor_against_everyone(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.counterpart is None and claim.unread  # not checkable, never all of the regime's events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("SDF er blevet kritiseret. Men i 2018 er styrken kun registreret for at angribe civile 12 gange.", "da"),
        ("The SDF has been criticised. Yet in 2018 the force was recorded attacking civilians only 12 times.", "en"),
    ],
)
def test_an_infinitive_attack_names_the_other_side(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.actor == "Syrian Democratic Forces" and claim.counterpart in ("civilians", "civile")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2018 ISIS made up only about 9% of the regime's battles as the fighting moved to Daraa.", "en"),
        ("I 2018 udgjorde IS kun omkring 9 procent af regimets kampe mens kampene flyttede til Daraa.", "da"),
    ],
)
def test_a_place_in_an_as_clause_without_a_comma_is_not_the_claims_place(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.place is None and claim.actor == "Government of Syria"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2016 the SDF fought ISIS more than the rebels, which it faced in under 10% of its clashes.", "en"),
        ("I 2016 kæmpede SDF mere mod IS end mod oprørerne, som SDF kun mødte i under 10 procent af sine kampe.", "da"),
    ],
)
def test_an_object_relative_clause_keeps_the_main_subject_as_the_actor(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.actor == "Syrian Democratic Forces"
    assert lexicon.lookup(claim.counterpart).key == "rebels"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The regime met ISIS in about 9% of its battles in 2019, down from 31% in 2017.", "en"),
        ("Regimet mødte IS i omkring 9 procent af sine kampe i 2019, ned fra 31 procent i 2017.", "da"),
    ],
)
def test_a_share_set_against_an_earlier_one_has_its_own_year_and_sides(lexicon: Lexicon, text: str, lang: str) -> None:
    now, then = _claims(lexicon, text, lang)
    assert (now.start.year, then.start.year, then.end.year) == (2019, 2017, 2017)
    assert (then.actor, then.counterpart) == (now.actor, now.counterpart) and now.counterpart
    assert not now.unread and not then.unread
