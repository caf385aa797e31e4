"""Danish reading kinds of the twenty-fifth round (issue 9), from the Danish misses of sets 32 and 33 (then 29-31).

Sentences are our own, written for the kind; each test fails on the code before the change it covers (main fa62f9c).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked
from conftest import year_window


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "place", "figure"),
    [
        # PKK vs Turkey in 2016: 45 of 185 events in Sirnak (24.3%); IS vs the regime in Syria, 2017: 531 of 1,130
        # in Deir ez-Zor (47.0%); before, each was a share of the place's dyad events against all of them (100%)
        ("Blandt PKK's kampe med den tyrkiske stat i 2016 foregik omtrent hver fjerde i Sirnak-provinsen.",
         "Kurdistan Workers' Party", "Government of Turkey", "Sirnak", "45 of 185"),
        ("Of the PKK's clashes with Turkish forces in 2016, about one in four took place in Sirnak province.",
         "Kurdistan Workers' Party", "Government of Turkey", "Sirnak", "45 of 185"),
        ("Af IS' kampe mod regimet i 2017 fandt knap halvdelen sted i Deir ez-Zor-provinsen.",
         "Islamic State", "Government of Syria", "Deir ez-Zor", "531 of 1,130"),
    ],
)  # fmt: skip
def test_an_opening_partitive_names_the_dyad_its_part_in_a_place_divides(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, place: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == ("concentration", actor, counterpart, place)
    assert checked.verdict == "supported"
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict", "figure"),
    [
        # PKK in Turkey, 2016: 185 events (all against Turkey's forces); "i selve Tyrkiet" made Turkey its counterpart
        ("I 2016 udkæmpede PKK omkring 180 kampe i selve Tyrkiet.", "Kurdistan Workers' Party", None, "supported",
         "185"),
        # Turkey vs PKK, 2017: 39 events in Turkey, 50 in all countries (before: counted everywhere, depends)
        ("I 2017 var der omkring 40 sammenstød mellem tyrkiske styrker og PKK i selve Tyrkiet.",
         "Government of Turkey", "Kurdistan Workers' Party", "supported", "39"),
    ],
)  # fmt: skip
def test_i_selve_locates_a_country(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str | None, verdict: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart, claim.country) == (actor, counterpart, "TUR")
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict"),
    [
        # Hezbollah vs IS in Lebanon: 7 events over the data's span; PKK vs IS in Turkey: none
        ("Hizbollah har ikke én eneste gang kæmpet mod IS i Libanon.", "Hezbollah", "Islamic State", "contradicted"),
        ("The PKK did not once clash with the Islamic State in Turkey.", "Kurdistan Workers' Party", "Islamic State",
         "supported"),
        ("Hizbollah og IS er på intet tidspunkt stødt sammen i Libanon.", "Hezbollah", "Islamic State", "contradicted"),
        ("PKK og IS er ikke én eneste gang stødt sammen i Tyrkiet.", "Kurdistan Workers' Party", "Islamic State",
         "supported"),
    ],
)  # fmt: skip
def test_not_once_with_no_time_is_never(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str
) -> None:
    """'ikke én eneste gang', 'not once', 'på intet tidspunkt' with no time named are "never": over the data's whole
    span, as "aldrig" is (before: no window, not checkable; "er ... stødt sammen" was no fight verb, no claim)."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", actor, counterpart)
    assert checked.verdict == verdict
    assert any("whole span" in n for n in claim.notes)


