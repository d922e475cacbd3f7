"""Build the quarterly-report sample from seed 003 (LKIP 2024 Dinsos-PMD Kabupaten Barito Utara).

The seed holds the agency's four quarterly reports ("Laporan Triwulan I ... IV"),
each with a "Realisasi Keuangan Triwulan n" table (per kegiatan: anggaran, target
and realisasi to date, capaian %) and an "A. Realisasi Kinerja Triwulan n" table
(per IKU: annual target, target and realisasi to date, capaian %):

    TW I    keuangan 888-899    kinerja 914-920
    TW II   keuangan 935-946    kinerja 955-961
    TW III  keuangan 1009-1020  kinerja 1032-1038
    TW IV   kinerja 1050-1056   keuangan 1105-1116 (in this order in the seed)

One sheet per quarter ("TW I" ... "TW IV"), the two tables one under the other
with their titles and the signature block that follows each in the seed. No
column-number row (the seed prints none); two header rows with the group labels
("Keuangan", "Capaian Triwulan n") merged over Target / Realisasi / Capaian %,
laid out per quarter as printed: in TW II "Capaian %" stands beside the group,
and the TW IV keuangan table has no Keterangan column. Names are kept as printed,
including the variants between quarters ("permakanan" / "pemakanan", "kemitraan" /
"mitraan", "Lembaga Kemasyarakatan" / "Lembaga Masyarakat").

The workbook is written twice, as submitted and as a ``-perbaikan`` corrected
copy; ``.known-errors.yaml`` lists what the independent checker below (openpyxl
and Decimal only, not Periksa) finds in the as-submitted file.
Usage: ``python3 workbooks/make_sample_triwulan.py``.
"""

from __future__ import annotations

import difflib
import itertools
import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplekit import num_out, rnd, save_fixed, write_known_errors, yq

OUT = Path(__file__).resolve().parent
STEM = "lkjip-2024-triwulan-dinsos-baritoutara"
SEED = "/work/shared/seeds/003_5e1ffe83f80c3643.txt"
CREATOR = "Dinsos PMD Kab. Barito Utara"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
#: the agency's convention: target to date = 30 / 50 / 80 / 100 % of the annual anggaran
SHARES = {1: Decimal(30), 2: Decimal(50), 3: Decimal(80), 4: Decimal(100)}
DINAS = "Dinas Sosial, Pemberdayaan Masyarakat dan Desa"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")

# ---------------------------------------------------------------------------
# The seed rows, as printed: (line, No, Program/Sasaran, Kegiatan/IKU, Anggaran/Target,
# target to date, realisasi to date, capaian, keterangan)
# ---------------------------------------------------------------------------

P_REHAB = "Program Rehabilitasi Sosial"
P_FAKIR = "Program Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/ Kota"
P_DESA = "Program Administrasi Pemerintahan Desa"
P_LEMBAGA = "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat"
K_RUJUKAN = "Pemberian layanan rujukan"
K_KERJASAMA = "Kerja sama antar lembaga dan kemitraan dalam pelaksanaan Rehabilitasi Sosial Kabupaten/kota"
K_BANSOS = "Fasilitasi bantuan Sosial Kesejahteraan Keluarga"
K_BUMDES = "Pembinaan dan Pemberdayaan BUM desa dan Lembaga Kerja Sama antar Desa"
K_PROFIL = "Fasilitasi Penyusunan profil Desa"
K_PKK = "Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Masyarakat dan Kesejahteraan Keluarga"
S_PMKS = ("Meningkatnya Kemandirian Penyandang Masalah Kesejahteraan Sosial ( PMKS ) Penerima Manfaat pelayanan "
          "rehabilitasi kesejahteraan Sosial dan Pemberdayaan kelembagaan sosial")
S_DESA = "Meningkatnya Desa Mandiri di Kabupaten Barito Utara"
I_PMKS = "Persentase PMKS Mandiri"
I_DESA = "Persentase Desa Mandiri"

