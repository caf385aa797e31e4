"""Figures about what kind of events they were: a means the data does not record ("were airstrikes", "barrel bombs
were used in ...") and how deadly they were ("killed at least five people", "civilians were among the dead in ...")."""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.claims.figure_patterns import EVENT_NOUNS
from dyadscope.claims.figures import Figure
from dyadscope.claims.resolve import Lexicon, nationalities

# One span for a means the data does not record, English and Danish: how an attack was made, not who was on either side
MEANS = (
    r"air\s?strikes|airstrikes|drone\s+strikes|barrel[\s-]+bombs?(?:\s+attacks)?|suicide\s+(?:attacks|bombings|bombers|"
    r"car\s+bombs)|car\s+bombs|roadside\s+bombs|IEDs|improvised\s+explosive\s+devices|ambushes|shelling|"
    r"artillery\s+(?:fire|strikes|attacks)|mortar\s+(?:fire|attacks)|luftangreb|droneangreb|tøndebomber|tønnebomber|"
    r"selvmordsangreb|selvmordsbomb(?:er|ere|ninger)|bilbomber|vejsidebomber|baghold|artilleribeskydninger?|granatangreb"
)
# after the share: "one in five of its attacks were suicide bombings", "hver fjerde af angrebene var bilbomber",
# "most of its attacks were ambushes", "40 percent of its attacks involved IEDs"; the means as the cause: "halvdelen
# af de civile dødsfald skyldtes russiske luftangreb", "half of the civilian deaths were caused by airstrikes"
_ATTRIBUTE = re.compile(
    r"\b(?:were|was|var|involved|used|involverede|brugte|skyldtes|skyldes|(?:was|were)\s+(?:caused\s+by|due\s+to)|"
    r"(?:blev\s+)?forårsaget\s+af)\s+(?:(?:mostly|largely|mainly|primarily|overvejende|primært|"
    # "var amerikanske luftangreb", "were Russian airstrikes": whose means, an adjective before it
    rf"hovedsageligt)\s+)?(?:(?:[A-Z][a-z]+(?:n|an|ish|ese)|[a-zæøå]+(?:ske|nske))\s+)?(?P<what>{MEANS})\b",
    re.I,
)
# the means as the subject before the share: "Barrel bombs were used in", "Car bombs made up a fifth of",
# "Selvmordsbombere stod bag hvert femte IS-angreb", "Barrel bombs were dropped in around 70% of"; the means as the
# cause of a part of the dead: "Car bombs caused a fifth of the deaths", "were responsible for", "forårsagede"
_ATTRIBUTE_BEFORE = re.compile(
    rf"\b(?P<what>{MEANS})\s+(?:(?:were|was|var|blev)\s+(?:used|behind|dropped|brugt|anvendt|kastet)\b|"
    r"(?:made\s+up|accounted\s+for|represented|carried\s+out|stod\s+(?:for|bag)|udgjorde|tegnede\s+sig\s+for|"
    r"caused|(?:were|was)\s+responsible\s+for|forårsagede|var\s+skyld\s+i)\s+"
    r"(?:\w+\s+){0,2}$)",
    re.I,
)

# the means as the object of the owner's verb before the share: "IS used car bombs in a third of its attacks",
# "the regime dropped barrel bombs in most of its attacks", "IS brugte bilbomber i hvert tredje angreb"
_USED_IN = re.compile(
    r"\b(?:used|deployed|employed|dropped|relied\s+on|resorted\s+to|brugte|anvendte|benyttede|kastede)\s+"
    rf"(?:(?:\w+\s+){{0,2}}?)(?P<what>{MEANS})\s+(?:in|i)\s+(?:\w+\s+){{0,2}}$",
    re.I,
)


def _means_before(sentence: str, at: int) -> re.Match[str] | None:
    """The means before a figure: as its subject ("Barrel bombs were used in") or its owner's object ("IS used car
    bombs in")."""
    return _ATTRIBUTE_BEFORE.search(sentence[:at]) or _USED_IN.search(sentence[:at])


