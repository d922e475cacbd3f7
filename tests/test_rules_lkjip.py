"""Every rule of the LKjIP packs (PermenPANRB 53/2014), on tables shaped like seed 003
(LKIP 2024 Dinsos-PMD Kabupaten Barito Utara): a consistent table gives nothing, and each
violation gives its rule, at its cell, with the value that belongs there."""

from __future__ import annotations

import shaped
from shaped import BOLD, Case, Family, Shape, Styled, pct


def persen(value: float) -> Styled:
    """Seed 003 stores percentages as numbers shown with a " %" suffix (10.61 -> "10.61 %")."""
    return Styled(value, '0.00" %"')


def money(value: float) -> Styled:
    return Styled(value, "#,##0")


EFISIENSI = Shape(
    "Efisiensi", ["C. Perbandingan Pencapaian Kinerja dan Anggaran"],
    shaped.numbered("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
                    "Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)", "Tingkat Efisiensi (6 – 9)"),
)
SASARAN = ("Meningkatnya Kemandirian Penyandang Masalah Kesejahteraan Sosial (PMKS) Penerima manfaat "
           "pelayanan rehabilitasi kesejahteraan Sosial dan Pemberdayaan Kelembagaan Sosial")
# Seed lines 566-567 with col 6 corrected (it printed the ratios 1.15 and 3.38).
EFISIENSI_ROWS = [
    {"1": 1, "2": SASARAN, "3": "Persentase PMKS Mandiri", "4": persen(22.05), "5": persen(25.06),
     "6": persen(113.65), "7": money(3_385_637_000), "8": money(3_239_181_398), "9": Styled(95.67, "0.00"),
     "10": Styled(17.98, "0.00")},
    {"1": 2, "2": "Meningkatnya Desa Mandiri di Kabupaten Barito Utara", "3": "Persentase Desa Mandiri",
     "4": "8.60 %", "5": persen(29.03), "6": persen(337.56), "7": money(3_285_577_625), "8": money(3_116_944_236),
     "9": Styled(94.87, "0.00"), "10": Styled(242.69, "0.00")},
]

