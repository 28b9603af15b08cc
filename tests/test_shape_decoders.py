"""A shape's own decoder (``drift.shaped``) gives exactly what the general decoding gives.

``from_dict()`` compiles, per model and per key sequence it meets, a decoder that unpacks the
values in order; it decodes only objects whose every key is declared, all required keys
present and every value as declared, and hands anything else back to the general decoding.
Everything a caller can observe must be the same either way: the type, every field (read
through the fields decoded on first read), which fields were pending, ``additional_properties``,
and the drift recorded. The property test draws bodies from every operation's response schema
(valid or not) and compares the two ways, both when a shape is first met (compiled) and when
it is met again (remembered).
"""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import pytest
from evalclients_arize.models import Experiment as ArizeExperiment
from evalclients_braintrust import drift as braintrust_drift
from evalclients_braintrust.models import ExperimentEvent, experiment_event
from evalclients_braintrust.types import UNSET
from hypothesis import given
from hypothesis import strategies as st

import evalclients
from evalclients.registry import get_vendor
from tests.fakeserver.vendors import cached_spec
from tests.reliability._support import fuzz_settings, success_schema, values_for

VENDORS = ("arize", "phoenix", "humanloop", "respan", "braintrust", "langfuse")
OPERATIONS = [
    (vendor, name)
    for vendor in VENDORS
    for name, op in sorted(get_vendor(vendor).operations.items())
    if op.method == "GET" and success_schema(cached_spec(vendor), op.method, op.path)
]

EVENT: dict[str, Any] = {
    "id": "event_1",
    "_xact_id": "1000001",
    "created": "2025-01-01T00:00:00+00:00",
    "project_id": "00000000-0000-4000-8000-0000000000aa",
    "experiment_id": "00000000-0000-4000-8000-0000000000bb",
    "span_id": "span_1",
    "root_span_id": "span_1",
    "is_root": True,
    "input": {"question": "q"},
    "output": "answer",
    "scores": {"accuracy": 1.0},
}


def _model_modules(vendor: str) -> list[ModuleType]:
    prefix = f"evalclients_{vendor}.models."
    return [m for n, m in list(sys.modules.items()) if n.startswith(prefix) and m is not None]


@contextmanager
def general(vendor: str) -> Iterator[None]:
    """Every model of ``vendor`` decodes the general way (no shape remembered or compiled)."""
    runtime = importlib.import_module(f"evalclients_{vendor}.drift")
    saved = {m: dict(m._SHAPES) for m in _model_modules(vendor) if hasattr(m, "_SHAPES")}
    for m in saved:
        m._SHAPES.clear()
    limit, runtime.MAX_SHAPES = runtime.MAX_SHAPES, 0
    try:
        yield
    finally:
        runtime.MAX_SHAPES = limit
        for m, shapes in saved.items():
            m._SHAPES.clear()
            m._SHAPES.update(shapes)


def forget_shapes(vendor: str) -> None:
    for m in _model_modules(vendor):
        if hasattr(m, "_SHAPES"):
            m._SHAPES.clear()


