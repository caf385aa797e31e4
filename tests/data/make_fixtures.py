"""How the UCDP fixtures in tests/data/ucdp/ were cut from the real files in ../shared/data/ucdp/.

Rows are copied unchanged (UCDP GED, CC BY 4.0; see NOTICE). Run from the repository root:
    python tests/data/make_fixtures.py ../shared/data/ucdp
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).parent / "ucdp"


def cut(src: Path, dest: str, keep, limit: int) -> None:
    with gzip.open(src, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader if keep(dict(zip(header, row, strict=False)))][:limit]
    opener = gzip.open if dest.endswith(".gz") else open
    with opener(OUT / dest, "wt", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(shared: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = ("IS", "Government of Syria", "Civilians", "SDF")
    # Every 40th row of the dated Syria release, plus every one-sided event in 2016-Q2 (directed rows).
    counter = {"n": 0}

    def every_40th_or_one_sided(r: dict) -> bool:
        counter["n"] += 1
        return counter["n"] % 40 == 0 or (r["type_of_violence"] == "3" and r["date_start"] < "2016-07-01")

    cut(shared / "ged_syria_2016_2019_v191.csv.gz", "ged_syria_2016_2019_v191_sample.csv", every_40th_or_one_sided, 600)
    # Syria 2014 and Iraq rows of the reduced (year-only) layout, involving the actors the tests ask about.
    seen = {"n": 0}

    def syria_every_30th(r: dict) -> bool:
        if r["country"] != "Syria" or r["year"] not in ("2013", "2014", "2016"):
            return False
        if not (r["side_a"] in wanted or r["side_b"] in wanted or "," in r["side_b"]):
            return False
        seen["n"] += 1
        return seen["n"] % 30 == 0

    cut(shared / "ged_syria_iraq_region_2003_2019.csv.gz", "ged_region_reduced_sample.csv.gz", syria_every_30th, 1200)
    cut(shared / "ged231_sample_1000.csv.gz", "ged231_modern_sample.csv", lambda r: True, 60)
    cut(shared / "ged_nigeria_2011_oldlayout.csv.gz", "ged_nigeria_2011_old_sample.csv", lambda r: True, 40)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/ucdp"))
