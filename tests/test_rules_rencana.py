"""Every rule of the planning packs (T-C.33 / Tabel 3.1, Tabel 4.1, T-C.31; Permendagri 86/2017),
on tables shaped like the seeds: seed 001 T-C.33 with the kode over six cells, TOTAL per urusan and
TOTAL KESELURUHAN; seed 004 Tabel 3.1 and 4.1 in one workbook, without kode, levels by bold and
upper case, one kegiatan not bold, the page header repeated, JUMLAH at the end; seed 001 T-C.31
with the draft and analysis sides, "(5)" typed as -5, "Rp -" for nothing."""

from __future__ import annotations

import shaped
from shaped import BOLD, HEADER, MERGE, Case, Col, Family, Shape, Styled, pct, rp, unit

# ---------------------------------------------------------------------------
# T-C.33, seed 001 (Renja 2022 Dinsos-P3A-PMD Kabupaten Balangan, lines 985-1199)
# ---------------------------------------------------------------------------

TC33 = Shape(
    "T-C.33",
    ["Tabel T-C.33.", "Rumusan Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah Tahun 2022 dan "
                      "Prakiraan Maju Tahun 2023", "Kabupaten Balangan"],
    [
        Col("1", "(1)", "Kode", span=6),
        Col("2", "(2)", "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan/Sub Kegiatan"),
        Col("3", "(3)", "Indikator Kinerja Program/ Kegiatan/ Sub Kegiatan"),
        Col("satuan", None, "Satuan"),
        Col("4", "(4)", "Lokasi"),
        Col("5", "(5)", "Target Capaian Kinerja"),
        Col("6", "(6)", "Kebutuhan Dana/Pagu Indikatif"),
        Col("7", "(7)", "Sumber Dana"),
        Col("8", "(8)", "Catatan Penting"),
        Col("9", "(9)", "Prakiraan Maju Rencana Tahun 2023 Target Capaian Kinerja"),
        Col("10", "(10)", "Prakiraan Maju Rencana Tahun 2023 Kebutuhan Dana/Pagu Indikatif"),
    ],
)


def plan(kode: tuple[str, ...], name: str, indicator: str, satuan: str, target: object, pagu: object,
         maju: object, bold: bool = False) -> dict[str, object]:
    """A program/kegiatan/sub kegiatan row as seed 001 prints it; the same target for 2023."""
    return {"1": kode, "2": name, "3": indicator, "satuan": satuan, "4": "Balangan", "5": target, "6": pagu,
            "9": target, "10": maju, BOLD: bold}


def total(label: str, pagu: float, maju: float) -> dict[str, object]:
    return {"1": label, "6": Styled(pagu, "#,##0"), "10": Styled(maju, "#,##0"), BOLD: True, MERGE: ("1", "5")}


def section(label: str, last: str) -> dict[str, object]:
    return {"1": label, BOLD: True, MERGE: ("1", last)}


