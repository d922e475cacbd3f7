"""Write one Markdown page per rule pack, from the pack itself, so docs cannot drift."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from validator import messages, outputs
from validator.packs.packfile import schema
from validator.packs.rulepack import Library, Pack, Rule


def page(pack: Pack, library: Library) -> str:
    data = pack.data
    lines = [
        f"# {pack.title('id')}",
        "",
        f"*{pack.title('en')}*",
        "",
        f"- pack: `{pack.id}` (version {data.get('version', '-')})",
        f"- regulation: {data.get('regulation', '-')}",
        f"- family: {data.get('family', '-')}",
        f"- file: `rules/{Path(pack.file).parent.name}/{Path(pack.file).name}`",
    ]
    if pack.extends:
        lines.append(f"- extends: `{pack.extends}`")
    if data.get("scale"):
        scale = library.scales[data["scale"]]
        bands = "; ".join(_band(b.min, b.max, b.label) for b in scale.bands)
        lines.append(f"- predikat scale: `{scale.name}` ({bands})")
    lines += ["", "## Columns", "", "| column | name | kind |", "|---|---|---|"]
    for number, spec in pack.columns.items():
        kind = spec.get("role") or ("K / Rp" if spec.get("split") else "rupiah" if spec.get("rupiah") else "number")
        lines.append(f"| {number} | {spec.get('name', '')} | {kind} |")
    if data.get("parameters"):
        lines += ["", "## Parameters", "",
                  "Named values the checks use, chosen per table by the text the `match` finds in its header, "
                  "title or sheet name; a project changes them in `periksa.yaml` (`parameters:`).", "",
                  "| name | match | values | meaning |", "|---|---|---|---|"]
        for name, spec in data["parameters"].items():
            values = ", ".join(f"{key}: {value:g}" for key, value in spec.get("values", {}).items())
            meaning = spec.get("description", {})
            text = f"{meaning['id']} *{meaning['en']}*" if meaning else ""
            match = spec.get("match", "").replace("|", "\\|")  # a pipe would end the table cell
            lines.append(f"| `{name}` | `{match}` | {values} | {text} |")
    lines += ["", "## Rules", "", "| id | severity | rows | check | when | source |", "|---|---|---|---|---|---|"]
    for rule in pack.rules:
        when = f"`{rule.when.source}`" if rule.when else ""
        lines.append(f"| `{rule.id}` | {rule.severity.value} | {', '.join(rule.rows)} | `{rule.check.source}` | "
                     f"{when} | {rule.source} |")
    for spec in data.get("cross_tables", []):
        lines += ["", f"Cross-table `{spec['id']}` ({spec.get('severity', 'error')}): {cross_summary(spec)}. "
                  f"{spec.get('source', '')}"]
        if spec.get("year_from"):
            lines += ["", f"The year is read from the title or header with `{spec['year_from']}`."]
        if spec.get("description"):
            lines += ["", spec["description"]["id"], "", f"*{spec['description']['en']}*"]
    lines += ["", "## What each rule means", ""]
    for rule in pack.rules:
        lines += [f"### {rule.id}", "", rule.description["id"], "", f"*{rule.description['en']}*", ""]
        if rule.example:
            lines += [f"Example: {rule.example}", ""]
    return "\n".join(lines) + "\n"


def tolerance(rule: Rule, lang: str) -> str:
    """What a rule's tolerance allows, in words."""
    if isinstance(rule.tolerance, (int, float)):
        return messages.t("tolerance-number", lang, value=messages.number(rule.tolerance, lang))
    if rule.tolerance == "stated":
        return messages.t("tolerance-stated", lang, decimals=rule.max_decimals, truncation=rule.truncation)
    return messages.t(f"tolerance-{rule.tolerance}", lang)


def explain(rule: Rule, pack: Pack, lang: str) -> str:
    """Everything an author needs to know about one rule (``periksa rules explain``)."""
    own = f" [{messages.t('pack-project', lang)}]" if pack.project else ""
    lines = [f"{rule.id} ({rule.name}) [{rule.severity.value}] - {pack.id}{own}",
             rule.description.get(lang, rule.description["id"]), ""]
    fields = [("rows", ", ".join(rule.rows)), ("when", rule.when.source if rule.when else ""),
              ("require", rule.require.source if rule.require else ""), ("check", rule.check.source),
              ("tolerance", tolerance(rule, lang)), ("severity", rule.severity.value),
              ("example", rule.example), ("source", rule.source), ("file", rule.where)]
    lines += [f"{key + ':':<11}{value}" for key, value in fields if value]
    return "\n".join(lines)


def cross_summary(spec: dict[str, Any]) -> str:
    """One line on what a ``cross_tables`` entry compares, for the pack pages and ``rules explain``."""
    named = [spec["with"]] if isinstance(spec["with"], str) else list(spec["with"])
    other = " / ".join(named)
    if spec.get("order_by"):
        other = f"the previous table by {spec['order_by']} (the largest below this table's) of {other}"
    if spec.get("year_offset"):
        other = f"the table of {other} whose year is this table's {spec['year_offset']:+d}"
    compare = spec.get("compare", "==").replace("==", "=")
    columns = ", ".join(f"column {mine} {compare} {_their_column(theirs)} in {other}"
                        for mine, theirs in spec["columns"].items())
    return f"rows matched by {spec.get('match', 'kode')}; {columns}; tolerance {spec.get('tolerance', 1):g}"