Line = tuple[int, str, str, str, str, str, str, str, str]

KEUANGAN: dict[int, list[Line]] = {
    1: [
        (893, "1", P_REHAB, K_RUJUKAN, "480.000.000", "144.000.000", "-", "-", ""),
        (894, "3", P_REHAB, "Penyediaan permakanan", "2.036.000.000", "-", "-", "-", ""),
        (895, "4", P_REHAB, K_KERJASAMA, "35.407.600", "10.622.260", "-", "0,00", ""),
        (896, "5", P_FAKIR, K_BANSOS, "75.000.000", "22.500.000", "-", "0,00", ""),
        (897, "6", P_DESA, K_BUMDES, "100.000.000", "30.000.000", "-", "0,00", ""),
        (898, "7", P_DESA, K_PROFIL, "50.000.000", "15.000.000", "-", "0,00", ""),
        (899, "8", P_LEMBAGA, K_PKK, "1.500.000.000", "450.000.000", "-", "0,00", ""),
    ],
    2: [
        (940, "1", P_REHAB, K_RUJUKAN, "480.000.000", "240.000.000", "92.934.000", "38,72", ""),
        (941, "3", P_REHAB, "Penyediaan pemakanan", "2.036.000.000", "-", "0", "-", ""),
        (942, "4", P_REHAB, "Kerja sama antar lembaga dan mitraan dalam pelaksanaan Rehabilitasi Sosial "
         "Kabupaten/kota", "35.407.600", "17.703.800", "9.046.500", "51,10", ""),
        (943, "5", P_FAKIR, K_BANSOS, "75.000.000", "37.500.000", "-", "0,00", ""),
        (944, "6", P_DESA, K_BUMDES, "100.000.000", "50.000.000", "24.213.450", "48,43", ""),
        (945, "7", P_DESA, K_PROFIL, "50.000.000", "25.000.000", "-", "0,00", ""),
        (946, "8", "Program Pemberdayaan Lembaga Masyarakat, Lembaga Adat dan Masyarakat Hukum Adat", K_PKK,
         "1.500.000.000", "750.000.000", "223.117.100", "29,75", ""),
    ],
    3: [
        (1014, "1", P_REHAB, K_RUJUKAN, "480.000.000", "384.000.000", "155.988.050", "40,82",
         "dilaksanakan di triwulan IV"),
        (1015, "2", P_REHAB, "Penyediaan permakanan", "2.036.000.000", "-", "-", "-", ""),
        (1016, "3", P_REHAB, K_KERJASAMA, "35.407.600", "28.326.000", "9.046.500", "31,94", ""),
        (1017, "4", P_FAKIR, K_BANSOS, "75.000.000", "60.000.000", "54.927.746", "91,55", ""),
        (1018, "5", P_DESA, K_BUMDES, "100.000.000", "80.000.000", "71.760.200", "89,70", ""),
        (1019, "6", P_DESA, K_PROFIL, "50.000.000", "40.000.000", "44.775.400", "111,94", ""),
        (1020, "7", P_LEMBAGA, K_PKK, "1.500.000.000", "1.200.000.000", "767.593.438", "63,97", ""),
    ],
    4: [
        (1110, "1", P_REHAB, K_RUJUKAN, "480,000,000", "480,000,000", "316,568,760", "65.95", ""),
        (1111, "3", P_REHAB, "Penyediaan pemakanan", "2,036,000,000", "2,036,000,000", "1,938,636,000", "95", ""),
        (1112, "4", P_REHAB, K_KERJASAMA, "35,407,600", "35,407,600", "17,548,200", "49.58", ""),
        (1113, "5", P_FAKIR, K_BANSOS, "75,000,000", "75,000,000", "74,474,546", "99.30", ""),
        (1114, "6", P_DESA, K_BUMDES, "100,000,000", "100,000,000", "95,548,350", "95.55", ""),
        (1115, "7", P_DESA, K_PROFIL, "50,000,000", "50,000,000", "49,597,400", "99.19", ""),
        (1116, "8", P_LEMBAGA, K_PKK, "1,500,000,000", "1,500,000,000", "1,438,296,788", "95.89", ""),
    ],
}

