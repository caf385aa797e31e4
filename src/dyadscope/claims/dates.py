"""Dates and windows in article text, English and Danish.

An article's date comes from --as-of, or else the latest full date the text mentions (reported as
such, because it is a guess). Relative phrases resolve against it: "this year" / "i år" = 1 January
to that date; "the year through Nov. 21" = the twelve months ending on 21 November; "the last few
months" / "de seneste måneder" = the three months before it; "the same period" / "samme periode" =
the window of the previous claim. Explicit windows ("November 21 2013 – November 21 2014",
"fra april 2016 til marts 2017", "in 2014") win over relative ones.
"""

from __future__ import annotations

import datetime as dt
import itertools

from dyadscope import recache as re
from dyadscope.claims.days import (
    DAY_GROUP,
    FEW_MONTHS,
    MONTH_GROUP,
    MONTHS,
    YEAR_GROUP,
    Window,
    article_date,
    find_dates,
    month_end,
    months_back,
)
from dyadscope.claims.quantities import word_value
from dyadscope.claims.wording import note

__all__ = ["MONTHS", "Window", "article_date", "find_dates", "find_window"]  # the dates a claim's window is read from

# A month with no year nor day ("in October", "i september"): the last such month up to the article's date
_BARE_MONTH = re.compile(
    rf"\b(?:in|during|for|throughout|i|i\s+løbet\s+af|under|gennem)\s+(?:the\s+month\s+of\s+|måneden\s+)?"
    rf"{MONTH_GROUP.format('m')}(?!\s*[\d-])",
    re.I,
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_YEAR = re.compile(rf"\b{MONTH_GROUP.format('m')}\s+{YEAR_GROUP.format('y')}\b", re.I)
# a month with its year cut to two digits: "I marts '16", "in March '16" (the century of the record, 2000s)
_MONTH_SHORT_YEAR = re.compile(rf"\b{MONTH_GROUP.format('m')}\s+['’‘](?P<yy>\d\d)\b(?![\d'’.,]\d)", re.I)
_RANGE_SEP = r"\s*(?:–|—|-|to|til|until|and|og|through)\s*"
_RANGE_LEAD = r"(?:from|between|fra|mellem|fra og med)?\s*"
# "From October 2017, when Raqqa fell, to the end of 2018", "fra oktober 2017 til udgangen af 2018": a month to the end
# of a year (or to a month), with an aside between them
_MONTH_TO_YEAR_END = re.compile(
    rf"\b(?:from|fra)\s+{MONTH_GROUP.format('m')}\s+{YEAR_GROUP.format('y')}\b(?:\s*,[^,.;:]{{1,60}},)?\s*"
    rf"(?P<to>to|until|through|til)\s+(?:(?:the\s+)?end\s+of|udgangen\s+af|slutningen\s+af|{MONTH_GROUP.format('m2')})\s+"
    rf"{YEAR_GROUP.format('y2')}\b",
    re.I,
)


_RELATIVE = [
    (
        "year_through",
        re.compile(
            r"\b(?:the|for the)?\s*(?:year|12 months|twelve months)\s+(?:through|to|up to|ending)\s+"
            + MONTH_GROUP.format("m")
            + r"\s+(?P<d>[0-3]?\d)\b",
            re.I,
        ),
    ),
    (
        "year_through",
        re.compile(r"\båret\s+(?:frem\s+)?til\s+(?:den\s+)?(?P<d>[0-3]?\d)\.?\s+" + MONTH_GROUP.format("m"), re.I),
    ),
    (
        "same",
        # "over the same twelve months", "in that period", "i den samme periode": the window of the claim before
        re.compile(
            r"\b(?:the\s+same\s+(?:(?:\w+|\d+)\s+)?(?:period|months|weeks|time\s*span|stretch)|same\s+time|"
            r"(?:in|during|over)\s+that\s+(?:period|time)|(?:den\s+)?samme\s+(?:\w+\s+)?(?:periode|tidsrum|måneder)|"
            r"i\s+perioden|i\s+den\s+periode|for\s+the\s+year)\b",
            re.I,
        ),
    ),
    (
        "this_year",
        re.compile(
            r"\b(?:this\s+year|so\s+far\s+this\s+year|i\s+år|hidtil\s+i\s+år|year\s+to\s+date|"
            r"since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|siden\s+(?:årets\s+(?:begyndelse|start)|nytår))\b",
            re.I,
        ),
    ),
    # not "the last year of the decade, 2019" (a year named by its place in a period: unread.py)
    (
        "last_year",
        re.compile(r"\b(?:last\s+year|sidste\s+år|sidste\s+år|i\s+fjor|sidste\s+års?)\b(?!\s+(?:of|af)\s)", re.I),
    ),
    (
        "n_months",
        re.compile(
            r"\b(?:the\s+)?(?:last|past|previous|seneste|sidste)\s+(?P<n>\d{1,2}|two|three|four|five|six|nine|"
            r"twelve|to|tre|fire|fem|seks|ni|tolv)\s+(?:months|måneder)\b",
            re.I,
        ),
    ),
    (
        "few_months",
        re.compile(
            r"\b(?:the\s+)?(?:last|past|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?months\b"
            r"|\brecent\s+months\b|\bde\s+(?:seneste|sidste)\s+(?:par\s+|få\s+)?måneder\b",
            re.I,
        ),
    ),
]


QUARTER_OF = {
    # a quarter named by its season ("the summer quarter of 2017"): the calendar quarter holding most of the season
    "winter": 1, "spring": 2, "summer": 3, "autumn": 4, "fall": 4, "vinter": 1, "forårs": 2, "sommer": 3, "efterårs": 4,
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4, "final": 4,
    "første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4, "sidste": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
}  # fmt: skip
_SEASON_Q = ("win", "spr", "sum", "aut", "fal", "vin", "for", "som", "eft")  # quarters named by a season
_ORD_RE = "|".join(re.escape(k) for k in sorted(QUARTER_OF, key=len, reverse=True))
_YEAR_OPT = r"(?:\s+(?:of\s+|af\s+|in\s+|i\s+)?(?P<y>(?:19|20)\d\d))?"
_QUARTER = re.compile(
    rf"\b(?:(?:the|i|in|during|årets|in\s+the)\s+)?(?P<o>{_ORD_RE})[\s-]*(?:quarter|kvartal(?:et)?)(?:\s+of\s+the\s+year)?"
    rf"{_YEAR_OPT}"
    rf"|\bQ(?P<q>[1-4])\s+(?P<qy>(?:19|20)\d\d)\b",
    re.I,
)
_HALF = re.compile(
    rf"\b(?:(?:the|i|in|during|årets)\s+)?(?P<o>first|second|last|latter|første|andet|anden|sidste)\s+"
    rf"(?:half|halvår|halvdel)(?:\s+of\s+the\s+year)?{_YEAR_OPT}"
    rf"|\bH(?P<h>[12])\s+(?P<hy>(?:19|20)\d\d)\b",
    re.I,
)
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "foråret": (3, 5), "sommeren": (6, 8),
    "efteråret": (9, 11), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "begyndelsen": (1, 4), "slutningen": (9, 12),
    "midten": (5, 8), "primo": (1, 4), "medio": (5, 8), "ultimo": (9, 12),
}  # fmt: skip
_SEASON_WORDS = (
    r"spring|summer|autumn|fall|foråret|sommeren|efteråret|early|mid|late|begyndelsen|slutningen|midten|primo|medio|"
    r"ultimo"
)
# one season, or two joined ("i sommeren og efteråret 2017", "in the summer and autumn of 2017": June-November)
_SEASON = re.compile(
    rf"\b(?:the\s+)?(?:(?P<s0>{_SEASON_WORDS})\s+(?:og|and)\s+(?:the\s+)?)?(?P<s>{_SEASON_WORDS})"
    r"(?:\s+months|månederne)?(?:[- ]|\s+of\s+|\s+af\s+|\s+in\s+|\s+i\s+)(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
# the later end of a range that opens with a season or an edge: "fra midten af 2016 til udgangen af 2017", "from
# mid-2016 to the end of 2017", "... til 2018" (to the end of that year)
_SEASON_TO = re.compile(
    rf"\s+(?:til|to|until|through|into)\s+(?:the\s+)?(?:(?P<s>{_SEASON_WORDS}|udgangen|end)"
    r"(?:[- ]|\s+of\s+|\s+af\s+|\s+in\s+|\s+i\s+))?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
_DM = (
    rf"(?:{DAY_GROUP.format('{0}d')}\s+(?:of\s+)?{MONTH_GROUP.format('{0}m')}"
    rf"|{MONTH_GROUP.format('{0}n')}\s+{DAY_GROUP.format('{0}e')})"
)
_DAY_RANGE = re.compile(
    r"\b(?:from\s+|between\s+|fra\s+|mellem\s+)?"
    + _DM.replace("{0}", "a")
    + r"\s*(?:–|—|-|to|and|til|og|until|through)\s*"
    + _DM.replace("{0}", "b")
    + r",?\s+"
    + YEAR_GROUP.format("y"),
    re.I,
)
_MONTH_RANGE = re.compile(
    rf"\b(?:from\s+|between\s+|fra\s+|mellem\s+)?{MONTH_GROUP.format('a')}\s*(?:–|—|-|to|and|til|og|until|through)\s*"
    rf"{MONTH_GROUP.format('b')}(?:,?\s+{YEAR_GROUP.format('y')})?\b",
    re.I,
)
# "the first three months of 2016", "de første tre måneder af 2016", "the last six months of the year"
_EDGE_MONTHS = re.compile(
    r"\b(?:the\s+|de\s+)?(?P<o>first|opening|last|final|closing|første|sidste)\s+(?P<n>\d{1,2}|[a-zæøå]+)\s+"
    r"(?:months|måneder)(?:\s+(?:of|af|in|i)\s+(?:(?P<the>the\s+year|året)|" + YEAR_GROUP.format("y") + r"))?",
    re.I,
)
# "Between July and 22 December 2016", "from 20 January to March 2018": a day on one side only.
# "Between mid-February and mid-April 2018": a part of a month (_PART_OF_MONTH) on either side.
# ("between 20 January and the end of March 2018": the month's edge, its first or last day)
_PART_WORDS = r"early|mid|late|midten|begyndelsen|starten|slutningen|udgangen|(?:the\s+)?(?:end|start|beginning)"
_MIXED_RANGE = re.compile(
    r"\b(?P<lead>from|between|fra|mellem)\s+(?:(?P<ad>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+)?|"
    rf"(?P<ap>{_PART_WORDS})(?:[- ](?:in\s+|of\s+)?|\s+af\s+))?"
    + MONTH_GROUP.format("am")
    + r"\s*(?:–|—|-|to|and|til|og|until|through)\s*(?:(?P<bd>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+)?|"
    rf"(?P<bp>{_PART_WORDS})(?:[- ](?:in\s+|of\s+)?|\s+af\s+))?"
    + MONTH_GROUP.format("bm")
    # "mellem midten af februar og midten af april" with the year named elsewhere in the sentence
    + r"(?:,?\s+"
    + YEAR_GROUP.format("y")
    + r")?",
    re.I,
)
# the days a part of a month stands for at a range's start and at its end: "from mid-February" is the 15th,
# "to early April" the 10th, "to late April" the month's end
_PART_OF_MONTH = {
    "early": (1, 10), "mid": (15, 15), "late": (21, 31),
    "begyndelsen": (1, 10), "starten": (1, 10), "midten": (15, 15), "slutningen": (21, 31), "udgangen": (21, 31),
    "start": (1, 10), "beginning": (1, 10), "end": (21, 31),
}  # fmt: skip
_EXACT_EDGE = ("start", "beginning")  # "from the start of January" is its 1st, "to the end of March" its last day
# "a year later", "the following year", "året efter": the year after the previous window's year.
_YEAR_AFTER = re.compile(
    r"\b(?:(?:a|one)\s+year\s+later|the\s+(?:following|next|subsequent)\s+year|the\s+year\s+after|"
    r"året\s+(?:efter|derpå|derefter)|(?:det\s+)?følgende\s+år|et\s+år\s+senere)\b"
    r"|(?P<before>\b(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+year|the\s+year\s+before|"
    r"året\s+(?:før|inden)|et\s+år\s+tidligere)\b",
    re.I,
)
_COMPARED = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|fra|end|sammenlignet\s+med|i\s+forhold\s+til)\s+$", re.I)
_THAT = re.compile(
    r"\b(?P<w>that\s+year|the\s+same\s+year|samme\s+år|det\s+år|that\s+month|samme\s+måned|den\s+måned)\b", re.I
)


def year_step(sentence: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """'the year before' (-1) or 'the following year' (+1) between start and end, with its span; None where the
    phrase is the time compared against ("a drop from the year before"), not the time of the figure."""
    m = _YEAR_AFTER.search(sentence, start, end)
    if m is None or _COMPARED.search(sentence[max(0, m.start() - 30) : m.start()]):
        return None
    return (-1 if m["before"] else 1), m.span()


def names_earlier_time(sentence: str) -> bool:
    """'that year', 'samme år', 'the following year', 'i perioden': a time only the sentence before gives."""
    same = dict(_RELATIVE)["same"]
    return bool(_THAT.search(sentence) or _YEAR_AFTER.search(sentence) or same.search(sentence))


_SINCE = re.compile(
    r"\b(?:since|siden)\s+(?:the\s+(?:start|beginning)\s+of\s+|(?:starten|begyndelsen)\s+af\s+)?"
    + r"(?:(?P<d>[0-3]?\d)\.?\s+)?(?:"
    + MONTH_GROUP.format("m")
    + r"\s+)?(?P<y>(?:19|20)\d\d)\b"
    # "After 2017 there isn't a single ... clash", "efter 2017": from the next year on
    + r"|^\W*(?:after|efter)\s+(?P<after>(?:19|20)\d\d)\b",
    re.I,
)
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
}  # fmt: skip
_WEEKDAY = re.compile(r"\b(?:on\s+|i\s+|late\s+|early\s+|sent\s+)?(?P<d>" + "|".join(_WEEKDAYS) + r")s?\b", re.I)


def weekdays(text: str, as_of: dt.date) -> list[dt.date]:
    """Every weekday the text names ("on Sunday", "torsdag"), as that day on or before `as_of`."""
    return [
        as_of - dt.timedelta(days=(as_of.weekday() - _WEEKDAYS[m["d"].lower()]) % 7) for m in _WEEKDAY.finditer(text)
    ]


_LAST_MONTH = re.compile(
    r"\b(?P<w>last\s+month|sidste\s+måned|i\s+sidste\s+måned|this\s+month|denne\s+måned|i\s+denne\s+måned)\b", re.I
)


def _context_year(previous: Window | None, as_of: dt.date | None) -> int | None:
    if previous is not None:
        return previous.start.year
    return as_of.year if as_of else None


def _day_month(match: re.Match[str], side: str, year: int) -> dt.date | None:
    month = match[f"{side}m"] or match[f"{side}n"]
    day = match[f"{side}d"] or match[f"{side}e"]
    try:
        return dt.date(year, MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def _edge_months(m: re.Match[str], year_ctx: int | None) -> Window | None:
    """'the first three months of 2016' = January-March; without a year, the context's year."""
    n = int(m["n"]) if m["n"].isdigit() else word_value(m["n"])
    year = int(m["y"]) if m["y"] else year_ctx
    if not n or not 1 <= int(n) <= 12 or not year:
        return None
    n = int(n)
    first = m["o"].lower() in ("first", "opening", "første")
    start = dt.date(year, 1, 1) if first else dt.date(year, 13 - n, 1)
    end = month_end(year, n) if first else dt.date(year, 12, 31)
    return Window(start, end, m.group(0).strip(), _basis(m, "y"), (m.span(),))


# a bracket or a dash opening right before a month range, a short label of its own between ("- the Baghouz months, ")
_ASIDE_OPENS = re.compile(r"(?:\(|\s-|[–—])\s*(?:[^()\-–—.;:,]{1,40},\s*)?$")


def _spans_window(sentence: str, as_of: dt.date | None, previous: Window | None) -> Window | None:
    """Quarters, halves, seasons and ranges whose year is written once ('from 1 January to 31 March 2016')."""
    year_ctx = _context_year(previous, as_of)
    own_year = re.search(r"\b(?:19|20)\d\d\b", sentence)
    m = _MIXED_RANGE.search(sentence)
    if m is not None and not m["y"]:
        # no year after it: only a part of a month takes the sentence's one year ("mellem midten af februar og ...")
        one_year = len(re.findall(r"\b(?:19|20)\d\d\b", sentence)) == 1
        m = m if (m["ap"] or m["bp"]) and one_year and own_year else None
    if m:  # "Between July and 22 December 2016"
        year = int(m["y"] or own_year.group(0))
        a_month, b_month = MONTHS[m["am"].lower()], MONTHS[m["bm"].lower()]
        a_part, b_part = (m[g].split()[-1].lower() if m[g] else None for g in ("ap", "bp"))
        a_day = int(m["ad"]) if m["ad"] else _PART_OF_MONTH[a_part][0] if a_part else 1
        b_day = int(m["bd"]) if m["bd"] else _PART_OF_MONTH[b_part][1] if b_part else 31
        try:
            a = dt.date(year if a_month <= b_month else year - 1, a_month, a_day)
            last = month_end(year, b_month)
            b = last.replace(day=min(b_day, last.day))
        except ValueError:
            a = b = None
        if a and b and a <= b:
            text = m.group(0).strip()
            # "mid-February" read as the 15th, said: one documented reading (docs/claims.md)
            parts = (a_part not in (None, *_EXACT_EDGE)) or (b_part not in (None, "end"))
            reading = note("note_season", text=text, start=a.isoformat(), end=b.isoformat()) if parts else None
            spans = (m.span(),) if m["y"] else (m.span(), own_year.span())
            return Window(a, b, text, "explicit", spans, reading)
    # "the last three months" alone is relative to the article date (below); "the first six months" is the context's
    edge = _EDGE_MONTHS.search(sentence)
    anchored = edge and (
        edge["y"] or edge["the"] or re.match(r"(?:the\s+|de\s+)?(?:first|opening|første)", edge[0], re.I)
    )
    if anchored and (window := _edge_months(edge, year_ctx)) is not None:
        return window
    if m := _DAY_RANGE.search(sentence):
        year = int(m["y"])
        a, b = _day_month(m, "a", year), _day_month(m, "b", year)
        if a and b and a > b:
            a = a.replace(year=year - 1)
        if a and b:
            return Window(a, b, m.group(0).strip(), "explicit", (m.span(),))
    if m := _QUARTER.search(sentence):
        q = int(m["q"]) if m["q"] else QUARTER_OF[m["o"].lower()]
        year = int(m["qy"] or m["y"] or 0) or year_ctx
        if year:
            start, end, text = dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q), m.group(0).strip()
            seasonal = bool(m["o"]) and m["o"].lower()[:3] in _SEASON_Q
            reading = note("note_season", text=text, start=start, end=end) if seasonal else None
            return Window(start, end, text, _basis(m, "y", "qy"), (m.span(),), reading)
    if m := _HALF.search(sentence):
        h = int(m["h"]) if m["h"] else (1 if m["o"].lower() in ("first", "første") else 2)
        year = int(m["hy"] or m["y"] or 0) or year_ctx
        if year:
            start = dt.date(year, 6 * h - 5, 1)
            return Window(start, month_end(year, 6 * h), m.group(0).strip(), _basis(m, "y", "hy"), (m.span(),))
    for m in _MONTH_RANGE.finditer(sentence):  # a month range is more precise than a season around it
        year = int(m["y"]) if m["y"] else (int(own_year[0]) if own_year else year_ctx)
        # "the spring of 2016 (April to June)", "the summer of 2017 - July to September -": a bracket refines the
        # window named before it; the aside may name the months first ("early 2019 - the Baghouz months, January to
        # March -")
        bracket = _ASIDE_OPENS.search(sentence[: m.start()]) is not None  # or between dashes
        lead = re.match(r"(?:from|between|fra|mellem)\b", m.group(0), re.I)
        if not year or (not lead and not m["y"] and not bracket):
            continue
        a, b = MONTHS[m["a"].lower()], MONTHS[m["b"].lower()]
        start = dt.date(year if a <= b else year - 1, a, 1)
        basis = "explicit" if m["y"] or own_year else _basis(m, "y")
        spans = (m.span(),) + ((own_year.span(),) if own_year and not m["y"] else ())
        window = Window(start, month_end(year, b), m.group(0).strip(), basis, spans)
        if (season := _SEASON.search(sentence)) is not None:  # "I sommeren 2017, fra juli til september"
            window = Window(window.start, window.end, window.text, basis, (*spans, season.span()))
        return window
    if m := _SEASON.search(sentence):
        first, last = _SEASONS[m["s"].lower()]
        if m["s0"]:  # two seasons joined: from the first one's first month to the later one's last
            other = _SEASONS[m["s0"].lower()]
            first, last = min(first, other[0]), max(last, other[1])
        year = int(m["y"])
        start, end, text = dt.date(year, first, 1), month_end(year, last), m.group(0).strip()
        if (to := _SEASON_TO.match(sentence, m.end())) and int(to["y"]) > year:
            # a range to a later year's season or edge: from this one's first month to that one's last
            edge = to["s"].lower() if to["s"] else "end"
            last = _SEASONS[edge][1] if edge in _SEASONS else 12
            end, text = month_end(int(to["y"]), last), sentence[m.start() : to.end()].strip()
            spans = (m.span(), to.span())
            reading = note("note_season", text=text, start=start.isoformat(), end=end.isoformat())
            return Window(start, end, text, "explicit", spans, reading)
        # one documented reading (docs/claims.md: autumn = September-November, "late" = September-December), stated
        reading = note("note_season", text=text, start=start.isoformat(), end=end.isoformat())
        return Window(start, end, text, "explicit", (m.span(),), reading)
    return None


def _basis(match: re.Match[str], *year_groups: str) -> str:
    if any(match[g] for g in year_groups):
        return "explicit"
    return note("note_year_from_context")


_FOLLOWING = re.compile(
    r"\b(?:the\s+|de\s+)?(?P<w>following|next|subsequent|følgende|næste|efterfølgende)\s+(?P<n>\d{1,2}|\w+)\s+"
    r"(?:months|måneder)\b",
    re.I,
)


_FIRST_FULL = re.compile(
    r"\b(?:its|their|his|her|the|sit|sine|deres|dets|dens|det)\s+(?:first|første)\s+(?:full|whole|hele)\s+(?:year|år)\b",
    re.I,
)
# "formed in January 2017. In its first year ...": the twelve months from the month it began, stated with the verdict
_FIRST_YEAR = re.compile(
    r"\b(?:its|their|his|her|sit|sine|deres|dets|dens)\s+(?:first|første)\s+(?:year|år)\b(?!\s+(?:of|af)\b)", re.I
)


# a month right before a year named by reference: "I december samme år", "in December of that year"
_MONTH_BEFORE = re.compile(rf"\b{MONTH_GROUP.format('m')}\s+(?:(?:of|af)\s+)?$", re.I)


def _month_of(sentence: str, m: re.Match[str], year: int, basis: str) -> Window | None:
    """That month of the year a reference names ("I december samme år" = December of the previous window's year)."""
    month = _MONTH_BEFORE.search(sentence[: m.start()])
    if month is None:
        return None
    first = dt.date(year, MONTHS[month["m"].lower()], 1)
    span = (month.start(), m.end())
    return Window(first, month_end(year, first.month), sentence[span[0] : span[1]], basis, (span,))


def _relative_window(sentence: str, as_of: dt.date | None, previous: Window | None) -> Window | None:
    """'that year', 'since 2013', 'last month', 'torsdag': resolved against the previous window or the article date."""
    if (m := _FOLLOWING.search(sentence)) and previous is not None:
        n = int(m["n"]) if m["n"].isdigit() else word_value(m["n"])
        if n:
            start = previous.end + dt.timedelta(days=1)
            end = months_back(start, -int(n)) - dt.timedelta(days=1)
            return Window(
                start, end, m.group(0).strip(), note("note_months_after", n=int(n), text=previous.text), (m.span(),)
            )
    no_year = not re.search(r"\b(?:19|20)\d\d\b", sentence)
    if (m := _FIRST_FULL.search(sentence)) and previous is not None and no_year:
        # "formed in October 2015. In their first full year ...": the first calendar year that starts after it
        whole = (previous.start.month, previous.start.day, previous.end.month, previous.end.day) == (1, 1, 12, 31)
        y = previous.start.year + (0 if whole else 1)
        basis = "context" if whole else note("note_year_after", text=previous.text)
        return Window(dt.date(y, 1, 1), dt.date(y, 12, 31), m.group(0), basis, (m.span(),))
    if (m := _FIRST_YEAR.search(sentence)) and previous is not None and no_year:
        start = previous.start.replace(day=1)
        end = months_back(start, -12) - dt.timedelta(days=1)
        reading = note("note_season", text=m.group(0), start=start.isoformat(), end=end.isoformat())
        return Window(start, end, m.group(0), "context", (m.span(),), reading)
    m = _YEAR_AFTER.search(sentence)
    if m and _COMPARED.search(sentence[max(0, m.start() - 30) : m.start()]):
        m = None  # "a sharp drop from the year before": the time of the comparison, not of the claim
    if m and previous is not None and no_year:
        y = previous.start.year + (-1 if m["before"] else 1)
        key = "note_year_before" if m["before"] else "note_year_after"
        basis = note(key, text=previous.text)
        return _month_of(sentence, m, y, basis) or Window(
            dt.date(y, 1, 1), dt.date(y, 12, 31), m.group(0), basis, (m.span(),)
        )
    m = _THAT.search(sentence)
    own = list(_ANY_YEAR.finditer(sentence, 0, m.start())) if m else []
    if m and own and ("year" in m["w"].lower() or "år" in m["w"].lower()) and not _MONTH_YEAR.search(sentence):
        # "Our 2014 country report put it plainly: ... in Syria that year": the year named just before in the same
        # sentence, nearer than any sentence before it (even where it only dated a report); both words are read. Not
        # "July 2018 was the deadliest month that year": the month is the window, the year only its frame
        y, spans = int(own[-1].group(0)), (own[-1].span(), m.span())
        return Window(dt.date(y, 1, 1), dt.date(y, 12, 31), m["w"], "context", spans)
    if m and previous is not None:
        if "year" in m["w"].lower() or "år" in m["w"].lower():
            y = previous.start.year
            return _month_of(sentence, m, y, "context") or Window(
                dt.date(y, 1, 1), dt.date(y, 12, 31), m["w"], "context", (m.span(),)
            )
        start = previous.start.replace(day=1)
        return Window(start, month_end(start.year, start.month), m["w"], "context", (m.span(),))
    if m := _SINCE.search(
        sentence
    ):  # "since 2013", "since the start of 2017", "siden april 2019", "since 9 October 2019"
        end = as_of or dt.date.today()
        basis = note("note_relative", date=as_of.isoformat()) if as_of else note("note_to_today")
        try:
            start = (
                dt.date(int(m["after"]) + 1, 1, 1)
                if m["after"]
                else dt.date(
                    int(m["y"]), MONTHS[m["m"].lower()] if m["m"] else 1, int(m["d"]) if m["d"] and m["m"] else 1
                )
            )
        except ValueError:
            start = None
        if start is not None and start <= end:
            return Window(start, end, m.group(0), basis, (m.span(),))
    if as_of is None:
        return None
    if m := _LAST_MONTH.search(sentence):
        if re.search(r"last|sidste", m["w"], re.I):
            last = as_of.replace(day=1) - dt.timedelta(days=1)
            start = last.replace(day=1)
        else:
            start, last = as_of.replace(day=1), as_of
        return Window(start, last, m["w"], note("note_relative", date=as_of.isoformat()), (m.span(),))
    if m := _WEEKDAY.search(sentence):
        back = (as_of.weekday() - _WEEKDAYS[m["d"].lower()]) % 7
        day = as_of - dt.timedelta(days=back)
        return Window(
            day, day, m.group(0).strip(), note("note_weekday", day=m["d"], date=as_of.isoformat()), (m.span(),)
        )
    return None


# From a date to the end of its month or year: "before the month was out", "resten af året".
_REST_OF = re.compile(
    r"\b(?:before\s+the\s+(?:(?P<unit>month)|year)\s+was\s+out|by\s+the\s+end\s+of\s+the\s+(?:(?P<unit2>month)|year)|"
    r"(?:for\s+|in\s+)?the\s+rest\s+of\s+the\s+(?:(?P<unit3>month)|year)|(?:i\s+)?resten\s+af\s+(?:(?P<unit4>måneden)|året)|"
    r"inden\s+(?:(?P<unit5>måneden)|året)\s+var\s+omme)\b",
    re.I,
)


def _months(match: re.Match[str]) -> int:
    """The number of months in "the three months to", "de tolv måneder frem til", "the year to" (0: not a number)."""
    n = match["n"]
    return 12 if match["year"] else int(n) if n.isdigit() else int(word_value(n) or 0)


def _bare_month(sentence: str, as_of: dt.date, previous: Window | None) -> Window | None:
    """'222 incidents in Iraq in October' in a report dated 2018-11-05: October 2018, the last October up to the
    article's date; None when the sentence names a year or more than one such month, or the article's sentences
    before spoke of another year ("In January 2017 ... In February the army ...": which February is a guess)."""
    bare = list(_BARE_MONTH.finditer(sentence)) if not _ANY_YEAR.search(sentence) else []
    if len(bare) != 1:
        return None
    month = MONTHS[bare[0]["m"].lower()]
    year = as_of.year if month <= as_of.month else as_of.year - 1
    if previous is not None and previous.start.year != year:
        return None
    end = min(month_end(year, month), as_of)
    basis = note("note_relative", date=as_of.isoformat())
    return Window(dt.date(year, month, 1), end, bare[0].group(0).strip(), basis, (bare[0].span(),))


# "in 2018-19", "2015/16", "i 2018-19": two years with the second cut to its last two digits, written as one word
_SHORT_YEAR_RANGE = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)[-–/](?P<yy>\d\d)\b(?![-–/.,]?\d|\s*(?:%|per\s*cent|procent))", re.I
)


