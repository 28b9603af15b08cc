from typing import Literal

CreateEvaluatorIntegrationRequestType = Literal["EVALUATOR"] | str

CREATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES: set[CreateEvaluatorIntegrationRequestType] = {
    "EVALUATOR",
}


def check_create_evaluator_integration_request_type(
    value: str,
) -> CreateEvaluatorIntegrationRequestType:
    if value in CREATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )
