"""pytest fixtures: ``spec_server(vendor)`` starts a SpecServer for a vendor's resolved spec.

Use it from a test module with ``pytest_plugins = ["tests.fakeserver.fixtures"]`` (or from
the root conftest). Each server stops at the end of its test; a test fails if its server
recorded spec violations that the test never looked at (``server.violations``).
"""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.fakeserver.replies import VENDOR_STYLES
from tests.fakeserver.server import SpecServer

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
REGISTRY = ROOT / "specs" / "vendors.toml"

SpecServerFactory = Callable[..., SpecServer]


@cache
def _spec_text(vendor: str) -> str:
    path = GENERATED / vendor / "openapi.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path.relative_to(ROOT)} is missing; run `make regenerate`")
    return path.read_text(encoding="utf-8")


def load_spec(vendor: str) -> dict[str, Any]:
    """A fresh copy of ``generated/<vendor>/openapi.json`` (the resolved spec)."""
    return copy.deepcopy(_cached_spec(vendor))


@cache
def _cached_spec(vendor: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_spec_text(vendor))
    return data


@cache
def _registry() -> dict[str, Any]:
    with REGISTRY.open("rb") as fh:
        vendors: dict[str, Any] = tomllib.load(fh)["vendors"]
    return vendors


def registry_entry(vendor: str) -> dict[str, Any]:
    """The vendor's entry in specs/vendors.toml."""
    return copy.deepcopy(_registry()[vendor])


def start_server(vendor: str, **options: Any) -> SpecServer:
    """Start a server for a vendor (skips the test if the resolved spec is missing)."""
    try:
        spec = _cached_spec(vendor)
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    options.setdefault("vendor_style", VENDOR_STYLES.get(vendor, "phoenix"))
    options.setdefault("registry", registry_entry(vendor))
    return SpecServer(spec, **options).start()


@pytest.fixture
def spec_server() -> Iterator[SpecServerFactory]:
    """Factory: ``spec_server("phoenix", api_key=..., prefix=...)`` -> a started server."""
    servers: list[SpecServer] = []

    def factory(vendor: str, **options: Any) -> SpecServer:
        server = start_server(vendor, **options)
        servers.append(server)
        return server

    yield factory
    unchecked: list[str] = []
    for server in servers:
        server.stop()
        unchecked += server.unchecked_violations
    if unchecked:
        pytest.fail("fake server saw spec violations nobody checked:\n" + "\n".join(unchecked))