_SEASON_BEFORE = re.compile(r"\b(?:winter|vinter|vinteren|season|sæson|sæsonen)\s+(?:of\s+)?$", re.I)


def _short_year_range(sentence: str) -> Window | None:
    """'2018-19' as the two whole years, when the second follows the first (never '2016-02', a month)."""
    m = _SHORT_YEAR_RANGE.search(sentence)
    if m is None or not int(m["y"]) % 100 < int(m["yy"]) <= int(m["y"]) % 100 + 10:
        return None
    if _SEASON_BEFORE.search(sentence[: m.start()]):  # "Winter 2018-19" is one season across the two years
        return None
    end = int(m["y"]) // 100 * 100 + int(m["yy"])
    return Window(dt.date(int(m["y"]), 1, 1), dt.date(end, 12, 31), m.group(0), "explicit", (m.span(),))


def find_window(sentence: str, as_of: dt.date | None, previous: Window | None = None) -> Window | None:
    """The window a sentence speaks of, or None when it names none."""
    if (short := _short_year_range(sentence)) is not None:
        return short
    dates = find_dates(sentence)
    if len(dates) >= 2:
        (d1, s1, e1), (d2, s2, e2) = dates[0], dates[1]
        between = sentence[e1:s2]
        lead = re.search(r"\b(?:between|from|fra|mellem)\b", sentence[max(0, s1 - 80) : s1], re.I)
        joined = re.fullmatch(_RANGE_SEP, between, re.I) or (
            lead and len(between) < 80 and re.search(r"\b(?:and|to|til|og|until)\b", between, re.I)
        )
        if joined and d1 <= d2:
            return Window(d1, d2, sentence[s1:e2], "explicit", ((s1, e2),))
    if (parts := _spans_window(sentence, as_of, previous)) is not None:
        return parts
    for date, s, e in dates[:1]:  # "i de tolv måneder frem til 21. november 2014": the N months ending that day
        upto = _MONTHS_TO_DAY.search(sentence[max(0, s - 60) : s])
        if upto and 1 <= (n := _months(upto)) <= 36:
            start = months_back(date, n) + dt.timedelta(days=1)
            if date == month_end(date.year, date.month):  # "to 30 June 2017": the N whole months
                start = months_back(date.replace(day=1), n - 1)
            at = max(0, s - 60) + upto.start()
            return Window(start, date, sentence[at:e], "explicit", ((at, e),))
    if (to := _MONTHS_TO.search(sentence)) is not None:  # "in the three months to the end of June 2017"
        n = _months(to)
        end_month, year = MONTHS[to["m"].lower()], int(to["y"])
        if 1 <= n <= 36:
            end = month_end(year, end_month)
            start = months_back(dt.date(year, end_month, 1), n - 1).replace(day=1)
            return Window(start, end, to.group(0).strip(), "explicit", (to.span(),))
    months = list(_MONTH_YEAR.finditer(sentence))
    for first, second in itertools.pairwise(months):
        if re.fullmatch(_RANGE_SEP, sentence[first.end() : second.start()], re.I):
            start = dt.date(int(first["y"]), MONTHS[first["m"].lower()], 1)
            end = month_end(int(second["y"]), MONTHS[second["m"].lower()])
            if start <= end:
                return Window(
                    start, end, sentence[first.start() : second.end()], "explicit", ((first.start(), second.end()),)
                )
    if (upto := _MONTH_TO_YEAR_END.search(sentence)) is not None:
        start = dt.date(int(upto["y"]), MONTHS[upto["m"].lower()], 1)
        last = MONTHS[upto["m2"].lower()] if upto["m2"] else 12
        end = month_end(int(upto["y2"]), last)
        if start <= end:
            spans = ((upto.start(), upto.end("y")), (upto.start("to"), upto.end()))
            return Window(start, end, upto.group(0), "explicit", spans)
    years = re.search(_RANGE_LEAD + r"\b((?:19|20)\d\d)" + _RANGE_SEP + r"((?:19|20)\d\d)\b", sentence, re.I)
    if years and int(years[1]) <= int(years[2]):
        whole = (dt.date(int(years[1]), 1, 1), dt.date(int(years[2]), 12, 31))
        return Window(*whole, years.group(0).strip(), "explicit", (years.span(),))
    since = _SINCE.search(sentence)
    if (not dates or since) and (relative := _relative_window(sentence, as_of, previous)) is not None:
        return relative
    if as_of is not None and not dates and (bare := _bare_month(sentence, as_of, previous)) is not None:
        return bare
    if as_of is None and not dates and previous is not None and previous.start.year == previous.end.year:
        # "... attacks in April 2020 ... In January, it performed 88 attacks" with no article date: the month of the
        # year the text speaks of, said (the previous window, April, had been carried over onto January)
        bare = _bare_month(sentence, dt.date(previous.start.year, 12, 31), previous)
        if bare is not None:
            return Window(bare.start, bare.end, bare.text, note("note_year_from_context"), bare.spans)
    for kind, pattern in _RELATIVE:
        match = pattern.search(sentence)
        if not match:
            continue
        text, spans = match.group(0).strip(), (match.span(),)
        if kind == "same":
            if previous:
                return Window(previous.start, previous.end, text, note("note_same_as", text=previous.text), spans)
            continue
        if as_of is None:
            return None
        basis = note("note_relative", date=as_of.isoformat())
        if kind == "year_through":
            try:
                end = dt.date(as_of.year, MONTHS[match["m"].lower()], int(match["d"]))
            except ValueError:
                continue
            if end > as_of:
                end = end.replace(year=end.year - 1)
            start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
            return Window(start, end, text, note("note_twelve_months", date=as_of.isoformat()), spans)
        if kind == "this_year":
            return Window(dt.date(as_of.year, 1, 1), as_of, text, basis, spans)
        if kind == "last_year":
            return Window(dt.date(as_of.year - 1, 1, 1), dt.date(as_of.year - 1, 12, 31), text, basis, spans)
        n = match["n"] if kind == "n_months" else None
        n_back = (int(n) if n.isdigit() else int(word_value(n) or FEW_MONTHS)) if n else FEW_MONTHS
        return Window(
            months_back(as_of, n_back),
            as_of,
            text,
            note("note_months_back", date=as_of.isoformat(), n=n_back),
            spans,
        )
    if len(dates) == 1:
        date, s, e = dates[0]
        if rest := _REST_OF.search(sentence):  # "began on 9 October 2019 ... before the month was out"
            month = any(rest[g] for g in ("unit", "unit2", "unit3", "unit4", "unit5"))
            last = month_end(date.year, date.month) if month else dt.date(date.year, 12, 31)
            return Window(date, last, f"{sentence[s:e]} … {rest[0]}", "explicit", ((s, e), rest.span()))
        return Window(date, date, sentence[s:e], "explicit", ((s, e),))
    if months:
        m = months[0]
        month = MONTHS[m["m"].lower()]
        whole = (dt.date(int(m["y"]), month, 1), month_end(int(m["y"]), month))
        return Window(*whole, m.group(0), "explicit", (m.span(),))
    if (short := _MONTH_SHORT_YEAR.search(sentence)) is not None:
        y, month = 2000 + int(short["yy"]), MONTHS[short["m"].lower()]
        whole = (dt.date(y, month, 1), month_end(y, month))
        return Window(*whole, short.group(0), "explicit", (short.span(),))
    year = _YEAR_WORDS.search(sentence)
    if year:
        y = int(next(year[g] for g in _YEAR_GROUPS if year[g]))
        return Window(dt.date(y, 1, 1), dt.date(y, 12, 31), year.group(0).strip(" ,"), "explicit", (year.span(),))
    return None


