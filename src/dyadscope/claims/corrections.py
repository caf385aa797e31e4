"""A speaker correcting a figure in the same sentence: the corrected figure is the claim, and only it.

Spoken and semi-spoken English (transcripts, live blogs) restates a figure right after saying it: "roughly a thousand
times - 1,059 to be exact", "something like ninety percent ..., I'd say ninety-two", "fewer than a thousand died in
those clashes - around seven hundred", "about 3,600 battles in 2017, and ... no, half that, in 2018". The figure said
first is replaced by the one the speaker settles on (a ratio "half that" of the figure before it is a figure of its
own, in its own year); a restated number far from the first (a quarter of it or four times it) is no correction.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.claims.figure_patterns import EXACTLY, NUM, TO_BE_EXACT
from dyadscope.claims.figure_readings import number_or_none
from dyadscope.claims.quantities import APPROX

if TYPE_CHECKING:
    from dyadscope.claims.figures import Figure

_PERCENT = r"(?:\s*%|\s+percent\b|\s+per\s+cent\b)"
_SAY = (
    r"(?:I['’]d\s+say|I\s+would\s+say|I\s+think\s+it\s+was|(?:it\s+was\s+)?(?:actually|more\s+like|closer\s+to)|"
    rf"make\s+that|{TO_BE_EXACT},?)"
)
# the number the speaker settles on, in an aside after the figure: "- 1,059 to be exact", ", I'd say ninety-two",
# "- exactly 574", "- or rather 60 percent"; the words between the figure and the aside stay in its clause
_RESTATED = re.compile(
    rf"^[^.;:?!]{{0,60}}?(?:\s[-–—]|[,(]|\.\.\.|…)\s*(?:(?P<fix>no|or\s+rather),?\s+)?"
    rf"(?:(?P<exact>{EXACTLY})\s+|{_SAY}\s+(?:(?:{APPROX})\s+)?)?"
    rf"(?<![\w.,])(?P<num>{NUM})(?P<pct>{_PERCENT})?(?![\w.,]*\d)"
    rf"(?P<to_be>\s*,?\s*{TO_BE_EXACT})?(?=\s*(?:[-–—),.;]|$))",
    re.I,
)
# a bound given exactly in a dash closing the sentence: "fewer than a thousand died ... - around seven hundred."
_CLOSING_ASIDE = re.compile(
    rf"^[^.;:?!]{{0,60}}?\s[-–—]\s*(?:(?:{APPROX})\s+)?(?<![\w.,])(?P<num>{NUM})(?P<pct>{_PERCENT})?\s*\.?\s*$", re.I
)
# "... no, half that, in 2018": the figure before, scaled, stands for the one withdrawn
_RATIO_OF_THAT = re.compile(
    r"(?:\.\.\.|…|[-–—,;])\s*(?:no|or\s+rather|make\s+that|actually),?\s+(?:(?:make\s+(?:that|it))\s+)?"
    r"(?P<r>half|twice|double|a\s+third\s+of|a\s+quarter\s+of)\s+(?:that|this|it)\b,?",
    re.I,
)
_RATIO = {"half": 0.5, "twice": 2.0, "double": 2.0, "a third of": 1 / 3, "a quarter of": 0.25}
_KINDS = ("count", "deaths", "share")


def _near(old: float, new: float) -> bool:
    """A correction restates about the same figure: between a quarter of it and four times it."""
    return old > 0 and old / 4 <= new <= old * 4 and new != old


def corrected(sentence: str, figures: list[Figure], lang: str) -> list[Figure]:
    """The figures with each one a speaker corrects replaced by the correction (in order, one claim each)."""
    out = list(figures)
    for fig in list(out):
        if fig not in out or fig.kind not in _KINDS or fig.high is not None:
            continue
        rest = sentence[fig.end :]
        m = _RESTATED.match(rest)
        marked = m is not None and (m["fix"] or m["exact"] or m["to_be"] or re.search(_SAY, m[0], re.I))
        if not marked:
            m = _CLOSING_ASIDE.match(rest) if fig.op in ("<", ">", "<=", ">=") else None
        at = fig.end + m.start("num") if m else 0
        if m is None or any(fig.end <= f.start < at for f in out):
            continue  # another figure between: the number restates that one, if any
        if (again := next((f for f in out if f.start <= at < f.end), None)) is not None:
            if marked and again.kind == fig.kind:  # "about a third ... - no, 40 percent": the second figure stands
                out.remove(fig)
            continue
        if (value := number_or_none(m["num"], lang)) is None:
            continue
        if fig.kind == "share":
            value = value / 100 if (m["pct"] or value > 1) else value
            if not 0 < value <= 1 or not _near(fig.value, value):
                continue
        elif m["pct"] or not _near(fig.value, value):
            continue
        text = f"{fig.text} … {m[0][m.start('num') :].strip(' .')}"
        out[out.index(fig)] = replace(fig, value=value, op="~", text=text)
    for m in _RATIO_OF_THAT.finditer(sentence):
        before = [f for f in out if f.kind in ("count", "deaths") and f.end <= m.start() and f.high is None]
        if not before:
            continue
        base = before[-1]
        withdrawn = [f for f in out if base.end <= f.start < m.start()]
        out = [f for f in out if f not in withdrawn]
        ratio = _RATIO[re.sub(r"\s+", " ", m["r"].lower())]
        value = round(base.value * ratio)
        # its end after the comma: the year right after ("half that, in 2018") is its own (kinds/changes.count_window)
        out.append(
            replace(
                base,
                value=value,
                op="~",
                start=m.start("r"),
                end=m.end(),
                text=sentence[m.start("r") : m.end()].strip(" ,"),
            )
        )
    out.sort(key=lambda f: f.start)
    return out
