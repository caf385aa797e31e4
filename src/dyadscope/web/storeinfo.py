"""Read-only facts about a store for the Overview and Quarantine pages.

TODO(store): helper "store" is adding `status` and `quarantine` library functions in store/; when they land,
these queries should be replaced by calls to them (this module only reads, with bound parameters).
"""

from __future__ import annotations

import datetime as dt

from dyadscope.api import Dyadscope

PAGE_SIZE = 100


def _rows(ds: Dyadscope, sql: str, params: list | None = None) -> list[dict[str, object]]:
    cursor = ds.store.con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def overview(ds: Dyadscope) -> dict[str, object]:
    """Sources with their spans and layouts, events by source and year, imports, coverage and quarantine counts."""
    sources = _rows(
        ds,
        "SELECT source, count(*) AS events, min(date_start) AS first, max(date_end) AS last, "
        "count(*) FILTER (WHERE withdrawn) AS withdrawn FROM events GROUP BY source ORDER BY source",
    )
    layouts = _rows(ds, "SELECT source, list(DISTINCT layout ORDER BY layout) AS layouts FROM import_log GROUP BY 1")
    by_layout = {r["source"]: r["layouts"] for r in layouts}
    for row in sources:
        row["first"], row["last"] = _iso(row["first"]), _iso(row["last"])
        row["layouts"] = by_layout.get(row["source"], [])
    years = _rows(
        ds,
        "SELECT source, year(date_start) AS year, count(*) AS events FROM events "
        "WHERE NOT coalesce(withdrawn, false) GROUP BY 1, 2 ORDER BY 2, 1",
    )
    reasons = _rows(ds, "SELECT reason, count(*) AS rows FROM quarantine GROUP BY 1 ORDER BY 2 DESC, 1")
    return {
        "store": ds.store.path,
        "events": ds.store.count(),
        "sources": sources,
        "events_by_source_year": years,
        "imports": imports(ds),
        "coverage": ds.coverage() if ds.store.count() else {"events": 0, "both_resolved": 0, "share": None},
        "quarantine": {"rows": sum(int(r["rows"]) for r in reasons), "by_reason": reasons},
        "credits": ds.credits(),
    }


def imports(ds: Dyadscope) -> list[dict[str, object]]:
    """The import log, newest first."""
    rows = _rows(ds, "SELECT * FROM import_log ORDER BY import_id DESC")
    for row in rows:
        row["started_at"], row["finished_at"] = _iso(row["started_at"]), _iso(row["finished_at"])
    return rows


def quarantine(
    ds: Dyadscope, reason: str | None = None, import_id: int | None = None, page: int = 1
) -> dict[str, object]:
    """One page of quarantined rows (reason, field, value, line, raw), filtered by reason and import."""
    where, params = [], []
    if reason:
        where.append("reason = ?")
        params.append(reason)
    if import_id is not None:
        where.append("import_id = ?")
        params.append(import_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = int(ds.store.con.execute(f"SELECT count(*) FROM quarantine {clause}", params).fetchone()[0])
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = _rows(
        ds,
        f"SELECT import_id, source_file, source_row, line, reason, field, value, raw FROM quarantine {clause} "
        "ORDER BY import_id DESC, line NULLS LAST, source_row LIMIT ? OFFSET ?",
        [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
    )
    reasons_where = "WHERE import_id = ?" if import_id is not None else ""
    reasons = _rows(
        ds,
        f"SELECT reason, count(*) AS rows FROM quarantine {reasons_where} GROUP BY 1 ORDER BY 2 DESC, 1",
        [import_id] if import_id is not None else [],
    )
    return {"total": total, "page": page, "pages": pages, "rows": rows, "reasons": reasons}


def countries(ds: Dyadscope) -> list[str]:
    """ISO3 codes of the event countries in the store, most events first."""
    sql = "SELECT country FROM events WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1"
    return [r[0] for r in ds.store.con.execute(sql).fetchall()]


def source_names(ds: Dyadscope) -> list[str]:
    """The sources present in the store."""
    return [r[0] for r in ds.store.con.execute("SELECT DISTINCT source FROM events ORDER BY 1").fetchall()]


def years(ds: Dyadscope) -> list[int]:
    """Calendar years the store's events start in."""
    sql = "SELECT DISTINCT year(date_start) FROM events WHERE date_start IS NOT NULL ORDER BY 1"
    return [int(r[0]) for r in ds.store.con.execute(sql).fetchall()]
