"""Figures that are not claims about events: listed as not event data, or not read at all."""

from __future__ import annotations

from collections.abc import Callable

from dyadscope import recache as re
from dyadscope.claims.days import MONTH_GROUP, find_dates
from dyadscope.claims.figure_patterns import EVENT_NOUNS, ONE_EVENT, PEOPLE_NOUNS
from dyadscope.claims.figure_readings import AGE, DURATION, JUST_ABOVE, JUST_BELOW, MONEY
from dyadscope.claims.figures import DATE, Figure, fought_against
from dyadscope.claims.kinds.attributes import means_after, means_before
from dyadscope.claims.model import Claim
from dyadscope.claims.places import CONTROL, MEASURE_NOUNS, is_territory
from dyadscope.claims.quantities import FRACTION, ONE_IN
from dyadscope.claims.resolve import Mention
from dyadscope.claims.verbs import FIGHT_VERB

DESTROYED = "destroyed"  # the measure of a share of a place destroyed ("Raqqa was 80 percent destroyed")
# Numbers that are not about events, each kind with its own reason (catalogue claims.yaml), in one place: a date, a
# sum of money, an age, a length of time, a share of a place destroyed. Force sizes, populations and the like share
# not_event_data's.
NOT_EVENT_REASONS = {
    DATE: "not_event_date",
    MONEY: "not_event_money",
    AGE: "not_event_age",
    DURATION: "not_event_duration",
    DESTROYED: "not_event_destroyed",
}

# a vague share about events: "most of its battles", "practically every ISIS engagement", "næsten hver kamp"
OF_EVENTS = re.compile(rf"^[^,.;:]{{0,60}}?\b(?:{MEASURE_NOUNS}|{ONE_EVENT})\b", re.I)
_EVENTS_WERE = re.compile(rf"\b(?:{MEASURE_NOUNS})\b[^,.;:]{{0,40}}?\b(?:were|was|var)\s+$", re.I)
_GROWTH = re.compile(  # not a passive: "barrel bombs were dropped in 70% of ..."
    r"(?<!were\s)(?<!was\s)\b(?:rose|fell|grew|shrank|increased|decreased|dropped|climbed|jumped|reached|(?:is|was|were|are)\s+(?:up|down)|"
    r"lost|gained|shed|steg|faldt|voksede|skrumpede|nåede|mistede|tabte)\s+(?:by\s+|med\s+|til\s+|to\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_MORE_THAN_AFTER = re.compile(
    r"\s+(?:flere|mere|færre|mindre|højere|lavere|more|fewer|less|higher|lower)\s+(?:[\w-]+\s+){0,2}?(?:end|than)\b",
    re.I,
)
_LEVEL = re.compile(r"\b(?:to|til)\s+(?:\w+\s+){0,2}$", re.I)
_SHARE_SUBJECT = re.compile(r"\b(?:share|proportion|percentage|andel|andelen)\s+(?:of|af)\b", re.I)
_HALF = re.compile(r"\b(?:half|halvdelen)\b", re.I)
# the verb before "N times" in its own clause is a visit or a change of hands, not a fight
_NOT_FIGHT_TIMES = re.compile(
    r"\b(?:visited|visits|visit|changed\s+hands|change\s+hands|besøgt|besøgte|skiftede\s+hænder|skiftet\s+hænder)"
    r"\b[^,.;:]{0,40}$",
    re.I,
)
_POLL = re.compile(r"\b(?:poll|survey|surveyed|respondents|voters|måling|meningsmåling|undersøgelse|vælgere)\b", re.I)


# prices and the economy: "Inflation in Damascus topped 40 per cent", "the appeal was 38 per cent funded"
_ECONOMY = re.compile(
    r"\b(?:inflation|prices|unemployment|GDP|funded|inflationen|priserne|arbejdsløsheden|ledigheden|"
    r"finansieret)\b",
    re.I,
)


# a side's effort spent on another: "brugte halvdelen af sine kræfter på IS", "spent half its effort on ISIS"
_EFFORT = r"(?:sine|sin|dens|deres|its|their)\s+(?:kræfter|indsats|energi|effort|efforts|energy)"


