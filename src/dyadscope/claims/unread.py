"""Time and place words a sentence holds but its reading did not use.

The safety rule (docs/claims.md): a claim whose sentence names a time or a place the reader did not apply
("in the first weeks of 2016", "between March and ...", "in northern Syria", "in Iraq and Syria" read as one
country) would be judged on a silently wider or narrower scope. Such a claim keeps its reading, lists the
words in `Claim.unread`, and gets "not checkable" with those words in the reason instead of a guess; a person
can fix the window or place in the claims file and run it again.
"""

from __future__ import annotations

import datetime as dt

from dyadscope import recache as re
from dyadscope.claims.clauses import in_side, located, on_border_with, side_spans
from dyadscope.claims.days import MONTH_GROUP, MONTHS
from dyadscope.claims.resolve import Mention

_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"januar|februar|marts|maj|juni|juli|oktober"
)
# English month names only with a capital ("may", "march" are words); an abbreviation only before a day or year.
_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?=\s+\d)")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
_PERIOD = r"(?:months?|weeks?|days?|quarters?|half|year|måneder|måned|uger|uge|dage|kvartal|halvår|året|år|decade|årti)"
# Rates: "80 battles a month", "otte kampe om dagen", "on average": not a total over the window.
_RATE = re.compile(
    r"\b(?:a|per|each|every|pr\.?|om|hver|hvert)\s+(?:day|week|month|year|dag|uge|måned|døgn|år)(?:en|et)?\b"
    r"(?!\s+(?:later|earlier|before|after|ago|senere|tidligere|før|efter))|\bon\s+average\b|\bannually\b|\bårligt\b|"
    r"\bi\s+gennemsnit\b|\ban\s+average\s+of\b|\bdaily\b|\bweekly\b|\bmonthly\b|\bdagligt?\b|\bugentligt?\b|"
    r"\bmånedligt?\b",
    re.I,
)
# the year an edge names, right after it: "the last year of the decade, 2019", "the first year of the war (2012)"
_YEAR_NAMED = re.compile(r"(?:\s+(?:of|af)\s+(?:the\s+)?[\w-]+)?\s*[,:(–—-]\s*(?P<y>(?:19|20)\d\d)\b", re.I)
# the year an edge describes, right before it: "In 2015, its first year in the data,", "i 2014 - dets første år -"
_YEAR_DESCRIBED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[,(–—-]\s*(?:(?:its|the|their|his|dens|dets|deres|sit|sin|det)\s+)?$", re.I
)
# "In the spring quarter of 2017, April to June, ...": a range of months said again in other words
_MONTHS_AGAIN = re.compile(
    rf"\b{MONTH_GROUP.format('a')}\s*(?:–|—|-|to|through|until|til)\s*{MONTH_GROUP.format('b')}(?!\s*\d)", re.I
)
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|sammenlignet\s+med|i\s+forhold\s+til|"
    # "slightly more than in 2014", "double the toll in Iraq", "flere end i 2014", "dobbelt så mange som i Irak":
    # the time or place of the figure the claim is set against
    r"(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than(?:\s+(?:in|for))?|"
    r"(?:double|twice|triple|thrice|half)\s+(?:the\s+|its\s+)?(?:toll|number|figure|total|tally|level|count)"
    r"(?:\s+(?:in|for))?|(?:flere|færre|mere|mindre|højere|lavere)\s+end(?:\s+i)?|"
    r"(?:dobbelt|tre\s+gange)\s+så\s+(?:mange|mange\s+som|højt|stort)(?:\s+som)?(?:\s+i)?)\s+(?:the\s+)?$",
    re.I,
)
_FIGURE_OF_YEAR = re.compile(r"(?:['’]s)?\s+(?:figure|level|total|tally|peak)\b", re.I)
_SEASON_WORD = re.compile(
    r"\b(?:spring|summer|autumn|winter|foråret|sommeren|efteråret|vinteren|forår|sommer|efterår|vinter)\b", re.I
)
_EDGE = re.compile(
    # English "end" only before "of"/"the": Danish "end" is "than" ("flere end noget andet år": no edge of a period)
    rf"\b(?:first|last|final|early|late|mid|end(?=\s+(?:of|the)\b)|start|beginning|closing|opening|første|sidste|slutningen|"
    rf"begyndelsen|starten|midten|udgangen)\s+(?:(?:of|af|the|in|i|de|det|\w+)\s+){{0,2}}?{_PERIOD}\b"
    rf"|\b(?:early|late|mid)-?\s*(?:in\s+)?(?=(?:19|20)\d\d)"
    rf"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+"
    rf"(?:weeks|days|uger|dage)\b",
    re.I,
)
_REGION = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|north-?east|north-?west|south-?east|south-?west|central|nord|syd|øst|vest|nordlige|sydlige|"
    r"østlige|vestlige|nordøstlige|nordvestlige|sydøstlige|sydvestlige|det\s+nordlige|det\s+østlige|"
    r"det\s+vestlige|det\s+sydlige)\b"
    r"|\b(?:coast|coastal|border|borders|kyst|kysten|grænsen|grænseområdet)\b",
    re.I,
)

