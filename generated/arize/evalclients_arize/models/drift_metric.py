from typing import Literal

DriftMetric = Literal["COSINE_SIMILARITY", "EUCLIDEAN_DISTANCE", "JS", "KL", "KS", "PSI"] | str

DRIFT_METRIC_VALUES: set[DriftMetric] = {
    "COSINE_SIMILARITY",
    "EUCLIDEAN_DISTANCE",
    "JS",
    "KL",
    "KS",
    "PSI",
}


def check_drift_metric(value: str) -> DriftMetric:
    if value in DRIFT_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRIFT_METRIC_VALUES!r}")
