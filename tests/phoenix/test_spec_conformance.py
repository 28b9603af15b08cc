"""The live Phoenix server's OpenAPI document agrees with the committed spec.

For every operation the registry names, the operation object (method + path, parameters,
request body, responses) and every component it reaches through ``$ref``s must be the same
in ``GET /openapi.json`` of the running server and in ``specs/phoenix/<upstream>``; and the
live document must resolve (filter + overlay) to what ``generated/phoenix/openapi.json`` holds
for those operations. A drift names the operation, the changes (``scripts/spec_diff.py``) and
how to refresh the spec.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from evalclients.registry import get_vendor
from scripts.phoenix_server import PhoenixServer
from scripts.registry import load_registry
from scripts.resolve import _refs, resolve
from scripts.spec_diff import diff

pytestmark = pytest.mark.phoenix

REPO = Path(__file__).resolve().parents[2]
VENDOR = get_vendor("phoenix")
OPERATIONS = sorted(VENDOR.operations.values(), key=lambda op: op.name)
Json = dict[str, Any]


def _committed_upstream() -> Json:
    entry = load_registry()["phoenix"]
    doc: Json = json.loads((REPO / "specs" / "phoenix" / entry["upstream"]).read_text("utf-8"))
    return doc


def sub_document(doc: Json, method: str, path: str) -> Json | None:
    """The document cut down to one operation and the components it reaches (None: absent)."""
    operation = doc.get("paths", {}).get(path, {}).get(method.lower())
    if operation is None:
        return None
    item = {k: v for k, v in doc["paths"][path].items() if k == "parameters"}
    item[method.lower()] = operation
    components: dict[str, dict[str, Any]] = {}
    if "securitySchemes" in doc.get("components", {}):
        components["securitySchemes"] = doc["components"]["securitySchemes"]
    pending: set[str] = set()
    _refs(item, pending)
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:  # _refs collects only "#/components/..." refs
            continue
        seen.add(ref)
        _, _, section, name = ref.split("/", 3)
        target = doc.get("components", {}).get(section, {}).get(name)
        if target is None:  # dangling: keep the hole visible in the comparison
            components.setdefault(section, {})[name] = {"x-missing": True}
            continue
        components.setdefault(section, {})[name] = target
        _refs(target, pending)
    out: Json = {
        "openapi": doc.get("openapi", "3.1.0"),
        "info": {"title": "sub-document", "version": "0"},
        "paths": {path: item},
        "components": components,
    }
    if "security" in doc:
        out["security"] = doc["security"]
    return out


def _first_difference(old: Any, new: Any, at: str = "") -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if old.get(key, ...) != new.get(key, ...):
                return _first_difference(old.get(key), new.get(key), f"{at}/{key}")
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{at}/{i}")
    return f"{at or '/'}: {json.dumps(old)[:200]} -> {json.dumps(new)[:200]}"


def _drift(name: str, old: Json | None, new: Json | None, what: str, source: str) -> str | None:
    """None if equal, else a message naming the operation, the changes and the fix."""
    if old == new:
        return None
    refresh = (
        f"If the server is right, refresh the spec: make update-spec VENDOR=phoenix "
        f"SOURCE={source} (the server root; it reads /openapi.json and regenerates)."
    )
    if new is None:
        return f"{name}: missing from {what}. {refresh}"
    if old is None:
        return f"{name}: missing from the committed spec but served live. {refresh}"
    changes = diff(old, new)
    lines = [f"  [{c.kind}] {c.location}: {c.message}" for c in changes] or [
        "  (no change spec_diff classifies; first difference: " + _first_difference(old, new) + ")"
    ]
    return (
        f"{name} drifted between the committed spec and {what}:\n"
        + "\n".join(lines)
        + (f"\n{refresh}")
    )


@pytest.fixture(scope="module")
def live(phoenix: PhoenixServer) -> Json:
    response = httpx.get(f"{phoenix.base_url}/openapi.json", timeout=30)
    assert response.status_code == 200, response.text[:300]
    doc: Json = response.json()
    return doc


@pytest.fixture(scope="module")
def live_resolved(live: Json, tmp_path_factory: pytest.TempPathFactory) -> Json:
    path = tmp_path_factory.mktemp("spec") / "live-openapi.json"
    path.write_text(json.dumps(live), encoding="utf-8")
    return resolve("phoenix", upstream=path).document


def test_the_registry_names_operations() -> None:
    assert len(OPERATIONS) >= 5


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_live_operation_matches_the_committed_upstream(
    phoenix: PhoenixServer, live: Json, op: Any
) -> None:
    committed = sub_document(_committed_upstream(), op.method, op.path)
    assert committed is not None, f"{op.name}: {op.method} {op.path} not in the committed spec"
    message = _drift(
        f"{op.name} ({op.method} {op.path})",
        committed,
        sub_document(live, op.method, op.path),
        f"the live server {phoenix.base_url}",
        phoenix.base_url,
    )
    assert message is None, message


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_live_operation_resolves_to_the_generated_spec(
    phoenix: PhoenixServer, live_resolved: Json, op: Any
) -> None:
    generated = json.loads((REPO / "generated" / "phoenix" / "openapi.json").read_text("utf-8"))
    message = _drift(
        f"{op.name} ({op.method} {op.path})",
        sub_document(generated, op.method, op.path),
        sub_document(live_resolved, op.method, op.path),
        "the live server's document after filter + overlay",
        phoenix.base_url,
    )
    assert message is None, message


def test_drift_messages_name_the_operation_and_the_fix() -> None:
    """The failure text itself, on a crafted drift (a required query parameter added)."""
    op = VENDOR.operation("list_experiment_runs")
    old = sub_document(_committed_upstream(), op.method, op.path)
    assert old is not None
    new = json.loads(json.dumps(old))
    new["paths"][op.path]["get"].setdefault("parameters", []).append(
        {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    message = _drift("list_experiment_runs", old, new, "the live server", "http://x")
    assert message is not None
    assert message.startswith("list_experiment_runs drifted")
    assert "[breaking]" in message and "tenant" in message
    assert "make update-spec VENDOR=phoenix SOURCE=http://x " in message
    assert _drift("x", old, old, "the live server", "http://x") is None
