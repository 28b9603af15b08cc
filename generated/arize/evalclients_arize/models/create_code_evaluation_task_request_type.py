from typing import Literal

CreateCodeEvaluationTaskRequestType = Literal["CODE_EVALUATION"] | str

CREATE_CODE_EVALUATION_TASK_REQUEST_TYPE_VALUES: set[CreateCodeEvaluationTaskRequestType] = {
    "CODE_EVALUATION",
}


def check_create_code_evaluation_task_request_type(
    value: str,
) -> CreateCodeEvaluationTaskRequestType:
    if value in CREATE_CODE_EVALUATION_TASK_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CODE_EVALUATION_TASK_REQUEST_TYPE_VALUES!r}"
    )
