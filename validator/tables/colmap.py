"""Read a table's columns by what their headers say, and fit a rule pack to them.

Agencies print the regulated columns in their own order, numbering and wording: numbered
from 0 or not at all, with Tujuan/Sasaran columns inserted, K split into Volume and
Satuan. A column is therefore identified by evidence, strongest first: the derivation
printed over it (``13 = 12/7 x 100%``), the words of its header (every header row above
it, merged cells included), and only then its printed number, shifted by whatever offset
the worded columns show. A pack fits a table when the evidence supports it and no header
contradicts it: a column the pack would read as "Target" but whose header says
"Keterangan" rules the pack out, whatever the column count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from validator.excel import get_column_letter
from validator.model import ColumnRead

if TYPE_CHECKING:
    from validator.packs.rulepack import Pack

_NORM = re.compile(r"[^0-9a-z%/+=.]+")


def norm(text: str) -> str:
    """Lower case, punctuation and spacing folded: ``Capaian (%)`` -> ``capaian %``."""
    return _NORM.sub(" ", text.replace("×", "x").lower()).strip()


def norm_formula(text: str) -> str:
    return re.sub(r"[\s()\[\]]+", "", text).replace("×", "x").replace(",", ".").lower()


@dataclass(frozen=True)
class HeaderWords:
    """The shared vocabulary of header cells (``rules/header-words.yaml``)."""

    parts: dict[str, str]
    other_columns: tuple[str, ...]

    def part(self, text: str) -> str | None:
        return self.parts.get(norm(text).replace(" ", ""))

    def other(self, words: str) -> bool:
        return any(re.search(pattern, words) for pattern in self.other_columns)


@dataclass
class HeaderColumn:
    """One sheet column as its header describes it."""

    col: int
    words: str
    part: str | None = None
    number: str | None = None
    derivation: str = ""
    #: the column number printed before the derivation's "=", if any
    left: str = ""
    printed: str = ""
    #: the words with the part label kept ("anggaran rp"), for columns a pack does not split
    full: str = ""


@dataclass
class ColumnMap:
    """Which sheet column holds which logical column of a pack, and why."""

    pack: Pack
    columns: dict[str, int] = field(default_factory=dict)
    spans: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    contradictions: list[str] = field(default_factory=list)
    keywords: float = 0.0
    #: columns read by their number although their header has words the pack has no wording for
    unconfirmed: int = 0

    @property
    def explained(self) -> float:
        return sum(2 if how in ("kata", "rumus") else 1 for how in self.evidence.values())

    @property
    def missing(self) -> list[str]:
        return [c for c in self.pack.logical_columns() if c not in self.columns]

    def key(self) -> tuple[float, int, float]:
        """Packs compare by the columns they explain, then fewer columns missing, then titles."""
        return (self.explained, -len(self.missing), self.keywords)


def _base(logical: str) -> str:
    return logical.split(".")[0]


def _shift(logical: str, delta: int) -> str:
    base, _, part = logical.partition(".")
    if not base.isdigit():
        return logical
    moved = str(int(base) + delta)
    return f"{moved}.{part}" if part else moved


def _logical(pack: Pack, base: str, part: str | None) -> str | None:
    spec = pack.columns.get(base)
    if spec is None:
        return None
    split = spec.get("split")
    if not split:
        return base
    if part in split:
        return f"{base}.{part}"
    return None


def map_columns(pack: Pack, header: Iterable[HeaderColumn], words: HeaderWords, keywords: float = 0.0) -> ColumnMap:
    """Evidence per sheet column -> the pack's logical columns (see the module docstring)."""
    described = list(header)
    found = ColumnMap(pack, keywords=keywords)
    taken: dict[int, str] = {}

    def assign(logical: str, col: int, how: str) -> None:
        if logical in found.columns or col in taken:
            return
        found.columns[logical], found.evidence[logical], taken[col] = col, how, logical

    derivations = {norm_formula(label): number for number, label in
                   pack.column_labels.items()}
    # 1. printed derivations: "13 = 12/7 x 100%" names column 13 of any numbering; the number
    #    printed before "=" must agree ("14 = 6+12" is not another pack's "13 = 6+12")
    for hc in described:
        for label, base in derivations.items():
            if label and label in hc.derivation and hc.left in ("", base):
                logical = _logical(pack, base, hc.part if hc.part in ("K", "Rp") else "K")
                if logical:
                    assign(logical, hc.col, "rumus")
                    for other in described:  # the Rp beside a K under one derivation
                        if other.col == hc.col + 1 and other.words == hc.words and other.part == "Rp":
                            rp = _logical(pack, base, "Rp")
                            if rp:
                                assign(rp, other.col, "rumus")
    # 2. header words
    columns = pack.columns
    order = list(columns)
    patterns = [(base, p) for base, spec in columns.items() for p in spec.get("match", [])]
    for hc in described:
        if hc.col in taken or not hc.words:
            continue
        hits = sorted({(-len(m.group(0)), order.index(base), base) for base, p in patterns
                       if (m := re.search(p, hc.words) or (hc.full and re.search(p, hc.full)) or None)})
        part = "K" if hc.part == "volume" else hc.part
        for _, _, base in hits:  # the most specific wording first; equal ones in the pack's column order
            logical = _logical(pack, base, part)
            if logical is None and part is None:
                split = columns[base].get("split") or []
                logical = next((f"{base}.{p}" for p in split if f"{base}.{p}" not in found.columns), None)
            if logical and logical not in found.columns:
                assign(logical, hc.col, "kata")
                break
    # 3. printed numbers, shifted by the offset of the nearest worded column
    anchors = [(hc.col, int(_base(taken[hc.col])) - int(_base(hc.number)))
               for hc in described if hc.col in taken and hc.number and _base(hc.number).isdigit()
               and _base(taken[hc.col]).isdigit()]
    known = set(pack.logical_columns())
    for hc in described:
        if hc.col in taken or hc.number is None:
            continue
        delta = _nearest(anchors, hc.col)
        logical = _shift(hc.number, delta)
        if logical not in known or logical in found.columns:
            continue
        if _contradicts(hc, columns.get(_base(logical), {}), words, patterns, _base(logical)):
            found.contradictions.append(f"{hc.col}:{logical}:{hc.words}")
            continue
        if hc.words and any(b == _base(logical) for b, _ in patterns):
            continue  # its header says something this pack does not call that column: not understood
        if hc.words:
            found.unconfirmed += 1
        assign(logical, hc.col, "nomor")
    # spans: a column's header merged over the next ones (kode over four cells, Volume | Satuan)
    by_col = {hc.col: hc for hc in described}
    for logical, col in found.columns.items():
        end = col
        while end + 1 in by_col and end + 1 not in taken and _continues(by_col[col], by_col[end + 1]):
            end += 1
        if end > col:
            found.spans[logical] = end
    return found


