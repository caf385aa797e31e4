"""dyadscope: open conflict-event intelligence.

Import open event datasets into one traceable DuckDB store, resolve every actor name, and ask who
targets whom with honest statistics.

>>> import dyadscope
>>> ds = dyadscope.connect("my.duckdb")          # doctest: +SKIP
>>> ds.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31").table   # doctest: +SKIP
"""

from __future__ import annotations

import importlib

# The public names, loaded on first use (PEP 562): `import dyadscope.cli` must not pay for Ibis and pandas
# before it knows which command runs (`dyadscope --help` stays under 0.3 s).
_EXPORTS: dict[str, str] = {
    "Actor": "dyadscope.actors.registry",
    "Registry": "dyadscope.actors.registry",
    "wilson_interval": "dyadscope.analysis.stats",
    "TargetingResult": "dyadscope.analysis.targeting",
    "TargetQuery": "dyadscope.analysis.targeting",
    "targets": "dyadscope.analysis.targeting",
    "Dyadscope": "dyadscope.api",
    "connect": "dyadscope.api",
    "DyadscopeError": "dyadscope.errors",
    "InputError": "dyadscope.errors",
    "QueryError": "dyadscope.errors",
    "RegistryError": "dyadscope.errors",
    "UnknownActor": "dyadscope.errors",
    "UnknownLayout": "dyadscope.errors",
    "Store": "dyadscope.store.db",
    "ImportReport": "dyadscope.store.ingest",
    "import_file": "dyadscope.store.ingest",
}


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dyadscope' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__version__ = "0.1.0"

__all__ = sorted(_EXPORTS)
