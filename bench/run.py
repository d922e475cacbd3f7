"""Measure Periksa against its baselines on the workbooks of bench/generate.py, in one run.

Why: the issue states its targets as ratios to things a user could do instead (read the
file with openpyxl read_only, compute it with formulas.ExcelModel), so every figure is taken
here on the same files, in the same run, each in a fresh subprocess so that time and peak
memory (ru_maxrss from os.wait4) belong to that one measurement alone.

    python bench/run.py                 # all generated sizes
    python bench/run.py --sizes 1000,10000 --profile
    python bench/run.py --quick         # 1,000 rows only (smoke run)
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from baselines import READERS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
MAX_COMPARED = 20_000  # formula cells compared Periksa vs ExcelModel (a seeded sample beyond this)
EXCELMODEL_MAX_ROWS = 10_000  # beyond this ExcelModel would take hours; not attempted


# --------------------------------------------------------------------------------------------
# Worker side: one measurement per process; prints one JSON line.
# --------------------------------------------------------------------------------------------


def _work_periksa(path: str, _: str | None) -> dict[str, object]:
    """The whole pipeline, as ``periksa check FILE`` runs it (rule library loading included)."""
    from validator.check import check

    start = time.perf_counter()
    report = check([path])
    seconds = time.perf_counter() - start
    findings = [f for result in report.files for f in result.findings]
    errors = sum(1 for f in findings if f.severity.name == "ERROR")
    status = ",".join(result.status for result in report.files)
    return {"seconds": seconds, "findings": len(findings), "errors": errors, "status": status}


def _work_fill(path: str, dump: str | None) -> dict[str, object]:
    """Periksa's read + formula filling alone; dumps the computed formula cells for comparison."""
    from validator.read.formulas_eval import FormulaEvaluator
    from validator.read.reader import read

    start = time.perf_counter()
    book = read(Path(path))
    evaluator = FormulaEvaluator(book.sheets)
    problems = evaluator.fill()
    seconds = time.perf_counter() - start
    values = {
        f"{sheet.name}!{row}!{col}": value
        for sheet in book.sheets for row, col, _formula, value in sheet.formula_cells()
    }
    if len(values) > MAX_COMPARED:
        keys = sorted(random.Random(0).sample(sorted(values), MAX_COMPARED))
        values = {key: values[key] for key in keys}
    if dump:
        Path(dump).write_text(json.dumps(values))
    return {"seconds": seconds, "evaluated": evaluator.evaluated, "unevaluated": len(problems),
            "compared": len(values)}


def _work_excelmodel(path: str, dump: str | None) -> dict[str, object]:
    """formulas.ExcelModel, the general-purpose way to compute a workbook saved without results."""
    import formulas
    import numpy as np
    from openpyxl.utils import get_column_letter

    start = time.perf_counter()
    solution = formulas.ExcelModel().loads(path).finish().calculate()
    seconds = time.perf_counter() - start
    if dump:
        wanted = json.loads(Path(dump).read_text())
        book = Path(path).name.upper()
        by_key = {key.upper(): value for key, value in solution.items()}
        values: dict[str, object] = {}
        for key in wanted:
            sheet, row, col = key.split("!")
            found = by_key.get(f"'[{book}]{sheet.upper()}'!{get_column_letter(int(col))}{row}")
            value = None if found is None else np.asarray(found.value).reshape(-1)[0]
            values[key] = _plain(value.item() if isinstance(value, np.generic) else value)
        Path(dump).write_text(json.dumps(values))
    return {"seconds": seconds}


