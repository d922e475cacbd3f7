"""Dense T-C.29 workbooks of any size, written straight as XML (100,000 rows in seconds).

A provincial consolidation fills every value column on every row: program, kegiatan and sub
kegiatan rows alike carry columns 5-15 K and Rp and the efficiency (26 value cells and the
kode, name and indicator). The arithmetic is ``tc29``'s, so Periksa must find nothing; the
units are written in the number formats (``0.## "Dokumen"``), as in ``tc29.write``.
``bomb`` writes a sheet of the same unpacked size that is one row repeated: what a zip bomb
of that size looks like to the guards.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import tc29
from openpyxl.utils import get_column_letter

UNITS = ("Dokumen", "orang", "kegiatan", "persen", "indeks")
COLUMN = {name: i + 1 for i, name in enumerate(tc29.COLUMNS)}
NUMBER_FORMATS = [f'0.## "{unit}"' for unit in UNITS]
#: cellXfs: 0 General, 1.. one per unit, then 0.00 (built-in 2) and #,##0 (built-in 3)
STYLE_UNIT = {unit: 1 + i for i, unit in enumerate(UNITS)}
STYLE_PERCENT = 1 + len(UNITS)
STYLE_RUPIAH = 2 + len(UNITS)
TOP = 5

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Tabel 2.1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>'
)


def _styles() -> str:
    formats = "".join(f'<numFmt numFmtId="{164 + i}" formatCode="{escape(f, {chr(34): "&quot;"})}"/>'
                      for i, f in enumerate(NUMBER_FORMATS))
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
    xfs += [f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            for i in range(len(UNITS))]
    xfs += [f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' for n in (2, 3)]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<numFmts count="{len(NUMBER_FORMATS)}">{formats}</numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs></styleSheet>')


def _cell(row: int, col: int, value: object, style: int = 0) -> str:
    ref = f"{get_column_letter(col)}{row}"
    styled = f' s="{style}"' if style else ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"{styled}><is><t>{escape(value)}</t></is></c>'
    return f'<c r="{ref}"{styled}><v>{value!r}</v></c>'


def _header() -> tuple[list[str], list[str]]:
    """The T-C.29 header of ``tc29.write``: names, "Kolom N", K/Rp, the column-number row; and its merges."""
    rows: dict[int, list[str]] = {TOP - 4: [_cell(TOP - 4, 1, "Tabel 2.1")],
                                  TOP - 3: [_cell(TOP - 3, 1, "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja "
                                                              "Tahun 2023")]}
    names = {"1": "No", "2": "Kode", "3": "Program/Kegiatan", "4": "Indikator", "16": "Unit PD",
             "17": "Nilai Efisiensi"}
    merges = []
    for name in tc29.COLUMNS:
        col = COLUMN[name]
        number, _, side = name.partition(".")
        if not side:
            rows.setdefault(TOP, []).append(_cell(TOP, col, names[name]))
            merges.append(f"{get_column_letter(col)}{TOP}:{get_column_letter(col)}{TOP + 2}")
            rows.setdefault(TOP + 3, []).append(_cell(TOP + 3, col, tc29.LABELS.get(name, int(name))))
            continue
        rows.setdefault(TOP + 2, []).append(_cell(TOP + 2, col, side))
        if side == "K":
            k, rp = get_column_letter(col), get_column_letter(col + 1)
            rows.setdefault(TOP, []).append(_cell(TOP, col, f"Kolom {number}"))
            rows.setdefault(TOP + 3, []).append(_cell(TOP + 3, col, tc29.LABELS.get(number, int(number))))
            merges += [f"{k}{TOP}:{rp}{TOP + 1}", f"{k}{TOP + 3}:{rp}{TOP + 3}"]
    lines = [f'<row r="{r}">{"".join(sorted(cells, key=_column_of))}</row>' for r, cells in sorted(rows.items())]
    return lines, merges


def _column_of(cell: str) -> int:
    ref = cell.split('"', 2)[1]
    letters = ref.rstrip("0123456789")
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _measure(rng: random.Random, unit: str, kode: str, name: str) -> dict[str, object]:
    """One indicator with plausible numbers, computed by ``tc29.entity``."""
    summable = unit not in ("persen", "indeks")
    rp7 = rng.randint(50, 900) * 1_000_000
    quarters_rp = [rp7 // rng.randint(5, 9) for _ in range(4)]
    if summable:
        k7 = rng.randint(4, 400)
        k5, k6 = k7 * 5, rng.randint(1, k7 * 2)
        quarters_k = [rng.randint(1, max(1, k7 // 3)) for _ in range(4)]
    else:
        k5 = k7 = 100
        k6 = 0  # a stock indicator with nothing before this year: 14 = 12 by every reading
        quarters_k = [round(10 + step * rng.uniform(10, 20), 2) for step in range(4)]
    return tc29.entity(kode, name, f"Capaian {name.lower()}", unit, (k5, rp7 * 5), (k6, rp7 // 2), (k7, rp7),
                       list(zip(quarters_k, quarters_rp, strict=True)), summable=summable)


def table_rows(count: int, seed: int = 29) -> Iterator[dict[str, object]]:
    """About ``count`` rows: programs of one kegiatan of three sub kegiatan, every value filled."""
    rng = random.Random(seed)
    for block in range((count + 4) // 5):
        urusan, bidang, program = 1 + block // 9801 % 9, 1 + block // 99 % 99, 1 + block % 99
        base = f"{urusan}.{bidang:02d}.{program:02d}"
        subs = [_measure(rng, rng.choice(UNITS), f"{base}.2.01.{s:04d}", f"Sub kegiatan {block}-{s}")
                for s in (1, 2, 3)]
        kegiatan = _with_own_k(rng, f"{base}.2.01", f"Kegiatan {block}", subs)
        yield _with_own_k(rng, base, f"PROGRAM {block}", [kegiatan])
        yield kegiatan
        yield from subs


def _with_own_k(rng: random.Random, kode: str, name: str, children: list[dict[str, object]]) -> dict[str, object]:
    """A program/kegiatan: its own indicator's K columns, Rp summed from its children."""
    own = _measure(rng, rng.choice(UNITS), kode, name)
    k = {key: value for key, value in own.items() if key.endswith(".K")}
    return tc29.parent(kode, name, str(own["4"]), str(own["unit"]), children, k)


