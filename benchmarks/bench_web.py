"""Load on `dyadscope serve`: 20 concurrent clients against 127.0.0.1, Explore pages and JSON API, then the claim check.

A bounded load generator: CLIENTS threads each send REQUESTS requests (cycling through a mix of Explore views
and API calls over the demo store), one at a time, and the latency of every request is recorded. The server is a
real `dyadscope serve` subprocess (uvicorn, one worker), as a user starts it. Every URL is requested once before
the load ("cold": the first visitor pays for the query and the chart; later visitors hit the server's result
cache, which lives until the store file changes). The check page is timed separately: the first check of the
article (cold) and repeats (warm), one client at a time, then under the same 20-client load.

    .venv/bin/python benchmarks/bench_web.py                      # builds the demo store in a temp folder
    .venv/bin/python benchmarks/bench_web.py --db dyadscope.duckdb --clients 20 --requests 25
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from web_server import Server  # the tests' server launcher: one way to start it

ARTICLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "claims" / "article_excerpt.txt"
OUT = Path(__file__).parent / "out"
W14 = "country=SYR&from=2014-01-01&to=2014-12-31"
W16 = "country=SYR&from=2016-04-01&to=2017-03-31"
EXPLORE = [
    f"/explore?actor=ISIS&{W14}",
    f"/explore?actor=ISIS&{W14}&by=actor",
    f"/explore?actor=ISIS&{W16}&by=admin1",
    f"/explore?actor=Government+of+Syria&{W14}&by=admin1&with=ISIS",
    f"/explore?actor=ISIS&{W16}&by=month&lang=da",
    f"/explore?actor=Daesh&{W16}",
]
API = [
    f"/api/targets?actor=ISIS&{W14}",
    f"/api/targets?actor=Government+of+Syria&{W16}&by=admin1",
    f"/api/points?actor=ISIS&{W16}",
    "/api/overview",
    "/api/actors/isis",
    f"/api/targets.csv?actor=ISIS&{W16}&by=month",
]


def timed_get(base: str, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        response.read()
        status = response.status
    return time.perf_counter() - start, status


def check_client(base: str) -> tuple[str, str]:
    """A CSRF cookie and its token, as a browser gets them by loading the form."""
    with urllib.request.urlopen(base + "/check", timeout=60) as response:
        cookie = response.headers["Set-Cookie"].split(";")[0]
    return cookie, cookie.split("=", 1)[1]


def timed_check(base: str, cookie: str, token: str, text: str) -> tuple[float, int]:
    body = urllib.parse.urlencode({"csrf": token, "text": text, "lang": "auto"}).encode()
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(base + "/check", body, headers), timeout=120) as response:
        response.read()
        status = response.status
    return time.perf_counter() - start, status


def load(base: str, clients: int, requests: int, check_text: str | None) -> dict[str, list[float]]:
    """CLIENTS threads, each REQUESTS sequential requests through the mix; latencies by kind."""
    mix = [("explore", p) for p in EXPLORE] + [("api", p) for p in API]
    latencies: dict[str, list[float]] = {"explore": [], "api": [], "check": []}
    errors: list[str] = []
    lock = threading.Lock()
    cookie, token = check_client(base) if check_text else ("", "")

    def client(number: int) -> None:
        for i in range(requests):
            kind, path = mix[(number + i) % len(mix)]
            if check_text and i % 10 == 9:
                kind = "check"
            try:
                if kind == "check":
                    seconds, status = timed_check(base, cookie, token, check_text)
                else:
                    seconds, status = timed_get(base, path)
            except OSError as exc:
                with lock:
                    errors.append(f"{path}: {exc}")
                continue
            with lock:
                latencies[kind].append(seconds)
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies["_wall"] = [time.perf_counter() - start]
    if errors:
        raise SystemExit("errors under load:\n" + "\n".join(errors[:20]))
    return latencies


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {
        "n": len(ordered),
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * p95, 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="store to serve (default: build the demo store in a temp folder)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=25, help="requests per client")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="bench-web-")
    db = args.db
    if db is None:
        from dyadscope.demo import build_demo_store

        db = Path(folder.name) / "demo.duckdb"
        ds, _ = build_demo_store(db)
        ds.close()
    server = Server(db)
    try:
        cold = {path: round(1000 * timed_get(server.base, path)[0], 1) for path in EXPLORE + API}
        text = ARTICLE.read_text(encoding="utf-8")
        cookie, token = check_client(server.base)
        check_cold = timed_check(server.base, cookie, token, text)[0]
        check_warm = [timed_check(server.base, cookie, token, text)[0] for _ in range(5)]
        # A different article each time (a unique first line) is never in the cache: the full check runs.
        check_fresh = [timed_check(server.base, cookie, token, f"Edition {i}.\n\n{text}")[0] for i in range(3)]
        measured = load(server.base, args.clients, args.requests, None)
        with_check = load(server.base, args.clients, args.requests, text)
    finally:
        log = server.stop()
        folder.cleanup()
    if "Traceback" in log:
        raise SystemExit(log)
    result = {
        "clients": args.clients,
        "requests_per_client": args.requests,
        "cold_first_request_ms": cold,
        "check_first_ms": round(1000 * check_cold, 1),
        "check_uncached_ms": summary(check_fresh),
        "check_repeat_ms": summary(check_warm),
        "explore_under_load": summary(measured["explore"]),
        "api_under_load": summary(measured["api"]),
        "throughput_rps": round(len(measured["explore"] + measured["api"]) / measured["_wall"][0], 1),
        "mixed_with_checks": {k: summary(v) for k, v in with_check.items() if k != "_wall" and v},
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "bench_web.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
