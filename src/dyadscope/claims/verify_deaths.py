"""Death tolls and how deadly events were (claims/verify.py): a day's toll against the dyad's events that day,
a toll of one incident as a part of the day's dead, lethality shares ("killed at least five people") and attribute
shares. A mixin of Verifier.
"""

from __future__ import annotations

from dyadscope.actors.registry import Actor
from dyadscope.analysis.stats import wilson_interval
from dyadscope.analysis.targeting import TargetQuery
from dyadscope.api import Dyadscope
from dyadscope.claims import definitions, lethality
from dyadscope.claims.definitions import Figure, Reading
from dyadscope.claims.lethality import Deadly
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Lexicon,
    resolve_counterpart,
)
from dyadscope.claims.verify_judge import (
    _INCIDENT,
    LEFT_OUT_LIMIT,
    NOT_CHECKABLE,
    SHARE_TOL,
    Verdict,
    _caveats,
    _judge,
    _judge_share,
    _say,
    _verdict,
    _with_rows,
)
from dyadscope.claims.wording import Pct, actor_name, note, say


class DeathChecks:
    """Checks of Verifier (claims/verify.py) kept here by claim kind."""

    ds: Dyadscope
    lexicon: Lexicon

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
