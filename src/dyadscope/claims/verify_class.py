"""A class of actors as the acting side (claims/verify.py, claims/class_side.py): "rebel groups were involved in
60% of the clashes in Idlib", "Kurdish militias ... 630 engagements", and a place's share of all its events.
A mixin of Verifier.
"""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.analysis.stats import wilson_interval
from dyadscope.api import Dyadscope
from dyadscope.claims import class_side, definitions
from dyadscope.claims.definitions import Figure, Reading
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Entry,
    Lexicon,
    jihadists_first,
    resolve_counterpart,
    resolve_place,
)
from dyadscope.claims.verify_judge import (
    _CLASS_OWNS,
    _DIED,
    _MEANS,
    CONTRADICTED,
    COUNT_MIN,
    COUNT_TOL,
    NOT_CHECKABLE,
    SHARE_TOL,
    SUPPORTED,
    Verdict,
    _labels,
    _possessive,
    _say,
    _verdict,
    _window_reason,
    _with_rows,
    claimed,
)
from dyadscope.claims.wording import Class, Classes, Num, Pct, Say, say


class ClassSideChecks:
    """Checks of Verifier (claims/verify.py) kept here by claim kind."""

    ds: Dyadscope
    lexicon: Lexicon

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
        narrow = self.lexicon.class_group("rebel")
        first = jihadists_first(claim.actor, claim.sentence)
        if group.key == "rebels" and narrow is not None and not first:
            group = narrow  # "Rebels fought the regime in ~87% of their clashes": the rebel class first (round 22)
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
        sides = ("actor", "group", "reference")
        counterpart_key = getattr(self.lexicon.lookup(claim.counterpart), "key", None)
        other = any(m.entry.kind in sides and m.entry.key != counterpart_key for m in self.lexicon.mentions(between))
        before = 0 <= at < figure_at and owns is not None and not other
        words = re.escape(str(claim.actor))
        relative = re.search(rf"\b(?:that|which|som)\s+{words}\s+(?:were|was|var)\s+involved", claim.sentence, re.I)
        # a genitive right before the measured noun: "de kurdiske militsers kampe", "the Kurdish militias' fighting"
        genitive = re.search(rf"{words}['’]?\s+{re.escape(claim.measure or chr(0))}\b", claim.sentence, re.I)
        owned = claim.kind in ("count", "absence") or before or relative or genitive
        owned = owned or _possessive(claim.sentence, str(claim.actor))
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
        why = _window_reason(claim, tally.left_out, tally.n)  # year-dated events first, then an empty share
        if why is not None or (share and tally.n == 0):
            _say(verdict, "reason", why if why is not None else say("no_events_scope"), append=True)
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
        narrower = definitions.NARROWER.get(group.label)
        if narrower is not None and not definitions.reach_said(claim.actor, claim.sentence):
            clause = say("if_narrower", label=claim.actor, classes=Classes(_labels(narrower)))
            options.append(Reading("narrower", clause, classes=narrower))
        broader = definitions.BROADER.get(group.label)
        if broader is not None:  # "the rebels" with the jihadists: the reach counted first before round 22
            clause = say("if_broader", label=claim.actor, classes=Classes(_labels(broader)))
            options.append(Reading("broader", clause, classes=broader))

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
        why = _window_reason(claim, tally.left_out, tally.n, empty="no_events_scope")
        if why is not None:
            _say(verdict, "reason", why, append=True)
            return verdict
        low, high = wilson_interval(tally.k, tally.n)
        verdict.verdict = self._judge_figure(claim, Figure(tally.k, tally.n, True))
        verdict.figure, verdict.ci_low, verdict.ci_high, verdict.matching_events = tally.k / tally.n, low, high, tally.k
        _say(verdict, "tolerance", say("share_tolerance", points=Num(SHARE_TOL * 100)))
        share = {"share": Pct(tally.k / tally.n), "low": Pct(low), "high": Pct(high)}
        _say(verdict, "reason", say("place_share", k=tally.k, n=tally.n, place=claim.place, **share), append=True)
        verdict.as_counted = verdict.verdict
        return verdict
