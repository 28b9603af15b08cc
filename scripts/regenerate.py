"""Regenerate the typed client packages in generated/<vendor>/ and the facade's shared shapes.

Usage: python -m scripts.regenerate [--vendor NAME] [--force] [--check]

Each vendor's inputs (upstream spec, overlay, registry entry, generator config, templates,
toolchain, tool versions) are hashed; unchanged inputs regenerate nothing. ``--check``
regenerates nothing and fails, naming the vendor, when generated/ is stale or was edited.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

import jinja2
import yaml

from evalclients.registry import param_name
from scripts.registry import (
    GENERATED,
    ROOT,
    SPECS,
    load_registry,
    vendor_dir,
)
from scripts.registry_check import deref, entry_problems
from scripts.resolve import HTTP_METHODS, SpecError, dumps, resolve
from scripts.spec_versions import file_sha256, record, recorded, version_problem

CODEGEN = ROOT / "scripts" / "codegen"
TEMPLATES = CODEGEN / "templates"
STAMP = ".evalclients-stamp.json"
KEEP = ("CHANGELOG.md",)  # written by `make update-spec`, not by the generator
TOOLCHAIN = (
    "overlay.py",
    "registry.py",
    "registry_check.py",
    "resolve.py",
    "regenerate.py",
    "arize_ts_to_openapi.py",
    "arize_py_to_openapi.py",
    "http_phrases.py",
    "ts_rendering.py",
)
COMMON_OUT = ROOT / "src" / "evalclients" / "_schemas"
RUFF = [str(Path(sys.executable).with_name("ruff"))]  # not `-m ruff`: cwd would shadow stdlib
RUFF_OPTS = ["--no-cache", "--isolated", "--line-length", "100"]


class GenerationError(RuntimeError):
    """Generation failed; generated/ was left untouched."""


def _sha(*chunks: bytes) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(hashlib.sha256(chunk).digest())
    return digest.hexdigest()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def tree_hash(folder: Path, skip: tuple[str, ...] = (STAMP, *KEEP)) -> str:
    """Hash of every file below ``folder`` (names and bytes), except ``skip``."""
    parts: list[bytes] = []
    for path in _files(folder):
        rel = path.relative_to(folder).as_posix()
        if rel not in skip:
            parts += [rel.encode(), path.read_bytes()]
    return _sha(*parts)


def inputs_hash(vendor: str, entry: dict[str, Any]) -> str:
    """Hash of everything the generated package of ``vendor`` is made from."""
    folder = vendor_dir(vendor)
    parts = [json.dumps(entry, sort_keys=True).encode(), vendor.encode()]
    overlay = folder / "overlay.yaml"  # optional: no overlay, nothing to correct
    parts += [(folder / entry["upstream"]).read_bytes()]
    parts += [overlay.read_bytes() if overlay.exists() else b""]
    parts += [p.read_bytes() for p in (*_files(CODEGEN), ROOT / "LICENSE")]
    parts += [
        (ROOT / "scripts" / n).read_bytes() for n in TOOLCHAIN if (ROOT / "scripts" / n).exists()
    ]
    parts += [f"{t}=={dist_version(t)}".encode() for t in ("openapi-python-client", "ruff")]
    return _sha(*parts)


def read_stamp(folder: Path) -> dict[str, str]:
    """The hashes recorded by the last generation, or {} if none."""
    try:
        stamp: dict[str, str] = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp


def operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Map each operation's generated Python name to (method, path, operation)."""
    from openapi_python_client.strings import snake_case

    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS and "operationId" in op:
                found[snake_case(op["operationId"])] = (method.upper(), path, op)
    return found


def path_prefix(doc: dict[str, Any]) -> str:
    """The literal leading path segments every path shares (e.g. ``/v2``)."""
    split = [p.strip("/").split("/") for p in doc.get("paths", {})]
    common: list[str] = []
    for segments in zip(*split, strict=False):
        if len(set(segments)) != 1 or "{" in segments[0]:
            break
        common.append(segments[0])
    if split and len(common) == min(len(s) for s in split):
        common = common[:-1]  # never the whole of a path
    return "/" + "/".join(common) if common else ""


