"""The Humanloop spec as resolved with ``specs/humanloop/overlay.yaml``.

The upstream file (2024-10-03) predates the evaluation runs API. Expectations here come from
the vendor docs page "List Runs for Evaluation" (its example response and its list of 14
operations) and from the types of the official SDK ``humanloop==0.8.38``, not from the overlay.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The 14 operations the docs page lists, with the operationIds the facade relies on.
OPERATIONS: dict[str, tuple[str, str]] = {
    "list_evaluations": ("get", "/evaluations"),
    "create_evaluation": ("post", "/evaluations"),
    "get_evaluation": ("get", "/evaluations/{id}"),
    "delete_evaluation": ("delete", "/evaluations/{id}"),
    "add_evaluators": ("post", "/evaluations/{id}/evaluators"),
    "remove_evaluator": ("delete", "/evaluations/{id}/evaluators/{evaluator_version_id}"),
    "list_runs_for_evaluation": ("get", "/evaluations/{id}/runs"),
    "create_run": ("post", "/evaluations/{id}/runs"),
    "add_existing_run": ("post", "/evaluations/{id}/runs/{run_id}"),
    "remove_run": ("delete", "/evaluations/{id}/runs/{run_id}"),
    "update_evaluation_run": ("patch", "/evaluations/{id}/runs/{run_id}"),
    "add_logs_to_run": ("post", "/evaluations/{id}/runs/{run_id}/logs"),
    "get_stats": ("get", "/evaluations/{id}/stats"),
    "get_logs": ("get", "/evaluations/{id}/logs"),
}

# Fields of the SDK's pydantic types (humanloop 0.8.38, humanloop/types/): (required, optional).
SDK_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "EvaluationResponse": (
        {"id", "runs_count", "evaluators", "created_at", "updated_at"},
        {"name", "file_id", "created_by", "url"},
    ),
    "PaginatedEvaluationResponse": ({"records", "page", "size", "total"}, set()),
    "EvaluationRunsResponse": ({"runs"}, set()),
    "EvaluationRunResponse": (
        {"id", "orchestrated", "added_at", "created_at", "status", "control"},
        {"dataset", "version", "created_by"},
    ),
    "EvaluationStats": ({"run_stats", "status"}, {"progress", "report"}),
    "RunStatsResponse": (
        {"run_id", "num_logs", "evaluator_stats", "status"},
        {"version_id", "batch_id"},
    ),
    "PaginatedDataEvaluationLogResponse": ({"records", "page", "size", "total"}, set()),
    "EvaluationLogResponse": ({"run_id", "log", "evaluator_logs"}, {"datapoint"}),
}

# The SDK method's return type for each operation with a JSON body (raw_client.py).
SDK_RETURNS: dict[str, str] = {
    "list_evaluations": "PaginatedEvaluationResponse",
    "create_evaluation": "EvaluationResponse",
    "get_evaluation": "EvaluationResponse",
    "add_evaluators": "EvaluationResponse",
    "remove_evaluator": "EvaluationResponse",
    "list_runs_for_evaluation": "EvaluationRunsResponse",
    "create_run": "EvaluationRunResponse",
    "update_evaluation_run": "EvaluationRunResponse",
    "add_logs_to_run": "EvaluationRunResponse",
    "get_stats": "EvaluationStats",
    "get_logs": "PaginatedDataEvaluationLogResponse",
}

# Request bodies of the SDK methods: (required, optional) keyword arguments sent as JSON.
SDK_BODIES: dict[str, tuple[set[str], set[str]]] = {
    "create_evaluation": ({"evaluators"}, {"file", "name"}),
    "add_evaluators": ({"evaluators"}, set()),
    "create_run": (set(), {"dataset", "version", "orchestrated", "use_existing_logs"}),
    "update_evaluation_run": (set(), {"control", "status"}),
    "add_logs_to_run": ({"log_ids"}, set()),
}

# The example response printed on the docs page "List Runs for Evaluation".
DOCS_LIST_RUNS_EXAMPLE: dict[str, Any] = {
    "runs": [
        {
            "id": "id",
            "orchestrated": True,
            "added_at": "2024-01-15T09:30:00Z",
            "created_at": "2024-01-15T09:30:00Z",
            "status": "pending",
            "control": True,
            "dataset": {
                "path": "path",
                "id": "id",
                "name": "name",
                "version_id": "version_id",
                "created_at": "2024-01-15T09:30:00Z",
                "updated_at": "2024-01-15T09:30:00Z",
                "last_used_at": "2024-01-15T09:30:00Z",
                "datapoints_count": 1,
            },
            "version": {
                "path": "path",
                "id": "id",
                "model": "model",
                "name": "name",
                "version_id": "version_id",
                "created_at": "2024-01-15T09:30:00Z",
                "updated_at": "2024-01-15T09:30:00Z",
                "last_used_at": "2024-01-15T09:30:00Z",
                "version_logs_count": 1,
                "total_logs_count": 1,
                "inputs": [{"name": "name"}],
            },
            "created_by": {"id": "id", "email_address": "email_address"},
        }
    ]
}


@cache
def resolved_spec() -> dict[str, Any]:
    """Upstream spec + overlay, as the project's resolver produces it."""
    from scripts.resolve import resolve

    return resolve("humanloop").document


