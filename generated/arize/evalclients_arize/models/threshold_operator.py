from typing import Literal

ThresholdOperator = (
    Literal[
        "EQUALS",
        "GREATER_THAN",
        "GREATER_THAN_OR_EQUAL",
        "LESS_THAN",
        "LESS_THAN_OR_EQUAL",
        "NOT_EQUALS",
    ]
    | str
)

THRESHOLD_OPERATOR_VALUES: set[ThresholdOperator] = {
    "EQUALS",
    "GREATER_THAN",
    "GREATER_THAN_OR_EQUAL",
    "LESS_THAN",
    "LESS_THAN_OR_EQUAL",
    "NOT_EQUALS",
}


def check_threshold_operator(value: str) -> ThresholdOperator:
    if value in THRESHOLD_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THRESHOLD_OPERATOR_VALUES!r}")
