"""Time importing a 1M-row CSV (GED layout, or --layout acled/gtd/gdelt): dyadscope's importer vs a bare read_csv.

Each run happens in a fresh child process writing a fresh store file next to the others, and reports its
own wall and CPU time (the work only: no interpreter start, no imports, registry loaded before the clock
starts) and its peak RSS. One warm-up run of each contender first, so the CSV is in the OS page cache for
all timed runs (warm cache); contenders are interleaved round by round and the table shows medians.
`--baseline SRC` adds the importer of another checkout (its `src` folder) to the same rounds, so a
before/after comparison shares the machine's load. `--profile` adds one instrumented import that times
every SQL statement the importer sends (wall and CPU). `--steps 1GB,2GB` splits the importer's CPU into
its steps (the pass into `mapped_rows`, the sorted write, other SQL, Python) at each memory limit, medians.

    .venv/bin/python benchmarks/bench_ingest.py --rows 1000000
    .venv/bin/python benchmarks/bench_ingest.py --csv /tmp/ged_1m.csv --repeats 5 --baseline /tmp/before/src
    .venv/bin/python benchmarks/bench_ingest.py --csv /tmp/ged_1m.csv --only-profile
    .venv/bin/python benchmarks/bench_ingest.py --csv /tmp/ged_1m.csv --steps 1GB,2GB --repeats 3
    .venv/bin/python benchmarks/bench_ingest.py --layout gtd --repeats 2 --contenders dyadscope,read_csv
    .venv/bin/python benchmarks/bench_ingest.py --layouts ged,acled,gtd,gdelt --contenders dyadscope,read_csv
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyadscope.actors.registry import Registry
from dyadscope.sources.reading import check_readable
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

OUT = Path(__file__).parent / "out"
PASS = re.compile(r"CREATE OR REPLACE (TEMP )?TABLE (\w+\.)?mapped_rows ")
CONTENDERS = ("dyadscope", "read_csv", "read_csv_varchar")
LABELS = {
    "dyadscope": "dyadscope import_file",
    "baseline": "baseline import_file (--baseline)",
    "read_csv": "bare CREATE TABLE AS read_csv",
    "read_csv_varchar": "same, all_varchar (all text)",
    "read_csv_sorted": "same, ORDER BY country, date",
}
# The bare read that keeps the store's order promise sorts by the file's own country and date columns, the first
# of these that the file has (GED, ACLED, GTD); the importer sorts its mapped rows by the same.
ORDER_KEYS = (("country", "date_start"), ("country", "event_date"), ("country_txt", "iyear", "imonth", "iday"))


def _fresh(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _rows(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return int(con.execute("SELECT count(*) FROM events").fetchone()[0])


def ingest_dyadscope(
    csv: Path, db: Path, registry: Registry | None = None, memory_limit: str = "1GB"
) -> tuple[float, int]:
    """Import `csv` into a fresh store at `db`; returns (seconds from open to close, events stored)."""
    registry = registry or Registry.load()
    _fresh(db)
    began = time.perf_counter()
    with Store(db) as store:
        store.con.execute("SET enable_progress_bar = false")
        import_file(store, csv, registry, memory_limit=memory_limit)
    return time.perf_counter() - began, _rows(db)


def _order_key(csv: Path) -> str:
    """The ORDER BY of the sorted bare read: the file's country and date columns (ORDER_KEYS)."""
    target = str(csv).replace("'", "''")
    with duckdb.connect() as con:
        columns = {d[0].lower() for d in con.execute(f"SELECT * FROM read_csv('{target}') LIMIT 0").description}
    for key in ORDER_KEYS:
        if set(key) <= columns:
            return ", ".join(key)
    raise ValueError(f"{csv} has none of the country and date columns {ORDER_KEYS}")


