"""Build sample workbooks for more table families from the real seed rows.

Families (seed files under /work/shared/seeds/), one workbook each:

* renja-2022-tc33-dinsos-balangan: T-C.33 program plan with pagu (seed 001 lines 985-1199)
* renja-2022-tc31-dinsos-balangan: T-C.31 review of the draft RKPD (seed 001 lines 552-648, Urusan Sosial)
* renja-2022-tc29-13kolom-dinsos-balangan: "Tabel TC.29" 13-column evaluation (seed 001 lines 144-389)
* lkjip-2024-dinsos-baritoutara: LKjIP capaian IKU, efisiensi, realisasi anggaran, perjanjian kinerja (seed 003)
* renja-2022-tabel-3.1-4.1-dharmasraya: TABEL 3.1 and 4.1 (seed 004; consistent, a negative example)

Each workbook is written twice: as submitted (real errors kept) and as a
``-perbaikan`` corrected copy; a ``.known-errors.yaml`` lists the violations
that the independent checker below finds when it reads the as-submitted file
back.  Usage: ``python3 workbooks/make_samples_families.py [stem ...]`` (openpyxl only; no stem = all).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplekit import num_out, rnd, save_fixed, sum_consequences, write_known_errors, yq

OUT = Path(__file__).resolve().parent
SEED001 = "/work/shared/seeds/001_72a6fa3e7792c2a6.txt"
SEED003 = "/work/shared/seeds/003_5e1ffe83f80c3643.txt"
SEED004 = "/work/shared/seeds/004_c5e96ab8f7b0dc29.txt"
N = None
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
RP_FMT = '"Rp "#,##0.00'

# ---------------------------------------------------------------------------
# Number forms (section 7 of DOMAIN.md)
# ---------------------------------------------------------------------------

RP_RE = re.compile(r"^(Rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(,-)?$")
EMPTY_RP = {"-", "Rp -", "Rp", "Rp. -", "Rp.", "Rp -,-"}


def parse_rp(v: Any) -> Decimal | None:
    """Rupiah value of a cell (numeric or Indonesian text); None if malformed."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    s = str(v).strip()
    if s in EMPTY_RP:
        return Decimal(0)
    m = RP_RE.match(s)
    if not m:
        return None
    whole = m.group(2).replace(".", "")
    frac = (m.group(3) or ",0")[1:]
    return Decimal(f"{whole}.{frac}")


DEC_RE = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*(%|[A-Za-z][\w .()/-]*)?$")


def parse_dec(v: Any) -> Decimal | None:
    """Number in a K / percentage cell: '76,48', '22.05 %', '2 Dokumen'."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    s = str(v).strip()
    m = DEC_RE.match(s)
    if not m:
        return None
    return Decimal(m.group(1).replace(",", "."))


def places(v: Any, fmt: str = "") -> int:
    """Decimal places a stated percentage is written with."""
    if isinstance(v, str):
        m = re.search(r"[.,](\d+)", v)
        return len(m.group(1)) if m else 0
    m = re.search(r"0\.(0+)", fmt)
    return len(m.group(1)) if m else 0






def k_cell(s: str) -> tuple[Any, str | None]:
    """Seed text of a K (target) cell -> (value, number format)."""
    s = s.strip()
    if not s:
        return None, None
    m = re.match(r"^(\d+(?:,\d+)?)%$", s)
    if m:
        txt = m.group(1)
        val = Decimal(txt.replace(",", ".")) / 100
        return float(val), "0.00%" if "," in txt else "0%"
    if re.match(r"^\d{1,3}(\.\d{3})+$", s):
        return int(s.replace(".", "")), "#,##0"
    if re.match(r"^\d+,\d+$", s):
        return float(s.replace(",", ".")), "0.00"
    if re.match(r"^\d+$", s):
        return int(s), "0"
    m = re.match(r"^(\d+) ([A-Za-z][A-Za-z ]*)$", s)
    if m:
        return int(m.group(1)), f'0 "{m.group(2)}"'
    return s, None


def rp_cell(s: str) -> tuple[Any, str | None]:
    """Seed text of a rupiah cell -> (value, number format)."""
    s = s.strip()
    if not s:
        return None, None
    if s in EMPTY_RP:
        return s, None
    val = parse_rp(s)
    if val is None:
        return s, None
    v: Any = num_out(val)
    if s.startswith("Rp"):
        return v, RP_FMT
    return v, "#,##0.00" if "," in s else "#,##0"


# ---------------------------------------------------------------------------
# Workbook writing
# ---------------------------------------------------------------------------


@dataclass
class Cell:
    """One data cell to write."""

    value: Any
    fmt: str | None = None


@dataclass
class Sheet:
    """A sheet ready to write: titles, header cells, data rows."""

    name: str
    titles: list[str]
    last_col: str
    header: list[tuple[str, Any]]  # (range "A7:F8" or "A7", value)
    data: list[dict[str, Cell]]
    first_row: int
    bold_rows: set[int] = field(default_factory=set)
    merges: list[str] = field(default_factory=list)
    widths: dict[str, float] = field(default_factory=dict)
    header_rows: tuple[int, int] = (0, 0)


def col_range(a: str, b: str) -> list[str]:
    """Column letters a..b."""
    from openpyxl.utils import column_index_from_string, get_column_letter
    return [get_column_letter(i) for i in range(column_index_from_string(a), column_index_from_string(b) + 1)]


def write_sheet(ws: Worksheet, sh: Sheet) -> None:
    """Write titles, header and data of one sheet."""
    for r, text in enumerate(sh.titles, 1):
        if not text:
            continue
        ws.cell(r, 1, text).font = Font(bold=True, size=12 if r == 1 else 11)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(f"A{r}:{sh.last_col}{r}")
    cols = col_range("A", sh.last_col)
    for rng, text in sh.header:
        first = rng.split(":")[0]
        ws[first] = text
        if ":" in rng:
            ws.merge_cells(rng)
    h0, h1 = sh.header_rows
    for r in range(h0, h1 + 1):
        for c in cols:
            cell = ws[f"{c}{r}"]
            cell.font = Font(bold=True, size=9)
            cell.alignment = CENTER
            cell.border = BOX
    for i, row in enumerate(sh.data):
        r = sh.first_row + i
        for c in cols:
            cell = ws[f"{c}{r}"]
            cell.border = BOX
            cell.alignment = WRAP
            cell.font = Font(bold=i in sh.bold_rows, size=9)
        for c, cl in row.items():
            cell = ws[f"{c}{r}"]
            cell.value = cl.value
            if cl.fmt:
                cell.number_format = cl.fmt
    for rng in sh.merges:
        ws.merge_cells(rng)
    for c in cols:
        ws.column_dimensions[c].width = sh.widths.get(c, 14)
    ws.freeze_panes = f"A{sh.first_row}"
    if h0:
        ws.print_title_rows = f"{h0}:{h1}"
    ws.page_setup.orientation = "landscape"


def save(sheets: list[Sheet], path: Path, creator: str) -> None:
    """Write the sheets to one workbook, deterministically."""
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        write_sheet(wb.create_sheet(sh.name), sh)
    save_fixed(wb, path, creator)


# ---------------------------------------------------------------------------
# Known-errors YAML
# ---------------------------------------------------------------------------




def write_yaml(path: Path, workbook: str, seed: str, sheets: list[str], notes: list[str],
               errs: list[dict[str, Any]], other: list[dict[str, Any]]) -> None:
    """known-errors.yaml in the schema of renja-2023-tabel-2.1.known-errors.yaml (+ sheet per error)."""
    header = [
        f"# Rule violations in {workbook}, found by the independent checker in",
        "# make_samples_families.py (reads the written .xlsx back).",
        f"workbook: {yq(workbook)}",
        f"sheets: {yq(sheets)}",
        f"seed: {seed}",
    ]
    write_known_errors(path, header, notes, errs, other)


def err(sheet: str, cell: str, kind: str, stated: Any, expected: Any, line: int, **extra: Any) -> dict[str, Any]:
    """One error record."""
    d: dict[str, Any] = {"sheet": sheet, "cell": cell, "kind": kind, "stated": stated,
                         "expected": expected, "seed_line": line}
    d.update(extra)
    return d


def stated_value(v: Any) -> Any:
    """Cell value as it goes into YAML 'stated'."""
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v


def hier_sums(rows: list[tuple[int, str]]) -> list[tuple[int, list[int]]]:
    """(parent row, child rows) for P (children K, else S) and K (children S).

    rows: (excel row, level) with level in P/K/S/C/T/U.  C rows are skipped.
    """
    out: list[tuple[int, list[int]]] = []
    for i, (r, lev) in enumerate(rows):
        if lev not in ("P", "K"):
            continue
        kids_k: list[int] = []
        kids_s: list[int] = []
        for r2, lev2 in rows[i + 1:]:
            if lev2 in ("P", "T", "U") or (lev == "K" and lev2 == "K"):
                break
            if lev2 == "K":
                kids_k.append(r2)
            elif lev2 == "S":
                kids_s.append(r2)
        kids = kids_s if lev == "K" else (kids_k or kids_s)
        if kids:
            out.append((r, kids))
    return out


def check_sums(ws: Worksheet, sheet: str, meta: dict[int, tuple[int, str]], cols: list[str],
               total_prefix: str = "TOTAL") -> list[dict[str, Any]]:
    """Parent = sum of children and TOTAL rows = sum of programs, for rupiah columns."""
    errs: list[dict[str, Any]] = []
    rows = sorted((r, lev) for r, (_, lev) in meta.items())
    pairs = hier_sums(rows)
    # TOTAL rows: programs since the previous TOTAL / section start; grand total = sum of TOTALs
    section: list[int] = []
    totals: list[int] = []
    for r, lev in rows:
        if lev == "P":
            section.append(r)
        elif lev == "T":
            if section:
                pairs.append((r, section))
                totals.append(r)
                section = []
            elif totals:
                pairs.append((r, totals))
    for c in cols:
        for parent, kids in pairs:
            pv = ws[f"{c}{parent}"].value
            if pv is None:
                continue
            p = parse_rp(pv)
            line = meta[parent][0]
            if p is None:
                errs.append(err(sheet, f"{c}{parent}", "malformed number", pv, None, line))
                continue
            total = Decimal(0)
            bad = False
            for k in kids:
                kv = parse_rp(ws[f"{c}{k}"].value)
                if kv is None and ws[f"{c}{k}"].value is not None:
                    bad = True
                total += kv or 0
            if bad:
                continue
            if abs(total - p) > 1:
                lev = meta[parent][1]
                kind = ("total != sum of programs" if lev == "T" else "parent Rp != sum of children")
                errs.append(err(sheet, f"{c}{parent}", kind, stated_value(pv if isinstance(pv, (int, float))
                                                                          else str(pv)),
                                num_out(total), line, children=[f"{c}{k}" for k in kids]))
    return sum_consequences(errs, parse_rp)
# ===========================================================================
# 1. T-C.33 Rumusan Rencana Program ... 2022 dan Prakiraan Maju 2023 (seed 001)
# ===========================================================================
# Row tuples (seed text as printed):
#   (line, level, kode "1|06|01|2|01|01", name, indicator, satuan, lokasi,
#    target(5), pagu(6), sumber dana(7), catatan(8), target(9), pagu(10))
#   level P program, K kegiatan, S sub kegiatan, C continuation indicator row
#   (line, "U", text)                       urusan section row
#   (line, "T", label, pagu(6), pagu(10))   TOTAL rows
ROWS33: list[tuple[Any, ...]] = [
    (994, 'U', 'Urusan Bidang Sosial'),
    (
        995, 'P', '1|06|01|||', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
        'Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)', '', 'Balangan', '76,48', 'Rp 10.154.864.976,00', '',
        '', '76,49', 'Rp 10.584.698.224,80',
    ),
    (996, 'C', '', '', 'Persentase Pencatatan Aset Dalam Kondisi Baik', '%', '', '100%', '', '', '', '100%', ''),
    (
        997, 'K', '1|06|01|2|1|', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        'Persentase dokumen perencanaan, penganggaran, dan evaluasi perangkat daerah yang baik', '%', 'Balangan',
        '100%', 'Rp 87.026.000,00', '', '', '100%', 'Rp 91.377.300,00',
    ),
    (
        998, 'S', '1|06|01|2|01|01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
        'Jumlah Dokumen Renstra dan Renja Perangkat Daerah', 'Dokumen', 'Balangan', '2 Dokumen', 'Rp 55.766.000,00',
        '', '', '2 Dokumen', 'Rp 58.554.300,00',
    ),
    (
        999, 'S', '1|06|01|2|01|06',
        'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Jumlah laporan Capaian Kinerja dan Iktiar Realisasi Kinerja', 'Dokumen', '', '2 Dokumen',
        'Rp 31.260.000,00', '', '', '2 Dokumen', 'Rp 32.823.000,00',
    ),
    (
        1000, 'K', '1|06|01|2|02|', 'Administrasi Keuangan Perangkat Daerah',
        'Cakupan Pelaksanaan Administrasi Keuangan Perangkat Daerah sesuai ketentuan yang berlaku', '%', 'Balangan',
        '100%', 'Rp 8.178.437.376,00', '', '', '100%', 'Rp 8.587.359.244,80',
    ),
    (
        1001, 'S', '1|06|01|2|02|01', 'Penyediaan Gaji dan Tunjangan ASN',
        'Persentasi ASN yang terbayarkan gaji dan tunjangan sesuai ketentuan perundang-undangan', '%', '', '100%',
        'Rp 8.102.437.376,00', '', '', '100%', 'Rp 8.507.559.244,80',
    ),
    (
        1002, 'S', '1|06|01|2|02|05', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        'Persentasi Laporan Keuangan Akhir Tahun sesuai ketentuan perundang-undangan', '%', '', '100%',
        'Rp 50.000.000,00', '', '', '100%', 'Rp 52.500.000,00',
    ),
    (
        1003, 'S', '1|06|01|2|02|07',
        'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD',
        'Jumlah laporan keuangan bulanan SKPD', 'Dokumen', '', '12 Dokumen', 'Rp 26.000.000,00', '', '',
        '12 Dokumen', 'Rp 27.300.000,00',
    ),
    (
        1004, 'K', '1|06|01|2|05|', 'Administrasi Kepegawaian Perangkat Daerah',
        'Cakupan Pelaksanaan Administrasi Kepegawaian Perangkat Daerah', '%', 'Balangan', '100%',
        'Rp 194.200.000,00', '', '', '100%', 'Rp 126.000.000,00',
    ),
    (
        1005, 'S', '1|06|01|2|05|02', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
        'Jumlah Pakaian Dinas Beserta Perlengkapannya yang diadakan', 'Stell', '', '110', 'Rp 96.200.000,00', '', '',
        '110', 'Rp 23.100.000,00',
    ),
    (1006, 'C', '', '', 'Jumlah kain sasirangan yang diadakan', 'lembar', '', '110', '', '', '', '110', ''),
    (
        1007, 'S', '1|06|01|2|05|11', 'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan',
        'Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', 'orang', '', '20',
        'Rp 98.000.000,00', '', '', '20', 'Rp 102.900.000,00',
    ),
    (
        1012, 'K', '1|06|01|2|06|', 'Administrasi Umum Perangkat Daerah',
        'Cakupan pelaksanaan administrasi umum Perangkat Daerah', '%', 'Balangan', '100%', 'Rp 434.611.400,00', '',
        '', '100%', 'Rp 456.341.970,00',
    ),
    (
        1013, 'S', '1|06|01|2|06|01', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
        'Persentasi ketersediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor sesuai kebutuhan', '%', '',
        '100%', 'Rp 15.727.800,00', '', '', '100%', 'Rp 16.514.190,00',
    ),
    (
        1014, 'S', '1|06|01|2|06|02', 'Penyediaan Peralatan dan Perlengkapan Kantor',
        'Persentasi ketersediaan Peralatan dan Perlengkapan Kantor sesuai kebutuhan', '%', '', '100%',
        'Rp 46.550.000,00', '', '', '100%', 'Rp 48.877.500,00',
    ),
    (
        1015, 'S', '1|06|01|2|06|05', 'Penyediaan Barang Cetak dan Penggandaan',
        'Jumlah Barang Cetak dan Penggandaan yang disediakan', 'buah', '', '100', 'Rp 34.817.300,00', '', '', '100',
        'Rp 36.558.165,00',
    ),
    (
        1016, 'S', '1|06|01|2|06|06', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
        'Jumlah Bahan Bacaan dan Peraturan Perundang-undangan yang disediakan', 'eksamplar', '', '480',
        'Rp 9.600.000,00', '', '', '480', 'Rp 10.080.000,00',
    ),
    (
        1017, 'S', '1|06|01|2|06|09', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
        'Persentasi terselenggaranya Rapat Koordinasi dan Konsultasi SKPD', '%', '', '100%', 'Rp 327.916.300,00', '',
        '', '100%', 'Rp 344.312.115,00',
    ),
    (
        1018, 'K', '1|06|01|2|07|', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
        'Jumlah pengadaan sarana dan prasarana yang diadakan', '%', 'Balangan', '100%', 'Rp -', '', '', '100%',
        'Rp -',
    ),
    (
        1019, 'S', '1|06|01|2|07|02', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan',
        'Jumlah Kendaraan Dinas/Operasional yang dibeli', 'Buah', '', '0', 'Rp -', '', '', '0', 'Rp -',
    ),
    (
        1020, 'S', '1|06|01|2|07|05', 'Pengadaan Mebel', 'Jumlah Mebeleur yang diadakan', 'Buah', '', '0', 'Rp -',
        '', '', '0', 'Rp -',
    ),
    (
        1021, 'K', '1|06|01|2|08|', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
        'Waktu Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Bulan', 'Balangan', '12', 'Rp 887.522.500,00',
        '', '', '12', 'Rp 931.898.625,00',
    ),
    (
        1022, 'S', '1|06|01|2|08|01', 'Penyediaan Jasa Surat Menyurat',
        'Persentase Surat Masuk dan Surat Keluar yang dikelola', '%', '', '100%', 'Rp 900.000,00', '', '', '100%',
        'Rp 945.000,00',
    ),
    (
        1023, 'S', '1|06|01|2|08|02', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
        'Persentasi terbayarnya tagihan Jasa Komunikasi, Sumber Daya Air dan Listrik', '%', '', '100%',
        'Rp 350.400.000,00', '', '', '100%', 'Rp 367.920.000,00',
    ),
    (
        1024, 'S', '1|06|01|2|08|04', 'Penyediaan Jasa Pelayanan Umum Kantor',
        'Waktu Penyediaan Jasa Pelayanan Umum Kantor', 'Bulan', '', '12 bulan', 'Rp 536.222.500,00', '', '',
        '12 bulan', 'Rp 563.033.625,00',
    ),
    (
        1025, 'K', '1|06|1|2|09|', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
        'Waktu Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Bulan', 'Balangan', '12',
        'Rp 373.067.700,00', '', '', '12', 'Rp 391.721.085,00',
    ),
    (
        1026, 'S', '1|06|01|2|09|01',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan '
         'Dinas Jabatan'),
        'Persentase Kendaraan Dinas Jabatan Layak Fungsi', '%', '', '100%', 'Rp 186.533.850,00', '', '', '100%',
        'Rp 195.860.542,50',
    ),
    (
        1027, 'S', '1|06|01|2|09|02',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional '
         'atau Lapangan'),
        'Persentase Kendaraan Dinas Operasional Layak Fungsi', '%', '', '100%', 'Rp 186.533.850,00', '', '', '100%',
        'Rp 195.860.542,50',
    ),
    (
        1032, 'P', '1|06|02|||', 'PROGRAM PEMBERDAYAAN SOSIAL',
        'Persentase PSKS yang berkualifikasi terampil dalam membantu penyelenggaraan kesejahteraan sosial', '%',
        'Balangan', '78%', 'Rp 483.725.000,00', '', '', '81%', 'Rp 507.911.250,00',
    ),
    (
        1033, 'K', '1|06|02|2||', 'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)',
        'Jumlah warga KAT yang mendapatkan Pelayanan', 'KK', 'Balangan', '110 KK', 'Rp 101.590.000,00', '', '',
        '120 KK', 'Rp 106.669.500,00',
    ),
    (
        1034, 'S', '1|06|02|2|01|01', 'Fasilitasi Pemberdayaan Sosial KAT',
        'Jumlah lokasi KAT yang di petakan untuk mendapatkan bantuan perumahan KAT dari Kementerian Sosial',
        'Lokasi', 'Balangan', '1 lokasi', 'Rp 92.000.000,00', '', '', '1 Lokasi', 'Rp 96.600.000,00',
    ),
    (
        1035, 'S', '1|06|02|2|01|02', 'Peningkatan Kapasitas dan Pendampingan KAT',
        'Jumlah warga KAT yang mendapatkan pembinaan', 'KK', 'Balangan', '70', 'Rp 9.590.000,00', '', '', '80',
        'Rp 10.069.500,00',
    ),
    (
        1036, 'K', '1|06|02|2||', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota',
        'Jumlah Rekomendasi yang diberikan', 'Buah', 'Balangan', '2 Buah', 'Rp 5.485.000,00', '', '', '2 Buah',
        'Rp 5.759.250,00',
    ),
    (
        1037, 'S', '1|06|02|2|02|01',
        'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
        'Jumlah rapat tentang usulan Pengumpulan Uang dan Barang (PUB) yang direkomendasikan', 'Kali', 'Balangan',
        '2 kali', 'Rp 5.485.000,00', '', '', '2 kali', 'Rp 5.759.250,00',
    ),
    (
        1038, 'K', '1|06|02|2||', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
        'Jumlah keluarga fakir miskin yang mendapatkan bantuan dan organisasi sosial yang mendapatkan bantuan', '',
        'Balangan', '6.054', 'Rp 376.650.000,00', '', '', '7056', 'Rp 395.482.500,00',
    ),
    (
        1039, 'S', '1|06|02|2|03|01',
        'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
        'Jumlah Pekerja Sosial Masyarakat (PSM) yang terampil', 'Orang', 'Balangan', '40', 'Rp 52.300.000,00', '',
        '', '40', 'Rp 54.915.000,00',
    ),
    (
        1040, 'S', '1|06|02|2|03|02',
        'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota',
        'Jumlah Tenaga Kesejahteraan Sosial Kecamatan (TKSK) yang terampil', 'TKSK', 'Balangan', '8 TKSK',
        'Rp 79.850.000,00', '', '', '8 TKSK', 'Rp 83.842.500,00',
    ),
    (
        1041, 'S', '1|06|02|2|03|03',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota',
        'Jumlah Keluarga fakir miskin yang diberi Bantuan Pangan Non Tunai (BPNT) yang tervalidasi', 'KK',
        'Balangan', '9336', 'Rp 230.850.000,00', '', '', '9336', 'Rp 242.392.500,00',
    ),
    (
        1042, 'C', '', '',
        'Jumlah Keluarga fakir miskin yang diberi bantuan Program Keluarga Harapan (PKH) yang tervalidasi', 'KK',
        'Balangan', '3757', '', '', '', '3757', '',
    ),
    (
        1043, 'S', '1|06|02|2|03|04',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota',
        'Jumlah LKS yang mendapatkan pendampingan dan pembinaan', 'LKS (Lembaga kesejahteraan Sosial)', 'Balangan',
        '8', 'Rp 13.650.000,00', '', '', '10', 'Rp 14.332.500,00',
    ),
    (
        1048, 'P', '1|06|04|2||', 'PROGRAM REHABILITASI SOSIAL',
        ('<i>Persentase cakupan PPKS (lansia, Disabilitas, Anak Terlantar, Korban Nafza dan Wanita Rawan Sosial '
         'Ekonomi) yang mendapatkan pelayanan sosial</i>'),
        '%', 'Balangan', '100,00%', 'Rp 900.915.500,00', '', '', '100,00%', 'Rp 945.961.275,00',
    ),
    (
        1049, 'K', '1|06|04|2|01|',
        ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, '
         'serta Gelandangan Pengemis di Luar Panti Sosial'),
        ('Jumlah Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan '
         'Pengemis di Luar Panti Sosial'),
        'Orang', 'Balangan', '800', 'Rp 900.915.500,00', '', '', '800', 'Rp 945.961.275,00',
    ),
    (
        1050, 'S', '1|06|04|2|01|01', 'Penyediaan Permakanan',
        'Jumlah lanjut usia yang terpenuhi kebutuhan dasarnya', 'Orang', 'Balangan', '600 Orang', '203.425.000,00',
        '', '', '600 Orang', 'Rp 213.596.250,00',
    ),
    (
        1051, 'S', '1|06|04|2|01|02', 'Penyediaan Sandang',
        'Jumlah Penyandang Disabilitas dan Lansia yang mendapatkan bantuan sandang', 'Orang', 'Balangan', '0', '-',
        '', '', '0', 'Rp -',
    ),
    (
        1052, 'S', '1|06|04|2|01|03', 'Penyediaan Alat Bantu',
        'Jumlah Penyandang Disabilitas dan Lansia yang mendapatkan bantuan alat Bantu', 'Orang', 'Balangan', '185',
        'Rp 163.660.600,00', '', '', '185', 'Rp 171.843.630,00',
    ),
    (
        1053, 'S', '1|06|04|2|01|05', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
        ('Jumlah PPKS (Lansia, Penyandang disabilitas, korban NAFZA, pengemis dan tuna sosial) yang dibimbing '
         'di panti rehabilitasi'),
        'Orang', 'Balangan', '27', 'Rp 33.380.000,00', '', '', '27', 'Rp 35.049.000,00',
    ),
    (
        1054, 'S', '1|06|04|2|01|04', 'Pemberian Pelayanan Reunifikasi Keluarga',
        'Jumlah anak terlantar yang dilayani', 'Orang', 'Balangan', '10', 'Rp 402.000.000,00', '', '', '10',
        'Rp 422.100.000,00',
    ),
    (
        1055, 'S', '1|06|04|2|01|06',
        ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut '
         'Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
        'Jumlah Anak terlantar yang terpenuhi kebutuhan dasarnya', 'Orang', 'Balangan', '20', 'Rp 98.449.900,00', '',
        '', '20', 'Rp 103.372.395,00',
    ),
    (
        1056, 'C', '', '',
        ('Jumlah wanita rawan sosial yang mendapatkan fasilitasi pendidikan dan pelatihan serta bantuan alat '
         'keterampilan'),
        'Orang', 'Balangan', '8', '', '', '', '8', '',
    ),
    (
        1057, 'S', '1|06|04|2|01|09', 'Pemberian Layanan Data dan Pengaduan',
        'Jumlah Layanan data dan pengaduan yang dimiliki', 'Orang', 'Balangan', '0', 'Rp -', '', '', '0', 'Rp -',
    ),
    (
        1058, 'K', '1|06|04|2||',
        ('Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan '
         'NAPZA di Luar Panti Sosial'),
        'Jumlah anak terlantar yang dilayani', 'Orang', 'Balangan', '60 orang', 'Rp -', '', '', '60 orang', 'Rp -',
    ),
    (
        1059, 'S', '1|06|04|2|02|05', 'Penyediaan Alat Bantu',
        'Jumlah peralatan dan bahan tes urine yang disediakan', 'Orang', 'Balangan', '0', '-', '', '', '0', 'Rp -',
    ),
    (
        1060, 'S', '1|06|04|2|02|12', 'Pemberian Pelayanan Reunifikasi Keluarga',
        'jumlah orang terlantar yang dilayani', 'Orang', 'Balangan', '0', '-', '', '', '0', 'Rp -',
    ),
    (
        1065, 'P', '1|06|05|2||', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL',
        'Persentase Fakir Miskin yang mendapatkan bantuan sosial', '%', 'Balangan', '67%', 'Rp 4.412.192.603,00', '',
        '', '69%', 'Rp 4.632.802.233,15',
    ),
    (
        1066, 'K', '1|06|05|2||', '<i>Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota</i>',
        'Jumlah data fakir miskin yang dilakukan pemutakhiran terpadu penanggulangan kemiskinan', 'KK', 'Balangan',
        '12.065', 'Rp 4.412.192.603,00', '', '', '12071', 'Rp 4.632.802.233,15',
    ),
    (
        1067, 'S', '1|06|05|2|02|02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
        'Jumlah keluarga miskin yang masuk dalam BDT yang diValidasi', 'KK', 'Balangan', '12.000',
        'Rp 168.140.000,00', '', '', '12.000', 'Rp 176.547.000,00',
    ),
    (
        1068, 'S', '1|06|05|2|02|03', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga',
        'Persentase jiwa yang mendapatkan fasilitasi Bantuan Sosial bersyarat', '%', 'Balangan', '100%',
        'Rp 4.090.043.003,00', '', '', '100%', 'Rp 4.294.545.153,15',
    ),
    (
        1069, 'S', '1|06|05|2|02|04', 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat',
        'Jumlah Kelompok yang mendapatkan bantuan KUBE', 'Kelompok', 'Balangan', '2', 'Rp 154.009.600,00', '', '',
        '4', 'Rp 161.710.080,00',
    ),
    (1070, 'C', '', '', 'Jumlah Rumah layak huni setelah mendapat bantuan', '', 'Balangan', '2', '', '', '', '4', ''),
    (
        1071, 'P', '1|06|06|2||', 'PROGRAM PENANGANAN BENCANA',
        '<i>Persentase Korban Bencana yang menerima bantuan sosial selama masa tanggap darurat</i>', '%', 'Balangan',
        '100%', 'Rp 270.361.000,00', '', '', '100%', 'Rp 283.879.050,00',
    ),
    (
        1072, 'K', '1|06|06|2||', '<i>Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota</i>',
        'Jumlah Korban bencana yang mendapatkan bantuan', 'KK', 'Balangan', '500', 'Rp 170.361.000,00', '', '',
        '500', 'Rp 178.879.050,00',
    ),
    (
        1073, 'S', '1|06|06|2|01|01', 'Penyediaan Makanan',
        'Jumlah korban bencana yang mendapatkan pemenuhan kebutuhan dasar', 'KK', 'Balangan', '500',
        'Rp 170.361.000,00', '', '', '500', 'Rp 178.879.050,00',
    ),
    (
        1078, 'K', '1|06|06|2||',
        'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
        'Jumlah Anggota Tagana yang Aktif', 'Orang', 'Balangan', '73', 'Rp 100.000.000,00', '', '', '73',
        'Rp 105.000.000,00',
    ),
    (
        1079, 'S', '1|06|06|2|02|01', 'Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana',
        'Jumlah kampung siaga yang dibentuk', 'Buah', 'Balangan', '0', 'Rp -', '', '', '0', 'Rp -',
    ),
    (
        1080, 'S', '1|06|06|2|02|02', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana',
        'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan.', 'Orang', 'Balangan',
        '72 Orang', 'Rp 100.000.000,00', '', '', '72 Orang', 'Rp 105.000.000,00',
    ),
    (
        1081, 'P', '1|06|07|2||', 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN', 'Persentase makam yang terawat', '%',
        'Balangan', '100%', 'Rp 35.000.000,00', '', '', '100%', 'Rp 36.750.000,00',
    ),
    (
        1082, 'K', '1|06|07|2|01|', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
        'Jumlah makam pahlawan yang dirawat', 'Buah', 'Balangan', '1 Buah', 'Rp 35.000.000,00', '', '', '1 Buah',
        'Rp 36.750.000,00',
    ),
    (
        1083, 'S', '1|06|07|2|01|01',
        'Rehabilitasi Sarana dan Prasarana Taman Makam Pahlawan Nasional Kabupaten/Kota',
        'Jumlah sarana dan prasarana makam pahlawan yang direhabilitasi', 'Buah', 'Balangan', '', 'Rp -', '', '', '',
        '',
    ),
    (
        1084, 'S', '1|06|07|2|01|02', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
        'Jumlah makam pahlawan yang dipelihara', 'Buah', 'Balangan', '1 buah', 'Rp 35.000.000,00', '', '', '1 buah',
        'Rp 36.750.000,00',
    ),
    (1085, 'T', 'TOTAL', '16.181.059.079', '16.992.002.033'),
    (1090, 'U', 'Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak'),
    (
        1091, 'P', '2|8|02|||', 'Program Pengarusutamaan Gender dan Pemberdayaan Perempuan',
        'Persentase ARG di SKPD/Lembaga/Instansi di Kabupaten', '%', 'Balangan', '21,00', '1.004.335.000',
        'DPA DPPPA', '', '21,05', '1.005.000.000',
    ),
    (1092, 'C', '', '', 'IDG (Indeks Pemberdayaan Gender)', '', '', '72', '', '', '', '73,02', ''),
    (1093, 'C', '', '', 'IPG (Indeks Pembangunan gender)', '', '', '92,74', '', '', '', '92,77', ''),
    (
        1094, 'K', '2|08|02|2|01|',
        'Pelebagaan Pengarusutamaan Gender (PUG) pada lembaga pemerintah Kewenangan Kabupaten / Kota',
        'Jumlah lembaga pemerintah tingkat daerah kabupaten/kota yang telah dilatih PUG', 'Lembaga Pemerintah',
        'Balangan', '30', '87.470.000', '', '', '30', '87.291.750',
    ),
    (
        1095, 'S', '2|08|02|2|01|02', 'Koordinasi dan sinkronisasi pelaksanaan PUG kewenangan kabupaten/kota',
        'Jumlah peserta rapat Koordinasi dan sinkronisasi pelaksanaan PUG kewenangan kabupaten/kota', 'Orang',
        'Balangan', '200', '13.240.000', '', '', '40', '13.902.000',
    ),
    (
        1096, 'S', '2|08|02|2|01|03', 'Advokasi kebijakan dan pendampingan pelaksanaan PUG termasuk PPRG',
        'Jumlah Perencana/ PPTK/ Petugas yang terampil dalam penyusunan ARG termasuk PPRG', 'Orang', 'Balangan',
        '50', '74.230.000', '', '', '200', '73.389.750',
    ),
    (
        1097, 'K', '2|08|02|2|02|',
        ('Pemberdayaan perempuan bidang politik, hukum, sosial dan ekonomi pada organisasi kemasyarakatan '
         'kewenangan kabupaten/kota'),
        'Jumlah lembaga layanan pemberdayaan perempuan yang mendapatkan bantuan keuangan oleh pemerintah kabupaten',
        'Organisasi', 'Balangan', '1', '916.865.000', '', '', '3', '917.708.250',
    ),
    (
        1098, 'S', '2|08|02|2|02|01',
        'Sosialisasi peningkatan partisipasi perempuan di bidang politik, hukum sosial dan ekonomi',
        'Jumlah peserta sosialisasi pemberdayaan perempuan bidang politik, hukum, sosial dan ekonomi', 'Orang',
        'Balangan', '150', '16.865.000', '', '', '150', '17.708.250',
    ),
    (
        1099, 'S', '2|08|02|2|02|02',
        ('Advokasi kebijakan dan pendampingan peningkatan partisipasi perempuan dan politik, hukum, sosial dan '
         'ekonomi'),
        ('Jumlah organisasi kemasyarakatan yang bergerak dlm bidang perempuan tingkat kabupaten/kota yang '
         'mendapatkan pelatihan'),
        'Organisasi', 'Balangan', '3', '900.000.000', '', '', '3', '900.000.000',
    ),
    (
        1100, 'C', '', '',
        ('Jumlah Penyaluran Bantuan Spesifik Peningkatan Partisipasi Perempuan yang paham tentang keteladanan '
         'serta peran perempuan'),
        'Paket', '', '220', '', '', '', '220', '',
    ),
    (
        1101, 'C', '', '',
        ('Jumlah penyaluran Bhakti Sosial Peningkatan Partisipasi Perempuan yang paham tentang keteladanan '
         'serta peran perempuan'),
        'Paket', '', '10', '', '', '', '11', '',
    ),
    (
        1106, 'P', '2|08|03|||', 'PROGRAM PERLINDUNGAN PEREMPUAN',
        ('Persentase perempuan korban kekerasan termasuk Tindak Pidana Perdagangan Orang yang mendapatkan '
         'layanan komprehensif'),
        '%', 'Balangan', '100', '65.103.000', '', '', '100', '68.358.150',
    ),
    (
        1107, 'K', '2|08|03|2|01|', 'Pencegahan kekerasan terhadap perempuan lingkup daerah kabupaten/kota',
        'Jumlah desa yang menjadi sasaran sosialisasi pencegahan kekerasan terhadap perempuan', 'desa', 'Balangan',
        '4', '41.560.000', '', '', '4', '43.638.000',
    ),
    (
        1108, 'S', '2|08|03|2|01|01',
        'Advokasi kebijakan dan pendampingan layanan perlindungan perempuan kewenangan kabupaten/kota',
        'Jumlah peserta yang mengikuti sosialisasi , advokasi kebijakan pencegahan kekerasan terhadap perempuan',
        'orang', 'Balangan', '264', '41.560.000', '', '', '264', '43.638.000',
    ),
    (
        1109, 'K', '2|08|03|2|02|',
        ('Penyedia Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasanyang mmeerlukan Koordinasi '
         'kewenangan Kabupaten/kota'),
        'Jumlah lembaga penyedia layanan perlindungan hak perempuan yg telah terstandardisasi', 'lembaga',
        'Balangan', '2', '23.543.000', '', '', '2', '24.720.150',
    ),
    (
        1110, 'S', '2|08|03|2|02|01',
        'Penyedia Layanan Pengaduan Masyarakat bagi perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
        'Persentase perempuan Korban Kekerasan yang terlayani', '%', 'Balangan', '100', '23.543.000', '', '', '100',
        '24.720.150',
    ),
    (
        1111, 'P', '2|08|04|||', 'Program Peningkatan Kualitas Keluarga',
        'Persentase perempuan berumur 20-24 tahun yang pernah kawin yang umur perkawinan pertamanya dibawah 18 tahun',
        '%', 'Balangan', '17,26', '173.937.300', '', '', '16,56%', '176.335.000',
    ),
    (
        1112, 'K', '2|08|04|2|01|',
        ('Peningkatan kualitas keluarga dalam mewujudkan kesetaraan gender (KG) dan hak anak tingkat daerah '
         'Kabupaten/Kota'),
        'Indeks Ketahanan Keluarga (Rata-rata)', '%', 'Balangan', '61', '109.087.300', '', '', '62', '105.000.000',
    ),
    (
        1113, 'S', '2|08|04|2|01|03',
        'Pengembangan kegiatan masyarakat untuk peningkatan kualitas keluarga kewenangan Kabupaten / Kota',
        'Jumlah pembinaan desa', 'Kali', 'Balangan', '10', '109.087.300', '', '', '10', '105.000.000',
    ),
    (
        1114, 'C', '', '', 'Jumlah perempuan yang mengikuti pelatihan keterampilan', 'Orang', '', '15', '', '', '',
        '15', '',
    ),
    (
        1115, 'K', '2|08|04|2|03|',
        ('Penyedia Layanan Bagi Keluarga dalam Mewujudkan KG dan Hak Anak yang wilayah kerjanya dalam Daerah '
         'Kabupaten/Kota'),
        'Indeks Kepuasan Masyarakat Terhadap Pelayanan PUSPAGA', '%', 'Balangan', '77', '64.850.000', '', '', '79',
        '71.335.000',
    ),
    (
        1116, 'S', '2|08|04|2|03|01',
        ('Pelaksanaan Penyediaan Layanan Komprehensif bagi keluarga dalam mewujudkan KG dan perlindungan anak '
         'yang wilayah kerjanya dalam daerah Kabupaten/Kota'),
        '1. Jumlah peserta yang mengikuti penyuluhan', 'Orang', 'Balangan', '360', '64.850.000', '', '', '450',
        '71.335.000',
    ),
    (1117, 'C', '', '', '2. Jumlah klien pada PUSPAGA', 'Orang', '', '200', '', '', '', '200', ''),
    (
        1122, 'P', '2|08|05|||', 'Pengelolaan Sistem Data Gender dan Anak',
        'Persentase lembaga yang berkontribusi pada penyusunan sistem data gender dan anak', '%', 'Balangan', '100',
        '94.445.000', '', '', '100', '99.167.250',
    ),
    (
        1123, 'K', '2|08|05|2|01|',
        ('Pengumpulan ,Pengolahan Analisis dan Penyajian Data Gender dan Anak dalam Kelembagaan Data diTingkat '
         'Daerah Kabupaten/Kota'),
        'Jumlah dokumen data yang disusun dan divalidasi', 'dokumen', 'Balangan', '1', '94.445.000', '', '', '1',
        '99.167.250',
    ),
    (
        1124, 'S', '2|08|05|2|01|01', 'Penyediaan Data Gender dan Anak di Kewenangan Kabupaten/Kota',
        'Jumlah Data Gender dan Anak yang disajikan', 'Tabel', 'Balangan', '122', '62.915.000', '', '', '122',
        '66.060.750',
    ),
    (
        1125, 'C', '', '', 'Jumlah Dokumen Data Gender dan Anak yang Lengkap dapat tersaji dengan baik', 'Dokumen',
        '', '1', '', '', '', '1', '',
    ),
    (
        1126, 'S', '2|08|05|2|01|02',
        'Penyajian dan Pemanfaatan Data Gender dan Anak dalam Kelembagaan Data di Kewenangan Kabupaten/Kota',
        ('Jumlah Dokumen Data Kekerasan Perempuan dan Anak yang diverifikasi, Jumlah Dokumen Data Pelaporan '
         'e-Kekerasan Simfoni PPA yang telah tersaji di Website'),
        'Dokumen', 'Balangan', '12', '31.530.000', '', '', '12', '33.106.500',
    ),
    (
        1127, 'P', '2|08|06|||', 'Pemenuhan Hak Anak', 'IPA (Indeks Perlindungan Anak', '', 'Balangan', '68',
        '207.540.000', '', '', '68,25', '217.587.000',
    ),
    (
        1128, 'K', '2|08|06|2|01|',
        ('Kegiatan : Pelembagaan PHA pada lembaga pemerintah, non pemerintah dan dunia usaha kewenangan '
         'kabupaten/kota'),
        'Persentase Desa Layak Anak', '% desa', 'Balangan', '4 5', '95.820.000', '', '', '4 6', '100.281.000',
    ),
    (
        1129, 'S', '',
        ('Sub Kegiatan : Advokasi kebijakan dan pendampingan pemenuhan hak anak pada lembaga pemerintah, non '
         'pemerintah, media dan dunia usaha kewenangan kabupaten/kota'),
        '1. jumlah peserta yang mengikuti kegiatan sosialisasi pemenuhan hak anak di desa', 'orang', '', '225',
        '73.215.000', '', '', '', '',
    ),
    (
        1130, 'C', '', '', '2. jumlah anggota GT KLA yang mengetahui tentang pemenuhan hak anak', 'orang', '', '54',
        '', '', '', '54', '',
    ),
    (
        1131, 'S', '2|08|06|2|01|02',
        'Sub Kegiatan : Koordinasi dan sinkronisasi pelembagaan pemenuhan hak anak kewenangan kabupaten/kota',
        '1. jumlah sekolah yang ramah anak', 'buah', 'Balangan', '21', '22.605.000', '', '', '21', '23.735.250',
    ),
    (1132, 'C', '', '', '2. jumlah ponpes yang memenuhi kriteria ramah anak', 'buah', '', '3', '', '', '', '2', ''),
    (1133, 'C', '', '', '3. jumlah mesjid yang memenuhi kriteria ramah anak', 'buah', '', '5', '', '', '', '5', ''),
    (
        1134, 'C', '', '', '4. jumlah peserta yang mengikuti sosialisasi pola asuh dalam pengasuhan anak', 'orang',
        '', '100', '', '', '', '100', '',
    ),
    (
        1139, 'K', '2|08|06|2|02|',
        ('Kegiatan : Penguatan dan Pengembangan lembaga penyedia layanan peningkatan kualitas hidup anak '
         'kewenangan kabupaten/kota'),
        'Persentase lembaga penyedia layanan peningkatan kualitas hidup anak', '%', 'Balangan', '100', '111.720.000',
        '', '', '100', '117.306.000',
    ),
    (
        1140, 'S', '2|08|06|2|02|01',
        'Sub Kegiatan : Penyediaan layanan peningkatan kualitas hidup anak kewenangan kabupaten/kota',
        'Jumlah Kader Posyandu, Lembaga dan Masyarakat yang terlatih pemenuhan hak anak', 'orang', 'Balangan', '314',
        '19.395.000', '', '', '314', '20.364.750',
    ),
    (
        1141, 'S', '2|08|06|2|02|02',
        'Sub Kegiatan :Koordinasi dan sinkronisasi pelaksanaan pendampingan kualitas hidup anak',
        'Jumlah Forum Anak Desa yang terbentuk', 'Kelompok', 'Balangan', '5', '53.280.000', '', '', '6',
        '55.944.000',
    ),
    (
        1142, 'S', '2|08|06|2|02|03',
        'Sub Kegiatan : Pengembangan komunikasi, informasi, dan edukasi pemenuhan hak anak',
        'Jumlah Kecamatan yang dilakukan pendataan profil anak', 'Kecamatan', 'Balangan', '2', '24.360.000', '', '',
        '1', '25.578.000',
    ),
    (
        1143, 'S', '2|08|06|2|02|04',
        'Sub Kegiatan : Penguatan jejaring antar lembaga penyedia layanan peningkatan kualitas hidup',
        'Jumlah tenaga kesehatan yang terlatih dan berkompeten dalam pelayanan Puskesmas Ramah Anak', 'orang',
        'Balangan', '35', '14.685.000', '', '', '35', '15.419.250',
    ),
    (1144, 'C', '', '', 'Jumlah Ruang Laktasi', 'buah', 'Balangan', '3', '', '', '', '3', ''),
    (
        1145, 'C', '', '', 'Jumlah Puskesmas yang terstandar ramah anak', 'buah', 'Balangan', '12', '', '', '', '12',
        '',
    ),
    (
        1146, 'P', '2|08|07|||', 'PROGRAM PENINGKATAN PERLINDUNGAN KHUSUS ANAK',
        'Cakupan Penanganan kasus kekerasan terhadap anak yang mendapatkan penanganan secara komprehensif', '%',
        'Balangan', '100', '102.614.000', '', '', '100', '105.014.700',
    ),
    (
        1147, 'K', '2|08|07|2|01|',
        'Pencegahan kekerasan terhadap Anak yang melibatkan para pihak lingkup daerah Kabupaten/kota',
        'Jumlah sekolah yang menjadi sasaran sosialisasi pencegahan kekerasan terhadap anak', 'buah', 'Balangan',
        '15', '16.820.000', '', '', '12', '14.931.000',
    ),
    (
        1148, 'S', '2|08|07|2|01|01',
        ('Advokasi kebijakan dan pendampingan Pelaksanaan Kebijakan, Program dan kegiatan pencegahan Kekerasan '
         'terhadap Anak kewenangan kabupaten/kota'),
        ('Jumlah peserta yang mengikuti sosialisasi Advokasi kebijakan kegiatan Pencegahan Kekerasan Terhadap '
         'Anak yang melibatkan para pihak'),
        'orang', 'Balangan', '150', '16.820.000', '', '', '120', '10.000.000',
    ),
    (
        1149, 'S', '2|08|07|2|01|02',
        'Koordinasi dan sinkronisasi Pencegahan Kekerasan terhadap Anak kabupaten / kota',
        ('Jumlah dokumen hasil koordinasi dan sinkronisasi pencegahan kekerasan terhadap anak termasuk '
         'pengawasan perlindungan anak dari KPAI, rakor dalam pembuatan Mou dengan instansi vertikal'),
        'Dokumen', 'Balangan', '0', '-', '', '', '4', '4.931.000',
    ),
    (
        1154, 'K', '2|08|07|2|02|',
        ('Penyedia Layanan Bagi Anak yang memerlukan Perlindungan Khusus yang memerlukan Koordinasi tingkat '
         'daerah Kabupaten/kota'),
        'Indeks kepuasan masyarakat terhadap layanan pengaduan bagi anak', 'indeks', 'Balangan', '78', '44.773.900',
        '', '', '80', '47.012.700',
    ),
    (
        1155, 'S', '2|08|07|2|02|01',
        ('Penyedia Layanan Pengaduan Masyarakat bagi Anak yang memerlukan Perlindungan Khusus tingkat daerah '
         'Kabupaten/Kota'),
        'Persentase korban anak yang terlayani', '%', 'Balangan', '100', '44.773.900', '', '', '100', '47.012.700',
    ),
    (
        1156, 'K', '2|08|07|2|03|',
        ('Penguatan dan Pengembangan Lembaga Penyedia Layanan bagi Anak yang memerlukan perlindungan Khusus '
         'Tingkat Kabupaten/Kota'),
        'Jumlah lembaga layanan anak yang telah memiliki standar pelayanan minimal', 'lembaga', 'Balangan', '4',
        '41.019.900', '', '', '4', '43.071.000',
    ),
    (
        1157, 'S', '2|08|07|2|03|02',
        ('Koordinasi dan Sinkronisasi Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Anak yang '
         'memerlukan Perlindungan Khusus tingkat daerah Kabupaten/Kota'),
        'Jumlah peserta sosialisasi dan pembentukan kader PATBM', 'orang', 'Balangan', '120', '41.019.900', '', '',
        '120', '43.071.000',
    ),
    (
        1158, 'C', '', '', 'Jumlah peserta pelatihan kader dan fasilitator PATBM desa', 'orang', '', '60', '', '',
        '', '60', '',
    ),
    (1159, 'T', 'TOTAL', '1.647.974.100', '1.671.462.100'),
    (1164, 'U', 'Urusan Bidang Pemberdayaan Masyarakat dan Desa'),
    (
        1166, 'P', '2|13|03|||', 'Program Peningkatan Kerjasama Desa',
        'Jumlah kerjasama yang disepakati di pedesaan', '', 'Balangan', '100%', '112.280.300', 'DPA DPMD',
        'Balangan', 'Jumlah kerjasama yang disepakati di pedesaan', '330.000.000',
    ),
    (
        1167, 'K', '2|13|03|2,01||', 'Fasilitasi Kerjasama Antar Desa', 'Terfasilitasinya Kerjasama Antar Desa', '',
        'Balangan', '1', '112.280.300', 'DPA DPMD', 'Balangan', 'Terfasilitasinya Kerjasama Antar Desa',
        '330.000.000',
    ),
    (
        1168, 'S', '2|13|03|2,01|03|', 'Fasilitasi Pembangunan Kawasan Perdesaan',
        'Jumlah pembangunan kawasan perdesaan yang difasilitasi', '', 'Balangan', '1', '112.280.300', 'DPA DPMD',
        'Balangan', 'Jumlah pembangunan kawasan perdesaan yang difasilitasi', '110.000.000',
    ),
    (
        1169, 'P', '2|13|04|||', 'Program Administrasi Pemerintahan Desa',
        'Persentase Desa yang menyampaikan LPPD tepat waktu', '%', 'Balangan', '80%', '2.327.316.000', 'DPA DPMD',
        'Balangan', 'Persentase Desa yang menyampaikan LPPD tepat waktu', '6.197.910.000',
    ),
    (
        1170, 'K', '2|13|04|2,01|01|', 'Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa',
        'Jumlah aparatur desa yang memiliki kompetensi dalam tata kelola pemdes', 'Orang', 'Balangan', '154',
        '2.327.316.000', 'DPA DPMD', 'Balangan',
        'Jumlah aparatur desa yang memiliki kompetensi dalam tata kelola pemdes', '6.197.910.000',
    ),
    (
        1171, 'S', '2|13|04|2,01|01|01', 'Fasilitasi Penyelenggaraan Administrasi Pemerintahan Desa',
        'Persentase Aparatur Desa yang terfasilitasi jaminan kesehatannya', '%', 'Balangan', '92%', '1.552.320.000',
        'DPA DPMD', 'Balangan', 'Persentase Aparatur Desa yang terfasilitasi jaminan kesehatannya', '1.552.320.000',
    ),
    (
        1172, 'S', '2|13|04|2,01|01|02', 'Fasilitasi Penyusunan Produk Hukum',
        'Jumlah desa yang difasilitasi penyusunan produk hukumnya', 'Desa', 'Balangan', '154', '27.705.000',
        'DPA DPMD', 'Balangan', 'Jumlah desa yang difasilitasi penyusunan produk hukumnya', '40.000.000',
    ),
    (
        1173, 'S', '2|13|04|2,01|01|03', 'Fasilitasi Penyusunan Perencanaan Pembangunan Desa',
        'Jumlah RKPDes yang ditetapkan tepat waktu', 'Desa', 'Balangan', '154', '157.505.000', 'DPA DPMD',
        'Balangan', 'Jumlah RKPDes yang ditetapkan tepat waktu', '200.000.000',
    ),
    (
        1174, 'S', '2|13|04|2,01|01|04', 'Fasilitasi Pengelolaan Keuangan Desa',
        'Persentase Desa yang Menetapkan Pertanggungjawaban APBDes Tepat Waktu', '%', 'Balangan', '75%',
        '414.860.000', 'DPA DPMD', 'Balangan',
        'Persentase Desa yang Menetapkan Pertanggungjawaban APBDes Tepat Waktu', '550.000.000',
    ),
    (
        1179, 'S', '2|13|04|2,01|01|05', 'Pembinaan Peningkatan Kapasitas Aparatur Pemerintah Desa',
        'Jumlah desa yang telah dibina Aparatur Pemerintah desanya', 'Desa', 'Balangan', '154', '43.550.000',
        'DPA DPMD', 'Balangan', 'Jumlah desa yang telah dibina Aparatur Pemerintah desanya', '59.590.000',
    ),
    (
        1180, 'S', '2|13|04|2,01|01|13', 'Fasilitasi Pengelolaan Aset Desa',
        'Persentase Penyampaian Laporan Inventaris Aset Desa Tepat Waktu', '%', 'Balangan', '70%', '54.770.000',
        'DPA DPMD', 'Balangan', 'Persentase Penyampaian Laporan Inventaris Aset Desa Tepat Waktu', '200.000.000',
    ),
    (
        1181, 'S', '2|13|04|2,01|01|18', 'Fasilitasi Evaluasi Perkembangan Desa Serta Lomba Desa dan Kelurahan',
        'Jumlah Desa Peserta Lomba Desa dengan Klasifikasi berkembang dan cepat berkembang', '', 'Balangan', '9',
        '76.606.000', 'DPA DPMD', 'Balangan',
        'Jumlah Desa Peserta Lomba Desa dengan Klasifikasi berkembang dan cepat berkembang', '120.000.000',
    ),
    (
        1182, 'P', '2|13|05|||',
        'Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat',
        ('Persentase Lembaga Kemasyarakatan Desa(LKD) yang Mendapatkan Biaya Operasional dan Persentase BUMDes '
         'yang Berkembang'),
        '', 'Balangan', '50%', '5.260.403.700', 'DPA DPMD', 'Balangan',
        ('Persentase Lembaga Kemasyarakatan Desa(LKD) yang Mendapatkan Biaya Operasional dan Persentase BUMDes '
         'yang Berkembang'),
        '5.601.640.000',
    ),
    (
        1183, 'K', '2|13|05|2,01|01|',
        'Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Masyarakat Hukum Adat',
        'Jumlah kelembagaan desa yang ditata sesuai standar', 'Desa', 'Balangan', '10', '5.260.403.700', 'DPA DPMD',
        'Balangan', 'Jumlah kelembagaan desa yang ditata sesuai standar', '5.601.640.000',
    ),
    (
        1184, 'C', '',
        ('Peningkatan Kapasitas Masyarakat Desa/Kelurahan (RT, RW, PKK, Posyandu, LPM, dan Karang Taruna, '
         'Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat'),
        'Jumlah KPM (Kader Pembangunan Manusia) yang terampil', 'orang', 'Balangan', '80', '', '', 'Balangan',
        'Jumlah KPM (Kader Pembangunan Manusia) yang terampil', '',
    ),
    (
        1185, 'S', '2|13|05|2,01|01|03', '', 'Jumlah Kader Posyandu yang terampil', 'orang', 'Balangan', '80',
        '299.000.000', 'DPA DPMD', 'Balangan', 'Jumlah Kader Posyandu yang terampil', '91.440.000',
    ),
    (1186, 'C', '', '', 'Jumlah LPM dibina', 'lembaga', 'Balangan', '8', '', '', 'Balangan', 'Jumlah LPM dibina', ''),
    (
        1187, 'C', '', '', 'Jumlah Kader PKK Tk. Desa yang dibina', 'orang', 'Balangan', '164', '', '', 'Balangan',
        'Jumlah Kader PKK Tk. Desa yang dibina', '',
    ),
    (
        1192, 'S', '2|13|05|2,01|01|05',
        ('Fasilitasi Pengembangan Usaha Ekonomi Masyarakat dan Pemerintah Desa dalam Meningkatkan Pendapatan '
         'Asli Desa'),
        'Jumlah Badan Usaha Milik Desa (Bumdes) yang aktif dan memiliki PAD', 'Bumdes', 'Balangan', '56',
        '4.253.380.000', 'DPA DPMD', 'Balangan', '70', '3.870.500.000',
    ),
    (
        1193, 'S', '2|13|05|2,01|01|06', 'Fasilitasi Pemerintah Desa dalam Pemanfaatan Teknologi Tepat Guna',
        'Jumlah Posyantek di desa', 'Desa', 'Balangan', '40', '127.000.000', 'DPA DPMD', 'Balangan', '45',
        '139.700.000',
    ),
    (1194, 'C', '', '', 'Jumlah KP-Spams di desa', '', 'Balangan', '140', '', 'DPA DPMD', 'Balangan', '140', ''),
    (
        1195, 'C', '', '', 'Jumlah Inovasi dan Teknologi Pedesaan yang berprestasi', 'Produk', 'Balangan', '3', '',
        'DPA DPMD', 'Balangan', '3', '',
    ),
    (
        1196, 'S', '2|13|05|2,01|01|07', 'Fasilitasi Bulan Bhakti Gotong Royong Masyarakat',
        'Jumlah desa yang melaksanakan Bulan Bakti Gotong Royong Masyarakat', '', 'Balangan', '', '-', 'DPA DPMD',
        'Balangan', '154 Desa', '100.000.000',
    ),
    (
        1197, 'S', '2|13|05|2,01|01|09',
        ('Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan Kesejahteraan '
         'Keluarga'),
        'Jumlah TP PKK Desa, Kelurahan dan Kecamatan yang dibina', '', 'Balangan', '165', '1.528.223.700',
        'DPA DPMD', 'Balangan', '165 TP PKK Desa, kelurahan dan Kecamatan', '1.400.000.000',
    ),
    (1198, 'T', 'TOTAL', '8.647.200.000', '12.129.550.000'),
    (1199, 'T', 'TOTAL KESELURUHAN', '26.476.233.179', '30.793.014.133'),
]

TC33_SHEET = "T-C.33"
TC33_TEXT: dict[tuple[int, str], str] = {  # cells pasted as text, exactly as printed
    (998, "K"): "2 Dokumen",
    (1033, "K"): "110 KK",
    (1013, "L"): "Rp 15.727.800,00",
    (1095, "L"): "13.240.000",
    (1065, "P"): "Rp 4.632.802.233,15",
}
# Corrections for the -perbaikan copy: (seed line, tuple index) -> new text.
TC33_FIX: dict[tuple[int, int], str] = {
    (1085, 3): "16.257.059.079",      # TOTAL Urusan Sosial = sum of programs
    (1146, 8): "102.613.800",         # program 2.08.07 = 16.820.000+44.773.900+41.019.900
    (1129, 12): "76.545.750",         # missing prakiraan maju of the sub kegiatan (= kegiatan - sibling)
    (1182, 8): "6.207.603.700",       # program 2.13.05 / kegiatan = sum of sub kegiatan
    (1183, 8): "6.207.603.700",
    (1168, 12): "330.000.000",        # only sub kegiatan of 2.13.03.2,01 (kegiatan says 330.000.000)
    (1169, 12): "2.721.910.000",      # program/kegiatan 2.13.04 col 10 = sum of sub kegiatan
    (1170, 12): "2.721.910.000",
    (1198, 4): "8.653.550.000",       # TOTAL PMD col 10 follows the fix above
    (1199, 3): "26.552.233.179",      # TOTAL KESELURUHAN = sum of corrected TOTALs
    (1199, 4): "27.317.014.133",
    (1128, 7): "4",                   # '4 5' / '4 6': two targets glued in one cell; the first is kept
    (1128, 11): "4",
}
TC33_COLS = "GHIJKLMNOP"  # name, ind, sat, lok, 5, 6, 7, 8, 9, 10


def tc33_sheet(rows: list[tuple[Any, ...]]) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Sheet spec for T-C.33; returns it with {excel row: (seed line, level)}."""
    header: list[tuple[str, Any]] = [
        ("A5", ("Nama Perangkat Daerah : Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Serta "
                "pemberdayaan Masyarakat dan Desa")),
        ("A7:F8", "Kode"),
        ("G7:G8", "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan/Sub Kegiatan"),
        ("H7:H8", "Indikator Kinerja Program/ Kegiatan/ Sub Kegiatan"),
        ("I7:I8", "Satuan"),
        ("J7:M7", "Rencana Tahun 2022"),
        ("J8", "Lokasi"), ("K8", "Target Capaian Kinerja"), ("L8", "Kebutuhan Dana/Pagu Indikatif"),
        ("M8", "Sumber Dana"),
        ("N7:N8", "Catatan Penting"),
        ("O7:P7", "Prakiraan Maju Rencana Tahun 2023"),
        ("O8", "Target Capaian Kinerja"), ("P8", "Kebutuhan Dana/Pagu Indikatif"),
        ("A9:F9", "(1)"), ("G9", "(2)"), ("H9", "(3)"), ("J9", "(4)"), ("K9", "(5)"), ("L9", "(6)"),
        ("M9", "(7)"), ("N9", "(8)"), ("O9", "(9)"), ("P9", "(10)"),
    ]
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    first = 10
    for row in rows:
        line, lev = row[0], row[1]
        r = first + len(data)
        meta[r] = (line, lev)
        cells: dict[str, Cell] = {}
        if lev == "U":
            cells["A"] = Cell(row[2])
            merges.append(f"A{r}:P{r}")
            bold.add(len(data))
        elif lev == "T":
            cells["A"] = Cell(row[2])
            merges.append(f"A{r}:K{r}")
            for c, s in (("L", row[3]), ("P", row[4])):
                cells[c] = Cell(*rp_cell(s))
            bold.add(len(data))
        else:
            for c, part in zip("ABCDEF", row[2].split("|") if row[2] else [""] * 6, strict=True):
                if part:
                    cells[c] = Cell(part)
            texts = [re.sub(r"</?i>", "", str(x)) for x in row[3:]]
            for c, s in zip(TC33_COLS, texts, strict=True):
                if not s:
                    continue
                if (line, c) in TC33_TEXT and TC33_TEXT[(line, c)] == s:
                    cells[c] = Cell(s)
                elif c in "LP":
                    cells[c] = Cell(*rp_cell(s))
                elif c in "KO":
                    cells[c] = Cell(*k_cell(s))
                else:
                    cells[c] = Cell(s)
            if lev in ("P", "K"):
                bold.add(len(data))
        data.append(cells)
    widths = {c: 4.5 for c in "ABCDEF"}
    widths.update({"G": 40, "H": 40, "I": 10, "J": 11, "K": 11, "L": 20, "M": 12, "N": 12, "O": 11, "P": 20})
    sh = Sheet(TC33_SHEET, ["Tabel T-C.33.",
                            ("Rumusan Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah Tahun 2022 dan "
                             "Prakiraan Maju Tahun 2023"), "Kabupaten Balangan"],
               "P", header, data, first, bold, merges, widths, (7, 9))
    return sh, meta


