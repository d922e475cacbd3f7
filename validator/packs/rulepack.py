"""Load YAML rule packs and scales, validated, with YAML positions in errors.

A pack is data: which table it checks (how to recognise it, its columns,
its summary rows) and its rules. Packs may ``extends:`` another pack and
list only what differs. Every error names the file, line and column.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from validator.model import Severity
from validator.packs import packcheck
from validator.packs.expr import FUNCTIONS, VARIABLES, Expression, ExpressionError, compile_expression
from validator.packs.packfile import (
    KEY,
    Layer,
    Marks,
    Origin,
    PackError,
    bundled_rules_dir,
    identity,
    read_yaml,
    suggest,
    validate,
    where,
)
from validator.packs.validated import shipped_cache, validate_shipped
from validator.packs.vocabulary import VOCABULARY_FILE, Vocabulary, shipped
from validator.tables.colmap import HeaderWords

__all__ = ["Library", "Pack", "PackError", "Rule", "Scale", "bundled_rules_dir", "load_library", "read_yaml",
           "validate"]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    rows: tuple[str, ...]
    check: Expression
    when: Expression | None
    require: Expression | None
    tolerance: str | float
    max_decimals: int
    truncation: str
    description: dict[str, str]
    message: dict[str, str] | None
    source: str
    example: str
    pack: str
    #: the rule's place in its pack's (merged) ``rules`` list
    index: int = -1
    #: ``file:line:col`` of its id, for authors
    where: str = ""

    def columns(self) -> set[str]:
        """Every logical column the rule reads: it runs only on tables that have them all."""
        return {c for e in (self.check, self.when, self.require) if e is not None for c in e.columns}


@dataclass(frozen=True)
class Band:
    label: str
    min: float | None
    max: float | None


@dataclass(frozen=True)
class Scale:
    name: str
    title: str
    source: str
    bands: tuple[Band, ...]
    closed: str = "lower"

    def label(self, value: float) -> str:
        """Half-open bands: ``min <= value < max``, or ``min < value <= max``."""
        upper = self.closed == "upper"
        for band in self.bands:
            above = band.min is None or (value > band.min if upper else value >= band.min)
            below = band.max is None or (value <= band.max if upper else value < band.max)
            if above and below:
                return band.label
        return ""


@dataclass
class Pack:
    id: str
    file: str
    data: dict[str, Any]
    rules: list[Rule] = field(default_factory=list)
    #: from a project's folder (``--rules-dir``, ``rules_dirs``): preferred to a bundled pack that fits the same table
    project: bool = False
    #: the pack this one extends, if any
    extends: str | None = None
    #: the shared vocabulary with the pack's own ``vocabulary:`` added
    vocabulary: Vocabulary = field(default_factory=shipped)
    scales: dict[str, Scale] = field(default_factory=dict, repr=False)

    @property
    def generic(self) -> bool:
        """The fallback for tables no family pack fits (``generic: true``): never fitted itself."""
        return bool(self.data.get("generic"))

    def instantiate(self, count: int) -> Pack:
        """A generic pack for one table: its columns plus ``count`` recognised ones ("3", "4", ...),
        each with the template's ``each`` rules."""
        spec = self.generic_columns
        first = len(self.columns) + 1
        ids = [str(n) for n in range(first, first + count)]
        data = copy.deepcopy(self.data)
        data["columns"].update({n: {"name": f"{spec['name']} {i}", "rupiah": True} for i, n in enumerate(ids, 1)})
        data["rules"] = [{**rule, "each": ids} for rule in data.get("rules", []) if ids]
        pack = _build(self.id, {self.id: Layer(self.file, data, {})}, self.scales, [], self.vocabulary)
        pack.project, pack.scales = self.project, self.scales
        return pack

    @property
    def non_summable_units(self) -> tuple[str, ...]:
        """Units not added up across quarters: the vocabulary's, then the pack's and project's
        ``non_summable_units`` (lower case)."""
        return (*self.vocabulary.non_summable_units, *(u.lower() for u in self.data.get("non_summable_units", [])))

    @property
    def family(self) -> str:
        return str(self.data.get("family", ""))

    @property
    def scale(self) -> str | None:
        return self.data.get("scale")

    @property
    def cross_tables(self) -> list[dict[str, Any]]:
        """The ``cross_tables`` entries, as validated (``crosstable`` reads them)."""
        return list(self.data.get("cross_tables", []))

    @property
    def parameters(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("parameters", {}))

    @property
    def indicators(self) -> list[dict[str, Any]]:
        """Per-indicator semantics: the project's entries, then the pack's."""
        return list(self.data.get("indicators", []))

    @property
    def unit_columns(self) -> list[str] | None:
        """The columns whose units decide summability; None: every column."""
        return self.data.get("unit_columns")

    @property
    def non_summable_wording(self) -> str | None:
        return self.data.get("non_summable_wording")

    @property
    def detect(self) -> dict[str, Any]:
        """How the table is recognised besides its columns' words: title and header keywords,
        printed derivations (``column_labels``), ordered ``header_labels``."""
        return dict(self.data.get("detect", {}))

    @property
    def column_labels(self) -> dict[str, str]:
        return dict(self.detect.get("column_labels", {}))

    @property
    def header_labels(self) -> list[str]:
        return list(self.detect.get("header_labels", []))

    @property
    def generic_columns(self) -> dict[str, Any]:
        return dict(self.data.get("generic_columns", {}))

    @property
    def levels(self) -> dict[str, int | list[int]]:
        """Level -> kode segment count(s)."""
        return dict(self.data.get("levels", {}))

    @property
    def hierarchy(self) -> str:
        return str(self.data.get("hierarchy", "position"))

    @property
    def summary_rows(self) -> list[dict[str, Any]]:
        return list(self.data.get("summary_rows", []))

    @property
    def levels_without_kode(self) -> list[dict[str, Any]]:
        return list(self.data.get("levels_without_kode", []))

    @property
    def level_words(self) -> dict[str, str]:
        return dict(self.data.get("level_words", {}))

    @property
    def table_scope_words(self) -> list[str]:
        return list(self.data.get("table_scope_words", []))

    @property
    def infer_levels_by(self) -> str | None:
        return self.data.get("infer_levels_by")

    @property
    def level_order(self) -> list[str]:
        """The levels from the top (fewest kode segments) down."""
        levels = self.data.get("levels", {})
        return sorted(levels, key=lambda level: min(levels[level] if isinstance(levels[level], list)
                                                    else [levels[level]]))

    @property
    def negative_indicators(self) -> tuple[str, ...]:
        """Wordings of indicators where less is better: the vocabulary's, then the pack's and project's."""
        return (*self.vocabulary.negative_indicators, *self.data.get("negative_indicators", []))

    @property
    def columns(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("columns", {}))

    def rupiah(self, column: str) -> bool:
        """Whether a logical column holds whole rupiah (the Rp of a K/Rp pair, or marked so)."""
        return column.endswith(".Rp") or bool(self.columns.get(column, {}).get("rupiah"))

    @property
    def roles(self) -> dict[str, str]:
        """Role -> the logical column that plays it (``kode`` -> "2", ``name`` -> "3")."""
        return {spec["role"]: number for number, spec in self.columns.items() if spec.get("role")}

    def logical_columns(self) -> list[str]:
        out: list[str] = []
        for number, spec in self.columns.items():
            split = spec.get("split")
            out.extend(f"{number}.{sub}" for sub in split) if split else out.append(number)
        return out

    def read_columns(self) -> set[str]:
        """Every column some rule reads: where an unreadable number matters."""
        out: set[str] = set()
        for rule in self.rules:
            for expression in (rule.check, rule.when, rule.require):
                if expression is not None:
                    out.update(expression.columns)
        return out

    def title(self, lang: str) -> str:
        return str(self.data.get("title", {}).get(lang, self.id))

    def parameter_values(self, *texts: str) -> dict[str, float]:
        """Each parameter's value for one table: its ``match`` is searched in the texts in
        order (header, title, sheet name); in a text, the last match is the one nearest the
        table. The captured key (``II``, or an alias of it such as ``2``) picks the value; no
        match leaves the parameter out."""
        out: dict[str, float] = {}
        for name, spec in self.data.get("parameters", {}).items():
            values = {str(key).casefold(): float(value) for key, value in spec["values"].items()}
            aliases = {str(key).casefold(): str(value).casefold() for key, value in spec.get("aliases", {}).items()}
            for text in texts:
                found = list(re.finditer(spec["match"], text or "", re.IGNORECASE))
                if found:
                    key = found[-1].group(1) if found[-1].re.groups else found[-1].group(0)
                    key = None if key is None else key.strip().casefold()
                    key = aliases.get(key, key) if key is not None else None
                    if key is not None and key in values:
                        out[name] = values[key]
                    break
        return out


