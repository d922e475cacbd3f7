"""Build the web-export samples listed in web-exports.yaml: an e-monev HTML table saved as .xls and an
XML Spreadsheet 2003 file, each with its -perbaikan copy and .known-errors.yaml.

The rows are those of an existing sample (their errors were computed when it was transcribed, by
make_samples*.py, and are carried over cell for cell, since the layout keeps every cell in place);
the planted errors' truth is computed here from the rows, not by Periksa.
Run from the repository root: python workbooks/make_samples_web.py
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import yaml
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplekit import num_out, rnd, write_known_errors

HERE = Path(__file__).resolve().parent
QUOTED = re.compile(r'"([^"]*)"')


def merges(ws: Worksheet) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    spans, covered = {}, set()
    for m in ws.merged_cells.ranges:
        spans[(m.min_row, m.min_col)] = (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1)
        covered |= {(r, c) for r in range(m.min_row, m.max_row + 1) for c in range(m.min_col, m.max_col + 1)
                    if (r, c) != (m.min_row, m.min_col)}
    return spans, covered


def php_echo(x: float | int) -> str:
    """What PHP prints for a number from the database: 100, 76.49."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def rupiah(x: float | int) -> str:
    """number_format($x, 2, ',', '.')."""
    return f"{x:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


def html_text(cell: Any, rupiah_cols: set[int]) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if cell.column in rupiah_cols:
            return rupiah(value)
        unit = QUOTED.findall(cell.number_format or "")
        return php_echo(value) + (" " + unit[-1].strip() if unit and unit[-1].strip() else "")
    return escape(str(value)).replace("\n", "<br>")


def to_html(ws: Worksheet, spec: dict[str, Any], planted: dict[tuple[int, int], str]) -> str:
    first, last = spec["header_rows"]
    rupiah_cols = {column_index_from_string(c) for c in spec["rupiah_columns"].split()}
    spans, covered = merges(ws)
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"'
           ' xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
           f"<x:Name>{escape(ws.title)}</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions>"
           "</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->",
           "<style>td { mso-number-format:\"\\@\"; vertical-align:top; } th { background:#eee; }",
           "br { mso-data-placement:same-cell; } table { border-collapse:collapse; }</style></head><body>"]
    for r in range(1, first):
        text = " ".join(str(c.value) for c in ws[r] if c.value is not None)
        if text and r < first - 1:
            out.append(f"<h4>{escape(text)}</h4>")
    out.append('<table border="1">')
    out.append(f'<tr><td colspan="{ws.max_column}">&nbsp;</td></tr>')
    for r in range(first, ws.max_row + 1):
        cells = []
        for c in range(1, ws.max_column + 1):
            if (r, c) in covered:
                continue
            cell = ws.cell(r, c)
            rows, cols = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{cols}"' if cols > 1 else "")
            text = planted.get((r, c), html_text(cell, rupiah_cols))
            tag = "th" if r <= last else "td"
            if cell.font.b and text and tag == "td":
                text = f"<b>{text}</b>"
            cells.append(f"<{tag}{attrs}>{text}</{tag}>")
        while cells and cells[-1] in ("<td></td>", "<th></th>"):
            cells.pop()
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


XML_STYLES = """ <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/><Borders/>
   <Font ss:FontName="Arial" x:Family="Swiss" ss:Size="10"/><Interior/><NumberFormat/><Protection/></Style>
  <Style ss:ID="s62"><Alignment ss:Vertical="Top" ss:WrapText="1"/><Borders>
    <Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Left" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Right" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Top" ss:LineStyle="Continuous" ss:Weight="1"/></Borders></Style>
  <Style ss:ID="s63" ss:Parent="s62"><Font ss:FontName="Arial" ss:Size="10" ss:Bold="1"/></Style>
  <Style ss:ID="s64" ss:Parent="s62"><NumberFormat ss:Format="#,##0"/></Style>
  <Style ss:ID="s65" ss:Parent="s63"><NumberFormat ss:Format="#,##0"/></Style>
  <Style ss:ID="s66"><Font ss:FontName="Arial" ss:Size="11" ss:Bold="1"/></Style>
 </Styles>
"""


