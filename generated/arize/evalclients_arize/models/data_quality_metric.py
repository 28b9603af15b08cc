from typing import Literal

DataQualityMetric = (
    Literal[
        "AVERAGE_STRING_LIST_LENGTH",
        "AVG",
        "CARDINALITY",
        "COUNT",
        "MISSING_VALUES",
        "NEW_VALUES",
        "P50",
        "P95",
        "P99",
        "P99_9",
        "PERCENT_EMPTY",
        "STANDARD_DEVIATION",
        "SUM",
    ]
    | str
)

DATA_QUALITY_METRIC_VALUES: set[DataQualityMetric] = {
    "AVERAGE_STRING_LIST_LENGTH",
    "AVG",
    "CARDINALITY",
    "COUNT",
    "MISSING_VALUES",
    "NEW_VALUES",
    "P50",
    "P95",
    "P99",
    "P99_9",
    "PERCENT_EMPTY",
    "STANDARD_DEVIATION",
    "SUM",
}


def check_data_quality_metric(value: str) -> DataQualityMetric:
    if value in DATA_QUALITY_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_QUALITY_METRIC_VALUES!r}")
