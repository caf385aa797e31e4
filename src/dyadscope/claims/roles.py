"""Who is the actor and who the counterpart of a figure: a small grammar over the tagged mentions.

Rules, tried in order (docs/claims.md):
1. the owner of the measured noun is the actor: "ISIS's battles", "IS clashes", "regimets kampe",
   "the fighting the Islamic State was involved in", "clashes involving IS", "its engagements";
2. the counterpart is a participant right after a counterpart word ("against", "with", "fought",
   "mod", "over for", "rettet mod"), else, when the owner was found, the other participant of the clause
   ("Kurdish fighters were IS's opponent in ...", "Civilians were the target of 7% of IS violence");
3. with no owner, the first participant is the actor and the next one the counterpart.
References ("its", "the group", "gruppens", "sine") are resolved by a small coreference step: reflexive
and subject pronouns ("its", "sine", "their") to the clause's first participant, "the group" / "gruppen"
to the most recent actor named before them, and to the previous sentence's actor when none is.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope import recache as re
from dyadscope.actors.registry import state_id
from dyadscope.claims.clauses import LEAD, own_clause_start, place_word_before
from dyadscope.claims.figure_patterns import EVENT_NOUNS
from dyadscope.claims.resolve import Lexicon, Mention, nationalities
from dyadscope.claims.verbs import FIGHT_DA_OBJECT, FIGHT_OBJECT

_SAW = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:seen|saw|witnessed|experienced|hosted|oplevede|har\s+oplevet|så)\b", re.I
)
# Danish "den" is an article before a noun, and a pronoun before a number or the end: "kæmpede mod den 1.345 gange"
_NEAR = (
    r"mod|med|i|over|cirka|omkring|næsten|knap|kun|især|primært|mest|også|stadig|blot|hovedsageligt|oftest|mere|flere|"
    r"færre|mindst|godt|lidt"
)
PRONOUN = re.compile(
    rf"\b(?:its|their|it|they|them|sine|sin|sit|dens|dets|deres|de\s+selv|den(?=\s*(?:\d|[.,;:]|$)|\s+(?:{_NEAR})\b))\b",
    re.I,
)
# Danish "de" is a pronoun after a finite verb when no adjective or noun follows ("var de IS' modstander", "kæmpede
# de mod IS"), and "De" opening a sentence before its verb
_DA_VERB = r"var|er|blev|stod|kæmpede|udkæmpede|havde|har|angreb|mødte|tegnede"
# "Det år kæmpede det mod oprørere": "det" after a finite verb and before a preposition is the subject pronoun
_DA_THEY = re.compile(
    rf"\b(?:{_DA_VERB})\s+(?P<de>de)(?=\s+(?:[A-ZÆØÅ\d]|(?i:{_NEAR}|modstander(?:e|en|ne)?)\b))|^(?P<De>De)(?=\s+(?:{_DA_VERB})\b)"
    rf"|\b(?i:{_DA_VERB})\s+(?P<det>det)(?=\s+(?i:{_NEAR}|for)\b)"
)
# "I 2020 angreb IS-celler SDF": after a fronted time or place the Danish verb comes before its subject, so the side
# right after "angreb"/"bekæmpede"/"ramte" acts and the side after that is its object
_FRONTED_VERB = re.compile(
    rf"^\s*(?:(?:i|in|samme|sidste|det|om|under|efter|siden)\s+[^,.;:]{{0,40}}?\s+)(?:{FIGHT_DA_OBJECT})\s+$", re.I
)


def _inverted(sentence: str, parts: list[Participant]) -> None:
    """Turn the marks of a Danish inverted clause: the subject after a fronted verb, its object after it."""
    sides = [p for p in parts if p.kind in ("actor", "group")]
    if len(sides) < 2 or not sides[0].marked or sides[1].marked:
        return
    if _FRONTED_VERB.match(sentence[: sides[0].start]) and re.fullmatch(
        r"\s+", sentence[sides[0].end : sides[1].start]
    ):
        sides[0].marked, sides[1].marked = False, True
        sides[0].turned = sides[1].turned = True


_AND = re.compile(r"\s*(?:,|and|og|or|eller|samt)\s*", re.I)
# a country after a side and a comma in a label's year before its colon: "IS, Syria 2017: ...", "SDF, Syria, 2018 -"
# (where, not a second side)
_LABEL_COUNTRY = re.compile(r",?\s+(?:19|20)\d\d(?:\s+[\w-]+)?\s*(?::|\s[-–—]\s)")
_DAY_OF_MONTH = re.compile(
    r"\s+\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b", re.I
)
_GOVERNED_BY = re.compile(r"(?i:styret)\s+(?:af|fra|med)\b")
# an English plural group noun, not a genitive: "Kurdish militias", "rebel factions", not "the army's"
_PLURAL = re.compile(r"(?<!['’])(?:s|ies)$", re.I)
_SUBJECT_PRONOUNS = {"its", "their", "sine", "sin", "sit", "deres", "they"}
_MARKER = re.compile(
    rf"\b(?:against|versus|vs\.?|with|on|targeting|targeted|target(?:s)?|{FIGHT_OBJECT}|fighting|"
    # "er registreret for at angribe civile", "to attack civilians": the participle or infinitive names the other side
    r"attacking|angribe|angriber|"
    r"faced|confronted|pitted\s+(?:\w+\s+)?against|involving|involved|involverede|aimed\s+at|directed\s+at|"
    r"opposed\s+by|mod|med|over\s+for|rettet\s+mod|rettede\s+sig\s+mod|på)\s+(?:the\s+|de\s+|den\s+|det\s+)?"
    # "with the Kurdish-led SDF", "against the US-backed alliance": a backer or leader named before the side
    r"(?:[\w]+-(?:led|backed|dominated|allied|run)\s+|President\s+|præsident\s+)?$",
    re.I,
)
_NOT_A_SIDE = re.compile(
    r"\b(?:not|ikke|rather\s+than|instead\s+of|i\s+stedet\s+for|snarere\s+end|frem\s+for|alongside|together\s+with|"
    r"with\s+the\s+help\s+of|backed\s+by|supported\s+by|side\s+om\s+side\s+med|sammen\s+med|med\s+hjælp\s+fra|"
    r"støttet\s+af|other\s+than|except(?:\s+for)?|excluding|apart\s+from|aside\s+from|bortset\s+fra|undtagen|"
    r"med\s+undtagelse\s+af)\s+(?:the\s+|de\s+|den\s+|det\s+)?$",
    re.I,
)
# "after Turkey's incursion", "efter Tyrkiets invasion", "since the regime's offensive": the owner of an event that
# dates the claim is not one of its sides (also with no comma to close the phrase, as Danish writes it)
_DATING_EVENT_BEFORE = re.compile(
    r"\b(?:after|following|since|before|until|ahead\s+of|in\s+the\s+wake\s+of|efter|siden|før|inden|indtil|forud\s+for|"
    r"i\s+kølvandet\s+på|op\s+til)\s+(?:the\s+)?$",
    re.I,
)
_DATING_EVENT_AFTER = re.compile(
    r"^(?:['’]s?|s)?\s+(?:[\w-]+\s+)?(?:incursion|invasion|offensive|intervention|campaign|assault|operation|withdrawal|"
    r"pullout|entry|arrival|defeat|fall|capture|takeover|retreat|collapse|indtog|invasion|offensiv|offensiven|"
    r"intervention|operation|tilbagetrækning|fald|nederlag|erobring|kollaps|tilbagetog)\b",
    re.I,
)
_CLASHED_WITH = re.compile(r"\bstød\w*\s+(?:[\w-]+\s+){0,4}?sammen\s+med\s+(?:de\s+|den\s+|det\s+)?$", re.I)
_EXAMPLE = re.compile(
    r"^\s*(?:,|-|–|\()\s*(?:(?:including|such\s+as|among\s+them|notably|herunder|bl\.\s*a\.|blandt\s+andet|blandt\s+andre|"
    # "oprørsgrupperne - medregnet koalitionerne med al-Nusra -": counted in, so an example of the group
    r"som\s+f\.\s*eks\.|eksempelvis|medregnet|iberegnet|inklusive?|inkl\.|counting)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:such\s+as\s+|like\s+|som\s+)?|"
    # "the jihadists - overwhelmingly ISIS -", "jihadisterne, især IS": the group's main part, right before its name
    r"(?:overwhelmingly|mostly|mainly|largely|chiefly|primarily|predominantly|especially|overvejende|hovedsageligt|"
    r"primært|især|navnlig|fortrinsvis)\s+)(?:the\s+)?$",
    re.I,
)
# "Kurdish militants (PKK)", "kurdiske militante (PKK)": the named group glossed in brackets is an example of it
_GLOSS = re.compile(r"\s*\(\s*")
# A group's other name in apposition, by a word of its time, each word written once: the actor's own former name
# (_FORMER_NAME: "Jabhat Fateh al-Sham, the former al-Nusra Front, fought ...", "HTS (formerly Nusra)", "JFS, den
# tidligere al-Nusra-front,": one actor, no other side), or in brackets its name at another time (_THEN_NAMED: "the
# YPG (pre-SDF)", "SDF (tidligere YPG)": two actors of one class are their class, one lineage stays one actor).
# Danish "tidligere" is both, so a bracketed "(tidligere YPG)" is read as _THEN_NAMED reads it, and English
# "(formerly YPG)" as _FORMER_NAME does.
_FORMERLY = r"former(?:ly)?|previously|erstwhile|forhenværende"
_AT_ANOTHER_TIME = r"pre|post|later|now|then|before\s+the|after\s+the|før|efter|senere|nu|siden"
_EARLIER = r"tidligere"
_FORMER_NAME = re.compile(
    rf"\s*[,(–—]\s*(?:the\s+|den\s+|det\s+)?(?:{_FORMERLY}|{_EARLIER})\s+"
    r"(?:known\s+as\s+|called\s+|kendt\s+som\s+)?(?:the\s+)?",
    re.I,
)
# "the ISIS stronghold of Raqqa", "IS-held Mosul", "IS' højborg": a description of a place, not a side of its events
_GROUP_OF = re.compile(r"\s+(?:of|from|fra|i)\s+(?:the\s+)?", re.I)
# (and "attacks on regime areas", "rebel territory", "regimets områder": the places a side holds)
_PLACE_OF = re.compile(
    r"^(?:['’]s?)?(?:\s+|-)(?:stronghold|held|controlled|heartland|højborg|kontrollerede|areas|territory|territories|"
    r"områder)\b",
    re.I,
)
# between an owner and its noun: "ISIS's own battles", "Islamic State's Syrian engagements", "IS' syriske kampe"
_OWNER_GAP = re.compile(
    r"^(?:['’]s?|s)?\s*(?:own\s+|total\s+|recorded\s+|registrerede\s+|samlede\s+|egne\s+)?"
    r"(?:(?-i:[A-Z][a-z]+(?:n|i|ish))\s+|[a-zæøå]+iske\s+)?$",
    re.I,
)
_OPPONENT = re.compile(
    # "IS' vigtigste modstander", "ISIS's most important opponent"
    r"['’]?s?\s+(?:main\s+|chief\s+|principal\s+|primary\s+|largest\s+|biggest\s+|most\s+(?:frequent|important)\s+|"
    r"vigtigste\s+|største\s+|primære\s+|hyppigste\s+|væsentligste\s+)?(?:opponents?|adversary|"
    r"adversaries|enem(?:y|ies)|foes?|counterparts?|modstandere?|(?:hoved)?fjender?|hovedmodstandere?|"
    r"(?:hoved)?modpart(?:en|er)?)\b",
    re.I,
)
# "a minor counterpart for ISIS", "the main enemy of the regime", "IS' modstander" written after: the one opposed
_OPPONENT_OF = re.compile(
    r"\b(?:opponents?|adversar(?:y|ies)|enem(?:y|ies)|foes?|counterparts?|modstandere?|(?:hoved)?fjender?|"
    r"(?:hoved)?modpart(?:en|er)?)\s+(?:for|of|to|til|for|af)\s+(?:the\s+)?$",
    re.I,
)
# "kampe, som IS udkæmpede"; "voldshændelser, hvor den syriske regering var part" (the events the side was party to);
# "the events the SDF was involved in" (no comma before "the")
_OWNER_AFTER = re.compile(r"^(?:,?\s+(?:(?:that|which|som|hvor|hvori|i\s+hvilke)\s+)?|\s+(?:that\s+)?the\s+)$", re.I)
_OWNER_VERB = re.compile(
    r"^\s+(?:was|were|had|has|have|did|fought|waged|carried|led|launched|mounted|conducted|var|har|havde|kæmpede|"
    r"udkæmpede|deltog|gennemførte|førte)\b",
    re.I,
)
_OWNER_PREP = re.compile(r"^\s+(?:by|of|from|involving|fra|af|med\s+deltagelse\s+af)\s+(?:the\s+)?$", re.I)
# a clause of its own after the comma, with its own sides: "..., while ...", "..., idet regimets styrker kun var
# modpart i ..." (a causal clause: "since", "because", "fordi", "eftersom")
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:as|while|when|whereas|but|because|mens|da|men|hvor|which|som|idet|fordi|eftersom)\b", re.I
)

# the counted noun's place before its relative clause ("kampe i Syrien, hvor ..."), and a relative clause that says
# who took part ("hvor Islamisk Stat var part", "in which ISIS was involved")
_PLACE_GAP = re.compile(r"\s+(?:i|in)\s+(?:the\s+)?(?-i:[A-ZÆØÅ])[\w'’-]+(?:\s+(?:province|provinsen))?", re.I)
_TOOK_PART = re.compile(
    r"\s+[^,;:.]{1,40}?\b(?:var|er|har\s+været|was|were|is)\s+(?:en\s+|a\s+)?(?:part|party|involveret|involved)\b"
    r"|\s+[^,;:.]{1,40}?\b(?:deltog|took\s+part)\b",
    re.I,
)


@dataclass
class Participant:
    """A mention that can take part in events: an actor, a class group, a state named by its country, a reference."""

    start: int
    end: int
    text: str
    label: str | None  # canonical actor name, or the group phrase as written; None for an unresolved reference
    kind: str  # actor | group | reference
    key: str | None = None
    marked: bool = False  # right after a counterpart word ("with Turkish troops"): not the clause's subject
    examples: tuple[str, ...] = ()  # actors named as examples of a group ("rebels, including Jabhat al-Nusra")
    # "Turkish" in "Turkish and Syrian government troops": the label and words of the side it shares a noun with
    sharing: tuple[str | None, str] | None = None
    turned: bool = False  # "I 2020 angreb IS SDF": marked by word order (_inverted), not by the word before it


def participants(lexicon: Lexicon, sentence: str, mentions: list[Mention]) -> list[Participant]:
    """Mentions that can be an actor or counterpart, in order, with pronouns added as references."""
    out: list[Participant] = []
    place_end = -1  # the end of the last country read as a place: "i Syrien og Irak", "in Syria and Iraq" are both
    for m in mentions:
        kind = m.entry.kind
        if kind == "country" and (
            place_word_before(sentence, m.start)
            or _AND.fullmatch(sentence[place_end : m.start] if place_end >= 0 else "-")
            or (_LABEL_COUNTRY.match(sentence, m.end) and sentence[: m.start].rstrip().endswith(","))
        ):
            place_end = m.end
            continue
        if kind == "actor" and _GOVERNED_BY.match(sentence[m.start :]):
            continue  # "kontrolleret og styret af IS": the participle, not the regime
        if kind in ("actor", "group"):
            label = m.entry.label if kind == "actor" else m.text
            out.append(Participant(m.start, m.end, m.text, label, kind, m.entry.key))
        elif kind == "reference":
            out.append(Participant(m.start, m.end, m.text, None, "reference"))
        elif kind == "country" and not _SAW.match(sentence[m.end :]):
            state = (
                lexicon.registry.actors.get(state_id(m.entry.country or ""))
                or lexicon.registry.find_or_none(m.text.rstrip("'’s"))
                or lexicon.registry.find_or_none(m.text)
            )
            if state is not None and state.actor_class == "state":
                out.append(Participant(m.start, m.end, m.text, state.name, "actor", state.id))
    for p in PRONOUN.finditer(sentence):
        if _DAY_OF_MONTH.match(sentence, p.end()):
            continue  # "Den 21. december 2016": the article of a date, no pronoun
        if not any(q.start <= p.start() < q.end for q in out):
            out.append(Participant(p.start(), p.end(), p.group(0), None, "reference"))
    for p in _DA_THEY.finditer(sentence):
        at = next(g for g in ("de", "De", "det") if p[g])
        if not any(q.start <= p.start(at) < q.end for q in out):
            out.append(Participant(p.start(at), p.end(at), p[at], None, "reference"))
    out.sort(key=lambda q: q.start)
    out = _national_fights(lexicon, sentence, mentions, out)
    out = _coordinated_classes(lexicon, sentence, _shared_noun(lexicon, sentence, out))
    out = _with_allies(lexicon, sentence, _class_owners(lexicon, sentence, out))
    out = _two_names_one_side(lexicon, sentence, out)
    for q in out:
        q.marked = bool(_MARKER.search(sentence[max(0, q.start - 30) : q.start]))
    _inverted(sentence, out)
    # "rebel factions, including Jabhat al-Nusra": an example of the group, which stays the side
    kept: list[Participant] = []
    for q in out:
        example = kept and _EXAMPLE.match(sentence[kept[-1].end : q.start])
        if example and kept[-1].kind == "reference" and q.kind == "actor":
            # "the jihadists - overwhelmingly ISIS -": no reference to one group but the class it names, ISIS its part
            words = re.sub(r"^(?:the|de|den|det)\s+", "", kept[-1].text, flags=re.I)
            entries = (lexicon.lookup(w) for w in (words, re.sub(r"(?<=er)ne$", "", words)))  # "jihadisterne"
            entry = next((e for e in entries if e is not None and e.kind == "group"), None)
            if entry is not None:
                ref = kept[-1]
                kept[-1] = Participant(ref.start, ref.end, ref.text, entry.label, "group", entry.key, ref.marked)
        if (
            kept
            and kept[-1].kind == "actor"
            and q.kind == "actor"
            and _FORMER_NAME.fullmatch(sentence[kept[-1].end : q.start])
        ):
            continue
        group = next((g for g in reversed(kept) if g.kind == "group"), None)
        gloss = group is not None and q.kind == "actor" and _GLOSS.fullmatch(sentence[group.end : q.start])
        if group is not None and (gloss or _EXAMPLE.match(sentence[group.end : q.start])):
            group.examples += (q.key or q.label or "",)
            continue
        if (
            kept
            and (kept[-1].kind == "group" or (kept[-1].kind == "reference" and ORGANISATION.match(kept[-1].text)))
            and q.kind == "actor"
            and getattr(lexicon.registry.actors.get(q.key or ""), "actor_class", "state") != "state"
            and _GROUP_OF.fullmatch(sentence[kept[-1].end : q.start])
        ):
            kept[-1] = q  # "the jihadists of the Islamic State", "jihadisterne fra IS": the group is that actor
            continue
        kept.append(q)
    # "the regime, not ISIS, ...", "rather than ISIS", "alongside the regime": neither actor nor counterpart;
    # but "stødte sammen med X" is "clashed with X"; "the ISIS stronghold of Raqqa" describes a place
    kept = [q for q in kept if not _PLACE_OF.match(sentence[q.end : q.end + 20])]
    kept = [
        q
        for q in kept
        if not (
            _DATING_EVENT_BEFORE.search(sentence[max(0, q.start - 24) : q.start])
            and _DATING_EVENT_AFTER.match(sentence[q.end : q.end + 40])
        )
    ]
    return [q for q in kept if not not_a_side(sentence, q.start)]


def not_a_side(text: str, start: int) -> bool:
    """The name at `start` is set apart from the sides: "the regime, not ISIS", "rather than", "alongside", "other
    than" (but "stødte sammen med X" is "clashed with X")."""
    return bool(_NOT_A_SIDE.search(text[max(0, start - 30) : start])) and not _CLASHED_WITH.search(
        text[max(0, start - 60) : start]
    )


