"""A bounded load test of ``periksa serve`` on loopback, and the upload limit on a real socket.

Twenty uploads of the sample workbooks at once, a zip bomb among them: every
answer must equal what the Python API says of that workbook, and the
server's memory (its own and its workers', measured as RSS) must stay
bounded. Bounded in count (21 requests) and time (each request 60 s at most).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")
pytest.importorskip("psutil", reason="psutil is not installed (pip install '.[test]')")

import httpx2
import psutil
from serve_helpers import ERRORS, ROOT, running_server, zip_bomb

from validator.check import Options, check
from validator.model import Severity

SAMPLES = sorted(p for p in (ROOT / "workbooks").glob("*.xlsx"))
UPLOADS = 20
MAX_MB = 5


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    with running_server("--workers", "2", "--queue", str(UPLOADS + 2), "--max-upload-mb", str(MAX_MB),
                        "--memory-limit", "1536") as (base, process):
        yield base, process.pid


def expected(path: Path) -> tuple[str, set[tuple[str, str, str]]]:
    """What the Python API says of one workbook: status and (cell, rule, severity) of each finding."""
    (result,) = check([path], Options(discover_config=False)).files
    return result.status, {(f.cell.a1, f.rule, f.severity.value) for f in result.findings}


def rss(pid: int) -> tuple[int, int]:
    """RSS in MiB of the server process and of its workers together."""
    process = psutil.Process(pid)
    workers = sum(child.memory_info().rss for child in process.children(recursive=True))
    return process.memory_info().rss // 2**20, workers // 2**20


def test_twenty_concurrent_uploads_and_a_zip_bomb(server: tuple[str, int]) -> None:
    base, pid = server
    truth = {path.name: expected(path) for path in SAMPLES}
    jobs = [(SAMPLES[i % len(SAMPLES)].name, SAMPLES[i % len(SAMPLES)].read_bytes()) for i in range(UPLOADS)]
    jobs.insert(UPLOADS // 2, ("bom.xlsx", zip_bomb()))
    before, _ = rss(pid)
    peaks = [(0, 0)]
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            try:
                peaks.append(rss(pid))
            except psutil.Error:
                return

    def send(job: tuple[str, bytes]) -> httpx2.Response:
        return httpx2.post(f"{base}/api/periksa", files=[("berkas", job)], timeout=60)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with ThreadPoolExecutor(len(jobs)) as senders:
            answers = list(senders.map(send, jobs))
    finally:
        done.set()
        watcher.join()
    after, _ = rss(pid)

    assert [a.status_code for a in answers] == [200] * len(jobs)
    for (name, _), answer in zip(jobs, answers, strict=True):
        (entry,) = answer.json()["files"]
        assert entry["path"] == name
        if name == "bom.xlsx":
            assert entry["status"] == "error" and "zip bomb" in entry["error"]
            continue
        status, findings = truth[name]
        assert entry["status"] == status
        assert {(f["cell"], f["rule"], f["severity"]) for f in entry["findings"]} == findings, name
    sample = [a.json()["summary"][Severity.ERROR.value] for (name, _), a in zip(jobs, answers, strict=True)
              if name == "renja-2023-tabel-2.1.xlsx"]
    assert sample and set(sample) == {ERRORS}
    server_peak = max(p[0] for p in peaks)
    workers_peak = max(p[1] for p in peaks)
    print(f"\nRSS MiB: server {before} -> {after} (peak {server_peak}); workers peak {workers_peak} (2 workers)")
    assert after - before < 100, "the server process grew by 100 MiB over 21 uploads"
    assert server_peak < 400 and workers_peak < 2 * 600


def read_response(conn: socket.socket) -> bytes:
    """One HTTP response: the head, then as many body bytes as its Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(4096)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        piece = conn.recv(4096)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


def test_oversized_upload_refused_before_its_body(server: tuple[str, int]) -> None:
    """Content-Length over the limit: 413 with no body byte sent. Without a length (chunked):
    413 once the limit is passed, long before the 40 MB the client would send."""
    base, _ = server
    port = int(base.rsplit(":", 1)[1])
    head = ("POST /api/periksa HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data; boundary=b\r\n")
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        conn.sendall(f"{head}Content-Length: {100 * 2**20}\r\n\r\n".encode())
        answer = read_response(conn).decode()
    assert answer.startswith("HTTP/1.1 413")
    assert '"code":"upload-too-large"' in answer

    chunk = b"x" * (256 * 1024)
    sent = [0]
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        conn.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
        part = b'--b\r\nContent-Disposition: form-data; name="berkas"; filename="besar.xlsx"\r\n\r\n'
        conn.sendall(b"%x\r\n%s\r\n" % (len(part), part))

        def stream() -> None:
            try:
                while sent[0] < 40 * 2**20:
                    conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent[0] += len(chunk)
            except OSError:
                return  # the server answered and closed the connection

        sender = threading.Thread(target=stream)
        sender.start()
        reply = read_response(conn)
        sender.join(30)
    print(f"\nchunked upload answered 413 after {sent[0] // 2**20} MiB sent (limit {MAX_MB} MiB)")
    assert reply.startswith(b"HTTP/1.1 413")
    assert MAX_MB * 2**20 < sent[0] < 40 * 2**20, "the client had to send everything before the server answered"
