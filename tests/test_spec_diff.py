"""Tests for scripts/spec_diff.py: crafted old/new pairs with exact classifications, and Phoenix."""

from __future__ import annotations

import copy
import datetime
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.test_update_spec import NEW_PHOENIX, OLD_PHOENIX, SIX_NEW_OPERATIONS

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("spec_diff", ROOT / "scripts" / "spec_diff.py")
assert _SPEC is not None and _SPEC.loader is not None
sd = importlib.util.module_from_spec(_SPEC)
sys.modules["spec_diff"] = sd
_SPEC.loader.exec_module(sd)

Json = dict[str, Any]
CREATE = "api.experiments.create_experiment"


# ----------------------------------------------------------------------------- builders


def ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(required: tuple[str, ...] = (), **props: Any) -> Json:
    out: Json = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    return out


STR: Json = {"type": "string"}
INT: Json = {"type": "integer"}


def api(
    req: Json | None = None,
    resp: Json | None = None,
    *,
    params: list[Json] | None = None,
    extra_schemas: Json | None = None,
    version: str = "3.1.0",
    **op_extra: Any,
) -> Json:
    """POST /experiments `createExperiment`: body ExperimentRequest, 201 -> ExperimentRun."""
    schemas: Json = {
        "ExperimentRequest": req or obj(name=STR),
        "ExperimentRun": resp or obj(("id",), id=STR),
    }
    schemas.update(extra_schemas or {})
    operation: Json = {
        "operationId": "createExperiment",
        "tags": ["experiments"],
        "summary": "Create",
        "parameters": params or [],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ref("ExperimentRequest")}},
        },
        "responses": {
            "201": {
                "description": "ok",
                "content": {"application/json": {"schema": ref("ExperimentRun")}},
            },
            "422": {"description": "bad"},
        },
        **op_extra,
    }
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {"/experiments": {"post": operation}},
        "components": {"schemas": schemas},
    }


def only(changes: list[Any], category: str) -> Any:
    found = [c for c in changes if c.category == category]
    assert len(found) == 1, (category, [c.message for c in changes])
    return found[0]


def summary(changes: list[Any]) -> set[tuple[str, str, str]]:
    return {(c.kind, c.category, c.location) for c in changes}


# ----------------------------------------------------------------------------- operations


def test_identical_documents_have_no_changes() -> None:
    assert sd.diff(api(), api()) == []
    assert sd.bump_kind([]) == "none"


