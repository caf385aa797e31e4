"""Finding claims in an article: figures (figures.py) tied to an actor, counterpart, place and window.

Rules, in the order they are tried, so a reader can predict what the checker does:
- actor: an actor named right before the figure or its noun ("ISIS attacks", "al-Assad's operations"),
  else the actor the same noun was last tied to in the article ("counterterrorism operations" -> al-Assad),
  else the first actor named before the verb, else the previous claim's actor in the paragraph;
- counterpart: the first actor or group named after a targeting verb ("targeted", "rettet mod");
- place: a governorate or town named in the sentence; country from the place, a named country, or the
  actor's own country when it is a state;
- window: dates.find_window, else the previous claim's window in the same paragraph.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
from dataclasses import dataclass, replace

from dyadscope.claims.clauses import LEAD, located, place_word_before
from dyadscope.claims.dates import Window, article_date, find_dates, find_window
from dyadscope.claims.figures import Figure, find_figures
from dyadscope.claims.language import detect_language
from dyadscope.claims.model import Claim
from dyadscope.claims.places import (
    CONTROL,
    MEASURE_NOUNS,
    OF_THEM_IN,
    THE_COUNTRY,
    adjective_country,
    is_concentration,
    is_territory,
    names_event,
    owns,
    place_of,
)
from dyadscope.claims.quantities import VAGUE_ADVERBS
from dyadscope.claims.reading import Article
from dyadscope.claims.resolve import Entry, Lexicon, Mention
from dyadscope.claims.roles import (
    COORDINATE,
    ORGANISATION,
    THEY_WERE,
    TOPIC,
    Participant,
    assign,
    class_side,
    joined_side,
    participants,
    perpetrator_share,
    resolve_references,
    share_of_fighting,
)
from dyadscope.claims.unread import unread_place, unread_time
from dyadscope.claims.wording import note

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|"
    r"nr|ca|fx|bl\.a|dvs|mv|f\.eks|e\.g|i\.e|etc|vs|U\.S|U\.K)|(?<!\d)\d{1,2})$"
)
_VERB = re.compile(
    r"\b(?:(?:directly|mainly|mostly|primarily)\s+)?(?:targeted|targeting|targets|target|were\s+(?:against|aimed\s+at|"
    r"directed\s+at|on)|was\s+(?:against|aimed\s+at|directed\s+at)|directed\s+at|aimed\s+at|against|fought|fighting|"
    r"hit|struck|attacked|"
    r"involved|involving|rettet\s+mod|rettede\s+sig\s+mod|ramte|var\s+mod|gik\s+mod|gik\s+ud\s+over|mod|"
    r"kæmpede\s+mod|kæmpet\s+mod|bekæmpede|involverede|on|with|med)\b",
    re.I,
)
_ABSENCE = re.compile(
    r"\b(?:zero|no|ingen|nul)\s+(?P<who>(?:[\w'’-]+[\s-]+){0,4}?)(?:presence|tilstedeværelse|attacks|angreb|operations|"
    r"operationer|fighting|kampe|clashes|engagements)\b",
    re.I,
)
_ATTRIBUTE = re.compile(
    r"\b(?:were|was|var)\s+(?P<what>air\s?strikes|airstrikes|"
    r"barrel\s+bombs|suicide\s+(?:attacks|bombings)|car\s+bombs|luftangreb|tøndebomber|selvmordsangreb|bilbomber)",
    re.I,
)


_NEVER = re.compile(
    r"\b(?:never(?:\s+once)?|not\s+(?:[\w'’-]+\s+){0,6}?(?:at\s+all|once|a\s+single\s+time|a\s+single\s+(?:attack|battle|clash))|"
    # "not a single recorded clash", "Not one engagement", "ikke registreret en eneste kamp"
    r"not\s+(?:a\s+single|one|one\s+single)\s+(?:[\w-]+\s+)?(?:attack|battle|clash|engagement|fight|incident)|"
    r"aldrig|ikke\s+(?:\w+\s+){0,2}?(?:én|en|et)\s+eneste\s+(?:[\w-]+\s+)?(?:gang|angreb|kamp|sammenstød|træfning)|"
    r"ikke\s+(?:\w+\s+){0,3}?overhovedet|"
    r"slet\s+ikke|overhovedet\s+ikke)\b",
    re.I,
)
_EVENT_END = re.compile(r"(?:attack|battle|clash|engagement|fight|incident|angreb|kamp|sammenstød|træfning)$", re.I)
_FIGHT_VERB = re.compile(
    r"\b(?:fought|clashed|fight|clash|attacked|attack|engaged|kæmpede|kæmpet|stødte|angreb|bekæmpede|"
    r"c[oa]me\s+to\s+blows|exchanged\s+fire)\b",
    re.I,
)
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?P<what>air\s?strikes|airstrikes|barrel\s+bombs|suicide\s+(?:attacks|bombings)|car\s+bombs|luftangreb|"
    r"tøndebomber|selvmordsangreb|bilbomber)\s+(?:(?:were|was|var|blev)\s+(?:used|behind|brugt|anvendt)\b|"
    # the means as subject of a share verb: "Car bombs made up a fifth of ...", "Tøndebomber stod for en tredjedel"
    r"(?:made\s+up|accounted\s+for|represented|stod\s+for|udgjorde|tegnede\s+sig\s+for)\s+(?:\w+\s+){0,2}$)",
    re.I,
)


@dataclass
class Extraction:
    """What was read from an article: its claims, the date relative times resolved against."""

    article: Article
    claims: list[Claim]
    as_of: dt.date | None
    as_of_basis: str
    truncated: bool = False


_NEIGHBOUR = re.compile(
    r"\b(?:i\s+nabolandet|the\s+neighbou?ring\s+country|across\s+the\s+border|abroad|i\s+udlandet|på\s+den\s+anden\s+side\s+af\s+grænsen)\b",
    re.I,
)


_ASIDE = re.compile(r"[-–—(]\s*(?:some|about|around|roughly|nearly|almost|omkring|cirka|ca\.|næsten|knap)?\s*$", re.I)


# "virtually all of its fighting was against X, some 99 per cent", "fighting rebels: more than 95 per cent of ..."
_RESTATED_AFTER = re.compile(
    r"[,:]\s*(?:(?:accounting\s+for|making\s+up|or|that\s+is|i\.e\.|svarende\s+til|eller|det\s+vil\s+sige)\s+)?$",
    re.I,
)


def _restated(sentence: str, figures: list[Figure]) -> list[Figure]:
    """One share for a vague one restated exactly: "most of its battles - some 60 per cent - were ...", "virtually all
    of IS's fighting was against X, some 99 per cent" (the exact value, read where the vague one stands)."""
    out: list[Figure] = []
    dropped: set[int] = set()
    for fig in figures:
        if id(fig) in dropped:
            continue
        later = next((f for f in figures if f.start >= fig.end), None)
        gap = sentence[fig.end : later.start] if later is not None else ""
        if (
            later is not None
            and fig.kind == later.kind == "share"
            and fig.high is not None
            and later.high is None
            and fig.value <= later.value <= fig.high
            and len(gap) <= 120
            and _RESTATED_AFTER.search(gap)
            and not re.search(r"[.;]", gap)
        ):
            text = f"{fig.text} ({later.text})"
            out.append(replace(fig, value=later.value, op=later.op, high=None, text=text))
            dropped.add(id(later))
            continue
        aside = (
            later is not None
            and fig.kind == later.kind == "share"
            and later.high is None
            and _ASIDE.search(sentence[fig.end : later.start])
            and len(sentence[fig.end : later.start]) <= 80
            and not re.search(r"[.;:]", sentence[fig.end : later.start])
        )
        if not aside:
            out.append(fig)
    return out


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence offsets: split after . ! ? (and a footnote mark) before a capital, digit or quote."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”’)\]]*(?:\[\d+\])?\s+(?=[\"“‘(\[]?[A-ZÆØÅ0-9])", text):
        if m.group(0)[0] == "." and _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(offset + s, offset + e) for s, e in spans if text[s:e].strip()]


