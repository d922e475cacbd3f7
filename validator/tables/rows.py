"""Turn a located table's sheet rows into classified, parsed rows.

A row is an entity (program, kegiatan, sub kegiatan: known by its kode), a
continuation (another indicator of the entity above), a summary row
(Rata-rata, Predikat, Jumlah: known by the pack's label patterns), or
something without values (section, banner, repeated header) that is skipped.
Parents are found by position, as a reader of the table would.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from validator.model import BLANK, Refs, Row, Table, Value
from validator.packs.rulepack import Pack
from validator.read.grid import Sheet, Style
from validator.tables import numbers
from validator.tables.cellstore import KEPT, CellStore, RowCells
from validator.tables.colmap import reads
from validator.tables.locate import Located, MergeMap

_KODE = re.compile(r"^\d+(?:\.\d+)*$")
_WORDS = re.compile(r"[A-Za-z]{4,}")
BLANK_RUN_END = 25
#: tables with at least this many body rows read their plain numbers a column at a time (``_prefill``),
#: this many rows at once
COLUMNS_MIN_ROWS = 200
CHUNK_ROWS = 4096
#: a column to read: (its slot in the store, sheet column, rupiah column, text column)
Wanted = tuple[int, int, bool, bool]
#: a cell left to parse one by one: its column as ``Wanted``, and its offset in the sheet's block
Rest = tuple[int, int, bool, bool, int]


def build_table(sheet: Sheet, located: Located, pack: Pack, consume: bool = False) -> Table:
    """The located table's rows, parsed and linked. ``consume`` drops each sheet row once
    parsed, so a huge sheet is never held twice (only when nothing else reads the grid)."""
    header = located.header
    columns = header.columns
    roles = pack.roles
    rupiah_cols = {name for name in columns if pack.rupiah(name)}
    text_cols = {number for number, spec in pack.columns.items() if spec.get("role")}
    merges = MergeMap(sheet)
    table = Table(
        sheet=sheet.name, family=pack.family, pack=pack.id,
        first_row=header.top, last_row=header.bottom,
        first_col=header.first_col, last_col=header.last_col, columns=columns,
        labels=header.labels, number_row=header.number_row, title=header.title, header_text=header.text,
        parameters=pack.parameter_values(header.text, header.title, sheet.name),
        column_reads=reads(located.column_map, located.described),
    )
    skip = set(located.repeats)
    blank_run = 0
    store = CellStore(columns)
    wanted = [(at, col, name in rupiah_cols, name in text_cols) for at, (name, col) in enumerate(columns.items())]
    merged_rows = {r for r, _ in merges.anchor}
    squeezed_header = " ".join(header.text.split()).casefold()
    label_roles = {roles.get(r) for r in ("no", "kode", "name")}
    label_cols = [name for name in columns if name in label_roles]
    parsed_values: dict[tuple[type, object, str, bool], Value] = {}
    by_columns = located.body_end - located.body_start + 1 >= COLUMNS_MIN_ROWS
    prefilled: dict[int, tuple[int, list[Rest], bool]] = {}
    ahead = located.body_start
    for row in range(located.body_start, located.body_end + 1):
        if consume:
            sheet.forget(row - 1)
        if row in skip:
            continue
        if by_columns and row >= ahead:
            ahead = min(row + CHUNK_ROWS, located.body_end + 1)
            prefilled = _prefill(sheet, [r for r in range(row, ahead) if r not in skip and r not in merged_rows],
                                 wanted, store)
        data = False  # surely a data row, not a header repeated after a page break
        if row in prefilled:
            position, rest, data = prefilled[row]
            cells = _rest_of_row(sheet, row, position, rest, parsed_values, store)
        else:
            cells = _parse_row(sheet.row_cells(row), row, wanted, merges if row in merged_rows else None,
                               parsed_values, store)
        for name, last_col in header.spans.items():
            if name in text_cols or last_col <= columns[name]:
                continue
            value = cells.get(name)
            if value is not None and not value.unit:
                unit = sheet.value(row, columns[name] + 1)
                if isinstance(unit, str) and unit.strip():
                    cells[name] = replace(value, unit=unit.strip())
        kode_col = roles.get("kode")
        if kode_col in columns and header.spans.get(kode_col, columns[kode_col]) > columns[kode_col]:
            cells[kode_col] = _joined_kode(sheet, row, columns[kode_col], header.spans[kode_col])
        if not cells.filled():
            blank_run += 1
            if blank_run >= BLANK_RUN_END:
                break
            continue
        blank_run = 0
        table.last_row = row
        if not data and _echoes_header(cells, squeezed_header):
            continue
        parsed = _classify(row, cells, roles, pack, sheet.name, columns, text_cols, label_cols)
        if parsed is not None:
            table.rows.append(parsed)
    _link(table.rows, pack)
    table.rows = _fold_name_rows(table.rows, text_cols)
    if pack.infer_levels_by:
        _resolve_unmarked(table.rows, pack.infer_levels_by)
    return table


def _echoes_header(cells: RowCells, squeezed: str) -> bool:
    """A header repeated after a page break, often only in part: each filled cell
    holds its own column number or a label of the header (``squeezed``: its words, spaces
    squeezed, case folded)."""
    filled = False
    for name, value in cells.items():
        if value.blank:
            continue
        filled = True
        number = name.split(".")[0]
        if value.number is not None and value.text is None and value.number == float(number):
            continue
        text = " ".join((value.text or "").split()).casefold()
        if text and (text == number or text in squeezed or text in {"k", "rp"} or f"({number})" == text):
            continue
        return False
    return filled


def _parse_row(line: dict[int, tuple[object, Style, str | None]], row: int,
               wanted: list[Wanted], merges: MergeMap | None,
               parsed: dict[tuple[type, object, str, bool], Value], store: CellStore) -> RowCells:
    """A sheet row's cells, as a new row of ``store``. A plain number (not in a text column or a merge;
    its formula, if any, aside) is stored as it is; anything else is parsed to the Value the store keeps."""
    position = store.new_row()
    base = position * store.width
    stored, codes = store.numbers, store.codes
    for at, col, rupiah, text in wanted:
        found = line.get(col)
        if found is None:
            continue
        raw, style, formula = found
        if merges is None and not text:
            code = store.plain(raw, style.number_format, rupiah)
            if code:
                stored[base + at] = raw  # type: ignore[assignment]
                codes[base + at] = code
                if formula is not None:
                    store.formulas[base + at] = formula
                continue
        value = _parse_cell(found, row, col, rupiah, merges, text, parsed)
        if value is not BLANK:
            store.keep(base + at, value)
    return store.row(position)


def _prefill(sheet: Sheet, rows: list[int], wanted: list[Wanted], store: CellStore
             ) -> dict[int, tuple[int, list[Rest], bool]]:
    """The plain numbers of a run of rows, a column at a time: each such row gets its place in the
    store, its numbers under the code ``CellStore.plain`` gives (found once per kind and style), the
    list of its other cells, parsed one by one (``_rest_of_row``), and whether a number in it is
    not its column's number (then it cannot echo the header). Rows the sheet holds on their own,
    not in its block, are left to ``_parse_row``."""
    import numpy as np

    held, offsets = sheet.block_cells(np.asarray(rows, dtype=np.int64), [col for _, col, _, _ in wanted])
    rows = [row for row, inside in zip(rows, held.tolist(), strict=True) if inside]
    offsets = offsets[held]
    positions = np.array([store.new_row() for _ in rows], dtype=np.int64)
    rest: list[list[Rest]] = [[] for _ in rows]
    data = np.zeros(len(rows), dtype=bool)
    width = store.width
    formats = [style.number_format for style in sheet.styles]
    numbers_ = np.frombuffer(store.numbers, dtype=np.float64).reshape(-1, width)
    codes = np.frombuffer(store.codes, dtype=np.uint16).reshape(-1, width)
    for column, (at, col, rupiah, text) in enumerate(wanted):
        found = offsets[:, column]
        plain = np.zeros(len(rows), dtype=bool)
        if not text:
            kinds, values, styles = sheet.block_numbers(found)
            code = store.plain_codes(kinds, values, styles, formats, rupiah)
            plain = code > KEPT
            numbers_[positions[plain], at] = values[plain]
            codes[positions[plain], at] = code[plain]
            data |= plain & (store.as_read(code, values) != float(store.names[at].split(".")[0]))
            settled = np.flatnonzero(plain)
            for i, formula in zip(settled.tolist(), sheet.block_formulas(found[settled].tolist()), strict=False):
                if formula is not None:
                    store.formulas[int(positions[i]) * width + at] = formula
        for i in np.flatnonzero((found >= 0) & ~plain).tolist():
            rest[i].append((at, col, rupiah, text, int(found[i])))
    return dict(zip(rows, zip(positions.tolist(), rest, data.tolist(), strict=True), strict=True))


def _rest_of_row(sheet: Sheet, row: int, position: int, rest: list[Rest],
                 parsed: dict[tuple[type, object, str, bool], Value], store: CellStore) -> RowCells:
    """A prefilled row's cells that are not plain numbers, parsed as ``_parse_row`` parses them."""
    base = position * store.width
    for at, col, rupiah, text, offset in rest:
        value = _parse_cell(sheet.block_cell(offset), row, col, rupiah, None, text, parsed)
        if value is not BLANK:
            store.keep(base + at, value)
    return store.row(position)


