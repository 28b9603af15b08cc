from typing import Literal

EvaluatorVersionCodeType = Literal["CODE"] | str

EVALUATOR_VERSION_CODE_TYPE_VALUES: set[EvaluatorVersionCodeType] = {
    "CODE",
}


def check_evaluator_version_code_type(value: str) -> EvaluatorVersionCodeType:
    if value in EVALUATOR_VERSION_CODE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_VERSION_CODE_TYPE_VALUES!r}"
    )
