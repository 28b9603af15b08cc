from typing import Literal

FilterOperator = (
    Literal[
        "CONTAINS",
        "CONTAINS_STRING",
        "EQUALS",
        "GREATER_THAN",
        "GREATER_THAN_OR_EQUAL",
        "LESS_THAN",
        "LESS_THAN_OR_EQUAL",
        "NOT_EQUALS",
        "SIMILAR_TO",
        "TOP_N",
    ]
    | str
)

FILTER_OPERATOR_VALUES: set[FilterOperator] = {
    "CONTAINS",
    "CONTAINS_STRING",
    "EQUALS",
    "GREATER_THAN",
    "GREATER_THAN_OR_EQUAL",
    "LESS_THAN",
    "LESS_THAN_OR_EQUAL",
    "NOT_EQUALS",
    "SIMILAR_TO",
    "TOP_N",
}


def check_filter_operator(value: str) -> FilterOperator:
    if value in FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTER_OPERATOR_VALUES!r}")
