from typing import Literal

TracingDataQualityMetric = (
    Literal[
        "AVG",
        "CARDINALITY",
        "COUNT",
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

TRACING_DATA_QUALITY_METRIC_VALUES: set[TracingDataQualityMetric] = {
    "AVG",
    "CARDINALITY",
    "COUNT",
    "P50",
    "P95",
    "P99",
    "P99_9",
    "PERCENT_EMPTY",
    "STANDARD_DEVIATION",
    "SUM",
}


def check_tracing_data_quality_metric(value: str) -> TracingDataQualityMetric:
    if value in TRACING_DATA_QUALITY_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACING_DATA_QUALITY_METRIC_VALUES!r}"
    )
