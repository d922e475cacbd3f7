"""The web application: an upload page, the result page, and a JSON API.

Every upload goes the same way: refuse early what is too large (by
Content-Length, then by counting while streaming) or cannot be admitted
(server busy), save the files under server-chosen names in a fresh
temporary folder, check them in a worker process, answer, delete the
folder. Nothing about a workbook stays unless ``keep_days`` says so.
"""

from __future__ import annotations

import asyncio
import base64
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from validator import __version__, messages
from validator.check import SUFFIXES
from validator.model import Severity
from validator.packs.rulepack import load_library
from validator.serve import job as jobs
from validator.serve.pool import Busy, Crashed, Pool, Stalled
from validator.serve.uploads import Counted, Folder, TooLarge, declared_size, display_name, prune, supported
from validator.serve.view import MAX_COLS, MAX_ROWS

HERE = Path(__file__).parent
MEDIA = {
    "json": "application/json", "sarif": "application/sarif+json", "html": "text/html",
    "markdown": "text/markdown", "junit": "application/xml",
}
EXTENSION = {"json": "json", "sarif": "sarif", "html": "html", "markdown": "md", "junit": "xml"}
PAGE_FORMATS = ("json", "html", "sarif")
CLOSE = {"Connection": "close"}
XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


@dataclass(frozen=True)
class Settings:
    """How the server runs; ``periksa serve`` options map onto these."""

    workers: int = 2
    queue: int = 8
    max_upload_mb: float = 25.0
    max_files: int = 20
    time_limit: float = 60.0
    memory_limit: int = 2048
    keep_days: float = 0.0
    keep_dir: Path = Path("periksa-unggahan")
    temp_dir: Path | None = None
    #: seconds a queued upload may wait for a worker before it is told "busy"
    queue_wait: float = 60.0
    #: seconds beyond the time limits before a stuck worker is killed (the soft limit cannot reach C code)
    grace: float = 15.0

    @property
    def max_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    def deadline(self, files: int) -> float | None:
        """The hard limit for one upload: each file may use its time limit three times over
        (check, drawing, annotated copy), plus the grace."""
        return 3 * self.time_limit * files + self.grace if self.time_limit else None

    @property
    def keep(self) -> Path | None:
        return self.keep_dir if self.keep_days > 0 else None


class Refusal(Exception):
    """An upload answered without a report: status, a code for programs, a sentence for people."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


@dataclass
class State:
    settings: Settings
    pool: Pool
    scales: list[str] = field(default_factory=list)


class SecurityHeaders:
    """CSP without inline script or style, no framing, no sniffing, no referrer: on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang", messages.DEFAULT_LANG)
    return lang if lang in messages.LANGS else messages.DEFAULT_LANG


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["b64"] = lambda data: base64.b64encode(data.encode("utf-8") if isinstance(data, str) else data
                                                       ).decode("ascii")
    return env


