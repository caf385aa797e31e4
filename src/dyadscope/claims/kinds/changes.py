"""Figures in their own year: a count's year after it, "the year before", the level a change reached, and a share
set against the one before it ("down from 17% in 2016")."""

from __future__ import annotations

import datetime as dt

from dyadscope import recache as re
from dyadscope.claims.dates import QUARTER_OF, Window, year_step
from dyadscope.claims.days import MONTH_GROUP, MONTHS, month_end, one_calendar_year
from dyadscope.claims.figure_patterns import NEXT_YEAR
from dyadscope.claims.figures import Figure
from dyadscope.claims.model import Claim
from dyadscope.claims.quantities import APPROX, QUALIFIER

_CHANGE_TO = re.compile(
    r"\b(?:halved|doubled|tripled|fell|rose|dropped|grew|declined|shrank|halveredes|fordobledes|faldt|steg|voksede)\s+"
    r"(?:between|from|mellem|fra)\s+(?:19|20)\d\d\s+(?:and|to|og|til)\s+(?P<b>(?:19|20)\d\d),?\s+(?:to|til)\s+"
    rf"{QUALIFIER}?$",
    re.I,
)
_YEAR_BEFORE = re.compile(
    r"\s+(?:(?:of|in|from)\s+)?(?:the\s+year\s+before|a\s+year\s+earlier|the\s+previous\s+year|året\s+før|"
    r"året\s+inden|(?P<n>two|three|four|five|to|tre|fire|fem|[2-9])\s+(?:years|år)\s+(?:earlier|before|før|"
    r"forinden|tidligere))\b",
    re.I,
)
_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5, "to": 2, "tre": 3, "fire": 4, "fem": 5}
# "down from 17% in 2016", "op fra 20 procent i 2015": a figure set against the one before it, in its own year
_COMPARED = re.compile(
    r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|(?:ned|op)\s+fra|sammenlignet\s+med)\s+"
    rf"(?:(?:{APPROX})\s+)?$",
    re.I,
)
# "about 1,000 were recorded in 2018": the year after the verb is the count's own
_RECORDED = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|blev|er\s+blevet|var)\s+(?:recorded|counted|registered|logged|"
    r"documented|registreret|talt|optalt)\b",
    re.I,
)
_OWN_QUARTER = re.compile(
    r"\s+(?:in|during|i)\s+(?:the\s+|årets\s+)?(?P<o>first|second|third|fourth|final|last|første|andet|tredje|fjerde|"
    r"sidste)(?:\s+(?:quarter|kvartal))?(?:\s+(?:of\s+the\s+year|of\s+that\s+year))?\b(?!\s+(?:half|halvår|\w+\s+months))"
    # "in the second quarter of 2017" is the sentence's own window
    r"(?!\s+(?:of|af)\s+(?:19|20)\d\d)(?!\s+(?:quarter|kvartal))",
    re.I,
)
_OWN_YEAR = re.compile(r"\s+(?:in|i)\s+((?:19|20)\d\d)\b(?!\s*(?:–|-|to|til|and|og)\s*\d)", re.I)
# "double the 2018 level": the year of the figure a count is set against (figures._RATIO_TO_YEAR)
_LEVEL_YEAR = re.compile(
    r"\s+(?:the|its|their)\s+((?:19|20)\d\d)(?:['’]s)?\s+(?:level|figure|total|tally|count)\b", re.I
)


# a figure's year in brackets after it, "767 engagements (2016)", or before it with the figure in brackets, "2013 (309)"
_BRACKET_YEAR = re.compile(r"(?:\s+[\w-]+)?\s*\(((?:19|20)\d\d)\)")
_YEAR_BRACKET = re.compile(rf"\b((?:19|20)\d\d)\s*\((?:(?:{APPROX})\s+)?$", re.I)


_MONTH_BEFORE = re.compile(rf"(?:[-–—,:;]|\band)\s*{MONTH_GROUP.format('m')}\s+$", re.I)
_HALF_BEFORE = re.compile(
    rf"[;,]\s+(?:(?:and|og)\s+)?(?:in|i)\s+(?:the\s+)?(?P<h>first|second|første|andet)\s+(?:half|halvår),?\s+"
    rf"(?:(?:{APPROX}|more\s+than|fewer\s+than|over|under|nearly|almost)\s+)?$",
    re.I,
)


def _year(y: int, text: str, at: tuple[int, int]) -> Window:
    return Window(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "explicit", (at,))