@dataclass
class Library:
    packs: dict[str, Pack]
    scales: dict[str, Scale]
    project: dict[str, Any] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=shipped)
    header_words: HeaderWords = field(default_factory=lambda: HeaderWords({}, ()))


def load_library(extra_dirs: Iterable[Path] = ()) -> Library:
    """The bundled packs, then those of ``extra_dirs`` (a project's own: ``Pack.project``)."""
    raw: dict[str, Layer] = {}
    own: set[str] = set()
    scales: dict[str, Scale] = {}
    parts: dict[str, str] = {}
    others: list[str] = []
    vocabulary = shipped()
    bundled = bundled_rules_dir()
    for folder in [bundled, *extra_dirs]:
        if not folder.is_dir():
            raise PackError(f"{folder}: folder of rule packs not found")
        for path in sorted(folder.rglob("*.yaml")):
            data, marks = read_yaml(path)
            if folder == bundled:
                validate_shipped(path, data, marks)
            else:
                validate(path, data, marks, "pack")
            for name, spec in data.get("scales", {}).items():
                scales[name] = _scale(name, spec)
            words = data.get("header_words", {})
            parts.update(words.get("parts", {}))
            others.extend(words.get("other_columns", []))
            if "vocabulary" in data and not (folder == bundled and path.name == VOCABULARY_FILE):
                packcheck.check_vocabulary(str(path), marks, data["vocabulary"])
                if "pack" not in data:  # a project's vocabulary file: for all its packs and the bundled ones
                    vocabulary = vocabulary.extended(data["vocabulary"])
            if "pack" in data:
                raw[data["pack"]] = Layer(str(path), data, marks)
                if folder != bundled:
                    own.add(data["pack"])
                else:
                    own.discard(data["pack"])
    # a project's packs first: tables found by their header labels go to the first pack that matches
    order = sorted(raw, key=lambda pack_id: pack_id not in own)
    packs = {pack_id: _build(pack_id, raw, scales, [], vocabulary) for pack_id in order}
    for pack_id in own:
        packs[pack_id].project = True
    for pack in packs.values():
        pack.scales = scales
    shipped_cache().save()
    return Library(packs=packs, scales=scales, vocabulary=vocabulary, header_words=HeaderWords(parts, tuple(others)))


