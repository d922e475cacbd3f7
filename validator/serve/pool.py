"""A bounded pool of long-lived checking processes, with admission and a hard deadline.

Why not ``ProcessPoolExecutor``: a job that hangs inside C code (where the
per-file SIGALRM cannot reach) or a process killed by the kernel would
break the whole executor and every request waiting on it. Here each worker
has its own pipe, so the server kills only the stuck one, starts a fresh
one in its place, and the other uploads carry on.

Admission is counted in the event loop: at most ``size`` jobs run and
``queue`` wait; one more is told "busy" at once instead of hanging.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from validator.limits import cap_memory

#: seconds a new worker may take to import Periksa and report ready
STARTUP = 120.0


class Busy(Exception):
    """Every worker is busy and the queue is full (or the wait for a worker ran out)."""


class Stalled(Exception):
    """The job outlived its hard deadline; its worker was killed and replaced."""


class Crashed(Exception):
    """The worker died while checking (killed by the kernel, a crash in a C extension)."""


def _serve(conn: Connection, run: Callable[[Any], Any], memory_limit: int) -> None:
    """A worker's life: say it is ready, then take a job, answer, repeat until the pipe closes."""
    cap_memory(memory_limit)
    conn.send((True, "ready"))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, run(job))
        except BaseException as exc:  # noqa: BLE001 - the worker must answer, whatever the job did
            answer = (False, f"{type(exc).__name__}: {exc}"[:300])
        try:
            conn.send(answer)
        except MemoryError:
            conn.send((False, "MemoryError"))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


class Pool:
    def __init__(self, run: Callable[[Any], Any], size: int = 2, queue: int = 8, memory_limit: int = 0,
                 wait: float = 60.0) -> None:
        self.run, self.size, self.queue, self.memory_limit, self.wait = run, size, queue, memory_limit, wait
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: list[_Worker] = []
        self.admitted = 0
        self.replaced = 0

    async def start(self) -> None:
        """Start every worker now, so the first upload does not pay for the imports."""
        for _ in range(self.size):
            await self._idle.put(await asyncio.to_thread(self._spawn))

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child, self.run, self.memory_limit), daemon=True,
                                        name="periksa-worker")
        process.start()
        child.close()
        # deadlines count from a ready worker: its start-up (imports) is not the job's time
        if not parent.poll(STARTUP) or parent.recv() != (True, "ready"):
            process.kill()
            raise RuntimeError("a checking process did not start")
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def admit(self) -> bool:
        """Reserve a place (running or waiting); False when the server is full."""
        if self.admitted >= self.size + self.queue:
            return False
        self.admitted += 1
        return True

    def release(self) -> None:
        self.admitted -= 1

    @property
    def busy(self) -> int:
        return self.size - self._idle.qsize()

    async def submit(self, job: object, deadline: float) -> Any:
        """Run ``job`` on an idle worker; Stalled after ``deadline`` seconds, Crashed if it dies."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.wait)
        except TimeoutError:
            raise Busy from None
        try:
            worker.conn.send(job)
            ok, value = await asyncio.wait_for(asyncio.to_thread(worker.conn.recv), deadline)
        except TimeoutError:
            await self._replace(worker)
            raise Stalled from None
        except (EOFError, OSError, BrokenPipeError):
            await self._replace(worker)
            raise Crashed from None
        except BaseException:
            await self._replace(worker)  # cancelled mid-job: the worker's answer would go to the next job
            raise
        await self._idle.put(worker)
        if not ok:
            raise Crashed(value)
        return value

    async def _replace(self, worker: _Worker) -> None:
        self._stop(worker)
        self.replaced += 1
        await self._idle.put(await asyncio.to_thread(self._spawn))

    def _stop(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if worker in self._workers:
            self._workers.remove(worker)

    async def close(self) -> None:
        for worker in list(self._workers):
            await asyncio.to_thread(self._stop, worker)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]
