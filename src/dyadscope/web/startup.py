"""Checks before serving: a store exists (or says how to make one) and matches the actor registry."""

from __future__ import annotations

from pathlib import Path

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope
from dyadscope.errors import InputError


def check_store(db: Path, allow_import: bool, actors_file: str | None = None) -> None:
    """Raise InputError with what to do when `db` cannot be served as asked."""
    if not db.exists():
        if allow_import:
            Dyadscope(db).close()  # an empty store to import into
            return
        raise InputError(
            f"no store at {db}: build the demo with `dyadscope demo` (or ./dev demo), import a file with "
            "`dyadscope import FILE`, pass --db PATH, or start with --allow-import to upload files"
        )
    registry = Registry.load(actors_file)
    ds = Dyadscope(db, read_only=not allow_import, registry=registry)
    try:
        if ds.store.count() and ds.store.get_meta("registry") != registry.fingerprint:
            if not allow_import:
                raise InputError(
                    f"{db} was resolved with another actor registry: run `dyadscope actors resolve` first "
                    "(or serve with --allow-import, which re-resolves it)"
                )
            ds.ensure_resolved()
    finally:
        ds.close()
