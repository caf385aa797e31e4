"""Independent SQL behind the expected verdicts in eval.yaml (run by hand; not used by the tests).

It counts straight from the events table, without dyadscope.analysis: an actor's events are those where
its ids appear on either side of an undirected event, or on side A of a directed one; the counterpart is
the other side. Usage: python tests/data/claims/derive_expected.py STORE.duckdb
"""

from __future__ import annotations

import sys

import duckdb

IDS = {
    "isis": ["isis", "isi", "aqi", "iskp"],
    "govt_syr": ["govt_syr", "tiger_forces"],
    "sdf": ["sdf"],
    "pyd_ypg": ["pyd_ypg"],
}


def involved(actor: str) -> tuple[str, str]:
    """SQL for 'actor is on side A' and 'on side B'."""
    a = " OR ".join(f"side_a_ids LIKE '%|{i}|%'" for i in IDS[actor])
    b = " OR ".join(f"side_b_ids LIKE '%|{i}|%'" for i in IDS[actor])
    return f"({a})", f"({b})"


def scope(actor: str, country: str | None, start: str, end: str, admin1: str | None = None) -> str:
    """A CTE of the actor's events with the counterpart's class and ids."""
    on_a, on_b = involved(actor)
    where = [f"date_start >= DATE '{start}'", f"date_end <= DATE '{end}'", "NOT coalesce(withdrawn, false)"]
    if country:
        where.append(f"country = '{country}'")
    if admin1:
        where.append(f"admin1 = '{admin1}'")
    return f"""
      SELECT *, CASE WHEN {on_a} THEN side_b_class ELSE side_a_class END AS cp_class,
                CASE WHEN {on_a} THEN side_b_ids ELSE side_a_ids END AS cp_ids
      FROM events WHERE {" AND ".join(where)}
        AND ((directed AND {on_a}) OR (NOT directed AND ({on_a} OR {on_b})))"""


if __name__ == "__main__":
    con = duckdb.connect(sys.argv[1], read_only=True)
    questions = [
        ("isis", "SYR", "2017-01-01", "2017-12-31", None),
        ("isis", "SYR", "2016-04-01", "2017-03-31", None),
        ("isis", "SYR", "2014-01-01", "2014-12-31", None),
        ("isis", "SYR", "2015-01-01", "2015-12-31", None),
        ("govt_syr", "SYR", "2017-01-01", "2017-12-31", None),
        ("govt_syr", "SYR", "2014-01-01", "2014-12-31", None),
        ("govt_syr", "SYR", "2016-01-01", "2016-12-31", None),
        ("govt_syr", "SYR", "2018-01-01", "2018-12-31", None),
        ("isis", "SYR", "2018-01-01", "2018-12-31", None),
        ("isis", "IRQ", "2014-01-01", "2014-12-31", None),
        ("sdf", "SYR", "2017-01-01", "2017-12-31", None),
    ]
    for actor, country, start, end, admin1 in questions:
        sql = scope(actor, country, start, end, admin1)
        print(f"== {actor} {country} {start}..{end}")
        print(con.execute(f"SELECT cp_class, count(*) n FROM ({sql}) GROUP BY 1 ORDER BY 2 DESC").fetchall())
        by_admin1 = con.execute(f"SELECT admin1, count(*) n FROM ({sql}) GROUP BY 1 ORDER BY 2 DESC").fetchall()
        print("  by admin1:", by_admin1)
        for other in ("isis", "govt_syr"):
            cond = " OR ".join(f"cp_ids LIKE '%|{i}|%'" for i in IDS[other])
            n = con.execute(
                f"SELECT count(*) FILTER (WHERE {cond}), count(*), sum(fatalities_best) FROM ({sql})"
            ).fetchone()
            print(f"  with {other}: {n}")
