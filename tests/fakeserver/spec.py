"""Index of an OpenAPI document: operations, routes, parameters, schemas, security."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def snake(name: str) -> str:
    """Python name of an operationId, as openapi-python-client derives it."""
    try:  # the generator's own naming, so registry names match generated function names
        from openapi_python_client.strings import snake_case
    except ImportError:  # pragma: no cover - the dev venv has the generator
        pass
    else:
        return str(snake_case(name))
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    node: dict[str, Any] = field(repr=False, compare=False)
    params: tuple[dict[str, Any], ...] = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        """The generated Python name (snake case of the operationId)."""
        return snake(self.operation_id)


def _template_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    pattern = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{pattern}$")


class SpecIndex:
    """Look-ups over one OpenAPI 3.0/3.1 document (never modified)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.version = str(spec.get("openapi", "3.0.0"))
        self.operations: list[Operation] = []
        self._routes: list[tuple[re.Pattern[str], str, Operation]] = []
        for path, item in spec.get("paths", {}).items():
            item = self.deref(item)
            shared = [self.deref(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                node = item[method]
                own = [self.deref(p) for p in node.get("parameters", [])]
                keys = {(p["name"], p["in"]) for p in own}
                params = tuple(own + [p for p in shared if (p["name"], p["in"]) not in keys])
                op_id = node.get("operationId") or f"{method}_{path}"
                op = Operation(op_id, method, path, node, params)
                self.operations.append(op)
                self._routes.append((_template_regex(path), method, op))
        # literal paths win over templated ones (/datasets/upload before /datasets/{id})
        self._routes.sort(key=lambda r: (r[2].path.count("{"), -len(r[2].path)))

    @property
    def is_31(self) -> bool:
        """Whether the document is OpenAPI 3.1."""
        return self.version.startswith("3.1")

    @property
    def server_prefix(self) -> str:
        """The path part of the first server URL, e.g. ``/v5`` (no trailing slash)."""
        servers = self.spec.get("servers") or [{"url": "/"}]
        return urlsplit(str(servers[0].get("url", "/"))).path.rstrip("/")

    def deref(self, node: Any) -> Any:
        """Follow local ``$ref`` chains."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            node = self.lookup(node["$ref"])
            seen += 1
        return node

    def lookup(self, ref: str) -> Any:
        """The node a local JSON pointer names."""
        if not ref.startswith("#/"):
            raise KeyError(f"only local $refs are supported: {ref}")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def operation(self, name: str) -> Operation:
        """Find an operation by operationId or by its generated Python name."""
        for op in self.operations:
            if name in (op.operation_id, op.name):
                return op
        known = ", ".join(sorted(op.name for op in self.operations)[:200])
        raise KeyError(f"no operation {name!r} in the spec; known: {known}")

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Route a request path (without the server prefix) to an operation."""
        for regex, op_method, op in self._routes:
            if op_method == method.lower():
                found = regex.match(path)
                if found:
                    return op, found.groupdict()
        return None

    def path_exists(self, path: str) -> bool:
        """Whether any operation has this path (to tell 405 from 404)."""
        return any(regex.match(path) for regex, _, _ in self._routes)

    def param(self, op: Operation, name: str, where: str = "query") -> dict[str, Any] | None:
        """A parameter object of an operation, if declared."""
        for p in op.params:
            if p["name"] == name and p["in"] == where:
                return p
        return None

    def param_schema(self, op: Operation, name: str, where: str = "query") -> dict[str, Any]:
        """The schema of a parameter, with anyOf-null wrappers flattened ({} if unknown)."""
        p = self.param(op, name, where)
        schema = self.deref(p.get("schema", {})) if p else {}
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [self.deref(o) for o in schema[key]]
                real = [o for o in options if o.get("type") != "null"]
                if len(real) == 1:
                    merged = {**schema, **real[0]}
                    merged.pop(key, None)
                    return merged
        return dict(schema)

    def success(self, op: Operation) -> tuple[int, str | None, dict[str, Any] | None]:
        """The lowest declared 2xx status, its media type and its schema."""
        responses = op.node.get("responses", {})
        codes = sorted(int(c) for c in responses if str(c).isdigit() and str(c).startswith("2"))
        code = codes[0] if codes else 200
        response = self.deref(responses.get(str(code), responses.get(code, {})))
        content = response.get("content") or {}
        for media, body in content.items():
            if "json" in media:
                return code, media, self.deref(body.get("schema", {}))
        if content:
            media = next(iter(content))
            return code, media, self.deref(content[media].get("schema", {}))
        return code, None, None

    def object_options(self, schema: Any) -> list[dict[str, Any]]:
        """The object shapes a schema allows (allOf merged, oneOf/anyOf expanded)."""
        node = self.deref(schema or {})
        if "allOf" in node:
            props: dict[str, Any] = dict(node.get("properties") or {})
            required = list(node.get("required", []))
            for part in node["allOf"]:
                for option in self.object_options(part)[:1]:
                    props.update(option.get("properties") or {})
                    required += option.get("required", [])
            return [{"type": "object", "properties": props, "required": required}]
        for key in ("oneOf", "anyOf"):
            if key in node:
                return [o for part in node[key] for o in self.object_options(part)]
        return [node]

    def security(self, op: Operation) -> list[dict[str, Any]]:
        """The security requirements in force for an operation."""
        reqs = op.node.get("security", self.spec.get("security", []))
        return list(reqs or [])

    def scheme(self, name: str) -> dict[str, Any]:
        """A security scheme by name."""
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        return dict(self.deref(schemes.get(name, {})))
