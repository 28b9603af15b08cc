from typing import Literal

DynamicRangeThresholdType = Literal["DYNAMIC_RANGE"] | str

DYNAMIC_RANGE_THRESHOLD_TYPE_VALUES: set[DynamicRangeThresholdType] = {
    "DYNAMIC_RANGE",
}


def check_dynamic_range_threshold_type(value: str) -> DynamicRangeThresholdType:
    if value in DYNAMIC_RANGE_THRESHOLD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DYNAMIC_RANGE_THRESHOLD_TYPE_VALUES!r}"
    )
