"""The comparison behind spec_diff: ``_Differ`` walks operations, component schemas and
security of two ``_Spec``s and classifies each difference by ``_RULES``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from openapi_python_client.strings import pascal_case

from scripts.spec_model import (
    _FORMATS,
    _MAX_DEPTH,
    Json,
    _display,
    _label,
    _members,
    _normalize,
    _Op,
    _schema_ref,
    _Spec,
    _values,
    class_name,
    py_name,
)

Kind = Literal["breaking", "addition", "patch"]

BOTH = frozenset({"request", "response"})
_ORDER: dict[str, int] = {"breaking": 0, "addition": 1, "patch": 2}

# category: (kind when sent in a request, kind when received in a response)
_RULES: dict[str, tuple[Kind, Kind]] = {
    "field.added.required": ("breaking", "addition"),
    "field.added.optional": ("addition", "addition"),
    "field.removed": ("breaking", "breaking"),
    "field.required": ("breaking", "patch"),
    # The generated models type every required field ``X | Unset`` and decode a body without it
    # (drift, reported): a response field becoming optional changes nothing a caller sees.
    "field.optional": ("addition", "patch"),
    "nullable.added": ("addition", "breaking"),
    "nullable.removed": ("breaking", "patch"),
    "type.changed": ("breaking", "breaking"),
    "enum.added": ("addition", "breaking"),  # an Enum class raises ValueError on a new value
    # A Literal alias also admits any other value of its type and the models keep a new value
    # (drift, reported): old code keeps working, so a new response value is an addition.
    "enum.added.literal": ("addition", "addition"),
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
                    " (clients generated from the old spec keep them as strings and report "
                    "drift; code handling every value should handle them)"
                    if self.literal_enums
                    else f" (clients generated from the old spec raise {error} on them)"
                )
                if "response" in dirs
                else ""
            )
            self.emit(
                "enum.added.literal" if self.literal_enums else "enum.added",
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
