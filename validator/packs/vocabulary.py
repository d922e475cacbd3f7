"""The words and thresholds the checks use, as data: which units add up across quarters and
which may have decimals, how currency and nil are written, which indicators are negative, the
rupiah tolerance, the band within which a value reads as a ratio. ``rules/vocabulary.yaml``
holds the shared ones; a pack's ``vocabulary:`` adds to them. Python keeps only the mechanisms.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from validator.packs.packfile import bundled_rules_dir, read_yaml
from validator.packs.validated import shipped_cache, validate_shipped

VOCABULARY_FILE = "vocabulary.yaml"


@dataclass(frozen=True)
class Unit:
    summable: bool = True
    fractional: bool = False


@dataclass(frozen=True)
class Vocabulary:
    units: MappingProxyType[str, Unit] = field(default_factory=lambda: MappingProxyType({}))
    currency: re.Pattern[str] = re.compile(r"(?!)")
    nil: re.Pattern[str] = re.compile(r"(?!)")
    dash: re.Pattern[str] = re.compile(r"(?!)")
    negative_indicators: tuple[str, ...] = ()
    tolerances: MappingProxyType[str, float] = field(default_factory=lambda: MappingProxyType({}))
    ratio_band: float = 0.0

    @functools.cached_property
    def fractional_units(self) -> frozenset[str]:
        return frozenset(name.casefold() for name, unit in self.units.items() if unit.fractional)

    @functools.cached_property
    def non_summable_units(self) -> tuple[str, ...]:
        return tuple(name.casefold() for name, unit in self.units.items() if not unit.summable)

    def tolerance(self, name: str) -> float:
        return self.tolerances[name]

    def extended(self, spec: dict[str, Any]) -> Vocabulary:
        """This vocabulary with a pack's (or a project folder's) ``vocabulary:`` added: units and
        tolerances replace by name, negative wordings add up, patterns and the band replace."""
        units = {**self.units, **{name: Unit(**unit) for name, unit in spec.get("units", {}).items()}}
        negative = [p for p in spec.get("negative_indicators", []) if p not in self.negative_indicators]
        changes: dict[str, Any] = {
            "units": MappingProxyType(units),
            "tolerances": MappingProxyType({**self.tolerances, **spec.get("tolerances", {})}),
            "negative_indicators": (*self.negative_indicators, *negative),
        }
        for key in ("currency", "nil", "dash"):
            if key in spec:
                changes[key] = re.compile(spec[key], re.IGNORECASE)
        if "ratio_band" in spec:
            changes["ratio_band"] = float(spec["ratio_band"])
        return replace(self, **changes)


@functools.cache
def shipped() -> Vocabulary:
    """The shared vocabulary of the bundled ``rules/vocabulary.yaml``."""
    path = bundled_rules_dir() / VOCABULARY_FILE
    data, marks = read_yaml(path)
    validate_shipped(path, data, marks)
    shipped_cache().save()
    return Vocabulary().extended(data["vocabulary"])