def observed(value: Any, depth: int = 0) -> Any:
    """What a caller can observe of a decoded value: for a model, its type, which fields were
    pending before any was read, its recorded drift, then every field (read, so decoded)."""
    assert depth < 60
    if isinstance(value, list):
        return [observed(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: observed(v, depth + 1) for k, v in value.items()}
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return (type(value).__name__, repr(value))
    pending = getattr(value, "_pending", None)
    read = {
        f.name: observed(getattr(value, f.name), depth + 1) for f in fields if f.name != "_drift"
    }
    read.pop("_pending", None)
    return (type(value).__name__, pending, read, list(getattr(value, "_drift", None) or ()))


def decoded_both_ways(vendor: str, parse: Any, status: int, body: Any) -> tuple[Any, ...]:
    """``body`` decoded: the general way, with shapes new (compiled), then remembered."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", evalclients.DriftWarning)
        with general(vendor):
            plain = _outcome(parse, status, body)
        forget_shapes(vendor)
        first = _outcome(parse, status, body)
        again = _outcome(parse, status, body)
    return plain, first, again


def _outcome(parse: Any, status: int, body: Any) -> Any:
    try:
        parsed = parse(status, body)
    except Exception as exc:
        return ("raised", type(exc).__name__)
    return observed(parsed), [tuple(d) for d in evalclients.drift(parsed)]


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS, ids=[f"{v}.{n}" for v, n in OPERATIONS])
def test_any_body_decodes_the_same_with_and_without_shape_decoders(vendor: str, name: str) -> None:
    op = get_vendor(vendor).operation(name)
    found = success_schema(cached_spec(vendor), op.method, op.path)
    assert found is not None
    status, schema, _media = found
    parse = op.module.parse_body

    @fuzz_settings(ci=15, long=300)
    @given(body=values_for(schema))
    def check(body: Any) -> None:
        plain, first, again = decoded_both_ways(vendor, parse, status, body)
        assert first == plain
        assert again == plain

    check()


@given(
    field=st.sampled_from(sorted(EVENT)),
    value=st.sampled_from([None, 5, 1.5, "text", True, [], {}, ["x"], "not-a-uuid"]),
)
def test_a_drifted_value_in_a_remembered_shape_decodes_the_general_way(
    field: str, value: Any
) -> None:
    """The shape is remembered from a clean item; the next item of that shape drifts."""
    ExperimentEvent.from_dict(dict(EVENT))
    assert tuple(EVENT) in experiment_event._SHAPES
    item = {**EVENT, field: value}
    with general("braintrust"):
        expected = observed(ExperimentEvent.from_dict(dict(item)))
    assert observed(ExperimentEvent.from_dict(item)) == expected


def test_a_clean_object_is_decoded_by_its_shape_and_keeps_what_general_decoding_keeps() -> None:
    forget_shapes("braintrust")
    event = ExperimentEvent.from_dict(dict(EVENT))
    assert experiment_event._SHAPES[tuple(EVENT)].__name__ == "_decode"
    assert event._pending == 1 | 2 | 4 | 512  # created, experiment_id, project_id, scores
    assert event.additional_properties == {}
    assert event.tags is UNSET
    assert evalclients.drift(event) == []
    assert event.to_dict() == EVENT


def test_unknown_keys_and_missing_required_keys_decode_the_general_way() -> None:
    forget_shapes("braintrust")
    extra = {**EVENT, "new_field": 1}
    event = ExperimentEvent.from_dict(extra)
    assert event.additional_properties == {"new_field": 1}
    assert experiment_event._SHAPES[tuple(extra)] is braintrust_drift._general
    missing = {k: v for k, v in EVENT.items() if k != "id"}
    event = ExperimentEvent.from_dict(missing)
    assert [(d.path, d.kind) for d in evalclients.drift(event)] == [("id", "missing")]
    assert experiment_event._SHAPES[tuple(missing)] is braintrust_drift._general


def test_keys_in_the_other_casing_are_recased_as_before() -> None:
    camel = {
        "id": "exp_1",
        "name": "nightly",
        "datasetId": "ds_1",
        "createdAt": "2023-11-07T05:31:56Z",
    }
    forget_shapes("arize")
    got = ArizeExperiment.from_dict(dict(camel))
    with general("arize"):
        expected = ArizeExperiment.from_dict(dict(camel))
    assert observed(got) == observed(expected) and got.dataset_id == "ds_1"
    assert {(d.path, d.kind) for d in evalclients.drift(got)} == {
        ("dataset_id", "casing"),
        ("created_at", "casing"),
    }
    snake = {"id": "exp_1", "name": "nightly", "dataset_id": "ds_1", "space_id": "sp_1"}
    ArizeExperiment.from_dict(dict(snake))
    assert sys.modules[ArizeExperiment.__module__]._SHAPES[tuple(snake)].__name__ == "_decode"


def test_strict_decoding_and_other_mappings_never_use_a_shape() -> None:
    forget_shapes("braintrust")
    ExperimentEvent.from_dict(dict(EVENT), _strict=True)

    class Frozen(Mapping[str, Any]):
        def __init__(self, d: dict[str, Any]) -> None:
            self._d = d

        def __getitem__(self, key: str) -> Any:
            return self._d[key]

        def __iter__(self) -> Iterator[str]:
            return iter(self._d)

        def __len__(self) -> int:
            return len(self._d)

    assert ExperimentEvent.from_dict(Frozen(EVENT)) == ExperimentEvent.from_dict(dict(EVENT))
    assert list(experiment_event._SHAPES) == [tuple(EVENT)]  # from the dict alone


def test_shapes_remembered_per_model_are_bounded() -> None:
    forget_shapes("braintrust")
    optional = ["error", "expected", "tags", "comments", "facets", "origin", "metadata"]
    seen = 0
    for mask in range(2 ** len(optional)):
        item = dict(EVENT)
        item.update({k: None for i, k in enumerate(optional) if mask >> i & 1})
        event = ExperimentEvent.from_dict(item)
        assert event.id == "event_1" and evalclients.drift(event) == []
        seen += 1
    assert seen > braintrust_drift.MAX_SHAPES
    assert len(experiment_event._SHAPES) == braintrust_drift.MAX_SHAPES
