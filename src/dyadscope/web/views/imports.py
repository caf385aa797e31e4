"""Imports and quarantine: the import log, uploads with progress (behind --allow-import), quarantined rows."""

from __future__ import annotations

import logging
import re
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from dyadscope.api import Dyadscope
from dyadscope.errors import DyadscopeError, QueryError
from dyadscope.i18n import message_of, msg, t
from dyadscope.web import storeinfo
from dyadscope.web.app import MB, check_api_post, check_csrf, lang_of, render
from dyadscope.web.views.common import cached, cached_response, uncached, web_of

log = logging.getLogger("dyadscope.web")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
CHUNK = 1 << 20


@dataclass
class ImportJob:
    """One upload being imported by this server."""

    id: str
    name: str
    state: str = "running"  # running | done | failed
    messages: list[str] = field(default_factory=list)
    report: dict[str, object] | None = None
    error: str | None = None
    started: float = field(default_factory=time.time)

    def as_dict(self) -> dict[str, object]:
        """JSON form."""
        return asdict(self)


def _run(web, job: ImportJob, folder: Path, path: Path) -> None:
    try:
        with web.pool.import_lock:
            ds = Dyadscope(web.config.db, registry=web.registry)
            try:
                job.report = ds.import_file(path, progress=job.messages.append).as_dict()
                job.state = "done"
            finally:
                ds.close()
    except DyadscopeError as exc:
        job.error, job.state = message_of(exc), "failed"  # shown in the page's language
    except Exception:  # the page must say it failed, not spin forever; the log has the traceback
        log.exception("import of %s failed", job.name)
        job.error, job.state = msg("errors.import_failed"), "failed"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        web.pool.forget()


async def _save_upload(upload: UploadFile, cap: int) -> tuple[Path, Path]:
    """Copy the upload (already spooled by the parser) to a private folder, chunk by chunk, under the cap."""
    name = _SAFE_NAME.sub("-", Path(upload.filename or "upload.csv").name).strip("-.")[:120] or "upload.csv"
    folder = Path(tempfile.mkdtemp(prefix="dyadscope-upload-"))
    path = folder / name
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > cap:
                shutil.rmtree(folder, ignore_errors=True)
                raise QueryError(msg("errors.file_too_large", mb=cap // MB))
            out.write(chunk)
    return folder, path


async def _start(request: Request, form) -> ImportJob:
    web = web_of(request)
    if not web.config.allow_import:
        raise HTTPException(403, t("web.upload_off", lang_of(request)))
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise QueryError(msg("errors.choose_file"))
    folder, path = await _save_upload(upload, web.config.max_upload_mb * MB)
    job = ImportJob(secrets.token_hex(8), path.name)
    web.jobs[job.id] = job
    threading.Thread(target=_run, args=(web, job, folder, path), name=f"import-{job.id}", daemon=True).start()
    return job


async def imports_page(request: Request) -> Response:
    """GET: the import log and the upload form; POST: start an import and go to its progress page."""
    web = web_of(request)
    lang = lang_of(request)
    if request.method == "POST":
        form = await request.form(max_files=1, max_fields=5)
        await check_csrf(request, form)
        job = await _start(request, form)
        suffix = "?lang=da" if lang == "da" else ""
        return RedirectResponse(f"/imports/{job.id}{suffix}", status_code=303)
    info = {"imports": await uncached(request, storeinfo.imports)}
    jobs = sorted(web.jobs.values(), key=lambda j: -j.started)
    return render(request, "imports.html", info=info, jobs=jobs, mb=web.config.max_upload_mb)


def _job(request: Request) -> ImportJob:
    job = web_of(request).jobs.get(request.path_params["job_id"])
    if job is None:
        raise HTTPException(404)
    return job


async def job_page(request: Request) -> Response:
    """The progress of one import; the status part refreshes itself (htmx) until the import ends."""
    job = _job(request)
    template = "_job.html" if request.headers.get("hx-request") else "job.html"
    return render(request, template, job=job)


@cached_response
async def quarantine_page(request: Request) -> Response:
    """Quarantined rows with reason, field, value and line; filter by reason and import."""
    reason, import_id, page = _filters(request)
    data = await uncached(request, lambda ds: storeinfo.quarantine(ds, reason, import_id, page))
    return render(request, "quarantine.html", data=data, reason=reason, import_id=import_id)


def _filters(request: Request) -> tuple[str | None, int | None, int]:
    params = request.query_params
    reason = (params.get("reason") or "").strip() or None
    if reason and len(reason) > 100:
        raise QueryError(msg("errors.longer_than", name="reason", max=100))
    numbers = {}
    for name in ("import_id", "page"):
        raw = (params.get(name) or "").strip()
        if raw and not raw.isdigit():
            raise QueryError(msg("errors.whole_number", name=name, value=repr(raw[:20])))
        numbers[name] = int(raw) if raw and len(raw) < 10 else None
    return reason, numbers["import_id"], numbers["page"] or 1


async def api_imports(request: Request) -> Response:
    """GET /api/imports: the import log and this server's jobs; POST (multipart, X-Requested-By): start one."""
    if request.method == "POST":
        check_api_post(request)
        job = await _start(request, await request.form(max_files=1, max_fields=5))
        return JSONResponse(job.as_dict(), status_code=202)
    log_rows = await cached(request, "imports", storeinfo.imports)
    jobs = [j.as_dict() for j in web_of(request).jobs.values()]
    return JSONResponse({"imports": log_rows, "jobs": jobs, "uploads_allowed": web_of(request).config.allow_import})


async def api_job(request: Request) -> Response:
    """GET /api/imports/{job_id}: one job's state, progress and report."""
    return JSONResponse(_job(request).as_dict())


@cached_response
async def api_quarantine(request: Request) -> Response:
    """GET /api/quarantine: one page of quarantined rows."""
    reason, import_id, page = _filters(request)
    return JSONResponse(await uncached(request, lambda ds: storeinfo.quarantine(ds, reason, import_id, page)))


routes = [
    Route("/imports", imports_page, methods=["GET", "POST"]),
    Route("/imports/{job_id}", job_page),
    Route("/quarantine", quarantine_page),
    Route("/api/imports", api_imports, methods=["GET", "POST"]),
    Route("/api/imports/{job_id}", api_job),
    Route("/api/quarantine", api_quarantine),
]
