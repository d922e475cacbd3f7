"""Find tables in a sheet by their column-number row, and pick a rule pack.

Agencies put tables anywhere: under title rows, with multi-row merged
headers, K / Rp sub-headers, and the header repeated at every page. What
they almost always keep is the row that numbers the columns (``1 2 3 ...
13=12/7x100%``); that row anchors the table, and the numbers name the
logical columns the rule packs speak of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from validator.excel import column_index_from_string
from validator.packs.rulepack import Library, Pack
from validator.read.grid import Sheet
from validator.tables.colmap import ColumnMap, HeaderColumn, map_columns, norm, norm_formula

_NUMBER_CELL = re.compile(r"^\(?\s*-?(\d{1,2})\s*\)?\s*(?:=\s*(.*))?$", re.DOTALL)
_SUB = {"k": "K", "rp": "Rp", "rp.": "Rp"}
#: "Kolom 5" over a column says no more than a printed 5
_COLUMN_WORD = re.compile(r"^kolom\s*\d+$", re.IGNORECASE)
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
    #: how the chosen pack reads the columns; packs that fitted equally well (then none is chosen)
    column_map: ColumnMap | None = None
    ties: list[str] = field(default_factory=list)
    #: every sheet column of the header as its words describe it
    described: list[HeaderColumn] = field(default_factory=list)
    #: the header as printed (numbers and labels before the column map), to recognise its repeats
    printed: Header | None = None

    def __post_init__(self) -> None:
        self.printed = self.printed or self.header


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
    header.title = _title(sheet, top)
    return header


def _title(sheet: Sheet, top: int) -> str:
    """The text of the rows above a header: where "Tabel 2.2 ... s/d Triwulan II" is written."""
    return " ".join(_text(sheet.value(r, c)) for r in range(max(1, top - TITLE_ROWS), top)
                    for c in sheet.filled_cols(r) if isinstance(sheet.value(r, c), str))


def _header_text(sheet: Sheet, row: int, numbered: list[tuple[int, int, str]], merges: MergeMap) -> bool:
    """A header row above the numbers: labels in several table columns, no numbers."""
    filled = 0
    for _, col, _ in numbered:
        value = sheet.value(*merges.anchor.get((row, col), (row, col)))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return False
        filled += bool(_text(value))
    return filled >= max(2, len(numbered) // 3)


def describe(sheet: Sheet, header: Header, merges: MergeMap, library: Library) -> list[HeaderColumn]:
    """Each sheet column under the header: its words (every header row above it, merged
    labels included), the part label under it (K, Rp, Volume, Satuan), and what the
    column-number row prints over it."""
    numbered = {col: logical for logical, col in header.columns.items()}
    words = library.header_words
    spread = _spread_labels(sheet, header) if not sheet.merged else {}
    width = header.last_col - header.first_col + 1
    out = []
    for col in range(header.first_col, header.last_col + 1):
        path: list[str] = []
        for row in range(header.top, header.bottom + 1):
            anchor = merges.anchor.get((row, col), (row, col))
            if merges.last_col(*anchor) - anchor[1] + 1 >= max(6, 0.5 * width) and \
                    len(sheet.filled_cols(anchor[0])) == 1:
                continue  # a banner over the table ("Unit organisasi ..."), not a column's label
            text = spread.get((row, col)) or _text(sheet.value(*anchor))
            if text and (not path or path[-1] != text) and not _NUMBER_CELL.match(text) \
                    and not _COLUMN_WORD.match(text):
                path.append(text)
        part = None
        while len(path) > 1 or (path and header.sub_row):  # "... | K | Volume": the K's volume
            found = words.part(path[-1])
            if found is None:
                break
            part = part if part in ("volume", "satuan") else found
            path.pop()
        number = numbered.get(col)
        printed = _text(sheet.value(header.number_row, col)) if header.number_row else ""
        written = printed if "=" in printed else next((text for text in reversed(path) if "=" in text), "")
        left, _, derivation = written.partition("=")
        left_number = re.sub(r"\D", "", left.split()[-1]) if left.split() else ""
        out.append(HeaderColumn(col, norm(" ".join(path)), part, number, norm_formula(derivation), left_number,
                                printed, norm(" ".join([*path, part or ""]))))
    return out


def _spread_labels(sheet: Sheet, header: Header) -> dict[tuple[int, int], str]:
    """Without merges (a CSV export), a label over a group of columns is written once, in the
    group's first column: it covers the blank cells to its right in its row, up to the next
    label, in the header rows that have a row of labels beneath them."""
    out: dict[tuple[int, int], str] = {}
    rows = [r for r in range(header.top, header.bottom) if r != header.number_row]
    for row in rows:
        label = ""
        for col in range(header.first_col, header.last_col + 1):
            text = _text(sheet.value(row, col))
            if text:
                label = text
            elif label and any(_text(sheet.value(below, col)) for below in range(row + 1, header.bottom + 1)
                               if below != header.number_row):
                out[(row, col)] = label
            else:
                label = ""
    return out


def keywords(pack: Pack, header: Header) -> float:
    """Title and header words a pack names: evidence of the family beyond single columns."""
    detect = pack.detect
    title, text = header.title.lower(), header.text.lower()
    return (sum(0.5 for word in detect.get("title_keywords", []) if word.lower() in title)
            + sum(1 for word in detect.get("header_keywords", []) if word.lower() in text))


def covers(found: ColumnMap) -> bool:
    """The pack finds more than half its columns, far more of them by words than headers
    that deny it (a contradicted column is never read), and one of its rules has every
    column it reads."""
    pack = found.pack
    if len(found.columns) * 2 <= len(pack.logical_columns()):
        return False
    worded = sum(1 for how in found.evidence.values() if how in ("kata", "rumus"))
    if len(found.contradictions) * 2 >= max(worded, 1):  # the pack rests on numbers its headers deny
        return False
    if not pack.rules:  # a counterpart table for cross-table rules (Perjanjian Kinerja): all of it
        return not found.missing
    return any(rule.columns() <= found.columns.keys() for rule in pack.rules)


def fits(found: ColumnMap) -> bool:
    """A pack applies when it covers the table, something besides numbering speaks for it,
    and a row label column is read. Read by numbers alone, a pack must find all its
    columns (a count proves nothing)."""
    if not covers(found):
        return False
    worded = any(how in ("kata", "rumus") for how in found.evidence.values())
    worded_pack = any(spec.get("match") for spec in found.pack.columns.values())
    if not worded and (found.keywords == 0 or found.missing or found.contradictions
                       or (found.unconfirmed and worded_pack)):
        return False  # a pack without wordings (an older project pack) is still read by numbers and keywords
    roles = found.pack.roles
    return any(roles.get(role) in found.columns for role in ("name", "indicator"))


def fit(described: list[HeaderColumn], header: Header, library: Library, forced: str | None = None,
        only: Pack | None = None) -> tuple[ColumnMap | None, list[str]]:
    """The pack that explains most of the table's columns; equal best fits are reported, not guessed."""
    if forced:
        pack = library.packs[forced]
        return map_columns(pack, described, library.header_words, keywords(pack, header)), []
    if only is not None:  # recognised by the pack's own header labels, in order: wording evidence
        found = map_columns(only, described, library.header_words, keywords(only, header))
        found.evidence = dict.fromkeys(found.evidence, "kata")
        return (found, []) if not found.contradictions else (None, [])
    maps = [m for pack in library.packs.values() if not pack.generic
            and fits(m := map_columns(pack, described, library.header_words, keywords(pack, header)))]
    if not maps:
        return generic(described, library), []
    maps.sort(key=lambda m: (m.key(), m.pack.project), reverse=True)
    best = maps[0]
    ties = [m.pack.id for m in maps[1:] if m.key() == best.key() and m.pack.project == best.pack.project]
    return (None, sorted([best.pack.id, *ties])) if ties else (best, [])


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
    if not headers:
        headers = worded_headers(sheet, library, merges)
    tables: list[Located] = []
    headers = [_with_part_rows(sheet, header, library) for header in headers]
    for header in headers:
        previous = tables[-1] if tables else None
        # a header recognised by another pack's labels is another table, though its sub-labels read the same
        if previous and previous.printed.labels == header.labels and not _titled(header, previous) \
                and (header.number_row or previous.header.text == header.text) \
                and label_packs.get(previous.header.number_row) is label_packs.get(header.number_row) \
                and not _another_period(sheet, header, previous):
            # a repeat's own number and sub-label rows; its label rows above are title-like rows
            # that the row classifier skips (a worded repeat has no number row: all its rows)
            previous.repeats.extend([r for r in (header.number_row, header.sub_row) if r]
                                    or range(header.top, header.bottom + 1))
            continue
        if previous:
            previous.body_end = header.top - 1
        described = describe(sheet, header, merges, library)
        found, ties = fit(described, header, library, forced, label_packs.get(header.number_row))
        found, ties = _pinned(sheet.name, described, header, library, found, ties)
        printed = header
        if found is not None:
            header = _as_mapped(header, found, described)
        tables.append(Located(header, found.pack if found else None, header.bottom + 1, sheet.max_row,
                              column_map=found, ties=ties, described=described, printed=printed))
    return tables


