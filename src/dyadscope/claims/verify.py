"""Claims -> targeting queries -> verdicts with the evidence behind them.

Every verdict carries the data's figure, its 95% interval (shares), the number of events, the
sources, the tolerance and the caveats. The figures come from dyadscope.analysis.targeting through
Dyadscope.targets; nothing here counts events itself.

Here: the order of the checks (a claim's sides, time and place read, then its scope counted and decided). By claim
kind, in their own modules (mixins of Verifier): verify_judge.py (the Verdict and the tolerances: a share, a count,
a death toll), verify_sides.py (whom the sides stand for), verify_deaths.py (tolls and lethality),
verify_class.py (a class as the acting side) and verify_definitions.py (other definitions and proxy windows).
"""

from __future__ import annotations

import datetime as dt

from dyadscope import recache as re
from dyadscope.actors.registry import Actor, class_label, state_id
from dyadscope.analysis.targeting import TargetingResult, window_uncovered
from dyadscope.api import Dyadscope
from dyadscope.claims import class_side
from dyadscope.claims.clauses import located, own_clause_start
from dyadscope.claims.dates import names_earlier_time
from dyadscope.claims.days import MONTH_GROUP
from dyadscope.claims.figure_patterns import ALL_TOLD, BY_AGE_OR_SEX, OWN_LOSSES, WOUNDED
from dyadscope.claims.figures import CHANGE
from dyadscope.claims.kinds.absence import denies_never
from dyadscope.claims.kinds.attributes import violence_of
from dyadscope.claims.kinds.not_events import NOT_EVENT_REASONS
from dyadscope.claims.lethality import deadly_of
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import (
    Counterpart,
    Entry,
    Lexicon,
    apart_from_jihadists,
    rebel_class_first,
    resolve_actor,
    resolve_counterpart,
    resolve_place,
)
from dyadscope.claims.roles import ORGANISATION
from dyadscope.claims.verify_catch_all import CatchAllChecks, about_the_record
from dyadscope.claims.verify_class import ClassSideChecks
from dyadscope.claims.verify_deaths import DeathChecks
from dyadscope.claims.verify_definitions import DefinitionChecks
from dyadscope.claims.verify_judge import (
    _BOMBED,
    _DIED,
    _MEANS,
    CONTRADICTED,
    COUNT_MIN,
    COUNT_TOL,
    DEPENDS,
    NOT_CHECKABLE,
    NOT_EVENT_DATA,
    SUPPORTED,
    TOTAL_DAYS,
    Verdict,
    _caveats,
    _claim_range,
    _command,
    _flag,
    _judge,
    _judge_deaths,
    _judge_share,
    _none_for_some,
    _say,
    _semantics,
    _uncovered,
    _verdict,
    claimed,
)
from dyadscope.claims.verify_sides import SideReading
from dyadscope.claims.wording import Class, Classes, Pct, Say, actor_name, note, note_values, say

