"""dyadscope: open conflict-event intelligence.

Import open event datasets into one traceable DuckDB store, resolve every actor name, and ask who
targets whom with honest statistics.

>>> import dyadscope
>>> ds = dyadscope.connect("my.duckdb")          # doctest: +SKIP
>>> ds.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31").table   # doctest: +SKIP
"""

from dyadscope.actors.registry import Actor, Registry
from dyadscope.analysis.stats import wilson_interval
from dyadscope.analysis.targeting import TargetingResult, TargetQuery, targets
from dyadscope.api import Dyadscope, connect
from dyadscope.errors import (
    DyadscopeError,
    InputError,
    QueryError,
    RegistryError,
    UnknownActor,
    UnknownLayout,
)
from dyadscope.store.db import Store
from dyadscope.store.ingest import ImportReport, import_file

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Dyadscope",
    "DyadscopeError",
    "ImportReport",
    "InputError",
    "QueryError",
    "Registry",
    "RegistryError",
    "Store",
    "TargetQuery",
    "TargetingResult",
    "UnknownActor",
    "UnknownLayout",
    "connect",
    "import_file",
    "targets",
    "wilson_interval",
]