_ALLIES = re.compile(
    r"^\s+(?:and|og)\s+(?:(?:its|their|other|de|dens|deres|andre|sine)\s+)?(?:(?P<kin>[\w-]+)\s+)?"
    r"(?:allies|allied\s+\w+|partners|allierede|partnere)\b",
    re.I,
)


_ADJECTIVE_AND = re.compile(r"\b(?P<adj>[\w]+)\s+(?:and|og)\s+$", re.I)


def _shared_noun(lexicon: Lexicon, sentence: str, parts: list[Participant]) -> list[Participant]:
    """'Turkish and Syrian government troops', 'tyrkiske og syriske soldater': the first adjective's state too."""
    states = {adj.lower(): key for key, adjs in nationalities().items() for adj in adjs}
    out = list(parts)
    for p in parts:
        first = p.text.split()[0].lower() if p.text.split() else ""
        if p.kind not in ("actor", "group") or first not in states:
            continue
        before = _ADJECTIVE_AND.search(sentence[max(0, p.start - 30) : p.start])
        key = states.get(before["adj"].lower()) if before else None
        state = lexicon.registry.actors.get(key or "")
        if before is None or state is None or any(q.key == state.id for q in parts):
            continue
        start = p.start - (len(sentence[max(0, p.start - 30) : p.start]) - before.start("adj"))
        adjective = Participant(start, start + len(before["adj"]), before["adj"], state.name, "actor", state.id)
        adjective.sharing = (p.label, p.text)
        out.append(adjective)
    return sorted(out, key=lambda q: q.start)


