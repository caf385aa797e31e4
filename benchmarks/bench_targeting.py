"""Time one who-targets-whom question three ways on a synthetic store: dyadscope (Ibis on DuckDB), hand SQL, pandas.

The question: whom did ISIS engage in Syria in 2014, by counterpart class. All three must give the same
events, fatalities and coalition counts per class (checked on every run). Timings are the median of
`repeats` runs after one warm-up run, with the contenders interleaved round by round so that load from
other processes on the machine falls on all of them alike. The store file is warm in the OS page cache
(it was just generated or read by the warm-up run). pandas runs in a child process so that its load time
and peak memory are its own.

    .venv/bin/python benchmarks/bench_targeting.py --rows 1000000
    .venv/bin/python benchmarks/bench_targeting.py --rows 20000000 --store /tmp/synth_20m.duckdb
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import os
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import ibis
import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.analysis import compiled
from dyadscope.analysis.targeting import TargetQuery, query_values, targets
from dyadscope.paths import CACHE_ENV

OUT = Path(__file__).parent / "out"
QUESTION = TargetQuery("ISIS", country="SYR", start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31), by="class")
COUNTS = ["key", "events", "fatalities", "coalition_events"]
PANDAS_COLUMNS = [
    "country", "withdrawn", "directed", "date_start", "date_end", "fatalities_best",
    "side_a_ids", "side_b_ids", "side_a_class", "side_b_class",
]  # fmt: skip


def _canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """The breakdown counts sorted by key with int64 counts, so two answers compare with equals()."""
    out = frame[COUNTS].copy()
    for col in COUNTS[1:]:
        out[col] = out[col].astype("int64")
    out["key"] = out["key"].astype(str)
    return out.sort_values("key").reset_index(drop=True)


def _ids(registry: Registry, query: TargetQuery) -> list[str]:
    return sorted(registry.expand(registry.find(query.actor).id))


def run_dyadscope(con: duckdb.DuckDBPyConnection, registry: Registry, query: TargetQuery = QUESTION) -> pd.DataFrame:
    """dyadscope.analysis.targeting.targets as the API calls it: on the connection, its compiled SQL cached."""
    with _every_run_asks_duckdb():
        return _canonical(targets(con, registry, query).table)


def run_dyadscope_uncached(
    con: duckdb.DuckDBPyConnection, registry: Registry, query: TargetQuery = QUESTION
) -> pd.DataFrame:
    """The same with the Ibis expression built and compiled on every call (a question never asked before)."""
    compiled._SQL.clear()
    with _cache_off(), _every_run_asks_duckdb():
        return _canonical(targets(con, registry, query).table)


@contextlib.contextmanager
def _every_run_asks_duckdb() -> Iterator[None]:
    """No answer kept from an earlier run (the store is opened read-only): each run times the question itself."""
    kept = compiled.ANSWERS_KEPT
    compiled.ANSWERS_KEPT = 0
    try:
        yield
    finally:
        compiled.ANSWERS_KEPT = kept


@contextlib.contextmanager
def _cache_off() -> Iterator[None]:
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = "off"
    try:
        yield
    finally:
        if before is None:
            del os.environ[CACHE_ENV]
        else:
            os.environ[CACHE_ENV] = before


def in_scope_floor(con: duckdb.DuckDBPyConnection, query: TargetQuery = QUESTION) -> int:
    """Count the rows any answer must read (the country's events overlapping the window): the floor."""
    return con.execute(
        f"SELECT count(*) FROM events WHERE country = '{query.country}' "
        f"AND date_start <= DATE '{query.end}' AND date_end >= DATE '{query.start}'"
    ).fetchone()[0]


def dyadscope_compile_time(con: duckdb.DuckDBPyConnection, registry: Registry) -> tuple[float, float, int]:
    """One uncached targets() call: (total seconds, seconds building and compiling the Ibis expression, compiles)."""
    original = ibis.to_sql
    spent: list[float] = []

    def timed_to_sql(*args, **kwargs):  # a thin wrapper, for profiling only
        began = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - began)

    ibis.to_sql = timed_to_sql
    try:
        began = time.perf_counter()
        run_dyadscope_uncached(con, registry)
        total = time.perf_counter() - began
    finally:
        ibis.to_sql = original
    return total, sum(spent), len(spent)


