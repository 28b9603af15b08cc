from typing import Literal

TimeUnit = Literal["day", "month", "week"] | str

TIME_UNIT_VALUES: set[TimeUnit] = {
    "day",
    "month",
    "week",
}


def check_time_unit(value: str) -> TimeUnit:
    if value in TIME_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIME_UNIT_VALUES!r}")
