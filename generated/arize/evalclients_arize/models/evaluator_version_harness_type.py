from typing import Literal

EvaluatorVersionHarnessType = Literal["HARNESS"] | str

EVALUATOR_VERSION_HARNESS_TYPE_VALUES: set[EvaluatorVersionHarnessType] = {
    "HARNESS",
}


def check_evaluator_version_harness_type(value: str) -> EvaluatorVersionHarnessType:
    if value in EVALUATOR_VERSION_HARNESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_VERSION_HARNESS_TYPE_VALUES!r}"
    )
