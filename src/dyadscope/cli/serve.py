"""`dyadscope serve`: the local web app (Explore, Avoidance, Check, Imports) over one store."""

from __future__ import annotations

from pathlib import Path

import click

from dyadscope.cli.app import Settings
from dyadscope.errors import InputError
from dyadscope.i18n import msg, t
from dyadscope.store.db import default_db_path


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (other machines: 0.0.0.0).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-import", is_flag=True, help="Open the store writable and accept uploads on the Imports page.")
@click.option("--max-upload-mb", type=click.IntRange(1, 10_000), default=200, show_default=True, help="Upload cap.")
@click.pass_obj
def serve_command(settings: Settings, host: str, port: int, allow_import: bool, max_upload_mb: int) -> None:
    """Serve the web app on http://HOST:PORT (read-only store unless --allow-import; works offline).

    Example: dyadscope serve --port 8000   (after `dyadscope demo` has built ./dyadscope.duckdb)
    """
    try:
        import uvicorn

        from dyadscope.web.app import WebConfig, create_app
        from dyadscope.web.startup import check_store
    except ImportError as exc:
        raise InputError(msg("errors.web_extra", module=exc.name)) from exc
    db = Path(settings.db) if settings.db else default_db_path()
    check_store(db, allow_import)
    config = WebConfig(
        db=str(db),
        allow_import=allow_import,
        actors_file=settings.actors_file,
        max_upload_mb=max_upload_mb,
        db_shown=settings.db,
    )
    mode = t("cli.imports_allowed" if allow_import else "cli.read_only", settings.lang)
    click.echo(t("cli.serving", settings.lang, db=db, host=host, port=port, mode=mode))
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning", access_log=False)