# a nationality before the fights' noun: "de tyrkiske kampe i Syrien", "antallet af tyrkiske kamphandlinger mod PKK"
_NATIONAL_FIGHTS = re.compile(
    r"\b(?P<adj>[\w-]+)\s+(?:kampe|kampene|kamphandlinger|kamphandlingerne|battles|clashes|engagements)\b", re.I
)


def _national_fights(
    lexicon: Lexicon, sentence: str, mentions: list[Mention], parts: list[Participant]
) -> list[Participant]:
    """'Tre fjerdedele af de tyrkiske kampe i Syrien', 'Turkish clashes with the PKK in Iraq': a nationality before the
    fights is the state that fought them when the sentence names another country, where they were fought; alone
    ('de syriske kampe', 'IS' irakiske kampe') it names where, the state's own country."""
    states = {adj.lower(): key for key, adjs in nationalities().items() for adj in adjs}
    out = list(parts)
    for match in _NATIONAL_FIGHTS.finditer(sentence):
        state = lexicon.registry.actors.get(states.get(match["adj"].lower(), ""))
        if state is None or any(q.start <= match.start("adj") < q.end for q in parts):
            continue
        if any(q.end <= match.start() and _OWNER_GAP.match(sentence[q.end : match.start()]) for q in parts):
            continue  # "IS' syriske kampe": an owner before, the adjective its country
        own = state.id.removeprefix("govt_").upper()
        where = {m.entry.country for m in mentions if m.entry.kind in ("country", "place") and m.entry.country}
        if not where or own in where:
            continue
        out.append(Participant(match.start("adj"), match.end("adj"), match["adj"], state.name, "actor", state.id))
    return sorted(out, key=lambda q: q.start)