# A Danish compound of a compass point and a country ("Nordirak", "Nordsyrien", "Sydøsttyrkiet"): a region of the
# country the registry has no name for, as "det nordlige Irak" is
_REGION_COMPOUND = re.compile(
    r"\b(?:nord|syd|øst|vest|nordøst|nordvest|sydøst|sydvest)-?(?:irak|syrien|tyrkiet|libanon|jordan)s?\b", re.I
)

# A named landscape the registry does not know ("the Qalamoun mountains", "Qalamoun-bjergene", "the Euphrates valley"):
# it is neither a governorate nor a country, so reading the claim without it would widen the scope silently.
_LANDSCAPE = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,2}(?i:mountains?|valley|desert|plains?|hills|heights|basin|countryside)\b"
    r"|\b[A-ZÆØÅ][\w'’]*-(?i:bjergene|bjergområdet|dalen|ørkenen|sletten|højderne)\b"
)


# "south of Damascus in Rif Dimashq province", "syd for Damaskus": a landmark the claim's own place is told from
_LANDMARK = re.compile(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:nord|syd|øst|vest|"
    r"nordøst|nordvest|sydøst|sydvest)\s+for|outside|uden\s+for)\s+(?:the\s+)?$",
    re.I,
)


# a governorate, then the border it lies on: "Deir ez-Zor-provinsen ved grænsen til Irak", "Idlib on the border with
# Turkey", "Anbar, along the Syrian border"
_ON_BORDER = re.compile(r"^,?\s+(?:ved|langs|nær|on|along|near|at)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


# a country's own borders around the claim: "inside Turkey's borders", "within its borders", "within its own borders"
_WITHIN_BORDERS = re.compile(r"\b(?:inside|within)\s+(?:[\w-]+['’]s?|its|their)\s+(?:own\s+)?$", re.I)


def _border_of_place(sentence: str, mentions: list[Mention], region: re.Match[str]) -> bool:
    """The border named is where a governorate named right before it lies, not a region the claim is in."""
    if region.group(0).casefold() not in ("border", "grænsen"):
        return False
    before = [m for m in mentions if m.end <= region.start() and m.entry.kind == "place" and m.entry.admin1]
    return bool(before and _ON_BORDER.match(sentence[before[-1].end : region.start()]))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# a trailing "with X as Y" aside after the claim's figure: "..., med angrebet i juli som det blodige højdepunkt",
# "..., with the July assault as its deadliest moment"
_WITH_AS = re.compile(r",\s+(?:med|with)\s+[^,;:.\d]*$", re.I)
_AS_WHAT = re.compile(r"[^,;:.\d]*?\b(?:som|as)\b", re.I)


# the date a figure was counted at, not its scope: "As of 2019, ...", "as at 2020", "opgjort i 2019"
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|opgjort\s+(?:i|pr\.))\s+$", re.I)
# a month naming an operation, after its owner: "the group's July offensive", "its August assault", "IS's June push"
_MONTH_OWNED = re.compile(r"(?:['’]s?|\b(?:its|their|the))\s+$", re.I)
_OPERATION = re.compile(
    r"\s+(?:offensive|assault|attacks?|push|campaign|operation|onslaught|raids?|bombings?|massacre|uprising|"
    r"offensiv|angreb|kampagne|operation)\b",
    re.I,
)