def apply_fixes(rows: list[tuple[Any, ...]], fixes: dict[tuple[int, int], Any]) -> list[tuple[Any, ...]]:
    """Copy of rows with (line, index) replacements."""
    out = []
    for row in rows:
        lst = list(row)
        for (line, idx), new in fixes.items():
            if line == row[0]:
                lst[idx] = new
        out.append(tuple(lst))
    return out


def check_tc33(path: Path, meta: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """Parent/child and TOTAL sums of cols 6 (L) and 10 (P)."""
    ws = load_workbook(path)[TC33_SHEET]
    return check_sums(ws, TC33_SHEET, meta, ["L", "P"])

# ===========================================================================
# 2. T-C.31 Review terhadap Rancangan Awal RKPD tahun 2022 (seed 001, Urusan Sosial)
# ===========================================================================
# Row tuples (seed text as printed):
#   (line, level, No, No sub, (2) program/kegiatan, (3) lokasi, (4) indikator, satuan,
#    (5) target, (6) pagu, (7) program/kegiatan, (8) lokasi, (9) indikator, (10) target,
#    (11) kebutuhan dana, (12) catatan)
ROWS31: list[tuple[Any, ...]] = [
    (563, 'U', 'Urusan Bidang Sosial'),
    (
        564, 'P', '1', '', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Balangan',
        'Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)', '', '76,48', 'Rp 1.576.820.100,00',
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Balangan',
        'Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)', '76,48', 'Rp 10.078.864.976,00', '',
    ),
    (
        565, 'C', '', '', '', '', 'Persentase Pencatatan Aset Dalam Kondisi Baik', '%', '100%', '', '', '',
        'Persentase Pencatatan Aset Dalam Kondisi Baik', '100%', '', '',
    ),
    (
        566, 'K', '1', '', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Balangan',
        'Persentase dokumen perencanaan, penganggaran, dan evaluasi perangkat daerah yang baik', '%', '100%',
        'Rp 43.900.000,00', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Balangan',
        'Persentase dokumen perencanaan, penganggaran, dan evaluasi perangkat daerah yang baik', '100%',
        'Rp 87.026.000,00', '',
    ),
    (
        567, 'S', '', '1', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', '',
        'Jumlah Dokumen Renstra dan Renja Perangkat Daerah', 'Dokumen', '2 Dokumen', 'Rp 16.350.000,00',
        'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Balangan',
        'Jumlah Dokumen Renstra dan Renja Perangkat Daerah', '2 Dokumen', 'Rp 55.766.000,00', '',
    ),
    (
        568, 'S', '', '2', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        '', 'Jumlah laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja', 'Dokumen', '2 Dokumen',
        'Rp 27.550.000,00', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Balangan', 'Jumlah laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja', '2 Dokumen', 'Rp 31.260.000,00',
        '',
    ),
    (
        569, 'K', '2', '', 'Administrasi Keuangan Perangkat Daerah', 'Balangan',
        'Cakupan Pelaksanaan Administrasi Keuangan Perangkat Daerah sesuai ketentuan yang berlaku', '%', '100%',
        'Rp -', 'Administrasi Keuangan Perangkat Daerah', 'Balangan',
        'Cakupan Pelaksanaan Administrasi Keuangan Perangkat Daerah sesuai ketentuan yang berlaku', '100%',
        'Rp 8.102.437.376,00', '',
    ),
    (
        570, 'S', '', '3', 'Penyediaan Gaji dan Tunjangan ASN', '',
        'Persentasi ASN yang terbayarkan gaji dan tunjangan sesuai ketentuan perundang-undangan', '%', '100%',
        'Rp -', 'Penyediaan Gaji dan Tunjangan ASN', 'Balangan',
        'Persentasi ASN yang terbayarkan gaji dan tunjangan sesuai ketentuan perundang-undangan', '100%',
        'Rp 8.102.437.376,00', '',
    ),
    (
        571, 'S', '', '', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', '',
        'Persentasi Laporan Keuangan Akhir Tahun sesuai ketentuan perundang-undangan', '%', '100%', 'Rp -',
        'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 'Balangan',
        'Persentasi Laporan Keuangan Akhir Tahun sesuai ketentuan perundang-undangan', '100%', 'Rp 50.000.000,00',
        '',
    ),
    (
        572, 'S', '', '', 'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD', '',
        'Jumlah laporan keuangan bulanan SKPD', 'Dokumen', '12 Dokumen', 'Rp -',
        'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD', 'Balangan',
        'Jumlah laporan keuangan bulanan SKPD', '12 Dokumen', 'Rp 26.000.000,00', '',
    ),
    (
        577, 'K', '3', '', 'Administrasi Kepegawaian Perangkat Daerah', 'Balangan',
        'Cakupan Pelaksanaan Administrasi Kepegawaian Perangkat Daerah', '%', '100%', 'Rp 129.440.000,00',
        'Administrasi Kepegawaian Perangkat Daerah', 'Balangan',
        'Cakupan Pelaksanaan Administrasi Kepegawaian Perangkat Daerah', '100%', 'Rp 194.200.000,00', '',
    ),
    (
        578, 'S', '', '4', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya', 'Balangan',
        'Jumlah Pakaian Dinas Beserta Perlengkapannya yang diadakan', 'Stell', '110', 'Rp 65.000.000,00',
        'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya', 'Balangan',
        'Jumlah Pakaian Dinas Beserta Perlengkapannya yang diadakan', '110', 'Rp 96.200.000,00', '',
    ),
    (
        579, 'C', '', '', '', '', 'Jumlah kain sasirangan yang diadakan', 'lembar', '110', '', '', '',
        'Jumlah kain sasirangan yang diadakan', '110', '', '',
    ),
    (
        580, 'S', '', '5', 'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', 'Balangan',
        'Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', 'orang', '20',
        'Rp 64.440.000,00', 'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', 'Balangan',
        'Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', '20', 'Rp 98.000.000,00', '',
    ),
    (
        581, 'K', '4', '', 'Administrasi Umum Perangkat Daerah', 'Balangan',
        'Cakupan pelaksanaan administrasi umum Perangkat Daerah', '%', '100%', 'Rp 454.993.500,00',
        'Administrasi Umum Perangkat Daerah', 'Balangan', 'Cakupan pelaksanaan administrasi umum Perangkat Daerah',
        '100%', 'Rp 434.611.400,00', '',
    ),
    (
        582, 'S', '', '6', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Balangan',
        'Persentasi ketersediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor sesuai kebutuhan', '%',
        '100%', 'Rp 10.864.800,00', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 'Balangan',
        'Persentasi ketersediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor sesuai kebutuhan', '100%',
        'Rp 15.727.800,00', '',
    ),
    (
        583, 'S', '', '7', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Balangan',
        'Persentasi ketersediaan Peralatan dan Perlengkapan Kantor sesuai kebutuhan', '%', '100%',
        'Rp 95.000.000,00', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Balangan',
        'Persentasi ketersediaan Peralatan dan Perlengkapan Kantor sesuai kebutuhan', '100%', 'Rp 46.550.000,00', '',
    ),
    (
        584, 'S', '', '8', 'Penyediaan Barang Cetak dan Penggandaan', 'Balangan',
        'Jumlah Barang Cetak dan Penggandaan yang disediakan', 'buah', '100', 'Rp 29.409.000,00',
        'Penyediaan Barang Cetak dan Penggandaan', 'Balangan', 'Jumlah Barang Cetak dan Penggandaan yang disediakan',
        '100', 'Rp 34.817.300,00', '',
    ),
    (
        585, 'S', '', '9', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', 'Balangan',
        'Jumlah Bahan Bacaan dan Peraturan Perundang-undangan yang disediakan', 'eksamplar', '480',
        'Rp 9.600.000,00', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', 'Balangan',
        'Jumlah Bahan Bacaan dan Peraturan Perundang-undangan yang disediakan', '480', 'Rp 9.600.000,00', '',
    ),
    (
        586, 'S', '', '10', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Balangan',
        'Persentasi terselenggaranya Rapat Koordinasi dan Konsultasi SKPD', '%', '100%', 'Rp 310.119.700,00',
        'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Balangan',
        'Persentasi terselenggaranya Rapat Koordinasi dan Konsultasi SKPD', '100%', 'Rp 327.916.300,00', '',
    ),
    (
        587, 'K', '5', '', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Balangan',
        'Jumlah pengadaan sarana dan prasarana yang diadakan', '%', '100%', 'Rp 19.500.000,00',
        'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Balangan',
        'Jumlah pengadaan sarana dan prasarana yang diadakan', '100%', 'Rp -', '',
    ),
    (
        588, 'S', '', '11', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan', 'Balangan',
        'Jumlah Kendaraan Dinas/Operasional yang dibeli', 'Buah', '0', 'Rp -',
        'Pengadaan Kendaraan Dinas Operasional atau Lapangan', 'Balangan',
        'Jumlah Kendaraan Dinas/Operasional yang dibeli', '0', 'Rp -', '',
    ),
    (
        589, 'S', '', '12', 'Pengadaan Mebel', 'Balangan', 'Jumlah Mebeleur yang diadakan', 'Buah', '0',
        'Rp 19.500.000,00', 'Pengadaan Mebel', 'Balangan', 'Jumlah Mebeleur yang diadakan', '0', 'Rp -', '',
    ),
    (
        594, 'K', '6', '', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Balangan',
        'Waktu Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Bulan', '12', 'Rp 645.422.900,00',
        'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Balangan',
        'Waktu Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '12', 'Rp 887.522.500,00', '',
    ),
    (
        595, 'S', '', '13', 'Penyediaan Jasa Surat Menyurat', 'Balangan',
        'Persentase Surat Masuk dan Surat Keluar yang dikelola', '%', '100%', 'Rp 500.000,00',
        'Penyediaan Jasa Surat Menyurat', 'Balangan', 'Persentase Surat Masuk dan Surat Keluar yang dikelola',
        '100%', 'Rp 900.000,00', '',
    ),
    (
        596, 'S', '', '14', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Balangan',
        'Persentasi terbayarnya tagihan Jasa Komunikasi, Sumber Daya Air dan Listrik', '%', '100%',
        'Rp 284.400.000,00', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Balangan',
        'Persentasi terbayarnya tagihan Jasa Komunikasi, Sumber Daya Air dan Listrik', '100%', 'Rp 350.400.000,00',
        '',
    ),
    (
        597, 'S', '', '15', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Balangan',
        'Waktu Penyediaan Jasa Pelayanan Umum Kantor', 'Bulan', '12 bulan', 'Rp 360.522.900,00',
        'Penyediaan Jasa Pelayanan Umum Kantor', 'Balangan', 'Waktu Penyediaan Jasa Pelayanan Umum Kantor',
        '12 bulan', 'Rp 536.222.500,00', '',
    ),
    (
        598, 'K', '7', '', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Balangan',
        'Waktu Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Bulan', '12',
        'Rp 283.563.700,00', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Balangan',
        'Waktu Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', '12', 'Rp 373.067.700,00', '',
    ),
    (
        599, 'S', '', '16',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan '
         'Dinas Jabatan'),
        'Balangan', 'Persentase Kendaraan Dinas Jabatan Layak Fungsi', '%', '100%', 'Rp -',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan '
         'Dinas Jabatan'),
        'Balangan', 'Persentase Kendaraan Dinas Jabatan Layak Fungsi', '100%', 'Rp 186.533.850,00', '',
    ),
    (
        600, 'S', '', '17',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional '
         'atau Lapangan'),
        'Balangan', 'Persentase Kendaraan Dinas Operasional Layak Fungsi', '%', '100%', 'Rp 283.563.700,00',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional '
         'atau Lapangan'),
        'Balangan', 'Persentase Kendaraan Dinas Operasional Layak Fungsi', '100%', 'Rp 186.533.850,00', '',
    ),
    (
        601, 'P', '2', '', 'PROGRAM PEMBERDAYAAN SOSIAL', 'Balangan',
        'Persentase PSKS yang berkualifikasi terampil dalam membantu penyelenggaraan kesejahteraan sosial', '%',
        '78%', 'Rp 300.000.000,00', 'PROGRAM PEMBERDAYAAN SOSIAL', 'Balangan',
        'Persentase PSKS yang berkualifikasi terampil dalam membantu penyelenggaraan kesejahteraan sosial', '78%',
        'Rp 413.725.000,00', '',
    ),
    (
        602, 'K', '8', '', 'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Balangan',
        'Jumlah warga KAT yang mendapatkan Pelayanan', 'KK', '110 KK', 'Rp 32.000.000,00',
        'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Balangan',
        'Jumlah warga KAT yang mendapatkan Pelayanan', '110 KK', 'Rp 31.590.000,00', '',
    ),
    (
        603, 'S', '', '18', 'Fasilitasi Pemberdayaan Sosial KAT', 'Balangan',
        'Jumlah lokasi KAT yang di petakan untuk mendapatkan bantuan perumahan KAT dari Kementerian Sosial',
        'Lokasi', '1 lokasi', 'Rp 22.000.000,00', 'Fasilitasi Pemberdayaan Sosial KAT', 'Balangan',
        'Jumlah lokasi KAT yang di petakan untuk mendapatkan bantuan perumahan KAT dari Kementerian Sosial',
        '1 lokasi', 'Rp 22.000.000,00', '',
    ),
    (
        604, 'S', '', '19', 'Peningkatan Kapasitas dan Pendampingan KAT', 'Balangan',
        'Jumlah warga KAT yang mendapatkan pembinaan', 'KK', '70', 'Rp 10.000.000,00',
        'Peningkatan Kapasitas dan Pendampingan KAT', 'Balangan', 'Jumlah warga KAT yang mendapatkan pembinaan',
        '70', 'Rp 9.590.000,00', '',
    ),
    (
        609, 'K', '9', '', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Balangan',
        'Jumlah Rekomendasi yang diberikan', 'Buah', '2 Buah', 'Rp 4.000.000,00',
        'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Balangan', 'Jumlah Rekomendasi yang diberikan',
        '2 Buah', 'Rp 5.485.000,00', '',
    ),
    (
        610, 'S', '', '20',
        'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
        'Balangan', 'Jumlah rapat tentang usulan Pengumpulan Uang dan Barang (PUB) yang direkomendasikan', 'Kali',
        '2 kali', 'Rp 4.000.000,00',
        'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
        'Balangan', 'Jumlah rapat tentang usulan Pengumpulan Uang dan Barang (PUB) yang direkomendasikan', '2 kali',
        'Rp 5.485.000,00', '',
    ),
    (
        611, 'K', '10', '', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', 'Balangan',
        'Jumlah keluarga fakir miskin yang mendapatkan bantuan dan organisasi sosial yang mendapatkan bantuan', '',
        '6.054', 'Rp 264.000.000,00', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
        'Balangan',
        'Jumlah keluarga fakir miskin yang mendapatkan bantuan dan organisasi sosial yang mendapatkan bantuan',
        '6.054', 'Rp 376.650.000,00', '',
    ),
    (
        612, 'S', '', '21', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
        'Balangan', 'Jumlah Pekerja Sosial Masyarakat (PSM) yang terampil', 'Orang', '16', 'Rp 20.000.000,00',
        'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', 'Balangan',
        'Jumlah Pekerja Sosial Masyarakat (PSM) yang terampil', '40', 'Rp 52.300.000,00', '',
    ),
    (
        613, 'S', '', '22',
        'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', 'Balangan',
        'Jumlah Tenaga Kesejahteraan Sosial Kecamatan (TKSK) yang terampil', 'TKSK', '8 TKSK', 'Rp 80.000.000,00',
        ('Advokasi kebijakan dan pendampingan pendampingan peningkatan partisipasi perempuan dan politik, '
         'hukum, sosial dan ekonomi'),
        'Balangan',
        ('Jumlah organisasi kemasyarakatan yang bergerak dlm bidang perempuan tingkat kabupaten/kota yang '
         'mendapatkan pelatihan'),
        '8 TKSK', 'Rp 79.850.000,00', '',
    ),
    (
        614, 'S', '', '23',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', 'Balangan',
        'Jumlah Keluarga fakir miskin yang diberi Bantuan Pangan Non Tunai (BPNT) yang tervalidasi', 'KK', '6.000',
        'Rp 150.000.000,00',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', 'Balangan',
        ('Jumlah Penyaluran Bantuan Spesifik Peningkatan Partisipasi Perempuan yang paham tentang keteladanan '
         'serta peran perempuan'),
        '9.336', 'Rp 230.850.000,00', '',
    ),
    (
        615, 'C', '', '', '', 'Balangan',
        'Jumlah Keluarga fakir miskin yang diberi bantuan Program Keluarga Harapan (PKH) yang tervalidasi', 'KK',
        '3.757', '', '', 'Balangan',
        ('Jumlah penyaluran Bhakti Sosial Peningkatan Partisipasi Perempuan yang paham tentang keteladanan '
         'serta peran perempuan'),
        '3.757', '', '',
    ),
    (
        616, 'S', '', '24',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota',
        'Balangan', 'Jumlah LKS yang mendapatkan pendampingan dan pembinaan', 'LKS (Lembaga kesejahteraan Sosial)',
        '8', 'Rp 14.000.000,00',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota',
        'Balangan', 'Jumlah LKS yang mendapatkan pendampingan dan pembinaan', '8', 'Rp 13.650.000,00', '',
    ),
    (
        617, 'P', '3', '', 'PROGRAM REHABILITASI SOSIAL', 'Balangan',
        ('Persentase cakupan PPKS (lansia, Disabilitas, Anak Terlantar , Korban Nafza dan Wanita Rawan Sosial '
         'Ekonomi) yang mendapatkan pelayanan sosial'),
        '%', '100,00%', 'Rp 199.999.900,00', 'PROGRAM REHABILITASI SOSIAL', 'Balangan',
        ('Persentase cakupan PPKS (lansia, Disabilitas, Anak Terlantar , Korban Nafza dan Wanita Rawan Sosial '
         'Ekonomi) yang mendapatkan pelayanan sosial'),
        '100,00%', 'Rp 500.915.500,00', '',
    ),
    (
        618, 'K', '', '11',
        ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, '
         'serta Gelandangan Pengemis di Luar Panti Sosial'),
        'Balangan',
        ('Jumlah Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan '
         'Pengemis di Luar Panti Sosial'),
        'Orang', '800', 'Rp 199.999.900,00',
        ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, '
         'serta Gelandangan Pengemis di Luar Panti Sosial'),
        'Balangan',
        ('Jumlah Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan '
         'Pengemis di Luar Panti Sosial'),
        '800', 'Rp 500.915.500,00', '',
    ),
    (
        619, 'S', '', '25', 'Penyediaan Permakanan', 'Balangan',
        'Jumlah lanjut usia yang terpenuhi kebutuhan dasarnya', 'Orang', '600 Orang', '84.625.000,00',
        'Penyediaan Permakanan', 'Balangan', 'Jumlah lanjut usia yang terpenuhi kebutuhan dasarnya', '600 Orang',
        '203.425.000,00', '',
    ),
    (
        620, 'S', '', '26', 'Penyediaan Alat Bantu', 'Balangan',
        'Jumlah Penyandang Disabilitas dan Lansia yang mendapatkan bantuan alat Bantu', 'Orang', '185',
        'Rp 25.375.000,00', 'Penyediaan Alat Bantu', 'Balangan',
        'Jumlah Penyandang Disabilitas dan Lansia yang mendapatkan bantuan alat Bantu', '185', 'Rp 163.660.600,00',
        '',
    ),
    (
        625, 'S', '', '27', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', 'Balangan',
        ('Jumlah PPKS (Lansia, Penyandang disabilitas, korban NAFZA, pengemis dan tuna sosial) yang dibimbing '
         'di panti rehabilitasi'),
        'Orang', '27', 'Rp 18.000.000,00', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', 'Balangan',
        ('Jumlah PPKS (Lansia, Penyandang disabilitas, korban NAFZA, pengemis dan tuna sosial) yang dibimbing '
         'di panti rehabilitasi'),
        '27', 'Rp 33.380.000,00', '',
    ),
    (
        626, 'S', '', '28', 'Pemberian Pelayanan Reunifikasi Keluarga', 'Balangan',
        'Jumlah anak terlantar yang dilayani', 'Orang', '10', 'Rp 2.000.000,00',
        'Pemberian Pelayanan Reunifikasi Keluarga', 'Balangan', 'Jumlah anak terlantar yang dilayani', '10',
        'Rp 2.000.000,00', '',
    ),
    (
        627, 'S', '', '29',
        ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut '
         'Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
        'Balangan', 'Jumlah Anak terlantar yang terpenuhi kebutuhan dasarnya', 'Orang', '15', 'Rp 69.999.900,00',
        ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut '
         'Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
        'Balangan', 'Jumlah Anak terlantar yang terpenuhi kebutuhan dasarnya', '20', 'Rp 98.449.900,00', '',
    ),
    (
        628, 'C', '', '', '', 'Balangan',
        ('Jumlah wanita rawan sosial yang mendapatkan fasilitasi pendidikan dan pelatihan serta bantuan alat '
         'keterampilan'),
        'Orang', '5', '', '', 'Balangan',
        ('Jumlah wanita rawan sosial yang mendapatkan fasilitasi pendidikan dan pelatihan serta bantuan alat '
         'keterampilan'),
        '0', '', '',
    ),
    (
        629, 'P', '4', '', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 'Balangan',
        'Persentase Fakir Miskin yang mendapatkan bantuan sosial', '%', '67%', 'Rp 150.000.000,00',
        'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 'Balangan',
        'Persentase Fakir Miskin yang mendapatkan bantuan sosial', '67%', 'Rp 4.412.192.603,00', '',
    ),
    (
        630, 'K', '12', '', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Balangan',
        'Jumlah data fakir miskin yang dilakukan pemutakhiran terpadu penanggulangan kemiskinan', 'KK', '12.065',
        'Rp 150.000.000,00', '', 'Balangan',
        'Jumlah data fakir miskin yang dilakukan pemutakhiran terpadu penanggulangan kemiskinan', '12.065',
        'Rp 4.412.192.603,00', '',
    ),
    (
        631, 'S', '', '30', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Balangan',
        'Jumlah keluarga miskin yang masuk dalam BDT yang diValidasi', 'KK', '12.000', 'Rp 50.000.000,00',
        'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Balangan',
        'Jumlah keluarga miskin yang masuk dalam BDT yang diValidasi', '12.000', 'Rp 168.140.000,00', '',
    ),
    (
        632, 'S', '', '31', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', 'Balangan',
        'Persentase jiwa yang mendapatkan fasilitasi Bantuan Sosial bersyarat', '%', '100%', 'Rp',
        'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', 'Balangan',
        'Persentase jiwa yang mendapatkan fasilitasi Bantuan Sosial bersyarat', '100%', 'Rp 4.090.043.003,00', '',
    ),
    (
        633, 'S', '', '32', 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat', 'Balangan',
        'Jumlah Kelompok yang mendapatkan bantuan KUBE', 'Kelompok', '64', 'Rp 100.000.000,00',
        'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat', 'Balangan',
        'Jumlah Kelompok yang mendapatkan bantuan KUBE', '64', 'Rp 154.009.600,00', '',
    ),
    (
        634, 'C', '', '', '', 'Balangan', 'Jumlah Rumah layak huni setelah mendapat bantuan', 'Buah', '', '', '', '',
        '', '', '', '',
    ),
    (
        635, 'P', '5', '', 'PROGRAM PENANGANAN BENCANA', 'Balangan',
        'Persentase Korban Bencana yang menerima bantuan sosial selama masa tanggap darurat', '%', '100%',
        'Rp 150.000.000,00', 'PROGRAM PENANGANAN BENCANA', 'Balangan',
        'Persentase Korban Bencana yang menerima bantuan sosial selama masa tanggap darurat', '100%',
        'Rp 270.361.000,00', '',
    ),
    (
        636, 'K', '', '13', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Balangan',
        'Jumlah Korban bencana yang mendapatkan bantuan', 'KK', '500', 'Rp 50.000.000,00',
        'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Balangan',
        'Jumlah Korban bencana yang mendapatkan bantuan', '500', 'Rp 170.361.000,00', '',
    ),
    (
        637, 'S', '', '33', 'Penyediaan Makanan', 'Balangan',
        'Jumlah korban bencana yang mendapatkan pemenuhan kebutuhan dasar', 'KK', '500', 'Rp 50.000.000,00',
        'Penyediaan Makanan', 'Balangan', 'Jumlah korban bencana yang mendapatkan pemenuhan kebutuhan dasar', '500',
        'Rp 170.361.000,00', '',
    ),
    (
        642, 'K', '14', '', 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
        'Balangan', 'Jumlah Anggota Tagana yang Aktif', 'Orang', '73', 'Rp 100.000.000,00',
        'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', 'Balangan',
        'Jumlah Anggota Tagana yang Aktif', '73', 'Rp 100.000.000,00', '',
    ),
    (
        643, 'S', '34', '', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', 'Balangan',
        'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan.', 'Orang', '72 Orang',
        'Rp 100.000.000,00', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', 'Balangan',
        'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan.', '72 Orang',
        'Rp 100.000.000,00', '',
    ),
    (
        644, 'P', '6', '', 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN', 'Balangan', 'Persentase makam yang terawat',
        '%', '100%', 'Rp 35.000.000,00', 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN', 'Balangan',
        'Persentase makam yang terawat', '100%', 'Rp 35.000.000,00', '',
    ),
    (
        645, 'K', '15', '', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', 'Balangan',
        'Jumlah makam pahlawan yang dirawat', 'Buah', '1 Buah', 'Rp 35.000.000,00',
        'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', 'Balangan',
        'Jumlah makam pahlawan yang dirawat', '1 Buah', 'Rp 35.000.000,00', '',
    ),
    (
        646, 'S', '35', '', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', 'Balangan',
        'Jumlah makam pahlawan yang dipelihara', 'Buah', '1 buah', 'Rp 35.000.000,00',
        'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', 'Balangan',
        'Jumlah makam pahlawan yang dipelihara', '1 buah', 'Rp 35.000.000,00', '',
    ),
    (647, 'T', '', '', '', '', '', '', '', '2.411.820.000', '', '', '', '', '15.711.059.079', ''),
]