_CLASS_OR = re.compile(r"\b(?P<adj>[\w-]+)\s+(?:and|or|og|eller)\s+$", re.I)


def _coordinated_classes(lexicon: Lexicon, sentence: str, parts: list[Participant]) -> list[Participant]:
    """'insurgent or jihadist groups', 'opposition and Islamist factions': two class words sharing one noun are the
    group of both classes (the rebels), never the second class alone."""
    out = list(parts)
    for i, p in enumerate(parts):
        before = _CLASS_OR.search(sentence[max(0, p.start - 30) : p.start]) if p.kind == "group" else None
        if before is None or len(p.text.split()) < 2:
            continue
        this, other = lexicon.lookup(p.text), lexicon.lookup(f"{before['adj']} {p.text.split()[-1]}")
        if this is None or other is None or other.kind != "group" or other.key == this.key:
            continue
        union = set(this.classes) | set(other.classes)
        both = next((e for e in lexicon.index.values() if e.kind == "group" and set(e.classes) == union), None)
        if both is not None and lexicon.lookup(both.label) == both:
            start = p.start - (len(sentence[max(0, p.start - 30) : p.start]) - before.start("adj"))
            out[i] = Participant(start, p.end, sentence[start : p.end], both.label, "group", both.key)
    return out


# "rebel and jihadist engagements", "rebel attacks": class words owning an event noun (English)
_CLASS_OWNER = re.compile(
    rf"\b(?P<adj>(?:[A-Za-z][\w-]*\s+(?:and|or)\s+)?[A-Za-z][\w-]*)\s+(?:{EVENT_NOUNS}|fighting)\b(?!['’])"
)
_NOT_CLASS_WORD = re.compile(
    r"\b(?:armed|other|rival|violent|deadly|major|minor|recorded|all|such|many|some|most)$", re.I
)
_POSSESSED = re.compile(r"(?:['’]s?|\b(?:its|their|his|her|our))\s+$", re.I)  # "its Kurdish clashes": not the owner


def _class_owners(lexicon: Lexicon, sentence: str, parts: list[Participant]) -> list[Participant]:
    """'more than a quarter of rebel and jihadist engagements': the class words are the group owning the events (the
    group the same words name before 'groups')."""
    out = list(parts)
    for m in _CLASS_OWNER.finditer(sentence):
        paired = re.search(r"-(?P<tail>[A-Za-z]+)$", m["adj"])
        if paired and any(p.start < m.start("adj") + paired.start() and m.start("adj") < p.end for p in parts):
            # "regime-rebel clashes": a pair of sides, the first named, the class word after the hyphen the other
            start = m.start("adj") + paired.start("tail")
            group = lexicon.lookup(f"{paired['tail']} groups")
            if group is not None and group.kind == "group" and lexicon.lookup(group.label) == group:
                out.append(Participant(start, m.end("adj"), paired["tail"], group.label, "group", group.key))
            continue
        if any(p.start < m.end("adj") and m.start("adj") < p.end for p in parts) or _POSSESSED.search(
            sentence[max(0, m.start() - 8) : m.start()]
        ):
            continue
        if _NOT_CLASS_WORD.search(m["adj"]):
            continue  # "armed clashes", "other attacks": "armed groups" names rebels, "armed clashes" no one
        group = lexicon.lookup(f"{m['adj']} groups")
        if group is not None and group.kind == "group" and lexicon.lookup(group.label) == group:
            out.append(Participant(m.start("adj"), m.end("adj"), m["adj"], group.label, "group", group.key))
    return sorted(out, key=lambda q: q.start)


