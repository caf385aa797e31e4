"""Numbers, dates and labels in English or Danish: `number(1234.5, "da") == "1.234,5"`."""

from __future__ import annotations

import datetime as dt
import math

from dyadscope.errors import QueryError

LANGS = ("en", "da")
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
# Locales vl-convert knows, so chart axes follow the page (d3-format / d3-time-format names).
VEGA_LOCALE = {"en": "en-US", "da": "da-DK"}

LABELS: dict[str, dict[str, str]] = {
    "kicker": {"en": "dyadscope report", "da": "dyadscope-rapport"},
    "title": {"en": "Whom {actor} engaged{where}", "da": "Hvem {actor} kæmpede mod{where}"},
    "in": {"en": " in {country}", "da": " i {country}"},
    "events": {"en": "events", "da": "hændelser"},
    "deaths": {"en": "deaths (best estimate)", "da": "dødsfald (bedste skøn)"},
    "top": {"en": "with {label}", "da": "mod {label}"},
    "lede": {
        "en": "{total} events involving {actor} are recorded{where} between {start} and {end}. "
        "The largest counterpart class is {label}: {share} of the events (95% interval {low}–{high}).",
        "da": "Der er registreret {total} hændelser med {actor}{where} mellem {start} og {end}. "
        "Den største modpartsklasse er {label}: {share} af hændelserne (95 %-interval {low}–{high}).",
    },
    "shares": {"en": "Counterparts by class", "da": "Modparter efter klasse"},
    "shares_note": {
        "en": "Share of the actor's events, with 95% Wilson intervals.",
        "da": "Andel af aktørens hændelser med 95 %-Wilson-intervaller.",
    },
    "monthly": {"en": "Month by month", "da": "Måned for måned"},
    "monthly_none": {
        "en": "No monthly series: all {n} events in this window are dated only to the year in the source.",
        "da": "Ingen månedlig serie: alle {n} hændelser i perioden er kun dateret til året i kilden.",
    },
    "map": {"en": "Where", "da": "Hvor"},
    "map_note": {
        "en": "Each dot gathers the events with one counterpart class in a grid cell of {grid}° (about {km} km), at "
        "their mean position, sized by the number of events and coloured by counterpart class: {dots} dots for "
        "{located} events.",
        "da": "Hver prik samler hændelser med én modpartsklasse i en gittercelle på {grid}° (ca. {km} km) i deres "
        "gennemsnitlige position, størrelse efter antal hændelser, farve efter modpartsklasse: {dots} prikker for "
        "{located} hændelser.",
    },
    "no_coordinates": {"en": "{n} events have no coordinates.", "da": "{n} hændelser har ingen koordinater."},
    "monthly_coarse": {
        "en": "{n} events dated only to the year (or a longer span) are not in the monthly series.",
        "da": "{n} hændelser, der kun er dateret til året (eller et længere spænd), indgår ikke i den månedlige serie.",
    },
    "governorates": {"en": "By governorate", "da": "Efter guvernement"},
    "governorate": {"en": "Governorate", "da": "Guvernement"},
    "share": {"en": "Share", "da": "Andel"},
    "deaths_short": {"en": "Deaths", "da": "Dødsfald"},
    "interval": {"en": "95% interval", "da": "95 %-interval"},
    "with": {"en": "with {b}", "da": "mod {b}"},
    "avoidance": {"en": "Do they avoid each other?", "da": "Undgår de hinanden?"},
    "avoidance_note": {
        "en": "Observed engagements against the number expected if, within each place and period, the actor's "
        "engagements chose counterparts in proportion to their activity there. A ratio below 1 means fewer "
        "engagements than shared presence predicts.",
        "da": "Observerede kampe mod det forventede antal, hvis aktørens kampe inden for hvert sted og hver periode "
        "valgte modparter i forhold til deres aktivitet dér. Et forhold under 1 betyder færre kampe, end den "
        "fælles tilstedeværelse forudsiger.",
    },
    "versus": {"en": "Counterpart", "da": "Modpart"},
    "any_class": {"en": "any {classes} actor", "da": "enhver aktør af typen {classes}"},
    "or": {"en": " or ", "da": " eller "},
    "interval_perm": {"en": "95% interval (permutations)", "da": "95 %-interval (permutationer)"},
    "interval_cells": {"en": "95% interval (cells resampled)", "da": "95 %-interval (celler gentrukket)"},
    "avoidance_method": {
        "en": "p and the first interval come from {permutations} within-cell permutations (seed {seed}), exactly as "
        "`dyadscope avoidance` computes them; the second interval resamples whole cells, allowing for events that "
        "cluster. A ratio is coloured only when p < 0.05 and both intervals lie on the same side of 1.",
        "da": "p og det første interval stammer fra {permutations} permutationer inden for cellerne (seed {seed}), "
        "præcis som `dyadscope avoidance` beregner dem; det andet interval trækker hele celler igen og tager højde "
        "for hændelser, der klumper sig sammen. Et forhold er kun farvet, når p < 0,05, og begge intervaller ligger "
        "på samme side af 1.",
    },
    "inconclusive": {"en": "not significant", "da": "ikke signifikant"},
    "observed": {"en": "Observed", "da": "Observeret"},
    "expected": {"en": "Expected", "da": "Forventet"},
    "ratio": {"en": "Ratio", "da": "Forhold"},
    "p": {"en": "p (two-sided)", "da": "p (tosidet)"},
    "cells": {"en": "Cells", "da": "Celler"},
    "notes": {"en": "How to read these numbers", "da": "Sådan læses tallene"},
    "credits": {"en": "Data and credits", "da": "Data og kreditering"},
    "generated": {"en": "Generated by dyadscope on {date}.", "da": "Lavet med dyadscope {date}."},
    "class": {"en": "Counterpart class", "da": "Modpartsklasse"},
    "month": {"en": "Month", "da": "Måned"},
    "total": {"en": "Total", "da": "I alt"},
    "basemap_credit": {
        "en": "Country outlines: Natural Earth (public domain), via world-atlas 2.0.2 by Mike Bostock (ISC licence).",
        "da": "Landegrænser: Natural Earth (offentligt domæne), via world-atlas 2.0.2 af Mike Bostock (ISC-licens).",
    },
}
CLASS_DA = {
    "state forces": "statsstyrker",
    "rebel/insurgent": "oprørere",
    "jihadist": "jihadister",
    "Kurdish/ethnic militia": "kurdisk/etnisk milits",
    "pro-government militia": "regeringsvenlig milits",
    "foreign state/coalition": "fremmed stat/koalition",
    "civilians": "civile",
    "unknown": "ukendt",
    "unresolved": "uafklaret",
}