def _involved_sql(ids: list[str], query: TargetQuery) -> str:
    # Tuned: only rows overlapping the window (zone maps skip the rest), then one regex per side (measured
    # faster than contains() per id, and than list_has_any on a VARCHAR[] copy of the ids: benchmarks/README.md).
    pattern = r"\|(?:" + "|".join(ids) + r")\|"

    def any_of(col: str) -> str:
        return f"coalesce(regexp_matches({col}, '{pattern}'), false)"

    return f"""
        SELECT *, {any_of("side_a_ids")} AS on_a, {any_of("side_b_ids")} AS on_b
        FROM events WHERE country = '{query.country}' AND NOT coalesce(withdrawn, false)
            AND date_start <= DATE '{query.end}' AND date_end >= DATE '{query.start}'
    """


def hand_sql(con: duckdb.DuckDBPyConnection, ids: list[str], query: TargetQuery = QUESTION) -> pd.DataFrame:
    """The breakdown as one hand-written DuckDB statement (no caveat counts)."""
    sql = f"""
        WITH e AS ({_involved_sql(ids, query)}
            AND date_start >= DATE '{query.start}' AND date_end <= DATE '{query.end}')
        SELECT coalesce(CASE WHEN on_a THEN side_b_class ELSE side_a_class END, 'unresolved') AS key,
            count(*) AS events, sum(coalesce(fatalities_best, 0)) AS fatalities,
            count(*) FILTER (WHERE CASE WHEN on_a THEN side_b_ids ELSE side_a_ids END LIKE '%|%|%|%')
                AS coalition_events
        FROM e WHERE (directed AND on_a) OR (NOT directed AND (on_a OR on_b))
        GROUP BY 1
    """
    return _canonical(con.execute(sql).df())


def hand_sql_full(con: duckdb.DuckDBPyConnection, ids: list[str], query: TargetQuery = QUESTION) -> pd.DataFrame:
    """Everything dyadscope computes (breakdown, caveat counts, sources) in one hand-written statement.

    Returns the breakdown; the caveat counts are in `attrs["caveats"]`.
    """
    sql = f"""
        WITH e AS ({_involved_sql(ids, query)}), inv AS (
            SELECT coalesce(CASE WHEN on_a THEN side_b_class ELSE side_a_class END, 'unresolved') AS key,
                CASE WHEN on_a THEN side_b_class ELSE side_a_class END IS NULL AS unresolved,
                CASE WHEN on_a THEN side_b_ids ELSE side_a_ids END LIKE '%|%|%|%' AS coalition,
                date_start >= DATE '{query.start}' AND date_end <= DATE '{query.end}' AS inside,
                date_start <= DATE '{query.end}' AND date_end >= DATE '{query.start}' AS overlapping,
                directed, admin1_derived, geo_precision, fatalities_best, source
            FROM e WHERE (directed AND on_a) OR (NOT directed AND (on_a OR on_b)))
        SELECT grouping(key) AS total, key,
            count(*) FILTER (WHERE inside) AS events,
            coalesce(sum(coalesce(fatalities_best, 0)) FILTER (WHERE inside), 0) AS fatalities,
            count(*) FILTER (WHERE inside AND coalition) AS coalition_events,
            count(*) FILTER (WHERE overlapping AND NOT inside) AS uncertain,
            count(*) FILTER (WHERE inside AND directed) AS directed,
            count(*) FILTER (WHERE inside AND NOT directed) AS undirected,
            count(*) FILTER (WHERE inside AND coalesce(admin1_derived, false)) AS derived_admin1,
            count(*) FILTER (WHERE inside AND geo_precision IN ('area', 'country', 'international')) AS coarse_place,
            count(*) FILTER (WHERE inside AND unresolved) AS unresolved,
            list(DISTINCT source ORDER BY source) FILTER (WHERE inside) AS sources
        FROM inv GROUP BY GROUPING SETS ((key), ())
    """
    frame = con.execute(sql).df()
    total = frame[frame["total"] == 1].iloc[0]
    breakdown = frame[(frame["total"] == 0) & (frame["events"] > 0)]
    result = _canonical(breakdown)
    caveat_cols = ["uncertain", "directed", "undirected", "derived_admin1", "coarse_place", "unresolved"]
    result.attrs["caveats"] = {c: int(total[c]) for c in caveat_cols}
    return result