def _data_row(number: int, row: dict[str, object]) -> str:
    cells = []
    for name in tc29.COLUMNS:
        value = row.get(name)
        if value is None:
            continue
        if name.endswith(".K") and isinstance(value, (int, float)):
            style = STYLE_UNIT[str(row["unit"])]
        elif name.startswith(("13.", "15.")):
            style = STYLE_PERCENT
        elif name.endswith(".Rp"):
            style = STYLE_RUPIAH
        else:
            style = 0
        cells.append(_cell(number, COLUMN[name], value, style))
    return f'<row r="{number}">{"".join(cells)}</row>'


def _sheet(rows: Iterator[str], merges: list[str]) -> Iterator[bytes]:
    yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    for line in rows:
        yield line.encode("utf-8")
    merged = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    yield f'</sheetData><mergeCells count="{len(merges)}">{merged}</mergeCells></worksheet>'.encode()


def _write(path: Path, chunks: Iterator[bytes]) -> int:
    """The workbook around one sheet; returns the sheet's unpacked size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/styles.xml", _styles())):
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in chunks:
                sheet.write(chunk)
        return archive.getinfo("xl/worksheets/sheet1.xml").file_size


def write(path: Path, count: int, seed: int = 29) -> int:
    """A consistent dense T-C.29 of about ``count`` data rows; returns the sheet's unpacked size."""
    return write_rows(path, table_rows(count, seed))


def write_rows(path: Path, rows: Iterable[dict[str, object]]) -> int:
    """These rows (``table_rows``, perhaps edited) under the T-C.29 header; the sheet's unpacked size."""
    header, merges = _header()
    data = (_data_row(TOP + 4 + i, row) for i, row in enumerate(rows))
    return _write(path, _sheet(_chain(header, data), merges))


def bomb(path: Path, size: int) -> None:
    """A sheet of ``size`` unpacked bytes under the same header whose body is one cell over and
    over, as a zip bomb is built: it deflates some thousandfold, where real sheets deflate
    about sevenfold."""
    header, merges = _header()
    cell = _cell(TOP + 4, COLUMN["5.K"], 1)
    repeats = max(1, size // len(cell))
    body = (f'<row r="{TOP + 4}">', *(cell for _ in range(repeats)), "</row>")
    _write(path, _sheet(_chain(header, iter(body)), merges))


def _chain(first: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from rest