def operation(op_id: str) -> dict[str, Any]:
    method, path = OPERATIONS[op_id]
    result: dict[str, Any] = resolved_spec()["paths"][path][method]
    return result


def deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref and single-member allOf wrappers to the schema they name."""
    spec = resolved_spec()
    while True:
        if "$ref" in node:
            node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
        elif len(node.get("allOf", [])) == 1 and "properties" not in node:
            node = node["allOf"][0]
        else:
            return node


def success_schema(op_id: str) -> dict[str, Any]:
    responses = operation(op_id)["responses"]
    (code,) = [c for c in responses if c.startswith("2")]
    schema: dict[str, Any] = responses[code]["content"]["application/json"]["schema"]
    return schema


def validator(schema: dict[str, Any], write: bool = False) -> OAS30ReadValidator:
    """A validator for ``schema`` whose #/components refs resolve in the resolved spec."""
    root = {"components": resolved_spec()["components"], **schema}
    cls = OAS30WriteValidator if write else OAS30ReadValidator
    return cls(root)


def fields(schema: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(required, optional) property names of an object schema."""
    target = deref(schema)
    names = set(target.get("properties", {}))
    required = set(target.get("required", []))
    return required, names - required


def all_operations() -> list[tuple[str, str, dict[str, Any]]]:
    methods = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    return [
        (method, path, op)
        for path, item in resolved_spec()["paths"].items()
        for method, op in item.items()
        if method in methods
    ]


def test_resolved_spec_is_valid_openapi() -> None:
    validate(resolved_spec())


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_operation_exists_with_its_operation_id(op_id: str) -> None:
    method, path = OPERATIONS[op_id]
    assert method in resolved_spec()["paths"].get(path, {}), f"{method.upper()} {path} missing"
    assert operation(op_id)["operationId"] == op_id
    holders = [(m, p) for m, p, op in all_operations() if op.get("operationId") == op_id]
    assert holders == [(method, path)]


def test_evaluation_operations_are_exactly_the_documented_fourteen() -> None:
    present = {(m, p) for m, p, _op in all_operations() if p.startswith("/evaluations")}
    assert present == set(OPERATIONS.values())


@pytest.mark.parametrize("op_id", sorted(SDK_RETURNS))
def test_response_has_the_sdk_type_fields(op_id: str) -> None:
    assert fields(success_schema(op_id)) == SDK_TYPES[SDK_RETURNS[op_id]]


@pytest.mark.parametrize(
    ("op_id", "container", "item_type"),
    [
        ("list_evaluations", "records", "EvaluationResponse"),
        ("list_runs_for_evaluation", "runs", "EvaluationRunResponse"),
        ("get_stats", "run_stats", "RunStatsResponse"),
        ("get_logs", "records", "EvaluationLogResponse"),
    ],
)
def test_list_items_have_the_sdk_type_fields(op_id: str, container: str, item_type: str) -> None:
    prop = deref(success_schema(op_id))["properties"][container]
    assert prop["type"] == "array"
    assert fields(prop["items"]) == SDK_TYPES[item_type]


@pytest.mark.parametrize("op_id", ["delete_evaluation", "remove_run"])
def test_operations_without_response_body(op_id: str) -> None:
    responses = operation(op_id)["responses"]
    success = [r for c, r in responses.items() if c.startswith("2")]
    assert len(success) == 1 and "content" not in success[0]


@pytest.mark.parametrize("op_id", sorted(SDK_BODIES))
def test_request_body_has_the_sdk_arguments(op_id: str) -> None:
    body = operation(op_id)["requestBody"]["content"]["application/json"]["schema"]
    assert fields(body) == SDK_BODIES[op_id]


def test_documented_list_runs_example_validates() -> None:
    check = validator(success_schema("list_runs_for_evaluation"))
    assert list(check.iter_errors(DOCS_LIST_RUNS_EXAMPLE)) == []
    # The create-run docs page says dataset, version and created_by are "object or null".
    run = dict(DOCS_LIST_RUNS_EXAMPLE["runs"][0], dataset=None, version=None, created_by=None)
    assert list(check.iter_errors({"runs": [run]})) == []


def test_run_without_sdk_required_field_is_rejected() -> None:
    check = validator(success_schema("list_runs_for_evaluation"))
    run = {k: v for k, v in DOCS_LIST_RUNS_EXAMPLE["runs"][0].items() if k != "control"}
    assert not check.is_valid({"runs": [run]})
    assert not check.is_valid({"runs": [dict(run, control=True, status="paused")]})


def test_old_evaluation_model_no_longer_validates() -> None:
    """An Evaluation of the 2024 model (dataset, evaluatees, status, no runs_count) is rejected."""
    old = {
        "id": "evr_1",
        "dataset": {"id": "ds_1"},
        "evaluatees": [],
        "evaluators": [],
        "status": "completed",
        "created_at": "2024-01-15T09:30:00Z",
        "updated_at": "2024-01-15T09:30:00Z",
    }
    new = {
        "id": "evr_1",
        "runs_count": 2,
        "evaluators": [],
        "name": None,
        "created_at": "2024-01-15T09:30:00Z",
        "updated_at": "2024-01-15T09:30:00Z",
    }
    check = validator(success_schema("get_evaluation"))
    assert not check.is_valid(old)
    assert check.is_valid(new)
    page = validator(success_schema("list_evaluations"))
    assert page.is_valid({"records": [new], "page": 1, "size": 10, "total": 1})


def test_evaluators_are_given_by_version_id_file_id_or_path() -> None:
    """SDK: EvaluatorVersionId {version_id}, EvaluatorFileId {id}, EvaluatorFilePath {path}."""
    body = operation("create_evaluation")["requestBody"]["content"]["application/json"]["schema"]
    check = validator(body, write=True)
    ok = {
        "evaluators": [
            {"version_id": "evv_1"},
            {"id": "ev_1", "environment": "production", "orchestrated": False},
            {"path": "evals/accuracy"},
        ]
    }
    assert check.is_valid(ok)
    assert not check.is_valid({"evaluators": [{"environment": "production"}]})
    assert not check.is_valid({"name": "no evaluators"})


def test_create_run_dataset_and_version_specifiers() -> None:
    """SDK: CreateRunRequestDataset/Version = VersionId | FileId | FilePath."""
    body = operation("create_run")["requestBody"]["content"]["application/json"]["schema"]
    check = validator(body, write=True)
    assert check.is_valid({"dataset": {"path": "datasets/qa"}, "version": {"version_id": "prv_1"}})
    assert check.is_valid({"orchestrated": False})
    assert not check.is_valid({"dataset": {"environment": "production"}})


def test_query_parameters_match_the_sdk() -> None:
    def params(op_id: str) -> dict[str, bool]:
        return {
            p["name"]: p.get("required", False)
            for p in operation(op_id).get("parameters", [])
            if "$ref" not in p and p["in"] == "query"
        }

    assert params("list_evaluations") == {"file_id": True, "page": False, "size": False}
    assert params("get_logs") == {"page": False, "size": False, "run_id": False}


def test_registry_pagination_fits_the_spec() -> None:
    """Every humanloop operation in specs/vendors.toml exists; paginated ones have their fields."""
    registry = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8"))
    entries: dict[str, Any] = registry["vendors"]["humanloop"]["operations"]
    by_id = {op.get("operationId"): op for _m, _p, op in all_operations()}
    for op_id, entry in entries.items():
        assert op_id in by_id, op_id
        pagination = entry.get("pagination")
        if not pagination:
            continue
        props = deref(success_schema(op_id))["properties"]
        for item_field in pagination["items"]:
            assert props[item_field]["type"] == "array", (op_id, item_field)
        if pagination["style"] == "page":
            names = {p.get("name") for p in operation(op_id).get("parameters", [])}
            assert {pagination["page_param"], pagination["size_param"]} <= names, op_id
            assert props[pagination["total"]]["type"] == "integer", op_id


def test_schema_titles_are_unique_model_names() -> None:
    """openapi-python-client names models by title and drops schemas whose names collide."""
    seen: dict[str, str] = {}
    for key, schema in resolved_spec()["components"]["schemas"].items():
        name = re.sub(r"[^0-9a-z]", "", str(schema.get("title", key)).lower())
        assert name not in seen, f"{key} and {seen[name]} both generate {name!r}"
        seen[name] = key


def test_generator_keeps_every_operation(tmp_path: Path) -> None:
    """openapi-python-client 0.29.1 reports no dropped endpoint or model for the resolved spec."""
    spec_file = tmp_path / "humanloop.json"
    spec_file.write_text(json.dumps(resolved_spec()), encoding="utf-8")
    cli = Path(sys.executable).with_name("openapi-python-client")
    assert cli.exists(), f"{cli} missing: the dev environment pins openapi-python-client"
    out = tmp_path / "client"
    args = ["generate", "--path", str(spec_file), "--meta", "none", "--overwrite"]
    proc = subprocess.run(
        [str(cli), *args, "--output-path", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    assert not re.search(r"WARNING|Unable to|will not be generated|removal of", report), report
    modules = {p.stem for p in (out / "api" / "evaluations").glob("*.py")}
    assert set(OPERATIONS) <= modules
    generated = sum(1 for p in (out / "api").glob("*/*.py") if p.name != "__init__.py")
    assert generated == len(all_operations())
