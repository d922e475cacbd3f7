"""Compare this checkout's `periksa check` with another installation's, in one run.

A change must not slow the 10k-row check by more than 10 %. Timing one version today and
another tomorrow measures the machine's mood; this alternates the two commands on the same
files, several times, and prints each file's median seconds and the ratio new / baseline.

    git worktree add ../periksa-base <commit> && python3 -m venv ../periksa-base/.venv \\
        && ../periksa-base/.venv/bin/pip install ../periksa-base
    python bench/generate.py --sizes 10000 --no-recalc --agencies 0
    python bench/compare.py --baseline ../periksa-base/.venv/bin/periksa bench/out/tc29-10000-*.xlsx
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="the other installation's periksa command")
    parser.add_argument("--current", default=str(Path(sys.executable).with_name("periksa")),
                        help="this checkout's periksa command (default: beside this Python)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    print(f"{'file':32} {'baseline s':>10} {'current s':>10} {'ratio':>6}")
    for path in args.files:
        times: dict[str, list[float]] = {"baseline": [], "current": []}
        for _ in range(args.runs):
            for name in times:
                times[name].append(seconds([getattr(args, name), "check", str(path), "--format", "json"]))
        base, now = statistics.median(times["baseline"]), statistics.median(times["current"])
        print(f"{path.name:32} {base:10.2f} {now:10.2f} {now / base:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
