from typing import Literal

RecordGranularity = Literal["SESSION", "SPAN", "TRACE"] | str

RECORD_GRANULARITY_VALUES: set[RecordGranularity] = {
    "SESSION",
    "SPAN",
    "TRACE",
}


def check_record_granularity(value: str) -> RecordGranularity:
    if value in RECORD_GRANULARITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_GRANULARITY_VALUES!r}")