def ingest_bare(csv: Path, db: Path, all_varchar: bool = False, order: str | None = None) -> tuple[float, int]:
    """CREATE TABLE AS SELECT * FROM read_csv(csv) [ORDER BY order] in a fresh DuckDB file; returns (seconds, rows)."""
    _fresh(db)
    option = ", all_varchar = true" if all_varchar else ""
    target = str(csv).replace("'", "''")
    began = time.perf_counter()
    with duckdb.connect(str(db)) as con:
        con.execute("SET enable_progress_bar = false")
        sort = f" ORDER BY {order}" if order else ""
        con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{target}'{option}){sort}")
    return time.perf_counter() - began, _rows(db)


def _folder_mb(folder: Path) -> float:
    """Size of the files in `folder` (and below) in MiB; 0 if it does not exist; files vanishing meanwhile skipped."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                continue
    return total / 2**20


@contextmanager
def _peak_size(folder: Path, every: float = 0.2) -> Iterator[list[float]]:
    """Sample the size of `folder` (DuckDB's spill and the importer's scratch) every `every` s; yields [peak MiB]."""
    peak, stop = [0.0], threading.Event()

    def sample() -> None:
        while True:
            peak[0] = max(peak[0], _folder_mb(folder))
            if stop.wait(every):
                return

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()


def _child(name: str, csv: str, db: str, memory_limit: str) -> dict:
    """One ingest in this (fresh) process: its seconds, CPU seconds (all threads), rows, peak RSS and temp folder."""
    importer = name in ("dyadscope", "baseline")
    registry = Registry.load() if importer else None
    order = _order_key(Path(csv)) if name == "read_csv_sorted" else None  # the column names before the clock
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime  # CPU of the ingest only (all threads), not of the imports
    with _peak_size(Path(f"{db}.tmp")) as temp_peak:  # the sampling thread's CPU is counted too: ~0.1%
        if importer:
            seconds, rows = ingest_dyadscope(Path(csv), Path(db), registry, memory_limit)
        else:
            seconds, rows = ingest_bare(Path(csv), Path(db), name == "read_csv_varchar", order)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime - cpu_before,
        "rows": rows,
        "rss_peak_mb": usage.ru_maxrss / 1024,
        "db_mb": Path(db).stat().st_size / 2**20,
        "temp_peak_mb": temp_peak[0],
        "importer": str(Path(import_file.__code__.co_filename).resolve()),
    }


def run_child(name: str, csv: Path, db: Path, baseline: Path | None = None, memory_limit: str = "1GB") -> dict:
    """One ingest in a fresh process (its peak RSS is the ingest's own); `baseline` is a checkout's src folder."""
    env = dict(os.environ)
    if name == "baseline" and baseline is None:
        raise ValueError("the baseline contender needs --baseline SRC")
    # This checkout's src (or the baseline's) first on the path: the virtualenv's editable install may point at
    # another checkout (a worktree sharing main's .venv would otherwise time main's importer as "dyadscope").
    src = baseline if name == "baseline" else Path(__file__).resolve().parents[1] / "src"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    argv = [sys.executable, __file__, "--child", name, "--csv", str(csv), "--db", str(db), "--memory-limit",
            memory_limit]  # fmt: skip
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    _fresh(db)
    if done.returncode:
        raise RuntimeError(f"{name} run failed:\n{done.stderr[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if name == "baseline" and not out["importer"].startswith(str(baseline.resolve())):
        raise RuntimeError(f"the baseline run used {out['importer']}, not the checkout in {baseline}")
    return out


def compare(
    csv: Path,
    workdir: Path,
    repeats: int = 3,
    contenders: tuple[str, ...] = CONTENDERS,
    warmup: bool = True,
    baseline: Path | None = None,
    memory_limit: str = "1GB",
) -> dict:
    """Warm-up (unless the CSV is known to be cached) plus `repeats` interleaved rounds; returns per-run results."""
    workdir.mkdir(parents=True, exist_ok=True)
    runs: dict[str, list[dict]] = {name: [] for name in contenders}

    def run(name: str) -> dict:
        return run_child(name, csv, workdir / f"ingest_{name}.duckdb", baseline, memory_limit)

    for name in contenders if warmup else ():
        run(name)
    for _ in range(repeats):
        for name in contenders:
            runs[name].append(run(name))
    with duckdb.connect() as con:
        threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    return {
        "csv": str(csv),
        "csv_mb": csv.stat().st_size / 2**20,
        "threads": threads,
        "duckdb": duckdb.__version__,
        "runs": runs,
        "load_average": os.getloadavg(),
        "memory_limit": memory_limit,
    }


def compare_layouts(
    csvs: dict[str, Path], repeats: int, contenders: tuple[str, ...], baseline: Path | None, memory_limit: str
) -> dict[str, dict]:
    """compare() for several layouts at once, every round running each layout's contenders in turn (one load)."""
    runs: dict[str, dict[str, list[dict]]] = {layout: {name: [] for name in contenders} for layout in csvs}

    def run(layout: str, name: str) -> dict:
        csv = csvs[layout]
        return run_child(name, csv, csv.parent / f"ingest_{layout}_{name}.duckdb", baseline, memory_limit)

    for layout in csvs:  # warm-up: every file into the page cache
        for name in contenders:
            run(layout, name)
    for _ in range(repeats):
        for layout in csvs:
            for name in contenders:
                runs[layout][name].append(run(layout, name))
    with duckdb.connect() as con:
        threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    shared = {"threads": threads, "duckdb": duckdb.__version__, "load_average": os.getloadavg()}
    return {
        layout: {
            "csv": str(csv),
            "csv_mb": csv.stat().st_size / 2**20,
            "runs": runs[layout],
            "memory_limit": memory_limit,
            **shared,
        }
        for layout, csv in csvs.items()
    }


def render_layouts(reports: dict[str, dict]) -> str:
    """Each layout's table, then one line per layout: the importer's CPU over the bare typed read's."""
    lines = [render(report) + "\n" for report in reports.values()]
    lines.append(f"{'layout':<8}{'importer CPU s':>16}{'bare CPU s':>12}{'CPU ratio':>11}{'wall ratio':>12}")
    for layout, report in reports.items():
        runs = report["runs"]
        cpu = {n: statistics.median(r["cpu"] for r in rs) for n, rs in runs.items()}
        wall = {n: statistics.median(r["seconds"] for r in rs) for n, rs in runs.items()}
        if "dyadscope" in cpu and "read_csv" in cpu:
            lines.append(
                f"{layout:<8}{cpu['dyadscope']:>16.2f}{cpu['read_csv']:>12.2f}"
                f"{cpu['dyadscope'] / cpu['read_csv']:>10.2f}x{wall['dyadscope'] / wall['read_csv']:>11.2f}x"
            )
    return "\n".join(lines)


def render(report: dict) -> str:
    """Medians, ratio and memory as a plain-text table."""
    runs = report["runs"]
    med = {n: statistics.median(r["seconds"] for r in rs) for n, rs in runs.items()}
    cpu = {n: statistics.median(r["cpu"] for r in rs) for n, rs in runs.items()}
    lines = [
        f"{report['csv']} ({report['csv_mb']:.0f} MB)  duckdb {report['duckdb']}  threads {report['threads']}  "
        f"importer memory limit {report['memory_limit']}  load average after {report['load_average'][0]:.2f}",
        f"(warm page cache; contenders interleaved; median of {len(next(iter(runs.values())))} rounds)",
        f"{'contender':<34}{'wall s':>9}{'min':>8}{'max':>8}{'CPU s':>8}{'rows':>11}{'peak RSS MB':>13}{'db MB':>8}"
        f"{'temp MB':>9}",
    ]
    for name, rs in runs.items():
        secs = [r["seconds"] for r in rs]
        lines.append(
            f"{LABELS[name]:<34}{med[name]:>9.2f}{min(secs):>8.2f}{max(secs):>8.2f}{cpu[name]:>8.2f}{rs[0]['rows']:>11,}"
            f"{max(r['rss_peak_mb'] for r in rs):>13.0f}{rs[0]['db_mb']:>8.0f}"
            f"{max(r.get('temp_peak_mb', 0) for r in rs):>9.0f}"
        )
    short = {"dyadscope": "dyadscope", "baseline": "baseline", "read_csv_sorted": "sorted bare read"}
    pairs = [(i, b) for i in short for b in ("read_csv", "read_csv_varchar", "read_csv_sorted") if i != b]
    for importer, bare in pairs:
        if importer in med and bare in med and (importer, bare) != ("read_csv_sorted", "read_csv_varchar"):
            lines.append(
                f"ratio {short[importer]} / {LABELS[bare]}: wall {med[importer] / med[bare]:.2f}x, "
                f"CPU {cpu[importer] / cpu[bare]:.2f}x"
            )
    return "\n".join(lines)


def _cpu() -> float:
    """CPU seconds of this process so far, all threads (DuckDB's workers included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _TimedConnection:
    """Wraps a DuckDB connection and records the time of every execute() (profiling only)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con
        self.log: list[tuple[float, float, str]] = []

    def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
        began, cpu = time.perf_counter(), _cpu()
        result = self._con.execute(sql, *args)
        self.log.append((time.perf_counter() - began, _cpu() - cpu, " ".join(sql.split())))
        return result

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def profile(csv: Path, workdir: Path) -> str:
    """Per-statement wall and CPU times of one import."""
    registry = Registry.load()
    db = workdir / "ingest_profile.duckdb"
    _fresh(db)
    lines = []
    began = time.perf_counter()
    check_readable(csv)
    lines.append(f"check_readable (full-file UTF-8 pass, Python): {time.perf_counter() - began:.2f} s")
    store = Store(db)
    store.con.execute("SET enable_progress_bar = false")
    timed = _TimedConnection(store.con)
    store.con = timed
    began = time.perf_counter()
    import_file(store, csv, registry)
    total = time.perf_counter() - began
    store.con = timed._con
    store.close()
    _fresh(db)
    in_sql = sum(t for t, _, _ in timed.log)
    lines.append(
        f"import_file total {total:.2f} s; in SQL statements {in_sql:.2f} s; rest (Python) {total - in_sql:.2f} s"
    )
    lines.append(f"slowest statements (wall s, CPU s); load average {os.getloadavg()[0]:.2f}:")
    for seconds, cpu, sql in sorted(timed.log, reverse=True)[:10]:
        lines.append(f"  {seconds:6.2f} s  {cpu:6.2f} s  {sql[:150]}")
    return "\n".join(lines)


def step_split(csv: Path, workdir: Path, memory_limit: str) -> dict:
    """One import's CPU seconds split: the pass into `mapped_rows`, the write into `events`, other SQL, Python."""
    registry = Registry.load()
    db = workdir / "ingest_steps.duckdb"
    _fresh(db)
    store = Store(db)
    store.con.execute("SET enable_progress_bar = false")
    timed = _TimedConnection(store.con)
    store.con = timed
    began, cpu = time.perf_counter(), _cpu()
    import_file(store, csv, registry, memory_limit=memory_limit)
    split = {"wall": time.perf_counter() - began, "cpu": _cpu() - cpu}
    store.con = timed._con
    store.close()
    _fresh(db)
    in_sql = sum(c for _, c, _ in timed.log)
    # the pass: a TEMP table before round 16, a table of the import's scratch database since
    split["pass"] = sum(c for _, c, sql in timed.log if PASS.match(sql))
    split["write"] = sum(c for _, c, sql in timed.log if sql.startswith("INSERT INTO events"))
    split["other SQL"] = in_sql - split["pass"] - split["write"]
    split["Python"] = split["cpu"] - in_sql  # check_readable's UTF-8 pass, the lookups' Python side
    split["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return split


def steps(csv: Path, workdir: Path, limits: list[str], repeats: int) -> str:
    """Medians of `repeats` step splits per memory limit, each in a fresh process, limits interleaved round by round."""
    runs: dict[str, list[dict]] = {limit: [] for limit in limits}
    for _ in range(repeats):
        for limit in limits:
            argv = [sys.executable, __file__, "--child-steps", "--csv", str(csv), "--db", str(workdir),
                    "--memory-limit", limit]  # fmt: skip
            done = subprocess.run(argv, capture_output=True, text=True, check=True)
            runs[limit].append(json.loads(done.stdout.strip().splitlines()[-1]))
    keys = ("cpu", "pass", "write", "other SQL", "Python", "wall", "rss_peak_mb")
    lines = [f"CPU s per step, median of {repeats} (load average after {os.getloadavg()[0]:.2f})",
             f"{'memory limit':<14}" + "".join(f"{k:>12}" for k in keys)]  # fmt: skip
    for limit, rs in runs.items():
        lines.append(f"{limit:<14}" + "".join(f"{statistics.median(r[k] for r in rs):>12.2f}" for k in keys))
    return "\n".join(lines)


def main() -> None:
    """Command line: generate the CSV if needed, compare, optionally profile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="the file to import (default benchmarks/out/<layout>_<rows>.csv)")
    parser.add_argument("--layout", default="ged", help="the layout synth.py writes when the file is missing")
    parser.add_argument("--layouts", help="comma-separated layouts (ged,acled,gtd,gdelt) compared in one run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also time each SQL statement of one import")
    parser.add_argument("--no-warmup", action="store_true", help="skip the warm-up runs (CSV already cached)")
    parser.add_argument("--only-profile", action="store_true")
    parser.add_argument("--baseline", type=Path, help="also time the importer of this checkout's src folder")
    parser.add_argument(
        "--contenders", default=",".join(CONTENDERS), help="comma-separated, from: " + ", ".join(LABELS)
    )
    parser.add_argument("--memory-limit", default="1GB", help="the importer's DuckDB memory limit (its default 1GB)")
    parser.add_argument("--steps", help="comma-separated memory limits: CPU per step of the importer at each")
    parser.add_argument("--child", choices=list(LABELS), help=argparse.SUPPRESS)
    parser.add_argument("--child-steps", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_steps:  # one step split, in this fresh process, for steps()
        print(json.dumps(step_split(args.csv, args.db, args.memory_limit)))
        return
    if args.child:  # one run, in this fresh process, for run_child
        print(json.dumps(_child(args.child, str(args.csv), str(args.db), args.memory_limit)))
        return
    contenders = tuple(args.contenders.split(","))
    if args.baseline and "baseline" not in contenders:
        contenders = ("dyadscope", "baseline", *contenders[1:]) if contenders[0] == "dyadscope" else contenders
    if args.layouts:  # every layout side by side: its file generated into OUT if missing
        csvs = {layout: OUT / f"{layout}_{args.rows}.csv" for layout in args.layouts.split(",")}
        for layout, path in csvs.items():
            if not path.exists():
                from synth import write_csv

                path.parent.mkdir(parents=True, exist_ok=True)
                print(f"generating {path} ({args.rows:,} rows): {write_csv(path, args.rows, layout):.1f} s")
        print(render_layouts(compare_layouts(csvs, args.repeats, contenders, args.baseline, args.memory_limit)))
        return
    csv = args.csv or OUT / f"{args.layout}_{args.rows}.csv"
    if not csv.exists():
        from synth import write_csv  # the sibling module; benchmarks/ is on sys.path when run as a script

        csv.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {csv} ({args.rows:,} rows): {write_csv(csv, args.rows, args.layout):.1f} s")
    workdir = OUT if args.csv is None else csv.parent
    if args.steps:
        print(steps(csv, workdir, args.steps.split(","), args.repeats))
        return
    if not args.only_profile:
        report = compare(csv, workdir, args.repeats, contenders, not args.no_warmup, args.baseline, args.memory_limit)
        print(render(report))
    if args.profile or args.only_profile:
        print(profile(csv, workdir))


if __name__ == "__main__":
    main()
