"""The request log: one record per request the server received."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordedRequest:
    """A request as received, with what the server made of it.

    ``index`` counts from 1 over the server's life (``reset()`` restarts it); ``page`` is the
    1-based page a list request asked for; ``connection`` tells kept-alive connections apart.
    """

    index: int
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    connection: int
    operation_id: str | None = None
    path_params: dict[str, str] = field(default_factory=dict)
    page: int | None = None
    status: int | None = None
    fault: str | None = None
    violations: list[str] = field(default_factory=list)

    def param(self, name: str) -> str | None:
        """The first value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        """The request body decoded as JSON."""
        return json.loads(self.body)
