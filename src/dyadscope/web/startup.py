"""Checks before serving: a store exists, or a sentence saying how to make one."""

from __future__ import annotations

from pathlib import Path

from dyadscope.api import Dyadscope
from dyadscope.errors import InputError
from dyadscope.i18n import msg


def check_store(db: Path, allow_import: bool) -> None:
    """Raise InputError with what to do when `db` cannot be served as asked (creates it with --allow-import)."""
    if db.exists():
        return
    if allow_import:
        Dyadscope(db).close()  # an empty store to import into
        return
    raise InputError(msg("errors.web_no_store", path=str(db)))