def test_operation_added_and_removed() -> None:
    old, new = api(), api()
    new["paths"]["/experiments/{id}"] = {
        "get": {
            "operationId": "getExperiment",
            "tags": ["x"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    added = only(sd.diff(old, new), "operation.added")
    assert (added.kind, added.location) == ("addition", "GET /experiments/{id}")
    assert added.functions == ("api.x.get_experiment",)
    removed = only(sd.diff(new, old), "operation.removed")
    assert (removed.kind, removed.functions) == ("breaking", ("api.x.get_experiment",))


def test_operation_renamed_is_breaking_unless_python_name_is_unchanged() -> None:
    renamed = api()
    renamed["paths"]["/experiments"]["post"]["operationId"] = "startExperiment"
    change = only(sd.diff(api(), renamed), "operation.renamed")
    assert change.kind == "breaking"
    assert change.functions == (CREATE, "api.experiments.start_experiment")
    cosmetic = api()
    cosmetic["paths"]["/experiments"]["post"]["operationId"] = "create_experiment"
    assert summary(sd.diff(api(), cosmetic)) == {
        ("patch", "operation.renamed", "POST /experiments")
    }


def test_operation_tag_change_moves_the_module() -> None:
    moved = api()
    moved["paths"]["/experiments"]["post"]["tags"] = ["runs"]
    change = only(sd.diff(api(), moved), "operation.moved")
    assert change.kind == "breaking"
    assert change.functions == (CREATE, "api.runs.create_experiment")


def test_path_parameter_rename_matches_the_same_operation() -> None:
    old, new = api(), api()
    old["paths"]["/e/{id}"] = {
        "get": {
            "operationId": "getE",
            "responses": {},
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
        }
    }
    new["paths"]["/e/{e_id}"] = {
        "get": {
            "operationId": "getE",
            "responses": {},
            "parameters": [{"name": "e_id", "in": "path", "required": True, "schema": STR}],
        }
    }
    assert summary(sd.diff(old, new)) == {
        ("breaking", "parameter.removed", "getE parameter `id` (path)"),
        ("breaking", "parameter.added", "getE parameter `e_id` (path)"),
    }


# ----------------------------------------------------------------------------- parameters


def param(name: str, required: bool = False, schema: Json | None = None) -> Json:
    return {"name": name, "in": "query", "required": required, "schema": schema or STR}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ([], [param("limit")], ("addition", "parameter.added")),
        ([], [param("limit", True)], ("breaking", "parameter.added")),
        ([param("limit")], [], ("breaking", "parameter.removed")),
        ([param("limit")], [param("limit", True)], ("breaking", "parameter.required")),
        ([param("limit", True)], [param("limit")], ("addition", "parameter.optional")),
    ],
)
def test_parameters(old: list[Json], new: list[Json], expected: tuple[str, str]) -> None:
    changes = sd.diff(api(params=old), api(params=new))
    assert summary(changes) == {(*expected, "createExperiment parameter `limit` (query)")}
    assert changes[0].attribute == "limit"
    assert changes[0].functions == (CREATE,)


def test_parameter_python_name_avoids_builtins() -> None:
    change = only(sd.diff(api(), api(params=[param("filter")])), "parameter.added")
    assert change.attribute == "filter_"


def test_parameter_schema_enum_narrowed_is_breaking() -> None:
    old = api(params=[param("order", schema={"type": "string", "enum": ["asc", "desc"]})])
    new = api(params=[param("order", schema={"type": "string", "enum": ["asc"]})])
    assert summary(sd.diff(old, new)) == {
        ("breaking", "enum.removed.literal", "createExperiment parameter `order` (query)")
    }


# ----------------------------------------------------------------------------- body properties


REQ, RUN = "ExperimentRequest", "ExperimentRun"
NULLABLE_STR: Json = {"anyOf": [STR, {"type": "null"}]}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # request side (ExperimentRequest is only sent)
        (obj(name=STR), obj(name=STR, note=STR), ("addition", "field.added.optional", "note")),
        (
            obj(name=STR),
            obj(("note",), name=STR, note=STR),
            ("breaking", "field.added.required", "note"),
        ),
        (obj(name=STR, note=STR), obj(name=STR), ("breaking", "field.removed", "note")),
        (obj(name=STR), obj(name=INT), ("breaking", "type.changed", "name")),
        (obj(name=STR), obj(("name",), name=STR), ("breaking", "field.required", "name")),
        (obj(("name",), name=STR), obj(name=STR), ("addition", "field.optional", "name")),
        (obj(name=STR), obj(name=NULLABLE_STR), ("addition", "nullable.added", "name")),
        (obj(name=NULLABLE_STR), obj(name=STR), ("breaking", "nullable.removed", "name")),
    ],
)
def test_request_properties(old: Json, new: Json, expected: tuple[str, str, str]) -> None:
    kind, category, prop = expected
    changes = sd.diff(api(req=old), api(req=new))
    assert summary(changes) == {(kind, category, f"{REQ}.{prop}")}
    assert (changes[0].model, changes[0].attribute) == ("ExperimentRequest", prop)
    assert changes[0].functions == (CREATE,)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # response side (ExperimentRun is only received)
        (
            obj(("id",), id=STR),
            obj(("id",), id=STR, output=STR),
            ("addition", "field.added.optional", "output"),
        ),
        (
            obj(("id",), id=STR),
            obj(("id", "output"), id=STR, output=STR),
            ("addition", "field.added.required", "output"),
        ),
        (
            obj(("id",), id=STR, output=STR),
            obj(("id",), id=STR),
            ("breaking", "field.removed", "output"),
        ),
        (obj(("id",), id=STR), obj(("id",), id=INT), ("breaking", "type.changed", "id")),
        # tolerant models: a required field is typed `X | Unset` and may already be absent
        (obj(("id",), id=STR), obj(id=STR), ("patch", "field.optional", "id")),
        (obj(id=STR), obj(("id",), id=STR), ("patch", "field.required", "id")),
        (obj(("id",), id=STR), obj(("id",), id=NULLABLE_STR), ("breaking", "nullable.added", "id")),
        (obj(("id",), id=NULLABLE_STR), obj(("id",), id=STR), ("patch", "nullable.removed", "id")),
    ],
)
def test_response_properties(old: Json, new: Json, expected: tuple[str, str, str]) -> None:
    kind, category, prop = expected
    changes = sd.diff(api(resp=old), api(resp=new))
    assert summary(changes) == {(kind, category, f"{RUN}.{prop}")}
    assert (changes[0].model, changes[0].attribute) == ("ExperimentRun", prop)