PERSEN = "Persentase"
TC33_ROWS = [
    section("Urusan Bidang Sosial", "10"),                                                            # 0
    plan(("1", "06", "01"), "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         "Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)", "", Styled(76.48, "0.00"),
         rp(8_265_463_376), rp(8_678_736_544.8), bold=True),                                          # 1
    {"3": "Persentase Pencatatan Aset Dalam Kondisi Baik", "satuan": "%", "5": pct(1, "0%"),
     "9": pct(1, "0%")},                                                                              # 2
    plan(("1", "06", "01", "2", "1"), "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
         f"{PERSEN} dokumen perencanaan yang baik", "%", pct(1, "0%"), rp(87_026_000), rp(91_377_300),
         bold=True),                                                                                  # 3
    plan(("1", "06", "01", "2", "01", "01"), "Penyusunan Dokumen Perencanaan Perangkat Daerah",
         "Jumlah Dokumen Renstra dan Renja Perangkat Daerah", "Dokumen", "2 Dokumen", rp(55_766_000),
         rp(58_554_300)),                                                                             # 4
    plan(("1", "06", "01", "2", "01", "06"), "Koordinasi dan Penyusunan Laporan Capaian Kinerja SKPD",
         "Jumlah laporan Capaian Kinerja", "Dokumen", unit(2, "Dokumen"), rp(31_260_000), rp(32_823_000)),  # 5
    plan(("1", "06", "01", "2", "02"), "Administrasi Keuangan Perangkat Daerah",
         "Cakupan Pelaksanaan Administrasi Keuangan", "%", pct(1, "0%"), rp(8_178_437_376),
         rp(8_587_359_244.8), bold=True),                                                             # 6
    plan(("1", "06", "01", "2", "02", "01"), "Penyediaan Gaji dan Tunjangan ASN",
         f"{PERSEN} ASN yang terbayarkan gaji dan tunjangan", "%", pct(1, "0%"), rp(8_102_437_376),
         rp(8_507_559_244.8)),                                                                        # 7
    plan(("1", "06", "01", "2", "02", "05"), "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
         f"{PERSEN} Laporan Keuangan Akhir Tahun", "%", pct(1, "0%"), rp(50_000_000), rp(52_500_000)),  # 8
    plan(("1", "06", "01", "2", "02", "07"), "Koordinasi dan Penyusunan Laporan Keuangan Bulanan SKPD",
         "Jumlah laporan keuangan bulanan SKPD", "Dokumen", unit(12, "Dokumen"), rp(26_000_000),
         rp(27_300_000)),                                                                             # 9
    # seed line 1048: a program printed with the kegiatan level digit ("1 | 06 | 07 | 2")
    plan(("1", "06", "07", "2"), "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "Persentase makam yang terawat",
         "%", pct(1, "0%"), rp(35_000_000), rp(36_750_000), bold=True),                               # 10
    plan(("1", "06", "07", "2", "01"), "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
         "Jumlah makam pahlawan yang dirawat", "Buah", unit(1, "Buah"), rp(35_000_000), rp(36_750_000),
         bold=True),                                                                                  # 11
    plan(("1", "06", "07", "2", "01", "01"), "Rehabilitasi Sarana dan Prasarana Taman Makam Pahlawan",
         "Jumlah sarana makam pahlawan yang direhabilitasi", "Buah", None, "Rp -", None),             # 12
    plan(("1", "06", "07", "2", "01", "02"), "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
         "Jumlah makam pahlawan yang dipelihara", "Buah", unit(1, "buah"), rp(35_000_000), rp(36_750_000)),  # 13
    total("TOTAL", 8_300_463_376, 8_715_486_544.8),                                                   # 14
    section("Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak", "10"),                      # 15
    # "2 | 8 | 02": the bidang lost its leading zero
    plan(("2", "8", "02"), "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
         "Persentase ARG di SKPD", "%", Styled(21, "0.00"), Styled(300_000_000, "#,##0"),
         Styled(330_000_000, "#,##0"), bold=True),                                                    # 16
    plan(("2", "08", "02", "2", "01"), "Pelembagaan Pengarusutamaan Gender", "Jumlah OPD responsif gender",
         "OPD", 10, Styled(300_000_000, "#,##0"), Styled(330_000_000, "#,##0"), bold=True),           # 17
    plan(("2", "08", "02", "2", "01", "03"), "Advokasi Kebijakan dan Pendampingan PUG",
         "Jumlah dokumen", "Dokumen", 2, Styled(100_000_000, "#,##0"), Styled(110_000_000, "#,##0")),  # 18
    plan(("2", "08", "02", "2", "01", "07"), "Koordinasi dan Sinkronisasi PUG", "Jumlah laporan", "Dokumen",
         4, Styled(200_000_000, "#,##0"), Styled(220_000_000, "#,##0")),                              # 19
    total("TOTAL", 300_000_000, 330_000_000),                                                         # 20
    section("Urusan Pemberdayaan Masyarakat dan Desa", "10"),                                         # 21
    plan(("2", "13", "04"), "Program Administrasi Pemerintahan Desa",
         "Persentase Desa yang menyampaikan LPPD tepat waktu", "%", pct(0.8, "0%"),
         Styled(212_025_000, "#,##0"), Styled(240_000_000, "#,##0"), bold=True),                      # 22
    # "2,01": level digit and kegiatan number glued into one decimal-looking cell
    plan(("2", "13", "04", "2,01", "01"), "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan "
         "Desa", "Jumlah aparatur desa yang kompeten", "Orang", 154, Styled(212_025_000, "#,##0"),
         Styled(240_000_000, "#,##0"), bold=True),                                                    # 23
    plan(("2", "13", "04", "2,01", "01", "02"), "Fasilitasi Penyusunan Produk Hukum",
         "Jumlah desa yang difasilitasi", "Desa", 154, Styled(27_705_000, "#,##0"),
         Styled(40_000_000, "#,##0")),                                                                # 24
    plan(("2", "13", "04", "2,01", "01", "03"), "Fasilitasi Penyusunan Perencanaan Pembangunan Desa",
         "Jumlah RKPDes yang ditetapkan tepat waktu", "Desa", 154, Styled(157_505_000, "#,##0"),
         Styled(200_000_000, "#,##0")),                                                               # 25
    {"3": "Jumlah desa yang menetapkan APBDes tepat waktu", "satuan": "Desa", "4": "Balangan", "5": 154,
     "9": 154},                                                                                       # 26
    plan(("2", "13", "04", "2,01", "01", "13"), "Fasilitasi Pengelolaan Aset Desa",
         "Persentase laporan aset desa tepat waktu", "%", pct(0.7, "0%"), Styled(26_815_000, "#,##0"), "-"),  # 27
    total("TOTAL", 212_025_000, 240_000_000),                                                         # 28
    total("TOTAL KESELURUHAN", 8_812_488_376, 9_285_486_544.8),                                       # 29
]

