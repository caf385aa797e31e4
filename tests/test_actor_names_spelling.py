"""ACLED spells registry actors its own way ("Al Shabaab" for Al-Shabaab, "JNIM: Group for Support of Islam and
Muslims" abroad): the side still resolves to the registry actor and its class, not to a new actor classed by the
inter code. A name two countries' groups share resolves to the one in the event's country.

The rows are our own in ACLED's current layout (tests/data/acled/README.md), found spelled so in a real 2022 export.
"""

from __future__ import annotations

import pytest

from conftest import DATA
from dyadscope.actors.registry import normalize_name
from dyadscope.api import Dyadscope

NAMES = DATA / "acled" / "acled_2022_names_written.csv"


@pytest.fixture(scope="module")
def sides(tmp_path_factory) -> dict[str, tuple]:
    ds = Dyadscope(tmp_path_factory.mktemp("spelling") / "names.duckdb")
    assert ds.import_file(NAMES).quarantined == 0
    rows = ds.store.con.execute("""
        SELECT source_id, side_a_ids, side_a_class, side_a_class_by, side_b_ids, side_b_class FROM events
    """).fetchall()
    ds.store.close()
    return {row[0]: row[1:] for row in rows}


def test_a_hyphen_and_a_space_are_one_spelling():
    assert normalize_name("Al-Shabaab") == normalize_name("Al  Shabaab") == "al shabaab"


def test_al_shabaab_as_acled_spells_it_is_the_jihadist_group_at_home_and_abroad(sides):
    assert sides["SOM9001"][3:] == ("|al_shabaab|", "jihadist")
    assert sides["KEN9001"][:3] == ("|al_shabaab|", "jihadist", "registry")


def test_jnim_by_its_acled_name_outside_mali(sides):
    assert sides["BFA9001"][:3] == ("|jnim|", "jihadist", "registry")


def test_a_shared_name_resolves_to_the_group_of_the_event_country(sides):
    assert sides["IRQ9001"][:2] == ("|saraya_al_jihad_irq|", "pro_government_militia")
    assert sides["SYR9101"][:2] == ("|jaysh_al_jihad_quneitra|", "jihadist")
