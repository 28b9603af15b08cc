"""Load and validate the vendor registry (specs/vendors.toml)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
REGISTRY = SPECS / "vendors.toml"
REGISTRY_SCHEMA = SPECS / "common" / "registry.schema.json"


class RegistryError(ValueError):
    """The registry does not match its schema."""


def load_registry(path: Path = REGISTRY) -> dict[str, dict[str, Any]]:
    """Return the vendors of the registry, validated against its JSON Schema."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(REGISTRY_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        raise RegistryError(f"{path.name}: {where}: {errors[0].message}")
    vendors: dict[str, dict[str, Any]] = data["vendors"]
    return vendors


def vendor_dir(vendor: str) -> Path:
    """The folder holding a vendor's upstream spec, provenance and overlay."""
    return SPECS / vendor
