"""Drifted bodies decode, keep what was received and are reported; strict mode refuses them.

Models (from_dict/to_dict) are tested directly; the facade's warnings, ``evalclients.drift``
and strict mode through the spec-driven fake servers, sync and async.
"""

from __future__ import annotations

import json
import logging
import warnings
from typing import Any

import pytest
from evalclients_arize.models import Experiment as ArizeExperiment
from evalclients_humanloop.models import EvaluationRunResponse
from evalclients_phoenix.models import ExperimentRun, ListExperimentRunsResponseBody
from evalclients_phoenix.types import UNSET

import evalclients
from evalclients import tolerance
from tests.facade_helpers import KEY, MODES, call, collect, open_client
from tests.fakeserver.vendors import SpecServerFactory
from tests.test_transport import Clock

RUN: dict[str, Any] = {
    "dataset_example_id": "ex-1",
    "end_time": "2025-09-26T23:44:05.224000+00:00",
    "experiment_id": "exp-1",
    "id": "run-1",
    "output": {"answer": 4},
    "repetition_number": 1,
    "start_time": "2025-09-26T23:44:05.224000+00:00",
    "error": None,
    "trace_id": "t-1",
}


def kinds(obj: object) -> set[tuple[str, str]]:
    return {(d.path, d.kind) for d in evalclients.drift(obj)}


# ------------------------------------------------------------------------- the models alone


def test_a_body_that_matches_its_spec_records_nothing() -> None:
    run = ExperimentRun.from_dict(RUN)
    assert evalclients.drift(run) == []
    assert not hasattr(run, "_drift")  # the slot is filled only when drift happens
    assert run.to_dict() == RUN


def test_an_absent_required_field_decodes_as_unset() -> None:
    body = {k: v for k, v in RUN.items() if k != "experiment_id"}
    run = ExperimentRun.from_dict(body)
    assert run.experiment_id is UNSET and run.id == "run-1"
    assert evalclients.drift(run) == [
        evalclients.Difference("experiment_id", "missing", "str", "absent", "ExperimentRun")
    ]
    assert run.to_dict() == body  # absent stays absent


def test_a_value_of_another_type_is_kept_as_received() -> None:
    body = {**RUN, "end_time": 1727394245, "repetition_number": "1", "id": 7}
    run = ExperimentRun.from_dict(body)
    assert (run.end_time, run.repetition_number, run.id) == (1727394245, "1", 7)
    assert kinds(run) == {("end_time", "type"), ("repetition_number", "type"), ("id", "type")}
    (record,) = [d for d in evalclients.drift(run) if d.path == "end_time"]
    assert (record.expected, record.received, record.model) == (
        "datetime.datetime",
        "number",
        "ExperimentRun",
    )
    assert run.to_dict() == body


def test_an_unparseable_date_is_kept_as_received() -> None:
    run = ExperimentRun.from_dict({**RUN, "start_time": "yesterday"})
    assert run.start_time == "yesterday"
    assert kinds(run) == {("start_time", "type")}


def test_an_unlisted_enum_value_is_kept_and_named() -> None:
    body = {
        "id": "r1",
        "created_at": "2024-01-15T09:30:00Z",
        "status": "paused-by-admin",
        "control": True,
        "orchestrated": True,
        "added_at": "2024-01-15T09:30:00Z",
    }
    run = EvaluationRunResponse.from_dict(body)
    assert run.status == "paused-by-admin"
    (record,) = [d for d in evalclients.drift(run) if d.kind == "enum"]
    assert record.path == "status" and record.received == "'paused-by-admin'"
    assert "completed" in record.expected
    assert run.to_dict()["status"] == "paused-by-admin"


def test_nested_drift_has_a_path_from_the_top() -> None:
    page = {"data": [RUN, {**RUN, "id": "run-2", "repetition_number": None}], "next_cursor": None}
    parsed = ListExperimentRunsResponseBody.from_dict(page)
    assert kinds(parsed) == {("data[1].repetition_number", "type")}
    assert len(parsed.data) == 2 and parsed.to_dict() == page