# ---------------------------------------------------------------------------
# Tabel 3.1 and Tabel 4.1, seed 004 (Renja 2022 DINSOSP3APPKB Kabupaten Dharmasraya)
# ---------------------------------------------------------------------------

TITLE_31 = ["TABEL 3.1", "RUMUSAN RENCANA PROGRAM DAN KEGIATAN SKPD TAHUN 2022", "DAN PERKIRAAN MAJU TAHUN 2023",
            "KABUPATEN DHARMASRAYA", "", "DINSOSP3APPKB"]
LABELS_41 = ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
             "Indikator Kinerja Program/Kegiatan", "Lokasi", "Target Capaian Kinerja",
             "Kebutuhan Dana/Pagu Indikatif", "Sumber Dana"]
TABEL_31 = Shape("Tabel 3.1", TITLE_31, shaped.numbered(
    *LABELS_41, "Catatan Penting", "Prakiraan Maju rencana Tahun 2023 Target Capaian Kinerja",
    "Prakiraan Maju rencana Tahun 2023 Kebutuhan Dana/Pagu Indikatif"))
TABEL_41 = Shape("Tabel 4.1", ["TABEL 4.1", "RENCANA KERJA DAN PENDANAAN DINSOSP3APPKB", "", "", "",
                               "DINSOSP3APPKB"], shaped.numbered(*LABELS_41, "Ket"))

LOKASI = "DINSOSP3APPKB"
# (name, indicator, target, pagu 2022, pagu 2023, bold): bold marks programs and kegiatan;
# None for a bidang row, which carries no amounts
DH = [
    ("BIDANG SEKRETARIAT", None, None, None, None, True),                                            # 0
    ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "", None, 3_642_426_750, 4_022_669_225, True),    # 1
    # seed line 1182: a kegiatan printed without bold
    ("Perencanaan, Penganggaran, dan evaluasi kinerja perangkat Daerah",
     "Terlaksananya Perencanaan, Penganggaran dan Evaluasi Kinerja", None, 90_000_000, 120_000_000, False),  # 2
    ("Koordinasi dan penyusunan dokumen RKA-SKPD", "Tersusunnya dokumen RKA", None, 30_000_000, 40_000_000,
     False),                                                                                         # 3
    ("Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi", "Tersusunnya perencanaan dan Pelaporan",
     None, 60_000_000, 80_000_000, False),                                                           # 4
    ("Administrasi Keuangan Perangkat Daerah", "", None, 3_456_116_400, 3_801_728_040, True),         # 5
    ("Penyediaan Gaji dan Tunjangan ASN", "pembayaran gaji dan tunjangan ASN (28 orang)", 14, 3_456_116_400,
     3_801_728_040, False),                                                                          # 6
    ("Administrasi Umum Perangkat Daerah", "", None, 96_310_350, 100_941_185, True),                  # 7
    ("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "terealisasinya komponen instalasi",
     1, 11_110_000, 12_221_000, False),                                                              # 8
    ("Penyediaan Peralatan dan Perlengkapan Kantor", "tersedianya alat tulis kantor", 1, 50_002_000,
     50_002_000, False),                                                                             # 9
    ("Penyediaan Peralatan Rumah Tangga", "tersedianya peralatan rumah tangga", 120, "8.798.350", 9_678_185,
     False),                                                                                         # 10
    ("Penyediaan Bahan Logistik Kantor", "tersedianya makan dan minum rapat dan tamu", 100, 26_400_000,
     29_040_000, False),                                                                             # 11
    ("BIDANG PEMBERDAYAAN SOSIAL", None, None, None, None, True),                                     # 12
    ("PROGRAM PEMBERDAYAAN SOSIAL", "", None, 700_000_000, 753_200_000, True),                       # 13
    ("Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
     "Terbinanya potensi sumber kesejahteraan sosial", None, 700_000_000, 753_200_000, True),          # 14
    ("Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "Jumlah PSM yang dibina", unit(60, "orang"),
     250_000_000, 253_200_000, False),                                                               # 15
    ("Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan", "Jumlah TKSK yang dibina",
     pct(0.8, "0%"), 450_000_000, 500_000_000, False),                                               # 16
]
JUMLAH_6, JUMLAH_10 = 4_342_426_750, 4_775_869_225