def _plain(value: object) -> object:
    """JSON-safe: numbers, text and booleans as they are; empty and Excel errors as text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _work_noop(_: str, __: str | None) -> dict[str, object]:
    """Interpreter + Periksa imports: the memory floor under every Periksa figure."""
    import validator.check  # noqa: F401

    return {"seconds": 0.0}


def _work_profile(path: str, dump: str | None) -> dict[str, object]:
    """cProfile of check() on one file; the top of the cumulative list goes to ``dump``."""
    import cProfile
    import io
    import pstats

    from validator.check import check

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(check, [path])
    seconds = time.perf_counter() - start
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
    tottime = io.StringIO()
    pstats.Stats(profiler, stream=tottime).sort_stats("tottime").print_stats(15)
    if dump:
        Path(dump).write_text(text.getvalue() + "\n" + tottime.getvalue())
    return {"seconds": seconds}


WORKERS = {
    "periksa": _work_periksa, "fill": _work_fill, "excelmodel": _work_excelmodel, "noop": _work_noop,
    "profile": _work_profile, **{kind: lambda path, _, read=read: read(path) for kind, read in READERS.items()},
}


#: Imported before the clock starts, so that no figure includes import time.
PRELOAD = {
    "periksa": ["validator.check"], "fill": ["validator.check"], "profile": ["validator.check"],
    "noop": ["validator.check"], "openpyxl": ["openpyxl"], "calamine": ["python_calamine"],
    "excelmodel": ["formulas", "openpyxl"],
}


def worker(kind: str, path: str, dump: str | None) -> None:
    """Run one measurement; adds ``cpu`` (process time), which concurrent load on the machine disturbs less."""
    sys.path.insert(0, str(ROOT))
    for module in PRELOAD[kind]:
        importlib.import_module(module)
    cpu = time.process_time()
    data = WORKERS[kind](path, dump)
    data["cpu"] = time.process_time() - cpu
    print(json.dumps(data), flush=True)


# --------------------------------------------------------------------------------------------
# Driver side.
# --------------------------------------------------------------------------------------------


@dataclass
class Measure:
    """One subprocess: its own figures, wall time and peak RSS (MiB); ``timeout`` when killed."""

    kind: str
    path: str
    data: dict[str, object] = field(default_factory=dict)
    wall: float = 0.0
    rss_mb: float = 0.0
    timeout: bool = False
    limit: float | None = None
    failed: str = ""
    process_cpu: float = 0.0  # user + system seconds of the whole process (from os.wait4)
    exit: int = 0
    stdout: str = ""

    @property
    def seconds(self) -> float | None:
        """Wall time of the measured call (imports and process start excluded)."""
        return self._get("seconds")

    @property
    def cpu(self) -> float | None:
        """CPU time of the measured call: the figure to trust when the machine is busy."""
        return self._get("cpu")

    def _get(self, key: str) -> float | None:
        value = self.data.get(key)
        return float(value) if isinstance(value, (int, float)) and not self.timeout and not self.failed else None


def measure(kind: str, path: Path | str, dump: str | None = None, timeout: float | None = None,
            command: list[str] | None = None) -> Measure:
    """Run one measurement in a fresh process; wait4 gives that process's own peak RSS."""
    argv = command or [PYTHON, __file__, "--worker", kind, str(path)] + (["--dump", dump] if dump else [])
    result = Measure(kind, str(path), limit=timeout)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT)
        killed = threading.Event()
        timer = threading.Timer(timeout or 0, lambda: (killed.set(), proc.kill()))
        if timeout is not None:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)  # blocking: the wall time is exact, not a polling step
        result.wall = time.perf_counter() - start
        timer.cancel()
        result.timeout = killed.is_set()
        result.exit = proc.returncode = os.waitstatus_to_exitcode(status)
        result.rss_mb = usage.ru_maxrss / 1024  # Linux: KiB
        result.process_cpu = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if result.timeout:
        return result
    if command is not None:
        result.stdout = stdout
        result.data = {"seconds": result.wall, "exit": proc.returncode, "tail": stdout.strip().splitlines()[-3:]}
        return result
    if proc.returncode != 0:
        result.failed = (stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1][:200]
        return result
    result.data = json.loads(stdout.strip().splitlines()[-1])
    return result


def compare(periksa_dump: str, model_dump: str) -> tuple[int, int, list[str]]:
    """(cells compared, cells equal, first differences): numbers within 1e-9 relative."""
    ours = json.loads(Path(periksa_dump).read_text())
    theirs = json.loads(Path(model_dump).read_text())
    equal, diffs = 0, []
    for key, value in ours.items():
        other = theirs.get(key)
        same = value == other
        if isinstance(value, (int, float)) and isinstance(other, (int, float)):
            same = math.isclose(value, other, rel_tol=1e-9, abs_tol=1e-9)
        if same:
            equal += 1
        elif len(diffs) < 5:
            diffs.append(f"{key}: periksa={value!r} excelmodel={other!r}")
    return len(ours), equal, diffs


