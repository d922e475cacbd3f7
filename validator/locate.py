"""Find tables in a sheet by their column-number row, and pick a rule pack.

Agencies put tables anywhere: under title rows, with multi-row merged
headers, K / Rp sub-headers, and the header repeated at every page. What
they almost always keep is the row that numbers the columns (``1 2 3 ...
13=12/7x100%``); that row anchors the table, and the numbers name the
logical columns the rule packs speak of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .grid import Sheet
from .rulepack import Library, Pack

_NUMBER_CELL = re.compile(r"^\(?\s*-?(\d{1,2})\s*\)?\s*(?:=\s*(.*))?$", re.DOTALL)
_SUB = {"k": "K", "rp": "Rp", "rp.": "Rp"}
MAX_HEADER_ROWS = 6
TITLE_ROWS = 10


@dataclass
class Header:
    """A column-number row and what it says about the columns."""

    number_row: int
    sub_row: int | None
    top: int
    bottom: int
    columns: dict[str, int]
    labels: dict[str, str]
    spans: dict[str, int] = field(default_factory=dict)
    title: str = ""
    text: str = ""
    first_col: int = 0
    last_col: int = 0


@dataclass
class Located:
    header: Header
    pack: Pack | None
    body_start: int
    body_end: int
    repeats: list[int] = field(default_factory=list)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class MergeMap:
    """Where merged ranges start and how far they reach."""

    def __init__(self, sheet: Sheet) -> None:
        self.anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self.span: dict[tuple[int, int], tuple[int, int]] = {}
        for r1, c1, r2, c2 in sheet.merged:
            self.span[(r1, c1)] = (r2, c2)
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 20000:
                continue
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.anchor[(r, c)] = (r1, c1)

    def covered(self, row: int, col: int) -> bool:
        return self.anchor.get((row, col), (row, col)) != (row, col)

    def last_col(self, row: int, col: int) -> int:
        return self.span.get((row, col), (row, col))[1]


def number_row(sheet: Sheet, row: int, merges: MergeMap) -> list[tuple[int, int, str]] | None:
    """(number, column, label) when the row numbers columns 1, 2, 3, ... in order."""
    found: list[tuple[int, int, str]] = []
    for col in sheet.filled_cols(row):
        if merges.covered(row, col):
            continue
        text = _text(sheet.value(row, col))
        if not text:
            continue
        match = _NUMBER_CELL.match(text)
        if not match:
            return None
        found.append((int(match.group(1)), col, match.group(2) or ""))
    numbers = [n for n, _, _ in found]
    if len(numbers) < 5 or numbers[0] > 5 or numbers != sorted(set(numbers)):
        return None
    # in-year tables hide columns: "3 4 5 7 8 ... 15 17" still numbers its columns in order
    steps = sum(1 for a, b in pairwise(numbers) if b == a + 1)
    return found if steps >= 4 and steps >= (len(numbers) - 1) * 0.6 else None


def _sub_row(sheet: Sheet, row: int) -> dict[int, str]:
    subs = {}
    for col in sheet.filled_cols(row):
        sub = _SUB.get(_text(sheet.value(row, col)).lower())
        if sub:
            subs[col] = sub
    return subs


def header_at(sheet: Sheet, row: int, merges: MergeMap) -> Header | None:
    numbered = number_row(sheet, row, merges)
    if numbered is None:
        return None
    sub_row, subs = None, {}
    for candidate in (row - 1, row + 1, row - 2, row + 2):
        found = _sub_row(sheet, candidate) if candidate > 0 else {}
        if len(found) >= 2:
            sub_row, subs = candidate, found
            break
    columns: dict[str, int] = {}
    labels: dict[str, str] = {}
    spans: dict[str, int] = {}
    next_cols = [col for _, col, _ in numbered[1:]] + [sheet.max_col + 1]
    for (number, col, label), next_col in zip(numbered, next_cols, strict=True):
        end = max(merges.last_col(row, col), col)
        if not merges.span and end == col and next_col <= sheet.max_col:
            end = next_col - 1  # no merges at all (CSV): a number covers the columns up to the next one
        if end == col and subs.get(col) == "K" and subs.get(col + 1) == "Rp" and next_col > col + 1:
            end = col + 1
        labels[str(number)] = label
        under = [(c, subs[c]) for c in range(col, end + 1) if c in subs]
        if len(under) >= 2:
            for c, sub in under:
                columns[f"{number}.{sub}"] = c
        else:
            columns[str(number)] = col
            spans[str(number)] = end
    rows = [r for r in (row, sub_row) if r]
    top = min(rows)
    while top > 1 and row - top < MAX_HEADER_ROWS and _header_text(sheet, top - 1, numbered, merges):
        top -= 1
    cols = list(columns.values())
    header = Header(row, sub_row, top, max(rows), columns, labels, spans, first_col=min(cols),
                    last_col=max(max(cols), *spans.values()))
    header.text = " ".join(
        _text(sheet.value(r, c)) for r in range(top, header.bottom + 1) for c in sheet.filled_cols(r)
        if isinstance(sheet.value(r, c), str)
    )
    header.title = " ".join(
        _text(sheet.value(r, c))
        for r in range(max(1, top - TITLE_ROWS), top)
        for c in sheet.filled_cols(r)
        if isinstance(sheet.value(r, c), str)
    )
    return header


def _header_text(sheet: Sheet, row: int, numbered: list[tuple[int, int, str]], merges: MergeMap) -> bool:
    """A header row above the numbers: labels in several table columns, no numbers."""
    filled = 0
    for _, col, _ in numbered:
        value = sheet.value(*merges.anchor.get((row, col), (row, col)))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return False
        filled += bool(_text(value))
    return filled >= max(2, len(numbered) // 3)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("×", "x").lower()


def score(pack: Pack, header: Header) -> float | None:
    """How well a pack fits a header; None when the pack's columns are missing or
    nothing but the column count speaks for it (a count alone proves nothing)."""
    needed = pack.logical_columns()
    if any(column not in header.columns for column in needed):
        return None
    detect = pack.data.get("detect", {})
    evidence = 0.0
    for number, fragment in detect.get("column_labels", {}).items():
        if _norm(fragment) in _norm(header.labels.get(number, "")):
            evidence += 2
    title = header.title.lower()
    evidence += sum(0.5 for word in detect.get("title_keywords", []) if word.lower() in title)
    text = header.text.lower()
    evidence += sum(1 for word in detect.get("header_keywords", []) if word.lower() in text)
    if evidence == 0 and any(detect.get(k) for k in ("column_labels", "title_keywords", "header_keywords")):
        return None
    points = evidence
    if detect.get("columns") == len(header.labels):
        points += 3
    elif detect.get("columns"):
        points -= abs(detect["columns"] - len(header.labels))
    return points - len(set(header.columns) - set(needed))


def choose_pack(header: Header, library: Library, forced: str | None = None) -> Pack | None:
    if forced:
        return library.packs[forced]
    scored = [(s, pack.id, pack) for pack in library.packs.values() if (s := score(pack, header)) is not None]
    scored = [item for item in scored if item[0] > 0]
    # a project's own pack (Pack.project) that fits wins over bundled ones
    return max(scored, key=lambda item: (item[2].project, item[0], item[1]))[2] if scored else None


def locate(sheet: Sheet, library: Library, forced: str | None = None) -> list[Located]:
    """Every table in the sheet; a header repeated after a page break is not a new table."""
    merges = MergeMap(sheet)
    headers = [h for row in sheet.filled_rows() if (h := header_at(sheet, row, merges))]
    label_packs: dict[int, Pack] = {}
    if not headers:
        for row in sheet.filled_rows():
            for pack in library.packs.values():
                labelled = labelled_header(sheet, row, pack, merges)
                if labelled and (forced is None or forced == pack.id):
                    headers.append(labelled)
                    label_packs[row] = pack
                    break
    tables: list[Located] = []
    for header in headers:
        previous = tables[-1] if tables else None
        # a header recognised by another pack's labels is another table, though its sub-labels read the same
        if previous and previous.header.labels == header.labels and not _titled(header, previous) \
                and label_packs.get(previous.header.number_row) is label_packs.get(header.number_row) \
                and not _another_period(sheet, header, previous):
            previous.repeats.append(header.number_row)
            if header.sub_row:
                previous.repeats.append(header.sub_row)
            continue
        if previous:
            previous.body_end = header.top - 1
        pack = label_packs.get(header.number_row) or choose_pack(header, library, forced)
        tables.append(Located(header, pack, header.bottom + 1, sheet.max_row))
    return tables


def labelled_header(sheet: Sheet, row: int, pack: Pack, merges: MergeMap | None = None) -> Header | None:
    """A header without a column-number row, recognised by the pack's labels in order
    (``detect.header_labels``); its columns are numbered 1, 2, 3 ... as printed. A label
    merged across columns over a row of sub-labels ("Target ... pada Tahun ke-" over
    2021 ... 2026) gives one column per sub-label, and the sub-label is its label."""
    patterns = pack.data.get("detect", {}).get("header_labels")
    if not patterns:
        return None
    cols = sheet.filled_cols(row)
    texts = [_text(sheet.value(row, c)) for c in cols]
    if len(texts) != len(patterns) or not all(re.search(p, t, re.IGNORECASE) for p, t in zip(patterns, texts,
                                                                                                strict=True)):
        return None
    merges = merges or MergeMap(sheet)
    spans = {col: merges.last_col(row, col) for col in cols}
    below = {c: text for c in sheet.filled_cols(row + 1) if (text := _text(sheet.value(row + 1, c)))}
    # sub-labels fill only columns under merged labels; a first data row fills others too
    sub_labels = bool(below) and all(any(col <= c <= end for col, end in spans.items() if end > col) for c in below)
    leaves: list[tuple[int, str]] = []
    for col in cols:
        under = [(c, text) for c, text in below.items() if col <= c <= spans[col]] if sub_labels else []
        leaves.extend(under if len(under) > 1 else [(col, "")])
    sub_row = row + 1 if len(leaves) > len(cols) else None
    columns = {str(i): col for i, (col, _) in enumerate(leaves, start=1)}
    labels = {str(i): label for i, (_, label) in enumerate(leaves, start=1)}
    header = Header(row, sub_row, row, sub_row or row, columns, labels, first_col=cols[0], last_col=leaves[-1][0])
    header.text = " ".join([*texts, *(label for _, label in leaves if label)])
    header.title = " ".join(_text(sheet.value(r, c)) for r in range(max(1, row - TITLE_ROWS), row)
                            for c in sheet.filled_cols(r) if isinstance(sheet.value(r, c), str))
    return header


def _another_period(sheet: Sheet, header: Header, previous: Located) -> bool:
    """Quarters stacked on one sheet repeat one header: where the title lines above this one
    give the pack's parameters (the quarter) other values than the previous table's, it is
    another table, not the previous one continued after a page break. Title lines are rows
    with one filled cell: a data row's Keterangan ("dilaksanakan di triwulan IV") does not count."""
    pack = previous.pack
    if pack is None or not pack.data.get("parameters"):
        return False
    titles = " ".join(str(sheet.value(r, cols[0])) for r in range(max(1, header.top - TITLE_ROWS), header.top)
                      if len(cols := sheet.filled_cols(r)) == 1 and isinstance(sheet.value(r, cols[0]), str))
    mine = pack.parameter_values(header.text, titles)
    return bool(mine) and mine != pack.parameter_values(previous.header.text, previous.header.title, sheet.name)


def _titled(header: Header, previous: Located) -> bool:
    return bool(re.search(r"\btabel\b", header.title, re.IGNORECASE)) and header.title != previous.header.title
