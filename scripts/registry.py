"""Load and validate the vendor registry (specs/vendors.toml); derive what it drives.

``python -m scripts.registry vendors`` prints the registry's vendor names (stdlib only: the
Makefile runs it before ``.venv`` exists, so ``make setup`` installs every registry vendor).
The facade's extras (``evalclients[<vendor>]``, ``[all]``) are read from the registry at
build time by ``hatch_build.py``.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
REGISTRY = SPECS / "vendors.toml"
REGISTRY_SCHEMA = SPECS / "common" / "registry.schema.json"


class RegistryError(ValueError):
    """The registry does not match its schema."""


def read_registry(path: Path = REGISTRY) -> dict[str, dict[str, Any]]:
    """The vendors of the registry, unvalidated (needs nothing outside the stdlib)."""
    vendors: dict[str, dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))["vendors"]
    return vendors


def load_registry(path: Path = REGISTRY) -> dict[str, dict[str, Any]]:
    """Return the vendors of the registry, validated against its JSON Schema."""
    import jsonschema

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


def main(argv: list[str] | None = None) -> int:
    """``vendors``: the registry's vendor names, space-separated."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["vendors"]:
        print("usage: python -m scripts.registry vendors", file=sys.stderr)
        return 2
    print(" ".join(read_registry()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
