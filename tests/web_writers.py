"""Write a workbook (openpyxl) as the two web-export forms Periksa reads: an HTML table per sheet
saved as .xls, and XML Spreadsheet 2003. Test helpers only: what Excel itself writes for each
(``x:num`` numbers with their display text in HTML; typed ``Data`` and ``ss:StyleID`` in XML)."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

HTML_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">\n'
             '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style>td {mso-number-format:"\\@";} .tebal {font-weight:700;}</style></head><body>\n')
XML_HEAD = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n')


def _merges(sheet: Worksheet) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    """Top-left cell -> (rows, cols) of each merged range, and the cells the ranges cover."""
    spans, covered = {}, set()
    for merged in sheet.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (merged.max_row - merged.min_row + 1,
                                                   merged.max_col - merged.min_col + 1)
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != (merged.min_row, merged.min_col):
                    covered.add((row, col))
    return spans, covered


def _css_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def html_table(sheet: Worksheet) -> str:
    spans, covered = _merges(sheet)
    rows = [f"<table border=\"1\" title={quoteattr(sheet.title)}>"]
    for r in range(1, sheet.max_row + 1):
        cells = []
        for c in range(1, sheet.max_column + 1):
            if (r, c) in covered:
                continue
            cell = sheet.cell(r, c)
            attrs = ""
            rowspan, colspan = spans.get((r, c), (1, 1))
            if rowspan > 1:
                attrs += f' rowspan="{rowspan}"'
            if colspan > 1:
                attrs += f' colspan="{colspan}"'
            value = cell.value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                attrs += f' x:num="{value!r}"'
                if cell.number_format != "General":
                    attrs += f' style="mso-number-format:{escape(_css_string(cell.number_format))}"'
                text = escape(str(value))
            else:
                text = "" if value is None else escape(str(value)).replace("\n", "<br>")
            if cell.font is not None and cell.font.b and text:
                attrs += ' class="tebal"' if c % 2 else ""
                text = text if c % 2 else f"<b>{text}</b>"
            cells.append(f"<td{attrs}>{text}</td>")
        while cells and cells[-1] == "<td></td>":
            cells.pop()
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def to_html(book: Workbook) -> bytes:
    """Every sheet as one titled table of one page, as an exporter's "Download Excel" writes it."""
    tables = "\n<br>\n".join(html_table(sheet) for sheet in book.worksheets)
    return (HTML_HEAD + tables + "\n</body></html>\n").encode("utf-8")


def _xml_value(value: object, error: bool) -> tuple[str, str]:
    if error:
        return "Error", str(value)
    if isinstance(value, bool):
        return "Boolean", "1" if value else "0"
    if isinstance(value, (int, float)):
        return "Number", repr(value)
    if isinstance(value, (datetime, date)):
        return "DateTime", value.isoformat()
    return "String", str(value)


def to_spreadsheetml(book: Workbook) -> bytes:
    """The workbook as XML Spreadsheet 2003: styles for each (bold, format), ss:Index only where
    Excel writes it (after a gap), merges as MergeAcross/MergeDown."""
    styles: dict[tuple[bool, str], str] = {}
    sheets = []
    for sheet in book.worksheets:
        spans, covered = _merges(sheet)
        lines = [f"<Worksheet ss:Name={quoteattr(sheet.title)}><Table>"]
        last_row = 0
        for r in range(1, sheet.max_row + 1):
            cells, next_col = [], 1
            for c in range(1, sheet.max_column + 1):
                cell = sheet.cell(r, c)
                if (r, c) in covered or (cell.value is None and (r, c) not in spans):
                    continue
                key = (bool(cell.font is not None and cell.font.b), cell.number_format or "General")
                style = styles.setdefault(key, f"s{len(styles) + 62}")
                attrs = f' ss:Index="{c}"' if c != next_col else ""
                rowspan, colspan = spans.get((r, c), (1, 1))
                attrs += f' ss:MergeAcross="{colspan - 1}"' if colspan > 1 else ""
                attrs += f' ss:MergeDown="{rowspan - 1}"' if rowspan > 1 else ""
                data = ""
                if cell.value is not None:
                    kind, text = _xml_value(cell.value, cell.data_type == "e")
                    data = f'<Data ss:Type="{kind}">{xml_escape(text).replace(chr(10), "&#10;")}</Data>'
                cells.append(f'<Cell{attrs} ss:StyleID="{style}">{data}</Cell>')
                next_col = c + colspan
            if cells:
                index = f' ss:Index="{r}"' if r != last_row + 1 else ""
                lines.append(f"<Row{index}>" + "".join(cells) + "</Row>")
                last_row = r
        lines.append("</Table></Worksheet>")
        sheets.append("\n".join(lines))
    style_xml = ['<Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>']
    for (bold, fmt), ident in styles.items():
        font = '<Font ss:Bold="1"/>' if bold else ""
        number = f"<NumberFormat ss:Format={quoteattr(fmt)}/>" if fmt != "General" else ""
        style_xml.append(f'<Style ss:ID="{ident}">{font}{number}</Style>')
    style_xml.append("</Styles>")
    return (XML_HEAD + "\n".join(style_xml) + "\n" + "\n".join(sheets) + "\n</Workbook>\n").encode("utf-8")
