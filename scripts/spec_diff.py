"""Diff two resolved OpenAPI 3.0/3.1 documents as seen by a user of the generated Python client.

CLI: ``python scripts/spec_diff.py OLD.json NEW.json [--format text|json|markdown]``.
Library (for ``make update-spec``): ``diff()``, ``bump_kind()``, ``bump_version()``,
``changelog_entry()``.

Every change has a kind: ``breaking`` (code written against the old generated client can fail),
``addition`` (new capability; old code keeps working) or ``patch`` (docs, validation hints, or
changes callers cannot observe). Schema rules are in ``_RULES``: one row per category, giving
the kind when the schema is sent (request) and when it is received (response). Component schemas
are compared once each; the operations that reach them (through ``$ref``s, transitively, in either
document) decide the direction and are named in the change; a component no operation reaches is
judged as if both sent and received. Operations match on method + path with parameter names
blanked, so a renamed path parameter shows as one parameter removed and one added. Python names
follow openapi-python-client 0.29.1 with this project's config (scripts/codegen/config.yaml:
``literal_enums: true``, ``field_prefix: field_``): modules ``api.<first tag>.<operationId>``,
models named by the schema title else key, inline models ``<Parent><Property>``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

Kind = Literal["breaking", "addition", "patch"]
Bump = Literal["major", "minor", "patch", "none"]
Json = dict[str, Any]

FIELD_PREFIX = "field_"  # openapi-python-client's default Config.field_prefix
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
BOTH = frozenset({"request", "response"})
_ORDER: dict[str, int] = {"breaking": 0, "addition": 1, "patch": 2}
_MAX_DEPTH = 64  # guards inlined non-component $refs against endless recursion

# category: (kind when sent in a request, kind when received in a response)
_RULES: dict[str, tuple[Kind, Kind]] = {
    "field.added.required": ("breaking", "addition"),
    "field.added.optional": ("addition", "addition"),
    "field.removed": ("breaking", "breaking"),
    "field.required": ("breaking", "patch"),
    "field.optional": ("addition", "breaking"),
    "nullable.added": ("addition", "breaking"),
    "nullable.removed": ("breaking", "patch"),
    "type.changed": ("breaking", "breaking"),
    "enum.added": ("addition", "breaking"),
    "enum.removed": ("breaking", "breaking"),  # an Enum class loses a member
    "enum.removed.literal": ("breaking", "patch"),  # a Literal alias narrows
    "union.added": ("addition", "breaking"),
    "union.removed": ("breaking", "patch"),
    "extra.closed": ("breaking", "breaking"),
    "extra.opened": ("addition", "addition"),
    "default.changed": ("patch", "patch"),
    "constraint.changed": ("patch", "patch"),
    "doc.changed": ("patch", "patch"),
    "deprecated.changed": ("patch", "patch"),
}
_CONSTRAINTS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "format",
)
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


@dataclass(frozen=True)
class Change:
    """One difference between the old and the new document."""

    kind: Kind
    category: str
    location: str
    message: str
    functions: tuple[str, ...] = ()  # generated modules, e.g. "api.experiments.create_experiment"
    model: str | None = None  # generated class, e.g. "ExperimentRun"
    attribute: str | None = None  # attribute of `model`, e.g. "output"

    def to_json(self) -> Json:
        """A JSON-ready dict."""
        data = asdict(self)
        data["functions"] = list(self.functions)
        return data


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


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True)
class _Ctx:
    where: str  # "ExperimentRun" or "createExperiment request body"
    sep: str  # between `where` and a path: "" for components, " " for operations
    directions: frozenset[str]
    functions: tuple[str, ...]


@dataclass(frozen=True)
class _At:
    """A position inside a schema, with the generator's naming state."""

    ctx: _Ctx
    path: str = ""
    model: str | None = None  # class owning the attribute at this position
    attr: str | None = None
    name: str = ""  # generator's property name here (for nested class names)
    parent: str = ""  # generator's parent_name here
    depth: int = 0

    @property
    def location(self) -> str:
        return self.ctx.where + (self.ctx.sep + self.path if self.path else "")

    def cls(self, node: Json) -> str:
        """Class the generator gives an inline object or enum at this position."""
        title = node.get("title") if isinstance(node.get("title"), str) else None
        base = title or self.name
        return class_name(f"{pascal_case(self.parent)}{pascal_case(base)}" if self.parent else base)

    def child(self, prop: str, owner: str) -> _At:
        return _At(
            self.ctx, f"{self.path}.{prop}", owner, py_name(prop), prop, owner, self.depth + 1
        )

    def inner(self, suffix: str, name: str, parent: str | None = None) -> _At:
        return _At(
            self.ctx,
            self.path + suffix,
            self.model,
            self.attr,
            name,
            self.parent if parent is None else parent,
            self.depth + 1,
        )


