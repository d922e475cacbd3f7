"""Write what Periksa produces (reports, baselines, annotated copies, pack pages) atomically.

CI parses the report a run leaves behind; a run interrupted half-way through writing must not
leave half a JSON file that parses as "no findings", nor destroy the previous report. Every
file is written to a temporary file in the destination folder and renamed over the
destination in one step (``os.replace``), so a reader sees the old file or the new one, never
a mixture. A destination that cannot be written is one :class:`OutputError` with a catalogue
key, found before the check runs where possible (``check_destination``).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from validator import messages


class OutputError(Exception):
    """A file that cannot be written; the text (in the language being spoken) says why."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(messages.t(key, **params))
        self.key = key
        self.params = params


def check_destination(path: Path) -> None:
    """Refuse, before any work is done, a destination whose folder is missing or not writable,
    or that is a folder itself."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError("output-is-folder", path=path)
    if not folder.is_dir():
        raise OutputError("output-parent-not-folder" if folder.exists() else "output-no-folder", path=path,
                          folder=folder)
    if not _writable(folder):
        raise OutputError("output-unwritable", path=path, detail=messages.t("output-folder-readonly", folder=folder))


def write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically: all of it or, on any failure,
    nothing new, with no temporary file left behind."""
    path = Path(path)
    check_destination(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError("output-unwritable", path=path, detail=exc.strerror or type(exc).__name__) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode(path))
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError("output-unwritable", path=path, detail=exc.strerror or type(exc).__name__) from None
        raise


def make_folder(folder: Path) -> None:
    """A folder for several outputs (annotated copies, pack pages), created if missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError("output-unwritable", path=folder, detail=exc.strerror or type(exc).__name__) from None


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _mode(path: Path) -> int:
    """The permissions the file would have had if written in place: the old file's, else the
    umask's (mkstemp makes its file private)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
