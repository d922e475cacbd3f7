"""Reports, baselines, annotated copies and pack pages are written atomically: a destination that
cannot be written is one line and exit 2 before any checking, and a write that fails leaves the
old file as it was and no temporary file behind."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from clirun import periksa as cli

from validator import outputs
from validator.outputs import OutputError

SAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"



@pytest.fixture
def book(tmp_path: Path) -> Path:
    return Path(shutil.copy(SAMPLE, tmp_path / "tabel.xlsx"))


@pytest.mark.parametrize("args", [
    ("--format", "json", "-o", "missing/dir/r.json"),
    ("-o", "missing/dir/r.txt"),
    ("-o", "sarif=missing/r.sarif"),
    ("--write-baseline", "missing/baseline.json"),
    ("--annotate", "missing/temuan.xlsx"),
], ids=["json", "terminal", "named", "baseline", "annotate"])
def test_missing_destination_folder(tmp_path: Path, book: Path, args: tuple[str, ...],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = cli("check", str(book), *args)
    assert code == 2 and out.count("\n") == 1
    assert out.startswith("periksa: missing/") and "tidak dapat ditulis: folder missing" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tabel.xlsx"]


def test_missing_destination_in_english(tmp_path: Path, book: Path) -> None:
    code, out = cli("check", str(book), "--format", "json", "-o", str(tmp_path / "no" / "r.json"), "--lang", "en")
    assert code == 2
    assert out == f"periksa: {tmp_path / 'no' / 'r.json'}: cannot be written: the folder {tmp_path / 'no'} " \
                  "does not exist\n"


def test_destination_that_is_a_folder(tmp_path: Path, book: Path) -> None:
    (tmp_path / "r.json").mkdir()
    code, out = cli("check", str(book), "--format", "json", "-o", str(tmp_path / "r.json"))
    assert code == 2 and out == f"periksa: {tmp_path / 'r.json'}: tidak dapat ditulis: ini folder, bukan berkas\n"


def test_destination_under_a_file(tmp_path: Path, book: Path) -> None:
    """Unwritable for root too: the folder named is a file."""
    code, out = cli("check", str(book), "--write-baseline", str(book / "baseline.json"))
    assert code == 2 and out == f"periksa: {book / 'baseline.json'}: tidak dapat ditulis: {book} bukan folder\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_destination_folder(tmp_path: Path, book: Path) -> None:
    locked = tmp_path / "terkunci"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, out = cli("check", str(book), "--format", "json", "-o", str(locked / "r.json"))
    finally:
        locked.chmod(0o755)
    assert code == 2 and out.count("\n") == 1 and "tidak boleh ditulisi" in out
    assert list(locked.iterdir()) == []


def test_report_written_whole(tmp_path: Path, book: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("laporan lama", encoding="utf-8")
    target.chmod(0o640)
    code, _ = cli("check", str(book), "--format", "json", "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions, not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "tabel.xlsx"]


def test_new_file_gets_the_umask_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        outputs.write(tmp_path / "baru.txt", "isi")
    finally:
        os.umask(umask)
    assert (tmp_path / "baru.txt").stat().st_mode & 0o777 == 0o644


def test_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The rename is the only step that touches the destination: when writing fails before it, the
    old report stays whole and the temporary file is removed."""
    target = tmp_path / "r.json"
    target.write_text('{"lama": true}', encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as failed:
        outputs.write(target, '{"baru": true}')
    assert str(failed.value) == f"{target}: tidak dapat ditulis (No space left on device)"
    assert target.read_text(encoding="utf-8") == '{"lama": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_interrupted_by_a_signal_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        outputs.write(tmp_path / "r.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_rules_docs_into_an_unusable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    code, out = cli("rules", "docs", str(blocker / "packs"))
    assert code == 2 and out.count("\n") == 1 and out.startswith(f"periksa: {blocker / 'packs'}: tidak dapat ditulis")


def test_rules_docs_writes_every_page(tmp_path: Path) -> None:
    code, out = cli("rules", "docs", str(tmp_path / "packs"), )
    pages = sorted(p.name for p in (tmp_path / "packs").iterdir())
    assert code == 0 and out == f"{len(pages) - 1} halaman paket di {tmp_path / 'packs'}\n"
    assert "README.md" in pages and "renja-tc29-17-86-2017.md" in pages


def test_folder_without_write_permission(tmp_path: Path, book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder looks like to a user who is not root (os.access says no)."""
    monkeypatch.setattr(outputs, "_writable", lambda folder: False)
    code, out = cli("check", str(book), "--format", "json", "-o", str(tmp_path / "r.json"), "--lang", "en")
    assert code == 2
    assert out == f"periksa: {tmp_path / 'r.json'}: cannot be written (the folder {tmp_path} is not writable)\n"
    assert not (tmp_path / "r.json").exists()
