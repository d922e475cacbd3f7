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
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

import jsonschema
import yaml

from .colmap import HeaderWords
from .expr import FUNCTIONS, VARIABLES, Expression, ExpressionError, compile_expression
from .inputs import PACK, InputError, InputLimits, load_yaml_mapping
from .model import Severity

Path_ = tuple[Any, ...]


class PackError(Exception):
    """A rule pack or scale file that cannot be used; the text says where."""


_TEXT = {"type": "object", "properties": {"id": {"type": "string"}, "en": {"type": "string"}},
         "required": ["id", "en"], "additionalProperties": False}
#: per-indicator semantics, named by kode or by a pattern over the indicator's words; used by a
#: pack and by a project's periksa.yaml (whose entries come first)
INDICATORS: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "anyOf": [{"required": ["match"]}, {"required": ["kode"]}],
        "properties": {
            "match": {"type": "string"},
            "kode": {"type": "string"},
            "aggregation": {"enum": ["sum", "last", "average"]},
            "polarity": {"enum": ["positive", "negative"]},
            "note": {"type": "string"},
        },
    },
}

_RULE = {
    "type": "object",
    "required": ["id"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[A-Z][A-Z0-9]*-(?:[A-Z0-9.-]|\\{c\\})+$"},
        "name": {"type": "string"},
        "severity": {"enum": ["error", "warning", "info"]},
        "rows": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "when": {"type": "string"},
        "require": {"type": "string"},
        "check": {"type": "string"},
        "tolerance": {"oneOf": [{"enum": ["stated", "rupiah", "exact"]}, {"type": "number", "minimum": 0}]},
        "max_decimals": {"type": "integer", "minimum": 0, "maximum": 6},
        "truncation": {"enum": ["warning", "error", "ignore"]},
        "description": _TEXT,
        "message": _TEXT,
        "source": {"type": "string"},
        "example": {"type": "string"},
        "disable": {"type": "boolean"},
        "each": {"type": "array", "items": {"type": "string"}},
    },
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "pack": {"type": "string", "pattern": "^[a-z0-9][a-z0-9.-]*$"},
        "version": {"type": "string"},
        "extends": {"type": "string"},
        "drop_columns": {"type": "array", "items": {"type": "string"}},
        "title": _TEXT,
        "family": {"type": "string"},
        "regulation": {"type": "string"},
        "year": {"type": "integer"},
        "detect": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "title_keywords": {"type": "array", "items": {"type": "string"}},
                "header_keywords": {"type": "array", "items": {"type": "string"}},
                "header_labels": {"type": "array", "items": {"type": "string"}},
                "column_labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "columns": {"type": "integer", "minimum": 1},
            },
        },
        "columns": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "role": {"enum": ["no", "kode", "name", "indicator", "text", "unit"]},
                    "split": {"type": "array", "items": {"enum": ["K", "Rp"]}},
                    "rupiah": {"type": "boolean"},
                    # how agencies word this column's header (regular expressions over the
                    # header text folded by colmap.norm); printed numbers are only evidence
                    "match": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "levels": {
            "type": "object",
            "additionalProperties": {
                "oneOf": [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]
            },
        },
        "summary_rows": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "match"],
                "additionalProperties": False,
                "properties": {
                    "kind": {"type": "string"},
                    "match": {"type": "string"},
                    "level": {"type": "string"},
                    "scope": {"enum": ["parent", "table", "section"]},
                },
            },
        },
        "level_words": {"type": "object", "additionalProperties": {"type": "string"}},
        "table_scope_words": {"type": "array", "items": {"type": "string"}},
        "hierarchy": {"enum": ["position", "kode"]},
        "infer_levels_by": {"type": "string"},
        "levels_without_kode": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["level"],
                "additionalProperties": False,
                "properties": {
                    "level": {"type": "string"},
                    "match": {"type": "string"},
                    "upper": {"type": "boolean"},
                    "bold": {"type": "boolean"},
                },
            },
        },
        "non_summable_units": {"type": "array", "items": {"type": "string"}},
        "non_summable_wording": {"type": "string"},
        "unit_columns": {"type": "array", "items": {"type": "string"}},
        "negative_indicators": {"type": "array", "items": {"type": "string"}},
        "indicators": INDICATORS,
        "scale": {"type": "string"},
        "parameters": {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "match": {"type": "string"},
                    "values": {"type": "object", "additionalProperties": {"type": "number"}},
                    # another spelling of a key: {"2": II}, so "Triwulan 2" is quarter II
                    "aliases": {"type": "object", "additionalProperties": {"type": "string"}},
                    "description": _TEXT,
                },
            },
        },
        "rules": {"type": "array", "items": _RULE},
        "cross_tables": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "with", "columns"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string"},
                    "with": {"oneOf": [{"type": "string"},
                                       {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
                    "order_by": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    "compare": {"enum": ["==", ">=", "<="]},
                    "match": {"enum": ["kode", "name", "indicator"]},
                    "columns": {"type": "object", "additionalProperties": {
                        "type": "string", "pattern": "^(\\{year\\}|[0-9]+(\\.(K|Rp))?|sum\\([0-9]+(\\.(K|Rp))?\\))$"}},
                    "year_from": {"type": "string"},
                    "year_offset": {"type": "integer"},
                    "two_values": {"enum": ["first", "second"]},
                    "severity": {"enum": ["error", "warning", "info"]},
                    "tolerance": {"type": "number", "minimum": 0},
                    "description": _TEXT,
                    "source": {"type": "string"},
                },
            },
        },
        # a fallback pack for tables no family pack fits: never chosen by fit, instantiated per
        # table with one column per header that generic_columns recognises
        "generic": {"type": "boolean"},
        "generic_columns": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "match"],
            "properties": {
                "name": {"type": "string"},
                "match": {"type": "array", "items": {"type": "string"}},
                "exclude": {"type": "array", "items": {"type": "string"}},
            },
        },
        "header_words": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "parts": {"type": "object", "additionalProperties": {"enum": ["K", "Rp", "volume", "satuan"]}},
                "other_columns": {"type": "array", "items": {"type": "string"}},
            },
        },
        "scales": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["bands"],
                "additionalProperties": False,
                "properties": {
                    "title": {"type": "string"},
                    "source": {"type": "string"},
                    "closed": {"enum": ["lower", "upper"]},
                    "bands": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["label"],
                            "additionalProperties": False,
                            "properties": {
                                "min": {"type": "number"},
                                "max": {"type": "number"},
                                "label": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
}


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
    #: from a project's own folder (``--rules-dir``, periksa.yaml): wins over shipped packs that fit as well
    project: bool = False
    scales: dict[str, Scale] = field(default_factory=dict, repr=False)

    @property
    def generic(self) -> bool:
        return bool(self.data.get("generic"))

    def instantiate(self, count: int) -> Pack:
        """A generic pack for one table: its columns plus ``count`` recognised ones ("3", "4", ...),
        each with the template's ``each`` rules."""
        spec = self.data["generic_columns"]
        first = len(self.columns) + 1
        ids = [str(n) for n in range(first, first + count)]
        data = copy.deepcopy(self.data)
        data["columns"].update({n: {"name": f"{spec['name']} {i}", "rupiah": True} for i, n in enumerate(ids, 1)})
        data["rules"] = [{**rule, "each": ids} for rule in data.get("rules", []) if ids]
        pack = _build(self.id, {self.id: (self.file, data, {})}, self.scales, [])
        pack.project = self.project
        return pack

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
    header_words: HeaderWords = field(default_factory=lambda: HeaderWords({}, ()))


def bundled_rules_dir() -> Path:
    """The packs shipped with Periksa: installed package data, else the repo."""
    try:
        installed = Path(str(resources.files("periksa_rules")))
        if installed.is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def load_library(extra_dirs: Iterable[Path] = ()) -> Library:
    raw: dict[str, tuple[str, dict[str, Any], dict[Path_, tuple[int, int]]]] = {}
    scales: dict[str, Scale] = {}
    parts: dict[str, str] = {}
    others: list[str] = []
    for folder in [bundled_rules_dir(), *extra_dirs]:
        if not folder.is_dir():
            raise PackError(f"{folder}: folder of rule packs not found")
        for path in sorted(folder.rglob("*.yaml")):
            data, marks = read_yaml(path)
            validate(path, data, marks, SCHEMA)
            for name, spec in data.get("scales", {}).items():
                scales[name] = _scale(name, spec)
            words = data.get("header_words", {})
            parts.update(words.get("parts", {}))
            others.extend(_patterns(path, marks, words.get("other_columns", []), ("header_words", "other_columns")))
            if "pack" in data:
                raw[data["pack"]] = (str(path), data, marks)
    packs = {pack_id: _build(pack_id, raw, scales, []) for pack_id in raw}
    shipped = str(bundled_rules_dir())
    for pack in packs.values():
        pack.project = not pack.file.startswith(shipped)
        pack.scales = scales
        for key in ("match", "exclude"):
            _patterns(Path(pack.file), {}, pack.data.get("generic_columns", {}).get(key, []), ("generic_columns", key))
    return Library(packs=packs, scales=scales, header_words=HeaderWords(parts, tuple(others)))


def _patterns(path: Path, marks: dict[Path_, tuple[int, int]], patterns: list[str], at: Path_) -> list[str]:
    """Regular expressions compiled at load: a bad one is named by file and line, not at check time."""
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PackError(f"{_where(str(path), marks, (*at, index))}: not a regular expression ({exc})") from None
    return patterns


def read_yaml(path: Path, limits: InputLimits = PACK) -> tuple[dict[str, Any], dict[Path_, tuple[int, int]]]:
    """Load a YAML mapping within ``limits`` (``inputs``: size, depth, aliases) and remember
    where each value starts."""
    try:
        loaded = load_yaml_mapping(path, limits)
    except InputError as exc:
        raise PackError(str(exc)) from None
    marks: dict[Path_, tuple[int, int]] = {}
    _walk_marks(loaded.node, (), marks)
    return loaded.data, marks


def _walk_marks(node: yaml.Node | None, path: Path_, marks: dict[Path_, tuple[int, int]]) -> None:
    if node is None:
        return
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            marks[(*path, key.value, "__key__")] = (key.start_mark.line + 1, key.start_mark.column + 1)
            _walk_marks(value, (*path, key.value), marks)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk_marks(item, (*path, index), marks)


def _where(file: str, marks: dict[Path_, tuple[int, int]], path: Path_) -> str:
    path = tuple(path)
    while path not in marks and path:
        path = path[:-1]
    line, col = marks.get(path, (1, 1))
    return f"{file}:{line}:{col}"


def validate(path: Path, data: dict[str, Any], marks: dict[Path_, tuple[int, int]], schema: dict[str, Any]) -> None:
    """Check data against a JSON schema; the first error names file, line and column."""
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    error = errors[0]
    location = list(error.absolute_path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        if extra:
            where = _where(str(path), marks, (*location, extra[0], "__key__"))
            allowed = ", ".join(sorted(error.schema.get("properties", {})))
            raise PackError(f"{where}: unknown key '{extra[0]}' (expected one of: {allowed})")
    field_name = ".".join(map(str, location)) or "top level"
    raise PackError(f"{_where(str(path), marks, location)}: {field_name}: {error.message}")


def _scale(name: str, spec: dict[str, Any]) -> Scale:
    bands = tuple(Band(b["label"], b.get("min"), b.get("max")) for b in spec["bands"])
    return Scale(name, spec.get("title", name), spec.get("source", ""), bands, spec.get("closed", "lower"))


def _identity(rule: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """A rule template is its id and its ``each`` list: two templates may share an id."""
    return rule["id"], tuple(rule.get("each", ()))


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """A child pack overrides only what it lists; rules merge by id."""
    merged = copy.deepcopy(base)
    for key, value in child.items():
        if key == "rules":
            rules = {_identity(rule): rule for rule in merged.get("rules", [])}
            for rule in value:
                rules[_identity(rule)] = {**rules.get(_identity(rule), {}), **rule}
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


def check_indicators(file: str, marks: dict[Path_, tuple[int, int]], data: dict[str, Any]) -> None:
    """Each ``indicators`` entry says something (an aggregation or a polarity) with a usable pattern."""
    for index, entry in enumerate(data.get("indicators", [])):
        where = _where(file, marks, ("indicators", index))
        if "aggregation" not in entry and "polarity" not in entry:
            raise PackError(f"{where}: indicators: an entry needs 'aggregation' or 'polarity'")
        try:
            re.compile(entry.get("match", ""))
        except re.error as exc:
            raise PackError(f"{_where(file, marks, ('indicators', index, 'match'))}: indicators: match: "
                            f"not a regular expression ({exc})") from None


def _check_parameters(file: str, marks: dict[Path_, tuple[int, int]], data: dict[str, Any]) -> None:
    for name, spec in data.get("parameters", {}).items():
        where = _where(file, marks, ("parameters", name, "__key__"))
        if keyword.iskeyword(name) or name in FUNCTIONS or name in VARIABLES:
            raise PackError(f"{where}: parameter '{name}': the name is taken by the expression language")
        if "match" not in spec or "values" not in spec:
            raise PackError(f"{where}: parameter '{name}': needs 'match' and 'values'")
        try:
            re.compile(spec["match"])
        except re.error as exc:
            raise PackError(f"{_where(file, marks, ('parameters', name, 'match'))}: parameter '{name}': "
                            f"match: not a regular expression ({exc})") from None


def _build(pack_id: str, raw: dict[str, Any], scales: dict[str, Scale], chain: list[str]) -> Pack:
    file, data, marks = raw[pack_id]
    if pack_id in chain:
        raise PackError(f"{file}: extends loops back to '{pack_id}' ({' -> '.join([*chain, pack_id])})")
    if "extends" in data:
        base_id = data["extends"]
        if base_id not in raw:
            raise PackError(f"{_where(file, marks, ('extends',))}: extends unknown pack '{base_id}'")
        base = _build(base_id, raw, scales, [*chain, pack_id])
        data = _merge(base.data, {k: v for k, v in data.items() if k != "extends"})
    for number in data.get("drop_columns", []):
        data.get("columns", {}).pop(number, None)
    _check_parameters(file, marks, data)
    check_indicators(file, marks, data)
    for number, spec in data.get("columns", {}).items():
        _patterns(Path(file), marks, spec.get("match", []), ("columns", number, "match"))
    pack = Pack(id=pack_id, file=file, data=data)
    scale = data.get("scale")
    if scale and scale not in scales:
        raise PackError(f"{_where(file, marks, ('scale',))}: unknown scale '{scale}' (known: {', '.join(scales)})")
    known = pack.logical_columns()
    _check_cross_tables(file, marks, data, known, set(raw))
    for index, spec in enumerate(data.get("rules", [])):
        if spec.get("disable"):
            continue
        if spec.get("each") == [] and not data.get("generic"):
            raise PackError(f"{_where(file, marks, ('rules', index, 'each'))}: rule {spec['id']}: each: "
                            "lists no column (only a generic pack fills it per table)")
        for variant in _expand(spec):
            if data.get("drop_columns") and _needs_dropped(variant, data["drop_columns"]):
                continue  # an inherited rule that reads a column this table does not have
            pack.rules.append(_rule(variant, pack_id, known, file, marks, index, list(data.get("parameters", {}))))
    return pack


def _check_cross_tables(file: str, marks: dict[Path_, tuple[int, int]], data: dict[str, Any], known: list[str],
                        packs: set[str]) -> None:
    """What the schema cannot say: packs that exist, columns this table has, a usable
    ``year_from`` where a column is ``{year}``, an indicator column where rows are matched by
    indicator, an ``order_by`` that is a parameter of this pack."""
    for index, spec in enumerate(data.get("cross_tables", [])):
        def fail(key: str, text: str, *at: Any, index: int = index, spec: dict[str, Any] = spec) -> NoReturn:
            raise PackError(f"{_where(file, marks, ('cross_tables', index, key, *at))}: {spec['id']}: {key}: {text}")

        named = [spec["with"]] if isinstance(spec["with"], str) else spec["with"]
        for position, pack_id in enumerate(named):
            if pack_id not in packs:
                fail("with", f"unknown pack '{pack_id}'", *([] if isinstance(spec["with"], str) else [position]))
        order = spec.get("order_by")
        if order is not None and order not in data.get("parameters", {}):
            known_parameters = ", ".join(data.get("parameters", {})) or "-"
            fail("order_by", f"'{order}' is not a parameter of this pack (parameters: {known_parameters})")

        for mine, theirs in spec["columns"].items():
            if mine not in known and mine not in data.get("drop_columns", []):
                fail("columns", f"unknown column '{mine}' (known: {', '.join(known)})", mine, "__key__")
            if theirs == "{year}" and "year_from" not in spec:
                fail("columns", "'{year}' needs year_from (a pattern whose group 1 is the year)", mine)
        if "year_offset" in spec and "year_from" not in spec:
            fail("year_offset", "needs year_from (a pattern whose group 1 is the year of each table)")
        if "year_from" in spec:
            try:
                groups = re.compile(spec["year_from"]).groups
            except re.error as exc:
                fail("year_from", f"not a regular expression ({exc})")
            if groups < 1:
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


def _rule(spec: dict[str, Any], pack_id: str, known: list[str], file: str,
          marks: dict[Path_, tuple[int, int]], index: int, parameters: list[str]) -> Rule:
    def compiled(key: str) -> Expression | None:
        if key not in spec:
            return None
        try:
            return compile_expression(spec[key], known, parameters)
        except ExpressionError as exc:
            line, col = marks.get(("rules", index, key), (0, 0))
            where = f"{file}:{line}:{col + exc.offset + _quote_offset(file, line, col)}" if line else file
            raise PackError(f"{where}: rule {spec['id']}: {key}: {exc} (at '{exc.token}')") from None

    check = compiled("check")
    if check is None:
        where = _where(file, marks, ("rules", index))
        raise PackError(f"{where}: rule {spec['id']}: 'check' is required")
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
    )


def _quote_offset(file: str, line: int, col: int) -> int:
    """A quoted scalar starts one character before its text."""
    try:
        text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, IndexError):
        return 0
    return 1 if text[col - 1 : col] in {'"', "'"} else 0
