"""The Braintrust and Langfuse documents as received, and what their overlays change.

Both are stored byte for byte (provenance.toml has the sha256); the overlays only restate
schemas (Braintrust: its one reachable 3.1-style null branch; Langfuse: shapes the generator
misreads). These tests pin those facts, and that every registry path and parameter of their
list operations exists in the resolved spec.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from scripts.resolve import apply_filter

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text())["vendors"]
VENDORS = ["braintrust", "langfuse"]


def upstream(vendor: str) -> dict[str, Any]:
    path = ROOT / "specs" / vendor / REGISTRY[vendor]["upstream"]
    text = path.read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return doc


def resolved(vendor: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "generated" / vendor / "openapi.json").read_text())
    return doc


def nulls(node: Any) -> int:
    """How many 3.1-style ``{type: "null"}`` schemas ``node`` holds."""
    if isinstance(node, dict):
        return (node.get("type") == "null") + sum(nulls(v) for v in node.values())
    if isinstance(node, list):
        return sum(nulls(v) for v in node)
    return 0


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_upstream_document_is_stored_as_received(vendor: str) -> None:
    provenance = tomllib.loads((ROOT / "specs" / vendor / "provenance.toml").read_text())
    data = (ROOT / "specs" / vendor / provenance["file"]).read_bytes()
    assert provenance["file"] == REGISTRY[vendor]["upstream"]
    assert hashlib.sha256(data).hexdigest() == provenance["sha256"]
    assert len(provenance["commit"]) == 40


def test_braintrust_uses_31_nulls_in_a_30_document_and_the_overlay_removes_them() -> None:
    doc = upstream("braintrust")
    assert doc["openapi"] == "3.0.3" and nulls(doc) == 17
    kept = apply_filter(doc, REGISTRY["braintrust"]["filter"])
    with pytest.raises(OpenAPIValidationError):
        validate(kept)  # the one reachable null branch (SavedFunctionId) is invalid in 3.0
    assert nulls(kept) == 1
    final = resolved("braintrust")
    assert nulls(final) == 0
    saved = final["components"]["schemas"]["SavedFunctionId"]
    assert saved["nullable"] is True
    assert [b["title"] for b in saved["anyOf"]] == ["function", "global"]


def test_langfuse_subtypes_keep_their_own_fields_in_the_generated_models() -> None:
    from evalclients_langfuse.models import (
        DatasetRunWithItems,
        GetScoresResponseDataNumeric,
        TraceWithDetails,
    )

    fields = {
        TraceWithDetails: {"html_path", "latency", "total_cost", "id", "timestamp"},
        DatasetRunWithItems: {"dataset_run_items", "id", "name", "dataset_id"},
        GetScoresResponseDataNumeric: {"value", "data_type", "trace", "name", "comment"},
    }
    for model, wanted in fields.items():
        assert wanted <= set(model.__annotations__), model.__name__


def _schema_at(doc: dict[str, Any], schema: dict[str, Any], dotted: str) -> bool:
    """Whether a dotted path is declared in an object schema (following $ref and allOf)."""
    node: Any = schema
    for part in dotted.split("."):
        node = _property(doc, node, part)
        if node is None:
            return False
    return True


def _property(doc: dict[str, Any], schema: Any, name: str) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if not isinstance(schema, dict):
        return None
    if name in (schema.get("properties") or {}):
        return schema["properties"][name]
    for part in schema.get("allOf", []):
        found = _property(doc, part, name)
        if found is not None:
            return found
    return None


def _operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    from openapi_python_client.strings import snake_case

    return {
        snake_case(op["operationId"]): op
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


@pytest.mark.parametrize("vendor", VENDORS)
def test_registry_paging_paths_and_parameters_exist_in_the_spec(vendor: str) -> None:
    doc = resolved(vendor)
    ops = _operations(doc)
    for name, entry in REGISTRY[vendor]["operations"].items():
        paging = entry.get("pagination")
        if not paging:
            continue
        op = ops[name]
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        paths = [*paging["items"], *paging.get("next_cursor", [])]
        paths += [paging["total"]] if "total" in paging else []
        for dotted in paths:
            assert _schema_at(doc, schema, dotted), (vendor, name, dotted)
        query = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
        query |= {
            doc["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"]
            for p in op.get("parameters", [])
            if "$ref" in p
        }
        body: set[str] = set()
        if "requestBody" in op:
            ref = op["requestBody"]["content"]["application/json"]["schema"]
            declared = {paging[k] for k in ("cursor_param", "limit_param") if k in paging}
            body = {n for n in declared if _property(doc, ref, n) is not None}
        where = body if paging.get("cursor_in") == "body" else query
        for key in ("cursor_param", "limit_param", "after_param", "page_param", "size_param"):
            if key in paging:
                assert paging[key] in where, (vendor, name, key, paging[key])
