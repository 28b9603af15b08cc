from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    created_at: datetime.datetime
    created_by_user_id: None | str
    data_end_time: datetime.datetime | None
    data_start_time: datetime.datetime | None
    id: str
    num_errors: float
    num_skipped: float
    num_successes: float
    run_finished_at: datetime.datetime | None
    run_started_at: datetime.datetime | None
    status: TaskRunStatus
    task_id: str
    experiment_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        data_end_time: None | str
        if isinstance(self.data_end_time, datetime.datetime):
            data_end_time = self.data_end_time.isoformat()
        else:
            data_end_time = self.data_end_time

        data_start_time: None | str
        if isinstance(self.data_start_time, datetime.datetime):
            data_start_time = self.data_start_time.isoformat()
        else:
            data_start_time = self.data_start_time

        id = self.id

        num_errors = self.num_errors

        num_skipped = self.num_skipped

        num_successes = self.num_successes

        run_finished_at: None | str
        if isinstance(self.run_finished_at, datetime.datetime):
            run_finished_at = self.run_finished_at.isoformat()
        else:
            run_finished_at = self.run_finished_at

        run_started_at: None | str
        if isinstance(self.run_started_at, datetime.datetime):
            run_started_at = self.run_started_at.isoformat()
        else:
            run_started_at = self.run_started_at

        status: str = self.status

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id: None | str = d["created_by_user_id"]

        data_end_time = _parse_data_end_time(d["data_end_time"])

        data_start_time = _parse_data_start_time(d["data_start_time"])

        id = d["id"]

        num_errors = d["num_errors"]

        num_skipped = d["num_skipped"]

        num_successes = d["num_successes"]

        run_finished_at = _parse_run_finished_at(d["run_finished_at"])

        run_started_at = _parse_run_started_at(d["run_started_at"])

        status = check_task_run_status(d["status"])

        task_id = d["task_id"]

        experiment_id: None | str | Unset = d.get("experiment_id", UNSET)

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

        if not d.keys() <= _FIELDS:
            task_run.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
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
