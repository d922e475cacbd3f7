"""Hostile workbooks shared by the reader's and the web service's tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"


def zip_bomb(source: Path) -> bytes:
    """The workbook with 200 MB of whitespace in its sheet part: about 200 KB compressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != SHEET:
                new.writestr(info.filename, old.read(info))
        with new.open(SHEET, "w", force_zip64=True) as member:
            member.write(old.read(SHEET).replace(b"</worksheet>", b""))
            block = b" " * (1024 * 1024)
            for _ in range(200):
                member.write(block)
            member.write(b"</worksheet>")
    return out.getvalue()
