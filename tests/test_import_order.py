"""An import stores its events in schema.EVENTS_ORDER (country, then date), whatever the file's order.

The order is what lets DuckDB's zone maps skip other countries and years (benchmarks/README.md, round 13).
The importer sorts in its pass and writes the sorted rows through the lookup joins without sorting again,
which keeps their order only while DuckDB probes every join with them: a lookup table larger than the file
(a three-row GDELT file has more side names than rows) would otherwise turn them around.
"""

from __future__ import annotations

import pytest

from conftest import DATA, MODERN


@pytest.mark.parametrize(
    ("path", "rows", "countries"),
    [
        (MODERN, 60, 22),  # 22 countries interleaved: 51 changes of country in 60 rows
        (DATA / "gdelt" / "20170624.export.CSV", 3, 2),  # Chad, Mali, Chad in the file
        (DATA / "gtd" / "gtd_nigeria_libya_written.csv", 4, 2),
    ],
)
def test_events_are_stored_grouped_by_country_and_in_date_order(empty_store, path, rows, countries):
    report = empty_store.import_file(path)
    changes, stored_countries, backwards = empty_store.store.con.execute(
        """
        SELECT count(*) FILTER (c0 IS DISTINCT FROM country AND k > 1), count(DISTINCT country),
            count(*) FILTER (c0 = country AND d0 > date_start)
        FROM (SELECT country, date_start, row_number() OVER w AS k, lag(country) OVER w AS c0,
                lag(date_start) OVER w AS d0
              FROM events WINDOW w AS (ORDER BY rowid))
        """
    ).fetchone()
    assert (report.imported, stored_countries) == (rows, countries)
    assert (changes, backwards) == (countries - 1, 0)
