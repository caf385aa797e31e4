"""Reading one pattern match (figure_patterns.py) as a figure: its value, operator and kind, or nothing for a number
that is no figure (a year, a duration, people within a toll)."""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.claims.figure_patterns import (
    BY_AGE_OR_SEX,
    EVENT_NOUNS,
    MONEY_SCALES,
    NUMBER,
    ORDINALS,
    OWN_LOSSES,
    PEOPLE_NOUNS,
    WOUNDED,
)
from dyadscope.claims.quantities import (
    APPROX,
    DANISH_NUMBER_WORDS,
    fraction_value,
    one_in_value,
    word_value,
)

_SKIP_AFTER = re.compile(
    r"^\s*(?:\]|kr\.|(?:st|nd|rd|th|days?|weeks?|months?|years?|hours?|minutes?|km|kilometres?|kilometers?|miles?|"
    # Danish genitives of time too: "én dags kampe", "tre ugers belejring" (one day's fighting)
    r"metres?|meters?|kg|tons?|tonnes?|dage|døgn|uger?|måneder|måned|år|timer?|minutter|kilometer|meter|dollars?|"
    r"dags|dages|døgns|ugers|måneders|timers|"
    r"kroner|euros?)\b)",
    re.I,
)
_ABOVE_VERB = re.compile(r"exceeded|topped|surpassed|oversteg", re.I)  # the count is over the number
# before a number of people that looks like a year: an estimate or a verb of having or sending ("cirka 2000 soldater")
_HEADCOUNT = re.compile(
    rf"\b(?:{APPROX}|havde|har|had|has|sendte|sent|deployed|udsendte)\s+$",
    re.I,
)
_NOT_COUNT_YEAR = re.compile(r"\b(?:in|i|of|af|during|since|siden|until|til|fra|from)\s+$", re.I)
TIME_FRACTION = re.compile(
    r"^\s+(?:of\s+|af\s+)?(?:the\s+year|året|(?:19|20)\d\d)\b|^\s*(?:of\s+)?(?:the\s+)?century", re.I
)
# "of the 2016 figure", "of the previous year's level", "af niveauet i 2016": another figure a number is set against
OTHER_FIGURE = re.compile(
    r"\s+(?:of|af)\s+(?:the|its|that|their|det|dets|deres)\s+(?:(?:19|20)\d\d(?:['’]s)?\s+|previous\s+(?:year['’]s\s+)?|"
    r"earlier\s+|year-earlier\s+|forrige\s+års\s+)?(?:figure|level|total|tally|peak|tal|niveau|niveauet)\b",
    re.I,
)
_ORDINAL_BEFORE = re.compile(
    r"(?:first|second|third|fourth|last|final|første|anden|andet|tredje|fjerde|sidste)\s+$", re.I
)
# "cut the ISIS-held area in half": half after a verb of dividing is no share
_DIVIDED = re.compile(
    r"\b(?:cut|cuts|split|splits|divided|divides|sliced|broke|broken|tore|torn)\b[^.;:]{0,60}\bin\s+$", re.I
)
_DEATH_WORD = re.compile(
    r"\b(?:killed|died|dead|deaths?|dræbt|dræbte|døde|dødsofre|dødstal(?:let)?|omkom|omkommet|livet)\b", re.I
)
# the people named in each part of a summed toll, and no events ("300 clashes and 40 people were killed" is no sum)
_PEOPLE_IN = re.compile(rf"\b(?:{PEOPLE_NOUNS}|militante|oprørere|rebels|jihadister|jihadists)\b", re.I)
_EVENTS_IN = re.compile(rf"\b(?:{EVENT_NOUNS}|gange|times)\b", re.I)
_WITHIN = re.compile(r"\b(?:including|incl\.|among\s+them|herunder|heriblandt|deriblandt|blandt\s+dem)\s+$", re.I)
_AUX_BEFORE = re.compile(
    r"\b(?:blev|er\s+blevet|var\s+blevet|har\s+været)\s+(?:(?:mindst|over|omkring|cirka|ca\.)\s+)?$", re.I
)
_PEOPLE_AFTER = re.compile(rf"\s+(?:(?:were|was|var)\s+)?(?:[\w-]+\s+)?(?:{PEOPLE_NOUNS})\b", re.I)


