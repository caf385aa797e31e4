"""Finding claims in an article: the pipeline from sentences to tagged spans to claims.

Each sentence is tagged (actor, group, place and country mentions through the lexicon; participants and their
references, roles.py; the time window, dates.py; figures, figures.py), then each figure becomes one claim: whether it
makes an event claim at all (kinds/not_events.py), whose it is (sides.py), where (places.py, scope.py) and which kind
(kinds/build.py); an absence with no figure is its own kind (kinds/absence.py). Rules, in the order they are tried,
so a reader can predict what the checker does:
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
import time
from dataclasses import dataclass

from dyadscope import recache as re
from dyadscope.actors.registry import state_id
from dyadscope.claims.clauses import LEAD, in_side, located, own_clause_start
from dyadscope.claims.dates import Window, article_date, find_dates, find_window
from dyadscope.claims.days import one_calendar_year
from dyadscope.claims.figure_patterns import WOUNDED
from dyadscope.claims.figures import DATE, PEOPLE_WITHIN, Figure, find_figures
from dyadscope.claims.founding import founded, from_founding
from dyadscope.claims.kinds.absence import add_absence, find_absence, negated
from dyadscope.claims.kinds.attributes import lethal, means_before, means_owner
from dyadscope.claims.kinds.build import add_claim
from dyadscope.claims.kinds.changes import clause_own_year
from dyadscope.claims.kinds.elided import elided_concentrations, elided_counts
from dyadscope.claims.kinds.not_events import declared_day, not_about_events, not_of_events, set_aside
from dyadscope.claims.kinds.shares import (
    about_the_same,
    each_side,
    elided_side,
    later_share,
    of_count,
    of_previous_count,
    restated,
)
from dyadscope.claims.language import detect_language
from dyadscope.claims.model import Claim
from dyadscope.claims.places import bracket_gloss, contrast_place, names_event, place_of
from dyadscope.claims.reading import Article
from dyadscope.claims.resolve import Entry, Lexicon, Mention
from dyadscope.claims.roles import ORGANISATION, Participant, participants, resolve_references
from dyadscope.claims.scope import claim_country, sentence_country
from dyadscope.claims.sentences import pieces, split_sentences
from dyadscope.claims.shapes import TOPIC
from dyadscope.claims.sides import between, co_actors, figure_sides, measure_of, noun_key, noun_of
from dyadscope.claims.unread import months_again, unread_place, unread_time
from dyadscope.claims.wording import note


@dataclass
class Extraction:
    """What was read from an article: its claims, the date relative times resolved against."""

    article: Article
    claims: list[Claim]
    as_of: dt.date | None
    as_of_basis: str
    truncated: bool = False


# a subject joined to another side: "ISIS, al-Qa'ida, and ...", "ISIS and the army", "IS og hæren"
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|og\s+)?|\s+(?:and|og|&)\s+)(?:the\s+|de\s+|den\s+)?", re.I)
_NEIGHBOUR = re.compile(
    r"\b(?:i\s+nabolandet|the\s+neighbou?ring\s+country|across\s+the\s+border|abroad|i\s+udlandet|på\s+den\s+anden\s+side\s+af\s+grænsen)\b",
    re.I,
)


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|som)\s[^,;:]*,", re.I)
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two\s+sides|both\s+sides|the\s+two\s+(?:forces|groups|rivals|foes|enemies)|begge\s+(?:parter|sider)|"
    r"de\s+to\s+(?:parter|sider|fjender|styrker|grupper)|each\s+other|one\s+another|hinanden)\b",
    re.I,
)
_PROVINCE_REF = re.compile(
    r"\b(?:(?:the|that|this)\s+(?:same\s+)?(?:province|governorate)|provinsen|guvernementet|"
    r"(?:den|denne|samme)\s+provins|det\s+guvernement)\b",
    re.I,
)
# "it fought there some 300 times", "Hæren kæmpede der mod oprørere": the place named last, unless "there" only
# opens the clause ("there were ...") or Danish "der" is a relative or an expletive ("der var", "som der")
_THERE = re.compile(
    r"(?<![.!?]\s)(?<!^)\bthere\b(?!\s+(?:were|was|is|are|have|has|had|will|would|remain|remained|seem|seemed|"
    r"appear|appeared|exist|existed|followed|came)\b)"
    r"|(?:(?<=\bkæmpede\s)|(?<=\bkæmper\s)|(?<=\bangreb\s)|(?<=\bangriber\s))"
    r"der(?=\s+(?:mod|imod|med|i\s+alt|omkring|cirka|næsten|over|\d))",
    re.I,
)
# A time the sentence names but the checker cannot place: no window is carried over from the claim before.
_UNREAD_TIME = re.compile(r"\b(?:months|weeks|days|måneder|uger|dage|decade|årti)\b", re.I)
# a day named in a claim whose window is one day is that day: "a day that left some fifty dead", "that first day"
_THE_DAY = re.compile(r"(?:a|(?:the\s+)?(?:first|same|very)|første|samme)\s+(?:day|dag)", re.I)
_DIGITS = re.compile(r"(?<![\w.,])\d")  # a number in digits begins (a toll's sides end before the next one)
_WOUNDED = re.compile(r"\b(?:wounded|injured|injuring|wounding|hurt|sårede|såret|kvæstede|kvæstet)\b", re.I)
# "had fallen to around 370 clashes a year" in 2018: a yearly rate over one calendar year is that year's count
_YEARLY = re.compile(r"(?:a|per|each|every|pr\.?|om|hvert)\s+(?:year|året|år)|annually|årligt", re.I)


# the number before as the subject of its move: "Året efter faldt det til cirka 500 sammenstød", "tallet steg til"
_NUMBER_MOVED = re.compile(
    r"\b(?:faldt|steg)\s+(?:det|tallet|antallet)\b|\b(?:det|tallet|antallet)\s+(?:faldt|steg)\b|"
    r"\b(?:it|the\s+number|the\s+figure)\s+(?:fell|rose|dropped|climbed)\b",
    re.I,
)
_OWN_OTHER_SIDE = re.compile(r"\s+in\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:with|against)\s", re.I)


# a bare question about one side, opening a thread's post or answering one: "Rebels?", "5/ And the Kurds?", "What
# about the regime?", "Og oprørerne?"; the next sentence with a claim answers it
_ASKED = re.compile(
    r"\s*(?:\d{1,2}/\s*)?(?:(?:and|what\s+about|how\s+about|og|hvad\s+med)\s+)?(?P<side>[^?.!,;:]{2,40}?)\s*\?\s*", re.I
)
# only a share: a count of the answer's actor may be its total ("What about the Kurds? ISIS was in 2,000 clashes")
_ANSWERED = ("share",)
# a question asking whom a side fought ("Q: Who did IS fight most in Syria in 2017?", "Which group did the SDF clash
# with most often?", "Hvem kæmpede IS mest mod i 2017?"): the side asking is the answer's actor, the side the answer
# names ("A: The SDF, in almost half of its clashes") the other side
_WHOM = re.compile(
    r"\s*(?:(?:Q|S|Spørgsmål|Question)\s*:\s*)?(?:who(?:m)?|which\s+(?:group|side|force|enemy|opponent|actor)s?|"
    # "Who was IS mostly fighting in Syria in 2019?": the progressive too
    r"hvem|hvilken\s+(?:gruppe|part|modstander))\s+(?:did|has|had|was|were|is|are|kæmpede|stred|sloges|har)\s+"
    r"(?P<side>[^?]{2,60}?)\s+(?:fight|fought|battle|clash|face|engage|fighting|battling|facing|clashing|kæmpet|kæmpede|"
    r"mod|med|mest)\b[^?]*\?\s*",
    re.I,
)

# a question asking how much two sides fought ("How much of the Raqqa governorate fighting in 2017 was ISIS against
# the SDF?", "How often did the army clash with the rebels in Daraa?", "Hvor mange gange kæmpede IS mod SDF i 2017?"):
# the answer's count ("Nearly all of it: some 960 clashes") is of that dyad, in the place the question names
_HOW_MUCH = re.compile(
    r"\s*(?:(?:Q|S|Spørgsmål|Question)\s*:\s*)?(?:how\s+(?:much|many|often)|hvor\s+(?:meget|mange|ofte))\b[^?]*\?\s*",
    re.I,
)

MAX_CLAIMS = 500  # claims per article; beyond, the rest is reported as not read (docs/claims.md)
MAX_SECONDS = 30.0  # reading stops after this long, also reported: the time is bounded whatever the input


class _Reader:
    """Walks the article once, carrying context (noun -> actor, previous window, last actor) between sentences."""

    def __init__(self, lexicon: Lexicon, as_of: dt.date | None) -> None:
        self.lexicon = lexicon
        self.as_of = as_of
        self.noun_actor: dict[str, str] = {}
        self.claims: list[Claim] = []
        self.last_actor: str | None = None
        self.last_alone = True  # the last subject was named alone, not as one of a list ("ISIS, al-Qaida and ...")
        self.last_place: Entry | None = None  # for "the province" / "provinsen" in a later sentence
        self.last_country: str | None = None  # the country named last, for "in that country" / "i landet"
        self.prev_scope: tuple[str, str | None] | None = None  # the previous sentence's subject and its one country
        self.topic: str | None = None  # the target of a leading "Attacks on civilians ...", for "they were N%"
        self.prev_topic: str | None = None
        self.last_group: str | None = None  # the last organisation named (not a state), for "the group"
        self.last_object: Participant | None = None  # the previous sentence's last side but its subject, for "them"
        self.last_subject: Participant | None = None  # the previous sentence's subject, actor or group, for "they"
        self.lead_time: str | None = None  # a window named only in a leading "After ...," clause of this sentence
        self.asked: Participant | None = None  # the side a bare question asked about ("Rebels?"), for its answer
        self.asking: Participant | None = None  # the side a question asks whom it fought ("Who did IS fight ...?")
        # the dyad and place a question asks how much they fought ("How much ... was ISIS against the SDF?")
        self.how_much: tuple[str, str, str | None] | None = None
        self.states = frozenset(a.name for a in lexicon.registry.actors.values() if a.actor_class == "state")
        self.founded: dict[str, dt.date] = {}  # actors whose founding the text dates (claims/founding.py)
        self.truncated = False
        self.deadline = time.monotonic() + MAX_SECONDS

    def paragraph(self, text: str, offset: int, lang: str) -> None:
        previous_window: Window | None = None
        previous: Claim | None = None
        self.prev_scope = None
        self.prev_topic = None
        self.asked = None
        self.how_much = None
        first = len(self.claims)
        self.asking = None
        for s, e in split_sentences(text, offset):
            for sentence, start in pieces(text[s - offset : e - offset].rstrip(), s):
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
        self._dates_as_context(first)

    def _dates_as_context(self, first: int) -> None:
        """A date listed as no event data in a paragraph that goes on to claims about events is their background ("The
        SDF was formed in October 2015. In 2016 they fought ISIS in four engagements of five"), not a figure of its
        own: dropped, the paragraph's claims numbered again. A date standing alone stays listed."""
        mine = self.claims[first:]
        if not any(c.kind != "not_event_data" for c in mine):
            return
        kept = [c for c in mine if not (c.kind == "not_event_data" and c.measure == DATE)]
        for number, claim in enumerate(kept, start=first + 1):
            claim.id = f"c{number}"
        self.claims[first:] = kept

    def sentence(
        self, sentence: str, offset: int, lang: str, prev_window: Window | None, previous: Claim | None
    ) -> tuple[list[Claim], Window | None]:
        self.lead_time = None
        mentions = self.lexicon.capitals_acting(
            sentence, self._province_references(sentence, self.lexicon.mentions(sentence))
        )
        parts = participants(self.lexicon, sentence, mentions)
        resolve_references(
            parts, self.last_actor, self.states, self.last_group, sentence, self.last_object, self.last_subject
        )
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
        sides = [p for p in parts if p.kind in ("actor", "group") and p.label]
        whom = _WHOM.fullmatch(sentence)
        asking = [p for p in sides if whom and whom.start("side") <= p.start and p.end <= whom.end("side")]
        if whom and len(asking) == 1:
            self.asking = asking[0]  # "Q: Who did IS fight most ...?": IS asks, the answer names its other side
        elif claims and self.asking is not None:
            for claim in claims:  # "A: The SDF, in almost half of its clashes": IS's share, the SDF its other side
                if (
                    claim.kind in _ANSWERED
                    and claim.actor
                    and claim.actor != self.asking.label
                    and not claim.counterpart
                ):
                    claim.actor, claim.counterpart = self.asking.label, claim.actor
            self.asking = None
        if _ASKED.fullmatch(sentence) and len(sides) == 1 and _ASKED.fullmatch(sentence)["side"] == sides[0].text:
            self.asked = sides[0]  # "Rebels? Barely register. Something like 2% of IS fighting ...": the side asked
        elif claims and self.asked is not None:
            for claim in claims:  # the answer's claims with an actor and no other side: the side asked about is it
                if claim.kind in _ANSWERED and claim.actor and not claim.counterpart:
                    claim.counterpart = claim.counterpart or (
                        self.asked.label if claim.actor != self.asked.label else None
                    )
            self.asked = None
        if _HOW_MUCH.fullmatch(sentence) and not claims:
            self.how_much = self._dyad_asked(sides, mentions)
        elif claims and self.how_much is not None:
            actor, other, place = self.how_much
            for claim in claims:  # "Nearly all of it: some 960 clashes": the count of the dyad asked about
                if claim.kind == "count" and not claim.counterpart and claim.actor in (None, actor):
                    claim.actor, claim.counterpart, claim.place = actor, other, claim.place or place
                # "Hvor meget kæmpede IS mod Assad i 2015? Svar: I godt halvdelen af gruppens kampe": the share of
                # the asked actor's events that were against the side asked about
                elif claim.kind == "share" and not claim.counterpart and claim.actor in (None, actor) and other:
                    claim.actor, claim.counterpart = actor, other
            self.how_much = None
        for claim in claims:  # "X emerged in January 2017. In its first year it fought ...": from its founding
            from_founding(claim, self.founded.get(claim.actor or ""))
        self.founded |= founded(self.lexicon.registry, sentence, parts, window)
        self.prev_topic = here
        if subject is not None:  # the next sentence's "the group", "it": this sentence's subject
            self.last_actor = subject.label
            # "ISIS, al-Qa'ida, and their affiliates have proven resilient", "ISIS and the army clashed": one of
            # several, so a later figure naming no side is not that actor's alone
            after = [p for p in parts if p.start >= subject.end and p.kind in ("actor", "group")]
            self.last_alone = not (after and _LISTED.fullmatch(sentence[subject.end : after[0].start]))
        # the next sentence's "them": this sentence's last side other than its subject
        objects = [
            p for p in parts if p.kind in ("actor", "group") and p.label and p.label != (subject and subject.label)
        ]
        self.last_object = objects[-1] if objects else None
        self.last_subject = next((p for p in parts if p.kind in ("actor", "group") and not p.marked), None)
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
        lands = [m.entry.country for m in mentions if m.entry.kind == "country" and m.entry.country]
        if lands:
            self.last_country = lands[-1]
        return claims, found_window

    @staticmethod
    def _dyad_asked(sides: list[Participant], mentions: list[Mention]) -> tuple[str, str, str | None] | None:
        """The question's two sides (its subject, then the side marked 'against'/'with') and the one place it names."""
        actor = next((p for p in sides if not p.marked), None)
        other = next((p for p in sides if p.marked and actor is not None and p.label != actor.label), None)
        if actor is None or other is None or actor.label is None or other.label is None:
            return None
        places = {m.entry.label for m in mentions if m.entry.kind == "place"}
        return actor.label, other.label, places.pop() if len(places) == 1 else None

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

    def _province_references(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """'the province', 'provinsen': the governorate of the place named last (this sentence first)."""
        out = list(mentions)
        for ref in _THERE.finditer(sentence):
            before = [m for m in mentions if m.entry.kind == "place" and m.end <= ref.start()]
            entry = before[-1].entry if before else self.last_place
            if entry is not None:
                out.append(Mention(ref.start(), ref.end(), ref.group(0), entry))
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
        figures = lethal(sentence, negated(sentence, restated(sentence, find_figures(sentence, blocked, lang))))
        absence = find_absence(sentence, bool(figures))
        declared = declared_day(sentence) if not figures and not absence else None
        if not figures and not absence and declared is None:
            return [], found_window
        window_note = None
        if window is None and prev_window is not None and not _UNREAD_TIME.search(sentence):
            window, window_note = prev_window, note("note_carried_over")
        claims: list[Claim] = []
        own_spans: list[tuple[int, int]] = []
        base: Figure | None = None
        places = [m for m in mentions if m.entry.kind == "place"]

        def new(kind: str, fig_text: str, start: int, end: int, own: Window | None = None, **fields: object) -> Claim:
            if own is None and (own := clause_own_year(sentence, start, end, window)) is not None:
                own_spans.extend(own.spans)  # "half in 2019, compared with a tenth in 2017": each figure its year
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

        if declared is not None:  # "Kalifatet blev udråbt den 29. juni 2014": the day, listed as no event data
            start, end, year = declared
            new("not_event_data", sentence[start:end], start, end, value=float(year), measure=DATE)
            return claims, found_window
        first_place = places[0].entry.label if places else None
        country_hint = sentence_country(self.lexicon, sentence, mentions, first_place, None)
        if country_hint is None and previous is not None:
            country_hint = previous.country
        if country_hint is None:  # "Government forces and the SDF": the state of the other side's home country
            homes = [
                self.lexicon.registry.actors[p.key].country
                for p in parts
                if p.kind == "actor" and p.key in self.lexicon.registry.actors
            ]
            country_hint = next((c for c in homes if c), None)
        own_time = found_window is not None and bool(found_window.spans)
        for fig in figures:
            if later_share(sentence, fig, previous, mentions, own_time) and not_about_events(sentence, fig):
                same = {k: getattr(previous, k) for k in ("actor", "counterpart", "country", "place", "measure")}
                new("share", fig.text, fig.start, fig.end, value=fig.value, operator=fig.op, upper=fig.high, **same)
                continue
            if (where := of_previous_count(sentence, fig, previous, mentions)) is not None:
                same = {k: getattr(previous, k) for k in ("actor", "counterpart", "measure")}
                fields = {"value": fig.value, "operator": fig.op, "upper": fig.high, "country": where.entry.country}
                new("concentration", fig.text, fig.start, fig.end, place=where.entry.label, **fields, **same)
                continue
            if set_aside(sentence, fig, mentions, new):
                continue
            of_counted, in_place = of_count(sentence, fig, base, places, previous)
            if not_of_events(sentence, fig, of_counted, bool(parts)):
                continue
            noun = noun_of(sentence, fig)
            measure = measure_of(sentence, fig, noun)
            if fig.kind == "count" and not measure and previous is not None:
                measure = previous.measure  # "Året efter faldt tallet til 1.000": the number of the claim before
            # the wounded of the same attack do not end the toll's part ("killed 30 and wounded 50 in fighting between")
            later = [f for f in figures if f.start > fig.start and not (fig.kind == "deaths" and f.noun == WOUNDED)]
            stop = later[0].start if later else len(sentence)
            if fig.kind == "deaths":  # "15,000 died in fighting involving ISIS - a fraction of the 40,000 killed in
                # the regime's war with the rebels": a later number, a figure or not, has its own sides
                stop = min(stop, _next_number(sentence, fig.end, blocked))
                within = PEOPLE_WITHIN.search(sentence, fig.end)  # ", almost half of them civilians": who died
                stop = min(stop, within.start()) if within else stop
            if absence and fig.kind == "count" and fig.end <= absence.start() < stop:
                stop = absence.start()  # "170 kampe – og ikke én eneste af dem mod regimet": that side is the absence's
            key = noun_key(measure)
            actor, counterpart, counter_part = figure_sides(
                self, sentence, fig, figures, parts, noun, key, stop, country_hint, previous, in_place
            )
            if counterpart is None and (elided := elided_side(sentence, fig, figures, parts, claims)) is not None:
                # "the Kurds were on the other side of about half of IS's clashes, the regime only about a third"
                actor, counterpart, counter_part = actor or claims[-1].actor, elided.label, elided
            again = fig.kind == "count" and previous is not None and previous.kind == "count"
            again = again and (not fig.noun or bool(_NUMBER_MOVED.search(sentence, 0, fig.start)))
            if again and not any(m.entry.kind in ("actor", "group") for m in mentions):
                # "SDF kæmpede 500 gange mod IS i 2018. Året efter faldt tallet til 270": the count before again,
                # with its sides (the pronoun names only its actor)
                actor, counterpart = actor or previous.actor, previous.counterpart  # type: ignore[union-attr]
            # a count's place is in its own part: "455 engagements in Syria, two-thirds of them in Deir ez-Zor"
            place = place_of(sentence, [m for m in places if m.start < stop] if fig.kind == "count" else places, fig)
            if fig.kind == "share":  # ", mens kun 7 procent var mod IS": not the place the concentration before names
                taken = {c.place for c in claims if c.kind == "concentration" and c.place}
                place = contrast_place(sentence, places, fig, place, taken)
            # "between X and Y" after a later number is that number's ("... a fraction of the 30,000 killed in the
            # war between the regime and the rebels")
            pair = between(sentence[:stop], [m for m in mentions if m.end <= stop])
            # "..., and 8,800 in its fights with the SDF": a toll whose own part names its other side keeps it
            own_side = _OWN_OTHER_SIDE.match(sentence, fig.end, stop)
            if own_side and any(
                own_side.end() <= m.start < stop and m.entry.kind in ("actor", "group") for m in mentions
            ):
                pair = None
            # "The fighting between HTS and Hezbollah spilled into Lebanon: about 220 were killed in HTS-related
            # events": a pair before a colon is its own clause's; the toll's clause after it names the side it counts
            clause = own_clause_start(sentence, fig.start)
            paired = re.search(r"\b(?:between|mellem)\s", sentence, re.I)
            if pair and paired and paired.start() < clause:
                own = [m for m in mentions if clause <= m.start < stop and m.entry.kind in ("actor", "group")]
                pair = None if own else pair
            if fig.kind == "deaths" and pair:
                actor, counterpart = pair
            country, home_note = claim_country(
                self.lexicon,
                sentence,
                mentions,
                place,
                actor,
                counterpart,
                counter_part,
                previous,
                self.prev_scope,
                self.last_country,
            )
            common = {
                "actor": actor,
                "place": place,
                "country": country,
                "measure": measure,
                "operator": fig.op,
                "upper": fig.high,
            }
            side = counter_part.start if counter_part is not None else None
            base = add_claim(
                self.lexicon, new, sentence, fig, base, claims, window, own_spans, places, counterpart, common, side
            )
            if home_note and claims:
                claims[-1].notes.append(home_note)
            if actor and measure:
                self.noun_actor.setdefault(key or "", actor)
        about_the_same(sentence, offset, claims, places, parts, new)
        elided = elided_counts(sentence, offset, lang, claims, mentions, new)
        elided += elided_concentrations(sentence, offset, claims, mentions)
        each_unread = each_side(sentence, offset, claims, parts, new)
        covered = any(c.span and c.span[0] <= offset + absence.start() < c.span[1] for c in claims) if absence else True
        if absence and not covered:
            add_absence(self.lexicon, sentence, absence, parts, mentions, country_hint, new)
        used = blocked + own_spans + [(f.start, f.end) for f in figures] + elided
        # a place another claim of the sentence reads ("455 engagements, two-thirds of them in Deir ez-Zor") is read
        used += [(m.start, m.end) for m in places if any(c.place == m.entry.label for c in claims)]
        # "engagements between regime forces and the group" with no group named before: the claim has lost a side
        orphans = [p for p in parts if p.kind == "reference" and p.label is None and ORGANISATION.match(p.text)]
        for claim in claims:
            if claim.kind != "not_event_data":
                self._mark_unread(claim, sentence, mentions, used, offset)
                for one in (p for p in parts if p.sharing):  # "Iraqi and Syrian government forces": both, or neither
                    read, (label, words) = {claim.actor, claim.counterpart}, one.sharing
                    if (one.label in read) != (label in read):
                        claim.unread.append(one.text if one.label not in read else words)
                at = claim.span[0] - offset if claim.span else 0
                # a count's own part ends at the next figure: "close to 1,500 engagements, more than nine in ten of
                # them against the jihadists" (the jihadists are the share's side, not the count's)
                stop = next((f.start for f in figures if f.start > at), len(sentence))
                own_orphans = [
                    p.text
                    for p in orphans
                    if (claim.kind != "count" or p.start < stop)
                    and not _remark_after(sentence, claim, offset, p, figures)
                    # "Raqqa-provinsen, hvor gruppen havde sin hovedstad, lagde navn til ...": a reference in a side
                    # clause is that clause's, never a side the claim with its actor lost (with none, the article's
                    # context may still name it)
                    and not (claim.actor and in_side(sentence, p.start, own=at))
                ]
                if own_orphans and not (claim.actor and claim.counterpart):
                    claim.unread += own_orphans
                both = _TWO_SIDES.search(sentence)
                if both and claim.kind in ("count", "share", "absence") and not claim.counterpart:
                    # "as the SDF closed in on Baghuz, the two sides clashed 150 times": one side read, the other
                    # not: never the actor's events against everyone
                    claim.unread.append(both.group(0))
            if each_unread and each_unread[0] is claim:
                claim.unread.append(each_unread[1])
            at = claim.span[0] - offset if claim.span else 0
            means = means_before(sentence, at) if claim.kind in ("count", "share", "concentration") else None
            if means:  # "Barrel bombs were used in more than 1,000 regime attacks": the data records no means
                claim.unread.append(means)
                claim.actor = claim.actor or means_owner(self.lexicon, sentence, at)  # "Russian airstrikes"
        return claims, found_window

    def _mark_unread(
        self, claim: Claim, sentence: str, mentions: list[Mention], used: list[tuple[int, int]], offset: int
    ) -> None:
        """The time and place words the claim's reading left unused (unread.py): no verdict on a guessed scope."""
        entry = self.lexicon.lookup(claim.place) if claim.place else None
        admin1 = entry.admin1 if entry is not None else None
        named = [(m.start, m.end) for m in mentions if claim.place and m.entry.label == claim.place]
        names = [(m.start, m.end) for m in mentions if names_event(sentence, m)]
        places = [m for m in mentions if m.entry.kind == "place"]
        glossed = [m for m in places if (g := bracket_gloss(sentence, m, places)) and g.entry.label == claim.place]
        names += [(m.start, m.end) for m in glossed]  # "Damaskus-forstæderne (Rif Dimashq)": read as the gloss
        # "Turkey's own army appears in ... Syrian events": the country is the acting state, no scope left unread
        sides = {claim.actor, claim.counterpart} - {None}
        states = self.lexicon.registry.actors
        names += [
            (m.start, m.end)
            for m in mentions
            if m.entry.kind == "country"
            and getattr(states.get(state_id(m.entry.country or "")), "name", None) in sides
            and not located(sentence, m.start, near=False)
        ]
        claim.unread = (
            ([self.lead_time] if self.lead_time else [])
            + unread_time(sentence, used, claim.span[0] - offset if claim.span else None)
            + unread_place(sentence, mentions, admin1, claim.country, used + named + names)
        )
        again = months_again(sentence, claim.start, claim.end)  # "..., April to June, ...": the window said again
        claim.unread = [w for w in claim.unread if w not in again]
        if claim.kind == "count" and one_calendar_year(claim.start, claim.end):
            claim.unread = [w for w in claim.unread if not _YEARLY.fullmatch(w)]
        if claim.start is not None and claim.start == claim.end:  # "suffered a day that left", "on that first day"
            claim.unread = [w for w in claim.unread if not _THE_DAY.fullmatch(w)]
        neighbour = _NEIGHBOUR.search(sentence)
        if neighbour and not any(m.entry.kind == "country" and m.entry.country == claim.country for m in mentions):
            claim.unread.append(neighbour.group(0))  # "i nabolandet": a country named elsewhere, not the actor's home
        if claim.actor and claim.counterpart:  # "Regimet og Rusland kæmpede mod oprørerne": one of two actors read
            # "HTS og regeringshæren kæmpede aldrig mod hinanden": the state's forces read as that state are the
            # counterpart itself, not a second actor beside HTS
            claim.unread += [
                p.text
                for p in co_actors(sentence, mentions, claim)
                if not (p.entry.key == "state" and claim.counterpart in self.states)
            ]
        for side in (claim.actor, claim.counterpart):
            found = self.lexicon.lookup(side) if side and claim.country is None else None
            if found is not None and found.kind == "group" and found.key == "state":
                if side == claim.counterpart and claim.actor and claim.actor not in self.states:
                    continue  # "IS' kampe mod hæren": every state the actor fought, the class; verify.py asks where
                claim.unread.append(side)  # "government forces" acting with no country named: which state's?


# a clause break after which the sentence remarks on the claim: "... of IS's Syrian clashes - the war with the group
# was really an eastern affair"
_REMARK = re.compile(r"\s[-–—]\s|;\s")


def _remark_after(sentence: str, claim: Claim, offset: int, side: Participant, figures: list[Figure]) -> bool:
    """True when the side stands in a remark after the claim's figure (after a dash or semicolon) that holds no figure
    of its own: not a side the claim leaves unread."""
    end = claim.span[1] - offset if claim.span else len(sentence)
    remark = _REMARK.search(sentence, end, side.start)
    if remark is not None and remark[0].strip() != ";" and claim.span:
        # "Hundreds of clashes – about 470 – pitted the jihadists against the SDF": the dash closes an aside opened
        # just before the figure, and the clause goes on
        start = claim.span[0] - offset
        opened = list(_REMARK.finditer(sentence, max(0, start - 40), start))
        if opened and opened[-1][0].strip() != ";" and len(sentence[opened[-1].end() : start].split()) <= 3:
            remark = _REMARK.search(sentence, remark.end(), side.start)
    return remark is not None and not any(f.start >= remark.end() for f in figures)


def _next_number(sentence: str, after: int, blocked: list[tuple[int, int]]) -> int:
    """Where the next number in digits after `after` starts, outside dates (`blocked`) and not the wounded of the same
    attack ('killed 12 and wounded 20 Kurds'); the sentence's end if none."""
    for m in _DIGITS.finditer(sentence, after):
        wounded = _WOUNDED.search(sentence[max(after, m.start() - 25) : m.start() + 40])
        if not wounded and not any(s <= m.start() < e for s, e in blocked):
            return m.start()
    return len(sentence)


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
