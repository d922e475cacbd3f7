"""Build the wild-layout corpus (issue 12) from the layout transcriptions in ``wild/layouts/``.

Each ``wild/layouts/<name>.yaml`` holds one exporter's table as data: the title
and header cells with their merges, how each column writes a number (a numeric
cell, or text such as ``1.234.567,00`` / ``12.34`` / ``12,34%``), the body rows
(inputs transcribed from the seeds), the derivations the family declares for the
derived cells, and the errors to plant. This script

* computes every derived cell from the inputs (the corrected copy),
* plants the errors (the as-submitted copy),
* re-checks every declared derivation on the as-submitted values, with its own
  arithmetic, to list the truth: each planted error, plus every other cell a
  planted error makes inconsistent (``consequence_of``),
* writes ``wild/<name>.xlsx``, ``wild/<name>-perbaikan.xlsx`` and
  ``wild/<name>.known-errors.yaml`` (fixed timestamps: reruns give the same bytes),
* regenerates the column maps in ``wild/README.md`` and ``wild/wordings.yaml``.

Usage: ``python3 workbooks/make_wild.py [name ...]`` (no name = all layouts).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import column_index_from_string

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplekit import num_out, save_fixed, write_known_errors

WILD = Path(__file__).resolve().parent / "wild"
LAYOUTS = WILD / "layouts"
CELL_RE = re.compile(r"^([A-Z]{1,3})(\d+)$")
MALFORMED = "malformed"
TOLERANCE = {"rupiah": Decimal(1), "pct": Decimal("0.005"), "exact": Decimal(0)}


# ---------------------------------------------------------------------------
# Number forms: how an exporter writes a value, and how to read it back
# ---------------------------------------------------------------------------

def _group(digits: str, sep: str) -> str:
    out = ""
    while len(digits) > 3:
        out = sep + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def php_number_format(x: Decimal, places: int, dec: str, thousands: str) -> str:
    """PHP number_format(): round half up, then group."""
    q = x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    return sign + _group(whole, thousands) + (dec + frac if places else "")


def php_float(x: Decimal) -> str:
    """How PHP echoes round($x * 100) / 100: shortest decimal, no trailing zeros."""
    q = x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    s = f"{q:f}"
    return s


WRITERS = {
    "rp0": lambda x: php_number_format(x, 0, ",", "."),          # number_format($x, 0, ',', '.')
    "rp2": lambda x: php_number_format(x, 2, ",", "."),          # number_format($x, 2, ',', '.')
    "dec2": lambda x: php_number_format(x, 2, ".", ","),         # number_format($x, 2)
    "dec2c": lambda x: php_number_format(x, 2, ",", "."),        # pembulatanDuaDecimal()
    "pct2c": lambda x: php_number_format(x, 2, ",", ".") + "%",  # pembulatanDuaDecimal().'%'
    "phpfloat": php_float,                                        # echo round($x*100)/100
    "phpfloatpct": lambda x: php_float(x) + "%",
    "rpprefix": lambda x: "Rp " + php_number_format(x, 2, ",", "."),
}


def read_back(value: Any, write: str) -> Decimal | str | None:
    """The number a written cell holds, by the column's own convention; MALFORMED if it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    s = str(value).strip()
    if write in ("number", "text"):
        try:
            return Decimal(s)
        except ArithmeticError:
            return MALFORMED
    s = s.removeprefix("Rp ").removesuffix("%")
    thousands, dec = (",", ".") if write in ("dec2", "phpfloat", "phpfloatpct") else (".", ",")
    pattern = rf"^-?\d{{1,3}}(\{thousands}\d{{3}})*(\{dec}\d+)?$|^-?\d+(\{dec}\d+)?$"
    if not re.match(pattern, s):
        return MALFORMED
    return Decimal(s.replace(thousands, "").replace(dec, "."))


# ---------------------------------------------------------------------------
# Derivation expressions: a tiny safe evaluator over column letters
# ---------------------------------------------------------------------------

