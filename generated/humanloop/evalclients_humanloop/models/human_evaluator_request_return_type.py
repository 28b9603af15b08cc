from typing import Literal

HumanEvaluatorRequestReturnType = (
    Literal["boolean", "multi_select", "number", "select", "text"] | str
)

HUMAN_EVALUATOR_REQUEST_RETURN_TYPE_VALUES: set[HumanEvaluatorRequestReturnType] = {
    "boolean",
    "multi_select",
    "number",
    "select",
    "text",
}


def check_human_evaluator_request_return_type(value: str) -> HumanEvaluatorRequestReturnType:
    if value in HUMAN_EVALUATOR_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUMAN_EVALUATOR_REQUEST_RETURN_TYPE_VALUES!r}"
    )
