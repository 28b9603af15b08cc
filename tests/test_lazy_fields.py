"""Fields built from their JSON (models, UUIDs, dates and times) are decoded on first read,
with the same result and the same drift.

``from_dict()`` keeps such a field's JSON and builds the value when the field is first read (a
listing whose caller never reads the nested parts never pays for them). Everything a caller
can observe must match eager decoding: the values, equality, ``to_dict()``, the drift that
``evalclients.drift()`` reports, a ``DriftWarning`` (when the field is read), and strict mode
refusing the body at once.
"""

from __future__ import annotations

import copy
import pickle
import warnings
from typing import Any

import pytest
from evalclients_arize.models import ExperimentRun as ArizeRun
from evalclients_arize.models.annotation import Annotation
from evalclients_arize.types import UNSET

import evalclients
from evalclients import tolerance
from tests.facade_helpers import MODES, collect, open_client
from tests.fakeserver.vendors import SpecServerFactory
from tests.test_transport import Clock

RUN: dict[str, Any] = {
    "id": "run_1",
    "example_id": "ex_1",
    "output": "answer",
    "error": None,
    "annotations": [{"name": "correctness", "score": 1.0, "label": "right"}],
}


def kinds(obj: object) -> set[tuple[str, str]]:
    return {(d.path, d.kind) for d in evalclients.drift(obj)}


def test_a_nested_field_reads_as_if_decoded_at_once() -> None:
    lazy = ArizeRun.from_dict(RUN)
    eager = ArizeRun.from_dict(RUN, _strict=True)  # strict decodes every field at once
    assert lazy == eager and repr(lazy) == repr(eager)
    (annotation,) = lazy.annotations  # type: ignore[misc]
    assert isinstance(annotation, Annotation) and annotation.score == 1.0
    assert lazy.annotations is lazy.annotations  # decoded once, then kept
    assert lazy.to_dict() == RUN and evalclients.drift(lazy) == []


def test_a_nested_field_not_read_yet_round_trips() -> None:
    run = ArizeRun.from_dict(RUN)
    assert run.to_dict() == RUN
    assert ArizeRun.from_dict(RUN) == ArizeRun.from_dict(RUN, _strict=True)  # neither read yet


def test_a_field_set_by_the_caller_is_kept() -> None:
    run = ArizeRun.from_dict(RUN)
    run.annotations = [Annotation(name="mine")]
    assert run.annotations == [Annotation(name="mine")]
    built = ArizeRun(id="r", annotations=[Annotation(name="x")])
    assert built.annotations == [Annotation(name="x")]


def test_drift_inside_a_nested_field_is_reported_without_reading_it_first() -> None:
    body = {**RUN, "annotations": [{"name": "c", "score": "high"}, "not an object"]}
    run = ArizeRun.from_dict(body)
    assert kinds(run) == {("annotations[0].score", "type"), ("annotations[1]", "type")}
    assert run.annotations[0].score == "high"  # type: ignore[index]
    assert run.annotations[1] == "not an object"  # type: ignore[index]
    assert run.to_dict() == body


def test_a_nested_field_of_the_wrong_kind_is_kept_and_reported() -> None:
    body = {**RUN, "annotations": "none"}
    run = ArizeRun.from_dict(body)
    assert kinds(run) == {("annotations", "type")}
    assert run.annotations == "none" and run.to_dict() == body
    assert kinds(run) == {("annotations", "type")}  # recorded once, however often it is read


def test_strict_from_dict_decodes_a_nested_field_at_once() -> None:
    # how a union tells its object variants apart: a field that does not fit raises now
    with pytest.raises((TypeError, ValueError, AttributeError, KeyError)):
        ArizeRun.from_dict({**RUN, "annotations": "none"}, _strict=True)


def _serve(spec_server: SpecServerFactory, runs: list[dict[str, Any]]) -> Any:
    server = spec_server("arize")
    body = {"experiment_runs": runs, "pagination": {"has_more": False}}
    server.set_response("list_experiment_runs", body, validate=False)
    return server


