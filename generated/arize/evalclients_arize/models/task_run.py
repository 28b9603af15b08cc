from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.task_run_status import TaskRunStatus, check_task_run_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRun")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "data_end_time",
        "data_start_time",
        "experiment_id",
        "failure_reason",
        "id",
        "num_errors",
        "num_skipped",
        "num_successes",
        "run_finished_at",
        "run_started_at",
        "status",
        "task_id",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "created_by_user_id",
        "created_by_user_id",
        False,
        0,
        "created_by_user_id: None | str | Unset = _j_created_by_user_id\n\nif not (created_by_user_id is None or type(created_by_user_id) is str or created_by_user_id is UNSET):\n    raise TypeError",
    ),
    ("data_end_time", "_data_end_time_slot", False, 2, ""),
    ("data_start_time", "_data_start_time_slot", False, 4, ""),
    (
        "experiment_id",
        "experiment_id",
        False,
        0,
        "experiment_id: None | str | Unset = _j_experiment_id\n\nif not (experiment_id is None or type(experiment_id) is str or experiment_id is UNSET):\n    raise TypeError",
    ),
    (
        "failure_reason",
        "failure_reason",
        False,
        0,
        "failure_reason: None | str | Unset = _j_failure_reason\n\nif not (failure_reason is None or type(failure_reason) is str or failure_reason is UNSET):\n    raise TypeError",
    ),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "num_errors",
        "num_errors",
        False,
        0,
        "num_errors = _j_num_errors\nif not (type(num_errors) is int or num_errors is UNSET):\n    raise TypeError",
    ),
    (
        "num_skipped",
        "num_skipped",
        False,
        0,
        "num_skipped = _j_num_skipped\nif not (type(num_skipped) is int or num_skipped is UNSET):\n    raise TypeError",
    ),
    (
        "num_successes",
        "num_successes",
        False,
        0,
        "num_successes = _j_num_successes\nif not (type(num_successes) is int or num_successes is UNSET):\n    raise TypeError",
    ),
    ("run_finished_at", "_run_finished_at_slot", False, 8, ""),
    ("run_started_at", "_run_started_at_slot", False, 16, ""),
    (
        "status",
        "status",
        False,
        0,
        "_status = _j_status\nstatus: TaskRunStatus | Unset\nif _status is UNSET:\n    status = UNSET\nelse:\n    status = check_task_run_status(_status)",
    ),
    (
        "task_id",
        "task_id",
        False,
        0,
        "task_id = _j_task_id\nif not (type(task_id) is str or task_id is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class TaskRun:
    """A task run is an async job that executes the work defined on a task. Runs are created by triggering an existing task
    (`POST /v2/tasks/{task_id}/trigger`). For `RUN_EXPERIMENT` tasks, `experiment_id` is populated after the experiment
    is provisioned; poll `GET /v2/task-runs/{run_id}` until `status` reaches a terminal state.

        Attributes:
            created_at (datetime.datetime | Unset): When the run was created.
            created_by_user_id (None | str | Unset): The unique identifier for the user who triggered the run.
            data_end_time (datetime.datetime | None | Unset): End of the data window evaluated. Null for run_experiment
                runs.
            data_start_time (datetime.datetime | None | Unset): Start of the data window evaluated. Null for run_experiment
                runs.
            experiment_id (None | str | Unset): Created experiment identifier (base64). Present only for `RUN_EXPERIMENT`
                task runs; null for all other task types.
            failure_reason (None | str | Unset): Human-readable explanation of why the run failed or was cancelled; null for
                successful runs. For example, when all matching data already has evaluation labels from a previous run, the task
                cancels with zero successes, errors, and skipped items, and this field explains that the task must be re-
                triggered with `override_evaluations` enabled to re-evaluate it.
            id (str | Unset): The unique identifier for the task run.
            num_errors (int | Unset): Number of items that errored during evaluation.
            num_skipped (int | Unset): Number of items that were skipped.
            num_successes (int | Unset): Number of successfully evaluated items.
            run_finished_at (datetime.datetime | None | Unset): When the run finished processing.
            run_started_at (datetime.datetime | None | Unset): When the run started processing.
            status (TaskRunStatus | Unset): Status of a task run. - PENDING - The run has been created but not yet started.
                - RUNNING - The run is currently in progress. - COMPLETED - The run finished successfully. - FAILED - The run
                encountered an error and stopped. - CANCELLED - The run was cancelled before completion.
            task_id (str | Unset): The parent task identifier (base64).
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    data_end_time: datetime.datetime | None | Unset = UNSET
    data_start_time: datetime.datetime | None | Unset = UNSET
    experiment_id: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    id: str | Unset = UNSET
    num_errors: int | Unset = UNSET
    num_skipped: int | Unset = UNSET
    num_successes: int | Unset = UNSET
    run_finished_at: datetime.datetime | None | Unset = UNSET
    run_started_at: datetime.datetime | None | Unset = UNSET
    status: TaskRunStatus | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        try:
            data_end_time: None | str | Unset
            if isinstance(self.data_end_time, Unset):
                data_end_time = UNSET
            elif isinstance(self.data_end_time, datetime.datetime):
                data_end_time = self.data_end_time.isoformat()
            else:
                data_end_time = self.data_end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_end_time = _as_json(self.data_end_time)

        try:
            data_start_time: None | str | Unset
            if isinstance(self.data_start_time, Unset):
                data_start_time = UNSET
            elif isinstance(self.data_start_time, datetime.datetime):
                data_start_time = self.data_start_time.isoformat()
            else:
                data_start_time = self.data_start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_start_time = _as_json(self.data_start_time)

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        id = self.id

        num_errors = self.num_errors

        num_skipped = self.num_skipped

        num_successes = self.num_successes

        try:
            run_finished_at: None | str | Unset
            if isinstance(self.run_finished_at, Unset):
                run_finished_at = UNSET
            elif isinstance(self.run_finished_at, datetime.datetime):
                run_finished_at = self.run_finished_at.isoformat()
            else:
                run_finished_at = self.run_finished_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_finished_at = _as_json(self.run_finished_at)

        try:
            run_started_at: None | str | Unset
            if isinstance(self.run_started_at, Unset):
                run_started_at = UNSET
            elif isinstance(self.run_started_at, datetime.datetime):
                run_started_at = self.run_started_at.isoformat()
            else:
                run_started_at = self.run_started_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_started_at = _as_json(self.run_started_at)

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if data_end_time is not UNSET:
            field_dict["data_end_time"] = data_end_time
        if data_start_time is not UNSET:
            field_dict["data_start_time"] = data_start_time
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if num_errors is not UNSET:
            field_dict["num_errors"] = num_errors
        if num_skipped is not UNSET:
            field_dict["num_skipped"] = num_skipped
        if num_successes is not UNSET:
            field_dict["num_successes"] = num_successes
        if run_finished_at is not UNSET:
            field_dict["run_finished_at"] = run_finished_at
        if run_started_at is not UNSET:
            field_dict["run_started_at"] = run_started_at
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            created_by_user_id: None | str | Unset = d.get("created_by_user_id", UNSET)

            if not (
                created_by_user_id is None
                or type(created_by_user_id) is str
                or created_by_user_id is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        _data_end_time_raw = d.get("data_end_time", UNSET)
        if _data_end_time_raw is UNSET:
            data_end_time = UNSET
        elif not _strict:
            data_end_time = _data_end_time_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _data_end_time = d.get("data_end_time", UNSET)
                data_end_time = (
                    _data_end_time
                    if _data_end_time is None or _data_end_time is UNSET
                    else datetime.datetime.fromisoformat(_data_end_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data_end_time, _drifted = _keep(
                    cls, d, "data_end_time", "datetime.datetime | None", "union", _drifted
                )

        _data_start_time_raw = d.get("data_start_time", UNSET)
        if _data_start_time_raw is UNSET:
            data_start_time = UNSET
        elif not _strict:
            data_start_time = _data_start_time_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _data_start_time = d.get("data_start_time", UNSET)
                data_start_time = (
                    _data_start_time
                    if _data_start_time is None or _data_start_time is UNSET
                    else datetime.datetime.fromisoformat(_data_start_time)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                data_start_time, _drifted = _keep(
                    cls, d, "data_start_time", "datetime.datetime | None", "union", _drifted
                )

        try:
            experiment_id: None | str | Unset = d.get("experiment_id", UNSET)

            if not (experiment_id is None or type(experiment_id) is str or experiment_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_id, _drifted = _keep(cls, d, "experiment_id", "None | str", "type", _drifted)

        try:
            failure_reason: None | str | Unset = d.get("failure_reason", UNSET)

            if not (
                failure_reason is None or type(failure_reason) is str or failure_reason is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            failure_reason, _drifted = _keep(
                cls, d, "failure_reason", "None | str", "type", _drifted
            )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            num_errors = d.get("num_errors", UNSET)
            if not (type(num_errors) is int or num_errors is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_errors, _drifted = _keep(cls, d, "num_errors", "int", "type", _drifted)

        try:
            num_skipped = d.get("num_skipped", UNSET)
            if not (type(num_skipped) is int or num_skipped is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_skipped, _drifted = _keep(cls, d, "num_skipped", "int", "type", _drifted)

        try:
            num_successes = d.get("num_successes", UNSET)
            if not (type(num_successes) is int or num_successes is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_successes, _drifted = _keep(cls, d, "num_successes", "int", "type", _drifted)

        _run_finished_at_raw = d.get("run_finished_at", UNSET)
        if _run_finished_at_raw is UNSET:
            run_finished_at = UNSET
        elif not _strict:
            run_finished_at = _run_finished_at_raw  # decoded on first read
            _pending |= 8
        else:
            try:
                _run_finished_at = d.get("run_finished_at", UNSET)
                run_finished_at = (
                    _run_finished_at
                    if _run_finished_at is None or _run_finished_at is UNSET
                    else datetime.datetime.fromisoformat(_run_finished_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                run_finished_at, _drifted = _keep(
                    cls, d, "run_finished_at", "datetime.datetime | None", "union", _drifted
                )

        _run_started_at_raw = d.get("run_started_at", UNSET)
        if _run_started_at_raw is UNSET:
            run_started_at = UNSET
        elif not _strict:
            run_started_at = _run_started_at_raw  # decoded on first read
            _pending |= 16
        else:
            try:
                _run_started_at = d.get("run_started_at", UNSET)
                run_started_at = (
                    _run_started_at
                    if _run_started_at is None or _run_started_at is UNSET
                    else datetime.datetime.fromisoformat(_run_started_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                run_started_at, _drifted = _keep(
                    cls, d, "run_started_at", "datetime.datetime | None", "union", _drifted
                )

        try:
            _status = d.get("status", UNSET)
            status: TaskRunStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_task_run_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls,
                d,
                "status",
                "one of CANCELLED, COMPLETED, FAILED, PENDING, RUNNING",
                "enum",
                _drifted,
            )

        try:
            task_id = d.get("task_id", UNSET)
            if not (type(task_id) is str or task_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            task_id, _drifted = _keep(cls, d, "task_id", "str", "type", _drifted)

        _task_run_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _task_run_._created_at_slot = created_at  # type: ignore[attr-defined]
        _task_run_.created_by_user_id = created_by_user_id
        _task_run_._data_end_time_slot = data_end_time  # type: ignore[attr-defined]
        _task_run_._data_start_time_slot = data_start_time  # type: ignore[attr-defined]
        _task_run_.experiment_id = experiment_id
        _task_run_.failure_reason = failure_reason
        _task_run_.id = id
        _task_run_.num_errors = num_errors
        _task_run_.num_skipped = num_skipped
        _task_run_.num_successes = num_successes
        _task_run_._run_finished_at_slot = run_finished_at  # type: ignore[attr-defined]
        _task_run_._run_started_at_slot = run_started_at  # type: ignore[attr-defined]
        _task_run_.status = status
        _task_run_.task_id = task_id
        _task_run_.additional_properties = {}
        _task_run_._pending = _pending

        if _extra:
            _task_run_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_task_run_, _drifted)
        return _task_run_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_created_at(self: TaskRun, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(TaskRun, "created_at", 1, _decode_created_at)


def _decode_data_end_time(self: TaskRun, raw: Any) -> Any:
    """``data_end_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _data_end_time = raw
        data_end_time = (
            _data_end_time
            if _data_end_time is None or _data_end_time is UNSET
            else datetime.datetime.fromisoformat(_data_end_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data_end_time, _drifted = _keep(
            type(self),
            {"data_end_time": raw},
            "data_end_time",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data_end_time


_lazy(TaskRun, "data_end_time", 2, _decode_data_end_time)


def _decode_data_start_time(self: TaskRun, raw: Any) -> Any:
    """``data_start_time`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _data_start_time = raw
        data_start_time = (
            _data_start_time
            if _data_start_time is None or _data_start_time is UNSET
            else datetime.datetime.fromisoformat(_data_start_time)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        data_start_time, _drifted = _keep(
            type(self),
            {"data_start_time": raw},
            "data_start_time",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return data_start_time


_lazy(TaskRun, "data_start_time", 4, _decode_data_start_time)


def _decode_run_finished_at(self: TaskRun, raw: Any) -> Any:
    """``run_finished_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _run_finished_at = raw
        run_finished_at = (
            _run_finished_at
            if _run_finished_at is None or _run_finished_at is UNSET
            else datetime.datetime.fromisoformat(_run_finished_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        run_finished_at, _drifted = _keep(
            type(self),
            {"run_finished_at": raw},
            "run_finished_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return run_finished_at


_lazy(TaskRun, "run_finished_at", 8, _decode_run_finished_at)


def _decode_run_started_at(self: TaskRun, raw: Any) -> Any:
    """``run_started_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _run_started_at = raw
        run_started_at = (
            _run_started_at
            if _run_started_at is None or _run_started_at is UNSET
            else datetime.datetime.fromisoformat(_run_started_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        run_started_at, _drifted = _keep(
            type(self),
            {"run_started_at": raw},
            "run_started_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return run_started_at


_lazy(TaskRun, "run_started_at", 16, _decode_run_started_at)
