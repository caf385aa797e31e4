"""Independent SQL behind the expected verdicts in heldout.yaml (run by hand; not used by the tests).

Same counting as derive_expected.py (its `scope` CTE: an actor's events are those with its ids on either
side of an undirected event or on side A of a directed one; the counterpart is the other side), plus the
share of events dated only coarser than a day, which decides "not checkable" for sub-year windows.
Counterpart groups as in eval.yaml: rebels = any class containing rebel or jihadist (coalitions
included); kurds = any class containing kurdish; state = class state.
Usage: python tests/data/claims/derive_heldout.py STORE.duckdb
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from derive_expected import IDS, scope

IDS.update({"govt_irq": ["govt_irq"]})
GROUPS = {
    "rebels": "(cp_class LIKE '%rebel%' OR cp_class LIKE '%jihadist%')",
    "kurds": "cp_class LIKE '%kurdish%'",
    "kurds_only": "cp_class = 'kurdish'",
    "state": "cp_class = 'state'",
    "civilians": "cp_class = 'civilians'",
}


def cond(counterpart: str) -> str:
    """SQL condition on the scope's counterpart columns."""
    if counterpart in GROUPS:
        return GROUPS[counterpart]
    return "(" + " OR ".join(f"cp_ids LIKE '%|{i}|%'" for i in IDS[counterpart]) + ")"


QUESTIONS = [
    # (actor, country, start, end, admin1, counterparts)
    ("isis", "SYR", "2017-01-01", "2017-12-31", None, ["kurds", "kurds_only", "state", "govt_syr", "sdf"]),
    ("isis", "SYR", "2015-01-01", "2015-12-31", None, ["state", "govt_syr", "kurds"]),
    ("isis", "SYR", "2016-01-01", "2016-12-31", None, ["kurds", "kurds_only", "state"]),
    ("isis", "SYR", "2016-01-01", "2016-12-20", None, ["state", "kurds"]),
    ("isis", "SYR", "2014-01-01", "2014-12-31", None, ["govt_syr", "kurds"]),
    ("isis", "SYR", "2018-01-01", "2018-12-31", None, ["civilians", "state"]),
    ("govt_syr", "SYR", "2017-01-01", "2017-12-31", None, ["isis"]),
    ("govt_syr", "SYR", "2016-01-01", "2016-12-31", None, ["isis"]),
    ("govt_syr", "SYR", "2014-01-01", "2014-12-31", None, ["isis"]),
    ("govt_syr", "SYR", "2014-01-01", "2014-12-31", "Daraa", ["isis"]),
    ("sdf", "SYR", "2017-01-01", "2017-12-31", None, ["isis"]),
    ("sdf", "SYR", "2018-01-01", "2018-12-31", None, ["isis"]),
    ("isis", "IRQ", "2015-01-01", "2015-12-31", None, ["state", "govt_irq"]),
    ("isis", "IRQ", "2016-01-01", "2016-12-31", None, ["state", "govt_irq"]),
    ("govt_irq", "IRQ", "2016-01-01", "2016-12-31", None, ["isis"]),
    ("isis", "SYR", "2017-01-01", "2017-12-31", "Quneitra", []),
    ("isis", "SYR", "2017-01-01", "2017-12-31", "As Suwayda", []),
]

if __name__ == "__main__":
    con = duckdb.connect(sys.argv[1], read_only=True)
    for actor, country, start, end, admin1, counterparts in QUESTIONS:
        sql = scope(actor, country, start, end, admin1)
        n, coarse = con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE date_start < date_end) FROM ({sql})"
        ).fetchone()
        # events of a coarse precision that overlap the window without lying inside it (the "left out" ones)
        wide = scope(actor, country, "1900-01-01", "2100-12-31", admin1)
        left_out = con.execute(
            f"SELECT count(*) FROM ({wide}) WHERE date_start <= DATE '{end}' AND date_end >= DATE '{start}'"
            f" AND NOT (date_start >= DATE '{start}' AND date_end <= DATE '{end}')"
        ).fetchone()[0]
        print(f"== {actor} {country} {admin1 or ''} {start}..{end}: n={n} coarse_inside={coarse} left_out={left_out}")
        for cp in counterparts:
            k = con.execute(f"SELECT count(*) FROM ({sql}) WHERE {cond(cp)}").fetchone()[0]
            print(f"   with {cp}: {k} = {k / n:.1%}" if n else f"   with {cp}: {k}")
        if admin1 is None:
            top = con.execute(f"SELECT admin1, count(*) FROM ({sql}) GROUP BY 1 ORDER BY 2 DESC LIMIT 4").fetchall()
            print("   by admin1:", [(a, c, f"{c / n:.1%}") for a, c in top])
    # single days: ISIS in Syria, deadliest dates 2016-2019 (all events that day, all counterparts)
    sql = scope("isis", "SYR", "2016-01-01", "2019-12-31")
    print(
        con.execute(
            f"SELECT date_start, count(*), sum(fatalities_best) FROM ({sql}) WHERE date_start = date_end"
            " GROUP BY 1 ORDER BY 3 DESC LIMIT 5"
        ).fetchall()
    )
    for day in ("2016-02-21", "2016-05-23"):
        sql = scope("isis", "SYR", day, day)
        print(day, con.execute(f"SELECT count(*), sum(fatalities_best) FROM ({sql})").fetchone())
