"""Full dates and months in article text, English and Danish: the calendar words, one resolved Window, every full date
a text names and the date an article speaks from. dates.py builds the windows a sentence names on these."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dyadscope import recache as re
from dyadscope.claims.wording import note

MONTHS = {
    "january": 1,
    "jan": 1,
    "januar": 1,
    "february": 2,
    "feb": 2,
    "februar": 2,
    "march": 3,
    "mar": 3,
    "marts": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "maj": 5,
    "june": 6,
    "jun": 6,
    "juni": 6,
    "july": 7,
    "jul": 7,
    "juli": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
FEW_MONTHS = 3  # "the last few months": three, stated in docs/claims.md
MONTH_GROUP = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR_GROUP = r"(?P<{0}>(?:19|20)\d\d)"
DAY_GROUP = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|\.)?"
# "November 21 2013", "Nov. 21, 2013", "September 23rd 2014" | "21 November 2013", "21. november 2013" | ISO | digits
_DATE = (
    rf"(?:{MONTH_GROUP.format('m1')}\s+{DAY_GROUP.format('d1')},?\s+{YEAR_GROUP.format('y1')}"
    rf"|{DAY_GROUP.format('d2')}\s+(?:of\s+)?{MONTH_GROUP.format('m2')},?\s+{YEAR_GROUP.format('y2')}"
    rf"|{YEAR_GROUP.format('y3')}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    # "25/7/2018", "7/25/2018": day and month in digits, read only where the order shows (_date_from)
    rf"|(?<![\d/.])(?P<a4>[0-3]?\d)/(?P<b4>[01]?\d|[0-3]\d)/{YEAR_GROUP.format('y4')}(?![\d/])"
    r")"
)
DATE_RE = re.compile(r"\b" + _DATE + r"\b", re.I)


@dataclass(frozen=True)
class Window:
    """A resolved time window, the words it came from and how it was resolved."""

    start: dt.date
    end: dt.date
    text: str
    basis: str
    spans: tuple[tuple[int, int], ...] = ()
    reading: str | None = None  # how vague time words were read ("'autumn of 2019' read as ..."), said with the verdict


def one_calendar_year(start: dt.date | None, end: dt.date | None) -> bool:
    """Whether start..end is exactly one calendar year: one_calendar_year(date(2016, 1, 1), date(2016, 12, 31))."""
    return bool(
        start and end and start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    )


def _date_from(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"]))
        if g.get("y4"):
            a, b = int(g["a4"]), int(g["b4"])
            if a != b and a <= 12 and b <= 12:
                return None  # "3/4/2016": 3 April or March 4, the writer's convention unknown; no date is read
            day, month = (a, b) if b <= 12 else (b, a)  # "25/7/2018" day first, "7/25/2018" month first
            return dt.date(int(g["y4"]), month, day)
        return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except (ValueError, KeyError):
        return None


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date in the text with its offsets."""
    found = []
    for match in DATE_RE.finditer(text):
        date = _date_from(match)
        if date:
            found.append((date, match.start(), match.end()))
    return found


def article_date(text: str) -> tuple[dt.date | None, str]:
    """The date the article speaks from: the latest full date it mentions, with a note saying so."""
    dates = [d for d, _, _ in find_dates(text) if d <= dt.date.today()]
    if not dates:
        return None, note("note_no_date")
    latest = max(dates)
    return latest, note("note_latest_date", date=latest.isoformat())


def month_end(year: int, month: int) -> dt.date:
    """The last day of the month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_back(date: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (the month's last day when it has fewer)."""
    month = date.month - months
    year = date.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))
