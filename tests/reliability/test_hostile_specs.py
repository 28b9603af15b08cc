"""A spec written to inject code: quotes, triple quotes, newlines, ``__import__('os')...``,
Python keywords as names and properties, very long and unicode names. The toolchain's own
generation steps (``scripts.regenerate``: generator, path hardening, ruff) must produce a
package that compiles, passes ruff, and runs nothing when imported. A spec that makes the
toolchain fail leaves generated/ untouched (on a temporary copy of the repository).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

from scripts import regenerate as rg
from tests.reliability._support import count

ROOT = Path(__file__).resolve().parents[2]


def _payloads(marker: Path) -> list[str]:
    cmd = f"__import__('os').system('touch {marker}')"
    return [
        f'"""; {cmd}; """',
        f"'''; {cmd}; '''",
        f'"\n{cmd}\n#',
        f"'\n{cmd}\n#",
        f"\\\n{cmd}",
        f"{{{cmd}}}",
        f"%({cmd})s",
        f"}}}}{{{{{cmd}}}}}",
        f"\u2028{cmd}\r\n{cmd}",
    ]


def hostile_spec(marker: Path) -> dict[str, Any]:
    evil = _payloads(marker)
    keywords = ["class", "def", "import", "None", "True", "lambda", "from", "__init__", "self"]
    weird = [*keywords, *evil, "a" * 300, "naïve_ñame", "😀", "1starts_with_digit", "a-b.c d", ""]
    props = {
        name: {"type": "string", "description": evil[i % len(evil)]} for i, name in enumerate(weird)
    }
    props["enum_field"] = {"type": "string", "enum": [*evil[:3], "class", 'a"b', "x'y"]}
    props["nested"] = {"$ref": "#/components/schemas/class"}
    schema_names = {
        "class": {
            "type": "object",
            "properties": {"def": {"type": "integer"}},
            "description": evil[0],
        },
        "Evil": {
            "type": "object",
            "properties": props,
            "required": ["class"],
            "description": evil[1],
        },
        # wide enough for a decoder per shape (drift.shaped): keywords and odd names as keys,
        # payloads as descriptions and enum values, every kind of field that decodes
        "Wide": {
            "type": "object",
            "properties": {
                **{
                    name: {"type": "string", "description": evil[i % len(evil)]}
                    for i, name in enumerate([*keywords, "naïve_ñame", "a-b.c d"])
                },
                "count": {"type": "integer", "description": evil[2]},
                "when": {"type": "string", "format": "date-time"},
                "kind": {"type": "string", "enum": [*evil[:3], "class", 'a"b', "x'y"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "maybe": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "nested": {"$ref": "#/components/schemas/class"},
            },
            "required": ["class", "count", "kind"],
            "description": evil[2],
        },
    }
    paths: dict[str, Any] = {}
    for i, text in enumerate(evil + keywords):
        paths[f"/things{i}/{{thing_id}}"] = {
            "get": {
                "operationId": text if i % 2 else f"get{i}_{text}",
                "summary": evil[(i + 1) % len(evil)],
                "description": text,
                "tags": [text],
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "description": text,
                    },
                    {
                        "name": text or "q",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": text,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}
                        },
                    },
                    "201": {
                        "description": text,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Wide"}}
                        },
                    },
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": evil[0], "version": evil[1], "description": evil[2]},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schema_names},
    }


def test_a_hostile_spec_generates_inert_code_that_compiles_and_passes_ruff(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    doc = hostile_spec(marker)
    resolved = tmp_path / "openapi.json"
    resolved.write_text(json.dumps(doc), encoding="utf-8")
    config = tmp_path / "config.yaml"
    entry = {"distribution": "evalclients-hostile", "package": "evalclients_hostile"}
    config.write_text(yaml.safe_dump(rg._generator_config(entry)), encoding="utf-8")
    package = tmp_path / "hostile" / "evalclients_hostile"
    rg._run_generator(resolved, config, package)  # the same steps as build_vendor
    rg._harden_path_params(package)
    (package / "drift.py").write_text(rg._drift_module(entry), encoding="utf-8")
    rg._ruff(package)
    modules = sorted(package.rglob("*.py"))
    count("hostile spec: generated modules checked", len(modules))
    assert len(list((package / "api").rglob("*.py"))) > len(doc["paths"]) // 2
    for module in modules:
        compile(module.read_text(encoding="utf-8"), str(module), "exec")
    ruff = subprocess.run(
        [
            *rg.RUFF,
            "check",
            *rg.RUFF_OPTS,
            "--select",
            "E9,F,B",
            "--ignore",
            "F401,F841,B904,B006",
            ".",
        ],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import evalclients_hostile as pkg
        names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        from evalclients_hostile import models
        compiled = 0
        for name in dir(models):
            obj = getattr(models, name)
            if hasattr(obj, "from_dict") and hasattr(obj, "to_dict"):
                try:
                    obj.from_dict({}).to_dict()
                except (KeyError, TypeError, ValueError):
                    pass  # required fields missing: refusing is fine, running code is not
                # every field present: a decoder of that shape is compiled (drift.shaped)
                module = sys.modules[obj.__module__]
                whole = {field[0]: "x" for field in getattr(module, "_SHAPE_FIELDS", ())}
                if whole:
                    obj.from_dict(whole)
                    compiled += module._SHAPES[tuple(whole)].__name__ == "_decode"
        print(len(names), compiled)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=package.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    imported, compiled = map(int, run.stdout.split())
    count("hostile spec: modules imported", imported)
    count("hostile spec: shape decoders compiled", compiled)
    assert compiled, "no model of the hostile spec had a shape decoder compiled"
    assert not marker.exists(), "importing the generated package ran code from the spec"
    for module in modules:  # payloads may sit in docstrings and strings, never in code
        tree = ast.parse(module.read_text(encoding="utf-8"))
        calls = [
            n.func.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        ]
        assert "__import__" not in calls and "eval" not in calls, module
        # drift.shaped alone compiles code: a shape's decoder, from its model's _SHAPE_FIELDS
        assert calls.count("exec") == (module.name == "drift.py"), module


def test_a_spec_that_breaks_generation_leaves_generated_untouched(tmp_path: Path) -> None:
    """Valid enough to resolve, but with a dangling reference: refused, nothing half-written."""
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "src" / "evalclients" / "_schemas", tmp_path / "src" / "evalclients" / "_schemas"
    )
    if (ROOT / "LICENSE").exists():
        shutil.copy2(ROOT / "LICENSE", tmp_path / "LICENSE")
    target = tmp_path / "generated" / "respan"
    before = {p: p.read_bytes() for p in sorted(target.rglob("*")) if p.is_file()}
    spec = tmp_path / "specs" / "respan" / "openapi.yaml"
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    first = next(iter(doc["paths"].values()))
    op = next(v for v in first.values() if isinstance(v, dict) and "responses" in v)
    op["responses"]["200"] = {
        "description": "x",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DoesNotExist"}}},
    }
    spec.write_text(yaml.safe_dump(doc), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.regenerate", "--vendor", "respan", "--force"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    count("hostile spec: broken specs refused")
    assert result.returncode != 0 and "left untouched" in result.stderr, result.stderr[-2000:]
    after = {p: p.read_bytes() for p in sorted(target.rglob("*")) if p.is_file()}
    assert after == before