def test_openapi_30_nullable_flag_in_a_response_is_breaking() -> None:
    old = api(resp=obj(("id",), id=STR), version="3.0.3")
    new = api(resp=obj(("id",), id={"type": "string", "nullable": True}), version="3.0.3")
    assert summary(sd.diff(old, new)) == {("breaking", "nullable.added", "ExperimentRun.id")}


def test_openapi_31_type_list_with_null_counts_as_nullable() -> None:
    new = api(resp=obj(("id",), id={"type": ["string", "null"]}))
    assert summary(sd.diff(api(), new)) == {("breaking", "nullable.added", "ExperimentRun.id")}


def test_nested_object_and_array_paths_and_python_names() -> None:
    old = api(resp=obj(("id",), id=STR, output=obj(text=STR), tags={"type": "array", "items": STR}))
    new = api(
        resp=obj(
            ("id",), id=STR, output=obj(text=STR, score=INT), tags={"type": "array", "items": INT}
        )
    )
    changes = sd.diff(old, new)
    assert summary(changes) == {
        ("addition", "field.added.optional", "ExperimentRun.output.score"),
        ("breaking", "type.changed", "ExperimentRun.tags[]"),
    }
    added = only(changes, "field.added.optional")
    assert (added.model, added.attribute) == ("ExperimentRunOutput", "score")
    retyped = only(changes, "type.changed")
    assert (retyped.model, retyped.attribute) == ("ExperimentRun", "tags")
    assert "from str to int" in retyped.message


def test_inline_request_body_is_located_by_operation() -> None:
    old, new = api(), api()
    for doc, metadata in ((old, obj(a=STR)), (new, obj(a=STR, b=STR))):
        doc["paths"]["/experiments"]["post"]["requestBody"]["content"]["application/json"][
            "schema"
        ] = obj(metadata=metadata)
    change = only(sd.diff(old, new), "field.added.optional")
    assert change.location == "createExperiment request body .metadata.b"
    assert (change.model, change.attribute) == ("CreateExperimentBodyMetadata", "b")


def test_ref_retarget_to_another_class_is_a_retype() -> None:
    extra = {"A": obj(x=STR), "B": obj(x=STR)}
    old = api(resp=obj(("id",), id=STR, part=ref("A")), extra_schemas=extra)
    new = api(resp=obj(("id",), id=STR, part=ref("B")), extra_schemas=extra)
    assert summary(sd.diff(old, new)) == {("breaking", "type.changed", "ExperimentRun.part")}


def test_model_title_decides_class_name() -> None:
    new = api(resp={**obj(("id",), id=STR), "title": "Run"})
    change = only(sd.diff(api(), new), "model.renamed")
    assert (change.kind, change.model) == ("breaking", "Run")


# ----------------------------------------------------------------------------- components once


def two_users(run: Json) -> Json:
    doc = api(resp=run)
    doc["paths"]["/experiments/{id}"] = {
        "get": {
            "operationId": "getExperiment",
            "tags": ["experiments"],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": ref("ExperimentRun")}
                        }
                    },
                }
            },
        }
    }
    return doc


def test_shared_component_change_is_reported_once_naming_every_operation() -> None:
    changes = sd.diff(two_users(obj(("id",), id=STR)), two_users(obj(id=STR)))
    change = only(changes, "field.optional")
    assert len(changes) == 1
    assert change.functions == (CREATE, "api.experiments.get_experiment")
    assert "`create_experiment`, `get_experiment`" in change.message


