"""Claims about a war outside the bundled data's region, checked against a user's own store of it.

A user who imports ACLED's Nigeria rows and checks an article about Nigeria must get Nigeria's state as the side the
article names ("Nigerian forces", "den nigerianske hær", "Nigeria's army"), as the import resolved "Military Forces of
Nigeria (2010-2015)": before, the reading knew the states of Syria's war only and found no actor (not checkable),
or took another one. The store holds our own rows in ACLED's legacy layout (tests/data/acled/README.md): Nigeria's
forces fought Boko Haram in 3 of their 4 events of 2011.
"""

from __future__ import annotations

import pytest

from conftest import DATA, checked_claims
from dyadscope.api import Dyadscope


@pytest.fixture(scope="module")
def nigeria(tmp_path_factory) -> Dyadscope:
    ds = Dyadscope(tmp_path_factory.mktemp("nigeria") / "acled.duckdb")
    ds.import_file(DATA / "acled" / "acled_nigeria_2011_legacy_written.csv")
    return ds


@pytest.mark.parametrize(
    ("text", "lang", "value", "verdict"),
    [
        ("Nigerian forces clashed with Boko Haram three times in 2011.", "en", 3, "supported"),
        ("Nigerian security forces fought Boko Haram 12 times in 2011.", "en", 12, "contradicted"),
        ("In Nigeria, government forces fought Boko Haram three times in 2011.", "en", 3, "supported"),
        ("Den nigerianske hær kæmpede mod Boko Haram tre gange i 2011.", "da", 3, "supported"),
    ],
)
def test_a_states_forces_named_by_nationality_are_the_state_the_import_resolved(
    nigeria, tmp_path, text, lang, value, verdict
):
    [(claim, checked)] = checked_claims(nigeria, tmp_path, text, lang)
    assert (claim.actor, claim.counterpart) == ("Government of Nigeria", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
    assert (claim.value, checked.verdict) == (value, verdict)


def test_acleds_current_name_for_boko_haram_is_the_registrys_group(registry):
    # ACLED writes "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" since 2019; it made one id per country
    for country in ("NGA", "NER", "CMR"):
        side = registry.resolve_side("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", country, "2")
        assert side.ids == "|boko_haram|"
