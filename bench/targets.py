"""The five targets of issue #16, measured as whole processes in one run: medians of several runs.

Why: a user pays for the interpreter, the imports and the reading, so `periksa check FILE` is
timed as the process the user starts, and so are its baselines (openpyxl read-only iteration,
python-calamine's read, formulas.ExcelModel), each with its own imports. The commands compared
on one file alternate within every round, so a busy minute on the machine touches all of them;
wall time, CPU time (user + system) and peak RSS come from os.wait4.

    python bench/generate.py --no-recalc && python bench/targets.py
    python bench/targets.py --quick                       # 1,000 rows, the one-row file, no agencies
    python bench/targets.py --periksa ../wt-old/.venv/bin/periksa --no-excelmodel   # an older install
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from run import EXCELMODEL_MAX_ROWS, OUT, PYTHON, ROOT, Measure, compare, machine, measure, supports_jobs

TARGET_ROWS = 10_000
MEMORY_ROWS = 100_000
LARGE = 50_000  # files above this many rows get --large-runs rounds
ONE_ROW = OUT / "one-row.xlsx"


@dataclass
class Target:
    """One line of the issue's table: the figure, its ratio and whether it is met."""

    name: str
    figure: str = "not measured"
    ratio: str = "-"
    verdict: str = "-"

    def judge(self, met: bool, goal: str) -> None:
        self.verdict = f"{'met' if met else 'missed'} ({goal})"


@dataclass
class Series:
    """Every run of one command on one file; medians of wall and CPU time, the highest peak RSS."""

    label: str
    argv: list[str]
    runs: list[Measure] = field(default_factory=list)

    def _median(self, value: Callable[[Measure], float]) -> float | None:
        done = [value(m) for m in self.runs if not m.timeout]
        return statistics.median(done) if done else None

    @property
    def wall(self) -> float | None:
        return self._median(lambda m: m.wall)

    @property
    def cpu(self) -> float | None:
        return self._median(lambda m: m.process_cpu)

    @property
    def rss(self) -> float:
        return max((m.rss_mb for m in self.runs), default=0.0)

    @property
    def exits(self) -> str:
        codes = sorted({"timeout" if m.timeout else str(m.exit) for m in self.runs})
        return ",".join(codes) or "-"

    def record(self) -> dict[str, object]:
        return {"command": self.label, "argv": self.argv, "wall_median": self.wall,
                "cpu_median": self.cpu, "rss_mb_max": round(self.rss, 1), "exits": self.exits,
                "walls": [round(m.wall, 4) for m in self.runs], "cpus": [round(m.process_cpu, 4) for m in self.runs]}


@dataclass
class Findings:
    """What `periksa check --format json` reported: it should be nothing on the generated files."""

    errors: int | None = None
    total: int | None = None
    status: str = ""

    def __str__(self) -> str:
        counts = "-" if self.total is None else f"{self.errors}/{self.total}"
        return f"{counts} ({self.status})" if self.status else counts


def rounds(commands: dict[str, list[str]], runs: int, timeout: float | None) -> dict[str, Series]:
    """Run every command ``runs`` times, alternating them within each round."""
    series = {label: Series(label, argv) for label, argv in commands.items()}
    for _ in range(runs):
        for item in series.values():
            item.runs.append(measure(item.label, "-", command=item.argv, timeout=timeout))
    return series


def findings(periksa: list[str], target: Path, timeout: float) -> Findings:
    """One untimed JSON run (it also warms the disk cache); errors/all findings and any file not checked."""
    m = measure("findings", target, command=[*periksa, "check", arg(target), "--format", "json"], timeout=timeout)
    try:
        report = json.loads(m.stdout)
    except json.JSONDecodeError:
        return Findings(status=f"no JSON report, exit {m.exit}" + (" (timeout)" if m.timeout else ""))
    summary = report["summary"]
    unchecked = [f"{Path(f['path']).name}: {f['status']}" for f in report["files"] if f["status"] != "ok"]
    return Findings(summary["error"], summary["error"] + summary["warning"] + summary["info"],
                    "; ".join(unchecked[:3]))


