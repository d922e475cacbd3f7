"""One upload checked in a worker process: the Python API, then what the answer needs.

Runs in the pool's processes (see ``pool``), under the CLI's per-file time
limit and the worker's memory cap. The upload's files carry names the
server chose; the names the client sent are only ever shown, never opened.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from validator import messages
from validator.check import Options, check
from validator.limits import TimeLimit, time_limit
from validator.model import FileResult, Severity
from validator.packs.config import apply, build_library
from validator.packs.rulepack import Library, PackError, read_yaml
from validator.read.reader import ReadError, read
from validator.report import RENDERERS, annotate
from validator.report.common import summary
from validator.serve.view import FindingView, SheetView, TableView, finding_views, sheet_views, table_view

ANNOTATABLE = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Upload:
    """A saved upload: where the server put it, and the name the client gave (for display only)."""

    path: Path
    name: str


@dataclass(frozen=True)
class Job:
    uploads: tuple[Upload, ...]
    lang: str = messages.DEFAULT_LANG
    time_limit: float = 60.0
    memory_limit: int = 0
    scale: str = ""
    config: Path | None = None
    #: report formats to render for the whole upload ("json", "html", "sarif", ...)
    formats: tuple[str, ...] = ("json",)
    #: the web page's extras: sheet drawings and annotated copies
    pictures: bool = False


@dataclass
class FileView:
    name: str
    status: str
    error: str | None
    notes: list[str]
    errors: int
    warnings: int
    tables: list[TableView]
    sheets: list[SheetView]
    findings: list[FindingView]
    annotated: bytes | None = None
    annotated_name: str = ""


@dataclass
class Outcome:
    exit_code: int = 2
    summary: str = ""
    reports: dict[str, str] = field(default_factory=dict)
    files: list[FileView] = field(default_factory=list)
    #: the project settings could not be used: nothing was checked
    problem: str = ""


_DEFAULT: list[Library] = []


def _library(job: Job) -> Library:
    """The bundled packs (loaded once per worker), with the upload's periksa.yaml and scale."""
    if job.config is not None:
        settings, _ = read_yaml(job.config)
        if "rules_dirs" in settings:
            raise PackError(messages.t("serve-config-rules-dirs", job.lang))
        library = build_library([], config=job.config, discover=False)
    else:
        if not _DEFAULT:
            _DEFAULT.append(build_library([], discover=False))
        library = _DEFAULT[0]
    if job.scale:
        scaled = apply(library, {"scale": job.scale}, Path("skala"))
        library = dataclasses.replace(scaled, project={**library.project, "scale": job.scale})
    return library


def run(job: Job) -> Outcome:
    """Check the upload; render the reports and, for the page, the drawings and annotated copies."""
    try:
        library = _library(job)
    except PackError as exc:
        text = str(exc).replace(str(job.config), "periksa.yaml") if job.config else str(exc)
        return Outcome(problem=messages.t("serve-bad-config", job.lang, detail=text))
    options = Options(lang=job.lang, discover_config=False, time_limit=job.time_limit,
                      memory_limit=job.memory_limit)
    report = check([upload.path for upload in job.uploads], options, library)
    files = []
    for number, (upload, result) in enumerate(zip(job.uploads, report.files, strict=True)):
        view = _picture(upload, result, f"b{number}", job) if job.pictures else None
        _rename(result, upload)
        if view is not None:
            view.error, view.notes = result.error, result.notes
            files.append(view)
    return Outcome(exit_code=report.exit_code(), summary=summary(report, job.lang), files=files,
                   reports={fmt: RENDERERS[fmt](report, job.lang) for fmt in job.formats})


def _rename(result: FileResult, upload: Upload) -> None:
    """Reports name the file as the client did; the server's path never leaves the worker."""
    saved = str(upload.path)
    result.path = upload.name
    if result.error:
        result.error = result.error.replace(saved, upload.name)
    result.notes = [note.replace(saved, upload.name) for note in result.notes]


def _picture(upload: Upload, result: FileResult, prefix: str, job: Job) -> FileView:
    """The sheet drawings and the annotated copy, each within the per-file time limit."""
    findings = finding_views(result, job.lang)
    view = FileView(
        name=upload.name, status=result.status, error=None, notes=[],
        errors=result.count(Severity.ERROR), warnings=result.count(Severity.WARNING),
        tables=[table_view(table) for table in result.tables], sheets=[], findings=findings,
    )
    if result.status != "ok":
        return view
    try:
        with time_limit(job.time_limit):
            book = read(upload.path)
            view.sheets, view.findings = sheet_views(book.sheets, result.tables, findings, prefix, job.lang)
    except (ReadError, TimeLimit, MemoryError) as exc:
        result.notes.append(messages.t("serve-no-drawing", job.lang, detail=type(exc).__name__))
    if upload.path.suffix.lower() in ANNOTATABLE:
        try:
            with time_limit(job.time_limit):
                view.annotated = annotate.render_file(result, job.lang)
            view.annotated_name = f"{Path(upload.name).stem}-temuan{upload.path.suffix.lower()}"
        except (*annotate.CANNOT_ANNOTATE, TimeLimit, MemoryError) as exc:
            result.notes.append(messages.t("serve-no-annotated", job.lang, detail=type(exc).__name__))
    return view
