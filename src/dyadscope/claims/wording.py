"""The claim checker's sentences in English and Danish: one template per sentence, the values filled per language.

verify.py builds each verdict text with `say(key, **values)` and stores both renderings, so the English
fields (CLI, JSON, evaluation) stay as they were and `verdict_text(verdict, "reason", "da")` gives the
Danish one. Numbers go through report/i18n (Danish decimal comma, 12,3 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyadscope.report.i18n import class_name, number, percent

if TYPE_CHECKING:
    from dyadscope.claims.verify import Verdict

_NAME_IT = {
    "en": "{said}; name it in the claim (--claims-out, edit, --claims)",
    "da": "{said}; angiv den i påstanden (--claims-out, redigér, --claims)",
}
TEMPLATES: dict[str, dict[str, str]] = {
    # verdict words inside sentences
    "supported": {"en": "supported", "da": "understøttet"},
    "contradicted": {"en": "contradicted", "da": "modsagt"},
    "not checkable": {"en": "not checkable", "da": "ikke efterprøvelig"},
    "not event data": {"en": "not event data", "da": "ikke hændelsesdata"},
    "scope": {"en": "scope", "da": "udsnittet"},
    "other_than_events": {"en": "something other than events", "da": "noget andet end hændelser"},
    # reasons
    "not_event_data": {
        "en": "a number about {what}: force sizes, populations and prisons are not in conflict-event data",
        "da": "et tal om {what}: styrkers størrelse, befolkningstal og fængsler findes ikke i konfliktdata",
    },
    "name_it": _NAME_IT,
    "unknown_actor": {
        "en": "“{actor}” is not an actor the registry knows",
        "da": "“{actor}” er ikke en aktør, registret kender",
    },
    "no_actor": {"en": "no actor named in the sentence", "da": "ingen aktør nævnt i sætningen"},
    "no_counterpart": {"en": "no counterpart found in the sentence", "da": "ingen modpart fundet i sætningen"},
    "unknown_perpetrators": {
        "en": "{actor}: the data cannot say who unidentified perpetrators were, so it cannot count their events",
        "da": "{actor}: data kan ikke sige, hvem uidentificerede gerningsmænd var, og kan derfor ikke tælle deres "
        "hændelser",
    },
    "means": {
        "en": "the data does not record the means of an event ({measure}); it counts events, not strikes or sorties",
        "da": "data registrerer ikke, hvilke midler der blev brugt ved en hændelse ({measure}); data tæller "
        "hændelser, ikke angreb eller togter",
    },
    "means_scope": {
        "en": "the data does not record the means of an event ({measure}); it holds {n} events of {actor} in this "
        "scope",
        "da": "data registrerer ikke, hvilke midler der blev brugt ved en hændelse ({measure}); data har {n} "
        "hændelser med {actor} i dette udsnit",
    },
    "bound_within_tolerance": {
        "en": ", on the other side of the claimed bound by less than the tolerance (counts differ between databases)",
        "da": ", på den anden side af den påståede grænse, men inden for tolerancen (optællinger varierer mellem "
        "databaser)",
    },
    "unread": {
        "en": "the sentence names “{words}”, which the checker could not apply to the claim's window or place; "
        "give the window or place in the claim (--claims-out, edit, --claims)",
        "da": "sætningen nævner “{words}”, som tjekkeren ikke kunne anvende på påstandens periode eller sted; "
        "angiv perioden eller stedet i påstanden (--claims-out, redigér, --claims)",
    },
    "no_window": {
        "en": "the claim names no time window the checker could resolve",
        "da": "påstanden nævner ingen periode, som tjekkeren kunne fastlægge",
    },
    "outside": {
        "en": "the window {start}..{end} is outside the data ({first}..{last})",
        "da": "perioden {start}..{end} ligger uden for data ({first}..{last})",
    },
    "not_covered": {
        "en": "the window {start}..{end} is not covered: {left_out} of the {total} events in scope are dated only to "
        "the year",
        "da": "perioden {start}..{end} er ikke dækket: {left_out} af de {total} hændelser i udsnittet er kun "
        "dateret til året",
    },
    "town": {
        "en": "{town} is a town; the data's places are checked by governorate ({admin1})",
        "da": "{town} er en by; data efterprøves på guvernementsniveau ({admin1})",
    },
    "town_absence": {
        "en": "{town} is a town; the data's places are checked by governorate ({admin1}, where it has {n} events)",
        "da": "{town} er en by; data efterprøves på guvernementsniveau ({admin1}, hvor data har {n} hændelser)",
    },
    "town_concentration": {
        "en": "{town} is a town; the data's places are checked by governorate: {admin1} holds {k} of {n} events",
        "da": "{town} er en by; data efterprøves på guvernementsniveau: {admin1} har {k} af {n} hændelser",
    },
    "no_event_on_date": {
        "en": "no event of the actor on that date in the data",
        "da": "data har ingen hændelse med aktøren på den dato",
    },
    "absence": {"en": "{n} events of the actor in {where}", "da": "{n} hændelser med aktøren i {where}"},
    "data_events": {"en": "the data has {n} events", "da": "data har {n} hændelser"},
    "data_deaths": {"en": "the data has {n} deaths", "da": "data har {n} dødsfald"},
    "no_events_scope": {
        "en": "no events of the actor in this scope",
        "da": "ingen hændelser med aktøren i dette udsnit",
    },
    "share": {
        "en": "{k} of {n} events: {share} (95% CI {low}–{high})",
        "da": "{k} af {n} hændelser: {share} (95 %-konfidensinterval {low}–{high})",
    },
    "definitions": {
        "en": "; {verdict} if coalitions that include {label} count (as here), {other} if only {label} alone count: "
        "{alone} of {n}, {share} (95% CI {low}–{high})",
        "da": "; {verdict}, hvis koalitioner med {label} medregnes (som her), {other}, hvis kun {label} alene "
        "medregnes: {alone} af {n}, {share} (95 %-konfidensinterval {low}–{high})",
    },
    # tolerances
    "deaths_tolerance": {
        "en": "±{near} of the data's toll; more than ±{far} off is contradicted, in between not checkable (tolls of "
        "one event differ between sources)",
        "da": "±{near} af dødstallet i data; mere end ±{far} ved siden af er modsagt, midt imellem ikke "
        "efterprøvelig (dødstal for én hændelse varierer mellem kilderne)",
    },
    "absence_tolerance": {
        "en": "none: an absence holds only if the data has no such event",
        "da": "ingen: et fravær holder kun, hvis data ikke har nogen sådan hændelse",
    },
    "count_tolerance": {
        "en": "±{tol} of the claimed number (at least ±{least})",
        "da": "±{tol} af det påståede tal (mindst ±{least})",
    },
    "share_tolerance": {
        "en": "95% interval widened by ±{points} percentage points",
        "da": "95 %-intervallet udvidet med ±{points} procentpoint",
    },
    "read_as": {"en": "; '{text}' read as {range}", "da": "; '{text}' læst som {range}"},
    # alternatives and the nearest covered window
    "alone": {
        "en": "{label} alone (coalitions that include them left out)",
        "da": "{label} alene (koalitioner, de indgår i, er udeladt)",
    },
    "proxy": {
        "en": "on calendar {year}, which covers {months} of the window's {span} months: {share} ({low}–{high}) vs "
        "the claimed {claimed}: {verdict} on the proxy",
        "da": "i kalenderåret {year}, som dækker {months} af periodens {span} måneder: {share} ({low}–{high}) mod "
        "de påståede {claimed}: {verdict} på tilnærmelsen",
    },
    "year_note": {"en": "whole calendar year; not a verdict", "da": "hele kalenderåret; ikke en konklusion"},
    "proxy_note": {
        "en": "proxy: the nearest window the data covers, not the claimed one",
        "da": "tilnærmelse: den nærmeste periode, data dækker, ikke den påståede",
    },
    # what the data means by the claim's words
    "counter_terror": {
        "en": "'{measure}' has no direct equivalent in the data: counted as all of {actor}'s engagements",
        "da": "'{measure}' har ingen direkte modsvarighed i data: talt som alle kampe med {actor}",
    },
    "operations": {
        "en": "'{measure}' counted as {actor}'s engagements and directed events in the data",
        "da": "'{measure}' talt som kampe og rettede hændelser med {actor} i data",
    },
    "attacks": {
        "en": "the claim speaks of attacks; the data records engagements between sides and does not say who attacked",
        "da": "påstanden taler om angreb; data registrerer kampe mellem parter og siger ikke, hvem der angreb",
    },
    "directly": {
        "en": "'directly targeted' cannot be told apart in the data: an engagement involving both sides counts",
        "da": "'direkte angrebet' kan ikke skelnes i data: en kamp, som begge parter indgår i, tæller med",
    },
    "count_rules": {
        "en": "counts depend on each database's counting rules; the claim's source is another database",
        "da": "tal afhænger af hver databases optællingsregler; påstandens kilde er en anden database",
    },
}
_BOUND = {
    "en": {"~": "", "=": "", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "at most "},
    "da": {"~": "", "=": "", ">": "mere end ", ">=": "mindst ", "<": "mindre end ", "<=": "højst "},
}


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
        return _BOUND[lang].get(value.operator, "") + shown
    if isinstance(value, Class):
        return class_name(value.label, lang)
    return str(value)


def render(text: Say, lang: str) -> str:
    """The sentence in `lang` ('en' or 'da')."""
    return TEMPLATES[text.key][lang].format(**{k: shown(v, lang) for k, v in text.values.items()})


def verdict_text(verdict: Verdict, name: str, lang: str = "en") -> object:
    """A verdict's text field in `lang`: reason, tolerance, caveats, alternatives (their definitions),
    indicative_text or indicative_note. English is the field itself; Danish was rendered beside it."""
    if lang != "en" and name in verdict.danish:
        return verdict.danish[name]
    if name == "alternatives":
        return [str(a["definition"]) for a in verdict.alternatives]
    if name.startswith("indicative_"):
        return (verdict.indicative or {}).get(name.removeprefix("indicative_"))
    return getattr(verdict, name)
