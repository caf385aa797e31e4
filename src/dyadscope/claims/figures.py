"""The figures journalists write, English and Danish: shares, counts, subsets, deaths, non-event numbers.

Each pattern (figure_patterns.py) finds a figure, figure_readings.py reads its value, and this module its operator
("around", "more than", "knap") and the vague words ("dozens", "most"); extract.py decides what the figure is about.
Numbers inside dates, years, footnote marks, durations and measures of length or money are not figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from dyadscope import recache as re
from dyadscope.claims.corrections import corrected
from dyadscope.claims.days import MONTH_GROUP
from dyadscope.claims.figure_patterns import (
    ALL_TOLD,
    EVENT_NOUNS,
    EXACTLY,
    EXACTLY_DA,
    GAP,
    NEXT_YEAR,
    NUMBER,
    PATTERNS,
    PEOPLE_NOUNS,
    SPANS_YEARS,
    TIMES,
)
from dyadscope.claims.figure_readings import TIME_FRACTION, number_or_none, read_match
from dyadscope.claims.listed_dead import listed_dead
from dyadscope.claims.quantities import (
    ALL_BEFORE_NOUN,
    APPROX,
    DANISH_NUMBER_WORDS,
    VAGUE_ADVERBS,
    VAGUE_COUNTS,
    VAGUE_SHARES,
    WORD_NUMBER,
    vague,
)

MAX_FIGURES = 40  # per sentence piece (sentences.MAX_SENTENCE characters)
OPERATORS = [
    # "just over 3,000", "slightly under 500": a count near the number, on one side of it, so read as "about" (the
    # count's tolerance), never as a bound that 4,694 would satisfy; first, as the leftmost words win. A share's "just
    # over 40 per cent" keeps its bound (_operator), as before
    ("~", r"(?:just|slightly|a little|marginally)\s+(?:over|above|more than|under|below|less than|fewer than)"),
    (">=", r"at least|no fewer than|no less than|mindst|i hvert fald"),
    ("<=", r"at most|no more than|højst|maksimalt|max\.?"),
    (">", r"more than|over|above|upwards of|in excess of|well over|mere end|flere end|godt|langt over"),
    ("<", r"less than|fewer than|under|below|mindre end|færre end|under"),
    ("=", r"exactly|precisely|præcis|nøjagtig|nøjagtigt"),
    (
        "~",
        rf"{APPROX}|just|only|a mere|merely|kun|blot|bare|godt og vel|hele|barely|scarcely|hardly",
    ),
]
_OP_BEFORE = re.compile(
    r"(?:" + "|".join(f"(?P<op{i}>{p})" for i, (_, p) in enumerate(OPERATORS)) + r")\s+(?:of\s+|af\s+)?$", re.I
)


@dataclass
class Figure:
    """A figure in a sentence: kind share|count|subset|deaths|other, value (and upper end of a range), offsets."""

    kind: str
    value: float
    op: str
    start: int
    end: int
    text: str
    noun: str | None = None
    high: float | None = None  # a vague word read as a range: value..high, op "in"
    whole: bool = False  # the total of a part ("50 af i alt 56 kampe"): counted without the part's counterpart


_PERCENT_AFTER = re.compile(r"[\d.,]+\s*(?:%|per\s*cent|percent|procent)", re.I)


def _operator(sentence: str, start: int) -> tuple[str, int]:
    """The operator written just before a figure, and where its words start."""
    match = _OP_BEFORE.search(sentence[max(0, start - 30) : start])
    if not match:
        return "~", start
    for i, (op, _) in enumerate(OPERATORS):
        if match.group(f"op{i}"):
            if i == 0 and _PERCENT_AFTER.match(sentence, start):
                op = "<" if re.search(r"under|below|less|fewer", match.group(0), re.I) else ">"
            return op, start - (len(sentence[max(0, start - 30) : start]) - match.start())
    return "~", start


def _blocked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_SPENT = re.compile(r"\b(?:spent|spend|spends|brugte|tilbragte)\s+$", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|ikke)\s+$", re.I)
# "Hundreds of clashes – about 470 – pitted ...", "... (præcis 470, for at være præcis)": a comma closes it too
_EXACT_ASIDE = re.compile(
    rf"^\s*[-–—(,]\s*(?:(?:{APPROX}|{EXACTLY}|{EXACTLY_DA})\s+)?(?P<num>{NUMBER})(?![\d.,]*\s*%)(?=\s*[-–—),])",
    re.I,
)
_IN_ALL = re.compile(
    rf"^[^.;:]*?,\s*(?P<num>{NUMBER}|{WORD_NUMBER.pattern})\s+(?:in\s+all|in\s+total|altogether|i\s+alt)\b", re.I
)
# "Dozens of clashes ... were recorded in 2018; the tally was about 90": the vague count's number, given after it
_TALLY_AFTER = re.compile(
    rf"^[^.;:]*?[;,]\s*(?:and\s+)?the\s+(?:tally|count|total|figure)\s+(?:was|is|came\s+to|stood\s+at)\s+"
    rf"(?:(?:{APPROX})\s+)?(?P<num>{NUMBER})(?![\w.,]*\s*%)",
    re.I,
)
# a change in the events' number, in percent: "ISIS attacks in Syria fell by eighty percent", "faldt IS' angreb med 80
# procent" (figures CHANGE)
_CHANGE_BY = re.compile(
    rf"\b(?:{EVENT_NOUNS})\b[^.;:,]{{0,60}}?\b(?:fell|dropped|declined|decreased|shrank|plunged|rose|grew|increased|"
    rf"climbed|jumped)\s+by\s+(?:(?:{APPROX}|more\s+than|over|almost|nearly|some)\s+)?$"
    # Danish, the verb before its subject or after it: "I 2020 faldt IS' angreb i Syrien med 80 procent", "kampene
    # steg med omkring en tredjedel"
    rf"|\b(?:(?:faldt|steg|voksede|dalede)\s+[^.;:,]{{0,60}}?\b(?:{EVENT_NOUNS}|kamphandlingerne|kampene|angrebene)\b[^.;:,]{{0,40}}?|"
    rf"\b(?:{EVENT_NOUNS}|kamphandlingerne|kampene|angrebene)\b[^.;:,]{{0,60}}?\b(?:faldt|steg|voksede|dalede))\s+med\s+"
    rf"(?:(?:{APPROX}|mere\s+end|over|godt)\s+)?$",
    re.I,
)
CHANGE = "change"  # the noun of a count that is a change in percent: not checkable as a number of events (verify.py)
DATE = "date"  # the measure of a day something was declared or founded on, listed as no event data (verify.py)
# the count before, again in another year: "and in roughly as many again in 2014", "og lige så mange i 2015"
_AS_MANY_AGAIN = re.compile(
    r"\b(?:as\s+many(?:\s+again)?|lige\s+så\s+mange(?:\s+igen)?"
    # "some 500 events in 2016, a figure that barely moved in 2017": the same count again in its own year
    r"|(?:a|the)\s+(?:figure|number|level|total|tally|count)\s+(?:that|which)\s+(?:barely|hardly|scarcely|"
    r"(?:did\s+not|didn['’]t)(?:\s+much)?)\s+(?:moved?|changed?|budged?|shifted?)"
    r"|(?:(?:roughly|about|much|more\s+or\s+less|almost|nearly|virtually)\s+)?the\s+same(?:\s+again)?"
    r"|(?:a|the)\s+(?:similar|comparable)\s+(?:number|figure|level|total))(?=\s+(?:in|i)\s+(?:19|20)\d\d\b)",
    re.I,
)
_BOUND = rf"(?:{APPROX}|more\s+than|fewer\s+than|less\s+than|over|under|nearly|almost|just|only)"
# the level a count moved to, or the figure it is set against, before the next year's number: "rose to 156 in 2018
# before falling to 120 in 2019", "202 in 2015, against 39 in 2017" (the same events, that year)
_LEVEL_TO = (
    r"\b(?:fell|falling|fallen|dropped|dropping|declined|declining|sank|sinking|slipped|slipping|rose|rising|risen|"
    r"climbed|climbing|grew|growing|jumped|jumping)\s+to\s+|[,;]\s*(?:against|compared\s+(?:with|to)|versus)\s+"
)
# a number with its own year and nothing else, in a list of yearly figures: "767 engagements (2016); 1,464 (2017)",
# "5,000 engagements in 2016 and 3,600 in 2017", "doubled between 2013 (309) and 2014 (633)"
_YEARLY_NUMBER = re.compile(
    rf"(?:(?:(?<=[,;(:])|(?<=\sand)|(?<=\s&)|(?<=\sog))\s*|{_LEVEL_TO})(?:{_BOUND}\s+)?(?<![\d.,])(?P<num>{NUMBER})"
    rf"(?:\s*\((?P<y>(?:19|20)\d\d)\)|\s+(?:in|i)\s+(?P<y2>(?:19|20)\d\d)\b(?![\d/-]|\.\d)|\s+{NEXT_YEAR})"
    rf"|\b(?P<y3>(?:19|20)\d\d)\s*\((?:{_BOUND}\s+)?(?P<num2>{NUMBER})\)"
    # "...; in the second half, around 1,500": the other half of the year before (kinds/changes.count_window)
    rf"|[;,]\s+(?:and\s+|og\s+)?(?:in|i)\s+(?:the\s+)?(?:first|second|første|andet)\s+(?:half|halvår),?\s+"
    rf"(?:{_BOUND}\s+)?(?<![\d.,])(?P<num3>{NUMBER})(?![\w.,]*\s*%)(?=\s*(?:[.;]|$))"
    # a chart's months: "ISIS engagements in Syria by month, 2016 - January 190, March 241" (only with "by month")
    rf"|(?:[-–—,:;]|\band)\s*{MONTH_GROUP.format('mon')}\s+(?P<num4>{NUMBER})(?![\w.,]*\s*%)(?=\s*(?:[,.;]|and\b|$))",
    re.I,
)
# the exact figure in brackets after a bound: "fewer than 1,000 deaths ... were tied to ISIS (728)."
_THEN_BRACKET = re.compile(r"[^().;]{0,40}\(\s*(?:(?:about|around|some|roughly)\s+)?$")  # then a list opens
_A_YEAR = re.compile(r"\s*(?:\(|(?:in|i)\s+)(?:19|20)\d\d\b")  # the figure's own year right after it
_EXACT_IN_BRACKETS = re.compile(rf"\((?P<num>{NUMBER})\)(?=\s*(?:[.;]|$))")
# a second toll of the dead in other events: ", and 8,800 in its fights with the SDF"
_TOLL_AGAIN = re.compile(
    rf"(?:,\s*|\s)(?:and|while|but)\s+(?:{_BOUND}\s+)?(?<![\d.,])(?P<num>{NUMBER})\s+in\s+(?:its|their|the|his|her)\s+"
    rf"(?:[\w-]+\s+)?(?:{EVENT_NOUNS}|fighting|war)\b",
    re.I,
)
_BY_MONTH = re.compile(r"\b(?:by|per|each)\s+month\b|\bmonthly\b|\bmonth\s+by\s+month\b|\bmåned\s+for\s+måned\b", re.I)
# the noun a list of yearly figures counts, named before its first one: "Deaths in events involving ISIS: 19,736
# (2016); ...", "ISIS's Iraqi engagements doubled between 2013 (309) and 2014 (633)"
_LIST_NOUN = re.compile(rf"\b(?:(?P<dead>deaths|fatalities|dødsfald|dødsofre)|(?P<noun>{EVENT_NOUNS}))\b", re.I)
# a count set against another year's: "about 120 events in 2019, roughly double the 2018 level" (2018: about 60)
_RATIO_TO_YEAR = re.compile(
    r"\b(?P<r>double|twice|triple|treble|half|(?:a|one)\s+(?P<den>third|quarter|fourth|fifth|tenth)\s+of)"
    r"(?=\s+(?:the|its|their)\s+(?:19|20)\d\d(?:['’]s)?\s+(?:level|figure|total|tally|count)\b)",
    re.I,
)
# a correction: "An earlier version ... said IS fought Kurdish forces 400 times in 2016; the correct figure is about
# 600": the count withdrawn is read with the corrected value (its sides and window stay those written)
_CORRECTED = re.compile(
    rf"\b(?:the\s+)?(?:correct|corrected|actual|right|accurate)\s+(?:figure|number|total|count|tally)\s+(?:is|was)\s+"
    rf"(?P<q>(?:{APPROX}|more\s+than|over|at\s+least|fewer\s+than|less\s+than|under)\s+)?(?P<num>{NUMBER})"
    r"(?![\w.,]*\s*%)",
    re.I,
)
# English only: Danish testers list "halvdelen af Syriens befolkning på 22 millioner" as the share (grammar-da's call)
_OF_A_POPULATION = re.compile(r"\s+of\s+[^.;:]{0,40}?\bpopulation\s+of\s+", re.I)
_RATIO = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
_RATIO_DEN = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
# "in all recorded clashes", "i samtlige registrerede kampe": not "i alle tilfælde" (in any case)
_ALL_EVENTS = re.compile(
    rf"\b(?:in|i)\s+(?P<q>{ALL_BEFORE_NOUN})\s+(?!tilfælde\b)(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{EVENT_NOUNS}|kamp|træfning|engagement|battle|clash|attack)\b",
    re.I,
)
# "halvdelen af styrets kampe mod oprørere og den anden halvdel mod IS": after a half, the other half is a share too
_DENIED = re.compile(
    r"(?:[,;–—-]\s*(?:(?:og|and|men|but)\s+)?|\s(?:og|and|men|but)\s+)(?:ikke|not)\s+(?:(?:i|in)\s+)?$", re.I
)
_GIVEN_AFTER = re.compile(r"[,:–—-]\s*(?:(?:i|in)\s+(?:19|20)\d\d\s+)?$")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)!?]|$)")
_TOTAL_END = re.compile(rf"\s*{ALL_TOLD}?\s*(?:[.;,)!?]|$)", re.I)
_OF_THEM = rf"\s+(?:of|af)\s+(?:them|those|dem)\s+(?:were\s+|var\s+)?(?:{PEOPLE_NOUNS})\b"
_OF_THEM_PEOPLE = re.compile(_OF_THEM, re.I)
# the part of a toll that names who its dead were: ", almost half of them civilians", ", og over halvdelen af dem var
# civile": its people are no side of the toll (extract.py ends the toll's part there)
PEOPLE_WITHIN = re.compile(rf"[,;]\s+(?:[\w.,%-]+\s+){{0,2}}[\w.,%-]+{_OF_THEM}", re.I)
_OTHER_HALF = re.compile(r"\b(?:den|the)\s+(?:anden|other)\s+(?:halvdel|half)\b", re.I)
_OF_THE_TOTAL = re.compile(
    rf"\s*(?:of|out\s+of|af|ud\s+af)\s+(?:(?:the|its|their|de|dets|dens|sine|deres|[\w'’-]+['’]s?)\s+)?"
    rf"(?:(?:{APPROX})\s+)?",
    re.I,
)
_EVENTS_WERE = re.compile(
    rf"\b(?:{EVENT_NOUNS}|fights|fighting|kampe|kamphandlingerne)\b[^,.;:]{{0,40}}?\b(?:were|was|var|have\s+been|has\s+been|har\s+været)\s+$",
    re.I,
)
_NAME_NEXT = re.compile(
    r"\s+(?:the\s+|de\s+|den\s+)?(?:(?-i:[A-ZÆØÅ])|(?:other\s+|andre\s+)?(?:rebels|opposition|insurgents|jihadists|"
    r"militants|oprørere|oprørerne|oppositionen|jihadister)\b)",
    re.I,
)
# the fight verb before a vague word, its year or (Danish, the verb first) its subject between: "fought in 2016",
# "kæmpede IS i 2017"; the side after "against"/"mod" only ("fought mostly with American air support" is a means)
_FOUGHT = re.compile(r"\b(?:fought|kæmpede|kæmper|kæmpet)(?:\s+(?!(?:and|og|but|men)\b)[\w'’-]+){0,3}?\s+$", re.I)
_AGAINST_NAME = re.compile(
    r"\s+(?:against|mod)\s+(?:the\s+|de\s+|den\s+)?(?:(?-i:[A-ZÆØÅ])|(?:other\s+|andre\s+)?(?:rebels|"
    r"opposition|insurgents|jihadists|oprørere|oprørerne|oppositionen|jihadister|regimet|hæren|the\s+regime|"
    r"the\s+army)\b)",
    re.I,
)


def fought_against(sentence: str, start: int, end: int) -> bool:
    """'kæmpede i 2016 næsten udelukkende mod IS', 'fought mostly against the SDF': the vague word at start..end is
    the share of the subject's fights against the side named after it."""
    return bool(_FOUGHT.search(sentence[max(0, start - 40) : start]) and _AGAINST_NAME.match(sentence[end:]))


_ADVERB_TAIL = re.compile(r"\s+(?:against|with|involving|targeting|in|mod|med|i)\b", re.I)
_VAGUE_COUNT_TAIL = re.compile(rf"^\s+(?:of\s+|af\s+)?{GAP}(?P<noun>{EVENT_NOUNS}|{TIMES})\b", re.I)
# the vague count as the events' number after them: "clashes ... numbered in the hundreds", "ran into the thousands"
_VAGUE_COUNT_LEAD = re.compile(
    rf"\b(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,100}}?\b(?:numbered|number|ran|run|running|were|was|remained|stayed|"
    r"reached|rose|climbed)\s+(?:in|into)\s+the\s+(?:low\s+)?$",
    re.I,
)


def _matches(pattern: re.Pattern[str], sentence: str, lang: str) -> Iterator[re.Match[str]]:
    """The pattern's matches; in English a match opening on a Danish number word is tried again after that word
    ("dropped to under twenty engagements": "to" is no number, "under twenty engagements" is the count)."""
    at = 0
    while (m := pattern.search(sentence, at)) is not None:
        num = m.groupdict().get("num")
        word = num and lang == "en" and DANISH_NUMBER_WORDS.intersection(re.findall(r"[^\W\d_]+", num.lower()))
        if word:
            at = m.start("num") + 1
            continue
        yield m
        at = max(m.end(), m.start() + 1)