# "YPG/SDF", "the YPG (pre-SDF)", "SDF (tidligere YPG)": two names of one side, the second after a slash or a word of
# its time in brackets (its words are with _FORMER_NAME's)
_SLASH = re.compile(r"\s*/\s*")
_THEN_NAMED = re.compile(
    rf"\s*\(\s*(?:{_AT_ANOTHER_TIME}|{_EARLIER})[\s-]+(?P<name>[^()]{{2,40}}?)\s*\)",
    re.I,
)


def _two_names_one_side(lexicon: Lexicon, sentence: str, parts: list[Participant]) -> list[Participant]:
    """'The YPG (pre-SDF) and IS', 'regimet og YPG/SDF': two non-state actors of one class named as one side stand
    for their class (the Kurdish forces), not the first name alone (the YPG's own 284 clashes with IS in 2015, of the
    Kurdish forces' 453); two names of one lineage (a group and its former name) stay the one actor."""
    out: list[Participant] = []
    merged: list[Participant] = []
    registry = lexicon.registry
    for p in parts:
        first = registry.actors.get(p.key or "") if p.kind == "actor" else None
        after = _THEN_NAMED.match(sentence, p.end) if first is not None else None
        second, end = None, p.end
        if after is not None and (entry := lexicon.lookup(after["name"])) is not None and entry.kind == "actor":
            second, end = registry.actors.get(entry.key), after.end()
        elif first is not None and (slash := _SLASH.match(sentence, p.end)):
            nxt = next((q for q in parts if q.start == slash.end() and q.kind == "actor"), None)
            second, end = (registry.actors.get(nxt.key or ""), nxt.end) if nxt is not None else (None, p.end)
        same = first is not None and second is not None and first.actor_class == second.actor_class
        if not same or first is None or second is None or first.actor_class == "state":
            out.append(p)
            continue
        group = lexicon.class_group(first.actor_class)
        if first.id == second.id or second.id in registry.lineage(first.id) or group is None:
            merged.append(Participant(p.start, end, sentence[p.start : end], p.label, p.kind, p.key))  # one actor
            out.append(merged[-1])
            continue
        side = Participant(p.start, end, sentence[p.start : end], group.label, "group", group.key)
        side.examples = (first.id, second.id)
        merged.append(side)
        out.append(side)
    # the second name after a slash is inside the side now
    return [q for q in out if not any(o is not q and o.start <= q.start and q.end <= o.end for o in merged)]


def _with_allies(lexicon: Lexicon, sentence: str, parts: list[Participant]) -> list[Participant]:
    """'the SDF and its Kurdish allies', 'SDF og de kurdiske militser', 'the SDF and allies': the actor's class.

    A non-state actor joined by 'and' to its allies or to a group of its own class stands for that class (the
    group whose classes are exactly the actor's), so the counterpart is counted as the class, not the actor alone.
    """
    out: list[Participant] = []
    skip: set[int] = set()
    for i, p in enumerate(parts):
        if i in skip:
            continue
        actor = lexicon.registry.actors.get(p.key or "") if p.kind == "actor" else None
        group = lexicon.class_group(actor.actor_class) if actor is not None and actor.actor_class != "state" else None
        if group is not None:
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            joined = nxt is not None and nxt.kind == "group" and nxt.key == group.key
            if joined and re.fullmatch(
                r"\s*(?:and|og)\s+(?:(?:its|other|de|dens|andre|sine)\s+)?", sentence[p.end : nxt.start], re.I
            ):
                out.append(Participant(p.start, nxt.end, sentence[p.start : nxt.end], nxt.text, "group", group.key))
                skip.add(i + 1)
                continue
            allies = _ALLIES.match(sentence[p.end :])
            inside = [j for j in range(i + 1, len(parts)) if parts[j].start < p.end + (allies.end() if allies else 0)]
            if allies and all(parts[j].kind == "reference" for j in inside):  # "its" in "and its allies"
                end = p.end + allies.end()
                out.append(Participant(p.start, end, sentence[p.start : end], group.label, "group", group.key))
                skip.update(inside)
                continue
        out.append(p)
    return out


# "the group", "gruppen", "the militants": an organisation, never a state ("Iraq's army ... the group's engagements").
# a share the subject makes up of an owner's events: "stod for 65 procent af gruppens kampe", "accounted for ... of"
# (Danish puts a time between the verb and "for": "SDF stod det år for omkring halvdelen af gruppens kampe")
_SHARE_OF_OWNER = re.compile(
    r"\b(?:stod\s+(?:[\w-]+\s+){0,3}?for|udgjorde|tegnede\s+sig\s+(?:[\w-]+\s+){0,3}?for|"
    r"(?:accounted|accounting|accounts|account)\s+for|(?:made|making|makes|make)\s+up)\s+"
    r"[^.;:]{0,40}?\b(?:af|of)\s+(?:the\s+)?$",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?(?:\s|$)")  # "the SDF's", "the rebels'"
# a side owning the events after it: "IS' kampe", "ISIS's battles", "IS-kampene" (the compound one participant)
_OWNS_EVENTS = re.compile(rf"(?:['’]s?|s)?(?:\s+|-)(?:{EVENT_NOUNS}|fighting|kampene|kamphandlingerne)\b", re.I)


def _owns_events(sentence: str, p: Participant) -> bool:
    """True when the side `p` owns the events named right after it, or in its own compound ("IS-kampene")."""
    return bool(_OWNS_EVENTS.match(sentence, p.end) or _OWNS_EVENTS.search(p.text))


_OBJECT_PRONOUN = re.compile(r"^(?:them|dem)$", re.I)
_BARE_PRONOUN = re.compile(r"^(?:it|they|them|den|det|de|dens|dets|deres|de\s+selv)$", re.I)
# "the regime, which it engaged in 30% of its battles", "regimet, som gruppen kun mødte": an object relative clause;
# its subject is the main clause's subject and its object the noun before the comma
_OBJECT_RELATIVE = re.compile(r",\s+(?:which|whom|that|som|hvilket)\s+$", re.I)
# a side named as what another's fight is against: "the SDF's fight against IS", "the regime's war on the rebels",
# "SDF's kamp mod IS"
_FOUGHT_BY_OWNER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:fight|war|battle|campaign|struggle|offensive|kamp|krig|felttog)\s+"
    r"(?:against|on|with|mod|med)\s+(?:the\s+)?$",
    re.I,
)
ORGANISATION = re.compile(
    r"^(?:the\s+)?(?:group|organi[sz]ation|militia|jihadists|movement|jihadist\s+group|militants)"
    r"|^(?:gruppen|organisationen|militsen|bevægelsen|jihadisterne)",
    re.I,
)


