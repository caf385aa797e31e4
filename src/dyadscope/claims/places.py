"""Where a claim is: its place in the sentence, shares of land, concentration verbs, countries as scope.

A place is the governorate or town named in the figure's own clause, after a locative word first ("in Raqqa
province"); side clauses ("during the siege of eastern Aleppo", a leading "After ...,") and place names that name
an operation ("the Afrin campaign") are not the claim's place. extract.py asks these questions of each figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dyadscope.claims.figures import EVENT_NOUNS, Figure
from dyadscope.claims.resolve import Lexicon, Mention, nationalities
from dyadscope.claims.unread import side_clauses

MEASURE_NOUNS = (
    rf"{EVENT_NOUNS}|fighting|violence|killings|massacres|energy|kampene|angrebene|operationerne|tilfælde|vold|"
    r"activity|activities|aktivitet|aktiviteter|tilfældene"
)


_PLACE_VERB = re.compile(
    r"\b(?:took\s+place|sted\s+i|were\s+in|was\s+in|happened|occurred|fighting|fought|fandt\s+sted|foregik|var\s+i|kæmpet|"
    r"kæmpede|kæmper|(?:were|was|blev)\s+(?:recorded|registered|logged|fought|registreret|udkæmpet|optalt)\s+(?:in|i))\b",
    re.I,
)


_LOCATIVE_PLACE = re.compile(r"\b(?:in|inside|across|within|throughout|i|inde\s+i|omkring)\s+(?:the\s+)?$", re.I)
SIDE_CLAUSE = re.compile(
    r",\s+(?:as|while|when|whereas|but|after|mostly|mainly|during|mens|da|men|efter|især|og)\b|\bduring\s+the\b|"
    r"\bthe\s+(?:battle|siege|fall)\s+(?:for|of)\b|\bslaget\s+om\b|\bog\s+\S+\s+var\b|"
    r"^\s*(?:after|before|when|while|once|although|though|efter|før|mens|selvom)\b|"  # a leading clause
    # an apposition about the time or place: ", the year it took Raqqa", ", where Mosul lies", ", året hvor ..."
    r",\s+(?:the\s+)?(?:year|month|week|day|summer|winter|spring|autumn)\s+(?:it|they|he|she|we|the|that|when|in\s+which|after|before)\b|"
    r",\s+(?:året|måneden|ugen|dagen|sommeren|vinteren)\s+(?:hvor|da|efter|før)\b|,\s+(?:where|hvor)\b|"
    r",\s+(?:which|who)\s+(?!(?:were|was|took)\b)|"  # "HTS, which dominates Idlib, clashed ...": about HTS, no scope
    r"(?<!such)(?-i:\s+as\s+(?=[A-Z][a-z]))",  # "... against Isis as Damascus turned its guns on Idlib"
    re.I,
)


# A battle named as the subject is the claim's scope: "The battle for Kobani alone saw ...",
# "Slaget om Kobane bød på ..."
_BATTLE_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?:battle|siege|fight|struggle)\s+(?:for|of|over)\s+(?:the\s+)?|"
    r"^\s*(?:slaget|kampen|kampene|belejringen)\s+(?:om|ved)\s+",
    re.I,
)
_BATTLE_VERB = re.compile(
    r"^(?:\s+\w+){0,2}?\s+(?:alone\s+|alene\s+)?(?:saw|involved|included|accounted\s+for|bød\s+på|omfattede|så|"
    r"stod\s+for|tegnede\s+sig\s+for)\b",
    re.I,
)
# "the Afrin campaign", "Afrin-offensiven", "the Raqqa offensive": a place naming an operation, not the scope.
_EVENT_NAME = re.compile(
    r"^(?:-|\s+)(?:campaign|offensive|operation|offensiven|kampagnen|operationen|offensive's|campaign's)\b", re.I
)


def names_event(sentence: str, m: Mention) -> bool:
    return bool(_EVENT_NAME.match(sentence[m.end :]) or re.search(r"-(?:offensiv|kampagn|operation)", m.text, re.I))


def place_of(sentence: str, places: list[Mention], fig: Figure) -> str | None:
    """The claim's place: in its own clause, after a locative word ('in Raqqa province') before any other."""
    side = side_clauses(sentence, SIDE_CLAUSE)

    def in_side(m: Mention) -> bool:
        return any(s <= m.start < e for s, e in side)

    lead = _BATTLE_SUBJECT.match(sentence)  # "The battle for Kobani alone saw 400 engagements": the battle's place
    subject = next((m for m in places if lead and m.start == lead.end()), None)
    if subject is not None and _BATTLE_VERB.match(sentence[subject.end :]):
        return subject.entry.label
    main = [m for m in places if not in_side(m) and not names_event(sentence, m)]
    located = [m for m in main if _LOCATIVE_PLACE.search(sentence[max(0, m.start - 12) : m.start])]
    chosen = (located or main or [None])[0]
    return chosen.entry.label if chosen else None


