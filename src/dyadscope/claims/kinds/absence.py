"""Absence claims: "zero presence", "never clashed", "ikke én eneste gang" between the sentence's sides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dyadscope import recache as re
from dyadscope.claims.clauses import LEAD
from dyadscope.claims.figure_patterns import EVENT_NOUNS
from dyadscope.claims.figures import Figure
from dyadscope.claims.model import Claim
from dyadscope.claims.places import side_country
from dyadscope.claims.resolve import Lexicon, Mention
from dyadscope.claims.roles import Participant
from dyadscope.claims.scope import home, sentence_country
from dyadscope.claims.sides import actor_name, between
from dyadscope.claims.verbs import DID_NOT_FIGHT, FIGHT_VERB
from dyadscope.claims.wording import note

_ABSENCE = re.compile(
    r"\b(?:zero|no|ingen|nul)\s+(?P<who>(?:[\w'’-]+[\s-]+){0,4}?)(?:presence|tilstedeværelse|attacks|angreb|operations|"
    r"operationer|fighting|kampe|clashes|engagements|battles|combat|(?:violent\s+)?activity|(?:voldelig\s+)?aktivitet|"
    r"sammenstød|træfninger|kamphandlinger)\b",
    re.I,
)
_NEVER = re.compile(
    # "basically never fought ... About 35 clashes": a hedged never is "hardly ever", no absence
    r"\b(?:(?<!almost\s)(?<!nearly\s)(?<!basically\s)(?<!practically\s)(?<!virtually\s)never(?:\s+once)?|not\s+(?:[\w'’-]+\s+){0,6}?(?:at\s+all|once|a\s+single\s+time|a\s+single\s+(?:attack|battle|clash|engagement|fight|incident))|"
    # "not a single recorded clash", "Not one engagement", "ikke registreret en eneste kamp"
    r"not\s+(?:a\s+single|one|one\s+single)\s+(?:[\w-]+\s+)?(?:attack|battle|clash|engagement|fight|incident)|"
    # "there isn't a single Turkish army vs IS clash": the sides may stand between "single" and the noun
    r"(?:is|was|are|were|has|had|have)n['’]t\s+(?:been\s+)?(?:a\s+single|one|one\s+single)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:attack|battle|clash|engagement|fight|incident)|"
    # "were not involved in any recorded clash with", "did not take part in any battles"
    r"not\s+(?:[\w'’-]+\s+){0,3}?any\s+(?:[\w-]+\s+)?(?:(?:attack|battle|clash|engagement|fight|incident|combat)(?:e?s)?|fighting)|"
    r"(?<!næsten\s)(?<!nærmest\s)(?<!stort\sset\s)(?<!praktisk\stalt\s)aldrig|ikke\s+(?:\w+\s+){0,2}?(?:én|ét|en|et)\s+eneste\s+(?:[\w-]+\s+)?(?:gang|angreb|kamp|sammenstød|træfning)|"
    # "omkring 170 kampe – og ikke én eneste af dem mod regimet", "not one of them against the regime"
    r"ikke\s+(?:én|ét|en|et)\s+(?:eneste\s+)?af\s+(?:dem|disse)|not\s+(?:a\s+single\s+one|one|a\s+single)\s+of\s+(?:them|those)|"
    # "Not one of the regime's recorded engagements in 2017 was with HTS", "none of its battles were against"
    r"(?:not\s+(?:a\s+single\s+)?one|none)\s+of\s+(?:(?!\d)[\w'’-]+\s+){0,4}?(?:attacks|battles|clashes|engagements|fights|"
    r"incidents|encounters)|"
    r"ikke\s+(?:\w+\s+){0,3}?overhovedet|"
    # "does not show X fighting Y even once": a record's denial, the fight after the sides (_NEVER_FIGHTING)
    r"not(?=\s+(?:records?|recorded|shows?|showed|shown|logs?|logged|lists?|listed|pits?|pitted)\b)|"
    # "Der blev ikke registreret (nogen) kampe mellem ...", "var ikke nogen sammenstød mellem", "er ikke registreret i
    # direkte kamp med regeringsstyrkerne"
    r"ikke\s+(?:\w+\s+){0,2}?(?:nogen\s+(?:registrerede?\s+)?|registreret\s+(?:nogen\s+|i\s+(?:direkte\s+|åben\s+)?)?)"
    r"(?:kampe|kamp|kamphandlinger|sammenstød|træfninger)|"
    r"slet\s+ikke|overhovedet\s+ikke|"
    # "har på intet tidspunkt kæmpet mod", "at no point did the army fight": never in other words
    r"på\s+intet\s+tidspunkt|at\s+no\s+(?:point|time))\b",
    re.I,
)
_NEVER_FIGHTING = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:fighting|clashing|battling|engaging|attacking)\b"
    # what the record shows: "the data never once pits X against Y", "UCDP never records X fighting Y", "does not
    # show X fighting Y even once" (the sides between the record's verb and the fight)
    r"|(?:\s+(?:even|once|actually))?\s+(?:records?|recorded|shows?|showed|shown|logs?|logged|lists?|listed|pits?|pitted)"
    r"\s+[^.;:?!]{1,60}?\b(?:fighting|clashing|battling|engaging|attacking|against)\b",
    re.I,
)
# "slet ikke aktiv i", "overhovedet ikke i kamp i": being active or in a fight needs no fight verb
_ACTIVE = re.compile(
    # "var aldrig i direkte kamp med IS": a direct or open fight too; the verb may follow the "never" ("ikke én eneste
    # gang kom i kamp med", "har ikke én eneste gang været registreret i kamp med", "never was recorded in combat")
    r"\b(?:(?:kom|været|blevet|var|blev|came|been|was|were)\s+)?(?:(?:registreret|recorded|logged)\s+)?"
    r"(?:active|aktiv|aktive|present|til\s+stede|i\s+(?:direkte\s+|åben\s+)?kampe?|in\s+(?:direct\s+)?combat|involveret\s+i\s+(?:nogen\s+)?(?:kampe|kamp|sammenstød))\b",
    re.I,
)
_EVENT_END = re.compile(
    r"(?:(?:attack|battle|clash|engagement|fight|incident|combat)(?:e?s)?|fighting|angreb|kampe?|kamphandlinger|sammenstød|"
    r"træfninger|træfning)$",
    re.I,
)
# "of them" after a count of events: "170 kampe – og ikke én eneste af dem mod regimet" (not "20 krigere ... af dem")
_OF_THEM_END = re.compile(r"\b(?:of\s+(?:them|those)|af\s+(?:dem|disse))$", re.I)
_EVENTS_COUNTED = re.compile(rf"\d\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b[^.;:]*$", re.I)


# the writer rejecting what follows: "Det er dog ikke rigtigt, at de aldrig har kæmpet", "It is not true that they
# never fought": the "never" after it is the claim rejected, not the writer's
_DENIED = re.compile(
    r"\b(?:it\s+is|it['’]s)\s+(?:simply\s+)?(?:not\s+true|untrue|false)\s+that\b|"
    r"\bdet\s+(?:er|var)\s+(?:dog\s+|altså\s+|simpelthen\s+)?(?:ikke\s+(?:rigtigt|sandt|korrekt)|forkert|usandt),?\s+at\b|"
    r"\bdet\s+passer\s+ikke,?\s+at\b",
    re.I,
)


def denied_at(sentence: str, start: int) -> bool:
    """True when the words at `start` lie in a clause the writer rejects ("Det er ikke rigtigt, at ... aldrig ...")."""
    rejected = _DENIED.finditer(sentence)
    return any(m.end() <= start and not re.search(r"[.;:]", sentence[m.end() : start]) for m in rejected)


def denies_never(sentence: str) -> bool:
    """'It is not true that they never fought: ... 35 clashes': the writer's figures answer a rejected "never", so
    they are over all time, as that "never" was."""
    return any(denied_at(sentence, m.start()) for m in _NEVER_WORD.finditer(sentence))


_NEVER_WORD = re.compile(r"\b(?:never|aldrig)\b", re.I)


def find_absence(sentence: str, with_figures: bool = False) -> re.Match[str] | None:
    """The words of an absence the writer claims, or None ("never" alone, or inside a fronted clause, is none)."""
    never = _NEVER.search(sentence)
    fighting = never and _NEVER_FIGHTING.match(sentence[never.end() :])  # "were never recorded fighting"
    counted = never and _OF_THEM_END.search(never.group(0)) and _EVENTS_COUNTED.search(sentence[: never.start()])
    if never and _OF_THEM_END.search(never.group(0)) and not counted:
        never = None  # "20 krigere i byen, og ikke en af dem overlevede": no events
    if never and not (FIGHT_VERB.search(sentence) or _EVENT_END.search(never.group(0)) or fighting or counted):
        # "never" alone is no absence; "never fought", "ikke et eneste sammenstød", "slet ikke aktiv i" are
        never = never if _ACTIVE.match(sentence[never.end() :].lstrip()) else None
    absence = _ABSENCE.search(sentence) or never or (None if with_figures else DID_NOT_FIGHT.search(sentence))
    lead = LEAD.match(sentence)
    if absence and lead and absence.end() <= lead.end():
        return None  # "Contrary to claims that Damascus and ISIS never clashed, ...": not the writer's claim
    if absence and denied_at(sentence, absence.start()):
        return None  # "Det er ikke rigtigt, at de aldrig har kæmpet": the claim the writer rejects
    return absence


def add_absence(
    lexicon: Lexicon,
    sentence: str,
    absence: re.Match[str],
    parts: list[Participant],
    mentions: list[Mention],
    country: str | None,
    new: Callable[..., Claim],
) -> None:
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
    actor = actor_name(lexicon, actors[0], country)
    rest = [p for p in capable if p is not actors[0] and p.label != actors[0].label]
    counterpart = (actor_name(lexicon, rest[0], country) or rest[0].label) if rest else None
    marked = [p for p in rest if p.marked]
    if "who" in absence.groupdict() and inside:
        # "zero regime presence" is about the actor alone; "Ingen af IS' kampe ... var mod regimet" is not
        counterpart = (actor_name(lexicon, marked[0], country) or marked[0].label) if marked else None
    own = _own_clause(sentence, absence, rest)
    if own is not None and actors[0].start < own.start:
        # "fought IS in almost all of their engagements, but fought the Kurdish YPG not once", "– men aldrig mod den
        # kurdiske YPG": the side in the absence's own clause, not the earlier clause's
        counterpart = actor_name(lexicon, own, country) or own.label
    pair = between(sentence, mentions)
    if pair and counterpart is None:  # "no clashes at all between ISIS and the Syrian government"
        counterpart = actor_name(lexicon, next((p for p in rest if p.text == pair[1]), None), country) or pair[1]
    before = [p for p in places if p.start < absence.start()]
    place = before[-1] if before else (places[0] if places else None)
    words = re.findall(r"\w+", absence.group(0).lower())
    # "never fought IS on Iraqi soil": the ground named is the scope, as for a count (scope.claim_country)
    ground = None if place else side_country(lexicon, sentence)
    scope, based = place.entry.country if place else (ground or country), None
    there, own = home(lexicon, counterpart), home(lexicon, actor)
    state = lexicon.registry.find_or_none(actor) if actor else None
    abroad = state is not None and state.actor_class == "state" and there and own and there != own
    if (
        abroad
        and place is None
        and ground is None
        and sentence_country(lexicon, sentence, mentions, None, None) is None
    ):
        # "Turkish troops were not involved in any clash with the SDF": a state's forces abroad, where the other side
        # is (the SDF never fought Turkish troops: where the SDF is)
        scope, based = there, note("note_based", country=there, actor=counterpart)
    claim = new(
        "absence",
        absence.group(0),
        absence.start(),
        absence.end(),
        value=0,
        operator="=",
        actor=actor,
        counterpart=counterpart,
        place=place.entry.label if place else None,
        country=scope,
        measure=words[-1] if words else None,
    )
    if based:
        claim.notes.append(based)


_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s(?:but|men|while|mens|whereas)\s", re.I)


def _own_clause(sentence: str, absence: re.Match[str], rest: list[Participant]) -> Participant | None:
    """The first side in the absence's own clause when a break ('but', ', men', a dash) opens it, else None."""
    low = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence[: absence.start()])), default=0)
    after = _CLAUSE_BREAK.search(sentence, absence.end())
    high = after.start() if after else len(sentence)
    return next((p for p in rest if low <= p.start < high), None) if low else None


_NEGATED_BOUND = {">": "<=", ">=": "<"}


def negated(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Figures under "did not fight ...", "kæmpede ikke ...": a lower bound turned round ("did not fight the regime
    more than 100 times" is at most 100); any other figure there is dropped, as the writer gives no value."""
    out = []
    for fig in figures:
        before = sentence[: fig.start]
        denied = next((m for m in DID_NOT_FIGHT.finditer(before) if not re.search(r"[,;:]", before[m.end() :])), None)
        if denied is None or fig.kind not in ("count", "share"):
            out.append(fig)
        elif fig.op in _NEGATED_BOUND:
            out.append(replace(fig, op=_NEGATED_BOUND[fig.op]))
    return out
