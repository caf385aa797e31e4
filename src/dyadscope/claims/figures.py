"""The figures journalists write, English and Danish: shares, counts, subsets, deaths, non-event numbers.

Each pattern finds a figure and its operator ("around", "more than", "knap"); extract.py decides what
the figure is about. Numbers inside dates, years, footnote marks, durations and measures of length or
money are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?"
_WORDNUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "en": 1,
    "et": 1,
    "én": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
}
_ORDINAL_DA = {"anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7, "tiende": 10}
_WN = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti)"
_FRACTIONS = [
    (r"two[- ]thirds|to[- ]tredjedele", 2 / 3),
    (r"three[- ]quarters|three[- ]fourths|tre[- ]fjerdedele", 0.75),
    (r"(?:one|a)[- ]third|(?:en|én)[- ]tredjedel", 1 / 3),
    (r"(?:one|a)[- ]quarter|(?:one|a)[- ]fourth|(?:en|én)[- ]fjerdedel|en kvart", 0.25),
    (r"(?:one|a)[- ]fifth|(?:en|én)[- ]femtedel", 0.2),
    (r"(?:one|a)[- ]tenth|(?:en|én)[- ]tiendedel", 0.1),
    (r"halvdelen|half(?=\s+(?:of|targeted|were|was|involved|hit|went|directly)\b)", 0.5),
]
OPERATORS = [
    (">=", r"at least|no fewer than|no less than|mindst|i hvert fald"),
    ("<=", r"at most|no more than|højst|maksimalt|max\.?"),
    (">", r"more than|over|above|upwards of|in excess of|well over|mere end|flere end|godt|langt over"),
    ("<", r"less than|fewer than|under|below|mindre end|færre end|under"),
    ("=", r"exactly|precisely|præcis|nøjagtig|nøjagtigt"),
    (
        "~",
        r"around|about|roughly|approximately|some|nearly|almost|close to|just|only|a mere|merely|omkring|cirka|"
        r"ca\.|næsten|kun|blot|bare|knap|omtrent|tæt på|godt og vel|hele",
    ),
]
_OP_BEFORE = re.compile(
    r"(?:" + "|".join(f"(?P<op{i}>{p})" for i, (_, p) in enumerate(OPERATORS)) + r")\s+(?:of\s+|af\s+)?$", re.I
)
EVENT_NOUNS = (
    r"counter[- ]?terrorism operations|counter[- ]?terror operations|military operations|operations|attacks|"
    r"engagements|clashes|battles|air ?strikes|airstrikes|strikes|incidents|events|raids|bombings|assaults|"
    r"terrorbekæmpelsesoperationer|antiterroroperationer|militære operationer|operationer|angreb|kampe|"
    r"sammenstød|luftangreb|træfninger|hændelser|episoder|bombninger|razziaer"
)
PEOPLE_NOUNS = (
    r"troops|soldiers|fighters|men|women|people|individuals|police|policemen|officers|prisoners|detainees|"
    r"inmates|members|leaders|commanders|militants|recruits|refugees|inhabitants|residents|camps|"
    r"soldater|krigere|mænd|kvinder|mennesker|personer|politifolk|betjente|fanger|medlemmer|ledere|"
    r"militante|flygtninge|indbyggere|tropper|lejre"
)
_SKIP_AFTER = re.compile(
    r"^\s*(?:\]|kr\.|(?:st|nd|rd|th|days?|weeks?|months?|years?|hours?|minutes?|km|kilometres?|kilometers?|miles?|"
    r"metres?|meters?|kg|tons?|tonnes?|dage|døgn|uger?|måneder|måned|år|timer?|minutter|kilometer|meter|dollars?|"
    r"kroner|euros?)\b)",
    re.I,
)


@dataclass
class Figure:
    """A figure in a sentence: kind share|count|subset|deaths|other, value, operator, offsets."""

    kind: str
    value: float
    op: str
    start: int
    end: int
    text: str
    noun: str | None = None


def parse_number(text: str, lang: str = "en") -> float:
    """'1,500' -> 1500, '1.500' -> 1500, '6.5' -> 6.5, Danish '6,5' -> 6.5, 'three' -> 3."""
    text = text.strip().lower()
    if text in _WORDNUM:
        return float(_WORDNUM[text])
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        return float(re.sub(r"[,.]", "", text))
    return float(text.replace(",", "."))


def _operator(sentence: str, start: int) -> tuple[str, int]:
    """The operator written just before a figure, and where its words start."""
    match = _OP_BEFORE.search(sentence[max(0, start - 30) : start])
    if not match:
        return "~", start
    for i, (op, _) in enumerate(OPERATORS):
        if match.group(f"op{i}"):
            return op, start - (len(sentence[max(0, start - 30) : start]) - match.start())
    return "~", start


def _blocked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_figures(sentence: str, blocked: list[tuple[int, int]], lang: str = "en") -> list[Figure]:
    """Every figure in a sentence, in order, outside the `blocked` spans (dates)."""
    taken = list(blocked)
    figures: list[Figure] = []

    def add(kind: str, value: float, start: int, end: int, noun: str | None = None) -> None:
        op, op_start = _operator(sentence, start)
        figures.append(Figure(kind, value, op, op_start, end, sentence[op_start:end], noun))
        taken.append((start, end))

    patterns: list[tuple[str, re.Pattern[str]]] = [
        ("percent", re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s*(?:%|percent\b|per cent\b|pct\b\.?|procent\b)", re.I)),
        (
            "one_in",
            re.compile(
                rf"\b(?:one|1)\s+in\s+(?P<den>{_WN})\b|\bhver\s+(?P<ord>anden|andet|tredje|fjerde|femte|"
                r"sjette|syvende|tiende)\b",
                re.I,
            ),
        ),
        ("out_of", re.compile(rf"\b(?P<a>{_WN})\s+(?:out\s+of|ud\s+af)\s+(?P<b>{_WN})\b", re.I)),
        ("n_of_m", re.compile(rf"(?<![\w.,])(?P<a>{NUMBER})\s+(?:of|af)\s+(?:the|de)\s+(?P<b>{NUMBER})\b", re.I)),
        (
            "fraction",
            re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{p})" for i, (p, _) in enumerate(_FRACTIONS)) + r")\b", re.I),
        ),
        (
            "deaths",
            re.compile(
                rf"\b(?:killed|killing|left|dræbte|dræbt|kostede|slog)\s+(?:at least\s+|some\s+|mindst\s+|"
                rf"omkring\s+)?(?P<num>{NUMBER})(?!\s*%)",
                re.I,
            ),
        ),
        (
            "deaths",
            re.compile(
                rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:people|civilians|fighters|militants|soldiers|"
                r"personer|civile|mennesker|krigere|soldater)\s+(?:were\s+|was\s+|blev\s+)?"
                r"(?:killed|dead|died|dræbt|dræbte|omkom|døde)\b",
                re.I,
            ),
        ),
        (
            "subset",
            re.compile(
                rf"(?<![\w.,])(?P<num>{NUMBER}|halvdelen|half)\s+(?:of\s+(?:those|them|these|which)|"
                r"af\s+(?:dem|disse|de)\b(?!\s+\d))",
                re.I,
            ),
        ),
        ("count", re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{EVENT_NOUNS})\b", re.I)),
        (
            "other",
            re.compile(
                rf"(?<![\w.,])(?P<num>{NUMBER})(?:\s+(?:million|mio\.?|thousand|tusind))?\s+"
                rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{PEOPLE_NOUNS})\b",
                re.I,
            ),
        ),
        (
            "other",
            re.compile(
                rf"\b(?:population|befolkning)\s+(?:of|på)\s+(?:around\s+|about\s+|omkring\s+|cirka\s+)?"
                rf"(?P<num>{NUMBER})(?:\s+(?:million|mio\.?))?",
                re.I,
            ),
        ),
        (
            "other",
            re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:times|gange)\s+(?:larger|bigger|more|større|flere)", re.I),
        ),
    ]
    for name, pattern in patterns:
        for m in pattern.finditer(sentence):
            if _blocked(taken, m.start(), m.end()):
                continue
            num = m.groupdict().get("num")
            if num and _SKIP_AFTER.match(sentence[m.end("num") :]) and name not in ("percent", "deaths"):
                continue
            if num and name != "percent" and re.fullmatch(r"(?:19|20)\d\d", num):
                before = sentence[max(0, m.start() - 12) : m.start()]
                if name != "count" or re.search(
                    r"\b(?:in|i|of|af|during|since|siden|until|til|fra|from)\s+$", before, re.I
                ):
                    continue
            if name == "percent":
                add("share", parse_number(num, lang) / 100, m.start(), m.end())
            elif name == "one_in":
                den = _ORDINAL_DA[m["ord"].lower()] if m["ord"] else parse_number(m["den"])
                add("share", 1 / den, m.start(), m.end())
            elif name in ("out_of", "n_of_m"):
                a, b = parse_number(m["a"], lang), parse_number(m["b"], lang)
                if b > 0 and a <= b and not re.fullmatch(r"(?:19|20)\d\d", m["b"]):
                    tail = sentence[m.end() : m.end() + 60]
                    is_event = re.match(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b", tail, re.I)
                    add("share" if is_event or name == "out_of" else "other", a / b, m.start(), m.end())
            elif name == "subset":
                value = 0.5 if num.lower() in ("half", "halvdelen") else parse_number(num, lang)
                add("subset", value, m.start(), m.end())
            elif name == "fraction":
                value = next(v for i, (_, v) in enumerate(_FRACTIONS) if m.group(f"f{i}"))
                if re.search(r"(?:first|second|første|anden)\s+$", sentence[max(0, m.start() - 8) : m.start()], re.I):
                    continue
                add("share", value, m.start(), m.end())
            elif name == "deaths":
                add("deaths", parse_number(num, lang), m.start(), m.end())
            elif name == "count":
                add("count", parse_number(num, lang), m.start(), m.end(), m["noun"].lower())
            else:
                scale = 1e6 if re.search(r"\b(?:million|mio)", m.group(0), re.I) else 1.0
                scale = 1e3 if re.search(r"\b(?:thousand|tusind)", m.group(0), re.I) else scale
                add(
                    "other",
                    parse_number(num, lang) * scale,
                    m.start(),
                    m.end(),
                    (m.groupdict().get("noun") or "").lower(),
                )
    figures.sort(key=lambda f: f.start)
    return figures