# a side's fighters named in one compound noun: "IS-krigere", "SDF-soldater"
_SIDES_OWN = re.compile(r"\b(?-i:[A-ZÆØÅ][\w]*)-(?:krigere|soldater|militante|oprørere|fighters|soldiers)\b", re.I)


def parse_number(text: str, lang: str = "en") -> float:
    """'1,500' -> 1500, '1.500' -> 1500, '6.5' -> 6.5, Danish '6,5' -> 6.5, 'three' -> 3, 'two hundred' -> 200."""
    text = text.strip().lower()
    if not re.match(r"\d", text):
        if lang == "en" and DANISH_NUMBER_WORDS.intersection(re.findall(r"[^\W\d_]+", text)):
            raise ValueError(f"a Danish number word in English: {text!r}")
        value = word_value(text)
        if value is None:
            raise ValueError(f"not a number: {text!r}")
        return value
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        return float(re.sub(r"[,.]", "", text))
    return float(text.replace(",", "."))


def number_or_none(text: str, lang: str) -> float | None:
    """The number written, or None when the text is no number."""
    try:
        return parse_number(text, lang)
    except ValueError:
        return None


# "almost half", "nearly a third", "knap hver tredje": a share just below the one named, read as the range from nine
# tenths of it up to it (45-50% for half). Only for shares named in words: "nearly 60 percent" stays about 60%, so a
# 50% figure still contradicts it (a range below per cents turned a set 1 sentence wrong).
JUST_BELOW = (
    r"almost|nearly|close\s+to|not\s+quite|just\s+under|slightly\s+under|a\s+little\s+under|næsten|knap|knapt|"
    r"ikke\s+helt|"
    r"lige\s+under|lidt\s+under"
)
_JUST_BELOW = re.compile(rf"\b(?:{JUST_BELOW})\s+$", re.I)
# "just over a third", "a little over a quarter": the mirror reading, from the share named up to a fifth above it
# (33-40% for a third, as "just over half" is 50-60%, quantities.py), where testers write 0.35 or 0.36 and "more than
# a third" alone would let 60% support it
# Danish "godt en fjerdedel", "godt og vel en tredjedel": a good quarter, as "godt halvdelen" is 50-60% (quantities.py)
JUST_ABOVE = (
    r"(?:just|slightly|a\s+little|a\s+bit|marginally)\s+(?:over|above|more\s+than)|(?:lidt|lige)\s+over|"
    r"godt(?:\s+og\s+vel)?"
)
_JUST_ABOVE = re.compile(rf"\b(?:{JUST_ABOVE})\s+$", re.I)


_RANGE_BEFORE = re.compile(rf"(?:\b(?:between|mellem)\s+)?(?P<low>{NUMBER})\s*(?:[-–]|\s(?:and|og|to|til)\s)\s*$", re.I)
# a count given as a range: "between 30 and 40 clashes", "30 to 40 times", "30-40 attacks" ("and" only after
# "between": "in 2016 and 40 times" is no range; "rose from 30 to 40 clashes" is a change, not a range)
_COUNT_RANGE = re.compile(
    rf"(?:\b(?:between|mellem)\s+(?P<low>{NUMBER})\s+(?:and|og)\s+|(?<!\bfrom\s)(?<!\bfra\s)(?<![\w.,])"
    rf"(?P<low2>{NUMBER})(?:\s*[-–]\s*|\s+(?:to|til)\s+))$",
    re.I,
)
# a toll's upper end after its number: "killed 30-40 people", "dræbte 30 til 40 civile"
_RANGE_AFTER = re.compile(rf"^(?:\s*[-–]\s*|\s+(?:to|til)\s+)(?P<high>{NUMBER})(?=\s+(?:{PEOPLE_NOUNS}|dead)\b)", re.I)


def _count_low(sentence: str, start: int, value: float, lang: str) -> tuple[float, int] | None:
    """The lower end and its start when a count is written as a range ending at `value` (module comment above)."""
    before = sentence[max(0, start - 30) : start]
    low = _COUNT_RANGE.search(before)
    text = (low["low"] or low["low2"]) if low else None
    low_value = number_or_none(text, lang) if text else None
    if low is None or low_value is None or low_value >= value or re.fullmatch(r"(?:19|20)\d\d", text):
        return None
    return low_value, start - (len(before) - low.start())