def _parse_cell(found: tuple[object, Style, str | None], row: int, col: int, rupiah: bool,
                merges: MergeMap | None, text: bool, parsed: dict[tuple[type, object, str, bool], Value]) -> Value:
    """Numbers are parsed; kode, names and other text columns are kept as written. ``parsed``
    keeps each distinct (value, format) of the table parsed once: agencies repeat values
    (0, 100, targets, units), and the parsed value is immutable."""
    if merges is not None and merges.covered(row, col):
        return BLANK
    raw, style, formula = found
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Value(formula=formula) if formula else BLANK
    if text:
        return Value(text=_shown(raw), raw=raw, formula=formula, bold=style.bold)
    if isinstance(raw, (str, int, float)):
        value = _number(raw, style.number_format, rupiah, parsed)
    else:
        value = numbers.parse(raw, style.number_format, rupiah=rupiah)
    if formula:
        value = replace(value, formula=formula)
    return value


def _number(raw: str | int | float, number_format: str, rupiah: bool,
            parsed: dict[tuple[type, object, str, bool], Value]) -> Value:
    """``numbers.parse``, once per distinct (value, format) of a table."""
    key = (raw.__class__, numbers.cache_key(raw), number_format, rupiah)
    value = parsed.get(key)
    if value is None:
        value = parsed[key] = numbers.parse(raw, number_format, rupiah=rupiah)
    return value


