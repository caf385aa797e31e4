"""An actor is asked for by any name a user sees: the registry's, a producer's as written in the file, or the id
the store resolved it to (`dyadscope targets "Military Forces of Nigeria (2010-2015)"`, `targets govt_nga`).

The files are our own rows in ACLED's legacy layout (tests/data/acled/README.md), imported once per module.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import DATA
from dyadscope.actors.conventions import state_forces
from dyadscope.api import Dyadscope
from dyadscope.cli import cli
from dyadscope.errors import UnknownActor
from web_server import Server

NIGERIA = DATA / "acled" / "acled_nigeria_2011_legacy_written.csv"
LIBYA = DATA / "acled" / "acled_libya_2014_legacy_written.csv"


@pytest.fixture(scope="module")
def acled_store(tmp_path_factory) -> Dyadscope:
    ds = Dyadscope(tmp_path_factory.mktemp("names") / "acled.duckdb")
    ds.import_file(NIGERIA)
    ds.import_file(LIBYA)
    return ds


def _counts(ds: Dyadscope, name: str) -> tuple[str, int, dict[str, int]]:
    result = ds.targets(name, country="NGA")
    return result.actor.id, result.total_events, dict(zip(result.columns["key"], result.columns["events"], strict=True))


@pytest.mark.parametrize(
    "name", ["Military Forces of Nigeria (2010-2015)", "Police Forces of Nigeria (2007-2010)", "govt_nga"]
)
def test_a_state_is_found_by_its_forces_as_acled_writes_them_and_by_its_id(acled_store, name):
    # the army and the police of the file are one state: 4 of the 10 rows name them
    assert _counts(acled_store, name) == _counts(acled_store, "Government of Nigeria")
    assert _counts(acled_store, name)[:2] == ("govt_nga", 4)


@pytest.mark.parametrize(
    ("name", "actor_id", "events"),
    [
        ("Libyan Rebel Forces", "libyan_rebel_forces_lby", 2),  # classed by its ACLED inter code only
        ("libyan_rebel_forces_lby", "libyan_rebel_forces_lby", 2),  # the id that class gave it
        ("Zintan Ethnic Militia (Libya)", "zintan_ethnic_militia_lby", 2),  # ACLED's "<X> Ethnic Militia (<country>)"
    ],
)
def test_a_name_only_the_data_classes_is_found_through_the_store(acled_store, name, actor_id, events):
    result = acled_store.targets(name, country="LBY")
    assert (result.actor.id, result.total_events) == (actor_id, events)


def test_a_name_neither_the_registry_nor_the_data_knows_is_refused_with_a_hint(acled_store):
    with pytest.raises(UnknownActor, match=r"no actor named 'Libyan Rebel Farces'.*Libyan"):
        acled_store.targets("Libyan Rebel Farces", country="LBY")


@pytest.mark.parametrize(
    ("name", "actor_id", "country"),
    [
        ("Military Forces of Nigeria", "govt_nga", "NGA"),  # no years: read as "N" + "igeria" before
        ("Police Forces of South Sudan", "govt_ssd", "SSD"),
        ("Military Forces of Libya Haftar Faction", "govt_lby_haftar_faction", "LBY"),
        ("Military Forces of Libya (2014-) Haftar Faction", "govt_lby_haftar_faction", "LBY"),
        ("Military Forces of Somaliland", "govt_somaliland", None),  # a de facto state without an ISO code
    ],
)
def test_state_forces_without_years_name_the_whole_country(name, actor_id, country):
    found = state_forces(name)
    assert found is not None and (found.actor_id, found.country) == (actor_id, country)


def test_the_cli_takes_the_name_as_the_file_writes_it(acled_store):
    asked = ["targets", "Military Forces of Nigeria (2010-2015)", "--format", "json"]
    result = CliRunner().invoke(cli, ["--db", str(acled_store.store.path), *asked])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert (answer["actor"]["id"], answer["total_events"]) == ("govt_nga", 4)


def test_the_web_app_has_a_page_for_an_actor_only_the_data_names(tmp_path):
    db = tmp_path / "nigeria.duckdb"
    ds = Dyadscope(db)
    ds.import_file(NIGERIA)
    ds.store.close()
    server = Server(db)
    try:
        # never asked for before: the page looks the id up in the store, not only in the registry
        status, _, page = server.get("/actors/protesters_nga")
        assert status == 200 and "Protesters (Nigeria)" in page
        status, _, body = server.get("/api/actors/govt_nga")
        assert status == 200 and json.loads(body)["name"] == "Government of Nigeria"
        status, _, page = server.get("/actors/nobody_nga")
        assert status == 404 and "nobody_nga" in page
    finally:
        server.stop()


def test_search_lists_the_actors_only_the_data_names_and_says_so(acled_store):
    found = {a.id for a in acled_store.search_actors("Nigeria")}
    assert {"protesters_nga", "fulani_ethnic_militia_nga", "christian_militia_nigeria_nga"} <= found
    for lang, mark in (
        ("en", "(from this store's data, not the registry)"),
        ("da", "(fra lagerets data, ikke registret)"),
    ):
        result = CliRunner().invoke(
            cli, ["--db", str(acled_store.store.path), "--lang", lang, "actors", "search", "Nigeria"]
        )
        line = next(row for row in result.output.splitlines() if row.startswith("protesters_nga"))
        assert line.endswith(mark), line


def test_search_without_a_store_is_the_registry_alone(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.duckdb"), "actors", "search", "Syrian insurgents"])
    assert result.exit_code == 0 and result.output.startswith("syrian_insurgents")
    assert not (tmp_path / "none.duckdb").exists()  # searching makes no store


@pytest.mark.parametrize(
    ("side", "country", "code", "ids"),
    [
        # ACLED cannot say which of two groups acted: both, as a coalition side, not the first alone
        (
            "Islamic State (West Africa) - Lake Chad Faction and/or Boko Haram - Jamaatu Ahli is-Sunnah "
            "lid-Dawati wal-Jihad",
            "NGA",
            "Rebel Groups",
            "|isis|boko_haram|",
        ),
        ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "MLI", "2", "|jnim|isis|"),
        (
            "Unidentified Gang and/or Police Militia",
            "BRA",
            "Militia Groups",
            "|unidentified_gang_bra|police_militia_bra|",
        ),
    ],
)
def test_acleds_one_group_or_the_other_counts_for_both(registry, side, country, code, ids):
    assert registry.resolve_side(side, country, code).ids == ids
