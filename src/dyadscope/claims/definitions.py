"""Other reasonable definitions of what a claim counts, and whether they change its verdict.

A verdict is first decided on the definition `dyadscope targets` counts (the query the verdict shows):
coalitions on either side count, one-sided violence counts, governorates derived from coordinates count,
and a phrase covers the classes phrases.yaml gives it. Each alternative changes one of these at a time:

- the counterpart alone: coalitions that include the counterpart class left out (from the same table);
- which classes a phrase covers, where it is ambiguous (NARROWER / BROADER below; from the same table);
- the actor alone: events where the actor's own side was a coalition left out (targets actor_alone=True);
- engagements only: one-sided violence left out (targets exclude_one_sided=True), when the scope has any;
- given governorates only, when a place decides: governorates derived from coordinates left out
  (targets given_admin1_only=True), when the scope has any derived ones;
- the name alone: a renamed actor (the registry's lineage, successor_of) counted without its other names
  (targets name_alone=True), e.g. HTS without Jabhat Fateh al-Sham / Jabhat al-Nusra; where the window begins
  before the side took its name (HTS in 2017, named on 28 January), the name alone is the definition counted (the
  events before then are its predecessor's) and the lineage is the other one;
- all countries, when the sentence names none and the claim was counted in the actor's main country (where most
  of its events in the window are: the verifier's choice, said in the verdict); for a state's claim counted over
  every country (its war not fought nearly all at home), the country holding most of its events alone;
- the registry actor, not the class: a phrase that is both an actor's name and a class phrase ("Syrian rebels":
  UCDP's umbrella actor Syrian insurgents, and the rebel class in Syria) is counted as the class, and the actor
  alone is this alternative (targets with_actor=...).
Absences get only the readings that can find events the query does not count (ABSENCE_READINGS), so an absence
is never "supported" while another reasonable reading of a side has events.

Only alternatives that decide the claim the other way are kept (docs/claims.md: "depends on definition"); the
name alone is also kept when it agrees but counts other events, as a note (the lineage is a choice the reader
should see either way).
Every figure comes from Dyadscope.targets through the verifier's memo; nothing here counts events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.analysis.stats import wilson_interval
from dyadscope.claims.wording import Class, Name, Pct, Say, say

if TYPE_CHECKING:
    from dyadscope.analysis.targeting import TargetingResult
    from dyadscope.claims.model import Claim
    from dyadscope.claims.resolve import Counterpart

# Group phrases (phrases.yaml groups, by label) whose reach is a matter of definition: the other reading's classes.
NARROWER: dict[str, tuple[str, ...]] = {"rebel and jihadist groups": ("rebel",)}  # "rebels": jihadists too, or not
BROADER: dict[str, tuple[str, ...]] = {"state forces": ("state", "pro_government_militia")}  # with their militias
BROADER["non-jihadist rebel groups"] = ("rebel", "jihadist")  # "the rebels" set against ISIS: or with the jihadists
DECIDED = ("supported", "contradicted")
# An absence is judged on the query's definition and on these: the other reading of a side named by a phrase that is
# also an actor's name, and a class phrase's broader reach ("government forces" with their militias).
ABSENCE_READINGS = ("registry_actor", "broader", "state_class", "all_countries", "read_country", "main_country")
ABSENCE_READINGS += ("lineage",)
# A death toll is the deaths in the sides' events: leaving one-sided violence out or reading governorates otherwise
# is no reading of the words "killed N".
NOT_FOR_TOLLS = ("engagements", "given_admin1")
_FIGHTING = re.compile(r"fight|battle|clash|engagement|combat|kamp|sammenstød|slag", re.I)
# words that name the jihadists with the rebels, or every kind of them: the reach is said, not a matter of definition
_BOTH_NAMED = re.compile(r"jihad|islamist", re.I)
_BOTH_AFTER = re.compile(
    r"^\s*(?:(?:and|or|og|eller)\s+(?:other\s+|andre\s+)?(?:jihad|islamist)|"
    r"of\s+(?:every|all)\s+(?:stripes?|kinds?|types?)|of\s+any\s+(?:stripe|kind|type)|"
    r"af\s+(?:alle|enhver)\s+(?:slags|art|type|observans))",
    re.I,
)


def reach_said(words: str | None, sentence: str) -> bool:
    """True when the words name the jihadists too ("insurgent or jihadist groups", "oprørere og jihadister") or every
    kind of rebel ("rebel groups of every stripe"): no narrower reach is a reasonable reading of them."""
    if not words:
        return False
    if _BOTH_NAMED.search(words):
        return True
    at = sentence.find(words)
    return at >= 0 and bool(_BOTH_AFTER.match(sentence[at + len(words) :]))


@dataclass(frozen=True)
class Reading:
    """One definition: what it changes in the query (targets keywords) or in which counterpart keys count."""

    key: str
    clause: Say  # "if only events where Islamic State fought alone count", in both languages
    scope: tuple[tuple[str, bool | str], ...] = ()  # extra Dyadscope.targets keywords
    classes: tuple[str, ...] | None = None  # counterpart classes under this reading (None: the claim's own)
    coalitions: bool = True  # counterpart coalitions that include the classes count
    note_if_same: bool = False  # shown even when it agrees, if its figure differs (a note, not "depends")
    with_actor: bool = False  # the counterpart is the registry actor in scope's with_actor, not a class


@dataclass
class Figure:
    """A claim's figure under one reading: k matching events of n (a share), or k (a count)."""

    k: int
    n: int
    share: bool
    deaths: bool = False  # k is the deaths in n events (a death toll), not matching events

    @property
    def value(self) -> float:
        """The share k/n, or the count k."""
        return self.k / self.n if self.share else float(self.k)