# how deadly the share's events were: "half of its engagements killed at least five people", "one in three ISIS
# engagements killed ten or more", "ni ud af ti af IS' kampe kostede mindst ét menneskeliv", "were bloodless"
# ("Hver tredje kamp ... kostede ti eller flere livet": one event after "hver")
# "... killed civilians", "... dræbte mindst én civil": events with at least one civilian dead (lethality.deadly_of)
# "... kostede civile livet", "cost civilian lives": the same; Danish puts the verb first after a fronted time ("I 2014
# mistede civile livet i over halvdelen af ...", "omkom der civile i")
KILLED_CIVILIANS = (
    r"(?:killed|dræbte|kostede|cost)\s+(?:at\s+least\s+one\s+|mindst\s+(?:én|en)\s+)?"
    r"(?:civilians?|civile|civil|civilian\s+lives)\b"
    r"|(?:mistede|omkom|døde|blev)\s+(?:der\s+)?civile\b(?:\s+(?:livet|dræbt))?"
    # the participle before its subject after a fronted share: "I fire ud af ti af hærens kampe blev der dræbt civile",
    # "... blev der slået civile ihjel"
    r"|blev\s+(?:der\s+)?dræbt\s+(?:mindst\s+(?:én|en)\s+)?(?:civile|civil)\b"
    r"|blev\s+(?:der\s+)?slået\s+(?:mindst\s+(?:én|en)\s+)?(?:civile|civil)\s+ihjel\b"
    # "... left civilians dead", "left civilians among the dead", "efterlod civile blandt de dræbte": the same
    r"|(?:left|efterlod)\s+(?:at\s+least\s+one\s+|mindst\s+(?:én|en)\s+)?(?:civilians?|civile|civil)\s+"
    r"(?:(?:among|blandt)\s+(?:the\s+|de\s+)?)?(?:dead|killed|døde|dræbte)\b"
    # "caused civilian deaths", "saw civilian casualties", "resulted in civilian deaths": the same, the dead a noun
    r"|(?:caused|saw|produced|resulted\s+in|involved|had)\s+(?:at\s+least\s+one\s+)?civilian\s+"
    r"(?:deaths?|fatalit(?:y|ies)|casualt(?:y|ies))\b"
)
_LETHAL_AFTER = re.compile(
    rf"^\s+(?:(?:of|af)\s+)?[^,.;:]{{0,60}}?\b(?:{EVENT_NOUNS}|kamp|træfning|engagement|battle|clash|attack|"
    # Danish definite plurals: "hver femte af IS-kampene ... kostede civile livet"
    r"kampene|kamphandlingerne|hændelserne|angrebene|sammenstødene|træfningerne)\b"
    r"[^,.;:]{0,40}?\s(?P<what>"
    r"(?:killed|left|claimed|cost|kostede|dræbte|krævede)\s+(?:[\w-]+\s+){0,4}?(?:people|person|persons|dead|lives|"
    r"life|liv|livet|menneskeliv|mennesker|menneske|personer)\b|"
    # "were major battles that killed ten or more", "caused no deaths at all", "resulted in at least one death"
    r"(?:killed|left|claimed)\s+(?:[\w-]+\s+)?(?:or|eller)\s+more\b|"
    r"(?:caused|produced|resulted\s+in|saw|had)\s+(?:no|at\s+least\s+(?:one|\d+|[a-z]+))\s+(?:deaths?|fatalities|"
    r"fatality)\b|"
    # "had double-digit death tolls": ten or more dead (lethality.py)
    r"(?:had|saw|carried|caused|produced)\s+(?:a\s+)?(?:double|triple)[- ]digit\s+(?:death\s+)?(?:tolls?|deaths)\b|"
    r"(?:were|was|var)\s+(?:bloodless|deadly|lethal|fatal|dødelige|dødbringende|blodløse|uden\s+dødsofre)|"
    # "a third of the regime's engagements killed civilians": at least one civilian dead (lethality.py)
    rf"(?:{KILLED_CIVILIANS}))",
    re.I,
)
# "Civilians were among the dead in one in five of ...", "Civile var blandt de dræbte i hver fjerde af ...", "civilians
# were dying in close to half of ...", "the army killed civilians in one in ten of its ..."
_LETHAL_BEFORE = re.compile(
    # (an adverb may come first in a Danish subordinate clause: "at civile kun var blandt ofrene i hver tiende af";
    # the verb before them where "there" opens: "var der civile blandt ofrene i", "there were civilians among the dead")
    r"\b(?P<what>(?:civilians|civile|children|børn)\s+(?:(?:only|also|kun|også)\s+)?(?:(?:(?:were|was|var)\s+)?"
    r"(?:(?:only|also|kun|også)\s+)?(?:among|blandt)\s+(?:the\s+|de\s+)?"
    r"(?:dead|killed|victims|casualties|dræbte|døde|ofrene)|died|were\s+(?:being\s+)?killed|were\s+dying|omkom|døde|"
    r"blev\s+dræbt|"
    r"mistede\s+livet|lost\s+their\s+lives)|(?:mistede|omkom|døde|blev)\s+(?:der\s+)?civile(?:\s+(?:livet|dræbt))?|"
    # the side as the subject: "Government forces killed civilians in one in ten of their engagements"
    r"(?:killed|dræbte)\s+(?:civilians|civile)|"
    # the dead as a noun, or the participle with no verb (a chart's or a list's line): "Civilian deaths were recorded
    # in a fifth of ...", "SDF 2018: civilian deaths in one in three of its fights", "civilians killed in 60% of ...",
    # "Grafik: Civile dødsofre i tre ud af fire af ..."
    r"civilian\s+(?:deaths|dead|casualties|fatalities|victims)"
    r"(?:\s+(?:were|was)\s+(?:recorded|reported|registered|logged|counted))?|"
    r"civilians\s+killed|(?:civilians|civile)\s+(?:dødsofre|døde|dræbte|ofre))"
    r"\s+(?:in|i)\s+(?:\w+\s+){0,2}$",
    re.I,
)