def test_component_used_in_request_and_response_takes_the_worse_kind() -> None:
    def doc(run: Json) -> Json:
        d = api(resp=run)
        body = d["paths"]["/experiments"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"] = ref("ExperimentRun")
        return d

    # made nullable: addition for requests, breaking for responses -> breaking (made optional
    # used to serve here; it is a patch for responses now that the models tolerate absence)
    changes = sd.diff(doc(obj(("id",), id=STR)), doc(obj(("id",), id=NULLABLE_STR)))
    assert summary(changes) == {("breaking", "nullable.added", "ExperimentRun.id")}
    assert "requests and responses" in changes[0].message


def test_recursive_schema_terminates_and_reports_once() -> None:
    node_old = obj(name=STR, children={"type": "array", "items": ref("Node")})
    node_new = obj(name=STR, size=INT, children={"type": "array", "items": ref("Node")})
    old = api(resp=obj(("id",), id=STR, tree=ref("Node")), extra_schemas={"Node": node_old})
    new = api(resp=obj(("id",), id=STR, tree=ref("Node")), extra_schemas={"Node": node_new})
    assert summary(sd.diff(old, new)) == {("addition", "field.added.optional", "Node.size")}


def test_all_of_is_merged_like_the_generator() -> None:
    base = {"Base": obj(("id",), id=STR)}
    old = api(resp={"allOf": [ref("Base"), obj(extra=STR)]}, extra_schemas=base)
    new = api(resp={"allOf": [ref("Base"), obj(extra=STR)]}, extra_schemas={"Base": obj(id=STR)})
    # response-only: a field made optional is a patch (the models already tolerate absence)
    assert summary(sd.diff(old, new)) == {
        ("patch", "field.optional", "Base.id"),
        ("patch", "field.optional", "ExperimentRun.id"),
    }


def test_models_added_and_removed() -> None:
    extra = {"Unused": obj(a=STR)}
    assert summary(sd.diff(api(), api(extra_schemas=extra))) == {
        ("addition", "model.added", "Unused")
    }
    assert summary(sd.diff(api(extra_schemas=extra), api())) == {
        ("breaking", "model.removed", "Unused")
    }


# ----------------------------------------------------------------------------- enums, unions


ENUM_AB: Json = {"type": "string", "enum": ["a", "b"]}
ENUM_ABC: Json = {"type": "string", "enum": ["a", "b", "c"]}


@pytest.mark.parametrize(
    ("literal", "side", "old", "new", "expected"),
    [
        # literal_enums: true (this project's generator config): Literal aliases that also admit
        # any other string; the models keep a new response value (drift), so it is an addition
        (True, "req", ENUM_AB, ENUM_ABC, ("addition", "enum.added.literal")),
        (True, "req", ENUM_ABC, ENUM_AB, ("breaking", "enum.removed.literal")),
        (True, "resp", ENUM_AB, ENUM_ABC, ("addition", "enum.added.literal")),
        (True, "resp", ENUM_ABC, ENUM_AB, ("patch", "enum.removed.literal")),
        # generator default: Enum classes, ValueError; a removed member breaks `Status.C`
        (False, "req", ENUM_AB, ENUM_ABC, ("addition", "enum.added")),
        (False, "req", ENUM_ABC, ENUM_AB, ("breaking", "enum.removed")),
        (False, "resp", ENUM_AB, ENUM_ABC, ("breaking", "enum.added")),
        (False, "resp", ENUM_ABC, ENUM_AB, ("breaking", "enum.removed")),
    ],
)
def test_enums(literal: bool, side: str, old: Json, new: Json, expected: tuple[str, str]) -> None:
    if side == "req":
        pair = api(req=obj(status=old)), api(req=obj(status=new))
        where, cls = "ExperimentRequest.status", "ExperimentRequestStatus"
    else:
        pair = (
            api(resp=obj(("id",), id=STR, status=old)),
            api(resp=obj(("id",), id=STR, status=new)),
        )
        where, cls = "ExperimentRun.status", "ExperimentRunStatus"
    change = only(sd.diff(*pair, literal_enums=literal), expected[1])
    assert (change.kind, change.location, change.model) == (expected[0], where, cls)
    assert '"c"' in change.message
    if side == "resp" and expected[1].startswith("enum.added"):
        assert ("keep them as strings" if literal else "ValueError") in change.message


def test_enum_component_is_diffed_once() -> None:
    def doc(values: list[str]) -> Json:
        return api(
            resp=obj(("id",), id=STR, status=ref("Status")),
            extra_schemas={"Status": {"type": "string", "enum": values}},
        )

    changes = sd.diff(doc(["a"]), doc(["a", "b"]))
    assert summary(changes) == {("addition", "enum.added.literal", "Status")}
    assert changes[0].model == "Status"


@pytest.mark.parametrize(("side", "kind"), [("req", "addition"), ("resp", "breaking")])
def test_union_variant_added(side: str, kind: str) -> None:
    extra = {"A": obj(x=STR), "B": obj(y=STR), "C": obj(z=STR)}
    old_u, new_u = {"oneOf": [ref("A"), ref("B")]}, {"oneOf": [ref("A"), ref("B"), ref("C")]}
    if side == "req":
        pair = (
            api(req=obj(part=old_u), extra_schemas=extra),
            api(req=obj(part=new_u), extra_schemas=extra),
        )
    else:
        pair = (
            api(resp=obj(("id",), id=STR, part=old_u), extra_schemas=extra),
            api(resp=obj(("id",), id=STR, part=new_u), extra_schemas=extra),
        )
    assert (kind, "union.added") in {(c.kind, c.category) for c in sd.diff(*pair)}


def test_additional_properties_closed_is_breaking() -> None:
    new = api(resp={**obj(("id",), id=STR), "additionalProperties": False})
    change = only(sd.diff(api(), new), "extra.closed")
    assert (change.kind, change.model) == ("breaking", "ExperimentRun")


# ----------------------------------------------------------------------------- status, content


def test_status_codes_and_content_types() -> None:
    new = api()
    responses = new["paths"]["/experiments"]["post"]["responses"]
    responses["409"] = {"description": "conflict"}
    del responses["422"]
    responses["201"]["content"] = {"text/plain": {"schema": STR}}
    assert summary(sd.diff(api(), new)) == {
        ("addition", "status.added", "createExperiment response 409"),
        ("patch", "status.removed", "createExperiment response 422"),
        ("breaking", "content_type.removed", "createExperiment response 201"),
        ("addition", "content_type.added", "createExperiment response 201"),
    }
    gone = api()
    del gone["paths"]["/experiments"]["post"]["responses"]["201"]
    assert summary(sd.diff(api(), gone)) == {
        ("breaking", "status.removed", "createExperiment response 201")
    }


def test_request_content_type_removed_is_breaking() -> None:
    new = api()
    new["paths"]["/experiments"]["post"]["requestBody"]["content"] = {
        "multipart/form-data": {"schema": ref("ExperimentRequest")}
    }
    assert summary(sd.diff(api(), new)) == {
        ("breaking", "content_type.removed", "createExperiment request body"),
        ("addition", "content_type.added", "createExperiment request body"),
    }


# ----------------------------------------------------------------------------- auth


def secured(schemes: Json, global_security: list[Json] | None = None, **op_extra: Any) -> Json:
    doc = api(**op_extra)
    doc["components"]["securitySchemes"] = schemes
    if global_security is not None:
        doc["security"] = global_security
    return doc


BEARER: Json = {"type": "http", "scheme": "bearer"}
KEY: Json = {"type": "apiKey", "in": "header", "name": "X-API-KEY"}


def test_auth_changes() -> None:
    assert summary(sd.diff(secured({}), secured({"bearer": BEARER}))) == {
        ("addition", "auth.scheme.added", "security scheme `bearer`")
    }
    assert summary(sd.diff(secured({"bearer": BEARER}), secured({}))) == {
        ("breaking", "auth.scheme.removed", "security scheme `bearer`")
    }
    assert summary(sd.diff(secured({"k": BEARER}), secured({"k": KEY}))) == {
        ("breaking", "auth.scheme.changed", "security scheme `k`")
    }
    assert summary(sd.diff(secured({"k": KEY}), secured({"k": KEY}, [{"k": []}]))) == {
        ("breaking", "auth.changed", "global security")
    }
    required: list[Json] = [{"k": []}]
    optional: list[Json] = [{"k": []}, {}]
    change = only(
        sd.diff(secured({"k": KEY}, required), secured({"k": KEY}, required, security=optional)),
        "auth.changed",
    )
    assert (change.kind, change.location, change.functions) == (
        "addition",
        "POST /experiments",
        (CREATE,),
    )


# ----------------------------------------------------------------------------- docs


def test_doc_only_changes_are_patch() -> None:
    new = api(resp={**obj(("id",), id={**STR, "description": "The id."})}, summary="Start one")
    assert summary(sd.diff(api(), new)) == {
        ("patch", "doc.changed", "POST /experiments"),
        ("patch", "doc.changed", "ExperimentRun.id"),
    }


# ----------------------------------------------------------------------------- versions, changelog


def change(kind: str) -> Any:
    return sd.Change(kind, "x", "loc", f"loc: {kind}")


def test_bump_kind() -> None:
    assert sd.bump_kind([change("patch"), change("addition")]) == "minor"
    assert sd.bump_kind([change("addition"), change("breaking")]) == "major"
    assert sd.bump_kind([change("patch")]) == "patch"


@pytest.mark.parametrize(
    ("version", "kind", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("0.1.3", "minor", "0.2.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", "none", "1.2.3"),
    ],
)
def test_bump_version(version: str, kind: str, expected: str) -> None:
    assert sd.bump_version(version, kind) == expected


def test_bump_version_rejects_non_semver() -> None:
    with pytest.raises(ValueError):
        sd.bump_version("1.2", "minor")


def test_changelog_entry_groups_by_user_words() -> None:
    old, new = api(), api(resp=obj(("id",), id=STR, output=STR), params=[param("limit", True)])
    new["paths"]["/experiments"]["post"]["summary"] = "Start"
    text = sd.changelog_entry(
        "phoenix", "0.1.0", "1.0.0", sd.diff(old, new), datetime.date(2025, 1, 2)
    )
    assert text.startswith("## phoenix 1.0.0 (2025-01-02)")
    breaking, rest = text.split("### Breaking changes", 1)[1].split("### New", 1)
    new_part, fixes = rest.split("### Fixes and docs", 1)
    assert "- `create_experiment(limit=...)`: new required argument" in breaking
    assert "`ExperimentRun.output`" in new_part
    assert "Descriptions updated for: `create_experiment`" in fixes


# ----------------------------------------------------------------------------- CLI


def test_cli_json_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(api()))
    doc = api()
    doc["paths"]["/experiments"]["post"]["operationId"] = "startExperiment"
    new.write_text(json.dumps(doc))
    assert sd.main([str(old), str(new), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["bump"] == "major"
    assert [c["category"] for c in payload["changes"]] == ["operation.renamed"]
    new.write_text(json.dumps({"swagger": "2.0"}))
    assert sd.main([str(old), str(new)]) == 2


def test_dangling_ref_is_an_error() -> None:
    broken = copy.deepcopy(api())
    broken["components"]["schemas"]["ExperimentRun"] = obj(x=ref("Missing"))
    with pytest.raises(sd.SpecError, match="Missing"):
        sd.diff(api(), broken)


# ----------------------------------------------------------------------------- real Phoenix pair


@pytest.fixture(scope="module")
def phoenix() -> list[Any]:
    old, new = json.loads(OLD_PHOENIX.read_text()), json.loads(NEW_PHOENIX.read_text())
    start = time.perf_counter()
    changes: list[Any] = sd.diff(old, new)
    assert time.perf_counter() - start < 3.0
    return changes


def test_phoenix_adds_exactly_six_operations(phoenix: list[Any]) -> None:
    added = {c.location for c in phoenix if c.category == "operation.added"}
    assert added == set(SIX_NEW_OPERATIONS) and len(SIX_NEW_OPERATIONS) == 6
    assert not [
        c
        for c in phoenix
        if c.category.startswith("operation.") and c.category != "operation.added"
    ]


def test_phoenix_experiment_endpoints_are_untouched(phoenix: list[Any]) -> None:
    assert not [c for c in phoenix if any(".experiments." in f for f in c.functions)]


def test_phoenix_breaking_changes_are_the_known_ones(phoenix: list[Any]) -> None:
    """The 20.26.1 spec is not a pure addition: these are breaking for generated-client users."""
    breaking = {(c.category, c.location) for c in phoenix if c.kind == "breaking"}
    renamed_contexts = {
        "AgentSpanContext",
        "CodeEvaluatorContext",
        "DatasetContext",
        "LlmEvaluatorContext",
        "PlaygroundBuiltinModelContext",
        "PlaygroundContext",
        "PlaygroundCustomProviderModelContext",
        "PlaygroundEvaluatorContext",
        "PlaygroundExperimentScaffoldContext",
        "PlaygroundInstanceContext",
        "ProjectContext",
        "PromptContext",
        "PromptVersionContext",
        "SessionContext",
        "TraceContext",
    }
    assert breaking == {
        ("union.added", "PromptVersion.invocation_parameters"),  # Meta and ZAI parameters
        ("union.removed", "ChatContext"),  # *Context models replaced by *UIContext
        *{
            ("extra.closed", name)
            for name in ("AppContext", "GraphQLContext", "SubagentsContext", "WebAccessContext")
        },
        *{("model.removed", name) for name in renamed_contexts},
    }
    assert sd.bump_kind(phoenix) == "major"


def test_python_names_match_the_generator() -> None:
    """Names checked against openapi-python-client 0.29.1 output for the same document."""

    def doc(extra: Json) -> Json:
        run = obj(
            outputValue=obj(t=STR),
            status={"type": "string", "enum": ["a", "b"]},
            items={"type": "array", "items": obj(q=INT)},
        )
        d = api(
            extra_schemas={"experiment_run": run, "Titled": {**obj(a=STR), "title": "Run Thing"}}
        )
        d["components"]["schemas"]["ExperimentRun"] = obj(
            ("id",), id=STR, run=ref("experiment_run"), thing=ref("Titled")
        )
        for name, props in extra.items():
            target = d["components"]["schemas"][name]
            target["properties"].update(props)
        return d

    old = doc({})
    new = doc(
        {
            "experiment_run": {
                "outputValue": obj(t=STR, u=STR),
                "status": {"type": "string", "enum": ["a"]},
                "items": {"type": "array", "items": obj(q=INT, r=INT)},
            },
            "Titled": {"type": STR},
        }
    )
    names = {(c.model, c.attribute) for c in sd.diff(old, new)}
    assert names == {
        ("ExperimentRunOutputValue", "u"),
        ("ExperimentRunStatus", None),
        ("ExperimentRunItemsItem", "r"),
        ("RunThing", "type_"),
    }


@pytest.mark.parametrize("vendor", ["phoenix", "humanloop", "arize", "respan"])
def test_names_exist_in_the_generated_package(vendor: str) -> None:
    """Every function module and model the diff names for a resolved spec is really generated."""
    spec_path = ROOT / "generated" / vendor / "openapi.json"
    package = ROOT / "generated" / vendor / f"evalclients_{vendor}"
    if not spec_path.exists() or not package.exists():
        pytest.skip(f"generated/{vendor} not present")
    doc = json.loads(spec_path.read_text())
    empty = {"openapi": doc["openapi"], "info": {"title": "none", "version": "0"}, "paths": {}}
    changes = sd.diff(empty, doc)
    exported = set(
        re.findall(r'^\s+"(\w+)": "\.', (package / "models" / "__init__.py").read_text(), re.M)
    )
    modules = [c.functions[0] for c in changes if c.category == "operation.added"]
    models = [c.model for c in changes if c.category == "model.added" and c.model]
    assert modules and models
    assert [m for m in modules if not (package / (m.replace(".", "/") + ".py")).exists()] == []
    assert [m for m in models if m not in exported] == []


def test_humanloop_overlay_adds_the_evaluation_runs_api() -> None:
    """Upstream 2024-10-03 spec against the resolved one (upstream + overlay)."""
    resolved = ROOT / "generated" / "humanloop" / "openapi.json"
    if not resolved.exists():
        pytest.skip("generated/humanloop/openapi.json not present")
    old = json.loads((ROOT / "specs" / "humanloop" / "openapi-v5-2024-10-03.json").read_text())
    changes = sd.diff(old, json.loads(resolved.read_text()))
    added = {c.location for c in changes if c.category == "operation.added"}
    assert added == {
        "GET /evaluations/{id}/runs",
        "POST /evaluations/{id}/runs",
        "POST /evaluations/{id}/runs/{run_id}",
        "DELETE /evaluations/{id}/runs/{run_id}",
        "PATCH /evaluations/{id}/runs/{run_id}",
        "POST /evaluations/{id}/runs/{run_id}/logs",
        "POST /evaluations/{id}/evaluators",
        "DELETE /evaluations/{id}/evaluators/{evaluator_version_id}",
    }
    assert sd.bump_kind(changes) == "major"  # the older evaluation model is replaced
