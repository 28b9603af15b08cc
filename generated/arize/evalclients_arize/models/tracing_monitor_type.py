from typing import Literal

TracingMonitorType = Literal["TRACING"] | str

TRACING_MONITOR_TYPE_VALUES: set[TracingMonitorType] = {
    "TRACING",
}


def check_tracing_monitor_type(value: str) -> TracingMonitorType:
    if value in TRACING_MONITOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACING_MONITOR_TYPE_VALUES!r}")
