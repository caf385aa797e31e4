"""Dates and windows in article text, English and Danish.

An article's date comes from --as-of, or else the latest full date the text mentions (reported as
such, because it is a guess). Relative phrases resolve against it: "this year" / "i år" = 1 January
to that date; "the year through Nov. 21" = the twelve months ending on 21 November; "the last few
months" / "de seneste måneder" = the three months before it; "the same period" / "samme periode" =
the window of the previous claim. Explicit windows ("November 21 2013 – November 21 2014",
"fra april 2016 til marts 2017", "in 2014") win over relative ones.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass

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
_M = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|\.)?"
# "November 21 2013", "Nov. 21, 2013", "September 23rd 2014" | "21 November 2013", "21. november 2013" | ISO
_DATE = (
    rf"(?:{_M.format('m1')}\s+{_DAY.format('d1')},?\s+{_YEAR.format('y1')}"
    rf"|{_DAY.format('d2')}\s+(?:of\s+)?{_M.format('m2')},?\s+{_YEAR.format('y2')}"
    rf"|{_YEAR.format('y3')}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))"
)
DATE_RE = re.compile(r"\b" + _DATE + r"\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_M.format('m')}\s+{_YEAR.format('y')}\b", re.I)
_RANGE_SEP = r"\s*(?:–|—|-|to|til|until|and|og|through)\s*"
_RANGE_LEAD = r"(?:from|between|fra|mellem|fra og med)?\s*"


@dataclass(frozen=True)
class Window:
    """A resolved time window, the words it came from and how it was resolved."""

    start: dt.date
    end: dt.date
    text: str
    basis: str


def _date_from(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"]))
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
        return None, "no date found in the text; give --as-of"
    latest = max(dates)
    return latest, f"latest date mentioned in the text ({latest.isoformat()}); give --as-of to override"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_back(date: dt.date, months: int) -> dt.date:
    month = date.month - months
    year = date.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))


_RELATIVE = [
    (
        "year_through",
        re.compile(
            r"\b(?:the|for the)?\s*(?:year|12 months|twelve months)\s+(?:through|to|up to|ending)\s+"
            + _M.format("m")
            + r"\s+(?P<d>[0-3]?\d)\b",
            re.I,
        ),
    ),
    ("year_through", re.compile(r"\båret\s+(?:frem\s+)?til\s+(?:den\s+)?(?P<d>[0-3]?\d)\.?\s+" + _M.format("m"), re.I)),
    (
        "same",
        re.compile(r"\b(?:the\s+same\s+period|same\s+time|samme\s+periode|i\s+perioden|for\s+the\s+year)\b", re.I),
    ),
    (
        "this_year",
        re.compile(r"\b(?:this\s+year|so\s+far\s+this\s+year|i\s+år|hidtil\s+i\s+år|year\s+to\s+date)\b", re.I),
    ),
    ("last_year", re.compile(r"\b(?:last\s+year|sidste\s+år|sidste\s+år|i\s+fjor|sidste\s+års?)\b", re.I)),
    (
        "n_months",
        re.compile(r"\b(?:the\s+)?(?:last|past|previous|seneste|sidste)\s+(?P<n>\d{1,2})\s+(?:months|måneder)\b", re.I),
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


def find_window(sentence: str, as_of: dt.date | None, previous: Window | None = None) -> Window | None:
    """The window a sentence speaks of, or None when it names none."""
    dates = find_dates(sentence)
    if len(dates) >= 2:
        (d1, s1, e1), (d2, s2, e2) = dates[0], dates[1]
        between = sentence[e1:s2]
        if re.fullmatch(_RANGE_SEP, between, re.I) and d1 <= d2:
            return Window(d1, d2, sentence[s1:e2], "explicit")
    months = list(_MONTH_YEAR.finditer(sentence))
    for first, second in itertools.pairwise(months):
        if re.fullmatch(_RANGE_SEP, sentence[first.end() : second.start()], re.I):
            start = dt.date(int(first["y"]), MONTHS[first["m"].lower()], 1)
            end = _month_end(int(second["y"]), MONTHS[second["m"].lower()])
            if start <= end:
                return Window(start, end, sentence[first.start() : second.end()], "explicit")
    years = re.search(_RANGE_LEAD + r"\b((?:19|20)\d\d)" + _RANGE_SEP + r"((?:19|20)\d\d)\b", sentence, re.I)
    if years and int(years[1]) <= int(years[2]):
        return Window(dt.date(int(years[1]), 1, 1), dt.date(int(years[2]), 12, 31), years.group(0).strip(), "explicit")
    for kind, pattern in _RELATIVE:
        match = pattern.search(sentence)
        if not match:
            continue
        text = match.group(0).strip()
        if kind == "same":
            if previous:
                return Window(previous.start, previous.end, text, f"same as the previous claim ({previous.text})")
            continue
        if as_of is None:
            return None
        basis = f"relative to {as_of.isoformat()}"
        if kind == "year_through":
            try:
                end = dt.date(as_of.year, MONTHS[match["m"].lower()], int(match["d"]))
            except ValueError:
                continue
            if end > as_of:
                end = end.replace(year=end.year - 1)
            start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
            return Window(start, end, text, basis + "; read as the twelve months ending then")
        if kind == "this_year":
            return Window(dt.date(as_of.year, 1, 1), as_of, text, basis)
        if kind == "last_year":
            return Window(dt.date(as_of.year - 1, 1, 1), dt.date(as_of.year - 1, 12, 31), text, basis)
        months_back = int(match["n"]) if kind == "n_months" else FEW_MONTHS
        return Window(_months_back(as_of, months_back), as_of, text, basis + f"; {months_back} months")
    if len(dates) == 1:
        date, s, e = dates[0]
        return Window(date, date, sentence[s:e], "explicit")
    if months:
        m = months[0]
        month = MONTHS[m["m"].lower()]
        return Window(dt.date(int(m["y"]), month, 1), _month_end(int(m["y"]), month), m.group(0), "explicit")
    year = re.search(r"\b(?:in|during|for|of|i|under|throughout|igennem|gennem|af)\s+((?:19|20)\d\d)\b", sentence, re.I)
    if year:
        y = int(year[1])
        return Window(dt.date(y, 1, 1), dt.date(y, 12, 31), year.group(0), "explicit")
    return None
