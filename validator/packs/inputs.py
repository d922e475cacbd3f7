"""Read the files Periksa takes besides workbooks: periksa.yaml, rule packs, scales, baselines.

These are as untrusted as the workbooks. A ``periksa.yaml`` travels with the workbooks it
configures, so in a shared repository anyone who can commit can write one; packs and
baselines arrive the same way. A YAML alias bomb of nine lines expands to hundreds of
millions of values, and every later walk over the data (schema validation, YAML positions)
would pay for all of them. So each file is read here, and only here, within limits checked
before and while parsing: the bytes are capped before any parser runs, nesting depth is
bounded, and YAML aliases are counted and their expanded size measured as the document is
composed, so a bomb is refused at the line where it grows past the bound. Anchors and
aliases themselves stay allowed (the bundled packs share a pattern that way). Every refusal
is one :class:`InputError` with a catalogue key, naming the file and line.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from validator import messages

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class InputLimits:
    """What one file of a kind may ask of us. ``max_nodes`` counts values after alias expansion."""

    kind: str
    max_bytes: int
    max_depth: int = 32
    max_aliases: int = 100
    max_nodes: int = 200_000


#: The limits per kind of file; change them here.
CONFIG = InputLimits("config", max_bytes=1 * MIB)
PACK = InputLimits("pack", max_bytes=4 * MIB)
#: A baseline holds one entry per recorded finding (about 250 bytes each): 16 MiB is some 60,000.
BASELINE = InputLimits("baseline", max_bytes=16 * MIB, max_depth=8)


class InputError(Exception):
    """A file that cannot be used; ``key`` and ``params`` say why in the catalogue.
    Its text is in the language being spoken when it was raised (``messages.speaking``)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(messages.t(key, **params))
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Loaded:
    """A parsed YAML document and its composed node tree (for line numbers)."""

    data: Any
    node: yaml.Node | None


def read_bytes(path: Path, limits: InputLimits) -> bytes:
    """At most ``max_bytes`` of the file: a larger one is refused before anything is parsed
    (a device or a pipe that never ends included)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise InputError("input-unreadable", path=path, detail=exc.strerror or type(exc).__name__) from None
    if len(data) > limits.max_bytes:
        raise InputError("input-too-large", path=path, limit=_size(limits.max_bytes),
                         kind=messages.t(f"input-kind-{limits.kind}"))
    return data


def read_text(path: Path, limits: InputLimits) -> str:
    data = read_bytes(path, limits)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("input-not-utf8", where=f"{path}:{line}", detail=exc.reason) from None


def load_yaml(path: Path, limits: InputLimits) -> Loaded:
    """Safe-load one YAML document within ``limits``; the node tree is kept for positions.

    libyaml (PyYAML's C parser) reads the events when it is there, some eight times faster than
    PyYAML's Python scanner; the same bounded composer builds the nodes from them. A file it
    refuses is read again by PyYAML's Python parser, so a refusal is worded and placed the same
    with or without libyaml."""
    text = read_text(path, limits)
    if _FastLoader is not None:
        with contextlib.suppress(InputError):
            return _load(_FastLoader, text, path, limits)
    return _load(_BoundedLoader, text, path, limits)


def _load(kind: type[_BoundedLoader | _LibyamlLoader], text: str, path: Path, limits: InputLimits) -> Loaded:
    loader = None
    try:
        loader = kind(text, path, limits)  # the reader refuses control characters here
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise InputError("input-yaml-error", where=_where(path, exc.problem_mark or exc.context_mark),
                         detail=_yaml_detail(exc)) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise InputError("input-yaml-error", where=f"{path}:{line}:{column}",
                         detail=f"unacceptable character #x{exc.character:04x}: {exc.reason}") from None
    except yaml.YAMLError as exc:
        raise InputError("input-yaml-error", where=str(path), detail=str(exc).splitlines()[0][:200]) from None
    except _CONSTRUCTION_ERRORS as exc:  # a tagged value PyYAML's constructors choke on (!!timestamp x)
        raise InputError("input-yaml-error", where=str(path), detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return Loaded(data, node)


def load_yaml_mapping(path: Path, limits: InputLimits) -> Loaded:
    """A YAML file whose top is a mapping, as every pack and configuration is."""
    loaded = load_yaml(path, limits)
    if not isinstance(loaded.data, dict):
        raise InputError("input-not-mapping", where=f"{path}:1:1")
    return loaded


def load_json(path: Path, limits: InputLimits) -> Any:
    """Parse a JSON file within ``limits`` (size, then nesting depth)."""
    text = read_text(path, limits)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("input-json-error", where=f"{path}:{exc.lineno}:{exc.colno}", detail=exc.msg) from None
    except RecursionError:
        raise InputError("input-too-deep", where=str(path), limit=limits.max_depth) from None
    except ValueError as exc:  # numbers beyond int's digit limit
        raise InputError("input-json-error", where=str(path), detail=str(exc)[:200]) from None
    if _json_depth(data, limits.max_depth) > limits.max_depth:
        raise InputError("input-too-deep", where=str(path), limit=limits.max_depth)
    return data


def _json_depth(data: Any, limit: int) -> int:
    """Nesting depth, walked without recursion and given up past ``limit``."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if not isinstance(value, (dict, list)):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return deepest


def _size(count: int) -> str:
    return f"{count / MIB:g} MiB" if count >= MIB else f"{count / KIB:g} KiB"


def _where(path: Path, mark: yaml.Mark | None) -> str:
    return f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)


