from typing import Literal

DimensionCategory = (
    Literal[
        "ACTUALS",
        "ACTUALS_CLASS",
        "ACTUALS_SCORE",
        "BATCH_ID",
        "FEATURE_LABEL",
        "LLM_EVAL",
        "MODEL_VERSION",
        "PREDICTIONS",
        "PREDICTIONS_CLASS",
        "PREDICTIONS_SCORE",
        "SPAN_ATTRIBUTE",
        "TAG",
        "USER_ANNOTATION",
    ]
    | str
)

DIMENSION_CATEGORY_VALUES: set[DimensionCategory] = {
    "ACTUALS",
    "ACTUALS_CLASS",
    "ACTUALS_SCORE",
    "BATCH_ID",
    "FEATURE_LABEL",
    "LLM_EVAL",
    "MODEL_VERSION",
    "PREDICTIONS",
    "PREDICTIONS_CLASS",
    "PREDICTIONS_SCORE",
    "SPAN_ATTRIBUTE",
    "TAG",
    "USER_ANNOTATION",
}


def check_dimension_category(value: str) -> DimensionCategory:
    if value in DIMENSION_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIMENSION_CATEGORY_VALUES!r}")