TC31_SHEET = "T-C.31"
TC31_COLS = "ABCDEFGHIJKLMN"
TC31_TEXT: dict[tuple[int, str], str] = {
    (567, "G"): "2 Dokumen",
    (602, "L"): "110 KK",
    (584, "H"): "Rp 29.409.000,00",
    (603, "M"): "Rp 22.000.000,00",
}
CATATAN = "Target disesuaikan hasil analisis kebutuhan"
TC31_FIX: dict[tuple[int, int], str] = {
    (569, 14): "Rp 8.178.437.376,00",   # kegiatan = 8.102.437.376 + 50.000.000 + 26.000.000
    (564, 14): "Rp 10.154.864.976,00",  # program follows (as in T-C.33 line 995)
    (647, 14): "15.787.059.079",        # unlabelled total (line 648) follows
    (613, 10): "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota",
    (613, 12): "Jumlah Tenaga Kesejahteraan Sosial Kecamatan (TKSK) yang terampil",
    (614, 12): "Jumlah Keluarga fakir miskin yang diberi Bantuan Pangan Non Tunai (BPNT) yang tervalidasi",
    (615, 12): "Jumlah Keluarga fakir miskin yang diberi bantuan Program Keluarga Harapan (PKH) yang tervalidasi",
    (630, 10): "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
    (634, 12): "Jumlah Rumah layak huni setelah mendapat bantuan",
    (612, 15): CATATAN,
    (614, 15): CATATAN,
    (627, 15): CATATAN,
    (628, 15): CATATAN,
}