def _yaml_detail(exc: yaml.MarkedYAMLError) -> str:
    context = ""
    if exc.context and exc.context_mark and exc.problem:
        start = exc.context_mark
        context = f" ({exc.context} started at line {start.line + 1}, column {start.column + 1})"
    return f"{exc.problem or exc.context}{context}"


#: What PyYAML's safe constructors raise on a value its tag cannot hold (30 February, an integer
#: of 5,000 digits, ``!!timestamp`` of nothing, a malformed ``!!set``).
_CONSTRUCTION_ERRORS = (ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError)


@dataclass(frozen=True)
class _Extent:
    """A node as the data will see it, aliases expanded: how many values, how deep."""

    nodes: int
    depth: int


class _Bounded:
    """PyYAML's safe loading, measuring each node as it is composed: nesting depth before
    descending, and for every collection the size and depth it will have once its aliases are
    expanded (an alias costs what its anchor costs). Nothing is ever expanded to find out.
    Mixed in before a loader whose composer is PyYAML's (``_BoundedLoader``, ``_FastLoader``)."""

    def __init__(self, path: Path, limits: InputLimits) -> None:
        self.path = path
        self.limits = limits
        self.depth = 0
        self.aliases = 0
        self.extents: dict[int, _Extent] = {}

    def _refuse(self, key: str, mark: yaml.Mark | None, **params: object) -> NoReturn:
        raise InputError(key, where=_where(self.path, mark), **params)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        alias = isinstance(event, yaml.AliasEvent)
        if alias:
            self.aliases += 1
            if self.aliases > self.limits.max_aliases:
                self._refuse("input-yaml-aliases", event.start_mark, limit=self.limits.max_aliases)
        if self.depth >= self.limits.max_depth:
            self._refuse("input-too-deep", event.start_mark, limit=self.limits.max_depth)
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        extent = self.extents.get(id(node)) if alias else self._measure(node)
        if extent is None:  # an alias inside its own anchor: the data would be infinite
            self._refuse("input-yaml-recursive", event.start_mark)
        if extent.nodes > self.limits.max_nodes:
            self._refuse("input-yaml-expanded", event.start_mark, limit=self.limits.max_nodes)
        if self.depth + extent.depth > self.limits.max_depth:
            self._refuse("input-too-deep", event.start_mark, limit=self.limits.max_depth)
        return node

    def _measure(self, node: yaml.Node) -> _Extent:
        if isinstance(node, yaml.ScalarNode):
            extent = _Extent(1, 1)
        else:
            children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
            inner = [self.extents[id(child)] for child in children]
            extent = _Extent(1 + sum(e.nodes for e in inner), 1 + max((e.depth for e in inner), default=0))
        self.extents[id(node)] = extent
        return extent

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        """Keys are text, as in JSON (and as schema validation and YAML positions expect): an
        unquoted ``13:`` or ``yes:`` is the text written, not a number or a boolean."""
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(None, None, "a key must be text, not a list or mapping",
                                                        key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            mapping[key if isinstance(key, str) else key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Values a tag resolves but Python refuses (an integer of 5,000 digits, 30 February)
        become a YAML error at their line, not a traceback."""
        try:
            return super().construct_object(node, deep)
        except _CONSTRUCTION_ERRORS as exc:
            raise yaml.constructor.ConstructorError(None, None, f"{type(exc).__name__}: {exc}"[:200],
                                                    node.start_mark) from None


class _BoundedLoader(_Bounded, yaml.SafeLoader):
    """Events from PyYAML's Python reader, scanner and parser."""

    def __init__(self, text: str, path: Path, limits: InputLimits) -> None:
        yaml.SafeLoader.__init__(self, text)
        _Bounded.__init__(self, path, limits)


_FastLoader: type[_BoundedLoader | _LibyamlLoader] | None = None

if yaml.__with_libyaml__:
    from yaml.cyaml import CParser

    class _LibyamlLoader(_Bounded, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor,
                         yaml.resolver.Resolver):
        """Events from libyaml. CParser would also compose, in C and without the bounds: PyYAML's
        composer comes before it, so its nodes are built (and measured) here."""

        def __init__(self, text: str, path: Path, limits: InputLimits) -> None:
            CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            _Bounded.__init__(self, path, limits)

    _FastLoader = _LibyamlLoader