def arg(path: Path) -> str:
    """A path as the commands get it: relative to the repository, where they run (ROOT is resolved)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def x(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a is not None and b else "-"


def one_row_workbook() -> Path:
    """A T-C.29 with its header and a single sub kegiatan row: what start-up costs on the smallest file."""
    import random

    import generate

    row = generate._entity(random.Random(1), "1.01.01.2.01.0001", "Sub kegiatan 0-0-0")
    OUT.mkdir(parents=True, exist_ok=True)
    generate.write(ONE_ROW, iter([{**row, "1": 1}]))
    return ONE_ROW


class Run:
    """One benchmark run: the measurements, the report lines and the raw records."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.periksa = shlex.split(args.periksa)
        self.machine = machine()
        self.lines: list[str] = [*self.machine, f"periksa command: `{shlex.join(self.periksa)}`"]
        self.notes: list[str] = []  # under the file table
        self.groups: list[dict[str, object]] = []  # raw figures, for --json
        self.models: list[dict[str, object]] = []
        self.targets = {n: Target(name) for n, name in enumerate((
            f"`periksa check` {TARGET_ROWS:,} rows cached / openpyxl read-only iteration",
            f"`periksa check` {TARGET_ROWS:,} rows cached / python-calamine read",
            f"formulas.ExcelModel / `periksa check`, {TARGET_ROWS:,} rows without cached values",
            f"peak RSS of `periksa check`, {MEMORY_ROWS:,} rows",
            "`periksa check` on a one-row workbook (start-up)"), start=1)}

    def file_table(self, title: str) -> None:
        self.lines += ["", title, "",
                       "| file | periksa | cpu | peak MiB | exit | openpyxl ro | cpu | calamine | cpu "
                       "| P/O wall | P/O cpu | P/calamine wall | P/calamine cpu | cells (O/C) | errors/findings |",
                       "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]

    def measure_file(self, path: Path, runs: int) -> dict[str, Series]:
        """periksa, openpyxl and calamine on one file, alternating; one table line."""
        print(f"  {path.name} ({runs} rounds) ...", flush=True)
        found = findings(self.periksa, path, self.args.timeout)
        reader = [PYTHON, arg(Path(__file__).resolve().with_name("baselines.py"))]
        group = rounds({"periksa": [*self.periksa, "check", arg(path)],
                        "openpyxl": [*reader, "openpyxl", arg(path)],
                        "calamine": [*reader, "calamine", arg(path)]}, runs, self.args.timeout)
        p, o, c = group["periksa"], group["openpyxl"], group["calamine"]
        cells = "/".join(str(json.loads(m.stdout)["cells"]) if m.exit == 0 and not m.timeout else "?"
                         for m in (o.runs[0], c.runs[0]))
        self.lines.append(
            f"| {path.name} | {s(p.wall)} | {s(p.cpu)} | {p.rss:.0f} | {p.exits} | {s(o.wall)} | {s(o.cpu)} | "
            f"{s(c.wall)} | {s(c.cpu)} | {x(p.wall, o.wall)} | {x(p.cpu, o.cpu)} | {x(p.wall, c.wall)} | "
            f"{x(p.cpu, c.cpu)} | {cells} | {found} |")
        print(f"    {self.lines[-1]}", flush=True)
        self.keep(path.name, group, found)
        return group

    def keep(self, name: str, group: dict[str, Series], found: Findings) -> None:
        self.groups.append({"file": name, "findings": str(found), "series": [item.record() for item in group.values()]})

    def sizes(self) -> None:
        generated = sorted({int(p.name.split("-")[1]) for p in OUT.glob("tc29-*-cached.xlsx")})
        sizes = [1_000] if self.args.quick else [int(n) for n in self.args.sizes.split(",") if n] or generated
        self.file_table(f"Whole processes, median of {self.args.runs} rounds "
                        f"({self.args.large_runs} above {LARGE:,} rows); peak MiB is the highest of the rounds")
        for size in sizes:
            for variant in self.args.variants.split(","):
                path = OUT / f"tc29-{size}-{variant}.xlsx"
                if not path.exists():
                    self.notes.append(f"- {path.name}: not generated")
                    continue
                group = self.measure_file(path, self.args.large_runs if size > LARGE else self.args.runs)
                if variant == "cached" and size == TARGET_ROWS:
                    self.reading_targets(group)
                if variant == "formulas" and size <= EXCELMODEL_MAX_ROWS:
                    self.excelmodel(path, group["periksa"], size)
                if size == MEMORY_ROWS and variant == "cached":
                    target = self.targets[4]
                    target.figure = f"{group['periksa'].rss:.0f} MiB ({path.name})"
                    target.ratio = f"{group['periksa'].rss / 250:.2f}x of 250 MiB"
                    target.judge(group["periksa"].rss <= 250, "<= 250 MiB")
        if self.notes:
            self.lines += ["", *self.notes]

    def reading_targets(self, group: dict[str, Series]) -> None:
        p = group["periksa"]
        for number, label, limit in ((1, "openpyxl", 1), (2, "calamine", 8)):
            other = group[label]
            target = self.targets[number]
            target.figure = f"{s(p.wall)} vs {s(other.wall)} (cpu {s(p.cpu)} vs {s(other.cpu)})"
            if p.wall is not None and other.wall:
                target.ratio = f"{x(p.wall, other.wall)} (cpu {x(p.cpu, other.cpu)})"
                target.judge(p.wall / other.wall <= limit, f"<= {limit:.1f}x")

    def excelmodel(self, path: Path, periksa: Series, size: int) -> None:
        """ExcelModel's figure against `periksa check`, and its values against Periksa's computed formula cells."""
        with tempfile.TemporaryDirectory() as tmp:
            ours, theirs = f"{tmp}/periksa.json", f"{tmp}/model.json"
            fill = measure("fill", path, dump=ours, timeout=self.args.timeout)
            if fill.failed or fill.timeout:
                self.notes.append(f"- {path.name}: no formula values from Periksa: {fill.failed or 'timeout'}")
                return
            stored = self.model(path, ours, theirs)
            if stored is None:
                return
            source = stored["source"]
            count, equal, diffs = compare(ours, theirs)
        same = f"{equal}/{count} equal" + (" ✓" if equal == count else " ✗")
        self.notes.append(f"- ExcelModel on {path.name} ({source}): {s(stored['wall'])} wall, {s(stored['cpu'])} "
                          f"cpu, peak {stored['rss_mb']:.0f} MiB, whole process; / periksa check: "
                          f"{x(stored['wall'], periksa.wall)} (cpu {x(stored['cpu'], periksa.cpu)}); formula values "
                          f"{same} (Periksa's read + fill from this checkout: {fill.data.get('evaluated')} "
                          f"evaluated, {fill.data.get('unevaluated')} left)")
        self.notes += [f"  differs: {diff}" for diff in diffs]
        self.models.append(
            {"file": path.name, "source": source, "wall": stored["wall"], "cpu": stored["cpu"],
             "rss_mb": stored["rss_mb"], "compared": count, "equal": equal})
        if size == TARGET_ROWS and periksa.wall:
            target = self.targets[3]
            target.figure = f"{s(stored['wall'])} vs {s(periksa.wall)}, values {same}"
            target.ratio = f"{x(stored['wall'], periksa.wall)} faster (cpu {x(stored['cpu'], periksa.cpu)})"
            target.judge(stored["wall"] / periksa.wall >= 100 and equal == count, ">= 100x, values identical")

    def model(self, path: Path, ours: str, theirs: str) -> dict[str, Any] | None:
        """ExcelModel run once now, or (--no-excelmodel) the figure and values stored by an earlier run on this file."""
        cache = OUT / f"excelmodel-{path.stem}.json"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if self.args.no_excelmodel:
            stored = json.loads(cache.read_text()) if cache.exists() else {}
            if stored.get("sha256") != digest:
                self.notes.append(f"- ExcelModel on {path.name}: not run (--no-excelmodel, no stored figure)")
                return None
            Path(theirs).write_text(json.dumps(stored["values"]))
            when = f"stored by an earlier run, {stored['date']}, load average {stored['load']:.1f}"
            return {**stored, "source": when}
        print(f"  ExcelModel on {path.name} (once) ...", flush=True)
        Path(theirs).write_text(Path(ours).read_text())
        model = measure("excelmodel", path, dump=theirs, timeout=self.args.excelmodel_timeout)
        if model.timeout or model.failed:
            self.notes.append(f"- ExcelModel on {path.name}: {model.failed or f'timeout (> {model.limit:.0f} s)'}")
            return None
        stored = {"sha256": digest, "date": time.strftime("%Y-%m-%d %H:%M %Z"), "load": os.getloadavg()[0],
                  "wall": model.wall, "cpu": model.process_cpu, "rss_mb": model.rss_mb,
                  "values": json.loads(Path(theirs).read_text())}
        cache.write_text(json.dumps(stored))
        return {**stored, "source": "this run"}

    def start_up(self) -> None:
        path = one_row_workbook()
        print(f"  {path.name} (start-up, {self.args.runs} rounds) ...", flush=True)
        found = findings(self.periksa, path, self.args.timeout)
        group = rounds({"periksa": [*self.periksa, "check", arg(path)], "python": [PYTHON, "-c", "pass"]},
                       self.args.runs, self.args.timeout)
        p, floor = group["periksa"], group["python"]
        self.keep(path.name, group, found)
        self.lines += ["", f"- start-up, {path.name} (written by this run): `periksa check` {s(p.wall)} wall, "
                           f"{s(p.cpu)} cpu, peak {p.rss:.0f} MiB, exit {p.exits}, errors/findings {found}; "
                           f"bare interpreter (`python -c pass`) {s(floor.wall)}"]
        target = self.targets[5]
        if p.wall is not None:
            target.figure, target.ratio = f"{s(p.wall)} (cpu {s(p.cpu)})", f"{p.wall / 0.25:.2f}x of 0.25 s"
            target.judge(p.wall <= 0.25, "<= 0.25 s")

    def agencies(self) -> None:
        folder = OUT / "agencies"
        files = sorted(folder.glob("*.xlsx")) if folder.exists() else []
        if not files:
            self.lines.append("- agencies: not generated")
            return
        print(f"  agencies, {len(files)} workbooks ({self.args.runs} rounds) ...", flush=True)
        found = findings(self.periksa, folder, self.args.timeout)
        commands = {"serial": [*self.periksa, "check", arg(folder)]}
        if supports_jobs(self.periksa):
            commands["--jobs 2"] = [*self.periksa, "check", arg(folder), "--jobs", "2"]
        group = rounds(commands, self.args.runs, self.args.timeout)
        self.keep("agencies", group, found)
        for label, item in group.items():
            per_file = "-" if item.wall is None else f"{item.wall / len(files) * 1000:.0f} ms/file"
            self.lines.append(f"- agencies ({len(files)} workbooks), `periksa check {arg(folder)}` "
                              f"{label}: {s(item.wall)} wall, {s(item.cpu)} cpu (all processes), {per_file}, "
                              f"peak {item.rss:.0f} MiB (largest process), exit {item.exits}; errors/findings {found}")
        if len(commands) == 1:
            self.lines.append("- agencies --jobs 2: this periksa has no --jobs")

    def report(self) -> None:
        self.lines += ["", "| # | target | figure | ratio | verdict |", "|---|---|---|---|---|"]
        for number, target in self.targets.items():
            self.lines.append(f"| {number} | {target.name} | {target.figure} | {target.ratio} | {target.verdict} |")


def main(argv: list[str] | None = None) -> int:
    default = Path(sys.executable).with_name("periksa")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--periksa", default=str(default) if default.exists() else f"{PYTHON} -m validator",
                        help="the periksa command to measure (default: beside this Python); e.g. an older install")
    parser.add_argument("--runs", type=int, default=5, help="rounds per file (medians of these)")
    parser.add_argument("--large-runs", type=int, default=3, help=f"rounds for files above {LARGE:,} rows")
    parser.add_argument("--sizes", default="", help="comma-separated row counts (default: every generated size)")
    parser.add_argument("--variants", default="cached,formulas,recalculated", help="comma-separated variants")
    parser.add_argument("--quick", action="store_true", help="1,000 rows and the one-row file; no agencies")
    parser.add_argument("--no-excelmodel", action="store_true",
                        help="do not run formulas.ExcelModel; use the figure an earlier run stored for the same file")
    parser.add_argument("--no-agencies", action="store_true", help="skip the 500-file folder")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per measured process")
    parser.add_argument("--excelmodel-timeout", type=float, default=900,
                        help="seconds for formulas.ExcelModel (260 s at 10k rows on a busy 2-core machine)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--markdown", type=Path, help="also write the report here (for bench/RESULTS.md)")
    args = parser.parse_args(argv)
    run = Run(args)
    run.start_up()
    run.sizes()
    if not args.quick and not args.no_agencies:
        run.lines.append("")
        run.agencies()
    run.report()
    run.lines.append(f"\n{machine()[1].replace('at start', 'at end')}")
    text = "\n".join(run.lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n")
    if args.json:
        raw = {"machine": run.machine, "periksa": run.periksa, "groups": run.groups, "excelmodel": run.models,
               "targets": [vars(target) for target in run.targets.values()]}
        args.json.write_text(json.dumps(raw, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
