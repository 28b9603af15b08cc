"""Compare Arize AX's two renderings of its private spec: where do they disagree?

The upstream is the Python SDK's openapi-generator client (``arize_py_to_openapi``); the JS
client's openapi-typescript rendering (``arize_ts_to_openapi``) stays as a cross-check. Each
disagreement gets a stable key; ``specs/arize/renderings-reviewed.yaml`` says, for every key,
why it is not a conversion error (tests/test_arize_renderings.py fails on an unreviewed key
and on a reviewed key that no longer occurs).

Compared: operations (present, method and path), parameters (present, location, required),
request bodies (present, required), and for every schema both renderings name: properties
(present), required, nullable, readOnly, types, enums and bounds. Two differences are the
TypeScript rendering's losses, not disagreements, and are not listed: ``integer`` there is
always ``number``, and it has no bounds (so bounds are compared only where both have them).
Schemas only one rendering names are listed by name, not field by field.

Usage: ``python -m scripts.arize_renderings`` prints the report for the registered files.
"""

from __future__ import annotations

import sys
from typing import Any

Schema = dict[str, Any]
BOUNDS: tuple[str, ...] = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
BOUNDS += ("minLength", "maxLength", "minItems", "maxItems", "pattern")


def _operations(doc: Schema) -> dict[str, tuple[str, str, Schema]]:
    ops = {}
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops[op["operationId"]] = (method, path, op)
    return ops


def _resolve(doc: Schema, node: Schema) -> Schema:
    while "$ref" in node and not node["$ref"].startswith("#/components/schemas/"):
        _, _, kind, name = node["$ref"].split("/", 3)
        node = doc["components"][kind][name]
    return node


def _unwrap(schema: Schema) -> tuple[Schema, bool]:
    """The schema without its null alternative, and whether it had one."""
    nullable = bool(schema.get("nullable"))
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and {"type": "null"} in members:
            rest = [m for m in members if m != {"type": "null"}]
            nullable = True
            schema = {**rest[0], **{k: v for k, v in schema.items() if k != key}}
            if len(rest) > 1:
                schema = {**schema, key: rest}
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        nullable = True
        rest = [k for k in kind if k != "null"]
        schema = {**schema, "type": rest[0] if len(rest) == 1 else rest}
    members = schema.get("allOf")
    if isinstance(members, list) and len(members) == 1:
        schema = {**members[0], **{k: v for k, v in schema.items() if k != "allOf"}}
    return schema, nullable


def shape(schema: Schema) -> str:
    """A short type description; integer counts as number (the TS rendering has no integer)."""
    schema, nullable = _unwrap(schema)
    if "$ref" in schema:
        text = str(schema["$ref"]).rsplit("/", 1)[-1]
    elif "oneOf" in schema or "anyOf" in schema:
        members = schema.get("oneOf") or schema.get("anyOf") or []
        text = "|".join(sorted(shape(m) for m in members))
    elif schema.get("type") == "array":
        text = f"array<{shape(schema.get('items', {}))}>"
    elif schema.get("type") == "object" and isinstance(schema.get("additionalProperties"), dict):
        text = f"map<{shape(schema['additionalProperties'])}>"
    else:
        kind = schema.get("type", "any")
        text = "number" if kind == "integer" else str(kind)
    return text + ("?" if nullable else "")


def _facets(schema: Schema) -> dict[str, Any]:
    inner, nullable = _unwrap(schema)
    facets: dict[str, Any] = {
        "type": shape({**inner, "nullable": False}),
        "nullable": nullable,
        "readOnly": bool(schema.get("readOnly") or inner.get("readOnly")),
    }
    if "enum" in inner:
        facets["enum"] = sorted(str(v) for v in inner["enum"] if v is not None)
    for bound in BOUNDS:
        if bound in inner:
            facets[bound] = inner[bound]
    return facets


def _inline_aliases(doc: Schema) -> Schema:
    """Replace references to named scalars (``Id``, ``Email``: a string with a description)
    by the scalar, as openapi-generator does: it never makes a class of one."""
    schemas = doc["components"]["schemas"]
    aliases = {
        f"#/components/schemas/{name}": {k: v for k, v in s.items() if k != "description"}
        for name, s in schemas.items()
        if s.get("type") in ("string", "number", "integer", "boolean")
        and "enum" not in s
        and "properties" not in s
    }

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref in aliases:
                return {**aliases[ref], **{k: v for k, v in node.items() if k != "$ref"}}
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out: Schema = walk(doc)
    return out


