from typing import Literal

EvaluatorIntegrationType = Literal["EVALUATOR"] | str

EVALUATOR_INTEGRATION_TYPE_VALUES: set[EvaluatorIntegrationType] = {
    "EVALUATOR",
}


def check_evaluator_integration_type(value: str) -> EvaluatorIntegrationType:
    if value in EVALUATOR_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_INTEGRATION_TYPE_VALUES!r}"
    )