def tc31_sheet(rows: list[tuple[Any, ...]]) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Sheet spec for T-C.31; returns it with {excel row: (seed line, level)}."""
    header: list[tuple[str, Any]] = [
        ("A9:B10", "No"),
        ("C9:H9", "Rancangan Awal RKPD"),
        ("I9:M9", "Hasil Analisis Kebutuhan"),
        ("N9:N10", "Catatan Penting"),
        ("C10", "Program/ Kegiatan/ Sub Kegiatan"), ("D10", "Lokasi"), ("E10", "Indikator kinerja"),
        ("F10", "Satuan"), ("G10", "Target capaian"), ("H10", "Pagu indikatif (Rp.000)"),
        ("I10", "Program/ Kegiatan"), ("J10", "Lokasi"), ("K10", "Indikator kinerja"), ("L10", "Target capaian"),
        ("M10", "Kebutuhan Dana (Rp.000)"),
        # column-number row as printed: "(5)" and "(10)" typed into Excel became the numbers -5 and -10
        ("A11:B11", "(1)"), ("C11", "(2)"), ("D11", "(3)"), ("E11", "(4)"), ("G11", -5), ("H11", "(6)"),
        ("I11", "(7)"), ("J11", "(8)"), ("K11", "(9)"), ("L11", -10), ("M11", "(11)"), ("N11", "(12)"),
    ]
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    first = 12
    for row in rows:
        line, lev = row[0], row[1]
        r = first + len(data)
        meta[r] = (line, lev)
        cells: dict[str, Cell] = {}
        if lev == "U":
            cells["A"] = Cell(row[2])
            merges.append(f"A{r}:N{r}")
            bold.add(len(data))
        else:
            for c, s in zip(TC31_COLS, row[2:], strict=True):
                if not s:
                    continue
                if (line, c) in TC31_TEXT and TC31_TEXT[(line, c)] == s:
                    cells[c] = Cell(s)
                elif c in "AB":
                    cells[c] = Cell(int(s))
                elif c in "HM":
                    cells[c] = Cell(*rp_cell(s))
                elif c in "GL":
                    cells[c] = Cell(*k_cell(s))
                else:
                    cells[c] = Cell(s)
            if lev in ("P", "K", "T"):
                bold.add(len(data))
        data.append(cells)
    widths = {"A": 4, "B": 4, "C": 34, "D": 10, "E": 34, "F": 9, "G": 10, "H": 19, "I": 34, "J": 10, "K": 34,
              "L": 10, "M": 19, "N": 14}
    sh = Sheet(TC31_SHEET, ["Tabel T-C.31.", "", "Review terhadap Rancangan Awal RKPD tahun 2022", "",
                            "Kabupaten Balangan", "",
                            ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Serta pemberdayaan "
                             "Masyarakat dan Desa")],
               "N", header, data, first, bold, merges, widths, (9, 11))
    return sh, meta


def norm_text(v: Any) -> str:
    """Text compared case- and space-insensitively."""
    return re.sub(r"\s+", " ", str(v or "")).strip().casefold()


def check_tc31(path: Path, meta: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """Sums of (6) and (11); (7)=(2), (9)=(4); (10)!=(5) needs a catatan (12)."""
    ws = load_workbook(path)[TC31_SHEET]
    errs = check_sums(ws, TC31_SHEET, meta, ["H", "M"])
    for r, (line, lev) in sorted(meta.items()):
        if lev in ("U", "T"):
            continue
        for draft, ana, kind in (("C", "I", "(7) != (2)"), ("E", "K", "(9) != (4)")):
            d, a = ws[f"{draft}{r}"].value, ws[f"{ana}{r}"].value
            if (d or a) and norm_text(d) != norm_text(a):
                errs.append(err(TC31_SHEET, f"{ana}{r}", kind, a, d, line))
        t5, t10 = ws[f"G{r}"].value, ws[f"L{r}"].value
        if t5 is None and t10 is None:
            continue
        same = t5 == t10 or (parse_dec(t5) is not None and parse_dec(t5) == parse_dec(t10))
        if not same and not ws[f"N{r}"].value:
            errs.append(err(TC31_SHEET, f"L{r}", "(10) != (5) without catatan", stated_value(t10),
                            stated_value(t5), line, severity="warning"))
    return errs

# ===========================================================================
# 3. "Tabel TC.29" 13-column Permendagri 54/2010 style (seed 001 lines 144-389)
# ===========================================================================
# Row tuples: (line, [16 cells as printed]) for columns
#   1 kode, 2 program/kegiatan, 3 indikator, 4 K, 4 unit, 5 K, 5 unit, 6, 7, 8=(7/6),
#   9 name (Kepmen 050), 10 indikator, 11 K, 11 unit, 12, 13=(12/4)
#   (line, "U", text) urusan section rows
ROWS29: list[tuple[Any, ...]] = [
    (151, [
            '', 'Program Pelayanan Administrasi Perkantoran', 'Tersedianya pelayanan administrasi perkantoran',
            '100', '%', '50', '%', '100', '100,00', '100,00%',
            'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
            ('Meningkatnya kelancaran pelayanan administrasi perkantoran, tingkat pemenuhan kebutuhan sarana '
             'dan prasarananaparatuyang baik, tingkat disiplin aparatur, tingkat pengembangan kapasitas sumber '
             'daya aparatur, nilai SAKIP SKPD'),
            '100', '%', '', '',
    ]),
    (152, [
            '', 'Penyediaan jasa surat menyurat', 'Tersedianya jasa surat menyurat', '72', 'bulan', '36', 'bulan',
            '12', '12', '100,00%', 'Penyediaan Jasa Surat Menyurat', 'Waktu Penyediaan Jasa Surat Menyurat', '12',
            'bulan', '60', '83%',
    ]),
    (153, [
            '', 'Penyediaan jasa komunikasi, sumber daya air dan listrik',
            'Tersedianya jasa komunikasi, sumberdaya air dan listrik', '72', 'bulan', '36', 'bulan', '12', '12',
            '100,00%', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'Waktu Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', '12', 'bulan', '60', '83%',
    ]),
    (154, [
            '', 'Penyediaan jasa administrasi keuangan',
            'Tersedianya pelayanan administrasi keuangan dan honorarium pelaksanaan kegiatan', '72', 'bulan', '36',
            'bulan', '12', '12', '100,00%', 'Penyediaan Jasa Pelayanan Umum Kantor',
            'Waktu Penyediaan Jasa Administrasi Keuangan, dan Waktu Penyediaan Jasa Kebersihan Kantor', '12',
            'bulan', '60', '83%',
    ]),
    (155, [
            '', 'Penyediaan jasa kebersihan kantor', 'Tersedianya jasa kebersihan kantor', '72', 'bulan', '36',
            'bulan', '12', '12', '100,00%', '', '', '12', 'bulan', '60', '83%',
    ]),
    (156, [
            '', 'Penyediaan Alat Tulis Kantor', 'Tersedianya alat tulis kantor', '72', 'bulan', '36', 'bulan', '12',
            '12', '100,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Alat Tulis Kantor yang disediakan', '12', 'bulan', '60', '83%',
    ]),
    (157, [
            '', 'Penyediaan barang cetakan dan penggandaan', 'Tersedianya barang cetakan dan penggandaan', '72',
            'bulan', '36', 'bulan', '12', '12', '100,00%', 'Penyediaan Barang Cetak dan Penggandaan',
            'Jumlah Barang Cetak dan Penggandaan yang disediakan', '12', 'bulan', '60', '83%',
    ]),
    (158, [
            '', 'Penyediaan komponen instalasi listrik/penerangan bangunan kantor',
            'Tersedianya komponen alat listrik untuk penerangan kantor', '72', 'bulan', '36', 'bulan', '12', '12',
            '100,00%', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
            'Jumlah Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang disediakan', '12', 'bulan', '60',
            '83%',
    ]),
    (159, [
            '', 'Penyediaan peralatan dan perlengkapan kantor', 'Tersedianya peralatan perlengkapan kantor', '72',
            'bulan', '36', 'bulan', '12', '12', '100,00%', 'Penyediaan Peralatan dan Perlengkapan Kantor',
            'Jumlah Peralatan dan Perlengkapan Kantor yang disediakan', '12', 'bulan', '60', '83%',
    ]),
    (160, [
            '', 'Penyediaan bahan bacaan dan peraturan perundang-undangan',
            'Tersedianya bahan bacaan, koran untuk pegawai', '72', 'bulan', '36', 'bulan', '12', '12', '100,00%',
            'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
            'Jumlah Bahan Bacaan dan Peraturan Perundang-undangan yang disediakan', '12', 'bulan', '60', '83%',
    ]),
    (161, [
            '', 'Penyediaan makanan dan minuman',
            'tersedianya makanan dan minuman rapat dinas dan tamu kantor (bulan)', '72', 'bulan', '36', 'bulan',
            '12', '12', '100,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Makanan dan Minuman yang disediakan', '12', 'bulan', '60', '83%',
    ]),
    (166, [
            '', 'Rapat-rapat kordinasi dan konsultasi ke luar daerah',
            'Terlaksananya Koordinasi dan konsultasi keluar daerah (bulan)', '72', 'bulan', '36', 'bulan', '12',
            '12', '100,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Rapat-rapat Kordinasi dan Konsultasi keluar Daerah', '12', 'bulan', '60', '83%',
    ]),
    (167, [
            '', 'Rapat-rapat Koordinasi dan Konsultasi dalam Daerah',
            'Terlaksananya Koordinasi dan Konsultasi dalam daerah tercapai (%)', '72', 'bulan', '36', 'bulan', '12',
            '12', '100,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Rapat-rapat Kordinasi dan Konsultasi ke dalam Daerah', '12', 'bulan', '60', '83%',
    ]),
    (168, [
            '', 'Program Peningkatan Sarana dan Prasarana Aparatur',
            'prosentase meubeler penunjang kegiatan perkantoran (%)', '100', '%', '100', '%', '100', '100',
            '100,00%', '', '', '', '', '', '',
    ]),
    (169, [
            '', 'Pengadaan mebeleur', 'Jumlah mebeleur yang dibeli', '72', 'bulan', '36', 'bulan', '12', '12',
            '100,00%', 'Pengadaan Mebel', 'Jumlah Mebeleur yang diadakan', '12', 'bulan', '60', '83%',
    ]),
    (170, [
            '', 'Pengadaan Komputer', 'Jumlah Perangkat komputer yang dibeli', '72', 'bulan', '36', 'bulan', '12',
            '12', '100,00%', '', '', '12', 'bulan', '60', '83%',
    ]),
    (171, [
            '', 'Pemeliharaan rutin/berkala gedung kantor', 'Terpeliharanya rutin/berkala gedung kantor', '72',
            'bulan', '36', 'bulan', '12', '12', '100,00%',
            'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
            'Jumlah Gedung Kantor yang mendapat Pemeliharaan Rutin/Berkala', '12', 'bulan', '60', '83%',
    ]),
    (172, [
            '', 'Pemeliharaan rutin/berkala kendaraan dinas/operasional',
            'Terpeliharanya rutin/berkala kendaraan dinas/operasional', '72', 'bulan', '36', 'bulan', '12', '12',
            '100,00%',
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional '
             'atau Lapangan'),
            'Jumlah Kendaraan Dinas/Operasional yang mendapat Pemeliharaan Rutin/Berkala', '12', 'bulan', '60',
            '83%',
    ]),
    (173, [
            '', 'Pemeliharaan rutin/berkala peralatan gedung kantor',
            'Terpeliharanya rutin/berkala peralatan gedung kantor(bulan)', '72', 'bulan', '36', 'bulan', '12', '12',
            '100,00%',
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau '
             'Kendaraan Dinas Jabatan'),
            'Jumlah Kendaraan Dinas/Jabatan yang mendapat Pemeliharaan Rutin/Berkala', '12', 'bulan', '60', '83%',
    ]),
    (174, [
            '', 'Pengadaan peralatan gedung kantor', 'Terpenuhinya peralatan gedung kantor(%)', '0', 'bulan', '0',
            'bulan', '0', '0', '0,00%', '', '', '0', 'bulan', '0', '#DIV/0!',
    ]),
    (175, [
            '', 'Program Peningkatan Disiplin Aparatur', 'Meningkatnya disiplin aparatur', '100', '%', '100', '%',
            '100', '100', '100,00%', '', '', '', '', '', '',
    ]),
    (176, [
            '', 'Pengadaan pakaian dinas beserta perlengkapannya', 'Jumlah pakaian dinas yang dibeli', '160', 'stel',
            '0', 'stel', '0', '0', '0,00%', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
            'Jumlah Pakaian Khusus Hari-hari Tertentu yang diadakan', '35', 'lembar', '35', '22%',
    ]),
    (177, [
            '', 'Pengadaan pakaian khusus hari-hari tertentu', 'Jumlah pakaian dinas yang dibeli', '160', 'stel',
            '80', 'stel', '40', '40', '0,00%', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
            'Jumlah Pakaian Dinas Beserta Perlengkapannya yang diadakan', '35', 'stel', '155', '97%',
    ]),
    (182, [
            '', 'Program Peningkatan Kapasitas Sumber Daya Aparatur', 'Meningkatnya Kapasitas Sumber Daya Aparatur',
            '100', '%', '50', '%', '100', '75', '75,00%', '', '', '', '', '', '',
    ]),
    (183, [
            '', 'Bimbingan teknis implementasi peraturan perundang-undangan',
            'Jumlah ASN yang mengikuti Bimbingan teknis', '72', 'bulan', '36', 'bulan', '12', '12', '100,00%',
            'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan',
            'Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', '12', 'bulan', '60', '83%',
    ]),
    (184, [
            '',
            ('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah '
             'Kesejahteraan Sosial (PMKS) Lainnya'),
            ('Prosentase penanganan fakir miskin, Komunitas Adat Terpencil (KAT), dan Penyandang Masalah '
             'Kesejahteraan Sosial (PMKS) lainnya'),
            '100', '%', '50', '%', '100', '100', '100,00%', '', '', '', '', '', '',
    ]),
    (185, [
            '',
            ('Peningkatan kemampuan (Capacity Building) petugas dan pendamping sosial pemberdayaan fakir '
             'miskin, KAT dan PMKS lainnya (orang)'),
            'Jumlah pendamping sosial yang melaksanakan pendamping KUBE', '150', 'orang', '75', 'orang', '8', '8',
            '100,00%', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
            'Jumlah Pendamping Sosial yang melaksanakan pendampingan KUBE', '0', 'orang', '83', '55%',
    ]),
    (186, [
            '', 'Fasilitasi manajemen usaha bagi keluarga miskin',
            'Jumlah keluarga fakir miskin yang mendapatkan bantuan KUBE (16 KUBE)', '800', 'Kube', '80', 'Kube',
            '40', '40', '100,00%', 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat',
            ('Jumlah rumah layak huni setelah mendapat bantuan. Dan Jumlah keluarga fakir miskin yang '
             'mendapatkan bantuan Kube'),
            '0', 'Kube', '120', '15%',
    ]),
    (187, [
            '', 'Pengadaan sarana dan prasarana pendukung usaha bagi keluarga miskin',
            'Jumlah rumah layak huni setelah mendapatkan bantuan', '40', 'RS-RTLH', '40', 'RS-RTLH', '40', '40',
            '100,00%', '', '', '0', 'RS-RTLH', '80', '200%',
    ]),
    (188, [
            '', 'Operasional Program Raskin', 'Jumlah keluarga fakir miskin yang mendapatkan bantuan sosial rastra',
            '6083', 'Jiwa', '6.759', 'jiwa', '6083', '24130', '396,68%',
            'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota',
            'Jumlah keluarga fakir miskin yang mendapatkan bantuan', '10', 'jiwa', '30.899', '508%',
    ]),
    (189, [
            '', 'Penjajakan Awal dan Pelaksanaan Program KAT', 'Jumlah rumah warga KAT yang terbangun', '1',
            'lokasi', '1', 'Lokasi', '1', '0', '0%', 'Fasilitasi Pemberdayaan Sosial KAT',
            'Jumlah lokasi KAT yang di petakan untuk mendapatkan bantuan perumahan KAT dari Kementerian sosial', '1',
            'Lokasi', '2', '200%',
    ]),
    (190, [
            '', 'Pelatihan keterampilan bagi penyandang masalah kesejahteraan sosial',
            'Jumlah warga KAT yang mendapatkan pembinaan', '450', 'KK', '200', 'KK', '80', '80', '100,00%',
            'Peningkatan Kapasitas dan Pendampingan KAT', 'Jumlah warga KAT yang mendapat pembinaan', '60', 'kk',
            '340', '76%',
    ]),
    (191, [
            '', 'PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL',
            'prosentase cakupan PMKS yang mendapatkan pelayanan sosial', '100', '%', '20', '%', '100', '100',
            '100,00%', '', '', '', '', '', '',
    ]),
    (192, [
            '', 'Pelayanan dan perlindungan sosial, hukum bagi korban eksploitasi, perdagangan manusia dan anak',
            'Jumlah orang terlanjar yang dilayani', '45', 'orang', '1', 'orang', '10', '0', '0,00%',
            'Pemberian Pelayanan Reunifikasi Keluarga', 'Jumlah orang terlanjar yang dilayani', '1', 'orang', '2',
            '4%',
    ]),
    (193, [
            '', 'penanganan masalah-masalah strategis yang menyangkut tanggap cepat darurat dan kejadian luar biasa',
            'Jumlah korban bencana yang mendapatkan pelayanan dan bantuan', '3000', 'nuta', '500', 'nuta', '500',
            '749', '149,80%', 'Penyediaan Makanan', 'Jumlah korban bencana yang mendapatkan pelayanan dan bantuan.',
            '4566', 'nuta', '5.815', '194%',
    ]),
    (194, [
            '', 'Pelayanan dan perlindungan sosial lansia', 'Jumlah lansia yang menerima bantuan sembako', '3880',
            'jiwa', '8', 'jiwa', '400', '400', '100,00%', 'Penyediaan Permakanaan',
            'Jumlah Lansia yang menerima bantuan sembako', '400', 'jiwa', '808', '21%',
    ]),
    (195, [
            '', 'Pembinaan Petugas Penanggulangan Bencana Daerah (Anggota Tagana)',
            'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan', '75', '', '53', '',
            '43', '', '66,67%', '', '', '', '', '53', '71%',
    ]),
    (200, [
            '', 'PROGRAM PEMBINAAN ANAK TERLANTAR', 'prosentase anak terlantar yang mendapatkan pembinaan', '100',
            '', '30', '', '100', '', 'sedang', '', '', '', '', '30', '30%',
    ]),
    (201, [
            '', 'Pembinaan Petugas Penanggulangan Bencana Daerah (Anggota Tagana)',
            'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan', '75', 'orang', '53',
            'orang', '43', '43', '100,00%', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana',
            'Jumlah Anggota Tagana yang mendapatkan pelatihan dan keterampilan kebencanaan.', '43', 'orang', '139',
            '185%',
    ]),
    (202, [
            '', 'PROGRAM PEMBINAAN ANAK TERLANTAR', 'prosentase anak terlantar yang mendapatkan pembinaan', '100',
            '%', '30', '%', '100', '65', '65,00%', '', '', '', '', '', '',
    ]),
    (203, [
            '', 'Pengembangan bakat dan keterampilan anak terlantar',
            'Jumlah Anak terlantar yang mendapatkan fasilitasi pendidikan dan bantuan alat keterampilan', '300',
            'orang', '30', 'orang', '40', '35', '87,50%',
            ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, '
             'Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
            'Jumlah anak terlantar yang mendapatkan fasilitasi pendidikan dan bantuan alat keterampilan', '27',
            'orang', '92', '31%',
    ]),
    (204, [
            '', 'PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA',
            'Prosentasi penyandang cacat dan eks trauma yang terbina', '100', 'Buah', '41', 'Buah', '100', '100',
            '100,00%', '', '', '', '', '', '',
    ]),
    (205, [
            '', 'Pendidikan dan pelatihan bagi penyandang cacat dan eks trauma',
            ('Jumlah penyandang cacat dan eks trauma yang mendapatkan fasilitas pendidikan dan bantuan alat '
             'disabilitas'),
            '127', 'orang', '96', 'orang', '6', '2', '33,33%', '', '', '0', '', '98', '77%',
    ]),
    (206, [
            '', 'Pendayagunaan para penyandang cacat dan eks trauma',
            'Jumlah penyandang cacat dan eks trauma yang mendapatkan bantuan alat keterampilan', '127', 'orang', '8',
            'orang', '48', '48', '100,00%', 'Penyediaan Alat Bantu',
            'Jumlah penyandang cacat dan eks trauma yang mendapatkan bantuan alat keterampilan', '48', 'orang',
            '104', '82%',
    ]),
    (207, [
            '', 'PROGRAM PEMBINAAN PANTI ASUHAN/ PANTI JOMPO', 'Prosentase pembinaan Panti asuhan/Panti Jompo',
            '100', '%', '20', '%', '100', '100', '100,00%', '', '', '', '', '', '',
    ]),
    (208, [
            '', 'Operasi dan pemeliharaan sarana dan prasarana panti asuhan/ jompo',
            'Jumlah panti asuhan dan orsos yang mendapatkan pembinaan dan bantuan sosial', '36', 'LKS', '18', 'LKS',
            '6', '6', '100,00%',
            ('Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah Orsos yang mendapatkan pembinaan sosial', '6', 'LKS', '30', '83%',
    ]),
    (209, [
            '',
            ('PROGRAM PEMBINAAN EKS PENYANDANG PENYAKIT SOSIAL (EKS NARAPIDANA, PSK, NARKOBA DAN PENYAKIT '
             'SOSIAL LAINNYA'),
            '100', '20', '%', '0', '%', '100', '150', '150,00%', '', '', '', '', '', '',
    ]),
    (210, [
            '', 'Pemantauan kemajuan perubahan sikap mental eks penyandang penyakit sosial',
            'Jumlah Korban Nafza yang Terkirim', '20', 'orang', '0', 'orang', '4', '6,00', '150,00%',
            'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            'Jumlah klien korban Nafza yang dikirim kepanti rehabilitasi', '5', 'orang', '11', '55%',
    ]),
    (215, [
            '', 'PROGRAM PEMBERDAYAAN KELEMBAGAAN KESEJAHTERAAN SOSIAL',
            ('Prosentasi warga masyarakat yang menjadi tenaga kesejahteraan sosial masyarakat dan kalangan '
             'dunia usaha yang berperan dalam pembangunan bidang kesejahteraan sosial. (%)'),
            '100', '%', '96', '%', '100', '100', '100,00%', '', '', '', '', '', '',
    ]),
    (216, [
            '', 'Peningkatan peran aktif masyarakat dan dunia usaha',
            'Jumlah rapat tentang usulan pengumpulan Uang dan barang (PUB) yang direkomendasikan', '36',
            'rekomendasi', '18', 'rekomendasi', '3', '2', '66,67%',
            'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
            'Jumlah rapat tentang usulan Pengumpulan Uang dan Barang (PUB) yang direkomendasikan', '1',
            'rekomendasi', '21', '58%',
    ]),
    (217, [
            '', 'Peningkatan jejaring kerjasama pelaku-pelaku usaha kesejahteraan sosial masyarakat',
            'Jumlah PSKS yang mengikuti lomba prestasi', '120', 'orang', '60', 'orang', '20', '20', '100,00%', '',
            '', '', '', '', '0%',
    ]),
    (218, [
            '', 'Pengembangan model kelembagaan perlindungan sosial',
            'Jumlah organisasi karang taruna yang mengikuti diklat keterampilan dan kemah Bakhti karang taruna',
            '157', 'KT', '157', 'KT', '15', '15', '100,00%', '', '', '', '', '', '0%',
    ]),
    (219, [
            '', 'Bimbingan Pemantapan Pekerja Sosial Masyarakat (PSM)',
            'Jumlah PSM yang mengikuti diklat keterampilan dan temu karya bakti sosial', '120', 'orang', '60',
            'porang', '20', '20', '100,00%', '', '', '', '', '', '0%',
    ]),
    (220, [
            '', 'Penyuluhan Sosial Masyarakat', 'Jumlah peserta penyuluh tentang PMKS', '8', 'orang', '8', 'orang',
            '8', '30', '375,00%', '', '', '', '', '', '0%',
    ]),
    (221, [
            '', 'Pembinaan Organisasi Sosial Masyarakat', 'Jumlah Orsos yang mendapatkan pembinaan sosial', '8',
            'orsos', '8', 'orsos', '15', '15', '100,00%', '', '', '', '', '', '0%',
    ]),
    (222, [
            '', 'Pembinaan Kepahlawanan', 'Jumlah perangkat sarana makam pahlawan yang terpasang', '1', 'TMP', '1',
            'TMP', '1', '1', '100,00%', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
            'Jumlah perangkat sarana makam pahlawan yang terpasang', '1', 'TMP', '1', '100%',
    ]),
    (223, [
            '', 'PROGRAM KELUARGA HARAPAN', 'prosentase KSM yang mendapatkan pelayanan sosial', '100', 'LKS', '100',
            'LKS', '100', '100', '100,00%', '', '', '', '', '', '0%',
    ]),
    (224, [
            '', 'Peningkatan Kinerja Pelaksanaan Program Keluarga Harapan',
            'Jumlah keluarga penerima manfaat yang mendapatkan bantuan PKH', '12.084', 'KK', '12.084', 'KK', '2257',
            '14012', '620,82%', '', '', '', '', '', '0%',
    ]),
    (225, [
            '', 'PROGRAM BASIS DATA PMKS PSKS TERPADU', 'Prosentase basis Data PMKS PSKS Terpadu', '100', '%', '100',
            '%', '100', '100', '100,00%', '', '', '', '', '', '0%',
    ]),
    (226, [
            '', '', '', '', '', '', '', '', '', '', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga',
            'Jumlah bantuan sosial yang disalurkan', '8', 'bulan', '', '',
    ]),
    (227, [
            '', 'Pendataan PMKS PSKS', 'Jumlah keluarga miskin yang masuk dalam BDT yang diValidasi', '148570',
            'ruta', '29714', 'ruta', '12084', '11518', '95,32%',
            'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
            'Jumlah keluarga miskin yang masuk dalam BDT yang diValidasi', '4208', 'ruta', '45.440', '31%',
    ]),
    (232, 'U', 'Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak'),
    (233, [
            '2.02.2.02.1.01', 'Program pelayanan administrasi perkantoran',
            'Persentase pemenuhan pengurusan administrasi kepegawaian aparatur DPPPA', '100', '', '100', '', '100',
            '117,1', '117,10%', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
            ('Meningkatnya kelancaran pelayanan administrasi perkantoran, tingkat pemenuhan kebutuhan sarana '
             'dan prasarana aparatur yang baik, tingkat disiplin aparatur, tingkat pengembangan kapasitas '
             'sumber daya aparatur, nilai SAKIP SKPD'),
            '100', '%', '', '',
    ]),
    (234, [
            '2.02.2.02.1.01.02', 'Penyediaan jasa komunikasi, sumber daya air dan listrik',
            'Jumlah tagihan rekening jasa komunikasi, sumber daya air dan listrik', '72', 'bulan', '36', 'bulan',
            '12', '12', '100,00%', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'Jumlah Waktu Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', '12', 'bulan', '60', '83%',
    ]),
    (235, [
            '2.02.2.02.1.01.07', 'Penyediaan jasa administrasi keuangan',
            'Jumlah tenaga administrasi yang diberikan honor', '72', 'bulan', '36', 'bulan', '12', '12', '100,00%',
            'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Waktu Penyediaan Jasa Administrasi Keuangan', '12',
            'bulan', '60', '83%',
    ]),
    (236, [
            '2.02.2.02.1.01.08', 'Penyediaan jasa kebersihan kantor', 'Jumlah paket alat dan bahan pembersih', '72',
            'bulan', '36', 'bulan', '12', '12', '100,00%', 'Penyediaan Jasa Pelayanan Umum Kantor',
            'Jumlah Waktu Penyediaan Jasa Kebersihan Kantor', '12', 'bulan', '60', '83%',
    ]),
    (237, [
            '2.02.2.02.1.01.09', 'Penyediaan jasa perbaikan peralatan kerja',
            'Jumlah peralatan kerja yang diperbaiki', '72', 'bulan', '36', 'bulan', '12', '12', '100,00%',
            'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah Waktu Penyediaan Jasa Perbaikan Peralatan Kerja', '12',
            'bulan', '60', '83%',
    ]),
    (238, [
            '2.02.2.02.1.01.10', 'Penyediaan alat tulis kantor', 'Jumlah paket alat tulis kantor', '16', 'paket',
            '9', 'paket', '4', '4', '100,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Alat Tulis Kantor yang disediakan', '23', 'item', '36', '225%',
    ]),
    (239, [
            '2.02.2.02.1.01.11', 'Penyediaan barang cetakan dan penggandaan',
            'Jumlah barang cetakan dan penggandaan', '610', 'Buku', '144', 'Buku', '70', '75', '107,14%',
            'Penyediaan Barang Cetak dan Penggandaan', 'Jumlah Barang Cetak dan Penggandaan yang disediakan', '180',
            'buku', '399', '65%',
    ]),
    (240, [
            '2.02.2.02.1.01.15', 'Penyediaan bahan bacaan dan peraturan perundang-undangan',
            'Jumlah koran/bahan bacaan yang tersedia', '4320', 'Exampler', '2040', 'Exampler', '720', '720',
            '100,00%', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
            'Jumlah Bahan Bacaan dan Peraturan Perundang-undangan yang disediakan', '730', 'exampler', '3490', '81%',
    ]),
    (241, [
            '2.02.2.02.1.01.17', 'Penyediaan makanan dan minuman',
            'Tersedianya makanan/minuman dan snack rapat dan tamu', '2650', 'porsi', '511', 'porsi', '475', '665',
            '140,00%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Makanan dan Minuman yang disediakan', '530', 'porsi', '1706', '64%',
    ]),
    (242, [
            '2.02.2.02.1.01.18', 'Rapat-rapat koordinasi dan konsultasi keluar daerah',
            'Jumlah orang yang melaksanakan rapat koordinasi dan konsultasi keluar daerah', '378', 'orang', '133',
            'orang', '35', '67', '191,43%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah', '67', 'OP', '267', '71%',
    ]),
    (243, [
            '2.02.2.02.1.01.20', 'Rapat-rapat koordinasi dan konsultasi dalam daerah',
            'Jumlah orang yang melaksanakan rapat koordinasi dan konsultasi dalam daerah', '350', 'orang', '98',
            'orang', '47', '48', '102,13%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'Jumlah Rapat-rapat Koordinasi dan Konsultasi ke dalam Daerah', '180', 'OP', '326', '93%',
    ]),
    (244, [
            '2.02.2.02.1.02', 'Program peningkatan sarana dan prasarana aparatur',
            'Meningkatnya sarana dan prasarana aparatur', '100', '%', '100', '%', '100', '100', '100,00%', '', '',
            '', '', '', '',
    ]),
    (245, [
            '2.02.2.02.1.02.03', 'Pembangunan gedung kantor', 'Jumlah terbentuknya parkir', '3', 'buah', '0', 'buah',
            '1', '1', '100,00%', '', '', '', '', '1', '33%',
    ]),
    (250, [
            '2.02.2.02.1.02.14', 'Pengadaan Komputer', 'Jumlah pengadaan komputer untuk kantor', '34', 'buah', '12',
            'buah', '5', '5', '100,00%', '', '', '', '', '17', '50%',
    ]),
    (251, [
            '2.02.2.02.1.02.05', 'Pengadaan Kendaraan dinas', 'Jumlah kendaraan dinas/ operasional', '7', 'buah',
            '1', 'buah', '6', '6', '100,00%', '', '', '', '', '7', '100%',
    ]),
    (252, [
            '2.02.2.02.1.02.07', 'Pengadaan Perlengkapan gedung kantor', 'Jumlah Perlengkapan gedung kantor', '18',
            'buah', '36', 'buah', '8', '8', '100,00%', '', '', '', '', '44', '244%',
    ]),
    (253, [
            '2.02.2.02.1.02.07', 'Pengadaan Mebeleur', 'Jumlah pengadaan meubeluar kantor', '31', 'buah', '0',
            'buah', '40', '40', '100,00%', '', '', '', '', '40', '129%',
    ]),
    (254, [
            '2.02.2.02.1.02.22', 'Pemeliharaan rutin/berkala gedung kantor', 'Terpeliharanya gedung kantor', '1',
            'buah', '1', 'buah', '1', '1', '100,00%', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
            'Jumlah Gedung Kantor yang mendapat Pemeliharaan Rutin/Berkala', '1', 'buah', '1', '100%',
    ]),
    (255, [
            '2.02.2.02.1.02.24', 'Pemeliharaan rutin/berkala kendaraan dinas/operasional',
            'Terpeliharanya kendaraan dinas/operasional', '66', 'buah', '47', 'buah', '9', '9', '100,00%',
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau '
             'Kendaraan Dinas Jabatan'),
            'Jumlah Kendaraan Dinas/Jabatan yang mendapat Pemeliharaan Rutin/Berkala', '2', 'buah', '58', '88%',
    ]),
    (256, [
            '', '', '', '', '', '', '', '', '', '',
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional '
             'atau Lapangan'),
            'Jumlah Kendaraan Dinas/Operasional yang mendapat Pemeliharaan Rutin/Berkala', '1', 'buah', '1',
            '#DIV/0!',
    ]),
    (257, [
            '2.02.2.02.1.03', 'Program peningkatan disiplin aparatur', 'Meningkatnya disiplin aparatur', '100', '',
            '29,57', '-', '0', '0', '0,00%', '', '', '', '', '', '',
    ]),
    (258, [
            '2.02.2.02.1.03.02', 'Pengadaan pakaian khusus hari-hari tertentu',
            'Tertaksananya pengadaan pakaian utk hari2 khusus untuk pegawai', '186', 'lembar', '55', 'lembar', '0',
            '0', '0,00%', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
            'Jumlah Pakaian Khusus Hari-hari Tertentu yang diadakan', '35', 'lembar', '90', '48%',
    ]),
    (259, [
            '2.02.2.02.1.03.05', 'Pengadaan pakaian dinas beserta perlengkapannya',
            'Tertaksananya pengadaan pakaian dinas dan perlengkapannya untuk pegawai', '186', 'stel', '55', 'stel',
            '0', '0', '0,00%', 'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
            'Jumlah Pakaian Dinas Beserta Perlengkapannya yang diadakan', '35', 'stel', '90', '48%',
    ]),
    (260, [
            '2.02.2.02.1.05', 'Program peningkatan kapasitas sumber daya aparatur',
            'Meningkatnya kapasitas sumber daya aparatur', '100', '', '100', '-', '100', '91,67', '91,67%', '', '',
            '', '', '', '',
    ]),
    (261, [
            '2.02.2.02.1.05.03', 'Bimbingan teknis implementasi peraturan perundang-undangan',
            'Jumlah pegawai yang mengikuti bimtek', '75', 'orang', '34', 'orang', '12', '11', '91,67%',
            'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan',
            'Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', '15', 'orang', '60', '80%',
    ]),
    (266, [
            '2.02.2.02.1.06', 'Program peningkatan pengembangan system pelaporan capaian kinerja dan keuangan',
            'Meningkatnya pengembangan system pelaporan capaian kinerja keuangan', '100', '', '100', '-', '100',
            '100', '100,00%', '', '', '', '', '', '',
    ]),
    (267, [
            '2.02.2.02.1.06.01', 'Penyusunan laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD',
            'Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD', '24', 'Dokumen', '16', 'Dokumen',
            '4', '4', '100,00%',
            'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', '4', 'dokumen', '24', '100%',
    ]),
    (268, [
            '2.02.2.02.1.06.05', 'Penyusunan RKA dan DPA SKPD', 'Jumlah RKA dan DPA SKPD', '24', 'Dokumen', '12',
            'Dokumen', '4', '4', '100,00%', 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
            'Jumlah dokumen RKA dan DPA SKPD', '4', 'dokumen', '20', '83%',
    ]),
    (269, [
            '2.02.2.02.1.20', 'Program Peningkatan Kualitas Hidup Perempuan',
            '1. Persentase anggaran yang responsive gender (ARG) pada belanja langsung APBD kabupaten Balangan.',
            '5,5', '%', '7,25', '%', '5', '12,35', '247,00%',
            '2.08-02 PROGRAM PENGARUS UTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN',
            ('1. Persentase anggaran yang responsive gender (ARG) pada belanja langsung APBD kabupaten Balangan '
             '; Persentase keterlibatan perempuan di parlemen'),
            '5,5', '%', '12,35', '225%',
    ]),
    (270, [
            '', '', '2. Persentase keterlibatan perempuan di parlemen', '15', '', '16', '', '15', '16', '106,67%',
            '', '', '15', '', '16', '107%',
    ]),
    (271, [
            '2.02.2.02.1.20.02', 'Pelatihan pelaksanaan PUG termasuk PPRG bagi SDM pada lembaga pemerintah',
            'Jumlah peserta yang mengikuti pelatihan PUG termasuk PPRG', '600', 'Orang', '141', 'Orang', '50', '50',
            '100,00%', '2.08-02.2.01.03 Advokasi Kebijakan dan Pendampingan Pelaksanaan PUG termasuk PPRG',
            'Jumlah peserta yang mengikuti pelatihan PUG termasuk PPRG', '45', 'orang', '236', '39%',
    ]),
    (272, [
            '2.02.2.02.1.20.03', 'Pameran hasil karya perempuan di bidang pembangunan',
            'Jumlah pameran yang diikuti', '5', 'Kali', '3', 'Kali', '1', '0', '0,00%',
            ('2.08-04.2.01.02 Pelaksanaan Komunikasi, Informasi dan Edukasi KG dan Perlindungan Anak bagi '
             'Keluarga Kewenangan Kabupaten/Kota'),
            'Jumlah pameran yang diikuti', '1', 'kali', '4', '80%',
    ]),
    (273, [
            '2.02.2.02.1.20.04',
            ('Advokasi dan sosialisasi pemberdayaan perempuan bidang politik, hukum dan sosial bagi organisasi '
             'kemasyarakatan'),
            ('Jumlah peserta yang mengikuti sosialisasi pemberdayaan perempuan bidang politik, hukum dan sosial '
             'bagi organisasi kemasyarakatan'),
            '300', 'Orang', '180', 'Orang', '0', '0', '0,00%', '', '', '', '', '180', '60%',
    ]),
    (274, [
            '2.02.2.02.1.20.05',
            'Pelatihan pemberdayaan perempuan bidang politik, hukum dan sosial bagi organisasi kemasyarakatan',
            ('Jumlah peserta yang mengikuti sosialisasi pemberdayaan perempuan bidang politik, hukum dan sosial '
             'bagi organisasi kemasyarakatan'),
            '600', 'Orang', '0', 'Orang', '102', '102', '100,00%',
            ('2.08-02.2.02.01 Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial '
             'dan Ekonomi'),
            ('Jumlah peserta yang mengikuti sosialisasi pemberdayaan perempuan bidang politik, hukum dan sosial '
             'bagi organisasi kemasyarakatan'),
            '100', 'orang', '202', '34%',
    ]),
    (275, [
            '2.02.2.02.1.21', 'Program Peningkatan Perlindungan Hak Perempuan',
            'Persentase penanganan kasus kekerasan terhadap perempuan', '100', '%', '100', '%', '100', '100',
            '100,00%', '2.08-03 PROGRAM PERLINDUNGAN PEREMPUAN',
            'Persentase penanganan kasus kekerasan terhadap perempuan termasuk TPPPO', '100', '%', '100', '100%',
    ]),
    (276, [
            '2.02.2.02.1.21.01',
            'Advokasi dan sosialisasi kebijakan pencegahan kekerasan terhadap perempuan yang melibatkan para pihak',
            'Jumlah peserta yang mengikuti sosialisasi kebijakan pencegahan kekerasan terhadap perempuan', '360',
            'Orang', '183', 'Orang', '100', '100', '100,00%',
            ('2.08-03.2.01.02 Advokasi Kebijakan dan Pendampingan Layanan Perlindungan Perempuan Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti sosialisasi kebijakan pencegahan kekerasan terhadap perempuan', '200',
            'orang', '483', '134%',
    ]),
    (281, [
            '2.02.2.02.1.22', 'Program Peningkatan Kualitas Keluarga',
            'Persentase perkawinan usia anak di kabupaten Balangan', '0,97', '%', '1', '%', '1', '1,48', '52,00%',
            '2.08-04 PROGRAM PENINGKATAN KUALITAS KELUARGA', 'Persentase perkawinan usia anak di kabupaten Balangan',
            '0,97', '0,97', '1,48', '47,42%',
    ]),
    (282, [
            '', '', 'Indeks ketahanan keluarga didesa atau kelurahan yang dibina', '60', '', '', '', '60', '52,67',
            '87,78%', '', 'Indeks ketahanan keluarga didesa atau kelurahan yang dibina', '60', '60', '60', '100%',
    ]),
    (283, [
            '2.02.2.02.1.22.04', 'Peningkatan kualitas keterampilan perempuan',
            'Jumlah perempuan yang mengikuti pelatihan keterampilan', '45', 'orang', '30', 'orang', '0', '0',
            '0,00%',
            ('2.08-04.2.01.03 Pengembangan Kegiatan Masyarakat untuk Peningkatan Kualitas Keluarga Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah perempuan yang mengikuti pelatihan keterampilan', '10', 'orang', '40', '89%',
    ]),
    (284, [
            '2.02.2.02.1.22.05', 'Penyuluhan dalam pencegahan perkawinan usia anak',
            'Jumlah peserta yang mengikuti penyuluhan', '1050', 'orang', '550', 'orang', '220', '220', '100,00%',
            ('2.08-04.2.03.01 Pelaksanaan Penyediaan Layanan Komprehensif bagi Keluarga dalam Mewujudkan KG dan '
             'Perlindungan Anak yang Wilayah Kerjanya dalam Daerah Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti penyuluhan', '280', 'orang', '1050', '100%',
    ]),
    (285, [
            '2.02.2.02.1.22.06',
            ('Kegiatan pembinaan peningkatan peran wanita menuju keluarga sehat dan sejahtera dan kecamatan '
             'sayang ibu'),
            'Jumlah pembinaan desa TPK2D', '60', 'kali', '24', 'kali', '3', '3', '100,00%',
            ('2.08-04.2.01.03 Pengembangan Kegiatan Masyarakat untuk Peningkatan Kualitas Keluarga Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah pembinaan desa TPK2D', '12', '12 kali', '39', '65%',
    ]),
    (286, [
            '2.02.2.02.1.22.07',
            ('Pemberian komunikasi, informasi dan edukasi mengenai kesetaraan gender dan hak anak kepada kader '
             'dan pengurus organisasi kemasyarakatan'),
            'Jumlah organisasi kemasyarakatan', '3', 'organisasi', '1', 'organisasi', '0', '0', '0,00%', '', '', '',
            '', '1', '33%',
    ]),
    (287, [
            '2.02.2.02.1.23', 'Program Pemenuhan Hak dan Peningkatan Kualitas Hidup Anak',
            'Persentase Jumlah Desa Peduli Anak (Depan) Kab. Balangan', '10', '%', '5', '%', '2,5', '2,5', '100,00%',
            '2.08-06 PROGRAM PEMENUHAN HAK ANAK (PHA)', 'Persentase Jumlah Desa Peduli Anak (Depan) Kab. Balangan',
            '3', '%', '10', '100%',
    ]),
    (288, [
            '2.02.2.02.1.23.02',
            'Pelatihan tenaga terlatih pemenuhan hak anak dalam pengembangan puskesmas ramah anak',
            'Jumlah peserta yang mengikuti pelatihan', '90', 'orang', '26', 'orang', '15', '15', '100,00%',
            ('2.08-06.2.02.04 Penguatan Jejaring antar Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak '
             'Tingkat Daerah Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti pelatihan', '28', 'orang', '69', '77%',
    ]),
    (289, [
            '2.02.2.02.1.23.03', 'Penyuluhan pemenuhan hak anak di posyandu',
            'Jumlah peserta yang mengikuti penyuluhan', '320', 'orang', '79', 'orang', '0', '0', '0,00%', '', '', '',
            '', '79', '25%',
    ]),
    (294, [
            '2.02.2.02.1.23.04',
            'Pelatihan tenaga terlatih pemenuhan hak anak dalam pengembangan sekolah ramah anak',
            'Jumlah peserta yang mengikuti pelatihan', '300', 'orang', '72', 'orang', '20', '20', '100,00%',
            ('2.08-06.2.02.04 Penguatan Jejaring antar Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak '
             'Tingkat Daerah Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti pelatihan', '30', 'orang', '122', '41%',
    ]),
    (295, [
            '2.02.2.02.1.23.05', 'Koordinasi pemenuhan hak dan peningkatan kualitas hidup anak',
            'Jumlah peserta yang mengikuti temu forum anak daerah', '600', 'orang', '188', 'orang', '40', '40',
            '100,00%',
            ('2.08-06.2.02.02 Koordinasi dan Sinkronisasi Pelaksanaan Pendampingan Peningkatan Kualitas Hidup '
             'Anak Tingkat Daerah Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti temu forum anak daerah', '50', 'orang', '278', '46%',
    ]),
    (296, [
            '', '', 'Jumlah peserta yang mengikuti pembentukan forum anak desa', '450', 'orang', '115', 'orang',
            '120', '120', '100,00%', '', 'Jumlah peserta yang mengikuti pembentukan forum anak desa', '90', 'orang',
            '325', '72%',
    ]),
    (297, [
            '', '', 'Jumlah forum desa anak yang dibina', '15', 'FAD', '8', 'FAD', '4', '4', '100,00%', '',
            'Jumlah forum desa anak yang dibina', '3', 'FAD', '15', '100%',
    ]),
    (298, [
            '2.02.2.02.1.23.06',
            'Monitoring, evaluasi dan pelaporan pemenuhan hak anak dan peningkatan kualitas hidup dan anak',
            'Jumlah buku data profil anak', '100', 'buku', '50', 'buku', '25', '25', '100,00%',
            ('2.08-06.2.02.03 Pengembangan Komunikasi, Informasi dan Edukasi Pemenuhan Hak Anak bagi Lembaga '
             'Penyedia Layanan Peningkatan Kualitas Hidup Anak Tingkat Daerah Kabupaten/Kota'),
            'Jumlah buku data profil anak', '25', 'buku', '100', '100%',
    ]),
    (299, [
            '2.02.2.02.1.23.07',
            'Advokasi dan sosialisasi kebijakan pemenuhan hak dan peningkatan kualitas hidup anak',
            'Jumlah peserta yang mengikuti sosialisasi desa layak anak', '350', 'orang', '105', 'orang', '120',
            '120', '100,00%',
            ('2.08-06.2.01.01 Advokasi Kebijakan dan Pendampingan Pemenuhan Hak Anak pada Lembaga Pemerintah, '
             'Non Pemerintah, Media dan Dunia Usaha Kewenangan Kabupaten/Kota'),
            'Jumlah peserta yang mengikuti sosialisasi desa layak anak', '50', 'orang', '275', '79%',
    ]),
    (300, [
            '2.02.2.02.1.24', 'Program Peningkatan Perlindungan Khusus Anak', 'Persentase perlindungan khusus anak',
            '100', '%', '100', '%', '100', '100', '100,00%', '2.08-07 PROGRAM PERLINDUNGAN KHUSUS ANAK',
            'Persentase perlindungan khusus anak yang terlayani', '100', '%', '100', '100%',
    ]),
    (301, [
            '2.02.2.02.1.24.02',
            'Penatalaksanaan pusat pelayanan terpadu pemberdayaan perempuan dan perlindungan anak (P2TP2A)',
            'Indeks Kepuasan masyarakat terhadap P2TP2A', '100', '%', '74,88', '%', '0', '0', '#DN/0!', '', '', '',
            '', '74,88', '75%',
    ]),
    (306, [
            '2.02.2.02.1.24.03', 'Pelatihan kader dan fasilitator perlindungan anak terpadu berbasis masyarakat',
            '1. Jumlah peserta pelatihan kader dan fasilitator', '420', 'orang', '170', 'orang', '0', '0', '0,00%',
            ('2.08-07.2.03.02 Koordinasi dan Sinkronisasi Peningkatan Kapasitas Sumber Daya Lembaga Penyedia '
             'Layanan Anak yang Memerlukan Perlindungan Khusus Tingkat Daerah Kabupaten/Kota'),
            '1. Jumlah peserta pelatihan kader dan fasilitator', '140', 'orang', '310', '74%',
    ]),
    (307, [
            '', '', '2. Jumlah peserta yang mengikuti sosialisasi PATBM', '1080', '', '404', '', '225', '225',
            '100,00%', '', '2. Jumlah peserta yang mengikuti sosialisasi PATBM', '200', 'orang', '829', '77%',
    ]),
    (308, [
            '2.02.2.02.1.24.04',
            ('Pelayanan pendampingan (layanan kesehatan, rehabilitasi sosial, bantuan hukum, reintegrasi sosial '
             'dan pemulangan) bagi anak yang memerlukan perlindungan khusus'),
            'Persentase Jumlah pendampingan yang dilaksanakan', '100', '%', '100', '%', '100', '100', '100,00%',
            ('2.08-07.2.02.01 Penyediaan Layanan Pengaduan Masyarakat bagi Anak yang Memerlukan Perlindungan '
             'Khusus Tingkat Daerah Kabupaten/Kota'),
            'Persentase Jumlah pendampingan terhadap anak yang dilaksanakan', '100', '%', '300', '300%',
    ]),
    (309, [
            '2.02.2.02.1.24.01',
            ('Advokasi dan sosialisasi pencegahan kekerasan, eksploitasi, penelantaran dan perlakuan salah '
             'lainnya terhadap anak'),
            ('Jumlah peserta yang mengikuti sosialisasi pencegahan kekerasan, eksploitasi, penelantaran dan '
             'perlakuan salah lainnya terhadap anak'),
            '600', 'orang', '0', 'orang', '50', '50', '100,00%',
            ('2.08-07.2.01.01 Advokasi Kebijakan dan Pendampingan Pelaksanaan Kebijakan, Program dan Kegiatan '
             'Pencegahan Kekerasan terhadap Anak Kewenangan Kabupaten/Kota'),
            ('Jumlah peserta yang mengikuti sosialisasi Pencegahan Kekerasan, Eksploitasi, Penelantaran dan '
             'Perlakuan Salah Lainnya Terhadap Anak'),
            '120', 'anak', '170', '28%',
    ]),
    (310, [
            '2.02.2.02.1.27', 'Program Pengelolaan Sistem Data Kekerasan Perempuan dan Anak, Gender dan anak',
            'Persentase Jumlah SKPD yang memanfaatkan data gender dan anak dalam penyusunan program/ kegiatan',
            '100', '%', '85', '%', '100', '100', '100,00%',
            '2.08-05 PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK',
            'Persentase Jumlah SKPD yang memanfaatkan data gender dan anak dalam penyusunan program/ kegiatan',
            '100', '%', '100', '100%',
    ]),
    (311, [
            '2.02.2.02.1.27.01', 'Pengembangan sistem informasi gender dan anak',
            'Jumlah buku data gender anak yang dicetak', '123', 'buku', '35', 'buku', '35', '35', '100,00%',
            '2.08-05.2.01.01 Penyediaan Data Gender dan Anak di Kewenangan Kabupaten/Kota',
            'Jumlah buku data gender anak yang dicetak', '35', 'buku', '105', '85%',
    ]),
    (312, [
            '2.02.2.02.1.27.02', 'Sosialisasi dan workshop updating data e-kekerasan perempuan dan anak',
            'Jumlah admin dan operator yang melaksanakan updating e kekerasan perempuan dan anak', '57', 'orang',
            '26', 'orang', '19', '13', '68,42%',
            ('2.08-05.2.01.02 Penyajian dan Pemanfaatan Data Gender dan Anak dalam Kelembagaan Data di '
             'Kewenangan Kabupaten/Kota'),
            'Jumlah admin dan operator yang melaksanakan updating e kekerasan perempuan dan anak', '19', 'orang',
            '58', '102%',
    ]),
    (317, 'U', 'Urusan Pemberdayaan Masyarakat dan Desa'),
    (319, [
            '', 'Program Pelayanan Administrasi Perkantoran',
            'Tingkat Kelancaran Pelayanan Administrasi Perkantoran', '100', '%', '100', '%', '100', '100', '100%',
            'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
            ('Tingkat Kelancaran Pelayanan Administrasi Perkantoran; Tingkat Pemenuhan Kebutuhan Sarana dan '
             'Prasarana Aparatur yang baik; Tingkat Disiplin Aparatur; Tingkat Pengembangan Kapasitas Sumber '
             'Daya Aparatur; Nilai SAKIP SKPD'),
            '100', '%', '', '',
    ]),
    (320, [
            '', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'Jumlah kegiatan jasa layanan telepon, air, listrik kantor', '60', 'Bulan', '36', 'Bulan', '12', '12',
            '100%', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'Jumlah Kegiatan Jasa Layanan Telepon, Air, Listrik Kantor (Bulan)', '12', 'Bulan', '60', '100%',
    ]),
    (321, [
            '', 'Penyediaan Jasa Administrasi Keuangan', 'Jumlah kegiatan jasa administrasi Keuangan', '60', 'Bulan',
            '36', 'Bulan', '12', '12', '100%', 'Penyediaan Jasa Pelayanan Umum Kantor',
            ('Jumlah Peralatan Kebersihan (12) , Jumlah Peralatan Kerja Dalam Kondisi Baik dan Bisa Menunjang '
             'Pekerjaan (12) (Bulan)'),
            '12', 'Bulan', '60', '100%',
    ]),
    (322, [
            '', 'Penyediaan Jasa Kebersihan Kantor', 'Jumlah peralatan kebersihan', '60', 'Bulan', '36', 'Bulan',
            '12', '12', '100%', 'Penyediaan Jasa Pelayanan Umum Kantor',
            ('Jumlah Peralatan Kebersihan (12) , Jumlah Peralatan Kerja Dalam Kondisi Baik dan Bisa Menunjang '
             'Pekerjaan (12) (Bulan)'),
            '12', 'Bulan', '60', '100%',
    ]),
    (323, [
            '', 'Penyediaan Jasa Perbaikan Peralatan Kerja',
            'Jumlah Peralatan kerja dalam kondisi baik dan bisa menunjang pekerjaan', '60', 'Bulan', '36', 'Bulan',
            '12', '12', '100%', 'Penyediaan Jasa Pelayanan Umum Kantor',
            ('Jumlah Peralatan Kebersihan (12) , Jumlah Peralatan Kerja Dalam Kondisi Baik dan Bisa Menunjang '
             'Pekerjaan (12) (Bulan)'),
            '12', 'Bulan', '60', '100%',
    ]),
    (324, [
            '', 'Penyediaan Alat Tulis Kantor', 'Jumlah ATK dan benda Pos', '60', 'Bulan', '36', 'Bulan', '12', '12',
            '100%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            ('Jumlah ATK dan benda pos Jumlah kegiatan makan dan minum tamu dan rapat Jumlah terselenggara '
             'rapat-rapat dan koordinasi luar daerah propinsi dan luar daerah dalam propinsi'),
            '12', 'Bulan', '60', '100%',
    ]),
    (325, [
            '', 'Penyediaan Barang Cetak dan Penggandaan', 'Jumlah spanduk, barang cetakan dan penggandaan', '60',
            'Bulan', '36', 'Bulan', '12', '12', '100%', 'Penyediaan Barang Cetak dan Penggandaan',
            'Jumlah Spanduk, Barang Cetak dan Penggandaan (Bulan)', '12', 'Bulan', '60', '100%',
    ]),
    (326, [
            '', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
            'Jumlah kegiatan penerangan dan listrik untuk bangunan kantor', '60', 'Bulan', '36', 'Bulan', '12', '12',
            '100%', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
            'Jumlah Kegiatan Penerangan dan Listrik Untuk Bangunan Kantor (Bulan)', '12', 'Bulan', '60', '100%',
    ]),
    (327, [
            '', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah peralatan dan perlengkapan kantor', '60',
            'Bulan', '36', 'Bulan', '12', '12', '100%', 'Penyediaan Peralatan dan Perlengkapan Kantor',
            'Jumlah Peralatan dan Perlengkapan Kantor (Bulan)', '12', 'Bulan', '60', '100%',
    ]),
    (332, [
            '', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
            'Jumlah bahan bacaan dan perundang -undangan', '60', 'Bulan', '36', 'Bulan', '12', '12', '100%',
            'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
            'Jumlah Bahan Bacaan dan Perundang -undangan (Bulan)', '12', 'Bulan', '60', '100%',
    ]),
    (333, [
            '', 'Penyediaan Makanan dan Minuman', 'Jumlah Kegiatan makan dan minum tamu dan rapat', '60', 'Bulan',
            '36', 'Bulan', '12', '12', '100%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            ('Jumlah ATK dan benda pos Jumlah kegiatan makan dan minum tamu dan rapat Jumlah terseleenggara '
             'rapat-rapat dan koordinasi luar daerah luar propinsi dan luar daerah dalam propinsi'),
            '12', 'Bulan', '60', '100%',
    ]),
    (334, [
            '', 'Rapat-rapat Kordinasi dan Konsultasi Ke Luar Daerah',
            ('Jumlah terseleenggara rapat-rapat dan koordinasi luar daerah luar propinsi dan luar daerah dalam '
             'propinsi'),
            '60', 'Bulan', '36', 'Bulan', '12', '12', '100%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            ('Jumlah ATK dan benda pos Jumlah kegiatan makan dan minum tamu dan rapat Jumlah terseleenggara '
             'rapat-rapat dan koordinasi luar daerah luar propinsi dan luar daerah dalam propinsi'),
            '12', 'Bulan', '60', '100%',
    ]),
    (335, [
            '', 'Rapat-rapat Kordinasi dan Konsultasi Ke Dalam Daerah',
            'Jumlah terseleenggara rapat-rapat dan koordinasi dalam daerah dalam Kabupaten', '60', 'Bulan', '36',
            'Bulan', '12', '12', '100%', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            ('Jumlah ATK dan benda pos Jumlah kegiatan makan dan minum tamu dan rapat Jumlah terseleenggara '
             'rapat-rapat dan koordinasi luar daerah luar propinsi dan luar daerah dalam propinsi'),
            '12', 'Bulan', '60', '100%',
    ]),
    (336, [
            '', 'Program Peningkatan Sarana dan Prasarana Aparatur',
            'Tingkat Pemenuhan Kebutuhan Sarana Dan Prasarana Aparatur Yang Baik', '100', '%', '100', '%', '100',
            '100', '100%', '', '', '', '', '200', '200%',
    ]),
    (337, [
            '', 'Pengadaan Kendaraan Dinas/Operasional', 'Jumlah kendaraan dinas operasional', '', '', '', '', '1',
            '', '0%', 'Pengadaan Kendaraan Dinas/Operasional', 'Jumlah kendaraan dinas operasional', '', 'Buah', '0',
            '#DIV/0!',
    ]),
    (338, [
            '', 'Pemeliharaan Rutin/Berkala Gedung Kantor', 'Jumlah pemeliharaan rutin/berkala gedung kantor', '60',
            'Bulan', '36', 'Bulan', '12', '12', '100%',
            'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
            'Jumlah Pemeliharaan Rutin / Berkala Gedung Kantor (Buah)', '1', 'buah', '49', '82%',
    ]),
    (339, [
            '', 'Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional',
            'Jumlah pemeliharaan kendaraan dinas /operasional', '60', 'Bulan', '36', 'Bulan', '12', '12', '100%',
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau '
             'Kendaraan Dinas Jabatan'),
            'Jumlah Pemeliharaan Kendaraan Dinas / Operasional (Buah)', '12', 'Bulan', '60', '100%',
    ]),
    (340, [
            '', 'Program Peningkatan Disiplin Aparatur', 'Tingkat Disiplin Aparatur', '100', '%', '100', '%', '100',
            '100', '100%', '', '', '', '', '', '',
    ]),
    (341, [
            '', 'Pengadaan Pakaian Dinas Beserta Perlengkapannya', 'Jumlah pakaian dinas beserta kelengkapannya',
            '170', 'Stell', '81', 'Stell', '46', '46', '100%',
            'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
            'Jumlah Pakaian Dinas Beserta Kelengkapannya (Stel)', '46', 'Stell', '173', '102%',
    ]),
    (346, [
            '', 'Program Peningkatan Kapasitas Sumber Daya Aparatur',
            'Tingkat Pengembangan Kapasitas Sumber Daya Aparatur', '100', '%', '100', '%', '100', '100', '100%', '',
            '', '', '', '', '',
    ]),
    (347, [
            '', 'Bimbingan Teknis Implementasi Peraturan Perundang-undangan',
            'Jumlah bimbingan teknis implementasi peraturan perundang undangan yang di ikuti', '160', 'Orang', '94',
            'Orang', '37', '35', '95%', 'Bimbingan Teknis Implementasi Peraturan Perundang - Undangan',
            'Jumlah Bimbingan Teknis Implementasi Peraturan Perundang undangan yang diikuti (OK)', '13', 'OK', '142',
            '89%',
    ]),
    (348, [
            '', 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan',
            'Nilai Predikat LAKIP Akuntabilitas dan Kinerja SKPD', '68', '', '64', '', '70', '70', '100%', '', '',
            '', '', '', '',
    ]),
    (349, [
            '', 'Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            'Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD', '5', 'Dokumen', '3', 'Dokumen',
            '1', '1', '100%',
            'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD (Dokumen)', '1', 'Dokumen', '5',
            '100%',
    ]),
    (350, [
            '', 'Monitoring, Pengendalian dan Pembuatan Laporan Pelaksanaan Kegiatan APBD',
            'Jumlah laporan pelaksanaan APBD', '15', 'Dokumen', '9', 'Dokumen', '3', '3', '100%',
            'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan SKPD (Dokumen)', '3',
            'Dokumen', '15', '100%',
    ]),
    (351, [
            '', 'Program Peningkatan Keberdayaan Masyarakat Pedesaan',
            'Persentase Lembaga Kemasyarakatan Desa (LKD) Yang Aktif', '95', '%', '80', '%', '88', '85,97', '98%',
            'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT',
            ('Persentase Lembaga Kemasyarakatan Desa(LKD) yang Mendapatkan Biaya Operasional dan Persentase '
             'BUMDes yang Berkembang'),
            '45', '%', '210,97', '222%',
    ]),
    (352, [
            '', 'Penyelenggaraan Pendidikan dan Pelatihan Tenaga Teknis dan Masyarakat',
            'Jumlah kader teknis desa yang dilatih', '540', 'Orang', '491', 'Orang', '145', '0', '0%', '', '', '',
            '', '491', '91%',
    ]),
    (353, [
            '', 'Pembinaan PKK', 'Jumlah Posyandu yang dibina', '203', 'Posyandu', '115', 'Posyandu', '40', '28',
            '70%',
            ('Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, '
             'LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat'),
            'Jumlah PKK Desa dan Kecamatan yang dibina di Kabupaten Balangan (162), Jumlah Posyandu yang dibina (49)',
            '210', 'Orang', '353', '174%',
    ]),
    (354, [
            '', 'Sosialisasi Pembentukan LPM', 'Jumlah LPM yang dibina', '770', 'LPM', '', 'LPM', '157', '', '0%',
            '', '', '', '', '0', '0%',
    ]),
    (355, [
            '', 'Sosialisasi Potensi Lokal Pemanfaatan SDA Bagi Masyarakat Pedesaan',
            'Jumlah peserta yang mengerti akan potensi produk lokal pemanfaatan SDA bagi masyarakat pedesaan', '770',
            'Orang', '462', 'Orang', '154', '0', '0%', '', '', '', '', '462', '60%',
    ]),
    (360, [
            '', 'Pembinaan Pelaksanaan Kesejahteraan Keluarga di Kab. Balangan',
            'Jumlah PKK desa dan kecamatan yang di bina di Balangan', '825', '', '495', '', '165', '164', '99%',
            ('Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, '
             'LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat'),
            'Jumlah PKK Desa dan Kecamatan yang dibina di Kabupaten Balangan (162), Jumlah Posyandu yang dibina (48)',
            '162', 'PKK', '821', '100%',
    ]),
    (361, [
            '', 'Peningkatan Kapasitas Kelembagaan Pedesaan', 'Jumlah lembaga kemasyarakatan yang aktif', '770',
            'Organisasi', '308', 'Organisasi', '154', '0', '0%', '', '', '', '', '', '',
    ]),
    (362, [
            '', 'Program Pengembangan Lembaga Ekonomi Pedesaan', 'Persentase Bumdes Aktif', '25', '%', '10', '%',
            '15', '23', '153%',
            'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT',
            ('Persentase Lembaga Kemasyarakatan Desa(LKD) yang Mendapatkan Biaya Operasional dan Persentase '
             'BUMDes yang Berkembang'),
            '45', '%', '78', '312%',
    ]),
    (363, [
            '', 'Pelatihan Keterampilan Manajemen Badan Usaha Milik Desa',
            'Jumlah peserta pelatihan pengurus BUM Desa dalam pengelolaan manajemn usaha BUM Desa', '770', 'Orang',
            '462', 'Orang', '154', '154', '100%',
            'Pembinaan dan Pemberdayaan BUM Desa dan Lembaga Kerja sama antar Desa', 'Jumlah BUMDes yang berkembang',
            '35', 'Bumdes', '651', '85%',
    ]),
    (364, [
            '', 'Monitoring dan Evaluasi BUM Desa', 'Jumlah laporan hasil monitoring pengelolaan BUMDesa', '100',
            'Dokumen', '68', 'Dokumen', '24', '6', '25%',
            'Pembinaan dan Pemberdayaan BUM Desa dan Lembaga Kerja sama antar Desa', 'Jumlah BUMDes yang berkembang',
            '35', 'Bumdes', '109', '109%',
    ]),
    (365, [
            '', 'Pembinaan Kelompok TTG', 'Jumlah karya cipta inovasi dan teknologi pedesaan', '154', '', '97', '',
            '5', '5', '100%', 'Fasilitasi Pemerintah Desa dalam Pemanfaatan Teknologi Tepat Guna',
            'Jumlah Karya Cipta Inovasi dan Teknologi Pedesaan', '154', '', '256', '166%',
    ]),
    (366, [
            '', 'Program Peningkatan Partisipasi Masyarakat Dalam Membangun Desa',
            'Persentase masyarakat terlibat dalam pembangunan desa', '90', '%', '80', '%', '90', '85', '94%',
            'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT',
            ('Persentase Lembaga Kemasyarakatan Desa(LKD) yang Mendapatkan Biaya Operasional dan Persentase '
             'BUMDes yang Berkembang'),
            '45', '%', '210', '233%',
    ]),
    (367, [
            '', 'Pembinaan Kelompok Masyarakat Pembangunan Desa', 'Jumlah SPAMS pedesaan', '154', '', '136', '', '3',
            '3', '100%', '', '', '', '', '139', '90%',
    ]),
    (372, [
            '', 'Lomba Desa / Kelurahan', 'Jumlah desa mengikuti lomba', '45', 'Desa', '36', 'Desa', '9', '0', '0%',
            'Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan',
            'Persentase Desa Peserta Lomba Desa dengan Klasifikasi berkembang dan cepat berkembang', '11', '%', '47',
            '104%',
    ]),
    (373, [
            '', 'Pendampingan Pemberdayaan Pembangunan Desa',
            'Jumlah desa yang didampingi Sarjana Pengerak Pembangunan Pedesaan (SP3)', '770', 'Orang', '460',
            'Orang', '154', '153', '99%',
            ('Fasilitasi Pengembangan Usaha Ekonomi Masyarakat dan Pemerintah Desa dalam Meningkatkan '
             'Pendapatan Asli Desa'),
            'Jumlah Desa yang didampingi Sarjana Pengerak Pembangunan PEDESAAN (SP3)', '154', 'Orang', '767', '100%',
    ]),
    (374, [
            '', 'Program Peningkatan dan Penguatan Pemerintahan Desa', 'Persentase Desa yang Melaporkan LPPD', '100',
            '%', '99,35', '%', '99,35', '99,35', '100%', 'PROGRAM ADMINISTRASI PEMERINTAHAN DESA',
            'PERSENTASE DESA YANG MENYAMPAIKAN LPPD TEPAT WAKTU', '75', '%', '273,7', '274%',
    ]),
    (375, [
            '', 'Penetapan dan Penegasan Batas Desa / Kelurahan', 'Jumlah penentuan tapal batas desa/kelurahan',
            '10', '', '3', '', '1', '1', '100%', '', '', '', '', '4', '40%',
    ]),
    (376, [
            '', 'Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa', 'Jumlah desa yang dibina', '770',
            'Desa', '462', 'Desa', '154', '154', '100%', '', '', '', '', '616', '80%',
    ]),
    (377, [
            '', 'Monitoring dan Evaluasi Laporan Realisasi Pertanggungjawaban APB Desa',
            'Jumlah laporan hasil monitoring pengelolaan aset desa', '770', 'Dokumen', '615', 'Dokumen', '154',
            '153', '99%', 'Fasilitasi Pengelolaan Keuangan Desa',
            'Persentase Desa yang Menetapkan Pertanggungjawaban APBDes Tepat Waktu', '70', '%', '838', '109%',
    ]),
    (378, [
            '', 'Monitoring dan Evaluasi Pengelolaan Aset Desa',
            'Jumlah laporan hasil monitoring pengelolaan aset desa', '770', 'Dokumen', '615', 'Dokumen', '154',
            '153', '99%', 'Fasilitasi Pengelolaan Aset Desa',
            'Persentase Penyampaian Laporan Inventaris Aset Desa Tepat Waktu', '50', '%', '818', '106%',
    ]),
    (379, [
            '', 'Sosialisasi Penataan Aset Desa', 'Jumlah peserta yang paham akan penataan aset desa', '770',
            'Orang', '462', 'orang', '0', '0', '#DIV/0!', '', '', '', '', '462', '60%',
    ]),
    (380, [
            '', 'Sosialisasi Peraturan Perundang-Undangan Tentang Desa',
            'Jumlah peserta sosialisasi peraturan perundang-undangan tentang desa', '770', 'Orang', '615', 'Orang',
            '154', '0', '0%', 'Fasilitasi Penyusunan Produk Hukum Desa',
            'Jumlah produk hukum yang dievaluasi kabupaten', '5', 'Produk', '620', '81%',
    ]),
    (381, [
            '', 'Pelatihan Aparatur Pemerintah Desa Dalam Bidang Pengelolaan Keuangan Desa',
            ('Jumlah aparatur desa yang mengikuti pelatihan aparatur pemerintahan desa dalam bidang pengelolaan '
             'keuangan desa'),
            '770', 'Orang', '615', 'Orang', '154', '153', '99%', 'Fasilitasi Pengelolaan Keuangan Desa',
            'Persentase Desa yang Menetapkan Pertanggungjawaban APBDes Tepat Waktu', '70', '%', '838', '109%',
    ]),
    (382, [
            '', 'Pelatihan Pengelolaan Aset Desa Berbasis Aplikasi SIM Aset Desa',
            'Jumlah petugas aset desa yang dilatih dalam pengelolaan aset desa berbasis aplikasi SIM aset desa',
            '770', 'Orang', '615', 'Orang', '154', '0', '0%', 'Fasilitasi Pengelolaan Aset Desa',
            'Persentase Penyampaian Laporan Inventaris Aset Desa Tepat Waktu', '50', '%', '665', '86%',
    ]),
    (387, [
            '', 'Peningkatan Kapasitas Perangkat Desa dan BPD', 'Jumlah BPD yang Dibina', '770', 'Orang', '462',
            'Orang', '154', '154', '100%', 'Fasilitasi Penyelenggaraan Administrasi Pemerintahan Desa',
            'Terfasilitasinya Jaminan Kesehatan Aparatur Desa', '154', 'Orang', '770', '100%',
    ]),
    (388, [
            '', 'Sosialisasi Produk Hukum Pusat dan/atau Produk Hukum Daerah Terkait Pengelolaan Keuangan Desa',
            'Jumlah peserta sosialisasi PHP/PHD terkait pengelolaan keuangan desa', '50', 'orang', '40', 'orang',
            '10', '5', '50%', '', '', '', '', '45', '90%',
    ]),
    (389, [
            '', 'Koordinasi Penyelenggaraan Pemilihan Kepala Desa',
            'Jumlah kepala desa yang terpilih definitif di Kabupaten Balangan', '154', 'Orang', '134', 'Orang', '19',
            '0', '0%', 'Penyelenggaraan Pemilihan, Pengangkatan dan Pemberhentian Kepala Desa',
            'Jumlah Desa yang Melaksanakan Pilkades Serentak dan Pemilihan Anggota BPD', '19', 'Desa', '153', '99%',
    ]),
]

TC29_SHEET = "Tabel TC.29"
TC29_COLS = "ABCDEFGHIJKLMNOP"
TC29_TEXT: dict[tuple[int, str], str] = {
    (188, "J"): "396,68%",
    (188, "O"): "30.899",
    (152, "P"): "83%",
    (152, "D"): "72",
}
TC29_NEGATIVE = {281}  # perkawinan usia anak: capaian = (2T - R) / T x 100 (line 281: 52,00%)
NONSUM_RE = re.compile(r"\b(persentase|prosentase|prosentasi|indeks|nilai|rasio|tingkat)\b", re.I)


def tc29_sheet(rows: list[tuple[Any, ...]]) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Sheet spec for Tabel TC.29; returns it with {excel row: (seed line, level)}."""
    header: list[tuple[str, Any]] = [
        ("A3:A4", "Kode"),
        ("B3:B4", "Usunan/Bidang Usunan Pemerintah Daerah dan program/kegiatan (Pemandagri 13)"),
        ("C3:C4", "Indikator kinerja Program/Kegiatan"),
        ("D3:E3", "Target kinerja capaian program Renstra SKPD tahun 2021 (akhir periode Renstra SKPD)"),
        ("F3:G3", "Realisasi target kinerja hasil program dan keluaran s/d tahun (2019)"),
        ("H3:J3", "Target dan realisasi kinerja program dan kegiatan tahun lalu 2020"),
        ("K3:K4", "Usunan/Bidang Usunan Pemerintah Daerah dan program/kegiatan (Kepmen 050)"),
        ("L3:L4", "Indikator"),
        ("M3:N4", "Target program dan sub kegiatan (Renja perangkat daerah tahun 2021)"),
        ("O3:P3", "Prakiraan realisasi Capaian Target Renstra Perangkat daerah s/d Tahun berjalan"),
        # row 4 as printed in the seed (line 147), including the stray "100 % K %"
        ("D4", 100), ("E4", "%"), ("F4", "K"), ("G4", "%"),
        ("H4", "Target kinerja Renja SKPD tahun berjalan 2020"),
        ("I4", "Realisasi capaian kinerja Renja SKPD yang dievaluasi (2020)"),
        ("J4", "Tingkat Capaian Kinerja Renja SKPD pada tahun (2020) (%)"),
        ("O4", "Realisasi capaian program dan kegiatan s/d tahun berjalan (2021)"),
        ("P4", "Tingkat Capaian Realisasi Target renstra (%)"),
        # column-number row (seed line 148), printed formula labels kept
        ("A5", 1), ("B5", 2), ("C5", 3), ("D5:E5", 4), ("F5:G5", 5), ("H5", 6), ("I5", 7), ("J5", "8=(7/6)"),
        ("K5", 9), ("L5", 10), ("M5:N5", 11), ("O5", "12=(6+7+11)"), ("P5", "13=(12/4)"),
        ("D6", "K"), ("F6", "K"), ("H6", "K"), ("I6", "K"), ("J6", "K"),
    ]
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    first = 7
    for row in rows:
        line = row[0]
        r = first + len(data)
        cells: dict[str, Cell] = {}
        if row[1] == "U":
            meta[r] = (line, "U")
            cells["A"] = Cell(row[2])
            merges.append(f"A{r}:P{r}")
            bold.add(len(data))
        else:
            meta[r] = (line, "E")
            for c, s in zip(TC29_COLS, row[1], strict=True):
                if not s:
                    continue
                if (line, c) in TC29_TEXT and TC29_TEXT[(line, c)] == s:
                    cells[c] = Cell(s)
                elif c in "DFHIJMOP":
                    if s.startswith("#"):
                        cells[c] = Cell("#DIV/0!")  # seed line 301 prints the OCR form "#DN/0!"
                    else:
                        cells[c] = Cell(*k_cell(s))
                else:
                    cells[c] = Cell(s)
            if row[1][1].lower().startswith("program"):
                bold.add(len(data))
        data.append(cells)
    widths = {"A": 16, "B": 34, "C": 34, "E": 8, "G": 8, "K": 34, "L": 34, "N": 8}
    sh = Sheet(TC29_SHEET, ["Tabel TC.29 Rekapitulasi hasil pelaksanaan renja dan Pencapaian Renstra s/d tahun 2020"],
               "P", header, data, first, bold, merges, widths, (3, 6))
    return sh, meta


