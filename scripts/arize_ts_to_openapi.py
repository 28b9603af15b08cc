"""Rebuild an OpenAPI 3.0.3 document from Arize AX's openapi-typescript (7.x) rendering.

Arize publishes no OpenAPI file; its JS client ships ``src/__generated__/api/v2.ts``, rendered by
openapi-typescript (``--empty-objects-unknown=true --default-non-nullable=false``). This module
reads that TypeScript subset with a small tokenizer and recursive-descent parser and inverts the
rendering rules of openapi-typescript 7 (``transform/schema-object``, ``lib/utils`` discriminator
patching, ``addJSDocComment``).

OpenAPI 3.0.3 is emitted because the rendering shows 3.0 idioms: ``Omit<X, "p"> | null`` only
arises from ``allOf: [$ref] + nullable``, and described references are ``allOf``-wrapped.
What the rendering cannot show (integer vs number, min/max, parameter schema details, servers,
security) is not invented here; servers and security live in ``specs/arize/overlay.yaml``.

The TypeScript reading (tokenizer, JSDoc, parser) is in ``scripts/ts_rendering.py``.

Usage: ``python scripts/arize_ts_to_openapi.py IN.ts [-o OUT.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# Run as a file (python scripts/arize_ts_to_openapi.py): make the `scripts` package importable.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

# Re-exported: the parser and its AST (tests and callers use them through this module).
from scripts.ts_rendering import (  # noqa: E402
    KEYWORD_TYPES,
    PUNCTUATION,
    ArrayType,
    Doc,
    Generic,
    Intersection,
    Keyword,
    Literal,
    Member,
    ObjectType,
    Paren,
    Parser,
    Ref,
    Token,
    TsParseError,
    TsType,
    Union,
    parse_doc,
    parse_module,
    tokenize,
)

OPENAPI_VERSION = "3.0.3"
SPEC_VERSION = "2.0.0"
INFERRED = "x-evalclients-inferred"
ADDED_MARK = "discriminator enum property added by openapi-typescript"
REPLACED_MARK = " (enum property replaced by openapi-typescript)"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAM_LOCATIONS = ("query", "header", "path", "cookie")

__all__ = [
    "ADDED_MARK",
    "HTTP_METHODS",
    "INFERRED",
    "KEYWORD_TYPES",
    "OPENAPI_VERSION",
    "PARAM_LOCATIONS",
    "PUNCTUATION",
    "REPLACED_MARK",
    "SPEC_VERSION",
    "ArrayType",
    "Doc",
    "DocumentBuilder",
    "Generic",
    "Intersection",
    "Keyword",
    "Literal",
    "Member",
    "ObjectType",
    "Paren",
    "Parser",
    "Ref",
    "SchemaConverter",
    "Token",
    "TsParseError",
    "TsType",
    "Union",
    "apply_doc",
    "convert",
    "dump",
    "main",
    "parse_doc",
    "parse_module",
    "restore_discriminators",
    "settle_wrappers",
    "tokenize",
]


# --------------------------------------------------------------------------- schemas


def _unparen(t: TsType) -> TsType:
    while isinstance(t, Paren):
        t = t.inner
    return t


def _component_ref(t: TsType, section: str, line: int) -> str:
    if not (isinstance(t, Ref) and t.root == "components" and len(t.keys) == 2):
        raise TsParseError(line, f"expected components[{section!r}][...] reference")
    if t.keys[0] != section:
        raise TsParseError(line, f"expected a {section} reference, got {t.keys[0]}")
    return f"#/components/{section}/{t.keys[1]}"


def _doc_value(text: str, schema: dict[str, Any]) -> Any:
    """Undo ``String(value)`` / ``JSON.stringify(value, null, 2)`` for default and example."""
    if schema.get("type") == "string":
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


class SchemaConverter:
    """Turns TypeScript types back into OpenAPI 3.0 schema objects."""

    def __init__(self) -> None:
        self.omitted: dict[str, set[str]] = {}  # $ref -> properties dropped with Omit<>

    def convert(self, t: TsType, line: int) -> dict[str, Any]:
        t = _unparen(t)
        if isinstance(t, Union):
            return self._union(t, line)
        if isinstance(t, Intersection):
            return self._intersection(t, line)
        if isinstance(t, Keyword):
            if t.name == "string":
                return {"type": "string"}
            if t.name == "number":
                return {"type": "number"}
            if t.name == "boolean":
                return {"type": "boolean"}
            if t.name == "unknown":
                return {}
            raise TsParseError(line, f"type {t.name!r} cannot be a schema here")
        if isinstance(t, Literal):
            return self._enum([t], line)
        if isinstance(t, Ref):
            return {"$ref": _component_ref(t, "schemas", line)}
        if isinstance(t, ArrayType):
            return {"type": "array", "items": self.convert(t.items, line)}
        if isinstance(t, Generic):
            return self._generic(t, line)
        if isinstance(t, ObjectType):
            return self._object(t)
        raise TsParseError(line, f"unsupported type {type(t).__name__}")

    def _generic(self, t: Generic, line: int) -> dict[str, Any]:
        if t.name == "Record" and len(t.args) == 2:
            key, value = (_unparen(a) for a in t.args)
            if key == Keyword("string") and value == Keyword("unknown"):
                return {"type": "object"}  # an object schema without properties
        if t.name == "Omit" and len(t.args) == 2:
            target, key = (_unparen(a) for a in t.args)
            if isinstance(key, Literal) and isinstance(key.value, str):
                ref = _component_ref(target, "schemas", line)
                self.omitted.setdefault(ref, set()).add(key.value)
                return {"allOf": [{"$ref": ref}]}
        raise TsParseError(line, f"unsupported generic {t.name}<...>")

    def _enum(self, items: list[TsType], line: int) -> dict[str, Any]:
        values: list[Any] = []
        for item in items:
            item = _unparen(item)
            if not isinstance(item, Literal):
                raise TsParseError(line, "enum unions must contain literals only")
            values.append(item.value)
        kinds = {type(v) for v in values}
        if kinds == {str}:
            return {"type": "string", "enum": values}
        if kinds <= {int, float}:
            return {"type": "number", "enum": values}
        if kinds == {bool}:
            return {"type": "boolean", "enum": values}
        raise TsParseError(line, "mixed literal types in an enum")

    def _union(self, t: Union, line: int) -> dict[str, Any]:
        items = [_unparen(i) for i in t.items]
        nullable = Keyword("null") in items
        items = [i for i in items if i != Keyword("null")]
        if not items:
            raise TsParseError(line, "a union of null only")
        if all(isinstance(i, Literal) for i in items):
            schema = self._enum(items, line)
        elif len(items) == 1:
            schema = self.convert(items[0], line)
        else:
            schema = {"oneOf": [self.convert(i, line) for i in items]}
        if nullable:
            schema = _with_siblings(schema)
            schema["nullable"] = True
        return schema

    def _intersection(self, t: Intersection, line: int) -> dict[str, Any]:
        parts = [_unparen(i) for i in t.items]
        one_of: list[dict[str, Any]] | None = None
        if isinstance(t.items[-1], Paren) and isinstance(parts[-1], Union):
            one_of = [self.convert(i, line) for i in parts[-1].items]
            parts = parts[:-1]
        first = parts[0]
        index_only = [p for p in parts[1:] if isinstance(p, ObjectType) and _is_index_only(p)]
        schema: dict[str, Any]
        if len(parts) == 2 and isinstance(first, ObjectType) and index_only:
            schema = self._object(first)
            schema["additionalProperties"] = self._additional(index_only[0])
        elif len(parts) == 1 and isinstance(first, ObjectType):
            schema = self._object(first)
        elif len(parts) == 1:
            schema = {"allOf": [self.convert(first, line)]}
        else:
            schema = {"allOf": [self.convert(p, line) for p in parts]}
        if one_of is not None:
            schema["oneOf"] = one_of
        return schema

    def _additional(self, obj: ObjectType) -> Any:
        assert obj.index is not None
        value = _unparen(obj.index)
        return True if value == Keyword("unknown") else self.convert(value, obj.line)

    def _object(self, obj: ObjectType) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for m in obj.members:
            prop = self.convert(m.type, m.line)
            if m.readonly:
                prop = _with_siblings(prop)
                prop["readOnly"] = True
            if m.doc is not None:
                prop = apply_doc(prop, m.doc)
            properties[m.name] = prop
            if not m.optional:
                required.append(m.name)
        if properties:
            schema["properties"] = properties
        if required:
            schema["required"] = required
        if obj.index is not None:
            schema["additionalProperties"] = self._additional(obj)
        if not properties and obj.index is None:
            raise TsParseError(obj.line, "empty object literal")
        return schema


def _is_index_only(obj: ObjectType) -> bool:
    return not obj.members and obj.index is not None


WRAPPED = "x-wrapped-ref"  # transient: an allOf wrapper made for siblings, not from Omit<>


def _with_siblings(schema: dict[str, Any]) -> dict[str, Any]:
    """A bare ``$ref`` gets keywords beside it only through an ``allOf`` wrapper (OpenAPI 3.0)."""
    return {"allOf": [schema], WRAPPED: True} if "$ref" in schema else schema


def settle_wrappers(node: Any, schemas: dict[str, Any]) -> None:
    """Drop the transient wrapper marks; unwrap those around discriminated schemas.

    openapi-typescript renders ``allOf: [$ref X]`` as ``Omit<X, "p">`` when X has a
    discriminator, so a plain ``X`` with JSDoc there means the upstream put the keywords
    beside the ``$ref`` itself.
    """
    if isinstance(node, list):
        for item in node:
            settle_wrappers(item, schemas)
        return
    if not isinstance(node, dict):
        return
    if node.pop(WRAPPED, False):
        target = node["allOf"][0]["$ref"].rsplit("/", 1)[-1]
        if "discriminator" in schemas.get(target, {}) and "nullable" not in node:
            node["$ref"] = node.pop("allOf")[0]["$ref"]
    for value in node.values():
        settle_wrappers(value, schemas)


def apply_doc(schema: dict[str, Any], doc: Doc, *, title: bool = True) -> dict[str, Any]:
    """Attach JSDoc facts (title, format, deprecated, description, default, example)."""
    has_facts = bool(doc.plain or doc.format or doc.deprecated or doc.description is not None)
    if has_facts or doc.default is not None or doc.examples:
        schema = _with_siblings(schema)
    if doc.constant:
        raise TsParseError(doc.line, "@constant (const) is not expressible in OpenAPI 3.0")
    if doc.enum_type is not None and "enum" not in schema:
        raise TsParseError(doc.line, "@enum tag on a type that is not a literal union")
    if doc.plain:
        if not title or len(doc.plain) != 1:
            raise TsParseError(doc.line, f"unexpected untagged JSDoc text {doc.plain!r}")
        schema["title"] = doc.plain[0]
    if doc.format is not None:
        schema["format"] = doc.format
        if schema.get("type") == "number" and doc.format in ("int32", "int64"):
            schema["type"] = "integer"
    if doc.deprecated:
        schema["deprecated"] = True
    if doc.description is not None:
        schema["description"] = doc.description
    if doc.default is not None:
        schema["default"] = _doc_value(doc.default, schema)
    if len(doc.examples) > 1:
        raise TsParseError(doc.line, "several @example tags (schema `examples`) need OpenAPI 3.1")
    if doc.examples:
        schema["example"] = _doc_value(doc.examples[0], schema)
    return schema


# --------------------------------------------------------------------------- discriminators


def _marker(prop: dict[str, Any]) -> tuple[str, str | None] | None:
    """Recognise a discriminator property patched in by openapi-typescript."""
    description = prop.get("description")
    if prop.get("type") != "string" or len(prop.get("enum", [])) != 1:
        return None
    if description == ADDED_MARK:
        return prop["enum"][0], None
    if isinstance(description, str) and description.endswith(REPLACED_MARK):
        return prop["enum"][0], description.removesuffix(REPLACED_MARK)
    return None


def restore_discriminators(schemas: dict[str, Any], omitted: dict[str, set[str]]) -> int:
    """Undo openapi-typescript's discriminator patches; return how many discriminators are set.

    openapi-typescript writes the mapping value of every ``oneOf`` member into the member's
    discriminator property (``scanDiscriminators``/``patchDiscriminatorEnum``): in place for
    object schemas, as an extra ``allOf`` item otherwise. The union gets back a
    ``discriminator`` with that mapping; the member gets back a plain string property.
    """
    found = 0
    for name, schema in schemas.items():
        members = schema.get("oneOf", [])
        if not members or not all("$ref" in m for m in members):
            continue
        mapping: dict[str, str] = {}
        prop_names: set[str] = set()
        for member in members:
            target = schemas.get(member["$ref"].rsplit("/", 1)[-1], {})
            hit = _find_marker(target)
            if hit is None:
                break
            prop_names.add(hit[0])
            mapping[hit[1]] = member["$ref"]
        else:
            if len(prop_names) == 1:
                schema["discriminator"] = {"propertyName": prop_names.pop(), "mapping": mapping}
                found += 1
        ref = f"#/components/schemas/{name}"
        if ref in omitted and "discriminator" not in schema:
            raise ValueError(f"Omit<> of {name} but no discriminator could be rebuilt for it")
    for schema in schemas.values():
        _strip_marker(schema)
    return found


def _find_marker(schema: dict[str, Any]) -> tuple[str, str] | None:
    props = schema.get("properties", {})
    if "allOf" in schema:
        props = schema["allOf"][-1].get("properties", {})
    for prop_name, prop in props.items():
        hit = _marker(prop)
        if hit is not None:
            return prop_name, hit[0]
    return None


def _strip_marker(schema: dict[str, Any]) -> None:
    if "allOf" in schema:
        last = schema["allOf"][-1]
        props = last.get("properties", {})
        if len(props) == 1 and _marker(next(iter(props.values()))) is not None:
            (prop_name,) = props
            if last.get("required") == [prop_name] and _marker(props[prop_name]) is not None:
                schema["allOf"].pop()
        return
    for prop_name, prop in schema.get("properties", {}).items():
        hit = _marker(prop)
        if hit is None:
            continue
        restored: dict[str, Any] = {
            "type": "string",
            INFERRED: "discriminator property; openapi-typescript replaced its schema with the "
            "mapping value, the original type is not visible in the rendering",
        }
        if hit[1] is not None:
            restored["description"] = hit[1]
        schema["properties"][prop_name] = restored


# --------------------------------------------------------------------------- document


def _as_object(t: TsType, what: str, line: int) -> ObjectType:
    t = _unparen(t)
    if not isinstance(t, ObjectType):
        raise TsParseError(line, f"expected an object type for {what}")
    return t


def _is_never(t: TsType) -> bool:
    return _unparen(t) == Keyword("never")


class DocumentBuilder:
    """Assembles the OpenAPI document from the parsed ``paths``/``components``/``operations``."""

    def __init__(self, decls: dict[str, TsType]) -> None:
        for name in ("paths", "components", "operations"):
            if name not in decls:
                raise TsParseError(1, f"missing declaration {name!r}")
        self.decls = decls
        self.schemas = SchemaConverter()
        self.param_usage: dict[str, dict[str, Any]] = {}
        self.body_required: dict[str, bool] = {}

    def build(self) -> dict[str, Any]:
        components = _as_object(self.decls["components"], "components", 1)
        operations = _as_object(self.decls["operations"], "operations", 1)
        ops = {m.name: m for m in operations.members}
        paths = self._paths(_as_object(self.decls["paths"], "paths", 1), ops)
        comps = self._components(components)
        restore_discriminators(comps.get("schemas", {}), self.schemas.omitted)
        settle_wrappers([paths, comps], comps.get("schemas", {}))
        tags = sorted({t for item in paths.values() for op in item.values() for t in op["tags"]})
        return {
            "openapi": OPENAPI_VERSION,
            "info": {
                "title": "Arize AX REST API",
                "version": SPEC_VERSION,
                "description": "Rebuilt by scripts/arize_ts_to_openapi.py from the "
                "openapi-typescript rendering in Arize's JS client (src/__generated__/api/v2.ts).",
                INFERRED: "title and description: the rendering carries no info object",
            },
            "tags": [
                {"name": t, INFERRED: "openapi-typescript renders no tags; first path segment"}
                for t in tags
            ],
            "paths": paths,
            "components": comps,
        }

    # paths and operations ------------------------------------------------------

    def _paths(self, paths: ObjectType, ops: dict[str, Member]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path_member in paths.members:
            item_type = _as_object(path_member.type, "a path item", path_member.line)
            item: dict[str, Any] = {}
            for m in item_type.members:
                if m.name == "parameters":
                    shared = self._parameters(_as_object(m.type, "parameters", m.line))
                    if shared:
                        raise TsParseError(m.line, "path-level parameters are not supported")
                    continue
                if m.name not in HTTP_METHODS:
                    raise TsParseError(m.line, f"unexpected path item key {m.name!r}")
                if _is_never(m.type):
                    continue
                ref = _unparen(m.type)
                if not (isinstance(ref, Ref) and ref.root == "operations" and len(ref.keys) == 1):
                    raise TsParseError(m.line, "inline operations without operationId")
                op_id = ref.keys[0]
                if op_id not in ops:
                    raise TsParseError(m.line, f"unknown operation {op_id!r}")
                item[m.name] = self._operation(op_id, ops[op_id], m.doc, path_member.name)
            out[path_member.name] = item
        return out

    def _operation(self, op_id: str, op: Member, doc: Doc | None, path: str) -> dict[str, Any]:
        body = _as_object(op.type, f"operation {op_id}", op.line)
        segments = [s for s in path.split("/") if s]
        tag = segments[1] if segments[:1] == ["v2"] and len(segments) > 1 else segments[0]
        result: dict[str, Any] = {
            "operationId": op_id,
            "tags": [tag],
            INFERRED: "tags: openapi-typescript renders none; taken from the first path "
            "segment after /v2",
        }
        if doc is not None:
            if len(doc.plain) > 1 or doc.format or doc.default or doc.examples or doc.enum_type:
                raise TsParseError(doc.line, "unexpected JSDoc content on an operation")
            if doc.plain:
                result["summary"] = doc.plain[0]
            if doc.description is not None:
                result["description"] = doc.description
            if doc.deprecated:
                result["deprecated"] = True
        for m in body.members:
            if m.name == "parameters":
                params = self._parameters(_as_object(m.type, "parameters", m.line))
                if params:
                    result["parameters"] = params
            elif m.name == "requestBody":
                if not _is_never(m.type):
                    result["requestBody"] = self._request_body_use(m)
            elif m.name == "responses":
                resp = _as_object(m.type, "responses", m.line)
                result["responses"] = {r.name: self._response_use(r) for r in resp.members}
            else:
                raise TsParseError(m.line, f"unexpected operation key {m.name!r}")
        return result

    def _parameters(self, params: ObjectType) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for loc in params.members:
            if loc.name not in PARAM_LOCATIONS:
                raise TsParseError(loc.line, f"unknown parameter location {loc.name!r}")
            if _is_never(loc.type):
                continue
            for p in _as_object(loc.type, "parameters", loc.line).members:
                required = loc.name == "path" or not p.optional
                target = _unparen(p.type)
                if isinstance(target, Ref) and target.keys[:1] == ("parameters",):
                    ref = _component_ref(target, "parameters", p.line)
                    usage = {"name": p.name, "in": loc.name, "required": required}
                    seen = self.param_usage.setdefault(ref, usage)
                    if seen != usage:
                        raise TsParseError(p.line, f"{ref} used as {usage} and as {seen}")
                    out.append({"$ref": ref})
                    continue
                param: dict[str, Any] = {"name": p.name, "in": loc.name}
                if required:
                    param["required"] = True
                param["schema"] = self.schemas.convert(p.type, p.line)
                out.append(self._param_doc(param, p.doc))
        return out

    def _param_doc(self, param: dict[str, Any], doc: Doc | None) -> dict[str, Any]:
        if doc is None:
            return param
        if doc.plain or doc.format or doc.default is not None or len(doc.examples) > 1:
            raise TsParseError(doc.line, "unexpected JSDoc content on a parameter")
        if doc.description is not None:
            param["description"] = doc.description
        if doc.deprecated:
            param["deprecated"] = True
        if doc.examples:
            param["example"] = _doc_value(doc.examples[0], param["schema"])
        return param

    def _request_body_use(self, m: Member) -> dict[str, Any]:
        target = _unparen(m.type)
        if isinstance(target, Ref):
            ref = _component_ref(target, "requestBodies", m.line)
            seen = self.body_required.setdefault(ref, not m.optional)
            if seen != (not m.optional):
                raise TsParseError(m.line, f"{ref} is used both as required and optional")
            return {"$ref": ref}
        body = self._request_body(_as_object(target, "a request body", m.line), m.doc)
        if not m.optional:
            body["required"] = True
        return body

    def _request_body(self, obj: ObjectType, doc: Doc | None) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if doc is not None and doc.description is not None:
            body["description"] = doc.description
        for m in obj.members:
            if m.name != "content":
                raise TsParseError(m.line, f"unexpected request body key {m.name!r}")
            body["content"] = self._content(_as_object(m.type, "content", m.line))
        return body

    def _response_use(self, m: Member) -> dict[str, Any]:
        target = _unparen(m.type)
        if isinstance(target, Ref):
            return {"$ref": _component_ref(target, "responses", m.line)}
        return self._response(_as_object(target, "a response", m.line), m.doc)

    def _response(self, obj: ObjectType, doc: Doc | None) -> dict[str, Any]:
        response: dict[str, Any] = {"description": ""}
        if doc is not None:
            if doc.plain or doc.format or doc.default is not None or doc.examples:
                raise TsParseError(doc.line, "unexpected JSDoc content on a response")
            response["description"] = doc.description or ""
        for m in obj.members:
            if m.name == "headers":
                headers = self._headers(_as_object(m.type, "headers", m.line))
                if headers:
                    response["headers"] = headers
            elif m.name == "content":
                if not _is_never(m.type):
                    response["content"] = self._content(_as_object(m.type, "content", m.line))
            else:
                raise TsParseError(m.line, f"unexpected response key {m.name!r}")
        return response

    def _headers(self, obj: ObjectType) -> dict[str, Any]:
        if obj.index is None or _unparen(obj.index) != Keyword("unknown"):
            raise TsParseError(obj.line, "response headers without [name: string]: unknown")
        out: dict[str, Any] = {}
        for m in obj.members:
            target = _unparen(m.type)
            if isinstance(target, Ref) and target.keys[:1] == ("headers",):
                out[m.name] = {"$ref": _component_ref(target, "headers", m.line)}
                continue
            out[m.name] = self._header(m)
        return out

    def _header(self, m: Member) -> dict[str, Any]:
        header: dict[str, Any] = {}
        if not m.optional:
            header["required"] = True
        header["schema"] = self.schemas.convert(m.type, m.line)
        return self._param_doc(header, m.doc)

    def _content(self, obj: ObjectType) -> dict[str, Any]:
        content: dict[str, Any] = {}
        for m in obj.members:
            media: dict[str, Any] = {}
            if _unparen(m.type) != Keyword("unknown"):
                media["schema"] = self.schemas.convert(m.type, m.line)
            if m.doc is not None:
                if m.doc.plain or m.doc.description is not None or len(m.doc.examples) > 1:
                    raise TsParseError(m.doc.line, "unexpected JSDoc content on a media type")
                if m.doc.examples:
                    media["example"] = _doc_value(m.doc.examples[0], media.get("schema", {}))
            content[m.name] = media
        return content

    # components ------------------------------------------------------------------

    def _components(self, comps: ObjectType) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for section in comps.members:
            if _is_never(section.type):
                continue
            entries = _as_object(section.type, section.name, section.line).members
            if section.name == "schemas":
                out["schemas"] = {m.name: self._schema_entry(m) for m in entries}
            elif section.name == "responses":
                out["responses"] = {
                    m.name: self._response(_as_object(m.type, "a response", m.line), m.doc)
                    for m in entries
                }
            elif section.name == "parameters":
                out["parameters"] = {m.name: self._component_param(m) for m in entries}
            elif section.name == "requestBodies":
                out["requestBodies"] = {m.name: self._component_body(m) for m in entries}
            elif section.name == "headers":
                out["headers"] = {m.name: self._component_header(m) for m in entries}
            else:
                raise TsParseError(section.line, f"unsupported components section {section.name}")
        return out

    def _schema_entry(self, m: Member) -> dict[str, Any]:
        schema = self.schemas.convert(m.type, m.line)
        return apply_doc(schema, m.doc) if m.doc is not None else schema

    def _component_param(self, m: Member) -> dict[str, Any]:
        ref = f"#/components/parameters/{m.name}"
        usage = self.param_usage.get(ref)
        param: dict[str, Any]
        if usage is None:
            location = "path" if m.name.endswith("PathParam") else "query"
            param = {
                "name": m.name,
                "in": location,
                INFERRED: "parameter unused by any operation: name and location are not "
                "rendered; guessed from the component name",
            }
            if location == "path":
                param["required"] = True
        else:
            param = {"name": usage["name"], "in": usage["in"]}
            if usage["required"]:
                param["required"] = True
        param["schema"] = self.schemas.convert(m.type, m.line)
        return self._param_doc(param, m.doc)

    def _component_body(self, m: Member) -> dict[str, Any]:
        body = self._request_body(_as_object(m.type, "a request body", m.line), m.doc)
        if self.body_required.get(f"#/components/requestBodies/{m.name}", False):
            body["required"] = True
        return body

    def _component_header(self, m: Member) -> dict[str, Any]:
        header: dict[str, Any] = {"schema": self.schemas.convert(m.type, m.line)}
        return self._param_doc(header, m.doc)


def convert(ts_source: str) -> dict[str, Any]:
    """Convert an openapi-typescript 7 rendering of the Arize AX API into OpenAPI 3.0.3."""
    return DocumentBuilder(parse_module(ts_source)).build()


def dump(document: dict[str, Any]) -> str:
    """Deterministic JSON text: sorted keys, 2-space indent, trailing newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="openapi-typescript rendering (.ts)")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    try:
        text = dump(convert(args.source.read_text(encoding="utf-8")))
    except (TsParseError, ValueError) as exc:
        print(f"{args.source}: {exc}", file=sys.stderr)
        return 1
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