# the speaker's hedge after the share, as after a thought: "omkring hver tredje kamp i Syrien, måske lidt mindre",
# "about a third of its battles - maybe a bit less": just below (or above) the share named, as "knap" before it
_HEDGED_AFTER = re.compile(
    r"^[^.;:?!]{0,40}?(?:,|\s[-–—])\s*(?:(?:måske|nok|vel|snarere|perhaps|maybe|probably|possibly)\s+)?"
    r"(?:en\s+smule|lidt|a\s+bit|a\s+little|slightly|somewhat)\s+(?P<dir>mindre|færre|under|less|fewer|lower|below|"
    r"mere|flere|over|more|higher|above)\b",
    re.I,
)


def _share_named(sentence: str, value: float, m: re.Match[str], add, noun: str | None = None) -> None:
    below = _JUST_BELOW.search(sentence[max(0, m.start() - 12) : m.start()])
    above = _JUST_ABOVE.search(sentence[max(0, m.start() - 24) : m.start()])
    hedge = _HEDGED_AFTER.match(sentence[m.end() :]) if below is None and above is None else None
    if hedge is not None:
        less = hedge["dir"].lower() in ("mindre", "færre", "under", "less", "fewer", "lower", "below")
        high = value if less else round(min(1.0, value * 1.2), 4)
        add("share", round(value * 0.9, 4) if less else value, m.start(), m.end(), noun, high=high)
        return
    if above is not None:
        start = m.start() - (len(sentence[max(0, m.start() - 24) : m.start()]) - above.start())
        add("share", value, start, m.end(), noun, high=round(min(1.0, value * 1.2), 4))
        return
    if below is None:
        add("share", value, m.start(), m.end(), noun)
        return
    start = m.start() - (len(sentence[max(0, m.start() - 12) : m.start()]) - below.start())
    add("share", round(value * 0.9, 4), start, m.end(), noun, high=value)


MONEY = "money"  # the measure of a sum of money, listed as not event data (verify.py)
DURATION = "duration"  # the measure of a length of time, listed as not event data (verify.py)
# the word before a window's length: "de første tre måneder", "the past two years" (dates.py reads those)
_WINDOW_WORD = re.compile(r"\b(?:første|sidste|seneste|kommende|næste|first|last|past|next|the|de)\s+$", re.I)
AGE = "age"  # the measure of a person's age, listed as not event data (verify.py)


def money_value(m: re.Match[str], lang: str) -> float | None:
    """The sum a money match names, its scale applied; a range ("$1-1.5 million") is read as its middle."""
    number = m["money"] or m["money2"]
    value = number_or_none(number, lang) if number else 1.0  # "a million dollars", "en milliard kroner"
    if value is None:
        return None
    if m["money_to"] and (upper := number_or_none(m["money_to"], lang)) is not None:
        value = (value + upper) / 2
    scale = m["scale"] or m["scale2"] or m["scale3"]
    return value * MONEY_SCALES[scale.lower()] if scale else value


_SCALE_AFTER = re.compile(r"\s+(?:million|millioner|mio)", re.I)


def _scaled_heads(m: re.Match[str], lang: str, add) -> None:
    """The head counts of a population's change ("from about 300,000 ... to fewer than 100,000") or of refugees ("passed
    two million"), each in the scale written after it: not event data."""
    for group in ("pfrom", "pto", "nref"):
        if not m[group]:
            continue
        value = number_or_none(m[group], lang)
        # "two million" is read whole by the word reader; "6.2 million" takes its scale here
        scaled = _SCALE_AFTER.match(m.string, m.end(group)) if m[group][0].isdigit() else None
        end = scaled.end() if scaled else m.end(group)
        if value is not None:
            add("other", value * (1e6 if scaled else 1.0), m.start(group), end, "population")


# Words that make the people after them a part of the dead named before ("including two suicide bombers")
_AMONG_THE_DEAD = re.compile(r"\b(?:including|among\s+them|of\s+whom|heriblandt|deriblandt|herunder)\s+$", re.I)


