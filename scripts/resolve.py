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


NULL_RULES = (
    'OpenAPI 3.0 has no null type: `type: "null"` (and a list of types) is OpenAPI 3.1 '
    "(JSON Schema 2020-12); in 3.0 a schema that admits null says `nullable: true`. "
    "Correct it in specs/{vendor}/overlay.yaml (e.g. anyOf [X, {{type: null}}] -> X with "
    "nullable: true) or declare the document 3.1"
)


def null_types_30(doc: dict[str, Any]) -> list[str]:
    """JSON pointers of 3.1-style null types in a 3.0 document (empty for 3.1)."""
    if not str(doc.get("openapi", "")).startswith("3.0"):
        return []
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            kind = node.get("type")
            if kind == "null" or isinstance(kind, list):
                found.append(where + "/type")
            for key, value in node.items():
                walk(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(doc, "#")
    return found


def _leaves(exc: Any) -> list[Any]:
    """The errors under a oneOf/anyOf failure that have no sub-errors themselves."""
    context = getattr(exc, "context", None)
    return [leaf for sub in context for leaf in _leaves(sub)] if context else [exc]


def _smallest(exc: Any) -> Any:
    """The sub-error that really failed: the deepest in the document, a broken value before
    a missing ``$ref`` of the alternative branch (never the whole oneOf it sits in)."""
    return max(_leaves(exc), key=lambda e: (len(e.absolute_path), e.validator != "required"))


def check_valid(doc: dict[str, Any], vendor: str) -> None:
    """Validate with openapi-spec-validator; raise SpecError with a readable reason.

    The error names the smallest failing sub-schema (not the whole oneOf it sits in), and a
    3.0 document using 3.1's null type is named as such, with the rule, at every place.
    """
    nulls = null_types_30(doc)
    if nulls:
        shown = ", ".join(nulls[:5]) + (f" and {len(nulls) - 5} more" if len(nulls) > 5 else "")
        raise SpecError(
            f"{vendor}: OpenAPI {doc.get('openapi')} document uses 3.1-only null types at "
            f"{len(nulls)} place(s): {shown}. " + NULL_RULES.format(vendor=vendor)
        )
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        small = _smallest(exc)
        where = "/".join(str(p) for p in small.absolute_path) or "(root)"
        instance = json.dumps(small.instance, default=str)
        if len(instance) > 200:
            instance = instance[:200] + "..."
        raise SpecError(
            f"{vendor}: resolved spec is not valid OpenAPI at {where}: {small.message} "
            f"(the failing part: {instance})"
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
    report = OverlayReport()
    if overlay_path.exists():  # no overlay: nothing to correct
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