def fmt_s(m: Measure | None, cpu: bool = False) -> str:
    if m is None:
        return "-"
    if m.timeout:
        return f"timeout (> {m.limit:.0f} s)"
    if m.failed:
        return "failed"
    value = m.cpu if cpu else m.seconds
    return "-" if value is None else f"{value:.2f} s"


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "-"


def machine() -> list[str]:
    """The facts needed to compare a later run with this one."""
    from importlib.metadata import version

    mem = ""
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    cpu = ""
    with open("/proc/cpuinfo") as handle:
        cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    packages = ", ".join(f"{p} {version(p)}" for p in ("openpyxl", "formulas", "python-calamine", "numpy", "schedula"))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}", f"load average at start: {load}",
            f"nproc: {os.cpu_count()} ({cpu})", f"memory: {mem}",
            f"python: {platform.python_version()} ({platform.platform()})", f"packages: {packages}"]


def run_size(size: int, args: argparse.Namespace, lines: list[str], raw: list[dict[str, object]]) -> None:
    """All figures for one row count: cached, formulas (with ExcelModel) and recalculated variants."""
    for variant in args.variants.split(","):
        path = OUT / f"tc29-{size}-{variant}.xlsx"
        if not path.exists():
            lines.append(f"| {size:,} | {variant} | (not generated) |||||||||||||")
            continue
        print(f"  {path.name} ...", flush=True)
        periksa = measure("periksa", path, timeout=args.timeout)
        openpyxl_m = measure("openpyxl", path, timeout=args.timeout)
        calamine = measure("calamine", path, timeout=args.timeout)
        model_s, model_ratio, same = "-", "-", "-"
        fill = model = None
        if variant == "formulas":
            with tempfile.TemporaryDirectory() as tmp:
                ours, theirs = f"{tmp}/periksa.json", f"{tmp}/model.json"
                fill = measure("fill", path, dump=ours, timeout=args.timeout)
                if size <= EXCELMODEL_MAX_ROWS and not args.no_excelmodel and not fill.failed and not fill.timeout:
                    Path(theirs).write_text(Path(ours).read_text())
                    model = measure("excelmodel", path, dump=theirs, timeout=args.excelmodel_timeout)
                    model_s = fmt_s(model)
                    model_ratio = f"{ratio(model.seconds, periksa.seconds)} ({ratio(model.cpu, periksa.cpu)} cpu)"
                    if model.seconds is not None:
                        count, equal, diffs = compare(ours, theirs)
                        same = f"{equal}/{count}" + (" ✓" if equal == count else " ✗")
                        for diff in diffs:
                            print(f"    differs: {diff}")
                else:
                    model_s = "not run"
        findings = f"{periksa.data['errors']}/{periksa.data['findings']}" if "errors" in periksa.data else "-"
        lines.append(
            f"| {size:,} | {variant} | {fmt_s(periksa)} | {fmt_s(periksa, cpu=True)} | {periksa.rss_mb:.0f} | "
            f"{fmt_s(openpyxl_m)} | {fmt_s(openpyxl_m, cpu=True)} | {ratio(periksa.seconds, openpyxl_m.seconds)} | "
            f"{ratio(periksa.cpu, openpyxl_m.cpu)} | {fmt_s(calamine)} | {ratio(periksa.seconds, calamine.seconds)} | "
            f"{model_s} | {model_ratio} | {same} | {findings} |"
        )
        print(f"    {lines[-1]}", flush=True)
        for m in (periksa, openpyxl_m, calamine, fill, model):
            if m is not None:
                raw.append({"size": size, "variant": variant, "kind": m.kind, "seconds": m.seconds, "wall": m.wall,
                            "rss_mb": round(m.rss_mb, 1), "timeout": m.timeout, "failed": m.failed, **m.data})
                if m.failed:
                    print(f"    {m.kind} failed: {m.failed}")


