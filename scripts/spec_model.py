"""The parsed OpenAPI document of spec_diff: $ref lookup, operations, reachability, and schema
shapes normalised the way openapi-python-client reads them (null alternatives, allOf)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

Json = dict[str, Any]

FIELD_PREFIX = "field_"  # openapi-python-client's default Config.field_prefix
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
_MAX_DEPTH = 64  # guards inlined non-component $refs against endless recursion
_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}
_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}


class SpecError(ValueError):
    """The document cannot be diffed (e.g. an external or dangling ``$ref``)."""


# --------------------------------------------------------------------------- documents


def py_name(value: str) -> str:
    """The snake_case identifier openapi-python-client emits for ``value``."""
    return str(PythonIdentifier(value, prefix=FIELD_PREFIX))


def class_name(value: str) -> str:
    """The class name openapi-python-client emits for ``value``."""
    return str(ClassName(value, FIELD_PREFIX))


@dataclass
class _Op:
    method: str
    path: str
    op_id: str
    name: str  # python function module name
    module: str  # e.g. api.experiments.create_experiment
    node: Json
    params: dict[tuple[str, str], Json]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


class _Spec:
    """A document with $ref lookup, its operations, and the schemas each operation reaches."""

    def __init__(self, doc: Json) -> None:
        if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
            raise SpecError("not an OpenAPI 3.x document")
        self.doc = doc
        self.schemas: Json = (doc.get("components") or {}).get("schemas") or {}
        self.ops: dict[tuple[str, str], _Op] = {}
        for path, item in (doc.get("paths") or {}).items():
            item = self.deref(item)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    op = self._op(path, method, item, item[method])
                    self.ops[(method, re.sub(r"\{[^}]*\}", "{}", path))] = op
        self._direct: dict[str, set[str]] = {}

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, got {ref!r}")
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"dangling $ref {ref!r}")
        return node

    def deref(self, node: Any) -> Any:
        """Follow a chain of $refs (for parameters, bodies, responses, path items)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"circular $ref {ref!r}")
            seen.add(ref)
            node = self.pointer(ref)
        return node

    def has_model(self, name: str) -> bool:
        """Whether component ``name`` becomes a model (class or Literal alias) of its own."""
        return _label(_normalize(self, self.schemas.get(name))[0]) in ("object", "enum")

    def model_name(self, name: str) -> str:
        """Class name of component schema ``name``: its title, else its key (as the generator)."""
        schema = self.schemas.get(name)
        title = schema.get("title") if isinstance(schema, dict) else None
        return class_name(title if isinstance(title, str) and title else name)

    def _op(self, path: str, method: str, item: Json, node: Json) -> _Op:
        op_id = node.get("operationId")
        if isinstance(op_id, str) and op_id:
            name = py_name(op_id)
        else:  # generator's generate_operation_id
            bare = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
            op_id = f"{method}_{bare}"
            name = py_name(op_id)
        tags = node.get("tags") or ["default"]
        module = f"api.{PythonIdentifier(str(tags[0]), prefix='tag')}.{name}"
        params: dict[tuple[str, str], Json] = {}
        for raw in [*(item.get("parameters") or []), *(node.get("parameters") or [])]:
            param = self.deref(raw)
            params[(str(param.get("in")), str(param.get("name")))] = param
        return _Op(method, path, op_id, name, module, node, params)

    # -- reachability: which component schemas each operation uses, in which direction

    def _refs(self, node: Any, seen: set[str] | None = None) -> set[str]:
        """Component schema names referenced under ``node`` (following non-schema $refs)."""
        seen = set() if seen is None else seen
        found: set[str] = set()
        stack = [node]
        while stack:
            cur = stack.pop()
            if isinstance(cur, dict):
                ref = cur.get("$ref")
                if isinstance(ref, str):
                    if ref.startswith(SCHEMA_REF) and "/" not in ref[len(SCHEMA_REF) :]:
                        found.add(_unescape(ref[len(SCHEMA_REF) :]))
                    elif ref not in seen:
                        seen.add(ref)
                        stack.append(self.pointer(ref))
                stack.extend(cur.values())
            elif isinstance(cur, list):
                stack.extend(cur)
        return found

    def closure(self, roots: Iterable[str]) -> set[str]:
        todo, done = list(roots), set()
        while todo:
            name = todo.pop()
            if name in done:
                continue
            if name not in self.schemas:
                raise SpecError(f"dangling $ref {SCHEMA_REF}{name}")
            done.add(name)
            if name not in self._direct:
                self._direct[name] = self._refs(self.schemas[name])
            todo.extend(self._direct[name] - done)
        return done

    def usage(self) -> dict[str, set[tuple[str, str]]]:
        """component name -> {(direction, function module)}."""
        used: dict[str, set[tuple[str, str]]] = {}
        for op in self.ops.values():
            request = self._refs([list(op.params.values()), op.node.get("requestBody")])
            response = self._refs(op.node.get("responses"))
            for direction, roots in (("request", request), ("response", response)):
                for name in self.closure(roots):
                    used.setdefault(name, set()).add((direction, op.module))
        return used


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _schema_ref(node: Any) -> str | None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            rest = ref[len(SCHEMA_REF) :]
            if "/" not in rest:
                return _unescape(rest)
    return None


