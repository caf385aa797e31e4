"""The claim checker's sentences in English and Danish: one template per sentence, the values filled per language.

verify.py builds each verdict text with `say(key, **values)` and stores both renderings, so the English
fields (CLI, JSON, evaluation) stay as they were and `verdict_text(verdict, "reason", "da")` gives the
Danish one. Numbers go through report/i18n (Danish decimal comma, 12,3 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dyadscope.report import i18n
from dyadscope.report.i18n import class_name, number, percent

if TYPE_CHECKING:
    from dyadscope.actors.registry import Actor
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
    "depends on definition": {"en": "depends on definition", "da": "afhænger af definitionen"},
    "scope": {"en": "scope", "da": "udsnittet"},
    "other_than_events": {"en": "something other than events", "da": "noget andet end hændelser"},
    "counterpart_classes": {
        "en": "{label}: classes {classes} (incl. coalitions with them)",
        "da": "{label}: klasserne {classes} (inkl. koalitioner med dem)",
    },
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
    "orphan": {
        "en": "“{words}” refers to no actor named before it, so one side of the claim is unknown; "
        "name it in the claim (--claims-out, edit, --claims)",
        "da": "“{words}” henviser ikke til en aktør nævnt før, så den ene side af påstanden er ukendt; "
        "angiv den i påstanden (--claims-out, redigér, --claims)",
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
    "no_country": {
        "en": "; the sentence names no country: over all countries as counted here, but {verdict} in {country} alone",
        "da": "; sætningen nævner intet land: i alle lande som talt her, men {verdict} i {country} alene",
    },
    "never_a_side": {
        "en": "the data codes no event at all with {actor} as a side, so it cannot count its events",
        "da": "data koder ingen hændelser overhovedet med {actor} som part, så de kan ikke tælles",
    },
    "no_events_scope": {
        "en": "no events of the actor in this scope",
        "da": "ingen hændelser med aktøren i dette udsnit",
    },
    "share": {
        "en": "{k} of {n} events: {share} (95% CI {low}–{high})",
        "da": "{k} af {n} hændelser: {share} (95 %-konfidensinterval {low}–{high})",
    },
    # other reasonable definitions that decide the claim the other way (claims/definitions.py)
    "as_counted": {"en": "; {verdict} as counted here", "da": "; {verdict} som talt her"},
    "if_share": {
        "en": "; {verdict} {clause}: {k} of {n}, {share} (95% CI {low}–{high})",
        "da": "; {verdict}, {clause}: {k} af {n}, {share} (95 %-konfidensinterval {low}–{high})",
    },
    "if_count": {"en": "; {verdict} {clause}: {k} events", "da": "; {verdict}, {clause}: {k} hændelser"},
    "also_share": {
        "en": "; also {verdict} {clause}: {k} of {n}, {share} (95% CI {low}–{high})",
        "da": "; også {verdict}, {clause}: {k} af {n}, {share} (95 %-konfidensinterval {low}–{high})",
    },
    "also_count": {"en": "; also {verdict} {clause}: {k} events", "da": "; også {verdict}, {clause}: {k} hændelser"},
    "as_counted_lineage": {
        "en": "; {verdict} as counted here, {name} with its other names ({others})",
        "da": "; {verdict} som talt her, {name} med dens andre navne ({others})",
    },
    "with_lineage": {
        "en": "; {name} counted with its other names ({others})",
        "da": "; {name} talt med dens andre navne ({others})",
    },
    "if_names_alone": {
        "en": "if only events recorded under the names as written count (other names of the same organisations "
        "left out: {others})",
        "da": "hvis kun hændelser registreret under navnene, som de står, medregnes (andre navne for de samme "
        "organisationer udeladt: {others})",
    },
    "if_name_alone": {
        "en": "if only events recorded under the name {name} count (its other names, {others}, left out)",
        "da": "hvis kun hændelser registreret under navnet {name} medregnes (dens andre navne, {others}, udeladt)",
    },
    "if_counterpart_alone": {
        "en": "if only {label} alone count (coalitions that include them left out)",
        "da": "hvis kun {label} alene medregnes (koalitioner, de indgår i, udeladt)",
    },
    "if_narrower": {
        "en": "if '{label}' means {classes} only",
        "da": "hvis '{label}' kun betyder {classes}",
    },
    "if_broader": {
        "en": "if '{label}' covers {classes}",
        "da": "hvis '{label}' omfatter {classes}",
    },
    "if_actor_alone": {
        "en": "if only events where {actor} fought alone count (its coalitions with other groups left out)",
        "da": "hvis kun hændelser, hvor {actor} kæmpede alene, medregnes (koalitioner med andre grupper udeladt)",
    },
    "if_engagements": {
        "en": "if one-sided violence is left out (engagements between sides only)",
        "da": "hvis ensidig vold udelades (kun kampe mellem parter)",
    },
    "if_engagements_fighting": {
        "en": "if one-sided violence is left out, as '{measure}' suggests (engagements between sides only)",
        "da": "hvis ensidig vold udelades, som '{measure}' antyder (kun kampe mellem parter)",
    },
    "if_given_admin1": {
        "en": "if only events whose governorate the source gave count (governorates derived from coordinates left out)",
        "da": "hvis kun hændelser, hvis guvernement kilden selv angav, medregnes (guvernementer udledt af "
        "koordinater udeladt)",
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
    "proxy": {
        "en": "on calendar {year}, which covers {months} of the window's {span} months: {share} ({low}–{high}) vs "
        "the claimed {claimed}: {verdict} on the proxy",
        "da": "i kalenderåret {year}, som dækker {months} af periodens {span} måneder: {share} ({low}–{high}) mod "
        "de påståede {claimed}: {verdict} på tilnærmelsen",
    },
    "year_note": {"en": "whole calendar year; not a verdict", "da": "hele kalenderåret; ikke en konklusion"},
    "year_note_far": {
        "en": "whole calendar year; not a verdict: the window's {span} months are too small a part of it ({months} "
        "of 12)",
        "da": "hele kalenderåret; ikke en konklusion: periodens {span} måneder er for lille en del af det ({months} "
        "af 12)",
    },
    "year_note_town": {
        "en": "whole calendar year in all of {admin1}, not {town} alone; not a verdict",
        "da": "hele kalenderåret i hele {admin1}, ikke kun {town}; ikke en konklusion",
    },
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
    # reading notes (claims/extract.py, claims/dates.py store the English: note(); note_text() gives either language)
    "note_carried_over": {
        "en": "window carried over from the previous claim in the paragraph",
        "da": "perioden er overtaget fra den forrige påstand i afsnittet",
    },
    "note_window": {"en": "window: {basis}", "da": "periode: {basis}"},
    "note_year_from_context": {
        "en": "year from the context (the sentence names none)",
        "da": "året er taget fra sammenhængen (sætningen nævner intet)",
    },
    "note_months_after": {"en": "the {n} months after {text}", "da": "de {n} måneder efter {text}"},
    "note_year_after": {"en": "the year after {text}", "da": "året efter {text}"},
    "note_year_before": {"en": "the year before {text}", "da": "året før {text}"},
    "note_based": {
        "en": "country: {country}, where {actor} is based (the sentence names none)",
        "da": "land: {country}, hvor {actor} har base (sætningen nævner intet)",
    },
    "note_relative": {"en": "relative to {date}", "da": "regnet fra {date}"},
    "note_to_today": {"en": "to today (no article date)", "da": "til i dag (artiklen har ingen dato)"},
    "note_weekday": {"en": "the {day} on or before {date}", "da": "{day} på eller før {date}"},
    "note_same_as": {"en": "same as the previous claim ({text})", "da": "samme som den forrige påstand ({text})"},
    "note_twelve_months": {
        "en": "relative to {date}; read as the twelve months ending then",
        "da": "regnet fra {date}; læst som de tolv måneder, der slutter da",
    },
    "note_months_back": {"en": "relative to {date}; {n} months", "da": "regnet fra {date}; {n} måneder"},
    "note_given": {"en": "given ({date})", "da": "angivet ({date})"},
    "note_no_date": {
        "en": "no date found in the text; give --as-of",
        "da": "ingen dato fundet i teksten; angiv --as-of",
    },
    "note_latest_date": {
        "en": "latest date mentioned in the text ({date}); give --as-of to override",
        "da": "seneste dato nævnt i teksten ({date}); angiv --as-of for at vælge en anden",
    },
    "note_published": {
        "en": "the publication date the page gives ({date}); give --as-of to override",
        "da": "den udgivelsesdato, siden angiver ({date}); angiv --as-of for at vælge en anden",
    },
}
# The Danish of the counterpart groups' labels in phrases.yaml (a counterpart named by kind, not by name).
GROUP_DA = {
    "rebel and jihadist groups": "oprørs- og jihadistgrupper",
    "jihadist groups": "jihadistgrupper",
    "Kurdish forces": "kurdiske styrker",
    "civilians": "civile",
    "foreign states and coalitions": "fremmede stater og koalitioner",
    "state forces": "statsstyrker",
    "pro-government militias": "regeringsvenlige militser",
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
        land = i18n.country(actor.country, "da")
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
        return _BOUND[lang].get(value.operator, "") + shown
    if isinstance(value, Class):
        if lang == "da" and value.label in GROUP_DA:
            return GROUP_DA[value.label]
        return class_name(value.label, lang)
    if isinstance(value, Name):
        return value.da if lang == "da" else value.en
    if isinstance(value, Classes):
        return ", ".join(class_name(label, lang) for label in value.labels)
    return str(value)


def render(text: Say, lang: str) -> str:
    """The sentence in `lang` ('en' or 'da')."""
    return TEMPLATES[text.key][lang].format(**{k: shown(v, lang) for k, v in text.values.items()})


def note(key: str, **values: object) -> str:
    """A reading note (a 'note_' template) in English, as a Claim stores it; note_text() reads it in Danish."""
    return render(Say(key, values), "en")


@cache
def _note_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each note template's English as a pattern, the most specific (most literal text) first."""
    patterns = []
    for key, text in TEMPLATES.items():
        if key.startswith("note_"):
            parts = re.split(r"\{(\w+)\}", text["en"])
            literal = "".join(parts[0::2])
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
            patterns.append((len(literal), re.compile(regex, re.S), key))
    return [(pattern, key) for _, pattern, key in sorted(patterns, key=lambda p: -p[0])]


def note_text(text: str, lang: str) -> tuple[str, str]:
    """A stored English note in `lang`, and the language it is in (a note no template matches stays English)."""
    if lang == "en":
        return text, "en"
    for pattern, key in _note_patterns():
        match = pattern.fullmatch(text)
        if match:
            values = {k: note_text(v, lang)[0] for k, v in match.groupdict().items()}
            return TEMPLATES[key][lang].format(**values), lang
    return text, "en"


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