def _generator_config(entry: dict[str, Any]) -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load((CODEGEN / "config.yaml").read_text(encoding="utf-8"))
    config["project_name_override"] = entry["distribution"]
    config["package_name_override"] = entry["package"]
    return config


_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _run_generator(resolved: Path, config: Path, out: Path) -> list[str]:
    """Run openapi-python-client; return its warnings (memory addresses removed)."""
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(resolved),
        "--meta",
        "none",
        "--config",
        str(config),
        "--output-path",
        str(out),
        "--overwrite",
        "--custom-template-path",
        str(TEMPLATES),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    log = _ADDRESS.sub("", proc.stdout + proc.stderr)
    if proc.returncode != 0 or not out.is_dir():
        raise GenerationError(f"openapi-python-client failed:\n{log}")
    if "Warning" not in log:
        return []
    body = log.split("Warning(s) encountered while generating.", 1)[-1]
    return [block.strip() for block in re.split(r"\n(?=\S)", body) if block.strip()]


_QUOTE = re.compile(r'quote\(str\((\w+)\), safe=""\)')
_PATH_SEGMENT = '''

def path_segment(value: object) -> str:
    """``value`` as exactly one percent-encoded path segment.

    ``quote`` leaves ``.`` and ``..`` alone, and the URL parser then removes them as dot
    segments (``/experiments/..`` would reach another endpoint); an empty value would
    leave an empty segment. Encode the dots instead; refuse an empty value.
    """
    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter must not be empty")
    return text.replace(".", "%2E") if text in (".", "..") else text
'''


def _harden_path_params(package: Path) -> None:
    """Path parameters go through ``types.path_segment`` (one segment, never a dot segment)."""
    types = package / "types.py"
    text = types.read_text(encoding="utf-8")
    if "\n__all__ = [" not in text or "\nfrom attrs import define" not in text:
        raise GenerationError(f"{types}: not the types module path_segment() expects")
    text = text.replace(
        "\nfrom attrs import define",
        "\nfrom urllib.parse import quote\nfrom attrs import define",
        1,
    )
    text = text.replace("\n__all__ = [", _PATH_SEGMENT + '\n\n__all__ = ["path_segment", ', 1)
    types.write_text(text, encoding="utf-8")
    for module in (package / "api").rglob("*.py"):
        code = module.read_text(encoding="utf-8")
        hardened = _QUOTE.sub(r"path_segment(\1)", code)
        if hardened != code:
            hardened = hardened.replace(
                "import httpx\n", "import httpx\n\nfrom ...types import path_segment\n", 1
            )
            module.write_text(hardened, encoding="utf-8")
        if "quote(" in hardened.replace("path_segment(", ""):
            raise GenerationError(f"{module}: a path parameter escaped path_segment()")


def _ruff(folder: Path) -> None:
    for args in (["check", "--fix-only", "--select", "I,F401", *RUFF_OPTS], ["format", *RUFF_OPTS]):
        proc = subprocess.run([*RUFF, *args, "."], cwd=folder, capture_output=True, text=True)
        if proc.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed in {folder}:\n{proc.stdout}{proc.stderr}")


def _drift_module(entry: dict[str, Any]) -> str:
    """The package's ``drift`` module (what the models keep and record when a body drifts)."""
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string((CODEGEN / "package_drift.py.jinja").read_text("utf-8"))
    return template.render(field_cases=list(entry.get("field_case", [])))


def _pyproject(vendor: str, entry: dict[str, Any]) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string((CODEGEN / "package_pyproject.toml.jinja").read_text("utf-8"))
    return template.render(vendor=vendor, **entry)