def generic(described: list[HeaderColumn], library: Library) -> ColumnMap | None:
    """No family pack fits: the generic pack, with one column per header its ``generic_columns``
    recognise (rupiah amounts), checks what needs no family (parent sums by kode, totals rows)."""
    template = next((p for p in library.packs.values() if p.generic), None)
    if template is None:
        return None
    spec = template.generic_columns
    base = map_columns(template, described, library.header_words)
    taken = set(base.columns.values())
    amounts = [hc.col for hc in described if hc.col not in taken and hc.words
               and any(re.search(p, hc.full or hc.words) for p in spec["match"])
               and not any(re.search(p, hc.full or hc.words) for p in spec.get("exclude", []))]
    if not amounts or not base.columns:
        return None
    pack = template.instantiate(len(amounts))
    found = ColumnMap(pack, columns={k: c for k, c in base.columns.items() if base.evidence[k] == "kata"})
    found.evidence = dict.fromkeys(found.columns, "kata")
    found.spans = {k: end for k, end in base.spans.items() if k in found.columns}
    for number, col in enumerate(amounts, start=len(template.columns) + 1):
        found.columns[str(number)], found.evidence[str(number)] = col, "kata"
    return found


def _pinned(sheet: str, described: list[HeaderColumn], header: Header, library: Library,
            found: ColumnMap | None, ties: list[str]) -> tuple[ColumnMap | None, list[str]]:
    """A project's ``column_map`` (periksa.yaml) overrides what was read: the pack, and columns by
    letter or header words. Pinned columns are evidence of their own ("tetap")."""
    for pin in library.project.get("column_map", []):
        if not re.search(pin.get("sheet", ""), sheet):
            continue
        pack = library.packs.get(pin.get("pack", "")) or (found.pack if found else None)
        if pack is None:
            continue
        if found is None or found.pack is not pack:
            found, ties = map_columns(pack, described, library.header_words, keywords(pack, header)), []
        for key, logical in pin["columns"].items():
            col = column_index_from_string(key) if re.fullmatch(r"[A-Z]{1,3}", key) else \
                next((hc.col for hc in described if re.search(key, hc.words)), None)
            if col is None:
                continue
            for other in [k for k, c in found.columns.items() if c == col or k == logical]:
                del found.columns[other]
                found.evidence.pop(other, None)
            found.columns[logical], found.evidence[logical] = col, "tetap"
    return found, ties