def to_spreadsheetml(ws: Worksheet, planted: dict[tuple[int, int], Any]) -> str:
    spans, covered = merges(ws)
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"',
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">',
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>e-Renja</Author>'
           '<Created>2022-03-01T08:00:00Z</Created><Version>12.00</Version></DocumentProperties>',
           ' <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel"><ProtectStructure>False</ProtectStructure>'
           '<ProtectWindows>False</ProtectWindows></ExcelWorkbook>', XML_STYLES.rstrip("\n"),
           f" <Worksheet ss:Name={quoteattr(ws.title)}>",
           f'  <Table ss:ExpandedColumnCount="{ws.max_column}" ss:ExpandedRowCount="{ws.max_row}" x:FullColumns="1"'
           ' x:FullRows="1">']
    out += [f'   <Column ss:Index="{c}" ss:AutoFitWidth="0" ss:Width="{60 if c > 6 else 18}"/>'
            for c in range(1, ws.max_column + 1)]
    last_row = 0
    for r in range(1, ws.max_row + 1):
        cells, next_col = [], 1
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(r, c)
            value = planted.get((r, c), cell.value)
            if (r, c) in covered or (value is None and (r, c) not in spans):
                continue
            rows, cols = spans.get((r, c), (1, 1))
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            framed = r > 6
            style = ("s65" if cell.font.b else "s64") if number else (
                ("s63" if cell.font.b else "s62") if framed else ("s66" if cell.font.b else "Default"))
            attrs = (f' ss:Index="{c}"' if c != next_col else "") + (
                f' ss:MergeAcross="{cols - 1}"' if cols > 1 else "") + (
                f' ss:MergeDown="{rows - 1}"' if rows > 1 else "")
            data = ""
            if value is not None:
                kind, text = ("Number", php_echo(value)) if number else ("String", str(value))
                data = f'<Data ss:Type="{kind}">{xml_escape(text).replace(chr(10), "&#10;")}</Data>'
            cells.append(f'<Cell{attrs} ss:StyleID="{style}">{data}</Cell>')
            next_col = c + cols
        if cells:
            index = f' ss:Index="{r}"' if r != last_row + 1 else ""
            out.append(f'   <Row{index} ss:AutoFitHeight="0">' + "".join(cells) + "</Row>")
            last_row = r
    out += ["  </Table>", '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">'
            '<PageSetup><Layout x:Orientation="Landscape"/></PageSetup><Selected/></WorksheetOptions>',
            " </Worksheet>", "</Workbook>"]
    return "\n".join(out) + "\n"


def rc(ref: str) -> tuple[int, int]:
    letters, row = coordinate_from_string(ref)
    return row, column_index_from_string(letters)


def truth(ws: Worksheet, plant: dict[str, Any], sheet: str) -> dict[str, Any]:
    """The planted error as the known-errors file states it, computed from the rows."""
    entry: dict[str, Any] = {"sheet": sheet, "cell": plant["cell"], "kind": plant["kind"]}
    if plant["kind"] == "parent Rp != sum of children":
        values = {ref: Decimal(str(plant["value"] if ref == plant["cell"] else ws[ref].value))
                  for ref in plant["children"]}
        entry.update(cell=plant["parent"], stated=ws[plant["parent"]].value, expected=num_out(sum(values.values())),
                     planted_cell=plant["cell"], planted_value=plant["value"])
    elif plant["kind"] == "Excel error value":
        row = rc(plant["cell"])[0]
        num, den = (Decimal(str(ws[f"{col}{row}"].value)) for col in plant["ratio"])
        entry.update(stated=plant["text"], expected=num_out(rnd(num / den * 100, 2)))
    else:
        entry.update(stated=plant["text"], expected=None)
    return entry


def build(spec: dict[str, Any]) -> None:
    source = load_workbook(HERE / spec["source"])
    corrected = load_workbook(HERE / spec["source"].replace(".xlsx", "-perbaikan.xlsx"))
    ws, ws_ok = source.active, corrected.active
    out = HERE / spec["output"]
    fixed = out.with_name(out.stem + "-perbaikan" + out.suffix)
    planted = {rc(p["cell"]): p.get("text", p.get("value")) for p in spec["planted"]}
    if spec["form"] == "html":
        out.write_text(to_html(ws, spec, planted), encoding="utf-8")
        fixed.write_text(to_html(ws_ok, spec, {}), encoding="utf-8")
    else:
        out.write_text(to_spreadsheetml(ws, planted), encoding="utf-8")
        fixed.write_text(to_spreadsheetml(ws_ok, {}), encoding="utf-8")
    known = yaml.safe_load((HERE / spec["source"].replace(".xlsx", ".known-errors.yaml")).read_text("utf-8"))
    sheet = known.get("sheet", ws.title)
    errors = [{"sheet": e.get("sheet", sheet), **{k: v for k, v in e.items() if k != "sheet"}}
              for e in known["errors"]]
    errors += [truth(ws, plant, sheet) for plant in spec["planted"]]
    header = [f"# Rule violations in {spec['output']}: the rows of {spec['source']} (its errors, computed by",
              "# its own independent checker, carried over cell for cell) in a web exporter's form, plus planted",
              "# errors whose truth make_samples_web.py computes from the rows.",
              f"workbook: \"{spec['output']}\"", f"sheet: \"{sheet}\"", f"source: \"{spec['source']}\""]
    notes = [f"Form: {spec['exporter']}",
             f"Rows, cells and the errors below up to the planted ones are those of {spec['source']} "
             f"(see {spec['source'].replace('.xlsx', '.known-errors.yaml')} for the transcription notes).",
             *[f"Planted {p['cell']}: {p['note']}" for p in spec["planted"]]]
    write_known_errors(out.with_name(out.name.rsplit(".", 1)[0] + ".known-errors.yaml"), header, notes, errors, [])


def main() -> None:
    for spec in yaml.safe_load((HERE / "web-exports.yaml").read_text("utf-8"))["samples"]:
        build(spec)


if __name__ == "__main__":
    main()
