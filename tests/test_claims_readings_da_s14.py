"""Danish reading kinds of the fourteenth round (issue 9), from set 13's Danish misses: shares in Danish wordings
("hver fjerde af ... handlinger", "i samtlige registrerede kampe", "under en procent", "et flertal af", "en brøkdel
af", definite plurals such as "sammenstødene"), absences with no fight verb ("var ikke i kamp med", "slet ikke i kamp
i", "ingen registrerede sammenstød mellem") and the subject pronoun "det" after a role-noun subject.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "value", "counterpart"),
    [
        ("Hver femte af Islamisk Stats handlinger i Syrien i 2016 ramte civile.", 0.2, "civile"),
        ("Hver tredje af regimets voldshandlinger i Syrien i 2017 ramte IS.", 1 / 3, "Islamic State"),
        ("I 2016 kæmpede IS mod SDF i mere end halvdelen af sammenstødene i Syrien.", 0.5, "Syrian Democratic Forces"),
        ("Regimet stod over for IS i en tredjedel af træfningerne i Syrien i 2015.", 1 / 3, None),
    ],
)
def test_danish_event_nouns_and_definite_plurals_carry_a_share(
    lexicon: Lexicon, text: str, value: float, counterpart: str | None
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share" and claim.value == pytest.approx(value, abs=0.01)
    assert claim.start is not None and claim.country is not None
    if counterpart is not None:
        assert claim.counterpart == counterpart


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        (
            "SDF kæmpede mod IS i samtlige registrerede kampe i Raqqa i 2017.",
            "Syrian Democratic Forces",
            "Islamic State",
        ),
        ("I 2016 kæmpede IS mod regimet i alle sine kampe i Homs.", "Islamic State", "Government of Syria"),
        ("Hizbollah kæmpede mod oprørere i hver eneste kamp i Qalamoun i 2015.", "Hezbollah", "oprørere"),
    ],
)
def test_all_before_an_event_noun_is_the_whole_share(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.upper) == ("share", 1.0, 1.0)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_in_all_cases_is_no_share(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "I alle tilfælde kæmpede IS mod SDF 300 gange i 2017.", "da")
    assert [(c.kind, c.value) for c in claims] == [("count", 300)]


@pytest.mark.parametrize(
    ("text", "value", "op", "upper"),
    [
        ("Under en procent af IS' kampe i Syrien i 2019 var mod Hizbollah.", 0.01, "<", None),
        ("Kun en procent af SDF's kampe i 2019 var mod regimet.", 0.01, "~", None),
        ("Et flertal af SDF's kampe i 2018 var mod IS.", 0.5, "in", 1.0),
        ("Et klart flertal af regimets kampe i 2014 var mod oprørere.", 0.5, "in", 1.0),
        ("Kun en brøkdel af IS' kampe i Syrien i 2019 var mod regimet.", 0.0, "in", 0.1),
    ],
)
def test_danish_quantifier_shapes(lexicon: Lexicon, text: str, value: float, op: str, upper: float | None) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.operator, claim.upper) == ("share", op, upper)
    assert claim.value == pytest.approx(value)
    assert claim.actor is not None and claim.counterpart is not None


def test_a_majority_of_votes_is_no_claim(lexicon: Lexicon) -> None:
    assert _claims(lexicon, "Partiet fik et flertal af stemmerne ved valget i 2016.", "da") == []


@pytest.mark.parametrize(
    ("text", "actor", "counterpart", "place"),
    [
        ("Hizbollah var ikke i kamp med SDF i 2018.", "Hezbollah", "Syrian Democratic Forces", None),
        ("Regimet var slet ikke i kamp i Quneitra-provinsen i 2017.", "Government of Syria", None, "Quneitra"),
        ("SDF deltog ikke i kampe i Daraa i 2018.", "Syrian Democratic Forces", None, "Daraa"),
        ("Der var ingen registrerede sammenstød mellem IS og SDF i Hasakah i 2019.", "Islamic State",
         "Syrian Democratic Forces", "Al Hasakah"),
    ],
)  # fmt: skip
def test_absences_with_no_fight_verb(
    lexicon: Lexicon, text: str, actor: str, counterpart: str | None, place: str | None
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value) == ("absence", 0)
    assert (claim.actor, claim.counterpart, claim.place) == (actor, counterpart, place)


def test_not_in_a_fight_turns_a_bound_round(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Regimet var ikke i kamp med IS mere end 100 gange i 2017.", "da")
    assert (claim.kind, claim.value, claim.operator) == ("count", 100, "<=")


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("Regimet indtog Palmyra i marts 2016. Det år kæmpede det mod oprørere og jihadister i fire ud af fem kampe.",
         "Government of Syria", "oprørere"),
        ("Assad-styret mistede Idlib i 2015. Samme år kæmpede det mod oprørere og IS omkring 3.000 gange.",
         "Government of Syria", "oprørere"),
    ],
)  # fmt: skip
def test_det_after_a_verb_is_the_previous_subject(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_det_as_an_article_is_no_side(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "IS mistede Raqqa i 2017. Det år kæmpede SDF mod IS 400 gange.", "da")
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")