def dh_row(name: str, indicator: str | None, target: object, pagu: object, maju: object, bold: bool,
           wide: bool) -> dict[str, object]:
    if indicator is None:
        return {"2": name, BOLD: bold}
    row = {"2": name, "3": indicator, "4": LOKASI, "5": target,
           "6": pagu if isinstance(pagu, str) else Styled(pagu, "#,##0"), "7": "APBD", BOLD: bold}
    return {**row, "9": target, "10": Styled(maju, "#,##0")} if wide else row


def dharmasraya(wide: bool) -> list[dict[str, object]]:
    """Tabel 3.1 (wide, with prakiraan maju) or 4.1: the page header repeated after row 9, JUMLAH in col 1."""
    rows = [dh_row(*spec, wide=wide) for spec in DH]
    rows.insert(10, HEADER)
    jumlah = {"1": "JUMLAH", "6": Styled(JUMLAH_6, "#,##0"), BOLD: True}
    return [*rows, {**jumlah, "10": Styled(JUMLAH_10, "#,##0")} if wide else jumlah]


DH_31, DH_41 = dharmasraya(True), dharmasraya(False)
# Tabel 4.1 prints a longer program name, so nothing under that program is matched with Tabel 3.1
DH_41[1]["2"] = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
DH_41[2][BOLD] = True  # and bolds the kegiatan 3.1 printed plain
J = len(DH_31) - 1  # the JUMLAH row

# ---------------------------------------------------------------------------
# T-C.31, seed 001 (lines 552-648, Urusan Sosial)
# ---------------------------------------------------------------------------

TC31 = Shape(
    "T-C.31",
    ["Tabel T-C.31.", "", "Review terhadap Rancangan Awal RKPD tahun 2022", "", "Kabupaten Balangan", "",
     "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Serta pemberdayaan Masyarakat dan Desa"],
    [
        Col("1", "(1)", "No", span=2),
        Col("2", "(2)", "Rancangan Awal RKPD Program/ Kegiatan/ Sub Kegiatan"),
        Col("3", "(3)", "Lokasi"),
        Col("4", "(4)", "Indikator kinerja"),
        Col("satuan", None, "Satuan"),
        Col("5", -5, "Target capaian"),
        Col("6", "(6)", "Pagu indikatif (Rp.000)"),
        Col("7", "(7)", "Hasil Analisis Kebutuhan Program/ Kegiatan"),
        Col("8", "(8)", "Lokasi"),
        Col("9", "(9)", "Indikator kinerja"),
        Col("10", -10, "Target capaian"),
        Col("11", "(11)", "Kebutuhan Dana (Rp.000)"),
        Col("12", "(12)", "Catatan Penting"),
    ],
)


def review(no: tuple[object, object], name: str, indicator: str, satuan: str, target: object, pagu: object,
           target_analysis: object, need: object, bold: bool = False, **changes: object) -> dict[str, object]:
    """One row of both sides: the analysis repeats the draft's name and indicator."""
    row = {"1": no, "2": name, "3": "Balangan", "4": indicator, "satuan": satuan, "5": target, "6": pagu,
           "7": name, "8": "Balangan", "9": indicator, "10": target_analysis, "11": need, BOLD: bold}
    return {**row, **changes}


