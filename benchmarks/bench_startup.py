"""Time five commands end to end as a user runs them from the shell, on the demo store (issue 11 goal 3).

Each run is a fresh `dyadscope` process under `nice` (interpreter start, imports, the work, output to a
file), one warm-up round first (page cache, bytecode, the per-user compiled-SQL, pattern and registry caches), then the
commands interleaved round by round so background load falls on all alike. The table shows the median and
range of the wall seconds and the median CPU seconds of the child (user + system, from getrusage), which
is the steadier figure on a shared machine, beside each command's goal. `--baseline SRC` runs the same
commands with another checkout's `src` first on PYTHONPATH, in the same rounds, for before/after;
`--baseline-python PY` runs the baseline with another virtualenv's interpreter (another DuckDB, say).
`--cold` gives every run an empty per-user cache (compiled SQL, registry, chart SVGs): a question never asked
on this machine before.

    .venv/bin/python benchmarks/bench_startup.py --db dyadscope.duckdb            # ./dev demo builds it
    .venv/bin/python benchmarks/bench_startup.py --repeats 5 --baseline /tmp/before/src
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Path("/work/shared/articles/isis-us-proxy.en.txt")  # the article the demo is about (README)
LOCAL_ARTICLE = ROOT / "tests" / "data" / "claims" / "article_excerpt.txt"
SCOPE = ["--country", "SYR", "--from", "2014-01-01", "--to", "2014-12-31"]
PYCACHE = Path(tempfile.gettempdir()) / "dyadscope_bench_pycache"


def commands(out: Path) -> dict[str, tuple[list[str], float]]:
    """name -> (dyadscope arguments, goal in seconds end to end)."""
    article = ARTICLE if ARTICLE.exists() else LOCAL_ARTICLE
    return {
        "--help": (["--help"], 0.3),
        "targets ISIS SYR 2014 --by actor": (["targets", "ISIS", *SCOPE, "--by", "actor"], 1.0),
        f"check {article.name}": (["check", str(article)], 2.0),
        "report ISIS SYR 2014": (["report", "ISIS", *SCOPE, "-o", str(out / "report.html")], 2.0),
        "avoidance ISIS/Gov. of Syria SYR (9,999)": (
            ["avoidance", "ISIS", "Government of Syria", "--country", "SYR", "--permutations", "9999"],
            2.0,
        ),
    }


def run_once(
    args: list[str],
    db: Path,
    src: Path | None,
    cold: bool = False,
    python: Path | None = None,
    bytecode: bool = True,
) -> tuple[float, float, int]:
    """(wall s, CPU s of the child, exit code) of one `nice dyadscope --db DB ARGS` with output to /dev/null."""
    # Bytecode as a user has it (pip compiles it at install; an editable checkout writes it on the first run), in a
    # folder of its own: a session that sets PYTHONDONTWRITEBYTECODE would otherwise compile ~100 modules every run.
    env = dict(os.environ, COLUMNS="120")
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if cold:
        env["DYADSCOPE_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench_startup_cache_")
    if src is not None:
        env["PYTHONPATH"] = str(src)
    exe = Path(python or sys.executable).with_name("dyadscope")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        ["nice", str(exe), "--db", str(db), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode:
        print(f"  exit {done.returncode}: {' '.join(args)}: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return wall, cpu, done.returncode


def main() -> None:
    """Warm up, run the rounds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=ROOT / "dyadscope.duckdb")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, timed in the same rounds")
    parser.add_argument("--baseline-python", type=Path, help="the baseline's interpreter (default this one)")
    parser.add_argument("--only", help="run only the commands whose name contains this")
    parser.add_argument("--cold", action="store_true", help="an empty per-user cache for every run")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="keep the environment's PYTHONDONTWRITEBYTECODE (rounds 1-13's way)"
    )
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"no store at {args.db}: build it with ./dev demo")
    out = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    cmds = {k: v for k, v in commands(out).items() if not args.only or args.only in k}
    # This checkout's src first on the path: the virtualenv's editable install may point at another checkout (a
    # worktree sharing main's .venv would otherwise time main).
    variants = {"this": ROOT / "src"} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    load_before = os.getloadavg()[0]
    for round_ in range(args.repeats + 1):  # round 0 warms the caches and is not counted
        for name, (argv, _) in cmds.items():
            for variant, src in variants.items():
                python = args.baseline_python if variant == "baseline" else None
                wall, cpu, _ = run_once(argv, args.db, src, args.cold, python, not args.no_bytecode)
                if round_:
                    times.setdefault((name, variant), []).append((wall, cpu))
    load = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
    cache = "empty per-user cache each run" if args.cold else "warm per-user cache"
    cache += ", no bytecode written" if args.no_bytecode else ", bytecode kept"
    print(f"\n{args.repeats} rounds after one warm-up, nice, {cache}, store {args.db.name}, load average {load}\n")
    print("| command | version | wall s median | min-max | CPU s median | goal | met (wall) |")
    print("|---|---|---|---|---|---|---|")
    for name, (_, goal) in cmds.items():
        for variant in variants:
            runs = times[name, variant]
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            med = statistics.median(walls)
            print(
                f"| `{name}` | {variant} | {med:.2f} | {min(walls):.2f}-{max(walls):.2f} | "
                f"{statistics.median(cpus):.2f} | < {goal:g} s | {'yes' if med < goal else 'NO'} |"
            )


if __name__ == "__main__":
    main()
