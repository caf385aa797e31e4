"""Targeting shares on real UCDP extracts, checked against independent hand-written SQL."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys

import pytest

from dyadscope.analysis.stats import wilson_interval
from dyadscope.errors import QueryError, UnknownActor


def _is_members(registry) -> list[str]:
    return sorted(registry.expand(registry.find("ISIS").id))


def _hand_sql_counts(ds, registry, start, end):
    """Counterpart-class counts of ISIS engagements, written directly in SQL (no dyadscope code path)."""
    ids = _is_members(registry)
    on = lambda side: "(" + " OR ".join(f"contains(side_{side}_ids, '|{i}|')" for i in ids) + ")"  # noqa: E731
    sql = f"""
        SELECT coalesce(CASE WHEN {on("a")} THEN side_b_class ELSE side_a_class END, 'unresolved') AS key,
               count(*) AS n
        FROM events
        WHERE country = 'SYR' AND date_start >= DATE '{start}' AND date_end <= DATE '{end}'
          AND ((directed AND {on("a")}) OR (NOT directed AND ({on("a")} OR {on("b")})))
        GROUP BY 1
    """
    return dict(ds.store.con.execute(sql).fetchall())


def test_class_shares_match_hand_written_sql_and_sum_to_one(fixture_store, registry):
    result = fixture_store.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31", by="class")
    expected = _hand_sql_counts(fixture_store, registry, "2014-01-01", "2014-12-31")
    got = dict(zip(result.table["key"], result.table["events"], strict=True))
    assert got == expected
    assert result.total_events == sum(expected.values()) > 50
    assert math.isclose(result.table["share"].sum(), 1.0)
    for row in result.table.itertuples():
        assert (row.ci_low, row.ci_high) == pytest.approx(wilson_interval(row.events, result.total_events))
        assert row.ci_low <= row.share <= row.ci_high


def test_names_and_aliases_give_the_same_answer(fixture_store):
    a = fixture_store.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31").table
    b = fixture_store.targets("Daesh", country="SYR", start="2014-01-01", end="2014-12-31").table
    c = fixture_store.targets("Islamisk Stat", country="SYR", start="2014-01-01", end="2014-12-31").table
    assert a.equals(b) and a.equals(c)


def test_a_coalition_counts_once_and_shows_its_member_classes(fixture_store, registry):
    result = fixture_store.targets("ISIS", country="SYR", by="actor")
    coalition_rows = result.table[result.table["coalition_events"] > 0]
    assert len(coalition_rows) > 0
    assert all(" + " in label for label in coalition_rows["label"])
    expected = _hand_sql_counts(fixture_store, registry, "1900-01-01", "2100-12-31")
    assert result.total_events == sum(expected.values())
    assert result.table["share"].sum() == pytest.approx(1.0)
    by_class = fixture_store.targets("ISIS", country="SYR", by="class").table
    assert by_class["coalition_events"].sum() == coalition_rows["coalition_events"].sum()


def test_year_only_events_are_left_out_of_a_partial_year_window_and_counted(fixture_store):
    partial = fixture_store.targets("ISIS", country="SYR", start="2013-11-21", end="2014-11-21")
    whole = fixture_store.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31")
    year_only_2014 = fixture_store.store.con.execute(
        "SELECT count(*) FROM events WHERE country='SYR' AND date_precision='year' AND year(date_start)=2014 "
        "AND (side_a_ids LIKE '%|isis|%' OR side_b_ids LIKE '%|isis|%')"
    ).fetchone()[0]
    assert year_only_2014 > 0
    assert whole.caveats.uncertain_date_left_out == 0
    assert partial.caveats.uncertain_date_left_out >= year_only_2014
    assert partial.total_events < whole.total_events


def test_against_counts_the_targets_of_directed_events(fixture_store):
    forward = fixture_store.targets("ISIS", country="SYR", by="class")
    against = fixture_store.targets("ISIS", country="SYR", by="class", against=True)
    assert forward.caveats.directed_events > 0
    assert "civilians" in set(forward.table["key"])
    assert "civilians" not in set(against.table["key"])
    assert against.caveats.undirected_events == forward.caveats.undirected_events


def test_by_month_admin1_source_and_fatality_weight(fixture_store):
    months = fixture_store.targets("ISIS", country="SYR", start="2016-04-01", end="2017-03-31", by="month").table
    dated = [k for k in months["key"] if k[:2] == "20"]
    assert dated == sorted(dated) and all("2016-04" <= k <= "2017-03" for k in dated)
    govs = fixture_store.targets("Government of Syria", country="SYR", by="admin1", with_actor="ISIS")
    assert (govs.table["with_events"] <= govs.table["events"]).all()
    assert govs.with_summary()["with_events"] == govs.table["with_events"].sum()
    deaths = fixture_store.targets("ISIS", country="SYR", weight="fatalities")
    assert deaths.table["share"].sum() == pytest.approx(1.0)
    assert deaths.table["ci_low"].isna().all()
    sources = fixture_store.targets("ISIS", country="SYR", by="source").table
    assert list(sources["key"]) == ["ucdp-ged"]


def test_json_form_carries_the_same_numbers(fixture_store):
    result = fixture_store.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31")
    data = result.to_dict()
    assert [r["events"] for r in data["rows"]] == result.table["events"].tolist()
    assert data["query"]["start"] == "2014-01-01"
    assert "engagements between sides" in data["caveats"]["semantics"]


def test_bad_questions_get_clear_errors(fixture_store):
    with pytest.raises(UnknownActor, match="no actor named 'Nobody at all'"):
        fixture_store.targets("Nobody at all")
    with pytest.raises(QueryError, match="starts"):
        fixture_store.targets("ISIS", start=dt.date(2015, 1, 1), end=dt.date(2014, 1, 1))
    with pytest.raises(QueryError, match="not a date"):
        fixture_store.targets("ISIS", start="21/11/2014")
    with pytest.raises(QueryError, match="--by"):
        fixture_store.targets("ISIS", by="weather")


def test_rows_are_the_table_as_plain_values(fixture_store):
    result = fixture_store.targets("Government of Syria", country="SYR", by="admin1", with_actor="ISIS")
    rows, frame = list(result.rows()), list(result.table.itertuples(index=False))
    assert len(rows) == len(frame) > 1 and rows[0]._fields == frame[0]._fields
    for row, framed in zip(rows, frame, strict=True):
        for value, expected in zip(row, framed, strict=True):
            assert value == expected or (math.isnan(value) and math.isnan(expected))
            assert type(value) in (str, int, float)  # no numpy or pandas scalars reach the CLI's table


def test_total_sums_a_column_over_the_kept_keys_as_the_table_does(fixture_store):
    result = fixture_store.targets("ISIS", country="SYR", by="class")
    table = result.table
    assert result.total("events") == int(table["events"].sum()) == result.total_events
    rebel = [key for key in table["key"] if "rebel" in key.split("+")]
    assert rebel  # the fixture has ISIS against rebels
    kept = int(table.loc[table["key"].isin(rebel), "fatalities"].sum())
    assert result.total("fatalities", lambda key: "rebel" in key.split("+")) == kept > 0


def test_the_targets_command_does_not_import_pandas(demo_db):
    # DuckDB imports pandas (0.55 s) to bind any Python parameter; the command's only reason was the meta lookup.
    code = (
        "import sys\nfrom dyadscope.cli.app import cli\n"
        f"cli(['--db', {str(demo_db)!r}, 'targets', 'ISIS', '--country', 'SYR', '--by', 'actor'],"
        " standalone_mode=False)\n"
        "print('pandas' in sys.modules, file=sys.stderr)\n"  # numpy and pyarrow come with Ibis, on a cold cache
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Islamic State" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False"