def load_frame(path: str | Path) -> pd.DataFrame:
    """The columns the question needs, from the store into a pandas DataFrame."""
    with duckdb.connect(str(path), read_only=True) as con:
        con.execute("SET enable_progress_bar = false")
        return con.execute(f"SELECT {', '.join(PANDAS_COLUMNS)} FROM events").df()


def run_pandas(frame: pd.DataFrame, ids: list[str], query: TargetQuery = QUESTION) -> pd.DataFrame:
    """The same breakdown in idiomatic pandas (filter, vectorised string tests, groupby)."""
    d = frame[(frame["country"] == query.country) & ~frame["withdrawn"].fillna(False).astype(bool)]
    d = d[(d["date_start"] >= pd.Timestamp(query.start)) & (d["date_end"] <= pd.Timestamp(query.end))]

    def any_of(col: str) -> pd.Series:
        hits = pd.Series(False, index=d.index)
        for i in ids:
            hits |= d[col].str.contains(f"|{i}|", regex=False).fillna(False).astype(bool)
        return hits

    on_a, on_b = any_of("side_a_ids"), any_of("side_b_ids")
    directed = d["directed"].astype(bool)
    keep = (directed & on_a) | (~directed & (on_a | on_b))
    d, on_a = d[keep], on_a[keep]
    cp_class = d["side_b_class"].where(on_a, d["side_a_class"])
    cp_ids = d["side_b_ids"].where(on_a, d["side_a_ids"])
    grouped = pd.DataFrame(
        {
            "key": cp_class.fillna("unresolved").astype(str),
            "fatalities": d["fatalities_best"].fillna(0).astype("int64"),
            "coalition": (cp_ids.fillna("||").str.count(r"\|") - 1 > 1).astype("int64"),
        }
    ).groupby("key", as_index=False)
    table = grouped.agg(
        events=("fatalities", "size"), fatalities=("fatalities", "sum"), coalition_events=("coalition", "sum")
    )
    return _canonical(table)


POLARS_COLUMNS = [*PANDAS_COLUMNS, "admin1_derived", "geo_precision", "source"]


def load_polars(path: str | Path):  # -> polars.DataFrame (polars is optional: the [bench] extra)
    """The columns the same-outputs question needs, from the store into a polars DataFrame (through Arrow)."""
    import polars as pl

    with duckdb.connect(str(path), read_only=True) as con:
        con.execute("SET enable_progress_bar = false")
        return pl.from_arrow(con.execute(f"SELECT {', '.join(POLARS_COLUMNS)} FROM events").to_arrow_table())