def _readme(
    vendor: str, entry: dict[str, Any], ops: dict[str, Any], models: int, module: str
) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string((CODEGEN / "package_readme.md.jinja").read_text("utf-8"))
    name = next(iter(entry["operations"]))
    op = ops[name][2]
    args = "".join(
        f'{p["name"]}="...", ' for p in op.get("parameters", []) if p.get("in") == "path"
    )
    return template.render(
        vendor=vendor,
        example_tag=module.split(".")[-2],
        example_op=name,
        example_args=args,
        operation_count=len(ops),
        models=models,
        **{k: v for k, v in entry.items() if k != "operations"},
    )


_PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _param_type(doc: dict[str, Any], param: dict[str, Any]) -> str:
    """The Python type of a parameter's schema (``str`` when the spec is vaguer).

    A date-time is a ``datetime.datetime``: the generated code calls ``isoformat()`` on it.
    """
    schemas = deref(doc, param.get("schema", {}))
    kinds = [str(s["type"]) for s in schemas if isinstance(s.get("type"), str)]
    if kinds and kinds[0] == "string" and any(s.get("format") == "date-time" for s in schemas):
        return "datetime.datetime"
    return _PY_TYPES.get(kinds[0], "str") if kinds else "str"


def _default(vendor: str, where: str, kind: str, value: Any) -> str:
    """A registry ``ParamValue`` as the Python expression of a helper's default."""
    is_datetime = isinstance(value, dict)
    if is_datetime != (kind == "datetime.datetime"):
        raise GenerationError(
            f"{vendor}: {where}: a date-time parameter takes {{datetime = ...}}, others a scalar"
        )
    if is_datetime:
        return f"datetime.datetime.fromisoformat({value['datetime']!r})"
    return repr(value)


