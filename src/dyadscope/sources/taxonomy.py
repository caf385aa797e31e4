"""The code tables every importer and the linker share: canonical event types and actor-type evidence.

One place for each table, so ACLED's inter codes, GTD's target types and CAMEO's root codes mean the
same thing to the importers (which write them) and to the linker (which compares them).
"""

from __future__ import annotations

# Canonical event types and the family they belong to. Two records can describe one real event only
# when their families agree (linking/rules.py): a UCDP "armed engagement" and a GTD "bombing" are both
# political violence; a protest is not.
EVENT_TYPES: dict[str, str] = {
    "armed engagement": "violence",  # UCDP state-based/non-state, ACLED Battles, CAMEO 19 Fight
    "one-sided violence": "violence",  # UCDP one-sided, ACLED Violence against civilians
    "remote violence": "violence",  # ACLED Explosions/Remote violence, GTD Bombing/Explosion
    "attack": "violence",  # GTD armed assault/assassination/hostage taking..., CAMEO 18 Assault
    "mass violence": "violence",  # CAMEO 20 Use unconventional mass violence
    "coercion": "coercion",  # CAMEO 17 Coerce (only on request)
    "protest": "protest",  # ACLED Protests, CAMEO 14 Protest (only on request)
    "riot": "protest",  # ACLED Riots
    "strategic development": "other",  # ACLED Strategic developments
}

# ACLED inter codes (numeric before 2024, text after): the side's actor type as the producer coded it.
ACLED_INTER: dict[str, str] = {
    "1": "State Forces",
    "2": "Rebel Forces",
    "3": "Militia Groups",
    "4": "Communal/Identity Groups",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "Foreign/Others",
}

# ACLED event types (current and older exports, lower case) -> (canonical type, directed).
# Battles are engagements between sides; violence against civilians and remote violence have a
# perpetrator (actor1) acting on actor2.
ACLED_EVENT_TYPES: dict[str, tuple[str, bool]] = {
    "battles": ("armed engagement", False),
    "battle-no change of territory": ("armed engagement", False),
    "battle-government regains territory": ("armed engagement", False),
    "battle-non-state actor overtakes territory": ("armed engagement", False),
    "violence against civilians": ("one-sided violence", True),
    "explosions/remote violence": ("remote violence", True),
    "remote violence": ("remote violence", True),
    "protests": ("protest", False),
    "riots": ("riot", False),
    "riots/protests": ("protest", False),
    "strategic developments": ("strategic development", False),
    "strategic development": ("strategic development", False),
    "non-violent transfer of territory": ("strategic development", False),
    "headquarters or base established": ("strategic development", False),
    "non-violent activity by a conflict actor": ("strategic development", False),
}

# GTD target types -> the side B name the registry resolves ("Government of X" is resolved by rule to
# X's state forces, in the event's country). Targets that are people become "Civilians"; property and
# infrastructure targets (utilities, business, airports, ...) keep their type text and are classed as
# property by SIDE_TYPE_KINDS, never counted as civilians.
GTD_TARGET_SIDES: dict[str, str] = {
    "Military": "Government of {country}",
    "Police": "Government of {country}",
    "Government (General)": "Government of {country}",
    "Government (Diplomatic)": "Government of {country}",
    "Private Citizens & Property": "Civilians",
    "Educational Institution": "Civilians",
    "Religious Figures/Institutions": "Civilians",
    "Journalists & Media": "Civilians",
    "Tourists": "Civilians",
    "NGO": "Civilians",
    "Abortion Related": "Civilians",
}

# Fine actor kinds -> the coarse class the analyses group by. ACLED's actor types (inter codes), GTD's
# target types and CAMEO's type codes each name a kind; the registry's classes are coarse already.
KIND_CLASSES: dict[str, str] = {
    "state": "state",
    "rebel": "rebel",
    "political_militia": "militia",
    "identity_militia": "militia",
    "rioters": "civilians",
    "protesters": "civilians",
    "civilians": "civilians",
    "external_other": "foreign_state",
    "non_state": "non_state",
    "unidentified_armed_group": "unknown",
    "property": "property",
    "unknown": "unknown",
}

