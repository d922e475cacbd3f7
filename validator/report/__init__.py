"""Renderers: each turns a Report into one output form and knows nothing of rules.

Every text format has the same face, ``render(report, lang) -> str``; the
annotated workbook is per file and returns bytes (see ``annotate``).
"""

from __future__ import annotations

from collections.abc import Callable

from validator.model import Report
from validator.report import github, html, json_report, junit, markdown, sarif, terminal

Renderer = Callable[[Report, str], str]

RENDERERS: dict[str, Renderer] = {
    "terminal": terminal.render_text,
    "json": json_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "markdown": markdown.render,
    "html": html.render,
}
