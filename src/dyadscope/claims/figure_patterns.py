"""The shapes figures are written in, English and Danish: numbers, the nouns of events and of people, and one
pattern per shape. figures.py runs the patterns over a sentence; figure_readings.py reads each match."""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.claims.quantities import (
    _WORD,
    FRACTION,
    ONE_IN,
    PERCENT_WORDS,
    QUALIFIER,
    WORD_NUMBER,
)

# The words that say a figure is a total ("seven engagements in all", "i alt"): verify.py reads them as over the
# whole span, figures.py as closing a vague count's restatement ("a handful of times, seven in all").
ALL_TOLD = r"(?:in\s+all|in\s+total|all\s+told|altogether|i\s+alt|alt\s+i\s+alt)"
NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?"
# the year after the one a figure before named: "året efter", "the following year", "a year later" (group `at`;
# kinds/changes.py reads the window, figures.py a second count closing its clause with it)
NEXT_YEAR = r"(?P<at>året\s+efter|(?:the\s+)?(?:following|next)\s+year|(?:the\s+)?year\s+after|a\s+year\s+later)\b"
_WN = rf"(?:\d+|{_WORD})"
# "nearly half its fighting", "about half against IS": half with no "of" before its owner or its other side
# "HTS fought the regime in about half.": half closing its clause after "in" (an operator word between)
_IN_HALF = ("", r"about\s", r"around\s", r"roughly\s", r"nearly\s", r"almost\s", r"over\s", r"just\sover\s")
_IN_HALF += (r"just\sunder\s", r"more\sthan\s", r"less\sthan\s", r"some\s")
_HALF = re.compile(
    # "about half again in 2019" (a share repeated in its year; not "half again as many")
    r"\b(?:halvdelen|half(?=\s+(?:of|targeted|were|was|involved|hit|went|directly|its|their|against)\b|"
    r"\s+again\s+in\s+(?:19|20)\d\d\b)|(?:"
    + "|".join(rf"(?<=\bin\s{w})" for w in _IN_HALF)
    + r")half(?=\s*(?:[.;,!]|$)))",
    re.I,
)
EVENT_NOUNS = (
    r"counter[- ]?terrorism operations|counter[- ]?terror operations|military operations|operations|attacks|"
    r"engagements|clashes|battles|air ?strikes|airstrikes|strikes|incidents|events|raids|bombings|assaults|fights|"
    r"confrontations|konfrontationer|"
    r"terrorbekæmpelsesoperationer|antiterroroperationer|militære operationer|operationer|angreb|kamphandlinger|kampe|"
    r"sammenstød|luftangreb|træfninger|hændelser|episoder|bombninger|razziaer|occasions|tilfælde|massacres|slag|"
    r"massakrer|killings|assassinations|attentater|likvideringer|sorties|togter|bombeangreb|selvmordsangreb|aktioner|"
    r"voldshandlinger|voldshændelser|voldsepisoder|handlinger|drab"
)
# one event, as in "every engagement", "hver kamp", "one clash in ten"
ONE_EVENT = r"engagement|battle|clash|attack|operation|kamphandling|kamp|træfning"
PEOPLE_NOUNS = (
    r"troops|soldiers|fighters|men|women|people|individuals|police|policemen|officers|prisoners|detainees|"
    r"inmates|members|leaders|commanders|militants|recruits|refugees|inhabitants|residents|camps|"
    r"soldater|krigere|mænd|kvinder|mennesker|personer|politifolk|betjente|fanger|medlemmer|ledere|"
    r"militante|flygtninge|indbyggere|tropper|lejre|personnel|syrians|iraqis|britons|children|families|"
    r"syrere|irakere|danskere|mand|børn|familier|ansatte|civilians|civile|marines|airmen|sailors|suspects|"
    r"mistænkte|displaced|fordrevne|pupils|students|elever|skolebørn|foreigners|udlændinge|wives|widows|orphans|"
    r"hustruer|enker|forældreløse|medarbejdere|frivillige|hjælpearbejdere|kæmpere|jihadists|jihadister|kurds|kurdere"
)
NUM = rf"(?:{NUMBER}|{WORD_NUMBER.pattern})"
# the scale and currency words of a sum of money ("$13.6m", "1,1 mia. kr."): longer words first
MONEY_SCALES = {
    "milliarder": 1e9, "milliard": 1e9, "millioner": 1e6, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "thousand": 1e3, "tusind": 1e3, "mia.": 1e9, "mio.": 1e6, "bn": 1e9, "mn": 1e6, "m": 1e6,
}  # fmt: skip
MONEY_SCALE = "|".join(re.escape(w) for w in MONEY_SCALES)
CURRENCY_AFTER = r"(?:dollars?|kroner|kr\.|euros?|pounds|pund|USD|DKK|EUR)"
# a figure, then its exact number in an aside after a dash or a bracket, by these words: "roughly a thousand times -
# exactly 1,059" (a speaker's correction, corrections.py: spoken English), "Hundreds of clashes – præcis 470 –" (a
# vague count's number, figures.py); "1,059, to be exact" after the number
EXACTLY = r"exactly|precisely"
EXACTLY_DA = r"præcis|nøjagtig"
TO_BE_EXACT = r"to\s+be\s+(?:exact|precise)"
# the dead by age or sex ("including 1,984 children and 1,237 women"): a part of a toll the data does not split
BY_AGE_OR_SEX = re.compile(r"children|women|girls|boys|minors|børn|kvinder|piger|drenge|mindreårige", re.I)
# the noun of a side's own dead ("YPG mistede over 500 krigere", "IS lost over 1,000 fighters"): one side's losses,
# which the data's tolls do not split off (verify.py)
OWN_LOSSES = "own losses"
# the measure of the wounded ("180 injured", "55 kvæstede"): a number about the events the data does not record
WOUNDED = "wounded"
# the people a toll counts, as its noun ("240 people have been reported killed", "13 civile ... dræbt")
_THE_DEAD = (
    r"(?:people|civilians|fighters|militants|soldiers|rebels|members|children|personer|civile|mennesker|krigere|"
    r"soldater|oprørere|medlemmer|børn)"
)
# a word between a number and "wounded"/"såret": never a death word, a conjunction, "of" or a number ("12 killed and 20
# wounded" keeps each number its own word)
_NOT_DEAD = r"(?:(?!(?:and|og|or|eller|of|af|killed|dead|dræbt|dræbte|døde|draebt)\b|\d)[\w-]+\s+)"
# Up to two words between a number and its noun, but never "of" ("one of the attacks" is not one attack) nor a
# death word ("100 dræbt i kampe" is a toll), nor "mere" ("a mere seven engagements" is seven, not "a").
GAP = r"(?:(?!(?:of|af|the|de|killed|dead|dræbt|dræbte|døde|mere)\b|\d)[\w-]+\s+){0,2}?"
TIMES = (
    r"times(?!\s+(?:as\s+(?:many|much|often|large|big|high|great|likely|frequent|common|deadly|lethal)|larger|bigger|more|higher|greater|less|fewer|over(?!\s+the\s+(?:course|whole|full|entire))))"
    r"|gange(?!\s+(?:så|større|flere|mere))"
)
# "omkom i alt over 40.000", "killed in all some 300": the total's words between a verb and its number
_IN_ALL = r"(?:(?:i\s+alt|in\s+all|in\s+total|altogether|totalt)\s+)"
# A verb after which the number is the count reached: "dropped below 200", "fell to fewer than 40", "steg til over 200"
MOVED = (
    r"fell|dropped|declined|decreased|sank|slipped|rose|climbed|grew|increased|jumped|falling|dropping|rising|"
    r"(?:had|has|have)\s+(?:fallen|dropped|declined|risen|climbed|grown)|exceeded|topped|surpassed|steg|faldt|voksede|"
    r"oversteg|faldet|steget|vokset|"
    # a steep or slight move is still a move: "had collapsed to around 300", "soared to some 900", "dipped to 60"
    r"(?:(?:had|has|have)\s+)?(?:collapsed|plunged|plummeted|soared|surged|dwindled|dipped|slumped|shrunk|"
    r"tumbled|crashed|spiked|edged\s+(?:up|down))|shrank|jumped|(?:had|has|have)\s+jumped"
)
# halved, doubled: only the level after "to" is a count ("halved in 2019 compared with 2018, falling to about 100")
SCALED = r"halved|doubled|tripled|halveret|halveredes|fordoblet|fordobledes|tredoblet"

