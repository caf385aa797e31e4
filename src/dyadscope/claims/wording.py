"""The claim checker's sentences in English and Danish: one template per sentence, the values filled per language.

verify.py builds each verdict text with `say(key, **values)` and stores both renderings, so the English
fields (CLI, JSON, evaluation) stay as they were and `verdict_text(verdict, "reason", "da")` gives the
Danish one. The templates are the catalogue's `claims.*` entries (dyadscope.i18n, docs/i18n.md); numbers go
through i18n.formats (Danish decimal comma, 12,3 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.i18n import area, has, t
from dyadscope.i18n.formats import class_name, country, number, percent

if TYPE_CHECKING:
    from dyadscope.actors.registry import Actor, Registry
    from dyadscope.claims.verify import Verdict


@dataclass(frozen=True)
class Pct:
    """A share shown as a percentage: Pct(0.123) -> '12.3%' / '12,3 %'."""

    value: float
    digits: int = 1


@dataclass(frozen=True)
class Num:
    """A number with a fixed count of decimals."""

    value: float
    digits: int = 0


@dataclass(frozen=True)
class Range:
    """'24–99' or '75–100%' for the reading a verdict states."""

    low: float
    high: float
    share: bool


@dataclass(frozen=True)
class Bound:
    """A claimed figure with its operator: 'more than 1,000', 'mindst 64 %'."""

    operator: str
    value: float
    share: bool


@dataclass(frozen=True)
class Class:
    """A counterpart label, translated where it is a class name."""

    label: str


@dataclass(frozen=True)
class Classes:
    """Several class labels, each translated: 'rebel/insurgent, jihadist' / 'oprørere, jihadister'."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Name:
    """An actor's name as each language shows it."""

    en: str
    da: str


def actor_name(actor: Actor) -> Name:
    """The registry's Danish display name where it has one; a government without one is '<land>s regering'."""
    danish = actor.display_name("da")
    if danish == actor.name and actor.actor_class == "state" and actor.country and actor.name.startswith("Government"):
        land = country(actor.country, "da")
        danish = f"{land}{chr(39) if land.endswith(('s', 'x', 'z')) else 's'} regering"  # Danish genitive
    return Name(actor.name, danish)


@dataclass(frozen=True)
class Say:
    """One sentence: a template key and its values (which may be other sentences)."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


def say(key: str, **values: object) -> Say:
    """The sentence `key` with these values, to be rendered in either language."""
    return Say(key, values)


def shown(value: object, lang: str) -> str:
    """One value as a sentence shows it in `lang` (a number, a percentage, a range, a nested sentence)."""
    if isinstance(value, Say):
        return render(value, lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value, lang)
    if isinstance(value, Num):
        return number(value.value, lang, value.digits)
    if isinstance(value, Pct):
        return percent(value.value, lang, value.digits)
    if isinstance(value, Range):
        if value.share:
            return f"{number(100 * value.low, lang)}–{percent(value.high, lang, 0)}"
        return f"{number(value.low, lang)}–{number(value.high, lang)}"
    if isinstance(value, Bound):
        shown = percent(value.value, lang, 0) if value.share else number(value.value, lang)
        return area("claim_words").get(f"bound.{value.operator}", {}).get(lang, "") + shown
    if isinstance(value, Class):
        if has(f"claim_words.group.{value.label}"):  # a counterpart named by kind ('jihadist groups')
            return t(f"claim_words.group.{value.label}", lang)
        return class_name(value.label, lang)
    if isinstance(value, Name):
        return value.da if lang == "da" else value.en
    if isinstance(value, Classes):
        return ", ".join(class_name(label, lang) for label in value.labels)
    return str(value)


def render(text: Say, lang: str) -> str:
    """The sentence in `lang` ('en' or 'da')."""
    values = {k: shown(v, lang) for k, v in text.values.items()}
    if isinstance(text.values.get("measure"), str):  # polish: an English article's "(airstrikes)" reads "(luftangreb)"
        values["measure"] = measure_word(str(text.values["measure"]), lang)
    return t(f"claims.{text.key}", lang, **values)


def measure_word(measure: str, lang: str) -> str:
    """What a figure measures, in `lang`: `measure_word("airstrikes", "da") == "luftangreb"`; a word the catalogue
    (claim_words.measure.*) does not list stays as the article wrote it."""
    if lang == "en" or not measure:
        return measure
    key = f"claim_words.measure.{measure.casefold()}"
    return t(key, lang) if has(key) else measure


def kind_word(kind: str, lang: str) -> str:
    """A claim kind as the check table names it: `kind_word("share", "da") == "andel"` (JSON keeps the code)."""
    key = f"claim_words.kind.{kind}"
    return t(key, lang) if has(key) else t(f"claims.{kind.replace('_', ' ')}", lang)  # not_event_data: its verdict


def note(key: str, **values: object) -> str:
    """A reading note (a 'note_' template) in English, as a Claim stores it; note_text() reads it in Danish."""
    return render(Say(key, values), "en")


@cache
def _note_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each note template's English as a pattern, the most specific (most literal text) first."""
    patterns = []
    for key, text in area("claims").items():
        if key.startswith("note_"):
            parts = re.split(r"\{(\w+)\}", text["en"])
            literal = "".join(parts[0::2])
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
            patterns.append((len(literal), re.compile(regex, re.S), key))
    return [(pattern, key) for _, pattern, key in sorted(patterns, key=lambda p: -p[0])]


