"""The import's scratch database: the pass's rows in memory for a file of up to MEMORY_SCRATCH_ROWS lines, else in a
compressed file beside the store; gone after every import."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REGION_REDUCED
from dyadscope.errors import InputError
from dyadscope.store import ingest, scratch
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file
from dyadscope.store.scratch import SCRATCH

GED_SAMPLE = Path(__file__).parent / "data" / "ucdp" / "ged_syria_2016_2019_v191_sample.csv"


def _scratch_files(store: Store) -> list[Path]:
    """Scratch databases (and their logs) left in the store's temporary folder."""
    folder = Path(f"{store.path}.tmp")
    return sorted(folder.glob("import-*")) if folder.exists() else []


def _left_on_connection(store: Store) -> list[str]:
    """Databases and views an import could leave attached or defined on the store's connection."""
    databases = [r[0] for r in store.con.execute("SELECT database_name FROM duckdb_databases()").fetchall()]
    views = [r[0] for r in store.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
    return [d for d in databases if d == SCRATCH] + views


def _fingerprint(store: Store) -> tuple[int, int, int]:
    """Events, quarantined rows and logged imports: what an import that did not happen leaves as it was."""
    return tuple(store.count(t) for t in ("events", "quarantine", "import_log"))


def _seen_after_the_pass(store: Store, seen: dict[str, object]) -> ingest.Progress:
    """A progress callback that records, once the pass is done, the databases, `mapped_rows` and scratch files."""

    def progress(line: str) -> None:
        if "read" in line and not seen:  # cli.import_read: the pass is done, the store not yet written
            seen["databases"] = store.con.execute(
                "SELECT database_name, path FROM duckdb_databases() WHERE NOT internal"
            ).fetchall()
            seen["tables"] = store.con.execute(
                "SELECT database_name, table_name, temporary FROM duckdb_tables() WHERE table_name = 'mapped_rows'"
            ).fetchall()
            seen["files"] = _scratch_files(store)

    return progress


@pytest.fixture
def file_scratch(monkeypatch) -> None:
    """Every file, however small, keeps its pass in a scratch database file, as one over MEMORY_SCRATCH_ROWS does."""
    monkeypatch.setattr(scratch, "MEMORY_SCRATCH_ROWS", 0)


def test_a_small_files_pass_is_kept_in_an_in_memory_scratch_database(registry, tmp_path):
    """Fails on the old importer: every pass went into a compressed file, which cost ~10% of a 1M-row import."""
    store = Store(tmp_path / "s.duckdb")
    seen: dict[str, object] = {}
    report = import_file(store, GED_SAMPLE, registry, progress=_seen_after_the_pass(store, seen))
    assert report.imported == report.rows_read == 514
    assert dict(seen["databases"])[SCRATCH] is None  # DuckDB's path of an in-memory database
    assert seen["tables"] == [(SCRATCH, "mapped_rows", False)] and seen["files"] == []
    assert _left_on_connection(store) == [] and not Path(f"{store.path}.tmp").exists()
    again = import_file(store, GED_SAMPLE, registry)  # idempotent through the scratch as before
    assert (again.imported, again.unchanged) == (0, 514) and _left_on_connection(store) == []


def test_a_file_over_the_limit_keeps_its_pass_in_memory_only_under_it(registry, tmp_path, monkeypatch):
    """The limit is on the file's lines: 515 (514 rows and the header) is over 514 and not over 515."""
    places = []
    for limit in (514, 515):
        monkeypatch.setattr(scratch, "MEMORY_SCRATCH_ROWS", limit)
        store = Store(tmp_path / f"s{limit}.duckdb")
        seen: dict[str, object] = {}
        import_file(store, GED_SAMPLE, registry, progress=_seen_after_the_pass(store, seen))
        places.append(dict(seen["databases"])[SCRATCH] is None)
    assert places == [False, True]


def test_the_pass_is_kept_in_a_scratch_database_file_that_is_deleted_after(registry, tmp_path, file_scratch):
    """Fails on the importer before round 16: its pass was a TEMP table (uncompressed: 0.7 GB spilled per 1M rows)."""
    store = Store(tmp_path / "s.duckdb")
    seen: dict[str, object] = {}
    report = import_file(store, GED_SAMPLE, registry, progress=_seen_after_the_pass(store, seen))
    assert report.imported == report.rows_read == 514
    scratch_file = dict(seen["databases"])[SCRATCH]
    assert Path(scratch_file).parent == Path(f"{store.path}.tmp") and Path(scratch_file) in seen["files"]
    assert seen["tables"] == [(SCRATCH, "mapped_rows", False)]
    assert _scratch_files(store) == [] and _left_on_connection(store) == []
    assert not Path(f"{store.path}.tmp").exists()  # the folder the import made is gone too, not left beside it
    again = import_file(store, GED_SAMPLE, registry)  # idempotent through the scratch as before
    assert (again.imported, again.unchanged) == (0, 514)
    assert _scratch_files(store) == [] and _left_on_connection(store) == []


class _Interrupt(KeyboardInterrupt):
    """Ctrl-C at a chosen step of the import."""


class _StopAt:
    """A progress bar that raises Ctrl-C when the import reaches `step` (cli.step_<step>'s words)."""

    def __init__(self, words: str) -> None:
        self.words = words

    def __call__(self, line: str) -> None:
        """Lines the import says anyway: ignored."""

    def step(self, description: str, fraction: float) -> None:
        """Interrupt when the step's description begins with the words."""
        if description.startswith(self.words):
            raise _Interrupt(description)


@pytest.mark.parametrize("in_file", [True, False], ids=["file", "memory"])
@pytest.mark.parametrize("words", ["validating", "writing events"])
def test_an_interrupted_import_removes_its_scratch_and_leaves_the_store_unchanged(
    registry, tmp_path, words, in_file, monkeypatch
):
    """Ctrl-C after the pass (scratch written, store untouched) and during the store's transaction."""
    if in_file:
        monkeypatch.setattr(scratch, "MEMORY_SCRATCH_ROWS", 0)
    store = Store(tmp_path / "s.duckdb")
    import_file(store, REGION_REDUCED, registry)
    before = _fingerprint(store)
    with pytest.raises(_Interrupt):
        import_file(store, GED_SAMPLE, registry, progress=_StopAt(words))
    assert _fingerprint(store) == before
    assert _scratch_files(store) == [] and _left_on_connection(store) == []
    report = import_file(store, GED_SAMPLE, registry)  # the connection is fit for the next import
    assert report.imported + report.updated + report.unchanged == 514 and _scratch_files(store) == []


def test_a_failed_import_removes_its_scratch(registry, tmp_path, monkeypatch, file_scratch):
    store = Store(tmp_path / "s.duckdb")

    def broken(*_args: object) -> None:
        raise RuntimeError("broken after the pass")

    monkeypatch.setattr(ingest, "side_lookup", broken)
    with pytest.raises(RuntimeError, match="broken after the pass"):
        import_file(store, GED_SAMPLE, registry)
    assert _fingerprint(store)[0] == 0 and _scratch_files(store) == [] and _left_on_connection(store) == []


def test_an_in_memory_store_keeps_its_scratch_in_the_system_temp_folder(registry, tmp_path, monkeypatch, file_scratch):
    monkeypatch.setattr(scratch.tempfile, "gettempdir", lambda: str(tmp_path))
    seen = []
    store = Store(":memory:")
    import_file(store, GED_SAMPLE, registry, progress=lambda _line: seen.append(sorted(tmp_path.glob("import-*"))))
    assert any(files for files in seen) and sorted(tmp_path.glob("import-*")) == []


@contextmanager
def _mounted(folder: Path, options: str) -> Iterator[None]:
    """A small tmpfs on `folder` (root only): a full or read-only disk for the store's temporary folder."""
    folder.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_read_only_temporary_folder_is_one_clear_error(registry, tmp_path, file_scratch):
    store = Store(tmp_path / "s.duckdb")
    with _mounted(Path(f"{store.path}.tmp"), "ro,size=1m"):
        with pytest.raises(InputError, match=r"cannot write the import's scratch database in .*s\.duckdb\.tmp"):
            import_file(store, GED_SAMPLE, registry)
        assert _fingerprint(store) == (0, 0, 0) and _left_on_connection(store) == []


def test_a_full_disk_is_one_clear_error_and_the_store_is_unchanged(registry, tmp_path, file_scratch):
    store = Store(tmp_path / "s.duckdb")
    import_file(store, GED_SAMPLE, registry)
    before = _fingerprint(store)
    with _mounted(Path(f"{store.path}.tmp"), "size=64k"):
        with pytest.raises(InputError, match="the disk is full"):
            import_file(store, REGION_REDUCED, registry, memory_limit="1GB")
        assert _fingerprint(store) == before
        assert _scratch_files(store) == [] and _left_on_connection(store) == []
    report = import_file(store, REGION_REDUCED, registry)  # with room again, it imports
    assert (report.rows_read, report.quarantined) == (925, 0) and report.imported >= 920