# the deadly events as the subject before the share: "IS' hændelser med mindst ti dræbte udgjorde næsten halvdelen af
# alle", "ISIS events with ten or more deaths made up a third of its activity"
_LETHAL_SUBJECT = re.compile(
    rf"\b(?P<what>(?:{EVENT_NOUNS}|kamphandlingerne|kampene|angrebene|hændelserne|events|incidents)\s+(?:med|with)\s+"
    r"(?:(?:at\s+least|no\s+fewer\s+than|mindst|over|more\s+than|mere\s+end)\s+)?(?:\d+|[a-zæøå]+)"
    r"(?:\s+(?:or|eller)\s+(?:more|flere))?\s+(?:dræbte|døde|dødsofre|dead|deaths|fatalities|killed))\s+"
    r"(?:udgjorde|made\s+up|accounted\s+for|stod\s+for|represented|tegnede\s+sig\s+for|were|var)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# who the other side was, by the data's type of violence: "most of its fighting was against other non-state armed
# groups", "every one of its engagements was with the state", "halvdelen af IS' kampe var mod andre ikke-statslige
# grupper"; "the state" and "states" in lower case only: "the State" may be the Islamic State
_NON_STATE = (
    r"non-?state\s+(?:armed\s+)?(?:groups|actors|opponents|forces|militias|organi[sz]ations)|"
    r"ikke-?statslige\s+(?:væbnede\s+)?(?:grupper|aktører|modstandere|organisationer)"
)
_STATE = r"(?-i:the\s+state|states)(?![\w'’-])"
# Danish puts "var" before the figure ("I 2016 var under halvdelen af IS' kampe ... mod andre ikke-statslige
# grupper"): without a verb after it the words must end the clause ("... mod ikke-statslige grupper fandt sted i
# Aleppo" is where those fights were, not how many)
_VIOLENCE_AFTER = re.compile(
    rf"^\s+(?:(?:of|af)\s+)?[^,.;:]{{0,60}}?\b(?:(?:was|were|var)\s+(?:(?:mostly|mainly|largely|all|fought)\s+)?"
    rf"(?:with|against|mod|med)\s+(?:(?:other|andre)\s+)?(?P<what>{_NON_STATE}|{_STATE})|"
    rf"(?:mod|med)\s+(?:andre\s+)?(?P<da>{_NON_STATE})(?:\s+i\s+(?:19|20)\d\d)?\s*(?:[.,;:]|$))",
    re.I,
)
_ARMED = re.compile(r"\b(?:armed|væbnede)\b", re.I)
_NOT_STATES = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not|than|frem\s+for|snarere\s+end|end|ikke)\s+(?:with\s+|against\s+|med\s+|mod\s+)?"
    r"(?:the\s+)?(?:states?|stater|staten)\b",
    re.I,
)
VIOLENCE_TYPES = {"non-state": re.compile(_NON_STATE, re.I), "state-based": re.compile(_STATE, re.I)}
# the same words read as a group of sides (the other definition: some testers count "non-state armed groups" as the
# rebels, "the state" as state forces)
VIOLENCE_SIDES = {"non-state": "armed groups", "state-based": "state forces"}