@pytest.mark.parametrize(
    ("sentence", "verdict", "figure"),
    [
        # Turkey vs IS in Iraq, 2018: none; the regime vs the rebels in Syria, 2019: 1,419 events. The month in the
        # concession is its own event's time, not the claim's (before: not checkable for the unread month)
        ("Tyrkiske styrker kæmpede ikke én eneste gang mod IS i Irak i 2018, selv om Ankara bombede PKK i Irak i "
         "marts samme år.", "supported", "0 events"),
        ("In 2019 the regime fought the rebels about 1,400 times in Syria, although a ceasefire was agreed in August "
         "that year.", "supported", "1,419"),
        # IS vs the SDF in Syria, 2018: 505 events. A state acting in the side clause is no scope, nor is its town
        # (before: Afrin made it not checkable; "while Turkey attacked" counted it in Turkey, 0: contradicted)
        ("I 2018 kæmpede IS omkring 500 gange mod SDF, selvom Tyrkiet angreb SDF i Afrin.", "supported", "505"),
        ("In 2018 ISIS fought the SDF about 500 times, while Turkey attacked the SDF in Afrin.", "supported", "505"),
    ],
)  # fmt: skip
def test_a_concession_after_the_claim_holds_none_of_its_scope(
    demo, tmp_path: Path, sentence: str, verdict: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.place is None and claim.country in ("IRQ", "SYR")
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "verdict", "figure"),
    [
        # Turkey vs PKK in Turkey, 2016: 185 events; the SDF in Syria, 2018: 794; IS vs Iraq's forces in Iraq, 2016: 520
        ("Tyrkiet og PKK 2016: omkring 180 sammenstød i Tyrkiet.", "supported", "185"),
        ("BAGGRUND | SDF i Syrien 2018: omkring 800 kampe.", "supported", "794"),
        ("Iraq 2016: ISIS fought about 600 battles against government forces.", "contradicted", "520"),
    ],
)  # fmt: skip
def test_a_year_ending_the_opening_label_is_the_window(
    demo, tmp_path: Path, sentence: str, verdict: str, figure: str
) -> None:
    """Before: the year was unread, the claim not checkable."""
    label_year = int(sentence.split(":")[0][-4:])
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.start, claim.end) == year_window(label_year)
    assert checked.verdict == verdict
    assert figure in checked.reason


def test_a_year_after_a_word_of_time_is_no_label(demo, tmp_path: Path) -> None:
    """'after 2015:' is no label naming the claim's year: the year stays unread and the claim not checkable."""
    sentence = "Fighting rose sharply after 2015: ISIS fought about 600 battles against government forces."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.start is None and checked.verdict == "not checkable"


def test_the_place_that_saw_a_part_of_the_dyad_named_before_it(demo, tmp_path: Path) -> None:
    """'the fight between X and Y centred on P, which saw N of it': the dyad's events in P (Iraq's forces vs IS in
    2018: 17 of 114 in Anbar); before, a share of all of Iraq's fights against IS in Anbar (100%)."""
    sentence = "In 2018 the fight between Iraqi forces and IS centred on Anbar, which saw about a third of it."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == (
        "concentration",
        "Government of Iraq",
        "Islamic State",
        "Anbar",
    )
    assert checked.verdict == "contradicted"
    assert "17 of 114" in checked.reason


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # IS in Syria, 2017: 1,078 of 2,853 events had a civilian death (37.8%); before, "Civile" was the other side
        # of a share (0.4%) or the words a means the data does not record (not checkable)
        ("Grafik: Civile dødsofre i omkring fire ud af ti af IS' kampe i Syrien i 2017.", "supported"),
        ("I 2017 var der civile dødsofre i hver tiende af IS' kampe i Syrien.", "contradicted"),
        ("Chart: civilian deaths in one in ten of ISIS's battles in Syria in 2017.", "contradicted"),
    ],
)  # fmt: skip
def test_civilian_dead_named_as_a_noun_phrase(demo, tmp_path: Path, sentence: str, verdict: str) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("attribute_share", "Islamic State", None)
    assert checked.verdict == verdict
    assert "1,078 of 2,853" in checked.reason


