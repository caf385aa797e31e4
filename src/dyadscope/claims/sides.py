"""Whose figure it is: the noun a figure measures, and the actor and counterpart of its claim.

roles.py tags the participants of a sentence and assigns them around a noun; this module applies those rules to one
figure in its sentence: which participants are in the figure's own part of the sentence, the special shapes
("UCDP registrerede 2.850 kampe med IS", "the SDF's share of the fighting", "attacks on civilians were carried out by
IS", several shares each with its own counterpart), and the fallbacks from the article (the noun's last actor, the
previous claim, the topic of "they were N%").
"""

from __future__ import annotations

import itertools
from typing import Protocol

from dyadscope import recache as re
from dyadscope.actors.registry import state_id
from dyadscope.claims.clauses import APPOSITION, CLAUSE_BREAK, COMMENT, CONCESSIVE, LEAD
from dyadscope.claims.figure_patterns import ONE_EVENT
from dyadscope.claims.figures import Figure
from dyadscope.claims.kinds.shares import only_its_year
from dyadscope.claims.model import Claim
from dyadscope.claims.places import MEASURE_NOUNS
from dyadscope.claims.resolve import Lexicon, Mention, is_capital
from dyadscope.claims.roles import PRONOUN, Participant, assign, noun_owner
from dyadscope.claims.shapes import (
    COORDINATE,
    THAT_WAS,
    THEY_WERE,
    class_side,
    elliptic_sides,
    joined_side,
    owner_of_its,
    perpetrator_share,
    share_of_fighting,
    share_of_fighting_against,
    viewpoint_sides,
)
from dyadscope.claims.verbs import FIGHT_VERB