def _body_properties(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """Property schemas of the operation's JSON request body (name -> schema)."""
    found: dict[str, Any] = {}
    for body in deref(doc, op.get("requestBody", {})):
        for media, content in body.get("content", {}).items():
            if "json" in media:
                for schema in deref(doc, content.get("schema", {})):
                    found.update(schema.get("properties", {}))
    return found


def _helper_signature(
    vendor: str, name: str, helper: dict[str, Any], doc: dict[str, Any], found: tuple[Any, ...]
) -> str:
    """``experiment_id: str, *, page_size: int | None = None, ...`` from the spec's params."""
    _method, path, op = found
    declared = {}
    for param in [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]:
        resolved = deref(doc, param)
        if resolved:
            declared[resolved[0]["name"]] = resolved[0]
    parts: list[str] = []
    optional_seen = False
    defaults = helper.get("defaults", {})
    for pname in helper.get("params", []):
        param = declared[pname]  # entry_problems() made sure it exists
        kind = _param_type(doc, param)
        if pname in defaults:
            optional_seen = True
            where = f"client.helpers.{name}.defaults.{pname}"
            value = _default(vendor, where, kind, defaults[pname])
            parts.append(f"{param_name(pname)}: {kind} = {value}")
        elif param.get("required", False):
            if optional_seen:
                raise GenerationError(
                    f"{vendor}: client.helpers.{name}: required {pname!r} after an optional one"
                )
            parts.append(f"{param_name(pname)}: {kind}")
        else:
            optional_seen = True
            parts.append(f"{param_name(pname)}: {kind} | None = None")
    # JSON body fields (a search paging its cursor in the body): optional, typed by the spec
    body = _body_properties(doc, op)
    for field in helper.get("body", []):
        optional_seen = True
        parts.append(f"{field}: {_param_type(doc, {'schema': body.get(field, {})})} | None = None")
    if helper["kind"] == "listing":
        parts += ["*", "page_size: int | None = None", "max_items: int | None = None"]
    parts.append("**options: Unpack[RequestOptions]")  # per-call options, typed
    return ", ".join(parts)


def _docstring(text: str, indent: int) -> str:
    """``text`` as a docstring body at ``indent``: its first sentence, then the rest wrapped."""
    text = text.replace('"', "'")
    width = 100 - indent - 6
    pad = " " * indent
    summary, _, rest = text.partition(". ")
    if not rest:
        lines = textwrap.wrap(text, width=width)
        return text if len(lines) == 1 else ("\n" + pad).join(lines) + "\n" + pad
    body = textwrap.wrap(rest, width=width)
    return f"{summary}.\n\n" + "\n".join(pad + line for line in body) + "\n" + pad


def _render_facade(
    vendor: str, entry: dict[str, Any], doc: dict[str, Any], ops: dict[str, Any], package: Path
) -> None:
    """Write the named clients (``facade.py``) and the ``__init__`` exporting them lazily."""
    classes = entry["client"]
    exported = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    helpers = []
    models: set[str] = set()
    for name, helper in classes.get("helpers", {}).items():
        model = helper["returns"]
        if f'"{model}"' not in exported:
            raise GenerationError(
                f"{vendor}: client.helpers.{name}: returns {model!r}, not a generated model"
            )
        models.add(model)
        helpers.append(
            {
                "name": name,
                "kind": helper["kind"],
                "operation": helper["operation"],
                "body": tuple(helper.get("body", ())),
                "signature": _helper_signature(vendor, name, helper, doc, ops[helper["operation"]]),
                "returns": f"Iterable[{model}]" if helper["kind"] == "listing" else model,
                "doc": _docstring(helper["doc"], 8),
            }
        )
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    facade = env.from_string((CODEGEN / "package_facade.py.jinja").read_text("utf-8"))
    (package / "facade.py").write_text(
        facade.render(
            vendor=vendor,
            display_name=entry["display_name"],
            class_name=classes["class_name"],
            async_class_name=classes["async_class_name"],
            doc=_docstring(classes["doc"], 4),
            helpers=helpers,
            models=sorted(models),
            uses_datetime=any("datetime.datetime" in h["signature"] for h in helpers),
        ),
        encoding="utf-8",
    )
    init = package / "__init__.py"
    description = init.read_text(encoding="utf-8").split('"""')[1]
    template = env.from_string((CODEGEN / "package_init.py.jinja").read_text("utf-8"))
    init.write_text(
        template.render(
            description=description,
            class_name=classes["class_name"],
            async_class_name=classes["async_class_name"],
        ),
        encoding="utf-8",
    )


def build_vendor(vendor: str, entry: dict[str, Any], workdir: Path) -> tuple[Path, list[str]]:
    """Resolve, validate and generate one vendor's package into ``workdir``; no side effects."""
    doc = resolve(vendor).document
    ops = operations(doc)
    missing = sorted(set(entry["operations"]) - set(ops))
    if missing:
        raise GenerationError(f"{vendor}: registry names operations the spec lacks: {missing}")
    problems = entry_problems(vendor, entry, doc, ops)
    if problems:
        raise GenerationError(
            "the registry names what the spec does not have:\n  " + "\n  ".join(problems)
        )
    project = workdir / vendor
    package = project / entry["package"]
    project.mkdir(parents=True)
    resolved = project / "openapi.json"
    resolved.write_text(dumps(doc), encoding="utf-8")
    config = workdir / "config.yaml"
    config.write_text(yaml.safe_dump(_generator_config(entry)), encoding="utf-8")
    warnings = _run_generator(resolved, config, package)
    modules = {p.stem: p for p in (package / "api").glob("*/*.py") if p.stem != "__init__"}
    dropped = sorted(set(ops) - set(modules))
    lost = sorted(set(entry["operations"]) & set(dropped))
    if lost:
        raise GenerationError(
            f"{vendor}: the generator dropped registry operations {lost}:\n" + "\n".join(warnings)
        )
    warnings += [f"dropped operation {name} ({ops[name][0]} {ops[name][1]})" for name in dropped]
    _harden_path_params(package)
    (package / "drift.py").write_text(_drift_module(entry), encoding="utf-8")
    if "client" in entry:
        _render_facade(vendor, entry, doc, ops, package)
    _ruff(package)
    (package / "py.typed").write_text("", encoding="utf-8")
    index = {
        name: {
            "module": ".".join(
                (entry["package"], *modules[name].relative_to(package).with_suffix("").parts)
            ),
            "method": ops[name][0],
            "path": ops[name][1],
            **spec,
        }
        for name, spec in entry["operations"].items()
    }
    vendor_info = {
        **{k: v for k, v in entry.items() if k != "operations"},
        "vendor": vendor,
        "operations": index,
        # Declared (the default base URL carries it) or the prefix the spec's paths share.
        "path_prefix": entry.get("path_prefix") or path_prefix(doc),
    }
    (package / "_vendor.json").write_text(json.dumps(vendor_info, indent=1, sort_keys=True) + "\n")
    models = len([p for p in (package / "models").glob("*.py") if p.stem != "__init__"])
    first = next(iter(entry["operations"]))
    (project / "README.md").write_text(_readme(vendor, entry, ops, models, index[first]["module"]))
    (project / "pyproject.toml").write_text(_pyproject(vendor, entry), encoding="utf-8")
    shutil.copy2(ROOT / "LICENSE", project / "LICENSE")
    return project, warnings


def _up_to_date(folder: Path, digest: str) -> bool:
    """Whether ``folder`` was generated from inputs hashing to ``digest`` and is untouched."""
    stamp = read_stamp(folder)
    return stamp.get("inputs") == digest and stamp.get("outputs") == tree_hash(folder)


def _install(built: Path, target: Path, digest: str) -> None:
    """Stamp ``built`` with its input and output hashes, then put it in place of ``target``."""
    stamp_data = {"inputs": digest, "outputs": tree_hash(built)}
    (built / STAMP).write_text(json.dumps(stamp_data, indent=1) + "\n", encoding="utf-8")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(built, target)


def regenerate_vendor(vendor: str, entry: dict[str, Any], force: bool = False) -> str:
    """Regenerate generated/<vendor>/ if its inputs changed; return what happened."""
    target = GENERATED / vendor
    digest = inputs_hash(vendor, entry)
    if not force and _up_to_date(target, digest):
        return f"{vendor}: up to date"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"evalclients-{vendor}-") as tmp:
        project, warnings = build_vendor(vendor, entry, Path(tmp))
        for name in KEEP:
            if (target / name).exists():
                shutil.copy2(target / name, project / name)
        _install(project, target, digest)
    for warning in warnings:
        print(f"warning: {vendor}: {warning}", file=sys.stderr)
    done = (
        f"{vendor}: regenerated in {time.perf_counter() - started:.1f}s ({len(warnings)} warnings)"
    )
    if not recorded(vendor_dir(vendor)):  # a new vendor: its first version is this spec
        record(vendor_dir(vendor), vendor, entry["version"], file_sha256(target / "openapi.json"))
        done += f"; first version {entry['version']} recorded in specs/{vendor}/versions.toml"
    return done


