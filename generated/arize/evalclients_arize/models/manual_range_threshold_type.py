from typing import Literal

ManualRangeThresholdType = Literal["MANUAL_RANGE"] | str

MANUAL_RANGE_THRESHOLD_TYPE_VALUES: set[ManualRangeThresholdType] = {
    "MANUAL_RANGE",
}


def check_manual_range_threshold_type(value: str) -> ManualRangeThresholdType:
    if value in MANUAL_RANGE_THRESHOLD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUAL_RANGE_THRESHOLD_TYPE_VALUES!r}"
    )
