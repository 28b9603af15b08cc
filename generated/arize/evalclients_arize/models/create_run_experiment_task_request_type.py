from typing import Literal

CreateRunExperimentTaskRequestType = Literal["RUN_EXPERIMENT"] | str

CREATE_RUN_EXPERIMENT_TASK_REQUEST_TYPE_VALUES: set[CreateRunExperimentTaskRequestType] = {
    "RUN_EXPERIMENT",
}


def check_create_run_experiment_task_request_type(value: str) -> CreateRunExperimentTaskRequestType:
    if value in CREATE_RUN_EXPERIMENT_TASK_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RUN_EXPERIMENT_TASK_REQUEST_TYPE_VALUES!r}"
    )