def _where(directions: frozenset[str]) -> str:
    if directions == BOTH:
        return "requests and responses"
    return "requests" if "request" in directions else "responses"


def _short(functions: Sequence[str], limit: int = 3) -> str:
    names = [f"`{f.rsplit('.', 1)[-1]}`" for f in functions[:limit]]
    more = f" and {len(functions) - limit} more" if len(functions) > limit else ""
    return ", ".join(names) + more


class _Differ:
    def __init__(self, old: _Spec, new: _Spec, literal_enums: bool) -> None:
        self.old, self.new = old, new
        self.literal_enums = literal_enums
        self.changes: list[Change] = []
        self.pairs: set[tuple[str, str]] = set()

    # -- emitting

    def emit(
        self,
        category: str,
        at: _At,
        text: str,
        *,
        model: str | None = None,
        attribute: str | None = None,
    ) -> None:
        rule = _RULES[category]
        kinds = [rule[0] if d == "request" else rule[1] for d in at.ctx.directions or BOTH]
        kind: Kind = min(kinds, key=lambda k: _ORDER[k])
        self.add(
            kind,
            category,
            at.location,
            text,
            at.ctx.functions,
            model if model is not None else at.model,
            attribute if attribute is not None or model is not None else at.attr,
        )

    def add(
        self,
        kind: Kind,
        category: str,
        location: str,
        text: str,
        functions: Sequence[str] = (),
        model: str | None = None,
        attribute: str | None = None,
    ) -> None:
        self.changes.append(
            Change(
                kind, category, location, f"{location}: {text}", tuple(functions), model, attribute
            )
        )

    # -- schemas

    def schema(self, old_raw: Any, new_raw: Any, at: _At) -> None:
        if at.depth > _MAX_DEPTH:
            return
        o, o_null = _normalize(self.old, old_raw)
        n, n_null = _normalize(self.new, new_raw)
        dirs = _where(at.ctx.directions)
        if o_null != n_null:
            if n_null:
                self.emit(
                    "nullable.added",
                    at,
                    f"may now be null in {dirs}"
                    + (" (code reading it can get None)" if "response" in dirs else ""),
                )
            else:
                self.emit("nullable.removed", at, f"no longer nullable in {dirs}")
        self.docs(o, n, at)
        o_label, n_label = _label(o), _label(n)
        o_ref, n_ref = _schema_ref(o), _schema_ref(n)
        if (
            o_ref
            and n_ref
            and o_ref != n_ref
            and (self.old.model_name(o_ref) == self.new.model_name(n_ref))
        ):
            # Another schema key, same generated class: compare the two shapes once.
            if (o_ref, n_ref) not in self.pairs:
                self.pairs.add((o_ref, n_ref))
                self.schema(
                    self.old.schemas.get(o_ref),
                    self.new.schemas.get(n_ref),
                    _At(at.ctx, at.path, at.model, at.attr, n_ref, "", at.depth + 1),
                )
            return
        if o_label != n_label:
            self.emit(
                "type.changed",
                at,
                f"type changed from {_display(self.old, o)} to {_display(self.new, n)} in {dirs}",
            )
            return
        if o_label == "object":
            self.object(o, n, at)
        elif o_label == "array":
            self.schema(o.get("items"), n.get("items"), at.inner("[]", f"{at.name}_item"))
        elif o_label == "enum":
            self.enum(o, n, at)
        elif o_label == "union":
            self.union(o, n, at)

    def docs(self, o: Json, n: Json, at: _At) -> None:
        if o.get("description") != n.get("description"):
            self.emit("doc.changed", at, "description changed")
        if bool(o.get("deprecated")) != bool(n.get("deprecated")):
            state = "now deprecated" if n.get("deprecated") else "no longer deprecated"
            self.emit("deprecated.changed", at, state)
        if o.get("default") != n.get("default"):
            self.emit(
                "default.changed",
                at,
                f"default changed from {o.get('default')!r} to {n.get('default')!r}",
            )
        keys = [
            k
            for k in _CONSTRAINTS
            if o.get(k) != n.get(k)
            and not (k == "format" and (o.get(k) in _FORMATS or n.get(k) in _FORMATS))
        ]
        if keys:
            self.emit("constraint.changed", at, "validation changed (" + ", ".join(keys) + ")")

    def object(self, o: Json, n: Json, at: _At) -> None:
        owner = at.cls(n)
        o_props: Json = o.get("properties") or {}
        n_props: Json = n.get("properties") or {}
        o_req, n_req = set(o.get("required") or []), set(n.get("required") or [])
        dirs = _where(at.ctx.directions)
        for prop in n_props:
            if prop not in o_props:
                req = prop in n_req
                word = "required" if req else "optional"
                self.emit(
                    f"field.added.{word}", at.child(prop, owner), f"new {word} field in {dirs}"
                )
        for prop in o_props:
            child = at.child(prop, owner)
            if prop not in n_props:
                self.emit("field.removed", child, f"field removed from {dirs}")
                continue
            if (prop in o_req) != (prop in n_req):
                if prop in n_req:
                    self.emit("field.required", child, f"now required in {dirs}")
                else:
                    self.emit(
                        "field.optional",
                        child,
                        f"now optional in {dirs}"
                        + (" (may be UNSET)" if "response" in dirs else ""),
                    )
            self.schema(o_props[prop], n_props[prop], child)
        o_extra, n_extra = o.get("additionalProperties", True), n.get("additionalProperties", True)
        if (o_extra is False) != (n_extra is False):
            if n_extra is False:
                self.emit(
                    "extra.closed",
                    at,
                    f"model `{owner}` no longer has "
                    "`additional_properties` (extra keys not allowed)",
                    model=owner,
                )
            else:
                self.emit(
                    "extra.opened",
                    at,
                    f"model `{owner}` now accepts extra keys (`additional_properties`)",
                    model=owner,
                )
        elif isinstance(o_extra, dict) and isinstance(n_extra, dict):
            self.schema(o_extra, n_extra, at.inner("{}", "AdditionalProperty", owner))

    def enum(self, o: Json, n: Json, at: _At) -> None:
        old_v, new_v = _values(o), _values(n)
        enum_cls = at.cls(n)
        added = [v for v in new_v if v not in old_v]
        removed = [v for v in old_v if v not in new_v]
        dirs = _where(at.ctx.directions)
        error = "TypeError" if self.literal_enums else "ValueError"
        if added:
            why = (
                (
                    f" (clients generated from the old spec raise {error} on them; code "
                    "handling every value must handle them)"
                )
                if "response" in dirs
                else ""
            )
            self.emit(
                "enum.added",
                at,
                f"enum `{enum_cls}` gained {', '.join(added)} in {dirs}" + why,
                model=enum_cls,
            )
        if removed:
            self.emit(
                "enum.removed.literal" if self.literal_enums else "enum.removed",
                at,
                f"enum `{enum_cls}` lost {', '.join(removed)} in {dirs}",
                model=enum_cls,
            )

    def union(self, o: Json, n: Json, at: _At) -> None:
        old_m = _keyed(self.old, _members(self.old, o))
        new_m = _keyed(self.new, _members(self.new, n))
        dirs = _where(at.ctx.directions)
        added = [k for k in new_m if k not in old_m]
        removed = [k for k in old_m if k not in new_m]
        sent, got = "request" in at.ctx.directions, "response" in at.ctx.directions
        if added:
            self.emit(
                "union.added",
                at,
                ("now also accepts " if sent else "may now also be ")
                + ", ".join(added)
                + f" in {dirs}"
                + (" (clients generated from the old spec fail to parse it)" if got else ""),
            )
        if removed:
            self.emit(
                "union.removed",
                at,
                ("no longer accepts " if sent else "can no longer be ")
                + ", ".join(removed)
                + f" in {dirs}",
            )
        for i, key in enumerate(new_m):
            if key in old_m:
                self.schema(old_m[key], new_m[key], at.inner(f"<{key}>", f"{at.name}_type_{i}"))

    # -- operations

    def operations(self) -> None:
        for key in sorted(self.old.ops.keys() | self.new.ops.keys()):
            o, n = self.old.ops.get(key), self.new.ops.get(key)
            if o is None and n is not None:
                self.add(
                    "addition",
                    "operation.added",
                    n.label,
                    f"new operation `{n.op_id}` → `{n.module}`",
                    [n.module],
                )
            elif n is None and o is not None:
                self.add(
                    "breaking",
                    "operation.removed",
                    o.label,
                    f"operation `{o.op_id}` removed; module `{o.module}` is gone",
                    [o.module],
                )
            elif o is not None and n is not None:
                self.operation(o, n)

    def operation(self, o: _Op, n: _Op) -> None:
        fn = [n.module]
        if o.name != n.name:
            self.add(
                "breaking",
                "operation.renamed",
                n.label,
                f"operationId `{o.op_id}` renamed to `{n.op_id}`: function module "
                f"`{o.module}` is now `{n.module}`",
                [o.module, n.module],
            )
        elif o.module != n.module:
            self.add(
                "breaking",
                "operation.moved",
                n.label,
                f"tag changed: module `{o.module}` moved to `{n.module}`",
                [o.module, n.module],
            )
        elif o.op_id != n.op_id:
            self.add(
                "patch",
                "operation.renamed",
                n.label,
                f"operationId `{o.op_id}` renamed to `{n.op_id}` (same Python name `{n.name}`)",
                fn,
            )
        for key in ("summary", "description"):
            if o.node.get(key) != n.node.get(key):
                self.add("patch", "doc.changed", n.label, f"{key} changed", fn)
        if bool(o.node.get("deprecated")) != bool(n.node.get("deprecated")):
            state = "now deprecated" if n.node.get("deprecated") else "no longer deprecated"
            self.add("patch", "deprecated.changed", n.label, state, fn)
        self.parameters(o, n)
        self.request_body(o, n)
        self.responses(o, n)
        if "security" in o.node or "security" in n.node:
            self.security(
                _alternatives(o.node.get("security", self.old.doc.get("security"))),
                _alternatives(n.node.get("security", self.new.doc.get("security"))),
                n.label,
                fn,
            )

    def parameters(self, o: _Op, n: _Op) -> None:
        fn = (n.module,)
        for key in [*o.params, *(k for k in n.params if k not in o.params)]:
            po, pn = o.params.get(key), n.params.get(key)
            where, name = f"{n.op_id} parameter `{key[1]}` ({key[0]})", py_name(key[1])
            if po is None and pn is not None:
                req = bool(pn.get("required"))
                self.add(
                    "breaking" if req else "addition",
                    "parameter.added",
                    where,
                    f"new {'required' if req else 'optional'} argument",
                    fn,
                    attribute=name,
                )
            elif pn is None and po is not None:
                self.add(
                    "breaking", "parameter.removed", where, "argument removed", fn, attribute=name
                )
            elif po is not None and pn is not None:
                if bool(po.get("required")) != bool(pn.get("required")):
                    req = bool(pn.get("required"))
                    self.add(
                        "breaking" if req else "addition",
                        "parameter.required" if req else "parameter.optional",
                        where,
                        f"argument now {'required' if req else 'optional'}",
                        fn,
                        attribute=name,
                    )
                if po.get("description") != pn.get("description"):
                    self.add(
                        "patch", "doc.changed", where, "description changed", fn, attribute=name
                    )
                ctx = _Ctx(where, " ", frozenset({"request"}), fn)
                self.schema(
                    po.get("schema"),
                    pn.get("schema"),
                    _At(ctx, attr=name, name=key[1], parent=n.name),
                )

    def request_body(self, o: _Op, n: _Op) -> None:
        bo = self.old.deref(o.node.get("requestBody"))
        bn = self.new.deref(n.node.get("requestBody"))
        where, fn = f"{n.op_id} request body", (n.module,)
        if not bo and not bn:
            return
        if not bo:
            req = bool(bn.get("required"))
            self.add(
                "breaking" if req else "addition",
                "body.added",
                where,
                f"`{n.name}` now takes {'a required' if req else 'an optional'} `body`",
                fn,
            )
            return
        if not bn:
            self.add("breaking", "body.removed", where, f"`{n.name}` no longer takes a `body`", fn)
            return
        if bool(bo.get("required")) != bool(bn.get("required")):
            req = bool(bn.get("required"))
            self.add(
                "breaking" if req else "addition",
                "body.required" if req else "body.optional",
                where,
                f"`body` of `{n.name}` is now {'required' if req else 'optional'}",
                fn,
            )
        ctx = _Ctx(where, " ", frozenset({"request"}), fn)
        self.content(
            bo.get("content") or {}, bn.get("content") or {}, ctx, "body", n.name, critical=True
        )

    def responses(self, o: _Op, n: _Op) -> None:
        ro: Json = o.node.get("responses") or {}
        rn: Json = n.node.get("responses") or {}
        fn = (n.module,)
        for code in [*ro, *(c for c in rn if c not in ro)]:
            where = f"{n.op_id} response {code}"
            success = str(code).startswith("2") or code == "default"
            if code not in ro:
                self.add("addition", "status.added", where, f"new status code {code}", fn)
            elif code not in rn:
                self.add(
                    "breaking" if success else "patch",
                    "status.removed",
                    where,
                    f"status code {code} removed",
                    fn,
                )
            else:
                ctx = _Ctx(where, " ", frozenset({"response"}), fn)
                self.content(
                    self.old.deref(ro[code]).get("content") or {},
                    self.new.deref(rn[code]).get("content") or {},
                    ctx,
                    f"response_{code}",
                    n.name,
                    critical=success,
                )

    def content(
        self, co: Json, cn: Json, ctx: _Ctx, name: str, parent: str, critical: bool
    ) -> None:
        for media in [*co, *(m for m in cn if m not in co)]:
            if media not in co:
                self.add(
                    "addition",
                    "content_type.added",
                    ctx.where,
                    f"content type {media} added",
                    ctx.functions,
                )
            elif media not in cn:
                self.add(
                    "breaking" if critical else "patch",
                    "content_type.removed",
                    ctx.where,
                    f"content type {media} removed",
                    ctx.functions,
                )
            else:
                self.schema(
                    (co[media] or {}).get("schema"),
                    (cn[media] or {}).get("schema"),
                    _At(ctx, name=name, parent=parent),
                )

    # -- components, once each

    def components(self) -> None:
        usage: dict[str, set[tuple[str, str]]] = {}
        for spec in (self.old, self.new):
            for name, uses in spec.usage().items():
                usage.setdefault(name, set()).update(uses)
        names = [*self.old.schemas, *(s for s in self.new.schemas if s not in self.old.schemas)]
        old_classes = {
            self.old.model_name(k): k
            for k in self.old.schemas
            if k not in self.new.schemas and self.old.has_model(k)
        }
        new_classes = {
            self.new.model_name(k): k
            for k in self.new.schemas
            if k not in self.old.schemas and self.new.has_model(k)
        }
        for name in names:
            uses = usage.get(name, set())
            dirs = frozenset(d for d, _ in uses) or BOTH
            fns = tuple(sorted({f for _, f in uses}))
            ctx = _Ctx(name, "", dirs, fns)
            model = self.new.model_name(name) if self.new.has_model(name) else None
            at = _At(ctx, model=model, name=name)
            if name not in self.new.schemas:
                cls = self.old.model_name(name)
                has_class = self.old.has_model(name)
                if has_class and cls in new_classes:
                    self.add(
                        "patch",
                        "model.rekeyed",
                        name,
                        f"schema now named `{new_classes[cls]}`; model `{cls}` keeps its name",
                        fns,
                        cls,
                    )
                else:
                    self.add(
                        "breaking" if has_class else "patch",
                        "model.removed",
                        name,
                        f"schema removed (model `{cls}` is gone)"
                        if has_class
                        else "schema removed",
                        fns,
                        cls if has_class else None,
                    )
            elif name not in self.old.schemas:
                cls = self.new.model_name(name)
                if not self.new.has_model(name):
                    self.add("addition", "model.added", name, "new schema", fns)
                elif cls not in old_classes:  # else reported as model.rekeyed
                    self.add(
                        "addition", "model.added", name, f"new schema (model `{cls}`)", fns, cls
                    )
            else:
                old_cls, new_cls = self.old.model_name(name), self.new.model_name(name)
                if old_cls != new_cls and self.new.has_model(name):
                    self.add(
                        "breaking",
                        "model.renamed",
                        name,
                        f"model `{old_cls}` renamed to `{new_cls}` (title changed)",
                        fns,
                        new_cls,
                    )
                before = len(self.changes)
                self.schema(self.old.schemas[name], self.new.schemas[name], at)
                if fns and len(self.changes) > before:
                    for i in range(before, len(self.changes)):
                        c = self.changes[i]
                        self.changes[i] = Change(
                            c.kind,
                            c.category,
                            c.location,
                            f"{c.message} — affects {_short(fns)}",
                            c.functions,
                            c.model,
                            c.attribute,
                        )

    # -- auth

    def auth(self) -> None:
        so: Json = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        sn: Json = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name in [*so, *(s for s in sn if s not in so)]:
            where = f"security scheme `{name}`"
            if name not in sn:
                self.add("breaking", "auth.scheme.removed", where, "security scheme removed")
            elif name not in so:
                self.add("addition", "auth.scheme.added", where, "new security scheme")
            else:
                a, b = self.old.deref(so[name]), self.new.deref(sn[name])
                strip = ("description",)
                if {k: v for k, v in a.items() if k not in strip} != {
                    k: v for k, v in b.items() if k not in strip
                }:
                    self.add(
                        "breaking",
                        "auth.scheme.changed",
                        where,
                        f"changed from {_scheme(a)} to {_scheme(b)}",
                    )
                elif a != b:
                    self.add("patch", "doc.changed", where, "description changed")
        self.security(
            _alternatives(self.old.doc.get("security")),
            _alternatives(self.new.doc.get("security")),
            "global security",
            (),
        )

    def security(
        self,
        old: set[frozenset[str]],
        new: set[frozenset[str]],
        where: str,
        functions: Sequence[str],
    ) -> None:
        if old == new:
            return
        kind: Kind = "addition" if new >= old or frozenset() in new else "breaking"
        self.add(
            kind,
            "auth.changed",
            where,
            f"security requirement changed from {_render_alts(old)} to {_render_alts(new)}",
            functions,
        )


