"""Every sentence Periksa says to a user, in Bahasa Indonesia and English.

Domain words (Renja, pagu, capaian, triwulan) stay Indonesian in both.
"""

from __future__ import annotations

DEFAULT_LANG = "id"
LANGS = ("id", "en")

CATALOGUE: dict[str, dict[str, str]] = {
    # findings
    "mismatch": {
        "id": "tertulis {actual}, seharusnya {expected}",
        "en": "states {actual}, expected {expected}",
    },
    "ratio-not-percent": {
        "id": "tertulis {actual}, seharusnya {expected}: tampaknya ditulis sebagai rasio, belum dikali 100",
        "en": "states {actual}, expected {expected}: written as a ratio, not multiplied by 100",
    },
    "truncated": {
        "id": "tertulis {actual}: dibulatkan ke bawah (terpotong), pembulatan yang benar {expected}",
        "en": "states {actual}: truncated instead of rounded, rounded value is {expected}",
    },
    "missing": {
        "id": "kosong, seharusnya {expected}",
        "en": "blank, expected {expected}",
    },
    "missing-unknown": {
        "id": "kosong, seharusnya terisi (realisasi tidak nol)",
        "en": "blank, should be filled (realisation is not zero)",
    },
    "propagated": {
        "id": "{actual} cocok dengan nilai yang salah di {cells}; dengan nilai yang benar seharusnya {expected}",
        "en": "{actual} agrees with the wrong value in {cells}; with the correct value it should be {expected}",
    },
    "header-formula": {
        "id": "label kolom tercetak '{label}', tetapi paket aturan menghitung kolom {number} dari kolom {pack}; "
              "{pack_rows} baris cocok dengan paket, {label_rows} baris cocok dengan label",
        "en": "the column label prints '{label}', but the rule pack computes column {number} from columns {pack}; "
              "{pack_rows} rows agree with the pack, {label_rows} with the label",
    },
    "formula-external": {
        "id": "rumus {formula} merujuk workbook lain",
        "en": "formula {formula} refers to another workbook",
    },
    "formula-volatile": {
        "id": "rumus {formula} memakai fungsi volatil: hasilnya berubah setiap kali dibuka",
        "en": "formula {formula} uses a volatile function: its result changes every time the file is opened",
    },
    "formula-stale": {
        "id": "nilai tersimpan {actual} tidak sama dengan hasil rumus {formula} ({expected}): hitung ulang workbook",
        "en": "cached value {actual} differs from what {formula} computes ({expected}): recalculate the workbook",
    },
    "formula-references": {
        "id": "rumus {formula} memakai kolom {used}; aturan {rule} memakai kolom {expected}",
        "en": "formula {formula} uses columns {used}; rule {rule} uses columns {expected}",
    },
    "formula-pattern": {
        "id": "rumus {formula} berbeda bentuk dari {count} rumus lain di kolom ini ({common})",
        "en": "formula {formula} differs in shape from {count} other formulas in this column ({common})",
    },
    "formula-typed": {
        "id": "nilai {value} diketik di kolom yang {count} baris sejenisnya berumus ({common})",
        "en": "value {value} is typed in a column where {count} rows of the same kind hold a formula ({common})",
    },
    "cross-table": {
        "id": "tertulis {actual}, tetapi {other} menulis {expected} untuk baris yang sama",
        "en": "states {actual}, but {other} states {expected} for the same row",
    },
    "cross-table-sum": {
        "id": "tertulis {actual}, tetapi jumlah {other} untuk baris yang sama adalah {expected}",
        "en": "states {actual}, but {other} for the same row add up to {expected}",
    },
    "cross-table-year": {
        "id": "tertulis {actual}, tetapi target tahun {year} untuk indikator yang sama di {other} adalah {expected}",
        "en": "states {actual}, but the {year} target for the same indicator in {other} is {expected}",
    },
    "cross-table-below": {
        "id": "tertulis {actual}, lebih kecil dari {expected} di {other} untuk baris yang sama",
        "en": "states {actual}, less than the {expected} {other} states for the same row",
    },
    "cross-table-above": {
        "id": "tertulis {actual}, lebih besar dari {expected} di {other} untuk baris yang sama",
        "en": "states {actual}, more than the {expected} {other} states for the same row",
    },
    "cross-table-below-previous": {
        "id": "tertulis {actual}, lebih kecil dari {order} sebelumnya ({expected} di {other}); "
              "nilai kumulatif tidak boleh turun",
        "en": "states {actual}, less than the previous {order} ({expected} in {other}); "
              "a cumulative value may not fall",
    },
    "cross-table-above-previous": {
        "id": "tertulis {actual}, lebih besar dari {order} sebelumnya ({expected} di {other}); "
              "nilai ini tidak boleh naik",
        "en": "states {actual}, more than the previous {order} ({expected} in {other}); "
              "this value may not rise",
    },
    "cross-table-kind": {
        "id": "antar tabel, keluarga {family}",
        "en": "cross-table, family {family}",
    },
    "file-csv": {
        "id": "{path}: berkas CSV dibaca sebagai teks (tanpa rumus, format angka atau huruf tebal)",
        "en": "{path}: CSV file read as text (no formulas, number formats or bold)",
    },
    "file-time-limit": {
        "id": "{path}: pemeriksaan dihentikan setelah {seconds} detik (batas waktu per berkas, --time-limit)",
        "en": "{path}: check stopped after {seconds} s (per-file time limit, --time-limit)",
    },
    "file-memory-limit": {
        "id": "{path}: pemeriksaan dihentikan, memori melebihi {megabytes} MB (--memory-limit)",
        "en": "{path}: check stopped, memory exceeded {megabytes} MB (--memory-limit)",
    },
    "consequence-sum": {
        "id": "mengikuti selisih jumlah di {cells} (kolom ini dihitung darinya: {check}): {message}",
        "en": "follows from the sum difference at {cells} (this column is computed from it: {check}): {message}",
    },
    "rule-never-applied": {
        "id": "{rule}: {what} kosong di {count} baris {rows}, aturan tidak pernah diterapkan: {why}",
        "en": "{rule}: {what} is empty on {count} {rows} rows, the rule was never applied: {why}",
    },
    "why-no-level": {"id": "tidak ada baris {level}", "en": "there are no {level} rows"},
    "why-skipped-level": {
        "id": "tidak ada baris {level}, tetapi ada baris {deeper}: bila tabel ini langsung dari induk ke {deeper}, "
              "hapus {level} dari levels ({levels})",
        "en": "there are no {level} rows but there are {deeper} rows: if this table goes straight to {deeper}, "
              "remove {level} from levels ({levels})",
    },
    "why-not-below": {"id": "tidak ada baris {level} di bawahnya", "en": "no {level} rows are below them"},
    "why-lowest-level": {"id": "{level} adalah level terbawah", "en": "{level} is the lowest level"},
    "why-no-group": {
        "id": "tidak ada baris {level} yang dirangkum (level dari summary_rows level atau level_words)",
        "en": "no {level} rows to summarise (the level comes from summary_rows level or level_words)",
    },
    "why-no-summaries": {"id": "tidak ada baris ringkasan itu di atasnya", "en": "no such summary rows above them"},
    "why-no-parent": {"id": "tidak ada baris induk", "en": "there is no parent row"},
    "why-no-prev": {"id": "tidak ada baris di atasnya", "en": "there is no row above"},
    "consequence": {
        "id": "akibat nilai yang salah di {cells} (dengan nilai yang benar, sel ini cocok): {message}",
        "en": "follows from the wrong value in {cells} (with the correct value this cell agrees): {message}",
    },
    "checking": {"id": "memeriksa", "en": "checking"},
    "number-malformed": {
        "id": "angka tidak sah '{raw}': tidak dapat dibaca sebagai bilangan",
        "en": "malformed number '{raw}': cannot be read as a number",
    },
    "number-ambiguous": {
        "id": "angka '{raw}' bermakna ganda (ribuan atau desimal?); tulis tanpa ragu, mis. '{a}' atau '{b}'",
        "en": "number '{raw}' is ambiguous (thousands or decimal?); write it unambiguously, e.g. '{a}' or '{b}'",
    },
    "excel-error": {
        "id": "sel berisi galat Excel {raw}",
        "en": "cell holds the Excel error {raw}",
    },
    "formula-unevaluated": {
        "id": "rumus {formula} tidak dapat dihitung ({reason}); nilai sel tidak diperiksa",
        "en": "formula {formula} could not be computed ({reason}); the cell was not checked",
    },
    "reason-circular": {"id": "referensi melingkar", "en": "circular reference"},
    "reason-external": {"id": "merujuk berkas/sheet lain", "en": "refers to another file or sheet"},
    "reason-unsupported": {"id": "fungsi tidak didukung", "en": "unsupported function"},
    # files
    "file-not-found": {"id": "{path}: berkas tidak ditemukan", "en": "{path}: file not found"},
    "file-is-folder": {"id": "{path}: ini folder, bukan berkas", "en": "{path}: is a folder, not a file"},
    "file-not-workbook": {
        "id": "{path}: bukan workbook Excel (.xlsx) yang sah",
        "en": "{path}: not a valid Excel workbook (.xlsx)",
    },
    "file-missing-part": {
        "id": "{path}: workbook rusak, bagian {part} hilang",
        "en": "{path}: damaged workbook, part {part} is missing",
    },
    "companion-unreadable": {
        "id": "workbook pembanding (--with) tidak dapat dibaca, aturan antar tabel tidak dapat diperiksa: {detail}",
        "en": "companion workbook (--with) cannot be read, so cross-table rules cannot be checked: {detail}",
    },
    "file-corrupt": {
        "id": "{path}: workbook rusak dan tidak dapat dibaca ({detail})",
        "en": "{path}: damaged workbook, cannot be read ({detail})",
    },
    "file-encrypted": {
        "id": "{path}: workbook terkunci kata sandi (terenkripsi); tidak dapat diperiksa tanpa kata sandi",
        "en": "{path}: workbook is password-protected (encrypted); cannot be checked without the password",
    },
    "file-legacy-xls": {
        "id": "{path}: format Excel lama (.xls) belum didukung; simpan ulang sebagai .xlsx",
        "en": "{path}: legacy Excel format (.xls) is not supported yet; save it again as .xlsx",
    },
    "file-unsupported": {
        "id": "{path}: jenis berkas tidak didukung (gunakan .xlsx)",
        "en": "{path}: unsupported file type (use .xlsx)",
    },
    # files: hostile or broken input (reader.py, safety.py)
    "file-unreadable": {
        "id": "{path}: berkas tidak dapat dibuka ({detail})",
        "en": "{path}: file cannot be opened ({detail})",
    },
    "file-empty": {
        "id": "{path}: berkas kosong (0 byte)",
        "en": "{path}: file is empty (0 bytes)",
    },
    "file-is-pdf": {
        "id": "{path}: ini berkas PDF yang diberi nama workbook; kirim berkas Excel (.xlsx) aslinya",
        "en": "{path}: this is a PDF named like a workbook; send the original Excel file (.xlsx)",
    },
    "file-is-html": {
        "id": "{path}: ini halaman web (HTML/XML) yang diberi nama workbook; buka di Excel lalu simpan sebagai .xlsx",
        "en": "{path}: this is a web page (HTML/XML) named like a workbook; open it in Excel and save as .xlsx",
    },
    "file-is-text": {
        "id": "{path}: ini berkas teks (mis. CSV) yang diberi nama workbook; buka di Excel lalu simpan sebagai .xlsx",
        "en": "{path}: this is a text file (e.g. CSV) named like a workbook; open it in Excel and save as .xlsx",
    },
    "file-xlsb": {
        "id": "{path}: format Excel biner (.xlsb) belum didukung; simpan ulang sebagai .xlsx",
        "en": "{path}: binary Excel format (.xlsb) is not supported; save it again as .xlsx",
    },
    "file-wrong-password": {
        "id": "{path}: kata sandi salah; workbook terenkripsi tidak dapat dibuka",
        "en": "{path}: wrong password; the encrypted workbook cannot be opened",
    },
    "file-encrypted-unsupported": {
        "id": "{path}: jenis enkripsi workbook ini tidak didukung ({detail}); simpan ulang tanpa kata sandi",
        "en": "{path}: this workbook's encryption is not supported ({detail}); save it again without a password",
    },
    "file-too-large": {
        "id": "{path}: berkas terlalu besar ({size} MB; batas {limit} MB)",
        "en": "{path}: file too large ({size} MB; limit {limit} MB)",
    },
    "file-too-many-parts": {
        "id": "{path}: workbook ditolak: berisi {count} bagian (batas {limit}); kemungkinan berkas berbahaya",
        "en": "{path}: workbook refused: it holds {count} parts (limit {limit}); possibly a hostile file",
    },
    "file-unpacked-too-large": {
        "id": "{path}: workbook ditolak: isinya {size} MB setelah dibuka (batas {limit} MB); kemungkinan 'zip bomb'",
        "en": "{path}: workbook refused: {size} MB once unpacked (limit {limit} MB); possibly a zip bomb",
    },
    "file-compression-ratio": {
        "id": "{path}: workbook ditolak: bagian {part} dimampatkan {ratio}:1 (batas {limit}:1); kemungkinan 'zip bomb'",
        "en": "{path}: workbook refused: part {part} is compressed {ratio}:1 (limit {limit}:1); possibly a zip bomb",
    },
    "file-duplicate-part": {
        "id": "{path}: workbook ditolak: bagian {part} muncul dua kali (Excel dan Periksa bisa membaca isi berbeda)",
        "en": "{path}: workbook refused: part {part} appears twice (Excel and Periksa could read different copies)",
    },
    "file-xml-dtd": {
        "id": "{path}: workbook ditolak: bagian {part} berisi deklarasi DTD/ENTITY (<!DOCTYPE>) yang tidak pernah "
              "dibuat Excel; kemungkinan serangan XML",
        "en": "{path}: workbook refused: part {part} holds a DTD/ENTITY declaration (<!DOCTYPE>), which Excel never "
              "writes; possibly an XML attack",
    },
    "file-xml-encoding": {
        "id": "{path}: workbook ditolak: bagian {part} memakai penyandian teks {encoding} yang tidak didukung",
        "en": "{path}: workbook refused: part {part} uses the unsupported text encoding {encoding}",
    },
    "file-too-many-elements": {
        "id": "{path}: workbook ditolak: terlalu banyak unsur XML (lebih dari {limit}, di {part})",
        "en": "{path}: workbook refused: too many XML elements (over {limit}, in {part})",
    },
    "file-range-too-large": {
        "id": "{path}: workbook ditolak: rentang sel gabungan/tautan di {part} mencakup lebih dari {limit} sel",
        "en": "{path}: workbook refused: merged/hyperlinked ranges in {part} cover more than {limit} cells",
    },
    "file-grid-too-large": {
        "id": "{path}: workbook ditolak: sel terisi terbentang lebih dari {limit} sel (baris/kolom berulang)",
        "en": "{path}: workbook refused: filled cells span more than {limit} cells (repeated rows/columns)",
    },
    "file-values-only": {
        "id": "berkas {format} dibaca nilai saja: rumus, format angka dan huruf tebal tidak tersedia",
        "en": "{format} file read as values only: formulas, number formats and bold are not available",
    },
    "no-table": {
        "id": "sheet '{sheet}': tidak ditemukan tabel yang dikenali "
              "(dicari: baris nomor kolom 1 2 3 ... dari {expected})",
        "en": "sheet '{sheet}': no known table found (looked for a column-number row 1 2 3 ... of {expected})",
    },
    "unknown-table": {
        "id": "sheet '{sheet}' baris {row}: tabel dengan {count} kolom tidak cocok dengan paket aturan mana pun "
              "({expected})",
        "en": "sheet '{sheet}' row {row}: a table with {count} columns matches no rule pack ({expected})",
    },
    "pack-columns-missing": {
        "id": "sheet '{sheet}' baris {row}: paket {pack} membutuhkan kolom {missing} yang tidak ada di tabel "
              "(kolom yang ditemukan: {found})",
        "en": "sheet '{sheet}' row {row}: pack {pack} needs columns {missing} that the table lacks "
              "(columns found: {found})",
    },
    "no-tables-in-file": {
        "id": "{path}: tidak ada tabel yang dapat diperiksa di berkas ini",
        "en": "{path}: no checkable table in this file",
    },
    "formulas-computed": {
        "id": "{count} sel rumus tanpa nilai tersimpan dihitung oleh Periksa",
        "en": "{count} formula cells without cached values were computed by Periksa",
    },
    "internal-error": {
        "id": "{path}: galat internal Periksa ({detail}); berkas tidak diperiksa, mohon laporkan",
        "en": "{path}: Periksa internal error ({detail}); the file was not checked, please report it",
    },
    "rule-crashed": {
        "id": "aturan {rule} gagal dijalankan pada tabel {table}: {detail} (galat internal, mohon dilaporkan)",
        "en": "rule {rule} failed on table {table}: {detail} (internal error, please report)",
    },
    # terminal
    "summary": {
        "id": "{files} berkas, {tables} tabel, {rows} baris diperiksa: {errors} galat, {warnings} peringatan",
        "en": "{files} files, {tables} tables, {rows} rows checked: {errors} errors, {warnings} warnings",
    },
    "clean": {"id": "tidak ada temuan", "en": "no findings"},
    "could-not-check": {"id": "tidak dapat diperiksa", "en": "could not be checked"},
    "col-cell": {"id": "Sel", "en": "Cell"},
    "col-row": {"id": "Baris (kode, nama)", "en": "Row (kode, name)"},
    "col-rule": {"id": "Aturan", "en": "Rule"},
    "col-actual": {"id": "Tertulis", "en": "Stated"},
    "col-expected": {"id": "Seharusnya", "en": "Expected"},
    "col-message": {"id": "Pesan", "en": "Message"},
    "table-found": {
        "id": "tabel {range} diperiksa dengan paket {pack}",
        "en": "table {range} checked with pack {pack}",
    },
    "severity-error": {"id": "galat", "en": "error"},
    "severity-warning": {"id": "peringatan", "en": "warning"},
    "severity-info": {"id": "info", "en": "info"},
    # report formats and CI
    "col-file": {"id": "Berkas", "en": "File"},
    "col-status": {"id": "Status", "en": "Status"},
    "col-tables": {"id": "Tabel", "en": "Tables"},
    "col-errors": {"id": "Galat", "en": "Errors"},
    "col-warnings": {"id": "Peringatan", "en": "Warnings"},
    "col-severity": {"id": "Tingkat", "en": "Severity"},
    "col-sheet": {"id": "Sheet", "en": "Sheet"},
    "col-no": {"id": "No", "en": "No"},
    "status-ok": {"id": "diperiksa", "en": "checked"},
    "findings-count": {"id": "{count} temuan", "en": "{count} findings"},
    "findings-title": {"id": "Temuan", "en": "Findings"},
    "report-title": {"id": "Laporan Periksa", "en": "Periksa report"},
    "all": {"id": "semua", "en": "all"},
    "baseline-suppressed": {
        "id": "{count} temuan lama disembunyikan oleh baseline",
        "en": "{count} known findings suppressed by the baseline",
    },
    "baseline-written": {
        "id": "baseline dengan {count} temuan ditulis ke {path}",
        "en": "baseline with {count} findings written to {path}",
    },
    "baseline-unusable": {"id": "baseline tidak dapat dipakai: {detail}", "en": "baseline cannot be used: {detail}"},
    "output-twice": {
        "id": "-o {path}: hanya satu berkas tanpa FORMAT=; gunakan FORMAT=PATH untuk keluaran lain",
        "en": "-o {path}: only one output without FORMAT=; use FORMAT=PATH for further outputs",
    },
    "annotate-sheet": {"id": "Temuan Periksa", "en": "Periksa findings"},
    "annotate-written": {"id": "salinan bertanda ditulis ke {path}", "en": "annotated copy written to {path}"},
    "annotate-same-file": {
        "id": "--annotate {path}: tidak boleh menimpa berkas yang diperiksa",
        "en": "--annotate {path}: will not overwrite a checked file",
    },
    "annotate-comment": {
        "id": "Periksa {rule}: {message}\nTertulis: {actual}\nSeharusnya: {expected}",
        "en": "Periksa {rule}: {message}\nStated: {actual}\nExpected: {expected}",
    },
    "annotate-failed": {
        "id": "{path}: salinan bertanda tidak dapat dibuat (hanya .xlsx/.xlsm tanpa kata sandi): {detail}",
        "en": "{path}: cannot write an annotated copy (only .xlsx/.xlsm without a password): {detail}",
    },
    "col-context": {"id": "Konteks baris", "en": "Row context"},
    # --explain-rows
    "trace-title": {"id": "Baris menurut aturan: tabel {table} (paket {pack})",
                    "en": "Rows as the rules see them: table {table} (pack {pack})"},
    "trace-ok": {"id": "cocok", "en": "holds"},
    "trace-finding": {"id": "temuan", "en": "finding"},
    "trace-skipped": {"id": "dilewati", "en": "skipped"},
    "trace-not-applied": {"id": "tidak berlaku", "en": "not applied"},
    "trace-parent": {"id": "(induk: baris {row})", "en": "(parent: row {row})"},
    "trace-no-level": {"id": "tanpa level", "en": "no level"},
    "trace-extra": {"id": "indikator tambahan baris {row}", "en": "extra indicator of row {row}"},
    "trace-summary": {"id": "ringkasan {kind} ({level}, {scope})", "en": "summary {kind} ({level}, {scope})"},
    "skip-blank": {"id": "kolom {detail} kosong", "en": "column {detail} blank"},
    "skip-rowset": {"id": "{detail}() kosong", "en": "{detail}() empty"},
    "skip-row": {"id": "tidak ada baris {detail}", "en": "no {detail} row"},
    "skip-zero": {"id": "pembagi nol", "en": "divisor is 0"},
    "skip-text": {"id": "bukan angka", "en": "not a number"},
    "skip-parameter": {"id": "parameter {detail} tidak ditentukan untuk tabel ini",
                       "en": "parameter {detail} not set for this table"},
    "skip-empty": {"id": "{detail}() tanpa angka", "en": "{detail}() of no numbers"},
    "skip-unusable": {"id": "kolom {detail} tidak terbaca", "en": "column {detail} unreadable"},
    "outcome-when": {"id": "when tidak terpenuhi", "en": "when does not hold"},
    "outcome-blank": {"id": "kolom {detail} kosong, tanpa require", "en": "column {detail} blank, no require"},
    "outcome-require": {"id": "kolom {detail} kosong, require tidak terpenuhi",
                        "en": "column {detail} blank, require does not hold"},
    # rules list / explain
    "pack-project": {"id": "paket proyek", "en": "project pack"},
    "tolerance-stated": {
        "id": "sesuai angka desimal yang tertulis (paling banyak {decimals}); "
              "terpotong, bukan dibulatkan: {truncation}",
        "en": "to the decimals written (at most {decimals}); truncated instead of rounded: {truncation}",
    },
    "tolerance-rupiah": {"id": "selisih paling banyak 1 rupiah", "en": "within 1 rupiah"},
    "tolerance-exact": {"id": "tepat sama", "en": "exactly equal"},
    "tolerance-number": {"id": "selisih paling banyak {value}", "en": "within {value}"},
    "filter-severity": {"id": "Tingkat", "en": "Severity"},
    "filter-rule": {"id": "Aturan", "en": "Rule"},
}


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    entry = CATALOGUE[key]
    return entry.get(lang, entry[DEFAULT_LANG]).format(**params)


def number(value: object, lang: str = DEFAULT_LANG) -> str:
    """Numbers as the reader writes them: 1.129.974.820,5 in Indonesian."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
