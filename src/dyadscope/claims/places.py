"""Where a claim is: its place in the sentence, shares of land, concentration verbs, countries as scope.

A place is the governorate or town named in the figure's own clause, after a locative word first ("in Raqqa
province"); side clauses ("during the siege of eastern Aleppo", a leading "After ...,") and place names that name
an operation ("the Afrin campaign") are not the claim's place. extract.py asks these questions of each figure.
"""

from __future__ import annotations

from functools import lru_cache

from dyadscope import recache as re
from dyadscope.claims.clauses import FRONT, in_side, located, side_spans
from dyadscope.claims.figure_patterns import EVENT_NOUNS
from dyadscope.claims.figures import Figure
from dyadscope.claims.resolve import Lexicon, Mention, nationalities

MEASURE_NOUNS = (
    rf"{EVENT_NOUNS}|fighting|combat|violence|killings|massacres|energy|kamphandlingerne|kampene|angrebene|operationerne|tilfælde|vold|"
    r"activity|activities|aktivitet|aktiviteter|tilfældene|"
    # Danish definite plurals: "i mere end halvdelen af sammenstødene"
    r"sammenstødene|træfningerne|hændelserne|slagene|episoderne|handlingerne|voldshandlingerne|luftangrebene|"
    r"bombardementerne|bombardementer|"
    # "Kurdish forces accounted for two-fifths of the Islamic State's opponents": a share of its events by counterpart
    r"opponents|adversaries|modstandere"
)


_PLACE_VERB = re.compile(
    r"\b(?:took\s+place|sted\s+i|were\s+in|was\s+in|happened|occurred|fighting|fought|fandt\s+sted|foregik|var\s+i|kæmpet|"
    r"kæmpede|kæmper|(?:were|was|blev)\s+(?:recorded|registered|logged|fought|registreret|udkæmpet|optalt)\s+(?:in|i)|"
    # "was concentrated in Deir ez-Zor", "var samlet i", "udspillede sig i": where the events were
    r"concentrated\s+in|samlet\s+i|koncentreret\s+i|udspillede\s+sig\s+i|lå|befandt\s+sig|"
    # "two-thirds of all recorded events fell in Deir ez-Zor" (not "fell in 2018": a time)
    r"fell\s+in(?!\s+(?:19|20)\d\d))\b",
    re.I,
)


# A battle named as the subject is the claim's scope: "The battle for Kobani alone saw ...",
# "Slaget om Kobane bød på ..."
_BATTLE_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?:battle|siege|fight|struggle)\s+(?:for|of|over)\s+(?:the\s+)?|"
    r"^\s*(?:slaget|kampen|kampene|belejringen)\s+(?:om|ved)\s+",
    re.I,
)
# the battle's toll as its verb too ("cost about 4,500 lives", "kostede 4.500 liv"), after a window set off by
# commas ("The battle for Raqqa governorate, from June to October 2017, cost ...")
_BATTLE_VERB = re.compile(
    r"^(?:\s+\w+){0,2}?(?:\s*,[^,.;:]{1,60},)?\s+(?:alone\s+|alene\s+)?(?:saw|involved|included|accounted\s+for|"
    r"bød\s+på|omfattede|så|stod\s+for|tegnede\s+sig\s+for|cost|claimed|kostede|krævede)\b",
    re.I,
)
# "the Afrin campaign", "Afrin-offensiven", "the Raqqa offensive", "the Deir ez-Zor push": a place naming an operation,
# not the scope; so is a place naming a time ("2018, the Afrin year", "Afrin-året")
_EVENT_NAME = re.compile(
    r"^(?:-|\s+)(?:campaign|offensive|operation|offensiven|kampagnen|operationen|offensive's|campaign's|push|drive|"
    r"assault|fremstødet|year|året|fald)\b",  # "Efter Raqqas fald": the fall's place, not the events'
    re.I,
)
# "After the fall of Raqqa, ...": the place that fell, not where the claim's events were
_FALL_OF = re.compile(r"\bfall\s+of\s+(?:the\s+city\s+of\s+)?$", re.I)
# a bracketed gloss naming an operation by its target: "(the push on Deir ez-Zor)", "(fremstødet mod Deir ez-Zor)"
_EVENT_BEFORE = re.compile(
    r"\(\s*(?:the\s+)?(?:push|drive|offensive|campaign|assault|operation|fremstødet|offensiven|kampagnen|"
    r"operationen)\s+(?:on|against|into|towards?|for|mod|på|ind\s+i)\s+(?:the\s+)?$",
    re.I,
)

