"""Compiled once per query shape (analysis/compiled.py): questions that differ only in their values (actor, country,
admin1, sources, window, --with actor; avoidance's B, the report's map step, a lethality share's threshold and
counterpart) run one SQL with the values bound as DuckDB parameters, and give the figures the
SQL with the values compiled in as literals gives."""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import astuple, replace

import pytest

from conftest import SYRIA_191
from dyadscope.analysis import compiled
from dyadscope.analysis.avoidance import AvoidanceQuery, avoidance
from dyadscope.analysis.compiled import Values, _parameterised
from dyadscope.analysis.targeting import TargetQuery, counts_any, targets
from dyadscope.claims import lethality
from dyadscope.claims.lethality import Deadly
from dyadscope.claims.resolve import Counterpart
from dyadscope.report.build import build_report

# One shape: a country, a window and one source; the values differ in every field.
SAME_SHAPE = [
    TargetQuery("ISIS", country="SYR", start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31), sources=("ucdp-ged",)),
    TargetQuery("ISIS", country="IRQ", start=dt.date(2015, 1, 1), end=dt.date(2015, 12, 31), sources=("ucdp-ged",)),
    TargetQuery("SDF", country="SYR", start=dt.date(2016, 3, 1), end=dt.date(2017, 6, 30), sources=("ucdp-ged",)),
    TargetQuery("HTS", country="SYR", start=dt.date(2018, 1, 1), end=dt.date(2019, 12, 31), sources=("ucdp-ged",)),
]
OTHER_SHAPES = [
    TargetQuery("ISIS", country="SYR", admin1="Aleppo", start=dt.date(2014, 1, 1), end=dt.date(2016, 12, 31)),
    TargetQuery("ISIS", country="SYR", admin1="Ar-Raqqah", by="month", with_actor="SDF"),
    TargetQuery("ISIS", against=True, by="admin1", weight="fatalities"),
    TargetQuery("SDF", country="syr", by="actor", actor_alone=True, name_alone=True, sources=("ucdp-ged", "acled")),
]


@pytest.fixture
def compiles(monkeypatch, tmp_path) -> list[str]:
    """The SQL texts compiled from here on, with nothing cached in this process or on disk."""
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled, "_SQL", {})
    seen: list[str] = []
    compile_sql = compiled._compile

    def counted(expr) -> str:
        seen.append(compile_sql(expr))
        return seen[-1]

    monkeypatch.setattr(compiled, "_compile", counted)
    return seen


def _figures(result) -> tuple:
    return result.columns, result.total_events, result.total_fatalities, result.caveats, result.sources


def _literal_figures(demo, query: TargetQuery, monkeypatch) -> tuple:
    """The figures with the values compiled into the SQL as literals (the path taken before shapes)."""
    with monkeypatch.context() as patch:
        patch.setattr(compiled, "_SQL", {})
        patch.setattr(compiled, "_parameterised", lambda sql, values: "")
        return _figures(targets(demo.store.con, demo.registry, query))


def test_questions_of_one_shape_compile_once_and_give_the_literal_figures(demo, compiles, monkeypatch) -> None:
    results = [targets(demo.store.con, demo.registry, q) for q in SAME_SHAPE]
    assert len(compiles) == 1  # one SQL for four actors, countries and windows (four compiles before)
    (sql,) = compiled._SQL.values()  # what runs: the values are parameters
    assert all(f"${name}" in sql for name in ("ids", "country", "source0", "start", "end"))
    assert all(r.total_events > 0 for r in results)
    assert len({r.total_events for r in results}) == len(results)  # the values were bound, not the first one reused
    for query, result in zip(SAME_SHAPE, results, strict=True):
        assert _figures(result) == _literal_figures(demo, query, monkeypatch)


@pytest.mark.parametrize("query", OTHER_SHAPES, ids=lambda q: f"{q.by}-{q.actor}")
def test_each_shape_gives_the_literal_figures(demo, compiles, monkeypatch, query: TargetQuery) -> None:
    result = targets(demo.store.con, demo.registry, query)
    (sql,) = compiled._SQL.values()
    assert len(compiles) == 1 and "$ids" in sql and "dyadscope-value" not in sql  # every value became a parameter
    assert _figures(result) == _literal_figures(demo, query, monkeypatch)


def test_whether_the_data_codes_an_actor_is_one_sql_for_every_actor(demo, compiles) -> None:
    assert [counts_any(demo.store.con, demo.registry, a) for a in ("ISIS", "SDF", "HTS", "Taliban")] == [True] * 3 + [
        False
    ]
    assert len(compiles) == 1