@pytest.mark.parametrize(
    "text",
    [
        # the SDF vs IS in Syria, 2018: 505 of 794 events (63.6%)
        "Hvor ofte kæmpede SDF mod IS i 2018? Svar: i omkring 60 procent af alliancens kampe i Syrien.",
        "Q: How often did the SDF fight ISIS in 2018? A: In roughly 60 per cent of the alliance's battles in Syria.",
    ],
)
def test_the_answer_share_is_against_the_side_the_question_asks_about(demo, tmp_path: Path, text: str) -> None:
    """Before: the answer's share had no counterpart (not checkable)."""
    [(claim, checked)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", "Syrian Democratic Forces", "Islamic State")
    assert checked.verdict == "supported"
    assert "505 of 794" in checked.reason


@pytest.mark.parametrize(
    ("sentence", "verdict", "figure"),
    [
        # IS vs Iraq's forces in Iraq, 2016: 520 of 521 events; IS vs the SDF in Iraq, 2016: 0 of 521
        ("I Irak var så godt som alle IS' kampe i 2016 mod regeringsstyrkerne.", "supported", "520 of 521"),
        ("I 2016 var praktisk talt ingen af IS' kampe i Irak mod SDF.", "supported", "0 of 521"),
    ],
)  # fmt: skip
def test_praktisk_talt_and_saa_godt_som_are_almost(
    demo, tmp_path: Path, sentence: str, verdict: str, figure: str
) -> None:
    """'praktisk talt alle', 'så godt som alle' are "almost all" (90-100%), "... ingen" almost none (0-5%)."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.kind == "share"
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "figure"),
    [
        # IS vs the SDF in Syria, 2018: 505 of 1,025 (49.3%); before, the regime of the comment was the counterpart
        # (369 of 1,025: contradicted)
        ("I 2018 var omkring halvdelen af IS' kampe i Syrien rettet mod de kurdisk ledede SDF-styrker, hvilket gør det "
         "svært at beskrive en gruppe, der mest kæmpede mod regimet.", "Islamic State", "Syrian Democratic Forces",
         "505 of 1,025"),
        # the SDF vs IS in Syria, 2018: 505 of 794; before, the comment's Turkey made it a share in Turkey (0 of 1)
        ("I 2018 var omkring 60 procent af SDF's kampe mod IS, hvilket viser, at alliancen stadig bekæmpede Tyrkiet "
         "mindre.", "Syrian Democratic Forces", "Islamic State", "505 of 794"),
    ],
)  # fmt: skip
def test_a_comment_after_the_claim_holds_none_of_its_sides(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, figure: str
) -> None:
    """', hvilket gør det svært ...', ', which shows that ...': the writer's argument about the claim, to the end."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart, claim.country) == (actor, counterpart, "SYR")
    assert checked.verdict == "supported"
    assert figure in checked.reason


@pytest.mark.parametrize(
    "sentence",
    [
        # Turkey vs PKK in Turkey, 2016: 185 events
        "I 2016 kæmpede tyrkiske jetfly omkring 180 gange mod PKK i Tyrkiet.",
        "De tyrkiske krigsfly angreb PKK omkring 180 gange i Tyrkiet i 2016.",
    ],
)
def test_jetfly_and_krigsfly_are_a_states_forces(demo, tmp_path: Path, sentence: str) -> None:
    """'tyrkiske jetfly', 'krigsfly' name Turkey's forces as "Turkish jets" does (before: no actor, not checkable)."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Government of Turkey", "Kurdistan Workers' Party")
    assert checked.verdict == "supported"
    assert "185" in checked.reason


def test_a_compass_compound_of_a_country_is_an_unread_region(demo, tmp_path: Path) -> None:
    """'i Nordsyrien' is a region of Syria (as 'det nordlige Syrien'): before, it was dropped and the claim judged
    on all of Syria; now it is named as unread and the claim is not checkable."""
    sentence = "I 2015 kæmpede IS omkring 1.000 gange mod regimet i Nordsyrien."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.unread == ["Nordsyrien"]
    assert checked.verdict == "not checkable"


@pytest.mark.parametrize(
    "sentence",
    [
        # the SDF vs IS in Syria, 2019: 295 of 584 of the SDF's events (50.5%); before, each was read as IS's share
        # against the SDF (295 of 455, 64.8%: supported)
        "SDF kæmpede i 2019 mest mod IS: omkring 65 procent af alliancens kampe i Syrien.",
        "SDF kæmpede i 2019 mest mod IS: omkring 65 procent af gruppens kampe i Syrien.",
        "The SDF fought mostly ISIS in 2019: about 65 per cent of the alliance's battles in Syria.",
    ],
)
def test_a_possessive_opening_the_clause_after_a_colon_is_the_subject_before_it(
    demo, tmp_path: Path, sentence: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")
    assert checked.verdict == "contradicted"
    assert "295 of 584" in checked.reason


def test_a_subject_of_its_own_after_the_colon_keeps_the_group_the_other_side(demo, tmp_path: Path) -> None:
    """'IS var presset i 2019: SDF stod for ... af gruppens kampe': the clause has its own subject, so "gruppens" is
    the side named before (IS), as before."""
    sentence = "IS var presset i 2019: SDF stod for omkring 65 procent af gruppens kampe i Syrien."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")
    assert checked.verdict == "supported"
