"""pytest fixtures: ``spec_server(vendor)`` starts a SpecServer for a vendor's resolved spec.

Use it from a test module with ``pytest_plugins = ["tests.fakeserver.fixtures"]`` (or from
the root conftest). Each server stops at the end of its test; a test fails if its server
recorded spec violations that the test never looked at (``server.violations``). A test is
skipped when ``generated/<vendor>/openapi.json`` does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakeserver.server import SpecServer
from tests.fakeserver.vendors import SpecMissing, SpecServerFactory, vendor_server


@pytest.fixture
def spec_server() -> Iterator[SpecServerFactory]:
    """Factory: ``spec_server("phoenix", api_key=..., prefix=...)`` -> a started server."""
    servers: list[SpecServer] = []

    def factory(vendor: str, **options: Any) -> SpecServer:
        try:
            server = vendor_server(vendor, **options)
        except SpecMissing as exc:
            pytest.skip(str(exc))
        servers.append(server)
        return server

    yield factory
    unchecked: list[str] = []
    for server in servers:
        server.stop()
        unchecked += server.unchecked_violations
    if unchecked:
        pytest.fail("fake server saw spec violations nobody checked:\n" + "\n".join(unchecked))