def pct_of(cell: Any) -> tuple[Decimal | None, int, str | None]:
    """(percent value, stated decimal places, excel error) of a percentage cell."""
    v = cell.value
    if v is None:
        return None, 0, None
    if isinstance(v, str) and v.startswith("#"):
        return None, 0, v
    fmt = cell.number_format or ""
    if isinstance(v, (int, float)):
        d = Decimal(str(v))
        return (d * 100 if "%" in re.sub(r'"[^"]*"', "", fmt) else d), places(v, fmt), None
    d = parse_dec(v)
    return d, places(v), None


def k_of(cell: Any) -> Decimal | None:
    """Number in a K cell (numeric or text like '2 Dokumen', '30.899')."""
    v = cell.value
    if isinstance(v, str) and re.match(r"^\d{1,3}(\.\d{3})+$", v.strip()):
        return Decimal(v.strip().replace(".", ""))
    return parse_dec(v)


def check_pct(sheet: str, cell: Any, num: Decimal | None, den: Decimal | None, line: int,
              negative: bool = False, num_cell: Any = None) -> dict[str, Any] | None:
    """Stated percentage vs num/den x 100 at the stated precision (None if fine)."""
    stated, p, xerr = pct_of(cell)
    addr = cell.coordinate
    if xerr:
        exp = None
        if num is not None and den:
            exp = num_out(rnd((2 * den - num) / den * 100 if negative else num / den * 100, 2))
        return err(sheet, addr, "Excel error value", xerr, exp, line)
    if stated is None:
        return None
    if num is None:
        if num_cell is not None and num_cell.value is None:
            return err(sheet, addr, "capaian without realisasi", stated_value(num_out(stated)), None, line,
                       realisasi_cell=num_cell.coordinate)
        return None
    if den is None:
        return None
    if den == 0:
        if stated == 0:
            return None
        return err(sheet, addr, "percentage with zero denominator", num_out(stated), None, line)
    exact = (2 * den - num) / den * 100 if negative else num / den * 100
    if rnd(exact, p) == rnd(stated, p):
        return None
    if rnd(exact, p, ROUND_DOWN) == rnd(stated, p):
        return err(sheet, addr, "truncation", num_out(stated), num_out(rnd(exact, p)), line, severity="warning")
    return err(sheet, addr, "wrong percentage", num_out(stated), num_out(rnd(exact, p)), line)


def tc29_kind(ws: Worksheet, r: int) -> str:
    """'pct' (percentage / index: not summable), 'mixed' (% and counts) or 'count'.

    Units (cols 4, 5, 11) decide; without units the indicator wording does.
    """
    units = [str(ws[f"{c}{r}"].value).strip() for c in "EGN" if ws[f"{c}{r}"].value not in (None, "")]
    if units:
        pct = [u == "%" for u in units]
        return "pct" if all(pct) else "mixed" if any(pct) else "count"
    text = f"{ws[f'C{r}'].value or ''} {ws[f'L{r}'].value or ''}"
    return "pct" if NONSUM_RE.search(text) else "count"


