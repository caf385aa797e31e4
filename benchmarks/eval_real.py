"""Measure actor classes and linking on real producer files kept outside the repository.

    .venv/bin/python benchmarks/eval_real.py DIR [--sample N --seed S]

DIR holds, per country-year, `<Country>_acled.csv`, `<Country>_ged.csv` and `<Country>_gtd.csv`: the MELTT
replication files of Donnay et al. (2019), converted to CSV as ../shared/docs/real-data.md describes (ACLED and
GTD rows may not be redistributed, so they are never committed). Prints, per country, the share of side
appearances that got a class and by which route, the published-comparison linking counts, and N sampled links
(uids) for checking by hand. Also prints the coverage on tests/data/actors/acled_2022h1_actor_names.csv.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from pathlib import Path

from dyadscope.actors.registry import ROUTES, Registry
from dyadscope.api import Dyadscope
from dyadscope.linking.link import link_events
from dyadscope.sources.geo import country_iso3
from dyadscope.sources.taxonomy import ACLED_INTER

NAMES = Path(__file__).resolve().parents[1] / "tests" / "data" / "actors" / "acled_2022h1_actor_names.csv"


def name_list_coverage(registry: Registry) -> str:
    """Share of the 2022 ACLED side appearances that get a class, and by which route."""
    routes = dict.fromkeys((*ROUTES, None), 0)
    with NAMES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            res = registry.resolve_side(row["name"], country_iso3(row["country"]), ACLED_INTER.get(row["inter"]))
            routes[res.route] += int(row["events"])
    total = sum(routes.values())
    parts = ", ".join(f"{route} {n:,}" for route, n in routes.items() if route and n)
    return f"acled_2022h1: {total - routes[None]:,} of {total:,} side appearances classed ({parts})"


def country_report(ds: Dyadscope, sample: int, seed: str) -> list[str]:
    """Coverage by source and route, linking counts and a sample of links for one country's store."""
    con = ds.store.con
    lines = []
    coverage = con.execute("""
        SELECT source, count(*), count(cls), list(route) FROM (
            SELECT source, side_a_class AS cls, side_a_class_by AS route FROM events
            UNION ALL SELECT source, side_b_class, side_b_class_by FROM events WHERE side_b IS NOT NULL)
        GROUP BY source ORDER BY source
    """).fetchall()
    for source, sides, classed, routes in coverage:
        by = ", ".join(f"{r} {routes.count(r)}" for r in ROUTES if routes.count(r))
        lines.append(f"  {source}: {classed} of {sides} sides classed ({100 * classed / sides:.1f}%; {by})")
    report = link_events(ds.store)
    records = dict(con.execute("SELECT source, count(*) FROM events GROUP BY source").fetchall())
    by_match = con.execute("SELECT actor_match, count(*) FROM links GROUP BY 1 ORDER BY 2 DESC").fetchall()
    # The counts MELTT reports (Donnay et al. 2019; its summary() and Figure 3): GED entries in a match group
    # with an ACLED entry, GTD entries in one with ACLED or GED, and "duplicates removed" (entries in a group
    # minus the groups). Our clusters are MELTT's match groups.
    linked = con.execute("""
        WITH m AS (SELECT cluster_id, uid_a AS u FROM links UNION SELECT cluster_id, uid_b FROM links),
        c AS (SELECT cluster_id, list(split_part(u, ':', 1)) AS sources FROM m GROUP BY cluster_id)
        SELECT count(*) FILTER (u LIKE 'ucdp-ged:%' AND list_contains(sources, 'acled')),
               count(*) FILTER (u LIKE 'gtd:%' AND list_has_any(sources, ['acled', 'ucdp-ged'])),
               count(*), count(DISTINCT m.cluster_id)
        FROM m JOIN c USING (cluster_id)
    """).fetchone()
    lines.append(f"  GED events in a cluster with ACLED: {linked[0]} of {records.get('ucdp-ged', 0)}")
    lines.append(f"  GTD events in a cluster with ACLED or GED: {linked[1]} of {records.get('gtd', 0)}")
    lines.append(
        f"  entries merged away (MELTT's 'duplicates removed'): {linked[2] - linked[3]} of {sum(records.values())}; "
        f"by match {dict(by_match)}; rejected {report.rejected}"
    )
    picked = con.execute(
        f"SELECT uid_a, uid_b, actor_match FROM links ORDER BY hash(uid_a || uid_b || ?) LIMIT {int(sample)}", [seed]
    ).fetchall()
    lines.extend(f"  check: {a} ~ {b} ({match})" for a, b, match in picked)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", default="s8")
    args = parser.parse_args()
    registry = Registry.load()
    print(name_list_coverage(registry))
    for acled in sorted(args.folder.glob("*_acled.csv")):
        country = acled.name.removesuffix("_acled.csv")
        with tempfile.TemporaryDirectory() as tmp:
            ds = Dyadscope(Path(tmp) / "real.duckdb")
            for kind in ("acled", "ged", "gtd"):
                path = args.folder / f"{country}_{kind}.csv"
                if path.exists():
                    ds.import_file(path)
            print(country)
            print("\n".join(country_report(ds, args.sample, args.seed)))
            ds.store.close()


if __name__ == "__main__":
    main()