def _scale(name: str, spec: dict[str, Any]) -> Scale:
    bands = tuple(Band(b["label"], b.get("min"), b.get("max")) for b in spec["bands"])
    return Scale(name, spec.get("title", name), spec.get("source", ""), bands, spec.get("closed", "lower"))


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """A child pack overrides only what it lists; rules merge by id."""
    merged = copy.deepcopy(base)
    for key, value in child.items():
        if key == "rules":
            rules = {identity(rule): rule for rule in merged.get("rules", [])}
            for rule in value:
                rules[identity(rule)] = {**rules.get(identity(rule), {}), **rule}
            merged["rules"] = list(rules.values())
        elif key == "parameters":  # a child may change only a parameter's values, or only some of them
            params = merged.setdefault("parameters", {})
            for name, spec in value.items():
                old = params.get(name, {})
                params[name] = {**old, **spec, "values": merge_values(old.get("values", {}), spec.get("values", {}))}
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def merge_values(base: dict[Any, Any], new: dict[Any, Any]) -> dict[Any, Any]:
    """Parameter values keyed case-insensitively: ``ii`` replaces ``II``."""
    replaced = {str(k).casefold() for k in new}
    return {**{k: v for k, v in base.items() if str(k).casefold() not in replaced}, **new}


def check_indicators(file: str, marks: Marks, data: dict[str, Any]) -> None:
    """Each ``indicators`` entry says something (an aggregation or a polarity)."""
    for index, entry in enumerate(data.get("indicators", [])):
        if "aggregation" not in entry and "polarity" not in entry:
            raise PackError(f"{where(file, marks, ('indicators', index))}: indicators: "
                            "an entry needs 'aggregation' or 'polarity'")