def readings(
    claim: Claim,
    result: TargetingResult,
    actor: Name,
    counterpart: Counterpart | None,
    place_decides: bool,
    other_names: tuple[tuple[Name, tuple[Name, ...]], ...] = (),
    umbrella: tuple[str, str, Name] | None = None,
    own_name: bool = False,
) -> list[Reading]:
    """The alternative readings that apply to this claim and scope (the primary one excluded);
    `other_names`: each renamed actor of the claim (actor, named counterpart) with the other names in its lineage;
    `own_name`: the primary counted them under their own names (the window begins before a name was taken);
    `umbrella`: (the words, actor id, name) of a class phrase that is also one registry actor's name."""
    out: list[Reading] = []
    if umbrella is not None:
        words, actor_id, name = umbrella
        clause = say("if_umbrella", words=words, actor=name)
        out.append(Reading("registry_actor", clause, scope=(("with_actor", actor_id),), with_actor=True))
    if counterpart is not None and counterpart.actor is None and claim.kind != "concentration":
        label = Class(counterpart.label)
        if any("+" in key and counterpart.matches_class(key) for key in result.columns["key"]):
            out.append(Reading("counterpart_alone", say("if_counterpart_alone", label=label), coalitions=False))
        words = claim.counterpart or label  # the article's own words: "if 'rebels' means rebel/insurgent only"
        if counterpart.label in NARROWER and not reach_said(claim.counterpart, claim.sentence):
            narrow = NARROWER[counterpart.label]
            out.append(Reading("narrower", say("if_narrower", label=words, classes=_classes(narrow)), classes=narrow))
        if counterpart.label in BROADER:
            broad = BROADER[counterpart.label]
            out.append(Reading("broader", say("if_broader", label=words, classes=_classes(broad)), classes=broad))
    out.append(Reading("actor_alone", say("if_actor_alone", actor=actor), scope=(("actor_alone", True),)))
    if result.caveats.directed_events:  # "battles" read as engagements only is the word's own sense: say so
        fighting = claim.measure and _FIGHTING.search(claim.measure)
        clause = say("if_engagements_fighting", measure=claim.measure) if fighting else say("if_engagements")
        out.append(Reading("engagements", clause, scope=(("exclude_one_sided", True),)))
    if place_decides and result.caveats.derived_admin1:
        out.append(Reading("given_admin1", say("if_given_admin1"), scope=(("given_admin1_only", True),)))
    if other_names and own_name:
        out.append(Reading("lineage", lineage(other_names), scope=(("name_alone", False),), note_if_same=True))
    elif other_names:
        out.append(Reading("name_alone", name_alone(other_names), scope=(("name_alone", True),), note_if_same=True))
    if claim.kind == "absence":  # readings that leave events out cannot undo an absence; these can find others
        return [r for r in out if r.key in ABSENCE_READINGS]
    if claim.kind == "single_event":  # a toll counts whoever died: only who the sides are is a matter of definition
        return [r for r in out if r.key not in NOT_FOR_TOLLS]
    return out


def state_class(words: str) -> list[Reading]:
    """'government forces', 'the army' counted as the state that dominates the scope: the class itself (any
    state's forces) and the class with pro-government militias are the other definitions."""
    out = []
    for key, classes in (("state_class", ("state",)), ("broader", BROADER["state forces"])):
        clause = say("if_broader", label=words, classes=_classes(classes))
        out.append(Reading(key, clause, scope=(("with_actor", None),), classes=classes))
    return out


def other_country(country: str, other: str | None) -> Reading:
    """No country named, counted in the actor's main one (`country`): the reading over every country (`other`
    None), or in the country the other side's nationality suggests ('Iraqi forces': `other` 'IRQ')."""
    if other is None:
        return Reading("all_countries", say("if_all_countries", country=country), scope=(("country", None),))
    return Reading("read_country", say("if_read_country", country=other), scope=(("country", other),))


def main_country(country: str) -> Reading:
    """A state's claim naming no place, counted over every country it fought in (Verifier._everywhere): the country
    holding most of those events alone is the other reading ('Turkish forces fought ISIS 84 times': Syria alone)."""
    return Reading("main_country", say("if_main_country", country=country), scope=(("country", country),))


