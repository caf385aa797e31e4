"""Shares read together with the figures around them: a vague share restated exactly, and a share of a count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dyadscope import recache as re
from dyadscope.claims.figures import Figure
from dyadscope.claims.model import Claim
from dyadscope.claims.places import OF_THEM_IN
from dyadscope.claims.quantities import APPROX, VAGUE_ADVERBS
from dyadscope.claims.resolve import Mention
from dyadscope.claims.roles import Participant

_ASIDE = re.compile(rf"[-–—(]\s*(?:{APPROX})?\s*$", re.I)
# "virtually all of its fighting was against X, some 99 per cent", "fighting rebels: more than 95 per cent of ..."
_RESTATED_AFTER = re.compile(
    r"[,:]\s*(?:(?:accounting\s+for|making\s+up|or|that\s+is|i\.e\.|svarende\s+til|eller|det\s+vil\s+sige)\s+)?$",
    re.I,
)
_ADVERB_IN = re.compile(rf"(?:{'|'.join(p for p, _, _ in VAGUE_ADVERBS)})$", re.I)  # ", mostly in Idlib"
_IN_PLACE = re.compile(  # "most of them in Idlib", "three in four of those clashes were in Nineveh"
    r"\s+(?:(?:of\s+(?:them|(?:these|those)(?:\s+\w+)?)|af\s+(?:dem|disse(?:\s+\w+)?))\s+)?"
    r"(?:(?:were|was|took\s+place|var|fandt\s+sted)\s+)?(?:in|i)\s+(?:the\s+)?",
    re.I,
)
_SIDE_AFTER = re.compile(r"\s+(?:against|with|involving|targeting|mod|med)\b", re.I)
_OF_THEM_AGAINST = re.compile(
    r"\s+(?:of|af)\s+(?:them|those|these|dem|disse)\s+(?:(?:were|was|var)\s+)?(?:against|with|involving|targeting|mod|med|"
    r"rettet\s+mod)\b",
    re.I,
)


def restated(sentence: str, figures: list[Figure]) -> list[Figure]:
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


def of_count(
    sentence: str, fig: Figure, base: Figure | None, places: list[Mention], previous: Claim | None = None
) -> tuple[bool, bool]:
    """Whether the figure is a part of the count before it (in its sentence, or the claim before: "IS var involveret
    i omkring 600 kampe. Og over halvdelen af dem var mod regimet."), and whether that part is a place."""
    before = base is not None or (previous is not None and previous.kind == "count")
    of_counted = before and _OF_THEM_AGAINST.match(sentence[fig.end :])  # "120 clashes, most of them"
    # "450 battles, most of them in Deir ez-Zor": a concentration of the count's events, with no counterpart
    in_place = base is not None and any(
        p.start >= fig.end
        and (OF_THEM_IN.match(sentence[fig.end : p.start]) or _ADVERB_IN.match(fig.text))
        and _IN_PLACE.fullmatch(sentence[fig.end : p.start])
        for p in places
    )
    # "10.000 kampe, langt de fleste mod oprørsgrupper", ", overwhelmingly against ISIS": a share of the count
    after_count = base is not None and _SIDE_AFTER.match(sentence[fig.end :])
    return bool(of_counted or in_place or after_count), bool(in_place)


# "Homs hosted one in six of the regime's engagements, and Rif Dimashq about the same": the second place's own share
_SAME_AGAIN = re.compile(
    rf"\b(?:and|og)\s+(?P<what>[^,.;:]{{2,40}}?)\s+(?:(?:{APPROX}|much|nogenlunde)\s+)?(?:the\s+same|as\s+many|"
    r"det\s+samme|lige\s+så\s+mange|lige\s+så\s+meget)\b",
    re.I,
)


def _same_side_again(
    sentence: str, parts: list[Participant], subject_end: int
) -> tuple[Participant, tuple[int, int]] | None:
    """The side given 'about as many' after a share whose other side was its subject ("state forces accounted for 30
    per cent of IS clashes, and Kurdish militias for about as many"), and where; None otherwise."""
    again = _SAME_AGAIN.search(sentence)
    if again is None or again.start() < subject_end:
        return None
    named = [p for p in parts if again.start("what") <= p.start and p.end <= again.end("what") and p.label]
    return (named[0], again.span()) if len(named) == 1 and named[0].kind in ("actor", "group") else None


def _same_again(sentence: str, places: list[Mention]) -> tuple[Mention, tuple[int, int]] | None:
    """The place given 'about the same' share after the first ("..., and Rif Dimashq about the same"), and where."""
    again = _SAME_AGAIN.search(sentence)
    if again is None:
        return None
    named = [m for m in places if again.start("what") <= m.start and m.end <= again.end("what")]
    return (named[0], again.span()) if len(named) == 1 else None


def about_the_same(
    sentence: str,
    offset: int,
    claims: list[Claim],
    places: list[Mention],
    parts: list[Participant],
    new: Callable[..., Claim],
) -> None:
    """A second claim with the first one's share: another place ("Homs hosted one in six of the regime's engagements,
    and Rif Dimashq about the same") or another side that was the subject ("state forces accounted for 30 per cent of
    IS clashes, and Kurdish militias for about as many"), added through `new`."""
    last = claims[-1] if claims else None
    if last is None or last.kind not in ("concentration", "share"):
        return
    if last.kind == "concentration":
        again = _same_again(sentence, places)
        if again is not None and again[0].entry.label != last.place:
            other, (s, e) = again
            fields = {k: getattr(last, k) for k in ("actor", "counterpart", "measure", "operator", "upper", "value")}
            new(
                "concentration",
                sentence[s:e],
                s,
                e,
                None,
                place=other.entry.label,
                country=other.entry.country,
                **fields,
            )
        return
    subject = next((p for p in parts if p.label == last.counterpart and not p.marked), None)
    if subject is None or not last.span or subject.start >= last.span[0] - offset:
        return  # the other side was not the share's subject ("the regime fought ISIS in 40%, and the rebels ...")
    side = _same_side_again(sentence, parts, subject.end)
    if side is not None:
        other, (s, e) = side
        fields = {k: getattr(last, k) for k in ("actor", "place", "country", "measure", "operator", "upper", "value")}
        new("share", sentence[s:e], s, e, None, counterpart=other.label, **fields)


# "they fought rebels as often as IS: each accounted for just under half", "begge stod for knap halvdelen": one share
# per counterpart named before, with the same value
_EACH = re.compile(
    r"\b(?:each|both|hver|begge)(?:\s+(?:of\s+them|af\s+dem))?\s+(?:accounted|made|was|were|represented|stod|udgjorde|"
    r"var|tegnede)\b",
    re.I,
)


def each_side(
    sentence: str, offset: int, claims: list[Claim], parts: list[Participant], new: Callable[..., Claim]
) -> tuple[Claim, str] | None:
    """The other counterpart's share when 'each' gives two counterparts the same one, added through `new`; the claim
    and the word to leave unread (not checkable) when it does not name exactly two."""
    last = claims[-1] if claims else None
    if last is None or last.kind != "share" or not last.span:
        return None
    s, e = last.span[0] - offset, last.span[1] - offset
    found = _EACH.search(sentence[max(0, s - 40) : s])
    if found is None:
        return None
    start = max(0, s - 40) + found.start()
    sides = {p.label: p for p in parts if p.end <= start and p.kind in ("actor", "group") and p.label != last.actor}
    if len(sides) != 2 or last.counterpart not in sides:
        return last, found.group(0).split()[0]  # "each" without two counterparts read: never one side's verdict
    other = next(label for label in sides if label != last.counterpart)
    fields = {k: getattr(last, k) for k in ("actor", "place", "country", "measure", "operator", "upper", "value")}
    new("share", sentence[s:e], s, e, None, counterpart=other, **fields)
    return None


# "I tredje kvartal var næsten halvdelen af IS' kampe mod regimet. I årets sidste kvartal steg andelen til over 60
# procent", "Men i andet halvår var det kun hver tiende": the share before, again, in the later sentence's own time
_SAME_SHARE = re.compile(
    # "that share had slipped to roughly a third", "By 2018 its share was ..."
    r"\b(?:andelen|(?:the|that|this|its|their)\s+(?:share|proportion|percentage)|(?:var|er)\s+det|det\s+(?:var|er)|"
    r"it\s+was|that\s+was|was\s+it)\b",
    re.I,
)


# "In 2016, 78%.", "20% in 2016, and ...", "about a fifth again in 2018": a share with nothing but its own year (and
# "and", "again"), the share before it again in another year (the figure is \0 here)
_ELLIPTIC = re.compile(
    r"[\s,;:–—-]*(?:(?:and|but|then|while|og|men|mens|så)\s+)*(?:(?:in|by|during|for|i)\s+(?:19|20)\d\d[\s,:]*)?\0"
    r"\s*(?:(?:again|igen)\s*)?(?:(?:in|by|during|for|i)\s+(?:19|20)\d\d\s*)?(?:(?:again|igen)\s*)?"
    r"[\s,;:.!–—-]*(?:(?:and|og|while|mens)\s*)?",
    re.I,
)


def only_its_year(sentence: str, fig: Figure, low: int = 0, high: int | None = None) -> bool:
    """Whether the share is all its piece of the sentence says, but for its own year: "In 2016, 78%." (module
    comment above), so its sides are those of the share before it."""
    piece = sentence[low : fig.start] + "\0" + sentence[fig.end : len(sentence) if high is None else high]
    return _ELLIPTIC.fullmatch(piece) is not None


def later_share(sentence: str, fig: Figure, previous: Claim | None, mentions: list[Mention], own_time: bool) -> bool:
    """A share that restates the previous claim's share in the sentence's own time, naming no side nor event."""
    return (
        fig.kind == "share"
        and own_time
        and previous is not None
        and previous.kind == "share"
        and not any(m.entry.kind in ("actor", "group", "place") for m in mentions)
        and (_SAME_SHARE.search(sentence[: fig.start]) is not None or only_its_year(sentence, fig))
    )


# "IS udkæmpede omkring 450 kampe i 2019. To tredjedele af dem fandt sted i Deir ez-Zor": a part of the count before
_OF_THEM_PLACED = re.compile(
    r"\s+(?:af|of)\s+(?:dem|disse|them|those|these)\s+(?:(?:fandt\s+sted|foregik|udspillede\s+sig|var|took\s+place|were|"
    r"was|happened|occurred)\s+)?(?:i|in)\s+(?:the\s+)?",
    re.I,
)


def of_previous_count(sentence: str, fig: Figure, previous: Claim | None, mentions: list[Mention]) -> Mention | None:
    """The place of a share 'of them' in a later sentence naming no side, when the claim before is a count."""
    if fig.kind not in ("share", "subset") or fig.value > 1 or previous is None or previous.kind != "count":
        return None
    if any(m.entry.kind in ("actor", "group") for m in mentions):
        return None
    return next(
        (
            m
            for m in mentions
            if m.entry.kind == "place" and m.start >= fig.end and _OF_THEM_PLACED.fullmatch(sentence[fig.end : m.start])
        ),
        None,
    )


# a second share with its verb left out after a comma: "..., the regime only about a third", "..., the regime for
# about a third", "..., regimet kun omkring en tredjedel": its side is where the first share's side stood
_ELIDED = re.compile(
    r",\s+(?:and\s+|og\s+|while\s+|mens\s+)?(?P<side>[^,;:()]{2,40}?)\s+(?:(?:only|just|merely|barely|kun|blot|bare)\s+)?"
    r"(?:(?:for|in|with|i|med)\s+)?$",
    re.I,
)


def elided_side(
    sentence: str, fig: Figure, figures: list[Figure], parts: list[Participant], claims: list[Claim]
) -> Participant | None:
    """The other side of a share whose clause leaves its verb out, named where the share before named its own other
    side, before its figure: "the Kurds were on the other side of about half of IS's clashes, the regime only about a
    third" (the regime: IS's other side in a third). None unless the share before in the sentence has an other side
    named before its figure and this side is a side of its own, neither of the first share's."""
    before = [f for f in figures if f.end <= fig.start]
    first = claims[-1] if claims else None
    if fig.kind != "share" or not before or first is None or first.kind != "share" or not first.counterpart:
        return None
    gap = _ELIDED.search(sentence, before[-1].end, fig.start)
    if gap is None or gap.end() != fig.start:
        return None
    side = next(
        (
            p
            for p in parts
            if p.kind in ("actor", "group")
            and p.label
            and re.fullmatch(r"(?:the\s+|de\s+|den\s+)?", sentence[gap.start("side") : p.start], re.I)
            and p.end == gap.end("side")
        ),
        None,
    )
    first_side = next((p for p in parts if p.label == first.counterpart), None)
    named_before = first_side is not None and first_side.end <= before[-1].start
    if side is None or not named_before or side.label in (first.actor, first.counterpart):
        return None
    return side