def run_polars(frame, ids: list[str], query: TargetQuery = QUESTION) -> pd.DataFrame:
    """Everything dyadscope computes (breakdown, caveat counts, sources) in idiomatic lazy polars."""
    import polars as pl

    pattern = r"\|(?:" + "|".join(ids) + r")\|"
    col = pl.col
    d = frame.lazy().filter(
        (col("country") == query.country)
        & ~col("withdrawn").fill_null(False)
        & (col("date_start") <= query.end)
        & (col("date_end") >= query.start)
    )
    d = d.with_columns(
        on_a=col("side_a_ids").str.contains(pattern).fill_null(False),
        on_b=col("side_b_ids").str.contains(pattern).fill_null(False),
    ).filter((col("directed") & col("on_a")) | (~col("directed") & (col("on_a") | col("on_b"))))
    d = d.with_columns(
        cp_class=pl.when(col("on_a")).then(col("side_b_class")).otherwise(col("side_a_class")),
        cp_ids=pl.when(col("on_a")).then(col("side_b_ids")).otherwise(col("side_a_ids")),
        inside=(col("date_start") >= query.start) & (col("date_end") <= query.end),
    ).with_columns(
        key=col("cp_class").fill_null("unresolved"),
        coalition=col("cp_ids").fill_null("||").str.count_matches(r"\|", literal=False) - 1 > 1,
    )
    inside = d.filter(col("inside"))
    table = inside.group_by("key").agg(
        events=pl.len(),
        fatalities=col("fatalities_best").fill_null(0).sum(),
        coalition_events=col("coalition").sum(),
    )
    caveats = pl.concat(
        [
            d.select(uncertain=(~col("inside")).sum()),
            inside.select(
                directed=col("directed").sum(),
                undirected=(~col("directed")).sum(),
                derived_admin1=col("admin1_derived").fill_null(False).sum(),
                coarse_place=col("geo_precision").is_in(["area", "country", "international"]).fill_null(False).sum(),
                unresolved=col("cp_class").is_null().sum(),
                sources=col("source").unique().sort().implode(),
            ),
        ],
        how="horizontal",
    )
    table, caveats = pl.collect_all([table, caveats])  # one plan: a lazy file source is scanned once
    result = _canonical(table.to_pandas())
    result.attrs["caveats"] = {c: int(caveats[c][0]) for c in caveats.columns if c != "sources"}
    return result


def polars_parquet(store: str | Path) -> Path:
    """The columns polars needs as one Parquet file next to the store, in the store's row order (written once).

    At 100M events those columns do not fit in memory (4.5 GB at 20M), so polars scans the file lazily, with its
    filters pushed down to the row groups' statistics, as a polars user with data that size would.
    """
    target = Path(store).with_suffix(".polars.parquet")
    if not target.exists():
        with duckdb.connect(str(store), read_only=True) as con:
            con.execute("SET enable_progress_bar = false")
            con.execute(
                f"COPY (SELECT {', '.join(POLARS_COLUMNS)} FROM events) TO '{target}' "
                "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)"
            )
    return target


def _polars_child(path: str, ids: list[str], repeats: int, queue: multiprocessing.Queue, parquet: bool) -> None:
    import polars as pl

    began = time.perf_counter()
    frame = pl.scan_parquet(path) if parquet else load_polars(path)
    load_s = time.perf_counter() - began
    result = run_polars(frame, ids)  # warm-up
    times: dict[str, list[float]] = {"wall": [], "cpu": []}
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        run_polars(frame, ids)
        times["cpu"].append(time.process_time() - cpu)
        times["wall"].append(time.perf_counter() - wall)
    queue.put({"load_s": load_s, "times": times, "rss_peak_mb": _peak_rss_mb(), "result": result})


