from typing import Literal

MonitorStatus = Literal["CLEARED", "NO_DATA", "TRIGGERED"] | str

MONITOR_STATUS_VALUES: set[MonitorStatus] = {
    "CLEARED",
    "NO_DATA",
    "TRIGGERED",
}


def check_monitor_status(value: str) -> MonitorStatus:
    if value in MONITOR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONITOR_STATUS_VALUES!r}")