# a place naming a time by what happened there, not where the claim's events are: "collapsed after Mosul:", "as the
# push towards Mosul began", "in 2017, the year Mosul and Tal Afar were retaken", "da fremstødet mod Mosul begyndte"
_AFTER_PLACE = re.compile(r"\b(?:after|before|until|efter|indtil)\s+$", re.I)
# after a bare "after" the place is a time only when no verb of its own follows at once ("after Mosul fell" is too)
_AFTER_PLACE_END = re.compile(r"^(?:\s*[:,;.]|\s+(?:fell|was|were|began|and|faldt|blev|begyndte|og)\b)", re.I)
_TIME_BY_PLACE = re.compile(
    r"(?:\b(?:as|when|while|da|mens)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:push|drive|advance|march|offensive|"
    r"assault|battle|siege|fremstødet|offensiven|slaget|belejringen)\s+(?:on|towards?|into|against|for|of|mod|om)\s+"
    r"(?:the\s+)?|"
    r"\bthe\s+year\s+(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+and\s+)?)$",
    re.I,
)


def names_event(sentence: str, m: Mention) -> bool:
    """True when the place names an operation or a time, not where the claim's events are."""
    return bool(
        _EVENT_NAME.match(sentence[m.end :])
        or re.search(r"-(?:offensiv|kampagn|operation|fremstød|året)", m.text, re.I)
        or _EVENT_BEFORE.search(sentence[max(0, m.start - 40) : m.start])
        or _FALL_OF.search(sentence[max(0, m.start - 30) : m.start])
        or _TIME_BY_PLACE.search(sentence[max(0, m.start - 60) : m.start])
        or (_AFTER_PLACE.search(sentence[max(0, m.start - 10) : m.start]) and _AFTER_PLACE_END.match(sentence[m.end :]))
    )


def place_of(sentence: str, places: list[Mention], fig: Figure) -> str | None:
    """The claim's place: in its own clause, after a locative word ('in Raqqa province') before any other."""
    side = side_spans(sentence)

    lead = _BATTLE_SUBJECT.match(sentence)  # "The battle for Kobani alone saw 400 engagements": the battle's place
    subject = next((m for m in places if lead and m.start == lead.end()), None)
    if subject is not None and _BATTLE_VERB.match(sentence[subject.end :]):
        return subject.entry.label
    # a side part other than the figure's own holds no place of it ("two-thirds of them in Deir ez-Zor" does)
    main = [m for m in places if not in_side(sentence, m.start, fig.start, side) and not names_event(sentence, m)]
    # "rejste til Raqqa i 2015, hvor IS' kampe i Syrien ...": where someone travelled is not where the events were
    # when the figure's "where" clause names its own scope ("hvor HTS stod for 40 procent af kampene" is Idlib's)
    main = [
        m
        for m in main
        if not (
            _TRAVELLED_TO.search(sentence[max(0, m.start - 60) : m.start])
            and (where := _WHERE_CLAUSE.match(sentence, m.end)) is not None
            and where.start("clause") <= fig.start < where.end()
            and _OWN_LOCATIVE.search(where["clause"])
        )
    ]
    if not main and fig.kind == "deaths":  # "300 blev dræbt, da IS angreb Suwayda-provinsen": the attack's object
        when = [m for m in places if _WHEN_ATTACKED.search(sentence[fig.end : m.start])]
        main = [m for m in when if not names_event(sentence, m)]
    # the figure's own side part first: ", mens Bagdad kun stod for hver tiende" is Baghdad's, not the lead's Anbar
    own_parts = [s for s in side if s.start <= fig.start < s.end]
    main.sort(key=lambda m: not any(s.start <= m.start < s.end for s in own_parts))  # stable: order kept within each
    here = [m for m in main if located(sentence, m.start)]
    chosen = (here or main or [None])[0]
    gloss = bracket_gloss(sentence, chosen, places) if chosen is not None else None
    chosen = gloss or chosen  # "Damaskus-forstæderne (Rif Dimashq)": the governorate the writer names in brackets
    if chosen is not None and _town_list(sentence, main, chosen):
        return None  # "i Jableh og Tartus": two towns in two governorates are neither one (unread.py says so)
    if chosen is not None and chosen.entry.town and fig.kind == "deaths":
        # "near al-Bab, in Aleppo province, left more than 80 dead": a day's toll is checked in the province the
        # writer names as the town's own (the data has no town column; a count of events stays the town's)
        province = next(
            (
                m
                for m in main
                if _PROVINCE_OF.match(sentence[m.end :]) and not m.entry.town and m.entry.admin1 == chosen.entry.admin1
            ),
            None,
        )
        chosen = province or chosen
    return chosen.entry.label if chosen else None


