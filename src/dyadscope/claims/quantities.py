"""Quantities written in words, English and Danish: numbers, per cents, fractions and vague quantifiers.

A quantity is a value or an explicit range. Vague words become the range stated in every verdict that
uses them ("dozens" read as 24-99, "the vast majority" as 75-100%), so a reader sees the reading and can
disagree with it (docs/claims.md lists every reading).
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope import recache as re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "nul": 0, "én": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
    "halvfjerds": 70, "firs": 80, "halvfems": 90,
}  # fmt: skip
# Danish number words, no number in an English sentence: "tied to ISIS engagements" is not two engagements
DANISH_NUMBER_WORDS = frozenset(list(_UNITS)[list(_UNITS).index("nul") :]) | {"hundrede", "tusind", "tusinde"}
DANISH_NUMBER_WORDS |= {"millioner"}
# "en" is also Danish for "a"/"one"; it counts as a number only before a scale word ("en million").
_SCALES = {
    "dozen": 12, "hundred": 100, "hundrede": 100, "thousand": 1000, "tusind": 1000, "tusinde": 1000, "million": 1e6,
    "millioner": 1e6,
}  # fmt: skip
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
# "twenty-five", "two hundred", "a hundred", "tre tusind", "one thousand two hundred"
WORD_NUMBER = re.compile(
    rf"\b(?:(?:{_WORD})(?:[- ](?:{_WORD}))?|an?|en)(?:\s+(?:{_SCALE})(?:\s+(?:and\s+|og\s+)?(?:{_WORD}))?)?\b"
    rf"|\b(?:{_WORD})(?:-(?:{_WORD}))?\b"
    # Danish writes a hundred and a thousand without "et": "omkring tusind gange", "hundrede kampe"
    r"|\b(?:hundrede|tusinde?)\b",
    re.I,
)

# One "approximately" span, read the same wherever a figure may be softened ("about 40", "omkring 40", "- some 60
# per cent"), and the bounds a figure may be given ("more than", "mindst"): every pattern uses these two lists.
APPROX = (
    r"about|around|roughly|approximately|an\s+estimated|some|nearly|almost|close\s+to|omkring|cirka|ca\.|næsten|"
    r"knap|omtrent|tæt\s+på|anslået"
)
BOUND = r"more\s+than|over|at\s+least|mindst|mere\s+end|under|below|less\s+than|fewer\s+than|mindre\s+end|færre\s+end"
# Either, with its space: "(?:{QUALIFIER})?" before a number.
QUALIFIER = rf"(?:(?:{APPROX}|{BOUND})\s+)"

# Vague counts: (pattern, low, high). High is inclusive.
VAGUE_COUNTS: list[tuple[str, float, float]] = [
    (r"a\s+dozen|et\s+dusin", 12, 12),
    (r"dozens|dusinvis|snesevis|scores|flere\s+dusin|(?:a\s+few|several)\s+dozen", 24, 99),
    (r"hundreds|hundredvis|flere\s+hundrede|(?:a\s+few|several)\s+hundred", 200, 999),
    (r"thousands|tusindvis|flere\s+tusinde?|(?:a\s+few|several)\s+thousand", 2000, 9999),
    # "tens of thousands", "titusindvis": at least two tens of thousands, as "dozens" is at least two dozen (not
    # "thousands" inside it, 2,000-9,999)
    (r"tens\s+of\s+thousands|titusindvis|titusinder|flere\s+titusinde?", 20000, 99999),
    # "et par hundrede": a couple of hundred, not any number of hundreds
    (r"et\s+par\s+dusin", 20, 36),
    (r"et\s+par\s+hundrede", 150, 350),
    (r"et\s+par\s+tusinde?", 1500, 3500),
    (r"a\s+handful|en\s+håndfuld|håndfuld", 2, 9),
]
_ORDINAL = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7, "ottende": 8,
    "niende": 9, "tiende": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "ellevte": 11,
    "tolvte": 12, "femtende": 15, "tyvende": 20,
    # the teens, which a small share is written in: "hver fjortende", "every fourteenth"
    "thirteenth": 13, "fourteenth": 14, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "trettende": 13, "fjortende": 14, "sekstende": 16, "syttende": 17, "attende": 18, "nittende": 19,
}  # fmt: skip
# Vague shares: (pattern, low, high) as fractions.
VAGUE_SHARES: list[tuple[str, float, float]] = [
    (
        r"(?:every\s+single\s+one|all|each|every\s+one|samtlige|alle|hver\s+eneste|hver\s+og\s+en)(?=\s+(?:of|af)\b)"
        r"|every\s+single\s+one",
        1.0,
        1.0,
    ),
    (
        # "næsten hver femte", "nearly every third": a ratio just below one in five (ONE_IN), not nearly all
        # ("praktisk talt alle", "så godt som alle": practically all)
        r"(?:almost|nearly|virtually|practically|næsten|stort\s+set|praktisk\s+talt|så\s+godt\s+som)\s+"
        r"(?:all|alle|samtlige|every|hver|hvert)"
        rf"(?!\s+(?:{'|'.join(_ORDINAL)})\b)",
        0.9,
        1.0,
    ),
    (
        r"(?:almost|nearly|virtually|næsten|stort\s+set|praktisk\s+talt|så\s+godt\s+som)\s+(?:none|no|ingen)|"
        r"hardly\s+any|next\s+to\s+none",
        0.0,
        0.05,
    ),
    (
        r"the\s+(?:vast|overwhelming|great)\s+majority|langt\s+de\s+fleste|langt\s+størstedelen|"
        r"det\s+overvejende\s+flertal|et\s+overvældende\s+flertal",
        0.75,
        1.0,
    ),
    (
        r"(?:most|the\s+majority|a\s+majority|the\s+bulk|the\s+lion's\s+share|more\s+than\s+half|over\s+half)"
        r"(?=\s+(?:of|af)\b)|størstedelen|de\s+fleste|hovedparten|flertallet|mere\s+end\s+halvdelen|"
        r"over\s+halvdelen|det\s+meste|et\s+(?:klart\s+|stort\s+)?flertal(?=\s+af\b)",
        0.5,
        1.0,
    ),
    # "en brøkdel af", "a small fraction of": at most a tenth
    (r"(?:a|en)\s+(?:(?:small|tiny|lille|ringe)\s+)?(?:fraction|brøkdel)(?=\s+(?:of|af)\b)", 0.0, 0.1),
    # "just over half", "godt halvdelen": a little more than half, not anything up to all (longest match wins)
    (
        r"(?:just|slightly|a\s+little|barely|only\s+just)\s+(?:over|above|more\s+than)\s+half(?=\s+(?:of|af)\b)|"
        r"(?:lige|lidt|en\s+anelse)\s+(?:over|mere\s+end)\s+halvdelen|godt\s+halvdelen",
        0.5,
        0.6,
    ),
    (
        r"(?:just|slightly|a\s+little)\s+(?:under|below|less\s+than)\s+half(?=\s+(?:of|af)\b)|"
        r"(?:lige|lidt|en\s+anelse)\s+(?:under|mindre\s+end)\s+halvdelen",
        0.4,
        0.5,
    ),
    # "less than half", "under halvdelen" are "half" with the operator "<" (figures.py): the bound the writer gave
    (r"a\s+minority|et\s+mindretal", 0.0, 0.5),
]  # fmt: skip
# Adverbs that quantify the events of a count before them: "340 engagements, overwhelmingly against ISIS",
# "over 10.000 kampe, hovedsageligt mod oprørsgrupper" (figures.py reads them only in such an aside).
VAGUE_ADVERBS: list[tuple[str, float, float]] = [
    # "lidt over 110 kampe – alle mod Islamisk Stat", "236 engagements, all against other insurgents"
    (r"alle(?:\s+sammen)?|samtlige|all", 1.0, 1.0),
    # "almost exclusively against IS", "næsten udelukkende mod IS": all but a few
    (r"(?:almost|nearly|næsten|stort\s+set)\s+(?:exclusively|entirely|udelukkende)", 0.9, 1.0),
    (r"overwhelmingly|langt\s+overvejende", 0.75, 1.0),
    (
        r"mostly|mainly|largely|predominantly|primarily|chiefly|for\s+the\s+most\s+part|hovedsageligt|overvejende|"
        r"primært|for\s+det\s+meste|fortrinsvis",
        0.5,
        1.0,
    ),
]
_FRACTION_DEN = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
    "halvdel": 2, "halvdele": 2, "tredjedel": 3, "tredjedele": 3, "fjerdedel": 4, "fjerdedele": 4,
    "femtedel": 5, "femtedele": 5, "sjettedel": 6, "ottendedel": 8, "tiendedel": 10, "tiendedele": 10,
}  # fmt: skip
_NUM_OR_A = rf"(?:a|an|one|en|én|et|{_WORD}|\d+)"
FRACTION = re.compile(
    # "a mere fifth", "a full third": a word of size between the article and the fraction
    rf"\b(?P<num>{_NUM_OR_A})(?:\s+(?:mere|bare|scant|full|good|solid))?[- ]"
    rf"(?P<den>{'|'.join(sorted(_FRACTION_DEN, key=len, reverse=True))})\b",
    re.I,
)
# "under en procent": Danish "en" is a number before "procent" (word_value leaves the article alone out)
PERCENT_WORDS = re.compile(
    rf"\b(?P<num>(?:one|a)\s+hundred|(?:{_WORD})(?:[- ](?:{_WORD}))?|en|én)\s+(?:per\s*cent|percent|procent)\b", re.I
)
# "i samtlige registrerede kampe", "in all recorded clashes", "i hver eneste kamp": all of the events named next
# (figures.py reads them before an event noun only)
ALL_BEFORE_NOUN = r"samtlige|alle|all|hver\s+eneste|hvert\s+eneste|every\s+single"
ONE_IN = re.compile(
    # "eight of ten attacks": English "of" only before a number in words ("one of 12 attacks" names one of them)
    rf"\b(?:(?P<num>one|1|en|én|{_WORD}|\d)\s+(?:in|out\s+of|of\s+every|ud\s+af|af|i|(?P<of>of)(?=\s+(?:{_WORD})\b))\s+"
    r"(?:every\s+)?"
    rf"(?P<den>{_WORD}|\d+|a\s+hundred|one\s+hundred|hundrede)(?!\s*(?:%|percent|procent))"
    rf"|(?:every|hver|hvert)\s+(?P<ord>{'|'.join(_ORDINAL)}))\b",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A value read from words, or the range a vague word stands for."""

    low: float
    high: float
    start: int
    end: int
    text: str

    @property
    def is_range(self) -> bool:
        """True for vague words read as a range ("dozens" = 24-99)."""
        return self.high != self.low


