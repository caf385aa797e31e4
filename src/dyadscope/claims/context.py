"""Article context: what a claim leaves to the rest of its article.

A quote read alone often lacks its actor, country or time ("Gruppen siger, at 96 er blevet dræbt", "this year",
"torsdag"): the article gives them elsewhere. When `check` reads a whole article, a claim without an actor takes
the article's main actor, one without a country or place the article's main country (both from the headline and
the lead, which reaches past menus and kickers to the first paragraph of body text; a country the lead places
events in, "in Syria", comes before one it only names, "ISIS a US proxy?"), and relative times ("this year",
"torsdag") are read from the article's own date (its date line or the page's publication date, claims/reading.py).
Each claim so completed says so in its notes ("actor from the article's headline and lead: Islamic State";
"window from the article's date, 2019-05-14"), so the evidence shows what the article, not the sentence, supplied.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from dyadscope import recache as re
from dyadscope.actors.registry import state_id
from dyadscope.claims.clauses import located
from dyadscope.claims.dates import find_window, weekdays
from dyadscope.claims.days import find_dates
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import Article
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.roles import not_a_side
from dyadscope.claims.sentences import split_sentences
from dyadscope.claims.wording import note

LEAD_PARAGRAPHS = 3  # the headline, a standfirst and the first paragraph of the body
HEADLINE_DAYS = 92  # a headline's window up to a quarter ("July 2017") is the window of the figures under it
BODY_WORDS = 25  # a paragraph this long is body text; the lead reaches it past menus and kickers (at most 3 more)
_NEEDS_SIDES = ("share", "count", "absence", "single_event", "concentration")
# the headline and lead speak of the whole world ("Deaths Grew Dramatically Across the World"): a claim naming no
# country is about more than the data's region ("global" alone is a coalition's word, not a scope)
_WORLD = re.compile(
    r"\b(?:across|around|all\s+over)\s+the\s+(?:world|globe)\b|\bworldwide\b|\bglobally\b|\bthe\s+world\s+over\b|"
    r"\bverden\s+over\b|\bi\s+hele\s+verden\b|\bpå\s+verdensplan\b|\bglobalt\b",
    re.I,
)
# A death toll reported as of a day ("The death toll reached 246 on Thursday", "As of Thursday, the toll stood at",
# "dødstallet steg torsdag til"): the day it was counted, not the day of the attack it counts.
TOLL = re.compile(r"\b(?:death\s+toll|toll|dødstal(?:let)?|dødstallet)\b", re.I)
TOLL_DAYS = 3  # a toll counted up to three days after the article's attack day is that attack's toll
# Words that put a report's toll on the day it was written: "has killed 32 people ... today", "this morning", "i dag".
TODAY = re.compile(
    r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|i\s+dag|i\s+morges|i\s+(?:formiddag|eftermiddag|aften)s?)\b",
    re.I,
)
# A source's dateline before the article's own date in a paragraph ("Xinhua, April 17, 2016", "KurdWatch, July 30,
# 2016—On July 27, ..."): the day it was written, not a day of its events.
_DATELINE = re.compile(r"^\W*[\w.'’ -]{0,40},\s*$")
# Time words a claim's reading left unused ("April", "for weeks", "2015"): its one day may not be the events' day.
_TIME_UNREAD = re.compile(r"\d|\b(?:[A-Z][a-z]+day|week|month|year|uge|måned|år|dag)", re.I)


@dataclass(frozen=True)
class Context:
    """What the headline and lead say the article is about, and the date it speaks from."""

    actor: str | None = None  # the registry name of the actor the lead names most (first on a tie)
    country: str | None = None  # ISO3: the country the lead first places events in ("in Syria"), else names first
    date: dt.date | None = None  # the article's own date (date line, publication date), when it gives one
    window: tuple[dt.date, dt.date] | None = None  # the headline's own window ("... In Iraq July 2017"), if short
    by_role: bool = False  # the actor is the state the lead's "government forces" stand for, not a name
    world: str | None = None  # the lead's words for the whole world ("Across the World"), if it speaks of it
    days: frozenset[dt.date] = frozenset()  # the days the headline and lead date their events to ("on Sunday")


def article_context(article: Article, lexicon: Lexicon) -> Context:
    """The article's main actor and country from its headline and lead, and its own date."""
    texts = [article.paragraph_text(p) for p in article.paragraphs]
    body = next((i for i, text in enumerate(texts) if len(text.split()) >= BODY_WORDS), 0)
    lead = "\n".join(texts[: max(LEAD_PARAGRAPHS, min(body + 1, LEAD_PARAGRAPHS + 3))])
    actors: Counter[str] = Counter()
    countries = []  # (not located, position): a country the lead places events in ("in Syria") comes first
    for mention in lexicon.mentions(lead):
        entry = mention.entry
        if entry.kind == "actor" and not not_a_side(lead, mention.start):  # "Rebels, not ISIS, ...": not its topic
            actors[entry.label] += 1
        elif entry.kind in ("country", "place") and entry.country:
            countries.append((not located(lead, mention.start), mention.start, entry.country))
    country = min(countries)[2] if countries else None  # "ISIS a US proxy? ... attacks in Syria": Syria
    if country is None:  # "Syrian soldiers": a state's own forces place the story at home
        for name in actors:
            actor = lexicon.registry.find_or_none(name)
            if actor is not None and actor.actor_class == "state" and actor.country:
                country = actor.country
                break
    main = max(actors, key=lambda name: actors[name]) if actors else None  # Counter keeps first-seen order on ties
    state_forces = any(m.entry.kind == "group" and m.entry.key == "state" for m in lexicon.mentions(lead))
    home = lexicon.registry.actors.get(state_id(country)) if country else None
    by_role = main is None and state_forces and home is not None
    if by_role:  # "Government forces ... pressed on in Idlib": Syria's
        main = home.name  # type: ignore[union-attr]
    found = find_window(texts[0], article.published) if texts else None
    window = (found.start, found.end) if found and found.start and found.end else None
    if window and (window[1] - window[0]).days > HEADLINE_DAYS:
        window = None  # a year in the headline is a topic, not the window of every figure below it
    world = _WORLD.search(lead)
    days = _lead_days(lead.split("\n"), article.published)
    return Context(main, country, article.published, window, by_role, world.group(0) if world else None, days)