def disagreements(ts: Schema, py: Schema) -> dict[str, str]:
    """Every disagreement between the TS (3.0) and Python (3.1) documents: key -> detail."""
    found: dict[str, str] = {}
    ts = _inline_aliases(ts)
    ts_ops, py_ops = _operations(ts), _operations(py)
    for op_id in sorted(set(ts_ops) | set(py_ops)):
        if op_id not in py_ops:
            found[f"operation {op_id}"] = "only in the TypeScript rendering"
            continue
        if op_id not in ts_ops:
            found[f"operation {op_id}"] = "only in the Python rendering"
            continue
        (tm, tp, top), (pm, pp, pop) = ts_ops[op_id], py_ops[op_id]
        if (tm, tp) != (pm, pp):
            found[f"operation {op_id} route"] = f"{tm.upper()} {tp} vs {pm.upper()} {pp}"
        tparams = {
            (p["in"], p["name"]): p for p in (_resolve(ts, q) for q in top.get("parameters", []))
        }
        pparams = {(p["in"], p["name"]): p for p in pop.get("parameters", [])}
        for key in sorted(set(tparams) | set(pparams)):
            label = f"operation {op_id} parameter {key[0]}:{key[1]}"
            if key not in pparams or key not in tparams:
                where = "TypeScript" if key in tparams else "Python"
                found[label] = f"only in the {where} rendering"
                continue
            if bool(tparams[key].get("required")) != bool(pparams[key].get("required")):
                found[f"{label} required"] = (
                    f"{bool(tparams[key].get('required'))} vs {bool(pparams[key].get('required'))}"
                )
        tbody = _resolve(ts, top["requestBody"]) if "requestBody" in top else None
        pbody = pop.get("requestBody")
        if (tbody is None) != (pbody is None):
            found[f"operation {op_id} body"] = (
                "only in the " + ("TypeScript" if tbody is not None else "Python") + " rendering"
            )
        elif (
            tbody is not None
            and pbody is not None
            and bool(tbody.get("required")) != bool(pbody.get("required"))
        ):
            found[f"operation {op_id} body required"] = (
                f"{bool(tbody.get('required'))} vs {bool(pbody.get('required'))}"
            )
    tschemas, pschemas = ts["components"]["schemas"], py["components"]["schemas"]
    for name in sorted(set(tschemas) | set(pschemas)):
        if name not in pschemas or name not in tschemas:
            where = "TypeScript" if name in tschemas else "Python"
            found[f"schema {name}"] = f"only in the {where} rendering"
            continue
        found.update(_schema_disagreements(name, tschemas[name], pschemas[name]))
    return found


def _schema_disagreements(name: str, ts: Schema, py: Schema) -> dict[str, str]:
    found: dict[str, str] = {}
    tprops, pprops = ts.get("properties", {}), py.get("properties", {})
    if not tprops and not pprops:
        tf, pf = _facets(ts), _facets(py)
        for facet in sorted(set(tf) | set(pf)):
            if tf.get(facet) != pf.get(facet) and not (
                facet in BOUNDS and (facet not in tf or facet not in pf)
            ):
                found[f"schema {name} {facet}"] = f"{tf.get(facet)!r} vs {pf.get(facet)!r}"
        return found
    treq, preq = set(ts.get("required", [])), set(py.get("required", []))
    for prop in sorted(set(tprops) | set(pprops)):
        label = f"schema {name}.{prop}"
        if prop not in pprops or prop not in tprops:
            where = "TypeScript" if prop in tprops else "Python"
            found[label] = f"only in the {where} rendering"
            continue
        if (prop in treq) != (prop in preq):
            found[f"{label} required"] = f"{prop in treq} vs {prop in preq}"
        tf, pf = _facets(tprops[prop]), _facets(pprops[prop])
        for facet in sorted(set(tf) | set(pf)):
            if facet in BOUNDS and (facet not in tf or facet not in pf):
                continue  # the TS rendering has no bounds
            if tf.get(facet) != pf.get(facet):
                found[f"{label} {facet}"] = f"{tf.get(facet)!r} vs {pf.get(facet)!r}"
    return found


def registered() -> tuple[Schema, Schema]:
    """(TypeScript cross-check, Python upstream) documents of specs/arize/."""
    import tomllib

    from scripts.arize_py_to_openapi import convert as convert_py
    from scripts.arize_ts_to_openapi import convert as convert_ts
    from scripts.registry import load_registry, vendor_dir

    folder = vendor_dir("arize")
    provenance = tomllib.loads((folder / "provenance.toml").read_text(encoding="utf-8"))
    ts_file = folder / provenance["cross_check"]["file"]
    py_file = folder / load_registry()["arize"]["upstream"]
    return convert_ts(ts_file.read_text(encoding="utf-8")), convert_py(py_file.read_bytes())


def main() -> int:
    for key, detail in disagreements(*registered()).items():
        print(f"{key}: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