def contrast_place(sentence: str, places: list[Mention], fig: Figure, place: str | None, taken: set[str]) -> str | None:
    """`place` for a figure in a contrasting side clause, or None where the place is another figure's concentration
    outside that clause: in "Næsten halvdelen af regimets kampe foregik i Idlib, mens kun 7 procent var mod IS" the
    7 percent are of all the regime's fights, Idlib being what the first figure says, not the frame of both."""
    if place is None or place not in taken:
        return place
    own = [s for s in side_spans(sentence) if s.kind == "clause" and s.start <= fig.start < s.end]
    named = [m for m in places if m.entry.label == place]
    if own and not any(s.start <= m.start < s.end for s in own for m in named):
        return None
    return place


_TRAVELLED_TO = re.compile(
    r"\b(?:rejste|rejst|rejser|flyttede|flygtede|drog|travell?ed|travels|went|moved|fled|journeyed|headed)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:til|to|into|ind\s+i)\s+(?:the\s+)?$",
    re.I,
)
_WHERE_CLAUSE = re.compile(r"[^,;:]*,\s+(?P<clause>(?:hvor|where)\b[^,;:.]*)", re.I)
_OWN_LOCATIVE = re.compile(r"\s(?:i|in)\s+(?-i:[A-ZÆØÅ])", re.I)


# the place the attack was on: "..., da IS angreb Suwayda-provinsen" (not "angreb hæren i Deir ez-Zor")
_WHEN_ATTACKED = re.compile(
    r",\s+(?:da|when)\s+[^,;:]*?\b(?:angreb|stormede|indtog|ramte|attacked|stormed|hit)\s+(?:the\s+|den\s+|det\s+)?$",
    re.I,
)
_PROVINCE_OF = re.compile(r"(?:\s+(?:province|governorate)|-provinsen|\s+provins)\b", re.I)


_BRACKET = re.compile(r"(?:\s+(?-i:[a-zæøå][\w-]*)){0,2}\s*\(\s*$")  # "the Damascus suburbs (Rif Dimashq)"


def bracket_gloss(sentence: str, m: Mention, places: list[Mention]) -> Mention | None:
    """The governorate named in brackets right after a place, glossing it ('Damaskus-forstæderne (Rif Dimashq)'), or
    None; a town in brackets ('Homs (Palmyra)') is an example in the governorate, no gloss of it."""
    for other in places:
        if other.start > m.end and _BRACKET.fullmatch(sentence[m.end : other.start]):
            closed = re.match(r"\s*\)", sentence[other.end :])
            if closed and other.entry.kind == "place" and not other.entry.town and other.entry.label != m.entry.label:
                return other
    return None


def _town_list(sentence: str, places: list[Mention], chosen: Mention) -> bool:
    """True when the chosen place is joined by 'and'/'og' to another place of another governorate, one a town."""
    for other in places:
        first, second = sorted((chosen, other), key=lambda m: m.start)
        if other is chosen or not re.fullmatch(r"\s*(?:,|and|og)\s*", sentence[first.end : second.start], re.I):
            continue
        if (chosen.entry.town or other.entry.town) and chosen.entry.admin1 != other.entry.admin1:
            return True
    return False


_TERRITORY_WORDS = re.compile(
    r"^\s+(?:of|af)\s+(?:the\s+|its\s+|dets\s+|dens\s+|landets\s+|the\s+country's\s+)?(?:country|territory|land|landet|"
    r"territoriet|territorium|population|people|syrians|iraqis|syrerne|irakerne|indbyggerne|"
    r"befolkningen|areas?|områderne|towns?|byerne|city|cities)\b",
    re.I,
)


def is_territory(sentence: str, fig: Figure, mentions: list[Mention]) -> bool:
    """'most of Idlib', 'a third of Syria', 'half of the territory': shares of land or people, not of events."""
    tail = sentence[fig.end :]
    if _TERRITORY_WORDS.match(tail):
        return True
    lead = re.match(r"\s+(?:of|af)\s+(?:the\s+)?", tail)
    if not lead:
        return False
    at = fig.end + lead.end()
    for m in mentions:
        if m.start == at and m.entry.kind in ("place", "country"):
            owned = _OWNED.match(sentence[m.end :])
            possessive = re.search(r"(?:['’]s?|[a-zæøå]s)$", m.text) or (owned and owned["s"])
            if owned and possessive and not any(_LAND_NOUN.fullmatch(w) for w in owned["words"].split()):
                return False  # "80% of Raqqa's buildings": the place's things, neither land nor events
            return not re.match(r"['’]?s?\s+(?:\w+\s+)?(?:" + MEASURE_NOUNS + ")", sentence[m.end :], re.I)
    return False


