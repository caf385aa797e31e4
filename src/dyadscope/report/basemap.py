"""The offline basemap: Natural Earth 1:110m country outlines from the npm package world-atlas 2.0.2 (ISC)."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources

import pycountry

from dyadscope.i18n import t

BASEMAP_FILE = "countries-110m.json"
BASEMAP_CREDIT = t("report.basemap_credit")  # Danish beside it in the catalogue


@cache
def countries_topojson() -> dict:
    """The bundled TopoJSON of the world's countries (object name 'countries'; ids are ISO 3166 numeric)."""
    return json.loads((resources.files("dyadscope.report") / BASEMAP_FILE).read_text(encoding="utf-8"))


def _arc_boxes(topo: dict) -> list[tuple[float, float, float, float]]:
    """Bounding box (west, south, east, north) of every arc, decoded from the quantised deltas."""
    (kx, ky), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    boxes = []
    for arc in topo["arcs"]:
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x * kx + tx)
            ys.append(y * ky + ty)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def _arc_ids(arcs: list) -> list[int]:
    if arcs and isinstance(arcs[0], int):
        return [a if a >= 0 else ~a for a in arcs]
    return [i for part in arcs for i in _arc_ids(part)]


def countries_near(box: tuple[float, float, float, float]) -> dict:
    """The TopoJSON with only the countries whose outline touches `box` (west, south, east, north)."""
    topo = countries_topojson()
    arc_boxes = _bundled_arc_boxes()
    west, south, east, north = box
    kept = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        ids = _arc_ids(geometry.get("arcs", []))
        if any(b[0] <= east and b[2] >= west and b[1] <= north and b[3] >= south for b in (arc_boxes[i] for i in ids)):
            kept.append(geometry)
    return {**topo, "objects": {"countries": {"type": "GeometryCollection", "geometries": kept}}}


@cache
def _bundled_arc_boxes() -> list[tuple[float, float, float, float]]:
    return _arc_boxes(countries_topojson())


def numeric_id(iso3: str | None) -> str | None:
    """ISO 3166 numeric code as world-atlas writes it: 'SYR' -> '760'."""
    country = pycountry.countries.get(alpha_3=iso3.upper()) if iso3 else None
    return country.numeric if country else None


def extent(latitudes: list[float], longitudes: list[float], pad: float = 0.8) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded in degrees; the whole world when there are none."""
    if not latitudes:
        return (-170.0, -58.0, 180.0, 80.0)
    return (min(longitudes) - pad, min(latitudes) - pad, max(longitudes) + pad, max(latitudes) + pad)


def mercator_fit(box: tuple[float, float, float, float], width: int, height: int) -> dict[str, object]:
    """Scale and centre of a Mercator projection showing `box` in width x height pixels."""
    west, south, east, north = box

    def y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    scale = min(width / math.radians(east - west), height / (y(north) - y(south)))
    centre_lat = math.degrees(2 * math.atan(math.exp((y(north) + y(south)) / 2)) - math.pi / 2)
    return {"type": "mercator", "scale": scale, "center": [(west + east) / 2, centre_lat]}
