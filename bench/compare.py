"""Compare this checkout's `periksa check` with another installation's, in one run.

A change must not slow the 10k-row check by more than 10 %. Timing one version today and
another tomorrow measures the machine's mood; this alternates the two commands on the same
files, several times (bench/targets.py's rounds: wall, CPU and peak RSS from os.wait4), and
prints each file's median wall seconds, the ratios new / baseline (wall and CPU) and the peak RSS.

    git worktree add ../periksa-base <commit> && python3 -m venv ../periksa-base/.venv \\
        && ../periksa-base/.venv/bin/pip install ../periksa-base
    python bench/generate.py --sizes 10000 --no-recalc --agencies 0
    python bench/compare.py --baseline ../periksa-base/.venv/bin/periksa bench/out/tc29-10000-*.xlsx
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from targets import rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="the other installation's periksa command")
    parser.add_argument("--current", default=str(Path(sys.executable).with_name("periksa")),
                        help="this checkout's periksa command (default: beside this Python)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    print(f"{'file':32} {'baseline s':>10} {'current s':>10} {'ratio':>6} {'cpu ratio':>9} {'peak MiB':>12}")
    for path in args.files:
        group = rounds({name: [*shlex.split(getattr(args, name)), "check", str(path), "--format", "json"]
                        for name in ("baseline", "current")}, args.runs, timeout=None)
        base, now = group["baseline"], group["current"]
        if base.wall is None or now.wall is None or base.cpu is None or now.cpu is None:
            print(f"{path.name:32} timeout")
            continue
        print(f"{path.name:32} {base.wall:10.2f} {now.wall:10.2f} {now.wall / base.wall:6.2f} "
              f"{now.cpu / base.cpu:9.2f} {base.rss:5.0f} -> {now.rss:4.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