# what a place owns: "Raqqa's buildings", "Syriens befolkning", "Syria's pre-war population"
_OWNED = re.compile(r"(?P<s>['’]s?)?\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_LAND_NOUN = re.compile(
    r"territory|land|population|people|areas?|towns|cities|villages|countryside|soil|inhabitants|residents|"
    r"territorium|befolkning|indbyggere|områder|byer|landsbyer",
    re.I,
)


def owns(lexicon: Lexicon, m: Mention) -> bool:
    """'Turkey's incursion', 'Tyrkiets invasion': a country owning something (English 's, Danish -s) is a side."""
    if re.search(r"['’]s?$", m.text):
        return True
    found = lexicon.lookup(m.text[:-1]) if m.text.endswith("s") else None
    return found is not None and found.key == m.entry.key


# "rebel groups backed by Turkey", "oprørere støttet af Tyrkiet": a country backing a side is part of that side's
# name, never the claim's scope (set 26's en018 counted the SDF's fights in Turkey)
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|sponsored|armed|funded|trained|aided)\s+by\s+(?:the\s+)?$"
    r"|\b(?:støttet|støttede|bakket\s+op|bevæbnet|bevæbnede|finansieret|trænet)\s+af\s+$",
    re.I,
)


def backs(sentence: str, m: Mention) -> bool:
    """'rebels backed by Turkey', 'grupper støttet af Tyrkiet': the country backs a side, it is no place."""
    return _BACKED_BY.search(sentence[max(0, m.start - 30) : m.start]) is not None


CONTROL = re.compile(
    r"\b(?:controls?|controlled|holds?|held|captured|seized|retaken|retook|kontrollerer|kontrollerede|behersker|"
    r"kontrol\s+over|indtaget|erobret|generobret)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# "in that country", "i landet": the country named last (scope.py)
THE_COUNTRY = re.compile(
    r"\b(?:in\s+(?:the|that|this)\s+country|(?:that|this)\s+country's|i\s+landet|i\s+(?:det|dette)\s+land|landets)\b",
    re.I,
)
_CONCENTRATION = re.compile(
    r"\b(?:accounted\s+for|saw|hosted|was\s+home\s+to|"
    # a time or source may stand inside the Danish idioms: "tegnede sig i 2015 for", "lagde i 2017 navn til", "stod i
    # 2016 for" (not "stod over for": faced)
    r"stod\s+(?:(?!over\b)[\w-]+\s+){0,3}?for|tegnede\s+sig\s+(?:[\w-]+\s+){0,3}?for|lagde\s+(?:[\w-]+\s+){0,3}?(?:jord|navn)\s+til|"
    r"made\s+up|represented|husede|(?:was|were)\s+the\s+(?:site|scene|setting|location|theatre|theater)\s+(?:of|for)|"
    r"var\s+(?:\w+\s+)?(?:skueplads|rammen)\s+for|"
    # at the top of the list with its part: "lå i toppen med", "lå øverst i 2015 med", "topped the list with"
    r"(?:i\s+toppen|øverst)\s+(?:[^,.;:]{0,20}?\s+)?med|toppede\s+(?:\w+\s+){0,3}?med|"
    r"topped\s+(?:the\s+\w+\s+)?(?:[^,.;:]{0,20}?\s+)?with)\b",
    re.I,
)

# the place as the subject of a share: "Idlib was less than a tenth of ...", "Hasakah was under ten percent of ..."
_PLACE_WAS = re.compile(r"\s+(?:was|were|is|are|remained)\s+(?:(?:only|just|still|barely|merely)\s+)?", re.I)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:–—]\s*|^(?:in|by|during)\s+(?:19|20)\d\d,?\s+)$", re.I)

