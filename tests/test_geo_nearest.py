"""Admin1 derived from coordinates (sources/geo.py): the nearest populated place by one numpy pass, or scipy's k-d
tree when the pairs are many or a point has two places at its least distance, is the place the tree gives."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree

from dyadscope.sources import geo


def _tree_nearest(iso2: str, points: np.ndarray) -> np.ndarray:
    return cKDTree(geo._places_in(iso2)[0]).query(points)[1]


@pytest.mark.parametrize("iso2", ["SY", "IQ", "NG", "DE"])
def test_the_nearest_place_is_the_one_the_k_d_tree_finds(iso2: str) -> None:
    places = geo._places_in(iso2)[0]
    rng = np.random.default_rng(7)
    low, high = places.min(axis=0), places.max(axis=0)
    scattered = rng.uniform(low, high, size=(3000, 2))
    # the places themselves, and points halfway between two of them (at one distance from both: a tie)
    n = min(200, len(places) - 1)
    halfway = (places[:n] + places[1 : n + 1]) / 2
    points = np.vstack([scattered, places[:500], halfway])
    assert np.array_equal(geo.nearest_places(iso2, points), _tree_nearest(iso2, points))


def test_many_pairs_go_to_the_k_d_tree_with_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    points = geo._places_in("SY")[0][:300] + 1e-4
    monkeypatch.setattr(geo, "BRUTE_FORCE_PAIRS", 10)
    assert np.array_equal(geo.nearest_places("SY", points), _tree_nearest("SY", points))


def test_a_point_at_one_distance_from_two_places_is_left_to_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    places = np.array([[0.0, 0.0], [0.0, 2.0], [5.0, 5.0]])
    monkeypatch.setattr(geo, "_places_in", lambda _iso2: (places, ["A", "B", "C"]))
    monkeypatch.setattr(geo, "_tree", lambda _iso2: cKDTree(places))
    points = np.array([[0.0, 1.0], [4.0, 4.0], [0.0, 0.1]])
    assert list(geo.nearest_places("XX", points)) == list(cKDTree(places).query(points)[1])


def test_a_country_s_places_from_the_per_user_cache_are_the_ones_read_from_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    geo._places_in.cache_clear()
    try:
        built = geo._places_in("SY")
        assert list(tmp_path.glob("places-SY-*.pickle"))
        geo._places_in.cache_clear()
        monkeypatch.setattr(geo, "_all_places", lambda: pytest.fail("read the file again"))
        cached = geo._places_in("SY")
    finally:
        geo._places_in.cache_clear()
    assert np.array_equal(cached[0], built[0]) and cached[1] == built[1]