# a time the sentence opens with, then what happened in it: "In 2014, the year IS declared its caliphate, ...",
# "I 2014, året hvor IS udråbte sit kalifat, ...": an aside before the main clause, as a leading "when" clause is
_TIME_ASIDE = re.compile(
    r"\s*(?:in|by|during|i|under)\s+[^,;:]{1,40},\s*(?:the\s+year|året)\b[^,;:]{1,100},",
    re.I,
)


def _clause_bounds(sentence: str, before: int) -> list[int]:
    """Where clauses begin before `before`, in order: after ";", ":", ", when ...", and after a leading clause or
    time aside ("Since Russia began its campaign, ...", "In 2014, the year IS declared its caliphate, ...")."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, before)]
    for lead in (LEAD.match(sentence), _TIME_ASIDE.match(sentence)):
        bounds += [lead.end()] if lead and lead.end() <= before else []
    return sorted(bounds)


def resolve_references(
    parts: list[Participant],
    previous_actor: str | None,
    states: frozenset[str] = frozenset(),
    previous_group: str | None = None,
    sentence: str = "",
    previous_object: Participant | None = None,
    previous_subject: Participant | None = None,
) -> None:
    """Give each reference the actor it stands for (in place); `states`: the labels of state actors.

    `previous_object`: the previous sentence's last side other than its subject, for an object pronoun ("ISIS was a
    threat to civilians. In 2017 it attacked them 98 times"). `previous_subject`: the previous sentence's subject; when
    it is a group ("Kurdish forces took Kobani. They were ISIS's opponent ..."), a pronoun with no side before it in its
    own sentence is that group, not an actor named further back.
    """
    described: set[str] = set()  # actors already named by another description ("the militants ... the alliance's")
    for i, p in enumerate(parts):
        if p.kind != "reference":
            continue
        named = [q for q in parts[:i] if q.kind == "actor"]
        word = p.text.lower()
        fallback = previous_actor
        if _OBJECT_RELATIVE.search(sentence[max(0, p.start - 12) : p.start]):
            antecedent = next((q for q in reversed(parts[:i]) if q.label), None)
            main = next(
                (q for q in parts[:i] if q.kind == "actor" and not q.marked and q is not antecedent and q.label), None
            )
            if main is not None and antecedent is not None and main.label != antecedent.label:
                p.label, p.kind = main.label, "actor"
                continue
        if word in _SUBJECT_PRONOUNS:  # "its", "sine": the subject, never the side after "with"/"mod"
            # the subject of its own clause: "X were Y's opponent in 2015: ISIS fought Z in half of its clashes"
            bounds = _clause_bounds(sentence, p.start)
            own = [q for q in parts[:i] if q.start >= (bounds[-1] if bounds else 0)]
            candidates = own if any(q.kind in ("actor", "group") for q in own) else parts[:i]
            subject = next((q for q in candidates if q.kind in ("actor", "group") and not q.marked), None)
            # "the regime was ISIS's opponent in 45% of its clashes": "its" is the one whose opponent the subject was
            # (in its own clause: "Contrary to the image of IS as an enemy of the Assad government, ... its clashes"
            # leaves "its" to the lead's subject, IS)
            lead = LEAD.match(sentence)
            after_lead = candidates if lead is None else [q for q in candidates if q.start >= lead.end()]
            opposed = next(
                (
                    q
                    for q in after_lead
                    if q.kind == "actor"
                    and q is not subject
                    and (
                        _OPPONENT.match(sentence[q.end :])
                        or _OPPONENT_OF.search(sentence[max(0, q.start - 40) : q.start])
                    )
                ),
                None,
            )
            subject = opposed or subject
            # "IS in Syria, 2018: the SDF accounted for half of its engagements": a side making up a share of "its"
            # events is a part of another's (unless the subject is its own events: "IS's fights with the SDF made up
            # half of its clashes", or "its" is already the one whose opponent the subject was: "ISIS remained the
            # SDF's main enemy, accounting for over 60 percent of its clashes"), the one named before it
            part_of = (
                opposed is None
                and subject is not None
                and subject.kind == "actor"
                and not _owns_events(sentence, subject)
            )
            if part_of and subject is not None and _SHARE_OF_OWNER.search(sentence[: p.start]):
                before = [q for q in parts[: parts.index(subject)] if q.kind == "actor" and q.label != subject.label]
                # ... else a side owning something after it: "the SNA was a fifth of the SDF's problem, making up 20
                # per cent of its clashes" (not "the regime's war had moved on, with IS making up a tenth of its ...")
                between = parts[parts.index(subject) + 1 : i]
                owner = [q for q in between if q.kind == "actor" and _POSSESSIVE.search(sentence[q.start : q.end + 2])]
                after = [q for q in owner if q.label != subject.label]
                subject = (before or after or [subject])[-1]
            if word == "its" and subject is not None and subject.kind == "group" and _PLURAL.search(subject.text):
                # "Kurdish militias faced ISIS in 29 per cent of its engagements": "its" is one, not the militias
                subject = next((q for q in candidates if q.kind == "actor" and q is not subject), subject)
            p.label = subject.label if subject and subject.kind == "actor" else None
        elif ORGANISATION.match(word):  # "the group": the organisation named last
            organisations = [q for q in named if q.label not in states]
            fallback = previous_group if previous_actor in states else previous_actor
            subject = next((q for q in parts[:i] if q.kind in ("actor", "group") and not q.marked), None)
            share_of = _SHARE_OF_OWNER.search(sentence[max(0, p.start - 60) : p.start])
            if share_of:  # the subject of the reference's own clause: "IS var presset: SDF stod for ... af gruppens"
                bounds = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, p.start)]
                own = [q for q in parts[:i] if q.start >= (bounds[-1] if bounds else 0)]
                subject = next((q for q in own if q.kind in ("actor", "group") and not q.marked), subject)
            # (not when the subject is a side's fight: "IS's war on the SDF made up half of the group's battles")
            fight = any(_FOUGHT_BY_OWNER.search(sentence, 0, q.start) for q in named)
            # a possessive opening a clause of its own after a colon, with no side of its own before it: "IS fought
            # mostly the SDF: almost half of the group's clashes ...", "SDF kæmpede næsten udelukkende mod IS: 95
            # procent af alliancens kampe" (the clause before is about its subject)
            opens = _opens_after_colon(sentence, p, parts[:i])
            if subject is not None and share_of and _owns_events(sentence, subject):
                # "IS' kampe mod SDF udgjorde knap halvdelen af gruppens kampe": a subject that owns the events
                # measured is the group itself (its fights with the other side a part of its own)
                organisations = [q for q in organisations if q.label == subject.label] or organisations
            elif subject is not None and share_of and not fight and not opens:
                # "De stod for omkring 65 procent af gruppens kampe": the subject is the other side, so "the group"
                # is another one: the one named before, else the previous sentence's other side
                organisations = [q for q in organisations if q.label != subject.label]
                other = (
                    previous_object if previous_object is not None and previous_object.label != subject.label else None
                )
                if not organisations and other is not None:
                    p.label, p.kind, p.key = other.label, other.kind, other.key
                    continue
            # "clashes involving the group": the events' owner, who may be the subject ("... IS enclave ... fell, the
            # data record 150 clashes involving the group")
            owner = re.search(
                r"\b(?:involving|involved|involverede)\s+(?:the\s+)?$", sentence[max(0, p.start - 16) : p.start], re.I
            )
            if (
                p.marked and not owner
            ):  # "the SDF ... engagements with the militants": the other side, never the subject
                # the subject of its own clause first: "ISIS was the regime's main enemy: over half of the
                # government's engagements were with the group" (the group is ISIS, not the government)
                bounds = _clause_bounds(sentence, p.start)
                own = [q for q in parts[:i] if q.start >= bounds[-1]] if bounds else []
                sides = own if any(q.kind in ("actor", "group") and not q.marked for q in own) else parts[:i]
                subject = next((q for q in sides if q.kind in ("actor", "group") and not q.marked), None)
                organisations = [
                    q for q in organisations if q is not subject and q.label != (subject and subject.label)
                ]
                # "The SDF bore the brunt of the war against ISIS. They faced the jihadists ...": the group named
                # before that is not the subject (with none named, the subject is the actor carried over), else none
                own = subject.label if subject is not None else previous_actor
                if fallback == own:
                    fallback = previous_group if previous_group != own else None
            # "IS's war on the SDF made up half of the group's battles": the one whose fight it is
            organisations = [
                q for q in organisations if not _FOUGHT_BY_OWNER.search(sentence, 0, q.start)
            ] or organisations
            # "IS fought mostly the SDF: almost half of the group's clashes were against it": opening a clause of its
            # own after a colon, the group owning the events is the one the clause before is about (its subject), not
            # the side it fought ("...: the militants were the foe in 40% of ..." names that side again)
            if opens and not p.marked and subject is not None and subject in organisations:
                organisations = [subject]
            p.label = organisations[-1].label if organisations else None
            # in a clause of its own before the claim's ("...: two thirds of IS events"), not the claim's noun's owner
            after = [
                q
                for q in parts[i + 1 :]
                if q.kind == "actor"
                and q.label
                and q.label not in states
                and _CLAUSE_END.search(sentence, p.end, q.start) is not None
            ]
            # never the other side ("with the SDF", "mod de Syriske Demokratiske Styrker (SDF)")
            later = {q.label for q in after if not q.marked} - {q.label for q in after if q.marked}
            if p.label is None and fallback is None and len(later) == 1:
                # "By 2019 the group's remaining fighters were in the east: two thirds of IS events ...": the one
                # organisation the sentence names after it, when none comes before (read alone)
                p.label = later.pop()
        elif _OBJECT_PRONOUN.match(word) and p.marked and previous_object is not None:
            # "it attacked them": never the clause's own subject; a side of this clause before it, else the sentence
            # before's object
            subject = next((q for q in parts[:i] if q.kind in ("actor", "group") and not q.marked), None)
            others = [q for q in parts[:i] if q.kind in ("actor", "group") and q is not subject and q.label]
            source = others[-1] if others else previous_object
            p.label, p.kind, p.key = source.label, source.kind, source.key
            continue
        else:  # "it", "the alliance": the actor named last that no other description in the sentence stands for
            if not _BARE_PRONOUN.match(word):
                named = [q for q in named if q.label not in described] or named
                # "the SDF's fight against IS made up nine in ten of the alliance's engagements": the one whose fight
                # it is, not the side it is fought against
                named = [q for q in named if not _FOUGHT_BY_OWNER.search(sentence, 0, q.start)] or named
            p.label = named[-1].label if named else None
            subject = next((q for q in parts[:i] if q.kind in ("actor", "group") and not q.marked), None)
            if not p.marked and subject in named and _opens_after_colon(sentence, p, parts[:i]):
                p.label = subject.label  # "SDF kæmpede mest mod IS: 95 procent af alliancens kampe"
        pronoun = bool(_BARE_PRONOUN.match(word)) or word in _SUBJECT_PRONOUNS
        if not p.label and pronoun and not named and previous_subject is not None and previous_subject.kind == "group":
            p.label, p.kind, p.key = previous_subject.label, "group", previous_subject.key
            continue
        p.label = p.label or fallback
        p.kind = "actor" if p.label else "reference"
        if p.label and not _BARE_PRONOUN.match(word) and word not in _SUBJECT_PRONOUNS:
            described.add(p.label)


def _opens_after_colon(sentence: str, p: Participant, before: list[Participant]) -> bool:
    """A possessive reference opening a clause of its own after a colon, with no side of that clause before it: "IS
    fought mostly the SDF: almost half of the group's clashes ...", "...: 95 procent af alliancens kampe" (the clause
    before the colon is about its subject, which owns the events)."""
    clause = own_clause_start(sentence, p.start)
    if clause == 0 or any(q.kind in ("actor", "group") and q.start >= clause for q in before):
        return False
    return re.search(r"(?:['’]s?|ens|nes)$", p.text) is not None


def noun_owner(sentence: str, parts: list[Participant], noun: tuple[int, int] | None) -> Participant | None:
    """The side the measured noun at `noun` belongs to ("ISIS's battles", "clashes involving IS"), or None."""
    if noun is None:
        return None
    start, end = noun
    for p in parts:  # "hver tredje IS-kamp", "IS-kampene": a Danish compound, the owner written into the noun
        if p.start < start < p.end and sentence[start - 1] == "-" and (p.kind == "actor" or p.key == "state"):
            return p
    for i, p in enumerate(parts):  # "ISIS's battles", "regime clashes", "hærens kampe" (a role noun owns too)
        # a group too when another side "accounted for" a share of its events: "the SDF accounted for a fifth of rebel
        # engagements" (the rebels' events, the SDF their other side), never the SDF's
        group = p.kind == "group" and _SHARE_OF_OWNER.search(sentence[max(0, p.start - 60) : p.start]) is not None
        if (
            p.end <= start
            and _OWNER_GAP.match(sentence[p.end : start])
            and (p.kind == "actor" or p.key == "state" or group)
        ):
            first = parts[i - 1] if i else None
            if first is not None and first.kind in ("actor", "group") and sentence[first.end : p.start] == "-":
                return first  # "ISIS-SDF clashes": a pair of sides, the first written acts
            return p
    for p in parts:  # "the Syrian army was the Islamic State's adversary in 60% of clashes", "... enemy of IS"
        opposed = _OPPONENT.match(sentence[p.end :]) or _OPPONENT_OF.search(sentence[max(0, p.start - 40) : p.start])
        if p.kind == "actor" and p.end <= start and opposed:
            return p
    for p in parts:
        if p.start >= end and p.kind == "actor":
            between = sentence[end : p.start]
            if _OWNER_PREP.match(between) or (_OWNER_AFTER.match(between) and _OWNER_VERB.match(sentence[p.end :])):
                return p
            break
    return None


def _after_marker(
    sentence: str, parts: list[Participant], actor: Participant | None, clause_start: int = 0
) -> Participant | None:
    """The first participant after a counterpart word, in the figure's own clause first ("..., but clashed with X")."""
    own = [p for p in parts if p.start >= clause_start]
    for p in own + [p for p in parts if p.start < clause_start]:
        if actor is not None and (p is actor or p.label == actor.label):
            continue
        if p.marked if p.turned else _MARKER.search(sentence[max(0, p.start - 30) : p.start]):
            return p
    return None


