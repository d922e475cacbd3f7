"""The cycle collector's thresholds are raised while files are checked and restored after, also
when threads check at once and their checks end in any order."""

from __future__ import annotations

import gc
import threading

from validator.limits import fewer_collections


def test_thresholds_come_back_after_one_check() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= 100_000
    assert gc.get_threshold() == before


def test_thresholds_come_back_after_overlapping_checks_in_threads() -> None:
    before = gc.get_threshold()
    first_in, second_in, first_may_leave = threading.Event(), threading.Event(), threading.Event()
    seen_inside: list[int] = []

    def first() -> None:
        with fewer_collections():
            first_in.set()
            first_may_leave.wait(5)

    def second() -> None:
        first_in.wait(5)
        with fewer_collections():
            second_in.set()
            first_may_leave.set()  # the first leaves while the second still checks
            while first_thread.is_alive():
                first_thread.join(0.01)
            seen_inside.append(gc.get_threshold()[0])

    first_thread, second_thread = threading.Thread(target=first), threading.Thread(target=second)
    first_thread.start()
    second_thread.start()
    second_thread.join(10)
    assert second_in.is_set() and not second_thread.is_alive()
    assert seen_inside[0] >= 100_000  # the second check still runs with the raised thresholds
    assert gc.get_threshold() == before
