"""Check an article: paste or upload; the text with each claim highlighted and its verdict card beside it."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dyadscope.claims import CheckReport, check_article
from dyadscope.claims.html import claim_value, figure_text, measure_text, place_text, side_names, verdict_tally
from dyadscope.claims.wording import kind_word, note_text, verdict_text
from dyadscope.errors import InputError, QueryError
from dyadscope.i18n import localized, msg, t
from dyadscope.i18n.formats import date, number, percent, word
from dyadscope.web.app import MB, check_api_post, check_csrf, lang_of, render
from dyadscope.web.query import query_from_command, typed_date
from dyadscope.web.views.common import cached, web_of

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


async def run_check(request: Request, text: str, name: str, lang: str, as_of: str | None) -> CheckReport:
    """claims.check_article on the text (written to a temporary file, as the CLI reads one), cached by content."""
    cap = web_of(request).config.max_article_mb * MB
    if not text.strip():
        raise InputError(msg("errors.empty_article"))
    if lang not in ("auto", "en", "da"):
        raise QueryError(msg("errors.lang_or_auto", option="lang", value=repr(lang[:20])))
    suffix = Path(name).suffix.lower()
    safe_name = "article" + (suffix if suffix in SUFFIXES else ".txt")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def check(ds) -> CheckReport:
        with tempfile.TemporaryDirectory(prefix="dyadscope-check-") as folder:
            path = Path(folder) / safe_name
            path.write_text(text, encoding="utf-8", errors="replace")
            return check_article(ds, path, lang=lang, as_of=as_of or None, max_bytes=cap)

    return await cached(request, ("check", digest, safe_name, lang, as_of), check)


def _card(claim, verdict, lang: str, registry) -> dict[str, object]:
    query = query_from_command(verdict.query) if verdict.query else None
    caveats = verdict_text(verdict, "caveats", lang)
    assert isinstance(caveats, list)
    actor, counterpart = side_names(claim, verdict, lang, registry)  # polish: the registry's names in `lang`
    card = {
        "id": claim.id,
        "css": verdict.verdict.replace(" ", "-"),
        "verdict": word("claims", verdict.verdict, lang),
        "reason": verdict_text(verdict, "reason", lang),
        "claim": f"“{claim.value_text}” {claim_value(claim, lang)}".strip(),
        "kind": kind_word(claim.kind, lang),
        "measure": measure_text(claim, lang),
        "actor": actor or "–",
        "actor_id": _actor_id(registry, claim.actor),
        "counterpart": counterpart or "–",
        "place": place_text(claim, lang),
        "window": f"{date(claim.start, lang)} – {date(claim.end, lang)}" if claim.start else "–",
        "data": figure_text(claim, verdict, lang),  # polish: one wording with the --html page ("no figure ...")
        "tolerance": verdict_text(verdict, "tolerance", lang) or "–",
        "sources": ", ".join(verdict.sources) or "–",
        "command": verdict.query,
        "explore": query.url("/explore", lang) if query else None,
        "notes": [
            *(dict(zip(("text", "lang"), note_text(n, lang, registry), strict=True)) for n in claim.notes),
            *({"text": n, "lang": lang} for n in caveats),
        ],
        "nearest": None,
    }
    if verdict.indicative and query:
        i = verdict.indicative
        start, _, end = str(i.get("window", "")).partition("..")
        text = f"{date(start, lang)} – {date(end, lang)}: "
        if "matching_events" in i:
            text += f"{number(i['matching_events'], lang)} / "
        text += number(i["events"], lang)
        if "share" in i:
            text += f" = {percent(i['share'], lang)} ({t('common.interval', lang)} {percent(i['ci_low'], lang)}–"
            text += f"{percent(i['ci_high'], lang)})"
        card["nearest"] = {
            "text": text,
            "url": query.url("/explore", lang, start=start, end=end),
            "note": verdict_text(verdict, "indicative_text", lang) or verdict_text(verdict, "indicative_note", lang),
        }
    return card


def _actor_id(registry, name: str | None) -> str | None:
    actor = registry.find_or_none(name) if name else None
    return actor.id if actor and actor.id in registry.actors else None


def layout(report: CheckReport, lang: str, registry) -> tuple[list[dict], list[dict]]:
    """Paragraphs as text segments (a claim's span marked) with their cards, and cards of claims not located."""
    paragraphs, loose = report.by_paragraph()
    rows = []
    for paragraph, inside in paragraphs:
        segments = [
            {"text": text, "id": mark[0].id, "css": mark[1].verdict.replace(" ", "-")} if mark else {"text": text}
            for text, mark in report.segments(paragraph, inside)
        ]
        rows.append(
            {"lang": paragraph.lang, "segments": segments, "cards": [_card(c, v, lang, registry) for c, v in inside]}
        )
    return rows, [dict(_card(c, v, lang, registry), sentence=c.sentence) for c, v in loose]


async def check_page(request: Request) -> Response:
    """GET shows the form; POST checks the pasted text or uploaded file."""
    lang = lang_of(request)
    mb = web_of(request).config.max_article_mb
    context: dict[str, object] = {"mb": mb, "report": None, "error": None, "text": "", "article_lang": "auto"}
    context["as_of"] = None
    if request.method == "GET":
        return render(request, "check.html", **context)
    form = await request.form(max_files=1, max_fields=10, max_part_size=mb * MB + 1)
    await check_csrf(request, form)
    text, name = str(form.get("text") or ""), "article.txt"
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(mb * MB + 1)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = ""
            context["error"] = t("errors.not_utf8_text", lang, path=upload.filename[:80])
        name = upload.filename
    article_lang = str(form.get("lang") or "auto")
    as_of = str(form.get("as_of") or "") or None
    context |= {"text": text if len(text) < 200_000 else "", "article_lang": article_lang, "as_of": as_of}
    status = 200
    if not context["error"]:
        try:  # polish: a date typed as 31.12.2014 (a browser without a date picker) is read; 12/31/2014 refused
            report = await run_check(request, text, name, article_lang, typed_date(as_of, "as_of"))
        except (InputError, QueryError) as exc:
            context["error"], status = localized(exc, lang), 400
        else:
            rows, loose = layout(report, lang, web_of(request).registry)
            summary = verdict_tally(report, lang)
            context |= {"report": report, "rows": rows, "loose": loose, "summary": summary}
    else:
        status = 400
    return render(request, "check.html", status=status, **context)


async def api_check(request: Request) -> Response:
    """POST /api/check {"text", "lang", "as_of"}: CheckReport.to_dict()."""
    check_api_post(request)
    try:
        body = await request.json()
    except ValueError as exc:
        raise InputError(msg("errors.json_body")) from exc
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise InputError(msg("errors.json_text"))
    report = await run_check(
        request, body["text"], "article.txt", str(body.get("lang") or "auto"), body.get("as_of") or None
    )
    return JSONResponse(report.to_dict())


routes = [Route("/check", check_page, methods=["GET", "POST"]), Route("/api/check", api_check, methods=["POST"])]
