"""Write the benchmark workbooks: clean, realistic T-C.29 (17-column) tables at several sizes.

Why: the performance targets in the issue are stated for 1k/10k/100k-row tables with and
without cached formula values, and for a folder of 500 agency-sized files. The tables are
built from ``tests/tc29.py`` (the same arithmetic the rule tests trust), so Periksa should
find nothing in them and every second measured is checking time, not reporting time.

Output (git-ignored), per size N in rows:
  bench/out/tc29-N-cached.xlsx        derived columns typed as values
  bench/out/tc29-N-formulas.xlsx      derived sub kegiatan columns as formulas, no cached values
  bench/out/tc29-N-recalculated.xlsx  the formulas file recalculated by LibreOffice (formulas
                                      *and* cached values, like an Excel-saved file), if soffice exists
  bench/out/agencies/agency-NNN.xlsx  500 workbooks of ~60 rows, typed values
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests"))

import tc29  # noqa: E402 - the tests' T-C.29 builder, reused so the bench shares its arithmetic

Row = dict[str, object]

SIZES = (1_000, 10_000, 100_000)
AGENCIES = 500
AGENCY_ROWS = 60
TOP = 5  # header starts here; title rows above it, data from TOP + 4
COL = {name: 1 + i for i, name in enumerate(tc29.COLUMNS)}
SUMMABLE_UNITS = ("Dokumen", "orang", "kegiatan", "laporan", "unit", "desa")
PERCENT_UNITS = ("persen", "indeks")
K_KEYS = [f"{n}.K" for n in range(5, 16)]
RP_SUMS = ("5", "6", "7", "8", "9", "10", "11", "12", "14")


def _measure(rng: random.Random, unit: str) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float],
                                                     list[tuple[float, float]]]:
    """Targets, last year's realisation and four quarters, plausible for the unit (never zero)."""
    summable = unit not in PERCENT_UNITS
    rp5 = rng.randint(200, 5_000) * 1_000_000 + rng.randint(0, 999) * 1_000
    rp7 = rp5 // rng.randint(4, 6)
    rp6 = rp5 // rng.randint(3, 8)
    quarter_rp = [rp7 // rng.randint(5, 9) + rng.randint(0, 99_999) for _ in range(4)]
    if summable:
        k7 = rng.randint(4, 400)
        k5 = k7 * 5
        quarters_k = [rng.randint(1, max(1, k7 // 3)) for _ in range(4)]
        k6 = rng.randint(0, k7 * 2)
    else:
        k5 = k7 = 100 if unit == "persen" else round(rng.uniform(60, 95), 2)
        start = rng.uniform(10, 40)
        quarters_k = [round(start + step * rng.uniform(10, 20), 2) for step in range(4)]
        k6 = 0  # a stock indicator: 14.K is this year's value (tc29.entity), so the 6+12 formula needs 6.K = 0
    quarters = list(zip(quarters_k, quarter_rp, strict=True))
    return (k5, rp5), (k6, rp6), (k7, rp7), quarters


def _entity(rng: random.Random, kode: str, name: str) -> Row:
    unit = rng.choice(SUMMABLE_UNITS + PERCENT_UNITS)
    target5, done6, target7, quarters = _measure(rng, unit)
    return tc29.entity(kode, name, f"Jumlah/persentase {name.lower()}", unit, target5, done6, target7, quarters,
                       summable=unit not in PERCENT_UNITS)


def _extra(rng: random.Random, name: str) -> Row:
    """A second indicator of the entity above: K columns only, no budget."""
    row = _entity(rng, "0", name)
    return {"4": f"Indikator tambahan {name.lower()}", "unit": row["unit"], **{k: row[k] for k in K_KEYS}}


def _parent(rng: random.Random, kode: str, name: str, children: list[Row]) -> Row:
    """Program/kegiatan: its own (consistent) K values, Rp summed from its children."""
    own = _entity(rng, kode, name)
    return tc29.parent(kode, name, str(own["4"]), str(own["unit"]), children, {k: own[k] for k in K_KEYS})


def _program_block(rng: random.Random, index: int, numbers: Iterator[int]) -> list[Row]:
    """One program with 2-4 kegiatan of 2-6 sub kegiatan, with the summary rows agencies write."""
    p_kode = f"{1 + index // 9801}.{(index // 99) % 99 + 1:02d}.{index % 99 + 1:02d}"
    kegiatan_blocks: list[tuple[Row, list[Row]]] = []
    for k in range(rng.randint(2, 4)):
        k_kode = f"{p_kode}.2.{k + 1:02d}"
        body: list[Row] = []
        subs: list[Row] = []
        extras: list[Row] = []
        for s in range(rng.randint(2, 6)):
            sub = _entity(rng, f"{k_kode}.{s + 1:04d}", f"Sub kegiatan {index}-{k}-{s}")
            subs.append(sub)
            body.append({**sub, "1": next(numbers)})
            if rng.random() < 0.25:
                extra = _extra(rng, f"Sub kegiatan {index}-{k}-{s}")
                extras.append(extra)
                body.append(extra)
        kegiatan = _parent(rng, k_kode, f"Kegiatan {index}-{k}", subs)
        body.extend(tc29.summary("Sub Kegiatan", subs, extras))
        kegiatan_blocks.append((kegiatan, body))
    kegiatans = [kegiatan for kegiatan, _ in kegiatan_blocks]
    program = _parent(rng, p_kode, f"PROGRAM NOMOR {index}", kegiatans)
    rows: list[Row] = [{**program, "1": index + 1}]
    if rng.random() < 0.3:
        rows.append(_extra(rng, f"Program {index}"))
    for kegiatan, body in kegiatan_blocks:
        rows.append(kegiatan)
        rows.extend(body)
    rows.extend(tc29.summary("Kegiatan", kegiatans))
    return rows


def table_rows(n: int, seed: int) -> Iterator[Row]:
    """About ``n`` body rows (whole programs, so a few more), then the Jumlah Anggaran row."""
    rng = random.Random(seed)
    numbers = iter(range(1, 10**9))
    totals = dict.fromkeys(RP_SUMS, 0.0)
    written = 0
    index = 0
    while written < n:
        block = _program_block(rng, index, numbers)
        for number in RP_SUMS:
            totals[number] += float(block[0][f"{number}.Rp"])  # type: ignore[arg-type]
        written += len(block)
        index += 1
        yield from block
    yield {"3": "Jumlah Anggaran dari seluruh Program", **{f"{c}.Rp": totals[c] for c in RP_SUMS}}


def write(path: Path, rows: Iterator[Row], formulas: bool = False) -> int:
    """Stream the table into a write-only workbook (flat memory at 100k rows); returns body rows written."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Tabel 2.1")
    ws.append(["Tabel 2.1"])
    ws.append(["Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Tahun 2023"])
    ws.append([])
    ws.append([])
    for header_row in _header(ws):
        ws.append(header_row)
    current = TOP + 4
    count = 0
    for row in rows:
        ws.append(_cells(ws, row, current, formulas))
        current += 1
        count += 1
    wb.save(path)
    return count


def _header(ws: object) -> list[list[object]]:
    """Four header rows (titles, blank, K/Rp, column numbers) and their merges, as tc29 lays them out."""
    width = len(tc29.COLUMNS)
    titles: list[object] = [None] * width
    subs: list[object] = [None] * width
    numbers: list[object] = [None] * width
    names = {"1": "No", "2": "Kode", "3": "Program/Kegiatan", "4": "Indikator", "16": "Unit PD",
             "17": "Nilai Efisiensi"}
    merges = []
    for name, label in names.items():
        col = COL[name]
        titles[col - 1] = label
        numbers[col - 1] = tc29.LABELS.get(name, int(name))
        merges.append(f"{get_column_letter(col)}{TOP}:{get_column_letter(col)}{TOP + 2}")
    for number in tc29.SPLIT:
        k, rp = get_column_letter(COL[f"{number}.K"]), get_column_letter(COL[f"{number}.Rp"])
        titles[COL[f"{number}.K"] - 1] = f"Kolom {number}"
        subs[COL[f"{number}.K"] - 1], subs[COL[f"{number}.Rp"] - 1] = "K", "Rp"
        numbers[COL[f"{number}.K"] - 1] = tc29.LABELS.get(number, int(number))
        merges += [f"{k}{TOP}:{rp}{TOP + 1}", f"{k}{TOP + 3}:{rp}{TOP + 3}"]
    for merge in merges:
        ws.merged_cells.add(merge)  # type: ignore[attr-defined]
    return [titles, [], subs, numbers]


def _cells(ws: object, row: Row, current: int, formulas: bool) -> list[object]:
    """One sheet row; numeric cells carry the formats agencies use (the K format names the unit)."""
    out: list[object] = [None] * len(tc29.COLUMNS)
    sub_kegiatan = str(row.get("2", "")).count(".") == 5
    for name in tc29.COLUMNS:
        value = row.get(name)
        if value is None:
            continue
        fmt = None
        if name.endswith(".K") and isinstance(value, (int, float)) and row.get("unit"):
            fmt = f'0.## "{row["unit"]}"'
        elif name.startswith(("13.", "15.")):
            fmt = "0.00"
        elif name.endswith(".Rp"):
            fmt = "#,##0"
        if formulas and sub_kegiatan and name in tc29.FORMULA_COLUMNS:
            value = tc29._formula(name, COL, current, row)
        if fmt is None:
            out[COL[name] - 1] = value
            continue
        cell = WriteOnlyCell(ws, value)  # type: ignore[arg-type]
        cell.number_format = fmt
        out[COL[name] - 1] = cell
    return out


def recalculate(source: Path, target: Path, timeout: float) -> str:
    """Let LibreOffice compute and store the results, giving a file with formulas *and* cached values."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "skipped: soffice not found (apt-get install -y libreoffice-calc-nogui)"
    with tempfile.TemporaryDirectory() as tmp:
        command = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--calc",
                   "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", f"{tmp}/out", str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=timeout)
        except (subprocess.SubprocessError, OSError) as exc:
            return f"failed: {type(exc).__name__}"
        produced = Path(tmp) / "out" / source.name
        if not produced.exists():
            return "failed: no output"
        shutil.move(str(produced), target)
    return "ok"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated row counts")
    parser.add_argument("--quick", action="store_true", help="1,000 rows and 20 agency files only")
    parser.add_argument("--agencies", type=int, default=AGENCIES,
                        help="number of agency workbooks (0: leave the folder as it is)")
    parser.add_argument("--no-recalc", action="store_true", help="skip the LibreOffice-recalculated variant")
    parser.add_argument("--recalc-timeout", type=float, default=900, help="seconds per LibreOffice conversion")
    args = parser.parse_args(argv)
    sizes = [1_000] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    agencies = min(args.agencies, 20) if args.quick else args.agencies
    OUT.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        for variant, formulas in (("cached", False), ("formulas", True)):
            path = OUT / f"tc29-{size}-{variant}.xlsx"
            start = time.perf_counter()
            count = write(path, table_rows(size, seed=size), formulas=formulas)
            print(f"{path.relative_to(ROOT)}: {count} rows, {time.perf_counter() - start:.1f} s", flush=True)
        if not args.no_recalc:
            target = OUT / f"tc29-{size}-recalculated.xlsx"
            start = time.perf_counter()
            status = recalculate(OUT / f"tc29-{size}-formulas.xlsx", target, args.recalc_timeout)
            print(f"{target.relative_to(ROOT)}: {status}, {time.perf_counter() - start:.1f} s", flush=True)
    if not agencies:
        return 0  # --agencies 0 keeps the folder as it is
    folder = OUT / "agencies"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    start = time.perf_counter()
    for i in range(agencies):
        write(folder / f"agency-{i:03d}.xlsx", table_rows(AGENCY_ROWS, seed=10_000_000 + i))
    print(f"{folder.relative_to(ROOT)}/: {agencies} workbooks, {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
