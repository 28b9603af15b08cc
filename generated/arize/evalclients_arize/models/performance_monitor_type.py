from typing import Literal

PerformanceMonitorType = Literal["PERFORMANCE"] | str

PERFORMANCE_MONITOR_TYPE_VALUES: set[PerformanceMonitorType] = {
    "PERFORMANCE",
}


def check_performance_monitor_type(value: str) -> PerformanceMonitorType:
    if value in PERFORMANCE_MONITOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERFORMANCE_MONITOR_TYPE_VALUES!r}"
    )
