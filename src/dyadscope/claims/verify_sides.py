"""How the verifier reads the sides a claim names (claims/verify.py): references with no antecedent ("the group"),
state forces of no named state, a capital or nationality, a side lost by the reading, a side named only as the one
fought ("Kampene med IS"), the means' owner of a toll, the country a claim naming none is counted in, and a group
counted from its founding. A mixin of Verifier: every method reads the store through `self.ds` and `self.targets`.
"""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.actors.registry import Actor, state_id
from dyadscope.analysis.targeting import counts_any, window_uncovered
from dyadscope.api import Dyadscope
from dyadscope.claims.clauses import located, place_word_before
from dyadscope.claims.model import Claim
from dyadscope.claims.places import adjective_country, side_country
from dyadscope.claims.resolve import (
    Counterpart,
    Lexicon,
    Mention,
    nationalities,
    resolve_actor,
    resolve_counterpart,
)
from dyadscope.claims.roles import ORGANISATION
from dyadscope.claims.verify_judge import (
    _FIGHT_WITH,
    _FOUGHT,
    _INVOLVING,
    _JIHADIST_WORDS,
    _OWNED_MEANS,
    _PLACE_REFERENCE,
    _PRONOUN,
    _STATE_CLASS,
    CONTRADICTED,
    DOMINANT,
    NOT_CHECKABLE,
    SUPPORTED,
    Verdict,
    _claim_range,
    _possessive,
    _say,
)
from dyadscope.claims.wording import Name, Num, Say, actor_name, say

# a coalition named by the state leading it: "the US-led coalition", "U.S.-led", "den USA-ledede koalition",
# "den amerikanskledede koalition"
_LED = re.compile(r"\b((?:U\.S\.|[A-Za-zÆØÅæøå]+))(?:-|\s)?led(?:ede|et|e)?\s+(?:coalition|koalition)\b", re.I)
# what the lexicon makes of "the US-led coalition": the foreign class's phrase, or the anti-IS coalition's alias
_COALITION_WORDS = (("foreign", "group"), ("global_coalition", "actor"))
# a state's own country named without its name: "at home", "on home soil", "on its own soil", "within its own
# borders", "på hjemlig grund", "på egen jord", "inden for egne grænser", "i eget land"
_AT_HOME = re.compile(
    r"\b(?:at\s+home|domestically|hjemme|på\s+hjemmebane"
    r"|(?:on|in)\s+(?:(?:its|their)\s+own|home)\s+(?:soil|ground|territory)"
    r"|in\s+(?:its|their)\s+own\s+country|(?:inside|within)\s+(?:its|their)\s+own\s+borders"
    r"|på\s+(?:hjemlig|egen|eget|(?:sin|sit|deres)\s+eg(?:en|et))\s+(?:grund|jord|territorium|område)"
    r"|i\s+(?:eget|(?:sit|deres)\s+eget)\s+land|inden\s+for\s+(?:(?:sine|deres)\s+)?egne\s+grænser)\b",
    re.I,
)
_JOINED = re.compile(r"\s+(?:and|og|&)\s", re.I)  # "Turkey and its allies", "Tyrkiet og de allierede oprørere"


