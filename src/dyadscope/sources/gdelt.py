"""GDELT event records: raw daily files (tab-separated, no header; 1.0 = 58 columns, 2.0 = 61), plain or
zipped, and headered comma-separated re-exports (with or without an added CAMEOCodeDescription).

Semantics: GDELT is machine-coded from news text: Actor1 does EventCode to Actor2, so every row is
directed, and every row is marked machine_coded. One real event is often many rows (one per article
cluster): counts are media attention unless deduplicated (`dyadscope link`). By default only material
conflict is kept (CAMEO roots 18 Assault, 19 Fight, 20 Unconventional mass violence); coercion (17)
and protest (14) on request (`--cameo-roots 14,17,18,19,20`). Rows outside the asked roots are counted
as skipped, not stored and not quarantined.
Sides: the known-group code when there is one (IMG, ...), else the CAMEO actor code (SYRGOV, SYRMIL,
SYRREB, ...), else the actor name; the registry resolves them. Places: ActionGeo_*; its country is a
FIPS 10-4 code, converted to ISO3 here (FIPS "GG" is Georgia, not Guernsey). ActionGeo_Type 1 is a
country centroid, 2/5 a first-order unit, 3/4 a city. Dates: SQLDATE (YYYYMMDD or YYYY-MM-DD), day precision.
"""

from __future__ import annotations

from pathlib import Path

from dyadscope.sources.base import (
    Layout,
    column,
    coordinate_checks,
    date_from_formats,
    first_failure,
    int_or_null,
    sql_ident,
    trimmed,
    whole_code,
)
from dyadscope.sources.reading import first_line
from dyadscope.sources.taxonomy import CAMEO_DEFAULT_ROOTS, CAMEO_ROOTS, sql_case

SOURCE = "gdelt"
CREDIT = (
    "GDELT Project (open data, unrestricted use with citation): Leetaru, Kalev and Philip A. Schrodt (2013), "
    "'GDELT: Global Data on Events, Location and Tone, 1979-2012', ISA Annual Convention; gdeltproject.org."
)

# FIPS 10-4 country code -> ISO 3166-1 alpha-3 (GDELT's *Geo_CountryCode columns are FIPS, not ISO).
_FIPS_PAIRS = (
    "AA:ABW AC:ATG AE:ARE AF:AFG AG:DZA AJ:AZE AL:ALB AM:ARM AN:AND AO:AGO AQ:ASM AR:ARG AS:AUS AU:AUT AV:AIA "
    "AY:ATA BA:BHR BB:BRB BC:BWA BD:BMU BE:BEL BF:BHS BG:BGD BH:BLZ BK:BIH BL:BOL BM:MMR BN:BEN BO:BLR BP:SLB "
    "BR:BRA BT:BTN BU:BGR BX:BRN BY:BDI CA:CAN CB:KHM CD:TCD CE:LKA CF:COG CG:COD CH:CHN CI:CHL CJ:CYM CK:CCK "
    "CM:CMR CN:COM CO:COL CQ:MNP CS:CRI CT:CAF CU:CUB CV:CPV CW:COK CY:CYP DA:DNK DJ:DJI DO:DMA DR:DOM EC:ECU "
    "EG:EGY EI:IRL EK:GNQ EN:EST ER:ERI ES:SLV ET:ETH EZ:CZE FG:GUF FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FP:PYF "
    "FR:FRA GA:GMB GB:GAB GG:GEO GH:GHA GI:GIB GJ:GRD GK:GGY GL:GRL GM:DEU GP:GLP GQ:GUM GR:GRC GT:GTM GV:GIN "
    "GY:GUY GZ:PSE HA:HTI HK:HKG HO:HND HR:HRV HU:HUN IC:ISL ID:IDN IM:IMN IN:IND IO:IOT IR:IRN IS:ISR IT:ITA "
    "IV:CIV IZ:IRQ JA:JPN JE:JEY JM:JAM JO:JOR KE:KEN KG:KGZ KN:PRK KR:KIR KS:KOR KT:CXR KU:KWT KV:XKX KZ:KAZ "
    "LA:LAO LE:LBN LG:LVA LH:LTU LI:LBR LO:SVK LS:LIE LT:LSO LU:LUX LY:LBY MA:MDG MB:MTQ MC:MAC MD:MDA MF:MYT "
    "MG:MNG MH:MSR MI:MWI MJ:MNE MK:MKD ML:MLI MN:MCO MO:MAR MP:MUS MR:MRT MT:MLT MU:OMN MV:MDV MX:MEX MY:MYS "
    "MZ:MOZ NC:NCL NE:NIU NF:NFK NG:NER NH:VUT NI:NGA NL:NLD NO:NOR NP:NPL NR:NRU NS:SUR NU:NIC NZ:NZL OD:SSD "
    "PA:PRY PC:PCN PE:PER PK:PAK PL:POL PM:PAN PO:PRT PP:PNG PS:PLW PU:GNB QA:QAT RE:REU RI:SRB RM:MHL RO:ROU "
    "RP:PHL RQ:PRI RS:RUS RW:RWA SA:SAU SB:SPM SC:KNA SE:SYC SF:ZAF SG:SEN SH:SHN SI:SVN SL:SLE SM:SMR SN:SGP "
    "SO:SOM SP:ESP ST:LCA SU:SDN SV:SJM SW:SWE SY:SYR SZ:CHE TD:TTO TH:THA TI:TJK TK:TCA TL:TKL TN:TON TO:TGO "
    "TP:STP TS:TUN TT:TLS TU:TUR TV:TUV TW:TWN TX:TKM TZ:TZA UG:UGA UK:GBR UP:UKR US:USA UV:BFA UY:URY UZ:UZB "
    "VC:VCT VE:VEN VI:VGB VM:VNM VQ:VIR VT:VAT WA:NAM WE:PSE WF:WLF WI:ESH WS:WSM WZ:SWZ YM:YEM ZA:ZMB ZI:ZWE "
)
FIPS_TO_ISO3: dict[str, str] = dict(pair.split(":") for pair in _FIPS_PAIRS.split())

