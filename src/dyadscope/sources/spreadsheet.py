"""Excel and OpenDocument workbooks (GTD's and ACLED's download formats) as the CSV the importers read.

START distributes the GTD as `globalterrorismdb_*.xlsx`, and ACLED's export tool writes .xlsx too. The first sheet is
written to a temporary CSV that keeps the workbook's file name, so every message, the import log and each event's
`source_file` name the file the user gave. Rows whose every cell is empty (a sheet's formatted but unused tail) are
left out; otherwise row N of the CSV is row N of the sheet. Cells are written as the producer typed them: a whole
number stored as a float (Excel keeps every number as one) is written without ".0", a date as ISO 8601.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.i18n import msg
from dyadscope.sources.reading import container_kind

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# How often the conversion tells its progress, in rows.
_PROGRESS_ROWS = 20_000


def is_spreadsheet(path: Path) -> bool:
    """True for a workbook the importers read through its first sheet: named .xlsx, .xlsm, .xls or .ods, and a zip
    or an Excel 97-2003 file by its first bytes (the CSV written from it keeps its name, and is text)."""
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES or not path.is_file():
        return False
    with path.open("rb") as handle:
        return container_kind(handle.read(8)) in ("zip", "xls")


def cell_text(value: object) -> str:
    """A cell as CSV text: `cell_text(2011.0) == "2011"`, `cell_text(dt.datetime(2014, 6, 10)) == "2014-06-10"`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _write_first_sheet(path: Path, target: Path, done: Callable[[float], None] | None) -> None:
    """Write the first sheet of `path` to the CSV `target`; the workbook is let go when it returns."""
    from python_calamine import CalamineError, CalamineWorkbook  # only an import of a workbook needs it

    try:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        why = str(exc) or type(exc).__name__
        raise InputError(msg("errors.spreadsheet_unreadable", path=path.name, why=why)) from exc
    rows = max(sheet.height, 1)
    with target.open("w", encoding="utf-8", newline="") as sink:
        writer = csv.writer(sink)
        for number, row in enumerate(sheet.iter_rows(), start=1):
            cells = [cell_text(value) for value in row]
            if any(cells):
                writer.writerow(cells)
            if done is not None and number % _PROGRESS_ROWS == 0:
                done(number / rows)


@contextmanager
def sheet_as_csv(path: Path, done: Callable[[float], None] | None = None) -> Iterator[Path]:
    """The first sheet of the workbook `path` as a CSV in a temp folder, under the workbook's own name.

    `done` is told the share of the sheet's rows written so far. The workbook (calamine holds a whole sheet in
    memory) is released before the CSV is imported.
    """
    if not path.is_file():
        raise InputError(msg("errors.no_such_file", path=str(path)))
    with tempfile.TemporaryDirectory(prefix="dyadscope-sheet-") as folder:
        target = Path(folder) / path.name
        _write_first_sheet(path, target, done)
        yield target