def test_a_shape_whose_values_do_not_become_parameters_compiles_each_question_with_literals(
    demo, compiles, monkeypatch
) -> None:
    monkeypatch.setattr(compiled, "_parameterised", lambda sql, values: "")
    first, second = (targets(demo.store.con, demo.registry, q) for q in SAME_SHAPE[:2])
    assert len(compiles) == 3  # the shape once (found not to parameterise), then each question with its values
    assert "'SYR'" in compiles[1] and "'IRQ'" in compiles[2]
    assert first.total_events != second.total_events
    targets(demo.store.con, demo.registry, SAME_SHAPE[0])
    assert len(compiles) == 3  # a question asked again runs its SQL as before


def test_a_placeholder_is_made_a_parameter_only_where_it_stands_whole() -> None:
    values = Values({"source1": "a", "source10": "b"}, placeholders=True)
    one, ten = values.token("source1"), values.token("source10")
    assert _parameterised(f"x IN ('{one}', '{ten}')", values) == "x IN ($source1, $source10)"
    assert _parameterised(f"x IN ('{ten}')", values) == ""  # source1 missing: compiled with literals instead
    assert _parameterised(f"x = '{one}' OR y LIKE '%{one}%' OR x = '{ten}'", values) == ""  # inside other text


@pytest.fixture
def executed(monkeypatch) -> list[str]:
    """The SQL texts DuckDB ran from here on, with no answer kept from before."""
    monkeypatch.setattr(compiled, "_ANSWERS", weakref.WeakKeyDictionary())
    monkeypatch.setattr(compiled, "_WRITABLE", weakref.WeakSet())
    seen: list[str] = []
    execute = compiled._execute

    def counted(con, sql, params):
        seen.append(sql)
        return execute(con, sql, params)

    monkeypatch.setattr(compiled, "_execute", counted)
    return seen


def test_a_question_asked_again_on_a_read_only_store_is_answered_from_memory(demo, executed) -> None:
    first, other, again = (targets(demo.store.con, demo.registry, q) for q in (*SAME_SHAPE[:2], SAME_SHAPE[0]))
    assert len(executed) == 2  # the third question is the first again
    assert _figures(again) == _figures(first) and again.columns is not first.columns
    assert other.total_events != first.total_events
    again.columns["key"].append("changed by a caller")  # each caller gets lists of its own
    assert _figures(targets(demo.store.con, demo.registry, SAME_SHAPE[0])) == _figures(first)


def test_a_writable_store_is_asked_each_time_and_its_changes_are_seen(empty_store, executed) -> None:
    empty_store.import_file(SYRIA_191)
    query = TargetQuery("ISIS", country="SYR")
    before = targets(empty_store.store.con, empty_store.registry, query)
    empty_store.store.con.execute("UPDATE events SET withdrawn = true")
    after = targets(empty_store.store.con, empty_store.registry, query)
    assert before.total_events > 0 and after.total_events == 0 and len(executed) == 2


# Avoidance, the report and the claims' lethality shares (round 20): each compiled one SQL per question before.
def _avoidance_figures(result) -> tuple:
    return (
        result.period,
        result.period_reason,
        astuple(result.test),
        result.cells.to_dict("list"),
        result.no_exposure,
        result.left_out,
        result.note_keys,
    )


def _literal(monkeypatch, ask):
    """`ask()` with the values compiled into the SQL as literals (the path taken before shapes), nothing cached."""
    with monkeypatch.context() as patch:
        patch.setattr(compiled, "_SQL", {})
        patch.setattr(compiled, "_parameterised", lambda sql, values: "")
        return ask()


AVOIDANCE_SAME_SHAPE = [
    AvoidanceQuery("ISIS", "Government of Syria", country="SYR", permutations=99),
    AvoidanceQuery("SDF", "ISIS", country="SYR", start=dt.date(2016, 1, 1), end=dt.date(2018, 12, 31), permutations=9),
    AvoidanceQuery("ISIS", "Government of Iraq", country="IRQ", start=dt.date(2014, 1, 1), end=dt.date(2017, 12, 31)),
]