# how far a count moved before its level: "faldt det en smule, til knap 1.900", "it rose sharply, to 2,850"
_HOW_FAR = (
    r"(?:\s+(?:en\s+smule|lidt|en\s+del|kraftigt|markant|betydeligt|voldsomt|brat|yderligere|igen|slightly|sharply|"
    r"steeply|a\s+little|a\s+bit|somewhat|further|again|dramatically|significantly))?,?"
)

# "faldt tallet til blot 600", "fell to just 600": a level the writer finds low, still the count
_ONLY = r"(?:(?:blot|kun|bare|only|just|a\s+mere)\s+)"

# Ordinals that count a kind of attack so far ("the fourth bombing in Turkey this year", "for fjerde gang i år").
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10,
}  # fmt: skip
_ORDINAL = "|".join(ORDINALS)
_BOMBINGS = r"(?:suicide\s+)?bombings?|bomb\s+attacks?|suicide\s+attacks?|(?:bombe|selvmords)angreb(?:et)?"
# The means counted, not the events: bombers ("two suicide bombers", "at least two attackers blew themselves up",
# "tre selvmordsbombere") and bombings counted by their ordinal ("the third bombing in Ankara this year",
# "Bombeangrebet er det fjerde i Tyrkiet i 2016", "for fjerde gang i år ... ramt af et bombeangreb").
MEANS_COUNT = re.compile(
    rf"(?<![\w.,])(?P<num>{NUM})\s+(?:(?:more|other|flere|andre)\s+)?(?P<noun>(?:suicide\s+)?bombers|"
    r"selvmordsbombere|(?:attackers|assailants)(?=\s+(?:\w+\s+)?blew\s+themselves\s+up)|"
    r"(?:angribere|gerningsmænd)(?=\s+(?:\w+\s+)?sprængte\s+sig\s+selv))\b",
    re.I,
)
# each with the ordinal as "ord", the span that blocks (a time between it and its noun is no part of the figure)
MEANS_ORDINALS = (
    re.compile(rf"\b(?:the|det|den)\s+(?P<ord>{_ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?:{_BOMBINGS})\b", re.I),
    re.compile(rf"\bfor\s+(?:the\s+)?(?P<ord>{_ORDINAL})\s+(?:gang|time)\b[^.;:]{{0,80}}?\b(?:{_BOMBINGS})\b", re.I),
    re.compile(
        rf"\b(?:the\s+(?:suicide\s+)?bombing|the\s+bomb\s+attack|(?:bombe|selvmords)angrebet)\b[^;:]{{0,60}}?\s+"
        rf"(?:is|was|er|var)\s+(?:the|det)\s+(?P<ord>{_ORDINAL})\b",
        re.I,
    ),
)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("means_count", MEANS_COUNT),
    *(("means_ordinal", pattern) for pattern in MEANS_ORDINALS),
    (
        # a sum of money: "$250 billion", "USD 7 billion", "DKK 110 million", "$1-1.5 million", "2.8 billion pounds",
        # "1,1 mia. kr.", "213 millioner kroner", "a million dollars", "en milliard kroner": budgets, costs, aid and
        # income, listed as not event data (figure_readings.money_value)
        "money",
        re.compile(
            rf"(?<![\w.,$£€])(?:US\$|\$|£|€|USD|DKK|EUR|GBP)\s?(?P<money>{NUMBER})(?:\s?[-–]\s?(?P<money_to>{NUMBER}))?"
            rf"(?:\s?(?P<scale>{MONEY_SCALE})(?!\w))?"
            rf"|(?<![\w.,])(?:(?P<money2>{NUMBER})\s+(?:(?P<scale2>{MONEY_SCALE})\s+)?|(?P<money3>a|one|en|et)\s+"
            rf"(?P<scale3>{MONEY_SCALE})\s+){CURRENCY_AFTER}(?!\w)",
            re.I,
        ),
    ),
    (
        # numbers about people, not events, listed as not event data: an age ("was 48 when he died", "when he was
        # 34", ", aged 39", "blev 48 år", "der er 27 år", "The average age ... was 26", "børn under 12 år"; not "a
        # 23-year-old", which testers leave alone) and the countries people came from ("from over 110 countries",
        # "fra mere end 100 lande", in digits; not "79 partner countries")
        "not_data",
        re.compile(
            r"\b(?:was|were)\s+(?P<age>\d{1,2})\s+(?=when\b)"
            r"|\bwhen\s+(?:he|she)\s+was\s+(?P<age2>\d{1,2})\b(?![.,]?\d|\s*(?:%|per\b|years?\s+into))"
            r"|,\s+aged\s+(?P<age3>\d{1,2})\b"
            # Danish: "blev 48 år (gammel)", "var 48 år, da ...", "Tiltalte, der er 27 år"; not "for 3 år siden"
            r"|\b(?:blev|var|er)\s+(?:(?:omkring|cirka|ca\.|kun|blot|knap|godt)\s+)?(?P<age4>\d{1,2})\s+år\b"
            r"(?!\s+(?:efter|senere|før|siden|tidligere|ad\s+gangen|i\s+træk)\b)"
            r"|\b(?:average|mean|median)\s+age\b[^.;:]{0,80}?\b(?:was|is|were|of)\s+(?P<age5>\d{1,2})\b(?![.,]?\d|\s*%)"
            r"|\bgennemsnitsalder(?:en)?\b[^.;:]{0,80}?\b(?:var|er|på)\s+(?P<age6>\d{1,2})\b(?![.,]?\d|\s*%)"
            r"|\b(?:børn|children)\s+under\s+(?P<age7>\d{1,2})\s+år\b"
            rf"|\b(?:from|fra)\s+{QUALIFIER}?(?P<lands>{NUMBER})\s+(?=(?:countries|nations|lande)\b)",
            re.I,
        ),
    ),
    (
        # a length of time, listed as not event data (as the testers since set 21 list it): how long something lasted
        # ("Belejringen varede ni dage", "lasted about four months"), a prison sentence ("idømt fire års fængsel",
        # "sentenced to six years' imprisonment"), a Danish time inside a sentence after something ("to måneder efter
        # ankomsten": Danish testers list it, English ones mostly not "three years after the uprising began"), "som
        # læser gennem 30 år". Not one ("et år"), not a time that opens the sentence ("Tre år efter ...", "Two years
        # later", which frame the claim after them), not "i 30 dage" nor "within 18 months" (windows and offers the
        # testers leave alone), not "for tre år siden"
        "duration",
        re.compile(
            r"(?:\b(?:varede|lasted|lasting|idømt|idømmes|sentenced\s+to|gennem)\s+"
            rf"{QUALIFIER}?(?!(?:an?|en|et|ét|én|one)\b)(?P<num>{NUM})\s+"
            r"(?P<unit>års|år|måneders|måneder|ugers|uger|dages|dage|døgn|years?['’]?|months?['’]?|weeks?|days?)"
            r"(?:\s+(?:fængsel|imprisonment|in\s+prison))?\b(?!\s+(?:siden|ago|før|tidligere|frem|af|of)\b)"
            rf"|(?<=[\w,;)]\s)(?!(?:an?|en|et|ét|én|one)\b)(?P<num2>{NUM})\s+"
            r"(?P<unit2>år|måneder|uger|dage)\s+efter\b)",
            re.I,
        ),
    ),
    (
        # a part of a head count by where they came from or went: "40.000 udenlandske krigere ..., heriblandt godt 150
        # fra Danmark", "..., including some 150 from Denmark", "5,6 millioner syrere er flygtet, heraf over 3,6
        # millioner til Tyrkiet" (figure_readings: only after people counted)
        "people_part",
        re.compile(
            rf"\b(?:heriblandt|deriblandt|herunder|heraf|deraf|hvoraf|including|among\s+them|of\s+whom)\s+"
            rf"(?:{QUALIFIER}|godt\s+(?:og\s+vel\s+)?|op\s+mod\s+|up\s+to\s+)?(?P<num>{NUM})"
            r"(?P<scale>\s+(?:million|millioner|mio\.?|thousand|tusind))?\s+(?:fra|from|til|to)\s+"
            r"(?-i:[A-ZÆØÅ])",
            re.I,
        ),
    ),
    ("percent", re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})\s*(?:%|percent\b|per cent\b|pct\b\.?|procent\b)", re.I)),
    ("percent_words", PERCENT_WORDS),
    ("one_in", ONE_IN),
    (
        "one_in",  # "one engagement in ten", "six clashes out of ten", "én kamp ud af tre": the events between,
        # with their owner's name between ("one ISIS engagement in five", "one SDF clash in three", "one regime
        # engagement in fifteen")
        re.compile(
            rf"\b(?P<num>one|1|én|{_WORD}|\d)\s+(?:(?-i:[A-ZÆØÅ][\w-]*)\s+|regime\s+)?(?P<noun>(?:{ONE_EVENT}|fight|incident|encounter)(?:e?s)?|{EVENT_NOUNS})"
            rf"\s+(?:in|out\s+of|ud\s+af)\s+(?:every\s+)?(?P<den>{_WORD}|\d+)\b"
            r"(?!\s*(?:%|percent|procent|days?|weeks?|months?|years?|hours?|dage|døgn|uger|måneder|år|timer)\b)",
            re.I,
        ),
    ),
    ("out_of", re.compile(rf"\b(?P<a>{_WN})\s+(?:out\s+of|ud\s+af)\s+(?P<b>{_WN})\b", re.I)),
    ("n_of_m", re.compile(rf"(?<![\w.,])(?P<a>{NUMBER})\s+(?:of|af)\s+(?:the|de)\s+(?P<b>{NUMBER})\b", re.I)),
    (
        "part_of_total",  # "50 af i alt 56 kampe", "50 of a total of 56 battles": two counts, the part and the whole
        re.compile(
            rf"(?<![\w.,])(?P<a>{NUMBER})\s+(?:of|af|out\s+of|ud\s+af)\s+(?:a\s+total\s+of|i\s+alt|totalt|in\s+all|its|their|"
            rf"sine|dens|deres)\s+"
            # the whole given with its bound or hedge: "75 of its more than 10,000 recorded engagements"
            rf"{QUALIFIER}?(?P<b>{NUMBER})\s+{GAP}(?P<noun>{EVENT_NOUNS})\b",
            re.I,
        ),
    ),
    (
        "of_total",  # "Of the 2,111 battles ISIS fought in 2014, 613 were against the army": the total and a subset
        re.compile(
            rf"\b(?:of|af|out\s+of|ud\s+af)\s+(?:the|its|their|de|dets|dens|sine|deres)\s+(?P<b>{NUMBER})\s+{GAP}"
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
    (
        "deaths_sum",  # "45 medlemmer af Islamisk Stat og 20 kurdiske militante er dræbt": both sides' dead, one toll
        re.compile(
            # "26 syriske soldater og ni russiske soldater er dræbt"; "blev 27 oprørere samt 14 medlemmer af regimets
            # styrker dræbt": the Danish verb before its subject, no auxiliary after the people (figure_readings.py)
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?P<who>[^\d.,;:]{{2,60}}?)\s+(?:og|and|samt)\s+(?P<num2>{NUM})\s+"
            r"(?P<who2>[^\d.,;:]{2,60}?)\s+(?P<aux>(?:er|blev|were|have\s+been|has\s+been)\s+(?:også\s+|also\s+)?"
            r"(?:blevet\s+)?|(?:også\s+)?blevet\s+)?(?:dræbt|killed|omkommet|slået\s+ihjel)\b",
            re.I,
        ),
    ),
    ("half", _HALF),
    (
        "deaths",
        re.compile(
            # "Den 25. maj 2017 døde omkring 130 i kampe": Danish puts the verb before its subject
            rf"\b(?:killed|killing|kills|massacred|slaughtered|massakrerede|(?<!\bde\s)døde|omkom|(?:dræbte|dræbt|kostede|slog)(?:\s+(?-i:[A-ZÆØÅ][\w'’-]*)(?:\s+[a-zæøå][\w-]*)?)?)\s+{_IN_ALL}?{QUALIFIER}?(?P<num>{NUM})(?!\s*%)(?!\s+(?:{TIMES}))"
            # "kostede én dags kampe ... livet": a time's genitive, no toll
            r"(?!\s+(?:dags|dages|døgns|ugers|måneders|timers|day['’]s|days['’]|week['’]s|weeks['’])(?!\w))",
            re.I,
        ),
    ),
    (
        "deaths",  # the dead as a noun: "mindst 900 dræbte i kampene", "some 1,200 deaths in 2015", "300 dødsofre";
        # and "blev over 100 dræbt i kampe" (not 100 fights: the count pattern below would read it so); English
        # "N killed" is no toll alone ("with 15 killed in the 16 attacks" quotes the attacks), nor a count (GAP);
        # "N dead" with its wounded ("Those led to 388 dead and 176 wounded"), or closing its clause or followed by its
        # year ("and some 11,800 dead.", "with 946 killed in 2016"), and "About 9,300 died in ..."
        re.compile(
            # "fewer than a thousand died": a number in words with its scale, too
            rf"(?<![\w.,])(?P<num>{NUMBER}|(?:an?|{_WORD})\s+(?:hundred|thousand))\s+(?:(?:battle|combat|battle-related)\s+)?"
            r"(?:deaths|fatalities|dræbte|dræbt|"
            # "over 1.000 dødsfald i regimets kampe": the Danish noun as the English "deaths"
            r"dødsofre|dødsfald|døde|died|perished|"
            # "633 engagements and some 11,800 dead.", "with roughly 10,000 killed in 2015": the toll closing a list
            r"(?:dead|killed)(?=\s*(?:[.;)]|$)|\s+(?:in|during)\s+(?:19|20)\d\d\b)|"
            # "25 May 2017: over 130 killed in ISIS-related violence": killed in fighting, not in numbered events
            rf"killed(?=\s+in\s+(?:(?!\d|(?:{_WORD})\b)[\w-]+\s+){{0,2}}(?:fighting|violence|clashes|attacks|bombings|battles)\b)|"
            r"dead(?=\s+and\s+\d[\d,.]*\s+(?:wounded|injured)))\b"
            rf"(?!\s+(?:{TIMES}))",
            re.I,
        ),
    ),
    (
        "deaths",  # "killed ... around 200 people", "dræbte IS' angreb i Sweida-provinsen omkring 200 mennesker": the
        # people killed named after the verb's subject or place
        re.compile(
            rf"\b(?:killed|dræbte)\s+(?:[^.;:]|(?<=\d)\.){{0,60}}?\s{QUALIFIER}?(?P<num>{NUMBER})\s+"
            r"(?:people|civilians|persons|mennesker|civile|personer)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "left 30 dead": "left" alone is a verb of movement ("the convoy left 3 days later")
        re.compile(
            rf"\b(?:left|leaving)\s+{QUALIFIER}?(?P<num>{NUM})\s+(?:[\w-]+\s+)?"
            r"(?:dead|killed)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "More than 240 people have been reported killed", "Mindst 13 civile, deriblandt to børn, skal være
        # blevet dræbt", "11 syriske soldater er lørdag blevet dræbt", "96 er blevet dræbt"; two nouns of the dead
        # ("3200 civilians and fighters were killed") and an aside in dashes ("17,000 civilians — including 1,984
        # children — were killed")
        re.compile(
            # the side's name in the noun: "over 100 IS-krigere dræbt", "20 SDF-soldater"
            rf"(?<![\w.,])(?P<num>{NUM})\s+(?:(?:[\w-]+\s+)?(?:[\w]+-)?{_THE_DEAD}(?:\s+(?:and|og)\s+{_THE_DEAD})?"
            # or a hyphen set as a dash ("Mindst 11 personer - de fleste civile - blev søndag dræbt")
            r"(?:\s*,[^,.;:]{1,60},|\s*[—–]\s*[^—–.;:]{1,60}?\s*[—–]|\s+-\s+[^-—–.;:]{1,60}?\s+-)?"
            r"\s+(?:(?:were|was|blev|have|has|had|been|are|is|er|var|skal|være|blevet|reportedly|reported|confirmed|"
            r"angiveligt|nu|også|meldes|meldt|rapporteres|rapporteret|[a-zæøå]+dag)\s+){0,3}|(?:er|blev|have\s+been|has\s+been|were)\s+(?:blevet\s+)?|blevet\s+)"
            r"(?:killed|dead|died|dræbt|dræbte|omkom|døde|omkommet|slået\s+ihjel|mistede\s+livet)\b",
            re.I,
        ),
    ),
    (
        "wounded",  # the wounded of the events: "180 injured", "seven were injured", "one more wounded", "The three
        # soldiers sustained injuries", "36 personer såret", "55 kvæstede", "ti andre såret", "20.000 er blevet såret"
        # (a number about the events the data does not record: not checkable, verify.py); up to three words between
        # the number and the word, never a death word nor "and" ("eight members between killed and wounded" is a toll)
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUM})\s+{_NOT_DEAD}{{0,3}}?"
            r"(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|severely|seriously|critically|lightly|"
            r"blev|er|var|blevet|også|alvorligt|hårdt|lettere|let)\s+){0,3}"
            r"(?:(?P<noun>wounded|injured|såret|sårede|kvæstet|kvæstede)\b(?!\s+(?:and|or|og|eller)\s+(?:killed|dead|dræbt))"
            r"|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)\b)"
            # the verb before the number: "wounded 20 Kurds", "injuring 50", "sårede mindst 64"
            rf"|\b(?:wounded|injured|injuring|wounding|sårede|kvæstede)\s+{QUALIFIER}?(?P<num2>{NUMBER})(?!\s*%)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "The death toll reached 246 on Thursday", "neared 250", "dødstallet er steget til 96"
        re.compile(
            rf"\b(?:death\s+toll|dødstal(?:let)?)\b(?:[^.;:]|(?<=\d)\.){{0,80}}?\b(?:reached|rose\s+to|stood\s+at|climbed\s+to|"
            # "the death toll ... has risen to 250", "had climbed to", "now stands at"
            r"(?:has|had|have)\s+(?:risen|climbed|jumped|grown|increased)\s+to|(?:has|had)\s+(?:reached|hit)|"
            r"(?:now\s+)?stands\s+at|"
            r"neared|hit|is\s+now|was|(?:er\s+)?steget\s+til|er\s+nu|nåede|lød\s+på|var|steg\s+til|"
            # a toll that fell: "dødstallet var faldet til knap 6.000", "I 2018 var dødstallet faldet til", "the death
            # toll had dropped to 6,000"
            r"(?:(?:var|er)\s+)?faldet\s+til|faldt\s+(?:i\s+(?:19|20)\d\d\s+)?til|(?:has|had)\s+(?:fallen|dropped|declined)\s+to|"
            r"(?:fell|dropped|declined)\s+to|"
            # a toll at its level: "dødstallet ... nede på omkring 3.000", "var dødstallet oppe på"
            r"(?:(?:var|er|lå)\s+)?(?:helt\s+)?(?:nede|oppe)\s+på|"
            # a toll standing at its level: "Dødstallet ... lå i 2017 på omkring 22.000", "dødstallet var på 1.200"
            r"(?:lå|ligger|var|er)\s+(?:i\s+(?:19|20)\d\d\s+)?på|"
            # the level a toll moved to: "the death toll ... fell to under 1,000 in 2018", "dropped below 500"
            rf"(?:{MOVED})(?:\s+(?:to|til))?)\s+"
            rf"{QUALIFIER}?(?P<num>{NUMBER})(?!\s*%)",
            re.I,
        ),
    ),
    (
        "deaths",  # the dead as the subject: "Deaths in government engagements reached roughly 40,000 in 2016",
        # "Dødsfaldene i kampene nåede op på 9.000"; no other number before the verb's
        re.compile(
            r"\b(?:deaths|fatalities|dødsfald(?:ene)?|dødsofre(?:ne)?)\b[^.;:\d]{0,60}?\b(?:reached|rose\s+to|"
            r"climbed\s+to|stood\s+at|totall?ed|numbered|came\s+to|topped|nåede(?:\s+op\s+på)?|lå\s+på|"
            # the level the dead moved to: "Deaths in ISIS-related fighting in Iraq fell below 500 in 2019"
            rf"steg\s+til|var\s+på|(?:{MOVED})(?:\s+(?:to|til))?)\s+"
            rf"{QUALIFIER}?(?P<num>{NUMBER})(?!\s*%)",
            re.I,
        ),
    ),
    (
        "deaths",  # "the battle ... cost about 154 lives", "kostede kampene ... omkring 50 liv" / "50 mennesker livet"
        re.compile(
            rf"\b(?:cost|claimed|took|kostede|kostet|koster|krævede|krævet|kræver)\b[^.;:]{{0,80}}?{QUALIFIER}?"
            # "kostede ... omkring 100 mennesker livet", "har kostet 9 tilfældige og intetanende livet": the people and
            # then their lives
            # the words between are no numbers: in "kostede i 2015 knap 900 mennesker livet" the year is no toll
            rf"(?<![\w.,])(?P<num>{NUM})\s+(?:(?:(?!\d)[\w-]+\s+){{1,3}}?livet|lives|liv|menneskeliv)\b",
            re.I,
        ),
    ),
    (
        "deaths",  # "mistede omkring 50 livet", "mistede over 30 soldater livet": the verb before the dead
        re.compile(rf"\bmistede\s+{QUALIFIER}?(?P<num>{NUM})\s+(?:[\w-]+\s+){{0,3}}?livet\b", re.I),
    ),
    (
        "lost",  # a side's own dead: "I Kobani mistede YPG over 500 krigere", "the SDF lost about 100 fighters"
        re.compile(
            # the Danish subject after its verb: "mistede YPG over 500 krigere"
            r"\b(?:lost|(?:has|have|had)\s+lost|mistede|(?:har|havde)\s+mistet)\s+(?-i:[A-ZÆØÅ][\w'’-]*\s+){0,2}?"
            rf"{QUALIFIER}?(?P<num>{NUM})\s+"
            r"(?:[\w-]+\s+){0,2}?(?:fighters|soldiers|troops|men|militants|krigere|soldater|tropper|mand|militante)\b",
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
    # "and 8,800 in its fights with the SDF": a number in the events is no count of them (figures._TOLL_AGAIN)
    (
        "count",
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUM})\s+(?!in\s+(?:its|their|the|his|her)\b){GAP}(?:\w+-)?(?P<noun>{EVENT_NOUNS}|{TIMES})\b",
            re.I,
        ),
    ),
    (
        "count_from_to",  # "IS' angreb på civile steg fra 98 i 2017 til over 150 i 2018": two counts
        re.compile(
            rf"(?:\b(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,60}}?\b(?:rose|fell|grew|dropped|increased|decreased|climbed|"
            # the Danish verb before its subject: "I Irak faldt antallet af kampe med IS fra 496 i 2017 til ..."
            rf"steg|faldt|voksede)|\b(?:steg|faldt|voksede)\s+(?:antallet|tallet)\s+(?:af|på)\s+[^.;:]{{0,40}}?"
            rf"\b(?P<noun2>{EVENT_NOUNS})\b[^.;:]{{0,40}}?)\s+(?:from|fra)\s+{QUALIFIER}?(?P<num>\d[\d.,]*)"
            rf"(?P<mid>[^.;:]{{0,20}}?)\s+(?:to|til)\s+(?P<op>{QUALIFIER})?"
            # "to about a thousand in 2018"
            r"(?P<num2>\d[\d.,]*|(?:an?|one|en|et|two|three|to|tre)\s+(?:hundred|thousand|hundrede|tusind)\b)",
            re.I,
        ),
    ),
    (
        "count_again",  # "1.700 kampe i 2018, året efter i godt 1.500", "1,700 battles in 2018, the following year
        # about 1,500": the events counted before, again the year after (a number with its own year after it is
        # figures._YEARLY_NUMBER's)
        re.compile(
            rf"\b(?:{EVENT_NOUNS}|{TIMES})(?:[^\d.;:]|\b(?:19|20)\d\d\b){{0,40}}?(?:\s+(?:and|og)|,)\s+(?:(?:and|og)\s+)?"
            rf"(?:året\s+efter|(?:the\s+)?(?:following|next)\s+year|a\s+year\s+later)\s+(?:(?:in|i)\s+)?"
            rf"{QUALIFIER}?(?:(?:godt|just|only|kun)\s+)?(?<![\w.,])(?P<num>{NUMBER})"
            r"(?![\w.,]*\s*(?:%|per\s*cent|percent|procent|pct))(?=\s*[.;]|\s*$)",
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
            r"(?:var|er)\s+(?:antallet|tallet)\s+(?:faldet|steget)|(?:antallet|tallet)\s+(?:var|er)\s+(?:faldet|steget)|"
            # "I 2018 blev det mere end halveret, til omkring tusind", "it was more than halved, to about a thousand":
            # the count before, scaled, its level after
            r"(?:it|det|tallet|antallet)\s+(?:was\s+|blev\s+|has\s+been\s+|er\s+blevet\s+)?(?:more\s+than\s+|mere\s+end\s+|"
            r"nearly\s+|almost\s+|næsten\s+|roughly\s+|omtrent\s+)?(?:" + SCALED + r"),?|"
            # "I 2019 faldt det til 270", "in 2019 it fell to 270": the count before, moved
            r"(?:faldt|steg)\s+det|it\s+(?:fell|rose|dropped|climbed|(?:had|has)\s+(?:fallen|risen|dropped|climbed)))"
            # "I 2015 faldt det en smule, til knap 1.900", "it fell slightly, to about 1,900": how far, then the level
            rf"{_HOW_FAR}?(?=\s+(?:to|til)\s)"
            # "I 2019 var tallet nede på omkring 11.000", "tallet lå oppe på": the count before, at its level
            r"|(?:(?:var|er|lå)\s+(?:antallet|tallet|det)|(?:antallet|tallet)\s+(?:var|er|lå))\s+(?:helt\s+)?(?:nede|oppe)"
            r"(?=\s+på\s))"
            rf"\s+(?:to\s+|til\s+|at\s+|på\s+)?{QUALIFIER}?{_ONLY}?"
            rf"(?P<num>{NUM})(?![\w.,]*\s*%)"
            rf"(?:\s+(?:in|i)\s+(?:19|20)\d\d,?\s+(?:and|og)\s+(?:to|til)\s+{QUALIFIER}?"
            r"(?P<num2>\d[\d.,]*))?",
            re.I,
        ),
    ),
    (
        "count_moved",  # "ISIS clashes in Syria dropped below 200", "attacks ... fell to fewer than 40", "exceeded
        # 300", "kampene steg til over 200": the count in the stated window, after its move, with its operator
        re.compile(
            rf"(?:\b(?P<noun>{EVENT_NOUNS})(?:ne|ene)?\b[^.;:]{{0,100}}?(?:\b(?P<verb>{MOVED})\s+"
            # "faldt i 2020 til omkring 30", "fell in 2019 to about 450": the year between the verb and the level
            r"(?:(?:in|i)\s+(?:19|20)\d\d\s+(?:to|til)\s+|(?:(?:to|til|below|above|under|over|past)\s+)?"
            # "fell by more than half, to about a thousand": the change, then the level reached
            r"|by\s+[^,.;:\d]{1,30}?,?\s+to\s+)"
            r"|\b(?:" + SCALED + r")\b[^.;:]{0,40}?\s(?:to|til)\s+"
            # "peaked in the second quarter of 2017 at around 800", "toppede i 2016 med over 1.000"
            r"|\b(?:peaked|toppede)\b[^.;:]{0,40}?\s(?:at|på|med)\s+)"
            # Danish puts the verb first: "I 2016 steg IS' kampe mod regimet til over 200"
            rf"|\b(?:steg|faldt|voksede)\s+[^.;:]{{0,60}}?\b(?P<noun2>{EVENT_NOUNS})\b[^.;:]{{0,40}}?\s+til\s+)"
            rf"{QUALIFIER}?{_ONLY}?(?P<num>{NUM})(?![\w.,]*\s*(?:%|per\s*cent|percent|procent|pct))(?!\s+(?:{TIMES}))",
            re.I,
        ),
    ),
    (
        "count_level",  # the count as its subject's level, the noun the sentence's before it or none: "the count was
        # around 120", "the ISIS-regime clash count was about 1,600", "the 2016 figure is closer to 2,500", "it dropped
        # to roughly 500", "they were down to some 450" (not "the figure was 40 percent", "... was 2,000 people")
        re.compile(
            rf"(?:\b(?:the|its|their)\s+(?:(?:[\w-]+\s+)??(?P<noun>{ONE_EVENT}|event|fight)\s+|(?:19|20)\d\d\s+)?"
            r"(?:count|tally|figure|total)\s+(?:is|was|stood\s+at|came\s+to|(?:is|was)\s+(?:now\s+)?closer\s+to|"
            rf"(?:is|was)\s+(?:down|up)\s+to|(?:{MOVED})\s+to)\s+"
            # a pronoun only with a move ("it was seven" is no count); "it fell to ..." is count_after's
            rf"|\b(?:it|they)\s+(?:is|was|were|are)\s+(?:down|up)\s+to\s+|\bthey\s+(?:{MOVED})\s+to\s+)"
            rf"{QUALIFIER}?{_ONLY}?(?<![\w.,$£€])(?P<num>{NUM})(?![.,]?\d)"
            r"(?![\w.,]*\s*(?:%|per\s*cent|percent|procent|million|billion))"
            r"(?=\s*(?:[-–—.,;)]|$)|\s+(?:in|by|for|during|that|this|last|a\s+year)\b)",
            re.I,
        ),
    ),
    (
        "count_against",  # "from some 720 engagements in the first quarter to roughly 140 in the fourth", "770
        # engagements ..., against some 140 in the last quarter", "1,060 clashes in 2015, versus about 800 the year
        # before": a second count of the same events in its own time (kinds/changes.count_window)
        re.compile(
            rf"(?:\b(?:{EVENT_NOUNS})\b[^.;:]{{0,80}}?\b(?:versus|vs\.?|against|compared\s+with|compared\s+to|mod|"
            rf"sammenlignet\s+med)|\b(?:from|fra)\s+{QUALIFIER}?\d[\d.,]*\s+{GAP}(?:{EVENT_NOUNS})\b[^.;:]{{0,40}}?"
            # "almost double the 770 of the year before"
            rf"\s(?:to|til)|\b(?:double|twice|triple|half)\s+(?:the|de))\s+{QUALIFIER}?(?<![\w.,])(?P<num>{NUMBER})"
            r"(?=\s+(?:in|during|i|the\s+year|året|of\s+the\s+year|(?:two|three|to|tre)\s+(?:years|år))\b)",
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
            rf"\b(?P<noun>{EVENT_NOUNS})\b[^.;:]{{0,80}}:\s+{QUALIFIER}?(?<![\w.,])(?P<num>{NUM})"
            # ... or with its total's words: "were rare in 2016: about two dozen in the whole year", "... in all"
            rf"(?=\s+(?:in|i)\s+(?:19|20)\d\d\b|\s*[.;]|\s*$|\s+(?:{ALL_TOLD}|(?:in|over|across)\s+the\s+whole\s+year|"
            r"all\s+year(?:\s+long)?|that\s+year|i\s+hele\s+året|hele\s+året)\s*(?:[.;]|$))",
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
            # "halvanden million indbyggere": one and a half
            rf"\b(?P<num>(?:{_WORD}|a|en|et|halvanden|halvandet)\s+(?:million|millioner|thousand|tusind|hundred|hundrede))\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{PEOPLE_NOUNS})\b",
            re.I,
        ),
    ),
    (
        "aircraft",  # aircraft sent or flown: "syv F-16-fly", "seven F-16s", "12 jagerfly": equipment, not events
        re.compile(
            rf"(?<![\w.,])(?!(?:19|20)\d\d\b)(?P<num>{NUM})\s+(?:[\w-]+\s+)?(?P<noun>F-\d+s|(?:[\w]+-)*(?:fly|kampfly|jagerfly|bombefly)|"
            r"(?:fighter\s+|combat\s+)?(?:jets|warplanes|aircraft|planes))(?![\w-])",
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
        "other",  # an area: "some 88,000 square kilometres", "88.000 kvadratkilometer"
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?P<noun>square\s+(?:kilometres|kilometers|miles)|sq\.?\s+(?:km|miles)|"
            r"km2|km²|kvadratkilometer)(?!\w)",
            re.I,
        ),
    ),
    (
        "other",  # forces deployed, populations, the displaced: "2,000 US special forces were deployed", "Iraq's
        # population grew to 38 million", "de 21 millioner, der boede i Syrien", "fordrevet over 400.000"
        re.compile(
            rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:[\w.-]+\s+){{0,2}}?(?P<noun>forces|styrker)\s+(?:were\s+|are\s+|have\s+been\s+|"
            r"remain\s+|er\s+|blev\s+|var\s+)?(?:deployed|stationed|based|sent|udsendt|udstationeret|sendt)\b"
            rf"|\b(?:population|befolkning(?:en)?|indbyggertal(?:let)?)\b[^.;:]{{0,40}}?\b(?:to|of|til|på|was|were|"
            rf"is|var|er|stood\s+at)\s+{QUALIFIER}?(?P<pop>{NUMBER})\s+(?:million|millioner|mio\.?)"
            # "The population of Raqqa before the war was about 220,000": a head count with no scale word
            rf"|\b(?:population|befolkning(?:en)?|indbyggertal(?:let)?)\b[^.;:]{{0,40}}?(?:\b(?:was|were|is|var|er|"
            rf"stood\s+at)|:)\s+{QUALIFIER}?(?P<head>{NUMBER})(?![\w.,]*\s*(?:%|per\s*cent|percent|procent|million|mio))"
            # "Raqqa's population fell from about 300,000 before the war to fewer than 100,000": both head counts
            rf"|\b(?:population|befolkning(?:en)?|indbyggertal(?:let)?)\b[^.;:]{{0,40}}?\b(?:from|fra)\s+{QUALIFIER}?"
            rf"(?P<pfrom>{NUMBER})(?:\s+(?:million|millioner|mio\.?))?(?![\w.,]*\s*(?:%|per\s*cent|percent|procent))"
            rf"(?:[^.;:\d]{{0,40}}?\s(?:to|til)\s+{QUALIFIER}?(?P<pto>{NUMBER})(?:\s+(?:million|millioner|mio\.?))?)?"
            # "the number of Syrian refugees passed two million", "antallet af flygtninge nåede 5,6 millioner"
            rf"|\b(?:number|antallet)\s+(?:of|af)\s+(?:[\w-]+\s+){{0,2}}?(?:refugees|displaced|flygtninge|fordrevne)\s+"
            r"(?:passed|reached|rose\s+to|topped|exceeded|stood\s+at|was|is|nåede|passerede|oversteg|var|er)\s+"
            rf"{QUALIFIER}?(?P<nref>{NUM})(?:\s+(?:million|millioner|mio\.?))?"
            # "Syriens 22 millioner indbyggere", "Syria's 22 million people"
            rf"|\b(?:[A-ZÆØÅ]\w+(?:['’]s|s)|the\s+country['’]s|landets)\s+(?P<inh>{NUMBER})\s+(?:million|millioner|mio\.?)\s+"
            r"(?:indbyggere|inhabitants|people|mennesker|kurds|kurdere|arabs|arabere)\b"
            rf"|(?<![\w.,])(?P<res>{NUMBER})\s+(?:million|millioner|mio\.?),?\s+(?:der|som|who|that)\s+(?:boede|bor|"
            r"levede|lived|live|were\s+living)\b"
            # "The Peshmerga number around 150,000": a force's size
            rf"|\b(?:number|numbers|numbered|tæller|talte)\s+{QUALIFIER}?(?P<size>{NUMBER})(?![\w.,]*\s*%)"
            r"(?:\s+(?:million|millioner|mio\.?)\b)?"
            rf"(?!\s+(?:{EVENT_NOUNS})\b)"
            # Danish compounds: "400 specialstyrkesoldater"
            rf"|(?<![\w.,])(?P<comp>{NUMBER})\s+\w+(?:soldater|krigere|styrker)\b"
            rf"|\b(?:displaced|fordrevet|fordrev|forced\s+{QUALIFIER}?)\s+(?:{QUALIFIER}|op\s+mod\s+)?(?P<dis>{NUMBER})(?!\s*%)"
            # a place's size: "Raqqa, a city of 220,000 before the war", "Mosul, a city of 1.8 million"
            rf"|\b(?:a|an)\s+(?:city|town|country|nation|province|camp)\s+of\s+{QUALIFIER}?(?P<town>{NUM})"
            r"(?:\s+million\b)?(?![\w.,]*\s*(?:%|per\s*cent|percent|square|sq\.?|km|kilomet|miles|people))"
            # a head count set against another: "17 million people today, down from 21 million before the war"
            rf"|\b(?:down|up)\s+from\s+{QUALIFIER}?(?<![\w.,$£€])(?P<mfrom>{NUMBER})\s+million\b(?!\s+(?:[a-z]+\s+)?"
            r"(?:dollars|euros|pounds|kroner|barrels|tons|tonnes))",
            re.I,
        ),
    ),
]
# the group that may not be blocked
SPANS_YEARS = {"count_after": "num", "count_from_to": "num", "of_total": "b", "count_moved": "num"}
SPANS_YEARS |= {"count_recorded": "num", "count_colon": "num", "count_against": "num", "count_level": "num"}
SPANS_YEARS["count_again"] = "num"
SPANS_YEARS["people_part"] = "num"
SPANS_YEARS["means_ordinal"] = "ord"  # "for fjerde gang i år ... bombeangreb": the time inside is no part of it
# "dræbte den 23. maj 2016 omkring 100 civile": a toll's date between its verb and its number
SPANS_YEARS["deaths"] = "num"
