"""The matching rules of `dyadscope link`, after Donnay, Dunford, McGrath, Backer and Cunningham (2019),
"Integrating Conflict Event Data", Journal of Conflict Resolution 63(5) (the MELTT method).

Two records of different datasets describe the same real event when
1. their event types belong to one family of the shared taxonomy (sources/taxonomy.EVENT_TYPES);
2. their date windows, each already as wide as its precision (a month-precision record spans its month),
   come within TEMPORAL_WINDOW_DAYS of each other;
3. their coordinates are within SPATIAL_WINDOW_KM plus each record's precision radius (GEO_RADIUS_KM);
   records located only to a country, or dated only to a year, are never linked;
4. their actors are compatible (`actor_match`): they share a resolved actor and their other sides do
   not contradict each other by class (facing a shared named armed group, a state's side and a militia's are
   one party: STATE_ALLIES); or one record's first side is unknown/unresolved and no side
   contradicts the other record's; or, weakest, every side is known and compatible by class (MELTT's
   actor taxonomy). A self-dyad (the producer gave one actor on both sides, an error of older GED
   releases) counts its second side as unknown; a GTD perpetrator is never a state's or civilians' side.
Pairs without a shared named group must be unambiguous: the only candidate, the only one with the same
deaths, or the one whose own description is clearly the most alike (linking/text.py); link.py decides
which evidence each candidate needs. Sides that contradict link only on alike descriptions ('described') or
the same toll of DEATHS_DISTINCT or more dead on the same day ('same-toll').
Each record links to at most one record of each other dataset (the best-scoring one), as in MELTT, and a
cluster never holds two records of one dataset: a link that would chain two distinct events of one
source together (A1 ~ G ~ A2 through another dataset) is dropped, best links first.
Thresholds are module constants so docs/linking.md and the code cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyadscope.sources.taxonomy import GTD_TARGET_SIDES

TEMPORAL_WINDOW_DAYS = 1
SPATIAL_WINDOW_KM = 3.0  # MELTT's published window (Donnay et al. 2019)
# How far a record's true place can be from its coordinates, by geo_precision.
GEO_RADIUS_KM: dict[str, float] = {"exact": 0.0, "near": 25.0, "admin2": 40.0, "area": 60.0, "admin1": 100.0}
UNLINKABLE_DATES = ("year",)
WEAK_SPAN_DAYS = 6  # two records whose date windows add up to more than this are a weak pair
# Weights of the score's parts; each part is in [0, 1].
WEIGHTS = {"time": 0.3, "space": 0.3, "actors": 0.4}
ACTOR_SCORES = {
    "same-actors": 1.0,
    "shared-actor": 0.75,
    "unresolved": 0.4,
    "compatible": 0.3,
    "described": 0.2,
    "same-toll": 0.2,
}
# Matches that name no shared actor: linked only on more evidence (same known day or close deaths) and
# only when nothing else in the other dataset fits as well (link._choose). 'same-toll': the sides contradict
# but both records give the same toll of at least DEATHS_DISTINCT dead on the same day (UCDP counts the nine
# Sudanese a missile killed in Tripoli on 28 Jul 2014 as deaths of Libya Dawn's fight with the Zintan
# Brigades, GTD as an unknown hand's attack on civilians).
WEAK_MATCHES = ("unresolved", "compatible", "described", "same-toll")
# "perpetrator" marks GTD's perpetrator side (link.py): GTD records only non-state perpetrators, so that side,
# even when "Unknown", is never a state's or civilians' side of another record.
UNKNOWN_CLASSES = ("unknown", "perpetrator")
UNARMED_OR_STATE = frozenset({"state", "civilians", "property"})
GENERIC_IDS = ("civilians", "unidentified_armed_group")  # registry ids of generic labels
NON_STATE_CLASSES = ("non_state", "rebel", "jihadist", "kurdish", "pro_government_militia", "militia")
# Armed groups against the state that producers class differently (UCDP's "Benghazi Revolutionaries Shura
# Council" is jihadist, ACLED's "Islamist Militia (Libya)" a political militia): one party for `compatible`.
# Kurdish forces and pro-government militias stay apart (IS vs SDF and IS vs rebels are two fights).
ARMED_OPPOSITION = frozenset({"non_state", "rebel", "jihadist", "militia"})
ARMED_CLASSES = frozenset({"state", *NON_STATE_CLASSES})
# Facing one named armed group that both records share, a state's side and a militia's may be one party: UCDP
# codes the government's side of a fight, ACLED the militias that fought on it (UCDP's "Government of Libya"
# against the Zintan Brigades at Kikla in October 2014 is ACLED's Gharyan and Misratah militias of Libya Dawn).
# A rebel or Kurdish side stays another party (IS against the SDF and against the regime are two fights).
STATE_ALLIES = frozenset({"militia", "pro_government_militia"})
# One party under each producer's name where the producers' own conventions class it differently, so the
# registry rightly keeps the actors apart: ACLED names Haftar's forces a faction of the state ("Military
# Forces of Libya (2014-) Haftar Faction"), UCDP the non-state "Forces of the House of Representatives", GTD
# "Haftar Militia"; ACLED's "Zintan Ethnic Militia" and GTD's "Al-Zintan Revolutionaries' Military Council"
# are UCDP's "Zintan Brigades"; ACLED's "Misratah Communal Militia" GTD's "Misrata Brigades". For linking,
# each id on the left counts as the one on the right.
SAME_PARTY: dict[str, str] = {
    "govt_lby_haftar_faction": "forces_of_house_of_representatives",
    "govt_lby_haftar_faction_saiqa_forces": "forces_of_house_of_representatives",
    "haftar_militia_lby": "forces_of_house_of_representatives",
    "zintan_ethnic_militia_lby": "zintan_brigades_lby",
    "al_zintan_revolutionaries_military_council_lby": "zintan_brigades_lby",
    "misratah_communal_militia_lby": "misrata_brigades_lby",
}
# The parties above that one producer codes as a state's forces (ACLED's Haftar faction of Libya's military):
# sharing one is weak evidence, as sharing a state is. In Benghazi in 2014 Haftar's forces fought the Shura
# Council every day and were shot at by unknown gunmen most days; UCDP's day total of that fighting is not one
# particular ACLED shooting of an officer.
# GTD names a community's armed men after the community ("Murle Tribe", "Tabu Tribe"), ACLED after its militia
# ("Murle Ethnic Militia (South Sudan)"): for linking, the registry's id of the one counts as the other's.
TRIBE_ID = re.compile(r"^(?P<community>[a-z_]+)_tribe_(?P<iso3>[a-z]{3})$")
STATE_PARTIES = frozenset(party for name, party in SAME_PARTY.items() if name.startswith("govt_"))
BATTLE = "armed engagement"  # the shared taxonomy's battle (sources/taxonomy.EVENT_TYPES)
# GTD codes a kidnapping as its own attack type; ACLED's legacy types do not, its notes say it. A GTD kidnapping
# against a record whose own text does not speak of taking people is another kind of harm, like a bombing
# against a shooting (in Benghazi, an Egyptian abducted and another Egyptian shot dead the same day).
GTD_KIDNAPPING = "Hostage Taking"
# An ACLED note that speaks of a bomb makes the record explosive whatever its legacy event type says.
EXPLOSIVE_WORDS = r"\bbomb|explosi|\bied\b|\bblast|grenade|suicide"
CAPTIVE_WORDS = r"kidnap|abduct|hostage|captive|taken prisoner|held prisoner"
# GTD target types of officials (judges, ministers, diplomats): GTD's side is the state, ACLED codes the same
# person as civilians ("Civilians (Libya); Judiciary (Libya)"), so for linking the side is either.
OFFICIAL_TARGET_TYPES = ("Government (General)", "Government (Diplomatic)")
# GTD lists up to three target types ('Terrorists/Non-State Militia|Private Citizens & Property'); the side's
# class is the first one's. For linking the side is also each type's people: rockets fired at a militia camp
# that missed and killed two Egyptians in their home are ACLED's attack on civilians (Benghazi, 19 Jul 2014).
GTD_PEOPLE_TYPES = (*(t for t, side in GTD_TARGET_SIDES.items() if side == "Civilians"), *OFFICIAL_TARGET_TYPES)
GTD_STATE_TYPES = tuple(t for t, side in GTD_TARGET_SIDES.items() if "{country}" in side)
# Descriptions (linking.text) choose a weak pair among several candidates when theirs are at least this alike
# and every other candidate's at most TEXT_MARGIN times as alike, seen from both records.
TEXT_MIN = 0.2
TEXT_MARGIN = 0.5
TEXT_MIN_NEXT_DAY = 0.3  # a weak pair a day apart without the same deaths needs this alike a description
# A pair with a named actor shared but a day apart and without the same deaths needs at least this alike a
# description: Boko Haram attacked Maiduguri most days of 2011, and the next day's record is often another attack.
TEXT_MIN_NEXT_DAY_SHARED = 0.1
TEXT_MIN_DESCRIBED = 0.3  # and so does a pair whose actors contradict ('described': the producers coded the
# sides differently, the descriptions say it is one event)
# Deaths agree when both records give at least DEATHS_MIN and differ by at most DEATHS_TOLERANCE of the
# larger (or by one). One death each is no evidence: in Benghazi in 2014 one person was shot dead most days.
DEATHS_MIN = 2
DEATHS_TOLERANCE = 0.2
# A toll at least this high that both records give (as above) tells the event apart from the day's others:
# it lets a record dated a day later link although its producer also reported something on the other's day.
DEATHS_DISTINCT = 5


@dataclass(frozen=True)
class Side:
    """One side of a record: resolved ids (empty when unresolved) and class codes."""

    ids: frozenset[str]
    classes: frozenset[str]

    @classmethod
    def of(cls, ids: str | None, actor_class: str | None) -> Side:
        """From the store's '|a|b|' ids and 'a+b' class columns."""
        # A NULL column arrives as None, or as NaN (a float) from pandas: both mean "unresolved".
        ids_text = ids if isinstance(ids, str) else ""
        class_text = actor_class if isinstance(actor_class, str) else ""
        classes = {c for c in class_text.split("+") if c}
        if "non_state" in classes:  # a producer's "non-state actor" may be any of the finer armed classes
            classes |= set(NON_STATE_CLASSES)
        if "property" in classes:  # GTD's business or utility target is ACLED's "Civilians" (a hotel bombed)
            classes.add("civilians")
        ids = (TRIBE_ID.sub(r"\g<community>_ethnic_militia_\g<iso3>", i) for i in ids_text.split("|") if i)
        return cls(frozenset(SAME_PARTY.get(i, i) for i in ids), frozenset(classes))

    @property
    def known(self) -> bool:
        """A resolved side whose class says something (not 'unknown')."""
        return bool(self.ids) and not self.classes <= set(UNKNOWN_CLASSES)


