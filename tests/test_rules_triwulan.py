"""Every rule of the quarterly LKjIP packs, on tables shaped like the Laporan Triwulan 2024 of
Dinsos-PMD Kabupaten Barito Utara: no column-number row, "Keuangan" (or "Capaian Triwulan II")
merged over Target | Realisasi | Capaian %, the quarter named in the title, and the seed's other
layouts (Capaian % apart, no Keterangan) read by the same packs, each with its own consistent table."""

from __future__ import annotations

import shaped
from shaped import Case, Col, Family, Shape, pct

OFFICE = "Dinas Sosial, Pemberdayaan Masyarakat dan Desa"
REHAB = "Program Rehabilitasi Sosial"
DESA = "Program Administrasi Pemerintahan Desa"
RUJUKAN = "Pemberian layanan rujukan"
KERJASAMA = "Kerja sama antar lembaga dan kemitraan dalam pelaksanaan Rehabilitasi Sosial Kabupaten/kota"
BUMDES = "Pembinaan dan Pemberdayaan BUM desa dan Lembaga Kerja Sama antar Desa"
SASARAN = "Meningkatnya Desa Mandiri di Kabupaten Barito Utara"
M = 1_000_000


def keuangan(quarter: str, apart: bool = False, keterangan: bool = True) -> Shape:
    top = [Col("1", None, "No"), Col("2", None, "Program"), Col("3", None, "Kegiatan"),
           Col("4", None, "Anggaran ( Rp )"), Col("5", None, "Keuangan"), Col("6"),
           Col("7", None, "Capaian %" if apart else "")]
    return Shape(f"TW {quarter}", [f"Realisasi Keuangan Triwulan {quarter}", OFFICE],
                 top + ([Col("8", None, "Keterangan")] if keterangan else []),
                 below={"5": "Target", "6": "Realisasi", **({} if apart else {"7": "Capaian %"})},
                 merged=(("5", "6" if apart else "7"),))


def kinerja(quarter: str, apart: bool = False) -> Shape:
    return Shape(f"TW {quarter}", [f"A. REALISASI KINERJA TRIWULAN {quarter}", OFFICE],
                 [Col("1", None, "No"), Col("2", None, "Sasaran"), Col("3", None, "Indikator Kinerja Utama"),
                  Col("4", None, "Target"), Col("5", None, f"Capaian Triwulan {quarter}"), Col("6"),
                  Col("7", None, "Capaian %" if apart else ""), Col("8", None, "Keterangan")],
                 below={"5": "Target", "6": "Realisasi", **({} if apart else {"7": "Capaian %"})},
                 merged=(("5", "6" if apart else "7"),))


def spent(no: int, program: str, name: str, anggaran: float, target: object, realisasi: object,
          capaian: object, note: str = "") -> dict[str, object]:
    return {"1": no, "2": program, "3": name, "4": anggaran, "5": target, "6": realisasi, "7": capaian,
            **({"8": note} if note else {})}


def achieved(no: int, name: str, year: float, target: float, realisasi: float, capaian: float) -> dict[str, object]:
    """Percentages stored the Excel way (0.2205 shown as 22.05%)."""
    return {"1": no, "2": SASARAN, "3": name, "4": pct(year / 100), "5": pct(target / 100),
            "6": pct(realisasi / 100), "7": pct(capaian / 100)}


# Triwulan I at 30 % of the anggaran, Triwulan II at 50 % (the seed's two consistent kegiatan rows)
TW_I = [spent(1, REHAB, RUJUKAN, 480 * M, 144 * M, 50 * M, 34.72),
        spent(2, REHAB, KERJASAMA, 35_407_600, 10_622_280, 5 * M, 47.07)]
TW_II = [spent(1, REHAB, RUJUKAN, 480 * M, 240 * M, 92_934_000, 38.72),
         spent(2, REHAB, "Penyediaan permakanan", 2_036 * M, "-", 0, "-"),
         spent(3, REHAB, KERJASAMA, 35_407_600, 17_703_800, 9_046_500, 51.10),
         spent(4, DESA, BUMDES, 100 * M, 50 * M, 24_213_450, 48.43)]
TW_IV = [spent(1, REHAB, RUJUKAN, 480 * M, 480 * M, 455_988_050, 95.0),
         spent(2, DESA, BUMDES, 100 * M, 100 * M, 96_760_200, 96.76)]
IKU_II = [achieved(1, "Persentase PMKS Mandiri", 22.05, 12.0, 6.0, 50.0),
          achieved(2, "Persentase Desa Mandiri", 8.06, 4.03, 4.30, 106.70),
          # lower is better: (2 x 10 - 8) / 10 x 100
          achieved(3, "Persentase kekerasan terhadap anak", 10.0, 10.0, 8.0, 120.0)]
IKU_III = [achieved(1, "Persentase Desa Mandiri", 8.06, 6.05, 4.30, 71.07)]

KEUANGAN = "lkjip-keuangan-triwulan-53-2014"
KINERJA = "lkjip-kinerja-triwulan-53-2014"
FAMILIES = [
    Family("keuangan", [(keuangan("I"), TW_I), (keuangan("II"), TW_II)], [KEUANGAN, KEUANGAN]),
    # other layouts of the same table, read by their words with the same pack
    Family("keuangan-capaian-terpisah", [(keuangan("II", apart=True), TW_II)], [KEUANGAN]),
    Family("keuangan-tanpa-keterangan", [(keuangan("IV", keterangan=False), TW_IV)], [KEUANGAN]),
    Family("kinerja", [(kinerja("II"), IKU_II), (kinerja("III"), IKU_III)], [KINERJA, KINERJA]),
    Family("kinerja-capaian-terpisah", [(kinerja("II", apart=True), IKU_II)], [KINERJA]),
]

CASES = shaped.cases(FAMILIES, {
    "keuangan": [
        Case("LKJ-TWK-CAPAIAN", {(0, "7"): 38.0}, {(0, "7"): 38.72}, sheet=1),
        # the target is not 50 % of the anggaran in Triwulan II; the capaian computed from it follows
        Case("LKJ-TWK-PORSI", {(0, "5"): 250 * M}, {(0, "5"): 240 * M}, sheet=1,
             consequences={(0, "7"): ("LKJ-TWK-CAPAIAN", 37.17)}),
        # cumulative realisasi below the previous quarter's (5.000.000 in TW I), capaian consistent with it
        Case("LKJ-TWK-KUMULATIF", {(2, "6"): 4 * M, (2, "7"): 22.59}, {(2, "6"): 5 * M}, sheet=1),
    ],
    "kinerja": [
        Case("LKJ-TWI-CAPAIAN", {(0, "7"): pct(0.45)}, {(0, "7"): 50}),
        Case("LKJ-TWI-CAPAIAN-NEGATIF", {(2, "7"): pct(0.8)}, {(2, "7"): 120}),
        # realisasi above twice the target: (2T - R)/T is negative, a positive capaian cannot be right
        Case("LKJ-TWI-CAPAIAN-NEGATIF-BATAS", {(2, "6"): pct(0.25), (2, "7"): pct(0.4)}, {(2, "7"): None}),
        # a falling percentage may be a stock: a warning
        Case("LKJ-TWI-KUMULATIF", {(0, "6"): pct(0.04), (0, "7"): pct(0.6612)}, {(0, "6"): 4.3}, severity="warning",
             sheet=1),
    ],
})

test_consistent_tables_have_no_findings, test_violation_gives_exactly_its_findings = shaped.tests(FAMILIES, CASES)