KINERJA: dict[int, list[Line]] = {
    1: [
        (919, "1", S_PMKS, I_PMKS, "22.05%", "7,00%", "0,00%", "0%", ""),
        (920, "2", S_DESA, I_DESA, "8.06%", "2.4%", "0,00%", "0%", ""),
    ],
    2: [
        (960, "1", S_PMKS, I_PMKS, "22,05%", "12,00%", "0,33%", "0,03%", ""),
        (961, "2", S_DESA, I_DESA, "8,06%", "4,03%", "4,30%", "4,30%", ""),
    ],
    3: [
        (1037, "1", S_PMKS.replace("( PMKS )", "(PMKS)"), I_PMKS, "22.05%", "18,84%", "18,84%", "100%", ""),
        (1038, "2", S_DESA, I_DESA, "8.06%", "7,50%", "7,50%", "100%", ""),
    ],
    4: [
        (1055, "1", S_PMKS, I_PMKS, "22.05%", "22.05%", "22.05%", "100%", ""),
        (1056, "2", S_DESA, I_DESA, "8.06%", "8.06%", "15,05%", "186", ""),
    ],
}

#: header of each table as printed: the anggaran label, and where "Capaian %" stands
ANGGARAN_LABEL = {1: "Anggaran ( Rp )", 2: "Anggaran (Rp.)", 3: "Anggaran (Rp)", 4: "Anggaran ( Rp )"}
#: the place and date line under each table (seed lines 901, 922, 948, 963, 1022, 1040, 1058, 1118)
SIGNED = {(1, "K"): "Muara Teweh, April 2024", (1, "I"): "Muara Teweh, April 2024",
          (2, "K"): "Muara Teweh, Juli 2024", (2, "I"): "Muara Teweh, Juli 2024",
          (3, "K"): "Muara Teweh, Oktober 2024", (3, "I"): "Muara Teweh, Oktober 2024",
          (4, "I"): "Muara Teweh, Desember 2024", (4, "K"): "Muara Teweh, Desember 2024"}

#: corrections for the -perbaikan copy: (quarter, table, seed line, column) -> text
FIXES: dict[tuple[int, str, int, str], str] = {
    (1, "K", 895, "E"): "10.622.280",    # 30 % x 35.407.600
    (3, "K", 1014, "G"): "40,62",        # 155.988.050 / 384.000.000 = 40,6219
    (3, "K", 1016, "E"): "28.326.080",   # 80 % x 35.407.600
    (4, "K", 1112, "G"): "49.56",        # 17.548.200 / 35.407.600 = 49,5602 (annual table line 612: 49.56 %)
    (2, "I", 960, "G"): "2,75%",         # 0,33 / 12,00 x 100 = 2,75 (stated 0,03: the ratio 0,0275)
    (2, "I", 961, "G"): "106,70%",       # 4,30 / 4,03 x 100 = 106,7004 (stated 4,30: the realisasi)
    (4, "I", 1056, "G"): "187",          # 15,05 / 8,06 x 100 = 186,72 (stated 186: truncated)
}

# ---------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------


def rp_cell(s: str) -> tuple[Any, str | None]:
    """'480.000.000' or '480,000,000' -> (480000000, '#,##0'); '-' stays text."""
    s = s.strip()
    if not s:
        return None, None
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})*", s):
        return int(re.sub(r"[.,]", "", s)), "#,##0"
    return s, None


def pct_number_cell(s: str) -> tuple[Any, str | None]:
    """A capaian written as a bare number: '38,72' -> (38.72, '0.00'); '95' -> (95, '0'); '-' stays text."""
    s = s.strip()
    m = re.fullmatch(r"(\d+)(?:[.,](\d+))?", s)
    if not m:
        return (s or None), None
    places = len(m.group(2) or "")
    value = Decimal(s.replace(",", "."))
    return num_out(value), "0." + "0" * places if places else "0"


