"""Generic export/results mechanisms the registry declares as data: a row filter (``where``),
composite ids (``id_params``), unix-second timestamps, and evaluations kept as an object of
plain values keyed by name."""

from __future__ import annotations

from typing import Any

import pytest

from evalclients._schemas.registry import Export
from evalclients.export import is_run, run_params, to_record
from evalclients.results import _evaluations

EXPORT: Export = {"operation": "list_runs", "id_param": "id", "fields": {}}


def test_where_keeps_only_records_whose_path_equals_the_value() -> None:
    source: Export = {**EXPORT, "where": {"path": "span.is_root", "equals": True}}
    assert is_run(source, {"span": {"is_root": True}})
    assert not is_run(source, {"span": {"is_root": False}})
    assert not is_run(source, {"span": {}})
    assert not is_run(source, {"span": {"is_root": 1}})  # 1 is not true
    assert not is_run(source, "not an object")
    assert is_run(EXPORT, {"anything": 1})
    assert is_run(None, {"anything": 1})


def test_id_params_split_the_id_at_the_separator_last_part_keeps_the_rest() -> None:
    assert run_params(EXPORT, "a/b") == {"id": "a/b"}
    source: Export = {**EXPORT, "id_param": "datasetId", "id_params": ["datasetId", "runName"]}
    assert run_params(source, "ds1/run/with/slashes") == {
        "dataset_id": "ds1",
        "run_name": "run/with/slashes",
    }
    for bad in ("ds1", "/run", "ds1/"):
        with pytest.raises(ValueError, match="<datasetId>/<runName>"):
            run_params(source, bad)
    colon: Export = {**source, "id_separator": "::"}
    assert run_params(colon, "x::y") == {"dataset_id": "x", "run_name": "y"}


def test_unix_seconds_and_numeric_durations() -> None:
    fields: dict[str, Any] = {
        "started_at": {"unix_seconds": "m.start"},
        "ended_at": {"unix_seconds": "m.end"},
        "latency_ms": {"duration_ms": ["m.start", "m.end"]},
    }
    raw = {"id": "r", "m": {"start": 1_700_000_000.25, "end": 1_700_000_001.5}}
    record = to_record("acme", "e", raw, fields)
    assert record["started_at"] == "2023-11-14T22:13:20.250000+00:00"
    assert record["ended_at"] == "2023-11-14T22:13:21.500000+00:00"
    assert record["latency_ms"] == 1250.0
    odd = {"id": "r", "m": {"start": True, "end": "1700000001"}}
    record = to_record("acme", "e", odd, fields)
    assert record["started_at"] is None and record["ended_at"] is None
    assert record["latency_ms"] is None
    # ISO timestamps keep working
    iso = {"id": "r", "m": {"start": "2024-01-01T00:00:00Z", "end": "2024-01-01T00:00:02Z"}}
    assert to_record("acme", "e", iso, fields)["latency_ms"] == 2000.0


def test_a_value_only_among_some_is_kept_else_none() -> None:
    fields: dict[str, Any] = {"error": {"path": "level", "only": ["ERROR", "FATAL"]}}
    levels = ["ERROR", "FATAL", "WARNING", "error", None, 3]
    got = [to_record("acme", "e", {"id": "r", "level": v}, fields)["error"] for v in levels]
    assert got == ["ERROR", "FATAL", None, None, None, None]
    assert to_record("acme", "e", {"id": "r"}, fields)["error"] is None


def test_an_object_of_plain_values_is_one_evaluation_per_key() -> None:
    found = _evaluations(
        {"accuracy": 0.75, "judge": None, "exact": 1},
        {
            "name": ["name"],
            "score": ["value"],
        },
    )
    assert found is not None
    assert [(e["name"], e["score"]) for e in found] == [
        ("accuracy", 0.75),
        ("judge", None),
        ("exact", 1.0),
    ]
    assert found[0]["raw"] == {"name": "accuracy", "value": 0.75}
    # objects keyed by name are unchanged: the record itself, its key as the fallback name
    nested = _evaluations({"q": {"score": 0.5}}, {"name": ["name"], "score": ["score"]})
    assert nested is not None and nested[0]["name"] == "q" and nested[0]["raw"] == {"score": 0.5}


def test_param_names_are_the_generated_codes() -> None:
    import inspect

    from evalclients_langfuse.api.dataset_run_items import dataset_run_items_list
    from evalclients_langfuse.api.datasets import datasets_get_run

    from evalclients.registry import param_name

    for module, names in (
        (dataset_run_items_list, ["datasetId", "runName", "page", "limit"]),
        (datasets_get_run, ["datasetName", "runName"]),
    ):
        generated = set(inspect.signature(module._get_kwargs).parameters)
        assert {param_name(n) for n in names} <= generated
    assert param_name("experiment_id") == "experiment_id"
    assert param_name("HTTPStatus") == "http_status"