def unread_time(sentence: str, used: list[tuple[int, int]], own: int | None = None) -> list[str]:
    """Month names, years and edges of periods ("the first weeks") outside the spans the window came from."""
    words = []
    # a fronted "since ...," names the window's edge: its time words stay unread unless the window used them; an
    # aside after another figure ("170 clashes, most of them in the first half of the year") is that figure's part,
    # no scope of the claim at `own` (the claim's figure); a side clause is nobody's
    after = len(sentence) if own is None else own
    side = [s for s in side_spans(sentence) if s.kind == "clause" or (s.kind == "aside" and s.start > after)]
    for pattern in (_MONTH, _YEAR, _EDGE, _SEASON_WORD, _RATE):
        for m in pattern.finditer(sentence):
            if _inside(m.start(), m.end(), used) or in_side(sentence, m.start(), spans=side):
                continue
            if pattern is _YEAR and _COMPARED_WITH.search(sentence[max(0, m.start() - 24) : m.start()]):
                continue  # "halved in 2019 compared with 2018": the year a change is measured from, not a scope
            peak = pattern is _MONTH and own is not None and _WITH_AS.search(sentence, own, m.start())
            if peak and _AS_WHAT.match(sentence, m.end()):
                continue  # "100 kampe i 2018, med angrebet i juli som det blodige højdepunkt": the peak, not the scope
            if (
                pattern is _MONTH
                and used
                and _MONTH_OWNED.search(sentence, 0, m.start())
                and _OPERATION.match(sentence, m.end())
            ):
                continue  # "the group's July offensive dominated the year: ... in 2018": a name, the window elsewhere
            if pattern is _YEAR and used and _AS_OF.search(sentence, 0, m.start()):
                continue  # "As of 2019, UCDP recorded some 32,000 deaths ... during 2017": when the count was made
            if pattern is _YEAR and _FIGURE_OF_YEAR.match(sentence[m.end() :]):
                continue  # "a fifth of the 2016 figure": another year's figure, set against the claim's
            named = _YEAR_NAMED.match(sentence, m.end()) if pattern is _EDGE else None
            if named and re.search(r"(?:year|år)$", m.group(0), re.I) and _inside(*named.span("y"), used):
                continue  # "Last year of the decade, 2019:": the year the window used, named by its place
            described = _YEAR_DESCRIBED.search(sentence[: m.start()]) if pattern is _EDGE else None
            if described and re.search(r"(?:year|år)$", m.group(0), re.I) and _inside(*described.span("y"), used):
                continue  # "In 2015, its first year in the data,": the year the window used, described
            if any(_inside(m.start(), m.end(), [(s, e)]) for s, e in _spans(words)):
                continue
            words.append((m.group(0).strip(), m.start(), m.end()))
    return [w for w, _, _ in sorted(words, key=lambda w: w[1])]


def _spans(words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e in words]


def _joined(sentence: str, mentions: list[Mention], m: Mention, admin1: str | None = "") -> bool:
    """'in Iraq and Syria': the second place is located by the first one's 'in' (by a place in `admin1` if given)."""
    return any(
        o.end < m.start
        and o.entry.kind in ("place", "country")
        and (admin1 == "" or (admin1 is not None and o.entry.admin1 == admin1))
        and re.fullmatch(r"\s*(?:,|and|og|or|eller)\s*", sentence[o.end : m.start])
        for o in mentions
    )


_NOT_THERE = re.compile(r"(?:^|[,;(–—]\s*|\s-\s*|\band\s+|\bog\s+)(?:not|ikke)\s+(?:in\s+|i\s+)?$", re.I)
_NOT_THERE_END = re.compile(r"\s*(?:[,;).–—]|\s-\s|$)")
# "never clashed in Iraq; the fighting was only inside Turkey", "aldrig stødt sammen i Irak, kampene har udelukkende
# foregået i Tyrkiet": after a ruled-out place, a later clause says where the fighting was instead - its own claim
_NEGATED = re.compile(r"\b(?:never|not|no|aldrig|ikke|ingen)\b", re.I)
_ONLY_THERE = re.compile(
    r"(?:[,;–—]|\s-)\s+[^,;–—]*\b(?:only|solely|exclusively|entirely|instead|confined\s+to|kun|udelukkende|alene|"
    r"i\s+stedet)\b[^,;–—]*$",
    re.I,
)


