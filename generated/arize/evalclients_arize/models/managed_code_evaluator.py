from typing import Literal

ManagedCodeEvaluator = (
    Literal[
        "CONTAINS_ALL_KEYWORDS",
        "CONTAINS_ANY_KEYWORD",
        "EXACT_MATCH",
        "JSON_PARSEABLE",
        "MATCHES_REGEX",
    ]
    | str
)

MANAGED_CODE_EVALUATOR_VALUES: set[ManagedCodeEvaluator] = {
    "CONTAINS_ALL_KEYWORDS",
    "CONTAINS_ANY_KEYWORD",
    "EXACT_MATCH",
    "JSON_PARSEABLE",
    "MATCHES_REGEX",
}


def check_managed_code_evaluator(value: str) -> ManagedCodeEvaluator:
    if value in MANAGED_CODE_EVALUATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANAGED_CODE_EVALUATOR_VALUES!r}"
    )