_ACTOR = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
]  # fmt: skip
_EVENT = [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
]  # fmt: skip


def _geo(prefix: str, adm2: bool) -> list[str]:
    parts = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else []), "Lat", "Long", "FeatureID"]
    return [f"{prefix}Geo_{p}" for p in parts]


def columns_of(version: int) -> tuple[str, ...]:
    """GDELT's documented column names, in order: 58 for version 1, 61 for version 2."""
    adm2 = version == 2
    return (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR), *_EVENT,
        *_geo("Actor1", adm2), *_geo("Actor2", adm2), *_geo("Action", adm2), "DATEADDED", "SOURCEURL",
    )  # fmt: skip


# SQLDATE's formats; the first is the one the reader parses typed (Layout.date_format).
DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d")
# What the reader parses typed (base.Layout.types): the date, the coordinates and NumMentions as DOUBLE
# (int_or_null judges its value). Codes and ids stay text (EventRootCode '01' and '1' are the same root).
TYPES = dict.fromkeys(("actiongeo_lat", "actiongeo_long", "nummentions"), "DOUBLE") | {"sqldate": "DATE"}

_GEO_PRECISION = {"1": "country", "2": "admin1", "3": "near", "4": "near", "5": "admin1"}


def _mapping(layout: Layout, columns: set[str], options: dict[str, object]) -> str:
    def col(name: str) -> str:
        if name.lower() in getattr(columns, "types", {}):
            return column(columns, name.lower())  # typed by the reader, which reads "NA" as empty (Layout.null_text)
        # the headered re-exports write "NA" for empty
        if name.lower() not in columns:
            return "CAST(NULL AS VARCHAR)"
        return f"nullif(nullif({trimmed(sql_ident(name))}, ''), 'NA')"

    roots = tuple(str(r).zfill(2) for r in (options.get("cameo_roots") or CAMEO_DEFAULT_ROOTS))
    unknown = [r for r in roots if r not in CAMEO_ROOTS]
    if unknown:
        from dyadscope.errors import InputError
        from dyadscope.i18n import msg

        raise InputError(msg("errors.cameo_roots", roots=", ".join(unknown), choices=", ".join(CAMEO_ROOTS)))
    wanted = ", ".join(f"'{r}'" for r in roots)
    fips = sql_case("geo_fips", FIPS_TO_ISO3)

    def side(n: int) -> str:
        return f"coalesce({col(f'Actor{n}KnownGroupCode')}, {col(f'Actor{n}Code')}, {col(f'Actor{n}Name')})"

    sqldate = col("SQLDATE")
    parsed = f"""
        SELECT _row, {whole_code(col("GLOBALEVENTID"))} AS source_id, {side(1)} AS side_a, {side(2)} AS side_b,
            {col("Actor1Type1Code")} AS side_a_type, {col("Actor2Type1Code")} AS side_b_type,
            lpad({col("EventRootCode")}, 2, '0') AS root, {col("EventCode")} AS event_subtype,
            {col("QuadClass")} AS quad,
            {sqldate} AS date_text,
            {date_from_formats(sqldate, DATE_FORMATS)} AS day,
            {col("ActionGeo_CountryCode")} AS geo_fips, {col("ActionGeo_FullName")} AS place,
            {col("ActionGeo_Type")} AS geo_type,
            {col("ActionGeo_Lat")} AS latitude_text, {col("ActionGeo_Long")} AS longitude_text,
            TRY_CAST({col("ActionGeo_Lat")} AS DOUBLE) AS latitude,
            TRY_CAST({col("ActionGeo_Long")} AS DOUBLE) AS longitude,
            {col("NumMentions")} AS mentions_text, {int_or_null(col("NumMentions"))} AS mentions,
            {col("SOURCEURL")} AS source_text
        FROM staged
    """
    checks = [
        ("root IS NULL OR root NOT IN (" + wanted + ")", "skipped", "EventRootCode", "root"),
        ("source_id IS NULL OR NOT regexp_full_match(source_id, '[0-9]+')", "bad-id", "GLOBALEVENTID", "source_id"),
        ("day IS NULL", "bad-date", "SQLDATE", "date_text"),
        ("year(day) < 1979 OR day > current_date + INTERVAL 366 DAY", "impossible-date", "SQLDATE", "date_text"),
        *coordinate_checks("ActionGeo_Lat", "ActionGeo_Long"),
        ("mentions_text IS NOT NULL AND mentions IS NULL", "bad-number", "NumMentions", "mentions_text"),
    ]
    return f"""
        WITH parsed AS ({parsed})
        SELECT _row, source_id, side_a, side_b, true AS directed,
            CASE quad WHEN '4' THEN 'material conflict' WHEN '3' THEN 'verbal conflict'
                WHEN '2' THEN 'material cooperation' WHEN '1' THEN 'verbal cooperation' END AS violence_type,
            false AS violence_type_inferred, {sql_case("root", CAMEO_ROOTS)} AS event_type,
            day AS date_start, day AS date_end, 'day' AS date_precision,
            CASE WHEN {fips} IS NOT NULL THEN trim(regexp_extract(place, '[^,]*$')) END AS country_name,
            {fips} AS country_code, CAST(NULL AS VARCHAR) AS admin1_raw, CAST(NULL AS VARCHAR) AS admin2, place,
            latitude, longitude, {sql_case("geo_type", _GEO_PRECISION)} AS geo_precision,
            CAST(NULL AS INTEGER) AS priogrid_gid,
            CAST(NULL AS INTEGER) AS fatalities_best, CAST(NULL AS INTEGER) AS fatalities_low,
            CAST(NULL AS INTEGER) AS fatalities_high, CAST(NULL AS INTEGER) AS deaths_side_a,
            CAST(NULL AS INTEGER) AS deaths_side_b, CAST(NULL AS INTEGER) AS deaths_civilians,
            CAST(NULL AS INTEGER) AS deaths_unknown,
            source_text, CAST(NULL AS VARCHAR) AS source_names, true AS machine_coded,
            event_subtype, side_a_type, side_b_type, CAST(NULL AS VARCHAR) AS target_name,
            CAST(NULL AS BOOLEAN) AS doubtful, mentions, CAST(NULL AS BIGINT) AS source_timestamp,
            CAST(NULL AS INTEGER) AS wounded, CAST(NULL AS BOOLEAN) AS self_dyad,
            CAST(NULL AS VARCHAR) AS other_perpetrators, CAST(NULL AS BOOLEAN) AS sides_from_dyad_name,
            {first_failure(checks)}
        FROM parsed
    """