def violence_of(measure: str | None) -> str | None:
    """The data's type of violence an attribute's words name ("non-state armed groups" -> "non-state", "the state"
    -> "state-based"), or None when they name none."""
    for vtype, words in VIOLENCE_TYPES.items():
        if measure and words.fullmatch(measure):
            return vtype
    return None


def lethal(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The figures without the death numbers inside a share's lethality ("half of its engagements killed at least
    five people": no toll of five)."""
    spans = []
    for fig in figures:
        after = _LETHAL_AFTER.match(sentence[fig.end :]) if fig.kind == "share" else None
        if after:
            spans.append((fig.end + after.start("what"), fig.end + after.end("what")))
        subject = _LETHAL_SUBJECT.search(sentence[: fig.start]) if fig.kind == "share" else None
        if subject:  # "hændelser med mindst 10 dræbte udgjorde ...": no toll of ten
            spans.append(subject.span("what"))
    return [f for f in figures if f.kind != "deaths" or not any(s <= f.start < e for s, e in spans)]


def attribute_of(lexicon: Lexicon, sentence: str, fig: Figure) -> str | None:
    """What kind of events a share's events were: "40% of its attacks were airstrikes", "Car bombs made up a fifth of
    ISIS's attacks", "half of its engagements killed at least five people" (a share of the events' owner), as written.
    A means with an owner of its own ("Russian airstrikes accounted for 60% of the strikes") is that owner's share
    instead: means_owner."""
    before = sentence[: fig.start]
    deadly = _LETHAL_AFTER.match(sentence[fig.end :]) or _LETHAL_BEFORE.search(before) or _LETHAL_SUBJECT.search(before)
    if deadly:
        return deadly["what"]
    violence = _VIOLENCE_AFTER.match(sentence[fig.end :])  # "most of its fighting was with non-state groups"
    what = (violence["what"] or violence["da"]) if violence else None
    # "non-state armed groups" names sides, the armed groups (the rebels), unless set against states ("... rather
    # than states"): then it is the type of violence, the other reading the other definition (verify_deaths.py)
    if what and (not _ARMED.search(what) or _NOT_STATES.search(sentence)):
        return what
    if (after := means_after(sentence, fig.end)) is not None:
        return after.lower()
    attr = _means_before(sentence, fig.start) if means_owner(lexicon, sentence, fig.start) is None else None
    return attr["what"].lower() if attr else None


def means_before(sentence: str, at: int) -> str | None:
    """A means named as the subject before a figure, as written: "Barrel bombs were used in more than 1,000 regime
    attacks", "Russian airstrikes accounted for 60% of the strikes": the owner's events by a means the data does not
    record, so a count or share the checker reads but cannot check."""
    means = _means_before(sentence, at)
    return means["what"] if means else None


def means_after(sentence: str, at: int) -> str | None:
    """A means the events after a figure were ("... skyldtes tøndebomber", "... were airstrikes"), as written."""
    attr = _ATTRIBUTE.search(sentence[at:])
    return attr["what"] if attr else None


def means_owner(lexicon: Lexicon, sentence: str, at: int) -> str | None:
    """The state whose adjective owns the means before a figure ("Russian airstrikes", "Russiske luftangreb")."""
    means = _ATTRIBUTE_BEFORE.search(sentence[:at])
    word = re.search(r"([\w-]+)\s+$", sentence[: means.start()]) if means else None
    if word is None:
        return None
    owner = word[1].casefold()
    for actor_id, adjectives in nationalities().items():
        if owner in (a.casefold() for a in adjectives) and actor_id in lexicon.registry.actors:
            return lexicon.registry.actors[actor_id].name
    return None