def test_one_item_of_the_wrong_kind_leaves_the_others_typed() -> None:
    page = {"data": [RUN, None, "x", {**RUN, "id": "run-2"}], "next_cursor": None}
    parsed = ListExperimentRunsResponseBody.from_dict(page)
    assert [type(i).__name__ for i in parsed.data] == [
        "ExperimentRun",
        "NoneType",
        "str",
        "ExperimentRun",
    ]
    assert kinds(parsed) == {("data[1]", "type"), ("data[2]", "type")}
    assert parsed.to_dict() == page


def test_the_other_casing_is_read_only_where_the_registry_declares_it() -> None:
    camel = {
        "id": "e1",
        "name": "n",
        "datasetId": "d1",
        "datasetVersionId": "v1",
        "createdAt": "2023-11-07T05:31:56Z",
        "updatedAt": "2023-11-07T05:31:56Z",
    }
    exp = ArizeExperiment.from_dict(camel)  # Arize AX: field_case = ["snake", "camel"]
    assert exp.dataset_id == "d1" and exp.created_at.year == 2023
    assert ("dataset_id", "casing") in kinds(exp)
    assert exp.additional_properties == {}
    assert exp.to_dict() == {
        **camel,
        "createdAt": "2023-11-07T05:31:56+00:00",
        "updatedAt": "2023-11-07T05:31:56+00:00",
    }
    # Phoenix declares one casing: a camelCase key is an unknown key, the field is absent
    run = ExperimentRun.from_dict(
        {**{k: v for k, v in RUN.items() if k != "trace_id"}, "traceId": "t"}
    )
    assert run.trace_id is UNSET and run.additional_properties == {"traceId": "t"}


def test_a_top_level_of_the_wrong_kind_still_raises() -> None:
    for wrong in ([RUN], "text", None, 3):
        with pytest.raises((TypeError, AttributeError)):
            ExperimentRun.from_dict(wrong)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- the facade


def _serve_runs(spec_server: SpecServerFactory, body: Any) -> Any:
    server = spec_server("phoenix")
    server.set_response("list_experiment_runs", body, validate=False)
    return server


def _page(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"data": runs, "next_cursor": None}