_HEADERED = frozenset({"globaleventid", "sqldate", "actor1code", "eventcode", "eventrootcode", "actiongeo_countrycode"})
LAYOUTS: tuple[Layout, ...] = (
    Layout(
        SOURCE, "gdelt2", "GDELT 2.0 events with a header row", _HEADERED | {"actiongeo_adm2code"},
        mapping=_mapping, uses_options=True, types=TYPES, date_format=DATE_FORMATS[0], null_text=("NA",),
    ),
    Layout(
        SOURCE, "gdelt1", "GDELT 1.0 events with a header row", _HEADERED, frozenset({"actiongeo_adm2code"}),
        mapping=_mapping, uses_options=True, types=TYPES, date_format=DATE_FORMATS[0], null_text=("NA",),
    ),
)  # fmt: skip
RAW_LAYOUTS: dict[int, Layout] = {
    len(columns_of(v)): Layout(
        SOURCE, f"gdelt{v}-raw", f"GDELT {v}.0 raw events (tab-separated, no header, {len(columns_of(v))} columns)",
        frozenset(), mapping=_mapping, delimiter="\t", header=False, names=columns_of(v), uses_options=True,
        types=TYPES, date_format=DATE_FORMATS[0],
    )
    for v in (1, 2)
}  # fmt: skip


def detect_raw(path: Path, encoding: str = "utf-8") -> Layout | None:
    """The raw GDELT layout of a headerless tab-separated file, from its first line, or None."""
    cells = first_line(path, encoding).split("\t")
    layout = RAW_LAYOUTS.get(len(cells))
    if layout is None or not cells[0].strip().isdigit() or not cells[1].strip()[:8].isdigit():
        return None
    return layout
