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

Usage: ``python scripts/arize_ts_to_openapi.py IN.ts [-o OUT.json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OPENAPI_VERSION = "3.0.3"
SPEC_VERSION = "2.0.0"
INFERRED = "x-evalclients-inferred"
ADDED_MARK = "discriminator enum property added by openapi-typescript"
REPLACED_MARK = " (enum property replaced by openapi-typescript)"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAM_LOCATIONS = ("query", "header", "path", "cookie")
KEYWORD_TYPES = ("string", "number", "boolean", "unknown", "never", "null", "undefined")


class TsParseError(ValueError):
    """The input uses TypeScript this converter does not understand."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


# --------------------------------------------------------------------------- tokenizer


@dataclass(frozen=True)
class Token:
    """One lexical token; ``kind`` is doc, ident, string, number or punct."""

    kind: str
    text: str
    line: int


PUNCTUATION = "{}[]()<>:;,|&?="


def tokenize(source: str) -> list[Token]:
    """Split the rendering into tokens, keeping ``/** ... */`` comments as ``doc`` tokens."""
    tokens: list[Token] = []
    i, line, n = 0, 1, len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise TsParseError(line, "unterminated comment")
            text = source[i : end + 2]
            if text.startswith("/**"):
                tokens.append(Token("doc", text, line))
            line += text.count("\n")
            i = end + 2
        elif source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            j = i + 1
            while j < n and source[j] != ch:
                if source[j] == "\\":
                    j += 1
                if source[j] == "\n":
                    raise TsParseError(line, "newline in string literal")
                j += 1
            if j >= n:
                raise TsParseError(line, "unterminated string literal")
            raw = source[i : j + 1]
            value = json.loads(raw) if ch == '"' else raw[1:-1]
            tokens.append(Token("string", value, line))
            i = j + 1
        elif ch.isdigit() or (ch == "-" and i + 1 < n and source[i + 1].isdigit()):
            j = i + 1
            while j < n and (source[j].isdigit() or source[j] in ".eE+-"):
                j += 1
            tokens.append(Token("number", source[i:j], line))
            i = j
        elif ch.isalpha() or ch in "_$":
            j = i + 1
            while j < n and (source[j].isalnum() or source[j] in "_$"):
                j += 1
            tokens.append(Token("ident", source[i:j], line))
            i = j
        elif ch in PUNCTUATION:
            tokens.append(Token("punct", ch, line))
            i += 1
        else:
            raise TsParseError(line, f"unexpected character {ch!r}")
    return tokens


# --------------------------------------------------------------------------- JSDoc


@dataclass
class Doc:
    """A parsed JSDoc comment as openapi-typescript writes it (see ``addJSDocComment``)."""

    plain: list[str] = field(default_factory=list)  # title / summary lines, in order
    format: str | None = None
    deprecated: bool = False
    description: str | None = None
    default: str | None = None
    examples: list[str] = field(default_factory=list)
    enum_type: str | None = None
    constant: bool = False
    line: int = 0


def parse_doc(text: str, line: int) -> Doc:
    """Parse ``/** ... */`` into its entries; continuation lines are indented by 4 spaces."""
    body = text[3:-2]
    if "\n" not in body:
        raw_lines = [body.strip()]
    else:
        raw_lines = []
        for raw in body.split("\n")[1:-1]:
            stripped = raw.lstrip()
            if not stripped.startswith("*"):
                raise TsParseError(line, "JSDoc line without leading '*'")
            raw_lines.append(stripped[2:] if stripped.startswith("* ") else stripped[1:])
    entries: list[str] = []
    for raw in raw_lines:
        if entries and (raw == "" or raw.startswith("    ")):
            entries[-1] += "\n" + raw[4:]
        else:
            entries.append(raw)
    doc = Doc(line=line)
    for entry in entries:
        entry = entry.replace("*\\/", "*/")
        tag, _, rest = entry.partition(" ")
        if tag == "@description":
            doc.description = rest
        elif tag == "@default":
            doc.default = rest
        elif tag == "@example":
            doc.examples.append(rest)
        elif tag == "@deprecated" and not rest:
            doc.deprecated = True
        elif tag == "@constant" and not rest:
            doc.constant = True
        elif tag == "@enum":
            match = re.fullmatch(r"\{([a-z|]+)\}", rest)
            if not match:
                raise TsParseError(line, f"cannot read @enum tag {rest!r}")
            doc.enum_type = match.group(1)
        elif entry.startswith("Format: "):
            doc.format = entry.removeprefix("Format: ")
        elif tag.startswith("@"):
            raise TsParseError(line, f"unknown JSDoc tag {tag}")
        else:
            doc.plain.append(entry)
    return doc


# --------------------------------------------------------------------------- type AST


@dataclass
class Keyword:
    name: str


@dataclass
class Literal:
    value: str | int | float | bool


@dataclass
class Ref:
    """``components["schemas"]["X"]`` or ``operations["x"]``: a root name and index keys."""

    root: str
    keys: tuple[str, ...]


@dataclass
class Generic:
    """``Omit<T, "k">`` or ``Record<K, V>``."""

    name: str
    args: list[TsType]


@dataclass
class Member:
    name: str
    type: TsType
    optional: bool
    readonly: bool
    doc: Doc | None
    line: int


@dataclass
class ObjectType:
    members: list[Member]
    index: TsType | None  # value type of ``[key: string]: T``
    index_name: str | None
    line: int

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)


@dataclass
class ArrayType:
    items: TsType


@dataclass
class Union:
    items: list[TsType]


@dataclass
class Intersection:
    items: list[TsType]


@dataclass
class Paren:
    inner: TsType


TsType = Keyword | Literal | Ref | Generic | ObjectType | ArrayType | Union | Intersection | Paren


# --------------------------------------------------------------------------- parser


class Parser:
    """Recursive-descent parser for the declarations openapi-typescript emits."""

    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.pos = 0

    def peek(self, offset: int = 0) -> Token | None:
        i = self.pos + offset
        return self.tokens[i] if i < len(self.tokens) else None

    def line(self) -> int:
        tok = self.peek()
        return tok.line if tok else (self.tokens[-1].line if self.tokens else 1)

    def at(self, text: str, kind: str = "punct") -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == kind and tok.text == text

    def expect(self, text: str, kind: str = "punct") -> Token:
        tok = self.peek()
        if tok is None or tok.kind != kind or tok.text != text:
            found = "end of input" if tok is None else repr(tok.text)
            raise TsParseError(self.line(), f"expected {text!r}, found {found}")
        self.pos += 1
        return tok

    def take(self, kind: str) -> Token:
        tok = self.peek()
        if tok is None or tok.kind != kind:
            raise TsParseError(self.line(), f"expected {kind}, found {tok.text if tok else 'EOF'}")
        self.pos += 1
        return tok

    def take_doc(self) -> Doc | None:
        doc = None
        while (tok := self.peek()) is not None and tok.kind == "doc":
            if doc is not None:
                raise TsParseError(tok.line, "two JSDoc comments on one declaration")
            doc = parse_doc(tok.text, tok.line)
            self.pos += 1
        return doc

    def parse_module(self) -> dict[str, TsType]:
        """Parse ``export interface X {...}`` and ``export type X = ...;`` declarations."""
        decls: dict[str, TsType] = {}
        while self.peek() is not None:
            self.take_doc()
            if self.peek() is None:
                break
            self.expect("export", "ident")
            if self.at("interface", "ident"):
                self.pos += 1
                name = self.take("ident").text
                decls[name] = self.parse_object()
            elif self.at("type", "ident"):
                self.pos += 1
                name = self.take("ident").text
                self.expect("=")
                decls[name] = self.parse_type()
                self.expect(";")
            else:
                raise TsParseError(self.line(), "expected 'interface' or 'type' after 'export'")
        return decls

    def parse_object(self) -> ObjectType:
        start = self.expect("{").line
        obj = ObjectType([], None, None, start)
        while not self.at("}"):
            doc = self.take_doc()
            line = self.line()
            if self.at("["):
                self.pos += 1
                obj.index_name = self.take("ident").text
                self.expect(":")
                self.expect("string", "ident")
                self.expect("]")
                self.expect(":")
                if obj.index is not None:
                    raise TsParseError(line, "two index signatures in one object")
                obj.index = self.parse_type()
                self.expect(";")
                continue
            readonly = False
            if self.at("readonly", "ident") and not self._next_is(":", "?"):
                readonly = True
                self.pos += 1
            tok = self.peek()
            if tok is None or tok.kind not in ("ident", "string", "number"):
                raise TsParseError(line, "expected a property name")
            self.pos += 1
            optional = self.at("?")
            if optional:
                self.pos += 1
            self.expect(":")
            obj.members.append(Member(tok.text, self.parse_type(), optional, readonly, doc, line))
            self.expect(";")
        self.expect("}")
        return obj

    def _next_is(self, *texts: str) -> bool:
        tok = self.peek(1)
        return tok is not None and tok.kind == "punct" and tok.text in texts

    def parse_type(self) -> TsType:
        items = [self.parse_intersection()]
        while self.at("|"):
            self.pos += 1
            items.append(self.parse_intersection())
        return items[0] if len(items) == 1 else Union(items)

    def parse_intersection(self) -> TsType:
        items = [self.parse_postfix()]
        while self.at("&"):
            self.pos += 1
            items.append(self.parse_postfix())
        return items[0] if len(items) == 1 else Intersection(items)

    def parse_postfix(self) -> TsType:
        base = self.parse_primary()
        while self.at("[") and self._next_is("]"):
            self.pos += 2
            base = ArrayType(base)
        return base

    def parse_primary(self) -> TsType:
        tok = self.peek()
        if tok is None:
            raise TsParseError(self.line(), "expected a type, found end of input")
        if tok.kind == "punct" and tok.text == "{":
            return self.parse_object()
        if tok.kind == "punct" and tok.text == "(":
            self.pos += 1
            inner = self.parse_type()
            self.expect(")")
            return Paren(inner)
        if tok.kind == "string":
            self.pos += 1
            return Literal(tok.text)
        if tok.kind == "number":
            self.pos += 1
            return Literal(json.loads(tok.text))
        if tok.kind != "ident":
            raise TsParseError(tok.line, f"unexpected {tok.text!r} where a type was expected")
        self.pos += 1
        if tok.text in ("true", "false"):
            return Literal(tok.text == "true")
        if tok.text in KEYWORD_TYPES:
            return Keyword(tok.text)
        if self.at("<"):
            self.pos += 1
            args = [self.parse_type()]
            while self.at(","):
                self.pos += 1
                args.append(self.parse_type())
            self.expect(">")
            return Generic(tok.text, args)
        keys: list[str] = []
        while self.at("[") and not self._next_is("]"):
            self.pos += 1
            keys.append(self.take("string").text)
            self.expect("]")
        if not keys:
            raise TsParseError(tok.line, f"unsupported type name {tok.text!r}")
        return Ref(tok.text, tuple(keys))


def parse_module(source: str) -> dict[str, TsType]:
    """Parse a whole openapi-typescript rendering into its top-level declarations."""
    return Parser(source).parse_module()


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
