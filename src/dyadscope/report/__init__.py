"""Self-contained HTML reports with offline charts and maps (needs the `report` extra: altair, vl-convert)."""
