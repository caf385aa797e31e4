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
from dataclasses import dataclass

from dyadscope.claims.dates import Window, article_date, find_dates, find_window
from dyadscope.claims.figures import EVENT_NOUNS, Figure, find_figures
from dyadscope.claims.language import detect_language
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import Article
from dyadscope.claims.resolve import Lexicon, Mention

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|"
    r"nr|ca|fx|bl\.a|dvs|mv|f\.eks|e\.g|i\.e|etc|vs|U\.S|U\.K)|\d)$"
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
_MAJORITY = re.compile(
    r"\b(?:most\s+of|the\s+majority\s+of|the\s+bulk\s+of|the\s+vast\s+majority\s+of|størstedelen\s+af|"
    r"de\s+fleste\s+af|hovedparten\s+af|flertallet\s+af|det\s+meste\s+af|langt\s+de\s+fleste)\b",
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


@dataclass
class Extraction:
    """What was read from an article: its claims, the date relative times resolved against."""

    article: Article
    claims: list[Claim]
    as_of: dt.date | None
    as_of_basis: str


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


def _measure(sentence: str, figure: Figure) -> str | None:
    if figure.noun:
        return figure.noun
    tail = re.search(rf"\b({EVENT_NOUNS})\b", sentence[figure.end :], re.I)
    if tail:
        return tail.group(1).lower()
    head = list(re.finditer(rf"\b({EVENT_NOUNS})\b", sentence[: figure.start], re.I))
    return head[-1].group(1).lower() if head else None


class _Reader:
    """Walks the article once, carrying context (noun -> actor, previous window and actor) between sentences."""

    def __init__(self, lexicon: Lexicon, as_of: dt.date | None) -> None:
        self.lexicon = lexicon
        self.as_of = as_of
        self.noun_actor: dict[str, str] = {}
        self.claims: list[Claim] = []

    def paragraph(self, text: str, offset: int, lang: str) -> None:
        previous_window: Window | None = None
        previous: Claim | None = None
        for s, e in split_sentences(text, offset):
            sentence = text[s - offset : e - offset].rstrip()
            found = self.sentence(sentence, s, lang, previous_window, previous)
            for claim in found:
                if claim.kind == "not_event_data":
                    continue
                if claim.start:
                    previous_window = Window(claim.start, claim.end, claim.window_text or "", "context")
                previous = claim
            self.claims.extend(found)

    def sentence(
        self, sentence: str, offset: int, lang: str, prev_window: Window | None, previous: Claim | None
    ) -> list[Claim]:
        prev_actor = previous.actor if previous else None
        blocked = [(s, e) for _, s, e in find_dates(sentence)]
        figures = find_figures(sentence, blocked, lang)
        majority = _MAJORITY.search(sentence)
        absence = _ABSENCE.search(sentence)
        if not figures and not majority and not absence:
            return []
        mentions = self.lexicon.mentions(sentence)
        window = find_window(sentence, self.as_of, prev_window)
        window_note = None
        if window is None and prev_window is not None:
            window, window_note = prev_window, "window carried over from the previous claim in the paragraph"
        claims: list[Claim] = []
        base: Figure | None = None

        def new(kind: str, fig_text: str, start: int, end: int, **fields: object) -> Claim:
            claim = Claim(
                id=f"c{len(self.claims) + len(claims) + 1}",
                kind=kind,
                sentence=sentence.strip(),
                lang=lang,
                value_text=fig_text,
                span=(offset + start, offset + end),
                start=window.start if window else None,
                end=window.end if window else None,
                window_text=window.text if window else None,
                **fields,
            )
            if window and window.basis not in ("explicit", "context"):
                claim.notes.append(f"window: {window.basis}")
            if window_note:
                claim.notes.append(window_note)
            claims.append(claim)
            return claim

        for index, fig in enumerate(figures):
            if fig.kind == "other":
                new("not_event_data", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op, measure=fig.noun)
                continue
            measure = _measure(sentence, fig)
            actor = self._actor(sentence, mentions, fig, measure, prev_actor)
            stop = figures[index + 1].start if fig.kind == "count" and index + 1 < len(figures) else len(sentence)
            counterpart, place = self._counterpart_and_place(sentence, mentions, fig, actor, stop)
            pair = _between(sentence, mentions)
            if fig.kind == "deaths" and pair:
                actor, counterpart = pair
            country = self._country(mentions, place, actor)
            if country is None and previous is not None and previous.actor == actor:
                country = previous.country  # "during the same period": the same scope as the claim before
            common = {"actor": actor, "place": place, "country": country, "measure": measure, "operator": fig.op}
            if fig.kind == "count":
                new("count", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
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
            elif fig.kind == "subset" or (fig.kind == "share" and base is not None):
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
            elif (attr := _ATTRIBUTE.search(sentence[fig.end :])) is not None:
                new(
                    "attribute_share",
                    fig.text,
                    fig.start,
                    fig.end,
                    value=fig.value,
                    actor=actor,
                    operator=fig.op,
                    measure=attr["what"].lower(),
                    country=country,
                )
            elif counterpart is None and place is not None and _PLACE_VERB.search(sentence[fig.end :]):
                new("concentration", fig.text, fig.start, fig.end, value=fig.value, **common)
            else:
                new("share", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
            if actor and measure:
                self.noun_actor.setdefault(_noun_key(measure) or "", actor)
        if majority and not any(c.span and c.span[0] <= offset + majority.start() < c.span[1] for c in claims):
            fig = Figure("share", 0.5, ">", majority.start(), majority.end(), majority.group(0))
            actor = self._actor(sentence, mentions, fig, _measure(sentence, fig), prev_actor)
            places = [m for m in mentions if m.entry.kind == "place" and m.start > majority.end()]
            if actor and places and _PLACE_VERB.search(sentence[majority.end() :]):
                place = places[0].entry.label
                new(
                    "concentration",
                    majority.group(0),
                    majority.start(),
                    majority.end(),
                    value=0.5,
                    operator=">",
                    actor=actor,
                    place=place,
                    country=places[0].entry.country,
                    measure="engagements",
                )
        if absence:
            who = [m for m in mentions if absence.start("who") <= m.start < absence.end() and m.entry.kind == "actor"]
            places = [m for m in mentions if m.entry.kind == "place"]
            if who:
                before = [p for p in places if p.start < absence.start()]
                place = before[-1] if before else (places[0] if places else None)
                new(
                    "absence",
                    absence.group(0),
                    absence.start(),
                    absence.end(),
                    value=0,
                    operator="=",
                    actor=who[0].entry.label,
                    place=place.entry.label if place else None,
                    country=place.entry.country if place else None,
                    measure=absence.group(0).split()[-1].lower(),
                )
        return claims

    def _actor(
        self, sentence: str, mentions: list[Mention], fig: Figure, measure: str | None, prev_actor: str | None
    ) -> str | None:
        actors = [m for m in mentions if m.entry.kind == "actor"]
        noun = re.search(rf"\b{re.escape(measure)}\b", sentence, re.I) if measure else None
        anchors = [fig.start] + ([noun.start()] if noun else [])
        for anchor in anchors:
            for m in actors:
                gap = sentence[m.end : anchor]
                if m.end <= anchor and len(re.findall(r"\w+", gap)) <= 2 and not re.search(r"[,;:]", gap):
                    return m.entry.label
        if noun:  # "operations by the regime", "angreb fra IS"
            after = re.match(r"\s+(?:by|from|carried out by|fra|udført af|af)\s+", sentence[noun.end() :], re.I)
            if after:
                for m in actors:
                    if m.start == noun.end() + after.end():
                        return m.entry.label
        key = _noun_key(measure)
        if key and key in self.noun_actor:
            return self.noun_actor[key]
        verb = _VERB.search(sentence, fig.end)
        limit = verb.start() if verb else len(sentence)
        before = [m for m in actors if m.start < limit]
        if before:
            return before[0].entry.label
        return prev_actor

    def _counterpart_and_place(
        self, sentence: str, mentions: list[Mention], fig: Figure, actor: str | None, stop: int
    ) -> tuple[str | None, str | None]:
        places = [m for m in mentions if m.entry.kind == "place"]
        place = places[0].entry.label if places else None
        verb = _VERB.search(sentence, fig.end, stop)
        if verb is None:
            return None, place
        for m in mentions:
            if verb.end() <= m.start < stop and m.entry.kind in ("actor", "group"):
                if m.entry.kind == "actor" and m.entry.label == actor:
                    continue
                return m.text, place
        return None, place

    def _country(self, mentions: list[Mention], place: str | None, actor: str | None) -> str | None:
        for m in mentions:
            if m.entry.kind == "place" and m.entry.label == place:
                return m.entry.country
        for m in mentions:
            if m.entry.kind == "country":
                return m.entry.country
        if actor:
            found = self.lexicon.registry.find_or_none(actor)
            if found and found.actor_class == "state":
                return found.country
        return None


def extract_claims(article: Article, lexicon: Lexicon, lang: str = "auto", as_of: dt.date | None = None) -> Extraction:
    """Every claim in an article, with relative times resolved against `as_of` (or the text's latest date)."""
    basis = f"given ({as_of.isoformat()})" if as_of else ""
    if as_of is None:
        as_of, basis = article_date(article.text)
    reader = _Reader(lexicon, as_of)
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        paragraph.lang = detect_language(text) if lang == "auto" else lang
        reader.paragraph(text, paragraph.start, paragraph.lang)
    return Extraction(article, reader.claims, as_of, basis)
