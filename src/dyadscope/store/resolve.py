"""Keeping the resolved actor columns of the store in step with the actor registry.

Resolution works on distinct (raw side name, event country) pairs, which are few, then joins back.
The registry's fingerprint is kept in `meta`; when the registry changes, every event is re-resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import duckdb

from dyadscope.actors.registry import Registry
from dyadscope.store.db import Store, register_frame

if TYPE_CHECKING:  # loaded by side_lookup, which runs only when sides are (re-)resolved
    import pandas as pd

# events column -> column of the side_lookup table joined as `ra` (side A) or `rb` (side B)
RESOLVED_COLUMNS: dict[str, str] = {
    "side_a_ids": "ra.ids",
    "side_a_actor": "ra.actor",
    "side_a_class": "ra.class",
    "side_a_class_by": "ra.class_by",
    "side_a_kind": "ra.kind",
    "side_b_ids": "rb.ids",
    "side_b_actor": "rb.actor",
    "side_b_class": "rb.class",
    "side_b_class_by": "rb.class_by",
    "side_b_kind": "rb.kind",
}
# How side_lookup rows join an events (or mapped) row: name, country and the producer's type code.
LOOKUP_COLUMNS = ("name", "country", "type", "ids", "actor", "class", "class_by", "kind")


def lookup_join(alias: str, name: str, country: str, type_code: str) -> str:
    """The ON condition joining side_lookup `alias` to a row's side name, country and type code."""
    return (
        f"{alias}.name = {name} AND {alias}.country IS NOT DISTINCT FROM {country} "
        f"AND {alias}.type IS NOT DISTINCT FROM {type_code}"
    )


def side_lookup(con: duckdb.DuckDBPyConnection, registry: Registry, pairs_sql: str) -> pd.DataFrame:
    """Temp table side_lookup(name, country, type, ids, actor, class, class_by, kind) for a query's
    (name, country, type) triples; `type` is the producer's type code of the side (ACLED inter, ...)."""
    import pandas as pd

    triples = con.execute(f"SELECT DISTINCT name, country, type FROM ({pairs_sql}) WHERE name IS NOT NULL").fetchall()
    rows = []
    for name, country, type_code in triples:
        res = registry.resolve_side(name, country, type_code)
        rows.append((name, country, type_code, res.ids, res.label, res.actor_class, res.route, res.kind))
    frame = pd.DataFrame(rows, columns=list(LOOKUP_COLUMNS), dtype="object")
    register_frame(con, "side_lookup", frame, dict.fromkeys(frame.columns, "VARCHAR"))
    return frame


class Resolved(NamedTuple):
    """What a re-resolution did: the events in the store, and the sides whose resolution changed."""

    events: int
    changed_sides: int


def resolve_store(store: Store, registry: Registry) -> Resolved:
    """Re-resolve every event's sides with `registry`, rewriting only the sides whose resolution changed."""
    con = store.con
    changed_sides = 0
    side_lookup(
        con,
        registry,
        "SELECT side_a AS name, country, side_a_type AS type FROM events "
        "UNION SELECT side_b, country, side_b_type FROM events",
    )
    for side, alias in (("a", "ra"), ("b", "rb")):
        columns = {col: expr for col, expr in RESOLVED_COLUMNS.items() if col.startswith(f"side_{side}_")}
        sets = ", ".join(f"{col} = {expr}" for col, expr in columns.items())
        # Only rows whose stored resolution differs: a registry edit changes few names, and an UPDATE holds
        # every row it touches in memory until commit (all 20M rows of a store: 2.9 GB, over the 2 GB goal).
        changed = " OR ".join(f"events.{col} IS DISTINCT FROM {expr}" for col, expr in columns.items())
        updated = con.execute(
            f"UPDATE events SET {sets} FROM side_lookup {alias} "
            f"WHERE {lookup_join(alias, f'events.side_{side}', 'events.country', f'events.side_{side}_type')} "
            f"AND ({changed})"
        ).fetchone()
        changed_sides += int(updated[0]) if updated else 0
    con.execute("DROP TABLE IF EXISTS side_lookup")
    store.set_meta("registry", registry.fingerprint)
    return Resolved(store.count(), changed_sides)


def ensure_resolved(store: Store, registry: Registry) -> None:
    """Make the store's resolved columns match `registry` (cheap when they already do)."""
    if store.get_meta("registry") == registry.fingerprint:
        return
    if store.count() == 0:
        store.set_meta("registry", registry.fingerprint)
    else:
        resolve_store(store, registry)
