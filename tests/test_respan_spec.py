"""The Respan experiments spec, authored by evalclients from the vendor docs.

Respan publishes no OpenAPI document; ``specs/respan/openapi.yaml`` is written from the
docs page "Retrieve an experiment". These tests keep it honest: valid, complete (the 18
operations the docs name, with the operationIds the facade uses), DRF-shaped, every
guess marked ``x-evalclients-inferred``, and the documented example parses.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "specs" / "respan"
SPEC_PATH = SPEC_DIR / "openapi.yaml"
FIXTURE = ROOT / "tests" / "fixtures" / "respan" / "experiment.json"
MARK = "x-evalclients-inferred"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:evalclients:respan-openapi"

OPERATION_IDS = {
    "create_experiment": ("post", "Create an experiment"),
    "filter_experiments": ("post", "Filter experiments"),
    "retrieve_experiment": ("get", "Retrieve an experiment"),
    "delete_experiment": ("delete", "Delete an experiment"),
    "list_experiment_traces": ("get", "List or export experiment traces"),
    "filter_experiment_traces": ("post", "Filter experiment traces"),
    "retrieve_experiment_trace": ("get", "Retrieve an experiment trace"),
    "resume_experiment_trace": ("patch", "Resume a wait workflow trace"),
    "get_experiment_trace_summary": ("get", "Get experiment trace summary"),
    "list_experiments": ("get", "List experiments"),
    "list_experiments_with_filters": ("get", "List experiments with filters"),
    "get_experiments_summary": ("get", "Get experiments summary"),
    "filter_experiments_summary": ("post", "Filter experiments summary"),
    "replace_experiment": ("put", "Replace an experiment"),
    "update_experiment": ("patch", "Update an experiment"),
    "filter_experiment_trace_summary": ("post", "Filter experiment trace summary"),
    "get_experiment_score_histogram": ("get", "Get experiment score histogram"),
    "get_experiment_score_histogram_with_filters": (
        "post",
        "Get experiment score histogram with filters",
    ),
}
LIST_OPERATIONS = {"list_experiments", "list_experiments_with_filters", "list_experiment_traces"}
# Documented route by route in the current API reference (Experiments pages).
DOCUMENTED_OPERATIONS = {
    "retrieve_experiment",
    "list_experiment_traces",
    "filter_experiment_traces",
    "retrieve_experiment_trace",
}
# Parameters those pages document (page and page_size stay shared, marked components).
DOCUMENTED_PARAMETERS = {"experiment_id", "log_id", "sort_by", "start_time", "end_time", "export"}
DOCUMENTED_SCHEMAS = {"ExperimentTrace", "PaginatedExperimentTraceList"}
# "Retrieve an experiment trace": the 23 fields of the response.
TRACE_FIELDS = {
    "id": "string",
    "trace_unique_id": "string",
    "root_span_unique_id": "string",
    "environment": "string",
    "customer_identifier": "string",
    "name": "string",
    "input": None,
    "output": None,
    "expected_output": None,
    "status": "string",
    "comparison_key": "string",
    "start_time": "string",
    "end_time": "string",
    "duration": "number",
    "span_count": "integer",
    "llm_call_count": "integer",
    "total_cost": "number",
    "total_tokens": "integer",
    "total_prompt_tokens": "integer",
    "total_completion_tokens": "integer",
    "error_count": "integer",
    "scores": "object",
    "span_tree": "array",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    loaded = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def by_id(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op["operationId"]: (path, method, op) for path, method, op in operations(spec)}


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/", 3)
        node = spec["components"][kind][name]
    return node


def schema_validator(spec: dict[str, Any], name: str) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for components/schemas/<name>, refs resolved in the spec."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{name}"}, registry=registry
    )


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_server_and_bearer_auth(spec: dict[str, Any]) -> None:
    assert [s["url"] for s in spec["servers"]] == ["https://api.respan.ai/api/v2"]
    schemes = spec["components"]["securitySchemes"]
    (name,) = [
        n for n, s in schemes.items() if (s.get("type"), s.get("scheme")) == ("http", "bearer")
    ]
    assert spec["security"] == [{name: []}]


def test_exactly_the_documented_operations(spec: dict[str, Any]) -> None:
    ids = [op.get("operationId") for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids)), "duplicate operationId"
    assert set(ids) == set(OPERATION_IDS)
    for op_id, (path, method, op) in by_id(spec).items():
        assert (method, op["summary"]) == OPERATION_IDS[op_id], f"{method.upper()} {path}"


def test_retrieve_is_the_documented_route(spec: dict[str, Any]) -> None:
    path, method, op = by_id(spec)["retrieve_experiment"]
    assert (method, path) == ("get", "/experiments/{experiment_id}/")
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert deref(spec, schema) is spec["components"]["schemas"]["Experiment"]
    assert set(op["responses"]) == {"200", "401", "404"}


def test_trace_routes_are_the_documented_ones(spec: dict[str, Any]) -> None:
    ops = by_id(spec)
    assert ops["list_experiment_traces"][:2] == ("/experiments/{experiment_id}/logs/list/", "get")
    assert ops["filter_experiment_traces"][:2] == (
        "/experiments/{experiment_id}/logs/list/",
        "post",
    )
    assert ops["retrieve_experiment_trace"][:2] == (
        "/experiments/{experiment_id}/logs/{log_id}/",
        "get",
    )


def test_trace_has_every_documented_field(spec: dict[str, Any]) -> None:
    trace = spec["components"]["schemas"]["ExperimentTrace"]
    props = trace["properties"]
    assert set(props) == set(TRACE_FIELDS) and len(props) == 23
    for name, kind in TRACE_FIELDS.items():
        declared = props[name].get("type")
        kinds = declared if isinstance(declared, list) else [declared]
        assert kinds[0] == kind, name
        # The docs call every field but id, trace_unique_id, scores and span_tree "or null".
        nullable = name not in ("id", "trace_unique_id", "scores", "span_tree")
        if kind is not None:
            assert ("null" in kinds) == nullable, name
    assert props["start_time"]["format"] == "date-time"
    validator = schema_validator(spec, "ExperimentTrace")
    documented = {
        "id": "trace_789abc",
        "trace_unique_id": "trace_789abc",
        "root_span_unique_id": None,
        "input": {"prompt": "Translate"},
        "output": '{"translation": "Bonjour"}',  # a serialized JSON string is allowed
        "status": "success",
        "duration": 1.25,
        "span_count": 3,
        "total_cost": None,
        "scores": {"accuracy": {"score_value_type": "numerical", "numerical_value": 0.9}},
        "span_tree": [{"span_unique_id": "root_span_123xyz", "children": []}],
    }
    assert list(validator.iter_errors(documented)) == []
    assert list(validator.iter_errors({**documented, "span_count": "3"}))


def test_every_path_has_a_drf_trailing_slash(spec: dict[str, Any]) -> None:
    assert spec["paths"]
    for path in spec["paths"]:
        assert path.startswith("/experiments/") and path.endswith("/"), path


def test_every_operation_declares_401_and_id_routes_declare_404(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        assert "401" in op["responses"], f"{method.upper()} {path}"
        if "{experiment_id}" in path:
            assert "404" in op["responses"], f"{method.upper()} {path}"


def test_delete_answers_204_without_body(spec: dict[str, Any]) -> None:
    _, _, op = by_id(spec)["delete_experiment"]
    assert "content" not in op["responses"]["204"]
    assert not [code for code in op["responses"] if code.startswith("2") and code != "204"]


def test_every_undocumented_operation_is_marked_inferred(spec: dict[str, Any]) -> None:
    for op_id, (path, method, op) in by_id(spec).items():
        if op_id in DOCUMENTED_OPERATIONS:
            assert MARK not in op, f"{op_id} is documented in full"
        else:
            assert isinstance(op.get(MARK), str) and op[MARK].strip(), f"{method.upper()} {path}"


def test_every_inferred_part_is_marked(spec: dict[str, Any]) -> None:
    unmarked = []
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        if "requestBody" in op and not deref(spec, op["requestBody"]).get(MARK):
            unmarked.append(f"{where} requestBody")
        params = [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        for param in (deref(spec, p) for p in params):
            # page and page_size are shared components, marked for the undocumented lists.
            if param["name"] not in DOCUMENTED_PARAMETERS and not param.get(MARK):
                unmarked.append(f"{where} parameter {param['name']}")
    for kind in ("schemas", "responses"):
        for name, node in spec["components"][kind].items():
            if name not in DOCUMENTED_SCHEMAS and not node.get(MARK):
                unmarked.append(f"components/{kind}/{name}")
    assert not unmarked


def test_list_operations_take_page_and_page_size(spec: dict[str, Any]) -> None:
    for op_id in LIST_OPERATIONS:
        path, _, op = by_id(spec)[op_id]
        params = [
            deref(spec, p)
            for p in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        ]
        query = {p["name"]: p for p in params if p["in"] == "query"}
        assert {"page", "page_size"} <= set(query), op_id
        assert query["page"]["schema"]["type"] == "integer"
        assert query["page_size"]["schema"]["type"] == "integer"


def test_documented_example_validates_against_experiment(
    spec: dict[str, Any], example: dict[str, Any]
) -> None:
    schema = spec["components"]["schemas"]["Experiment"]
    # The fixture is the docs example in full: every documented field, nothing else.
    assert set(example) == set(schema["properties"])
    schema_validator(spec, "Experiment").validate(example)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("progress", "0%"),
        ("name", None),
        ("tags", {"team": "nlp-eval"}),
        ("evaluator_ids", [1]),
        ("enable_tracing", "yes"),
        ("workflow_count", 1.5),
    ],
)
def test_experiment_schema_rejects_wrong_types(
    spec: dict[str, Any], example: dict[str, Any], field: str, value: Any
) -> None:
    assert not schema_validator(spec, "Experiment").is_valid({**example, field: value})


def test_documented_nullable_fields_accept_null(
    spec: dict[str, Any], example: dict[str, Any]
) -> None:
    nullable = [
        "description",
        "dataset",
        "dataset_id",
        "dataset_name",
        "started_at",
        "completed_at",
        "error_message",
    ]
    validator = schema_validator(spec, "Experiment")
    validator.validate({**example, **dict.fromkeys(nullable)})
    for name, prop in spec["components"]["schemas"]["Experiment"]["properties"].items():
        assert ("null" in prop["type"]) == (name in nullable), name


@pytest.mark.parametrize(
    ("schema_name", "item"),
    [("ExperimentListResponse", "experiment"), ("ExperimentTraceListResponse", "trace")],
)
def test_list_response_accepts_drf_page_and_bare_array(
    spec: dict[str, Any], example: dict[str, Any], schema_name: str, item: str
) -> None:
    element = example if item == "experiment" else {"id": "log_1", "input": "hi", "output": "hello"}
    validator = schema_validator(spec, schema_name)
    validator.validate({"count": 1, "next": None, "previous": None, "results": [element]})
    validator.validate(
        {
            "count": 41,
            "next": "https://api.respan.ai/api/v2/x/?page=3",
            "previous": "https://api.respan.ai/api/v2/x/?page=1",
            "results": [],
        }
    )
    validator.validate([element, element])
    validator.validate([])
    assert not validator.is_valid({"count": 1, "next": None, "previous": None})  # no results
    assert not validator.is_valid("not a list")
    if item == "experiment":
        assert not validator.is_valid([{"name": "no id"}])


def test_list_responses_use_the_list_schemas(spec: dict[str, Any]) -> None:
    expected = {
        "list_experiments": "ExperimentListResponse",
        "list_experiments_with_filters": "ExperimentListResponse",
        "filter_experiments": "ExperimentListResponse",
        "list_experiment_traces": "ExperimentTraceListResponse",
        "filter_experiment_traces": "ExperimentTraceListResponse",
    }
    for op_id, schema_name in expected.items():
        _, _, op = by_id(spec)[op_id]
        schema = deref(spec, op["responses"]["200"])["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{schema_name}"}, op_id


def test_provenance_records_the_authored_file() -> None:
    prov = tomllib.loads((SPEC_DIR / "provenance.toml").read_text(encoding="utf-8"))
    assert {"source", "url", "file", "sha256", "licence", "retrieved", "notes"} <= set(prov)
    assert prov["file"] == "openapi.yaml"
    assert prov["sha256"] == hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest(), (
        "openapi.yaml changed: update sha256 (and notes) in provenance.toml"
    )
    registry = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8"))
    assert registry["vendors"]["respan"]["upstream"] == prov["file"]


def test_overlay_is_an_overlay_document() -> None:
    overlay = yaml.safe_load((SPEC_DIR / "overlay.yaml").read_text(encoding="utf-8"))
    assert str(overlay["overlay"]).startswith("1.")
    assert isinstance(overlay["actions"], list)
    for action in overlay["actions"]:
        assert action["target"].startswith("$") and action.get("description")


def test_generated_client_parses_both_list_shapes(
    tmp_path: Path, example: dict[str, Any], spec: dict[str, Any]
) -> None:
    """openapi-python-client turns the list oneOf into a typed parse of page or array."""
    pytest.importorskip("openapi_python_client")
    source = tmp_path / "respan.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    package = "respan_spec_probe"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(source),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / package),
            "--overwrite",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "Warning" not in output and "Error" not in output, output
    modules = {p.stem for p in (tmp_path / package / "api" / "experiments").glob("*.py")} - {
        "__init__"
    }
    assert modules == set(OPERATION_IDS)

    page = {"count": 1, "next": None, "previous": None, "results": [example]}

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer sk_test"
        assert request.url.path == "/api/v2/experiments/list/"
        return httpx.Response(200, json=page if request.url.params["page"] == "1" else [example])

    sys.path.insert(0, str(tmp_path))
    try:
        client_mod = importlib.import_module(f"{package}.client")
        list_mod = importlib.import_module(f"{package}.api.experiments.list_experiments")
        models = importlib.import_module(f"{package}.models")
        client = client_mod.AuthenticatedClient(
            base_url="https://api.respan.ai/api/v2", token="sk_test"
        )
        client.set_httpx_client(
            httpx.Client(
                base_url="https://api.respan.ai/api/v2",
                headers={"Authorization": "Bearer sk_test"},
                transport=httpx.MockTransport(handler),
            )
        )
        first = list_mod.sync(client=client, page=1, page_size=10)
        assert isinstance(first, models.PaginatedExperimentList)
        assert first.count == 1 and first.results[0].id == "exp_9f8b7c6d"
        bare = list_mod.sync(client=client, page=2, page_size=10)
        assert isinstance(bare, list) and isinstance(bare[0], models.Experiment)
        parsed = bare[0]
        assert parsed.started_at is None and parsed.created_at.year == 2024
        assert parsed.workflow[0].config.additional_properties["model"] == "gpt-4o-mini"
        round_trip = copy.deepcopy(parsed.to_dict())
        assert round_trip["created_at"].startswith("2024-01-15T09:30:00")
        assert {k: v for k, v in round_trip.items() if k != "created_at"} == {
            k: v for k, v in example.items() if k != "created_at"
        }
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]
