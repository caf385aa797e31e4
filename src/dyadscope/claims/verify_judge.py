"""Verdicts and how a figure is judged (claims/verify.py checks the claims): the Verdict, the tolerances of a
share, a count and a death toll, the reading's patterns the checks share, and the texts said in both languages.

Tolerances (docs/claims.md): a share is supported when the values the claim allows ("around 64%" ->
0.64; "more than two-thirds" -> above 0.667) meet the 95% Wilson interval widened by SHARE_TOL on each
side; a count when they meet the data's count widened by COUNT_TOL (relative, at least COUNT_MIN);
an absence ("zero presence") only when the data has no event at all.
"""

from __future__ import annotations

import math
import shlex
from dataclasses import asdict, dataclass, field

from dyadscope import recache as re
from dyadscope.actors.registry import Registry, class_label
from dyadscope.analysis.caveats import caveat_lines
from dyadscope.analysis.stats import wilson_interval
from dyadscope.analysis.targeting import DEFINITION_FLAGS, TargetingResult, window_uncovered
from dyadscope.claims import definitions
from dyadscope.claims.kinds.attributes import MEANS
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Counterpart,
)
from dyadscope.claims.wording import Bound, Name, Num, Pct, Range, Say, render, say

SHARE_TOL = 0.05
COUNT_TOL = 0.10
COUNT_MIN = 2
SUPPORTED, CONTRADICTED, NOT_CHECKABLE, NOT_EVENT_DATA = "supported", "contradicted", "not checkable", "not event data"
DEPENDS = "depends on definition"  # reasonable definitions decide the claim both ways (claims/definitions.py)
_ATTACK_WORDS = ("attack", "angreb", "assault", "raid", "strike", "bombing", "luftangreb")
_OPERATION_WORDS = ("operation", "operationer")
_BOMBED = re.compile(
    r"\b(?:bombed|shelled|bombarded|air-?struck|bombede|bombarderede|beskød|luftbombede)\b", re.I
)  # a count of what a weapon did ("bombed ... 300 times") counts strikes, not events
# a means with its owner's adjective before a toll: "Russian airstrikes killed", "Tyrkiske luftangreb dræbte"
_OWNED_MEANS = re.compile(rf"\b(?P<owner>[\w-]+)\s+(?P<means>{MEANS})\b(?!.*\b(?:{MEANS})\b)", re.I)
# the class owns the share's events: "their battles", "deres kampe", "the fighting that rebel groups were involved
# in", "involved in / stod bag N% of the clashes in Idlib"
_CLASS_OWNS = re.compile(
    r"\b(?:their|deres|sine|sin|sit)\b|\b(?:that|which|som)\s+[\w\s-]{0,40}?\b(?:were|was|var)\s+involved\s+in\b|"
    r"\b(?:involved\s+in|stod\s+bag|stod\s+for|deltog\s+i|var\s+involveret\s+i|accounted\s+for)\b",
    re.I,
)
_MEANS = re.compile(
    r"air ?strikes|airstrikes|strikes|sorties|luftangreb|bombings|bombninger|barrel|raids|bombers", re.I
)
DEATHS_TOL = 0.25  # one day's death toll differs between sources; beyond DEATHS_FAR it is contradicted
DEATHS_FAR = 0.5
DEATHS_TOTAL_TOL = 0.1  # a toll over a week or more sums many events: within a count's ±10%, not a day's ±25%
TOTAL_DAYS = 7
DOMINANT = 0.8  # "the group" with no antecedent stands for a jihadist group holding this share of their events
_JIHADIST_WORDS = re.compile(
    r"^(?:the\s+)?(?:jihadist\s+|terror\s+)?(?:group|organi[sz]ation|movement|jihadists|militants)(?:['’]s?)?$|"
    r"^(?:gruppen|organisationen|bevægelsen|terrorbevægelsen|jihadisterne|militante)s?$",
    re.I,
)
_OWNER = re.compile(r"(?:['’]s?|ens|nes)$")  # a possessive: "the group's", "the jihadists'", "gruppens"
_PLACE_REFERENCE = re.compile(r"\b(?:there|the\s+country|that\s+country|dér|landet|landets)\b", re.I)
_STATE_CLASS = re.compile(r"\bstate\b|\bstatslige\b|\bstatens\b", re.I)  # the class by its own name
_DIED = re.compile(r"\b(?:dræbt|dræbte|døde|omkom|killed|dead|died)\b", re.I)  # in a count's own words: the dead
# words after which a side is the other one (not "involving" or "kampe med", which name the owner: "2.850 kampe med IS")
_FOUGHT = re.compile(
    r"\b(?:against|versus|faced|fought|battled|clashed\s+with|mod|over\s+for|kæmpede\s+mod|i\s+kamp\s+med|"
    r"stødte\s+sammen\s+med)\s+(?:the\s+|de\s+|den\s+|det\s+)?$",
    re.I,
)
# the fighting with a side, before its name: "Kampene med IS", "fighting against ISIS", "clashes involving the SDF"
_FIGHT_WITH = re.compile(
    r"\b(?:fighting|clashes|battles|engagements|combat|kamphandlinger(?:ne)?|kampe|kampene|kampen|sammenstødene|"
    r"træfningerne)\s+"
    r"(?:with|against|involving|med|mod)\s+(?:the\s+)?$",
    re.I,
)
_INVOLVING = re.compile(r"\b(?:involving|involved|by|of|med\s+deltagelse\s+af)\s+$", re.I)
_PRONOUN = re.compile(r"\b(?:they|it|their|its|them)\b", re.I)
# one incident, or a place below the governorate: "An airstrike ... killed seven", "in the village of", "landsbyen"
_INCIDENT = re.compile(
    r"\b(?:an?\s+(?:air\s*strike|airstrike|attack|bombing|blast|explosion|shell|rocket|car\s+bomb)|"
    r"et\s+(?:luftangreb|angreb|bombeangreb|raketangreb)|the\s+(?:village|town|city|neighbou?rhood)\s+of|"
    r"landsbyen|byen|bydelen|i\s+nærheden\s+af|"
    # "twin blasts by ISIS near Sayyida Zaynab", "to bombeangreb nær Jableh": one incident, at a spot below the
    # governorate
    r"(?:twin|double|triple|coordinated|simultaneous|dobbelte?|to|tre)\s+(?:suicide\s+)?(?:blasts|bombings|explosions|"
    r"car\s+bombs|bombeangreb|eksplosioner|selvmordsangreb|bilbomber)|(?-i:(?:near|nær)\s+[A-ZÆØÅ]))\b",
    re.I,
)