def check_tc29(path: Path, meta: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """8 = 7/6, 13 = 12/4 (percent), 12 = 5+7+11 (data rule; not for percentages)."""
    ws = load_workbook(path)[TC29_SHEET]
    errs: list[dict[str, Any]] = []
    for r, (line, lev) in sorted(meta.items()):
        if lev != "E":
            continue
        neg = line in TC29_NEGATIVE
        for pc, nc, dc in (("J", "I", "H"), ("P", "O", "D")):
            e = check_pct(TC29_SHEET, ws[f"{pc}{r}"], k_of(ws[f"{nc}{r}"]), k_of(ws[f"{dc}{r}"]), line, neg,
                          ws[f"{nc}{r}"])
            if e:
                errs.append(e)
        o = k_of(ws[f"O{r}"])
        if o is None:
            continue
        terms = [k_of(ws[f"{c}{r}"]) or Decimal(0) for c in "FIM"]
        total = sum(terms, Decimal(0))
        kind = tc29_kind(ws, r)
        if kind in ("pct", "mixed"):
            if o == total and sum(1 for t in terms if t) >= 2 and o != max(terms):
                m = k_of(ws[f"M{r}"])
                exp = m if m else k_of(ws[f"I{r}"])
                errs.append(err(TC29_SHEET, f"O{r}", "sum of percentages" if kind == "pct" else
                                "sum across different units", stated_value(num_out(o)), num_out(exp),
                                line, terms=[f"F{r}", f"I{r}", f"M{r}"]))
        elif abs(o - total) > Decimal("0.005") and o != max(terms):
            errs.append(err(TC29_SHEET, f"O{r}", "12 != 5+7+11", stated_value(num_out(o)), num_out(total), line))
    return errs

# Corrections for the -perbaikan copy of Tabel TC.29: (seed line, column) -> new text ("" = blank).
TC29_FIX: dict[tuple[int, str], str] = {
    (174, "P"): "", (256, "P"): "", (301, "J"): "", (379, "J"): "",    # #DIV/0! -> blank (denominator 0 / empty)
    (337, "J"): "", (337, "P"): "",
    (177, "J"): "100,00%",                                              # 40 / 40
    (195, "J"): "", (354, "J"): "",                                     # no realisasi (7): no capaian
    **{(ln, "P"): "" for ln in (217, 218, 219, 220, 221, 223, 224, 225)},  # no realisasi (12): no capaian
    (308, "O"): "100", (308, "P"): "100%",                              # percentages are not summed
    (336, "O"): "100", (336, "P"): "100%",
    (351, "O"): "45", (351, "P"): "47%",
    (362, "O"): "45", (362, "P"): "180%",
    (366, "O"): "45", (366, "P"): "50%",
    (374, "O"): "75", (374, "P"): "75%",
    (372, "O"): "11", (372, "P"): "",                                   # % target added to counts: keep the %,
    (377, "O"): "70", (377, "P"): "",                                   # col 13 left blank (col 4 is a count)
    (378, "O"): "50", (378, "P"): "",
    (381, "O"): "70", (381, "P"): "",
    (382, "O"): "50", (382, "P"): "",
}


def fix29(rows: list[tuple[Any, ...]], fixes: dict[tuple[int, str], str]) -> list[tuple[Any, ...]]:
    """Copy of ROWS29 with (line, column letter) replacements."""
    out: list[tuple[Any, ...]] = []
    for row in rows:
        if row[1] == "U":
            out.append(row)
            continue
        cells = list(row[1])
        for (line, c), new in fixes.items():
            if line == row[0]:
                cells[TC29_COLS.index(c)] = new
        out.append((row[0], cells))
    return out

# ===========================================================================
# 4. LKjIP 2024 Dinas Sosial dan PMD Kabupaten Barito Utara (seed 003)
# ===========================================================================
# Capaian IKU blocks: (seed line, kind, cells) with kind
#   "B" block title, "S" sasaran heading, "Y" year heading, "H" header row,
#   "D" data (No, Indikator, Target, Realisasi, Capaian, Keterangan), "" blank
IKU_HEAD = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian Kinerja", "Keterangan"]
MT, TMT = "Mencapai Target", "Tidak Mencapai Target"
IKU_ROWS: list[tuple[int, str, list[str]]] = [
    (345, "H", IKU_HEAD),
    (346, "D", ["1", "Persentase PMKS Mandiri", "22.05%", "25.06%", "113.65%", MT]),
    (347, "D", ["2", "Persentase Desa Mandiri", "8.60%", "29.03%", "337.56%", MT]),
    (0, "", []),
    (353, "S", [("Sasaran 1 : Meningkatnya Kemandirian Penyandang Masalah Kesejahteraan Sosial (PMKS) Penerima "
                 "manfaat Pelayanan Rehabilitasi Kesejahteraan Sosial")]),
    (355, "Y", ["Tahun 2018"]), (357, "H", IKU_HEAD),
    (358, "D", ["1", "Persentase PMKS Mandiri", "20,16%", "2,01%", "9.97%", TMT]),
    (362, "Y", ["Tahun 2019"]), (364, "H", IKU_HEAD),
    (365, "D", ["1", "Persentase PMKS Mandiri", "20.47%", "2.20 %", "10.75%", TMT]),
    (367, "Y", ["Tahun 2020"]), (369, "H", IKU_HEAD),
    (370, "D", ["1", "Persentase PMKS Mandiri", "20,78%", "23.00%", "110.68%", MT]),
    (372, "Y", ["Tahun 2021"]), (374, "H", IKU_HEAD),
    (375, "D", ["1", "Persentase PMKS Mandiri", "21.09%", "24.07%", "114.13%", MT]),
    (377, "Y", ["Tahun 2022"]), (379, "H", IKU_HEAD),
    (380, "D", ["1", "Persentase PMKS Mandiri", "21.40%", "24.08%", "112.52%", MT]),
    (382, "Y", ["Tahun 2023"]), (384, "H", IKU_HEAD),
    (385, "D", ["1", "Persentase PMKS Mandiri", "21.73%", "25.06%", "115.32%", MT]),
    (389, "Y", ["Tahun 2024"]), (391, "H", IKU_HEAD),
    (392, "D", ["1", "Persentase PMKS Mandiri", "22.05%", "25.06%", "113.65%", MT]),
    (0, "", []),
    (439, "S", ["Sasaran 2 : Meningkatnya Desa Mandiri di Kabupaten Barito Utara"]),
    (441, "Y", ["Tahun 2018"]), (443, "H", IKU_HEAD),
    (444, "D", ["2", "Persentase Desa Mandiri", "2.1%", "0%", "0%", TMT]),
    (446, "Y", ["Tahun 2019"]), (448, "H", IKU_HEAD),
    (449, "D", ["2", "Persentase Desa Mandiri", "3.2%", "0%", "0%", TMT]),
    (451, "Y", ["Tahun 2020"]), (453, "H", IKU_HEAD),
    (454, "D", ["2", "Persentase Desa Mandiri", "4.30%", "3.23%", "75.12%", TMT]),
    (456, "Y", ["Tahun 2021"]), (458, "H", IKU_HEAD),
    (459, "D", ["2", "Persentase Desa Mandiri", "5.38%", "4.30%", "79.93%", TMT]),
    (463, "Y", ["Tahun 2023"]), (465, "H", IKU_HEAD),
    (466, "D", ["2", "Persentase Desa Mandiri", "7.53%", "15.05%", "199.87%", MT]),
    (468, "Y", ["Tahun 2024"]), (470, "H", IKU_HEAD),
    (471, "D", ["2", "Persentase Desa Mandiri", "8.60%", "29.03%", "337.56%", MT]),
]

# Perbandingan pencapaian kinerja dan anggaran (lines 563-567):
#   (line, No, Sasaran, Indikator, 4 Target, 5 Realisasi, 6 Capaian, 7 Anggaran, 8 Realisasi, 9 Capaian, 10 Efisiensi)
EFF_ROWS: list[tuple[Any, ...]] = [
    (566, "1", ("Meningkatnya Kemandirian Penyandang Masalah Kesejahteraan Sosial (PMKS) Penerima manfaat pelayanan "
                "rehabilitasi kesejahteraan Sosial dan Pemberdayaan Kelembagaan Sosial"),
     "Persentase PMKS Mandiri", "22.05 %", "25.06 %", "1.15 %", "3.385.637.000", "3.239.181.398", "95.67", "-94.52"),
    (567, "2", "Meningkatnya Desa Mandiri di Kabupaten Barito Utara", "Persentase Desa Mandiri", "8.60 %",
     "29.03 %", "3.38", "3.285.577.625", "3.116.944.236", "94.87", "-91.49"),
]
EFF_TEXT = {(567, "D"): "8.60 %"}
EFF_FIX: dict[tuple[int, int], str] = {
    (566, 6): "113.65 %", (566, 10): "17.98",   # 25.06/22.05x100; 113.65 - 95.67
    (567, 6): "337.56", (567, 10): "242.69",    # 29.03/8.60x100; 337.56 - 94.87
}

# Perjanjian Kinerja (lines 271-276): (line, No, Sasaran, Indikator, Target as printed, [(Program, Anggaran)]).
# The seed glues each sasaran's three programs and three amounts into one cell; split at "Program " / spaces.
PK_ROWS: list[tuple[Any, ...]] = [
    (275, "1", ("Meningkatnya Kemandirian Penyandang Masalah Kesejahteraan Sosial (PMKS ) Penerima manfaat "
                "Pelayanan Rehabilitasi Kesejahteraan Sosial"),
     "Persentase PMKS Mandiri", "22.05 %",
     [("Program Pemberdayaan Sosial", "3.807.800.000"), ("Program Rehabilitasi Sosial", "3.301.407.600"),
      ("Program Perlindungan dan Jaminan Sosial", "584.692.400")]),
    (276, "2", "Meningkatnya Desa Mandiri di Kabupaten Barito Utara", "Persentase Desa Mandiri", "8.60 %",
     [("Program Penataan Desa", "145.000.000"), ("Program Administrasi Pemerintahan Desa", "1.351.120.625"),
      ("Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat", "1.789.457.000")]),
]
PK_TITLE = "Perjanjian Kinerja Dinas Sosial, Pemberdayaan Masyarakat dan Desa Tahun 2024"

# Realisasi program dan kegiatan (lines 578-724): (line, level, No, name, 3 Target Rp, 4 Realisasi Rp, 5 %)
RA_ROWS: list[tuple[Any, ...]] = [
    (580, 'P', '1', 'PROGRAM PEMBERDAYAAN SOSIAL', '', '', ''),
    (581, 'K', '', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/ Kota', '', '', ''),
    (
        582, 'S', '',
        'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
        '20.000.000', '2.122.000', '10.61 %',
    ),
    (583, 'K', '', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/ Kota', '', '', ''),
    (
        584, 'S', '', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/ Kota',
        '10.000.000', '7.352.500', '73.53 %',
    ),
    (
        585, 'S', '',
        'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/ Kota',
        '50.000.000', '49.665.800', '99.33 %',
    ),
    (
        586, 'S', '',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/ Kota',
        '30.000.000', '22.693.400', '22.64 %',
    ),
    (
        587, 'S', '',
        'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/ Kota',
        '3.647.800.000', '3.362.331.220', '92.17 %',
    ),
    (
        588, 'S', '',
        ('Peningkatan Kemampuan Potensi Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan '
         'Keluarga (LK3)'),
        '50.000.000', '19.156.129', '38.31 %',
    ),
    (589, 'P', '2', 'PROGRAM REHABILITASI SOSIAL', '', '', ''),
    (
        590, 'K', '',
        ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, '
         'serta Gelandangan Pengemis di Luar Panti Sosial'),
        '', '', '',
    ),
    (591, 'S', '', 'Penyediaan Permakanan', '2.036.000.00', '1.938.636.000', '95.22 %'),
    (592, 'S', '', 'Penyediaan Sandang', '100.000.000', '97.200.000', '97.20 %'),
    (593, 'S', '', 'Penyediaan Alat Bantu', '150.000.000', '72.077.000', '48.05 %'),
    (597, 'S', '', 'Pemberian Pelayanan Reunifikasi Keluarga', '50.000.000', '15.154.500', '30.31 %'),
    (598, 'S', '', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', '50.000.000', '1.450.000', '2.90 %'),
    (
        599, 'S', '',
        ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut '
         'Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
        '50.000.000', '559.500', '1.12 %',
    ),
    (
        600, 'S', '',
        'Fasilitasi Pembuatan Nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan Kartu Identitas Anak',
        '50.000.000', '814.500', '1.63 %',
    ),
    (
        601, 'S', '', 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar', '150.000.000', '31.776.528',
        '21.18 %',
    ),
    (602, 'S', '', 'Pemberian Layanan Data dan Pengaduan', '50.000.000', '47.317.550', '94.64 %'),
    (603, 'S', '', 'Pemberian Layanan Kedaruratan', '50.000.000', '3.574.000', '7.15 %'),
    (604, 'S', '', 'Pemberian Pelayanan Penelusuran Keluarga', '50.000.000', '29.279.500', '58.56 %'),
    (605, 'S', '', 'Pemberian Layanan Rujukan', '480.000.000', '316.568.760', '65.95 %'),
    (
        606, 'K', '',
        ('Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan '
         'NAPZA di Luar Panti Sosial'),
        '', '', '',
    ),
    (
        607, 'S', '',
        ('Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya '
         'Bukan Korban HIV/AIDS dan NAPZA'),
        '', '', '',
    ),
    (608, 'S', '', 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar', '', '', ''),
    (609, 'S', '', 'Pemberian Pelayanan Penelusuran Keluarga', '', '', ''),
    (610, 'S', '', 'Pemberian Pelayanan Reunifikasi Keluarga', '', '', ''),
    (611, 'S', '', 'Pemberian Layanan Rujukan', '', '', ''),
    (
        612, 'S', '', 'Kerjasama antar Lembaga dan Kemitraan dalam Pelaksanaan Rehabilitasi Sosial Kabupaten/Kota',
        '35.407.600', '17.548.200', '49.56 %',
    ),
    (613, 'P', '3', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', '', '', ''),
    (614, 'K', '', 'Pemeliharaan Anak-Anak Terlantar', '', '', ''),
    (615, 'S', '', 'Penjangkauan Anak-Anak Terlantar', '140.330.000', '117.820.000', '83.96 %'),
    (616, 'S', '', 'Rujukan Anak-Anak Terlantar', '58.000.000', '30.265.954', '52.18 %'),
    (
        617, 'S', '', 'Pemantauan terhadap Pelaksanaan Pemeliharaan Anak Terlantar', '111.362.400', '66.906.790',
        '60.08 %',
    ),
    (618, 'K', '', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', '', '', ''),
    (619, 'S', '', 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', '75.000.000', '45.358.683', '60.48 %'),
    (
        623, 'S', '', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', '75.000.000', '72.472.365',
        '96.63 %',
    ),
    (624, 'S', '', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', '75.000.000', '74.474.546', '99.29 %'),
    (625, 'S', '', 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat', '50.000.000', '44.035.880', '88.07 %'),
    (626, 'P', '4', 'PROGRAM PENANGANAN BENCANA', '', '', ''),
    (627, 'K', '', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', '', '', ''),
    (628, 'S', '', 'Penyediaan Makanan', '142.000.000', '56.562.000', '39.83 %'),
    (629, 'S', '', 'Penyediaan Sandang', '38.625.000', '22.100.000', '57.22 %'),
    (630, 'S', '', 'Penyediaan Tempat Penampungan Pengungsi', '1.420.809.000', '280.000.000', '19.71 %'),
    (631, 'S', '', 'Penanganan Khusus bagi Kelompok Rentan', '109.655.000', '26.968.550', '24.59 %'),
    (632, 'S', '', 'Pelayanan Dukungan Psikososial', '99.448.000', '66.602.066', '66.97 %'),
    (
        633, 'K', '', 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', '',
        '', '',
    ),
    (
        634, 'S', '', 'Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana', '50.000.000', '44.655.039',
        '89.31 %',
    ),
    (
        635, 'S', '', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', '81.044.741', '43.666.335',
        '53.88 %',
    ),
    (636, 'P', '5', 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN', '', '', ''),
    (637, 'K', '', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', '', '', ''),
    (638, 'S', '', 'Rehabilitasi Sarana dan Prasarana Taman Makam Pahlawan Nasional Kabupaten/Kota', '', '', ''),
    (
        639, 'S', '', 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota', '130.000.000', '91.846.000',
        '70.65 %',
    ),
    (640, 'S', '', 'Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota', '', '', ''),
    (641, 'P', '6', 'PROGRAM PENATAAN DESA', '', '', ''),
    (642, 'K', '', 'Penyelenggaraan Penataan Desa', '', '', ''),
    (643, 'S', '', 'Fasilitasi Penataan Kewenangan Desa', '75.000.000', '71.215.871', '94.95 %'),
    (
        644, 'S', '', 'Fasilitasi Penetapan Kesatuan Masyarakat Hukum Adat dan Desa Adat Kewenangan Kabupaten/Kota',
        '70.000.000', '40.220.847', '57.46 %',
    ),
    (645, 'P', '7', 'PROGRAM ADMINISTRASI PEMERINTAHAN DESA', '', '', ''),
    (646, 'K', '', 'Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa', '', '', ''),
    (
        647, 'S', '', 'Fasilitasi Penyelenggaraan Administrasi Pemerintahan Desa', '29.810.000', '29.404.875',
        '98.64 %',
    ),
    (648, 'S', '', 'Fasilitasi Penyusunan Perencanaan Pembangunan Desa', '100.000.000', '96.114.628', '96.11 %'),
    (652, 'S', '', 'Fasilitasi Pengelolaan Keuangan Desa', '375.000.000', '366.277.225', '97.67 %'),
    (
        653, 'S', '', 'Pembinaan Peningkatan Kapasitas Aparatur Pemerintah Desa', '110.000.000', '108.518.750',
        '98.65 %',
    ),
    (654, 'S', '', 'Fasilitasi Penyelenggaraan Musyawarah Desa', '35.000.000', '32.902.400', '94.01 %'),
    (
        655, 'S', '', 'Pembinaan dan Pemberdayaan BUM Desa dan Lembaga Kerja sama antar Desa', '100.000.000',
        '95.548.350', '95.55 %',
    ),
    (
        656, 'S', '', 'Penyelenggaraan Pemilihan, Pengangkatan dan Pemberhentian Kepala Desa', '50.000.000',
        '49.999.127', '99.99 %',
    ),
    (657, 'S', '', 'Fasilitasi Pengangkatan dan Pemberhentian Kepala Desa', '25.000.000', '22.716.000', '90.87 %'),
    (658, 'S', '', 'Fasilitasi Penyusunan Profil Desa', '50.000.000', '49.597.400', '99.19 %'),
    (659, 'S', '', 'Fasilitasi Pengelolaan Aset Desa', '50.000.000', '49.058.600', '98.12 %'),
    (660, 'S', '', 'Pembinaan Peningkatan Kapasitas Anggota BPD', '49.130.625', '49.130.605', '99.99 %'),
    (661, 'S', '', 'Fasilitasi Penetapan dan Penegasan Batas Desa', '227.180.000', '226.983.933', '99.91 %'),
    (662, 'S', '', 'Fasilitasi Pembinaan Laporan Kepala Desa', '50.000.000', '49.150.000', '98.30 %'),
    (
        663, 'S', '', 'Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan', '100.000.000',
        '95.454.774', '95.45 %',
    ),
    (
        664, 'P', '8', 'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT', '', '',
        '',
    ),
    (
        665, 'K', '',
        ('Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat '
         'Tingkat Daerah Kabupaten/Kota serta Pemberdayaan Masyarakat Hukum Adat yang Masyarakat Pelakunya '
         'Hukum Adat yang Sama dalam Daerah Kabupaten/Kota'),
        '', '', '',
    ),
    (
        666, 'S', '',
        ('Peningkatan Kelembagaan Lembaga Kemasyarakatan Desa/ Kelurahan (RT, RW, PKK, Posyandu, LPM, dan '
         'Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat'),
        '130.000.000', '123.655.963', '95.12 %',
    ),
    (
        667, 'S', '',
        ('Fasilitasi Pengembangan Usaha Ekonomi Masyarakat dan Pemerintah Desa dalam Meningkatkan Pendapatan '
         'Asli Desa'),
        '102.409.000', '96.278.100', '94.01 %',
    ),
    (
        668, 'S', '', 'Fasilitasi Pemerintah Desa dalam Pemanfaatan Teknologi Tepat Guna', '57.048.000',
        '26.420.000', '46.31 %',
    ),
    (669, 'S', '', 'Fasilitasi Bulan Bhakti Gotong Royong Masyarakat', '', '', ''),
    (
        670, 'S', '', 'Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan',
        '1.500.000.000', '1.438.296.788', '95.89 %',
    ),
    (674, 'S', '', 'Kesejahteraan Keluarga', '', '', ''),
    (675, 'P', '9', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN', '', '', ''),
    (676, 'K', '', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '', '', ''),
    (677, 'S', '', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', '', '', ''),
    (678, 'S', '', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD', '', '', ''),
    (679, 'S', '', 'Koordinasi dan Penyusunan Dokumen Perubahan RKA- SKPD', '', '', ''),
    (680, 'S', '', 'Koordinasi dan Penyusunan DPA', '', '', ''),
    (681, 'S', '', 'Koordinasi dan Penyusunan Perubahan DPA-SKPD', '', '', ''),
    (682, 'S', '', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja', '', '', ''),
    (683, 'S', '', 'Evaluasi Kinerja Perangkat Daerah', '', '', ''),
    (684, 'K', '', 'Administrasi Keuangan Perangkat Daerah', '', '', ''),
    (685, 'S', '', 'Penyediaan Gaji dan Tunjangan', '4.636.397.361', '3.799.191.656', '81.94 %'),
    (
        686, 'S', '', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan', '300.000.000', '281.890.000',
        '93.96 %',
    ),
    (687, 'S', '', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', '', '', ''),
    (688, 'S', '', 'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semest eran SKPD', '', '', ''),
    (689, 'S', '', 'Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran', '', '', ''),
    (690, 'K', '', 'Administrasi Barang Milik Daerah pada Perangkat Daerah', '', '', ''),
    (691, 'S', '', 'Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD', '', '', ''),
    (692, 'S', '', 'Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD', '', '', ''),
    (693, 'K', '', 'Administrasi Umum Perangkat Daerah', '', '', ''),
    (
        694, 'S', '', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan', '122.000.000', '120.779.000',
        '98.99 %',
    ),
    (695, 'S', '', 'Penyediaan Peralatan dan Perlengkapan Kantor', '109.731.000', '102.507.850', '93.42 %'),
    (696, 'S', '', 'Penyediaan Peralatan Rumah Tangga', '182.560.134', '164.978.186', '90.37 %'),
    (697, 'S', '', 'Penyediaan Bahan Logistik Kantor', '', '', ''),
    (698, 'S', '', 'Penyediaan Barang Cetak dan Penggandaan', '40.000.000', '38.604.125', '96.51 %'),
    (
        699, 'S', '', 'Penyediaan Bahan Bacaan dan Peraturan Perundang- undangan', '20.000.000', '19.905.225',
        '99.53 %',
    ),
    (700, 'S', '', 'Fasilitasi Kunjungan Tamu', '30.000.000', '22.550.000', '75.17 %'),
    (701, 'S', '', 'Penyelenggaraan Rapat', '252.383.000', '246.260.662', '97.57 %'),
    (705, 'S', '', 'Koordinasi dan Konsultasi SKPD', '', '', ''),
    (706, 'K', '', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '', '', ''),
    (707, 'S', '', 'Penyediaan Jasa Surat Menyurat', '', '', ''),
    (708, 'S', '', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', '80.000.000', '70.239.123', '87.80 %'),
    (709, 'S', '', 'Penyediaan Jasa Peralatan dan Perlengkapan Kantor', '5.000.000', '4.636.000', '92.72 %'),
    (710, 'S', '', 'Penyediaan Jasa Pelayanan Umum', '530.840.000', '530.840.000', '100 %'),
    (711, 'K', '', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', '', ''),
    (712, 'S', '', 'Pengadaan Peralatan dan Mesin Lainnya', '84.000.000', '84.000.000', '100 %'),
    (713, 'K', '', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', '', ''),
    (714, 'S', '', 'Pengadaan Gedung Kantor atau Bangunan Lainnya', '572.878.000', '557.847.400', '97.38 %'),
    (715, 'K', '', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', '', '', ''),
    (
        716, 'S', '',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan '
         'Dinas Jabatan'),
        '50.000.000', '48.426.905', '96.85 %',
    ),
    (
        717, 'S', '',
        ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional '
         'atau Lapangan'),
        '50.000.000', '49.545.229', '99.09 %',
    ),
    (718, 'K', '', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', '', ''),
    (
        719, 'S', '', 'Pemeliharaan/ Rehabilitasi Gedung Kantor dan Bangunan Lainnya', '336.000.000', '325.696.000',
        '96.93 %',
    ),
    (720, 'K', '', 'Penataan Organisasi', '', '', ''),
    (721, 'S', '', 'Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah', '', '', ''),
    (722, 'K', '', 'Administrasi Kepegawaian Perangkat Daerah', '', '', ''),
    (723, 'S', '', 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', '77.000.000', '36.800.000', '47.79 %'),
    (
        724, 'S', '', 'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan', '90.000.000', '57.500.000',
        '63.89 %',
    ),
]
RA_TEXT = {(656, "E"): "99.99 %", (605, "E"): "65.95 %", (628, "C"): "142.000.000"}
RA_FIX: dict[tuple[int, int], str] = {
    (586, 6): "75.64 %",          # 22.693.400 / 30.000.000 x 100
    (591, 4): "2.036.000.000",    # malformed "2.036.000.00" (95.22 % implies 2.036.000.000)
    (624, 6): "99.30 %",          # 74.474.546 / 75.000.000 = 99.2994 (truncated to 99.29)
    (656, 6): "100.00 %",         # 49.999.127 / 50.000.000 = 99.9983 (truncated to 99.99)
    (657, 6): "90.86 %",          # 22.716.000 / 25.000.000 = 90.864
    (660, 6): "100.00 %",         # 49.130.605 / 49.130.625 = 99.99996 (truncated)
    (694, 6): "99.00 %",          # 120.779.000 / 122.000.000 = 98.9992 (truncated)
}

IKU_SHEET, EFF_SHEET, RA_SHEET, PK_SHEET = (
    "Capaian IKU", "Efisiensi", "Realisasi Anggaran", "Perjanjian Kinerja")


def pct_cell(s: str) -> tuple[Any, str | None]:
    """'22.05%' -> (0.2205, '0.00%'); other percent forms ('20,16%', '2.20 %') stay text."""
    s = s.strip()
    m = re.match(r"^(\d+)(?:\.(\d+))?%$", s)
    if not m:
        return (s or None), None
    p = len(m.group(2) or "")
    val = Decimal(s[:-1]) / 100
    return float(val), ("0." + "0" * p + "%") if p else "0%"


def num_pct_cell(s: str) -> tuple[Any, str | None]:
    """'10.61 %' -> (10.61, '0.00" %"'); '95.67' -> (95.67, '0.00'); '-94.52' likewise."""
    s = s.strip()
    m = re.match(r"^(-?\d+)(?:\.(\d+))?( ?%)?$", s)
    if not m:
        return (s or None), None
    p = len(m.group(2) or "")
    base = "0." + "0" * p if p else "0"
    fmt = base + ('" %"' if m.group(3) == " %" else "%" if m.group(3) else "")
    val: Any = float(s.rstrip(" %")) if p else int(s.rstrip(" %"))
    if m.group(3) == "%":
        val = float(Decimal(s[:-1]) / 100)
    return val, fmt


def iku_sheet() -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Capaian IKU: the 2024 summary and the per-year tables of both sasaran."""
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    first = 3
    for line, kind, vals in IKU_ROWS:
        r = first + len(data)
        meta[r] = (line, kind)
        cells: dict[str, Cell] = {}
        if kind in ("S", "Y"):
            cells["A"] = Cell(vals[0])
            merges.append(f"A{r}:F{r}")
            bold.add(len(data))
        elif kind == "H":
            cells = {c: Cell(v) for c, v in zip("ABCDEF", vals, strict=True)}
            bold.add(len(data))
        elif kind == "D":
            cells["A"] = Cell(int(vals[0]))
            cells["B"] = Cell(vals[1])
            for c, s in zip("CDE", vals[2:5], strict=True):
                cells[c] = Cell(*pct_cell(s))
            cells["F"] = Cell(vals[5])
        data.append(cells)
    sh = Sheet(IKU_SHEET, [("Target dan Realisasi Indikator Kinerja Utama Dinas Sosial, Pemberdayaan Masyarakat "
                            "dan Desa Tahun 2024")], "F", [], data, first, bold, merges,
               {"A": 5, "B": 34, "C": 11, "D": 11, "E": 14, "F": 22}, (0, -1))
    return sh, meta


def eff_sheet(rows: list[tuple[Any, ...]]) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Perbandingan pencapaian kinerja dan anggaran (efisiensi = 6 - 9)."""
    header: list[tuple[str, Any]] = [
        ("A3:A4", "No"), ("B3:B4", "Sasaran Strategis"), ("C3:C4", "Indikator Kinerja"), ("D3:F3", "Kinerja"),
        ("G3:I3", "Anggaran"), ("J3:J4", "Tingkat Efisiensi (6 – 9)"),
        ("D4", "Target"), ("E4", "Realisasi"), ("F4", "Capaian (%)"), ("G4", "Anggaran (Rp)"),
        ("H4", "Realisasi (Rp)"), ("I4", "Capaian (%)"),
    ] + [(f"{c}5", i) for i, c in enumerate("ABCDEFGHIJ", 1)]
    data: list[dict[str, Cell]] = []
    meta: dict[int, tuple[int, str]] = {}
    for row in rows:
        line = row[0]
        meta[6 + len(data)] = (line, "D")
        cells: dict[str, Cell] = {"A": Cell(int(row[1])), "B": Cell(row[2]), "C": Cell(row[3])}
        for c, s in zip("DEFGHIJ", row[4:], strict=True):
            if EFF_TEXT.get((line, c)) == s:
                cells[c] = Cell(s)
            elif c in "GH":
                cells[c] = Cell(*rp_cell(s))
            else:
                cells[c] = Cell(*num_pct_cell(s))
        data.append(cells)
    sh = Sheet(EFF_SHEET, ["C. Perbandingan Pencapaian Kinerja dan Anggaran"], "J", header, data, 6, set(), [],
               {"A": 5, "B": 40, "C": 22, "G": 16, "H": 16, "J": 14}, (3, 5))
    return sh, meta


def ra_sheet(rows: list[tuple[Any, ...]]) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Tabel Realisasi Program dan Kegiatan Indikator Kinerja Tahun 2024."""
    header: list[tuple[str, Any]] = [
        ("A3", "No"), ("B3", "Program dan Kegiatan"), ("C3", "Target (Rp)"), ("D3", "Realisasi (Rp)"),
        ("E3", "Persentase (%)"), ("A4", 1), ("B4", 2), ("C4", 3), ("D4", 4), ("E4", 5),
    ]
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    meta: dict[int, tuple[int, str]] = {}
    for line, lev, no, name, tgt, real, pct in rows:
        meta[5 + len(data)] = (line, lev)
        cells: dict[str, Cell] = {"B": Cell(name)}
        if no:
            cells["A"] = Cell(int(no))
        for c, s in (("C", tgt), ("D", real), ("E", pct)):
            if not s:
                continue
            if RA_TEXT.get((line, c)) == s:
                cells[c] = Cell(s)
            elif c == "E":
                cells[c] = Cell(*num_pct_cell(s))
            else:
                cells[c] = Cell(*rp_cell(s))
        if lev in ("P", "K"):
            bold.add(len(data))
        data.append(cells)
    sh = Sheet(RA_SHEET, ["Tabel Realisasi Program dan Kegiatan Indikator Kinerja Tahun 2024"], "E", header, data,
               5, bold, [], {"A": 5, "B": 60, "C": 16, "D": 16, "E": 13}, (3, 4))
    return sh, meta


def pk_sheet() -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """Perjanjian Kinerja: one row per program, A:D of a sasaran merged over its program rows (as from Word)."""
    header: list[tuple[str, Any]] = [
        ("A3", "NO"), ("B3", "SASARAN STRATEGIS"), ("C3", "INDIKATOR KINERJA"), ("D3", "TARGET"),
        ("E3", "PROGRAM KEGIATAN"), ("F3", "ANGGARAN ( Rp )"),
    ] + [(f"{c}4", i) for i, c in enumerate("ABCDEF", 1)]
    data: list[dict[str, Cell]] = []
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    first = 5
    for line, no, sasaran, indikator, target, programs in PK_ROWS:
        r0 = first + len(data)
        for i, (prog, amount) in enumerate(programs):
            meta[r0 + i] = (line, "S" if i == 0 else "P")
            cells: dict[str, Cell] = {"E": Cell(prog), "F": Cell(*rp_cell(amount))}
            if i == 0:
                cells.update({"A": Cell(int(no)), "B": Cell(sasaran), "C": Cell(indikator), "D": Cell(target)})
            data.append(cells)
        r1 = first + len(data) - 1
        merges += [f"{c}{r0}:{c}{r1}" for c in "ABCD"]
    sh = Sheet(PK_SHEET, [PK_TITLE], "F", header, data, first, set(), merges,
               {"A": 5, "B": 40, "C": 22, "D": 10, "E": 40, "F": 16}, (3, 4))
    return sh, meta


def read_pk(ws: Worksheet, meta: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """PK sasaran read back: indicator, target cell value, program amounts (cell, value), seed line."""
    out: list[dict[str, Any]] = []
    for r, (line, _) in sorted(meta.items()):
        if ws[f"C{r}"].value is not None:
            out.append({"indicator": ws[f"C{r}"].value, "target": ws[f"D{r}"].value, "target_cell": f"D{r}",
                        "line": line, "amounts": []})
        if out and ws[f"F{r}"].value is not None:
            out[-1]["amounts"].append((f"F{r}", parse_rp(ws[f"F{r}"].value)))
    return out


def check_eff_vs_pk(wb: Any, metas: dict[str, dict[int, tuple[int, str]]]) -> list[dict[str, Any]]:
    """Efisiensi col 7 = sum of the PK program amounts of the same indicator (warning); col 4 = PK target."""
    if PK_SHEET not in wb.sheetnames or PK_SHEET not in metas:
        return []
    pk = {norm_text(s["indicator"]): s for s in read_pk(wb[PK_SHEET], metas[PK_SHEET])}
    ws = wb[EFF_SHEET]
    errs: list[dict[str, Any]] = []
    for r, (line, _) in sorted(metas[EFF_SHEET].items()):
        s = pk.get(norm_text(ws[f"C{r}"].value))
        if s is None:
            continue
        cells = [c for c, _ in s["amounts"]]
        span = f"{cells[0]}:{cells[-1]}" if len(cells) > 1 else cells[0]
        ang = parse_rp(ws[f"G{r}"].value)
        vals = [v for _, v in s["amounts"]]
        if ang is not None and None not in vals:
            total = sum(vals, Decimal(0))
            if abs(ang - total) > 1:
                errs.append(err(EFF_SHEET, f"G{r}", "cross-table mismatch", stated_value(ws[f"G{r}"].value),
                                num_out(total), line, severity="warning", pk_line=s["line"],
                                pk_cells=f"{PK_SHEET}!{span}"))
        t_eff, _, _ = pct_of(ws[f"D{r}"])
        t_pk = parse_dec(s["target"])
        if t_eff is not None and t_pk is not None and t_eff != t_pk:
            errs.append(err(EFF_SHEET, f"D{r}", "cross-table mismatch", stated_value(num_out(t_eff)),
                            num_out(t_pk), line, pk_line=s["line"], pk_cells=f"{PK_SHEET}!{s['target_cell']}"))
    return errs


def check_lkjip(path: Path, metas: dict[str, dict[int, tuple[int, str]]]) -> list[dict[str, Any]]:
    """Capaian = R/T x 100 and Keterangan; efficiency table (and against the PK); realisasi anggaran %."""
    wb = load_workbook(path)
    errs: list[dict[str, Any]] = []
    ws = wb[IKU_SHEET]
    for r, (line, kind) in sorted(metas[IKU_SHEET].items()):
        if kind != "D":
            continue
        t, _, _ = pct_of(ws[f"C{r}"])
        re_, _, _ = pct_of(ws[f"D{r}"])
        e = check_pct(IKU_SHEET, ws[f"E{r}"], re_, t, line)
        if e:
            errs.append(e)
        if t and re_ is not None:
            want = MT if re_ / t * 100 >= 100 else TMT
            if ws[f"F{r}"].value != want:
                errs.append(err(IKU_SHEET, f"F{r}", "Keterangan inconsistent with capaian", ws[f"F{r}"].value,
                                want, line))
    ws = wb[EFF_SHEET]
    for r, (line, _) in sorted(metas[EFF_SHEET].items()):
        t, _, _ = pct_of(ws[f"D{r}"])
        re_, _, _ = pct_of(ws[f"E{r}"])
        c6, p6, _ = pct_of(ws[f"F{r}"])
        good6 = c6
        e = check_pct(EFF_SHEET, ws[f"F{r}"], re_, t, line)
        if e and t and re_ is not None and c6 is not None:
            exact = re_ / t * 100
            good6 = rnd(exact, 2)
            if abs(exact / 100 - c6) <= max(exact / 100 * Decimal("0.02"), Decimal(1).scaleb(-p6)):
                e["kind"] = "ratio written in % column"
            errs.append(e)
        ang, rea = parse_rp(ws[f"G{r}"].value), parse_rp(ws[f"H{r}"].value)
        c9, _, _ = pct_of(ws[f"I{r}"])
        e = check_pct(EFF_SHEET, ws[f"I{r}"], rea, ang, line)
        if e:
            errs.append(e)
        c10, p10, _ = pct_of(ws[f"J{r}"])
        if c10 is None or c6 is None or c9 is None:
            continue
        want = good6 - c9 if good6 is not None else None
        if want is not None and rnd(want, p10) != rnd(c10, p10):
            kind = ("derived value consistent with a wrong input" if rnd(c6 - c9, p10) == rnd(c10, p10)
                    else "10 != 6 - 9")
            errs.append(err(EFF_SHEET, f"J{r}", kind, num_out(c10), num_out(rnd(want, p10)), line,
                            consequence_of=[f"F{r}"] if good6 != c6 else []))
    errs += check_eff_vs_pk(wb, metas)
    ws = wb[RA_SHEET]
    for r, (line, _) in sorted(metas[RA_SHEET].items()):
        tv, rv = ws[f"C{r}"].value, ws[f"D{r}"].value
        bad = False
        for c, v in (("C", tv), ("D", rv)):
            if v is not None and parse_rp(v) is None:
                errs.append(err(RA_SHEET, f"{c}{r}", "malformed number", v, None, line))
                bad = True
        if bad or ws[f"E{r}"].value is None:
            continue
        e = check_pct(RA_SHEET, ws[f"E{r}"], parse_rp(rv), parse_rp(tv), line)
        if e:
            errs.append(e)
    return errs

# ===========================================================================
# 5. Dharmasraya Renja 2022 TABEL 3.1 and TABEL 4.1 (seed 004)
# ===========================================================================
# (line, level, [cells 2..10 as printed]) with level B bidang row (bold, no values), P program,
# K kegiatan, S sub kegiatan, J JUMLAH; (line, "H") a header line repeated on a new page.
# Kode (col 1) is empty throughout the seed.
ROWS_D31: list[tuple[Any, ...]] = [
    (1180, 'B', ['BIDANG SEKRETARIAT', '', '', '', '', '', '', '', '']),
    (
        1181, 'P',
        [
            'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', '', 'DINSOSP3APPKB', '', '5.211.187.570', 'APBD', '', '',
            '5.726.697.507',
        ],
    ),
    (
        1182, 'S',
        [
            'Perencanaan, Penganggaran, dan evaluasi kinerja perangkat Daerah',
            'Terlaksananya Perencanaan, Penganggaran dan Evaluasi Kinerja DINSOSP3APPKB', 'DINSOSP3APPKB', '',
            '90.000.000', 'APBD', '', '', '120.000.000',
        ],
    ),
    (
        1183, 'S',
        [
            'Koordinasi dan penyusunan dokumen RKA-SKPD', 'Tersusunnya dokumen RKA DINSOSP3APPKB', 'DINSOSP3APPKB',
            '', '30.000.000', 'APBD', '', '', '40.000.000',
        ],
    ),
    (
        1184, 'S',
        [
            'Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi', 'Tersusunnya perencanaan dan Pelaporan',
            'DINSOSP3APPKB', '', '60.000.000', 'APBD', '', '', '80.000.000',
        ],
    ),
    (
        1185, 'K',
        [
            'Administrasi Keuangan Perangkat Daerah', '', 'DINSOSP3APPKB', '', '3.456.116.400', 'APBD', '', '',
            '3.801.728.040',
        ],
    ),
    (
        1186, 'S',
        [
            'Penyediaan Gaji dan Tunjangan ASN',
            'pembayaran gaji dan tunjangan ASN serta pembayaran tambahan penghasilan ASN (28 orang)',
            'DINSOSP3APPKB', '14', '3.456.116.400', 'APBD', '', '14', '3.801.728.040',
        ],
    ),
    (
        1187, 'K',
        ['Administrasi Umum Perangkat Daerah', '', 'DINSOSP3APPKB', '', '244.101.170', 'APBD', '', '', '257.532.467'],
    ),
    (
        1188, 'S',
        [
            'Penyediaan Komponen Instalasi', 'terelisasinya komponen instalasi', 'DINSOSP3APPKB', '1', '11.110.000',
            'APBD', '', '3', '12.221.000',
        ],
    ),
    (
        1189, 'S',
        [
            'Penyediaan Peralatan dan Perlengkapan Kantor', 'tersedianya alat tulis kantor', 'DINSOSP3APPKB', '1',
            '50.002.000', 'APBD', '', '1', '50.002.000',
        ],
    ),
    (
        1190, 'S',
        [
            'Penyediaan Peralatan Rumah Tangga', 'tersedianya peralatan rumah tangga', 'DINSOSP3APPKB', '120',
            '8.798.350', 'APBD', '', '140', '9.678.185',
        ],
    ),
    (
        1191, 'S',
        [
            'Penyediaan Bahan Logistik Kantor', 'tersedianya makan dan minum rapat dan tamu', 'DINSOSP3APPKB', '100',
            '26.400.000', 'APBD', '', '120', '29.040.000',
        ],
    ),
    (
        1192, 'S',
        [
            'Penyediaan Barang Cetak dan Penggandaan', 'tersedianya barang cetak dan pengadaan', 'DINSOSP3APPKB',
            '1', '59.786.200', 'APBD', '', '1', '59.786.200',
        ],
    ),
    (
        1193, 'S',
        [
            'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'terlaksananya rapat koordinasi dan konsultasi keluar daerah', 'DINSOSP3APPKB', '1', '88.004.620',
            'APBD', '', '1', '96.805.082',
        ],
    ),
    (
        1194, 'K',
        [
            'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', 'DINSOSP3APPKB', '', '9.900.000',
            'APBD', '', '', '10.890.000',
        ],
    ),
    (
        1195, 'S',
        [
            'Pengadaan Mebel', 'tersedianya Mebeleur kantor (Kursi rapat 15 unit)', 'DINSOSP3APPKB', '17',
            '9.900.000', 'APBD', '', '19', '10.890.000',
        ],
    ),
    (
        1196, 'K',
        [
            'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '', 'DINSOSP3APPKB', '', '1.208.823.000', 'APBD',
            '', '', '1.329.705.300',
        ],
    ),
    (
        1197, 'S',
        [
            'Penyediaan Jasa Surat Menyurat', 'tersedinya materai kantor', 'DINSOSP3APPKB', '1100', '9.900.000',
            'APBD', '', '1200', '10.890.000',
        ],
    ),
    (
        1198, 'S',
        [
            'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'terlaksananya pembayaran rekening telpn, internet, listrik dinas, dan listrik gudang KB',
            'DINSOSP3APPKB', '1', '55.440.000', 'APBD', '', '1', '60.984.000',
        ],
    ),
    (
        1199, 'S',
        [
            'Penyediaan Jasa Pelayanan Umum Kantor',
            'tersedianya jasa pengelola keuangan dinas dan gaji PTT, THL, Sopir', 'DINSOSP3APPKB', '1',
            '1.143.483.000', 'APBD', '', '1', '1.257.831.300',
        ],
    ),
    (
        1200, 'K',
        [
            'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', '', 'DINSOSP3APPKB', '1',
            '202.247.000', 'APBD', '', '1', '206.841.700',
        ],
    ),
    (1202, 'H'),
    (1203, 'H'),
    (1204, 'H'),
    (
        1205, 'S',
        [
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau '
             'Kendaraan Dinas Jabatan'),
            'pemeliharaan kendaraan jabatan dan pajak', 'DINSOSP3APPKB', '1', '20.900.000', 'APBD', '', '1',
            '22.990.000',
        ],
    ),
    (
        1206, 'S',
        [
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas '
             'Operasional atau Lapangan'),
            'terlaksananya pembayaran pajak dan service kendaraan dinas operasional roda 2 dan roda 4',
            'DINSOSP3APPKB', '9 unit, 32 unit', '156.300.000', 'APBD', '', '9 unit, 32 unit', '156.300.000',
        ],
    ),
    (
        1207, 'S',
        [
            'Pemeliharaan Peralatan dan Mesin Lainnya', 'tersedianya peralatan kerja yang layak pakai',
            'DINSOSP3APPKB', '33', '25.047.000', 'APBD', '', '33', '27.551.700',
        ],
    ),
    (1208, 'B', ['BIDANG SOSIAL', '', '', '', '', '', '', '', '']),
    (
        1209, 'P',
        ['PROGRAM PEMBERDAYAAN SOSIAL', '', 'DINSOSP3APPKB', '', '1.350.000.000', 'APBD', '', '', '1.600.000.000'],
    ),
    (
        1210, 'K',
        [
            'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Persentase KAT yang terlatih', 'Kab. Dharmasraya',
            '85%', '300.000.000', 'APBD', '', '', '400.000.000',
        ],
    ),
    (
        1211, 'S',
        [
            'Fasilitasi Pemberdayaan Sosial KAT', 'Terselenggaranya Pemberdayaan KAT', 'Nagari Banai', '85%',
            '200.000.000', 'APBD', '', '90', '250.000.000',
        ],
    ),
    (
        1212, 'S',
        [
            'Peningkatan Kapasitas dan Pendampingan KAT', 'Jumlah Pendampingan terhadap KAT', 'Nagari Banai', '85%',
            '100.000.000', 'APBD', '', '90', '150.000.000',
        ],
    ),
    (
        1213, 'K',
        [
            'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Persentase Penerbitan Izin UGB dan PUB',
            'Kab. Dharmasraya', '100%', '150.000.000', 'APBD', '', '100', '150.000.000',
        ],
    ),
    (
        1214, 'S',
        [
            'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
            'Jumlah Izin UGB dan PUB', 'Kab. Dharmasraya', '5 DOKUMEN', '150.000.000', 'APBD', '', '5',
            '150.000.000',
        ],
    ),
    (
        1215, 'K',
        [
            'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
            'Persentase PSKS yang terlatih', 'Kab. Dharmasraya', '85%', '900.000.000', 'APBD', '', '90',
            '1.050.000.000',
        ],
    ),
    (
        1216, 'S',
        [
            'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
            'Jumlah PSM yang terlatih', '52 Nagari', '52 Orang', '200.000.000', 'APBD', '', '52', '250.000.000',
        ],
    ),
    (
        1217, 'S',
        [
            'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota',
            'Jumlah TSKS yang Terlatih', '11 Kecamatan', '11 Orang', '250.000.000', 'APBD', '', '11', '275.000.000',
        ],
    ),
    (
        1218, 'S',
        [
            'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota',
            'Jumlah PSKS Keluarga yang terlatih dan LKKS', 'Kab. Dharmasraya', 'Orang', '150.000.000', 'APBD', '',
            '50', '175.000.000',
        ],
    ),
    (
        1219, 'S',
        [
            ('Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah PSKS Kelembagaan yang terlatih', 'Kab. Dharmasraya', '13 LKS', '150.000.000', 'APBD', '', '13',
            '175.000.000',
        ],
    ),
    (
        1220, 'S',
        [
            'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
            'Jumlah SDM LK3 yang terlatih', 'Kab. Dharmasraya', '30 Orang', '150.000.000', 'APBD', '', '30',
            '175.000.000',
        ],
    ),
    (
        1221, 'P',
        ['PROGRAM REHABILITASI SOSIAL', '', 'Kab. Dharmasraya', '', '979.500.000', 'APBD', '', '', '1.157.000.000'],
    ),
    (
        1222, 'K',
        [
            ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia '
             'Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial'),
            '', 'Kab. Dharmasraya', '', '549.500.000', 'APBD', '', '', '667.000.000',
        ],
    ),
    (
        1223, 'S',
        [
            'Penyediaan Perumahan',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang menerima paket perumahan sesuai standar gizi'),
            'Kab. Dharmasraya', '420', '105.000.000', 'APBD', 'SPM', '440', '110.000.000',
        ],
    ),
    (1225, 'H'),
    (1226, 'H'),
    (1227, 'H'),
    (
        1228, 'S',
        [
            'penyediaan sandang',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang menerima paket sandang'),
            'Kab. Dharmasraya', '35', '50.000.000', 'APBD', '', '40', '55.000.000',
        ],
    ),
    (
        1229, 'S',
        [
            'Penyediaan Alat Bantu',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang memanfaatkan alat bantu'),
            'Kab. Dharmasraya', '20', '25.000.000', 'APBD', 'SPM', '25', '40.000.000',
        ],
    ),
    (
        1230, 'S',
        [
            'Pemberian Pelayanan Reunifikasi Keluarga',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang direunifikasi dengan keluarga'),
            'Kab. Dharmasraya', '30', '15.000.000', 'APBD', 'SPM', '30', '20.000.000',
        ],
    ),
    (
        1231, 'S',
        [
            'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan bimbingan fisik, mental dan sosial'),
            '11 Kecamatan', '35', '50.000.000', 'APBD', 'SPM', '40', '60.000.000',
        ],
    ),
    (
        1232, 'S',
        [
            ('Pemberian Bimbingan Sosial kepada Keluarga, Penyandang Disabilitas Terlantar, Anak Terlantar, '
             'Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
            'Jumlah bimbingan sosial yang dilaksanakan kepada keluarga dan masyarakat', '11 Kecamatan', '500',
            '50.000.000', 'APBD', 'SPM', '600', '110.000.000',
        ],
    ),
    (
        1233, 'S',
        [
            ('fasilitasi pembuatan nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan KIA (kartu '
             'identitas anak)'),
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang difasilitasi untuk mendapatkan dokumen kependudukan'),
            'Kab. Dharmasraya', '3', '7.500.000', 'APBD', '', '4', '10.000.000',
        ],
    ),
    (
        1234, 'S',
        [
            'pemberian akses kelayakan pendidikan dan kesehatan dasar',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan akses layanan pendidikan dan kesehatan dasar'),
            'Kab. Dharmasraya', '35', '50.000.000', '', '', '40', '60.000.000',
        ],
    ),
    (
        1235, 'S',
        [
            'pemberian layanan data dan pengaduan', 'jumlah layanan data pengaduan yang dimiliki',
            'Kab. Dharmasraya', '1', '20.000.000', '', '', '1', '20.000.000',
        ],
    ),
    (
        1236, 'S',
        [
            'pemberian layanan kedaruratan',
            'jumlah kendaraan roda empat yang akses khusus layanan kedaruratan yang dimiliki', 'Kab. Dharmasraya',
            '1', '120.000.000', '', 'SPM', '1', '120.000.000',
        ],
    ),
    (
        1237, 'S',
        [
            'pemberian pelayanan penelusuran keluarga',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan layanan penelusuran keluarga'),
            'Kab. Dharmasraya', '10', '5.000.000', '', '', '15', '10.000.000',
        ],
    ),
    (
        1238, 'S',
        [
            'pemberian layanan rujukan',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang dirujuk'),
            'Kab. Dharmasraya', '20', '52.000.000', '', 'SPM', '20', '52.000.000',
        ],
    ),
    (1240, 'H'),
    (1241, 'H'),
    (1242, 'H'),
    (
        1243, 'S',
        [
            ('Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS '
             'dan NAPZA di Luar Panti Sosial'),
            '', 'Kab. Dharmasraya', '', '430.000.000', 'APBD', '', '', '490.000.000',
        ],
    ),
    (
        1244, 'S',
        [
            'Layanan Kedaruratan', 'Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya',
            'Kab. Dharmasraya', '35 Org', '50.000.000', 'APBD', '', '40', '55.000.000',
        ],
    ),
    (
        1245, 'S',
        [
            'Penyediaan Permakanan',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang menerima paket permakanan sesuai standar gizi'),
            'Kab. Dharmasraya', '200 paket', '105.000.000', 'APBD', '', '400', '110.000.000',
        ],
    ),
    (
        1246, 'S',
        [
            'Penyediaan Alat Bantu',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang memanfaatkan alat bantu'),
            'Kab. Dharmasraya', '10 Unit', '25.000.000', 'APBD', '', '25', '40.000.000',
        ],
    ),
    (
        1247, 'S',
        [
            'Layanan Rujukan',
            'Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA dirujuk',
            'Kab. Dharmasraya', '10 Orang', '50.000.000', 'APBD', '', '25', '55.000.000',
        ],
    ),
    (
        1248, 'S',
        [
            'Pemberian Pelayanan Reunifikasi Keluarga',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'direunifikasi dengan keluarga'),
            'Kab. Dharmasraya', '10 Orang', '15.000.000', 'APBD', '', '30', '20.000.000',
        ],
    ),
    (
        1249, 'S',
        [
            'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang mendapatkan bimbingan fisik, mental dan sosial'),
            '11 Kecamatan', '20 Org', '50.000.000', 'APBD', '', '40', '60.000.000',
        ],
    ),
    (
        1250, 'S',
        [
            ('Pemberian Bimbingan Sosial kepada Keluarga, Penyandang Disabilitas Terlantar, Anak Terlantar, '
             'Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
            'jumlah bimbingan sosial yang dilaksanakan kepada keluarga dan masyarakat', 'Kab. Dharmasraya',
            '400 Org', '100.000.000', 'APBD', '', '600', '110.000.000',
        ],
    ),
    (
        1251, 'S',
        [
            'penyediaan perbekalan kesehatan di luar panti', 'jumlah paket perbekalan kesehatan yang tersedia',
            'Kab. Dharmasraya', '3', '15.000.000', 'APBD', '', '5', '20.000.000',
        ],
    ),
    (
        1252, 'S',
        [
            'kerjasama antar lembaga dan kemitraan dalam pelaksanaan Rehabilitas sosial Kabupaten/kota',
            'jumlah lembaga dan kemitraan yang terbentuk', 'Kab. Dharmasraya', '2', '20.000.000', 'APBD', '', '2',
            '20.000.000',
        ],
    ),
    (
        1253, 'P',
        [
            'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', '', 'Kab. Dharmasraya', '', '1.500.000.000', 'APBD', '', '',
            '1.600.000.000',
        ],
    ),
    (
        1254, 'K',
        [
            'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', '', 'Kab. Dharmasraya', '',
            '1.500.000.000', 'APBD', '', '', '1.600.000.000',
        ],
    ),
    (
        1255, 'S',
        [
            'fasilitasi Bantuan sosial Kesejahteraan Keluarga', 'jumlah KPM PKH yang difasilitasi',
            'Kab. Dharmasraya', '4466', '500.000.000', 'APBD', '', '5.000', '550.000.000',
        ],
    ),
    (
        1256, 'S',
        [
            'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Jumlah Fakir Miskin yang terdata',
            '11 Kecamatan', '100%', '600.000.000', 'APBD', '', '100', '600.000.000',
        ],
    ),
    (
        1257, 'S',
        [
            'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Terlaksananya Pendataan Fakir Miskin',
            'Kab. Dharmasraya', '100%', '400.000.000', 'APBD', '', '100', '450.000.000',
        ],
    ),
    (1259, 'H'),
    (1260, 'H'),
    (1261, 'H'),
    (
        1262, 'P',
        ['PROGRAM PENANGANAN BENCANA', '', 'Kab. Dharmasraya', '', '900.000.000', 'APBD', '', '', '725.000.000'],
    ),
    (
        1263, 'K',
        [
            'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', '', 'Kab. Dharmasraya', '',
            '800.000.000', 'APBD', '', '', '620.000.000',
        ],
    ),
    (
        1264, 'S',
        [
            'Penyediaan Makanan', 'Jumlah korban bencana yang terpebuhi kebutuhan makan', 'Kab. Dharmasraya',
            '1.000 korban', '200.000.000', 'APBD', 'SPM', '1000', '210.000.000',
        ],
    ),
    (
        1265, 'S',
        [
            'Penyediaan Sandang', 'jumlah korban bencana yang menerima paket sandang', 'Kab. Dharmasraya', '1.000',
            '200.000.000', '', '', '1.000', '200.000.000',
        ],
    ),
    (
        1266, 'S',
        [
            'Penyediaan Tempat Penampungan Pengungsi', 'jumlah tempat penampungan pengungsi yang dimiliki',
            'Kab. Dharmasraya', '13', '325.000.000', '', '', '13', '130.000.000',
        ],
    ),
    (
        1267, 'S',
        [
            'Penanganan Khusus bagi Kelompok Rentan', 'jumlah paket pemakanan khusus bagi kelompok rentan',
            'Kab. Dharmasraya', '50', '25.000.000', '', '', '60', '30.000.000',
        ],
    ),
    (
        1268, 'S',
        [
            'Pelayanan Dukungan Psikososial', 'jumlah korban bencana yang menerima pelayanan psikososial',
            'Kab. Dharmasraya', '1000', '50.000.000', '', '', '1000', '50.000.000',
        ],
    ),
    (
        1269, 'K',
        [
            'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', '', '', '',
            '100.000.000', 'APBD', '', '', '105.000.000',
        ],
    ),
    (
        1270, 'S',
        [
            'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana',
            ('Jumlah Relawan Sosial Taruna Siaga Bencana yang meningkat kemampuan dan skilnya dalam penanganan '
             'bencana'),
            'Kab. Dharmasraya', '20 Org', '100.000.000', 'APBD', '', '21', '105.000.000',
        ],
    ),
    (1271, 'B', ['PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK', '', '', '', '', '', '', '', '']),
    (
        1272, 'P',
        [
            'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN', '', 'Kab. Dharmasraya', '', '54.407.000',
            'APBD', '', '', '57.127.350',
        ],
    ),
    (
        1273, 'K',
        [
            'Pelebagaan pengarusutamaan gender (PUG) pada lembaga pemerintah kewenangan kab/kota', '',
            'Kab. Dharmasraya', '', '54.407.000', '', '', '', '57.127.350',
        ],
    ),
    (
        1274, 'S',
        [
            'Advokasi Kebijakan dan Pendampingan Pelaksanaan PUG termasuk PPRG', 'Terlaksananya Pelatihan PPRG',
            'Kabupaten Dharmasraya', '38 OPD', '54.407.000', 'APBD', '', '38 OPD', '57.127.350',
        ],
    ),
    (1275, 'P', ['PROGRAM PERLINDUNGAN PEREMPUAN', '', '', '', '700.000.000', '', '', '', '808.500.000']),
    (
        1276, 'K',
        [
            'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota',
            'Terlaksananya kegiatan sosialisasi pencegah kekerasan pada wanita rawan perlakuan kekerasan',
            '11 kecamatan', '80%', '500.000.000', 'APBD', '', '', '525.000.000',
        ],
    ),
    (
        1277, 'S',
        [
            'Advokasi kebijakan dan pendampingan layanan perlindungan perempuan perlindungan Kabupaten/Kota',
            'Terlaksananya kegiatan sosialisasi pencegah kekerasan pada wanita rawan perlakuan kekerasan',
            '11 kecamatan', '80%', '500.000.000', 'APBD', '', '80%', '525.000.000',
        ],
    ),
    (
        1278, 'K',
        [
            ('Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi '
             'Kewenangan Kabupaten/Kota'),
            'Terbentuknya UPTD PPA untuk Layanan Korban Kekerasan pada Perempuan dan Anak', 'Kabupaten Dharmasraya',
            '100%', '30.000.000', 'APBD', '', '100%', '31.500.000',
        ],
    ),
    (
        1279, 'S',
        [
            'Penyedia Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
            ('Tersosialisasikannya Hotline Layanan Pengaduan Perlindungan Perempuan dan Anak dengan KIE dan '
             'Pemasangan Baliho'),
            '11 kecamatan', '100%', '30.000.000', 'APBD', '', '', '31.500.000',
        ],
    ),
    (1281, 'H'),
    (1282, 'H'),
    (1283, 'H'),
    (
        1284, 'K',
        [
            ('Penguatan dan Pengembangan lembaga penyedia layanan perlindungan perempuan tingkat daerah '
             'kabupaten/kota'),
            '', 'Kab. Dharmasraya', '100%', '170.000.000', '', '', '100%', '252.000.000',
        ],
    ),
    (
        1285, 'S',
        [
            ('Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Penanganan bagi Perempuan Korban '
             'Kekerasan Kewenangan Kabupaten/Kota'),
            'Terlaksananya Pelatihan Manajemen Kasus Kekerasan bagi anggota Satgas PPA', 'Kabupaten Dharmasraya',
            '100%', '50.000.000', 'APBD', '', '100%', '126.000.000',
        ],
    ),
    (
        1286, 'S',
        [
            ('Penyediaan Kebutuhan Spesifik bagi Perempuan dalam situasi Darurat dan Kondisi Khusus Kewenangan '
             'Kabupaten/Kota'),
            'Pemberian bantuan usaha bagi perempuan rawan ekonomi', 'Kabupaten Dharmasraya', '100%', '120.000.000',
            'APBD', '', '100%', '126.000.000',
        ],
    ),
    (
        1287, 'P',
        ['PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK', '', '', '', '50.000.000', '', '', '', '52.500.000'],
    ),
    (
        1288, 'K',
        [
            ('Pengumpulan, Pengolahan Analisis dan Penyajian Data Gender dan Anak Dalam Kelembagaan Data di '
             'Tingkat Daerah'),
            'Tersedianya data terpilah perempuan dan anak', 'Kabupaten Dharmasraya', '', '50.000.000', 'APBD', '',
            '', '52.500.000',
        ],
    ),
    (
        1289, 'S',
        [
            'Penyediaan data Gender dan Anak di Kewenangan Kabupaten/Kota',
            'Tersedianya data terpilah perempuan dan anak', 'Kabupaten Dharmasraya', '', '50.000.000', 'APBD', '',
            '', '52.500.000',
        ],
    ),
    (1290, 'P', ['PROGRAM PEMENUHAN HAK ANAK', '', '', '', '250.000.000', '', '', '', '262.500.000']),
    (
        1291, 'K',
        [
            ('Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak Kewenangan '
             'Kabupaten/Kota'),
            'Terwujudnya Kabupaten Layak Anak', 'Kabupaten Dharmasraya', 'Pratama', '250.000.000', 'APBD', '', '',
            '262.500.000',
        ],
    ),
    (
        1292, 'S',
        [
            ('pengembangan komunikasi, informasi dan edukasi pemenuhan hak anak bagi lembaga penyedia layanan '
             'peningkatan kualitas hidup anak tingkat daerah Kabupate/kota'),
            'Terwujudnya Kabupaten Layak Anak', 'Kabupaten Dharmasraya', 'Pratama', '250.000.000', 'APBD', '',
            'Pratama', '262.500.000',
        ],
    ),
    (
        1293, 'P',
        [
            'PROGRAM PERLINDUNGAN KHUSUS ANAK', '', 'Kab. Dharmasraya', '', '310.000.000', 'APBD', '', '',
            '325.500.000',
        ],
    ),
    (
        1294, 'K',
        [
            'Pencegahan Kekerasan terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/Kota',
            'Terlaksananya Pencegahan Kekerasan terhadap siswa SMP dan SMA', '11 kecamatan', '100%', '60.000.000',
            'APBD', '', '', '63.000.000',
        ],
    ),
    (
        1295, 'S',
        [
            ('advokasi kebijakan dan pendampingan pelaksanaan kebijakan, program dan kegiatan pencegahan '
             'kekerasan terhadap anak'),
            'Terlaksananya Pencegahan Kekerasan terhadap siswa SMP dan SMA', '11 kecamatan', '100%', '60.000.000',
            'APBD', '', '', '63.000.000',
        ],
    ),
    (
        1296, 'K',
        [
            ('penyediaan layanan bagi anak yang memerlukan perlindungan khusus yang memerlukan koordinasi '
             'tingkat Daerah'),
            '', 'Kabupaten Dharmasraya', '', '250.000.000', 'APBD', '', '', '262.500.000',
        ],
    ),
    (
        1297, 'S',
        [
            ('Penyediaan Layanan Pengaduan Masyarakat bagi Anak yang Memerlukan Perlindungan Khusus Tingkat '
             'Daerah Kabupaten/Kota'),
            'Terbentuknya aktivis Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) di seluruh nagari',
            '48 Nagari', '80%', '200.000.000', 'APBD', '', '', '210.000.000',
        ],
    ),
    (
        1298, 'S',
        [
            'Pengembangan Komunikasi, Informasi dan Edukasi Anak yang Memerlukan Perlindungan',
            'Terlaksananya pengadaan KIE dan baliho untuk edukasi pencegahan', '250 Sekolah', '80%', '50.000.000',
            'APBD', '', '', '52.500.000',
        ],
    ),
    (1299, 'B', ['PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA', '', '', '', '', '', '', '', '']),
    (1301, 'H'),
    (1302, 'H'),
    (1303, 'H'),
    (
        1304, 'P',
        [
            'PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)', '', 'Kab. Dharmasraya', '', '1.833.250.000', 'APBD', '', '',
            '204.600.000',
        ],
    ),
    (
        1305, 'K',
        [
            ('Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) Pengendalian Penduduk dan KB sesuai '
             'Kearifan Budaya'),
            'persentase masyarakat yang mendapatkan informasi dari kegiatan edukasi tentang program',
            'Kab. Dharmasraya', '85%', '118.250.000', 'APBD', '', '', '55.000.000',
        ],
    ),
    (
        1306, 'S',
        [
            'penyediaan dan distribusi sarana KIE program KKBPK',
            'jenis Lembar Balik, Poster untuk pengetahuan Lini Lapangan', '11 Kecamatan', '3 Jenis', '55.000.000',
            'APBD', '', '-', '-',
        ],
    ),
    (
        1307, 'S',
        [
            'Advokasi Program KKBPK kepada Stakeholders dan Mitra Kerja',
            'persentase pemahaman Stakeholder terhadap program Bangsa Kencana', '11 Kecamatan', '90%', '63.250.000',
            'APBD', '', '-', '-',
        ],
    ),
    (
        1308, 'S',
        [
            'promosi & KIE program KKBPK melalui media lainnya sesuai kearifan lokal dalam pencitraan',
            'persentase masyarakat yang paham dan mengerti tentang program Bangsa', '', '-', '-', '', '', '85%',
            '55.000.000',
        ],
    ),
    (
        1309, 'K',
        [
            'pendayagunaan tenaga penyuluh KB/petugas lapangan Keluarga Berencana (PKB/PLKB)',
            'persentase kemampuan petugas penyuluh KB dalam menjalankan program Bangsa Kencana', 'Kab. Dharmasraya',
            '95%', '228.250.000', '', '', '95', '75.000.000',
        ],
    ),
    (
        1310, 'S',
        [
            'pembinaan IMP dan program KKBPK dilini Lapangan oleh PKB/PLKB',
            'persentase pemahaman kader IMP terhadap program KKBK', '11 Kecamatan', '85%', '63.250.000', 'APBD', '',
            '25', '63.250.000',
        ],
    ),
    (
        1311, 'S',
        [
            'penyediaan sarana pendukung operasional PKB/PLKB', 'terpenuhinya sarana di balai KB', '11 Kecamatan',
            '100%', '165.000.000', 'DAK', '', '-', '-',
        ],
    ),
    (
        1312, 'S',
        [
            'pengerakan kader Institusi masyarakat pedesaan', 'persentase kemampuan SDM dilapangan', '', '-', '-',
            '', '', '53 orang', '11.750.000',
        ],
    ),
    (
        1313, 'K',
        [
            'Pengendalian dan pendistribusian kebutuhan alat dan obat kontrasepsi serta pelaksanaan',
            'terpenuhi kebutuhan Alokasi di semua Faskes', 'Kab. Dharmasraya', '100%', '1.486.750.000', 'APBD', '',
            '', '74.600.000',
        ],
    ),
    (
        1314, 'S',
        [
            'peningkatan kesertaan penggunaan metode kontrasepsi jangka panjang (MKJP)',
            'persentase operasional capaian kesertaan KB MKJP', '14 Faskes', '100%', '25.200.000', 'APBD', '', '',
            '',
        ],
    ),
    (
        1315, 'S',
        [
            ('pengendalian dan pendistribusian alat dan obat kontrasepsi dan sarana penunjang pelayanan KB ke '
             'Faskes termasuk jaringan dan jejaringnya'),
            'terpenuhinya kebutuhan sarana penunjang KB di berbagai Faskes', '21 Faskes', '85%', '6.300.000', 'APBD',
            '', '-', '7.500.000',
        ],
    ),
    (
        1316, 'S',
        [
            'penyediaan dukungan ayoman komplikasi berat dan kegagalan penggunaan MKJP',
            'persentase komplikasi dan kegagalan Akseptor', '11 Kecamatan', '90%', '22.000.000', 'APBD', '', '-',
            '-',
        ],
    ),
    (
        1317, 'S',
        [
            'peningkatan kompetensi pengelola & petugas logistik Alokasi serta sarana penunjang pelayanan KB',
            'persentase kemampuan petugas pengelola Faskes', '', '-', '-', '', '', '25%', '6.050.000',
        ],
    ),
    (
        1318, 'S',
        [
            'Penyediaan Sarana Penunjang Pelayanan KB sterilisator',
            'tersedianya sarana penunjang pelayanan KB di semua Faskes', '14 Faskes', '95%', '70.000.000', 'DAK', '',
            '-', '-',
        ],
    ),
    (
        1319, 'S',
        [
            'pembinaan pasca pelayanan bagi peserta KB', 'persentase Akseptor yang mendapatkan pelayanan KB', '',
            '-', '-', '', '', '95%', '61.050.000',
        ],
    ),
    (
        1320, 'S',
        [
            'sarana dan prasarana pelayanan KB', 'rehab gudang KB', 'Kab. Dharmasraya', '1 unit', '100.000.000',
            'DAK', '', '-', '-',
        ],
    ),
    (1322, 'H'),
    (1323, 'H'),
    (1324, 'H'),
    (
        1325, 'S',
        [
            'pengadaan sarana prasarana pendataan dan penyuluhan KB di balai penyuluhan KB',
            'Rehap balai penyuluhan', '7 Kecamatan (IX Koto, Sitiung, Timoh Padang', '7 unit', '1.200.000.000',
            'DAK', '', '-', '-',
        ],
    ),
    (
        1326, 'S',
        [
            'peningkatan kesertaan KB Pria', 'terpenuhi capaian Akseptor KB MOP', '11 Kecamatan', '90%',
            '63.250.000', 'APBD', '', '-', '-',
        ],
    ),
    (
        1327, 'P',
        [
            'PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)', '', 'Kab. Dharmasraya', '',
            '590.584.000', 'APBD', '', '', '606.000.000',
        ],
    ),
    (
        1328, 'K',
        [
            'Pelaksanaan Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga', '',
            'Kab. Dharmasraya', '', '468.584.000', 'APBD', '', '', '479.000.000',
        ],
    ),
    (
        1329, 'S',
        [
            ('pengadaan sarana kelompok kegiatan ketahanan dan kesejahteraan keluarga (BKB, BKR, BKL, PPKS, '
             'PIK-R dan pemberdayaan ekonomi keluarga/ UPPKS)'),
            'tersedianya sarana prasarana penunjang penyuluhan', '11 Kecamatan dan kampung KB', '80%', '146.686.000',
            'APBD', '', '85%', '152.000.000',
        ],
    ),
    (
        1330, 'S',
        [
            ('Orientasi dan Pelatihan Teknis Pengelola Ketahanan dan Kesejahteraan Keluarga (BKB,BKR, BKL, '
             'PPKS,PIK-R dan Pemberdayaan Ekonomi Keluarga/UPPKS)'),
            ('Jumlah Teknis Pengelola Ketahanan dan Kesejahteraan Keluarga (BKB,BKR, BKL, PPKS,PIK-R dan '
             'Pemberdayaan Ekonomi Keluarga/UPPKS)'),
            '11 Kecamatan dan kampung KB', '21 PLKB dan Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '134.598.000',
            'APBD', '', '21 PLKB dan Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '139.000.000',
        ],
    ),
    (
        1331, 'S',
        [
            ('promosi dan sosialisasi kelompok kegiatan ketahanan dan kesejahteraan keluarga menjadi orang tua '
             'hebat, generasi Berencana, Kelanjutusiaan serta pengelolaan keuangan keluarga)'),
            ('jumlah kelompok mendapatkan sosialisasi kegiatan ketahanan dan kesejahteraan keluarga (BKB, BKR, '
             'BKL, PIK-R, PPKS, UPPKS)'),
            '11 Kecamatan dan kelompok', '660 orang', '187.300.000', 'APBD', '', '210 orang', '188.000.000',
        ],
    ),
    (
        1332, 'K',
        [
            ('pelaksanaan dan peningkatan peran serta Organisasi Kemasyarakatan Tingkat daerah Kabupaten/Kota '
             'dalam pembangunan keluarga melalui pembinaan Ketahanan dan'),
            '', 'Kab. Dharmasraya', '', '122.000.000', 'APBD', '', '', '127.000.000',
        ],
    ),
    (
        1333, 'S',
        [
            ('penguatan kebijakan daerah dalam rangka pemberdayaan dan peningkatan peran serta organisasi '
             'kemasyarakatan dan mitra kerja lainnya dalam pembinaan ketahanan dan kesejahteraan keluarga (BKB, '
             'BKR, BKL, PPKS,'),
            'terbitnya SK mitra kerja dalam pembinaan', 'Kab. Dharmasraya',
            '6 Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '54.000.000', 'APBD', '', '2 kelompok', '56.000.000',
        ],
    ),
    (
        1334, 'S',
        [
            'promosi dan sosialisasi program ketahanan dan kesejahteraan keluarga bagi mitra kerja',
            'tersedianya informasi tentang program ketahanan dan kesejahteraan keluarga bagi mitra kerja',
            '11 kecamatan', '6 Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '68.000.000', 'APBD', '',
            '6 Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '71.000.000',
        ],
    ),
    (1335, 'P', ['PROGRAM PENGENDALIAN PENDUDUK', '', '', '', '700.000.000', '', '', '', '753.200.000']),
    (
        1336, 'K',
        [
            ('Pemaduan dan Sinkronisasi Kebijakan Pemerintah Daerah Provinsi dengan Pemerintah Daerah '
             'Kabupaten/Kota dalam rangka Pengendalian Kuantitas Penduduk'),
            'Terbitnya Jukla/ Juknis kegiatan', 'Kab. Dharmasraya', '', '700.000.000', 'APBD', '', '', '753.200.000',
        ],
    ),
    (1338, 'H'),
    (1339, 'H'),
    (1340, 'H'),
    (
        1341, 'S',
        [
            ('Penyerasian Kebijakan Pembangunan Daerah Kabupaten/Kota terhadap Kependudukan, Keluarga Berencana '
             'dan Pembangunan Keluarga'),
            'Terbitnya Peraturan Daerah', 'Kab. Dharmasraya', '100%', '50.000.000', 'APBD', '', '100%', '65.000.000',
        ],
    ),
    (
        1342, 'S',
        [
            'Penyusunan dan Pemanfaatan Grand Design Pembangunan Kependudukan (GDPK) Tingkat',
            'Tersedianya Pedoman RPJMD', 'Kab. Dharmasraya', '100%', '100.000.000', 'APBD', '', '100%',
            '120.000.000',
        ],
    ),
    (
        1343, 'S',
        [
            'Dukungan Pelaksanaan Survei/Pendataan Indeks Pembangunan Berwawasan Kependudukan',
            'Persentase Wilayah Pendataan', 'Kab. Dharmasraya', '80%', '150.000.000', 'APBD', '', '80%',
            '155.000.000',
        ],
    ),
    (
        1344, 'S',
        [
            'Pelaksanaan Survei/Pendataan Indeks Pengetahuan Masyarakat tentang Kependudukan',
            'Jumlah penetapan profil kependudukan', '11 Kecamatan', '80%', '150.000.000', 'APBD', '', '80%',
            '155.000.000',
        ],
    ),
    (
        1345, 'S',
        [
            ('Advokasi, Sosialisasi dan Fasilitasi Pelaksanaan Pendidikan Kependudukan Jalur Formal di Satuan '
             'Pendidikan Jenjang SD/MI dan SLTP/MTS, Jalur'),
            'Jumlah Sekolah teradvokasi', '11 Kecamatan', '50%', '100.000.000', 'DAK', '', '65%', '105.000.000',
        ],
    ),
    (
        1346, 'S',
        [
            'Pelaksanaan Rapat Pengendalian Program KKBPK', 'Jumlah Pelaksanaan Rapat', '11 Kecamatan', '1760 orang',
            '150.000.000', 'DAK', '', '1840 orang', '153.200.000',
        ],
    ),
    (1347, 'J', ['', '', '', '', '14.428.928.570', '', '', '', '13.878.624.857']),
]
# TABEL 4.1 cells 2..8: name, indikator, lokasi, target, pagu, sumber dana, ket
ROWS_D41: list[tuple[Any, ...]] = [
    (1368, 'B', ['BIDANG SEKRETARIAT', '', '', '', '', '', '']),
    (
        1369, 'P',
        [
            'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '', 'DINSOSP3APPKB', '', '5.211.187.570',
            'APBD', '',
        ],
    ),
    (
        1370, 'K',
        [
            'Perencanaan, Penganggaran, dan evaluasi kinerja perangkat Daerah',
            'Terlaksananya Perencanaan, Penganggaran dan Evaluasi Kinerja', 'DINSOSP3APPKB', '', '90.000.000',
            'APBD', '',
        ],
    ),
    (
        1371, 'S',
        [
            'Koordinasi dan penyusunan dokumen RKA-', 'Tersusunnya dokumen RKA DINSOSP3APPKB', 'DINSOSP3APPKB', '',
            '30.000.000', 'APBD', '',
        ],
    ),
    (
        1372, 'S',
        [
            'Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi', 'Tersusunnya perencanaan dan Pelaporan',
            'DINSOSP3APPKB', '', '60.000.000', 'APBD', '',
        ],
    ),
    (1373, 'K', ['Administrasi Keuangan Perangkat Daerah', '', 'DINSOSP3APPKB', '', '3.456.116.400', 'APBD', '']),
    (
        1374, 'S',
        [
            'Penyediaan Gaji dan Tunjangan ASN',
            'pembayaran gaji dan tunjangan ASN serta pembayaran tambahan penghasilan ASN (28 orang)',
            'DINSOSP3APPKB', '14', '3.456.116.400', 'APBD', '',
        ],
    ),
    (1375, 'K', ['Administrasi Umum Perangkat Daerah', '', 'DINSOSP3APPKB', '', '244.101.170', 'APBD', '']),
    (
        1376, 'S',
        [
            'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
            'terrealisasinya komponen instalasi listrik', 'DINSOSP3APPKB', '1', '11.110.000', 'APBD', '',
        ],
    ),
    (
        1377, 'S',
        [
            'Penyediaan Peralatan dan Perlengkapan Kantor', 'tersedianya alat tulis kantor', 'DINSOSP3APPKB', '1',
            '50.002.000', 'APBD', '',
        ],
    ),
    (
        1378, 'S',
        [
            'Penyediaan Peralatan Rumah Tangga', 'tersedianya peralatan rumah tangga', 'DINSOSP3APPKB', '120',
            '8.798.350', 'APBD', '',
        ],
    ),
    (
        1379, 'S',
        [
            'Penyediaan Bahan Logistik Kantor', 'tersedianya makan dan minum rapat dan tamu', 'DINSOSP3APPKB', '100',
            '26.400.000', 'APBD', '',
        ],
    ),
    (
        1380, 'S',
        [
            'Penyediaan Barang Cetak dan Penggandaan', 'tersedianya barang cetak dan pengadaan', 'DINSOSP3APPKB',
            '1', '59.786.200', 'APBD', '',
        ],
    ),
    (
        1381, 'S',
        [
            'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            'terlaksananya rapat koordinasi dan konsultasi keluar daerah', 'DINSOSP3APPKB', '1', '88.004.620',
            'APBD', '',
        ],
    ),
    (
        1382, 'K',
        [
            'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', '', 'DINSOSP3APPKB', '', '9.900.000',
            'APBD', '',
        ],
    ),
    (
        1383, 'S',
        [
            'Pengadaan Mebel', 'tersedianya Mebeleur kantor (Kursi rapat 15 unit)', 'DINSOSP3APPKB', '17',
            '9.900.000', 'APBD', '',
        ],
    ),
    (
        1384, 'K',
        [
            'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '', 'DINSOSP3APPKB', '', '1.208.823.000', 'APBD',
            '',
        ],
    ),
    (1386, 'H'),
    (1387, 'H'),
    (1388, 'H'),
    (
        1389, 'S',
        [
            'Penyediaan Jasa Surat Menyurat', 'tersedianya materai kantor', 'DINSOSP3APPKB', '1100', '9.900.000',
            'APBD', '',
        ],
    ),
    (
        1390, 'S',
        [
            'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            'terlaksananya pembayaran rekening telpon, internet, listrik dinas, dan listrik gudang KB',
            'DINSOSP3APPKB', '1', '55.440.000', 'APBD', '',
        ],
    ),
    (
        1391, 'S',
        [
            'Penyediaan Jasa Pelayanan Umum Kantor',
            'tersedianya jasa pengelola keuangan dinas dan gaji PTT, THL, Sopir', 'DINSOSP3APPKB', '1',
            '1.143.483.000', 'APBD', '',
        ],
    ),
    (
        1392, 'K',
        [
            'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', '', 'DINSOSP3APPKB', '1',
            '202.247.000', 'APBD', '',
        ],
    ),
    (
        1393, 'S',
        [
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau '
             'Kendaraan Dinas Jabatan'),
            'pemeliharaan kendaraan jabatan dan pajak', 'DINSOSP3APPKB', '1', '20.900.000', 'APBD', '',
        ],
    ),
    (
        1394, 'S',
        [
            ('Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas '
             'Operasional atau Lapangan'),
            'terlaksananya pembayaran pajak dan service kendaraan dinas operasional roda 2 dan roda 4',
            'DINSOSP3APPKB', '9 unit, 32 unit', '156.300.000', 'APBD', '',
        ],
    ),
    (
        1395, 'S',
        [
            'Pemeliharaan Peralatan dan Mesin Lainnya', 'tersedianya peralatan kerja yang layak pakai',
            'DINSOSP3APPKB', '33', '25.047.000', 'APBD', '',
        ],
    ),
    (1396, 'B', ['BIDANG SOSIAL', '', '', '', '', '', '']),
    (1397, 'P', ['PROGRAM PEMBERDAYAAN SOSIAL', '', 'DINSOSP3APPKB', '', '1.350.000.000', 'APBD', '']),
    (
        1398, 'K',
        [
            'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Persentase KAT yang terlatih', 'Kab. Dharmasraya',
            '85%', '300.000.000', 'APBD', '',
        ],
    ),
    (
        1399, 'S',
        [
            'Fasilitasi Pemberdayaan Sosial KAT', 'Terselenggaranya Pemberdayaan KAT', 'Nagari Banai', '85%',
            '200.000.000', 'APBD', '',
        ],
    ),
    (
        1400, 'S',
        [
            'Peningkatan Kapasitas dan Pendampingan KAT', 'Jumlah Pendampingan terhadap KAT', 'Nagari Banai', '85%',
            '100.000.000', 'APBD', '',
        ],
    ),
    (
        1401, 'K',
        [
            'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Persentase Penerbitan Izin UGB dan PUB',
            'Kab. Dharmasraya', '100%', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1402, 'S',
        [
            'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
            'Jumlah Izin UGB dan PUB', 'Kab. Dharmasraya', '5 DOKUMEN', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1403, 'K',
        [
            'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah', 'Persentase PSKS yang terlatih',
            'Kab. Dharmasraya', '85%', '900.000.000', 'APBD', '',
        ],
    ),
    (
        1404, 'S',
        [
            'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan', 'Jumlah PSM yang terlatih',
            '52 Nagari', '52 Orang', '200.000.000', 'APBD', '',
        ],
    ),
    (
        1405, 'S',
        [
            'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota',
            'Jumlah TKSK yang Terlatih', '11 Kecamatan', '11 Orang', '250.000.000', 'APBD', '',
        ],
    ),
    (1407, 'H'),
    (1408, 'H'),
    (1409, 'H'),
    (
        1410, 'S',
        [
            'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota',
            'Jumlah PSKS Keluarga yang terlatih dan LKKS', 'Kab. Dharmasraya', 'Orang', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1411, 'S',
        [
            ('Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan '
             'Kabupaten/Kota'),
            'Jumlah PSKS Kelembagaan yang terlatih', 'Kab. Dharmasraya', '13 LKS', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1412, 'S',
        [
            'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
            'Jumlah SDM LK3 yang terlatih', 'Kab. Dharmasraya', '30 Orang', '150.000.000', 'APBD', '',
        ],
    ),
    (1413, 'P', ['PROGRAM REHABILITASI SOSIAL', '', 'Kab. Dharmasraya', '', '979.500.000', 'APBD', '']),
    (
        1414, 'K',
        [
            ('Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia '
             'Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial'),
            '', 'Kab. Dharmasraya', '', '549.500.000', 'APBD', '',
        ],
    ),
    (
        1415, 'S',
        [
            'Penyediaan Permakanan',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang menerima paket permakanan sesuai standar gizi'),
            'Kab. Dharmasraya', '420', '105.000.000', 'APBD', '',
        ],
    ),
    (
        1416, 'S',
        [
            'penyediaan sandang',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang menerima paket sandang'),
            'Kab. Dharmasraya', '35', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1417, 'S',
        [
            'Penyediaan Alat Bantu',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang memanfaatkan alat bantu'),
            'Kab. Dharmasraya', '20', '25.000.000', 'APBD', '',
        ],
    ),
    (
        1418, 'S',
        [
            'Pemberian Pelayanan Reunifikasi Keluarga',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang direunifikasi dengan keluarga'),
            'Kab. Dharmasraya', '30', '15.000.000', 'APBD', '',
        ],
    ),
    (
        1419, 'S',
        [
            'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan bimbingan fisik, mental dan sosial'),
            '11 Kecamatan', '35', '50.000.000', 'APBD', '',
        ],
    ),
    (1421, 'H'),
    (1422, 'H'),
    (1423, 'H'),
    (
        1424, 'S',
        [
            ('Pemberian Bimbingan Sosial kepada Keluarga, Penyandang Disabilitas Terlantar, Anak Terlantar, '
             'Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
            'Jumlah bimbingan sosial yang dilaksanakan kepada keluarga dan masyarakat', '11 Kecamatan', '500',
            '50.000.000', 'APBD', '',
        ],
    ),
    (
        1425, 'S',
        [
            ('fasilitasi pembuatan nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan KIA (kartu '
             'identitas anak)'),
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang difasilitasi untuk mendapatkan dokumen kependudukan'),
            'Kab. Dharmasraya', '3', '7.500.000', 'APBD', '',
        ],
    ),
    (
        1426, 'S',
        [
            'pemberian akses kelayakan pendidikan dan kesehatan dasar',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan akses layanan pendidikan dan kesehatan dasar'),
            'Kab. Dharmasraya', '35', '50.000.000', '', '',
        ],
    ),
    (
        1427, 'S',
        [
            'pemberian layanan data dan pengaduan', 'jumlah layanan data pengaduan yang dimiliki',
            'Kab. Dharmasraya', '1', '20.000.000', '', '',
        ],
    ),
    (
        1428, 'S',
        [
            'pemberian layanan kedaruratan',
            'jumlah kendaraan roda empat yang akses khusus layanan kedaruratan yang dimiliki', 'Kab. Dharmasraya',
            '1', '120.000.000', '', '',
        ],
    ),
    (
        1429, 'S',
        [
            'pemberian pelayanan penelusuran keluarga',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang mendapatkan layanan penelusuran keluarga'),
            'Kab. Dharmasraya', '10', '5.000.000', '', '',
        ],
    ),
    (
        1430, 'S',
        [
            'pemberian layanan rujukan',
            ('Jumlah Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis '
             'yang dirujuk'),
            'Kab. Dharmasraya', '20', '52.000.000', '', '',
        ],
    ),
    (
        1431, 'K',
        [
            ('Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS '
             'dan NAPZA di Luar Panti Sosial'),
            '', 'Kab. Dharmasraya', '', '430.000.000', 'APBD', '',
        ],
    ),
    (
        1432, 'S',
        [
            'Layanan Kedaruratan',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang dijangkau'),
            'Kab. Dharmasraya', '35 Org', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1433, 'S',
        [
            'Penyediaan Permakanan',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang menerima paket permakanan sesuai standar gizi'),
            'Kab. Dharmasraya', '200 paket', '105.000.000', 'APBD', '',
        ],
    ),
    (1435, 'H'),
    (1436, 'H'),
    (1437, 'H'),
    (
        1438, 'S',
        [
            'Penyediaan Alat Bantu',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang memanfaatkan alat bantu'),
            'Kab. Dharmasraya', '10 Unit', '25.000.000', 'APBD', '',
        ],
    ),
    (
        1439, 'S',
        [
            'Layanan Rujukan',
            'Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA dirujuk',
            'Kab. Dharmasraya', '10 Orang', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1440, 'S',
        [
            'Pemberian Pelayanan Reunifikasi Keluarga',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'direunifikasi dengan keluarga'),
            'Kab. Dharmasraya', '10 Orang', '15.000.000', 'APBD', '',
        ],
    ),
    (
        1441, 'S',
        [
            'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            ('Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA '
             'yang mendapatkan bimbingan fisik, mental dan sosial'),
            '11 Kecamatan', '20 Org', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1442, 'S',
        [
            ('Pemberian Bimbingan Sosial kepada Keluarga, Penyandang Disabilitas Terlantar, Anak Terlantar, '
             'Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat'),
            'Jumlah bimbingan sosial yang dilaksanakan kepada keluarga dan masyarakat', 'Kab. Dharmasraya',
            '400 Org', '100.000.000', 'APBD', '',
        ],
    ),
    (
        1443, 'S',
        [
            'penyediaan perbekalan kesehatan di luar panti', 'jumlah paket perbekalan kesehatan yang tersedia',
            'Kab. Dharmasraya', '3', '15.000.000', 'APBD', '',
        ],
    ),
    (
        1444, 'S',
        [
            'kerjasama antar lembaga dan kemitraan dalam pelaksanaan Rehabilitas sosial Kabupaten/kota',
            'jumlah lembaga dan kemitraan yang terbentuk', 'Kab. Dharmasraya', '2', '20.000.000', 'APBD', '',
        ],
    ),
    (1445, 'P', ['PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', '', 'Kab. Dharmasraya', '', '1.500.000.000', 'APBD', '']),
    (
        1446, 'K',
        [
            'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', '', 'Kab. Dharmasraya', '',
            '1.500.000.000', 'APBD', '',
        ],
    ),
    (
        1447, 'S',
        [
            'fasilitasi Bantuan sosial Kesejahteraan Keluarga', 'Jumlah KPM PKH yang difasilitasi',
            'Kab. Dharmasraya', '4466', '500.000.000', 'APBD', '',
        ],
    ),
    (
        1448, 'S',
        [
            'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Jumlah Fakir Miskin yang terdata',
            '11 Kecamatan', '100%', '600.000.000', 'APBD', '',
        ],
    ),
    (
        1449, 'S',
        [
            'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Terlaksananya Pendataan Fakir Miskin',
            'Kab. Dharmasraya', '100%', '400.000.000', 'APBD', '',
        ],
    ),
    (1450, 'P', ['PROGRAM PENANGANAN BENCANA', '', 'Kab. Dharmasraya', '', '900.000.000', 'APBD', '']),
    (1452, 'H'),
    (1453, 'H'),
    (1454, 'H'),
    (
        1455, 'K',
        [
            'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', '', 'Kab. Dharmasraya', '',
            '800.000.000', 'APBD', '',
        ],
    ),
    (
        1456, 'S',
        [
            'Penyediaan Makanan', 'Jumlah korban bencana yang terpenuhi kebutuhan makan', 'Kab. Dharmasraya',
            '1.000 korban', '200.000.000', 'APBD', '',
        ],
    ),
    (
        1457, 'S',
        [
            'Penyediaan Sandang', 'jumlah korban bencana yang menerima paket sandang', 'Kab. Dharmasraya', '1.000',
            '200.000.000', '', '',
        ],
    ),
    (
        1458, 'S',
        [
            'Penyediaan Tempat Penampungan Pengungsi', 'jumlah tempat penampungan pengungsi yang dimiliki',
            'Kab. Dharmasraya', '13', '325.000.000', '', '',
        ],
    ),
    (
        1459, 'S',
        [
            'Penanganan Khusus bagi Kelompok Rentan', 'jumlah paket pemakanan khusus bagi kelompok rentan',
            'Kab. Dharmasraya', '50', '25.000.000', '', '',
        ],
    ),
    (
        1460, 'S',
        [
            'Pelayanan Dukungan Psikososial', 'jumlah korban bencana yang menerima pelayanan psikososial',
            'Kab. Dharmasraya', '1000', '50.000.000', '', '',
        ],
    ),
    (
        1461, 'K',
        [
            'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', '', '', '',
            '100.000.000', 'APBD', '',
        ],
    ),
    (
        1462, 'S',
        [
            'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana',
            ('Jumlah Relawan Sosial Taruna Siaga Bencana yang meningkat kemampuan dan skilnya dalam penanganan '
             'bencana'),
            'Kab. Dharmasraya', '20 Org', '100.000.000', 'APBD', '',
        ],
    ),
    (1463, 'B', ['PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK', '', '', '', '', '', '']),
    (
        1464, 'P',
        [
            'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN', '', 'Kab. Dharmasraya', '', '54.407.000',
            'APBD', '',
        ],
    ),
    (
        1465, 'K',
        [
            'Pelebagaan pengarusutamaan gender (PUG) pada lembaga pemerintah kewenangan kab/kota', '',
            'Kab. Dharmasraya', '', '54.407.000', '', '',
        ],
    ),
    (
        1466, 'S',
        [
            'Advokasi Kebijakan dan Pendampingan Pelaksanaan PUG termasuk PPRG', 'Terlaksananya Pelatihan PPRG',
            'Kabupaten Dharmasraya', '38 OPD', '54.407.000', 'APBD', '',
        ],
    ),
    (1467, 'P', ['PROGRAM PERLINDUNGAN PEREMPUAN', '', '', '', '700.000.000', '', '']),
    (
        1468, 'K',
        [
            'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota',
            'Terlaksananya kegiatan sosialisasi pencegah kekerasan pada wanita rawan perlakuan kekerasan',
            '11 kecamatan', '80%', '500.000.000', 'APBD', '',
        ],
    ),
    (
        1469, 'S',
        [
            'Advokasi kebijakan dan pendampingan layanan perlindungan perempuan perlindungan Kabupaten/Kota',
            'Terlaksananya kegiatan sosialisasi pencegah kekerasan pada wanita rawan perlakuan kekerasan',
            '11 kecamatan', '80%', '500.000.000', 'APBD', '',
        ],
    ),
    (1471, 'H'),
    (1472, 'H'),
    (1473, 'H'),
    (
        1474, 'S',
        [
            ('Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi '
             'Kewenangan Kabupaten/Kota'),
            'Terbentuknya UPTD PPA untuk Layanan Korban Kekerasan pada Perempuan dan Anak', 'Kabupaten Dharmasraya',
            '100%', '30.000.000', 'APBD', '',
        ],
    ),
    (
        1475, 'S',
        [
            'Penyedia Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
            ('Tersosialisasikannya Hotline Layanan Pengaduan Perlindungan Perempuan dan Anak dengan KIE dan '
             'Pemasangan Baliho'),
            '11 kecamatan', '100%', '30.000.000', 'APBD', '',
        ],
    ),
    (
        1476, 'K',
        [
            ('Penguatan dan Pengembangan lembaga penyedia layanan perlindungan perempuan tingkat daerah '
             'kabupaten/kota'),
            '', 'Kab. Dharmasraya', '', '170.000.000', '', '',
        ],
    ),
    (
        1477, 'S',
        [
            ('Peningkatan Kapasitas Sumber Daya Lembaga Penyedia Layanan Penanganan bagi Perempuan Korban '
             'Kekerasan Kewenangan Kabupaten/Kota'),
            'Terlaksananya Pelatihan Manajemen Kasus Kekerasan bagi anggota Satgas PPA', 'Kabupaten Dharmasraya',
            '100%', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1478, 'S',
        [
            ('Penyediaan Kebutuhan Spesifik bagi Perempuan dalam situasi Darurat dan Kondisi Khusus Kewenangan '
             'Kabupaten/Kota'),
            'Pemberian bantuan usaha bagi perempuan rawan ekonomi', 'Kabupaten Dharmasraya', '100%', '120.000.000',
            'APBD', '',
        ],
    ),
    (1479, 'P', ['PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK', '', '', '', '50.000.000', '', '']),
    (
        1480, 'K',
        [
            ('Pengumpulan, Pengolahan Analisis dan Penyajian Data Gender dan Anak Dalam Kelembagaan Data di '
             'Tingkat Daerah Kabupaten/Kota'),
            'Tersedianya data terpilah perempuan dan anak', 'Kabupaten Dharmasraya', '', '50.000.000', 'APBD', '',
        ],
    ),
    (
        1481, 'S',
        [
            'Penyediaan data Gender dan Anak di Kewenangan Kabupaten/Kota',
            'Tersedianya data terpilah perempuan dan anak', 'Kabupaten Dharmasraya', '', '50.000.000', 'APBD', '',
        ],
    ),
    (1482, 'P', ['PROGRAM PEMENUHAN HAK ANAK', '', '', '', '250.000.000', '', '']),
    (
        1483, 'K',
        [
            ('Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak Kewenangan '
             'Kabupaten/Kota'),
            'Terwujudnya Kabupaten Layak Anak', 'Kabupaten Dharmasraya', 'Pratama', '250.000.000', 'APBD', '',
        ],
    ),
    (
        1484, 'S',
        [
            ('pengembangan komunikasi, informasi dan edukasi pemenuhan hak anak bagi lembaga penyedia layanan '
             'peningkatan kualitas hidup anak tingkat daerah Kabupate/kota'),
            'Terwujudnya Kabupaten Layak Anak', 'Kabupaten Dharmasraya', 'Pratama', '250.000.000', 'APBD', '',
        ],
    ),
    (1485, 'P', ['PROGRAM PERLINDUNGAN KHUSUS ANAK', '', 'Kab. Dharmasraya', '', '310.000.000', 'APBD', '']),
    (1487, 'H'),
    (1488, 'H'),
    (1489, 'H'),
    (
        1490, 'K',
        [
            'Pencegahan Kekerasan terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/Kota',
            'Terlaksananya Pencegahan Kekerasan terhadap siswa SMP dan SMA', '11 kecamatan', '100%', '60.000.000',
            'APBD', '',
        ],
    ),
    (
        1491, 'S',
        [
            ('advokasi kebijakan dan pendampingan pelaksanaan kebijakan, program dan kegiatan pencegahan '
             'kekerasan terhadap anak kewenangan Kabupaten/Kota'),
            'Terlaksananya Pencegahan Kekerasan terhadap siswa SMP dan SMA', '11 kecamatan', '100%', '60.000.000',
            'APBD', '',
        ],
    ),
    (
        1492, 'K',
        [
            ('penyediaan layanan bagi anak yang memerlukan perlindungan khusus yang memerlukan koordinasi '
             'tingkat Daerah Kabupaten/kota'),
            '', 'Kabupaten Dharmasraya', '', '250.000.000', 'APBD', '',
        ],
    ),
    (
        1493, 'S',
        [
            ('Penyediaan Layanan Pengaduan Masyarakat bagi Anak yang Memerlukan Perlindungan Khusus Tingkat '
             'Daerah Kabupaten/Kota'),
            'Terbentuknya aktivis Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) di seluruh nagari',
            '48 Nagari', '80%', '200.000.000', 'APBD', '',
        ],
    ),
    (
        1494, 'S',
        [
            ('Pengembangan Komunikasi, Informasi dan Edukasi Anak yang Memerlukan Perlindungan Khusus Tingkat '
             'Daerah Kabupaten/Kota'),
            ('Terlaksananya pengadaan KIE dan baliho untuk edukasi pencegahan kekerasan terhadap anak di setiap '
             'sekolah'),
            '250 Sekolah', '80%', '50.000.000', 'APBD', '',
        ],
    ),
    (1495, 'B', ['PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA', '', '', '', '', '', '']),
    (
        1496, 'P',
        ['PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)', '', 'Kab. Dharmasraya', '', '1.833.250.000', 'APBD', ''],
    ),
    (
        1497, 'K',
        [
            ('Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) Pengendalian Penduduk dan KB sesuai '
             'Kearifan Budaya Lokal'),
            'persentase masyarakat yang mendapatkan informasi dari kegiatan edukasi tentang program Bangsa Kencana',
            'Kab. Dharmasraya', '85%', '118.250.000', 'APBD', '',
        ],
    ),
    (
        1498, 'S',
        [
            'penyediaan dan distribusi sarana KIE program KKBPK',
            'jenis Lembar Balik, Poster untuk pengetahuan Lini Lapangan', '11 Kecamatan', '3 Jenis', '55.000.000',
            'APBD', '',
        ],
    ),
    (
        1499, 'S',
        [
            'Advokasi Program KKBPK kepada Stakeholders dan Mitra Kerja',
            'persentase pemahaman Stakeholder terhadap program Bangsa Kencana', '11 Kecamatan', '90%', '63.250.000',
            'APBD', '',
        ],
    ),
    (
        1500, 'K',
        [
            'pendayagunaan tenaga penyuluh KB/petugas lapangan Keluarga Berencana (PKB/PLKB)',
            'persentase kemampuan petugas penyuluh KB dalam menjalankan program Bangsa Kencana', 'Kab. Dharmasraya',
            '95%', '228.250.000', '', '',
        ],
    ),
    (
        1501, 'S',
        [
            'pembinaan IMP dan program KKBPK dilini Lapangan oleh PKB/PLKB',
            'persentase pemahaman kader IMP terhadap program KKBK', '11 Kecamatan', '85%', '63.250.000', 'APBD', '',
        ],
    ),
    (
        1502, 'S',
        [
            'penyediaan sarana pendukung operasional PKB/PLKB', 'terpenuhinya sarana di balai KB', '11 Kecamatan',
            '100%', '165.000.000', 'DAK', '',
        ],
    ),
    (1504, 'H'),
    (1505, 'H'),
    (1506, 'H'),
    (
        1507, 'S',
        [
            ('Pengendalian dan pendistribusian kebutuhan alat dan obat kontrasepsi serta pelaksanaan pelayanan '
             'KB di kabupaten/Kota'),
            'terpenuhi kebutuhan Alokasi di semua Faskes', 'Kab. Dharmasraya', '100%', '1.486.750.000', 'APBD', '',
        ],
    ),
    (
        1508, 'S',
        [
            'peningkatan kesertaan penggunaan metode kontrasepsi jangka panjang (MKJP)',
            'persentase operasional capaian kesertaan KB MKJP', '14 Faskes', '100%', '25.200.000', 'APBD', '',
        ],
    ),
    (
        1509, 'S',
        [
            ('pengendalian dan pendistribusian alat dan obat kontrasepsi dan sarana penunjang pelayanan KB ke '
             'Faskes termasuk jaringan dan jejaringnya'),
            'terpenuhinya kebutuhan sarana penunjang KB di berbagai Faskes', '21 Faskes', '85%', '6.300.000', 'APBD',
            '',
        ],
    ),
    (
        1510, 'S',
        [
            'penyediaan dukungan ayoman komplikasi berat dan kegagalan penggunaan MKJP',
            'persentase komplikasi dan kegagalan Akseptor', '11 Kecamatan', '90%', '22.000.000', 'APBD', '',
        ],
    ),
    (
        1511, 'S',
        [
            'Penyediaan Sarana Penunjang Pelayanan KB sterilisator',
            'tersedianya sarana penunjang pelayanan KB di semua Faskes', '14 Faskes', '95%', '70.000.000', 'DAK', '',
        ],
    ),
    (
        1512, 'S',
        [
            'sarana dan prasarana pelayanan KB', 'rehab gudang KB', 'Kab. Dharmasraya', '1 unit', '100.000.000',
            'DAK', '',
        ],
    ),
    (
        1513, 'S',
        [
            'pengadaan sarana prasarana pendataan dan penyuluhan KB di balai penyuluhan KB',
            'Rehab balai penyuluhan',
            '7 kecamatan (IX Koto, Sitiung, Timpeh, Padang Laweh, Koto Besar, Asam Jujuhan, Sungai Rumbai)',
            '7 unit', '1.200.000.000', 'DAK', '',
        ],
    ),
    (
        1514, 'S',
        [
            'peningkatan kesertaan KB Pria', 'terpenuhi capaian Akseptor KB MOP', '11 Kecamatan', '90%',
            '63.250.000', 'APBD', '',
        ],
    ),
    (
        1515, 'P',
        [
            'PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)', '', 'Kab. Dharmasraya', '',
            '590.584.000', 'APBD', '',
        ],
    ),
    (
        1516, 'K',
        [
            'Pelaksanaan Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga', '',
            'Kab. Dharmasraya', '', '468.584.000', 'APBD', '',
        ],
    ),
    (
        1517, 'S',
        [
            ('pengadaan sarana kelompok kegiatan ketahanan dan kesejahteraan keluarga (BKB, BKR, BKL, PPKS, '
             'PIK-R dan pemberdayaan ekonomi keluarga/ UPPKS)'),
            'tersedianya sarana prasarana penunjang penyuluhan', '11 Kecamatan dan kampung KB', '80%', '146.686.000',
            'APBD', '',
        ],
    ),
    (
        1518, 'S',
        [
            ('Orientasi dan Pelatihan Teknis Pengelola Ketahanan dan Kesejahteraan Keluarga (BKB,BKR, BKL, '
             'PPKS,PIK-R dan Pemberdayaan Ekonomi Keluarga/UPPKS)'),
            ('Jumlah Teknis Pengelola Ketahanan dan Kesejahteraan Keluarga (BKB,BKR, BKL, PPKS,PIK-R dan '
             'Pemberdayaan Ekonomi Keluarga/UPPKS)'),
            '11 Kecamatan dan kampung KB', '21 PLKB dan Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '134.598.000',
            'APBD', '',
        ],
    ),
    (1520, 'H'),
    (1521, 'H'),
    (1522, 'H'),
    (
        1523, 'S',
        [
            ('promosi dan sosialisasi kelompok kegiatan ketahanan dan kesejahteraan keluarga menjadi orang tua '
             'hebat, generasi Berencana, Kelanjutusiaan serta pengelolaan keuangan keluarga)'),
            ('jumlah kelompok mendapatkan sosialisasi kegiatan ketahanan dan kesejahteraan keluarga (BKB, BKR, '
             'BKL, PIK-R, PPKS, UPPKS)'),
            '11 Kecamatan dan kelompok', '660 orang', '187.300.000', 'APBD', '',
        ],
    ),
    (
        1524, 'K',
        [
            ('pelaksanaan dan peningkatan peran serta Organisasi Kemasyarakatan Tingkat daerah Kabupaten/Kota '
             'dalam pembangunan keluarga melalui pembinaan Ketahanan dan Kesejahteraan Keluarga'),
            '', 'Kab. Dharmasraya', '', '122.000.000', 'APBD', '',
        ],
    ),
    (
        1525, 'S',
        [
            ('penguatan kebijakan daerah dalam rangka pemberdayaan dan peningkatan peran serta organisasi '
             'kemasyarakatan dan mitra kerja lainnya dalam pembinaan ketahanan dan kesejahteraan keluarga (BKB, '
             'BKR, BKL, PPKS, PIK-R dan pemberdayaan ekonomi keluarga/UPPKS)'),
            'terbitnya SK mitra kerja dalam pembinaan', 'Kab. Dharmasraya',
            '6 Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '54.000.000', 'APBD', '',
        ],
    ),
    (
        1526, 'S',
        [
            'promosi dan sosialisasi program ketahanan dan kesejahteraan keluarga bagi mitra kerja',
            'tersedianya informasi tentang program ketahanan dan kesejahteraan keluarga bagi mitra kerja',
            '11 kecamatan', '6 Kelompok (BKB, BKR, BKL, PPKS, PIK-R, UPPKS)', '68.000.000', 'APBD', '',
        ],
    ),
    (1527, 'P', ['PROGRAM PENGENDALIAN PENDUDUK', '', '', '', '700.000.000', '', '']),
    (
        1528, 'K',
        [
            ('Pemaduan dan Sinkronisasi Kebijakan Pemerintah Daerah Provinsi dengan Pemerintah Daerah '
             'Kabupaten/Kota dalam rangka Pengendalian Kuantitas Penduduk'),
            'Terbitnya Jukla/ Juknis kegiatan', 'Kab. Dharmasraya', '', '700.000.000', 'APBD', '',
        ],
    ),
    (
        1529, 'S',
        [
            ('Penyerasian Kebijakan Pembangunan Daerah Kabupaten/Kota terhadap Kependudukan, Keluarga Berencana '
             'dan Pembangunan Keluarga (Program KKBPK)'),
            'Terbitnya Peraturan Daerah', 'Kab. Dharmasraya', '100%', '50.000.000', 'APBD', '',
        ],
    ),
    (1531, 'H'),
    (1532, 'H'),
    (1533, 'H'),
    (
        1534, 'S',
        [
            'Penyusunan dan Pemanfaatan Grand Design Pembangunan Kependudukan (GDPK) Tingkat Kabupaten/Kota',
            'Tersedianya Pedoman RPJMD', 'Kab. Dharmasraya', '100%', '100.000.000', 'APBD', '',
        ],
    ),
    (
        1535, 'S',
        [
            'Dukungan Pelaksanaan Survei/Pendataan Indeks Pembangunan Berwawasan Kependudukan',
            'Persentase Wilayah Pendataan', 'Kab. Dharmasraya', '80%', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1536, 'S',
        [
            'Pelaksanaan Survei/Pendataan Indeks Pengetahuan Masyarakat tentang Kependudukan',
            'Jumlah penetapan profil kependudukan', '11 Kecamatan', '80%', '150.000.000', 'APBD', '',
        ],
    ),
    (
        1537, 'S',
        [
            ('Advokasi, Sosialisasi dan Fasilitasi Pelaksanaan Pendidikan Kependudukan Jalur Formal di Satuan '
             'Pendidikan Jenjang SD/MI dan SLTP/MTS, Jalur Nonformal dan Informal'),
            'Jumlah Sekolah teradvokasi', '11 Kecamatan', '50%', '100.000.000', 'DAK', '',
        ],
    ),
    (
        1538, 'S',
        [
            'Pelaksanaan Rapat Pengendalian Program KKBPk', 'Jumlah Pelaksanaan Rapat', '11 Kecamatan', '1760 orang',
            '150.000.000', 'DAK', '',
        ],
    ),
    (1539, 'J', ['', '', '', '', '14.428.928.570', '', '']),
]

D31_SHEET, D41_SHEET = "Tabel 3.1", "Tabel 4.1"
D31_HEAD = ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
            "Indikator Kinerja Program/Kegiatan", "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif",
            "Sumber Dana", "Catatan Penting", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif"]
D41_HEAD = [*D31_HEAD[:7], "Ket"]
D_LEVEL_FIX = {1182: "K", 1243: "K", 1474: "K", 1507: "K"}  # kegiatan rows printed without bold
D_TEXT = {(1214, "E"): "5 DOKUMEN", (1402, "E"): "5 DOKUMEN", (1190, "F"): "8.798.350", (1378, "F"): "8.798.350"}


def dh_sheet(name: str, rows: list[tuple[Any, ...]], ncol: int) -> tuple[Sheet, dict[int, tuple[int, str]]]:
    """TABEL 3.1 (10 columns) or TABEL 4.1 (8 columns); levels only by bold / upper case."""
    last = "J" if ncol == 10 else "H"
    head = D31_HEAD if ncol == 10 else D41_HEAD
    if ncol == 10:
        titles = ["TABEL 3.1", "RUMUSAN RENCANA PROGRAM DAN KEGIATAN SKPD TAHUN 2022", "DAN PERKIRAAN MAJU TAHUN 2023",
                  "KABUPATEN DHARMASRAYA", "", "DINSOSP3APPKB"]
        group = [("D8:G8", "Rencana Tahun 2022"), ("H8:H9", "Catatan Penting"),
                 ("I8:J8", "Prakiraan Maju rencana Tahun 2023")]
    else:
        titles = ["TABEL 4.1", "RENCANA KERJA DAN PENDANAAN DINSOSP3APPKB", "", "", "", "DINSOSP3APPKB"]
        group = [("D8:G8", "Rencana Tahun 2022 sebelum perubahan"), ("H8:H9", "Ket")]
    header: list[tuple[str, Any]] = [("A8:A9", head[0]), ("B8:B9", head[1]), ("C8:C9", head[2]), *group]
    header += [(f"{c}9", head[i]) for i, c in enumerate("ABCDEFGHIJ"[:ncol]) if c in "DEFGIJ"]
    header += [(f"{c}10", i + 1) for i, c in enumerate("ABCDEFGHIJ"[:ncol])]
    data: list[dict[str, Cell]] = []
    bold: set[int] = set()
    merges: list[str] = []
    meta: dict[int, tuple[int, str]] = {}
    pending_h = 0
    for row in rows:
        line, lev = row[0], row[1]
        r = 11 + len(data)
        cells: dict[str, Cell] = {}
        if lev == "H":  # page header repeated: the three header lines again, unmerged
            meta[r] = (line, "C")
            k = pending_h % 3
            pending_h += 1
            if k == 0:
                cells = {c: Cell(head[i]) for i, c in enumerate("ABC")}
                cells["D"] = Cell(group[0][1])
                cells["H"] = Cell(head[7])
                if ncol == 10:
                    cells["I"] = Cell(group[2][1])
            elif k == 1:
                cells = {c: Cell(head[i]) for i, c in enumerate("ABCDEFGHIJ"[:ncol]) if c in "DEFGIJ"}
            else:
                cells = {c: Cell(i + 1) for i, c in enumerate("ABCDEFGHIJ"[:ncol])}
            bold.add(len(data))
            data.append(cells)
            continue
        lev = D_LEVEL_FIX.get(line, lev)
        meta[r] = (line, {"B": "U", "J": "T"}.get(lev, lev))
        vals = row[2]
        if lev == "J":
            cells["A"] = Cell("JUMLAH")
        for c, s in zip("BCDEFGHIJ"[:ncol - 1], vals, strict=True):
            if not s:
                continue
            if D_TEXT.get((line, c)) == s:
                cells[c] = Cell(s)
            elif c in "FJ":
                cells[c] = Cell(*rp_cell(s))
            elif c in "EI":
                cells[c] = Cell(*k_cell(s))
            else:
                cells[c] = Cell(s)
        if lev in ("B", "P", "J") or (lev == "K" and line not in D_LEVEL_FIX):
            bold.add(len(data))
        data.append(cells)
    widths = {"A": 6, "B": 44, "C": 36, "D": 16, "E": 11, "F": 17, "G": 9, "H": 10, "I": 11, "J": 17}
    sh = Sheet(name, titles, last, header, data, 11, bold, merges, widths, (8, 10))
    return sh, meta


def check_dh(path: Path, m31: dict[int, tuple[int, str]], m41: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """Sums in both tables; TABEL 4.1 col 6 = TABEL 3.1 col 6 row by row (cross-table)."""
    wb = load_workbook(path)
    w31, w41 = wb[D31_SHEET], wb[D41_SHEET]
    errs = check_sums(w31, D31_SHEET, m31, ["F", "J"]) + check_sums(w41, D41_SHEET, m41, ["F"])
    # rows planned only for 2023 (col 6 printed "-") do not appear in TABEL 4.1
    seq31 = [(r, m31[r][0]) for r in sorted(m31) if m31[r][1] in ("P", "K", "S", "T")
             and w31[f"F{r}"].value != "-"]
    seq41 = [(r, m41[r][0]) for r in sorted(m41) if m41[r][1] in ("P", "K", "S", "T")]
    if len(seq31) != len(seq41):
        errs.append(err(D41_SHEET, "A1", "cross-table row count", len(seq41), len(seq31), 0))
    for (r31, _), (r41, l41) in zip(seq31, seq41, strict=False):
        a, b = w31[f"F{r31}"].value, w41[f"F{r41}"].value
        pa, pb = parse_rp(a), parse_rp(b)
        if pa is None and pb is None and a == b:
            continue
        if pa is None or pb is None or abs(pa - pb) > 1:
            errs.append(err(D41_SHEET, f"F{r41}", "cross-table mismatch", stated_value(b), stated_value(a), l41,
                            other_cell=f"'{D31_SHEET}'!F{r31}", other_seed_line=m31[r31][0]))
    return errs

# ===========================================================================
# Notes and observations per workbook, driver
# ===========================================================================

NOTES33 = [
    ("Scope: the whole T-C.33 of seed 001 (lines 985-1199): Urusan Bidang Sosial, Pemberdayaan Perempuan dan "
     "Perlindungan Anak, Pemberdayaan Masyarakat dan Desa, the three TOTAL rows and TOTAL KESELURUHAN. Page banners "
     "('PEMERINTAH KABUPATEN BALANGAN / DINAS SOSIAL, P3A DAN PMD') are left out."),
    ("Layout: titles A1:P1..A3:P3, 'Nama Perangkat Daerah' A5, header rows 7-8, column-number row 9 as printed "
     "'(1)' (A9:F9 merged over the six Kode cells), '(2)' G9, '(3)' H9, I9 (Satuan) empty, '(4)'..'(10)' J9..P9; "
     "data from row 10."),
    ("Levels come from the transcription (program P, kegiatan K, sub kegiatan S, continuation C): the printed "
     "codes are unreliable (programs 1.06.04-1.06.06 carry a '2' level digit, kegiatan 1.06.02.2 lack their "
     "number, 2.13.x codes print '2,01' for '2 | 01', line 1025 prints '1|06|1'). Line 1168 (code "
     "2|13|03|2,01|03) is a sub kegiatan of 1167."),
    ("Sums: parent pagu = sum of its kegiatan (program) / sub kegiatan (kegiatan), cols 6 (L) and 10 (P); "
     "continuation rows excluded; 'Rp -' and '-' count as 0; tolerance 1 rupiah. TOTAL = sum of the programs "
     "of its urusan; TOTAL KESELURUHAN = sum of the TOTAL rows (it holds for the stated TOTALs)."),
    ("Line 1085 TOTAL 16.181.059.079 is exactly 76.000.000 below the sum of programs (16.257.059.079): it was "
     "computed with the T-C.31 value of program 1.06.01 (10.078.864.976, i.e. with kegiatan 1.06.01.2.02 = "
     "8.102.437.376), see renja-2022-tc31 line 569."),
    ("Line 1146 (program 2.08.07) 102.614.000 vs 102.613.800: the kegiatan are written to the hundred "
     "(44.773.900, 41.019.900) while T-C.31 rounds them to thousands (44.774.000, 41.020.000). The PPPA TOTAL "
     "1.647.974.100 is consistent with the kegiatan, so the TOTAL error (200) is a consequence of the program "
     "error: the corrected copy changes only the program."),
    ("Line 1129 (sub kegiatan without code) prints pagu 73.215.000 but no prakiraan maju; the corrected copy "
     "fills 76.545.750 = kegiatan 100.281.000 - sibling 23.735.250 (reconstruction, not printed anywhere)."),
    ("Lines 1167-1168: kegiatan col 10 330.000.000 vs its only sub kegiatan 110.000.000 - which one is wrong is "
     "unknown; the corrected copy sets the sub kegiatan to 330.000.000 (program and TOTAL keep their value)."),
    ("Lines 1169-1170: kegiatan (and program) col 10 6.197.910.000 vs sub kegiatan sum 2.721.910.000 "
     "(difference 3.476.000.000; a sub kegiatan may be missing). The corrected copy sets program and kegiatan to "
     "2.721.910.000 and the PMD TOTAL / TOTAL KESELURUHAN col 10 follow (8.653.550.000 / 27.317.014.133)."),
    ("Lines 1182-1183: program/kegiatan 2.13.05 col 6 5.260.403.700 vs sub kegiatan 6.207.603.700; the PMD "
     "TOTAL 8.647.200.000 equals the sum of sub kegiatan (112.280.300 + 2.327.316.000 + 6.207.603.700), so the "
     "corrected copy changes program and kegiatan (the TOTAL is then right) and TOTAL KESELURUHAN col 6 becomes "
     "26.552.233.179 (only the Sosial TOTAL changes it)."),
    ("Cells pasted as text exactly as printed: K14 '2 Dokumen' (seed 998), K41 '110 KK' (1033), L25 "
     "'Rp 15.727.800,00' (1013), L87 '13.240.000' (1095), P65 'Rp 4.632.802.233,15' (1065); the empty forms "
     "'Rp -' / '-' are text; K112 '4 5' and O112 '4 6' (two targets in one cell, line 1128) are text; Kode parts "
     "are text ('06' keeps its zero). Other rupiah cells are numbers with format '\"Rp \"#,##0.00' (seed "
     "'Rp ...,00') or '#,##0' (seed without Rp). '<i>' markup of the seed (lines 1048, 1066, 1072) dropped. "
     "Data rows 10-162 (row 81 TOTAL Sosial, 135 TOTAL PPPA, 161 TOTAL PMD, 162 TOTAL KESELURUHAN)."),
]
OTHER33 = [
    {"seed_line": 1025, "kind": "code typo",
     "text": "Kegiatan code printed '1 | 06 | 1 | 2 | 09' (program part '1' for '01')."},
    {"seed_line": 1048, "kind": "program coded as kegiatan",
     "text": "Programs 1.06.04, 1.06.05, 1.06.06, 1.06.07 carry the kegiatan level digit '2' in their code."},
    {"seed_line": 1166, "kind": "catatan column holds lokasi / indikator",
     "text": "In Urusan PMD col 8 (Catatan) prints 'Balangan' and col 9 (target 2023) prints the indicator "
             "text instead of a target (lines 1166-1183)."},
    {"seed_line": 1053, "kind": "sub kegiatan order",
     "text": "Sub kegiatan 1.06.04.2.01.05 printed before .04."},
    {"seed_line": 1091, "kind": "sumber dana only on some rows",
     "text": "Sumber Dana (col 7) is filled only for program 2.08.02 and the PMD rows."},
]

NOTES31 = [
    ("Scope: Urusan Bidang Sosial of T-C.31 (seed 001 lines 563-648); the PPPA and PMD parts (lines 653-758) "
     "are not transcribed. The two unlabelled sum lines 647 (col 6 2.411.820.000) and 648 (col 11 "
     "15.711.059.079) are one row in the workbook (label empty as printed)."),
    ("Layout: titles rows 1-7, header rows 9-10, column-number row 11 as printed: A11:B11 '(1)', C11 '(2)', "
     "D11 '(3)', E11 '(4)', F11 empty (satuan), G11 the number -5, H11 '(6)', I11 '(7)', J11 '(8)', K11 '(9)', "
     "L11 the number -10, M11 '(11)', N11 '(12)' ('(5)' typed into Excel became -5, printed '-5'); data from 12. "
     "No is split over two columns (A program/kegiatan number, B sub kegiatan number) as printed."),
    ("The header says '(Rp.000)' but values are full rupiah; checked as rupiah."),
    ("Sums of (6) and (11) as in T-C.33; levels from the transcription (line 636 is a kegiatan printed in the sub "
     "kegiatan number column). Program 1 (line 564) col 11 10.078.864.976 and the sum line 648 are consistent "
     "with the wrong kegiatan value at 569: only M18 is reported; the corrected copy also changes M13 "
     "(10.154.864.976, equal to T-C.33 line 995) and M76 (15.787.059.079). Data rows 12-76."),
    ("(2)=(7) and (4)=(9) compared case- and space-insensitively (errors); (5)!=(10) is reported only when the "
     "catatan (12) is empty, as a warning (targets change legitimately in the analysis, e.g. 612: 16 -> 40 which "
     "T-C.33 line 1039 confirms); the corrected copy writes a catatan on those rows instead of changing targets."),
    ("Line 628 prints '0' between the empty (7) and (8) cells; it is read as target (10) = 0."),
    ("Text cells as printed: G16 '2 Dokumen' (567), H29 'Rp 29.409.000,00' (584), L43 '110 KK' (602), M44 "
     "'Rp 22.000.000,00' (603); 'Rp -' and 'Rp' (line 632) are text."),
]
OTHER31 = [
    {"seed_line": 566, "kind": "pagu != kebutuhan without catatan",
     "text": "Pagu (6) differs from kebutuhan (11) on most rows and catatan (12) is empty everywhere; DOMAIN "
             "3.3 expects a catatan there (not checked: would flag almost every row)."},
    {"seed_line": 569, "kind": "draft pagu 'Rp -' for gaji",
     "text": "Kegiatan 1.06.01.2.02 and its sub kegiatan have pagu 'Rp -' in the draft (6)."},
    {"seed_line": 616, "kind": "numbering",
     "text": "Sub kegiatan numbering jumps (24 -> 11 at line 618, a kegiatan number)."},
]

NOTES29 = [
    ("Scope: the whole 'Tabel TC.29' of seed 001 (lines 151-389): Urusan Sosial, PPPA and PMD sections. Page "
     "banners left out. Rows are in seed order; continuation rows (empty name) kept."),
    ("Layout: title A1:P1; header rows 3-4 (row 4 as printed in seed line 147, including the stray '100 % K %' "
     "in D4:G4); column-number row 5 as printed: A5 1, B5 2, C5 3, D5:E5 4, F5:G5 5, H5 6, I5 7, "
     "J5 '8=(7/6)', K5 9, L5 10, M5:N5 11, O5 '12=(6+7+11)', P5 '13=(12/4)'; row 6 'K' in D, F, H, I, J "
     "(seed line 149); data from row 7."),
    ("The header prints 12=(6+7+11) but the data follow 5+7+11 (line 152: 36+12+12 = 60): the checker uses "
     "5+7+11 for count indicators and reports nothing where col 12 equals one of its terms (stock-like counts, "
     "e.g. 1 TMP, 1 gedung)."),
    ("Percent / index indicators (unit '%' in col 4, 5 or 11, or 'persentase/prosentase/indeks/nilai/rasio/"
     "tingkat' without a unit) must not be summed: col 12 = sum of two or more non-zero terms is reported as "
     "'sum of percentages' with expected = col 11 (target 2021) if filled, else col 7 (realisasi 2020); col 13 "
     "then follows (not reported separately: consistent with the stated col 12). Rows mixing a count unit "
     "with a % target are 'sum across different units' (corrected copy: col 12 = col 11, col 13 blank)."),
    ("Col 8 = 7/6 x 100 and col 13 = 12/4 x 100, compared at the stated precision (half-up); 0/0 with a stated "
     "0% is accepted; line 281 (perkawinan usia anak) is a negative-polarity indicator: (2T-R)/T (52,00% and "
     "47,42% both reproduce)."),
    ("Seed line 301 prints '#DN/0!' (text-extraction garble): written as the Excel error #DIV/0!."),
    ("Text cells as printed: D8 '72' and P8 '83%' (line 152), J36 '396,68%' and O36 '30.899' (line 188); "
     "line 209 (row 53) has no indicator text, so its target '100' sits in C53 as printed. Percent cells are "
     "numbers with '0.00%' / '0%' formats (value 1.0 for 100,00%). Data rows 7-180."),
    ("Lines 195 and 200 repeat the Tagana and 'PROGRAM PEMBINAAN ANAK TERLANTAR' rows across a page break with "
     "values missing (col 8 'sedang' at line 200 is kept as text); the full rows follow at 196 and 197."),
]
OTHER29 = [
    {"seed_line": 148, "kind": "printed formula label wrong",
     "text": "Header '12=(6+7+11)' while every row uses 5+7+11."},
    {"seed_line": 200, "kind": "text in a percentage column",
     "text": "Col 8 'sedang' (a predikat word) instead of a percentage."},
    {"seed_line": 188, "kind": "realisasi far above target",
     "text": "Raskin: target 6083, realisasi 24130 (396,68%); col 11 target 2021 is 10 jiwa."},
    {"seed_line": 281, "kind": "unit column holds a number",
     "text": "Col 11 unit cell prints '0,97' and line 282 prints '60'."},
    {"seed_line": 152, "kind": "counts with and without grouping",
     "text": "'6.759' beside '24130' in one column (line 188)."},
]

NOTES_LK = [
    ("Four sheets. 'Capaian IKU': the 2024 summary (seed lines 345-347) and the per-year tables of Sasaran 1 "
     "(355-392) and Sasaran 2 (441-471, 2022 is missing in the seed), each with its own header row; the seed "
     "prints NO column-number row for these tables, so none is added. All 15 IKU rows are correct (capaian "
     "reproduces at 2 decimals, Keterangan matches): negative examples."),
    ("'Efisiensi' (lines 563-567): header rows 3-4, column-number row 5 = 1..10 as printed (A5..J5), data rows "
     "6-7. Col 6 = 5/4 x 100, col 9 = 8/7 x 100, col 10 = 6 - 9 (seed definition)."),
    ("Line 566 col 6 '1.15 %' for 25.06/22.05 (ratio 1.1365, i.e. 113.65 %) and line 567 '3.38' (ratio 3.3756) "
     "are ratios in a % column: kind 'ratio written in % column' when the stated value is within 2 % of the "
     "ratio (1.15 is not 1.1365 rounded half-up, 1.14; the agency's rounding is unknown). Col 10 of both rows "
     "is consistent with the wrong col 6 (-94.52 = 1.15 - 95.67, -91.49 = 3.38 - 94.87) and is reported as "
     "'derived value consistent with a wrong input' with consequence_of. Only line 566 is named in DOMAIN.md; "
     "567 is the same mistake."),
    ("'Realisasi Anggaran' (lines 578-724): header row 3, column-number row 4 = 1..5 as printed, data from row 5. "
     "Program rows (numbered, bold) and kegiatan rows (bold) carry no values; rows with a name and no numbers "
     "kept. Line 674 'Kesejahteraan Keluarga' is the rest of the name at line 670 split by a page break: kept "
     "as a separate row as printed."),
    ("Percentages are stored as numbers with a ' %' display format (value 10.61, format 0.00\" %\"); some "
     "cells are text exactly as printed (E27 '65.95 %' line 605, E72 '99.99 %' line 656, C47 '142.000.000' "
     "line 628; IKU C10 '20,16%', D10 '2,01%', D13 '2.20 %', C16 '20,78%'; Efisiensi D7 '8.60 %'); "
     "C16 '2.036.000.00' (line 591) is TEXT (malformed: flagged, not guessed; 1.938.636.000 / 2.036.000.000 = "
     "95.22 % shows the intended value)."),
    ("Truncation (warning) is reported where the stated value equals the exact value cut (not rounded) to the "
     "stated places: 624 (99.2994 -> 99.29), 656 (99.9983 -> 99.99), 660 (99.99996 -> 99.99), 694 (98.9992 -> "
     "98.99). Line 657 (22.716.000/25.000.000 = 90.864, stated 90.87) is neither: wrong percentage."),
    ("'Perjanjian Kinerja' (lines 271-276): title row 1 (line 271), header row 3 NO | SASARAN STRATEGIS | "
     "INDIKATOR KINERJA | TARGET | PROGRAM KEGIATAN | ANGGARAN ( Rp ) (line 273), column-number row 4 = 1..6 "
     "as printed (line 274), data rows 5-10. The seed glues each sasaran's three programs and three amounts "
     "into one cell; the workbook gives each program its own row, as a PK pasted from Word looks: rows 5-7 "
     "sasaran 1 (line 275), rows 8-10 sasaran 2 (line 276), A:D merged over each sasaran's rows (A5:A7 .. "
     "D5:D7, A8:A10 .. D8:D10). Target is text as printed ('22.05 %', '8.60 %'); amounts are numbers "
     "(format #,##0); names as printed (including 'Program ' and '(PMKS )')."),
    ("Cross-table Efisiensi vs PK, matched by indicator text: Efisiensi col 7 should equal the sum of the "
     "PK program amounts of the sasaran. Sasaran 1: G6 3.385.637.000 (line 566) vs 3.807.800.000 + "
     "3.301.407.600 + 584.692.400 = 7.693.900.000 (PK line 275): a warning, kind 'cross-table mismatch'. "
     "Sasaran 2: 3.285.577.625 = 145.000.000 + 1.351.120.625 + 1.789.457.000, consistent. Targets agree "
     "(22.05, 8.60). The -perbaikan copy keeps G6 and the PK as printed: the seed does not say which side "
     "is right (the PK may have been revised, or col 7 may cover only part of the programs), so the warning "
     "stays there on purpose."),
]
OTHER_LK = [
    {"seed_line": 566, "kind": "efficiency definition",
     "text": "Tingkat Efisiensi = capaian kinerja - capaian anggaran (difference form); seed 000 uses a ratio."},
    {"seed_line": 358, "kind": "mixed decimal separators",
     "text": "'20,16%' '2,01%' beside '9.97%' in one row; '2.20 %' with a space (line 365)."},
    {"seed_line": 591, "kind": "malformed number",
     "text": "'2.036.000.00': a SUM over col 3 would silently drop it."},
    {"seed_line": 676, "kind": "rows without values",
     "text": "Several sub kegiatan print no target/realisasi at all (e.g. 676, 681-687)."},
]

NOTES_DH = [
    ("Scope: TABEL 3.1 (seed 004 lines 1170-1347) and TABEL 4.1 (lines 1360-1539) complete, one sheet each. "
     "Kode is empty throughout (as printed); levels are marked only by bold / upper case: bidang rows "
     "('BIDANG SOSIAL', 'PEMBERDAYAAN PEREMPUAN ...') bold without values, 'PROGRAM ...' upper case, kegiatan "
     "bold. Exceptions printed without bold and treated as kegiatan: 3.1 lines 1182, 1243; 4.1 lines 1474, "
     "1507."),
    ("Layout (both): titles rows 1-6, header rows 8-9, column-number row 10 = 1..10 (3.1, A10:J10) / 1..8 "
     "(4.1, A10:H10) as printed, data from row 11. The page header is repeated inside the data (three rows, "
     "unmerged) wherever the seed repeats it; those rows carry no values. JUMLAH in column A."),
    ("TABEL 3.1 is fully consistent: every program = sum of kegiatan, kegiatan = sum of sub kegiatan for col 6 "
     "and col 10, JUMLAH (14.428.928.570 / 13.878.624.857) = sum of programs. TABEL 4.1 likewise, and its "
     "col 6 equals TABEL 3.1 col 6 row by row. Zero errors expected: a negative example. The -perbaikan copy is "
     "identical in content."),
    ("Cross-table alignment: rows in sequence; the four 3.1 rows planned only for 2023 (col 6 printed '-': "
     "lines 1308, 1312, 1317, 1319) have no 4.1 counterpart and are skipped."),
    ("Text cells as printed: F21 '8.798.350' (both sheets), E44 '5 DOKUMEN' (both); targets like '85%' are "
     "numbers with a % format, '52 Orang' numbers with a unit format. Data rows 11-170 (3.1, JUMLAH row 170) "
     "and 11-172 (4.1, JUMLAH row 172). In 4.1 the JUMLAH value is printed one cell right (seed line 1539, "
     "under Sumber Dana); the workbook puts it in col 6 (F172)."),
]
OTHER_DH = [
    {"seed_line": 1276, "kind": "kegiatan target without prakiraan",
     "text": "Several kegiatan print col 9 empty while the sub kegiatan have one."},
    {"seed_line": 1304, "kind": "large year-on-year drop",
     "text": "PROGRAM PEMBINAAN KB 1.833.250.000 (2022) -> 204.600.000 (2023): DAK items end in 2022."},
    {"seed_line": 1371, "kind": "names differ between 3.1 and 4.1",
     "text": "4.1 shortens or completes some names ('RKA-' vs 'RKA-SKPD', 'Komponen Instalasi' vs 'Komponen "
             "Instalasi Listrik/Penerangan Bangunan Kantor'); targets printed in 3.1 kegiatan rows are blank in "
             "4.1 (line 1476)."},
]


@dataclass
class Job:
    """One workbook family: file stem, build function, checker, notes."""

    stem: str
    seed: str
    build: Callable[[bool], tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]]
    check: Callable[[Path, dict[str, dict[int, tuple[int, str]]]], list[dict[str, Any]]]
    notes: list[str]
    other: list[dict[str, Any]]
    creator: str
    kept: frozenset[tuple[str, str]] = frozenset()  # (sheet, cell) left in the -perbaikan copy on purpose


def b33(fixed: bool) -> tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]:
    """T-C.33 sheets."""
    sh, meta = tc33_sheet(apply_fixes(ROWS33, TC33_FIX) if fixed else ROWS33)
    return [sh], {TC33_SHEET: meta}


def b31(fixed: bool) -> tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]:
    """T-C.31 sheets."""
    sh, meta = tc31_sheet(apply_fixes(ROWS31, TC31_FIX) if fixed else ROWS31)
    return [sh], {TC31_SHEET: meta}


def b29(fixed: bool) -> tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]:
    """Tabel TC.29 sheets."""
    sh, meta = tc29_sheet(fix29(ROWS29, TC29_FIX) if fixed else ROWS29)
    return [sh], {TC29_SHEET: meta}


def blk(fixed: bool) -> tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]:
    """LKjIP sheets."""
    s1, m1 = iku_sheet()
    s2, m2 = eff_sheet(apply_fixes(EFF_ROWS, EFF_FIX) if fixed else EFF_ROWS)
    s3, m3 = ra_sheet(apply_fixes(RA_ROWS, RA_FIX) if fixed else RA_ROWS)
    s4, m4 = pk_sheet()  # same in both copies: the seed does not say whether PK or Efisiensi col 7 is right
    return [s1, s2, s3, s4], {IKU_SHEET: m1, EFF_SHEET: m2, RA_SHEET: m3, PK_SHEET: m4}


def bdh(fixed: bool) -> tuple[list[Sheet], dict[str, dict[int, tuple[int, str]]]]:
    """Dharmasraya TABEL 3.1 / 4.1 sheets (no corrections: consistent)."""
    s1, m1 = dh_sheet(D31_SHEET, ROWS_D31, 10)
    s2, m2 = dh_sheet(D41_SHEET, ROWS_D41, 8)
    return [s1, s2], {D31_SHEET: m1, D41_SHEET: m2}


JOBS = [
    Job("renja-2022-tc33-dinsos-balangan", SEED001, b33,
        lambda p, m: check_tc33(p, m[TC33_SHEET]), NOTES33, OTHER33, "Dinsos P3A PMD Kab. Balangan"),
    Job("renja-2022-tc31-dinsos-balangan", SEED001, b31,
        lambda p, m: check_tc31(p, m[TC31_SHEET]), NOTES31, OTHER31, "Dinsos P3A PMD Kab. Balangan"),
    Job("renja-2022-tc29-13kolom-dinsos-balangan", SEED001, b29,
        lambda p, m: check_tc29(p, m[TC29_SHEET]), NOTES29, OTHER29, "Dinsos P3A PMD Kab. Balangan"),
    Job("lkjip-2024-dinsos-baritoutara", SEED003, blk, check_lkjip, NOTES_LK, OTHER_LK,
        "Dinsos PMD Kab. Barito Utara", frozenset({(EFF_SHEET, "G6")})),
    Job("renja-2022-tabel-3.1-4.1-dharmasraya", SEED004, bdh,
        lambda p, m: check_dh(p, m[D31_SHEET], m[D41_SHEET]), NOTES_DH, OTHER_DH, "DINSOSP3APPKB Kab. Dharmasraya"),
]


def main(argv: list[str] | None = None) -> int:
    """Write every workbook pair (or only the stems named) and its known-errors list; self-check the copies."""
    names = sys.argv[1:] if argv is None else argv
    unknown = set(names) - {job.stem for job in JOBS}
    if unknown:
        print("unknown job(s):", ", ".join(sorted(unknown)), "- choose from:", ", ".join(j.stem for j in JOBS))
        return 2
    status = 0
    for job in JOBS:
        if names and job.stem not in names:
            continue
        asis = OUT / f"{job.stem}.xlsx"
        fixed = OUT / f"{job.stem}-perbaikan.xlsx"
        sheets, metas = job.build(False)
        save(sheets, asis, job.creator)
        errs = job.check(asis, metas)
        write_yaml(OUT / f"{job.stem}.known-errors.yaml", asis.name, job.seed, [s.name for s in sheets],
                   job.notes, errs, job.other)
        sheets_f, metas_f = job.build(True)
        save(sheets_f, fixed, job.creator)
        left = job.check(fixed, metas_f)
        kept = [e for e in left if (e["sheet"], e["cell"]) in job.kept and e.get("severity") == "warning"]
        left = [e for e in left if e not in kept]
        print(f"{job.stem}: as submitted {len(errs)} violations; corrected {len(left)}"
              + (f" (+{len(kept)} warning(s) kept on purpose)" if kept else ""))
        for e in kept:
            print("   kept:", e)
        for e in left:
            print("   left:", e)
        status |= bool(left)
    return status


if __name__ == "__main__":
    sys.exit(main())