def count_window(sentence: str, fig: Figure, window: Window | None) -> Window | None:
    """A count's own year: "fell to 1,000 in 2018 and to 455 in 2019", "the year before", "halved ..., to N"."""
    recorded = _RECORDED.match(sentence[fig.end :])
    end = fig.end + (recorded.end() if recorded else 0)
    year = _OWN_YEAR.match(sentence[end:]) or _LEVEL_YEAR.match(sentence[end:]) or _BRACKET_YEAR.match(sentence[end:])
    before = _YEAR_BEFORE.match(sentence[fig.end :])
    if year:
        return _year(int(year[1]), year[0].strip(" ()"), (end + year.start(), end + year.end()))
    if bracketed := _YEAR_BRACKET.search(sentence[: fig.start]):  # "between 2013 (309) and 2014 (633)"
        return _year(int(bracketed[1]), bracketed[1], bracketed.span(1))
    month = _MONTH_BEFORE.search(sentence[: fig.start])
    if month and window is not None and window.start.year == window.end.year:
        # "by month, 2016 - January 190, March 241": that month of the sentence's year
        y, mo = window.start.year, MONTHS[month["m"].lower()]
        return Window(dt.date(y, mo, 1), month_end(y, mo), month["m"], "explicit", (month.span("m"),))
    half = _HALF_BEFORE.search(sentence[: fig.start])
    if half and window is not None and window.start.year == window.end.year:
        # "In the first half of 2016 ... 1,130 engagements; in the second half, around 1,500": a half of that year
        y, first = window.start.year, half["h"].lower() in ("first", "første")
        start, end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        return Window(start, end, half[0].strip(" ,"), "explicit", (half.span(),))
    quarter = _OWN_QUARTER.match(sentence[end:])
    if quarter and window is not None and not year:
        # "720 engagements in the first quarter to roughly 140 in the fourth": a quarter of the sentence's year
        q = QUARTER_OF[quarter["o"].lower()]
        y = window.start.year
        at = (end + quarter.start(), end + quarter.end())
        return Window(dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), quarter[0].strip(), "explicit", (at,))
    if before and window is not None:
        at = (fig.end + before.start(), fig.end + before.end())
        n = before["n"].lower() if before["n"] else "1"  # "mod knap 2.900 to år forinden": that many years back
        return _year(window.start.year - (int(n) if n.isdigit() else _YEARS[n]), before[0].strip(), at)
    later = _NEXT_YEAR_AFTER.match(sentence, fig.end)
    if later and window is not None and one_calendar_year(window.start, window.end):
        # "633 events in 2014, and roughly 500 the year after": the year after the sentence's year
        return _year(window.start.year + 1, later["at"], later.span("at"))
    after = _NEXT_YEAR_BEFORE.search(sentence[: fig.start])
    if after and window is not None and one_calendar_year(window.start, window.end):
        # "omkring 1.700 kampe i 2018, året efter i godt 1.500": the year after the sentence's year
        return _year(window.start.year + 1, after["at"], after.span("at"))
    if change := _CHANGE_TO.search(sentence[: fig.start]):
        # "halved between 2016 and 2017, to around 1,800": the level reached is the later year's
        return _year(int(change["b"]), change["b"], change.span())
    return None


def compared(sentence: str, fig: Figure, claims: list[Claim]) -> tuple[Claim, Window] | None:
    """A share set against the sentence's share before it, in its own year: that claim and the year."""
    earlier = next((c for c in reversed(claims) if c.kind == "share"), None)
    if earlier is None or not _COMPARED.search(sentence[: fig.start]):
        return None
    year = _OWN_YEAR.match(sentence[fig.end :])
    if not year:
        return None
    return earlier, _year(int(year[1]), year[0].strip(), (fig.end + year.start(), fig.end + year.end()))


# "...; in 2018 it was closer to 36%", ", and in 2019 in nearly two-thirds": a later clause opening with its own year
_CLAUSE_YEAR = re.compile(
    r"(?:;|,|\s(?:and|but|while|og|men|mens))\s+(?:(?:and|og)\s+)?(?P<at>(?:in|i)\s+(?P<y>(?:19|20)\d\d))\b"
    r"[^;,]{0,50}$",
    re.I,
)