def name_alone(other_names: tuple[tuple[Name, tuple[Name, ...]], ...]) -> Say:
    """'if only events recorded under the name HTS count (its other names, JFS, JaN, left out)'; with two renamed
    actors, each one's other names are said with it."""
    if len(other_names) == 1:
        name, others = other_names[0]
        return say("if_name_alone", name=name, others=joined(others))
    parts = [(joined(others, "and"), name) for name, others in other_names]  # "for" reads the same in Danish
    listed = Name("; ".join(f"{o.en} for {n.en}" for o, n in parts), "; ".join(f"{o.da} for {n.da}" for o, n in parts))
    return say("if_names_alone", others=listed)


def lineage(other_names: tuple[tuple[Name, tuple[Name, ...]], ...]) -> Say:
    """'if the events recorded under its other names (Jabhat Fateh al-Sham) count as HTS's too'."""
    name = other_names[0][0]
    return say("if_lineage", name=name, others=joined(tuple(o for _, more in other_names for o in more)))


def joined(names: tuple[Name, ...], last: str = "") -> Name:
    """Several names as one, in each language: 'Jabhat al-Nusra, Jabhat Fateh al-Sham' (last='and': '... and ...')."""
    words = {"": (", ", ", "), "and": (" and ", " og ")}[last]
    out = []
    for lang, word in zip(("en", "da"), words, strict=True):
        texts = [getattr(n, lang) for n in names]
        out.append(", ".join(texts[:-1]) + word + texts[-1] if last and len(texts) > 1 else ", ".join(texts))
    return Name(*out)


def _classes(codes: tuple[str, ...]) -> Class:
    from dyadscope.actors.registry import class_label

    return Class(" + ".join(class_label(c) for c in codes))


def matching(
    result: TargetingResult, counterpart: Counterpart | None, reading: Reading | None = None, deaths: bool = False
) -> int:
    """Events of `result` whose counterpart matches under `reading` (all events when there is no counterpart);
    with `deaths`, the deaths in those events (a toll goes through the same definitions as a count)."""
    column = "fatalities" if deaths else "events"
    if counterpart is None:
        return result.total(column)
    by_class = reading is not None and reading.classes is not None and not reading.with_actor
    if (counterpart.actor is not None and not by_class) or (reading is not None and reading.with_actor):
        return result.total("with_" + column)
    classes = set(counterpart.classes if reading is None or reading.classes is None else reading.classes)
    coalitions = reading is None or reading.coalitions
    return result.total(column, lambda key: bool(set(key.split("+")) & classes) and (coalitions or "+" not in key))


def alternatives(
    primary: str,
    options: list[Reading],
    figure_of: Callable[[Reading], Figure | None],
    judge: Callable[[Figure], str],
    counted: Figure | None = None,
) -> list[dict[str, object]]:
    """Each reading's figure and verdict, kept when it decides the claim the other way from `primary`
    (`decides`: True), or, for a note_if_same reading, when it agrees on another figure than `counted`."""
    kept = []
    for reading in options:
        figure = figure_of(reading)
        if figure is None or not figure.n:
            continue
        verdict = judge(figure)
        if verdict not in DECIDED:
            continue
        same = (figure.k, figure.n) == (counted.k, counted.n) if counted else True
        if verdict == primary and not (reading.note_if_same and not same):
            continue
        row: dict[str, object] = {"definition": reading.key, "clause": reading.clause, "verdict": verdict}
        row["decides"] = verdict != primary
        row["scope"] = reading.scope  # the targets keywords, turned into CLI flags by the verifier
        row |= {"matching_events": figure.k, "events": figure.n}
        if figure.deaths:
            row["deaths"] = figure.k
        if figure.share:
            low, high = wilson_interval(figure.k, figure.n)
            row |= {"share": figure.k / figure.n, "ci_low": low, "ci_high": high}
        kept.append(row)
    return kept


def clause_text(row: dict[str, object]) -> Say:
    """'; contradicted if only events where Islamic State fought alone count: 75 of 103, 72.8% (…)';
    a row that agrees reads '; also supported if …'."""
    verdict, clause = say(str(row["verdict"])), row["clause"]
    also = "also_" if not row.get("decides", True) else "if_"
    if "share" in row:
        return say(
            also + "share",
            verdict=verdict,
            clause=clause,
            k=row["matching_events"],
            n=row["events"],
            share=Pct(float(row["share"])),  # type: ignore[arg-type]
            low=Pct(float(row["ci_low"])),  # type: ignore[arg-type]
            high=Pct(float(row["ci_high"])),  # type: ignore[arg-type]
        )
    unit = "deaths" if "deaths" in row else "count"
    return say(also + unit, verdict=verdict, clause=clause, k=row["matching_events"])
