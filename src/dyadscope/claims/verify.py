"""Claims -> targeting queries -> verdicts with the evidence behind them.

Every verdict carries the data's figure, its 95% interval (shares), the number of events, the
sources, the tolerance and the caveats. The figures come from dyadscope.analysis.targeting through
Dyadscope.targets; nothing here counts events itself.

Tolerances (docs/claims.md): a share is supported when the values the claim allows ("around 64%" ->
0.64; "more than two-thirds" -> above 0.667) meet the 95% Wilson interval widened by SHARE_TOL on each
side; a count when they meet the data's count widened by COUNT_TOL (relative, at least COUNT_MIN);
an absence ("zero presence") only when the data has no event at all.
"""

from __future__ import annotations

import datetime as dt
import math
import shlex
from dataclasses import asdict, dataclass, field, replace

from dyadscope import recache as re
from dyadscope.actors.registry import Actor, Registry, class_label
from dyadscope.analysis.caveats import caveat_lines
from dyadscope.analysis.stats import wilson_interval
from dyadscope.analysis.targeting import DEFINITION_FLAGS, TargetingResult, TargetQuery
from dyadscope.api import Dyadscope
from dyadscope.claims import class_side, definitions, lethality
from dyadscope.claims.definitions import Figure, Reading
from dyadscope.claims.kinds.attributes import MEANS
from dyadscope.claims.lethality import Deadly, deadly_of
from dyadscope.claims.model import Claim
from dyadscope.claims.places import adjective_country, side_country
from dyadscope.claims.resolve import (
    Counterpart,
    Entry,
    Lexicon,
    nationalities,
    resolve_actor,
    resolve_counterpart,
    resolve_place,
)
from dyadscope.claims.roles import ORGANISATION
from dyadscope.claims.wording import Bound, Class, Classes, Name, Num, Pct, Range, Say, actor_name, note, render, say

