from typing import Literal

UpdateEvaluatorIntegrationRequestType = Literal["EVALUATOR"] | str

UPDATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES: set[UpdateEvaluatorIntegrationRequestType] = {
    "EVALUATOR",
}


def check_update_evaluator_integration_request_type(
    value: str,
) -> UpdateEvaluatorIntegrationRequestType:
    if value in UPDATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_EVALUATOR_INTEGRATION_REQUEST_TYPE_VALUES!r}"
    )