def find_figures(sentence: str, blocked: list[tuple[int, int]], lang: str = "") -> list[Figure]:
    """Every figure in a sentence, in order, outside the `blocked` spans (dates); `lang` 'en' or 'da' as detected, ''
    when unknown (then no number word of either language is ruled out)."""
    taken = list(blocked)
    figures: list[Figure] = []
    vague_words: list[Figure] = []  # "most", "langt de fleste": the shares read from a vague word

    def add(
        kind: str,
        value: float,
        start: int,
        end: int,
        noun: str | None = None,
        high: float | None = None,
        whole: bool = False,
        unmarked: str | None = None,
    ) -> None:
        op, op_start = _operator(sentence, start)
        if op == "~" and op_start == start and unmarked:  # "exceeded 300": the verb is the operator
            op = unmarked
        if high is not None:
            op, op_start = "in", start
        figures.append(Figure(kind, value, op, op_start, end, sentence[op_start:end], noun, high, whole))
        taken.append((start, end))

    for q in vague(VAGUE_SHARES, sentence):
        if _NOT_BEFORE.search(sentence[max(0, q.start - 6) : q.start]):
            continue  # "not all of", "ikke alle": no figure
        of_time = TIME_FRACTION.match(sentence[q.end :]) and not _SPENT.search(sentence[max(0, q.start - 12) : q.start])
        if not _blocked(taken, q.start, q.end) and not of_time:  # "most of 2017" is a time; "spent most of 2018 ..."
            add("share", q.low, q.start, q.end, high=q.high)
            vague_words.append(figures[-1])
    for m in _ALL_EVENTS.finditer(sentence):
        if not _blocked(taken, m.start("q"), m.end("q")):
            add("share", 1.0, m.start("q"), m.end("q"), high=1.0)
    for q in vague(VAGUE_COUNTS, sentence):
        lead = _VAGUE_COUNT_LEAD.search(sentence[max(0, q.start - 200) : q.start])
        if lead and not _blocked(taken, q.start, q.end):
            add("count", q.low, q.start, q.end, lead["noun"].lower(), high=None if q.low == q.high else q.high)
            continue
        tail = _VAGUE_COUNT_TAIL.match(sentence[q.end :])
        if tail and not _blocked(taken, q.start, q.end):
            noun = tail["noun"].lower()
            noun = "engagements" if noun in ("times", "gange") else noun
            at = q.end + tail.end()
            exact = (
                _EXACT_ASIDE.match(sentence[at:])
                or _IN_ALL.search(sentence[at : at + 120])
                or _TALLY_AFTER.search(sentence[at : at + 120])
            )
            value = number_or_none(exact["num"], lang) if exact else None
            if exact and value is not None and q.low <= value <= q.high:
                # "Hundreds of clashes – about 470 – pitted ...", "a handful of engagements ..., three in all": one
                # count, the number the writer gives
                add("count", value, at + exact.start("num"), at + exact.end("num"), noun)
                taken.append((q.start, at + exact.end()))
                continue
            add("count", q.low, q.start, q.end + tail.end(), noun, high=None if q.low == q.high else q.high)
    for name, pattern in PATTERNS:
        for m in _matches(pattern, sentence, lang):
            if len(figures) >= MAX_FIGURES:
                break  # no sentence a person writes has more; this bounds the work on hostile input
            # Patterns that span a year of their own ("fell to 1,000 in 2018 and to 455 in 2019") are blocked by
            # their number only.
            start, end = m.span(SPANS_YEARS[name]) if name in SPANS_YEARS else m.span()
            if _blocked(taken, start, end):
                continue
            read_match(name, m, sentence, lang, add)
    for q in vague(VAGUE_ADVERBS, sentence):  # "340 engagements, overwhelmingly against ISIS": a share of the count
        after_count = any(f.kind == "count" and f.end <= q.start for f in figures)
        aside = re.search(r"[,–—-]\s*$", sentence[max(0, q.start - 3) : q.start])
        # "Nusra's fights in 2013 were mostly with ISIS": the events the subject, the adverb their share
        # (a side or place named after it: not "mostly in 2016", "mostly with small arms")
        subject = _EVENTS_WERE.search(sentence[max(0, q.start - 80) : q.start])
        tail = _ADVERB_TAIL.match(sentence[q.end :])
        named = tail is not None and _NAME_NEXT.match(sentence[q.end + tail.end() :])
        subject = subject if named else None
        # "Tyrkiets hær kæmpede i 2016 næsten udelukkende mod IS", "ISIS fought mostly against the SDF": the share of
        # the subject's fights against the side named after it
        # (a figure after it gives the share itself: "næsten udelukkende mod IS – i over ni ud af ti sammenstød")
        fought = fought_against(sentence, q.start, q.end) and not any(f.start >= q.end for f in figures)
        if ((after_count and aside) or subject or fought) and tail and not _blocked(taken, q.start, q.end):
            add("share", q.low, q.start, q.end, high=q.high)
    for m in _OTHER_HALF.finditer(sentence):
        half = any(f.kind == "share" and f.value == 0.5 and f.high is None and f.end <= m.start() for f in figures)
        if half and not _blocked(taken, m.start(), m.end()):
            add("share", 0.5, m.start(), m.end())
    for m in _AS_MANY_AGAIN.finditer(sentence):  # "more than 10,000 engagements in 2013, and roughly as many in 2014"
        earlier = [f for f in figures if f.kind == "count" and f.end <= m.start() and f.noun]
        if earlier and not _blocked(taken, m.start(), m.end()):
            add("count", earlier[-1].value, m.start(), m.end(), earlier[-1].noun)
    for share in [f for f in figures if f.kind == "share" and f.high is None]:
        # "half of Syria's pre-war population of 22 million has been displaced": 11 million people, one head count
        of = _OF_A_POPULATION.match(sentence, share.end)
        whole = next(
            (f for f in figures if of and f.kind == "other" and share.end <= f.start <= of.end() + 12 < f.end + 12),
            None,
        )
        if whole is not None:
            figures.remove(share)
            value = round(whole.value * share.value)
            figures[figures.index(whole)] = replace(
                whole, value=value, start=share.start, text=sentence[share.start : whole.end]
            )
    for m in _EXACT_IN_BRACKETS.finditer(sentence):  # the bound before it, given exactly: one figure, the number
        bound = [f for f in figures if f.kind in ("count", "deaths") and f.end <= m.start() and f.op in ("<", ">")]
        value = number_or_none(m["num"], lang)
        if len(bound) == 1 and value is not None and not re.fullmatch(r"(?:19|20)\d\d", m["num"]):
            at = figures.index(bound[0])
            low, high = (
                (bound[0].value / 4, bound[0].value) if bound[0].op == "<" else (bound[0].value, bound[0].value * 4)
            )
            # near its bound: "fewer than 1,000 ... (728)", not a footnote mark "(3)"
            if low <= value <= high and value != bound[0].value and not _blocked(taken, m.start("num"), m.end("num")):
                figures[at] = replace(bound[0], value=value, op="~", text=f"{bound[0].text} … ({m['num']})")
                taken.append(m.span())
    for m in _CORRECTED.finditer(sentence):
        withdrawn = [f for f in figures if f.kind == "count" and f.end <= m.start() and f.high is None]
        value = number_or_none(m["num"], lang)
        if withdrawn and value is not None:
            op, _ = _operator(sentence, m.start("num"))
            figures[figures.index(withdrawn[-1])] = replace(withdrawn[-1], value=value, op=op, text=m.group(0))
            taken.append(m.span())
    for share in [
        f for f in figures if f.kind == "share" and f.high is None and _CHANGE_BY.search(sentence[: f.start])
    ]:
        # "fell by 80%", "faldt med 80 procent": a change in the number of the events, not a share of them nor a number
        # of 0.8; in percent only (set 7 wants no value for "rose by a third"), and "fell by 40%, to roughly 2,400" /
        # ", til omkring 300" gives the level, the claim
        percent = re.search(r"%|per\s*cent|procent", share.text, re.I)
        if percent and not re.match(r",?\s+(?:to|til)\s", sentence[share.end :]):
            figures[figures.index(share)] = replace(share, kind="count", noun=CHANGE)
    figures = corrected(sentence, figures, lang)  # "roughly a thousand times - 1,059 to be exact": the figure said last
    for m in _YEARLY_NUMBER.finditer(sentence):  # "... 767 engagements (2016); 1,464 (2017); 795 (2018)"
        num = next(g for g in ("num", "num2", "num3", "num4") if m[g])
        if m["num4"] and not _BY_MONTH.search(sentence):
            continue  # "March 3": a day, unless the sentence lists figures by month
        start, end = m.span(num)
        value = number_or_none(m[num], lang)
        if value is None or re.fullmatch(r"(?:19|20)\d\d", m[num]) or _blocked(taken, start, end):
            continue
        earlier = [f for f in figures if f.kind in ("count", "deaths") and f.end <= start and f.high is None]
        if earlier and (earlier[-1].noun or earlier[-1].kind == "deaths"):
            add(earlier[-1].kind, value, start, end, earlier[-1].noun)
        elif (
            not earlier
            and (m["y"] or m["y3"] or m["num4"] or sentence[: m.start()].endswith("("))
            and (head := _LIST_NOUN.search(sentence, 0, start))
        ):
            # the first of a list with its years in brackets, or in brackets itself: the noun named before it
            noun = None if head["dead"] else head["noun"].lower()
            add("deaths" if head["dead"] else "count", value, start, end, noun)
    for m in _TOLL_AGAIN.finditer(sentence):  # "10,700 people died in ..., and 8,800 in its fights with the SDF"
        value = number_or_none(m["num"], lang)
        earlier = [f for f in figures if f.kind == "deaths" and f.end <= m.start("num")]
        if earlier and value is not None and not _blocked(taken, m.start("num"), m.end("num")):
            add("deaths", value, m.start("num"), m.end("num"))
    for bound in [f for f in figures if f.kind in ("count", "deaths") and f.op in ("<", ">", "<=", ">=")]:
        # "fell below 2,000 a year after 2017 (1,674 in 2018; 1,534 in 2019)": the bound sums up the yearly figures
        # given in brackets after it; they are the claims
        inside = [f for f in figures if f.kind == bound.kind and f.start > bound.end]
        if (
            inside
            and _THEN_BRACKET.fullmatch(sentence, bound.end, inside[0].start)
            and _A_YEAR.match(sentence, inside[0].end)
        ):
            figures.remove(bound)
    for m in _RATIO_TO_YEAR.finditer(sentence):
        earlier = [f for f in figures if f.kind == "count" and f.end <= m.start() and f.noun and f.high is None]
        ratio = 1 / _RATIO_DEN[m["den"].lower()] if m["den"] else _RATIO[m["r"].lower()]
        if earlier and not _blocked(taken, m.start(), m.end()):  # the other year's count: this one over the ratio
            op, op_start = _operator(sentence, m.start())
            # "fewer than half the 2012 figure": the other year had more than twice as many
            op = {">": "<", "<": ">", ">=": "<=", "<=": ">="}.get(op, op)
            value = round(earlier[-1].value / ratio)
            figures.append(
                Figure("count", value, op, op_start, m.end(), sentence[op_start : m.end()], earlier[-1].noun)
            )
            taken.append((m.start(), m.end()))
    if any(f.kind == "other" and f.noun != "aircraft" for f in figures):
        # "syv F-16-fly og omkring 400 soldater": a contribution listed by its people, the figure testers list (the
        # aircraft alone, "Danmark sendte syv F-16-fly", are the figure)
        figures = [f for f in figures if f.noun != "aircraft"]
    # "about 4,200 people were killed ..., roughly half of them civilians": a part of the dead, people within a toll
    # (as "135 of them civilians" is), not a share of events
    figures = [
        f
        for f in figures
        if not (
            f.kind == "share"
            and _OF_THEM_PEOPLE.match(sentence, f.end)
            and any(g.kind == "deaths" and g.end <= f.start for g in figures)
        )
    ]
    figures = listed_dead(sentence, figures)  # "23 members of the PKK were killed": the dead, not a head count
    figures.sort(key=lambda f: f.start)
    # "omkring hver tredje af hærens kampe i 2017, ikke hver anden", "about a third, not half": the figure denied after
    # the one the sentence gives is no claim
    figures = [
        f
        for f in figures
        if not (
            _DENIED.search(sentence, 0, f.start)
            and _CLAUSE_END.match(sentence, f.end)
            and any(g.kind == f.kind and g.end <= f.start for g in figures)
        )
    ]
    for vague_share in vague_words:
        # "langt de fleste af HTS' kampe ..., næsten fire ud af fem", "most of them - about 80 percent": the vague word
        # given as a figure right after it is one share, the figure's
        after = [f for f in figures if f.start >= vague_share.end]
        given = after[0] if after and after[0].kind == "share" else None
        if (
            given is not None
            and vague_share in figures
            and _GIVEN_AFTER.search(sentence, vague_share.end, given.start)
            and _CLAUSE_END.match(sentence, given.end)
            and vague_share.value - 0.05 <= given.value <= (vague_share.high or 1.0)
        ):
            figures.remove(vague_share)
    for vague_count in [f for f in figures if f.kind == "count" and f.high is not None]:
        # "only a handful of times, seven recorded engagements in all", "a few dozen times - some 35 clashes": the
        # vague count given as a number right after it is one count, the number's
        after = [f for f in figures if f.start >= vague_count.end]
        given = after[0] if after and after[0].kind == "count" and after[0].high is None else None
        if (
            given is not None
            and _GIVEN_AFTER.search(sentence, vague_count.end, given.start)
            and _TOTAL_END.match(sentence, given.end)
            and vague_count.value <= given.value <= vague_count.high
        ):
            figures.remove(vague_count)
    if any(f.kind == "share" for f in figures):  # "Of its 254 engagements in 2018, HTS fought the regime in about
        # half": the count the sentence opens with is the owner's total, its part's other side is the share's
        figures = [
            replace(f, whole=True) if f.kind == "count" and _OF_THE_TOTAL.fullmatch(sentence[: f.start]) else f
            for f in figures
        ]
    return figures
