"""Per-file time and memory limits, so one hostile or enormous file cannot stall a CI job."""

from __future__ import annotations

import gc
import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimit(BaseException):
    """The file took longer than its time limit. A BaseException, so that the guards
    that turn one failing rule into a finding do not swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the work after ``seconds`` (0: no limit). Unix timers, main thread only;
    elsewhere the limit is skipped rather than guessed."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cap_memory(megabytes: int) -> None:
    """Cap this process's address space; allocations beyond it raise MemoryError."""
    if megabytes <= 0:
        return
    limit = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_COLLECTING = threading.Lock()
#: (files being checked now, the thresholds to restore when the last one ends)
_checking: list = [0, None]


@contextmanager
def fewer_collections() -> Iterator[None]:
    """A workbook's tables are hundreds of thousands of small objects that live until its check
    ends. Python's cycle collector, by default, runs every 700 new objects and now and then walks
    them all: about a tenth of a long table's check. While files are checked it runs rarely;
    what it would free is freed as before, only later. The thresholds are the process's: threads
    checking at once share one change, undone when the last of them ends."""
    with _COLLECTING:
        if _checking[0] == 0:
            before = _checking[1] = gc.get_threshold()
            gc.set_threshold(max(before[0], 100_000), max(before[1], 50), max(before[2], 100))
        _checking[0] += 1
    try:
        yield
    finally:
        with _COLLECTING:
            _checking[0] -= 1
            if _checking[0] == 0:
                gc.set_threshold(*_checking[1])
