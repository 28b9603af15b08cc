from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..models.task_run_status import TaskRunStatus, check_task_run_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRun")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "data_end_time",
        "data_start_time",
        "id",
        "num_errors",
        "num_skipped",
        "num_successes",
        "run_finished_at",
        "run_started_at",
        "status",
        "task_id",
        "experiment_id",
    }
)


@_attrs_define
class TaskRun:
    """A task run is an async job that executes the work defined on a task. Runs are
    created by triggering an existing task (`POST /v2/tasks/{task_id}/trigger`).
    For `RUN_EXPERIMENT` tasks, `experiment_id` is populated after the experiment
    is provisioned; poll `GET /v2/task-runs/{run_id}` until `status` reaches a
    terminal state.

        Attributes:
            created_at (datetime.datetime): When the run was created.
            created_by_user_id (None | str): The unique identifier for the user who triggered the run.
            data_end_time (datetime.datetime | None): End of the data window evaluated. Null for run_experiment runs.
            data_start_time (datetime.datetime | None): Start of the data window evaluated. Null for run_experiment runs.
            id (str): The unique identifier for the task run.
            num_errors (float): Number of items that errored during evaluation.
            num_skipped (float): Number of items that were skipped.
            num_successes (float): Number of successfully evaluated items.
            run_finished_at (datetime.datetime | None): When the run finished processing.
            run_started_at (datetime.datetime | None): When the run started processing.
            status (TaskRunStatus): Status of a task run.
                - PENDING - The run has been created but not yet started.
                - RUNNING - The run is currently in progress.
                - COMPLETED - The run finished successfully.
                - FAILED - The run encountered an error and stopped.
                - CANCELLED - The run was cancelled before completion.
            task_id (str): The parent task identifier (base64).
            experiment_id (None | str | Unset): Created experiment identifier (base64). Present only for `RUN_EXPERIMENT`
                task runs; null for all other task types.
    """

    created_at: datetime.datetime | Unset
    created_by_user_id: None | str | Unset
    data_end_time: datetime.datetime | None | Unset
    data_start_time: datetime.datetime | None | Unset
    id: str | Unset
    num_errors: float | Unset
    num_skipped: float | Unset
    num_successes: float | Unset
    run_finished_at: datetime.datetime | None | Unset
    run_started_at: datetime.datetime | None | Unset
    status: TaskRunStatus | Unset
    task_id: str | Unset
    experiment_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def to_dict(self) -> dict[str, Any]:
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        try:
            data_end_time: None | str
            if isinstance(self.data_end_time, datetime.datetime):
                data_end_time = self.data_end_time.isoformat()
            else:
                data_end_time = self.data_end_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_end_time = _as_json(self.data_end_time)

        try:
            data_start_time: None | str
            if isinstance(self.data_start_time, datetime.datetime):
                data_start_time = self.data_start_time.isoformat()
            else:
                data_start_time = self.data_start_time
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            data_start_time = _as_json(self.data_start_time)

        id = self.id

        num_errors = self.num_errors

        num_skipped = self.num_skipped

        num_successes = self.num_successes

        try:
            run_finished_at: None | str
            if isinstance(self.run_finished_at, datetime.datetime):
                run_finished_at = self.run_finished_at.isoformat()
            else:
                run_finished_at = self.run_finished_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_finished_at = _as_json(self.run_finished_at)

        try:
            run_started_at: None | str
            if isinstance(self.run_started_at, datetime.datetime):
                run_started_at = self.run_started_at.isoformat()
            else:
                run_started_at = self.run_started_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            run_started_at = _as_json(self.run_started_at)

        try:
            status: str = self.status
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        task_id = self.task_id

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "data_end_time": data_end_time,
                "data_start_time": data_start_time,
                "id": id,
                "num_errors": num_errors,
                "num_skipped": num_skipped,
                "num_successes": num_successes,
                "run_finished_at": run_finished_at,
                "run_started_at": run_started_at,
                "status": status,
                "task_id": task_id,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            created_at = datetime.datetime.fromisoformat(d["created_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_at, _drifted = _keep(
                cls, d, "created_at", "datetime.datetime", "type", _drifted
            )

        try:
            created_by_user_id: None | str = d["created_by_user_id"]

            if not (created_by_user_id is None or type(created_by_user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            created_by_user_id, _drifted = _keep(
                cls, d, "created_by_user_id", "None | str", "type", _drifted
            )

        try:
            data_end_time = _parse_data_end_time(d["data_end_time"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_end_time, _drifted = _keep(
                cls, d, "data_end_time", "datetime.datetime | None", "union", _drifted
            )

        try:
            data_start_time = _parse_data_start_time(d["data_start_time"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            data_start_time, _drifted = _keep(
                cls, d, "data_start_time", "datetime.datetime | None", "union", _drifted
            )

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            num_errors = d["num_errors"]
            if not (type(num_errors) is float or type(num_errors) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_errors, _drifted = _keep(cls, d, "num_errors", "float", "type", _drifted)

        try:
            num_skipped = d["num_skipped"]
            if not (type(num_skipped) is float or type(num_skipped) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_skipped, _drifted = _keep(cls, d, "num_skipped", "float", "type", _drifted)

        try:
            num_successes = d["num_successes"]
            if not (type(num_successes) is float or type(num_successes) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            num_successes, _drifted = _keep(cls, d, "num_successes", "float", "type", _drifted)

        try:
            run_finished_at = _parse_run_finished_at(d["run_finished_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_finished_at, _drifted = _keep(
                cls, d, "run_finished_at", "datetime.datetime | None", "union", _drifted
            )

        try:
            run_started_at = _parse_run_started_at(d["run_started_at"])

        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            run_started_at, _drifted = _keep(
                cls, d, "run_started_at", "datetime.datetime | None", "union", _drifted
            )

        try:
            status = check_task_run_status(d["status"])

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
            task_id = d["task_id"]
            if not (type(task_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            task_id, _drifted = _keep(cls, d, "task_id", "str", "type", _drifted)

        try:
            experiment_id: None | str | Unset = d.get("experiment_id", UNSET)

            if not (experiment_id is None or type(experiment_id) is str or experiment_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            experiment_id, _drifted = _keep(cls, d, "experiment_id", "None | str", "type", _drifted)

        task_run = cls(
            created_at,
            created_by_user_id,
            data_end_time,
            data_start_time,
            id,
            num_errors,
            num_skipped,
            num_successes,
            run_finished_at,
            run_started_at,
            status,
            task_id,
            experiment_id,
        )

        if _extra:
            task_run.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(task_run, _drifted)
        return task_run

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


def _parse_data_end_time(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_end_time_type_0 = datetime.datetime.fromisoformat(data)

        return data_end_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


def _parse_data_start_time(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_start_time_type_0 = datetime.datetime.fromisoformat(data)

        return data_start_time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


def _parse_run_finished_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        run_finished_at_type_0 = datetime.datetime.fromisoformat(data)

        return run_finished_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


def _parse_run_started_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        run_started_at_type_0 = datetime.datetime.fromisoformat(data)

        return run_started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)