@MODES
async def test_nested_drift_warns_when_the_field_is_first_read(
    mode: str, spec_server: SpecServerFactory
) -> None:
    tolerance._WARNED.clear()
    server = _serve(spec_server, [RUN, {**RUN, "annotations": [{"name": "c", "score": "x"}]}])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        async with open_client(mode, "arize", server, Clock()) as client:
            items = await collect(client.experiment_runs("exp"))
        assert len(items) == 2
        paging = [str(w.message) for w in seen if w.category is evalclients.DriftWarning]
        assert not any("Annotation.score" in m for m in paging)  # not read yet
        assert items[1].annotations[0].score == "x"
    late = [str(w.message) for w in seen if w.category is evalclients.DriftWarning]
    assert [m for m in late if "Annotation.score" in m] == [
        "arize (a field decoded on first read): Annotation.score differs from the spec (type: "
        "expected float, received string); decoded anyway, see evalclients.drift(obj)"
    ]
    assert kinds(items) == {("[1].annotations[0].score", "type")}


@MODES
async def test_strict_mode_refuses_nested_drift_while_paging(
    mode: str, spec_server: SpecServerFactory
) -> None:
    server = _serve(spec_server, [RUN, {**RUN, "annotations": [{"name": "c", "score": "x"}]}])
    async with open_client(mode, "arize", server, Clock(), strict=True) as client:
        with pytest.raises(evalclients.ResponseDecodeError) as caught:
            await collect(client.experiment_runs("exp"))
    assert "[1].annotations[0].score: expected float, received string" in str(caught.value)


@pytest.mark.parametrize("how", ["copy", "deepcopy", "pickle"])
def test_a_model_copies_and_pickles_with_its_pending_fields_and_drift(how: str) -> None:
    body = {**RUN, "annotations": [{"name": "c", "score": "high"}], "status": "new"}
    del body["example_id"]
    run = ArizeRun.from_dict(body)  # annotations not read yet: their slot holds raw JSON
    copied = {
        "copy": copy.copy,
        "deepcopy": copy.deepcopy,
        "pickle": lambda obj: pickle.loads(pickle.dumps(obj)),
    }[how](run)
    assert copied == run and copied.to_dict() == run.to_dict() == body
    assert kinds(copied) == kinds(run) == {("annotations[0].score", "type")}
    assert copied.example_id is UNSET  # the one UNSET, not a copy of it


BT_EXPERIMENT: dict[str, Any] = {
    "id": "00000000-0000-4000-8000-000000000001",
    "project_id": "00000000-0000-4000-8000-0000000000aa",
    "name": "nightly",
    "public": False,
    "user_id": None,
}


def test_a_uuid_field_reads_as_if_decoded_at_once() -> None:
    import uuid

    from evalclients_braintrust.models import Experiment

    lazy = Experiment.from_dict(BT_EXPERIMENT)
    eager = Experiment.from_dict(BT_EXPERIMENT, _strict=True)
    assert lazy == eager and repr(lazy) == repr(eager)
    assert lazy.id == uuid.UUID(BT_EXPERIMENT["id"]) and lazy.user_id is None
    assert lazy.to_dict() == BT_EXPERIMENT and evalclients.drift(lazy) == []


def test_a_malformed_uuid_is_drift_on_first_read_and_refused_when_strict() -> None:
    from evalclients_braintrust.models import Experiment

    body = {**BT_EXPERIMENT, "id": "not-a-uuid", "user_id": 7}
    experiment = Experiment.from_dict(body)
    assert kinds(experiment) == {("id", "type"), ("user_id", "union")}
    assert experiment.id == "not-a-uuid" and experiment.user_id == 7  # kept as received
    assert experiment.to_dict() == body
    with pytest.raises(ValueError):
        Experiment.from_dict(body, _strict=True)


PHOENIX_RUN: dict[str, Any] = {
    "id": "RXhwZXJpbWVudFJ1bjox",
    "experiment_id": "RXhwZXJpbWVudDox",
    "dataset_example_id": "RGF0YXNldEV4YW1wbGU6MQ==",
    "repetition_number": 1,
    "start_time": "2025-01-01T00:00:01.250000+00:00",
    "end_time": "2025-01-01T00:00:02+00:00",
    "output": {"answer": "a"},
    "error": None,
    "trace_id": None,
}


