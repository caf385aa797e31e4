"""The Wilson interval against an independent computation: inverting the score test numerically."""

from __future__ import annotations

import math

import pytest
from scipy.optimize import brentq
from scipy.stats import norm

from dyadscope.analysis.stats import wilson_interval


def _score_test_bounds(k: int, n: int) -> tuple[float, float]:
    z = norm.ppf(0.975)
    p_hat = k / n

    low = (
        0.0 if k == 0 else brentq(lambda p: (p_hat - p) / math.sqrt(p * (1 - p) / n) - z, 1e-12, min(p_hat, 1 - 1e-12))
    )
    high = (
        1.0 if k == n else brentq(lambda p: (p - p_hat) / math.sqrt(p * (1 - p) / n) - z, max(p_hat, 1e-12), 1 - 1e-12)
    )
    return low, high


@pytest.mark.parametrize(("k", "n"), [(13, 100), (64, 100), (0, 20), (20, 20), (59, 982), (14, 238), (1, 3)])
def test_wilson_equals_the_inverted_score_test(k, n):
    assert wilson_interval(k, n) == pytest.approx(_score_test_bounds(k, n), abs=1e-9)


def test_degenerate_inputs():
    assert all(math.isnan(b) for b in wilson_interval(0, 0))
    with pytest.raises(ValueError):
        wilson_interval(5, 3)
