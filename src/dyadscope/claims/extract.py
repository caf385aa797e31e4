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
import re
import time
from dataclasses import dataclass

from dyadscope.claims.dates import Window, article_date, find_dates, find_window
from dyadscope.claims.figures import EVENT_NOUNS, Figure, find_figures
from dyadscope.claims.language import detect_language
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import Article
from dyadscope.claims.resolve import Lexicon, Mention
from dyadscope.claims.roles import Participant, assign, participants, resolve_references
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
_PLACE_VERB = re.compile(
    r"\b(?:took\s+place|sted\s+i|were\s+in|was\s+in|happened|occurred|fighting|fought|fandt\s+sted|foregik|var\s+i|kæmpet|"
    r"kæmpede|kæmper)\b",
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
    r"\b(?:never(?:\s+once)?|not\s+(?:\w+\s+){0,3}?(?:at\s+all|once|a\s+single\s+time|a\s+single\s+(?:attack|battle|clash))|"
    r"aldrig|ikke\s+(?:én|en|et)\s+eneste\s+(?:gang|angreb|kamp)|ikke\s+(?:\w+\s+){0,3}?overhovedet)\b",
    re.I,
)
_FIGHT_VERB = re.compile(
    r"\b(?:fought|clashed|fight|clash|attacked|attack|engaged|kæmpede|kæmpet|stødte|angreb|bekæmpede)\b", re.I
)
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?P<what>air\s?strikes|airstrikes|barrel\s+bombs|suicide\s+(?:attacks|bombings)|car\s+bombs|luftangreb|"
    r"tøndebomber|selvmordsangreb|bilbomber)\s+(?:were|was|var|blev)\s+(?:used|behind|brugt|anvendt)\b",
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


_MEASURE_NOUNS = (
    rf"{EVENT_NOUNS}|fighting|violence|killings|massacres|energy|kampene|angrebene|operationerne|tilfælde|vold"
)


_OF_WHICH = re.compile(r"\s+(?:of|af)\s+(?:which|them|those|these|dem|disse|hvilke)\b", re.I)
_OF_EVENTS = re.compile(rf"^[^,.;:]{{0,60}}?\b(?:{_MEASURE_NOUNS})\b", re.I)


