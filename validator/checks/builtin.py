"""Checks that belong to the mechanism, not to a table family: unreadable cells and
the formulas behind values. Listed here so that `periksa rules list/explain` and
`periksa.yaml` (severity, disable) can name them like any pack rule."""

from __future__ import annotations

from dataclasses import dataclass

from validator.model import Severity


@dataclass(frozen=True)
class Builtin:
    id: str
    severity: Severity
    description: dict[str, str]


def _rule(rule_id: str, severity: Severity, id_text: str, en_text: str) -> Builtin:
    return Builtin(rule_id, severity, {"id": id_text, "en": en_text})


BUILTIN = {b.id: b for b in [
    _rule("PRK-ANGKA-TIDAK-SAH", Severity.ERROR,
          "Sel yang dibaca aturan berisi angka yang tidak sah (mis. 2.036.000.00).",
          "A cell a rule reads holds a malformed number (e.g. 2.036.000.00)."),
    _rule("PRK-ANGKA-AMBIGU", Severity.WARNING, "Angka dapat dibaca sebagai ribuan atau desimal (mis. 6.759).",
          "A number reads as thousands or as a decimal (e.g. 6.759)."),
    _rule("PRK-GALAT-EXCEL", Severity.ERROR, "Sel berisi galat Excel (#DIV/0!, #REF!, #VALUE!, #N/A ...).",
          "A cell holds an Excel error value (#DIV/0!, #REF!, #VALUE!, #N/A ...)."),
    _rule("PRK-RUMUS-TIDAK-DIHITUNG", Severity.WARNING,
          "Rumus tanpa nilai tersimpan yang tidak dapat dihitung (melingkar, merujuk berkas lain, fungsi asing).",
          "A formula without a cached value that cannot be computed (circular, external, unknown function)."),
    _rule("PRK-RUMUS-BASI", Severity.ERROR,
          "Nilai tersimpan sel rumus berbeda dari hasil rumusnya (berkas tidak dihitung ulang, atau nilai ditempel).",
          "A formula cell's cached value differs from what its formula computes (not recalculated, or pasted over)."),
    _rule("PRK-RUMUS-REFERENSI", Severity.WARNING,
          "Rumus kolom turunan merujuk kolom yang tidak dipakai aturannya (mis. 13 = 12/5, bukan 12/7).",
          "A derived column's formula refers to columns its rule does not use (e.g. 13 = 12/5 instead of 12/7)."),
    _rule("PRK-RUMUS-POLA", Severity.WARNING, "Rumus berbeda bentuk dari rumus sel lain di kolom yang sama.",
          "A formula whose shape differs from the other formulas in its column."),
    _rule("PRK-RUMUS-KETIK", Severity.WARNING, "Nilai diketik di kolom yang baris sejenisnya berisi rumus.",
          "A typed value in a column whose rows of the same kind hold formulas."),
    _rule("PRK-RUMUS-VOLATIL", Severity.WARNING, "Rumus memakai fungsi volatil (NOW, TODAY, RAND, OFFSET, INDIRECT).",
          "A formula uses a volatile function (NOW, TODAY, RAND, OFFSET, INDIRECT)."),
    _rule("PRK-RUMUS-EKSTERNAL", Severity.WARNING, "Rumus merujuk workbook lain.",
          "A formula refers to another workbook."),
    _rule("PRK-LABEL-RUMUS", Severity.WARNING,
          "Rumus tercetak di baris nomor kolom berbeda dari aturan paket; disebutkan mana yang diikuti data.",
          "The formula printed in the column-number row differs from the pack's rule; says which the data follow."),
    _rule("PRK-INTERNAL", Severity.ERROR, "Aturan gagal dijalankan (galat internal Periksa).",
          "A rule failed to run (Periksa internal error)."),
]}