@MODES
async def test_drift_is_warned_once_per_kind_and_logged(
    mode: str, spec_server: SpecServerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    tolerance._WARNED.clear()
    body = _page([{**RUN, "id": f"r{i}", "repetition_number": "x"} for i in range(3)])
    server = _serve_runs(spec_server, body)
    clock = Clock()
    with warnings.catch_warnings(record=True) as seen, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        async with open_client(mode, "phoenix", server, clock) as client:
            items = await collect(client.experiment_runs("exp"))
            again = await collect(client.experiment_runs("exp"))
    assert len(items) == len(again) == 3
    drifts = [w for w in seen if issubclass(w.category, evalclients.DriftWarning)]
    assert len(drifts) == 1, [str(w.message) for w in drifts]
    message = str(drifts[0].message)
    assert "phoenix list_experiment_runs: ExperimentRun.repetition_number" in message
    assert "expected int, received string" in message
    assert [r.getMessage() for r in caplog.records if r.name == "evalclients"] == [message]
    assert [d.path for d in evalclients.drift(items)] == [
        "[0].repetition_number",
        "[1].repetition_number",
        "[2].repetition_number",
    ]


@MODES
async def test_strict_mode_raises_naming_the_path_and_the_expectation(
    mode: str, spec_server: SpecServerFactory
) -> None:
    body = _page([RUN, {**RUN, "id": "r2", "start_time": None}])
    server = _serve_runs(spec_server, body)
    async with open_client(mode, "phoenix", server, Clock(), strict=True) as client:
        with pytest.raises(evalclients.ResponseDecodeError) as caught:
            await collect(client.experiment_runs("exp"))
        message = str(caught.value)
        assert "data[1].start_time: expected datetime.datetime, received null" in message
        assert "strict mode" in message
        lenient = client.with_options(strict=False)
        assert len(await collect(lenient.experiment_runs("exp"))) == 2
    async with open_client(mode, "phoenix", server, Clock()) as client:
        with pytest.raises(evalclients.ResponseDecodeError):
            await collect(client.with_options(strict=True).experiment_runs("exp"))


@MODES
async def test_strict_mode_accepts_a_body_that_matches(
    mode: str, spec_server: SpecServerFactory
) -> None:
    server = _serve_runs(spec_server, _page([RUN]))
    async with open_client(mode, "phoenix", server, Clock(), strict=True) as client:
        (run,) = await collect(client.experiment_runs("exp"))
    assert run.to_dict() == RUN


@MODES
async def test_call_reports_drift_too(mode: str, spec_server: SpecServerFactory) -> None:
    server = spec_server("phoenix")
    experiment = {
        "id": "e1",
        "dataset_id": "d",
        "dataset_version_id": "v",
        "repetitions": 1,
        "metadata": {},
        "project_name": None,
        "created_at": "2025-09-26T23:44:05.224Z",
        "updated_at": "2025-09-26T23:44:05.224Z",
    }
    server.set_response("get_experiment", {"data": experiment}, validate=False)
    async with open_client(mode, "phoenix", server, Clock()) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", evalclients.DriftWarning)
            exp = await call(client.experiment("e1"))
        assert exp.id == "e1"
        with pytest.raises(evalclients.ResponseDecodeError, match="strict mode"):
            await call(client.with_options(strict=True).experiment("e1"))


@MODES
async def test_garbage_is_not_drift(mode: str, spec_server: SpecServerFactory) -> None:
    server = spec_server("phoenix")
    async with open_client(mode, "phoenix", server, Clock()) as client:
        for raw, ctype in (
            (b"<html>oops</html>", "text/html"),
            (b'{"data": [', "application/json"),
            (json.dumps([RUN]).encode(), "application/json"),
            (b'"text"', "application/json"),
            (b"null", "application/json"),
        ):
            server.set_response("list_experiment_runs", raw, content_type=ctype, validate=False)
            with pytest.raises(evalclients.ResponseDecodeError):
                await collect(client.experiment_runs("exp"))


def test_the_key_is_never_in_a_drift_report() -> None:
    assert KEY not in repr(evalclients.drift(ExperimentRun.from_dict({**RUN, "id": 1})))


def test_items_kept_whole_are_named_by_drift_of_the_page(spec_server: SpecServerFactory) -> None:
    # a null item cannot hold its own drift: the page's envelope recorded it, drift(page) says
    body = _page([RUN, None, {**RUN, "id": "r3", "repetition_number": "x"}])
    server = _serve_runs(spec_server, body)
    with (
        evalclients.Client("phoenix", api_key=KEY, base_url=server.base_url) as client,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", evalclients.DriftWarning)
        page = next(iter(client.paginate("list_experiment_runs", experiment_id="exp").by_page()))
    assert [type(i).__name__ for i in page.items] == ["ExperimentRun", "NoneType", "ExperimentRun"]
    assert [(d.path, d.kind, d.received) for d in evalclients.drift(page)] == [
        ("[1]", "type", "null"),
        ("[2].repetition_number", "type", "string"),
    ]
    assert [d.path for d in evalclients.drift(page.items)] == ["[2].repetition_number"]


def test_a_null_in_an_enum_field_is_named_by_its_json_type() -> None:
    body = {
        "id": "r1",
        "created_at": "2024-01-15T09:30:00Z",
        "status": None,
        "control": True,
        "orchestrated": True,
        "added_at": "2024-01-15T09:30:00Z",
    }
    run = EvaluationRunResponse.from_dict(body)
    assert run.status is None
    (record,) = [d for d in evalclients.drift(run) if d.path == "status"]
    assert record.received == "null"  # JSON's name, not Python's repr "None"


def test_a_value_no_variant_of_a_nullable_union_fits_is_kept_and_reported() -> None:
    # found by the long drift fuzz: a datetime | None (or Model | None) field holding a number
    # was returned as is with no drift recorded
    body = {
        "id": "r1",
        "created_at": "2024-01-15T09:30:00Z",
        "status": "pending",
        "control": True,
        "orchestrated": True,
        "added_at": "2024-01-15T09:30:00Z",
        "created_by": 12345,
    }
    run = EvaluationRunResponse.from_dict(body)
    assert run.created_by == 12345
    assert kinds(run) == {("created_by", "union")}
    assert run.to_dict()["created_by"] == 12345
    with pytest.raises(TypeError):
        EvaluationRunResponse.from_dict(body, _strict=True)
