"""One self-contained HTML page (inline CSS and JS, no network) to send to a planner.

Per workbook: a summary, then findings grouped by table and rule, each with
its row's other values for context. Filters by severity and rule live in
the URL fragment (``#severity=error&rule=TC29-13K``) so a filtered view can
be linked to.
"""

from __future__ import annotations

from html import escape
from itertools import groupby

from validator import messages
from validator.model import FileResult, Finding, Report, Row, Severity
from validator.report.common import summary

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;word-break:break-all}h3{font-size:1rem}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #ccc;padding:.2rem .45rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}td.num{text-align:right;white-space:nowrap}
tr.error td:first-child{border-left:4px solid #c00}tr.warning td:first-child{border-left:4px solid #e0a000}
tr.info td:first-child{border-left:4px solid #3a7bd5}.failed{color:#c00;font-weight:bold}
.context{display:block;overflow-x:auto;max-width:70vw}
.context td,.context th{font-size:12px}.context .hit{background:#ffc7ce;font-weight:bold}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}
.muted{color:#666}[hidden]{display:none!important}
"""

JS = """
const sev = document.getElementById('f-severity'), rule = document.getElementById('f-rule');
function apply() {
  document.querySelectorAll('tr.finding').forEach(tr => {
    tr.hidden = (sev.value && tr.dataset.severity !== sev.value) || (rule.value && tr.dataset.rule !== rule.value);
  });
  document.querySelectorAll('.group').forEach(g => {
    g.hidden = !g.querySelector('tr.finding:not([hidden])');
  });
  const params = new URLSearchParams();
  if (sev.value) params.set('severity', sev.value);
  if (rule.value) params.set('rule', rule.value);
  history.replaceState(null, '', params.toString() ? '#' + params : location.pathname);
}
const start = new URLSearchParams(location.hash.slice(1));
sev.value = start.get('severity') || ''; rule.value = start.get('rule') || '';
sev.onchange = rule.onchange = apply; apply();
"""


def _rows(result: FileResult) -> dict[tuple[str, int], Row]:
    return {(table.sheet, row.index): row for table in result.tables for row in table.rows}


def _context(finding: Finding, row: Row | None, lang: str) -> str:
    """The finding's row, every logical column, with the finding's cell highlighted.

    Kode and name are left out: the row label already shows them.
    """
    if row is None:
        return ""
    names = [name for name in row.refs
             if row.cells[name].text is None or row.cells[name].text not in (row.kode, row.label)]
    head = "".join(f"<th>{escape(name)}</th>" for name in names)
    body = "".join(
        f'<td class="num{" hit" if row.refs[name] == finding.cell else ""}">'
        f"{escape(messages.number(row.cells[name].number, lang) or row.cells[name].text or '')}</td>"
        for name in names
    )
    return (f"<details><summary>{escape(messages.t('col-context', lang))}</summary>"
            f'<table class="context"><tr>{head}</tr><tr>{body}</tr></table></details>')


def _finding(finding: Finding, row: Row | None, lang: str) -> str:
    severity = finding.severity.value
    cells = [
        escape(finding.cell.a1), escape(messages.t(f"severity-{severity}", lang)), escape(finding.row_label),
        escape(messages.number(finding.actual, lang)), escape(messages.number(finding.expected, lang)),
        escape(finding.message) + _context(finding, row, lang),
    ]
    tds = "".join(f'<td class="num">{c}</td>' if i in (3, 4) else f"<td>{c}</td>" for i, c in enumerate(cells))
    return (f'<tr class="finding {severity}" data-severity="{severity}" '
            f'data-rule="{escape(finding.rule)}">{tds}</tr>')


def _overview(report: Report, lang: str) -> str:
    """One line per workbook, for an auditor reviewing many agencies at once."""
    keys = ("col-file", "col-status", "col-tables", "col-errors", "col-warnings")
    header = "".join(f"<th>{escape(messages.t(k, lang))}</th>" for k in keys)
    lines = []
    for index, result in enumerate(report.files):
        status = messages.t("could-not-check", lang) if result.status == "error" else "ok"
        numbers = (len(result.tables), result.count(Severity.ERROR), result.count(Severity.WARNING))
        tds = "".join(f"<td class=num>{n}</td>" for n in numbers)
        lines.append(f'<tr><td><a href="#file-{index}">{escape(result.path)}</a></td>'
                     f"<td>{escape(status)}</td>{tds}</tr>")
    return f'<table class="overview"><tr>{header}</tr>{"".join(lines)}</table>'


def _file(result: FileResult, lang: str, index: int = 0) -> str:
    parts = [f'<section id="file-{index}"><h2>{escape(result.path)}</h2>']
    if result.status == "error":
        failed = f"{messages.t('could-not-check', lang)}: {result.error or ''}"
        parts.append(f'<p class="failed">{escape(failed)}</p>')
    counts = (len(result.tables), result.count(Severity.ERROR), result.count(Severity.WARNING))
    header = "".join(f"<th>{escape(messages.t(k, lang))}</th>" for k in ("col-tables", "col-errors", "col-warnings"))
    parts.append(f"<table><tr>{header}</tr><tr>{''.join(f'<td class=num>{n}</td>' for n in counts)}</tr></table>")
    parts += [f'<p class="muted">{escape(note)}</p>' for note in result.notes]
    if result.status == "ok" and not result.findings:
        parts.append(f"<p>✓ {escape(messages.t('clean', lang))}</p>")
    rows = _rows(result)
    columns = "".join(f"<th>{escape(messages.t(k, lang))}</th>" for k in (
        "col-cell", "col-severity", "col-row", "col-actual", "col-expected", "col-message"))
    ordered = sorted(result.findings, key=lambda f: (f.table, f.rule, *f.sort_key()))
    for table, in_table in groupby(ordered, key=lambda f: f.table):
        parts.append(f'<div class="group"><h3>{escape(table or result.path)}</h3>')
        for rule, group in groupby(in_table, key=lambda f: f.rule):
            findings = list(group)
            parts.append(f'<div class="group"><h4>{escape(rule)} <span class="muted">'
                         f"({escape(messages.t('findings-count', lang, count=len(findings)))})</span></h4>"
                         f"<table><tr>{columns}</tr>")
            parts += [_finding(f, rows.get((f.cell.sheet, f.cell.row)), lang) for f in findings]
            parts.append("</table></div>")
        parts.append("</div>")
    parts.append("</section>")
    return "\n".join(parts)


def _select(name: str, label: str, options: list[tuple[str, str]], lang: str) -> str:
    choices = "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in options)
    return (f'<label>{escape(label)} <select id="f-{name}"><option value="">'
            f"{escape(messages.t('all', lang))}</option>{choices}</select></label>")


def render(report: Report, lang: str) -> str:
    title = messages.t("report-title", lang)
    severities = [(s.value, messages.t(f"severity-{s.value}", lang)) for s in Severity]
    rules = [(r, r) for r in sorted({f.rule for f in report.findings})]
    filters = (_select("severity", messages.t("filter-severity", lang), severities, lang) + " "
               + _select("rule", messages.t("filter-rule", lang), rules, lang))
    body = "\n".join(_file(result, lang, index) for index, result in enumerate(report.files))
    overview = _overview(report, lang) if len(report.files) > 1 else ""
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n"
            f"<h1>{escape(title)}</h1><p>{escape(summary(report, lang))}</p>\n{overview}\n"
            f'<div class="filters">{filters}</div>\n{body}\n<script>{JS}</script>\n</body></html>\n')
