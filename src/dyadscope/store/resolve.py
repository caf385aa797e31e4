"""Keeping the resolved actor columns of the store in step with the actor registry.

Resolution works on distinct (raw side name, event country) pairs, which are few, then joins back.
The registry's fingerprint is kept in `meta`; when the registry changes, every event is re-resolved.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.store.db import Store, register_frame

# events column -> column of the side_lookup table joined as `ra` (side A) or `rb` (side B)
RESOLVED_COLUMNS: dict[str, str] = {
    "side_a_ids": "ra.ids",
    "side_a_actor": "ra.actor",
    "side_a_class": "ra.class",
    "side_b_ids": "rb.ids",
    "side_b_actor": "rb.actor",
    "side_b_class": "rb.class",
}


def side_lookup(con: duckdb.DuckDBPyConnection, registry: Registry, pairs_sql: str) -> pd.DataFrame:
    """Create temp table side_lookup(name, country, ids, actor, class) for the (name, country) pairs of a query."""
    pairs = con.execute(f"SELECT DISTINCT name, country FROM ({pairs_sql}) WHERE name IS NOT NULL").fetchall()
    rows = []
    for name, country in pairs:
        res = registry.resolve_side(name, country)
        rows.append((name, country, res.ids, res.label, res.actor_class))
    frame = pd.DataFrame(rows, columns=["name", "country", "ids", "actor", "class"], dtype="object")
    register_frame(con, "side_lookup", frame, dict.fromkeys(frame.columns, "VARCHAR"))
    return frame


def resolve_store(store: Store, registry: Registry) -> int:
    """Re-resolve every event's sides with `registry`; returns the number of events."""
    con = store.con
    side_lookup(con, registry, "SELECT side_a AS name, country FROM events UNION SELECT side_b, country FROM events")
    for side, alias in (("a", "ra"), ("b", "rb")):
        sets = ", ".join(f"{col} = {expr}" for col, expr in RESOLVED_COLUMNS.items() if col.startswith(f"side_{side}_"))
        con.execute(
            f"UPDATE events SET {sets} FROM side_lookup {alias} "
            f"WHERE {alias}.name = events.side_{side} AND {alias}.country IS NOT DISTINCT FROM events.country"
        )
    con.execute("DROP TABLE IF EXISTS side_lookup")
    store.set_meta("registry", registry.fingerprint)
    return store.count()


def ensure_resolved(store: Store, registry: Registry) -> None:
    """Make the store's resolved columns match `registry` (cheap when they already do)."""
    if store.get_meta("registry") == registry.fingerprint:
        return
    if store.count() == 0:
        store.set_meta("registry", registry.fingerprint)
    else:
        resolve_store(store, registry)
