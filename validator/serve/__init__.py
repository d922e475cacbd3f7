"""``periksa serve``: the web page and JSON API (needs the ``serve`` extra: Starlette, uvicorn, Jinja2).

A dinas drops its workbook on a page on the kabupaten's intranet and sees
its own sheet with the wrong cells marked; other systems call the same
check as ``POST /api/periksa``. See docs/serve.md.
"""

from __future__ import annotations

from validator.serve.app import Settings, create_app

__all__ = ["Settings", "create_app", "serve"]


def serve(settings: Settings, host: str, port: int) -> None:
    """Run the application with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, server_header=False, log_level="info",
                timeout_graceful_shutdown=10)
