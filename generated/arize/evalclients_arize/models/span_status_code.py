from typing import Literal

SpanStatusCode = Literal["ERROR", "OK", "UNSET"] | str

SPAN_STATUS_CODE_VALUES: set[SpanStatusCode] = {
    "ERROR",
    "OK",
    "UNSET",
}


def check_span_status_code(value: str) -> SpanStatusCode:
    if value in SPAN_STATUS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPAN_STATUS_CODE_VALUES!r}")