def _as_mapped(header: Header, found: ColumnMap, described: list[HeaderColumn]) -> Header:
    """The header with the pack's logical columns: spans kept where the numbering agreed,
    derivations keyed by the logical column they were printed over."""
    kept = {k: end for k, end in header.spans.items() if found.columns.get(k) == header.columns.get(k)}
    by_col = {col: logical.split(".")[0] for logical, col in found.columns.items()}
    labels = {k: label for k, label in header.labels.items() if found.columns.get(k) == header.columns.get(k)}
    labels.update({by_col[hc.col]: hc.printed.partition("=")[2] for hc in described  # in the pack's numbering only
                   if hc.col in by_col and "=" in hc.printed and hc.left == by_col[hc.col]})
    spans = {k: max(end, kept.get(k, end)) for k, end in found.spans.items()}
    spans.update({k: end for k, end in kept.items() if k not in spans})
    return replace(header, columns=found.columns, spans=spans, labels=labels)


def _with_part_rows(sheet: Sheet, header: Header, library: Library) -> Header:
    """Rows of part labels under the header ("Volume | Satuan" under each K) belong to it, and so
    do labelled columns beside the numbered ones (an unnumbered "No" before a column 0)."""
    bottom = header.bottom
    while bottom - header.top < MAX_HEADER_ROWS and (cols := sheet.filled_cols(bottom + 1)) and all(
            isinstance(v := sheet.value(bottom + 1, c), str) and library.header_words.part(v) for c in cols):
        bottom += 1
    labelled = [c for r in range(header.top, bottom + 1) for c in sheet.filled_cols(r)
                if isinstance(sheet.value(r, c), str) and sheet.value(r, c).strip()]
    first = min([header.first_col, *labelled])
    last = max([header.last_col, *labelled])
    if (bottom, first, last) == (header.bottom, header.first_col, header.last_col):
        return header
    return replace(header, bottom=bottom, first_col=first, last_col=last)


