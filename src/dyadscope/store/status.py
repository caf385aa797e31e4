"""What is in a store: sources, imports and their reports, counts by source and year, the quarantine.

The library behind `dyadscope status` and `dyadscope quarantine`; it only reads, so it works on a
store opened read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dyadscope.store.db import Store


@dataclass
class StoreStatus:
    """A store at a glance; every part is a table (DataFrame) so it prints as a table or as JSON."""

    path: str
    events: int
    withdrawn: int
    sources: pd.DataFrame  # source, versions, events, first_date, last_date
    by_year: pd.DataFrame  # source, year, events
    imports: pd.DataFrame  # the import_log, newest first, with each import's quarantine reasons
    quarantine: pd.DataFrame  # reason, rows

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON output."""

        def records(frame: pd.DataFrame) -> list[dict[str, object]]:
            return frame.astype(object).where(frame.notna(), None).to_dict("records")

        return {
            "store": self.path,
            "events": self.events,
            "withdrawn": self.withdrawn,
            "sources": records(self.sources),
            "by_year": records(self.by_year),
            "imports": records(self.imports),
            "quarantine": records(self.quarantine),
        }


def store_status(store: Store) -> StoreStatus:
    """Sources with their layouts and date range, events by source and year, imports, quarantine counts."""
    con = store.con
    events, withdrawn = con.execute("SELECT count(*), count(*) FILTER (WHERE withdrawn) FROM events").fetchone()
    sources = con.execute("""
        SELECT source, string_agg(DISTINCT source_version, ', ' ORDER BY source_version) AS versions,
            count(*) AS events, CAST(min(date_start) AS VARCHAR) AS first_date,
            CAST(max(date_end) AS VARCHAR) AS last_date
        FROM events GROUP BY source ORDER BY source
    """).df()
    by_year = con.execute("""
        SELECT source, year(date_start) AS year, count(*) AS events
        FROM events GROUP BY ALL ORDER BY source, year
    """).df()
    imports = con.execute("""
        WITH reasons AS (
            SELECT import_id, string_agg(reason || ' ' || rows, ', ' ORDER BY rows DESC, reason) AS quarantine_reasons
            FROM (SELECT import_id, reason, count(*) AS rows FROM quarantine GROUP BY ALL) GROUP BY import_id)
        SELECT l.* REPLACE (strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at,
            strftime(finished_at, '%Y-%m-%d %H:%M:%S') AS finished_at), r.quarantine_reasons
        FROM import_log l LEFT JOIN reasons r USING (import_id)
        ORDER BY import_id DESC
    """).df()
    quarantine = con.execute(
        "SELECT reason, count(*) AS rows FROM quarantine GROUP BY reason ORDER BY rows DESC, reason"
    ).df()
    return StoreStatus(store.path, int(events), int(withdrawn), sources, by_year, imports, quarantine)


def quarantined_rows(
    store: Store, reason: str | None = None, file: str | None = None, limit: int | None = None
) -> pd.DataFrame:
    """Rows set aside by imports: file, line, field, value, reason (and the raw row), oldest import first."""
    sql = """
        SELECT q.import_id, q.source_file AS file, q.line, q.source_row, q.field, q.value, q.reason, q.raw
        FROM quarantine q
        WHERE (CAST($reason AS VARCHAR) IS NULL OR q.reason = $reason)
          AND (CAST($file AS VARCHAR) IS NULL OR q.source_file = $file)
        ORDER BY q.import_id, q.line NULLS LAST
    """
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.con.execute(sql, {"reason": reason, "file": file}).df()