def create_app(settings: Settings | None = None, run: Any = jobs.run) -> Starlette:
    """The ASGI application. ``run`` is what a worker does with a job (tests may swap it)."""
    settings = settings or Settings()
    state = State(settings, Pool(run, settings.workers, settings.queue, settings.memory_limit, settings.queue_wait))
    env = _templates()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.scales = sorted((await asyncio.to_thread(load_library)).scales)
        if settings.keep is not None:
            await asyncio.to_thread(prune, settings.keep, settings.keep_days)
        await state.pool.start()
        try:
            yield
        finally:
            await state.pool.close()

    def page(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        lang = _lang(request)
        other = "en" if lang == "id" else "id"
        html = env.get_template("index.html").render(
            lang=lang, other=other, t=lambda key, **p: messages.t(key, lang, **p), scales=state.scales,
            raw=lambda key: messages.CATALOGUE[key].get(lang, messages.CATALOGUE[key][messages.DEFAULT_LANG]),
            max_bytes=settings.max_bytes, max_mb=f"{settings.max_upload_mb:g}", keep_days=settings.keep_days,
            accept=",".join(SUFFIXES), severities=[s.value for s in Severity], max_rows=MAX_ROWS, max_cols=MAX_COLS,
            **context,
        )
        return HTMLResponse(html, status, headers={"Cache-Control": "no-store"})

    async def index(request: Request) -> Response:
        return page(request)

    async def check_page(request: Request) -> Response:
        lang = _lang(request)
        try:
            outcome = await _check(request, state, jobs.Job((), lang, formats=PAGE_FORMATS, pictures=True))
        except Refusal as refusal:
            response = page(request, refusal.status, problem=refusal.message)
            response.headers.update(refusal.headers)
            return response
        rules = sorted({f.rule for view in outcome.files for f in view.findings})
        return page(request, outcome=outcome, rules=rules, xlsx_media=XLSX_MEDIA, media=MEDIA, extension=EXTENSION)

    async def check_api(request: Request) -> Response:
        lang = _lang(request)
        fmt = request.query_params.get("format", "json")
        if fmt not in MEDIA:
            return _refused(Refusal(400, "unknown-format", messages.t("serve-unknown-format", lang, format=fmt,
                                                                        known=", ".join(MEDIA))))
        try:
            outcome = await _check(request, state, jobs.Job((), lang, formats=(fmt,)))
        except Refusal as refusal:
            return _refused(refusal)
        headers = {"X-Periksa-Exit-Code": str(outcome.exit_code), "Cache-Control": "no-store"}
        if fmt == "html":
            headers["Content-Disposition"] = 'attachment; filename="periksa.html"'
        return Response(outcome.reports[fmt], media_type=MEDIA[fmt], headers=headers)

    async def health(request: Request) -> Response:
        pool = state.pool
        return JSONResponse({"status": "ok", "version": __version__, "workers": pool.size, "busy": pool.busy,
                             "waiting": max(0, pool.admitted - pool.size), "queue": pool.queue})

    app = Starlette(routes=[
        Route("/", index),
        Route("/periksa", check_page, methods=["POST"]),
        Route("/api/periksa", check_api, methods=["POST"]),
        Route("/api/sehat", health),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ], lifespan=lifespan)
    app.state.periksa = state
    app.add_middleware(SecurityHeaders)
    return app


def _refused(refusal: Refusal) -> JSONResponse:
    return JSONResponse({"error": {"code": refusal.code, "message": refusal.message}}, refusal.status,
                        headers=refusal.headers)


async def _check(request: Request, state: State, template: jobs.Job) -> jobs.Outcome:
    """Admit, receive, check, clean up: the one path every upload takes."""
    settings, pool, lang = state.settings, state.pool, template.lang
    limit = f"{settings.max_upload_mb:g}"
    # "Connection: close" makes the server drop the connection instead of draining the unread body
    too_large = Refusal(413, "upload-too-large", messages.t("serve-too-large", lang, limit=limit), CLOSE)
    declared = declared_size(request.headers)
    if declared is not None and declared > settings.max_bytes:
        raise too_large
    if not pool.admit():
        raise Refusal(503, "busy", messages.t("serve-busy", lang), {"Retry-After": "10", **CLOSE})
    folder = Folder.create(settings.temp_dir)
    try:
        limited = Request(request.scope, Counted(request.receive, settings.max_bytes))
        try:
            async with limited.form(max_files=settings.max_files + 2, max_fields=20,
                                    max_part_size=64 * 1024) as form:
                job = await _save(form, folder, template, settings)
        except TooLarge:
            raise too_large from None
        except HTTPException as exc:
            raise Refusal(400, "bad-upload", messages.t("serve-bad-upload", lang, detail=exc.detail)) from None
        deadline = settings.deadline(len(job.uploads))
        try:
            outcome: jobs.Outcome = await pool.submit(job, deadline)  # type: ignore[arg-type]
        except Busy:
            raise Refusal(503, "busy", messages.t("serve-busy", lang), {"Retry-After": "10"}) from None
        except Stalled:
            raise Refusal(500, "stalled", messages.t("serve-stalled", lang, seconds=f"{deadline:g}")) from None
        except Crashed as exc:
            raise Refusal(500, "crashed", messages.t("serve-crashed", lang, detail=str(exc) or "-")) from None
        if outcome.problem:
            raise Refusal(400, "bad-config", outcome.problem)
        if settings.keep is not None and "json" in outcome.reports:
            (folder.path / "laporan.json").write_text(outcome.reports["json"], encoding="utf-8")
        return outcome
    finally:
        pool.release()
        await asyncio.to_thread(folder.finish, settings.keep)
        if settings.keep is not None:
            await asyncio.to_thread(prune, settings.keep, settings.keep_days)


async def _save(form: FormData, folder: Folder, template: jobs.Job, settings: Settings) -> jobs.Job:
    """The uploaded workbooks (and periksa.yaml) on disk under server-chosen names."""
    lang = template.lang
    files = [item for item in form.getlist("berkas") if isinstance(item, UploadFile) and item.filename]
    if not files:
        raise Refusal(400, "no-files", messages.t("serve-no-files", lang))
    if len(files) > settings.max_files:
        raise Refusal(400, "too-many-files", messages.t("serve-too-many-files", lang, limit=settings.max_files))
    refused = [display_name(item.filename, n) for n, item in enumerate(files, start=1) if not supported(item.filename)]
    if refused:
        raise Refusal(415, "unsupported", messages.t("serve-unsupported", lang, names=", ".join(refused),
                                                      known=", ".join(SUFFIXES)))
    uploads = []
    for number, item in enumerate(files, start=1):
        target = folder.target(number, item.filename)
        await asyncio.to_thread(_copy, item, target)
        uploads.append(jobs.Upload(target, display_name(item.filename, number)))
    config = form.get("konfigurasi")
    config_path = None
    if isinstance(config, UploadFile) and config.filename:
        config_path = folder.path / "periksa.yaml"
        await asyncio.to_thread(_copy, config, config_path)
    scale = form.get("skala")
    return jobs.Job(tuple(uploads), lang, settings.time_limit, settings.memory_limit,
                    scale if isinstance(scale, str) else "", config_path, template.formats, template.pictures)


def _copy(item: UploadFile, target: Path) -> None:
    item.file.seek(0)
    with target.open("wb") as handle:
        shutil.copyfileobj(item.file, handle, 1024 * 1024)
