from typing import Literal

ManualSingleThresholdType = Literal["MANUAL_SINGLE"] | str

MANUAL_SINGLE_THRESHOLD_TYPE_VALUES: set[ManualSingleThresholdType] = {
    "MANUAL_SINGLE",
}


def check_manual_single_threshold_type(value: str) -> ManualSingleThresholdType:
    if value in MANUAL_SINGLE_THRESHOLD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUAL_SINGLE_THRESHOLD_TYPE_VALUES!r}"
    )
