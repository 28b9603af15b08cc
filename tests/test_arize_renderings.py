"""Arize AX from its Python SDK's generated client, cross-checked with the TS rendering.

The bars of the spec update: every operation of arize==8.61.0 (160), every integer the SDK
types ``StrictInt`` an ``integer`` here, the documented limits kept, and every disagreement
with the July openapi-typescript rendering explained in specs/arize/renderings-reviewed.yaml.
"""

from __future__ import annotations

import ast
import io
import json
import re
import textwrap
import tomllib
import zipfile
from functools import cache
from typing import Any

import yaml

from scripts import arize_py_to_openapi as conv
from scripts.arize_renderings import disagreements, registered
from scripts.registry import GENERATED, ROOT, load_registry, vendor_dir

FOLDER = vendor_dir("arize")


@cache
def _wheel() -> bytes:
    return (FOLDER / load_registry()["arize"]["upstream"]).read_bytes()


@cache
def _resolved() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((GENERATED / "arize" / "openapi.json").read_text())
    return doc


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }


def test_the_upstream_wheel_is_the_one_provenance_names() -> None:
    import hashlib

    provenance = tomllib.loads((FOLDER / "provenance.toml").read_text())
    assert provenance["file"] == load_registry()["arize"]["upstream"]
    assert hashlib.sha256(_wheel()).hexdigest() == provenance["sha256"]
    cross = provenance["cross_check"]
    assert hashlib.sha256((FOLDER / cross["file"]).read_bytes()).hexdigest() == cross["sha256"]


def test_every_operation_of_the_sdk_is_in_the_resolved_spec() -> None:
    files = conv.read_wheel(_wheel())
    readme = zipfile.ZipFile(io.BytesIO(_wheel())).read("arize/_generated/api_client_README.md")
    listed = set(re.findall(r"\| \[\*\*(\w+)\*\*\]", readme.decode()))
    ops = _operations(_resolved())
    assert len(ops) >= 160
    assert listed and listed <= set(ops), sorted(listed - set(ops))
    assert any(name.endswith("experiments_api.py") for name in files)
    method, path, search = ops["search_experiment_runs"]
    assert (method, path) == ("post", "/v2/experiments/{experiment_id}/runs/search")
    body = search["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/SearchExperimentRunsRequest"}
    new = ("search_dataset_examples", "list_experiment_tags", "list_evaluator_templates")
    for name in (*new, "list_webhooks", "list_monitors"):
        assert name in ops


def _int_fields(files: dict[str, str]) -> list[tuple[str, str, str]]:
    """(model, field, annotation) of every model field whose annotation says int."""
    found = []
    for name, text in files.items():
        if "/models/" not in name:
            continue
        for cls in ast.parse(text).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for stmt in cls.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    ann = ast.unparse(stmt.annotation)
                    plain = ann.replace("Union[StrictFloat, StrictInt]", "number")
                    if "StrictInt" in plain or "Annotated[int" in plain:
                        found.append((cls.name, stmt.target.id, ann))
    return found


def _walk_types(schema: dict[str, Any]) -> set[str]:
    kinds: set[str] = set()
    kind = schema.get("type")
    kinds |= set(kind) if isinstance(kind, list) else {kind} if kind else set()
    for key in ("items", "anyOf", "oneOf", "allOf"):
        value = schema.get(key)
        for sub in value if isinstance(value, list) else [value] if value else []:
            kinds |= _walk_types(sub)
    return kinds


def test_every_strict_int_field_is_an_integer() -> None:
    fields = _int_fields(conv.read_wheel(_wheel()))
    assert len(fields) == 67  # as counted in the issue: 63 int fields + 4 int|float ratios
    schemas = _resolved()["components"]["schemas"]
    integers = 0
    for model, field, ann in fields:
        prop = schemas[model]["properties"][field]
        kinds = _walk_types(prop)
        if "Annotated[float" in ann:  # Union[float 0..1, int 0..1]: a bounded number
            assert "number" in kinds, (model, field)
            assert (prop.get("minimum"), prop.get("maximum")) == (0, 1), (model, field)
        else:
            assert "integer" in kinds and "number" not in kinds, (model, field, prop)
            integers += 1
    assert integers == 63


def test_limits_the_sdk_gives_are_kept() -> None:
    schemas = _resolved()["components"]["schemas"]
    limit = schemas["SearchExperimentRunsRequest"]["properties"]["limit"]
    assert (limit["type"], limit["minimum"], limit["maximum"]) == ("integer", 1, 500)
    ops = _operations(_resolved())
    for name in ("list_experiment_runs", "list_experiments", "list_datasets"):
        (param,) = [p for p in ops[name][2]["parameters"] if p["name"] == "limit"]
        schema = param["schema"]
        assert schema["type"] == "integer" and schema["minimum"] == 1, name
        assert schema["maximum"] in (100, 500), name
    (param,) = [p for p in ops["list_experiment_runs"][2]["parameters"] if p["name"] == "limit"]
    assert param["schema"]["maximum"] == 500


