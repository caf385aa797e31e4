"""Source datasets: detecting a file's layout and mapping its rows to the canonical schema."""

from __future__ import annotations

from collections.abc import Iterable

from dyadscope.sources import ucdp
from dyadscope.sources.base import Layout

LAYOUTS: tuple[Layout, ...] = (*ucdp.LAYOUTS,)
CREDITS: dict[str, str] = {ucdp.SOURCE: ucdp.CREDIT}


def detect_layout(header: Iterable[str]) -> Layout | None:
    """The first known layout whose required columns the header has, or None."""
    columns = [c.lower() for c in header]
    return next((layout for layout in LAYOUTS if layout.matches(columns)), None)


__all__ = ["CREDITS", "LAYOUTS", "Layout", "detect_layout"]