def note_values(text: str, key: str) -> dict[str, str] | None:
    """The values of a stored English note if it is the template `key`, else None."""
    for pattern, found in _note_patterns():
        match = pattern.fullmatch(text) if found == key else None
        if match:
            return match.groupdict()
    return None


def note_text(text: str, lang: str, registry: Registry | None = None) -> tuple[str, str]:
    """A stored English note in `lang`, and the language it is in (a note no template matches stays English).

    A note's country code reads as the country's name ("land: Syrien") and, given the `registry`, its actor by the
    registry's name in `lang` (Registry.display_label: "Syriens regering")."""
    if lang == "en":
        return text, "en"
    for pattern, key in _note_patterns():
        match = pattern.fullmatch(text)
        if match:
            values = {k: _note_value(k, v, lang, registry) for k, v in match.groupdict().items()}
            return t(f"claims.{key}", lang, **values), lang
    return text, "en"


def _note_value(name: str, value: str, lang: str, registry: Registry | None) -> str:
    """One value of a stored note in `lang` (polish: the names inside a Danish note)."""
    if name == "country" and re.fullmatch(r"[A-Z]{3}", value):
        return country(value, lang)
    if name == "actor" and registry is not None:
        return registry.display_label(value, lang)
    return note_text(value, lang, registry)[0]


def verdict_text(verdict: Verdict, name: str, lang: str = "en") -> object:
    """A verdict's text field in `lang`: reason, tolerance, counterpart, actor, caveats, alternatives (their
    definitions), indicative_text or indicative_note. English is the field itself; Danish was rendered beside it."""
    if lang != "en" and name in verdict.danish:
        return verdict.danish[name]
    if name == "alternatives":
        return [str(a["definition_text"]) for a in verdict.alternatives]
    if name.startswith("indicative_"):
        return (verdict.indicative or {}).get(name.removeprefix("indicative_"))
    return getattr(verdict, name, None)  # "actor" has only a Danish rendering: English shows the claim's own


def __getattr__(name: str) -> object:
    """TEMPLATES and GROUP_DA as before, read from the catalogue (claims.*, claim_words.group.*)."""
    if name == "TEMPLATES":
        return area("claims")
    if name == "GROUP_DA":
        groups = area("claim_words")
        return {key.removeprefix("group."): texts["da"] for key, texts in groups.items() if key.startswith("group.")}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
