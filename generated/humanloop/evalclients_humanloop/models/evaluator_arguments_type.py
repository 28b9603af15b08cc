from typing import Literal

EvaluatorArgumentsType = Literal["target_free", "target_required"] | str

EVALUATOR_ARGUMENTS_TYPE_VALUES: set[EvaluatorArgumentsType] = {
    "target_free",
    "target_required",
}


def check_evaluator_arguments_type(value: str) -> EvaluatorArgumentsType:
    if value in EVALUATOR_ARGUMENTS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_ARGUMENTS_TYPE_VALUES!r}"
    )