def not_about_events(sentence: str, fig: Figure) -> bool:
    """A share that is a growth rate, a poll figure, a price or about something with no event noun in the sentence."""
    if _POLL.search(sentence) or _ECONOMY.search(sentence):
        return True
    if _MORE_THAN_AFTER.match(sentence, fig.end):
        return True  # "50 procent flere end i 2016", "30 per cent more than the year before": a change, no share
    growth = _GROWTH.search(sentence[max(0, fig.start - 30) : fig.start])
    level = growth and _LEVEL.search(growth.group(0))
    of_events = _SHARE_SUBJECT.search(sentence[: fig.start]) or OF_EVENTS.match(sentence[fig.end :])
    if growth and not (level and of_events):
        # "rose 30 per cent"; but "the SDF's share of the fighting rose to 70 percent" and "fighting with the regime
        # fell to a third of its engagements" are levels
        return True
    if means_before(sentence, fig.start) or means_after(sentence, fig.end):
        # "Car bombs were behind nearly half of ISIS's civilian deaths", "... af de civile dødsfald skyldtes
        # tøndebomber": a means, about its events
        return False
    about = rf"\b(?:{MEASURE_NOUNS}|{ONE_EVENT}|targeted|target|fought|against|mod|kæmpede|{_EFFORT})\b"
    # "stødte sammen 1.100 gange – næsten halvdelen af dem i Deir ez-Zor": a fight verb names events too
    return not re.search(about, sentence, re.I) and not FIGHT_VERB.search(sentence)


# a share of a place destroyed or damaged, its verb right after it or after the place ("80% of Raqqa city was
# destroyed"); no event noun between ("40% of the airstrikes destroyed hospitals" is about events)
_DESTROYED = re.compile(
    rf"\s+(?:(?:of|af)\s+)?(?:(?!(?:{EVENT_NOUNS})\b)[\w'’.-]+\s+){{0,4}}?"
    r"(?:(?:was|were|is|are|(?:has|have|had)\s+been|blev|er|var|(?:er|var)\s+blevet)\s+)?"
    r"(?:destroyed|damaged|ødelagt|ødelagte|beskadiget|beskadigede)\b",
    re.I,
)
_PAYWALL = re.compile(r"\b(?:subscribe|subscription|subscribers|abonn\w*|prøv\s+\w+|nyhedsbrev\w*|newsletter)\b", re.I)
_COMPASS = re.compile(r"\b(?:eastern|western|northern|southern|østlige|vestlige|nordlige|sydlige)\s+$", re.I)


def set_aside(sentence: str, fig: Figure, mentions: list[Mention], new: Callable[..., Claim]) -> bool:
    """True when the figure makes no event claim: listed through `new` as not event data, or dropped."""
    if fig.kind == "other" and fig.noun == MONEY and _PAYWALL.search(sentence):
        return True  # "Subscribe for £1 a week", "Abonnér for 1 kr.": the page's price, no claim at all
    if fig.kind == "other":
        new("not_event_data", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op, measure=fig.noun)
        return True
    if fig.kind == "share" and _ECONOMY.search(sentence):
        return True  # "Inflation in government-held areas topped 50 per cent": a price, not land nor events
    if fig.kind == "share" and _DESTROYED.match(sentence, fig.end):
        # "Raqqa was about 80 percent destroyed", "over 40 procent af Raqqas bygninger blev ødelagt": damage, listed
        new("not_event_data", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op, measure=DESTROYED)
        return True
    land = fig.kind == "share" and (is_territory(sentence, fig, mentions) or CONTROL.search(sentence[: fig.start]))
    if land:  # "a third of Iraq's territory": a figure about land, listed; "most of Idlib" is no figure
        if _COMPASS.search(sentence[: fig.start]):
            return True  # "the eastern half of the city": a part of a place named by where it lies, no figure
        if fig.high is None or _named(fig):  # "næsten to tredjedele af landets territorium" is a figure too
            fields = {"value": fig.value, "operator": fig.op, "upper": fig.high, "measure": "territory"}
            new("not_event_data", fig.text, fig.start, fig.end, **fields)
        return True
    # growth rates, polls, prices: "rose 30 per cent", "41 per cent of Britons"
    if fig.kind == "share" and not_about_events(sentence, fig):
        heads = _HEADS_BEFORE.search(sentence[: fig.start]) and _ARE.match(sentence, fig.end)
        if fig.high is None and (_OF_THEM_ARE.match(sentence, fig.end) or heads):
            # "omkring 70.000 mennesker, og to tredjedele af dem er børn": a statement about people, listed (testers
            # list it; the apposition "halvdelen af dem børn" they do not)
            new("not_event_data", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op)
        return True
    return False


