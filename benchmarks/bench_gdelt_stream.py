"""Stream a ~1 GB raw GDELT 2.0 file into a fresh store: throughput and peak memory (target: under 2 GB RSS).

The file is synthesised from the real rows in tests/data/gdelt/20170624.export.CSV (GDELT Project, open data),
repeated with fresh GLOBALEVENTIDs and dates spread over 2017, so the mix of CAMEO roots is GDELT's own
(material conflict is about 6% of these rows; the rest are counted as skipped).

    .venv/bin/python benchmarks/bench_gdelt_stream.py [--gb 1.0] [--keep]

The import runs in a child process so its peak RSS (ru_maxrss of the child) is measured alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "gdelt" / "20170624.export.CSV"


def synthesise(target: Path, gigabytes: float) -> int:
    """Write the raw file; returns its row count."""
    rows = [line.rstrip("\n").split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    wanted = int(gigabytes * 1e9)
    written = n = 0
    start = dt.date(2017, 1, 1)
    with target.open("w", encoding="utf-8", newline="") as out:
        while written < wanted:
            chunk = []
            for row in rows:
                n += 1
                day = start + dt.timedelta(days=n % 365)
                cells = list(row)
                cells[0] = str(900_000_000 + n)
                cells[1] = day.strftime("%Y%m%d")
                cells[2], cells[3] = day.strftime("%Y%m"), str(day.year)
                chunk.append("\t".join(cells))
            text = "\n".join(chunk) + "\n"
            out.write(text)
            written += len(text.encode())
    return n


def _child(path: str, db: str) -> None:
    from dyadscope.api import Dyadscope

    started = time.perf_counter()
    report = Dyadscope(db).import_file(path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{report.rows_read} {report.imported} {report.skipped} {report.quarantined} {seconds:.2f} {peak_mb:.0f}")


def main() -> None:
    """Synthesise, import in a child process, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--keep", action="store_true", help="keep the synthetic file and store")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-gdelt-"))
    raw = folder / "20170101.export.CSV"
    began = time.perf_counter()
    rows = synthesise(raw, args.gb)
    size = raw.stat().st_size
    print(f"synthesised {size / 1e9:.2f} GB, {rows:,} rows in {time.perf_counter() - began:.0f} s: {raw}")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(raw), str(folder / "store.duckdb")],
        capture_output=True,
        text=True,
        check=True,
    )
    read, imported, skipped, quarantined, seconds, peak = result.stdout.split()
    seconds_f = float(seconds)
    print(
        f"imported: read {int(read):,} rows = {int(imported):,} stored + {int(skipped):,} skipped "
        f"+ {int(quarantined):,} quarantined"
    )
    print(f"time {seconds_f:.1f} s; throughput {size / 1e6 / seconds_f:.1f} MB/s, {int(read) / seconds_f:,.0f} rows/s")
    print(f"peak RSS of the importing process: {float(peak):,.0f} MB (target < 2048 MB)")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        main()