_TERRITORY_WORDS = re.compile(
    r"^\s+(?:of|af)\s+(?:the\s+|its\s+|dets\s+|dens\s+|landets\s+|the\s+country's\s+)?(?:country|territory|land|landet|"
    r"territoriet|territorium|population|"
    r"befolkningen|areas?|områderne|towns|byerne)\b",
    re.I,
)


def is_territory(sentence: str, fig: Figure, mentions: list[Mention]) -> bool:
    """'most of Idlib', 'a third of Syria', 'half of the territory': shares of land or people, not of events."""
    tail = sentence[fig.end :]
    if _TERRITORY_WORDS.match(tail):
        return True
    lead = re.match(r"\s+(?:of|af)\s+(?:the\s+)?", tail)
    if not lead:
        return False
    at = fig.end + lead.end()
    for m in mentions:
        if m.start == at and m.entry.kind in ("place", "country"):
            return not re.match(r"['’]?s?\s+(?:\w+\s+)?(?:" + MEASURE_NOUNS + ")", sentence[m.end :], re.I)
    return False


IN_COUNTRY = re.compile(r"\b(?:in|inside|across|throughout|within|i|inde\s+i|over\s+hele)\s+$", re.I)
CONTROL = re.compile(
    r"\b(?:controls?|controlled|holds?|held|captured|seized|retaken|retook|kontrollerer|kontrollerede|behersker|"
    r"kontrol\s+over|indtaget|erobret|generobret)\s+(?:\w+\s+){0,2}$",
    re.I,
)
THE_COUNTRY = re.compile(r"\b(?:in\s+the\s+country|i\s+landet|landets)\b", re.I)
_CONCENTRATION = re.compile(
    r"\b(?:accounted\s+for|saw|hosted|was\s+home\s+to|stod\s+for|tegnede\s+sig\s+for|lagde\s+(?:\w+\s+)?jord\s+til|"
    r"made\s+up|represented|husede|(?:was|were)\s+the\s+(?:site|scene|setting|location|theatre|theater)\s+(?:of|for)|"
    r"var\s+(?:\w+\s+)?(?:skueplads|rammen)\s+for)\b",
    re.I,
)


_OF_THEM_IN = re.compile(
    r"^\s+(?:of\s+(?:them|these|those)|af\s+(?:dem|disse))\s+(?:(?:were|was|took\s+place|var|fandt\s+sted)\s+)?"
    r"(?:in|i)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_VERB_FIRST = re.compile(r"\b(?:stod|lagde|tegnede)\s+[\w-]+\s+(?:sig\s+)?(?:\w+\s+)?(?:for|til)\b", re.I)


def is_concentration(sentence: str, fig: Figure, places: list[Mention]) -> bool:
    """'Raqqa accounted for 40% of ...', '... took place in Aleppo', 'foregik i Idlib-provinsen'."""
    after = [p for p in places if p.start >= fig.end]
    if after and _OF_THEM_IN.match(sentence[fig.end : after[0].start]):
        return True  # "455 engagements, two-thirds of them in Deir ez-Zor"
    before = [p for p in places if p.end <= fig.start]
    if before and _CONCENTRATION.search(sentence[before[-1].end : fig.start]):
        return True
    if before and _VERB_FIRST.search(sentence[max(0, before[-1].start - 8) : fig.start]):
        return True  # "Fra april til september stod provinsen for knap halvdelen af ..."
    return bool(_PLACE_VERB.search(sentence[fig.end :]) or _PLACE_VERB.search(sentence[: fig.start]))


@lru_cache(maxsize=4)
def _adjectives(lexicon: Lexicon) -> tuple[dict[str, str | None], re.Pattern[str]]:
    adjectives = {
        adjective.casefold(): lexicon.registry.actors[actor_id].country
        for actor_id, names in nationalities().items()
        if actor_id in lexicon.registry.actors
        for adjective in names
    }
    words = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    return adjectives, re.compile(rf"\b({words})\s+(?:{MEASURE_NOUNS})\b", re.I)


def adjective_country(lexicon: Lexicon, sentence: str) -> str | None:
    """'Islamic State's Syrian engagements', 'IS' syriske kampe': the events' country from its one adjective."""
    adjectives, pattern = _adjectives(lexicon)
    found = {adjectives[m.group(1).casefold()] for m in pattern.finditer(sentence)}
    return found.pop() if len(found) == 1 else None