def _their_column(name: str) -> str:
    if name == "{year}":
        return "the column headed by this table's year"
    if name.startswith("sum("):
        return f"the sum of column {name[4:-1]} over the row and its continuation rows"
    return f"column {name}"


def _band(low: float | None, high: float | None, label: str) -> str:
    if low is None:
        return f"< {high}: {label}"
    if high is None:
        return f">= {low}: {label}"
    return f"{low}-{high}: {label}"


def write(library: Library, folder: Path) -> list[Path]:
    outputs.make_folder(folder)
    written = []
    for pack in sorted(library.packs.values(), key=lambda p: p.id):
        path = folder / f"{pack.id}.md"
        outputs.write(path, page(pack, library))
        written.append(path)
    index = ["# Rule packs", "", "Generated by `periksa rules docs docs/packs` from `rules/`; do not edit.", ""]
    index += [f"- [{p.id}]({p.id}.md): {p.title('id')}" for p in sorted(library.packs.values(), key=lambda p: p.id)]
    outputs.write(folder / "README.md", "\n".join(index) + "\n")
    return written


def key_reference(name: str = "pack") -> str:
    """Every key of a shipped JSON Schema (``pack`` or ``config``) as a Markdown table: its
    path, what it takes, what it means, an example. docs/rules.md carries it, so the docs
    list exactly the keys the loader accepts."""
    root = schema(name)
    lines = ["| key | takes | meaning | example |", "|---|---|---|---|"]
    for path, spec in _keys(root, root, ""):
        example = spec.get("examples", [None])[0] if spec.get("examples") else None
        shown = f"`{_flow(example)}`" if example is not None else ""
        lines.append(f"| `{path}` | {_takes(spec, root)} | {_cell(spec.get('description', ''))} | {shown} |")
    return "\n".join(lines) + "\n"


def with_key_reference(text: str) -> str:
    """A Markdown text with its ``<!-- keys:pack -->`` / ``<!-- keys:config -->`` blocks filled."""
    for name in ("pack", "config"):
        start, end = f"<!-- keys:{name} -->", f"<!-- /keys:{name} -->"
        if start in text and end in text:
            head, rest = text.split(start, 1)
            text = f"{head}{start}\n{key_reference(name)}{end}{rest.split(end, 1)[1]}"
    return text


def _resolve(spec: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A local ``$ref`` followed (``#/$defs/rule``); a description beside it is kept."""
    ref = spec.get("$ref", "")
    if not ref.startswith("#/"):
        if ref:
            other, _, pointer = ref.partition("#/")
            return _resolve({**spec, "$ref": f"#/{pointer}"}, schema(other.removesuffix(".schema.json")))
        return spec
    target: Any = root
    for part in ref[2:].split("/"):
        target = target[part]
    merged = {**target, **{k: v for k, v in spec.items() if k != "$ref"}}
    return _resolve(merged, root) if "$ref" in target else merged


def _keys(spec: dict[str, Any], root: dict[str, Any], prefix: str) -> list[tuple[str, dict[str, Any]]]:
    spec = _resolve(spec, root)
    out: list[tuple[str, dict[str, Any]]] = []
    for key, child in spec.get("properties", {}).items():
        child = _resolve(child, root)
        path = f"{prefix}.{key}" if prefix else key
        out.append((path, child))
        if set(child.get("properties", {})) != {"id", "en"}:  # a text in two languages: said once
            out.extend(_keys(child, root, path))
    items = spec.get("items")
    if isinstance(items, dict) and _resolve(items, root).get("properties"):
        out.extend(_keys(items, root, f"{prefix}[]"))
    extra = spec.get("additionalProperties")
    if isinstance(extra, dict) and _resolve(extra, root).get("properties"):
        out.extend(_keys(extra, root, f"{prefix}.<{_placeholder(prefix)}>"))
    return out


def _placeholder(prefix: str) -> str:
    return {"columns": "number", "parameters": "name", "scales": "name"}.get(prefix.split(".")[-1], "name")


def _takes(spec: dict[str, Any], root: dict[str, Any]) -> str:
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "oneOf" in spec:
        return " or ".join(_takes(_resolve(option, root), root) for option in spec["oneOf"])
    kind = spec.get("type", "")
    if kind == "array":
        items = _resolve(spec.get("items", {}), root)
        inner = "mappings" if items.get("properties") else _takes(items, root) or "values"
        return f"list of {inner}"
    if kind == "object":
        return "mapping"
    if spec.get("format") == "regex":
        return "regular expression"
    return str(kind)


def _flow(value: Any) -> str:
    return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000).strip().removesuffix(
        "\n...").replace("|", "\\|")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