def rnd2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Row:
    number: int
    kind: str
    id: str | None
    parent: str | None
    cells: dict[str, Any]
    agg: str = "sum"


@dataclass
class Layout:
    name: str
    data: dict[str, Any]
    rows: list[Row]
    derive: list[dict[str, Any]]
    planted: dict[str, dict[str, Any]] = field(default_factory=dict)

    def write_spec(self, col: str, kind: str) -> dict[str, Any]:
        by_kind = self.data.get("formats_by_kind", {}).get(kind, {})
        return by_kind.get(col) or self.data.get("formats", {}).get(col) or {"write": "text"}


class Grid:
    """Logical values of a layout's body (Decimal, str, None or MALFORMED), with derived cells filled."""

    def __init__(self, layout: Layout, overrides: dict[str, Any] | None = None) -> None:
        self.layout = layout
        self.overrides = overrides or {}
        self.values: dict[str, Any] = {}
        self.by_id = {r.id: r for r in layout.rows if r.id}
        self.rules: dict[str, dict[str, Any]] = {}
        for r in layout.rows:
            for d in layout.derive:
                if r.kind in d["when"]:
                    self.rules[f"{d['col']}{r.number}"] = d
        self.touched: set[str] = set()

    def value(self, ref: str) -> Any:
        if ref in self.overrides:
            self.touched.add(ref)
            return self.overrides[ref]
        if ref not in self.values:
            self.values[ref] = self.computed(ref)
        return self.values[ref]

    def computed(self, ref: str) -> Any:
        """The value a cell holds in the corrected copy: its input, else its derivation."""
        col, num = CELL_RE.match(ref).groups()
        row = self.row(int(num))
        if col in row.cells:
            return to_value(row.cells[col])
        rule = self.rules.get(ref)
        return self.evaluate(rule["expr"], row) if rule else None

    def row(self, number: int) -> Row:
        return next(r for r in self.layout.rows if r.number == number)

    def evaluate(self, expr: str, row: Row) -> Any:
        return Evaluator(self, row).run(expr)


def to_value(v: Any) -> Any:
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return v


def num(v: Any) -> Decimal | None:
    return v if isinstance(v, Decimal) else None


