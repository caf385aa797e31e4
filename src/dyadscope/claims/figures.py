"""The figures journalists write, English and Danish: shares, counts, subsets, deaths, non-event numbers.

Each pattern finds a figure and its operator ("around", "more than", "knap"); extract.py decides what
the figure is about. Numbers inside dates, years, footnote marks, durations and measures of length or
money are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyadscope.claims.quantities import (
    _WORD,
    APPROX,
    FRACTION,
    ONE_IN,
    PERCENT_WORDS,
    QUALIFIER,
    VAGUE_ADVERBS,
    VAGUE_COUNTS,
    VAGUE_SHARES,
    WORD_NUMBER,
    fraction_value,
    one_in_value,
    vague,
    word_value,
)

MAX_FIGURES = 40  # per sentence piece (sentences.MAX_SENTENCE characters)
NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?"
_WN = rf"(?:\d+|{_WORD})"
_HALF = re.compile(r"\b(?:halvdelen|half(?=\s+(?:of|targeted|were|was|involved|hit|went|directly)\b))", re.I)
OPERATORS = [
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
EVENT_NOUNS = (
    r"counter[- ]?terrorism operations|counter[- ]?terror operations|military operations|operations|attacks|"
    r"engagements|clashes|battles|air ?strikes|airstrikes|strikes|incidents|events|raids|bombings|assaults|fights|"
    r"confrontations|konfrontationer|"
    r"terrorbekæmpelsesoperationer|antiterroroperationer|militære operationer|operationer|angreb|kampe|"
    r"sammenstød|luftangreb|træfninger|hændelser|episoder|bombninger|razziaer|occasions|tilfælde|massacres|slag|"
    r"massakrer|killings|assassinations|attentater|likvideringer|sorties|togter|bombeangreb|selvmordsangreb|aktioner"
)
PEOPLE_NOUNS = (
    r"troops|soldiers|fighters|men|women|people|individuals|police|policemen|officers|prisoners|detainees|"
    r"inmates|members|leaders|commanders|militants|recruits|refugees|inhabitants|residents|camps|"
    r"soldater|krigere|mænd|kvinder|mennesker|personer|politifolk|betjente|fanger|medlemmer|ledere|"
    r"militante|flygtninge|indbyggere|tropper|lejre|personnel|syrians|iraqis|britons|children|families|"
    r"syrere|irakere|danskere|mand|børn|familier|ansatte|civilians|civile|marines|airmen|sailors|suspects|"
    r"mistænkte|displaced|fordrevne|pupils|students|elever|skolebørn"
)
_SKIP_AFTER = re.compile(
    r"^\s*(?:\]|kr\.|(?:st|nd|rd|th|days?|weeks?|months?|years?|hours?|minutes?|km|kilometres?|kilometers?|miles?|"
    r"metres?|meters?|kg|tons?|tonnes?|dage|døgn|uger?|måneder|måned|år|timer?|minutter|kilometer|meter|dollars?|"
    r"kroner|euros?)\b)",
    re.I,
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


def parse_number(text: str, lang: str = "en") -> float:
    """'1,500' -> 1500, '1.500' -> 1500, '6.5' -> 6.5, Danish '6,5' -> 6.5, 'three' -> 3, 'two hundred' -> 200."""
    text = text.strip().lower()
    if not re.match(r"\d", text):
        value = word_value(text)
        if value is None:
            raise ValueError(f"not a number: {text!r}")
        return value
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


_NUM = rf"(?:{NUMBER}|{WORD_NUMBER.pattern})"
# Up to two words between a number and its noun, but never "of" ("one of the attacks" is not one attack) nor a
# death word ("100 dræbt i kampe" is a toll).
_GAP = r"(?:(?!(?:of|af|the|de|killed|dead|dræbt|dræbte|døde)\b|\d)[\w-]+\s+){0,2}?"
_TIMES = (
    r"times(?!\s+(?:as\s+(?:many|much|often|large|big|high|great|likely|frequent|common|deadly|lethal)|larger|bigger|more|higher|greater|less|fewer|over(?!\s+the\s+(?:course|whole|full|entire))))"
    r"|gange(?!\s+(?:så|større|flere|mere))"
)
# A verb after which the number is the count reached: "dropped below 200", "fell to fewer than 40", "steg til over 200"
_MOVED = (
    r"fell|dropped|declined|decreased|sank|slipped|rose|climbed|grew|increased|jumped|falling|dropping|rising|"
    r"(?:had|has|have)\s+(?:fallen|dropped|declined|risen|climbed|grown)|exceeded|topped|surpassed|steg|faldt|voksede|"
    r"oversteg|faldet|steget|vokset"
)
# halved, doubled: only the level after "to" is a count ("halved in 2019 compared with 2018, falling to about 100")
_SCALED = r"halved|doubled|tripled|halveret|halveredes|fordoblet|fordobledes|tredoblet"
_ABOVE_VERB = re.compile(r"exceeded|topped|surpassed|oversteg", re.I)  # the count is over the number
_NOT_COUNT_YEAR = re.compile(r"\b(?:in|i|of|af|during|since|siden|until|til|fra|from)\s+$", re.I)
_TIME_FRACTION = re.compile(
    r"^\s+(?:of\s+|af\s+)?(?:the\s+year|året|(?:19|20)\d\d)\b|^\s*(?:of\s+)?(?:the\s+)?century", re.I
)
_ORDINAL_BEFORE = re.compile(
    r"(?:first|second|third|fourth|last|final|første|anden|andet|tredje|fjerde|sidste)\s+$", re.I
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("percent", re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s*(?:%|percent\b|per cent\b|pct\b\.?|procent\b)", re.I)),
    ("percent_words", PERCENT_WORDS),
    ("one_in", ONE_IN),
    ("out_of", re.compile(rf"\b(?P<a>{_WN})\s+(?:out\s+of|ud\s+af)\s+(?P<b>{_WN})\b", re.I)),
    ("n_of_m", re.compile(rf"(?<![\w.,])(?P<a>{NUMBER})\s+(?:of|af)\s+(?:the|de)\s+(?P<b>{NUMBER})\b", re.I)),
    (
        "part_of_total",  # "50 af i alt 56 kampe", "50 of a total of 56 battles": two counts, the part and the whole
        re.compile(
            rf"(?<![\w.,])(?P<a>{NUMBER})\s+(?:of|af|out\s+of|ud\s+af)\s+(?:a\s+total\s+of|i\s+alt|totalt|in\s+all|its|their|"
            rf"sine|dens|deres)\s+"
            rf"(?P<b>{NUMBER})\s+{_GAP}(?P<noun>{EVENT_NOUNS})\b",
            re.I,
        ),
    ),
    (
        "of_total",  # "Of the 2,111 battles ISIS fought in 2014, 613 were against the army": the total and a subset
        re.compile(
            rf"\b(?:of|af|out\s+of|ud\s+af)\s+(?:the|its|their|de|dets|dens|sine|deres)\s+(?P<b>{NUMBER})\s+{_GAP}"
            rf"(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,80}}?,\s+(?:(?P<a>{NUMBER})\s+(?:were|was|var|blev|involved|involverede)"
            rf"|(?:var|blev|were)\s+(?P<a2>{NUMBER}))\b",
            re.I,
        ),
    ),
    (
        "count_of",  # "613 of the Syrian government's engagements were against ISIS": a count of some of them
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:of|af)\s+(?:the\s+|de\s+)?(?:[\w'’-]+\s+){{1,3}}?(?P<noun>{EVENT_NOUNS})\b",
            re.I,
        ),
    ),
    ("fraction", FRACTION),
    ("half", _HALF),
    (
        "deaths",
        re.compile(
            rf"\b(?:killed|killing|kills|(?:dræbte|dræbt|kostede|slog)(?:\s+(?:[A-ZÆØÅ][\w'’-]*)(?:\s+[a-zæøå][\w-]*)?)?)\s+{QUALIFIER}?(?P<num>{_NUM})(?!\s*%)(?!\s+(?:{_TIMES}))",
            re.I,
        ),
    ),
    (
        "deaths",  # the dead as a noun: "mindst 900 dræbte i kampene", "some 1,200 deaths in 2015", "300 dødsofre";
        # and "blev over 100 dræbt i kampe" (not 100 fights: the count pattern below would read it so); English
        # "N killed" is no toll alone ("with 15 killed in the 16 attacks" quotes the attacks), nor a count (_GAP)
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:deaths|fatalities|dræbte|dræbt|dødsofre|døde)\b"
            rf"(?!\s+(?:{_TIMES}))",
            re.I,
        ),
    ),
    (
        "deaths",  # "killed ... around 200 people", "dræbte IS' angreb i Sweida-provinsen omkring 200 mennesker": the
        # people killed named after the verb's subject or place
        re.compile(
            rf"\b(?:killed|dræbte)\s+[^.;:]{{0,60}}?\s{QUALIFIER}?(?P<num>{NUMBER})\s+"
            r"(?:people|civilians|persons|mennesker|civile|personer)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "left 30 dead": "left" alone is a verb of movement ("the convoy left 3 days later")
        re.compile(
            rf"\b(?:left|leaving)\s+{QUALIFIER}?(?P<num>{_NUM})\s+(?:[\w-]+\s+)?"
            r"(?:dead|killed)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "More than 240 people have been reported killed", "Mindst 13 civile, deriblandt to børn, skal være
        # blevet dræbt", "11 syriske soldater er lørdag blevet dræbt", "96 er blevet dræbt"
        re.compile(
            rf"(?<![\w.,])(?P<num>{_NUM})\s+(?:(?:[\w-]+\s+)?(?:people|civilians|fighters|militants|soldiers|rebels|"
            r"members|children|personer|civile|mennesker|krigere|soldater|oprørere|medlemmer|børn)(?:\s*,[^,.;:]{1,60},)?"
            r"\s+(?:(?:were|was|blev|have|has|had|been|are|is|er|var|skal|være|blevet|reportedly|reported|confirmed|"
            r"angiveligt|nu|også|[a-zæøå]+dag)\s+){0,3}|(?:er|blev|have\s+been|has\s+been|were)\s+(?:blevet\s+)?|blevet\s+)"
            r"(?:killed|dead|died|dræbt|dræbte|omkom|døde|omkommet|slået\s+ihjel)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "The death toll reached 246 on Thursday", "neared 250", "dødstallet er steget til 96"
        re.compile(
            rf"\b(?:death\s+toll|dødstal(?:let)?)\b(?:[^.;:]|(?<=\d)\.){{0,80}}?\b(?:reached|rose\s+to|stood\s+at|climbed\s+to|"
            r"neared|hit|is\s+now|was|(?:er\s+)?steget\s+til|er\s+nu|nåede|lød\s+på|var|steg\s+til)\s+"
            rf"{QUALIFIER}?(?P<num>{NUMBER})(?!\s*%)",
            re.I,
        ),
    ),
    (
        "deaths",  # "the battle ... cost about 154 lives", "kostede kampene ... omkring 50 liv"
        re.compile(
            rf"\b(?:cost|claimed|took|kostede|krævede)\b[^.;:]{{0,80}}?{QUALIFIER}?"
            rf"(?<![\w.,])(?P<num>{_NUM})\s+(?:lives|liv|menneskeliv)\b",
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
    (
        "subset",  # "1.887 kampe i Syrien, heraf 1.059 mod regimet", "1,887 battles, of which 1,059 against the regime"
        re.compile(
            rf"\b(?:heraf|hvoraf|of\s+which|including)\s+{QUALIFIER}?(?P<num>{NUMBER})(?![\w.,]*\s*%)",
            re.I,
        ),
    ),
    # "200 IS-angreb": the noun of a compound is the count's noun
    ("count", re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s+{_GAP}(?:\w+-)?(?P<noun>{EVENT_NOUNS}|{_TIMES})\b", re.I)),
    (
        "count_from_to",  # "IS' angreb på civile steg fra 98 i 2017 til over 150 i 2018": two counts
        re.compile(
            rf"\b(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,60}}?\b(?:rose|fell|grew|dropped|increased|decreased|climbed|"
            rf"steg|faldt|voksede)\s+(?:from|fra)\s+{QUALIFIER}?(?P<num>\d[\d.,]*)"
            rf"(?P<mid>[^.;:]{{0,20}}?)\s+(?:to|til)\s+(?P<op>{QUALIFIER})?"
            r"(?P<num2>\d[\d.,]*)",
            re.I,
        ),
    ),
    (
        "count_from",  # "3,600 engagements in 2017, down from about 6,000 the year before": the earlier count
        re.compile(
            rf"\b(?:down|up|ned|op)\s+(?:from|fra)\s+{QUALIFIER}?"
            rf"(?P<num>{NUMBER})(?!\s*%)(?=\s+(?:in|i|the|a|året|et)\b)",
            re.I,
        ),
    ),
    (
        "count_after",  # "the number of IS engagements fell to roughly 1,000", "attacks ... numbered five"
        re.compile(
            rf"\b(?:(?:number|antallet|tallet)\s+(?:of|af|på)\s+[^.;:]{{0,60}}?(?P<noun>{EVENT_NOUNS}|kampe)\b[^.;:]{{0,60}}?"
            r"\b(?:fell|rose|dropped|climbed|grew|reached|was|stood\s+at|(?:had|has|have)\s+(?:fallen|risen|dropped|"
            r"climbed|grown)|shrank|doubled|tripled|halved|fordobledes|halveredes|faldt|steg|var|nåede|lå\s+på)"
            r"(?:\s+(?:in|i)\s+(?:19|20)\d\d(?=\s+(?:to|til)\s))?"
            # "faldt antallet af IS' kampe til 800", "lå antallet af IS' kampe i Syrien på omkring 800"
            rf"|(?:faldt|steg|lå|var)\s+(?:antallet|tallet)\s+(?:af|på)\s+[^.;:]{{0,60}}?(?P<noun3>{EVENT_NOUNS})\b[^.;:]{{0,60}}?"
            r"\b(?:til|på)"
            # "tallies put Islamic State engagements in Syria at roughly 2,850": an estimate's level
            rf"|\b(?:put|puts|putting|placed|places|estimated|estimate|estimates)\s+(?:the\s+)?[^.;:]{{0,50}}?"
            rf"(?P<noun4>{EVENT_NOUNS})\b[^.;:]{{0,50}}?(?=\s+at\s)"
            rf"|(?P<noun2>{EVENT_NOUNS})\b[^.;:]{{0,100}}?\b(?:numbered|totalled|totaled|(?<!\bhas\s)(?<!\bhad\s)reached)"
            r"|(?P<back>(?:faldt|steg)\s+(?:antallet|tallet)|(?:the\s+)?(?:number|figure|total)\s+(?:fell|rose|dropped|"
            r"climbed|grew|(?:had|has)\s+(?:fallen|risen))|(?:antallet|tallet)\s+(?:faldt|steg)|"
            r"(?:var|er)\s+(?:antallet|tallet)\s+(?:faldet|steget)|(?:antallet|tallet)\s+(?:var|er)\s+(?:faldet|steget))"
            r"(?=\s+(?:to|til)\s))"
            rf"\s+(?:to\s+|til\s+|at\s+|på\s+)?{QUALIFIER}?"
            rf"(?P<num>{_NUM})(?![\w.,]*\s*%)"
            rf"(?:\s+(?:in|i)\s+(?:19|20)\d\d,?\s+(?:and|og)\s+(?:to|til)\s+{QUALIFIER}?"
            r"(?P<num2>\d[\d.,]*))?",
            re.I,
        ),
    ),
    (
        "count_moved",  # "ISIS clashes in Syria dropped below 200", "attacks ... fell to fewer than 40", "exceeded
        # 300", "kampene steg til over 200": the count in the stated window, after its move, with its operator
        re.compile(
            rf"(?:\b(?P<noun>{EVENT_NOUNS})(?:ne|ene)?\b[^.;:]{{0,100}}?(?:\b(?P<verb>{_MOVED})\s+"
            r"(?:(?:to|til|below|above|under|over|past)\s+)?|\b(?:" + _SCALED + r")\b[^.;:]{0,40}?\s(?:to|til)\s+)"
            # Danish puts the verb first: "I 2016 steg IS' kampe mod regimet til over 200"
            rf"|\b(?:steg|faldt|voksede)\s+[^.;:]{{0,60}}?\b(?P<noun2>{EVENT_NOUNS})\b[^.;:]{{0,40}}?\s+til\s+)"
            rf"{QUALIFIER}?(?P<num>{_NUM})(?![\w.,]*\s*(?:%|per\s*cent|percent|procent|pct))(?!\s+(?:{_TIMES}))",
            re.I,
        ),
    ),
    (
        "count_against",  # "from some 720 engagements in the first quarter to roughly 140 in the fourth", "770
        # engagements ..., against some 140 in the last quarter", "1,060 clashes in 2015, versus about 800 the year
        # before": a second count of the same events in its own time (kinds/changes.count_window)
        re.compile(
            rf"(?:\b(?:{EVENT_NOUNS})\b[^.;:]{{0,80}}?\b(?:versus|vs\.?|against|compared\s+with|compared\s+to|mod|"
            rf"sammenlignet\s+med)|\b(?:from|fra)\s+{QUALIFIER}?\d[\d.,]*\s+{_GAP}(?:{EVENT_NOUNS})\b[^.;:]{{0,40}}?"
            rf"\s(?:to|til))\s+{QUALIFIER}?(?<![\w.,])(?P<num>{NUMBER})(?=\s+(?:in|during|i|the\s+year|året)\b)",
            re.I,
        ),
    ),
    (
        "count_recorded",  # "Clashes ... fell by half: about 1,000 were recorded in 2018", "... blev registreret"
        re.compile(
            rf"\b(?:{EVENT_NOUNS})\b[^.;]{{0,100}}?[:,]\s+{QUALIFIER}?(?<![\w.,])(?P<num>{NUMBER})\s+"
            r"(?:were|was|had\s+been|have\s+been|blev|er\s+blevet|var)\s+(?:recorded|counted|registered|logged|"
            r"documented|registreret|talt|optalt|registrerede)\b",
            re.I,
        ),
    ),
    (
        "count_colon",  # "The government's engagements with Kurdish forces were rare: fewer than 30 in 2016."
        re.compile(
            rf"\b(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,80}}:\s+{QUALIFIER}?(?<![\w.,])(?P<num>{NUMBER})"
            r"(?=\s+(?:in|i)\s+(?:19|20)\d\d\b|\s*[.;]|\s*$)",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})(?:\s+(?:million|millioner|mio\.?|thousand|tusind))?\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?:\w+-)?(?P<noun>{PEOPLE_NOUNS})\b",
            re.I,
        ),
    ),
    (
        "other",  # "some three million people", "to millioner flygtninge": a number in words with its scale
        re.compile(
            rf"\b(?P<num>(?:{_WORD}|a|en|et)\s+(?:million|millioner|thousand|tusind|hundred|hundrede))\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{PEOPLE_NOUNS})\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            rf"\b(?:population|befolkning)\s+(?:of|på)\s+{QUALIFIER}?"
            rf"(?P<num>{NUMBER})(?:\s+(?:million|mio\.?))?",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:times|gange)\s+(?:larger|bigger|more|større|flere)", re.I),
    ),
    (
        "other",  # forces deployed, populations, the displaced: "2,000 US special forces were deployed", "Iraq's
        # population grew to 38 million", "de 21 millioner, der boede i Syrien", "fordrevet over 400.000"
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:[\w.-]+\s+){{0,2}}?(?P<noun>forces|styrker)\s+(?:were\s+|are\s+|have\s+been\s+|"
            r"remain\s+|er\s+|blev\s+|var\s+)?(?:deployed|stationed|based|sent|udsendt|udstationeret|sendt)\b"
            rf"|\b(?:population|befolkning(?:en)?|indbyggertal(?:let)?)\b[^.;:]{{0,40}}?\b(?:to|of|til|på)\s+"
            rf"{QUALIFIER}?(?P<pop>{NUMBER})\s+(?:million|millioner|mio\.?)"
            rf"|(?<![\w.,])(?P<res>{NUMBER})\s+(?:million|millioner|mio\.?),?\s+(?:der|som|who|that)\s+(?:boede|bor|"
            r"levede|lived|live|were\s+living)\b"
            # "The Peshmerga number around 150,000": a force's size
            rf"|\b(?:number|numbers|numbered|tæller|talte)\s+{QUALIFIER}?(?P<size>{NUMBER})(?![\w.,]*\s*%)"
            rf"(?!\s+(?:{EVENT_NOUNS})\b)"
            # Danish compounds: "400 specialstyrkesoldater"
            rf"|(?<![\w.,])(?P<comp>{NUMBER})\s+\w+(?:soldater|krigere|styrker)\b"
            rf"|\b(?:displaced|fordrevet|fordrev|forced\s+{QUALIFIER}?)\s+(?:{QUALIFIER}|op\s+mod\s+)?(?P<dis>{NUMBER})(?!\s*%)",
            re.I,
        ),
    ),
]
_DEATH_WORD = re.compile(
    r"\b(?:killed|died|dead|deaths?|dræbt|dræbte|døde|dødsofre|dødstal(?:let)?|omkom|omkommet|livet)\b", re.I
)
# the group that may not be blocked
_SPANS_YEARS = {"count_after": "num", "count_from_to": "num", "of_total": "b", "count_moved": "num"}
_SPANS_YEARS |= {"count_recorded": "num", "count_colon": "num", "count_against": "num"}
_SPENT = re.compile(r"\b(?:spent|spend|spends|brugte|tilbragte)\s+$", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|ikke)\s+$", re.I)
_EXACT_ASIDE = re.compile(
    rf"^\s*[-–—(,]\s*(?:(?:{APPROX}|exactly|precisely|præcis|nøjagtig)\s+)?(?P<num>{NUMBER})(?![\d.,]*\s*%)(?=\s*(?:,\s*to\s+be\s+precise|,\s*for\s+at\s+være\s+præcis)?"
    rf"\s*[-–—),])",
    re.I,
)
_IN_ALL = re.compile(
    rf"^[^.;:]*?,\s*(?P<num>{NUMBER}|{WORD_NUMBER.pattern})\s+(?:in\s+all|in\s+total|altogether|i\s+alt)\b", re.I
)
_PEOPLE_AFTER = re.compile(rf"\s+(?:(?:were|was|var)\s+)?(?:[\w-]+\s+)?(?:{PEOPLE_NOUNS})\b", re.I)
_ADVERB_TAIL = re.compile(r"\s+(?:against|with|involving|targeting|in|mod|med|i)\b", re.I)
_VAGUE_COUNT_TAIL = re.compile(rf"^\s+(?:of\s+|af\s+)?{_GAP}(?P<noun>{EVENT_NOUNS}|{_TIMES})\b", re.I)


def _value(text: str, lang: str) -> float | None:
    try:
        return parse_number(text, lang)
    except ValueError:
        return None


def find_figures(sentence: str, blocked: list[tuple[int, int]], lang: str = "en") -> list[Figure]:
    """Every figure in a sentence, in order, outside the `blocked` spans (dates)."""
    taken = list(blocked)
    figures: list[Figure] = []

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
        of_time = _TIME_FRACTION.match(sentence[q.end :]) and not _SPENT.search(
            sentence[max(0, q.start - 12) : q.start]
        )
        if not _blocked(taken, q.start, q.end) and not of_time:  # "most of 2017" is a time; "spent most of 2018 ..."
            add("share", q.low, q.start, q.end, high=q.high)
    for q in vague(VAGUE_COUNTS, sentence):
        tail = _VAGUE_COUNT_TAIL.match(sentence[q.end :])
        if tail and not _blocked(taken, q.start, q.end):
            noun = tail["noun"].lower()
            noun = "engagements" if noun in ("times", "gange") else noun
            at = q.end + tail.end()
            exact = _EXACT_ASIDE.match(sentence[at:]) or _IN_ALL.search(sentence[at : at + 120])
            value = _value(exact["num"], lang) if exact else None
            if exact and value is not None and q.low <= value <= q.high:
                # "Hundreds of clashes – about 470 – pitted ...", "a handful of engagements ..., three in all": one
                # count, the number the writer gives
                add("count", value, at + exact.start("num"), at + exact.end("num"), noun)
                taken.append((q.start, at + exact.end()))
                continue
            add("count", q.low, q.start, q.end + tail.end(), noun, high=None if q.low == q.high else q.high)
    for name, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if len(figures) >= MAX_FIGURES:
                break  # no sentence a person writes has more; this bounds the work on hostile input
            # Patterns that span a year of their own ("fell to 1,000 in 2018 and to 455 in 2019") are blocked by
            # their number only.
            start, end = m.span(_SPANS_YEARS[name]) if name in _SPANS_YEARS else m.span()
            if _blocked(taken, start, end):
                continue
            _one(name, m, sentence, lang, add)
    for q in vague(VAGUE_ADVERBS, sentence):  # "340 engagements, overwhelmingly against ISIS": a share of the count
        after_count = any(f.kind == "count" and f.end <= q.start for f in figures)
        aside = re.search(r"[,–—-]\s*$", sentence[max(0, q.start - 3) : q.start])
        if after_count and aside and _ADVERB_TAIL.match(sentence[q.end :]) and not _blocked(taken, q.start, q.end):
            add("share", q.low, q.start, q.end, high=q.high)
    figures.sort(key=lambda f: f.start)
    return figures


# "almost half", "nearly a third", "knap hver tredje": a share just below the one named, read as the range from nine
# tenths of it up to it (45-50% for half). Only for shares named in words: "nearly 60 percent" stays about 60%, so a
# 50% figure still contradicts it (a range below per cents turned a set 1 sentence wrong).
JUST_BELOW = (
    r"almost|nearly|not\s+quite|just\s+under|slightly\s+under|a\s+little\s+under|næsten|knap|knapt|ikke\s+helt|"
    r"lige\s+under|lidt\s+under"
)
_JUST_BELOW = re.compile(rf"\b(?:{JUST_BELOW})\s+$", re.I)


_RANGE_BEFORE = re.compile(rf"(?:\b(?:between|mellem)\s+)?(?P<low>{NUMBER})\s*(?:[-–]|\s(?:and|og|to|til)\s)\s*$", re.I)


def _share_named(sentence: str, value: float, m: re.Match[str], add) -> None:
    below = _JUST_BELOW.search(sentence[max(0, m.start() - 12) : m.start()])
    if below is None:
        add("share", value, m.start(), m.end())
        return
    start = m.start() - (len(sentence[max(0, m.start() - 12) : m.start()]) - below.start())
    add("share", round(value * 0.9, 4), start, m.end(), high=value)


def _one(name: str, m: re.Match[str], sentence: str, lang: str, add) -> None:
    """Turn one pattern match into a figure (or nothing, for numbers that are not figures)."""
    num = m.groupdict().get("num")
    if num and _SKIP_AFTER.match(sentence[m.end("num") :]) and name not in ("percent", "deaths"):
        return
    year_like = num and name != "percent" and re.fullmatch(r"(?:19|20)\d\d", num)
    if year_like and (name != "count" or _NOT_COUNT_YEAR.search(sentence[max(0, m.start() - 12) : m.start()])):
        return
    if name in ("percent", "percent_words"):
        value = _value(num, lang)
        if value is not None:
            add("share", value / 100, m.start(), m.end())
    elif name == "one_in":
        value = one_in_value(m)
        if value is not None and value >= 0.01:
            _share_named(sentence, value, m, add)
    elif name in ("out_of", "n_of_m"):
        a, b = _value(m["a"], lang), _value(m["b"], lang)
        if a is not None and b and a <= b and not re.fullmatch(r"(?:19|20)\d\d", m["b"]):
            tail = sentence[m.end() : m.end() + 60]
            is_event = re.match(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b", tail, re.I)
            add("share" if is_event or name == "out_of" else "other", a / b, m.start(), m.end())
            if name == "out_of" and m["b"][0].isdigit() and b >= 20 and b not in (100, 1000):
                # "72 out of 76" (not a ratio like "9 out of 10"): the whole is a count of its own
                add("count", b, m.start("b"), m.end("b"), "", whole=True)
    elif name == "of_total":
        a = "a" if m["a"] else "a2"
        part, total = _value(m[a], lang), _value(m["b"], lang)
        if part is not None and total and part <= total and not re.fullmatch(r"(?:19|20)\d\d", m[a]):
            add("count", total, m.start("b"), m.end("noun"), m["noun"].lower(), whole=True)
            add("subset", part, m.start(a), m.end(a))
    elif name == "count_of":
        value = _value(num, lang)
        if value is not None and value >= 2 and not re.fullmatch(r"(?:19|20)\d\d", num):
            add("count", value, m.start(), m.end(), m["noun"].lower())
    elif name == "part_of_total":
        part, total = _value(m["a"], lang), _value(m["b"], lang)
        if part is not None and total is not None and part <= total:
            add("count", part, m.start("a"), m.end("a"), m["noun"].lower())
            add("count", total, m.start("b"), m.end(), m["noun"].lower(), whole=True)
    elif name in ("fraction", "half"):
        value = fraction_value(m) if name == "fraction" else 0.5
        before = sentence[max(0, m.start() - 12) : m.start()]
        if value is None or _ORDINAL_BEFORE.search(before) or _TIME_FRACTION.match(sentence[m.end() :]):
            return  # "the first half of 2016", "a quarter of the year" are times, not shares
        _share_named(sentence, value, m, add)
    elif name == "deaths":
        value = _value(num, lang)
        low = _RANGE_BEFORE.search(sentence[max(0, m.start("num") - 30) : m.start("num")])
        low_value = _value(low["low"], lang) if low else None
        if value is not None and low is not None and low_value is not None and low_value < value:
            # "mellem 40-70 mennesker er blevet dræbt", "between 40 and 70 people were killed": the range given
            start = m.start("num") - (len(sentence[max(0, m.start("num") - 30) : m.start("num")]) - low.start())
            add("deaths", low_value, start, m.end(), high=value)
        elif value is not None:  # the operator sits between the verb and the number ("killed more than 140")
            add("deaths", value, m.start("num") if m.group(0)[0].lower() in "kdcsl" else m.start(), m.end())
    elif name == "subset":
        value = 0.5 if num.lower() in ("half", "halvdelen") else _value(num, lang)
        if _PEOPLE_AFTER.match(sentence[m.end() :]):
            return  # "the death toll stood at 246, 135 of them civilians": people within a toll, not events
        if value is not None:
            add("subset", value, m.start(), m.end())
    elif name == "count_from_to":
        first, second = _value(num, lang), _value(m["num2"], lang)
        if first is not None and second is not None:
            noun = m["noun"].lower()
            add("count", first, m.start("num"), m.end("num"), noun)
            add("count", second, m.start("num2"), m.end("num2"), noun)
    elif name == "count_from":
        value = _value(num, lang)
        if value is not None:  # the noun is the one counted before it in the sentence (extract.py)
            add("count", value, m.start("num"), m.end("num"), "")
    elif name == "count_after":
        value = _value(num, lang)
        if value is not None:
            noun = (
                m["noun"] or m["noun2"] or m["noun3"] or m["noun4"] or ""
            ).lower()  # "faldt tallet til": the noun before
            add("count", value, m.start("num"), m.end("num"), noun)
            second = _value(m["num2"], lang) if m["num2"] else None
            if second is not None:  # "fell to roughly 1,000 in 2018 and to 455 in 2019"
                add("count", second, m.start("num2"), m.end("num2"), noun)
    elif name in ("count_moved", "count_recorded", "count_colon", "count_against"):
        value = _value(num, lang)
        if value is not None and (value >= 2 or num[0].isdigit()):
            noun = (m.groupdict().get("noun") or m.groupdict().get("noun2") or "").lower()  # "" : the noun before
            above = name == "count_moved" and _ABOVE_VERB.fullmatch(m["verb"] or "")
            add("count", value, m.start("num"), m.end("num"), noun, unmarked=">" if above else None)
    elif name == "count":
        value = _value(num, lang)
        if value is not None and (value >= 2 or num[0].isdigit()):
            noun = m["noun"].lower()
            add("count", value, m.start(), m.end(), "engagements" if noun in ("times", "gange") else noun)
    else:
        groups = m.groupdict()
        num = num or next((groups[g] for g in ("pop", "res", "dis", "size", "comp") if groups.get(g)), None)
        value = _value(num, lang) if num else None
        if value is not None and (m.groupdict().get("pop") or m.groupdict().get("res")):
            value *= 1e6  # "population grew to 38 million"
            add("other", value, m.start(), m.end(), "population")
            return
        noun = (m.groupdict().get("noun") or "").lower()
        within = re.search(r"\b(?:of|af)\s+(?:them|dem)\b", m.group(0), re.I)  # "80 by Friday, 30 of them children"
        if value is None or ((noun in ("civilians", "civile") or within) and _DEATH_WORD.search(sentence)):
            return  # "at least 13 civilians, two of them children, were killed": a toll, not a head count
        scale = 1e6 if re.search(r"\b(?:million|millioner|mio)", m.group(0), re.I) else 1.0
        scale = 1e3 if re.search(r"\b(?:thousand|tusind)", m.group(0), re.I) else scale
        scale = scale if num[0].isdigit() else 1.0  # "three million" is read whole by word_value
        add("other", value * scale, m.start(), m.end(), noun)
