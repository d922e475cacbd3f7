"""Every sentence Periksa says to a user, in Bahasa Indonesia and English.

Domain words (Renja, pagu, capaian, triwulan) stay Indonesian in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_LANG = "id"
LANGS = ("id", "en")
#: The language spoken now (``speaking``): used where ``t`` is given none, e.g. by an error
#: raised deep inside loading a configuration file, so one run speaks one language.
_SPOKEN = [DEFAULT_LANG]

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
        "id": "{path}: berkas terlalu besar ({size} MB; batas {limit} MB, naik bersama --max-cells)",
        "en": "{path}: file too large ({size} MB; limit {limit} MB, raised with --max-cells)",
    },
    "file-too-many-parts": {
        "id": "{path}: workbook ditolak: berisi {count} bagian (batas {limit}); kemungkinan berkas berbahaya",
        "en": "{path}: workbook refused: it holds {count} parts (limit {limit}); possibly a hostile file",
    },
    "file-unpacked-too-large": {
        "id": "{path}: workbook ditolak: isinya {size} MB setelah dibuka (batas {limit} MB); kemungkinan 'zip bomb' "
              "(bila workbook ini memang sebesar itu, --max-cells menaikkan batas ini juga)",
        "en": "{path}: workbook refused: {size} MB once unpacked (limit {limit} MB); possibly a zip bomb "
              "(if the workbook really is that large, --max-cells raises this limit too)",
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
    "file-too-many-cells": {
        "id": "{path}: workbook ditolak: lebih dari {limit} sel (di {part}); bila workbook ini memang sebesar itu, "
              "naikkan batasnya dengan --max-cells N atau 'max_cells: N' di periksa.yaml",
        "en": "{path}: workbook refused: more than {limit} cells (in {part}); if the workbook really is that large, "
              "raise the limit with --max-cells N or 'max_cells: N' in periksa.yaml",
    },
    "file-too-many-elements": {
        "id": "{path}: workbook ditolak: terlalu banyak unsur XML (lebih dari {limit}, di {part}) untuk {cells} sel; "
              "bila workbook ini memang sebesar itu, naikkan --max-cells",
        "en": "{path}: workbook refused: too many XML elements (over {limit}, in {part}) for {cells} cells; "
              "if the workbook really is that large, raise --max-cells",
    },
    "file-range-too-large": {
        "id": "{path}: workbook ditolak: rentang sel gabungan/tautan di {part} mencakup lebih dari {limit} sel",
        "en": "{path}: workbook refused: merged/hyperlinked ranges in {part} cover more than {limit} cells",
    },
    "file-grid-too-large": {
        "id": "{path}: workbook ditolak: sel terisi terbentang lebih dari {limit} sel (baris/kolom berulang)",
        "en": "{path}: workbook refused: filled cells span more than {limit} cells (repeated rows/columns)",
    },
    "file-read-as-html": {
        "id": "dibaca sebagai tabel HTML ({tables} tabel, satu sheet per tabel; baris judul di atas tabel ikut "
              "dihitung seperti di Excel): isi sel dibaca sebagai teks apa adanya, tanpa rumus",
        "en": "read as HTML table(s) ({tables}, one sheet per table; title lines above a table count as rows, as "
              "in Excel): cell contents read as the text written, no formulas",
    },
    "file-read-as-spreadsheetml": {
        "id": "dibaca sebagai XML Spreadsheet 2003 (format XML Excel lama): nilai, tipe, rumus, huruf tebal, "
              "format angka dan sel gabungan",
        "en": "read as XML Spreadsheet 2003 (Excel's old XML format): values, types, formulas, bold, number "
              "formats and merged cells",
    },
    "file-html-no-table": {
        "id": "{path}: halaman web tanpa tabel (<table>); tidak ada yang dapat diperiksa",
        "en": "{path}: web page without any table (<table>); nothing to check",
    },
    "file-xml-not-spreadsheet": {
        "id": "{path}: berkas XML ini bukan XML Spreadsheet 2003 dari Excel; Periksa hanya membaca XML dalam "
              "format itu (atau simpan sebagai .xlsx)",
        "en": "{path}: this XML file is not an Excel XML Spreadsheet 2003; Periksa reads XML only in that format "
              "(or save it as .xlsx)",
    },
    "file-markup-too-deep": {
        "id": "{path}: berkas ditolak: unsur HTML bersarang lebih dari {limit} tingkat; kemungkinan berkas berbahaya",
        "en": "{path}: file refused: HTML elements nested more than {limit} levels deep; possibly a hostile file",
    },
    "file-beyond-excel-grid": {
        "id": "{path}: berkas ditolak: sheet '{sheet}' melampaui batas lembar Excel ({rows} baris, {cols} kolom)",
        "en": "{path}: file refused: sheet '{sheet}' goes beyond an Excel sheet ({rows} rows, {cols} columns)",
    },
    "file-values-only": {
        "id": "berkas {format} dibaca tanpa rumus (nilai, format angka dan huruf tebal saja): temuan audit rumus "
              "(PRK-RUMUS-*) tidak tersedia",
        "en": "{format} file read without formulas (values, number formats and bold only): formula audit findings "
              "(PRK-RUMUS-*) are not available",
    },
    "file-looks-unread": {
        "id": "format angka dan huruf tebal berkas {format} tidak terbaca ({detail}): kolom persen dapat terbaca "
              "sebagai pecahan",
        "en": "number formats and bold of the {format} file could not be read ({detail}): percent columns may read "
              "as fractions",
    },
    "no-table": {
        "id": "sheet '{sheet}': tidak ditemukan tabel yang dikenali "
              "(dicari: baris nomor kolom 1 2 3 ... dari {expected})",
        "en": "sheet '{sheet}': no known table found (looked for a column-number row 1 2 3 ... of {expected})",
    },
    "unknown-table": {
        "id": "sheet '{sheet}' baris {row}: judul kolom tabel ini tidak cocok dengan paket aturan mana pun "
              "({expected}); tabel tidak diperiksa dengan paket keluarga tabel",
        "en": "sheet '{sheet}' row {row}: this table's column headers fit no rule pack ({expected}); "
              "no family pack checked it",
    },
    "generic-only": {
        "id": "sheet '{sheet}' baris {row}: tidak ada paket keluarga tabel yang cocok ({expected}); hanya "
              "pemeriksaan umum: angka tidak sah, galat Excel, induk = jumlah anak menurut kode, baris Jumlah/Total",
        "en": "sheet '{sheet}' row {row}: no family pack fits ({expected}); generic checks only: unreadable "
              "numbers, Excel errors, parent = sum of children by kode, Jumlah/Total rows",
    },
    "pack-tie": {
        "id": "sheet '{sheet}' baris {row}: tabel cocok sama baiknya dengan paket {packs}; Periksa tidak menebak: "
              "pilih dengan --rules atau periksa.yaml",
        "en": "sheet '{sheet}' row {row}: the table fits packs {packs} equally well; Periksa does not guess: "
              "choose with --rules or periksa.yaml",
    },
    "pack-columns-missing": {
        "id": "sheet '{sheet}' baris {row}: paket {pack} membutuhkan kolom {missing} yang tidak ada di tabel "
              "(kolom yang ditemukan: {found})",
        "en": "sheet '{sheet}' row {row}: pack {pack} needs columns {missing} that the table lacks "
              "(columns found: {found})",
    },
    "rules-not-checked": {
        "id": "sheet '{sheet}' baris {row}: aturan {pack} yang tidak dapat diperiksa karena kolomnya tidak ada di "
              "tabel ini: {rules}",
        "en": "sheet '{sheet}' row {row}: rules of {pack} that cannot be checked because their columns are not in "
              "this table: {rules}",
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
    "columns-read": {
        "id": "kolom dibaca (kata = judul kolom, rumus = rumus tercetak, nomor = nomor kolom)",
        "en": "columns read (kata = header words, rumus = printed derivation, nomor = column number)",
    },
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
    "annotate-rebuilt": {
        "id": "salinan bertanda ditulis ke {path}: workbook .xlsx baru yang dibangun dari isi {format} yang dibaca "
              "Periksa (tampilan aslinya tidak ikut)",
        "en": "annotated copy written to {path}: a new .xlsx workbook built from the {format} contents Periksa "
              "read (the original's look is not kept)",
    },
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
    # periksa serve: the web page and its API (validator/serve/)
    "serve-missing-extra": {
        "id": "perintah serve membutuhkan paket tambahan: pip install 'periksa[serve]' ({detail})",
        "en": "the serve command needs the optional extra: pip install 'periksa[serve]' ({detail})",
    },
    "serve-listening": {
        "id": "Periksa melayani di http://{host}:{port} ({workers} proses pemeriksa; Ctrl+C untuk berhenti)",
        "en": "Periksa serving on http://{host}:{port} ({workers} checking processes; Ctrl+C to stop)",
    },
    "serve-title": {"id": "Periksa: pemeriksa tabel Renja, Renstra dan LKjIP",
                    "en": "Periksa: checks Renja, Renstra and LKjIP tables"},
    "serve-intro": {
        "id": "Unggah workbook Anda: Periksa menandai sel yang salah pada sheet Anda sendiri, "
              "dengan nilai yang seharusnya dan dasar aturannya.",
        "en": "Upload your workbook: Periksa marks the wrong cells on your own sheet, "
              "with the value expected and the regulation behind it.",
    },
    "serve-drop": {"id": "Tarik workbook ke sini, atau", "en": "Drop workbooks here, or"},
    "serve-choose": {"id": "pilih berkas", "en": "choose files"},
    "serve-formats": {
        "id": "Satu atau beberapa berkas {formats}; paling besar {megabytes} MB sekali unggah.",
        "en": "One or several {formats} files; at most {megabytes} MB per upload.",
    },
    "serve-settings": {"id": "Pengaturan proyek (opsional)", "en": "Project settings (optional)"},
    "serve-scale": {"id": "Skala predikat", "en": "Predikat scale"},
    "serve-scale-default": {"id": "bawaan paket aturan", "en": "the rule pack's own"},
    "serve-config": {"id": "Berkas periksa.yaml", "en": "periksa.yaml file"},
    "serve-submit": {"id": "Periksa", "en": "Check"},
    "serve-uploading": {"id": "Mengunggah… {percent}%", "en": "Uploading… {percent}%"},
    "serve-checking": {"id": "Memeriksa… {seconds} detik", "en": "Checking… {seconds} s"},
    "serve-network": {"id": "Sambungan ke server terputus; coba lagi", "en": "The connection to the server failed; "
                                                                              "try again"},
    "serve-no-files": {"id": "Pilih setidaknya satu workbook", "en": "Choose at least one workbook"},
    "serve-too-large": {
        "id": "Unggahan terlalu besar: batasnya {limit} MB sekali unggah",
        "en": "Upload too large: the limit is {limit} MB per upload",
    },
    "serve-busy": {
        "id": "Server sedang sibuk memeriksa berkas lain; coba lagi sebentar lagi",
        "en": "The server is busy checking other files; try again in a moment",
    },
    "serve-unsupported": {
        "id": "{names}: jenis berkas tidak didukung (yang dapat diperiksa: {known})",
        "en": "{names}: unsupported file type (these can be checked: {known})",
    },
    "serve-too-many-files": {
        "id": "Terlalu banyak berkas sekali unggah (batas {limit})",
        "en": "Too many files in one upload (limit {limit})",
    },
    "serve-bad-upload": {"id": "Unggahan tidak dapat dibaca ({detail})", "en": "The upload cannot be read ({detail})"},
    "serve-unknown-format": {
        "id": "format '{format}' tidak dikenal (pilihan: {known})",
        "en": "unknown format '{format}' (choices: {known})",
    },
    "serve-config-rules-dirs": {
        "id": "periksa.yaml: rules_dirs tidak dapat dipakai lewat unggahan (paket aturan tambahan dipasang di server)",
        "en": "periksa.yaml: rules_dirs cannot be used in an upload (extra rule packs are installed on the server)",
    },
    "serve-bad-config": {
        "id": "Pengaturan tidak dapat dipakai: {detail}",
        "en": "The settings cannot be used: {detail}",
    },
    "serve-stalled": {
        "id": "Pemeriksaan dihentikan setelah {seconds} detik dan prosesnya diganti; berkas tidak diperiksa",
        "en": "The check was stopped after {seconds} s and its process replaced; the file was not checked",
    },
    "serve-crashed": {
        "id": "Proses pemeriksa berhenti tak terduga ({detail}); berkas tidak diperiksa, mohon laporkan",
        "en": "The checking process stopped unexpectedly ({detail}); the file was not checked, please report it",
    },
    "serve-no-drawing": {
        "id": "sheet tidak dapat digambar ({detail}); temuan tetap tercantum di daftar",
        "en": "the sheet could not be drawn ({detail}); the findings are still listed",
    },
    "serve-no-annotated": {
        "id": "salinan bertanda tidak dapat dibuat ({detail})",
        "en": "no annotated copy could be made ({detail})",
    },
    "serve-result-title": {"id": "Hasil pemeriksaan", "en": "Check results"},
    "serve-downloads": {"id": "Unduh", "en": "Download"},
    "serve-download-annotated": {"id": "salinan bertanda {name}", "en": "annotated copy {name}"},
    "serve-download-report": {"id": "laporan {format}", "en": "{format} report"},
    "serve-column-map": {"id": "Peta kolom: kolom sheet dibaca sebagai", "en": "Column map: sheet columns read as"},
    "serve-col-sheet-column": {"id": "Kolom sheet", "en": "Sheet column"},
    "serve-col-read-as": {"id": "Dibaca sebagai kolom", "en": "Read as column"},
    "serve-col-label": {"id": "Rumus di baris nomor", "en": "Formula in the number row"},
    "serve-table": {"id": "tabel {range}, paket {pack}, {rows} baris", "en": "table {range}, pack {pack}, {rows} rows"},
    "serve-rows-omitted": {
        "id": "Baris {first}–{last} tidak digambar (batas tampilan {limit} baris); temuannya tetap ada di daftar.",
        "en": "Rows {first}–{last} are not drawn (display limit {limit} rows); their findings are still listed.",
    },
    "serve-cols-omitted": {
        "id": "Kolom setelah {letter} tidak digambar (batas tampilan {limit} kolom).",
        "en": "Columns after {letter} are not drawn (display limit {limit} columns).",
    },
    "serve-not-drawn": {"id": "di luar gambar sheet", "en": "not in the drawing"},
    "serve-source": {"id": "Dasar aturan", "en": "Regulation"},
    "serve-close": {"id": "Tutup", "en": "Close"},
    "serve-again": {"id": "Periksa berkas lain", "en": "Check other files"},
    "serve-language": {"id": "English", "en": "Bahasa Indonesia"},
    "serve-privacy": {
        "id": "Privasi: berkas Anda disimpan sementara hanya selama pemeriksaan lalu dihapus; "
              "hasilnya hanya dikirim ke peramban Anda.",
        "en": "Privacy: your files are stored only while they are checked, then deleted; "
              "the results go to your browser only.",
    },
    "serve-privacy-kept": {
        "id": "Perhatian: server ini menyimpan unggahan dan laporannya selama {days} hari (--keep-days).",
        "en": "Note: this server keeps uploads and their reports for {days} days (--keep-days).",
    },
    # writing reports, baselines, annotated copies (outputs.py)
    "output-no-folder": {
        "id": "{path}: tidak dapat ditulis: folder {folder} tidak ada",
        "en": "{path}: cannot be written: the folder {folder} does not exist",
    },
    "output-parent-not-folder": {
        "id": "{path}: tidak dapat ditulis: {folder} bukan folder",
        "en": "{path}: cannot be written: {folder} is not a folder",
    },
    "output-is-folder": {
        "id": "{path}: tidak dapat ditulis: ini folder, bukan berkas",
        "en": "{path}: cannot be written: it is a folder, not a file",
    },
    "output-unwritable": {
        "id": "{path}: tidak dapat ditulis ({detail})",
        "en": "{path}: cannot be written ({detail})",
    },
    "output-folder-readonly": {
        "id": "folder {folder} tidak boleh ditulisi",
        "en": "the folder {folder} is not writable",
    },
    # command line: help texts, headings, usage errors (cli.py, clitext.py)
    "cli-main": {
        "id": "Periksa: pemeriksa tabel Renja, Renstra dan LKjIP dalam Excel, sel demi sel.",
        "en": "Periksa: checks Renja, Renstra and LKjIP tables in Excel, cell by cell.",
    },
    "cli-check": {
        "id": "Periksa workbook (.xlsx, .xlsm, .xls, .ods, .csv) atau folder. Kode keluar: 0 bersih, "
              "1 ada galat, 2 tidak dapat diperiksa.",
        "en": "Check workbooks (.xlsx, .xlsm, .xls, .ods, .csv) or folders. Exit code: 0 clean, "
              "1 errors found, 2 could not check.",
    },
    "cli-rules": {"id": "Paket aturan: daftar, penjelasan, dokumentasi.", "en": "Rule packs: list, explain, document."},
    "cli-rules-list": {
        "id": "Daftar setiap aturan: id, tingkat, paket, sumber.",
        "en": "List every rule: id, severity, pack, source.",
    },
    "cli-rules-explain": {
        "id": "Jelaskan satu aturan: apa yang diperiksa, rumusnya, contohnya, sumbernya.",
        "en": "Describe one rule: what it checks, its formula, an example, its source.",
    },
    "cli-rules-docs": {
        "id": "Tulis satu halaman Markdown per paket aturan (docs/packs/).",
        "en": "Write one Markdown page per rule pack (docs/packs/).",
    },
    "cli-opt-lang": {
        "id": "Bahasa pesan, bantuan dan laporan (bawaan: id; juga PERIKSA_LANG).",
        "en": "Language of messages, help and reports (default: id; also PERIKSA_LANG).",
    },
    "cli-opt-format": {"id": "Format laporan (bawaan: terminal).", "en": "Report format (default: terminal)."},
    "cli-opt-output": {
        "id": "Tulis laporan --format ke PATH; FORMAT=PATH (dapat diulang) menulis format lain juga.",
        "en": "Write the --format report to PATH; FORMAT=PATH (repeatable) writes another format too.",
    },
    "cli-opt-rules": {
        "id": "Pakai paket aturan ini untuk setiap tabel yang ditemukan (id dari 'periksa rules list').",
        "en": "Use this rule pack for every table found (id from 'periksa rules list').",
    },
    "cli-opt-rules-dir": {"id": "Folder tambahan berisi paket aturan YAML.", "en": "Extra folder of YAML rule packs."},
    "cli-opt-fail-on": {
        "id": "Tingkat temuan terendah yang membuat kode keluar 1 (bawaan: error).",
        "en": "Lowest finding severity that makes the exit code 1 (default: error).",
    },
    "cli-opt-statistics": {
        "id": "Hitung temuan per aturan dalam ringkasan.",
        "en": "Count findings per rule in the summary.",
    },
    "cli-opt-no-color": {"id": "Keluaran polos tanpa warna.", "en": "Plain output without colours."},
    "cli-opt-config": {
        "id": "Konfigurasi proyek (bawaan: periksa.yaml yang ditemukan dari folder yang diperiksa ke atas).",
        "en": "Project configuration (default: periksa.yaml found from the checked folder upwards).",
    },
    "cli-opt-no-config": {
        "id": "Abaikan setiap periksa.yaml (untuk CI: aturan tidak dapat diubah oleh berkas di repositori).",
        "en": "Ignore any periksa.yaml (for CI: no file in the repository can change the rules).",
    },
    "cli-opt-time-limit": {
        "id": "Detik per berkas (0: tanpa batas; bawaan: 300); berkas yang melewatinya dilaporkan tidak diperiksa.",
        "en": "Seconds allowed per file (0: none; default: 300); a file over it is reported as not checked.",
    },
    "cli-opt-memory-limit": {
        "id": "Megabyte memori untuk proses pemeriksaan (0: tanpa batas, bawaan).",
        "en": "Megabytes of memory for the checking process(es) (0: no cap, the default).",
    },
    "cli-opt-max-cells": {
        "id": "Sel terbanyak yang boleh dimuat satu workbook (bawaan: {default}; juga max_cells di periksa.yaml).",
        "en": "Most cells one workbook may hold (default: {default}; also max_cells in periksa.yaml).",
    },
    "cli-opt-include": {
        "id": "Di dalam folder, periksa hanya berkas yang cocok dengan pola ini (dapat diulang).",
        "en": "In folders, check only files matching this glob (repeatable).",
    },
    "cli-opt-exclude": {
        "id": "Di dalam folder, lewati berkas yang cocok dengan pola ini (dapat diulang).",
        "en": "In folders, skip files matching this glob (repeatable).",
    },
    "cli-opt-jobs": {
        "id": "Periksa berkas dalam sekian proses (0: satu per CPU; bawaan: 1).",
        "en": "Check files in this many processes (0: one per CPU; default: 1).",
    },
    "cli-opt-password": {
        "id": "Kata sandi workbook terenkripsi (juga PERIKSA_PASSWORD); didekripsi di memori saja.",
        "en": "Password for encrypted workbooks (also PERIKSA_PASSWORD); decrypted in memory only.",
    },
    "cli-opt-baseline": {
        "id": "Sembunyikan temuan yang tercatat di berkas baseline ini; laporkan yang baru saja.",
        "en": "Hide findings recorded in this baseline file; report only new ones.",
    },
    "cli-opt-write-baseline": {
        "id": "Catat temuan saat ini di berkas baseline ini (lalu keluar 0 kecuali ada berkas gagal).",
        "en": "Record the current findings in this baseline file (then exit 0 unless a file failed).",
    },
    "cli-opt-with": {
        "id": "Workbook pembanding: tabelnya menjadi pasangan aturan antar tabel (Tabel 2.1 tahun lalu, "
              "T-C.31 di samping T-C.33, PK); tidak dilaporkan sendiri.",
        "en": "Companion workbook: its tables are counterparts for cross-table rules (last year's Tabel 2.1, "
              "the T-C.31 beside a T-C.33, the PK); not itself reported on.",
    },
    "cli-opt-explain-rows": {
        "id": "Tampilkan per baris tingkatnya, induknya, jenis baris ringkasan, dan aturan yang diterapkan atau "
              "dilewati beserta alasannya.",
        "en": "Show per row its level, parent, summary kind and the rules applied or skipped, and why.",
    },
    "cli-rules-keys": {
        "id": "Setiap kunci yang diterima paket aturan (atau periksa.yaml), dengan artinya dan contoh (Markdown).",
        "en": "Every key a pack (or periksa.yaml) accepts, with what it means and an example (Markdown).",
    },
    "cli-rules-keys-config": {"id": "Kunci periksa.yaml, bukan kunci paket.",
                              "en": "The keys of periksa.yaml instead of a pack's."},
    "cli-opt-columns": {
        "id": "Tampilkan hanya cara kolom setiap tabel dibaca (judul mana menjadi kolom mana).",
        "en": "Show only how each table's columns were read (which header became which column).",
    },
    "cli-serve": {
        "id": "Halaman web dan API JSON untuk memeriksa workbook (pip install 'periksa[serve]'; docs/serve.md).",
        "en": "The web page and JSON API for checking workbooks (pip install 'periksa[serve]'; docs/serve.md).",
    },
    "cli-serve-host": {"id": "Alamat yang didengarkan.", "en": "Address to listen on."},
    "cli-serve-port": {"id": "Port yang didengarkan.", "en": "Port to listen on."},
    "cli-serve-workers": {"id": "Jumlah proses pemeriksa (unggahan yang diperiksa bersamaan).",
                          "en": "Checking processes (uploads checked at the same time)."},
    "cli-serve-queue": {"id": "Unggahan yang boleh menunggu; selebihnya dijawab 503 (sibuk).",
                        "en": "Uploads that may wait for a checking process; more are answered 503 (busy)."},
    "cli-serve-max-upload": {"id": "Unggahan terbesar dalam MB (semua berkas); lebih besar dijawab 413.",
                             "en": "Largest upload in MB (all files together); larger ones are answered 413."},
    "cli-serve-keep-days": {"id": "Simpan unggahan dan laporannya sekian hari di --keep-dir (0: langsung dihapus).",
                            "en": "Keep uploads and their reports this many days in --keep-dir (0: delete at once)."},
    "cli-serve-keep-dir": {"id": "Folder simpanan untuk --keep-days.", "en": "Folder kept by --keep-days."},
    "cli-opt-annotate": {
        "id": "Tulis salinan workbook bertanda temuan (sebuah folder bila memeriksa beberapa berkas).",
        "en": "Write a marked-up copy of the workbook (a folder when checking several).",
    },
    "cli-help-option": {"id": "Tampilkan bantuan ini lalu keluar.", "en": "Show this message and exit."},
    "cli-version-option": {"id": "Tampilkan versi lalu keluar.", "en": "Show the version and exit."},
    "cli-usage": {"id": "Penggunaan:", "en": "Usage:"},
    "cli-options": {"id": "Opsi", "en": "Options"},
    "cli-options-metavar": {"id": "[OPSI]", "en": "[OPTIONS]"},
    "cli-command-metavar": {"id": "PERINTAH [ARGUMEN]...", "en": "COMMAND [ARGS]..."},
    "cli-commands": {"id": "Perintah", "en": "Commands"},
    "cli-help-hint": {"id": "lihat '{command} --help'", "en": "see '{command} --help'"},
    "cli-no-such-option": {"id": "opsi tidak dikenal: {option}", "en": "no such option: {option}"},
    "cli-no-such-command": {"id": "perintah tidak dikenal: '{name}'", "en": "no such command: '{name}'"},
    "cli-missing": {"id": "{name} wajib diberikan", "en": "{name} is required"},
    "cli-bad-value": {"id": "nilai tidak sah untuk {name}: {detail}", "en": "invalid value for {name}: {detail}"},
    "cli-bad-option": {"id": "opsi {option} dipakai dengan salah", "en": "option {option} used wrongly"},
    "cli-not-a-choice": {
        "id": "'{value}' bukan salah satu dari: {choices}",
        "en": "'{value}' is not one of: {choices}",
    },
    "cli-no-such-file": {"id": "'{path}' bukan berkas yang ada", "en": "'{path}' is not an existing file"},
    "cli-unknown-pack": {
        "id": "--rules {pack}: paket aturan tidak dikenal (yang dikenal: {known})",
        "en": "--rules {pack}: unknown rule pack (known: {known})",
    },
    "cli-unknown-rule": {
        "id": "aturan tidak dikenal '{rule}' (lihat 'periksa rules list')",
        "en": "unknown rule '{rule}' (see 'periksa rules list')",
    },
    "cli-builtin": {"id": "periksa (bawaan)", "en": "periksa (built-in)"},
    "cli-explain-check": {"id": "rumus", "en": "check"},
    "cli-explain-when": {"id": "bila", "en": "when"},
    "cli-explain-example": {"id": "contoh", "en": "example"},
    "cli-explain-source": {"id": "sumber", "en": "source"},
    "cli-explain-packs": {"id": "paket", "en": "packs"},
    "cli-pages-written": {"id": "{count} halaman paket di {folder}", "en": "{count} pack pages in {folder}"},
    # files Periksa reads besides workbooks: periksa.yaml, packs, baselines (inputs.py)
    "input-unreadable": {
        "id": "{path}: berkas tidak dapat dibaca ({detail})",
        "en": "{path}: file cannot be read ({detail})",
    },
    "input-too-large": {
        "id": "{path}: berkas terlalu besar untuk {kind} (batas {limit}); ditolak sebelum dibaca",
        "en": "{path}: file too large for {kind} (limit {limit}); refused before parsing",
    },
    "input-kind-config": {"id": "konfigurasi periksa.yaml", "en": "a periksa.yaml configuration"},
    "input-kind-pack": {"id": "paket aturan", "en": "a rule pack"},
    "input-kind-baseline": {"id": "baseline", "en": "a baseline"},
    "input-not-utf8": {
        "id": "{where}: bukan teks UTF-8 ({detail})",
        "en": "{where}: not UTF-8 text ({detail})",
    },
    "input-yaml-error": {"id": "{where}: galat YAML: {detail}", "en": "{where}: YAML error: {detail}"},
    "input-json-error": {"id": "{where}: galat JSON: {detail}", "en": "{where}: JSON error: {detail}"},
    "input-not-mapping": {
        "id": "{where}: bagian teratas berkas harus berupa pemetaan (kunci: nilai)",
        "en": "{where}: expected a mapping (key: value) at the top of the file",
    },
    "input-too-deep": {
        "id": "{where}: bersarang terlalu dalam (lebih dari {limit} tingkat); ditolak",
        "en": "{where}: nested too deeply (more than {limit} levels); refused",
    },
    "input-yaml-aliases": {
        "id": "{where}: terlalu banyak alias YAML (*nama; batas {limit}); ditolak",
        "en": "{where}: too many YAML aliases (*name; limit {limit}); refused",
    },
    "input-yaml-expanded": {
        "id": "{where}: alias YAML mengembang menjadi lebih dari {limit} nilai; ditolak (kemungkinan 'alias bomb')",
        "en": "{where}: YAML aliases expand to more than {limit} values; refused (possibly an alias bomb)",
    },
    "baseline-not-baseline": {
        "id": "{path}: bukan berkas {schema} versi {version}",
        "en": "{path}: not a {schema} file, version {version}",
    },
    "config-unknown": {
        "id": "{path}: {field}: '{name}' tidak dikenal (yang dikenal: {known})",
        "en": "{path}: {field}: unknown '{name}' (known: {known})",
    },
    "input-yaml-recursive": {
        "id": "{where}: alias YAML merujuk ke dirinya sendiri; ditolak",
        "en": "{where}: a YAML alias refers to itself; refused",
    },
}


def t(key: str, lang: str | None = None, **params: object) -> str:
    entry = CATALOGUE[key]
    return entry.get(lang or _SPOKEN[-1], entry[DEFAULT_LANG]).format(**params)


def spoken() -> str:
    return _SPOKEN[-1]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak ``lang`` wherever a sentence is made without naming its language."""
    _SPOKEN.append(lang if lang in LANGS else DEFAULT_LANG)
    try:
        yield
    finally:
        _SPOKEN.pop()


def number(value: object, lang: str = DEFAULT_LANG) -> str:
    """Numbers as the reader writes them: 1.129.974.820,5 in Indonesian."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
