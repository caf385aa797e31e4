"""Death tolls and how deadly events were (claims/verify.py): a day's toll against the dyad's events that day,
a toll of one incident as a part of the day's dead, lethality shares ("killed at least five people") and attribute
shares. A mixin of Verifier.
"""

from __future__ import annotations

from collections.abc import Callable

from dyadscope import recache as re
from dyadscope.actors.registry import Actor, state_id
from dyadscope.analysis.targeting import TargetQuery
from dyadscope.api import Dyadscope
from dyadscope.claims import definitions, lethality
from dyadscope.claims.definitions import Figure, Reading
from dyadscope.claims.kinds.attributes import VIOLENCE_SIDES
from dyadscope.claims.lethality import Deadly, Tally
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Counterpart,
    Lexicon,
    nationalities,
    resolve_counterpart,
)
from dyadscope.claims.verify_judge import (
    _INCIDENT,
    CONTRADICTED,
    COUNT_MIN,
    COUNT_TOL,
    NOT_CHECKABLE,
    TOTAL_DAYS,
    Verdict,
    _caveats,
    _deaths_verdict,
    _judge,
    _judge_deaths,
    _judge_share,
    _say,
    _share_verdict,
    _uncovered,
    _verdict,
    _window_reason,
    _with_rows,
)
from dyadscope.claims.wording import Num, Pct, Say, actor_name, note, say

_CIVILIAN_DEAD = re.compile(r"\b(?:civilians|civile)\b", re.I)  # the dead a toll names are civilians
# a count of the data's records themselves, not of fighting: "11,700 recorded events", "registrerede hændelser"
_EVENT_RECORDS = re.compile(r"^(?:events|incidents|hændelser|hændelserne|episoder|registreringer)$", re.I)
_ESTIMATES = ("best", "low", "high")
# words that name who killed or died, or how, which a total of every event would ignore: "in militant attacks",
# "Russian airstrikes", "Turkish-IS fighting", "23,863 children"
_NOT_A_TOTAL = re.compile(
    r"\b(?:attacks?|angreb\w*|air\s*strikes?|airstrikes?|luftangreb\w*|bomb\w*|shelling|beskydning\w*|militant\w*|"
    r"terror\w*|jihad\w*|rebel\w*|insurgen\w*|oprør\w*|children|women|børn|kvinder|soldiers?|soldater|fighters?|"
    r"krigere|civilians?|civile)\b",
    re.I,
)
# "of all the fighting in Syria", "af kampene inde i Tyrkiet": the events of the country named next, whoever fought
_OF_ALL = re.compile(
    r"\b(?:of|af)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|alle\s+|the\s+)?(?:recorded\s+|registrerede\s+)?"
    r"(?:kamphandlingerne|kampene|hændelserne|sammenstødene|fighting|clashes|events|engagements|violence|volden)\s+"
    r"(?:inde\s+)?(?:i|in|inside|across|throughout)\s+",
    re.I,
)
_INVOLVED = re.compile(
    r"\b(?:involved|involveret|stod\s+bag|behind|responsible|ansvarlig\w*|deltog|took\s+part)\b", re.I
)
# the side as the one who killed them, before the share: "ISIS killed civilians in about 7 percent of its events" (not
# the events as the killers: "a third of the regime's engagements killed civilians")
_KILLER = re.compile(r"\b(?:killed|dræbte)\s+(?:civilians|civile)\s+(?:in|i)\s+(?:\w+\s+){0,2}$", re.I)
_PAIRED = re.compile(r"\b[A-Z][\w]*-(?:[A-Z]|led\b|backed\b|ledede\b|støttede\b)")  # "Turkish-PKK", "US-backed"


