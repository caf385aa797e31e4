"""Source datasets: detecting a file's layout and mapping its rows to the canonical schema."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dyadscope.sources import acled, gdelt, gtd, ucdp
from dyadscope.sources.base import Layout

LAYOUTS: tuple[Layout, ...] = (*ucdp.LAYOUTS, *acled.LAYOUTS, *gtd.LAYOUTS, *gdelt.LAYOUTS)
CREDITS: dict[str, str] = {
    ucdp.SOURCE: ucdp.CREDIT,
    acled.SOURCE: acled.CREDIT,
    gtd.SOURCE: gtd.CREDIT,
    gdelt.SOURCE: gdelt.CREDIT,
}

# Short names users type for a source family (`--source ucdp`).
SOURCE_ALIASES: dict[str, str] = {"ucdp": "ucdp-ged", "ged": "ucdp-ged"}


def detect_layout(header: Iterable[str]) -> Layout | None:
    """The first known layout whose required columns the header has, or None."""
    columns = [c.lower() for c in header]
    return next((layout for layout in LAYOUTS if layout.matches(columns)), None)


def detect_headerless(path: Path, encoding: str = "utf-8") -> Layout | None:
    """The layout of a file without a header row (raw GDELT), recognised from its first line, or None."""
    return gdelt.detect_raw(path, encoding)


__all__ = ["CREDITS", "LAYOUTS", "SOURCE_ALIASES", "Layout", "detect_headerless", "detect_layout"]