class Evaluator:
    """Evaluates one derivation for one row; names are column letters of that row."""

    def __init__(self, grid: Grid, row: Row) -> None:
        self.grid, self.row = grid, row
        self.malformed = False

    def run(self, expr: str) -> Any:
        result = self.node(ast.parse(expr, mode="eval").body)
        return MALFORMED if self.malformed else result

    def cell(self, col: str, row: Row) -> Any:
        v = self.grid.value(f"{col}{row.number}")
        if v == MALFORMED:
            self.malformed = True
            return None
        return v

    def children(self, col: str, row: Row) -> list[Row]:
        return [r for r in self.grid.layout.rows if row.id and r.parent == row.id]

    def node(self, n: ast.AST) -> Any:
        if isinstance(n, ast.Name):
            return self.cell(n.id, self.row)
        if isinstance(n, ast.Constant):
            return to_value(n.value)
        if isinstance(n, ast.BinOp):
            a, b = self.node(n.left), self.node(n.right)
            a, b = num(a) or Decimal(0), num(b) or Decimal(0)
            ops = {ast.Add: a.__add__, ast.Sub: a.__sub__, ast.Mult: a.__mul__}
            if type(n.op) in ops:
                return ops[type(n.op)](b)
            if isinstance(n.op, ast.Div):
                return a / b if b else None
        if isinstance(n, ast.Compare) and len(n.ops) == 1:
            a, b = self.node(n.left), self.node(n.comparators[0])
            return {ast.Eq: a == b, ast.NotEq: a != b}[type(n.ops[0])]
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
            return self.call(n.func.id, n.args)
        raise ValueError(f"unsupported expression: {ast.dump(n)}")

    def call(self, fn: str, args: list[ast.expr]) -> Any:
        if fn == "children":
            col = args[0].id
            return sum((num(self.cell(col, r)) or Decimal(0) for r in self.children(col, self.row)), Decimal(0))
        if fn == "total":   # total("kind|kind", COL): sum of COL over every row of those kinds
            rows = self.rows_of(args[0].value)
            return sum((num(self.cell(args[1].id, r)) or Decimal(0) for r in rows), Decimal(0))
        if fn == "above":      # above(COL): the cell of COL in the row above
            return self.cell(args[0].id, self.grid.row(self.row.number - 1))
        if fn == "average":    # average("kinds", COL): Excel AVERAGE over those rows (blanks ignored), unrounded
            xs = [num(self.cell(args[1].id, r)) for r in self.rows_of(args[0].value)]
            xs = [x for x in xs if x is not None]
            return sum(xs, Decimal(0)) / len(xs) if xs else None
        if fn == "mean_pct":   # mean over rows of kinds of NUM/DEN x 100 (0 where DEN is 0), 2 places
            rows = self.rows_of(args[0].value)
            ratios = [(num(self.cell(args[1].id, r)) or 0) / d * 100 if (d := num(self.cell(args[2].id, r)))
                      else Decimal(0) for r in rows]
            return rnd2(sum(ratios, Decimal(0)) / len(ratios)) if ratios else None
        vals = [self.node(a) for a in args]
        if fn == "quarters":   # the year from the quarters: a sum, or the last filled quarter (row agg: last)
            fn = "last" if self.row.agg == "last" else "sum"
        if fn == "keterangan":  # LKjIP: "Mencapai Target" iff capaian >= 100
            x = num(vals[0])
            return None if x is None else ("Mencapai Target" if x >= 100 else "Tidak Mencapai Target")
        if fn == "predikat":
            return self.predikat(num(vals[0]))
        if fn == "sum":
            return sum((num(v) or Decimal(0) for v in vals), Decimal(0))
        if fn == "last":
            filled = [v for v in vals if num(v) not in (None, Decimal(0))]
            return filled[-1] if filled else Decimal(0)
        if fn == "pct":     # a / b x 100, rounded half up to 2 places; blank when b is 0 or blank
            a, b = num(vals[0]), num(vals[1])
            return rnd2(a / b * 100) if a is not None and b else None
        if fn == "ratio100":   # a / b x 100 unrounded, as a formula's cached value
            a, b = num(vals[0]), num(vals[1])
            return a / b * 100 if a is not None and b else None
        if fn == "round2":
            return rnd2(vals[0]) if num(vals[0]) is not None else None
        if fn == "blank_if_zero":   # blank_if_zero(x, value): blank when x is 0 or blank
            return vals[1] if num(vals[0]) else None
        if fn == "mean":
            xs = [num(v) for v in vals if num(v) is not None]
            return rnd2(sum(xs, Decimal(0)) / len(xs)) if xs else None
        raise ValueError(f"unknown function {fn}")

    def rows_of(self, kinds: str) -> list[Row]:
        wanted = kinds.split("|")
        return [r for r in self.grid.layout.rows if r.kind in wanted]

    def predikat(self, x: Decimal | None) -> str | None:
        """The layout's own predikat scale: bands [floor, label], ``strict`` for > instead of >=."""
        if x is None:
            return None
        scale = self.grid.layout.data["scale"]
        for floor, label in scale["bands"]:
            if x > floor or (not scale.get("strict") and x == floor):
                return label
        return scale["else"]


# ---------------------------------------------------------------------------
# Loading, truth, writing
# ---------------------------------------------------------------------------

def load(name: str) -> Layout:
    """A layout transcription, its rows numbered from ``first_row``."""
    data = yaml.safe_load((LAYOUTS / f"{name}.yaml").read_text(encoding="utf-8"))
    order = data.get("row_columns")
    rows = []
    for i, r in enumerate(data["rows"]):
        cells = dict(r.get("cells", {}))
        if order and "v" in r:
            cells.update({c: v for c, v in zip(order, r["v"], strict=True) if v is not None})
        rows.append(Row(data["first_row"] + i, r["kind"], r.get("id"), r.get("parent"), cells, r.get("agg", "sum")))
    layout = Layout(name, data, rows, data.get("derive", []))
    layout.planted = {e["cell"]: e for e in data.get("errors", [])}
    layout.data["kind_of_row"] = {r.number: r.kind for r in rows}
    return layout