class DeathChecks:
    """Checks of Verifier (claims/verify.py) kept here by claim kind."""

    ds: Dyadscope
    lexicon: Lexicon

    def _partly_in_window(
        self, claim: Claim, verdict: Verdict, actor: Actor, scope: dict[str, object], counterpart: Counterpart | None
    ) -> None:
        """A toll over a window contradicted as more than the events inside it hold, when the events only overlapping
        the window ("6 June to 20 October" against a window ending 17 October) hold enough deaths to reach the claim:
        not a verdict (in place), since some of their dead may fall inside (set 28's en021: 3,289 inside, and 960 in
        the Raqqa offensive's own event, dated to three days past the window)."""
        if claim.kind != "count" or claim.measure != "deaths" or verdict.figure is None:
            return
        extra = lethality.overlapping_deaths(self.ds, TargetQuery(actor.id, **scope), counterpart)  # type: ignore[arg-type]
        if not extra or _deaths_verdict(claim, verdict.figure + extra) == CONTRADICTED:
            return
        verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
        _say(verdict, "reason", say("partly_in_window", extra=Num(extra)), append=True)

    def _part_of_day(self, claim: Claim, owned_means: bool) -> str | None:
        """Why a day's toll below all the actor's dead that day may be a part of them (a template key), or None: the
        means owned by a state ('Turkish airstrikes killed'), a means or one incident in the sentence ('An airstrike
        in the village of X killed seven'), an actor the sentence does not name (taken from the article), or a day
        only the article gives ('has killed 32 people ... today'): the report's one attack."""
        if owned_means:
            return "means_part"
        if _INCIDENT.search(claim.sentence):
            return "incident_part"
        if note("note_article_actor", actor=claim.actor) in claim.notes:
            return "article_actor_part"
        day = claim.start.isoformat() if claim.start else ""
        if {note("note_article_day", date=day), note("note_article_today", date=day)} & set(claim.notes):
            return "article_day_part"  # the day is the report's: its toll is the reported attack's
        return None

    def _civilians_dead(self, claim: Claim) -> Verdict | None:
        """'Almost 17,000 civilians ... were killed in Syria in 2016': the dead of a week or more are civilians and the
        sentence names no one who killed them (an actor carried from elsewhere is no killer of these), so the toll
        is the civilians killed in every event in the country and window, whoever killed them (the data's civilian
        deaths per event). None when the claim is not such a toll."""
        deaths = claim.kind == "single_event" or claim.measure == "deaths"
        if not deaths or not _CIVILIAN_DEAD.search(claim.value_text or "") or claim.country is None or claim.place:
            return None  # a governorate's or town's civilian dead: not this country-wide reading
        if claim.start is None or claim.end is None or (claim.end - claim.start).days < TOTAL_DAYS:
            return None
        # an actor carried from the headline or the sentence before, or given by the article's lead, killed none of
        # these as far as the sentence says: only a side it names itself (or "they", "the group") does
        sides = [m for m in self.lexicon.mentions(claim.sentence) if m.entry.kind in ("actor", "group", "reference")]
        if claim.counterpart is not None or any(m.entry.key != "civilians" for m in sides):
            return None
        row = self.ds.store.con.execute(
            "SELECT coalesce(sum(deaths_civilians) FILTER (WHERE date_start >= ? AND date_end <= ?), 0), "
            "count(*) FILTER (WHERE date_start >= ? AND date_end <= ?), count(*), list(DISTINCT source) "
            "FROM events WHERE country = ? AND date_start <= ? AND date_end >= ?",
            [claim.start, claim.end, claim.start, claim.end, claim.country, claim.end, claim.start],
        ).fetchone()
        dead, inside, overlapping, sources = int(row[0]), int(row[1]), int(row[2]), sorted(row[3] or [])
        civilians = self.ds.registry.actors.get("civilians")
        claim.actor = civilians.name if civilians is not None else claim.actor
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=inside, sources=sources)
        why = _window_reason(claim, overlapping - inside, inside, empty="not_covered")
        if why is not None:
            _say(verdict, "reason", why)
            return verdict
        verdict.figure = float(dead)
        _judge_deaths(claim, verdict, dead)
        _say(verdict, "reason", say("civilians_dead", country=claim.country, n=inside), append=True)
        verdict.as_counted = verdict.verdict
        return verdict

    def _country_total(self, claim: Claim) -> Verdict | None:
        """'UCDP's best estimate for 2014: over 50,000 killed in organised violence in Syria', 'I 2014 var der godt
        11.700 registrerede hændelser i Syrien': the dead, or the events, of a week or more in a country whose
        sentence names no side at all are every event's in the country and window, whoever fought (the data's best
        estimate of deaths decides; its low and high estimates are the other definitions). None when the claim is
        not such a total."""
        deaths = claim.kind == "single_event" or (claim.kind == "count" and claim.measure == "deaths")
        records = claim.kind == "count" and bool(_EVENT_RECORDS.match(claim.measure or ""))
        spread = claim.kind == "concentration" and claim.place is not None and self._of_all_in_country(claim)
        if not (deaths or records or spread) or claim.actor or claim.counterpart or claim.country is None:
            return None
        if claim.place and not spread:
            return None
        if claim.start is None or claim.end is None or (claim.end - claim.start).days < TOTAL_DAYS:
            return None
        if any(m.entry.kind in ("actor", "group", "reference") for m in self.lexicon.mentions(claim.sentence)):
            return None  # a side the reading lost is no reason to count everyone's events
        if _NOT_A_TOTAL.search(claim.sentence) or _PAIRED.search(claim.sentence) or self._other_nation(claim):
            return None
        first, last = self._country_coverage(claim.country)
        if first is None or last is None or claim.start < first or claim.end > last:
            return None  # "since 2011" up to the article's day: more than the data holds
        row = self.ds.store.con.execute(
            "SELECT count(*) FILTER (WHERE date_start >= ? AND date_end <= ?), count(*), list(DISTINCT source), "
            + ", ".join(
                f"coalesce(sum(fatalities_{e}) FILTER (WHERE date_start >= ? AND date_end <= ?), 0), "
                f"count(fatalities_{e}) FILTER (WHERE date_start >= ? AND date_end <= ?)"
                for e in _ESTIMATES
            )
            + " FROM events WHERE country = ? AND date_start <= ? AND date_end >= ?",
            [claim.start, claim.end] * 7 + [claim.country, claim.end, claim.start],
        ).fetchone()
        inside, overlapping, sources = int(row[0]), int(row[1]), sorted(row[2] or [])
        if spread:
            return self._country_spread(claim, inside, overlapping, sources)
        # an estimate some events lack (UCDP's low and high before 2016, in the bundled data) is no other figure
        dead = {e: int(row[3 + 2 * i]) for i, e in enumerate(_ESTIMATES) if row[4 + 2 * i] == inside}
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=inside, sources=sources)
        why = _window_reason(claim, overlapping - inside, inside, empty="not_covered")
        if why is not None:
            _say(verdict, "reason", why)
            return verdict
        if records:
            verdict.figure, verdict.matching_events = float(inside), inside
            tol = max(COUNT_MIN, COUNT_TOL * float(claim.value or 0))
            _say(verdict, "tolerance", say("count_tolerance", tol=Pct(COUNT_TOL, 0), least=COUNT_MIN))
            verdict.verdict = _judge(claim, inside - tol, inside + tol)
            _say(verdict, "reason", say("data_events", n=inside))
            _say(verdict, "reason", say("country_total_events", country=claim.country), append=True)
            verdict.as_counted = verdict.verdict
            return verdict
        if "best" not in dead:
            return None  # a toll the data cannot sum here: the reading before this one decides
        verdict.figure, verdict.matching_events = float(dead["best"]), inside
        _judge_deaths(claim, verdict, dead["best"])
        _say(verdict, "reason", say("country_total_deaths", country=claim.country, n=inside), append=True)
        if verdict.verdict == NOT_CHECKABLE:
            return verdict
        options = [Reading(f"deaths_{e}", say(f"if_deaths_{e}")) for e in ("low", "high") if e in dead]
        figure_of = lambda reading: Figure(dead[reading.key.removeprefix("deaths_")], inside, False, deaths=True)  # noqa: E731
        judge = lambda figure: _deaths_verdict(claim, figure.k)  # noqa: E731
        rows = definitions.alternatives(verdict.verdict, options, figure_of, judge)
        return _with_rows(verdict, rows)

    def _of_all_in_country(self, claim: Claim) -> bool:
        """The share is of all the fighting in a country the sentence names right after its noun ('af kampene inde i
        Tyrkiet', 'of all the fighting in Syria'), with no one said to be involved in it."""
        if _INVOLVED.search(claim.sentence):
            return False
        for m in _OF_ALL.finditer(claim.sentence):
            here = [c for c in self.lexicon.mentions(claim.sentence) if c.start == m.end()]
            if any(c.entry.kind == "country" and c.entry.country == claim.country for c in here):
                return True
        return False

    def _country_spread(self, claim: Claim, n: int, overlapping: int, sources: list[str]) -> Verdict:
        """A governorate's share of every event in its country and window, whoever fought ('Hakkari stod for omkring
        17 procent af kampene inde i Tyrkiet fra 2015 til 2019': 122 of 728), judged like any share."""
        place = self.lexicon.lookup(claim.place)
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=n, sources=sources)
        why = _window_reason(claim, overlapping - n, n, empty="no_events_scope")
        if why is None and (place is None or place.town or place.admin1 is None):
            why = _uncovered(claim, overlapping - n, n)  # no governorate to count: said as before, 'not covered'
        if why is not None:
            _say(verdict, "reason", why)
            return verdict
        k = self.ds.store.con.execute(
            "SELECT count(*) FROM events WHERE country = ? AND admin1 = ? AND date_start >= ? AND date_end <= ?",
            [claim.country, place.admin1, claim.start, claim.end],
        ).fetchone()[0]
        low, high = _judge_share(verdict, claim, int(k), n)
        _say(verdict, "reason", say("share", k=int(k), n=n, share=Pct(k / n), low=Pct(low), high=Pct(high)))
        _say(verdict, "reason", say("country_total_events", country=claim.country), append=True)
        verdict.as_counted = verdict.verdict
        return verdict

    @staticmethod
    def _other_nation(claim: Claim) -> bool:
        """The sentence names another state than its country's by nationality ('Russian', 'tyrkiske'): a side."""
        own = state_id(claim.country or "")
        words = {w.lower() for w in re.findall(r"[\w-]+", claim.sentence)}
        return any(key != own and any(a.lower() in words for a in adjs) for key, adjs in nationalities().items())

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

    def _violence(self, claim: Claim, actor: Actor, vtype: str, admin1: str | None) -> Verdict:
        """A share of the actor's events in scope of one type of violence ("most of its fighting was against other
        non-state groups": UCDP's non-state conflict), judged like any share; the data gives each event its type.
        Some testers read the same words as a group of sides ("non-state armed groups" as the rebels, "the state"
        as state forces): that reading is the other definition."""
        side = resolve_counterpart(self.lexicon, VIOLENCE_SIDES[vtype])
        classes = tuple(sorted(side.classes)) if side is not None else ()
        label = side.label if side is not None else VIOLENCE_SIDES[vtype]
        return self._events_share(
            claim,
            actor,
            admin1,
            lambda query: lethality.violence_tally(self.ds, query, vtype, classes),
            "type",
            say(f"violence_{vtype.replace('-', '_')}"),
            {"side": Reading("violence_sides", say("if_violence_sides", sides=label), classes=classes)},
        )

    def _lethal(self, claim: Claim, actor: Actor, deadly: Deadly, admin1: str | None) -> Verdict:
        """A share of the actor's events in scope with so many deaths (claims/lethality.py), judged like any share;
        the best estimate decides, the low and high estimates are the other definitions (none for civilians' deaths:
        the data has one figure of them per event)."""
        claim.threshold = deadly.threshold
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        if deadly.civilians:
            what = say("civilians_any") if deadly.least == 1 else say("civilians_at_least", least=deadly.least)
        elif deadly.none:
            what = say("deaths_none")
        else:
            what = say("deaths_any") if deadly.least == 1 else say("deaths_at_least", least=deadly.least)
        estimates = ("low", "high") if not deadly.civilians else ()
        others = {e: Reading(f"deaths_{e}", say(f"if_deaths_{e}"), note_if_same=True) for e in estimates}
        # "ISIS killed civilians in about 7 percent of its events": the side as the killer, its attacks on civilians
        # (UCDP's one-sided violence, the only events in which the data says who killed them; set 25's tester), with
        # the events that had civilian dead as the other definition (set 28's tester reads the state's so)
        at = claim.sentence.find(claim.value_text) if claim.value_text else -1
        targeted = deadly.civilians and at > 0 and _KILLER.search(claim.sentence[:at]) is not None

        def tally_of(query: TargetQuery) -> Tally:
            tally = lethality.tally(self.ds, query, deadly, counterpart)
            if not targeted:
                return tally
            one_sided = lethality.violence_tally(self.ds, query, "one-sided", ()).k["type"]
            return Tally(tally.n, tally.k | {"one_sided": one_sided}, tally.left_out)

        if targeted:
            others["best"] = Reading("civilian_dead", say("if_civilian_dead"))
            return self._events_share(claim, actor, admin1, tally_of, "one_sided", say("violence_one_sided"), others)
        return self._events_share(claim, actor, admin1, tally_of, "best", what, others)

    def _events_share(
        self,
        claim: Claim,
        actor: Actor,
        admin1: str | None,
        tally_of: Callable[[TargetQuery], Tally],
        decides: str,
        what: Say,
        others: dict[str, Reading],
    ) -> Verdict:
        """A share of the actor's events in scope, `k[decides]` of the `n` that `tally_of` counts (claims/lethality.py)
        and `what` describes, judged like any share; `others` are the other definitions, by the count of the same
        tally each reads (none: the verdict alone)."""
        scope = {"country": claim.country, "start": claim.start, "end": claim.end, "admin1": admin1}
        result = self.targets(actor.id, **scope)
        tally = tally_of(TargetQuery(actor.id, **scope))
        verdict = Verdict(claim.id, NOT_CHECKABLE, "", events=tally.n, sources=[*result.sources])
        _caveats(verdict, [], result)
        n, k = tally.n, tally.k[decides]
        why = _window_reason(claim, tally.left_out, n)  # year-dated events first, then an empty scope
        if why is not None or n == 0:
            _say(verdict, "reason", why if why is not None else say("no_events_scope"))
            return verdict
        low, high = _judge_share(verdict, claim, k, n)
        share = {"share": Pct(k / n), "low": Pct(low), "high": Pct(high)}
        _say(verdict, "reason", say("lethal_share", k=k, n=n, actor=actor_name(actor), what=what, **share))
        if not others:
            return verdict

        def judge(figure: Figure) -> str:
            return _share_verdict(claim, figure.k, figure.n)

        figures = {reading.key: Figure(tally.k[count], n, True) for count, reading in others.items()}
        options = list(others.values())
        rows = definitions.alternatives(verdict.verdict, options, lambda r: figures[r.key], judge, Figure(k, n, True))
        return _with_rows(verdict, rows)