TC31_ROWS = [
    section("Urusan Bidang Sosial", "12"),                                                            # 0
    review((1, None), "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
           "Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)", "", Styled(76.48, "0.00"), rp(43_900_000),
           Styled(76.48, "0.00"), rp(8_265_463_376), bold=True),                                     # 1
    {"4": "Persentase Pencatatan Aset Dalam Kondisi Baik", "satuan": "%", "5": pct(1, "0%"),
     "9": "Persentase Pencatatan Aset Dalam Kondisi Baik", "10": pct(1, "0%")},                       # 2
    review((1, None), "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
           "Persentase dokumen perencanaan yang baik", "%", pct(1, "0%"), rp(43_900_000), pct(1, "0%"),
           rp(87_026_000), bold=True),                                                                # 3
    review((None, 1), "Penyusunan Dokumen Perencanaan Perangkat Daerah",
           "Jumlah Dokumen Renstra dan Renja Perangkat Daerah", "Dokumen", "2 Dokumen", rp(16_350_000),
           unit(2, "Dokumen"), rp(55_766_000)),                                                       # 4
    # the analysis side retyped with a double space: the same sub kegiatan
    review((None, 2), "Koordinasi dan Penyusunan Laporan Capaian Kinerja SKPD", "Jumlah laporan Capaian Kinerja",
           "Dokumen", unit(2, "Dokumen"), rp(27_550_000), unit(2, "Dokumen"), rp(31_260_000),
           **{"7": "Koordinasi dan  Penyusunan Laporan Capaian Kinerja SKPD"}),                       # 5
    review((2, None), "Administrasi Keuangan Perangkat Daerah", "Cakupan Pelaksanaan Administrasi Keuangan", "%",
           pct(1, "0%"), "Rp -", pct(1, "0%"), rp(8_178_437_376), bold=True),                         # 6
    review((None, 3), "Penyediaan Gaji dan Tunjangan ASN", "Persentasi ASN yang terbayarkan gaji", "%",
           pct(1, "0%"), "Rp -", pct(1, "0%"), rp(8_102_437_376)),                                   # 7
    review((None, None), "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
           "Persentasi Laporan Keuangan Akhir Tahun", "%", pct(1, "0%"), "Rp -", pct(1, "0%"),
           rp(50_000_000)),                                                                           # 8
    review((None, None), "Koordinasi dan Penyusunan Laporan Keuangan Bulanan SKPD",
           "Jumlah laporan keuangan bulanan SKPD", "Dokumen", unit(12, "Dokumen"), "Rp", unit(12, "Dokumen"),
           rp(26_000_000)),                                                                           # 9
    review((6, None), "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "Persentase makam yang terawat", "%",
           pct(1, "0%"), rp(35_000_000), pct(1, "0%"), rp(35_000_000), bold=True),                    # 10
    review((15, None), "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
           "Jumlah makam pahlawan yang dirawat", "Buah", unit(1, "Buah"), rp(35_000_000), unit(1, "Buah"),
           rp(35_000_000), bold=True),                                                                # 11
    # seed line 612: the analysis raises a target, and says why in the catatan
    review((35, None), "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
           "Jumlah makam pahlawan yang dipelihara", "Buah", unit(1, "buah"), rp(35_000_000), unit(2, "buah"),
           rp(35_000_000), **{"12": "Target disesuaikan dengan hasil verifikasi lapangan"}),          # 12
    # seed lines 647-648: the unlabelled sum line
    {"6": Styled(78_900_000, "#,##0"), "11": Styled(8_300_463_376, "#,##0"), BOLD: True},             # 13
]

FAMILIES = [
    Family("tc33-balangan", [(TC33, TC33_ROWS)], ["rencana-tc33-86-2017"]),
    Family("tabel-31-41-dharmasraya", [(TABEL_31, DH_31), (TABEL_41, DH_41)],
           ["rencana-tc33-86-2017", "rencana-tabel-4.1-86-2017"]),
    Family("tc31-balangan", [(TC31, TC31_ROWS)], ["rencana-tc31-86-2017"]),
    # the T-C.31 beside the T-C.33 it reviewed: the analysis's kebutuhan dana is the Renja's pagu
    Family("tc33-tc31-balangan", [(TC33, TC33_ROWS), (TC31, TC31_ROWS)],
           ["rencana-tc33-86-2017", "rencana-tc31-86-2017"]),
]

