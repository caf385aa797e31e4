"""What the Overview and Quarantine pages show, from the store's own status functions (store/status.py)."""

from __future__ import annotations

from dyadscope.api import Dyadscope
from dyadscope.store.status import quarantined_rows, store_status

PAGE_SIZE = 100


def overview(ds: Dyadscope) -> dict[str, object]:
    """`dyadscope status` as a dict, with resolution coverage and the credits of the sources present."""
    data = store_status(ds.store).as_dict()
    data["coverage"] = ds.coverage() if data["events"] else {"events": 0, "both_resolved": 0, "share": None}
    data["credits"] = ds.credits()
    data["quarantined"] = sum(int(r["rows"]) for r in data["quarantine"])
    return data


def imports(ds: Dyadscope) -> list[dict[str, object]]:
    """The import log, newest first, with each import's quarantine reasons."""
    return store_status(ds.store).as_dict()["imports"]


def quarantine(
    ds: Dyadscope, reason: str | None = None, import_id: int | None = None, page: int = 1
) -> dict[str, object]:
    """One page of quarantined rows (`dyadscope quarantine`), filtered by reason and import, with the reasons."""
    rows = quarantined_rows(ds.store)
    if import_id is not None:
        rows = rows[rows["import_id"] == import_id]
    reasons = rows.groupby("reason").size().sort_values(ascending=False, kind="mergesort")
    if reason:
        rows = rows[rows["reason"] == reason]
    total = len(rows)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    shown = rows.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return {
        "total": total,
        "page": page,
        "pages": pages,
        "rows": shown.astype(object).where(shown.notna(), None).to_dict("records"),
        "reasons": [{"reason": k, "rows": int(v)} for k, v in reasons.items()],
    }


def countries(ds: Dyadscope) -> list[str]:
    """ISO3 codes of the event countries in the store, most events first."""
    sql = "SELECT country FROM events WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1"
    return [r[0] for r in ds.store.con.execute(sql).fetchall()]


def source_names(ds: Dyadscope) -> list[str]:
    """The sources present in the store."""
    return [r[0] for r in ds.store.con.execute("SELECT DISTINCT source FROM events ORDER BY 1").fetchall()]


def years(ds: Dyadscope) -> list[int]:
    """Calendar years the store's events start in."""
    sql = "SELECT DISTINCT year(date_start) FROM events WHERE date_start IS NOT NULL ORDER BY 1"
    return [int(r[0]) for r in ds.store.con.execute(sql).fetchall()]
