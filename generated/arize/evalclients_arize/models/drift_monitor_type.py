from typing import Literal

DriftMonitorType = Literal["DRIFT"] | str

DRIFT_MONITOR_TYPE_VALUES: set[DriftMonitorType] = {
    "DRIFT",
}


def check_drift_monitor_type(value: str) -> DriftMonitorType:
    if value in DRIFT_MONITOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRIFT_MONITOR_TYPE_VALUES!r}")