def _agree(x: Side, y: Side) -> bool:
    """Sides that may be the same party: either is not known, or they share an actor or a class; a GTD
    perpetrator is never a state's or civilians' side."""
    for p, other in ((x, y), (y, x)):
        if "perpetrator" in p.classes and other.known and other.classes <= UNARMED_OR_STATE:
            return False
    return not (x.known and y.known) or bool(x.ids & y.ids) or bool(x.classes & y.classes)


def _armed(x: Side) -> bool:
    """A known side with armed men among it (GTD's target 'Terrorists/Non-State Militia|Private Citizens')."""
    return x.known and bool(x.classes & ARMED_CLASSES)


def _facing_agree(shared: tuple[Side, Side], x: Side, y: Side) -> bool:
    """The sides facing a shared actor may be one party: they `_agree`, or the shared actor is a named armed
    group and one side facing it is a state's, the other a militia's (STATE_ALLIES)."""
    if _agree(x, y):
        return True
    allied = any("state" in p.classes and p.known and q.known and q.classes & STATE_ALLIES for p, q in ((x, y), (y, x)))
    return allied and _named_group_shared(*shared) and all(_armed(s) for s in shared)


def _compatible(x: Side, y: Side) -> bool:
    """Sides that `_agree`, or two armed opposition groups (the MELTT actor taxonomy's "violent groups")."""
    return _agree(x, y) or bool(x.classes & ARMED_OPPOSITION and y.classes & ARMED_OPPOSITION)