def pct_cell(s: str) -> tuple[Any, str | None]:
    """'22.05%' / '7,00%' -> (0.2205, '0.00%'); '2.4%' -> (0.024, '0.0%'); '186' (no %) -> (186, '0')."""
    s = s.strip()
    m = re.fullmatch(r"(\d+)(?:[.,](\d+))?%", s)
    if not m:
        return pct_number_cell(s)
    places = len(m.group(2) or "")
    value = Decimal(s[:-1].replace(",", ".")) / 100
    return float(value), ("0." + "0" * places if places else "0") + "%"


# ---------------------------------------------------------------------------
# Sheets
# ---------------------------------------------------------------------------


@dataclass
class TableMeta:
    """Where one table's data rows are, for the checker."""

    quarter: int
    kind: str  # "K" keuangan, "I" kinerja (IKU)
    title_row: int
    rows: dict[int, int] = field(default_factory=dict)  # sheet row -> seed line
    last_col: str = "H"


def style_header(ws: Worksheet, top: int, last_col: str) -> None:
    for row in ws.iter_rows(min_row=top, max_row=top + 1, min_col=1, max_col=ord(last_col) - 64):
        for cell in row:
            cell.font = Font(bold=True, size=9)
            cell.alignment = CENTER
            cell.border = BOX


def header(ws: Worksheet, top: int, quarter: int, kind: str) -> str:
    """Two header rows as printed for this quarter and table; returns the last column."""
    sub = top + 1
    if kind == "K":
        first = ["No", "Program", "Kegiatan", ANGGARAN_LABEL[quarter]]
        group = "Keuangan"
    else:
        first = ["No", "Sasaran", "Indikator Kinerja Utama", "Target"]
        group = f"Capaian Triwulan {ROMAN[quarter]}"
    for i, text in enumerate(first):
        col = "ABCD"[i]
        ws[f"{col}{top}"] = text
        ws.merge_cells(f"{col}{top}:{col}{sub}")
    separate = quarter == 2  # TW II prints "Capaian %" beside the group, not under it
    keterangan = not (kind == "K" and quarter == 4)  # the TW IV keuangan table has no Keterangan
    ws[f"E{top}"] = group
    ws.merge_cells(f"E{top}:{'F' if separate else 'G'}{top}")
    ws[f"E{sub}"], ws[f"F{sub}"] = "Target", "Realisasi"
    if separate:
        ws[f"G{top}"] = "Capaian %"
        ws.merge_cells(f"G{top}:G{sub}")
    else:
        ws[f"G{sub}"] = "Capaian %"
    last = "G"
    if keterangan:
        ws[f"H{top}"] = "Keterangan"
        ws.merge_cells(f"H{top}:H{sub}")
        last = "H"
    style_header(ws, top, last)
    return last


def title(ws: Worksheet, row: int, text: str, last_col: str) -> None:
    for r, line in ((row, text), (row + 1, DINAS)):
        ws[f"A{r}"] = line
        ws[f"A{r}"].font = Font(bold=True, size=11)
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
        ws.merge_cells(f"A{r}:{last_col}{r}")


def signature(ws: Worksheet, row: int, place: str, last_col: str) -> int:
    """The signature block under a table, on the right as printed; returns the next free row."""
    lines = [place, "Kepala " + DINAS, "Kabupaten Barito Utara", None, None, "SUPARMI A. ASPIAN, S.ST., MT",
             "Pembina Tingkat I (IV/b)", "NIP. 19730927 199403 1 006"]
    for i, text in enumerate(lines):
        if text:
            ws[f"F{row + i}"] = text
            ws.merge_cells(f"F{row + i}:{last_col}{row + i}")
    return row + len(lines) + 2


def fixed_text(quarter: int, kind: str, line: int, col: str, text: str, fixed: bool) -> str:
    return FIXES.get((quarter, kind, line, col), text) if fixed else text


