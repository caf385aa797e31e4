"""Validation of the avoidance test on synthetic data with a planted effect of known strength.

The generating model: in each cell, every pool entry (an armed side other than A) belongs to B with
probability p_c; A's engagements take pool entries as counterparts, B's entries weighted by theta. With
theta = 1 the labels are exchangeable within cells, which is exactly the permutation null, so p-values
must be (close to) uniform; with theta < 1 (avoidance) or > 1 (attraction) the test must find the direction
and an observed/expected ratio near the one implied by theta (worked out below from the model, not the code).
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps

from dyadscope.analysis.permutation import (
    PermutationTest,
    expected_counts,
    null_draws,
    permutation_test,
    shift_ratio_interval,
)


def synthetic_cells(rng: np.random.Generator, theta: float, cells: int = 60) -> dict[str, np.ndarray]:
    """Per-cell counts: A's engagements, B's pool entries, the pool, and the A-B engagements."""
    p = rng.uniform(0.05, 0.5, cells)  # B's share of the armed activity in the cell
    background = rng.integers(20, 60, cells)  # pool entries that are not A's counterparts
    e_a = rng.integers(2, 12, cells)  # A's engagements
    b_background = rng.binomial(background, p)
    q = theta * p / (theta * p + 1 - p)  # chance an A engagement's counterpart is B, tilted by theta
    ab = rng.binomial(e_a, q)
    return {"e_a": e_a, "n_b": b_background + ab, "pool": background + e_a, "ab": ab, "q": q, "p": p, "bg": background}


def implied_ratio(cells: dict[str, np.ndarray]) -> float:
    """The ratio the model implies: E[A-B] over the expectation the test computes, both from the parameters."""
    e_a, p, q, bg = cells["e_a"], cells["p"], cells["q"], cells["bg"]
    mean_ab = e_a * q
    mean_expected = e_a * (bg * p + mean_ab) / (bg + e_a)
    return float(mean_ab.sum() / mean_expected.sum())


@pytest.mark.parametrize(("theta", "direction"), [(0.3, "avoid"), (4.0, "attract")])
def test_planted_effect_is_recovered_with_its_direction(theta: float, direction: str) -> None:
    rng = np.random.default_rng(20140101)
    cells = synthetic_cells(rng, theta, cells=80)
    target = implied_ratio(cells)
    # theta 0.3 -> a ratio well below 1; theta 4 -> well above (attenuated: A's own B counterparts are in the pool)
    assert (target < 0.6) if direction == "avoid" else (target > 1.6)
    result = permutation_test(int(cells["ab"].sum()), cells["e_a"], cells["n_b"], cells["pool"], 2_000, seed=7)
    low, high = shift_ratio_interval(result)
    if direction == "avoid":
        assert result.p_lower < 0.001 and high < 1
    else:
        assert result.p_upper < 0.001 and low > 1
    assert result.p_two_sided < 0.002


@pytest.mark.parametrize("theta", [0.3, 1.0, 4.0])
def test_ratio_and_interval_cover_the_planted_strength(theta: float) -> None:
    """Over 60 datasets the mean ratio is within 5% of the model's and the 95% interval covers it >= 85%."""
    rng = np.random.default_rng(int(theta * 100))
    ratios, covered, targets = [], 0, []
    for i in range(60):
        cells = synthetic_cells(rng, theta, cells=60)
        result = permutation_test(int(cells["ab"].sum()), cells["e_a"], cells["n_b"], cells["pool"], 499, seed=i)
        low, high = shift_ratio_interval(result)
        target = implied_ratio(cells)
        ratios.append(result.observed / result.expected)
        targets.append(target)
        covered += low <= target <= high
    assert np.mean(ratios) == pytest.approx(np.mean(targets), rel=0.05)
    assert covered >= 51


def test_no_effect_gives_uniform_p_values() -> None:
    """200 null datasets: about 5% rejected at 5%, and the p-values pass a uniformity test."""
    rng = np.random.default_rng(99)
    p_values = []
    for i in range(200):
        cells = synthetic_cells(rng, theta=1.0, cells=30)
        result = permutation_test(int(cells["ab"].sum()), cells["e_a"], cells["n_b"], cells["pool"], 399, seed=i)
        p_values.append(result.p_two_sided)
    p_values = np.array(p_values)
    rejected = int((p_values <= 0.05).sum())
    # Binomial(200, 0.05): mean 10, 99.9% of draws between 2 and 21. A broken test (always or never) fails.
    assert 2 <= rejected <= 21, rejected
    # Two-sided p-values from a discrete null are slightly conservative; the shape must still be flat.
    assert sps.kstest(np.minimum(p_values, 1.0), "uniform").pvalue > 0.001
    assert 0.4 < np.median(p_values) < 0.65


def test_hypergeometric_draws_equal_an_explicit_shuffle() -> None:
    """Drawing the count directly has the distribution of literally shuffling counterpart labels in a cell."""
    rng = np.random.default_rng(3)
    pool_labels = np.array([1] * 7 + [0] * 13)  # 7 of 20 pool entries are B
    e_a = 5
    shuffled = np.array([rng.permutation(pool_labels)[:e_a].sum() for _ in range(20_000)])
    drawn = null_draws(np.array([e_a]), np.array([7]), np.array([20]), 20_000, np.random.default_rng(4))
    # Exact hypergeometric mean 5 * 7/20 = 1.75, variance 5 * 0.35 * 0.65 * 15/19 = 0.898
    assert shuffled.mean() == pytest.approx(1.75, abs=0.03) and drawn.mean() == pytest.approx(1.75, abs=0.03)
    assert shuffled.var() == pytest.approx(0.898, abs=0.04) and drawn.var() == pytest.approx(0.898, abs=0.04)
    table = np.array([np.bincount(shuffled, minlength=6), np.bincount(drawn, minlength=6)])
    assert sps.chi2_contingency(table[:, table.sum(axis=0) > 0]).pvalue > 0.001


def test_expected_counts_follow_the_proportional_rule() -> None:
    # Cell 1: 4 engagements, B is 10 of 40 pool entries -> 1.0; cell 2: no pool -> 0
    assert expected_counts(np.array([4, 0]), np.array([10, 0]), np.array([40, 0])).tolist() == [1.0, 0.0]


def test_shift_interval_is_the_null_spread_around_the_observed_ratio() -> None:
    # Null draws 2.5%..97.5% = 90..110 around expected 100; observed 80 -> excess -20 +- 10 -> ratio 0.7 to 0.9
    test = PermutationTest(80, 100.0, 999, 0.001, 1.0, 0.002, 90.0, 110.0)
    assert shift_ratio_interval(test) == pytest.approx((0.7, 0.9))


def test_seeded_runs_repeat() -> None:
    args = (3, np.array([5, 6]), np.array([4, 9]), np.array([20, 30]), 500)
    assert permutation_test(*args, seed=5) == permutation_test(*args, seed=5)


def test_drawing_in_blocks_gives_the_same_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    # Large questions draw the permutations in blocks to bound memory; the answer must not depend on the block.
    import dyadscope.analysis.permutation as permutation

    rng = np.random.default_rng(11)
    pool = rng.integers(1, 40, size=300)
    e_a, n_b = rng.integers(0, pool + 1), rng.integers(0, pool + 1)
    whole = null_draws(e_a, n_b, pool, 2_001, np.random.default_rng(3))
    monkeypatch.setattr(permutation, "_MAX_DRAWS", 300 * 7)  # blocks of 7 permutations, the last one short
    assert null_draws(e_a, n_b, pool, 2_001, np.random.default_rng(3)).tolist() == whole.tolist()
    assert whole.std() > 0
