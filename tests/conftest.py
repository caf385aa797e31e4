"""Shared fixtures: small real UCDP extracts (tests/data/ucdp, CC BY 4.0) and stores built from them."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict

DATA = Path(__file__).parent / "data"
UCDP = DATA / "ucdp"
SYRIA_191 = UCDP / "ged_syria_2016_2019_v191_sample.csv"
REGION_REDUCED = UCDP / "ged_region_reduced_sample.csv.gz"
MODERN = UCDP / "ged231_modern_sample.csv"
OLD = UCDP / "ged_nigeria_2011_old_sample.csv"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests use a cache folder of their own, never the user's ~/.cache/dyadscope."""
    os.environ["DYADSCOPE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Dyadscope:
    """A store holding the reduced-layout and GED Syria 19.1 extracts (read-only use, please)."""
    db = tmp_path_factory.mktemp("store") / "fixture.duckdb"
    ds = Dyadscope(db)
    ds.import_file(REGION_REDUCED)
    ds.import_file(SYRIA_191)
    return ds


@pytest.fixture(scope="session")
def demo_store(demo: Dyadscope) -> Dyadscope:
    """The demo store (all the bundled UCDP data), built once per session: the same read-only store as `demo`."""
    return demo


@pytest.fixture
def empty_store(tmp_path: Path) -> Dyadscope:
    return Dyadscope(tmp_path / "store.duckdb")


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by playwright (./dev test installs it); pages must not need the network."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: ./dev test installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo store file (the bundled UCDP data, as `dyadscope demo` builds it), built once per session."""
    from dyadscope.demo import build_demo_store

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ds, _ = build_demo_store(path)
    ds.close()
    return path


@pytest.fixture(scope="session")
def demo(demo_db: Path) -> Dyadscope:
    """The session's demo store, opened read-only (claims tests; other processes may read it at the same time)."""
    ds = Dyadscope(demo_db, read_only=True)
    yield ds
    ds.close()


@pytest.fixture(scope="session")
def web_server(demo_db: Path):
    """`dyadscope serve` on the demo store, read-only (the default): web tests only."""
    from web_server import Server

    running = Server(demo_db)
    yield running
    log = running.stop()
    assert "Traceback" not in log, log  # no request of the whole session may have crashed a handler


@pytest.fixture(scope="session")
def web_import_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """A copy of the demo store served with --allow-import (web tests only)."""
    from web_server import Server

    copy = tmp_path_factory.mktemp("web-import") / "store.duckdb"
    copy.write_bytes(demo_db.read_bytes())
    running = Server(copy, "--allow-import")
    yield running
    log = running.stop()
    assert "Traceback" not in log, log


def one_verdict(demo: Dyadscope, tmp_path: Path, sentence: str) -> Verdict:
    """The one claim's verdict when `sentence` is checked as a one-sentence article."""
    from dyadscope.claims import check_article

    text = tmp_path / "one.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    return verdict


def checked_claims(demo: Dyadscope, tmp_path: Path, sentence: str, lang: str = "auto") -> list[tuple[Claim, Verdict]]:
    """The claims of `sentence` checked as a one-sentence article, each with its verdict."""
    from dyadscope.claims import check_article

    text = tmp_path / "one.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    report = check_article(demo, text, lang)
    return list(zip(report.claims, report.verdicts, strict=True))


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The claim reader's lexicon over the bundled registry (no store)."""
    return Lexicon(Registry.load())


def read_claims(lexicon: Lexicon, text: str, lang: str = "en", as_of: dt.date | None = None) -> list[Claim]:
    """The claims read from `text` as a plain-text article (no verdicts)."""
    from dyadscope.claims.extract import extract_claims
    from dyadscope.claims.reading import parse_article

    return extract_claims(parse_article(text, fmt="text"), lexicon, lang=lang, as_of=as_of).claims


def verified_claims(demo: Dyadscope, lexicon: Lexicon, text: str, lang: str = "en") -> list[tuple[Claim, Verdict]]:
    """The claims read from `text` alone (no article context lends a side or country), each with its verdict."""
    from dyadscope.claims.verify import verify_claims

    claims = read_claims(lexicon, text, lang)
    return list(zip(claims, verify_claims(demo, lexicon, claims), strict=True))


def year_window(year: int) -> tuple[dt.date, dt.date]:
    """A whole year as a claim's (start, end) window."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def start_years(claims: Iterable[Claim]) -> list[tuple[str | None, int | None]]:
    """Each claim's figure as written and the year its window starts in (None without a window)."""
    return [(c.value_text, c.start.year if c.start else None) for c in claims]


def csv_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """A CSV fixture's header and rows, to damage or reorder in a test."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        return next(reader), list(reader)


def write_csv(path: Path, header: list[str], rows: list[list[str]], lineterminator: str = "\r\n") -> Path:
    """Write a header and rows as a CSV file (csv's own line ending unless told), returning its path."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator=lineterminator)
        writer.writerow(header)
        writer.writerows(rows)
    return path