def worded_headers(sheet: Sheet, library: Library, merges: MergeMap) -> list[Header]:
    """Headers without a column-number row, found by their words: a band of text rows in
    which some pack recognises at least three of its columns by their wording."""
    packs = [p for p in library.packs.values() if any(spec.get("match") for spec in p.columns.values())]
    out: list[Header] = []
    below = 0
    for row in sheet.filled_rows():
        if row <= below or not packs:
            continue
        cols = sheet.filled_cols(row)
        texts = [c for c in cols if _label(sheet.value(row, c))]
        if len(texts) < 3 or len(texts) < 0.8 * len(cols):
            continue
        bottom = row
        while bottom - row + 1 < MAX_HEADER_ROWS and _label_row(sheet, bottom + 1):
            bottom += 1
        numbers = 0
        if _numbering_row(sheet, bottom + 1, merges):  # numbered out of order: its derivations still count
            bottom = numbers = bottom + 1
        last = max(max(sheet.filled_cols(r) or [0]) for r in range(row, bottom + 1))
        last = max(last, *(merges.last_col(r, c) for r in range(row, bottom + 1) for c in sheet.filled_cols(r)))
        header = Header(numbers, None, row, bottom, {}, {}, first_col=min(cols), last_col=last)
        header.text = " ".join(_text(sheet.value(r, c)) for r in range(row, bottom + 1) for c in sheet.filled_cols(r))
        header.title = _title(sheet, row)
        described = describe(sheet, header, merges, library)
        worded = max(sum(1 for how in map_columns(p, described, library.header_words).evidence.values()
                         if how in ("kata", "rumus")) for p in packs)
        if worded >= 3:
            out.append(header)
            below = bottom
    return out


_KODE_OR_NUMBER = re.compile(r"^[\d.,\s%()-]+$")


def _label(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _KODE_OR_NUMBER.match(value.strip())


def _numbering_row(sheet: Sheet, row: int, merges: MergeMap) -> bool:
    """Column numbers in any order ("0 1 2 ...", "(3) (1) (2)", "13=12/7x100%")."""
    cells = [_text(sheet.value(row, c)) for c in sheet.filled_cols(row) if not merges.covered(row, c)]
    return len(cells) >= 3 and all(_NUMBER_CELL.match(text) for text in cells if text)


def _label_row(sheet: Sheet, row: int) -> bool:
    """A further header row: two or more labels and nothing that reads as data."""
    cols = sheet.filled_cols(row)
    return len(cols) >= 2 and all(_label(sheet.value(row, c)) for c in cols)


def labelled_header(sheet: Sheet, row: int, pack: Pack, merges: MergeMap | None = None) -> Header | None:
    """A header without a column-number row, recognised by the pack's labels in order
    (``detect.header_labels``); its columns are numbered 1, 2, 3 ... as printed. A label
    merged across columns over a row of sub-labels ("Target ... pada Tahun ke-" over
    2021 ... 2026) gives one column per sub-label, and the sub-label is its label."""
    patterns = pack.header_labels
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
    header.title = _title(sheet, row)
    return header


def _another_period(sheet: Sheet, header: Header, previous: Located) -> bool:
    """Quarters stacked on one sheet repeat one header: where the title lines above this one
    give the pack's parameters (the quarter) other values than the previous table's, it is
    another table, not the previous one continued after a page break. Title lines are rows
    with one filled cell: a data row's Keterangan ("dilaksanakan di triwulan IV") does not count."""
    pack = previous.pack
    if pack is None or not pack.parameters:
        return False
    titles = " ".join(str(sheet.value(r, cols[0])) for r in range(max(1, header.top - TITLE_ROWS), header.top)
                      if len(cols := sheet.filled_cols(r)) == 1 and isinstance(sheet.value(r, cols[0]), str))
    mine = pack.parameter_values(header.text, titles)
    return bool(mine) and mine != pack.parameter_values(previous.header.text, previous.header.title, sheet.name)


def _titled(header: Header, previous: Located) -> bool:
    return bool(re.search(r"\btabel\b", header.title, re.IGNORECASE)) and header.title != previous.header.title