def planted_values(layout: Layout) -> dict[str, Any]:
    return {ref: (MALFORMED if e.get("raw") else to_value(e["stated"])) for ref, e in layout.planted.items()}


def within(stated: Any, expected: Any, rule: dict[str, Any]) -> bool:
    if isinstance(expected, str) or isinstance(stated, str):
        return stated == expected
    if num(stated) is None or num(expected) is None:
        return num(stated) is None and num(expected) is None
    return abs(stated - expected) <= TOLERANCE[rule.get("tolerance", "exact")]


@dataclass
class Finding:
    cell: str
    stated: Any
    expected: Any
    rule: dict[str, Any] | None
    consequence_of: list[str]


def check(layout: Layout, values: dict[str, Any]) -> list[Finding]:
    """Every declared derivation that does not hold on ``values`` (cell -> logical value)."""
    grid = Grid(layout, values)
    findings = []
    for ref, rule in grid.rules.items():
        row = grid.row(int(CELL_RE.match(ref).group(2)))
        grid.touched = set()
        ev = Evaluator(grid, row)
        expected = ev.node(ast.parse(rule["expr"], mode="eval").body)
        stated = values.get(ref)
        if ev.malformed or stated == MALFORMED or within(stated, expected, rule):
            continue
        causes = sorted(t for t in grid.touched if t in layout.planted and t != ref)
        findings.append(Finding(ref, stated, expected, rule, causes))
    return findings


def corrected(layout: Layout) -> dict[str, Any]:
    """Every body cell of the corrected copy: inputs as transcribed, derived cells computed."""
    grid = Grid(layout)
    refs = {f"{c}{r.number}" for r in layout.rows for c in r.cells if not c.startswith("_")} | set(grid.rules)
    return {ref: grid.value(ref) for ref in refs}


def as_submitted(layout: Layout) -> dict[str, Any]:
    """The corrected cells with the planted errors typed over them (nothing recomputed)."""
    return {**corrected(layout), **planted_values(layout)}


def truth(layout: Layout) -> list[dict[str, Any]]:
    """The known errors of the as-submitted copy, computed from the data alone."""
    return _truth(layout)[0]


def unreported(layout: Layout) -> list[dict[str, Any]]:
    """Cells a planted error makes inconsistent through an exporter's own arithmetic that no
    shipped rule or generic check describes (``reported: false``): observations, not expected findings."""
    return _truth(layout)[1]


def _truth(layout: Layout) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    correct = corrected(layout)
    out: list[dict[str, Any]] = []
    quiet: list[dict[str, Any]] = []
    for f in check(layout, as_submitted(layout)):
        e = layout.planted.get(f.cell, {})
        if not e and not f.consequence_of:
            raise ValueError(f"{layout.name}: {f.cell} fails {f.rule['logical']} with nothing planted")
        stated = e.get("stated", num_out(f.stated) if num(f.stated) is not None else f.stated)
        if f.rule.get("reported", True) is False and not e:
            expected = num_out(f.expected) if num(f.expected) is not None else f.expected
            quiet.append({"cell": f.cell, "observation": f"{f.rule['kind']}: stated {stated}, {expected} by the "
                          "exporter's own arithmetic; no shipped rule or generic check describes it (not an "
                          "expected finding)", "consequence_of": f.consequence_of})
            continue
        out.append(entry(f.cell, e, f.rule, stated, f.expected, f.consequence_of))
    for ref, e in layout.planted.items():
        if e.get("raw"):
            out.append(entry(ref, e, None, e["stated"], correct[ref], []))
    missing = set(layout.planted) - {o["cell"] for o in out}
    if missing:
        raise ValueError(f"{layout.name}: planted {sorted(missing)} break no declared derivation")
    return sorted(out, key=_cell_order), sorted(quiet, key=_cell_order)


