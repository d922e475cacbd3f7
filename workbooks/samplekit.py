"""Helpers shared by the sample-workbook generators (make_samples*.py)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any


def yq(v: Any) -> str:
    """YAML scalar."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(yq(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"'


def num_out(x: Decimal | None) -> Any:
    """Decimal -> int/float for YAML and cells."""
    if x is None:
        return None
    return int(x) if x == x.to_integral_value() else float(x)


def rnd(x: Decimal, n: int, mode: str = ROUND_HALF_UP) -> Decimal:
    """Round half-up (or down) to n places."""
    return x.quantize(Decimal(1).scaleb(-n), rounding=mode)


def predikat(x: Decimal) -> str:
    """The Permendagri 86/2017 predikat scale (half-open bands), as the samples' checkers apply it."""
    for floor, label in ((91, "Sangat Tinggi"), (76, "Tinggi"), (66, "Sedang"), (51, "Rendah")):
        if x >= floor:
            return label
    return "Sangat Rendah"


FIXED_TIME = (2024, 3, 1, 8, 0, 0)


def save_fixed(wb: Any, path: Path, creator: str) -> None:
    """Save with fixed document and zip timestamps, so a rerun writes the same bytes."""
    import datetime as dt
    import re
    import zipfile

    wb.properties.creator = creator
    wb.properties.created = wb.properties.modified = dt.datetime(*FIXED_TIME)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-01T08:00:00Z", data)
            zout.writestr(info, data)


def sum_consequences(errs: list[dict[str, Any]], parse: Any) -> list[dict[str, Any]]:
    """A sum (an entry with ``children``) that holds once the erring sums among its children are
    set to what their own children add up to follows from them: one wrong input, one error. It
    becomes a warning with ``consequence_of``. ``parse`` reads a stated value (None if it cannot)."""
    wrong = {e["cell"]: e for e in errs
             if e.get("children") and e["expected"] is not None and parse(e["stated"]) is not None}
    for e in errs:
        fixed = [c for c in e.get("children", []) if c in wrong]
        if not fixed or "severity" in e or e["expected"] is None or parse(e["stated"]) is None:
            continue
        shift = sum(Decimal(str(wrong[c]["expected"])) - parse(wrong[c]["stated"]) for c in fixed)
        if abs(Decimal(str(e["expected"])) + shift - parse(e["stated"])) <= 1:
            e["severity"] = "warning"
            e["consequence_of"] = fixed
    return errs


def write_known_errors(path: Path, header: list[str], notes: list[str], errs: list[dict[str, Any]],
                       other: list[dict[str, Any]]) -> None:
    """A known-errors.yaml: header lines, notes, counts per kind, errors, other observations."""
    lines = [*header, "notes:", *(f"  - {yq(n)}" for n in notes)]
    counts: dict[str, int] = {}
    for e in errs:
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    lines.append("counts:" if counts else "counts: {}")
    lines += [f"  {yq(k)}: {v}" for k, v in sorted(counts.items())]
    for key, entries in (("errors", errs), ("other_observations", other)):
        lines.append(f"{key}:" if entries else f"{key}: []")
        for entry in entries:
            lines += [f"  {'- ' if i == 0 else '  '}{k}: {yq(v)}" for i, (k, v) in enumerate(entry.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
