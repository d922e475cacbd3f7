"""One language at a time: --lang (or PERIKSA_LANG) governs help, usage errors, CLI errors and
reports; Indonesian by default. Help texts come from the catalogue, both languages complete."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import click
import pytest
from clirun import periksa

from validator import messages
from validator.cli import main
from validator.clitext import language

SAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
COMMANDS = [["--help"], ["check", "--help"], ["rules", "--help"], ["rules", "list", "--help"],
            ["rules", "explain", "--help"], ["rules", "docs", "--help"]]
#: words that only one of the two languages uses in help and errors
INDONESIAN = re.compile(r"\b(Penggunaan|Opsi|Perintah|bawaan|berkas|aturan|Tampilkan|lihat|tidak)\b")
ENGLISH = re.compile(r"\b(Usage|Options|Commands|default|Show|the|see|unknown|file)\b")


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    return periksa(*args, env=env)


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_help_is_indonesian_by_default(args: list[str]) -> None:
    code, out = run(args, env={"PERIKSA_LANG": ""})
    assert code == 0 and out.startswith("Penggunaan: periksa")
    assert ENGLISH.search(out) is None, ENGLISH.search(out)


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
@pytest.mark.parametrize("how", ["option", "environment"])
def test_help_in_english(args: list[str], how: str) -> None:
    if how == "option":
        code, out = run([*args, "--lang", "en"])
    else:
        code, out = run(args, env={"PERIKSA_LANG": "en"})
    assert code == 0 and out.startswith("Usage: periksa")
    assert INDONESIAN.search(out) is None, INDONESIAN.search(out)


def test_check_help_says_each_option_in_the_chosen_language() -> None:
    indonesian = run(["check", "--help"])[1]
    english = run(["check", "--help", "--lang", "en"])[1]
    assert "Abaikan setiap periksa.yaml" in indonesian and "Ignore any periksa.yaml" in english
    assert "Sel terbanyak yang boleh dimuat satu workbook (bawaan: 5000000" in " ".join(indonesian.split())


def test_every_option_has_help_in_both_languages() -> None:
    def commands(command: click.Command) -> list[click.Command]:
        inner = [c for sub in getattr(command, "commands", {}).values() for c in commands(sub)]
        return [command, *inner]

    for command in commands(main):
        keys = [command._help_key] + [p._help_key for p in command.params if isinstance(p, click.Option)]  # type: ignore[attr-defined]
        for key in keys:
            assert key in messages.CATALOGUE, (command.name, key)
            assert set(messages.CATALOGUE[key]) == set(messages.LANGS), key


@pytest.mark.parametrize(("args", "indonesian", "english"), [
    (["check", "{book}", "--rules", "nope"], "--rules nope: paket aturan tidak dikenal (yang dikenal: ",
     "--rules nope: unknown rule pack (known: "),
    (["rules", "explain", "NOPE-1"], "aturan tidak dikenal 'NOPE-1'", "unknown rule 'NOPE-1'"),
    (["check", "--bogus", "{book}"], "opsi tidak dikenal: --bogus (lihat 'periksa check --help')",
     "no such option: --bogus (see 'periksa check --help')"),
    (["check"], "'PATHS...' wajib diberikan", "'PATHS...' is required"),
    (["check", "{book}", "--format", "pdf"], "nilai tidak sah untuk '--format': 'pdf' bukan salah satu dari: "
     "terminal, json", "invalid value for '--format': 'pdf' is not one of: terminal, json"),
    (["check", "{book}", "--config", "tidak-ada.yaml"], "'tidak-ada.yaml' bukan berkas yang ada",
     "'tidak-ada.yaml' is not an existing file"),
    (["periksa-apa"], "perintah tidak dikenal: 'periksa-apa'", None),
])
def test_cli_errors_in_one_language(tmp_path: Path, args: list[str], indonesian: str, english: str | None) -> None:
    book = shutil.copy(SAMPLE, tmp_path / "tabel.xlsx")
    args = [a.replace("{book}", str(book)) for a in args]
    code, out = run(args)
    assert code == 2 and out.count("\n") == 1 and out.startswith("periksa: ") and indonesian in out, out
    if english is not None:
        code, out = run([*args, "--lang", "en"])
        assert code == 2 and out.count("\n") == 1 and english in out, out


def test_report_follows_periksa_lang(tmp_path: Path) -> None:
    book = shutil.copy(SAMPLE, tmp_path / "tabel.xlsx")
    assert "no findings" in run(["check", str(book)], env={"PERIKSA_LANG": "en"})[1]
    assert "tidak ada temuan" in run(["check", str(book)], env={"PERIKSA_LANG": ""})[1]
    assert "tidak ada temuan" in run(["check", str(book), "--lang", "id"], env={"PERIKSA_LANG": "en"})[1]


@pytest.mark.parametrize(("args", "environ", "expected"), [
    ([], {}, "id"), (["--lang", "en"], {}, "en"), (["--lang=en"], {}, "en"), ([], {"PERIKSA_LANG": "en"}, "en"),
    (["--lang", "id"], {"PERIKSA_LANG": "en"}, "id"), (["--lang", "fr"], {}, "id"), (["--", "--lang", "en"], {}, "id"),
])
def test_language_is_settled_before_parsing(args: list[str], environ: dict[str, str], expected: str) -> None:
    assert language(args, environ) == expected
