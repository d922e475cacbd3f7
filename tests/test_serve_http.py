"""``periksa serve`` over HTTP (Starlette's TestClient): every endpoint and every refusal.

The sample's errors are compared with its ``.known-errors.yaml``, computed
independently when it was transcribed, so the page is held to the same truth
as the CLI.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from threading import Thread

import pytest
import yaml

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")
pytest.importorskip("httpx2", reason="the test extra is not installed (pip install '.[test]')")

from click.testing import CliRunner
from openpyxl import load_workbook
from serve_helpers import CLEAN, ERRORS, SAMPLE, misbehave, zip_bomb
from starlette.testclient import TestClient

from validator.check import SUFFIXES
from validator.cli import main
from validator.serve import Settings, create_app
from validator.serve.uploads import Counted, TooLarge, display_name, prune, safe_suffix

KNOWN = yaml.safe_load(SAMPLE.with_name("renja-2023-tabel-2.1.known-errors.yaml").read_text(encoding="utf-8"))
ERROR_CELLS = {entry["cell"] for entry in KNOWN["errors"] if entry.get("severity", "error") == "error"}


class Page(HTMLParser):
    """Every element's attributes by id, and the text inside each element with an id."""

    VOID = frozenset({"input", "link", "meta", "br", "img", "hr"})

    def __init__(self, text: str) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str]] = {}
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, str] = {}
        self._open: list[tuple[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        self.elements.append((tag, values))
        if "id" in values:
            self.by_id[values["id"]] = values
            self.text[values["id"]] = ""
        if tag not in self.VOID:
            self._open.append((tag, values.get("id", "")))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, ident in self._open:
            if ident:
                self.text[ident] += data

    def cells(self, severity: str) -> dict[str, dict[str, str]]:
        """Drawn cells marked with ``severity``, by their A1 reference."""
        return {ident.rsplit("-", 1)[1]: attrs for tag, attrs in self.elements if tag == "td"
                for ident in [attrs.get("id", "")] if f"sev-{severity}" in attrs.get("class", "").split()}


def upload(*paths: Path, name: str | None = None) -> list[tuple[str, tuple[str, bytes]]]:
    return [("berkas", (name or path.name, path.read_bytes())) for path in paths]


@pytest.fixture(scope="module")
def temp_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("unggahan")


@pytest.fixture(scope="module")
def client(temp_base: Path) -> Iterator[TestClient]:
    settings = Settings(workers=1, queue=2, max_upload_mb=1, temp_dir=temp_base)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def assert_nothing_kept(base: Path) -> None:
    assert list(base.iterdir()) == [], "an upload stayed on the server"


# pages and headers


def test_upload_page_in_both_languages_with_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"
    parsed = Page(page.text)
    assert parsed.by_id["unggah"]["action"] == "periksa?lang=id"
    assert parsed.by_id["berkas"]["accept"] == ",".join(SUFFIXES)  # every format the CLI reads
    assert "<script>" not in page.text and "style=" not in page.text, "inline script or style breaks the CSP"
    assert parsed.text["tombol-periksa"] == "Periksa"
    english = Page(client.get("/?lang=en").text)
    assert english.text["tombol-periksa"] == "Check" and english.text["ganti-bahasa"] == "Bahasa Indonesia"
    assert client.get("/static/periksa.js").headers["content-type"].startswith("text/javascript")


def test_health(client: TestClient) -> None:
    answer = client.get("/api/sehat")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "version": answer.json()["version"], "workers": 1, "busy": 0,
                             "waiting": 0, "queue": 2}


# the check itself


def test_api_returns_the_versioned_json_report(client: TestClient, temp_base: Path) -> None:
    answer = client.post("/api/periksa", files=upload(SAMPLE))
    assert answer.status_code == 200 and answer.headers["x-periksa-exit-code"] == "1"
    report = answer.json()
    assert report["schema"] == "periksa-report" and report["schema_version"] == "1.0"
    assert report["summary"]["error"] == ERRORS
    (entry,) = report["files"]
    assert entry["path"] == SAMPLE.name
    errors = {f["cell"]: f for f in entry["findings"] if f["severity"] == "error"}
    assert set(errors) == ERROR_CELLS
    assert (errors["U81"]["rule"], errors["U81"]["actual"], errors["U81"]["expected"]) == ("TC29-13K", 1, 1500)
    assert_nothing_kept(temp_base)


def test_api_in_english_and_as_sarif(client: TestClient) -> None:
    english = client.post("/api/periksa?lang=en", files=upload(SAMPLE)).json()
    u81 = next(f for f in english["files"][0]["findings"] if f["cell"] == "U81")
    assert u81["message"].startswith("states 1, expected 1,500")
    sarif = client.post("/api/periksa?format=sarif", files=upload(SAMPLE))
    assert sarif.headers["content-type"].startswith("application/sarif+json")
    results = json.loads(sarif.text)["runs"][0]["results"]
    assert sum(1 for r in results if r["level"] == "error") == ERRORS
    unknown = client.post("/api/periksa?format=pdf", files=upload(SAMPLE))
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "unknown-format"


def test_result_page_draws_the_sheet_with_the_errors_on_their_cells(client: TestClient) -> None:
    answer = client.post("/periksa", files=upload(SAMPLE))
    assert answer.status_code == 200 and answer.headers["cache-control"] == "no-store"
    page = Page(answer.text)
    assert page.text["ringkasan"].startswith(f"1 berkas, 1 tabel, 84 baris diperiksa: {ERRORS} galat")
    marked = page.cells("error")
    assert set(marked) == ERROR_CELLS
    u81 = marked["U81"]
    assert page.text[u81["id"]] == "1,00"  # as written: 1 in a 0.00 format
    assert "TC29-13K: tertulis 1, seharusnya 1.500" in u81["title"]
    (finding,) = [attrs for attrs in page.by_id.values() if attrs.get("data-target") == u81["id"]]
    assert finding["data-rule"] == "TC29-13K" and finding["data-severity"] == "error"
    assert "Permendagri 86/2017 T-C.29 kolom 13" in page.text[finding["id"]]
    assert set(page.cells("warning")) >= {"AB81", "U82"}
    assert page.text[page.cells("warning")["AB81"]["id"]] == "1%"


def test_result_page_merges_header_cells_and_shows_the_column_map(client: TestClient) -> None:
    page = Page(client.post("/periksa", files=upload(SAMPLE)).text)
    cells = {ident.rsplit("-", 1)[1]: attrs for ident, attrs in page.by_id.items() if ident.startswith("b0-s0-")}
    assert cells["B5"]["rowspan"] == "3"  # B5:B7 "Kode"
    assert cells["W5"]["rowspan"] == "2" and cells["W5"]["colspan"] == "2"
    assert "B6" not in cells and "X5" not in cells, "cells covered by a merge are not drawn"
    assert page.text[cells["E9"]["id"]] == "76,52 persen"  # text as typed
    assert page.text[cells["F9"]["id"]] == "68.119.760.052"  # #,##0
    headers = [attrs.get("title", "") for tag, attrs in page.elements
               if tag == "th" and "huruf" in attrs.get("class", "")]
    assert headers[20] == "Dibaca sebagai kolom 13.K"  # column U


def test_result_page_downloads_are_the_real_reports(client: TestClient) -> None:
    page = Page(client.post("/periksa", files=upload(SAMPLE)).text)
    annotated = base64.b64decode(page.text["data-b0"])
    book = load_workbook(io.BytesIO(annotated))
    assert book["Tabel 2.1"]["U81"].fill.fgColor.rgb.endswith("FFC7CE")
    assert page.by_id["unduh-b0"]["data-name"] == "renja-2023-tabel-2.1-temuan.xlsx"
    report = json.loads(base64.b64decode(page.text["data-json"]))
    assert report["summary"]["error"] == ERRORS and report["files"][0]["path"] == SAMPLE.name
    assert "Laporan Periksa" in base64.b64decode(page.text["data-html"]).decode()
    assert json.loads(base64.b64decode(page.text["data-sarif"]))["version"] == "2.1.0"


def test_several_files_and_a_clean_one(client: TestClient) -> None:
    report = client.post("/api/periksa", files=upload(SAMPLE, CLEAN)).json()
    assert [f["path"] for f in report["files"]] == [SAMPLE.name, CLEAN.name]
    assert report["files"][1]["counts"]["error"] == 0 and report["files"][1]["status"] == "ok"
    page = Page(client.post("/periksa?lang=en", files=upload(CLEAN)).text)
    assert page.text["ringkasan"] == "1 files, 1 tables, 87 rows checked: 0 errors, 0 warnings"
    assert "✓ no findings" in page.text["berkas-b0"] and not page.cells("error")


# refusals


def test_too_large_by_content_length(client: TestClient, temp_base: Path) -> None:
    body = b"x" * (1024 * 1024 + 1)
    answer = client.post("/api/periksa", content=body, headers={"content-type": "multipart/form-data; boundary=b"})
    assert answer.status_code == 413
    assert answer.json()["error"] == {"code": "upload-too-large",
                                      "message": "Unggahan terlalu besar: batasnya 1 MB sekali unggah"}
    page = client.post("/periksa?lang=en", files=[("berkas", ("besar.xlsx", body))])
    assert page.status_code == 413
    assert Page(page.text).text["masalah"] == "Upload too large: the limit is 1 MB per upload"
    assert_nothing_kept(temp_base)


def test_too_large_while_streaming_without_content_length(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"--b\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"a.xlsx\"\r\n\r\n"
        for _ in range(3):
            yield b"x" * (512 * 1024)

    answer = client.post("/api/periksa", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
    assert "content-length" not in answer.request.headers
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "upload-too-large"


def test_counting_stops_reading_at_the_limit() -> None:
    pulled = []

    async def receive() -> dict:
        pulled.append(1)
        return {"type": "http.request", "body": b"x" * 400, "more_body": True}

    async def read_all() -> None:
        counted = Counted(receive, 1000)
        while True:
            await counted()

    with pytest.raises(TooLarge):
        asyncio.run(read_all())
    assert len(pulled) == 3  # 1,200 bytes read of a body that never ends


def test_unsupported_file_type(client: TestClient) -> None:
    answer = client.post("/api/periksa", files=[("berkas", ("laporan.pdf", b"%PDF-1.4"))])
    assert answer.status_code == 415
    assert answer.json()["error"]["message"].startswith("laporan.pdf: jenis berkas tidak didukung")
    none = client.post("/api/periksa", files=[("lain", ("a.txt", b"x"))])
    assert none.status_code == 400 and none.json()["error"]["code"] == "no-files"


def test_broken_and_hostile_files_are_reported_not_crashed(client: TestClient, temp_base: Path) -> None:
    truncated = SAMPLE.read_bytes()[:5000]
    files = [("berkas", ("rusak.xlsx", truncated)), ("berkas", ("bom.xlsx", zip_bomb())),
             ("berkas", ("baik.xlsx", CLEAN.read_bytes()))]
    answer = client.post("/api/periksa", files=files)
    assert answer.status_code == 200 and answer.headers["x-periksa-exit-code"] == "2"
    broken, bomb, good = answer.json()["files"]
    assert broken["status"] == "error" and broken["error"].startswith("rusak.xlsx: ")
    assert bomb["status"] == "error" and "zip bomb" in bomb["error"] and bomb["error"].startswith("bom.xlsx: ")
    assert good["status"] == "ok" and good["counts"]["error"] == 0
    assert str(temp_base) not in answer.text, "the server's path leaked into the report"
    assert_nothing_kept(temp_base)


def test_client_paths_never_reach_the_disk(client: TestClient) -> None:
    answer = client.post("/api/periksa", files=upload(SAMPLE, name="../../etc/cron.d/x.XLSX"))
    assert answer.json()["files"][0]["path"] == "x.XLSX"
    assert display_name("C:\\Users\\dinas\\Renja 2023.xlsx", 1) == "Renja 2023.xlsx"
    assert display_name("\x00\x1b", 2) == "berkas-2"
    assert safe_suffix("a.xlsx") == ".xlsx" and safe_suffix("a.x;rm -rf") == "" and safe_suffix("noext") == ""


def test_project_settings_upload(client: TestClient) -> None:
    config = ("konfigurasi", ("periksa.yaml", b"disable: [TC29-13K]\n"))
    report = client.post("/api/periksa", files=[*upload(SAMPLE), config]).json()
    cells = {f["cell"] for f in report["files"][0]["findings"] if f["severity"] == "error"}
    assert cells == ERROR_CELLS - {"U81"}
    escape = ("konfigurasi", ("periksa.yaml", b"rules_dirs: [/etc]\n"))
    refused = client.post("/api/periksa", files=[*upload(SAMPLE), escape])
    assert refused.status_code == 400 and "rules_dirs" in refused.json()["error"]["message"]
    broken = client.post("/api/periksa", files=[*upload(SAMPLE), ("konfigurasi", ("p.yaml", b"scale: [\n"))])
    assert broken.status_code == 400 and "periksa.yaml:" in broken.json()["error"]["message"]
    unknown = client.post("/api/periksa", files=upload(SAMPLE), data={"skala": "tidak-ada"})
    assert unknown.status_code == 400 and "tidak-ada" in unknown.json()["error"]["message"]


def test_scale_choice_changes_predikat(client: TestClient) -> None:
    default = client.post("/api/periksa", files=upload(CLEAN)).json()
    other = client.post("/api/periksa", files=upload(CLEAN), data={"skala": "baik-kurang"}).json()
    assert default["summary"]["error"] == 0
    assert {f["rule"] for f in other["files"][0]["findings"]} & {"TC29-PREDIKAT-13K", "TC29-PREDIKAT-15K"}


# time limits, the pool, the queue


def test_per_file_time_limit(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(workers=1, time_limit=1e-6, temp_dir=tmp_path))) as slow:
        entry = slow.post("/api/periksa", files=upload(SAMPLE)).json()["files"][0]
    assert entry["status"] == "error"
    assert entry["error"].startswith(f"{SAMPLE.name}: pemeriksaan dihentikan setelah 1e-06 detik")


@pytest.fixture
def tricky(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    settings = Settings(workers=1, queue=0, time_limit=0.2, grace=1, temp_dir=tmp_path)
    with TestClient(create_app(settings, run=misbehave)) as test_client:
        yield test_client, tmp_path


def test_stuck_worker_is_killed_and_replaced(tricky: tuple[TestClient, Path]) -> None:
    client, base = tricky
    stuck = client.post("/api/periksa", files=upload(SAMPLE, name="macet.xlsx"))
    assert stuck.status_code == 500 and stuck.json()["error"]["code"] == "stalled"
    dead = client.post("/api/periksa", files=upload(SAMPLE, name="mati.xlsx"))
    assert dead.status_code == 500 and dead.json()["error"]["code"] == "crashed"
    after = client.post("/api/periksa", files=upload(SAMPLE))
    assert after.status_code == 200 and after.json()["summary"]["error"] == ERRORS
    assert client.app.state.periksa.pool.replaced == 2
    assert_nothing_kept(base)


def test_busy_server_answers_503_at_once(tricky: tuple[TestClient, Path]) -> None:
    client, base = tricky
    first: list = []
    waiting = Thread(target=lambda: first.append(client.post("/api/periksa", files=upload(SAMPLE, name="tunggu.xlsx"))))
    waiting.start()
    deadline = time.monotonic() + 30
    while client.get("/api/sehat").json()["busy"] == 0:
        assert time.monotonic() < deadline, "the first upload never reached a worker"
        time.sleep(0.02)
    busy = client.post("/api/periksa", files=upload(SAMPLE))
    assert busy.status_code == 503 and busy.headers["retry-after"] == "10"
    assert busy.json()["error"]["message"].startswith("Server sedang sibuk")
    (base / "lepas").touch()
    waiting.join(60)
    assert first[0].status_code == 200 and first[0].json()["summary"]["error"] == ERRORS
    (base / "lepas").unlink()
    assert_nothing_kept(base)


def test_keep_days_keeps_uploads_and_prunes_old_ones(tmp_path: Path) -> None:
    keep = tmp_path / "simpan"
    settings = Settings(workers=1, keep_days=2, keep_dir=keep, temp_dir=tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    with TestClient(create_app(settings)) as kept:
        assert "menyimpan unggahan dan laporannya selama 2 hari" in kept.get("/").text
        kept.post("/api/periksa", files=upload(SAMPLE, name="../rahasia.xlsx"))
    (folder,) = keep.iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["berkas-1.xlsx", "laporan.json"]
    assert json.loads((folder / "laporan.json").read_text())["files"][0]["path"] == "rahasia.xlsx"
    old = time.time() - 3 * 86400
    os.utime(folder, (old, old))
    assert prune(keep, 2) == 1 and list(keep.iterdir()) == []


def test_serve_without_the_extra_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "validator.serve", None)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "periksa: perintah serve membutuhkan paket tambahan: pip install 'periksa[serve]' (validator.serve)"]
