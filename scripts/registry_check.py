"""Check a vendor's registry entry against its resolved spec (run by ``make regenerate``).

A registry path or parameter the spec does not have would otherwise fail only at run time
(a listing cut short after its first page, a ``TypeError`` on page two). Every problem names
the vendor, the operation and the path or parameter:

- pagination: each ``items``, ``next_cursor``, ``has_more``, ``total``, ``next`` and
  ``next_url`` path exists in the operation's 2xx JSON response schema (``$ref``, ``allOf``,
  ``oneOf`` and ``anyOf`` followed; a dotted path; ``''`` is the body itself), and the items
  path of an ``after_id`` listing leads to items with the ``item_id`` path. A list of paths
  names alternatives (casings, envelopes) and passes when one of them exists.
- every cursor, limit, page, size, after and offset parameter exists on the operation: in
  the query, or in the JSON request body for ``cursor_in = "body"``.
- the CLI's ``experiments`` and ``export`` and the named clients' helpers name registry
  operations and parameters those operations have; export field paths exist in an item,
  and so do the export's `dedupe` paths and a `run_keys` results source's run key (its
  operation: a paginated registry operation with its key and fixed parameters; its record
  paths exist in an item of that operation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Schema = dict[str, Any]

PARAM_KEYS = (
    "cursor_param",
    "limit_param",
    "page_param",
    "size_param",
    "after_param",
    "offset_param",
)
RESPONSE_PATHS = ("items", "next_cursor", "has_more", "total", "next", "next_url")


def deref(doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> list[Schema]:
    """``schema`` and every schema it stands for ($ref, allOf, oneOf, anyOf), flattened."""
    if not isinstance(schema, dict):
        return []
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen or not ref.startswith("#/"):
            return []
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        return deref(doc, target, seen | {ref})
    found = [schema]
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(key, []):
            found += deref(doc, branch, seen)
    return found


def schemas_at(doc: dict[str, Any], schema: Any, dotted: str) -> list[Schema]:
    """The schemas a dotted path leads to inside ``schema`` (empty: the path does not exist)."""
    current = deref(doc, schema)
    if dotted == "":
        return current
    for key in dotted.split("."):
        nxt: list[Schema] = []
        for candidate in current:
            prop = candidate.get("properties", {}).get(key)
            if prop is not None:
                nxt += deref(doc, prop) or [{}]
        if not nxt:
            return []
        current = nxt
    return current


def item_schemas(doc: dict[str, Any], lists: list[Schema]) -> list[Schema]:
    """The item schemas of the array schemas among ``lists``."""
    items: list[Schema] = []
    for candidate in lists:
        if "items" in candidate:
            items += deref(doc, candidate["items"]) or [{}]
    return items


def response_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    """The JSON schema of the operation's first 2xx response (None if it has none)."""
    for status in sorted(op.get("responses", {})):
        if str(status).startswith("2"):
            response = deref(doc, op["responses"][status])[0]
            for media, body in response.get("content", {}).items():
                if "json" in media:
                    return body.get("schema", {})
    return None