def read_match(name: str, m: re.Match[str], sentence: str, lang: str, add) -> None:
    """Turn one pattern match into a figure (or nothing, for numbers that are not figures)."""
    if name == "money":  # "$250 billion", "1,1 mia. kr.": a sum, not event data (figure_patterns.py)
        value = money_value(m, lang)
        if value is not None:
            add("other", value, m.start(), m.end(), MONEY)
        return
    if name == "not_data":  # an age, the countries people came from: not event data (figure_patterns.py)
        group = next(g for g in ("age", "age2", "age3", "age4", "age5", "age6", "age7", "lands") if m[g])
        value = number_or_none(m[group], lang)
        if value is not None:
            add("other", value, m.start(group), m.end(group), "countries" if group == "lands" else AGE)
        return
    if name == "duration":  # how long something lasted, a sentence, the time after something: not event data
        group = "num" if m["num"] else "num2"
        value = number_or_none(m[group], lang)
        window = _WINDOW_WORD.search(sentence[max(0, m.start(group) - 12) : m.start(group)])
        if value is not None and not window:  # "the first three months after": a window (dates.py)
            add("other", value, m.start(group), m.end() if group == "num" else m.end("unit2"), DURATION)
        return
    if name == "wounded":  # the wounded of the events: a number about them the data does not record (verify.py)
        group = "num" if m["num"] else "num2"
        value = number_or_none(m[group], lang)
        if value is not None and not re.fullmatch(r"(?:19|20)\d\d", m[group]):
            add("deaths", value, m.start(group), m.end(), WOUNDED)
        return
    if name == "means_ordinal":  # "the third bombing in Ankara this year": the means counted (verify.py)
        add("count", ORDINALS[m["ord"].lower()], m.start("ord"), m.end("ord"), "bombings")
        return
    if name == "means_count":  # "two suicide bombers", "two attackers blew themselves up": the means counted
        value = number_or_none(m["num"], lang)
        among = _AMONG_THE_DEAD.search(sentence[max(0, m.start() - 30) : m.start()])
        if value is not None and not among:  # "six militants killed, including two suicide bombers": the dead's part
            add("count", value, m.start(), m.end(), "suicide bombers")
        return
    num = m.groupdict().get("num")
    if num and _SKIP_AFTER.match(sentence[m.end("num") :]) and name not in ("percent", "deaths"):
        return
    year_like = num and name != "percent" and re.fullmatch(r"(?:19|20)\d\d", num)
    if year_like and name == "other" and _HEADCOUNT.search(sentence[max(0, m.start() - 20) : m.start()]):
        year_like = None  # "USA havde cirka 2000 soldater": a head count, not a year
    if year_like and (name != "count" or _NOT_COUNT_YEAR.search(sentence[max(0, m.start() - 12) : m.start()])):
        return
    if name in ("percent", "percent_words"):
        value = 1.0 if num.lower() in ("en", "én") else number_or_none(num, lang)
        if value is not None:
            add("share", value / 100, m.start(), m.end())
    elif name == "one_in":
        value = one_in_value(m)
        noun = m.groupdict().get("noun")  # "one engagement in ten": the events named inside the figure
        if value is not None and value >= 0.01:
            _share_named(sentence, value, m, add, noun.lower() if noun else None)
    elif name in ("out_of", "n_of_m"):
        a, b = number_or_none(m["a"], lang), number_or_none(m["b"], lang)
        if a is not None and b and a <= b and not re.fullmatch(r"(?:19|20)\d\d", m["b"]):
            tail = sentence[m.end() : m.end() + 60]
            is_event = re.match(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b", tail, re.I)
            add("share" if is_event or name == "out_of" else "other", a / b, m.start(), m.end())
            if name == "out_of" and m["b"][0].isdigit() and b > 20 and b not in (100, 1000):
                # "72 out of 76" (not a ratio like "9 out of 10", "19 ud af 20"): the whole is a count of its own
                add("count", b, m.start("b"), m.end("b"), "", whole=True)
    elif name == "of_total":
        a = "a" if m["a"] else "a2"
        part, total = number_or_none(m[a], lang), number_or_none(m["b"], lang)
        if part is not None and total and part <= total and not re.fullmatch(r"(?:19|20)\d\d", m[a]):
            add("count", total, m.start("b"), m.end("noun"), m["noun"].lower(), whole=True)
            add("subset", part, m.start(a), m.end(a))
    elif name == "count_of":
        value = number_or_none(num, lang)
        if value is not None and value >= 2 and not re.fullmatch(r"(?:19|20)\d\d", num):
            add("count", value, m.start(), m.end(), m["noun"].lower())
    elif name == "part_of_total":
        part, total = number_or_none(m["a"], lang), number_or_none(m["b"], lang)
        if part is not None and total is not None and part <= total:
            add("count", part, m.start("a"), m.end("a"), m["noun"].lower())
            add("count", total, m.start("b"), m.end(), m["noun"].lower(), whole=True)
    elif name in ("fraction", "half"):
        value = fraction_value(m) if name == "fraction" else 0.5
        if name == "half" and _DIVIDED.search(sentence[max(0, m.start() - 80) : m.start()]):
            return  # "cut the ISIS-held area in half": a division, no share
        before = sentence[max(0, m.start() - 12) : m.start()]
        if value is None or _ORDINAL_BEFORE.search(before) or TIME_FRACTION.match(sentence[m.end() :]):
            return  # "the first half of 2016", "a quarter of the year" are times, not shares
        if OTHER_FIGURE.match(sentence[m.end() :]):
            return  # "114 clashes ..., a fifth of the 2016 figure": a ratio to another figure, no share of events
        _share_named(sentence, value, m, add)
    elif name == "deaths_sum":
        a, b = number_or_none(num, lang), number_or_none(m["num2"], lang)
        people = all(_PEOPLE_IN.search(m[g]) and not _EVENTS_IN.search(m[g]) for g in ("who", "who2"))
        within = _WITHIN.search(sentence[max(0, m.start() - 24) : m.start()])  # "146 civilians including 24 ..."
        # with no auxiliary after the people, one before them: "blev 27 oprørere samt 14 ... dræbt"
        fronted = m["aux"] is not None or _AUX_BEFORE.search(sentence[max(0, m.start() - 24) : m.start()])
        if a is not None and b is not None and people and not within and fronted:  # each side's dead: one toll
            add("deaths", a + b, m.start(), m.end())
    elif name == "deaths":
        value = number_or_none(num, lang)
        low = _RANGE_BEFORE.search(sentence[max(0, m.start("num") - 30) : m.start("num")])
        low_value = number_or_none(low["low"], lang) if low else None
        if value is not None and low is not None and low_value is not None and low_value < value:
            # "mellem 40-70 mennesker er blevet dræbt", "between 40 and 70 people were killed": the range given
            start = m.start("num") - (len(sentence[max(0, m.start("num") - 30) : m.start("num")]) - low.start())
            add("deaths", low_value, start, m.end(), high=value)
        elif value is not None and (after := _RANGE_AFTER.match(sentence[m.end("num") :])):
            high = number_or_none(after["high"], lang)  # "killed 30-40 people": the range, not its lower end
            end = m.end("num") + after.end()
            add("deaths", value, m.start("num"), end, high=high if high is not None and high > value else None)
        elif value is not None and _SIDES_OWN.search(m.group(0)):
            # "blev over 100 IS-krigere dræbt": the fighters of the side named in the noun, its own losses (verify.py)
            add("deaths", value, m.start(), m.end(), OWN_LOSSES)
        elif value is not None:  # the operator sits between the verb and the number ("killed more than 140"; Danish
            # puts the verb first: "omkom i alt over 40.000 mennesker" is over 40,000 as "døde over 300.000" is)
            add("deaths", value, m.start("num") if m.group(0)[0].lower() in "kdcslo" else m.start(), m.end())
    elif name == "lost":
        value = number_or_none(num, lang)
        if value is not None:  # "mistede over 500 krigere": the dead of the side that lost them (verify.py)
            add("deaths", value, m.start("num"), m.end(), OWN_LOSSES)
    elif name == "subset":
        value = 0.5 if num.lower() in ("half", "halvdelen") else number_or_none(num, lang)
        if _PEOPLE_AFTER.match(sentence[m.end() :]):
            return  # "the death toll stood at 246, 135 of them civilians": people within a toll, not events
        if value is not None:
            add("subset", value, m.start(), m.end())
    elif name == "aircraft":
        value = number_or_none(num, lang)
        if value is not None:
            add("other", value, m.start(), m.end(), "aircraft")
    elif name == "people_part":
        value = number_or_none(num, lang)
        if value is not None and _PEOPLE_IN.search(sentence[: m.start()]):
            # "heraf over 3,6 millioner til Tyrkiet": the part in the scale its number is written in
            scale = {"mil": 1e6, "mio": 1e6, "tho": 1e3, "tus": 1e3}.get((m["scale"] or "").strip()[:3].lower(), 1.0)
            add("other", value * scale, m.start("num"), m.end("scale") if m["scale"] else m.end("num"), "people")
    elif name == "count_from_to":
        first, second = number_or_none(num, lang), number_or_none(m["num2"], lang)
        if first is not None and second is not None:
            noun = (m["noun"] or m.groupdict().get("noun2") or "").lower()
            add("count", first, m.start("num"), m.end("num"), noun)
            add("count", second, m.start("num2"), m.end("num2"), noun)
    elif name == "count_from":
        value = number_or_none(num, lang)
        if value is not None:  # the noun is the one counted before it in the sentence (extract.py)
            add("count", value, m.start("num"), m.end("num"), "")
    elif name == "count_after":
        value = number_or_none(num, lang)
        if value is not None:
            noun = (
                m["noun"] or m["noun2"] or m["noun3"] or m["noun4"] or ""
            ).lower()  # "faldt tallet til": the noun before
            add("count", value, m.start("num"), m.end("num"), noun)
            second = number_or_none(m["num2"], lang) if m["num2"] else None
            if second is not None:  # "fell to roughly 1,000 in 2018 and to 455 in 2019"
                add("count", second, m.start("num2"), m.end("num2"), noun)
    elif name == "count_level":
        value = number_or_none(num, lang)
        if value is not None and value >= 2:
            one = (m["noun"] or "").lower()  # "the clash count": clashes; else the noun before, if any
            add(
                "count",
                value,
                m.start("num"),
                m.end("num"),
                one + ("es" if one.endswith(("sh", "ch")) else "s") if one else "",
            )
    elif name in ("count_moved", "count_recorded", "count_colon", "count_against", "count_again"):
        value = number_or_none(num, lang)
        if value is not None and (value >= 2 or num[0].isdigit()):
            noun = (m.groupdict().get("noun") or m.groupdict().get("noun2") or "").lower()  # "" : the noun before
            above = name == "count_moved" and _ABOVE_VERB.fullmatch(m["verb"] or "")
            add("count", value, m.start("num"), m.end("num"), noun, unmarked=">" if above else None)
    elif name == "count":
        value = number_or_none(num, lang)
        if value is not None and (value >= 2 or num[0].isdigit()):
            noun = m["noun"].lower()
            noun = "engagements" if noun in ("times", "gange") else noun
            if num[0].isdigit() and (low := _count_low(sentence, m.start(), value, lang)):
                add("count", low[0], low[1], m.end(), noun, high=value)  # "between 30 and 40 clashes": the range
            else:
                add("count", value, m.start(), m.end(), noun)
    else:
        groups = m.groupdict()
        named = ("pop", "res", "dis", "size", "comp", "inh", "head", "town", "mfrom", "pfrom", "nref")
        num = num or next((groups[g] for g in named if groups.get(g)), None)
        value = number_or_none(num, lang) if num else None
        if value is not None and (groups.get("pfrom") or groups.get("nref")):
            _scaled_heads(m, lang, add)
            return
        if value is not None and (groups.get("pop") or groups.get("res") or groups.get("inh")):
            value *= 1e6  # "population grew to 38 million"
            add("other", value, m.start(), m.end(), "population")
            return
        if value is not None and (groups.get("town") or groups.get("mfrom")):  # "a city of 1.8 million"
            # "a country of about six million": a number in words is read whole with its scale
            value *= 1e6 if re.search(r"\bmillion\b", m.group(0), re.I) and num[0].isdigit() else 1.0
            add("other", value, m.start(), m.end(), "population")
            return
        if value is not None and groups.get("head"):
            add("other", value, m.start(), m.end(), "population")  # "the population ... was about 220,000"
            return
        noun = (m.groupdict().get("noun") or "").lower()
        within = re.search(r"\b(?:of|af)\s+(?:them|dem)\b", m.group(0), re.I)  # "80 by Friday, 30 of them children"
        if value is not None and BY_AGE_OR_SEX.fullmatch(noun) and not within and _DEATH_WORD.search(sentence):
            add("deaths", value, m.start(), m.end(), noun)  # "including 1,984 children": a part of the toll, by age
            return
        if value is None or ((noun in ("civilians", "civile") or within) and _DEATH_WORD.search(sentence)):
            return  # "at least 13 civilians, two of them children, were killed": a toll, not a head count
        scale = 1e6 if re.search(r"\b(?:million|millioner|mio)", m.group(0), re.I) else 1.0
        scale = 1e3 if re.search(r"\b(?:thousand|tusind)", m.group(0), re.I) else scale
        scale = scale if num[0].isdigit() else 1.0  # "three million" is read whole by word_value
        add("other", value * scale, m.start(), m.end(), noun)
