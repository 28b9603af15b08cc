from typing import Literal

DynamicSingleThresholdType = Literal["DYNAMIC_SINGLE"] | str

DYNAMIC_SINGLE_THRESHOLD_TYPE_VALUES: set[DynamicSingleThresholdType] = {
    "DYNAMIC_SINGLE",
}


def check_dynamic_single_threshold_type(value: str) -> DynamicSingleThresholdType:
    if value in DYNAMIC_SINGLE_THRESHOLD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DYNAMIC_SINGLE_THRESHOLD_TYPE_VALUES!r}"
    )