def query_params(doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Names of the operation's query parameters (path-level ones included)."""
    names: set[str] = set()
    for param in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        resolved = deref(doc, param)
        if resolved and resolved[0].get("in") == "query":
            names.add(resolved[0]["name"])
    return names


def all_params(doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Names of every parameter of the operation (path, query, header) and body field."""
    names: set[str] = set()
    for param in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        resolved = deref(doc, param)
        if resolved:
            names.add(resolved[0]["name"])
    return names | body_fields(doc, op)


def date_time_params(
    doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> set[str]:
    """Names of the operation's parameters whose schema is a date-time string."""
    names: set[str] = set()
    for param in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        resolved = deref(doc, param)
        schemas = deref(doc, resolved[0].get("schema", {})) if resolved else []
        if any(s.get("format") == "date-time" for s in schemas):
            names.add(resolved[0]["name"])
    return names


def body_fields(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Top-level properties of the operation's JSON request body."""
    body = deref(doc, op.get("requestBody", {}))
    fields: set[str] = set()
    for media, content in (body[0].get("content", {}) if body else {}).items():
        if "json" in media:
            for schema in deref(doc, content.get("schema", {})):
                fields |= set(schema.get("properties", {}))
    return fields


def _paths(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def pagination_problems(
    vendor: str, name: str, spec: dict[str, Any], doc: dict[str, Any], found: tuple[Any, ...]
) -> list[str]:
    """What in an operation's ``pagination`` the spec does not have."""
    method, path, op = found
    where = f"{vendor}: {name} ({method} {path})"
    problems: list[str] = []
    schema = response_schema(doc, op)
    if schema is None:
        return [f"{where}: pagination declared, but the operation has no 2xx JSON response"]
    for key in RESPONSE_PATHS:
        if key not in spec:
            continue
        paths = _paths(spec[key])
        if not any(schemas_at(doc, schema, p) for p in paths):
            shown = " or ".join(repr(p) for p in paths)
            problems.append(f"{where}: pagination.{key} {shown} is not in the 2xx response schema")
    if spec.get("style") == "after_id":
        lists = [s for p in spec["items"] for s in schemas_at(doc, schema, p)]
        items = item_schemas(doc, lists)
        item_id = spec.get("item_id", "id")
        if items and not any(schemas_at(doc, item, item_id) for item in items):
            problems.append(f"{where}: pagination.item_id {item_id!r} is not in the item schema")
    path_item = doc["paths"][path]
    in_body = spec.get("cursor_in") == "body"
    query = query_params(doc, path_item, op)
    body = body_fields(doc, op)
    for key in PARAM_KEYS:
        if key not in spec:
            continue
        param = spec[key]
        body_key = in_body and key in ("cursor_param", "limit_param")
        if body_key and param not in body:
            problems.append(
                f"{where}: pagination.{key} {param!r} is not a field of the JSON request body"
            )
        elif not body_key and param not in query:
            problems.append(f"{where}: pagination.{key} {param!r} is not a query parameter")
    return problems


def entry_problems(
    vendor: str, entry: dict[str, Any], doc: dict[str, Any], ops: dict[str, tuple[Any, ...]]
) -> list[str]:
    """Every registry path or parameter of ``entry`` that its resolved spec lacks."""
    problems: list[str] = []
    registry_ops = entry["operations"]
    for name, op_entry in registry_ops.items():
        if name in ops and op_entry.get("pagination"):
            pagination = op_entry["pagination"]
            problems += pagination_problems(vendor, name, pagination, doc, ops[name])

    def check_op(what: str, name: str, params: list[str]) -> bool:
        if name not in registry_ops or name not in ops:
            problems.append(f"{vendor}: {what} names {name!r}, not an operation of the registry")
            return False
        method, path, op = ops[name]
        known = all_params(doc, doc["paths"][path], op)
        problems.extend(
            f"{vendor}: {what}: {name} ({method} {path}) has no parameter {p!r}"
            for p in params
            if p not in known
        )
        return True

    listing = entry.get("experiments")
    if listing:
        params = [f["param"] for f in listing.get("filters", {}).values()]
        check_op("experiments", listing["operation"], params)
    exports = [("export", entry["export"])] if entry.get("export") else []
    exports += [(f"more_exports[{i}]", e) for i, e in enumerate(entry.get("more_exports", []))]
    if len(exports) > 1:
        problems.extend(
            f"{vendor}: {where}: needs an id_pattern (the vendor has several export sources)"
            for where, export in exports
            if "id_pattern" not in export
        )
    if entry.get("more_exports") and not entry.get("export"):
        problems.append(f"{vendor}: more_exports without export")
    results = (entry.get("results") or {}).get("evaluations")
    for where, export in exports:
        source = export.get("evaluations") or results
        problems += _export_problems(
            vendor, where, export, source, registry_ops, doc, ops, check_op
        )
    if results and results.get("source") == "run_keys":
        problems += _run_keys_problems(vendor, results, registry_ops, doc, ops, check_op)
    for helper, spec in entry.get("client", {}).get("helpers", {}).items():
        problems.extend(
            f"{vendor}: client.helpers.{helper}: defaults.{p} is not one of its params"
            for p in spec.get("defaults", {})
            if p not in spec.get("params", [])
        )
        if check_op(f"client.helpers.{helper}", spec["operation"], spec.get("params", [])):
            method, path, op = ops[spec["operation"]]
            fields = body_fields(doc, op)
            problems.extend(
                f"{vendor}: client.helpers.{helper}: {spec['operation']} ({method} {path}) has "
                f"no JSON body field {field!r}"
                for field in spec.get("body", [])
                if field not in fields
            )
    return problems


def _export_problems(
    vendor: str,
    where: str,
    export: dict[str, Any],
    source: dict[str, Any] | None,
    registry_ops: dict[str, Any],
    doc: dict[str, Any],
    ops: dict[str, tuple[Any, ...]],
    check_op: Callable[[str, str, list[str]], bool],
) -> list[str]:
    """One export source: its id pattern, parameters, field paths and evaluations source."""
    problems: list[str] = []
    try:
        re.compile(export.get("id_pattern", ""))
    except re.error as exc:
        problems.append(f"{vendor}: {where}.id_pattern is not a regular expression: {exc}")
    id_params = export.get("id_params") or [export["id_param"]]
    if export.get("id_params") and export["id_params"][0] != export["id_param"]:
        problems.append(f"{vendor}: {where}.id_params must start with id_param")
    params = [*id_params, *export.get("params", {})]
    if check_op(where, export["operation"], params):
        results = {"evaluations": source} if source else None
        found = _export_field_problems(vendor, export, registry_ops, doc, ops, results)
        found = [p.replace(": export", f": {where}", 1) for p in found]
        if "evaluations" in export:  # its own, not the vendor's results
            found = [p.replace("results.evaluations", f"{where}.evaluations") for p in found]
        problems += found
        _method, path, op = ops[export["operation"]]
        dated = date_time_params(doc, doc["paths"][path], op)
        problems.extend(
            f"{vendor}: {where}.params.{name}: a date-time parameter takes {{datetime = ...}}, "
            "others a scalar"
            for name, value in export.get("params", {}).items()
            if isinstance(value, dict) != (name in dated)
        )
    if "check_operation" in export:
        check_op(f"{where}.check_operation", export["check_operation"], id_params)
    if export.get("evaluations", {}).get("source") == "run_keys":
        what = f"{where}.evaluations"
        found = _run_keys_problems(vendor, export["evaluations"], registry_ops, doc, ops, check_op)
        problems += [p.replace("results.evaluations", what) for p in found]
    return problems


def _run_keys_problems(
    vendor: str,
    source: dict[str, Any],
    registry_ops: dict[str, Any],
    doc: dict[str, Any],
    ops: dict[str, tuple[Any, ...]],
    check_op: Callable[[str, str, list[str]], bool],
) -> list[str]:
    """A ``run_keys`` source: a paginated operation with its parameters and record paths."""
    name = source.get("operation", "")
    params = [source["key"]["param"], *source.get("params", {})]
    if not check_op("results.evaluations", name, params):
        return []
    pagination = registry_ops[name].get("pagination")
    if not pagination:
        return [f"{vendor}: results.evaluations: {name} declares no pagination"]
    method, path, op = ops[name]
    schema = response_schema(doc, op) or {}
    items = item_schemas(doc, [s for p in pagination["items"] for s in schemas_at(doc, schema, p)])
    record = source["key"]["record"]
    if any(schemas_at(doc, item, p) for item in items for p in record):
        return []
    shown = " or ".join(repr(p) for p in record)
    return [
        f"{vendor}: results.evaluations.key.record: {shown} is not in an item of "
        f"{name} ({method} {path})"
    ]


def _export_field_problems(
    vendor: str,
    export: dict[str, Any],
    registry_ops: dict[str, Any],
    doc: dict[str, Any],
    ops: dict[str, tuple[Any, ...]],
    entry_results: dict[str, Any] | None = None,
) -> list[str]:
    """Export field paths (and the paths results read in a run) that no item of the export
    operation's response has."""
    name = export["operation"]
    method, path, op = ops[name]
    schema = response_schema(doc, op)
    pagination = registry_ops[name].get("pagination") or {"items": [""]}
    lists = [s for p in pagination["items"] for s in schemas_at(doc, schema or {}, p)]
    items = item_schemas(doc, lists)
    if not items:
        return [f"{vendor}: export: {name} ({method} {path}) has no item schema to map fields from"]
    problems: list[str] = []

    def exists(schemas: list[Schema], paths: list[str]) -> bool:
        return any(schemas_at(doc, item, p) for item in schemas for p in paths)

    run_paths = [("export.where", export["where"]["path"])] if export.get("where") else []
    run_paths += [(f"export.dedupe.{k}", p) for k, p in (export.get("dedupe") or {}).items()]
    source = (entry_results or {}).get("evaluations") or {}
    if source.get("source") == "run_keys":
        run_paths.append(("results.evaluations.key.run", source["key"]["run"]))
    if source.get("source") == "run" and source.get("path"):
        run_paths.append(("results.evaluations.path", source["path"]))
    problems += [
        f"{vendor}: {what}: {dotted!r} is not in an item of {name} ({method} {path})"
        for what, dotted in run_paths
        if not exists(items, [dotted])
    ]
    for column, source in export["fields"].items():
        if isinstance(source, (str, list)):
            paths = _paths(source)
        elif "undeclared" in source:
            paths = []
            problems += _undeclared_problems(vendor, column, source["undeclared"], items, doc)
        elif "unix_seconds" in source:
            paths = [source["unix_seconds"]]
        elif "only" in source:
            paths = [source["path"]]
        else:
            paths = []
            for part in source["duration_ms"]:
                if not exists(items, [part]):
                    problems.append(f"{vendor}: export.fields.{column}: {part!r} is not in an item")
        if paths and not exists(items, paths):
            shown = " or ".join(repr(p) for p in paths)
            problems.append(
                f"{vendor}: export.fields.{column}: {shown} is not in an item of "
                f"{name} ({method} {path})"
            )
    return problems


def _undeclared_problems(
    vendor: str, column: str, dotted: str, items: list[Schema], doc: dict[str, Any]
) -> list[str]:
    """An ``undeclared`` path must be undeclared, inside an object admitting extra fields."""
    where = f"{vendor}: export.fields.{column}: undeclared {dotted!r}"
    if any(schemas_at(doc, item, dotted) for item in items):
        return [f"{where} is declared in the item schema: name it as a plain path"]
    parent, _, _ = dotted.rpartition(".")
    holders = [s for item in items for s in schemas_at(doc, item, parent)]
    if not any(s.get("additionalProperties", True) is not False for s in holders if s):
        return [f"{where}: the object holding it admits no additional properties"]
    return []
