"""Proof for scripts/arize_ts_to_openapi.py: the rebuilt OpenAPI document renders back to the
upstream openapi-typescript file, validates, and the parser handles the tricky constructs."""

from __future__ import annotations

import dataclasses
import fcntl
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT / "specs" / "arize" / "v2-openapi-typescript.ts"
OVERLAY = ROOT / "specs" / "arize" / "overlay.yaml"
NODE_DIR = ROOT / ".cache" / "node"
OPENAPI_TYPESCRIPT = "7.13.0"  # client_js declares ^7.10.1
# The flags of client_js's `generate` script (package.json).
RENDER_FLAGS = ["--empty-objects-unknown=true", "--default-non-nullable=false"]


def _load_converter() -> ModuleType:
    path = ROOT / "scripts" / "arize_ts_to_openapi.py"
    spec = importlib.util.spec_from_file_location("arize_ts_to_openapi", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


conv = _load_converter()


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def openapi_typescript() -> Path:
    """The pinned openapi-typescript CLI, installed into .cache/node on first use.

    Under a lock: `make test` runs this file on three Pythons at once, and two npm installs
    into one folder at once break each other.
    """
    binary = NODE_DIR / "node_modules" / ".bin" / "openapi-typescript"
    manifest = NODE_DIR / "node_modules" / "openapi-typescript" / "package.json"
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    with (NODE_DIR.parent / "node.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        installed = json.loads(manifest.read_text())["version"] if manifest.exists() else None
        if installed != OPENAPI_TYPESCRIPT or not binary.exists():
            npm = shutil.which("npm")
            assert npm is not None, "npm is needed to install openapi-typescript"
            subprocess.run(
                [npm, "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund",
                 f"openapi-typescript@{OPENAPI_TYPESCRIPT}"],
                check=True, capture_output=True,
            )  # fmt: skip
    return binary


@pytest.fixture(scope="session")
def upstream_text() -> str:
    return UPSTREAM.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def converted(upstream_text: str) -> dict[str, Any]:
    return conv.convert(upstream_text)  # type: ignore[no-any-return]


def _render(binary: Path, document_text: str, tmp: Path) -> str:
    src, out = tmp / "openapi.json", tmp / "rendered.ts"
    src.write_text(document_text, encoding="utf-8")
    subprocess.run(
        [str(binary), str(src), *RENDER_FLAGS, "-o", str(out)], check=True, capture_output=True
    )
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def rerendered(
    openapi_typescript: Path, converted: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> str:
    """The CLI's output (sorted keys) rendered again by openapi-typescript."""
    return _render(openapi_typescript, conv.dump(converted), tmp_path_factory.mktemp("sorted"))


# --------------------------------------------------------------------------- normalisation


def normalise(t: Any) -> Any:
    """Comparable form of a parsed declaration: members keyed by name, docs without lines."""
    if isinstance(t, conv.Member):
        return (t.optional, t.readonly, normalise(t.doc), normalise(t.type))
    if isinstance(t, conv.ObjectType):
        members = {m.name: normalise(m) for m in t.members}
        return ("object", members, normalise(t.index), t.index_name)
    if isinstance(t, conv.Doc):
        doc = {k: v for k, v in dataclasses.asdict(t).items() if k != "line"}
        # Key order inside JSON defaults/examples follows the (sorted) document: compare values.
        doc["default"] = _json_or_text(t.default)
        doc["examples"] = [_json_or_text(e) for e in t.examples]
        return doc
    if isinstance(t, conv.Union | conv.Intersection):
        return (type(t).__name__, tuple(normalise(i) for i in t.items))
    if isinstance(t, conv.Generic):
        return ("generic", t.name, tuple(normalise(a) for a in t.args))
    if isinstance(t, conv.ArrayType):
        return ("array", normalise(t.items))
    if isinstance(t, conv.Paren):
        return normalise(t.inner)
    if isinstance(t, conv.Literal):
        return ("literal", type(t.value).__name__, t.value)
    if isinstance(t, conv.Keyword | conv.Ref) or t is None:
        return t
    raise TypeError(type(t))


def _json_or_text(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return ("json", json.dumps(json.loads(text), sort_keys=True))
    except json.JSONDecodeError:
        return ("text", text)


def _sections(source: str) -> dict[str, dict[str, Any]]:
    """Every named entry of paths, operations and each components section, normalised."""
    decls = conv.parse_module(source)
    out: dict[str, dict[str, Any]] = {
        "paths": {m.name: normalise(m) for m in decls["paths"].members},
        "operations": {m.name: normalise(m) for m in decls["operations"].members},
    }
    for section in decls["components"].members:
        if isinstance(section.type, conv.ObjectType):
            out[section.name] = {m.name: normalise(m) for m in section.type.members}
    out["other"] = {k: normalise(v) for k, v in decls.items() if k not in ("paths", "components")}
    out["other"].pop("operations")
    return out


# --------------------------------------------------------------------------- round trip


def test_rerendered_sorted_document_matches_upstream(upstream_text: str, rerendered: str) -> None:
    """Every path, operation and component renders back identically (names, optionality,
    readonly, types, enums, refs and JSDoc facts); order of members is ignored."""
    expected, actual = _sections(upstream_text), _sections(rerendered)
    report: dict[str, str] = {}
    for section, entries in expected.items():
        got = actual.get(section, {})
        differing = sorted(n for n in entries if got.get(n) != entries[n])
        extra = sorted(set(got) - set(entries))
        report[section] = f"{len(entries) - len(differing)}/{len(entries)} identical"
        assert not differing and not extra, (section, differing, extra)
    print("round trip:", report)
    assert len(expected["operations"]) == 119
    assert len(expected["schemas"]) > 300


def test_rerendered_insertion_order_is_byte_identical(
    openapi_typescript: Path,
    converted: dict[str, Any],
    upstream_text: str,
    tmp_path: Path,
) -> None:
    """Without key sorting, the rebuilt document renders to the upstream file byte for byte."""
    rendered = _render(openapi_typescript, json.dumps(converted, indent=2), tmp_path)
    assert rendered == upstream_text


def test_comparison_catches_a_dropped_property(upstream_text: str) -> None:
    """The normalised comparison is strict: one changed optional mark is a difference."""
    marker = "            has_more: boolean;\n"
    assert marker in upstream_text
    mutated = upstream_text.replace(marker, "            has_more?: boolean;\n", 1)
    assert _sections(mutated)["schemas"] != _sections(upstream_text)["schemas"]
    without_value = upstream_text.replace('"OPEN_AI" | ', "", 1)
    assert _sections(without_value)["schemas"] != _sections(upstream_text)["schemas"]


# --------------------------------------------------------------------------- document facts


def test_converted_document_is_valid_openapi(converted: dict[str, Any]) -> None:
    validate(converted)
    assert converted["openapi"] == "3.0.3"
    assert "servers" not in converted and "security" not in converted


def test_every_operation_has_an_inferred_tag(converted: dict[str, Any]) -> None:
    ops = [(p, op) for p, item in converted["paths"].items() for op in item.values()]
    assert len(ops) == 119
    for path, op in ops:
        assert op["tags"] == [path.split("/")[2]], path
        assert "x-evalclients-inferred" in op


def test_experiment_runs_operation(converted: dict[str, Any]) -> None:
    op = converted["paths"]["/v2/experiments/{experiment_id}/runs"]["get"]
    assert op["operationId"] == "list_experiment_runs"
    params = [p["$ref"].rsplit("/", 1)[-1] for p in op["parameters"]]
    components = converted["components"]["parameters"]
    by_name = {components[p]["name"]: components[p] for p in params}
    assert by_name["experiment_id"]["in"] == "path" and by_name["experiment_id"]["required"]
    assert by_name["cursor"]["in"] == "query" and "required" not in by_name["cursor"]
    assert op["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    not_found = converted["components"]["responses"]["NotFound"]
    problem = not_found["content"]["application/problem+json"]["schema"]
    assert problem == {"$ref": "#/components/schemas/Problem"}


def test_discriminators_are_rebuilt(converted: dict[str, Any]) -> None:
    schemas = converted["components"]["schemas"]
    assert schemas["ProviderMetadata"]["discriminator"] == {
        "propertyName": "kind",
        "mapping": {
            "AWS": "#/components/schemas/AwsProviderMetadata",
            "GCP": "#/components/schemas/GcpProviderMetadata",
        },
    }
    kind = schemas["AwsProviderMetadata"]["properties"]["kind"]
    assert kind["type"] == "string" and "enum" not in kind
    # The extra allOf item openapi-typescript appends is gone again.
    assert len(schemas["EvaluatorVersionCode"]["allOf"]) == 2


# --------------------------------------------------------------------------- overlay


def _targets_exist(document: Any, target: str) -> bool:
    segments = re.findall(r"\.([A-Za-z_$][\w$-]*)|\['([^']*)'\]", target.removeprefix("$"))
    node = document
    for dotted, quoted in segments:
        key = dotted or quoted
        if not isinstance(node, dict) or key not in node:
            return False
        node = node[key]
    return True


def test_overlay_targets_apply_and_cite_reasons(converted: dict[str, Any]) -> None:
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    assert overlay["overlay"] == "1.0.0"
    for action in overlay["actions"]:
        assert _targets_exist(converted, action["target"]), action["target"]
        assert action["description"].strip()
        assert ("update" in action) != bool(action.get("remove"))


def test_overlay_regions_match_the_registry() -> None:
    import tomllib

    registry = tomllib.loads((ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8"))
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    servers = next(a["update"]["servers"] for a in overlay["actions"] if "servers" in a["update"])
    regional = next(s for s in servers if "{region}" in s["url"])
    assert regional["url"] == registry["vendors"]["arize"]["region_url"]
    assert regional["variables"]["region"]["enum"] == registry["vendors"]["arize"]["regions"]


# --------------------------------------------------------------------------- CLI


def test_cli_output_is_deterministic_sorted_json(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "arize_ts_to_openapi.py"
    out = tmp_path / "arize.json"
    run = [sys.executable, str(script), str(UPSTREAM)]
    subprocess.run([*run, "-o", str(out)], check=True)
    stdout = subprocess.run(run, check=True, capture_output=True, text=True).stdout
    text = out.read_text(encoding="utf-8")
    assert text == stdout and text.endswith("}\n")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_cli_reports_parse_errors_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ts"
    bad.write_text("export interface paths {\n    a: typeof x;\n}\n", encoding="utf-8")
    script = ROOT / "scripts" / "arize_ts_to_openapi.py"
    run = subprocess.run([sys.executable, str(script), str(bad)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "line 2" in run.stderr


# --------------------------------------------------------------------------- parser units


def _schema(ts_type: str) -> dict[str, Any]:
    decls = conv.parse_module(f"export type x = {ts_type};")
    return conv.SchemaConverter().convert(decls["x"], 1)  # type: ignore[no-any-return]


def test_jsdoc_multiline_description_format_and_object_default() -> None:
    text = (
        "/**\n"
        " * Format: date-time\n"
        " * @description first line\n"
        " *\n"
        " *     second *\\/ line\n"
        " * @default {\n"
        ' *       "a": 1\n'
        " *     }\n"
        " */"
    )
    doc = conv.parse_doc(text, 7)
    assert doc.format == "date-time"
    assert doc.description == "first line\n\nsecond */ line"
    assert json.loads(doc.default) == {"a": 1}
    assert conv.parse_doc("/** @description one */", 1).description == "one"


def test_jsdoc_unknown_tag_fails_with_line() -> None:
    with pytest.raises(conv.TsParseError, match="line 3"):
        conv.parse_doc("/** @see elsewhere */", 3)


def test_nullable_omit_becomes_nullable_allof() -> None:
    converter = conv.SchemaConverter()
    decls = conv.parse_module('export type x = Omit<components["schemas"]["P"], "kind"> | null;')
    schema = converter.convert(decls["x"], 1)
    assert schema == {"allOf": [{"$ref": "#/components/schemas/P"}], "nullable": True}
    assert converter.omitted == {"#/components/schemas/P": {"kind"}}


def test_properties_with_index_signature_and_union_tail() -> None:
    schema = _schema("{\n a: string;\n b?: number[] | null;\n} & {\n [key: string]: unknown;\n}")
    assert schema == {
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "array", "items": {"type": "number"}, "nullable": True},
        },
        "required": ["a"],
        "additionalProperties": True,
    }
    union = _schema(
        '{\n [key: string]: unknown;\n} & (components["schemas"]["A"] | components["schemas"]["B"])'
    )
    assert union["additionalProperties"] is True
    assert [s["$ref"] for s in union["oneOf"]] == [
        "#/components/schemas/A",
        "#/components/schemas/B",
    ]


def test_allof_enum_array_map_and_record() -> None:
    assert _schema('components["schemas"]["A"] & {\n x: boolean;\n}')["allOf"][0] == {
        "$ref": "#/components/schemas/A"
    }
    assert _schema('("A" | "B")[]') == {
        "type": "array",
        "items": {"type": "string", "enum": ["A", "B"]},
    }
    assert _schema("{\n [key: string]: string;\n}") == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }
    assert _schema("Record<string, unknown>") == {"type": "object"}


def test_readonly_ref_property_keeps_readonly_through_allof() -> None:
    schema = _schema('{\n readonly a?: components["schemas"]["A"];\n}')
    conv.settle_wrappers(schema, {})
    assert schema["properties"]["a"] == {
        "allOf": [{"$ref": "#/components/schemas/A"}],
        "readOnly": True,
    }
    assert "required" not in schema


def test_discriminator_markers_are_undone() -> None:
    schemas = {
        "U": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        "A": {
            "type": "object",
            "properties": {"k": {"type": "string", "enum": ["a"], "description": conv.ADDED_MARK}},
            "required": ["k"],
        },
        "B": {
            "type": "object",
            "properties": {
                "k": {"type": "string", "enum": ["b"], "description": "Kind." + conv.REPLACED_MARK}
            },
            "required": ["k"],
        },
    }
    assert conv.restore_discriminators(schemas, {}) == 1
    assert schemas["U"]["discriminator"]["mapping"] == {
        "a": "#/components/schemas/A",
        "b": "#/components/schemas/B",
    }
    assert schemas["B"]["properties"]["k"]["description"] == "Kind."
    assert "enum" not in schemas["A"]["properties"]["k"]


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("export type x = [string, number];", 1),
        ("export interface a {\n    b: string\n}", 3),
        ("export type x = string;\nexport type y = typeof z;", 2),
        ("export interface a {\n    b: string;\n    c: @;\n}", 3),
    ],
)
def test_unsupported_syntax_fails_with_line_number(source: str, line: int) -> None:
    with pytest.raises(conv.TsParseError, match=f"line {line}:"):
        decls = conv.parse_module(source)
        for value in decls.values():
            conv.SchemaConverter().convert(value, 1)