def table(ws: Worksheet, row: int, quarter: int, kind: str, fixed: bool) -> tuple[TableMeta, int]:
    """Title, header, data rows and signature of one table from ``row``; returns the next free row."""
    last = "G" if (kind == "K" and quarter == 4) else "H"
    text = (f"Realisasi Keuangan Triwulan {ROMAN[quarter]}" if kind == "K"
            else f"A. REALISASI KINERJA TRIWULAN {ROMAN[quarter]}")
    title(ws, row, text, last)
    meta = TableMeta(quarter, kind, row, last_col=last)
    header(ws, row + 3, quarter, kind)
    r = row + 5
    for line, no, group, name, annual, target, real, capaian, ket in (KEUANGAN if kind == "K" else KINERJA)[quarter]:
        meta.rows[r] = line
        ws[f"A{r}"] = int(no)
        ws[f"B{r}"], ws[f"C{r}"] = group, name
        values = {"D": annual, "E": target, "F": real, "G": capaian}
        for col, raw in values.items():
            raw = fixed_text(quarter, kind, line, col, raw, fixed)
            if kind == "K":
                value, fmt = pct_number_cell(raw) if col == "G" else rp_cell(raw)
            else:
                value, fmt = pct_cell(raw)
            ws[f"{col}{r}"] = value
            if fmt:
                ws[f"{col}{r}"].number_format = fmt
        if ket:
            ws[f"H{r}"] = ket
        for col in "ABCDEFGH"[: ord(last) - 64]:
            ws[f"{col}{r}"].border = BOX
            ws[f"{col}{r}"].alignment = WRAP
            ws[f"{col}{r}"].font = Font(size=9)
        r += 1
    return meta, signature(ws, r + 1, SIGNED[(quarter, kind)], last)


def build(path: Path, fixed: bool) -> dict[str, list[TableMeta]]:
    wb = Workbook()
    wb.remove(wb.active)
    metas: dict[str, list[TableMeta]] = {}
    for quarter in (1, 2, 3, 4):
        name = f"TW {ROMAN[quarter]}"
        ws = wb.create_sheet(name)
        order = ("I", "K") if quarter == 4 else ("K", "I")  # the seed prints TW IV kinerja first
        row = 1
        metas[name] = []
        for kind in order:
            meta, row = table(ws, row, quarter, kind, fixed)
            metas[name].append(meta)
        for col, width in zip("ABCDEFGH", (5, 30, 40, 16, 16, 16, 11, 18), strict=True):
            ws.column_dimensions[col].width = width
        ws.page_setup.orientation = "landscape"
    save_fixed(wb, path, CREATOR)
    return metas


# ---------------------------------------------------------------------------
# The independent checker: reads the written workbook back (openpyxl, Decimal)
# ---------------------------------------------------------------------------