# a share of the people just counted, in a clause of its own with "them" left out: "21 millioner indbyggere før
# krigen; halvdelen er siden fordrevet" (testers list it; "..., hvoraf halvdelen er fordrevne" most of them do not)
_HEADS_BEFORE = re.compile(
    rf"\b(?:{PEOPLE_NOUNS}|population|befolkning(?:en)?)\b[^.;:]{{0,40}}?;\s*$"
    r"|\b(?:population|befolkning(?:en)?)\b[^.;:]{0,40}?\d[^.;:]{0,20}?;\s*$",
    re.I,
)
_ARE = re.compile(r"\s+(?:(?:siden|since|now|nu)\s+)?(?:er|var|blev|are|were|have|has|had)\b", re.I)
_OF_THEM_ARE = re.compile(
    r"\s+(?:af\s+(?:dem|disse)|of\s+(?:them|these|those))\s+(?:er|var|blev|are|were|have|has|had)\b", re.I
)


def _named(fig: Figure) -> bool:
    """A range read from a share named in words ("almost half", "knap hver tredje"), not a vague word ("most")."""
    below = re.match(rf"(?:{JUST_BELOW}|{JUST_ABOVE})\s", fig.text, re.I)  # not "more than half", "most"
    return bool(below) and any(p.search(fig.text) for p in (FRACTION, ONE_IN, _HALF))


def not_of_events(sentence: str, fig: Figure, of_counted: bool, any_side: bool) -> bool:
    """Vague words about people ("most of the prisoners") and "times" with no one fighting: no claim."""
    vague = fig.high is not None and fig.kind == "share" and not _named(fig)
    # "HTS's fights in 2018 were almost all with other rebel factions": the events are the subject before it
    subject = _EVENTS_WERE.search(sentence[: fig.start])
    caused = means_after(sentence, fig.end)  # "over halvdelen af de civile dødsfald skyldtes luftangreb": events
    fought = fought_against(sentence, fig.start, fig.end)  # "fought mostly against the SDF": its fights
    if vague and not OF_EVENTS.match(sentence[fig.end :]) and not of_counted and not (subject or caused or fought):
        return True  # "all of the senior leaders", "most of the prisoners": vague words about people, not events
    # "the article was updated 3 times": times with no one fighting are not events; nor "has visited Syria eleven
    # times", "mens Palmyra skiftede hænder to gange" (the verb of the times' own clause is no fight)
    if fig.kind == "count" and fig.noun == "engagements" and _NOT_FIGHT_TIMES.search(sentence[: fig.start]):
        return True
    return fig.kind == "count" and fig.noun == "engagements" and not any_side and not FIGHT_VERB.search(sentence)


# the day something was declared, founded, freed or begun: "Kalifatet blev udråbt den 29. juni 2014", "ISIS proclaimed
# its caliphate on 29 June 2014", "Raqqa was declared liberated on 20 October 2017", "The SDF were formed in October
# 2015", "Rusland indledte sine luftangreb d. 30. september 2015": a date, not a number of events
_DECLARED = re.compile(
    r"\b(?:udråbt|udråbte|proklameret|proklamerede|erklæret|erklærede|stiftet|stiftede|grundlagt|grundlagde|befriet|"
    r"befriede|proclaimed|declared|founded|liberated|formed|established|created|dannet|dannede|oprettet|oprettede|"
    r"began|begun|launched|started|begyndte|indledte|indledt|startede)\b",
    re.I,
)
# a month and its year: "in October 2015", "i juni 2014" (a day's date is days.find_dates')
_MONTH_DATE = re.compile(rf"\b(?:in|i)\s+{MONTH_GROUP.format('m')}\s+(?P<y>(?:19|20)\d\d)\b", re.I)

_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|og|but|men|while|mens)\s", re.I)


def declared_day(sentence: str) -> tuple[int, int, int] | None:
    """(start, end, year) of the one date (a day, or a month and its year) in a sentence that says what was declared,
    founded, freed or begun on it, else None (a sentence with figures of its own is read for them: extract.py asks
    only when it has none). The value listed is the year, as the testers since set 20 write it."""
    dates = [(start, end, day.year) for day, start, end in find_dates(sentence)]
    if not dates:
        dates = [(m.start("m"), m.end("y"), int(m["y"])) for m in _MONTH_DATE.finditer(sentence)]
    if len(dates) != 1:
        return None
    start, end, year = dates[0]
    # the verb in the date's own clause before it, or the date opening the sentence ("Den 17. oktober 2017 blev Raqqa
    # befriet"); not "entered the war on 30 September 2015 and declared a withdrawal in March 2016"
    verb = _DECLARED.search(sentence[:start])
    own = verb is not None and not _CLAUSE_BREAK.search(sentence[verb.end() : start])
    opens = re.fullmatch(r"\s*(?:den|on|d\.)?\s*", sentence[:start], re.I) is not None
    return (start, end, year) if own or (opens and _DECLARED.search(sentence, end)) else None