SHARE_TOL = 0.05
COUNT_TOL = 0.10
COUNT_MIN = 2
LEFT_OUT_LIMIT = 0.20  # more of the window's events than this left out for coarse dates -> not checkable
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
_MEANS = re.compile(r"air ?strikes|airstrikes|strikes|sorties|luftangreb|bombings|bombninger|barrel|raids", re.I)
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
    r"\b(?:fighting|clashes|battles|engagements|combat|kampe|kampene|kampen|sammenstødene|træfningerne)\s+"
    r"(?:with|against|involving|med|mod)\s+(?:the\s+)?$",
    re.I,
)
_INVOLVING = re.compile(r"\b(?:involving|involved|by|of|med\s+deltagelse\s+af)\s+$", re.I)
_PRONOUN = re.compile(r"\b(?:they|it|their|its|them)\b", re.I)
# one incident, or a place below the governorate: "An airstrike ... killed seven", "in the village of", "landsbyen"
_INCIDENT = re.compile(
    r"\b(?:an?\s+(?:air\s*strike|airstrike|attack|bombing|blast|explosion|shell|rocket|car\s+bomb)|"
    r"et\s+(?:luftangreb|angreb|bombeangreb|raketangreb)|the\s+(?:village|town|city|neighbou?rhood)\s+of|"
    r"landsbyen|byen|bydelen|i\s+nærheden\s+af)\b",
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


def _judge_share(verdict: Verdict, claim: Claim, k: int, n: int) -> tuple[float, float]:
    """Judge a share of k in n against its widened Wilson interval: sets the verdict's figure, interval, events and
    tolerance text, and returns the interval."""
    low, high = wilson_interval(k, n)
    verdict.figure, verdict.ci_low, verdict.ci_high, verdict.matching_events = k / n, low, high, k
    _say(verdict, "tolerance", say("share_tolerance", points=Num(SHARE_TOL * 100)))
    if claim.operator == "in":
        _say(verdict, "tolerance", say("read_as", text=claim.value_text, range=claimed(claim)), append=True)
    verdict.verdict = _judge(claim, low - SHARE_TOL, high + SHARE_TOL)
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
    """A death toll: supported within ±25% (±10% over a week or more), contradicted beyond ±50%, in between the
    sources' usual spread (not checkable)."""
    tol, _ = _deaths_tolerance(claim)
    near = _judge(claim, observed * (1 - tol), observed * (1 + tol))
    low, high = _claim_range(claim)
    if not low * (1 - tol) <= observed <= high * (1 + tol):
        near = CONTRADICTED  # both ways: "about 250" is not 325, though 250 is within 25% of 325
    far = _judge(claim, observed * (1 - DEATHS_FAR), observed * (1 + DEATHS_FAR))
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


class Verifier:
    """Checks claims against one store."""

    def __init__(self, ds: Dyadscope, lexicon: Lexicon) -> None:
        self.ds = ds
        self.lexicon = lexicon
        self._cache: dict[tuple, TargetingResult] = {}
        self.held: dict[str, set[str]] = {}  # sentence -> the lexicon keys of the sides its claims hold
        row = ds.store.con.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
        self.coverage: tuple[dt.date | None, dt.date | None] = (row[0], row[1]) if row else (None, None)
        self._covered: dict[str, tuple[dt.date | None, dt.date | None]] = {}

    def _country_coverage(self, country: str | None) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day of the data's events in a country (None, None when no country or no events)."""
        if country is None:
            return None, None
        if country not in self._covered:
            row = self.ds.store.con.execute(
                "SELECT min(date_start), max(date_end) FROM events WHERE country = ?", [country]
            ).fetchone()
            self._covered[country] = (row[0], row[1]) if row else (None, None)
        return self._covered[country]

    def targets(self, actor: str, **scope: object) -> TargetingResult:
        """Dyadscope.targets, memoised: an article asks the same question for many claims."""
        key = (actor, *sorted(scope.items()))
        if key not in self._cache:
            self._cache[key] = self.ds.targets(actor, **scope)  # type: ignore[arg-type]
        return self._cache[key]

    def check(self, claim: Claim) -> Verdict:
        """The verdict on one claim (with the actor's Danish name for verdict_text(verdict, "actor", "da"))."""
        verdict = self._check(claim)
        actor = resolve_actor(self.lexicon, claim.actor) if claim.actor else None
        if actor is not None:
            verdict.danish["actor"] = actor_name(actor).da
        return verdict

    def _check(self, claim: Claim) -> Verdict:
        if claim.kind == "not_event_data":
            # the article's own word, quoted: "et tal om “men”" must not read as Danish "men" (but)
            what: object = f"“{claim.measure}”" if claim.measure else say("other_than_events")
            return _verdict(claim.id, NOT_EVENT_DATA, say("not_event_data", what=what))
        lost = self._lost_side(claim)
        if lost is not None and ORGANISATION.match(lost):  # a reference ("They faced the jihadists"): read below
            claim.unread = claim.unread or [lost]
        elif lost is not None:  # a named side the reading did not place: the count is not of all the actor's events
            return _verdict(claim.id, NOT_CHECKABLE, say("lost_side", words=lost))
        orphans = [w for w in claim.unread if ORGANISATION.match(w)]
        referent = self._referent(claim, orphans) if orphans else None
        if orphans and referent is None:  # "between regime forces and the group", no group named before
            return _verdict(claim.id, NOT_CHECKABLE, say("orphan", words="”, “".join(orphans)))
        state_side = claim.actor is None or resolve_actor(self.lexicon, claim.actor) is None
        if state_side and not claim.unread:  # "Government forces and insurgents fought ...": whose forces?
            referent = self._state_side(claim)
        verdict = self._check_read(claim)
        if referent is not None and claim.kind == "absence" and verdict.verdict != CONTRADICTED:
            # "government forces never fought X": one state's none is not all state forces' none
            verdict = _verdict(claim.id, NOT_CHECKABLE, say("absence_one_state", actor=claim.actor))
        if referent is not None:  # said with the verdict: the reader sees whom "the group" was taken to be
            _say(verdict, "reason", referent, append=True)
        return verdict

    def _check_read(self, claim: Claim) -> Verdict:
        if claim.unread:  # a time or place the reading did not apply: no verdict on a guessed scope
            return _verdict(claim.id, NOT_CHECKABLE, say("unread", words="”, “".join(claim.unread)))
        means = self._means_owner(claim) if claim.actor is None else None
        fought = self._toll_of_counterpart(claim) if claim.actor is None and means is None else None
        actor = resolve_actor(self.lexicon, claim.actor)
        group = self._acting_class(claim) if actor is None else None
        if group is not None and claim.start is not None and claim.end is not None:
            return self._class_side(claim, group)  # "rebel groups were involved in 60% of the clashes in Idlib"
        if actor is None:
            said = say("unknown_actor", actor=claim.actor) if claim.actor else say("no_actor")
            return _verdict(claim.id, NOT_CHECKABLE, say("name_it", said=said))
        if actor.actor_class == "unknown":
            return _verdict(claim.id, NOT_CHECKABLE, say("unknown_perpetrators", actor=actor_name(actor)))
        died = _DIED.search(claim.value_text or "") if claim.kind == "count" else None
        if died:  # "blev over 100 dræbt i kampe": a number of the dead, never a count of events
            return _verdict(claim.id, NOT_CHECKABLE, say("deaths_not_events", words=claim.value_text))
        if claim.kind == "count" and _MEANS.search(claim.measure or ""):
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=claim.measure))
        bombed = _BOMBED.search(claim.sentence) if claim.kind == "count" else None
        if bombed:  # "the coalition bombed IS targets 300 times": strikes, which the data does not count
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=bombed.group(0)))
        if claim.start is None or claim.end is None:
            return _verdict(claim.id, NOT_CHECKABLE, say("no_window"))
        first, last = self.coverage
        if first is None or claim.end < first or claim.start > last:
            outside = say("outside", start=claim.start, end=claim.end, first=first, last=last)
            return _verdict(claim.id, NOT_CHECKABLE, outside, figure=0, events=0)
        if claim.end > last and note("note_window", basis=note("note_to_today")) in claim.notes:
            # "siden april 2019" with no article date: up to today, of which the data holds up to its last day
            claim.end = last
            claim.notes.append(note("note_to_data_end", date=last.isoformat()))
        first, last = self._country_coverage(claim.country)
        if first is not None and last is not None and (claim.end < first or claim.start > last):
            # "in 2010 there were no clashes between the army and rebels": the data on Syria begins in 2011
            outside = say("outside_country", start=claim.start, end=claim.end, country=claim.country, first=first)
            return _verdict(claim.id, NOT_CHECKABLE, outside, figure=0, events=0)
        place = resolve_place(self.lexicon, claim.place) if claim.place else None
        admin1 = place.admin1 if place and place.kind == "place" else None
        country = claim.country or (place.country if place else None)
        read_country = None  # a country the reading took from the other side's nationality: another definition
        if place is None and self._side_nationality(claim, actor, country):
            read_country, country = country, None  # "Iraqi forces were in 5% of ISIS engagements": not only Iraq
            claim.country = None
        elif place is None and self._own_ground(claim, actor, country):
            country = claim.country = None  # "Turkish troops clashed with ISIS 50 times": where Turkey fought
        home = self._home_country(claim, actor.id) if country is None else None
        if home is None and read_country is not None:
            country = claim.country = read_country
        country = country or (home[0] if home else None)
        if country != claim.country:
            claim.country = country
        town = place is not None and place.town
        if (
            claim.kind == "concentration"
            and admin1
            and not town
            and class_side.of_the_place(claim.sentence, claim.value_text)
        ):
            ids = tuple(sorted(self.ds.registry.expand(actor.id)))  # "ISIS was in 40% of the clashes in Raqqa"
            tally = class_side.place_tally(self.ds, country, admin1, claim.start, claim.end, ids=ids)
            return self._place_share(claim, say("place_actor", actor=actor_name(actor)), tally)
        if claim.kind == "attribute_share":
            deadly = deadly_of(claim.measure, claim.threshold)
            if deadly is not None:  # "half of its engagements killed at least five people": the data has the deaths
                return self._lethal(claim, actor, deadly, admin1)
            return self._attribute(claim, actor)
        self._from_registry_founding(claim, actor)
        state_words = self._state_counterpart(claim)  # "ISIS fought the army": whose army, once the scope is known
        verdict = self._check_scoped(claim, actor, place, admin1, country, home, read_country, state_words)
        if state_words is not None:
            _say(verdict, "reason", state_words[1], append=True)
        for said in (means, fought):  # the sentence's side the toll was read for
            if said is not None:
                _say(verdict, "reason", said, append=True)
        below = verdict.figure is not None and _claim_range(claim)[1] < verdict.figure
        contradicted = verdict.verdict == CONTRADICTED or (means is None and verdict.as_counted == CONTRADICTED)
        if contradicted and below and (means is not None or claim.kind == "single_event"):
            part = self._part_of_day(claim, means is not None)
            if part is not None:  # the means' or the one incident's dead are a part of all the actor's that day
                verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
                _say(verdict, "reason", say(part), append=True)
        return verdict

    def _dyad_day(
        self, claim: Claim, actor_id: str, other_id: str, country: str | None, admin1: str | None
    ) -> tuple[int, int]:
        """The events between two actors inside the claim's window, and those only overlapping it (coarser dates)."""
        ids = [sorted(self.ds.registry.expand(actor_id)), sorted(self.ds.registry.expand(other_id))]
        side = "list_has_any(string_split(trim({0}, '|'), '|'), ?)"
        where = [f"(({side.format('side_a_ids')} AND {side.format('side_b_ids')}) OR "
                 f"({side.format('side_b_ids')} AND {side.format('side_a_ids')}))"]  # fmt: skip
        params: list[object] = [ids[0], ids[1], ids[0], ids[1]]
        for column, value in (("country", country), ("admin1", admin1)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        row = self.ds.store.con.execute(
            "SELECT count(*) FILTER (WHERE date_start >= ? AND date_end <= ?), count(*) FILTER (WHERE date_start < ? "
            "OR date_end > ?) FROM events WHERE date_start <= ? AND date_end >= ? AND NOT coalesce(self_dyad, false) "
            "AND NOT coalesce(withdrawn, false) AND " + " AND ".join(where),
            [claim.start, claim.end, claim.start, claim.end, claim.end, claim.start, *params],
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def _part_of_day(self, claim: Claim, owned_means: bool) -> str | None:
        """Why a day's toll below all the actor's dead that day may be a part of them (a template key), or None: the
        means owned by a state ('Turkish airstrikes killed'), a means or one incident in the sentence ('An airstrike
        in the village of X killed seven'), or an actor the sentence does not name (taken from the article)."""
        if owned_means:
            return "means_part"
        if _INCIDENT.search(claim.sentence):
            return "incident_part"
        if note("note_article_actor", actor=claim.actor) in claim.notes:
            return "article_actor_part"
        return None

    def _from_registry_founding(self, claim: Claim, actor: Actor) -> None:
        """'HTS's 236 engagements in 2017': a group with predecessors whose window holds its founding is counted
        from it (as when the text dates the founding, claims/founding.py) when the data dates no event under its
        own name wholly before then: the predecessors' earlier events (Jabhat Fateh al-Sham's in January 2017) are
        theirs."""
        day = actor.valid_from
        if not actor.successor_of or day is None or claim.start is None or claim.end is None:
            return
        if not claim.start < day <= claim.end or claim.kind not in ("count", "share", "absence", "concentration"):
            return
        own = self.ds.store.con.execute(
            "SELECT count(*) FROM events WHERE date_end < ? AND date_end >= ? AND (side_a_ids LIKE ? OR side_b_ids "
            "LIKE ?)",
            [day, claim.start, f"%|{actor.id}|%", f"%|{actor.id}|%"],
        ).fetchone()
        if own and own[0] == 0:
            claim.start = day
            claim.notes.append(note("note_founded_registry", actor=claim.actor, date=day.isoformat()))

    def _toll_of_counterpart(self, claim: Claim) -> Say | None:
        """'Kampene med IS kostede over 9.000 mennesker livet', 'Fighting with ISIS killed ...': a toll whose only side
        is the one the fighting was with is that side's toll (deaths in its events, whoever fought it); sets the
        claim's actor; None otherwise."""
        if (claim.kind != "single_event" and claim.measure != "deaths") or not claim.counterpart:
            return None
        other = resolve_actor(self.lexicon, claim.counterpart)
        named = [m for m in self.lexicon.mentions(claim.sentence) if other is not None and m.entry.key == other.id]
        if other is None or len(named) != 1 or not _FIGHT_WITH.search(claim.sentence[: named[0].start]):
            return None
        claim.actor, claim.counterpart = claim.counterpart, None
        return say("toll_of_side", actor=actor_name(other))

    def _means_owner(self, claim: Claim) -> Say | None:
        """'Russian airstrikes killed 100 civilians', 'Tyrkiske luftangreb dræbte ...': a toll with no actor but the
        state owning the means is that state's, counted over all its events (the data does not record the means:
        a definition, said in the verdict). Sets the claim's actor; None when the sentence has no such owner."""
        if claim.kind != "single_event" and claim.measure != "deaths":
            return None
        at = claim.sentence.find(claim.value_text) if claim.value_text else -1
        owner = _OWNED_MEANS.search(claim.sentence[: at if at >= 0 else len(claim.sentence)])
        state = None
        for actor_id, adjectives in nationalities().items():
            if owner and owner["owner"].casefold() in (a.casefold() for a in adjectives):
                state = self.ds.registry.actors.get(actor_id)
        if state is None or owner is None:
            return None
        claim.actor = state.name
        return say("means_note", measure=owner["means"], actor=actor_name(state))

    def _check_scoped(
        self,
        claim: Claim,
        actor: Actor,
        place: Entry | None,
        admin1: str | None,
        country: str | None,
        home: tuple[str, int, int] | None,
        read_country: str | None,
        state_words: tuple[str, Say] | None,
    ) -> Verdict:
        """The verdict once the actor, place and country are settled (`state_words`: the class words a
        counterpart read as one state stood for, and the note saying so)."""
        by = "admin1" if claim.kind == "concentration" else "class"
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        if counterpart is not None and counterpart.actor is not None and counterpart.actor.id == actor.id:
            # "government forces never fought Turkish troops" read as Turkey against itself: a side was misread
            return _verdict(claim.id, NOT_CHECKABLE, say("same_sides", actor=actor_name(actor)))
        actor, counterpart, umbrella = self._class_or_actor(claim, actor, counterpart)
        with_actor = counterpart.actor.id if counterpart and counterpart.actor else None
        scope_admin1 = None if claim.kind == "concentration" else admin1
        scope = {
            "country": country,
            "start": claim.start,
            "end": claim.end,
            "by": by,
            "admin1": scope_admin1,
            "with_actor": with_actor,
            "against": actor.actor_class == "civilians",  # events on civilians, by perpetrator (claims/roles.py)
        }
        result = self.targets(actor.id, **scope)
        if result.total_events == 0 and claim.kind in ("count", "share") and self._never_a_side(actor.id):
            # "Russian jets struck 1,000 times": the data does not code the actor at all; 0 would be no finding
            return _verdict(claim.id, NOT_CHECKABLE, say("never_a_side", actor=actor_name(actor)), figure=None)
        query = _command(actor.name, claim, by, scope_admin1, counterpart.actor.name if with_actor else None)
        verdict = Verdict(
            claim.id,
            NOT_CHECKABLE,
            "",
            query=query,
            sources=[*result.sources],
        )
        if counterpart is not None and counterpart.actor is not None:
            name = actor_name(counterpart.actor)
            verdict.counterpart, verdict.danish["counterpart"] = name.en, name.da
        elif counterpart is not None:
            labels = tuple(class_label(c) for c in counterpart.classes)
            _say(
                verdict,
                "counterpart",
                say("counterpart_classes", label=Class(counterpart.label), classes=Classes(labels)),
            )
        _caveats(verdict, _semantics(claim, result, actor_name(actor)), result)
        left_out = result.caveats.uncertain_date_left_out
        counted = result.total_events
        verdict.events = counted
        coarse = left_out > LEFT_OUT_LIMIT * (counted + left_out)
        if place is not None and place.town and claim.kind != "concentration":  # no window makes a town checkable
            _say(verdict, "reason", say("town", town=place.town, admin1=place.admin1))
            verdict.figure = float(counted)
            return verdict
        if left_out and coarse and (claim.kind != "single_event" or counted == 0):
            uncovered = say(
                "not_covered", start=claim.start, end=claim.end, left_out=left_out, total=counted + left_out
            )
            _say(verdict, "reason", uncovered)
            verdict.figure = float(counted)
            if claim.kind != "single_event":  # a year's events say nothing of one day's death toll
                words = state_words[0] if state_words else None
                verdict.indicative, danish = self._indicative(claim, actor, scope, counterpart, place, words)
                verdict.danish |= danish  # with the proxy's tolerance, when it was judged
                verdict.tolerance = verdict.indicative.get("tolerance")  # type: ignore[assignment]
                verdict.sources = sorted({*verdict.sources, *verdict.indicative["sources"]})  # type: ignore[misc]
            return verdict
        verdict = self._decide(claim, verdict, result, counterpart, place)
        above = _claim_range(claim)[0] > (verdict.figure or 0)  # more deaths claimed than the day-dated events hold
        if claim.kind == "single_event" and coarse and verdict.verdict == CONTRADICTED and above:
            verdict.verdict = NOT_CHECKABLE  # the coarser events may hold them
            more = say("coarse_day", start=claim.start, left_out=left_out, total=counted + left_out)
            _say(verdict, "reason", more, append=True)
        elif claim.kind == "single_event" and verdict.verdict == SUPPORTED and left_out and claim.operator in "~<=":
            # the day-dated events hold the toll, but coarser ones may add to it ("more than 140" stays supported);
            # with a counterpart named, the dyad's own events that day decide
            inside, outside = counted, left_out
            if counterpart is not None and counterpart.actor is not None:
                inside, outside = self._dyad_day(claim, actor.id, counterpart.actor.id, country, scope_admin1)
            if outside > LEFT_OUT_LIMIT * (inside + outside):
                verdict.verdict, coarse = NOT_CHECKABLE, True  # no other definition decides it either
                more = say("coarse_day_more", start=claim.start, left_out=outside, total=inside + outside)
                _say(verdict, "reason", more, append=True)
        if country is None and verdict.verdict in (SUPPORTED, CONTRADICTED) and claim.kind in ("share", "count"):
            self._unnamed_country(claim, verdict, actor.id, scope, counterpart, place)
        if home is not None:  # said before the other definitions, which include all countries
            _say(verdict, "reason", say("home_country", country=home[0], k=home[1], n=home[2]), append=True)
            self._elsewhere_may_reach(claim, verdict, actor.id, scope, counterpart)
        definable = ("share", "count", "concentration", "absence", "single_event")
        # a toll between its tolerances is a verdict too: another definition's toll may decide it ("around 4,000
        # killed" vs 4,691 with mixed Kurdish coalitions, 3,790 with the Kurdish class alone); a count of deaths too
        deaths = claim.kind == "single_event" or claim.measure == "deaths"
        between = deaths and verdict.tolerance is not None and not coarse
        if (verdict.verdict in (SUPPORTED, CONTRADICTED) or between) and claim.kind in definable:
            countries = ((None, read_country) if read_country else (None,)) if home is not None else ()
            words = state_words[0] if state_words else None
            self._definitions(claim, verdict, result, counterpart, place, actor, scope, umbrella, countries, words)
        found = self.lexicon.class_words(claim.actor, claim.sentence) if umbrella is None else None
        if found is not None and verdict.verdict in (SUPPORTED, CONTRADICTED, DEPENDS):
            # "X% of Syrian rebels' battles": the class as the acting side cannot be counted (targets counts one
            # actor), and the umbrella actor alone would be a silent choice; its verdict is said, not given
            words, group = found
            on_actor = say(verdict.as_counted or verdict.verdict)
            text = say("class_actor", verdict=on_actor, words=words, actor=actor_name(actor), label=Class(group.label))
            _say(verdict, "reason", text, append=True)
            verdict.verdict, verdict.as_counted = NOT_CHECKABLE, None
        return verdict

    def _class_or_actor(
        self, claim: Claim, actor: Actor, counterpart: Counterpart | None
    ) -> tuple[Actor, Counterpart | None, tuple[str, str, Name] | None]:
        """A side named by a phrase that is both a registry actor and a class ('Syrian rebels': UCDP's umbrella
        actor Syrian insurgents, and the rebel class) is counted as the class; the actor alone is the other
        definition (returned as (words, id, name)). As the acting side, the class can be counted from the named
        counterpart's events (counts and absences between two sides are symmetric); a share of the class's own
        events cannot (targets counts one actor), so it stays on the actor."""
        named = counterpart.actor if counterpart is not None else None
        found = self.lexicon.class_words(claim.counterpart, claim.sentence) if named is not None else None
        if found is not None and named is not None:
            words, group = found
            return actor, Counterpart(group.label, classes=group.classes), (words, named.id, actor_name(named))
        found = self.lexicon.class_words(claim.actor, claim.sentence)
        # one-sided violence has a direction, so only counts between two armed sides are symmetric
        symmetric = named is not None and named.actor_class != "civilians" and claim.kind in ("count", "absence")
        if found is not None and named is not None and symmetric:
            words, group = found
            return named, Counterpart(group.label, classes=group.classes), (words, actor.id, actor_name(actor))
        return actor, counterpart, None

    def _unnamed_country(
        self, claim: Claim, verdict: Verdict, actor_id: str, scope: dict, counterpart: Counterpart | None, place: object
    ) -> None:
        """No country named: when the actor's main country alone decides otherwise, the verdict depends on it."""
        rows = self.ds.store.con.execute(
            "SELECT country, count(*) AS n FROM events WHERE (side_a_ids LIKE ? OR side_b_ids LIKE ?) "
            "AND date_start >= ? AND date_end <= ? GROUP BY country ORDER BY n DESC LIMIT 2",
            [f"%|{actor_id}|%", f"%|{actor_id}|%", claim.start, claim.end],
        ).fetchall()
        if len(rows) < 2 or rows[0][0] is None:
            return  # one country only: the same events
        alone = Verdict(claim.id, NOT_CHECKABLE, "")
        self._decide(claim, alone, self.targets(actor_id, **{**scope, "country": rows[0][0]}), counterpart, place)
        if alone.verdict != verdict.verdict:  # "IS' kampe i 2014": Syria alone and all countries disagree
            verdict.verdict = NOT_CHECKABLE
            _say(verdict, "reason", say("no_country", country=rows[0][0], verdict=say(alone.verdict)), append=True)

    def _home_country(self, claim: Claim, actor_id: str) -> tuple[str, int, int] | None:
        """No country named, and the actor's events around the window lie in several countries: the country
        holding most of its events inside the window (country, events there, events anywhere), where the claim is
        counted (the reader of 'IS' battles in 2017' means its main theatre); all countries are then another
        definition, judged only where their events can be placed in the window."""
        if claim.kind not in ("share", "count", "concentration") or claim.start is None or claim.end is None:
            return None
        rows = self.ds.store.con.execute(
            "SELECT country, count(*) FILTER (WHERE date_start >= ? AND date_end <= ?) AS inside, count(*) AS n "
            "FROM events WHERE (side_a_ids LIKE ? OR side_b_ids LIKE ?) AND date_start <= ? AND date_end >= ? "
            "AND country IS NOT NULL GROUP BY country ORDER BY inside DESC, n DESC",
            [claim.start, claim.end, f"%|{actor_id}|%", f"%|{actor_id}|%", claim.end, claim.start],
        ).fetchall()
        if len(rows) < 2 or not rows[0][1]:
            return None  # one country: the same events either way
        return str(rows[0][0]), int(rows[0][1]), sum(int(r[2]) for r in rows)

    def _referent(self, claim: Claim, orphans: list[str]) -> Say | None:
        """'the group', 'the jihadists', 'gruppens' with nothing named before it: the jihadist group that holds
        nearly all of the jihadist groups' events in the claim's country and window (in this data, Islamic State),
        set as the side the words stand for, with the note that says so; None when no group dominates or when
        which side the words stand for is not clear (a share's counterpart is not symmetric)."""
        words = orphans[0]
        unread = [w for w in claim.unread if w not in (claim.actor, claim.counterpart)]  # a side's words: read
        if len(orphans) != 1 or len(unread) != 1 or not _JIHADIST_WORDS.match(words):
            return None
        if claim.start is None or claim.end is None or (claim.actor and claim.counterpart) or claim.kind == "absence":
            return None  # an absence on a guessed group: neither verdict holds if another group was meant
        owner = claim.kind == "share" and _possessive(claim.sentence, words)  # "the group's battles"
        if claim.actor is not None and claim.kind != "count" and not owner:
            return None  # whose share it is is not clear
        if claim.actor is None and claim.kind != "count" and not self._owner_or_first(claim, words):
            return None  # "They fought the jihadists in half of their engagements": the words are the other side
        found = self._dominant("jihadist", claim)
        if found is not None and found[0].name == claim.actor and self._owns_count(claim, words):
            # "the last IS enclave ... some 150 clashes involving the group": the words are the count's own actor
            claim.unread = []
            return say("orphan_read", words=words, actor=actor_name(found[0]), k=Num(found[1]), n=Num(found[2]))
        if found is None or found[0].name in (claim.actor, claim.counterpart):
            return None
        if not self._sides_accounted(claim, words, found[0].id):  # "the jihadists of the Islamic State": itself
            return None
        actor, k, n = found
        if claim.actor is not None and owner:  # "the Syrian army accounted for half of the jihadists' battles"
            claim.counterpart, claim.actor = claim.actor, actor.name
        elif claim.actor is None:
            claim.actor = actor.name
        else:
            claim.counterpart = actor.name
        claim.unread = []
        return say("orphan_read", words=words, actor=actor_name(actor), k=Num(k), n=Num(n))

    def _lost_side(self, claim: Claim) -> str | None:
        """A count with no other side whose sentence names one after a fight word ('faced the jihadists', 'i kamp
        med Islamisk Stat') that no claim of the sentence holds, or that the claim took as its acting side: the
        reading lost a side, so the count is not the actor's events against everyone. The words, or None."""
        if claim.kind != "count" or claim.counterpart is not None:
            return None
        own = self.lexicon.lookup(claim.actor)
        held = self.held.get(claim.sentence, set()) - ({own.key} if own is not None else set())
        for m in self.lexicon.mentions(claim.sentence):
            side = m.entry.kind in ("actor", "group") or (m.entry.kind == "reference" and ORGANISATION.match(m.text))
            if not side or not _FOUGHT.search(claim.sentence[max(0, m.start - 30) : m.start]):
                continue
            if m.entry.key not in held:
                return m.text
        return None

    @staticmethod
    def _owns_count(claim: Claim, words: str) -> bool:
        """A count with no other side whose events are the words' own: 'clashes involving the group', 'the group's
        clashes', 'by the group' (never 'fought the group', which would be the other side)."""
        at = claim.sentence.find(words)
        owner = _possessive(claim.sentence, words) or bool(_INVOLVING.search(claim.sentence[: max(at, 0)]))
        return claim.kind == "count" and claim.counterpart is None and at >= 0 and owner

    def _state_side(self, claim: Claim) -> Say | None:
        """'Government forces', 'the army', 'hæren', 'regeringsstyrkerne' as the acting side with no state named:
        the state holding nearly all state forces' events in the claim's scope (Syria's, in Syria's war), set as
        the actor with a note that says so; None when no state dominates or the words may be the other side."""
        kinds = ("share", "count", "concentration", "absence", "attribute_share", "single_event")
        group = self.lexicon.lookup(claim.counterpart)
        # "clashes involving government forces killed around 135": a toll's only side is the one that acts
        toll = claim.kind == "single_event" and claim.actor is None and group is not None and group.key == "state"
        if claim.start is None or claim.end is None or (claim.kind not in kinds and not toll):
            return None
        if toll:
            words, claim.counterpart = claim.counterpart, None
            read = self._dominant_state(claim, str(words))
            claim.counterpart = None if read is not None else words
            return read
        words = next(
            (
                m.text
                for m in self.lexicon.mentions(claim.sentence)
                if m.entry.kind == "group" and m.entry.classes == ("state",) and m.text != claim.counterpart
            ),
            None,
        )
        if claim.actor is not None:  # the reading named the class itself as the actor: "state forces"
            entry = self.lexicon.lookup(claim.actor)
            if entry is None or entry.kind != "group" or entry.classes != ("state",):
                return None
            # the sentence's own words, unless the reading gave the class's name ("the army" as "state forces")
            words = claim.actor if claim.actor in claim.sentence or words is None else words
        symmetric = ("count", "absence", "single_event")  # between two sides, whoever is named first
        if words is None or (claim.kind not in symmetric and not self._owner_or_first(claim, words)):
            return None
        claim.actor, named = None, claim.actor
        read = self._dominant_state(claim, words)
        if read is None:
            claim.actor = named
        return read

    def _dominant_state(self, claim: Claim, words: str) -> Say | None:
        """The state dominating state forces' events in the claim's scope as its actor, with the note saying so;
        None (the claim unchanged) when a side is unaccounted for or no state dominates."""
        if not self._sides_accounted(claim, words):
            return None
        found = self._dominant("state", claim)
        if found is None or found[0].name == claim.counterpart:
            return None
        actor, k, n = found
        claim.actor = actor.name
        return say("state_read", words=words, actor=actor_name(actor), k=Num(k), n=Num(n))

    def _state_counterpart(self, claim: Claim) -> tuple[str, Say] | None:
        """'ISIS fought the army', 'IS' kampe mod regeringshæren': state forces of no named state as the other side
        are the state holding nearly all state forces' events in the claim's scope (as for the acting side, above),
        so the claim is counted against that government; the class is another definition (claims/definitions.py).
        Returns the words and the note saying how they were read; None when no state dominates."""
        words = claim.counterpart
        entry = self.lexicon.lookup(words)
        if entry is None or entry.kind != "group" or entry.classes != ("state",) or _STATE_CLASS.search(str(words)):
            return None  # "state forces", "statslige styrker": the class by its own name
        if claim.kind not in ("share", "count", "absence", "single_event") or claim.start is None:
            return None
        found = self._dominant("state", claim)
        named = resolve_actor(self.lexicon, claim.actor) if claim.actor else None
        if found is None or (named is not None and found[0].id == named.id):
            return None
        actor, k, n = found
        claim.counterpart = actor.name
        return str(words), say("state_read", words=words, actor=actor_name(actor), k=Num(k), n=Num(n))

    def _dominant(self, actor_class: str, claim: Claim) -> tuple[Actor, int, int] | None:
        """The one actor of a class holding at least DOMINANT of the class's events (single-actor sides) in the
        claim's country and around its window, with its events and the class's; None when none dominates."""
        rows = self.ds.store.con.execute(  # events inside the window first; a year's coarse ones if none are
            "SELECT ids, count(*) FILTER (WHERE date_start >= ? AND date_end <= ?) AS inside, count(*) AS n "
            "FROM (SELECT side_a_ids AS ids, side_a_class AS cls, country, date_start, date_end FROM events "
            "UNION ALL SELECT side_b_ids, side_b_class, country, date_start, date_end FROM events) "
            "WHERE cls = ? AND (? IS NULL OR country = ?) AND date_start <= ? AND date_end >= ? GROUP BY ids",
            [claim.start, claim.end, actor_class, claim.country, claim.country, claim.end, claim.start],
        ).fetchall()
        column = 1 if any(r[1] for r in rows) else 2
        rows = sorted(((r[0], r[column]) for r in rows), key=lambda r: -int(r[1]))
        total = sum(int(n) for _, n in rows)
        top = str(rows[0][0]).strip("|") if rows else ""
        if not total or DOMINANT * total > int(rows[0][1]) or top not in self.ds.registry.actors:
            return None
        return self.ds.registry.actors[top], int(rows[0][1]), total

    def _elsewhere_may_reach(
        self, claim: Claim, verdict: Verdict, actor_id: str, scope: dict, counterpart: Counterpart | None
    ) -> None:
        """A count above the main country's, contradicted there, while other countries' events in the window are
        dated only to the year and could make up the rest: not checkable (over all countries it cannot be told)."""
        if claim.kind != "count" or verdict.verdict != CONTRADICTED or verdict.figure is None:
            return
        wide = self.targets(actor_id, **{**scope, "country": None})
        most = self._matching(wide, counterpart) if counterpart else wide.total_events
        left_out = self._coarse_elsewhere(claim, actor_id, str(claim.country), counterpart)
        reach = (most + left_out) + max(COUNT_MIN, COUNT_TOL * float(claim.value or 0))
        if left_out and _claim_range(claim)[0] > verdict.figure and _claim_range(claim)[0] <= reach:
            verdict.verdict = NOT_CHECKABLE
            _say(verdict, "reason", say("elsewhere_coarse", left_out=left_out), append=True)

    def _coarse_elsewhere(self, claim: Claim, actor_id: str, country: str, counterpart: Counterpart | None) -> int:
        """Events of the actor (against the counterpart, if any) outside `country` that overlap the window but are
        dated too coarsely to lie inside it."""
        if counterpart is not None and counterpart.actor is not None:
            other, values = "{b}_ids LIKE ?", [f"%|{counterpart.actor.id}|%"]
        elif counterpart is not None:
            other = "(" + " OR ".join("{b}_class LIKE ?" for _ in counterpart.classes) + ")"
            values = [f"%{c}%" for c in counterpart.classes]
        else:
            other, values = "TRUE", []
        sides = [f"({a}_ids LIKE ? AND {other.format(b=b)})" for a, b in (("side_a", "side_b"), ("side_b", "side_a"))]
        side = [f"%|{actor_id}|%", *values]
        row = self.ds.store.con.execute(
            "SELECT count(*) FROM events WHERE country IS DISTINCT FROM ? AND date_start <= ? AND date_end >= ? "
            f"AND NOT (date_start >= ? AND date_end <= ?) AND ({' OR '.join(sides)})",
            [country, claim.end, claim.start, claim.start, claim.end, *side, *side],
        ).fetchone()
        return int(row[0]) if row else 0

    def _side_nationality(self, claim: Claim, actor: Actor, country: str | None) -> bool:
        """A share's country that only the counterpart state's nationality gave ('Iraqi forces accounted for 5% of
        ISIS engagements'): the sentence names no such place, and the acting side is not that state's. Such a share
        is of the actor's own events, wherever they are; counted as though no country were named."""
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        state = counterpart.actor if counterpart is not None else None
        if claim.kind != "share" or country is None or state is None or state.actor_class != "state":
            return False
        if state.country != country or actor.country == country or any(n.startswith("country") for n in claim.notes):
            return False
        if _PLACE_REFERENCE.search(claim.sentence):  # "... of the group's engagements there": a place said before
            return False
        named = [m for m in self.lexicon.mentions(claim.sentence) if m.entry.kind in ("country", "place")]
        if any(m.entry.country == country for m in named):
            return False
        return adjective_country(self.lexicon, claim.sentence) != country

    def _own_ground(self, claim: Claim, actor: Actor, country: str | None) -> bool:
        """A state's count or share whose country only its own nationality gave ('Turkish troops clashed with ISIS
        50 times'): the sentence names no place or country, so the events are the state's wherever it fought, counted
        where most of them are (_home_country), not at home by default."""
        if claim.kind not in ("share", "count") or country is None or actor.actor_class != "state":
            return False
        if actor.country != country or any(n.startswith("country") for n in claim.notes):
            return False
        mentions = self.lexicon.mentions(claim.sentence)
        named = [m for m in mentions if m.entry.kind in ("country", "place") and m.entry.country == country]
        if named or _PLACE_REFERENCE.search(claim.sentence) or adjective_country(self.lexicon, claim.sentence):
            return False
        return side_country(self.lexicon, claim.sentence) is None

    def _sides_accounted(self, claim: Claim, words: str, referent: str | None = None) -> bool:
        """Every side the sentence names is the claim's actor or counterpart, or `words` (or the `referent` they are
        read as): when the reading lost one ("the SDF and allies ... with the militants", SDF unread), filling in
        `words` would count the wrong events."""
        entries = [e for e in (self.lexicon.lookup(claim.actor), self.lexicon.lookup(claim.counterpart)) if e]
        held = {e.key for e in entries} | ({referent} if referent else set())
        classes = {c for e in entries for c in e.classes}  # "the SDF and its Kurdish allies" read as Kurdish forces
        # "Government troops" the reading gave as Syria's government: the group phrase is that actor's class
        held_classes = {self.ds.registry.actors[e.key].actor_class for e in entries if e.key in self.ds.registry.actors}
        # an attribute's own words are no side: "Civilians were among the dead in a fifth of the army's battles"
        attribute = claim.measure if claim.kind == "attribute_share" and claim.measure else None
        at = claim.sentence.find(attribute) if attribute else -1
        for m in self.lexicon.mentions(claim.sentence):
            if m.entry.kind not in ("actor", "group") or m.entry.key in held or m.text in words:
                continue
            if at >= 0 and at <= m.start < at + len(str(attribute)):
                continue
            if m.entry.kind == "group" and held_classes & set(m.entry.classes):
                continue
            actor = self.ds.registry.actors.get(m.entry.key)
            if actor is None or actor.actor_class not in classes:
                return False
        return True

    def _owner_or_first(self, claim: Claim, words: str) -> bool:
        """The words own the figure ('the group's battles', 'gruppens kampe') or are the sentence's first side."""
        if _possessive(claim.sentence, words):
            return True
        at = claim.sentence.find(words)
        before = claim.sentence[: max(at, 0)]
        named = [m for m in self.lexicon.mentions(before) if m.entry.kind in ("actor", "group")]
        return at >= 0 and not named and not _PRONOUN.search(before)

    def _never_a_side(self, actor_id: str) -> bool:
        """True when the store has no event at all with the actor as a side (any place, any time)."""
        return self.targets(actor_id).total_events == 0

    def _a_side(self, actor_id: str) -> bool:
        """True when the store records events under this very name (its lineage not counted)."""
        return self.targets(actor_id, name_alone=True).total_events > 0

    def _decide(
        self, claim: Claim, verdict: Verdict, result: TargetingResult, counterpart: Counterpart | None, place: object
    ) -> Verdict:
        n = result.total_events
        if claim.kind in ("count", "single_event", "absence"):
            if claim.kind == "single_event" or claim.measure == "deaths":  # a toll, or the dead of a year
                observed = self._deaths(result, counterpart) if counterpart else result.total_fatalities
                verdict.figure, verdict.matching_events = float(observed), n
                # no event that day against this counterpart: the day's other events say nothing of the toll
                one_day = claim.kind == "single_event"
                if one_day and (n == 0 or (counterpart is not None and self._matching(result, counterpart) == 0)):
                    _say(verdict, "reason", say("no_event_with_on_date", n=n) if n else say("no_event_on_date"))
                    return verdict
            else:
                observed = self._matching(result, counterpart) if counterpart else n
                verdict.figure, verdict.matching_events = float(observed), observed
            if claim.kind == "absence":
                _say(verdict, "tolerance", say("absence_tolerance"))
                verdict.verdict = SUPPORTED if observed == 0 else CONTRADICTED
                where = place.admin1 if place else say("scope")
                _say(verdict, "reason", say("absence", n=observed, where=where))
                if place is not None and getattr(place, "town", None):
                    verdict.verdict = NOT_CHECKABLE
                    _say(verdict, "reason", say("town_absence", town=place.town, admin1=place.admin1, n=observed))
                return verdict
            if claim.kind == "single_event" or claim.measure == "deaths":
                return _judge_deaths(claim, verdict, observed)
            tol = max(COUNT_MIN, COUNT_TOL * float(claim.value or 0))
            _say(verdict, "tolerance", say("count_tolerance", tol=Pct(COUNT_TOL, 0), least=COUNT_MIN))
            if claim.operator == "in":
                _say(verdict, "tolerance", say("read_as", text=claim.value_text, range=claimed(claim)), append=True)
            verdict.verdict = _judge(claim, observed - tol, observed + tol)
            _say(verdict, "reason", say("data_events", n=observed))  # a single event's deaths returned above
            missed = claim.operator in ("<", "<=", ">", ">=") and _judge(claim, observed, observed) == CONTRADICTED
            if verdict.verdict == SUPPORTED and missed:  # "under 1,000" vs 1,025: the sources' spread decides
                verdict.verdict = NOT_CHECKABLE
                _say(verdict, "reason", say("bound_within_tolerance"), append=True)
            if verdict.verdict == SUPPORTED and _none_for_some(claim, observed):
                verdict.verdict = NOT_CHECKABLE
                _say(verdict, "reason", say("none_within_tolerance"), append=True)
            return verdict
        if claim.kind == "concentration":
            k, n = self._in_place(result, place, counterpart)
            verdict.events = n  # the dyad's events when a counterpart is named
            if place is not None and place.town:
                _say(verdict, "reason", say("town_concentration", town=place.town, admin1=place.admin1, k=k, n=n))
                verdict.figure = k / n if n else float("nan")
                verdict.matching_events = k
                return verdict
        elif counterpart is None:
            _say(verdict, "reason", say("name_it", said=say("no_counterpart")))
            verdict.figure = float(n)
            return verdict
        else:
            k = self._matching(result, counterpart)
        if n == 0:
            _say(verdict, "reason", say("no_events_scope"))
            verdict.figure = 0.0
            return verdict

        low, high = _judge_share(verdict, claim, k, n)
        _say(verdict, "reason", say("share", k=k, n=n, share=Pct(k / n), low=Pct(low), high=Pct(high)))
        return verdict

    def _definitions(
        self,
        claim: Claim,
        verdict: Verdict,
        result: TargetingResult,
        counterpart: Counterpart | None,
        place: object,
        actor: Actor,
        scope: dict[str, object],
        umbrella: tuple[str, str, Name] | None = None,
        countries: tuple[str | None, ...] = (),
        state_words: str | None = None,
    ) -> None:
        """Where another reasonable definition decides the claim the other way, say so with its figure;
        the headline verdict is then DEPENDS (docs/claims.md). `countries`: no country was named and the claim
        was counted in the actor's main one; these scopes (None: all countries) are then other definitions."""
        concentration = claim.kind == "concentration"
        toll = claim.kind == "single_event" or claim.measure == "deaths"  # a day's toll, or the dead of a year
        place_decides = concentration or scope["admin1"] is not None

        def figure_of(reading: Reading) -> Figure | None:
            scoped = self.targets(actor.id, **{**scope, **dict(reading.scope)}) if reading.scope else result
            left_out = scoped.caveats.uncertain_date_left_out
            if left_out > LEFT_OUT_LIMIT * (scoped.total_events + left_out):
                return None  # this definition's events cannot be placed in the window: no figure to set against
            if concentration:
                return Figure(*self._in_place(scoped, place, counterpart), True)
            k = definitions.matching(scoped, counterpart, reading, deaths=toll)
            return Figure(k, scoped.total_events, claim.kind == "share", deaths=toll)

        def judge(figure: Figure) -> str:
            return _deaths_verdict(claim, figure.k) if toll else self._judge_figure(claim, figure)

        others = self._other_names(actor, counterpart)
        options = definitions.readings(claim, result, actor_name(actor), counterpart, place_decides, others, umbrella)
        options += definitions.state_class(state_words) if state_words else []
        options += [definitions.other_country(str(claim.country), other) for other in countries]
        whole = self._in_place(result, place, counterpart)[1] if concentration else result.total_events
        counted = Figure(verdict.matching_events or 0, whole, claim.kind in ("share", "concentration"))
        if toll:
            counted = Figure(int(verdict.figure or 0), result.total_events, False, deaths=True)
        rows = definitions.alternatives(verdict.verdict, options, figure_of, judge, counted)
        verdict.as_counted = verdict.verdict
        if not rows:
            return
        name, others_named = (others[0][0], definitions.joined(others[0][1])) if others else (actor_name(actor), "")
        lineage = {"name": name, "others": others_named}
        if any(row["decides"] for row in rows):
            as_counted = say("as_counted", verdict=say(verdict.verdict))
            if umbrella is not None:  # "'Syrian rebels' as the class rebel and jihadist groups"
                label = Class(counterpart.label) if counterpart is not None else ""
                as_counted = say("as_counted_class", verdict=say(verdict.verdict), words=umbrella[0], label=label)
            if any(row["definition"] == "name_alone" and row["decides"] for row in rows):
                as_counted = say("as_counted_lineage", verdict=say(verdict.verdict), **lineage)
            _say(verdict, "reason", as_counted, append=True)
        else:  # only the name alone, agreeing: one verdict, with a note that the lineage was counted
            _say(verdict, "reason", say("with_lineage", **lineage), append=True)
        danish = []
        for row in rows:
            keys = dict(row.pop("scope", ()))  # type: ignore[arg-type]
            flags = [_flag(self.ds.registry, key, on) for key, on in keys.items() if on and key != "country"]
            if verdict.query and "country" in keys:  # another country, or all (the same query without --country)
                other = f" --country {keys['country']}" if keys["country"] else ""
                row["query"] = re.sub(r" --country \S+", other, verdict.query)
            elif "with_actor" in keys and not keys["with_actor"] and verdict.query:  # the class: no --with
                row["query"] = re.sub(r" --with (?:'[^']*'|\S+)", "", verdict.query)
            elif flags and verdict.query:  # the figure as `dyadscope targets` prints it under this definition
                row["query"] = " ".join([verdict.query, *flags])
            clause = definitions.clause_text(row)
            _say(verdict, "reason", clause, append=True)
            row["definition_text"] = render(row["clause"], "en")  # type: ignore[arg-type]
            danish.append(render(row["clause"], "da"))  # type: ignore[arg-type]
        verdict.danish["alternatives"] = danish
        verdict.alternatives = rows
        if any(row["decides"] for row in rows):
            verdict.verdict = DEPENDS

    def _other_names(self, actor: Actor, counterpart: Counterpart | None) -> tuple[tuple[Name, tuple[Name, ...]], ...]:
        """Each renamed actor of the claim (actor, named counterpart) with the other names in its registry lineage
        (successor_of, both ways): the one definition of a rename, as `dyadscope targets` counts it. Names the
        store never records (UCDP files al-Nusra's events under Jabhat Fateh al-Sham) change no figure: left out."""
        registry, out = self.ds.registry, []
        for one in (actor, counterpart.actor if counterpart is not None else None):
            ids = sorted(registry.lineage(one.id) - {one.id}) if one is not None else []
            names = tuple(actor_name(registry.actors[i]) for i in ids if i in registry.actors and self._a_side(i))
            if names:
                out.append((actor_name(one), names))  # type: ignore[arg-type]
        return tuple(out)

    @staticmethod
    def _matching(result: TargetingResult, counterpart: Counterpart) -> int:
        return definitions.matching(result, counterpart)

    @staticmethod
    def _deaths(result: TargetingResult, counterpart: Counterpart) -> int:
        return definitions.matching(result, counterpart, deaths=True)

    def _attribute(self, claim: Claim, actor: Actor) -> Verdict:
        result = self.targets(actor.name, country=claim.country, start=claim.start, end=claim.end)
        reason = say("means_scope", measure=claim.measure, n=result.total_events, actor=actor_name(actor))
        counted: int | None = result.total_events
        if result.caveats.uncertain_date_left_out:  # "0 events in this scope" would hide the year-dated ones
            reason, counted = say("means", measure=claim.measure), None
        verdict = _verdict(
            claim.id,
            NOT_CHECKABLE,
            reason,
            figure=None if counted is None else float(counted),
            events=counted,
            sources=result.sources,
        )
        _caveats(verdict, [], result)
        return verdict

    def _lethal(self, claim: Claim, actor: Actor, deadly: Deadly, admin1: str | None) -> Verdict:
        """A share of the actor's events in scope with so many deaths (claims/lethality.py), judged like any share;
        the best estimate decides, the low and high estimates are the other definitions."""
        claim.threshold = deadly.threshold
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        scope = {"country": claim.country, "start": claim.start, "end": claim.end, "admin1": admin1}
        result = self.targets(actor.id, **scope)
        tally = lethality.tally(self.ds, TargetQuery(actor.id, **scope), deadly, counterpart)
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=tally.n, sources=[*result.sources])
        _caveats(verdict, [], result)
        n, k = tally.n, tally.k["best"]
        if tally.left_out > LEFT_OUT_LIMIT * (n + tally.left_out):
            total = n + tally.left_out
            _say(
                verdict,
                "reason",
                say("not_covered", start=claim.start, end=claim.end, left_out=tally.left_out, total=total),
            )
            return verdict
        if n == 0:
            _say(verdict, "reason", say("no_events_scope"))
            return verdict
        low, high = _judge_share(verdict, claim, k, n)
        if deadly.civilians:
            what = say("civilians_any") if deadly.least == 1 else say("civilians_at_least", least=deadly.least)
        elif deadly.none:
            what = say("deaths_none")
        else:
            what = say("deaths_any") if deadly.least == 1 else say("deaths_at_least", least=deadly.least)
        share = {"share": Pct(k / n), "low": Pct(low), "high": Pct(high)}
        _say(verdict, "reason", say("lethal_share", k=k, n=n, actor=actor_name(actor), what=what, **share))
        if deadly.civilians:
            return verdict  # one figure of civilian deaths per event: no other estimate

        def judge(figure: Figure) -> str:
            lo, hi = wilson_interval(figure.k, figure.n)
            return _judge(claim, lo - SHARE_TOL, hi + SHARE_TOL)

        options = [Reading(f"deaths_{e}", say(f"if_deaths_{e}"), note_if_same=True) for e in ("low", "high")]
        figure_of = lambda reading: Figure(tally.k[reading.key.removeprefix("deaths_")], n, True)  # noqa: E731
        rows = definitions.alternatives(verdict.verdict, options, figure_of, judge, Figure(k, n, True))
        return _with_rows(verdict, rows)

    def _acting_class(self, claim: Claim) -> Entry | None:
        """The class group the claim's actor words name ('rebel groups', 'kurdiske styrker'), other than the state
        (one state dominates its forces' events: _state_side) and a class that is one registry side (civilians)."""
        entry = self.lexicon.lookup(claim.actor)
        if entry is None or entry.kind != "group" or "state" in entry.classes:
            return None
        return entry if entry.key not in self.ds.registry.actors else None

    def _class_side(self, claim: Claim, group: Entry) -> Verdict:
        """A class as the acting side (claims/class_side.py): its share, concentration, count or absence, judged as
        an actor's would be; the class without coalitions, and a narrower reach of the phrase, are the other
        definitions."""
        label = Class(group.label)
        counted = say("class_counted", words=claim.actor, label=label, classes=Classes(_labels(group.classes)))
        deaths = claim.measure == "deaths" or _MEANS.search(claim.measure or "") or _DIED.search(claim.value_text)
        # the class owns the figure when its words are possessive ("the Kurdish militias' fighting"), or come before
        # the figure with an owning word ("Rebel factions ... their battles"); after it, without a possessive, they
        # are the other side whatever the reading made of them ("... were with rival insurgent factions")
        at, figure_at = claim.sentence.find(str(claim.actor)), claim.sentence.find(claim.value_text or "\0")
        owns = _CLASS_OWNS.search(claim.sentence, max(at, 0) + len(str(claim.actor)))
        # another side between the class and the owning word may be the owner: "rival insurgents were the
        # jihadists' main enemy: nearly half of their engagements ..." (their: the jihadists')
        between = claim.sentence[max(at, 0) + len(str(claim.actor)) : owns.start()] if owns else ""
        other = any(m.entry.kind in ("actor", "group", "reference") for m in self.lexicon.mentions(between))
        before = 0 <= at < figure_at and owns is not None and not other
        words = re.escape(str(claim.actor))
        relative = re.search(rf"\b(?:that|which|som)\s+{words}\s+(?:were|was|var)\s+involved", claim.sentence, re.I)
        # a genitive right before the measured noun: "de kurdiske militsers kampe", "the Kurdish militias' fighting"
        genitive = re.search(rf"{words}['’]?\s+{re.escape(claim.measure or chr(0))}\b", claim.sentence, re.I)
        owned = claim.kind in ("count", "absence") or before or relative or genitive
        owned = owned or _possessive(claim.sentence, str(claim.actor))
        other = resolve_actor(self.lexicon, claim.counterpart) if claim.counterpart else None
        if claim.kind == "share" and not (owned or deaths) and other is not None:
            # "kurdiske styrker stod over for IS i en femtedel af kampene": the fights are the one actor's, the class
            # its counterpart (a class's own share cannot be counted: targets counts one actor)
            words = claim.actor
            claim.actor, claim.counterpart = claim.counterpart, claim.actor
            verdict = self._check_read(claim)
            _say(verdict, "reason", say("class_counterpart", words=words, actor=actor_name(other)), append=True)
            return verdict
        if claim.kind not in ("share", "concentration", "count", "absence") or deaths or not owned:
            # a toll, a means, or a share of events the sentence gives another owner ("almost every regime engagement")
            return _verdict(claim.id, NOT_CHECKABLE, say("class_kind", words=claim.actor))
        place = resolve_place(self.lexicon, claim.place) if claim.place else None
        admin1 = place.admin1 if place is not None and place.kind == "place" else None
        country = claim.country = claim.country or (place.country if place is not None else None)
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        concentration = claim.kind == "concentration"
        if (claim.kind == "share" and counterpart is None) or (concentration and admin1 is None):
            return _verdict(claim.id, NOT_CHECKABLE, say("name_it", said=say("no_counterpart")))
        if place is not None and place.town:
            return _verdict(claim.id, NOT_CHECKABLE, say("town", town=place.town, admin1=place.admin1))
        if concentration and class_side.of_the_place(claim.sentence, claim.value_text):
            return self._place_share(
                claim,
                counted,
                class_side.place_tally(self.ds, country, str(admin1), claim.start, claim.end, classes=group.classes),
            )
        home = class_side.home_country(self.ds, group.classes, claim.start, claim.end) if country is None else None
        country = claim.country = home[0] if home else country
        scope = {"admin1": None if concentration else admin1, "counterpart": counterpart}
        scope["place"] = admin1 if concentration else None

        def count(classes: tuple[str, ...], alone: bool = False, where: str | None = country) -> class_side.ClassTally:
            return class_side.tally(self.ds, classes, where, claim.start, claim.end, alone=alone, **scope)

        tally = count(group.classes)
        share = claim.kind in ("share", "concentration")
        observed = tally.k if share or counterpart is not None else tally.n
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=tally.n, sources=tally.sources)
        _say(verdict, "reason", counted)
        if tally.left_out > LEFT_OUT_LIMIT * (tally.n + tally.left_out):
            total = tally.n + tally.left_out
            more = say("not_covered", start=claim.start, end=claim.end, left_out=tally.left_out, total=total)
            _say(verdict, "reason", more, append=True)
            return verdict
        if share and tally.n == 0:
            _say(verdict, "reason", say("no_events_scope"), append=True)
            return verdict
        verdict.verdict = self._judge_figure(claim, Figure(observed, tally.n, share))
        verdict.matching_events, verdict.figure = observed, observed / tally.n if share else float(observed)
        if share:
            low, high = wilson_interval(observed, tally.n)
            verdict.ci_low, verdict.ci_high = low, high
            _say(verdict, "tolerance", say("share_tolerance", points=Num(SHARE_TOL * 100)))
            text = say("share", k=observed, n=tally.n, share=Pct(observed / tally.n), low=Pct(low), high=Pct(high))
        elif claim.kind == "absence":
            _say(verdict, "tolerance", say("absence_tolerance"))
            text = say("absence", n=observed, where=place.admin1 if place is not None else say("scope"))
        else:
            _say(verdict, "tolerance", say("count_tolerance", tol=Pct(COUNT_TOL, 0), least=COUNT_MIN))
            text = say("data_events", n=observed)
        if claim.operator == "in":
            _say(verdict, "tolerance", say("read_as", text=claim.value_text, range=claimed(claim)), append=True)
        _say(verdict, "reason", say("class_figure", figure=text, **counted.values))
        if home is not None:
            _say(verdict, "reason", say("home_country", country=home[0], k=home[1], n=home[2]), append=True)
        if verdict.verdict not in (SUPPORTED, CONTRADICTED):
            return verdict
        options = [Reading("actor_alone", say("if_class_alone", words=claim.actor), scope=(("alone", True),))]
        if home is not None:
            options.append(definitions.other_country(home[0], None))
        narrow = definitions.NARROWER.get(group.label)
        if narrow is not None:
            clause = say("if_narrower", label=claim.actor, classes=Classes(_labels(narrow)))
            options.append(Reading("narrower", clause, classes=narrow))

        def figure_of(reading: Reading) -> Figure:
            keys = dict(reading.scope)
            where = None if reading.key == "all_countries" else country
            other = count(reading.classes or group.classes, alone=bool(keys.get("alone")), where=where)
            k = other.k if share or counterpart is not None else other.n
            return Figure(k, other.n, share)

        judge = lambda figure: self._judge_figure(claim, figure)  # noqa: E731
        rows = definitions.alternatives(verdict.verdict, options, figure_of, judge, Figure(observed, tally.n, share))
        return _with_rows(verdict, rows)

    def _place_share(self, claim: Claim, who: Say, tally: class_side.ClassTally) -> Verdict:
        """'X was involved in 60% of the clashes in Idlib': the share of all the place's events in the window that
        have X on either side."""
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=tally.n, sources=tally.sources)
        _say(verdict, "reason", who)
        if tally.left_out > LEFT_OUT_LIMIT * (tally.n + tally.left_out) or tally.n == 0:
            total = tally.n + tally.left_out
            more = say("not_covered", start=claim.start, end=claim.end, left_out=tally.left_out, total=total)
            _say(verdict, "reason", more if tally.n else say("no_events_scope"), append=True)
            return verdict
        low, high = wilson_interval(tally.k, tally.n)
        verdict.verdict = self._judge_figure(claim, Figure(tally.k, tally.n, True))
        verdict.figure, verdict.ci_low, verdict.ci_high, verdict.matching_events = tally.k / tally.n, low, high, tally.k
        _say(verdict, "tolerance", say("share_tolerance", points=Num(SHARE_TOL * 100)))
        share = {"share": Pct(tally.k / tally.n), "low": Pct(low), "high": Pct(high)}
        _say(verdict, "reason", say("place_share", k=tally.k, n=tally.n, place=claim.place, **share), append=True)
        verdict.as_counted = verdict.verdict
        return verdict

    @staticmethod
    def _judge_figure(claim: Claim, figure: Figure) -> str:
        """A share within its widened Wilson interval, a count within its tolerance, an absence only at zero."""
        if claim.kind == "absence":
            return SUPPORTED if figure.k == 0 else CONTRADICTED
        if figure.share:
            low, high = wilson_interval(figure.k, figure.n)
            return _judge(claim, low - SHARE_TOL, high + SHARE_TOL)
        tol = max(COUNT_MIN, COUNT_TOL * float(claim.value or 0))
        verdict = _judge(claim, figure.k - tol, figure.k + tol)
        return NOT_CHECKABLE if verdict == SUPPORTED and _none_for_some(claim, figure.k) else verdict

    def _indicative(
        self,
        claim: Claim,
        actor: Actor,
        scope: dict[str, object],
        counterpart: Counterpart | None,
        place: object,
        state_words: str | None = None,
    ) -> tuple[dict[str, object], dict[str, object]]:
        """The same question over the calendar year holding most of the window: a verdict marked as on the proxy
        for a share or concentration when the year and the window share at least half of each (with the other
        definitions, as on the claimed window), else the year's figure as context. Also the Danish text and note
        (indicative_text, indicative_note) for claims.wording.verdict_text."""
        year = max(
            range(claim.start.year, claim.end.year + 1),
            key=lambda y: (min(claim.end, dt.date(y, 12, 31)) - max(claim.start, dt.date(y, 1, 1))).days,
        )
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        span = max(1, round((claim.end - claim.start).days / 30.44))
        months = min(span, round((min(claim.end, end) - max(claim.start, start)).days / 30.44))
        proxy_scope = {**scope, "start": start, "end": end}
        result = self.targets(actor.id, **proxy_scope)
        n = result.total_events
        out: dict[str, object] = {"window": f"{start}..{end}", "events": n, "note": ""}  # note set last, kept here
        out["sources"] = result.sources  # the year's figures are the data's too: credited
        danish: dict[str, object] = {}
        close = 2 * months >= span and months >= 6  # the year is mostly the window, and the window mostly the year
        town = getattr(place, "town", None)
        if claim.kind in ("share", "concentration") and n and close and not town:
            proxy_claim = replace(claim, start=start, end=end)
            proxy = Verdict(claim.id, NOT_CHECKABLE, "")
            proxy.query = _command(actor.name, proxy_claim, str(scope["by"]), scope["admin1"], _with_name(counterpart))
            self._decide(proxy_claim, proxy, result, counterpart, place)
            if scope["country"] is None and proxy.verdict in (SUPPORTED, CONTRADICTED):
                self._unnamed_country(proxy_claim, proxy, actor.id, proxy_scope, counterpart, place)
            if proxy.verdict not in (SUPPORTED, CONTRADICTED):
                return _with_note(out, danish, say("year_note"))
            base = proxy.reason, str(proxy.danish["reason"])
            self._definitions(
                proxy_claim, proxy, result, counterpart, place, actor, proxy_scope, state_words=state_words
            )
            out |= {"matching_events": proxy.matching_events, "share": proxy.figure}
            out |= {"ci_low": proxy.ci_low, "ci_high": proxy.ci_high, "verdict": proxy.verdict, "query": proxy.query}
            out["tolerance"], danish["tolerance"] = proxy.tolerance, proxy.danish.get("tolerance")
            if proxy.alternatives:
                out |= {"as_counted": proxy.as_counted, "alternatives": proxy.alternatives}
            values = {"year": str(year), "months": months, "span": span, "claimed": claimed(claim)}
            values |= {"share": Pct(float(proxy.figure or 0)), "low": Pct(proxy.ci_low or 0.0)}
            values |= {"high": Pct(proxy.ci_high or 0.0), "verdict": say(proxy.verdict)}
            text = say("proxy", **values)
            out["text"] = render(text, "en") + proxy.reason[len(base[0]) :]  # the other definitions, if any
            danish["indicative_text"] = render(text, "da") + str(proxy.danish["reason"])[len(base[1]) :]
            return _with_note(out, danish, say("proxy_note"))
        if claim.kind in ("share", "concentration") and n and not town:
            k = None
            if claim.kind == "concentration":
                k, n = self._in_place(result, place, counterpart)
            elif counterpart is not None:
                k = self._matching(result, counterpart)
            if k is not None and n:
                low, high = wilson_interval(k, n)
                out.update({"matching_events": k, "share": k / n, "ci_low": low, "ci_high": high})
        elif claim.kind == "count" and counterpart is not None:
            out["matching_events"] = self._matching(result, counterpart)
        if town:
            return _with_note(out, danish, say("year_note_town", town=town, admin1=getattr(place, "admin1", "")))
        far = claim.kind in ("share", "concentration") and not close
        return _with_note(out, danish, say("year_note_far", months=months, span=span) if far else say("year_note"))

    def _in_place(self, result: TargetingResult, place: object, counterpart: Counterpart | None) -> tuple[int, int]:
        """A concentration's events in the claim's governorate and in its whole scope (`result`, broken down by
        admin1); with a counterpart, the dyad's only ("three-quarters of the clashes between Iraqi forces and IS took
        place in Nineveh"): an actor's through the result's with-columns, a class's by class in and out of the place."""
        admin1 = getattr(place, "admin1", None)
        if counterpart is None or result.query.with_actor:
            column = "with_events" if result.query.with_actor else "events"
            return result.total(column, lambda key: admin1 is not None and key == admin1), result.total(column)
        scope = {k: v for k, v in asdict(result.query).items() if k != "actor"} | {"by": "class"}
        inside = self.targets(result.actor.id, **{**scope, "admin1": admin1}) if admin1 else None
        whole = self.targets(result.actor.id, **{**scope, "admin1": None})
        return (self._matching(inside, counterpart) if inside else 0), self._matching(whole, counterpart)


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


def verify_claims(ds: Dyadscope, lexicon: Lexicon, claims: list[Claim]) -> list[Verdict]:
    """Verdicts for a list of claims, in order."""
    ds.ensure_resolved()
    verifier = Verifier(ds, lexicon)
    for claim in claims:  # the sides every claim of a sentence holds: a side another claim holds is not lost
        verifier.held.setdefault(claim.sentence, set()).update(
            e.key for e in (lexicon.lookup(claim.actor), lexicon.lookup(claim.counterpart)) if e is not None
        )
    return [verifier.check(claim) for claim in claims]