def _lead_days(paragraphs: list[str], date: dt.date | None) -> frozenset[dt.date]:
    """The days a news report's headline and lead date its events to: full dates ("On July 27, 2016"), weekdays and
    "today" read from the article's own date; a source's dateline ("Xinhua, April 17, 2016") is no event's day, nor
    the day a toll was counted ("The death toll reached 300 on Thursday")."""
    if date is None:
        return frozenset()
    days = set()
    sentences = [paragraph[s:e] for paragraph in paragraphs for s, e in split_sentences(paragraph)]
    for text in (sentence for sentence in sentences if not TOLL.search(sentence)):
        days.update(d for d, at, _ in find_dates(text) if not (d == date and _DATELINE.match(text[:at])))
        days.update(weekdays(text, date))  # "clashed with the PKK on Sunday"
        if TODAY.search(text):
            days.add(date)
    return frozenset(d for d in days if d <= date)


def apply_context(claims: list[Claim], context: Context) -> None:
    """Complete each claim from the article where the sentence left a side or scope open, saying so in its notes."""
    for claim in claims:
        if claim.kind not in _NEEDS_SIDES:
            continue
        # a role's state only where the sentence names no side: "clashes involving government forces" has its own
        if (
            claim.actor is None
            and context.actor
            and claim.counterpart != context.actor
            and not (context.by_role and claim.counterpart)
        ):
            claim.actor = context.actor
            claim.notes.append(note("note_article_actor", actor=context.actor))
        if claim.country is None and claim.place is None and context.world:
            claim.notes.append(note("note_article_world", words=context.world))
        elif claim.country is None and claim.place is None and context.country:
            claim.country = context.country
            claim.notes.append(note("note_article_country", country=context.country))
        if context.date and claim.start is not None and any(context.date.isoformat() in n for n in claim.notes):
            claim.notes.append(note("note_article_date", date=context.date.isoformat()))
    days = {c.start for c in claims if c.start is not None and c.start == c.end and _dated(c) and not _toll(c)}
    for claim in claims:  # "has killed 32 people ... today": the day the article was written
        if claim.kind == "single_event" and claim.start is None and context.date and TODAY.search(claim.sentence):
            claim.start = claim.end = context.date
            claim.notes.append(note("note_article_today", date=context.date.isoformat()))
    days |= context.days
    if len(days) == 1:  # "The death toll ... rose to 246": the one day the article's other claims are dated to
        day = days.pop()
        _tolls_of_the_day(claims, day)
        for claim in claims:
            if claim.kind == "single_event" and claim.start is None and claim.end is None:
                claim.start = claim.end = day
                claim.notes.append(note("note_article_day", date=day.isoformat()))
    if context.window is None:
        return
    start, end = context.window
    for claim in claims:  # "1,459 Killed ... In Iraq July 2017": "during the month" is the headline's month
        if claim.kind in _NEEDS_SIDES and claim.start is None and claim.end is None:
            claim.start, claim.end = start, end
            claim.notes.append(note("note_article_window", start=start.isoformat(), end=end.isoformat()))


def _dated(claim: Claim) -> bool:
    """The claim's one day is the day of its events: no time words of its sentence were left unread ("southwestern"
    left unread does not unsettle "on Wednesday")."""
    return not any(_TIME_UNREAD.search(words) for words in claim.unread)


def _toll(claim: Claim) -> bool:
    """The claim is a death toll the sentence reports as of some day ("the death toll reached 246 on Thursday")."""
    return claim.kind == "single_event" and TOLL.search(claim.sentence) is not None


def _tolls_of_the_day(claims: list[Claim], day: dt.date) -> None:
    """A toll counted a few days after the one day the article's other claims are dated to is that day's attack's
    toll: its window is that day, and without a place of its own, the one place those claims name."""
    places = {c.place for c in claims if c.start == day == c.end and c.place and not _toll(c)}
    for claim in claims:
        if not _toll(claim) or claim.start is None or claim.start != claim.end or claim.unread:
            continue
        if not 0 < (claim.start - day).days <= TOLL_DAYS:
            continue
        claim.notes.append(note("note_article_toll_day", date=day.isoformat(), counted=claim.start.isoformat()))
        claim.start = claim.end = day
        if claim.place is None and len(places) == 1:
            claim.place = next(iter(places))
            claim.notes.append(note("note_article_toll_place", place=claim.place))
