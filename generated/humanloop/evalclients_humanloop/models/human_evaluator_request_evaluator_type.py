from typing import Literal

HumanEvaluatorRequestEvaluatorType = Literal["human"] | str

HUMAN_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES: set[HumanEvaluatorRequestEvaluatorType] = {
    "human",
}


def check_human_evaluator_request_evaluator_type(value: str) -> HumanEvaluatorRequestEvaluatorType:
    if value in HUMAN_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUMAN_EVALUATOR_REQUEST_EVALUATOR_TYPE_VALUES!r}"
    )
