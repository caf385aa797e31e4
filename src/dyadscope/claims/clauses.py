"""Side clauses and locatives: tagged spans of a sentence that hold no claim's scope, and the words that locate.

One definition, read by places.py (a claim's place), unread.py (time and place words left unused), extract.py (a
country as the scope, the subject after a fronted clause) and roles.py (a country after a locative is a place):
- a *lead* is a fronted subordinate clause, also after a fronted time ("In the autumn of 2019, after Turkey's
  incursion, the SDF ..."): its actors are not the claim's sides and its places not the claim's place;
- an *aside* follows a figure (", many of them in Eastern Ghouta", "; half of them in Deir ez-Zor", ", mostly in
  Idlib", ", heraf mange i Idlib"): its place is its own figure's (a concentration) or nobody's, never the main
  claim's;
- a *clause* is any other side part (", while ...", "during the siege of ...", ", where ...", ", the year it took
  Raqqa", ", which dominates Idlib,").
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope import recache as re
from dyadscope.claims.quantities import FRACTION, ONE_IN, QUALIFIER

# A fronted subordinate clause, optionally after a fronted time or place ("In 2019, after ...,"); group "clause".
LEAD = re.compile(
    # "Even in 2018, after IS had lost its last towns, ...": the fronted time may carry its focus word
    r"\s*(?:(?:(?:even|still|only|already|selv|stadig|allerede)\s+)?(?:in|during|by|over|i|under|gennem)\s+"
    r"[^,;:]{1,40},\s*)?(?P<clause>"
    # "By the time Raqqa fell, ...", "Ever since Mosul fell, ...", "Now that ...": a time told by another event
    r"(?:after|before|when|while|as|once|although|though|until|following|since|amid|despite|in\s+spite\s+of|"
    r"by\s+the\s+time|ever\s+since|now\s+that|as\s+soon\s+as|the\s+moment|"
    r"contrary\s+to|unlike|far\s+from|for\s+all|efter|før|da|mens|selvom|indtil|siden|trods|på\s+trods\s+af|"
    r"i\s+modsætning\s+til|langt\s+fra)\b"
    r"[^,;:]{0,120},)",
    re.I,
)
# A comment on the whole claim after it, to the sentence's end: ", hvilket gør det vanskeligt at tale om en gruppe, der
# primært bekæmpede regimet", ", which shows that the alliance still fought Turkey less": its sides, places and times
# are the writer's argument, not the claim's
COMMENT = re.compile(
    r",\s+(?:hvilket|which\s+(?:shows?|showed|means|meant|makes|made|suggests|suggested|explains|explained|"
    r"undercuts?|undermines?|contradicts?)\b)[^;]*",
    re.I,
)
# A concessive aside inside the sentence: "Turkey's army, for all the talk of its war on the Kurds, engaged ISIS ...":
# like a lead, its sides are not the claim's
CONCESSIVE = re.compile(
    r",\s+(?:for\s+all|despite|in\s+spite\s+of|unlike|far\s+from|contrary\s+to|notwithstanding|trods|"
    r"på\s+trods\s+af|i\s+modsætning\s+til|langt\s+fra)\b[^,;:]{0,120},",
    re.I,
)
# An apposition that names another actor only to place the claim's side or its time: "al-Qaeda in Iraq, the
# forerunner of the Islamic State, killed ...", "In 2015, the year Russia intervened, half of ...", "AQI, forløberen
# for Islamisk Stat, ...", "I 2015, året hvor Rusland greb ind, ...": like a concessive aside, its sides are not the
# claim's
APPOSITION = re.compile(
    r",\s+(?:the\s+|its\s+|their\s+)?(?:(?:forerunner|predecessor|precursor|successor|offshoot|parent\s+group|"
    r"heir)\s+(?:of|to)|year\s+(?!of\s+(?:the\s+)?(?:fighting|clashes|war)\b)|(?:forløberen|forgængeren|"
    r"efterfølgeren)\s+(?:for|til)|året\s+(?:hvor|da)\b)[^,;:]{1,100},",
    re.I,
)
# "about a third of them", "omkring en tredjedel af dem", "godt halvdelen af dem": the one "approximately" span and
# bounds (quantities.QUALIFIER), or Danish "godt" (just over), before an aside's quantity
_HEDGE = rf"(?:{QUALIFIER}|godt\s+)?(?:(?:en|et)\s+)?"
ASIDE = re.compile(
    rf"[,;]\s+(?:{_HEDGE}"
    r"(?:many|most|some|several|a\s+few|few|half|all|the\s+bulk|the\s+majority|a\s+(?:third|quarter|fifth)|"
    r"[\w.,%-]+(?:\s+(?:per\s*cent|percent))?)\s+of\s+(?:them|these|those|which)|(?:mostly|mainly|largely|chiefly|"
    r"primarily|predominantly|especially|particularly|notably|including|heraf|hvoraf|især|primært|hovedsageligt|"
    r"overvejende|navnlig|fortrinsvis|særligt|herunder|mest|flest)|"
    rf"{_HEDGE}(?:many|mange|de\s+fleste|langt\s+de\s+fleste|"
    r"[\w.,%-]+)\s+(?:af\s+(?:dem|disse))\b)\b",
    re.I,
)
# a place named as a side's front, then its part after a comma: "the busiest front, about a quarter of", "the main
# battlefield - roughly half of", "den travleste front, omkring en fjerdedel af" (places.py reads the part)
FRONT = (
    r"(?:[\w'’-]+\s+){0,3}(?:front|battlefield|theat(?:re|er)|battleground|arena|fronten|slagmark(?:en)?|"
    r"kampplads(?:en)?)\s*(?:,|[-–—:])\s+(?:[\w-]+\s+){0,3}"
)
_CLAUSE = re.compile(
    r"^\s*(?:after|before|when|while|once|although|though|by\s+the\s+time|efter|før|mens|selvom)\b"  # no comma yet
    r"|,\s+(?:as|while|when|whereas|but|after|before|during|once|a\s+\w+\s+(?:after|before)|long\s+before|mens|da|men|"
    r"by\s+the\s+time|ever\s+since|until|"
    r"efter|før|inden|og|where|hvor|partly|because|not\s+least|"
    # a concession after the claim: ", selv om Operation Fredskilde fandt sted i oktober samme år", ", although ..."
    r"although|though|even\s+though|selv\s+om|selvom|skønt)\b"
    r"|\b(?:during|under)\s+(?:the|its|slaget|belejringen|offensiven|kampagnen|operationen|erobringen|invasionen|"
    r"felttoget|stormen)\b|\bthe\s+(?:battle|siege|fall)\s+(?:for|of)\b|"
    r"\bslaget\s+om\b|\bbefore\s+the\b|\bafter\s+(?:the|its)\b|\bfør\s+\w+s\s+fald\b|\bhome\s+to\b|\bwere\s+formed\b|"
    r"\bbecause\s+of\b|\bpå\s+grund\s+af\b|\bog\s+\S+\s+var\b|"
    # the source of the claim: ", according to a military spokesman in Baghdad", ", ifølge kilder i Damaskus"
    r",\s+(?:according\s+to|ifølge|citing)\b|"
    # ", the countryside around Damascus", "Homs governorate, with the desert around Palmyra,"
    r",\s+(?:with\s+|including\s+|med\s+)?(?:the\s+)?[\w-]+\s+(?:around|near|outside|omkring|nær|uden\s+for)\b|"
    # a change set against another time: ", a steep fall from the start of the year", ", et fald fra året før"
    r",\s+(?:a|an|en|et)\s+(?:[\w-]+\s+)?(?:fall|drop|decline|rise|increase|jump|fald|stigning|nedgang)\s+"
    r"(?:from|since|on|fra|siden|i\s+forhold\s+til)\b|"
    # an apposition about the time: ", the year it took Raqqa", ", the year of the Kobane siege", ", året hvor ...",
    # ", året for belejringen af Kobane"
    r",\s+(?:the\s+)?(?:year|month|week|day|summer|winter|spring|autumn)\s+(?:it|they|he|she|we|the|that|when|of|"
    r"in\s+which|after|before|(?-i:[A-Z])[\w'’-]+\s+(?:was|were|fell|fell|had|came))\b|,\s+(?:året|måneden|ugen|dagen|sommeren|vinteren)\s+(?:hvor|da|efter|før|for)\b|"
    # ", det år Mosul faldt", ", det år hvor IS erobrede Mosul": the Danish apposition with its own subject
    r",\s+det\s+(?:år|forår|efterår)\s+(?:hvor\b|da\b|(?-i:[A-ZÆØÅ])[\w'’-]+\s+(?:faldt|blev|var|kom|erobrede)\b)|"
    # ", with Rif Dimashq the busiest front, about a quarter of ...": the front's place is its part's, not a toll's
    # before it (the span runs on over the part's figure, which places.py reads as a concentration)
    rf",\s+(?:with|med)\s+(?:the\s+)?(?-i:[A-ZÆØÅ])[\w'’-]+(?:\s+(?-i:[A-ZÆØÅ])[\w'’-]+){{0,2}}\s+(?:(?:as|som)\s+)?"
    rf"(?:the|its|their|den|det|sin|deres)\s+{FRONT}|"
    # ", with Idlib alone accounting for nearly half of its engagements": the place of that part, not of the figure
    # before it
    r",\s+(?:with|med)\s+(?-i:[A-ZÆØÅ])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:alone\s+|alene\s+)?"
    r"(?:accounting\s+for|making\s+up|responsible\s+for|som\s+stod\s+for)\b|"
    r",\s+(?:which|who)\s+(?!(?:were|was|took)\b)|"  # "HTS, which dominates Idlib, clashed ...": about HTS, no scope
    r"(?<!such)(?-i:\s+as\s+(?=[A-Z][a-z]))|"  # "... against Isis as Damascus turned its guns on Idlib"
    # "... of the army's engagements as the war shifted to Idlib", "mens krigen flyttede til Idlib": no comma
    r"(?<!such)\s+(?:as|while|whereas|mens|da)\s+(?:the\s+)?(?:war|fighting|conflict|front\s*line|front|focus|"
    r"krigen|kampene|fronten|fokus)\s+(?:shifted|moved|turned|spread|flyttede|skiftede|bredte|rykkede)\b|"
    # "... well over 200 times as it closed in on Hajin": what the side was doing meanwhile, no comma
    r"(?<!such)(?-i:\s+as\s+(?:it|they)\s+(?!(?:did|had|has|have|was|were|is|are|do|does)\b)[a-z]+(?:ed|ew|ook|ent)\b)",
    re.I,
)
# A Danish relative clause set off by commas about a side or a place: "regeringsstyrkerne, som ellers havde travlt
# omkring Aleppo, stod over for IS i halvdelen af ...", "Den tyrkiske hær, der i 2016 havde en operation i det nordlige
# Syrien, rettede ...": what the side was doing besides, so its places are not the claim's (like English ", which");
# not after the events themselves ("kampene, der blev udkæmpet i Raqqa, ...") or people counted, nor holding a figure
# or an opponent
# ("kampe i Syrien, der var mod regeringshæren, ...", "IS, som stod for omkring 90 pct"): those are the claim's own
_RELATIVE = re.compile(r"(?P<head>[\w'’-]+),\s+(?:som|der)\s+(?P<body>[^,;:.]{1,120}),")
_RELATIVE_HEAD = re.compile(
    r"(?:kamp|sammenstød|hændelse|angreb|træfning|episode|tilfælde|begivenhed|slag|bombardement|aktion)\w*$", re.I
)
# a number not a year, a part (with quantities' fractions and "one in N"), or the side's opponent
_RELATIVE_CLAIM = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d|\b(?:halvdel\w*|procent|pct|alle|flest|fleste|mod|imod|over\s+for|mellem)\b",
    re.I,
)
# the head counted by a figure: "over 231 civile, der forsøgte at flygte fra det vestlige Mosul, er blevet dræbt": the
# clause says who the counted were, and where
_COUNTED = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\s)\d[\d.,]*\s+(?:[\w-]+\s+)?$")  # not a year ("I 2016 stod ...")
_REACH = 60  # a side part with no comma after it covers this many characters from its opening words
# Danish puts no comma after a fronted adverbial: "Under offensiven mod Østghouta fra februar til april 2018 var
# oprørerne ...": the side part opening the sentence ends at its finite verb (the second place, V2)
_FRONTED = re.compile(r"\s*under\b", re.I)
_V2_VERB = re.compile(
    r"\s(?:var|er|blev|stod|kæmpede|udkæmpede|havde|har|lå|faldt|steg|mødte|angreb|bekæmpede|tegnede|udgjorde|"
    r"brugte|rettede|døde|dræbte|mistede|deltog|optrådte|gik|kom)\b",
    re.I,
)

# Words that locate what follows: "in Raqqa province", "across Syria", "i Idlib", "over hele Syrien" ("in"), and
# "near Aleppo", "along the border", "omkring Damaskus" ("near": a place, but a weaker claim on the scope).
_IN = r"in|inside|across|within|throughout|i|inde\s+i|over\s+hele"
_NEAR = r"on|along|near|around|omkring|langs|ved|nær"
# "in northern Iraq", "i det nordlige Irak": a region word between them still locates (unread.py reads the region);
# so does Danish "selve" ("i selve Tyrkiet", "i selve Raqqa by": in Turkey itself, in the town itself)
_LOCATIVE = re.compile(
    rf"\b(?:(?P<in>{_IN})|{_NEAR})\s+(?:selve\s+)?(?:(?:the|det|den)\s+)?(?:[\w-]+(?:ern|lige)\s+)?$", re.I
)

# "Deir ez-Zor-provinsen ved grænsen til Irak", "on the border with Turkey": a landmark of the place, not a side nor
# a place of the claim; so is each of two countries there ("on the border with Iraq and Syria", "grænsen til Irak og
# Syrien"), also after "both" ("grænser op til både Syrien og Jordan")
_BORDER_WITH = (
    r"\b(?:borders?\s+with|bordering|grænsen?\s+til|grænser\s+op\s+til|grænsende\s+op\s+til)\s+"
    r"(?:(?:både|both)\s+)?(?:(?-i:[A-ZÆØÅ])[\w-]+\s+(?:and|og)\s+)?$"
)

# A country after these words is a place, not its state acting ("in northern Syria", "i det østlige Syrien", "into
# Syria", "from Turkey"); wider than _LOCATIVE, as a side is never named after them.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|inside|across|throughout|within|into|over|i|inde\s+i|over\s+hele|på\s+tværs\s+af|fra|from|at)\s+"
    r"(?:selve\s+)?(?:(?:the|det|den)\s+)?(?:[\w-]+(?:ern|lige)\s+|(?:north|south)(?:[\s-]?(?:east|west))?\s+|(?:east|west)\s+)?$"
    # "a government-held area of southwestern Syria", "parts of northern Iraq": a part of the country, a place
    r"|\b(?:areas?|parts?|regions?|villages|towns|cities|provinces|countryside|territory|the\s+(?:north|south|east|west))"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+(?:ern|lige)\s+|(?:north|south)(?:[\s-]?(?:east|west))?\s+|(?:east|west)\s+)?$"
    r"|\(\s*$"  # a country as a label in brackets: "... of ISIS clashes (Syria, 2018)"
    # "the UCDP count for Syria", "dødstallet for Irak": the country a figure is given for, not a side
    r"|\b(?:count|toll|tally|total|figures?|numbers?|data|statistics|dødstal(?:let)?|tal(?:let)?|opgørelsen?)\s+for\s+$"
    r"|" + _BORDER_WITH,
    re.I,
)
_BORDERING = re.compile(_BORDER_WITH, re.I)


@dataclass(frozen=True)
class Span:
    """A tagged part of a sentence: kind is lead, aside or clause."""

    start: int
    end: int
    kind: str


def side_spans(sentence: str) -> list[Span]:
    """The sentence's side parts: each from its opening words to the next comma (or _REACH characters)."""
    spans = []
    lead = LEAD.match(sentence)
    if lead:
        spans.append(Span(lead.start("clause"), lead.end(), "lead"))
    for kind, pattern in (("aside", ASIDE), ("clause", _CLAUSE)):
        for m in pattern.finditer(sentence):
            # a semicolon ends a side part too: "...; half of them in Deir ez-Zor; roughly 9,000 deaths"
            ends = [at for at in (sentence.find(",", m.end()), sentence.find(";", m.end())) if at != -1]
            fronted = not sentence[: m.start()].strip() and _FRONTED.match(m.group(0))
            verb = _V2_VERB.search(sentence, m.end()) if fronted else None
            ends += [verb.start()] if verb else []
            spans.append(Span(m.start(), min(ends) if ends else m.start() + _REACH, kind))
    spans += [Span(m.start(), m.end(), "clause") for m in COMMENT.finditer(sentence)]
    return spans + relative_spans(sentence)