def deaths_close(x: float | None, y: float | None) -> bool:
    """Both records report deaths and the counts are close: evidence that two reports are one event."""
    if x is None or y is None or x != x or y != y:  # None or NaN: not reported
        return False
    high = max(x, y)
    return min(x, y) >= DEATHS_MIN and abs(x - y) <= max(1.0, DEATHS_TOLERANCE * high)


def _shared(x: Side, y: Side) -> bool:
    """Both sides name one actor. Generic sides are no evidence: an unknown perpetrator ("Unknown",
    "Unidentified Armed Group") or "Civilians" fit any two attacks in one city on one day."""
    return x.known and y.known and bool((x.ids & y.ids) - set(GENERIC_IDS))


def _named_group_shared(x: Side, y: Side) -> bool:
    """The sides share an actor that is not a state's forces (ids govt_<iso3>, the registry's rule, or a party
    in STATE_PARTIES): the army on both sides of two Benghazi records says little, Ansar al-Sharia much."""
    return _shared(x, y) and any(
        not i.startswith("govt_") and i not in STATE_PARTIES for i in (x.ids & y.ids) - set(GENERIC_IDS)
    )


def actor_match(a: tuple[Side, Side], b: tuple[Side, Side]) -> str | None:
    """How the two records' actors agree ('same-actors', 'shared-actor', 'unresolved', 'compatible'), or None."""
    best: str | None = None
    oriented = any("perpetrator" in side.classes for side in (*a, *b))
    for swapped, (b0, b1) in enumerate((b, (b[1], b[0]))):  # sides may come in either order (ACLED actor1
        shared0, shared1 = _shared(a[0], b0), _shared(a[1], b1)  # is not the attacker) once an actor is shared
        if shared0 and shared1:
            return "same-actors"
        if (shared0 and _facing_agree((a[0], b0), a[1], b1)) or (shared1 and _facing_agree((a[1], b1), a[0], b0)):
            # Sharing only the state (soldiers and officials are attacked daily by unknown gunmen in one
            # city) is weaker evidence: it counts as an unresolved match unless a named group is shared.
            strong = (
                _named_group_shared(a[0], b0)
                or _named_group_shared(a[1], b1)
                or (a[0].known and b0.known and a[1].known and b1.known)
            )
            if strong:
                best = "shared-actor"
            elif best is None:  # in either order: the state is a shared actor, if a weak one
                best = "unresolved"
        elif (
            best is None
            and (not swapped or oriented)
            and _agree(a[0], b0)
            and _agree(a[1], b1)
            and not ((a[1].known and b1.known) if swapped else (a[0].known and b0.known))
        ):
            # Nothing contradicts and one perpetrator is unknown: GTD "Unknown" against the same kind of
            # target, or a communal clash one dataset names by community and the other by militia. Sides
            # are compared in the other order (ACLED's victim first) only against GTD, whose order is known.
            best = "unresolved"
    if best is None:
        # No actor in common, but every side known and compatible by class (in either order: ACLED's actor1
        # is not the attacker): the weakest match, as in MELTT's actor taxonomy.
        for b0, b1 in (b, (b[1], b[0])):
            if all(s.known for s in (a[0], a[1], b0, b1)) and _compatible(a[0], b0) and _compatible(a[1], b1):
                return "compatible"
    return best