_HOW_OFTEN = re.compile(
    r"[^:;.]{0,40}?:\s+(?:that['’]s|that\s+is|this\s+is|such\s+is)\s+how\s+(?:often|many(?:\s+times)?|much)\b", re.I
)


def assign(
    sentence: str,
    parts: list[Participant],
    noun: tuple[int, int] | None,
    figure_start: int,
    remembered: str | None = None,
) -> tuple[Participant | None, Participant | None]:
    """(actor, counterpart) of a figure whose measured noun is at `noun` (`remembered`: that noun's last actor)."""
    if answer := _HOW_OFTEN.match(sentence, figure_start):
        # "Nearly four hundred times: that's how often government troops and IS fought": the sides after the colon,
        # read as if the figure closed their clause
        after = [p for p in parts if p.start >= answer.end()]
        actor, counterpart = _assign(sentence, after, None, len(sentence), remembered, answer.end())
        return actor, counterpart if counterpart is None or actor is None or actor.label != counterpart.label else None
    # the clause ends after both the noun and the figure: "ISIS fighting was split: 47% against the regime and ..."
    stop = _CLAUSE_END.search(sentence, max(noun[1], figure_start) if noun else figure_start)
    relative = stop and noun and re.search(r"\b(?:som|which|hvor)$", stop.group(0), re.I)
    # "kampe i Syrien, hvor Islamisk Stat var part": the noun's place between, the clause of taking part
    gap = relative and _PLACE_GAP.fullmatch(sentence, noun[1], stop.start()) and _TOOK_PART.match(sentence, stop.end())
    if relative and stop and noun and (stop.start() == noun[1] or gap):
        # "kampe, som IS udkæmpede", "voldshændelser, hvor regeringen var part": the relative clause names the owner
        stop = _CLAUSE_END.search(sentence, stop.end())
    limit = stop.start() if stop else len(sentence)
    scope = [p for p in parts if p.start < limit]
    before = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, figure_start)]
    clause = before[-1] if before else 0
    actor, counterpart = _assign(sentence, scope, noun, figure_start, remembered, clause)
    relative = _OBJECT_RELATIVE.search(sentence[max(0, clause - 12) : clause] + " ") if clause else None
    if relative and actor is not None and any(clause < p.start <= clause + 2 for p in scope):
        # "..., which it engaged in fewer than 30% of its battles": the relative's own noun is the other side
        head = clause - 12 + relative.start() if clause >= 12 else relative.start()
        antecedent = next((p for p in reversed(scope) if p.end <= head and p.label), None)
        if antecedent is not None and antecedent.label != actor.label:
            counterpart = antecedent
    if actor is not None and counterpart is not None and actor.label == counterpart.label:
        counterpart = None  # an actor is never its own counterpart
    return actor, counterpart