def word_value(text: str) -> float | None:
    """'twenty-five' -> 25, 'two hundred' -> 200, 'a hundred' -> 100, 'tre tusind' -> 3000, 'ten' -> 10."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in ("and", "og"):
            continue
        if word in ("a", "an", "en") and not seen:
            current, seen = 1.0, True
        elif word in ("halvanden", "halvandet") and not seen:  # "halvanden million": one and a half
            current, seen = 1.5, True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            if word == "dozen" and not current:
                return None  # "a dozen" is read as a vague count, "two dozen" is 24
            current = (current or 1.0) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    value = total + current
    if words[-1] in ("a", "an", "en") or (len(words) == 1 and words[0] in ("en", "et")):
        return None  # the article "a"/"en" alone is not a number
    return value if seen else None


def fraction_value(match: re.Match[str]) -> float | None:
    """'two-fifths' -> 0.4, 'a third' -> 1/3, 'tre fjerdedele' -> 0.75."""
    num_text = match["num"].lower()
    num = 1.0 if num_text in ("a", "an", "en", "én", "et", "one") else word_value(num_text)
    if num is None and num_text.isdigit():
        num = float(num_text)
    den = _FRACTION_DEN[match["den"].lower()]
    if num is None or num >= den:
        return None
    return num / den


def one_in_value(match: re.Match[str]) -> float | None:
    """'one in ten' -> 0.1, 'hver tiende' -> 0.1, 'every fifth' -> 0.2."""
    groups = match.groupdict()  # "one engagement in ten" (figure_patterns.py) has no ordinal and no "of"
    if groups.get("ord"):
        return 1 / _ORDINAL[match["ord"].lower()]
    num, den = match["num"].lower(), match["den"]
    if groups.get("of") and num in ("one", "1"):
        return None  # "one of ten attacks on the city": that one, not a tenth
    top = 1.0 if num in ("one", "en", "én") else (float(num) if num.isdigit() else word_value(num))
    value = float(den) if den.isdigit() else 100.0 if den.lower().endswith(("hundred", "hundrede")) else word_value(den)
    if not top or not value or value > 100 or top >= value:
        return None  # "1 in 2016", "ten of two": not a ratio
    return top / value


def vague(patterns: list[tuple[str, float, float]], text: str) -> list[Quantity]:
    """Every vague quantifier of one list in `text`, as ranges."""
    found = []
    for pattern, low, high in patterns:
        for m in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
            found.append(Quantity(low, high, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda q: (q.start - q.end, q.start))  # longest first: "almost all" before "all"


def describe_range(low: float, high: float, share: bool) -> str:
    """'24–99' or '75–100%' for the reading a verdict states."""
    if share:
        return f"{100 * low:.0f}–{100 * high:.0f}%"
    return f"{low:,.0f}–{high:,.0f}"