def _keyed(spec: _Spec, members: list[Json]) -> dict[str, Json]:
    out: dict[str, Json] = {}
    for member in members:
        key = _display(spec, member)
        if key in out:
            key = f"{key}#{len(out)}"
        out[key] = member
    return out


def _alternatives(security: Any) -> set[frozenset[str]]:
    if not isinstance(security, list) or not security:
        return {frozenset()}
    return {frozenset(req) for req in security if isinstance(req, dict)}


def _render_alts(alts: set[frozenset[str]]) -> str:
    parts = sorted(" + ".join(sorted(a)) if a else "none" for a in alts)
    return " or ".join(parts)


def _scheme(s: Json) -> str:
    bits = [str(s.get(k)) for k in ("type", "scheme", "in", "name") if s.get(k)]
    return "/".join(bits) or "?"


# --------------------------------------------------------------------------- public API


def diff(old: Json, new: Json, *, literal_enums: bool = True) -> list[Change]:
    """All changes from ``old`` to ``new`` (resolved OpenAPI 3.x dicts), most severe first.

    ``literal_enums`` mirrors the generator option (scripts/codegen/config.yaml sets it): enums
    are ``Literal`` aliases checked with TypeError; with False they are Enum classes (ValueError).
    """
    differ = _Differ(_Spec(old), _Spec(new), literal_enums)
    differ.operations()
    differ.components()
    differ.auth()
    unique = dict.fromkeys(differ.changes)
    return sorted(
        unique, key=lambda c: (_ORDER[c.kind], c.category.startswith("doc"), c.location, c.category)
    )