OF_THEM_IN = re.compile(  # "two-thirds of them in ...", "three in four of those clashes were in ..."
    r"^\s+(?:of\s+(?:them|(?:these|those)(?:\s+\w+)?)|af\s+(?:dem|disse(?:\s+\w+)?))\s+"
    r"(?:(?:were|was|took\s+place|var|fandt\s+sted)\s+)?"
    r"(?:in|i)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_PART_BEFORE = re.compile(r",\s+(?:including|of\s+which|heraf|hvoraf|herunder)\s+$", re.I)
_PART_IN = re.compile(r"^\s+(?:(?:were|was|var|took\s+place|fandt\s+sted)\s+)?(?:in|i)\s+(?:the\s+)?$", re.I)
# a sentence's opening words before its label's colon, a list's bullet or dash before them ("• Deir ez-Zor: ...")
_LABEL = re.compile(r"^\s*(?:[-–—•*]\s*)?(?:[\w-]+\s+){0,2}?$")
# the place as the subject taking its part: "Raqqa governorate took about two-thirds of its engagements"
_TOOK = re.compile(
    r"^\s+(?:(?:province|governorate|region)\s+)?(?:alone\s+)?took(?:\s+up)?\s+(?:[\w-]+\s+){0,2}$", re.I
)
# the place right after a label's colon, its part after a comma: "2017: Raqqa, two-thirds of recorded clashes", an
# answer to where a side fought most: "A: Anbar, with about half of its engagements"
_AFTER_LABEL = re.compile(r"^\s*(?:[-–—•*]\s*)?(?:[\w-]+\s*){1,3}:\s*$")
_COMMA_PART = re.compile(r"^\s*(?:\((?:[^()]{1,30})\)\s*)?,\s*(?:with\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_VERB_FIRST = re.compile(r"\b(?:stod|lagde|tegnede)\s+[\w-]+\s+(?:sig\s+)?(?:\w+\s+)?(?:for|til)\b", re.I)


def of_them_in(sentence: str, fig: Figure, places: list[Mention]) -> bool:
    """'455 engagements, two-thirds of them in Deir ez-Zor': a part of the count before, in a place."""
    after = [p for p in places if p.start >= fig.end]
    return bool(after and OF_THEM_IN.match(sentence[fig.end : after[0].start]))


# the share's events, then "there" (the place named before): "half of all ISIS engagements there"
_EVENTS_THERE = re.compile(rf"\s+(?:of|af)\s+[^,.;:]{{0,60}}?\b(?:{MEASURE_NOUNS})\s+", re.I)


def _place_after_label(sentence: str, fig: Figure, place: Mention) -> bool:
    """The place opens the sentence after a label's colon and its part follows after a comma, naming no other side."""
    return bool(
        _AFTER_LABEL.match(sentence[: place.start])
        and _COMMA_PART.match(sentence[place.end : fig.start])
        and not _OTHER_SIDE.search(sentence[fig.end :])
    )


def is_concentration(sentence: str, fig: Figure, places: list[Mention]) -> bool:
    """'Raqqa accounted for 40% of ...', '... took place in Aleppo', 'foregik i Idlib-provinsen'."""
    if of_them_in(sentence, fig, places):
        return True  # "455 engagements, two-thirds of them in Deir ez-Zor"
    after = [p for p in places if p.start >= fig.end]
    if after and _PART_BEFORE.search(sentence[: fig.start]) and _PART_IN.match(sentence[fig.end : after[0].start]):
        return True  # "300 battles, including 120 in Raqqa", "455 kampe, heraf to tredjedele i Deir ez-Zor"
    there = after[0] if after and after[0].text.lower() in ("there", "der") else None
    if there is not None and _EVENTS_THERE.fullmatch(sentence[fig.end : there.start]):
        return True  # "Anbar was the main theatre, with roughly half of all ISIS engagements there"
    before = [p for p in places if p.end <= fig.start]
    if before and _CONCENTRATION.search(sentence[before[-1].end : fig.start]):
        return True
    if (
        before
        and _PLACE_WAS.fullmatch(sentence[before[-1].end : fig.start])
        and re.match(r"\s+of\s", sentence[fig.end :])
    ):
        # "Idlib was less than a tenth of the regime's battles": the place the subject of its part
        return _CLAUSE_OPENS.search(sentence[: before[-1].start]) is not None
    # "Daraa: about one in ten regime engagements in 2013; 9% in 2018": the place as the sentence's label
    label = len(places) == 1 and places[0].end <= fig.start and _LABEL.match(sentence[: places[0].start])
    if label and re.match(r"\s*:", sentence[places[0].end :]):
        return True
    if before and _TOOK.match(sentence[before[-1].end : fig.start]):
        return True  # "Raqqa governorate took about two-thirds of its engagements"
    if len(before) == 1 and _place_after_label(sentence, fig, before[0]):
        return True  # "2017: Raqqa, two-thirds of recorded clashes", "A: Anbar, with about half of its engagements"
    if before and _VERB_FIRST.search(sentence[max(0, before[-1].start - 8) : fig.start]):
        return True  # "Fra april til september stod provinsen for knap halvdelen af ..."
    if before and _place_then_its_part(sentence, fig, before):
        return True
    return bool(_PLACE_VERB.search(sentence[fig.end :]) or _PLACE_VERB.search(sentence[: fig.start]))


# The place the sentence is about, then its part of the events after a break: "Daraa was the regime's main battlefield
# in 2017, with some 40% of its clashes", "Deir ez-Zor is where IS made its last stand: two thirds of its events",
# "Sirnak was the province with the most clashes - roughly one in five", "Homs (Palmyra) was ..."; or the place naming
# what the fighting was: "HTS's war was largely an Idlib affair - about 40% of its events"
# (a time before it, "In the first half of 2014", and "The Raqqa governorate" too)
_OPENS = re.compile(
    r"^\s*(?:\d{1,2}/\s*)?(?:(?:in|by|during)\s+(?:the\s+(?:first|second)\s+half\s+of\s+)?(?:19|20)\d\d,?\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
_PLACE_IS = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:province|governorate|region)\s+)?"
    r"(?:was|is|were|remained|became|has\s+been|had\s+been|var|er|blev)\s",
    re.I,
)
_AFFAIR = re.compile(r"\b(?:an?|the)\s+$", re.I)
_AFFAIR_NOUN = re.compile(r"^[-\s]+(?:affair|story|business|war|front|campaign|show)\b", re.I)
# (", hosting well over half of all IS events": the place's part told by a participle)
_ITS_PART = re.compile(r"(?:,\s*(?:with|hosting|accounting\s+for)|\s[-–—]|:)\s+(?:[\w-]+\s+){0,3}$", re.I)
# a place named as a side's front, then its part after a bare comma: "with Rif Dimashq the busiest front, about a
# quarter of ...", "Rif Dimashq was the regime's main battlefield, roughly a quarter of ...", "med Rif Dimashq som den
# travleste front, omkring en fjerdedel af ..."
_WITH_FRONT = re.compile(r"(?:,\s*with|,\s*med)\s+(?:the\s+)?$", re.I)
_FRONT_THEN = re.compile(rf"\s+(?:(?:as|som)\s+)?(?:the|its|their|den|det|sin|deres)\s+{FRONT}", re.I)
_FRONT_WAS = re.compile(
    rf"\s+(?:(?:province|governorate|region)\s+)?(?:was|is|remained|became|var|er|blev|forblev)\s+{FRONT}", re.I
)
_OF_OWN = re.compile(
    r"^(?:\s+(?:of|af)\s+(?:all\s+)?(?:its|their|his|her|sine|sit|dens|dets|deres|the\s+[\w-]+['’]s?|"
    r"[\w-]+['’]s?|(?-i:[A-Z][\w-]*)|(?:government|regime|army|state|rebel|coalition)(?=\s+(?:"
    + EVENT_NOUNS
    + r")\b))\s[^,;:]*)?\s*[.!]?\s*$",  # "of all IS events", "of all government engagements": the side's events
    re.I,
)
_OTHER_SIDE = re.compile(r"\b(?:with|against|versus|vs\.?|mod|med)\s", re.I)