# --------------------------------------------------------------------------- schema shapes


def _is_null(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and (node.get("type") == "null" or node.get("enum") == [None])
    )


def _normalize(spec: _Spec, schema: Any, depth: int = 0) -> tuple[Json, bool]:
    """(schema without its null alternatives, nullable?) with allOf merged as the generator does."""
    if not isinstance(schema, dict):
        return {}, False
    if "$ref" in schema and _schema_ref(schema) is None:  # a non-component ref: inline it
        if depth > _MAX_DEPTH:
            return {}, False
        return _normalize(spec, spec.pointer(schema["$ref"]), depth + 1)
    node = dict(schema)
    nullable = node.pop("nullable", False) is True
    types = node.get("type")
    if isinstance(types, list):
        kept = [t for t in types if t != "null"]
        nullable |= len(kept) != len(types)
        node["type"] = kept[0] if len(kept) == 1 else (kept or "null")
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list):
            rest = [m for m in members if not _is_null(m)]
            nullable |= len(rest) != len(members)
            node[key] = rest
            if len(rest) == 1:
                del node[key]
                inner, inner_null = _normalize(spec, rest[0], depth + 1)
                nullable |= inner_null
                node = _wrap(node, inner)
    members = node.pop("allOf", None)
    if isinstance(members, list) and members:
        if len(members) == 1 and _schema_ref(members[0]) and "properties" not in node:
            node = _wrap(node, members[0])
        else:
            node = _merge_all_of(spec, node, members, depth)
    enum = node.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable = True
        node["enum"] = [v for v in enum if v is not None]
    return node, nullable


def _wrap(outer: Json, inner: Json) -> Json:
    """The single alternative ``inner`` with the outer docs (outer description wins)."""
    if _schema_ref(inner):
        docs: Json = {k: outer[k] for k in ("description", "deprecated", "default") if k in outer}
        return {"$ref": inner["$ref"], **docs}
    return {**inner, **outer}


def _merge_all_of(spec: _Spec, node: Json, members: list[Any], depth: int) -> Json:
    merged: Json = {"type": "object", "properties": {}, "required": []}
    for member in [*members, node]:
        name = _schema_ref(member)
        if name is not None:
            if depth > _MAX_DEPTH or name not in spec.schemas:
                continue
            member = spec.schemas[name]
        part, _ = _normalize(spec, member, depth + 1)
        merged["properties"].update(part.get("properties") or {})
        required = merged["required"]
        required.extend(r for r in part.get("required") or [] if r not in required)
        for key, value in part.items():
            if key not in ("properties", "required", "type"):
                merged[key] = value
    return merged


def _label(node: Json) -> str:
    """A type label: two positions with different labels are a retype."""
    name = _schema_ref(node)
    if name is not None:
        return f"ref:{name}"
    if "const" in node:
        return "const:" + json.dumps(node["const"], sort_keys=True)
    if "enum" in node:
        return "enum"
    if "anyOf" in node or "oneOf" in node or isinstance(node.get("type"), list):
        return "union"
    kind = node.get("type")
    if kind == "array" or "items" in node:
        return "array"
    if kind == "object" or "properties" in node or "additionalProperties" in node:
        return "object"
    if kind == "string" and node.get("format") in _FORMATS:
        return str(_FORMATS[node["format"]])
    return _PRIMITIVES.get(str(kind), "Any")


def _display(spec: _Spec, node: Json) -> str:
    """A Python-ish rendering of a schema's type, for messages."""
    name = _schema_ref(node)
    if name is not None:
        return spec.model_name(name)
    label = _label(node)
    if label == "array":
        items, _ = _normalize(spec, node.get("items"))
        return f"list[{_display(spec, items)}]"
    if label.startswith("const:"):
        return f"Literal[{label[6:]}]"
    if label == "union":
        return " | ".join(_display(spec, m) for m in _members(spec, node))
    return label


def _members(spec: _Spec, node: Json) -> list[Json]:
    raw = node.get("anyOf") or node.get("oneOf")
    if isinstance(raw, list):
        return [_normalize(spec, m)[0] for m in raw]
    return [{"type": t} for t in node.get("type") or []]


def _values(node: Json) -> list[str]:
    return [json.dumps(v) for v in node.get("enum") or []]