def supports_jobs(periksa: list[str]) -> bool:
    """Whether this installation's `check` has --jobs (older ones do not)."""
    help_text = subprocess.run([*periksa, "check", "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    return bool(re.search(r"--jobs\b", help_text))


def run_agencies(lines: list[str], raw: list[dict[str, object]]) -> None:
    """The CLI on the folder, as a user runs it (process start and imports included)."""
    folder = OUT / "agencies"
    files = sorted(folder.glob("*.xlsx")) if folder.exists() else []
    if not files:
        lines.append("agencies: not generated")
        return
    has_jobs = supports_jobs([PYTHON, "-m", "validator"])
    runs = [("serial", [])] + ([("--jobs 2", ["--jobs", "2"])] if has_jobs else [])
    lines.append(f"agencies: {len(files)} workbooks in {folder.relative_to(ROOT)}/")
    for label, extra in runs:
        print(f"  agencies ({label}) ...", flush=True)
        command = [PYTHON, "-m", "validator", "check", str(folder.relative_to(ROOT)), "--no-color", *extra]
        m = measure("cli", folder, command=command, timeout=3600)
        lines.append(f"  python -m validator check {folder.relative_to(ROOT)}/ {' '.join(extra)}: "
                     f"{fmt_s(m)} wall, peak RSS {m.rss_mb:.0f} MiB, exit {m.data.get('exit')}, "
                     f"{m.wall / len(files) * 1000:.0f} ms/file")
        raw.append({"agencies": len(files), "run": label, "wall": m.wall, "rss_mb": round(m.rss_mb, 1),
                    "exit": m.data.get("exit"), "timeout": m.timeout})
    if not has_jobs:
        lines.append("  --jobs: not available yet in `periksa check` (only the serial run was measured)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="", help="comma-separated row counts (default: every generated size)")
    parser.add_argument("--quick", action="store_true", help="1,000 rows only, no agencies folder")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per Periksa/reader measurement")
    parser.add_argument("--excelmodel-timeout", type=float, default=300, help="seconds for formulas.ExcelModel")
    parser.add_argument("--variants", default="cached,formulas,recalculated", help="comma-separated variants")
    parser.add_argument("--no-excelmodel", action="store_true", help="skip formulas.ExcelModel")
    parser.add_argument("--no-agencies", action="store_true", help="skip the 500-file folder")
    parser.add_argument("--profile", action="store_true", help="cProfile check() on the largest cached file <= 10k")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.path, args.dump)
        return 0
    generated = sorted({int(p.name.split("-")[1]) for p in OUT.glob("tc29-*-cached.xlsx")})
    sizes = [1_000] if args.quick else [int(s) for s in args.sizes.split(",") if s] or generated
    if not sizes:
        print("no workbooks: run python bench/generate.py first", file=sys.stderr)
        return 2
    lines = [*machine(), ""]
    raw: list[dict[str, object]] = []
    floor = measure("noop", "-")
    lines.append(f"memory floor (interpreter + Periksa imports): {floor.rss_mb:.0f} MiB")
    lines += ["", "| rows | variant | periksa | periksa cpu | peak MiB | openpyxl ro | openpyxl cpu | P/O wall "
                  "| P/O cpu | calamine | P/calamine | ExcelModel | EM/periksa | values equal | errors/findings |",
              "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for size in sizes:
        print(f"{size:,} rows", flush=True)
        run_size(size, args, lines, raw)
    if not args.quick and not args.no_agencies:
        lines.append("")
        run_agencies(lines, raw)
    if args.profile:
        cached = [s for s in sizes if s <= 10_000 and (OUT / f"tc29-{s}-cached.xlsx").exists()]
        if cached:
            with tempfile.TemporaryDirectory() as tmp:
                dump = f"{tmp}/profile.txt"
                m = measure("profile", OUT / f"tc29-{max(cached)}-cached.xlsx", dump=dump, timeout=args.timeout)
                lines += ["", f"cProfile, check() on tc29-{max(cached)}-cached.xlsx ({fmt_s(m)} under the profiler):",
                          Path(dump).read_text() if Path(dump).exists() else m.failed]
    lines.append(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