def polars_in_child(path: str | Path, ids: list[str], repeats: int, parquet: bool = False) -> dict:
    """polars in a fresh process (so its memory is its own), like pandas; on a Parquet file with `parquet`."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_polars_child, args=(str(path), ids, repeats, queue, parquet))
    child.start()
    out = queue.get()
    child.join()
    return out


def _peak_rss_mb() -> float:
    # VmHWM is this process's own high-water mark; ru_maxrss of a spawned child also counts its parent's
    # (Linux keeps it across fork and exec), which overstated polars' and pandas' peaks.
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024


def _pandas_child(path: str, ids: list[str], repeats: int, queue: multiprocessing.Queue) -> None:
    baseline = _peak_rss_mb()
    began = time.perf_counter()
    frame = load_frame(path)
    load_s = time.perf_counter() - began
    after_load = _peak_rss_mb()
    result = run_pandas(frame, ids)  # warm-up
    times: dict[str, list[float]] = {"wall": [], "cpu": []}
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        run_pandas(frame, ids)
        times["cpu"].append(time.process_time() - cpu)
        times["wall"].append(time.perf_counter() - wall)
    queue.put(
        {
            "load_s": load_s,
            "times": times,
            "rss_baseline_mb": baseline,
            "rss_after_load_mb": after_load,
            "rss_peak_mb": _peak_rss_mb(),
            "frame_mb": frame.memory_usage(deep=True).sum() / 2**20,
            "result": result,
        }
    )


def pandas_in_child(path: str | Path, ids: list[str], repeats: int) -> dict:
    """Load + query in a fresh process: its peak RSS is pandas' own, not this process's."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_pandas_child, args=(str(path), ids, repeats, queue))
    child.start()
    out = queue.get()
    child.join()
    return out


