"""``from_dict()`` builds a model without its attrs ``__init__`` (``object.__new__``, then each
field stored directly): that is only the same object while ``__init__`` does nothing more than
store its arguments. These tests fail when a template change gives a model a validator, a
converter, a post-init hook or a default ``from_dict()`` would skip."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import attrs
import pytest

from scripts import bench_server

GENERATED = Path(__file__).resolve().parent.parent / "generated"
PACKAGES = sorted(p.name for p in GENERATED.glob("*/evalclients_*") if p.is_dir())


def model_classes(package: str) -> list[type]:
    models = importlib.import_module(f"{package}.models")
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{package}.models.{info.name}")
        found += [
            v
            for v in vars(module).values()
            if attrs.has(v) and v.__module__ == module.__name__ and hasattr(v, "from_dict")
        ]
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_init_only_stores_its_arguments(package: str) -> None:
    classes = model_classes(package)
    assert classes
    for cls in classes:
        assert not hasattr(cls, "__attrs_post_init__"), cls
        assert not hasattr(cls, "__attrs_pre_init__"), cls
        for a in attrs.fields(cls):
            assert a.validator is None and a.converter is None, (cls, a.name)
            if not a.init:  # what from_dict() sets itself, or leaves unset
                assert a.name in ("additional_properties", "_drift", "_pending"), (cls, a.name)


CASES: list[tuple[str, Any]] = [
    ("evalclients_braintrust.models.experiment_event:ExperimentEvent", bench_server.braintrust_event),
    ("evalclients_humanloop.models.evaluation_response:EvaluationResponse", bench_server.humanloop_evaluation),
    ("evalclients_phoenix.models.experiment_run:ExperimentRun", bench_server.phoenix_run),
]  # fmt: skip


@pytest.mark.parametrize(("where", "body"), CASES)
def test_from_dict_equals_the_constructed_model(where: str, body: Any) -> None:
    module, name = where.split(":")
    cls = getattr(importlib.import_module(module), name)
    decoded = cls.from_dict(body(7))
    values = {a.name: getattr(decoded, a.name) for a in attrs.fields(cls) if a.init}
    built = cls(**{(k[1:] if k.startswith("_") else k): v for k, v in values.items()})
    assert decoded == built
    assert decoded.to_dict() == built.to_dict()
    assert decoded.additional_properties == {} and not hasattr(decoded, "_drift")


@pytest.mark.parametrize("package", PACKAGES)
def test_a_field_named_as_its_model_module_keeps_its_value(package: str) -> None:
    # found by CI: VersionId.from_dict stored the instance itself as its version_id (the
    # instance's local was named after the module, like the field)
    checked = 0
    for cls in model_classes(package):
        module = cls.__module__.rsplit(".", 1)[-1]
        if module not in {f.name for f in attrs.fields(cls)}:
            continue
        made = cls.from_dict({module: "x"})
        assert getattr(made, module) == "x", cls
        assert made.to_dict()[module] == "x", cls
        checked += 1
    if package == "evalclients_humanloop":
        assert checked >= 1  # VersionId and FileId at least
