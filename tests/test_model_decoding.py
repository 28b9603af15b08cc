"""The cheaper decoding paths give what the plain ones gave: remembered UUIDs, and union
fields passed through when null or absent (drift still recorded for anything else)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from evalclients_braintrust import drift as runtime
from evalclients_braintrust.models import ExperimentEvent
from evalclients_braintrust.types import UNSET

import evalclients

PROJECT = "00000000-0000-4000-8000-0000000000aa"
EVENT: dict[str, Any] = {
    "id": "event_1",
    "_xact_id": "1000001",
    "created": "2025-01-01T00:00:01Z",
    "project_id": PROJECT,
    "experiment_id": "00000000-0000-4000-8000-0000000000bb",
    "span_id": "span_1",
    "root_span_id": "span_1",
    "tags": None,
}


def kinds(obj: object) -> set[tuple[str, str]]:
    return {(d.path, d.kind) for d in evalclients.drift(obj)}


def test_a_remembered_uuid_equals_a_parsed_one_and_is_shared() -> None:
    first = runtime.uuid(PROJECT)
    assert first == uuid.UUID(PROJECT)
    assert runtime.uuid(PROJECT) is first
    braced = "{" + PROJECT.upper() + "}"  # every form UUID() accepts is accepted
    assert runtime.uuid(braced) == uuid.UUID(PROJECT)


UUID_FORMS = [
    PROJECT, PROJECT.upper(), PROJECT.replace("-", ""), "{" + PROJECT + "}",
    "urn:uuid:" + PROJECT, " " + PROJECT.replace("-", "")[1:], "+" + PROJECT[1:],
    "0x" + PROJECT.replace("-", "")[2:], PROJECT[:-1] + "g", PROJECT[:-1], PROJECT + "0",
    "-" * 36, "", "{" + PROJECT[1:-1] + "}--", 5, None, b"0" * 32,
]  # fmt: skip


@pytest.mark.parametrize("text", UUID_FORMS, ids=repr)
def test_a_new_uuid_is_what_uuid_gives_or_raises_alike(text: Any) -> None:
    try:
        expected: Any = uuid.UUID(text)
    except Exception as exc:  # the same kind of error is the contract
        expected = type(exc)
    try:
        got: Any = runtime._new_uuid(text)
    except Exception as exc:
        got = type(exc)
    assert got == expected
    if isinstance(got, uuid.UUID):
        assert got.is_safe is expected.is_safe and hash(got) == hash(expected)


@pytest.mark.parametrize("bad", ["not-a-uuid", PROJECT[:-1], 7, None])
def test_a_bad_uuid_raises_as_uuid_does(bad: object) -> None:
    with pytest.raises((ValueError, AttributeError, TypeError)) as ours:
        runtime.uuid(bad)  # type: ignore[arg-type]
    with pytest.raises((ValueError, AttributeError, TypeError)) as theirs:
        uuid.UUID(bad)  # type: ignore[arg-type]
    assert type(ours.value) is type(theirs.value)


def test_an_unhashable_value_raises_type_error() -> None:
    with pytest.raises(TypeError):
        runtime.uuid(["a"])  # type: ignore[arg-type]


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "_UUIDS_KEPT", 8)
    monkeypatch.setattr(runtime, "_UUIDS", {})
    ids = [str(uuid.UUID(int=i)) for i in range(20)]
    assert [runtime.uuid(i) for i in ids] == [uuid.UUID(i) for i in ids]
    assert len(runtime._UUIDS) <= 8


def test_uuid_fields_decode_and_a_bad_one_is_kept_as_received() -> None:
    event = ExperimentEvent.from_dict(EVENT)
    assert event.project_id == uuid.UUID(PROJECT)
    assert kinds(event) == set()
    drifted = ExperimentEvent.from_dict({**EVENT, "project_id": "nope"})
    assert drifted.project_id == "nope"
    assert kinds(drifted) == {("project_id", "type")}
    assert drifted.to_dict()["project_id"] == "nope"


def test_a_null_or_absent_union_field_passes_through_and_another_value_drifts() -> None:
    event = ExperimentEvent.from_dict(EVENT)
    assert event.tags is None
    assert event.audit_data is UNSET
    assert "audit_data" not in event.to_dict()
    listed = ExperimentEvent.from_dict({**EVENT, "tags": ["a"], "audit_data": []})
    assert listed.tags == ["a"]
    assert listed.audit_data == []
    drifted = ExperimentEvent.from_dict({**EVENT, "tags": 5})
    assert drifted.to_dict()["tags"] == 5  # kept as received
    assert kinds(drifted) == {("tags", "union")}
    with pytest.raises(TypeError):
        ExperimentEvent.from_dict({**EVENT, "tags": 5}, _strict=True)


@pytest.mark.parametrize(
    ("value", "drifted"),
    [(["a", "b"], False), ([], False), ([1], True), (["a", None], True), (["a", ["b"]], True)],
)
def test_a_list_of_strings_holding_another_type_is_kept_and_reported(
    value: list[Any], drifted: bool
) -> None:
    # found by `make fuzz`: only the list itself was checked, so [1] passed as list[str]
    from evalclients_respan.models import Experiment

    body = {"id": "e1", "name": "n", "status": "done", "evaluator_ids": value}
    experiment = Experiment.from_dict(body)
    assert experiment.evaluator_ids == value  # kept as received either way
    assert (("evaluator_ids", "type") in kinds(experiment)) is drifted
    assert experiment.to_dict()["evaluator_ids"] == value
    if drifted:
        with pytest.raises(TypeError):
            Experiment.from_dict(body, _strict=True)


@pytest.mark.parametrize(("value", "drifted"), [([1, 2], False), ([1, True], True), ([1.5], True)])
def test_a_list_of_integers_holding_another_type_is_kept_and_reported(
    value: list[Any], drifted: bool
) -> None:
    from evalclients_arize.models import LineChartWidget

    widget = LineChartWidget.from_dict({"grid_position": value})
    assert widget.grid_position == value
    assert (("grid_position", "type") in kinds(widget)) is drifted
