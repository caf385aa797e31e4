"""The exception tree of dyadscope.

DyadscopeError
 ├── InputError(ValueError)        a file cannot be read as asked: not the layout, not UTF-8, truncated, ...
 ├── UnknownLayout(InputError)     no importer recognises the header
 ├── StoreBusy(InputError)         another process holds the store's write lock
 ├── RegistryError(ValueError)     an actor registry file is malformed
 ├── UnknownActor(KeyError)        a name that does not resolve to any actor
 └── QueryError(ValueError)        an analysis was asked something it cannot answer (bad window, unknown --by)

The library raises these and never prints or exits; the CLI turns them into one-line messages.
"""

from __future__ import annotations


class DyadscopeError(Exception):
    """Root of every error dyadscope raises on purpose."""


class InputError(DyadscopeError, ValueError):
    """An input file cannot be read as asked; nothing was written."""


class UnknownLayout(InputError):
    """No importer recognises the file's header."""


class StoreBusy(InputError):
    """Another process holds the store's lock (it is writing, or we want to write while it reads)."""


class RegistryError(DyadscopeError, ValueError):
    """An actor registry file is malformed."""


class UnknownActor(DyadscopeError, KeyError):
    """A name does not resolve to any actor in the registry."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown actor"


class QueryError(DyadscopeError, ValueError):
    """An analysis was asked something it cannot answer."""