def test_every_disagreement_between_the_renderings_is_reviewed() -> None:
    found = disagreements(*registered())
    rules = yaml.safe_load((FOLDER / "renderings-reviewed.yaml").read_text())["rules"]
    counts = [0] * len(rules)
    unreviewed = []
    for key, detail in found.items():
        line = f"{key}: {detail}"
        for i, rule in enumerate(rules):
            if re.search(rule["match"], line):
                counts[i] += 1
                break
        else:
            unreviewed.append(line)
    assert not unreviewed, "\n".join(unreviewed)
    stale = [
        f"{rule['match']}: reviewed {rule['count']}, found {count}"
        for rule, count in zip(rules, counts, strict=True)
        if count != rule["count"]
    ]
    assert not stale, "\n".join(stale)
    assert all(rule.get("reason") for rule in rules)


def test_comparison_reports_each_kind_of_disagreement() -> None:
    ts = {
        "paths": {"/a": {"get": {"operationId": "a", "responses": {}}}},
        "components": {
            "schemas": {
                "M": {
                    "type": "object",
                    "required": ["x"],
                    "properties": {
                        "x": {"type": "number"},
                        "y": {"type": "string", "nullable": True},
                        "z": {"type": "string", "enum": ["A"]},
                    },
                }
            }
        },
    }
    py = {
        "paths": {"/b": {"post": {"operationId": "b", "responses": {}}}},
        "components": {
            "schemas": {
                "M": {
                    "type": "object",
                    "properties": {
                        "x": {"type": "integer", "minimum": 1},  # integer, bounds: not listed
                        "y": {"type": "string"},
                        "z": {"type": "string", "enum": ["A", "B"]},
                    },
                }
            }
        },
    }
    assert disagreements(ts, py) == {
        "operation a": "only in the TypeScript rendering",
        "operation b": "only in the Python rendering",
        "schema M.x required": "True vs False",
        "schema M.y nullable": "True vs False",
        "schema M.z enum": "['A'] vs ['A', 'B']",
    }


MODEL = '''
class Thing(BaseModel):
    """A thing."""
    id: StrictStr = Field(description="Its id.")
    count: Optional[Annotated[int, Field(le=500, strict=True, ge=1)]] = Field(default=None)
    note: Optional[StrictStr] = None
    kind: Optional[StrictStr] = None
    tags: Optional[List[Optional[StrictStr]]] = None
    additional_properties: Dict[str, Any] = {}

    @field_validator('kind')
    def kind_validate_enum(cls, value):
        if value not in set(['A', 'B']):
            raise ValueError("bad")
        return value

    def to_dict(self):
        excluded_fields: Set[str] = set([
            "id",
            "additional_properties",
        ])
        # set to None if note (nullable) is None
        # and model_fields_set contains the field
        if self.note is None and "note" in self.model_fields_set:
            _dict['note'] = None
'''

WRAPPER = '''
class Shape(BaseModel):
    """Circle or square."""
    oneof_schema_1_validator: Optional[Circle] = None
    oneof_schema_2_validator: Optional[Square] = None
    actual_instance: Optional[Union[Circle, Square]] = None
    one_of_schemas: Set[str] = { "Circle", "Square" }

    @classmethod
    def from_json(cls, json_str: str) -> Self:
        payload = json.loads(json_str)
        if isinstance(payload, dict) and 'kind' in payload:
            if payload['kind'] == 'CIRCLE':
                return cls(actual_instance=Circle.from_dict(payload))
            if payload['kind'] == 'SQUARE':
                return cls(actual_instance=Square.from_dict(payload))
        raise ValueError('no')
'''


def test_model_rules() -> None:
    models = {"Thing", "Circle", "Square", "Shape"}
    text = textwrap.dedent(MODEL)
    (cls,) = [n for n in ast.parse(text).body if isinstance(n, ast.ClassDef)]
    assert conv.model_schema(cls, models, text) == {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Its id.", "readOnly": True},
            "count": {"type": "integer", "minimum": 1, "maximum": 500},
            "note": {"type": ["string", "null"]},
            "kind": {"type": "string", "enum": ["A", "B"]},
            "tags": {"type": "array", "items": {"type": ["string", "null"]}},
        },
        "required": ["id"],
        "additionalProperties": True,
        "description": "A thing.",
    }
    text = textwrap.dedent(WRAPPER)
    (cls,) = [n for n in ast.parse(text).body if isinstance(n, ast.ClassDef)]
    assert conv.model_schema(cls, models, text) == {
        "oneOf": [
            {"$ref": "#/components/schemas/Circle"},
            {"$ref": "#/components/schemas/Square"},
        ],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "CIRCLE": "#/components/schemas/Circle",
                "SQUARE": "#/components/schemas/Square",
            },
        },
        "description": "Circle or square.",
    }


def test_no_machine_paths_in_the_reviewed_files() -> None:
    for name in ("renderings-reviewed.yaml", "provenance.toml", "overlay.yaml"):
        assert "/work/" not in (FOLDER / name).read_text(), name
    assert ROOT.exists()


def test_update_spec_takes_a_pypi_wheel_and_keeps_the_cross_check() -> None:
    import pytest

    from scripts import update_spec

    entry = load_registry()["arize"]
    update_spec._check_name("arize", entry, "arize-9.0.0-py3-none-any.whl")
    with pytest.raises(update_spec.UpdateError, match=r"\.whl"):
        update_spec._check_name("arize", entry, "openapi.json")
    with pytest.raises(update_spec.UpdateError, match="pypi:NAME==VERSION"):
        update_spec.fetch("arize", "pypi:arize>=8")
    # the TS rendering is never removed by an update: provenance names it a cross-check
    assert update_spec._cross_checks(FOLDER) == {"v2-openapi-typescript.ts"}
