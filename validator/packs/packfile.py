"""Read the YAML files of packs and projects with the position of every key, validate them
against the JSON Schemas shipped with the packs, and say where a problem is: file, line,
column, and the nearest name that was perhaps meant.

A derived pack is several files (its own and those it extends); ``Origin`` finds which of
them wrote a key of the merged pack, so an error points at the line the author wrote.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from validator.packs.inputs import PACK, InputError, InputLimits, load_yaml_mapping

if TYPE_CHECKING:
    import jsonschema

Path_ = tuple[Any, ...]
Marks = dict[Path_, tuple[int, int]]
KEY = "__key__"


class PackError(Exception):
    """A rule pack, scale or project file that cannot be used; the text says where."""


def bundled_rules_dir() -> Path:
    """The packs shipped with Periksa: installed package data, else the repo."""
    try:
        installed = Path(str(resources.files("periksa_rules")))
        if installed.is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "rules"


@functools.cache
def schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped beside the packs: ``pack`` or ``config``."""
    return json.loads((bundled_rules_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    import jsonschema  # about 0.1 s to import: only when a file is validated
    from referencing import Registry, Resource

    registry: Registry = Registry().with_resources(
        (f"{other}.schema.json", Resource.from_contents(schema(other))) for other in ("pack", "config"))
    return jsonschema.Draft202012Validator(schema(name), registry=registry,
                                           format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def suggest(name: object, known: Iterable[str]) -> str:
    """`` (did you mean 'program'?)`` for a near miss, else nothing."""
    options = list(dict.fromkeys(str(k) for k in known))
    text = str(name)
    folded = {option.casefold(): option for option in options}
    if text.casefold() in folded:
        return f" (did you mean '{folded[text.casefold()]}'?)"
    close = difflib.get_close_matches(text, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def read_yaml(path: Path, limits: InputLimits = PACK) -> tuple[dict[str, Any], Marks]:
    """Load a YAML mapping within ``limits`` (``inputs``: size, depth, aliases: a pack or a
    periksa.yaml is untrusted input) and remember where each value starts."""
    try:
        loaded = load_yaml_mapping(path, limits)
    except InputError as exc:
        raise PackError(str(exc)) from None
    marks: Marks = {}
    _walk_marks(loaded.node, (), marks)
    return loaded.data, marks


def _walk_marks(node: yaml.Node | None, path: Path_, marks: Marks) -> None:
    if node is None:
        return
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            marks[(*path, key.value, KEY)] = (key.start_mark.line + 1, key.start_mark.column + 1)
            _walk_marks(value, (*path, key.value), marks)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk_marks(item, (*path, index), marks)


def where(file: str, marks: Marks, path: Path_) -> str:
    """``file:line:col`` of a path, or of the nearest enclosing value the file has."""
    path = tuple(path)
    while path not in marks and path:
        path = path[:-1]
    line, col = marks.get(path, (1, 1))
    return f"{file}:{line}:{col}"


def validate(path: Path, data: dict[str, Any], marks: Marks, name: str) -> None:
    """Check data against a shipped JSON Schema; the first error names file, line and column."""
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    error = errors[0]
    location = list(error.absolute_path)
    field_name = ".".join(map(str, location)) or "top level"
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        if extra:
            allowed = sorted(error.schema.get("properties", {}))
            at = where(str(path), marks, (*location, extra[0], KEY))
            raise PackError(f"{at}: unknown key '{extra[0]}'{suggest(extra[0], allowed)} "
                            f"(expected one of: {', '.join(allowed)})")
    at = where(str(path), marks, location)
    if error.validator == "format" and error.validator_value == "regex":
        raise PackError(f"{at}: {field_name}: not a regular expression ({regex_problem(error.instance)})")
    if error.validator == "enum":
        hint = suggest(error.instance, map(str, error.validator_value))
        raise PackError(f"{at}: {field_name}: {error.message}{hint}")
    raise PackError(f"{at}: {field_name}: {error.message}")


def regex_problem(pattern: object) -> str:
    """What ``re`` says about a pattern, or '' when it compiles."""
    try:
        re.compile(str(pattern))
    except re.error as exc:
        return str(exc)
    return ""


@dataclass(frozen=True)
class Layer:
    """One file's own text of a pack: the pack itself, or a pack it extends."""

    file: str
    data: dict[str, Any]
    marks: Marks


def identity(rule: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """A rule template is its id and its ``each`` list: two templates may share an id."""
    return rule["id"], tuple(rule.get("each", ()))


class Origin:
    """Where a key of a merged pack was written. ``layers`` run from the base to the derived
    pack; the derived pack's own text wins. A rule is found by its identity, since merging
    renumbers rules: ``("rules", 3, "check")`` means the check of merged rule 3."""

    def __init__(self, layers: list[Layer], merged: dict[str, Any]) -> None:
        self.layers = layers
        self.merged = merged

    @property
    def file(self) -> str:
        return self.layers[-1].file

    def mark(self, path: Path_) -> tuple[str, int, int]:
        """(file, line, column) of the path in the layer that wrote it, else of the nearest
        enclosing value in the derived pack's own file."""
        path = tuple(path)
        for layer in reversed(self.layers):
            own = self._in_layer(layer, path)
            if own is not None and own in layer.marks:
                return (layer.file, *layer.marks[own])
        top = self.layers[-1]
        found = self._in_layer(top, path) or path
        while found and found not in top.marks:
            found = found[:-1]
        return (top.file, *top.marks.get(found, (1, 1)))

    def __call__(self, *path: Any) -> str:
        file, line, col = self.mark(path)
        return f"{file}:{line}:{col}"

    def _in_layer(self, layer: Layer, path: Path_) -> Path_ | None:
        if len(path) < 2 or path[0] != "rules" or not isinstance(path[1], int):
            return path
        rules = self.merged.get("rules", [])
        if path[1] >= len(rules):
            return None
        wanted = identity(rules[path[1]])
        key = path[2] if len(path) > 2 else None
        for index, rule in enumerate(layer.data.get("rules", [])):
            if identity(rule) == wanted and (key is None or key == KEY or key in rule):
                return ("rules", index, *path[2:])
        return None