def _shown(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).strip()


def _joined_kode(sheet: Sheet, row: int, first: int, last: int) -> Value:
    """A kode split over cells (``1 | 06 | 01 | 2 | 01 | 01``) read as ``1.06.01.2.01.01``."""
    parts = [_shown(sheet.value(row, col)) for col in range(first, last + 1)]
    parts = [p for p in parts if p and p != "None"]
    if not parts:
        return BLANK
    return Value(text=".".join(p.strip(".").replace(",", ".") for p in parts), raw="|".join(parts))


def _text(value: Value) -> str:
    if value.text:
        return " ".join(value.text.split())
    if value.number is not None and value.number.is_integer():
        return str(int(value.number))
    return ""


def _classify(
    row: int, cells: RowCells, roles: dict[str, str], pack: Pack, sheet: str, columns: dict[str, int],
    text_cols: set[str], label_cols: list[str],
) -> Row | None:
    """``label_cols``: the no, kode and name columns, where summary rows say what they are."""
    said = {column: _text(cells[column]) for column in label_cols}
    kode_col, name_col, indicator_col = roles.get("kode", ""), roles.get("name", ""), roles.get("indicator", "")
    kode_text = (said[kode_col] if kode_col in said else _text(cells.get(kode_col, BLANK))).replace(" ", "")
    kode_text = kode_text.replace(",", ".")
    name = said[name_col] if name_col in said else _text(cells.get(name_col, BLANK))
    indicator = said[indicator_col] if indicator_col in said else _text(cells.get(indicator_col, BLANK))
    labels = [text for text in said.values() if text]
    refs = Refs(sheet, row, columns)
    role_cols = set(roles.values())
    for summary in pack.summary_rows:
        for label in labels:
            if _pattern(summary["match"]).search(label):
                level, scope = _summary_level(label, pack)
                level = level or summary.get("level")
                scope = summary.get("scope", scope)
                parsed = Row(row, "summary", level, None, label, cells, refs)
                parsed.summary_level, parsed.summary_scope = summary["kind"], scope
                return parsed
    kode = kode_text if _KODE.match(kode_text) else None
    if kode:
        segments = kode.count(".") + 1
        level = next((lvl for lvl, n in pack.levels.items() if segments in _counts(n)), None)
        return Row(row, "entity", level, kode, name or indicator, cells, refs)
    if not cells.filled(skip=role_cols):
        return None
    if name:
        name_cell = cells.get(name_col, BLANK)
        return Row(row, "entity", _level_without_kode(name, name_cell.bold, pack), None, name, cells, refs)
    if not indicator and any(v.text and _WORDS.search(v.text) for _, v in cells.kept(skip=role_cols | text_cols)):
        return None  # a footer whose label sits in a data column ("Rata-rata capaian kinerja"): no entity's row
    return Row(row, "continuation", None, None, indicator, cells, refs)