def _continues(first: HeaderColumn, nxt: HeaderColumn) -> bool:
    """The next column belongs to the first: same header words (a merged label over
    several cells), or the Satuan beside a Volume."""
    if nxt.part == "satuan":
        return True
    return bool(first.words) and nxt.words == first.words and nxt.part == first.part and (
        nxt.number is None or not first.part)  # "Kode" over five cells each numbered 1 ... 5


def _contradicts(hc: HeaderColumn, spec: dict[str, object], words: HeaderWords, patterns: list[tuple[str, str]],
                 base: str) -> bool:
    """A numbered column whose header names something else: another column of the pack, or
    an added column (Keterangan, Sumber Dana) that the pack's column is not."""
    if not hc.words:
        return False
    own = [p for b, p in patterns if b == base]
    if any(re.search(p, hc.words) or re.search(p, hc.full) for p in own):
        return False
    name = norm(str(spec.get("name", "")))
    if any(re.search(p, hc.words) and not re.search(p, name) for p in words.other_columns):
        return True
    return bool(own) and any(b != base and re.search(p, hc.words) for b, p in patterns)


def _nearest(anchors: list[tuple[int, int]], col: int) -> int:
    left = [delta for c, delta in anchors if c <= col]
    if left:
        return left[-1]
    right = [delta for c, delta in anchors if c > col]
    return right[0] if right else 0


def reads(found: ColumnMap | None, described: list[HeaderColumn]) -> list[ColumnRead]:
    """Sheet columns grouped by the logical column they were read as, in sheet order; columns
    nothing explained are listed with their header words."""
    owner: dict[int, str] = {}
    if found is not None:
        for logical, col in found.columns.items():
            for c in range(col, found.spans.get(logical, col) + 1):
                owner[c] = logical
    groups: list[tuple[str | None, list[HeaderColumn]]] = []
    for hc in described:
        base = _base(owner[hc.col]) if hc.col in owner else None
        if groups and base is not None and groups[-1][0] == base:
            groups[-1][1].append(hc)
        else:
            groups.append((base, [hc]))
    out = []
    for base, columns in groups:
        first, last = get_column_letter(columns[0].col), get_column_letter(columns[-1].col)
        span = first if first == last else f"{first}:{last}"
        if base is None or found is None:
            if columns[0].words:
                out.append(ColumnRead(span, None, "", (), (), columns[0].words))
            continue
        logicals = [owner[hc.col] for hc in columns]
        parts = tuple("Satuan" if hc.part == "satuan" else logical.partition(".")[2]
                      for logical, hc in zip(logicals, columns, strict=True))
        evidence = tuple(found.evidence.get(logical, "") if found.columns.get(logical) == hc.col else ""
                         for logical, hc in zip(logicals, columns, strict=True))
        name = str(found.pack.columns.get(base, {}).get("name", ""))
        out.append(ColumnRead(span, base, name, tuple(p for p in parts if p) if len(columns) > 1 else (),
                              evidence, columns[0].words))
    return out