def battle_against_attack(x: tuple[str | None, tuple[Side, Side]], y: tuple[str | None, tuple[Side, Side]]) -> bool:
    """One record is a battle between two named parties and the other, by (event type, sides), an attack by an
    unknown hand, not a battle: UCDP's day of fighting in Benghazi between the Shura Council and Haftar's forces
    is not an officer shot by unknown gunmen, a mortar round, nor the killing of the Council's supporters."""

    def named_battle(event_type: str | None, sides: tuple[Side, Side]) -> bool:
        return event_type == BATTLE and all(side.known for side in sides)

    def unknown_attack(event_type: str | None, sides: tuple[Side, Side]) -> bool:
        return event_type != BATTLE and not all(side.known for side in sides)

    return (named_battle(*x) and unknown_attack(*y)) or (named_battle(*y) and unknown_attack(*x))


def score(days: int, km: float, km_limit: float, match: str) -> float:
    """Score in (0, 1]: closer in time and space and better actor agreement score higher."""
    time = 1.0 - days / (TEMPORAL_WINDOW_DAYS + 1)
    space = 1.0 - km / km_limit if km_limit > 0 else 1.0
    value = WEIGHTS["time"] * time + WEIGHTS["space"] * space + WEIGHTS["actors"] * ACTOR_SCORES[match]
    return round(max(value, 0.01), 4)