# two sides named: a toll needs both read; not two times ("Mellem 2012 og 2019", "between March and May 2017")
_MONTH = MONTH_GROUP.format("month")
_BETWEEN = re.compile(rf"\b(?:between|mellem)\b(?!\s+(?:(?:19|20)\d\d\b|{_MONTH}))", re.I)
# the dead of a means, named right after them: "døde under luftangreb", "killed in airstrikes"
_DIED_BY_MEANS = re.compile(
    rf"\b(?:died|killed|dead|døde|dræbt|dræbte|omkom)\s+(?:in|by|under|i|ved)\s+(?:\w+\s+)?(?P<means>{_MEANS.pattern})",
    re.I,
)
# "never", "aldrig" with no time named: at no time at all, so over every day the data covers (said in a note)
# an absence with no time named is over the whole span the data covers: "never", or none "in the data" ("UCDP has zero
# clashes between the regime and HTS", "UCDP har ikke én eneste kamp mellem regimet og HTS") where no time is named in
# other words ("ifølge dataene ingen kampe ... under operation Olivengren": the operation's time)
# "not once", "ikke én eneste gang", "at no point", "på intet tidspunkt" with no time named say "never" in other words
_EVER = re.compile(
    r"\b(?:never|aldrig|ever|nogensinde|not\s+(?:even\s+)?once|at\s+no\s+(?:point|time)|på\s+intet\s+tidspunkt|"
    r"ikke\s+(?:\w+\s+){0,2}?(?:én|en)\s+(?:eneste\s+)?gang)\b",
    re.I,
)
# a count or share with no time named, said of the whole war ("some 35 recorded clashes in all", "over the entire
# war", "i alt", "under hele krigen"): over every day the data covers, as "never" is (unless a time is named the
# reading could not place, or one only the sentence before gives: "Samme år ... i alt"). Not "recorded" alone: "43
# recorded events" says where the figure is from, not over what time
_WAR = r"(?:war|conflict|fighting|krig(?:en)?|konflikt(?:en)?)"
_WHOLE_WAR = re.compile(
    rf"\b(?:(?:over|during|throughout|across|in)\s+the\s+(?:entire|whole|full|course\s+of\s+the)\s+{_WAR}|"
    rf"throughout\s+the\s+{_WAR}|(?:i|under|gennem|igennem|i\s+løbet\s+af)\s+hele\s+{_WAR}|"
    rf"{_WAR}\s+igennem|i\s+(?:hele\s+)?krigens\s+løb)\b",
    re.I,
)
_ALL_TOLD = re.compile(rf"\b{ALL_TOLD}\b", re.I)
_IN_THE_DATA = re.compile(
    r"\b(?:UCDP|(?:the|its)\s+data(?:set)?|data(?:ene|sættet)?|datasæt(?:tet)?|"
    # "Israel shows up in 45 events in Syria": the data's records, at any time
    r"(?:shows?|showed)\s+up\s+(?:only\s+)?in|optræder\s+(?:kun\s+)?i)\b",
    re.I,
)
_SOME_TIME = re.compile(
    r"\b(?:during|under|amid|while|when|mens|da|i\s+løbet\s+af|operation\w*|offensive\w*|siege|belejring\w*|"
    r"campaign|kampagne\w*|battle|slaget)\b",
    re.I,
)

__all__ = [
    "CONTRADICTED",
    "DEPENDS",
    "NOT_CHECKABLE",
    "NOT_EVENT_DATA",
    "SUPPORTED",
    "Verdict",
    "Verifier",
    "claimed",
    "verify_claims",
]