def relative_spans(sentence: str) -> list[Span]:
    """The sentence's Danish relative clauses about a side or a place, set off by commas (_RELATIVE)."""
    return [
        Span(m.end("head"), m.end() - 1, "clause")
        for m in _RELATIVE.finditer(sentence)
        if not _RELATIVE_HEAD.search(m["head"])
        and not any(p.search(m["body"]) for p in (_RELATIVE_CLAIM, FRACTION, ONE_IN))
        and not _COUNTED.search(sentence, 0, m.start())
    ]


def in_side(sentence: str, at: int, own: int | None = None, spans: list[Span] | None = None) -> bool:
    """True when `at` lies in a side part of the sentence (one that does not also hold `own`, a figure's start)."""
    spans = side_spans(sentence) if spans is None else spans
    return any(s.start <= at < s.end and not (own is not None and s.start <= own < s.end) for s in spans)


CLAUSE_BREAK = re.compile(r"[:;]\s+")


def own_clause_start(sentence: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last colon or semicolon before it ("The fighting between HTS
    and Hezbollah spilled into Lebanon: about 220 were killed ..."), else 0."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)]
    return breaks[-1] if breaks else 0


def located(sentence: str, at: int, near: bool = True) -> bool:
    """True when a locative word ends right before `at` ('in', 'i', 'across'; with `near`, also 'near', 'omkring')."""
    m = _LOCATIVE.search(sentence[max(0, at - 20) : at])
    return m is not None and (near or m["in"] is not None)


def on_border_with(sentence: str, at: int) -> bool:
    """True when the country at `at` is named as the border a place lies on ('on the border with Iraq and Syria')."""
    return bool(_BORDERING.search(sentence[max(0, at - 30) : at]))


def place_word_before(sentence: str, at: int) -> bool:
    """True when the words before `at` make a country there a place ('into Syria', 'i det østlige Syrien')."""
    return bool(_PLACE_BEFORE.search(sentence[max(0, at - 24) : at]))  # "across north east Syria"