def test_avoidance_questions_of_one_shape_compile_once_and_give_the_literal_figures(demo, compiles, monkeypatch):
    con = demo.store.con
    results = [avoidance(con, demo.registry, q) for q in AVOIDANCE_SAME_SHAPE]
    assert len(compiles) == 1  # one SQL for three pairs, countries and windows (three compiles before)
    (sql,) = compiled._SQL.values()
    assert all(f"${name}" in sql for name in ("ids", "b_ids", "country", "start", "end"))
    assert len({r.test.observed for r in results}) == len(results) and all(len(r.cells) for r in results)
    for query, result in zip(AVOIDANCE_SAME_SHAPE, results, strict=True):
        literal = _literal(monkeypatch, lambda q=query: avoidance(con, demo.registry, q))
        assert _avoidance_figures(result) == _avoidance_figures(literal)


def test_avoidance_of_a_class_binds_its_classes(demo, compiles, monkeypatch):
    con = demo.store.con
    asked = [
        AvoidanceQuery("ISIS", f"class:{c}", country="SYR", cell="admin1", permutations=9) for c in ("rebel", "state")
    ]
    results = [avoidance(con, demo.registry, q) for q in asked]
    assert len(compiles) == 1 and "$b_class0" in next(iter(compiled._SQL.values()))
    assert results[0].test.observed != results[1].test.observed
    for query, result in zip(asked, results, strict=True):
        literal = _literal(monkeypatch, lambda q=query: avoidance(con, demo.registry, q))
        assert _avoidance_figures(result) == _avoidance_figures(literal)


def test_lethality_shares_of_one_shape_compile_once_and_give_the_literal_tallies(demo, compiles, monkeypatch):
    govt_syr, govt_irq = (demo.registry.find(name) for name in ("Government of Syria", "Government of Iraq"))
    asked = [  # the threshold too is a value: 1,000 does not fit the int8 that 5's literal would be cast to
        (TargetQuery("ISIS", country="SYR", start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31)), Deadly(5), govt_syr),
        (
            TargetQuery("ISIS", country="IRQ", start=dt.date(2015, 1, 1), end=dt.date(2016, 6, 30)),
            Deadly(1000),
            govt_irq,
        ),
        (TargetQuery("SDF", country="SYR"), Deadly(1), govt_syr),
    ]
    tallies = [lethality.tally(demo, q, deadly, Counterpart(g.name, g)) for q, deadly, g in asked]
    assert len(compiles) == 1
    classes = [Counterpart("rebels", classes=("rebel",)), Counterpart("jihadists", classes=("jihadist", "rebel"))]
    tallies += [lethality.tally(demo, asked[0][0], Deadly(10, civilians=True), c) for c in classes]
    assert len(compiles) == 2  # civilians' deaths and classes: another shape, once
    assert all(t.n for t in tallies) and len({(t.n, t.k["best"]) for t in tallies}) == len(tallies)
    counterparts = [Counterpart(g.name, g) for _, _, g in asked] + classes
    deadlies = [deadly for _, deadly, _ in asked] + [Deadly(10, civilians=True)] * 2
    queries = [q for q, _, _ in asked] + [asked[0][0]] * 2
    for query, deadly, counterpart, result in zip(queries, deadlies, counterparts, tallies, strict=True):
        literal = _literal(monkeypatch, lambda: lethality.tally(demo, query, deadly, counterpart))  # noqa: B023
        assert result == literal


REPORTS = [
    ("ISIS", "SYR", dt.date(2014, 1, 1), dt.date(2015, 12, 31)),
    ("HTS", "SYR", dt.date(2017, 1, 1), dt.date(2019, 12, 31)),
]


def test_a_report_on_another_actor_and_window_compiles_nothing_new(demo, compiles, monkeypatch):
    first = build_report(demo, *REPORTS[0], permutations=9)
    compiled_first = len(compiles)
    second = build_report(demo, *REPORTS[1], permutations=9)
    assert len(compiles) == compiled_first  # every query of the second report is a shape the first compiled
    assert first.html != second.html
    for asked, report in zip(REPORTS, (first, second), strict=True):
        literal = _literal(monkeypatch, lambda a=asked: build_report(demo, *a, permutations=9))
        assert report.html == literal.html


def test_the_web_map_and_actor_pages_compile_once_for_every_question(demo, compiles, monkeypatch):
    from dyadscope.web.figures import map_points
    from dyadscope.web.query import ExploreQuery
    from dyadscope.web.views.actors import profile

    maps = [
        ExploreQuery("ISIS", "SYR", "2014-01-01", "2014-12-31"),
        ExploreQuery("SDF", "SYR", "2016-01-01", "2018-12-31"),
    ]
    points = [map_points(demo, q) for q in maps]
    actors = [demo.registry.find(name) for name in ("ISIS", "SDF", "HTS")]
    pages = [profile(demo, actor) for actor in actors]
    assert len(compiles) == 3  # the map, the activity by year and the counterparts (targets, one shape before too)
    assert points[0] != points[1] and len({str(page["activity"]) for page in pages}) == len(pages)
    for query, answer in zip(maps, points, strict=True):
        assert answer == _literal(monkeypatch, lambda q=query: map_points(demo, q))
    for actor, page in zip(actors, pages, strict=True):
        assert page == _literal(monkeypatch, lambda a=actor: profile(demo, a))