class Verifier(SideReading, DeathChecks, ClassSideChecks, DefinitionChecks, CatchAllChecks):
    """Checks claims against one store."""

    def __init__(self, ds: Dyadscope, lexicon: Lexicon) -> None:
        self.ds = ds
        self.lexicon = lexicon
        self._cache: dict[tuple, TargetingResult] = {}
        self._any_counted: dict[tuple[str, bool], bool] = {}  # SideReading._counted
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
        if self._whole_span(claim) and (claim.start, claim.end) == self.coverage:
            claim.start = claim.end = None  # the sentence names no time: the span judged is the note's
        actor = resolve_actor(self.lexicon, claim.actor) if claim.actor else None
        if actor is not None:
            verdict.danish["actor"] = actor_name(actor).da
        return verdict

    def _check(self, claim: Claim) -> Verdict:
        if claim.kind == "not_event_data" and claim.measure in NOT_EVENT_REASONS:
            # "udråbt den 29. juni 2014", "$250 billion", "blev 48 år": what the number is, said
            return _verdict(claim.id, NOT_EVENT_DATA, say(NOT_EVENT_REASONS[claim.measure], what=claim.value_text))
        if claim.kind == "not_event_data":
            # the article's own word, quoted: "et tal om “men”" must not read as Danish "men" (but)
            what: object = f"“{claim.measure}”" if claim.measure else say("other_than_events")
            return _verdict(claim.id, NOT_EVENT_DATA, say("not_event_data", what=what))
        if claim.kind in ("single_event", "count") and claim.measure == OWN_LOSSES:
            # "YPG mistede over 500 krigere": one side's dead, which the toll of the fighting does not split off
            return _verdict(claim.id, NOT_CHECKABLE, say("own_losses", what=claim.value_text))
        if claim.kind in ("single_event", "count") and claim.measure == WOUNDED:
            # "215 people were killed and 180 injured": the events' wounded, which the data does not record
            return _verdict(claim.id, NOT_CHECKABLE, say("wounded", what=claim.value_text))
        if claim.kind in ("single_event", "count") and BY_AGE_OR_SEX.fullmatch(claim.measure or ""):
            # "including 1,984 children and 1,237 women": a part of a toll by age or sex, which the data does not split
            return _verdict(claim.id, NOT_CHECKABLE, say("dead_by_group", what=claim.measure))
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
        units = self._unit_as_parent(claim)  # "American strikes on the Khorasan group": filed under al-Qaida
        led = self._led_coalition(claim)  # "the US-led coalition" in 2003: the US with its partners
        verdict = self._check_read(claim)
        for unit in [*led, *units]:
            _say(verdict, "reason", unit, append=True)
        if units and verdict.verdict != NOT_CHECKABLE:
            self._as_part(claim, verdict)
        world = next((v for n in claim.notes if (v := note_values(n, "note_article_world")) is not None), None)
        if world is not None and verdict.verdict in (SUPPORTED, CONTRADICTED, DEPENDS):
            # "ISIS carried out 1,400 attacks in 2016" under "... Across the World": more than the data's region
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            _say(verdict, "reason", say("article_world", words=world["words"]), append=True)
        if referent is not None and claim.kind == "absence" and verdict.verdict != CONTRADICTED:
            # "government forces never fought X": one state's none is not all state forces' none
            verdict = _verdict(claim.id, NOT_CHECKABLE, say("absence_one_state", actor=claim.actor))
        if referent is not None:  # said with the verdict: the reader sees whom "the group" was taken to be
            _say(verdict, "reason", referent, append=True)
        return verdict

    def _check_read(self, claim: Claim) -> Verdict:
        if claim.unread:  # a time or place the reading did not apply: no verdict on a guessed scope
            return _verdict(claim.id, NOT_CHECKABLE, say("unread", words="”, “".join(claim.unread)))
        civilians = self._civilians_dead(claim)
        if civilians is not None:  # "17,000 civilians were killed in Syria in 2016": every event's civilian dead
            return civilians
        total = self._country_total(claim)
        if total is not None:  # "over 50,000 killed in organised violence in Syria in 2014": every event's dead
            return total
        means = self._means_owner(claim) if claim.actor is None else None
        fought = self._toll_of_counterpart(claim) if claim.actor is None and means is None else None
        actor = resolve_actor(self.lexicon, claim.actor)
        group = self._acting_class(claim) if actor is None else None
        if group is not None and claim.start is not None and claim.end is not None:
            return self._class_side(claim, group)  # "rebel groups were involved in 60% of the clashes in Idlib"
        if actor is None and claim.kind == "count" and _MEANS.search(claim.measure or ""):
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=claim.measure))  # with or without a side
        if actor is None:
            said = say("unknown_actor", actor=claim.actor) if claim.actor else say("no_actor")
            return _verdict(claim.id, NOT_CHECKABLE, say("name_it", said=said))
        if actor.actor_class == "unknown":
            return _verdict(claim.id, NOT_CHECKABLE, say("unknown_perpetrators", actor=actor_name(actor)))
        died = _DIED.search(claim.value_text or "") if claim.kind == "count" else None
        by_means = _DIED_BY_MEANS.search(claim.sentence) if died else None
        if by_means:  # "mindst 3200 døde under luftangreb": the dead of a means, which the data does not record
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=by_means["means"]))
        if died and self._dead_of_window(claim):
            claim.measure = "deaths"  # "around 5,000 people died in fighting involving ISIS in 2016": a year's dead
        elif died:  # "blev over 100 dræbt i kampe": a number of the dead, never a count of events
            return _verdict(claim.id, NOT_CHECKABLE, say("deaths_not_events", words=claim.value_text))
        if claim.kind == "count" and claim.measure == CHANGE:  # "attacks fell by 80%": a change, no number of events
            return _verdict(claim.id, NOT_CHECKABLE, say("change_not_count", words=claim.value_text))
        if claim.kind == "count" and _MEANS.search(claim.measure or ""):
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=claim.measure))
        bombed = _BOMBED.search(claim.sentence) if claim.kind == "count" else None
        if bombed:  # "the coalition bombed IS targets 300 times": strikes, which the data does not count
            return _verdict(claim.id, NOT_CHECKABLE, say("means", measure=bombed.group(0)))
        first, last = self.coverage
        timeless = claim.start is None and claim.end is None and claim.kind in ("absence", "count", "share")
        # a year the reading did not place ("After 2017 there isn't a single ... clash") is no "never": no window
        named = re.search(r"\b(?:19|20)\d\d\b", claim.sentence)
        some_time = _SOME_TIME.search(claim.sentence)
        ever = not names_earlier_time(claim.sentence) and (
            (claim.kind == "absence" and _EVER.search(claim.sentence))
            or (claim.kind == "count" and denies_never(claim.sentence))
            or _WHOLE_WAR.search(claim.sentence)
            or ((_IN_THE_DATA.search(claim.sentence) or _ALL_TOLD.search(claim.sentence)) and not some_time)
        )
        if timeless and first and last and ever and not named:
            # "The SDF never engaged ISIS in Iraq": at no time the data covers (check() gives the claim back its own
            # window, none; the note says the span judged)
            claim.start, claim.end = first, last
            whole = note("note_whole_span", start=first.isoformat(), end=last.isoformat())
            claim.notes += [whole] if whole not in claim.notes else []
        if claim.start is None or claim.end is None:
            return _verdict(claim.id, NOT_CHECKABLE, say("no_window"))
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
        everywhere = None  # a state's claim counted over every country: (its main country, events at home, anywhere)
        if place is None and self._side_nationality(claim, actor, country):
            read_country, country = country, None  # "Iraqi forces were in 5% of ISIS engagements": not only Iraq
            claim.country = None
        elif place is None and self._own_ground(claim, actor, country):
            country = claim.country = None  # "Turkish troops clashed with ISIS 50 times": where Turkey fought
            # a count's events in question are the dyad's; a share's, all the state's (its denominator)
            other = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
            dyad = other.actor.id if other and other.actor and claim.kind == "count" else None
            everywhere = self._everywhere(claim, actor, dyad)
        home = self._home_country(claim, actor.id) if country is None and everywhere is None else None
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
            vtype = violence_of(claim.measure)
            if vtype is not None:  # "most of its fighting was with non-state groups": the data types every event
                return self._violence(claim, actor, vtype, admin1)
            deadly = deadly_of(claim.measure, claim.threshold)
            if deadly is not None:  # "half of its engagements killed at least five people": the data has the deaths
                return self._lethal(claim, actor, deadly, admin1)
            return self._attribute(claim, actor)
        state_words = self._state_counterpart(claim)  # "ISIS fought the army": whose army, once the scope is known
        verdict = self._check_scoped(claim, actor, place, admin1, country, home, read_country, state_words, everywhere)
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
        judged = verdict.verdict in (SUPPORTED, CONTRADICTED, DEPENDS)
        if judged and not verdict.events and note("note_article_actor", actor=claim.actor) in claim.notes:
            # "8,584 terrorist attacks around the world" under a Washington lead naming the U.S.: the article's actor
            # has no events in this scope at all, so the sentence is about someone else
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            _say(verdict, "reason", say("article_actor_none", actor=claim.actor), append=True)
        return verdict

    def _whole_span(self, claim: Claim) -> bool:
        """The claim was read over the whole span the data covers (the sentence names no time)."""
        first, last = self.coverage
        return bool(first and last) and note("note_whole_span", start=first.isoformat(), end=last.isoformat()) in (
            claim.notes
        )

    def _dead_of_window(self, claim: Claim) -> bool:
        """'Only around 5,000 people died in fighting involving ISIS in Syria in 2016': the dead of a week or more in
        a country, of a side the sentence itself names, with every side read (no 'between X and Y' missing Y)."""
        if claim.start is None or claim.end is None or (claim.end - claim.start).days < TOTAL_DAYS:
            return False
        entry = self.lexicon.lookup(claim.actor)
        state = entry is not None and getattr(self.lexicon.registry.actors.get(entry.key), "actor_class", "") == "state"
        # the state named by its country as a side ("i konflikten mellem Tyrkiet og PKK"), not as a place ("i Tyrkiet"),
        # or by its forces ("government forces and IS clashed ..., with about 2,700 killed": the country's state)
        named = entry is not None and any(
            m.entry.key == entry.key
            or (
                m.entry.kind == "country"
                and state_id(m.entry.country or "") == entry.key
                and not located(claim.sentence, m.start)
            )
            or (state and m.entry.kind == "group" and m.entry.key == "state")
            for m in self.lexicon.mentions(claim.sentence)
        )
        named = named or (entry is not None and self._names_leader(claim.sentence, entry.key))  # "the US-led coalition"
        # "3,641 people were killed in terrorism and insurgency": a side carried from elsewhere is a guess
        # (in the toll's own clause: "The fighting between HTS and Hezbollah spilled into Lebanon: about 220 were
        # killed in HTS-related events" names the one side it counts after the colon)
        at = claim.sentence.find(claim.value_text) if claim.value_text else -1
        own = claim.sentence[own_clause_start(claim.sentence, at) :] if at > 0 else claim.sentence
        both = claim.counterpart is not None or not _BETWEEN.search(own)
        return named and claim.country is not None and both

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
        everywhere: tuple[str, int, int] | None = None,
    ) -> Verdict:
        """The verdict once the actor, place and country are settled (`state_words`: the class words a
        counterpart read as one state stood for, and the note saying so; `everywhere`: a state's claim counted over
        every country, with the country holding most of its events, the other definition)."""
        by = "admin1" if claim.kind == "concentration" else "class"
        counterpart = resolve_counterpart(self.lexicon, claim.counterpart) if claim.counterpart else None
        counterpart = apart_from_jihadists(self.lexicon, claim, counterpart)  # "the rebels ..., and ISIS in the rest"
        first = rebel_class_first(self.lexicon, claim, counterpart)  # "the regime's battles against the rebels"
        if first is not None and first is not counterpart and self._fought_class(actor.id, first.classes, claim):
            counterpart = first
        if (
            counterpart is not None
            and counterpart.actor is not None
            and (counterpart.actor.id == actor.id or counterpart.actor.id in self.ds.registry.lineage(actor.id))
        ):
            # "government forces never fought Turkish troops" read as Turkey against itself, "al-Qaeda in Iraq and its
            # successor, the Islamic State of Iraq" as one name of a lineage against another: a side was misread
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
        if self._name_taken(claim, actor, counterpart) is not None:  # "HTS in 2017": under its name, from 28 January
            scope["name_alone"] = True
        result = self.targets(actor.id, **scope)
        if result.total_events == 0 and claim.kind in ("count", "share") and self._never_a_side(actor.id):
            # "Russian jets struck 1,000 times": the data does not code the actor at all; 0 would be no finding
            return _verdict(claim.id, NOT_CHECKABLE, say("never_a_side", actor=actor_name(actor)), figure=None)
        if with_actor and claim.kind in ("count", "share") and self._never_a_side(with_actor):
            # "Russian forces were involved in 40% of the regime's battles": the data codes Russia on no side at all
            # (an ally's part is not recorded), so 0 of the regime's battles against it is no finding either
            unknown = say("never_a_side_counterpart", actor=actor_name(counterpart.actor))
            return _verdict(claim.id, NOT_CHECKABLE, unknown, figure=None)
        query = _command(actor.name, claim, by, scope_admin1, counterpart.actor.name if with_actor else None)
        if scope.get("name_alone"):
            query += " " + _flag(self.ds.registry, "name_alone", True)
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
        coarse = window_uncovered(left_out, counted)
        # a day's fight of two named sides at a town, where the town's governorate holds one event of them that day:
        # that event is the fight ("Turkish forces' fight with IS around al-Bab on 21 December 2016 killed ...")
        one_fight = claim.kind == "single_event" and with_actor is not None and counted == 1 and not coarse
        if place is not None and place.town and claim.kind != "concentration" and not one_fight:
            # no window makes a town checkable
            _say(verdict, "reason", say("town", town=place.town, admin1=place.admin1))
            verdict.figure = float(counted)
            return verdict
        if coarse and (claim.kind != "single_event" or counted == 0):
            _say(verdict, "reason", _uncovered(claim, left_out, counted))
            verdict.figure = float(counted)
            if claim.kind != "single_event":  # a year's events say nothing of one day's death toll
                words = state_words[0] if state_words else None
                verdict.indicative, danish = self._indicative(claim, actor, scope, counterpart, place, words)
                verdict.danish |= danish  # with the proxy's tolerance, when it was judged
                verdict.tolerance = verdict.indicative.get("tolerance")  # type: ignore[assignment]
                verdict.sources = sorted({*verdict.sources, *verdict.indicative["sources"]})  # type: ignore[misc]
            return verdict
        verdict = self._decide(claim, verdict, result, counterpart, place)
        if place is not None and place.town and one_fight:
            _say(verdict, "reason", say("town_one_fight", town=place.town, admin1=place.admin1), append=True)
        pair = claim.kind in ("count", "share", "absence") and verdict.verdict in (SUPPORTED, CONTRADICTED)
        filed = pair and self._filed_under_catch_all(claim, actor, counterpart, self._matching(result, counterpart))
        if filed:  # "HTS never fought the regime": the data records the regime's war with all groups as one side
            _say(verdict, "reason", filed, append=True)
            if not about_the_record(claim.sentence):  # "UCDP has zero clashes between them" is true of the record
                verdict.verdict = NOT_CHECKABLE
            return verdict
        above = _claim_range(claim)[0] > (verdict.figure or 0)  # more deaths claimed than the day-dated events hold
        if claim.kind == "single_event" and coarse and verdict.verdict == CONTRADICTED and above:
            verdict.verdict = NOT_CHECKABLE  # the coarser events may hold them
            more = say("coarse_day", start=claim.start, left_out=left_out, total=counted + left_out)
            _say(verdict, "reason", more, append=True)
        elif (
            claim.kind == "single_event"
            and coarse
            and verdict.verdict == SUPPORTED
            and claim.operator not in (">", ">=")
        ):
            # "around 70 dead on 21 February 2016" matching the day-dated events: the coarser ones may add to them
            # ("more than 140 killed" holds whatever they add)
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            more = say("coarse_day_match", start=claim.start, left_out=left_out, total=counted + left_out)
            _say(verdict, "reason", more, append=True)
        unnamed = country is None and everywhere is None
        if unnamed and verdict.verdict in (SUPPORTED, CONTRADICTED) and claim.kind in ("share", "count"):
            self._unnamed_country(claim, verdict, actor.id, scope, counterpart, place)
        if everywhere is not None:  # said before the other definitions, which include its main country
            _, k, n = everywhere
            text = say("state_everywhere", actor=actor_name(actor), k=k, n=n, home=actor.country)
            _say(verdict, "reason", text, append=True)
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
            main = everywhere[0] if everywhere is not None else None
            self._definitions(
                claim, verdict, result, counterpart, place, actor, scope, umbrella, countries, words, main
            )
        if verdict.verdict == CONTRADICTED and left_out and _claim_range(claim)[0] > (verdict.figure or 0):
            self._partly_in_window(claim, verdict, actor, scope, counterpart)  # their dead may reach the claim
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
            elif verdict.verdict == CONTRADICTED and self._whole_span(claim) and _none_for_some(claim, observed):
                # "about a dozen recorded engagements" and none at all, ever: the data does not know the pair so
                verdict.verdict = NOT_CHECKABLE
                _say(verdict, "reason", say("none_in_whole_span"), append=True)
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


def verify_claims(ds: Dyadscope, lexicon: Lexicon, claims: list[Claim]) -> list[Verdict]:
    """Verdicts for a list of claims, in order."""
    ds.ensure_resolved()
    verifier = Verifier(ds, lexicon)
    for claim in claims:  # the sides every claim of a sentence holds: a side another claim holds is not lost
        verifier.held.setdefault(claim.sentence, set()).update(
            e.key for e in (lexicon.lookup(claim.actor), lexicon.lookup(claim.counterpart)) if e is not None
        )
    return [verifier.check(claim) for claim in claims]