def check_lang(lang: str) -> str:
    """The language code, or QueryError."""
    if lang not in LANGS:
        raise QueryError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """A label in `lang` with its blanks filled."""
    return LABELS[key][lang].format(**values)


def number(value: float | int, lang: str, digits: int = 0) -> str:
    """1234.5 -> '1,234.5' (en) or '1.234,5' (da); NaN -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    english = f"{value:,.{digits}f}"
    if lang == "da":
        return english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return english


def percent(share: float, lang: str, digits: int = 1) -> str:
    """0.123 -> '12.3%' (en) or '12,3 %' (da)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return number(100 * share, lang, digits) + ("\u00a0%" if lang == "da" else "%")


def date(value: dt.date, lang: str) -> str:
    """2014-11-21 -> '21 November 2014' (en) or '21. november 2014' (da)."""
    month = _MONTHS[lang][value.month - 1]
    return f"{value.day}. {month} {value.year}" if lang == "da" else f"{value.day} {month} {value.year}"


def class_name(label: str, lang: str) -> str:
    """A counterpart-class label in `lang` ('state forces + jihadist' -> 'statsstyrker + jihadister')."""
    if lang == "en":
        return label
    return " + ".join(CLASS_DA.get(part, part) for part in label.split(" + "))


def country(iso3: str, lang: str) -> str:
    """A country's short name in `lang`: `country("SYR", "da") == "Syrien"`."""
    from dyadscope.countries import country_name  # pycountry, loaded only when a page names a country

    return country_name(iso3, lang)
