from typing import Literal

EvaluatorReturnTypeEnum = Literal["boolean", "multi_select", "number", "select", "text"] | str

EVALUATOR_RETURN_TYPE_ENUM_VALUES: set[EvaluatorReturnTypeEnum] = {
    "boolean",
    "multi_select",
    "number",
    "select",
    "text",
}


def check_evaluator_return_type_enum(value: str) -> EvaluatorReturnTypeEnum:
    if value in EVALUATOR_RETURN_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATOR_RETURN_TYPE_ENUM_VALUES!r}"
    )
