from typing import Literal

FixedCustomBaselineWindowType = Literal["FIXED"] | str

FIXED_CUSTOM_BASELINE_WINDOW_TYPE_VALUES: set[FixedCustomBaselineWindowType] = {
    "FIXED",
}


def check_fixed_custom_baseline_window_type(value: str) -> FixedCustomBaselineWindowType:
    if value in FIXED_CUSTOM_BASELINE_WINDOW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIXED_CUSTOM_BASELINE_WINDOW_TYPE_VALUES!r}"
    )