def test_shares_by_type_of_violence_compile_once_and_give_the_literal_tallies(demo, compiles, monkeypatch):
    asked = [
        (
            TargetQuery("ISIS", country="SYR", start=dt.date(2014, 1, 1), end=dt.date(2015, 12, 31)),
            "non-state",
            ("rebel",),
        ),
        (TargetQuery("SDF", country="SYR"), "state-based", ("state", "rebel")),
        (TargetQuery("HTS", country="SYR", start=dt.date(2017, 1, 1), end=dt.date(2019, 12, 31)), "non-state", ()),
    ]
    tallies = [lethality.violence_tally(demo, *question) for question in asked]
    assert len(compiles) == 1  # one SQL for every actor, place, window, type of violence and class (three before)
    assert len({(t.n, t.k["type"], t.k["side"]) for t in tallies}) == len(tallies) and all(t.n for t in tallies)
    for question, result in zip(asked, tallies, strict=True):
        assert result == _literal(monkeypatch, lambda q=question: lethality.violence_tally(demo, *q))


# The definition switches that only leave rows out are group columns of one SQL (targeting._SWITCHED, round 21):
# the claim checker asks a scope's plain question, then the same under each other definition.
SWITCHES = ("actor_alone", "exclude_one_sided", "given_admin1_only")
SWITCHED_SCOPES = [
    TargetQuery("ISIS", country="SYR", start=dt.date(2014, 1, 1), end=dt.date(2016, 12, 31)),
    TargetQuery("Government of Syria", country="SYR", by="admin1", with_actor="ISIS", weight="fatalities"),
    TargetQuery("ISIS", against=True, by="actor"),
    TargetQuery("SDF", country="SYR", by="month", name_alone=True, exclude_doubtful=True),
]


def _filtered_in_sql(demo, query: TargetQuery, monkeypatch) -> tuple:
    """The figures with the switches filtering rows in the SQL (the path taken before round 21)."""
    from dyadscope.analysis import targeting

    with monkeypatch.context() as patch:
        patch.setattr(targeting, "_switches_folded", lambda query: query)
        patch.setattr(compiled, "_SQL", {})
        patch.setattr(compiled, "_ANSWERS", weakref.WeakKeyDictionary())
        return _figures(targets(demo.store.con, demo.registry, query))


@pytest.mark.parametrize("scope", SWITCHED_SCOPES, ids=lambda q: f"{q.by}-{q.actor}")
def test_each_definition_switch_gives_the_figures_its_filter_gives(demo, compiles, monkeypatch, scope) -> None:
    combinations = [dict.fromkeys(SWITCHES[:n], True) for n in range(4)] + [{"exclude_one_sided": True}]
    combinations += [{"given_admin1_only": True, "actor_alone": True}]
    queries = [replace(scope, **switches) for switches in combinations]
    results = [_figures(targets(demo.store.con, demo.registry, query)) for query in queries]
    assert len(compiles) == 1  # one SQL for every setting of the switches
    for query, result in zip(queries, results, strict=True):
        assert result == _filtered_in_sql(demo, query, monkeypatch)


def test_a_scope_under_each_definition_is_answered_by_the_plain_question_on_a_read_only_store(demo, executed) -> None:
    scope = TargetQuery("ISIS", country="SYR", start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31))
    plain = targets(demo.store.con, demo.registry, scope)
    others = [targets(demo.store.con, demo.registry, replace(scope, **{s: True})) for s in SWITCHES]
    assert len(executed) == 1  # four questions before
    assert all(other.total_events <= plain.total_events for other in others)
    assert others[1].caveats.directed_events == 0 < plain.caveats.directed_events  # one-sided violence left out
    assert others[2].caveats.derived_admin1 == 0 < plain.caveats.derived_admin1  # a derived admin1 left out
    # --dedupe picks one record of each linked cluster among the rows a switch keeps: filtered in its own SQL
    targets(demo.store.con, demo.registry, replace(scope, dedupe=True, actor_alone=True))
    assert len(executed) == 2
