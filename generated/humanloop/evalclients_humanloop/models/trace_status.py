from typing import Literal

TraceStatus = Literal["complete", "incomplete"] | str

TRACE_STATUS_VALUES: set[TraceStatus] = {
    "complete",
    "incomplete",
}


def check_trace_status(value: str) -> TraceStatus:
    if value in TRACE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACE_STATUS_VALUES!r}")
