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
}

# GTD target types -> the side B name the registry resolves ("Government of X" is resolved by rule to
# X's state forces, in the event's country). Types with no actor behind them stay as the type text
# and count as unresolved counterparts rather than being guessed.
GTD_TARGET_SIDES: dict[str, str] = {
    "Military": "Government of {country}",
    "Police": "Government of {country}",
    "Government (General)": "Government of {country}",
    "Private Citizens & Property": "Civilians",
    "Educational Institution": "Civilians",
    "Religious Figures/Institutions": "Civilians",
    "Journalists & Media": "Civilians",
    "Business": "Civilians",
    "Tourists": "Civilians",
    "Transportation": "Civilians",
    "Food or Water Supply": "Civilians",
    "Telecommunication": "Civilians",
    "Utilities": "Civilians",
    "NGO": "Civilians",
    "Airports & Aircraft": "Civilians",
    "Maritime": "Civilians",
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