def test_dates_and_times_read_as_if_decoded_at_once() -> None:
    import datetime

    from evalclients_phoenix.models import ExperimentRun

    lazy = ExperimentRun.from_dict(PHOENIX_RUN)
    eager = ExperimentRun.from_dict(PHOENIX_RUN, _strict=True)
    assert lazy == eager and repr(lazy) == repr(eager)
    assert lazy.start_time == datetime.datetime(2025, 1, 1, 0, 0, 1, 250000, datetime.UTC)
    assert lazy.start_time is lazy.start_time  # built once, then kept
    assert lazy.to_dict() == eager.to_dict() and evalclients.drift(lazy) == []


def test_a_malformed_timestamp_is_drift_on_first_read_and_refused_when_strict() -> None:
    from evalclients_phoenix.models import ExperimentRun

    body = {**PHOENIX_RUN, "start_time": "yesterday", "end_time": 1735689600}
    run = ExperimentRun.from_dict(body)
    assert kinds(run) == {("start_time", "type"), ("end_time", "type")}
    assert run.start_time == "yesterday" and run.end_time == 1735689600  # kept as received
    assert run.to_dict() == body
    with pytest.raises((TypeError, ValueError)):
        ExperimentRun.from_dict(body, _strict=True)


def test_a_pending_field_holds_its_json_as_received() -> None:
    # nothing is built or allocated for a field until it is read: its slot holds the very
    # JSON value and a bit of the model's _pending says so (a marker object per field made
    # each page hold more objects for the garbage collector to walk)
    body = {**RUN, "annotations": [{"name": "c"}]}
    run = ArizeRun.from_dict(body)
    assert ArizeRun._annotations_slot.__get__(run) is body["annotations"]  # type: ignore[attr-defined]
    assert run._pending != 0
    assert isinstance(run.annotations[0], Annotation) and run._pending == 0


def test_a_field_set_before_its_first_read_keeps_the_value_set() -> None:
    import datetime

    from evalclients_phoenix.models import ExperimentRun

    run = ArizeRun.from_dict(RUN)
    mine = [Annotation(name="mine")]
    run.annotations = mine
    assert run.annotations is mine and evalclients.drift(run) == []
    phoenix = ExperimentRun.from_dict({**PHOENIX_RUN, "start_time": "not a time"})
    now = datetime.datetime.now(datetime.UTC)
    phoenix.start_time = now  # set over the malformed JSON before anything read it
    assert phoenix.start_time is now and evalclients.drift(phoenix) == []
    assert phoenix.to_dict()["start_time"] == now.isoformat()


def test_a_model_built_by_its_constructor_has_nothing_pending() -> None:
    import datetime

    from evalclients_phoenix.models import ExperimentRun

    when = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    fields = {k: v for k, v in PHOENIX_RUN.items() if k not in ("start_time", "end_time")}
    run = ExperimentRun(**fields, start_time=when, end_time=when)
    assert run._pending == 0 and run.start_time is when
    assert run == ExperimentRun.from_dict(run.to_dict())


@pytest.mark.parametrize(
    ("items", "drifted"),
    [([], False), (["a", "b"], False), (["a", 1], True), ([None], True), ([["a"]], True)],
)
def test_a_list_of_strings_is_checked_item_by_item(items: list[Any], drifted: bool) -> None:
    from evalclients_respan.models import Experiment

    body = {"id": "exp_1", "evaluator_slugs": items}
    experiment = Experiment.from_dict(body)
    assert experiment.evaluator_slugs == items  # as received either way
    assert kinds(experiment) == ({("evaluator_slugs", "type")} if drifted else set())
    assert experiment.to_dict() == body


@pytest.mark.parametrize(
    ("position", "drifted"),
    [([0, 1], False), ([], False), ([0, 1.5], True), ([True], True), (["0"], True)],
)
def test_a_list_of_integers_is_checked_item_by_item(position: list[Any], drifted: bool) -> None:
    from evalclients_arize.models.text_widget import TextWidget

    widget = TextWidget.from_dict({"grid_position": position})
    assert widget.grid_position == position  # as received either way
    found = {kind for path, kind in kinds(widget) if path == "grid_position"}
    assert found == ({"type"} if drifted else set())
