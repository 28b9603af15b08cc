from typing import Literal

ObservabilityStatus = Literal["completed", "failed", "pending", "running"] | str

OBSERVABILITY_STATUS_VALUES: set[ObservabilityStatus] = {
    "completed",
    "failed",
    "pending",
    "running",
}


def check_observability_status(value: str) -> ObservabilityStatus:
    if value in OBSERVABILITY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_STATUS_VALUES!r}")