def _cell_order(o: dict[str, Any]) -> tuple[int, int]:
    col, row = CELL_RE.match(o["cell"]).groups()
    return int(row), column_index_from_string(col)




def entry(ref: str, planted: dict[str, Any], rule: dict[str, Any] | None, stated: Any, expected: Any,
          causes: list[str]) -> dict[str, Any]:
    """One known error. A cell wrong only through a wrong input it reads is that input's consequence:
    Periksa names the cause in a warning, whether a row's own derivation or a parent or total sum found
    the cause (validator/engine.py explained())."""
    rule = rule or {}
    rule_id = rule.get("rule_by_expected", {}).get(expected, rule.get("rule"))
    out = {
        "cell": ref,
        "kind": planted.get("kind") or rule.get("kind") or "malformed number",
        "stated": stated,
        "expected": num_out(expected) if num(expected) is not None else expected,
        "severity": planted.get("severity", "warning" if causes and not planted else "error"),
        "rule": planted.get("rule", "PRK-ANGKA-TIDAK-SAH" if planted.get("raw") else rule_id),
        "column": planted.get("column", rule.get("logical")),
    }
    if causes:
        if not planted:
            out["kind"] = "derived value inconsistent with a wrong input"
        out["consequence_of"] = causes
    if planted.get("note"):
        out["note"] = planted["note"]
    return out


def written(layout: Layout, ref: str, value: Any, raw: str | None) -> tuple[Any, str | None]:
    """(cell value, number format) as the exporter writes ``value`` in cell ``ref``."""
    col, number = CELL_RE.match(ref).groups()
    spec = layout.write_spec(col, layout.data["kind_of_row"][int(number)])
    if raw is not None:
        return raw, "@" if layout.data.get("text_cells") else None
    if not isinstance(value, Decimal):
        return value, "@" if layout.data.get("text_cells") and value is not None else None
    w = spec["write"]
    if w == "number":
        return num_out(value), spec.get("numfmt")
    text = WRITERS[w](value) if w in WRITERS else str(num_out(value))
    return text, "@" if layout.data.get("text_cells") else None


