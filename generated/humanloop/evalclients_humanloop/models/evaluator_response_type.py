from typing import Literal

EvaluatorResponseType = Literal["evaluator"] | str

EVALUATOR_RESPONSE_TYPE_VALUES: set[EvaluatorResponseType] = {
    "evaluator",
}


def check_evaluator_response_type(value: str) -> EvaluatorResponseType:
    if value in EVALUATOR_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_RESPONSE_TYPE_VALUES!r}"
    )
