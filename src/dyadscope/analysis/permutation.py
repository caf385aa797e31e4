"""The statistics of the avoidance test: the within-cell permutation null, its p-values, and ratio intervals.

Within one cell, the pool holds every appearance of an armed actor other than A (one per event side);
`n_b` of them are B's, and A's `e_a` engagements took `e_a` of them as counterparts. Shuffling which pool
entries are A's counterparts makes the number of B's among them hypergeometric(n_b, pool - n_b, e_a), so
drawing that count directly is the same distribution as the shuffle itself, without building the
shuffled arrays (tests/test_avoidance_synthetic.py checks the two agree).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# All permutations are drawn in one array when it holds at most this many values (32 MB); larger questions
# (thousands of cells) draw it in blocks of whole permutations. The draws come out in the same order either way.
_MAX_DRAWS = 4_000_000


@dataclass(frozen=True)
class PermutationTest:
    """Observed count, its null mean, and Monte Carlo permutation p-values (with the +1 correction)."""

    observed: int
    expected: float
    permutations: int
    p_lower: float  # evidence of avoidance: fewer A-B engagements than chance
    p_upper: float  # evidence of attraction: more than chance
    p_two_sided: float
    null_low: float  # 2.5% and 97.5% quantiles of the null count
    null_high: float


def expected_counts(e_a: np.ndarray, n_b: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """Per cell, the A-B engagements expected if A's counterparts are drawn in proportion to activity."""
    e_a, n_b, pool = (np.asarray(x, dtype=float) for x in (e_a, n_b, pool))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(pool > 0, e_a * n_b / pool, 0.0)


def null_draws(
    e_a: np.ndarray, n_b: np.ndarray, pool: np.ndarray, permutations: int, rng: np.random.Generator
) -> np.ndarray:
    """Total A-B count under `permutations` independent within-cell shuffles (one value per shuffle)."""
    e_a, n_b, pool = (np.asarray(x, dtype=np.int64) for x in (e_a, n_b, pool))
    if np.any(e_a > pool) or np.any(n_b > pool):
        raise ValueError("a cell has more A engagements or B appearances than pool entries")
    live = (e_a > 0) & (n_b > 0)  # other cells always contribute 0
    e_a, n_b, pool = e_a[live], n_b[live], pool[live]
    totals = np.zeros(permutations, dtype=np.int64)
    if not live.any():
        return totals
    block = max(1, _MAX_DRAWS // e_a.size)
    for start in range(0, permutations, block):
        size = min(block, permutations - start)
        draws = rng.hypergeometric(n_b, pool - n_b, e_a, size=(size, e_a.size))
        totals[start : start + size] = draws.sum(axis=1)
    return totals


def permutation_test(
    observed: int, e_a: np.ndarray, n_b: np.ndarray, pool: np.ndarray, permutations: int, seed: int
) -> PermutationTest:
    """Compare the observed A-B count with its within-cell permutation distribution."""
    if permutations < 1:
        raise ValueError("permutations must be at least 1")
    rng = np.random.default_rng(seed)
    draws = null_draws(e_a, n_b, pool, permutations, rng)
    expected = float(expected_counts(e_a, n_b, pool).sum())
    p_lower = (1 + int((draws <= observed).sum())) / (permutations + 1)
    p_upper = (1 + int((draws >= observed).sum())) / (permutations + 1)
    low, high = np.quantile(draws, [0.025, 0.975])
    return PermutationTest(
        observed=int(observed),
        expected=expected,
        permutations=permutations,
        p_lower=p_lower,
        p_upper=p_upper,
        p_two_sided=min(1.0, 2 * min(p_lower, p_upper)),
        null_low=float(low),
        null_high=float(high),
    )


def shift_ratio_interval(test: PermutationTest) -> tuple[float, float]:
    """95% interval of observed/expected by inverting the permutation test under a shift model.

    If A-B engagements are the null count plus a fixed excess, the excesses the test does not reject at 5%
    run from observed - q97.5 to observed - q2.5 of the null draws; dividing by `expected` gives the ratio.
    """
    if test.expected <= 0:
        return (math.nan, math.nan)
    low = (test.observed - (test.null_high - test.expected)) / test.expected
    high = (test.observed - (test.null_low - test.expected)) / test.expected
    return (max(0.0, low), high)


def cell_bootstrap_interval(
    observed: np.ndarray, expected: np.ndarray, replicates: int, seed: int, level: float = 0.95
) -> tuple[float, float]:
    """Percentile interval of sum(observed)/sum(expected) when whole cells are resampled (clustered events)."""
    observed = np.asarray(observed, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if observed.size < 2 or replicates < 1:
        return (math.nan, math.nan)
    rng = np.random.default_rng(seed + 1)  # a stream of its own: the test's draws stay the same
    weights = rng.multinomial(observed.size, np.full(observed.size, 1 / observed.size), size=replicates)
    num, den = weights @ observed, weights @ expected
    ratios = num[den > 0] / den[den > 0]
    if ratios.size == 0:
        return (math.nan, math.nan)
    alpha = 1 - level
    low, high = np.quantile(ratios, [alpha / 2, 1 - alpha / 2])
    return (float(low), float(high))
