"""Which country a claim is about: the place's, a country named as scope, else the sides' home, said in a note."""

from __future__ import annotations

from dyadscope.actors.registry import Actor
from dyadscope.claims.clauses import LEAD, in_side, located, place_word_before, relative_spans, side_spans
from dyadscope.claims.model import Claim
from dyadscope.claims.places import THE_COUNTRY, adjective_country, backs, owns, side_country
from dyadscope.claims.resolve import Lexicon, Mention
from dyadscope.claims.roles import Participant
from dyadscope.claims.wording import note


def home(lexicon: Lexicon, name: str | None) -> str | None:
    """The home country of a named actor in the registry (the SDF: SYR), or None."""
    found = _registered(lexicon, name)
    return found.country if found is not None else None


def _registered(lexicon: Lexicon, name: str | None) -> Actor | None:
    """The registry actor a side's name or words stand for ("de irakiske styrker": Iraq's government), or None."""
    found = lexicon.registry.find_or_none(name) if name else None
    entry = lexicon.lookup(name) if found is None and name else None
    return lexicon.registry.actors.get(entry.key) if entry is not None and entry.kind == "actor" else found


def sentence_country(
    lexicon: Lexicon, sentence: str, mentions: list[Mention], place: str | None, actor: str | None
) -> str | None:
    """The place's country, else a country named as scope, else the country of a state actor."""
    for m in mentions:
        if m.entry.kind == "place" and m.entry.label == place:
            return m.entry.country
    # "Turkey's incursion", "Iraq's army": a country owning something is the side acting, not the scope; nor is
    # one acting in a fronted clause ("Da Tyrkiet rykkede ind, kæmpede SDF ...") or in a side clause after the claim
    # (", while Turkey attacked the SDF in Afrin", ", selvom Tyrkiet angreb SDF")
    lead = LEAD.match(sentence)
    side = [s for s in side_spans(sentence) if s.kind == "clause"]
    fronted = lambda m: (  # noqa: E731
        ((lead and m.end <= lead.end()) or in_side(sentence, m.start, spans=side))
        and not place_word_before(sentence, m.start)
    )
    # "Den tyrkiske hær, der i 2016 havde en operation i det nordlige Syrien, rettede ...": where the side was besides
    relative = relative_spans(sentence)
    countries = [
        m
        for m in mentions
        if m.entry.kind == "country"
        and not backs(sentence, m)
        and not in_side(sentence, m.start, spans=relative)
        and (located(sentence, m.start, near=False) or not (owns(lexicon, m) or fronted(m)))
    ]
    # "Turkey's engagements in Syria": the country after a locative word is the scope, not the one acting.
    for m in sorted(countries, key=lambda m: not located(sentence, m.start, near=False)):
        return m.entry.country
    if actor:
        found = _registered(lexicon, actor)
        if found and found.actor_class == "state":
            return found.country
    return None


def claim_country(
    lexicon: Lexicon,
    sentence: str,
    mentions: list[Mention],
    place: str | None,
    actor: str | None,
    counterpart: str | None,
    counter_part: Participant | None,
    previous: Claim | None,
    prev_scope: tuple[str, str | None] | None,
    last_country: str | None = None,
) -> tuple[str | None, str | None]:
    """The claim's country and, when it came from a side's home rather than the text, the note that says so."""
    # "Iraqi forces ... on the Syrian side of the border": the side named is the scope, not the state acting
    side = None if place else side_country(lexicon, sentence)
    country = side or sentence_country(lexicon, sentence, mentions, place, counterpart)
    country = country or adjective_country(lexicon, sentence)
    named = [m.entry.country for m in mentions if m.entry.kind == "place"]
    if country is None and place is None and len(named) >= 2 and len(lands := set(named)) == 1:
        country = lands.pop()  # "i Jableh og Tartus": no one place, but one country
    home_note = None
    named_scope = side or sentence_country(lexicon, sentence, mentions, place, None)
    named_scope = named_scope or adjective_country(lexicon, sentence)
    if named_scope is None and country and (own := home(lexicon, actor)) and own != country:
        # "the SDF fought Turkish troops in 30% of their engagements": a foreign state's forces as the other
        # side do not move the actor's events to that state's ground; where the actor is, said in a note
        country, home_note = own, note("note_based", country=own, actor=actor)
    if country is None and last_country and THE_COUNTRY.search(sentence):
        country = last_country  # "In Iraq the Peshmerga were strongest. ISIS fought 400 battles in that country"
    if country is None and previous is not None and (previous.actor == actor or THE_COUNTRY.search(sentence)):
        country = previous.country  # "during the same period", "in the country": the scope before
    if (
        country is None
        and prev_scope
        and prev_scope[0] == actor
        and not any(m.entry.kind in ("place", "country") for m in mentions)
    ):
        country = prev_scope[1]  # the country the sentence before gave the same actor
    if country is None and (there := home(lexicon, counterpart)) and there != home(lexicon, actor):
        country = there  # "tyrkiske styrker og SDF kæmpede mod hinanden": where the SDF is, not Turkey
        home_note = note("note_based", country=there, actor=counterpart)
    if country is None and counter_part is not None and counter_part.examples:
        known = [lexicon.registry.actors[k] for k in counter_part.examples if k in lexicon.registry.actors]
        homes = {a.country for a in known}
        if len(homes) == 1 and (there := homes.pop()):  # "rebels, including Jabhat al-Nusra": where they fight
            country = there
            home_note = note("note_based", country=there, actor=counter_part.label)
    if country is None:  # "Iraqi security forces battled IS": a state's forces, at home unless a place is named
        country = sentence_country(lexicon, sentence, [], None, actor)
    if country is None and (there := home(lexicon, counterpart) or home(lexicon, actor)):
        country = there  # "ISIS fought the SDF in half of its battles": where the SDF fights, said in a note
        home_note = note("note_based", country=there, actor=counterpart if home(lexicon, counterpart) else actor)
    return country, home_note
