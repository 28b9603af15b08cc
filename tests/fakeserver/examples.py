"""Deterministic, schema-valid example data built from an OpenAPI document."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakeserver.spec import SpecIndex

EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
MAX_DEPTH = 16
SHAPING = {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const", "$ref"}


def _non_null(options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        o
        for o in options
        if o.get("type") != "null" and o.get("const", 0) is not None and o.get("enum") != [None]
    ]


class ExampleBuilder:
    """Build one valid instance of a schema; ``index`` and ``seed`` make values vary."""

    def __init__(self, index: SpecIndex, seed: int = 0) -> None:
        self.ix = index
        self.seed = seed

    def build(self, schema: Any, n: int = 0, name: str = "", depth: int = 0) -> Any:
        """An instance of ``schema`` for item number ``n`` (property ``name`` gives hints)."""
        schema = self.ix.deref(schema) if isinstance(schema, dict) else {}
        if depth > MAX_DEPTH:
            raise ValueError(f"schema nests deeper than {MAX_DEPTH} required levels at {name!r}")
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return values[(n + self.seed) % len(values)]
        if "allOf" in schema:
            return self._all_of(schema, n, name, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choice(schema, schema[key], n, name, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((t for t in kind if t != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind == "object":
            return self._object(schema, n, depth)
        if kind == "array":
            return self._array(schema, n, name, depth)
        if kind == "integer":
            return int(self._number(schema, n))
        if kind == "number":
            return float(self._number(schema, n)) + 0.5
        if kind == "boolean":
            return n % 2 == 0
        if kind == "null":
            return None
        return self._string(schema, n, name)

    def _choice(self, schema: dict[str, Any], raw: list[Any], n: int, name: str, depth: int) -> Any:
        options = [(o, self.ix.deref(o)) for o in raw]
        real = [(r, o) for r, o in options if _non_null([o])] or options
        ref, chosen = real[0]
        value = self.build(chosen, n, name, depth)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(value, dict):
            target = ref.get("$ref", "") if isinstance(ref, dict) else ""
            keys = [k for k, v in (disc.get("mapping") or {}).items() if v == target]
            value[disc["propertyName"]] = keys[0] if keys else target.rsplit("/", 1)[-1]
        return value

    def _all_of(self, schema: dict[str, Any], n: int, name: str, depth: int) -> Any:
        merged: dict[str, Any] = {}
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        parts = [*schema["allOf"], rest] if SHAPING.intersection(rest) else schema["allOf"]
        for part in parts:
            value = self.build(part, n, name, depth)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged

    def _object(self, schema: dict[str, Any], n: int, depth: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for prop, sub in (schema.get("properties") or {}).items():
            if prop in required or depth < 2:
                out[prop] = self.build(sub, n, prop, depth + 1)
        return out

    def _array(self, schema: dict[str, Any], n: int, name: str, depth: int) -> list[Any]:
        count = int(schema.get("minItems", 1 if depth < 3 else 0))
        count = min(count, int(schema.get("maxItems", count)))
        item_name = name[:-1] if name.endswith("s") else name
        return [
            self.build(schema.get("items", {}), n + i, item_name, depth + 1) for i in range(count)
        ]

    def _number(self, schema: dict[str, Any], n: int) -> float:
        low = float(schema.get("minimum", 0))
        excl = schema.get("exclusiveMinimum")
        if isinstance(excl, bool):
            low = low + 1 if excl else low
        elif isinstance(excl, (int, float)):
            low = max(low, float(excl) + 1)
        value = low + n + 1 if "minimum" not in schema and excl is None else low + n
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if isinstance(high, (int, float)) and not isinstance(high, bool):
            top = float(high) - (
                1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0
            )
            value = min(value, top)
            if value < low:
                value = low
        return value

    def _string(self, schema: dict[str, Any], n: int, name: str) -> str:
        fmt = schema.get("format")
        moment = EPOCH + timedelta(days=self.seed, seconds=n)
        if fmt == "date-time":
            return moment.isoformat().replace("+00:00", "Z")
        if fmt == "date":
            return moment.date().isoformat()
        if fmt == "uuid":
            return str(uuid.UUID(int=(self.seed << 64) | (n + 1)))
        if fmt == "email":
            return f"user{n}@example.com"
        if fmt in ("uri", "url"):
            return f"https://example.com/{name or 'item'}/{n}"
        word = re.sub(r"[^a-z0-9_]", "_", (name or "value").lower())
        value = f"{word}_{n:06d}"
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        value = value.ljust(low, "x")
        return value[: int(high)] if high is not None else value


def item_schema(ix: SpecIndex, target: str, items_path: str | None = None) -> tuple[str, Any]:
    """Resolve a ``#/components/...`` ref, a schema name, or an operation's list items.

    Returns a display name (for id prefixes) and the schema.
    """
    if target.startswith("#/"):
        return target.rsplit("/", 1)[-1], ix.lookup(target)
    schemas = ix.spec.get("components", {}).get("schemas", {})
    if target in schemas:
        return target, schemas[target]
    op = ix.operation(target)
    _, _, schema = ix.success(op)
    node: Any = None
    for option in ix.object_options(schema or {}):
        if option.get("type") == "array" and items_path in (None, ""):
            node = option
            break
        props = option.get("properties") or {}
        path = items_path or next(
            (k for k, v in props.items() if ix.deref(v).get("type") == "array"), None
        )
        if path:
            node = option
            for part in [p for p in path.split(".") if p]:
                node = next(
                    (o for o in ix.object_options(node) if part in (o.get("properties") or {})), {}
                )
                node = ix.deref((node.get("properties") or {}).get(part, {}))
            items_path = path
            break
    if not node or "items" not in node:
        raise ValueError(f"{target}: no list in the success response; pass items_path")
    items = node.get("items", {})
    ref = items.get("$ref", "") if isinstance(items, dict) else ""
    return (ref.rsplit("/", 1)[-1] or items_path or op.name), items


def make_items(
    spec: dict[str, Any] | SpecIndex,
    target: str,
    n: int,
    seed: int = 0,
    *,
    id_prefix: str | None = None,
    items_path: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """``n`` valid instances of a schema (ref, schema name or list operation), deterministic.

    String ids are ``<prefix>_000001``, ... (unique and ordered); uuid ids are ordered uuids;
    integer ids count from 1. ``overrides`` is merged into every item.
    """
    ix = spec if isinstance(spec, SpecIndex) else SpecIndex(spec)
    title, schema = item_schema(ix, target, items_path)
    builder = ExampleBuilder(ix, seed)
    prefix = id_prefix or _prefix(title)
    out: list[dict[str, Any]] = []
    for i in range(n):
        item = builder.build(schema, i)
        if not isinstance(item, dict):
            raise ValueError(f"{target}: items are not objects")
        if isinstance(item.get("id"), str):
            shape = ix.object_options(schema)[0]
            id_schema = ix.deref((shape.get("properties") or {}).get("id", {}))
            if id_schema.get("format") != "uuid":
                item["id"] = f"{prefix}_{i + 1:06d}"
        elif isinstance(item.get("id"), int):
            item["id"] = i + 1
        item.update(overrides or {})
        out.append(item)
    return out


def _prefix(title: str) -> str:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", title).lower().split("_")
    words = [w for w in words if w not in ("response", "body", "schema", "public", "")]
    return words[-1] if words else "item"


def make_example(spec: dict[str, Any] | SpecIndex, schema: Any, seed: int = 0) -> Any:
    """One valid instance of ``schema``."""
    ix = spec if isinstance(spec, SpecIndex) else SpecIndex(spec)
    return ExampleBuilder(ix, seed).build(schema)
