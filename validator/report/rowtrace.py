"""The rows as the rules saw them (``periksa check --explain-rows``): each row's level, parent
and summary kind, and per rule whether it held, found something, or was skipped and why. For
an author whose rule finds nothing: the answer is usually here (a row set that is empty, a
level that no row has)."""

from __future__ import annotations

from validator import messages
from validator.model import RowTrace, RuleOutcome, TableTrace

GROUPS = (("ok", ("ok",)), ("finding", ("finding",)), ("skipped", ("skipped",)),
          ("not-applied", ("when", "blank", "require")))


def lines(trace: TableTrace, lang: str) -> list[str]:
    out = [messages.t("trace-title", lang, table=f"{trace.sheet}!{trace.range}", pack=trace.pack)]
    for row in trace.rows:
        out.append(f"{row.row:>6}  {_what(row, lang):<34} {row.label[:70]}")
        for group, statuses in GROUPS:
            chosen = [o for o in row.outcomes if o.status in statuses]
            if chosen:
                text = ", ".join(_outcome(o, lang) for o in chosen)
                out.append(f"{'':>8}{messages.t(f'trace-{group}', lang)}: {text}")
    return out


def _what(row: RowTrace, lang: str) -> str:
    if row.kind == "summary":
        return messages.t("trace-summary", lang, kind=row.summary or "-", level=row.level or "-",
                          scope=row.scope or "-")
    if row.kind == "continuation":
        return messages.t("trace-extra", lang, row=row.owner if row.owner is not None else "-")
    parent = messages.t("trace-parent", lang, row=row.parent) if row.parent is not None else ""
    return f"{row.level or messages.t('trace-no-level', lang)} {parent}".strip()


def _outcome(outcome: RuleOutcome, lang: str) -> str:
    if outcome.status == "ok":
        return outcome.rule
    if outcome.status == "finding":
        severity = messages.t(f"severity-{outcome.severity}", lang) if outcome.severity else ""
        return f"{outcome.rule} ({' '.join(p for p in (outcome.cell, severity) if p)})"
    key = f"skip-{outcome.reason}" if outcome.status == "skipped" else f"outcome-{outcome.status}"
    return f"{outcome.rule} ({messages.t(key, lang, detail=outcome.detail)})"