def rows_scanned(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object] | None = None) -> int:
    """Rows DuckDB's table scans read for `sql` (after zone maps skipped row groups), from its profiler."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "profile.json"
        con.execute("SET enable_profiling = 'json'")
        con.execute(f"SET profiling_output = '{out}'")
        try:
            (con.execute(sql, params) if params else con.execute(sql)).fetchall()
        finally:
            con.execute("SET enable_profiling = 'no_output'")
            con.execute("RESET profiling_output")
        profile = json.loads(out.read_text())
    # DuckDB 2.0 moved the query's totals under "query"; 1.5 kept them at the top (a --baseline run may use it)
    return int(profile["query"]["total_rows_scanned"] if "query" in profile else profile["cumulative_rows_scanned"])


def interleaved(contenders: dict[str, Callable[[], pd.DataFrame]], repeats: int) -> dict[str, dict[str, list[float]]]:
    """One warm-up call each, then `repeats` rounds calling every contender once per round.

    Records wall seconds and CPU seconds of this process (all DuckDB threads): on a shared machine the
    CPU figure is the steadier one, since waiting for a core does not count.
    """
    for fn in contenders.values():
        fn()
    times: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in contenders}
    for _ in range(repeats):
        for name, fn in contenders.items():
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            times[name]["cpu"].append(time.process_time() - cpu)
            times[name]["wall"].append(time.perf_counter() - wall)
    return times


def compare(
    path: str | Path,
    repeats: int = 5,
    with_pandas: bool = True,
    threads: int | None = None,
    with_polars: bool = False,
    polars_parquet_file: bool = False,
    memory_limit: str | None = None,
) -> dict:
    """Run the contenders on the store at `path`; check they agree; return timings and answers.

    polars holds its columns in memory, or with `polars_parquet_file` scans a Parquet copy of them lazily.
    """
    registry = Registry.load()
    ids = _ids(registry, QUESTION)
    con = duckdb.connect(str(path), read_only=True)
    con.execute("SET enable_progress_bar = false")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    if memory_limit:
        con.execute(f"SET memory_limit = '{memory_limit}'")
    answers = {
        "dyadscope": run_dyadscope(con, registry),
        "hand_sql": hand_sql(con, ids),
        "hand_sql_full": hand_sql_full(con, ids),
    }
    full = targets(con, registry, QUESTION).caveats
    dyad_caveats = {
        "uncertain": full.uncertain_date_left_out,
        "directed": full.directed_events,
        "undirected": full.undirected_events,
        "derived_admin1": full.derived_admin1,
        "coarse_place": full.coarse_place,
        "unresolved": full.unresolved_counterpart,
    }
    compiled._SQL.clear()
    run_dyadscope(con, registry)
    (dyadscope_sql,) = compiled._SQL.values()  # the one statement targets() sends, cached
    params = query_values(registry, QUESTION)  # its values, bound as parameters (analysis/compiled.py)
    contenders = {
        "dyadscope": lambda: run_dyadscope(con, registry),
        "dyadscope_sql": lambda: con.execute(dyadscope_sql, params).fetchall(),  # its SQL alone: no Python around it
        "hand_sql": lambda: hand_sql(con, ids),
        "hand_sql_full": lambda: hand_sql_full(con, ids),
        "dyadscope_uncached": lambda: run_dyadscope_uncached(con, registry),
        "floor": lambda: in_scope_floor(con),
    }
    if with_polars and polars_parquet_file:  # the tuned SQL on polars' own file: is the gap the engine or the format?
        on_parquet = duckdb.connect()
        on_parquet.execute("SET enable_progress_bar = false")
        if threads:
            on_parquet.execute(f"SET threads = {int(threads)}")
        on_parquet.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{polars_parquet(path)}')")
        answers["hand_sql_full_parquet"] = hand_sql_full(on_parquet, ids)
        contenders["hand_sql_full_parquet"] = lambda: hand_sql_full(on_parquet, ids)
    times = interleaved(contenders, repeats)
    compile_runs = [dyadscope_compile_time(con, registry) for _ in range(3)]
    report = {
        "compile": min(compile_runs, key=lambda run: run[0]),
        "rows": int(con.execute("SELECT count(*) FROM events").fetchone()[0]),
        "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
        "duckdb": duckdb.__version__,
        "times": times,
        "answers": answers,
        "caveats": {"dyadscope": dyad_caveats, "hand_sql_full": answers["hand_sql_full"].attrs["caveats"]},
        "load_average": os.getloadavg(),
        "rss_peak_mb": _peak_rss_mb(),
    }
    report["in_scope_rows"] = in_scope_floor(con)
    compiled._SQL.clear()
    run_dyadscope(con, registry)
    (dyadscope_sql,) = compiled._SQL.values()
    floor_sql = f"SELECT count(*) FROM events WHERE country = '{QUESTION.country}' "
    floor_sql += f"AND date_start <= DATE '{QUESTION.end}' AND date_end >= DATE '{QUESTION.start}'"
    report["scanned"] = {"dyadscope": rows_scanned(con, dyadscope_sql, params), "floor": rows_scanned(con, floor_sql)}
    report["memory_limit"] = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.close()
    if with_polars:
        source = polars_parquet(path) if polars_parquet_file else path
        child = polars_in_child(source, ids, repeats, parquet=polars_parquet_file)
        child["parquet"] = polars_parquet_file
        report["polars"] = child
        report["times"]["polars"] = child["times"]
        answers["polars"] = child["result"]
        report["caveats"]["polars"] = child["result"].attrs["caveats"]
    if with_pandas:
        child = pandas_in_child(path, ids, repeats)
        report["pandas"] = child
        report["times"]["pandas"] = child["times"]
        answers["pandas"] = child["result"]
    reference = answers["hand_sql"]
    if "hand_sql_full_parquet" in answers:
        report["caveats"]["hand_sql_full_parquet"] = answers["hand_sql_full_parquet"].attrs["caveats"]
    report["agree"] = all(a.equals(reference) for a in answers.values()) and all(
        caveats == report["caveats"]["hand_sql_full"] for caveats in report["caveats"].values()
    )
    return report


def render(report: dict) -> str:
    """A plain-text table of the medians (wall and CPU) and the dyadscope / hand SQL ratios."""
    med = {name: {k: statistics.median(v) for k, v in ts.items()} for name, ts in report["times"].items()}
    lines = [
        f"rows {report['rows']:,}  duckdb {report['duckdb']}  threads {report['threads']}  "
        f"load average {report['load_average'][0]:.2f}  memory_limit {report['memory_limit']}  "
        f"(warm page cache; median of {len(report['times']['hand_sql']['wall'])} after a warm-up)",
        f"question: {QUESTION.actor} in {QUESTION.country} {QUESTION.start}..{QUESTION.end} by {QUESTION.by}",
        f"{'contender':<34}{'wall s':>9}{'min':>8}{'max':>8}{'CPU s':>9}",
    ]
    labels = {
        "dyadscope": "dyadscope targets() (cached SQL)",
        "dyadscope_uncached": "dyadscope, Ibis compiled each call",
        "dyadscope_sql": "dyadscope's cached SQL alone",
        "hand_sql_full_parquet": "tuned SQL on polars' Parquet file",
        "hand_sql": "hand SQL, breakdown only",
        "hand_sql_full": "tuned hand SQL, same outputs",
        "floor": "in-scope floor (count rows)",
        "pandas": "pandas (in memory)",
        "polars": "polars, same outputs ("
        + ("lazy Parquet scan" if report.get("polars", {}).get("parquet") else "in memory")
        + ")",
    }
    for name, ts in report["times"].items():
        lines.append(
            f"{labels[name]:<34}{med[name]['wall']:>9.3f}{min(ts['wall']):>8.3f}{max(ts['wall']):>8.3f}"
            f"{med[name]['cpu']:>9.3f}"
        )
    for other, label in (("hand_sql", "breakdown only"), ("hand_sql_full", "same outputs")):
        wall = med["dyadscope"]["wall"] / med[other]["wall"]
        cpu = med["dyadscope"]["cpu"] / med[other]["cpu"]
        lines.append(f"ratio dyadscope / hand SQL ({label}): wall {wall:.2f}x, CPU {cpu:.2f}x")
    lines.append(f"rows in scope (country, window overlap): {report['in_scope_rows']:,}")
    scanned = report["scanned"]
    lines.append(
        f"rows the table scan read (zone maps skip the rest): dyadscope {scanned['dyadscope']:,}, "
        f"floor {scanned['floor']:,}"
    )
    if "polars" in report:
        lines.append(
            f"polars: load {report['polars']['load_s']:.2f} s; peak RSS {report['polars']['rss_peak_mb']:.0f} MB"
        )
    if "pandas" in report:
        p = report["pandas"]
        lines.append(
            f"pandas: load {p['load_s']:.2f} s; DataFrame {p['frame_mb']:.0f} MB (deep); "
            f"peak RSS {p['rss_peak_mb']:.0f} MB "
            f"(process baseline {p['rss_baseline_mb']:.0f} MB, after load {p['rss_after_load_mb']:.0f} MB)"
        )
    total, compiling, compiles = report["compile"]
    lines.append(
        f"dyadscope: of {total:.3f} s (best of 3), {compiling:.3f} s compiling {compiles} Ibis expressions to SQL"
    )
    lines.append(f"DuckDB process peak RSS {report['rss_peak_mb']:.0f} MB")
    lines.append("answers agree: " + ("yes" if report["agree"] else "NO"))
    return "\n".join(lines)


def main() -> None:
    """Command line: generate the store if needed, run the comparison, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="synthetic store (default benchmarks/out/synth_<rows>.duckdb)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, help="DuckDB threads (default: DuckDB's, = number of cores)")
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--polars", action="store_true", help="add polars (pip install '.[bench]')")
    parser.add_argument("--polars-parquet", action="store_true", help="polars scans a Parquet copy lazily")
    parser.add_argument("--memory-limit", help="DuckDB memory_limit for the store's connection, e.g. 1GB")
    args = parser.parse_args()
    store = args.store or OUT / f"synth_{args.rows}.duckdb"
    if not store.exists():
        from synth import write_store  # the sibling module; benchmarks/ is on sys.path when run as a script

        store.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {store} ({args.rows:,} rows): {write_store(store, args.rows):.1f} s")
    report = compare(
        store, args.repeats, not args.no_pandas, args.threads, args.polars, args.polars_parquet, args.memory_limit
    )
    print(render(report))
    print(report["answers"]["dyadscope"].to_string(index=False))
    if not report["agree"]:
        for name, answer in report["answers"].items():
            print(name, answer.to_dict("list"))
        print(report["caveats"])
        raise SystemExit("the contenders disagree")


if __name__ == "__main__":
    main()