_IN_SHARE = re.compile(r"\s+(?:in|i)\s+(?:(?:just|only|about|around|some|roughly|kun|blot|omkring|cirka|ca\.)\s+)?")
_OF_WHICH = re.compile(r"\s+(?:of|af)\s+(?:which|them|those|these|dem|disse|hvilke)\b", re.I)
_WITH_ONLY = re.compile(
    # "more than a thousand clashes involved the regime", "kampe involverede regimet": the verb as well
    rf"\b(?:{MEASURE_NOUNS}|{ONE_EVENT})\s+(?:with|involving|involved|med|med\s+deltagelse\s+af|med\s+involvering\s+af|"
    r"involverede)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# Class groups that are no acting class of their own: the state's forces are the state of the claim's country (or,
# with none, the state verify.py finds dominating them), civilians are one registry side, and "the coalition" is
# mostly the US-led coalition, one registry actor.
_NOT_A_CLASS = ("state", "civilians", "foreign")


class Known(Protocol):
    """What the reader knows from the article so far, as the sides of a figure need it."""

    lexicon: Lexicon
    states: frozenset[str]
    noun_actor: dict[str, str]
    topic: str | None
    last_actor: str | None
    last_alone: bool  # whether last_actor was named alone, not as one of a list


# the counted noun and its sides right after it: "135 sammenstød mellem Den Syriske Nationale Hær og SDF"
_NOUN_BETWEEN = re.compile(r"\s+(?:registered\s+|recorded\s+|registrerede\s+)?(?:between|mellem)\s+", re.I)


def noun_between(
    sentence: str, parts: list[Participant], noun: tuple[int, int] | None
) -> tuple[Participant, Participant] | None:
    """The two sides of 'N clashes between X and Y' written right after the counted noun, else None: they are the
    count's sides whoever owns the campaign the sentence frames it in ("Under Tyrkiets offensiv ... 135 sammenstød
    mellem SNA og SDF" counts the SNA's fights with the SDF, not Turkey's)."""
    if noun is None or not (match := _NOUN_BETWEEN.match(sentence, noun[1])):
        return None
    after = [p for p in parts if p.start >= match.end() and p.kind in ("actor", "group") and p.label]
    if len(after) < 2 or not re.fullmatch(r"(?:the\s+)?", sentence[match.end() : after[0].start], re.I):
        return None
    if not re.fullmatch(r"\s*(?:and|og)\s*(?:the\s+)?", sentence[after[0].end : after[1].start], re.I):
        return None
    return (after[0], after[1]) if after[0].label != after[1].label else None


def between(sentence: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """'between X and Y' / 'mellem X og Y': X's canonical name and Y as written (a state's name for a capital)."""
    match = re.search(r"\b(?:between|mellem)\s+", sentence, re.I)
    if not match:
        return None
    after = [m for m in mentions if m.start >= match.end() and m.entry.kind in ("actor", "group")]
    if len(after) >= 2 and re.fullmatch(r"\s*(?:and|og)\s*", sentence[after[0].end : after[1].start], re.I):
        second = after[1]
        # "between the Kurds and Damascus": the capital stands for its state, which its written name would lose;
        # any other side stays as written ("ISIS", resolved later like every side)
        acting = second.entry.kind == "actor" and is_capital(second.text)
        return after[0].entry.label, second.entry.label if acting else second.text
    return None


# a clause after a toll that tells the fight it happened in: ", hvor tyrkiske soldater kæmpede mod IS", ", da IS angreb"
_FIGHT_CLAUSE = re.compile(r",\s+(?:hvor|da|where|when|as)\s+", re.I)


def fight_clause_sides(
    sentence: str, end: int, parts: list[Participant]
) -> tuple[Participant | None, Participant | None]:
    """The sides of the fight a clause right after a toll names (its subject acts), else (None, None)."""
    clause = _FIGHT_CLAUSE.search(sentence, end)
    if clause is None or not re.fullmatch(r"[^,;:.]*", sentence[end : clause.start()]):
        return None, None
    stop = re.compile(r"[,;:]|\.(?:\s|$)").search(sentence, clause.end())
    limit = stop.start() if stop else len(sentence)
    if not FIGHT_VERB.search(sentence[clause.end() : limit]):
        return None, None
    inside = [p for p in parts if clause.end() <= p.start < limit and p.kind in ("actor", "group")]
    return assign(sentence, inside, None, clause.end()) if inside else (None, None)


def noun_key(noun: str | None) -> str | None:
    """The measured noun as a key for the actor it was last tied to ("counter-terrorism operations")."""
    if not noun:
        return None
    return re.sub(r"[- ]", "", noun.lower())


def noun_of(sentence: str, figure: Figure) -> tuple[int, int] | None:
    """Where the noun the figure measures is: the first event noun after it (within a clause), else the last before."""
    inside = re.search(rf"\b(?:{MEASURE_NOUNS}|times|gange)$", sentence[figure.start : figure.end], re.I)
    if figure.kind == "count" and inside:  # "about 40 clashes involving the Islamic State": the count's own noun
        return figure.start + inside.start(), figure.end
    named = re.search(rf"\b{re.escape(figure.noun)}\b", figure.text, re.I) if figure.noun else None
    if figure.kind == "share" and named:  # "one clash in ten": the share's own noun, inside it
        return figure.start + named.start(), figure.start + named.end()
    tail = re.search(rf"\b(?:{MEASURE_NOUNS})\b", sentence[figure.end : figure.end + 120], re.I)
    # "practically every ISIS engagement", "hver tiende kamp, som IS udkæmpede"
    if tail is None and re.search(r"\b(?:every|hver|hvert)(?:\s+\w+)?$", figure.text, re.I):
        tail = re.search(rf"\b(?:{ONE_EVENT})\b", sentence[figure.end : figure.end + 60], re.I)
    if _OF_WHICH.match(sentence[figure.end :]):
        tail = None  # "operations, more than two-thirds of which were airstrikes": the noun before
    if tail:
        return figure.end + tail.start(), figure.end + tail.end()
    head = list(re.finditer(rf"\b(?:{MEASURE_NOUNS})\b", sentence[: figure.start], re.I))
    return (head[-1].start(), head[-1].end()) if head else None


def measure_of(sentence: str, figure: Figure, noun: tuple[int, int] | None) -> str | None:
    """What the figure counts: its own noun, else the noun found in the sentence, lower-cased."""
    if figure.noun:
        return figure.noun
    return sentence[noun[0] : noun[1]].lower() if noun else None


def actor_name(lexicon: Lexicon, part: Participant | None, country: str | None) -> str | None:
    """A participant as a registry actor name; 'government forces' become the state of the claim's country."""
    if part is None:
        return None
    if part.kind == "group" and part.key == "state" and country:
        state = lexicon.registry.actors.get(state_id(country))
        return state.name if state else None
    return part.label if part.kind == "actor" else None


def co_actors(sentence: str, mentions: list[Mention], claim: Claim) -> list[Mention]:
    """Actors joined to the claim's actor by 'and'/'og' that are not its counterpart."""
    sides = [m for m in mentions if m.entry.kind in ("actor", "group")]
    names = {claim.actor, claim.counterpart}
    out = []
    for a, b in itertools.pairwise(sides):
        if re.match(r"\s*/", sentence[b.end :]):
            continue  # "Regimet og YPG/SDF": two names of one side (roles._two_names_one_side), no second actor
        if re.fullmatch(r"\s*(?:,|and|og)\s*(?:the\s+)?", sentence[a.end : b.start], re.I):
            labels = {a.entry.label, b.entry.label, a.text, b.text}
            if claim.actor in labels and not labels & ({claim.counterpart} - {None}):
                out.append(b if b.entry.label not in names and b.text not in names else a)
    return out


def _in_scope(sentence: str, fig: Figure, parts: list[Participant], stop: int) -> list[Participant]:
    """The participants of the figure's own part of the sentence."""
    # A count's participants are those before the next figure ("174 battles, half of them against IS"), a toll's
    # before the next number ("killed some 38,000, fewer than one in fifty of them in fighting with ISIS").
    scope = parts if fig.kind not in ("count", "deaths") else [p for p in parts if p.start < stop]
    own_clause = [m.end() for m in COORDINATE.finditer(sentence, 0, fig.start)] if fig.kind == "count" else []
    colons = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, fig.start)] if fig.kind in ("count", "deaths") else []
    opens = next((p for p in scope if colons and p.start >= colons[-1]), None)
    if opens is not None and opens.kind == "actor" and opens.key is not None:
        # "Lebanon did not escape the spillover: IS was involved in 43 events": the clause after it names its actor
        own_clause = sorted([*own_clause, colons[-1]])
    first = next((p for p in scope if own_clause and p.start >= own_clause[-1]), None)
    if first is not None and first.kind in ("actor", "group") and first.text.lower() not in ("it", "they"):
        scope = [p for p in scope if p.start >= own_clause[-1]]  # ", mens kurderne kæmpede mod den 1.345 gange"
    lead = LEAD.match(sentence)
    if lead and lead.end() <= fig.start and any(p.start >= lead.end() for p in scope):
        scope = [p for p in scope if p.start >= lead.end()]  # "After Turkey's incursion began, SNA fighters ..."
    for aside in CONCESSIVE.finditer(sentence, 0, fig.start):  # "Turkey's army, for all the talk of its war on ..."
        scope = [p for p in scope if not aside.start() <= p.start < aside.end()]
    for aside in APPOSITION.finditer(sentence, 0, fig.start):  # "al-Qaeda in Iraq, the forerunner of the Islamic ..."
        if aside.end() <= fig.start:
            scope = [p for p in scope if not aside.start() <= p.start < aside.end()]
    if (comment := COMMENT.search(sentence, fig.end)) is not None:  # ", hvilket gør det vanskeligt at tale om ..."
        scope = [p for p in scope if p.start < comment.start()]
    return scope


