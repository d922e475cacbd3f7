"""Which shipped pack files passed schema validation in an earlier run, so that this run need
not import jsonschema (about 0.1 s, a third of ``periksa check``'s start-up) to validate them
again.

An entry is the SHA-256 of Periksa's version, both JSON Schemas, the validating code
(``packfile.py``) and the file's bytes: a pack edited in place (a pack author working in the
repository's ``rules/``) has a new digest and is validated again, with its error at file:line
as always. Only the packs shipped with Periksa are
looked up. A project's packs and its periksa.yaml are validated on every run whatever the cache
holds: they arrive with the workbooks and are untrusted input. The cache is a text file in the
user's cache folder (``$XDG_CACHE_HOME``, else ``~/.cache``, then ``periksa/``); one that is
missing, unreadable or unwritable only means validating again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from validator import __version__
from validator.packs import packfile
from validator.packs.packfile import Marks, bundled_rules_dir

FILE_NAME = "validated-packs"
HEADER = "periksa validated pack files v1"
#: Digests kept: a few installed versions of Periksa side by side, not a growing file.
MAX_ENTRIES = 256
_DIGEST = re.compile(r"[0-9a-f]{64}")


def cache_file() -> Path | None:
    """``$XDG_CACHE_HOME/periksa/validated-packs``, else under ``~/.cache``; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no HOME and no passwd entry: nowhere to keep it
            return None
    return Path(base) / "periksa" / FILE_NAME


class Validated:
    """The digests of shipped files known to be valid: read once per process, and what this
    process validated added to them, newest first."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.recorded = _read(path) if path is not None else []
        self.digests = set(self.recorded)
        self.added: list[str] = []

    def digest(self, data: bytes) -> str:
        return hashlib.sha256(_validation_digest() + data).hexdigest()

    def known(self, data: bytes) -> bool:
        return self.digest(data) in self.digests

    def add(self, data: bytes) -> None:
        digest = self.digest(data)
        if digest not in self.digests:
            self.digests.add(digest)
            self.added.append(digest)

    def save(self) -> None:
        """Write the cache when this process added to it; one that cannot be written is skipped."""
        if not self.added or self.path is None:
            return
        kept = [*reversed(self.added), *(d for d in self.recorded if d not in self.added)][:MAX_ENTRIES]
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{FILE_NAME}.", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="ascii") as stream:
                stream.write("\n".join([HEADER, *kept]) + "\n")
            os.replace(temporary, self.path)
        except OSError:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return
        self.recorded, self.added = kept, []


@functools.cache
def shipped_cache() -> Validated:
    return Validated(cache_file())


@functools.cache
def _validation_digest() -> bytes:
    """What decides validity besides the file: the schemas, the code that validates, the version."""
    folder = bundled_rules_dir()
    parts = [__version__.encode(), Path(packfile.__file__).read_bytes(),
             *((folder / f"{name}.schema.json").read_bytes() for name in ("pack", "config"))]
    return hashlib.sha256(b"\0".join(parts)).digest()


def _read(path: Path) -> list[str]:
    try:
        with path.open(encoding="ascii") as stream:
            lines = stream.read((MAX_ENTRIES + 1) * 80).splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    if not lines or lines[0] != HEADER:
        return []
    return [line for line in lines[1 : MAX_ENTRIES + 1] if _DIGEST.fullmatch(line)]


def validate_shipped(path: Path, data: dict[str, Any], marks: Marks) -> None:
    """Schema validation of a file shipped with Periksa, skipped when an earlier run validated
    these very bytes (``Validated.save`` records this run's)."""
    cache = shipped_cache()
    content = path.read_bytes()
    if not cache.known(content):
        packfile.validate(path, data, marks, "pack")
        cache.add(content)
