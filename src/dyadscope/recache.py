"""The `re` module with `compile()` cached across processes: the claim reader builds ~250 patterns at import (0.5 s).

`from dyadscope import recache as re` gives a module that is `re` in every respect but one: `compile(pattern, flags)`
(and search, match, sub ... given a pattern text, which use it) keeps the compiled program of each pattern (the list
of SRE codes Python's compiler makes from the parsed pattern) in the per-user cache (dyadscope.cache), keyed by the
interpreter's version and the SRE engine's magic number, and the next process rebuilds the same `re.Pattern` from it
with `_sre.compile` instead of parsing and compiling the pattern again. The pattern object is the one `re.compile`
would return (same program, flags and groups); within a process the same (pattern, flags) gives the same object, as
with `re.compile`. Anything unusual (a compiled pattern given, the DEBUG flag, an interpreter whose internals differ,
an unreadable entry) goes to `re.compile` itself.
"""

from __future__ import annotations

import atexit
import re as _re
import sys
from array import array
from collections.abc import Iterator
from re import *  # noqa: F403 (this module stands in for `re`)
from typing import Any

try:  # CPython's internals for building a pattern from its compiled program (3.11: re._compiler, re._parser)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter: plain re.compile
    _sre = None  # type: ignore[assignment]

# The compiled program depends only on the pattern, the flags, the compiler and the engine: these name the last two.
_KEY = f"regex-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
# Past this many bytes of programs in the cache (old versions of edited patterns, patterns built from changing data),
# a write keeps only this process's: the reader's ~400 patterns take ~2 MB.
_MAX_BYTES = 8 * 2**20

_DEBUG = int(_re.DEBUG)
_live: dict[tuple[str, int], _re.Pattern] = {}  # this process's patterns, as re.compile keeps its own
_stored: dict[tuple[str, int], tuple] | None = None  # the cached programs, read on first use
_fresh = 0  # programs compiled by this process and not yet in the cache


def compile(pattern: Any, flags: int = 0) -> _re.Pattern:
    """re.compile(pattern, flags), from the per-user cache of compiled programs when it holds this pattern."""
    # The reader asks for its inline patterns ~6,000 times a check: found first, before any flag arithmetic (an int
    # and a RegexFlag are equal keys; `flags & re.DEBUG` went through enum's operators, ~30 ms a check).
    compiled = _live.get((pattern, flags))
    if compiled is not None:
        return compiled
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & _DEBUG:
        return _re.compile(pattern, flags)
    compiled = _live[pattern, flags] = _build(pattern, flags)
    return compiled


# re's module-level functions, on the same cached patterns (the reader also builds patterns inline, from its word lists)
def search(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    """re.search on the cached pattern."""
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    """re.match on the cached pattern."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    """re.fullmatch on the cached pattern."""
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[_re.Match]:
    """re.finditer on the cached pattern."""
    return compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    """re.findall on the cached pattern."""
    return compile(pattern, flags).findall(string)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """re.split on the cached pattern."""
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    """re.sub on the cached pattern."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    """re.subn on the cached pattern."""
    return compile(pattern, flags).subn(repl, string, count)


def _build(pattern: str, flags: int) -> _re.Pattern:
    """The pattern from its cached program, else compiled as re._compiler.compile does and its program kept."""
    global _stored, _fresh
    if _stored is None:
        _stored = _read()
    program = _stored.get((pattern, flags))
    if program is not None:
        final_flags, code, groups, groupindex, indexgroup = program
        try:
            return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # a program this engine rejects (it validates every one): compile afresh
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))
        compiled = _sre.compile(pattern, *program)
    except _re.error:
        raise
    except Exception:  # internals not as in 3.11: the public way
        return _re.compile(pattern, flags)
    _stored[(pattern, flags)] = (program[0], array("I", code).tobytes(), *program[2:])
    _fresh += 1
    return compiled


def _read() -> dict[tuple[str, int], tuple]:
    """The cached programs, or none."""
    from dyadscope.cache import read_cached

    atexit.register(_write)
    stored = read_cached(_KEY)
    return stored if isinstance(stored, dict) else {}


def _write() -> None:
    """At exit: store the programs this process compiled (only the ones it used when the cache has grown large)."""
    if not _fresh or _stored is None:
        return
    from dyadscope.cache import write_cached

    kept = _stored
    if sum(len(program[1]) for program in kept.values()) > _MAX_BYTES:
        kept = {key: program for key, program in _stored.items() if key in _live}
    write_cached(_KEY, kept)