# A time the sentence names but the checker cannot place: no window is carried over from the claim before.
_UNREAD_TIME = re.compile(r"\b(?:months|weeks|days|måneder|uger|dage|decade|årti)\b", re.I)
_OWN_YEAR = re.compile(r"\s+(?:in|i)\s+((?:19|20)\d\d)\b(?!\s*(?:–|-|to|til|and|og)\s*\d)", re.I)
_GROWTH = re.compile(
    r"\b(?:rose|fell|grew|shrank|increased|decreased|dropped|climbed|jumped|reached|(?:is|was|were|are)\s+(?:up|down)|"
    r"steg|faldt|voksede|skrumpede|nåede)\s+(?:by\s+|med\s+|til\s+|to\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_POLL = re.compile(r"\b(?:poll|survey|surveyed|respondents|voters|måling|meningsmåling|undersøgelse|vælgere)\b", re.I)


def _not_about_events(sentence: str, fig: Figure) -> bool:
    """A share that is a growth rate, a poll figure or about something with no event noun in the sentence."""
    if _POLL.search(sentence) or _GROWTH.search(sentence[max(0, fig.start - 30) : fig.start]):
        return True
    return not re.search(rf"\b(?:{_MEASURE_NOUNS}|targeted|target|fought|against|mod|kæmpede)\b", sentence, re.I)


def _noun(sentence: str, figure: Figure) -> tuple[int, int] | None:
    """Where the noun the figure measures is: the first event noun after it (within a clause), else the last before."""
    tail = re.search(rf"\b(?:{_MEASURE_NOUNS})\b", sentence[figure.end : figure.end + 120], re.I)
    if _OF_WHICH.match(sentence[figure.end :]):
        tail = None  # "operations, more than two-thirds of which were airstrikes": the noun before
    if tail:
        return figure.end + tail.start(), figure.end + tail.end()
    head = list(re.finditer(rf"\b(?:{_MEASURE_NOUNS})\b", sentence[: figure.start], re.I))
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
        self.truncated = False
        self.deadline = time.monotonic() + MAX_SECONDS

    def paragraph(self, text: str, offset: int, lang: str) -> None:
        previous_window: Window | None = None
        previous: Claim | None = None
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
        mentions = self.lexicon.mentions(sentence)
        parts = participants(self.lexicon, sentence, mentions)
        resolve_references(parts, self.last_actor)
        subject = next((p for p in parts if p.kind == "actor"), None)
        window = find_window(sentence, self.as_of, prev_window)
        found_window = window
        claims, _ = self._claims(sentence, offset, lang, window, prev_window, previous, mentions, parts)
        if subject is not None:  # the next sentence's "the group", "it": this sentence's subject
            self.last_actor = subject.label
        return claims, found_window

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
        figures = find_figures(sentence, blocked, lang)
        absence = _ABSENCE.search(sentence) or (_NEVER.search(sentence) if _FIGHT_VERB.search(sentence) else None)
        if not figures and not absence:
            return [], found_window
        window_note = None
        if window is None and prev_window is not None and not _UNREAD_TIME.search(sentence):
            window, window_note = prev_window, note("note_carried_over")
        claims: list[Claim] = []
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
            if fig.kind == "share" and _not_about_events(sentence, fig):
                continue  # growth rates, polls, prices: "rose 30 per cent", "41 per cent of Britons"
            if fig.high is not None and fig.kind == "share" and not _OF_EVENTS.match(sentence[fig.end :]):
                continue  # "all of the senior leaders", "most of the prisoners": vague words about people, not events
            if fig.kind == "count" and fig.noun == "engagements" and not parts:
                continue  # "the article was updated 3 times": times with no one fighting are not events
            noun = _noun(sentence, fig)
            measure = _measure(sentence, fig, noun)
            if fig.kind == "share" and (_territory(sentence, fig, mentions) or _CONTROL.search(sentence[: fig.start])):
                continue  # "controls most of Idlib", "a third of Syria's territory": not event shares
            # A count's participants are those before the next figure ("174 battles, half of them against IS").
            stop = next((f.start for f in figures if f.start > fig.start), len(sentence))
            scope = parts if fig.kind != "count" else [p for p in parts if p.start < stop]
            key = _noun_key(measure)
            actor_part, counter_part = assign(sentence, scope, noun, fig.start, self.noun_actor.get(key or ""))
            actor = self._actor_name(actor_part, country_hint)
            if actor is None and key and key in self.noun_actor:
                actor = self.noun_actor[key]
            if actor is None:
                actor = previous.actor if previous else self.last_actor
            counterpart = None
            if counter_part is not None:
                counterpart = self._actor_name(counter_part, country_hint) if counter_part.kind != "group" else None
                counterpart = counterpart or counter_part.label
            if counterpart == actor:
                counterpart = None  # "the army's battles ... the Assad family's heartland": one side, named twice
            place = _place(sentence, places, fig)
            pair = _between(sentence, mentions)
            if fig.kind == "deaths" and pair:
                actor, counterpart = pair
            country = self._country(sentence, mentions, place, counterpart)
            if country is None and previous is not None and (previous.actor == actor or _THE_COUNTRY.search(sentence)):
                country = previous.country  # "during the same period", "in the country": the scope before
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
                if year:
                    y = int(year[1])
                    own = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), year[0].strip(), "explicit")
                new("count", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=counterpart, **common)
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
            elif fig.kind == "subset" or (fig.kind == "share" and base is not None and counterpart is not None):
                total = int(base.value) if base else None
                value = fig.value / total if fig.kind == "subset" and fig.value > 1 and total else fig.value
                new(
                    "share",
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
            elif counterpart is None and place is not None and _is_concentration(sentence, fig, places):
                new("concentration", fig.text, fig.start, fig.end, value=fig.value, **common)
            else:
                new("share", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
            if actor and measure:
                self.noun_actor.setdefault(key or "", actor)
        covered = any(c.span and c.span[0] <= offset + absence.start() < c.span[1] for c in claims) if absence else True
        if absence and not covered:
            self._absence(sentence, absence, parts, places, country_hint, new)
        return claims, found_window

    def _absence(self, sentence, absence, parts, places, country, new) -> None:
        """'zero presence', 'never clashed', 'ikke én eneste gang': an absence claim between the participants."""
        capable = [p for p in parts if p.kind in ("actor", "group") and p.label]
        if "who" in absence.groupdict():  # "zero al-Assad regime presence": the actor is inside the phrase
            inside = [p for p in capable if absence.start("who") <= p.start < absence.end() and p.kind == "actor"]
            capable = inside + [p for p in capable if p not in inside]
        actors = [p for p in capable if p.kind == "actor" or p.key == "state"]
        if not actors:
            return
        actor = self._actor_name(actors[0], country)
        rest = [p for p in capable if p is not actors[0] and p.label != actors[0].label]
        counterpart = (self._actor_name(rest[0], country) or rest[0].label) if rest else None
        if "who" in absence.groupdict():
            counterpart = None  # "zero regime presence" is about the actor alone
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
        countries = [m for m in mentions if m.entry.kind == "country"]
        # "Turkey's engagements in Syria": the country after a locative word is the scope, not the one acting.
        for m in sorted(countries, key=lambda m: not _IN_COUNTRY.search(sentence[max(0, m.start - 20) : m.start])):
            return m.entry.country
        if actor:
            found = self.lexicon.registry.find_or_none(actor)
            if found and found.actor_class == "state":
                return found.country
        return None


_LOCATIVE_PLACE = re.compile(r"\b(?:in|inside|across|within|throughout|i|inde\s+i|omkring)\s+(?:the\s+)?$", re.I)
_SIDE_CLAUSE = re.compile(
    r",\s+(?:as|while|when|whereas|but|after|mostly|mainly|during|mens|da|men|efter|især|og)\b|\bduring\s+the\b|"
    r"\bthe\s+(?:battle|siege|fall)\s+(?:for|of)\b|\bslaget\s+om\b|\bog\s+\S+\s+var\b",
    re.I,
)


def _place(sentence: str, places: list[Mention], fig: Figure) -> str | None:
    """The claim's place: in its own clause, after a locative word ('in Raqqa province') before any other."""
    side = [m.span() for m in _SIDE_CLAUSE.finditer(sentence)]

    def in_side(m: Mention) -> bool:
        return any(s <= m.start and (m.start - s) < 60 for s, _ in side)

    main = [m for m in places if not in_side(m)]
    located = [m for m in main if _LOCATIVE_PLACE.search(sentence[max(0, m.start - 12) : m.start])]
    chosen = (located or main or [None])[0]
    return chosen.entry.label if chosen else None


_TERRITORY_WORDS = re.compile(
    r"^\s+(?:of|af)\s+(?:the\s+|its\s+|dets\s+|dens\s+)?(?:country|territory|land|landet|territoriet|population|"
    r"befolkningen|areas?|områderne|towns|byerne)\b",
    re.I,
)


def _territory(sentence: str, fig: Figure, mentions: list[Mention]) -> bool:
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
            return not re.match(r"['’]?s?\s+(?:\w+\s+)?(?:" + _MEASURE_NOUNS + ")", sentence[m.end :], re.I)
    return False


_IN_COUNTRY = re.compile(r"\b(?:in|inside|across|throughout|within|i|inde\s+i|over\s+hele)\s+$", re.I)
_CONTROL = re.compile(
    r"\b(?:controls?|controlled|holds?|held|kontrollerer|kontrollerede|behersker)\s+(?:\w+\s+){0,2}$", re.I
)
_THE_COUNTRY = re.compile(r"\b(?:in\s+the\s+country|i\s+landet|landets)\b", re.I)
_CONCENTRATION = re.compile(
    r"\b(?:accounted\s+for|saw|hosted|was\s+home\s+to|stod\s+for|tegnede\s+sig\s+for|lagde\s+jord\s+til|"
    r"made\s+up|represented|husede)\b",
    re.I,
)


def _is_concentration(sentence: str, fig: Figure, places: list[Mention]) -> bool:
    """'Raqqa accounted for 40% of ...', '... took place in Aleppo', 'foregik i Idlib-provinsen'."""
    before = [p for p in places if p.end <= fig.start]
    if before and _CONCENTRATION.search(sentence[before[-1].end : fig.start]):
        return True
    return bool(_PLACE_VERB.search(sentence[fig.end :]) or _PLACE_VERB.search(sentence[: fig.start]))


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