def _assign(
    sentence: str,
    scope: list[Participant],
    noun: tuple[int, int] | None,
    figure_start: int,
    remembered: str | None,
    clause: int = 0,
) -> tuple[Participant | None, Participant | None]:
    owner = noun_owner(sentence, scope, noun)
    if owner is not None:
        # the figure's own clause first: "X spent 2017 fighting rebels: IS featured in a third of the regime's battles"
        own = [p for p in scope if p.start >= clause]
        counterpart = _after_marker(sentence, own, owner) if clause else None
        if counterpart is None and clause:
            others = [p for p in own if p is not owner and p.label != owner.label and p.label and p.kind != "reference"]
            counterpart = others[0] if others else None
        if counterpart is None:
            counterpart = _after_marker(sentence, scope, owner, clause)
        if counterpart is None:
            others = [p for p in scope if p is not owner and p.label != owner.label and p.label]
            counterpart = others[0] if others else None
        return owner, counterpart
    capable = [p for p in scope if p.kind in ("actor", "group") and p.label]
    subjects = [p for p in capable if not p.marked]
    if remembered is not None and not subjects:  # "there were 22 counterterrorism operations": their actor before
        actor = Participant(figure_start, figure_start, remembered, remembered, "actor")
        return actor, _after_marker(sentence, scope, actor, clause)
    if not capable:
        return None, None
    marked = _after_marker(sentence, scope, None)
    # every side after a counterpart word ("... with the SDF, a mere fifth with the regime"): the owner is not named
    actor = next((p for p in capable if p is not marked and (subjects or not p.marked)), None)
    counterpart = _after_marker(sentence, scope, actor, clause)
    if counterpart is None and actor is not None:
        rest = [p for p in capable if p is not actor and p.label != actor.label]
        counterpart = rest[0] if rest else None
    return actor, counterpart
