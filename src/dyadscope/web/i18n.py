"""Every label of the web pages in English and Danish; numbers and dates through report.i18n (one definition)."""

from __future__ import annotations

import datetime as dt

from dyadscope.report import i18n as report_i18n

LANGS = report_i18n.LANGS

LABELS: dict[str, tuple[str, str]] = {
    # (English, Danish)
    "app": ("dyadscope", "dyadscope"),
    "skip": ("Skip to content", "Gå til indhold"),
    "nav_overview": ("Overview", "Oversigt"),
    "nav_explore": ("Explore", "Udforsk"),
    "nav_avoidance": ("Avoidance", "Undgåelse"),
    "nav_check": ("Check an article", "Tjek en artikel"),
    "nav_imports": ("Imports", "Importer"),
    "nav_api": ("API", "API"),
    "other_lang": ("Dansk", "English"),
    "other_lang_label": ("Vis på dansk", "Show in English"),
    "overview_title": ("What the store holds", "Hvad databasen indeholder"),
    "store": ("Store", "Database"),
    "events": ("events", "hændelser"),
    "events_col": ("Events", "Hændelser"),
    "source": ("Source", "Kilde"),
    "sources": ("Sources", "Kilder"),
    "first": ("First", "Første"),
    "last": ("Last", "Sidste"),
    "layouts": ("Versions", "Versioner"),
    "year": ("Year", "År"),
    "by_source_year": ("Events by source and year", "Hændelser efter kilde og år"),
    "coverage": ("Actor resolution", "Aktøropløsning"),
    "coverage_text": (
        "{both} of {total} events ({share}) have both sides resolved to an actor class.",
        "{both} af {total} hændelser ({share}) har begge sider opløst til en aktørklasse.",
    ),
    "imports": ("Imports", "Importer"),
    "quarantine": ("Quarantine", "Karantæne"),
    "quarantine_rows": ("{n} rows in quarantine", "{n} rækker i karantæne"),
    "credits": ("Data and credits", "Data og kreditering"),
    "read_only": (
        "Read-only: this server does not change the store.",
        "Skrivebeskyttet: denne server ændrer ikke databasen.",
    ),
    "explore_title": ("Explore: whom did an actor engage?", "Udforsk: hvem kæmpede en aktør mod?"),
    "actor": ("Actor", "Aktør"),
    "actor_hint": ("Any name or alias, e.g. ISIS, Daesh, Islamisk Stat", "Ethvert navn, fx ISIS, Daesh, Islamisk Stat"),
    "counterpart": ("Also count counterpart", "Tæl også modpart"),
    "country": ("Country (ISO3)", "Land (ISO3)"),
    "any": ("any", "alle"),
    "from": ("From", "Fra"),
    "to": ("To", "Til"),
    "presets": ("Windows", "Perioder"),
    "all_years": ("all years", "alle år"),
    "by": ("Break down by", "Opdel efter"),
    "by_class": ("counterpart class", "modpartsklasse"),
    "by_actor": ("counterpart actor", "modpartsaktør"),
    "by_admin1": ("governorate/province", "guvernement/provins"),
    "by_month": ("month", "måned"),
    "by_source": ("source", "kilde"),
    "weight": ("Weight", "Vægt"),
    "weight_events": ("events", "hændelser"),
    "weight_fatalities": ("deaths", "dødsfald"),
    "against": ("Reverse: who engaged the actor", "Omvendt: hvem kæmpede mod aktøren"),
    "dedupe": ("Count linked records once", "Tæl sammenkædede poster én gang"),
    "exclude_doubtful": ("Leave out doubtful records", "Udelad tvivlsomme poster"),
    "actor_alone": ("Only the actor alone on its side", "Kun aktøren alene på sin side"),
    "engagements_only": ("Engagements only (no one-sided violence)", "Kun kampe (ingen ensidig vold)"),
    "given_admin1_only": ("Only provinces the source gave", "Kun provinser, kilden selv angav"),
    "show": ("Show", "Vis"),
    "start_hint": ("Type an actor and press Show.", "Skriv en aktør og tryk Vis."),
    "result_title": ("Whom {actor} engaged{where}{window}", "Hvem {actor} kæmpede mod{where}{window}"),
    "result_title_against": ("Who engaged {actor}{where}{window}", "Hvem der kæmpede mod {actor}{where}{window}"),
    "in": (" in {country}", " i {country}"),
    "window": (", {start} to {end}", ", {start} til {end}"),
    "share": ("Share", "Andel"),
    "share_deaths": ("Share of deaths", "Andel af dødsfald"),
    "interval": ("95% interval", "95 %-interval"),
    "deaths": ("Deaths", "Dødsfald"),
    "coalition": ("Coalition", "Koalition"),
    "with": ("with {b}", "mod {b}"),
    "total": ("Total", "I alt"),
    "drill": ("actors", "aktører"),
    "chart": ("Chart", "Diagram"),
    "map": ("Map of the events", "Kort over hændelserne"),
    "map_note": (
        "Events binned in {cell}° cells; circle area shows events. {n} events have no coordinates.",
        "Hændelser samlet i celler på {cell}°; cirklens areal viser hændelser. {n} hændelser har ingen koordinater.",
    ),
    "map_loading": ("Loading the map…", "Indlæser kortet…"),
    "monthly": ("Month by month", "Måned for måned"),
    "monthly_none": (
        "No monthly series: the events in this window are dated only to the year.",
        "Ingen månedlig serie: hændelserne i perioden er kun dateret til året.",
    ),
    "caveats": ("How to read these numbers", "Sådan læses tallene"),
    "caveats_note": (
        "Word for word as the command line prints them under the table.",
        "Som kommandolinjen skriver dem under tabellen, her oversat.",
    ),
    "caveats_cli": ("As the command line prints them", "Som kommandolinjen skriver dem (på engelsk)"),
    "command": ("The same table on the command line", "Samme tabel på kommandolinjen"),
    "copy": ("Copy", "Kopiér"),
    "copied": ("Copied", "Kopieret"),
    "downloads": ("Downloads", "Hent"),
    "report": ("HTML report", "HTML-rapport"),
    "share_url": ("This page's address holds the whole query: share it.", "Sidens adresse rummer hele forespørgslen."),
    "actor_title": ("Actor: {name}", "Aktør: {name}"),
    "class": ("Class", "Klasse"),
    "aliases": ("Aliases", "Andre navne"),
    "lineage": ("Lineage (renames, mergers)", "Afstamning (navneskift, fusioner)"),
    "part_of": ("Part of", "Del af"),
    "member_of": ("Member of", "Medlem af"),
    "members": ("Members", "Medlemmer"),
    "valid": ("Valid", "Gyldig"),
    "note": ("Note", "Note"),
    "activity": ("Activity by year", "Aktivitet efter år"),
    "activity_note": (
        "Events involving the actor, by the year they are dated to.",
        "Hændelser med aktøren efter det år, de er dateret til.",
    ),
    "top_counterparts": ("Top counterparts", "Hyppigste modparter"),
    "explore_actor": ("Explore this actor", "Udforsk denne aktør"),
    "avoidance_title": ("Do two actors avoid each other?", "Undgår to aktører hinanden?"),
    "actor_a": ("Actor A", "Aktør A"),
    "actor_b": ("Actor B (or class:rebel)", "Aktør B (eller class:rebel)"),
    "cell": ("Place cell", "Stedcelle"),
    "period": ("Period", "Periode"),
    "permutations": ("Permutations", "Permutationer"),
    "seed": ("Seed", "Frø"),
    "run": ("Run the test", "Kør testen"),
    "observed": ("Observed A–B engagements", "Observerede A–B-kampe"),
    "expected": ("Expected from shared presence", "Forventet ud fra fælles tilstedeværelse"),
    "ratio": ("Ratio observed/expected", "Forhold observeret/forventet"),
    "ratio_ci": ("95% interval (permutation test)", "95 %-interval (permutationstest)"),
    "ratio_ci_cells": ("95% interval (resampling cells)", "95 %-interval (gensampling af celler)"),
    "p_two": ("p, two-sided", "p, tosidet"),
    "p_lower": ("p, avoidance", "p, undgåelse"),
    "p_upper": ("p, attraction", "p, tiltrækning"),
    "exposure": ("Exposure", "Eksponering"),
    "cells_both": ("Cells with both active", "Celler hvor begge er aktive"),
    "cells_a_only": ("Cells with only A (no exposure)", "Celler kun med A (ingen eksponering)"),
    "cells_b_only": ("Cells with only B (no exposure)", "Celler kun med B (ingen eksponering)"),
    "top_cells": ("Cells contributing most", "Celler der bidrager mest"),
    "governorate": ("Governorate", "Guvernement"),
    "a_events": ("A events", "A-hændelser"),
    "a_eng": ("A engagements", "A-kampe"),
    "b_act": ("B activity", "B-aktivitet"),
    "pool": ("Pool", "Pulje"),
    "obs": ("Obs.", "Obs."),
    "exp": ("Exp.", "Forv."),
    "avoid_hint": ("Name two actors and run the test.", "Angiv to aktører og kør testen."),
    "check_title": ("Check the numbers in an article", "Tjek tallene i en artikel"),
    "check_intro": (
        "Paste an article (English or Danish) or upload a text, Markdown or HTML file of at most {mb} MB.",
        "Indsæt en artikel (engelsk eller dansk) eller upload en tekst-, Markdown- eller HTML-fil på højst {mb} MB.",
    ),
    "article_text": ("Article text", "Artiklens tekst"),
    "or_file": ("…or a file", "…eller en fil"),
    "language": ("Language", "Sprog"),
    "auto": ("detect", "find selv"),
    "as_of": ("Written on (optional)", "Skrevet den (valgfrit)"),
    "check": ("Check", "Tjek"),
    "claims_found": ("{n} claims: {summary}", "{n} påstande: {summary}"),
    "no_claims": ("No checkable claims found.", "Ingen påstande fundet."),
    "claim": ("Claim", "Påstand"),
    "verdict": ("Verdict", "Vurdering"),
    "data": ("Data", "Data"),
    "tolerance": ("Tolerance", "Tolerance"),
    "details": ("Details and caveats", "Detaljer og forbehold"),
    "counterpart_short": ("Counterpart", "Modpart"),
    "place": ("Place", "Sted"),
    "window_short": ("Window", "Periode"),
    "query": ("Query", "Forespørgsel"),
    "nearest_year": ("Nearest whole year (context)", "Nærmeste hele år (kontekst)"),
    "open_explore": ("Open in Explore", "Åbn i Udforsk"),
    "unplaced": ("Claims not located in the text", "Påstande der ikke blev fundet i teksten"),
    "imports_title": ("Imports and quarantine", "Importer og karantæne"),
    "upload": ("Import a file", "Importér en fil"),
    "upload_hint": (
        "A UCDP, ACLED, GTD or GDELT export (CSV, optionally gzip/zip), at most {mb} MB.",
        "En UCDP-, ACLED-, GTD- eller GDELT-fil (CSV, evt. gzip/zip), højst {mb} MB.",
    ),
    "upload_off": (
        "Uploads are off: start the server with --allow-import to import files here.",
        "Upload er slået fra: start serveren med --allow-import for at importere filer her.",
    ),
    "file": ("File", "Fil"),
    "import": ("Import", "Importér"),
    "job_running": ("Importing {name}…", "Importerer {name}…"),
    "job_done": ("Imported {name}", "Importerede {name}"),
    "job_failed": ("The import of {name} failed", "Importen af {name} mislykkedes"),
    "progress": ("Progress", "Forløb"),
    "rows_read": ("Rows read", "Læste rækker"),
    "imported": ("New", "Nye"),
    "updated": ("Updated", "Opdaterede"),
    "unchanged": ("Unchanged", "Uændrede"),
    "quarantined": ("Quarantined", "I karantæne"),
    "started": ("Started", "Startet"),
    "file_name": ("File", "Fil"),
    "layout": ("Layout", "Format"),
    "see_quarantine": ("See its quarantined rows", "Se dens rækker i karantæne"),
    "reason": ("Reason", "Årsag"),
    "field": ("Field", "Felt"),
    "value": ("Value", "Værdi"),
    "line": ("Line", "Linje"),
    "raw": ("Raw row", "Rå række"),
    "all_reasons": ("all reasons", "alle årsager"),
    "filter": ("Filter", "Filtrér"),
    "import_id": ("Import", "Import"),
    "page": ("Page {n} of {of}", "Side {n} af {of}"),
    "previous": ("Previous", "Forrige"),
    "next": ("Next", "Næste"),
    "nothing_quarantined": ("No rows in quarantine.", "Ingen rækker i karantæne."),
    "error_title": ("That did not work", "Det lykkedes ikke"),
    "busy_title": ("The store is busy, retrying", "Databasen er optaget, prøver igen"),
    "busy_text": (
        "Another process is importing into the store. This page tries again every {s} seconds.",
        "En anden proces importerer til databasen. Siden prøver igen hvert {s}. sekund.",
    ),
    "too_large": (
        "The upload is larger than the {mb} MB this page accepts.",
        "Det sendte er større end de {mb} MB, siden modtager.",
    ),
    "csrf": (
        "The form expired or came from another site: reload the page and send it again.",
        "Formularen er udløbet eller kom fra et andet sted: genindlæs siden og send igen.",
    ),
    "not_found": ("No such page.", "Siden findes ikke."),
    "server_error": (
        "Something went wrong on the server; the details are in its log.",
        "Noget gik galt på serveren; detaljerne står i dens log.",
    ),
    "back": ("Back to the start", "Tilbage til start"),
    "api_title": ("JSON API", "JSON-API"),
    "api_intro": (
        "Every page has a JSON twin returning what the Python API returns. The OpenAPI description: {url}",
        "Hver side har en JSON-tvilling, der returnerer det samme som Python-API'et. OpenAPI-beskrivelsen: {url}",
    ),
    "footer": (
        "dyadscope: open conflict-event analysis. Numbers come from the library, the same as the command line.",
        "dyadscope: åben analyse af konflikthændelser. Tallene kommer fra biblioteket, de samme som på kommandolinjen.",
    ),
}


def check_lang(lang: str | None) -> str:
    """A supported language code ('en' when unknown: the page should still render)."""
    return lang if lang in LANGS else "en"


def text(key: str, lang: str, **values: object) -> str:
    """A label in `lang` with its blanks filled."""
    english, danish = LABELS[key]
    return (danish if lang == "da" else english).format(**values)


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """A number in the page's language ('1,234' or '1.234')."""
    return report_i18n.number(value, lang, digits)


def percent(value: float | None, lang: str, digits: int = 1) -> str:
    """A share as a percentage in the page's language."""
    return report_i18n.percent(value, lang, digits)


def date(value: str | dt.date | None, lang: str) -> str:
    """An ISO date in words in the page's language; None as an ellipsis."""
    if not value:
        return "…"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return report_i18n.date(value, lang)


def class_name(label: str, lang: str) -> str:
    """A counterpart-class label in the page's language."""
    return report_i18n.class_name(label, lang)


def verdict(name: str, lang: str) -> str:
    """A claim verdict in the page's language."""
    # One Danish word per verdict, as the verdict texts use; imported late (dyadscope.claims loads the store API).
    from dyadscope.claims.wording import TEMPLATES

    return TEMPLATES[name][lang] if name in TEMPLATES else name
