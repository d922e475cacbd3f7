"""Shared by the serve tests: a real server on loopback, and worker jobs that misbehave on purpose.

The misbehaving jobs run in the pool's spawned processes, which import this
module by name (the tests folder is on their ``sys.path`` as on ours).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import bombs
import httpx2
import yaml

from validator.serve import job as jobs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "workbooks" / "renja-2023-tabel-2.1.xlsx"
#: the sample's error-severity cells, as its transcription computed them (consequences are warnings)
ERRORS = sum(1 for entry in yaml.safe_load(SAMPLE.with_name("renja-2023-tabel-2.1.known-errors.yaml")
                                           .read_text(encoding="utf-8"))["errors"]
             if entry.get("severity", "error") == "error")
CLEAN = ROOT / "workbooks" / "renja-2023-tabel-2.1-perbaikan.xlsx"
SHEET = "xl/worksheets/sheet1.xml"


def misbehave(job: jobs.Job) -> jobs.Outcome:
    """Hang on a file named ``macet``, die on ``mati``, wait for a ``lepas`` file on ``tunggu``;
    check anything else for real."""
    name = job.uploads[0].name
    if "macet" in name:
        while True:
            time.sleep(0.05)
    if "mati" in name:
        os._exit(3)
    if "tunggu" in name:
        release = job.uploads[0].path.parent.parent / "lepas"
        for _ in range(600):
            if release.exists():
                break
            time.sleep(0.05)
    return jobs.run(job)


def zip_bomb(source: Path = CLEAN) -> bytes:
    """The clean sample as a zip bomb (tests/bombs.py)."""
    return bombs.zip_bomb(source)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server(*options: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``periksa serve`` on a free loopback port, ready (health answered) before the test runs;
    stopped afterwards."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "validator", "serve", "--port", str(port), *options],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"periksa serve exited: {process.stderr.read().decode()[-2000:]}")
            try:
                if httpx2.get(f"{base}/api/sehat", timeout=2).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("periksa serve did not answer within 60 s")
            time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
