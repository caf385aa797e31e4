"""sources.base.trimmed calls DuckDB's trim only where it can change the text; it must give trim's result on every
cell: each character of the Basic Multilingual Plane before, after and around a word, ASCII and not, and NULL."""

from __future__ import annotations

import duckdb

from dyadscope.sources.base import trimmed


def test_trimmed_is_trim_for_every_character_at_either_end() -> None:
    con = duckdb.connect()
    con.execute(
        """
        CREATE TABLE cells AS
        WITH chars AS (SELECT chr(i::INTEGER) AS c FROM range(1, 65536) t(i) WHERE i NOT BETWEEN 55296 AND 57343)
        SELECT c || 'word' AS x FROM chars UNION ALL SELECT 'word' || c FROM chars
        UNION ALL SELECT c || 'Ḥamāh' || c FROM chars UNION ALL SELECT c FROM chars
        UNION ALL SELECT * FROM (VALUES (''), (' '), ('  a  b  '), (NULL), ('Dayr az Zawr'), ('قرية'))
    """
    )
    assert con.execute("SELECT count(*) FROM cells").fetchone()[0] > 250_000
    differ = con.execute(f"SELECT count(*) FROM cells WHERE trim(x) IS DISTINCT FROM {trimmed('x')}").fetchone()[0]
    assert differ == 0
    # the cells trim changes are there to be found: each space separator at an end, and no tab or newline
    changed = con.execute("SELECT count(*) FROM cells WHERE trim(x) <> x AND x LIKE '%word'").fetchone()[0]
    assert changed == 17  # U+0020, U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F, U+3000
