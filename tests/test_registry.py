"""The registry is the single source of vendor facts: checked against each spec, it drives
setup, the pyproject extras, the CLI's listings and export mapping, and the named clients."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path
from typing import Any

import pytest

from evalclients.export import to_record
from scripts.registry_check import entry_problems
from scripts.resolve import SpecError, check_valid

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text())["vendors"]


# -- the registry checked against the spec ------------------------------------------------


def _doc(
    response: dict[str, Any], params: list[str] = ("cursor", "limit"), body: Any = None
) -> dict[str, Any]:
    """A one-operation OpenAPI document: GET/POST /v1/runs answering ``response``."""
    op: dict[str, Any] = {
        "operationId": "listRuns",
        "parameters": [{"name": p, "in": "query", "schema": {"type": "string"}} for p in params],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
            }
        },
    }
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/v1/runs": {"post" if body is not None else "get": op}},
        "components": {
            "schemas": {
                "Page": response,
                "Run": {"type": "object", "properties": {"id": {"type": "string"}}},
            }
        },
    }


PAGE = {
    "allOf": [
        {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}}
            },
        },
        {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {
                        "meta": {
                            "type": "object",
                            "properties": {"next_cursor": {"type": "string"}},
                        }
                    },
                },
                {"type": "object", "properties": {"has_more": {"type": "boolean"}}},
            ]
        },
    ]
}


def _entry(pagination: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"operations": {"list_runs": {"pagination": pagination}}, **extra}


def _problems(doc: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    method = "POST" if "post" in doc["paths"]["/v1/runs"] else "GET"
    op = doc["paths"]["/v1/runs"][method.lower()]
    return entry_problems("acme", entry, doc, {"list_runs": (method, "/v1/runs", op)})


CURSOR = {"style": "cursor", "items": ["data"], "cursor_param": "cursor", "limit_param": "limit"}


def test_paths_are_found_through_refs_allof_and_oneof() -> None:
    spec = {**CURSOR, "next_cursor": ["meta.next_cursor"], "has_more": ["has_more"]}
    assert _problems(_doc(PAGE), _entry(spec)) == []


def test_a_missing_response_path_names_vendor_operation_and_path() -> None:
    spec = {**CURSOR, "next_cursor": ["meta.nextCursor"]}
    assert _problems(_doc(PAGE), _entry(spec)) == [
        "acme: list_runs (GET /v1/runs): pagination.next_cursor 'meta.nextCursor' is not in "
        "the 2xx response schema"
    ]


def test_alternative_paths_pass_when_one_exists_and_empty_path_is_the_body() -> None:
    spec = {
        **CURSOR,
        "items": ["results", ""],
        "next_cursor": ["meta.nextCursor", "meta.next_cursor"],
    }
    assert _problems(_doc(PAGE), _entry(spec)) == []
    total = {**spec, "total": "meta.count"}
    assert _problems(_doc(PAGE), _entry(total)) == [
        "acme: list_runs (GET /v1/runs): pagination.total 'meta.count' is not in the 2xx "
        "response schema"
    ]


def test_a_query_parameter_the_operation_lacks_is_named() -> None:
    spec = {**CURSOR, "cursor_param": "starting_after", "next_cursor": ["meta.next_cursor"]}
    assert _problems(_doc(PAGE), _entry(spec)) == [
        "acme: list_runs (GET /v1/runs): pagination.cursor_param 'starting_after' is not a "
        "query parameter"
    ]


def test_a_body_cursor_must_be_a_field_of_the_json_body() -> None:
    body = {
        "type": "object",
        "properties": {"cursor": {"type": "string"}, "limit": {"type": "integer"}},
    }
    doc = _doc(PAGE, params=[], body=body)
    spec = {**CURSOR, "cursor_in": "body", "next_cursor": ["meta.next_cursor"]}
    assert _problems(doc, _entry(spec)) == []
    wrong = {**spec, "limit_param": "max_records"}
    assert _problems(doc, _entry(wrong)) == [
        "acme: list_runs (POST /v1/runs): pagination.limit_param 'max_records' is not a field "
        "of the JSON request body"
    ]


def test_after_id_checks_the_item_id_path_and_the_after_param() -> None:
    spec = {
        "style": "after_id",
        "items": ["data"],
        "after_param": "starting_after",
        "item_id": "uuid",
    }
    assert _problems(_doc(PAGE, params=["starting_after"]), _entry(spec)) == [
        "acme: list_runs (GET /v1/runs): pagination.item_id 'uuid' is not in the item schema"
    ]
    ok = {**spec, "item_id": "id", "offset_param": "skip"}
    assert _problems(_doc(PAGE, params=["starting_after"]), _entry(ok)) == [
        "acme: list_runs (GET /v1/runs): pagination.offset_param 'skip' is not a query parameter"
    ]


def test_export_fields_and_cli_filters_are_checked_against_the_spec() -> None:
    spec = {**CURSOR, "next_cursor": ["meta.next_cursor"]}
    entry = _entry(
        spec,
        export={
            "operation": "list_runs",
            "id_param": "cursor",
            "fields": {"example_id": "example.id", "latency_ms": {"duration_ms": ["id", "ended"]}},
        },
        experiments={"operation": "list_runs", "filters": {"dataset": {"param": "dataset"}}},
    )
    assert _problems(_doc(PAGE), entry) == [
        "acme: experiments: list_runs (GET /v1/runs) has no parameter 'dataset'",
        "acme: export.fields.example_id: 'example.id' is not in an item of list_runs "
        "(GET /v1/runs)",
        "acme: export.fields.latency_ms: 'ended' is not in an item",
    ]


def test_export_where_id_params_and_unix_seconds_are_checked_against_the_spec() -> None:
    spec = {**CURSOR, "next_cursor": ["meta.next_cursor"]}
    export = {
        "operation": "list_runs",
        "id_param": "cursor",
        "id_params": ["cursor", "limit"],
        "where": {"path": "id", "equals": True},
        "fields": {"started_at": {"unix_seconds": "id"}},
    }
    assert _problems(_doc(PAGE), _entry(spec, export=export)) == []
    wrong = {
        **export,
        "id_params": ["cursor", "run_name"],
        "where": {"path": "is_root", "equals": True},
        "fields": {
            "started_at": {"unix_seconds": "metrics.start"},
            "error": {"path": "state", "only": ["FAILED"]},
        },
    }
    assert _problems(_doc(PAGE), _entry(spec, export=wrong)) == [
        "acme: export: list_runs (GET /v1/runs) has no parameter 'run_name'",
        "acme: export.where: 'is_root' is not in an item of list_runs (GET /v1/runs)",
        "acme: export.fields.started_at: 'metrics.start' is not in an item of list_runs "
        "(GET /v1/runs)",
        "acme: export.fields.error: 'state' is not in an item of list_runs (GET /v1/runs)",
    ]
    first = {**export, "id_params": ["limit", "cursor"]}
    assert _problems(_doc(PAGE), _entry(spec, export=first)) == [
        "acme: export.id_params must start with id_param"
    ]


def test_dedupe_paths_and_a_run_keys_results_source_are_checked_against_the_spec() -> None:
    spec = {**CURSOR, "next_cursor": ["meta.next_cursor"]}
    export = {"operation": "list_runs", "id_param": "cursor", "fields": {}}
    by_keys = {
        "source": "run_keys",
        "operation": "list_runs",
        "key": {"param": "cursor", "run": "id", "record": ["trace.id", "id"]},
    }
    good = _entry(
        spec,
        export={**export, "dedupe": {"id": "id", "version": "id"}},
        results={"evaluations": {**by_keys, "params": {"limit": 100}}},
    )
    assert _problems(_doc(PAGE), good) == []
    wrong = _entry(
        spec,
        export={**export, "dedupe": {"id": "id", "version": "_xact_id"}},
        results={
            "evaluations": {
                **by_keys,
                "key": {"param": "trace", "run": "trace.id", "record": ["subject.id"]},
                "params": {"fields": "score"},
            }
        },
    )
    assert _problems(_doc(PAGE), wrong) == [
        "acme: export.dedupe.version: '_xact_id' is not in an item of list_runs (GET /v1/runs)",
        "acme: results.evaluations.key.run: 'trace.id' is not in an item of list_runs "
        "(GET /v1/runs)",
        "acme: results.evaluations: list_runs (GET /v1/runs) has no parameter 'trace'",
        "acme: results.evaluations: list_runs (GET /v1/runs) has no parameter 'fields'",
        "acme: results.evaluations.key.record: 'subject.id' is not in an item of list_runs "
        "(GET /v1/runs)",
    ]
    unpaged = {"operations": {"list_runs": {}}, "results": {"evaluations": by_keys}}
    assert _problems(_doc(PAGE), unpaged) == [
        "acme: results.evaluations: list_runs declares no pagination"
    ]
    elsewhere = {**by_keys, "operation": "get_score"}
    assert _problems(_doc(PAGE), _entry(spec, results={"evaluations": elsewhere})) == [
        "acme: results.evaluations names 'get_score', not an operation of the registry"
    ]


@pytest.mark.parametrize("vendor", sorted(REGISTRY))
def test_the_committed_registry_matches_the_committed_specs(vendor: str) -> None:
    import json

    from scripts.regenerate import operations

    doc = json.loads((ROOT / "generated" / vendor / "openapi.json").read_text())
    assert entry_problems(vendor, REGISTRY[vendor], doc, operations(doc)) == []


def _copy(dest: Path) -> Path:
    from tests.test_toolchain import _copy_repo

    return _copy_repo(dest)


def _regenerate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_registry_path_the_spec_lacks_fails_make_regenerate(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    registry = repo / "specs" / "vendors.toml"
    text = registry.read_text()
    registry.write_text(
        text.replace(
            'next_cursor = ["next_cursor"], default_page_size',
            'next_cursor = ["nextCursor"], default_page_size',
            1,
        )
    )
    result = _regenerate(repo, "--vendor", "phoenix")
    assert result.returncode == 1
    assert (
        "phoenix: list_experiment_runs (GET /v1/experiments/{experiment_id}/runs): "
        "pagination.next_cursor 'nextCursor' is not in the 2xx response schema"
    ) in result.stderr
    assert "generated/ was left untouched" in result.stderr


def test_a_new_vendor_without_overlay_gets_its_first_version_recorded(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    folder = repo / "specs" / "respan"
    (folder / "overlay.yaml").unlink()  # nothing to correct
    (folder / "versions.toml").unlink()  # as for a vendor never generated before
    result = _regenerate(repo, "--vendor", "respan")
    assert result.returncode == 0, result.stderr
    version = REGISTRY["respan"]["version"]
    assert f"first version {version} recorded in specs/respan/versions.toml" in result.stdout
    recorded = tomllib.loads((folder / "versions.toml").read_text())["versions"]
    original = tomllib.loads((ROOT / "specs/respan/versions.toml").read_text())["versions"]
    assert recorded == {version: original[version]}
    assert _regenerate(repo, "--check", "--vendor", "respan").returncode == 0


# -- spec validation errors -----------------------------------------------------------------


def test_a_30_document_with_31_null_types_is_named_with_the_rule() -> None:
    doc = _doc(
        {
            "type": "object",
            "properties": {"error": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
        }
    )
    with pytest.raises(SpecError) as err:
        check_valid(doc, "acme")
    message = str(err.value)
    assert "#/components/schemas/Page/properties/error/anyOf/1/type" in message
    assert "OpenAPI 3.0 has no null type" in message and "nullable: true" in message
    assert "3.1" in message


def test_a_validation_error_points_at_the_smallest_failing_schema() -> None:
    doc = _doc({"type": "object", "properties": {"n": {"type": "integer", "minimum": "zero"}}})
    with pytest.raises(SpecError) as err:
        check_valid(doc, "acme")
    message = str(err.value)
    assert "components/schemas/Page/properties/n/minimum" in message, message
    assert len(message) < 400, message


# -- what the registry drives ---------------------------------------------------------------


def test_make_reads_the_vendor_list_from_the_registry_with_the_stdlib_alone() -> None:
    out = subprocess.run(
        [sys.executable, "-S", "-m", "scripts.registry", "vendors"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == list(REGISTRY)
    makefile = (ROOT / "Makefile").read_text()
    assert "$(shell $(PYTHON) -m scripts.registry vendors)" in makefile
    assert not re.search(r"^VENDORS :=.*\b(arize|phoenix)\b", makefile, re.M)


def test_the_facade_extras_are_read_from_the_registry_at_build_time(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from hatch_build import RegistryExtras
    finally:
        sys.path.remove(str(ROOT))
    metadata: dict[str, Any] = {}
    RegistryExtras(str(ROOT), {}).update(metadata)
    extras = metadata["optional-dependencies"]
    for name, entry in REGISTRY.items():
        major, minor = (int(part) for part in entry["version"].split(".")[:2])
        assert extras[name] == [f"{entry['distribution']}>={major}.{minor},<{major + 1}"]
    assert extras["all"] == [req for name in REGISTRY for req in extras[name]]
    assert "pytest==9.2.0" in extras["dev"]
    # a vendor added to the registry is an extra, with nothing else to edit
    (tmp_path / "specs").mkdir()
    registry = (ROOT / "specs" / "vendors.toml").read_text()
    registry += '[vendors.acme]\ndistribution = "evalclients-acme"\nversion = "1.2.0"\n'
    (tmp_path / "specs" / "vendors.toml").write_text(registry)
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    RegistryExtras(str(tmp_path), {}).update(metadata)
    assert metadata["optional-dependencies"]["acme"] == ["evalclients-acme>=1.2,<2"]
    assert "evalclients-acme>=1.2,<2" in metadata["optional-dependencies"]["all"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "optional-dependencies" not in pyproject
    assert pyproject["dynamic"] == ["optional-dependencies"]


VENDOR_WORDS = sorted(
    {name for name in REGISTRY}
    | {word for e in REGISTRY.values() for word in e["display_name"].split() if len(word) > 2}
    | {e["client"][k] for e in REGISTRY.values() for k in ("class_name", "async_class_name")}
)


def test_the_facade_source_names_no_vendor() -> None:
    """Vendor facts live in specs/; src/evalclients/ (bar the generated _schemas/) knows none."""
    found = []
    for path in sorted((ROOT / "src" / "evalclients").rglob("*.py")):
        if "_schemas" in path.parts:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            for word in VENDOR_WORDS:
                if re.search(rf"\b{re.escape(word)}\b", line, re.I):
                    found.append(f"{path.name}:{number}: {word}: {line.strip()}")
    assert found == []
    assert len(VENDOR_WORDS) >= 4 * 3  # the check looks for something


def test_export_columns_come_from_the_registry_mapping() -> None:
    fields = {
        "example_id": ["example.uuid", "example_id"],
        "latency_ms": {"duration_ms": ["t.start", "t.end"]},
        "repetition": "rep",
        "annotations": {
            "items": "scores",
            "fields": {"name": "key", "score": "value", "annotator": ["by.email", "by.id"]},
        },
    }
    raw = {
        "id": 7,
        "example_id": "ex1",
        "t": {"start": "2026-01-01T00:00:00Z", "end": "2026-01-01T00:00:01.5Z"},
        "rep": "2",
        "scores": [{"key": "acc", "value": 1, "by": {"id": "u1"}}, {"value": 3}, "junk"],
    }
    rec = to_record("acme", "exp", raw, fields)
    assert rec["id"] == "7" and rec["example_id"] == "ex1" and rec["experiment_id"] == "exp"
    assert rec["latency_ms"] == 1500.0
    assert rec["repetition"] is None  # a string is not a repetition number: not coerced
    # A run's evaluations come only from the registry's [vendors.<v>.results] through
    # evalclients.results (the Exporter fills them); an ``annotations`` column mapping is ignored.
    assert rec["annotations"] is None
    assert rec["output"] is None and rec["raw"] == raw


def test_a_deprecated_page_size_spelling_still_pages_with_a_warning() -> None:
    from evalclients_phoenix import Phoenix

    client = Phoenix(base_url="http://127.0.0.1:9")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pager = client.experiment_runs("x", limit=7)  # type: ignore[call-arg]
    assert pager is not None
    assert [str(w.message) for w in caught if w.category is DeprecationWarning] == [
        "limit= is deprecated: the page size is page_size= (max_items caps the items)"
    ]
    assert caught[0].filename == __file__
    with pytest.warns(DeprecationWarning), pytest.raises(TypeError, match="not both"):
        client.experiment_runs("x", limit=7, page_size=5)  # type: ignore[call-arg]
    client.close()
