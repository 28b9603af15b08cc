from typing import Literal

MonitorType = Literal["CUSTOM_METRIC", "DATA_QUALITY", "DRIFT", "PERFORMANCE", "TRACING"] | str

MONITOR_TYPE_VALUES: set[MonitorType] = {
    "CUSTOM_METRIC",
    "DATA_QUALITY",
    "DRIFT",
    "PERFORMANCE",
    "TRACING",
}


def check_monitor_type(value: str) -> MonitorType:
    if value in MONITOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONITOR_TYPE_VALUES!r}")