def _check_parameters(origin: Origin, data: dict[str, Any]) -> None:
    for name, spec in data.get("parameters", {}).items():
        at = origin("parameters", name, KEY)
        if keyword.iskeyword(name) or name in FUNCTIONS or name in VARIABLES:
            raise PackError(f"{at}: parameter '{name}': the name is taken by the expression language")
        if "match" not in spec or "values" not in spec:
            raise PackError(f"{at}: parameter '{name}': needs 'match' and 'values'")


def _layers(pack_id: str, raw: dict[str, Layer], chain: list[str]) -> list[Layer]:
    """The files of a pack, from the pack it extends (recursively) to its own."""
    layer = raw[pack_id]
    if pack_id in chain:
        raise PackError(f"{layer.file}: extends loops back to '{pack_id}' ({' -> '.join([*chain, pack_id])})")
    base_id = layer.data.get("extends")
    if base_id is None:
        return [layer]
    if base_id not in raw:
        raise PackError(f"{where(layer.file, layer.marks, ('extends',))}: extends unknown pack '{base_id}'"
                        f"{suggest(base_id, raw)}")
    return [*_layers(base_id, raw, [*chain, pack_id]), layer]


def _build(pack_id: str, raw: dict[str, Layer], scales: dict[str, Scale], chain: list[str],
           vocabulary: Vocabulary) -> Pack:
    layers = _layers(pack_id, raw, chain)
    data: dict[str, Any] = {}
    for layer in layers:
        data = _merge(data, {k: v for k, v in layer.data.items() if k != "extends"})
    origin = Origin(layers, data)
    packcheck.check_columns(origin, data)
    for number in data.get("drop_columns", []):
        data.get("columns", {}).pop(number, None)
    _check_parameters(origin, data)
    check_indicators(layers[-1].file, layers[-1].marks, layers[-1].data)
    pack = Pack(id=pack_id, file=layers[-1].file, data=data, extends=layers[-1].data.get("extends"),
                vocabulary=vocabulary.extended(data.get("vocabulary", {})))
    scale = data.get("scale")
    if scale and scale not in scales:
        raise PackError(f"{origin('scale')}: unknown scale '{scale}'{suggest(scale, scales)} "
                        f"(known: {', '.join(scales)})")
    known = pack.logical_columns()
    packcheck.check_names(origin, data, known)
    _check_cross_tables(origin, data, known, set(raw))
    context = packcheck.Names.of(data, known, scales)
    for index, spec in enumerate(data.get("rules", [])):
        if spec.get("disable"):
            continue
        if spec.get("each") == [] and not data.get("generic"):
            raise PackError(f"{origin('rules', index, 'each')}: rule {spec['id']}: each: lists no column "
                            "(only a generic pack fills it per table)")
        for variant in _expand(spec):
            if data.get("drop_columns") and _needs_dropped(variant, data["drop_columns"]):
                continue  # an inherited rule that reads a column this table does not have
            pack.rules.append(_rule(variant, pack_id, context, origin, index))
    packcheck.check_rules(origin, data, pack.rules, known)
    return pack


