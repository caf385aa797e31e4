"""Other definitions and proxies (claims/verify.py, claims/definitions.py): where another reasonable definition
decides a claim the other way, the verdict says so with its figure; where the data cannot place events in the window,
the nearest window it covers gives a verdict on the proxy; events elsewhere that may reach a count. A mixin of
Verifier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace

from dyadscope import recache as re
from dyadscope.actors.registry import Actor
from dyadscope.analysis.stats import wilson_interval
from dyadscope.analysis.targeting import TargetingResult, window_uncovered
from dyadscope.api import Dyadscope
from dyadscope.claims import definitions
from dyadscope.claims.definitions import Figure, Reading
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Counterpart,
    Lexicon,
)
from dyadscope.claims.verify_judge import (
    CONTRADICTED,
    COUNT_MIN,
    COUNT_TOL,
    DEPENDS,
    NOT_CHECKABLE,
    SUPPORTED,
    Verdict,
    _claim_range,
    _command,
    _deaths_verdict,
    _flag,
    _judge,
    _none_for_some,
    _say,
    _share_verdict,
    _with_name,
    _with_note,
    claimed,
)
from dyadscope.claims.wording import Class, Name, Pct, actor_name, render, say


class DefinitionChecks:
    """Checks of Verifier (claims/verify.py) kept here by claim kind."""

    ds: Dyadscope
    lexicon: Lexicon

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
        main_country: str | None = None,
    ) -> None:
        """Where another reasonable definition decides the claim the other way, say so with its figure;
        the headline verdict is then DEPENDS (docs/claims.md). `countries`: no country was named and the claim
        was counted in the actor's main one; these scopes (None: all countries) are then other definitions.
        `main_country`: a state's claim was counted over every country; that country alone is the other one."""
        concentration = claim.kind == "concentration"
        toll = claim.kind == "single_event" or claim.measure == "deaths"  # a day's toll, or the dead of a year
        place_decides = concentration or scope["admin1"] is not None

        def figure_of(reading: Reading) -> Figure | None:
            scoped = self.targets(actor.id, **{**scope, **dict(reading.scope)}) if reading.scope else result
            left_out = scoped.caveats.uncertain_date_left_out
            if window_uncovered(left_out, scoped.total_events):
                return None  # this definition's events cannot be placed in the window: no figure to set against
            if concentration:
                return Figure(*self._in_place(scoped, place, counterpart), True)
            k = definitions.matching(scoped, counterpart, reading, deaths=toll)
            return Figure(k, scoped.total_events, claim.kind == "share", deaths=toll)

        def judge(figure: Figure) -> str:
            return _deaths_verdict(claim, figure.k) if toll else self._judge_figure(claim, figure)

        others = self._other_names(actor, counterpart)
        own_name = bool(scope.get("name_alone"))  # counted under the names taken inside the window: _name_taken
        options = definitions.readings(
            claim, result, actor_name(actor), counterpart, place_decides, others, umbrella, own_name
        )
        options += definitions.state_class(state_words) if state_words else []
        options += [definitions.other_country(str(claim.country), other) for other in countries]
        options += [definitions.main_country(main_country)] if main_country else []
        whole = self._in_place(result, place, counterpart)[1] if concentration else result.total_events
        counted = Figure(verdict.matching_events or 0, whole, claim.kind in ("share", "concentration"))
        if toll:
            counted = Figure(int(verdict.figure or 0), result.total_events, False, deaths=True)
        rows = definitions.alternatives(verdict.verdict, options, figure_of, judge, counted)
        verdict.as_counted = verdict.verdict
        if not rows:
            return
        name, others_named = (others[0][0], definitions.joined(others[0][1])) if others else (actor_name(actor), "")
        lineage: dict[str, object] = {"name": name, "others": others_named}
        taken = self._name_taken(claim, actor, counterpart) if own_name else None
        if taken is not None:
            lineage["date"] = taken.isoformat()
        if any(row["decides"] for row in rows):
            as_counted = say("as_counted", verdict=say(verdict.verdict))
            if umbrella is not None:  # "'Syrian rebels' as the class rebel and jihadist groups"
                label = Class(counterpart.label) if counterpart is not None else ""
                as_counted = say("as_counted_class", verdict=say(verdict.verdict), words=umbrella[0], label=label)
            if any(row["definition"] == "name_alone" and row["decides"] for row in rows):
                as_counted = say("as_counted_lineage", verdict=say(verdict.verdict), **lineage)
            if taken is not None:
                as_counted = say("as_counted_own_name", verdict=say(verdict.verdict), **lineage)
            _say(verdict, "reason", as_counted, append=True)
        elif taken is not None:  # only the lineage, agreeing: a note that the name was counted alone
            _say(verdict, "reason", say("with_own_name", **lineage), append=True)
        else:  # only the name alone, agreeing: one verdict, with a note that the lineage was counted
            _say(verdict, "reason", say("with_lineage", **lineage), append=True)
        danish = []
        for row in rows:
            keys = dict(row.pop("scope", ()))  # type: ignore[arg-type]
            flags = [_flag(self.ds.registry, key, on) for key, on in keys.items() if on and key != "country"]
            if verdict.query and "country" in keys:  # another country, or all (the same query without --country)
                other = f" --country {keys['country']}" if keys["country"] else ""
                row["query"] = re.sub(r" --country \S+", other, verdict.query)
                if row["query"] == verdict.query and other:  # counted over every country: one country alone
                    row["query"] = verdict.query + other
            elif keys.get("name_alone") is False and verdict.query:  # the lineage: the same query without the flag
                row["query"] = verdict.query.replace(" " + _flag(self.ds.registry, "name_alone", True), "")
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
        store never records (UCDP files al-Nusra's events under Jabhat Fateh al-Sham) change no figure: left out.
        Nor is a name the store never records itself a definition of its own: UCDP codes the Islamic State of Iraq as
        the Islamic State throughout, so 'ISI in 2006' under its own name alone would be 0 events by coding, not by
        fact; the writer's name can only mean the lineage, counted as one verdict."""
        registry, out = self.ds.registry, []
        for one in (actor, counterpart.actor if counterpart is not None else None):
            recorded = one is not None and self._a_side(one.id)
            ids = sorted(registry.lineage(one.id) - {one.id}) if one is not None and recorded else []
            names = tuple(actor_name(registry.actors[i]) for i in ids if i in registry.actors and self._a_side(i))
            if names:
                out.append((actor_name(one), names))  # type: ignore[arg-type]
        return tuple(out)

    def _name_taken(self, claim: Claim, actor: Actor, counterpart: Counterpart | None) -> dt.date | None:
        """The day a side of the claim took its name, when the claim's window begins before it and holds it and the
        store records events under the side's earlier names: 'HTS fought 236 engagements in 2017' counts HTS from
        28 January 2017 under its own name, the events before then being Jabhat Fateh al-Sham's (the writer names the
        group of the year; the lineage is the other definition)."""
        if claim.start is None or claim.end is None:
            return None
        for one in (actor, counterpart.actor if counterpart is not None else None):
            day = one.valid_from if one is not None and one.successor_of else None
            if day is not None and claim.start < day <= claim.end and self._other_names(one, None):
                return day
        return None

    @staticmethod
    def _matching(result: TargetingResult, counterpart: Counterpart) -> int:
        return definitions.matching(result, counterpart)

    @staticmethod
    def _deaths(result: TargetingResult, counterpart: Counterpart) -> int:
        return definitions.matching(result, counterpart, deaths=True)

    @staticmethod
    def _judge_figure(claim: Claim, figure: Figure) -> str:
        """A share within its widened Wilson interval, a count within its tolerance, an absence only at zero."""
        if claim.kind == "absence":
            return SUPPORTED if figure.k == 0 else CONTRADICTED
        if figure.share:
            return _share_verdict(claim, figure.k, figure.n)
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
