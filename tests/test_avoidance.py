"""The avoidance test on stores: real UCDP extracts checked against hand-written SQL, a planted effect
imported from a GED-layout file, year-only dates, the CLI and bad questions."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter

import duckdb
import pytest

from conftest import SYRIA_191
from dyadscope.analysis.avoidance import _period_key
from dyadscope.analysis.avoidance_text import caveat_lines, summary_lines
from dyadscope.analysis.compiled import execute, table_of
from dyadscope.cli import main
from dyadscope.errors import QueryError, UnknownActor


def _like_any(column: str, ids: set[str]) -> str:
    return "(" + " OR ".join(f"coalesce({column} LIKE '%|{i}|%', false)" for i in sorted(ids)) + ")"


def test_counts_match_hand_written_sql(fixture_store, registry):
    """Per PRIO-GRID cell and month: A's engagements, B's share of the armed pool, observed and expected."""
    result = fixture_store.avoidance(
        "ISIS", "Government of Syria", country="SYR", start="2016-01-01", end="2016-12-31", permutations=99
    )
    a_ids, b_ids = registry.expand("isis"), registry.expand("govt_syr")
    a_on = {s: _like_any(f"side_{s}_ids", a_ids) for s in "ab"}
    b_on = {s: _like_any(f"side_{s}_ids", b_ids) for s in "ab"}
    armed_other = {s: f"(NOT {a_on[s]} AND coalesce(side_{s}_class, '') <> 'civilians')" for s in "ab"}
    sql = f"""
        WITH e AS (
            SELECT priogrid_gid AS cell, strftime(date_start, '%Y-%m') AS month,
                   {a_on["a"]} OR {a_on["b"]} AS a_event,
                   CASE WHEN {a_on["a"]} THEN side_b_class ELSE side_a_class END AS cp_class,
                   CASE WHEN {a_on["a"]} THEN {b_on["b"]} ELSE {b_on["a"]} END AS cp_is_b,
                   {armed_other["a"]}::INT + {armed_other["b"]}::INT AS pool,
                   ({armed_other["a"]} AND {b_on["a"]})::INT + ({armed_other["b"]} AND {b_on["b"]})::INT AS b_act
            FROM events
            WHERE country = 'SYR' AND date_start >= DATE '2016-01-01' AND date_end <= DATE '2016-12-31'
              AND strftime(date_start, '%Y-%m') = strftime(date_end, '%Y-%m')
              AND geo_precision IN ('exact', 'near') AND NOT coalesce(withdrawn, false)
        ), cells AS (
            SELECT cell, month,
                   sum((a_event AND coalesce(cp_class, '') <> 'civilians')::INT) AS e_a,
                   sum((a_event AND coalesce(cp_class, '') <> 'civilians' AND cp_is_b)::INT) AS ab,
                   sum(a_event::INT) AS n_a, sum(b_act) AS n_b, sum(pool) AS pool
            FROM e GROUP BY ALL
        )
        SELECT count(*) AS exposed, sum(ab) AS observed, sum(e_a * n_b / pool) AS expected
        FROM cells WHERE n_a > 0 AND n_b > 0
    """
    exposed, observed, expected = fixture_store.store.con.execute(sql).fetchone()
    assert result.period == "month"
    assert len(result.cells) == exposed > 0
    assert result.test.observed == observed > 0
    assert result.test.expected == pytest.approx(expected)
    assert result.ratio == pytest.approx(observed / expected)


def test_year_only_events_need_a_year_period(fixture_store):
    """The reduced layout dates events only to the year: a month cannot hold them; auto picks year."""
    monthly = fixture_store.avoidance(
        "ISIS", "class:rebel", country="SYR", start="2014-01-01", end="2014-12-31", period="month", permutations=99
    )
    year_only = fixture_store.store.con.execute(
        "SELECT count(*) FROM events WHERE country = 'SYR' AND year(date_start) = 2014 AND date_precision = 'year'"
    ).fetchone()[0]
    assert year_only > 0 and monthly.test.observed == 0 and len(monthly.cells) == 0
    assert 0 < monthly.left_out["year_only_dates"] <= year_only
    assert any("dated only to the year" in note for note in monthly.notes)
    auto = fixture_store.avoidance(
        "ISIS", "class:rebel", country="SYR", start="2014-01-01", end="2014-12-31", permutations=99
    )
    assert auto.period == "year" and "only to the year" in auto.period_reason and auto.test.observed > 0
    name, why = auto.period_text("da")
    assert name == "år" and "kun dateret til året" in why and figures(why, "da") == figures(auto.period_reason, "en")


def _planted_file(path):
    """GED 19.1 rows: in 12 grid-month cells the government and rebels fight; IS fights only the rebels."""
    with SYRIA_191.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        template = next(reader)
        columns = reader.fieldnames
    rows, next_id = [], 900000
    for cell in range(12):
        gid, month = 179000 + cell % 4, 3 + cell // 4
        pairs = [("Government of Syria", "Syrian insurgents")] * 8 + [("IS", "Syrian insurgents")] * 4
        for day, (side_a, side_b) in enumerate(pairs, start=1):
            next_id += 1
            row = dict(template)
            row.update(
                id=str(next_id),
                side_a=side_a,
                side_b=side_b,
                priogrid_gid=str(gid),
                type_of_violence="1" if side_a.startswith("Government") else "2",
                dyad_name=f"{side_a} - {side_b}",
                date_prec="1",
                where_prec="1",
                date_start=f"2016-{month:02d}-{day:02d}",
                date_end=f"2016-{month:02d}-{day:02d}",
            )
            rows.append(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def test_planted_avoidance_and_attraction_through_the_store(empty_store, tmp_path):
    path = tmp_path / "planted.csv"
    written = _planted_file(path)
    assert empty_store.import_file(path).imported == written
    avoid = empty_store.avoidance("ISIS", "Government of Syria", country="SYR", permutations=999)
    # Per cell: IS has 4 engagements; the pool is 8 government + 8 + 4 insurgent appearances = 20 -> 4 * 8/20 = 1.6
    assert avoid.test.observed == 0 and avoid.test.expected == pytest.approx(12 * 1.6)
    assert avoid.test.p_lower < 0.01 and avoid.ratio == 0 and avoid.ratio_ci[1] < 1
    attract = empty_store.avoidance("ISIS", "class:rebel", country="SYR", permutations=999)
    # Rebels are 12 of the 20 pool entries: expected 4 * 12/20 = 2.4 per cell, observed 4
    assert attract.test.observed == 48 and attract.test.expected == pytest.approx(12 * 2.4)
    assert attract.test.p_upper < 0.01 and attract.ratio_ci[0] > 1
    assert attract.actor_b == "any rebel/insurgent actor"


def test_cli_table_and_json(fixture_store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = fixture_store.store.path
    args = [
        "--db",
        db,
        "avoidance",
        "ISIS",
        "Government of Syria",
        "--country",
        "SYR",
        "--from",
        "2016-01-01",
        "--to",
        "2016-12-31",
        "--permutations",
        "199",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "ratio observed/expected" in out and "Cells contributing most" in out and "at least one death" in out
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["observed"]
        == fixture_store.avoidance(
            "ISIS", "Government of Syria", "SYR", "2016-01-01", "2016-12-31", permutations=9
        ).test.observed
    )
    assert data["permutations"] == 199 and data["period"] == "month"


def test_bad_questions_get_clear_errors(fixture_store, capsys):
    with pytest.raises(QueryError, match="classes must be among"):
        fixture_store.avoidance("ISIS", "class:pirates")
    with pytest.raises(QueryError, match="same actor"):
        fixture_store.avoidance("ISIS", "Daesh")
    with pytest.raises(UnknownActor):
        fixture_store.avoidance("ISIS", "Nobody at all")
    with pytest.raises(QueryError, match="--cell"):
        fixture_store.avoidance("ISIS", "class:rebel", cell="hexagon")
    with pytest.raises(QueryError, match="--permutations"):
        fixture_store.avoidance("ISIS", "class:rebel", permutations=0)


def figures(line: str, lang: str) -> list[str]:
    """The numbers in a line, written the English way (1,234.5) whatever the line's language."""
    if lang == "da":
        return [
            n.replace(".", "\x00").replace(",", ".").replace("\x00", ",") for n in re.findall(r"\d+(?:[.,]\d+)*", line)
        ]
    return re.findall(r"\d+(?:[.,]\d+)*", line)


