"""Vendor specs and registry entries from the repository (generated/, specs/vendors.toml)."""

from __future__ import annotations

import base64
import copy
import datetime
import inspect
import json
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from evalclients.tolerance import attribute_name
from tests.fakeserver.replies import VENDOR_STYLES
from tests.fakeserver.server import DEFAULT_KEY, SpecServer

DEFAULT_USER = "test-user"  # the user name of an HTTP Basic vendor's fake server
ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
REGISTRY = ROOT / "specs" / "vendors.toml"

SpecServerFactory = Callable[..., SpecServer]


class SpecMissing(FileNotFoundError):
    """generated/<vendor>/openapi.json does not exist yet."""


@cache
def cached_spec(vendor: str) -> dict[str, Any]:
    """The resolved spec of a vendor (shared; do not modify)."""
    path = GENERATED / vendor / "openapi.json"
    if not path.is_file():
        raise SpecMissing(f"{path} is missing; run `make regenerate`")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_spec(vendor: str) -> dict[str, Any]:
    """A private copy of ``generated/<vendor>/openapi.json``."""
    return copy.deepcopy(cached_spec(vendor))


@cache
def _registry() -> dict[str, Any]:
    with REGISTRY.open("rb") as fh:
        vendors: dict[str, Any] = tomllib.load(fh)["vendors"]
    return vendors


def registry_entry(vendor: str) -> dict[str, Any]:
    """The vendor's entry in specs/vendors.toml."""
    return copy.deepcopy(_registry()[vendor])


def vendor_server(vendor: str, **options: Any) -> SpecServer:
    """A started SpecServer for a vendor: its resolved spec, registry entry and error style."""
    if _registry()[vendor].get("auth", {}).get("scheme") == "basic":
        pair = base64.b64encode(f"{DEFAULT_USER}:{DEFAULT_KEY}".encode()).decode()
        options.setdefault("api_key", pair)
    options.setdefault("vendor_style", VENDOR_STYLES.get(vendor, "phoenix"))
    options.setdefault("registry", registry_entry(vendor))
    return SpecServer(cached_spec(vendor), **options).start()


def credentials(vendor: str) -> dict[str, str]:
    """Client keyword arguments that ``vendor_server(vendor)`` accepts (Basic: user + secret)."""
    if _registry()[vendor].get("auth", {}).get("scheme") == "basic":
        return {"username": DEFAULT_USER, "api_key": DEFAULT_KEY}
    return {"api_key": DEFAULT_KEY}


def required_args(vendor: str, op: Any) -> dict[str, Any]:
    """Values for a registry operation's required parameters (not its body): ``<name>-1``, or
    a fixed UUID or datetime where the spec declares that format (the fake server checks
    formats; the generated code takes a datetime)."""
    spec = cached_spec(vendor)
    item = spec["paths"].get(op.path, {})
    declared = [*item.get("parameters", []), *item.get(op.method.lower(), {}).get("parameters", [])]
    formats: dict[str, Any] = {}
    for ref in declared:
        param = _deref(spec, ref)
        schema = _deref(spec, param.get("schema") or {})
        formats[attribute_name(param["name"])] = schema.get("format")
    typed = {
        "uuid": "00000000-0000-4000-8000-000000000001",
        "date-time": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),  # the generated type
    }
    return {
        name: typed.get(formats.get(name), f"{name}-1")
        for name, param in inspect.signature(op.module.build_request).parameters.items()
        if param.default is inspect.Parameter.empty and name not in ("client", "body")
    }


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:  # #/components/<kind>/<name>
        _, _, kind, name = node["$ref"].split("/", 3)
        node = spec["components"][kind][name]
    return node
