"""Shared settings, counters and schema conversion for the reliability tests."""

from __future__ import annotations

import collections
import os
import threading
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG = os.environ.get("EVALCLIENTS_FUZZ", "") == "long"

# Every test records how many cases it ran; conftest.py prints the table at the end.
COUNTS: collections.Counter[str] = collections.Counter()
_LOCK = threading.Lock()


def count(name: str, n: int = 1) -> None:
    """Add ``n`` cases to the counter ``name``."""
    with _LOCK:
        COUNTS[name] += n


def fuzz_settings(ci: int, long: int) -> settings:
    """Hypothesis settings: ``ci`` derandomized examples in CI, ``long`` random ones in fuzz mode."""
    return settings(
        max_examples=long if LONG else ci,
        derandomize=not LONG,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
        print_blob=True,
    )


_DROP = {
    "discriminator",
    "xml",
    "externalDocs",
    "example",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "title",
    "description",
    "nullable",
    "contentMediaType",
    "contentEncoding",
}
_FORMATS = {"date-time", "date"}


def to_json_schema(spec: dict[str, Any], node: Any, stack: tuple[str, ...] = ()) -> Any:
    """An OpenAPI (3.0 or 3.1) schema object as plain JSON Schema, refs inlined.

    A recursive reference becomes ``{"not": {}}`` (nothing is valid there), so generation
    stays finite and a body that reaches into the recursion is never counted as valid.
    """
    if isinstance(node, list):
        return [to_json_schema(spec, n, stack) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if ref in stack:
            return {"not": {}}
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        return to_json_schema(spec, target, (*stack, ref))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP or key.startswith("x-"):
            continue
        if key == "format" and value not in _FORMATS:
            continue
        if key in ("properties", "patternProperties", "$defs", "definitions"):
            out[key] = {k: to_json_schema(spec, v, stack) for k, v in value.items()}
        elif key == "required" or key == "enum" or key == "const" or key == "default":
            out[key] = value
        else:
            out[key] = to_json_schema(spec, value, stack)
    if node.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def success_schema(spec: dict[str, Any], method: str, path: str) -> tuple[int, Any, str] | None:
    """Status, JSON Schema and media type of an operation's first 2xx answer (JSON first)."""
    op = spec["paths"][path][method.lower()]
    for code, response in sorted(op.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        if "$ref" in response:
            target: Any = spec
            for part in response["$ref"].lstrip("#/").split("/"):
                target = target[part]
            response = target
        content = response.get("content") or {}
        for media in sorted(content, key=lambda m: "json" not in m):
            if "schema" in content[media]:
                return int(code), to_json_schema(spec, content[media]["schema"]), media
    return None


_DATE_TIMES = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
)


def values_for(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values for a JSON Schema as ``to_json_schema`` writes it (OpenAPI's subset).

    hypothesis-jsonschema 0.23.1 cannot draw objects with hypothesis 6.170.17 (its
    ``from_object_schema`` calls ``many.more()``, which hypothesis removed), so this small
    generator covers what the vendors' response schemas use. Callers check the values with
    ``jsonschema`` and only demand success for the valid ones.
    """
    if not isinstance(schema, dict) or not schema or "not" in schema or depth > 8:
        return JSON_VALUES if depth <= 8 else st.none()
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            rest = {k: v for k, v in schema.items() if k != key}
            return st.one_of([values_for({**rest, **alt}, depth + 1) for alt in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            for k, v in part.items():
                if k == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **v}
                elif k == "required":
                    merged["required"] = [*merged.get("required", []), *v]
                else:
                    merged.setdefault(k, v)
        return values_for(merged, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([values_for({**schema, "type": k}, depth) for k in kind])
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**40)), schema.get("maximum", 2**40))
    if kind == "number":
        return st.floats(
            schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False
        )
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return _DATE_TIMES.map(lambda d: d.isoformat().replace("+00:00", "Z"))
        if fmt == "date":
            return _DATE_TIMES.map(lambda d: d.date().isoformat())
        return st.text(
            min_size=schema.get("minLength", 0), max_size=max(schema.get("minLength", 0), 12)
        )
    if kind == "array":
        low = schema.get("minItems", 0)
        return st.lists(
            values_for(schema.get("items", {}), depth + 1),
            min_size=low,
            max_size=max(low, min(schema.get("maxItems", 3), 3)),
        )
    if kind == "object":
        props = schema.get("properties", {})
        required = [k for k in schema.get("required", []) if k in props]
        optional = {k: v for k, v in props.items() if k not in required}
        fixed = st.fixed_dictionaries(
            {k: values_for(props[k], depth + 1) for k in required},
            optional={k: values_for(v, depth + 1) for k, v in optional.items()},
        )
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            more = st.dictionaries(
                st.text(max_size=8).filter(lambda k: k not in props),
                values_for(extra, depth + 1),
                max_size=2,
            )
            return st.tuples(fixed, more).map(lambda pair: {**pair[1], **pair[0]})
        return fixed
    return JSON_VALUES


JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