@dataclass
class Verdict:
    """The outcome for one claim, with the figure and everything needed to judge it."""

    claim_id: str
    verdict: str
    reason: str
    figure: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    matching_events: int | None = None
    events: int | None = None
    tolerance: str | None = None
    query: str | None = None
    counterpart: str | None = None
    sources: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    indicative: dict[str, object] | None = None
    # other definitions: those that decide it otherwise ("decides"), and an agreeing name alone (a note)
    alternatives: list[dict[str, object]] = field(default_factory=list)
    as_counted: str | None = None  # the verdict on the definition the figure and query use
    # The Danish renderings of the text fields (claims.wording.verdict_text reads them); not in the JSON.
    danish: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (NaN as None); `da` holds the Danish texts (reason, alternatives, proxy, ...)."""
        data = asdict(self)
        data["da"] = data.pop("danish")
        for row in data["alternatives"]:
            row.pop("clause", None)  # the sentence is in `definition_text`
        for key in ("figure", "ci_low", "ci_high"):
            if isinstance(data[key], float) and math.isnan(data[key]):
                data[key] = None
        return data


def _say(verdict: Verdict, name: str, text: Say, append: bool = False) -> None:
    """Set (or extend) a text field in English and its Danish twin from one template."""
    en, da = render(text, "en"), render(text, "da")
    if append:
        en, da = f"{getattr(verdict, name) or ''}{en}", f"{verdict.danish.get(name, '')}{da}"
    setattr(verdict, name, en)
    verdict.danish[name] = da


def _verdict(claim_id: str, outcome: str, reason: Say, **fields: object) -> Verdict:
    """A Verdict whose reason is rendered in both languages."""
    verdict = Verdict(claim_id, outcome, "", **fields)  # type: ignore[arg-type]
    _say(verdict, "reason", reason)
    return verdict


def _uncovered(claim: Claim, left_out: int, inside: int) -> Say:
    """The reason 'the window is not covered', with the events left out of all those in scope."""
    return say("not_covered", start=claim.start, end=claim.end, left_out=left_out, total=inside + left_out)


def _window_reason(claim: Claim, left_out: int, inside: int, empty: str | None = None) -> Say | None:
    """Why the window's events cannot decide the claim, or None. `empty` is what no event inside says first: None
    (nothing of its own; 'not covered' only when some are left out), "no_events_scope" or "not_covered"."""
    if not inside and empty is not None:
        return _uncovered(claim, left_out, inside) if empty == "not_covered" else say(empty)
    return _uncovered(claim, left_out, inside) if window_uncovered(left_out, inside) else None


def _claim_range(claim: Claim) -> tuple[float, float]:
    """The values a claim allows, as a closed range (open ends nudged by a hair)."""
    v, eps = float(claim.value or 0), 1e-9
    if claim.operator == "in" and claim.upper is not None:
        return v, float(claim.upper)
    return {
        ">": (v + eps, math.inf),
        ">=": (v, math.inf),
        "<": (-math.inf, v - eps),
        "<=": (-math.inf, v),
    }.get(claim.operator, (v, v))


def _judge(claim: Claim, low: float, high: float) -> str:
    a, b = _claim_range(claim)
    return SUPPORTED if a <= high and b >= low else CONTRADICTED


def _share_verdict(claim: Claim, k: int, n: int) -> str:
    """Supported when the values the claim allows meet the Wilson interval of k in n widened by SHARE_TOL."""
    low, high = wilson_interval(k, n)
    return _judge(claim, low - SHARE_TOL, high + SHARE_TOL)


def _judge_share(verdict: Verdict, claim: Claim, k: int, n: int) -> tuple[float, float]:
    """Judge a share of k in n against its widened Wilson interval: sets the verdict's figure, interval, events and
    tolerance text, and returns the interval."""
    low, high = wilson_interval(k, n)
    verdict.figure, verdict.ci_low, verdict.ci_high, verdict.matching_events = k / n, low, high, k
    _say(verdict, "tolerance", say("share_tolerance", points=Num(SHARE_TOL * 100)))
    if claim.operator == "in":
        _say(verdict, "tolerance", say("read_as", text=claim.value_text, range=claimed(claim)), append=True)
    verdict.verdict = _judge(claim, low - SHARE_TOL, high + SHARE_TOL)  # _share_verdict, on the interval it shows
    return low, high


def _none_for_some(claim: Claim, observed: float) -> bool:
    """The data has no event where the claim says there were some ("a handful", "three"): the count tolerance
    (at least ±2) must not turn an absence into support."""
    return observed == 0 and _claim_range(claim)[0] >= 1


def claimed(claim: Claim) -> Range | Bound:
    """The claimed figure, for a sentence: 'more than 1,000', '24–99' (rendered per language by claims.wording)."""
    share = claim.kind in ("share", "concentration", "attribute_share")
    if claim.operator == "in" and claim.upper is not None:
        return Range(float(claim.value or 0), claim.upper, share)
    return Bound(claim.operator, float(claim.value or 0), share)


def _deaths_tolerance(claim: Claim) -> tuple[float, bool]:
    """The near tolerance of a death toll, and whether it sums a week or more (judged like a count)."""
    total = claim.start is not None and claim.end is not None and (claim.end - claim.start).days >= TOTAL_DAYS
    return (DEATHS_TOTAL_TOL if total else DEATHS_TOL), total


def _deaths_verdict(claim: Claim, observed: float) -> str:
    """A death toll: supported within ±25%, contradicted beyond ±50%, in between the sources' usual spread (not
    checkable); over a week or more, a sum of many events, judged like a count: supported within ±10%, else
    contradicted (every tester of sets 9, 18 and 22 contradicts a year's toll 17-39% off)."""
    tol, total = _deaths_tolerance(claim)
    far_off = tol if total else DEATHS_FAR
    near = _judge(claim, observed * (1 - tol), observed * (1 + tol))
    low, high = _claim_range(claim)
    if not low * (1 - tol) <= observed <= high * (1 + tol):
        near = CONTRADICTED  # both ways: "about 250" is not 325, though 250 is within 25% of 325
    far = _judge(claim, observed * (1 - far_off), observed * (1 + far_off))
    if not low * (1 - far_off) <= observed <= high * (1 + far_off):
        far = CONTRADICTED  # both ways too: "around 200" is more than 50% off 313, though 200 is within 50% of 313
    return SUPPORTED if near == SUPPORTED else (CONTRADICTED if far == CONTRADICTED else NOT_CHECKABLE)


def _judge_deaths(claim: Claim, verdict: Verdict, observed: float) -> Verdict:
    """A death toll's verdict (_deaths_verdict) with its tolerance and the data's toll said."""
    tol, total = _deaths_tolerance(claim)
    key = "deaths_total_tolerance" if total else "deaths_tolerance"
    _say(verdict, "tolerance", say(key, near=Pct(tol, 0), far=Pct(DEATHS_FAR, 0)))
    _say(verdict, "reason", say("data_deaths", n=Num(observed)))
    verdict.verdict = _deaths_verdict(claim, observed)
    return verdict


def _command(actor: str, claim: Claim, by: str, admin1: str | None, with_actor: str | None) -> str:
    parts = ["dyadscope", "targets", actor]
    if claim.country:
        parts += ["--country", claim.country]
    parts += ["--from", claim.start.isoformat(), "--to", claim.end.isoformat(), "--by", by]
    if admin1:
        parts += ["--admin1", admin1]
    if with_actor:
        parts += ["--with", with_actor]
    return " ".join(shlex.quote(p) for p in parts)


def _semantics(claim: Claim, result: TargetingResult, actor_name: Name) -> list[Say]:
    notes = []
    measure = (claim.measure or "").lower()
    if ("counter" in measure and "terror" in measure) or "terrorbekæmpelse" in measure or "antiterror" in measure:
        notes.append(say("counter_terror", measure=claim.measure, actor=actor_name))
    elif any(w in measure for w in _OPERATION_WORDS):
        notes.append(say("operations", measure=claim.measure, actor=actor_name))
    if any(w in measure for w in _ATTACK_WORDS) and result.caveats.undirected_events:
        notes.append(say("attacks"))
    if "directly" in claim.sentence.lower():
        notes.append(say("directly"))
    if claim.kind == "count":
        notes.append(say("count_rules"))
    return notes


def _caveats(verdict: Verdict, notes: list[Say], result: TargetingResult) -> None:
    """The semantic notes, then the targeting caveats, in both languages."""
    verdict.caveats = [render(n, "en") for n in notes] + caveat_lines(result)
    verdict.danish["caveats"] = [render(n, "da") for n in notes] + caveat_lines(result, "da")


def _with_rows(verdict: Verdict, rows: list[dict[str, object]]) -> Verdict:
    """The other definitions' rows said after the verdict (definitions.clause_text), in both languages; the verdict
    becomes DEPENDS when one decides the claim the other way."""
    verdict.as_counted = verdict.verdict
    decides = any(row["decides"] for row in rows)
    if decides:
        _say(verdict, "reason", say("as_counted", verdict=say(verdict.verdict)), append=True)
    danish = []
    for row in rows:
        row.pop("scope", None)
        _say(verdict, "reason", definitions.clause_text(row), append=True)
        row["definition_text"] = render(row["clause"], "en")  # type: ignore[arg-type]
        danish.append(render(row["clause"], "da"))  # type: ignore[arg-type]
    verdict.danish["alternatives"], verdict.alternatives = danish, rows
    if decides:
        verdict.verdict = DEPENDS
    return verdict


def _labels(classes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(class_label(c) for c in classes)


def _possessive(sentence: str, words: str) -> bool:
    """The words own what follows: "the group's", "the jihadists'" (the mark may be outside the words), "gruppens"."""
    at = sentence.find(words)
    return bool(_OWNER.search(words)) or (at >= 0 and sentence[at + len(words) : at + len(words) + 1] in ("'", "’"))


def _flag(registry: Registry, key: str, value: object) -> str:
    """A definition's targets keyword as its CLI flag: '--actor-alone', '--with "Syrian insurgents"'."""
    if key == "with_actor":
        return f"--with {shlex.quote(registry.actors[str(value)].name)}"
    return DEFINITION_FLAGS[key]


def _with_name(counterpart: Counterpart | None) -> str | None:
    return counterpart.actor.name if counterpart is not None and counterpart.actor is not None else None


def _with_note(
    out: dict[str, object], danish: dict[str, object], note: Say
) -> tuple[dict[str, object], dict[str, object]]:
    out["note"], danish["indicative_note"] = render(note, "en"), render(note, "da")
    return out, danish