# the year after the claim before, written before the figure (", og året efter i næsten halvdelen", ", and the
# following year in about half") or after it (", and two thirds the following year", ", og to tredjedele året efter")
# a count's own clause opening with the year after: ", året efter i godt 1.500", ", and the following year about 900"
_NEXT_YEAR_BEFORE = re.compile(rf"(?:,|\s(?:and|og))\s+(?:(?:and|og)\s+)?{NEXT_YEAR}\s+(?:(?:in|i)\s+)?$", re.I)
_CLAUSE_NEXT_YEAR = re.compile(rf"(?:;|,|\s(?:and|but|og|men))\s+(?:(?:and|og)\s+)?{NEXT_YEAR},?[^;,]{{0,50}}$", re.I)
# a later clause with only its figure and, closing it, its year: "..., og i 65 pct. i 2019", "and in 65% in 2019"
_CLAUSE_OPEN = re.compile(r"(?:;|,|\s(?:and|but|og|men))\s+(?:(?:and|og)\s+)?(?:(?:in|i|for)\s+)?$", re.I)
_YEAR_CLOSING = re.compile(r"\s+(?P<at>(?:in|i)\s+(?P<y>(?:19|20)\d\d))\b(?=\s*(?:[.;,]|$))", re.I)
_CLAUSE_START = re.compile(r"(?:;|,)\s+(?:(?:and|but|og|men)\s+)?$", re.I)
_NEXT_YEAR_AFTER = re.compile(rf"\s+(?:(?:in|i)\s+)?{NEXT_YEAR}", re.I)


def clause_year(sentence: str, fig: Figure, claims: list[Claim]) -> tuple[Claim, Window] | None:
    """A share in a later clause with its own year, after a claim of the sentence: that claim and the year."""
    if not claims:
        return None
    m = _CLAUSE_YEAR.search(sentence[: fig.start])
    if m is not None:
        return claims[-1], _year(int(m["y"]), m["at"], m.span("at"))
    m = _YEAR_CLOSING.match(sentence, fig.end) if _CLAUSE_OPEN.search(sentence[: fig.start]) else None
    if m is not None:  # "i 47 pct. af IS' kampe i 2017 og i 65 pct. i 2019": the year closing the figure's clause
        return claims[-1], _year(int(m["y"]), m["at"], m.span("at"))
    m = _CLAUSE_NEXT_YEAR.search(sentence[: fig.start])
    at = m.span("at") if m is not None else None
    if m is None and _CLAUSE_START.search(sentence[: fig.start]):
        m = _NEXT_YEAR_AFTER.match(sentence[fig.end :])  # ", and two thirds the following year"
        at = (fig.end + m.start("at"), fig.end + m.end("at")) if m is not None else None
    earlier = claims[-1]
    if m is None or at is None or earlier.start is None or not one_calendar_year(earlier.start, earlier.end):
        return None
    return earlier, _year(earlier.start.year + 1, m["at"], at)


_A_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)")
# where one clause of a comparison ends and the next begins: "X in 2019, compared with under a tenth in 2017",
# "... i 2019, mens provinsen i 2017 kun stod for 8 procent", "whereas in 2016 ..."
_CLAUSE_BREAK = re.compile(
    r"[;,:]\s*|\s(?:while|whereas|compared\s+(?:with|to)|mens|hvorimod|sammenlignet\s+med)\s", re.I
)
# "Compared with 2017, when Kurdish-led forces made up 47% ...", "Sammenlignet med 2016, hvor hver femte ...": the
# year the relative clause is about
_WHEN_OF_YEAR = re.compile(r"((?:19|20)\d\d)\s*,?\s*$")
_WHEN = re.compile(r"(?:when|hvor|da)\s", re.I)


def _relative_clause_year(sentence: str, left: int, right: int) -> Window | None:
    """A clause naming no year but "the year before" ("året før", "a year later"): the year named before it -1 (+1)."""
    step = year_step(sentence, left, right)
    named = list(_A_YEAR.finditer(sentence, 0, left))
    if step is None or not named or _A_YEAR.search(sentence, left, right):
        return None
    (n, at), y = step, int(named[-1].group(1))
    return _year(y + n, sentence[at[0] : at[1]], at)


def clause_own_year(sentence: str, start: int, end: int, window: Window | None) -> Window | None:
    """The year of a figure's own clause when a comparison names two: "half in 2019, compared with a tenth in 2017".

    Only a sentence naming two or more different years, or a clause saying "the year before" after a named year,
    and only a whole-year window (or none), is re-read; a clause naming no year, or more than one, keeps the
    sentence's window.
    """
    if window is not None and not one_calendar_year(window.start, window.end):
        return None
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(sentence, end)
    right = after.start() if after else len(sentence)
    if (relative := _relative_clause_year(sentence, left, right)) is not None:
        return relative if window is None or window.start.year != relative.start.year else None
    if len({m.group(0) for m in _A_YEAR.finditer(sentence)}) < 2:
        return None
    years = list(_A_YEAR.finditer(sentence, left, right))
    if len({m.group(0) for m in years}) == 1:
        year = years[0]
    elif not years and _WHEN.match(sentence, left):
        year = _WHEN_OF_YEAR.search(sentence, 0, left)
    else:
        return None
    if year is None:
        return None
    y = int(year.group(1))
    if window is not None and window.start.year == y:
        return None
    return _year(y, year.group(1), year.span(1))