def figure_sides(
    known: Known,
    sentence: str,
    fig: Figure,
    figures: list[Figure],
    parts: list[Participant],
    noun: tuple[int, int] | None,
    key: str | None,
    stop: int,
    country_hint: str | None,
    previous: Claim | None,
    in_place: bool,
) -> tuple[str | None, str | None, Participant | None]:
    """The figure's actor and counterpart as names, and the counterpart's participant (see the module docstring)."""
    lexicon = known.lexicon
    scope = _in_scope(sentence, fig, parts, stop)
    actor_part, counter_part = assign(sentence, scope, noun, fig.start, known.noun_actor.get(key or ""))
    if (
        fig.kind == "count"
        and actor_part is None
        and counter_part is not None
        and counter_part.kind == "actor"
        and not any(p.start < counter_part.start for p in scope)
        and _WITH_ONLY.search(sentence[max(0, counter_part.start - 60) : counter_part.start])
    ):  # "UCDP registrerede 2.850 kampe med Islamisk Stat": the only side named is the one whose events count
        actor_part, counter_part = counter_part, None
    pair = noun_between(sentence, parts, noun) if fig.kind == "count" else None
    if pair is not None:
        actor_part, counter_part = pair
    view = viewpoint_sides(sentence, scope) if fig.kind in ("share", "count") and pair is None else None
    if view is not None and (actor_part is None or actor_part.label != view[0].label):
        # "it's still ISIS for the SDF, two out of three clashes": the SDF's clashes, unless the noun has an owner of
        # its own other than the viewer (the army's, "hærens", is the viewing state's)
        viewer, other = view
        owner = noun_owner(sentence, scope, noun)
        state = getattr(lexicon.registry.actors.get(viewer.key or ""), "actor_class", None) == "state"
        pronoun = owner is not None and PRONOUN.fullmatch(owner.text) is not None  # "dets kampe": the viewer's
        if owner is None or pronoun or owner.label == viewer.label or (state and owner.key == "state"):
            if other is None:  # the other side: not the viewer, nor the viewing state's own forces
                sides = [counter_part, actor_part, *(p for p in scope if p.kind in ("actor", "group"))]
                mine = {"state"} if state else set()
                sides = [p for p in sides if p is not None and p.key not in mine]
                other = next((p for p in sides if p.label not in (None, viewer.label)), None)
            actor_part, counter_part = viewer, other
    if fig.kind == "deaths" and actor_part is None and counter_part is None:
        # "mistede omkring 50 livet ved al-Bab, hvor tyrkiske soldater kæmpede mod IS": the fight of the toll's place
        actor_part, counter_part = fight_clause_sides(sentence, fig.end, parts)
    share_of = share_of_fighting(sentence, scope) if fig.kind == "share" else None
    if share_of is None and fig.kind == "share":  # "Peshmerga stod for en tredjedel af kampene mod IS": IS's events
        share_of = share_of_fighting_against(sentence, fig.start, fig.end, scope)
    if share_of is not None:  # "the SDF's share of the fighting against ISIS": a share of ISIS's events
        actor_part, counter_part = share_of
    elliptic = elliptic_sides(sentence, fig.kind, fig.start, fig.end, parts)
    if elliptic is not None:  # ", mens regimet stod for under en procent af sine": the subject's own, same side
        actor_part, counter_part = elliptic
    owned = owner_of_its(sentence, (fig.start, fig.end), actor_part, counter_part) if fig.kind == "share" else None
    if owned is not None:  # "the rebels fought ISIS in nearly half of its engagements": ISIS's events
        actor_part, counter_part = owned
    inverted = perpetrator_share(sentence, scope, noun, fig.start) if fig.kind == "share" else None
    if inverted is not None:  # "three in four attacks on civilians were carried out by ISIS"
        civ = inverted[0]
        label = lexicon.registry.actors[civ.key].name if civ.key in lexicon.registry.actors else None
        actor_part = Participant(civ.start, civ.end, civ.text, label, "actor", civ.key)
        counter_part = inverted[1]
    shares = [f for f in figures if f.kind == "share"]
    if fig.kind == "share" and len(shares) > 1 and inverted is None and share_of is None and elliptic is None:
        # "43% against the regime, 17% against the SDF and 40% against rebels": each its own counterpart
        at = shares.index(fig)
        low = shares[at - 1].end if at else 0
        pieces = [m.end() for m in re.finditer(r",|;|\s(?:and|og|while|mens)\s", sentence[low : fig.start])]
        low += pieces[-1] if pieces else 0
        high = shares[at + 1].start if at + 1 < len(shares) else len(sentence)
        # "..., mens regimet stod for godt en tredjedel": the next clause's subject is the next share's owner
        high = next((m.start() for m in COORDINATE.finditer(sentence, fig.end, high)), high)
        cut = re.search(r",|;|\s(?:and|og|while|mens)\s", sentence[fig.end : high]) if at + 1 < len(shares) else None
        high = fig.end + cut.start() if cut else high  # "..., the SDF in 20% and the rebels in 30%": not the next's
        if counter_part is None or not low <= counter_part.start < high:
            own_side = [
                p for p in scope if fig.end <= p.start < high and p.kind in ("actor", "group") and p is not actor_part
            ]
            # "fought the Kurds in 28 per cent of its engagements and rebel groups in 17 per cent": the side
            # named in the share's own part, before it
            before = [
                p
                for p in scope
                if low <= p.start < fig.start
                and p.kind in ("actor", "group")
                and p is not actor_part
                and _IN_SHARE.fullmatch(sentence[p.end : fig.start])
            ]
            # "18% of its fights were with ISIS in 2015, 20% in 2016": a share with only its year keeps the side
            # named after a counterpart word (never a side the sentence names otherwise: "Iraq, 2017 - ...; Anbar, 20%")
            again = counter_part is not None and counter_part.marked and only_its_year(sentence, fig, low, high)
            kept = counter_part if again else None
            counter_part = own_side[0] if own_side else (before[-1] if before else kept)
    actor = actor_name(lexicon, actor_part, country_hint)
    # "The army fought the Islamic State over 900 times": the sides in the order written; verify.py reads the army
    # as the state dominating state forces' events in the scope, never as the article's last actor
    # (only where the army is written, not "den", and the sentence names no third side, which the verifier could
    # not account for: "Hæren stod over for gruppen 1.130 gange, mens kurderne ...")
    two = {actor_part.label if actor_part else None, counter_part.label if counter_part else None}
    # "Rebels ... remained the army's main enemy: ... government engagements were with rebel groups": the same two
    # sides named again in other words (the same group or state forces) are no third side
    keys = {p.key for p in (actor_part, counter_part) if p is not None and p.kind == "group" and p.key}
    alone = all(p.label in two or p.key in keys for p in parts if p.kind in ("actor", "group"))
    written = lexicon.lookup(actor_part.text) if actor_part is not None else None
    state = written is not None and written.key == "state" and alone
    state_acts = state and class_side(fig.kind, actor, actor_part, counter_part)
    if class_side(fig.kind, actor, actor_part, counter_part) and not state_acts:
        # "Hæren og IS stødte sammen 600 gange", "kurderne kæmpede mod den 1.345 gange": a count between a
        # class and one actor is the same events counted from the actor's side, against the class
        actor_part, counter_part = counter_part, actor_part
        actor = actor_name(lexicon, actor_part, country_hint)
    if actor is None and actor_part is not None and actor_part.kind == "group" and actor_part.key not in _NOT_A_CLASS:
        actor = actor_part.label  # "Rebel groups were involved in 60% of the clashes": the class acts (verify.py)
    if actor is None and key and key in known.noun_actor and not state_acts:
        actor = known.noun_actor[key]
    if actor is None and not state_acts:
        actor = previous.actor if previous else (known.last_actor if known.last_alone else None)
        entry = lexicon.lookup(actor) if actor else None
        if entry is not None and entry.kind == "group" and entry.key not in _NOT_A_CLASS:
            actor = None  # a class acts only where the sentence names it: "the group had 374 clashes" is no class's

    counterpart = None
    if counter_part is not None:
        counterpart = actor_name(lexicon, counter_part, country_hint) if counter_part.kind != "group" else None
        counterpart = counterpart or counter_part.label
        if counter_part.kind == "group" and counter_part.key == "state":
            # "den syriske hær var IS' modstander: ... mod regeringsstyrkerne": the one state the sentence names
            # (not one named in an apposition: "In 2015, the year Russia intervened, ... with government forces")
            asides = [(m.start(), m.end()) for m in APPOSITION.finditer(sentence)]
            named = {
                p.label
                for p in parts
                if p.kind == "actor" and p.label in known.states and not any(a <= p.start < b for a, b in asides)
            } - {actor}
            counterpart = named.pop() if len(named) == 1 else counterpart
            others = [p for p in parts if p.kind in ("actor", "group") and p.key != "state" and p.label]
            others = [p for p in others if (actor_name(lexicon, p, country_hint) or p.label) != actor]
            if not named and actor in known.states and len(others) == 1:
                # "regeringens hovedmodstander var IS, som stod over for regeringen i tre af fire kampe": the
                # government is the actor's own side; the one other side named is the counterpart
                counter_part = others[0]
                counterpart = actor_name(lexicon, counter_part, country_hint) or counter_part.label
            elif actor is not None and actor_name(lexicon, counter_part, country_hint) == actor:
                # "Rif Dimashq was the army's busiest battlefield, about a quarter of all government engagements":
                # the country's forces are its state, the actor itself named again
                counterpart = actor
    if in_place:
        counterpart = None
    if counterpart == actor:
        counterpart = None  # "the army's battles ... the Assad family's heartland": one side, named twice
        joined = joined_side(sentence, scope, counter_part)
        if joined is not None:  # "Damascus and the Kurds clashed in ... government engagements": the other one
            counterpart = actor_name(lexicon, joined, country_hint) or joined.label
    if counterpart is None and fig.kind == "share" and known.topic and THEY_WERE.search(sentence[: fig.start]):
        counterpart = known.topic  # "Angreb på civile ... I 2018 var de fire procent af gruppens hændelser"
    if counterpart is None and fig.kind == "share" and previous is not None and THAT_WAS.match(sentence):
        counterpart = previous.counterpart  # "Det var over 90 procent af gruppens kampe": those of the claim before
    return actor, counterpart, counter_part
