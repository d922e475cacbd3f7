"""The project configuration, ``periksa.yaml``: what a kabupaten decides for its workbooks.

Found from the checked folder upwards (or given with ``--config``), it chooses
rule packs, the predikat scale, severities, disabled rules, indicator
polarity and aggregation (per indicator, by kode or words) and pack
parameters (a quarter's target share), without touching the bundled packs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from validator import messages
from validator.checks.builtin import BUILTIN
from validator.model import Finding, Severity
from validator.packs.inputs import CONFIG as CONFIG_LIMITS
from validator.packs.rulepack import (
    Library,
    PackError,
    check_indicators,
    load_library,
    merge_values,
    read_yaml,
    validate,
)

CONFIG_NAME = "periksa.yaml"

def find_config(paths: Iterable[str | Path]) -> Path | None:
    """The nearest periksa.yaml above the first path checked."""
    first = next(iter(paths), None)
    if first is None:
        return None
    start = Path(first).resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def build_library(paths: Iterable[str | Path], rules_dirs: Iterable[Path] = (), config: Path | None = None,
                  discover: bool = True) -> Library:
    """The rule packs to check with: bundled, extra folders, then the project's choices."""
    paths = list(paths)
    config = config or (find_config(paths) if discover else None)
    settings: dict[str, Any] = {}
    marks: dict = {}
    if config is not None:
        settings, marks = read_yaml(config, CONFIG_LIMITS)
        validate(config, settings, marks, "config")
        check_indicators(str(config), marks, settings)
    extra = [config.parent / d for d in settings.get("rules_dirs", [])] if config else []
    library = load_library([*rules_dirs, *extra])
    return apply(library, settings, config) if config else library


def apply(library: Library, settings: dict[str, Any], source: Path) -> Library:
    wanted = settings.get("packs")
    for name in wanted or []:
        if name not in library.packs:
            raise PackError(messages.t("config-unknown", path=source, field="packs", name=name,
                                       known=", ".join(sorted(library.packs))))
    scale = settings.get("scale")
    if scale and scale not in library.scales:
        raise PackError(messages.t("config-unknown", path=source, field="scale", name=scale,
                                   known=", ".join(sorted(library.scales))))
    known_rules = {rule.id for pack in library.packs.values() for rule in pack.rules} | set(BUILTIN)
    known_rules |= {spec["id"] for pack in library.packs.values() for spec in pack.cross_tables}
    for rule_id in [*settings.get("severity", {}), *settings.get("disable", [])]:
        if rule_id not in known_rules:
            raise PackError(f"{source}: {messages.t('cli-unknown-rule', rule=rule_id)}")
    known_parameters = {name for pack in library.packs.values() for name in pack.parameters}
    for name in settings.get("parameters", {}):
        if name not in known_parameters:
            raise PackError(messages.t("config-unknown", path=source, field="parameters", name=name,
                                       known=", ".join(sorted(known_parameters)) or "-"))
    _check_column_map(settings, library, source)
    packs = {}
    for pack_id, pack in library.packs.items():
        if wanted and pack_id not in wanted:
            continue
        data = dict(pack.data)
        if scale:
            data["scale"] = scale
        for key in ("negative_indicators", "non_summable_units"):
            if key in settings:
                data[key] = [*data.get(key, []), *settings[key]]
        if "indicators" in settings:  # the project's say comes before the pack's
            data["indicators"] = [*settings["indicators"], *data.get("indicators", [])]
        own = data.get("parameters", {})
        if any(name in own for name in settings.get("parameters", {})):
            data["parameters"] = {
                name: {**spec, "values": merge_values(spec["values"], settings["parameters"].get(name, {}))}
                for name, spec in own.items()
            }
        rules = [
            dataclasses.replace(rule, severity=Severity(settings.get("severity", {}).get(rule.id, rule.severity)))
            for rule in pack.rules
            if rule.id not in settings.get("disable", [])
        ]
        packs[pack_id] = dataclasses.replace(pack, data=data, rules=rules)
    return Library(packs=packs, scales=library.scales, project=settings, header_words=library.header_words)


def _check_column_map(settings: dict[str, Any], library: Library, source: Path) -> None:
    """Pinned columns name a known pack, its columns, and usable patterns."""
    for index, pin in enumerate(settings.get("column_map", [])):
        where = f"{source}: column_map[{index}]"
        pack = library.packs.get(pin.get("pack", ""))
        if "pack" in pin and pack is None:
            raise PackError(f"{where}: unknown pack '{pin['pack']}' (known: {', '.join(sorted(library.packs))})")
        for pattern in [pin.get("sheet", ""), *pin["columns"]]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise PackError(f"{where}: '{pattern}' is not a regular expression ({exc})") from None
        for key, logical in pin["columns"].items():
            if pack is not None and logical not in pack.logical_columns():
                raise PackError(f"{where}: columns: {key}: '{logical}' is not a column of {pack.id} "
                                f"(known: {', '.join(pack.logical_columns())})")


def adjust(findings: list[Finding], project: dict[str, Any]) -> list[Finding]:
    """The project's word on built-in checks too: disabled ids dropped, severities replaced."""
    disabled = set(project.get("disable", []))
    severity = project.get("severity", {})
    return [dataclasses.replace(f, severity=Severity(severity[f.rule])) if f.rule in severity else f
            for f in findings if f.rule not in disabled]