def _check_cross_tables(origin: Origin, data: dict[str, Any], known: list[str], packs: set[str]) -> None:
    """What the schema cannot say: packs that exist, columns this table has, a usable
    ``year_from`` where a column is ``{year}``, an indicator column where rows are matched by
    indicator, an ``order_by`` that is a parameter of this pack."""
    for index, spec in enumerate(data.get("cross_tables", [])):
        def fail(key: str, text: str, *at: Any, index: int = index, spec: dict[str, Any] = spec) -> NoReturn:
            raise PackError(f"{origin('cross_tables', index, key, *at)}: {spec['id']}: {key}: {text}")

        named = [spec["with"]] if isinstance(spec["with"], str) else spec["with"]
        for position, pack_id in enumerate(named):
            if pack_id not in packs:
                fail("with", f"unknown pack '{pack_id}'{suggest(pack_id, packs)}",
                     *([] if isinstance(spec["with"], str) else [position]))
        order = spec.get("order_by")
        if order is not None and order not in data.get("parameters", {}):
            known_parameters = ", ".join(data.get("parameters", {})) or "-"
            fail("order_by", f"'{order}' is not a parameter of this pack{suggest(order, data.get('parameters', {}))} "
                             f"(parameters: {known_parameters})")

        for mine, theirs in spec["columns"].items():
            if mine not in known and mine not in data.get("drop_columns", []):
                fail("columns", f"unknown column '{mine}'{suggest(mine, known)} (known: {', '.join(known)})",
                     mine, KEY)
            if theirs == "{year}" and "year_from" not in spec:
                fail("columns", "'{year}' needs year_from (a pattern whose group 1 is the year)", mine)
        if "year_offset" in spec and "year_from" not in spec:
            fail("year_offset", "needs year_from (a pattern whose group 1 is the year of each table)")
        if "year_from" in spec and re.compile(spec["year_from"]).groups < 1:
            fail("year_from", "needs a group around the year, e.g. 'tahun\\s+(20\\d\\d)'")
        roles = {column.get("role") for column in data.get("columns", {}).values()}
        if spec.get("match") == "indicator" and "indicator" not in roles:
            fail("match", "rows are matched by indicator but no column has role: indicator")


def _needs_dropped(spec: dict[str, Any], dropped: list[str]) -> bool:
    text = " ".join(str(spec.get(key, "")) for key in ("check", "when", "require"))
    return any(re.search(rf"(?<![\w.\[]){re.escape(n)}\.(K|Rp)\b|\[{re.escape(n)}(\.(K|Rp))?\]", text)
               for n in dropped)


def _expand(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """``each: [5, 6]`` writes one rule per column, ``{c}`` standing for it."""
    if "each" not in spec:
        return [spec]
    out = []
    for column in spec["each"]:
        def fill(value: Any, column: str = column) -> Any:
            if isinstance(value, str):
                return value.replace("{c}", column)
            if isinstance(value, dict):
                return {k: fill(v) for k, v in value.items()}
            return value
        variant = {k: fill(v) for k, v in spec.items() if k != "each"}
        variant["id"] = variant["id"].replace(".", "").upper()
        out.append(variant)
    return out


def _rule(spec: dict[str, Any], pack_id: str, names: packcheck.Names, origin: Origin, index: int) -> Rule:
    def compiled(key: str) -> Expression | None:
        if key not in spec:
            return None
        try:
            expression = compile_expression(spec[key], names.columns, names.parameters)
            packcheck.check_expression(expression, names)
            return expression
        except ExpressionError as exc:
            file, line, col = origin.mark(("rules", index, key))
            at = f"{file}:{line}:{_column(file, line, col, exc)}"
            raise PackError(f"{at}: rule {spec['id']}: {key}: {exc} (at '{exc.token}')") from None

    check = compiled("check")
    if check is None:
        raise PackError(f"{origin('rules', index)}: rule {spec['id']}: 'check' is required")
    rows = spec.get("rows", "entity")
    return Rule(
        id=spec["id"],
        name=spec.get("name", spec["id"].lower()),
        severity=Severity(spec.get("severity", "error")),
        rows=tuple([rows] if isinstance(rows, str) else rows),
        check=check,
        when=compiled("when"),
        require=compiled("require"),
        tolerance=spec.get("tolerance", "stated"),
        max_decimals=int(spec.get("max_decimals", 2)),
        truncation=spec.get("truncation", "warning"),
        description=spec.get("description", {"id": spec["id"], "en": spec["id"]}),
        message=spec.get("message"),
        source=spec.get("source", ""),
        example=spec.get("example", ""),
        pack=pack_id,
        index=index,
        where=origin("rules", index, "id"),
    )


def _column(file: str, line: int, col: int, error: ExpressionError) -> int:
    """The column of an expression error in the file: the value's column plus the error's
    offset (one more for an opening quote). A template (``each``) was expanded before it was
    compiled, so its offsets are off; there the token is looked for on the line instead."""
    try:
        text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, IndexError):
        return col + error.offset
    if "{c}" in text and error.token and text.count(error.token) == 1:
        return text.index(error.token) + 1
    return col + error.offset + (1 if text[col - 1 : col] in {'"', "'"} else 0)