@functools.lru_cache(maxsize=256)
def _pattern(source: str) -> re.Pattern[str]:
    """A pack's row pattern, compiled once (it is tried on every row's labels)."""
    return re.compile(source, re.IGNORECASE)


def _counts(value: int | list[int]) -> list[int]:
    return value if isinstance(value, list) else [value]


def _level_without_kode(name: str, bold: bool, pack: Pack) -> str | None:
    """Where agencies leave the kode out, the name says the level: PROGRAM ..., bold, or plain."""
    for spec in pack.levels_without_kode:
        if "match" in spec and not re.search(spec["match"], name, re.IGNORECASE):
            continue
        if spec.get("upper") and not name.isupper():
            continue
        if "bold" in spec and spec["bold"] != bold:
            continue
        return str(spec["level"])
    return None


def _summary_level(label: str, pack: Pack) -> tuple[str | None, str]:
    words = pack.level_words
    lowered = label.lower()
    level = next(
        (words[w] for w in sorted(words, key=len, reverse=True) if w.lower() in lowered), None
    )
    scoped = any(w.lower() in lowered for w in pack.table_scope_words)
    return level, "table" if scoped else "parent"


def _segments(kode: str) -> tuple[str, ...]:
    """Kode segments compared as numbers, so ``2.8.02`` and ``2.08.02`` are one program."""
    return tuple(str(int(s)) if s.isdigit() else s for s in kode.split(".") if s)


def _same_kode_parent(row: Row, coded: list[tuple[tuple[str, ...], Row]], mine: tuple[str, ...], pack: Pack,
                      order: list[str]) -> Row | None:
    """Rows that lost the end of their kode share it: siblings of the first such row,
    or its children where that row is named as a program and this one is not."""
    same = next((r for segs, r in coded if segs == mine), None)
    if same is None:
        return None
    def is_program(r: Row) -> bool:
        return _level_without_kode(r.label, False, pack) == order[0]
    return same if is_program(same) and not is_program(row) else same.parent


