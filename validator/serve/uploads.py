"""Receiving uploads: the size limit while streaming, safe file names, and the temporary folder.

The client's file names are shown back to it but never used on disk: a
saved file is ``berkas-N`` plus the client's suffix when it is a plain one.
The folder exists for one request; with ``--keep-days`` it is moved aside
and pruned after that many days instead of deleted.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from validator.check import SUFFIXES

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")
CHUNK = 1024 * 1024


class TooLarge(Exception):
    """The request body went past the upload limit."""


class Counted:
    """An ASGI ``receive`` that counts body bytes and stops at the limit, so an oversized
    upload is refused after ``limit`` bytes instead of being read to its end."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self.receive, self.limit, self.seen = receive, limit, 0

    async def __call__(self) -> Message:
        message = await self.receive()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > self.limit:
                raise TooLarge
        return message


def declared_size(headers: MutableMapping[str, str] | Any) -> int | None:
    try:
        return int(headers.get("content-length", ""))
    except ValueError:
        return None


def display_name(raw: str | None, number: int) -> str:
    """The client's file name as shown on the page: last path part, printable, bounded."""
    name = re.split(r"[\\/]", raw or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[:120] or f"berkas-{number}"


def safe_suffix(raw: str | None) -> str:
    suffix = Path(display_name(raw, 0)).suffix.lower()
    return suffix if _SUFFIX.match(suffix) else ""


def supported(raw: str | None) -> bool:
    return safe_suffix(raw) in SUFFIXES


@dataclass
class Folder:
    """One request's temporary folder."""

    path: Path

    @classmethod
    def create(cls, base: Path | None) -> Folder:
        return cls(Path(tempfile.mkdtemp(prefix="periksa-", dir=base)))

    def target(self, number: int, raw_name: str | None) -> Path:
        return self.path / f"berkas-{number}{safe_suffix(raw_name)}"

    def finish(self, keep: Path | None) -> None:
        """Delete the folder, or with ``--keep-days`` move it to the keep folder."""
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.move(str(self.path), keep / f"{time.strftime('%Y%m%d-%H%M%S')}-{self.path.name}")
        shutil.rmtree(self.path, ignore_errors=True)


def prune(keep: Path, days: float) -> int:
    """Delete kept uploads older than ``days``; the number removed."""
    if not keep.is_dir():
        return 0
    cutoff = time.time() - days * 86400
    removed = 0
    for folder in keep.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