_YEAR_GROUPS = tuple(f"y{n}" for n in range(1, 13))  # the year's groups in _YEAR_WORDS, one per way to name it


# "the three months to the end of June 2017", "de seks måneder frem til udgangen af juni 2017", "the year to June 2017"
_MONTHS_TO = re.compile(
    r"\b(?:the\s+|de\s+)?(?:(?P<n>\d{1,2}|[a-zæøå]+)\s+(?:months|måneder)|(?P<year>year|12\s+months|år(?:et)?))\s+"
    r"(?:to|up\s+to|until|through|ending(?:\s+in)?|til|frem\s+til|op\s+til|indtil)\s+(?:the\s+end\s+of\s+|"
    r"(?:udgangen|slutningen)\s+af\s+)?" + MONTH_GROUP.format("m") + r",?\s+" + YEAR_GROUP.format("y") + r"\b",
    re.I,
)
# "the twelve months to 21 November 2014", "de tolv måneder frem til 21. november 2014": before a dated day
_MONTHS_TO_DAY = re.compile(
    r"\b(?:the\s+|de\s+)?(?:(?P<n>\d{1,2}|[a-zæøå]+)\s+(?:months|måneder)|(?P<year>year|12\s+months|år(?:et)?))\s+"
    r"(?:to|up\s+to|until|through|ending(?:\s+on)?|til|frem\s+til|op\s+til|indtil)\s+(?:den\s+)?$",
    re.I,
)
# "in 2014", "By 2015", "its 2014 engagements" (a year before the counted noun), "their first full year, 2016,"
_YEAR_WORDS = re.compile(
    # "spent 2016 fighting", "i hele 2018", "all of 2017"; "As late as 2017, ...", "as early as 2013": still that year
    r"\b(?:in|during|for|of|by|i|under|throughout|igennem|gennem|af|inden|spent|tilbragte|"
    r"as\s+(?:late|early|recently)\s+as)\s+(?:hele\s+|all\s+of\s+)?"
    r"(?P<y1>(?:19|20)\d\d)\b"
    r"|\b(?:its|their|the|sine|sit|deres|dens|dets|[\w-]+['’]s?)\s+(?P<y2>(?:19|20)\d\d)(?=\s+(?:[\w-]+\s+)?"
    r"(?:engagements|battles|clashes|fighting|attacks|operations|events|kampe|kamphandlinger|træfninger|sammenstød|"
    r"angreb|"
    # "two thirds of its 2019 Syrian events";
    # "appears in the 2019 record", "the 2017 figures show": the year of the record read is the window
    r"record|records|data|dataset|figures?|numbers|statistics|tally|count|total|totals)\b)"
    r"|(?:\b(?:first|second|third|last|final|første|andet|sidste)\s+(?:full\s+|hele\s+)?(?:year|år),)?,?\s*"
    r"(?<=,\s)(?P<y3>(?:19|20)\d\d)\s*,"
    # "Over 2014 as a whole", "Over hele 2014", "across 2016": not "over 2014 battles" (a number)
    r"|\b(?:over|across)\s+(?:hele\s+)?(?P<y4>(?:19|20)\d\d)\b(?:\s+as\s+a\s+whole)?(?!\s+(?:[\w-]+\s+)?"
    r"(?:engagements|battles|clashes|attacks|operations|events|times|kampe|kamphandlinger|træfninger|sammenstød|"
    r"angreb|gange)\b)"
    # "Frem til 2019 faldt IS' andel ... til omkring syv procent": the level reached that year, as "By 2019" is
    r"|\b(?:frem\s+til|indtil)\s+(?P<y5>(?:19|20)\d\d)\b(?=[^.;]*?\b(?:faldt|steg|var\s+faldet|var\s+steget)\b[^.;]*?\btil\b)"
    # a year as a label: "ISIS and the regime, 2016: roughly 1,500 clashes", "(Syria, 2018)", "... in Syria, 2019.",
    # "1,345 clashes in a single year (2017)"
    # "ISIS in Syria, 2014 (fact box): ...": a label's own aside before its colon, or a dash ("by month, 2016 - ...")
    # "2017: the SDF were in ~1,460 clashes", "3/ 2019: ...": a year labelling the sentence it opens (a thread's
    # post number before it)
    r"|(?:(?<=,\s)|^|(?<=^\d/\s)|(?<=^\d\d/\s))(?P<y6>(?:19|20)\d\d)"
    r"(?=\s*(?:\([^()]{1,30}\)\s*)?(?:[:)]|\.?\s*$|\s[-–—]\s+(?!(?:19|20)\d\d)))"
    r"|\((?P<y7>(?:19|20)\d\d)\)"
    # a label of a few words around the year opening the sentence before its colon, a list's bullet or dash or a
    # kicker and bar before it: "SDF 2016: ...", "- Turkey 2017: ...", "• 2015 recap: ...", "IS, Syria 2017: ...",
    # "IS i Syrien 2019: to ud af tre kampe ...", "FAKTA | IS i Syrien 2019: ..." (a chart's or a list's line); not a
    # year after a word of time ("Fighting rose after 2015: ...", "siden 2015:")
    r"|^\s*(?:[^|:.;]{1,30}\|\s*)?(?:[-–—•*]\s*)?"
    r"(?:(?!(?:after|before|since|until|from|to|through|efter|før|siden|indtil|fra|til)\s)[A-Za-zÆØÅæøå][\w'’.-]*,?\s+){0,4}"
    r"(?P<y11>(?:19|20)\d\d)(?:\s+[A-Za-zÆØÅæøå][\w'’-]*){0,2}\s*:"
    # ... or right after the label's colon, before a comma: "Chart label: 2012, virtually all (99.9%) of ..."
    r"|^(?:[-–—•*]\s*)?(?:[A-Za-zÆØÅæøå][\w'’.-]*\s+){0,2}[A-Za-zÆØÅæøå][\w'’.-]*:\s*(?P<y12>(?:19|20)\d\d)(?=\s*,)"
    # the year as the subject: "2017 var IS' travleste år ... med over 2.800 kampe", "Fact: 2017 was ISIS's worst year"
    # "Inside Turkey, 2015 had ...": after a place or time leading the clause
    r"|(?:^|(?<=:\s)|(?<=^\d/\s)|(?<=[a-zæøå],\s))(?P<y8>(?:19|20)\d\d)(?=\s+(?:var|blev|was|became)\s+(?:[\w'’-]+\s+){0,4}?(?:år|year)\b"
    # ... or of any clause opening the sentence, an aside about the year between: "2017 saw over 800 clashes",
    # "2017 was the peak: ...", "2017, the year of Mosul, saw ...", "EXPERT: 2016, a grim year, brought ..."
    r"|(?:\s*,\s+(?:the|a|an|its|their)\s[^,.;:]{1,40},)?\s+(?:saw|was|brought|marked|had|became|remained|så|bragte)\b)"
    # a year the speaker turns to: "if you look at 2014, ...", "Take 2015: ...", "Looking at 2017, ..."
    # "hvis man kigger på 2015, så ...", "Ser man på 2016, ...", "Tager vi 2017: ...", "Hvad angår 2018, ..."
    # ("Ser man tilbage på hele 2017, ...", "Looking back at all of 2017, ...": the whole year looked back on)
    r"|\b(?:look(?:s|ed|ing)?\s+(?:back\s+)?at(?:\s+all\s+of)?|take|taking|consider|turn(?:s|ed|ing)?\s+to|as\s+for|"
    r"when\s+it\s+comes\s+to|(?:kigger|kiggede|ser|så)\s+(?:man\s+|vi\s+|du\s+)?(?:tilbage\s+)?på(?:\s+hele)?|tager(?:\s+(?:man|vi|du))?|hvad\s+angår|"
    r"når\s+det\s+gælder|"
    # "a few people asked about 2013.": the year a thread's edit answers about, for its "That year"
    r"(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed)?)\s+(?:me\s+|us\s+)?about)\s+"
    r"(?P<y10>(?:19|20)\d\d)(?=\s*[,:;.?!]|\s*$|\s+[-–—]\s)"
    # the year an owner's noun is dated by: "the group's 2014 offensive", "The regime's 2013 war", "ISIS's 2013 Syrian
    # footprint" (not a year joined to another: "the group's 2014 and 2015 ...", "ISIS's 2014-2016 ...")
    r"|\b[\w-]+['’]s?\s+(?P<y9>(?:19|20)\d\d)(?=\s+[A-Za-z][\w-]*\b)(?!\s+(?:and|or|to|through|until|og|eller|til)\b)",
    re.I,
)