# A side's type code as the producer gives it (lower case) -> fine kind. ACLED inter codes come as
# numbers (before 2024, mapped to words by ACLED_INTER on import) or as words (2024 exports); GTD
# target types (targtype1_txt); GDELT CAMEO actor type codes (Actor1Type1Code); UCDP sides by the
# role the GED codebook gives them in each type of violence (sources/ucdp.py writes these).
SIDE_TYPE_KINDS: dict[str, str] = {
    # ACLED, older words (ACLED_INTER) and 2024 words
    "state forces": "state",
    "rebel forces": "rebel",
    "rebel group": "rebel",
    "militia groups": "political_militia",
    "political militia": "political_militia",
    "communal/identity groups": "identity_militia",
    "identity militia": "identity_militia",
    "rioters": "rioters",
    "protesters": "protesters",
    "civilians": "civilians",
    "foreign/others": "external_other",
    "external/other forces": "external_other",
    # GTD target types (people; government types are named "Government of X" by GTD_TARGET_SIDES)
    "military": "state",
    "police": "state",
    "government (general)": "state",
    "government (diplomatic)": "state",
    "private citizens & property": "civilians",
    "educational institution": "civilians",
    "religious figures/institutions": "civilians",
    "journalists & media": "civilians",
    "tourists": "civilians",
    "ngo": "civilians",
    "abortion related": "civilians",
    "terrorists/non-state militia": "non_state",
    "violent political party": "political_militia",
    # GTD target types (property and infrastructure)
    "business": "property",
    "utilities": "property",
    "airports & aircraft": "property",
    "transportation": "property",
    "telecommunication": "property",
    "food or water supply": "property",
    "maritime": "property",
    "other": "unknown",
    # GDELT CAMEO actor type codes
    "gov": "state",
    "mil": "state",
    "cop": "state",
    "jud": "state",
    "spy": "state",
    "leg": "state",
    "reb": "rebel",
    "ins": "rebel",
    "sep": "rebel",
    "uaf": "political_militia",
    "cvl": "civilians",
    "ref": "civilians",
    "edu": "civilians",
    "lab": "civilians",
    "med": "civilians",
    "hlh": "civilians",
    "agr": "civilians",
    "bus": "civilians",
    "rel": "civilians",
    "hri": "civilians",
    "mod": "civilians",
    "rad": "civilians",
    # UCDP GED sides (sources/ucdp.py): the codebook's roles
    "ged government": "state",
    "ged civilians": "civilians",
}

# Producer definitions that give a class when nothing else does: every GTD perpetrator and every
# non-state side of a UCDP dyad is an organised non-state actor by the producer's own definition.
FALLBACK_KINDS: dict[str, str] = {
    "perpetrator": "non_state",
    "ged non-state group": "non_state",
    "ged opposition organisation": "non_state",
    "ged perpetrator": "non_state",
}

# GTD attack types -> canonical event type (target civilians -> one-sided violence, see gtd.py).
GTD_ATTACK_TYPES: dict[str, str] = {
    "Bombing/Explosion": "remote violence",
    "Armed Assault": "attack",
    "Assassination": "attack",
    "Hostage Taking (Kidnapping)": "attack",
    "Hostage Taking (Barricade Incident)": "attack",
    "Hijacking": "attack",
    "Facility/Infrastructure Attack": "attack",
    "Unarmed Assault": "attack",
    "Unknown": "attack",
}

# CAMEO root codes -> canonical event type; 18-20 (material conflict) are kept by default.
CAMEO_ROOTS: dict[str, str] = {
    "14": "protest",
    "17": "coercion",
    "18": "attack",
    "19": "armed engagement",
    "20": "mass violence",
}
CAMEO_DEFAULT_ROOTS: tuple[str, ...] = ("18", "19", "20")


def sql_case(expr: str, table: dict[str, str], default: str = "NULL") -> str:
    """SQL `CASE expr WHEN 'k' THEN 'v' ... END` for a code table."""

    def quote(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    whens = " ".join(f"WHEN {quote(k)} THEN {quote(v)}" for k, v in table.items())
    return f"CASE {expr} {whens} ELSE {default} END"