def rupiah(v: Any) -> Decimal | None:
    """A rupiah cell: a number, '-' (nil, 0) or blank (None)."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, str):
        return Decimal(0) if v.strip() == "-" else None
    return Decimal(str(v))


def percent(cell: Any) -> tuple[Decimal | None, int]:
    """A percentage as written (value, decimal places shown): 0.2205 with '0.00%' -> (22.05, 2); '-' -> (0, 0)."""
    v = cell.value
    if v is None:
        return None, 0
    if isinstance(v, str):
        return (Decimal(0), 0) if v.strip() == "-" else (None, 0)
    fmt = cell.number_format or "General"
    m = re.search(r"\.(0+)", fmt)
    places = len(m.group(1)) if m else 0
    value = Decimal(str(v))
    if "%" in fmt:
        value *= 100
    elif fmt == "General":
        places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
    return value, places


def err(sheet: str, cell: str, kind: str, stated: Any, expected: Any, line: int, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"sheet": sheet, "cell": cell, "kind": kind, "stated": stated, "expected": expected,
                         "seed_line": line}
    d.update(extra)
    return d


def check_capaian(sheet: str, cell: Any, real: Decimal | None, target: Decimal | None,
                  line: int) -> dict[str, Any] | None:
    """Capaian = realisasi / target x 100 at the places it is written with (2 at most)."""
    stated, places = percent(cell)
    if target is None or target == 0 or real is None or stated is None:
        return None
    places = min(places, 2)
    exact = real / target * 100
    if rnd(exact, places) == stated:
        return None
    if places and exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN) == stated:
        return err(sheet, cell.coordinate, "truncation", num_out(stated), num_out(rnd(exact, places)), line,
                   severity="warning")
    near = abs(stated * 100 - exact) <= abs(exact) * Decimal("0.02") or rnd(exact / 100, places) == stated
    kind = "ratio written in % column" if near else "wrong percentage"
    extra = {}
    if not places and exact.quantize(Decimal(1), rounding=ROUND_DOWN) == stated:
        extra["note"] = f"{num_out(rnd(exact, 2))} cut to a whole number; at 0 places the truncation is not excused"
    return err(sheet, cell.coordinate, kind, num_out(stated), num_out(rnd(exact, 2)), line, **extra)


def norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", str(text).casefold()).strip()


def check(path: Path, metas: dict[str, list[TableMeta]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Capaian and target share within each table; cumulative realisasi across the quarters.
    Returns the errors and the pairs of names that only a fuzzy match relates."""
    wb = load_workbook(path)
    errs: list[dict[str, Any]] = []
    series: dict[tuple[str, str], list[tuple[int, str, int, Decimal | None, str]]] = {}
    for sheet, tables in metas.items():
        ws = wb[sheet]
        for meta in tables:
            for r, line in meta.rows.items():
                if meta.kind == "K":
                    annual, target, real = (rupiah(ws[f"{c}{r}"].value) for c in "DEF")
                    e = check_capaian(sheet, ws[f"G{r}"], real, target, line)
                    if target and annual:
                        want = annual * SHARES[meta.quarter] / 100
                        if abs(target - want) > 1:
                            errs.append(err(sheet, f"E{r}", "quarterly target is not the configured share of "
                                            "the anggaran", num_out(target), num_out(want), line,
                                            share=num_out(SHARES[meta.quarter])))
                else:
                    target, _ = percent(ws[f"E{r}"])
                    real, _ = percent(ws[f"F{r}"])
                    e = check_capaian(sheet, ws[f"G{r}"], real, target, line)
                if e:
                    errs.append(e)
                series.setdefault((meta.kind, norm(ws[f"C{r}"].value)), []).append(
                    (meta.quarter, sheet, r, real, str(ws[f"C{r}"].value)))
    fuzzy = merge_variants(series)
    for points in series.values():
        points.sort()
        reported = [p for p in points if p[3] is not None]
        for (q0, _, _, v0, _), (_, sheet, r, v1, _) in itertools.pairwise(reported):
            if v1 < v0:
                errs.append(err(sheet, f"F{r}", "cumulative realisasi decreases", num_out(v1), f">= {num_out(v0)}",
                                metas_line(metas, sheet, r), previous_quarter=ROMAN[q0]))
    return errs, fuzzy


def merge_variants(series: dict[tuple[str, str], list[Any]]) -> list[str]:
    """Names printed differently in different quarters (OCR or typing): joined when nearly equal."""
    notes = []
    keys = sorted(series, key=lambda k: -len(series[k]))
    for key in keys:
        if key not in series:
            continue
        for other in [k for k in list(series) if k != key and k[0] == key[0]]:
            quarters = {p[0] for p in series[key]}
            if {p[0] for p in series[other]} & quarters:
                continue
            if difflib.SequenceMatcher(None, key[1], other[1]).ratio() >= 0.9:
                notes.append(f"'{series[other][0][4]}' ({', '.join(p[1] for p in series[other])}) = "
                             f"'{series[key][0][4]}'")
                series[key].extend(series.pop(other))
    return notes