def unread_place(
    sentence: str, mentions: list[Mention], admin1: str | None, country: str | None, used: list[tuple[int, int]]
) -> list[str]:
    """Places and regions of the main clause the claim's place and country do not cover."""
    words = []
    side = side_spans(sentence)
    for m in mentions:
        if m.entry.kind not in ("place", "country"):
            continue
        # an aside's places are its own claim's ("mostly in Daraa and Idlib": both, never Daraa alone)
        if in_side(sentence, m.start, spans=side) and not _joined(sentence, mentions, m, admin1):
            continue
        landmark = _LANDMARK.search(sentence[max(0, m.start - 24) : m.start])
        if landmark and admin1 not in (None, m.entry.admin1):
            continue  # "south of Damascus in Rif Dimashq province": the claim's own place is named as well
        if landmark:  # "south of Damascus", "syd for Damaskus" alone: somewhere near the place, not in it
            words.append(landmark.group(0).strip())
            continue
        if m.entry.kind == "country" and on_border_with(sentence, m.start):
            continue  # "Sirnak province, on the border with Iraq and Syria": where the place lies, told
        if _inside(m.start, m.end, used) or _COMPARED_WITH.search(sentence[max(0, m.start - 40) : m.start]):
            continue  # used, or the place of a figure set against the claim's ("double the toll in Iraq")
        if admin1 is not None and _NOT_THERE.search(sentence, 0, m.start) and _NOT_THERE_END.match(sentence, m.end):
            continue  # "Anbar, not Nineveh, carried the war": the place the claim's own is set against, ruled out
        clause = _ONLY_THERE.search(sentence, 0, m.start)
        if (admin1 or country) and clause and _NEGATED.search(sentence, 0, clause.start()):
            continue  # "aldrig i Irak, kun i Tyrkiet": where the fighting was instead, after the claim's own place
        here = located(sentence, m.start) or _joined(sentence, mentions, m)
        if m.entry.kind == "place" and m.entry.admin1 != admin1 and (here or admin1 is not None):
            words.append(m.text)
        elif m.entry.kind == "country" and country and m.entry.country != country and here:
            words.append(m.text)  # "in Iraq and Syria" read as one of them
    for r in _REGION.finditer(sentence):  # "northern Syria", "det nordlige Irak", "Syria's coast", "the border"
        if in_side(sentence, r.start(), spans=side):
            continue
        if _border_of_place(sentence, mentions, r):
            continue  # "Deir ez-Zor-provinsen ved grænsen til Irak": where the governorate lies, told
        if r.group(0).casefold() == "borders" and _WITHIN_BORDERS.search(sentence, 0, r.start()):
            continue  # "inside Turkey's borders": the whole country, no region of it
        for m in mentions:
            if m.entry.kind not in ("place", "country"):
                continue
            before = re.fullmatch(r"\s+(?:of\s+|af\s+)?(?:the\s+)?", sentence[r.end() : m.start])
            after = re.fullmatch(r"(?:['’]s)?\s+(?:\w+\s+)?", sentence[m.end : r.start()])
            if before and _LANDMARK.search(sentence[r.start() : m.start]):
                break  # "south of Damascus": a landmark, read with its place below
            if m.entry.kind == "place" and re.fullmatch(r"\s+(?:in\s+the|i)\s+", sentence[m.end : r.start()], re.I):
                break  # "Daraa province in the south", "Daraa-provinsen i syd": where the governorate lies
            if before or after:
                words.append(r.group(0))
                break
    words += [r.group(0) for r in _REGION_COMPOUND.finditer(sentence) if not in_side(sentence, r.start(), spans=side)]
    for r in _LANDSCAPE.finditer(sentence):  # a known place or actor in it is read ("the Aleppo countryside")
        if in_side(sentence, r.start(), spans=side) or _inside(r.start(), r.end(), used):
            continue
        if not any(o.start < r.end() and r.start() < o.end for o in mentions):
            words.append(r.group(0))
    return words


def months_again(sentence: str, start: dt.date | None, end: dt.date | None) -> list[str]:
    """The month names of a range that names the claim's window again ("the spring quarter of 2017, April to June"):
    the first month its start's, the last its end's, within one year; no other scope."""
    if start is None or end is None or start.year != end.year:
        return []
    words = []
    for m in _MONTHS_AGAIN.finditer(sentence):
        first, last = MONTHS[m["a"].lower()], MONTHS[m["b"].lower()]
        if (first, last) == (start.month, end.month) and start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
            words += [m["a"], m["b"]]
    return words
