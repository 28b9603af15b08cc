from typing import Literal

TaskType = Literal["CODE_EVALUATION", "RUN_EXPERIMENT", "TEMPLATE_EVALUATION"] | str

TASK_TYPE_VALUES: set[TaskType] = {
    "CODE_EVALUATION",
    "RUN_EXPERIMENT",
    "TEMPLATE_EVALUATION",
}


def check_task_type(value: str) -> TaskType:
    if value in TASK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_TYPE_VALUES!r}")