@pytest.mark.parametrize("cell", ["priogrid", "admin2"])
def test_danish_lines_say_the_same_numbers(fixture_store, cell):
    """Every summary and caveat line has a Danish twin with the same figures and no English sentence."""
    result = fixture_store.avoidance(
        "ISIS", "Government of Syria", "SYR", "2016-01-01", "2016-12-31", cell=cell, period="month", permutations=199
    )
    english = [*summary_lines(result), *caveat_lines(result), *result.period_text()]
    danish = [*summary_lines(result, "da"), *caveat_lines(result, "da"), *result.period_text("da")]
    assert len(danish) == len(english) >= 7
    for en, da in zip(english, danish, strict=True):
        assert en != da and figures(da, "da") == figures(en, "en"), (en, da)
    joined = " ".join(danish)
    for sentence in ("engagements", "observed", "permutation test", "Left out", "at least one death", "undirected"):
        assert sentence not in joined


def test_weekly_cells_are_iso_weeks(fixture_store, registry):
    """Week cells are ISO weeks (2016-01-02 is in 2015-W53): A's events per admin1 and week, by Python's calendar."""
    result = fixture_store.avoidance(
        "ISIS", "Government of Syria", country="SYR", cell="admin1", period="week", permutations=99
    )
    a_ids = registry.expand("isis")
    rows = fixture_store.store.con.execute(
        f"""SELECT admin1, date_start, date_end FROM events
            WHERE country = 'SYR' AND NOT coalesce(withdrawn, false) AND admin1 IS NOT NULL
              AND ({_like_any("side_a_ids", a_ids)} OR {_like_any("side_b_ids", a_ids)})
              AND coalesce(geo_precision, 'admin1') IN ('exact', 'near', 'admin2', 'admin1')"""
    ).fetchall()
    expected: Counter[tuple[str, str]] = Counter()
    new_year_weeks = 0  # weeks whose ISO year is not their calendar year: the fixture must hold some
    for admin1, start, end in rows:
        (year, week, _), (end_year, end_week, _) = start.isocalendar(), end.isocalendar()
        if (year, week) == (end_year, end_week):
            expected[admin1, f"{year}-W{week:02d}"] += 1
            new_year_weeks += year != start.year
    assert new_year_weeks > 0
    got = {(row.space, row.period): row.a_events for row in result.cells.itertuples()}
    assert got and all(expected[key] == n for key, n in got.items())
    assert result.no_exposure["a_events_both"] + result.no_exposure["a_events_a_only"] == sum(expected.values())


@pytest.mark.parametrize("period", ["year", "month", "week"])
def test_period_keys_follow_the_calendar(period):
    """Start days around three new years, ends 0-40 days on: the key SQL computes equals Python's calendar's."""
    days = [dt.date(year, 12, 1) + dt.timedelta(days=i) for year in (2014, 2015, 2020) for i in range(45)]
    spans = [(start, start + dt.timedelta(days=k)) for start in days for k in (0, 1, 3, 6, 7, 40)]
    con = duckdb.connect()
    con.execute("CREATE TABLE spans (date_start DATE, date_end DATE)")
    con.executemany("INSERT INTO spans VALUES (?, ?)", spans)
    table = table_of(con, "spans")
    got = execute(con, table.mutate(key=_period_key(table, period)).order_by(["date_start", "date_end"]))["key"]

    def key(day: dt.date) -> str:
        iso = day.isocalendar()
        return {"year": str(day.year), "month": f"{day:%Y-%m}", "week": f"{iso[0]}-W{iso[1]:02d}"}[period]

    expected = [key(start) if key(start) == key(end) else None for start, end in spans]
    assert [None if k is None or k != k else k for k in got] == expected
    assert None in expected and len(set(expected)) > 3
