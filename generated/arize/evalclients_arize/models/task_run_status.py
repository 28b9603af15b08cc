from typing import Literal

TaskRunStatus = Literal["CANCELLED", "COMPLETED", "FAILED", "PENDING", "RUNNING"] | str

TASK_RUN_STATUS_VALUES: set[TaskRunStatus] = {
    "CANCELLED",
    "COMPLETED",
    "FAILED",
    "PENDING",
    "RUNNING",
}


def check_task_run_status(value: str) -> TaskRunStatus:
    if value in TASK_RUN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_RUN_STATUS_VALUES!r}")
