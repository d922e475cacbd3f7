"""Every rule of the 13-column TC.29 (Permendagri 54/2010 style), on a table shaped like seed 001
(Renja 2022 Dinsos-P3A-PMD Kabupaten Balangan): kode of the old nomenclature, a value and its unit
in two cells (4, 5, 11), percentages stored the Excel way, a "K" row under the column numbers,
continuation rows without a name, and a negative indicator (perkawinan usia anak)."""

from __future__ import annotations

import shaped
from shaped import BOLD, MERGE, Case, Col, Family, Shape, Styled, pct

TC29 = Shape(
    "Tabel TC.29", ["Tabel TC.29 Rekapitulasi hasil pelaksanaan renja dan Pencapaian Renstra s/d tahun 2020"],
    [
        Col("1", 1, "Kode"),
        Col("2", 2, "Urusan/Bidang Urusan Pemerintah Daerah dan program/kegiatan (Permendagri 13)"),
        Col("3", 3, "Indikator kinerja Program/Kegiatan"),
        Col("4", 4, "Target kinerja capaian program Renstra SKPD tahun 2021 (akhir periode Renstra SKPD)", 2),
        Col("5", 5, "Realisasi target kinerja hasil program dan keluaran s/d tahun (2019)", 2),
        Col("6", 6, "Target kinerja Renja SKPD tahun berjalan 2020"),
        Col("7", 7, "Realisasi capaian kinerja Renja SKPD yang dievaluasi (2020)"),
        Col("8", "8=(7/6)", "Tingkat Capaian Kinerja Renja SKPD pada tahun (2020) (%)"),
        Col("9", 9, "Urusan/Bidang Urusan Pemerintah Daerah dan program/kegiatan (Kepmen 050)"),
        Col("10", 10, "Indikator"),
        Col("11", 11, "Target program dan sub kegiatan (Renja perangkat daerah tahun 2021)", 2),
        # seed 001 prints "12=(6+7+11)" although the data follow 5+7+11 (a warning of its own,
        # tested in test_families); the consistent table prints the bare number
        Col("12", 12, "Realisasi capaian program dan kegiatan s/d tahun berjalan (2021)"),
        Col("13", "13=(12/4)", "Tingkat Capaian Realisasi Target renstra (%)"),
    ],
    below={"4": "K", "5": "K", "6": "K", "7": "K", "8": "K"},
)

TWO = "0.00"
ROWS = [
    {"1": "Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak", BOLD: True, MERGE: ("1", "13")},
    {"1": "2.02.2.02.1.01", "2": "Program pelayanan administrasi perkantoran",
     "3": "Persentase pemenuhan pengurusan administrasi kepegawaian aparatur DPPPA", "4": 100, "5": 100,
     "6": 100, "7": Styled(117.1, TWO), "8": pct(1.171),
     "9": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "10": "Meningkatnya kelancaran pelayanan administrasi perkantoran", "11": (100, "%"), BOLD: True},
    {"1": "2.02.2.02.1.01.02", "2": "Penyediaan jasa komunikasi, sumber daya air dan listrik",
     "3": "Jumlah tagihan rekening jasa komunikasi, sumber daya air dan listrik", "4": (72, "bulan"),
     "5": (36, "bulan"), "6": 12, "7": 12, "8": pct(1), "9": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
     "10": "Jumlah Waktu Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "11": (12, "bulan"), "12": 60,
     "13": pct(0.83, "0%")},
    # seed line 281: lower is better, capaian = (2T - R) / T
    {"1": "2.02.2.02.1.22", "2": "Program Peningkatan Kualitas Keluarga",
     "3": "Persentase perkawinan usia anak di kabupaten Balangan", "4": (Styled(0.97, TWO), "%"), "5": (1, "%"),
     "6": 1, "7": Styled(1.48, TWO), "8": pct(0.52), "9": "2.08-04 PROGRAM PENINGKATAN KUALITAS KELUARGA",
     "10": "Persentase perkawinan usia anak di kabupaten Balangan", "11": (Styled(0.97, TWO), "%"),
     "12": Styled(1.48, TWO), "13": pct(0.4742), BOLD: True},
    # a count of participants under that program: higher is better, whatever its name says
    {"1": "2.02.2.02.1.22.05", "2": "Penyuluhan dalam pencegahan perkawinan usia anak",
     "3": "Jumlah peserta yang mengikuti penyuluhan", "4": (1050, "orang"), "5": (550, "orang"), "6": 220,
     "7": 200, "8": pct(0.9091), "9": "2.08-04.2.03.01 Pelaksanaan Penyediaan Layanan Komprehensif bagi Keluarga",
     "10": "Jumlah peserta yang mengikuti penyuluhan", "11": (280, "orang"), "12": 1030, "13": pct(0.98, "0%")},
    {"1": "2.02.2.02.1.23.05", "2": "Koordinasi pemenuhan hak dan peningkatan kualitas hidup anak",
     "3": "Jumlah peserta yang mengikuti temu forum anak daerah", "4": (600, "orang"), "5": (188, "orang"),
     "6": 40, "7": 40, "8": pct(1), "9": "2.08-06.2.02.02 Koordinasi dan Sinkronisasi Pelaksanaan Pendampingan",
     "10": "Jumlah peserta yang mengikuti temu forum anak daerah", "11": (50, "orang"), "12": 278,
     "13": pct(0.46, "0%")},
    # continuation row: another indicator of the sub kegiatan above, no kode, no name
    {"3": "Jumlah peserta yang mengikuti pembentukan forum anak desa", "4": (450, "orang"), "5": (115, "orang"),
     "6": 120, "7": 120, "8": pct(1), "10": "Jumlah peserta yang mengikuti pembentukan forum anak desa",
     "11": (90, "orang"), "12": 325, "13": pct(0.72, "0%")},
    {"1": "2.02.2.02.1.24.04", "2": "Pelayanan pendampingan bagi anak yang memerlukan perlindungan khusus",
     "3": "Persentase Jumlah pendampingan yang dilaksanakan", "4": (100, "%"), "5": (100, "%"), "6": 100,
     "7": 100, "8": pct(1), "9": "2.08-07.2.02.01 Penyediaan Layanan Pengaduan Masyarakat",
     "10": "Persentase Jumlah pendampingan terhadap anak yang dilaksanakan", "11": (100, "%"), "12": 100,
     "13": pct(1, "0%")},
    {"1": "2.02.2.02.1.27.02", "2": "Sosialisasi dan workshop updating data e-kekerasan perempuan dan anak",
     "3": "Jumlah admin dan operator yang melaksanakan updating e kekerasan perempuan dan anak",
     "4": (57, "orang"), "5": (26, "orang"), "6": 19, "7": 13, "8": pct(0.6842),
     "9": "2.08-05.2.01.02 Penyajian dan Pemanfaatan Data Gender dan Anak",
     "10": "Jumlah admin dan operator yang melaksanakan updating e kekerasan perempuan dan anak",
     "11": (19, "orang"), "12": 58, "13": pct(1.02, "0%")},
    # a percentage with nothing realised before (5 and 7 are 0): 5 + 7 + 11 and the latest value agree
    {"1": "2.02.2.02.1.27.03", "2": "Pendampingan desa layak anak",
     "3": "Persentase desa layak anak", "4": (100, "%"), "5": (0, "%"), "6": 50, "7": 0, "8": pct(0),
     "9": "2.08-05.2.01.03 Pendampingan Desa Layak Anak", "10": "Persentase desa layak anak",
     "11": (60, "%"), "12": 60, "13": pct(0.6, "0%")},
]