PK = Shape(
    "Perjanjian Kinerja", ["Perjanjian Kinerja Dinas Sosial, Pemberdayaan Masyarakat dan Desa Tahun 2024"],
    shaped.numbered("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "PROGRAM KEGIATAN", "ANGGARAN ( Rp )"),
)
# Seed lines 271-276, one program per row under its sasaran. Sasaran 2 as printed (its programs add
# up to the efficiency table's 3.285.577.625); sasaran 1's amounts chosen to add up to 3.385.637.000
# (the seed's PK says 7.693.900.000: that mismatch is in the sample workbook).
PK_ROWS = [
    {"1": 1, "2": SASARAN, "3": "Persentase PMKS Mandiri", "4": "22.05 %", "5": "Program Pemberdayaan Sosial",
     "6": money(1_500_000_000)},
    {"5": "Program Rehabilitasi Sosial", "6": money(1_300_944_600)},
    {"5": "Program Perlindungan dan Jaminan Sosial", "6": money(584_692_400)},
    {"1": 2, "2": "Meningkatnya Desa Mandiri di Kabupaten Barito Utara", "3": "Persentase Desa Mandiri",
     "4": "8.60 %", "5": "Program Penataan Desa", "6": money(145_000_000)},
    {"5": "Program Administrasi Pemerintahan Desa", "6": money(1_351_120_625)},
    {"5": "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
     "6": money(1_789_457_000)},
]

REALISASI = Shape(
    "Realisasi Anggaran", ["Tabel Realisasi Program dan Kegiatan Indikator Kinerja Tahun 2024"],
    shaped.numbered("No", "Program dan Kegiatan", "Target (Rp)", "Realisasi (Rp)", "Persentase (%)"),
)


def sub(name: str, target: object, realised: float, rate: object) -> dict[str, object]:
    return {"2": name, "3": target if isinstance(target, str) else money(target), "4": money(realised),
            "5": rate if isinstance(rate, str) else persen(rate)}


# Seed lines 578-630: program rows numbered and bold, kegiatan rows bold, both without amounts.
REALISASI_ROWS = [
    {"1": 1, "2": "PROGRAM PEMBERDAYAAN SOSIAL", BOLD: True},
    {"2": "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/ Kota", BOLD: True},
    sub("Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/ Kota",
        10_000_000, 7_352_500, 73.53),
    sub("Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/ Kota",
        30_000_000, 22_693_400, 75.64),
    sub("Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat", "142.000.000",
        93_649_000, "65.95 %"),
    {"1": 2, "2": "PROGRAM REHABILITASI SOSIAL", BOLD: True},
    {"2": "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti Sosial", BOLD: True},
    sub("Penyediaan Permakanan", 2_036_000_000, 1_938_636_000, 95.22),
    sub("Penyediaan Sandang", 2_500_000_000, 2_482_485_000, 99.3),
    {"2": "Pemberian Pelayanan Reunifikasi Keluarga"},
]

IKU = Shape(
    "Capaian IKU",
    ["Target dan Realisasi Indikator Kinerja Utama Dinas Sosial, Pemberdayaan Masyarakat dan Desa Tahun 2024"],
    shaped.numbered("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian Kinerja", "Keterangan", printed=False),
)
# Seed lines 345-347 and 358 (text percentages with a decimal comma), and a negative indicator.
IKU_ROWS = [
    {"1": 1, "2": "Persentase PMKS Mandiri", "3": pct(0.2205), "4": pct(0.2506), "5": pct(1.1365),
     "6": "Mencapai Target"},
    {"1": 2, "2": "Persentase Desa Mandiri", "3": pct(0.086), "4": pct(0.2903), "5": pct(3.3756),
     "6": "Mencapai Target"},
    {"1": 3, "2": "Persentase PMKS Mandiri", "3": "20,16%", "4": "2,01%", "5": pct(0.0997),
     "6": "Tidak Mencapai Target"},
    {"1": 4, "2": "Persentase perkawinan usia anak", "3": pct(0.01), "4": pct(0.0148), "5": pct(0.52),
     "6": "Tidak Mencapai Target"},
    # R > 2T on a negative indicator: (2T - R)/T is -50 %; one agency writes it, another caps it at 0
    {"1": 5, "2": "Persentase perkawinan usia anak", "3": pct(0.01), "4": pct(0.025), "5": pct(-0.5),
     "6": "Tidak Mencapai Target"},
    {"1": 6, "2": "Jumlah kasus kekerasan terhadap anak", "3": 10, "4": 25, "5": pct(0),
     "6": "Tidak Mencapai Target"},
]

FAMILIES = [
    Family("lkjip-efisiensi", [(EFISIENSI, EFISIENSI_ROWS)], ["lkjip-efisiensi-53-2014"]),
    Family("lkjip-efisiensi-pk", [(EFISIENSI, EFISIENSI_ROWS), (PK, PK_ROWS)],
           ["lkjip-efisiensi-53-2014", "lkjip-perjanjian-kinerja-53-2014"]),
    Family("lkjip-realisasi", [(REALISASI, REALISASI_ROWS)], ["lkjip-realisasi-anggaran-53-2014"]),
    Family("lkjip-iku", [(IKU, IKU_ROWS)], ["lkjip-capaian-iku-53-2014"]),
]

CASES = shaped.cases(FAMILIES, {
    "lkjip-efisiensi": [
        # seed 566: the ratio 1.15 written as capaian, and col 10 computed from it
        Case("LKJ-EF-6", {(0, "6"): persen(1.15), (0, "10"): Styled(-94.52, "0.00")}, {(0, "6"): 113.65},
             consequences={(0, "10"): ("LKJ-EF-10", 17.98)}),
        # col 9 mistyped, col 10 left as it was: col 10 is wrong only through col 9
        Case("LKJ-EF-9", {(1, "9"): Styled(49.87, "0.00")}, {(1, "9"): 94.87},
             consequences={(1, "10"): ("LKJ-EF-10", 287.69)}),
        Case("LKJ-EF-10", {(0, "10"): Styled(18.98, "0.00")}, {(0, "10"): 17.98}),
    ],
    "lkjip-efisiensi-pk": [
        # seed 566 vs 276: the budget the PK gives the sasaran's programs is not the one compared
        # with realisasi (here the PK's 7.693.900.000 in col 7, and cols 9 and 10 computed from it)
        Case("LKJ-EF-PK-ANGGARAN", {(0, "7"): money(7_693_900_000), (0, "9"): Styled(42.10, "0.00"),
                                    (0, "10"): Styled(71.55, "0.00")}, {(0, "7"): 3_385_637_000},
             severity="warning"),
        # a target other than the PK's, with capaian and efisiensi computed from it
        Case("LKJ-EF-PK-TARGET", {(1, "4"): "8.00 %", (1, "6"): persen(362.88), (1, "10"): Styled(268.01, "0.00")},
             {(1, "4"): 8.6}),
    ],
    "lkjip-realisasi": [
        # seed 586: 22.693.400 / 30.000.000 stated 22,64 %
        Case("LKJ-RA-5", {(3, "5"): persen(22.64)}, {(3, "5"): 75.64}),
        # seed 624: 99,2994 cut to 99,29 instead of rounded
        Case("LKJ-RA-5", {(8, "5"): persen(99.29)}, {(8, "5"): 99.3}, severity="warning"),
    ],
    "lkjip-iku": [
        Case("IKU-CAPAIAN", {(2, "5"): pct(0.0979)}, {(2, "5"): 9.97}),
        # T/R x 100 (67,57), another negative-indicator formula, where the pack uses (2T - R)/T
        Case("IKU-CAPAIAN-NEGATIF", {(3, "5"): pct(0.6757)}, {(3, "5"): 52}),
        Case("IKU-CAPAIAN-NEGATIF-BATAS", {(5, "5"): pct(0.5)}, {(5, "5"): None}),  # at most 0: no one value
        Case("IKU-KETERANGAN-MENCAPAI", {(0, "6"): "Tidak Mencapai Target"}, {(0, "6"): "Mencapai Target"}),
        Case("IKU-KETERANGAN-TIDAK", {(2, "6"): "Mencapai Target"}, {(2, "6"): "Tidak Mencapai Target"}),
    ],
})


test_consistent_table_has_no_findings, test_violation_gives_its_rule_at_its_cell = shaped.tests(FAMILIES, CASES)
