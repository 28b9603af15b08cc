"""Resolve a vendor's spec: upstream document + declared filter + overlay, then validate.

Usage: python -m scripts.resolve VENDOR [-o OUT.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable

from scripts.overlay import OverlayReport, apply_overlay
from scripts.registry import load_registry, vendor_dir

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples")


class SpecError(ValueError):
    """A vendor's resolved spec is not a valid OpenAPI description."""


@dataclass
class Resolved:
    """A resolved document and what the overlay did."""

    document: dict[str, Any]
    overlay: OverlayReport


def read_document(path: Path, fmt: str) -> dict[str, Any]:
    """Read an upstream document: JSON, YAML, an openapi-typescript rendering, or a wheel
    carrying an openapi-generator python client."""
    if fmt == "openapi-generator-python":
        from scripts.arize_py_to_openapi import convert as convert_wheel

        return convert_wheel(path.read_bytes())
    text = path.read_text(encoding="utf-8")
    if fmt == "openapi-typescript":
        from scripts.arize_ts_to_openapi import convert

        return convert(text)
    loaded = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(loaded, dict):
        raise SpecError(f"{path.name}: not an OpenAPI document")
    return loaded


def apply_filter(doc: dict[str, Any], spec_filter: dict[str, list[str]]) -> dict[str, Any]:
    """Drop paths and operations the registry's filter excludes, then unused components."""
    include = [re.compile(p) for p in spec_filter.get("include_paths", [])]
    exclude = [re.compile(p) for p in spec_filter.get("exclude_paths", [])]
    tags = set(spec_filter.get("exclude_tags", []))
    paths: dict[str, Any] = {}
    for path, item in doc.get("paths", {}).items():
        if include and not any(p.search(path) for p in include):
            continue
        if any(p.search(path) for p in exclude):
            continue
        kept = {
            key: op
            for key, op in item.items()
            if key not in HTTP_METHODS or not tags.intersection(op.get("tags", []))
        }
        if any(key in HTTP_METHODS for key in kept):
            paths[path] = kept
    return prune_components({**doc, "paths": paths})


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            found.add(ref)
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def prune_components(doc: dict[str, Any]) -> dict[str, Any]:
    """Remove component entries that nothing reachable from the paths refers to."""
    components = doc.get("components", {})
    reachable: set[str] = set()
    frontier: set[str] = set()
    _refs(doc.get("paths", {}), frontier)
    while frontier:
        ref = frontier.pop()
        if ref in reachable:
            continue
        reachable.add(ref)
        _, _, kind, name = ref.split("/", 3)
        target = components.get(kind, {}).get(name.replace("~1", "/").replace("~0", "~"))
        found: set[str] = set()
        _refs(target, found)
        frontier |= found - reachable
    pruned = dict(components)
    for kind in COMPONENT_KINDS:
        if kind in components:
            pruned[kind] = {
                name: value
                for name, value in components[kind].items()
                if f"#/components/{kind}/{name}" in reachable
            }
    return {**doc, "components": pruned}


def check_valid(doc: dict[str, Any], vendor: str) -> None:
    """Validate with openapi-spec-validator; raise SpecError with a readable reason."""
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in exc.path) or "(root)"
        raise SpecError(
            f"{vendor}: resolved spec is not valid OpenAPI at {where}: {exc.message}"
        ) from None
    except Unresolvable as exc:  # a dangling $ref; the validator does not wrap it
        raise SpecError(f"{vendor}: resolved spec has a reference to nowhere: {exc}") from None


def resolve(vendor: str, upstream: Path | None = None) -> Resolved:
    """Resolve and validate one vendor's spec (``upstream`` overrides the registered file)."""
    entry = load_registry()[vendor]
    folder = vendor_dir(vendor)
    doc = read_document(upstream or folder / entry["upstream"], entry["upstream_format"])
    if "filter" in entry:
        doc = apply_filter(doc, entry["filter"])
    overlay_path = folder / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    doc, report = apply_overlay(doc, overlay)
    check_valid(doc, vendor)
    return Resolved(doc, report)


def dumps(doc: dict[str, Any]) -> str:
    """The canonical serialisation of a resolved document."""
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: print or write one vendor's resolved spec."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendor")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    try:
        text = dumps(resolve(args.vendor).document)
    except (SpecError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