def _fold_name_rows(rows: list[Row], text_cols: set[str]) -> list[Row]:
    """Exporters that print a program or kegiatan as a name row (kode and name only) followed by
    one indicator row holding all its numbers (SIPD's Renja report): the indicator row is the
    entity, named by the row above, so parent sums read its amounts at its own cells."""
    folded: set[int] = set()
    for row in rows:
        if row.kind != "entity" or len(row.continuations) != 1 or row.cells.numbered(skip=text_cols):
            continue
        carrier = row.continuations[0]
        if not carrier.cells.numbered(skip=text_cols):
            continue
        carrier.kind, carrier.kode, carrier.label, carrier.level = row.kind, row.kode, row.label, row.level
        carrier.owner, carrier.parent, carrier.children = None, row.parent, row.children
        for child in carrier.children:
            child.parent = carrier
        if row.parent is not None:
            row.parent.children[row.parent.children.index(row)] = carrier
        for key, value in row.cells.items():
            carrier.cells.setdefault(key, value)
        folded.add(id(row))
    return [row for row in rows if id(row) not in folded] if folded else rows


def _link(rows: list[Row], pack: Pack) -> None:
    """Parents by position (a kegiatan belongs to the program last seen above it),
    or, with ``hierarchy: kode``, by the nearest earlier kode that prefixes this one."""
    order = pack.level_order
    by_kode = pack.hierarchy == "kode"
    last: dict[str, Row] = {}
    coded: list[tuple[tuple[str, ...], Row]] = []
    entity: Row | None = None
    for row in rows:
        if row.kind == "entity" and by_kode and row.kode:
            entity = row
            mine = _segments(row.kode)
            parent = _same_kode_parent(row, coded, mine, pack, order) or next(
                (r for segs, r in reversed(coded) if len(segs) < len(mine) and mine[: len(segs)] == segs), None
            )
            row.level = order[min((order.index(parent.level) + 1) if parent and parent.level in order else 0,
                                  len(order) - 1)]
            if parent:
                row.parent = parent
                parent.children.append(row)
            coded.append((mine, row))
            last[row.level] = row
            for deeper in order[order.index(row.level) + 1 :]:
                last.pop(deeper, None)
        elif row.kind == "entity":
            entity = row
            if row.level in order:
                depth = order.index(row.level)
                if row.kode is None and depth > 0 and order[depth - 1] not in last:
                    shallower = [order.index(lvl) for lvl in last]
                    depth = max(shallower) + 1 if shallower else 0
                    row.level = order[depth]
                if depth > 0 and order[depth - 1] in last:
                    row.parent = last[order[depth - 1]]
                    row.parent.children.append(row)
                last[row.level] = row
                for deeper in order[depth + 1 :]:
                    last.pop(deeper, None)
        elif row.kind == "continuation" and entity is not None:
            row.owner = entity
            entity.continuations.append(row)


def _amount(row: Row, column: str) -> float:
    value = row.cells.get(column)
    return value.number if value is not None and value.number is not None else 0.0


def _resolve_unmarked(rows: list[Row], column: str) -> None:
    """Kode-less tables mark kegiatan by bold, and some agencies forget it. Where a
    kegiatan's amount is not the sum of its rows, read one of those rows as an
    unmarked kegiatan if, and only if, that makes both rows add up."""
    for row in rows:
        if row.kind != "entity" or row.kode or not row.children or row.parent is None:
            continue
        children = row.children
        if abs(sum(_amount(c, column) for c in children) - _amount(row, column)) <= 1:
            continue
        for k in range(1, len(children) - 1):
            head, candidate, tail = children[:k], children[k], children[k + 1 :]
            if candidate.kode or candidate.children:
                continue
            head_ok = abs(sum(_amount(c, column) for c in head) - _amount(row, column)) <= 1
            tail_ok = abs(sum(_amount(c, column) for c in tail) - _amount(candidate, column)) <= 1
            if head_ok and tail_ok and _amount(candidate, column):
                row.children = head
                candidate.level, candidate.parent, candidate.children = row.level, row.parent, tail
                for child in tail:
                    child.parent = candidate
                siblings = row.parent.children
                siblings.insert(siblings.index(row) + 1, candidate)
                break