def bump_kind(changes: Iterable[Change]) -> Bump:
    """major if anything breaks, minor for additions, patch for the rest, none if no changes."""
    kinds = {c.kind for c in changes}
    if "breaking" in kinds:
        return "major"
    if "addition" in kinds:
        return "minor"
    return "patch" if kinds else "none"


def bump_version(version: str, kind: Bump) -> str:
    """Plain semver X.Y.Z bump. Pre-1.0 is not special: a breaking change to 0.4.2 gives 1.0.0."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version.strip())
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(g) for g in match.groups())
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    if kind == "patch":
        return f"{major}.{minor}.{patch + 1}"
    if kind == "none":
        return version.strip()
    raise ValueError(f"unknown bump kind {kind!r}")


def _python_names(change: Change) -> str:
    """Suffix for text output: the Python names a change touches."""
    names = []
    if change.model:
        names.append(
            f"`{change.model}.{change.attribute}`" if change.attribute else f"`{change.model}`"
        )
    elif (
        change.functions and " " in change.location and not change.category.startswith("operation.")
    ):
        names.append(f"`{change.functions[0]}`")
        if change.attribute:
            names.append(f"argument `{change.attribute}`")
    return f" (Python: {', '.join(names)})" if names else ""


def _subject(change: Change) -> str:
    """The Python name a change is about: model attribute, function argument or function."""
    if change.model:
        return f"{change.model}.{change.attribute}" if change.attribute else change.model
    if change.functions and " " in change.location:  # an operation-level change
        name = change.functions[-1].rsplit(".", 1)[-1]
        return f"{name}({change.attribute}=...)" if change.attribute else name
    return change.location


def _section_lines(changes: Sequence[Change]) -> Iterator[str]:
    new_models = [c.model for c in changes if c.category == "model.added" and c.model]
    docs = sorted({_subject(c) for c in changes if c.category == "doc.changed"})
    for change in changes:
        if change.category in ("model.added", "doc.changed"):
            continue
        text = change.message[len(change.location) + 2 :]
        where = (
            f" ({change.location})"
            if change.category.startswith(("operation.", "status.", "content_type."))
            else ""
        )
        yield f"- `{_subject(change)}`{where}: {text}"
    if new_models:
        yield "- New models: " + ", ".join(f"`{m}`" for m in new_models)
    if docs:
        yield "- Descriptions updated for: " + ", ".join(f"`{d}`" for d in docs)


def render_sections(changes: Sequence[Change]) -> str:
    """Markdown sections "Breaking changes", "New", "Fixes and docs"."""
    out: list[str] = []
    for title, kind in (
        ("Breaking changes", "breaking"),
        ("New", "addition"),
        ("Fixes and docs", "patch"),
    ):
        group = [c for c in changes if c.kind == kind]
        if group:
            out += [f"### {title}", "", *_section_lines(group), ""]
    return "\n".join(out) if out else "No API changes.\n"


def changelog_entry(
    vendor: str,
    old_version: str,
    new_version: str,
    changes: Sequence[Change],
    date: datetime.date | str,
) -> str:
    """A Markdown changelog entry for one regenerated vendor client."""
    day = date.isoformat() if isinstance(date, datetime.date) else date
    head = (
        f"## {vendor} {new_version} ({day})\n\nRegenerated from an updated API spec "
        f"(previous version {old_version}; {bump_kind(changes)} release).\n\n"
    )
    return head + render_sections(changes)


def render_text(changes: Sequence[Change]) -> str:
    """One line per change, with the Python names affected."""
    lines = [f"[{c.kind}] {c.message}{_python_names(c)}" for c in changes]
    counts = {k: sum(c.kind == k for c in changes) for k in _ORDER}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    return "\n".join([*lines, f"-- {summary}; bump: {bump_kind(changes)}"]) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument(
        "--enum-classes",
        action="store_true",
        help="classify for Enum classes (generator default) instead of the "
        "project's literal_enums: true",
    )
    args = parser.parse_args(argv)
    try:
        changes = diff(
            json.loads(args.old.read_text()),
            json.loads(args.new.read_text()),
            literal_enums=not args.enum_classes,
        )
    except (OSError, ValueError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        payload = {"bump": bump_kind(changes), "changes": [c.to_json() for c in changes]}
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(render_sections(changes))
    else:
        sys.stdout.write(render_text(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