def common_inputs_hash() -> str:
    """Hash of everything the facade's shared shapes are made from."""
    schemas = sorted((SPECS / "common").glob("*.schema.json"))
    parts = [p.read_bytes() for p in schemas] + [(ROOT / "scripts" / "regenerate.py").read_bytes()]
    parts.append(f"datamodel-code-generator=={dist_version('datamodel-code-generator')}".encode())
    return _sha(*parts)


def _bundle(schema: Path) -> dict[str, Any]:
    """The schema with references to sibling files (``"x.schema.json"``) moved into ``$defs``.

    datamodel-codegen writes one module per schema only without cross-file references.
    """
    doc: dict[str, Any] = json.loads(schema.read_text(encoding="utf-8"))
    defs: dict[str, Any] = doc.setdefault("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.endswith(".schema.json") and "/" not in ref:
                other = json.loads((schema.parent / ref).read_text(encoding="utf-8"))
                title = other["title"]
                if title not in defs:
                    defs[title] = walk(
                        {k: v for k, v in other.items() if k not in ("$schema", "$id")}
                    )
                return {
                    **{k: v for k, v in node.items() if k != "$ref"},
                    "$ref": f"#/$defs/{title}",
                }
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    bundled: dict[str, Any] = walk(doc)
    if not defs:
        bundled.pop("$defs", None)
    return bundled


def regenerate_common(force: bool = False) -> str:
    """Generate the facade's shared shapes from specs/common/*.schema.json."""
    schemas = sorted((SPECS / "common").glob("*.schema.json"))
    digest = common_inputs_hash()
    if not force and _up_to_date(COMMON_OUT, digest):
        return "common: up to date"
    with tempfile.TemporaryDirectory(prefix="evalclients-common-") as tmp:
        out = Path(tmp) / "_schemas"
        out.mkdir()
        (out / "__init__.py").write_text(
            '"""Shapes generated from specs/common/ by datamodel-code-generator."""\n'
        )
        for schema in schemas:
            module = out / (schema.name.removesuffix(".schema.json") + ".py")
            bundled = Path(tmp) / schema.name
            bundled.write_text(json.dumps(_bundle(schema)), encoding="utf-8")
            cmd = [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(bundled),
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                "typing.TypedDict",
                "--disable-timestamp",
                "--target-python-version",
                "3.11",
                "--use-standard-collections",
                "--use-union-operator",
                "--formatters",
                "ruff-format",
                "--output",
                str(module),
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise GenerationError(f"datamodel-codegen failed on {schema.name}:\n{proc.stderr}")
            text = module.read_text(encoding="utf-8").replace(
                f"#   filename:  {schema.name}", f"#   source: specs/common/{schema.name}"
            )
            module.write_text(text, encoding="utf-8")
        _ruff(out)
        _install(out, COMMON_OUT, digest)
    return "common: regenerated"


def _drift(name: str, folder: Path, digest: str, redo: str) -> str | None:
    """Why ``folder`` disagrees with its inputs (missing, stale, edited), or None."""
    stamp = read_stamp(folder)
    where = folder.relative_to(ROOT).as_posix()
    if not stamp:
        return f"{name}: {where} is missing; run `{redo}`"
    if stamp.get("inputs") != digest:
        return (
            f"{name}: {where} is stale (its spec, overlay, registry entry or the toolchain "
            f"changed); run `{redo}`"
        )
    if stamp.get("outputs") != tree_hash(folder):
        return (
            f"{name}: {where} was edited by hand; fix the spec, overlay or templates "
            f"instead, then `{redo} FORCE=1`"
        )
    return None


def check(vendors: dict[str, dict[str, Any]], common: bool = True) -> list[str]:
    """Problems that make generated code disagree with its inputs (one line each)."""
    problems: list[str] = []
    if common and (
        problem := _drift("common", COMMON_OUT, common_inputs_hash(), "make regenerate")
    ):
        problems.append(problem)
    for vendor, entry in vendors.items():
        target = GENERATED / vendor
        redo = f"make regenerate VENDOR={vendor}"
        if problem := _drift(vendor, target, inputs_hash(vendor, entry), redo):
            problems.append(problem)
        elif problem := version_problem(
            vendor, entry["version"], target / "openapi.json", vendor_dir(vendor)
        ):
            problems.append(problem)  # the spec changed without a version bump
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vendor", help="one vendor (default: all)")
    parser.add_argument(
        "--force", action="store_true", help="regenerate even if inputs are unchanged"
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ is stale or edited"
    )
    args = parser.parse_args(argv)
    registry = load_registry()
    if args.vendor and args.vendor not in registry:
        print(
            f"error: unknown vendor {args.vendor!r}; known: {', '.join(registry)}", file=sys.stderr
        )
        return 2
    vendors = {args.vendor: registry[args.vendor]} if args.vendor else registry
    if args.check:
        problems = check(vendors, common=not args.vendor)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1 if problems else 0
    try:
        if not args.vendor:
            print(regenerate_common(args.force))
        for vendor, entry in vendors.items():
            print(regenerate_vendor(vendor, entry, args.force))
    except (GenerationError, SpecError, ValueError) as exc:
        print(f"error: {exc}\n(generated/ was left untouched)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