def front_part(sentence: str, fig: Figure, places: list[Mention], side: int) -> bool:
    """'The regime's battles with the rebels left 37,500 dead, with Rif Dimashq the busiest front, about a quarter of
    all government engagements': the part of the side's own events on a front named after the other side (at `side`),
    which is the toll's, not the part's."""
    before = [p for p in places if side < p.start and p.end <= fig.start]
    if not before or _WITH_FRONT.search(sentence[: before[-1].start]) is None:
        return False
    return _place_then_its_part(sentence, fig, before)


def _place_then_its_part(sentence: str, fig: Figure, before: list[Mention]) -> bool:
    """The share is the part of the events in the place the sentence opens with (or names its fighting after), told
    after a break; the share's own words name no other side ("with the SDF" would make it a share of a dyad)."""
    tail = sentence[fig.end :]
    if not _OF_OWN.match(tail) or _OTHER_SIDE.search(tail):
        return False
    lead, last = before[0], before[-1]
    # later places only the same one again ("the province") or a gloss in brackets ("Homs (Palmyra)")
    gloss = all(p.entry.label == lead.entry.label or ")" in sentence[p.end : fig.start] for p in before[1:])
    if _WITH_FRONT.search(sentence[: last.start]) and _FRONT_THEN.fullmatch(sentence[last.end : fig.start]):
        return True  # "..., with Rif Dimashq the busiest front, about a quarter of all government engagements"
    if gloss and _OPENS.match(sentence[: lead.start]) and _FRONT_WAS.fullmatch(sentence[lead.end : fig.start]):
        return True  # "In 2013 Rif Dimashq was the regime's busiest front, about a quarter of its engagements"
    if not _ITS_PART.search(sentence[: fig.start]):
        return False
    if gloss and _OPENS.match(sentence[: lead.start]) and _PLACE_IS.match(sentence[lead.end : fig.start]):
        return True  # the sentence opens with the place
    return bool(_AFFAIR.search(sentence[: last.start]) and _AFFAIR_NOUN.match(sentence[last.end : fig.start]))