def _between(sentence: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """'between X and Y' / 'mellem X og Y': X's canonical name and Y as written."""
    match = re.search(r"\b(?:between|mellem)\s+", sentence, re.I)
    if not match:
        return None
    after = [m for m in mentions if m.start >= match.end() and m.entry.kind in ("actor", "group")]
    if len(after) >= 2 and re.fullmatch(r"\s*(?:and|og)\s*", sentence[after[0].end : after[1].start], re.I):
        return after[0].entry.label, after[1].text
    return None


def _noun_key(noun: str | None) -> str | None:
    if not noun:
        return None
    return re.sub(r"[- ]", "", noun.lower())


_OF_WHICH = re.compile(r"\s+(?:of|af)\s+(?:which|them|those|these|dem|disse|hvilke)\b", re.I)
_ADVERB_IN = re.compile(rf"(?:{'|'.join(p for p, _, _ in VAGUE_ADVERBS)})$", re.I)  # ", mostly in Idlib"
_IN_PLACE = re.compile(r"\s+(?:(?:of\s+them|af\s+dem)\s+)?(?:in|i)\s+(?:the\s+)?", re.I)
_SIDE_AFTER = re.compile(r"\s+(?:against|with|involving|targeting|mod|med)\b", re.I)
_OF_THEM_AGAINST = re.compile(
    r"\s+(?:of|af)\s+(?:them|those|these|dem|disse)\s+(?:(?:were|was|var)\s+)?(?:against|with|involving|targeting|mod|med|"
    r"rettet\s+mod)\b",
    re.I,
)
# a vague share about events: "most of its battles", "practically every ISIS engagement", "næsten hver kamp"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|som)\s[^,;:]*,", re.I)
_ONE_EVENT = r"engagement|battle|clash|attack|operation|kamp|træfning"
_OF_EVENTS = re.compile(rf"^[^,.;:]{{0,60}}?\b(?:{MEASURE_NOUNS}|{_ONE_EVENT})\b", re.I)


_WITH_ONLY = re.compile(
    rf"\b(?:{MEASURE_NOUNS}|{_ONE_EVENT})\s+(?:with|involving|med|med\s+deltagelse\s+af|med\s+involvering\s+af)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_FIGHTING_IN = re.compile(r"fighting|battles|clashes|engagements|kampe|kampene|sammenstød|træfninger", re.I)
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two\s+sides|both\s+sides|the\s+two\s+(?:forces|groups|rivals|foes|enemies)|begge\s+(?:parter|sider)|"
    r"de\s+to\s+(?:parter|sider|fjender|styrker|grupper)|each\s+other|one\s+another|hinanden)\b",
    re.I,
)
_THAT_WAS = re.compile(
    r"\s*(?:that|this|it|these|those|det|dette|disse)\s+(?:was|were|is|are|made\s+up|represented|var|er|udgjorde)\b",
    re.I,
)
_PROVINCE_REF = re.compile(r"\b(?:the\s+(?:same\s+)?(?:province|governorate)|provinsen|guvernementet)\b", re.I)


# A time the sentence names but the checker cannot place: no window is carried over from the claim before.
_UNREAD_TIME = re.compile(r"\b(?:months|weeks|days|måneder|uger|dage|decade|årti)\b", re.I)
_CHANGE_TO = re.compile(
    r"\b(?:halved|doubled|tripled|fell|rose|dropped|grew|declined|shrank|halveredes|fordobledes|faldt|steg|voksede)\s+"
    r"(?:between|from|mellem|fra)\s+(?:19|20)\d\d\s+(?:and|to|og|til)\s+(?P<b>(?:19|20)\d\d),?\s+(?:to|til)\s+"
    r"(?:(?:about|around|roughly|some|nearly|omkring|cirka|knap|over|more\s+than|mere\s+end)\s+)?$",
    re.I,
)
_YEAR_BEFORE = re.compile(
    r"\s+(?:the\s+year\s+before|a\s+year\s+earlier|the\s+previous\s+year|året\s+før|året\s+inden)\b", re.I
)
# "down from 17% in 2016", "op fra 20 procent i 2015": a figure set against the one before it, in its own year
_COMPARED = re.compile(
    r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|(?:ned|op)\s+fra|sammenlignet\s+med)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|omkring|cirka|næsten)\s+)?$",
    re.I,
)
_OWN_YEAR = re.compile(r"\s+(?:in|i)\s+((?:19|20)\d\d)\b(?!\s*(?:–|-|to|til|and|og)\s*\d)", re.I)
_GROWTH = re.compile(
    r"\b(?:rose|fell|grew|shrank|increased|decreased|dropped|climbed|jumped|reached|(?:is|was|were|are)\s+(?:up|down)|"
    r"lost|gained|shed|steg|faldt|voksede|skrumpede|nåede|mistede|tabte)\s+(?:by\s+|med\s+|til\s+|to\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_LEVEL = re.compile(r"\b(?:to|til)\s+(?:\w+\s+){0,2}$", re.I)
_SHARE_SUBJECT = re.compile(r"\b(?:share|proportion|percentage|andel|andelen)\s+(?:of|af)\b", re.I)
_POLL = re.compile(r"\b(?:poll|survey|surveyed|respondents|voters|måling|meningsmåling|undersøgelse|vælgere)\b", re.I)


def _not_about_events(sentence: str, fig: Figure) -> bool:
    """A share that is a growth rate, a poll figure or about something with no event noun in the sentence."""
    if _POLL.search(sentence):
        return True
    growth = _GROWTH.search(sentence[max(0, fig.start - 30) : fig.start])
    level = growth and _LEVEL.search(growth.group(0))
    of_events = _SHARE_SUBJECT.search(sentence[: fig.start]) or _OF_EVENTS.match(sentence[fig.end :])
    if growth and not (level and of_events):
        # "rose 30 per cent"; but "the SDF's share of the fighting rose to 70 percent" and "fighting with the regime
        # fell to a third of its engagements" are levels
        return True
    about = rf"\b(?:{MEASURE_NOUNS}|{_ONE_EVENT}|targeted|target|fought|against|mod|kæmpede)\b"
    return not re.search(about, sentence, re.I)


def _noun(sentence: str, figure: Figure) -> tuple[int, int] | None:
    """Where the noun the figure measures is: the first event noun after it (within a clause), else the last before."""
    inside = re.search(rf"\b(?:{MEASURE_NOUNS}|times|gange)$", sentence[figure.start : figure.end], re.I)
    if figure.kind == "count" and inside:  # "about 40 clashes involving the Islamic State": the count's own noun
        return figure.start + inside.start(), figure.end
    tail = re.search(rf"\b(?:{MEASURE_NOUNS})\b", sentence[figure.end : figure.end + 120], re.I)
    # "practically every ISIS engagement", "hver tiende kamp, som IS udkæmpede"
    if tail is None and re.search(r"\b(?:every|hver|hvert)(?:\s+\w+)?$", figure.text, re.I):
        tail = re.search(rf"\b(?:{_ONE_EVENT})\b", sentence[figure.end : figure.end + 60], re.I)
    if _OF_WHICH.match(sentence[figure.end :]):
        tail = None  # "operations, more than two-thirds of which were airstrikes": the noun before
    if tail:
        return figure.end + tail.start(), figure.end + tail.end()
    head = list(re.finditer(rf"\b(?:{MEASURE_NOUNS})\b", sentence[: figure.start], re.I))
    return (head[-1].start(), head[-1].end()) if head else None


def _measure(sentence: str, figure: Figure, noun: tuple[int, int] | None) -> str | None:
    if figure.noun:
        return figure.noun
    return sentence[noun[0] : noun[1]].lower() if noun else None


# Only bounded work per sentence: a longer run of text without a sentence end is cut into pieces of this size.
MAX_SENTENCE = 1_000
MAX_CLAIMS = 500  # claims per article; beyond, the rest is reported as not read (docs/claims.md)
MAX_SECONDS = 30.0  # reading stops after this long, also reported: the time is bounded whatever the input


def _pieces(sentence: str, offset: int) -> list[tuple[str, int]]:
    if len(sentence) <= MAX_SENTENCE:
        return [(sentence, offset)]
    out, start = [], 0
    while start < len(sentence):
        end = min(len(sentence), start + MAX_SENTENCE)
        if end < len(sentence):
            cut = max(sentence.rfind(" ", start, end), sentence.rfind(",", start, end))
            end = cut + 1 if cut > start else end
        out.append((sentence[start:end], offset + start))
        start = end
    return out


class _Reader:
    """Walks the article once, carrying context (noun -> actor, previous window, last actor) between sentences."""

    def __init__(self, lexicon: Lexicon, as_of: dt.date | None) -> None:
        self.lexicon = lexicon
        self.as_of = as_of
        self.noun_actor: dict[str, str] = {}
        self.claims: list[Claim] = []
        self.last_actor: str | None = None
        self.last_place: Entry | None = None  # for "the province" / "provinsen" in a later sentence
        self.prev_scope: tuple[str, str | None] | None = None  # the previous sentence's subject and its one country
        self.topic: str | None = None  # the target of a leading "Attacks on civilians ...", for "they were N%"
        self.prev_topic: str | None = None
        self.last_group: str | None = None  # the last organisation named (not a state), for "the group"
        self.last_object: Participant | None = None  # the previous sentence's last side but its subject, for "them"
        self.lead_time: str | None = None  # a window named only in a leading "After ...," clause of this sentence
        self.states = frozenset(a.name for a in lexicon.registry.actors.values() if a.actor_class == "state")
        self.truncated = False
        self.deadline = time.monotonic() + MAX_SECONDS

    def paragraph(self, text: str, offset: int, lang: str) -> None:
        previous_window: Window | None = None
        previous: Claim | None = None
        self.prev_scope = None
        self.prev_topic = None
        for s, e in split_sentences(text, offset):
            for sentence, start in _pieces(text[s - offset : e - offset].rstrip(), s):
                if len(self.claims) >= MAX_CLAIMS or time.monotonic() > self.deadline:
                    self.truncated = True
                    return
                found, window = self.sentence(sentence, start, lang, previous_window, previous)
                if (window is not None and window.basis in ("explicit", "context")) or (window and window.start):
                    previous_window = Window(window.start, window.end, window.text, "context")
                for claim in found:
                    if claim.kind != "not_event_data":
                        previous = claim
                self.claims.extend(found[: MAX_CLAIMS - len(self.claims)])

    def _actor_name(self, part: Participant | None, country: str | None) -> str | None:
        """A participant as a registry actor name; 'government forces' become the state of the claim's country."""
        if part is None:
            return None
        if part.kind == "group" and part.key == "state" and country:
            state = self.lexicon.registry.actors.get(f"govt_{country.lower()}")
            return state.name if state else None
        return part.label if part.kind == "actor" else None

    def sentence(
        self, sentence: str, offset: int, lang: str, prev_window: Window | None, previous: Claim | None
    ) -> tuple[list[Claim], Window | None]:
        self.lead_time = None
        mentions = self.lexicon.capitals_acting(
            sentence, self._province_references(sentence, self.lexicon.mentions(sentence))
        )
        parts = participants(self.lexicon, sentence, mentions)
        resolve_references(parts, self.last_actor, self.states, self.last_group, sentence, self.last_object)
        parts = self._two_sides(sentence, parts)
        subject = next((p for p in parts if p.kind == "actor"), None)
        window = find_window(sentence, self.as_of, prev_window)
        lead = LEAD.match(sentence)
        if lead and window and window.spans and all(e <= lead.end() for _, e in window.spans):
            main = find_window(sentence[lead.end() :], self.as_of, prev_window)
            if main is not None and main.spans:  # "After losing Mosul in 2017, ISIS fought 114 battles in 2018"
                spans = tuple((s + lead.end(), e + lead.end()) for s, e in main.spans)
                window = Window(main.start, main.end, main.text, main.basis, spans, main.reading)
            elif re.match(r"\s*(?:after|before|efter|før)\b", sentence, re.I):
                self.lead_time = window.text  # "After Mosul fell in July 2017, ...": a time after (before) that
        aside = _RELATIVE_ASIDE.search(sentence)
        if aside and window and window.spans and all(aside.start() <= s and e <= aside.end() for s, e in window.spans):
            # "Fighting with the regime, which had dominated its calendar in 2016, fell to a third ... in 2018"
            blank = sentence[: aside.start()] + " " * (aside.end() - aside.start()) + sentence[aside.end() :]
            main = find_window(blank, self.as_of, prev_window)
            window = main if main is not None and main.spans else window
        found_window = window
        topic = TOPIC.match(sentence)
        here = next((p.label for p in parts if topic and p.start == topic.end() and p.kind in ("actor", "group")), None)
        self.topic = here or self.prev_topic
        claims, _ = self._claims(sentence, offset, lang, window, prev_window, previous, mentions, parts)
        self.prev_topic = here
        if subject is not None:  # the next sentence's "the group", "it": this sentence's subject
            self.last_actor = subject.label
        # the next sentence's "them": this sentence's last side other than its subject
        objects = [
            p for p in parts if p.kind in ("actor", "group") and p.label and p.label != (subject and subject.label)
        ]
        self.last_object = objects[-1] if objects else None
        # "I 2014 var IS' krig i Syrien ... Mere end halvdelen af dens kampe ...": the subject's country, for the next
        countries = {
            m.entry.country for m in mentions if m.entry.kind == "country" and located(sentence, m.start, near=False)
        }
        self.prev_scope = (subject.label, countries.pop()) if subject is not None and len(countries) == 1 else None
        groups = [p.label for p in parts if p.kind == "actor" and p.label not in self.states]
        if groups:  # "the group" in a later sentence: the organisation named last
            self.last_group = groups[-1]
        named = [m for m in mentions if m.entry.kind == "place"]
        if named:
            self.last_place = named[-1].entry
        return claims, found_window

    @staticmethod
    def _located(sentence: str, places: list[Mention], place: str) -> bool:
        """True when the claim's place is named after a locative word ('i Ninive-provinsen')."""
        return any(m.entry.label == place and located(sentence, m.start, near=False) for m in places)

    def _two_sides(self, sentence: str, parts: list[Participant]) -> list[Participant]:
        """'the two sides', 'begge parter' with no side named: the previous sentence's subject and its other side."""
        both = _TWO_SIDES.search(sentence)
        if both is None or any(p.kind in ("actor", "group") for p in parts) or not self.last_object:
            return parts
        found = self.lexicon.registry.find_or_none(self.last_actor) if self.last_actor else None
        if found is None:
            return parts
        first = Participant(both.start(), both.end(), both.group(0), found.name, "actor", found.id)
        other = self.last_object
        second = Participant(both.start(), both.end(), both.group(0), other.label, other.kind, other.key, marked=True)
        return sorted([*parts, first, second], key=lambda p: (p.start, p.marked))

    def _home(self, name: str | None) -> str | None:
        """The home country of a named actor in the registry (the SDF: SYR), or None."""
        found = self.lexicon.registry.find_or_none(name) if name else None
        return found.country if found is not None else None

    def _co_actors(self, sentence: str, mentions: list[Mention], claim: Claim) -> list[Mention]:
        """Actors joined to the claim's actor by 'and'/'og' that are not its counterpart."""
        sides = [m for m in mentions if m.entry.kind in ("actor", "group")]
        names = {claim.actor, claim.counterpart}
        out = []
        for a, b in itertools.pairwise(sides):
            if re.fullmatch(r"\s*(?:,|and|og)\s*(?:the\s+)?", sentence[a.end : b.start], re.I):
                labels = {a.entry.label, b.entry.label, a.text, b.text}
                if claim.actor in labels and not labels & ({claim.counterpart} - {None}):
                    out.append(b if b.entry.label not in names and b.text not in names else a)
        return out

    def _province_references(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """'the province', 'provinsen': the governorate of the place named last (this sentence first)."""
        out = list(mentions)
        for ref in _PROVINCE_REF.finditer(sentence):
            if any(m.start <= ref.start() < m.end for m in mentions):
                continue
            before = [m for m in mentions if m.entry.kind == "place" and m.end <= ref.start()]
            entry = before[-1].entry if before else self.last_place
            if entry is None:
                continue
            if entry.town:  # "Raqqa city ... in the province": the city's governorate
                entry = self.lexicon.lookup(entry.admin1) or entry
            out.append(Mention(ref.start(), ref.end(), ref.group(0), entry))
        return sorted(out, key=lambda m: m.start)

    def _claims(
        self,
        sentence: str,
        offset: int,
        lang: str,
        window: Window | None,
        prev_window: Window | None,
        previous: Claim | None,
        mentions: list[Mention],
        parts: list[Participant],
    ) -> tuple[list[Claim], Window | None]:
        """The claims of one sentence (see the module docstring for the rules)."""
        found_window = window
        blocked = [(s, e) for _, s, e in find_dates(sentence)] + list(window.spans if window else ())
        figures = _restated(sentence, find_figures(sentence, blocked, lang))
        never = _NEVER.search(sentence)
        if never and not _FIGHT_VERB.search(sentence) and not _EVENT_END.search(never.group(0)):
            never = None  # "never" alone is no absence; "never fought", "ikke et eneste sammenstød" are
        absence = _ABSENCE.search(sentence) or never
        lead = LEAD.match(sentence)
        if absence and lead and absence.end() <= lead.end():
            absence = None  # "Contrary to claims that Damascus and ISIS never clashed, ...": not the writer's claim
        if not figures and not absence:
            return [], found_window
        window_note = None
        if window is None and prev_window is not None and not _UNREAD_TIME.search(sentence):
            window, window_note = prev_window, note("note_carried_over")
        claims: list[Claim] = []
        own_spans: list[tuple[int, int]] = []
        base: Figure | None = None
        places = [m for m in mentions if m.entry.kind == "place"]

        def new(kind: str, fig_text: str, start: int, end: int, own: Window | None = None, **fields: object) -> Claim:
            at = own or window
            claim = Claim(
                id=f"c{len(self.claims) + len(claims) + 1}",
                kind=kind,
                sentence=sentence.strip(),
                lang=lang,
                value_text=fig_text,
                span=(offset + start, offset + end),
                start=at.start if at else None,
                end=at.end if at else None,
                window_text=at.text if at else None,
                **fields,
            )
            if at and at.basis not in ("explicit", "context"):
                claim.notes.append(note("note_window", basis=at.basis))
            if at and at.reading:  # "'autumn of 2019' read as 2019-09-01 to 2019-11-30": the window used, said
                claim.notes.append(at.reading)
            if window_note and own is None:
                claim.notes.append(window_note)
            claims.append(claim)
            return claim

        country_hint = self._country(sentence, mentions, places[0].entry.label if places else None, None)
        if country_hint is None and previous is not None:
            country_hint = previous.country
        if country_hint is None:  # "Government forces and the SDF": the state of the other side's home country
            homes = [
                self.lexicon.registry.actors[p.key].country
                for p in parts
                if p.kind == "actor" and p.key in self.lexicon.registry.actors
            ]
            country_hint = next((c for c in homes if c), None)
        for fig in figures:
            if fig.kind == "other":
                new("not_event_data", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op, measure=fig.noun)
                continue
            land = fig.kind == "share" and (
                is_territory(sentence, fig, mentions) or CONTROL.search(sentence[: fig.start])
            )
            if land:  # "a third of Iraq's territory": a figure about land, listed; "most of Idlib" is no figure
                if fig.high is None:
                    new(
                        "not_event_data",
                        fig.text,
                        fig.start,
                        fig.end,
                        value=fig.value,
                        operator=fig.op,
                        measure="territory",
                    )
                continue
            if fig.kind == "share" and _not_about_events(sentence, fig):
                continue  # growth rates, polls, prices: "rose 30 per cent", "41 per cent of Britons"
            of_counted = base is not None and _OF_THEM_AGAINST.match(sentence[fig.end :])  # "120 clashes, most of them"
            # "450 battles, most of them in Deir ez-Zor": a concentration of the count's events, with no counterpart
            in_place = base is not None and any(
                p.start >= fig.end
                and (OF_THEM_IN.match(sentence[fig.end : p.start]) or _ADVERB_IN.match(fig.text))
                and re.fullmatch(
                    r"\s+(?:(?:of\s+them|af\s+dem)\s+)?(?:in|i)\s+(?:the\s+)?", sentence[fig.end : p.start]
                )
                for p in places
            )
            # "10.000 kampe, langt de fleste mod oprørsgrupper", ", overwhelmingly against ISIS": a share of the count
            after_count = base is not None and re.match(
                r"\s+(?:against|with|involving|targeting|mod|med)\b", sentence[fig.end :]
            )
            of_counted = of_counted or in_place or after_count
            if (
                fig.high is not None
                and fig.kind == "share"
                and not _OF_EVENTS.match(sentence[fig.end :])
                and not of_counted
            ):
                continue  # "all of the senior leaders", "most of the prisoners": vague words about people, not events
            if fig.kind == "count" and fig.noun == "engagements" and not parts and not _FIGHT_VERB.search(sentence):
                continue  # "the article was updated 3 times": times with no one fighting are not events
            noun = _noun(sentence, fig)
            measure = _measure(sentence, fig, noun)
            if fig.kind == "count" and not measure and previous is not None:
                measure = previous.measure  # "Året efter faldt tallet til 1.000": the number of the claim before
            # A count's participants are those before the next figure ("174 battles, half of them against IS").
            stop = next((f.start for f in figures if f.start > fig.start), len(sentence))
            scope = parts if fig.kind != "count" else [p for p in parts if p.start < stop]
            own_clause = [m.end() for m in COORDINATE.finditer(sentence, 0, fig.start)] if fig.kind == "count" else []
            first = next((p for p in scope if own_clause and p.start >= own_clause[-1]), None)
            if first is not None and first.kind in ("actor", "group") and first.text.lower() not in ("it", "they"):
                scope = [p for p in scope if p.start >= own_clause[-1]]  # ", mens kurderne kæmpede mod den 1.345 gange"
            lead = LEAD.match(sentence)
            if lead and lead.end() <= fig.start and any(p.start >= lead.end() for p in scope):
                scope = [
                    p for p in scope if p.start >= lead.end()
                ]  # "After Turkey's incursion began, SNA fighters ..."
            key = _noun_key(measure)
            actor_part, counter_part = assign(sentence, scope, noun, fig.start, self.noun_actor.get(key or ""))
            if (
                fig.kind == "count"
                and actor_part is None
                and counter_part is not None
                and counter_part.kind == "actor"
                and not any(p.start < counter_part.start for p in scope)
                and _WITH_ONLY.search(sentence[max(0, counter_part.start - 60) : counter_part.start])
            ):  # "UCDP registrerede 2.850 kampe med Islamisk Stat": the only side named is the one whose events count
                actor_part, counter_part = counter_part, None
            share_of = share_of_fighting(sentence, scope) if fig.kind == "share" else None
            if share_of is not None:  # "the SDF's share of the fighting against ISIS": a share of ISIS's events
                actor_part, counter_part = share_of
            inverted = perpetrator_share(sentence, scope, noun, fig.start) if fig.kind == "share" else None
            if inverted is not None:  # "three in four attacks on civilians were carried out by ISIS"
                civ = inverted[0]
                label = self.lexicon.registry.actors[civ.key].name if civ.key in self.lexicon.registry.actors else None
                actor_part = Participant(civ.start, civ.end, civ.text, label, "actor", civ.key)
                counter_part = inverted[1]
            shares = [f for f in figures if f.kind == "share"]
            if fig.kind == "share" and len(shares) > 1 and inverted is None and share_of is None:
                # "43% against the regime, 17% against the SDF and 40% against rebels": each its own counterpart
                at = shares.index(fig)
                low = shares[at - 1].end if at else 0
                pieces = [m.end() for m in re.finditer(r",|;|\s(?:and|og|while|mens)\s", sentence[low : fig.start])]
                low += pieces[-1] if pieces else 0
                high = shares[at + 1].start if at + 1 < len(shares) else len(sentence)
                if counter_part is not None and not low <= counter_part.start < high:
                    own_side = [
                        p
                        for p in scope
                        if fig.end <= p.start < high and p.kind in ("actor", "group") and p is not actor_part
                    ]
                    counter_part = own_side[0] if own_side else None
            actor = self._actor_name(actor_part, country_hint)
            if class_side(fig.kind, actor, actor_part, counter_part):
                # "Hæren og IS stødte sammen 600 gange", "kurderne kæmpede mod den 1.345 gange": a count between a
                # class and one actor is the same events counted from the actor's side, against the class
                actor_part, counter_part = counter_part, actor_part
                actor = self._actor_name(actor_part, country_hint)
            if actor is None and key and key in self.noun_actor:
                actor = self.noun_actor[key]
            if actor is None:
                actor = previous.actor if previous else self.last_actor
            counterpart = None
            if counter_part is not None:
                counterpart = self._actor_name(counter_part, country_hint) if counter_part.kind != "group" else None
                counterpart = counterpart or counter_part.label
                if counter_part.kind == "group" and counter_part.key == "state":
                    # "den syriske hær var IS' modstander: ... mod regeringsstyrkerne": the one state the sentence names
                    named = {p.label for p in parts if p.kind == "actor" and p.label in self.states} - {actor}
                    counterpart = named.pop() if len(named) == 1 else counterpart
            if in_place:
                counterpart = None
            if counterpart == actor:
                counterpart = None  # "the army's battles ... the Assad family's heartland": one side, named twice
                joined = joined_side(sentence, scope, counter_part)
                if joined is not None:  # "Damascus and the Kurds clashed in ... government engagements": the other one
                    counterpart = self._actor_name(joined, country_hint) or joined.label
            if counterpart is None and fig.kind == "share" and self.topic and THEY_WERE.search(sentence[: fig.start]):
                counterpart = self.topic  # "Angreb på civile ... I 2018 var de fire procent af gruppens hændelser"
            if counterpart is None and fig.kind == "share" and previous is not None and _THAT_WAS.match(sentence):
                counterpart = (
                    previous.counterpart
                )  # "Det var over 90 procent af gruppens kampe": those of the claim before
            # a count's place is in its own part: "455 engagements in Syria, two-thirds of them in Deir ez-Zor"
            place = place_of(sentence, [m for m in places if m.start < stop] if fig.kind == "count" else places, fig)
            pair = _between(sentence, mentions)
            if fig.kind == "deaths" and pair:
                actor, counterpart = pair
            country = self._country(sentence, mentions, place, counterpart) or adjective_country(self.lexicon, sentence)
            home_note = None
            named_scope = self._country(sentence, mentions, place, None) or adjective_country(self.lexicon, sentence)
            if named_scope is None and country and (own := self._home(actor)) and own != country:
                # "the SDF fought Turkish troops in 30% of their engagements": a foreign state's forces as the other
                # side do not move the actor's events to that state's ground; where the actor is, said in a note
                country, home_note = own, note("note_based", country=own, actor=actor)
            if country is None and previous is not None and (previous.actor == actor or THE_COUNTRY.search(sentence)):
                country = previous.country  # "during the same period", "in the country": the scope before
            if (
                country is None
                and self.prev_scope
                and self.prev_scope[0] == actor
                and not any(m.entry.kind in ("place", "country") for m in mentions)
            ):
                country = self.prev_scope[1]  # the country the sentence before gave the same actor
            if country is None and (home := self._home(counterpart)) and home != self._home(actor):
                country = home  # "tyrkiske styrker og SDF kæmpede mod hinanden": where the SDF is, not Turkey
                home_note = note("note_based", country=home, actor=counterpart)
            if country is None and counter_part is not None and counter_part.examples:
                known = [
                    self.lexicon.registry.actors[k] for k in counter_part.examples if k in self.lexicon.registry.actors
                ]
                homes = {a.country for a in known}
                if len(homes) == 1 and (home := homes.pop()):  # "rebels, including Jabhat al-Nusra": where they fight
                    country = home
                    home_note = note("note_based", country=home, actor=counter_part.label)
            if country is None:  # "Iraqi security forces battled IS": a state's forces, at home unless a place is named
                country = self._country(sentence, [], None, actor)
            if country is None and (home := self._home(counterpart) or self._home(actor)):
                country = home  # "ISIS fought the SDF in half of its battles": where the SDF fights, said in a note
                home_note = note("note_based", country=home, actor=counterpart if self._home(counterpart) else actor)
            common = {
                "actor": actor,
                "place": place,
                "country": country,
                "measure": measure,
                "operator": fig.op,
                "upper": fig.high,
            }
            if fig.kind == "count":
                year = _OWN_YEAR.match(sentence[fig.end :])  # "fell to 1,000 in 2018 and to 455 in 2019"
                own = None
                before = _YEAR_BEFORE.match(sentence[fig.end :])
                if year:
                    y = int(year[1])
                    at = (fig.end + year.start(), fig.end + year.end())
                    own = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), year[0].strip(), "explicit", (at,))
                    own_spans.append(at)
                elif before and window is not None:
                    y = window.start.year - 1
                    at = (fig.end + before.start(), fig.end + before.end())
                    own = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), before[0].strip(), "explicit", (at,))
                    own_spans.append(at)
                elif change := _CHANGE_TO.search(sentence[: fig.start]):
                    # "halved between 2016 and 2017, to around 1,800": the level reached is the later year's
                    y = int(change["b"])
                    own = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), change["b"], "explicit", (change.span(),))
                    own_spans.append(change.span())
                whole = None if fig.whole else counterpart  # "50 af i alt 56 kampe": the 56 are all the actor's
                new("count", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=whole, **common)
                base = fig
            elif fig.kind == "deaths":
                new(
                    "single_event",
                    fig.text,
                    fig.start,
                    fig.end,
                    value=fig.value,
                    counterpart=counterpart,
                    **{**common, "measure": "deaths"},
                )
            elif fig.kind == "subset" and fig.value > 1 and base is None:  # "of which 762 were explosive events"
                new("count", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
            elif fig.kind == "subset" or (fig.kind == "share" and base is not None and counterpart is not None):
                total = int(base.value) if base else None
                value = fig.value / total if fig.kind == "subset" and fig.value > 1 and total else fig.value
                # "300 battles in 2017, including 120 in Raqqa": a part of the count in a place is a concentration
                where = counterpart is None and place is not None and is_concentration(sentence, fig, places)
                new(
                    "concentration" if where else "share",
                    fig.text,
                    fig.start,
                    fig.end,
                    value=value,
                    counterpart=counterpart,
                    base_count=total,
                    **common,
                )
            elif attr := _ATTRIBUTE.search(sentence[fig.end :]) or _ATTRIBUTE_BEFORE.search(sentence[: fig.start]):
                new(
                    "attribute_share",
                    fig.text,
                    fig.start,
                    fig.end,
                    value=fig.value,
                    **{**common, "measure": attr["what"].lower()},
                )
            elif (
                counterpart is None
                and place is not None
                and (
                    is_concentration(sentence, fig, places)
                    or (_FIGHTING_IN.fullmatch(measure or "") and self._located(sentence, places, place))
                )
            ):  # "I 2016 var halvdelen af IS' kampe i Irak i Ninive-provinsen": a share of fighting in a place
                new("concentration", fig.text, fig.start, fig.end, value=fig.value, **common)
            elif (
                (earlier := next((c for c in reversed(claims) if c.kind == "share"), None)) is not None
                and _COMPARED.search(sentence[: fig.start])
                and (year := _OWN_YEAR.match(sentence[fig.end :]))
            ):
                # "8% of its opponents in 2017, down from 17% in 2016": the same share in its own year
                y, at = int(year[1]), (fig.end + year.start(), fig.end + year.end())
                own_spans.append(at)
                own = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), year[0].strip(), "explicit", (at,))
                same = {**common, "actor": earlier.actor, "country": earlier.country, "place": earlier.place}
                new(
                    "share", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=earlier.counterpart, **same
                )
            else:
                new("share", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
            if home_note and claims:
                claims[-1].notes.append(home_note)
            if actor and measure:
                self.noun_actor.setdefault(key or "", actor)
        covered = any(c.span and c.span[0] <= offset + absence.start() < c.span[1] for c in claims) if absence else True
        if absence and not covered:
            self._absence(sentence, absence, parts, mentions, country_hint, new)
        used = blocked + own_spans + [(f.start, f.end) for f in figures]
        # a place another claim of the sentence reads ("455 engagements, two-thirds of them in Deir ez-Zor") is read
        used += [(m.start, m.end) for m in places if any(c.place == m.entry.label for c in claims)]
        # "engagements between regime forces and the group" with no group named before: the claim has lost a side
        orphans = [p.text for p in parts if p.kind == "reference" and p.label is None and ORGANISATION.match(p.text)]
        for claim in claims:
            if claim.kind != "not_event_data":
                self._mark_unread(claim, sentence, mentions, used)
                if orphans and not (claim.actor and claim.counterpart):
                    claim.unread += orphans
                both = _TWO_SIDES.search(sentence)
                if both and claim.kind in ("count", "share", "absence") and not claim.counterpart:
                    # "as the SDF closed in on Baghuz, the two sides clashed 150 times": one side read, the other
                    # not: never the actor's events against everyone
                    claim.unread.append(both.group(0))
            at = claim.span[0] - offset if claim.span else 0
            means = _ATTRIBUTE_BEFORE.search(sentence[:at]) if claim.kind == "count" else None
            if means:  # "Barrel bombs were used in more than 1,000 regime attacks": the data records no means
                claim.unread.append(means["what"])
        return claims, found_window

    def _mark_unread(self, claim: Claim, sentence: str, mentions: list[Mention], used: list[tuple[int, int]]) -> None:
        """The time and place words the claim's reading left unused (unread.py): no verdict on a guessed scope."""
        entry = self.lexicon.lookup(claim.place) if claim.place else None
        admin1 = entry.admin1 if entry is not None else None
        named = [(m.start, m.end) for m in mentions if claim.place and m.entry.label == claim.place]
        names = [(m.start, m.end) for m in mentions if names_event(sentence, m)]
        claim.unread = (
            ([self.lead_time] if self.lead_time else [])
            + unread_time(sentence, used)
            + unread_place(sentence, mentions, admin1, claim.country, used + named + names)
        )
        neighbour = _NEIGHBOUR.search(sentence)
        if neighbour and not any(m.entry.kind == "country" and m.entry.country == claim.country for m in mentions):
            claim.unread.append(neighbour.group(0))  # "i nabolandet": a country named elsewhere, not the actor's home
        if claim.actor and claim.counterpart:  # "Regimet og Rusland kæmpede mod oprørerne": one of two actors read
            claim.unread += [p.text for p in self._co_actors(sentence, mentions, claim)]
        for side in (claim.actor, claim.counterpart):
            found = self.lexicon.lookup(side) if side and claim.country is None else None
            if found is not None and found.kind == "group" and found.key == "state":
                if side == claim.counterpart and claim.actor and claim.actor not in self.states:
                    continue  # "IS' kampe mod hæren": every state the actor fought, the class; verify.py asks where
                claim.unread.append(side)  # "government forces" acting with no country named: which state's?

    def _absence(self, sentence, absence, parts, mentions, country, new) -> None:
        """'zero presence', 'never clashed', 'ikke én eneste gang': an absence claim between the participants."""
        places = [m for m in mentions if m.entry.kind == "place"]
        capable = [p for p in parts if p.kind in ("actor", "group") and p.label]
        inside: list[Participant] = []
        if "who" in absence.groupdict():  # "zero al-Assad regime presence": the actor is inside the phrase
            inside = [p for p in capable if absence.start("who") <= p.start < absence.end() and p.kind == "actor"]
            capable = inside + [p for p in capable if p not in inside]
        actors = [p for p in capable if p.kind == "actor" or p.key == "state"]
        if not actors:
            return
        actor = self._actor_name(actors[0], country)
        rest = [p for p in capable if p is not actors[0] and p.label != actors[0].label]
        counterpart = (self._actor_name(rest[0], country) or rest[0].label) if rest else None
        marked = [p for p in rest if p.marked]
        if "who" in absence.groupdict() and inside:
            # "zero regime presence" is about the actor alone; "Ingen af IS' kampe ... var mod regimet" is not
            counterpart = (self._actor_name(marked[0], country) or marked[0].label) if marked else None
        pair = _between(sentence, mentions)
        if pair and counterpart is None:  # "no clashes at all between ISIS and the Syrian government"
            counterpart = self._actor_name(next((p for p in rest if p.text == pair[1]), None), country) or pair[1]
        before = [p for p in places if p.start < absence.start()]
        place = before[-1] if before else (places[0] if places else None)
        words = re.findall(r"\w+", absence.group(0).lower())
        new(
            "absence",
            absence.group(0),
            absence.start(),
            absence.end(),
            value=0,
            operator="=",
            actor=actor,
            counterpart=counterpart,
            place=place.entry.label if place else None,
            country=place.entry.country if place else country,
            measure=words[-1] if words else None,
        )

    def _country(self, sentence: str, mentions: list[Mention], place: str | None, actor: str | None) -> str | None:
        for m in mentions:
            if m.entry.kind == "place" and m.entry.label == place:
                return m.entry.country
        # "Turkey's incursion", "Iraq's army": a country owning something is the side acting, not the scope; nor is
        # one acting in a fronted clause ("Da Tyrkiet rykkede ind, kæmpede SDF ...")
        lead = LEAD.match(sentence)
        fronted = lambda m: lead and m.end <= lead.end() and not place_word_before(sentence, m.start)  # noqa: E731
        countries = [
            m
            for m in mentions
            if m.entry.kind == "country"
            and (located(sentence, m.start, near=False) or not (owns(self.lexicon, m) or fronted(m)))
        ]
        # "Turkey's engagements in Syria": the country after a locative word is the scope, not the one acting.
        for m in sorted(countries, key=lambda m: not located(sentence, m.start, near=False)):
            return m.entry.country
        if actor:
            found = self.lexicon.registry.find_or_none(actor)
            if found and found.actor_class == "state":
                return found.country
        return None


def extract_claims(article: Article, lexicon: Lexicon, lang: str = "auto", as_of: dt.date | None = None) -> Extraction:
    """Every claim in an article, with relative times resolved against `as_of` (or the text's latest date)."""
    basis = note("note_given", date=as_of.isoformat()) if as_of else ""
    if as_of is None:
        as_of, basis = article_date(article.text)
    reader = _Reader(lexicon, as_of)
    for paragraph in article.paragraphs:
        if reader.truncated:
            break
        text = article.paragraph_text(paragraph)
        paragraph.lang = detect_language(text) if lang == "auto" else lang
        reader.paragraph(text, paragraph.start, paragraph.lang)
    return Extraction(article, reader.claims, as_of, basis, reader.truncated)