def metas_line(metas: dict[str, list[TableMeta]], sheet: str, row: int) -> int:
    return next(m.rows[row] for m in metas[sheet] if row in m.rows)


NOTES = [
    "Four sheets 'TW I' .. 'TW IV', one per quarterly report of seed 003, each with the 'Realisasi Keuangan "
    "Triwulan n' table (lines 888-899, 935-946, 1009-1020, 1105-1116) and the 'A. Realisasi Kinerja Triwulan n' "
    "table (lines 914-920, 955-961, 1032-1038, 1050-1056) with their titles and signature blocks (right-hand "
    "columns F..H); TW IV has the kinerja table first, as the seed prints it.",
    "No column-number row (the seed prints none). Two header rows: 'Keuangan' / 'Capaian Triwulan n' merged over "
    "Target, Realisasi, Capaian %; TW II (lines 938-939, 958-959) prints 'Capaian %' beside the group; the TW IV "
    "keuangan table (1108-1109) has no Keterangan column. No is printed 1, 3, 4, ... 8 (no 2) except in TW III.",
    "Rupiah are numbers with a '#,##0' format, '-' is kept as text (nil; an empty target). Capaian keuangan are "
    "numbers with the places printed ('38,72' -> 38.72 '0.00', '95' -> 95 '0'). IKU percentages are fractions "
    "with a % format ('22.05%' -> 0.2205 '0.00%', '2.4%' -> 0.024 '0.0%'); TW IV '186' (no %) is the number 186.",
    "Checked: capaian = realisasi / target to date x 100 at the places written (2 at most; truncation is a "
    "warning); target to date = 30/50/80/100 % of the annual anggaran (the agency's convention; tolerance 1 "
    "rupiah; a '-' target is not checked); cumulative realisasi never decreases from one quarter to the next for "
    "the same kegiatan or IKU (none does). The kinerja targets to date are set per indicator (7,00 % of 22,05 % "
    "in TW I) and follow no share.",
    "TW IV keuangan line 1112 states 49.58 for 17.548.200 / 35.407.600 = 49.5602; the annual realisasi table of "
    "the same report (line 612) states 49.56 % for the same amounts. Line 1111 '95' for 1.938.636.000 / "
    "2.036.000.000 = 95.2179 is right at 0 places.",
    "TW II kinerja line 960: 0,03 % for 0,33 / 12,00 is the ratio 0.0275 rounded, not x 100; line 961: 4,30 % is "
    "the realisasi copied, 4,30 / 4,03 x 100 = 106,70.",
    "Targets of line 895 (10.622.260 for 30 % of 35.407.600 = 10.622.280) and line 1016 (28.326.000 for 80 % = "
    "28.326.080) are off by 20 and 80 rupiah; the capaian beside them is the same at 2 places either way.",
]


def main() -> int:
    asis = OUT / f"{STEM}.xlsx"
    fixed = OUT / f"{STEM}-perbaikan.xlsx"
    metas = build(asis, fixed=False)
    errs, fuzzy = check(asis, metas)
    notes = [*NOTES, "Names printed differently across quarters, related for the cumulative check only by a fuzzy "
             "match (>= 0.9): " + "; ".join(fuzzy) + ". A check that matches rows by exact name misses them."]
    header_lines = [
        f"# Rule violations in {asis.name}, found by the independent checker in",
        "# make_sample_triwulan.py (reads the written .xlsx back; not Periksa).",
        f"workbook: {yq(asis.name)}",
        f"sheets: {yq(list(metas))}",
        f"seed: {SEED}",
    ]
    write_known_errors(OUT / f"{STEM}.known-errors.yaml", header_lines, notes, errs, [])
    metas_fixed = build(fixed, fixed=True)
    left, _ = check(fixed, metas_fixed)
    print(f"{STEM}: as submitted {len(errs)} violations; corrected {len(left)}")
    for e in left:
        print("   left:", e)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