class SideReading:
    """Checks of Verifier (claims/verify.py) kept here by claim kind."""

    ds: Dyadscope
    lexicon: Lexicon
    _any_counted: dict[tuple[str, bool], bool]

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
        inside = {str(r[0]): int(r[1]) for r in rows}
        met = self._dyad_countries(claim, actor_id) if claim.kind in ("share", "count") else {}
        where = max(met, key=lambda c: met[c]) if met else None
        # a count or toll is the pair's own events, so where they (nearly) all are decides; a share's denominator is
        # the actor's, so only a pair that never met in its main country moves it ("Iraqi soldiers were the enemy in
        # about 20 per cent of the Islamic State's fights" stays a share of its events in Syria, or everywhere)
        dominant = where is not None and met[where] >= DOMINANT * sum(met.values())
        elsewhere = claim.kind == "count" and dominant and where != str(rows[0][0])
        if where is not None and (not met.get(str(rows[0][0])) or elsewhere):
            # "kurdiske militser var IS' hovedfjende ... i seks ud af ti kampe", "11,700 deaths in fighting between
            # ISIS and Iraq's security forces": the two sides (nearly) never met in the actor's main country, so the
            # writer means where they did fight (the country holding most of their events)
            return where, inside.get(where, 0), sum(int(r[2]) for r in rows)
        return str(rows[0][0]), int(rows[0][1]), sum(int(r[2]) for r in rows)

    def _dyad_countries(self, claim: Claim, actor_id: str) -> dict[str, int]:
        """The events of the claim's two sides against each other inside its window, by country ({} with no
        counterpart resolved)."""
        other = resolve_counterpart(self.lexicon, claim.counterpart)
        if other is None or claim.start is None or claim.end is None:
            return {}
        mine = [f"%|{i}|%" for i in sorted(self.ds.registry.expand(actor_id))]
        if other.actor is not None:
            theirs: list[object] = [f"%|{i}|%" for i in sorted(self.ds.registry.expand(other.actor.id))]
            on_b, on_a = (" OR ".join([f"side_{x}_ids LIKE ?"] * len(theirs)) for x in "ba")
        else:
            theirs = [list(other.classes)]
            on_b, on_a = (f"list_has_any(string_split(coalesce(side_{x}_class, ''), '+'), ?)" for x in "ba")
        mine_a, mine_b = (" OR ".join([f"side_{x}_ids LIKE ?"] * len(mine)) for x in "ab")
        rows = self.ds.store.con.execute(
            f"SELECT country, count(*) FROM events WHERE ((({mine_a}) AND ({on_b})) OR (({mine_b}) AND ({on_a}))) "
            "AND date_start >= ? AND date_end <= ? AND NOT coalesce(withdrawn, false) AND country IS NOT NULL "
            "GROUP BY country",
            [*mine, *theirs, *mine, *theirs, claim.start, claim.end],
        ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows if r[1]}

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
        if _AT_HOME.search(claim.sentence):  # "engagements with Kurdish militants at home": its own country, named
            return False
        mentions = self.lexicon.mentions(claim.sentence)
        named = [m for m in mentions if m.entry.kind in ("country", "place") and m.entry.country == country]
        # "Turkey in 2016: two thirds of its fighting", "Tyrkiets kampe": the country acting is the state, no scope
        named = [m for m in named if m.entry.kind == "place" or self._scope_word(claim.sentence, m)]
        # the state's own nationality before its fights names the state, not its ground ("American strikes on
        # al-Qaida", "Turkish clashes with the PKK"); another country's ("its Syrian engagements") is the scope
        adjective = adjective_country(self.lexicon, claim.sentence)
        if named or _PLACE_REFERENCE.search(claim.sentence) or adjective not in (None, actor.country):
            return False
        return side_country(self.lexicon, claim.sentence) is None

    @staticmethod
    def _scope_word(sentence: str, m: Mention) -> bool:
        """A country named by `m` is the scope ('in Turkey', 'i Tyrkiet', 'into Syria'), or acts with another side
        the reading may not hold ('Tyrkiet og de allierede oprørere ... stødte sammen med SDF'), not the state
        acting alone."""
        joined = _JOINED.match(sentence, m.end) is not None
        return located(sentence, m.start, near=False) or place_word_before(sentence, m.start) or joined

    def _everywhere(self, claim: Claim, actor: Actor, counterpart_id: str | None) -> tuple[str, int, int] | None:
        """A state's count or share naming no place (_own_ground) is counted over every country when its own country
        holds less than DOMINANT of the events in question inside the window (the dyad's, with a named other side;
        else all the state's): 'Turkish forces fought ISIS 84 times in 2016' (11 at home, 72 in Syria), 'two thirds
        of Turkey's fighting in 2016' (196 of 279 at home). A state is one army wherever it fights; only a war
        fought nearly all at home ('Den irakiske hær kæmpede mod IS knap 500 gange i 2015': 497 of 589) is read
        there. Returns (the country holding most of those events, the other definition; events at home; events
        anywhere), or None when the home reading stands or the data cannot place the events in the window."""
        if claim.start is None or claim.end is None:
            return None
        other = "AND (side_a_ids LIKE ? OR side_b_ids LIKE ?)" if counterpart_id else ""
        rows = self.ds.store.con.execute(
            "SELECT country, count(*) FROM events WHERE (side_a_ids LIKE ? OR side_b_ids LIKE ?) "
            f"AND date_start >= ? AND date_end <= ? AND country IS NOT NULL {other} GROUP BY country "
            "ORDER BY count(*) DESC",
            [f"%|{actor.id}|%"] * 2 + [claim.start, claim.end] + [f"%|{counterpart_id}|%"] * (2 if other else 0),
        ).fetchall()
        total = sum(int(n) for _, n in rows)
        at_home = sum(int(n) for c, n in rows if c == actor.country)
        if len(rows) < 2 or at_home >= DOMINANT * total:
            return None  # one country, or a war fought (nearly) all at home: counted there, as before
        wide = self.targets(actor.id, country=None, start=claim.start, end=claim.end)
        left_out = wide.caveats.uncertain_date_left_out
        if window_uncovered(left_out, wide.total_events):
            return None  # Turkey's own events are dated only to the year: a quarter is counted where it can be
        return str(rows[0][0]), at_home, total

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
        # "the army's main enemy: ... government engagements": the words' own group named again in other words
        own = self.lexicon.lookup(words)
        held |= {own.key} if own is not None and own.kind == "group" else set()
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

    def _fought_class(self, actor_id: str, classes: tuple[str, ...], claim: Claim) -> bool:
        """Whether the store has an event of the actor against one of the classes (coalitions with them included) in
        the claim's window and country (any country when none is named); True when the claim has no window."""
        if claim.start is None or claim.end is None:
            return True
        ids = sorted(self.ds.registry.expand(actor_id))
        mine = " OR ".join(["side_{0}_ids LIKE ?"] * len(ids))
        theirs = " OR ".join(["side_{1}_class LIKE ?"] * len(classes))
        pair = f"(({mine}) AND ({theirs}))"
        row = self.ds.store.con.execute(
            "SELECT count(*) FROM events WHERE date_start <= ? AND date_end >= ? AND (? IS NULL OR country = ?) "
            f"AND ({pair.format('a', 'b')} OR {pair.format('b', 'a')})",
            [claim.end, claim.start, claim.country, claim.country]
            + ([f"%|{i}|%" for i in ids] + [f"%{c}%" for c in classes]) * 2,
        ).fetchone()
        return bool(row and row[0])

    def _led_coalition(self, claim: Claim) -> list[Say]:
        """'the US-led coalition', 'den USA-ledede koalition' as a side, where the store records coalition sides
        with that state in the claim's scope (UCDP's 2003 invasion of Iraq: Australia, the United Kingdom and the
        United States as one side): the side is the leading state, whose count takes in the coalitions it fought in
        (targets counts coalitions on either side), set as the claim's and said in the verdict. Where the store has
        no such side (the anti-IS coalition's strikes, which UCDP does not code as a coalition) the words keep their
        reading. Returns the notes (empty when no side is such a coalition)."""
        said: list[Say] = []
        for field in ("actor", "counterpart"):
            words = getattr(claim, field)
            entry = self.lexicon.lookup(words) if words else None
            foreign = self.lexicon.class_group("foreign_state")  # the label stands for the words on a toll's side
            named = entry is not None and (entry.key, entry.kind) in _COALITION_WORDS
            if not (named or (foreign is not None and words == foreign.label)):
                continue
            for found in _LED.finditer(claim.sentence):
                leader = self._leader(found.group(1))
                if leader is None or leader.name in (claim.actor, claim.counterpart):
                    continue
                n = self._coalition_events(leader.id, claim)
                if n:
                    setattr(claim, field, leader.name)
                    said.append(say("led_coalition", words=found.group(0), actor=actor_name(leader), n=Num(n)))
                    break
        return said

    def _leader(self, word: str) -> Actor | None:
        """The state a nationality or country name before '-led' names ('US', 'American', 'USA', 'amerikansk')."""
        for actor_id, adjectives in nationalities().items():
            if any(word.casefold() == a.casefold() for a in adjectives):
                return self.ds.registry.actors.get(actor_id)
        entry = self.lexicon.lookup(word)  # "USA-ledede": the state's own name, or its country's
        if entry is not None and entry.kind == "country" and entry.country:
            entry = self.lexicon.lookup(state_id(entry.country))
        state = self.ds.registry.actors.get(entry.key) if entry is not None and entry.kind == "actor" else None
        return state if state is not None and state.actor_class == "state" else None

    def _names_leader(self, sentence: str, actor_id: str) -> bool:
        """The sentence names the state as the leader of a coalition ('the US-led coalition'): the state is named."""
        return any((leader := self._leader(m.group(1))) and leader.id == actor_id for m in _LED.finditer(sentence))

    def _coalition_events(self, actor_id: str, claim: Claim) -> int:
        """The events in the claim's window (and country, if named) where the state is one of several on a side."""
        if claim.start is None or claim.end is None:
            return 0
        row = self.ds.store.con.execute(
            "SELECT count(*) FROM events WHERE date_start <= ? AND date_end >= ? AND (? IS NULL OR country = ?) AND ("
            "(side_a_ids LIKE ? AND length(side_a_ids) - length(replace(side_a_ids, '|', '')) >= 3) OR "
            "(side_b_ids LIKE ? AND length(side_b_ids) - length(replace(side_b_ids, '|', '')) >= 3))",
            [claim.end, claim.start, claim.country, claim.country, f"%|{actor_id}|%", f"%|{actor_id}|%"],
        ).fetchone()
        return int(row[0]) if row else 0

    def _unit_as_parent(self, claim: Claim) -> list[Say]:
        """A side named by a unit the store never records as a side, whose organisation (the registry's `parent`) it
        does record: UCDP files the Khorasan group's events under al-Qaida, the IS Khorasan province's under IS. The
        side is set to the organisation (read the way the data records it, as a renamed group's other names are), and
        the notes saying so are returned for the verdict (`_as_part` judges the figure as a bound); empty when no side
        is such a unit."""
        said: list[Say] = []
        for field in ("actor", "counterpart"):
            words = getattr(claim, field)
            unit = resolve_actor(self.lexicon, words) if words else None
            parent = self.ds.registry.actors.get(unit.parent or "") if unit is not None else None
            if unit is None or parent is None or self._counted(unit.id, False) or not self._counted(parent.id, False):
                continue
            setattr(claim, field, parent.name)
            said.append(say("unit_as_parent", unit=actor_name(unit), parent=actor_name(parent)))
        return said

    @staticmethod
    def _as_part(claim: Claim, verdict: Verdict) -> None:
        """A claim about a unit counted as its whole organisation (`_unit_as_parent`): the organisation's events hold
        the unit's, so a figure above them is contradicted and one within the tolerance of them supported (the writer
        counted the unit as the data records it), but a figure below them may be the unit's part of them, and an
        absence against events of the organisation may be true of the unit: not checkable, said so. A share of the
        organisation's events is not the unit's share: not checkable."""
        decided = verdict.as_counted or verdict.verdict
        if claim.kind in ("share", "concentration", "attribute_share") and decided in (SUPPORTED, CONTRADICTED):
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            _say(verdict, "reason", say("unit_share"), append=True)
        elif claim.kind == "absence" and decided == CONTRADICTED:
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            _say(verdict, "reason", say("unit_absence"), append=True)
        elif decided == CONTRADICTED and verdict.figure is not None and _claim_range(claim)[1] < verdict.figure:
            verdict.verdict, verdict.as_counted, verdict.alternatives = NOT_CHECKABLE, None, []
            _say(verdict, "reason", say("unit_part"), append=True)

    def _never_a_side(self, actor_id: str) -> bool:
        """True when the store has no event at all with the actor as a side (any place, any time)."""
        return not self._counted(actor_id, False)

    def _a_side(self, actor_id: str) -> bool:
        """True when the store records events under this very name (its lineage not counted)."""
        return self._counted(actor_id, True)

    def _counted(self, actor_id: str, name_alone: bool) -> bool:
        """Whether the store counts any event of the actor (analysis.targeting.counts_any), memoised."""
        key = (actor_id, name_alone)
        if key not in self._any_counted:
            self._any_counted[key] = counts_any(self.ds.store.con, self.ds.registry, actor_id, name_alone)
        return self._any_counted[key]