def build_sheet(layout: Layout, values: dict[str, Any], raws: dict[str, str]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = layout.data["sheet"]
    bold = Font(bold=True)
    for item in layout.data["cells"]:
        ref, text, *merge = item
        ws[ref] = text
        ws[ref].font = bold
        ws[ref].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        if layout.data.get("text_cells"):
            ws[ref].number_format = "@"
        if merge and merge[0]:
            ws.merge_cells(merge[0])
    for r in layout.rows:
        for m in r.cells.get("_merge", []):
            ws.merge_cells(m.replace("#", str(r.number)))
    for ref, value in sorted(values.items()):
        if value is None:
            continue
        cell_value, fmt = written(layout, ref, value, raws.get(ref))
        if cell_value is None:
            continue
        ws[ref] = cell_value
        if fmt:
            ws[ref].number_format = fmt
        if layout.data["kind_of_row"][int(CELL_RE.match(ref).group(2))] in layout.data.get("bold_kinds", []):
            ws[ref].font = bold
    for col, width in layout.data.get("widths", {}).items():
        ws.column_dimensions[col].width = width
    return wb


def build(name: str, out: Path = WILD) -> list[dict[str, Any]]:
    """Write the layout's two workbooks and its known-errors file into ``out``; return the known errors."""
    layout = load(name)
    errors = truth(layout)
    correct, submitted = corrected(layout), as_submitted(layout)
    raws = {ref: e["stated"] for ref, e in layout.planted.items() if e.get("raw")}
    creator = layout.data.get("creator", "periksa wild corpus")
    save_fixed(build_sheet(layout, submitted, raws), out / f"{name}.xlsx", creator)
    save_fixed(build_sheet(layout, correct, {}), out / f"{name}-perbaikan.xlsx", creator)
    d = layout.data
    src = [f"{s['repo']} @{s['commit'][:7]} {s['path']}" for s in d["sources"]]
    header = [f"# Known errors of {name}.xlsx, computed by workbooks/make_wild.py from",
              f"# workbooks/wild/layouts/{name}.yaml (independent of Periksa)."]
    notes = [f"Source system: {d['system']}. Exporter: " + "; ".join(src), *d.get("notes", [])]
    head = [*header, f'workbook: "{name}.xlsx"', f'sheet: "{d["sheet"]}"', f'family: "{d["family"]}"',
            f'pack: "{d["pack"]}"' if d.get("pack") else "pack: null", f'seed: "{d["seed"]}"']
    write_known_errors(out / f"{name}.known-errors.yaml", head, notes, errors,
                       [*d.get("other_observations", []), *unreported(layout)])
    return errors


def layout_names() -> list[str]:
    return sorted(p.stem for p in LAYOUTS.glob("*.yaml"))


def column_maps() -> str:
    """The README section: per layout, its source and column map."""
    out = []
    for name in layout_names():
        d = yaml.safe_load((LAYOUTS / f"{name}.yaml").read_text(encoding="utf-8"))
        out += [f"### {name}", "", f"- system: {d['system']}", f"- family: {d['family']}"
                f" (pack `{d['pack']}`)" if d.get("pack") else f"- family: {d['family']} (no shipped pack)"]
        for s in d["sources"]:
            out.append(f"- source: `{s['repo']}` @ `{s['commit'][:7]}` `{s['path']}`: {s['what']}")
        out.append(f"- seed rows: {d['seed']}")
        if d.get("reconstructed"):
            out.append(f"- reconstructed (not in the source): {d['reconstructed']}")
        out += ["", "| column | header as printed | logical column |", "|---|---|---|"]
        for col, m in d["column_map"].items():
            logical = m.get("logical") or "not a regulated column"
            part = f" ({m['part']})" if m.get("part") else ""
            out.append(f"| `{col}` | {m['header']} | {logical}{part} |")
        out.append("")
    return "\n".join(out)


def wordings() -> str:
    """Every header wording seen per logical column, across layouts (test data for header matching)."""
    seen: dict[str, list[str]] = {}
    for name in layout_names():
        d = yaml.safe_load((LAYOUTS / f"{name}.yaml").read_text(encoding="utf-8"))
        for m in [*d["column_map"].values(), *d.get("also_seen", [])]:
            if m.get("logical"):
                key = f"{m.get('family_key', d['family_key'])}:{m['logical'].split('.')[0]}"
                words = m["header"]
                seen.setdefault(key, [])
                if words not in seen[key]:
                    seen[key].append(words)
    lines = ["# Header wordings seen per logical column (family:column), generated by make_wild.py",
             "# from the column maps in layouts/*.yaml: the text of every header row over the column,",
             "# top to bottom, joined by ' / ' (number-row text included). Test data for header matching."]
    for key in sorted(seen, key=lambda k: (k.split(":")[0], _colkey(k.split(":")[1]))):
        lines.append(f'"{key}":')
        lines += [f"  - {yaml.safe_dump(w, allow_unicode=True, width=1000).strip().removesuffix('...').strip()}"
                  for w in seen[key]]
    return "\n".join(lines) + "\n"


def _colkey(c: str) -> tuple[int, str]:
    return (int(c), "") if c.isdigit() else (999, c)


def write_docs() -> None:
    readme = WILD / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- column-maps -->", "<!-- /column-maps -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    readme.write_text(f"{head}{start}\n\n{column_maps()}\n{end}{tail}", encoding="utf-8")
    (WILD / "wordings.yaml").write_text(wordings(), encoding="utf-8")


def main(argv: list[str]) -> None:
    for name in argv or layout_names():
        errors = build(name)
        print(f"{name}: {len(errors)} known errors")
    write_docs()


if __name__ == "__main__":
    main(sys.argv[1:])
