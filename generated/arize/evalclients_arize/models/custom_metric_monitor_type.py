from typing import Literal

CustomMetricMonitorType = Literal["CUSTOM_METRIC"] | str

CUSTOM_METRIC_MONITOR_TYPE_VALUES: set[CustomMetricMonitorType] = {
    "CUSTOM_METRIC",
}


def check_custom_metric_monitor_type(value: str) -> CustomMetricMonitorType:
    if value in CUSTOM_METRIC_MONITOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_METRIC_MONITOR_TYPE_VALUES!r}"
    )
