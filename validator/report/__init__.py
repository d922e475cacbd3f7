"""Renderers: each turns a Report into one output form and knows nothing of rules.

Every text format has the same face, ``render(report, lang) -> str``; the
annotated workbook is per file and returns bytes (see ``annotate``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from validator.model import Report

Renderer = Callable[[Report, str], str]

#: format -> (module in this package, its render function)
_WHERE: dict[str, tuple[str, str]] = {
    "terminal": ("terminal", "render_text"),
    "json": ("json_report", "render"),
    "sarif": ("sarif", "render"),
    "junit": ("junit", "render"),
    "github": ("github", "render"),
    "markdown": ("markdown", "render"),
    "html": ("html", "render"),
}


class _Renderers(Mapping[str, Renderer]):
    """Format name -> renderer. A renderer's module is imported when it is first asked for:
    a run writes one or two formats, and start-up should not pay for all seven."""

    def __getitem__(self, name: str) -> Renderer:
        module, function = _WHERE[name]
        renderer: Renderer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


RENDERERS: Mapping[str, Renderer] = _Renderers()