# the source set between the verb and the place: "foregik ifølge artiklen i Deir ez-Zor", "took place, according to
# the ministry, in Nineveh"; "foregik i og omkring Kobani", "in and around Mosul": the place and its surroundings
_SOURCE = r"(?:,\s*)?(?:ifølge|according\s+to)\s+(?:[\w-]+\s+){1,2}?,?\s*"
# "Three-quarters of the clashes between X and Y in 2017 took place in P", "... af kampene mellem X og Y fandt sted i
# P", "Hver fjerde kamp mellem X og Y ... fandt sted i P": the part of the dyad's events in the place, the verb right
# before the place's locative
_DYAD_IN = re.compile(
    rf"^(?P<of>\s+(?:(?:of|af)\s+)?[^,;:–—()]*?)\s+(?:took\s+place|(?:were|was)\s+(?:fought|recorded|registered|logged|"
    r"concentrated)|were|was|occurred|happened|unfolded|fandt\s+sted|foregik|udspillede\s+sig|(?:var|blev)\s+"
    rf"(?:samlet|koncentreret|udkæmpet|registreret))\s+(?:{_SOURCE})?(?:in|i)(?:\s+(?:and|og)\s+(?:around|omkring))?\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
# "Kirkuk saw more than half of the clashes between X and Y", "Şırnak province saw ...": the place leads its verb
# (", which saw more than 40% of it": the place's relative clause; "of it" the dyad named before the place)
_LEADS = re.compile(rf"^(?:,\s+(?:which|der|som))?(?:\s+[\w-]+){{0,2}}?\s+{_CONCENTRATION.pattern}\s+$", re.I)
_OF_IT = re.compile(r"\s+(?:of\s+(?:it|that|this|them)|af\s+(?:den|det|dem))\b", re.I)
# "Blandt PKK's kampe med den tyrkiske stat i 2016 foregik hver fjerde i Sirnak", "Of the PKK's clashes with Turkish
# forces in 2016, about one in four took place in Sirnak": the dyad's events named in a partitive that opens the
# sentence, the figure their part, then the place after the verb of taking place (before the figure in Danish V2)
_AMONG = re.compile(r"\s*(?:among|of|blandt|af)\s", re.I)
_HAPPENED = r"took\s+place|occurred|happened|were\s+fought|fandt\s+sted|foregik|udspillede\s+sig|blev\s+udkæmpet"
# ("fandt hver tredje sted i Idlib": the verb split around the figure)
_VERB_THEN_PART = re.compile(rf"(?:^|[^,;:]\s)(?:{_HAPPENED}|fandt)\s+(?:\w+\s+)?$", re.I)
_PART_THEN_IN = re.compile(rf"^\s+(?:(?:{_HAPPENED}|sted)\s+)?(?:in|i)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


def _among_dyad(sentence: str, fig: Figure, after: Mention | None, side: int) -> bool:
    """The counterpart (at `side`) is named in an opening partitive whose events the figure divides by place."""
    among = _AMONG.match(sentence)
    if among is None or after is None or not among.end() <= side < fig.start:
        return False
    between = sentence[fig.end : after.start]
    if _VERB_THEN_PART.search(sentence[: fig.start]):  # Danish V2: "... foregik hver fjerde i Sirnak"
        return _PART_THEN_IN.match(between) is not None
    return re.search(r"[,–—]\s*$", sentence[side : fig.start]) is not None and _PART_THEN_IN.match(between) is not None


# "the fight between X and Y centred on Diyala, which saw more than 40% of it", "..., som lagde jord til halvdelen af
# dem": the place's part of the fighting named before it (the sides' fighting, so the dyad's)
_WHICH_SAW = re.compile(
    rf"^(?:\s*,\s*(?:which|that|som|der|hvor)\b)?(?:\s+[\w-]+){{0,2}}?\s+{_CONCENTRATION.pattern}\s+$", re.I
)
_OF_IT = re.compile(r"\s+(?:of\s+(?:it|them|that|this|those)|af\s+(?:den|det|dem|disse))\b", re.I)


def dyad_concentration(sentence: str, fig: Figure, places: list[Mention], side: int) -> str | None:
    """'dyad' when the figure is the part of a dyad's events in a place, the counterpart (at `side`) named in the
    figure's own 'of the clashes between X and Y' (or 'with Y'): 'Three-quarters of the clashes between Iraqi forces
    and IS took place in Nineveh', 'Kirkuk saw more than half of the clashes between X and Y'; 'alone' when the part
    in the place names no counterpart and the counterpart stands outside it ('two-thirds of their engagements took
    place in the province, and it was there that they fought IS most often'); None otherwise."""
    after = next((p for p in places if p.start >= fig.end), None)
    if _among_dyad(sentence, fig, after, side):
        return "dyad"
    held = _DYAD_IN.match(sentence[fig.end : after.start]) if after is not None else None
    if held is not None:
        return "dyad" if fig.end < side < fig.end + held.end("of") else "alone"
    before = [p for p in places if p.end <= fig.start]
    # "the fight between X and Y centred on Diyala, which saw more than 40% of it": the sides named before the place
    saw_it = before and _WHICH_SAW.match(sentence[before[-1].end : fig.start]) and _OF_IT.match(sentence, fig.end)
    if saw_it and -1 < side < before[-1].start:
        return "dyad"
    leads = before and _LEADS.match(sentence[before[-1].end : fig.start])
    if leads and side < before[-1].start and _OF_IT.match(sentence, fig.end):
        return "dyad"  # "the fight between Iraqi forces and IS centred on Diyala, which saw more than 40% of it"
    return "dyad" if leads and fig.end < side and not re.search(r"[,;:–—]", sentence[fig.end : side]) else None


@lru_cache(maxsize=4)
def _adjectives(lexicon: Lexicon) -> tuple[dict[str, str | None], re.Pattern[str]]:
    adjectives = {
        adjective.casefold(): lexicon.registry.actors[actor_id].country
        for actor_id, names in nationalities().items()
        if actor_id in lexicon.registry.actors
        for adjective in names
    }
    words = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    # "the Islamic State's Iraqi branch": a group's wing in one country is that country's too; "ISIS's 2013 Syrian
    # footprint", "its Iraqi war", "dens syriske krig": its war there
    nouns = r"branch|wing|affiliate|gren|afdeling|footprint|war|campaign|presence|krig|kampagne|tilstedeværelse"
    return adjectives, re.compile(rf"\b({words})\s+(?:{MEASURE_NOUNS}|{nouns})\b", re.I)


@lru_cache(maxsize=4)
def _sides(lexicon: Lexicon) -> re.Pattern[str]:
    words = "|".join(re.escape(a) for a in sorted(_adjectives(lexicon)[0], key=len, reverse=True))
    # "on Syrian soil", "på syrisk jord", "on Iraqi territory", "på irakisk territorium": that country's ground
    ground = r"soil|territory|ground|jord|grund|territorium|område"
    return re.compile(
        rf"\b(?:(?:the|den)\s+({words})\s+side|(?:on|in|onto|into|på|ind\s+på)\s+({words})\s+(?:{ground}))\b", re.I
    )


def side_country(lexicon: Lexicon, sentence: str) -> str | None:
    """'on the Syrian side of the border', 'på den irakiske side af grænsen', 'on Syrian soil': that country is the
    claim's scope."""
    adjectives = _adjectives(lexicon)[0]
    found = {adjectives[(m.group(1) or m.group(2)).casefold()] for m in _sides(lexicon).finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def adjective_country(lexicon: Lexicon, sentence: str) -> str | None:
    """'Islamic State's Syrian engagements', 'IS' syriske kampe', 'its Iraqi branch': its one adjective's country."""
    adjectives, pattern = _adjectives(lexicon)
    found = {adjectives[m.group(1).casefold()] for m in pattern.finditer(sentence)}
    return found.pop() if len(found) == 1 else None
