from typing import Literal

MovingCustomBaselineWindowType = Literal["MOVING"] | str

MOVING_CUSTOM_BASELINE_WINDOW_TYPE_VALUES: set[MovingCustomBaselineWindowType] = {
    "MOVING",
}


def check_moving_custom_baseline_window_type(value: str) -> MovingCustomBaselineWindowType:
    if value in MOVING_CUSTOM_BASELINE_WINDOW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOVING_CUSTOM_BASELINE_WINDOW_TYPE_VALUES!r}"
    )
