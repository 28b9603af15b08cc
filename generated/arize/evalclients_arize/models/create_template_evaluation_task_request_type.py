from typing import Literal

CreateTemplateEvaluationTaskRequestType = Literal["TEMPLATE_EVALUATION"] | str

CREATE_TEMPLATE_EVALUATION_TASK_REQUEST_TYPE_VALUES: set[
    CreateTemplateEvaluationTaskRequestType
] = {
    "TEMPLATE_EVALUATION",
}


def check_create_template_evaluation_task_request_type(
    value: str,
) -> CreateTemplateEvaluationTaskRequestType:
    if value in CREATE_TEMPLATE_EVALUATION_TASK_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TEMPLATE_EVALUATION_TASK_REQUEST_TYPE_VALUES!r}"
    )