FAMILIES = [Family("tc29-13kolom", [(TC29, ROWS)], ["renja-tc29-13-54-2010"])]

CASES = shaped.cases(FAMILIES, {"tc29-13kolom": [
    Case("TC2913-8", {(8, "8"): pct(0.6482)}, {(8, "8"): 68.42}),
    Case("TC2913-8", {(4, "8"): pct(1.1, "0%")}, {(4, "8"): 90.91}),
    # R/T x 100 = 148 % where the indicator is negative: (2 x 1 - 1,48) / 1 = 52 %
    Case("TC2913-8-NEGATIF", {(3, "8"): pct(1.48)}, {(3, "8"): 52}),
    Case("TC2913-13", {(2, "13"): pct(0.5, "0%")}, {(2, "13"): 83.33}),
    Case("TC2913-13-NEGATIF", {(3, "13"): pct(1.5258)}, {(3, "13"): 47.42}),
    # R > 2T: (2T - R)/T is negative; a positive capaian cannot be right (0 or negative can)
    # ... and 12 (1,48), no longer the latest realisation (now 2,5), is none of the terms: a warning
    Case("TC2913-8-NEGATIF-BATAS", {(3, "7"): Styled(2.5, TWO), (3, "8"): pct(0.5)}, {(3, "8"): None},
         consequences={(3, "12"): ("TC2913-12-AMBIGU", None)}),
    Case("TC2913-13-NEGATIF-BATAS", {(3, "12"): Styled(2.5, TWO), (3, "13"): pct(0.42)}, {(3, "13"): None},
         consequences={(3, "12"): ("TC2913-12-AMBIGU", None)}),
    # seed lines 217-225: realisasi blank, capaian still shown (12 summed without it)
    Case("TC2913-8-TANPA-REALISASI", {(8, "7"): None, (8, "12"): 45, (8, "13"): pct(0.79, "0%")},
         {(8, "8"): None}),
    Case("TC2913-13-TANPA-REALISASI", {(2, "12"): None}, {(2, "13"): None}),
    # the printed label 12=(6+7+11) followed: 40 + 40 + 50 = 130 where 5 + 7 + 11 = 278; 13 computed from it
    Case("TC2913-12", {(5, "12"): 130, (5, "13"): pct(0.22, "0%")}, {(5, "12"): 278},
         consequences={(5, "13"): ("TC2913-13", 46.33)}),
    # seed lines 308, 336, 351: 100 + 100 + 100 = 300 %
    Case("TC2913-12-PERSEN", {(7, "12"): 300, (7, "13"): pct(3, "0%")}, {(7, "12"): 100},
         consequences={(7, "13"): ("TC2913-13", 100)}),
    # nothing realised before, yet 12 is not this year's 60 (as if 100 were added): 13 agrees with the slip
    Case("TC2913-12-AKHIR", {(9, "12"): 160, (9, "13"): pct(1.6, "0%")}, {(9, "12"): 60},
         consequences={(9, "13"): ("TC2913-13", 60)}),
    # 5, 7, 11 are 100 (their sum 300): 90 is no reading of a percentage whose aggregation is not declared
    Case("TC2913-12-AMBIGU", {(7, "12"): 90, (7, "13"): pct(0.9, "0%")}, {(7, "12"): None}, severity="warning"),
]})


test_consistent_table_has_no_findings, test_violation_gives_its_rule_at_its_cell = shaped.tests(FAMILIES, CASES)
