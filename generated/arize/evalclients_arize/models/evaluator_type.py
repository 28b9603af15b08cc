from typing import Literal

EvaluatorType = Literal["CODE", "HARNESS", "REMOTE", "TEMPLATE"] | str

EVALUATOR_TYPE_VALUES: set[EvaluatorType] = {
    "CODE",
    "HARNESS",
    "REMOTE",
    "TEMPLATE",
}


def check_evaluator_type(value: str) -> EvaluatorType:
    if value in EVALUATOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVALUATOR_TYPE_VALUES!r}")