CASES = shaped.cases(FAMILIES, {
    "tc33-balangan": [
        # a sub kegiatan mistyped: its kegiatan no longer adds up (the program and TOTAL still do)
        Case("TC33-INDUK-6", {(8, "6"): rp(5_000_000)}, {(6, "6"): 8_133_437_376}),
        Case("TC33-INDUK-10", {(9, "10"): rp(2_730_000)}, {(6, "10"): 8_562_789_244.8}),
        Case("TC33-INDUK-6", {(24, "6"): Styled(72_705_000, "#,##0")}, {(23, "6"): 257_025_000}),
        # seed line 1085: a TOTAL off by 76.000.000, and the grand total summing what is printed
        Case("TC33-TOTAL-6", {(14, "6"): Styled(8_376_463_376, "#,##0"), (29, "6"): Styled(8_888_488_376, "#,##0")},
             {(14, "6"): 8_300_463_376}),
        Case("TC33-TOTAL-10", {(20, "10"): Styled(333_000_000, "#,##0"),
                               (29, "10"): Styled(9_288_486_544.8, "#,##0")}, {(20, "10"): 330_000_000}),
        Case("TC33-TOTAL-KESELURUHAN-6", {(29, "6"): Styled(8_812_448_376, "#,##0")}, {(29, "6"): 8_812_488_376}),
        Case("TC33-TOTAL-KESELURUHAN-10", {(29, "10"): Styled(9_245_486_544.8, "#,##0")},
             {(29, "10"): 9_285_486_544.8}),
    ],
    "tabel-31-41-dharmasraya": [
        # "8.798.350" retyped "8.789.350": Administrasi Umum no longer adds up
        Case("TC33-INDUK-6", {(11, "6"): "8.789.350"}, {(7, "6"): 96_301_350}),
        # a program's prakiraan maju changed, and JUMLAH with it
        Case("TC33-INDUK-10", {(14, "10"): Styled(763_200_000, "#,##0"), (J, "10"): Styled(4_785_869_225, "#,##0")},
             {(14, "10"): 753_200_000}),
        Case("TC33-TOTAL-6", {(J, "6"): Styled(4_342_462_750, "#,##0")}, {(J, "6"): JUMLAH_6}),
        Case("TC33-TOTAL-10", {(J, "10"): Styled(4_775_000_000, "#,##0")}, {(J, "10"): JUMLAH_10}),
        Case("T41-INDUK-6", {(3, "6"): Styled(35_000_000, "#,##0")}, {(2, "6"): 95_000_000}, sheet=1),
        # 1,5 rupiah off on 4,3 billion: more than the one rupiah of sen rounding the rule allows
        Case("T41-TOTAL-6", {(J, "6"): Styled(4_342_426_751.5, "#,##0")}, {(J, "6"): JUMLAH_6}, sheet=1),
        # Tabel 4.1 moves 10.000.000 between two sub kegiatan: its sums hold, Tabel 3.1 differs
        Case("T41-SAMA-T31-6", {(16, "6"): Styled(260_000_000, "#,##0"), (17, "6"): Styled(440_000_000, "#,##0")},
             {(16, "6"): 250_000_000, (17, "6"): 450_000_000}, sheet=1),
    ],
    "tc33-tc31-balangan": [
        # seed 001 KAT (T-C.33 line 1034: 92.000.000; T-C.31 line 603: 22.000.000): the Renja gives a
        # sub kegiatan more than the analysis found it needs; kegiatan, program and totals add it up
        Case("TC33-SAMA-TC31", {(5, "6"): rp(41_260_000), (3, "6"): rp(97_026_000), (1, "6"): rp(8_275_463_376),
                                (14, "6"): Styled(8_310_463_376, "#,##0"),
                                (29, "6"): Styled(8_822_488_376, "#,##0")},
             {(5, "6"): 31_260_000, (3, "6"): 87_026_000, (1, "6"): 8_265_463_376}, severity="warning"),
    ],
    "tc31-balangan": [
        Case("TC31-INDUK-6", {(4, "6"): rp(16_530_000)}, {(3, "6"): 44_080_000}),
        # seed line 569: the kegiatan's kebutuhan dana 76.000.000 short of its sub kegiatan, the program
        # summing what is printed
        Case("TC31-INDUK-11", {(6, "11"): rp(8_102_437_376), (1, "11"): rp(8_189_463_376)},
             {(6, "11"): 8_178_437_376}),
        Case("TC31-NAMA", {(6, "7"): "Administrasi Umum Perangkat Daerah"},
             {(6, "7"): "Administrasi Keuangan Perangkat Daerah"}),
        Case("TC31-INDIKATOR", {(2, "9"): "Persentase Aset Tercatat"},
             {(2, "9"): "Persentase Pencatatan Aset Dalam Kondisi Baik"}),
        Case("TC31-TARGET-CATATAN", {(4, "10"): unit(4, "Dokumen")}, {(4, "10"): 2}, severity="warning"),
    ],
})


test_consistent_table_has_no_findings, test_violation_gives_its_rule_at_its_cell = shaped.tests(FAMILIES, CASES)
